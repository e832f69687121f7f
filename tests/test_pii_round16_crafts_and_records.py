"""Round sixteen: a maker's shop by its language's ending for trades and a family firm by its own word, ships
and state codes, a word followed by a code, a signature's label; and record numbers with the issuer's letters
before them, each kept apart from a label's own letters."""

from __future__ import annotations

import pytest

from core.config import ScrubParams
from governance.pii.scrubber import Scrubber
from tests.pii_helpers import found, kept


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


@pytest.mark.parametrize(
    "firm",
    [
        "Brasserie Piedboeuf",
        "Chocolaterie Trogneux",
        "Sastrería Yarur",
        "Caseificio Arbëreshë",
        "Chedraui Hermanos",
        "Kamhi Kundura Atölyesi",
        "Nukus Savitsky Museum",
        "Gachagua Tea Factory",
        "Tikapur Rice Mill",
        "Kopalnia Guido",
    ],
)
def test_a_makers_shop_a_family_firm_a_museum_and_a_mill_are_content(scrubber, firm):
    text = f"Manager: {firm}\nINSURANCE: {firm}, policy on file\n"
    assert kept(text, firm)
    assert found(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    "name", ["Valérie Dubois", "Valerie Smith", "Desideria Monzo", "Eleftheria Oikonomou"]
)
def test_given_names_with_a_trades_ending_are_still_names(scrubber, name):
    assert not kept(f"Signed: {name}\n", name)


def test_a_mill_street_is_not_kept(scrubber):
    street = "312 Madden Mill"
    assert not kept(f"{street} Apt. 540, South Kendraborough, DC 53960\n", street)


def test_ships_and_state_codes_are_content(scrubber):
    text = 'VESSEL: "Nyota", hull KFY31527L912\nKota Hakim   IMO 9897834\nServed under Alaska Stat. § 12.30.011.\n'
    assert kept(text, "Nyota") and kept(text, "Kota Hakim") and kept(text, "Alaska Stat.")
    assert found(scrubber, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vaccine  |  Date  |  Clinician  |  Manufacturer and batch  |  Valid\n",
        "Subject: RE: Official transcript request (Matric. BR/24/8465)\n",
        "Served under Maritime Labour Convention 2006, Std A2.2.\n",
    ],
)
def test_an_english_word_before_a_phrase_or_a_code_is_no_person(scrubber, text):
    assert found(scrubber, text, "PERSON") == []


def test_a_signatures_label_is_no_person_and_the_signer_is(scrubber):
    text = "I give permission for my child to take part. Firma: Antonio Nasser     Date: Dec 1, 2024\n"
    assert found(scrubber, text, "PERSON") == ["Antonio Nasser"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Our records: DOB 3/22/1968, chart UHID 86791653. We will text you.", "UHID 86791653"),
        ("Donor number: HOSP-2806564     Date of birth: 1990-04-20", "HOSP-2806564"),
        ("Patient record no. at provider: UHID 55912022\n", "UHID 55912022"),
        ("Patient: Peter Wee     MRN CHN 7171-9971     DOB 2000/06/27", "CHN 7171-9971"),
        ("Medical needs: asthma (J45.909); GP record no. F8.0829.16\n", "F8.0829.16"),
        ("GP record no. MR/3737/39\n", "MR/3737/39"),
    ],
)
def test_a_record_number_with_its_issuers_letters_is_found_whole(scrubber, text, number):
    assert number in found(scrubber, text, "MEDICAL_RECORD_NUMBER")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Medical record: MRN 69201745\n", "69201745"),
        ("Lance here, born 10 novembre 1982, IPP 75670938.", "75670938"),
        ("Re: Lola Campos, DOB 01/06/1972, NHC 5348347", "5348347"),
        ("Patient ID 675-36-82 seen today", "675-36-82"),
    ],
)
def test_a_labels_own_letters_stay_out_of_the_record_number(scrubber, text, number):
    assert found(scrubber, text, "MEDICAL_RECORD_NUMBER") == [number]


def test_an_icd10_code_is_no_dotted_record_number(scrubber):
    text = "GP record no. 4471982; diagnosis G43.909 noted\n"
    assert found(scrubber, text, "MEDICAL_RECORD_NUMBER") == ["4471982"]


@pytest.mark.parametrize(
    "text",
    [" 4  | 6759-3682-9380 | AUTH 197685 | 218.21 AZN |\n", "MTCN 944-496-3912        2026-03-15\n"],
)
def test_a_payments_approval_code_and_a_transfers_control_number_are_no_phones(scrubber, text):
    assert found(scrubber, text, "PHONE_NUMBER") == []


def test_a_settlement_reports_cardholders_under_an_underlined_header_are_people(scrubber):
    text = (
        "------------------------------------------------------------------------\n"
        " #  | card                    | auth         | amount        | cardholder\n"
        "------------------------------------------------------------------------\n"
        " 1  | 6767 - 7216 - 8156 - 0900 - 43 | AUTH 393518 | 92.35 AZN | Г. ИЛИЗАРОВ\n"
        " 2  | 536424 2876 583227 | APPR B58329 | 541.00 AZN | ЯГУДАЕВ МАНАШИР\n"
    )
    assert {"Г. ИЛИЗАРОВ", "ЯГУДАЕВ МАНАШИР"} <= set(found(scrubber, text, "PERSON"))
