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
    assert found(recognizer, text) == [phone.removesuffix(")")], text


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
