"""What a reader yields: a record to keep, or a quarantine notice naming the file and line at fault."""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Record:
    """Text read from one location, with the hash of the raw bytes it came from."""

    file: str  # relative to the source root
    line: int | None  # 1-based line or row for record formats; None when the file is one document
    text: str
    sha256: str
    fields: dict[str, object]

    @property
    def location(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Quarantine:
    """A location that could not be read. The reason is for people: it says what is wrong and where."""

    file: str
    line: int | None
    reason: str
    sha256: str = ""

    @property
    def location(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


class Reader(ABC):
    """Reads one file into records. One method to override; errors become Quarantine, never exceptions."""

    suffixes: tuple[str, ...] = ()

    def __init__(self, text_field: str = "text"):
        self.text_field = text_field

    def files(self, root: Path) -> list[Path]:
        """The files of a source: the path itself, or every matching file below it, sorted."""
        if root.is_file():
            return [root]
        return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in self.suffixes)

    @abstractmethod
    def read(self, path: Path, relative: str) -> Iterator[Record | Quarantine]:
        raise NotImplementedError


def decode_utf8(raw: bytes) -> tuple[str | None, str]:
    """Strict UTF-8: a document with invalid bytes is quarantined, not silently repaired."""
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError as e:
        return None, f"invalid UTF-8 at byte {e.start}"
