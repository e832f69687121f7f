"""A damaged PDF upload: valid `%PDF-1.7` header, then bytes that are no PDF at all, cut off mid-stream.

Real ingestion meets such files (an upload interrupted, a mislabelled binary); the PDF reader must
quarantine them with a reason instead of crashing or yielding an empty document.
"""

from __future__ import annotations

from random import Random

HEADER = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"  # header line, then the binary-marker comment writers emit
BODY_BYTES = 2_000


def corrupt_pdf(rng: Random) -> bytes:
    return HEADER + bytes(rng.randrange(256) for _ in range(BODY_BYTES))
