"""Training documents that share a 13-gram with an evaluation item are dropped, naming the task."""

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
from datatrove.data import Document

from core import store
from core.config import CurateParams
from core.registry import Registry, Source
from corpus.curate import run_curate
from corpus.evalindex import EvalItemIndex, item_files
from tests.conftest import ENGLISH, FINANCE, REPO

EVAL = REPO / "eval_suites"


def first_item(task: str) -> dict:
    path = item_files(EVAL).present[task]
    return json.loads(path.read_text(encoding="utf-8").splitlines()[0])


def first_overlap(text: str, eval_dir: Path = EVAL) -> tuple[str, str] | None:
    hit = EvalItemIndex.build(eval_dir, 13).first_hit(text)
    return None if hit is None else (hit.task, hit.item)


def test_every_task_with_shipped_items_is_indexed():
    files = item_files(EVAL)
    tasks = set(files.datasets)
    assert {"charter_finance_tatqa_mc", "charter_legal_contractnli", "charter_medical_pubmedqa"} <= tasks
    assert set(files.present) | set(files.missing) | set(files.unbuilt) == tasks
    assert "charter_medical_pubmedqa" in files.present and not files.missing


def test_a_task_whose_data_file_is_not_built_is_reported_not_fatal(tmp_path: Path):
    (tmp_path / "x" / "data").mkdir(parents=True)
    (tmp_path / "x" / "data" / "a.jsonl").write_text(
        json.dumps({"id": "1", "question": " ".join(["w"] * 20)}) + "\n"
    )
    (tmp_path / "items.yaml").write_text(
        "items:\n"
        "  - {file: x/data/a.jsonl, task: t_a, dataset: a}\n"
        "  - {file: x/data/b.jsonl, task: t_b, dataset: b}\n"
    )
    files = item_files(tmp_path)
    assert "t_a" in files.present and "t_b" in files.missing and "t_b" not in files.present
    assert first_overlap(" ".join(["w"] * 13), tmp_path) == ("t_a", "1")


def test_a_planted_eval_item_is_dropped_with_its_task(tmp_path: Path):
    item = first_item("charter_legal_contractnli")
    planted = ENGLISH + "\n\nAs the agreement says: " + item["excerpt"] + "\n\n" + FINANCE
    near_miss = ENGLISH + " " + " ".join(item["excerpt"].split()[:12]) + ". " + FINANCE
    docs = [
        Document(text=planted, id="s/planted", metadata={"source": "s", "domain": "legal"}),
        Document(text=near_miss, id="s/twelve-words", metadata={"source": "s", "domain": "legal"}),
        Document(text=ENGLISH, id="s/clean", metadata={"source": "s", "domain": "general"}),
    ]
    store.write_documents(docs, tmp_path / "gate" / "docs")
    registry = Registry(
        sources=[
            Source(
                id="s",
                domain="legal",
                path="x",
                format="jsonl",
                license="MIT",
                owner="o",
                sensitivity="public",
            )
        ]
    )
    params = CurateParams(eval_suites_dir=str(EVAL), gopher_min_doc_words=5, c4_min_num_sentences=1)
    stats = run_curate(registry, params, tmp_path / "gate", tmp_path / "curate")
    assert "charter_legal_contractnli" in stats["decontamination"]["tasks_checked"]
    rows = {r["doc_id"]: r for r in pq.read_table(tmp_path / "curate" / "ledger.parquet").to_pylist()}
    assert rows["s/planted"]["decision"] == "dropped"
    assert (
        rows["s/planted"]["reason"]
        == "decontaminate: shares a 13-gram with eval task charter_legal_contractnli"
    )
    assert json.loads(rows["s/planted"]["detail"]) == {
        "eval_task": "charter_legal_contractnli",
        "eval_item": item["id"],
    }
    assert not rows["s/twelve-words"]["reason"].startswith("decontaminate")
    assert rows["s/clean"]["decision"] == "kept"


def test_overlap_ignores_case_and_punctuation_but_not_word_order():
    index = EvalItemIndex.build(EVAL, 13)
    question = first_item("charter_finance_tatqa_mc")["context"]
    words = question.split()[:20]
    assert index.first_hit(" ".join(words).upper().replace(" ", " , ")) is not None
    assert index.first_hit(" ".join(reversed(words))) is None


def test_standard_task_items_are_decontaminated_against():
    # lm-eval's own tasks are configured in code, not by a YAML under eval_suites/, yet are eval items too.
    tasks = item_files(EVAL).present
    assert tasks["boolq"] == EVAL / "standard" / "data" / "boolq.jsonl"
    assert tasks["piqa"] == EVAL / "standard" / "data" / "piqa.jsonl"
    passage = json.loads(tasks["boolq"].read_text(encoding="utf-8").splitlines()[0])["passage"]
    hit = first_overlap("Background. " + passage)
    assert hit is not None and hit[0] == "boolq"


def test_an_unshipped_task_is_covered_once_built_and_left_out_while_absent(tmp_path: Path):
    eval_dir = tmp_path / "eval_suites"
    (eval_dir / "finance").mkdir(parents=True)
    shutil.copy(EVAL / "items.yaml", eval_dir / "items.yaml")
    shutil.copytree(EVAL / "standard" / "data", eval_dir / "standard" / "data")
    assert "charter_finance_fpb" in item_files(eval_dir).unbuilt
    assert "charter_finance_fpb" not in item_files(eval_dir).present

    sentence = (
        "the company said its quarterly operating profit rose sharply on strong demand for paper in europe"
    )
    (eval_dir / "finance" / "data").mkdir()
    (eval_dir / "finance" / "data" / "fpb.jsonl").write_text(
        json.dumps({"id": "7", "sentence": sentence, "gold": 2}) + "\n", encoding="utf-8"
    )
    assert item_files(eval_dir).present["charter_finance_fpb"] == eval_dir / "finance" / "data" / "fpb.jsonl"
    assert first_overlap("News: " + sentence, eval_dir) == ("charter_finance_fpb", "7")
