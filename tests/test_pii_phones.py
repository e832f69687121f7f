"""Phone numbers as real documents write them, and the numbers beside them that must survive.

Phones: every region's example numbers from the `phonenumbers` library in its national, international, E.164
and RFC 3966 formats and the ways people vary them (dots, slashes, `(0)`, `00`, extensions, `tel:` links,
labels of many languages, tables, lists, two in a row). Distractors: amounts, dates, times and opening
hours, references, product codes, versions, ranges, measurements. The recognizer alone runs in the
open-ended (hypothesis) tests; the whole scrubber in the others.
"""

from __future__ import annotations

import re

import phonenumbers as pn
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from core.config import ScrubParams
from governance.pii.phones import REGIONS as PLANS
from governance.pii.phones import WorldPhoneRecognizer, in_phone_column
from governance.pii.scrubber import Scrubber

# Regions whose example mobile and fixed-line numbers have at least six digits (shorter runs are too
# ambiguous to be phones by their digits; the recognizer needs six).
REGIONS = sorted(
    r
    for r in pn.SUPPORTED_REGIONS
    if all(
        (n := pn.example_number_for_type(r, kind)) is not None and len(pn.national_significant_number(n)) >= 6
        for kind in (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE)
    )
)
FORMATS = [
    pn.PhoneNumberFormat.INTERNATIONAL,
    pn.PhoneNumberFormat.E164,
    pn.PhoneNumberFormat.RFC3966,
    pn.PhoneNumberFormat.NATIONAL,
]
LABELS = ["Tel.", "Tel:", "Tél. :", "Telefon:", "Teléfono:", "Tlf.", "Puh.", "Ph:", "Mob.", "Handy:", "GSM:"]
LABELS += ["Fax:", "Telefax", "T:", "M:", "☎", "Phone", "call me on", "WhatsApp:", "Switchboard:"]


@pytest.fixture(scope="module")
def recognizer():
    return WorldPhoneRecognizer()


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


def found(recognizer: WorldPhoneRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["PHONE_NUMBER"])]


def written(region: str, kind: int, fmt: int) -> str:
    number = pn.example_number_for_type(region, kind)
    return pn.format_number(number, fmt)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    region=st.sampled_from(REGIONS),
    mobile=st.booleans(),
    fmt=st.sampled_from(FORMATS),
    label=st.sampled_from(LABELS),
    close=st.sampled_from(["", ".", ",", ";", ")", "\n", "<br>", " |", "!"]),
)
def test_every_regions_numbers_are_caught_after_a_label(recognizer, region, mobile, fmt, label, close):
    kind = pn.PhoneNumberType.MOBILE if mobile else pn.PhoneNumberType.FIXED_LINE
    phone = written(region, kind, fmt)
    value = phone[4:] if phone.startswith("tel:") else phone
    text = f"Contact: {label} {phone}{close} Thanks"
    hits = found(recognizer, text)
    assert any(value in h for h in hits), (text, hits)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    region=st.sampled_from(REGIONS),
    mobile=st.booleans(),
    variant=st.sampled_from(["dots", "dashes", "double_zero", "plus_space", "trunk_paren", "e164"]),
    extension=st.sampled_from(["", " ext. 12", " x 12", " x12", " Ext 204", " (ext. 7)"]),
)
def test_international_numbers_as_people_write_them_need_no_label(
    recognizer, region, mobile, variant, extension
):
    # "(0)" is the trunk prefix, written only by countries that dial one.
    assume(variant != "trunk_paren" or pn.ndd_prefix_for_region(region, True) == "0")
    kind = pn.PhoneNumberType.MOBILE if mobile else pn.PhoneNumberType.FIXED_LINE
    intl = written(region, kind, pn.PhoneNumberFormat.INTERNATIONAL)
    cc, rest = intl[1:].split(" ", 1)
    groups = re.findall(r"\d+", rest)
    phone = {
        "dots": f"+{cc}." + ".".join(groups),
        "dashes": f"+{cc}-" + "-".join(groups),
        "double_zero": f"00{cc} {rest}",
        "plus_space": f"+ {cc} {rest}",
        "trunk_paren": f"+{cc} (0){rest}",
        "e164": f"+{cc}{''.join(groups)}",
    }[variant] + extension
    text = f"The office in town: {phone}. Open daily."
    assert found(recognizer, text) == [phone], text  # "(ext. 7)" with its closing bracket


def test_tel_links_tables_lists_and_two_in_a_row(recognizer):
    link = '<a href="tel:+44-20-7946-0958">+44 20 7946 0958</a> · [030 1234567](tel:+49-30-1234567)'
    assert found(recognizer, link) == [
        "+44-20-7946-0958",
        "+44 20 7946 0958",
        "030 1234567",
        "+49-30-1234567",
    ]
    table = "| Office | Phone | Hours |\n|---|---|---|\n| Tallinn | 321 6431 | 09:00–17:00 |\n"
    assert found(recognizer, table) == ["321 6431"]
    assert in_phone_column(table, table.index("321")) and not in_phone_column(table, table.index("09:00"))
    assert found(recognizer, "Numbers: 200 124 6943 / 00381 10 291032") == ["200 124 6943", "00381 10 291032"]
    listed = "Desks: Zürich +41 44 668 18 00; Oslo 21 24 39 54, Reykjavík 410 3874."
    assert found(recognizer, listed) == ["+41 44 668 18 00", "21 24 39 54", "410 3874"]
    labels = "Ph: 321 9819\nTeléfono: 0812303149\nM: +52 222 124 5533\nFaks: (0-612) 98791"
    assert found(recognizer, labels) == ["321 9819", "0812303149", "+52 222 124 5533", "(0-612) 98791"]
    assert found(recognizer, "Box office 032388134 ext.871") == ["032388134 ext.871"]


DISTRACTORS = [
    "Invoice 2024-539669",
    "Order No. 4500123456",
    "Ref. 2025/616/82",
    "AWB 176-96948718",
    "Art.-Nr. 537.479.30",
    "Part No. 7402-7300-71",
    "ISBN 978-3-16-148410-0",
    "ISSN 2049-3630",
    "DOI 10.1038/s41586-020-2649-2",
    "EAN 4006381333931",
    "build 26821.1302",
    "version 10.0.19045.3930",
    "16.45-18.45 Uhr",
    "09:00–17:30",
    "20131009",
    "€1.234,56",
    "CHF 1'250.–",
    "R$ 2.450,00",
    "1 234,50 zł",
    "12.5%",
    "1998-2004",
    "pp. 112–118",
    "220–240 V",
    "1080 x 1920 px",
    "No. 1:21-cv-04512",
    "US0378331005",
    "CUSIP 037833100",
    "J45.909",
]


def test_references_codes_and_figures_survive(scrubber):
    text = "; ".join(DISTRACTORS) + ". Call +44 20 7946 0958 about it."
    out = scrubber.scrub(text).text
    assert "+44 20 7946 0958" not in out
    for value in DISTRACTORS:
        assert value in out, value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    label=st.sampled_from(
        ["Invoice", "Order", "Ref.", "Ticket #", "Lot", "Batch", "AWB", "ISBN", "SKU", "build"]
    ),
    number=st.from_regex(r"\d{3,5}[-/.]\d{3,8}(?:[-/.]\d{2,3})?", fullmatch=True),
)
def test_a_number_after_a_reference_label_is_that_reference(recognizer, label, number):
    assert found(recognizer, f"See {label} {number} for details.") == []


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    h1=st.integers(0, 22),
    m1=st.sampled_from([0, 15, 30, 45]),
    hours=st.integers(1, 9),
    sep=st.sampled_from([".", ":"]),
    dash=st.sampled_from(["-", "–", " - "]),
    after=st.sampled_from([" Uhr", " h", "", " pm"]),
)
def test_opening_hours_are_not_phones(recognizer, h1, m1, hours, sep, dash, after):
    text = f"Open {h1}{sep}{m1:02d}{dash}{min(h1 + hours, 23)}{sep}{m1:02d}{after} daily."
    assert found(recognizer, text) == []


def test_place_names_and_field_labels_are_not_people(scrubber):
    text = "Supplier: Siemens AG, Kreuzlingen\nTel. +41 71 688 00 00\nVAT CHE-123.456.789\nZara Global Equity Fund"
    out = scrubber.scrub(text).text
    for kept in ("Kreuzlingen", "VAT", "Tel.", "Zara Global Equity"):
        assert kept in out, (kept, out)
    assert "+41 71 688 00 00" not in out
    assert "Aidan" not in scrubber.scrub("hi it's Aidan, new number: +44 7700 900123").text


@pytest.mark.parametrize("label", ["Tel.", "Telefon:", "call me on", "Fax:", "☎"])
def test_a_phone_that_is_written_like_a_date_is_caught_after_its_label(recognizer, label):
    # New Caledonia's six-digit numbers are written 20.12.34: a date's shape, a phone after a phone label.
    text = f"Contact: {label} 20.12.34. Thanks"
    assert found(recognizer, text) == ["20.12.34"]


@pytest.mark.parametrize(
    "text",
    ["Signed on 20.12.34 in Nouméa.", "Phone bill of 20.12.34 paid.", "Telephone conference on 12.05.2023."],
)
def test_a_date_is_not_a_phone_without_a_label_right_before_it(recognizer, text):
    assert found(recognizer, text) == []


def international(region: str, mobile: bool) -> tuple[str, str]:
    """A region's example number written internationally, as its country code and the rest."""
    kind = pn.PhoneNumberType.MOBILE if mobile else pn.PhoneNumberType.FIXED_LINE
    cc, rest = written(region, kind, pn.PhoneNumberFormat.INTERNATIONAL)[1:].split(" ", 1)
    return cc, rest


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    region=st.sampled_from(REGIONS),
    mobile=st.booleans(),
    e164=st.booleans(),
    layout=st.sampled_from(
        [
            "Sindy Cantu,{},sindy@example.org,Rhayader,3627",  # a data export's row: no space after the comma
            '"Cantu, Sindy",{},sindy@example.org',
            "Phone:{} (office)",
            "Mobile.{}",
            "BEGIN:VCARD\nFN:Sindy Cantu\nTEL;TYPE=CELL:{}\nEND:VCARD",
            '{{"name":"Sindy Cantu","phone":"{}"}}',
        ]
    ),
)
def test_a_number_glued_to_a_label_or_a_field_is_caught_whole(recognizer, region, mobile, e164, layout):
    # A comma, colon or stop right after a word ends a field or a label, so the number starts there; the
    # "+44" of "Smith,+44 20 ..." is the phone's, not left behind.
    cc, rest = international(region, mobile)
    phone = f"+{cc}" + ("".join(re.findall(r"\d+", rest)) if e164 else f" {rest}")
    text = layout.format(phone)
    assert found(recognizer, text) == [phone], text


@pytest.mark.parametrize(
    "figure", ["1,234567", "3.1415926", "12:30:45 1234567", "v1.2.3,4567890", "10,0201234567"]
)
def test_a_comma_colon_or_stop_after_a_digit_still_joins_a_figure(recognizer, figure):
    assert not any(h in figure and h != figure for h in found(recognizer, f"Total {figure} today")), figure


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    region=st.sampled_from([r for r in PLANS if r in REGIONS]),
    mobile=st.booleans(),
    delimiter=st.sampled_from([",", ";", "\t", " | "]),
    quoted=st.booleans(),
)
def test_a_number_under_a_phone_header_of_a_data_export_needs_no_label(
    recognizer, region, mobile, delimiter, quoted
):
    kind = pn.PhoneNumberType.MOBILE if mobile else pn.PhoneNumberType.FIXED_LINE
    phone = written(region, kind, pn.PhoneNumberFormat.NATIONAL)
    cell = f'"{phone}"' if quoted and delimiter != " | " else phone
    header = delimiter.join(["name", "phone_number", "email", "city", "amount"])
    rows = [
        delimiter.join(["Sindy Cantu", "+44 20 7946 0958", "sindy@example.org", "Rhayader", "3627"]),
        delimiter.join(["Carmon Brewer", cell, "carmon@example.org", "Whitchurch", "6947"]),
    ]
    text = "\n".join([header, *rows]) + "\n"
    assert phone in found(recognizer, text), text


def test_the_header_names_the_column_and_other_columns_keep_their_figures(recognizer):
    # "321 2345" is seven digits: a phone only where something says so, here the header of its column.
    csv_text = "name;phone;amount\nAnna Berg;321 2345;321 2346\nBo Ek;321 7132;1 234 567\n"
    assert found(recognizer, csv_text) == ["321 2345", "321 7132"]
    no_header = "Anna Berg;321 2345;321 2346\nBo Ek;321 7132;1 234 567\n"
    assert found(recognizer, no_header) == []
    # Prose with commas is no table, even under a line that mentions a phone.
    prose = "We called, phoned and wrote, but nobody answered.\nThe hall seats 300, the fee is 321 2345, and so on.\n"
    assert found(recognizer, prose) == []
    # Rows of another width below the header belong to another table.
    other = "name,phone,email\nAnna Berg,+44 20 7946 0958,a@example.org\nqty,321 2345,12,9\n"
    assert found(recognizer, other) == ["+44 20 7946 0958"]


@pytest.mark.parametrize("letter", ["T", "M", "F", "P"])
def test_a_signature_lines_lone_letter_is_a_phone_label(recognizer, letter):
    signature = f"Rut Ibáñez\nCalle Sádaba, 169\n70697 Aragon\n{letter} 985873957\nrut@example.es"
    assert found(recognizer, signature) == ["985873957"]
    assert found(recognizer, f"{letter} 985873957") == ["985873957"]  # the text's first line
    # Mid-line, a capital letter before a number is a model, a grade, a size.
    assert found(recognizer, f"Shipped the Model {letter} 985873957 today.") == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    region=st.sampled_from(REGIONS),
    mobile=st.booleans(),
    space=st.sampled_from(["\u00a0", "\u202f", "\u2009"]),
    hyphen=st.sampled_from(["\u2010", "\u2011", None]),
)
def test_no_break_and_thin_spaces_and_non_breaking_hyphens_are_separators(
    recognizer, region, mobile, space, hyphen
):
    cc, rest = international(region, mobile)
    groups = re.findall(r"\d+", rest)
    phone = f"+{cc}{space}" + (hyphen or space).join(groups)
    text = f"Tél{space}: {phone}. Merci"
    assert found(recognizer, text) == [phone], text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(region=st.sampled_from(REGIONS), mobile=st.booleans(), tight=st.booleans())
def test_a_country_code_in_brackets_is_the_phones(recognizer, region, mobile, tight):
    cc, rest = international(region, mobile)
    phone = f"(+{cc})" + ("" if tight else " ") + rest
    text = f"Our office: {phone}, open daily."
    assert found(recognizer, text) == [phone], text


@pytest.mark.parametrize(
    "text",
    [
        "Тел.: 321 2345",
        "моб. 321 2345",
        "Τηλ.: 321 2345",
        "电话：321 2345",
        "電話: 321 2345",
        "전화: 321 2345",
        "هاتف: 321 2345",
        "טלפון: 321 2345",
        "Móvil: 321 2345",
        "Natel 321 2345",
        "321 2345 (mobile)",
        "321 2345 [fax]",
        "321 2345 (WhatsApp)",
    ],
)
def test_a_label_in_another_script_or_in_brackets_after_the_number_makes_a_short_number_a_phone(
    recognizer, text
):
    # Seven digits with no label are too ambiguous to be a phone ("Box office 321 2345" survives); a label
    # before the number, in any script, or one in brackets after it, says what it is.
    assert found(recognizer, text) == ["321 2345"]
    assert found(recognizer, "Box office 321 2345 (hall B)") == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=st.tuples(st.sampled_from(REGIONS), st.booleans()),
    second=st.tuples(st.sampled_from(REGIONS), st.booleans()),
    dots=st.booleans(),
    sep=st.sampled_from([" - ", " / ", " – "]),
)
def test_two_numbers_in_a_row_are_two_phones_even_where_together_they_pass_for_one(
    recognizer, first, second, dots, sep
):
    # "+32.12.32.95.82 - (506) 237-7364": the two together are thirteen digits after a country code, a
    # length some plan allows; each on its own is a phone, so each is one.
    cc1, rest1 = international(*first)
    cc2, rest2 = international(*second)
    one = f"+{cc1}." + ".".join(re.findall(r"\d+", rest1)) if dots else f"+{cc1} {rest1}"
    two = f"+{cc2} {rest2}"
    text = f"their numbers: {one}{sep}{two}\n"
    assert found(recognizer, text) == [one, two], text


def test_two_numbers_that_together_pass_for_one_international_number_are_two(recognizer):
    # Eight digit groups in all: the run as a whole would be a "+32" number of thirteen digits.
    text = "their numbers: +32.12.32.95.82 - (506) 237-7364\n"
    assert found(recognizer, text) == ["+32.12.32.95.82", "(506) 237-7364"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    region=st.sampled_from(REGIONS),
    mobile=st.booleans(),
    label=st.sampled_from(["Phones:", "Telefonnummer:", "Cellphone", "called", "Texts:", "Mobil:", "Tlfn."]),
)
def test_a_label_with_a_plural_verb_or_compound_ending_still_labels(recognizer, region, mobile, label):
    kind = pn.PhoneNumberType.MOBILE if mobile else pn.PhoneNumberType.FIXED_LINE
    phone = written(region, kind, pn.PhoneNumberFormat.NATIONAL)
    text = f"{label} {phone}"
    assert any(phone in h for h in found(recognizer, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The price range, 100-200 units a week",  # "range" is no "rang"
        '<smses count="5" backup_set="56086829">',  # "smses" is no "sms"
        "The texture 345678 is rough",
        "Call 04/06/2026 - spoke with the buyer",  # a date with its four-digit year, even after "Call"
        "Call 26.9.2017: no answer",
        "Call 2026-02-10 noon",
        '10.0.0.7 - - [12/Mar/2024:12:33:13 +0000] "GET /a.js HTTP/1.1" 304 24725 "-" "Mozilla/5.0"',
        '"GET /api/orders/SO-773987 HTTP/2" 200 28198 "-"',
        "Consent text 6.15.146-rc4 accepted; firmware 11.25.125 installed",
        "itemised calls, account 391-10196",
        "Custody account 463-740194-42",
        "Form 1040 (2024) - preparer summary",
        "Index No. 504520/2019",
        "Policy 4711 2233 998; claim 555 0134 77",
    ],
)
def test_dates_log_fields_versions_and_references_after_a_phone_word_are_no_phone(recognizer, text):
    assert found(recognizer, text) == [], text


def test_a_new_caledonian_date_shaped_number_after_a_label_is_still_a_phone(recognizer):
    assert found(recognizer, "Tel. 20.12.34") == ["20.12.34"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    number=st.from_regex(r"[1-9]\d{2,4}", fullmatch=True),
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    year=st.integers(2000, 2030),
    iso=st.booleans(),
)
def test_a_number_followed_by_a_date_is_a_reference_and_its_date(recognizer, number, day, month, year, iso):
    date = f"{year}/{month:02d}/{day:02d}" if iso else f"{day:02d}/{month:02d}/{year}"
    assert found(recognizer, f"OSI YY CONX SK {number} {date}\n") == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(head=st.integers(0, 99), one=st.integers(0, 9), mid=st.integers(0, 99), tail=st.integers(100, 9999))
def test_dotted_runs_with_a_one_digit_group_are_versions_not_phones(recognizer, head, one, mid, tail):
    assert found(recognizer, f"carrier {head}.{one}.{mid}.{tail}, courier") == []
    assert found(recognizer, f"node {head}.{mid}.{one}.{tail} is up") == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    code=st.from_regex(r"\d{4,5}-\d{3,4}-\d{1,2}", fullmatch=True),
    label=st.sampled_from(["NDC", "P/N", "p/n"]),
    quantity=st.sampled_from([" 30 day supply", " 2 tablets daily", ", 4 units", ""]),
)
def test_product_codes_and_quantities_are_not_phones(recognizer, code, label, quantity):
    assert found(recognizer, f"Drug requested: {label} {code}{quantity}.") == []


def test_phones_with_dots_and_quantities_nearby_are_still_phones(recognizer):
    assert found(recognizer, "Tel. 01.23.45.67.89 or +33 1 23 45 67 89") == [
        "01.23.45.67.89",
        "+33 1 23 45 67 89",
    ]
    assert found(recognizer, "Call 020 7946 0958 within 30 days.") == ["020 7946 0958"]
    assert found(recognizer, "Box office 06.1.237.6638\n") == ["06.1.237.6638"]  # Budapest, trunk 06
