"""Medical suite: PubMedQA (PQA-L) yes/no/maybe questions from the official test split, and MMLU's clinical subjects."""

from __future__ import annotations

from pathlib import Path

from eval_suites.derive import Item, Origin, TaskBuilder, mmlu, read_json, rng, squash

PUBMEDQA = Origin(
    dataset="pubmedqa",
    repo="pubmedqa/pubmedqa",
    commit="1cbae8e92f72f20c8d3747cbb3bf5bc53554d997",
    files="data/ori_pqal.json, data/test_ground_truth.json",
    license="MIT",
    credit="Jin, Dhingra, Liu, Cohen, Lu (2019). PubMedQA: A Dataset for Biomedical Research Question Answering. EMNLP. Copyright (c) 2019 pubmedqa.",
    derivation=(
        "A seeded random sample of the 500 PMIDs of the official test split (test_ground_truth.json); "
        "the label is the ground-truth decision there (it equals ori_pqal's final_decision). `context` is "
        "the abstract without its conclusion (the CONTEXTS sections joined by spaces, whitespace collapsed), "
        "the reasoning-required setting of the paper; the long answer is not shipped. `id` is the PMID. "
        "Label order is yes, no, maybe (gold 0, 1, 2)."
    ),
    license_files=("LICENSE.upstream",),
)

LABELS = ("yes", "no", "maybe")


def build_pubmedqa(shared: Path, n: int, seed: int) -> list[Item]:
    folder = shared / PUBMEDQA.dataset
    questions = read_json(folder / "ori_pqal.json")
    truth = read_json(folder / "test_ground_truth.json")
    pmids = rng(seed, "pubmedqa").sample(sorted(truth), n)
    return [
        {
            "id": pmid,
            "context": squash(" ".join(questions[pmid]["CONTEXTS"])),
            "question": squash(questions[pmid]["QUESTION"]),
            "gold": LABELS.index(truth[pmid]),
        }
        for pmid in pmids
    ]


MMLU_CLINICAL = mmlu.origin("the clinical subjects " + ", ".join(mmlu.MEDICAL_SUBJECTS))


def build_mmlu_clinical(shared: Path, n: int, seed: int) -> list[Item]:
    return mmlu.sample(shared, list(mmlu.MEDICAL_SUBJECTS), n, seed, "mmlu_clinical")


TASKS = (
    TaskBuilder("pubmedqa", PUBMEDQA, build_pubmedqa),
    TaskBuilder("mmlu_clinical", MMLU_CLINICAL, build_mmlu_clinical),
)
