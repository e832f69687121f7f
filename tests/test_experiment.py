"""Experiments with controls: arms as data, seeds, equal parameters and tokens, bootstrap intervals, and a
memo that states only what was measured."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from core.config import (
    ArmParams,
    ComparisonParams,
    ExperimentParams,
    GapParams,
    MixParams,
    Params,
    load_params,
)
from core.errors import ConfigError, MixtureError
from corpus.mixture import SourceShare, allocate
from eval_suites import experiment
from eval_suites.experiment import (
    ExperimentError,
    Run,
    check_arms_fit,
    collect,
    compare,
    dvc_exp_run,
    format_table,
    run_arms,
    run_name,
)
from governance.report.memo import decision_memo
from tests.conftest import REPO

ARMS = [
    ArmParams(name="general-only", set={"mix.domain_share": 0.0}),
    ArmParams(name="domain-only", set={"mix.domain_share": 1.0}),
    ArmParams(name="mixed-0.5", set={"mix.domain_share": 0.5}),
]

# Stands in for the pipeline: bits per byte falls on the side a run trains on, a little noise per seed and
# per document; the run's summary, mixture and per-document scores are written as the real stages write them.
FAKE_EVALUATE = textwrap.dedent(
    """
    import json, pathlib, random, yaml
    p = yaml.safe_load(open("params.yaml"))
    s, seed = p["mix"]["domain_share"], p["pretrain"]["seed"]
    r = random.Random(seed)
    level = {"legal": 2.0 - 0.5 * s, "general": 1.5 + 0.7 * s}
    docs = []
    for domain in level:
        for source in ("a", "b"):
            for i in range(8):
                nbytes = 1000 + 100 * i
                noise = 1 + 0.05 * ((i * 7919) % 13 - 6) / 6 + 0.002 * r.random()
                bits = level[domain] * noise * nbytes
                docs.append({"id": f"{source}/{i}", "source": source, "domain": domain, "bits": bits,
                             "bytes": nbytes, "bits_all": bits, "bytes_all": nbytes})
    metrics = {}
    for domain in level:
        per_source = []
        for source in ("a", "b"):
            mine = [d for d in docs if d["domain"] == domain and d["source"] == source]
            per_source.append(sum(d["bits"] for d in mine) / sum(d["bytes"] for d in mine))
        metrics[domain] = {"bits_per_byte": sum(per_source) / 2}
    out = pathlib.Path("data/evaluate"); (out / "results").mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(metrics))
    (out / "results" / "heldout_documents.json").write_text(json.dumps(docs))
    pathlib.Path("data/pretrain").mkdir(parents=True, exist_ok=True)
    pathlib.Path("data/pretrain/summary.json").write_text(json.dumps({"n_params": 144480, "tokens_seen": 20480}))
    pathlib.Path("data/mixture").mkdir(parents=True, exist_ok=True)
    sources = {"wiki": {"domain": "general", "tokens": round(20480 * (1 - s)), "unique_tokens": 5000},
               "cuad": {"domain": "legal", "tokens": round(20480 * s), "unique_tokens": 6000}}
    pathlib.Path("data/mixture/mixture.json").write_text(json.dumps({"sources": sources}))
    """
)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _dvc_json(repo: Path, *args: str) -> dict:
    done = subprocess.run(
        [*experiment.DVC, *args, "--json"], cwd=repo, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def _cfg(arms: list[ArmParams], seeds: list[int], **kw) -> ExperimentParams:
    return ExperimentParams(arms=arms, seeds=seeds, **kw)


@pytest.fixture(scope="module")
def runs_done(tmp_path_factory) -> Path:
    """A git + DVC repository in which two arms ran at two seeds each: `dvc exp run` is the slow part (about
    ten seconds a run), so once, and no more runs than the mechanics need; verdicts, which need three seeds,
    are tested on synthetic runs below."""
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "DVC_NO_ANALYTICS": "1",
    }
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        repo = tmp_path_factory.mktemp("repo")
        (repo / "evaluate.py").write_text(FAKE_EVALUATE)
        (repo / "params.yaml").write_text(
            "mix:\n  domain_share: 0.5\nplan:\n  compute_flops: 6.0e+12\npretrain:\n  seed: null\n"
        )
        # As in the project: data/ is git-ignored; the evaluate stage's outputs and metrics are DVC-cached.
        (repo / ".gitignore").write_text("/data/\n")
        (repo / "dvc.yaml").write_text(
            textwrap.dedent(
                f"""
                stages:
                  evaluate:
                    cmd: {sys.executable} evaluate.py
                    deps: [evaluate.py]
                    params: [mix.domain_share, plan.compute_flops, pretrain.seed]
                    outs: [data/evaluate/results]
                    metrics: [data/evaluate/metrics.json, data/pretrain/summary.json, data/mixture/mixture.json]
                """
            )
        )
        # The workspace's own build: the bytes per token every arm shares.
        (repo / "data" / "mix").mkdir(parents=True)
        (repo / "data" / "tokenize").mkdir(parents=True)
        (repo / "data" / "mix" / "mixture.json").write_text(
            json.dumps(
                {
                    "sources": [
                        {"source": "wiki", "domain": "general", "bytes": 20000},
                        {"source": "cuad", "domain": "legal", "bytes": 18000},
                    ]
                }
            )
        )
        (repo / "data" / "tokenize" / "meta.json").write_text(
            json.dumps({"tokens_by_source": {"wiki": 5000, "cuad": 6000}})
        )
        _git(repo, "init", "-q")
        subprocess.run([*experiment.DVC, "init", "-q"], cwd=repo, check=True, capture_output=True)
        _git(repo, "add", "-A")
        _git(repo, "commit", "-qm", "base")
        run_arms([ARMS[0], ARMS[2]], [1, 2], 1e12, "evaluate", repo)
    return repo


def test_every_arm_runs_at_every_seed_as_a_dvc_experiment_and_is_compared_with_intervals(runs_done, tmp_path):
    # --temp: the workspace keeps its own parameters; the runs live only as experiments.
    assert "domain_share: 0.5" in (runs_done / "params.yaml").read_text()
    assert not (runs_done / "data" / "evaluate").exists()
    cfg = _cfg(
        [ARMS[0], ARMS[2]],
        [1, 2],
        comparisons=[ComparisonParams(arm="mixed-0.5", baseline="general-only", text="general")],
    )
    result = collect(runs_done, tmp_path / "out", cfg)

    assert [a["name"] for a in result["arms"]] == ["general-only", "mixed-0.5"]
    assert all(a["seeds"] == [1, 2] for a in result["arms"])
    c = result["controls"]
    assert c["compute"]["equal"] and c["parameters"]["equal"] and c["tokens"]["equal"]
    assert not c["seeds"]["met"] and c["heldout"]["same_documents"]
    # Bytes seen per side: tokens of each source at the workspace's bytes per token.
    general_only = result["arms"][0]
    assert general_only["bytes_seen"] == {"general": 20480 * 4, "domain": 0}
    assert result["arms"][1]["bytes_seen"] == {"general": 10240 * 4, "domain": 10240 * 3}
    cell = general_only["bits_per_byte"]["general"]
    assert cell["ci95_low"] < cell["mean"] < cell["ci95_high"] and cell["seed_std"] > 0
    (comparison,) = result["comparisons"]
    assert comparison["relative_bpb"] == pytest.approx(1.85 / 1.5 - 1, rel=0.01)
    # The interval is measured, but two seeds per arm support no verdict.
    assert (
        comparison["ci95_low"] > 0.03
        and comparison["verdict"] == "not supported: fewer than 3 seeds in mixed-0.5 and general-only"
    )
    assert json.loads((tmp_path / "out" / "results.json").read_text()) == result
    assert (tmp_path / "out" / "bpb.png").read_bytes()[:4] == b"\x89PNG"
    table = format_table(result)
    for text in (
        "general-only",
        "144,480",
        "20,480",
        "81,920",
        "[",
        "controls: compute equal",
        "fewer than 3",
    ):
        assert text in table

    # `dvc metrics diff` compares runs by experiment name.
    changed = _dvc_json(runs_done, "metrics", "diff", run_name("general-only", 1), run_name("mixed-0.5", 1))[
        "data/evaluate/metrics.json"
    ]
    assert changed["legal.bits_per_byte"]["new"] < changed["legal.bits_per_byte"]["old"]


def test_collect_names_an_arm_without_runs(runs_done, tmp_path):
    with pytest.raises(ExperimentError, match="no experiment named domain-only-seed1 or domain-only-seed2"):
        collect(runs_done, tmp_path / "out", _cfg(ARMS, [1, 2]))


def test_an_arm_short_of_seeds_is_shown_and_only_its_comparisons_lack_a_verdict(runs_done, tmp_path):
    # Seeds 1 and 2 ran; asking for 1, 2 and 3 collects what exists and names what does not.
    cfg = _cfg(
        [ARMS[0], ARMS[2]],
        [1, 2, 3],
        comparisons=[ComparisonParams(arm="mixed-0.5", baseline="general-only", text="general")],
    )
    result = collect(runs_done, tmp_path / "out", cfg)
    assert [a["seeds"] for a in result["arms"]] == [[1, 2], [1, 2]]
    seeds = result["controls"]["seeds"]
    assert seeds["per_arm"] == {"general-only": 2, "mixed-0.5": 2} and not seeds["met"]
    assert seeds["missing"] == {"general-only": [3], "mixed-0.5": [3]}
    assert result["comparisons"][0]["verdict"].startswith("not supported: fewer than 3 seeds in")
    assert "missing: general-only at seed 3 (no such run on this commit)" in format_table(result)


def test_a_comparison_needs_three_seeds_in_its_own_two_arms_only():
    levels = {"general-only": {"general": 1.5}, "mixed-0.5": {"general": 1.6}}
    runs = [_run(arm, seed, level) for arm, level in levels.items() for seed in (1, 2, 3)]
    runs.append(_run("domain-only", 1, {"general": 2.0}))
    cfg = _cfg(
        ARMS,
        [1, 2, 3],
        comparisons=[
            ComparisonParams(arm="mixed-0.5", baseline="general-only", text="general", kind="difference"),
            ComparisonParams(arm="domain-only", baseline="general-only", text="general", kind="difference"),
        ],
    )
    both, short = compare(runs, cfg)["comparisons"]
    assert both["verdict"] == "higher: measurably worse"
    assert short["verdict"] == "not supported: fewer than 3 seeds in domain-only"


def test_a_failing_run_stops_the_experiment_with_its_command(monkeypatch, tmp_path):
    calls = []

    def fake_run(cmd, **kwargs):
        calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 0 if "remove" in cmd else 3)

    monkeypatch.setattr(experiment.subprocess, "run", fake_run)
    with pytest.raises(
        ExperimentError, match=r"run general-only-seed1 failed \(exit 3\).*mix.domain_share=0"
    ):
        run_arms(ARMS[:2], [1, 2], 1e12, "evaluate", tmp_path)
    assert len(calls) == 2  # the second run never starts


def test_a_run_sets_its_arms_overrides_the_common_budget_and_its_seed():
    arm = ArmParams(
        name="muon", set={"pretrain.optimizer": "muon", "pretrain.lr": 0.02, "mix.domain_share": 0.5}
    )
    cmd = dvc_exp_run(arm, 2, 1e12, "evaluate")
    assert cmd[-1] == "evaluate" and "--temp" in cmd and cmd[cmd.index("-n") + 1] == "muon-seed2"
    sets = [cmd[i + 1] for i, x in enumerate(cmd) if x == "-S"]
    assert sets == [
        "mix.domain_share=0.5",
        "pretrain.lr=0.02",
        'pretrain.optimizer="muon"',
        "plan.compute_flops=1e+12",
        "pretrain.seed=2",
    ]


def test_every_key_a_run_sets_is_in_the_shipped_params_so_dvc_can_override_it(tmp_path):
    # `dvc exp run -S pretrain.seed=1` fails ("Key 'seed' is not in struct") when params.yaml lacks the key.
    params = Path(__file__).resolve().parents[1] / "params.yaml"
    cfg = load_params(params).experiment
    keys = experiment.overrides(cfg.arms)
    assert {"pretrain.seed", "plan.compute_flops", "mix.domain_share"} <= set(keys)
    experiment.check_overridable(params, keys)
    (tmp_path / "params.yaml").write_text("mix:\n  domain_share: 0.5\nplan:\n  compute_flops: 1.0e+12\n")
    with pytest.raises(ExperimentError, match="has no pretrain.seed: `dvc exp run -S`"):
        experiment.check_overridable(tmp_path / "params.yaml", keys)
    with pytest.raises(ExperimentError, match="has no pretrain.seed"):
        experiment.run_experiment(
            Params.model_validate({"plan": {"compute_flops": 1e12}}), tmp_path, tmp_path
        )


def test_arms_are_data_and_may_not_override_the_controls():
    cfg = Params.model_validate({"plan": {"compute_flops": 1e12}}).experiment
    assert [a.name for a in cfg.arms] == ["general-only", "domain-only", "mixed-0.5"]
    assert len(cfg.seeds) >= 3 and cfg.tolerance_source
    with pytest.raises(ValueError, match="sets \\['plan.compute_flops'\\]"):
        _cfg([ArmParams(name="a", set={"plan.compute_flops": 2e12}), ARMS[0]], [1])
    with pytest.raises(ValueError, match="not declared: \\['nope'\\]"):
        _cfg(ARMS, [1], comparisons=[ComparisonParams(arm="nope", baseline="mixed-0.5", text="all")])
    with pytest.raises(ValueError, match="repeated names"):
        _cfg([ARMS[0], ARMS[0]], [1])


def _meta(tmp_path: Path, general: int, domain: int) -> Path:
    folder = tmp_path / "data"
    (folder / "tokenize").mkdir(parents=True)
    meta = {
        "vocab_size": 4096,
        "seq_len": 256,
        "n_tokens": general + domain,
        "n_unique_tokens": general + domain,
        "tokens_by_domain": {"general": general, "finance": domain // 2, "legal": domain - domain // 2},
    }
    path = folder / "tokenize" / "meta.json"
    path.write_text(json.dumps(meta))
    return path


def test_cap_check_refuses_a_budget_an_arm_cannot_meet_and_names_one_that_fits(tmp_path):
    params = Params.model_validate({"plan": {"compute_flops": 6e12}, "mix": {"max_epochs": 4}})
    meta = _meta(tmp_path, general=350_000, domain=600_000)
    with pytest.raises(ExperimentError, match="general-only would repeat general text") as refused:
        check_arms_fit(params, ARMS, 6e12, meta)
    suggested = float(str(refused.value).rsplit("--compute-flops ", 1)[1].split()[0])
    assert suggested < 6e12
    needs = check_arms_fit(params, ARMS, suggested, meta)
    assert all(max(n.epochs.values()) <= 4 * 0.95 for n in needs)
    assert {n.arm: set(n.epochs) for n in needs} == {
        "general-only": {"general"},
        "domain-only": {"domain"},
        "mixed-0.5": {"general", "domain"},
    }


def test_mixture_accepts_domain_share_zero_and_one_and_caps_the_side_it_trains_on():
    def sources() -> list[SourceShare]:
        return [
            SourceShare("wiki", "general", unique_tokens=1000, weight=1.0),
            SourceShare("tatqa", "finance", unique_tokens=600, weight=1.0),
            SourceShare("cuad", "legal", unique_tokens=400, weight=1.0),
        ]

    general_only = sources()
    allocate(general_only, 3000, MixParams(domain_share=0.0, max_epochs=4))
    assert [s.tokens for s in general_only] == [3000, 0, 0]
    domain_only = sources()
    allocate(domain_only, 3000, MixParams(domain_share=1.0, max_epochs=4))
    assert [s.tokens for s in domain_only] == [0, 1800, 1200]
    with pytest.raises(MixtureError, match="'wiki'.*5.00 times"):
        allocate(sources(), 5000, MixParams(domain_share=0.0, max_epochs=4))


# ---------------------------------------------------------------- the comparison, on synthetic runs


def _docs(level: dict[str, float], spread: float = 0.3) -> list[dict]:
    """Eight documents per source whose own difficulty varies a lot: a paired comparison sees through it."""
    docs = []
    for domain, value in level.items():
        for source in ("a", "b"):
            for i in range(8):
                bits = value * (1 + spread * (i - 3.5) / 3.5) * 1000
                docs.append(
                    {"id": f"{source}{i}", "source": source, "domain": domain, "bits": bits, "bytes": 1000}
                )
    return docs


def _run(arm: str, seed: int, level: dict[str, float], n_params: int = 1000, jitter: float = 0.0) -> Run:
    shifted = {d: v * (1 + jitter * (seed - 2)) for d, v in level.items()}
    docs = _docs(shifted)
    bpb = {d: float(np.mean([x["bits"] / x["bytes"] for x in docs if x["domain"] == d])) for d in shifted}
    return Run(arm, seed, run_name(arm, seed), "abc", 1e12, n_params, 2048, 3.0, bpb, None, docs)


def _three_arms(mixed: dict[str, float], **run_kw) -> list[Run]:
    levels = {
        "general-only": {"general": 1.5, "legal": 2.0},
        "domain-only": {"general": 2.2, "legal": 1.5},
        "mixed-0.5": mixed,
    }
    return [_run(arm, seed, level, **run_kw) for arm, level in levels.items() for seed in (1, 2, 3)]


def _default_cfg(**kw) -> ExperimentParams:
    return Params.model_validate({"plan": {"compute_flops": 1e12}}).experiment.model_copy(update=kw)


def test_a_verdict_needs_the_whole_interval_on_one_side_of_the_tolerance():
    # Mixed is 1% above domain-only on legal text: within 3% although documents vary by +-30%.
    result = compare(_three_arms({"general": 1.6, "legal": 1.515}, jitter=0.002), _default_cfg())
    on_domain, on_general = result["comparisons"]
    assert on_domain["relative_bpb"] == pytest.approx(0.01, abs=1e-9)
    assert on_domain["ci95_high"] < 0.03 and on_domain["verdict"] == "within"
    assert (
        on_general["relative_bpb"] == pytest.approx(1.6 / 1.5 - 1) and on_general["verdict"] == "not within"
    )
    # Seeds 4% apart leave a 3% tolerance undecided.
    noisy = compare(_three_arms({"general": 1.6, "legal": 1.515}, jitter=0.04), _default_cfg())
    assert noisy["comparisons"][0]["verdict"] == "undecided"
    legal = noisy["arms"][2]["bits_per_byte"]["legal"]
    assert legal["ci95_high"] - legal["ci95_low"] > 0.05


def test_no_verdict_without_equal_parameters_or_three_seeds():
    runs = _three_arms({"general": 1.6, "legal": 1.515})
    runs[-1] = _run("mixed-0.5", 3, {"general": 1.6, "legal": 1.515}, n_params=2000)
    result = compare(runs, _default_cfg())
    assert not result["controls"]["parameters"]["equal"]
    assert all(c["verdict"].startswith("not supported") for c in result["comparisons"])
    two_seeds = [r for r in _three_arms({"general": 1.6, "legal": 1.515}) if r.seed != 3]
    result = compare(two_seeds, _default_cfg(seeds=[1, 2]))
    assert not result["controls"]["seeds"]["met"]
    assert all("fewer than 3 seeds" in c["verdict"] for c in result["comparisons"])


def test_gap_closed_is_reported_only_where_the_gap_is_measurably_positive():
    result = compare(_three_arms({"general": 1.6, "legal": 1.6}), _default_cfg())
    legal = result["gap_closed"]["mixed-0.5"]["legal"]
    assert legal["share"] == pytest.approx((2.0 - 1.6) / (2.0 - 1.5))
    assert legal["ci95_low"] <= legal["share"] <= legal["ci95_high"]
    # Domain-only no better than general-only on legal text: a tiny or negative gap has no share.
    runs = [
        _run(arm, seed, {"general": 1.5, "legal": value})
        for arm, value in (("general-only", 2.0), ("domain-only", 2.001), ("mixed-0.5", 1.9))
        for seed in (1, 2, 3)
    ]
    flat = compare(runs, _default_cfg(gap=GapParams(high="general-only", low="domain-only")))
    assert flat["gap_closed"]["mixed-0.5"]["legal"]["share"] is None
    assert "not measurably better" in flat["gap_closed"]["mixed-0.5"]["legal"]["why"]
    memo = " ".join(decision_memo({"experiment": flat})["experiment"])
    assert "legal not defined" in memo


def test_memo_states_measured_figures_with_intervals_and_says_what_was_not_measured():
    result = compare(_three_arms({"general": 1.6, "legal": 1.515}, jitter=0.002), _default_cfg())
    report = {
        "tokenizer": {
            "vocab_size": 4096,
            "general_only_tokens_per_byte": {"general": 0.30, "finance": 0.42, "legal": 0.36},
            "tokens_per_byte": {"general": 0.31, "finance": 0.34, "legal": 0.30},
            "saving_vs_general_only": {"4096": {"general": -0.02, "finance": 0.18, "legal": 0.17}},
        },
        "experiment": result,
        "token_mixture": {"max_epochs": 4, "sources": {"cuad": {"domain": "legal", "epochs": 2.5}}},
        "plan": {"n_params": 144480, "compute_flops": 1e12},
        "evaluation": {
            "legal": {
                "hearsay": {
                    "scoring": "acc",
                    "chance": 0.5,
                    "gold": {"No": 30, "Yes": 30},
                    "acc_balanced_ci95_low": 0.4,
                    "acc_balanced_ci95_high": 0.6,
                    "acc_predictions": {"No": 60, "Yes": 0},
                }
            }
        },
        "evaluation_gate": {"tasks": {"charter_finance_fpb": {"allowed": False}}},
    }
    memo = decision_memo(report)
    text = " ".join(memo["tokenizer"] + memo["experiment"] + memo["questions"])
    assert "finance 0.420 (+40.0%)" in text  # general-only tokenizer on finance vs general text
    assert "3 arms (general-only, domain-only, mixed-0.5), 3 seeds each, 1e+12 FLOPs per run" in text
    assert "parameters equal, tokens equal (1,000 parameters, 2,048 tokens per run)" in text
    assert "On domain text, mixed-0.5 against domain-only in bits per byte: +1.0% [" in text
    assert "within the 3% tolerance (Charter's default, a judgment call" in text
    assert (
        "Share of the domain-text gap between the one-sided arms that mixed-0.5 closes: legal 97% [" in text
    )
    assert "general-only on general text: +6.7% [" in text  # the general-text budget, measured
    assert "legal/hearsay" in text and "answered with one answer on every item" in text
    assert "2.50 times (cuad" in text and "1,000-parameter" in text and "charter_finance_fpb" in text
    assert "only bits-per-byte separates models" not in text

    nothing = decision_memo({})
    assert any("not measured" in line for line in nothing["experiment"])
    assert any("not measured here" in q for q in nothing["questions"])
    assert "pays for its domain share" not in " ".join(nothing["questions"])


def test_memo_names_the_tasks_not_evaluated_because_their_data_is_not_shipped():
    gate = {
        "tasks": {"charter_finance_fpb": {"allowed": True}, "charter_legal_contractnli": {"allowed": True}},
        "not_evaluated": {"charter_finance_fpb": "eval_suites/finance/data/fpb.jsonl is not shipped"},
    }
    questions = " ".join(decision_memo({"evaluation_gate": gate})["questions"])
    assert "allowed every task" in questions
    assert "not built here: charter_finance_fpb." in questions
    assert "not built here" not in " ".join(decision_memo({"evaluation_gate": {"tasks": {}}})["questions"])


def test_every_stage_an_experiment_can_skip_is_eligible_for_dvcs_run_cache():
    """A `dvc exp run --temp` run starts without data/ (git-ignored) and restores each unchanged stage from the
    run-cache; DVC records a stage there only when every output is cached and none persists. A stage that
    cannot be recorded re-runs in every experiment, and so does everything after it."""
    from dvc.repo import Repo

    with Repo(str(REPO)) as repo:
        stages = [s for s in repo.index.stages if s.path_in_repo == "dvc.yaml"]
        assert len(stages) > 10
        for stage in stages:
            if (
                stage.always_changed or stage.name == "pretrain"
            ):  # runs every time / its logs persist on resume
                continue
            uncached = [o.def_path for o in stage.outs if not o.use_cache]
            assert not uncached, (
                f"{stage.name}: {uncached} are `cache: false`, so the stage never enters the run-cache"
            )
            assert all(not o.persist for o in stage.outs), stage.name


def test_a_commit_made_while_the_experiment_runs_stops_it(monkeypatch, tmp_path):
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@x",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@x",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    _git(tmp_path, "init", "-q")
    (tmp_path / "params.yaml").write_text("a: 1\n")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "base")
    real_run = subprocess.run
    started = []

    def fake_run(cmd, **kwargs):
        if "run" in cmd:  # the first experiment run; meanwhile someone commits
            started.append(cmd)
            (tmp_path / "README.md").write_text("edited\n")
            real_run(["git", "add", "-A"], cwd=tmp_path, check=True)
            real_run(["git", "commit", "-qm", "meanwhile"], cwd=tmp_path, check=True)
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(experiment.subprocess, "run", fake_run)
    with pytest.raises(
        ExperimentError, match="moved from commit .*before general-only-seed2.*not comparable"
    ):
        run_arms(ARMS[:1], [1, 2], 1e12, "evaluate", tmp_path)
    assert len(started) == 1


def test_runs_are_collected_from_the_commit_they_ran_on(runs_done, tmp_path):
    cfg = _cfg([ARMS[0], ARMS[2]], [1, 2])
    made_on = experiment.baseline_commit(runs_done)
    (runs_done / "NOTES.md").write_text("a later commit\n")
    _git(runs_done, "add", "NOTES.md")
    _git(runs_done, "commit", "-qm", "later")
    try:
        with pytest.raises(ExperimentError, match="collect --rev"):
            collect(runs_done, tmp_path / "head", cfg)
        result = collect(runs_done, tmp_path / "out", cfg, rev=made_on)
        assert [a["name"] for a in result["arms"]] == ["general-only", "mixed-0.5"]
    finally:
        _git(runs_done, "reset", "-q", "--hard", made_on)


def _study_cfg() -> ExperimentParams:
    return Params.model_validate(
        {
            "plan": {"compute_flops": 1e12},
            "experiment": {
                "arms": [{"name": "a", "set": {"mix.domain_share": 0.0}}, {"name": "b", "set": {}}],
                "studies": {
                    "recipes": {
                        "about": "does the option help?",
                        "arms": [
                            {"name": "baseline"},
                            {"name": "option", "set": {"pretrain.optimizer": "muon"}},
                        ],
                        "comparisons": [
                            {"arm": "option", "baseline": "baseline", "text": "domain", "kind": "difference"}
                        ],
                    }
                },
            },
        }
    ).experiment


def test_a_study_is_asked_with_the_experiments_budget_seeds_and_tolerance():
    cfg = _study_cfg()
    recipes = cfg.study("recipes")
    assert [a.name for a in recipes.arms] == ["baseline", "option"]
    assert (recipes.seeds, recipes.tolerance, recipes.resamples) == (cfg.seeds, cfg.tolerance, cfg.resamples)
    assert cfg.study(None) is cfg
    with pytest.raises(ConfigError, match=r"no study 'recipe'.*studies: recipes"):
        cfg.study("recipe")


def test_a_study_may_state_its_own_budget():
    raw = _study_cfg().model_dump()
    raw["compute_flops"] = 1e12
    raw["studies"]["recipes"]["compute_flops"] = 4.5e12
    cfg = ExperimentParams.model_validate(raw)
    assert cfg.study("recipes").compute_flops == 4.5e12
    assert cfg.study(None).compute_flops == 1e12
    raw["studies"]["recipes"]["compute_flops"] = 0
    with pytest.raises(ValueError, match="greater than 0"):
        ExperimentParams.model_validate(raw)


def test_an_arm_name_means_one_set_of_overrides_across_studies():
    raw = _study_cfg().model_dump()
    raw["studies"]["recipes"]["arms"][0] = {"name": "a", "set": {"mix.domain_share": 0.5}}
    raw["studies"]["recipes"]["comparisons"] = []
    with pytest.raises(ValueError, match="arm a is declared elsewhere with other overrides"):
        ExperimentParams.model_validate(raw)
    raw["studies"]["recipes"]["arms"][0] = {"name": "a", "set": {"mix.domain_share": 0.0}}
    assert ExperimentParams.model_validate(raw).study("recipes").arms[0].name == "a"  # the same arm: shared


def test_a_difference_comparison_says_lower_higher_or_no_difference_measurable():
    cfg = _study_cfg().study("recipes")
    level = {"general": 1.5, "legal": 1.6}

    def runs(option: dict[str, float], n_params: int, jitter: float) -> list[Run]:
        return [_run("baseline", s, level, jitter=jitter) for s in (1, 2, 3)] + [
            _run("option", s, option, n_params=n_params, jitter=jitter) for s in (1, 2, 3)
        ]

    # 5% lower on legal text with other parameters (at equal compute): measurable, and parameters may differ.
    better = compare(runs({"general": 1.5, "legal": 1.52}, 900, 0.002), cfg)
    assert not better["controls"]["parameters"]["equal"]
    (c,) = better["comparisons"]
    assert c["kind"] == "difference" and c["ci95_high"] < 0 and c["verdict"] == "lower: measurably better"
    worse = compare(runs({"general": 1.5, "legal": 1.68}, 1000, 0.002), cfg)
    assert worse["comparisons"][0]["verdict"] == "higher: measurably worse"
    # 0.5% apart with seeds 4% apart: the interval holds zero.
    same = compare(runs({"general": 1.5, "legal": 1.608}, 1000, 0.04), cfg)
    c = same["comparisons"][0]
    assert c["ci95_low"] < 0 < c["ci95_high"] and c["verdict"] == "no difference measurable"
    assert "does the 95% interval exclude zero" in format_table(same)
    # Unequal compute still stops it.
    unequal = runs({"general": 1.5, "legal": 1.52}, 1000, 0.002)
    unequal[-1] = dataclasses.replace(unequal[-1], compute_flops=2e12)
    assert compare(unequal, cfg)["comparisons"][0]["verdict"] == "not supported: the arms differ in compute"


def test_the_continued_study_stops_before_any_run_when_its_base_is_missing(tmp_path, monkeypatch):
    """The shipped `continued` study names general-base: unregistered, or registered at no folder, the runner
    says how to register it before the first `dvc exp run`; registered at a folder, it gets to the runs."""
    (tmp_path / "params.yaml").write_text((REPO / "params.yaml").read_text())
    params = load_params(tmp_path / "params.yaml")
    sources = (REPO / "sources.yaml").read_text()
    started: list[str] = []
    monkeypatch.setattr(experiment, "run_arms", lambda arms, *a, **k: started.append("runs") or "rev")
    monkeypatch.setattr(experiment, "collect", lambda repo, out, *a, **k: out.mkdir(parents=True) or {})

    def run() -> None:
        experiment.run_experiment(
            params, tmp_path, tmp_path / "out", study="continued", tokenize_meta=tmp_path / "absent.json"
        )

    (tmp_path / "sources.yaml").write_text(sources)
    with pytest.raises(ExperimentError) as e:
        run()
    message = str(e.value)
    for arm in ("continued", "continued-extended", "continued-no-replay"):
        assert f"arm {arm} sets pretrain.base_model=general-base, which is not registered" in message
    assert "under models: in" in message and "arm scratch" not in message
    folder = tmp_path / "models" / "general-base"
    entry = f"models:\n  - {{id: general-base, path: {folder}, license: Apache-2.0, owner: us, pretrain_lr: 0.003}}\n"
    (tmp_path / "sources.yaml").write_text(sources + entry)
    with pytest.raises(ExperimentError, match=rf"registered at {folder}, which is no folder"):
        run()
    assert not started
    folder.mkdir(parents=True)
    run()
    assert started == ["runs"]


def test_a_reference_model_is_read_from_an_evaluate_metrics_file(tmp_path):
    metrics = {
        "legal": {"bits_per_byte": 2.1, "bits_per_byte_ci95_low": 2.0, "bits_per_byte_ci95_high": 2.2},
        "general": {"bits_per_byte": 1.4},
        "standard": {"boolq": {"acc": 0.5}},
    }
    path = tmp_path / "metrics.json"
    path.write_text(json.dumps(metrics))
    name, ref = experiment.reference(f"base={path}=the base, no training")
    assert name == "base" and ref["note"] == "the base, no training"
    assert ref["bits_per_byte"] == {
        "general": {"mean": 1.4, "ci95_low": None, "ci95_high": None},
        "legal": {"mean": 2.1, "ci95_low": 2.0, "ci95_high": 2.2},
    }
    with pytest.raises(ExperimentError, match="expected NAME=METRICS_JSON"):
        experiment.reference("base")
    with pytest.raises(ExperimentError, match="cannot read"):
        experiment.reference(f"base={tmp_path / 'absent.json'}")
    (tmp_path / "empty.json").write_text("{}")
    with pytest.raises(ExperimentError, match="holds no bits_per_byte"):
        experiment.reference(f"base={tmp_path / 'empty.json'}")


def _cell(mean: float, half: float = 0.02) -> dict:
    return {"mean": mean, "ci95_low": mean - half, "ci95_high": mean + half}


def _continued_study(scratch: tuple[float, float], continued: tuple[float, float], verdicts: dict) -> dict:
    """A results.json of the continued study as `charter experiment collect` writes it, by hand: (legal,
    general) bits per byte per arm, and the verdict of each comparison."""
    arm = {"scratch": ({}, scratch), "continued": ({"pretrain.base_model": "general-base"}, continued)}
    return {
        "study": "continued",
        "compute_flops": 9e11,
        "controls": {"seeds": {"per_arm": {"scratch": 3, "continued": 3}}},
        "arms": [
            {
                "name": name,
                "set": overrides,
                "seeds": [1, 2, 3],
                "n_params": 144480 if not overrides else 368960,
                "bits_per_byte": {"legal": _cell(legal), "general": _cell(general)},
            }
            for name, (overrides, (legal, general)) in arm.items()
        ],
        "comparisons": [
            {
                "arm": a,
                "baseline": b,
                "text": text,
                "kind": "difference",
                "relative_bpb": -0.1,
                "ci95_low": -0.12,
                "ci95_high": -0.08,
                "verdict": verdict,
            }
            for (a, b, text), verdict in verdicts.items()
        ],
    }


def test_should_you_train_recommends_from_the_measured_figures_only():
    from governance.report.memo import should_you_train

    better = {("continued", "scratch", "domain"): "lower: measurably better"}
    study = _continued_study((2.4, 1.9), (2.0, 1.6), better)
    study["references"] = {
        "base": {"note": "general-base", "bits_per_byte": {"legal": _cell(2.5), "general": _cell(1.5)}}
    }
    lines = should_you_train({"studies": {"continued": study}})
    text = " ".join(lines)
    assert "at 9e+11 added FLOPs per run" in text
    assert (
        "continued (continued from general-base, 368,960 parameters, 3 seeds): legal 2.000 [1.980, 2.020]"
        in text
    )
    assert "scratch (from scratch, 144,480 parameters, 3 seeds): legal 2.400" in text
    assert (
        "The base as it is (no training) (general-base), one run, interval over documents: legal 2.500"
        in text
    )
    assert "The base with SFT only: not measured." in lines
    assert "Continued pretraining plus SFT: not measured." in lines
    assert (
        "continued against scratch on domain text: -10.0% [-12.0%, -8.0%]: lower: measurably better." in text
    )
    assert lines[-1] == (
        "Recommendation at 9e+11 added FLOPs per run: continue the base (continued: measurably better than "
        "scratch on domain text; the base as it is needs 2.500 on domain text (-20.0%); on general text it "
        "needs 1.600 against the base's 1.500 (+6.7%, the forgetting))."
    )

    # Not measurably better: said as such.
    unsure = _continued_study(
        (2.05, 1.9), (2.0, 1.6), {("continued", "scratch", "domain"): "no difference measurable"}
    )
    assert (
        "lowest, but no difference measurable against scratch"
        in should_you_train({"studies": {"continued": unsure}})[-1]
    )

    # The base as it is already does as well as any trained arm: no training.
    study["references"]["base"]["bits_per_byte"]["legal"] = _cell(1.9)
    assert (
        "do not train; the base as it is needs 1.900"
        in should_you_train({"studies": {"continued": study}})[-1]
    )

    # From scratch lowest and measurably so against every continued arm.
    worse = {("continued", "scratch", "domain"): "higher: measurably worse"}
    scratch_wins = should_you_train(
        {"studies": {"continued": _continued_study((1.8, 1.5), (2.0, 1.6), worse)}}
    )
    assert scratch_wins[-1].startswith(
        "Recommendation at 9e+11 added FLOPs per run: train from scratch (scratch: "
        "measurably better than every continued arm; the base as it is was not measured"
    )

    # Not run: said, and nothing recommended.
    (line,) = should_you_train({})
    assert "not measured" in line and "--study continued" in line
    assert decision_memo({})["should_you_train"] == [line]


def test_a_model_an_arm_names_must_be_registered_with_its_folder_before_any_run(tmp_path):
    sources = tmp_path / "sources.yaml"
    teacher = tmp_path / "models" / "teacher"
    sources.write_text(
        "sources: []\nmodels:\n"
        f"  - {{id: teacher, path: {teacher}, license: LicenseRef-Proprietary-Internal, owner: us}}\n"
    )
    params = Params.model_validate({"plan": {"compute_flops": 1e12}})
    arms = [
        ArmParams(name="baseline"),
        ArmParams(name="distill", set={"pretrain.distill_teacher": "teacher"}),
        ArmParams(name="continued", set={"pretrain.base_model": "general-base"}),
    ]
    with pytest.raises(ExperimentError) as refused:
        experiment.check_models(params, arms, sources)
    message = str(refused.value)
    assert "arm continued sets pretrain.base_model=general-base, which is not registered" in message
    assert "add `- {id: general-base, path: /absolute/folder" in message and str(sources) in message
    assert (
        f"arm distill sets pretrain.distill_teacher=teacher, registered at {teacher}, which is no folder"
        in message
    )
    teacher.mkdir(parents=True)
    experiment.check_models(params, arms[:2], sources)  # registered, folder present: passes
    experiment.check_models(params, arms[:1], tmp_path / "absent.yaml")  # no model named: nothing read
    # A model params.yaml itself names is used by every arm that does not override it.
    inherited = params.model_copy(update={"pretrain": params.pretrain.model_copy(update={"base_model": "x"})})
    with pytest.raises(
        ExperimentError, match="arm baseline sets pretrain.base_model=x, which is not registered"
    ):
        experiment.check_models(inherited, arms[:1], sources)


def test_the_shipped_studies_can_run_their_overrides():
    shipped = load_params(REPO / "params.yaml").experiment
    for name in shipped.studies:
        experiment.check_overridable(REPO / "params.yaml", experiment.overrides(shipped.study(name).arms))


def test_should_you_train_names_the_option_that_does_not_forget_when_the_lowest_one_does():
    from governance.report.memo import should_you_train

    verdicts = {
        ("continued", "scratch", "domain"): "lower: measurably better",
        ("continued", "scratch", "general"): "lower: measurably better",
    }
    study = _continued_study((2.4, 1.9), (2.0, 1.6), verdicts)
    no_replay = {
        **study["arms"][1],
        "name": "continued-no-replay",
        "set": {"pretrain.base_model": "general-base", "mix.replay_share": 0.0},
        "bits_per_byte": {"legal": _cell(1.9), "general": _cell(2.0)},
    }
    study["arms"].append(no_replay)
    study["controls"]["seeds"]["per_arm"]["continued-no-replay"] = 3
    study["comparisons"].append(
        {
            "arm": "continued-no-replay",
            "baseline": "continued",
            "text": "general",
            "kind": "difference",
            "relative_bpb": 0.25,
            "ci95_low": 0.22,
            "ci95_high": 0.28,
            "verdict": "higher: measurably worse",
        }
    )
    lines = should_you_train({"studies": {"continued": study}})
    assert "continue the base (continued-no-replay:" in lines[-2]
    assert lines[-1] == (
        "continued-no-replay forgets: on general text it is +25.0% [+22.0%, +28.0%] against continued "
        "(measurably worse). Where general text matters too: continued (2.000 on domain text)."
    )
    # Without a measurably worse verdict on general text there is no caveat.
    study["comparisons"][-1]["verdict"] = "no difference measurable"
    assert "forgets" not in should_you_train({"studies": {"continued": study}})[-1]


def test_the_command_returns_one_verdict_per_comparison_even_for_the_same_two_arms(monkeypatch, tmp_path):
    from tests.conftest import REPO

    cfg = (
        _study_cfg()
        .study("recipes")
        .model_copy(
            update={
                "comparisons": [
                    ComparisonParams(arm="option", baseline="baseline", text=text, kind="difference")
                    for text in ("domain", "general")
                ]
            }
        )
    )
    level = {"general": 1.5, "legal": 1.6}
    runs = [_run("baseline", s, level) for s in (1, 2, 3)]
    runs += [_run("option", s, {"general": 1.5, "legal": 1.5}) for s in (1, 2, 3)]
    monkeypatch.setattr(experiment, "collect", lambda *a, **kw: compare(runs, cfg))
    out = experiment.experiment_command(
        "collect", params=REPO / "params.yaml", seeds=None, repo=tmp_path, out=tmp_path / "out"
    )
    assert out["comparisons"] == {
        "option vs baseline on domain": "lower: measurably better",
        "option vs baseline on general": "no difference measurable",
    }


def test_a_run_still_going_is_not_collected():
    def entry(name: str, state: str | None) -> dict:
        files = {"data/evaluate/metrics.json": {"data": {"legal": {"bits_per_byte": 2.0}}}}
        return {
            "name": name,
            "executor": None if state is None else {"state": state, "name": "workspace"},
            "revs": [{"name": name, "rev": f"{name}-rev", "data": {"metrics": files, "params": {}}}],
        }

    shown = [
        {
            "rev": "base",
            "experiments": [
                entry("a-seed1", None),
                entry("a-seed2", "success"),
                entry("a-seed3", "running"),
                entry("b-seed1", "queued"),
                entry("b-seed2", "failed"),
            ],
        }
    ]
    found = experiment.experiments_by_name(shown)
    assert sorted(found) == ["a-seed1", "a-seed2"]
    assert found["a-seed1"]["metrics"]["data/evaluate/metrics.json"]["legal"]["bits_per_byte"] == 2.0
