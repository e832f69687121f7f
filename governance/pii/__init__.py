"""PII detection (presidio with an offline spaCy model) and typed, consistent placeholders."""
