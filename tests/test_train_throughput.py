"""benchmarks/train_throughput.py: each option is its params overrides, measured beside the baseline."""

from __future__ import annotations

import sys

import pytest
from transformers import AutoTokenizer

from benchmarks import train_throughput
from benchmarks.train_throughput import OPTIONS, model_config_for, with_overrides
from core.schemas.plan import read_plan
from tests.pretrain_fixtures import make_params, make_shards, make_tokenizer, write_params_yaml, write_plan


def test_options_are_params_overrides_validated_like_params_yaml():
    base = make_params()
    muon = with_overrides(base, OPTIONS["muon"].set)
    assert muon.pretrain.optimizer == "muon" and muon.pretrain.lr == base.pretrain.lr
    with pytest.raises(SystemExit, match="sets pretrain.optimiser, which is not a parameter"):
        with_overrides(base, {"pretrain.optimiser": "muon"})
    with pytest.raises(ValueError, match="ZeRO-3 partitions"):
        with_overrides(base, {"pretrain.optimizer": "muon", "pretrain.zero_stage": 3})


def test_gqa_keeps_the_planned_shape_and_changes_only_the_key_value_heads(tmp_path):
    base = make_params(micro_batch_size=4)
    plan = read_plan(write_plan(tmp_path, base, 300, 4))
    assert model_config_for(plan, base) == plan.model_config
    gqa = model_config_for(plan, with_overrides(base, OPTIONS["gqa"].set))
    changed = {k for k in gqa if gqa[k] != plan.model_config[k]}
    assert changed == {"num_key_value_heads"} and gqa["num_key_value_heads"] == 1


def test_table_has_a_row_per_option_against_the_baseline(tmp_path, monkeypatch, capsys):
    tokenizer = make_tokenizer(tmp_path / "tokenizer")
    vocab_size = len(AutoTokenizer.from_pretrained(tokenizer))
    params = make_params(threads=1)
    plan = write_plan(tmp_path / "plan", params, vocab_size, 4)
    argv = [
        "train_throughput.py",
        "--params",
        str(write_params_yaml(tmp_path / "params.yaml", params)),
        "--plan",
        str(plan),
        "--shards",
        str(make_shards(tmp_path / "mixture", vocab_size)),
        "--options",
        "muon",
        "gqa",
        "mtp",
        "plain",
        "--rounds",
        "2",
        "--block-steps",
        "1",
    ]
    monkeypatch.setattr(sys, "argv", argv)
    train_throughput.main()
    rows = {
        line.split("|")[1].strip(): [cell.strip() for cell in line.split("|")[2:-1]]
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("| ") and not line.startswith("| option")
    }
    assert list(rows) == [
        "baseline",
        "muon",
        "gqa",
        "mtp",
        "plain",
    ]  # the baseline first, measured whether asked or not
    assert rows["baseline"][4] == "+0.0% (+0.0%, +0.0%)" and rows["muon"][0] == "pretrain.optimizer=muon"
    # Same model and tokens at the first step for all but gqa, which has fewer parameters; the plain loop's
    # full-logits loss agrees with the fused head's to float rounding.
    first = {name: float(row[-1]) for name, row in rows.items()}
    assert first["muon"] == first["baseline"] == pytest.approx(first["plain"], rel=1e-5)
    # MTP's logged loss is the main head's: the same model scores the same first tokens.
    assert first["mtp"] == first["baseline"]
    count = {name: int(row[1].replace(",", "")) for name, row in rows.items()}
    assert count["gqa"] < count["baseline"] == count["muon"] == count["plain"]
