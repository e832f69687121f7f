"""Values the fourth holdout PII set plants that a scrubber must leave alone: amounts, ordinary dates and
times, invoice, order, claim and policy references, tracking and container numbers, securities identifiers
(ISIN, CUSIP, SEDOL, tickers), clinical codes (ICD-10, CPT, NDC), citations and dockets, versions,
measurements, companies, cities, product codes and hashes. Each function takes a `random.Random` and returns
(type, value); values with a check digit carry a valid one, so they look as real as the personal values."""

from __future__ import annotations

import random
import string

from tools.pii_holdout4_values import luhn_digit

U, D = string.ascii_uppercase, string.digits


def _m(r: random.Random, mask: str) -> str:
    table = {"#": D, "^": D[1:], "@": U, "%": U + D, "h": "0123456789abcdef"}
    return "".join(r.choice(table[c]) if c in table else c for c in mask)


def amount(r: random.Random) -> tuple[str, str]:
    whole, cents = r.randint(3, 750000), r.randint(0, 99)
    swiss = f"{whole:,}".replace(",", "'")
    dotted = f"{whole:,}".replace(",", ".")
    return "AMOUNT", r.choice((
        f"${whole:,}.{cents:02d}", f"EUR {dotted},{cents:02d}", f"£{whole:,}.{cents:02d}", f"Fr. {swiss}.{cents:02d}",
        f"{whole:,}.{cents:02d} USD", f"R$ {dotted},{cents:02d}", f"NOK {whole:,}", f"{dotted},{cents:02d} EUR",
        f"({whole:,}.{cents:02d})", f"HK${whole:,}", f"CAD {whole:,}.{cents:02d}", f"₩{whole * 10:,}",
        f"{whole:,} DKK", f"PLN {whole}.{cents:02d}",
    ))  # fmt: skip


def other_date(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    mon = "January February March April May June July August September October November December".split()[
        m - 1
    ]
    return "DATE", r.choice((
        f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{mon} {d}, {y}", f"{d} {mon[:3]} {y}",
        f"{m}/{d}/{y}", f"{d}-{mon[:3]}-{y}", f"{d} {mon} {y}",
    ))  # fmt: skip


def timestamp(r: random.Random) -> tuple[str, str]:
    y, m, d, hh, mm = (
        r.randint(2022, 2027),
        r.randint(1, 12),
        r.randint(1, 28),
        r.randint(0, 23),
        r.randint(0, 59),
    )
    return "TIMESTAMP", r.choice((
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{r.randint(0, 59):02d}Z", f"{y}{m:02d}{d:02d}T{hh:02d}{mm:02d}00Z",
        f"{m}/{d}/{y} {hh % 12 + 1}:{mm:02d} {r.choice(('AM', 'PM'))}", f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",
    ))  # fmt: skip


def period(r: random.Random) -> tuple[str, str]:
    y = r.randint(2023, 2027)
    return "PERIOD", r.choice(
        (f"Q{r.randint(1, 4)} {y}", f"FY{y}", f"H{r.randint(1, 2)} {y}", f"week {r.randint(1, 52)}/{y}")
    )


def reference(r: random.Random) -> tuple[str, str]:
    return "REFERENCE", r.choice((
        _m(r, "INV/2#/^####"), _m(r, "PO-^#####-@"), _m(r, "CLM-^######"), _m(r, "QT^#####"),
        _m(r, "CASE-^####-@@"), _m(r, "RMA ^#####"), _m(r, "BK@@^###"), _m(r, "SR-^######"),
        _m(r, "HX-^####-####"), _m(r, "ENV-%%%%-%%%%"), _m(r, "LOAN ^########"), _m(r, "E2E@@^######"),
    ))  # fmt: skip


def tracking(r: random.Random) -> tuple[str, str]:
    return "TRACKING", r.choice((
        "1Z" + _m(r, "^##@@#^##########")[:16], _m(r, "@@ ### ### ###") + " " + r.choice(("FR", "IT", "ES", "AU")),
        _m(r, "CMAU ^######"), _m(r, "7#### #### ####"), _m(r, "JVGL0#########"), _m(r, "420 9#### 9400 ####"),
        _m(r, "HAWB SZX^######"),
    ))  # fmt: skip


def isin(r: random.Random) -> tuple[str, str]:
    body = r.choice(("US", "DE", "FR", "GB", "CA", "AU", "ES", "IT", "XS", "SE")) + _m(r, "%%%%%%%%%")
    return "ISIN", body + luhn_digit("".join(str(int(c, 36)) for c in body))


def cusip(r: random.Random) -> tuple[str, str]:
    body = _m(r, "^##%%%") + _m(r, "%#")
    total = 0
    for i, c in enumerate(body):
        v = int(c, 36) * (2 if i % 2 else 1)
        total += v // 10 + v % 10
    return "CUSIP", body + str((10 - total % 10) % 10)


def sedol(r: random.Random) -> tuple[str, str]:
    body = _m(r, "^") + "".join(r.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(5))
    total = sum(int(c, 36) * w for c, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return "SEDOL", body + str((10 - total % 10) % 10)


def ticker(r: random.Random) -> tuple[str, str]:
    return "TICKER", r.choice(("NYSE: KO", "NASDAQ: AAPL", "LSE: VOD", "XETRA: SAP", "TSX: RY", "ASX: BHP",
                               "SIX: NESN", "Euronext: AIR", "BRK.B", "7203.T", "0700.HK", "ENEL.MI"))  # fmt: skip


def icd10(r: random.Random) -> tuple[str, str]:
    return "ICD10", r.choice(("E11.65", "I10", "J18.9", "K21.0", "M54.5", "N39.0", "S82.201A", "F41.1",
                              "Z79.4", "R07.9", "C50.911", "O24.414", "L03.116", "G43.909"))  # fmt: skip


def cpt(r: random.Random) -> tuple[str, str]:
    return "CPT", "CPT " + r.choice(("99213", "99285", "71046", "80053", "93000", "36415", "45378", "70450"))


def ndc(r: random.Random) -> tuple[str, str]:
    return "NDC", _m(r, "^####-####-##")


def citation(r: random.Random) -> tuple[str, str]:
    return "CITATION", r.choice((
        f"{r.randint(100, 599)} U.S. {r.randint(1, 999)} ({r.randint(1990, 2024)})",
        f"{r.randint(1, 999)} F.4th {r.randint(1, 1400)}", f"[20{r.randint(10, 25)}] UKSC {r.randint(1, 60)}",
        f"{r.randint(10, 50)} U.S.C. § {r.randint(100, 2999)}", f"Fed. R. Civ. P. {r.randint(4, 45)}(b)",
        f"BGH, Urteil vom {r.randint(1, 28)}.{r.randint(1, 12)}.20{r.randint(10, 25)}",
        f"Cal. Civ. Code § {r.randint(1000, 3500)}", f"[20{r.randint(10, 25)}] EWCA Civ {r.randint(1, 1900)}",
    ))  # fmt: skip


def docket(r: random.Random) -> tuple[str, str]:
    return "DOCKET", r.choice((
        _m(r, "No. 2#-cv-0^###"), _m(r, "Case No. 2#@@^####"), _m(r, "Index No. 6^####/202#"),
        _m(r, "ARB-2#-^###"), _m(r, "Az. ^# O ^##/2#"), _m(r, "HC-2#-^####"),
    ))  # fmt: skip


def version(r: random.Random) -> tuple[str, str]:
    return "VERSION", r.choice((
        f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}", f"rev. {r.randint(2, 19)}",
        f"build {r.randint(1000, 9999)}", f"{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc{r.randint(1, 4)}",
        f"Form {r.choice(('W-9', '1099-INT', 'SS-4', '8821'))} (Rev. {r.randint(1, 12)}-20{r.randint(18, 25)})",
    ))  # fmt: skip


def blood_pressure(r: random.Random) -> tuple[str, str]:
    return "MEASURE", f"{r.randint(92, 178)}/{r.randint(54, 108)}"


def temperature(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice(
        (f"{r.randint(36, 39)}.{r.randint(0, 9)} °C", f"{r.randint(97, 102)}.{r.randint(0, 9)} F")
    )


def dose(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice((f"{r.choice((5, 10, 20, 40, 80))} mg once daily", f"{r.randint(1, 2)} pen q2w",
                                f"{r.choice((0.25, 0.5, 1.0))} mg weekly"))  # fmt: skip


def measure(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice((
        f"{r.randint(2, 900)} kg", f"{r.randint(20, 400)} m²", f"{r.randint(1, 40)}.{r.randint(0, 9)} mmol/L",
        f"{r.randint(90, 180)}/{r.randint(50, 110)} mmHg", f"{r.randint(36, 40)}.{r.randint(0, 9)} °C",
        f"{r.randint(1, 500)} mg", f"{r.randint(2, 48)} ft", f"{r.randint(1, 12)}x{r.randint(10, 60)} cm",
        f"{r.randint(1, 80)} CBM", f"{r.randint(60, 120)} bpm", f"{r.randint(1, 2000)} sq ft",
    ))  # fmt: skip


COMPANIES = ("Halvorsen Shipping ASA", "Bramwell & Finch LLP", "Quintara Biosciences Inc.", "Ostwind Energie GmbH",
             "Marlowe Title Insurance Co.", "Aurelia Asset Management SA", "Pinecrest Dental Group",
             "Kestrel Freight Forwarding Ltd", "Sunward Mutual", "Banco Cordillera S.A.", "Tatsumi Trading K.K.",
             "Vasquez & Ortiz Abogados", "Northfield Regional Hospital", "Lindgren Fastigheter AB")  # fmt: skip
CITIES = ("Rotterdam", "Gothenburg", "Porto", "Lyon", "Leipzig", "Seville", "Brno", "Tampere", "Nagoya",
          "Busan", "Perth", "Halifax", "Monterrey", "Valparaíso", "Durban", "Izmir", "Bergen", "Cork")  # fmt: skip


def company(r: random.Random) -> tuple[str, str]:
    return "COMPANY", r.choice(COMPANIES)


def city(r: random.Random) -> tuple[str, str]:
    return "CITY", r.choice(CITIES)


def product(r: random.Random) -> tuple[str, str]:
    return "PRODUCT", r.choice((
        _m(r, "SKU ^##-@@-###"), _m(r, "P/N @@^###-##"), _m(r, "model @@-^##0"), _m(r, "HS ^###.##"),
        _m(r, "GTIN 0^############"), _m(r, "lot @^####@"),
    ))  # fmt: skip


def digest(r: random.Random) -> tuple[str, str]:
    return "HASH", r.choice((_m(r, "hhhhhhh"), "sha256:" + _m(r, "hhhhhhhhhhhhhhhhhhhhhhhh")))


def time_of_day(r: random.Random) -> tuple[str, str]:
    return "TIME", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def percent(r: random.Random) -> tuple[str, str]:
    return "PERCENT", f"{r.randint(0, 99)}.{r.randint(0, 99):02d}%"


ANY = (amount, other_date, timestamp, period, reference, tracking, isin, cusip, sedol, ticker, icd10, cpt, ndc, citation, docket,
       version, measure, company, city, product, digest, percent)  # fmt: skip
