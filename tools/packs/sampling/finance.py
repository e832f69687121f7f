"""Finance samples: TAT-QA annual-report contexts."""

from __future__ import annotations

import json
from pathlib import Path


def markdown_table(rows: list[list[str]]) -> str:
    """A TAT-QA table as a markdown table; its first row is the header, as in the annual report."""
    width = max(len(row) for row in rows)
    cells = [[cell.strip().replace("|", "\\|") for cell in row] + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(row) + " |" for row in cells]
    lines.insert(1, "|" + "---|" * width)
    return "\n".join(lines)


def tatqa_contexts(path: Path) -> list[dict[str, str]]:
    """One record per context: its paragraphs in reading order, then its table. The id is the table uid."""
    records = []
    for context in json.loads(path.read_text(encoding="utf-8")):
        paragraphs = sorted(context["paragraphs"], key=lambda p: p["order"])
        text = "\n\n".join(
            [*(p["text"].strip() for p in paragraphs), markdown_table(context["table"]["table"])]
        )
        records.append({"id": context["table"]["uid"], "text": text})
    return records
