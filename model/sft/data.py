"""The sft-data stage: registered instruction sources -> license gate -> PII scrub -> decontamination ->
train/valid conversations, with the lineage ledger of the pretraining data stages.

The registry is `instructions.yaml`, in the shape of `sources.yaml`; corpus.conversations reads each record
as one datatrove Document whose text is its turns joined by a marker line, so the gate, the scrubber and the
ledger handle it exactly as they handle a corpus document.
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
from core.config import Params, load_params, section_hash
from core.errors import ConfigError
from core.ledger import LedgerRow, LedgerWriter
from core.registry import Registry, load_registry
from core.stage import DOCS, DROPPED_DIR, record_outputs, run_pipeline, write_json
from corpus.conversations import TURN_SEPARATOR, read_conversations
from governance.gate import ErasureList, GateFilter, decide_sources
from governance.licenses import LicensePolicy
from governance.pii.stage import PII_COUNTS, ScrubPII, scrubbed_row
from model.sft.decontaminate import Decontaminate

STAGE = "sft_data"
SPLITS = ("train", "valid")


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


def sft_data_command(*, params: Path, sources: Path, heldout: Path | None, out: Path) -> dict:
    """`charter sft-data`: the stage."""
    stats = run_sft_data(load_params(params), load_registry(sources), heldout, out)
    return {"account": stats["account"], "conversations": stats["conversations"]}
