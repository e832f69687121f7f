"""Values the fifth holdout PII set plants that a scrubber must leave alone: amounts in many currencies and
notations, dates that are not birth dates, invoice, purchase-order and case references, parcel tracking and
container numbers, SEPA creditor identifiers and LEIs (a company's, not a person's), securities identifiers
(ISIN, CUSIP, tickers), clinical codes (ICD-10, LOINC, ATC), citations and dockets, versions, measurements,
HS tariff codes, UN/LOCODEs, IMO ship numbers, flight numbers, companies, cities and product codes. Each
function takes a `random.Random` and returns (type, value); values with a check digit carry a valid one, so
they look as real as the personal values."""

from __future__ import annotations

import random
import string
from datetime import date

from tools.pii_holdout5_values import luhn_digit, mod97_check

U, D = string.ascii_uppercase, string.digits
MONTHS = "January February March April May June July August September October November December".split()


def _m(r: random.Random, mask: str) -> str:
    table = {"#": D, "^": D[1:], "@": U, "%": U + D}
    return "".join(r.choice(table[c]) if c in table else c for c in mask)


# How each country writes money: (currency sign or code, before the number?, thousands, decimal).
CURRENCIES = {
    "LV": ("€", False, "\u00a0", ","), "LT": ("€", False, "\u00a0", ","), "EE": ("€", False, "\u00a0", ","),
    "BG": ("лв.", False, "\u00a0", ","), "MK": ("ден.", False, ".", ","), "TR": ("₺", True, ".", ","),
    "IR": ("ریال", False, ",", "."), "SA": ("SAR", False, ",", "."), "PS": ("ILS", True, ",", "."),
    "DZ": ("DA", False, "\u00a0", ","), "LI": ("CHF", True, "’", "."), "LU": ("€", False, ".", ","),
    "BE": ("€", True, ".", ","), "IS": ("kr.", False, ".", ","), "KE": ("KES", True, ",", "."),
    "NG": ("₦", True, ",", "."), "PK": ("Rs.", True, ",", "."), "TH": ("THB", True, ",", "."),
    "ES": ("€", False, ".", ","), "IE": ("€", True, ",", "."), "UZ": ("so'm", False, "\u00a0", ","),
    "ZA": ("R", True, "\u00a0", ","), "GH": ("GH₵", True, ",", "."), "RU": ("₽", False, "\u00a0", ","),
    "UA": ("грн", False, "\u00a0", ","), "GR": ("€", False, ".", ","), "CN": ("CNY", True, ",", "."),
    "JP": ("¥", True, ",", ""), "US": ("$", True, ",", "."),
}  # fmt: skip


def amount(r: random.Random, country: str = "", top: int = 480000) -> tuple[str, str]:
    """An amount up to `top` as `country` writes it (most of the time), else in a foreign notation."""
    whole, cents = r.randint(2, top), r.randint(0, 99)
    if country in CURRENCIES and r.random() < 0.75:
        sign, before, thousands, decimal = CURRENCIES[country]
        number = f"{whole:,}".replace(",", thousands) + (f"{decimal}{cents:02d}" if decimal else "")
        if before:
            return "AMOUNT", f"{sign}{number}" if len(sign) == 1 or sign.endswith("₵") else f"{sign} {number}"
        return "AMOUNT", f"{number} {sign}"
    spaced = f"{whole:,}".replace(",", "\u00a0")
    return "AMOUNT", r.choice((
        f"USD {whole:,}.{cents:02d}", f"{spaced},{cents:02d} EUR", f"£{whole:,}", f"CHF {whole:,}".replace(",", "’"),
        f"-{whole:,}.{cents:02d}", f"{whole / 1000:.1f}k EUR", f"US${whole:,}",
    ))  # fmt: skip


def other_date(r: random.Random) -> tuple[str, str]:
    """A date that is not anybody's birth date, sometimes in the very shapes the birth dates take."""
    y, mo, d = r.randint(2018, 2027), r.randint(1, 12), r.randint(1, 28)
    wd = "Mon Tue Wed Thu Fri Sat Sun".split()[date(y, mo, d).weekday()]
    return "DATE", r.choice((
        f"{d:02d}/{mo:02d}/{y}", f"{y}-{mo:02d}-{d:02d}", f"{d} {MONTHS[mo - 1]}", f"{d}.{mo}.{y}",
        f"{MONTHS[mo - 1][:3]} {d}", f"{y}{mo:02d}{d:02d}", f"{wd} {d:02d} {MONTHS[mo - 1][:3]} {y}",
        f"{d} {MONTHS[mo - 1][:3]} {y}", f"{MONTHS[mo - 1]} {d}, {y}",
    ))  # fmt: skip


def period(r: random.Random) -> tuple[str, str]:
    y, mo = r.randint(2019, 2027), r.randint(1, 12)
    return "PERIOD", r.choice((f"Q{(mo - 1) // 3 + 1} {y}", f"{MONTHS[mo - 1]} {y}", f"w/e {r.randint(1, 28):02d}-{MONTHS[mo - 1][:3]}",
                               f"FY{y % 100}/{(y + 1) % 100:02d}", f"{y}-{mo:02d}"))  # fmt: skip


def inr(r: random.Random) -> tuple[str, str]:
    return "LAB_VALUE", r.choice((f"INR {r.randint(10, 52) / 10}", f"INR {r.randint(10, 52) / 10:.1f}"))


def timestamp(r: random.Random) -> tuple[str, str]:
    y, mo, d, hh, mm = (
        r.randint(2023, 2027),
        r.randint(1, 12),
        r.randint(1, 28),
        r.randint(0, 23),
        r.randint(0, 59),
    )
    return "TIMESTAMP", r.choice((
        f"{y}-{mo:02d}-{d:02d} {hh:02d}:{mm:02d}:{r.randint(0, 59):02d}+02:00",
        f"{y}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z",
        f"{d:02d}/{mo:02d} {hh:02d}:{mm:02d}", f"{MONTHS[mo - 1][:3]} {d} {hh:02d}:{mm:02d}",
    ))  # fmt: skip


def time_of_day(r: random.Random) -> tuple[str, str]:
    hh, mm = r.randint(6, 22), r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    return "TIME", r.choice((f"{hh:02d}:{mm:02d}", f"{hh % 12 or 12}.{mm:02d}{'am' if hh < 12 else 'pm'}",
                             f"{hh:02d}h{mm:02d}"))  # fmt: skip


def reference(r: random.Random) -> tuple[str, str]:
    return "REFERENCE", r.choice((
        _m(r, "INV/2026/0####"), _m(r, "PO-45000#####"), _m(r, "SO###-####"), _m(r, "CLM-@@-######"),
        _m(r, "TKT-#####"), _m(r, "CN####/26"), _m(r, "RMA#######"), _m(r, "BK-@@%%%%"), _m(r, "Q-26-####"),
        _m(r, "E2E-20261###-####"), _m(r, "MNDT-@@@-#####"), _m(r, "#####-@"),
    ))  # fmt: skip


def tracking(r: random.Random) -> tuple[str, str]:
    def s10() -> str:  # UPU S10: two letters, eight digits, a mod-11 check digit, the country
        body = _m(r, "########")
        total = sum(int(c) * w for c, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
        check = 11 - total % 11
        return (
            f"{r.choice(('RR', 'CP', 'LX', 'EE'))}{body}{5 if check == 10 else 0 if check == 11 else check}"
        )

    return "TRACKING", r.choice((
        "1Z" + _m(r, "%%%%%%##########"), s10() + r.choice(("LV", "DE", "TR", "GB", "CH")),
        _m(r, "JJD00##############"), _m(r, "9400 1###  #### #### #### ##"), _m(r, "TBA#########000"),
        container(r)[1],
    ))  # fmt: skip


def container(r: random.Random) -> tuple[str, str]:
    """An ISO 6346 container number with its check digit."""
    owner = "".join(r.choice(U) for _ in range(3)) + "U"
    serial = _m(r, "######")
    values = {c: v for c, v in zip(U, [v for v in range(10, 39) if v % 11], strict=False)}
    total = sum((values[c] if c in values else int(c)) * 2**i for i, c in enumerate(owner + serial))
    return "CONTAINER", f"{owner}{serial}{total % 11 % 10}"


def creditor_id(r: random.Random) -> tuple[str, str]:
    """A SEPA creditor identifier: a company's, shaped like an IBAN (country, mod-97 digits, ZZZ)."""
    country = r.choice(("DE", "LV", "LT", "EE", "BE", "LU", "ES", "IE"))
    national = _m(r, "###########" if country == "DE" else "%%%%%%%%%%")
    return "CREDITOR_ID", f"{country}{mod97_check(national, country)}ZZZ{national}"


def lei(r: random.Random) -> tuple[str, str]:
    body = _m(r, "####00%%%%%%%%%%%%")
    return "LEI", body + mod97_check(body, "")


def isin(r: random.Random) -> tuple[str, str]:
    body = r.choice(("LV", "LT", "EE", "TR", "IE", "LU", "US", "BE")) + _m(r, "%%%%%%%%%")
    return "ISIN", body + luhn_digit("".join(str(int(c, 36)) for c in body))


def cusip(r: random.Random) -> tuple[str, str]:
    body = _m(r, "###%%%%#")
    total = 0
    for i, c in enumerate(body):
        v = int(c, 36) * (2 if i % 2 else 1)
        total += v // 10 + v % 10
    return "CUSIP", body + str((10 - total % 10) % 10)


def ticker(r: random.Random) -> tuple[str, str]:
    return "TICKER", r.choice(("BIST: THYAO", "NASDAQ: AAPL", "OMXR: GRD1R", "TYO: 7203", "JSE: NPN",
                               "NSE: HBL", "Tadawul: 2222", "XETRA: SAP", "NYSE: BRK.B", "Euronext: ABI"))  # fmt: skip


def icd10(r: random.Random) -> tuple[str, str]:
    return "ICD10", r.choice(("I48.91", "Z79.01", "I26.99", "E11.65", "J18.9", "S72.001A", "N17.9", "Z00.00",
                              "M54.50", "T50.905A", "I82.409", "K92.2", "Z23", "G40.909", "R07.89"))  # fmt: skip


def loinc(r: random.Random) -> tuple[str, str]:
    return "LOINC", r.choice(("6301-6", "34714-6", "5902-2", "2160-0", "718-7", "4548-4", "2345-7", "1751-7"))


def atc(r: random.Random) -> tuple[str, str]:
    return "ATC", r.choice(("B01AA03", "B01AF01", "N02BE01", "C09AA05", "A10BA02", "J01CA04", "B01AB05"))


def lab_value(r: random.Random) -> tuple[str, str]:
    return "LAB_VALUE", r.choice((f"INR {r.randint(10, 45) / 10}", f"Hb {r.randint(85, 170)} g/L",
                                  f"eGFR {r.randint(15, 110)}", f"creatinine {r.randint(45, 300)} µmol/L",
                                  f"PT {r.randint(110, 450) / 10} s"))  # fmt: skip


def citation(r: random.Random) -> tuple[str, str]:
    return "CITATION", r.choice((
        f"Case C-{r.randint(100, 799)}/{r.randint(15, 25)}", f"[{r.randint(2010, 2025)}] EWHC {r.randint(100, 3999)} (Ch)",
        f"11 U.S.C. § {r.choice((362, 523, 727, 1129))}", f"Art. {r.randint(2, 99)} GDPR",
        f"{r.randint(300, 999)} F.3d {r.randint(1, 1400)}", f"Insolvency Regulation (EU) 2015/848, Art. {r.randint(2, 60)}",
        f"Fed. R. Civ. P. {r.choice(('26(b)(1)', '34', '37(e)', '45'))}", f"Zakon {r.randint(10, 99)}/{r.randint(2000, 2024)}",
    ))  # fmt: skip


def docket(r: random.Random) -> tuple[str, str]:
    return "DOCKET", r.choice((
        _m(r, "Case No. 2#-1####-@@@"), _m(r, "No. #:2#-cv-0####"), _m(r, "Az. 2# IN ###/2#"),
        _m(r, "IN-2026-000###"), _m(r, "A##-####/2026"), _m(r, "HC-####-##"),
    ))  # fmt: skip


def version(r: random.Random) -> tuple[str, str]:
    return "VERSION", r.choice((f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                                f"API {r.randint(2019, 2026)}-{r.randint(1, 12):02d}-01", f"rev. {r.randint(2, 19)}",
                                f"schema {r.randint(1, 5)}.{r.randint(0, 9)}", f"build {r.randint(1000, 9999)}"))  # fmt: skip


def measure(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice((
        f"{r.randint(1, 28000):,} kg", f"{r.randint(2, 80)} m³", f"{r.randint(20, 240)} m²", f"{r.randint(1, 40)} pallets",
        f"{r.randint(100, 4000)} km", f"{r.randint(20, 120)}′ × {r.randint(8, 40)}′", f"{r.randint(1, 40)} TEU",
        f"{r.randint(1, 500) / 10} l", f"{r.randint(5, 45)} kWh",
    ))  # fmt: skip


def hs_code(r: random.Random) -> tuple[str, str]:
    return "HS_CODE", r.choice(
        ("8471.30", "6203.42.40", "0901.21", "8708.99", "3004.90.92", "9403.60", "2204.21")
    )


def unlocode(r: random.Random) -> tuple[str, str]:
    return "UNLOCODE", r.choice(
        ("LVRIX", "DEHAM", "NLRTM", "TRIST", "KEMBA", "NGAPP", "BEANR", "CNSHA", "JPTYO")
    )


def imo(r: random.Random) -> tuple[str, str]:
    body = _m(r, "^######")[:6]
    check = sum(int(c) * w for c, w in zip(body, range(7, 1, -1), strict=True)) % 10
    return "IMO", f"IMO {body}{check}"


def flight(r: random.Random) -> tuple[str, str]:
    return "FLIGHT", r.choice(("BT", "TK", "KQ", "LX", "SN", "FI", "W6", "ET")) + str(r.randint(100, 2999))


def percent(r: random.Random) -> tuple[str, str]:
    return "PERCENT", r.choice((f"{r.randint(1, 99)} %", f"{r.randint(1, 40)}.{r.randint(0, 9)}%",
                                f"{r.randint(1, 9)},{r.randint(0, 99):02d} %", f"{r.randint(1, 300)} bp"))  # fmt: skip


def company(r: random.Random) -> tuple[str, str]:
    return "COMPANY", r.choice((
        "Daugava Logistics SIA", "Nemunas Draudimas UAB", "Kestrel Freight Ltd", "Anatolia Sigorta A.Ş.",
        "Rheintal Treuhand AG", "Mercator Banque S.A.", "Rigel Assurance SA/NV", "Hekla Fjárfestingar ehf.",
        "Savannah Grain Co-op", "Tallgrass Staffing LLC", "Orbis Laboratoria OÜ", "Umgeni Health (Pty) Ltd",
        "Sable Rock Capital LP", "Kilimanjaro Logistics Ltd", "Northgate Hospital NHS Trust", "Lumio Events GmbH",
    ))  # fmt: skip


def hospital(r: random.Random) -> tuple[str, str]:
    return "COMPANY", r.choice((
        "Northgate Hospital NHS Trust", "Paula Stradiņa Clinical University Hospital", "Aga Khan University Hospital",
        "Landspítali", "Hôpital Erasme", "Centre Hospitalier de Luxembourg", "Hospital Clínic de Barcelona",
        "Lagos University Teaching Hospital", "Bumrungrad International", "Sagebrush Regional Medical Center",
        "Inkosi Albert Luthuli Central Hospital", "Korle Bu Teaching Hospital", "Acıbadem Maslak",
    ))  # fmt: skip


def weight(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice((f"{r.randint(1, 30)}.{r.randint(0, 9)} kg", f"{r.randint(100, 990)} g",
                                f"{r.randint(1, 60)} lb"))  # fmt: skip


def city(r: random.Random) -> tuple[str, str]:
    return "CITY", r.choice(("Riga", "Kaunas", "Tartu", "Izmir", "Vaduz", "Esch-sur-Alzette", "Reykjavík",
                             "Nairobi", "Lagos", "Karachi", "Chiang Mai", "Girona", "Galway", "Samarkand",
                             "Durban", "Kumasi", "Antwerp", "Rotterdam"))  # fmt: skip


def product(r: random.Random) -> tuple[str, str]:
    return "PRODUCT", r.choice((_m(r, "SKU-@@-####"), _m(r, "@@#-####-@"), _m(r, "PN ####-###"),
                                f"Model {r.choice(('XR', 'TX', 'QL'))}-{r.randint(100, 990)}", _m(r, "LOT @##@##"),
                                ean13(r)))  # fmt: skip


def ean13(r: random.Random) -> str:
    body = _m(r, "4############")[:12]
    check = -sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10
    return f"EAN {body}{check}"


def area(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice(
        (f"{r.randint(28, 240)} m²", f"{r.randint(300, 2600):,} sq ft", f"{r.randint(1, 5)} bed")
    )


def volume(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice(
        (f"{r.randint(4, 76)} m³", f"{r.randint(1, 3)} × 20′ container", f"{r.randint(150, 2400)} cu ft")
    )


def room(r: random.Random) -> tuple[str, str]:
    return "ROOM", r.choice((f"Room {r.randint(101, 1420)}", f"Ward {r.choice('ABCDEFGH')}{r.randint(1, 9)}",
                             f"Bay {r.randint(1, 30)}", f"Gate {r.choice('ABCDE')}{r.randint(1, 40)}"))  # fmt: skip


ANY = (amount, other_date, reference, tracking, isin, cusip, ticker, icd10, citation, docket, version, measure,
       hs_code, unlocode, company, city, product, percent, lei, creditor_id, flight, imo, container)  # fmt: skip
