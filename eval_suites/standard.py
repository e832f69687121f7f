"""lm-evaluation-harness's own task definitions, unmodified, run on the pipeline's checkpoint over local files.

The suites in this folder are written for Charter; these are not. Each entry names a task lm-eval ships
(its YAML: prompt, choices, metrics) and a file in the schema of the Hugging Face dataset it normally
downloads; only the dataset location is overridden, so the run is offline and the checkpoint meets a task
it was not built for, exactly as lm-eval defines it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval_suites.suites import SUITES_DIR


@dataclass(frozen=True)
class StandardTask:
    name: str
    """lm-eval's task name."""
    yaml: str
    """Its YAML under lm_eval/tasks/."""
    split: str
    """The split lm-eval evaluates, which the local file stands in for."""
    n_choices: int
    data_file: str
    """Relative to eval_suites/."""
    license: str
    labels: tuple[str, ...] | None = None
    """The fixed answers of a label task, in label order; None when each item has its own choices."""
    choice_fields: tuple[str, ...] = ()
    """For a task with per-item choices: the fields that hold them, in order."""
    dataset: str = ""
    """Upstream dataset (the folder under the shared data), as TaskSpec.dataset."""

    @property
    def chance(self) -> float:
        return 1.0 / self.n_choices

    @property
    def primary(self) -> str:
        """The accuracy lm-eval's own YAML reports first for such a task: plain for labels, else acc_norm."""
        return "acc" if self.labels else "acc_norm"

    @property
    def variants(self) -> tuple[str, ...]:
        """The accuracies lm-eval's own YAML lists for the task (boolq: acc; piqa: acc and acc_norm)."""
        return ("acc",) if self.labels else ("acc", "acc_norm")

    @property
    def data_path(self) -> Path:
        return SUITES_DIR / self.data_file

    def as_item(self, row: dict[str, Any]) -> dict[str, Any]:
        """A row of the Hugging Face schema in the suites' schema (prompt fields, `choices`, integer `gold`)."""
        item = {k: v for k, v in row.items() if k not in (*self.choice_fields, "label")}
        if self.choice_fields:
            item["choices"] = [row[f] for f in self.choice_fields]
        return item | {"gold": int(row["label"])}


STANDARD: dict[str, StandardTask] = {
    "boolq": StandardTask(
        "boolq",
        "super_glue/boolq/default.yaml",
        "validation",
        2,
        "standard/data/boolq.jsonl",
        "CC-BY-SA-3.0",
        labels=("no", "yes"),
        dataset="boolq",
    ),
    "piqa": StandardTask(
        "piqa",
        "piqa/piqa.yaml",
        "validation",
        2,
        "standard/data/piqa.jsonl",
        "AFL-3.0",
        choice_fields=("sol1", "sol2"),
        dataset="piqa",
    ),
}


def standard_tasks(names: list[str]) -> list[StandardTask]:
    unknown = [n for n in names if n not in STANDARD]
    if unknown:
        raise KeyError(f"unknown standard task(s) {unknown}; known: {sorted(STANDARD)}")
    return [STANDARD[n] for n in names]


def lm_eval_yaml(task: StandardTask) -> Path:
    import lm_eval.tasks

    return Path(lm_eval.tasks.__file__).parent / task.yaml


def task_config(task: StandardTask) -> dict[str, Any]:
    """lm-eval's own configuration of the task, reading the shipped file instead of the Hugging Face hub.

    lm-eval (0.4.13) builds a dict passed as a task from that dict alone, so the shipped YAML is loaded
    with lm-eval's own loader and only the dataset keys are replaced.
    """
    from lm_eval.tasks._yaml_loader import load_yaml

    return load_yaml(lm_eval_yaml(task), resolve_func=True) | {
        "dataset_path": "json",
        "dataset_name": None,
        # Zero-shot: no training split ships, so none is named (lm-eval would index it for few-shot).
        "training_split": None,
        "dataset_kwargs": {"data_files": {task.split: str(SUITES_DIR / task.data_file)}},
    }
