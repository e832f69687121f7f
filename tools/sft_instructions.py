"""Builds the shipped instruction files from the training splits in ../shared/data (never the splits the
evaluation suites draw from): `python -m tools.sft_instructions --shared ../shared/data`.

One conversation per line: `{"id", "origin": {"dataset", "split", "id"}, "messages": [{"role", "content"}]}`.
`origin.id` is the upstream item id in the form the evaluation items use, so disjointness is checked by id
as well as by text. Builders are pure functions of the files and the seed. Contexts are cut short: the
embedded model has a 256-token window, and the template, question and answer must fit in it.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from model.sft.decontaminate import EvalIndex
from tools.eval_items import read_json, rng, squash
from tools.eval_items.finance import _paragraph_context, _table_context
from tools.eval_items.legal import _excerpt

Conversation = dict[str, Any]
MAX_CONTEXT_CHARS = 420
MAX_ANSWER_CHARS = 220
DEFAULT_SEED = 1234
ROOT = Path(__file__).resolve().parents[1]


def _sentences(text: str, limit: int) -> str:
    """Whole sentences from the start, up to `limit` characters (at least the first one, cut to words)."""
    out = ""
    for sentence in re.split(r"(?<=[.!?])\s+", squash(text)):
        if out and len(out) + 1 + len(sentence) > limit:
            break
        out = f"{out} {sentence}".strip()
    if len(out) > limit:
        out = out[:limit].rsplit(" ", 1)[0] + " ..."
    return out


def _conversation(cid: str, dataset: str, split: str, origin_id: str, user: str, answer: str) -> Conversation:
    return {
        "id": cid,
        "origin": {"dataset": dataset, "split": split, "id": origin_id},
        "messages": [{"role": "user", "content": user}, {"role": "assistant", "content": answer}],
    }


def pubmedqa(shared: Path, n: int, seed: int) -> list[Conversation]:
    """PQA-L questions outside the official test split, and outside the pretraining sample (which takes
    every second of them in PMID order): the other half."""
    folder = shared / "pubmedqa"
    questions = read_json(folder / "ori_pqal.json")
    test = set(read_json(folder / "test_ground_truth.json"))
    outside = sorted((p for p in questions if p not in test), key=int)
    pool = outside[1::2]
    out = []
    for pmid in rng(seed, "sft", "pubmedqa").sample(pool, min(n, len(pool))):
        q = questions[pmid]
        context = _sentences(" ".join(q["CONTEXTS"]), MAX_CONTEXT_CHARS)
        decision = q["final_decision"]
        answer = f"{decision.capitalize()}. {_sentences(q['LONG_ANSWER'], MAX_ANSWER_CHARS)}"
        user = f"{context}\n\nQuestion: {squash(q['QUESTION'])} Answer yes, no or maybe, then explain."
        out.append(_conversation(f"pubmedqa-{pmid}", "pubmedqa", "pqa-l outside test", pmid, user, answer))
    return out


NLI_ANSWERS = {
    "Entailment": "True: the excerpt supports the statement.",
    "Contradiction": "False: the excerpt contradicts the statement.",
    "NotMentioned": "Neither: the excerpt does not address the statement.",
}


def contractnli(shared: Path, n: int, seed: int) -> list[Conversation]:
    """ContractNLI dev split (the legal suite uses test.json): a hypothesis against its evidence excerpt;
    NotMentioned against another hypothesis' evidence, as the suite builds them."""
    data = read_json(shared / "contract-nli" / "dev.json")
    candidates = []
    for doc in data["documents"]:
        annotations = doc["annotation_sets"][0]["annotations"]
        evidence = {
            key: text
            for key, ann in sorted(annotations.items())
            if ann["spans"] and len(text := _excerpt(doc, ann["spans"])) <= MAX_CONTEXT_CHARS
        }
        for key, ann in sorted(annotations.items()):
            if ann["choice"] == "NotMentioned":
                if not evidence:
                    continue
                excerpt = evidence[
                    rng(seed, "sft", "contractnli", str(doc["id"]), key).choice(sorted(evidence))
                ]
            elif key in evidence:
                excerpt = evidence[key]
            else:
                continue
            origin = f"{doc['id']}/{key}"
            user = (
                f"Contract excerpt: {excerpt}\n\nStatement: {data['labels'][key]['hypothesis']}\n"
                "Is the statement true, false, or neither, given the excerpt?"
            )
            candidates.append(
                _conversation(
                    f"contractnli-{origin}", "contract-nli", "dev", origin, user, NLI_ANSWERS[ann["choice"]]
                )
            )
    return rng(seed, "sft", "contractnli").sample(candidates, min(n, len(candidates)))


def _locate(ctx: dict[str, Any], question: dict[str, Any], answer: str) -> str | None:
    """A short context holding the answer: its table row under the header rows, or the paragraph around it."""
    if question["answer_from"] in ("table", "table-text"):
        for i, row in enumerate(ctx["table"]["table"]):
            if any(squash(cell) == answer for cell in row):
                return _table_context(ctx["table"]["table"], i)
    for p in ctx["paragraphs"]:
        at = p["text"].find(answer)
        if at != -1:
            return _paragraph_context(p["text"], at, at + len(answer))
    return None


def tatqa(shared: Path, n: int, seed: int) -> list[Conversation]:
    """TAT-QA dev split (the finance suite uses the gold test set): extractive questions whose answer can be
    shown in one table row or one paragraph window."""
    contexts = read_json(shared / "tatqa" / "tatqa_dataset_dev.json")
    candidates = []
    for ctx in contexts:
        for q in ctx["questions"]:
            answers = [squash(str(a)) for a in q["answer"]] if q["answer_type"] == "span" else []
            if len(answers) != 1 or len(answers[0]) > MAX_ANSWER_CHARS or q["req_comparison"]:
                continue
            context = _locate(ctx, q, answers[0])
            if context is None or len(context) > 2 * MAX_CONTEXT_CHARS:
                continue
            user = f"{context}\n\nQuestion: {squash(q['question'])}"
            candidates.append(_conversation(f"tatqa-{q['uid']}", "tatqa", "dev", q["uid"], user, answers[0]))
    return rng(seed, "sft", "tatqa").sample(candidates, min(n, len(candidates)))


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t")


def legalbench(shared: Path, n: int, seed: int) -> list[Conversation]:
    """LegalBench few-shot train.tsv rows (the published tests are test.tsv, untouched), every task with
    a text and a label column, as a question naming the task and the answers it admits."""
    tasks = shared / "legalbench-early" / "tasks"
    candidates = []
    for task_dir in sorted(p for p in tasks.iterdir() if p.is_dir()):
        train = task_dir / "train.tsv"
        if not train.exists():
            continue
        rows = [r for r in _rows(train) if r.get("text") and r.get("label")]
        labels = sorted({r["label"] for r in rows} | {r["label"] for r in _rows(task_dir / "test.tsv")})
        if len(labels) > 8:
            continue
        task = task_dir.name.replace("_", " ")
        for i, row in enumerate(rows):
            text = squash(row["text"])
            if len(text) > MAX_CONTEXT_CHARS:
                continue
            user = f"Legal task: {task}.\n\n{text}\n\nAnswer with one of: {', '.join(labels)}."
            origin = f"{task_dir.name}/train/{i}"
            candidates.append(
                _conversation(f"legalbench-{origin}", "legalbench-early", "train", origin, user, row["label"])
            )
    return rng(seed, "sft", "legalbench").sample(candidates, min(n, len(candidates)))


@dataclass(frozen=True)
class Builder:
    path: str
    n: int
    build: Callable[[Path, int, int], list[Conversation]]
    credit: str
    """Dataset, authors, upstream repository and license, for ATTRIBUTION.md."""
    license_file: str | None = None
    """Upstream license text shipped beside the file where the license requires it (MIT)."""


BUILDERS = (
    Builder(
        "domain/medical/data/instructions/pubmedqa-train.jsonl",
        160,
        pubmedqa,
        "PubMedQA PQA-L (Jin, Dhingra, Liu, Cohen, Lu; EMNLP 2019), pubmedqa/pubmedqa commit 1cbae8e9, MIT License",
        "pubmedqa/LICENSE.upstream",
    ),
    Builder(
        "domain/legal/data/instructions/contractnli-dev.jsonl",
        160,
        contractnli,
        "ContractNLI v1 dev split (Koreeda, Manning; Findings of EMNLP 2021; Hitachi America, Ltd.), CC BY 4.0",
    ),
    Builder(
        "domain/legal/data/instructions/legalbench-train.jsonl",
        200,
        legalbench,
        "LegalBench early task data, train.tsv (Guha et al. 2023), HazyResearch/legalbench commit e47961c4, CC BY 4.0",
    ),
    Builder(
        "domain/finance/data/instructions/tatqa-dev.jsonl",
        200,
        tatqa,
        "TAT-QA dev split (Zhu et al., ACL 2021), NExTplusplus/TAT-QA commit 870accc4, CC BY 4.0",
    ),
)


def build_all(shared: Path, seed: int, root: Path = ROOT) -> dict[str, dict[str, int]]:
    """Writes every shipped file and each folder's ATTRIBUTION.md; conversations that share an id or a
    13-gram with an evaluation item are left out here (the sft-data stage checks again, against the held-out
    text too)."""
    index = EvalIndex.from_suites()
    summary = {}
    credits: dict[Path, list[str]] = {}
    for b in BUILDERS:
        built = b.build(shared, b.n, seed)
        clean = [c for c in built if index.contamination(c["origin"]["id"], c["messages"]) is None]
        path = root / b.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n" for c in clean))
        summary[b.path] = {"built": len(built), "shipped": len(clean), "bytes": path.stat().st_size}
        doc = (b.build.__doc__ or "").strip().replace("\n    ", " ")
        credits.setdefault(path.parent, []).append(
            f"- `{path.name}`: {len(clean)} conversations. {b.credit}. Changes were made: {doc}"
        )
        if b.license_file:
            (path.parent / "LICENSE").write_bytes((shared / b.license_file).read_bytes())
    for folder, lines in credits.items():
        (folder / "ATTRIBUTION.md").write_text(
            "# Instruction conversations\n\nBuilt by `python -m tools.sft_instructions` (seeded, deterministic) from "
            "training splits only; no item of eval_suites/ is among them (checked by id and by 13-gram).\n\n"
            + "\n".join(lines)
            + "\n"
        )
    return summary


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m tools.sft_instructions", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    print(json.dumps(build_all(args.shared, args.seed), indent=2))


if __name__ == "__main__":
    main()
