"""`charter pretrain` as the user runs it, in subprocesses: killed with SIGKILL after a checkpoint and
restarted, it resumes and makes exactly the steps an uninterrupted run makes; on two CPU ranks (torchrun) it
trains the same model as one rank."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from transformers import AutoTokenizer

from model.checkpoint import completed_checkpoints
from model.engine import LAUNCHER_VARS
from model.train import run_pretrain
from tests.pretrain_fixtures import (
    make_heldout,
    make_params,
    make_shards,
    make_tokenizer,
    read_log,
    write_params_yaml,
    write_plan,
)

REPO = Path(__file__).resolve().parents[1]
STEPS = 80


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("inputs")
    tokenizer = make_tokenizer(root / "tokenizer")
    vocab_size = len(AutoTokenizer.from_pretrained(tokenizer))
    return {
        "tokenizer": tokenizer,
        "shards": make_shards(root / "mixture", vocab_size),
        "heldout": make_heldout(root / "heldout"),
        "vocab_size": Path(str(vocab_size)),
    }


def _free_port() -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return str(s.getsockname()[1])


def _env() -> dict[str, str]:
    paths = [str(REPO), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    # An in-process training test earlier in the session leaves its one-process group's MASTER_PORT (still
    # listening) in os.environ; the child must start its own group, not rendezvous on that port.
    inherited = {k: v for k, v in os.environ.items() if k not in LAUNCHER_VARS}
    return {**inherited, "PYTHONPATH": os.pathsep.join(paths), "HF_HUB_OFFLINE": "1"}


def _command(launcher: list[str], inputs: dict[str, Path], params: Path, plan: Path, out: Path) -> list[str]:
    return [
        *launcher,
        "-m",
        "charter.cli",
        "pretrain",
        "--params",
        str(params),
        "--plan",
        str(plan),
        "--shards",
        str(inputs["shards"]),
        "--tokenizer",
        str(inputs["tokenizer"]),
        "--heldout",
        str(inputs["heldout"]),
        "--out",
        str(out),
    ]


# Muon's momentum lives in a flat ZeRO-1 partition (model.muon), AdamW's moments in the parameters' own state.
@pytest.mark.parametrize("optimizer", ["adamw", "muon"])
def test_killed_run_resumes_with_the_losses_of_an_uninterrupted_run(tmp_path, inputs, optimizer):
    params = make_params(checkpoint_every=10, keep_last=2, eval_every=20, zero_stage=1, optimizer=optimizer)
    plan = write_plan(tmp_path / "plan", params, int(str(inputs["vocab_size"])), STEPS)
    params_file = write_params_yaml(tmp_path / "params.yaml", params)

    out = tmp_path / "killed"
    command = _command([sys.executable], inputs, params_file, plan, out)
    victim = subprocess.Popen(command, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not completed_checkpoints(out) and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    victim.send_signal(signal.SIGKILL)
    _, stderr = victim.communicate()
    assert victim.returncode == -signal.SIGKILL, stderr.decode()[-3000:]
    assert not (out / "summary.json").exists()  # killed midway, not after the end
    killed_at = int(completed_checkpoints(out)[-1].name.split("_")[1])
    assert killed_at < STEPS

    resumed = subprocess.run(command, env=_env(), capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["resumed_from_step"] >= killed_at

    reference = tmp_path / "uninterrupted"
    run_pretrain(params, plan, inputs["shards"], inputs["tokenizer"], reference, inputs["heldout"])
    expected, got = read_log(reference / "train_log.jsonl"), read_log(out / "train_log.jsonl")
    assert [r["step"] for r in got] == list(range(1, STEPS + 1))
    # Exact: same weights, optimizer state, scheduler step, data position and RNG, on the same thread count.
    assert [(r["loss"], r["lr"], r["loss_by_domain"]) for r in got] == [
        (r["loss"], r["lr"], r["loss_by_domain"]) for r in expected
    ]
    assert read_log(out / "val_log.jsonl") == read_log(reference / "val_log.jsonl")


def test_two_cpu_ranks_train_the_model_one_rank_trains(tmp_path, inputs):
    # The global batch (2 sequences x 2 accumulation steps) is split over the ranks; the updates are the same
    # up to the order of float additions in the all-reduce.
    params = make_params(
        micro_batch_size=2, grad_accum_steps=2, zero_stage=2, eval_every=None, checkpoint_every=3
    )
    plan = write_plan(tmp_path / "plan", params, int(str(inputs["vocab_size"])), 4)
    params_file = write_params_yaml(tmp_path / "params.yaml", params)
    torchrun = [
        sys.executable,
        "-m",
        "torch.distributed.run",
        "--nproc_per_node",
        "2",
        "--master_port",
        _free_port(),
    ]
    out = tmp_path / "two_ranks"
    started = time.monotonic()
    result = subprocess.run(
        _command(torchrun, inputs, params_file, plan, out),
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert time.monotonic() - started < 120
    summary = json.loads((out / "summary.json").read_text())
    assert summary["world_size"] == 2 and summary["zero_stage"] == 2
    assert (out / "checkpoint" / "model.safetensors").exists()
    assert (completed_checkpoints(out)[-1] / "rng_rank1.safetensors").exists()

    one = tmp_path / "one_rank"
    run_pretrain(params, plan, inputs["shards"], inputs["tokenizer"], one)
    two_losses = [r["loss"] for r in read_log(out / "train_log.jsonl")]
    assert two_losses == pytest.approx([r["loss"] for r in read_log(one / "train_log.jsonl")], rel=1e-5)
