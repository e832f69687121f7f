"""Fused operations with a plain-torch reference for each; GPU backends are optional and chosen once."""
