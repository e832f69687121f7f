"""Identifiers where their label is not right before them (table columns and rows, HL7 and IATA records),
birth dates in the layouts people write them in, and phones with their extensions."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.medical.recognizers import StayDateRecognizer
from governance.pii.base import labelled_cells
from governance.pii.identifiers import (
    DriverLicenseRecognizer,
    MrnLabelRecognizer,
    SsnRecognizer,
    SwiftRecognizer,
)
from governance.pii.phones import WorldPhoneRecognizer
from governance.pii.recognizers import DateOfBirthRecognizer

DOB = DateOfBirthRecognizer()
MRN = MrnLabelRecognizer()
DL = DriverLicenseRecognizer()
SSN = SsnRecognizer()
SWIFT = SwiftRecognizer()
PHONE = WorldPhoneRecognizer()
MONTHS = "January February March April May June July August September October November December".split()


def found(recognizer, text: str) -> list[str]:
    return sorted(
        text[r.start : r.end] for r in recognizer.analyze(text, recognizer.supported_entities, None)
    )


# --- birth dates -----------------------------------------------------------------------------------------


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def shapes(d: date) -> list[str]:
    mon = MONTHS[d.month - 1][:3]
    return [
        f"{d.day:02d}{mon.upper()}{d.year}",  # 11APR1961
        f"{mon}-{d.day:02d}-{d.year}",  # Mar-27-1986
        f"{d.day}-{mon}-{d.year % 100:02d}",  # 11-Mar-53
        f"{d.year}.{d.month:02d}.{d.day:02d}",  # 1955.09.08
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.month:02d} / {d.day:02d} / {d.year}",  # spaced slashes
        f"{ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}",
        f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
        f"{MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}",
        f"{d.day}. januar {d.year}",
        f"{d.day} de diciembre de {d.year}",
        f"{d.year}년 {d.month}월 {d.day}일",
        f"{d.year}年{d.month}月{d.day}日",
    ]


birth_dates = st.dates(min_value=date(1920, 1, 1), max_value=date(2015, 12, 31))


@settings(max_examples=60, deadline=None)
@given(
    birth_dates, st.sampled_from(["DOB:", "born", "Date of birth", "né le", "nacido el", 'birth_date = "'])
)
def test_a_birth_date_in_any_common_layout_after_a_birth_label_is_found_whole(day, label):
    for written in shapes(day):
        assert found(DOB, f"Patient X, {label} {written}, seen today.") == [written], written


@settings(max_examples=40, deadline=None)
@given(birth_dates, birth_dates)
def test_a_row_of_dates_after_one_birth_label_is_a_row_of_birth_dates(first, second):
    a, b = shapes(first)[1], shapes(second)[3]
    text = f"                    Applicant 1        Applicant 2\nDate of birth       {a}        {b}\n"
    assert found(DOB, text) == sorted([a, b])


def test_a_birth_column_is_found_and_other_date_columns_are_not():
    csv = (
        '"accession","mrn","last","first","birth","exam","scheduled"\n'
        '"A1","H123456","Doe","Jan","1945.01.28","CT HEAD","2025-11-16 14:08"\n'
        '"A2","H654321","Roe","Ann","7. januar 1934","XR CHEST","2025-11-17"\n'
    )
    assert found(DOB, csv) == ["1945.01.28", "7. januar 1934"]
    spaced = (
        "EE/DEP  Name                 SSN           DOB          Tier   Zip\n"
        "EE      Ann Doe   683 77 0503   04-16-1955   ES   37148\n"
        "  DEP   Bob Doe   355-92-8321   November 5th, 1937   child\n"
    )
    assert found(DOB, spaced) == ["04-16-1955", "November 5th, 1937"]
    bars = "| # | Name | DOB | Hospital no. |\n|---|---|---|---|\n| 1 | Ann Doe | 2-Nov-68 | 79-69532-5 |\n"
    assert found(DOB, bars) == ["2-Nov-68"]


def test_an_ordinary_date_after_a_birth_date_is_not_a_birth_date():
    text = "dob 7th of May 2002) post-op day 3.\nB: J18.9 admitted 2026-07-11; invoice 3 June 2022."
    assert found(DOB, text) == ["7th of May 2002"]


@pytest.mark.parametrize(
    "text",
    [
        "Nécessaire avant le 3 mai 2020.",
        "The NATO summit of 3 June 2022.",
        "Signed 3 June 2022, effective 1 July 2022.",
        "Monitor visit 5 Mar 2023; next visit 2023-04-05.",
    ],
)
def test_dates_without_a_whole_birth_label_are_kept(text):
    assert found(DOB, text) == []


def test_birth_dates_in_an_hl7_pid_segment_and_an_iata_docs_line():
    hl7 = "MSH|^~\\&|LAB|||2.5.1\rPID|1||K3730270^^^MAIN^MR||Doe^JANE^^^||19480508|F|||1 Main St"
    assert found(DOB, hl7) == ["19480508"]
    pnr = "  6 SSR DOCS YY HK1 P/IT/C8800852/IT/24NOV71/F/13AUG32/DOE/JANE"
    assert found(DOB, pnr) == ["24NOV71"]


def test_a_patients_stay_and_death_dates_are_scrubbed_and_a_signature_date_is_not():
    stay = StayDateRecognizer()
    assert found(stay, "Date of death: 03/06/2022") == ["03/06/2022"]
    assert found(stay, "Admitted 03/06/2022, discharged 05/06/2022.") == ["03/06/2022", "05/06/2022"]
    assert found(stay, "Agreement signed 06/06/2022 by both parties.") == []


# --- table columns and rows ----------------------------------------------------------------------------


def test_labelled_cells_reads_columns_rows_and_stops_at_the_tables_end():
    label = re.compile(r"(?i)\bdob\b")
    text = "Name\tDOB\tCity\nAnn\t1/2/1980\tRome\nBob\t3/4/1990\tOslo\n\nDOB is 5/6/1970 in prose\n"
    cells = [text[s:e] for s, e in labelled_cells(text, label)]
    assert cells == ["1/2/1980", "3/4/1990"]
    row = "DOB        1/2/1980        3/4/1990\nCity       Rome            Oslo\n"
    assert [row[s:e] for s, e in labelled_cells(row, label)] == ["1/2/1980", "3/4/1990"]
    pair = "DOB   1/2/1980   Admitted   3/4/2020\n"
    assert [pair[s:e] for s, e in labelled_cells(pair, label)] == ["1/2/1980"]


def test_identifiers_in_columns_their_header_names():
    ssn = "Name          SSN           DOB\nAnn Doe       155779114     1/2/1980\nBob Doe       000123456     3/4/1990\n"
    assert found(SSN, ssn) == ["155779114"]  # 000 is never an area number
    mrn = '"accession","mrn","last"\n"QT1","MR 776 6090","Doe"\n"QT2","123.233.788","Roe"\n"QT3","G-464-671-557","Poe"\n'
    assert found(MRN, mrn) == ["123.233.788", "G-464-671-557", "MR 776 6090"]
    dl = "Driver\tLicence\tIssued by\nAnn Doe\tP78-194-681\tKentucky\nBob Doe\tLL 224901\tGR\n"
    assert found(DL, dl) == ["LL 224901", "P78-194-681"]
    ssi = (
        "CCY  | Correspondent   | SWIFT          | Account\n"
        "-----+-----------------+----------------+---------\n"
        "SEK  | Some Bank AB    | UOWHPTAA       | 12345\n"
        "EUR  | Other Bank SA   | RARC PL YP 710 | 67890\n"
        "USD  | Third Bank      | HOSPITAL       | 11111\n"
    )
    assert found(SWIFT, ssi) == ["RARC PL YP 710", "UOWHPTAA"]


def test_a_licence_keeps_the_letters_before_its_number_whether_series_or_country():
    row = "Name                Ann Doe                Bob Doe\nDriving licence     AV 740326                50S119630\n"
    assert found(DL, row) == ["50S119630", "AV 740326"]
    assert found(DL, "licence TR 53726173 (TR)") == ["TR 53726173"]
    assert found(DL, "Driving licence UQ 2130008 issued by PG traffic authority") == ["UQ 2130008"]
    assert found(DL, "ID document ...... DL New Jersey G6629 41785 16150\n") == ["G6629 41785 16150"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patient ID 675-36-82\n", "675-36-82"),
        ("MRN 40-712134    DOB 4/26/41", "40-712134"),
        ("S: Jan Doe (MRN MR 005 7529, dob 1955.09.08)", "MR 005 7529"),
        ("Member ID / MRN: 596.042.996\n", "596.042.996"),
        ("Patient file M0381-2202 · born 8/23/1967", "M0381-2202"),
    ],
)
def test_a_medical_record_number_is_found_without_its_labels_letters(text, value):
    assert found(MRN, text) == [value]


def test_an_icd_code_after_a_record_number_is_no_record_number():
    assert found(MRN, "hospital record no. 456878322, dx G43.909; bills") == ["456878322"]


# --- SWIFT/BIC -----------------------------------------------------------------------------------------

COUNTRIES = ["US", "DE", "FR", "NO", "MX", "PT", "CH", "BE", "VN", "CL"]


@st.composite
def bics(draw) -> str:
    bank = draw(st.text(string.ascii_uppercase, min_size=4, max_size=4))
    location = draw(st.text(string.ascii_uppercase + string.digits, min_size=2, max_size=2))
    branch = draw(st.sampled_from(["", *["".join(p) for p in (("X", "X", "X"), ("1", "5", "9"))]]))
    return bank + draw(st.sampled_from(COUNTRIES)) + location + branch


@settings(max_examples=100, deadline=None)
@given(bics())
def test_a_bic_printed_in_its_parts_after_its_label_is_found(bic):
    spaced = " ".join(p for p in (bic[:4], bic[4:6], bic[6:8], bic[8:]) if p)
    assert found(SWIFT, f"SWIFT/BIC: {spaced}\nCall us.") == [spaced]


@settings(max_examples=100, deadline=None)
@given(bics())
def test_a_bic_on_a_payment_route_is_found(bic):
    text = f"Intermediary for USD via {bic}. Confirmations by MT300 to {bic}."
    assert found(SWIFT, text) == [bic, bic]


def test_capital_words_after_via_or_to_are_no_bic():
    assert found(SWIFT, "Shipped via HEATHROW AIRPORT to BUSINESS PARTNERS.") == []


# --- phones --------------------------------------------------------------------------------------------

EXTENSIONS = ["ext: {}", "extn. {}", "extn {}", "extension {}", "ext. {}", "x {}", "# {}", ";ext={}", ",{}"]
EXTENSIONS += [", ext. {}"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["+1 205-367-9575", "(010) 314 8859", "+33 (1) 14 74 58 47", "0712 218 734"]),
    st.sampled_from(EXTENSIONS),
    st.integers(1, 99999),
)
def test_an_extension_is_part_of_the_phone(number, extension, n):
    written = number + ("" if extension.startswith((";", ",")) else " ") + extension.format(n)
    assert found(PHONE, f"Please call {written} with questions.") == [written]


def test_a_pause_and_extension_at_a_sentences_end_is_part_of_the_phone():
    assert found(PHONE, "Questions: Ann Doe, ann@example.org, 21 6889 7416,3150.\n") == ["21 6889 7416,3150"]


def test_a_tab_ends_a_phone_in_a_table_row():
    text = "Driver\tDOB\tMobile\tVehicle\nAnn Doe\t5/2/1962\t(212) 822 2671\tmodel DI-7670\n"
    assert found(PHONE, text) == ["(212) 822 2671"]


def test_north_americas_exit_code_opens_an_international_number():
    assert found(PHONE, "Backup: Ann Doe (011 30 691 286 1329)") == ["011 30 691 286 1329"]


@pytest.mark.parametrize(
    "text",
    [
        "meds incl. 54638-0367-96. BP 93/99",  # a National Drug Code
        "confirmed by carrier scan 70217 6931 1771 at 21:08",
        "carrier scan FK 326 951 864 IT at 08:33",  # a UPU S10 postal item number
        "Total 1 234 567,89 paid on delivery",  # an amount with a decimal comma
        "  8 FA PAX 220-1197006882/ETLH/121480 SEK",  # an airline e-ticket
    ],
)
def test_product_codes_tracking_numbers_and_amounts_are_no_phones(text):
    assert found(PHONE, text) == []


def test_a_flight_number_before_its_date_is_no_phone_and_a_trunk_number_still_is():
    assert found(PHONE, "  9 OSI YY CONX LH 3442 20211228\n") == []
    assert found(PHONE, "Tel 030 20211228") == ["030 20211228"]


def test_a_date_after_a_licence_number_is_no_licence():
    assert found(DL, "Driver: Ann Doe; licence no. S8891686; pick-up 2020-12-04; deposit paid") == [
        "S8891686"
    ]


def test_a_licence_number_after_a_number_word_further_on_in_the_licence_sentence_is_found():
    text = "Evidence of identity: driver licence issued by New Hampshire, no. 15MYC13120, holder born 1963."
    assert found(DL, text) == ["15MYC13120"]
    assert found(DL, "licence issued in Ohio to the holder and the spouse, ref no. 12345678") == []
    assert found(DL, "List B: Michigan driver's license, document no. T 910 170 507 331, expires") == [
        "T 910 170 507 331"
    ]


def test_a_costa_rican_iban_has_22_characters():
    from governance.pii.identifiers import IbanMod97Recognizer

    text = ":50K:/CR83023068071029419625\nX"
    assert found(IbanMod97Recognizer(), text) == ["CR83023068071029419625"]


def test_a_card_whose_first_group_has_nine_digits_is_found():
    from governance.pii.identifiers import CardRecognizer

    text = "placed order on 2023-05-26 using card 650085513-703987216. The order"
    assert found(CardRecognizer(), text) == ["650085513-703987216"]
