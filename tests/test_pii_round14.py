"""Round fourteen, begun on holdout10's misses: GEDCOM's people, cards whose groups a slash parts where a card
word names them or a record's card key holds them, licence numbers after a letter-and-digit series and under
an "ID shown" column, a clinic's patient identifier, a health card and FHIR's MR identifier, and shortened
birth labels."""

from __future__ import annotations

import pytest

from core.config import ScrubParams
from governance.pii.identifiers import CardRecognizer
from governance.pii.scrubber import Scrubber
from tests.pii_helpers import found, with_check_digit

CARDS = CardRecognizer()


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


PAN = with_check_digit("601156400000001")  # 16 digits
SLASHED = "/".join([PAN[:4], PAN[4:8], PAN[8:12], PAN[12:]])

GEDCOM = (
    "0 HEAD\n1 SOUR Harbour Trust\n1 DATE 23 OCT 2025\n"
    "0 @I1@ INDI\n1 NAME Ngozi /Okafor/\n2 GIVN Ngozi\n2 SURN Okafor\n1 BIRT\n2 DATE 28 DEC 1960\n2 PLAC Oviedo\n"
    "1 RESI\n2 ADDR 14 Marina Road, Lagos 101241\n"
    "0 @F1@ FAM\n1 MARR\n2 DATE 26 JAN 2024\n0 TRLR\n"
)


def test_a_gedcom_persons_name_birth_and_address(scrubber) -> None:
    assert {"Ngozi", "Okafor"} <= set(found(scrubber, GEDCOM, "PERSON"))
    assert found(scrubber, GEDCOM, "DATE_OF_BIRTH") == ["28 DEC 1960"]
    assert "14 Marina Road, Lagos 101241" in "".join(found(scrubber, GEDCOM, "STREET_ADDRESS"))


def test_a_gedcom_files_own_date_and_a_marriage_date_are_no_birth(scrubber) -> None:
    dates = found(scrubber, GEDCOM, "DATE_OF_BIRTH")
    assert "23 OCT 2025" not in dates and "26 JAN 2024" not in dates


@pytest.mark.parametrize(
    "text",
    [
        f"Fee US$ 269.10 paid by card {SLASHED}\n",
        f"  PAN {SLASHED}\n  NAME OKAFOR/NGOZI\n",
        f'\t"cardOnFile" : "{SLASHED}",\n',
    ],
)
def test_a_card_whose_groups_a_slash_parts_where_a_card_word_names_it(text) -> None:
    assert [text[r.start : r.end] for r in CARDS.analyze(text, ["CREDIT_CARD"])] == [SLASHED]


def test_slashed_numbers_without_a_card_word_are_left_alone() -> None:
    text = f"On 2024/01/15 we filed reference {SLASHED} with the registry.\n"
    assert CARDS.analyze(text, ["CREDIT_CARD"]) == []


@pytest.mark.parametrize(
    "text, number",
    [
        ("Identity checked: licence X4 287885 (licensing office)\n", "X4 287885"),
        ("ref | found | claimant | ID shown\nAPP1 | 2027/08/10 | Okafor, Ngozi | 92578763\n", "92578763"),
    ],
)
def test_licences_after_a_series_or_under_an_id_shown_column(scrubber, text, number) -> None:
    assert number in found(scrubber, text, "DRIVER_LICENSE")


@pytest.mark.parametrize(
    "text, number",
    [
        ("# Clinic ID: E65980919\n# Clinic: Riverside\n", "E65980919"),
        ("D.O.B. 15. November 2015   Health card A45-7466-96\n", "A45-7466-96"),
        ('{"identifier": [{"type": {"text": "MR"}, "value": "UR6612908"}], "active": true}', "UR6612908"),
    ],
)
def test_patient_identifiers_of_a_clinic_a_health_card_and_fhir(scrubber, text, number) -> None:
    assert number in found(scrubber, text, "MEDICAL_RECORD_NUMBER")


def test_a_fhir_identifier_of_another_type_is_no_record_number(scrubber) -> None:
    text = '{"identifier": [{"type": {"text": "DL"}, "value": "UR6612908"}]}'
    assert found(scrubber, text, "MEDICAL_RECORD_NUMBER") == []


@pytest.mark.parametrize("label", ["Data ur.:", "Дата рожд.:"])
def test_shortened_birth_labels(scrubber, label) -> None:
    text = f"Nazwisko: Ngozi Okafor\n{label} 1939-08-27\nProvisional licence\n"
    assert found(scrubber, text, "DATE_OF_BIRTH") == ["1939-08-27"]


WHOIS = (
    "Domain Name: harbourtrust.ht\nUpdated Date: 7 Oct 2023\nRegistrar WHOIS Server: whois.harbourtrust.ht\n"
    "Registrant Name: Ngozi Okafor\nRegistrant Phone: 20.49.13.76\nAdmin Name: Ngozi Okafor\nName Server: ns1\n"
)


def test_a_whois_records_labels_stay_and_its_people_go(scrubber) -> None:
    people = found(scrubber, WHOIS, "PERSON")
    assert "Ngozi Okafor" in people
    assert not any(value in {"Name", "Admin", "Admin Name", "Updated Date"} for value in people)
    assert "Domain Name:" in scrubber.scrub(WHOIS).text


@pytest.mark.parametrize(
    "text, value",
    [
        ("Courriel: n.okafor@example.org\n", "Courriel"),
        ("Buyer no. B617\nTrading name / buyer: Ngozi Okafor\n", "Buyer"),
        ("Sahel Shea Cooperative — learner record\n", "Sahel Shea Cooperative"),
        ("Assal Salt Works — invoice\n", "Assal Salt Works"),
    ],
)
def test_labels_roles_and_makers_are_no_one(scrubber, text, value) -> None:
    assert value not in found(scrubber, text, "PERSON")


def test_gedcom_tags_are_no_names(scrubber) -> None:
    assert not {"GIVN", "SURN", "PLAC", "NAME"} & set(found(scrubber, GEDCOM, "PERSON"))


@pytest.mark.parametrize(
    "text, name",
    [
        ("OWNER\nFull name: MALUAL, BOL\nAddress: Plot 210, Hai Malakal\n", "MALUAL, BOL"),
        ("Nom complet: okafor, ngozi\nDate de naissance: 26.11.1980\n", "okafor, ngozi"),
        ("Nazwisko i imię: Ngozi Okafor\nData ur.: 1939-08-27\n", "Ngozi Okafor"),
    ],
)
def test_names_after_a_label_surname_first_or_in_another_language(scrubber, text, name) -> None:
    assert name in found(scrubber, text, "PERSON")


def test_a_comma_after_a_label_does_not_join_a_name_to_the_sentence(scrubber) -> None:
    text = "Name: Smith, and then we left for the station.\n"
    assert all("and" not in value for value in found(scrubber, text, "PERSON"))


def test_a_card_tapes_cardholder_name(scrubber) -> None:
    text = (
        "Oct 17, 2023 12:50 SALE 25.00\n  PAN ************0963\n  NAME OKAFOR/NGOZI\n  AID A0000000041010\n"
    )
    assert {"OKAFOR", "NGOZI"} <= set(found(scrubber, text, "PERSON"))


def test_a_card_key_holds_a_card_run_together_or_grouped() -> None:
    for value in (PAN, SLASHED):
        text = f'{{"cardNumber": "{value}", "expiry": "03/30"}}'
        assert [text[r.start : r.end] for r in CARDS.analyze(text, ["CREDIT_CARD"])] == [value]
    broken = PAN[:-1] + str((int(PAN[-1]) + 1) % 10)
    assert CARDS.analyze(f'{{"cardNumber": "{broken}"}}', ["CREDIT_CARD"]) == []
