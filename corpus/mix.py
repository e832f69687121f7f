"""The mix stage: hold out evaluation text per domain; the rest is the unique training text, each document once.

The mixture itself (domain share, per-source weights, epochs) is realised at token level after planning, by
`corpus.mixture`: only then are the token budget and each source's unique tokens known.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from datatrove.data import Document

from charter.config import MixParams, section_hash
from charter.errors import MixtureError
from charter.stage import DOCS, row_for, write_json
from corpus import store
from governance.ledger import KEPT, LedgerWriter

TRAIN, HELDOUT = "train", "heldout"
log = logging.getLogger(__name__)


def usable_weights(
    weights: dict[str, float], present: Iterable[str], erased: Iterable[str], what: str
) -> tuple[dict[str, float], dict[str, str]]:
    """The weights of sources that have `what`, and the ignored ones with why.

    A weight for a source that was erased is ignored with a warning (erasing a source must not break the
    build); a weight for any other absent source is refused, since it is most likely a typo.
    """
    present, erased = set(present), set(erased)
    absent = sorted(set(weights) - present)
    unknown = [s for s in absent if s not in erased]
    if unknown:
        raise MixtureError(f"mix.source_weights names sources with no {what}: {unknown}")
    ignored = {s: "source erased (charter forget): its weight is ignored" for s in absent}
    for source in ignored:
        log.warning("mix.source_weights: '%s' is erased; its weight %s is ignored", source, weights[source])
    return {s: w for s, w in weights.items() if s in present}, ignored


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


def run_mix(params: MixParams, seed: int, inp: Path, out: Path, erased_sources: Iterable[str] = ()) -> dict:
    out = Path(out)
    docs = list(store.read_documents(Path(inp) / DOCS))
    train, heldout = split_heldout(docs, params.heldout_fraction, seed)

    sources = {d.metadata["source"] for d in train}
    weights, ignored = usable_weights(params.source_weights, sources, erased_sources, "training documents")

    with store.writer(out / TRAIN) as w:
        for d in sorted(train, key=lambda d: d.id):
            w.write(Document(text=d.text, id=d.id, metadata=d.metadata | {"epoch": 0}), 0)
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
        ledger.add(row_for(d, KEPT, "", split=TRAIN))
    ledger.write(out)

    domain_bytes: dict[str, int] = defaultdict(int)
    by_source: dict[str, dict] = {}
    for d in train:
        n = len(d.text.encode())
        domain_bytes[d.metadata["domain"]] += n
        entry = by_source.setdefault(
            d.metadata["source"],
            {"source": d.metadata["source"], "domain": d.metadata["domain"], "documents": 0, "bytes": 0},
        )
        entry["documents"] += 1
        entry["bytes"] += n
    total = sum(domain_bytes.values()) or 1
    report = {
        "stage": "mix",
        "account": ledger.account().as_dict(),
        "domain_share_target": params.domain_share,
        "unique_domain_share": sum(b for d, b in domain_bytes.items() if d != "general") / total,
        "domains": {d: {"bytes": b, "share": b / total} for d, b in sorted(domain_bytes.items())},
        "sources": [by_source[s] | {"weight": weights.get(s, 1.0)} for s in sorted(by_source)],
        "ignored_weights": ignored,
        "heldout": {
            d: {"documents": len(v), "bytes": sum(len(x.text.encode()) for x in v)}
            for d, v in sorted(heldout_by_domain.items())
        },
    }
    write_json(out / "mixture.json", report)
    return report
