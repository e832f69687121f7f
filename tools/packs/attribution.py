"""ATTRIBUTION.md for every shipped data folder: where the data came from, under what license, and how it
was cut down, so a compliance reviewer can check a sample against its upstream without running anything."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

FIELD = re.compile(r"^- \*\*(?P<key>[^:*]+):\*\* (?P<value>.*)$")


@dataclass(frozen=True)
class Upstream:
    """Provenance of one shared dataset, as its SOURCE.md states it."""

    title: str
    origin: str
    paths: str
    commit: str
    license: str

    @classmethod
    def read(cls, source_md: Path) -> Upstream:
        lines = source_md.read_text(encoding="utf-8").splitlines()
        fields = {m["key"]: m["value"] for m in map(FIELD.match, lines) if m}
        title = next(line[2:].strip() for line in lines if line.startswith("# "))
        return cls(title, fields["Origin repo"], fields["Path(s)"], fields["Commit"], fields["License"])


@dataclass(frozen=True)
class Shipped:
    """One file in a shipped data folder and how many documents (records, or 1 for a PDF) it holds."""

    name: str
    documents: int
    size: int


def render(
    title: str,
    summary: str,
    rows: list[tuple[str, str]],
    shipped: list[Shipped],
) -> str:
    """Markdown with a fixed layout: heading, one paragraph, key facts, then the files shipped."""
    out = [f"# {title}", "", summary.strip(), ""]
    out += [f"- **{key}:** {value}" for key, value in rows]
    out += ["", "## Files", ""]
    out += [
        f"- `{s.name}`: {s.documents} document{'' if s.documents == 1 else 's'}, {s.size:,} bytes"
        for s in shipped
    ]
    return "\n".join(out) + "\n"
