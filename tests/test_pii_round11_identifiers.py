"""Identifiers as documents name them from a distance or in machine layouts: a card the sentence or the
question before names, a record number in an XML element or after the institution that keeps it, a register's
abbreviated columns, a licence in a log's key=value fields, a bank's code in a payment advice's institution
fields, and birth dates with the month in Roman numerals."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from governance.pii.base import luhn_check_digit
from governance.pii.identifiers import (
    CardRecognizer,
    DriverLicenseRecognizer,
    MrnLabelRecognizer,
    SwiftRecognizer,
)
from governance.pii.phones import WorldPhoneRecognizer
from governance.pii.recognizers import DateOfBirthRecognizer

CARD = CardRecognizer()
MRN = MrnLabelRecognizer()
LICENCE = DriverLicenseRecognizer()
SWIFT = SwiftRecognizer()
DOB = DateOfBirthRecognizer()


def found(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


def luhn(body: str) -> str:
    return body + luhn_check_digit(body)


# --- cards named a little before their number -------------------------------------------------------------


def test_card_named_earlier_in_the_sentence_is_found_in_any_grouping():
    number = luhn("41" + "2233445566778")  # 16 digits
    grouped = f"{number[:2]}-{number[2:6]}-{number[6:10]}-{number[10:]}"
    text = f"Sadly the card you used on Monday was refused: {grouped}.\nKind regards"
    assert found(CARD, text) == [grouped]


def test_card_asked_for_in_a_chat_and_answered_on_the_next_line():
    number = luhn("5" + "10293847561")  # 13 digits
    grouped = f"{number[:3]} {number[3:7]} {number[7:10]} {number[10:]}"
    text = f"[09:12] Agent: Which card would you like to use?\n[09:13] Client: {grouped}\n[09:13] Agent: ok"
    assert found(CARD, text) == [grouped]


def test_number_near_a_card_word_failing_luhn_is_not_a_card():
    number = luhn("4" + "55566677788899")
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    text = f"Which card is it?\nCustomer: {wrong[:3]} {wrong[3:7]} {wrong[7:11]} {wrong[11:]}"
    assert found(CARD, text) == []


def test_phone_and_amounts_near_a_card_word_are_not_cards():
    text = "Pay by card on +44 20 7946 0958 or at the desk; card fee 1,234,567.00 and 12.50 per month."
    assert found(CARD, text) == []


def test_order_number_near_a_card_word_is_not_a_card():
    number = luhn("7" + "12345678901")
    text = f"We charged your card for order no. {number} yesterday."
    assert found(CARD, text) == []


def test_number_far_after_a_card_word_is_not_taken_by_it():
    number = luhn("3" + "0" * 5 + "123456")
    grouped = f"{number[:3]} {number[3:6]} {number[6:9]} {number[9:]}"
    text = "Your card was renewed." + " Nothing else happened that week." * 4 + f" Ticket {grouped}"
    assert grouped not in found(CARD, text)


@settings(max_examples=150, deadline=None)
@given(
    st.from_regex(r"[1-9][0-9]{11,17}", fullmatch=True),
    st.sampled_from(["-", " ", "."]),
    st.integers(2, 4),
    st.sampled_from(
        ["The card you gave was declined: ", "Which card is it?\n> ", "try the card again? Use "]
    ),
)
def test_luhn_number_shortly_after_a_card_word_is_found_in_any_grouping(body, sep, size, lead):
    number = luhn(body)
    grouped = sep.join(number[i : i + size] for i in range(0, len(number), size))
    text = f"{lead}{grouped}\nThanks"
    assert grouped in found(CARD, text), text


def test_a_card_word_before_one_long_run_stays_linear():
    text = "card " + "1 " * 40_000
    started = time.perf_counter()
    CARD.analyze(text, None)
    assert time.perf_counter() - started < 5


# --- medical record numbers --------------------------------------------------------------------------------


def test_mrn_element_with_attributes_in_an_xml_export():
    text = (
        '<admission ward="3 East">\n  <patient>\n    <mrn system="Northgate Infirmary">KX40291837</mrn>\n'
        "    <name>Doe, Jane</name>\n  </patient>\n</admission>"
    )
    assert found(MRN, text) == ["KX40291837"]


def test_xml_element_that_names_no_record_number_is_left_alone():
    text = '<order system="shop">KX40291837</order>\n<note>see 55012345</note>'
    assert found(MRN, text) == []


def test_mrn_after_the_institution_that_keeps_it():
    text = "Q6 Medical record no. at Northgate Infirmary: 4471-2290\nQ7 Height/weight: 5 ft 9"
    assert found(MRN, text) == ["4471-2290"]


def test_institution_after_a_label_does_not_reach_a_later_sentence():
    text = "Medical record at Northgate Infirmary was updated.\nInvoice total: 44712290"
    assert found(MRN, text) == []


@pytest.mark.parametrize("header", ["Hosp. no.", "Hosp no", "Donor no.", "Donor ID"])
def test_abbreviated_hospital_and_donor_number_columns(header):
    text = (
        f"Date | Patient | {header} | Qty\n"
        "3 Mar 2024 | Doe, Jane | AB-2290471 | 12\n"
        "4 Mar 2024 | Roe, Rick | 771.204.993 | 3\n"
    )
    assert found(MRN, text) == ["AB-2290471", "771.204.993"]


def test_quantity_column_beside_a_donor_number_column_is_kept():
    text = "Donor no. | Hb | Units\nAB-2290471 | 131 g/L | 2\n"
    assert found(MRN, text) == ["AB-2290471"]


def test_an_element_run_without_its_closing_tag_stays_linear():
    text = "<mrn " + "a" * 80_000
    started = time.perf_counter()
    MRN.analyze(text + "</", None)
    assert time.perf_counter() - started < 5


# --- driving licences in key=value fields --------------------------------------------------------------------


@pytest.mark.parametrize("value", ["K7730192", "55310284-B", "KA04 20190012345"])
def test_licence_in_a_log_line_whose_label_joins_words_with_underscores(value):
    text = f"ts=2025-01-02T03:04:05Z level=info event=kyc doc=driving_licence number={value} result=ok"
    assert found(LICENCE, text) == [value]


def test_underscored_field_names_without_a_licence_label_label_nothing():
    text = "ts=2025-01-02 user_licensed=yes build_id=AB123456 order_no=K7730192"
    assert found(LICENCE, text) == []


# --- SWIFT codes in a payment advice ---------------------------------------------------------------------------


def test_bank_codes_in_mt103_institution_fields():
    text = (
        "Ordering institution     BIC DEUTDEFF\n"
        "Intermediary             COBADEFF\n"
        "Account with institution NWBKGB2L\n"
        "Beneficiary\n  J. Doe\n"
    )
    assert found(SWIFT, text) == ["DEUTDEFF", "COBADEFF", "NWBKGB2L"]


def test_bank_code_after_an_account_held_with_it():
    text = "paid into the client account DE89 3704 0044 0532 0130 00 held with COBADEFF. Fee EUR 12."
    assert found(SWIFT, text) == ["COBADEFF"]


def test_a_heading_after_an_institution_label_is_not_a_bank():
    assert found(SWIFT, "Account with institution HOSPITAL") == []


# --- dates of birth -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "date",
    ["3.IV.1961", "22.VIII.1942", "1. XII. 1954", "14-IX-2001", "30/XI/1988", "9.I.1975", "17.VII.1933"],
)
def test_birth_date_with_the_month_in_roman_numerals(date):
    assert found(DOB, f"Patient: J. Doe   DOB: {date}   Sex: F") == [date]


@pytest.mark.parametrize("text", ["Chapter 3.IV.1961 of the code", "see section 12.XIII.1990", "2.IV.19"])
def test_roman_numeral_date_without_a_birth_label_or_month_is_no_birth_date(text):
    assert found(DOB, text) == []


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 28), st.integers(1, 12), st.integers(1900, 2024))
def test_every_roman_month_after_born(day, month, year):
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][month - 1]
    date = f"{day}.{roman}.{year}"
    assert found(DOB, f"2. J. Doe, born on {date}, residing at the address below") == [date]


@pytest.mark.parametrize(
    "label",
    ["Dyddiad geni:", "Data tat-twelid:", "Ngày sinh:", "Tanggal lahir:", "생년월일:", "Tarikh lahir:"],
)
def test_birth_labels_of_more_languages(label):
    assert found(DOB, f"Name: J. Doe\n{label} 1962-04-23\nPhone: none") == ["1962-04-23"]


def test_vietnamese_written_birth_date():
    text = "C1 Lan, spouse, born ngày 13 tháng 11 năm 1972"
    assert found(DOB, text) == ["ngày 13 tháng 11 năm 1972"]


@pytest.mark.parametrize("value", ["WDLAB7CD12XY", "WDL1234567AB", "WDLQRSTUVWX1"])
def test_washington_licence_with_few_digits_after_its_label(value):
    assert found(LICENCE, f"Please bring your driving licence {value} (Washington) to the desk.") == [value]


def test_washington_prefix_without_a_digit_or_a_label_is_no_licence():
    assert found(LICENCE, "licence WDLQRSTUVWXY") == []
    assert found(LICENCE, "the code WDLAB7CD12XY was sent") == []


# --- record keys of a fixed-width extract are not phones --------------------------------------------------------

PHONES = WorldPhoneRecognizer()


def test_record_keys_opening_fixed_width_rows_are_not_phones():
    text = (
        "CUSTOMER EXTRACT  4 Aug 2025  LRECL=220\n"
        "7802072404  DOE, JANE     6-JUN-1953  Main St 1\n"
        "0742634664  ROE, RICK     19851126    Main St 2\n"
        "7759283925  POE, ANN      21.02.1995  Main St 3\n"
        "5364879618  LOE, BEN      7.VII.1948  Main St 4\n"
    )
    assert found(PHONES, text) == []


def test_a_fixed_width_phone_list_keeps_its_phones():
    text = "Directory\n0412345678  DOE, JANE     Sales\n0298765432  ROE, RICK     Ops\n0387654321  POE, ANN  HR\n"
    assert found(PHONES, text) == ["0412345678", "0298765432", "0387654321"]


def test_one_line_opening_with_a_phone_is_still_a_phone():
    text = "Call back:\n0412345678  (mobile, after 5 pm)\n"
    assert found(PHONES, text) == ["0412345678"]


def test_a_line_of_digits_and_spaces_stays_linear():
    text = ("1234567890" + " " * 39 + "\n") * 4_000 + "0" * 80_000
    started = time.perf_counter()
    PHONES.analyze(text, None)
    assert time.perf_counter() - started < 10


# --- a code that opens with letters is no account number --------------------------------------------------------


def _bank_account():
    from governance.pii.engine import domain_recognizers

    return next(r for r in domain_recognizers("finance") if type(r).__name__ == "BankAccountRecognizer")


def test_crm_contact_id_under_an_accounts_team_is_no_account_number():
    text = (
        "contact_id\tname\towner\n003QK4471290385\tDoe, Jane\tkey-accounts\n003ZB5512093377\tRoe, Rick\tops\n"
    )
    assert found(_bank_account(), text) == []


def test_account_number_after_its_label_is_still_found():
    bank = _bank_account()
    assert found(bank, "Please credit account number 44712903851 today.") == ["44712903851"]
    assert found(bank, "a/c 44712903") == ["44712903"]
