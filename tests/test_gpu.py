"""What only a CUDA machine can show: flash-attention against sdpa, bf16 and TF32 training on the GPU, two GPUs
over NCCL, and resuming on the GPU. Every test here is `requires_gpu`: on a CPU box it skips and says why;
`python benchmarks/gpu_acceptance.py` runs them (and the Liger kernels' CUDA checks in test_fused_triton.py)
on a GPU machine and prints one table."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from importlib.util import find_spec
from pathlib import Path

import pytest
import torch
from transformers import AutoTokenizer

from model.checkpoint import completed_checkpoints
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
from tests.test_pretrain_resume import _command, _env, _free_port

pytestmark = pytest.mark.requires_gpu


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("gpu")
    tokenizer = make_tokenizer(root / "tokenizer")
    vocab_size = len(AutoTokenizer.from_pretrained(tokenizer))
    return {
        "tokenizer": tokenizer,
        "shards": make_shards(root / "mixture", vocab_size),
        "heldout": make_heldout(root / "heldout"),
        "vocab_size": vocab_size,
    }


def _train(tmp_path: Path, inputs: dict, params, steps: int, name: str):
    plan = write_plan(tmp_path / name / "plan", params, inputs["vocab_size"], steps)
    out = tmp_path / name / "pretrain"
    summary = run_pretrain(params, plan, inputs["shards"], inputs["tokenizer"], out, inputs["heldout"])
    return summary, read_log(out / "train_log.jsonl"), out


def test_flash_attention_matches_sdpa_in_bf16():
    if find_spec("flash_attn") is None:
        pytest.skip("flash-attn is not installed (pip install -e '.[gpu]')")
    from transformers import LlamaConfig, LlamaForCausalLM

    config = dict(
        vocab_size=211,
        hidden_size=256,
        intermediate_size=512,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=256,
    )
    models = {}
    for name in ("sdpa", "flash_attention_2"):
        torch.manual_seed(0)
        lm = LlamaForCausalLM(LlamaConfig(**config, attn_implementation=name))  # type: ignore[call-arg]
        models[name] = lm.to("cuda", torch.bfloat16)
    ids = torch.randint(0, 211, (2, 200), generator=torch.Generator().manual_seed(1)).cuda()
    losses, grads = {}, {}
    for name, lm in models.items():
        out = lm(input_ids=ids, labels=ids, use_cache=False)
        out.loss.backward()
        losses[name] = out.loss.float().item()
        grads[name] = torch.cat([p.grad.float().reshape(-1) for p in lm.parameters()])  # type: ignore[union-attr]
    assert losses["flash_attention_2"] == pytest.approx(losses["sdpa"], rel=1e-2)
    relative = (grads["flash_attention_2"] - grads["sdpa"]).norm() / grads["sdpa"].norm()
    assert relative < 5e-2


def test_bf16_training_steps_on_the_gpu_lower_the_loss_and_report_mfu_against_the_bf16_peak(tmp_path, inputs):
    params = make_params(eval_every=4, peak_flops=None)
    summary, log, out = _train(tmp_path, inputs, params, 12, "bf16")
    assert summary["device"] == "cuda" and summary["precision"] == "bf16" and summary["matmul_math"] == "bf16"
    losses = [r["loss"] for r in log]
    assert all(torch.isfinite(torch.tensor(losses))) and losses[-1] < losses[0]
    assert 0 < summary["mfu"] < 1
    assert (out / "checkpoint" / "model.safetensors").exists()


def test_fp32_training_runs_its_matmuls_on_tf32_tensor_cores_from_ampere_on(tmp_path, inputs):
    if torch.cuda.get_device_capability() < (8, 0):
        pytest.skip("TF32 needs compute capability 8.0 (Ampere) or newer")
    params = make_params(eval_every=None, precision="fp32")
    summary, log, _ = _train(tmp_path, inputs, params, 4, "tf32")
    assert summary["precision"] == "fp32" and summary["matmul_math"] == "tf32"
    assert torch.backends.cuda.matmul.fp32_precision == "tf32"
    assert len(log) == 4


def test_a_run_resumed_on_the_gpu_continues_with_the_losses_of_an_uninterrupted_one(tmp_path, inputs):
    params = make_params(eval_every=None, checkpoint_every=3, keep_last=3)
    _, full_log, full = _train(tmp_path, inputs, params, 6, "full")
    plan = write_plan(tmp_path / "resumed" / "plan", params, inputs["vocab_size"], 6)
    resumed = tmp_path / "resumed" / "pretrain"
    shutil.copytree(full / "checkpoints", resumed / "checkpoints")
    shutil.rmtree(completed_checkpoints(resumed)[-1])  # interrupted after the step-3 checkpoint
    summary = run_pretrain(params, plan, inputs["shards"], inputs["tokenizer"], resumed, inputs["heldout"])
    assert summary["resumed_from_step"] == 3
    resumed_log = [r["loss"] for r in read_log(resumed / "train_log.jsonl") if r["step"] > 3]
    expected = [r["loss"] for r in full_log if r["step"] > 3]
    assert resumed_log == pytest.approx(expected, rel=1e-3)


def test_two_gpus_train_over_nccl_as_one_gpu_does(tmp_path, inputs):
    if torch.cuda.device_count() < 2:
        pytest.skip(f"needs two GPUs, this machine has {torch.cuda.device_count()}")
    params = make_params(micro_batch_size=2, grad_accum_steps=2, zero_stage=2, eval_every=None)
    plan = write_plan(tmp_path / "plan", params, inputs["vocab_size"], 6)
    params_file = write_params_yaml(tmp_path / "params.yaml", params)
    torchrun = [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_port"]
    out = tmp_path / "two_gpus"
    started = time.monotonic()
    done = subprocess.run(
        _command([*torchrun, _free_port()], inputs, params_file, plan, out),
        env=_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["world_size"] == 2 and summary["device"] == "cuda" and summary["precision"] == "bf16"
    one = tmp_path / "one_gpu"
    run_pretrain(params, plan, inputs["shards"], inputs["tokenizer"], one)
    two_losses = [r["loss"] for r in read_log(out / "train_log.jsonl")]
    assert two_losses == pytest.approx([r["loss"] for r in read_log(one / "train_log.jsonl")], rel=2e-2)
    assert time.monotonic() - started < 600
