"""People, round thirteen: a party's role alone ("Debtor", "BENEFICIARY"), a form's label words in other
languages ("[Nom et prénom]", "Дата рождения"), a hospital or a hotel's name, a label before a bracket and a
service's name in a config file are no one's name; the person's name beside them still is."""

from __future__ import annotations

import pytest

from core.config import ScrubParams
from governance.pii.people import plausible_ner_person
from governance.pii.scrubber import Scrubber


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


def people(scrubber, text: str) -> set[str]:
    return {text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == "PERSON"}


def plausible(text: str, value: str) -> bool:
    start = text.index(value)
    return plausible_ner_person(text, start, start + len(value))


@pytest.mark.parametrize(
    "text, word",
    [
        ("In re: Ana Lima, Debtor.   Case No. 20-11111", "Debtor"),
        ("Debtor's residence: 12 Elm Street", "Debtor"),
        (":59: BENEFICIARY\nLIMA Ana\n", "BENEFICIARY"),
        ("The Creditor objects.", "Creditor"),
        ("[Nom et prénom] Lima, Ana", "Nom"),
        ("[Дата рождения] 3 марта 1996", "Дата"),
        ("Naam: Ana Lima", "Naam"),
        ("[Hosp. no.] 804-11-2030-9", "Hosp"),
        ("Klinikum Kirchberg — admissions", "Klinikum Kirchberg"),
        ("Orchid Bay Hotels — scooter hire", "Orchid Bay Hotels"),
    ],
)
def test_labels_roles_and_institutions_alone_are_no_name(text, word) -> None:
    assert not plausible(text, word)


@pytest.mark.parametrize(
    "text, name",
    [
        ("In re: Ana Lima, Debtor.", "Ana Lima"),
        ("Dear Principal Ana Lima,", "Ana Lima"),
        ("[Nom et prénom] Ana Lima", "Ana Lima"),
    ],
)
def test_the_name_beside_them_still_is_one(text, name) -> None:
    assert plausible(text, name)


def test_the_scrubber_keeps_the_role_and_takes_the_name(scrubber) -> None:
    text = (
        "UNITED STATES BANKRUPTCY COURT\nIn re: Marisol Achterberg, Debtor.\nDebtor's attorney: Ola Bell.\n"
    )
    found = people(scrubber, text)
    assert "Marisol Achterberg" in found and "Ola Bell" in found
    assert not any("Debtor" in value for value in found)


def test_a_services_name_in_a_config_is_no_person_but_its_owners_is(scrubber) -> None:
    text = '[service]\nname = "ledger-sync"\nversion = "v3.1.4"\n\n[owner]\nname = "Marisol Achterberg"\n'
    found = people(scrubber, text)
    assert "ledger-sync" not in found
    assert "Marisol Achterberg" in found


# Records: columns, attributes and message segments that name people.


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "SURNAME;GIVEN NAMES;DOB;SEX\nOKONKWO;Chidi Emeka;02/09/1942;M\nADEYEMI;Funmi;1958-08-08;F\n",
            {"OKONKWO", "Chidi Emeka", "ADEYEMI", "Funmi"},
        ),
        (
            "| Volunteer | Mobile | Shift |\n|---|---|---|\n| Marisol Achterberg | 0912 302 9774 | 08:00 |\n",
            {"Marisol Achterberg"},
        ),
        (
            '2024-10-04 Room 12 booked_by="Marisol Achterberg" contact=ma@example.org note="prep"',
            {"Marisol Achterberg"},
        ),
        (
            '{"user_profile": {"real_name": "Chidi Okonkwo", "display_name": "chidi"}}',
            {"Chidi Okonkwo", "chidi"},
        ),
    ],
)
def test_columns_attributes_and_keys_that_name_people(scrubber, text, names) -> None:
    assert names <= people(scrubber, text)


def test_an_hl7_next_of_kin_and_the_visits_doctors_are_people(scrubber) -> None:
    text = (
        "MSH|^~\\&|LAB|Clinic|RCV|HIS|202401151344||ADT^A03|MSG1|P|2.5.1\n"
        "PID|1||RX-11-22^^^SDU^MR||OKONKWO^ADA||19671219|F\n"
        "NK1|1|OKONKWO^CHIDI|FTH^Father|||02 126 133\n"
        "PV1|1|I|4W^412^B||||1234^Achterberg^Marisol^^^DR|Adeyemi^Funmi^^^DR||||||||||V1994\n"
    )
    found = people(scrubber, text)
    assert {"OKONKWO", "CHIDI", "Achterberg", "Marisol", "Adeyemi", "Funmi"} <= found
    assert "1234" not in found and "4W" not in found


# Chats: speakers in scripts without capitals or typed in lower case, the greeting before a name, bots.

CHAT = (
    "[09:01] Dr. Achterberg joined the consultation\n"
    "[09:01] מרים לוי: hi, can you hear me?\n"
    "[09:02] chidi: 1971/09/19\n"
    "[09:03] Dr. Achterberg: Thanks Chidi. What's been happening?\n"
    "[09:12] system: consultation ended (22 min)\n"
    "[09:13] admin: transcript saved\n"
)


def test_chat_speakers_without_capitals_are_people(scrubber) -> None:
    found = people(scrubber, CHAT)
    assert {"מרים לוי", "chidi", "Chidi"} <= found


def test_the_greeting_before_a_name_stays_and_the_rooms_accounts_are_no_one(scrubber) -> None:
    found = people(scrubber, CHAT)
    assert not any(value.startswith("Thanks") for value in found)
    assert "system" not in found and "admin" not in found


def test_a_documentary_credits_party_role_on_the_tag_line_is_not_the_name(scrubber) -> None:
    text = ":20: LC-1\n:50: APPLICANT\nOKONKWO CHIDI\n12 Marina Road, Lagos 101241\n:59: BENEFICIARY\nADEYEMI Funmi\n"
    found = people(scrubber, text)
    assert {"OKONKWO CHIDI", "ADEYEMI Funmi"} <= found
    assert "APPLICANT" not in found and "BENEFICIARY" not in found


@pytest.mark.parametrize(
    "text, word", [("Client | Visit | Carer | Tasks", "Carer"), ("JUROR QUALIFICATION", "JUROR")]
)
def test_more_roles_alone_are_no_name(text, word) -> None:
    assert not plausible(text, word)


# Forms in columns, headings, tickers, parts of documents, short labels, places after "toward".


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Reporting party: Marisol Achterberg   DOB: 05-Jan-1936\n", "Marisol Achterberg", "DOB"),
        ("Rider: Chidi Okonkwo   Дата народження: 2000/04/27\n", "Chidi Okonkwo", "Дата"),
    ],
)
def test_a_name_stops_at_a_column_gap_and_the_next_fields_label_stays(scrubber, text, name, label) -> None:
    found = people(scrubber, text)
    assert name in found
    assert not any(label in value for value in found)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Shares: 292 PKO.WA (PLPKO0000016) | 5,000", "PKO.WA"),
        ("Governed by Istanbul Convention 1990, Annex A.\n", "Annex A."),
        ("Referred by: Ana Lima   Dx: M62.81\n", "Dx"),
        ("Therapist: Ana Lima   Next appt 2025-01-10\n", "Next"),
        ("Vehicle seen leaving toward Kralendijk.\n", "Kralendijk"),
    ],
)
def test_tickers_document_parts_short_labels_and_places_are_no_one(text, value) -> None:
    assert not plausible(text, value)


def test_a_heading_after_a_label_word_is_no_name(scrubber) -> None:
    text = (
        "Northgate Hospital NHS Trust\nPATIENT ACCOUNT STATEMENT        Statement date 9.6.2023\n\nAna Lima\n"
    )
    found = people(scrubber, text)
    assert not any("STATEMENT" in value or value == "Statement" for value in found)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "<DirectoryEntry>\n    <Name>OKONKWO, CHIDI</Name>\n    <Telephone>+234 1 2345</Telephone>",
            "OKONKWO, CHIDI",
        ),
        ("[Name] ADEYEMI Funmi\n[DOB] 15/10/1990", "ADEYEMI Funmi"),
        ("[Ordering clinician] ACHTERBERG Marisol\n[Tel.] 0912", "ACHTERBERG Marisol"),
        ("Tenant 2: Funmi Adeyemi\nPremises:", "Funmi Adeyemi"),
        ("Agent/lessor: Chidi Okonkwo\nTenant 1:", "Chidi Okonkwo"),
    ],
)
def test_names_under_directory_entries_bracketed_labels_and_numbered_roles(scrubber, text, name) -> None:
    assert name in people(scrubber, text)


def test_a_bare_name_element_outside_an_entry_names_no_one(scrubber) -> None:
    text = "<Product>\n  <Name>Harbour Blend</Name>\n  <Price>4.50</Price>\n</Product>"
    assert "Harbour Blend" not in people(scrubber, text)


def test_an_emboss_name_column_and_whatsapp_speakers_are_people(scrubber) -> None:
    text = (
        "SEQ|PAN|EMBOSS_NAME|EXP\n0001|xxxx|CHIDI OKONKWO|03/30\n\n"
        "[12/05/2026, 09:14:02] Marisol Achterberg: hi, is the order ready?\n"
        "[12/05/2026, 09:15:40] مريم الحسن: yes\n"
    )
    assert {"CHIDI OKONKWO", "Marisol Achterberg", "مريم الحسن"} <= people(scrubber, text)
