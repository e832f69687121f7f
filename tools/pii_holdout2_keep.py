"""Values the second holdout PII set plants that a scrubber must leave alone: amounts, ordinary dates,
references, tracking numbers, securities identifiers, clinical codes, citations, versions, measurements,
companies and places. Each function takes a `random.Random` and returns (type, value)."""

from __future__ import annotations

import random
import string

from tools.pii_holdout2_values import not_luhn

U, D = string.ascii_uppercase, string.digits


def _m(r: random.Random, mask: str) -> str:
    table = {"#": D, "^": D[1:], "@": U}
    return "".join(r.choice(table[c]) if c in table else c for c in mask)


def amount(r: random.Random) -> tuple[str, str]:
    whole, cents = r.randint(3, 98000), r.randint(0, 99)
    return "AMOUNT", r.choice(
        (
            f"EUR {whole:,}".replace(",", ".") + f",{cents:02d}",
            f"{whole:,}.{cents:02d} USD",
            f"£{whole:,}.{cents:02d}",
            f"CHF {whole}.–",
            f"{whole:,} kr".replace(",", " "),
            f"R$ {whole},{cents:02d}",
            f"${whole:,}",
            f"{whole},{cents:02d} €",
        )
    )


def plain_date(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    return "DATE", r.choice((f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}"))


def reference(r: random.Random) -> tuple[str, str]:
    return "REFERENCE", not_luhn(
        r.choice(
            (
                _m(r, "PO-2#####"),
                _m(r, "INV/202#/0####"),
                _m(r, "SO-@@-#####"),
                _m(r, "CASE-^#####"),
                _m(r, "RMA#^####"),
                _m(r, "Q@@-###-@"),
                _m(r, "BKG@@^####"),
                _m(r, "REF ^##-##-@@"),
                _m(r, "CLM-^######"),
            )
        )
    )


def tracking(r: random.Random) -> tuple[str, str]:
    return "TRACKING", r.choice(
        (
            _m(r, "1Z@@@###0########"),
            _m(r, "JJD000########"),
            _m(r, "@@#########GB"),
            _m(r, "@@#########DE"),
            _m(r, "MAEU^########"),
        )
    )


def isin(r: random.Random) -> tuple[str, str]:
    country = r.choice(("US", "DE", "FR", "GB", "NL", "CH", "IE", "LU", "JP"))
    body = country + _m(r, "@@@" if country in ("GB",) else "") + _m(r, "#" * (9 if country != "GB" else 6))
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return "ISIN", body + str((10 - total % 10) % 10)


def cusip(r: random.Random) -> tuple[str, str]:
    base = _m(r, "^##") + _m(r, "@@#") + _m(r, "#@")
    total = 0
    for i, c in enumerate(base):
        v = int(c, 36)
        v = v * 2 if i % 2 else v
        total += v // 10 + v % 10
    return "CUSIP", base + str((10 - total % 10) % 10)


def ticker(r: random.Random) -> tuple[str, str]:
    return "TICKER", r.choice(("NYSE: KO", "NASDAQ:ADBE", "XETRA: SAP", "LSE: VOD", "TSX: RY", "ASX:BHP",
                               "SIX: NESN", "Euronext: AIR", "BMV: WALMEX", "B3: VALE3", "OSE: EQNR"))  # fmt: skip


def icd10(r: random.Random) -> tuple[str, str]:
    return "ICD10", r.choice(("E11.9", "I10", "J45.909", "M54.5", "K21.9", "N39.0", "S52.501A", "F41.1",
                              "R07.9", "J18.9", "I48.91", "E78.5", "Z79.4", "G43.909"))  # fmt: skip


def citation(r: random.Random) -> tuple[str, str]:
    return "CITATION", r.choice(
        (
            f"{r.randint(100, 598)} U.S. {r.randint(1, 999)} ({r.randint(1960, 2023)})",
            f"Fed. R. Civ. P. {r.randint(4, 45)}(b)",
            f"[{r.randint(2001, 2024)}] EWCA Civ {r.randint(10, 1999)}",
            f"BGH, Urt. v. {r.randint(1, 28)}.{r.randint(1, 12)}.{r.randint(2000, 2023)} – {_m(r, '^ ZR ##/##')}",
            f"Art. {r.randint(5, 99)} GDPR",
            f"{r.randint(1, 50)} U.S.C. § {r.randint(100, 9999)}",
        )
    )


def docket(r: random.Random) -> tuple[str, str]:
    return "DOCKET", r.choice((_m(r, "No. ^:2#-cv-0####"), _m(r, "Case No. 202#-@@-00###"), _m(r, "HC-2#-00###"),
                               _m(r, "Az. ^ O ###/2#")))  # fmt: skip


def version(r: random.Random) -> tuple[str, str]:
    return "VERSION", r.choice(
        (f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"build {r.randint(1000, 9999)}",
         f"release {r.randint(2019, 2026)}.{r.randint(1, 12)}", f"{r.randint(1, 5)}.{r.randint(0, 9)}-rc{r.randint(1, 4)}")
    )  # fmt: skip


def measure(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice(
        (
            f"{r.randint(1, 900)} kg",
            f"{r.randint(40, 220)} x {r.randint(20, 120)} x {r.randint(10, 90)} cm",
            f"{r.randint(3, 500)} mg",
            f"{r.randint(30, 400)} m²",
            f"{r.randint(90, 190)}/{r.randint(50, 110)} mmHg",
            f"{r.randint(1, 40)}.{r.randint(0, 9)} °C",
            f"{r.randint(2, 60)} pallets",
        )
    )


COMPANIES = ("Halvorsen Shipping AS", "Brightmoor Analytics Ltd", "Kessler & Voss GmbH", "Solenne Assurances SA",
             "Marigold Health Partners", "Tidewater Freight Inc.", "Cerulean Capital LLP", "Oberland Bau AG",
             "Pampa Verde S.A.", "Kobalt Systems B.V.", "Nordlys Energi ASA", "Arcadia Hotels Group")  # fmt: skip
CITIES = ("Rotterdam", "Zaragoza", "Gdańsk", "Porto", "Lyon", "Leipzig", "Aarhus", "Tampere", "Brno",
          "Graz", "Bologna", "Cork", "Wellington", "Pune", "Cluj-Napoca", "Ljubljana", "Curitiba")  # fmt: skip


def company(r: random.Random) -> tuple[str, str]:
    return "COMPANY", r.choice(COMPANIES)


def city(r: random.Random) -> tuple[str, str]:
    return "CITY", r.choice(CITIES)


def product(r: random.Random) -> tuple[str, str]:
    return "PRODUCT", r.choice(
        (_m(r, "SKU-@@-####"), _m(r, "P/N ^##-####-@"), _m(r, "@@@-^##@"), _m(r, "GTIN 40#####"))
    )


ANY = (amount, plain_date, reference, tracking, isin, cusip, ticker, icd10, citation, docket, version, measure,
       company, city, product)  # fmt: skip
