"""The evaluation suites: one per domain pack, each its multiple-choice tasks (a tag of lm-eval tasks
defined by the YAMLs in this folder) and bits per byte on the domain's held-out text.

The YAMLs are what lm-eval runs; this registry is what the rest of Charter reads (chance levels for the
metrics file, licenses for the report, the task list for the CLI). A test checks the two agree. Every domain
pack has a suite: a pack this registry ships no multiple-choice tasks for is scored on bits per byte alone
(held-out text is scored by eval_suites.heldout, which needs no task YAML).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from core.packs import evaluation_order

SUITES_DIR = Path(__file__).resolve().parent
TAG_PREFIX = "charter_"

TaskKind = Literal["multiple_choice", "bits_per_byte"]
Scoring = Literal["acc", "acc_norm"]


@dataclass(frozen=True)
class TaskSpec:
    suite: str
    short: str
    """Name within the suite: the key of this task in the metrics file."""
    kind: TaskKind
    n_choices: int | None = None
    """Choices per item, so chance accuracy is 1 / n_choices; None for bits-per-byte."""
    data_file: str | None = None
    """Shipped items, relative to eval_suites/; None when the data is a pipeline output."""
    source: str = ""
    license: str = ""
    """SPDX identifier of the data the items were derived from."""
    uses: tuple[str, ...] | None = None
    """The only policy uses these items may serve (e.g. ("evaluation",)); None: any the license permits."""
    not_shipped: str | None = None
    """Why the repository must not carry these items (their license), or None when it ships them. Such a
    task's data is built locally by BUILD_UNSHIPPED and git-ignored; where it is absent the evaluate stage
    skips the task and records why."""
    labels: tuple[str, ...] | None = None
    """The fixed answers of a label task (its YAML's doc_to_choice list, in gold-index order); None for a
    cloze task, whose choices are the item's own. Label tasks are scored with and without lm-eval's
    mutual-information calibration; cloze tasks with and without length normalisation."""
    dataset: str = ""
    """Upstream dataset the items come from (the folder under the shared data): an instruction-tuned model
    trained on conversations from the same dataset is scored in-distribution on this task, not zero-shot."""

    @property
    def primary(self) -> Scoring:
        """The headline accuracy: plain for a label task (its answers are single words of similar length),
        length-normalised for a cloze task, whose choices differ in length (lm-eval's acc_norm)."""
        return "acc" if self.labels else "acc_norm"

    @property
    def variants(self) -> tuple[str, ...]:
        """lm-eval metrics the task's YAML lists, beside acc."""
        return ("acc", "acc_mutual_info") if self.labels else ("acc", "acc_norm")

    @property
    def name(self) -> str:
        """The lm-eval task name (the `task:` key of its YAML)."""
        return f"{TAG_PREFIX}{self.suite}_{self.short}"

    @property
    def yaml_path(self) -> Path:
        return SUITES_DIR / self.suite / f"{self.short}.yaml"

    @property
    def data_path(self) -> Path | None:
        return SUITES_DIR / self.data_file if self.data_file else None

    @property
    def chance(self) -> float | None:
        return 1.0 / self.n_choices if self.n_choices else None


def _mc(
    suite: str,
    short: str,
    n_choices: int,
    source: str,
    license_: str,
    dataset: str,
    uses: tuple[str, ...] | None = None,
    not_shipped: str | None = None,
    labels: tuple[str, ...] | None = None,
) -> TaskSpec:
    if labels is not None and len(labels) != n_choices:
        raise ValueError(f"{suite}/{short}: {len(labels)} labels for {n_choices} choices")
    data_file = f"{suite}/data/{short}.jsonl"
    return TaskSpec(
        suite,
        short,
        "multiple_choice",
        n_choices,
        data_file,
        source,
        license_,
        uses,
        not_shipped,
        labels,
        dataset,
    )


EVALUATION_ONLY = ("evaluation",)
BUILD_UNSHIPPED = "python -m tools.eval_items.prepare --shared ../shared/data --unshipped"
"""Builds the items of every task the repository does not ship, from the shared public datasets."""


def _bpb(suite: str) -> TaskSpec:
    return TaskSpec(suite, "heldout_bpb", "bits_per_byte", source=f"data/mix/heldout/{suite}.jsonl")


# The multiple-choice tasks shipped for a domain's suite, by domain (each key a domain pack; a test checks).
SUITES: dict[str, tuple[TaskSpec, ...]] = {
    "finance": (
        _mc(
            "finance",
            "tatqa_mc",
            4,
            "TAT-QA test_gold (numeric span questions, derived 4-way choice)",
            "CC-BY-4.0",
            "tatqa",
        ),
        _mc(
            "finance",
            "fpb",
            3,
            "Financial PhraseBank v1.0, all-agree sentences (sentiment)",
            "CC-BY-NC-SA-3.0",
            "financial-phrasebank",
            EVALUATION_ONLY,
            not_shipped="CC-BY-NC-SA-3.0 is non-commercial and share-alike: its items cannot travel in an "
            "Apache-2.0 repository",
            labels=("negative", "neutral", "positive"),
        ),
    ),
    "legal": (
        _mc(
            "legal",
            "contractnli",
            3,
            "ContractNLI test (evidence excerpts)",
            "CC-BY-4.0",
            "contract-nli",
            labels=("True", "False", "Neither"),
        ),
        _mc(
            "legal",
            "legalbench_hearsay",
            2,
            "LegalBench hearsay (early test split)",
            "CC-BY-4.0",
            "legalbench-early",
            labels=("No", "Yes"),
        ),
        _mc(
            "legal",
            "legalbench_proa",
            2,
            "LegalBench private right of action (early test split)",
            "CC-BY-4.0",
            "legalbench-early",
            labels=("No", "Yes"),
        ),
        _mc(
            "legal",
            "legalbench_abercrombie",
            5,
            "LegalBench Abercrombie (early test split)",
            "CC-BY-4.0",
            "legalbench-early",
            labels=("generic", "descriptive", "suggestive", "arbitrary", "fanciful"),
        ),
    ),
    "medical": (
        _mc(
            "medical",
            "pubmedqa",
            3,
            "PubMedQA PQA-L official test split",
            "MIT",
            "pubmedqa",
            labels=("yes", "no", "maybe"),
        ),
        _mc("medical", "mmlu_clinical", 4, "MMLU test, clinical and medical subjects (cloze)", "MIT", "mmlu"),
    ),
    "general": (
        _mc("general", "piqa", 2, "PIQA validation", "AFL-3.0", "piqa"),
        _mc("general", "hellaswag", 4, "HellaSwag validation", "MIT", "hellaswag"),
        _mc("general", "boolq", 2, "BoolQ dev", "CC-BY-SA-3.0", "boolq", labels=("no", "yes")),
        _mc("general", "mmlu", 4, "MMLU test, subjects outside the domains (cloze)", "MIT", "mmlu"),
    ),
}


def suite_tag(suite: str) -> str:
    """The lm-eval tag that selects every task of a suite."""
    return f"{TAG_PREFIX}{suite}"


def suite_tasks(suite: str) -> tuple[TaskSpec, ...]:
    """A domain's suite: its shipped multiple-choice tasks, then bits per byte on its held-out text."""
    return (*SUITES.get(suite, ()), _bpb(suite))


def tasks_of(suites: Sequence[str] | None = None) -> list[TaskSpec]:
    """The tasks of `suites`, by default every domain pack's (core.packs.evaluation_order)."""
    known = evaluation_order()
    names = list(known) if suites is None else list(suites)
    unknown = [s for s in names if s not in known]
    if unknown:
        raise KeyError(f"unknown evaluation suite(s) {unknown}; one per domain pack: {', '.join(known)}")
    return [t for s in names for t in suite_tasks(s)]


def list_tasks(suites: Sequence[str] | None = None) -> list[dict[str, object]]:
    """One row per task (suite, lm-eval name, kind, chance, data, license), for `charter` to print."""
    return [{"name": t.name, **asdict(t), "chance": t.chance} for t in tasks_of(suites)]
