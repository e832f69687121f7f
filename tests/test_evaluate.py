"""The evaluate stage: shipped task files, their preparation, and a run on a tiny random model."""

from __future__ import annotations

import json
import math
from pathlib import Path

import jinja2
import jinja2.meta
import pytest
import yaml

from charter.config import EvaluateParams, Params
from eval_suites import prepare
from eval_suites.evaluate import EvaluationError, run_evaluate, summarize, wilson_interval
from eval_suites.suites import SUITES, SUITES_DIR, list_tasks, suite_tag, tasks_of
from eval_suites.taskdata import HELDOUT_DIR_KEY, MAX_BYTES_KEY

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
DOMAINS = ("finance", "legal", "medical", "general")
MC_SPECS = [t for t in tasks_of() if t.kind == "multiple_choice"]


def _task_config(spec):
    """The task's configuration as lm-eval resolved it (its `include` merged)."""
    from lm_eval.tasks import TaskManager

    tm = TaskManager(include_path=str(SUITES_DIR), include_defaults=False)
    return tm.load([spec.name])["tasks"][spec.name].config


def _items(spec) -> list[dict]:
    return [
        json.loads(line) for line in (SUITES_DIR / spec.data_file).read_text(encoding="utf-8").splitlines()
    ]


def _write_heldout(folder: Path, docs_per_domain: int = 3) -> Path:
    """Documents of a few excerpts each: longer than the tiny model's window, so scored in several windows."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = (SUITES_DIR / "legal" / "data" / "contractnli.jsonl").read_text(encoding="utf-8").splitlines()
    excerpts = iter(json.loads(line)["excerpt"] for line in lines)
    for domain in DOMAINS:
        with (folder / f"{domain}.jsonl").open("w", encoding="utf-8") as f:
            for i in range(docs_per_domain):
                text = "\n\n".join(next(excerpts) for _ in range(4))
                f.write(json.dumps({"id": f"{domain}/{i}", "text": text, "source": "test"}) + "\n")
    return folder


# ---------------------------------------------------------------- task definitions


def test_every_task_yaml_is_in_the_registry_and_indexed_by_lm_eval():
    from lm_eval.tasks import TaskManager

    tm = TaskManager(include_path=str(SUITES_DIR), include_defaults=False)
    yaml_tasks = {
        cfg["task"]
        for path in SUITES_DIR.glob("*/*.yaml")
        if "task" in (cfg := yaml.load(path.read_text(), Loader=yaml.BaseLoader))
    }
    registry = {t.name for t in tasks_of()}
    assert yaml_tasks == registry
    assert registry <= set(tm.all_subtasks)
    assert {suite_tag(s) for s in SUITES} <= set(tm.all_tags)
    for spec in tasks_of():
        assert tm.task_index[spec.name].yaml_path == spec.yaml_path
        assert spec.name in tm.task_index[suite_tag(spec.suite)].tags


def test_every_task_builds_from_any_working_directory(tmp_path, monkeypatch):
    from lm_eval.tasks import TaskManager

    heldout = _write_heldout(tmp_path / "heldout").resolve()
    monkeypatch.chdir(tmp_path)  # the YAMLs must not depend on where the harness runs
    tm = TaskManager(
        include_path=str(SUITES_DIR), include_defaults=False, metadata={HELDOUT_DIR_KEY: str(heldout)}
    )
    loaded = tm.load([suite_tag(s) for s in SUITES])["tasks"]
    assert set(loaded) == {t.name for t in tasks_of()}
    for spec in tasks_of():
        task = loaded[spec.name]
        docs = list(task.eval_docs)
        if spec.kind == "bits_per_byte":
            assert task.OUTPUT_TYPE == "loglikelihood_rolling"
            assert len(docs) == 3
            continue
        assert task.OUTPUT_TYPE == "multiple_choice"
        assert len(docs) == len(_items(spec))
        for doc in docs[:20]:
            choices = task.doc_to_choice(doc)
            assert len(choices) == spec.n_choices
            assert 0 <= task.doc_to_target(doc) < len(choices)
            assert task.doc_to_text(doc).strip()


def test_heldout_task_without_its_folder_says_how_to_pass_it():
    from lm_eval.tasks import TaskManager

    tm = TaskManager(include_path=str(SUITES_DIR), include_defaults=False)
    with pytest.raises(ValueError, match=HELDOUT_DIR_KEY):
        tm.load(["charter_finance_heldout_bpb"])


def test_heldout_byte_budget_keeps_whole_documents_and_skips_empty_ones(tmp_path):
    from eval_suites.taskdata import load_heldout

    docs = [{"id": str(i), "text": "x" * 100, "source": "s"} for i in range(10)]
    docs.insert(2, {"id": "empty", "text": "  ", "source": "s"})
    (tmp_path / "legal.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    everything = load_heldout("legal", **{HELDOUT_DIR_KEY: str(tmp_path)})["test"]
    budgeted = load_heldout("legal", **{HELDOUT_DIR_KEY: str(tmp_path), MAX_BYTES_KEY: 250})["test"]
    assert len(everything) == 10
    assert budgeted["text"] == ["x" * 100] * 3


# ---------------------------------------------------------------- shipped data


@pytest.mark.parametrize("spec", MC_SPECS, ids=lambda s: s.name)
def test_shipped_items_have_the_fields_their_yaml_uses(spec):
    cfg = _task_config(spec)
    items = _items(spec)
    template_fields = jinja2.meta.find_undeclared_variables(jinja2.Environment().parse(cfg.doc_to_text))
    choice, target = cfg.doc_to_choice, cfg.doc_to_target
    assert items and len({i["id"] for i in items}) == len(items)
    for item in items:
        assert template_fields <= item.keys()
        choices = item[choice] if isinstance(choice, str) else choice
        assert len(choices) == spec.n_choices
        assert all(isinstance(c, str) and c.strip() for c in choices)
        assert isinstance(item[target], int)
        assert 0 <= item[target] < spec.n_choices


def test_every_gold_position_is_used():
    # A derivation bug that always put the answer first would make a copy-the-first model look smart.
    for spec in MC_SPECS:
        golds = {item["gold"] for item in _items(spec)}
        assert golds == set(range(spec.n_choices)), spec.name


def test_choices_fit_a_small_window_beside_their_context():
    # HFLM refuses (asserts) a continuation longer than the model's window; at 3-4 characters a token,
    # 450 characters is well under the embedded model's 256 tokens.
    for spec in MC_SPECS:
        for item in _items(spec):
            assert all(len(c) <= 450 for c in item.get("choices", [])), (spec.name, item["id"])


def test_shipped_eval_data_stays_small():
    total = sum(p.stat().st_size for p in SUITES_DIR.glob("*/data/*.jsonl"))
    assert total < 1_500_000


def test_each_suite_folder_has_its_attribution():
    for suite, specs in SUITES.items():
        text = (SUITES_DIR / suite / "ATTRIBUTION.md").read_text()
        for spec in specs:
            if spec.data_file:
                assert f"data/{spec.short}.jsonl" in text
                assert spec.license in text


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} (the shared public datasets) is not here")
def test_prepare_reproduces_the_shipped_files_byte_for_byte(tmp_path):
    counts = prepare.prepare(SHARED, tmp_path)
    assert counts == {
        f"{s}/{t.short}": prepare.N_ITEMS[t.short] for s in SUITES for t in SUITES[s] if t.data_file
    }
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert written
    for rel in written:
        assert (tmp_path / rel).read_bytes() == (SUITES_DIR / rel).read_bytes(), (
            f"{rel} differs from a re-run"
        )


def test_prepare_builders_match_the_registry():
    prepare._check_registry()


# ---------------------------------------------------------------- metrics


def test_wilson_interval_brackets_the_estimate_and_stays_in_unit_interval():
    for p, n in [(0.0, 4), (1.0, 4), (0.25, 60), (0.5, 200)]:
        low, high = wilson_interval(p, n)
        assert 0.0 <= low <= p <= high <= 1.0
    low, high = wilson_interval(0.5, 100)
    assert high - low == pytest.approx(2 * 1.96 * math.sqrt(0.25 / 100), rel=0.05)


def test_summarize_puts_chance_and_interval_beside_each_accuracy():
    specs = tasks_of(["general"])
    results = {
        "results": {
            "charter_general_piqa": {
                "acc,none": 0.5,
                "acc_stderr,none": 0.1,
                "acc_norm,none": 0.6,
                "acc_norm_stderr,none": 0.1,
            },
            "charter_general_hellaswag": {"acc,none": 0.25, "acc_stderr,none": 0.1},
            "charter_general_heldout_bpb": {
                "bits_per_byte,none": 1.5,
                "byte_perplexity,none": 2.83,
                "word_perplexity,none": 900.0,
                "bits_per_byte_stderr,none": "N/A",
            },
        },
        "n-samples": {t.name: {"original": 100, "effective": 20} for t in specs},
    }
    metrics = summarize(results, specs)
    general = metrics["general"]
    assert general["bits_per_byte"] == 1.5 and general["heldout_docs"] == 20
    assert general["piqa"]["chance"] == 0.5 and general["hellaswag"]["chance"] == 0.25
    assert general["piqa"]["acc_norm_ci95_low"] < 0.6 < general["piqa"]["acc_norm_ci95_high"]
    assert "acc_norm" not in general["hellaswag"]
    assert general["hellaswag"]["n"] == 20


def test_list_tasks_covers_every_suite():
    rows = list_tasks()
    assert {r["suite"] for r in rows} == set(DOMAINS)
    assert all(r["chance"] is None or 0 < r["chance"] < 1 for r in rows)
    assert {r["name"] for r in list_tasks(["legal"])} == {
        "charter_legal_contractnli",
        "charter_legal_heldout_bpb",
    }


def test_evaluate_params_reject_unknown_and_repeated_suites():
    with pytest.raises(ValueError):
        EvaluateParams(suites=["crypto"])
    with pytest.raises(ValueError):
        EvaluateParams(suites=["legal", "legal"])


# ---------------------------------------------------------------- the stage on a tiny model


@pytest.fixture(scope="module")
def tiny_checkpoint(tmp_path_factory) -> Path:
    """A randomly initialised Llama with a BPE tokenizer fitted here: hermetic, ~80k parameters."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    out = tmp_path_factory.mktemp("checkpoint")
    corpus = [json.dumps(item) for spec in MC_SPECS for item in _items(spec)[:40]]
    bpe = Tokenizer(models.BPE())
    # Byte-level, so every string in every task encodes without an unknown token.
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=1024,
        special_tokens=["<pad>", "<s>", "</s>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(corpus, trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe, bos_token="<s>", eos_token="</s>", pad_token="<pad>"
    )
    tokenizer.save_pretrained(out)

    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        # As the embedded model: abstracts are cut and held-out documents span several rolling windows.
        max_position_embeddings=256,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    LlamaForCausalLM(config).save_pretrained(out)
    return out


def _params(**evaluate) -> Params:
    return Params.model_validate({"plan": {"compute_flops": 1e12}, "evaluate": evaluate})


def test_run_evaluate_scores_every_domain_on_a_tiny_random_model(tiny_checkpoint, tmp_path):
    from transformers import AutoTokenizer

    heldout = _write_heldout(tmp_path / "heldout")
    metrics_path = tmp_path / "metrics.json"
    metrics = run_evaluate(
        _params(limit=4, batch_size=4), tiny_checkpoint, heldout, tmp_path / "results", metrics_path
    )

    assert json.loads(metrics_path.read_text()) == metrics
    assert set(metrics) == set(DOMAINS)
    harness = json.loads((tmp_path / "results" / "results.json").read_text())
    assert set(harness["results"]) == {t.name for t in tasks_of()}
    assert harness["config"]["model_args"]["max_length"] == 256

    tokenizer = AutoTokenizer.from_pretrained(tiny_checkpoint)
    for domain in DOMAINS:
        m = metrics[domain]
        assert m["heldout_docs"] == 3
        assert math.isfinite(m["bits_per_byte"]) and m["bits_per_byte"] > 0
        assert m["byte_perplexity"] == pytest.approx(2 ** m["bits_per_byte"], rel=1e-6)
        # A random model predicts about uniformly over the vocabulary: log2(V) bits per token.
        texts = [json.loads(line)["text"] for line in (heldout / f"{domain}.jsonl").read_text().splitlines()]
        n_tokens = sum(len(tokenizer(t)["input_ids"]) for t in texts)
        n_bytes = sum(len(t.encode()) for t in texts)
        uniform = math.log2(len(tokenizer)) * n_tokens / n_bytes
        assert 0.9 * uniform < m["bits_per_byte"] < 1.1 * uniform
        for spec in SUITES[domain]:
            if spec.kind != "multiple_choice":
                continue
            task = m[spec.short]
            assert task["n"] == 4 and task["chance"] == pytest.approx(1 / spec.n_choices)
            assert 0.0 <= task["acc"] <= 1.0
            assert task["acc_ci95_low"] <= task["acc"] <= task["acc_ci95_high"]


def test_run_evaluate_names_the_missing_heldout_file(tiny_checkpoint, tmp_path):
    heldout = _write_heldout(tmp_path / "heldout")
    (heldout / "medical.jsonl").unlink()
    with pytest.raises(EvaluationError, match=r"medical\.jsonl"):
        run_evaluate(_params(), tiny_checkpoint, heldout, tmp_path / "out", tmp_path / "m.json")


def test_run_evaluate_names_the_missing_checkpoint(tmp_path):
    heldout = _write_heldout(tmp_path / "heldout")
    with pytest.raises(EvaluationError, match="no-such-checkpoint"):
        run_evaluate(
            _params(), tmp_path / "no-such-checkpoint", heldout, tmp_path / "out", tmp_path / "m.json"
        )


def test_run_evaluate_only_runs_the_suites_asked_for(tiny_checkpoint, tmp_path):
    heldout = tmp_path / "heldout"
    heldout.mkdir()
    # Only legal's held-out file exists: the other suites' files must not be required.
    (heldout / "legal.jsonl").write_text(
        json.dumps({"id": "1", "text": "The parties agree.", "source": "t"}) + "\n"
    )
    metrics = run_evaluate(
        _params(limit=2, suites=["legal"]), tiny_checkpoint, heldout, tmp_path / "out", tmp_path / "m.json"
    )
    assert set(metrics) == {"legal"}
    assert metrics["legal"]["contractnli"]["n"] == 2
