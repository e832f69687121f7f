"""Readers, curation steps, mixing, tokenizer fitting, tokenization and packing."""
