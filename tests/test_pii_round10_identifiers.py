"""Round ten: cards grouped any way after a card word or under a card column, phones in comma-separated
exports, and the labels of record numbers, SWIFT codes, licences and birth dates (#16)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from governance.pii.base import luhn_check_digit
from governance.pii.identifiers import (
    CardRecognizer,
    DriverLicenseRecognizer,
    IbanMod97Recognizer,
    MrnLabelRecognizer,
    SwiftRecognizer,
)
from governance.pii.phones import WorldPhoneRecognizer, comma_rows
from governance.pii.recognizers import DateOfBirthRecognizer


def _found(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, [])]


# Cards: after a card word the grouping is free; Luhn is the guard.


def test_card_in_groups_of_three_after_card_word_is_found():
    for number in ("979 255 164 209 731 0", "979.246.762.365.611.7", "491-982-665-510-544-3"):
        assert _found(CardRecognizer(), f"MYR 13.81 taken today on card {number}. Agent") == [number]


def test_card_on_the_line_after_card_word_is_found():
    text = "> We were charged twice on this card:\n> 601 148 451 390 591 955 9\n"
    assert _found(CardRecognizer(), text) == ["601 148 451 390 591 955 9"]


def test_card_word_with_double_spaced_groups_in_a_table_row():
    text = "| 02:11 | card 220  407  285  104  609  3 used at a shop |"
    assert _found(CardRecognizer(), text) == ["220  407  285  104  609  3"]


def test_card_word_number_failing_luhn_is_not_a_card():
    assert _found(CardRecognizer(), "card 979 255 164 209 731 1 used") == []


def test_amounts_in_thousands_after_card_word_are_kept():
    for text in ("card fee 1,234,567,890,123", "card spend 1.234.567.890.123 EUR", "card: 12 345 678"):
        assert _found(CardRecognizer(), text) == []


def test_card_word_run_is_taken_whole_or_not_at_all():
    # "979 255 164 209" alone passes Luhn: a prefix of a failing run is never taken.
    assert _found(CardRecognizer(), "card 979 255 164 209 731 1 used") == []


def test_card_column_cells_are_cards_in_any_grouping():
    text = "| name | card number | exp |\n|---|---|---|\n| A | 979 255 164 209 731 0 | 12/25 |\n| B | 12 345 | 1 |"
    assert _found(CardRecognizer(), text) == ["979 255 164 209 731 0"]


def _luhn_number(body: str) -> str:
    return body + luhn_check_digit(body)


@settings(max_examples=80, deadline=None)
@given(
    st.text("0123456789", min_size=11, max_size=18).filter(lambda s: s[0] != "0"),
    st.integers(1, 4),
    st.sampled_from([" ", ".", "-", "  ", "\u2013", "\u00a0"]),
    st.sampled_from(["card", "Card no.", "on this card:", "debit card #", "Karte", "tarjeta"]),
)
def test_luhn_number_after_card_word_found_in_any_grouping(body, size, sep, word):
    digits = _luhn_number(body)
    number = sep.join(digits[i : i + size] for i in range(0, len(digits), size))
    assert _found(CardRecognizer(), f"paid with {word} {number} today") == [number]


@settings(max_examples=80, deadline=None)
@given(st.integers(100_000_000_000, 9_999_999_999_999_999))
def test_comma_amounts_after_card_word_are_never_cards(amount):
    assert _found(CardRecognizer(), f"card limit {amount:,} EUR") == []


# Phones in comma-separated exports: a field-separating comma is not a decimal comma.

_EXPORT = (
    "registrant,email,phone,joined_from,ticket,paid\n"
    '"Cameron Randall",c@example.com,(506) 234-7872,2806:8eea::3c5,#5058373,"CAD 65.82"\n'
    '"Julie Dawson",j@example.com,010.2007.1542,89.59.129.41,SO-7662-FR,"KRW 109,447"\n'
    '"B. András",b@example.net,+36 20.121.2954 x6970,2806:feab::6560,SO-1122-WP,"$50.18"\n'
)


def test_phones_in_comma_separated_export_are_found_whole():
    assert _found(WorldPhoneRecognizer(), _EXPORT) == [
        "(506) 234-7872",
        "010.2007.1542",
        "+36 20.121.2954 x6970",
    ]


def test_comma_rows_need_a_header_and_equal_width():
    rows = comma_rows(_EXPORT)
    assert len(rows) == 3
    prose = "We met in Oslo, Bergen, and Tromsø in 2021.\nThen Lund, Malmö, and Umeå in 2022.\n"
    assert comma_rows(prose) == {}


def test_phone_with_comma_extension_in_prose_is_unchanged():
    lines = [
        f'<sms address="212 832 762" body="call me on 210-708-495, ext. 3418 instead, ok" n="{i}" />'
        for i in range(2)
    ]
    found = _found(WorldPhoneRecognizer(), "\n".join(lines))
    assert "210-708-495, ext. 3418" in found


def test_decimal_comma_amounts_in_a_quoted_export_cell_are_not_phones():
    text = 'name,phone,paid\n"A. B.",+45 34494115,"3 316,11 DKK"\n"C. D.",32 16 33 99,"174 486,23 EUR"\n'
    assert _found(WorldPhoneRecognizer(), text) == ["+45 34494115", "32 16 33 99"]


@settings(max_examples=40, deadline=None)
@given(st.integers(200, 989), st.integers(200, 999), st.integers(0, 9999), st.integers(1000, 9999))
def test_phone_cell_followed_by_digits_in_next_field(area, exchange, line, nxt):
    phone = f"({area}) {exchange}-{line:04d}"
    text = f"name,phone,code,x\nA,{phone},{nxt},y\nB,{phone},{nxt},z\n"
    assert phone in _found(WorldPhoneRecognizer(), text)


# Record numbers, SWIFT codes, licences and birth dates.


def test_mrn_after_record_number_label():
    for value in ("E6234333K", "621.515.956", "061.248.948", "65186008"):
        assert _found(MrnLabelRecognizer(), f"Your record number: {value}\nDate of birth: 1 May 1950") == [
            value
        ]


def test_mrn_with_slashed_suffix_after_label_and_in_a_column():
    assert _found(MrnLabelRecognizer(), "Pt DOB: 10 Jul. 1986  MRN 247569/48\nRx: x") == ["247569/48"]
    text = "subject;mrn;dob\nA. B.;374545/97;7 Apr. 1958\nC. D.;E9313381K;20 Nov 1948\n"
    assert _found(MrnLabelRecognizer(), text) == ["374545/97", "E9313381K"]


def test_capitalised_record_right_before_a_number_is_a_record_number():
    assert _found(MrnLabelRecognizer(), "Yes, with photo ID. Record H4243095 noted.") == ["H4243095"]
    assert _found(MrnLabelRecognizer(), "Record 558062/39 noted.") == ["558062/39"]
    assert _found(MrnLabelRecognizer(), "a world record 123456 points") == []


def test_mrn_label_names_only_the_first_number_after_it():
    text = "Pt DOB: 7-3-1997  MRN 69201745\nRx: ART-20290 100 mg x30"
    assert _found(MrnLabelRecognizer(), text) == ["69201745"]


def test_swift_after_iso_20022_agent_tags():
    text = "Dbtr: Acme | DbtrAgt BICFI WFHGKZHN\n  CdtTrfTxInf #1: Cdtr A. B. | CdtrAgt VWYISGVF | RmtInf FAC/1/2"
    assert _found(SwiftRecognizer(), text) == ["WFHGKZHN", "VWYISGVF"]
    assert _found(SwiftRecognizer(), "<CdtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI>") == ["COBADEFFXXX"]


def test_licence_after_driving_permit_and_with_state_office_prefix():
    text = "[6] Photo ID ..... driving permit 007 276 919, issued in SG"
    assert _found(DriverLicenseRecognizer(), text) == ["007 276 919"]
    assert _found(DriverLicenseRecognizer(), "Licence: JN71 23477091386 (IN)") == ["JN71 23477091386"]
    assert _found(DriverLicenseRecognizer(), "Driver's licence (parking) KM34 53556439347") == [
        "KM34 53556439347"
    ]


def test_birth_date_year_first_with_month_abbreviation():
    for date in ("1972-Jan-25", "1986 Oct 14", "2002/Jun/25", "1953. Mar. 25"):
        assert _found(DateOfBirthRecognizer(), f"Employee record: born {date}.") == [date]


def test_a_number_over_31_before_a_label_is_no_day():
    text = "Hosp. no. 23-87-50-68   DOB 1955.12.27\nAddress"
    assert _found(DateOfBirthRecognizer(), text) == ["1955.12.27"]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1900, 2025), st.sampled_from(["Jan", "Feb", "Mar", "Sept", "Oct", "Dec"]), st.integers(1, 28)
)
def test_year_month_day_dates_after_birth_label(year, month, day):
    date = f"{year}-{month}-{day:02d}"
    assert _found(DateOfBirthRecognizer(), f"Date of birth: {date}\n") == [date]


def test_licence_with_a_two_digit_group_before_the_serial():
    assert _found(DriverLicenseRecognizer(), "exchange your driving licence 05 570 032 (Pennsylvania)") == [
        "05 570 032"
    ]
    assert _found(DriverLicenseRecognizer(), "identified by driving licence no. 55 82816 issued by") == [
        "55 82816"
    ]


def test_mrn_with_a_two_digit_check_group_but_not_a_day():
    assert _found(MrnLabelRecognizer(), "DOB 15.11.50, OH ref 7020 6571 45\n\nSeen") == ["7020 6571 45"]
    assert _found(MrnLabelRecognizer(), "MRN 1234567 12 Jan 2020") == ["1234567"]


def test_iban_of_countries_that_joined_the_registry_lately():
    text = "CdtrAcct LC07 RDZS 3782 3535 4730 3927 4385 0310 | x"
    assert _found(IbanMod97Recognizer(), text) == ["LC07 RDZS 3782 3535 4730 3927 4385 0310"]
    assert _found(IbanMod97Recognizer(), "LC07 RDZS 3782 3535 4730 3927 4385 0311") == []


def test_dotted_quad_with_extension_is_a_phone_and_without_one_is_not():
    assert _found(WorldPhoneRecognizer(), "Prescriber: A. G.  ph 34.48.70.10 x7818\n") == [
        "34.48.70.10 x7818"
    ]
    assert _found(WorldPhoneRecognizer(), "upstream host 34.45.43.15 answered") == []


def test_mrn_label_with_a_paired_value_names_nothing_after_it():
    text = "Pt DOB: 23.05.1943  MRN 90-06-08-28\nRx: ART-05200 500 mg x30"
    assert _found(MrnLabelRecognizer(), text) == ["90-06-08-28"]


def test_json_lines_are_no_comma_separated_rows():
    text = (
        '{\n  "name": {"given": "Kiyoko", "family": "Jenkins"},\n  "birthDate": "November 26, 1995",\n'
        '  "contact": {"email": "k@example.ca", "phone": "+421 912 162 808"},\n  "ip": "23.91.63.48"\n}\n'
    )
    assert comma_rows(text) == {}
    assert _found(WorldPhoneRecognizer(), text) == ["+421 912 162 808"]


def test_number_beside_an_email_in_contact_details_is_a_phone():
    for text, phone in (
        ("16:15 N. Ivanova — 072.935.445, n.ivanova@example.com. Currently at", "072.935.445"),
        ("**Contact:** `t.muev@example.co.ke` · 02131022  \n", "02131022"),
        ("Contact: s.kolmar@example.ca / 650-3768\nFare", "650-3768"),
    ):
        assert _found(WorldPhoneRecognizer(), text) == [phone]


def test_year_or_weight_beside_an_email_is_no_phone():
    assert _found(WorldPhoneRecognizer(), "write to a@example.com, 2019 was good") == []
    assert _found(WorldPhoneRecognizer(), "a@example.com, 12.5 kg") == []


def test_identity_document_labels_name_a_licence_like_number():
    for value in ("R-8930-8681", "Y 649 029 939 805", "HY701474"):
        assert _found(DriverLicenseRecognizer(), f"ID checked at desk: {value}\nHeight") == [value]
    assert _found(DriverLicenseRecognizer(), "Customer ID 123456") == []


def test_hl7_pid_home_and_business_phones():
    text = (
        "PID|1||P7047712764^^^MAIN^MR||ARAUJO^IASMIN^^^||19410323|F|||Largo 165^^Estremoz^^96636||215341825\r"
        "PID|1||X^^^MAIN^MR||A^B||19660809|M|||addr||(212) 555-0134|555 123 4567|EN\r"
    )
    assert _found(WorldPhoneRecognizer(), text) == ["(212) 555-0134", "555 123 4567", "215341825"]


def test_compact_date_time_is_no_card_even_when_luhn_passes():
    assert luhn_check_digit("20261215081") == "5"  # the stamp below passes Luhn
    assert _found(CardRecognizer(), "MSH|^~\\&|LIS|X|EHR|WARD|202612150815||ORU^R01|45") == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["version", "API_VERSION=", "build", "consent form", "firmware v"]))
def test_dotted_quad_after_a_version_label_is_no_address(label):
    from governance.pii.identifiers import ip_recognizer

    text = f"{label} 20.9.4.169 and login from 20.9.4.170"
    assert _found_ip(ip_recognizer(), text) == ["20.9.4.170"]


def _found_ip(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["IP_ADDRESS"])]


def test_departure_and_arrival_times_after_a_booking_status_are_no_phone():
    text = "  3  LH 1172 Y 14JUN 4 LHRBCN HK1  0710 0925\n  4 AP +49 30 1234567\n"
    assert _found(WorldPhoneRecognizer(), text) == ["+49 30 1234567"]
