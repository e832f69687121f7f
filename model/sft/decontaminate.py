"""Keeps evaluation items out of the instruction data: by upstream id, and by text, with the evaluation-item
index the corpus is decontaminated with (corpus/evalindex.py: shared word 13-grams, or the whole of a short
item), against every evaluation item present and, in the stage, against the held-out text the bits-per-byte
tasks score.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter

from corpus.evalindex import DEFAULT_EVAL_DIR, NGRAM, EvalItemIndex, Hit


@dataclass
class EvalIndex:
    """The evaluation items, the held-out text, and the upstream ids of the items."""

    items: EvalItemIndex

    @classmethod
    def from_suites(
        cls, heldout: Path | None = None, eval_dir: str | Path = DEFAULT_EVAL_DIR, n: int = NGRAM
    ) -> EvalIndex:
        items = EvalItemIndex.build(eval_dir, n)
        if heldout is not None:
            for path in sorted(Path(heldout).glob("*.jsonl")):
                hit = Hit(f"held-out {path.stem}", "", "", False)
                for line in path.read_text(encoding="utf-8").splitlines():
                    items.add_text(json.loads(line)["text"], hit)
        return cls(items)

    @property
    def ids(self) -> set[tuple[str, str]]:
        """(upstream dataset, item id) of every evaluation item."""
        return self.items.ids

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
            hit = self.items.first_hit(t["content"] if isinstance(t, dict) else t)
            if hit is not None:
                return hit.reason(self.items.n)
        return None


class Decontaminate(BaseFilter):
    """Drops a conversation whose origin is an evaluation item or whose text contains one."""

    name = "🧪 Evaluation decontamination"

    def __init__(
        self,
        heldout: Path | None,
        eval_dir: str | Path = DEFAULT_EVAL_DIR,
        n: int = NGRAM,
        exclusion_writer=None,
    ):
        super().__init__(exclusion_writer)
        self.heldout, self.eval_dir, self.n = heldout, eval_dir, n
        self._index: EvalIndex | None = None

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        if self._index is None:
            self._index = EvalIndex.from_suites(self.heldout, self.eval_dir, self.n)
        origin = doc.metadata["origin"]
        reason = self._index.contamination((origin["dataset"], origin["id"]), [doc.text])
        return True if reason is None else (False, reason)
