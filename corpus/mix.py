"""The mix stage: hold out evaluation text per source; the rest is the unique training text, each document once.

Held-out text must be text the model has not seen in another form. Templated sources (generated memos, form
letters, transcripts with fixed questions) are near-copies of each other: hold out one memo at random and its
boilerplate is in training a hundred times over. So the split works on template families, found from the
text: within a source, documents that share on average more than `mix.template_similarity` of their word
n-grams form a family (average-linkage clustering), and a family goes to one side whole. Natural text forms one-document families,
so it is split document by document as before. A last check drops from the held-out set (to neither side)
any document that still shares more than that share of its n-grams with the training text.

Each source gives `mix.heldout_fraction` of its documents (in families, never more than half of them, never
its only family), and sources take turns giving more until each domain has `mix.heldout_min_documents`.
Families are taken in a seeded order, so the split is random yet the same on every run and machine.

The mixture itself (domain share, per-source weights, epochs) is realised at token level after planning, by
`corpus.mixture`: only then are the token budget and each source's unique tokens known.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from datatrove.data import Document

from core import store
from core.config import MixParams, load_params, section_hash
from core.erasure_requests import erased_sources
from core.errors import MixtureError
from core.ledger import DROPPED, KEPT, LedgerWriter
from core.stage import DOCS, row_for, write_json
from corpus.evalindex import words

TRAIN, HELDOUT = "train", "heldout"
GENERAL = "general"
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


def ngrams(text: str, n: int) -> set[bytes]:
    """The text's case-folded word n-grams (as decontamination counts them), hashed to 8 bytes."""
    w = words(text)
    return {
        hashlib.blake2b(" ".join(w[i : i + n]).encode(), digest_size=8).digest()
        for i in range(len(w) - n + 1)
    }


def template_families(
    docs: Sequence[Document], grams: dict[str, set[bytes]], similarity: float
) -> list[list[Document]]:
    """Documents of one source grouped into template families: average-linkage clusters whose documents
    share, on average between two of them, more than `similarity` of their n-grams (containment, averaged
    both ways). Average linkage, not single: a generic opening every transcript shares must not chain all
    case types into one family. Quadratic in the documents that share any n-gram with another; documents
    sharing none (natural text, mostly) are one-document families at no cost."""
    import numpy as np
    from scipy import sparse
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    ordered = sorted(docs, key=lambda d: d.id)
    column: dict[bytes, int] = {}
    rows, cols = [], []
    for i, d in enumerate(ordered):
        for g in grams[d.id]:
            rows.append(i)
            cols.append(column.setdefault(g, len(column)))
    if not column:
        return [[d] for d in ordered]
    incidence = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(ordered), len(column))
    )
    shared = (incidence @ incidence.T).toarray()
    sizes = np.maximum(np.diag(shared), 1.0)
    np.fill_diagonal(shared, 0.0)
    linked = np.flatnonzero(shared.any(axis=1))
    families = [[ordered[i]] for i in range(len(ordered)) if i not in set(linked.tolist())]
    if len(linked) >= 2:
        contained = shared[np.ix_(linked, linked)] / sizes[linked][:, None]
        distance = 1.0 - (contained + contained.T) / 2
        np.fill_diagonal(distance, 0.0)
        labels = fcluster(
            linkage(squareform(distance, checks=False), "average"), 1.0 - similarity, "distance"
        )
        clusters: dict[int, list[Document]] = defaultdict(list)
        for i, label in zip(linked.tolist(), labels.tolist(), strict=True):
            clusters[label].append(ordered[i])
        families += list(clusters.values())
    elif len(linked) == 1:
        families.append([ordered[int(linked[0])]])
    return [sorted(f, key=lambda d: d.id) for f in families]


@dataclass
class SourceSplit:
    source: str
    domain: str
    families: list[list[Document]]
    """In the seeded order families are held out in."""
    taken: int = 0
    """How many of `families` (a prefix, bar skipped ones) are held out."""
    held: list[list[Document]] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return sum(len(f) for f in self.families)

    @property
    def held_documents(self) -> int:
        return sum(len(f) for f in self.held)

    def take_until(self, target: int) -> bool:
        """Holds out whole families, in order, until `target` documents (never past half the source's
        documents, never every family); returns whether anything was added."""
        added = False
        limit = self.documents // 2
        while self.held_documents < target and self.taken < len(self.families):
            family = self.families[self.taken]
            self.taken += 1
            if self.held_documents + len(family) <= limit and len(self.held) + 1 < len(self.families):
                self.held.append(family)
                added = True
        return added


@dataclass
class HeldoutSplit:
    train: list[Document]
    heldout: list[Document]
    dropped: dict[str, float]
    """Held-out candidates left out of both sides, with their n-gram overlap with training text."""
    overlap: dict[str, float]
    """Each held-out document's share of n-grams also in training text."""
    sources: list[SourceSplit]
    family_of: dict[str, int]
    """Document id -> size of its template family, for held-out documents."""


def _overlaps(
    candidates: Sequence[Document], training: Iterable[Document], grams: dict[str, set[bytes]]
) -> dict[str, set[bytes]]:
    """For each candidate, its n-grams that some training document also has (only the candidates' n-grams
    are indexed, so the training side streams)."""
    index: dict[bytes, list[str]] = defaultdict(list)
    for d in candidates:
        for g in grams[d.id]:
            index[g].append(d.id)
    found: dict[str, set[bytes]] = {d.id: set() for d in candidates}
    for t in training:
        for g in grams[t.id]:
            for doc_id in index.get(g, ()):
                found[doc_id].add(g)
    return found


def split_heldout(docs: list[Document], params: MixParams, seed: int) -> HeldoutSplit:
    grams = {d.id: ngrams(d.text, params.heldout_ngram) for d in docs}
    by_source: dict[str, list[Document]] = defaultdict(list)
    for d in docs:
        by_source[d.metadata["source"]].append(d)
    splits = []
    for source, source_docs in sorted(by_source.items()):
        families = template_families(source_docs, grams, params.template_similarity)
        families.sort(key=lambda f: unit_hash(seed, f"heldout:{source}:{f[0].id}"))
        splits.append(SourceSplit(source, source_docs[0].metadata["domain"], families))
    if params.heldout_fraction > 0:
        for split in splits:
            split.take_until(math.ceil(params.heldout_fraction * split.documents))
        by_domain: dict[str, list[SourceSplit]] = defaultdict(list)
        for split in splits:
            by_domain[split.domain].append(split)
        for domain_splits in by_domain.values():
            # Sources take turns, one more document each, so a small source is not drowned by a large one.
            while sum(s.held_documents for s in domain_splits) < params.heldout_min_documents:
                grew = [s.take_until(s.held_documents + 1) for s in domain_splits]
                if not any(grew):
                    break
    candidates = [d for s in splits for f in s.held for d in f]
    held_ids = {d.id for d in candidates}
    train = [d for d in docs if d.id not in held_ids]
    found = _overlaps(candidates, train, grams)
    overlap = {d.id: len(found[d.id]) / len(grams[d.id]) if grams[d.id] else 0.0 for d in candidates}
    dropped = {i: v for i, v in overlap.items() if v > params.heldout_max_overlap}
    family_of = {d.id: len(f) for s in splits for f in s.held for d in f}
    return HeldoutSplit(
        train=train,
        heldout=[d for d in candidates if d.id not in dropped],
        dropped=dropped,
        overlap={i: v for i, v in overlap.items() if i not in dropped},
        sources=splits,
        family_of=family_of,
    )


def run_mix(params: MixParams, seed: int, inp: Path, out: Path, erased_sources: Iterable[str] = ()) -> dict:
    out = Path(out)
    docs = list(store.read_documents(Path(inp) / DOCS))
    split = split_heldout(docs, params, seed)
    train, heldout = split.train, split.heldout

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
    n = params.heldout_ngram
    by_id = {d.id: d for d in docs}
    for d in heldout:
        ledger.add(
            row_for(
                d,
                KEPT,
                "held out for evaluation",
                split=HELDOUT,
                template_family_size=split.family_of[d.id],
                ngram_overlap=round(split.overlap[d.id], 4),
            )
        )
    for doc_id, share in sorted(split.dropped.items()):
        ledger.add(
            row_for(
                by_id[doc_id],
                DROPPED,
                f"held-out candidate shares {share:.2f} of its {n}-grams with training text (limit "
                f"{params.heldout_max_overlap:g}): in neither split",
                ngram_overlap=round(share, 4),
            )
        )
    for d in train:
        ledger.add(row_for(d, KEPT, "", split=TRAIN))
    ledger.write(out)

    domain_bytes: dict[str, int] = defaultdict(int)
    by_source: dict[str, dict] = {}
    for d in train:
        size = len(d.text.encode())
        domain_bytes[d.metadata["domain"]] += size
        entry = by_source.setdefault(
            d.metadata["source"],
            {"source": d.metadata["source"], "domain": d.metadata["domain"], "documents": 0, "bytes": 0},
        )
        entry["documents"] += 1
        entry["bytes"] += size
    total = sum(domain_bytes.values()) or 1
    report = {
        "stage": "mix",
        "account": ledger.account().as_dict(),
        "domain_share_target": params.domain_share,
        "unique_domain_share": sum(b for d, b in domain_bytes.items() if d != GENERAL) / total,
        "domains": {d: {"bytes": b, "share": b / total} for d, b in sorted(domain_bytes.items())},
        "sources": [by_source[s] | {"weight": weights.get(s, 1.0)} for s in sorted(by_source)],
        "ignored_weights": ignored,
        "heldout": heldout_summary(split, heldout_by_domain, n),
    }
    write_json(out / "mixture.json", report)
    return report


def heldout_summary(split: HeldoutSplit, by_domain: dict[str, list[Document]], n: int) -> dict:
    """Per domain: held-out documents and bytes, the largest n-gram overlap with training text among them,
    and per source how many template families it has and holds out."""
    out: dict[str, dict] = {}
    for domain, ddocs in sorted(by_domain.items()):
        out[domain] = {
            "documents": len(ddocs),
            "bytes": sum(len(x.text.encode()) for x in ddocs),
            f"max_{n}gram_overlap": round(max((split.overlap[d.id] for d in ddocs), default=0.0), 4),
            "sources": {},
        }
    for s in split.sources:
        kept = [d for f in s.held for d in f if d.id in split.overlap]
        entry = out.setdefault(
            s.domain, {"documents": 0, "bytes": 0, f"max_{n}gram_overlap": 0.0, "sources": {}}
        )
        entry["sources"][s.source] = {
            "documents": len(kept),
            "template_families": len(s.families),
            "families_held_out": len(s.held),
            "dropped_for_overlap": sum(1 for f in s.held for d in f if d.id in split.dropped),
        }
    return out


def mix_command(*, params: Path, sources: Path, inp: Path, out: Path) -> dict:
    """`charter mix`: the stage; the weights of erased sources are ignored (and reported)."""
    p = load_params(params)
    erased = erased_sources(p.gate.erasure_file, [sources])
    return run_mix(p.mix, p.seed, inp, out, erased)["domains"]
