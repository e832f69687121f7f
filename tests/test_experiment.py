"""The domain-vs-general experiment: arms as real DVC experiments, the comparison, the cap check, the memo."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from charter.config import MixParams, Params
from charter.errors import MixtureError
from corpus.mixture import SourceShare, allocate
from eval_suites import experiment
from eval_suites.experiment import (
    ExperimentError,
    arm_name,
    check_arms_fit,
    collect,
    compare,
    dvc_exp_run,
    run_arms,
)
from eval_suites.memo import decision_memo

SHARES = (0.0, 1.0, 0.5)

# Stands in for the pipeline: bits per byte falls on the side a model trains on. Mixed (s = 0.5) ends up
# 2% above domain-only on domain text and 10% above general-only on general text.
FAKE_EVALUATE = textwrap.dedent(
    """
    import json, pathlib, yaml
    p = yaml.safe_load(open("params.yaml"))
    s = p["mix"]["domain_share"]
    domain = {0.0: 2.0, 0.5: 1.53, 1.0: 1.5}[s]
    general = {0.0: 1.5, 0.5: 1.65, 1.0: 2.2}[s]
    out = pathlib.Path("data/evaluate"); out.mkdir(parents=True, exist_ok=True)
    metrics = {d: {"bits_per_byte": domain} for d in ("finance", "legal", "medical")}
    metrics["general"] = {"bits_per_byte": general, "piqa": {"acc": 0.5, "chance": 0.5, "n": 60}}
    (out / "metrics.json").write_text(json.dumps(metrics))
    rows = [{"domain": d, "bits_per_byte": m["bits_per_byte"]} for d, m in sorted(metrics.items())]
    (out / "bpb.json").write_text(json.dumps(rows))
    """
)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _dvc_json(repo: Path, *args: str) -> dict:
    done = subprocess.run(
        [*experiment.DVC, *args, "--json"], cwd=repo, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def arms_run(tmp_path_factory) -> Path:
    """A git + DVC repository whose three arms have run: `dvc exp run` is the slow part, so once."""
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
        (repo / "params.yaml").write_text("mix:\n  domain_share: 0.5\nplan:\n  compute_flops: 6.0e+12\n")
        # As in the project: data/ is git-ignored and the evaluate stage's metric and plot are DVC-cached.
        (repo / ".gitignore").write_text("/data/\n")
        (repo / "dvc.yaml").write_text(
            textwrap.dedent(
                f"""
                stages:
                  evaluate:
                    cmd: {sys.executable} evaluate.py
                    deps: [evaluate.py]
                    params: [mix.domain_share, plan.compute_flops]
                    metrics: [data/evaluate/metrics.json]
                    plots:
                      - data/evaluate/bpb.json: {{x: bits_per_byte, y: domain, template: bar_horizontal}}
                """
            )
        )
        _git(repo, "init", "-q")
        subprocess.run([*experiment.DVC, "init", "-q"], cwd=repo, check=True, capture_output=True)
        _git(repo, "add", "-A")
        _git(repo, "commit", "-qm", "base")
        run_arms(SHARES, 1e12, "evaluate", repo)
    return repo


def test_arms_run_as_dvc_experiments_at_one_budget_and_are_compared(arms_run, tmp_path):
    # --temp: the workspace keeps its own parameters; the arms live only as experiments.
    assert "domain_share: 0.5" in (arms_run / "params.yaml").read_text()
    assert not (arms_run / "data").exists()

    result = collect(arms_run, tmp_path / "out", SHARES)

    assert [a["name"] for a in result["arms"]] == ["general-only", "mixed-0.5", "domain-only"]
    assert result["equal_compute"] and {a["compute_flops"] for a in result["arms"]} == {1e12}
    claims = result["claims"]
    on_domain = claims["mixed_vs_domain_only_on_domain_text"]
    assert on_domain["relative_bpb"] == pytest.approx(0.02) and on_domain["holds"]
    on_general = claims["mixed_vs_general_only_on_general_text"]
    assert on_general["relative_bpb"] == pytest.approx(0.10) and not on_general["holds"]
    assert claims["general_only_domain_gap"]["legal"] == pytest.approx(2.0 / 1.5 - 1)
    assert result["arms"][0]["accuracy"]["general/piqa"]["chance"] == 0.5
    assert json.loads((tmp_path / "out" / "results.json").read_text()) == result
    assert (tmp_path / "out" / "bpb.png").read_bytes()[:4] == b"\x89PNG"

    # `dvc metrics diff` compares the arms by experiment name.
    changed = _dvc_json(arms_run, "metrics", "diff", "general-only", "domain-only")[
        "data/evaluate/metrics.json"
    ]
    assert changed["general.bits_per_byte"]["old"] == 1.5 and changed["general.bits_per_byte"]["new"] == 2.2
    # ... and `dvc plots diff` draws them side by side.
    values = _dvc_json(arms_run, "plots", "diff", "general-only", "mixed-0.5")["data"][
        "data/evaluate/bpb.json"
    ][0]["content"]["data"]["values"]
    assert {(v["rev"], v["domain"], v["bits_per_byte"]) for v in values} >= {
        ("general-only", "general", 1.5),
        ("mixed-0.5", "general", 1.65),
    }


def test_collect_names_a_missing_arm(arms_run, tmp_path):
    with pytest.raises(ExperimentError, match="no experiment named mixed-0.25"):
        collect(arms_run, tmp_path / "out", (0.0, 0.25, 1.0))


def test_a_failing_arm_stops_the_run_with_its_command(monkeypatch, tmp_path):
    calls = []

    def fake_run(cmd, **kwargs):
        calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 0 if "remove" in cmd else 3)

    monkeypatch.setattr(experiment.subprocess, "run", fake_run)
    with pytest.raises(ExperimentError, match=r"arm general-only failed \(exit 3\).*mix.domain_share=0"):
        run_arms((0.0, 1.0), 1e12, "evaluate", tmp_path)
    assert len(calls) == 2  # the second arm never starts


def test_arm_command_sets_the_share_and_the_budget_and_leaves_the_workspace_alone():
    cmd = dvc_exp_run(0.5, 1e12, "evaluate")
    assert cmd[-1] == "evaluate" and "--temp" in cmd
    assert cmd[cmd.index("-n") + 1] == "mixed-0.5"
    assert "mix.domain_share=0.5" in cmd and "plan.compute_flops=1e+12" in cmd
    assert [arm_name(s) for s in SHARES] == ["general-only", "domain-only", "mixed-0.5"]


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


def _params() -> Params:
    return Params.model_validate({"plan": {"compute_flops": 6e12}, "mix": {"max_epochs": 4}})


def test_cap_check_refuses_a_budget_an_arm_cannot_meet_and_names_one_that_fits(tmp_path):
    meta = _meta(tmp_path, general=350_000, domain=600_000)
    with pytest.raises(ExperimentError, match="general-only would repeat general text") as refused:
        check_arms_fit(_params(), SHARES, 6e12, meta)
    suggested = float(str(refused.value).rsplit("--compute-flops ", 1)[1].split()[0])
    assert suggested < 6e12
    needs = check_arms_fit(_params(), SHARES, suggested, meta)
    assert all(max(n.epochs.values()) <= 4 * 0.9 for n in needs)
    assert {n.share: set(n.epochs) for n in needs} == {
        0.0: {"general"},
        1.0: {"domain"},
        0.5: {"general", "domain"},
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


def test_compare_refuses_an_arm_without_evaluation_metrics():
    experiments = {
        arm_name(s): {"rev": "abc", "params": {"plan": {"compute_flops": 1e12}}, "metrics": {}}
        for s in SHARES
    }
    with pytest.raises(ExperimentError, match="has no data/evaluate/metrics.json"):
        compare(experiments, SHARES)


def test_compare_leaves_out_suites_without_held_out_text():
    from eval_suites.experiment import METRICS_FILE

    def metrics(domain_bpb: float, general_bpb: float) -> dict[str, object]:
        return {
            METRICS_FILE: {
                "finance": {"bits_per_byte": domain_bpb, "tatqa_mc": {"acc": 0.3, "chance": 0.25, "n": 60}},
                "general": {"bits_per_byte": general_bpb},
                # lm-eval's own tasks: accuracies only.
                "standard": {"boolq": {"acc": 0.5, "chance": 0.5, "n": 100}},
            }
        }

    bpb = {0.0: (3.0, 2.0), 0.5: (2.1, 2.05), 1.0: (2.0, 3.0)}
    experiments = {
        arm_name(s): {"rev": "abc", "params": {"plan": {"compute_flops": 1e12}}, "metrics": metrics(*bpb[s])}
        for s in SHARES
    }
    result = compare(experiments, SHARES)
    assert all("standard" not in arm["bits_per_byte"] for arm in result["arms"])
    assert any("standard/boolq" in arm["accuracy"] for arm in result["arms"])
    claims = result["claims"]
    assert claims["mixed_vs_domain_only_on_domain_text"]["relative_bpb"] == pytest.approx(0.05)
    assert claims["mixed_vs_domain_only_on_domain_text"]["holds"] is False
    assert claims["mixed_vs_general_only_on_general_text"]["relative_bpb"] == pytest.approx(0.025)
    assert claims["mixed_vs_general_only_on_general_text"]["holds"] is True
    assert set(claims["general_only_domain_gap"]) == {"finance"}


def test_memo_is_built_from_the_measured_figures():
    report = {
        "tokenizer": {
            "vocab_size": 4096,
            "general_only_tokens_per_byte": {"general": 0.30, "finance": 0.42, "legal": 0.36},
            "tokens_per_byte": {"general": 0.31, "finance": 0.34, "legal": 0.30},
            "saving_vs_general_only": {"4096": {"general": -0.02, "finance": 0.18, "legal": 0.17}},
        },
        "experiment": {
            "equal_compute": True,
            "tolerance": 0.03,
            "arms": [
                {
                    "name": "general-only",
                    "domain_share": 0.0,
                    "compute_flops": 1e12,
                    "bits_per_byte": {"general": 1.5, "legal": 2.0},
                },
                {
                    "name": "mixed-0.5",
                    "domain_share": 0.5,
                    "compute_flops": 1e12,
                    "bits_per_byte": {"general": 1.65, "legal": 1.53},
                },
                {
                    "name": "domain-only",
                    "domain_share": 1.0,
                    "compute_flops": 1e12,
                    "bits_per_byte": {"general": 2.2, "legal": 1.5},
                },
            ],
            "claims": {
                "general_only_domain_gap": {"legal": 2.0 / 1.5 - 1},
                "mixed_gain_over_general_only": {"general": 0.1, "legal": 1.53 / 2.0 - 1},
                "mixed_vs_general_only_on_general_text": {"relative_bpb": 0.1, "holds": False},
            },
        },
        "token_mixture": {"max_epochs": 4, "sources": {"cuad": {"domain": "legal", "epochs": 2.5}}},
        "plan": {"n_params": 144480, "compute_flops": 1e12},
        "evaluation": {"legal": {"hearsay": {"acc": 0.5, "acc_ci95_low": 0.4, "chance": 0.5}}},
        "evaluation_gate": {"tasks": {"charter_finance_fpb": {"allowed": False}}},
    }
    memo = decision_memo(report)
    text = " ".join(memo["tokenizer"] + memo["experiment"] + memo["questions"])
    assert "finance 0.420 (+40.0%)" in text  # general-only tokenizer on finance vs general text
    assert "legal 2.000 (+33.3%)" in text  # general-only model's gap
    assert "legal -23.5%" in text  # mixed model's gain on legal text
    assert "+10.0% from general-only: not within 3%" in text
    assert "the mixed model closes legal 94%" in text  # (2.0 - 1.53) / (2.0 - 1.5)
    assert "Domain-only training costs +46.7% bits per byte on general text" in text
    assert "2.50 times (cuad" in text and "144,480-parameter" in text
    assert "legal/hearsay" in text and "charter_finance_fpb" in text
    assert any("not been run" in line for line in decision_memo({})["experiment"])
    # The pipeline's model is not the arms' model when their budgets differ.
    report["plan"] = {"n_params": 368960, "compute_flops": 5.5e12}
    questions = " ".join(decision_memo(report)["questions"])
    assert "368,960" not in questions and "models trained at 1e+12 FLOPs" in questions


def test_memo_names_the_tasks_not_evaluated_because_their_data_is_not_shipped():
    gate = {
        "tasks": {"charter_finance_fpb": {"allowed": True}, "charter_legal_contractnli": {"allowed": True}},
        "not_evaluated": {"charter_finance_fpb": "eval_suites/finance/data/fpb.jsonl is not shipped"},
    }
    questions = " ".join(decision_memo({"evaluation_gate": gate})["questions"])
    assert "allowed every task" in questions
    assert "not built here: charter_finance_fpb." in questions
    assert "not built here" not in " ".join(decision_memo({"evaluation_gate": {"tasks": {}}})["questions"])
