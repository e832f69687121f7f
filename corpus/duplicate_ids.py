"""Record ids held twice in one source: ambiguous, so every record holding one is quarantined, by its
location id (`<source>/<file>#L<line>`), whichever order the records come in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from datatrove.data import Document

from core import store
from core.stage import RECORD_FIELDS
from corpus.identity import document_id

DUPLICATES = "duplicate-ids.jsonl"


def location_id(doc: Document) -> str:
    """The location-based id of a record (`file:line` in its metadata)."""
    file, line = str(doc.metadata["location"]).rsplit(":", 1)
    return document_id(doc.metadata["source"], file, int(line))


def duplicate_ids(docs: Iterable[Document], sources: set[str]) -> dict[str, list[str]]:
    """Document id -> the locations of its records, for every id of `sources` held by more than one."""
    where: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        if doc.metadata["source"] in sources:
            where[doc.id].append(str(doc.metadata["location"]))
    return {doc_id: sorted(locations) for doc_id, locations in where.items() if len(locations) > 1}


def split_duplicates(inp: Path, out: Path, notes: Path, duplicates: dict[str, list[str]]) -> int:
    """Copies the documents of `inp` to `out` (file by file, same names) except those holding a duplicated
    id, which become quarantine notes in `notes/DUPLICATES` (text and kept fields left behind)."""
    n = 0
    with store.writer(notes, DUPLICATES) as quarantine:
        for path in sorted(Path(inp).glob("*.jsonl")):
            rank = int(path.stem)
            with store.writer(out) as kept:
                for doc in store.read_file(path):
                    locations = duplicates.get(doc.id)
                    if locations is None:
                        kept.write(doc, rank)
                        continue
                    record_id = doc.id.split("/", 1)[1]
                    shown = ", ".join(locations[:3]) + (" ..." if len(locations) > 3 else "")
                    meta = {k: v for k, v in doc.metadata.items() if k != RECORD_FIELDS}
                    reason = f"duplicate record id '{record_id}': {len(locations)} records hold it ({shown})"
                    quarantine.write(
                        Document(text="", id=location_id(doc), metadata=meta | {"reason": reason}), 0
                    )
                    n += 1
    return n
