"""What must survive scrubbing however it is written: companies by their registered form or trade, tickers
of the world's exchanges, vehicles, and the words spaCy's small model takes for people (field labels,
days and months, currency codes, markup around a name)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.config import ScrubParams
from governance.pii.keep import protected_spans
from governance.pii.names import currency_codes
from governance.pii.people import CALENDAR_WORDS, plausible_ner_person
from governance.pii.scrubber import Scrubber

# Capitalised made-up words: names of companies nobody listed.
WORD = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)
FORMS = [
    "ApS",
    "A.Ş.",
    "K.K.",
    "GmbH",
    "S.A.",
    "S.p.A.",
    "Oy",
    "A/S",
    "s.r.o.",
    "Sdn Bhd",
    "Pty Ltd",
    "Ltda.",
]
TRADES = [
    "Logistik",
    "Cargo",
    "Seguros",
    "Tekstil",
    "Denki",
    "Telecom",
    "Pharma",
    "Agro",
    "Airlines",
    "Foods",
]


def kept(text: str) -> list[str]:
    return [text[s:e] for s, e in protected_spans(text)]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(WORD, min_size=1, max_size=2),
    st.sampled_from(FORMS + TRADES),
    st.sampled_from(["to ", "by ", ""]),
)
def test_a_company_closed_by_a_registered_form_or_a_word_of_trade_survives(words, form, lead):
    company = " ".join([*words, form])
    text = f"Welcome {lead}{company} support."
    assert any(company.rstrip(".") in k for k in kept(text)), (text, kept(text))


@settings(max_examples=60, deadline=None)
@given(WORD, st.sampled_from(["Stadtwerke", "Banco", "Grupo", "Groupe", "Compagnie"]))
def test_a_company_opened_by_a_word_of_trade_survives(word, first):
    assert kept(f"v.\n{first} {word}, Defendant.") == [f"{first} {word}"]


@pytest.mark.parametrize(
    "ticker",
    ["(OMX: NOVO B)", "(B3: PETR4)", "(XETRA: DTE)", "(Euronext Paris: MC)", "(ASX: BHP)", "(TSX: SHOP)"],
)
def test_tickers_of_the_worlds_exchanges_survive(ticker):
    assert kept(f"Account: Pampas {ticker}\nCall back") == [ticker]


@settings(max_examples=60, deadline=None)
@given(st.integers(1950, 2030), st.sampled_from(["Kia", "Ford", "Škoda", "Toyota", "Volkswagen"]), WORD)
def test_a_vehicle_by_model_year_make_and_model_survives(year, make, model):
    assert kept(f"vehicle {year} {make} {model}, estimate") == [f"{year} {make} {model}"]


def test_a_person_is_not_a_company():
    assert kept("Dear Maria Lopez, thanks to Ana Lima and Jonas Berg") == []


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(sorted(CALENDAR_WORDS)), min_size=1, max_size=2))
def test_days_and_months_are_no_person(words):
    value = " ".join(w.title() for w in words)
    text = f"Date:   {value} 13 06:31:37 2024 +0200"
    assert not plausible_ner_person(text, 8, 8 + len(value))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(currency_codes())))
def test_currency_codes_are_no_person(code):
    text = f'"amount": 570538, "currency": "{code}"'
    start = text.index(code, 20)
    assert not plausible_ner_person(text, start, start + 3)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Salary: A$132", "Salary"),
        ("Salary account: DE85", "Salary"),
        ("Policyholder: Abbas", "Policyholder"),
        ("Postcode and town: 6719", "Postcode"),
        ("works for me on Android 11", "Android"),
        ("Dear Sir or Madam,", "Madam"),
        ("standalone='yes' ?>", "standalone='yes"),
    ],
)
def test_field_labels_things_and_markup_are_no_person(text, word):
    start = text.index(word)
    assert not plausible_ner_person(text, start, start + len(word))


def test_english_surnames_outside_labels_are_still_people():
    text = "Present: Albert, Huynh, Verger and Cormier; 23 March 2018"
    start = text.index("Verger")
    assert plausible_ner_person(text, start, start + len("Verger"))


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


def test_a_name_inside_markup_is_cut_out_of_it_and_scrubbed(scrubber):
    text = (
        '<sms body="Do not share it." contact_name="Παναγιώτης Γιάγκος" readable_date="20 December 2023" />'
    )
    out = scrubber.scrub(text).text
    assert "Γιάγκος" not in out and "contact_name=" in out and "readable_date=" in out, out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('<?xml version="1.0" standalone="yes"?>', "standalone"),
        ('<sms date="1642930121330" />', "date"),
        ("Bill to:\nT. Cannada", "Bill"),
        ("TRIBUNAL JUDICIAIRE\nRG n° 22/46050", "TRIBUNAL JUDICIAIRE"),
        ("the order Rechnung Nr. 2026/8555 is late", "Rechnung Nr"),
    ],
)
def test_keys_address_block_labels_institutions_and_numbered_labels_are_no_person(text, value):
    start = text.index(value)
    assert not plausible_ner_person(text, start, start + len(value))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Mon", "Thu", "Wed"]), st.sampled_from(["Jan", "Sep", "Apr"]), st.integers(1, 28))
def test_a_git_log_date_is_no_person_to_any_recognizer(scrubber, day, month, date):
    text = f"Author: Ana Lima <ana@example.com>\nDate:   {day} {month} {date} 06:31:37 2024 +0200\n\n    Fix"
    assert f"{day} {month} {date}" in scrubber.scrub(text).text


def test_a_year_then_a_salutation_is_no_street(scrubber):
    text = "Issued 23 december 2022\n\nDear Dr. Sörenstam,\n\nthank you"
    assert "2022\n\nDear Dr." in scrubber.scrub(text).text


def test_a_lower_case_name_before_a_phone_word_is_still_a_person(scrubber):
    out = scrubber.scrub("Message for Dr. Koivu: esteri junttila rang at 12:44, please call back").text
    assert "junttila" not in out and "esteri" not in out, out


@settings(max_examples=60, deadline=None)
@given(
    rule=st.sampled_from(["Civ. P.", "Crim. P.", "Evid."]),
    number=st.integers(1, 99),
    sub=st.sampled_from(["", "(b)", "(a)(2)"]),
    state=st.sampled_from(["Cal.", "Tex.", "Fla.", "Ill."]),
    title=st.sampled_from(["Civ. Proc. Code", "Bus. & Com. Code", "Penal Code", "Gov. Code"]),
    section=st.integers(1, 9999),
)
def test_rules_and_codes_cited_by_abbreviated_titles_are_kept(rule, number, sub, state, title, section):
    text = f"Request under Fed. R. {rule} {number}{sub} and {state} {title} § {section} by Ana Lima."
    kept = [text[s:e] for s, e in protected_spans(text)]
    assert f"Fed. R. {rule} {number}{sub}" in kept and f"{state} {title} § {section}" in kept, kept
    assert not any("Ana" in k for k in kept)


def test_the_cities_of_the_time_zones_are_places_not_people():
    from governance.pii.names import is_name_word, zone_cities

    cities = {"Montréal": "Montreal", "Tallinn": "Tallinn", "Auckland": "Auckland", "Reykjavík": "Reykjavik"}
    for written, folded in cities.items():
        assert folded.casefold() in zone_cities()
        text = f"Home club: {written}. Contract starts soon."
        assert is_name_word(written) or not plausible_ner_person(text, 11, 11 + len(written)), written
    assert plausible_ner_person("Signed: Anna Kowalska.", 8, 21)
