"""Source registry, license policy, PII scrubbing, lineage ledger, quality gates and reports."""
