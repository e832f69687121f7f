"""No shipped task is answerable without a model: heuristics that read only the items stay near chance,
every TAT-QA choice is in the context shown, ContractNLI's "not mentioned" excerpts look like evidence,
and the task definitions ask for the scoring each kind of task needs."""

from __future__ import annotations

import random

import numpy as np
import pytest
import yaml

from eval_suites.baselines import FACTOR, baselines, copy_predictions, overlap_stump
from eval_suites.scoring import scored_subset
from eval_suites.standard import STANDARD
from eval_suites.suites import tasks_of
from eval_suites.taskdata import read_jsonl
from tests.conftest import TaskYamlLoader
from tools.eval_items.finance import kind, normalise, shape
from tools.eval_items.general import _query
from tools.eval_items.legal import word_overlap
from tools.eval_items.medical import MAX_CONTEXT_CHARS, last_sentences

SHIPPED = [t for t in tasks_of() if t.kind == "multiple_choice" and not t.not_shipped]
DEFAULT_LIMIT = 60


def _shipped_items() -> list[tuple[str, list[dict], tuple[str, ...] | None, int, float]]:
    tasks = [(t.name, read_jsonl(t.data_path), t.labels, t.n_choices or 0, t.chance or 0.0) for t in SHIPPED]
    tasks += [
        (t.name, [t.as_item(r) for r in read_jsonl(t.data_path)], t.labels, t.n_choices, t.chance)
        for t in STANDARD.values()
    ]
    return tasks


@pytest.mark.parametrize("task", _shipped_items(), ids=lambda t: t[0])
def test_no_heuristic_that_ignores_the_model_beats_one_and_a_half_times_chance(task):
    name, items, labels, n_choices, chance = task
    subset = scored_subset([i["gold"] for i in items], DEFAULT_LIMIT, 1234, name)
    for scored in (items, [items[i] for i in subset]):
        for heuristic, accuracy in baselines(scored, labels, n_choices, seed=1234).items():
            assert accuracy <= FACTOR * chance, (name, heuristic, accuracy, len(scored))


def test_the_heuristics_catch_a_task_answerable_without_a_model():
    # Gold is the only choice the context contains (TAT-QA's old distractors from other questions) ...
    r = random.Random(0)
    copyable = []
    for i in range(40):
        choices = [f"{r.randint(100, 999)}.{r.randint(0, 9)}" for _ in range(4)]
        copyable.append(
            {
                "id": str(i),
                "context": f"Revenue was {choices[i % 4]} million.",
                "choices": choices,
                "gold": i % 4,
            }
        )
    assert baselines(copyable, None, 4, seed=0)["copy"] > FACTOR * 0.25
    # ... or "not mentioned" excerpts share no words with the hypothesis (borrowed from another hypothesis).
    nli = []
    for i in range(60):
        gold = i % 3
        hypothesis = "the receiving party shall return all confidential information"
        excerpt = "payment is due within thirty days" if gold == 2 else f"{hypothesis} upon request {i}"
        nli.append({"id": str(i), "excerpt": excerpt, "hypothesis": hypothesis, "gold": gold})
    assert overlap_stump(nli, [x["gold"] for x in nli], 3) > FACTOR / 3
    # ... or a label prior: a constant answer scores the majority class.
    skewed = [{"id": str(i), "text": "x", "gold": int(i % 10 < 6)} for i in range(50)]
    assert baselines(skewed, ("no", "yes"), 2, seed=0)["majority"] == 0.6


def test_copy_baseline_breaks_ties_by_a_seeded_draw_not_by_position():
    items = [
        {"id": str(i), "context": "nothing shared", "choices": ["a1", "b2", "c3", "d4"], "gold": 0}
        for i in range(400)
    ]
    picks = copy_predictions(items, None, seed=3)
    assert 0.18 < picks.count(0) / len(picks) < 0.32
    assert picks == copy_predictions(items, None, seed=3)


def _tatqa() -> list[dict]:
    return read_jsonl(next(t for t in SHIPPED if t.short == "tatqa_mc").data_path)


def test_every_tatqa_choice_is_a_figure_of_the_context_shown_in_the_gold_answers_form():
    for item in _tatqa():
        gold = item["choices"][item["gold"]]
        assert kind(gold) != "text", item["id"]
        context = normalise(item["context"])
        for choice in item["choices"]:
            assert normalise(choice) in context, (item["id"], choice)
            assert kind(choice) == kind(gold) and shape(choice) == shape(gold), (item["id"], choice, gold)
        assert len({normalise(c) for c in item["choices"]}) == 4


def test_contractnli_word_overlap_does_not_tell_not_mentioned_apart():
    # Borrowed excerpts of other hypotheses gave an AUC of 0.80 for "not mentioned" vs the rest.
    items = read_jsonl(next(t for t in SHIPPED if t.short == "contractnli").data_path)
    overlap = np.array([word_overlap(i["excerpt"], i["hypothesis"]) for i in items])
    gold = np.array([i["gold"] for i in items])
    nm, rest = overlap[gold == 2], overlap[gold != 2]
    auc = np.mean([(a > b) + 0.5 * (a == b) for a in nm for b in rest])
    assert 0.35 < auc < 0.65, auc
    assert np.bincount(gold).tolist() == [50, 50, 50]


def test_pubmedqa_is_label_balanced_and_its_prompts_fit_a_small_window():
    items = read_jsonl(next(t for t in SHIPPED if t.short == "pubmedqa").data_path)
    assert np.bincount([i["gold"] for i in items]).tolist() == [50, 50, 50]
    # At about 3 characters a token, 600 characters of abstract, the question and the prompt's words fit
    # 256 tokens; whole abstracts (about 1,500 characters) were cut from the left mid-word.
    assert all(len(i["context"]) <= MAX_CONTEXT_CHARS for i in items)
    assert all(len(i["context"]) + len(i["question"]) + 30 <= 800 for i in items)
    assert last_sentences("One. Two two. Three three three.", 22) == "... Three three three."
    assert last_sentences("Short.", 100) == "Short."


def test_hellaswag_query_is_lm_evals_with_the_sentence_start_capitalised():
    assert _query("Roof shingle removal: A man is sitting on a roof. he") == (
        "Roof shingle removal: A man is sitting on a roof. He"
    )
    assert (
        _query("Clean and jerk: She grabs the pole. the lady")
        == "Clean and jerk: She grabs the pole. The lady"
    )
    # WikiHow items (bracket markers) have no sentence start to complete: only the markers are cleaned.
    assert _query("Home: [header] How to paint [title] Buy paint. [step] use a brush") == (
        "Home: How to paint. Buy paint. use a brush"
    )
    items = read_jsonl(next(t for t in SHIPPED if t.short == "hellaswag").data_path)
    assert not any(" [" in i["query"] for i in items)


@pytest.mark.parametrize("spec", SHIPPED, ids=lambda s: s.name)
def test_task_yaml_scores_label_tasks_calibrated_and_cloze_tasks_length_normalised(spec):
    cfg = yaml.load(spec.yaml_path.read_text(), Loader=TaskYamlLoader)
    metrics = [m["metric"] for m in cfg["metric_list"]]
    assert tuple(metrics) == spec.variants
    if spec.labels:
        assert tuple(cfg["doc_to_choice"]) == spec.labels and "acc_mutual_info" in metrics
    else:
        assert "acc_norm" in metrics and spec.primary == "acc_norm"
