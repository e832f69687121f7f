from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from corpus.readers.base import Quarantine, Reader, Record, decode_utf8, sha256_of


class JsonlReader(Reader):
    """One record per line; the text is in `text_field`, other fields are kept as provenance."""

    suffixes = (".jsonl",)

    def read(self, path: Path, relative: str) -> Iterator[Record | Quarantine]:
        with path.open("rb") as f:
            for line_no, raw in enumerate(f, start=1):
                where = (relative, line_no)
                if not raw.strip():
                    continue
                digest = sha256_of(raw.rstrip(b"\r\n"))
                line, problem = decode_utf8(raw)
                if line is None:
                    yield Quarantine(*where, problem, digest)
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    yield Quarantine(*where, f"malformed JSON: {e.msg} at column {e.colno}", digest)
                    continue
                if not isinstance(obj, dict):
                    yield Quarantine(*where, f"expected a JSON object, got {type(obj).__name__}", digest)
                    continue
                text = obj.get(self.text_field)
                if not isinstance(text, str):
                    yield Quarantine(*where, f"no string field '{self.text_field}'", digest)
                    continue
                fields: dict[str, object] = {
                    str(k): v
                    for k, v in obj.items()
                    if k != self.text_field and isinstance(v, str | int | float)
                }
                yield Record(*where, text, digest, fields)
