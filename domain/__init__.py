"""Domain packs: per-domain configuration and assets (term lists, recognizers, sample data, eval suites)."""
