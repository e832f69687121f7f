"""Identifiers, round thirteen: a card right after a CSV row's comma, glued to a reservation's "CC", under a
"paid with" column of a row an unquoted comma shifted, or held by a pre-authorisation; record numbers with the
ward's letters slashed, dotted or inside the serial, and "record" labelled by the word before it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.config import ScrubParams
from governance.pii.base import labelled_cells, luhn_ok
from governance.pii.identifiers import CardRecognizer, MrnLabelRecognizer
from governance.pii.scrubber import Scrubber
from tests.pii_helpers import with_check_digit

CARDS = CardRecognizer()
MRNS = MrnLabelRecognizer()


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


def cards(text: str) -> list[str]:
    return sorted(text[r.start : r.end] for r in CARDS.analyze(text, ["CREDIT_CARD"]))


def mrns(text: str) -> list[str]:
    return [text[r.start : r.end] for r in MRNS.analyze(text, ["MEDICAL_RECORD_NUMBER"])]


def grouped(digits: str, sizes: list[int], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(digits[at : at + size])
        at += size
    return sep.join(out)


PAN = with_check_digit("491761000000000")  # 16 digits
assert len(PAN) == 16 and luhn_ok(PAN)
NOT_A_PAN = PAN[:-1] + str((int(PAN[-1]) + 1) % 10)


# Cards after a comma.


def test_a_grouped_card_right_after_a_csv_rows_comma_is_one() -> None:
    row = f"id,member,when,card\nR-77,Ana Lima,2024-03-02,{grouped(PAN, [4, 4, 4, 4], '-')}\n"
    assert cards(row) == [grouped(PAN, [4, 4, 4, 4], "-")]


def test_after_a_word_and_a_comma_an_ungrouped_card_is_one_too() -> None:
    assert cards(f"Ana Lima,{PAN},FAST") == [PAN]


def test_after_a_digit_and_a_comma_an_ungrouped_run_may_be_decimals_and_stays() -> None:
    assert cards(f"ratio 0,{PAN} measured") == []


def test_a_run_that_fails_luhn_after_a_comma_stays() -> None:
    assert cards(f"id,x\nR-77,{grouped(NOT_A_PAN, [4, 4, 4, 4], ' ')}\n") == []


@settings(max_examples=60, deadline=None)
@given(
    body=st.text(alphabet="0123456789", min_size=11, max_size=18).filter(lambda b: b[0] != "0"),
    before=st.sampled_from(["2024", "Lima", '"x"', "FAST"]),
    sep=st.sampled_from(["-", ".", " ", "  "]),
)
def test_any_luhn_card_in_fours_after_a_comma_is_found_and_a_broken_one_never(body, before, sep) -> None:
    pan = with_check_digit(body)
    sizes = [4] * (len(pan) // 4) + ([len(pan) % 4] if len(pan) % 4 else [])
    if sizes[-1] < 3:  # a last group of one or two is a shape of its own, covered elsewhere
        return
    assert cards(f"a,b\n{before},{grouped(pan, sizes, sep)}\n") == [grouped(pan, sizes, sep)]
    broken = pan[:-1] + str((int(pan[-1]) + 1) % 10)
    assert cards(f"a,b\n{before},{grouped(broken, sizes, sep)}\n") == []


# A reservation's form of payment.


@pytest.mark.parametrize(
    "line, card",
    [
        (f"  7 FP CC{PAN}\n", PAN),
        (f"  7 FP CCVI{PAN}/0129\n", PAN),
        (f"  7 FP CC{grouped(PAN, [6, 6, 4], '-')}\n", grouped(PAN, [6, 6, 4], "-")),
    ],
)
def test_a_card_glued_to_cc_in_a_form_of_payment_is_one(line, card) -> None:
    assert cards(line) == [card]


def test_cc_inside_a_word_or_in_lower_case_is_no_form_of_payment() -> None:
    assert cards(f"ACC{grouped(PAN, [2, 7, 7], '-')} and cc{grouped(PAN, [2, 7, 7], '-')}") == []


# A payment column, and rows an unquoted comma shifted.

SWIMS = (
    "booking,member,dob,session,paid_with\n"
    f"B-1,Ana Lima,1990-01-02,2024-05-06,{grouped(PAN, [2, 4, 4, 6], ' ')}\n"
    f"B-2,Ola Bell,1991-02-03,May 6, 2024,{grouped(PAN, [3, 3, 3, 3, 4], ' ')}\n"
)


def test_a_paid_with_column_holds_cards_in_any_grouping_even_in_a_shifted_row() -> None:
    assert cards(SWIMS) == sorted([grouped(PAN, [2, 4, 4, 6], " "), grouped(PAN, [3, 3, 3, 3, 4], " ")])


def test_the_same_numbers_under_another_column_are_left_to_the_card_shape() -> None:
    assert cards(SWIMS.replace("paid_with", "ref_code")) == []


def test_a_shifted_row_offers_a_column_counted_from_either_end() -> None:
    import re

    table = "a,b,c,label\n1,x,y,z1\n2,x,y, z,z2\n"
    cells = {table[s:e] for s, e in labelled_cells(table, re.compile("label"))}
    assert {"z1", "z2"} <= cells


@pytest.mark.parametrize("word", ["pre-authorised on", "Pre-authorized on", "preauthorisation held on"])
def test_a_pre_authorisation_names_the_card_it_holds(word) -> None:
    number = grouped(PAN, [4, 3, 3, 3, 3], ".")
    assert cards(f"Deposit EUR 290.23 {word} {number}\nRoadside: 650 123 54") == [number]


# Record numbers.


@pytest.mark.parametrize(
    "text, number",
    [
        ("[Hosp. no.] QX.418.2207\n", "QX.418.2207"),
        ("MRN TR/771026    DOB: 01.02.1990", "TR/771026"),
        ("Issue against record W52/30917.", "W52/30917"),
        ("Please book quoting patient no. 47KQ81235. Thanks", "47KQ81235"),
        ("Chart ...... 52FT60714\n", "52FT60714"),
        ("Seen at Riverside Clinic; clinic record QM5543210. Valid 12 months", "QM5543210"),
        ("Issue against record J6154732-8.", "J6154732-8"),
    ],
)
def test_record_numbers_after_their_label(text, number) -> None:
    assert mrns(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "She set a world record 1234567 in Oslo.",
        "Indication: T78.40XA. Sample drawn 9-Feb-2026.",
        "Issue against invoice QX.418.2207.",
    ],
)
def test_no_record_label_no_record_number(text) -> None:
    assert mrns(text) == []


def test_an_icd_code_after_a_record_label_is_no_record_number() -> None:
    assert mrns("MRN G43.909 noted") == []


def test_the_scrubber_removes_them_in_a_crossmatch_request(scrubber) -> None:
    text = (
        "BLOOD BANK CROSSMATCH REQUEST\n[Name] Ana Lima\n[DOB] 11/27/1975   [Hosp. no.] QX.418.2207\n"
        f"Indication: K02.9. Issue against record W52/30917. Paid by card {grouped(PAN, [4, 4, 4, 4], ' ')}.\n"
    )
    found = {(d.entity_type, text[d.start : d.end]) for d in scrubber.find(text)}
    assert ("MEDICAL_RECORD_NUMBER", "QX.418.2207") in found
    assert ("MEDICAL_RECORD_NUMBER", "W52/30917") in found
    assert ("CREDIT_CARD", grouped(PAN, [4, 4, 4, 4], " ")) in found
    assert not any(value == "K02.9" for _, value in found)


# A documentary credit's banks, and birth labels of more languages and of OCR.


@pytest.mark.parametrize(
    "text, code",
    [
        (":57A: DEUTDEFF\n", "DEUTDEFF"),
        (":41D: AVAILABLE WITH BNPAFRPP BY PAYMENT\n", "BNPAFRPP"),
        (":41A: COBADEFFXXX\n", "COBADEFFXXX"),
    ],
)
def test_the_banks_of_a_documentary_credits_fields(scrubber, text, code) -> None:
    found = {text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == "SWIFT_CODE"}
    assert found == {code}


def test_a_field_that_names_no_bank_holds_none(scrubber) -> None:
    text = ":45A: GOODS AS PER PROFORMA\n:47A: DOCUMENTS TO COMPLY WITH UCP 600\n"
    assert not [d for d in scrubber.find(text) if d.entity_type == "SWIFT_CODE"]


@pytest.mark.parametrize(
    "label", ["Gimimo data:", "Dzimšanas datums:", "Data de naixement:", "Дата на раждане:", "Date of b1rth"]
)
def test_birth_dates_after_labels_of_more_languages_and_of_ocr(scrubber, label) -> None:
    text = f"Applicant\n  {label} 1969/08/27\n"
    found = {text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == "DATE_OF_BIRTH"}
    assert found == {"1969/08/27"}


def test_a_licence_number_right_after_dl_is_found_without_its_label() -> None:
    from governance.pii.identifiers import DriverLicenseRecognizer

    text = "Debtor's DOB 05/18/1969; DL 51230977.\nDebtor's attorney: Ola Bell"
    found = [text[r.start : r.end] for r in DriverLicenseRecognizer().analyze(text, ["DRIVER_LICENSE"])]
    assert found == ["51230977"]


def test_a_reference_with_its_series_after_an_invoice_label_is_no_phone(scrubber) -> None:
    text = "born 1949/12/15, host mobile 2001252949; invoice NF 140.613\n"
    phones = {text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == "PHONE_NUMBER"}
    assert phones == {"2001252949"}


# Birth dates in a shifted CSV row, with the year's word, after "Fecha de nac."; the colloquial "Social".

SWIM_ROWS = (
    "booking,member,dob,mobile,email,session,paid_with\n"
    'B-1,"Ana Lima",6 april 1961,22 34 81,a@b.gl,26-Apr-2026,x\n'
    'B-2,"Ola Bell",20. april 1957,22-73-29,o@b.gl,Sep 15, 2025,x\n'
    'B-3,"Bo Dal",16 luglio 1990,+39 312 3458569,b@d.it,2024-01-01,x\n'
)


def test_birth_dates_of_a_dob_column_in_any_language_and_never_the_shifted_phone(scrubber) -> None:
    found = {SWIM_ROWS[d.start : d.end] for d in scrubber.find(SWIM_ROWS) if d.entity_type == "DATE_OF_BIRTH"}
    assert {"6 april 1961", "20. april 1957", "16 luglio 1990"} <= found
    assert "22-73-29" not in found


@pytest.mark.parametrize(
    "value, ok",
    [
        ("22-73-29", False),
        ("22-31-93", False),
        ("12-05-97", True),
        ("31.12.1990", True),
        ("6 april 1961", True),
    ],
)
def test_an_all_number_date_must_be_a_calendar_day(value, ok) -> None:
    from governance.pii.recognizers import calendar_day

    assert calendar_day(value) is ok


@pytest.mark.parametrize(
    "text, date",
    [
        ("Дата рождения: 17 октября 1963 г.\n", "17 октября 1963 г."),
        ("Data urodzenia: 3 marca 1990 r.\n", "3 marca 1990 r."),
        ("MRN PT/912789    Fecha de nac.: 19-Dec-1971\n", "19-Dec-1971"),
    ],
)
def test_birth_dates_with_the_years_word_or_after_a_shortened_label(scrubber, text, date) -> None:
    found = {text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == "DATE_OF_BIRTH"}
    assert date in found


@pytest.mark.parametrize(
    "text, ssn",
    [
        (" 9   Q.  Your Social is 219099999, correct?\n", "219099999"),
        ("Debtor.   SSN xxx-xx-.... full no. on Form 121: 219099999\n", "219099999"),
    ],
)
def test_plain_ssns_after_the_colloquial_social_or_a_label_further_back(scrubber, text, ssn) -> None:
    found = {text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == "US_SSN"}
    assert found == {ssn}


def test_social_media_figures_are_no_ssn(scrubber) -> None:
    text = "Social media followers 219099999 this quarter.\n"
    assert not [d for d in scrubber.find(text) if d.entity_type == "US_SSN"]
