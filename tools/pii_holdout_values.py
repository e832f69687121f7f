"""How personal identifiers, and the look-alike values that must survive them, are written in the holdout PII
set (tools/pii_holdout_set.py builds the documents around them).

Everything here is drawn from one `random.Random` per document and from sources that Charter's recognizers
do not read: given names, surnames, street names and cities from Mimesis's data files (read as plain JSON,
never Faker's tables), phone numbers from the `phonenumbers` library's per-region metadata (an example
number whose digits are varied until the library calls it valid), cards, IBANs, SSNs and the other
identifiers composed from their published formats and check-digit rules.
"""

from __future__ import annotations

import ipaddress
import json
import math
import random
import re
import string
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

DIGITS = string.digits
UPPER = string.ascii_uppercase


@dataclass(frozen=True)
class Locale:
    """How one country's people and places are written."""

    country: str
    """ISO 3166 alpha-2 code; also the phone region national formats are written for."""
    lang: str
    """Language of month names and form labels (a key of MONTHS and LABELS; others read as English)."""
    names: str
    """Mimesis dataset the given names come from."""
    street_lines: tuple[str, ...]
    """Layouts of the street line: {s} street name, {x} street type, {n} house number, {u} a small number
    (flat, floor, unit), {a} the dataset's secondary-address mask filled, {L} a capital letter."""
    place_lines: tuple[str, ...]
    """Layouts of the postcode-and-city line: {p} postcode, {c} city, {C} city in capitals, {r} region."""
    postcodes: tuple[str, ...]
    """Postcode masks: # any digit, % a digit 1-9, @ a capital letter."""
    surnames: str = ""
    """Mimesis dataset of the surnames, when not the names' one."""
    streets: str = ""
    """Mimesis dataset of the street names, when not the names' one."""
    street_types: tuple[str, ...] = ()
    """Street types ({x}) to use instead of the dataset's."""
    regions: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    """Cities to use when the dataset has none."""
    family_first: bool = False
    """Surname before given name, with a space (Hungarian) or without one (Chinese, Japanese, Korean)."""
    joined: bool = False
    """Names written without a space between surname and given name."""
    house_max: int = 150


US_STATES = ("CA", "NY", "TX", "FL", "IL", "PA", "OH", "GA", "NC", "MI", "NJ", "VA", "WA", "AZ", "MA", "CO")
LOCALES: dict[str, Locale] = {
    "en": Locale(
        "US", "en", "en", ("{n} {s} {x}", "{n} {s} {x}, {a}", "{n} {s} {x} {a}"), ("{c}, {r} {p}",),
        ("%####", "%####-####"), regions=US_STATES, house_max=9999,
    ),
    "en-gb": Locale(
        "GB", "en", "en-gb", ("{n} {s} {x}", "Flat {u}, {n} {s} {x}", "{n}{L} {s} {x}"), ("{c} {p}", "{c}, {p}"),
        ("@% %@@", "@@% %@@", "@@%% %@@", "@%@ %@@"),
        street_types=("Road", "Lane", "Close", "Gardens", "Crescent", "Street", "Mews", "Terrace", "Grove",
                      "Drive", "Place", "Row", "Hill", "Walk", "Rise"),
    ),
    "en-au": Locale(
        "AU", "en", "en-gb", ("{n} {s} {x}", "Unit {u}/{n} {s} {x}", "{u}/{n} {s} {x}"), ("{c} {r} {p}",),
        ("%###",), streets="en-au",
        street_types=("Street", "St", "Road", "Rd", "Parade", "Crescent", "Avenue", "Court", "Esplanade",
                      "Highway", "Place"),
        regions=("NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"),
        cities=("Parramatta", "Geelong", "Wollongong", "Townsville", "Ballarat", "Bendigo", "Toowoomba",
                "Cairns", "Launceston", "Mackay", "Fremantle", "Newcastle", "Bunbury", "Dubbo"),
        house_max=999,
    ),
    "en-ca": Locale(
        "CA", "en", "en-ca", ("{n} {s} {x}", "{u}-{n} {s} {x}", "{n} {s} {x}, {a}"), ("{c}, {r} {p}", "{c} {r}  {p}"),
        ("@%@ %@%",),
        regions=("ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE"),
        cities=("Mississauga", "Laval", "Surrey", "Halifax", "Saskatoon", "Regina", "Kelowna", "Gatineau",
                "Sherbrooke", "Moncton", "Kingston", "Thunder Bay", "Red Deer", "Nanaimo"),
        house_max=9999,
    ),
    "de": Locale("DE", "de", "de", ("{s} {n}", "{s} {n}{l}", "{s} {n}-{m}"), ("{p} {c}", "D-{p} {c}"), ("#####",)),
    "de-at": Locale(
        "AT", "de", "de-at", ("{s} {n}", "{s} {n}/{u}", "{s} {n}/{u}/{u}"), ("{p} {c}", "A-{p} {c}"), ("%###",)
    ),
    "de-ch": Locale("CH", "de", "de-ch", ("{s} {n}", "{s} {n}{l}"), ("{p} {c}", "CH-{p} {c}"), ("%###",)),
    "fr": Locale(
        "FR", "fr", "fr", ("{n} {x} {s}", "{n} bis {x} {s}", "{n}, {x} {s}"), ("{p} {C}", "{p} {c}"), ("%####",)
    ),
    "it": Locale(
        "IT", "it", "it", ("{x} {s}, {n}", "{x} {s} {n}", "{x} {s} {n}/{L}"), ("{p} {c} ({r})", "{p} {c}"),
        ("#####",), street_types=("Via", "Viale", "Piazza", "Corso", "Vicolo", "Largo"),
        regions=("MI", "RM", "TO", "NA", "FI", "BO", "GE", "VE", "PA", "BA", "VR", "PD", "BG"),
    ),
    "es": Locale(
        "ES", "es", "es", ("{s}, {n}", "{s} {n}, {u}º {L}", "{s}, {n}, {u}º"), ("{p} {c}", "{p} {c} ({r})"),
        ("%####",), regions=("Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Bizkaia", "Asturias"),
    ),
    "es-mx": Locale(
        "MX", "es", "es-mx", ("{x} {s} {n}", "{x} {s} #{n}", "{x} {s} {n} Int. {u}"),
        ("C.P. {p}, {c}, {r}", "{p} {c}, {r}"), ("%####",),
        street_types=("Calle", "Avenida", "Calzada", "Privada", "Boulevard", "Andador"),
        regions=("CDMX", "Jal.", "N.L.", "Pue.", "Gto.", "Yuc.", "Qro.", "Ver."),
        cities=("Guadalajara", "Monterrey", "Puebla", "León", "Mérida", "Querétaro", "Zapopan", "Toluca",
                "Morelia", "Veracruz", "Aguascalientes", "Saltillo", "Oaxaca"),
    ),
    "pt": Locale(
        "PT", "pt", "pt", ("{x} {s}, {n}", "{x} {s} {n}, {u}º Esq.", "{x} {s}, n.º {n}"), ("{p} {c}",),
        ("%###-###",), street_types=("Rua", "Avenida", "Travessa", "Largo", "Calçada"),
    ),
    "pt-br": Locale(
        "BR", "pt", "pt-br", ("{s}, {n}", "{s}, {n} - {a}", "{s}, nº {n}"),
        ("{c} - {r}, {p}", "CEP {p} - {c}/{r}", "{p} {c} - {r}"), ("%####-###",),
        regions=("SP", "RJ", "MG", "BA", "PR", "RS", "PE", "CE", "SC", "GO", "PA", "DF"), house_max=3000,
    ),
    "nl": Locale(
        "NL", "nl", "nl", ("{s} {n}", "{s} {n}-{u}", "{s} {n}{L}"), ("{p} {c}", "{p}  {C}"), ("%### @@",)
    ),
    "nl-be": Locale(
        "BE", "nl", "nl", ("{s} {n}", "{s} {n} bus {u}"), ("{p} {c}", "B-{p} {c}"), ("%###",), streets="nl-be"
    ),
    "da": Locale("DK", "da", "da", ("{s} {n}", "{s} {n}, {u}. tv.", "{s} {n}, st. th."), ("{p} {c}",), ("%###",)),
    "sv": Locale("SE", "sv", "sv", ("{s} {n}", "{s} {n} lgh {m}"), ("{p} {C}", "{p} {c}", "SE-{p} {c}"), ("%## ##",)),
    "no": Locale("NO", "no", "no", ("{s} {n}", "{s} {n} {L}"), ("{p} {C}", "{p} {c}"), ("%###",)),
    "fi": Locale("FI", "fi", "fi", ("{s} {n}", "{s} {n} {L} {u}"), ("{p} {C}", "{p} {c}"), ("#####",)),
    "is": Locale("IS", "is", "is", ("{s} {n}",), ("{p} {c}",), ("%##",)),
    "et": Locale("EE", "et", "et", ("{s} {n}", "{s} {n}-{u}"), ("{p} {c}",), ("%####",)),
    "cs": Locale("CZ", "cs", "cs", ("{s} {n}", "{s} {m}/{u}"), ("{p} {c}",), ("%## ##",)),
    "sk": Locale("SK", "sk", "sk", ("{s} {n}", "{s} {m}/{u}"), ("{p} {c}",), ("%## ##",), surnames="cs"),
    "pl": Locale(
        "PL", "pl", "pl", ("ul. {s} {n}", "ul. {s} {n}/{u}", "al. {s} {n}", "{s} {n} m. {u}"), ("{p} {c}",),
        ("%#-###",),
    ),
    "hu": Locale(
        "HU", "hu", "hu", ("{s} {x} {n}.", "{s} {x} {n}. {u}. em."), ("{p} {c}",), ("%###",), family_first=True
    ),
    "hr": Locale("HR", "hr", "hr", ("{s} {n}", "{s} {n}{l}"), ("{p} {c}", "HR-{p} {c}"), ("%####",)),
    "tr": Locale(
        "TR", "tr", "tr", ("{s} {x} No:{n}", "{s} {x} No: {n} D:{u}", "{s} {x} {n}/{u}"), ("{p} {c}",), ("%####",)
    ),
    "az": Locale("AZ", "az", "az", ("{s} {x} {n}", "{s} {x}, ev {n}, mənzil {u}"), ("AZ{p} {c}",), ("%###",)),
    # Other scripts: a smaller share of the documents.
    "el": Locale("GR", "el", "el", ("{s} {n}",), ("{p} {c}", "Τ.Κ. {p} {c}"), ("%## ##",)),
    "ru": Locale("RU", "ru", "ru", ("ул. {s}, д. {n}, кв. {m}", "{x} {s}, {n}"), ("{p} {c}", "г. {c}, {p}"), ("%#####",)),
    "uk": Locale("UA", "uk", "uk", ("вул. {s}, {n}, кв. {m}", "вул. {s}, буд. {n}"), ("{c}, {p}", "м. {c}, {p}"), ("%####",)),
    "ja": Locale(
        "JP", "ja", "ja", ("{s}{u}-{m}-{u}",), ("〒{p} {c}",), ("%##-####",), family_first=True, joined=True
    ),
    "ko": Locale("KR", "ko", "ko", ("{s}{x} {n}", "{s}{x} {n}, {m}호"), ("{c} {p}",), ("%####",),
                 family_first=True, joined=True),
    "zh": Locale("CN", "zh", "zh", ("{s}{x}{n}号", "{s}{x}{n}号{m}室"), ("{c} {p}",), ("%#####",),
                 family_first=True, joined=True),
}  # fmt: skip
OTHER_SCRIPTS = ("el", "ru", "uk", "ja", "ko", "zh")
OTHER_SCRIPT_SHARE = 0.08

# Where an area code is commonly set off with a slash ("030/1234567").
SLASH_COUNTRIES = ("DE", "AT", "CH", "IT", "PL", "CZ", "SK", "HR")
# Phone regions a document may quote besides its own country's (always in an international format).
WORLD_REGIONS = (
    "US GB DE FR IT ES PT NL BE CH AT IE DK SE NO FI IS PL CZ SK HU RO BG GR TR RU UA IL AE SA EG MA NG KE ZA "
    "IN PK BD LK TH VN MY SG ID PH CN HK TW JP KR AU NZ CA MX BR AR CL CO PE UY EC CR PA DO JM LU MT CY EE LV "
    "LT HR SI RS KZ AZ GE QA KW GH TN"
).split()


@cache
def _dataset(locale: str, kind: str) -> dict:
    import mimesis

    path = Path(mimesis.__file__).parent / "datasets" / locale / f"{kind}.json"
    return json.loads(path.read_text(encoding="utf-8"))


WORD = re.compile(r"^[^\W\d_]+(?:[-' ][^\W\d_]+)*$")
STREET = re.compile(r"^[^\W\d_][^\d]{2,}$")


def _words(values) -> list[str]:
    return sorted({v.strip() for v in values if isinstance(v, str) and WORD.match(v.strip())})


@dataclass(frozen=True)
class Tables:
    """One locale's word lists, from Mimesis's data files."""

    given: dict[str, list[str]]
    surnames: dict[str, list[str]]
    streets: list[str]
    street_types: list[str]
    secondary: list[str]
    cities: list[str]


@cache
def tables(locale: str) -> Tables:
    spec = LOCALES[locale]
    person = _dataset(spec.names, "person")
    surnames = _dataset(spec.surnames or spec.names, "person").get("surnames")
    address = _dataset(spec.streets or spec.names, "address")
    own_address = _dataset(locale, "address")
    street = address.get("street") or {}
    given = {g: _words(person["names"][g]) for g in ("female", "male")}
    if isinstance(surnames, dict):
        family = {g: _words(surnames.get(g) or surnames.get("male")) for g in ("female", "male")}
    else:
        family = {g: _words(surnames) for g in ("female", "male")}
    # A street name with digits of its own ("Gateview 2") would blur where the house number is.
    streets = sorted({" ".join(s.split()) for s in street.get("name", []) if STREET.match(s.strip())})
    cities = list(spec.cities) or [
        c.strip() for c in own_address.get("city", []) if c.strip() and not c.strip().endswith(" spain")
    ]
    return Tables(
        given=given,
        surnames=family,
        streets=streets,
        street_types=list(spec.street_types or street.get("suffix") or [""]),
        secondary=[a for a in own_address.get("secondary_address_fmt") or ["Apt. ##"] if "Box" not in a],
        cities=cities,
    )


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """`body` with the check digit that makes it pass Luhn."""
    for d in DIGITS:
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def iban_remainder(iban: str) -> int:
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97


# Letters that carry no combining accent, so NFKD alone would drop them from an e-mail address.
TRANSLITERATE = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d", "Đ": "D", "þ": "th",
     "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i", "œ": "oe", "ə": "e", "Ə": "E"}
)  # fmt: skip


def fold(text: str) -> str:
    """Letters of `text` as an e-mail address spells a name: no accents ('' for other scripts)."""
    text = unicodedata.normalize("NFKD", text.translate(TRANSLITERATE))
    return "".join(c for c in text if c.isascii() and c.isalnum()).lower()


# BBAN layouts of ISO 13616's registry: n digits, a capital letters, c capitals or digits.
IBAN_LAYOUT = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c", "BA": "3n3n8n2n",
    "BE": "3n7n2n", "BG": "4a4n2n8c", "BH": "4a14c", "BR": "8n5n10n1a1c", "BY": "4c4n16c", "CH": "5n12c",
    "CR": "4n14n", "CY": "3n5n16c", "CZ": "4n6n10n", "DE": "8n10n", "DK": "4n9n1n", "DO": "4c20n",
    "EE": "2n2n11n1n", "EG": "4n4n17n", "ES": "4n4n1n1n10n", "FI": "3n11n", "FO": "4n9n1n", "FR": "5n5n11c2n",
    "GB": "4a6n8n", "GE": "2a16n", "GI": "4a15c", "GL": "4n9n1n", "GR": "3n4n16c", "GT": "4c20c", "HR": "7n10n",
    "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IL": "3n3n13n", "IQ": "4a3n12n", "IS": "4n2n6n10n", "IT": "1a5n5n12c",
    "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c", "LC": "4a24c", "LI": "5n12c", "LT": "5n11n",
    "LU": "3n13c", "LV": "4a13c", "MC": "5n5n11c2n", "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n",
    "MR": "5n5n11n2n", "MT": "4a5n18c", "MU": "4a2n2n12n3n3a", "NL": "4a10n", "NO": "4n6n1n", "PK": "4a16c",
    "PL": "8n16n", "PS": "4a21c", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c", "RS": "3n13n2n",
    "SA": "2n18c", "SC": "4a2n2n16n3a", "SE": "3n16n1n", "SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c",
    "ST": "4n4n11n2n", "SV": "4a20n", "TL": "3n14n2n", "TN": "2n3n13n2n", "TR": "5n1n16c", "UA": "6n19c",
    "VA": "3n15n", "VG": "4a16n", "XK": "4n10n2n",
}  # fmt: skip
# Countries whose national check digits make the BBAN itself pass mod 97, so every IBAN of theirs carries the
# same two check digits.
IBAN_FIXED_CHECK = {"BA": 39, "ME": 25, "MK": 7, "MR": 13, "PT": 50, "RS": 35, "SI": 56, "TL": 38, "TN": 59}
IBAN_LENGTH = {c: 4 + sum(int(n) for n in re.findall(r"\d+", lay)) for c, lay in IBAN_LAYOUT.items()}

MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}
MONTHS: dict[str, list[str]] = {lang: names.split() for lang, names in MONTH_NAMES.items()}

EMAIL_HOSTS = (
    "gmail.com", "hotmail.com", "icloud.com", "proton.me", "yandex.ru", "mail.ru", "naver.com", "qq.com",
    "yahoo.co.jp", "gmx.de", "posteo.de", "free.fr", "laposte.net", "tiscali.it", "virgilio.it", "hotmail.es",
    "terra.com.br", "bol.com.br", "o2.pl", "interia.pl", "centrum.cz", "azet.sk", "citromail.hu",
    "hotmail.co.uk", "btinternet.com", "bigpond.com", "shaw.ca", "comcast.net", "xs4all.nl", "telenet.be",
    "live.se", "hotmail.no", "suomi24.fi", "simnet.is", "hot.ee", "net.hr", "mynet.com", "outlook.de",
    "aol.com", "fastmail.fm", "zoho.com", "me.com", "live.fr", "kpnmail.nl", "yahoo.com.mx", "sapo.pt",
)  # fmt: skip
WORK_HOSTS = (
    "nordhavn-logistik.dk", "brightwater-analytics.com", "vellmar-stahlbau.de", "ostara-bio.ch",
    "kestrelfinch.co.uk", "tuulivoima.fi", "bancacollina.it", "pampas-agro.com.br", "helixpharma.nl",
    "polarbyte.no", "anadolutekstil.com.tr", "zielona-energia.pl", "sierraverde.mx", "maplewood-dental.ca",
    "duna-soft.hu", "harbour-services.ee", "clinic-lausanne.ch", "stadtwerke-ulmbach.de", "fjordline-cargo.no",
)  # fmt: skip
HANDLE_WORDS = (
    "sunny", "blue", "river", "falcon", "maple", "tiger", "nova", "pixel", "orbit", "lemon", "storm", "echo",
    "atlas", "cobalt", "quartz", "delta", "ember", "frost", "juniper", "meadow",
)  # fmt: skip

BIC_BANKS = (
    "NORD", "BRWT", "VELL", "OSTA", "KEST", "TUUL", "COLL", "PAMP", "HELX", "POLR", "ANAD", "ZIEL", "SIER",
    "MAPL", "DUNA", "HARB", "RIVB", "CRES", "LUMA", "ALPN", "BALT", "ADRI", "IBER", "CELT", "FJRD", "SAVN",
)  # fmt: skip


class Draw:
    """The values of one document: everything comes from `rng` and the document's locale."""

    def __init__(self, rng: random.Random, locale: str):
        self.r = rng
        self.locale = locale
        self.spec = LOCALES[locale]
        self.t = tables(locale)
        self.country = self.spec.country

    # ---- small helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def mask(self, m: str) -> str:
        out = []
        for ch in m:
            if ch == "#":
                out.append(self.r.choice(DIGITS))
            elif ch == "%":
                out.append(self.r.choice(DIGITS[1:]))
            elif ch == "@":
                out.append(self.r.choice(UPPER))
            else:
                out.append(ch)
        return "".join(out)

    def number(self, digits: int) -> str:
        return self.mask("%" + "#" * (digits - 1))

    # ---- people
    def gender(self) -> str:
        return self.pick(("female", "male"))

    def given(self, gender: str | None = None) -> str:
        return self.pick(self.t.given[gender or self.gender()])

    def surname(self, gender: str | None = None) -> str:
        return self.pick(self.t.surnames[gender or self.gender()])

    def person(self) -> tuple[str, str]:
        """(given name, surname) of one person, agreeing in gender where the language marks it."""
        g = self.gender()
        return self.given(g), self.surname(g)

    def full(self, given: str, surname: str) -> str:
        if self.spec.joined:
            return surname + given
        return f"{surname} {given}" if self.spec.family_first else f"{given} {surname}"

    def name(self) -> str:
        """A person's name as a document most often writes it, in one of several shapes."""
        given, surname = self.person()
        if self.spec.joined:
            return self.full(given, surname)
        roll = self.r.random()
        if roll < 0.62:
            return self.full(given, surname)
        if roll < 0.72:
            return f"{given} {self.given()[0]}. {surname}"
        if roll < 0.8:
            return f"{given[0]}. {surname}"
        if roll < 0.88:
            return f"{surname}, {given}"
        if roll < 0.94:
            return f"{given} {surname}-{self.surname()}"
        return f"{given} {self.given()} {surname}"

    # ---- places
    def city(self) -> str:
        return self.pick(self.t.cities)

    def house(self) -> str:
        return str(int(10 ** self.r.uniform(0, math.log10(self.spec.house_max))))

    def street_line(self) -> str:
        layout = self.pick(self.spec.street_lines)
        values = {
            "s": self.pick(self.t.streets),
            "x": self.pick(self.t.street_types),
            "n": self.house(),
            "m": str(self.r.randint(1, 99)),
            "u": str(self.r.randint(1, 12)),
            "a": self.mask(self.pick(self.t.secondary)),
            "L": self.pick("ABCDEF"),
            "l": self.pick("abcd"),
        }
        return " ".join(layout.format(**values).split()).replace(" ,", ",")

    def postcode(self) -> str:
        return self.mask(self.pick(self.spec.postcodes))

    def place_line(self) -> str:
        city = self.city()
        region = self.pick(self.spec.regions) if self.spec.regions else ""
        return self.pick(self.spec.place_lines).format(p=self.postcode(), c=city, C=city.upper(), r=region)

    def address(self, lines: bool | None = None) -> str:
        """Street line, then postcode and city, on one line or two."""
        multiline = self.chance(0.4) if lines is None else lines
        return self.street_line() + ("\n" if multiline else ", ") + self.place_line()

    # ---- contact
    def email(self, given: str = "", surname: str = "", work: bool = False) -> str:
        first, last = fold(given.split(" ")[0]), fold(surname.split(" ")[-1].split("-")[0])
        if not first or not last:
            local = self.pick(HANDLE_WORDS) + self.pick(("", ".", "_")) + self.pick(HANDLE_WORDS)
            local += str(self.r.randint(1, 999)) if self.chance(0.6) else ""
        else:
            local = self.pick(
                (
                    f"{first}.{last}",
                    f"{first[0]}{last}",
                    f"{first}_{last}",
                    f"{first}{last}{self.r.randint(1, 99)}",
                    f"{last}.{first}",
                    f"{first}.{last}{self.r.randint(70, 99)}",
                    f"{first}{self.r.randint(1980, 2005)}",
                    f"{first[0]}.{last}",
                )
            )
            if self.chance(0.06):
                local += "+" + self.pick(("invoices", "news", "shop", "work"))
            if self.chance(0.05):
                local = ".".join(p.capitalize() for p in local.split("."))
        host = self.pick(WORK_HOSTS if work else EMAIL_HOSTS)
        return f"{local}@{host}"

    # ---- phones
    def _valid_number(self, region: str) -> tuple[phonenumbers.PhoneNumber, int]:
        """A number the library calls valid for `region`: an example number with its trailing digits
        redrawn (never the example itself, which is in every fake-data table)."""
        kinds = [PhoneNumberType.MOBILE] * 3 + [PhoneNumberType.FIXED_LINE] * 2 + [PhoneNumberType.TOLL_FREE]
        self.r.shuffle(kinds)
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            nsn = phonenumbers.national_significant_number(example)
            keep = min(len(nsn) - 3, self.pick((1, 2, 2, 3, 3, 4)))
            for _ in range(80):
                digits = nsn[:keep] + "".join(self.r.choice(DIGITS) for _ in range(len(nsn) - keep))
                if digits == nsn:
                    continue
                number = phonenumbers.parse(f"+{example.country_code}{digits}")
                if phonenumbers.is_valid_number(number):
                    return number, kind
        raise ValueError(f"no valid phone number could be drawn for region {region}")

    def phone(self, foreign: bool | None = None, extension: bool | None = None) -> str:
        """A valid phone number as people write it: the document's own country's numbers in national or
        international formats, other countries' in international ones."""
        foreign = self.chance(0.22) if foreign is None else foreign
        region = self.pick([r for r in WORLD_REGIONS if r != self.country]) if foreign else self.country
        number, kind = self._valid_number(region)
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        text = self._international(number, international) if foreign or self.chance(0.4) else None
        text = text or self._national(national)
        if extension or (extension is None and kind != PhoneNumberType.MOBILE and self.chance(0.08)):
            number.extension = str(self.r.randint(2, 4999))
            text += self.pick((" ext. {}", " ext {}", " x{}", " x {}", ", ext. {}", " #{}")).format(
                number.extension
            )
        if self._reads_as(text, number):
            return text
        plain = international + (f" ext. {number.extension}" if number.extension else "")
        assert self._reads_as(plain, number), plain
        return plain

    def _reads_as(self, text: str, number: phonenumbers.PhoneNumber) -> bool:
        try:
            parsed = phonenumbers.parse(text, self.country)
        except phonenumbers.NumberParseException:
            return False
        return (
            phonenumbers.is_valid_number(parsed)
            and parsed.country_code == number.country_code
            and parsed.national_number == number.national_number
            and (parsed.extension or None) == (number.extension or None)
        )

    def _national(self, national: str) -> str:
        groups = re.findall(r"\d+", national)
        if len(groups) < 2:
            return national
        head, rest = groups[0], groups[1:]
        style = self.r.random()
        if style < 0.35:
            return national
        if style < 0.48:
            return "-".join(groups)
        if style < 0.56:
            return ".".join(groups)
        if style < 0.66 and self.country in SLASH_COUNTRIES:
            return f"{head}/{self.pick((' ', '', '-')).join(rest)}"
        if style < 0.66:
            return national
        if style < 0.76:
            return "".join(groups)
        if style < 0.88:
            return f"({head}) {self.pick((' ', '-')).join(rest)}"
        tail = "".join(rest)
        if len(tail) % 2:
            return f"{head} {tail}"
        return f"{head} {' '.join(tail[i : i + 2] for i in range(0, len(tail), 2))}"

    def _international(self, number: phonenumbers.PhoneNumber, international: str) -> str:
        groups = re.findall(r"\d+", international)
        cc, rest = groups[0], groups[1:]
        meta = phonenumbers.PhoneMetadata.metadata_for_region(self.country)
        assert meta is not None, self.country
        idd = meta.preferred_international_prefix or meta.international_prefix
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        styles = ["plain", "plain", "dashes", "dots", "e164", "paren_cc", "solid"]
        if national.lstrip("(").startswith("0") and rest and not rest[0].startswith("0"):
            styles += ["trunk", "trunk"]
        # North Americans dial their own country's numbers with 1, never with 011 1.
        if idd and re.fullmatch(r"\d+", idd) and not (cc == "1" and self.country in ("US", "CA")):
            styles += ["idd", "idd"]
        style = self.pick(styles)
        if style == "plain":
            return international
        if style == "dashes":
            return f"+{cc}-" + "-".join(rest)
        if style == "dots":
            return f"+{cc}." + ".".join(rest)
        if style == "e164":
            return phonenumbers.format_number(number, PhoneNumberFormat.E164)
        if style == "paren_cc":
            return f"(+{cc}) " + " ".join(rest)
        if style == "solid":
            return f"+{cc} " + "".join(rest)
        if style == "trunk":
            return f"+{cc} (0){rest[0]} " + " ".join(rest[1:])
        return f"{idd}{self.pick(('', ' '))}{cc} " + " ".join(rest)

    # ---- payment
    CARD_BRANDS = (
        # (name, prefixes, lengths)
        ("Visa", ("4",), (16, 16, 16, 13, 19)),
        ("Mastercard", ("51", "52", "53", "54", "55", "2221", "2300", "2720", "2598"), (16,)),
        ("American Express", ("34", "37"), (15,)),
        ("Diners Club", ("36", "300", "305", "38"), (14,)),
        ("Discover", ("6011", "644", "649", "65"), (16, 19)),
        ("JCB", ("3528", "3540", "3589", "3566"), (16,)),
        ("Maestro", ("5018", "5020", "5038", "6304", "6759", "6761", "6763"), (12, 13, 15, 16, 17, 18, 19)),
        ("UnionPay", ("62",), (16, 17, 18, 19)),
        ("Mir", ("2200", "2201", "2204"), (16,)),
        ("RuPay", ("508", "60", "81", "82"), (16,)),
        ("Troy", ("9792",), (16,)),
        ("Elo", ("636368", "504175", "509048"), (16,)),
        ("Verve", ("5061", "6500"), (16, 19)),
        ("Dankort", ("5019",), (16,)),
        ("UATP", ("1",), (15,)),
    )
    CARD_GROUPS = {
        12: ((4, 4, 4),),
        13: ((4, 4, 5), (4, 3, 3, 3)),
        14: ((4, 6, 4),),
        15: ((4, 6, 5), (4, 5, 6), (4, 4, 4, 3)),
        16: ((4, 4, 4, 4),),
        17: ((4, 4, 4, 5),),
        18: ((4, 4, 4, 4, 2), (6, 12)),
        19: ((4, 4, 4, 4, 3), (6, 13), (4, 4, 4, 7)),
    }

    def card(self) -> tuple[str, str]:
        """(brand, number as written): Luhn-valid, 12 to 19 digits, grouped as the brand prints it or not."""
        brand, prefixes, lengths = self.pick(self.CARD_BRANDS)
        prefix, length = self.pick(prefixes), self.pick(lengths)
        body = prefix + "".join(self.r.choice(DIGITS) for _ in range(length - len(prefix) - 1))
        number = luhn_complete(body)
        if self.chance(0.3):
            return brand, number
        groups = self.pick(self.CARD_GROUPS[length])
        sep = self.pick((" ", " ", " ", "-", "-", ".", "  "))
        out, at = [], 0
        for g in groups:
            out.append(number[at : at + g])
            at += g
        return brand, sep.join(out)

    def iban(self, country: str | None = None) -> str:
        """An IBAN that passes mod 97 (and carries the fixed check digits where a country's BBAN does)."""
        if country is None:
            country = (
                self.country
                if self.country in IBAN_LAYOUT and self.chance(0.55)
                else self.pick(sorted(IBAN_LAYOUT))
            )
        alphabet = {"n": DIGITS, "a": UPPER, "c": UPPER + DIGITS}
        bban = "".join(
            "".join(self.r.choice(alphabet[kind]) for _ in range(int(count)))
            for count, kind in re.findall(r"(\d+)([nac])", IBAN_LAYOUT[country])
        )
        fixed = IBAN_FIXED_CHECK.get(country)
        if fixed is not None:
            for tail in range(100):
                candidate = f"{bban[:-2]}{tail:02d}"
                if 98 - iban_remainder(f"{country}00{candidate}") == fixed:
                    bban = candidate
                    break
        check = 98 - iban_remainder(f"{country}00{bban}")
        iban = f"{country}{check:02d}{bban}"
        assert iban_remainder(iban) == 1 and len(iban) == IBAN_LENGTH[country]
        if self.chance(0.45):
            return iban
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))

    def bic(self, country: str | None = None) -> str:
        location = self.pick(UPPER) + self.pick(UPPER.replace("O", "") + DIGITS[1:])
        branch = self.pick(("", "", "XXX", self.pick(UPPER) + self.mask("##")))
        return f"{self.pick(BIC_BANKS)}{country or self.country}{location}{branch}"

    # ---- national identifiers
    def ssn(self) -> str:
        area = self.pick([a for a in range(1, 900) if a != 666])
        group, serial = self.r.randint(1, 99), self.r.randint(1, 9999)
        sep = self.pick(("-", "-", "-", "-", " ", ""))
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def driver_licence(self) -> tuple[str, str]:
        """(issuer, number) in the issuing country's or US state's layout."""
        c = self.country
        if c == "GB":
            surname = fold(self.surname()).upper()[:5].ljust(5, "9")
            return "DVLA", surname + self.mask("%##%##") + self.mask("@@") + self.mask("#@@") + self.mask(
                "##"
            )
        if c == "DE":
            return "DE", self.mask("@###") + self.mask("@@@") + self.mask("#@##")
        if c == "FR":
            return "FR", self.mask("%###########")
        if c == "IT":
            return "IT", self.mask("@@") + self.mask("#######") + self.mask("@")
        if c == "ES":
            dni = self.r.randint(10_000_000, 99_999_999)
            return "ES", f"{dni}{'TRWAGMYFPDXBNJZSQVHLCKE'[dni % 23]}"
        if c == "NL":
            return "NL", self.mask("%#########")
        if c == "AU":
            return self.pick(("NSW", "VIC", "QLD")), self.mask("%#######")
        if c == "CA":
            return "ON", self.mask("@####-#####-#####")
        if c == "BR":
            return "CNH", self.mask("%##########")
        if c != "US":
            return c, self.mask(self.pick(("%#######", "@@%######", "%#########", "%####/##/####")))
        state, layout = self.pick(
            (
                ("CA", "@#######"),
                ("NY", "### ### ###"),
                ("NY", "#########"),
                ("FL", "@###-###-##-###-#"),
                ("IL", "@###-####-####"),
                ("TX", "%#######"),
                ("WA", "WDL@@@@###@#"),
                ("PA", "## ### ###"),
                ("NJ", "@#### ##### #####"),
                ("MI", "@ ### ### ### ###"),
                ("OH", "@@######"),
            )
        )
        return state, self.mask(layout)

    def mrn(self) -> tuple[str, str]:
        """(label, medical record number)."""
        if self.country == "GB" and self.chance(0.6):
            while True:
                body = self.mask("%########")
                check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
                if check < 10:
                    check = 0 if check == 11 else check
                    n = f"{body}{check}"
                    return "NHS number", f"{n[:3]} {n[3:6]} {n[6:]}"
        label = self.pick(
            {
                "de": ("Patientennummer", "Fallnummer", "Patienten-ID"),
                "fr": ("N° de dossier", "IPP", "N° patient"),
                "es": ("N.º de historia clínica", "NHC"),
                "it": ("Cartella clinica n.", "ID paziente"),
                "nl": ("Patiëntnummer", "Dossiernummer"),
            }.get(self.spec.lang, ("MRN", "Medical record no.", "Hospital number", "Chart #", "Patient ID"))
        )
        value = self.mask(
            self.pick(("%######", "%#######", "00%######", "@%######", "@@%#####", "%##-##-##", "%#########"))
        )
        return label, value

    def birth_date(self, first: int = 1934, last: int = 2006) -> str:
        return self.date(self.r.randint(first, last), self.r.randint(1, 12), self.r.randint(1, 28))

    def date(self, year: int, month: int, day: int) -> str:
        months = MONTHS.get(self.spec.lang)
        styles = [
            f"{day:02d}.{month:02d}.{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}.{month}.{year}",
        ]
        if self.country in ("US", "CA", "PH"):
            styles = [
                f"{month:02d}/{day:02d}/{year}",
                f"{month}/{day}/{year}",
                f"{year}-{month:02d}-{day:02d}",
            ]
        if self.spec.lang == "en" or months is None:
            en = MONTHS["en"][month - 1]
            styles += [
                f"{en} {day}, {year}",
                f"{day} {en} {year}",
                f"{day}-{en[:3]}-{year}",
                f"{en[:3]} {day} {year}",
            ]
        else:
            m = months[month - 1]
            styles += {
                "de": [f"{day}. {m} {year}"],
                "es": [f"{day} de {m} de {year}"],
                "pt": [f"{day} de {m} de {year}"],
                "pl": [f"{day} {m} {year}"],
            }.get(self.spec.lang, [f"{day} {m} {year}"])
        return self.pick(styles)

    # ---- networks
    def ipv4(self) -> str:
        first = self.pick([a for a in range(1, 224) if a not in (10, 127)])
        return ".".join(
            str(x) for x in (first, self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254))
        )

    def ipv6(self) -> str:
        prefix = self.pick((0x2001_0DB8, 0x2A02_0810, 0x2600_1700, 0x2A01_0E0A, 0x2804_14C0, 0x2400_CB00))
        groups = [self.r.randint(0, 0xFFFF) for _ in range(6)]
        if self.chance(0.5):
            start = self.r.randint(0, 3)
            groups[start : start + 2] = [0, 0]
        address = ipaddress.IPv6Address((prefix << 96) | int("".join(f"{g:04x}" for g in groups), 16))
        return address.exploded if self.chance(0.15) else address.compressed


def not_a_card(number: str) -> str:
    """`number` with its last digit changed if it happens to pass Luhn: a long reference number in the set
    must not also read as a card number."""
    digits = re.sub(r"\D", "", number)
    if 12 <= len(digits) <= 19 and luhn_ok(digits):
        last = number.rstrip()[-1]
        return number[:-1] + str((int(last) + 1) % 10)
    return number
