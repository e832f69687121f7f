"""Governance artifacts at cluster scale: `charter trace`, `charter trace --token`, the report and
`charter ledger query` on a generated ledger of N documents (default 100 million) and a token index of T
tokens (default 10 billion).

Generates, in `--root` (outside the repository: it takes ~10 GB at the defaults), with pyarrow in vectorized
batches and through the writers the pipeline uses (core.partitioned):
- the five stage ledgers, every stage's row for every document that reached it: ingest quarantines 0.5%, the
  gate and curate drop 2% each, curate drops every 50th document as an exact duplicate of its neighbour,
  scrub modifies the private source's documents with PII counts, mix holds out 5%;
- the provenance index the report stage writes;
- the token index of the training documents, T tokens packed into shards of `--shard-tokens`.

Then measures, each printed with its command-line equivalent:
- the report stage over it, in a child process: wall time and peak resident memory;
- `trace_document` on random trained ids and `trace_token` on random token positions (in process), and the
  same through the `charter trace` command (interpreter start included); baseline in the same run: the same
  lookup as a filtered scan of every part (what a reader that ignores the bucket layout does);
- `charter ledger query` for three compliance questions.

    nice python benchmarks/trace_benchmark.py --docs 100000000 --tokens 1e10 --root /work/scale_data
    python benchmarks/trace_benchmark.py --docs 1000000 --tokens 1e8          # a quick run in a temp folder
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from core import ledger, partitioned
from core.erasure_requests import SourceRequest, append_requests
from core.token_index import INDEX, INDEX_SCHEMA
from governance.trace import DOC_TOKENS, PROVENANCE, STAGE_ORDER, trace_document, trace_token

REPO = Path(__file__).resolve().parents[1]
SOURCES = (
    "general-wikitext2",
    "finance-tatqa",
    "finance-client-onboarding",
    "legal-cuad",
    "medical-pubmedqa",
)
DOMAINS = ("general", "finance", "finance", "legal", "medical")
LICENSES = ("CC-BY-SA-4.0", "CC-BY-4.0", "LicenseRef-Proprietary-Internal", "CC-BY-4.0", "MIT")
PRIVATE = SOURCES.index("finance-client-onboarding")
PII_COUNTS = json.dumps({"EMAIL_ADDRESS": 1, "PERSON": 3}, sort_keys=True)
CHUNK = 2_000_000  # documents generated at once (a multiple of 50: a duplicate's survivor is in its chunk)
PER_FILE = 100_000
PROVENANCE_SCHEMA = pa.schema(
    [(k, pa.string()) for k in ("doc_id", "source", "domain", "license", "sensitivity", "sha256", "location")]
)
MARKER = "_generated.json"


def _strings(values: tuple[str, ...], indices: np.ndarray) -> pa.Array:
    """values[indices] as a string column, built as a dictionary array (no Python loop)."""
    return pa.DictionaryArray.from_arrays(pa.array(indices, pa.int32()), pa.array(values)).cast(pa.string())


def _constant(value: str, n: int) -> pa.Array:
    return _strings((value,), np.zeros(n, dtype=np.int32))


def _digits(values: np.ndarray, width: int = 0) -> pa.Array:
    text = pc.cast(pa.array(values), pa.string())
    return pc.utf8_lpad(text, width, "0") if width else text


def _join(*parts: pa.Array | str) -> pa.Array:
    return pc.binary_join_element_wise(*parts, "")


class Generator:
    """Writes the ledgers, provenance and token index of `n_docs` documents and `n_tokens` tokens."""

    def __init__(self, root: Path, n_docs: int, n_tokens: float, shard_tokens: int, seed: int = 0):
        self.root, self.n_docs, self.n_tokens, self.seed = root, n_docs, n_tokens, seed
        # P(a document reaches the training split): ingest, gate, curate (filters and duplicates), mix.
        trained = 0.995 * 0.98 * 0.98 * (1 - 0.98 / 50) * 0.95
        self.mean_tokens = n_tokens / (n_docs * trained)
        self.docs_per_shard = max(1, round(shard_tokens / self.mean_tokens))
        self.trained_so_far = 0
        self.carry = 0  # tokens already in the shard the next chunk continues
        self.ledgers = {
            stage: ledger.stream_writer(root / stage, n_docs, spill_dir=root) for stage in STAGE_ORDER
        }
        self.provenance = partitioned.PartitionedWriter(
            root / PROVENANCE,
            PROVENANCE_SCHEMA,
            "doc_id",
            ["doc_id"],
            partitioned.buckets_for(n_docs),
            spill_dir=root,
        )
        self.index = partitioned.PartitionedWriter(
            root / "tokenize" / INDEX,
            INDEX_SCHEMA,
            "shard",
            ["shard", "start"],
            partitioned.buckets_for(int(n_docs * trained)),
            spill_dir=root,
        )
        self.trained_ids: list[str] = []
        self.token_positions: list[tuple[str, int]] = []

    def run(self) -> None:
        for chunk, lo in enumerate(range(0, self.n_docs, CHUNK)):
            self.chunk(chunk, lo, min(lo + CHUNK, self.n_docs))
            done = min(lo + CHUNK, self.n_docs)
            print(f"  generated {done:,} of {self.n_docs:,} documents", file=sys.stderr, flush=True)
        for writer in [*self.ledgers.values(), self.provenance, self.index]:
            writer.close()

    def chunk(self, chunk: int, lo: int, hi: int) -> None:
        rng = np.random.default_rng([self.seed, chunk])
        i = np.arange(lo, hi)
        n = len(i)
        source = (i % len(SOURCES)).astype(np.int32)
        source_col = _strings(SOURCES, source)
        domain_col = _strings(DOMAINS, source)
        file = _join("part-", _digits(i // PER_FILE, 5), ".jsonl")
        line = _digits(i % PER_FILE + 1)
        ids = _join(source_col, "/", file, "#L", line)
        hashes = partitioned.key_hashes(ids)
        self.provenance.write(
            pa.table(
                {
                    "doc_id": ids,
                    "source": source_col,
                    "domain": domain_col,
                    "license": _strings(LICENSES, source),
                    "sensitivity": _strings(("public", "private"), (source == PRIVATE).astype(np.int32)),
                    "sha256": _digits(i, 64),
                    "location": _join(file, ":", line),
                }
            ),
            hashes,
        )
        alive = np.ones(n, dtype=bool)
        decisions = ("kept", "modified", "dropped", "quarantined")
        for stage in STAGE_ORDER:
            decision = np.zeros(n, dtype=np.int32)
            reason = _constant("", n)
            counts = _constant("{}", n)
            detail = _constant("{}", n)
            if stage == "ingest":
                decision[rng.random(n) < 0.005] = 3
                reason = pc.if_else(
                    pa.array(decision == 3), _join(file, ":", line, ": malformed JSON"), reason
                )
            elif stage == "gate":
                decision[rng.random(n) < 0.02] = 2
                reason = _strings(("", "erased: owner request"), (decision == 2).astype(np.int32))
            elif stage == "curate":
                decision[rng.random(n) < 0.02] = 2
                reason = _strings(("", "gopher_quality: gopher_short_doc"), (decision == 2).astype(np.int32))
                # Every 50th document duplicates the one before it (its survivor, in the same chunk).
                duplicate = (i % 50 == 1) & alive & np.roll(alive, 1) & (decision == 0)
                decision[duplicate] = 2
                previous = ids.take(pa.array(np.maximum(np.arange(n) - 1, 0)))
                at = pa.array(duplicate)
                reason = pc.if_else(at, _join("exact_dedup: exact duplicate of ", previous), reason)
                detail = pc.if_else(at, _join('{"duplicate_of": "', previous, '"}'), detail)
            elif stage == "scrub":
                private = source == PRIVATE
                decision[private] = 1
                counts = _strings(("{}", PII_COUNTS), private.astype(np.int32))
            elif stage == "mix":
                heldout = rng.random(n) < 0.05
                detail = _strings(('{"split": "train"}', '{"split": "heldout"}'), heldout.astype(np.int32))
                reason = _strings(("", "held out for evaluation"), heldout.astype(np.int32))
            rows = np.flatnonzero(alive)
            take = pa.array(rows)
            self.ledgers[stage].write(
                pa.table(
                    {
                        "doc_id": ids.take(take),
                        "stage": _constant(stage, len(rows)),
                        "decision": _strings(decisions, decision[rows]),
                        "reason": reason.take(take),
                        "source": source_col.take(take),
                        "domain": domain_col.take(take),
                        "counts": counts.take(take),
                        "detail": detail.take(take),
                        "code_version": _constant("0" * 40, len(rows)),
                        "params_hash": _constant("0" * 16, len(rows)),
                    }
                ),
                hashes[rows],
            )
            alive &= decision < 2
            if stage == "mix":
                alive &= ~heldout
        self.tokens(rng, ids, source, alive)

    def tokens(
        self, rng: np.random.Generator, ids: pa.Array, source: np.ndarray, trained: np.ndarray
    ) -> None:
        """Pack this chunk's training documents into shards of `docs_per_shard` documents, continuing the
        shard the previous chunk left open."""
        rows = np.flatnonzero(trained)
        m = len(rows)
        if not m:
            return
        lengths = rng.integers(int(self.mean_tokens * 0.5), int(self.mean_tokens * 1.5) + 2, size=m)
        position = self.trained_so_far + np.arange(m)
        shard = position // self.docs_per_shard
        before = np.cumsum(lengths) - lengths
        first = np.r_[True, shard[1:] != shard[:-1]]
        start = before - before[first][np.cumsum(first) - 1]
        if self.trained_so_far % self.docs_per_shard:  # the first shard continues from the last chunk
            start[shard == shard[0]] += self.carry
        end = start + lengths
        self.carry = int(end[-1])
        self.trained_so_far += m
        names = _join("shard_", _digits(shard, 5), ".bin")
        take = pa.array(rows)
        self.index.write(
            pa.table(
                {
                    "shard": names,
                    "start": pa.array(start, pa.int64()),
                    "end": pa.array(end, pa.int64()),
                    "doc_id": ids.take(take),
                    "source": _strings(SOURCES, source[rows]),
                    "domain": _strings(DOMAINS, source[rows]),
                    "license": _strings(LICENSES, source[rows]),
                    "epoch": pa.array(np.zeros(m, dtype=np.int32)),
                }
            )
        )
        picks = rng.choice(m, size=min(4, m), replace=False)
        self.trained_ids += ids.take(pa.array(rows[picks])).to_pylist()
        self.token_positions += [
            (names[int(k)].as_py(), int(start[k] + rng.integers(0, lengths[k]))) for k in picks
        ]


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


class Times(list):
    """Wall-clock seconds of each call, with the CPU seconds they took beside them (`cpu`): on a shared,
    loaded machine the wall clock includes the time spent waiting for a core."""

    def __init__(self) -> None:
        super().__init__()
        self.cpu: list[float] = []


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def timed(fn, items) -> Times:
    times = Times()
    for item in items:
        t0, c0 = time.perf_counter(), _cpu_seconds(resource.RUSAGE_SELF)
        fn(item)
        times.append(time.perf_counter() - t0)
        times.cpu.append(_cpu_seconds(resource.RUSAGE_SELF) - c0)
    return times


def unrouted_trace(root: Path, doc_id: str) -> int:
    """The baseline: each stage ledger, provenance and the token index scanned with a filter on doc_id, row
    group statistics used but the bucket layout ignored (every part opened)."""
    hits = 0
    for path in [*(root / s / ledger.LEDGER_FILE for s in STAGE_ORDER), root / PROVENANCE, root / DOC_TOKENS]:
        hits += partitioned.dataset(path).to_table(filter=pc.field("doc_id") == doc_id).num_rows
    return hits


def unrouted_token(root: Path, shard: str, offset: int) -> int:
    expr = (pc.field("shard") == shard) & (pc.field("start") <= offset) & (pc.field("end") > offset)
    return partitioned.dataset(root / "tokenize" / INDEX).to_table(filter=expr).num_rows


def cli(*args: str) -> tuple[float, str, float]:
    """Wall seconds, stdout and CPU seconds of one `charter` command."""
    t0, c0 = time.perf_counter(), _cpu_seconds(resource.RUSAGE_CHILDREN)
    done = subprocess.run(["charter", *args], capture_output=True, text=True, check=True)
    return time.perf_counter() - t0, done.stdout, _cpu_seconds(resource.RUSAGE_CHILDREN) - c0


def cli_times(runs: list[tuple[float, str, float]]) -> Times:
    times = Times()
    times.extend(r[0] for r in runs)
    times.cpu.extend(r[2] for r in runs)
    return times


REPORT_CHILD = """
import resource, sys, time
from pathlib import Path
from governance.report.build import run_report
root, repo = Path(sys.argv[1]), Path(sys.argv[2])
t0 = time.perf_counter()
run_report(root, repo / "sources.yaml", repo / "params.yaml", root / "report", root / "erasure.yaml")
usage = resource.getrusage(resource.RUSAGE_SELF)
print(time.perf_counter() - t0, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime)
"""


def summary(name: str, times: Times) -> str:
    return (
        f"{name}: median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over "
        f"{len(times)} (CPU time: median {statistics.median(times.cpu) * 1000:.0f} ms)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100_000_000)
    ap.add_argument("--tokens", type=float, default=1e10)
    ap.add_argument("--shard-tokens", type=int, default=1_000_000)
    ap.add_argument(
        "--root", type=Path, help="where to generate (default: a temporary folder, deleted after)"
    )
    ap.add_argument("--reuse", action="store_true", help="reuse data generated earlier with the same sizes")
    ap.add_argument(
        "--skip-report", action="store_true", help="with --reuse: time the lookups and queries only"
    )
    ap.add_argument("--lookups", type=int, default=20)
    ap.add_argument("--baseline-lookups", type=int, default=3)
    args = ap.parse_args()
    root = args.root or Path(tempfile.mkdtemp(prefix="charter-scale-"))
    sizes = {"docs": args.docs, "tokens": args.tokens, "shard_tokens": args.shard_tokens}
    marker = root / MARKER
    try:
        if args.reuse and marker.exists() and json.loads(marker.read_text())["sizes"] == sizes:
            facts = json.loads(marker.read_text())
            print(f"reusing {root} (generated in {facts['seconds']:.0f} s)")
        else:
            shutil.rmtree(root, ignore_errors=True)
            root.mkdir(parents=True)
            t0 = time.perf_counter()
            gen = Generator(root, args.docs, args.tokens, args.shard_tokens)
            gen.run()
            facts = {
                "sizes": sizes,
                "seconds": time.perf_counter() - t0,
                "trained_ids": gen.trained_ids,
                "token_positions": gen.token_positions,
                "trained_documents": gen.trained_so_far,
            }
            marker.write_text(json.dumps(facts))
        rows = {s: partitioned.count_rows(root / s / ledger.LEDGER_FILE) for s in STAGE_ORDER}
        index_rows = partitioned.count_rows(root / "tokenize" / INDEX)
        tokens = sum(
            int(pc.sum(pc.subtract(b.column("end"), b.column("start"))).as_py())
            for b in partitioned.iter_batches(root / "tokenize" / INDEX, ["start", "end"], 1_000_000)
        )
        print(
            f"generated {args.docs:,} documents: {sum(rows.values()):,} ledger rows "
            f"({', '.join(f'{s} {n:,}' for s, n in rows.items())}), token index {index_rows:,} rows "
            f"covering {tokens:,} tokens; {du(root) / 1e9:.1f} GB on disk; generation {facts['seconds']:.0f} s"
        )

        # The report stage, as `charter report` runs it (erasure proof included), in a child process.
        if args.skip_report and not (root / "report" / "doc_tokens.parquet").exists():
            sys.exit("--skip-report needs the lookup indexes of an earlier run's report stage")
        erasure_file = root / "erasure.yaml"
        erasure_file.unlink(missing_ok=True)
        append_requests(erasure_file, [SourceRequest(source="finance-phrasebank", reason="benchmark")])
        if not args.skip_report:
            done = subprocess.run(
                [sys.executable, "-c", REPORT_CHILD, str(root), str(REPO)], capture_output=True, text=True
            )
            if done.returncode:
                sys.exit(f"the report stage failed (exit {done.returncode}):\n{done.stderr[-4000:]}")
            seconds, peak, cpu = (float(x) for x in done.stdout.split()[-3:])
            print(
                f"report stage: {seconds:.0f} s (CPU time {cpu:.0f} s), peak resident memory {peak / 2**30:.2f} GB "
                "(target < 4 GB)"
            )

        ids = random.Random(1).sample(facts["trained_ids"], min(args.lookups, len(facts["trained_ids"])))
        positions = random.Random(2).sample(
            facts["token_positions"], min(args.lookups, len(facts["token_positions"]))
        )
        trace_document(root, ids[0])  # imports and the page cache, once
        doc_s = timed(lambda d: trace_document(root, d), ids)
        assert all(trace_document(root, d)["token_ranges"] for d in ids[:3])
        token_s = timed(lambda p: trace_token(root, f"{p[0]}:{p[1]}"), positions)
        base_doc = timed(lambda d: unrouted_trace(root, d), ids[: args.baseline_lookups])
        base_token = timed(lambda p: unrouted_token(root, *p), positions[: args.baseline_lookups])
        print(
            summary("trace_document", doc_s)
            + f"; baseline (every part scanned) {statistics.median(base_doc):.2f} s, "
            f"{statistics.median(base_doc) / statistics.median(doc_s):.0f}x"
        )
        print(
            summary("trace_token", token_s)
            + f"; baseline (every part scanned) {statistics.median(base_token):.2f} s, "
            f"{statistics.median(base_token) / statistics.median(token_s):.0f}x"
        )
        doc_cli = cli_times([cli("trace", d, "--data", str(root), "--json") for d in ids[:5]])
        token_cli = cli_times(
            [cli("trace", "--token", f"{p[0]}:{p[1]}", "--data", str(root)) for p in positions[:5]]
        )
        python_start = cli_times([cli("--help") for _ in range(3)])
        print(summary("`charter trace ID` end to end", doc_cli))
        print(summary("`charter trace --token` end to end", token_cli))
        print(summary("`charter --help` (interpreter and CLI start, for reference)", python_start))

        queries = {
            "decisions per stage": "SELECT stage, decision, count(*) AS documents FROM ledger GROUP BY ALL ORDER BY ALL",
            "documents of finance-tatqa under CC-BY-4.0 that reached training (count)": (
                "SELECT count(*) FROM ledger l JOIN sources s ON l.source = s.id WHERE l.stage = 'mix' "
                "AND json_extract_string(l.detail, '$.split') = 'train' AND s.id = 'finance-tatqa' "
                "AND s.license = 'CC-BY-4.0'"
            ),
            "the same documents, every id written to parquet": None,
            "per-document licenses as ingested (provenance join), trained documents per license": (
                "SELECT p.license, count(*) FROM ledger l JOIN provenance p USING (doc_id) WHERE l.stage = 'mix' "
                "AND json_extract_string(l.detail, '$.split') = 'train' GROUP BY ALL ORDER BY ALL"
            ),
        }
        listing = queries["documents of finance-tatqa under CC-BY-4.0 that reached training (count)"]
        queries["the same documents, every id written to parquet"] = listing.replace("count(*)", "l.doc_id")  # type: ignore[union-attr]
        for name, sql in queries.items():
            extra = ["--out", str(root / "query.parquet")] if "written" in name else []
            seconds, out, cpu = cli(
                "ledger", "query", sql, "--data", str(root), "--sources", str(REPO / "sources.yaml"), *extra
            )
            first = out.strip().splitlines()
            answer = first[2] if len(first) > 2 else first[-1]
            print(f"ledger query, {name}: {seconds:.1f} s, CPU time {cpu:.1f} s  ({answer.strip()})")
    finally:
        if args.root is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
