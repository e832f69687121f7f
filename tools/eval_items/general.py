"""General suite: PIQA, HellaSwag and BoolQ validation items, sampled without change to their text or labels,
and MMLU's subjects outside the domains."""

from __future__ import annotations

import bz2
import json
import random
import re
from pathlib import Path

from tools.eval_items import Item, Origin, TaskBuilder, mmlu, rng, squash

PIQA = Origin(
    dataset="piqa",
    repo="ybisk/ybisk.github.io",
    commit="21edab439af693b961be2f069e8690a88d3b4e37",
    files="piqa/data/valid.jsonl, piqa/data/valid-labels.lst",
    license="AFL-3.0",
    credit="Bisk, Zellers, Le Bras, Gao, Choi (2020). PIQA: Reasoning about Physical Commonsense in Natural Language. AAAI.",
    derivation=(
        "A seeded random sample of the validation questions (the test split has no public labels). "
        "Goal and both solutions are verbatim; `gold` is the line-aligned label (0 = sol1, 1 = sol2). "
        "`id` is the 0-based line number in valid.jsonl."
    ),
)

HELLASWAG = Origin(
    dataset="hellaswag",
    repo="klosax/hellaswag_text_data (derived from rowanz/hellaswag data/hellaswag_val.jsonl)",
    commit="1105d370f8340eac3c63a91fd1fa58e8999f9505",
    files="hellaswag_val_full.txt.bz2",
    license="MIT",
    credit="Zellers, Holtzman, Bisk, Farhadi, Choi (2019). HellaSwag: Can a Machine Really Finish Your Sentence? ACL. Copyright (c) 2019 Rowan Zellers.",
    derivation=(
        "A seeded random sample of the validation items, in lm-eval's hellaswag form: the query is "
        '"<activity label>: <ctx_a> <ctx_b capitalized>" (ctx_b, the start of the sentence to complete, is '
        "the lower-case fragment after the context's last full stop in ActivityNet items and empty in WikiHow "
        'items), and query and endings get its preprocess (WikiHow "[title]" markers become ". ", other '
        "[bracketed] artifacts are removed, double spaces collapsed); labels unchanged. `id` is the 0-based "
        "item number in the file."
    ),
    license_files=("LICENSE.rowanz-hellaswag.upstream",),
)


def build_piqa(shared: Path, n: int, seed: int) -> list[Item]:
    folder = shared / PIQA.dataset
    goals = (folder / "valid.jsonl").read_text(encoding="utf-8").splitlines()
    labels = (folder / "valid-labels.lst").read_text(encoding="utf-8").split()
    if len(goals) != len(labels):
        raise ValueError(f"{folder}: {len(goals)} questions but {len(labels)} labels")
    picked = rng(seed, "piqa").sample(range(len(goals)), n)
    items = []
    for i in picked:
        row = json.loads(goals[i])
        items.append(
            {"id": str(i), "goal": row["goal"], "choices": [row["sol1"], row["sol2"]], "gold": int(labels[i])}
        )
    return items


def _clean(text: str) -> str:
    """lm-eval's hellaswag `preprocess`, verbatim: WikiHow's " [title]" becomes ". ", other [bracketed]
    artifacts go, one round of double spaces is collapsed."""
    text = text.strip().replace(" [title]", ". ")
    text = re.sub(r"\[.*?\]", "", text)
    return text.replace("  ", " ")


_CTX_B = re.compile(r"^(.*[.!?]) ([a-z][^.!?]*)$", re.DOTALL)


def _query(line: str) -> str:
    """lm-eval's query, `preprocess(activity_label + ": " + ctx_a + " " + ctx_b.capitalize())`, from the
    file's "<activity_label>: <ctx_a> <ctx_b>". ActivityNet items (no [bracket] markers) end in ctx_b, the
    lower-case start of the sentence to complete ("the lady"), after ctx_a's last full stop; WikiHow items
    have an empty ctx_b, so their line is already lm-eval's text."""
    label, _, ctx = line.partition(": ")
    if "[" not in ctx and (m := _CTX_B.match(ctx)):
        ctx = f"{m.group(1)} {m.group(2).capitalize()}"
    return _clean(f"{label}: {ctx}")


def build_hellaswag(shared: Path, n: int, seed: int) -> list[Item]:
    path = shared / HELLASWAG.dataset / "hellaswag_val_full.txt.bz2"
    with bz2.open(path, "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    # Six lines per item: "<activity>: <context>", the gold index, then four endings.
    n_items = len(lines) // 6
    picked = rng(seed, "hellaswag").sample(range(n_items), n)
    items = []
    for i in picked:
        ctx, label, *endings = lines[6 * i : 6 * i + 6]
        items.append(
            {"id": str(i), "query": _query(ctx), "choices": [_clean(e) for e in endings], "gold": int(label)}
        )
    return items


BOOLQ = Origin(
    dataset="boolq",
    repo="frankxwang/probing-experiments (copy of google-research-datasets/boolean-questions dev.jsonl)",
    commit="b7eb5a9f55e266503b18778bd3b9c1c6b314aea1",
    files="dev.jsonl",
    license="CC-BY-SA-3.0",
    credit="Clark, Lee, Chang, Kwiatkowski, Collins, Toutanova (2019). BoolQ: Exploring the Surprising "
    "Difficulty of Natural Yes/No Questions. NAACL. Dataset by Google.",
    derivation=(
        "A seeded random sample of the dev questions (the test split has no public labels), half answered "
        "true and half false. Passage and "
        "question are verbatim (whitespace collapsed); `gold` is 1 for answer true, 0 for false (choices "
        "no, yes, as lm-eval's boolq). `id` is the 0-based line number in dev.jsonl. Shared alike: these "
        "items are licensed CC-BY-SA-3.0."
    ),
)


def boolq_rows(shared: Path) -> list[dict]:
    path = shared / BOOLQ.dataset / "dev.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: source data not found (is --shared pointing at ../shared/data?)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def balanced_boolq(rows: list[dict], n: int, r: random.Random) -> list[int]:
    """Row numbers of `n` questions, half answered yes and half no (BoolQ's dev set is 62% yes, so a
    constant "yes" would score well above chance), in seeded random order."""
    by_answer = {a: [i for i, row in enumerate(rows) if bool(row["answer"]) is a] for a in (False, True)}
    picked = [i for a in (False, True) for i in r.sample(by_answer[a], n // 2)]
    r.shuffle(picked)
    return picked


def build_boolq(shared: Path, n: int, seed: int) -> list[Item]:
    rows = boolq_rows(shared)
    picked = balanced_boolq(rows, n, rng(seed, "boolq"))
    return [
        {
            "id": str(i),
            "passage": squash(rows[i]["passage"]),
            "question": squash(rows[i]["question"]),
            "gold": int(bool(rows[i]["answer"])),
        }
        for i in picked
    ]


MMLU_GENERAL = mmlu.origin(
    "every subject outside the domain slices (" + ", ".join(mmlu.DOMAIN_SUBJECTS) + ")"
)


def build_mmlu(shared: Path, n: int, seed: int) -> list[Item]:
    subjects = [s for s in mmlu.all_subjects(shared) if s not in mmlu.DOMAIN_SUBJECTS]
    return mmlu.sample(shared, subjects, n, seed, "mmlu")


TASKS = (
    TaskBuilder("piqa", PIQA, build_piqa),
    TaskBuilder("hellaswag", HELLASWAG, build_hellaswag),
    TaskBuilder("boolq", BOOLQ, build_boolq),
    TaskBuilder("mmlu", MMLU_GENERAL, build_mmlu),
)
