"""How the personal values of the second holdout PII set are drawn and written (tools/pii_holdout2_set.py
builds the documents around them).

Written without looking at Charter's recognizers or their word lists. Sources: given names, surnames,
street names and cities from Mimesis's locale data files, read as plain JSON (never Faker's tables, which
the recognizers are said to read), with city lists of its own where a dataset has none; phone numbers from
the `phonenumbers` library's per-region metadata (an example number whose subscriber digits are redrawn
until the library calls the result valid); cards, IBANs, BICs, SSNs, driver's
licences and record numbers composed here from their published layouts and check-digit rules.
"""

from __future__ import annotations

import ipaddress
import json
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
class Region:
    """One country's people and places: where the words come from and how an address line is laid out."""

    country: str
    """ISO 3166 alpha-2; also the region phone numbers are parsed against."""
    lang: str
    source: str
    """'mimesis:<dataset>': the Mimesis dataset of the streets and cities (and names, unless `names`)."""
    street: str = "{name} {no}"
    """Street line: {name} street name, {kind} street type, {no} house number, {flat} a small number."""
    place: str = "{post} {city}"
    """Postcode-and-city part: {post}, {city}, {CITY} (capitals)."""
    post: str = "#####"
    """Postcode mask: # digit, ^ digit 1-9, @ capital letter."""
    kinds: tuple[str, ...] = ()
    family_first: bool = False
    cities: tuple[str, ...] = ()
    """Cities to use when the place dataset has none of its own."""
    names: str = ""
    """Mimesis dataset of the people's names, when not the place dataset."""


REGIONS: dict[str, Region] = {
    "en-us": Region("US", "en", "mimesis:en", "{no} {name} {kind}", "{city} {st} {post}", "^####"),
    "en-gb": Region("GB", "en", "mimesis:en-gb", "{no} {name} {kind}", "{CITY}  {post}", "@@^ ^@@",
                    kinds=("Avenue", "Way", "Court", "Parade", "Vale", "Square", "Lane", "Road")),
    "en-au": Region("AU", "en", "mimesis:en-au", "{flat}/{no} {name} {kind}", "{CITY} {st} {post}", "^###",
                    kinds=("Street", "Avenue", "Boulevard", "Circuit", "Close", "Terrace"),
                    cities=("Penrith", "Ipswich", "Shepparton", "Rockhampton", "Mildura", "Albury", "Orange")),
    "en-ca": Region("CA", "en", "mimesis:en-ca", "{no} {name} {kind}, Suite {flat}0", "{city} {st}  {post}",
                    "@^@ ^@^", cities=("Brampton", "Markham", "Burnaby", "Lethbridge", "Sudbury", "Fredericton")),
    "en-ie": Region("IE", "en", "mimesis:en-gb", "{no} {name} {kind}", "{city}, {post}", "@^^ @^@^",
                    kinds=("Road", "Park", "Terrace", "Avenue", "Grove", "Heights"),
                    cities=("Galway", "Limerick", "Waterford", "Drogheda", "Dundalk", "Sligo", "Kilkenny", "Athlone")),
    "en-nz": Region("NZ", "en", "mimesis:en-gb", "{no} {name} {kind}", "{city} {post}", "^###",
                    kinds=("Street", "Road", "Place", "Crescent", "Drive"),
                    cities=("Hamilton", "Tauranga", "Napier", "Palmerston North", "Nelson", "Rotorua", "Whangārei")),
    "is": Region("IS", "is", "mimesis:is", "{name} {no}", "{post} {city}", "^##"),
    "sk": Region("SK", "sk", "mimesis:sk", "{name} {no}", "{post} {city}", "^## ##", names="cs"),
    "uk": Region("UA", "uk", "mimesis:uk", "вул. {name}, {no}", "{city}, {post}", "^####"),
    "kk": Region("KZ", "kk", "mimesis:kk", "{name} {kind}, {no}", "{post}, {city}", "^#####"),
    "de": Region("DE", "de", "mimesis:de", "{name} {no}", "{post} {city}", "^####"),
    "de-at": Region("AT", "de", "mimesis:de-at", "{name} {no}/Top {flat}", "{post} {city}", "^###"),
    "de-ch": Region("CH", "de", "mimesis:de-ch", "{name} {no}", "CH {post} {city}", "^###"),
    "fr": Region("FR", "fr", "mimesis:fr", "{no}, {kind} {name}", "F-{post} {CITY}", "^####",
                 kinds=("rue", "avenue", "boulevard", "impasse", "allée", "chemin", "quai")),
    "it": Region("IT", "it", "mimesis:it", "{kind} {name} n. {no}", "I-{post} {city}", "^####",
                 kinds=("Via", "Viale", "Piazzale", "Contrada", "Borgo")),
    "es": Region("ES", "es", "mimesis:es", "C/ {name} n.º {no}", "{post} {city}", "^####"),
    "es-mx": Region("MX", "es", "mimesis:es-mx", "Av. {name} No. {no}", "C.P. {post} {city}", "^####",
                    cities=("Tlaquepaque", "Hermosillo", "Culiacán", "Chihuahua", "Tijuana", "Cancún")),
    "pt": Region("PT", "pt", "mimesis:pt", "{kind} {name} n.º {no}", "{post} {city}", "^###-###",
                 kinds=("Rua", "Avenida", "Praça", "Estrada")),
    "pt-br": Region("BR", "pt", "mimesis:pt-br", "{name}, {no}", "CEP {post}, {city}", "^####-###"),
    "nl": Region("NL", "nl", "mimesis:nl", "{name} {no}", "{post} {CITY}", "^### @@"),
    "nl-be": Region("BE", "nl", "mimesis:nl-be", "{name} {no}", "{post} {city}", "^###", names="nl"),
    "da": Region("DK", "da", "mimesis:da", "{name} {no}, {flat}. sal", "DK-{post} {city}", "^###"),
    "sv": Region("SE", "sv", "mimesis:sv", "{name} {no}", "{post} {city}", "^## ##"),
    "no": Region("NO", "no", "mimesis:no", "{name} {no}", "N-{post} {city}", "^###"),
    "fi": Region("FI", "fi", "mimesis:fi", "{name} {no} A {flat}", "FI-{post} {city}", "^####"),
    "pl": Region("PL", "pl", "mimesis:pl", "ul. {name} {no} lok. {flat}", "{post} {city}", "^#-###"),
    "cs": Region("CZ", "cs", "mimesis:cs", "{name} {no}", "{post} {city}", "^## ##"),
    "hu": Region("HU", "hu", "mimesis:hu", "{name} {kind} {no}.", "H-{post} {city}", "^###", family_first=True),
    "hr": Region("HR", "hr", "mimesis:hr", "{name} {no}", "{post} {city}", "^####"),
    "tr": Region("TR", "tr", "mimesis:tr", "{name} {kind} No: {no}", "{post} {city}", "^####"),
    "et": Region("EE", "et", "mimesis:et", "{name} {no}", "{post} {city}", "^####"),
    "el": Region("GR", "el", "mimesis:el", "{name} {no}", "{post} {city}", "^## ##"),
    "ru": Region("RU", "ru", "mimesis:ru", "ул. {name}, дом {no}", "{post}, г. {city}", "^#####"),
}  # fmt: skip

US_STATES = ("OR", "MN", "WI", "KY", "TN", "MO", "MD", "CT", "UT", "NV", "IA", "KS", "NM", "SC", "AL", "NE")
STATES = {
    "US": US_STATES,
    "AU": ("NSW", "VIC", "QLD", "SA", "WA", "TAS"),
    "CA": ("ON", "BC", "AB", "QC", "MB", "NS"),
}
# Phone regions quoted as foreign numbers (international format only).
ABROAD = (
    "US CA GB IE DE AT CH FR BE NL LU IT ES PT DK SE NO FI PL CZ SK HU RO BG HR SI GR CY MT TR IL AE SA QA "
    "IN SG MY TH PH ID JP KR HK TW CN AU NZ ZA NG KE GH EG MA MX BR AR CL CO PE LT LV EE RS UA"
).split()


@cache
def _mimesis(dataset: str, kind: str) -> dict:
    import mimesis

    path = Path(mimesis.__file__).parent / "datasets" / dataset / f"{kind}.json"
    return json.loads(path.read_text(encoding="utf-8"))


NAME = re.compile(r"^[^\W\d_]+(?:[-' ][^\W\d_]+)*$")


def _clean(seq) -> list[str]:
    return sorted({s.strip() for s in seq if isinstance(s, str) and NAME.match(s.strip())})


@cache
def _words(names: str, places: str) -> dict[str, list[str]]:
    person, address = _mimesis(names, "person"), _mimesis(places, "address")
    sur = person["surnames"]
    surnames = _clean(sur["female"] + sur["male"] if isinstance(sur, dict) else sur)
    street = address.get("street") or {}
    return {
        "female": _clean(person["names"]["female"]),
        "male": _clean(person["names"]["male"]),
        "surname": surnames,
        "street": sorted(
            {
                s.strip()
                for s in street.get("name", [])
                if re.fullmatch(r"[^\W\d_][^\d]{2,}", s.strip()) and "English" not in s
            }
        ),
        "kind": sorted(set(street.get("suffix") or [""])),
        "city": sorted({c.strip() for c in address.get("city", []) if c.strip() and not re.search(r"\d", c)}),
    }


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (1 + i % 2)
        total += d if d < 10 else d - 9
    return total % 10 == 0


def with_luhn(body: str) -> str:
    return next(body + d for d in DIGITS if luhn_ok(body + d))


def mod97(iban: str) -> int:
    s = iban.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97


def fold(text: str) -> str:
    table = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ı": "i", "ð": "d", "þ": "th"})
    text = unicodedata.normalize("NFKD", text.lower().translate(table))
    return "".join(c for c in text if c.isascii() and c.isalnum())


# BBAN lengths and shapes (n digits, a letters, c letters or digits), from the SWIFT IBAN registry.
BBAN = {
    "AD": "8n12c", "AT": "16n", "BE": "12n", "BG": "4a6n8c", "BH": "4a14c", "CH": "5n12c", "CY": "8n16c",
    "CZ": "20n", "DE": "18n", "DK": "14n", "EE": "16n", "ES": "20n", "FI": "14n", "FR": "10n11c2n",
    "GB": "4a14n", "GE": "2a16n", "GI": "4a15c", "GR": "7n16c", "HR": "17n", "HU": "24n", "IE": "4a14n",
    "IL": "19n", "IS": "22n", "IT": "1a10n12c", "JO": "4a22c", "KW": "4a22c", "KZ": "3n13c", "LI": "5n12c",
    "LT": "16n", "LU": "3n13c", "LV": "4a13c", "MC": "10n11c2n", "MT": "4a5n18c", "MU": "4a19n3a", "NL": "4a10n",
    "NO": "11n", "PK": "4a16c", "PL": "24n", "PT": "21n", "QA": "4a21c", "RO": "4a16c", "SA": "2n18c",
    "SE": "20n", "SI": "15n", "SK": "20n", "SM": "1a10n12c", "TR": "6n16c", "UA": "6n19c", "AE": "19n",
    "AZ": "4a20c", "BR": "23n1a1c", "CR": "18n", "DO": "4c20n", "EG": "25n", "FO": "14n", "GL": "14n",
    "IQ": "4a15n", "LB": "4n20c", "MD": "20c", "ME": "18n", "MK": "3n10c2n", "RS": "18n", "TN": "20n",
    "VG": "4a16n", "XK": "16n", "AL": "8n16c", "BY": "4c4n16c", "GT": "24c", "SC": "4a20n3a",
}  # fmt: skip
IBAN_LENGTH = {c: 4 + sum(int(n) for n in re.findall(r"\d+", s)) for c, s in BBAN.items()}

MAIL_HOSTS = (
    "outlook.com", "gmx.net", "web.de", "orange.fr", "sfr.fr", "libero.it", "alice.it", "telefonica.net",
    "uol.com.br", "ig.com.br", "wp.pl", "onet.pl", "seznam.cz", "freemail.hu", "t-online.de", "bluewin.ch",
    "chello.at", "ziggo.nl", "skynet.be", "online.no", "telia.com", "luukku.com", "eircom.net", "xtra.co.nz",
    "rediffmail.com", "yahoo.co.in", "rambler.ru", "ukr.net", "otenet.gr", "superonline.com", "tpg.com.au",
    "rogers.com", "sympatico.ca", "verizon.net", "att.net", "mac.com", "pm.me", "tutanota.com", "hey.com",
    "gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "yahoo.ro", "siol.net", "mail.ee",
)  # fmt: skip
ORG_HOSTS = (
    "arbor-mutual.com", "kleinfeld-recht.de", "santamarta-hosp.es", "lindqvist-revision.se", "oakhurst-cap.co.uk",
    "quayside-freight.ie", "maison-perrin.fr", "studiolegale-ferri.it", "vanderbeek-zorg.nl", "tatra-logis.cz",
    "pinecrest-health.org", "bayard-insure.com", "kiwi-lending.co.nz", "mumbai-fintrust.in", "halden-eiendom.no",
)  # fmt: skip
BANK_CODES = (
    "HLBK", "ARBM", "QSYD", "KRFB", "LNDQ", "OAKC", "PRRN", "FERR", "VDBK", "TTRA", "PNCR", "BYRD", "KIWL",
    "MFTR", "HLDN", "SOLV", "MERI", "ZEPH", "GRNT", "AURL", "CAPN", "DRAV", "ESKR", "NOVB",
)  # fmt: skip

MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.",
    "it": "gen. feb. mar. apr. mag. giu. lug. ago. set. ott. nov. dic.",
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.",
}
FULL_MONTHS = "January February March April May June July August September October November December".split()


class Values:
    """Every value of one document, drawn from `rng` for the document's region."""

    def __init__(self, rng: random.Random, region: str):
        self.r = rng
        self.key = region
        self.reg = REGIONS[region]
        self.country = self.reg.country
        places = self.reg.source.partition(":")[2]
        self.w = _words(self.reg.names or places, places)

    # helpers
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def mask(self, m: str) -> str:
        table = {"#": DIGITS, "^": DIGITS[1:], "@": UPPER}
        return "".join(self.r.choice(table[c]) if c in table else c for c in m)

    def digits(self, n: int) -> str:
        return self.mask("^" + "#" * (n - 1))

    # people
    def person(self) -> tuple[str, str]:
        return self.pick(self.w[self.pick(("female", "male"))]), self.pick(self.w["surname"])

    def full(self, first: str, last: str) -> str:
        return f"{last} {first}" if self.reg.family_first else f"{first} {last}"

    def name(self) -> str:
        first, last = self.person()
        roll = self.r.random()
        if roll < 0.7:
            return self.full(first, last)
        if roll < 0.8:
            return f"{last.upper()} {first}"
        if roll < 0.88:
            return f"{first[0]}.{last}" if self.chance(0.5) else f"{first[0]}. {last}"
        if roll < 0.95:
            return f"{last}, {first}"
        return f"{first} {self.person()[0][0]}. {last}"

    def city(self) -> str:
        return self.pick(self.reg.cities or self.w["city"])

    # places
    def street(self) -> str:
        kinds = self.reg.kinds or tuple(self.w["kind"])
        return " ".join(
            self.reg.street.format(
                name=self.pick(self.w["street"]),
                kind=self.pick(kinds),
                no=self.pick(
                    (str(self.r.randint(1, 40)), str(self.r.randint(1, 400)), f"{self.r.randint(1, 60)}b")
                ),
                flat=self.r.randint(1, 9),
            ).split()
        )

    def place(self, city: str | None = None) -> str:
        city = city or self.city()
        state = self.pick(STATES.get(self.country, ("",)))
        return self.reg.place.format(post=self.mask(self.reg.post), city=city, CITY=city.upper(), st=state)

    def address(self, sep: str = ", ") -> str:
        return self.street() + sep + self.place()

    # contact
    def email(self, first: str = "", last: str = "", org: bool = False) -> str:
        f, s = fold(first.split()[0] if first else ""), fold(last.split()[-1] if last else "")
        if f and s:
            local = self.pick(
                (
                    f"{f}.{s}",
                    f"{s}{f[0]}",
                    f"{f}-{s}",
                    f"{f[0]}.{s}{self.r.randint(2, 88)}",
                    f"{s}.{f}{self.r.randint(1960, 2004)}",
                    f"{f}{s[0]}",
                )
            )
        else:
            local = self.pick(("kontakt", "mail", "office", "inbox")) + str(self.r.randint(10, 9999))
        return f"{local}@{self.pick(ORG_HOSTS if org else MAIL_HOSTS)}"

    def _number(self, region: str) -> phonenumbers.PhoneNumber:
        kinds = [PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE]
        for kind in (self.pick(kinds), PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE):
            ex = phonenumbers.example_number_for_type(region, kind)
            if ex is None:
                continue
            nsn = phonenumbers.national_significant_number(ex)
            lead = min(len(nsn) - 4, self.pick((2, 3, 3, 4)))
            for _ in range(100):
                cand = nsn[:lead] + "".join(self.pick(DIGITS) for _ in nsn[lead:])
                num = phonenumbers.parse(f"+{ex.country_code}{cand}")
                if cand != nsn and phonenumbers.is_valid_number(num):
                    return num
        raise ValueError(f"no valid number for {region}")

    def phone(self, abroad: float = 0.2, ext: float = 0.07) -> str:
        """A valid number written as people do; parsed against the document's country it reads back as
        the same number (checked here, and again by the tests)."""
        region = self.pick([r for r in ABROAD if r != self.country]) if self.chance(abroad) else self.country
        num = self._number(region)
        intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
        cc, nsn = str(num.country_code), phonenumbers.national_significant_number(num)
        groups = re.findall(r"\d+", intl)[1:]
        styles = [
            intl,
            intl,
            e164,
            f"+{cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}".strip(),
            f"+{cc}/{'-'.join(groups)}",
            f"+{cc} ({groups[0]}) {' '.join(groups[1:])}" if len(groups) > 1 else intl,
        ]
        if region == self.country:
            ng = re.findall(r"\d+", nat)
            styles += [nat, nat, " ".join(ng), "-".join(ng), "".join(ng), "\u00a0".join(ng)]
        text = self.pick(styles).strip()
        if self.chance(ext):
            e = str(self.r.randint(10, 899))
            text += self.pick((" ext.{}", " extn. {}", " ext: {}", " x.{}")).format(e)
            num.extension = e
        got = self._parses(text)
        if (
            got is None
            or got.national_number != num.national_number
            or (got.extension or None) != num.extension
        ):
            return intl
        return text

    def _parses(self, text: str):
        try:
            n = phonenumbers.parse(text, self.country)
        except phonenumbers.NumberParseException:
            return None
        return n if phonenumbers.is_valid_number(n) else None

    # payment
    BRANDS = (
        ("VISA", "4", (16, 16, 13, 19)), ("MC", "5", (16,)), ("MC", "22", (16,)), ("AMEX", "37", (15,)),
        ("AMEX", "34", (15,)), ("DINERS", "36", (14,)), ("DISCOVER", "6011", (16,)), ("JCB", "35", (16, 17, 18, 19)),
        ("MAESTRO", "6759", (12, 13, 18, 19)), ("MAESTRO", "5020", (12, 16)), ("UNIONPAY", "62", (16, 17, 19)),
        ("CB", "497", (16,)), ("ELO", "4389", (16,)), ("HIPERCARD", "6062", (16, 19)), ("BCcard", "9446", (16,)),
    )  # fmt: skip

    def card(self) -> tuple[str, str]:
        brand, prefix, lengths = self.pick(self.BRANDS)
        n = self.pick(lengths)
        number = with_luhn(prefix + "".join(self.pick(DIGITS) for _ in range(n - len(prefix) - 1)))
        style = self.r.random()
        if style < 0.25:
            return brand, number
        sep = self.pick((" ", "-", " ", "\u2009"))
        if n in (14, 15):
            parts = [number[:4], number[4:10], number[10:]]
        elif style < 0.4 and n >= 16:
            parts = [number[:6], number[6:]]
        else:
            parts = [number[i : i + 4] for i in range(0, n, 4)]
        return brand, sep.join(parts)

    def iban(self, country: str | None = None) -> str:
        if country is None:
            country = self.country if self.country in BBAN and self.chance(0.5) else self.pick(sorted(BBAN))
        alpha = {"n": DIGITS, "a": UPPER, "c": UPPER + DIGITS}
        bban = "".join(
            "".join(self.pick(alpha[k]) for _ in range(int(n)))
            for n, k in re.findall(r"(\d+)([nac])", BBAN[country])
        )
        iban = f"{country}{98 - mod97(country + '00' + bban):02d}{bban}"
        assert mod97(iban) == 1
        style = self.r.random()
        if style < 0.4:
            return iban
        if style < 0.85:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return f"{iban[:4]} {iban[4:]}"

    def bic(self, country: str | None = None) -> str:
        loc = self.pick(UPPER) + self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return (
            self.pick(BANK_CODES)
            + (country or self.country)
            + loc
            + self.pick(("", "", "XXX", self.mask("@##")))
        )

    def ssn(self) -> str:
        area = self.pick([a for a in range(1, 900) if a != 666])
        body = f"{area:03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}"
        return self.pick(("-", "-", " ", "")).join(body)

    def licence(self) -> tuple[str, str]:
        """(issuer, driver's licence number)."""
        c = self.country
        if c == "US":
            state, m = self.pick(
                (
                    ("OR", "#######"),
                    ("MN", "@############"),
                    ("WI", "@###-####-####-##"),
                    ("KY", "@########"),
                    ("MD", "@-###-###-###-###"),
                    ("UT", "#########"),
                    ("MO", "@#########"),
                    ("CT", "#########"),
                    ("NV", "##########"),
                )
            )
            return state, self.mask(m)
        if c == "GB":
            last = (fold(self.person()[1]).upper() + "99999")[:5]
            return "DVLA", last + self.mask("^##^##@@#@@")
        if c in ("AU", "NZ"):
            return c, self.mask(self.pick(("@@######", "########")))
        if c == "CA":
            return "BC", self.mask("#######")
        if c == "IE":
            return "NDLS", self.mask("###-###-###")
        if c == "IN":
            return "RTO", self.mask("@@## ####1#######")
        return c, self.mask(self.pick(("@^#####@##", "^#######", "@@ ######", "^#-####-####")))

    def mrn(self) -> str:
        return self.mask(
            self.pick(("E^######", "^########", "MR-^#####", "^##-###-###", "H^#####@", "^######"))
        )

    def dob(self) -> str:
        y, m, d = self.r.randint(1931, 2007), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.date(y, m, d, birth=True)

    def date(self, y: int, m: int, d: int, birth: bool = False) -> str:
        months = MONTHS.get(self.reg.lang, MONTHS["en"]).split()
        us = self.country in ("US", "PH")
        styles = [f"{y}-{m:02d}-{d:02d}", f"{d} {months[m - 1]} {y}"]
        styles += (
            [f"{m}/{d}/{y}", f"{m:02d}-{d:02d}-{y}", f"{FULL_MONTHS[m - 1]} {d}, {y}"]
            if us
            else [
                f"{d:02d}/{m:02d}/{y}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d}.{m:02d}.{y}",
                f"{d:02d}.{m:02d}.{str(y)[2:]}",
            ]
        )
        if birth:
            styles.append(f"{y}{m:02d}{d:02d}")
        return self.pick(styles)

    def ipv4(self) -> str:
        first = self.pick([a for a in range(11, 223) if a not in (100, 127, 169, 172, 192)])
        return f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(2, 253)}"

    def ipv6(self) -> str:
        head = self.pick(("2a00:1450", "2001:4860", "2606:4700", "2a03:2880", "2620:fe", "2404:6800"))
        tail = [f"{self.r.randint(0, 0xFFFF):x}" for _ in range(self.pick((2, 3, 6)))]
        addr = head + (":" if len(tail) == 6 else "::") + ":".join(tail)
        return str(ipaddress.IPv6Address(addr)) if self.chance(0.8) else addr


def not_luhn(number: str) -> str:
    """`number` with its last digit moved when its 12-19 digits would pass Luhn (a reference must not read
    as a card)."""
    digits = re.sub(r"\D", "", number)
    if 12 <= len(digits) <= 19 and luhn_ok(digits):
        return number[:-1] + str((int(number[-1]) + 1) % 10)
    return number
