"""Scaling-law planning, model construction, the training loop and checkpointing."""
