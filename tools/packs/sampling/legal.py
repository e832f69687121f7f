"""Legal samples: CUAD commercial contracts (long ones split into sections) and court-opinion PDFs."""

from __future__ import annotations

import math
from pathlib import Path


def pick_contracts(folder: Path, min_bytes: int, max_bytes: int, stride: int, limit: int) -> list[Path]:
    """Mid-sized contracts (one-page joint-filing forms and 300 KB franchise books left out), every
    `stride`-th by file name, at most `limit`."""
    sized = [p for p in sorted(folder.glob("*.txt")) if min_bytes <= p.stat().st_size <= max_bytes]
    return sized[::stride][:limit]


def split_lines(lines: list[str], parts: int) -> list[list[str]]:
    """Cut at line boundaries into `parts` pieces of roughly equal word counts."""
    total = sum(len(line.split()) for line in lines)
    pieces: list[list[str]] = [[]]
    seen = 0
    for line in lines:
        if seen >= total * len(pieces) / parts and len(pieces) < parts and pieces[-1]:
            pieces.append([])
        pieces[-1].append(line)
        seen += len(line.split())
    return pieces


def contract_records(paths: list[Path], max_words: int) -> list[dict[str, str]]:
    """One record per contract, or per section of about `max_words` words when it is longer; ids are the
    upstream file name (without .txt), with `#part-N` for sections."""
    records = []
    for path in paths:
        lines = [line.rstrip() for line in path.read_text(encoding="utf-8").strip().splitlines()]
        name = path.stem.strip()
        parts = math.ceil(sum(len(line.split()) for line in lines) / max_words)
        if parts <= 1:
            records.append({"id": name, "title": name, "text": "\n".join(lines)})
            continue
        for number, piece in enumerate(split_lines(lines, parts), start=1):
            text = "\n".join(piece).strip()
            records.append(
                {"id": f"{name}#part-{number}", "title": f"{name} (part {number} of {parts})", "text": text}
            )
    return records
