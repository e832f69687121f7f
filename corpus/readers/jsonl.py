"""JSONL: one record per line, the text in `text_field`.

A line is read up to `max_record_bytes` and no further: a longer one is skipped in bounded chunks (hashed on
the way) and quarantined unparsed, so memory stays bounded whatever a line's size. A record that two JSON
parsers could read differently (a key given twice, NaN) or that Python cannot parse safely (nesting past the
recursion limit, a 5,000-digit number) is quarantined, never raised.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from corpus.listing import SUFFIXES
from corpus.readers.base import Quarantine, Reader, Record, decode_utf8, make_record, sha256_of

SKIP_CHUNK = 1 << 16
FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,39}")
BOM = b"\xef\xbb\xbf"


class DuplicateKey(ValueError):
    pass


def _object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """One JSON object; a key given twice is refused (json keeps the last, other tools the first)."""
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            # A key is record content: named in the reason (which reaches the ledger) only when it is a
            # plain field name, never when it could be a value.
            named = f"key '{key}'" if FIELD_NAME.fullmatch(key) else "a key"
            raise DuplicateKey(f"{named} is given twice")
        out[key] = value
    return out


def _constant(name: str) -> float:
    raise ValueError(f"non-standard JSON constant {name}")


def parse(line: str) -> tuple[object, str]:
    """The parsed value, or why the line is not one strict JSON value."""
    try:
        return json.loads(line, object_pairs_hook=_object, parse_constant=_constant), ""
    except json.JSONDecodeError as e:
        return None, f"malformed JSON: {e.msg} at column {e.colno}"
    except DuplicateKey as e:
        return None, f"ambiguous JSON: {e}"
    except RecursionError:
        return None, "malformed JSON: nested too deeply"
    except ValueError as e:  # an integer of more digits than Python converts, NaN, Infinity
        return None, f"malformed JSON: {str(e).split(';')[0][:120]}"


def _skip_rest(f: BinaryIO, head: bytes) -> tuple[int, str]:
    """Reads the rest of an over-long line in bounded chunks: its size and the hash of its bytes (without
    the line end, as for every line)."""
    h = hashlib.sha256()
    held, size = b"", 0
    chunk = head
    while chunk:
        size += len(chunk)
        body = chunk.rstrip(b"\r\n")
        if body:
            h.update(held)
            h.update(body)
            held = chunk[len(body) :]
        else:
            held += chunk
        if chunk.endswith(b"\n"):
            break
        chunk = f.readline(SKIP_CHUNK)
    return size, h.hexdigest()


@dataclass(frozen=True)
class JsonLine:
    """One non-blank line: its number, the sha256 of its bytes (line end excluded), and its parsed value,
    or the problem that keeps it from being one (the value is then None)."""

    line: int
    sha256: str
    value: object = None
    problem: str = ""


def json_lines(path: Path, limit: int) -> Iterator[JsonLine]:
    """The lines of a JSONL file, each read up to `limit` bytes and parsed strictly. OSError propagates."""
    with path.open("rb") as f:
        line_no = 0
        while raw := f.readline(limit + 1):
            line_no += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                size, digest = _skip_rest(f, raw)
                huge = f"huge: line of {size} bytes exceeds ingest.max_document_bytes={limit}"
                yield JsonLine(line_no, digest, problem=huge)
                continue
            if not raw.strip():
                continue
            digest = sha256_of(raw.rstrip(b"\r\n"))
            line, problem = decode_utf8(raw[len(BOM) :] if line_no == 1 and raw.startswith(BOM) else raw)
            if line is None:
                yield JsonLine(line_no, digest, problem=problem)
                continue
            value, problem = parse(line)
            yield JsonLine(line_no, digest, value, problem)


class JsonlReader(Reader):
    """One record per line; fields the source lists in keep_fields are kept, the rest dropped."""

    suffixes = SUFFIXES["jsonl"]

    def read(self, path: Path, relative: str) -> Iterator[Record | Quarantine]:
        try:
            for item in json_lines(path, self.options.max_record_bytes):
                where = (relative, item.line)
                obj = item.value
                if item.problem:
                    yield Quarantine(*where, item.problem, item.sha256)
                elif not isinstance(obj, dict):
                    yield Quarantine(*where, f"expected a JSON object, got {type(obj).__name__}", item.sha256)
                else:
                    yield make_record(*where, obj.get(self.text_field), item.sha256, obj, self.options)
        except OSError as e:
            yield Quarantine(relative, None, f"unreadable: {e.strerror}")
