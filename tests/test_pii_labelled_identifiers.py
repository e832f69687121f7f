"""Identifiers without a checksum, found by their shape and their label as documents of many countries
write them: SWIFT/BIC codes, medical record numbers, driving licences, dates of birth."""

from __future__ import annotations

from datetime import date

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from governance.pii.identifiers import DriverLicenseRecognizer, MrnLabelRecognizer, SwiftRecognizer
from governance.pii.recognizers import DateOfBirthRecognizer

SWIFT = SwiftRecognizer()
MRN = MrnLabelRecognizer()
LICENCE = DriverLicenseRecognizer()
COUNTRIES = sorted(phonenumbers.SUPPORTED_REGIONS)


def found(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@st.composite
def bics(draw, structured: bool) -> str:
    bank = draw(st.from_regex(r"[A-Z]{4}", fullmatch=True))
    country = draw(st.sampled_from(COUNTRIES))
    if structured:
        tail = draw(
            st.sampled_from([r"[A-Z0-9]{2}XXX", r"[A-Z][0-9]", r"[0-9][A-Z0-9]", r"[A-Z0-9]{2}[0-9]{3}"])
        )
    else:
        tail = draw(st.sampled_from([r"[A-Z]{2}", r"[A-Z]{5}"]))
    return bank + country + draw(st.from_regex(tail, fullmatch=True))


@settings(max_examples=200, deadline=None)
@given(
    bics(structured=False), st.sampled_from(["SWIFT: ", "BIC ", "Sender: ", "Receiver: ", ":57A:", ":52A:"])
)
def test_a_bic_after_its_label_or_a_swift_message_field_is_found(bic, label):
    text = f"{{1:F01}}\n{label}{bic}\n:59:/DE89"
    assert found(SWIFT, text) == [bic], text


@settings(max_examples=200, deadline=None)
@given(bics(structured=True))
def test_a_bic_of_a_shape_no_word_has_needs_no_label(bic):
    assert found(SWIFT, f"pay to {bic} today") == [bic]


@pytest.mark.parametrize(
    "text",
    [
        "the HOSPITAL COURSE was stable",
        "Sender: ATTORNEY",
        "codes ABCDZZ12 and WXYZQQ",
        "bicarbonate 8. SUMMARY",
    ],
)
def test_words_in_capitals_and_codes_of_no_country_are_no_bic(text):
    assert found(SWIFT, text) == []


MRN_LABELS = [
    "MRN",
    "Chart #",
    "Patient ID",
    "Patiëntnummer",
    "Patientennummer",
    "Dossiernummer",
    "Cartella clinica n.",
    "N.º de historia clínica",
    "NHC",
    "IPP",
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(MRN_LABELS),
    st.from_regex(r"[0-9]{3}-[0-9]{2}-[0-9]{2}|[A-Z]{1,2}[0-9]{6,8}|[0-9]{7,10}", fullmatch=True),
)
def test_a_medical_record_number_after_its_label_in_many_languages_is_found(label, value):
    text = f"Re: the patient, born 1950, {label} {value}.\nThank you"
    assert found(MRN, text) == [value], text


def test_a_number_without_a_record_label_is_no_medical_record_number():
    assert found(MRN, "Order 918-56-43 and invoice 6694438377 shipped") == []


LICENCE_LABELS = ["Driver licence (AZ):", "licence TR", "Driving licence:", "Rijbewijs:", "Führerschein Nr."]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(LICENCE_LABELS),
    st.from_regex(
        r"[A-Z]{1,2}[0-9]{7,10}|[0-9]{8,12}|[A-Z][0-9]{4} [0-9]{5} [0-9]{5}|[A-Z][0-9]{3}[A-Z]{3}[0-9][A-Z][0-9]{2}",
        fullmatch=True,
    ),
)
def test_a_driving_licence_after_its_label_is_found_whole(label, value):
    text = f"{label} {value}\nEmail: x@example.com"
    # Letters right before a number may be its series or the issuing country: they go with it.
    expected = f"TR {value}" if label.endswith(" TR") and value[0].isdigit() else value
    assert found(LICENCE, text) == [expected], text


def test_a_licence_label_needs_digits_after_it():
    assert found(LICENCE, "Released under the MIT license 2.0 by the ACME team") == []


DOB = DateOfBirthRecognizer()
BIRTH_LABELS = ["BDAY:", "born", "DOB", "Geburtsdatum:", "date de naissance :", "data di nascita", "d.o.b."]
MONTH_NAMES = ["oktober", "kwietnia", "novembre", "dicembre", "juli", "Aug", "November", "März", "lutego"]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(BIRTH_LABELS),
    st.integers(1, 28),
    st.sampled_from(MONTH_NAMES),
    st.integers(1930, 2020),
    st.sampled_from(["{d} {m} {y}", "{d}. {m} {y}", "{d:02}-{m}-{y}"]),
)
def test_a_birth_date_with_a_month_of_any_language_after_a_birth_label_is_found(label, d, m, y, shape):
    date = shape.format(d=d, m=m, y=y)
    text = f"Child: Ana Lima, {label} {date}\nAllergies: none"
    assert found(DOB, text) == [date], text


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)))
def test_an_iso_birth_date_in_a_vcard_is_found(day):
    text = f"FN:Ana Lima\nBDAY:{day.isoformat()}\nNOTE:met at expo"
    assert found(DOB, text) == [day.isoformat()], text


def test_a_date_without_a_birth_label_is_no_birth_date():
    assert found(DOB, "Invoice dated 3 oktober 2011, paid 20-Aug-2016") == []


def test_a_licence_label_is_a_whole_word():
    assert found(LICENCE, "permission 12345678 granted; licensed in 2019 under 55551234") == []
    assert found(LICENCE, "Permis 12345678") == ["12345678"]


@settings(max_examples=60, deadline=None)
@given(
    number=st.from_regex(r"[A-Z]{0,2}[0-9]{6,9}|[A-Z]-[0-9]{4}-[0-9]{4}", fullmatch=True),
    label=st.sampled_from(["LIC#", "Lic#", "LIC NO", "lic no:"]),
)
def test_a_licence_number_after_the_short_lic_label_is_found(number, label):
    text = f"DRIVER: ANA LIMA\n{label} {number} ST/CTRY DK   DOB 01/02/1980"
    found = [text[r.start : r.end] for r in DriverLicenseRecognizer().analyze(text, ["DRIVER_LICENSE"])]
    assert found == [number]
    assert DriverLicenseRecognizer().analyze(f"public {number} shelf", ["DRIVER_LICENSE"]) == []
