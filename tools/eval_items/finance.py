"""Finance suite: a 4-way multiple-choice task derived from TAT-QA's gold test set, and Financial PhraseBank
sentiment (non-commercial terms: evaluation only, never training).

TAT-QA asks questions about a financial-statement table and its surrounding paragraphs, with free-form
answers. Its single-span questions with a numeric answer (an amount, a percentage or a year) make a clean
multiple-choice item once the item has three wrong options the context cannot rule out by itself. So every
choice is in the context the item shows: the distractors are other figures of the same kind and format
(currency sign, percent, parentheses, scale word, decimals) from the shown table rows or the shown paragraph
text. "Pick the option found in the context" then scores chance; answering takes reading the row and
column, or the sentence, the question points to. Text answers are left out: no same-kind spans can be cut
from the context without making ungrammatical fragments a reader could reject on form alone.

The context is the evidence the question maps to, cut short: for a table cell, the table's first two rows
(its header, in most tables), the cell's row and, where its row lacks three same-kind figures, further rows
in table order; for a paragraph span, the text around the span. Comparison questions ("in which year was X
larger?") are left out: their answer is a header cell and the rows compared are not in the mapping.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tools.eval_items import Item, Origin, TaskBuilder, read_json, rng, squash

N_CHOICES = 4
WINDOW = 250
"""Characters of paragraph kept each side of an answer span."""
MAX_WINDOW = 450
"""The widest window tried when the narrower one holds fewer than three same-kind figures."""
MAX_ROWS = 6
"""Most table rows an item shows."""
MAX_ANSWER_CHARS = 150

TATQA = Origin(
    dataset="tatqa",
    repo="NExTplusplus/TAT-QA",
    commit="870accc41953dcde885aabeb963d94aabdc0fbc3",
    files="dataset_raw/tatqa_dataset_test_gold.json",
    license="CC-BY-4.0",
    credit="Zhu, Lei, Huang, Wang, Zhang, Lv, Feng, Chua (2021). TAT-QA: A Question Answering Benchmark on a Hybrid of Tabular and Textual Content in Finance. ACL.",
    derivation=(
        "Changes were made: TAT-QA's free-form questions become 4-way multiple choice. Only questions with "
        "answer_type `span`, one extracted answer that is a figure (an amount, a percentage or a year), and "
        "req_comparison false are used. Every choice appears in the context shown. Context: for an answer "
        "mapped to a table cell, the table's first two rows, the answer's row and, while the shown rows hold "
        f"fewer than three other figures of the answer's kind and format, further rows in table order (at most "
        f'{MAX_ROWS} rows), cells joined by " | "; for an answer mapped to a paragraph, the paragraph text '
        f"within {WINDOW} characters either side of the answer (widened up to {MAX_WINDOW} where needed), cut "
        'to whole words and marked with "..." where cut. Three distractors are drawn with a per-question '
        "seeded RNG from the other figures in that context of the same kind (year, percentage, amount) and "
        "format (currency sign, percent sign, parentheses, scale word, decimals), never equal to the answer "
        "after normalisation (case, currency signs, commas, spaces). Questions without three such figures are "
        "left out. The answer's position among the four choices is seeded-random. `id` is the TAT-QA question "
        "uid."
    ),
)

_YEAR = re.compile(r"(fiscal\s+|fy\s*)?(19|20)\d\d(\s*(/|-|–|to|vs\.?)\s*(19|20)?\d\d)?", re.IGNORECASE)
_NUMERIC = re.compile(
    r"[-+−(]*\s*[$€£¥]?\s*[-−]?\d[\d,]*(\.\d+)?\s*%?\)?\s*(thousand|million|billion|m|bn|k)?\.?",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"(?<![\w.,])\(?[$€£¥]?\s?-?\d(?:[\d,]*\d)?(?:\.\d+)?%?\)?(?:\s(?:thousand|million|billion))?(?![\w%])",
    re.IGNORECASE,
)
"""A figure inside running text, with its currency sign, parentheses, percent sign and scale word."""
_DATE = re.compile(
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b",
    re.IGNORECASE,
)
"""A day of a month is a date, not a figure a question could ask for."""
_SCALE = re.compile(r"(thousand|million|billion|bn)\b", re.IGNORECASE)


def kind(answer: str) -> str:
    """year, percent, amount or text."""
    a = answer.strip()
    if _YEAR.fullmatch(a):
        return "year"
    if _NUMERIC.fullmatch(a):
        return "percent" if "%" in a else "amount"
    return "text"


def shape(answer: str) -> tuple[str, bool, bool, str, bool]:
    """The written form of a figure: currency sign, percent sign, parentheses, scale word, decimals. Options
    of one form cannot be told apart by their look."""
    scale = _SCALE.search(answer)
    return (
        next((c for c in "$€£¥" if c in answer), ""),
        "%" in answer,
        "(" in answer,
        scale.group(1).lower() if scale else "",
        bool(re.search(r"\d\.\d", answer)),
    )


def normalise(answer: str) -> str:
    return re.sub(r"[\s$€£¥,.]", "", answer.lower())


def _same_sort(candidates: list[str], gold: str) -> list[str]:
    """Distinct candidates of the gold answer's kind and form, never equal to it, in a fixed order."""
    seen = {normalise(gold)}
    out = []
    for c in sorted(set(candidates)):
        if kind(c) == kind(gold) and shape(c) == shape(gold) and normalise(c) not in seen:
            seen.add(normalise(c))
            out.append(c)
    return out


def _rows_context(table: list[list[str]], rows: list[int]) -> str:
    return "\n".join(" | ".join(squash(c) for c in table[r]) for r in sorted(set(rows)))


def _table_context(table: list[list[str]], row: int) -> str:
    """The table's first two rows (its header, in nearly all TAT-QA tables) and row `row`."""
    return _rows_context(table, sorted({0, 1, row} & set(range(len(table)))))


def _table_item(table: list[list[str]], row: int, gold: str) -> tuple[str, list[str]]:
    """The rows shown (header rows, the answer's row, then more in table order until three same-sort
    figures are shown) and the same-sort figures among their cells."""
    shown = sorted({0, 1, row} & set(range(len(table))))
    pool = _same_sort([squash(c) for r in shown for c in table[r]], gold)
    for extra in range(len(table)):
        if len(pool) >= N_CHOICES - 1 or len(shown) >= MAX_ROWS:
            break
        if extra not in shown:
            shown.append(extra)
            pool = _same_sort([squash(c) for r in shown for c in table[r]], gold)
    return _rows_context(table, shown), pool


def _paragraph_context(text: str, start: int, end: int, window: int = WINDOW) -> str:
    lo, hi = max(0, start - window), min(len(text), end + window)
    # Cut at whitespace so no word is broken in half.
    while 0 < lo < start and not text[lo - 1].isspace():
        lo += 1
    while end < hi < len(text) and not text[hi].isspace():
        hi -= 1
    return squash(("... " if lo > 0 else "") + text[lo:hi] + (" ..." if hi < len(text) else ""))


def _paragraph_item(text: str, start: int, end: int, gold: str) -> tuple[str, list[str]]:
    context, pool = "", []
    for window in (WINDOW, MAX_WINDOW):
        context = _paragraph_context(text, start, end, window)
        days = {m.end() for m in _DATE.finditer(context)}
        pool = _same_sort(
            [squash(m.group(0)) for m in _FIGURE.finditer(context) if m.end() not in days], gold
        )
        if len(pool) >= N_CHOICES - 1:
            break
    return context, pool


def _context_and_pool(
    ctx: dict[str, Any], question: dict[str, Any], gold: str
) -> tuple[str, list[str]] | None:
    mapping = (question.get("mappings") or [{}])[0]
    if "table" in mapping:
        return _table_item(ctx["table"]["table"], mapping["table"][0], gold)
    for key, (start, end) in mapping.items():
        if key.startswith("paragraph_"):
            order = int(key.removeprefix("paragraph_"))
            for p in ctx["paragraphs"]:
                if p["order"] == order:
                    return _paragraph_item(p["text"], start, end, gold)
    return None


def _answers(question: dict[str, Any]) -> list[str]:
    if question["answer_type"] in ("span", "multi-span"):
        return [squash(str(a)) for a in question["answer"] if str(a).strip()]
    return []


def build_tatqa_mc(shared: Path, n: int, seed: int) -> list[Item]:
    contexts = read_json(shared / TATQA.dataset / "tatqa_dataset_test_gold.json")
    candidates = []
    for ctx in contexts:
        for q in ctx["questions"]:
            answers = _answers(q)
            if q["answer_type"] != "span" or q["req_comparison"] or len(answers) != 1:
                continue
            gold = answers[0]
            if len(gold) > MAX_ANSWER_CHARS or kind(gold) == "text":
                continue
            found = _context_and_pool(ctx, q, gold)
            if found is None or len(found[1]) < N_CHOICES - 1:
                continue
            context, pool = found
            if normalise(gold) not in normalise(context):
                continue
            r = rng(seed, "tatqa_mc", q["uid"])
            choices = r.sample(pool, N_CHOICES - 1)
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
        raise ValueError(f"TAT-QA: only {len(candidates)} numeric span questions usable, {n} asked for")
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
