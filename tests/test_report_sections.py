"""The report's instruction-tuning section is built from the files the sft-data, sft, evaluate and evaluate_sft
stages write, never from their modules: base and fine-tuned figures side by side, with the change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from governance.report.sft import sft_section


def write(path: Path, value: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value))


def test_sft_section_compares_base_and_tuned_models_from_the_stage_outputs(tmp_path):
    task = {"scoring": "acc", "chance": 0.25, "n": 40}
    write(
        tmp_path / "evaluate/metrics.json", {"finance": {"bits_per_byte": 1.5, "fiqa": {**task, "acc": 0.3}}}
    )
    write(
        tmp_path / "evaluate_sft/metrics.json",
        {
            "finance": {
                "bits_per_byte": 1.25,
                "fiqa": {**task, "acc": 0.45, "exposure": "in-distribution"},
                "unscored_by_base": {**task, "acc": 0.9},
            }
        },
    )
    write(tmp_path / "sft/metrics.json", {"enabled": True, "lr": 1e-4, "steps": 12})
    samples = [
        {"domain": "finance", "prompt": "What is EBITDA?", "base": "...", "sft": "Earnings before ..."}
    ]
    write(
        tmp_path / "sft/samples.json",
        {"system_prompt": "Answer briefly.", "samples": samples, "pii_replaced": {"PERSON": 1}},
    )
    stats = {
        "stage": "sft_data",
        "account": {"name": "sft_data", "in": 10, "kept": 8, "modified": 0, "dropped": 2, "quarantined": 0},
        "conversations": {"finance": {"train": 7, "valid": 1}},
    }
    write(tmp_path / "sft_data/stats.json", stats)

    section = sft_section(tmp_path)

    assert section["training"] == {"enabled": True, "lr": 1e-4, "steps": 12}
    assert section["data"] == stats
    assert (section["system_prompt"], section["samples"]) == ("Answer briefly.", samples)
    assert section["samples_pii_replaced"] == {"PERSON": 1}
    bpb, acc = section["comparison"]  # a task only the tuned model was scored on has nothing to compare
    assert (bpb["metric"], bpb["base"], bpb["sft"]) == ("bits_per_byte", 1.5, 1.25)
    assert bpb["delta"] == pytest.approx(-0.25)
    assert (acc["metric"], acc["exposure"], acc["chance"], acc["n"]) == (
        "fiqa acc",
        "in-distribution",
        0.25,
        40,
    )
    assert acc["delta"] == pytest.approx(0.15)


# ---------------------------------------------------------------- studies and training options


def _comparison(arm: str, text: str, rel: float, low: float, high: float, verdict: str) -> dict:
    return {
        "arm": arm,
        "baseline": "baseline",
        "text": text,
        "kind": "difference",
        "relative_bpb": rel,
        "ci95_low": low,
        "ci95_high": high,
        "verdict": verdict,
    }


def _arm(name: str, sets: dict, n_params: int, bpb: float) -> dict:
    cell = {
        "mean": bpb,
        "ci95_low": bpb - 0.02,
        "ci95_high": bpb + 0.02,
        "seed_std": 0.004,
        "seeds": [bpb] * 3,
    }
    return {
        "name": name,
        "set": sets,
        "seeds": [1, 2, 3],
        "runs": [{"name": f"{name}-seed{s}", "rev": "r", "seed": s, "final_loss": 3.0} for s in (1, 2, 3)],
        "n_params": n_params,
        "tokens_seen": 1_038_336,
        "bytes_seen": None,
        "bits_per_byte": {"legal": cell, "general": cell},
        "domain_mean": {"mean": bpb, "ci95_low": bpb - 0.02, "ci95_high": bpb + 0.02},
    }


def recipes_result() -> dict:
    """A recipes study as `charter experiment collect --study recipes` writes it (hand-made figures)."""
    return {
        "study": "recipes",
        "about": "does each option beat the baseline at equal compute?",
        "compute_flops": 9e11,
        "seeds": [1, 2, 3],
        "tolerance": {"value": 0.03, "source": "judgment"},
        "arms": [
            _arm("baseline", {}, 144_480, 2.5),
            _arm("muon", {"pretrain.optimizer": "muon"}, 144_480, 2.45),
            _arm("gqa", {"plan.kv_heads": 1}, 140_384, 2.52),
            _arm("distill", {"pretrain.distill_teacher": "charter-default"}, 144_480, 2.5),
        ],
        "controls": {
            "compute": {"equal": True},
            "parameters": {"equal": False},
            "tokens": {"equal": True},
            "seeds": {
                "per_arm": {"baseline": 3, "muon": 3, "gqa": 3, "distill": 3},
                "required": 3,
                "met": True,
            },
            "heldout": {"same_documents": True},
        },
        "comparisons": [
            _comparison("muon", "domain", -0.02, -0.031, -0.009, "lower: measurably better"),
            _comparison("muon", "general", 0.002, -0.005, 0.009, "no difference measurable"),
            _comparison("gqa", "domain", 0.008, 0.001, 0.015, "higher: measurably worse"),
            _comparison("distill", "domain", -0.001, -0.01, 0.008, "no difference measurable"),
        ],
        "gap_closed": {},
    }


THROUGHPUT = {
    "command": "python benchmarks/train_throughput.py --rounds 10",
    "setup": "2048 tokens/step",
    "rounds": 10,
    "block_steps": 5,
    "options": [
        {
            "name": name,
            "sets": sets,
            "parameters": 368_960,
            "tokens_per_s": 20_000.0,
            "step_seconds": 0.1,
            "overhead": overhead,
            "overhead_q1": overhead - 0.01,
            "overhead_q3": overhead + 0.01,
            "mfu": 0.05,
        }
        for name, sets, overhead in (
            ("baseline", "-", 0.0),
            ("muon", "pretrain.optimizer=muon", 0.12),
            ("distill", "pretrain.distill_teacher=teacher", 0.85),
        )
    ],
}


def test_the_memo_states_what_each_training_option_did_here_and_what_the_literature_reports():
    from governance.report.memo import decision_memo, training_options_findings

    lines = training_options_findings([recipes_result()], THROUGHPUT)
    assert lines[0].startswith(
        "recipes: 4 arms (baseline, muon, gqa, distill), 3 seeds each, 9e+11 FLOPs per run"
    )
    muon, gqa, distill, mtp = lines[1:]
    assert mtp.startswith("pretrain.mtp_depth: not measured here (no arm of a study sets it). At scale: ")
    assert "arXiv 2404.19737" in mtp
    assert muon.startswith(
        "muon (pretrain.optimizer=muon) against baseline: domain text -2.0% [-3.1%, -0.9%]: lower: measurably "
        "better; general text +0.2% [-0.5%, +0.9%]: no difference measurable."
    )
    assert "Step time +12.0% against the baseline" in muon and "arXiv 2502.16982" in muon
    assert "~2x compute efficiency" in muon
    assert "higher: measurably worse" in gqa and "It trains 140,384 parameters (baseline: 144,480)" in gqa
    assert "arXiv 2305.13245" in gqa and "arXiv 2408.00118" not in gqa
    # The benchmark labels its teacher 'teacher'; the study names it by its registered id.
    assert "no difference measurable" in distill and "Step time +85.0%" in distill
    assert "arXiv 2408.00118" in distill and "MiniLLM" in distill
    assert "It trains" not in distill and "Step time" not in gqa

    not_run = decision_memo({})["recipes"]
    assert len(not_run) == 1 and "not measured" in not_run[0] and "--study gqa" in not_run[0]
    assert (
        decision_memo({"studies": {"recipes": recipes_result()}})["recipes"][1]
        == (training_options_findings([recipes_result()])[1])
    )


def test_the_memo_reads_the_gqa_study_beside_the_recipes_and_names_arms_short_of_seeds():
    from governance.report.memo import decision_memo

    recipes = recipes_result()
    recipes["arms"] = [a for a in recipes["arms"] if a["name"] != "gqa"]
    recipes["comparisons"] = [c for c in recipes["comparisons"] if c["arm"] != "gqa"]
    recipes["controls"]["seeds"]["per_arm"] = {"baseline": 3, "muon": 3, "distill": 1}
    gqa = {
        **recipes_result(),
        "study": "gqa",
        "compute_flops": 4.5e12,
        "arms": [_arm("mha", {}, 368_960, 2.3), _arm("gqa-1", {"plan.kv_heads": 1}, 360_768, 2.31)],
        "comparisons": [
            {
                **_comparison("gqa-1", "domain", 0.004, -0.003, 0.011, "no difference measurable"),
                "baseline": "mha",
            }
        ],
    }
    lines = decision_memo({"studies": {"recipes": recipes, "gqa": gqa}})["recipes"]
    assert lines[0].startswith(
        "recipes: 3 arms (baseline, muon, distill), seeds per arm: baseline 3, muon 3, distill 1"
    )
    gqa_lines = [line for line in lines if line.startswith("gqa")]
    assert gqa_lines[0].startswith("gqa: 2 arms (mha, gqa-1), 3 seeds each, 4.5e+12 FLOPs per run")
    assert gqa_lines[1].startswith("gqa-1 (plan.kv_heads=1) against mha: domain text +0.4% [-0.3%, +1.1%]")
    assert (
        "It trains 360,768 parameters (mha: 368,960)" in gqa_lines[1] and "arXiv 2305.13245" in gqa_lines[1]
    )
    # Every option is measured by one of the two studies except MTP, which neither sets here.
    assert [line.split(":")[0] for line in lines if "not measured here" in line] == ["pretrain.mtp_depth"]


def test_the_report_shows_each_declared_studys_table_and_the_throughput_table(tmp_path):
    from core import artifacts as a
    from governance.report.build import study_tables, template_env
    from governance.report.collect import collect
    from tests.conftest import REPO
    from tests.stage_outputs import write_report_inputs

    data = write_report_inputs(tmp_path / "data")
    folder = a.EXPERIMENT_RESULTS.at(data).parent
    macros = template_env().get_template("arms.html.jinja").module

    def html(report: dict) -> str:
        return str(macros.studies(study_tables(report["studies"], data))) + str(
            macros.throughput(report["throughput"])
        )

    bare = collect(data, REPO / "sources.yaml", REPO / "params.yaml")
    assert bare["studies"] == {} and bare["throughput"] == {}  # not run: optional, and no section
    assert html(bare).strip() == ""

    write(folder / "recipes" / "results.json", recipes_result())
    write(folder / "undeclared" / "results.json", recipes_result())  # no study of that name in params.yaml
    write(folder / "throughput.json", THROUGHPUT)
    report = collect(data, REPO / "sources.yaml", REPO / "params.yaml")
    assert (
        list(report["studies"]) == ["recipes"] and report["studies"]["recipes"]["arms"][1]["name"] == "muon"
    )
    assert report["throughput"]["options"][1]["overhead"] == 0.12
    page = html(report)
    assert "Study <code>recipes</code>: does each option beat the baseline at equal compute?" in page
    assert (
        '<td>gqa</td><td><code>plan.kv_heads=1</code></td><td class="num">3</td><td class="num">140,384'
        in page
    )
    assert "muon vs baseline on domain text: -2.0% " in page
    assert '<span class="badge neutral">no difference measurable</span>' in page
    assert '<span class="badge fail">higher: measurably worse</span>' in page
    assert "Tolerance" not in page and "whole 95% interval is on one side of zero" in page
    assert "charter experiment run --study recipes" in page
    assert "<td>muon</td><td><code>pretrain.optimizer=muon</code></td>" in page  # the throughput row
    assert "+12.0%" in page and "python benchmarks/train_throughput.py --rounds 10" in page
