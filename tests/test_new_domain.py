"""A fifth domain, added as a user adds one: a folder `domain/insurance/` (pack.yaml, term list, recognizer
module, its data) and one `sources.yaml` entry, in a copy of the repository. No code and no dvc.yaml entry
changes (params only make the run small). `dvc repro` then carries the new domain through scrubbing (its own recognizer), the
mixture, the tokenizer's fertility report, bits per byte and the report.

The copy runs its own code (`run` sets PYTHONPATH), so the packs it finds are the copy's. Sources are cut down further
than the end-to-end test's and instruction tuning is off: this test is about the domain, not the stages.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from core.packs import fallback_color
from tests.conftest import REPO
from tests.test_end_to_end import TRACKED, init_and_repro, shrink_sources, tiny_params

pytestmark = pytest.mark.slow

NEW = "insurance"
RECORDS_PER_SOURCE = 12
CLAIM_LETTERS = 36

PACK_YAML = f"""\
name: {NEW}
description: Claim correspondence of health and disability insurance.
terms_file: terms.txt
eval_suites: []
pii_context_words: [claimant, insured, policyholder, member]
pii_module: recognizers
pii_recognizers: [MemberIdRecognizer]
"""
TERMS = [
    "deductible",
    "coinsurance",
    "copayment",
    "subrogation",
    "underwriting",
    "policyholder",
    "claimant",
    "adjuster",
    "premium",
    "endorsement",
    "rider",
    "exclusion",
    "indemnity",
    "reinsurance",
    "actuarial",
]
# What a pack's recognizer module may import of Charter: the recognizer base, nothing else.
RECOGNIZERS = '''\
"""Insurance PII: member ids after the policy and member labels of claim letters."""

from presidio_analyzer import Pattern

from governance.pii.base import ContextGatedRecognizer


class MemberIdRecognizer(ContextGatedRecognizer):
    def __init__(self, context=()):
        super().__init__(
            "HEALTH_PLAN_ID",
            [Pattern("member id", r"(?<![\\w-])[A-Z]{3}-\\d{4}-\\d{4}(?![\\w-])", 0.6)],
            context=["member id", "policy number", "certificate", *context],
            window=30,
        )
'''

FIRST = "Amara Bogdan Chiara Dmitri Esther Farid Greta Hiroshi Ingrid Joaquin Keira Lucian Mireille".split()
LAST = "Okafor Lindqvist Marchetti Petrov Haddad Nakamura Brennan Alvarez Kowalski Osei Delacroix".split()
COVER = [
    "short-term disability",
    "long-term disability",
    "dental",
    "vision",
    "group health",
    "critical illness",
]
EVENTS = [
    "a knee replacement at the regional hospital",
    "physical therapy after a cycling accident",
    "an emergency appendectomy while travelling",
    "a course of chemotherapy at the cancer centre",
    "two crowns and a root canal treatment",
    "a sleep study and the equipment prescribed after it",
    "a stay in the cardiac unit following chest pain",
    "outpatient surgery on a fractured wrist",
    "six weeks away from work after a back injury",
    "replacement lenses after an eye examination",
]
SENTENCES = [
    "We received your claim for {event} on {date}, and an adjuster has been assigned to review it.",
    "Your {cover} plan pays {pct} percent of covered charges once the annual deductible of ${amount} is met.",
    "Please send the itemised bill and the physician statement so that we can complete the assessment.",
    "The coinsurance you owe for this visit is ${amount}, which will appear on your next statement.",
    "Because the provider is outside the network, the allowed amount is lower than the billed charges.",
    "Our records show that {first} is listed as a dependent under this {cover} coverage.",
    "A rider added in {year} extends the benefit period for conditions diagnosed after enrollment.",
    "The exclusion for pre-existing conditions does not apply, since the waiting period ended in {year}.",
    "If you disagree with this decision, you may file an appeal within {days} days of this letter.",
    "Subrogation may apply if another party was responsible for the injury, and we may contact you.",
    "The premium for the coming year rises by {pct} percent, reflecting the claims of the whole group.",
    "An independent reviewer found the treatment medically necessary, so the claim is approved in full.",
    "Benefits of ${amount} were paid directly to the clinic on {date}, less the copayment you made.",
    "Underwriting asked for a short medical questionnaire before the endorsement can take effect.",
    "Your employer pays most of the premium, and the remainder is deducted from each paycheck.",
    "We reduced the payment because the charges for {event} exceeded the usual and customary rate.",
    "The indemnity benefit replaces {pct} percent of your weekly earnings while you cannot work.",
    "Reinsurance arrangements do not change what you are owed, and they are never billed to members.",
]


def claim_letters(n: int, seed: int = 7) -> tuple[list[dict], list[str]]:
    """`n` distinct claim letters (no template family: each draws its own sentences and values) and the
    member ids planted in them."""
    rng = random.Random(seed)
    letters, planted = [], []
    for i in range(n):
        member = f"{rng.choice(['INS', 'GRP', 'HLT'])}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        planted.append(member)
        values = {
            "event": rng.choice(EVENTS),
            "cover": rng.choice(COVER),
            "first": rng.choice(FIRST),
            "pct": rng.choice([50, 60, 70, 75, 80, 90]),
            "amount": f"{rng.randint(2, 90) * 25:,}",
            "date": f"{rng.choice(['March', 'April', 'June', 'September'])} {rng.randint(1, 28)}, 2024",
            "year": rng.randint(2015, 2023),
            "days": rng.choice([30, 60, 90, 180]),
        }
        body = [s.format(**values) for s in rng.sample(SENTENCES, 9)]
        text = (
            f"Dear {rng.choice(FIRST)} {rng.choice(LAST)},\n\n"
            f"This letter concerns claim {i + 1} under member ID {member}. "
            + " ".join(body[:5])
            + "\n\n"
            + " ".join(body[5:])
            + f"\n\nSincerely,\nClaims Services, {rng.choice(['Eastern', 'Central', 'Pacific'])} region"
        )
        letters.append({"id": f"claim-{i + 1:03d}", "text": text})
    return letters, planted


def add_insurance_pack(work: Path) -> list[str]:
    """The new domain: one folder, one registry entry. Returns the member ids planted in its letters."""
    pack = work / "domain" / NEW
    (pack / "data" / "claims").mkdir(parents=True)
    (pack / "pack.yaml").write_text(PACK_YAML)
    (pack / "terms.txt").write_text("".join(f"{t}\n" for t in TERMS))
    (pack / "recognizers.py").write_text(RECOGNIZERS)
    letters, planted = claim_letters(CLAIM_LETTERS)
    path = pack / "data" / "claims" / "claim-letters.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in letters))
    registry = yaml.safe_load((work / "sources.yaml").read_text())
    registry["sources"].append(
        {
            "id": f"{NEW}-claim-letters",
            "domain": NEW,
            "path": path.relative_to(work).as_posix(),
            "format": "jsonl",
            "license": "LicenseRef-Proprietary-Internal",
            "owner": "Claims Services",
            "sensitivity": "private",
            "id_field": "id",
        }
    )
    (work / "sources.yaml").write_text(yaml.safe_dump(registry, sort_keys=False))
    return planted


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory) -> tuple[Path, list[str]]:
    work = tmp_path_factory.mktemp("repo")
    for name in TRACKED:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, work / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(src, work / name)
    for name in ("sources.yaml", "instructions.yaml"):
        shutil.copy2(REPO / name, work / name)
        shrink_sources(work, name, RECORDS_PER_SOURCE)
    planted = add_insurance_pack(work)
    tiny_params(work)
    params = yaml.safe_load((work / "params.yaml").read_text())
    params["sft"]["enabled"] = False
    (work / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False))
    init_and_repro(work)
    return work, planted


def test_the_new_domain_is_scrubbed_with_its_own_recognizer(pipeline):
    work, planted = pipeline
    rows = [r for r in pq.read_table(work / "data/scrub/ledger.parquet").to_pylist() if r["domain"] == NEW]
    assert rows and all(json.loads(r["counts"]).get("HEALTH_PLAN_ID", 0) >= 1 for r in rows)
    texts = [
        doc["text"]
        for path in (work / "data/scrub/docs").glob("*.jsonl")
        for doc in map(json.loads, path.read_text().splitlines())
        if doc["metadata"]["domain"] == NEW
    ]
    assert len(texts) == len(rows) and not [m for m in planted if any(m in t for t in texts)]


def test_the_mixture_weighs_the_new_domain(pipeline):
    work, _ = pipeline
    mixture = json.loads((work / "data/mixture/mixture.json").read_text())
    (source,) = [s for s in mixture["sources"].values() if s["domain"] == NEW]
    assert source["weight"] > 0 and source["tokens"] > 0 and source["unique_tokens"] > 0
    assert mixture["tokens_by_domain"][NEW] > 0


def test_fertility_is_measured_on_the_new_domain_and_its_terms_checked(pipeline):
    work, _ = pipeline
    fertility = json.loads((work / "data/tokenizer/fertility.json").read_text())
    assert fertility["tokens_per_byte"][NEW] > 0 and fertility["general_only_tokens_per_byte"][NEW] > 0
    assert NEW in fertility["terms_le2"] and fertility["terms_check"]["passed"]
    details = json.loads((work / "data/tokenizer/fertility_details.json").read_text())
    assert details["by_vocab"][str(fertility["vocab_size"])]["terms"][NEW]["terms"] == len(TERMS)


def test_bits_per_byte_is_measured_on_the_new_domain(pipeline):
    work, _ = pipeline
    metrics = json.loads((work / "data/evaluate/metrics.json").read_text())
    assert metrics[NEW]["bits_per_byte"] > 0 and metrics[NEW]["heldout_docs"] > 0


def test_the_report_shows_the_new_domain_in_a_colour_of_its_own(pipeline):
    work, _ = pipeline
    report = json.loads((work / "data/report/report.json").read_text())
    assert NEW in report["mixture"]["domains"] and NEW in report["pii"]["by_domain"]
    assert report["evaluation"][NEW]["bits_per_byte"] > 0
    html = (work / "data/report/report.html").read_text()
    assert f'fill="{fallback_color(NEW)}"' in html
