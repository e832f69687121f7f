"""Items for lm-eval's own tasks (eval_suites/standard.py), in the schema of the Hugging Face dataset each
task normally downloads, so lm-eval's YAML reads them unchanged. Sampled with their own seed stream: they
are not the suites' items re-labelled."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from tools.eval_items import Item, TaskBuilder, general, rng

BOOLQ = replace(
    general.BOOLQ,
    derivation=(
        "A seeded random sample of the dev questions, half answered true and half false, in SuperGLUE's boolq schema (question, passage, idx, "
        "label: 1 for true), read by lm-eval's own `boolq` task (super_glue/boolq/default.yaml) in place of "
        "aps/super_glue's validation split. Text verbatim. `idx` is the 0-based line number in dev.jsonl. "
        "Shared alike: these items are licensed CC-BY-SA-3.0."
    ),
)

PIQA = replace(
    general.PIQA,
    derivation=(
        "A seeded random sample of the validation questions in the Hugging Face piqa schema (goal, sol1, sol2, "
        "label), read by lm-eval's own `piqa` task in place of baber/piqa's validation split. Text verbatim; "
        "`label` is the line-aligned label. `idx` is the 0-based line number in valid.jsonl."
    ),
)


def build_boolq(shared: Path, n: int, seed: int) -> list[Item]:
    rows = general.boolq_rows(shared)
    picked = general.balanced_boolq(rows, n, rng(seed, "standard", "boolq"))
    return [
        {
            "question": rows[i]["question"],
            "passage": rows[i]["passage"],
            "idx": i,
            "label": int(bool(rows[i]["answer"])),
        }
        for i in picked
    ]


def build_piqa(shared: Path, n: int, seed: int) -> list[Item]:
    folder = shared / PIQA.dataset
    goals = (folder / "valid.jsonl").read_text(encoding="utf-8").splitlines()
    labels = (folder / "valid-labels.lst").read_text(encoding="utf-8").split()
    picked = rng(seed, "standard", "piqa").sample(range(len(goals)), n)
    items = []
    for i in picked:
        row = json.loads(goals[i])
        items.append(
            {"goal": row["goal"], "sol1": row["sol1"], "sol2": row["sol2"], "label": int(labels[i]), "idx": i}
        )
    return items


TASKS = (TaskBuilder("boolq", BOOLQ, build_boolq), TaskBuilder("piqa", PIQA, build_piqa))
