"""The fifth holdout PII set (tools/pii_holdout5_set.py): reproducible to the byte, every span holds a value
valid by its own rules (checked here without the generator's help), must-keep values sit outside every span,
none of its families is borrowed from the other splits, and the benchmark offers it without tuning on it."""

import hashlib
import ipaddress
import json
import random
import re
from collections import Counter
from datetime import date

import phonenumbers
import pytest

from tests.pii_splits import benchmark_source, families_in, imported_modules, tuning_splits
from tools.pii_holdout5_set import FAMILIES, OUT, US_ONLY, Doc, K, P, build, document, problems, write
from tools.pii_holdout5_values import LOCALES

SHA256 = "490ba55c0ae6f7d4744dc8846b7bae85cb3840e3de0d1be1d1e0385f324079f7"
TYPES = {
    "PERSON", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "EMAIL_ADDRESS", "US_SSN", "IP_ADDRESS",
    "STREET_ADDRESS", "SWIFT_CODE", "DRIVER_LICENSE", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER",
}  # fmt: skip
HARD = (
    "PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "SWIFT_CODE", "DRIVER_LICENSE",
    "PHONE_NUMBER",
)  # fmt: skip
# Lengths straight from the SWIFT IBAN registry, not from the generator's table.
IBAN_LENGTHS = {
    "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BY": 28, "CH": 21, "CY": 28,
    "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22,
    "GE": 22, "GL": 18, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IQ": 23, "IS": 26, "IT": 27, "JO": 30,
    "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MK": 19, "MT": 31, "NL": 18, "NO": 15,
    "PL": 28, "PS": 29, "PT": 25, "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24,
    "TL": 23, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip
MONTHS = {
    **{m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    # Latvian (locative), Lithuanian (genitive), Estonian, Turkish, Icelandic, Catalan, Uzbek (Latin).
    "janvārī": 1, "februārī": 2, "martā": 3, "aprīlī": 4, "maijā": 5, "jūnijā": 6, "jūlijā": 7, "augustā": 8,
    "septembrī": 9, "oktobrī": 10, "novembrī": 11, "decembrī": 12,
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6, "liepos": 7,
    "rugpjūčio": 8, "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12,
    "jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "mai": 5, "juuni": 6, "juuli": 7, "oktoober": 10,
    "detsember": 12, "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    "janúar": 1, "febrúar": 2, "mars": 3, "apríl": 4, "maí": 5, "júní": 6, "júlí": 7, "ágúst": 8,
    "október": 10, "nóvember": 11, "desember": 12,
    "gener": 1, "febrer": 2, "març": 3, "abril": 4, "maig": 5, "juny": 6, "juliol": 7, "agost": 8,
    "setembre": 9, "octubre": 10, "novembre": 11, "desembre": 12,
    "yanvar": 1, "fevral": 2, "aprel": 4, "iyun": 6, "iyul": 7, "avgust": 8, "sentyabr": 9, "oktyabr": 10,
    "noyabr": 11, "dekabr": 12,
}  # fmt: skip
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return build()


def spans(rows: list[dict], kind: str) -> list[tuple[dict, str]]:
    return [(r, r["text"][p["start"] : p["end"]]) for r in rows for p in r["pii"] if p["type"] == kind]


def luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def month(word: str) -> int:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTHS[word[:3]]


def two_digit_year(yy: str) -> int:
    return 1900 + int(yy) if int(yy) > 7 else 2000 + int(yy)


def birth_date(text: str, us: bool) -> date:
    """The date `text` writes, read without the generator's help; a weekday written with it must agree."""
    weekday = None
    if (m := re.match(r"([A-Z][a-z]+),? ", text)) and m[1].lower()[:3] in {w[:3] for w in WEEKDAYS}:
        weekday, text = m[1].lower()[:3], text[m.end() :]
    born = _read(text, us)
    assert weekday is None or WEEKDAYS[born.weekday()][:3] == weekday, text
    return born


def _read(text: str, us: bool) -> date:
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T00:00:00)?", text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2})", text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d\d)", text):
        a, b = int(m[1]), int(m[3])
        y = int(m[4]) if len(m[4]) == 4 else two_digit_year(m[4])
        return date(y, a, b) if us else date(y, b, a)
    if m := re.fullmatch(r"(\d{1,2})\.? (\w+) (\d{4})", text):
        return date(int(m[3]), month(m[2]), int(m[1]))
    if m := re.fullmatch(r"([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})", text):
        return date(int(m[3]), month(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})\. gada (\d{1,2})\. (\w+)", text):
        return date(int(m[1]), month(m[3]), int(m[2]))
    if m := re.fullmatch(r"(\d{4}) m\. (\w+) (\d{1,2}) d\.", text):
        return date(int(m[1]), month(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2}) (?:de |d’)(\w+) de (\d{4})", text):
        return date(int(m[3]), month(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{4})-yil (\d{1,2})-(\w+)", text):
        return date(int(m[1]), month(m[3]), int(m[2]))
    raise AssertionError(f"unreadable date {text!r}")


def test_the_same_seed_writes_the_same_bytes_and_another_seed_does_not(tmp_path):
    first = write(build(60), tmp_path / "a.jsonl")
    assert write(build(60), tmp_path / "b.jsonl") == first
    assert write(build(60, seed=7), tmp_path / "c.jsonl") != first


def test_the_shipped_file_is_what_the_generator_writes_and_its_hash_is_pinned(tmp_path, rows):
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    assert digest == SHA256
    assert write(rows, tmp_path / "holdout5.jsonl") == digest


def test_schema_families_and_locales(rows):
    assert len(rows) == 600 and len(FAMILIES) >= 20
    for i, row in enumerate(rows):
        assert list(row) == ["id", "split", "family", "locale", "text", "pii", "keep"]
        assert row["id"] == f"holdout5-{i:04d}" and row["split"] == "holdout5" and row["locale"] in LOCALES
        assert all(set(p) == {"type", "start", "end"} and p["type"] in TYPES for p in row["pii"])
        assert all(set(k) == {"type", "value"} for k in row["keep"])
        if row["family"] in US_ONLY:
            assert LOCALES[row["locale"]].country == "US", row["id"]
    per_family = Counter(r["family"] for r in rows)
    assert set(per_family) == {f.__name__ for f in FAMILIES} and set(US_ONLY) <= set(per_family)
    assert set(per_family.values()) <= {600 // len(FAMILIES), 600 // len(FAMILIES) + 1}
    locales = Counter(r["locale"] for r in rows)
    countries = {LOCALES[loc].country for loc in locales}
    assert len(locales) >= 30 and len(countries) >= 27, locales
    # The US-only family aside, no locale dominates.
    assert max(n for loc, n in locales.items() if loc != "en-US") < 40, locales


def test_counts_per_entity_type_and_plenty_of_must_keep_values(rows):
    counts = Counter(p["type"] for r in rows for p in r["pii"])
    assert counts.keys() == TYPES
    assert all(counts[t] >= 60 for t in TYPES), counts
    assert all(counts[t] >= 150 for t in HARD), counts
    keep = Counter(k["type"] for r in rows for k in r["keep"])
    assert sum(keep.values()) > sum(counts.values()) and len(keep) >= 30, keep
    assert all(r["keep"] for r in rows)


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.__name__)
def test_each_span_holds_the_value_inserted_there(family):
    for i, locale in enumerate(LOCALES):
        if family.__name__ in US_ONLY and LOCALES[locale].country != "US":
            continue
        doc = document(family, locale, random.Random(i))
        assert [doc.text[p["start"] : p["end"]] for p in doc.pii] == doc.inserted, (family.__name__, locale)


def test_spans_are_non_empty_unpadded_disjoint_and_must_keep_values_occur_outside_them(rows):
    for row in rows:
        text = row["text"]
        assert all(0 <= p["start"] < p["end"] <= len(text) for p in row["pii"]), row["id"]
        assert all(text[p["start"] : p["end"]].strip() for p in row["pii"]), row["id"]
        assert all(k["value"] and k["value"] in text for k in row["keep"]), row["id"]
        doc = Doc(parts=[text], pii=row["pii"], keep=row["keep"], size=len(text))
        assert problems(doc) == [], row["id"]


def test_a_must_keep_value_inside_a_personal_value_is_reported():
    doc = Doc().add("Invoice ", K("REFERENCE", "5512"), " card ", P("CREDIT_CARD", "4000 5512 1111 2222"))
    assert problems(doc) == ["must-keep '5512' overlaps a personal value"]
    assert problems(Doc().add(P("PERSON", "Aija "))) == ["empty or padded span 'Aija '"]
    unplanted = Doc(parts=["Aija"], keep=[{"type": "CITY", "value": "Riga"}], size=4)
    assert problems(unplanted) == ["must-keep 'Riga' missing"]


def test_cards_pass_luhn_at_12_to_19_digits_in_many_groupings(rows):
    cards = [c for _, c in spans(rows, "CREDIT_CARD")]
    for card in cards:
        digits = re.sub(r"[ \u202f\u2013-]", "", card)
        assert digits.isdigit() and 12 <= len(digits) <= 19 and luhn(digits), card
    assert {len(re.sub(r"\D", "", c)) for c in cards} >= {12, 13, 14, 15, 16, 17, 18, 19}
    assert {re.search(r"\D", c)[0] if re.search(r"\D", c) else "" for c in cards} == {
        "",
        " ",
        "-",
        "\u202f",
        "\u2013",
    }
    groupings = {tuple(len(g) for g in re.split(r"\D", c)) for c in cards if re.search(r"\D", c)}
    assert {(4, 6, 5), (6, 13), (8, 8), (4, 3, 3, 3)} & groupings and len(groupings) >= 10, groupings
    assert len({c[:2] for c in cards}) >= 15


def test_ibans_pass_mod_97_at_their_registry_length(rows):
    ibans = [i for _, i in spans(rows, "IBAN_CODE")]
    for iban in ibans:
        compact = re.sub(r"[ \u202f]", "", iban)
        assert re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", compact), iban
        assert mod97(compact[4:] + compact[:4]) == 1, iban
        assert len(compact) == IBAN_LENGTHS[compact[:2]], iban
    assert len({i[:2] for i in ibans}) >= 40
    shapes = {
        "compact" if " " not in i and "\u202f" not in i else "nnbsp" if "\u202f" in i else "" for i in ibans
    }
    assert shapes == {"compact", "nnbsp", ""}
    assert any(re.fullmatch(r"[A-Z]{2} \d\d [A-Z0-9 ]+", i) for i in ibans)
    # Grouped by the national account's fields: some group is not four characters long before the last one.
    assert any(" " in i and {len(g) for g in i.split(" ")[:-1]} - {4} for i in ibans if i[2] != " ")


def test_phone_numbers_are_valid_for_phonenumbers_read_from_the_documents_country(rows):
    regions, forms = set(), set()
    for row, phone in spans(rows, "PHONE_NUMBER"):
        number = phonenumbers.parse(phone, LOCALES[row["locale"]].country)
        assert phonenumbers.is_valid_number(number), (row["id"], phone)
        regions.add(phonenumbers.region_code_for_number(number))
        main = re.split(r" ext\.? |, ext\. | int\. | anexo | доб\. ", phone)[0]
        if re.fullmatch(r"\+\d+", main):
            forms.add("e164")
        elif re.fullmatch(r"\+\d+\.\d+", main):
            forms.add("whois")
        elif re.fullmatch(r"\+\d+(?:-\d+)+", main):
            forms.add("rfc3966")
        elif main.startswith("00 "):
            forms.add("00")
        elif main.startswith("+"):
            forms.add("+")
        else:
            forms.add("national")
        forms.add("ext" if number.extension else "")
    assert len(regions) >= 45 and forms == {"e164", "whois", "rfc3966", "00", "+", "national", "ext", ""}, (
        forms
    )


def test_the_other_identifiers_follow_their_formats(rows):
    for _, ssn in spans(rows, "US_SSN"):
        area, group, serial = re.fullmatch(r"(\d{3})([-\u2013 ]?)(\d{2})\2(\d{4})", ssn).group(1, 3, 4)
        assert area not in ("000", "666") and area < "900" and group != "00" and serial != "0000", ssn
    bics = [b for _, b in spans(rows, "SWIFT_CODE")]
    for bic in bics:
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z2-9][A-NP-Z0-9](?:[A-Z0-9]{3})?", bic), bic
    assert {len(b) for b in bics} == {8, 11} and any(b.endswith("XXX") for b in bics)
    ips = [ipaddress.ip_address(ip) for _, ip in spans(rows, "IP_ADDRESS")]
    assert {ip.version for ip in ips} == {4, 6} and all(ip.is_global for ip in ips if ip.version == 4)
    sixes = [ip for _, ip in spans(rows, "IP_ADDRESS") if ":" in ip]
    assert any("::" in ip for ip in sixes) and any(len(ip) == 39 for ip in sixes)
    for _, email in spans(rows, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", email), email
    for kind in ("DRIVER_LICENSE", "MEDICAL_RECORD_NUMBER"):
        values = [value for _, value in spans(rows, kind)]
        for value in values:
            assert (
                re.fullmatch(r"[A-Z0-9](?:[A-Z0-9 ./-]*[A-Z0-9])?", value)
                and sum(c.isdigit() for c in value) >= (3 if kind == "DRIVER_LICENSE" else 5)  # WDL... has 3
            ), value
        assert len({re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", v)) for v in values}) >= 10, kind
    for _, street in spans(rows, "STREET_ADDRESS"):
        assert re.search(r"\d", street) and re.search(r"[^\W\d_]{2}", street), street
        assert not re.search(r"\b(?:APO|FPO|PO Box|P\.O\.)\b", street), street
    names = [name for _, name in spans(rows, "PERSON")]
    for name in names:
        assert name == name.strip() and not re.search(r"[\d@:/<>\"|\t\n]", name), name
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 30
    assert sum(bool(re.search(r"\b[A-Z][A-Za-z]*-[A-Z]", n)) for n in names) >= 30  # double surnames
    assert sum(bool(re.search(r"\b[A-Z]\.", n)) for n in names) >= 30  # initials
    assert sum(bool(re.fullmatch(r"[A-ZÀ-Þ' -]{2,}, \S.*", n)) for n in names) >= 20  # "SURNAME, Given"
    assert sum(not n.isascii() for n in names) >= 300


def test_dates_of_birth_are_real_dates_of_people_alive_now_in_many_formats(rows):
    births = spans(rows, "DATE_OF_BIRTH")
    for row, text in births:
        born = birth_date(text, LOCALES[row["locale"]].country == "US")
        assert 1930 <= born.year <= 2021, text  # children's, in support orders, from 2009 on
    assert len({re.sub(r"[^\W\d_]+", "a", re.sub(r"\d", "9", t)) for _, t in births}) >= 15


def test_check_digits_of_the_must_keep_lookalikes_are_valid(rows):
    keep = [k for r in rows for k in r["keep"]]
    by = {
        t: [k["value"] for k in keep if k["type"] == t]
        for t in ("ISIN", "CUSIP", "LEI", "CREDITOR_ID", "CONTAINER")
    }
    assert all(len(values) >= 20 for values in by.values()), {t: len(v) for t, v in by.items()}
    assert all(luhn("".join(str(int(c, 36)) for c in isin)) for isin in by["ISIN"])
    for cusip in by["CUSIP"]:
        total = sum(
            (v // 10 + v % 10) for v in (int(c, 36) * (2 if i % 2 else 1) for i, c in enumerate(cusip[:8]))
        )
        assert (10 - total % 10) % 10 == int(cusip[8]), cusip
    assert all(len(lei) == 20 and mod97(lei) == 1 for lei in by["LEI"])
    for cid in by["CREDITOR_ID"]:  # the business code (ZZZ) is left out of the check
        assert cid[4:7] == "ZZZ" and mod97(cid[7:] + cid[:4]) == 1, cid
    letters = [v for v in range(10, 39) if v % 11]
    for box in by["CONTAINER"]:
        total = sum((letters[ord(c) - 65] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(box[:10]))
        assert total % 11 % 10 == int(box[10]), box


def test_no_family_name_is_shared_with_the_other_splits():
    others = families_in(
        "pii_intl_set.py",
        "pii_holdout_set.py",
        "pii_holdout2_set.py",
        "pii_holdout3_set.py",
        "pii_holdout4_set.py",
    )
    assert len(others) >= 125
    assert not others & {f.__name__ for f in FAMILIES}


def test_the_generator_reads_none_of_charters_recognizers_nor_the_other_sets():
    for path, module in imported_modules("pii_holdout5_*.py"):
        assert module.split(".")[0] not in {"governance", "domain", "benchmarks", "mimesis"}, (path, module)
        assert not module.startswith("tools.") or module.startswith("tools.pii_holdout5_"), (path, module)


def test_the_benchmark_offers_the_split_as_a_tuning_split_now():
    source = benchmark_source()
    assert '"holdout5"' in source
    # The splits --misses may write are those of DEV_SPLITS: holdout5, measured once, is one of them now.
    assert {
        "dev",
        "dev2",
        "test",
        "holdout",
        "holdout2",
        "holdout3",
        "holdout4",
        "holdout5",
    } <= tuning_splits()
    assert json.loads(OUT.read_text(encoding="utf-8").splitlines()[0])["split"] == "holdout5"
