"""Street addresses as many countries write them (Baltic, Uzbek, Icelandic, Bulgarian, Turkish, Catalan, Irish,
Japanese in Latin letters, Arabic and Persian, house-first ones), Nordic and Baltic company forms kept, and
table headers and total rows that are no one's name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from governance.pii.addresses import StreetAddressRecognizer
from governance.pii.keep import protected_spans
from governance.pii.records import RecordFieldRecognizer

STREET = StreetAddressRecognizer()
RECORDS = RecordFieldRecognizer()


def _found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in STREET.analyze(text, None)]


@pytest.mark.parametrize(
    "address",
    [
        "Brīvības iela 12-4, Rīga, LV-1050",
        "Gedimino g. 7-3, LT-01103 Vilnius",
        "ul. Lenina, d. 12, kv. 7, Kazan, 420000",
        "vul. Shevchenka, 4, kv. 21, Lviv, 79000",
        "Navoiy ko'chasi, 12-uy, 4-xonadon, Toshkent 100000",
        "Laugavegur 5, íbúð 3, 101 Reykjavík",
        "ул. „Раковски“ № 12, ет. 3, 1000 София",
        "ул. Партизанска бр. 14, 1000 Скопје",
        "ul. Vasil Levski 21, et. 4, Sofia 1000",
        "Moda Mah. Bahariye Sk. No. 12 Daire 3, 34710 Kadıköy/İstanbul",
        "Carrer de Mallorca, 12, 3r 2a, 08013 Barcelona",
        "14 Bóthar an Chalaidh, Gaillimh, H91 AB12",
        "Soi Sukhumvit 11",
        "Pärnu mnt 22-5",
        "House 14, Street 7, Garden Town, Lahore 54000",
        "House No. 9, Ring Road, Accra, GA-123-4567",
        "Plot 12, Adeola Odeku Street, Victoria Island, Lagos 101241",
        "Mombasa Road, House No. 4, Nairobi 00100",
        "3-5-2 Nishiki, Naka-ku, Nagoya 460-0003",
        "12 شارع النيل، حي الزمالك, القاهرة 11211",
        "خیابان فردوسی، کوچه 4، پلاک 12, تهران، کد پستی 1134567890",
    ],
)
def test_national_street_forms_are_found_whole(address: str) -> None:
    text = f"Please write to the client at {address}. Thank you."
    assert address in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Take 500 g. of flour and 20 g of sugar.",
        "The dose was 5 g daily for 3 days.",
    ],
)
def test_grams_are_not_a_lithuanian_street(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sample 2-3-4 Results, Table 5",
        "The House 4, Senate 3 vote passed.",
        "Trial 1-2-3 Alpha was repeated.",
        "شارع بلا رقم",
    ],
)
def test_lookalikes_without_an_address_shape_are_left(text: str) -> None:
    assert _found(text) == []


@settings(max_examples=60, deadline=None)
@given(
    block=st.integers(1, 30),
    lot=st.integers(1, 300),
    house=st.integers(1, 30),
    postcode=st.integers(100, 999),
    tail=st.integers(0, 9999),
)
def test_japanese_address_in_latin_letters(
    block: int, lot: int, house: int, postcode: int, tail: int
) -> None:
    address = f"{block}-{lot}-{house} Umeda, Kita-ku, Osaka {postcode}-{tail:04d}"
    assert address in _found(f"Premises: {address}\n")


@settings(max_examples=60, deadline=None)
@given(house=st.integers(1, 999), street=st.integers(1, 40), postcode=st.integers(10000, 99999))
def test_house_and_street_numbers_first(house: int, street: int, postcode: int) -> None:
    address = f"House {house}, Street {street}, Model Town, Karachi {postcode}"
    assert address in _found(f"Delivered to {address}. Signed.")


@settings(max_examples=60, deadline=None)
@given(
    name=st.sampled_from(["Laisvės", "Žalgirio", "Pylimo", "Savanorių"]),
    house=st.integers(1, 300),
    flat=st.integers(1, 99),
    postcode=st.integers(10000, 99999),
)
def test_lithuanian_street_with_house_flat_and_postcode(
    name: str, house: int, flat: int, postcode: int
) -> None:
    address = f"{name} g. {house}-{flat}, LT-{postcode} Kaunas"
    assert address in _found(f"Residence: {address}\n")


@settings(max_examples=60, deadline=None)
@given(house=st.integers(1, 300), flat=st.integers(1, 99), postcode=st.integers(100000, 999999))
def test_transliterated_russian_street_with_house_and_flat(house: int, flat: int, postcode: int) -> None:
    address = f"ul. Sadovaya, d. {house}, kv. {flat}, Moskva, {postcode}"
    assert address in _found(f"Tenant: {address}\n")


@pytest.mark.parametrize(
    "company",
    ["Norðurljós Ráðgjöf ehf.", "Tammsaare Tarkvara OÜ", "Baltijos Prekyba UAB", "Daugavas Loģistika SIA"],
)
def test_nordic_and_baltic_company_forms_are_kept(company: str) -> None:
    text = f"Employer: {company}, registered office on file."
    spans = protected_spans(text)
    start = text.index(company)
    assert any(s <= start and start + len(company.rstrip(".")) <= e for s, e in spans)


def test_a_company_form_alone_keeps_no_name() -> None:
    assert protected_spans("Signed by Maria Tamm as witness.") == []


def _names(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECORDS.analyze(text, None) if r.entity_type == "PERSON"]


def test_a_name_row_of_column_headers_is_no_record() -> None:
    text = "Name\tEmail\tMobile\tMon\tTue\tRate\nAino Virtanen\taino@example.fi\t040 123 4567\t6\t4\t55\n"
    assert not any(n in {"Email", "Mobile", "Mon", "Tue", "Rate"} for n in _names(text))


def test_a_name_row_laid_across_still_gives_its_names() -> None:
    text = "Name\tAino Virtanen\tMatti Korhonen\n"
    assert _names(text) == ["Aino Virtanen", "Matti Korhonen"]


def test_a_total_row_under_a_name_column_is_no_one() -> None:
    text = "Name | Hours | Pay\nAino Virtanen | 6 | 300\nTOTAL | 6 | 300\n"
    assert _names(text) == ["Aino Virtanen"]
