"""Fake but well-formed identifiers: they pass the format checks real detectors apply, and come from
ranges reserved for fiction wherever such a range exists.

- SSNs use area numbers 900-999, which the SSA never issues, with group numbers 01-49 so that presidio's
  US_SSN recognizer accepts them (it rejects areas 000 and 666, group 00, serial 0000 and repeated digits)
  and its US_ITIN pattern (groups 50-65, 70-88, 90-92, 94-99) does not claim them.
- Phone numbers are 555-0100 to 555-0199, the range reserved for fiction.
- Email addresses are at example.com / example.org (RFC 2606).
- Card and routing numbers are random digits completed to pass the Luhn and ABA checksums, as detectors
  require; no range is reserved for them, so they are simply not taken from any real account.
"""

from __future__ import annotations

import datetime as dt
from calendar import month_name
from dataclasses import dataclass
from random import Random

from governance.pii.base import luhn_check_digit

FIRST_NAMES = (
    ("Margaret", "Ms."),
    ("Daniel", "Mr."),
    ("Priya", "Ms."),
    ("Tomasz", "Mr."),
    ("Adaeze", "Ms."),
    ("Hiroshi", "Mr."),
    ("Lucia", "Ms."),
    ("Kwame", "Mr."),
    ("Ingrid", "Ms."),
    ("Rafael", "Mr."),
    ("Siobhan", "Ms."),
    ("Dmitri", "Mr."),
    ("Fatima", "Ms."),
    ("Graham", "Mr."),
    ("Mei", "Ms."),
    ("Oluwaseun", "Mr."),
    ("Beatriz", "Ms."),
    ("Anders", "Mr."),
    ("Yasmin", "Ms."),
    ("Cormac", "Mr."),
    ("Elena", "Ms."),
    ("Marcus", "Mr."),
    ("Thandiwe", "Ms."),
    ("Viktor", "Mr."),
    ("Rosalind", "Ms."),
    ("Santiago", "Mr."),
    ("Noor", "Ms."),
    ("Everett", "Mr."),
    ("Camille", "Ms."),
    ("Jun", "Mr."),
    ("Harriet", "Ms."),
    ("Idris", "Mr."),
    ("Paloma", "Ms."),
    ("Leopold", "Mr."),
    ("Aisling", "Ms."),
    ("Nikhil", "Mr."),
    ("Greta", "Ms."),
    ("Desmond", "Mr."),
    ("Valentina", "Ms."),
    ("Tobias", "Mr."),
)
LAST_NAMES = (
    "Okafor",
    "Lindqvist",
    "Ramaswamy",
    "Kowalczyk",
    "Brennan",
    "Takahashi",
    "Castellanos",
    "Mensah",
    "Halvorsen",
    "Ferreira",
    "Delacroix",
    "Abernathy",
    "Nakamura",
    "Oyelaran",
    "Whitcombe",
    "Szabo",
    "Quintero",
    "Faulkner",
    "Haddad",
    "Vasquez",
    "Ellingson",
    "Achterberg",
    "Moreau",
    "Petrakis",
    "Galloway",
    "Iyer",
    "Rutherford",
    "Sandoval",
    "Kristiansen",
    "Mbeki",
    "Thornbury",
    "Alvarado",
    "Winslow",
    "Chaudhry",
    "Lombardi",
    "Osei",
    "Pemberton",
    "Yilmaz",
    "Dunleavy",
    "Marchetti",
    "Hargreaves",
    "Novak",
    "Esposito",
    "Ashworth",
    "Baptiste",
    "Kaminski",
    "Forsythe",
    "Adeyemi",
)
STREETS = (
    "Larkspur",
    "Juniper",
    "Hawthorne",
    "Briarwood",
    "Maple Hollow",
    "Cedar Ridge",
    "Willowbrook",
    "Old Mill",
    "Quarry",
    "Harbor View",
    "Foxglove",
    "Chestnut",
    "Orchard",
    "Bellweather",
    "Sycamore",
    "Kestrel",
    "Ironwood",
    "Meadowlark",
    "Stonegate",
    "Pinecrest",
)
STREET_TYPES = ("Street", "Avenue", "Lane", "Road", "Drive", "Court", "Way", "Place", "Terrace")
UNITS = ("Apt 2B", "Unit 14", "Apt 5C", "Suite 3", "Apt 11F", "Unit 207")
CITIES = (  # city, state, ZIP prefix, area code
    ("Springfield", "IL", "627", "217"),
    ("Columbus", "OH", "432", "614"),
    ("Tacoma", "WA", "984", "253"),
    ("Albany", "NY", "122", "518"),
    ("Tucson", "AZ", "857", "520"),
    ("Raleigh", "NC", "276", "919"),
    ("Madison", "WI", "537", "608"),
    ("Boise", "ID", "837", "208"),
    ("Savannah", "GA", "314", "912"),
    ("Portland", "ME", "041", "207"),
    ("Des Moines", "IA", "503", "515"),
    ("Fresno", "CA", "937", "559"),
    ("Lexington", "KY", "405", "859"),
    ("Omaha", "NE", "681", "402"),
    ("Richmond", "VA", "232", "804"),
    ("Spokane", "WA", "992", "509"),
    ("Dayton", "OH", "454", "937"),
    ("Austin", "TX", "787", "512"),
    ("Denver", "CO", "802", "303"),
    ("Hartford", "CT", "061", "860"),
)
DATE_STYLES = 3
ABA_WEIGHTS = (3, 7, 1, 3, 7, 1, 3, 7)
ABA_PREFIXES = tuple(f"{n:02d}" for n in (*range(1, 13), *range(21, 33)))


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    honorific: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Place:
    city: str
    state: str
    zip_prefix: str
    area_code: str


def person(rng: Random) -> Person:
    first, honorific = rng.choice(FIRST_NAMES)
    return Person(first, rng.choice(LAST_NAMES), honorific)


def place(rng: Random) -> Place:
    return Place(*rng.choice(CITIES))


def street_address(rng: Random, where: Place) -> str:
    street = f"{rng.randint(12, 9870)} {rng.choice(STREETS)} {rng.choice(STREET_TYPES)}"
    if rng.random() < 0.3:
        street += f", {rng.choice(UNITS)}"
    return f"{street}, {where.city}, {where.state} {where.zip_prefix}{rng.randint(0, 99):02d}"


def phone(rng: Random, where: Place) -> str:
    line = f"555-01{rng.randint(0, 99):02d}"
    style = rng.randrange(3)
    if style == 0:
        return f"({where.area_code}) {line}"
    if style == 1:
        return f"{where.area_code}-{line}"
    return f"{where.area_code}.{line.replace('-', '.')}"


def email(rng: Random, who: Person) -> str:
    first, last = (part.lower().replace("'", "").replace(" ", "") for part in (who.first, who.last))
    domain = rng.choice(("example.com", "example.org"))
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{last[0]}{rng.randint(10, 99)}"))
    return f"{local}@{domain}"


def date_between(rng: Random, first_year: int, last_year: int) -> dt.date:
    start = dt.date(first_year, 1, 1).toordinal()
    end = dt.date(last_year, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def spoken_date(day: dt.date) -> str:
    return f"{month_name[day.month]} {day.day}, {day.year}"


def written_date(rng: Random, day: dt.date, style: int | None = None) -> str:
    """A date the way forms write it, in one of the three styles seen in US records (random unless given)."""
    style = rng.randrange(DATE_STYLES) if style is None else style
    if style == 0:
        return spoken_date(day)
    if style == 1:
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    return day.isoformat()


def ssn(rng: Random) -> str:
    while True:
        value = f"9{rng.randint(0, 99):02d}-{rng.randint(1, 49):02d}-{rng.randint(1, 9999):04d}"
        if len(set(value.replace("-", ""))) > 1:
            return value


def bank_account(rng: Random) -> str:
    return str(rng.randint(10**9, 10**12 - 1))


def routing_number(rng: Random) -> str:
    digits = rng.choice(ABA_PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    weighted = sum(int(d) * w for d, w in zip(digits, ABA_WEIGHTS, strict=True))
    return digits + str(-weighted % 10)


def card_number(rng: Random) -> tuple[str, str]:
    """A Luhn-valid 16-digit Visa or Mastercard number in groups of four, and the brand."""
    brand, prefix = rng.choice((("Visa", "4"), ("Mastercard", str(rng.randint(51, 55)))))
    partial = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
    digits = partial + luhn_check_digit(partial)
    sep = rng.choice((" ", "-"))
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4)), brand


def medical_record_number(rng: Random) -> str:
    return str(rng.randint(10_000_000, 99_999_999))


def docket_number(rng: Random, federal: bool) -> str:
    year = rng.randint(19, 24)
    if federal:
        judge = "".join(rng.choice("ABCDEFGHJKLMNPRSTW") for _ in range(3))
        return f"{rng.randint(1, 4)}:{year}-cv-{rng.randint(100, 9999):05d}-{judge}"
    return f"20{year}-CV-{rng.randint(1000, 999_999):06d}"


def money(rng: Random, low: int, high: int, step: int) -> str:
    return f"${rng.randrange(low, high, step):,}"
