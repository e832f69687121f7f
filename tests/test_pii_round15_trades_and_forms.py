"""Round fifteen: what a form's own furniture and a business's name are not. A day and a year after the month's
name, a federal form's control number, a trip's number and a postcode under its label are no phones; a ticked
box opens an item of a list, not a name; a business named after the people of its trade ("Hammock Makers"),
a hospital by the word that opens its name, a body or a firm's desk by the word that closes it, and a
password manager's entry names are no persons. Each rule keeps the people and numbers it must not hide."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.config import ScrubParams
from governance.pii.names import is_name_word
from governance.pii.phones import is_phone
from governance.pii.records import _table_cells
from governance.pii.scrubber import Scrubber
from tests.pii_helpers import found, kept


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


# --- numbers that are no phones ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "FAX   JUL 13 2025 11:19   FROM the branch",
        "Phone log, Dec 21, 2024: no answer",
        "Tel. records of March 3 2026 attached",
    ],
)
def test_a_day_and_a_year_after_the_months_name_are_a_date(scrubber, text):
    assert found(scrubber, text, "PHONE_NUMBER") == []


def test_a_phone_after_a_month_word_is_still_one(scrubber):
    text = "Call May on 0612 345 678 or Jun Park at +44 20 7946 0958."
    assert found(scrubber, text, "PHONE_NUMBER") == ["0612 345 678", "+44 20 7946 0958"]


@pytest.mark.parametrize(
    ("before", "value"),
    [
        ("OMB No. ", "1845-0011"),
        ("Trip ", "68950314-9799"),
        ("<postal>", "29260-418"),
        ("CEP: ", "01310-100"),
        ("Postcode ", "4000 123"),
    ],
)
def test_a_form_number_a_trip_and_a_postcode_under_their_labels_are_no_phones(before, value):
    assert not is_phone(value, "Tel: see below\n" + before, "\n")


def test_the_same_digits_under_a_phone_label_are_a_phone():
    assert is_phone("1845-0011", "Phone: ", "\n") or is_phone("0612 345 678", "Phone: ", "\n")
    assert is_phone("0612 345 678", "Mobile: ", "\n")


# --- lists, forms and statutes ----------------------------------------------------------------------------


@pytest.mark.parametrize("box", ["[x]", "[ ]", "[X]", "☐", "☑", "✔"])
def test_a_ticked_item_of_a_form_is_no_person(scrubber, box):
    text = f"Screening\n{box} Tattoos or permanent make-up\n{box} Metal fragments in eyes\n"
    assert found(scrubber, text, "PERSON") == []


def test_a_person_on_a_ticked_line_is_still_one(scrubber):
    text = "Attendance\n[x] Maria Lopez\n[ ] Peter Sanders\n"
    assert found(scrubber, text, "PERSON") == ["Maria Lopez", "Peter Sanders"]


def test_an_australian_statutes_jurisdiction_is_content(scrubber):
    text = "I agree to the bylaws (Powers of Attorney Act 1998 (Qld) s. 44).\nSigned: Abukari Mahama\n"
    assert kept(text, "(Qld)")
    assert found(scrubber, text, "PERSON") == ["Abukari Mahama"]


def test_a_notarys_title_is_content():
    text = "Subscribed and sworn before me.\nGary Harkins, Notary Public\n"
    assert kept(text, "Notary Public") and not kept(text, "Gary Harkins")


# --- businesses and institutions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "firm",
    [
        "Juchitán Hammock Makers",
        "Makeni Rice Millers",
        "Dharan Tongba Brewers",
        "Kruševo Silversmiths",
        "Guna Yala Mola Artisans",
        "Nibutani Woodcarvers",
    ],
)
def test_a_business_named_after_the_people_of_its_trade_is_content(scrubber, firm):
    text = f"2. Your employer: {firm}; gross pay 2,338 a month.\nHolder of the property: {firm}, account on file.\n"
    assert kept(text, firm)
    assert found(scrubber, text, "PERSON") == []


def test_a_surname_that_is_also_a_plural_stays_a_name(scrubber):
    # "Sanders", "Walters", "Rogers": plurals English has, held by the surname tables too.
    assert all(is_name_word(w) for w in ("Sanders", "Walters", "Rogers"))
    text = "Witnesses: Peter Sanders and Ana Walters; ask Tom Rogers."
    assert not kept(text, "Peter Sanders")
    assert found(scrubber, text, "PERSON") == ["Peter Sanders", "Ana Walters", "Tom Rogers"]


@given(st.sampled_from(["Makers", "Traders", "Weavers", "Tailors", "Couriers", "Brokers"]))
@settings(max_examples=12, deadline=None)
def test_a_trade_plural_keeps_only_its_own_line(trade):
    text = f"Signed: Maria Lopez\nOkavango {trade}\n"
    assert kept(text, f"Okavango {trade}")
    assert not kept(text, "Maria Lopez")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Hospital Amazónico Yarinacocha\nBIRTH REGISTRATION WORKSHEET\n", "Hospital Amazónico Yarinacocha"),
        ("Ospedale Parini Aosta — reparto di cardiologia\n", "Ospedale Parini Aosta"),
        ("— Kota Belud Tamu Market Tenants' Association —\n", "Kota Belud Tamu Market Tenants' Association"),
        ("Rotuma Copra Board\nMEMBER STATEMENT\n", "Rotuma Copra Board"),
        (
            "From: Tobago Cocoa Estate Online Banking <alerts@example.org>\n",
            "Tobago Cocoa Estate Online Banking",
        ),
        ("Return to: Kiryat Luza Tahini Works, servicer\n", "Kiryat Luza Tahini Works"),
        ("Holder of the property: Bàu Trúc Pottery, account on file\n", "Bàu Trúc Pottery"),
        ("Yirrkala Art Centre\nARTIST ROYALTY STATEMENT\n", "Yirrkala Art Centre"),
        ("Supplier: Cashew Nampula Lda, Nampula\n", "Cashew Nampula Lda"),
        ("Your employer: Danau Toba Coffee; gross pay 2,338 a month.\n", "Danau Toba Coffee"),
    ],
)
def test_institutions_by_the_word_that_opens_or_closes_their_names_are_content(scrubber, text, firm):
    assert kept(text, firm)
    assert found(scrubber, text, "PERSON") == []


def test_a_street_named_after_a_hospital_and_a_doctors_clinic_are_not_kept(scrubber):
    street = "54 Hospital Street, Tzaneen 0850"
    assert found(scrubber, f"Deliver to:\n{street}\n", "STREET_ADDRESS") == [street]
    text = "Clínica Dra. Ana Lima, consulta privada\n"
    assert not kept(text, "Ana Lima")


# --- a password manager's export -------------------------------------------------------------------------


def test_a_password_exports_entry_names_are_no_people():
    text = (
        "name,url,username,password,extra\n"
        "Home router,http://router.lan/,admin,hunter2,\n"
        "Car insurance,https://example.net/,ana.lima,pw123,\n"
    )
    assert [c for c in _table_cells(text) if c[0] == "PERSON"] == []


def test_a_name_column_beside_other_columns_still_holds_people():
    text = "name,email,phone\nAna Lima,ana@example.org,555-0100\n"
    cells = [text[s:e] for kind, s, e in _table_cells(text) if kind == "PERSON"]
    assert cells == ["Ana Lima"]


# --- chats exported from a phone, tables under an underline --------------------------------------------------


def test_an_android_chat_exports_speakers_are_people_in_any_script_and_case(scrubber):
    text = (
        "— Tenants' Association —\n"
        "22:45 - Прокопий: the landlord's agent called again\n"
        "09:26 - Vasily: dues for the legal fund are due\n"
        "12/03/2024, 18:00 - lidia: send the damp photos before friday\n"
        "10:18 - прокопий: the boiler man is coming\n"
    )
    assert {"Прокопий", "Vasily", "lidia", "прокопий"} <= set(found(scrubber, text, "PERSON"))


def test_an_agendas_single_dashed_line_and_its_english_words_are_no_speakers(scrubber):
    assert found(scrubber, "Programme\n09:00 - Lyon: arrival and coffee\n", "PERSON") == []
    agenda = "09:00 - Registration: hall B\n10:30 - Keynote: the year ahead\n12:00 - Lunch: terrace\n"
    assert found(scrubber, agenda, "PERSON") == []


def test_a_plain_text_registers_roles_under_an_underline_are_people(scrubber):
    text = (
        "VAULT ACCESS REGISTER  page 88\n"
        "DATE        IN     OUT    BOX          RENTER / DEPUTY               ID SHOWN\n"
        "==============================================================================\n"
        "17/06/2025  11:45  14:26  Caja 8588  Tia, M.  DL H28511143\n"
        "26/02/2026  09:43  07:47  Box 364-W  Mumuni, A.  DL X30365744\n"
    )
    assert {"Tia, M.", "Mumuni, A."} <= set(found(scrubber, text, "PERSON"))


@pytest.mark.parametrize("header", ["Grantee", "Interred", "Lessee", "Decedent", "Renter / Deputy"])
def test_a_column_headed_by_a_party_to_a_grant_or_a_lease_holds_people(header):
    text = f"Deed | Plot | {header} | Fee\nD51196 | Row 16 | Chikappe Mieko | 40\n"
    assert [text[s:e] for kind, s, e in _table_cells(text) if kind == "PERSON"] == ["Chikappe Mieko"]


# --- addresses ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["Kenesos g. 99/2-19, LT-21475 Trakai", "ul. Lenina 12/3-5, 01-234 Warszawa"],
)
def test_a_house_number_with_its_building_and_flat_is_part_of_the_street(scrubber, address):
    assert found(scrubber, f"Residence: {address};\n", "STREET_ADDRESS") == [address]


def test_a_russian_address_opens_on_its_postcode_and_town_and_stops_before_the_next_lines_label(scrubber):
    text = "Attorney 1: born 24 September 1966\n  368688, Derbent, ulitsa Udmurtskaya, d. 143, kv. 40\n  Тел.: 8(301)150-87-66\n"
    assert found(scrubber, text, "STREET_ADDRESS") == ["368688, Derbent, ulitsa Udmurtskaya, d. 143, kv. 40"]


def test_a_sole_traders_own_name_before_the_trade_is_not_kept():
    text = "Invoice from John Okafor Builders, 12 March.\n"
    assert not kept(text, "John Okafor")


# --- numbers of things, not of people ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'references:\n  - type: article\n    issn: "8808-1532"\n',
        '<trkpt lat="40.225543" lon="104.620825"><ele>1390</ele></trkpt>\n',
        '{"type": "Point", "lng": 151.525854, "lat": -33.86}\n',
        "Inmate to be visited: Reg. No. 27094-632\n",
        "SHA1 Fingerprint=6E67 4333 25ED 821A 8C76 2838 C31B 6444 1987 8E7F\n",
    ],
)
def test_a_quoted_reference_a_coordinate_a_register_number_and_a_fingerprint_are_no_phones(scrubber, text):
    assert found(scrubber, text, "PHONE_NUMBER") == []


def test_a_quoted_phone_and_a_phone_beside_hex_words_are_still_phones(scrubber):
    text = 'contact: "0612 345 678"\nBEEF 0612 345 678 ok\n'
    assert found(scrubber, text, "PHONE_NUMBER") == ["0612 345 678", "0612 345 678"]


def test_a_licence_year_is_no_licence_number(scrubber):
    text = "HUNTING AND TRAPPING LICENSE APPLICATION\nLicense year 2025-26   Licence no. S8891686\n"
    assert found(scrubber, text, "DRIVER_LICENSE") == ["S8891686"]


def test_a_product_word_joined_of_english_words_is_no_name_but_a_prefixed_surname_is(scrubber):
    assert found(scrubber, "Device: ResMed AirSense 11 with humidifier\n", "PERSON") == []
    text = "References: DeShawn Williams, Joëlle TenHuisen and Okla McCurtain.\n"
    assert found(scrubber, text, "PERSON") == ["DeShawn Williams", "Joëlle TenHuisen", "Okla McCurtain"]
