"""Medical samples: PubMedQA abstracts, MedQuAD consumer-health answers, and an ICD-10-CM term list."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

BLANK_RUNS = re.compile(r"\n{3,}")
TERM_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")
# Coding boilerplate and ordinary English that fill ICD-10-CM titles ("other specified ... of left lower").
ICD_FILLER_WORDS = """
    other unspecified specified classified elsewhere with without left right lower upper site sites multiple
    part parts level body external effect effects related following involving type from during first second
    third fourth complete partial including known condition conditions findings forms index large little
    small long great major minor middle ring except affected cause causes care specific high mixed onset
    changes combined period stable open back lesser
"""
ICD_FILLER = frozenset(ICD_FILLER_WORDS.split())
# Chapters V-Y are external causes (vehicles, falls, weapons) and Z is encounters: not clinical vocabulary.
NON_CLINICAL_CHAPTERS = tuple("VWXYZ")


def pubmedqa_abstracts(path: Path, exclude: set[str], stride: int) -> list[dict[str, str]]:
    """One record per PMID outside the official test split, every `stride`-th in PMID order.

    The text is the abstract rebuilt from its labelled sections plus LONG_ANSWER (its conclusion); the
    question is kept as the title only, so the shipped corpus never contains the benchmark's prompts.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    pmids = sorted((p for p in data if p not in exclude), key=int)[::stride]
    records = []
    for pmid in pmids:
        item = data[pmid]
        sections = [
            f"{label.title()}: {ctx.strip()}"
            for label, ctx in zip(item["LABELS"], item["CONTEXTS"], strict=True)
        ]
        sections.append(f"Conclusions: {item['LONG_ANSWER'].strip()}")
        records.append({"id": pmid, "title": item["QUESTION"].strip(), "text": "\n\n".join(sections)})
    return records


def tidy(text: str) -> str:
    """MedQuAD answers carry the HTML page's indentation; keep the words and paragraph breaks only."""
    lines = [line.strip() for line in text.strip().splitlines()]
    return BLANK_RUNS.sub("\n\n", "\n".join(lines))


def medquad_documents(folder: Path, collections: list[str], stride: int) -> list[dict[str, str]]:
    """Every `stride`-th XML document (sorted by collection and file name) that has answers; one record per
    document with each answer under its question. The id is `<collection>/<file stem>`."""
    files = [f for collection in sorted(collections) for f in sorted((folder / collection).glob("*.xml"))]
    records = []
    for path in files:
        root = ET.parse(path).getroot()
        pairs = [(q.findtext("Question") or "", q.findtext("Answer") or "") for q in root.iter("QAPair")]
        blocks = [f"{tidy(question)}\n\n{tidy(answer)}" for question, answer in pairs if answer.strip()]
        if blocks:
            focus = (root.findtext("Focus") or "").strip()
            records.append(
                {"id": f"{path.parent.name}/{path.stem}", "title": focus, "text": "\n\n".join(blocks)}
            )
    return records[::stride]


def icd10_terms(path: Path, count: int, min_length: int) -> list[str]:
    """The `count` words found in the most ICD-10-CM categories (ties alphabetical), filler removed.

    Counted once per three-character category, not per code, so the laterality and encounter variants
    of one injury do not outvote whole disease chapters. Yields words the tokenizer should keep whole:
    'neoplasm', 'hemorrhage', 'laceration'.
    """
    categories: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as f:
        for code, title in csv.reader(f):
            if not code.startswith(NON_CLINICAL_CHAPTERS):
                for word in TERM_WORD.findall(title):
                    categories[word.lower()].add(code[:3])
    words = [w for w in categories if len(w) >= min_length and w not in ICD_FILLER]
    return sorted(words, key=lambda w: (-len(categories[w]), w))[:count]
