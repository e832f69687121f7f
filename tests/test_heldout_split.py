"""Held-out text that is held out: template families split whole, an overlap guard, per-source sampling."""

from __future__ import annotations

import json
import random
from collections import defaultdict

import pyarrow.parquet as pq
import pytest
from datatrove.data import Document

from core import store
from core.config import MixParams
from core.packs import PACKS_ROOT
from corpus.mix import ngrams, run_mix, split_heldout, template_families
from governance.pii.placeholders import renumber_by_appearance
from tools.packs.private import SETS

WORDS = (
    "river stone market winter ledger harbor signal garden copper lantern meadow engine orchard velvet canyon "
    "thunder pepper marble island falcon quarry saddle timber violet anchor basket candle dragon ember forest "
    "glacier hammer insect jacket kettle ladder mirror needle oyster pillow quilt rocket shovel tunnel umbrella"
).split()
FAMILIES = {
    # Three house styles of one templated source: every sentence differs between styles, the blanks vary.
    "memo": [
        "This memorandum records the onboarding of {a} who reached the {b} office after a referral from an "
        "existing client and asked the firm to manage assets held at two other institutions for the family.",
        "Identity was verified in person against a state issued document and the residential address on file "
        "matches the application form that {c} signed at the first meeting in the presence of the advisor.",
        "Funding will arrive by wire from the checking account and the remaining positions will move by "
        "transfer in kind next month once the client has signed the transfer forms sent by {d} operations.",
    ],
    "letter": [
        "Dear {a} thank you for choosing our private banking service for your household and for the trust "
        "you have placed in our team at the {b} branch over the many years of your relationship with us.",
        "Please find enclosed the account agreement and the fee schedule which describe how we charge for "
        "advice and for custody and how you may close the account at any time by writing to {c} directly.",
        "We look forward to meeting you again in the spring to review the allocation and to discuss the "
        "estate planning questions you raised with {d} during the call about the trust for your children.",
    ],
    "form": [
        "Account opening summary prepared for compliance review covering the customer identification steps "
        "completed for {a} and the screening results returned by the sanctions list check at {b} today.",
        "Risk rating assigned as medium owing to the size of the incoming transfer and standard monitoring "
        "applies for the first twelve months after which the desk of {c} will reassess the rating once.",
        "Source of wealth documented by the closing statement of the business sale and by two years of tax "
        "returns supplied by the client and reviewed and filed in the central records system by {d}.",
    ],
}


def _fill(template: str, r: random.Random) -> str:
    return template.format(**{k: " ".join(r.sample(WORDS, 2)) for k in "abcd"})


def _templated(n: int) -> list[Document]:
    docs = []
    for i in range(n):
        r = random.Random(i)
        family = sorted(FAMILIES)[i % 3]
        text = " ".join(_fill(t, r) for t in FAMILIES[family])
        docs.append(
            Document(
                text, f"memos/{i:03d}", metadata={"source": "memos", "domain": "finance", "family": family}
            )
        )
    return docs


def _natural(source: str, domain: str, n: int, start: int = 0) -> list[Document]:
    return [
        Document(
            " ".join(random.Random(f"{source}{i}").choices(WORDS, k=120)),
            f"{source}/{i:03d}",
            metadata={"source": source, "domain": domain},
        )
        for i in range(start, start + n)
    ]


def _corpus() -> list[Document]:
    return _templated(60) + _natural("filings", "finance", 40) + _natural("wiki", "general", 50)


def _overlap(doc: Document, training: list[Document], n: int = 13) -> float:
    mine = ngrams(doc.text, n)
    seen = set().union(*(ngrams(t.text, n) for t in training))
    return len(mine & seen) / len(mine) if mine else 0.0


def test_template_families_are_found_from_the_text():
    docs = _templated(30) + _natural("memos", "finance", 5, start=100)
    grams = {d.id: ngrams(d.text, 13) for d in docs}
    families = template_families(docs, grams, 0.2)
    found = sorted(sorted(d.metadata.get("family", d.id) for d in f) for f in families)
    assert found == sorted([["form"] * 10, ["letter"] * 10, ["memo"] * 10] + [[d.id] for d in docs[30:]])


def test_a_template_family_is_held_out_whole_and_no_held_out_document_is_a_near_copy():
    docs = _corpus()
    split = split_heldout(docs, MixParams(heldout_fraction=0.05, heldout_min_documents=20), seed=7)
    held = {d.id for d in split.heldout}
    by_family = defaultdict(set)
    for d in docs:
        if "family" in d.metadata:
            by_family[d.metadata["family"]].add(d.id in held)
    assert all(len(sides) == 1 for sides in by_family.values())  # never split across train and held-out
    assert sum(True in sides for sides in by_family.values()) == 1  # one style of three held out
    for d in split.heldout:
        assert _overlap(d, split.train) <= 0.5, d.id
    # Per domain at least heldout_min_documents, and every source gives some, not the first ones in id order.
    assert sum(d.metadata["domain"] == "general" for d in split.heldout) >= 20
    assert {d.metadata["source"] for d in split.heldout} == {"memos", "filings", "wiki"}
    wiki = sorted(d.id for d in split.heldout if d.metadata["source"] == "wiki")
    assert wiki != [f"wiki/{i:03d}" for i in range(len(wiki))]
    again = split_heldout(
        list(reversed(docs)), MixParams(heldout_fraction=0.05, heldout_min_documents=20), seed=7
    )
    assert sorted(d.id for d in again.heldout) == sorted(held)
    other = split_heldout(docs, MixParams(heldout_fraction=0.05, heldout_min_documents=20), seed=8)
    assert sorted(d.id for d in other.heldout) != sorted(held)


def test_a_source_of_one_template_family_gives_no_held_out_text():
    docs = [d for d in _templated(30) if d.metadata["family"] == "memo"] + _natural("wiki", "general", 10)
    split = split_heldout(docs, MixParams(heldout_min_documents=5), seed=1)
    assert not any(d.metadata["source"] == "memos" for d in split.heldout)
    assert sum(d.metadata["source"] == "wiki" for d in split.heldout) == 5  # at most half of a source


def test_a_held_out_near_copy_of_training_text_is_dropped_from_both_sides_and_recorded(tmp_path):
    # The same article filed under two sources: whichever copy is held out shares all its 13-grams with training.
    wiki = _natural("wiki", "general", 12)
    mirror = [
        Document(d.text + " mirrored", f"mirror/{i:03d}", metadata={"source": "mirror", "domain": "general"})
        for i, d in enumerate(wiki)
    ]
    docs = wiki + mirror
    split = split_heldout(docs, MixParams(heldout_fraction=0.3, heldout_min_documents=0), seed=3)
    assert split.dropped and all(share > 0.5 for share in split.dropped.values())
    assert not set(split.dropped) & {d.id for d in split.train + split.heldout}
    for d in split.heldout:
        assert _overlap(d, split.train) <= 0.5

    store.write_documents(docs, tmp_path / "scrub" / "docs")
    report = run_mix(
        MixParams(heldout_fraction=0.3, heldout_min_documents=0), 3, tmp_path / "scrub", tmp_path / "mix"
    )
    account = report["account"]
    assert account["in"] == len(docs) == account["kept"] + account["dropped"]
    assert account["dropped"] == len(split.dropped)
    ledger = pq.read_table(tmp_path / "mix" / "ledger.parquet").to_pylist()
    reasons = [r["reason"] for r in ledger if r["decision"] == "dropped"]
    assert reasons and all("13-grams with training text" in r for r in reasons)
    assert report["heldout"]["general"]["max_13gram_overlap"] <= 0.5
    sources = report["heldout"]["general"]["sources"]
    assert sum(s["dropped_for_overlap"] for s in sources.values()) == len(split.dropped)


@pytest.mark.parametrize("spec", SETS, ids=lambda s: s.name)
def test_the_generated_private_sources_split_into_the_families_they_were_written_from(spec):
    folder = PACKS_ROOT / spec.domain / "data" / "private"
    lines = (folder / f"{spec.name}.jsonl").read_text(encoding="utf-8").splitlines()
    manifest = json.loads((folder / f"{spec.name}.pii.json").read_text())["documents"]
    docs = []
    for record in lines[: spec.count]:
        row = json.loads(record)
        # As the scrubber leaves them: each planted value a typed placeholder, numbered in reading order.
        text = row["text"]
        for k, planted in enumerate(sorted(manifest[row["id"]]["pii"], key=lambda p: -len(p["value"])), 1):
            text = text.replace(planted["value"], f"<{planted['type']}_{k}>")
        text = renumber_by_appearance(text)
        docs.append(Document(text, row["id"], metadata={"source": spec.name, "domain": spec.domain}))
    grams = {d.id: ngrams(d.text, 13) for d in docs}
    found = sorted(
        sorted(manifest[d.id]["template_family"] for d in f) for f in template_families(docs, grams, 0.2)
    )
    declared = defaultdict(list)
    for d in docs:
        declared[manifest[d.id]["template_family"]].append(manifest[d.id]["template_family"])
    assert len(declared) >= 3
    assert found == sorted(declared.values())
