"""What a task scores without a model: the floors an accuracy must clear before it means anything.

Each heuristic reads only the item (its prompt fields and choices), never a model:

- `majority`: always the most frequent gold answer of the items scored, the label prior a constant model
  gets for free;
- `copy`: the choice whose words appear most in the prompt (a multiple-choice task whose gold answer is the
  only choice found in the context is a reading-free copy task);
- `longest` / `shortest`: the longest or shortest choice, a classic artifact of written distractors;
- `overlap_stump`: for items with two text fields (excerpt and hypothesis, passage and question), the best
  single threshold on the share of the second field's words found in the first, fitted on the items
  themselves (an upper bound): what separated "not mentioned" excerpts borrowed from another hypothesis.

Ties are broken by a seeded draw, not by position, so a heuristic never inherits the order of the choices.
`tests/test_eval_items.py` fails when any of them beats 1.5 times chance on a shipped task.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

_WORD = re.compile(r"\w+")
NOT_TEXT = {"id", "gold", "label", "idx", "choices", "answer_from", "subject", "sol1", "sol2"}
"""Item fields that label or identify an item, or hold its choices, rather than its prompt text."""
FACTOR = 1.5
"""A heuristic that ignores the model must stay below this multiple of chance on every shipped task."""


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def prompt_fields(item: dict[str, Any]) -> list[str]:
    """The item's prompt text, one string per field, in field order."""
    return [v for k, v in item.items() if k not in NOT_TEXT and isinstance(v, str) and v.strip()]


def choices_of(item: dict[str, Any], labels: Sequence[str] | None) -> list[str]:
    return list(labels) if labels else list(item["choices"])


def _argmax(scores: Sequence[float], r: random.Random) -> int:
    best = max(scores)
    return r.choice([i for i, s in enumerate(scores) if s == best])


def majority(golds: Sequence[int]) -> float:
    """Share of the most frequent gold answer: what always answering it scores."""
    return max(Counter(golds).values()) / len(golds) if golds else 0.0


def copy_predictions(items: Sequence[dict[str, Any]], labels: Sequence[str] | None, seed: int) -> list[int]:
    r = random.Random(f"{seed}/copy")
    preds = []
    for item in items:
        prompt = set(words(" ".join(prompt_fields(item))))
        scores = []
        for choice in choices_of(item, labels):
            w = words(choice)
            scores.append(sum(x in prompt for x in w) / len(w) if w else 0.0)
        preds.append(_argmax(scores, r))
    return preds


def _length_predictions(
    items: Sequence[dict[str, Any]], labels: Sequence[str] | None, seed: int, sign: int
) -> list[int]:
    r = random.Random(f"{seed}/length/{sign}")
    return [_argmax([sign * len(c) for c in choices_of(item, labels)], r) for item in items]


def accuracy(preds: Sequence[int], golds: Sequence[int]) -> float:
    return sum(p == g for p, g in zip(preds, golds, strict=True)) / len(golds) if golds else 0.0


def overlap_feature(item: dict[str, Any]) -> float | None:
    """Share of the second prompt field's distinct words found in the first; None with fewer than two."""
    fields = prompt_fields(item)
    if len(fields) < 2:
        return None
    first, second = set(words(fields[0])), set(words(fields[1]))
    return len(first & second) / len(second) if second else 0.0


def overlap_stump(items: Sequence[dict[str, Any]], golds: Sequence[int], n_choices: int) -> float | None:
    """Best accuracy of `label a below a threshold on overlap_feature, label b above`, over every threshold
    and pair of labels, fitted on these items; None for items without two text fields."""
    features = [overlap_feature(item) for item in items]
    if any(f is None for f in features) or not items:
        return None
    pairs = sorted(zip(features, golds, strict=True), key=lambda x: x[0])  # type: ignore[arg-type, return-value]
    total = Counter(g for _, g in pairs)
    below: Counter[int] = Counter()
    best = max(total.values())
    # A cut between two distinct feature values; ties stay on one side.
    for i, (value, gold) in enumerate(pairs):
        below[gold] += 1
        if i + 1 < len(pairs) and pairs[i + 1][0] == value:
            continue
        above = total - below
        for a in range(n_choices):
            for b in range(n_choices):
                best = max(best, below[a] + above[b])
    return best / len(pairs)


def baselines(
    items: Sequence[dict[str, Any]], labels: Sequence[str] | None, n_choices: int, seed: int
) -> dict[str, float]:
    """Every heuristic's accuracy on `items` (each with an integer `gold`)."""
    golds = [int(item["gold"]) for item in items]
    out = {
        "majority": majority(golds),
        "copy": accuracy(copy_predictions(items, labels, seed), golds),
        "longest": accuracy(_length_predictions(items, labels, seed, +1), golds),
        "shortest": accuracy(_length_predictions(items, labels, seed, -1), golds),
    }
    stump = overlap_stump(items, golds, n_choices)
    if stump is not None:
        out["overlap_stump"] = stump
    return out
