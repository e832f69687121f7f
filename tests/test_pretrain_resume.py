"""`charter pretrain` as the user runs it, in subprocesses: killed with SIGKILL after a checkpoint and
restarted, it resumes and makes exactly the steps an uninterrupted run makes (also with multi-token prediction
and with distillation on); on two CPU ranks (torchrun) it trains the same model as one rank."""

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
import torch
from transformers import AutoTokenizer

from model.checkpoint import completed_checkpoints
from model.engine import LAUNCHER_VARS
from model.train import run_pretrain
from tests.pretrain_fixtures import (
    make_heldout,
    make_params,
    make_shards,
    make_teacher,
    make_tokenizer,
    read_log,
    write_params_yaml,
    write_plan,
    write_registry,
)

REPO = Path(__file__).resolve().parents[1]
STEPS = 80
POLICY = {"policy": str(REPO / "governance/policies/commercial.yaml"), "use": "commercial-training"}
# The training options whose state and objective a resume must restore exactly.
OPTIONS = {
    "baseline": {},
    # Muon's momentum lives in a flat ZeRO-1 partition (model.muon), AdamW's moments in the parameters' own state.
    "muon": {"optimizer": "muon", "zero_stage": 1},
    "mtp": {"mtp_depth": 2},
    "distillation": {"distill_teacher": "teacher", "distill_top_k": 16, "distill_temperature": 2.0},
}


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
        "teacher": make_teacher(root / "teacher", tokenizer, vocab_size),
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


def _command(
    launcher: list[str],
    inputs: dict[str, Path],
    params: Path,
    plan: Path,
    out: Path,
    sources: Path = REPO / "sources.yaml",
) -> list[str]:
    return [
        *launcher,
        "-m",
        "charter.cli",
        "pretrain",
        "--params",
        str(params),
        "--sources",
        str(sources),
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


@pytest.mark.parametrize("option", list(OPTIONS))
def test_killed_run_resumes_with_the_losses_of_an_uninterrupted_run(tmp_path, inputs, option):
    from safetensors.torch import load_file

    params = make_params(checkpoint_every=10, keep_last=2, eval_every=20, gate=POLICY, **OPTIONS[option])
    plan = write_plan(tmp_path / "plan", params, int(str(inputs["vocab_size"])), STEPS)
    params_file = write_params_yaml(tmp_path / "params.yaml", params)
    # The teacher is registered in a registry of the test's own (`charter pretrain --sources`).
    entry = {"id": "teacher", "path": str(inputs["teacher"]), "license": "Apache-2.0", "owner": "Model Team"}
    registry = write_registry(tmp_path / "sources.yaml", [entry])

    out = tmp_path / "killed"
    command = _command([sys.executable], inputs, params_file, plan, out, registry)
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
    run_pretrain(params, plan, inputs["shards"], inputs["tokenizer"], reference, inputs["heldout"], registry)
    expected, got = read_log(reference / "train_log.jsonl"), read_log(out / "train_log.jsonl")
    assert [r["step"] for r in got] == list(range(1, STEPS + 1))
    # Exact: same weights, optimizer moments, scheduler step, data position and RNG, on the same thread count;
    # with the options, Muon's momentum, the MTP modules' weights and moments, and the teacher's predictions.
    keys = ("loss", "lr", "loss_by_domain", "mtp_loss", "distill_kl")
    assert [[r.get(k) for k in keys] for r in got] == [[r.get(k) for k in keys] for r in expected]
    assert read_log(out / "val_log.jsonl") == read_log(reference / "val_log.jsonl")
    exported = sorted(p.name for p in (out / "checkpoint").glob("*.safetensors"))
    assert exported == (
        ["model.safetensors", "mtp.safetensors"] if option == "mtp" else ["model.safetensors"]
    )
    for name in exported:
        ours, theirs = load_file(out / "checkpoint" / name), load_file(reference / "checkpoint" / name)
        assert ours.keys() == theirs.keys() and all(torch.equal(ours[k], theirs[k]) for k in ours)
    if option == "mtp":
        assert set(got[-1]["mtp_loss"]) == {"1", "2"}
        assert set(read_log(out / "val_log.jsonl")[-1]["mtp_loss_by_domain"]) == {"1", "2"}
    if option == "distillation":
        assert all(r["distill_kl"] > 0 for r in got) and summary["distillation"]["teacher"]["id"] == "teacher"


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
