"""Street addresses, round thirteen: the house's number first ("No. 12, Ring Road, Town 560001"), a town and
its area after the street, on the same line or the next, and a seven-digit postcode after a street."""

from __future__ import annotations

import pytest

from core.config import ScrubParams
from governance.pii.scrubber import Scrubber


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubParams(n_process=1))


def streets(scrubber, text: str) -> list[str]:
    return [text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == "STREET_ADDRESS"]


@pytest.mark.parametrize(
    "text, address",
    [
        (
            "Holder: Ana Lima\nNo. 14, Lakshmi Nagar, Mysuru 570009\nTel.",
            "No. 14, Lakshmi Nagar, Mysuru 570009",
        ),
        ("Office: No. 9/3, Station Road, Pune\n", "No. 9/3, Station Road, Pune"),
        ("reception: Lot 52b, Taufa Road, Neiafu, Vava'u; bill to", "Lot 52b, Taufa Road, Neiafu, Vava'u"),
        (
            "reception: Section 31, Hubert Drive, Goroka EP 441; bill",
            "Section 31, Hubert Drive, Goroka EP 441",
        ),
        ("at House 7, KN 5 Rd, Nyarugenge, Kigali; bill to", "House 7, KN 5 Rd, Nyarugenge, Kigali"),
    ],
)
def test_the_house_number_first_with_a_street_word_or_a_postcode(scrubber, text, address) -> None:
    assert streets(scrubber, text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "See Exhibit No. 4, Smith, Jones, Brown and others.",
        "Case No. 12, Johnson, Appellant, v. Ward.",
        "Section 5, Part Two, Chapter Three of the Act.",
    ],
)
def test_a_numbered_exhibit_case_or_section_is_no_address(scrubber, text) -> None:
    assert streets(scrubber, text) == []


@pytest.mark.parametrize(
    "text, address",
    [
        (
            "Deliver to 41 Liberation Avenue, Keren, Anseba Region\n[x]",
            "41 Liberation Avenue, Keren, Anseba Region",
        ),
        (
            "Home address: 9 Herbert Chitepo St\nMilton Park, Harare\n\nResults",
            "9 Herbert Chitepo St\nMilton Park, Harare",
        ),
        (
            "secured on the property at\nCalle Los Aromos 812\n8320000 Santiago\nat a rate",
            "Calle Los Aromos 812\n8320000 Santiago",
        ),
        (
            "Correspondence    Villa 8, Corniche Road, Abu Dhabi, P.O. Box 4410\nNext",
            "Villa 8, Corniche Road, Abu Dhabi, P.O. Box 4410",
        ),
    ],
)
def test_the_town_and_its_area_after_the_street_belong_to_it(scrubber, text, address) -> None:
    assert streets(scrubber, text) == [address]


def test_a_sentence_going_on_after_the_street_is_not_taken(scrubber) -> None:
    text = "We met at 12 Harbour Street, Anna, Bob and I, for lunch."
    assert all("Bob" not in value for value in streets(scrubber, text))


@pytest.mark.parametrize(
    "text, address",
    [
        (
            "INSERT INTO clients (id, name, home_address, email) VALUES\n"
            "(1, 'Ana Lima', '14 Ring Road, Accra 00233', 'ana@example.org'),\n"
            "(2, 'Ola Bell', '7 Harbour Lane, Cork T12 X2Y3', 'ola@example.org');\n",
            ["14 Ring Road, Accra 00233", "7 Harbour Lane, Cork T12 X2Y3"],
        ),
        (
            '{"full_name": "Ana Lima", "residence": "Rruga Myslym Shyri 12, Tirana 1001", "email": "a@b.org"}',
            ["Rruga Myslym Shyri 12, Tirana 1001"],
        ),
        (
            "dn: uid=alima\npostalAddress: 31 Kifissias Avenue$Athens 11523\nmobile: x\n",
            ["31 Kifissias Avenue$Athens 11523"],
        ),
        (
            "OLD ADDRESS (redirect from)\n41 rue des Tanneurs\n69002 Lyon\n\nNEW ADDRESS (redirect to)\n",
            ["41 rue des Tanneurs\n69002 Lyon"],
        ),
    ],
)
def test_addresses_under_their_column_key_or_attribute(scrubber, text, address) -> None:
    assert [a for a in streets(scrubber, text) if a in address] == address


def test_an_email_column_of_a_sql_dump_is_no_street(scrubber) -> None:
    text = "INSERT INTO t (id, email_address) VALUES\n(1, 'Flat 4 Ana.Lima@example.org');\n"
    assert streets(scrubber, text) == []


def test_a_mail_to_column_holds_addresses(scrubber) -> None:
    text = (
        "SEQ|PAN_MASKED|NAME|DOB|MAIL_TO|CONTACT\n"
        "0001|xxxx|ANA LIMA|1945-12-27|28 Harbour Ter., Apt 4 ; Littleton, VA 75809|n/a\n"
        "0002|xxxx|OLA BELL|1955-02-25|Kirchgasse 13 ; 5868 Hinwil|n/a\n"
    )
    found = streets(scrubber, text)
    assert any("28 Harbour Ter., Apt 4" in value for value in found)
    assert any("Kirchgasse 13" in value and "Hinwil" in value for value in found)
