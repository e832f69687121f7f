"""The lineage report: gathered from the ledger and stage outputs, rendered as JSON and self-contained HTML."""
