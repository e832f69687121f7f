"""The memory check before a cluster job: model states from DeepSpeed's estimators, activations from a formula
checked against what autograd keeps and against a measured CPU peak, and the verdict on real plan sizes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from charter.cli import main
from core.schemas.plan import read_plan
from model.architecture import llama_config
from model.hardware import GIB, get_accelerator
from model.loss import CausalLMLoss
from model.memory import ModelShape, activation_bytes, check_plan, model_state_bytes
from model.plan import plan_for
from model.scaling import get_fit

REPO = Path(__file__).resolve().parents[1]


def _plan(tmp_path: Path, n_params: float, seq_len: int, micro: int, accum: int) -> Path:
    budget = get_fit("hoffmann").compute_for_params(n_params)
    plan = plan_for(budget, "hoffmann", 32000, seq_len, micro_batch_size=micro, grad_accum_steps=accum)
    path = tmp_path / f"plan-{n_params:.0e}.json"
    path.write_text(json.dumps(plan.to_json()))
    return path


def test_the_dry_run_accepts_1b_on_8_h100s_and_refuses_70b_on_8_a100_40gb_naming_the_memory(tmp_path, capsys):
    one_b = _plan(tmp_path, 1e9, 2048, 8, 32)
    assert (
        main(["launch", "--plan", str(one_b), "--accelerator", "H100-80GB", "--count", "8", "--dry-run"]) == 0
    )
    out = capsys.readouterr().out
    assert "1.00B parameters" in out and "fits: ZeRO-1 at micro-batch 8 needs" in out

    seventy_b = _plan(tmp_path, 70e9, 4096, 1, 256)
    argv = ["launch", "--plan", str(seventy_b), "--accelerator", "A100-40GB", "--count", "8", "--dry-run"]
    assert main([*argv, "--json"]) == 2
    captured = capsys.readouterr()
    estimate = json.loads(captured.out)
    needed = estimate["configured"]["total"] / GIB
    assert estimate["configured"]["zero_stage"] == 1 and not estimate["fits"] and needed > 400
    assert f"ZeRO-1 at micro-batch 1 needs {needed:.1f} GiB per GPU" in captured.err
    assert "A100-40GB's 40 GiB" in captured.err and "70.59B" not in captured.err

    # On 64 H100s it fits only fully sharded with checkpointing, and the check says so.
    result = check_plan(read_plan(seventy_b), get_accelerator("H100-80GB"), 64, 8, 1, "bf16", False)
    assert not result["fits"]
    assert {k: result["suggestion"][k] for k in ("zero_stage", "activation_checkpointing")} == {
        "zero_stage": 3,
        "activation_checkpointing": True,
    }


def test_model_states_are_deepspeeds_estimates_per_zero_stage():
    from deepspeed.runtime.zero.stage3 import estimate_zero3_model_states_mem_needs
    from deepspeed.runtime.zero.stage_1_and_2 import estimate_zero2_model_states_mem_needs

    shape = ModelShape.of(llama_config(2048, 16, 32000, 2048))
    n = shape.params
    assert n == sum(p.numel() for p in shape_model(2048, 16))  # counted on the meta device, exactly
    gpus = 16  # two nodes of eight
    zero2 = estimate_zero2_model_states_mem_needs(n, 8, 2, cpu_offload=False)[1]
    zero3 = estimate_zero3_model_states_mem_needs(n, shape.largest_layer_params, 8, 2, False, False)[1]
    assert model_state_bytes(shape, 2, gpus, "bf16", 8) == zero2 == 2 * n + int(18 * n / gpus)
    assert model_state_bytes(shape, 1, gpus, "bf16", 8) == zero2 + 2 * n  # ZeRO-1 keeps gradients whole
    assert model_state_bytes(shape, 3, gpus, "bf16", 8) == zero3
    assert model_state_bytes(shape, 0, gpus, "bf16", 8) == 20 * n
    assert model_state_bytes(shape, 0, gpus, "fp32", 8) == 16 * n
    assert model_state_bytes(shape, 1, gpus, "fp32", 8) == 8 * n + n // 2


def shape_model(hidden: int, layers: int):
    from transformers import LlamaConfig, LlamaForCausalLM

    with torch.device("meta"):
        return LlamaForCausalLM(LlamaConfig(**llama_config(hidden, layers, 32000, 2048))).parameters()


def _saved_bytes(lm, batch: int, seq: int) -> int:
    """Bytes of the distinct tensors autograd saves in a training forward (the parameters excluded)."""
    params = {p.untyped_storage().data_ptr() for p in lm.parameters()}
    seen: dict[int, int] = {}

    def pack(t: torch.Tensor) -> torch.Tensor:
        storage = t.untyped_storage()
        if storage.data_ptr() not in params:
            seen[storage.data_ptr()] = storage.nbytes()
        return t

    ids = torch.randint(0, lm.config.vocab_size, (batch, seq))
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        CausalLMLoss(lm, 1)(ids, ids)
    return sum(seen.values())


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
@pytest.mark.parametrize("checkpointing", [False, True])
def test_kept_activations_are_what_autograd_saves(precision, checkpointing):
    from transformers import LlamaConfig, LlamaForCausalLM

    cfg = llama_config(256, 3, 700, 128)  # 8 heads of 32, grouped key/value heads
    torch.manual_seed(0)
    lm = LlamaForCausalLM(LlamaConfig(**cfg, attn_implementation="sdpa"))
    lm = lm.to(torch.bfloat16 if precision == "bf16" else torch.float32)
    if checkpointing:
        lm.activation_checkpointing_enable(activation_checkpointing_kwargs={"use_reentrant": False})
    lm.train()
    saved = _saved_bytes(lm, 3, 96)
    kept = activation_bytes(ModelShape.of(cfg), 3, 96, precision, checkpointing).kept
    if checkpointing:  # RoPE's tables are recomputed, not kept: the estimate is that much above
        assert saved <= kept <= saved * 1.02
    else:
        assert kept == saved


PEAK_CHILD = """
import json, sys, torch
from transformers import LlamaConfig, LlamaForCausalLM
from model.architecture import llama_config
from model.loss import CausalLMLoss

def rss(field):
    return next(int(l.split()[1]) * 1024 for l in open("/proc/self/status") if l.startswith(field))

torch.set_num_threads(1)
results = []
for hidden, layers, vocab, batch, seq, ckpt in json.loads(sys.argv[1]):
    lm = LlamaForCausalLM(LlamaConfig(**llama_config(hidden, layers, vocab, seq), attn_implementation="sdpa"))
    if ckpt:
        lm.activation_checkpointing_enable(activation_checkpointing_kwargs={"use_reentrant": False})
    model = CausalLMLoss(lm.train(), 1)
    ids = torch.randint(0, vocab, (batch, seq))
    model(ids, ids).loss.backward()  # warm-up; gradient buffers stay allocated, as DeepSpeed's do
    lm.zero_grad(set_to_none=False)
    open("/proc/self/clear_refs", "w").write("5")  # reset the peak to the current resident size
    base = rss("VmRSS")
    model(ids, ids).loss.backward()
    results.append(rss("VmHWM") - base)
    del lm, model
print(json.dumps(results))
"""


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux's peak-RSS reset")
def test_estimated_peak_matches_the_peak_a_cpu_training_step_reaches():
    # glibc keeps freed memory for reuse unless large blocks are mapped: with a fixed mapping threshold the
    # resident size follows what is allocated, so its peak is the step's peak.
    configs = [(256, 4, 2000, 4, 256, False), (256, 4, 2000, 4, 256, True)]
    env = {**os.environ, "MALLOC_MMAP_THRESHOLD_": "65536", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", PEAK_CHILD, json.dumps(configs)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    for (hidden, layers, vocab, batch, seq, ckpt), peak in zip(configs, measured, strict=True):
        shape = ModelShape.of(llama_config(hidden, layers, vocab, seq))
        estimate = activation_bytes(shape, batch, seq, "fp32", ckpt)
        # The estimate is a bound: at most 35% above the measured peak, never more than 10% below it.
        assert 0.9 * peak <= estimate.peak <= 1.35 * peak, (ckpt, estimate.peak, peak)
    assert measured[1] < measured[0] / 2  # checkpointing pays at this depth, and the estimate knows it


@pytest.mark.parametrize(
    ("profile", "plan", "count", "needed"),
    [
        ("params-1b-8xh100.yaml", "plan-1b.json", 8, "45.6"),
        ("params-7b-64xh100.yaml", "plan-7b.json", 64, "38.3"),
    ],
)
def test_the_documented_cluster_profiles_fit_as_docs_say(profile, plan, count, needed):
    from core.config import load_params
    from model.launch import check_batch, memory_check

    docs = REPO / "docs"
    params = load_params(docs / "cluster" / profile)
    check_batch(params, docs / "cluster" / plan)  # the profile's batch is its plan's, split over its GPUs
    result = memory_check(params, docs / "cluster" / plan, params.launch.accelerator, count)
    assert result["fits"] and count == params.launch.nodes * params.launch.gpus_per_node
    total = result["configured"]["total"] / GIB
    assert f"{total:.1f}" == needed
    assert f"needs {needed} GiB per GPU of 80.0 GiB" in (docs / "CLUSTER.md").read_text()
