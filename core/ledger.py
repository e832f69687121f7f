"""The lineage ledger: one row per (document, stage), one table per stage, joinable on `doc_id`.

A row carries the decision, its reason, the code and parameter versions that decided, and counts by type
of what changed. Counts only: no value taken from a document is ever written here.

A stage's ledger is `<stage>/ledger.parquet`: one file sorted by `doc_id` up to a million rows, beyond that a
folder of the same name bucketed by `doc_id` (see core.partitioned), so that a lookup by id reads one row
group whatever the corpus size, and the report reads it a batch at a time.
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from core import __version__, partitioned

KEPT, DROPPED, MODIFIED, QUARANTINED = "kept", "dropped", "modified", "quarantined"
DECISIONS = (KEPT, DROPPED, MODIFIED, QUARANTINED)
PASSED = (KEPT, MODIFIED)

SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("stage", pa.string()),
        ("decision", pa.string()),
        ("reason", pa.string()),
        ("source", pa.string()),
        ("domain", pa.string()),
        ("counts", pa.string()),  # JSON object {type: count}
        ("detail", pa.string()),  # JSON object of stage-specific facts (never document content)
        ("code_version", pa.string()),
        ("params_hash", pa.string()),
    ]
)

LEDGER_FILE = "ledger.parquet"
# Rows are sorted by doc_id and cut into row groups, so a lookup by id reads one group (min/max statistics).
ROW_GROUP_ROWS = partitioned.ROW_GROUP_ROWS


DIRTY = "+dirty"


@cache
def code_version() -> str:
    """The git commit the code ran at (with '+dirty' when the tree holds uncommitted changes or files that
    are neither committed nor ignored: either can change what runs), else the package version.

    dvc.lock is not code: `dvc repro` rewrites it after each stage, so counting it would mark every stage
    after the first, and the lineage report, dirty on a clean checkout."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True, timeout=5
        ).stdout.strip()
        dirty = subprocess.run(
            [
                "git",
                "status",
                "--porcelain",
                "--untracked-files=normal",
                "--",
                ":/",
                ":(top,exclude)dvc.lock",
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=5,
        ).stdout.strip()
        return commit + (DIRTY if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return f"charter-{__version__}"


def is_dirty(version: str) -> bool:
    return version.endswith(DIRTY)


@dataclass
class LedgerRow:
    doc_id: str
    decision: str
    reason: str = ""
    source: str = ""
    domain: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    detail: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.decision not in DECISIONS:
            raise ValueError(f"unknown ledger decision '{self.decision}'")
        # Counts by type, never values: a string here would be a value taken from a document.
        bad = {k: v for k, v in self.counts.items() if not isinstance(v, int) or isinstance(v, bool)}
        if bad:
            raise ValueError(f"ledger counts for '{self.doc_id}' must be integers by type, got {sorted(bad)}")


@dataclass
class StageAccount:
    stage: str
    n_in: int
    kept: int
    modified: int
    dropped: int
    quarantined: int

    @property
    def closes(self) -> bool:
        return self.n_in == self.kept + self.modified + self.dropped + self.quarantined

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.stage,
            "in": self.n_in,
            "kept": self.kept,
            "modified": self.modified,
            "dropped": self.dropped,
            "quarantined": self.quarantined,
        }


class LedgerWriter:
    """Collects one stage's rows and writes them sorted by document id (so the file is deterministic)."""

    def __init__(self, stage: str, params_hash: str):
        self.stage = stage
        self.params_hash = params_hash
        self.rows: list[LedgerRow] = []

    def add(self, row: LedgerRow) -> None:
        self.rows.append(row)

    def extend(self, rows: Iterable[LedgerRow]) -> None:
        self.rows.extend(rows)

    def account(self, n_in: int | None = None) -> StageAccount:
        c = Counter(r.decision for r in self.rows)
        total = len(self.rows) if n_in is None else n_in
        return StageAccount(self.stage, total, c[KEPT], c[MODIFIED], c[DROPPED], c[QUARANTINED])

    def write(self, out_dir: str | Path) -> Path:
        ids = [r.doc_id for r in self.rows]
        if len(ids) != len(set(ids)):
            dup = next(i for i, n in Counter(ids).items() if n > 1)
            raise ValueError(f"ledger for stage '{self.stage}' has two rows for document '{dup}'")
        rows = sorted(self.rows, key=lambda r: r.doc_id)
        version = code_version()
        table = pa.table(
            {
                "doc_id": [r.doc_id for r in rows],
                "stage": [self.stage] * len(rows),
                "decision": [r.decision for r in rows],
                "reason": [r.reason for r in rows],
                "source": [r.source for r in rows],
                "domain": [r.domain for r in rows],
                "counts": [json.dumps(r.counts, sort_keys=True) for r in rows],
                "detail": [json.dumps(r.detail, sort_keys=True, default=str) for r in rows],
                "code_version": [version] * len(rows),
                "params_hash": [self.params_hash] * len(rows),
            },
            schema=SCHEMA,
        )
        return partitioned.write_table(
            table, Path(out_dir) / LEDGER_FILE, "doc_id", ["doc_id"], row_group_rows=ROW_GROUP_ROWS
        )


def stream_writer(out_dir: str | Path, expected_rows: int, spill_dir: Path | None = None):
    """A writer for a ledger too large to hold in memory: `write(table)` batches of SCHEMA rows in any
    order, then `close()`; the result is the bucketed layout a LedgerWriter writes at that size."""
    return partitioned.PartitionedWriter(
        Path(out_dir) / LEDGER_FILE,
        SCHEMA,
        "doc_id",
        ["doc_id"],
        partitioned.buckets_for(expected_rows),
        ROW_GROUP_ROWS,
        spill_dir,
    )


def parse_counts(raw: str) -> dict[str, int]:
    """Counts are by type only; anything that is not a non-negative integer count is refused."""
    counts = json.loads(raw or "{}")
    if not all(isinstance(k, str) and isinstance(v, int) and v >= 0 for k, v in counts.items()):
        raise ValueError(f"ledger counts must map a type to a count, got {counts!r}")
    return counts


def read_ledger(path: str | Path) -> pa.Table:
    return pq.read_table(path, schema=SCHEMA)


def account_of(path: str | Path, stage: str) -> StageAccount:
    """The stage's accounting, counted a batch at a time (memory does not grow with the ledger)."""
    decisions: Counter[str] = Counter()
    for batch in partitioned.iter_batches(Path(path), ["decision"]):
        for entry in pc.value_counts(batch.column("decision")).to_pylist():
            decisions[entry["values"]] += entry["counts"]
    return StageAccount(
        stage,
        sum(decisions.values()),
        decisions[KEPT],
        decisions[MODIFIED],
        decisions[DROPPED],
        decisions[QUARANTINED],
    )
