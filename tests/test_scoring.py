"""Multiple-choice figures beside their floors, the scored subset, and bits per byte on original bytes."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eval_suites.heldout import DocumentScore, split_bits, summarize_domain, token_spans
from eval_suites.scoring import (
    Item,
    balanced_accuracy,
    items_from_samples,
    scored_subset,
    variant_metrics,
    wilson_interval,
)

LABELS = ("True", "False", "Neither")


def test_a_constant_answer_scores_the_majority_class_rate_and_one_over_classes_balanced():
    # The embedded model answered "Neither" on every ContractNLI item: 26 of 60 were Neither.
    golds = [2] * 26 + [0] * 20 + [1] * 14
    items = [Item(g, (-3.0, -2.0, -1.0), None, (4, 5, 7)) for g in golds]
    m = variant_metrics(items, "acc", 3, LABELS, seed=0)
    assert m is not None
    assert m["acc"] == pytest.approx(26 / 60)
    assert m["acc_balanced"] == pytest.approx(1 / 3)
    assert m["acc_balanced_ci95_low"] == m["acc_balanced_ci95_high"] == pytest.approx(1 / 3)
    assert m["acc_predictions"] == {"True": 0, "False": 0, "Neither": 60}
    assert m["acc_macro_f1"] < m["acc"]


def test_mutual_information_removes_an_answer_prior_and_acc_norm_a_length_bias():
    # "Neither" is likely everywhere (prior -1); the prompt moves the gold answer up by 1.5 nats.
    items = []
    for gold in (0, 1, 2) * 10:
        prior = np.array([-3.0, -3.0, -1.0])
        cond = prior.copy()
        cond[gold] += 1.5
        items.append(Item(gold, tuple(cond), tuple(prior), (4, 5, 7)))
    acc = variant_metrics(items, "acc", 3, LABELS, seed=0)
    calibrated = variant_metrics(items, "acc_mutual_info", 3, LABELS, seed=0)
    assert acc is not None and calibrated is not None
    assert acc["acc_predictions"]["Neither"] == 30 and acc["acc_balanced"] == pytest.approx(1 / 3)
    assert calibrated["acc_mutual_info"] == 1.0
    assert variant_metrics([Item(0, (-1.0, -2.0), None, (1, 1))], "acc_mutual_info", 2, ("a", "b"), 0) is None
    # A long choice pays more log-likelihood in total; per character it wins.
    long_choice = Item(1, (-8.0, -12.0), None, (2, 40))
    assert long_choice.prediction("acc") == 0 and long_choice.prediction("acc_norm") == 1


def test_logged_samples_become_items_with_their_unconditional_scores():
    samples = [
        {
            "doc_id": 0,
            "target": 1,
            "filtered_resps": [[-2.0, False], [-1.0, True], [-5.0, False], [-4.0, False]],
        },
        {"doc_id": 1, "target": 0, "filtered_resps": [[-1.0, True], [-2.0, False]]},
    ]
    items = items_from_samples(samples, [["ab", "cde"], ["x", "yy"]])
    assert items[0].lls == (-2.0, -1.0) and items[0].lls_unconditional == (-5.0, -4.0)
    assert items[1].lls_unconditional is None and items[1].choice_chars == (1, 2)


@settings(max_examples=60, deadline=None)
@given(
    golds=st.lists(st.integers(0, 3), min_size=1, max_size=200),
    limit=st.integers(1, 250),
    seed=st.integers(0, 5),
)
def test_scored_subset_is_stratified_seeded_and_as_balanced_as_the_file_allows(golds, limit, seed):
    picked = scored_subset(golds, limit, seed, "task")
    assert picked == sorted(set(picked)) and picked == scored_subset(golds, limit, seed, "task")
    assert len(picked) == min(limit, len(golds))
    have, got = Counter(golds), Counter(golds[i] for i in picked)
    # A class below the largest count is short only because the file has no more of it.
    for c in have:
        if got[c] < max(got.values()) - 1:
            assert got[c] == have[c]


def test_scored_subset_of_a_balanced_file_is_balanced_not_its_first_lines():
    golds = [2, 2, 2, 0, 1] * 30  # a file whose first lines over-represent one class
    picked = scored_subset(golds, 60, 1234, "contractnli")
    assert Counter(golds[i] for i in picked) == {0: 20, 1: 20, 2: 20}
    assert picked != list(range(60))
    assert scored_subset(golds, None, 1234, "x") == list(range(150))


def test_balanced_accuracy_and_wilson_interval():
    assert balanced_accuracy(np.array([0, 0, 0, 1]), np.array([0, 0, 0, 0])) == 0.5
    for p, n in [(0.0, 4), (1.0, 4), (0.25, 60), (0.5, 200)]:
        low, high = wilson_interval(p, n)
        assert low is not None and high is not None and 0.0 <= low <= p <= high <= 1.0
    low, high = wilson_interval(0.5, 100)
    assert low is not None and high is not None
    assert high - low == pytest.approx(2 * 1.96 * math.sqrt(0.25 / 100), rel=0.05)


# ---------------------------------------------------------------- bits per byte on original bytes


def test_placeholder_tokens_and_the_bytes_they_cover_leave_both_bits_and_bytes():
    text = "Call <PERSON_1> now."
    # Byte-level tokens trim their leading space from the offsets: " <" covers "<" only.
    offsets = [(0, 4), (5, 6), (6, 12), (12, 14), (14, 15), (16, 19), (19, 20)]
    bits = [1.0, 2.0, 2.0, 2.0, 2.0, 1.0, 1.0]
    kept_bits, kept_bytes, dropped = split_bits(text, offsets, bits)
    assert dropped == 4 and kept_bits == 3.0
    # "Call" and " now." remain; the space before the placeholder went with its token.
    assert kept_bytes == len("Call") + len(" now.")
    assert token_spans(offsets, len(text))[1] == (4, 6)
    assert split_bits("no placeholder here", [(0, 2), (2, 19)], [1.0, 2.0]) == (3.0, 19, 0)
    # The keyed-hash form of a placeholder is left out just the same.
    assert split_bits("a <PERSON_3f2a9c1b>", [(0, 1), (2, 19)], [1.0, 9.0]) == (1.0, 1, 1)
    with pytest.raises(ValueError, match="2 token offsets for 1"):
        split_bits("ab", [(0, 1), (1, 2)], [1.0])


def test_multibyte_characters_count_their_utf8_bytes_once():
    text = "é <US_SSN_2>"  # é is two bytes, which a byte-level tokenizer may split into two tokens
    offsets = [(0, 1), (0, 1), (1, 2), (2, 12)]
    kept_bits, kept_bytes, dropped = split_bits(text, offsets, [1.0, 1.0, 1.0, 5.0])
    assert kept_bytes == 3 and dropped == 1 and kept_bits == 3.0
    # A placeholder right after it: the second half of é is not dropped with the placeholder's token.
    kept_bits, kept_bytes, dropped = split_bits("é<US_SSN_2>", [(0, 1), (0, 1), (1, 11)], [1.0, 1.0, 5.0])
    assert kept_bytes == 2 and dropped == 1 and kept_bits == 2.0


def _doc(source: str, i: int, bits: float, nbytes: int) -> DocumentScore:
    return DocumentScore(f"{source}/{i}", source, "legal", bits, nbytes, bits, nbytes, 10, 0, 0)


def test_a_domains_figure_is_the_mean_of_its_sources_not_of_its_bytes():
    # Many short templated documents at 1 bit per byte, a few long natural ones at 2.
    docs = [_doc("templated", i, 100.0, 100) for i in range(30)] + [
        _doc("natural", i, 8000.0, 4000) for i in range(3)
    ]
    m = summarize_domain(docs, seed=0)
    assert m["sources"]["templated"]["bits_per_byte"] == pytest.approx(1.0)
    assert m["sources"]["natural"]["bits_per_byte"] == pytest.approx(2.0)
    assert m["bits_per_byte"] == pytest.approx(1.5)  # the byte-weighted mean would be 1.8
    assert m["bits_per_byte_scrubbed"] == pytest.approx(27000 / 15000)
    assert m["bits_per_byte_ci95_low"] <= m["bits_per_byte"] <= m["bits_per_byte_ci95_high"]
    # Each source also carries lm-eval's all-bytes figure and the placeholder bytes it left out.
    scrubbed = DocumentScore("p/0", "p", "legal", 90.0, 80, 100.0, 100, 10, 1, 1)
    source = summarize_domain([scrubbed], seed=0)["sources"]["p"]
    assert source["bits_per_byte"] == pytest.approx(90 / 80) and source["bits_per_byte_scrubbed"] == 1.0
    assert source["placeholder_bytes_left_out"] == 20
    single = summarize_domain([_doc("only", 0, 10.0, 10)], seed=0)
    assert single["sources"]["only"]["bits_per_byte_ci95_low"] is None
