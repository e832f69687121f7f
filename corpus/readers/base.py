"""What a reader yields: a record to keep, or a quarantine notice naming the file and line at fault."""

from __future__ import annotations

import hashlib
import math
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from core.config import IngestParams

_DEFAULTS = IngestParams()
MAX_RECORD_ID_CHARS = 256


@dataclass(frozen=True)
class ReadOptions:
    """How one source's files are read: the registry's record options and the ingest size limits."""

    text_field: str = "text"
    keep_fields: tuple[str, ...] = ()
    id_field: str | None = None
    # A JSONL line (raw bytes), a text file, a parquet row's text: larger ones are quarantined unread.
    max_record_bytes: int = _DEFAULTS.max_document_bytes
    # What is read into memory at once besides a record: a PDF file, a parquet row group's needed columns.
    max_file_bytes: int = _DEFAULTS.max_file_bytes

    @property
    def wanted_fields(self) -> tuple[str, ...]:
        return self.keep_fields + ((self.id_field,) if self.id_field else ())


@dataclass(frozen=True)
class Record:
    """Text read from one location, with the hash of the raw bytes it came from."""

    file: str  # relative to the source root (or its keyed hash, for sources that hide file names)
    line: int | None  # 1-based line or row for record formats; None when the file is one document
    text: str
    sha256: str
    fields: dict[str, object] = field(default_factory=dict)  # the record's kept fields (keep_fields)
    record_id: str | None = None  # the owner's id (id_field), validated
    info: dict[str, object] = field(default_factory=dict)  # what the reader measured (PDF pages, tables)

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

    def __init__(self, options: ReadOptions | None = None):
        self.options = options or ReadOptions()

    @property
    def text_field(self) -> str:
        return self.options.text_field

    @abstractmethod
    def read(self, path: Path, relative: str) -> Iterator[Record | Quarantine]:
        raise NotImplementedError


def read_bounded(path: Path, relative: str, limit: int, what: str, param: str) -> bytes | Quarantine:
    """The whole file, or a Quarantine when it is over `limit` bytes (checked before reading, so a huge file
    is never held) or cannot be read."""
    try:
        size = path.stat().st_size
        if size > limit:
            return Quarantine(relative, None, f"huge: {what} of {size} bytes exceeds ingest.{param}={limit}")
        return path.read_bytes()
    except OSError as e:
        return Quarantine(relative, None, f"unreadable: {e.strerror}")


def decode_utf8(raw: bytes) -> tuple[str | None, str]:
    """Strict UTF-8: a document with invalid bytes is quarantined, not silently repaired."""
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError as e:
        return None, f"invalid UTF-8 at byte {e.start}"


def unencodable(value: str) -> bool:
    """A JSON `\\ud800` escape decodes to a lone surrogate, which no UTF-8 writer downstream can write."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def record_id_of(value: object, id_field: str) -> tuple[str | None, str]:
    """The owner's record id, or why it cannot be one. Ids are ledger keys and command-line arguments:
    printable, no whitespace, no '#' (which marks a location, `file#L12`), at most 256 characters."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        kind = "missing" if value is None else f"a {type(value).__name__}"
        return None, f"no record id: field '{id_field}' is {kind}, not a string or integer"
    text = str(value)
    if not text or len(text) > MAX_RECORD_ID_CHARS:
        return None, f"record id in '{id_field}' must have 1 to {MAX_RECORD_ID_CHARS} characters"
    if not text.isprintable() or any(c.isspace() or c == "#" for c in text) or unencodable(text):
        return None, f"record id in '{id_field}' holds whitespace, '#' or unprintable characters"
    return text, ""


def kept_fields(values: dict, options: ReadOptions) -> dict[str, object]:
    """The record's fields the source lists in keep_fields, scalar values only (strings, numbers, booleans)."""
    out: dict[str, object] = {}
    for name in options.keep_fields:
        value = values.get(name)
        if isinstance(value, float) and not math.isfinite(value):
            continue  # NaN and infinities are not JSON: no writer downstream could carry them
        if isinstance(value, str | int | float):
            out[name] = value
    return out


def make_record(
    file: str, line: int | None, text: object, digest: str, values: dict, options: ReadOptions
) -> Record | Quarantine:
    """A record from one parsed row or line, or the quarantine notice saying what is wrong with it."""
    if not isinstance(text, str):
        return Quarantine(file, line, f"no string field '{options.text_field}'", digest)
    fields = kept_fields(values, options)
    if unencodable(text) or any(isinstance(v, str) and unencodable(v) for v in fields.values()):
        return Quarantine(file, line, "text holds an unpaired UTF-16 surrogate escape", digest)
    record_id = None
    if options.id_field:
        record_id, problem = record_id_of(values.get(options.id_field), options.id_field)
        if record_id is None:
            return Quarantine(file, line, problem, digest)
    return Record(file, line, text, digest, fields, record_id)
