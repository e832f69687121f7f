"""The mix stage: hold out evaluation text per domain, then realise the domain/general mixture.

Rule (documented in the report): each source's desired size is its bytes times its weight; the side
(domain or general) short of `domain_share` is repeated until the share is met, at most `max_epochs` times,
and past that the other side is sampled down. A source is thereby repeated `weight x scale` times: whole
copies, then a deterministic fraction of its documents. A weight that alone needs more than `max_epochs`
repetitions is an error, not a silent cap.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from datatrove.data import Document

from charter.config import MixParams, section_hash
from charter.errors import MixtureError
from charter.stage import DOCS, row_for, write_json
from corpus import store
from governance.ledger import DROPPED, KEPT, LedgerWriter

TRAIN, HELDOUT = "train", "heldout"


def unit_hash(seed: int, key: str) -> float:
    """A number in [0, 1) fixed by (seed, key): the same split and order on every run and machine."""
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split_heldout(docs: list[Document], fraction: float, seed: int) -> tuple[list[Document], list[Document]]:
    """Every domain with two or more documents gives at least one to the held-out set."""
    by_domain: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        by_domain[d.metadata["domain"]].append(d)
    train, heldout = [], []
    for domain_docs in by_domain.values():
        ranked = sorted(domain_docs, key=lambda d: unit_hash(seed, "heldout:" + d.id))
        n_heldout = sum(1 for d in ranked if unit_hash(seed, "heldout:" + d.id) < fraction)
        if n_heldout == 0 and fraction > 0 and len(ranked) >= 2:
            n_heldout = 1
        heldout += ranked[:n_heldout]
        train += ranked[n_heldout:]
    return train, heldout


@dataclass
class SourcePlan:
    source: str
    domain: str
    documents: int
    bytes: int
    weight: float
    epochs: float = 0.0


def plan_epochs(sources: list[SourcePlan], params: MixParams) -> None:
    """Sets each source's epochs so that domain bytes make up `domain_share` of the mixture.

    Small corpora are data-constrained, so the side short of its share is repeated rather than the other
    side thrown away; only when that would pass `max_epochs` is the abundant side sampled down.
    """
    share = params.domain_share
    domain = [s for s in sources if s.domain != "general"]
    general = [s for s in sources if s.domain == "general"]
    desired_domain = sum(s.bytes * s.weight for s in domain)
    desired_general = sum(s.bytes * s.weight for s in general)
    scale = {"domain": 1.0, "general": 1.0}
    if share == 0:
        scale["domain"] = 0.0
    elif share == 1:
        scale["general"] = 0.0
    elif desired_domain == 0 or desired_general == 0:
        missing = "domain" if desired_domain == 0 else "general"
        raise MixtureError(f"mix.domain_share={share} needs {missing} text, but the corpus has none")
    else:
        domain_short = desired_domain / (desired_domain + desired_general) < share
        scarce, abundant = ("domain", "general") if domain_short else ("general", "domain")
        scarce_bytes, abundant_bytes = (
            (desired_domain, desired_general) if domain_short else (desired_general, desired_domain)
        )
        scarce_share = share if domain_short else 1 - share
        needed = scarce_share * abundant_bytes / ((1 - scarce_share) * scarce_bytes)
        max_weight = max(s.weight for s in (domain if domain_short else general))
        scale[scarce] = min(needed, params.max_epochs / max_weight)
        scale[abundant] = min(
            1.0, scale[scarce] * scarce_bytes * (1 - scarce_share) / (scarce_share * abundant_bytes)
        )
    for s in sources:
        s.epochs = s.weight * scale["general" if s.domain == "general" else "domain"]
        if s.epochs > params.max_epochs + 1e-9:
            raise MixtureError(
                f"source '{s.source}' would be repeated {s.epochs:.2f} times (weight {s.weight}), more than "
                f"mix.max_epochs={params.max_epochs}; lower its weight in mix.source_weights or raise the cap"
            )


def realise(docs: list[Document], epochs: float, seed: int) -> list[tuple[Document, int]]:
    """Whole copies for the integer part; for the fraction, documents in hash order until its bytes are met."""
    copies = [(d, e) for e in range(math.floor(epochs)) for d in docs]
    fraction = epochs - math.floor(epochs)
    if fraction > 1e-9:
        target = fraction * sum(len(d.text.encode()) for d in docs)
        taken = 0
        for d in sorted(docs, key=lambda d: unit_hash(seed, "sample:" + d.id)):
            if taken >= target:
                break
            copies.append((d, math.floor(epochs)))
            taken += len(d.text.encode())
    return copies


def run_mix(params: MixParams, seed: int, inp: Path, out: Path) -> dict:
    out = Path(out)
    docs = list(store.read_documents(Path(inp) / DOCS))
    train, heldout = split_heldout(docs, params.heldout_fraction, seed)

    by_source: dict[str, list[Document]] = defaultdict(list)
    for d in train:
        by_source[d.metadata["source"]].append(d)
    unknown = set(params.source_weights) - set(by_source)
    if unknown:
        raise MixtureError(f"mix.source_weights names sources with no training documents: {sorted(unknown)}")
    plans = [
        SourcePlan(
            source=sid,
            domain=sdocs[0].metadata["domain"],
            documents=len(sdocs),
            bytes=sum(len(d.text.encode()) for d in sdocs),
            weight=params.source_weights.get(sid, 1.0),
        )
        for sid, sdocs in sorted(by_source.items())
    ]
    plan_epochs(plans, params)

    mixture: list[tuple[Document, int]] = []
    for plan in plans:
        mixture += realise(sorted(by_source[plan.source], key=lambda d: d.id), plan.epochs, seed)
    mixture.sort(key=lambda pair: unit_hash(seed, f"order:{pair[0].id}:{pair[1]}"))
    times_used: dict[str, int] = defaultdict(int)
    for d, _ in mixture:
        times_used[d.id] += 1

    with store.writer(out / TRAIN) as w:
        for d, epoch in mixture:
            w.write(Document(text=d.text, id=d.id, metadata=d.metadata | {"epoch": epoch}), 0)
    (out / HELDOUT).mkdir(parents=True, exist_ok=True)
    heldout_by_domain: dict[str, list[Document]] = defaultdict(list)
    for d in sorted(heldout, key=lambda d: d.id):
        heldout_by_domain[d.metadata["domain"]].append(d)
    for domain, ddocs in sorted(heldout_by_domain.items()):
        with (out / HELDOUT / f"{domain}.jsonl").open("w", encoding="utf-8") as f:
            for d in ddocs:
                f.write(json.dumps({"id": d.id, "text": d.text, "source": d.metadata["source"]}) + "\n")

    ledger = LedgerWriter("mix", section_hash(params))
    for d in heldout:
        ledger.add(row_for(d, KEPT, "held out for evaluation", split=HELDOUT))
    for d in train:
        n = times_used.get(d.id, 0)
        if n:
            ledger.add(row_for(d, KEPT, "", split=TRAIN, copies=n))
        else:
            ledger.add(row_for(d, DROPPED, f"mixture: not sampled (domain_share={params.domain_share})"))
    ledger.write(out)

    domain_bytes: dict[str, float] = defaultdict(float)
    source_bytes: dict[str, int] = defaultdict(int)
    for d, _ in mixture:
        domain_bytes[d.metadata["domain"]] += len(d.text.encode())
        source_bytes[d.metadata["source"]] += len(d.text.encode())
    total = sum(domain_bytes.values()) or 1.0
    report = {
        "stage": "mix",
        "account": ledger.account().as_dict(),
        "domain_share_target": params.domain_share,
        "domain_share_realised": sum(b for d, b in domain_bytes.items() if d != "general") / total,
        "domains": {d: {"bytes": round(b), "share": b / total} for d, b in sorted(domain_bytes.items())},
        "sources": [
            {
                "source": p.source,
                "domain": p.domain,
                "documents": p.documents,
                "bytes": p.bytes,
                "weight": p.weight,
                "epochs": round(p.epochs, 4),
                "mixture_bytes": source_bytes[p.source],
            }
            for p in plans
        ],
        "heldout": {
            d: {"documents": len(v), "bytes": sum(len(x.text.encode()) for x in v)}
            for d, v in sorted(heldout_by_domain.items())
        },
    }
    write_json(out / "mixture.json", report)
    return report
