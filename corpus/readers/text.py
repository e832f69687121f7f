from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from corpus.listing import SUFFIXES
from corpus.readers.base import Quarantine, Reader, Record, decode_utf8, read_bounded, sha256_of


class TextReader(Reader):
    """One document per file. A file over the document limit is quarantined without being read."""

    suffixes = SUFFIXES["text"]

    def read(self, path: Path, relative: str) -> Iterator[Record | Quarantine]:
        raw = read_bounded(path, relative, self.options.max_record_bytes, "file", "max_document_bytes")
        if isinstance(raw, Quarantine):
            yield raw
            return
        digest = sha256_of(raw)
        text, problem = decode_utf8(raw)
        if text is None:
            yield Quarantine(relative, None, problem, digest)
            return
        yield Record(relative, None, text.replace("\r\n", "\n"), digest)
