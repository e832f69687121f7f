"""The plan stage: Chinchilla closed form, data repetition, shape search and exact parameter counts."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import torch
from tokenizers import Tokenizer, models, pre_tokenizers, trainers
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

from core.config import Params
from core.errors import ConfigError
from core.repetition import R_D_STAR, effective_tokens
from model.architecture import ShapeRules, choose_shape, key_value_heads, llama_config, param_count
from model.monitor import flops_per_token
from model.plan import plan_for, run_plan, shape_rules
from model.scaling import FITS, get_fit, predicted_loss

GOPHER_FLOPS = 5.76e23


@pytest.fixture
def tiny_tokenizer(tmp_path):
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(vocab_size=280, special_tokens=["<unk>", "<s>", "</s>"])
    tok.train_from_iterator(["net interest margin widened", "the court denied the motion"], trainer)
    wrapped = PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="<unk>", bos_token="<s>", eos_token="</s>"
    )
    wrapped.save_pretrained(tmp_path / "tokenizer")
    return tmp_path / "tokenizer"


def write_meta(path: Path, n_tokens: int, n_unique_tokens: int) -> Path:
    """A tokenize stage's meta.json for a 300-token vocabulary and 64-token windows."""
    meta = {"dtype": "uint16", "vocab_size": 300, "seq_len": 64, "tokens_by_domain": {}, "shards": []}
    path.write_text(json.dumps(meta | {"n_tokens": n_tokens, "n_unique_tokens": n_unique_tokens}))
    return path


def meta_numel(cfg: dict) -> int:
    with torch.device("meta"):
        model = LlamaForCausalLM(LlamaConfig(**cfg))
    return sum(p.numel() for p in model.parameters())


def test_epoch_fit_at_gopher_budget_matches_independent_arithmetic():
    n, d = get_fit("epoch").optimal(GOPHER_FLOPS)
    # Independent: minimise L(N, C/6N) on a fine grid of N, no closed form involved.
    grid = np.logspace(10, 11.5, 200_001)
    e, a, b, alpha, beta = 1.8172, 482.01, 2085.43, 0.3478, 0.3658
    loss = e + a / grid**alpha + b / (GOPHER_FLOPS / (6 * grid)) ** beta
    assert n == pytest.approx(grid[np.argmin(loss)], rel=1e-3)
    assert n == pytest.approx(7.2e10, rel=0.05)
    assert d == pytest.approx(1.33e12, rel=0.05)


def test_hoffmann_fit_at_gopher_budget():
    # With the rounded published coefficients the closed form gives 32.2B parameters and 2.98T tokens
    # (Hoffmann et al. report ~40B for approach 3 from their unrounded fit).
    n, d = get_fit("hoffmann").optimal(GOPHER_FLOPS)
    g = (0.34 * 406.4 / (0.28 * 410.7)) ** (1 / 0.62)
    assert n == pytest.approx(g * (GOPHER_FLOPS / 6) ** (0.28 / 0.62), rel=1e-12)
    assert n == pytest.approx(3.22e10, rel=0.01)
    assert d == pytest.approx(2.98e12, rel=0.01)


@pytest.mark.parametrize("fit", sorted(FITS))
@pytest.mark.parametrize("compute", [1e15, 3.3e19, 5.76e23])
def test_optimum_spends_exactly_the_budget_and_minimises_loss(fit, compute):
    scaling = get_fit(fit)
    n, d = scaling.optimal(compute)
    assert 6 * n * d == pytest.approx(compute, rel=1e-12)
    best = scaling.loss(n, d)
    for factor in (0.8, 1.25):  # moving along the iso-compute curve only makes it worse
        assert scaling.loss(n * factor, d / factor) > best
    assert scaling.compute_for_params(n) == pytest.approx(compute, rel=1e-9)


def test_repeated_tokens_are_worth_less_than_fresh_ones():
    u = 1_000_000
    assert effective_tokens(500_000, u) == 500_000
    assert effective_tokens(u, u) == u
    d = 4 * u  # 4 epochs: 3 repetitions
    expected = u + u * R_D_STAR * (1 - math.exp(-3 / R_D_STAR))
    assert effective_tokens(d, u) == pytest.approx(expected)
    assert u < effective_tokens(d, u) < d
    # saturation: endless repetition is worth at most U (1 + R*)
    assert effective_tokens(1e6 * u, u) == pytest.approx(u * (1 + R_D_STAR), rel=1e-6)
    fit = get_fit("hoffmann")
    assert predicted_loss(1e6, d, fit, unique_tokens=u) == pytest.approx(fit.loss(1e6, expected))
    assert predicted_loss(1e6, d, fit, unique_tokens=u) > predicted_loss(1e6, d, fit)


def test_plan_reports_epochs_and_effective_tokens():
    plan = plan_for(1e14, "hoffmann", 4096, 256, unique_tokens=1_000_000)
    assert plan.epochs == pytest.approx(plan.n_tokens / 1_000_000)
    assert plan.epochs > 1
    assert plan.effective_tokens == pytest.approx(effective_tokens(plan.n_tokens, 1_000_000))
    assert plan.predicted_loss == pytest.approx(
        get_fit("hoffmann").loss(plan.n_params, plan.effective_tokens)
    )
    assert 6 * plan.n_params * plan.n_tokens == pytest.approx(1e14, rel=1e-6)


@pytest.mark.parametrize(
    "cfg",
    [
        llama_config(32, 1, 300, 64),
        llama_config(96, 3, 4096, 256),
        llama_config(512, 8, 50_257, 1024, ShapeRules(tie_word_embeddings=False)),  # GQA: 8 heads, 2 kv
        llama_config(1024, 4, 32_000, 2048),
        {  # an off-rule config with biases, odd MLP width and no head_dim key
            "vocab_size": 1031,
            "hidden_size": 96,
            "intermediate_size": 257,
            "num_hidden_layers": 2,
            "num_attention_heads": 6,
            "num_key_value_heads": 3,
            "attention_bias": True,
            "mlp_bias": True,
            "tie_word_embeddings": False,
        },
    ],
)
def test_closed_form_count_equals_built_model(cfg):
    assert param_count(cfg) == meta_numel(cfg)


@pytest.mark.parametrize(("kv_heads", "expected"), [(None, 3), (1, 1), (4, 4), (8, 6), (12, 12), (100, 12)])
def test_kv_heads_set_the_key_value_heads_and_the_count_follows(kv_heads, expected):
    # hidden 768: 12 heads of 64. kv_heads 8 does not divide 12: the largest divisor below it, 6.
    cfg = llama_config(768, 3, 4096, 256, ShapeRules(kv_heads=kv_heads))
    assert cfg["num_attention_heads"] == 12 and cfg["num_key_value_heads"] == expected
    assert param_count(cfg) == meta_numel(cfg)
    mha = llama_config(768, 3, 4096, 256, ShapeRules(kv_heads=12))
    # Fewer key/value heads shrink the k and v projections of each layer, and the FLOPs by 6 per weight;
    # attention's score and value FLOPs stay (every query head still attends).
    dropped = 3 * 2 * 768 * (12 - expected) * 64
    assert param_count(cfg) == param_count(mha) - dropped
    assert flops_per_token(cfg, 256) == flops_per_token(mha, 256) - 6 * dropped


def test_default_key_value_heads_keep_multi_head_below_8_heads_and_groups_of_4_above():
    rules = ShapeRules()
    assert [key_value_heads(h, rules) for h in (1, 2, 7, 8, 12, 28, 52, 64)] == [1, 2, 7, 2, 3, 7, 13, 16]


def test_kv_heads_param_reaches_the_planned_shape(tmp_path, tiny_tokenizer):
    meta = write_meta(tmp_path / "meta.json", n_tokens=10**9, n_unique_tokens=10**9)
    by_default = Params.model_validate({"plan": {"compute_flops": 1e17}})
    grouped = Params.model_validate({"plan": {"compute_flops": 1e17, "kv_heads": 1}})
    assert shape_rules(grouped.plan).kv_heads == 1
    default_cfg = run_plan(by_default, meta, tiny_tokenizer, tmp_path / "default")["model_config"]
    written = run_plan(grouped, meta, tiny_tokenizer, tmp_path / "mqa")
    cfg = written["model_config"]
    assert default_cfg["num_key_value_heads"] == default_cfg["num_attention_heads"] > 1
    assert cfg["num_key_value_heads"] == 1 < cfg["num_attention_heads"]
    assert written["n_params"] == meta_numel(cfg)
    assert 6 * written["n_params"] * written["n_tokens"] == pytest.approx(1e17, rel=1e-6)


@pytest.mark.parametrize("vocab", [4096, 32_000, 50_304])
def test_chosen_shape_is_within_5_percent_of_target(vocab):
    # Above ~1000 x vocab; below, one step in hidden size moves the embeddings by more than 5% (see docstring).
    for n in np.logspace(math.log10(1000 * vocab), 11, 25):
        count = param_count(choose_shape(n, vocab, 512))
        assert abs(count / n - 1) <= 0.05, (vocab, n, count)


def test_chosen_shape_follows_the_rules():
    cfg = choose_shape(3e8, 32_000, 2048)
    assert cfg["hidden_size"] % cfg["head_dim"] == 0
    assert cfg["num_attention_heads"] % cfg["num_key_value_heads"] == 0
    assert cfg["intermediate_size"] % 32 == 0 and cfg["intermediate_size"] >= 8 / 3 * cfg["hidden_size"]
    assert 32 <= cfg["hidden_size"] / cfg["num_hidden_layers"] <= 128
    assert cfg["max_position_embeddings"] == 2048


def test_unknown_fit_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown scaling fit 'kaplan'.*epoch, hoffmann, muennighoff"):
        plan_for(1e18, "kaplan", 4096, 256)


def test_too_small_budget_says_what_budget_is_needed():
    with pytest.raises(ConfigError, match=r"smallest model .* has 144,480 .*at least (\S+)") as err:
        plan_for(1e11, "hoffmann", 4096, 256)
    needed = float(err.value.args[0].rsplit("at least ", 1)[1].rstrip("."))
    plan = plan_for(needed * 1.01, "hoffmann", 4096, 256)  # the budget it names is enough
    assert plan.model_config["hidden_size"] == 32


def test_steps_are_capped_and_both_counts_recorded():
    plan = plan_for(1e14, "hoffmann", 4096, 256, micro_batch_size=4, grad_accum_steps=2, max_steps_cap=50)
    assert plan.train.tokens_per_step == 4 * 2 * 256
    assert plan.train.planned_steps == math.ceil(plan.n_tokens / plan.train.tokens_per_step)
    assert plan.train.steps == 50 < plan.train.planned_steps
    assert plan.train.tokens == 50 * 4 * 2 * 256
    assert any("max_steps_cap" in w for w in plan.warnings)


def test_run_plan_writes_plan_json(tmp_path, tiny_tokenizer):
    meta = write_meta(tmp_path / "meta.json", n_tokens=50_000, n_unique_tokens=20_000)
    params = Params.model_validate({"plan": {"compute_flops": 1e12, "max_steps_cap": 10}})
    result = run_plan(params, meta, tiny_tokenizer, tmp_path / "plan")
    written = json.loads((tmp_path / "plan" / "plan.json").read_text())
    assert written == json.loads(json.dumps(result))
    for key in ("fit", "compute_flops", "n_params", "n_tokens", "epochs", "predicted_loss", "unique_tokens"):
        assert key in written
    assert set(written["train"]) >= {
        "steps",
        "tokens_per_step",
        "micro_batch_size",
        "grad_accum_steps",
        "seq_len",
    }
    cfg = written["model_config"]
    assert cfg["vocab_size"] == 300 and cfg["max_position_embeddings"] == 64
    assert cfg["eos_token_id"] is not None
    assert written["n_params"] == meta_numel(cfg)
    assert written["unique_tokens"] == 20_000 and written["train"]["steps"] == 10
