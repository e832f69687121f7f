"""`charter forget`: record an erasure request for a source (and every source registered `erased_with` it) or
for one document (its id and the sha256 of its raw content, looked up in its source).

Everything is checked before anything is written: an unknown source or document id is refused.
"""

from __future__ import annotations

from pathlib import Path

from core.config import load_params
from core.erasure_requests import (
    DocumentRequest,
    Request,
    SourceRequest,
    append_requests,
    sources_erased_with,
    today,
)
from core.registry import load_registry
from governance.erasure.documents import find_document


def forget(
    *,
    params: Path,
    sources: Path,
    instructions: Path,
    source: str | None,
    doc: str | None,
    reason: str,
    data: Path,
) -> dict:
    """Append the request to the erasure file `params` names (`gate.erasure_file`); say what was stored."""
    p = load_params(params)
    path = Path(p.gate.erasure_file)
    corpus = [load_registry(f) for f in (sources,) if Path(f).exists()]
    chats = [load_registry(f) for f in (instructions,) if Path(f).exists()]
    new: list[Request]
    if source:
        also = sources_erased_with(source, [*corpus, *chats])
        why = f"erased with {source}" + (f": {reason}" if reason else "")
        new = [SourceRequest(source=source, reason=reason, requested=today())]
        new += [SourceRequest(source=s, reason=why, requested=today()) for s in also]
    else:
        assert doc is not None  # the command line requires --source or --doc
        _, sha256 = find_document(doc, corpus, chats, data, p.ingest)
        new = [DocumentRequest(doc=doc, sha256=sha256, reason=reason, requested=today())]
    stored = [r.model_dump() for r in append_requests(path, new)]
    return {"erasure_file": str(path), "request": stored[0], "erased_with": stored[1:], "next": "dvc repro"}
