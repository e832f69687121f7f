"""`charter launch`: the pretrain stage through the DeepSpeed launcher and through a Slurm job, each checked
with a stand-in launcher that records the command it was given and then runs it here (one local rank), as
the Slurm data executor is tested. A plan that cannot fit is refused before any launcher starts."""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
from pathlib import Path

import pytest
from transformers import AutoTokenizer

from charter.cli import main
from core.config import Params
from tests.pretrain_fixtures import (
    make_heldout,
    make_shards,
    make_tokenizer,
    write_params_yaml,
    write_plan,
)

STEPS = 2

FAKE_DEEPSPEED = """#!/usr/bin/env bash
# Stand-in for DeepSpeed's launcher: records its arguments, then runs the module as one local rank.
set -e
printf '%s\\n' "$@" > "$RECORD/deepspeed-args.txt"
while [[ "$1" != "--module" ]]; do shift; done
shift
exec python -m "$@"
"""
FAKE_SBATCH = """#!/usr/bin/env bash
# Stand-in for sbatch: records the submission, then runs the job script here as a one-node job.
script="${@: -1}"
cp "$script" "$RECORD/submitted.sbatch"
printf '%s\\n' "$@" > "$RECORD/sbatch-args.txt"
SLURM_NNODES=1 SLURM_JOB_ID=4242 SLURM_JOB_NODELIST=localhost bash "$script" > "$RECORD/job.log" 2>&1
code=$?
echo "Submitted batch job 4242"
exit $code
"""
FAKE_SRUN = """#!/usr/bin/env bash
# Stand-in for srun: drops its options and runs the command (one task: this node).
while [[ "$1" == -* ]]; do shift; done
exec "$@"
"""
FAKE_SCONTROL = "#!/usr/bin/env bash\necho localhost\n"  # `scontrol show hostnames` of a one-node job


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def stage_inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("launch")
    tokenizer = make_tokenizer(root / "tokenizer")
    vocab_size = len(AutoTokenizer.from_pretrained(tokenizer))
    shards = make_shards(root / "mixture", vocab_size)
    heldout = make_heldout(root / "heldout")
    params = Params.model_validate(
        {
            "seed": 7,
            "plan": {"compute_flops": 1e12},
            "pretrain": {
                "micro_batch_size": 4,
                "grad_accum_steps": 2,  # one micro-batch on each of the two ranks
                "threads": 1,
                "eval_every": None,
                "checkpoint_every": None,
                "peak_flops": 1e9,
                "log_every": 1,
            },
            "launch": {
                "nodes": 2,
                "gpus_per_node": 1,
                "accelerator": "A100-40GB",
                "master_port": _free_port(),
                "slurm": {"partition": "gpu-test", "time": "00:20:00", "cpus_per_task": 2},
            },
        }
    )
    plan = write_plan(root / "plan", params, vocab_size, STEPS)
    params_file = write_params_yaml(root / "params.yaml", params)
    return {"plan": plan, "shards": shards, "tokenizer": tokenizer, "heldout": heldout, "params": params_file}


@pytest.fixture
def launchers(tmp_path, monkeypatch):
    bin_dir, record = tmp_path / "bin", tmp_path / "record"
    bin_dir.mkdir()
    record.mkdir()
    for name, body in (
        ("deepspeed", FAKE_DEEPSPEED),
        ("sbatch", FAKE_SBATCH),
        ("srun", FAKE_SRUN),
        ("scontrol", FAKE_SCONTROL),
    ):
        (bin_dir / name).write_text(body)
        (bin_dir / name).chmod((bin_dir / name).stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv(
        "PATH", f"{bin_dir}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    )
    monkeypatch.setenv("RECORD", str(record))
    for var in ("RANK", "LOCAL_RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT"):
        monkeypatch.delenv(var, raising=False)
    return record


def _argv(inputs: dict, out: Path) -> list[str]:
    return [
        "launch",
        "--params",
        str(inputs["params"]),
        "--plan",
        str(inputs["plan"]),
        "--shards",
        str(inputs["shards"]),
        "--tokenizer",
        str(inputs["tokenizer"]),
        "--heldout",
        str(inputs["heldout"]),
        "--out",
        str(out),
    ]


def _stage_args(inputs: dict, out: Path) -> list[str]:
    return [
        "pretrain",
        "--params",
        str(inputs["params"].resolve()),
        "--plan",
        str(inputs["plan"].resolve()),
        "--shards",
        str(inputs["shards"].resolve()),
        "--tokenizer",
        str(inputs["tokenizer"].resolve()),
        "--heldout",
        str(inputs["heldout"].resolve()),
        "--out",
        str(out.resolve()),
    ]


def test_hostfile_launch_runs_the_pretrain_stage_through_the_deepspeed_launcher(
    stage_inputs, launchers, tmp_path
):
    hostfile = tmp_path / "hostfile"
    hostfile.write_text("# two nodes\nnode-a slots=1\nnode-b slots=4\n")
    out = tmp_path / "pretrain"
    assert main([*_argv(stage_inputs, out), "--hostfile", str(hostfile)]) == 0

    args = (launchers / "deepspeed-args.txt").read_text().splitlines()
    module = args.index("--module")
    options = dict(zip(args[:module:2], args[1:module:2], strict=True))
    assert options == {
        "--hostfile": str(hostfile.resolve()),
        "--num_nodes": "2",
        "--num_gpus": "1",
        "--master_port": str(_launch(stage_inputs)["master_port"]),
    }
    assert args[module + 1 :] == ["charter.cli", *_stage_args(stage_inputs, out)]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["steps"] == STEPS and (out / "checkpoint" / "config.json").exists()


def _launch(inputs: dict) -> dict:
    import yaml

    return yaml.safe_load(inputs["params"].read_text())["launch"]


def test_slurm_launch_submits_srun_torchrun_with_a_c10d_rendezvous_that_runs_the_stage(
    stage_inputs, launchers, tmp_path
):
    out, workdir = tmp_path / "pretrain", tmp_path / "jobs"
    assert main([*_argv(stage_inputs, out), "--slurm", "--wait", "--workdir", str(workdir)]) == 0

    assert (launchers / "sbatch-args.txt").read_text().split() == ["--wait", str(workdir / "pretrain.sbatch")]
    script = (launchers / "submitted.sbatch").read_text()
    for directive in (
        "--nodes=2",
        "--ntasks-per-node=1",
        "--gpus-per-node=1",
        "--cpus-per-task=2",
        "--partition=gpu-test",
        "--time=00:20:00",
    ):
        assert f"#SBATCH {directive}\n" in script
    srun = next(line for line in script.splitlines() if line.startswith("srun "))
    port = _launch(stage_inputs)["master_port"]
    for part in (
        "-m torch.distributed.run",
        '--nnodes "$SLURM_NNODES"',
        "--nproc_per_node 1",
        "--rdzv_backend c10d",
        f'--rdzv_endpoint "$head:{port}"',
        "-m charter.cli " + " ".join(_stage_args(stage_inputs, out)),
    ):
        assert part in srun
    job_log = (launchers / "job.log").read_text()
    summary = json.loads((out / "summary.json").read_text())
    assert summary["steps"] == STEPS, job_log


def test_a_plan_that_cannot_fit_is_refused_before_any_launcher_starts(
    stage_inputs, launchers, tmp_path, capsys
):
    import yaml

    params = yaml.safe_load(stage_inputs["params"].read_text())
    # A 70B plan on the tiny fixtures' paths: the check reads the plan alone.
    from model.plan import plan_for
    from model.scaling import get_fit

    budget = get_fit("hoffmann").compute_for_params(70e9)
    big = plan_for(budget, "hoffmann", 32000, 4096, micro_batch_size=4, grad_accum_steps=2)
    plan = tmp_path / "plan-70b.json"
    plan.write_text(json.dumps(big.to_json()))
    params_file = tmp_path / "params.yaml"
    params_file.write_text(yaml.safe_dump(params))
    inputs = stage_inputs | {"plan": plan, "params": params_file}
    hostfile = tmp_path / "hostfile"
    hostfile.write_text("node-a slots=1\nnode-b slots=1\n")

    assert main([*_argv(inputs, tmp_path / "out"), "--hostfile", str(hostfile)]) == 2
    err = capsys.readouterr().err
    assert "the plan does not fit: ZeRO-1 at micro-batch 4 needs" in err and "A100-40GB" in err
    assert not (launchers / "deepspeed-args.txt").exists() and not (tmp_path / "out").exists()


def test_a_hostfile_that_cannot_host_the_run_is_refused(stage_inputs, launchers, tmp_path, capsys):
    hostfile = tmp_path / "hostfile"
    hostfile.write_text("node-a slots=1\n")
    assert main([*_argv(stage_inputs, tmp_path / "out"), "--hostfile", str(hostfile)]) == 2
    assert "launch.nodes is 2" in capsys.readouterr().err
    hostfile.write_text("node-a slots=1\nnode-b slots: 8\n")
    assert main([*_argv(stage_inputs, tmp_path / "out"), "--hostfile", str(hostfile)]) == 2
    assert f"{hostfile}:2: expected 'hostname slots=N'" in capsys.readouterr().err
    assert not (launchers / "deepspeed-args.txt").exists()
