"""Compute from hardware, data-constrained optima, fitting a law of our own, and the sweep that feeds it."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from tokenizers import Tokenizer, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast

from charter.cli import main
from core.config import Params
from core.errors import ConfigError
from model.fit import _grid_values, _objective, fit_law, run_fit, run_tokens
from model.plan import compute_budget, plan_for
from model.scaling import (
    ACCELERATORS,
    ScalingFit,
    accelerator_compute,
    data_constrained_optimal,
    effective_tokens,
    get_accelerator,
    get_fit,
)
from model.sweep import SweepConfig, run_sweep

KNOWN = ScalingFit("known", 1.8, 400.0, 2000.0, 0.34, 0.37, "synthetic")
# A small grid of starting points keeps the fit tests fast; it still holds several local optima.
STARTS = tuple(
    (a, b, e, al, be)
    for a in (0.0, 8.0)
    for b in (0.0, 8.0)
    for e in (0.0, 1.0)
    for al in (0.5,)
    for be in (0.5,)
)


def test_accelerator_budget_is_peak_times_devices_times_seconds_times_mfu():
    flops = accelerator_compute("H100", 64, 720, 0.4)
    assert flops == pytest.approx(989.4e12 * 64 * 720 * 3600 * 0.4)
    assert get_accelerator("h100 sxm") is get_accelerator("H100") is ACCELERATORS["H100"]
    assert get_accelerator("tpu-v5p").peak_bf16_flops == 459e12
    # BloombergGPT: 512 A100s for ~53 days at ~32% of peak delivered about its reported 2.36e23 FLOPs.
    assert accelerator_compute("A100", 512, 53 * 24, 0.32) == pytest.approx(2.36e23, rel=0.05)
    with pytest.raises(ConfigError, match="unknown accelerator 'V100'"):
        get_accelerator("V100")
    with pytest.raises(ConfigError, match="MFU"):
        accelerator_compute("H100", 8, 1, 1.5)


def test_params_take_exactly_one_budget():
    accel = {"type": "MI300X", "count": 8, "hours": 2, "mfu": 0.35}
    plan = Params.model_validate({"plan": {"accelerator": accel}}).plan
    assert compute_budget(plan) == pytest.approx(1307.4e12 * 8 * 2 * 3600 * 0.35)
    with pytest.raises(ValueError, match="exactly one"):
        Params.model_validate({"plan": {"accelerator": accel, "compute_flops": 1e18}})
    with pytest.raises(ValueError, match="exactly one"):
        Params.model_validate({"plan": {}})


def test_cli_plans_from_accelerator_and_refuses_both_budgets(capsys):
    assert main(["plan", "--accelerator", "H100", "--count", "64", "--hours", "720", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["compute_flops"] == pytest.approx(accelerator_compute("H100", 64, 720, 0.4))
    with pytest.raises(SystemExit):
        main(["plan", "--accelerator", "H100", "--compute", "1e20"])


def test_bloomberggpt_data_constrained_optimum():
    n, d = data_constrained_optimal(get_fit("epoch"), 2.36e23, 708e9)
    # Measured: 4.68e10 parameters on 8.41e11 tokens (1.19 epochs); the unconstrained optimum is 4.56e10.
    assert 42e9 < n < 52e9
    assert n > get_fit("epoch").optimal(2.36e23)[0]
    assert 6 * n * d == pytest.approx(2.36e23)
    # Independent check: a grid over N along the budget.
    grid = np.logspace(10.4, 10.9, 20_001)
    loss = [get_fit("epoch").loss(x, effective_tokens(2.36e23 / (6 * x), 708e9)) for x in grid]
    assert n == pytest.approx(grid[int(np.argmin(loss))], rel=1e-3)
    plan = plan_for(2.36e23, "epoch", 131_072, 2048, unique_tokens=708e9)
    assert 42e9 < plan.n_params < 52e9 and plan.epochs > 1


@pytest.mark.parametrize("fit", ["hoffmann", "epoch", "muennighoff"])
def test_plentiful_data_gives_the_closed_form(fit):
    closed = get_fit(fit).optimal(1e21)
    assert data_constrained_optimal(get_fit(fit), 1e21, closed[1] * 1.01) == closed
    assert data_constrained_optimal(get_fit(fit), 1e21, None) == closed


def synthetic_runs(noise: float, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """IsoFLOP profiles of the known law: 5 budgets, 5 sizes around each optimum, log-normal noise."""
    rng = np.random.default_rng(seed)
    n, d = [], []
    for c in (1e17, 1e18, 1e19, 1e20, 1e21):
        for x in KNOWN.optimal(c)[0] * np.logspace(-0.75, 0.75, 5):
            n.append(x)
            d.append(c / (6 * x))
    n_arr, d_arr = np.array(n), np.array(d)
    losses = np.array([KNOWN.loss(a, b) for a, b in zip(n_arr, d_arr, strict=True)])
    return n_arr, d_arr, losses * np.exp(rng.normal(0.0, noise, len(losses)))


def test_huber_fit_recovers_a_known_law():
    result = fit_law(*synthetic_runs(noise=0.002), starts=STARTS, bootstrap=0)
    fit = result.fit
    assert pytest.approx(KNOWN.E, rel=0.05) == fit.E
    assert fit.alpha == pytest.approx(KNOWN.alpha, abs=0.03)
    assert fit.beta == pytest.approx(KNOWN.beta, abs=0.03)
    # A and B trade off against the exponents; what must hold is the loss surface and the optimum.
    for c in (1e18, 1e20):
        assert fit.optimal(c)[0] == pytest.approx(KNOWN.optimal(c)[0], rel=0.25)
        assert fit.loss(*KNOWN.optimal(c)) == pytest.approx(KNOWN.loss(*KNOWN.optimal(c)), rel=0.01)


def test_bootstrap_intervals_contain_the_truth():
    result = fit_law(
        *synthetic_runs(noise=0.005, seed=1), starts=STARTS, bootstrap=40, bootstrap_starts=2, seed=2
    )
    for key, truth in KNOWN.coefficients().items():
        lo, hi = result.intervals[key]
        assert lo <= truth <= hi, (key, lo, truth, hi)


def test_fit_file_drives_plan(tmp_path):
    n, d, losses = synthetic_runs(noise=0.002)
    runs = [
        {"n_params": a, "n_tokens": b, "eval_loss": c, "budget": 6 * a * b, "heldout_run": False}
        for a, b, c in zip(n, d, losses, strict=True)
    ]
    held_n, held_d = KNOWN.optimal(3e21)  # a budget above the sweep's, excluded from the fit
    runs.append(
        {
            "n_params": held_n,
            "n_tokens": held_d,
            "eval_loss": KNOWN.loss(held_n, held_d),
            "budget": 3e21,
            "heldout_run": True,
        }
    )
    (tmp_path / "runs.json").write_text(json.dumps({"runs": runs, "vocab_size": 32000}))
    payload = run_fit(tmp_path / "runs.json", tmp_path / "fit", bootstrap=5, starts=STARTS)
    assert (tmp_path / "fit" / "isoflop.png").stat().st_size > 1000
    assert abs(payload["heldout"]["error_pct"]) < 1.0
    low, high = payload["heldout"]["predicted_loss_ci95"]
    actual = payload["heldout"]["actual_loss"]
    assert low <= high and low <= actual * 1.01 and high >= actual * 0.99  # covers the truth
    assert set(payload["heldout"]["published"]) == {"hoffmann", "epoch", "muennighoff"}
    fit_file = str(tmp_path / "fit" / "fit.json")
    plan = plan_for(1e20, fit_file, 32000, 2048)
    assert plan.fit == fit_file
    assert plan.n_params_optimal == pytest.approx(KNOWN.optimal(1e20)[0], rel=0.25)
    out = subprocess.run(
        [sys.executable, "-m", "charter.cli", "plan", "--compute", "1e20", "--fit", fit_file, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout)["n_params"] == plan.n_params
    with pytest.raises(ConfigError, match="not a scaling-fit file"):
        get_fit(str(tmp_path / "missing.json"))


@pytest.fixture
def tiny_corpus(tmp_path):
    """Token shards, held-out JSONL and the tokenizer that made them, as the tokenize and mix stages lay out."""
    texts = [
        "net interest margin widened as deposit costs fell in the quarter",
        "the court denied the motion to dismiss and set a trial date",
        "patients received the standard dose and were followed for a year",
    ]
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.train_from_iterator(
        texts, trainers.BpeTrainer(vocab_size=300, special_tokens=["<unk>", "<s>", "</s>"])
    )
    wrapped = PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="<unk>", bos_token="<s>", eos_token="</s>"
    )
    wrapped.save_pretrained(tmp_path / "tokenizer")
    rng = np.random.default_rng(0)
    ids: list[int] = []
    for i in rng.integers(0, len(texts), 400):
        ids += wrapped(texts[i], add_special_tokens=False)["input_ids"] + [wrapped.eos_token_id]
    (tmp_path / "tokenize" / "shards").mkdir(parents=True)
    np.asarray(ids, dtype="<u2").tofile(tmp_path / "tokenize" / "shards" / "shard_00000.bin")
    meta = {
        "dtype": "uint16",
        "vocab_size": len(wrapped),
        "seq_len": 32,
        "n_tokens": len(ids),
        "n_unique_tokens": len(ids),
        "shards": [{"file": "shard_00000.bin", "n_tokens": len(ids)}],
    }
    (tmp_path / "tokenize" / "meta.json").write_text(json.dumps(meta))
    (tmp_path / "heldout").mkdir()
    (tmp_path / "heldout" / "finance.jsonl").write_text(
        "\n".join(json.dumps({"id": str(i), "text": " ".join(texts)}) for i in range(4)) + "\n"
    )
    return tmp_path


def test_sweep_trains_a_2x2_grid_and_a_heldout_run(tiny_corpus, monkeypatch):
    import model.train

    steps_made = []
    real_step = model.train.train_step

    def counted(engine, *args):
        steps_made.append(type(engine).__name__)
        return real_step(engine, *args)

    monkeypatch.setattr(model.train, "train_step", counted)  # the pretrain stage's step, on its engine
    cfg = SweepConfig(
        budgets=(2e8, 6e8),
        shapes=((32, 1), (64, 1)),
        heldout_budget=1.5e9,
        heldout_shape=(32, 1),
        micro_batch_size=2,
        min_steps=5,
        eval_windows=8,
        threads=1,
    )
    result = run_sweep(
        tiny_corpus / "tokenize", tiny_corpus / "heldout", tiny_corpus / "tokenizer", tiny_corpus / "out", cfg
    )
    runs = result["runs"]
    assert [r["heldout_run"] for r in runs] == [False] * 4 + [True]
    assert len(steps_made) == sum(r["steps"] for r in runs) and set(steps_made) == {"DeepSpeedEngine"}
    assert result["engine"] == {
        "device": "cpu",
        "precision": "fp32",
        "zero_stage": 1,
        "activation_checkpointing": False,
        "world_size": 1,
    }
    for run in runs:
        assert 6 * run["n_params"] * run["n_tokens"] == pytest.approx(run["budget"], rel=0.2)
        assert 0 < run["eval_loss"] < np.log(result["vocab_size"]) + 1
    assert (tiny_corpus / "out" / "runs.csv").read_text().count("\n") == 6
    epoch = result["tokens_per_epoch"]
    repeated = [r for r in runs if r["n_tokens"] > epoch]
    assert repeated, "the grid is meant to repeat the tiny corpus"
    for run in runs:
        assert run["effective_tokens"] == pytest.approx(effective_tokens(run["n_tokens"], epoch))
    assert all(r["effective_tokens"] < r["n_tokens"] for r in repeated)
    with pytest.raises(ConfigError, match="above the sweep's largest"):
        SweepConfig(budgets=(1e9,), heldout_budget=1e8)


@pytest.mark.parametrize(
    "argv", [["scaling", "--help"], ["scaling", "sweep", "--help"], ["scaling", "fit", "--help"]]
)
def test_scaling_cli_help(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 0
    assert "usage: charter scaling" in capsys.readouterr().out


def test_screening_scores_every_start_as_the_objective_does():
    n, d, losses = synthetic_runs(noise=0.01)
    data = (np.log(n), np.log(d), np.log(losses))
    starts = np.array(STARTS)
    scores = _grid_values(starts, *data, 1e-3)
    assert scores == pytest.approx([_objective(x, *data, 1e-3)[0] for x in starts], rel=1e-9)


def test_a_run_is_fitted_at_its_effective_tokens():
    assert run_tokens({"n_tokens": 4e6, "effective_tokens": 3.5e6}, None) == 3.5e6
    assert run_tokens({"n_tokens": 4e6}, 1e6) == pytest.approx(effective_tokens(4e6, 1e6))
    assert run_tokens({"n_tokens": 4e6}, None) == 4e6
