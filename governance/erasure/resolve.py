"""The erasure list as the gate enforces it: resolved against the raw-content hashes of what ingest read.

Apart from `governance.erasure.documents` (the proof's side: every registered document, corpus and
instruction data, and ingest's tombstones), so that the gate depends on this and the request format only.
Ingest resolves the list against the sources themselves (`corpus.ingest.ingest_erasure`).
"""

from __future__ import annotations

from pathlib import Path

INGEST_OUTPUTS = ("docs", "quarantine", "erased")
"""What ingest read, kept, quarantined or erased (core.artifacts' INGEST_DOCS, _QUARANTINE and _ERASED)."""


def build_hashes(ingest_dir: Path) -> set[str]:
    """The raw-content hashes of everything ingest read (kept, quarantined or erased): what the sources held."""
    from core import store

    found = set()
    for name in INGEST_OUTPUTS:
        folder = Path(ingest_dir) / name
        for doc in store.read_documents(folder) if folder.is_dir() else []:
            if doc.metadata.get("sha256"):
                found.add(doc.metadata["sha256"])
    return found
