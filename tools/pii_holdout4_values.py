"""How the personal values of the fourth holdout PII set are drawn and written (tools/pii_holdout4_set.py
builds the documents around them).

Written without opening Charter's recognizers, their word lists or any results. Sources: given names,
surnames and postal addresses from Faker's locale providers (each document seeds its own Faker instance, so
the draw is reproducible); phone numbers from the `phonenumbers` library's per-region metadata (an example
number whose subscriber digits are redrawn until the library calls the result valid, then written in one of
the renderings below, each read back by the library as the very same number); cards, IBANs, BICs, SSNs,
driver's licences and record numbers composed here from their published layouts and check-digit rules.
The renderings (dialling prefixes, card and IBAN groupings, date-of-birth spellings, licence and record
layouts) were chosen to differ from the earlier sets'.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
import unicodedata
from dataclasses import dataclass
from functools import cache

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

DIGITS = string.digits
UPPER = string.ascii_uppercase


@dataclass(frozen=True)
class Locale:
    faker: str
    """Faker locale the people and addresses come from."""
    country: str
    """ISO 3166 alpha-2; phone numbers are read against it."""
    order: str = "given"
    """'given' (given name first), 'family' (family name first, spaced) or 'tight' (family first, unspaced)."""
    latin: bool = True


LOCALES: dict[str, Locale] = {
    "en-US": Locale("en_US", "US"), "en-GB": Locale("en_GB", "GB"), "en-AU": Locale("en_AU", "AU"),
    "en-CA": Locale("en_CA", "CA"), "en-IE": Locale("en_IE", "IE"), "en-NZ": Locale("en_NZ", "NZ"),
    "en-IN": Locale("en_IN", "IN"), "de-DE": Locale("de_DE", "DE"), "de-AT": Locale("de_AT", "AT"),
    "de-CH": Locale("de_CH", "CH"), "fr-FR": Locale("fr_FR", "FR"), "fr-CH": Locale("fr_CH", "CH"),
    "fr-CA": Locale("fr_CA", "CA"), "it-IT": Locale("it_IT", "IT"), "es-ES": Locale("es_ES", "ES"),
    "es-MX": Locale("es_MX", "MX"), "es-CO": Locale("es_CO", "CO"), "es-AR": Locale("es_AR", "AR"),
    "es-CL": Locale("es_CL", "CL"), "pt-PT": Locale("pt_PT", "PT"), "pt-BR": Locale("pt_BR", "BR"),
    "nl-NL": Locale("nl_NL", "NL"), "nl-BE": Locale("nl_BE", "BE"), "da-DK": Locale("da_DK", "DK"),
    "sv-SE": Locale("sv_SE", "SE"), "no-NO": Locale("no_NO", "NO"), "fi-FI": Locale("fi_FI", "FI"),
    "pl-PL": Locale("pl_PL", "PL"), "cs-CZ": Locale("cs_CZ", "CZ"), "sk-SK": Locale("sk_SK", "SK"),
    "hu-HU": Locale("hu_HU", "HU", "family"), "ro-RO": Locale("ro_RO", "RO"), "hr-HR": Locale("hr_HR", "HR"),
    "sl-SI": Locale("sl_SI", "SI"), "el-GR": Locale("el_GR", "GR", latin=False), "en-PH": Locale("en_PH", "PH"),
    "ru-RU": Locale("ru_RU", "RU", latin=False), "uk-UA": Locale("uk_UA", "UA", latin=False),
    "ja-JP": Locale("ja_JP", "JP", "family", False), "zh-CN": Locale("zh_CN", "CN", "tight", False),
    "zh-TW": Locale("zh_TW", "TW", "tight", False), "ko-KR": Locale("ko_KR", "KR", "tight", False),
    "he-IL": Locale("he_IL", "IL", latin=False), "bn-BD": Locale("bn_BD", "BD", latin=False),
    "ne-NP": Locale("ne_NP", "NP", latin=False),
    "th-TH": Locale("th_TH", "TH", latin=False), "vi-VN": Locale("vi_VN", "VN"), "id-ID": Locale("id_ID", "ID"),
    "az-AZ": Locale("az_AZ", "AZ"), "hy-AM": Locale("hy_AM", "AM", latin=False),
    "ka-GE": Locale("ka_GE", "GE", latin=False),
}  # fmt: skip
FOREIGN = (
    "US CA GB IE FR DE AT CH IT ES PT NL BE LU DK SE NO FI PL CZ SK HU RO BG HR SI GR TR IL AE SA QA EG MA "
    "ZA KE NG IN SG MY TH VN PH ID JP KR CN HK TW AU NZ MX BR AR CL CO PE"
).split()
# Military and post-office-box addresses: not street lines.
NOT_A_STREET = re.compile(r"\b(?:APO|FPO|DPO|PSC|USNS|USNV|USS|Unit \d+ Box|PO Box|P\.O\. Box|Private Bag)\b")


@cache
def _faker(locale: str):
    from faker import Faker

    return Faker(locale)


def ascii_fold(text: str) -> str:
    table = {"ß": "ss", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i", "ə": "a", "ğ": "g"}
    text = "".join(table.get(c, c) for c in text.lower())
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (1 if i % 2 else 2)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


# BBAN layouts from the SWIFT IBAN registry: n digits, a capitals, c alphanumerics.
BBAN = {
    "AD": "8n12c", "AT": "16n", "AZ": "4a20c", "BE": "12n", "BG": "4a6n8c", "BH": "4a14c", "CH": "5n12c",
    "CY": "8n16c", "CZ": "20n", "DE": "18n", "DK": "14n", "EE": "16n", "ES": "20n", "FI": "14n", "FR": "10n11c2n",
    "GB": "4a14n", "GE": "2a16n", "GR": "7n16c", "HR": "17n", "HU": "24n", "IE": "4a14n", "IL": "19n",
    "IS": "22n", "IT": "1a10n12c", "JO": "4a4n18c", "KW": "4a22c", "LI": "5n12c", "LT": "16n", "LU": "3n13c",
    "LV": "4a13c", "MC": "10n11c2n", "ME": "18n", "MT": "4a5n18c", "NL": "4a10n", "NO": "11n", "PL": "24n",
    "PT": "21n", "QA": "4a21c", "RO": "4a16c", "RS": "18n", "SA": "2n18c", "SE": "20n", "SI": "15n",
    "SK": "20n", "SM": "1a10n12c", "TR": "5n1n16c", "UA": "6n19c", "AE": "3n16n", "BR": "23n1a1c",
    "CR": "18n", "DO": "4c20n", "EG": "25n", "GI": "4a15c", "KZ": "3n13c", "MD": "20c", "MK": "3n10c2n",
    "MU": "4a19n3a", "PK": "4a16c", "TN": "20n",
}  # fmt: skip

MAIL_HOSTS = ("gmail.com", "yahoo.fr", "hotmail.de", "outlook.es", "live.nl", "aol.com", "me.com", "mail.com",
              "libero.it", "laposte.net", "freenet.de", "o2.pl", "centrum.cz", "abv.bg", "inbox.lv",
              "rambler.ru", "daum.net", "163.com", "ymail.com", "rocketmail.com", "btinternet.com",
              "xtra.co.nz", "rediffmail.com", "bol.com.br", "prodigy.net.mx", "tutanota.com", "gmx.at")  # fmt: skip
WORK_HOSTS = ("harrowgate-cap.com", "solberg-advokat.no", "st-brendans-hosp.ie", "kessler-wirtschaft.de",
              "nordkap-shipping.com", "pacific-crest-title.com", "lumen-dental.co.uk", "aldana-abogados.es",
              "tiber-assicura.it", "grijs-partners.nl", "quayside-hr.com.au", "oakridge-pbm.com",
              "fenwick-escrow.com", "marisol-clinic.mx", "brightpath-edu.org")  # fmt: skip

MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_LOCAL = {
    "SE": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "DK": "januar februar marts april maj juni juli august september oktober november december".split(),
    "NO": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "PL": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "RO": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "HR": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split(),
    "ID": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
}  # fmt: skip


def _parse(text: str, region: str):
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


class Values:
    """Personal values for one document of one locale, drawn from one `random.Random`."""

    def __init__(self, r: random.Random, locale: str) -> None:
        self.r, self.locale, self.loc = r, locale, LOCALES[locale]
        self.fk = _faker(self.loc.faker)
        self.fk.seed_instance(r.getrandbits(32))
        self.en = _faker("en_US")
        self.en.seed_instance(r.getrandbits(32))

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def m(self, mask: str) -> str:
        """# a digit, ^ a digit 1-9, @ a capital letter; anything else as written."""
        out = []
        for c in mask:
            out.append(self.pick(DIGITS) if c == "#" else self.pick("123456789") if c == "^"
                       else self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c)  # fmt: skip
        return "".join(out)

    # -- people ---------------------------------------------------------------------------------
    def person(self) -> tuple[str, str, str]:
        """(given, family, full name as the locale writes it)."""
        for _ in range(20):
            given, family = self.fk.first_name().strip(), self.fk.last_name().strip()
            if given and family and not re.search(r"[\d.]", given + family):
                break
        if self.loc.order == "tight":
            return given, family, family + given
        if self.loc.order == "family":
            return given, family, f"{family} {given}"
        return given, family, f"{given} {family}"

    def latin_person(self) -> tuple[str, str, str]:
        """A person whose name is written in Latin letters (forms that only take A-Z)."""
        if self.loc.latin and self.loc.order != "tight":
            return self.person()
        given, family = self.en.first_name(), self.en.last_name()
        return given, family, f"{given} {family}"

    def name(self) -> str:
        return self.person()[2]

    def handle(self, given: str, family: str) -> str:
        g = re.sub(r"[^a-z]", "", ascii_fold(given.split()[0])) if given else ""
        f = re.sub(r"[^a-z]", "", ascii_fold(family)) if family else ""
        if len(g) < 2 or len(f) < 2:
            g, f = ascii_fold(self.en.first_name()), ascii_fold(self.en.last_name())
        n = self.r.randint(2, 98)
        return self.r.choice((f"{g}{f}", f"{g}.{f}{n}", f"{f}{g[0]}", f"{g[0]}.{f}", f"{g}-{f[0]}",
                              f"{f}_{g}", f"{g}{n}", f"{g[:3]}{f[:4]}"))  # fmt: skip

    def email(self, given: str = "", family: str = "", work: bool = False) -> str:
        local = self.handle(given, family)
        host = self.pick(WORK_HOSTS if work else MAIL_HOSTS)
        if work and self.r.random() < 0.2:
            local = ".".join(p.capitalize() for p in re.split(r"[._-]", local) if p)
        return f"{local}@{host}"

    # -- places ---------------------------------------------------------------------------------
    def address(self, sep: str = ", ") -> str:
        """A full postal address as the locale writes it, its lines joined by `sep`."""
        for _ in range(30):
            text = self.fk.address()
            if re.search(r"\d", text) and not NOT_A_STREET.search(text):
                lines = [ln.strip(" ,") for ln in text.splitlines() if ln.strip(" ,")]
                return sep.join(lines)
        raise RuntimeError(f"no address with a number for {self.locale}")

    def street(self) -> str:
        """The first line of an address (the whole address where the locale writes it on one line)."""
        for _ in range(30):
            first = self.fk.address().splitlines()[0].strip(" ,")
            if (
                re.search(r"\d", first)
                and re.search(r"[^\W\d_]{2}", first)
                and not NOT_A_STREET.search(first)
            ):
                return first
        raise RuntimeError(f"no street line with a number for {self.locale}")

    def city(self) -> str:
        return self.fk.city().strip()

    # -- phones ---------------------------------------------------------------------------------
    def phone(self, region: str | None = None, intl: bool | None = None, ext: bool | None = None) -> str:
        """A valid number of `region` (the locale's by default), written in one of several renderings
        that `phonenumbers` reads back, in the locale's country, as the very same number."""
        region = region or self.loc.country
        home = region == self.loc.country
        intl = (not home or self.r.random() < 0.4) if intl is None else intl
        ext = self.r.random() < 0.1 if ext is None else ext
        kinds = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE)
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
                number.extension = str(self.r.randint(10, 9999))
                text += self.r.choice((" extn. ", " # ", ";ext=", " extension ", " ext: ")) + number.extension
            back = _parse(text, self.loc.country)
            if (
                back is not None
                and (back.country_code, back.national_number, back.extension or None)
                == (number.country_code, number.national_number, number.extension or None)
                and phonenumbers.is_valid_number(back)
            ):
                return text
        raise RuntimeError(f"no valid phone number for {region}")

    def _render(self, number, region: str, intl: bool) -> str:
        r = self.r
        cc, nsn = str(number.country_code), phonenumbers.national_significant_number(number)
        if intl:
            base = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
            style = r.randrange(6)
            if style == 0:
                return f"+{cc} {nsn}"
            if style == 1:
                return f"(+{cc}) {base.split(' ', 1)[1]}" if " " in base else base
            if style == 2 and self.loc.country in ("US", "CA") and region not in ("US", "CA"):
                return f"011 {cc} {base.split(' ', 1)[1]}" if " " in base else base
            if style == 3 and self.loc.country not in ("US", "CA"):
                return f"00{cc} {nsn}"
            if style == 4:
                groups = base.split(" ")
                return groups[0] + " (" + groups[1] + ") " + " ".join(groups[2:]) if len(groups) > 2 else base
            return base
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        style = r.randrange(5)
        if style == 0 and region in ("US", "CA"):
            return national.replace(") ", ")")
        if style == 1 and region in ("DE", "AT", "CH") and " " in national:
            head, tail = national.split(" ", 1)
            return head + "/" + tail.replace(" ", "")
        if style == 2 and " " in national and not national.startswith("("):
            head, tail = national.split(" ", 1)
            return f"({head}) {tail}"
        if style == 3:
            return re.sub(r"[-.]", " ", national)
        return national

    # -- money ----------------------------------------------------------------------------------
    def card(self) -> tuple[str, str]:
        """(brand, number as written): a valid Luhn digit, 12-19 digits."""
        r = self.r
        brand, prefix, length = r.choice((
            ("Visa", "4", 16), ("Visa", "4", 16), ("Visa", "4", 13), ("Visa", "4", 19),
            ("Mastercard", str(r.randint(51, 55)), 16), ("Mastercard", str(r.randint(2221, 2720)), 16),
            ("Amex", r.choice(("34", "37")), 15), ("Diners", r.choice(("36", "3095", "301")), 14),
            ("Discover", r.choice(("6011", "644", "649")), 16), ("Discover", "6011", 19),
            ("JCB", str(r.randint(3528, 3589)), 16), ("JCB", str(r.randint(3528, 3589)), 17),
            ("UnionPay", "62" + str(r.randint(10, 88)), 17), ("UnionPay", "81" + str(r.randint(10, 71)), 18),
            ("Maestro", r.choice(("5038", "6763", "5893")), 13), ("Maestro", "6304", 12),
            ("Maestro", "6759", 15), ("Mir", "2201", 16), ("Verve", "6500", 18), ("Troy", "9792", 16),
            ("InstaPayment", str(r.randint(637, 639)), 16), ("Carte Bancaire", "4970", 16),
            ("Cabal", "6042", 16), ("Naranja", "5895", 16), ("UATP", "1", 15),
        ))  # fmt: skip
        body = prefix + "".join(self.pick(DIGITS) for _ in range(length - len(prefix) - 1))
        digits = body + luhn_digit(body)
        style = r.randrange(5)
        if length == 15 and brand == "Amex" and style < 3:
            sizes = (4, 6, 5)
        elif length == 14 and style < 2:
            sizes = (4, 6, 4)
        elif style == 3 and length % 2 == 0:
            sizes = (length // 2, length // 2)
        else:
            sizes = tuple([4] * (length // 4) + ([length % 4] if length % 4 else []))
        parts, at = [], 0
        for s in sizes:
            parts.append(digits[at : at + s])
            at += s
        sep = r.choice((" ", " ", "-", "", " - ", "\u2009", "  ", " "))
        return brand, sep.join(parts)

    def iban(self, country: str | None = None) -> str:
        r = self.r
        country = country or (self.loc.country if self.loc.country in BBAN and r.random() < 0.6
                              else r.choice(sorted(BBAN)))  # fmt: skip
        bban = []
        for count, kind in re.findall(r"(\d+)([nac])", BBAN[country]):
            pool = DIGITS if kind == "n" else UPPER if kind == "a" else DIGITS + UPPER
            bban.extend(self.pick(pool) for _ in range(int(count)))
        body = "".join(bban)
        moved = body + country + "00"
        check = f"{98 - int(''.join(str(int(c, 36)) for c in moved)) % 97:02d}"
        compact = country + check + body
        style = r.randrange(6)
        if style in (0, 1):
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        if style == 2:
            return compact
        if style == 3:
            return f"{compact[:4]} {compact[4:]}"
        if style == 4:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)).lower()
        return "  ".join(compact[i : i + 4] for i in range(0, len(compact), 4))

    def bic(self, country: str | None = None, spaced: bool | None = None) -> str:
        r = self.r
        country = country or (self.loc.country if r.random() < 0.65 else r.choice(FOREIGN))
        bank = "".join(self.pick("ABCDEFGHIJKLMNOPRSTUVWZ") for _ in range(4))
        where = self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + self.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        branch = r.choice(("", "", "", "XXX", self.m("###"), "".join(self.pick(UPPER) for _ in range(3))))
        spaced = r.random() < 0.2 if spaced is None else spaced
        if spaced:
            return " ".join(p for p in (bank, country, where, branch) if p)
        return bank + country + where + branch

    # -- national identifiers ------------------------------------------------------------------------
    def ssn(self) -> str:
        r = self.r
        area = r.choice((r.randint(1, 665), r.randint(667, 899)))
        group, serial = r.randint(1, 99), r.randint(1, 9999)
        sep = r.choice(("-", "-", " ", "", "-"))
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def licence(self) -> tuple[str, str]:
        """(issuing authority, number) in a layout that authority uses."""
        r, m = self.r, self.m
        c = self.loc.country
        if c == "US":
            return r.choice((
                ("Georgia", m("0########")), ("New Jersey", m("@#### ##### #####")),
                ("Wisconsin", m("@###-####-####-##")), ("Maryland", m("@-###-###-###-###")),
                ("Minnesota", m("@############")), ("Massachusetts", m("S########")),
                ("North Carolina", m("000#########")), ("Nevada", m("##########")), ("Hawaii", m("H########")),
                ("Oregon", m("#######")), ("Kentucky", m("@##-###-###")), ("New Hampshire", m("##@@@#####")),
                ("Missouri", m("@#########")), ("Iowa", m("###@@####")), ("Utah", m("##########")),
            ))  # fmt: skip
        if c == "CA":
            return r.choice((("Quebec", m("@####-######-##")), ("British Columbia", m("#######")),
                             ("Alberta", m("######-###"))))  # fmt: skip
        if c == "AU":
            return r.choice((("WA", m("#######")), ("SA", m("@#####")), ("TAS", m("@######")),
                             ("NT", m("######"))))  # fmt: skip
        if c == "NZ":
            return "NZTA", m("@@######")
        if c == "IE":
            return "NDLS", m("##-######")
        if c == "IN":
            return "RTO", m("@@-##-####-#######")
        if c in ("SE", "NO", "DK", "FI"):
            return {"SE": "Transportstyrelsen", "NO": "Statens vegvesen", "DK": "Færdselsstyrelsen",
                    "FI": "Traficom"}[c], m("########")  # fmt: skip
        if c in ("BR",):
            return "CNH", m("0##########")
        if c == "MX":
            return "SEMOVI", m("@##########")
        if c == "GB":
            return "DVLA", m("@@@@@######@@#@@")
        if c == "FR":
            return "ANTS", m("##@@#####") + m("###")
        if c == "IT":
            return "Motorizzazione", m("U1") + m("@#####") + m("@")
        return c, r.choice((m("#########"), m("@#######"), m("##@######"), m("@@ ######"), m("###-###-###")))

    def mrn(self) -> str:
        m = self.m
        return self.pick((
            m("E#########"), m("00#####"), m("##-#####-#"), m("@-###-###-###"), m("MR ### ####"),
            m("20##-#######"), m("H########"), m("#########"), m("RX######"), m("###.###.###"),
            m("A###########"), m("M####-####"),
        ))  # fmt: skip

    # -- dates of birth -------------------------------------------------------------------------------
    def dob(self, style: str | None = None) -> str:
        r = self.r
        y, mo, d = r.randint(1931, 2006), r.randint(1, 12), r.randint(1, 28)
        c = self.loc.country
        styles = ["ordinal", "dmy4", "ymd_dot", "mon_dash", "compact", "spaced", "dmy_dash", "iso"]
        if c in MONTHS_LOCAL:
            styles += ["local", "local"]
        if c == "US":
            styles = ["us", "us", "us_ordinal", "mon_dash", "iso", "spaced_us", "us2"]
        style = style or r.choice(styles)
        name = MONTHS_EN[mo - 1]
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        if style == "ordinal":
            return r.choice((f"{d}{suffix} {name} {y}", f"{d}{suffix} of {name} {y}"))
        if style == "us_ordinal":
            return f"{name} {d}{suffix}, {y}"
        if style == "us":
            return f"{mo}/{d}/{y}"
        if style == "us2":
            return f"{mo:02d}-{d:02d}-{y}"
        if style == "dmy4":
            return f"{d:02d}/{mo:02d}/{y}"
        if style == "dmy_dash":
            return f"{d}-{name[:3]}-{y % 100:02d}"
        if style == "ymd_dot":
            return f"{y}.{mo:02d}.{d:02d}"
        if style == "mon_dash":
            return f"{name[:3]}-{d:02d}-{y}"
        if style == "compact":
            return f"{d:02d}{name[:3].upper()}{y}"
        if style == "spaced":
            return f"{d:02d} / {mo:02d} / {y}"
        if style == "spaced_us":
            return f"{mo:02d} / {d:02d} / {y}"
        if style == "iso":
            return f"{y}-{mo:02d}-{d:02d}"
        if style == "local":
            word = MONTHS_LOCAL[c][mo - 1]
            return f"{d}. {word} {y}" if c in ("DK", "NO", "HR") else f"{d} {word} {y}"
        raise ValueError(style)

    # -- network --------------------------------------------------------------------------------------
    def ipv4(self) -> str:
        while True:
            ip = ipaddress.IPv4Address(self.r.getrandbits(32))
            if ip.is_global and not ip.is_multicast:
                return str(ip)

    def ipv6(self) -> str:
        r = self.r
        head = [r.choice((0x2001, 0x2A00, 0x2A03, 0x2600, 0x2406, 0x2800, 0x2C0F)), r.getrandbits(16)]
        rest = [r.getrandbits(16) if r.random() < 0.6 else 0 for _ in range(6)]
        ip = ipaddress.IPv6Address(":".join(f"{w:x}" for w in head + rest))
        return ip.compressed
