from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pymupdf

from corpus.readers.base import Quarantine, Reader, Record, sha256_of

TEXT_BLOCK = 0


class PdfReader(Reader):
    """One document per PDF, text taken block by block so that multi-column pages keep reading order.

    `get_text("text", sort=True)` interleaves the lines of two columns; blocks stay whole.
    """

    suffixes = (".pdf",)

    def read(self, path: Path, relative: str) -> Iterator[Record | Quarantine]:
        raw = path.read_bytes()
        digest = sha256_of(raw)
        try:
            doc = pymupdf.open(stream=raw, filetype="pdf")
        except Exception as e:  # pymupdf raises FileDataError, RuntimeError, ValueError for damaged files
            yield Quarantine(relative, None, f"corrupt PDF: {e}", digest)
            return
        with doc:
            if doc.needs_pass:
                yield Quarantine(relative, None, "encrypted: PDF needs a password", digest)
                return
            if doc.page_count == 0:
                # pymupdf repairs what it can; a file with no recoverable page is damaged, not empty.
                yield Quarantine(relative, None, "corrupt PDF: no page could be recovered", digest)
                return
            pages = []
            try:
                for page in doc.pages():
                    blocks = page.get_text("blocks")
                    text_blocks = [b[4].strip() for b in blocks if b[6] == TEXT_BLOCK and b[4].strip()]
                    pages.append("\n\n".join(text_blocks))
            except Exception as e:
                yield Quarantine(relative, None, f"corrupt PDF: page {len(pages) + 1}: {e}", digest)
                return
        text = "\n\n".join(p for p in pages if p)
        if not text.strip():
            yield Quarantine(
                relative,
                None,
                f"no text layer ({len(pages)} pages, image-only; OCR is not configured)",
                digest,
            )
            return
        yield Record(relative, None, text, digest, {"pages": len(pages)})
