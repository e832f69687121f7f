"""Round nine: card, IBAN and SSN shapes do not depend on which space or dash a document printed (#16)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from governance.pii.identifiers import (
    DASHES,
    SPACES,
    US_SSN_PATTERN,
    CardRecognizer,
    IbanMod97Recognizer,
    MrnLabelRecognizer,
    SsnRecognizer,
    SwiftRecognizer,
)
from governance.pii.phones import WorldPhoneRecognizer
from governance.pii.recognizers import DateOfBirthRecognizer

SEPARATORS = list(SPACES) + list(DASHES)


def _found(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, [])]


def test_card_with_en_dashes_is_found():
    text = "Paid by Visa 4111\u20131111\u20131111\u20131111 on 12 May."
    assert _found(CardRecognizer(), text) == ["4111\u20131111\u20131111\u20131111"]


def test_amex_with_em_dashes_and_narrow_spaces_is_found():
    for sep in ("\u2014", "\u202f", "\u2212"):
        number = sep.join(["3782", "822463", "10005"])
        assert _found(CardRecognizer(), f"card `{number}` on file") == [number]


def test_dashed_digits_failing_luhn_are_not_a_card():
    assert _found(CardRecognizer(), "ref 4111\u20131111\u20131111\u20131112 today") == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SEPARATORS), min_size=3, max_size=3))
def test_card_found_whatever_the_separators(seps):
    groups = ["5555", "5555", "5555", "4444"]
    number = groups[0] + "".join(s + g for s, g in zip(seps, groups[1:], strict=True))
    assert _found(CardRecognizer(), f"card {number} exp 11/28") == [number]


def test_iban_with_country_code_set_apart_is_found():
    text = "refunded to GB 82 WEST 1234 5698 7654 32 today"
    assert _found(IbanMod97Recognizer(), text) == ["GB 82 WEST 1234 5698 7654 32"]


def test_iban_with_bad_checksum_and_space_after_country_is_not_found():
    assert _found(IbanMod97Recognizer(), "GB 83 WEST 1234 5698 7654 32") == []


def test_lowercase_word_before_digits_is_not_an_iban_start():
    # Only a capital country code may stand apart from its check digits: "at 82 ..." is prose.
    assert _found(IbanMod97Recognizer(), "paid at 82 WEST 1234 5698 7654 32") == []


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SEPARATORS))
def test_iban_found_whatever_the_separator(sep):
    groups = ["DE89", "3704", "0044", "0532", "0130", "00"]
    iban = sep.join(groups)
    assert _found(IbanMod97Recognizer(), f"account {iban} at BIC") == [iban]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(list(DASHES)))
def test_ssn_found_whatever_the_dash(dash):
    ssn = dash.join(["536", "22", "1887"])
    assert re.search(US_SSN_PATTERN, f"SSN {ssn}.")
    assert _found(SsnRecognizer(), f"Employee SSN {ssn}\n") == [ssn]


def test_swift_code_named_by_its_role_in_a_route_is_found():
    text = "Route: our DEUTDEFF → intermediary CHASUSNY → beneficiary bank BNPAFRPP (credit to FR76 ...)"
    assert _found(SwiftRecognizer(), text) == ["DEUTDEFF", "CHASUSNY", "BNPAFRPP"]


def test_swift_code_of_a_letter_of_credit_issuer_is_found():
    assert _found(SwiftRecognizer(), "L/C issued by BNPAFRPP in favour of the shipper") == ["BNPAFRPP"]


def test_swift_code_after_an_iban_with_its_country_set_apart_is_found():
    text = "Creditor account GB 82 WEST 1234 5698 7654 32 / NWBKGB2L"
    assert "NWBKGB2L" in _found(SwiftRecognizer(), text)


def test_capital_word_after_a_role_without_a_code_shape_stays():
    # "BENEFICIARY BANK ACCOUNT" is a heading: words are not bank codes.
    assert _found(SwiftRecognizer(), "intermediary HOSPITAL") == []


def test_bracketed_patient_number_before_birth_date_is_a_record_number():
    rec = MrnLabelRecognizer()
    for text, value in [
        ("* A. Boakye [P-2083-180157] b. Mon 16 Nov 1942", "P-2083-180157"),
        ("* M. Ansomah [HN 60 76 021] b. 2 March 1939", "HN 60 76 021"),
        ("* N. Wanjiku [5647785-7] DOB 1939-04-12", "5647785-7"),
        ("* X. Xu [28/019723] b. Sunday, 25 January 1987", "28/019723"),
    ]:
        assert _found(rec, text) == [value]


def test_bracketed_number_without_a_birth_date_after_is_not_a_record_number():
    assert _found(MrnLabelRecognizer(), "see reference [5647785-7] below") == []


def test_hospital_number_label_and_paired_digit_groups():
    rec = MrnLabelRecognizer()
    assert _found(rec, "Hosp. no: K9-361-8269     D.O.B.: 4 Sep 1957") == ["K9-361-8269"]
    assert _found(rec, "MRN         HN 11 45 164\n") == ["HN 11 45 164"]


def test_birth_date_with_its_weekday_is_found_whole():
    rec = DateOfBirthRecognizer()
    for text, value in [
        ("DOB Friday, January 9, 2009\n", "Friday, January 9, 2009"),
        ("date of birth   Thu 01 Jun 1978\n", "Thu 01 Jun 1978"),
        ("born\nSun 24 May 1998, residing at", "Sun 24 May 1998"),
    ]:
        assert _found(rec, text) == [value]


def test_weekday_date_without_birth_context_stays():
    assert _found(DateOfBirthRecognizer(), "Admitted Friday, January 9, 2009.") == []


def test_year_first_birth_dates_with_month_names():
    rec = DateOfBirthRecognizer()
    assert _found(rec, "D.O.B.: 1960 m. spalio 4 d.\n") == ["1960 m. spalio 4 d."]
    assert _found(rec, "DOB 1960. gada 4. oktobrī") == ["1960. gada 4. oktobrī"]


def test_birth_date_after_b_and_in_a_dob_field():
    rec = DateOfBirthRecognizer()
    assert _found(rec, "* N. Wanjiku [5647785-7] b. 1939-04-12 —") == ["1939-04-12"]
    text = '{"customer_dob": "1932-07-03T00:00:00", "opened": "2020-01-02T00:00:00"}'
    assert _found(rec, text) == ["1932-07-03T00:00:00"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Monday", "Tue", "Wed.", "Thursday,", "Fri", "Sat", "Sunday,"]))
def test_any_weekday_before_a_birth_date_is_taken(weekday):
    text = f"Date of birth: {weekday} 26 Nov 2004\n"
    assert _found(DateOfBirthRecognizer(), text) == [f"{weekday} 26 Nov 2004"]


def test_occupational_health_reference_and_slashed_record_number():
    rec = MrnLabelRecognizer()
    assert _found(rec, "Re: C. Beck, DOB 06 Oct 1997, OH ref 3231263231\n") == ["3231263231"]
    assert _found(rec, "MRN         98/089153\n") == ["98/089153"]


def test_slashed_date_is_not_a_record_number():
    assert _found(MrnLabelRecognizer(), "MRN seen 12/05/2023\n") == []


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["int.", "interno", "anexo", "ramal", "poste", "доб.", "вн.", "wew.", "DW"]))
def test_phone_extension_words_of_other_languages_are_part_of_the_number(word):
    text = f"mobile 0599-173-908 {word} 801\n"
    assert _found(WorldPhoneRecognizer(), text) == [f"0599-173-908 {word} 801"]


def test_b_abbreviation_counts_only_right_before_the_date():
    text = "Baku, Z. prospekti, b. 7, m. 99\n\nJuly 22, 2027\n\nTo whom it may concern"
    assert _found(DateOfBirthRecognizer(), text) == []


def test_visit_date_after_a_record_reference_is_not_a_record_number():
    text = "Re: J. Davids, OH ref 1223196-9\n\nSeen on 2023-07-02 for review"
    assert _found(MrnLabelRecognizer(), text) == ["1223196-9"]


def test_uzbek_birth_dates():
    rec = DateOfBirthRecognizer()
    assert _found(rec, "D.O.B.: 1952-yil 6-may\n") == ["1952-yil 6-may"]
    assert _found(rec, "DOB 6-may 1952-yil\n") == ["6-may 1952-yil"]
