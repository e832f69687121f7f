"""Exact and MinHash near-duplicate removal whose survivor does not depend on run order or task count.

datatrove's MinHash steps find the candidate pairs (signatures, then LSH buckets). Its own clustering step
keeps the member of a cluster with the smallest (task, position) pair, which changes with the task count:
here clustering is done on document ids instead. Exact duplicates (same text up to case and whitespace)
join the same clusters. Each cluster keeps one survivor by a documented rule: the member whose source has
the highest priority, then the smallest document id. Everything else is dropped naming its survivor.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import numpy as np
from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.dedup.minhash import (
    MinhashConfig,
    MinhashDedupBuckets,
    MinhashDedupSignature,
)
from datatrove.pipeline.filters.base_filter import BaseFilter

from core import store
from core.stage import DOCS, DROPPED_DIR, StageRun

_SPACE = re.compile(r"\s+")
EXACT, NEAR = "exact", "near"
PAIR = struct.Struct("<4I")
KEYS, SIGNATURES, BUCKETS, SURVIVORS = (
    "dedup_keys",
    "minhash_signatures",
    "minhash_buckets",
    "survivors.jsonl",
)


def content_key(text: str) -> str:
    """Case and whitespace do not make a document new."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().lower().encode("utf-8")).hexdigest()


def survivor_rank(doc_id: str, source: str, priority: Mapping[str, int]) -> tuple[int, str]:
    """The survivor of a cluster is its smallest member by this key: highest priority, then smallest id."""
    return (-priority.get(source, 0), doc_id)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:  # path compression
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve_clusters(
    members: Mapping[str, tuple[str, str]],
    near_pairs: Iterable[tuple[str, str]],
    priority: Mapping[str, int],
) -> dict[str, tuple[str, str]]:
    """For each document that is not its cluster's survivor: (survivor id, EXACT or NEAR).

    `members` maps a document id to (source, content key); documents sharing a content key are clusters,
    `near_pairs` joins clusters (transitively). The answer depends only on these sets, not on their order.
    """
    uf = _UnionFind()
    first_with_key: dict[str, str] = {}
    for doc_id in sorted(members):
        key = members[doc_id][1]
        if key in first_with_key:
            uf.union(first_with_key[key], doc_id)
        else:
            first_with_key[key] = doc_id
    for a, b in near_pairs:
        uf.union(a, b)
    clusters: dict[str, list[str]] = {}
    for doc_id in members:
        clusters.setdefault(uf.find(doc_id), []).append(doc_id)
    dropped = {}
    for cluster in clusters.values():
        survivor = min(cluster, key=lambda i: survivor_rank(i, members[i][0], priority))
        for doc_id in cluster:
            if doc_id != survivor:
                kind = EXACT if members[doc_id][1] == members[survivor][1] else NEAR
                dropped[doc_id] = (survivor, kind)
    return dropped


def choose_survivors(docs: Iterable[Document], priority: Mapping[str, int]) -> dict[str, str]:
    """Exact duplicates only: map each document id to its cluster's survivor (itself when it survives)."""
    members = {d.id: (d.metadata["source"], content_key(d.text)) for d in docs}
    dropped = resolve_clusters(members, (), priority)
    return {i: dropped[i][0] if i in dropped else i for i in members}


class RecordKeys(PipelineStep):
    """Writes, per task and in stream order, each document's id, source and content key.

    MinHash pairs name documents by (task, position in the task's stream); this file turns them into ids.
    """

    name = "🔑 Record dedup keys"
    type = "🫂 - DEDUP"

    def __init__(self, folder: str | Path):
        super().__init__()
        self.folder = str(folder)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        path = Path(self.folder) / f"{rank:05d}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as f:
            for doc in data:
                row = {"id": doc.id, "source": doc.metadata.get("source", ""), "key": content_key(doc.text)}
                f.write(json.dumps(row) + "\n")
                yield doc


def _read_keys(folder: Path) -> tuple[dict[str, tuple[str, str]], dict[tuple[int, int], str]]:
    members: dict[str, tuple[str, str]] = {}
    position: dict[tuple[int, int], str] = {}
    for path in sorted(folder.glob("*.jsonl")):
        rank = int(path.stem)
        with path.open(encoding="utf-8") as f:
            for index, line in enumerate(f):
                row = json.loads(line)
                members[row["id"]] = (row["source"], row["key"])
                position[(rank, index)] = row["id"]
    return members, position


def _read_pairs(folder: Path) -> set[tuple[int, int, int, int]]:
    pairs: set[tuple[int, int, int, int]] = set()
    for path in sorted(folder.glob("*.dups")):
        pairs.update(PAIR.iter_unpack(path.read_bytes()))
    return pairs


def _signatures(
    folder: Path, config: MinhashConfig, wanted: set[tuple[int, int]]
) -> dict[tuple[int, int], np.ndarray]:
    """Full MinHash signatures (all bands) of the wanted (task, position) documents."""
    h = config.hashes_per_bucket
    dtype = np.dtype([("sig", config.hash_config.np_dtype, (h,)), ("doc", "<u4")])
    out: dict[tuple[int, int], np.ndarray] = {}
    for band in range(config.num_buckets):
        for path in sorted((folder / f"bucket_{band:03d}").glob("*.minhash.sig")):
            rank = int(path.name.removesuffix(".minhash.sig"))
            records = np.fromfile(path, dtype=dtype)
            for sig, doc in zip(records["sig"], records["doc"], strict=True):
                key = (rank, int(doc))
                if key in wanted:
                    full = out.setdefault(key, np.zeros(config.num_buckets * h, dtype=sig.dtype))
                    full[band * h : (band + 1) * h] = sig
    return out


def verified_pairs(
    work: Path, position: Mapping[tuple[int, int], str], config: MinhashConfig, min_similarity: float
) -> Iterator[tuple[str, str]]:
    """LSH candidates whose signatures agree on at least `min_similarity` of all hashes (a Jaccard estimate).

    One shared band makes a candidate; among many documents built on one template, pairs of Jaccard 0.3-0.5
    share a band often enough to chain a whole family into one cluster. Checking the full signature keeps
    only the pairs that are similar as wholes.
    """
    pairs = _read_pairs(work / BUCKETS)
    wanted = {(a, i) for a, i, _, _ in pairs} | {(b, j) for _, _, b, j in pairs}
    sigs = _signatures(work / SIGNATURES, config, wanted)
    for a, i, b, j in sorted(pairs):
        if float(np.mean(sigs[(a, i)] == sigs[(b, j)])) >= min_similarity:
            yield position[(a, i)], position[(b, j)]


class ClusterSurvivors(PipelineStep):
    """One task: joins exact and MinHash clusters over document ids and writes who is dropped for whom."""

    name = "🏅 Choose survivors"
    type = "🫂 - DEDUP"

    def __init__(
        self, work: str | Path, priority: Mapping[str, int], config: MinhashConfig, min_similarity: float
    ):
        super().__init__()
        self.work = str(work)
        self.priority = dict(priority)
        self.config, self.min_similarity = config, min_similarity

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        work = Path(self.work)
        members, position = _read_keys(work / KEYS)
        pairs = verified_pairs(work, position, self.config, self.min_similarity)
        dropped = resolve_clusters(members, pairs, self.priority)
        with (work / SURVIVORS).open("w", encoding="utf-8") as f:
            for doc_id in sorted(dropped):
                survivor, kind = dropped[doc_id]
                f.write(json.dumps({"id": doc_id, "survivor": survivor, "kind": kind}) + "\n")
                self.stat_update(f"{kind}_duplicates")
        self.stat_update("documents", value=len(members))
        return
        yield


def read_survivors(path: str | Path) -> dict[str, tuple[str, str]]:
    out = {}
    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            out[row["id"]] = (row["survivor"], row["kind"])
    return out


class DuplicateFilter(BaseFilter):
    """Drops the documents the survivor file names for one kind of duplicate (exact or near)."""

    def __init__(self, survivors: str | Path, kind: str, exclusion_writer=None):
        super().__init__(exclusion_writer)
        self.survivors, self.kind = str(survivors), kind
        self.name = "🫂 Exact dedup" if kind == EXACT else "🫂 MinHash dedup"
        self._dropped: dict[str, tuple[str, str]] | None = None

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        if self._dropped is None:  # read in the task, not pickled with the step
            self._dropped = read_survivors(self.survivors)
        hit = self._dropped.get(doc.id)
        if hit is None or hit[1] != self.kind:
            return True
        doc.metadata["duplicate_of"] = hit[0]
        # The survivor goes to the ledger through metadata; the reason stays a category for datatrove's stats.
        return False, "exact duplicate" if self.kind == EXACT else "near duplicate (MinHash)"


def minhash_config(n_grams: int, buckets: int, hashes_per_bucket: int, seed: int) -> MinhashConfig:
    return MinhashConfig(n_grams=n_grams, num_buckets=buckets, hashes_per_bucket=hashes_per_bucket, seed=seed)


def signature_steps(work: Path, config: MinhashConfig) -> list[PipelineStep]:
    """Appended to a reader: records ids and writes MinHash signatures (one pipeline, any task count)."""
    return [RecordKeys(work / KEYS), MinhashDedupSignature(str(work / SIGNATURES), config=config)]


def bucket_step(work: Path, config: MinhashConfig) -> PipelineStep:
    """Candidate pairs per LSH band; its task count must be a multiple of the number of bands."""
    return MinhashDedupBuckets(str(work / SIGNATURES), str(work / BUCKETS), config=config)


def cluster_step(
    work: Path, priority: Mapping[str, int], config: MinhashConfig, min_similarity: float
) -> PipelineStep:
    """Must run as a single task: it sees every pair."""
    return ClusterSurvivors(work, priority, config, min_similarity)


def deduplicate(
    run: StageRun,
    folder: Path,
    config: MinhashConfig,
    priority: Mapping[str, int],
    tasks: int,
    workers: int,
    min_similarity: float = 0.0,
) -> None:
    """Exact + MinHash dedup of the documents in `folder`: kept ones to `<work>/docs`, the rest to
    `<work>/dropped/exact_dedup` and `<work>/dropped/minhash_dedup`, each naming its survivor."""
    dropped = run.path(DROPPED_DIR)
    run.run("signature", [store.reader(folder), *signature_steps(run.work, config)], tasks, workers)
    run.run("buckets", [bucket_step(run.work, config)], config.num_buckets, workers)
    run.run("clusters", [cluster_step(run.work, priority, config, min_similarity)], 1)
    run.run(
        "dedup",
        [
            store.reader(folder),
            DuplicateFilter(
                run.path(SURVIVORS),
                EXACT,
                exclusion_writer=store.dropped_writer(dropped / "exact_dedup", public_text=True),
            ),
            DuplicateFilter(
                run.path(SURVIVORS),
                NEAR,
                exclusion_writer=store.dropped_writer(dropped / "minhash_dedup", public_text=True),
            ),
            store.writer(run.path(DOCS)),
        ],
        tasks,
        workers,
    )
