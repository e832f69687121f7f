"""Decontamination: drop training documents that share a long n-gram with any evaluation item.

As GPT-3 (Brown et al. 2020, appendix C): text is lower-cased and split into words, and a training document
that shares any 13-gram with an item of an evaluation task is removed. The items are the data files of the
multiple-choice tasks under `eval_suites/<domain>/` (each task YAML names its `data_file`) and of lm-eval's own
tasks in `eval_suites/standard/data/` (configured in eval_suites/standard.py, so no YAML names them); every
string field of an item (context, question, choices, ...) is indexed on its own, so no n-gram spans two fields.
A task the repository does not ship (its license forbids it) is covered where its data has been built.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import yaml
from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter

from core.errors import ConfigError
from eval_suites.standard import STANDARD
from eval_suites.suites import tasks_of

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
# Fields that label an item rather than hold its text.
_NOT_TEXT = {"id", "gold", "label", "answer_from"}


class _TaskYamlLoader(yaml.SafeLoader):
    """Reads lm-eval task YAMLs without running their `!function` tags."""


_TaskYamlLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def task_data_files(eval_dir: Path) -> dict[str, Path]:
    """Task name -> data file, for every task YAML under `eval_dir` with a data file, and every standard task."""
    tasks = {}
    for path in sorted(eval_dir.glob("*/*.yaml")):
        spec = yaml.load(path.read_text(encoding="utf-8"), Loader=_TaskYamlLoader) or {}
        data_file = (spec.get("dataset_kwargs") or {}).get("data_file")
        if spec.get("task") and data_file:
            tasks[str(spec["task"])] = eval_dir / data_file
    for standard in STANDARD.values():
        tasks[standard.name] = eval_dir / standard.data_file
    for unshipped in (t.name for t in tasks_of() if t.not_shipped):
        if unshipped in tasks and not tasks[unshipped].is_file():
            log.warning(
                "%s: not built here, so eval task %s is not decontaminated against",
                tasks[unshipped],
                unshipped,
            )
            del tasks[unshipped]
    return tasks


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _texts(v)


def split_by_presence(eval_dir: Path) -> tuple[dict[str, Path], dict[str, Path]]:
    """Tasks whose data file is present, and tasks whose file is not built here (some licenses forbid shipping
    the items: the evaluate stage skips those tasks, so no score of theirs can be contaminated by this corpus)."""
    files = task_data_files(eval_dir)
    if not files:
        raise ConfigError(f"{eval_dir}: no evaluation task with a data_file to decontaminate against")
    present = {t: p for t, p in files.items() if p.is_file()}
    return present, {t: p for t, p in files.items() if t not in present}


def eval_items(eval_dir: Path) -> Iterator[tuple[str, str, str]]:
    """(task, item id, text of one field) for every item of every task whose data file is present."""
    for task, path in split_by_presence(eval_dir)[0].items():
        with path.open(encoding="utf-8") as f:
            for line_no, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                item = json.loads(line)
                item_id = str(item.get("id", f"line {line_no}"))
                for key, value in item.items():
                    if key not in _NOT_TEXT:
                        for text in _texts(value):
                            yield task, item_id, text


def build_index(eval_dir: Path, n: int) -> dict[tuple[str, ...], tuple[str, str]]:
    """Every n-gram of every eval item -> (task, item id) of its first occurrence (tasks in name order)."""
    index: dict[tuple[str, ...], tuple[str, str]] = {}
    for task, item_id, text in eval_items(eval_dir):
        w = words(text)
        for i in range(len(w) - n + 1):
            index.setdefault(tuple(w[i : i + n]), (task, item_id))
    return index


def first_overlap(text: str, index: dict[tuple[str, ...], tuple[str, str]], n: int) -> tuple[str, str] | None:
    w = words(text)
    for i in range(len(w) - n + 1):
        hit = index.get(tuple(w[i : i + n]))
        if hit is not None:
            return hit
    return None


class DecontaminationFilter(BaseFilter):
    name = "🧪 Decontaminate"

    def __init__(self, eval_dir: str | Path, n: int = 13, exclusion_writer=None):
        super().__init__(exclusion_writer)
        self.eval_dir, self.n = Path(eval_dir), n
        self._index: dict[tuple[str, ...], tuple[str, str]] | None = None

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        if self._index is None:  # built in the task, so the step pickles small for Ray and Slurm
            self._index = build_index(self.eval_dir, self.n)
        hit = first_overlap(doc.text, self._index, self.n)
        if hit is None:
            return True
        task, item_id = hit
        doc.metadata["eval_task"], doc.metadata["eval_item"] = task, item_id
        return False, f"shares a {self.n}-gram with eval task {task}"
