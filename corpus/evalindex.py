"""The evaluation-item index: one answer to "does this text contain an evaluation item?" for every filter that
keeps evaluation items out of training data (the curate stage's corpus filter and the sft-data stage's
conversation filter).

The rule: GPT-3's word 13-gram overlap (Brown et al. 2020, appendix C), plus a rule for items too short to
hold a 13-gram:
- Words are the runs of word characters (`\\w+`) of the case-folded text, so case (and ligatures: "ﬁ" is
  "fi"), whitespace and punctuation never matter and word order does.
- An item's fields are indexed one by one, so no n-gram spans two fields. Of each item, its prompt text
  (PROMPT_FIELDS) and its answer options (ANSWER_FIELDS) count; labels and the fixed statements a task asks
  about every item (NOT_TEXT) do not. A field no list names stops the build: a new task's data decides
  nothing silently.
- A text is contaminated by a field of n words or more when it shares an n-gram with it (n: 13 by default,
  `curate.decontamination_ngram`); by a prompt field of MIN_SHORT_WORDS to n - 1 words when it contains all
  of it, word for word. Shorter fields, and short answer options ("Disease of the central nervous system"),
  are phrases any text may hold, not evidence of an item.
- The hit reported is the first place in the text where an item starts to match (items in file order, so a
  window shared by several items names the first).

The item files are listed, with their task and upstream dataset, in `<eval dir>/items.yaml` (data, read by
path: nothing here imports `eval_suites`). `corpus/mix.py` counts its template-family n-grams with `words`, so
the held-out split and decontamination see the same words.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.errors import ConfigError
from core.stage import REPO
from core.yamlfile import load_yaml

log = logging.getLogger(__name__)

NGRAM = 13
MIN_SHORT_WORDS = 6
"""A prompt field this long (and under n words) is an item in itself: a sentiment sentence, a trademark."""
MANIFEST = "items.yaml"
DEFAULT_EVAL_DIR = "eval_suites"

PROMPT_FIELDS = ("context", "excerpt", "passage", "question", "goal", "query", "text", "sentence")
ANSWER_FIELDS = ("choices", "sol1", "sol2")
"""An item's own answer options (`sol1`/`sol2` are lm-eval PIQA's): a long one, such as a HellaSwag ending,
is the text a model would have memorised."""
NOT_TEXT = ("id", "idx", "gold", "label", "answer_from", "subject", "hypothesis")
"""Ids and labels, and ContractNLI's `hypothesis`: its 17 fixed statements are the task itself, asked of every
contract in every split, so training text quoting one says nothing about any test item."""
ID_FIELDS = ("id", "idx")

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    # casefold, not lower: "STRASSE" is "straße", and "ﬁnancial" (a ligature, common in PDF text) "financial".
    return _WORD.findall(text.casefold())


def resolve_eval_dir(path: str | Path) -> Path:
    """A configured evaluation folder: as given when absolute or present, else relative to the repository."""
    path = Path(path)
    return path if path.is_absolute() or path.exists() else REPO / path


class ItemFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str = Field(description="Relative to the evaluation folder.")
    task: str = Field(min_length=1, description="The lm-eval task name.")
    dataset: str = Field(min_length=1, description="The upstream dataset the items were derived from.")
    shipped: bool = Field(True, description="False when the license forbids carrying the items here.")


class _Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[ItemFile]


@dataclass(frozen=True)
class ItemFiles:
    """The item files of an evaluation folder, by task name (in file order), split by presence."""

    manifest: Path
    present: dict[str, Path]
    missing: dict[str, Path]
    """Shipped files that are absent: the checkout is incomplete, and these tasks go unchecked."""
    unbuilt: dict[str, Path]
    """Files the repository may not ship that have not been built here: the evaluate stage skips their tasks,
    so no score of theirs can be contaminated."""
    datasets: dict[str, str]
    """Task -> upstream dataset."""

    @property
    def read_paths(self) -> list[Path]:
        """Every file the index is built from."""
        return [self.manifest, *self.present.values()]

    def warn_unchecked(self) -> None:
        for task, path in self.unbuilt.items():
            log.warning("%s: not built here, so eval task %s is not decontaminated against", path, task)
        for task, path in self.missing.items():
            log.warning("%s: missing, so eval task %s is not decontaminated against", path, task)


def item_files(eval_dir: str | Path) -> ItemFiles:
    """Reads `<eval_dir>/items.yaml`; every `<suite>/data/*.jsonl` under `eval_dir` must be listed in it."""
    eval_dir = Path(eval_dir)
    manifest = eval_dir / MANIFEST
    raw = load_yaml(manifest)
    try:
        listed = _Manifest.model_validate(raw).items
    except ValidationError as e:
        raise ConfigError(f"{manifest}: invalid list of evaluation item files:\n{e}") from e
    if not listed:
        raise ConfigError(f"{manifest}: no evaluation item file to decontaminate against")
    for what in ("file", "task"):
        names = [getattr(f, what) for f in listed]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ConfigError(f"{manifest}: {what} listed twice: {twice}")
    unlisted = sorted(
        p.relative_to(eval_dir).as_posix()
        for p in eval_dir.glob("*/data/*.jsonl")
        if p.relative_to(eval_dir).as_posix() not in {f.file for f in listed}
    )
    if unlisted:
        raise ConfigError(
            f"{manifest}: evaluation item files not listed, so training data would not be checked against "
            f"them: {unlisted}; add each with its task and dataset"
        )
    present: dict[str, Path] = {}
    missing: dict[str, Path] = {}
    unbuilt: dict[str, Path] = {}
    for f in sorted(listed, key=lambda f: f.file):
        path = eval_dir / f.file
        (present if path.is_file() else missing if f.shipped else unbuilt)[f.task] = path
    return ItemFiles(manifest, present, missing, unbuilt, {f.task: f.dataset for f in listed})


def _field_texts(path: Path, line_no: int, key: str, value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if key in ANSWER_FIELDS and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    kind = "a string or a list of strings" if key in ANSWER_FIELDS else "a string"
    raise ConfigError(f"{path}:{line_no}: field '{key}' must be {kind}")


def read_items(path: Path) -> Iterator[tuple[str | None, int, list[tuple[str, list[str]]]]]:
    """(item id if it has one, line, [(field, its texts)] of the fields that count) for each item of a file."""
    with path.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                raise ConfigError(f"{path}:{line_no}: not valid JSON: {e}") from e
            if not isinstance(item, dict):
                raise ConfigError(f"{path}:{line_no}: an evaluation item must be a JSON object")
            unknown = sorted(set(item) - {*PROMPT_FIELDS, *ANSWER_FIELDS, *NOT_TEXT})
            if unknown:
                raise ConfigError(
                    f"{path}:{line_no}: evaluation item field(s) {unknown} are in none of PROMPT_FIELDS, "
                    "ANSWER_FIELDS and NOT_TEXT of corpus/evalindex.py: say whether they count"
                )
            item_id = next((str(item[k]) for k in ID_FIELDS if k in item), None)
            fields = [(k, _field_texts(path, line_no, k, v)) for k, v in item.items() if k not in NOT_TEXT]
            yield item_id, line_no, fields


@dataclass(frozen=True)
class Hit:
    where: str
    """What the text contains: `eval task <task>`, or another indexed text (`held-out <domain>`)."""
    task: str
    """The evaluation task, or "" for a text that is not an evaluation item."""
    item: str
    whole: bool
    """The text holds the whole (short) field, rather than sharing an n-gram with it."""

    def reason(self, n: int) -> str:
        return f"contains an item of {self.where}" if self.whole else f"shares a {n}-gram with {self.where}"


@dataclass
class EvalItemIndex:
    """Every counted field of every evaluation item present, for the contamination question."""

    n: int = NGRAM
    ids: set[tuple[str, str]] = field(default_factory=set)
    """(upstream dataset, item id) of every evaluation item indexed."""
    _grams: dict[tuple[str, ...], Hit] = field(default_factory=dict, repr=False)
    _short: dict[tuple[str, ...], list[tuple[tuple[str, ...], Hit]]] = field(default_factory=dict, repr=False)
    """Short fields by their first MIN_SHORT_WORDS words."""

    @classmethod
    def build(cls, eval_dir: str | Path = DEFAULT_EVAL_DIR, n: int = NGRAM) -> EvalItemIndex:
        files = item_files(resolve_eval_dir(eval_dir))
        index = cls(n)
        for task, path in files.present.items():
            for item_id, line_no, fields in read_items(path):
                if item_id is not None:
                    index.ids.add((files.datasets[task], item_id))
                hit = Hit(f"eval task {task}", task, item_id or f"line {line_no}", False)
                for key, texts in fields:
                    for text in texts:
                        index.add_text(text, hit, short_counts=key in PROMPT_FIELDS)
        return index

    def add_text(self, text: str, hit: Hit, short_counts: bool = True) -> None:
        """Indexes one text: its n-grams, or (when `short_counts`) the whole of it if it is shorter."""
        w = tuple(words(text))
        if len(w) >= self.n:
            for i in range(len(w) - self.n + 1):
                self._grams.setdefault(w[i : i + self.n], hit)
        elif short_counts and len(w) >= MIN_SHORT_WORDS:
            same = self._short.setdefault(w[:MIN_SHORT_WORDS], [])
            if all(whole != w for whole, _ in same):
                same.append((w, Hit(hit.where, hit.task, hit.item, True)))

    def first_hit(self, text: str) -> Hit | None:
        w = words(text)
        for i in range(len(w)):
            hit = self._grams.get(tuple(w[i : i + self.n]))
            if hit is not None:
                return hit
            for whole, hit in self._short.get(tuple(w[i : i + MIN_SHORT_WORDS]), ()):
                if tuple(w[i : i + len(whole)]) == whole:
                    return hit
        return None
