"""What every data stage shares: run datatrove pipelines, then write the ledger from what they produced.

The ledger is built from the stage's outputs (documents kept, documents each filter dropped with its
reason), not from counters kept on the side, so it cannot disagree with the data.

A stage's pipelines run on the executor `params.yaml` names (local, Ray or Slurm) inside a work folder
keyed by a fingerprint of the stage's inputs, parameters and code. datatrove marks each finished task there,
so a run killed midway resumes with only the unfinished tasks; the results are moved into place only when
every pipeline has finished, and the work folder is removed then. DVC deletes a stage's outputs before
re-running it; since nothing it deletes is ever read back, a resumed run gives the same outputs as a fresh one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.executor.base import PipelineExecutor
from datatrove.pipeline.base import PipelineStep

from core import store
from core.config import ExecutorParams
from core.errors import ConfigError
from core.ledger import DROPPED, KEPT, LedgerRow, LedgerWriter, StageAccount
from core.logs import ENV as LOG_ENV
from core.logs import no_locals_in_logs

# Every data step's module imports this one: here, in a datatrove worker that unpickles a step, and in a
# Ray or Slurm task, no log line ever carries a frame's local variables (a document's text).
no_locals_in_logs()

DOCS, DROPPED_DIR, LOGS = "docs", "dropped", "logs"
WORK_DIR = ".work"
# Document metadata holding the record fields a source keeps (`keep_fields:`); registered metadata stays at
# the top level, where a record's own content can never reach.
RECORD_FIELDS = "fields"
# Document metadata a filter sets to explain a drop; copied into the ledger row's detail.
DETAIL_KEYS = ("duplicate_of", "eval_task", "eval_item")
REPO = Path(__file__).resolve().parents[1]
CODE_DIRS = ("core", "corpus", "charter", "governance")

log = logging.getLogger(__name__)


def run_pipeline(
    steps: Sequence[PipelineStep],
    out: Path,
    tasks: int = 1,
    workers: int = 1,
    executor: ExecutorParams | None = None,
) -> None:
    """One pipeline run from scratch (previous completion markers are ignored): logs in `out/logs`."""
    build_executor(steps, Path(out) / LOGS, tasks, workers, executor or ExecutorParams(), resume=False).run()


def build_executor(
    steps: Sequence[PipelineStep],
    logging_dir: Path,
    tasks: int,
    workers: int,
    params: ExecutorParams,
    resume: bool,
    name: str = "charter",
) -> PipelineExecutor:
    common = {"tasks": tasks, "logging_dir": str(logging_dir), "skip_completed": resume}
    if params.kind == "local":
        return LocalPipelineExecutor(list(steps), workers=workers, **common)
    if params.kind == "ray":
        from datatrove.executor.ray import RayPipelineExecutor

        _ensure_ray(params)
        return RayPipelineExecutor(
            list(steps),
            workers=workers,
            cpus_per_task=params.ray.cpus_per_task,
            mem_per_cpu_gb=params.ray.mem_per_cpu_gb,
            **common,
        )
    if params.kind == "slurm":
        from datatrove.executor.slurm import SlurmPipelineExecutor

        s = params.slurm
        return SlurmPipelineExecutor(
            list(steps),
            workers=workers,
            time=s.time,
            partition=s.partition,
            cpus_per_task=s.cpus_per_task,
            mem_per_cpu_gb=s.mem_per_cpu_gb,
            qos=s.qos,
            venv_path=s.venv_path,
            sbatch_args=dict(s.sbatch_args),
            job_name=name,
            **common,
        )
    raise ConfigError(f"executor.kind '{params.kind}' is not one of local, ray, slurm")


def _ensure_ray(params: ExecutorParams) -> None:
    try:
        import ray
    except ImportError as e:
        raise ConfigError("executor.kind 'ray' needs ray: pip install 'charter[ray]'") from e
    if not ray.is_initialized():
        ray.init(
            address=params.ray.address,
            include_dashboard=False,
            log_to_driver=False,
            runtime_env={"env_vars": dict(LOG_ENV)},  # workers of a running cluster get it too
        )


def code_fingerprint() -> str:
    """Hash of the pipeline code, so a resumed run never mixes tasks done by different code."""
    h = hashlib.sha256()
    for folder in CODE_DIRS:
        for path in sorted((REPO / folder).rglob("*.py")):
            h.update(path.relative_to(REPO).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def files_fingerprint(paths: Iterable[Path]) -> str:
    """Hash of file names and contents (order-independent): what the stage read."""
    h = hashlib.sha256()
    for path in sorted({Path(p) for p in paths}):
        h.update(str(path).encode())
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


class StageRun:
    """The pipelines of one stage run, resumable under a fingerprint of everything that decides its outputs."""

    def __init__(self, out: Path, executor: ExecutorParams, *fingerprint_parts: object):
        self.out = Path(out)
        self.executor = executor
        blob = json.dumps([code_fingerprint(), *fingerprint_parts], sort_keys=True, default=str)
        self.fingerprint = hashlib.sha256(blob.encode()).hexdigest()[:16]
        root = self.out / WORK_DIR
        if root.exists():  # work of other fingerprints was for inputs or params that no longer apply
            for stale in root.iterdir():
                if stale.name != self.fingerprint:
                    shutil.rmtree(stale)
        self.work = root / self.fingerprint
        self.resumed = self.work.exists()
        self.work.mkdir(parents=True, exist_ok=True)

    def path(self, name: str) -> Path:
        return self.work / name

    def run(self, name: str, steps: Sequence[PipelineStep], tasks: int, workers: int = 1) -> None:
        logging_dir = self.work / LOGS / name
        executor = build_executor(
            steps, logging_dir, tasks, workers, self.executor, resume=True, name=f"charter-{name}"
        )
        executor.run()
        if self.executor.kind == "slurm":
            self._wait(executor, name)
        if failed := executor.get_incomplete_ranks(skip_completed=True):
            # Ray logs a failed task and returns; stop here rather than build on missing output.
            raise RuntimeError(
                f"{name}: tasks {failed} of {executor.world_size} did not complete; logs in {logging_dir}; "
                "run the stage again to resume them"
            )

    def _wait(self, executor: PipelineExecutor, name: str) -> None:
        """Slurm returns at submission; the stage goes on only when every task has marked completion."""
        while remaining := executor.get_incomplete_ranks(skip_completed=True):
            log.info("%s: waiting for %d of %d Slurm tasks", name, len(remaining), executor.world_size)
            time.sleep(self.executor.slurm.poll_seconds)

    def publish(self, name: str, dest: str | None = None) -> Path:
        """Moves a finished result from the work folder to the stage output (replacing what was there)."""
        target = self.out / (dest or name)
        if target.exists():
            shutil.rmtree(target)
        source = self.work / name
        if source.exists():
            shutil.move(str(source), str(target))
        else:
            target.mkdir(parents=True)
        return target

    def finish(self) -> None:
        shutil.rmtree(self.out / WORK_DIR)


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
                if "duplicate_of" in doc.metadata:
                    reason += f" of {doc.metadata['duplicate_of']}"
                detail = {k: doc.metadata[k] for k in DETAIL_KEYS if k in doc.metadata}
                ledger.add(row_for(doc, DROPPED, reason, **detail))
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
