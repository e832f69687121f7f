"""Continued pretraining end to end on tiny bases of three families: base tokenizer extended, tokens packed,
planned in tokens, mixed with replay, trained from the base's weights with a re-warmed rate, exported, loaded
and generated with plain transformers; and a run interrupted in continue mode resumes to the same losses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

import model.train
from core.errors import ConfigError
from corpus.base_tokenizer import run_base_tokenizer
from corpus.mixture import run_mixture
from corpus.tokenize import run_tokenize
from model.base import load_base_model, resolve_base
from model.checkpoint import completed_checkpoints
from model.data import TokenWindows
from model.loss import CausalLMLoss
from model.plan import run_plan
from model.train import run_pretrain
from tests.base_fixtures import continued_params, make_base, write_mix, write_registry
from tests.pretrain_fixtures import read_log


def prepare(root: Path, family: str, **sections) -> dict:
    """Every stage before pretrain, for a tiny base of `family`: its inputs to `run_pretrain`."""
    params = continued_params(**sections)
    base = make_base(root / "base", family)
    registry = write_registry(root / "sources.yaml", base)
    mix = write_mix(root / "mix")
    run_base_tokenizer(params.tokenizer, mix, root / "tokenizer", base, "tiny-base", params.seed)
    tokenizer = root / "tokenizer" / "tokenizer"
    run_tokenize(params.tokenize, mix, tokenizer, root / "tokenize")
    run_plan(params, root / "tokenize" / "meta.json", tokenizer, root / "plan", registry)
    run_mixture(params.mix, params.seed, root / "plan" / "plan.json", root / "tokenize", root / "mixture")
    return {
        "params": params,
        "plan_path": root / "plan" / "plan.json",
        "shards_dir": root / "mixture",
        "tokenizer_dir": tokenizer,
        "heldout_dir": mix / "heldout",
        "sources_file": registry,
        "base": base,
    }


def train(inputs: dict, out: Path, **overrides) -> dict:
    args = {k: v for k, v in inputs.items() if k != "base"} | overrides
    return run_pretrain(out=out, **args)


@pytest.mark.parametrize("family", ["llama", "qwen2", "gpt_neox"])
def test_a_base_of_each_family_continues_from_its_weights_and_exports_a_plain_transformers_model(
    tmp_path, family
):
    inputs = prepare(tmp_path, family)
    summary = train(inputs, tmp_path / "pretrain")
    params, plan = inputs["params"], json.loads(inputs["plan_path"].read_text())

    # Step 1's loss is the base's own (new rows at their means) on the stream's first batch.
    base = resolve_base(params, inputs["sources_file"])
    start = CausalLMLoss(load_base_model(base, inputs["tokenizer_dir"], "eager"), zero_stage=1).eval()
    batch = next(TokenWindows(inputs["shards_dir"], 32, params.seed).micro_batches(4))
    with torch.no_grad():
        first = float(start(batch.inputs, batch.labels).loss)
    log = read_log(tmp_path / "pretrain" / "train_log.jsonl")
    assert log[0]["loss"] == pytest.approx(first, rel=1e-5)
    assert log[-1]["loss"] < log[0]["loss"]
    assert set().union(*(r["loss_by_domain"] for r in log)) == {"general", "finance", "legal"}
    assert log[-1]["mfu"] > 0

    # Re-warmed from zero to half the base's peak (0.01), decayed to a tenth of it.
    steps, warmup = plan["train"]["steps"], max(1, round(0.1 * plan["train"]["steps"]))
    assert summary["rewarm"] == {"peak_lr": 0.005, "warmup_steps": warmup, "min_lr_ratio": 0.1}
    assert log[0]["lr"] == pytest.approx(0.005 / warmup)
    assert max(r["lr"] for r in log) == pytest.approx(0.005)
    assert log[-1]["lr"] == pytest.approx(0.0005)
    assert summary["base_model"]["id"] == "tiny-base" and summary["steps"] == steps
    assert summary["n_params"] == plan["n_params"]

    checkpoint = tmp_path / "pretrain" / "checkpoint"
    exported = AutoModelForCausalLM.from_pretrained(checkpoint)
    tokenizer = AutoTokenizer.from_pretrained(checkpoint)
    assert exported.config.model_type == family
    assert exported.get_input_embeddings().weight.shape[0] >= len(tokenizer) == 441
    assert not list(checkpoint.glob("*.bin"))
    ids = tokenizer("Revenue for the fiscal year", return_tensors="pt").input_ids
    generated = exported.generate(ids, max_new_tokens=6, do_sample=False, pad_token_id=tokenizer.eos_token_id)
    assert generated.shape[1] == ids.shape[1] + 6


class Interrupted(Exception):
    pass


def test_an_interrupted_continued_run_resumes_with_the_losses_of_an_uninterrupted_one(tmp_path, monkeypatch):
    inputs = prepare(tmp_path, "llama", pretrain={"checkpoint_every": 5, "keep_last": 2, "eval_every": 10})
    real = model.train.train_step

    def stop_at_12(engine, batches, accum, dist_info, step, lr, limit):
        if step == 12:
            raise Interrupted
        return real(engine, batches, accum, dist_info, step, lr, limit)

    monkeypatch.setattr(model.train, "train_step", stop_at_12)
    with pytest.raises(Interrupted):
        train(inputs, tmp_path / "interrupted")
    assert [p.name for p in completed_checkpoints(tmp_path / "interrupted")] == [
        "step_00000005",
        "step_00000010",
    ]
    monkeypatch.setattr(model.train, "train_step", real)
    resumed = train(inputs, tmp_path / "interrupted")
    assert resumed["resumed_from_step"] == 10

    train(inputs, tmp_path / "uninterrupted")
    got = read_log(tmp_path / "interrupted" / "train_log.jsonl")
    expected = read_log(tmp_path / "uninterrupted" / "train_log.jsonl")
    assert [r["step"] for r in got] == list(range(1, resumed["steps"] + 1))
    assert [(r["loss"], r["lr"], r["loss_by_domain"]) for r in got] == [
        (r["loss"], r["lr"], r["loss_by_domain"]) for r in expected
    ]
    assert read_log(tmp_path / "interrupted" / "val_log.jsonl") == read_log(
        tmp_path / "uninterrupted" / "val_log.jsonl"
    )


def test_a_plan_made_for_other_base_weights_or_a_base_inside_the_output_is_refused(tmp_path):
    inputs = prepare(tmp_path, "qwen2")
    other = tmp_path / "retrained"
    shutil.copytree(inputs["base"], other)
    weights = AutoModelForCausalLM.from_pretrained(other)
    with torch.no_grad():
        weights.get_input_embeddings().weight.mul_(2)
    weights.save_pretrained(other)
    write_registry(inputs["sources_file"], other)
    with pytest.raises(ConfigError, match="planned for tiny-base at other weights.*re-run `charter plan`"):
        train(inputs, tmp_path / "pretrain")
    write_registry(inputs["sources_file"], inputs["base"])
    with pytest.raises(ConfigError, match="inside .*which this run replaces"):
        train(inputs, tmp_path)


def test_a_tied_base_continues_under_zero_3_and_exports_whole(tmp_path):
    # ZeRO-3 partitions the base's weights after they are loaded and grown; the fused head reads the tied
    # output embedding outside lm_head's forward, and the export gathers every shard.
    inputs = prepare(tmp_path, "qwen2", pretrain={"zero_stage": 3, "eval_every": None})
    summary = train(inputs, tmp_path / "pretrain")
    assert summary["zero_stage"] == 3 and summary["base_model"]["id"] == "tiny-base"
    exported = AutoModelForCausalLM.from_pretrained(tmp_path / "pretrain" / "checkpoint")
    assert sum(p.numel() for p in exported.parameters()) == summary["n_params"]
    assert exported.get_output_embeddings().weight is exported.get_input_embeddings().weight
