"""Must-keep values of the fifteenth holdout PII set: figures, codes and names a scrubber must leave alone,
several shaped like personal values (long reference numbers that fail Luhn, check-digited ISINs, CUSIPs and
LEIs, ABA routing numbers, NPIs, dates that are not birth dates), written fresh for this split."""

from __future__ import annotations

import random
from datetime import date, timedelta

from tools.pii_holdout15_values import luhn_digit

_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _luhn_ok(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


def long_number(rng: random.Random) -> str:
    """A 13-19 digit reference (parcel, claim, invoice) that fails Luhn, so no card could be read into it."""
    while True:
        value = rng.choice("123456789") + _digits(rng, rng.randint(12, 18))
        if not _luhn_ok(value):
            return value


def isin(rng: random.Random) -> str:
    body = rng.choice(
        ("US", "GB", "DE", "FR", "NL", "CH", "LU", "IE", "JP", "AU", "CA", "BR", "ZA")
    ) + "".join(rng.choice(_ALNUM) for _ in range(9))
    expanded = "".join(str(int(c, 36)) for c in body)
    return body + luhn_digit(expanded)


def cusip(rng: random.Random) -> str:
    body = _digits(rng, 6) + "".join(rng.choice(_ALNUM) for _ in range(2))
    total = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else ord(c) - 55
        v = v * 2 if i % 2 else v
        total += v // 10 + v % 10
    return body + str((10 - total % 10) % 10)


def lei(rng: random.Random) -> str:
    body = (
        "".join(rng.choice(_ALNUM) for _ in range(4)) + "00" + "".join(rng.choice(_ALNUM) for _ in range(12))
    )
    number = int("".join(str(int(c, 36)) for c in body + "00"))
    return body + f"{98 - number % 97:02d}"


def creditor_reference(rng: random.Random) -> str:
    """An ISO 11649 "RF" creditor reference: mod-97 checked like an IBAN, written like one, and not one."""
    body = "".join(rng.choice(_ALNUM) for _ in range(rng.randint(8, 16)))
    number = int("".join(str(int(c, 36)) for c in body + "RF00"))
    compact = f"RF{98 - number % 97:02d}{body}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def routing(rng: random.Random) -> str:
    while True:
        body = rng.choice(
            ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "26")
        ) + _digits(rng, 6)
        weighted = sum(int(c) * w for c, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
        check = (10 - weighted % 10) % 10
        return body + str(check)


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + luhn_digit("80840" + body)


def amount(rng: random.Random, currency: str | None = None) -> str:
    currency = currency or rng.choice(("USD", "EUR", "KES", "XOF", "OMR", "₱", "R$", "£", "NZD", "MXN", "₽"))
    value = rng.randint(12, 980000) + rng.randint(0, 99) / 100
    text = f"{value:,.2f}"
    if currency in ("EUR", "R$", "₽", "XOF"):
        text = text.replace(",", " ").replace(".", ",")
    return f"{currency} {text}" if currency.isalpha() else f"{currency}{text}"


def when(rng: random.Random, style: int | None = None) -> str:
    """A date that is not anybody's birth date: an appointment, a filing, a settlement."""
    d = date(2024, 1, 1) + timedelta(days=rng.randint(0, 900))
    style = rng.randint(0, 3) if style is None else style
    return (d.isoformat(), d.strftime("%d %b %Y"), d.strftime("%Y/%m/%d"), d.strftime("%b %d, %Y"))[style]


def pick(rng: random.Random, values: tuple[str, ...]) -> str:
    return rng.choice(values)


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


TICKERS = _w("NVDA|ASML|SAP|TTE|SHEL|NESN|7203.T|0700.HK|SAFCOM|MTNN|PETR4|CEMEX|BBVA|ORA|OMVV|VOD.L")
ICD10 = _w("M54.5|J45.909|E11.65|I10|S82.201A|Z51.11|K21.9|F41.1|N18.3|C50.911|G47.33|M17.11|O24.419|R07.9")
CPT = _w("97110|97140|71046|73721|99214|97530|70450|G0283")
COMPANIES = _w("Lagoon Freight Ltd|Kibo Mutual Assurance|Nordkapp Sparebank|Caribe Clearing SA|Baobab Microfinance|"
               "Tidewater Payroll Inc.|Quetzal Securities|Altai Mining PAO|Sahel Telecom|Pacifica Reinsurance|"
               "Vanguard Movers GmbH|Haparanda Gym AB|Meridian Telematics Oy|Riverbend Nursing Home|"
               "Harbourline Ride Co.|Koral Crypto Exchange|Atlas Radiology Partners|Stonebridge Tax Services")  # fmt: skip
ORGS = _w("Ministry of Health|World Health Organization|UNICEF|Red Cross|Social Security Administration|"
          "Financial Conduct Authority|European Central Bank|Organ Procurement Network|Family Court Registry|"
          "Municipal Traffic Court|Public Library Board|Rotary Foundation")  # fmt: skip
CITIES = _w("Nairobi|Montevideo|Sept-Îles|Lerwick|Saransk|Makassar|Tacloban|Muscat|Cayenne|Hawassa|Dharan|"
            "Sittwe|Jinja|Uyo|Bhuj|Mestia|Kolonia|Basseterre|Rasht|Sousse")  # fmt: skip
CASES = _w("Brown v. Board of Education, 347 U.S. 483 (1954)|Troxel v. Granville, 530 U.S. 57 (2000)|"
           "Donoghue v Stevenson [1932] AC 562|Re B (A Child) [2013] UKSC 33|"
           "Hadley v Baxendale (1854) 9 Exch 341|Palsgraf v. Long Island R.R., 248 N.Y. 339 (1928)")  # fmt: skip
PRODUCTS = _w("SKU-44817-B|PX-2290/L|HB-100-XL|RM-7731-QZ|KT-005-AZ|ZW-88-90|AC-3304-M|GL-1207-S")
VERSIONS = _w("v4.12.3|2.8.0-rc1|17.0.2|build 5512|v0.9.44|11.4 (22F66)|3.1.7-beta|r2024.06")
PLANS = _w("Bronze 2500|Silver HMO 40|Gold PPO|Platinum Care 90|Basic Saver|Family Flex")
LABELS = _w("Account holder|Titulaire du compte|Titular de la cuenta|Titular da conta|Kontoinhaber|"
            "Rekeninghouder|Intestatario|Владелец счёта|صاحب الحساب|Pemilik rekening|Next of kin|"
            "Personne à prévenir|Contacto de emergencia|Contacto de emergência|Notfallkontakt|Noodcontact|"
            "Contatto di emergenza|Контактное лицо|جهة الاتصال للطوارئ|Kontak darurat")  # fmt: skip


def docket(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(20, 26)}-CV-{_digits(rng, 5)}",
            f"FC-{rng.randint(2024, 2026)}-{_digits(rng, 4)}",
            f"TR{_digits(rng, 7)}",
            f"Case No. {rng.randint(1, 9)}:{rng.randint(24, 26)}-cr-{_digits(rng, 5)}",
        )
    )


def order_number(rng: random.Random) -> str:
    return rng.choice(
        (f"ORD-{_digits(rng, 8)}", f"#{_digits(rng, 6)}", f"PO {_digits(rng, 4)}-{_digits(rng, 3)}")
    )


def ticket(rng: random.Random) -> str:
    return rng.choice((f"INC{_digits(rng, 7)}", f"CS-{_digits(rng, 6)}", f"TKT/{_digits(rng, 5)}"))
