"""One evaluation-item index: the corpus filter (curate) and the instruction-data filter (sft_data) give the
same answer to "does this text contain an evaluation item?", from the same list of item files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from datatrove.data import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from core.config import Params
from core.errors import ConfigError
from core.registry import load_registry
from corpus.curate.decontaminate import DecontaminationFilter
from corpus.evalindex import (
    MIN_SHORT_WORDS,
    NOT_TEXT,
    PROMPT_FIELDS,
    EvalItemIndex,
    item_files,
    read_items,
    words,
)
from eval_suites.standard import STANDARD
from eval_suites.suites import tasks_of
from model.sft.data import run_sft_data
from model.sft.decontaminate import Decontaminate
from tests.conftest import REPO, TaskYamlLoader, write_jsonl

EVAL = REPO / "eval_suites"
NS = (8, 13)
FILTERS = {n: (DecontaminationFilter(EVAL, n), Decontaminate(None, EVAL, n)) for n in NS}


def _fields() -> dict[str, list[str]]:
    """Every counted field text of every present item, by kind: prompt or answer, and long (13 words or
    more), short (6 to 12) or tiny; ContractNLI's hypotheses apart."""
    kinds: dict[str, list[str]] = {}
    for path in item_files(EVAL).present.values():
        for _, _, fields in read_items(path):
            for key, texts in fields:
                for text in texts:
                    n = len(words(text))
                    size = "long" if n >= 13 else "short" if n >= MIN_SHORT_WORDS else "tiny"
                    kinds.setdefault(f"{'prompt' if key in PROMPT_FIELDS else 'answer'}_{size}", []).append(
                        text
                    )
    contractnli = item_files(EVAL).present["charter_legal_contractnli"].read_text(encoding="utf-8")
    kinds["hypothesis"] = sorted({json.loads(line)["hypothesis"] for line in contractnli.splitlines()})
    return kinds


FIELDS = _fields()
# Always contaminating at n = 13 and at n = 8: a prompt field of 13 words or more, or of 6 to 12 words
# (a whole short item, or at n = 8 a shared 8-gram); an answer option of 13 words or more.
CONTAMINATING = ("prompt_long", "prompt_short", "answer_long")


def answers(text: str, n: int) -> tuple[str | None, str | None]:
    """(curate's reason to drop, sft_data's reason to drop), None for keep, for the same text."""
    curate, sft = FILTERS[n]
    corpus_doc = Document(text=text, id="s/doc", metadata={"source": "s"})
    conversation = Document(text=text, id="i/conv", metadata={"origin": {"dataset": "none", "id": "c1"}})
    by_curate, by_sft = curate.filter(corpus_doc), sft.filter(conversation)
    return (None if by_curate is True else by_curate[1]), (None if by_sft is True else by_sft[1])


# Separators that keep words apart: whitespace and punctuation (not "_", a word character).
SEPARATORS = st.text(alphabet=" \t\n.,;:!?-()[]\"'/", min_size=1, max_size=3).filter(
    lambda s: s.strip() or " " in s
)
UNRELATED = st.lists(st.text(alphabet="qxzjvk", min_size=3, max_size=8), max_size=30).map(" ".join)


@st.composite
def texts_from_items(draw) -> tuple[str, str]:
    kind = draw(st.sampled_from([*sorted(FIELDS), "unrelated"]))
    if kind == "unrelated":
        return kind, draw(UNRELATED)
    field = draw(st.sampled_from(FIELDS[kind]))
    change = draw(st.sampled_from(["copied", "upper", "swapcase", "title", "separators"]))
    if change == "separators":
        tokens = field.split()
        field = tokens[0] + "".join(draw(SEPARATORS) + t for t in tokens[1:])
    elif change != "copied":
        field = getattr(field, change)()
    return kind, f"{draw(UNRELATED)} {field} {draw(UNRELATED)}"


@settings(deadline=None)  # the first example of each n builds both indexes
@given(texts_from_items(), st.sampled_from(NS))
def test_the_same_text_gets_the_same_answer_from_both_filters(drawn, n):
    kind, text = drawn
    by_curate, by_sft = answers(text, n)
    assert by_curate == by_sft, (kind, text)
    if kind in CONTAMINATING:
        assert by_curate is not None, (kind, text)
    if kind == "unrelated":
        assert by_curate is None


def test_what_counts_of_an_item_is_the_same_in_both_filters():
    contractnli = json.loads((EVAL / "legal/data/contractnli.jsonl").read_text().splitlines()[0])
    hellaswag = json.loads((EVAL / "general/data/hellaswag.jsonl").read_text().splitlines()[0])
    ending = max(hellaswag["choices"], key=len)
    hypothesis = max(FIELDS["hypothesis"], key=lambda h: len(words(h)))
    assert len(words(ending)) >= 13 and len(words(hypothesis)) >= 13
    cases = {
        # The item's text: any 13-gram of it.
        "excerpt": (
            "Per the NDA: " + contractnli["excerpt"],
            "shares a 13-gram with eval task charter_legal_contractnli",
        ),
        # A long answer option is the text a model memorises.
        "ending": ("And then " + ending, "shares a 13-gram with eval task charter_general_hellaswag"),
        # A short item, contained whole (one word short is not the item).
        "short": (
            'Consider: the mark "Best Washing" for a laundromat, said the court.',
            "contains an item of eval task charter_legal_legalbench_abercrombie",
        ),
        "short, one word short": ('Consider: the mark "Best Washing" for a, said the court.', None),
        # ContractNLI asks the same 17 statements of every contract: quoting one is not quoting an item.
        "hypothesis": (hypothesis, None),
        # A short answer option is a common phrase, not an item.
        "short option": ("Multiple sclerosis is a disease of the central nervous system.", None),
    }
    for case, (text, expected) in cases.items():
        assert answers(text, 13) == (expected, expected), case


def test_items_yaml_lists_every_evaluation_item_file_with_its_task_and_dataset():
    listed = {f["task"]: f for f in yaml.safe_load((EVAL / "items.yaml").read_text())["items"]}
    expected = {
        t.name: {"file": t.data_file, "task": t.name, "dataset": t.dataset, "shipped": not t.not_shipped}
        for t in tasks_of()
        if t.data_file
    } | {
        s.name: {"file": s.data_file, "task": s.name, "dataset": s.dataset, "shipped": True}
        for s in STANDARD.values()
    }
    assert {t: {"shipped": True} | f for t, f in listed.items()} == expected
    for spec in (t for t in tasks_of() if t.data_file):
        task_yaml = yaml.load(spec.yaml_path.read_text(), Loader=TaskYamlLoader)
        assert task_yaml["dataset_kwargs"]["data_file"] == listed[spec.name]["file"], spec.name
    files = item_files(EVAL)
    assert not files.missing and set(files.unbuilt) <= {t.name for t in tasks_of() if t.not_shipped}


def _eval_copy(tmp_path: Path) -> Path:
    eval_dir = tmp_path / "eval_suites"
    eval_dir.mkdir()
    shutil.copy(EVAL / "items.yaml", eval_dir / "items.yaml")
    shutil.copytree(EVAL / "standard" / "data", eval_dir / "standard" / "data")
    return eval_dir


def test_an_item_file_not_in_the_list_stops_both_filters(tmp_path: Path):
    eval_dir = _eval_copy(tmp_path)
    (eval_dir / "legal" / "data").mkdir(parents=True)
    (eval_dir / "legal" / "data" / "new_task.jsonl").write_text(
        json.dumps({"id": "1", "text": "x y z"}) + "\n"
    )
    doc = Document(text="text", id="d", metadata={"origin": {"dataset": "d", "id": "1"}})
    for step in (DecontaminationFilter(eval_dir, 13), Decontaminate(None, eval_dir, 13)):
        with pytest.raises(
            ConfigError, match=r"items.yaml: evaluation item files not listed.*legal/data/new_task"
        ):
            step.filter(doc)


def test_an_item_field_no_rule_names_stops_the_build(tmp_path: Path):
    eval_dir = _eval_copy(tmp_path)
    line = json.dumps({"goal": "a", "premise": " ".join(["w"] * 20), "label": 0, "idx": 3})
    (eval_dir / "standard" / "data" / "piqa.jsonl").write_text(line + "\n")
    with pytest.raises(
        ConfigError, match=r"standard/data/piqa.jsonl:1: evaluation item field\(s\) \['premise'\]"
    ):
        EvalItemIndex.build(eval_dir, 13)
    assert "premise" not in NOT_TEXT


def test_an_instruction_record_is_an_eval_item_by_its_upstream_dataset_and_id():
    # The dataset comes from items.yaml; the same id in another dataset is another item.
    item = json.loads((EVAL / "legal/data/legalbench_hearsay.jsonl").read_text().splitlines()[0])
    sft = FILTERS[13][1]
    doc = Document(
        text="Unrelated words.",
        id="i/c",
        metadata={"origin": {"dataset": "legalbench-early", "id": item["id"]}},
    )
    assert sft.filter(doc) == (False, f"evaluation item id: legalbench-early {item['id']}")
    doc.metadata["origin"]["dataset"] = "contract-nli"
    assert sft.filter(doc) is True


def test_the_sft_data_stage_decontaminates_with_the_curate_n_gram(tmp_path: Path):
    # One setting for both stages: nine words of an item, no 13-gram, contaminate at curate's n of 9.
    context = json.loads((EVAL / "medical/data/pubmedqa.jsonl").read_text().splitlines()[0])["context"]
    nine = " ".join(words(context)[20:29])
    conversation = {
        "id": "c1",
        "origin": {"dataset": "local", "split": "train", "id": "c1"},
        "messages": [
            {"role": "user", "content": f"Explain: {nine}."},
            {"role": "assistant", "content": "Done."},
        ],
    }
    write_jsonl(tmp_path / "chat.jsonl", [conversation])
    entry = {
        "domain": "medical",
        "format": "jsonl",
        "owner": "t",
        "sensitivity": "public",
        "text_field": "messages",
    }
    registry = {"sources": [{"id": "chat", "path": "chat.jsonl", "license": "CC-BY-4.0", **entry}]}
    (tmp_path / "instructions.yaml").write_text(yaml.safe_dump(registry))
    params = Params.model_validate({"plan": {"compute_flops": 1e12}, "curate": {"decontamination_ngram": 9}})
    assert answers(f"Explain: {nine}.", 13) == (None, None)

    run_sft_data(params, load_registry(tmp_path / "instructions.yaml"), None, tmp_path / "out")
    (row,) = pq.read_table(tmp_path / "out" / "ledger.parquet").to_pylist()
    assert row["reason"] == "decontaminate: shares a 9-gram with eval task charter_medical_pubmedqa"
