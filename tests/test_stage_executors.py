"""The data stages on datatrove's executors: a killed run resumes without redoing finished tasks and gives
the outputs of an uninterrupted one; Ray (a local cluster) and Slurm (a stand-in sbatch that runs the job
array here) give the same outputs as the local executor."""

import os
import stat
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

import corpus.curate.stage as curate_stage
from core import store
from core.config import CurateParams, ExecutorParams, IngestParams, SlurmParams
from core.registry import Registry, Source, load_registry
from core.stage import WORK_DIR
from corpus.curate import run_curate
from corpus.ingest import run_ingest
from tests.conftest import ENGLISH, FINANCE, variant

PARAMS = CurateParams(minhash_buckets=4, minhash_hashes_per_bucket=5, decontaminate=False)
REGISTRY = Registry(
    sources=[
        Source(
            id=s, domain="general", path="x", format="jsonl", license="MIT", owner="o", sensitivity="public"
        )
        for s in ("a", "b")
    ]
)


def gate_folder(root: Path) -> Path:
    """Two input files, so that two tasks each have work; one exact and one near duplicate across them."""
    docs = [
        Document(text=variant(ENGLISH, i) + " " + FINANCE, id=f"a/{i}", metadata={"source": "a"})
        for i in range(3)
    ]
    docs += [
        Document(text=variant(ENGLISH, 0) + " " + FINANCE, id="b/0", metadata={"source": "b"}),
        Document(text=FINANCE + " " + ENGLISH, id="b/1", metadata={"source": "b"}),
    ]
    for d in docs:
        d.metadata["domain"] = "general"
    store.write_documents(docs[:3], root / "docs", rank=0)
    store.write_documents(docs[3:], root / "docs", rank=1)
    return root


def outputs(out: Path) -> dict[str, bytes]:
    files = sorted(p for sub in ("docs", "dropped") for p in (out / sub).rglob("*.jsonl"))
    found = {p.relative_to(out).as_posix(): p.read_bytes() for p in files}
    found["ledger"] = repr(pq.read_table(out / "ledger.parquet").drop(["code_version"]).to_pylist()).encode()
    return found


class FailOnce(PipelineStep):
    """Records which task ran; fails in task 1 while the flag file exists (a killed worker)."""

    name = "failure"

    def __init__(self, flag: Path, seen: Path):
        super().__init__()
        self.flag, self.seen = flag, seen

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        with self.seen.open("a") as f:
            f.write(f"{rank}\n")
        for doc in data:
            if rank == 1 and self.flag.exists():
                raise RuntimeError("worker killed")
            yield doc


def test_killed_curate_run_resumes_unfinished_tasks_only_with_identical_outputs(tmp_path, monkeypatch):
    gate = gate_folder(tmp_path / "gate")
    params = PARAMS.model_copy(update={"tasks": 2})
    run_curate(REGISTRY, params, gate, tmp_path / "clean")

    flag, seen = tmp_path / "flag", tmp_path / "seen"
    flag.touch()
    filters = curate_stage.quality_filters
    monkeypatch.setattr(curate_stage, "quality_filters", lambda p, d: [*filters(p, d), FailOnce(flag, seen)])
    with pytest.raises(RuntimeError, match="worker killed"):
        run_curate(REGISTRY, params, gate, tmp_path / "resumed")
    assert not (tmp_path / "resumed" / "docs").exists()  # nothing half-done was published
    assert seen.read_text().split() == ["0", "1"]

    flag.unlink()
    run_curate(REGISTRY, params, gate, tmp_path / "resumed")
    assert seen.read_text().split() == ["0", "1", "1"]  # task 0 was not redone
    assert not (tmp_path / "resumed" / WORK_DIR).exists()
    assert outputs(tmp_path / "resumed") == outputs(tmp_path / "clean")


def test_changed_params_do_not_resume_stale_work(tmp_path, monkeypatch):
    gate = gate_folder(tmp_path / "gate")
    flag, seen = tmp_path / "flag", tmp_path / "seen"
    flag.touch()
    filters = curate_stage.quality_filters
    monkeypatch.setattr(curate_stage, "quality_filters", lambda p, d: [*filters(p, d), FailOnce(flag, seen)])
    with pytest.raises(RuntimeError):
        run_curate(REGISTRY, PARAMS.model_copy(update={"tasks": 2}), gate, tmp_path / "out")
    flag.unlink()
    run_curate(
        REGISTRY, PARAMS.model_copy(update={"tasks": 2, "gopher_min_doc_words": 40}), gate, tmp_path / "out"
    )
    assert seen.read_text().split() == ["0", "1", "0", "1"]
    assert len(list((tmp_path / "out").glob(f"{WORK_DIR}/*"))) == 0


def test_ray_executor_gives_the_local_outputs(tiny_sources, tmp_path):
    ray = pytest.importorskip("ray")
    registry = load_registry(tiny_sources)
    run_ingest(registry, IngestParams(), tmp_path / "local", tasks=2)
    try:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
        run_ingest(
            registry,
            IngestParams(),
            tmp_path / "ray",
            tasks=2,
            workers=2,
            executor=ExecutorParams(kind="ray"),
        )
    finally:
        ray.shutdown()
    for sub in ("docs", "quarantine"):
        local = {p.name: p.read_bytes() for p in (tmp_path / "local" / sub).glob("*.jsonl")}
        assert local and local == {p.name: p.read_bytes() for p in (tmp_path / "ray" / sub).glob("*.jsonl")}


FAKE_SBATCH = """#!/usr/bin/env bash
# Stand-in for Slurm's sbatch: records the submission, then runs every task of the job array here.
set -e
script="${@: -1}"
n=$(find "$RECORD" -name 'submission-*' | wc -l)
cp "$script" "$RECORD/submission-$n.sh"
echo "$@" > "$RECORD/args-$n.txt"
last=$(sed -n 's/^#SBATCH --array=0-\\([0-9]*\\).*/\\1/p' "$script")
for i in $(seq 0 "${last:-0}"); do
  SLURM_ARRAY_TASK_ID=$i RUN_OFFSET=0 SLURM_NODELIST=localhost bash "$script" > "$RECORD/log-$n-$i.txt" 2>&1
done
echo "Submitted batch job $((1000 + n))"
"""
FAKE_SRUN = """#!/usr/bin/env bash
# Stand-in for srun: drops its options and runs the command.
while [[ "$1" == -* ]]; do if [[ "$1" == "-n" ]]; then shift; fi; shift; done
exec "$@"
"""


def test_slurm_executor_submits_a_job_array_that_gives_the_local_outputs(tiny_sources, tmp_path, monkeypatch):
    bin_dir, record = tmp_path / "bin", tmp_path / "submissions"
    bin_dir.mkdir()
    record.mkdir()
    scontrol = "#!/usr/bin/env bash\necho localhost\n"  # `scontrol show hostnames` of a one-node job
    for name, body in (("sbatch", FAKE_SBATCH), ("srun", FAKE_SRUN), ("scontrol", scontrol)):
        (bin_dir / name).write_text(body)
        (bin_dir / name).chmod((bin_dir / name).stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv(
        "PATH", f"{bin_dir}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    )
    monkeypatch.setenv("RECORD", str(record))
    registry = load_registry(tiny_sources)
    slurm = ExecutorParams(
        kind="slurm",
        slurm=SlurmParams(partition="cpu-small", time="00:10:00", cpus_per_task=2, poll_seconds=0.1),
    )
    run_ingest(registry, IngestParams(), tmp_path / "local", tasks=2)
    run_ingest(registry, IngestParams(), tmp_path / "slurm", tasks=2, executor=slurm)

    script = (record / "submission-0.sh").read_text()
    for directive in (
        "--partition=cpu-small",
        "--time=00:10:00",
        "--cpus-per-task=2",
        "--job-name=charter-read",
    ):
        assert f"#SBATCH {directive}" in script
    assert "#SBATCH --array=0-1" in script  # one array task per datatrove task
    assert "launch_pickled_pipeline" in script and "executor.pik" in script
    assert "merge_stats" in (record / "submission-1.sh").read_text()
    for sub in ("docs", "quarantine"):
        local = {p.name: p.read_bytes() for p in (tmp_path / "local" / sub).glob("*.jsonl")}
        assert local and local == {p.name: p.read_bytes() for p in (tmp_path / "slurm" / sub).glob("*.jsonl")}
