"""Medical suite: PubMedQA (PQA-L) yes/no/maybe questions from the official test split, and MMLU's clinical subjects."""

from __future__ import annotations

import re
from pathlib import Path

from tools.eval_items import Item, Origin, TaskBuilder, mmlu, read_json, rng, squash

MAX_CONTEXT_CHARS = 600
"""Abstract text kept per item: with the question and the prompt's words the item fits the embedded model's
256-token window, where a whole abstract (about 1,500 characters) was cut from the left mid-word."""

PUBMEDQA = Origin(
    dataset="pubmedqa",
    repo="pubmedqa/pubmedqa",
    commit="1cbae8e92f72f20c8d3747cbb3bf5bc53554d997",
    files="data/ori_pqal.json, data/test_ground_truth.json",
    license="MIT",
    credit="Jin, Dhingra, Liu, Cohen, Lu (2019). PubMedQA: A Dataset for Biomedical Research Question Answering. EMNLP. Copyright (c) 2019 pubmedqa.",
    derivation=(
        "A seeded random sample of the 500 PMIDs of the official test split (test_ground_truth.json), an "
        "equal number per label (the split is 55% yes, so a constant 'yes' would otherwise score far above "
        "chance); the label is the ground-truth decision there (it equals ori_pqal's final_decision). "
        "`context` is the abstract without its conclusion (the CONTEXTS sections joined by spaces, whitespace "
        f"collapsed), the reasoning-required setting of the paper, cut to its last whole sentences within "
        f'{MAX_CONTEXT_CHARS} characters (the results, which the question turns on), marked "... " where cut; '
        "the long answer is not shipped. `id` is the PMID. Label order is yes, no, maybe (gold 0, 1, 2)."
    ),
    license_files=("LICENSE.upstream",),
)

LABELS = ("yes", "no", "maybe")


def last_sentences(text: str, limit: int) -> str:
    """The last whole sentences of `text` within `limit` characters ("... " marks the cut); the last
    sentence alone, cut to its last words, when even that is longer."""
    sentences = re.split(r"(?<=[.!?])\s+", squash(text))
    kept = ""
    for sentence in reversed(sentences):
        joined = f"{sentence} {kept}".strip()
        if kept and len(joined) + 4 > limit:
            break
        kept = joined
    if len(kept) > limit:
        kept = kept[-(limit - 4) :].split(" ", 1)[-1]
    return kept if kept == squash(text) else f"... {kept}"


def build_pubmedqa(shared: Path, n: int, seed: int) -> list[Item]:
    folder = shared / PUBMEDQA.dataset
    questions = read_json(folder / "ori_pqal.json")
    truth = read_json(folder / "test_ground_truth.json")
    r = rng(seed, "pubmedqa")
    per_label = n // len(LABELS)
    by_label = {label: sorted(p for p, t in truth.items() if t == label) for label in LABELS}
    short = {label: len(p) for label, p in by_label.items() if len(p) < per_label}
    if short:
        raise ValueError(f"PubMedQA: too few test questions for {per_label} per label: {short}")
    pmids = [p for label in LABELS for p in r.sample(by_label[label], per_label)]
    r.shuffle(pmids)
    return [
        {
            "id": pmid,
            "context": last_sentences(" ".join(questions[pmid]["CONTEXTS"]), MAX_CONTEXT_CHARS),
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
