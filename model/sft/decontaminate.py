"""Keeps evaluation items out of the instruction data: by upstream id, and by text (shared word 13-grams,
the contamination test of GPT-3 and most papers since) against every shipped evaluation item and, in the
stage, against the held-out text the bits-per-byte tasks score.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter

from eval_suites.suites import SUITES, SUITES_DIR

NGRAM = 13
# Item fields that hold the item's own text. Not the answer choices (short strings that recur across
# splits) and not ContractNLI's `hypothesis`: its 17 fixed statements are the task, shared by every split.
TEXT_FIELDS = (
    "context",
    "excerpt",
    "passage",
    "question",
    "goal",
    "query",
    "text",
    "sentence",
    "sol1",
    "sol2",
)
ID_FIELDS = ("id", "idx")
_WORD = re.compile(r"[a-z0-9]+")
# Shorter item texts ("Yes", a two-word query) say nothing about contamination.
MIN_SHORT_WORDS = 6


def ngrams(text: str, n: int = NGRAM) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _datasets_by_task() -> dict[tuple[str, str], str]:
    """(suite, task) -> the upstream dataset folder its items were derived from, as the registry says."""
    return {(t.suite, t.short): t.dataset for specs in SUITES.values() for t in specs if t.dataset}


@dataclass
class EvalIndex:
    ids: set[tuple[str, str]] = field(default_factory=set)
    """(upstream dataset, item id) of every evaluation item."""
    grams: dict[tuple[str, ...], str] = field(default_factory=dict)
    """13-gram -> where it occurs (an evaluation task or a held-out file)."""
    short: dict[str, str] = field(default_factory=dict)
    """Normalised item texts too short for a 13-gram (a sentiment sentence, a one-line clause) -> where;
    contained in a conversation, they contaminate it as a whole."""

    @classmethod
    def from_suites(cls, heldout: Path | None = None) -> EvalIndex:
        index = cls()
        datasets = _datasets_by_task()
        # Every shipped item file, whether or not a derivation names its dataset (then the file stands in).
        for path in sorted(SUITES_DIR.glob("*/data/*.jsonl")):
            suite, task = path.parent.parent.name, path.stem
            dataset = datasets.get((suite, task), task)
            for line in path.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                item_id = next((item[k] for k in ID_FIELDS if k in item), None)
                if item_id is not None:
                    index.ids.add((dataset, str(item_id)))
                for k in TEXT_FIELDS:
                    if k in item:
                        index.add_text(str(item[k]), f"eval {suite}/{task}")
        if heldout is not None:
            for path in sorted(Path(heldout).glob("*.jsonl")):
                for line in path.read_text(encoding="utf-8").splitlines():
                    index.add_text(json.loads(line)["text"], f"held-out {path.stem}")
        return index

    def add_text(self, text: str, where: str) -> None:
        words = _WORD.findall(text.lower())
        if len(words) < NGRAM:
            if len(words) >= MIN_SHORT_WORDS:
                self.short.setdefault(" ".join(words), where)
            return
        for gram in ngrams(text):
            self.grams.setdefault(gram, where)

    def contamination(
        self, origin: tuple[str, str] | str, texts: Iterable[str] | Iterable[dict]
    ) -> str | None:
        """Why a conversation may not be trained on, or None. `origin` is (dataset, id); a bare id is
        checked against every dataset."""
        if isinstance(origin, tuple):
            if origin in self.ids:
                return f"evaluation item id: {origin[0]} {origin[1]}"
        elif any(i == origin for _, i in self.ids):
            return f"evaluation item id: {origin}"
        for t in texts:
            content = t["content"] if isinstance(t, dict) else t
            for gram in ngrams(content):
                if gram in self.grams:
                    return f"shares a {NGRAM}-gram with {self.grams[gram]}"
            joined = f" {' '.join(_WORD.findall(content.lower()))} "
            for text, where in self.short.items():
                if f" {text} " in joined:
                    return f"contains an item of {where}"
        return None


class Decontaminate(BaseFilter):
    """Drops a conversation whose origin is an evaluation item or whose text overlaps one."""

    name = "🧪 Evaluation decontamination"

    def __init__(self, heldout: Path | None, exclusion_writer=None):
        super().__init__(exclusion_writer)
        self.heldout = heldout
        self._index: EvalIndex | None = None

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        if self._index is None:
            self._index = EvalIndex.from_suites(self.heldout)
        origin = doc.metadata["origin"]
        reason = self._index.contamination((origin["dataset"], origin["id"]), [doc.text])
        return True if reason is None else (False, reason)
