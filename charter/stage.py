"""What every data stage shares: run a datatrove pipeline, then write the ledger from what it produced.

The ledger is built from the stage's outputs (documents kept, documents each filter dropped with its
reason), not from counters kept on the side, so it cannot disagree with the data.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep

from corpus import store
from governance.ledger import DROPPED, KEPT, LedgerRow, LedgerWriter, StageAccount

DOCS, DROPPED_DIR, LOGS = "docs", "dropped", "logs"


def run_pipeline(steps: Sequence[PipelineStep], out: Path, tasks: int = 1, workers: int = 1) -> None:
    # skip_completed=False: DVC removes a stage's outputs before re-running it and expects them rebuilt.
    LocalPipelineExecutor(
        list(steps), tasks=tasks, workers=workers, logging_dir=str(out / LOGS), skip_completed=False
    ).run()


def row_for(doc: Document, decision: str, reason: str = "", **extra: object) -> LedgerRow:
    return LedgerRow(
        doc.id,
        decision,
        reason,
        doc.metadata.get("source", ""),
        doc.metadata.get("domain", ""),
        counts=dict(extra.pop("counts", {}) or {}),  # type: ignore[call-overload]
        detail=dict(extra),
    )


def record_outputs(
    ledger: LedgerWriter,
    out: Path,
    input_ids: Sequence[str],
    kept_row: Callable[[Document], LedgerRow] | None = None,
) -> StageAccount:
    """Adds a row for every kept and every dropped document, and checks that accounting closes."""
    kept_row = kept_row or (lambda d: row_for(d, KEPT))
    for doc in store.read_documents(out / DOCS):
        ledger.add(kept_row(doc))
    dropped_root = out / DROPPED_DIR
    if dropped_root.exists():
        for step_dir in sorted(p for p in dropped_root.iterdir() if p.is_dir()):
            for doc in store.read_documents(step_dir):
                reason = f"{step_dir.name}: {doc.metadata.get('filter_reason', 'dropped')}"
                ledger.add(row_for(doc, DROPPED, reason))
    account = ledger.account(n_in=len(input_ids))
    seen = {r.doc_id for r in ledger.rows}
    missing = [i for i in input_ids if i not in seen]
    if missing or not account.closes:
        raise RuntimeError(
            f"stage '{ledger.stage}': accounting does not close: {account.as_dict()}; "
            f"{len(missing)} documents unaccounted for (first: {missing[:3]})"
        )
    return account


def write_json(path: Path, payload: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, sort_keys=True, default=str) + "\n")
