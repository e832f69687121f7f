"""The seventh holdout PII set (tools/pii_holdout7_set.py): reproducible to the byte, every span holds a value
valid by its own rules (checked here without the generator's help), must-keep values sit outside every span,
person names come from the split's own hand-written lists, none of its families is borrowed from the other
splits, and the benchmark offers it as a held-back split, never a tuning one."""

import hashlib
import ipaddress
import json
import re
import unicodedata
from collections import Counter
from datetime import date

import phonenumbers
import pytest

from tests.pii_splits import benchmark_source, families_in, imported_modules, tuning_splits
from tools.pii_holdout7_set import FAMILIES, OUT, US_ONLY, Doc, K, P, build, problems, write
from tools.pii_holdout7_values import LOCALES, NAMES

SHA256 = "1caa2fd8c3f52434153aac63a93db38b4a810d76e8325c48c8328520264c2bca"
TYPES = {
    "PERSON", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "EMAIL_ADDRESS", "US_SSN", "IP_ADDRESS",
    "STREET_ADDRESS", "SWIFT_CODE", "DRIVER_LICENSE", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER",
}  # fmt: skip
# Lengths straight from the SWIFT IBAN registry, not from the generator's table.
IBAN_LENGTHS = {
    "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BE": 16, "BG": 22, "BR": 29, "CH": 21, "CY": 28, "DE": 22,
    "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GE": 22, "GR": 27, "HR": 21, "IE": 22,
    "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KZ": 20, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MD": 24,
    "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SA": 24, "SE": 24, "SI": 19, "TR": 26,
    "UA": 29,
}  # fmt: skip
# Month names as each language writes them, typed here rather than read from the generator.
MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
    "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    "maret": 3, "juni_": 6, "agustus": 8, "desember": 12,
}  # fmt: skip
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11,
         "XII": 12}  # fmt: skip


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
    word = word.lower()
    if word in MONTH_NAMES:
        return MONTH_NAMES[word]
    (number,) = {n for name, n in MONTH_NAMES.items() if name[:3] == word[:3]}
    return number


def birth_date(text: str, us: bool) -> date:
    """The date `text` writes, read without the generator's help."""
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{4})(\d\d)(\d\d)", text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{4})년 (\d{1,2})월 (\d{1,2})일", text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", text):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{1,2})\.([IVX]+)\.(\d{4})", text):
        return date(int(m[3]), ROMAN[m[2]], int(m[1]))
    if m := re.fullmatch(r"(\d{1,2})\.? (?:de )?(\w+)(?: de)? (\d{4})", text):
        return date(int(m[3]), month(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{1,2})-([A-Z]{3})-(\d{4})", text):
        return date(int(m[3]), month(m[2]), int(m[1]))
    if m := re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", text):
        return date(int(m[3]), month(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d\d)([./])(\d\d)\2(\d{4})", text):
        a, b = int(m[1]), int(m[3])
        return date(int(m[4]), a, b) if us and m[2] == "/" else date(int(m[4]), b, a)
    raise AssertionError(f"unreadable date {text!r}")


def test_the_same_seed_writes_the_same_bytes_and_another_seed_does_not(tmp_path):
    first = write(build(48), tmp_path / "a.jsonl")
    assert write(build(48), tmp_path / "b.jsonl") == first
    assert write(build(48, seed=7), tmp_path / "c.jsonl") != first


def test_the_shipped_file_is_what_the_generator_writes_and_its_hash_is_pinned(tmp_path, rows):
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    assert digest == SHA256
    assert write(rows, tmp_path / "holdout7.jsonl") == digest


def test_schema_families_and_locales(rows):
    assert len(rows) == 504 and len(FAMILIES) >= 20
    for i, row in enumerate(rows):
        assert list(row) == ["id", "split", "family", "locale", "text", "pii", "keep"]
        assert row["id"] == f"holdout7-{i:04d}" and row["split"] == "holdout7" and row["locale"] in LOCALES
        assert all(set(p) == {"type", "start", "end"} and p["type"] in TYPES for p in row["pii"])
        assert all(set(k) == {"type", "value"} for k in row["keep"])
        if row["family"] in US_ONLY:
            assert row["locale"] == "en-US", row["id"]
    per_family = Counter(r["family"] for r in rows)
    assert set(per_family) == {f.__name__ for f in FAMILIES}
    assert set(per_family.values()) == {504 // len(FAMILIES)}
    locales = Counter(r["locale"] for r in rows)
    assert len(locales) >= 40 and len({LOCALES[loc].country for loc in locales}) >= 35, locales
    assert max(n for loc, n in locales.items() if loc != "en-US") < 25, locales


def test_counts_per_entity_type_and_plenty_of_must_keep_values(rows):
    counts = Counter(p["type"] for r in rows for p in r["pii"])
    assert counts.keys() == TYPES
    assert all(counts[t] >= 40 for t in TYPES), counts
    for kind in ("PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "SWIFT_CODE",
                 "DRIVER_LICENSE", "CREDIT_CARD", "PHONE_NUMBER"):  # fmt: skip
        assert counts[kind] >= 150, counts
    keep = Counter(k["type"] for r in rows for k in r["keep"])
    assert len(keep) >= 30 and all(len(r["keep"]) >= 5 for r in rows), keep
    labels = {k["value"] for r in rows for k in r["keep"] if k["type"] == "LABEL"}
    assert len(labels) >= 50 and sum(not label.isascii() for label in labels) >= 20, labels
    # Must-keep tokens (distinct per document) outnumber personal values, as in real records.
    assert sum(len(r["keep"]) for r in rows) > sum(counts.values())


def test_spans_are_non_empty_unpadded_disjoint_and_must_keep_values_occur_outside_them(rows):
    for row in rows:
        text = row["text"]
        assert all(0 <= p["start"] < p["end"] <= len(text) for p in row["pii"]), row["id"]
        assert all(k["value"] and k["value"] in text for k in row["keep"]), row["id"]
        doc = Doc(parts=[text], pii=row["pii"], keep=row["keep"], size=len(text))
        assert problems(doc) == [], row["id"]


def test_a_must_keep_value_inside_a_personal_value_is_reported():
    doc = Doc().fmt("Lot {k} card {p}", k=K("LOT", "4417"), p=P("CREDIT_CARD", "5018 4417 0000 0"))
    assert problems(doc) == ["must-keep '4417' overlaps a personal value"]
    assert problems(Doc().fmt("{p}", p=P("PERSON", " Máret Gaup"))) == ["empty or padded span ' Máret Gaup'"]
    assert problems(Doc(parts=["Sione"], keep=[{"type": "CITY", "value": "Apia"}], size=5)) == [
        "must-keep 'Apia' missing"
    ]


def test_cards_pass_luhn_at_12_to_19_digits_in_many_groupings(rows):
    cards = [c for _, c in spans(rows, "CREDIT_CARD")]
    for card in cards:
        digits = re.sub(r"[ .-]", "", card)
        assert digits.isdigit() and 12 <= len(digits) <= 19 and luhn(digits), card
    assert {len(re.sub(r"\D", "", c)) for c in cards} == set(range(12, 20))
    assert {".", " ", "-"} <= {m[0] for c in cards if (m := re.search(r"\D", c))}
    assert any(c.isdigit() for c in cards)
    groupings = {tuple(len(g) for g in re.split(r"[ .-]", c)) for c in cards if not c.isdigit()}
    assert any(set(g) == {3} for g in groupings)  # groups of three
    assert sum(len(set(g[:-1])) > 1 for g in groupings) >= 5  # uneven groups
    assert len(groupings) >= 15


def test_ibans_pass_mod_97_at_their_registry_length(rows):
    ibans = [i for _, i in spans(rows, "IBAN_CODE")]
    for iban in ibans:
        compact = iban.replace(" ", "")
        assert re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", compact), iban
        assert mod97(compact[4:] + compact[:4]) == 1 and len(compact) == IBAN_LENGTHS[compact[:2]], iban
    assert len({i[:2] for i in ibans}) >= 30
    assert any(" " not in i for i in ibans) and any(re.fullmatch(r"(?:\w{4} )+\w{1,4}", i) for i in ibans)
    assert any(re.fullmatch(r"[A-Z]{2}\d\d [A-Z0-9]{11,}", i) for i in ibans)


def test_phone_numbers_are_valid_for_phonenumbers_read_from_the_documents_country(rows):
    regions, forms = set(), set()
    for row, phone in spans(rows, "PHONE_NUMBER"):
        number = phonenumbers.parse(phone, LOCALES[row["locale"]].country)
        assert phonenumbers.is_valid_number(number), (row["id"], phone)
        regions.add(phonenumbers.region_code_for_number(number))
        if phone.startswith("(+"):
            forms.add("(+cc)")
        elif phone.startswith("00"):
            forms.add("00")
        elif re.match(r"\+\d+-", phone):
            forms.add("+cc-hyphens")
        elif phone.startswith("+"):
            forms.add("+")
        else:
            forms.add("national")
        if number.extension:
            forms.add("ext")
            assert phone.endswith(number.extension), phone
    assert len(regions) >= 40, regions
    assert forms == {"(+cc)", "00", "+cc-hyphens", "+", "national", "ext"}, forms


def test_the_other_identifiers_follow_their_formats(rows):
    for _, ssn in spans(rows, "US_SSN"):
        area, group, serial = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", ssn).groups()
        assert area not in ("000", "666") and area < "900" and group != "00" and serial != "0000", ssn
    bics = [b for _, b in spans(rows, "SWIFT_CODE")]
    for bic in bics:
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z2-9][A-NP-Z0-9](?:[A-Z0-9]{3})?", bic), bic
    assert {len(b) for b in bics} == {8, 11} and any(b.endswith("XXX") for b in bics)
    assert len({b[4:6] for b in bics}) >= 35
    ips = [ipaddress.ip_address(ip) for _, ip in spans(rows, "IP_ADDRESS")]
    assert {ip.version for ip in ips} == {4, 6} and all(ip.is_global for ip in ips)
    for _, email in spans(rows, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+", email), email
    for kind in ("DRIVER_LICENSE", "MEDICAL_RECORD_NUMBER"):
        values = [value for _, value in spans(rows, kind)]
        for value in values:
            assert re.fullmatch(r"[A-Z0-9](?:[A-Z0-9 ./-]*[A-Z0-9])?", value), value
            assert sum(c.isdigit() for c in value) >= 5, value
        assert len({re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", v)) for v in values}) >= 10, kind
    for _, street in spans(rows, "STREET_ADDRESS"):
        assert re.search(r"\d", street) and re.search(r"[^\W\d_]{2}", street), street


def test_every_person_name_comes_from_the_splits_own_lists(rows):
    own = {
        form
        for word in (
            unicodedata.normalize("NFC", w)
            for given, family in NAMES.values()
            for w in re.findall(r"[^\W\d_](?:[^\W\d_]|['\u0300-\u036f])*", " ".join(given + family))
        )
        for form in (word.casefold(), word.upper().casefold())  # Turkish dotless i survives only upper-casing
    }
    names = [name for _, name in spans(rows, "PERSON")]
    for name in names:
        assert name == name.strip() and not re.search(r"[\d@:/<>\"|\t\n]", name), name
        words = re.findall(r"[^\W\d_](?:[^\W\d_]|['\u0300-\u036f])*", name)
        # Japanese and Korean names are written without a space between surname and given name.
        missing = [
            w
            for w in words
            if w.casefold() not in own and len(w) > 1 and not re.search(r"[\u3040-\u9fff\uac00-\ud7af]", w)
        ]
        assert not missing, (name, missing)


def test_names_come_in_many_scripts_orders_and_shapes(rows):
    names = [name for _, name in spans(rows, "PERSON")]
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 30  # lower case
    assert (
        sum(n == n.upper() and n != n.lower() and " " in n for n in names) >= 60
    )  # ALL CAPS or SURNAME first
    assert sum(bool(re.fullmatch(r"[^,]+, [^,]+", n)) for n in names) >= 60  # "Surname, Given"
    assert sum(bool(re.search(r"\b\w\.", n)) for n in names) >= 100  # initials
    assert sum(bool(re.search(r"\w-\w", n)) for n in names) >= 60  # hyphenated
    assert (
        sum(
            bool(re.search(r"\b(?:ap|ab|Ó|Ní|Nic|Mac|de|van der|Te|bin|bint|Al|da|dos|del|von)\b", n))
            for n in names
        )
        >= 60
    )
    assert sum(" " not in n and "," not in n for n in names) >= 40  # single names
    for script in (r"[\u10a0-\u10ff]", r"[\u0530-\u058f]", r"[\u1200-\u137f]", r"[\u0400-\u04ff]",
                   r"[\u0370-\u03ff]", r"[\u3040-\u9fff]", r"[\uac00-\ud7af]"):  # fmt: skip
        assert sum(bool(re.search(script, n)) for n in names) >= 5, script
    assert sum(not n.isascii() for n in names) >= 500


def test_dates_of_birth_are_real_dates_of_people_alive_now_in_many_formats_and_languages(rows):
    births = spans(rows, "DATE_OF_BIRTH")
    for row, text in births:
        born = birth_date(text, row["locale"] == "en-US")
        assert 1930 <= born.year <= 2008, text
    assert len({re.sub(r"[^\W\d_]+", "a", re.sub(r"\d", "9", t)) for _, t in births}) >= 12
    words = {w.lower() for _, t in births for w in re.findall(r"[^\W\d_]{3,}", t)}
    assert len(words & set(MONTH_NAMES)) >= 30


def test_check_digits_of_the_must_keep_lookalikes_are_valid(rows):
    keep = [k for r in rows for k in r["keep"]]
    isins = [k["value"] for k in keep if k["type"] == "ISIN"]
    cusips = [k["value"] for k in keep if k["type"] == "CUSIP"]
    assert len(isins) >= 30 and len(cusips) >= 15
    assert all(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}\d", i) for i in isins)
    assert all(luhn("".join(str(int(c, 36)) for c in isin)) for isin in isins)
    for cusip in cusips:
        total = sum(
            (v // 10 + v % 10) for v in (int(c, 36) * (2 if i % 2 else 1) for i, c in enumerate(cusip[:8]))
        )
        assert (10 - total % 10) % 10 == int(cusip[8]), cusip


def test_no_family_name_is_shared_with_the_other_splits():
    others = families_in(
        "pii_intl_set.py",
        "pii_holdout_set.py",
        "pii_holdout2_set.py",
        "pii_holdout3_set.py",
        "pii_holdout4_set.py",
        "pii_holdout5_set.py",
        "pii_holdout6_set.py",
    )
    assert len(others) >= 170
    assert not others & {f.__name__ for f in FAMILIES}


def test_the_generator_reads_none_of_charters_recognizers_nor_the_other_sets_nor_faker_or_mimesis():
    modules = list(imported_modules("pii_holdout7_*.py"))
    assert len({path.name for path, _ in modules}) == 3
    for path, module in modules:
        assert module.split(".")[0] not in {"governance", "domain", "benchmarks", "faker", "mimesis"}, (
            path,
            module,
        )
        assert not module.startswith("tools.") or module.startswith("tools.pii_holdout7_"), (path, module)


def test_the_benchmark_offers_the_split_as_a_tuning_split_now():
    assert '"holdout7"' in benchmark_source()
    # The splits --misses may write are those of DEV_SPLITS: holdout7, measured once, is one of them now.
    assert {"dev", "dev2", "test", "holdout", "holdout6", "holdout7"} <= tuning_splits()
    assert json.loads(OUT.read_text(encoding="utf-8").splitlines()[0])["split"] == "holdout7"
