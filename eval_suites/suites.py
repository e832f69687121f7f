"""The evaluation suites: one per domain, each a tag of lm-eval tasks defined by the YAMLs in this folder.

The YAMLs are what lm-eval runs; this registry is what the rest of Charter reads (chance levels for the
metrics file, licenses for the report, the task list for the CLI). A test checks the two agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

SUITES_DIR = Path(__file__).resolve().parent
TAG_PREFIX = "charter_"

TaskKind = Literal["multiple_choice", "bits_per_byte"]


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

    @property
    def name(self) -> str:
        """The lm-eval task name (the `task:` key of its YAML)."""
        return f"{TAG_PREFIX}{self.suite}_{self.short}"

    @property
    def yaml_path(self) -> Path:
        return SUITES_DIR / self.suite / f"{self.short}.yaml"

    @property
    def chance(self) -> float | None:
        return 1.0 / self.n_choices if self.n_choices else None


def _mc(suite: str, short: str, n_choices: int, source: str, license_: str) -> TaskSpec:
    return TaskSpec(
        suite, short, "multiple_choice", n_choices, f"{suite}/data/{short}.jsonl", source, license_
    )


def _bpb(suite: str) -> TaskSpec:
    return TaskSpec(suite, "heldout_bpb", "bits_per_byte", source=f"data/mix/heldout/{suite}.jsonl")


SUITES: dict[str, tuple[TaskSpec, ...]] = {
    "finance": (
        _mc("finance", "tatqa_mc", 4, "TAT-QA test_gold (span questions, derived 4-way choice)", "CC-BY-4.0"),
        _bpb("finance"),
    ),
    "legal": (
        _mc("legal", "contractnli", 3, "ContractNLI test (evidence excerpts)", "CC-BY-4.0"),
        _bpb("legal"),
    ),
    "medical": (
        _mc("medical", "pubmedqa", 3, "PubMedQA PQA-L official test split", "MIT"),
        _bpb("medical"),
    ),
    "general": (
        _mc("general", "piqa", 2, "PIQA validation", "AFL-3.0"),
        _mc("general", "hellaswag", 4, "HellaSwag validation", "MIT"),
        _bpb("general"),
    ),
}


def suite_tag(suite: str) -> str:
    """The lm-eval tag that selects every task of a suite."""
    return f"{TAG_PREFIX}{suite}"


def tasks_of(suites: Sequence[str] | None = None) -> list[TaskSpec]:
    names = list(SUITES) if suites is None else list(suites)
    unknown = [s for s in names if s not in SUITES]
    if unknown:
        raise KeyError(f"unknown evaluation suite(s) {unknown}; known: {sorted(SUITES)}")
    return [t for s in names for t in SUITES[s]]


def list_tasks(suites: Sequence[str] | None = None) -> list[dict[str, object]]:
    """One row per task (suite, lm-eval name, kind, chance, data, license), for `charter` to print."""
    return [{"name": t.name, **asdict(t), "chance": t.chance} for t in tasks_of(suites)]
