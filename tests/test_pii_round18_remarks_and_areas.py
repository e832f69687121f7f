"""Round eighteen: a header's bracketed remark is no data ("SSN (1099)"), more labels of a patient's record
and its year-slashed form, an address's district and same-line town after its parts, a state after a dash
or a remark in brackets closing it, "148 bis", Papiamento's "Kaya", Romania's "Str. ... nr."."""

from __future__ import annotations

import pytest

from core.config import ScrubParams
from governance.pii.scrubber import Scrubber
from tests.pii_helpers import covered, found


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


def test_a_bracketed_remark_in_a_header_does_not_make_it_a_data_row(scrubber):
    text = (
        "Role      | Last name   | First name | SSN (1099)  | Cell\n"
        "Judge     | Chavarria   | Ambrosio   | 118707187   | (269) 207-4786\n"
        "Clerk     | Gachupin    | Geronima   | 117767713   | (983) 205-2108\n"
    )
    assert {"118707187", "117767713"} <= set(found(scrubber, text, "US_SSN"))


def test_a_data_row_with_digits_is_still_no_header(scrubber):
    text = "Quarter | SSN (1099) | Total\nQ1 2024 | 118707187 | 12\n"
    assert "Q1 2024" not in found(scrubber, text, "US_SSN")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Community midwifery — home visit\nPatient Ref: PR/5939/498\n", "PR/5939/498"),
        ("Community midwifery — home visit\nPt ID: PT-799592\n", "PT-799592"),
        ("IVF cycle sheet\nEpisode ID: EP057816737\n", "EP057816737"),
        ("IVF cycle sheet\nDosya No: 167 0906\n", "167 0906"),
        ("home visit\nJournal nr: 589835-8279\n", "589835-8279"),
        ("home visit\n病歷號: 25S048178\n", "25S048178"),
        ("MOLE MAP\nN° dossier D698014028 | DANET, Maryvonne\n", "D698014028"),
        ("MOLE MAP\nCartella clinica n. CC/99/081961 | BERGESE, Pinota\n", "CC/99/081961"),
        ("Patient | Patient Ref | DOB\nRonald Flett | PR/2104/122 | 1 August 1969\n", "PR/2104/122"),
    ],
)
def test_more_labels_of_a_patients_record(scrubber, text, number):
    assert covered(scrubber, text, number, "MEDICAL_RECORD_NUMBER")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("# thank-you cards to: Calle Venustiano 177, Zona 12, 09001 Quetzaltenango\n",
         "Calle Venustiano 177, Zona 12, 09001 Quetzaltenango"),
        ("of Jl. Trunojoyo No. 81, RT 014/RW 001, Martapura 70611, appoints",
         "Jl. Trunojoyo No. 81, RT 014/RW 001, Martapura 70611"),
        ("Property: Rua das Araucárias, 223\n97010-000 Santa Maria - RS\n", "Rua das Araucárias, 223\n97010-000 Santa Maria - RS"),
        ("Home address:\nLimon Sokak No: 116\nDaire 4\nLefkoşa 99010 (Mersin 10)\n", "Limon Sokak No: 116\nDaire 4\nLefkoşa 99010 (Mersin 10)"),
        ("Premises: Kaya Grandi 87\nKralendijk, Bonaire\n", "Kaya Grandi 87"),
        ("Property: 148 bis, allée de l'Anse\n97133 Lorient, Saint-Barthélemy\n", "148 bis, allée de l'Anse"),
        ("residing at Str. Mare nr. 13, 600001 Bacău", "Str. Mare nr. 13, 600001 Bacău"),
    ],
)  # fmt: skip
def test_an_addresss_district_town_state_and_remark_are_part_of_it(scrubber, text, address):
    assert covered(scrubber, text, address, "STREET_ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "He was at the store, Zona 12 was closed.",
        "Chapter 12 bis of the code applies.",
        "Str. 4 of the plan.",
    ],
)
def test_districts_and_number_words_alone_are_no_address(scrubber, text):
    assert found(scrubber, text, "STREET_ADDRESS") == []


def test_an_address_block_never_takes_a_must_keep_value_beside_it(scrubber):
    text = "Holdings held at: 12 Baker Street (US0378331005).\n"
    assert found(scrubber, text, "STREET_ADDRESS") == ["12 Baker Street"]
    assert "US0378331005" in scrubber.scrub(text).text
