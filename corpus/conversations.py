"""Registered instruction conversations as documents, read for the sft-data stage and the erasure proof.

The registry is `instructions.yaml`, in the shape of `sources.yaml` (loaded by the same validator); each
record is a conversation `{"id", "origin": {"dataset", "split", "id"}, "messages": [{"role", "content"}]}`.
A conversation travels the pipeline as one datatrove Document whose text is its turns joined by a marker
line, so the gate, the scrubber and the ledger handle it exactly as they handle a corpus document. The
reader lives here, with the corpus readers it builds on, so that the erasure proof (governance) reads the
registered conversations without importing the model package.
"""

from __future__ import annotations

from datatrove.data import Document

from core.config import IngestParams
from core.errors import ConfigError
from core.ledger import QUARANTINED, LedgerRow
from core.registry import Registry, Source
from corpus.listing import Listing, label_of, listing_of
from corpus.readers.jsonl import JsonLine, json_lines
from corpus.visible import visible

# Between turns of a conversation inside one Document. Nothing the scrubber writes looks like it, and a
# scrub that merged or split turns is caught by the sft-data stage (model.sft.data.TurnIntegrity).
TURN_SEPARATOR = "\n\n<|turn|>\n\n"
ROLES = ("system", "user", "assistant")
ORIGIN_KEYS = ("dataset", "split", "id")


def _conversation_error(record: object) -> str | None:
    if not isinstance(record, dict):
        return "expected a JSON object"
    messages = record.get("messages")
    if not isinstance(messages, list) or not messages:
        return "'messages' must be a non-empty list"
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
            return f"message {i}: needs a role in {ROLES} and a string content"
        if TURN_SEPARATOR.strip() in m["content"]:
            return f"message {i}: contains the reserved marker {TURN_SEPARATOR.strip()}"
        if m["role"] == "system" and i != 0:
            return f"message {i}: a system message may only come first"
    if messages[-1]["role"] != "assistant":
        return "the last message must be the assistant's answer"
    origin = record.get("origin")
    if not isinstance(origin, dict) or not all(isinstance(origin.get(k), str) for k in ("dataset", "id")):
        return "'origin' must name the upstream 'dataset' and item 'id'"
    return None


def _listing(registry: Registry, source: Source) -> Listing:
    path = registry.resolve(source)
    if source.format != "jsonl":
        raise ConfigError(f"instruction source '{source.id}': format must be jsonl, not {source.format}")
    unsupported = [k for k in ("id_field", "keep_fields", "hash_file_names") if getattr(source, k)]
    if unsupported:
        raise ConfigError(f"instruction source '{source.id}': {', '.join(unsupported)} not supported here")
    if not path.exists():
        raise ConfigError(f"instruction source '{source.id}': {path} not found")
    return listing_of(registry, source)


def _conversation(source: Source, doc_id: str, where: str, line: JsonLine, record: dict) -> Document:
    """A conversation as one document: registered metadata, the turns' roles and the upstream origin's
    dataset, split and id only (nothing else of the record travels)."""
    messages = record[source.text_field]
    origin = {k: record["origin"][k] for k in ORIGIN_KEYS if isinstance(record["origin"].get(k), str)}
    return Document(
        text=TURN_SEPARATOR.join(m["content"] for m in messages),
        id=doc_id,
        metadata={
            "source": source.id,
            "domain": source.domain,
            "license": source.license,
            "sensitivity": source.sensitivity,
            "sha256": line.sha256,
            "location": where,
            "roles": [m["role"] for m in messages],
            "origin": origin,
        },
    )


def _remove_invisible(record: object, field: str) -> None:
    """Invisible format characters out of every turn (corpus/visible.py), before the turns are checked."""
    messages = record.get(field) if isinstance(record, dict) else None
    for m in messages if isinstance(messages, list) else []:
        if isinstance(m, dict) and isinstance(m.get("content"), str):
            m["content"] = visible(m["content"])[0]


def read_conversations(registry: Registry) -> tuple[list[Document], list[LedgerRow]]:
    """Every registered conversation as a Document, and a quarantine row (file:line and why) for each
    record that is not one. Lines are read as ingest reads JSONL (bounded, strict JSON), and a link out of a
    source folder is refused as it is at ingest."""
    docs, quarantined = [], []
    for source in registry.sources:
        root = registry.resolve(source)
        listing = _listing(registry, source)

        def refuse(doc_id: str, reason: str, source: Source = source) -> None:
            quarantined.append(LedgerRow(doc_id, QUARANTINED, reason, source.id, source.domain))

        for path, reason in listing.refused:
            refuse(f"{source.id}/{label_of(root, path, None)}", f"{path}: {reason}")
        for path in listing.files:
            rel = label_of(root, path, None)
            try:
                lines = list(json_lines(path, IngestParams().max_document_bytes))
            except OSError as e:
                refuse(f"{source.id}/{rel}", f"{path}: unreadable: {e.strerror}")
                continue
            for line in lines:
                doc_id = f"{source.id}/{rel}#L{line.line}"
                _remove_invisible(line.value, source.text_field)
                error = line.problem or _conversation_error(line.value)
                if error:
                    refuse(doc_id, f"{path}:{line.line}: {error}")
                    continue
                assert isinstance(line.value, dict)
                docs.append(_conversation(source, doc_id, f"{path}:{line.line}", line, line.value))
    return docs, quarantined
