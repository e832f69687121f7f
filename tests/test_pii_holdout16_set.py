"""The sixteenth holdout PII set (tools/pii_holdout16_set.py): reproducible to the byte, every span holds a value
valid by its own rules (checked here without the generator's help), must-keep values sit outside every span and
carry their own check digits, person names come from the split's own hand-written lists, none of its families,
locales or name origins is borrowed from the earlier splits, and the benchmark offers it as a tuning split now
(held back, it was scored once)."""

import ast
import hashlib
import ipaddress
import json
import re
from collections import Counter
from datetime import date

import phonenumbers
import pytest

from tests.pii_splits import ROOT, benchmark_source, families_in, imported_modules, tuning_splits
from tools.pii_holdout16_set import FAMILIES, OUT, US_ONLY, Doc, K, P, build, problems, write
from tools.pii_holdout16_values import LOCALES, NAMES

SHA256 = "493e25cdd972e9e203bbdce1396d00a2e213d3bd9bb8b7b284dab59f903364ba"
TYPES = {
    "PERSON", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "EMAIL_ADDRESS", "US_SSN", "IP_ADDRESS",
    "STREET_ADDRESS", "SWIFT_CODE", "DRIVER_LICENSE", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER",
}  # fmt: skip
# IBAN lengths as the SWIFT IBAN registry publishes them, typed here rather than read from the generator.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21, "CY": 28, "CZ": 24,
    "DE": 22, "DK": 18, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GE": 22, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "LT": 20, "LU": 20,
    "LV": 21, "LY": 25, "MC": 27, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PL": 28, "PT": 25,
    "QA": 29, "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "TN": 24, "TR": 26, "UA": 29, "XK": 20,
}  # fmt: skip
# Month names as each language writes them in a date (Greek, Russian: genitive), typed here.
_MONTH_WORDS = (
    "january february march april may june july august september october november december",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
    "νοεμβρίου δεκεμβρίου",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "januari februari maret april mei juni juli agustus september oktober november desember",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "januari februari mars april maj juni juli augusti september oktober november december",
)
MONTH_NAMES = {word: i + 1 for line in _MONTH_WORDS for i, word in enumerate(line.split())}
MONTH_NAMES |= {w[:3]: i + 1 for i, w in enumerate(_MONTH_WORDS[0].split())}
US_LOCALES = {loc for loc, where in LOCALES.items() if where.country == "US"}
MONTH_FIRST = ("US", "VI")  # where 03/14/1980 is March


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return build()


def spans(rows: list[dict], kind: str) -> list[tuple[dict, str]]:
    return [(r, r["text"][p["start"] : p["end"]]) for r in rows for p in r["pii"] if p["type"] == kind]


def kept(rows: list[dict], kind: str) -> list[str]:
    return [k["value"] for r in rows for k in r["keep"] if k["type"] == kind]


def luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def birth_date(text: str, month_first: bool) -> date:
    """The date `text` writes, read without the generator's help."""
    if m := re.fullmatch(r"(\d{4})-?(\d\d)-?(\d\d)", text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2}) (?:de )?([^\W\d_]+)(?: de)? (\d{4})(?: г\.)?", text):
        return date(int(m[3]), MONTH_NAMES[m[2].lower()], int(m[1]))
    if m := re.fullmatch(r"(\d\d)-([A-Z]{3})-(\d{4})", text):
        return date(int(m[3]), MONTH_NAMES[m[2].lower()], int(m[1]))
    if m := re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", text):
        return date(int(m[3]), MONTH_NAMES[m[1].lower()], int(m[2]))
    if m := re.fullmatch(r"(\d\d)\.(\d\d)\.(\d{4})", text):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", text):
        a, b = int(m[1]), int(m[2])
        return date(int(m[3]), a, b) if month_first else date(int(m[3]), b, a)
    raise AssertionError(f"unreadable date {text!r}")


def test_the_same_seed_writes_the_same_bytes_and_another_seed_does_not(tmp_path):
    first = write(build(48), tmp_path / "a.jsonl")
    assert write(build(48), tmp_path / "b.jsonl") == first
    assert write(build(48, seed=13), tmp_path / "c.jsonl") != first


def test_the_shipped_file_is_what_the_generator_writes_and_its_hash_is_pinned(tmp_path, rows):
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    assert digest == SHA256
    assert write(rows, tmp_path / "holdout16.jsonl") == digest


def test_schema_families_and_locales(rows):
    assert len(rows) == 504 and len(FAMILIES) >= 24
    for i, row in enumerate(rows):
        assert list(row) == ["id", "split", "family", "locale", "text", "pii", "keep"]
        assert row["id"] == f"holdout16-{i:04d}" and row["split"] == "holdout16" and row["locale"] in LOCALES
        assert all(set(p) == {"type", "start", "end"} and p["type"] in TYPES for p in row["pii"])
        assert all(set(k) == {"type", "value"} for k in row["keep"])
        if row["family"] in US_ONLY:
            assert row["locale"] in US_LOCALES, row["id"]
    per_family = Counter(r["family"] for r in rows)
    assert set(per_family) == {f.__name__ for f in FAMILIES}
    assert set(per_family.values()) == {504 // len(FAMILIES)}
    locales = Counter(r["locale"] for r in rows)
    assert len(locales) == len(LOCALES) >= 40 and len({LOCALES[loc].country for loc in locales}) >= 30, (
        locales
    )
    assert max(n for loc, n in locales.items() if loc not in US_LOCALES) < 30, locales


def test_counts_per_entity_type_and_plenty_of_must_keep_values(rows):
    counts = Counter(p["type"] for r in rows for p in r["pii"])
    assert counts.keys() == TYPES
    assert all(counts[t] >= 100 for t in TYPES), counts
    assert counts["PERSON"] >= 1500 and counts["PHONE_NUMBER"] >= 450, counts
    keep = Counter(k["type"] for r in rows for k in r["keep"])
    assert len(keep) >= 25 and all(len(r["keep"]) >= 2 for r in rows), keep
    labels = {k["value"] for r in rows for k in r["keep"] if k["type"] == "LABEL"}
    assert len(labels) >= 50 and sum(not label.isascii() for label in labels) >= 15, labels
    assert sum(len(r["keep"]) for r in rows) >= 2500


def test_spans_are_non_empty_unpadded_disjoint_and_must_keep_values_occur_outside_them(rows):
    for row in rows:
        text = row["text"]
        assert all(0 <= p["start"] < p["end"] <= len(text) for p in row["pii"]), row["id"]
        assert all(k["value"] and k["value"] in text for k in row["keep"]), row["id"]
        for k in row["keep"]:
            for m in re.finditer(re.escape(k["value"]), text):
                assert not any(p["start"] < m.end() and m.start() < p["end"] for p in row["pii"]), (
                    row["id"],
                    k,
                )
        doc = Doc(parts=[text], pii=row["pii"], keep=row["keep"], size=len(text))
        assert problems(doc) == [], row["id"]


def test_problems_reports_what_would_make_a_document_unfair():
    doc = Doc().fmt("Lot {k} card {p}", k=K("LOT", "4539"), p=P("CREDIT_CARD", "4539 1488 0343 6467"))
    assert problems(doc) == ["must-keep '4539' overlaps a personal value"]
    assert problems(Doc().fmt("{p}", p=P("PERSON", "Phonse Hiscock "))) == [
        "empty or padded span 'Phonse Hiscock '"
    ]
    assert problems(Doc(parts=["Thora"], keep=[{"type": "CITY", "value": "Kirkwall"}], size=5)) == [
        "must-keep 'Kirkwall' missing"
    ]
    overlapping = Doc(parts=["Erlend Flett"], pii=[{"type": "PERSON", "start": 0, "end": 12},
                      {"type": "PERSON", "start": 7, "end": 12}], size=12)  # fmt: skip
    assert problems(overlapping) == ["overlapping spans at 0 and 7"]
    padded = Doc().fmt("{a:<10}|", a=P("PERSON", "Ida"))
    assert padded.text == "Ida       |" and padded.pii == [{"type": "PERSON", "start": 0, "end": 3}]


def test_cards_pass_luhn_at_12_to_19_digits_of_many_brands_and_groupings(rows):
    cards = [c for _, c in spans(rows, "CREDIT_CARD")]
    for card in cards:
        digits = re.sub(r"[ ./-]", "", card)
        assert digits.isdigit() and 12 <= len(digits) <= 19 and luhn(digits), card
    assert len({len(re.sub(r"\D", "", c)) for c in cards}) >= 7
    assert {" ", "-", ".", " - ", "/"} <= {m[0] for c in cards if (m := re.search(r"\D+", c))}
    assert any(c.isdigit() for c in cards)
    firsts = {re.sub(r"\D", "", c)[0] for c in cards}
    assert {
        "2",
        "3",
        "4",
        "5",
        "6",
    } <= firsts  # Mir/Mastercard 2-series, Amex/JCB/Diners, Visa, MC/Maestro, Discover
    groupings = {tuple(len(g) for g in re.split(r"[ ./-]+", c)) for c in cards if not c.isdigit()}
    assert len(groupings) >= 12


def test_reference_numbers_fail_luhn_and_identifiers_carry_their_check_digits(rows):
    refs = kept(rows, "REFERENCE")
    assert len(refs) >= 200 and all(r.isdigit() and 13 <= len(r) <= 19 and not luhn(r) for r in refs)
    isins = kept(rows, "ISIN")
    assert len(isins) >= 40
    assert all(
        re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}\d", i) and luhn("".join(str(int(c, 36)) for c in i)) for i in isins
    )
    cusips = kept(rows, "CUSIP")
    assert len(cusips) >= 20
    for cusip in cusips:
        values = [int(c, 36) for c in cusip[:8]]
        total = sum(v // 10 + v % 10 for v in (v * 2 if i % 2 else v for i, v in enumerate(values)))
        assert (10 - total % 10) % 10 == int(cusip[8]), cusip
    sedols = kept(rows, "SEDOL")
    assert len(sedols) >= 20
    for sedol in sedols:
        assert re.fullmatch(r"[0-9B-DF-HJ-NP-TV-Z]{6}\d", sedol), sedol
        assert sum(int(c, 36) * w for c, w in zip(sedol, (1, 3, 1, 7, 3, 9, 1), strict=True)) % 10 == 0, sedol
    imos = kept(rows, "IMO")
    assert len(imos) >= 20
    for imo in imos:
        digits = imo.removeprefix("IMO ")
        assert sum(int(c) * w for c, w in zip(digits[:6], range(7, 1, -1), strict=True)) % 10 == int(
            digits[6]
        ), imo
    boxes = kept(rows, "CONTAINER")
    assert len(boxes) >= 20
    letter_values = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38), strict=True))  # fmt: skip
    for box in boxes:
        assert re.fullmatch(r"[A-Z]{3}U\d{7}", box), box
        total = sum((letter_values[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(box[:10]))
        assert total % 11 % 10 == int(box[10]), box
    vins = kept(rows, "VIN")
    assert len(vins) >= 20
    transliteration = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))  # fmt: skip
    for vin in vins:
        assert re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", vin), vin
        weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
        total = sum(
            (transliteration[c] if c.isalpha() else int(c)) * w for c, w in zip(vin, weights, strict=True)
        )
        assert vin[8] == ("X" if total % 11 == 10 else str(total % 11)), vin
    ndcs = kept(rows, "NDC")
    assert len(ndcs) >= 20 and all(re.fullmatch(r"\d{5}-\d{4}-\d{2}", n) for n in ndcs)
    icds = kept(rows, "ICD10")
    assert len(set(icds)) >= 10 and all(re.fullmatch(r"[A-Z]\d\d(?:\.\d{1,4})?", c) for c in icds)


def test_ibans_pass_mod_97_at_their_registry_length(rows):
    ibans = [i for _, i in spans(rows, "IBAN_CODE")]
    for iban in ibans:
        compact = re.sub(r"[ -]", "", iban)
        assert re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", compact), iban
        assert mod97(compact[4:] + compact[:4]) == 1 and len(compact) == IBAN_LENGTHS[compact[:2]], iban
    assert len({i[:2] for i in ibans}) >= 30
    assert any(" " not in i and "-" not in i for i in ibans)
    assert any(re.fullmatch(r"(?:\w{4} )+\w{1,4}", i) for i in ibans)
    assert any(re.fullmatch(r"(?:\w{4}-)+\w{1,4}", i) for i in ibans)


def test_phone_numbers_are_valid_for_phonenumbers_read_from_the_documents_country(rows):
    regions, forms, numbers = set(), set(), set()
    for row, phone in spans(rows, "PHONE_NUMBER"):
        number = phonenumbers.parse(phone, LOCALES[row["locale"]].country)
        assert phonenumbers.is_valid_number(number), (row["id"], phone)
        regions.add(phonenumbers.region_code_for_number(number))
        numbers.add((number.country_code, number.national_number))
        if phone.startswith("00"):
            forms.add("00")
        elif phone.startswith("(+"):
            forms.add("(+cc)")
        elif re.fullmatch(r"\+\d{7,15}", phone):
            forms.add("E.164")
        elif re.fullmatch(r"\+\d+(?:-\d+)+", phone):
            forms.add("RFC 3966")
        elif phone.startswith("+"):
            forms.add("+")
        else:
            forms.add("national")
        if number.extension:
            forms.add("ext")
            assert phone.endswith(number.extension), phone
    assert len(regions) >= 30, regions
    assert len(numbers) >= 500  # drawn, not repeated from an example number
    assert forms == {"00", "(+cc)", "E.164", "RFC 3966", "+", "national", "ext"}, forms


def test_the_other_identifiers_follow_their_formats(rows):
    ssns = [s for _, s in spans(rows, "US_SSN")]
    for ssn in ssns:
        area, group, serial = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", ssn).group(1, 3, 4)
        assert area not in ("000", "666") and area < "900" and group != "00" and serial != "0000", ssn
    assert {"-", " ", ""} == {re.sub(r"\d", "", s)[:1] for s in ssns}
    bics = [b for _, b in spans(rows, "SWIFT_CODE")]
    for bic in bics:
        assert re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z2-9][A-NP-Z0-9](?:[A-Z0-9]{3})?", bic), bic
    assert {len(b) for b in bics} == {8, 11} and any(b.endswith("XXX") for b in bics)
    assert len({b[4:6] for b in bics}) >= 30
    ips = [ipaddress.ip_address(ip) for _, ip in spans(rows, "IP_ADDRESS")]
    assert {ip.version for ip in ips} == {4, 6} and all(ip.is_global and not ip.is_multicast for ip in ips)
    assert any("::" in str(ip) for ip in ips if ip.version == 6)
    for _, email in spans(rows, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+", email), email
    for kind in ("DRIVER_LICENSE", "MEDICAL_RECORD_NUMBER"):
        values = [value for _, value in spans(rows, kind)]
        for value in values:
            assert re.fullmatch(r"[A-Z0-9](?:[A-Z0-9 ./-]*[A-Z0-9])?", value), value
            if value.startswith("WDL"):  # Washington since 2018: WDL and nine letters or digits
                assert re.fullmatch(r"WDL[A-Z0-9]{9}", value), value
            else:
                assert sum(c.isdigit() for c in value) >= 5, value
        assert len({re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", v)) for v in values}) >= 14, kind
    nhs = [v for _, v in spans(rows, "MEDICAL_RECORD_NUMBER") if re.fullmatch(r"\d{3} \d{3} \d{4}", v)]
    assert nhs
    for number in (n.replace(" ", "") for n in nhs):  # NHS numbers: modulus 11 over the first nine digits
        assert (11 - sum(int(c) * (10 - i) for i, c in enumerate(number[:9])) % 11) % 11 == int(number[9]), (
            number
        )
    for _, licence in spans(rows, "DRIVER_LICENSE"):
        if len(licence) == 16 and re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", licence):  # DVLA layout
            month = int(licence[6:8]) % 50
            assert 1 <= month <= 12 and 1 <= int(licence[8:10]) <= 31, licence
    streets = [street for _, street in spans(rows, "STREET_ADDRESS")]
    for street in streets:
        assert re.search(r"\d", street) and re.search(r"[^\W\d_]{2}", street), street
    assert sum("\n" in s for s in streets) >= 100
    assert sum(s.count("\n") >= 2 for s in streets) >= 30
    assert sum(bool(re.match(r"\d", s)) for s in streets) >= 100  # number first
    assert sum(bool(re.match(r"[^\W\d_]", s)) for s in streets) >= 100  # street word first
    for script in (r"[\u0400-\u04ff]", r"[\u0370-\u03ff]", r"[\u0600-\u06ff]", r"[\u4e00-\u9fff]"):
        assert any(re.search(script, s) for s in streets), script


def _name_words(text: str) -> list[str]:
    return [w for part in re.split(r"[\s,]+", text) for w in part.strip(".").split("-") if w]


def test_every_person_name_comes_from_the_splits_own_lists(rows):
    own = {form for given, family in NAMES.values() for w in _name_words(" ".join(given + family))
           for form in (w.casefold(), w.upper().casefold())}  # fmt: skip
    for _, name in spans(rows, "PERSON"):
        assert name == name.strip() and not re.search(r"[\d@:/<>\"|;\t\n]", name), name
        for word in _name_words(name):
            w = word.casefold()
            if len(word) == 1 or w in own:
                continue
            assert any(w[:i] in own and w[i:] in own for i in range(1, len(w))), (name, word)  # 胡美玲


def test_names_come_in_many_scripts_orders_and_shapes(rows):
    names = [name for _, name in spans(rows, "PERSON")]
    assert sum(n == n.lower() and n != n.upper() for n in names) >= 60  # lower case
    assert sum(n == n.upper() and n != n.lower() and " " in n for n in names) >= 80  # ALL CAPS
    assert sum(bool(re.fullmatch(r"[^,]+, [^,]+", n)) for n in names) >= 100  # "Surname, Given"
    assert sum(bool(re.match(r"\w\. ", n)) for n in names) >= 50  # initials
    assert sum(bool(re.search(r"\w-\w", n)) for n in names) >= 40  # hyphenated
    assert sum(" " not in n and "," not in n for n in names) >= 300  # given names, fields, table cells
    for script, least in ((r"[\u0400-\u04ff]", 40), (r"[\u0370-\u03ff]", 20), (r"[\u0600-\u06ff]", 10),
                          (r"[\u4e00-\u9fff]", 10)):  # fmt: skip
        assert sum(bool(re.search(script, n)) for n in names) >= least, script
    assert sum(not n.isascii() for n in names) >= 250


def test_dates_of_birth_are_real_dates_of_living_people_in_many_formats_and_languages(rows):
    births = spans(rows, "DATE_OF_BIRTH")
    for row, text in births:
        born = birth_date(text, LOCALES[row["locale"]].country in MONTH_FIRST)
        assert 1930 <= born.year <= 2020, text
    assert len({re.sub(r"[^\W\d_]+", "a", re.sub(r"\d", "9", t)) for _, t in births}) >= 12
    words = {w.lower() for _, t in births for w in re.findall(r"[^\W\d_]{3,}", t)}
    assert len(words & set(MONTH_NAMES)) >= 60
    assert sum(bool(re.fullmatch(r"\d{8}", t)) for _, t in births) >= 30
    assert sum(bool(re.fullmatch(r"\d\d-[A-Z]{3}-\d{4}", t)) for _, t in births) >= 30
    for script in (r"[\u0400-\u04ff]", r"[\u0370-\u03ff]", r"[\u0600-\u06ff]"):
        assert any(re.search(script, t) for _, t in births), script


def _assigned_keys(path, name: str) -> set[str]:
    keys: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        if any(getattr(t, "id", "") == name for t in targets) and isinstance(node.value, ast.Dict):
            keys |= {k.value for k in node.value.keys if isinstance(k, ast.Constant)}
    return keys


def test_no_family_name_is_shared_with_the_other_splits():
    others = families_in(
        "pii_intl_set.py",
        "pii_holdout_set.py",
        "pii_holdout2_set.py",
        "pii_holdout3_set.py",
        "pii_holdout4_set.py",
        "pii_holdout5_set.py",
        "pii_holdout6_set.py",
        "pii_holdout7_set.py",
        "pii_holdout8_set.py",
        "pii_holdout9_set.py",
        "pii_holdout10_set.py",
        "pii_holdout11_set.py",
        "pii_holdout12_set.py",
        "pii_holdout13_set.py",
        "pii_holdout14_set.py",
        "pii_holdout15_set.py",
    )
    assert len(others) >= 390
    assert not others & {f.__name__ for f in FAMILIES}


def test_forty_name_origins_one_per_locale_and_none_of_an_earlier_split():
    assert len(NAMES) >= 40 and {where.origin for where in LOCALES.values()} == set(NAMES)
    earlier_locales: set[str] = set()
    earlier_origins: set[str] = set()
    for path in sorted((ROOT / "tools").glob("pii_holdout*_values.py")):
        if path.name == "pii_holdout16_values.py":
            continue
        earlier_locales |= _assigned_keys(path, "LOCALES")
        earlier_origins |= _assigned_keys(path, "NAMES")
    assert len(earlier_locales) >= 600 and len(earlier_origins) >= 500  # keys only: no earlier name is read
    assert not earlier_locales & set(LOCALES)
    assert not earlier_origins & set(NAMES)


def test_the_generator_reads_none_of_charters_recognizers_nor_the_other_sets_nor_faker_or_mimesis():
    modules = list(imported_modules("pii_holdout16_*.py"))
    assert len({path.name for path, _ in modules}) == 3
    for path, module in modules:
        assert module.split(".")[0] not in {"governance", "domain", "core", "corpus", "charter", "benchmarks",
                                            "faker", "mimesis"}, (path, module)  # fmt: skip
        assert not module.startswith("tools.") or module.startswith("tools.pii_holdout16_"), (path, module)
        assert module != "tools" or path.name.startswith("pii_holdout16_"), (path, module)
    sources = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tools").glob("pii_holdout16_*.py"))
    assert "from tools import pii_holdout16_keep" in sources
    assert not re.search(r"from tools import (?!pii_holdout16_)", sources)


def test_the_benchmark_offers_the_split_as_a_tuning_split_now():
    assert '"holdout16"' in benchmark_source()
    # The splits --misses may write are those of DEV_SPLITS: holdout16, measured once, is one of them now.
    assert {"dev", "dev2", "test", "holdout", "holdout15", "holdout16"} <= tuning_splits()
    assert json.loads(OUT.read_text(encoding="utf-8").splitlines()[0])["split"] == "holdout16"
