"""The sft-data stage: registered instruction sources -> license gate -> PII scrub -> decontamination ->
train/valid conversations, with the lineage ledger of the pretraining data stages.

The registry is `instructions.yaml`, in the shape of `sources.yaml` (loaded by the same validator); each
record is a conversation `{"id", "origin": {"dataset", "split", "id"}, "messages": [{"role", "content"}]}`.
A conversation travels the pipeline as one datatrove Document whose text is its turns joined by a marker
line, so the gate, the scrubber and the ledger handle it exactly as they handle a corpus document.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter

from core import store
from core.config import IngestParams, Params, section_hash
from core.errors import ConfigError
from core.ledger import QUARANTINED, LedgerRow, LedgerWriter
from core.registry import Registry, Source
from core.stage import DOCS, DROPPED_DIR, record_outputs, run_pipeline, write_json
from corpus.listing import Listing, label_of, listing_of
from corpus.readers.jsonl import JsonLine, json_lines
from corpus.visible import visible
from governance.gate import ErasureList, GateFilter, decide_sources
from governance.licenses import LicensePolicy
from governance.pii.stage import PII_COUNTS, ScrubPII, scrubbed_row
from model.sft.decontaminate import Decontaminate

STAGE = "sft_data"
# Between turns of a conversation inside one Document. Nothing the scrubber writes looks like it, and a
# scrub that merged or split turns is caught by TurnIntegrity.
TURN_SEPARATOR = "\n\n<|turn|>\n\n"
ROLES = ("system", "user", "assistant")
SPLITS = ("train", "valid")
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


class ConversationReader(PipelineStep):
    """The registered conversations as documents. Read inside the pipeline, not handed to it: datatrove
    records its steps' arguments in executor.json, and raw text (PII not yet scrubbed) must not land there."""

    name = "💬 Conversations"
    type = "📖 - READER"

    def __init__(self, registry: Registry):
        super().__init__()
        self.registry = registry

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        docs, _ = read_conversations(self.registry)
        for doc in docs:
            self.stat_update("conversations")
            yield doc


def messages_of(doc: Document) -> list[dict[str, str]]:
    turns = doc.text.split(TURN_SEPARATOR)
    roles = doc.metadata["roles"]
    if len(turns) != len(roles):
        raise ValueError(f"{doc.id}: {len(turns)} turns for {len(roles)} roles")
    return [{"role": r, "content": t} for r, t in zip(roles, turns, strict=True)]


class TurnIntegrity(BaseFilter):
    """After scrubbing, every turn must still be there: a replacement across a turn marker is a drop."""

    name = "🧩 Turn integrity"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        n = len(doc.text.split(TURN_SEPARATOR))
        if n != len(doc.metadata["roles"]):
            return False, f"scrubbing changed the turn count ({len(doc.metadata['roles'])} -> {n})"
        return True


def split_of(doc_id: str, seed: int, valid_fraction: float) -> str:
    """Seeded hash of the id: a conversation keeps its split when others are added or removed."""
    h = int.from_bytes(hashlib.sha256(f"{seed}/{doc_id}".encode()).digest()[:8], "big") / 2**64
    return "valid" if h < valid_fraction else "train"


def run_sft_data(params: Params, registry: Registry, heldout: Path | None, out: Path) -> dict:
    out = Path(out)
    docs, quarantined = read_conversations(registry)
    policy = LicensePolicy.load(params.gate.policy)
    decisions = decide_sources(registry, policy, params.gate.use)
    erasure = ErasureList.load(params.gate.erasure_file, [registry]).resolved(
        {d.metadata["sha256"] for d in docs}
    )
    run_pipeline(
        [
            ConversationReader(registry),
            GateFilter(decisions, erasure, exclusion_writer=store.dropped_writer(out / DROPPED_DIR / "gate")),
            ScrubPII(params.scrub),
            TurnIntegrity(
                exclusion_writer=store.dropped_writer(out / DROPPED_DIR / "turns", public_text=True)
            ),
            # The corpus's evaluation items and n-gram, so a text gets one answer in both stages.
            Decontaminate(
                heldout,
                params.curate.eval_suites_dir,
                params.curate.decontamination_ngram,
                exclusion_writer=store.dropped_writer(out / DROPPED_DIR / "decontaminate", public_text=True),
            ),
            store.writer(out / DOCS),
        ],
        out,
    )
    seed, fraction = params.seed, params.sft.valid_fraction

    def kept_row(doc: Document) -> LedgerRow:
        row = scrubbed_row(doc)
        row.detail["split"] = split_of(doc.id, seed, fraction)
        return row

    ledger = LedgerWriter(
        STAGE,
        section_hash(
            {
                "gate": params.gate.model_dump(),
                "scrub": params.scrub.model_dump(),
                "seed": seed,
                "valid_fraction": fraction,
            }
        ),
    )
    (out / DROPPED_DIR).mkdir(parents=True, exist_ok=True)  # a DVC output, even when nothing is dropped
    ledger.extend(quarantined)
    input_ids = [d.id for d in docs] + [r.doc_id for r in quarantined]
    account = record_outputs(ledger, out, input_ids, kept_row=kept_row)
    ledger.write(out)

    by_split: dict[str, list[dict]] = {s: [] for s in SPLITS}
    conversations: dict[str, Counter[str]] = defaultdict(Counter)
    pii: Counter[str] = Counter()
    for doc in store.read_documents(out / DOCS):
        split = split_of(doc.id, seed, fraction)
        by_split[split].append({"id": doc.id, "domain": doc.metadata["domain"], "messages": messages_of(doc)})
        conversations[doc.metadata["domain"]][split] += 1
        pii.update(doc.metadata.get(PII_COUNTS, {}))
    for split, rows in by_split.items():
        (out / f"{split}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows), encoding="utf-8"
        )
    sources: dict[str, Counter[str]] = defaultdict(Counter)
    for row in ledger.rows:
        sources[row.source][row.decision] += 1
    stats = {
        "stage": STAGE,
        "account": account.as_dict(),
        "sources": {s: dict(c) for s, c in sorted(sources.items())},
        "licenses": {k: {"allowed": v.allowed, "reason": v.reason} for k, v in sorted(decisions.items())},
        "conversations": {d: dict(c) for d, c in sorted(conversations.items())},
        "pii_replaced": dict(sorted(pii.items())),
    }
    write_json(out / "stats.json", stats)
    return stats


def iter_split(folder: Path, split: str) -> Iterator[dict]:
    path = Path(folder) / f"{split}.jsonl"
    if not path.exists():
        raise ConfigError(f"{path}: no {split} conversations (run the sft-data stage first)")
    with path.open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)
