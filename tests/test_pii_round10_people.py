"""People and firms, round ten: keys of payment messages, dates after a word, list items and number labels,
towns after "in", firms joined by a plus or named by their part in a deal (kept wherever the document names
them again), a table's header row, and the people of "registrant" and "subject" columns."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.config import ScrubParams
from governance.pii.addresses import StreetAddressRecognizer
from governance.pii.keep import protected_spans
from governance.pii.people import (
    GivenNameRecognizer,
    IntroducedNameRecognizer,
    LabelledNameRecognizer,
    WrittenNameRecognizer,
    addressee,
    markup_key,
    month_then_day,
    partner_after,
    plausible_ner_person,
)
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


# --- names by their shape and their label ------------------------------------------------------------------------

WRITTEN = WrittenNameRecognizer()
LABELLED = LabelledNameRecognizer()
INTRODUCED = IntroducedNameRecognizer()


def _people(recognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, None) if r.entity_type == "PERSON"]


@settings(max_examples=80, deadline=None)
@given(
    initial=st.sampled_from("ABDEGJKLMNRSX"),
    surname=st.sampled_from(["Garrett", "Villumsen", "Georgiou", "Ramasamy", "Hrabal", "Nasution"]),
    before=st.sampled_from(["Approved by ", "CONSIGNEE ", "• ", "(", "Vendor(s): Ana Lima & "]),
)
def test_an_initial_and_a_surname_are_a_person(initial: str, surname: str, before: str) -> None:
    text = f"{before}{initial}. {surname}\n"
    assert f"{initial}. {surname}" in _people(WRITTEN, text)


@pytest.mark.parametrize("name", ["Л. Подушкова", "Α. Ιωάννου", "S. de la Serna", "X. Georgiou"])
def test_initials_in_other_scripts_and_with_particles(name: str) -> None:
    assert name in _people(WRITTEN, f'"{name}",info@example.org')


@pytest.mark.parametrize(
    "text",
    [
        "Credit band A. Rent-to-income 18%",
        "Served by the U.S. Army in 2019",
        "Take vitamin D. Monday is fine",
        "Plan B. Total due: 40 EUR",
    ],
)
def test_an_initial_before_an_english_word_or_a_label_is_no_person(text: str) -> None:
    assert _people(WRITTEN, text) == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("Employee: n. walker, SSN 833983204", "n. walker"),
        ("Pt name: dmytro choi\nPt DOB: 1964", "dmytro choi"),
        ("**Reporter:** derek von kuhnen <d@example.org>", "derek von kuhnen"),
        ("Approved by AP lead johnsie delgado. Next run", "johnsie delgado"),
        ("Guest ....... ν. αβραμίδης\nHome", "ν. αβραμίδης"),
        ("Subject: Nádege dos Leite\nLicence: 653", "Nádege dos Leite"),
    ],
)
def test_names_of_any_case_after_a_record_label(text: str, name: str) -> None:
    assert name in _people(LABELLED, text)


@pytest.mark.parametrize(
    "text",
    ["Subject: quarterly report draft", "Patient: stable overnight", "Reporter: build fails after upgrade"],
)
def test_english_after_a_record_label_is_no_name(text: str) -> None:
    assert _people(LABELLED, text) == []


def test_hangul_after_a_record_label_is_a_name() -> None:
    assert "금 채헌" in _people(LABELLED, "Subject: 금 채헌\nLicence: 011 113 804")


def test_an_estate_is_named_for_a_person() -> None:
    text = "SERVICE LIST — Estate of oliwier mioduszewski, deceased (born 6th July 1950)"
    assert "oliwier mioduszewski" in _people(INTRODUCED, text)


def test_a_name_found_without_its_initial_takes_it(scrubber) -> None:
    text = "Private & confidential\nA. Verlinden\nAsselbergen 93, 6275 Mesch\n\nDear Verlinden,\nthanks."
    names = [text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == "PERSON"]
    assert "A. Verlinden" in names


# --- street addresses ----------------------------------------------------------------------------------------------

STREET = StreetAddressRecognizer()


def _streets(text: str) -> list[str]:
    return [text[r.start : r.end] for r in STREET.analyze(text, None)]


@settings(max_examples=60, deadline=None)
@given(
    postcode=st.sampled_from(["027095", "30272", "046-4242", "335237"]),
    place=st.sampled_from(["潍坊市 清河口", "상당구장전온천", "柏市三休橋", "문경시주룡", "安庆市新沟桥"]),
    number=st.integers(1, 999),
)
def test_east_asian_addresses_with_the_postcode_first(postcode: str, place: str, number: int) -> None:
    address = f"{postcode} {place}{number}"
    assert address in _streets(f"Address: {address}\nAdmitted 2021")


def test_east_asian_words_after_a_number_without_a_place_are_no_address() -> None:
    assert _streets("Order 12345 了解163 items") == []


@settings(max_examples=60, deadline=None)
@given(ordinal=st.integers(1, 20), house=st.integers(1, 300), postcode=st.integers(100000, 999999))
def test_russian_streets_named_with_an_ordinal(ordinal: int, house: int, postcode: int) -> None:
    address = f"Парковая {ordinal}-я {house}, {postcode} Мосальск"
    assert address in _streets(f"• илья кандауров\n  {address}\n  Tel. 8 912")


@pytest.mark.parametrize("block", ["Blk", "Block"])
def test_a_block_before_the_house_number_is_part_of_the_address(block: str) -> None:
    text = f"VENDOR SHEET — {block} 7 Bukit Timah Road, Singapore 898436\nAsking SGD 3,924.21"
    assert any(s.startswith(f"{block} 7 Bukit Timah Road") for s in _streets(text))


# --- address blocks and display names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["илья кандауров", "Bosi Dissing", "D. Santos", "cyprian szołtysek-bogusz", "평 승석", "宗政德利"],
)
def test_the_name_above_a_street_address_is_its_addressee(name: str) -> None:
    street = "Essingen 102, DK-1605 Jægerspris"
    text = f"Private & confidential\n{name}\n{street}\n\nDear reader,"
    start = text.index(street)
    assert addressee(text, start) == (text.index(name), text.index(name) + len(name))


@pytest.mark.parametrize(
    "line",
    ["Shipping address", "Acme Clinic", "Billing Department", "Tel. 0664 169364", "Room 4"],
)
def test_a_heading_or_a_firm_above_an_address_is_no_addressee(line: str) -> None:
    street = "Essingen 102, DK-1605 Jægerspris"
    text = f"{line}\n{street}\n"
    assert addressee(text, text.index(street)) is None


def test_an_address_in_running_text_has_no_addressee() -> None:
    text = "Anna Berg\nlives at Essingen 102, DK-1605 Jægerspris"
    assert addressee(text, text.index("Essingen")) is None


@pytest.mark.parametrize(
    "text,name",
    [
        ("2. Selling bike, 3 796,72 CHF (sylvan frutiger <frutiger.s@example.cz>)", "sylvan frutiger"),
        ("From: R. Becker <rosenda.becker@example.eu>", "R. Becker"),
    ],
)
def test_the_display_name_of_an_email_address_is_a_person(text: str, name: str) -> None:
    assert name in _people(LABELLED, text)


def test_a_team_before_an_email_address_is_no_person() -> None:
    assert _people(LABELLED, "Write to Support Team <support@example.org> today") == []


def test_a_role_in_capitals_before_a_name_without_a_colon() -> None:
    text = "SHIPPER Allianz Partners\nCONSIGNEE Позвізд Басюк\nCемена Бардадима 214"
    assert "Позвізд Басюк" in _people(LABELLED, text)


def test_a_firm_under_a_signature_is_no_addressee() -> None:
    text = "Cheers,\nPaul Andreasen\nTurkcell\n8129 Kulhusvej\nDK-9657 Grindsted"
    assert addressee(text, text.index("8129")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Please pay to IBAN SK68 5818 3563 7653 4853 4503, BIC LUMASKUQN96.",
        "hi im natasa btw the flat is free",
    ],
)
def test_a_common_word_label_without_a_colon_names_no_one(text: str) -> None:
    assert _people(LABELLED, text) == []


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "2. Selling bike, BRL 31.45 (Konstantinos de Shevchenko <k.deshevchenko@example.com>)",
            "Konstantinos de Shevchenko",
        ),
        ("| 02:13 | login from 188.131.223.32 to profile of K. Shevchenko |", "K. Shevchenko"),
        ("_Assigned to Ulrik Harting-Ostwald_ · linked: TKT-35295", "Ulrik Harting-Ostwald"),
        ("Adjuster: Gabriel O'neill (evan@example.com).", "Gabriel O'neill"),
    ],
)
def test_a_surname_that_english_also_lists_after_a_given_name_or_an_initial(text: str, name: str) -> None:
    assert name in _people(LABELLED, text)


@pytest.mark.parametrize(
    "text,first,second",
    [
        (
            "Vendor(s): Наслава Андрієнко & Силослава Бабешко\nBest number",
            "Наслава Андрієнко",
            "Силослава Бабешко",
        ),
        ("Vendor(s): Célia Klein & Rosebel de Airoso\n", "Célia Klein", "Rosebel de Airoso"),
        ("Vendor(s): adélio amorim & c. matos\n", "adélio amorim", "c. matos"),
    ],
)
def test_a_name_joined_to_a_person_by_and_is_a_person(text: str, first: str, second: str) -> None:
    end = text.index(first) + len(first)
    start = text.index(second)
    assert partner_after(text, end) == (start, start + len(second))


@pytest.mark.parametrize("after", [" & Sons Ltd", " and the Finance Team", " & Co.", " and 3 others"])
def test_a_firm_or_a_group_joined_by_and_is_no_person(after: str) -> None:
    text = f"Signed by Anna Berg{after}."
    assert partner_after(text, text.index("Berg") + 4) is None


def test_a_long_kept_word_is_checked_in_linear_time() -> None:
    import time

    # A citation is kept, and its letters end on a comma and digits: no firm's name, found so at once.
    text = "See Abcdefghijklmnopqrstuvwxyzab v. Jones, 123 U.S. 456 (1990)."
    started = time.perf_counter()
    protected_spans(text)
    assert time.perf_counter() - started < 1.0
