"""Reading and writing stage outputs as datatrove JSONL.

Uncompressed on purpose: gzip stamps the write time into every file, and the same sources and params must
give byte-identical outputs (and so identical DVC hashes).
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


def reader(folder: str | Path) -> JsonlReader:
    return JsonlReader(str(folder), compression=None, glob_pattern="*.jsonl", add_file_path=False)


def read_documents(folder: str | Path) -> Iterator[Document]:
    """All documents of a stage output folder, in file order (files sorted by name)."""
    for path in sorted(Path(folder).glob("*.jsonl")):
        yield from read_file(path)


def read_file(path: Path) -> Iterator[Document]:
    with path.open(encoding="utf-8") as f:
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
