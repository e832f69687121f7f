"""Finance suite: a 4-way multiple-choice task derived from TAT-QA's gold test set, and Financial PhraseBank
sentiment (non-commercial terms: evaluation only, never training).

TAT-QA asks questions about a financial-statement table and its surrounding paragraphs, with free-form
answers. Its single-span questions have an extractive answer string, which makes a clean multiple-choice
item once it has three wrong options of the same sort. Distractors come, in this order, from:

1. the other questions' extracted answers over the same table and paragraphs, and
2. single-span answers of the same kind anywhere in the test set,

where "kind" is one of year, percentage, other amount, or text: a numeric gold answer among three
phrases (or a year among amounts) would be answerable without reading anything. The context is the
evidence the question maps to, cut short: for a table cell, the table's first two rows (its header, in
most tables) and the cell's row; for a paragraph span, the text around the span. Comparison questions
("in which year was X larger?") are left out: their answer is a header cell and the rows compared are not
in the mapping, so a short context cannot hold what they need.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from eval_suites.derive import Item, Origin, TaskBuilder, read_json, rng, squash

N_CHOICES = 4
WINDOW = 250
"""Characters of paragraph kept each side of an answer span."""
MAX_ANSWER_CHARS = 150
"""Longer answers are whole sentences; as choices they would crowd a small model's window (the harness
refuses a continuation longer than the window) and test fluency more than reading."""

TATQA = Origin(
    dataset="tatqa",
    repo="NExTplusplus/TAT-QA",
    commit="870accc41953dcde885aabeb963d94aabdc0fbc3",
    files="dataset_raw/tatqa_dataset_test_gold.json",
    license="CC-BY-4.0",
    credit="Zhu, Lei, Huang, Wang, Zhang, Lv, Feng, Chua (2021). TAT-QA: A Question Answering Benchmark on a Hybrid of Tabular and Textual Content in Finance. ACL.",
    derivation=(
        "Changes were made: TAT-QA's free-form questions become 4-way multiple choice. Only questions with "
        f"answer_type `span` (one extracted answer string of at most {MAX_ANSWER_CHARS} characters) and "
        "req_comparison false are used. Context: for an answer mapped to a table cell, the table's first two "
        'rows and the answer\'s row, cells joined by " | "; for an answer mapped to a paragraph, the paragraph '
        f"text within {WINDOW} characters either side of the answer, cut to whole words and marked with "
        '"..." where cut. Three distractors are drawn with a per-question seeded RNG: first from the other '
        "span and multi-span answers of the same context, then from single-span answers elsewhere in the "
        f"test set; all at most {MAX_ANSWER_CHARS} characters, of the same kind as the gold answer (year, "
        "percentage, other amount, or text) and never equal to it after normalisation (case, currency signs, "
        "commas, spaces). The gold answer's position among the four choices is seeded-random. `id` is the "
        "TAT-QA question uid."
    ),
)

_YEAR = re.compile(r"(fiscal\s+|fy\s*)?(19|20)\d\d(\s*(/|-|–|to|vs\.?)\s*(19|20)?\d\d)?", re.IGNORECASE)
_NUMERIC = re.compile(
    r"[-+−(]*\s*[$€£¥]?\s*[-−]?\d[\d,]*(\.\d+)?\s*%?\)?\s*(thousand|million|billion|m|bn|k)?\.?",
    re.IGNORECASE,
)


def kind(answer: str) -> str:
    """year, percent, amount or text: distractors are always of the gold answer's kind."""
    a = answer.strip()
    if _YEAR.fullmatch(a):
        return "year"
    if _NUMERIC.fullmatch(a):
        return "percent" if "%" in a else "amount"
    return "text"


def normalise(answer: str) -> str:
    return re.sub(r"[\s$€£¥,.]", "", answer.lower())


def _table_context(table: list[list[str]], row: int) -> str:
    # Headers are one or two rows in nearly all TAT-QA tables; a spare data row does no harm.
    rows = sorted({0, 1, row} & set(range(len(table))))
    return "\n".join(" | ".join(squash(c) for c in table[r]) for r in rows)


def _paragraph_context(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    # Cut at whitespace so no word is broken in half.
    while 0 < lo < start and not text[lo - 1].isspace():
        lo += 1
    while end < hi < len(text) and not text[hi].isspace():
        hi -= 1
    return squash(("... " if lo > 0 else "") + text[lo:hi] + (" ..." if hi < len(text) else ""))


def _context(ctx: dict[str, Any], question: dict[str, Any]) -> str | None:
    mapping = (question.get("mappings") or [{}])[0]
    if "table" in mapping:
        return _table_context(ctx["table"]["table"], mapping["table"][0])
    for key, (start, end) in mapping.items():
        if key.startswith("paragraph_"):
            order = int(key.removeprefix("paragraph_"))
            for p in ctx["paragraphs"]:
                if p["order"] == order:
                    return _paragraph_context(p["text"], start, end)
    return None


def _answers(question: dict[str, Any]) -> list[str]:
    if question["answer_type"] in ("span", "multi-span"):
        return [squash(str(a)) for a in question["answer"] if str(a).strip()]
    return []


def _short(answers: list[str]) -> list[str]:
    return [a for a in answers if len(a) <= MAX_ANSWER_CHARS]


def _pick(pool: list[str], gold: str, taken: list[str], k: int, r: Any) -> list[str]:
    seen = {normalise(gold), *(normalise(t) for t in taken)}
    fresh = []
    for a in sorted(set(pool)):
        if normalise(a) not in seen and kind(a) == kind(gold):
            seen.add(normalise(a))
            fresh.append(a)
    return r.sample(fresh, min(k, len(fresh)))


def build_tatqa_mc(shared: Path, n: int, seed: int) -> list[Item]:
    contexts = read_json(shared / TATQA.dataset / "tatqa_dataset_test_gold.json")
    global_pool = sorted(
        {
            a
            for ctx in contexts
            for q in ctx["questions"]
            if q["answer_type"] == "span"
            for a in _short(_answers(q))
        }
    )
    candidates = []
    for ctx in contexts:
        for q in ctx["questions"]:
            if q["answer_type"] != "span" or q["req_comparison"] or len(_short(_answers(q))) != 1:
                continue
            context = _context(ctx, q)
            if context is None:
                continue
            gold = _answers(q)[0]
            r = rng(seed, "tatqa_mc", q["uid"])
            local = [a for other in ctx["questions"] if other is not q for a in _short(_answers(other))]
            distractors = _pick(local, gold, [], N_CHOICES - 1, r)
            distractors += _pick(global_pool, gold, distractors, N_CHOICES - 1 - len(distractors), r)
            if len(distractors) < N_CHOICES - 1:
                continue
            choices = [*distractors]
            position = r.randrange(N_CHOICES)
            choices.insert(position, gold)
            candidates.append(
                {
                    "id": q["uid"],
                    "context": context,
                    "question": squash(q["question"]),
                    "choices": choices,
                    "gold": position,
                    "answer_from": q["answer_from"],
                }
            )
    if len(candidates) < n:
        raise ValueError(f"TAT-QA: only {len(candidates)} span questions usable, {n} asked for")
    return rng(seed, "tatqa_mc").sample(candidates, n)


FPB_LABELS = ("negative", "neutral", "positive")

FINANCIAL_PHRASEBANK = Origin(
    dataset="financial-phrasebank",
    repo="wychen-null/project_nlp_cuda (copy of Financial PhraseBank v1.0)",
    commit="1ea075323700e41e09f22fcc1682765177945f08",
    files="data/FinancialPhraseBank-v1.0/Sentences_AllAgree.txt",
    license="CC-BY-NC-SA-3.0",
    credit="Malo, Sinha, Korhonen, Wallenius, Takala (2014). Good debt or bad debt: Detecting semantic "
    "orientations in economic texts. JASIST 65(4). Financial PhraseBank v1.0 by Pekka Malo and Ankur Sinha.",
    derivation=(
        "Evaluation only: the license is non-commercial, so these items pass the evaluation policy and are "
        "never a training source. Sentences on which all annotators agreed (Sentences_AllAgree.txt), an "
        "equal seeded-random number per label (negative, neutral, positive: gold 0, 1, 2), shuffled with "
        "the seed; sentence text verbatim. `id` is the 0-based line number. Shared alike: these items are "
        "licensed CC-BY-NC-SA-3.0; commercial use needs a license from the authors."
    ),
    license_files=("License.txt",),
)


def build_fpb(shared: Path, n: int, seed: int) -> list[Item]:
    path = shared / FINANCIAL_PHRASEBANK.dataset / "Sentences_AllAgree.txt"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: source data not found (is --shared pointing at ../shared/data?)")
    by_label: dict[str, list[Item]] = {label: [] for label in FPB_LABELS}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        sentence, sep, label = line.rpartition("@")
        if not sep or label not in by_label:
            raise ValueError(f"{path}:{lineno + 1}: expected '<sentence>@<negative|neutral|positive>'")
        by_label[label].append(
            {"id": str(lineno), "sentence": squash(sentence), "gold": FPB_LABELS.index(label)}
        )
    per_label = n // len(FPB_LABELS)
    r = rng(seed, "fpb")
    items = [item for label in FPB_LABELS for item in r.sample(by_label[label], per_label)]
    r.shuffle(items)
    return items


TASKS = (
    TaskBuilder("tatqa_mc", TATQA, build_tatqa_mc),
    TaskBuilder("fpb", FINANCIAL_PHRASEBANK, build_fpb),
)
