"""Synthetic "private" documents with planted PII, and other generated fixtures (a corrupt PDF).

Everything here is made by Charter from a seeded RNG; nothing is copied from real records. Each document
records the identifiers it planted, so the scrubber can be measured against a ground truth.
"""
