"""The colours of decisions and domains, shared by the report's charts and the training plot (model.monitor):
one place, so a domain has the same colour in every figure."""

PALETTE = {
    "kept": "#2e7d32",
    "modified": "#1565c0",
    "dropped": "#c62828",
    "quarantined": "#ef6c00",
    "general": "#607d8b",
    "finance": "#00838f",
    "legal": "#6a1b9a",
    "medical": "#ad1457",
}
