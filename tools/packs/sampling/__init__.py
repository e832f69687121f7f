"""Turn upstream files from the shared data folder into the records the domain packs ship.

One module per domain; each function reads sorted inputs with fixed rules (no randomness), so running
`python -m tools.packs.samples` twice gives byte-identical files.
"""
