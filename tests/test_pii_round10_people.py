"""People and firms, round ten: keys of payment messages, dates after a word, list items and number labels,
towns after "in", firms joined by a plus or named by their part in a deal (kept wherever the document names
them again), a table's header row, and the people of "registrant" and "subject" columns."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.config import ScrubParams
from governance.pii.keep import protected_spans
from governance.pii.people import GivenNameRecognizer, markup_key, month_then_day, plausible_ner_person
from governance.pii.records import RecordFieldRecognizer
from governance.pii.scrubber import Scrubber

RECORDS = RecordFieldRecognizer()
GIVEN = GivenNameRecognizer()


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


def kept(text: str) -> list[str]:
    return [text[s:e] for s, e in protected_spans(text)]


def _names(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECORDS.analyze(text, None) if r.entity_type == "PERSON"]


# --- keys of message formats ---------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Cdtr", "Dbtr", "CdtrAgt", "DbtrAgt", "CreDtTm", "ReqdExctnDt", "BICFI"])
def test_keys_of_payment_messages_are_markup(word: str) -> None:
    assert markup_key(word) or word.isupper()


@pytest.mark.parametrize(
    "word", ["McCune", "DeShawn", "MacDonald", "LaToya", "Ng", "Vlk", "Lynn", "Wynn", "Øystein"]
)
def test_names_are_no_markup_keys(word: str) -> None:
    assert not markup_key(word)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="bcdfghjklmnpqrstvxz", min_size=3, max_size=6))
def test_a_camel_case_word_with_a_part_without_vowels_is_a_key(consonants: str) -> None:
    assert markup_key(consonants.capitalize() + "Agt")


def test_a_key_before_a_name_leaves_the_name(scrubber) -> None:
    text = "CdtTrfTxInf #1: InstdAmt 172 813,10 BRL -> Cdtr Deodete McCune | CdtrAcct DK14 00980406734021\n"
    found = [text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == "PERSON"]
    assert "Deodete McCune" in found
    assert not any("Cdtr" in f for f in found)


# --- dates, list items, number labels, towns ------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    month=st.sampled_from(["Jan", "Mar", "May", "Jun", "Jul", "August"]),
    day=st.integers(1, 31),
    word=st.sampled_from(["Meetup", "Arrive", "Reported", "Viewings from"]),
)
def test_a_month_and_a_day_after_a_word_are_a_date(month: str, day: int, word: str) -> None:
    text = f"{word} {month} {day}, 2021 in Porto"
    at = text.index(month)
    assert month_then_day(text, month, at + len(month))
    assert not [r for r in GIVEN.analyze(text, None) if text[r.start : r.end].endswith(month)]


def test_a_given_name_before_a_surname_is_no_date() -> None:
    text = "Signed: Jan Novak, 12 May 2021"
    assert not month_then_day(text, "Jan", text.index("Jan") + 3)


@pytest.mark.parametrize(
    "text,word",
    [
        ("[4] Daytime tel .......... +60 3.2383.7117", "Daytime"),
        ("3. Travel to Osaka on Friday", "Travel"),
        ("Patient: Wilma Lindberg   Hosp. no. 23-87-50-68   DOB", "Hosp"),
        ("watchlist 0700.HK, BRK.B; branch Lyon\n", "Lyon"),
        ("1. Re: flat share in Porto (R. Becker)", "Porto"),
        ("contractor Kühne + Nagel quotes 193 858,20 EUR", "Kühne + Nagel"),
        ("Vendor: Accor (supplier no. SO-1197-VG)", "Accor"),
        ("Dbtr: Banco Sabadell | DbtrAgt BICFI SGXTGB52", "DbtrAgt BICFI"),
    ],
)
def test_labels_towns_and_firms_are_no_person(text: str, word: str) -> None:
    start = text.index(word)
    assert not plausible_ner_person(text, start, start + len(word))


@pytest.mark.parametrize(
    "text,word",
    [
        ("The report was signed by Lyon on Friday.", "Lyon"),
        ("Smith no longer works here.", "Smith"),
        ("Vendor: Maria Lopez, sole trader", "Maria Lopez"),
    ],
)
def test_people_beside_those_words_are_still_people(text: str, word: str) -> None:
    start = text.index(word)
    assert plausible_ner_person(text, start, start + len(word))


# --- firms kept ------------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    a=st.sampled_from(["Kühne", "Gruner", "Hoffmann", "Weber"]),
    b=st.sampled_from(["Nagel", "Jahr", "Partner", "Sohn"]),
)
def test_a_firm_joined_by_a_plus_is_kept(a: str, b: str) -> None:
    assert f"{a} + {b}" in kept(f"Invoice from {a} + {b} for the audit.")


def test_a_shipping_line_is_kept() -> None:
    assert "Maersk Line" in kept("Booked with Maersk Line for March.")


def test_a_firm_named_by_its_part_is_kept_wherever_it_is_named_again() -> None:
    text = "Accor\nPrivate & confidential\nVendor: Accor (supplier no. 12)\nRegards, Accor\n"
    assert kept(text).count("Accor") == 3


def test_a_person_after_a_vendor_label_is_not_kept() -> None:
    assert "Maria Lopez" not in " ".join(kept("Vendor: Maria Lopez\nRegards, Maria Lopez"))


def test_a_firm_repeated_survives_scrubbing(scrubber) -> None:
    text = "Kühne + Nagel\nPrivate & confidential\nDear Anna,\nyour salary rises.\nRegards, Kühne + Nagel\n"
    assert scrubber.scrub(text).text.count("Kühne + Nagel") == 2


# --- tables ------------------------------------------------------------------------------------------------------


def test_a_header_row_of_field_words_is_no_name_row() -> None:
    text = "Name\tBorn\tIBAN\tBIC\tGross\tNet\nYui Shevchenko\t2002-06-22\tIT24 V225\tHYYNIT9H\tCNY 97.37\t10,38 EUR\n"
    names = _names(text)
    assert "Yui Shevchenko" in names
    assert not {"Born", "IBAN", "BIC", "Gross", "Net"} & set(names)


def test_registrants_are_people() -> None:
    text = (
        'registrant,email,phone\n"victoria marshall",vm@example.org,555 0100\n"J. Jeong",jj@example.org,5\n'
    )
    assert _names(text) == ["victoria marshall", "J. Jeong"]


def test_a_subject_column_beside_a_birth_date_holds_people() -> None:
    text = "subject;mrn;dob;witness\nmerle y. pastor;E8956824K;09.06.1991;Ana Lima\n"
    assert "merle y. pastor" in _names(text)


def test_a_subject_column_of_an_email_list_holds_no_one() -> None:
    text = "from;subject;sent\nana@example.org;Quarterly report draft;today\n"
    assert _names(text) == []


@settings(max_examples=60, deadline=None)
@given(whole=st.integers(1, 999), thousands=st.integers(0, 999), cents=st.integers(0, 99))
def test_a_comma_inside_a_quoted_cell_splits_no_row(whole: int, thousands: int, cents: int) -> None:
    amount = f'"KRW {whole},{thousands:03d}.{cents:02d}"'
    text = f'registrant,email,paid\n"soo-ah kim",sk@example.org,{amount}\n"Aoi Zhang",az@example.org,5\n'
    assert _names(text) == ["soo-ah kim", "Aoi Zhang"]
