"""The ingest stage: registered sources -> documents with stable ids and content hashes.

Runs as a datatrove pipeline (reader step -> JSONL writer), so the same code runs on the local executor
here and on Slurm or Ray at scale; files are spread over tasks by their position in the sorted source list.

A document's metadata is the registry's: `source`, `domain`, `license`, `sensitivity`, then `location` and
`sha256` from the reader. A record's own fields never reach the top level; those its source lists in
`keep_fields` travel under `metadata["fields"]`, and the scrub stage scrubs them like the text. Invisible
format characters are removed from the text and the kept fields (corpus/visible.py says why).
A document the erasure list names (by source, id or raw-content hash) is never read into the pipeline: it
leaves a tombstone in `erased/` (id, source, hash, reason; no text) and a dropped ledger row.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from core import store
from core.config import ExecutorParams, IngestParams, load_params, section_hash
from core.erasure_requests import DocumentRequest, ErasureList
from core.errors import ConfigError
from core.ledger import DROPPED, KEPT, QUARANTINED, LedgerRow, LedgerWriter
from core.registry import Registry, Source, load_registry
from core.stage import DOCS, RECORD_FIELDS, StageRun, files_fingerprint, write_json
from corpus.duplicate_ids import duplicate_ids, split_duplicates
from corpus.identity import document_id, file_name_key
from corpus.listing import SUFFIXES, Listing, label_of, listing_of
from corpus.readers import READERS, Quarantine, ReadOptions, Record
from corpus.visible import visible

QUARANTINE = "quarantine"
ERASED = "erased"
ERASED_BY = "erased_by"  # marks a document ingest skips: why it is erased
UNIQUE = "unique"
INVISIBLE_REMOVED = "invisible_removed"

log = logging.getLogger(__name__)


def source_metadata(source: Source) -> dict[str, str]:
    return {
        "source": source.id,
        "domain": source.domain,
        "license": source.license,
        "sensitivity": source.sensitivity,
    }


def read_options(source: Source, params: IngestParams) -> ReadOptions:
    return ReadOptions(
        text_field=source.text_field,
        keep_fields=tuple(source.keep_fields),
        id_field=source.id_field,
        max_record_bytes=params.max_document_bytes,
        max_file_bytes=params.max_file_bytes,
    )


@dataclass(frozen=True)
class WorkItem:
    source: Source
    path: Path
    label: str  # the file as ids and ledgers name it (its relative path, or a keyed hash of it)
    refused: str | None = None  # why the file is not read (a link out of the source folder)


def work_items(registry: Registry, params: IngestParams) -> list[WorkItem]:
    """Every file of every source, in registry order then path order: the same list in every task."""
    items = []
    for source in registry.sources:
        root = registry.resolve(source)
        key = file_name_key(source, params)
        listing = listing_of(registry, source)
        entries: list[tuple[Path, str | None]] = [(p, None) for p in listing.files]
        entries += listing.refused
        for path, refused in sorted(entries, key=lambda e: e[0]):
            items.append(WorkItem(source, path, label_of(root, path, key), refused))
    return items


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

    def check(self, text: str) -> str | None:
        size = len(text.encode("utf-8"))
        if size > self.params.max_document_bytes:
            return f"huge: {size} bytes exceeds ingest.max_document_bytes={self.params.max_document_bytes}"
        if len(text.strip()) < self.params.min_document_chars:
            return "empty: no text"
        return None

    def reads(self, item: WorkItem) -> Iterator[Record | Quarantine]:
        if item.refused is not None:
            yield Quarantine(item.label, None, item.refused)
            return
        reader = READERS[item.source.format](read_options(item.source, self.params))
        yield from reader.read(item.path, item.label)

    def documents(self, item: WorkItem) -> DocumentsPipeline:
        """The documents of one file; its quarantine notes have empty text and a `reason`."""
        source = item.source
        registered = source_metadata(source)
        for read in self.reads(item):
            meta: dict[str, object] = {**registered, "location": read.location, "sha256": read.sha256}
            record_id = read.record_id if isinstance(read, Record) else None
            doc_id = document_id(source.id, read.file, read.line, record_id)
            if why := self.erasure.reason(doc_id, read.sha256, source.id):
                # Before anything looks at the text: an erased document's text goes nowhere.
                yield Document(text="", id=doc_id, metadata=meta | {ERASED_BY: why})
                continue
            problem: str | None
            if isinstance(read, Quarantine):
                text, removed, problem = "", 0, read.reason
            else:
                text, removed = visible(read.text)
                problem = self.check(text)
            if problem is not None:
                doc_id = document_id(source.id, read.file, read.line)
                yield Document(text="", id=doc_id, metadata=meta | {"reason": problem})
                continue
            assert isinstance(read, Record)
            # What the reader measured (PDF pages, tables) never replaces a registered value.
            meta |= {k: v for k, v in read.info.items() if k not in meta}
            if source.keep_fields:
                fields = {k: visible(v) if isinstance(v, str) else (v, 0) for k, v in read.fields.items()}
                meta[RECORD_FIELDS] = {k: v for k, (v, _) in fields.items()}
                removed += sum(n for _, n in fields.values())
            if removed:
                meta[INVISIBLE_REMOVED] = removed
            doc_id = document_id(source.id, read.file, read.line, read.record_id)
            yield Document(text=text, id=doc_id, metadata=meta)

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        tombstones = store.writer(self.erased_folder) if self.erased_folder else contextlib.nullcontext()
        with store.writer(self.quarantine_folder) as quarantine, tombstones as erased:
            for index, item in enumerate(work_items(self.registry, self.params)):
                if index % world_size != rank:
                    continue
                for doc in self.documents(item):
                    if ERASED_BY in doc.metadata:
                        self.stat_update("erased")
                        if erased is not None:
                            why = doc.metadata.pop(ERASED_BY)
                            erased.write(
                                Document(text="", id=doc.id, metadata=doc.metadata | {"reason": why}), rank
                            )
                        continue
                    if "reason" in doc.metadata:
                        self.stat_update("quarantined")
                        quarantine.write(doc, rank)
                        continue
                    self.stat_update("documents")
                    yield doc


def check_sources(registry: Registry) -> dict[str, Listing]:
    """Each source's files; a ConfigError for a source that is missing or has nothing to read."""
    listings = {}
    for source in registry.sources:
        root = registry.resolve(source)
        if not root.exists():
            raise ConfigError(f"source '{source.id}': path '{source.path}' does not exist")
        listing = listing_of(registry, source)
        if not listing.files and not listing.refused:
            suffixes = "/".join(SUFFIXES[source.format])
            held = f"it holds only {listing.describe_ignored()}" if listing.ignored else "it is empty"
            raise ConfigError(
                f"source '{source.id}': folder '{source.path}' has no {suffixes} file to read as "
                f"format {source.format} ({held}); fix its path or format, or remove the entry"
            )
        if listing.ignored:
            log.warning(
                "source '%s': %d files of another format are not read (%s)",
                source.id,
                len(listing.ignored),
                listing.describe_ignored(),
            )
        listings[source.id] = listing
    refuse_shared_files(listings)
    return listings


def refuse_shared_files(listings: dict[str, Listing]) -> None:
    """A file read by two sources would be read under two licenses and sensitivities, and erasing one
    source would leave its copy in the other: a ConfigError naming both."""
    owner: dict[Path, str] = {}
    shared: Counter[tuple[str, str]] = Counter()
    for source_id, listing in listings.items():
        for path in listing.files:
            first = owner.setdefault(path.resolve(), source_id)
            if first != source_id:
                shared[(first, source_id)] += 1
    if shared:
        (a, b), n = shared.most_common(1)[0]
        raise ConfigError(
            f"sources '{a}' and '{b}' both read the same {n} file(s): register each file under one source "
            "(narrow a folder source's path, or point it at the files it owns)"
        )


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
    listings = check_sources(registry)
    items = work_items(registry, params)  # also refuses a hash key that is not set, before any work
    run = StageRun(
        out,
        executor or ExecutorParams(),
        "ingest",
        params.model_dump(mode="json"),
        [s.model_dump(mode="json") for s in registry.sources],
        tasks,
        files_fingerprint(i.path for i in items if i.refused is None),
        [(i.source.id, i.label, i.refused) for i in items if i.refused is not None],
        erasure.fingerprint(),
    )
    read = ReadSources(registry, params, str(run.path(QUARANTINE)), erasure, str(run.path(ERASED)))
    run.run("read", [read, store.writer(run.path(DOCS))], tasks, workers)
    id_sources = {s.id for s in registry.sources if s.id_field}
    duplicates = duplicate_ids(store.read_documents(run.path(DOCS)), id_sources) if id_sources else {}
    if duplicates:
        split_duplicates(run.path(DOCS), run.path(UNIQUE), run.path(QUARANTINE), duplicates)
        run.publish(UNIQUE, DOCS)
    else:
        run.publish(DOCS)
    run.publish(QUARANTINE)
    run.publish(ERASED)
    run.finish()
    return write_records(registry, listings, params, out)


def write_records(registry: Registry, listings: dict[str, Listing], params: IngestParams, out: Path) -> dict:
    """The ledger and stats.json, from what the stage wrote."""
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
    quarantined.sort(key=lambda q: (q["source"], q["id"]))
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
                "files_not_read": len(listings[s.id].ignored),
            }
            for s in registry.sources
        },
        "quarantined": quarantined,
    }
    write_json(out / "stats.json", stats)
    return stats


def corpus_documents(registry: Registry, params: IngestParams | None = None) -> Iterator[Document]:
    """Every readable document of a corpus registry, with the ids and hashes ingest gives it."""
    with tempfile.TemporaryDirectory(prefix="charter-erasure-") as quarantine:
        yield from ReadSources(registry, params or IngestParams(), quarantine).run(None, 0, 1)


def requested_sources(erasure: ErasureList) -> set[str]:
    """The sources document requests name (a document id starts with its source id)."""
    return {r.doc.split("/", 1)[0] for r in erasure.requests if isinstance(r, DocumentRequest)}


def ingest_erasure(path: Path, registry: Registry, params: IngestParams | None = None) -> ErasureList:
    """The erasure list ingest enforces: validated, `erased_with` followed, and resolved against what the
    sources that document requests name hold now (read once more for their hashes; no other is read)."""
    erasure = ErasureList.load(path, [registry])
    named = requested_sources(erasure)
    if not named:
        return erasure
    subset = Registry(sources=[s for s in registry.sources if s.id in named], root=registry.root)
    return erasure.resolved({d.metadata["sha256"] for d in corpus_documents(subset, params)})


def ingest_command(*, params: Path, sources: Path, out: Path) -> dict:
    """`charter ingest`: the stage, with the erasure list resolved against what the sources hold now."""
    p = load_params(params)
    registry = load_registry(sources)
    erasure = ingest_erasure(Path(p.gate.erasure_file), registry, p.ingest)
    stats = run_ingest(registry, p.ingest, out, p.curate.tasks, p.curate.workers, p.executor, erasure)
    return stats["account"]
