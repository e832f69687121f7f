"""Erasure: requests (`charter forget`), the proof of absence (`charter verify-erasure`) and the purge of
what an erasure leaves behind (`charter purge`).

The requests live in core.erasure_requests (ingest, below governance, reads them too) and are re-exported
here; the proof, with its scanners, is imported when first used.
"""

from core.erasure_requests import (
    DocumentRequest,
    ErasureList,
    SourceRequest,
    append_requests,
    read_requests,
    sources_erased_with,
)

__all__ = [
    "DocumentRequest",
    "ErasureList",
    "SourceRequest",
    "append_requests",
    "read_requests",
    "sources_erased_with",
    "verify_erasure",
    "write_proof",
]


def __getattr__(name: str):
    if name in ("verify_erasure", "write_proof"):
        from governance.erasure import proof

        return getattr(proof, name)
    raise AttributeError(name)
