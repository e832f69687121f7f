"""`charter trace` latency on a generated ledger of N documents (default one million), against a baseline.

Generates, in a temporary folder, the five stage ledgers (sorted and row-grouped as governance/ledger.py
writes them), the provenance index the report stage writes, and a token index with two repetitions of
every trained document; then times trace_document on random ids and, as the baseline measured in the same
run, a full-scan pandas lookup of the same ids over the same files. With --report, also times the report
stage's gathering and rendering over the generated ledgers.

    python benchmarks/trace_benchmark.py --docs 1000000 --lookups 20 --report
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from corpus.packing import INDEX, INDEX_SCHEMA
from governance.ledger import LEDGER_FILE, ROW_GROUP_ROWS, SCHEMA
from governance.trace import PROVENANCE, STAGE_ORDER, build_doc_token_index, trace_document

SOURCES = (
    "general-wikitext2",
    "finance-tatqa",
    "finance-client-onboarding",
    "legal-cuad",
    "medical-pubmedqa",
)
DOMAINS = {"general-wikitext2": "general", "finance-tatqa": "finance", "finance-client-onboarding": "finance"}
DOMAINS |= {"legal-cuad": "legal", "medical-pubmedqa": "medical"}


def _ids(n: int) -> list[str]:
    return sorted(f"{SOURCES[i % len(SOURCES)]}/part-{i // 100_000:03d}.jsonl#L{i}" for i in range(n))


def _write(path: Path, columns: dict, schema: pa.Schema) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(columns, schema=schema), path, row_group_size=ROW_GROUP_ROWS)


def generate(root: Path, n: int, seed: int = 0) -> list[str]:
    rng = np.random.default_rng(seed)
    ids = _ids(n)
    sources = [i.split("/")[0] for i in ids]
    domains = [DOMAINS[s] for s in sources]
    pii = json.dumps({"EMAIL_ADDRESS": 1, "PERSON": 3})
    alive = np.ones(n, dtype=bool)
    for stage in STAGE_ORDER:
        drop = rng.random(n) < 0.02
        decision = np.where(alive & drop, "dropped", "kept").astype(object)
        detail = ["{}"] * n
        counts = ["{}"] * n
        if stage == "curate":  # every 50th document is an exact duplicate of its neighbour
            for i in range(1, n, 50):
                if alive[i] and alive[i - 1]:
                    decision[i] = "dropped"
                    detail[i] = json.dumps({"duplicate_of": ids[i - 1]}, sort_keys=True)
        if stage == "scrub":
            private = np.array([s == "finance-client-onboarding" for s in sources]) & alive
            decision[private] = "modified"
            counts = [pii if p else "{}" for p in private]
        rows = np.flatnonzero(alive)
        _write(
            root / stage / LEDGER_FILE,
            {
                "doc_id": [ids[i] for i in rows],
                "stage": [stage] * len(rows),
                "decision": decision[rows].tolist(),
                "reason": ["generated" if decision[i] == "dropped" else "" for i in rows],
                "source": [sources[i] for i in rows],
                "domain": [domains[i] for i in rows],
                "counts": [counts[i] for i in rows],
                "detail": [detail[i] for i in rows],
                "code_version": ["0" * 40] * len(rows),
                "params_hash": ["0" * 16] * len(rows),
            },
            SCHEMA,
        )
        alive &= decision != "dropped"
    provenance = {
        "doc_id": ids,
        "source": sources,
        "domain": domains,
        "license": ["CC-BY-4.0"] * n,
        "sensitivity": ["public"] * n,
        "sha256": [f"{i:064x}" for i in range(n)],
        "location": [i.split("/", 1)[1] for i in ids],
    }
    _write(root / PROVENANCE, provenance, pa.schema([(k, pa.string()) for k in provenance]))
    trained = [i for i in np.flatnonzero(alive) for _ in range(2)]  # two repetitions
    rng.shuffle(trained)
    lengths = rng.integers(50, 800, size=len(trained))
    per_shard = 1_000_000
    shard, start, cursor, filled = [], [], 0, 0
    for length in lengths:
        if filled and filled + length > per_shard:
            cursor, filled = cursor + 1, 0
        shard.append(f"shard_{cursor:05d}.bin")
        start.append(filled)
        filled += int(length)
    starts = np.array(start)
    index = {
        "shard": shard,
        "start": starts,
        "end": starts + lengths,
        "doc_id": [ids[i] for i in trained],
        "source": [sources[i] for i in trained],
        "domain": [domains[i] for i in trained],
        "license": ["CC-BY-4.0"] * len(trained),
        "epoch": np.array([0, 1] * (len(trained) // 2), dtype=np.int32),
    }
    _write(root / "tokenize" / INDEX, index, INDEX_SCHEMA)
    build_doc_token_index(root)  # as the report stage does
    return ids


def baseline_lookup(root: Path, doc_id: str) -> int:
    """What one would write without the layout: read each file whole with pandas and mask."""
    hits = 0
    for stage in STAGE_ORDER:
        df = pd.read_parquet(root / stage / LEDGER_FILE)
        hits += int((df["doc_id"] == doc_id).sum())
    prov = pd.read_parquet(root / PROVENANCE)
    hits += int((prov["doc_id"] == doc_id).sum())
    index = pd.read_parquet(root / "tokenize" / INDEX, columns=["doc_id", "shard", "start", "end"])
    return hits + int((index["doc_id"] == doc_id).sum())


def timed(fn, ids: list[str]) -> list[float]:
    times = []
    for doc_id in ids:
        t0 = time.perf_counter()
        fn(doc_id)
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=1_000_000)
    ap.add_argument("--lookups", type=int, default=20)
    ap.add_argument("--baseline-lookups", type=int, default=3)
    ap.add_argument("--report", action="store_true", help="also time report gathering and rendering")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="charter-trace-bench-") as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        ids = generate(root, args.docs)
        print(f"generated ledgers for {args.docs:,} documents in {time.perf_counter() - t0:.1f} s")
        sample = random.Random(1).sample(ids, args.lookups)
        trace_document(root, sample[0])  # warm the page cache and imports once
        trace_s = timed(lambda d: trace_document(root, d), sample)
        base_s = timed(lambda d: baseline_lookup(root, d), sample[: args.baseline_lookups])
        med, worst, base = statistics.median(trace_s), max(trace_s), statistics.median(base_s)
        print(
            f"trace_document: median {med * 1000:.0f} ms, max {worst * 1000:.0f} ms over {len(trace_s)} ids"
        )
        print(f"baseline (pandas full scan): median {base * 1000:.0f} ms over {len(base_s)} ids")
        print(f"speed-up over the baseline: {base / med:.1f}x; target < 1 s per trace: {worst < 1.0}")
        if args.report:
            from governance.report.build import run_report

            repo = Path(__file__).resolve().parents[1]
            t0 = time.perf_counter()
            run_report(root, repo / "sources.yaml", repo / "params.yaml", root / "report")
            print(f"report generation over {args.docs:,} documents: {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
