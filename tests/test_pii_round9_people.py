"""Street addresses as Latvia, Lithuania, Uzbekistan, Iceland and Bulgaria write them, and Russian and
Ukrainian ones transliterated into Latin letters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from governance.pii.addresses import StreetAddressRecognizer

STREET = StreetAddressRecognizer()


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
