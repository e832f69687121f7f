"""The holdout PII test set (tools/pii_holdout_set.py): reproducible to the byte, every span holds the value
written there, every identifier is valid by its own rules (checked here independently of the generator), and
nothing in it is borrowed from the international set it is meant to check."""

import ast
import hashlib
import ipaddress
import json
import random
import re
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest

from tools.pii_holdout_set import FAMILIES, OUT, Doc, K, P, build, document, problems, write
from tools.pii_holdout_values import LOCALES

ROOT = Path(__file__).resolve().parents[1]
# A few lengths straight from the IBAN registry, to check the generator's layout table against.
KNOWN_IBAN_LENGTHS = {
    "DE": 22,
    "GB": 22,
    "FR": 27,
    "NO": 15,
    "BE": 16,
    "MT": 31,
    "LC": 32,
    "BR": 29,
    "SA": 24,
}


@pytest.fixture(scope="module")
def holdout() -> list[dict]:
    """The set as the generator writes it now (the shipped file is checked to be the same bytes)."""
    return build()


def values(rows: list[dict], kind: str) -> list[tuple[dict, str]]:
    return [(r, r["text"][p["start"] : p["end"]]) for r in rows for p in r["pii"] if p["type"] == kind]


def luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def mod97(iban: str) -> int:
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(ord(c) - 55) if c.isalpha() else c for c in rearranged)) % 97


def test_the_same_seed_writes_the_same_bytes_and_another_seed_does_not(tmp_path):
    first = write(build(30), tmp_path / "a.jsonl")
    second = write(build(30), tmp_path / "b.jsonl")
    other = write(build(30, seed=7), tmp_path / "c.jsonl")
    assert first == second == hashlib.sha256((tmp_path / "a.jsonl").read_bytes()).hexdigest()
    assert other != first


def test_the_shipped_file_is_exactly_what_the_generator_writes(tmp_path, holdout):
    assert write(holdout, tmp_path / "holdout.jsonl") == hashlib.sha256(OUT.read_bytes()).hexdigest()
    shipped = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert len(shipped) == 600 and {r["split"] for r in shipped} == {"holdout"}
    assert Counter(r["family"] for r in shipped) == {f.__name__: 25 for f in FAMILIES}


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.__name__)
def test_each_span_holds_the_value_inserted_there(family):
    for i, locale in enumerate(sorted(LOCALES)):
        doc = document(family, locale, random.Random(i))
        assert [doc.text[p["start"] : p["end"]] for p in doc.pii] == doc.inserted, (family.__name__, locale)
        assert all(k["value"] in doc.text for k in doc.keep)


def test_spans_are_in_bounds_unpadded_disjoint_and_clear_of_must_keep_values(holdout):
    for row in holdout:
        doc = Doc(parts=[row["text"]], pii=row["pii"], keep=row["keep"], size=len(row["text"]))
        assert all(0 <= p["start"] < p["end"] <= len(row["text"]) for p in row["pii"]), row["id"]
        assert problems(doc) == [], row["id"]


def test_a_must_keep_value_inside_a_personal_value_is_reported():
    doc = Doc().add("Order ", K("REFERENCE", "2024"), " from ", P("PHONE_NUMBER", "+49 30 2024 5566"))
    assert problems(doc) == ["must-keep '2024' overlaps a personal value"]
    assert problems(Doc().add(P("PERSON", "Ana "), "x")) == ["empty or padded span 'Ana '"]


def test_every_card_number_passes_luhn_at_12_to_19_digits(holdout):
    cards = values(holdout, "CREDIT_CARD")
    assert len(cards) >= 60
    for _, card in cards:
        digits = re.sub(r"[ .-]", "", card)
        assert digits.isdigit() and 12 <= len(digits) <= 19 and luhn(digits), card
    assert {len(re.sub(r"\D", "", c)) for _, c in cards} >= {12, 15, 16, 19}


def test_every_iban_passes_mod_97_at_its_countrys_length(holdout):
    from tools.pii_holdout_values import IBAN_LENGTH

    assert {c: IBAN_LENGTH[c] for c in KNOWN_IBAN_LENGTHS} == KNOWN_IBAN_LENGTHS
    ibans = values(holdout, "IBAN_CODE")
    assert len(ibans) >= 80
    for _, iban in ibans:
        compact = iban.replace(" ", "")
        assert mod97(compact) == 1 and len(compact) == IBAN_LENGTH[compact[:2]], iban
    assert len({i.replace(" ", "")[:2] for _, i in ibans}) >= 30


def test_every_phone_number_is_valid_for_phonenumbers_read_from_its_documents_country(holdout):
    phones = values(holdout, "PHONE_NUMBER")
    regions = set()
    for row, phone in phones:
        number = phonenumbers.parse(phone, LOCALES[row["locale"]].country)
        assert phonenumbers.is_valid_number(number), (row["id"], phone)
        regions.add(phonenumbers.region_code_for_number(number))
    assert len(phones) >= 350 and len(regions) >= 40
    with_phone = sum(any(p["type"] == "PHONE_NUMBER" for p in r["pii"]) for r in holdout)
    assert 0.30 <= with_phone / len(holdout) <= 0.40
    texts = [p for _, p in phones]
    assert any(t.startswith("+") for t in texts) and any(t.startswith("00") for t in texts)
    assert any("(0)" in t for t in texts) and any("ext" in t or " x" in t for t in texts)


def test_the_other_identifiers_follow_their_formats(holdout):
    for _, ssn in values(holdout, "US_SSN"):
        area, group, serial = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", ssn).group(1, 3, 4)
        assert area not in ("000", "666") and area < "900" and group != "00" and serial != "0000", ssn
    for _, bic in values(holdout, "SWIFT_CODE"):
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z2-9][A-NP-Z0-9](?:[A-Z0-9]{3})?", bic), bic
    for _, ip in values(holdout, "IP_ADDRESS"):
        ipaddress.ip_address(ip)
    for _, email in values(holdout, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[A-Za-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", email), email
    counts = Counter(p["type"] for r in holdout for p in r["pii"])
    assert all(
        counts[kind] >= 40 for kind in ("US_SSN", "DRIVER_LICENSE", "MEDICAL_RECORD_NUMBER", "SWIFT_CODE")
    )


def test_no_family_name_is_shared_with_the_international_set():
    # Read from its source: importing that module would load the recognizers' package.
    tree = ast.parse((ROOT / "tools" / "pii_intl_set.py").read_text(encoding="utf-8"))
    (table,) = [
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "FAMILIES" for t in node.targets)
    ]
    intl = {n.id for n in ast.walk(table) if isinstance(n, ast.Name)}
    assert len(intl) >= 20
    assert not intl & {f.__name__ for f in FAMILIES}


def test_the_generator_reads_neither_faker_nor_charters_recognizers():
    for path in sorted((ROOT / "tools").glob("pii_holdout_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                continue
            for module in modules:
                assert module.split(".")[0] not in {"faker", "governance", "domain"}, (path.name, module)
                assert module != "tools.pii_intl_set", path.name
