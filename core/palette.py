"""The colours of ledger decisions in the report's charts. A domain's colour comes from its pack
(core.packs.domain_color), so that a domain has the same colour in every figure, the training plot included."""

PALETTE = {
    "kept": "#2e7d32",
    "modified": "#1565c0",
    "dropped": "#c62828",
    "quarantined": "#ef6c00",
}
