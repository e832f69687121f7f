"""The gate stage: license policy and erasure requests decide, per source and per document, block or keep.
The registered base model of continued pretraining (`pretrain.base_model`) passes the same policy here, first:
a base that is not registered or that the policy blocks stops the build, and the decision is recorded.

Every source's license is checked against the policy catalog before any document moves: a license the
catalog does not know stops the build (PolicyError) instead of letting data through unexamined.
What the gate drops is written as tombstones (id, source, raw-content hash, reason; no text): it decides by
source and by request, never by content, so no one needs the text of what it dropped.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter

from core import store
from core.config import GateParams, load_params, section_hash
from core.erasure_requests import ErasureList
from core.ledger import LedgerWriter
from core.registry import Registry, load_registry
from core.stage import DOCS, DROPPED_DIR, record_outputs, run_pipeline, write_json
from governance.erasure.resolve import build_hashes
from governance.licenses import LicensePolicy
from governance.model_gate import approve_model


@dataclass(frozen=True)
class SourceDecision:
    source: str
    license: str
    allowed: bool
    reason: str
    obligations: tuple[str, ...]


def decide_sources(registry: Registry, policy: LicensePolicy, use: str) -> dict[str, SourceDecision]:
    decisions = {}
    for source in registry.sources:
        verdict = policy.evaluate(source.license, use, where=f"sources.yaml: source '{source.id}'")
        allowed, reason = verdict.allowed, verdict.reason
        if allowed and source.allowed_uses is not None and use not in source.allowed_uses:
            allowed, reason = False, f"owner allows only {source.allowed_uses}, not '{use}'"
        decisions[source.id] = SourceDecision(source.id, source.license, allowed, reason, verdict.obligations)
    return decisions


class GateFilter(BaseFilter):
    name = "⚖️ License and erasure gate"

    def __init__(self, decisions: dict[str, SourceDecision], erasure: ErasureList, exclusion_writer=None):
        super().__init__(exclusion_writer)
        self.decisions = decisions
        self.erasure = erasure

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        source = doc.metadata["source"]
        erased = self.erasure.reason(doc.id, doc.metadata.get("sha256"), source)
        if erased:
            return False, erased
        decision = self.decisions[source]
        if not decision.allowed:
            return False, f"license blocked: {decision.reason}"
        return True


def run_gate(registry: Registry, params: GateParams, inp: Path, out: Path, base_model: str = "") -> dict:
    """Gate every document of `inp` by its source's license and the erasure list; with `base_model` (the id
    pretrain.base_model names), first decide on that registered model (a PolicyError stops the build)."""
    out = Path(out)
    policy = LicensePolicy.load(params.policy)
    base = approve_model(registry, base_model, policy, params.use) if base_model else None
    decisions = decide_sources(registry, policy, params.use)
    # As ingest resolved it: a requested document whose content ingest saw is matched by content alone.
    erasure = ErasureList.load(params.erasure_file, [registry]).resolved(build_hashes(inp))
    input_ids = store.read_ids(Path(inp) / DOCS)
    run_pipeline(
        [
            store.reader(Path(inp) / DOCS),
            GateFilter(decisions, erasure, exclusion_writer=store.dropped_writer(out / DROPPED_DIR / "gate")),
            store.writer(out / DOCS),
        ],
        out,
    )
    ledger = LedgerWriter("gate", section_hash(params))
    account = record_outputs(ledger, out, input_ids)
    ledger.write(out)
    report = {
        "stage": "gate",
        "policy": policy.name,
        "use": params.use,
        "account": account.as_dict(),
        "sources": {k: asdict(v) for k, v in decisions.items()},
        "erasure": {
            "sources": sorted(erasure.sources),
            "documents": len(erasure.documents),
            "hashes": len(erasure.hashes),
        },
    }
    if base is not None:
        report["base_model"] = base.as_dict()
    write_json(out / "decisions.json", report)
    return report


def gate_command(*, params: Path, sources: Path, inp: Path, out: Path) -> dict:
    """`charter gate`: the stage."""
    p = load_params(params)
    return run_gate(load_registry(sources), p.gate, inp, out, p.pretrain.base_model)["account"]
