"""The ingest stage: registered sources -> documents with stable ids and content hashes.

Runs as a datatrove pipeline (reader step -> JSONL writer), so the same code runs on the local executor
here and on Slurm or Ray at scale; files are spread over tasks by their position in the sorted source list.
A document the erasure list names (by source, id or raw-content hash) is never read into the pipeline: it
leaves a tombstone in `erased/` (id, source, hash, reason; no text) and a dropped ledger row.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from charter.config import ExecutorParams, IngestParams, section_hash
from charter.errors import ConfigError
from charter.stage import DOCS, StageRun, files_fingerprint, write_json
from corpus import store
from corpus.readers import READERS, Quarantine, Reader, Record
from governance.erasure.requests import ErasureList
from governance.ledger import DROPPED, KEPT, QUARANTINED, LedgerRow, LedgerWriter
from governance.registry import Registry, Source

QUARANTINE = "quarantine"
ERASED = "erased"


def document_id(source: Source, file: str, line: int | None) -> str:
    """Derived from where the text lives, never from run order: stable across runs and task counts."""
    return f"{source.id}/{file}" if line is None else f"{source.id}/{file}#L{line}"


def source_metadata(source: Source) -> dict[str, str]:
    return {
        "source": source.id,
        "domain": source.domain,
        "license": source.license,
        "sensitivity": source.sensitivity,
    }


class ReadSources(PipelineStep):
    """Yields every readable record of the registered sources; writes a notice for every one it cannot keep."""

    name = "📥 Read sources"
    type = "📖 - READER"

    def __init__(
        self,
        registry: Registry,
        params: IngestParams,
        quarantine_folder: str,
        erasure: ErasureList | None = None,
        erased_folder: str = "",
    ):
        super().__init__()
        self.registry = registry
        self.params = params
        self.quarantine_folder = quarantine_folder
        self.erasure = erasure or ErasureList()
        self.erased_folder = erased_folder

    def work_items(self) -> list[tuple[Source, Path, str]]:
        items = []
        for source in self.registry.sources:
            root = self.registry.resolve(source)
            reader = READERS[source.format](source.text_field)
            for path in reader.files(root):
                relative = path.relative_to(root).as_posix() if root.is_dir() else path.name
                items.append((source, path, relative))
        return items

    def check(self, record: Record) -> str | None:
        size = len(record.text.encode("utf-8"))
        if size > self.params.max_document_bytes:
            return f"huge: {size} bytes exceeds ingest.max_document_bytes={self.params.max_document_bytes}"
        if len(record.text.strip()) < self.params.min_document_chars:
            return "empty: no text"
        return None

    def read(
        self, reader: Reader, source: Source, path: Path, relative: str
    ) -> Iterator[Record | Quarantine]:
        size = path.stat().st_size
        if source.format == "text" and size > self.params.max_document_bytes:
            # One document per file: larger than the limit whatever it holds, so it is not read into memory.
            limit = self.params.max_document_bytes
            yield Quarantine(
                relative, None, f"huge: file of {size} bytes exceeds ingest.max_document_bytes={limit}"
            )
            return
        yield from reader.read(path, relative)

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        tombstones = store.writer(self.erased_folder) if self.erased_folder else contextlib.nullcontext()
        with store.writer(self.quarantine_folder) as quarantine, tombstones as erased:
            for index, (source, path, relative) in enumerate(self.work_items()):
                if index % world_size != rank:
                    continue
                reader = READERS[source.format](source.text_field)
                for item in self.read(reader, source, path, relative):
                    doc_id = document_id(source, item.file, item.line)
                    meta = source_metadata(source) | {"location": item.location, "sha256": item.sha256}
                    if erased is not None and (why := self.erasure.reason(doc_id, item.sha256, source.id)):
                        self.stat_update("erased")
                        erased.write(Document(text="", id=doc_id, metadata=meta | {"reason": why}), rank)
                        continue
                    problem = item.reason if isinstance(item, Quarantine) else self.check(item)
                    if problem is not None:
                        self.stat_update("quarantined")
                        note = Document(text="", id=doc_id, metadata=meta | {"reason": problem})
                        quarantine.write(note, rank)
                        continue
                    assert isinstance(item, Record)
                    self.stat_update("documents")
                    yield Document(text=item.text, id=doc_id, metadata=meta | item.fields)


def run_ingest(
    registry: Registry,
    params: IngestParams,
    out: Path,
    tasks: int = 1,
    workers: int = 1,
    executor: ExecutorParams | None = None,
    erasure: ErasureList | None = None,
) -> dict:
    out = Path(out)
    erasure = erasure or ErasureList()
    for source in registry.sources:
        if not registry.resolve(source).exists():
            raise ConfigError(f"source '{source.id}': path '{source.path}' does not exist")
    read = ReadSources(registry, params, "")
    files = [path for _, path, _ in read.work_items()]
    run = StageRun(
        out,
        executor or ExecutorParams(),
        "ingest",
        params.model_dump(mode="json"),
        [s.model_dump(mode="json") for s in registry.sources],
        tasks,
        files_fingerprint(files),
        erasure.fingerprint(),
    )
    read.quarantine_folder = str(run.path(QUARANTINE))
    read.erasure, read.erased_folder = erasure, str(run.path(ERASED))
    run.run("read", [read, store.writer(run.path(DOCS))], tasks, workers)
    run.publish(DOCS)
    run.publish(QUARANTINE)
    run.publish(ERASED)
    run.finish()

    ledger = LedgerWriter("ingest", section_hash(params))
    per_source: Counter[tuple[str, str]] = Counter()
    for doc in store.read_documents(out / DOCS):
        ledger.add(LedgerRow(doc.id, KEPT, "", doc.metadata["source"], doc.metadata["domain"]))
        per_source[(doc.metadata["source"], KEPT)] += 1
    quarantined = []
    for note in store.read_documents(out / QUARANTINE):
        meta = note.metadata
        reason = f"{meta['location']}: {meta['reason']}"
        ledger.add(LedgerRow(note.id, QUARANTINED, reason, meta["source"], meta["domain"]))
        per_source[(meta["source"], QUARANTINED)] += 1
        quarantined.append({"id": note.id, "source": meta["source"], "reason": reason})
    for note in store.read_documents(out / ERASED):
        meta = note.metadata
        row = LedgerRow(note.id, DROPPED, meta["reason"], meta["source"], meta["domain"])
        row.detail["sha256"] = meta["sha256"]
        ledger.add(row)
        per_source[(meta["source"], DROPPED)] += 1
    ledger.write(out)
    account = ledger.account()
    stats = {
        "stage": "ingest",
        "account": account.as_dict(),
        "sources": {
            s.id: {
                "kept": per_source[(s.id, KEPT)],
                "quarantined": per_source[(s.id, QUARANTINED)],
                "erased": per_source[(s.id, DROPPED)],
            }
            for s in registry.sources
        },
        "quarantined": quarantined,
    }
    write_json(out / "stats.json", stats)
    return stats
