"""People, addresses and precision, round eleven: a firm's name stays inside its table cell, CRM exports
(address columns, a team in the "owner" column), an address under a label alone on its line, a form's column
gap, a unit word and a post-office box around a street, and single English words spaCy takes for people."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.config import ScrubParams
from governance.pii.addresses import StreetAddressRecognizer
from governance.pii.keep import protected_spans
from governance.pii.people import GivenNameRecognizer, LowerCaseNameRecognizer, plausible_ner_person
from governance.pii.records import RecordFieldRecognizer
from governance.pii.scrubber import Scrubber

RECORDS = RecordFieldRecognizer()
GIVEN = GivenNameRecognizer()
STREETS = StreetAddressRecognizer()
LOWER_NAMES = LowerCaseNameRecognizer()


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


def kept(text: str) -> list[str]:
    return [text[s:e] for s, e in protected_spans(text)]


def found(text: str, kind: str) -> list[str]:
    return [text[r.start : r.end] for r in RECORDS.analyze(text, None) if r.entity_type == kind]


def found_people(text: str) -> list[str]:
    return [text[r.start : r.end] for r in LOWER_NAMES.analyze(text, ["PERSON"])]


def streets(text: str) -> list[str]:
    return [text[r.start : r.end] for r in STREETS.analyze(text, ["STREET_ADDRESS"])]


def scrubbed(scrubber, text: str, kind: str) -> list[str]:
    return [text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == kind]


CRM = (
    "contact_id\tfull_name\tcompany\tphone\temail\tmailing_street\tlast_activity\towner\n"
    "00Q1\tBerit Lundqvist\tFjellheim Shipping AS\t+47 22 11 44 55\tb.l@example.no\tStorgata 14, 0155 Oslo\t"
    "2024-03-01\tnordics-sales\n"
    "00Q2\tOKAFOR CHIAMAKA\tHarrow Mutual plc\t0161 496 0000\tcok@example.org\t27 Mill Lane, Leeds LS6 2AB\t"
    "2023-11-20\tkey-accounts\n"
)


# --- a firm's name does not run across cells ------------------------------------------------------------------


def test_company_name_stops_at_a_tab() -> None:
    spans = kept(CRM)
    assert "Fjellheim Shipping AS" in spans and "Harrow Mutual plc" in spans
    assert not any("\t" in s for s in spans)


def test_company_name_stops_at_a_column_gap() -> None:
    text = "Employee: Tomasz Wrona        Dept: Sales\nEmployer      Brightwater Foods Ltd\n"
    spans = kept(text)
    assert "Brightwater Foods Ltd" in spans
    assert not any("Tomasz" in s for s in spans)


def test_company_name_with_one_space_still_kept() -> None:
    assert any("Norrvik Logistik AB" in s for s in kept("We paid Norrvik Logistik AB on time."))


def test_person_beside_a_company_cell_is_found(scrubber) -> None:
    names = scrubbed(scrubber, CRM, "PERSON")
    assert any("Berit Lundqvist" in n for n in names)
    assert any("OKAFOR CHIAMAKA" in n for n in names)
    assert not any("Shipping" in n or "Mutual" in n for n in names)


def test_given_name_run_does_not_cross_a_tab() -> None:
    text = "name\tcity\nMarta Kowalska\tGdynia Port\n"
    runs = [text[r.start : r.end] for r in GIVEN.analyze(text, ["PERSON"])]
    assert not any("\t" in r for r in runs)


# --- CRM exports: address columns, team owners ----------------------------------------------------------------


def test_mailing_street_column_is_an_address() -> None:
    assert found(CRM, "STREET_ADDRESS") == ["Storgata 14, 0155 Oslo", "27 Mill Lane, Leeds LS6 2AB"]


@pytest.mark.parametrize("header", ["address", "Home address", "street_address", "postal_address", "Street"])
def test_address_headers(header: str) -> None:
    text = f"name;{header};notes\nIda Berg;Kongens gate 3, 7011 Trondheim;call first\n"
    assert found(text, "STREET_ADDRESS") == ["Kongens gate 3, 7011 Trondheim"]


@pytest.mark.parametrize("header", ["email_address", "ip address", "addresses_count"])
def test_not_postal_address_headers(header: str) -> None:
    text = f"id;{header};notes\nx;10.1.2.3;fine\n"
    assert found(text, "STREET_ADDRESS") == []


def test_address_column_cell_without_number_is_skipped() -> None:
    text = "name;address;notes\nIda Berg;unknown;call first\n"
    assert found(text, "STREET_ADDRESS") == []


def test_team_in_owner_column_is_no_person() -> None:
    names = found(CRM, "PERSON")
    assert "nordics-sales" not in names and "key-accounts" not in names
    assert "Berit Lundqvist" in names


def test_person_in_owner_column_still_a_person() -> None:
    text = "ticket|subject|owner\nT-1|printer|Sunniva Dahl\nT-2|login|rashid al amiri\n"
    assert found(text, "PERSON") == ["Sunniva Dahl", "rashid al amiri"]


# --- labelled addresses -----------------------------------------------------------------------------------------


def test_address_on_the_line_under_its_label() -> None:
    text = "Applicant\nName:\nLeilani Kahale\nResidential Address:\nKamehameha Avenue 88, Hilo HI96720\nPhone: 808 555 0100\n"
    assert any(s.startswith("Kamehameha Avenue 88") for s in streets(text))


def test_empty_address_label_takes_no_next_field() -> None:
    text = "Postal address:\nPhone: 0412 555 019\n"
    assert not any("Phone" in s for s in streets(text))


def test_form_column_gap_ends_a_labelled_value() -> None:
    text = "Years at address: 7   Residential status: tenant\n"
    assert streets(text) == []


def test_villa_and_po_box_belong_to_the_address() -> None:
    text = "Delivery to Villa 31, Jumeirah Beach Road, Dubai, P.O. Box 11822 before noon."
    assert "Villa 31, Jumeirah Beach Road, Dubai, P.O. Box 11822" in streets(text)


# --- spaCy's single words ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The deposit is protected under the Landlord and Tenant Act 1985.", "Landlord"),
        ("Send the form to P.O. Box 44, Leeds.", "P.O. Box"),
        ("Date | Patient | Hosp. no. | Qty", "Hosp"),
        ("Closing Balance carried to next month", "Balance"),
    ],
)
def test_things_are_not_people(text: str, word: str) -> None:
    start = text.index(word)
    assert not plausible_ner_person(text, start, start + len(word))


def test_law_named_after_a_role_is_no_person() -> None:
    text = "as the Landlord and Tenant Act requires"
    start = text.index("Tenant Act")
    assert not plausible_ner_person(text, start, start + len("Tenant Act"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Witness statement signed by Ingrid Solberg today.", "Ingrid Solberg"),
        ("Please call Mrs Okonkwo about the lease.", "Okonkwo"),
        ("Patient Thandiwe Mokoena was seen.", "Thandiwe Mokoena"),
    ],
)
def test_people_still_plausible(text: str, name: str) -> None:
    start = text.index(name)
    assert plausible_ner_person(text, start, start + len(name))


def test_saint_named_place_is_no_person() -> None:
    text = "Caisse Desjardins de Ste-Agathe remitted the sum."
    runs = [text[r.start : r.end] for r in GIVEN.analyze(text, ["PERSON"])]
    assert not any("Ste-Agathe" in r for r in runs)


def test_tenancy_document_end_to_end(scrubber) -> None:
    text = (
        "3.1 Landlord: Kestrel Lettings Ltd, represented by Henrik Aalto\n"
        "5.2 Deposit protected under Landlord and Tenant Act 1985, s. 11.\n"
    )
    names = scrubbed(scrubber, text, "PERSON")
    assert "Henrik Aalto" in names
    assert not any(n in ("Landlord", "Act", "Tenant Act") for n in names)


# --- properties and hostile input -----------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="ab-_.", min_size=1, max_size=40))
def test_handles_and_slugs_never_crash(value: str) -> None:
    text = f"id;owner\n1;{value}\n"
    for r in RECORDS.analyze(text, None):
        assert 0 <= r.start < r.end <= len(text)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Storgata", "14", ",", "Oslo", " ", "\t", "Villa", "P.O. Box", "\n"]), max_size=30
    )
)
def test_address_spans_stay_in_text(parts: list[str]) -> None:
    text = "address: " + "".join(parts)
    for s in streets(text):
        assert s in text


@pytest.mark.parametrize(
    "run",
    [
        "Address:" + " " * 80_000,
        "address:\n" * 8_000,
        "a-" * 40_000,
        "Villa " * 13_000,
        "P.O. Box " * 8_000,
        "\n[10:00] " + "x" * 80_000,
        "\n0000  " + "AB " * 25_000,
        "x@y.z\n" + "  " * 40_000,
        "a@b.c " + "aa " * 26_000,
    ],
)
def test_long_runs_stay_linear(run: str) -> None:
    for warm_up in (streets, kept, found_people):  # load the name tables and word lists first
        warm_up("Address: 1 Main St, ana@example.com")
    started = time.perf_counter()
    streets(run)
    found(f"id;owner\n1;{run}\n", "PERSON")
    kept(run)
    found_people(run)
    assert time.perf_counter() - started < 5


# --- fixed-width extracts ---------------------------------------------------------------------------------------

EXTRACT = (
    "CUSTOMER EXTRACT  12/01/2024  LRECL=200\n"
    "4410029381  M. KOWALCZYK      14-FEB-1961  Lindenallee 4, 10115 Berlin  EUR 120.00  ACTV\n"
    "4410029382  SANTOS, BEATRIZ     19880302  Rua Augusta 12, 1100-053 Lisboa  EUR 9.10  CLSD\n"
    "4410029383  ANNA-LENA VON ARNIM    3 März 1975  Hauptstraße 8, 01067 Dresden  EUR 7.00  FRZN\n"
    "*** END OF EXTRACT ***  RECORDS WRITTEN  3\n"
)


def test_fixed_width_record_names() -> None:
    assert found(EXTRACT, "PERSON") == ["M. KOWALCZYK", "SANTOS, BEATRIZ", "ANNA-LENA VON ARNIM"]


def test_fixed_width_english_words_are_no_name() -> None:
    text = "REPORT-01  CLOSING BALANCE     31-DEC-2023  EUR 1.00\n"
    assert found(text, "PERSON") == []


def test_fixed_width_needs_a_date_after() -> None:
    text = "4410029381  M. KOWALCZYK      ACTV  EUR 120.00\n"
    assert found(text, "PERSON") == []


# --- chat transcripts -----------------------------------------------------------------------------------------

CHAT = (
    "[09:02] Virtual assistant: Hi! How can I help?\n"
    "[09:03] Guest: my parcel is late\n"
    "[09:05] OYELARAN, Funmilayo joined the chat\n"
    "[09:05] OYELARAN, Funmilayo: Hello, can I have your order number?\n"
    "[09:06] System: session closed\n"
)


def test_chat_speakers_are_people() -> None:
    names = found(CHAT, "PERSON")
    assert names.count("OYELARAN, Funmilayo") == 2
    assert not any(n in ("Virtual assistant", "Guest", "System") for n in names)


def test_chat_roles_only_find_no_one() -> None:
    text = "[10:00] Agent: hello\n[10:01] Customer: hi\n[10:02] Supervisor joined the chat\n"
    assert found(text, "PERSON") == []


# --- lower-case names that the document's e-mail addresses spell -------------------------------------------------

PARTY_INDEX = (
    "Role        Party                 Contact\n"
    "Claimant    gwenola kerjean\n"
    "            +33 2 98 00 00 00 / gwenola.kerjean@example.fr\n"
    "Respondent  y. le goff\n"
    "            legoff_yannig@example.org\n"
)


def test_lower_case_names_spelt_by_email() -> None:
    names = found_people(PARTY_INDEX)
    assert "gwenola kerjean" in names and "y. le goff" in names


def test_lower_case_words_without_email_evidence_stay() -> None:
    text = "status: closed by agent\nnote  printer queue jammed\ncontact: ops@example.com\n"
    assert found_people(text) == []


def test_lower_case_phrase_beside_unrelated_email_stays() -> None:
    text = "Tags: urgent follow-up\nOwner: queue manager\nReply to: billing@example.com\n"
    assert found_people(text) == []


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abc .:@\n", max_size=60))
def test_mailed_names_spans_in_text(text: str) -> None:
    for name in found_people(text):
        assert name in text


def test_chat_message_text_is_no_speaker() -> None:
    text = "[08:15] hi it's Marisol, new number: 0612 345 678\n[08:16] their numbers: 3 and 4\n"
    assert found(text, "PERSON") == []
