"""Multiple-choice scores that say what they measure: accuracy beside the label prior it must beat.

A model that gives the same answer to every item scores the share of that answer among the gold labels.
So each task reports, on the items actually scored: accuracy (and lm-eval's length-normalised and
mutual-information variants where the task has them), chance (1 / choices), the majority-class rate, what
the model predicted (a histogram), balanced accuracy (the mean of per-class recall, which a constant answer
holds at 1 / classes) with a bootstrap interval, and the model-free baselines of `baselines.py`.

The scored subset is drawn by `scored_subset`: stratified by gold class and seeded, so a `limit` of 60 from
a balanced file is a balanced 60, not whatever the first 60 lines hold.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from eval_suites.heldout import CONFIDENCE

Z95 = 1.959963984540054
BOOTSTRAP_RESAMPLES = 2000
VARIANTS = ("acc", "acc_norm", "acc_mutual_info")
"""Ways to pick the answer from per-choice log-likelihoods: the highest; the highest per character of the
choice (lm-eval's acc_norm); the highest log P(choice | prompt) - log P(choice) (lm-eval's acc_mutual_info,
calibrated against each answer's prior)."""


def scored_subset(golds: Sequence[int], limit: int | None, seed: int, task: str) -> list[int]:
    """Indices of the items to score: all of them without a limit, else `limit` items with the classes as
    equal as the file allows (a class short of its quota gives the rest to the others), each class's items
    drawn with a seeded RNG. Returned in file order."""
    if limit is None or limit >= len(golds):
        return list(range(len(golds)))
    r = random.Random(f"{seed}/scored/{task}")
    by_class: dict[int, list[int]] = {}
    for i, g in enumerate(golds):
        by_class.setdefault(int(g), []).append(i)
    quota = dict.fromkeys(by_class, 0)
    left = limit
    while left:
        open_classes = [c for c in sorted(by_class) if quota[c] < len(by_class[c])]
        share, extra = divmod(left, len(open_classes))
        lucky = set(r.sample(open_classes, extra))
        for c in open_classes:
            add = min(share + (c in lucky), len(by_class[c]) - quota[c])
            quota[c] += add
            left -= add
    picked = [i for c in sorted(by_class) for i in r.sample(by_class[c], quota[c])]
    return sorted(picked)


@dataclass(frozen=True)
class Item:
    """One scored item as lm-eval answered it: log-likelihoods per choice, never the item's text."""

    gold: int
    lls: tuple[float, ...]
    lls_unconditional: tuple[float, ...] | None
    choice_chars: tuple[int, ...]

    def prediction(self, variant: str) -> int | None:
        if variant == "acc":
            scores = list(self.lls)
        elif variant == "acc_norm":
            scores = [ll / max(n, 1) for ll, n in zip(self.lls, self.choice_chars, strict=True)]
        elif variant == "acc_mutual_info":
            if self.lls_unconditional is None:
                return None
            scores = [c - u for c, u in zip(self.lls, self.lls_unconditional, strict=True)]
        else:
            raise ValueError(f"unknown scoring variant {variant!r}; known: {VARIANTS}")
        return int(np.argmax(scores))  # first of equals, as lm-eval's argmax


def items_from_samples(samples: Sequence[dict[str, Any]], choices: Sequence[Sequence[str]]) -> list[Item]:
    """lm-eval's logged samples of a multiple-choice task, in doc order; `choices[i]` are sample i's options."""
    items = []
    for sample, options in zip(samples, choices, strict=True):
        lls = [float(r[0]) for r in sample["filtered_resps"]]
        k = len(options)
        unconditional = tuple(lls[k:]) if len(lls) == 2 * k else None
        items.append(
            Item(int(sample["target"]), tuple(lls[:k]), unconditional, tuple(len(c) for c in options))
        )
    return items


def wilson_interval(p: float | None, n: int, z: float = Z95) -> tuple[float | None, float | None]:
    """Wilson score interval for a proportion: unlike p +- z*stderr it stays inside [0, 1] and does not
    collapse to a point at p = 0 or 1, which matters at the few dozen items a quick run scores."""
    if p is None or n <= 0:
        return None, None
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def balanced_accuracy(golds: np.ndarray, preds: np.ndarray) -> float:
    classes = np.unique(golds)
    return float(np.mean([np.mean(preds[golds == c] == c) for c in classes]))


def macro_f1(golds: np.ndarray, preds: np.ndarray, n_choices: int) -> float:
    f1s = []
    for c in range(n_choices):
        tp = np.sum((preds == c) & (golds == c))
        fp, fn = np.sum((preds == c) & (golds != c)), np.sum((preds != c) & (golds == c))
        if tp + fp + fn:
            f1s.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1s)) if f1s else 0.0


def balanced_interval(
    golds: np.ndarray, preds: np.ndarray, seed: int, resamples: int = BOOTSTRAP_RESAMPLES
) -> tuple[float | None, float | None]:
    """Percentile bootstrap interval of balanced accuracy, items resampled within each gold class (the
    class sizes of a stratified subset are fixed by design)."""
    if len(golds) < 2:
        return None, None
    rng = np.random.default_rng(seed)
    recalls = []
    for c in np.unique(golds):
        hits = (preds[golds == c] == c).astype(float)
        draws = rng.integers(0, len(hits), size=(resamples, len(hits)))
        recalls.append(hits[draws].mean(axis=1))
    replicates = np.mean(np.vstack(recalls), axis=0)
    tail = 100 * (1 - CONFIDENCE) / 2
    return float(np.percentile(replicates, tail)), float(np.percentile(replicates, 100 - tail))


def variant_metrics(
    items: Sequence[Item], variant: str, n_choices: int, names: Sequence[str], seed: int
) -> dict[str, Any] | None:
    """Accuracy, balanced accuracy with its interval, macro-F1 and the prediction histogram of one variant."""
    preds_list = [item.prediction(variant) for item in items]
    if not items or any(p is None for p in preds_list):
        return None
    golds = np.array([item.gold for item in items])
    preds = np.array(preds_list)
    acc = float(np.mean(preds == golds))
    low, high = wilson_interval(acc, len(items))
    b_low, b_high = balanced_interval(golds, preds, seed)
    counts = Counter(int(p) for p in preds)
    return {
        variant: acc,
        f"{variant}_ci95_low": low,
        f"{variant}_ci95_high": high,
        f"{variant}_balanced": balanced_accuracy(golds, preds),
        f"{variant}_balanced_ci95_low": b_low,
        f"{variant}_balanced_ci95_high": b_high,
        f"{variant}_macro_f1": macro_f1(golds, preds, n_choices),
        f"{variant}_predictions": {names[c]: counts.get(c, 0) for c in range(n_choices)},
    }


def class_names(labels: Sequence[str] | None, n_choices: int) -> list[str]:
    """Histogram keys: the label for a label task, the choice's position (A, B, ...) for a cloze task."""
    return list(labels) if labels else [chr(ord("A") + i) for i in range(n_choices)]
