"""How the personal values of the third holdout PII set are drawn and written (tools/pii_holdout3_set.py
builds the documents around them).

Written without opening Charter's recognizers, their word lists or any results. Sources: given names,
surnames, street names and cities from Mimesis's locale data files, read as plain JSON (not Faker's tables);
phone numbers from the `phonenumbers` library's per-region metadata (an example number whose subscriber
digits are redrawn until the library calls the result valid, then written in one of several renderings that
the library must read back as the same number); cards, IBANs, BICs, SSNs, driver's licences and record
numbers composed here from their published layouts and check-digit rules.
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
class Locale:
    """One country's people and places and how its address lines are written."""

    country: str
    """ISO 3166 alpha-2; also the region phone numbers are parsed against."""
    names: str
    """Mimesis dataset of the people's names."""
    places: str
    """Mimesis dataset of the streets and cities."""
    street: str
    """Street line: {name} street name, {kind} street type, {no} house number, {unit} a small number."""
    place: str
    """Postcode-and-city part: {post}, {city}, {st} (a state or province code)."""
    post: str
    """Postcode mask: # digit, ^ digit 1-9, @ capital letter."""
    order: str = "given"
    """'given' (given name first), 'family' (family name first, spaced) or 'tight' (family first, unspaced)."""
    cities: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    ascii_names: bool = True
    """Whether names are written in Latin script (e-mail local parts are then made from them)."""


LOCALES: dict[str, Locale] = {
    "en-us": Locale("US", "en", "en", "{no} {name} {kind}, Apt {unit}", "{city}, {st} {post}", "^####",
                    kinds=("St.", "Ave.", "Blvd.", "Dr.", "Ln.", "Ct.", "Pkwy", "Ter.")),
    "en-us-2": Locale("US", "en", "en", "{no} {name} {kind} #{unit}", "{city} {st} {post}-####", "^####",
                      kinds=("Street", "Road", "Way", "Place", "Circle", "Trail")),
    "en-gb": Locale("GB", "en-gb", "en-gb", "Flat {unit}, {no} {name} {kind}", "{city} {post}", "@^ ^@@",
                    kinds=("Mews", "Close", "Gardens", "Crescent", "Walk", "Rise", "Row")),
    "en-au": Locale("AU", "en-au", "en-au", "Unit {unit}, {no} {name} {kind}", "{city} {st} {post}", "^###",
                    kinds=("St", "Rd", "Pde", "Cres", "Hwy", "Cct"),
                    cities=("Geelong", "Wollongong", "Toowoomba", "Ballarat", "Bendigo", "Cairns", "Launceston")),
    "en-ca": Locale("CA", "en-ca", "en-ca", "{unit}-{no} {name} {kind}", "{city} {st}  {post}", "@^@ ^@^",
                    kinds=("St W", "Ave E", "Rd N", "Blvd", "Cres"),
                    cities=("Kitchener", "Saskatoon", "Kelowna", "Moncton", "Guelph", "Kamloops", "Nanaimo")),
    "en-za": Locale("ZA", "en", "en", "{no} {name} {kind}", "{city}, {post}", "^###",
                    kinds=("Street", "Road", "Avenue", "Drive"),
                    cities=("Durban", "Pretoria", "Gqeberha", "Bloemfontein", "Stellenbosch", "Polokwane")),
    "en-in": Locale("IN", "en", "en", "{unit}, {name} {kind}, {no}th Cross", "{city} - {post}", "^#####",
                    kinds=("Layout", "Nagar", "Colony", "Road"),
                    cities=("Pune", "Mysuru", "Kochi", "Indore", "Nagpur", "Coimbatore", "Vadodara")),
    "en-sg": Locale("SG", "en", "en", "Blk {no} {name} {kind} #0{unit}-{no}", "Singapore {post}", "^#####",
                    kinds=("Avenue 3", "Street 21", "Road", "Crescent")),
    "de": Locale("DE", "de", "de", "{name} {no}a", "{post} {city}", "^####"),
    "de-at": Locale("AT", "de-at", "de-at", "{name} {no}, Stiege {unit}", "A-{post} {city}", "^###"),
    "de-ch": Locale("CH", "de-ch", "de-ch", "{name} {no}", "{post} {city}", "^###"),
    "fr": Locale("FR", "fr", "fr", "{no} bis {kind} {name}", "{post} {city}", "^####",
                 kinds=("rue", "avenue", "place", "cours", "passage", "square")),
    "fr-be": Locale("BE", "fr", "nl-be", "{kind} {name} {no}, bte {unit}", "B-{post} {city}", "^###",
                    kinds=("Rue", "Avenue", "Chaussée", "Place")),
    "it": Locale("IT", "it", "it", "{kind} {name}, {no}/{unit}", "{post} {city} ({st})", "^####",
                 kinds=("Via", "Corso", "Vicolo", "Largo", "Piazza")),
    "es": Locale("ES", "es", "es", "{name}, {no}, {unit}º B", "{post} {city}", "^####"),
    "es-mx": Locale("MX", "es-mx", "es-mx", "{kind} {name} #{no} Int. {unit}", "{post} {city}", "^####",
                    kinds=("Calle", "Calzada", "Privada", "Boulevard"),
                    cities=("Querétaro", "Morelia", "Aguascalientes", "Mérida", "Saltillo", "Puebla")),
    "es-ar": Locale("AR", "es", "es", "{name} {no}, piso {unit}", "C{post} {city}", "^###",
                    cities=("Rosario", "Mendoza", "Córdoba", "La Plata", "Mar del Plata", "Salta")),
    "es-co": Locale("CO", "es", "es", "Carrera {unit}{no2} # {no}-{unit}", "{city}", "^#####",
                    cities=("Medellín", "Cali", "Barranquilla", "Bucaramanga", "Pereira", "Manizales")),
    "pt": Locale("PT", "pt", "pt", "{kind} {name}, {no}, {unit}.º Esq.", "{post} {city}", "^###-###",
                 kinds=("Rua", "Travessa", "Largo", "Avenida")),
    "pt-br": Locale("BR", "pt-br", "pt-br", "{name}, nº {no}, apto {unit}0", "{city} - {st}, {post}", "^####-###"),
    "nl": Locale("NL", "nl", "nl", "{name} {no}-{unit}", "{post} {city}", "^### @@"),
    "da": Locale("DK", "da", "da", "{name} {no}, {unit}. tv.", "{post} {city}", "^###"),
    "sv": Locale("SE", "sv", "sv", "{name} {no} lgh 1{unit}02", "SE-{post} {city}", "^## ##"),
    "no": Locale("NO", "no", "no", "{name} {no} B", "{post} {city}", "^###"),
    "fi": Locale("FI", "fi", "fi", "{name} {no} B {unit}", "{post} {city}", "^####"),
    "pl": Locale("PL", "pl", "pl", "al. {name} {no}/{unit}", "{post} {city}", "^#-###"),
    "cs": Locale("CZ", "cs", "cs", "{name} {no}/{unit}", "{post} {city}", "^## ##"),
    "hu": Locale("HU", "hu", "hu", "{name} {kind} {no}. {unit}. em.", "{city}, {post}", "^###", order="family"),
    "hr": Locale("HR", "hr", "hr", "{name} {no}", "HR-{post} {city}", "^####"),
    "tr": Locale("TR", "tr", "tr", "{name} {kind} No:{no} D:{unit}", "{post} {city}", "^####"),
    "el": Locale("GR", "el", "el", "{kind} {name} {no}", "{post} {city}", "^## ##", ascii_names=False),
    "ru": Locale("RU", "ru", "ru", "пр-т {name}, д. {no}, кв. {unit}", "{city}, {post}", "^#####", ascii_names=False),
    "uk": Locale("UA", "uk", "uk", "просп. {name}, {no}, кв. {unit}", "м. {city}, {post}", "^####", ascii_names=False),
    "kk": Locale("KZ", "kk", "kk", "{name} {kind} {no}", "{city} {post}", "^#####", ascii_names=False),
    "az": Locale("AZ", "az", "az", "{name} {kind} {no}", "AZ{post} {city}", "^###"),
    "is": Locale("IS", "is", "is", "{name} {no}", "{post} {city}", "^##"),
    "et": Locale("EE", "et", "et", "{name} tn {no}-{unit}", "{post} {city}", "^####"),
    "ja": Locale("JP", "ja", "ja", "{city}{name}{kind}{no}-{unit}", "〒{post}", "^##-####", order="family",
                 ascii_names=False),
    "zh": Locale("CN", "zh", "zh", "{city}{name}{kind}{no}号", "邮编{post}", "^#####", order="tight",
                 ascii_names=False),
    "ko": Locale("KR", "ko", "ko", "{city} {name}{kind} {no}", "({post})", "^####", order="tight",
                 ascii_names=False),
    "ar-ae": Locale("AE", "ar-ae", "ar-ae", "{kind} {name}، مبنى {no}", "{city}", "^####", ascii_names=False),
    "ar-eg": Locale("EG", "ar-eg", "ar-eg", "{no} {kind} {name}", "{city} {post}", "^####", ascii_names=False),
    "fa": Locale("IR", "fa", "fa", "{kind} {name}، پلاک {no}", "{city} {post}", "^####-#####",
                 ascii_names=False),
}  # fmt: skip

STATES = {
    "US": ("AZ", "CO", "GA", "IN", "LA", "MA", "NC", "NH", "OH", "OK", "PA", "VA", "WA", "ID"),
    "AU": ("NSW", "VIC", "QLD", "ACT", "NT"),
    "CA": ("ON", "SK", "BC", "NB", "AB"),
    "BR": ("SP", "RJ", "MG", "PR", "RS", "BA"),
    "IT": ("MI", "TO", "BO", "FI", "NA", "PA"),
}
ABROAD = (
    "US CA MX BR AR CL CO PE UY GB IE FR DE NL BE LU CH AT IT ES PT DK NO SE FI IS PL CZ SK HU SI HR RS BA "
    "RO BG GR CY MT TR UA GE AM IL JO LB AE SA QA KW BH OM EG MA TN DZ NG GH KE UG TZ ZA MU IN PK BD LK NP "
    "TH VN MY SG ID PH KH JP KR TW HK MO CN MN AU NZ FJ"
).split()
LATIN_FOR_HANDLES = "en"


@cache
def _mimesis(dataset: str, kind: str) -> dict:
    import mimesis

    path = Path(mimesis.__file__).parent / "datasets" / dataset / f"{kind}.json"
    return json.loads(path.read_text(encoding="utf-8"))


WORD = re.compile(r"^[^\W\d_]+(?:[-' \u200c][^\W\d_]+)*$")


def _clean(seq) -> list[str]:
    return sorted(
        {s.strip() for s in seq if isinstance(s, str) and WORD.match(s.strip()) and len(s.strip()) > 1}
    )


@cache
def words(names: str, places: str) -> dict[str, list[str]]:
    person, address = _mimesis(names, "person"), _mimesis(places, "address")
    sur = person["surnames"]
    street = address.get("street") or {}
    return {
        "female": _clean(person["names"]["female"]),
        "male": _clean(person["names"]["male"]),
        "sur_female": _clean(sur["female"] if isinstance(sur, dict) else sur),
        "sur_male": _clean(sur["male"] if isinstance(sur, dict) else sur),
        "street": sorted(
            {s.strip() for s in street.get("name", []) if re.fullmatch(r"[^\W\d_][^\d]{1,}", s.strip())}
        ),
        "kind": sorted({k.strip() for k in street.get("suffix") or [""]}),
        "city": sorted({c.strip() for c in address.get("city", []) if c.strip() and not re.search(r"\d", c)}),
    }


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (1 if i % 2 else 2)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    return f"{98 - int(''.join(str(int(c, 36)) for c in moved)) % 97:02d}"


def ascii_fold(text: str) -> str:
    table = {"ß": "ss", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i", "þ": "th", "ð": "d", "ə": "a"}
    text = "".join(table.get(c, c) for c in text.lower())
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# BBAN layouts from the SWIFT IBAN registry: n digits, a capitals, c alphanumerics.
BBAN = {
    "AD": "8n12c", "AE": "3n16n", "AL": "8n16c", "AT": "16n", "AZ": "4a20c", "BA": "16n", "BE": "12n",
    "BG": "4a6n8c", "BH": "4a14c", "BR": "23n1a1c", "CH": "5n12c", "CR": "18n", "CY": "8n16c", "CZ": "20n",
    "DE": "18n", "DK": "14n", "DO": "4c20n", "EE": "16n", "EG": "25n", "ES": "20n", "FI": "14n",
    "FO": "14n", "FR": "10n11c2n", "GB": "4a14n", "GE": "2a16n", "GI": "4a15c", "GL": "14n", "GR": "7n16c",
    "GT": "4c20c", "HR": "17n", "HU": "24n", "IE": "4a14n", "IL": "19n", "IQ": "4a15n", "IS": "22n",
    "IT": "1a10n12c", "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c", "LC": "4a24c",
    "LI": "5n12c", "LT": "16n", "LU": "3n13c", "LV": "4a13c", "MC": "10n11c2n", "MD": "20c", "ME": "18n",
    "MK": "3n10c2n", "MR": "23n", "MT": "4a5n18c", "MU": "4a19n3a", "NL": "4a10n", "NO": "11n",
    "PK": "4a16c", "PL": "24n", "PS": "4a21c", "PT": "21n", "QA": "4a21c", "RO": "4a16c", "RS": "18n",
    "SA": "2n18c", "SC": "4a20n3a", "SE": "20n", "SI": "15n", "SK": "20n", "SM": "1a10n12c", "TL": "19n",
    "TN": "20n", "TR": "5n1n16c", "UA": "6n19c", "VA": "18n", "VG": "4a16n", "XK": "16n",
}  # fmt: skip
IBAN_LENGTH = {c: 4 + sum(int(n) for n in re.findall(r"\d+", s)) for c, s in BBAN.items()}

FREEMAIL = ("gmx.net", "web.de", "orange.fr", "libero.it", "seznam.cz", "wp.pl", "yandex.ru", "mail.ru",
            "hotmail.co.uk", "outlook.com", "icloud.com", "proton.me", "yahoo.co.jp", "naver.com",
            "qq.com", "uol.com.br", "telenet.be", "bluewin.ch", "online.no", "kolumbus.fi", "zoho.eu",
            "fastmail.com", "posteo.de", "t-online.de", "sapo.pt", "terra.com.mx", "bigpond.com")  # fmt: skip
WORK_DOMAINS = ("northgate-logistics.com", "lindqvist-law.se", "caldera-health.org", "mercer-bates.co.uk",
                "baumann-treuhand.ch", "ostrava-steel.cz", "vantaa-energy.fi", "riverside-clinic.net",
                "pacificcoast-realty.com", "atelier-morel.fr", "kapitalhaus.de", "bluewater-ins.com.au",
                "helios-pharma.it", "tagus-capital.pt", "meridian-hr.ie", "dunmore-cpa.com")  # fmt: skip

MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_LOCAL = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()


class Values:
    """Personal values for one document of one locale, drawn from one `random.Random`."""

    def __init__(self, r: random.Random, locale: str) -> None:
        self.r, self.locale, self.loc = r, locale, LOCALES[locale]
        self.w = words(self.loc.names, self.loc.places)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    # -- people ---------------------------------------------------------------------------------
    def person(self) -> tuple[str, str, str]:
        """(given, family, full name as the locale writes it)."""
        sex = self.r.choice(("female", "male"))
        given, family = self.pick(self.w[sex]), self.pick(self.w[f"sur_{sex}"])
        if self.loc.order == "tight":
            return given, family, family + given
        if self.loc.order == "family":
            return given, family, f"{family} {given}"
        if self.loc.ascii_names and self.r.random() < 0.12:
            given = f"{given} {self.pick(self.w[sex])[0]}."
        return given, family, f"{given} {family}"

    def name(self) -> str:
        return self.person()[2]

    def short(self, given: str, family: str, full: str) -> str:
        """The name with the given name cut to an initial, where the locale's script writes it so."""
        return f"{given[0]}. {family}" if self.loc.ascii_names and self.loc.order == "given" else full

    def handle(self, given: str = "", family: str = "") -> str:
        if not self.loc.ascii_names or not given:
            w = words(LATIN_FOR_HANDLES, LATIN_FOR_HANDLES)
            given, family = self.pick(w["female"] + w["male"]), self.pick(w["sur_male"])
        g, f = ascii_fold(given.split()[0]), ascii_fold(family.replace(" ", ""))
        g, f = re.sub(r"[^a-z]", "", g) or "kim", re.sub(r"[^a-z]", "", f) or "lee"
        return self.r.choice(
            (
                f"{g}.{f}",
                f"{g[0]}{f}",
                f"{f}.{g[0]}",
                f"{g}_{f}{self.r.randint(1, 99)}",
                f"{g}{f[:3]}",
                f"{f}-{g}",
                f"{g}.{f}+{self.r.choice(('bank', 'hr', 'tax'))}",
            )
        )

    def email(self, given: str = "", family: str = "", work: bool = False) -> str:
        host = self.pick(WORK_DOMAINS if work else FREEMAIL)
        return f"{self.handle(given, family)}@{host}"

    # -- places ---------------------------------------------------------------------------------
    def _mask(self, mask: str) -> str:
        out = []
        for c in mask:
            out.append(
                self.pick(DIGITS) if c == "#" else self.pick("123456789") if c == "^"
                else self.pick("ABDEGHJLNPRSTWXY") if c == "@" else c
            )  # fmt: skip
        return "".join(out)

    def city(self) -> str:
        return self.pick(self.loc.cities or self.w["city"])

    def street_line(self) -> str:
        kinds = self.loc.kinds or tuple(k for k in self.w["kind"] if k) or ("",)
        line = self.loc.street.format(
            name=self.pick(self.w["street"]), kind=self.pick(kinds), no=self.r.randint(2, 240),
            unit=self.r.randint(1, 9), no2=self.pick("ABCD"), city=self.city(),
        )  # fmt: skip
        return re.sub(r"\s+", " ", line).strip()

    def place_line(self) -> str:
        st = self.pick(STATES.get(self.loc.country, ("",)))
        line = self.loc.place.format(post=self._mask(self.loc.post), city=self.city(), st=st)
        line = re.sub(r"-####$", lambda _: "-" + self._mask("####"), line)
        return line.strip()

    def address(self, sep: str = ", ") -> str:
        return f"{self.street_line()}{sep}{self.place_line()}"

    # -- phones ---------------------------------------------------------------------------------
    def phone(self, region: str | None = None, intl: bool | None = None, ext: bool | None = None) -> str:
        """A valid number of `region` (the locale's by default) in one of several renderings, each
        checked to read back, in the locale's country, as the very same number."""
        region = region or self.loc.country
        home = region == self.loc.country
        intl = (not home or self.r.random() < 0.45) if intl is None else intl
        ext = self.r.random() < 0.12 if ext is None else ext
        kinds = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
        for _ in range(400):
            example = phonenumbers.example_number_for_type(region, self.r.choice(kinds))
            if example is None:
                continue
            nsn = str(example.national_number)
            keep = self.r.randint(1, min(3, len(nsn) - 4))
            nsn = nsn[:keep] + "".join(self.pick(DIGITS) for _ in nsn[keep:])
            number = phonenumbers.parse("+" + str(example.country_code) + nsn)
            if not phonenumbers.is_valid_number(number):
                continue
            text = self._render(number, region, intl)
            if ext:
                number.extension = str(self.r.randint(2, 3999))
                text += self.r.choice((" x", " ext. ", " Ext ", " ext.", ",")) + number.extension
            back = _parse(text, self.loc.country)
            if back is not None and _same(back, number) and phonenumbers.is_valid_number(back):
                return text
        raise RuntimeError(f"no valid phone number for {region}")

    def _render(self, number, region: str, intl: bool) -> str:
        r = self.r
        if intl:
            base = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
            style = r.randrange(6)
            if style == 0:
                return phonenumbers.format_number(number, PhoneNumberFormat.E164)
            if style == 1:
                return base.replace(" ", "-")
            if style == 2:
                return re.sub(r"[ -]", ".", base)
            if style == 3 and region in ("DE", "AT", "CH", "GB", "NL", "BE", "IT", "FR"):
                cc, rest = base.split(" ", 1)
                return f"{cc} (0){rest}" if region != "IT" else base
            if style == 4 and region == self.loc.country and region not in ("US", "CA", "JP", "KR", "AU"):
                return "00" + base[1:]
            return base
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        style = r.randrange(5)
        if style == 0:
            return re.sub(r"[ -]", ".", re.sub(r"[()]", "", national))
        if style == 1:
            return re.sub(r"[^\d+]", "", national)
        if style == 2 and region in ("US", "CA"):
            return "1-" + re.sub(r"[^\d]", "-", national).strip("-").replace("--", "-")
        if style == 3:
            return re.sub(r"(?<=\d) (?=\d)", "\u00a0", national)
        return national

    # -- money ----------------------------------------------------------------------------------
    def card(self) -> tuple[str, str]:
        """(brand, number as written): a valid Luhn digit, 12-19 digits, groupings by brand."""
        r = self.r
        brand, prefix, length = r.choice((
            ("Visa", "4", 16), ("Visa", "4", 13), ("Visa", "4", 19), ("Mastercard", str(r.randint(51, 55)), 16),
            ("Mastercard", str(r.randint(2221, 2720)), 16), ("American Express", r.choice(("34", "37")), 15),
            ("Diners Club", r.choice(("36", "38", "300", "305")), 14), ("Discover", "6011", 16),
            ("Discover", "65", 19), ("JCB", str(r.randint(3528, 3589)), 16), ("JCB", "3530", 19),
            ("UnionPay", "62" + str(r.randint(2126, 2925))[:4], 16), ("UnionPay", "6212", 19),
            ("Maestro", r.choice(("6759", "5018", "5020", "6304")), 12), ("Maestro", "6761", 18),
            ("Mir", "220" + str(r.randint(0, 4)), 16), ("RuPay", "6521", 16), ("Troy", "9792", 16),
            ("Verve", "5061", 19), ("Elo", "6363", 16), ("Dankort", "5019", 16), ("Hipercard", "6062", 16),
            ("BC Card", "9400", 16),
        ))  # fmt: skip
        body = prefix + "".join(self.pick(DIGITS) for _ in range(length - len(prefix) - 1))
        digits = body + luhn_digit(body)
        groups = {
            15: (4, 6, 5),
            14: (4, 6, 4),
            13: (4, 4, 5),
            12: (4, 4, 4),
            18: (6, 12),
            19: (4, 4, 4, 4, 3),
        }
        sizes = groups.get(length, (4, 4, 4, 4))
        if length in (16, 19) and brand in ("UnionPay", "Maestro") and r.random() < 0.5:
            sizes = (6, length - 6)
        parts, at = [], 0
        for s in sizes:
            parts.append(digits[at : at + s])
            at += s
        sep = r.choice(("", " ", "-", ".", "\u00a0", " ", "-", " "))
        return brand, sep.join(parts)

    def iban(self, country: str | None = None, style: str | None = None) -> str:
        r = self.r
        country = country or (self.loc.country if self.loc.country in BBAN else r.choice(sorted(BBAN)))
        bban = []
        for count, kind in re.findall(r"(\d+)([nac])", BBAN[country]):
            pool = DIGITS if kind == "n" else UPPER if kind == "a" else DIGITS + UPPER
            bban.extend(self.pick(pool) for _ in range(int(count)))
        compact = country + iban_check(country, "".join(bban)) + "".join(bban)
        style = style or r.choice(("paper", "paper", "compact", "dash", "nbsp", "paper", "compact"))
        grouped = [compact[i : i + 4] for i in range(0, len(compact), 4)]
        return {"paper": " ".join, "compact": "".join, "dash": "-".join, "nbsp": "\u00a0".join}[style](
            grouped
        )

    def bic(self, country: str | None = None) -> str:
        r = self.r
        country = country or (self.loc.country if r.random() < 0.7 else r.choice(sorted(BBAN)))
        bank = "".join(self.pick("ABCDEFGHIKLMNPRSTUVWZ") for _ in range(4))
        where = self.pick("ABCDEFGHJKLMNPRSTUVWXYZ23456789") + self.pick("ABCDEFGHJKMNPRSTUVWXYZ0123456789")
        branch = r.choice(("", "", "XXX", "".join(self.pick(UPPER + DIGITS) for _ in range(3))))
        return bank + country + where + branch

    # -- national identifiers ------------------------------------------------------------------------
    def ssn(self) -> str:
        r = self.r
        area = r.randint(1, 899)
        area = 667 if area == 666 else area
        group, serial = r.randint(1, 99), r.randint(1, 9999)
        sep = r.choice(("-", "-", "-", " ", ""))
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def licence(self, given: str = "", family: str = "") -> tuple[str, str]:
        """(issuing authority, number) in a layout that authority uses."""
        r, m = self.r, self._mask
        c = self.loc.country
        if c == "US":
            return r.choice((
                ("California", m("@#######")), ("New York", m("### ### ###")), ("Florida", m("@###-###-##-###-#")),
                ("Illinois", m("@###-####-####")), ("Washington", "WDL" + m("#@@##@##@")), ("Texas", m("########")),
                ("Pennsylvania", m("## ### ###")), ("Michigan", m("@ ### ### ### ###")), ("Ohio", m("@@######")),
                ("Virginia", m("@##-##-####")), ("Colorado", m("##-###-####")), ("Arizona", m("@########")),
            ))  # fmt: skip
        if c == "GB":
            fam = (re.sub(r"[^A-Z]", "", ascii_fold(family).upper()) + "99999")[:5]
            year, month, day = r.randint(40, 99), r.randint(1, 12) + r.choice((0, 50)), r.randint(1, 28)
            ini = (re.sub(r"[^A-Z]", "", ascii_fold(given).upper()) + "9")[:1] + r.choice(UPPER + "9")
            return "DVLA", f"{fam}{str(year)[0]}{month:02d}{day:02d}{str(year)[1]}{ini}9{m('@@')}"
        if c == "CA":
            return "Ontario", m("@####-#####-#####")
        if c == "AU":
            return r.choice((("NSW", m("########")), ("VIC", m("#########")), ("QLD", m("###-###-###"))))
        if c == "DE":
            return "DE", m("@") + m("###") + "".join(self.pick(UPPER + DIGITS) for _ in range(6)) + m("#")
        if c == "ES":
            n = r.randint(10_000_000, 99_999_999)
            return "DGT", f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
        if c == "IT":
            return "MCTC", m("@@") + m("#######") + m("@")
        if c == "FR":
            return "préfecture", m("##@@#####") if r.random() < 0.5 else m("############")
        if c == "NL":
            return "RDW", m("##########")
        if c == "PL":
            return "Starosta", m("#####/##/####")
        if c == "IE":
            return "NDLS", m("### ### ###")
        if c in ("BR",):
            return "DETRAN", m("###########")
        if c in ("IN",):
            return "RTO", m("@@##") + " " + m("###########")
        return c, r.choice((m("@@######"), m("#########"), m("@-####-####"), m("## ## ######")))

    def mrn(self) -> str:
        r, m = self.r, self._mask
        style = r.randrange(9)
        if style == 0 and self.loc.country == "GB":
            while True:
                body = m("^########")
                check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
                if check < 10:
                    body += str(0 if check == 11 else check)
                    return f"{body[:3]} {body[3:6]} {body[6:]}"
        return (
            m("########"), m("##-##-##"), "K" + m("#######"), m("@##########"), "UR" + m("######"),
            m("####-###-#"), "PT-" + m("#######"), m("##") + "-" + m("######"), m("0#########"),
        )[style]  # fmt: skip

    # -- dates of birth -------------------------------------------------------------------------------
    def birth(self) -> tuple[int, int, int]:
        return self.r.randint(1934, 2006), self.r.randint(1, 12), self.r.randint(1, 28)

    def dob(self, style: str | None = None) -> str:
        y, mo, d = self.birth()
        c = self.loc.country
        lang = {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "ES": "es", "MX": "es", "AR": "es",
                "CO": "es", "PT": "pt", "BR": "pt", "IT": "it", "NL": "nl"}.get(c)  # fmt: skip
        styles = ["iso", "dmy", "month", "oracle", "compact", "slash_ymd"]
        if lang:
            styles += ["local", "local"]
        if c in ("JP", "CN", "KR"):
            styles += ["cjk", "cjk", "slash_ymd"]
        if c == "PL":
            styles += ["roman"]
        if c == "US":
            styles = ["us", "us", "us_short", "month", "iso", "oracle"]
        style = style or self.r.choice(styles)
        if style == "iso":
            return f"{y}-{mo:02d}-{d:02d}"
        if style == "dmy":
            sep = self.r.choice(("/", ".", "-"))
            return f"{d:02d}{sep}{mo:02d}{sep}{y}" if self.r.random() < 0.7 else f"{d}{sep}{mo}{sep}{y}"
        if style == "us":
            return f"{mo:02d}/{d:02d}/{y}"
        if style == "us_short":
            return f"{mo}/{d}/{y % 100:02d}"
        if style == "month":
            name = MONTHS_EN[mo - 1]
            return self.r.choice(
                (f"{name} {d}, {y}", f"{d} {name} {y}", f"{d} {name[:3]}. {y}", f"{name[:3]} {d} {y}")
            )
        if style == "oracle":
            return f"{d:02d}-{MONTHS_EN[mo - 1][:3].upper()}-{y}"
        if style == "compact":
            return f"{y}{mo:02d}{d:02d}"
        if style == "slash_ymd":
            return f"{y}/{mo:02d}/{d:02d}"
        if style == "local":
            name = MONTHS_LOCAL[lang][mo - 1]
            if lang in ("es", "pt"):
                return f"{d} de {name} de {y}"
            return f"{d}. {name} {y}" if lang == "de" else f"{d} {name} {y}"
        if style == "cjk":
            return f"{y}年{mo}月{d}日" if c != "KR" else f"{y}년 {mo}월 {d}일"
        if style == "roman":
            return f"{d} {ROMAN[mo - 1]} {y}"
        if style == "pnr":
            return f"{d:02d}{MONTHS_EN[mo - 1][:3].upper()}{y % 100:02d}"
        raise ValueError(style)

    # -- network --------------------------------------------------------------------------------------
    def ipv4(self) -> str:
        while True:
            ip = ipaddress.IPv4Address(self.r.getrandbits(32))
            if ip.is_global and not ip.is_multicast:
                return str(ip)

    def ipv6(self) -> str:
        r = self.r
        words_ = [
            r.choice((0x2001, 0x2A02, 0x2A01, 0x2604, 0x2405, 0x2C0F)),
            r.getrandbits(16),
            r.getrandbits(16),
        ]
        words_ += [r.getrandbits(16) if r.random() < 0.5 else 0 for _ in range(5)]
        ip = ipaddress.IPv6Address(":".join(f"{w:x}" for w in words_))
        return ip.compressed if r.random() < 0.8 else ip.exploded


def _parse(text: str, region: str):
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _same(a, b) -> bool:
    return (a.country_code, a.national_number, a.extension or None) == (
        b.country_code,
        b.national_number,
        b.extension or None,
    )
