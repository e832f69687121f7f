"""Curation: datatrove language id, quality filters and deduplication, each drop recorded with its reason."""

from corpus.curate.stage import run_curate

__all__ = ["run_curate"]
