"""Reading and writing stage outputs as datatrove JSONL.

Uncompressed on purpose: gzip stamps the write time into every file, and the same sources and params must
give byte-identical outputs (and so identical DVC hashes).

Dropped documents are data too (each is written with its reason), but a dropped folder is no place for the
text of a private document or of an erased one: `dropped_writer` keeps what an auditor needs of them (id,
source, raw-content hash, location, reason) and no text. A public document dropped by a quality or dedup
filter keeps its text, so people tuning the filters can see what was dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from datatrove.data import Document
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

OUTPUT_FILENAME = "${rank}.jsonl"


def writer(folder: str | Path, filename: str = OUTPUT_FILENAME) -> JsonlWriter:
    return JsonlWriter(str(folder), output_filename=filename, compression=None)


# What a tombstone keeps of a dropped document: provenance and the drop's reason, never content.
TOMBSTONE_KEYS = (
    "source",
    "domain",
    "license",
    "sensitivity",
    "sha256",
    "location",
    "filter_reason",
    "duplicate_of",
    "eval_task",
    "eval_item",
)


def tombstone(document: Document) -> dict:
    meta = {k: document.metadata[k] for k in TOMBSTONE_KEYS if k in document.metadata}
    return {"id": document.id, "text": "", "metadata": meta}


def keeps_text(document: Document) -> bool:
    """Only a public, non-erased document's text may be kept once it is dropped."""
    reason = str(document.metadata.get("filter_reason", ""))
    return document.metadata.get("sensitivity") == "public" and not reason.startswith("erased")


def _tombstone_adapter(writer, document: Document) -> dict:
    return tombstone(document)


def _public_text_adapter(writer, document: Document) -> dict:
    return writer._default_adapter(document) if keeps_text(document) else tombstone(document)


def dropped_writer(folder: str | Path, public_text: bool = False) -> JsonlWriter:
    """The exclusion writer of a filter: tombstones only, or (`public_text`) the text of public documents."""
    adapter = _public_text_adapter if public_text else _tombstone_adapter
    return JsonlWriter(str(folder), output_filename=OUTPUT_FILENAME, compression=None, adapter=adapter)


class StageReader(JsonlReader):
    """A stage output's documents. A folder with no files is zero documents, not an error: a stage whose
    input lost every document upstream (a whole registry erased, a filter that drops all) still runs and
    accounts for nothing, instead of stopping the build with datatrove's "No files found"."""

    def run(self, data=None, rank: int = 0, world_size: int = 1):  # type: ignore[no-untyped-def, override]
        if not self.data_folder.list_files(recursive=self.recursive, glob_pattern=self.glob_pattern):
            if data:
                yield from data
            return
        yield from super().run(data, rank, world_size)


def reader(folder: str | Path) -> JsonlReader:
    return StageReader(str(folder), compression=None, glob_pattern="*.jsonl", add_file_path=False)


def read_documents(folder: str | Path) -> Iterator[Document]:
    """All documents of a stage output folder, in file order (files sorted by name)."""
    for path in sorted(Path(folder).glob("*.jsonl")):
        yield from read_file(path)


def read_file(path: str | Path) -> Iterator[Document]:
    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            yield Document(text=record.get("text", ""), id=record["id"], metadata=record.get("metadata", {}))


def write_documents(docs: Iterable[Document], folder: str | Path, rank: int = 0) -> int:
    n = 0
    with writer(folder) as w:
        for doc in docs:
            w.write(doc, rank)
            n += 1
    return n


def read_ids(folder: str | Path) -> list[str]:
    return [d.id for d in read_documents(folder)] if Path(folder).exists() else []
