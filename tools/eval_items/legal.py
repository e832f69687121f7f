"""Legal suite: ContractNLI hypotheses judged against a short excerpt of the contract, and LegalBench tasks.

Whole NDAs run to tens of thousands of characters, far past a small model's context, so each item keeps
only the evidence: the annotated evidence spans of the hypothesis, in document order. A NotMentioned
hypothesis has no evidence by definition (nothing in the whole contract bears on it), so any stretch of the
contract is a correct context for it. Which stretch matters: another hypothesis's evidence shares few words
with this hypothesis, so word overlap alone told "not mentioned" apart (a threshold on it scored far above
chance). The stretch is therefore chosen to overlap the hypothesis as much as a real evidence excerpt does:
its share of the hypothesis's words is matched to one drawn from the Entailment and Contradiction items.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from tools.eval_items import Item, Origin, TaskBuilder, read_json, rng, squash

LABELS = ("Entailment", "Contradiction", "NotMentioned")
MAX_CHARS = 600
MAX_SPANS = 3
"""Most consecutive contract spans a NotMentioned excerpt joins."""
_WORD = re.compile(r"\w+")

CONTRACTNLI = Origin(
    dataset="contract-nli",
    repo="shu7bh/Contract-NLI (verbatim copy of the stanfordnlp ContractNLI v1 release)",
    commit="e6f53de2c7b4e62dcca1c389861a81043fb162fa",
    files="dataset/test.json",
    license="CC-BY-4.0",
    credit="Koreeda, Manning (2021). ContractNLI: A Dataset for Document-level Natural Language Inference for Contracts. Findings of EMNLP. Dataset by Hitachi America, Ltd.",
    derivation=(
        "Changes were made: each item pairs one of the 17 fixed hypotheses with a short excerpt of the NDA "
        "instead of the whole document. Entailment/Contradiction items: the hypothesis' evidence spans in "
        'document order, joined by " ... " where they are not adjacent, kept only when the excerpt is at '
        f"most {MAX_CHARS} characters. NotMentioned items (the contract says nothing on the hypothesis, so any "
        f"stretch of it is a correct context): a run of 1 to {MAX_SPANS} consecutive spans of the same contract, "
        f"at most {MAX_CHARS} characters, whose share of the hypothesis' distinct words is closest to a target "
        "drawn (seeded) from the Entailment and Contradiction items' shares, so that word overlap does not "
        "tell the classes apart. Classes are balanced (equal counts), then shuffled with the seed. "
        "Labels: Entailment, Contradiction, NotMentioned (gold 0, 1, 2), asked as True/False/Neither. "
        "`id` is <document id>/<hypothesis id>."
    ),
)


def _excerpt(doc: dict[str, Any], span_ids: list[int]) -> str:
    parts, last = [], None
    for i in sorted(span_ids):
        start, end = doc["spans"][i]
        if last is not None and i != last + 1:
            parts.append("...")
        parts.append(doc["text"][start:end])
        last = i
    return squash(" ".join(parts))


def word_overlap(excerpt: str, hypothesis: str) -> float:
    """Share of the hypothesis' distinct words (lower-cased) found in the excerpt."""
    h = set(_WORD.findall(hypothesis.lower()))
    return len(h & set(_WORD.findall(excerpt.lower()))) / len(h) if h else 0.0


def _stretches(doc: dict[str, Any]) -> list[str]:
    """Every run of 1 to MAX_SPANS consecutive spans of the contract, at most MAX_CHARS long."""
    out = []
    for i in range(len(doc["spans"])):
        for k in range(1, MAX_SPANS + 1):
            if i + k > len(doc["spans"]):
                break
            text = _excerpt(doc, list(range(i, i + k)))
            if len(text) > MAX_CHARS:
                break
            if text:
                out.append(text)
    return out


def _candidates(data: dict[str, Any], seed: int) -> dict[str, list[Item]]:
    by_label: dict[str, list[Item]] = {label: [] for label in LABELS}
    pending: list[tuple[dict[str, Any], str]] = []
    for doc in data["documents"]:
        annotations = doc["annotation_sets"][0]["annotations"]
        for key, ann in sorted(annotations.items()):
            label = ann["choice"]
            if label == "NotMentioned":
                pending.append((doc, key))
                continue
            excerpt = _excerpt(doc, ann["spans"]) if ann["spans"] else ""
            if not excerpt or len(excerpt) > MAX_CHARS:
                continue
            by_label[label].append(
                {
                    "id": f"{doc['id']}/{key}",
                    "excerpt": excerpt,
                    "hypothesis": data["labels"][key]["hypothesis"],
                    "gold": LABELS.index(label),
                }
            )
    evidence_overlaps = sorted(
        word_overlap(item["excerpt"], item["hypothesis"]) for label in LABELS[:2] for item in by_label[label]
    )
    stretches: dict[str, list[str]] = {}
    for doc, key in pending:
        hypothesis = data["labels"][key]["hypothesis"]
        options = stretches.setdefault(str(doc["id"]), _stretches(doc))
        if not options or not evidence_overlaps:
            continue
        r = rng(seed, "contractnli", str(doc["id"]), key)
        target = r.choice(evidence_overlaps)
        gaps = [abs(word_overlap(text, hypothesis) - target) for text in options]
        best = min(gaps)
        excerpt = r.choice([text for text, gap in zip(options, gaps, strict=True) if gap == best])
        by_label["NotMentioned"].append(
            {
                "id": f"{doc['id']}/{key}",
                "excerpt": excerpt,
                "hypothesis": hypothesis,
                "gold": LABELS.index("NotMentioned"),
            }
        )
    return by_label


def build_contractnli(shared: Path, n: int, seed: int) -> list[Item]:
    data = read_json(shared / CONTRACTNLI.dataset / "test.json")
    by_label = _candidates(data, seed)
    per_class = n // len(LABELS)
    short = {label: len(items) for label, items in by_label.items() if len(items) < per_class}
    if short:
        raise ValueError(f"ContractNLI: too few items for {per_class} per class: {short}")
    r = rng(seed, "contractnli")
    items = [item for label in LABELS for item in r.sample(by_label[label], per_class)]
    r.shuffle(items)
    return items


LEGALBENCH_LABELS: dict[str, tuple[str, ...]] = {
    "hearsay": ("No", "Yes"),
    "proa": ("No", "Yes"),
    "abercrombie": ("generic", "descriptive", "suggestive", "arbitrary", "fanciful"),
}


def legalbench_origin(task: str) -> Origin:
    return Origin(
        dataset="legalbench-early",
        repo="HazyResearch/legalbench (early task data, before the test splits moved to Hugging Face)",
        commit="e47961c477a9eb65f5a77591b82af4933f64bd95",
        files=f"tasks/{task}/test.tsv",
        license="CC-BY-4.0",
        credit="Guha, Nyarko, Ho, Re, et al. (2023). LegalBench: A Collaboratively Built Benchmark for "
        f"Measuring Legal Reasoning in Large Language Models. NeurIPS Datasets and Benchmarks. Task `{task}`.",
        derivation=(
            "Every row of the early test split, shuffled with the seed; text verbatim (whitespace collapsed), "
            f"`gold` the index of the label in ({', '.join(LEGALBENCH_LABELS[task])}). `id` is "
            f"{task}/<0-based row>. Early versions: labels and splits may differ from the published "
            "benchmark, so scores are not official LegalBench numbers."
        ),
    )


def _legalbench_builder(task: str):
    def build(shared: Path, n: int, seed: int) -> list[Item]:
        path = shared / "legalbench-early" / "tasks" / task / "test.tsv"
        if not path.is_file():
            raise FileNotFoundError(
                f"{path}: source data not found (is --shared pointing at ../shared/data?)"
            )
        labels = LEGALBENCH_LABELS[task]
        items = []
        with path.open(encoding="utf-8", newline="") as f:
            for row_no, row in enumerate(csv.DictReader(f, delimiter="\t")):
                if row["label"] not in labels:
                    raise ValueError(f"{path}:{row_no + 2}: label {row['label']!r} not in {labels}")
                items.append(
                    {
                        "id": f"{task}/{row_no}",
                        "text": squash(row["text"]),
                        "gold": labels.index(row["label"]),
                    }
                )
        if len(items) < n:
            raise ValueError(f"{path}: {len(items)} rows, {n} asked for")
        return rng(seed, "legalbench", task).sample(items, n)

    return build


TASKS = (
    TaskBuilder("contractnli", CONTRACTNLI, build_contractnli),
    *(
        TaskBuilder(f"legalbench_{task}", legalbench_origin(task), _legalbench_builder(task))
        for task in LEGALBENCH_LABELS
    ),
)
