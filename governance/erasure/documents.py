"""Which documents an erasure list erases, read from the owner's sources: their ids, hashes and raw text.

Erased documents never enter the pipeline (ingest skips them), so their text, which the proof needs for its
fingerprints, comes from the registered sources themselves, read by the same readers ingest uses. The
text of every other registered document is read too: a fingerprint that a retained document also holds is
no evidence of a copy. Ids and hashes also come from ingest's tombstones, for documents whose owner has
since deleted them (their copies are then found by id and hash only).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from datatrove.data import Document

from core import artifacts as a
from core.config import IngestParams
from core.erasure_requests import ErasureList
from core.errors import CharterError
from core.registry import Registry, Source

__all__ = [
    "ErasedSet",
    "corpus_documents",
    "erased_documents",
    "find_document",
    "instruction_documents",
    "registered_documents",
    "tombstones",
]

TOMBSTONES = a.INGEST_ERASED.name  # id, sha256, source and reason of every erased document


@dataclass
class ErasedSet:
    """The erased documents, and the rest of what is registered (to tell evidence from shared text)."""

    texts: dict[str, str] = field(default_factory=dict)  # erased id -> raw text, from the sources
    ids: set[str] = field(default_factory=set)
    hashes: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    retained: list[str] = field(default_factory=list)  # text of every registered document not erased
    without_text: list[str] = field(default_factory=list)  # requested ids no source holds any more
    read: int = 0  # documents read from the sources

    def holds(self, doc_id: str | None, sha256: str | None, source: str | None = None) -> bool:
        return (doc_id in self.ids) or (sha256 in self.hashes) or (source in self.sources)


def corpus_documents(registry: Registry, params: IngestParams | None = None) -> Iterator[Document]:
    """Every readable document of a corpus registry, with the ids and hashes ingest gives it."""
    from corpus.ingest import corpus_documents as read

    yield from read(registry, params)


def instruction_documents(registry: Registry) -> Iterator[Document]:
    from corpus.conversations import read_conversations

    docs, _ = read_conversations(registry)
    yield from docs


def registered_documents(
    corpus: Sequence[Registry], instructions: Sequence[Registry], params: IngestParams | None = None
) -> Iterator[Document]:
    for registry in corpus:
        yield from corpus_documents(registry, params)
    for registry in instructions:
        yield from instruction_documents(registry)


def tombstones(data: Path) -> Iterator[Document]:
    folder = a.INGEST_ERASED.at(data)
    if folder.is_dir():
        from core import store

        yield from store.read_documents(folder)


def erased_documents(
    erasure: ErasureList,
    corpus: Sequence[Registry],
    instructions: Sequence[Registry] = (),
    data: Path | None = None,
    params: IngestParams | None = None,
) -> ErasedSet:
    docs = list(registered_documents(corpus, instructions, params))
    erasure = erasure.resolved({d.metadata["sha256"] for d in docs if d.metadata.get("sha256")})
    found = ErasedSet(ids=set(erasure.documents), hashes=set(erasure.hashes), sources=set(erasure.sources))
    for doc in docs:
        found.read += 1
        meta = doc.metadata
        if erasure.reason(doc.id, meta.get("sha256"), meta.get("source", "")):
            found.texts[doc.id] = doc.text
            found.ids.add(doc.id)
            if meta.get("sha256"):
                found.hashes.add(meta["sha256"])
        else:
            found.retained.append(doc.text)
    if data is not None:
        for note in tombstones(data):
            found.ids.add(note.id)
            if note.metadata.get("sha256"):
                found.hashes.add(note.metadata["sha256"])
    found.without_text = sorted(erasure.documents - set(found.texts))
    return found


def _source_of(doc_id: str, registries: Sequence[Registry]) -> tuple[Registry, Source]:
    prefix = doc_id.split("/", 1)[0]
    for registry in registries:
        for source in registry.sources:
            if source.id == prefix:
                return registry, source
    known = sorted(s.id for r in registries for s in r.sources)
    raise CharterError(
        f"no document '{doc_id}': document ids start with their source id, and no registry holds a source "
        f"'{prefix}' (registered: {', '.join(known) or 'none'})"
    )


def find_document(
    doc_id: str,
    corpus: Sequence[Registry],
    instructions: Sequence[Registry] = (),
    data: Path | None = None,
    params: IngestParams | None = None,
) -> tuple[str, str]:
    """(source id, raw-content sha256) of a registered document, or a CharterError that names what exists.

    The owner's source is read first (what the id names now); ingest's output and tombstones of an earlier
    build are the fallback for a document the owner has since removed.
    """
    registry, source = _source_of(doc_id, [*corpus, *instructions])
    single = Registry(sources=[source], root=registry.root)
    docs = (
        instruction_documents(single)
        if any(registry is r for r in instructions)
        else corpus_documents(single, params)
    )
    examples: list[str] = []
    for doc in docs:
        if doc.id == doc_id:
            return source.id, doc.metadata["sha256"]
        if len(examples) < 3:
            examples.append(doc.id)
    if data is not None:
        for folder in (a.INGEST_DOCS.at(data), a.INGEST_ERASED.at(data)):
            for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
                with path.open(encoding="utf-8") as f:
                    for line in f:
                        if json.dumps(doc_id) in line:
                            record = json.loads(line)
                            if record["id"] == doc_id and record.get("metadata", {}).get("sha256"):
                                return source.id, record["metadata"]["sha256"]
    raise CharterError(
        f"no document '{doc_id}' in source '{source.id}' ({registry.resolve(source)}) nor in the last "
        f"build; its documents have ids like {', '.join(examples) or '(none: the source is empty)'}"
    )
