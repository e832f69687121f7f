"""MMLU questions from the shared CSV export (header question,choice0..choice3,answer), per subject."""

from __future__ import annotations

import csv
from pathlib import Path

from tools.eval_items import Item, Origin, rng, squash

N_CHOICES = 4
MAX_CHOICE_CHARS = 300
"""A longer option would crowd a small model's window; the harness refuses a continuation that fills it."""

MEDICAL_SUBJECTS = (
    "anatomy",
    "clinical_knowledge",
    "college_medicine",
    "medical_genetics",
    "professional_medicine",
)
DOMAIN_SUBJECTS = (
    *MEDICAL_SUBJECTS,
    "professional_law",
    "jurisprudence",
    "international_law",
    "professional_accounting",
    "econometrics",
    "high_school_macroeconomics",
    "high_school_microeconomics",
)
"""Subjects that belong to a domain suite; the general MMLU task samples every other subject."""


def origin(subjects: str) -> Origin:
    return Origin(
        dataset="mmlu",
        repo="HaeChan0305/MLILAB-FedLLM (re-export of hendrycks/test)",
        commit="d92730e8bacd7b3a61e551e015e40588e10234b4",
        files="data/mmlu/test/<subject>_test.csv",
        license="MIT",
        credit="Hendrycks, Burns, Basart, Zou, Mazeika, Song, Steinhardt (2021). Measuring Massive Multitask "
        "Language Understanding. ICLR. Copyright (c) 2020 Dan Hendrycks.",
        derivation=(
            f"A seeded random sample of the test questions of {subjects}. Question and the four options are "
            "verbatim (whitespace collapsed); `gold` is the answer index. Questions with an option longer "
            f"than {MAX_CHOICE_CHARS} characters are left out. Scored as a cloze task: the model's "
            "likelihood of each option's text after the question, so chance is 1/4. `id` is "
            "<subject>/<0-based row>."
        ),
        license_files=("LICENSE.hendrycks-test.upstream",),
    )


def all_subjects(shared: Path) -> list[str]:
    folder = shared / "mmlu" / "test"
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: source data not found (is --shared pointing at ../shared/data?)")
    return sorted(p.name.removesuffix("_test.csv") for p in folder.glob("*_test.csv"))


def questions(shared: Path, subjects: list[str]) -> list[Item]:
    items = []
    for subject in subjects:
        path = shared / "mmlu" / "test" / f"{subject}_test.csv"
        with path.open(encoding="utf-8", newline="") as f:
            for row_no, row in enumerate(csv.DictReader(f)):
                choices = [squash(row[f"choice{i}"]) for i in range(N_CHOICES)]
                if not all(choices) or max(len(c) for c in choices) > MAX_CHOICE_CHARS:
                    continue
                items.append(
                    {
                        "id": f"{subject}/{row_no}",
                        "subject": subject,
                        "question": squash(row["question"]),
                        "choices": choices,
                        "gold": int(row["answer"]),
                    }
                )
    return items


def sample(shared: Path, subjects: list[str], n: int, seed: int, task: str) -> list[Item]:
    pool = questions(shared, subjects)
    if len(pool) < n:
        raise ValueError(f"MMLU {subjects}: only {len(pool)} usable questions, {n} asked for")
    return rng(seed, task).sample(pool, n)
