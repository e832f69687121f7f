"""The floor every stage stands on: configuration, errors, the stage runtime, the document store, the ledger,
the source registry. It imports nothing from the packages above it (checked by import-linter in CI)."""

__version__ = "0.1.0"
