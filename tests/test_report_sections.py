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
