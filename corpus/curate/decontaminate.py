"""Decontamination of the corpus: a training document that contains an evaluation item is dropped.

"Contains" is the evaluation-item index's answer (corpus/evalindex.py), the same one the instruction data
gets: a shared 13-gram of case-folded words with a field of an item, or the whole of a short one. The dropped
document's ledger row names the task and the item (`detail`: `eval_task`, `eval_item`).
"""

from __future__ import annotations

from pathlib import Path

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter

from corpus.evalindex import NGRAM, EvalItemIndex


class DecontaminationFilter(BaseFilter):
    name = "🧪 Decontaminate"

    def __init__(self, eval_dir: str | Path, n: int = NGRAM, exclusion_writer=None):
        super().__init__(exclusion_writer)
        self.eval_dir, self.n = Path(eval_dir), n
        self._index: EvalItemIndex | None = None

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        if self._index is None:  # built in the task, so the step pickles small for Ray and Slurm
            self._index = EvalItemIndex.build(self.eval_dir, self.n)
        hit = self._index.first_hit(doc.text)
        if hit is None:
            return True
        doc.metadata["eval_task"], doc.metadata["eval_item"] = hit.task, hit.item
        return False, hit.reason(self.n)
