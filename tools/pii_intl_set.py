"""The international PII evaluation set: `python tools/pii_intl_set.py` writes benchmarks/pii_intl/{dev,test,dev2}.jsonl.

Built to measure generalization, not to be tuned on:

- **Independent of the recognizers' word lists.** Charter's recognizers read given names, surnames and
  street words from Faker's tables (governance/pii/names.py, governance/pii/addresses.py). This generator
  never imports Faker: names, surnames, street names, street types, cities, postcode shapes and phone masks
  come from the data files of Mimesis (another fake-data project, with its own sources: national registries,
  city street directories), read as plain JSON with this script's own seeded RNG. Cards, IBANs, SSNs, IPs and
  e-mails are composed here from their published formats. The benchmark prints how many of the set's names
  happen to be in the recognizers' tables (real names overlap; the point is that nobody chose them to).
- **Split by seed and by template family.** Each template family (a kind of text: a chat message, a
  shipping label, a KYC form...) belongs to dev or to test, never both, and the two splits draw from
  different seeds. Tuning looks at dev only; test figures are reported beside it.
- **dev2**, a second dev split of ten families of its own (seed 4409), sharing none with dev or test, built
  to stress phone numbers as documents write them (every region's example numbers from the `phonenumbers`
  library in national, international, E.164 and RFC 3966 formats, dots, slashes, `(0)`, `00`, extensions,
  `tel:` links, labels of many languages, tables, lists, two in a row) and the numbers around them that must
  survive (amounts, dates, times, references, product codes, versions, ranges, measurements, citations).
  Tuning may look at dev2 too; test stays untouched.
- **Many locales, national and international formats**, in English sentences, with distractors that must
  survive: amounts, dates, years, order and invoice numbers, ISINs, CUSIPs, tickers, ICD-10 codes, citations,
  dockets, versions, company names and city names on their own.

Every line is `{"id", "split", "family", "locale", "text", "pii": [{"type", "start", "end"}], "keep":
[{"type", "value"}]}`; a `pii` span is the whole value as written (an address with its postcode and city).
Needs the `mimesis` package (pinned in the dev extra), and only to rebuild the files; dev2 also reads the
`phonenumbers` metadata.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from governance.pii.base import luhn_check_digit

OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "pii_intl"
SEEDS = {"dev": 1601, "test": 7207, "dev2": 4409}
PER_SPLIT = 520

# Mimesis locale -> (ISO country, calling code, how an address's second line reads).
LOCALES: dict[str, tuple[str, str, str]] = {
    "en": ("US", "1", "{city}, {state} {pc}"),
    "en-gb": ("GB", "44", "{city} {pc}"),
    "en-ca": ("CA", "1", "{city}, {state} {pc}"),
    "en-au": ("AU", "61", "{city} {state} {pc}"),
    "de": ("DE", "49", "{pc} {city}"),
    "de-at": ("AT", "43", "{pc} {city}"),
    "de-ch": ("CH", "41", "{pc} {city}"),
    "nl": ("NL", "31", "{pc} {city}"),
    "nl-be": ("BE", "32", "{pc} {city}"),
    "da": ("DK", "45", "{pc} {city}"),
    "sv": ("SE", "46", "{pc} {city}"),
    "no": ("NO", "47", "{pc} {city}"),
    "fi": ("FI", "358", "{pc} {city}"),
    "is": ("IS", "354", "{pc} {city}"),
    "et": ("EE", "372", "{pc} {city}"),
    "cs": ("CZ", "420", "{pc} {city}"),
    "sk": ("SK", "421", "{pc} {city}"),
    "pl": ("PL", "48", "{pc} {city}"),
    "hu": ("HU", "36", "{pc} {city}"),
    "hr": ("HR", "385", "{pc} {city}"),
    "fr": ("FR", "33", "{pc} {city}"),
    "it": ("IT", "39", "{pc} {city}"),
    "es": ("ES", "34", "{pc} {city}"),
    "es-mx": ("MX", "52", "{pc} {city}"),
    "pt": ("PT", "351", "{pc} {city}"),
    "pt-br": ("BR", "55", "{city} - {state}, {pc}"),
    "tr": ("TR", "90", "{pc} {city}"),
}
NAME_FALLBACK = {"nl-be": "nl", "en-ca": "en", "en-au": "en-gb"}
CITY_FALLBACK = {"en-au": "en-gb", "en-ca": "en", "es-mx": "es"}
EXTRA_PHONE_MASKS = {
    "en": ["(###) ###-####", "###-###-####", "###.###.####", "+1 ### ### ####"],
    "en-au": ["04## ### ###", "(02) #### ####", "+61 4## ### ###"],
    "en-ca": ["(###) ###-####", "+1-###-###-####"],
    "fr": ["0# ## ## ## ##", "+33 # ## ## ## ##"],
    "it": ["3## ### ####", "0## ### ####"],
    "de": ["0### #######", "01## ########"],
    "nl": ["06-########", "0## ### ####"],
    "pt": ["9## ### ###", "2## ### ###"],
    "fi": ["04# ### ####", "09 ### ####"],
    "sv": ["07#-### ## ##", "08-### ### ##"],
    "da": ["## ## ## ##"],
    "no": ["### ## ###"],
    "hu": ["06 ## ### ####"],
}
US_STATES = "AL AK AZ CA CO CT FL GA IL IN MA MD MI MN MO NC NJ NY OH OR PA TN TX VA WA WI".split()
CA_PROVINCES = "AB BC MB NB NL NS ON PE QC SK".split()
AU_STATES = "NSW VIC QLD WA SA TAS ACT NT".split()
BR_STATES = "SP RJ MG BA PR RS GO PE CE SC".split()

# BBAN layouts (n digits, a upper-case letters, c alphanumerics) from ISO 13616's registry.
IBAN_BBAN = {
    "DE": "8n10n",
    "GB": "4a6n8n",
    "FR": "5n5n11c2n",
    "ES": "4n4n1n1n10n",
    "IT": "1a5n5n12c",
    "NL": "4a10n",
    "BE": "3n7n2n",
    "AT": "5n11n",
    "CH": "5n12c",
    "PL": "8n16n",
    "PT": "4n4n11n2n",
    "SE": "3n16n1n",
    "DK": "4n9n1n",
    "NO": "4n6n1n",
    "FI": "3n11n",
    "IE": "4a6n8n",
    "CZ": "4n6n10n",
    "SK": "4n6n10n",
    "HU": "3n4n1n15n1n",
    "HR": "7n10n",
    "EE": "2n2n11n1n",
    "IS": "4n2n6n10n",
    "TR": "5n1n16c",
    "BR": "8n5n10n1a1c",
    "LU": "3n13c",
    "GR": "3n4n16c",
    "RO": "4a16c",
    "BG": "4a4n2n8c",
    "LT": "5n11n",
    "LV": "4a13c",
    "SI": "5n8n2n",
    "CY": "3n5n16c",
    "MT": "4a5n18c",
    "SA": "2n18c",
    "AE": "3n16n",
    "IL": "3n3n13n",
    "MC": "5n5n11c2n",
    "LI": "5n12c",
    "SM": "1a5n5n12c",
}
EMAIL_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "web.de",
    "gmx.at",
    "bluewin.ch",
    "orange.fr",
    "libero.it",
    "telefonica.es",
    "sapo.pt",
    "uol.com.br",
    "seznam.cz",
    "wp.pl",
    "freemail.hu",
    "telia.se",
    "online.no",
    "kolumbus.fi",
    "ziggo.nl",
    "skynet.be",
    "t-online.hu",
    "mail.ee",
    "example.org",
    "firma.de",
    "empresa.es",
]
# Things that must survive: not personal data, yet shaped like it.
COMPANIES = [
    "Siemens AG",
    "Nestlé S.A.",
    "Banco Santander, S.A.",
    "Royal Dutch Shell plc",
    "Volvo Group",
    "Nokia Corporation",
    "Allianz SE",
    "Ericsson AB",
    "Petrobras",
    "ING Groep N.V.",
    "Zara",
    "Carlsberg A/S",
    "Acme Logistics Ltd",
    "Unilever PLC",
    "Equinor ASA",
    "Turkcell",
    "Orlen S.A.",
    "OTP Bank",
]
SECURITIES = [
    ("DE0007164600", "SAP"),
    ("US0378331005", "AAPL"),
    ("NL0010273215", "ASML"),
    ("FR0000120271", "TTE"),
    ("CH0038863350", "NESN"),
    ("GB0002374006", "DGE"),
    ("SE0000108656", "ERIC B"),
    ("ES0113900J37", "SAN"),
]
CUSIPS = ["037833100", "594918104", "30231G102", "46625H100", "88160R101"]
ICD = ["E11.9", "J45.909", "I10", "K21.9", "M54.5", "F41.1", "N39.0"]
CITATIONS = [
    "42 U.S.C. § 1983",
    "Case C-131/12",
    "[2019] EWCA Civ 1234",
    "BGH, NJW 2015, 2412",
    "Art. 17 GDPR",
]
DOCKETS = ["1:21-cv-04512", "No. 19-1392", "2 BvR 859/15", "C-311/18"]


def _mimesis_data(locale: str, kind: str) -> dict:
    import mimesis

    path = Path(mimesis.__file__).parent / "datasets" / locale / f"{kind}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _flatten(value) -> list[str]:
    if isinstance(value, dict):
        return [x for v in value.values() for x in _flatten(v)]
    return [v for v in value or [] if isinstance(v, str)]


@dataclass
class LocaleData:
    locale: str
    given: list[str]
    family: list[str]
    streets: list[str]
    suffixes: list[str]
    address_fmt: str
    cities: list[str]
    postcode_fmt: str
    phone_masks: list[str]


@cache
def locale_data(locale: str) -> LocaleData:
    person = _mimesis_data(NAME_FALLBACK.get(locale, locale), "person")
    own_person = _mimesis_data(locale, "person")
    address = _mimesis_data(locale, "address")
    cities = _mimesis_data(CITY_FALLBACK.get(locale, locale), "address").get("city") or []
    street = address.get("street") or {}
    masks = list(own_person.get("telephone_fmt") or []) + EXTRA_PHONE_MASKS.get(locale, [])
    names = [n for n in _flatten(person.get("names")) if n.isalpha() or "-" in n]
    surnames = [
        n
        for n in _flatten(own_person.get("surnames") or person.get("surnames"))
        if n.replace("-", "").isalpha()
    ]
    return LocaleData(
        locale=locale,
        given=sorted(set(names)),
        family=sorted(set(surnames)),
        streets=[s.strip() for s in street.get("name", []) if s.strip() and not s.strip()[0].isdigit()],
        suffixes=list(street.get("suffix") or []),
        address_fmt=address.get("address_fmt") or "{st_num} {st_name} {st_sfx}",
        cities=[c for c in cities if c.strip()],
        postcode_fmt=address.get("postal_code_fmt") or "#####",
        phone_masks=masks,
    )


def ascii_fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in ".-")
    )


class Gen:
    """Values of one document, all drawn from one seeded RNG."""

    def __init__(self, rng: random.Random, locale: str):
        self.r = rng
        self.locale = locale
        self.data = locale_data(locale)
        self.country, self.calling, self.line2 = LOCALES[locale]

    def fill(self, mask: str) -> str:
        out = []
        for ch in mask:
            if ch == "#":
                out.append(self.r.choice(string.digits))
            elif ch == "@":
                out.append(self.r.choice(string.ascii_uppercase))
            else:
                out.append(ch)
        return "".join(out)

    def digits(self, n: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    # People
    def given(self) -> str:
        return self.r.choice(self.data.given)

    def surname(self) -> str:
        return self.r.choice(self.data.family)

    def full_name(self) -> str:
        if self.r.random() < 0.12:
            return f"{self.given()} {self.given()[0]}. {self.surname()}"
        return f"{self.given()} {self.surname()}"

    # Contact
    def phone(self) -> str:
        style = self.r.random()
        if style < 0.7 and self.data.phone_masks:
            return self.fill(self.r.choice(self.data.phone_masks))
        national = self.digits(self.r.choice([8, 9, 9, 10]))
        if style < 0.85:
            return f"+{self.calling} {national[:3]} {national[3:6]} {national[6:]}"
        return f"00{self.calling} {national[:2]} {national[2:]}"

    def email(self, name: str | None = None) -> str:
        name = name or self.full_name()
        parts = [ascii_fold(p).lower() for p in name.replace(".", " ").split() if ascii_fold(p)]
        local = self.r.choice([".", "_", ""]).join(parts[:1] + parts[-1:]) or "user"
        if self.r.random() < 0.3:
            local += str(self.r.randint(1, 99))
        return f"{local}@{self.r.choice(EMAIL_DOMAINS)}"

    def street_line(self) -> str:
        d = self.data
        number = self.r.choice(
            [
                str(self.r.randint(1, 240)),
                str(self.r.randint(1, 99)) + self.r.choice("ab"),
                str(self.r.randint(1, 9999)),
            ]
        )
        name = self.r.choice(d.streets) if d.streets else self.surname()
        sfx = self.r.choice(d.suffixes) if d.suffixes else ""
        line = d.address_fmt.replace("{st_num}", number).replace("{st_name}", name).replace("{st_sfx}", sfx)
        line = " ".join(line.split())
        if self.locale in ("es", "pt-br", "it") and f", {number}" not in line and self.r.random() < 0.5:
            line = line.replace(f" {number}", f", {number}")
        if self.locale == "tr":
            line = line.replace(f" {number}", f" No: {number}")
        return line

    def postcode(self) -> str:
        return self.fill(
            self.r.choice(self.data.postcode_fmt)
            if isinstance(self.data.postcode_fmt, list)
            else self.data.postcode_fmt
        )

    def state(self) -> str:
        return self.r.choice(
            {"US": US_STATES, "CA": CA_PROVINCES, "AU": AU_STATES, "BR": BR_STATES}.get(self.country, [""])
        )

    def city(self) -> str:
        return self.r.choice(self.data.cities) if self.data.cities else "Springfield"

    def address(self, multiline: bool = False) -> str:
        second = self.line2.format(city=self.city(), state=self.state(), pc=self.postcode())
        return f"{self.street_line()}{chr(10) if multiline else ', '}{second}"

    # Identifiers
    def card(self) -> str:
        prefix, length, groups = self.r.choice(
            [
                ("4", 16, (4, 4, 4, 4)),
                ("4", 13, None),
                ("5" + str(self.r.randint(1, 5)), 16, (4, 4, 4, 4)),
                ("2221", 16, (4, 4, 4, 4)),
                ("3" + self.r.choice("47"), 15, (4, 6, 5)),
                ("36", 14, (4, 6, 4)),
                ("6011", 16, (4, 4, 4, 4)),
                ("35" + str(self.r.randint(28, 89)), 16, (4, 4, 4, 4)),
                ("6304", 12, None),
                ("5018", 12, None),
                ("6759", 19, (4, 4, 4, 4, 3)),
                ("62", 16, (4, 4, 4, 4)),
                ("4", 19, None),
            ]
        )
        body = prefix + "".join(self.r.choice(string.digits) for _ in range(length - len(prefix) - 1))
        number = body + luhn_check_digit(body)
        if groups is None or self.r.random() < 0.25:
            return number
        sep = self.r.choice([" ", " ", "-"])
        out, at = [], 0
        for g in groups:
            out.append(number[at : at + g])
            at += g
        return sep.join(out)

    def iban(self) -> str:
        country = (
            self.country
            if self.country in IBAN_BBAN and self.r.random() < 0.6
            else self.r.choice(sorted(IBAN_BBAN))
        )
        bban = ""
        for count, kind in ((int(x[:-1]), x[-1]) for x in _split_layout(IBAN_BBAN[country])):
            alphabet = {
                "n": string.digits,
                "a": string.ascii_uppercase,
                "c": string.ascii_uppercase + string.digits,
            }[kind]
            bban += "".join(self.r.choice(alphabet) for _ in range(count))
        moved = bban + country + "00"
        number = int("".join(str(int(c, 36)) for c in moved))
        iban = f"{country}{98 - number % 97:02d}{bban}"
        if self.r.random() < 0.35:
            return iban
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))

    def ssn(self) -> str:
        a, b, c = self.r.randint(101, 665), self.r.randint(10, 99), self.r.randint(1000, 9999)
        return self.r.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])

    def ipv4(self) -> str:
        return ".".join(str(self.r.randint(1, 254)) for _ in range(4))

    def ipv6(self) -> str:
        return ":".join(f"{self.r.randint(0, 65535):x}" for _ in range(8))

    def bic(self) -> str:
        bank = "".join(self.r.choice(string.ascii_uppercase) for _ in range(4))
        loc = self.r.choice(string.ascii_uppercase) + self.r.choice(string.ascii_uppercase + string.digits)
        branch = self.r.choice(
            ["", "XXX", "".join(self.r.choice(string.ascii_uppercase + string.digits) for _ in range(3))]
        )
        return bank + self.country + loc + branch

    def licence(self) -> str:
        return self.r.choice(
            [
                self.r.choice(string.ascii_uppercase) + self.digits(7),
                self.digits(9),
                f"{self.r.choice(string.ascii_uppercase)}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-0",
                "".join(self.r.choice(string.ascii_uppercase) for _ in range(5)) + self.digits(6) + "AB9CD",
            ]
        )

    def mrn(self) -> str:
        return self.r.choice([self.digits(8), "00" + self.digits(6), "MR" + self.digits(7)])

    def dob(self) -> str:
        y, m, d = self.r.randint(1940, 2005), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}"])

    # Distractors
    def money(self) -> str:
        n = self.r.randint(12, 980_000)
        return self.r.choice(
            [
                f"€{n:,}.{self.r.randint(0, 99):02d}".replace(",", "."),
                f"${n:,}",
                f"{n:,} EUR".replace(",", " "),
                f"CHF {n:,}.–",
                f"£{n / 100:,.2f}",
                f"{n} kr",
            ]
        )

    def ordinary_date(self) -> str:
        y, m, d = self.r.randint(2015, 2025), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice(
            [f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d} March {y}", f"{m}/{d}/{y}"]
        )

    def order(self) -> str:
        return self.r.choice(
            [
                f"ORD-{self.r.randint(2019, 2025)}-{self.r.randint(10000, 99999)}",
                f"#{self.r.randint(10000, 999999)}",
                f"INV/{self.r.randint(2019, 2025)}/{self.r.randint(100, 9999)}",
                f"PO {self.r.randint(4500000, 4599999)}",
            ]
        )


def _split_layout(layout: str) -> list[str]:
    parts, current = [], ""
    for ch in layout:
        current += ch
        if ch.isalpha():
            parts.append(current)
            current = ""
    return parts


@dataclass
class Doc:
    """A text built piece by piece, remembering where each personal value sits."""

    parts: list[str] = field(default_factory=list)
    pii: list[dict] = field(default_factory=list)
    keep: list[dict] = field(default_factory=list)
    length: int = 0

    def text(self, s: str) -> Doc:
        self.parts.append(s)
        self.length += len(s)
        return self

    def value(self, kind: str, s: str) -> Doc:
        self.pii.append({"type": kind, "start": self.length, "end": self.length + len(s)})
        return self.text(s)

    def must_keep(self, kind: str, s: str) -> Doc:
        self.keep.append({"type": kind, "value": s})
        return self.text(s)

    def render(self, template: str, slots: dict[str, tuple[str | None, str]]) -> Doc:
        """`template` with {slot} markers; each slot is (PII type, value), or (None, value) for plain text,
        or ("KEEP:<type>", value) for a value that must survive."""
        rest = template
        while "{" in rest:
            before, _, after = rest.partition("{")
            name, _, rest = after.partition("}")
            self.text(before)
            kind, value = slots[name]
            if kind is None:
                self.text(value)
            elif kind.startswith("KEEP:"):
                self.must_keep(kind[5:], value)
            else:
                self.value(kind, value)
        return self.text(rest)


def lower_name(name: str) -> str:
    low = name.lower()
    return low if len(low) == len(name) else name


# Template families. Each returns a Doc; the split a family belongs to is in FAMILIES below.
def chat(g: Gen) -> Doc:
    given, sur = g.given(), g.surname()
    name = g.r.choice([given, f"{given} {sur}", lower_name(f"{given} {sur}"), lower_name(given)])
    t = g.r.choice(
        [
            "hi there, my name is {name} and you can reach me on {phone} any time after {time}",
            "hey! it's {name} here. text me at {phone} or mail {email}, thanks",
            "My name is {name}. I was charged {money} twice on {date}; please call {phone}.",
            "hello, {name} speaking - my new number is {phone}, the old one no longer works",
        ]
    )
    return Doc().render(
        t,
        {
            "name": ("PERSON", name),
            "phone": ("PHONE_NUMBER", g.phone()),
            "email": ("EMAIL_ADDRESS", g.email(f"{given} {sur}")),
            "time": (None, f"{g.r.randint(8, 20)}:{g.r.choice(['00', '30'])}"),
            "money": ("KEEP:MONEY", g.money()),
            "date": ("KEEP:DATE", g.ordinary_date()),
        },
    )


def support_ticket(g: Gen) -> Doc:
    name = g.full_name()
    t = g.r.choice(
        [
            "Ticket {order}: customer {name} ({email}) says the card {card} was declined for {money} on {date}.",
            "Refund request {order} from {name}. Card used: {card}. Contact: {phone}. Amount {money}.",
            "Chargeback dispute opened by {name} for order {order}; card number {card}, reachable at {email} or {phone}.",
        ]
    )
    return Doc().render(
        t,
        {
            "order": ("KEEP:ORDER", g.order()),
            "name": ("PERSON", name),
            "email": ("EMAIL_ADDRESS", g.email(name)),
            "card": ("CREDIT_CARD", g.card()),
            "money": ("KEEP:MONEY", g.money()),
            "date": ("KEEP:DATE", g.ordinary_date()),
            "phone": ("PHONE_NUMBER", g.phone()),
        },
    )


def kyc_form(g: Gen) -> Doc:
    given, sur = g.given(), g.surname()
    d = (
        Doc()
        .text("Account opening form\nFirst name: ")
        .value("PERSON", given)
        .text("\nLast name: ")
        .value("PERSON", sur)
    )
    d.text("\nDate of birth: ").value("DATE_OF_BIRTH", g.dob())
    d.text("\nAddress: ").value("STREET_ADDRESS", g.address(multiline=g.r.random() < 0.4))
    d.text("\nPhone: ").value("PHONE_NUMBER", g.phone())
    d.text("\nIBAN: ").value("IBAN_CODE", g.iban())
    if g.r.random() < 0.5:
        d.text("\nBIC: ").value("SWIFT_CODE", g.bic())
    d.text("\nEmployer: ").must_keep("COMPANY", g.r.choice(COMPANIES)).text("\n")
    return d


def shipping_label(g: Gen) -> Doc:
    d = Doc().text(g.r.choice(["SHIP TO:\n", "Deliver to\n", "Recipient:\n"]))
    d.value("PERSON", g.full_name()).text("\n").value("STREET_ADDRESS", g.address(multiline=True))
    d.text(f"\n{g.r.choice(['Tel', 'Phone', 'Mobile'])}: ").value("PHONE_NUMBER", g.phone())
    d.text("\nOrder ").must_keep("ORDER", g.order()).text(", weight ").must_keep(
        "QUANTITY", f"{g.r.randint(1, 30)}.{g.r.randint(0, 9)} kg"
    )
    return d.text("\n")


def bank_transfer(g: Gen) -> Doc:
    payer, payee = g.full_name(), g.full_name()
    t = g.r.choice(
        [
            "Please transfer {money} from {payer}'s account {iban} to {payee}, IBAN {iban2} (SWIFT {bic}), reference {order}.",
            "Payment of {money} received from {payer} ({iban}). Beneficiary {payee}, BIC {bic}, account {iban2}. Ref {order}.",
            "{payer} asked us to wire {money} to {iban2} held by {payee}; debit {iban}. Bank code (BIC): {bic}.",
        ]
    )
    return Doc().render(
        t,
        {
            "money": ("KEEP:MONEY", g.money()),
            "payer": ("PERSON", payer),
            "payee": ("PERSON", payee),
            "iban": ("IBAN_CODE", g.iban()),
            "iban2": ("IBAN_CODE", g.iban()),
            "bic": ("SWIFT_CODE", g.bic()),
            "order": ("KEEP:ORDER", g.order()),
        },
    )


def hr_record(g: Gen) -> Doc:
    name, contact = g.full_name(), g.full_name()
    t = g.r.choice(
        [
            "Employee {name}, SSN {ssn}, lives at {addr}. Emergency contact: {contact}, {phone}.",
            "New hire paperwork for {name} (social security number {ssn}) is complete; home address {addr}; "
            "start date {date}; salary {money}.",
            "Payroll change: {name} moved to {addr}. SSN on file {ssn}. Questions to {contact} at {email}.",
        ]
    )
    return Doc().render(
        t,
        {
            "name": ("PERSON", name),
            "ssn": ("US_SSN", g.ssn()),
            "addr": ("STREET_ADDRESS", g.address()),
            "contact": ("PERSON", contact),
            "phone": ("PHONE_NUMBER", g.phone()),
            "email": ("EMAIL_ADDRESS", g.email(contact)),
            "date": ("KEEP:DATE", g.ordinary_date()),
            "money": ("KEEP:MONEY", g.money()),
        },
    )


def meeting_notes(g: Gen) -> Doc:
    people = [g.r.choice([g.surname(), g.full_name()]) for _ in range(g.r.randint(2, 4))]
    d = Doc().text(g.r.choice(["Attendees: ", "The founders, ", "Present: ", "Signed by "]))
    for i, p in enumerate(people):
        if i:
            d.text(" and " if i == len(people) - 1 else ", ")
        d.value("PERSON", p)
    d.text(g.r.choice([". ", ", met on ", "; "]))
    d.must_keep("DATE", g.ordinary_date()).text(" to review the ").must_keep("COMPANY", g.r.choice(COMPANIES))
    d.text(" contract worth ").must_keep("MONEY", g.money()).text(". Minutes sent to ").value(
        "EMAIL_ADDRESS", g.email()
    ).text(".")
    return d


def email_signature(g: Gen) -> Doc:
    name = g.full_name()
    d = Doc().text(g.r.choice(["Thanks for the quick reply.\n\n", "See the attached invoice ", ""]))
    if d.length and not d.parts[-1].endswith("\n"):
        d.must_keep("ORDER", g.order()).text(".\n\n")
    d.text(g.r.choice(["Best regards,\n", "Kind regards,\n", "Cheers,\n", "Mit freundlichen Grüßen\n"]))
    d.value("PERSON", name).text("\n").must_keep("COMPANY", g.r.choice(COMPANIES)).text("\n")
    d.value("STREET_ADDRESS", g.address(multiline=True)).text("\nT ").value("PHONE_NUMBER", g.phone())
    return d.text("\n").value("EMAIL_ADDRESS", g.email(name))


def it_log(g: Gen) -> Doc:
    t = g.r.choice(
        [
            "{date} 14:02:11 WARN login failed for {email} from {ip} (attempt 3 of 5, build v2.{minor}.1)",
            "session opened by {email} from {ip6}; quota {pct} used, order {order}",
            "{date} firewall blocked {ip} -> 443/tcp; user {name} notified at {email}",
        ]
    )
    name = g.full_name()
    return Doc().render(
        t,
        {
            "date": ("KEEP:DATE", g.ordinary_date()),
            "email": ("EMAIL_ADDRESS", g.email(name)),
            "ip": ("IP_ADDRESS", g.ipv4()),
            "ip6": ("IP_ADDRESS", g.ipv6()),
            "minor": (None, str(g.r.randint(0, 20))),
            "pct": ("KEEP:PERCENT", f"{g.r.randint(1, 99)}%"),
            "order": ("KEEP:ORDER", g.order()),
            "name": ("PERSON", name),
        },
    )


def medical_intake(g: Gen) -> Doc:
    name = g.full_name()
    t = g.r.choice(
        [
            "Patient {name}, MRN {mrn}, born {dob}, presented with {icd}. Callback number {phone}; home {addr}.",
            "Intake: {name} (DOB {dob}), medical record number {mrn}. Dx {icd}. Next of kin {kin}, phone {phone}.",
        ]
    )
    return Doc().render(
        t,
        {
            "name": ("PERSON", name),
            "mrn": ("MEDICAL_RECORD_NUMBER", g.mrn()),
            "dob": ("DATE_OF_BIRTH", g.dob()),
            "icd": ("KEEP:ICD10", g.r.choice(ICD)),
            "phone": ("PHONE_NUMBER", g.phone()),
            "addr": ("STREET_ADDRESS", g.address()),
            "kin": ("PERSON", g.full_name()),
        },
    )


def legal_letter(g: Gen) -> Doc:
    sur, name = g.surname(), g.full_name()
    t = g.r.choice(
        [
            "Dear Mr. {sur},\nre {docket}: under {cite} your client {name} must reply by {date}. Serve papers at {addr}.",
            "Dear {given},\nwe act for {name} in {docket}. Relying on {cite}, we claim {money}. Our office: {addr}; tel {phone}.",
        ]
    )
    return Doc().render(
        t,
        {
            "sur": ("PERSON", sur),
            "given": ("PERSON", g.given()),
            "docket": ("KEEP:DOCKET", g.r.choice(DOCKETS)),
            "cite": ("KEEP:CITATION", g.r.choice(CITATIONS)),
            "name": ("PERSON", name),
            "date": ("KEEP:DATE", g.ordinary_date()),
            "addr": ("STREET_ADDRESS", g.address()),
            "money": ("KEEP:MONEY", g.money()),
            "phone": ("PHONE_NUMBER", g.phone()),
        },
    )


def csv_rows(g: Gen) -> Doc:
    sep = g.r.choice([";", ",", " | "])
    d = Doc().text(sep.join(["name", "phone", "email", "city", "amount"]) + "\n")
    for _ in range(g.r.randint(2, 4)):
        name = g.full_name()
        d.value("PERSON", name).text(sep).value("PHONE_NUMBER", g.phone()).text(sep).value(
            "EMAIL_ADDRESS", g.email(name)
        )
        d.text(sep).must_keep("CITY", g.city()).text(sep).must_keep("MONEY", str(g.r.randint(10, 9999))).text(
            "\n"
        )
    return d


def social_post(g: Gen) -> Doc:
    given, sur = g.given(), g.surname()
    t = g.r.choice(
        [
            "huge thanks to {lname} for fixing my bike, best mechanic in {city}!! ping her on {phone}",
            "congrats {lgiven} on the new job at {company} :) your old desk misses you",
            "lost my wallet near {city} station, cards inside incl. {card}. if found ask for {lname}",
        ]
    )
    return Doc().render(
        t,
        {
            "lname": ("PERSON", lower_name(f"{given} {sur}")),
            "lgiven": ("PERSON", lower_name(given)),
            "city": ("KEEP:CITY", g.city()),
            "phone": ("PHONE_NUMBER", g.phone()),
            "company": ("KEEP:COMPANY", g.r.choice(COMPANIES)),
            "card": ("CREDIT_CARD", g.card()),
        },
    )


def market_news(g: Gen) -> Doc:
    isin, ticker = g.r.choice(SECURITIES)
    name = g.full_name()
    t = g.r.choice(
        [
            "Shares of {company} (ISIN {isin}, ticker {ticker}) rose {pct} to {money} in {year}, said analyst {name}.",
            "{company} reported revenue of {money} for {year}; CUSIP {cusip} traded {pct} higher. Contact: {name}, {email}.",
        ]
    )
    return Doc().render(
        t,
        {
            "company": ("KEEP:COMPANY", g.r.choice(COMPANIES)),
            "isin": ("KEEP:ISIN", isin),
            "ticker": ("KEEP:TICKER", ticker),
            "pct": ("KEEP:PERCENT", f"{g.r.randint(1, 19)}.{g.r.randint(0, 9)}%"),
            "money": ("KEEP:MONEY", g.money()),
            "year": ("KEEP:YEAR", str(g.r.randint(2015, 2025))),
            "name": ("PERSON", name),
            "cusip": ("KEEP:CUSIP", g.r.choice(CUSIPS)),
            "email": ("EMAIL_ADDRESS", g.email(name)),
        },
    )


def travel_booking(g: Gen) -> Doc:
    name = g.full_name()
    t = g.r.choice(
        [
            "Booking for {name}: flight LH {flight} on {date}, driver's license {dl} for the rental, card {card}, mobile {phone}.",
            "Car hire confirmation. Driver: {name}; licence no. {dl}; pick-up {date}; deposit {money} on card {card}.",
        ]
    )
    return Doc().render(
        t,
        {
            "name": ("PERSON", name),
            "flight": (None, str(g.r.randint(100, 999))),
            "date": ("KEEP:DATE", g.ordinary_date()),
            "dl": ("DRIVER_LICENSE", g.licence()),
            "card": ("CREDIT_CARD", g.card()),
            "phone": ("PHONE_NUMBER", g.phone()),
            "money": ("KEEP:MONEY", g.money()),
        },
    )


def real_estate(g: Gen) -> Doc:
    t = g.r.choice(
        [
            "The flat at {addr} was sold to {name} for {money} on {date}; the notary was {name2}.",
            "Viewing booked: {addr}. Tenant {name}, current address {addr2}, phone {phone}.",
        ]
    )
    return Doc().render(
        t,
        {
            "addr": ("STREET_ADDRESS", g.address()),
            "addr2": ("STREET_ADDRESS", g.address()),
            "name": ("PERSON", g.full_name()),
            "name2": ("PERSON", g.full_name()),
            "money": ("KEEP:MONEY", g.money()),
            "date": ("KEEP:DATE", g.ordinary_date()),
            "phone": ("PHONE_NUMBER", g.phone()),
        },
    )


def voicemail(g: Gen) -> Doc:
    given, sur = g.given(), g.surname()
    t = g.r.choice(
        [
            "voicemail transcript: hi this is {lname} from {company}, call me back on {phone}, thanks bye",
            "(transcribed) yes hello, {lgiven} here, i am calling about invoice {order}, my number is {phone}",
            "Message for Dr. {sur}: {lname} rang at {time}, please return the call to {phone}.",
        ]
    )
    return Doc().render(
        t,
        {
            "lname": ("PERSON", lower_name(f"{given} {sur}")),
            "lgiven": ("PERSON", lower_name(given)),
            "sur": ("PERSON", g.surname()),
            "company": ("KEEP:COMPANY", g.r.choice(COMPANIES)),
            "phone": ("PHONE_NUMBER", g.phone()),
            "order": ("KEEP:ORDER", g.order()),
            "time": (None, f"{g.r.randint(8, 18)}:{g.r.randint(0, 59):02d}"),
        },
    )


def access_review(g: Gen) -> Doc:
    name = g.full_name()
    d = Doc().text("Quarterly access review (").must_keep("DATE", g.ordinary_date()).text(")\n")
    d.text("Account owner: ").value("PERSON", name).text(" <").value("EMAIL_ADDRESS", g.email(name)).text(
        ">\n"
    )
    d.text("Last seen from ").value("IP_ADDRESS", g.r.choice([g.ipv4(), g.ipv6()])).text(" and ").value(
        "IP_ADDRESS", g.ipv4()
    )
    return d.text(
        f"\nPermissions: read/write on project {g.r.randint(100, 999)}, version 4.{g.r.randint(0, 12)}.2\n"
    )


def remittance_advice(g: Gen) -> Doc:
    name = g.full_name()
    d = Doc().text("Remittance advice ").must_keep("ORDER", g.order()).text("\nPayee: ").value("PERSON", name)
    d.text("\nBank account: ").value("IBAN_CODE", g.iban()).text("\nSWIFT/BIC: ").value("SWIFT_CODE", g.bic())
    d.text("\nAmount: ").must_keep("MONEY", g.money()).text("\nPaid by card ").value("CREDIT_CARD", g.card())
    return d.text("\n")


def rental_form(g: Gen) -> Doc:
    name = g.full_name()
    d = Doc().text("Vehicle rental agreement\nRenter: ").value("PERSON", name)
    d.text("\nDriver license number: ").value("DRIVER_LICENSE", g.licence())
    d.text("\nHome address: ").value("STREET_ADDRESS", g.address(multiline=g.r.random() < 0.5))
    d.text("\nContact number: ").value("PHONE_NUMBER", g.phone()).text("\nDaily rate: ").must_keep(
        "MONEY", g.money()
    )
    return d.text("\n")


def ssn_form(g: Gen) -> Doc:
    name = g.full_name()
    d = Doc().text("W-4 / benefits enrolment\nEmployee: ").value("PERSON", name)
    d.text("\nSocial Security No.: ").value("US_SSN", g.ssn()).text("\nMailing address: ").value(
        "STREET_ADDRESS", g.address()
    )
    d.text("\nPlan year ").must_keep("YEAR", str(g.r.randint(2020, 2025)))
    return d.text(", contribution ").must_keep("PERCENT", f"{g.r.randint(1, 15)}%").text("\n")


# Which split each family belongs to: a family is in one split only. Both sides carry every entity type.
# ---------------------------------------------------------------------------------------------------------
# dev2: a second dev split of its own families, written to stress what real documents do to phone numbers
# (every region's national and international formats from the `phonenumbers` library's example numbers,
# and the ways people write them) and to the text around them that must survive (amounts, dates, times,
# references, securities, codes, citations, versions, ranges, measurements, product codes).

PHONE_REGIONS = (
    "US GB DE FR ES IT NL BE CH AT PL PT BR MX IN AU CA SE NO DK FI IE CZ HU GR TR JP KR CN SG HK TW MY TH VN "
    "PH ID NZ ZA NG KE EG MA AE SA IL AR CL CO PE RU UA RO BG RS LU EE LT"
).split()
PHONE_LABELS_ML = [
    "Tel.",
    "Tel:",
    "Tel",
    "Tél.",
    "Tél. :",
    "Telefon:",
    "Teléfono:",
    "Telefone:",
    "Telefono:",
    "Tlf.",
    "Tfn:",
    "Puh.",
    "Ph:",
    "Ph.",
    "Phone:",
    "Phone",
    "Mob.",
    "Mob:",
    "Mobile:",
    "Mobil:",
    "Cell:",
    "Cel.:",
    "Handy:",
    "GSM:",
    "Fax:",
    "Fax",
    "Telefax:",
    "Faks:",
    "Tel/Fax:",
    "T:",
    "M:",
    "F:",
    "Tel. nr.",
    "Numer tel.:",
    "Sími:",
    "Hotline:",
    "WhatsApp:",
    "☎",
    "Direct line:",
    "Switchboard:",
]
EXTENSIONS = [" ext. {n}", " x {n}", " x{n}", " Ext {n}", " ext.{n}", " (ext. {n})"]
MORE_COMPANIES = [
    "Bosch Rexroth AG",
    "Kone Oyj",
    "Grupo Bimbo, S.A.B. de C.V.",
    "Tata Consultancy Services",
    "Samsung Electronics",
    "Novo Nordisk A/S",
    "Roche Holding AG",
    "Mitsubishi Corporation",
    "Northwind Traders Ltd",
    "Contoso Pharma GmbH",
    "Fabrikam Inc.",
    "Vestas Wind Systems A/S",
]
MORE_SECURITIES = [
    ("JP3633400001", "7203.T"),
    ("DK0060534915", "NOVO-B.CO"),
    ("US5949181045", "MSFT"),
    ("CH0012032048", "ROG.SW"),
    ("KR7005930003", "005930.KS"),
]
MORE_ICD = ["S72.001A", "Z00.00", "R51.9", "E78.5", "G43.909", "C50.911", "O80"]
CASE_CITES = [
    "Brown v. Board of Education, 347 U.S. 483 (1954)",
    "Miranda v. Arizona, 384 U.S. 436 (1966)",
    "Donoghue v Stevenson [1932] AC 562",
    "[2019] UKSC 41",
    "ECLI:EU:C:2020:559",
    "BGH NJW 2019, 1234",
    "Case C-311/18",
    "2 BvR 859/15",
]
DOCKET_NOS = [
    "No. 1:21-cv-04512",
    "Case No. 22-1374",
    "Az. 3 O 123/19",
    "Docket 2023-CV-001234",
    "No. 19-1392",
]


class Gen2(Gen):
    """The values of a dev2 document: phones in every shape, and distractors in many."""

    def phone_number(self, region: str | None = None):
        """A valid number of `region` (the document's country about half the time): the library's example
        number of a mobile or fixed line, its last digits redrawn until the number is valid again."""
        import phonenumbers as pn

        region = region or (self.country if self.r.random() < 0.45 else self.r.choice(PHONE_REGIONS))
        kind = self.r.choice(
            [pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.FIXED_LINE]
        )
        example = pn.example_number_for_type(region, kind) or pn.example_number(region)
        nsn = pn.national_significant_number(example)
        for _ in range(40):
            k = min(5, len(nsn) - 3)
            trial = nsn[:-k] + "".join(self.r.choice(string.digits) for _ in range(k))
            candidate = pn.parse(f"+{example.country_code}{trial}")
            if pn.is_valid_number(candidate):
                return candidate
        return example

    def world_phone(self, number=None) -> str:
        """A phone as people write it: the library's formats and the human variants of them."""
        import phonenumbers as pn

        number = number or self.phone_number()
        F = pn.PhoneNumberFormat
        national = pn.format_number(number, F.NATIONAL)
        intl = pn.format_number(number, F.INTERNATIONAL)
        e164 = pn.format_number(number, F.E164)
        cc = str(number.country_code)
        rest = intl[len(cc) + 2 :]
        groups = re.findall(r"\d+", national)
        trunk = national.lstrip("(")[:1] == "0"
        style = self.r.choice(
            [
                "national", "national", "intl", "intl", "e164", "intl_dots", "intl_dashes", "national_dots",
                "national_slash", "trunk_paren", "double_zero", "compact", "plus_space", "area_paren",
            ]
        )  # fmt: skip
        if style == "national":
            value = national
        elif style == "intl":
            value = intl
        elif style == "e164":
            value = e164
        elif style == "intl_dots":
            value = f"+{cc}." + ".".join(re.findall(r"\d+", rest))
        elif style == "intl_dashes":
            value = f"+{cc}-" + "-".join(re.findall(r"\d+", rest))
        elif style == "national_dots" and len(groups) >= 2:
            value = ".".join(groups)
        elif style == "national_slash" and trunk and len(groups) >= 2:
            value = groups[0] + self.r.choice(["/", " / ", "/ "]) + "".join(groups[1:])
        elif style == "trunk_paren" and trunk:
            value = f"+{cc} (0){rest}" if self.r.random() < 0.5 else f"+{cc} (0) {rest}"
        elif style == "double_zero":
            value = f"00{cc} {rest}"
        elif style == "compact" and trunk:
            value = "".join(groups)
        elif style == "plus_space":
            value = f"+ {cc} {rest}"
        elif style == "area_paren" and trunk and len(groups) >= 2 and "(" not in national:
            value = f"({groups[0]}) " + " ".join(groups[1:])
        else:
            value = intl
        if self.r.random() < 0.12:
            value += self.r.choice(EXTENSIONS).format(n=self.r.randint(2, 4999))
        return value

    def rfc3966(self, number=None) -> str:
        """The number of a `tel:` link, without the scheme."""
        import phonenumbers as pn

        return pn.format_number(number or self.phone_number(), pn.PhoneNumberFormat.RFC3966)[4:]

    def label(self) -> str:
        return self.r.choice(PHONE_LABELS_ML)

    # Distractors, each (kind, value).
    def money2(self) -> tuple[str, str]:
        n, c = self.r.randint(3, 250_000), self.r.randint(0, 99)
        return "MONEY", self.r.choice(
            [
                f"€{n:,}.{c:02d}".replace(",", "X").replace(".", ",").replace("X", "."),
                f"${n:,}",
                f"USD {n:,}.{c:02d}",
                f"{n:,},{c:02d} zł".replace(",", " ", n >= 1000),
                f"CHF {n:,}.–".replace(",", "'"),
                f"¥{n * 10:,}",
                f"R$ {n:,},{c:02d}".replace(",", ".", 1 if n >= 1000 else 0),
                f"₹ {n:,}",
                f"{n:,}.{c:02d} EUR",
                f"£{n}.{c:02d}",
                f"{n} SEK",
            ]
        )

    def date2(self) -> tuple[str, str]:
        y, m, d = self.r.randint(1999, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
        month = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"][m - 1]  # fmt: skip
        return "DATE", self.r.choice(
            [
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}.{m:02d}.{y}",
                f"{d}/{m}/{y % 100:02d}",
                f"{m:02d}/{d:02d}/{y}",
                f"{month} {d}, {y}",
                f"{d} {month[:3]} {y}",
                f"{d}. {month} {y}",
                f"{y}/{m:02d}/{d:02d}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d} {month} {y}",
                f"{y}{m:02d}{d:02d}",
            ]
        )

    def time2(self) -> tuple[str, str]:
        h, m = self.r.randint(7, 19), self.r.choice([0, 15, 30, 45])
        return "TIME", self.r.choice(
            [
                f"{h}:{m:02d}",
                f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}",
                f"{h}h{m:02d}",
                f"{h:02d}:{m:02d}–{h + 3:02d}:{m:02d}",
                f"{h}.{m:02d}-{h + 2}.{m:02d} Uhr",
                f"{h:02d}:00 - {h + 4:02d}:30",
            ]
        )

    def reference(self) -> tuple[str, str]:
        y = self.r.randint(2018, 2026)
        return "ORDER", self.r.choice(
            [
                f"Order No. {self.r.randint(4_500_000_000, 4_599_999_999)}",
                f"ORD-{y}-{self.r.randint(1, 999999):06d}",
                f"INV-{y}/{self.r.randint(1, 99999):05d}",
                f"Invoice {y}-{self.r.randint(1, 999999):06d}",
                f"PO {self.r.randint(4_500_000, 4_599_999)}",
                f"Ref. {y}/{self.r.randint(100, 999)}/{self.r.randint(1, 99):02d}",
                f"Ticket #{self.r.randint(100000, 999999)}",
                f"Lot {self.r.randint(10, 29)}B{self.r.randint(1000, 9999)}",
                f"Batch {y % 100}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}-{self.r.randint(1, 99):02d}",
                f"AWB 176-{self.r.randint(10000000, 99999999)}",
                f"Tracking 1Z{self.r.randint(100, 999)}AA1{self.r.randint(10**9, 10**10 - 1)}",
            ]
        )

    def security(self) -> tuple[str, str]:
        isin, ticker = self.r.choice(SECURITIES + MORE_SECURITIES)
        return self.r.choice(
            [
                ("ISIN", f"ISIN {isin}"),
                ("ISIN", isin),
                ("CUSIP", f"CUSIP {self.r.choice(CUSIPS)}"),
                ("TICKER", f"(NASDAQ: {ticker})" if "." not in ticker else ticker),
                ("TICKER", ticker),
            ]
        )

    def code(self) -> tuple[str, str]:
        return self.r.choice(
            [
                ("ICD10", self.r.choice(ICD + MORE_ICD)),
                ("CITATION", self.r.choice(CASE_CITES)),
                ("DOCKET", self.r.choice(DOCKET_NOS)),
            ]
        )

    def figure(self) -> tuple[str, str]:
        a, b = self.r.randint(1, 99), self.r.randint(0, 99)
        y = self.r.randint(1985, 2024)
        return self.r.choice(
            [
                ("PERCENT", f"{a}.{b:02d}%"),
                ("PERCENT", f"{a},{b % 10} %"),
                ("PERCENT", f"+{a % 20}.{b % 10}%"),
                ("VERSION", f"v{a % 5}.{b % 20}.{self.r.randint(0, 30)}"),
                ("VERSION", f"version 10.0.{self.r.randint(10000, 22999)}.{self.r.randint(100, 4000)}"),
                ("VERSION", f"Release {y}.{self.r.randint(1, 12):02d}.{self.r.randint(0, 9)}"),
                ("VERSION", f"build {self.r.randint(19000, 26999)}.{self.r.randint(100, 3999)}"),
                ("YEAR", str(y)),
                ("YEARS", f"{y}–{y + self.r.randint(1, 9)}"),
                ("YEARS", f"{y}-{y + self.r.randint(1, 9)}"),
                ("YEARS", f"FY{y}/{(y + 1) % 100:02d}"),
                ("PAGES", f"pp. {a * 10}–{a * 10 + b % 9 + 1}"),
                ("PAGES", f"pages {a}-{a + b % 5 + 1}"),
                ("PAGES", f"S. {1000 + a * 3}–{1000 + a * 3 + 8}"),
            ]
        )

    def measure(self) -> tuple[str, str]:
        a, b = self.r.randint(1, 999), self.r.randint(1, 99)
        return "MEASURE", self.r.choice(
            [
                f"{a * 5:,} mm",
                f"{b}.{a % 10} kg",
                "220–240 V",
                "50/60 Hz",
                f"{b} x {a % 40 + 1} x {a % 12 + 1} cm",
                f"{a * 10:,} m²".replace(",", " "),
                f"0.{b} mg/kg",
                f"{1080 + a} x {1920 + b} px",
                f"{a} ml",
                f"{b}.{a % 100:02d} km",
            ]
        )

    def product(self) -> tuple[str, str]:
        return "PRODUCT", self.r.choice(
            [
                "EAN " + ean13(str(self.r.randint(400, 440)) + self.digits(9)),
                f"Art.-Nr. {self.r.randint(100, 999)}.{self.r.randint(100, 999)}.{self.r.randint(10, 99)}",
                f"Part No. {self.r.randint(1000, 9999)}-{self.r.randint(1000, 9999)}-{self.r.randint(1, 99):02d}",
                f"Model KX-TG{self.r.randint(1000, 9999)}",
                f"HS code {self.r.randint(8400, 8599)}.{self.r.randint(10, 99)}.00",
                "ISBN 978-3-16-148410-0",
                f"ISBN 978-{self.r.randint(0, 1)}-{self.r.randint(100, 999)}-{self.r.randint(10000, 99999)}-{self.r.randint(0, 9)}",
                "ISSN 2049-3630",
                "DOI 10.1038/s41586-020-2649-2",
                f"SKU {self.r.choice(string.ascii_uppercase)}{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}",
            ]
        )

    def company(self) -> tuple[str, str]:
        return "COMPANY", self.r.choice(COMPANIES + MORE_COMPANIES)

    def distractor(self) -> tuple[str, str]:
        return self.r.choice(
            [self.money2, self.date2, self.time2, self.reference, self.security, self.code, self.figure,
             self.measure, self.product, self.company]
        )()  # fmt: skip


def ean13(body: str) -> str:
    """`body` (12 digits) with its GS1 check digit."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _phone_pair(doc: Doc, g: Gen2) -> Doc:
    """Two phones in a row, as people write them."""
    doc.value("PHONE_NUMBER", g.world_phone())
    doc.text(g.r.choice([" / ", ", ", "; ", " or ", " | ", "\n", " - ", " oder ", " ou "]))
    return doc.value("PHONE_NUMBER", g.world_phone())


def branch_directory(g: Gen2) -> Doc:
    bar = g.r.random() < 0.5
    doc = Doc().text(
        "| Office | Phone | Fax | Hours |\n|---|---|---|---|\n" if bar else "Branch | Tel | Fax | Open\n"
    )
    for _ in range(g.r.randint(2, 5)):
        doc.text("| " if bar else "")
        doc.must_keep("CITY", g.city()).text(" | ").value("PHONE_NUMBER", g.world_phone()).text(" | ")
        doc.value("PHONE_NUMBER", g.world_phone()) if g.r.random() < 0.6 else doc.text("-")
        doc.text(" | ").must_keep("TIME", g.time2()[1]).text(" |\n" if bar else "\n")
    return doc.text("Updated ").must_keep(*g.date2()).text(", directory ").must_keep(*g.figure()).text(".")


def web_footer(g: Gen2) -> Doc:
    doc = Doc().text("<footer>\n").must_keep(*g.company()).text("<br>\n")
    doc.text(g.label() + " ").value("PHONE_NUMBER", g.world_phone()).text("<br>\n")
    doc.text('<a href="tel:').value("PHONE_NUMBER", g.rfc3966()).text('">Call us</a> | ')
    number = g.phone_number()
    doc.text("[").value("PHONE_NUMBER", g.world_phone(number)).text("](tel:")
    doc.value("PHONE_NUMBER", g.rfc3966(number))
    doc.text(")<br>\n")
    if g.r.random() < 0.5:
        doc.text("Mail: ").value("EMAIL_ADDRESS", g.email()).text(" · ")
    doc.text("© ").must_keep(*g.figure()).text(" · VAT ").must_keep("VAT", f"{g.country}{g.digits(9)}")
    return doc.text(" · ").must_keep(*g.distractor()).text("\n</footer>")


def sms_thread(g: Gen2) -> Doc:
    doc = Doc()
    name = g.given()
    lines = [
        lambda: (
            doc.text("hi it's ")
            .value("PERSON", name)
            .text(", new number: ")
            .value("PHONE_NUMBER", g.world_phone())
        ),
        lambda: (
            doc.text("pls call ")
            .value("PHONE_NUMBER", g.world_phone())
            .text(" before ")
            .must_keep(*g.time2())
        ),
        lambda: doc.text("order ").must_keep(*g.reference()).text(" arrives ").must_keep(*g.date2()),
        lambda: _phone_pair(doc.text("their numbers: "), g),
        lambda: doc.text("total was ").must_keep(*g.money2()).text(" (").must_keep(*g.figure()).text(")"),
        lambda: doc.text("ok. mine is ").value("PHONE_NUMBER", g.world_phone()).text("!!"),
        lambda: doc.text("see ").must_keep(*g.distractor()).text(" and ").must_keep(*g.distractor()),
    ]
    for i in g.r.sample(range(len(lines)), g.r.randint(3, 6)):
        h, m = g.r.randint(7, 23), g.r.randint(0, 59)
        doc.text(f"[{h:02d}:{m:02d}] ")
        lines[i]()
        doc.text("\n")
    return doc


def purchase_order(g: Gen2) -> Doc:
    doc = Doc().text("PURCHASE ORDER ").must_keep(*g.reference()).text("\nDate: ").must_keep(*g.date2())
    doc.text("\nSupplier: ").must_keep(*g.company()).text(", ").must_keep("CITY", g.city())
    doc.text("\n" + g.label() + " ").value("PHONE_NUMBER", g.world_phone())
    doc.text(" " + g.r.choice(["Fax", "Fax:", "F:"]) + " ").value("PHONE_NUMBER", g.world_phone()).text("\n")
    for i in range(g.r.randint(2, 4)):
        doc.text(f"{i + 1}. ").must_keep(*g.product()).text(" – ").must_keep(*g.measure()).text(" – qty ")
        doc.text(str(g.r.randint(1, 500))).text(" @ ").must_keep(*g.money2()).text("\n")
    return (
        doc.text("Delivery ")
        .must_keep(*g.date2())
        .text(", ")
        .must_keep(*g.time2())
        .text(". Payment terms 30 days.")
    )


def court_contacts(g: Gen2) -> Doc:
    doc = (
        Doc()
        .text("In re ")
        .must_keep(*g.code())
        .text(", ")
        .must_keep("DOCKET", g.r.choice(DOCKET_NOS))
        .text("\n")
    )
    doc.text("Cited: ").must_keep("CITATION", g.r.choice(CASE_CITES)).text(", at ").must_keep(*g.figure())
    doc.text(".\nCounsel for the applicant, ").value("PERSON", g.full_name()).text(" (")
    doc.text(g.label() + " ").value("PHONE_NUMBER", g.world_phone()).text(")")
    doc.text(g.r.choice([".\n", ";\n", ",\nand "])).text("the registry on ").value(
        "PHONE_NUMBER", g.world_phone()
    )
    return doc.text(". Hearing ").must_keep(*g.date2()).text(" at ").must_keep(*g.time2()).text(".")


def fund_factsheet(g: Gen2) -> Doc:
    doc = Doc().must_keep(*g.company()).text(" Global Equity Fund – ").must_keep(*g.security()).text("\n")
    doc.text("Performance ").must_keep("YEARS", f"{g.r.randint(2014, 2019)}–{g.r.randint(2020, 2025)}")
    doc.text(": ").must_keep(*g.figure()).text("; fees ").must_keep(*g.money2()).text("; ").must_keep(
        *g.security()
    )
    doc.text("\nInvestor relations: ").value("PHONE_NUMBER", g.world_phone()).text(
        g.r.choice(["\n", ". ", " · "])
    )
    doc.text(g.r.choice(["Dealing desks: ", "Hotlines: "]))
    for i in range(g.r.randint(2, 3)):
        if i:
            doc.text(g.r.choice(["; ", " / ", ", "]))
        doc.must_keep("CITY", g.city()).text(" ").value("PHONE_NUMBER", g.world_phone())
    return doc.text(". As of ").must_keep(*g.date2()).text(".")


def release_notes(g: Gen2) -> Doc:
    doc = Doc().text("Release notes ").must_keep(*g.figure()).text(" (").must_keep(*g.date2()).text(")\n")
    for _ in range(g.r.randint(2, 4)):
        doc.text("- fixed ").must_keep(*g.distractor()).text(" handling; see ").must_keep(*g.figure()).text(
            "\n"
        )
    doc.text("Support: ")
    for i in range(g.r.randint(2, 4)):
        if i:
            doc.text(g.r.choice([";", "; ", " / ", ",\n"]))
        doc.must_keep("CITY", g.city()).text(" ").value("PHONE_NUMBER", g.world_phone())
    return doc.text("\nSupported until ").must_keep(*g.figure()).text(".")


def lab_report(g: Gen2) -> Doc:
    doc = Doc().text("Laboratory report ").must_keep(*g.reference()).text(", sampled ").must_keep(*g.date2())
    doc.text(" ").must_keep(*g.time2()).text("\nDiagnosis codes: ").must_keep(
        "ICD10", g.r.choice(ICD + MORE_ICD)
    )
    doc.text(", ").must_keep("ICD10", g.r.choice(ICD + MORE_ICD)).text("\nResults: ").must_keep(*g.measure())
    doc.text(", ").must_keep(*g.measure()).text(" (").must_keep(*g.figure()).text(")\n")
    doc.text("Questions: lab ").value("PHONE_NUMBER", g.world_phone()).text(g.r.choice([",", ";", " or"]))
    return (
        doc.text(" on call " if g.r.random() < 0.5 else " ").value("PHONE_NUMBER", g.world_phone()).text(".")
    )


def event_flyer(g: Gen2) -> Doc:
    doc = (
        Doc()
        .must_keep("CITY", g.city())
        .text(" Summer Festival ")
        .must_keep("YEAR", str(g.r.randint(2020, 2026)))
    )
    doc.text("\n").must_keep(*g.date2()).text(", doors ").must_keep(*g.time2()).text(" — tickets ").must_keep(
        *g.money2()
    )
    doc.text("\nBookings ").value("PHONE_NUMBER", g.world_phone()).text("\n")
    doc.text(g.r.choice(["Info & press: ", "Questions? ", "Box office "]))
    _phone_pair(doc, g)
    return doc.text("\nSponsored by ").must_keep(*g.company()).text(" · capacity ").must_keep(*g.measure())


def letterhead(g: Gen2) -> Doc:
    doc = (
        Doc().must_keep(*g.company()).text("\n").must_keep("CITY", g.city()).text(", ").must_keep(*g.date2())
    )
    doc.text("\n")
    for _ in range(g.r.randint(2, 4)):
        doc.text(g.label() + g.r.choice([" ", "\u00a0", "  "])).value("PHONE_NUMBER", g.world_phone())
        doc.text(g.r.choice(["\n", " · ", " | ", "  "]))
    doc.text("\nYour reference ").must_keep(*g.reference()).text(", our reference ").must_keep(*g.reference())
    return doc.text("\nRe: ").must_keep(*g.distractor()).text(" and ").must_keep(*g.distractor()).text(".")


FAMILIES = {
    "dev": [
        chat,
        kyc_form,
        bank_transfer,
        meeting_notes,
        it_log,
        legal_letter,
        social_post,
        travel_booking,
        hr_record,
    ],
    "test": [
        support_ticket,
        shipping_label,
        email_signature,
        medical_intake,
        csv_rows,
        market_news,
        real_estate,
        ssn_form,
        voicemail,
        access_review,
        remittance_advice,
        rental_form,
    ],
    "dev2": [
        branch_directory,
        web_footer,
        sms_thread,
        purchase_order,
        court_contacts,
        fund_factsheet,
        release_notes,
        lab_report,
        event_flyer,
        letterhead,
    ],
}


def build(split: str, n: int = PER_SPLIT, seed: int | None = None) -> list[dict]:
    rng = random.Random(f"{seed if seed is not None else SEEDS[split]}-{split}")
    families = FAMILIES[split]
    locales = sorted(LOCALES)
    rows = []
    for i in range(n):
        family = families[i % len(families)]
        locale = rng.choice(locales)
        gen = Gen2 if split == "dev2" else Gen
        doc = family(gen(random.Random(rng.getrandbits(64)), locale))
        text = "".join(doc.parts)
        rows.append(
            {
                "id": f"{split}-{i:04d}",
                "split": split,
                "family": family.__name__,
                "locale": locale,
                "text": text,
                "pii": sorted(doc.pii, key=lambda p: p["start"]),
                "keep": doc.keep,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--per-split", type=int, default=PER_SPLIT)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for split in ("dev", "test", "dev2"):
        rows = build(split, args.per_split)
        path = args.out / f"{split}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{path}: {len(rows)} documents, {sum(len(r['pii']) for r in rows)} personal values")


if __name__ == "__main__":
    main()
