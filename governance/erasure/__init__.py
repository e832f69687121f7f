"""Erasure: requests (`charter forget`), the proof of absence (`charter verify-erasure`) and the purge of
what an erasure leaves behind (`charter purge`).

The requests live in core.erasure_requests (ingest, below governance, reads them too) and are re-exported
here. The proof, with its scanners, is imported from `governance.erasure.proof` by what needs it:
re-exported here, it would make every stage that reads the erasure list depend on the proof's code.
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
]
