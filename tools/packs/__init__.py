"""Builders of the data the domain packs ship (domain/<name>/data/, domain/medical/terms.txt): public samples
cut from the shared datasets (`samples`) and generated private and licensed sets (`private`). Run by hand
when a rule changes; the pipeline reads their output, never this code."""
