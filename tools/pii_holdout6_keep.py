"""Must-keep values of the sixth holdout PII set: tokens real business documents carry that are not
personal (amounts, other dates, references, tracking numbers, securities codes, diagnosis codes, citations,
dockets, versions, measurements, companies, cities, products). Each function returns (type, value)."""

from __future__ import annotations

import random
import string

D = string.digits
U = string.ascii_uppercase


def _d(r: random.Random, k: int) -> str:
    return "".join(r.choice(D) for _ in range(k))


CURRENCY = {
    "US": "USD", "CA": "CAD", "AU": "AUD", "GB": "GBP", "CH": "CHF", "JP": "JPY", "CN": "CNY", "KR": "KRW",
    "PL": "PLN", "CZ": "CZK", "HU": "HUF", "SE": "SEK", "NO": "NOK", "DK": "DKK", "RU": "RUB", "UA": "UAH",
    "KZ": "KZT", "BR": "BRL", "MX": "MXN", "IN": "INR", "VN": "VND", "PH": "PHP", "NG": "NGN", "KE": "KES",
    "MY": "MYR", "ID": "IDR", "SG": "SGD",
}  # fmt: skip
WHOLE = {"JPY", "KRW", "HUF", "VND", "IDR"}


def amount(r: random.Random, country: str = "DE") -> tuple[str, str]:
    """An amount in the document's currency (now and then in euros or dollars), written as its region does."""
    code = CURRENCY.get(country, "EUR") if r.random() < 0.8 else r.choice(("EUR", "USD"))
    v = round(10 ** r.uniform(1, 5.5), 2) * (120 if code in WHOLE else 1)
    if code in WHOLE:
        return "AMOUNT", r.choice((f"{code} {int(v):,}", f"{int(v):,} {code}"))
    text = f"{v:,.2f}"
    if (
        code in ("EUR", "PLN", "CZK", "BRL", "SEK", "NOK", "DKK", "RUB", "UAH", "KZT", "CHF")
        and r.random() < 0.6
    ):
        text = text.replace(",", " ").replace(".", ",")
        return "AMOUNT", f"{text} {code}"
    symbol = {"USD": "$", "GBP": "£", "EUR": "€", "INR": "₹"}.get(code)
    return "AMOUNT", f"{symbol}{text}" if symbol and r.random() < 0.5 else f"{code} {text}"


def other_date(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28)
    mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return "DATE", r.choice(
        (f"{y}-{m:02d}-{d:02d}", f"{d} {mon} {y}", f"{mon} {d}, {y}", f"{d:02d}.{m:02d}.{y}")
    )


def invoice(r: random.Random) -> tuple[str, str]:
    return "INVOICE", r.choice(
        (f"INV-{r.randint(2021, 2026)}-{_d(r, 5)}", f"RE{_d(r, 7)}", f"FAC/{_d(r, 4)}/{r.randint(1, 12):02d}")
    )


def order(r: random.Random) -> tuple[str, str]:
    return "ORDER", r.choice((f"PO {_d(r, 6)}", f"SO-{_d(r, 4)}-{r.choice(U)}{r.choice(U)}", f"#{_d(r, 7)}"))


def reference(r: random.Random) -> tuple[str, str]:
    return "REFERENCE", r.choice(
        (
            f"CASE-{_d(r, 6)}",
            f"REF/{r.choice(U)}{r.choice(U)}/{_d(r, 5)}",
            f"TKT-{_d(r, 5)}",
            f"CLM{_d(r, 8)}",
        )
    )


def tracking(r: random.Random) -> tuple[str, str]:
    up = "".join(r.choice(U + D) for _ in range(16))
    return "TRACKING", r.choice((f"1Z{up}", f"JD0{_d(r, 17)}", f"RR{_d(r, 9)}DE", f"{_d(r, 3)}-{_d(r, 8)}"))


def isin(r: random.Random) -> tuple[str, str]:
    body = r.choice(("US", "DE", "FR", "GB", "NL", "JP", "CH")) + "".join(r.choice(U + D) for _ in range(9))
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return "ISIN", body + str((10 - total % 10) % 10)


def cusip(r: random.Random) -> tuple[str, str]:
    body = _d(r, 3) + "".join(r.choice(U + D) for _ in range(5))
    total = sum((v // 10 + v % 10) for v in (int(c, 36) * (2 if i % 2 else 1) for i, c in enumerate(body)))
    return "CUSIP", body + str((10 - total % 10) % 10)


def ticker(r: random.Random) -> tuple[str, str]:
    return "TICKER", r.choice(
        ("NESN.SW", "ASML", "SAP.DE", "7203.T", "MC.PA", "NOVO-B.CO", "VOW3", "BRK.B", "ITUB4", "0700.HK")
    )


def icd10(r: random.Random) -> tuple[str, str]:
    return "ICD10", r.choice(
        ("E11.9", "I10", "J45.909", "M54.5", "K21.0", "N39.0", "F41.1", "S82.201A", "Z79.01", "I48.91")
    )


def citation(r: random.Random) -> tuple[str, str]:
    return "CITATION", r.choice(
        (
            "[2019] UKSC 41",
            "Case C-311/18",
            "BGH, Urt. v. 12.3.2020 – IX ZR 66/19",
            "575 U.S. 320 (2015)",
            "Art. 6(1)(f) GDPR",
            "ECLI:NL:HR:2021:1234",
            "§ 823 BGB",
        )
    )


def docket(r: random.Random) -> tuple[str, str]:
    return "DOCKET", r.choice(
        (
            f"No. {r.randint(19, 26)}-cv-{_d(r, 5)}",
            f"HC-{r.randint(2020, 2026)}-{_d(r, 6)}",
            f"Az. {r.randint(1, 40)} O {r.randint(10, 999)}/{r.randint(19, 26)}",
        )
    )


def version(r: random.Random) -> tuple[str, str]:
    return "VERSION", r.choice(
        (
            f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
            f"build {_d(r, 4)}",
            f"rev. {r.randint(2, 14)}",
        )
    )


def measure(r: random.Random, kind: str = "weight") -> tuple[str, str]:
    """A measurement of the kind the sentence speaks of."""
    value = {
        "weight": lambda: r.choice((f"{r.randint(2, 900)} kg", f"{r.randint(40, 140)}.{r.randint(0, 9)} kg")),
        "body": lambda: f"{r.randint(45, 130)}.{r.randint(0, 9)} kg",
        "area": lambda: r.choice((f"{r.randint(30, 400)} m²", f"{r.randint(300, 4000)} sq ft")),
        "dose": lambda: f"{r.choice((5, 10, 20, 40, 100, 250, 500))} mg",
        "bp": lambda: f"{r.randint(100, 170)}/{r.randint(60, 100)} mmHg",
    }[kind]()
    return "MEASURE", value


def company(r: random.Random) -> tuple[str, str]:
    return "COMPANY", r.choice(
        (
            "Nordhavn Logistik A/S",
            "Banco Sabadell",
            "Rabobank",
            "Swiss Re",
            "Tata Consultancy Services",
            "Daikin Industries",
            "Maersk Line",
            "Allianz Partners",
            "Kühne + Nagel",
            "Grupo Bimbo",
            "Siemens Healthineers",
            "Zurich Insurance",
            "Accor",
            "Helvetia",
            "Jumia",
        )
    )


def city(r: random.Random) -> tuple[str, str]:
    return "CITY", r.choice(
        (
            "Rotterdam",
            "Osaka",
            "Lyon",
            "Gdańsk",
            "Porto",
            "Antwerp",
            "Bergen",
            "Monterrey",
            "Singapore",
            "Toronto",
            "Brisbane",
            "Frankfurt am Main",
        )
    )


def product(r: random.Random) -> tuple[str, str]:
    return "PRODUCT", r.choice(
        (
            f"SKU {r.choice(U)}{r.choice(U)}-{_d(r, 4)}",
            f"HS {_d(r, 4)}.{_d(r, 2)}",
            f"Model {r.choice(U)}{_d(r, 3)}",
            f"ART-{_d(r, 5)}",
        )
    )


def flight(r: random.Random) -> tuple[str, str]:
    return "FLIGHT", f"{r.choice(('LH', 'KL', 'NH', 'QF', 'TK', 'SQ', 'AF'))} {r.randint(10, 1999)}"


def room(r: random.Random) -> tuple[str, str]:
    return "ROOM", f"Room {r.randint(101, 940)}"


ALL = (amount, other_date, invoice, order, reference, tracking, isin, cusip, ticker, icd10, citation, docket,
       version, measure, company, city, product, flight, room)  # fmt: skip
