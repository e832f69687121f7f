"""Personal values of the sixth holdout PII set (tools/pii_holdout6_set.py), composed from public sources.

Names: mimesis person providers of the locales below, and hand-written lists of real given names and
surnames (South and South-East Asia, West and East Africa, romanised Japanese, Korean, Chinese, Greek,
Russian and Ukrainian), changed by particles (van der, de la, dos, von, di), hyphenated double surnames and
initials. No name is drawn from Faker. Street lines: mimesis street names, numbers, postcodes and cities in
each country's address order, or hand-written street lists. Phones: the `phonenumbers` library's example
numbers with their subscriber digits redrawn until the library calls them valid. Cards, IBANs, BICs, SSNs,
driver's licences and record numbers: composed from their published layouts and check digits.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

import phonenumbers
from mimesis import Address, Locale, Person


@dataclass(frozen=True)
class Loc:
    country: str
    mimesis: str | None  # None: names and streets from the hand-written lists
    words: str  # "en", "de", "fr", ... the language the document's labels are written in


LOCALES: dict[str, Loc] = {
    "cs-CZ": Loc("CZ", "cs", "en"), "da-DK": Loc("DK", "da", "en"), "de-DE": Loc("DE", "de", "de"),
    "de-AT": Loc("AT", "de-at", "de"), "de-CH": Loc("CH", "de-ch", "de"), "el-GR": Loc("GR", "el", "en"),
    "en-AU": Loc("AU", "en-au", "en"), "en-CA": Loc("CA", "en-ca", "en"), "en-GB": Loc("GB", "en-gb", "en"),
    "en-US": Loc("US", "en", "en"), "es-ES": Loc("ES", "es", "es"), "es-MX": Loc("MX", "es-mx", "es"),
    "fi-FI": Loc("FI", "fi", "en"), "fr-FR": Loc("FR", "fr", "fr"), "hu-HU": Loc("HU", "hu", "en"),
    "it-IT": Loc("IT", "it", "en"), "ja-JP": Loc("JP", "ja", "en"), "kk-KZ": Loc("KZ", "kk", "en"),
    "ko-KR": Loc("KR", "ko", "en"), "nl-NL": Loc("NL", "nl", "en"), "nl-BE": Loc("BE", "nl-be", "fr"),
    "no-NO": Loc("NO", "no", "en"), "pl-PL": Loc("PL", "pl", "en"), "pt-PT": Loc("PT", "pt", "es"),
    "pt-BR": Loc("BR", "pt-br", "es"), "ru-RU": Loc("RU", "ru", "en"), "sk-SK": Loc("SK", "sk", "en"),
    "sv-SE": Loc("SE", "sv", "en"), "uk-UA": Loc("UA", "uk", "en"), "zh-CN": Loc("CN", "zh", "en"),
    "en-IN": Loc("IN", None, "en"), "vi-VN": Loc("VN", None, "en"), "fil-PH": Loc("PH", None, "en"),
    "en-NG": Loc("NG", None, "en"), "sw-KE": Loc("KE", None, "en"), "ms-MY": Loc("MY", None, "en"),
    "id-ID": Loc("ID", None, "en"), "en-SG": Loc("SG", None, "en"),
}  # fmt: skip

# Real given names and surnames, romanised as their bearers write them in Latin script.
OWN_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "IN": (("Aarav", "Priyanka", "Venkatesh", "Lakshmi", "Harpreet", "Siddharth", "Ananya", "Gurpreet",
            "Meenakshi", "Rohan", "Deepika", "Arjun"),
           ("Raghunathan", "Chatterjee", "Iyer", "Deshpande", "Sandhu", "Bhattacharya", "Menon", "Kulkarni",
            "Reddy", "Nair", "Srinivasan", "Gill")),
    "VN": (("Thảo", "Minh", "Quang", "Hương", "Tuấn", "Lan", "Đức", "Ngọc"),
           ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi")),
    "PH": (("Maricel", "Jomar", "Rizalyn", "Danilo", "Kristine", "Ramon", "Leonora", "Jericho"),
           ("Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Santos", "Dimaculangan", "Ocampo", "Sison")),
    "NG": (("Chukwuemeka", "Ngozi", "Oluwaseun", "Adaeze", "Babatunde", "Folake", "Ikechukwu", "Yetunde"),
           ("Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwosu", "Ogunleye", "Abubakar", "Okafor")),
    "KE": (("Wanjiru", "Otieno", "Akinyi", "Kipchoge", "Njeri", "Mwangi", "Chebet", "Odhiambo"),
           ("Kamau", "Ochieng", "Wambui", "Kiprono", "Mutua", "Achieng", "Njoroge", "Kariuki")),
    "MY": (("Nurul", "Siti", "Farid", "Mei Ling", "Kavitha", "Azlan", "Wei Jie", "Hafizah"),
           ("Abdullah", "Tan", "Lim", "Ramasamy", "Ismail", "Wong", "Rahman", "Chong")),
    "ID": (("Dewi", "Agus", "Rizky", "Putri", "Bambang", "Ayu", "Hendra", "Sri"),
           ("Setiawan", "Wijaya", "Kusuma", "Pratama", "Siregar", "Nasution", "Hartono", "Susanto")),
    "SG": (("Jun Hao", "Xin Yi", "Muthu", "Zhi Wei", "Farah", "Ravi", "Hui Min", "Daniel"),
           ("Teo", "Goh", "Chua", "Subramaniam", "Ong", "Koh", "Yeo", "Pillai")),
}  # fmt: skip
# Romanised names of other scripts, mixed into any locale (people move).
ROMANISED = (
    (("Haruto", "Yui", "Sota", "Aoi", "Minji", "Jiwoo", "Seo-yeon", "Xiaoming", "Jingyi", "Dimitrios",
      "Eleni", "Konstantinos", "Anastasia", "Yevgeniy", "Oksana", "Dmytro", "Tatiana", "Yulia"),
     ("Takahashi", "Watanabe", "Kobayashi", "Park", "Choi", "Jeong", "Zhang", "Xu", "Papadopoulos",
      "Georgiou", "Kazantzidis", "Shevchenko", "Kovalenko", "Vorobyov", "Tkachenko", "Ivanova")),
)  # fmt: skip
PARTICLES = {
    "NL": ("van der", "de", "van den", "ter"), "BE": ("Van de", "De", "Vanden"), "DE": ("von", "zu"),
    "AT": ("von",), "PT": ("dos", "da"), "BR": ("dos", "da", "de"), "ES": ("de la", "del"),
    "MX": ("de la", "del"), "FR": ("de", "du", "Le"), "IT": ("di", "De", "Lo"),
}  # fmt: skip
OWN_STREETS: dict[str, tuple[tuple[str, ...], str]] = {
    # street names, layout: {n} number, {s} street, {p} postcode, {c} city
    "IN": (("MG Road", "Linking Road", "Park Street", "Anna Salai", "Residency Road"), "{n}, {s}, {c} {p}"),
    "VN": (("Đường Lê Lợi", "Phố Huế", "Đường Nguyễn Trãi", "Đường Hai Bà Trưng"), "Số {n} {s}, {c}"),
    "PH": (("Ayala Avenue", "Rizal Street", "Katipunan Avenue", "Mabini Street"), "{n} {s}, {c} {p}"),
    "NG": (("Adeola Odeku Street", "Awolowo Road", "Ahmadu Bello Way", "Herbert Macaulay Way"), "{n} {s}, {c}"),
    "KE": (("Moi Avenue", "Kenyatta Avenue", "Ngong Road", "Kimathi Street"), "{n} {s}, {c} {p}"),
    "MY": (("Jalan Ampang", "Jalan Tun Razak", "Jalan Sultan Ismail", "Lorong Maarof"), "{n}, {s}, {p} {c}"),
    "ID": (("Jalan Sudirman", "Jalan Thamrin", "Jalan Gatot Subroto", "Jalan Diponegoro"), "{s} No. {n}, {c} {p}"),
    "SG": (("Orchard Road", "Tampines Street 81", "Jurong West Avenue 1", "Bukit Timah Road"), "Blk {n} {s}, Singapore {p}"),
}  # fmt: skip
OWN_CITIES = {
    "IN": ("Pune", "Chennai", "Kochi", "Jaipur"), "VN": ("Hà Nội", "Đà Nẵng", "Huế"),
    "PH": ("Makati", "Quezon City", "Cebu City"), "NG": ("Lagos", "Ibadan", "Enugu"),
    "KE": ("Nairobi", "Mombasa", "Kisumu"), "MY": ("Kuala Lumpur", "Petaling Jaya", "Ipoh"),
    "ID": ("Jakarta Pusat", "Bandung", "Medan"), "SG": ("",),
}  # fmt: skip
ENGLISH_ORDER = {"GB", "AU", "CA", "US"}
US_STATES = ("CA", "NY", "TX", "IL", "FL", "WA", "OH", "GA", "NJ", "PA")

# IBAN: length and the count of letters that open the BBAN (bank code), from the SWIFT IBAN registry.
IBAN = {
    "AD": (24, 0), "AT": (20, 0), "BE": (16, 0), "BG": (22, 4), "CH": (21, 0), "CY": (28, 0), "CZ": (24, 0),
    "DE": (22, 0), "DK": (18, 0), "ES": (24, 0), "FI": (18, 0), "FR": (27, 0), "GB": (22, 4), "GI": (23, 4),
    "GR": (27, 0), "HU": (28, 0), "IE": (22, 4), "IT": (27, 1), "KZ": (20, 0), "LU": (20, 0), "MC": (27, 0),
    "MU": (30, 4), "NL": (18, 4), "NO": (15, 0), "PL": (28, 0), "PT": (25, 0), "QA": (29, 4), "RO": (24, 4),
    "SE": (24, 0), "SK": (24, 0), "SM": (27, 1), "UA": (29, 0), "BR": (29, 0), "CR": (22, 0), "DO": (28, 4),
    "GT": (28, 0), "KW": (30, 4), "MR": (27, 0), "PK": (24, 4), "SV": (28, 4), "TN": (24, 0), "VA": (22, 0),
    "BH": (22, 4), "LC": (32, 4), "ST": (25, 0),
}  # fmt: skip
# Card brands: (prefixes, lengths).
BRANDS = (
    (("4",), (13, 16, 19)), (("51", "53", "55", "2221", "2720"), (16,)), (("34", "37"), (15,)),
    (("36", "38"), (14,)), (("6011", "644", "65"), (16, 19)), (("3528", "3566", "3589"), (16, 17, 18, 19)),
    (("62",), (16, 17, 18, 19)), (("5018", "5038", "6759", "6304"), (12, 13, 15, 18, 19)),
    (("2200", "2204"), (16,)), (("9792",), (16,)), (("506099", "650002"), (16, 18, 19)), (("8600",), (16,)),
)  # fmt: skip


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


class Values:
    """Personal values for one document of one locale, all drawn from `rng`."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.r, self.loc = rng, LOCALES[locale]
        seed = rng.getrandbits(32)
        code = self.loc.mimesis
        self._person = Person(Locale(code), seed=seed) if code else None
        self._address = Address(Locale(code), seed=seed) if code else None

    # --------------------------------------------------------------------------------------------- people
    def given_family(self) -> tuple[str, str]:
        r, c = self.r, self.loc.country
        if r.random() < 0.15:
            given, family = ROMANISED[0]
            return r.choice(given), r.choice(family)
        if self._person is None:
            given, family = OWN_NAMES[c]
            return r.choice(given), r.choice(family)
        sex = r.choice(("female", "male"))
        from mimesis.enums import Gender

        g = Gender.FEMALE if sex == "female" else Gender.MALE
        return self._person.first_name(g), self._person.last_name(g)

    def name(self) -> tuple[str, str, str]:
        """(given, family, name as written) with particles, double surnames and initials now and then."""
        r, c = self.r, self.loc.country
        given, family = self.given_family()
        if c in PARTICLES and r.random() < 0.3:
            family = f"{r.choice(PARTICLES[c])} {family}"
        elif r.random() < 0.15 and family.isalpha():
            family = f"{family}-{self.given_family()[1]}"
        roll = r.random()
        if c in ("CN", "JP", "KR", "HU", "VN") and not given.isascii():
            written = f"{family}{given}" if c in ("CN", "JP") else f"{family} {given}"
        elif roll < 0.12:
            written = f"{given[0]}. {family}"
        elif roll < 0.2:
            middle = self.given_family()[0]
            written = f"{given} {middle[0]}. {family}"
        else:
            written = f"{given} {family}"
        return given, family, written

    # ------------------------------------------------------------------------------------------- streets
    def street(self) -> str:
        r, c = self.r, self.loc.country
        n = str(r.randint(1, 240))
        if self._address is None:
            streets, layout = OWN_STREETS[c]
            p = str(r.randint(10000, 999999))
            return layout.format(n=n, s=r.choice(streets), p=p, c=r.choice(OWN_CITIES[c])).strip(", ")
        a = self._address
        name, post, city = a.street_name(), a.postal_code(), a.city()
        if c in ENGLISH_ORDER:
            line = f"{n} {name} {a.street_suffix()}"
            if c == "US":
                return f"{line}, {city}, {r.choice(US_STATES)} {post}"
            if c == "GB":
                return f"{line}\n{city}\n{post}" if r.random() < 0.3 else f"{line}, {city} {post}"
            return f"{line}, {city} {post}"
        if c in ("JP", "CN", "KR"):
            return f"{post} {city}{name}{n}"
        if c in ("FR",):
            return f"{n} {name}, {post} {city}"
        return f"{name} {n}, {post} {city}"

    # -------------------------------------------------------------------------------------------- phones
    def phone(self, foreign: bool = False) -> str:
        """A valid number of the locale's country (or another), rendered in a way people write it."""
        r = self.r
        region = r.choice(("DE", "FR", "JP", "BR", "IN", "ZA", "AR", "TH", "CO", "EG", "NZ", "IL", "CL",
                           "PE", "MA", "GH", "TW", "HK", "BD", "LK")) if foreign else self.loc.country  # fmt: skip
        kind = r.choice((phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE))
        ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        nsn = str(ex.national_number)
        for _ in range(200):
            digits = nsn[: max(2, len(nsn) - 5)] + "".join(
                r.choice(string.digits) for _ in nsn[max(2, len(nsn) - 5) :]
            )
            num = phonenumbers.parse(f"+{ex.country_code}{digits}")
            if phonenumbers.is_valid_number(num):
                break
        else:
            num = ex
        intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        roll = r.random()
        if foreign or roll < 0.35:
            cc = str(num.country_code)
            rest = intl[len(cc) + 2 :]
            style = r.randrange(3)
            if style == 0:
                text = f"+{cc} {num.national_number}"
            elif style == 1:
                text = f"+{cc} {rest.replace(' ', '.').replace('-', '.')}"
            else:
                text = intl
        elif roll < 0.55 and " " in nat and nat[0] == "0":
            head, _, tail = nat.partition(" ")
            text = f"{head}/{tail.replace(' ', '')}"
        elif roll < 0.7:
            text = nat.replace(" ", ".").replace("-", ".") if not any(ch in nat for ch in "()") else nat
        else:
            text = nat
        if r.random() < 0.08:
            text += f" x{r.randint(10, 9999)}"
        check = phonenumbers.parse(text, self.loc.country)
        return text if phonenumbers.is_valid_number(check) else intl

    # --------------------------------------------------------------------------------------- identifiers
    def email(self, given: str, family: str) -> str:
        r = self.r
        import unicodedata

        def ascii_(s: str) -> str:
            s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
            return "".join(ch for ch in s if ch.isalnum())

        g, f = ascii_(given) or "info", ascii_(family) or f"u{r.randint(100, 999)}"
        local = r.choice(
            (f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g[0]}", f"{g}_{f}{r.randint(1, 99)}", f"{f}{g[:2]}")
        )
        host = r.choice(("posteo.de", "proton.me", "outlook.com", "gmx.net", "zoho.eu", "yandex.ru", "naver.com",
                         "web.de", "seznam.cz", "wp.pl", "libero.it", "orange.fr", "kolumbus.fi", "telia.se",
                         "bigpond.com", "rediffmail.com", "yahoo.co.jp", "163.com", "mail.ee"))  # fmt: skip
        return f"{local}@{host}"

    def card(self) -> str:
        r = self.r
        prefixes, lengths = r.choice(BRANDS)
        n = r.choice(lengths)
        body = r.choice(prefixes)
        body += "".join(r.choice(string.digits) for _ in range(n - 1 - len(body)))
        digits = body + luhn_digit(body)
        sep = r.choice(("", " ", ".", "-", "  "))
        if not sep:
            return digits
        size = r.choice((4, 4, 5, 3)) if n != 15 else 0
        if n == 15 or (n == 14 and r.random() < 0.5):
            groups = [digits[:4], digits[4:10], digits[10:]]
        else:
            groups = [digits[i : i + size] for i in range(0, n, size)]
        return sep.join(groups)

    def iban(self) -> str:
        r = self.r
        c = self.loc.country if self.loc.country in IBAN and r.random() < 0.5 else r.choice(sorted(IBAN))
        length, letters = IBAN[c]
        bban = "".join(r.choice(string.ascii_uppercase) for _ in range(letters))
        bban += "".join(r.choice(string.digits) for _ in range(length - 4 - letters))
        check = 98 - _mod97(bban + c + "00")
        compact = f"{c}{check:02d}{bban}"
        style = r.randrange(4)
        if style == 0:
            return compact
        if style == 1:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        if style == 2:
            return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return f"{compact[:4]} {compact[4:]}"

    def bic(self) -> str:
        r = self.r
        c = r.choice(
            (
                "DE",
                "FR",
                "NL",
                "CH",
                "GB",
                "IT",
                "ES",
                "PL",
                "SE",
                "JP",
                "SG",
                "IN",
                "BR",
                "KZ",
                "HU",
                self.loc.country,
            )
        )
        bank = "".join(r.choice(string.ascii_uppercase) for _ in range(4))
        loc = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        branch = r.choice(
            ("", "", "XXX", "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(3)))
        )
        return f"{bank}{c}{loc}{branch}"

    def ssn(self) -> str:
        r = self.r
        area = r.choice([a for a in range(1, 900) if a != 666])
        text = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        return text if r.random() < 0.8 else text.replace("-", "")

    def licence(self) -> tuple[str, str]:
        """(issuer, number) in the issuer's layout."""
        r = self.r
        d = lambda k: "".join(r.choice(string.digits) for _ in range(k))  # noqa: E731
        u = lambda k: "".join(r.choice(string.ascii_uppercase) for _ in range(k))  # noqa: E731
        c = self.loc.country
        if c == "US":
            st = r.choice(("CA", "FL", "IL", "NY", "WA", "TX"))
            num = {"CA": lambda: u(1) + d(7), "FL": lambda: f"{u(1)}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}",
                   "IL": lambda: f"{u(1)}{d(3)}-{d(4)}-{d(4)}", "NY": lambda: f"{d(3)} {d(3)} {d(3)}",
                   "WA": lambda: f"WDL{u(2)}{d(3)}{u(1)}{d(3)}",
                   "TX": lambda: d(8)}[st]()  # fmt: skip
            return st, num
        table = {
            "GB": lambda: u(5) + d(6) + u(2) + d(1) + u(2),
            "DE": lambda: u(1) + d(3) + u(3) + d(1) + u(1) + d(2),
            "FR": lambda: d(12),
            "IT": lambda: f"{u(2)}{d(7)}{u(1)}",
            "ES": lambda: d(8) + u(1),
            "NL": lambda: d(10),
            "AU": lambda: d(9),
            "CA": lambda: f"{u(1)}{d(4)}-{d(5)}-{d(5)}",
            "IN": lambda: f"{u(2)}{d(2)} {d(11)}",
            "PL": lambda: f"{d(5)}/{d(2)}/{d(4)}",
            "JP": lambda: d(12),
            "BR": lambda: d(11),
            "SE": lambda: f"{d(6)}-{d(4)}",
        }
        if c in table:
            return c, table[c]()
        return c, r.choice((lambda: u(2) + d(6), lambda: f"{d(3)} {d(3)} {d(3)}", lambda: f"{u(1)}{d(7)}"))()

    def mrn(self) -> str:
        r = self.r
        d = lambda k: "".join(r.choice(string.digits) for _ in range(k))  # noqa: E731
        return r.choice((
            lambda: d(8), lambda: f"{d(2)}-{d(2)}-{d(2)}-{d(2)}", lambda: f"H{d(7)}", lambda: f"{d(3)}.{d(3)}.{d(3)}",
            lambda: f"MR{d(6)}", lambda: f"{d(4)}-{d(4)}", lambda: f"E{d(3)}{d(4)}K", lambda: f"{d(6)}/{d(2)}",
        ))()  # fmt: skip

    def dob(self) -> str:
        r = self.r
        y, m, day = r.randint(1934, 2006), r.randint(1, 12), r.randint(1, 28)
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
        full = (
            "January February March April May June July August September October November December"
        ).split()[m - 1]
        suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        c = self.loc.country
        if c == "US":
            forms = (
                f"{m:02d}/{day:02d}/{y}",
                f"{full} {day}{suffix}, {y}",
                f"{mon.upper()}-{day:02d}-{y}",
                f"{y}-{m:02d}-{day:02d}",
            )
        elif c in ("JP", "CN"):
            forms = (f"{y}年{m}月{day}日", f"{y}/{m:02d}/{day:02d}", f"{y}-{m:02d}-{day:02d}")
        elif c == "HU":
            forms = (f"{y}. {m:02d}. {day:02d}.", f"{y}.{m:02d}.{day:02d}")
        else:
            forms = (f"{day} {mon}. {y}", f"{day}{suffix} {full} {y}", f"{day:02d}.{m:02d}.{y}",
                     f"{y}-{mon}-{day:02d}", f"{day}-{m}-{y}", f"{day:02d} {mon} {y}")  # fmt: skip
        return r.choice(forms)

    def ip(self) -> str:
        r = self.r
        if r.random() < 0.3:
            groups = [r.choice(("2a02", "2001", "2c0f", "2400", "2806")), f"{r.randint(1, 0xFFFF):x}"]
            groups += [f"{r.randint(0, 0xFFFF):x}" for _ in range(r.choice((1, 6)))]
            return ":".join(groups[:2]) + "::" + ":".join(groups[2:]) if len(groups) < 8 else ":".join(groups)
        first = r.choice((31, 46, 62, 77, 81, 89, 95, 103, 121, 145, 178, 185, 188, 193, 203, 212))
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
