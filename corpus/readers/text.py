from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from corpus.readers.base import Quarantine, Reader, Record, decode_utf8, sha256_of


class TextReader(Reader):
    """One document per file."""

    suffixes = (".txt", ".md")

    def read(self, path: Path, relative: str) -> Iterator[Record | Quarantine]:
        raw = path.read_bytes()
        digest = sha256_of(raw)
        text, problem = decode_utf8(raw)
        if text is None:
            yield Quarantine(relative, None, problem, digest)
            return
        yield Record(relative, None, text.replace("\r\n", "\n"), digest, {})
