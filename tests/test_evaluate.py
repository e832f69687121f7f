"""The evaluate stage: shipped task files, their preparation, and a run on a tiny random model."""

from __future__ import annotations

import json
import math
from pathlib import Path

import jinja2
import jinja2.meta
import pytest
import yaml

from core.config import EvaluateParams, Params
from core.errors import PolicyError
from core.packs import evaluation_order
from eval_suites.evaluate import (
    GATE_FILE,
    HELDOUT_FILE,
    ITEMS_FILE,
    EvaluationError,
    absent_unshipped,
    gate_tasks,
    run_evaluate,
)
from eval_suites.standard import STANDARD, standard_tasks, task_config
from eval_suites.suites import (
    BUILD_UNSHIPPED,
    SUITES,
    SUITES_DIR,
    TaskSpec,
    list_tasks,
    suite_tag,
    tasks_of,
)
from eval_suites.taskdata import HELDOUT_DIR_KEY, MAX_BYTES_KEY, SEED_KEY
from governance.licenses import LicensePolicy
from tests.tiny_models import save_tiny_llama
from tools.eval_items import prepare

ROOT = Path(__file__).resolve().parents[1]
POLICIES = ROOT / "governance" / "policies"
DOMAINS = evaluation_order()
MC_SPECS = [t for t in tasks_of() if t.kind == "multiple_choice" and not t.not_shipped]
UNSHIPPED = [t for t in tasks_of() if t.not_shipped]


def _task_config(spec):
    """The task's configuration as lm-eval resolved it (its `include` merged)."""
    from types import SimpleNamespace

    from lm_eval.tasks import TaskManager
    from lm_eval.tasks._yaml_loader import load_yaml

    if spec.not_shipped:  # building the task would load its data, which is not in the repository
        return SimpleNamespace(**load_yaml(spec.yaml_path, resolve_func=False))
    tm = TaskManager(include_path=str(SUITES_DIR), include_defaults=False)
    return tm.load([spec.name])["tasks"][spec.name].config


def _items(spec, root: Path = SUITES_DIR) -> list[dict]:
    return [json.loads(line) for line in (root / spec.data_file).read_text(encoding="utf-8").splitlines()]


def _without_unshipped_data(monkeypatch) -> None:
    """Points every unshipped task at a file that does not exist, as in a clone without the shared data,
    whether or not this working tree has built them."""
    import dataclasses

    for suite, specs in SUITES.items():
        moved = tuple(
            dataclasses.replace(t, data_file=f"{t.suite}/data/absent-{t.short}.jsonl") if t.not_shipped else t
            for t in specs
        )
        monkeypatch.setitem(SUITES, suite, moved)


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
    here = [t for t in tasks_of() if t.name not in absent_unshipped(tasks_of())]
    loaded = tm.load([t.name for t in here])["tasks"]
    assert set(loaded) == {t.name for t in here}
    for spec in here:
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


def test_heldout_byte_budget_samples_every_source_not_the_first_lines(tmp_path):
    # The mix stage writes held-out files sorted by id, i.e. grouped by source: a budget that took the first
    # documents scored the first source only.
    from eval_suites.taskdata import load_heldout, within_budget

    docs = [
        {"id": f"{s}/{i:02d}", "text": "y" * 100, "source": s} for s in ("a", "b", "c") for i in range(10)
    ]
    (tmp_path / "legal.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    picked = load_heldout("legal", **{HELDOUT_DIR_KEY: str(tmp_path), MAX_BYTES_KEY: 900, SEED_KEY: 7})[
        "test"
    ]
    assert [row["source"] for row in picked] == ["a", "b", "c"] * 3
    ids = [row["id"] for row in picked]
    assert ids != [f"{s}/{i:02d}" for i in range(3) for s in "abc"]  # seeded order, not file order
    assert ids == [d["id"] for d in within_budget(docs, 900, 7)]  # the same draw every time
    assert ids != [d["id"] for d in within_budget(docs, 900, 8)]


# ---------------------------------------------------------------- shipped data


@pytest.fixture(scope="module")
def unshipped_root(shared_data, tmp_path_factory) -> Path:
    """The unshipped tasks' files, built from the shared data into a temporary folder."""
    root = tmp_path_factory.mktemp("unshipped")
    counts = prepare.prepare(shared_data, root, unshipped=True)
    assert counts == {f"{t.suite}/{t.short}": prepare.N_ITEMS[t.short] for t in UNSHIPPED}
    return root


@pytest.mark.parametrize(
    "spec",
    MC_SPECS + [pytest.param(s, marks=pytest.mark.shared_data) for s in UNSHIPPED],
    ids=lambda s: s.name,
)
def test_task_items_have_the_fields_their_yaml_uses(spec, request):
    root = request.getfixturevalue("unshipped_root") if spec.not_shipped else SUITES_DIR
    cfg = _task_config(spec)
    items = _items(spec, root)
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
                shipped = f"## {spec.short}: `data/{spec.short}.jsonl`"
                assert (shipped in text) != bool(spec.not_shipped), spec.name


def test_unshipped_items_and_their_license_texts_are_git_ignored_and_documented():
    ignored = set((ROOT / ".gitignore").read_text(encoding="utf-8").splitlines())
    assert UNSHIPPED, "the registry no longer marks any task as not shipped"
    for spec in UNSHIPPED:
        assert f"/eval_suites/{spec.data_file}" in ignored
        builder = next(b for b in prepare.BUILDERS[spec.suite] if b.short == spec.short)
        for name in builder.origin.license_files:
            assert (
                f"/eval_suites/{spec.suite}/{prepare._license_copy(builder.origin.dataset, name)}" in ignored
            )
        text = (SUITES_DIR / spec.suite / "ATTRIBUTION.md").read_text()
        assert f"## {spec.short}: not shipped" in text and BUILD_UNSHIPPED in text
        assert BUILD_UNSHIPPED.split("--shared")[0].strip() in spec.yaml_path.read_text()


def test_prepare_reproduces_the_shipped_files_byte_for_byte(shared_data, tmp_path):
    counts = prepare.prepare(shared_data, tmp_path)
    assert counts == {
        f"{s}/{t.short}": prepare.N_ITEMS[t.short]
        for s in SUITES
        for t in SUITES[s]
        if t.data_file and not t.not_shipped
    } | {f"standard/{name}": prepare.N_STANDARD_ITEMS for name in STANDARD}
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert written
    assert not {Path(t.data_file) for t in UNSHIPPED if t.data_file} & set(written)
    assert not [p for p in written if "phrasebank" in p.name]
    for rel in written:
        assert (tmp_path / rel).read_bytes() == (SUITES_DIR / rel).read_bytes(), (
            f"{rel} differs from a re-run"
        )


def test_prepare_builders_match_the_registry():
    prepare._check_registry()


# ---------------------------------------------------------------- metrics


def test_list_tasks_covers_every_suite():
    rows = list_tasks()
    assert {r["suite"] for r in rows} == set(DOMAINS)
    assert all(r["chance"] is None or 0 < r["chance"] < 1 for r in rows)
    assert {r["name"] for r in list_tasks(["legal"])} == {
        "charter_legal_contractnli",
        "charter_legal_legalbench_hearsay",
        "charter_legal_legalbench_proa",
        "charter_legal_legalbench_abercrombie",
        "charter_legal_heldout_bpb",
    }


def test_evaluate_params_reject_unknown_and_repeated_suites():
    with pytest.raises(ValueError, match=r"unknown domain 'crypto'; the domain packs are general, finance"):
        EvaluateParams(suites=["crypto"])
    assert EvaluateParams().suites == list(DOMAINS) and DOMAINS[-1] == "general"
    with pytest.raises(ValueError):
        EvaluateParams(suites=["legal", "legal"])


# ---------------------------------------------------------------- the stage on a tiny model


@pytest.fixture(scope="module")
def tiny_checkpoint(tmp_path_factory) -> Path:
    """A randomly initialised Llama with a BPE tokenizer fitted here: hermetic, ~80k parameters."""
    corpus = [json.dumps(item) for spec in MC_SPECS for item in _items(spec)[:40]]
    return save_tiny_llama(
        tmp_path_factory.mktemp("checkpoint"),
        corpus,
        vocab_size=1024,
        special_tokens=["<pad>", "<s>", "</s>"],
        bos="<s>",
        eos="</s>",
        pad="<pad>",
    )


def _params(**evaluate) -> Params:
    return Params.model_validate({"plan": {"compute_flops": 1e12}, "evaluate": evaluate})


def test_run_evaluate_scores_every_domain_on_a_tiny_random_model(tiny_checkpoint, tmp_path, monkeypatch):
    from transformers import AutoTokenizer

    _without_unshipped_data(monkeypatch)
    heldout = _write_heldout(tmp_path / "heldout")
    metrics_path = tmp_path / "metrics.json"
    plot_path = tmp_path / "bpb.json"
    metrics = run_evaluate(
        _params(limit=4, batch_size=4),
        tiny_checkpoint,
        heldout,
        tmp_path / "results",
        metrics_path,
        plot_path,
    )

    assert json.loads(metrics_path.read_text()) == metrics
    assert set(metrics) == {*DOMAINS, "standard"}
    harness = json.loads((tmp_path / "results" / "results.json").read_text())
    mc_names = {t.name for t in tasks_of() if t.kind == "multiple_choice" and not t.not_shipped}
    assert set(harness["results"]) == mc_names | set(STANDARD)
    assert "samples" not in harness  # item text stays out of the results file
    assert harness["charter"]["max_length"] == 256 and harness["charter"]["chat_template"] is False
    assert json.loads(plot_path.read_text()) == [
        {"domain": d, "bits_per_byte": metrics[d]["bits_per_byte"]} for d in sorted(DOMAINS)
    ]
    # lm-eval's own tasks ran as lm-eval defines them (its prompt), over the shipped files, with chance beside.
    assert harness["configs"]["boolq"]["doc_to_text"] == "{{passage}}\nQuestion: {{question}}?\nAnswer:"
    assert harness["configs"]["piqa"]["doc_to_choice"] == "{{[sol1, sol2]}}"
    for name in STANDARD:
        task = metrics["standard"][name]
        assert task["n"] == 4 and task["chance"] == 0.5 and task["majority_rate"] == 0.5
        assert task["acc_ci95_low"] <= task["acc"] <= task["acc_ci95_high"]
    assert "acc_norm" in metrics["standard"]["piqa"] and "acc_norm" not in metrics["standard"]["boolq"]
    gate = json.loads((tmp_path / "results" / GATE_FILE).read_text())
    assert gate["policy"] == "evaluation" and all(d["allowed"] for d in gate["tasks"].values())
    # A task whose items may not be shipped, and were not built here, is skipped, saying why and how to build it.
    assert set(gate["not_evaluated"]) == {t.name for t in UNSHIPPED}
    for spec in UNSHIPPED:
        reason = gate["not_evaluated"][spec.name]
        assert "not shipped" in reason and spec.license in reason and BUILD_UNSHIPPED in reason
        assert spec.short not in metrics[spec.suite]

    tokenizer = AutoTokenizer.from_pretrained(tiny_checkpoint)
    documents = json.loads((tmp_path / "results" / HELDOUT_FILE).read_text())
    assert {"text"} & {k for d in documents for k in d} == set()
    for domain in DOMAINS:
        m = metrics[domain]
        assert m["heldout_docs"] == 3 and set(m["sources"]) == {"test"}
        assert math.isfinite(m["bits_per_byte"]) and m["bits_per_byte"] > 0
        assert m["bits_per_byte_ci95_low"] <= m["bits_per_byte"] <= m["bits_per_byte_ci95_high"]
        # A random model predicts about uniformly over the vocabulary: log2(V) bits per token.
        texts = [json.loads(line)["text"] for line in (heldout / f"{domain}.jsonl").read_text().splitlines()]
        n_tokens = sum(len(tokenizer(t)["input_ids"]) for t in texts)
        n_bytes = sum(len(t.encode()) for t in texts)
        uniform = math.log2(len(tokenizer)) * n_tokens / n_bytes
        assert 0.9 * uniform < m["bits_per_byte_scrubbed"] < 1.1 * uniform
        for spec in SUITES[domain]:
            if spec.kind != "multiple_choice" or spec.not_shipped:
                continue
            task = m[spec.short]
            # The scored items are a stratified draw: no class is more than one item ahead of another.
            assert task["n"] == 4 and task["chance"] == pytest.approx(1 / spec.n_choices)
            assert max(task["gold"].values()) - min(n for n in task["gold"].values() if n) <= 1
            assert task["majority_rate"] == max(task["gold"].values()) / 4
            assert task["scoring"] == spec.primary
            for variant in spec.variants:
                assert 0.0 <= task[variant] <= 1.0
                assert task[f"{variant}_ci95_low"] <= task[variant] <= task[f"{variant}_ci95_high"]
                assert task[f"{variant}_balanced_ci95_low"] <= task[f"{variant}_balanced"]
                assert task[f"{variant}_balanced"] <= task[f"{variant}_balanced_ci95_high"]
                assert sum(task[f"{variant}_predictions"].values()) == 4
            assert {"baseline_majority", "baseline_copy", "baseline_longest"} <= set(task)
            assert isinstance(task["truncated_prompts"], int)
    items = [json.loads(line) for line in (tmp_path / "results" / ITEMS_FILE).read_text().splitlines()]
    assert len(items) == 4 * (len(mc_names) + len(STANDARD))
    assert all(
        set(item) <= {"task", "id", "gold", "lls", "acc", "acc_norm", "acc_mutual_info"} for item in items
    )


def test_bits_per_byte_equals_lm_evals_on_all_bytes_and_leaves_placeholders_out(tiny_checkpoint, tmp_path):
    """The per-token scorer is lm-eval's loglikelihood_rolling, summed differently: on the whole scrubbed text
    it gives lm-eval's bits_per_byte; with placeholders, their tokens and bytes leave both sides."""
    import lm_eval
    from lm_eval.models.huggingface import HFLM
    from lm_eval.tasks import TaskManager

    from eval_suites.heldout import score_documents

    heldout = _write_heldout(tmp_path / "heldout")
    docs = [json.loads(line) for line in (heldout / "legal.jsonl").read_text().splitlines()]
    lm = HFLM(pretrained=str(tiny_checkpoint), max_length=256, batch_size=4, device="cpu")
    tm = TaskManager(
        include_path=str(SUITES_DIR), include_defaults=False, metadata={HELDOUT_DIR_KEY: str(heldout)}
    )
    harness = lm_eval.simple_evaluate(
        model=lm, tasks=["charter_legal_heldout_bpb"], task_manager=tm, bootstrap_iters=0, device="cpu"
    )
    expected = harness["results"]["charter_legal_heldout_bpb"]["bits_per_byte,none"]
    scores = score_documents(lm, docs, "legal", batch_size=3)
    assert sum(s.bits_all for s in scores) / sum(s.bytes_all for s in scores) == pytest.approx(
        expected, rel=1e-5
    )
    assert all(s.tokens_dropped == 0 and s.bits == s.bits_all and s.bytes == s.bytes_all for s in scores)

    # The same document with a name replaced by a placeholder: the placeholder's tokens and bytes go, the
    # rest of the text is still scored.
    text = docs[0]["text"]
    scrubbed = {"id": "p", "text": text[:200] + " <PERSON_12> " + text[200:], "source": "test"}
    (score,) = score_documents(lm, [scrubbed], "legal", batch_size=1)
    assert score.placeholders == 1 and score.tokens_dropped > 0
    assert score.bytes_all - len("<PERSON_12>") - 2 <= score.bytes <= score.bytes_all - len("<PERSON_12>")
    assert score.bits < score.bits_all


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
        _params(limit=2, suites=["legal"], standard_tasks=[]),
        tiny_checkpoint,
        heldout,
        tmp_path / "out",
        tmp_path / "m.json",
    )
    assert set(metrics) == {"legal"}
    assert metrics["legal"]["contractnli"]["n"] == 2


# ---------------------------------------------------------------- license gate for evaluation data


def test_financial_phrasebank_is_evaluation_only_under_the_policies():
    fpb = next(t for t in tasks_of(["finance"]) if t.short == "fpb")
    assert fpb.license == "CC-BY-NC-SA-3.0" and fpb.uses == ("evaluation",)
    evaluation = LicensePolicy.load(POLICIES / "evaluation.yaml")
    commercial = LicensePolicy.load(POLICIES / "commercial.yaml")
    research = LicensePolicy.load(POLICIES / "research.yaml")
    assert evaluation.evaluate(fpb.license, "evaluation").allowed
    # Never training: its license blocks the commercial training use the pipeline's gate applies ...
    assert not commercial.evaluate(fpb.license, "commercial-training").allowed
    # ... and where a research policy's license terms would allow training, the items' own restriction does not.
    decisions = gate_tasks([fpb], [], research, "research-training")
    assert not decisions[fpb.name]["allowed"]
    assert "only ['evaluation']" in decisions[fpb.name]["reason"]
    # A product claim gated with the commercial policy's evaluation use blocks it as well.
    decisions = gate_tasks([fpb], [], commercial, "evaluation")
    assert not decisions[fpb.name]["allowed"] and "commercial_use" in decisions[fpb.name]["reason"]


def test_every_shipped_task_passes_the_default_evaluation_policy():
    policy = LicensePolicy.load(ROOT / EvaluateParams().policy)
    decisions = gate_tasks(tasks_of(), standard_tasks(EvaluateParams().standard_tasks), policy, "evaluation")
    assert all(d["allowed"] for d in decisions.values()), decisions
    assert prepare.check_licenses(policy).keys() >= {"finance/fpb", "standard/boolq"}


def test_evaluation_data_under_an_unknown_license_stops_the_run():
    spec = TaskSpec("finance", "mystery", "multiple_choice", 2, "finance/data/fpb.jsonl", "x", "Mystery-1.0")
    policy = LicensePolicy.load(POLICIES / "evaluation.yaml")
    with pytest.raises(PolicyError, match="mystery.*Mystery-1.0"):
        gate_tasks([spec], [], policy, "evaluation")


def test_prepare_refuses_data_the_policy_blocks_before_writing_anything(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    # The licenses are checked before any dataset is read: the datasets' folder need not exist.
    with pytest.raises(PolicyError, match="finance/fpb.*CC-BY-NC-SA-3.0"):
        prepare.prepare(tmp_path / "absent", out, policy=POLICIES / "commercial.yaml")
    assert not any(out.iterdir())


def test_run_evaluate_skips_a_blocked_task_and_records_why(tiny_checkpoint, tmp_path):
    heldout = _write_heldout(tmp_path / "heldout")
    params = _params(
        limit=2,
        suites=["finance"],
        standard_tasks=[],
        policy=str(POLICIES / "commercial.yaml"),
        use="evaluation",
    )
    metrics = run_evaluate(params, tiny_checkpoint, heldout, tmp_path / "out", tmp_path / "m.json")
    assert set(metrics["finance"]) >= {"tatqa_mc", "bits_per_byte"}
    assert "fpb" not in metrics["finance"]
    gate = json.loads((tmp_path / "out" / GATE_FILE).read_text())
    assert gate["policy"] == "commercial"
    assert gate["tasks"]["charter_finance_fpb"]["allowed"] is False
    assert gate["tasks"]["charter_finance_tatqa_mc"]["allowed"] is True


# ---------------------------------------------------------------- lm-eval's own tasks


def test_standard_tasks_read_the_shipped_file_in_their_hugging_face_schema():
    from lm_eval.tasks import TaskManager

    from eval_suites.standard import lm_eval_yaml

    tasks = standard_tasks(list(STANDARD))
    tm = TaskManager(include_path=str(SUITES_DIR), include_defaults=False)
    loaded = tm.load([task_config(t) for t in tasks])["tasks"]
    for spec in tasks:
        task = loaded[spec.name]
        shipped = yaml.load(lm_eval_yaml(spec).read_text(), Loader=yaml.BaseLoader)
        assert task.config.doc_to_text == shipped["doc_to_text"]  # lm-eval's prompt, unchanged
        docs = list(task.eval_docs)
        assert len(docs) == prepare.N_STANDARD_ITEMS
        assert task.config.dataset_path == "json"
        for doc in docs[:10]:
            assert len(task.doc_to_choice(doc)) == spec.n_choices
            assert task.doc_to_target(doc) in range(spec.n_choices)
    with pytest.raises(KeyError, match="unknown standard task"):
        standard_tasks(["winogrande"])


def test_report_rows_show_interval_and_chance_and_put_standard_tasks_last():
    from governance.report.evaluation import task_rows

    def task(acc: float, low: float, high: float) -> dict:
        return {
            "scoring": "acc",
            "n": 60,
            "gold": {"no": 30, "yes": 30},
            "acc": acc,
            "acc_ci95_low": low,
            "acc_ci95_high": high,
            "acc_balanced": acc,
            "acc_balanced_ci95_low": low,
            "acc_balanced_ci95_high": high,
            "acc_predictions": {"no": 30, "yes": 30},
            "majority_rate": 0.5,
            "chance": 0.5,
        }

    rows = task_rows(
        {
            "standard": {"boolq": task(0.7, 0.6, 0.8)},
            "legal": {"bits_per_byte": 1.6, "legalbench_hearsay": task(0.5, 0.38, 0.62)},
        }
    )
    assert [(r["domain"], r["task"]) for r in rows] == [
        ("legal", "legalbench_hearsay"),
        ("standard", "boolq"),
    ]
    assert rows[0]["ci"] == "[0.380, 0.620]" and not rows[0]["above_chance"]
    # Above chance only when balanced accuracy's whole interval clears 1 / classes.
    assert rows[1]["above_chance"] and rows[1]["chance"] == "0.500" and rows[1]["majority"] == "0.500"


# ---------------------------------------------------------------- the instruction-tuned model, as it is used


def test_sft_model_is_scored_through_its_chat_template_and_in_distribution_tasks_are_marked(
    tiny_checkpoint, tmp_path
):
    import shutil

    from transformers import AutoTokenizer

    from model.sft.template import install_chat_template

    chat = tmp_path / "chat"
    shutil.copytree(tiny_checkpoint, chat)
    tokenizer = install_chat_template(AutoTokenizer.from_pretrained(chat), "Answer briefly.")
    tokenizer.save_pretrained(chat)
    trained = tmp_path / "train.jsonl"
    trained.write_text(
        json.dumps(
            {"id": "c1", "origin": {"dataset": "contract-nli", "split": "dev", "id": "x"}, "messages": []}
        )
        + "\n"
    )
    heldout = _write_heldout(tmp_path / "heldout")
    params = _params(limit=3, suites=["legal", "medical"], standard_tasks=[])
    with pytest.raises(EvaluationError, match="no chat template"):
        run_evaluate(
            params, tiny_checkpoint, heldout, tmp_path / "x", tmp_path / "x.json", chat_template=True
        )

    metrics = run_evaluate(
        params, chat, heldout, tmp_path / "out", tmp_path / "m.json", chat_template=True, sft_data=trained
    )
    harness = json.loads((tmp_path / "out" / "results.json").read_text())
    assert harness["charter"]["chat_template"] is True and harness["charter"]["sft_datasets"] == [
        "contract-nli"
    ]
    prompt = harness["charter"]["prompts"]["charter_legal_contractnli"]
    assert prompt.startswith("<|system|>\nAnswer briefly.\n<|user|>\n") and prompt.endswith("<|assistant|>\n")
    # Items built like the instruction data (ContractNLI) are not zero-shot for this model; MMLU is.
    assert metrics["legal"]["contractnli"]["exposure"] == "in-distribution"
    assert metrics["medical"]["mmlu_clinical"]["exposure"] == "zero-shot"
    assert metrics["medical"]["pubmedqa"]["exposure"] == "zero-shot"


def test_report_puts_majority_balanced_and_chance_beside_accuracy_and_both_bpb_figures_per_source():
    from governance.report.evaluation import heldout_rows, task_rows

    evaluation = {
        "legal": {
            "bits_per_byte": 2.5,
            "bits_per_byte_ci95_low": 2.4,
            "bits_per_byte_ci95_high": 2.6,
            "bits_per_byte_scrubbed": 2.3,
            "heldout_docs": 3,
            "heldout_bytes": 900,
            "placeholder_bytes_left_out": 100,
            "sources": {
                "depositions": {
                    "bits_per_byte": 2.0,
                    "bits_per_byte_ci95_low": 1.9,
                    "bits_per_byte_ci95_high": 2.1,
                    "bits_per_byte_scrubbed": 1.8,
                    "placeholder_bytes_left_out": 100,
                    "documents": 2,
                    "bytes": 600,
                },
                "opinions": {"bits_per_byte": 3.0, "documents": 1, "bytes": 300},
            },
            "contractnli": {
                "scoring": "acc",
                "n": 60,
                "gold": {"True": 20, "False": 20, "Neither": 20},
                "acc": 26 / 60,
                "acc_ci95_low": 0.31,
                "acc_ci95_high": 0.56,
                "acc_balanced": 1 / 3,
                "acc_balanced_ci95_low": 1 / 3,
                "acc_balanced_ci95_high": 1 / 3,
                "acc_predictions": {"True": 0, "False": 0, "Neither": 60},
                "majority_rate": 26 / 60,
                "chance": 1 / 3,
                "baseline_copy": 0.4,
                "baseline_overlap_stump": 0.45,
            },
        }
    }
    domain, deps, opinions = heldout_rows(evaluation)
    assert (domain["bpb"], domain["scrubbed"], domain["left_out"]) == ("2.500", "2.300", "100")
    assert (deps["bpb"], deps["ci"], deps["scrubbed"], deps["left_out"]) == (
        "2.000",
        "[1.900, 2.100]",
        "1.800",
        "100",
    )
    assert opinions["ci"] == "one document" and opinions["scrubbed"] == "–"
    (row,) = task_rows(evaluation)
    assert (row["acc"], row["majority"], row["balanced"], row["chance"]) == (
        "0.433",
        "0.433",
        "0.333",
        "0.333",
    )
    assert row["constant"] and not row["above_chance"] and row["best_heuristic"] == "overlap_stump 0.450"
