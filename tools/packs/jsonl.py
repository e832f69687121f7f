"""JSONL as the packs ship it: UTF-8, one object a line, keys in a fixed order, so reruns are byte-identical."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

# Unicode line and paragraph separators are legal inside JSON strings, but line-based tools (Python's
# str.splitlines among them) would cut the record there; escaped, they round-trip to the same text.
LINE_BREAKS_INSIDE_JSON = {"\u2028": "\\u2028", "\u2029": "\\u2029"}


def dumps(record: Mapping[str, object]) -> str:
    """One record as one line; non-ASCII text stays readable instead of becoming \\u escapes."""
    line = json.dumps(record, ensure_ascii=False, separators=(", ", ": "))
    for raw, escaped in LINE_BREAKS_INSIDE_JSON.items():
        line = line.replace(raw, escaped)
    return line


def write_jsonl(path: Path, records: Iterable[Mapping[str, object]]) -> int:
    """Write `records` to `path` (parents created); returns how many were written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [dumps(r) + "\n" for r in records]
    path.write_text("".join(lines), encoding="utf-8")
    return len(lines)
