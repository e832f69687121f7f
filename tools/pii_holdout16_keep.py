"""Must-keep business values for the sixteenth holdout PII set (tools/pii_holdout16_set.py), written from scratch:
identifiers with their own check digits (ISIN, CUSIP, SEDOL, IMO ship numbers, ISO 6346 container numbers),
reference numbers that fail Luhn, ICD-10 codes, NDC drug codes, legal citations, docket numbers, amounts,
company names, tickers and product codes."""

from __future__ import annotations

import random

_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split(";"))


def pick(rng: random.Random, values: tuple[str, ...]) -> str:
    return rng.choice(values)


def _n(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def _luhn_passes(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def reference(rng: random.Random) -> str:
    """A 13-19 digit reference number that is not a card (it fails Luhn)."""
    while True:
        value = rng.choice("123456789") + _n(rng, rng.randint(12, 18))
        if not _luhn_passes(value):
            return value


def isin(rng: random.Random) -> str:
    country = rng.choice(
        ("US", "GB", "FR", "IT", "BR", "MX", "GR", "CY", "KW", "ID", "PH", "TW", "CN", "RO", "FI")
    )
    body = country + "".join(rng.choice(_ALNUM) for _ in range(9))
    digits = "".join(str(int(c, 36)) for c in body)
    for check in "0123456789":
        if _luhn_passes(digits + check):
            return body + check
    raise AssertionError(body)


def cusip(rng: random.Random) -> str:
    body = _n(rng, 3) + "".join(rng.choice(_ALNUM) for _ in range(5))
    total = 0
    for i, c in enumerate(body):
        v = int(c, 36)
        v = v * 2 if i % 2 else v
        total += v // 10 + v % 10
    return body + str((10 - total % 10) % 10)


def sedol(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(6))
    total = sum(int(c, 36) * w for c, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def imo(rng: random.Random) -> str:
    body = rng.choice("6789") + _n(rng, 5)
    check = sum(int(c) * w for c, w in zip(body, (7, 6, 5, 4, 3, 2), strict=True)) % 10
    return f"IMO {body}{check}"


def container(rng: random.Random) -> str:
    """ISO 6346 container number with its check digit (owner code, U, serial, check)."""
    letters = {
        c: v
        for c, v in zip(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ", [10, *range(12, 22), *range(23, 33), *range(34, 39)], strict=True
        )
    }
    while True:
        owner = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)) + "U"
        serial = _n(rng, 6)
        total = sum((letters[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(owner + serial))
        check = total % 11 % 10
        if total % 11 != 10:
            return f"{owner}{serial}{check}"


def amount(rng: random.Random, currency: str, scale: tuple[float, float] = (0.8, 5.2)) -> str:
    """An amount between 10**scale[0] and 10**scale[1]."""
    value = round(10 ** rng.uniform(*scale)) + rng.choice((0, 0.5, 0.99, 0.25))
    text = f"{value:,.2f}"
    if currency in ("EUR", "RON", "TRY", "BRL", "IDR", "RUB"):
        text = text.replace(",", " ").replace(".", ",")
        return f"{text} {currency}"
    return f"{currency} {text}"


def when(rng: random.Random) -> str:
    year, month, day = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {_t(MONTHS)[month - 1]} {year}",
        )
    )


MONTHS = "Jan;Feb;Mar;Apr;May;Jun;Jul;Aug;Sep;Oct;Nov;Dec"


def docket(rng: random.Random) -> str:
    return rng.choice((
        f"{rng.randint(1, 4)}:{rng.randint(19, 26)}-cv-{_n(rng, 5)}",
        f"No. {rng.randint(2021, 2026)}-FA-{_n(rng, 6)}",
        f"RG {rng.randint(20, 26)}/{_n(rng, 5)}",
        f"Case {rng.randint(2022, 2026)}/{_n(rng, 4)}/K",
    ))  # fmt: skip


def ndc(rng: random.Random) -> str:
    return f"{_n(rng, 5)}-{_n(rng, 4)}-{_n(rng, 2)}"


ICD10 = _t("E11.9;I10;J45.909;K21.9;M54.5;O24.419;Z34.01;N97.9;L82.1;D22.5;C43.59;Z30.011;F41.1;R51.9")
COMPANIES = _t(
    "Kralendijk Marine Supply NV;Orkney Ferries Ltd;Pampa Seguros S.A.;Sumenep Tembakau PT;"
    "Agadir Argan Coop SARL;Volta Lakeside Finance;Keren Freight Forwarders;Naga Rural Bank Inc.;"
    "Gustavia Yachting SAS;Soroti Dairy Co-operative;Mangochi Fisheries Ltd;Lawton Title & Escrow LLC"
)
TICKERS = _t("BRK.B;TLKM.JK;PETR3;BBCA;GLO.PS;2330.TW;600519.SS;ORK.L;ITUB4;SFER.MI;MTS.MC;KFH.KW")
CITATIONS = _t(
    "Miranda v. Arizona, 384 U.S. 436 (1966);Hickman v. Taylor, 329 U.S. 495 (1947);"
    "Upjohn Co. v. United States, 449 U.S. 383 (1981);Zubulake v. UBS Warburg, 217 F.R.D. 309 (S.D.N.Y. 2003);"
    "Fed. R. Civ. P. 26(b)(5)(A);Fed. R. Evid. 502(d);18 U.S.C. § 2265;Cal. Fam. Code § 6320;"
    "Art. 1240 Code civil;Sec. 17 Protection from Harassment Act 1997"
)
DRUGS = _t(
    "Metformin 500 mg;Progesterone 200 mg;Omeprazole 20 mg;Levothyroxine 75 mcg;Gabapentin 300 mg;"
    "Amoxicillin 250 mg/5 mL;Clotrimazole 1% cream;Hydrocortisone 2.5% ointment"
)
PRODUCTS = _t("VET-RAB-1Y;CAT-FVRCP-3;SKU 77-4410-BL;KX-550/GR;PN 1049-22A;MOD-RX8-EU;LOT 24A118;REF 3M-9205")
VESSELS = _t("MV Kaya Stella;MT Orkney Dawn;MV Pampa Sur;MV Lake Kyoga;MV Massawa Star;MT Gustavia Trader")
PORTS = _t("Kralendijk;Kirkwall;Rio Grande;Massawa;Tanjung Perak;Keelung;Philipsburg;Agadir;Douala;Abidjan")
TEAMS = _t("U12 Harbour Rovers;U14 Pampa FC;U10 Kelp Cove Juniors;U16 Lakeside Strikers;U13 Volcán United")

VETS = _t(
    "Lerwick Road Vets;Clínica Veterinaria San Roque;Cabinet vétérinaire de l'Anse;Ambulatorio Veterinario Monviso;"
    "Kirkwall Animal Hospital;Klinik Hewan Sehat Banjar;Happy Paws Animal Clinic Naga"
)
CLINICS = _t(
    "Balfour Hospital;Hospital Regional de Occidente;Ospedale Santa Croce e Carle;Centre hospitalier de Saint-Pierre;"
    "Bicol Medical Center;Mubarak Al-Kabeer Hospital;Soroti Regional Referral Hospital;Hôpital Laquintinie"
)
LENDERS = _t("QuickCash Advance LLC;Prairie Payday Loans Inc.;Red River Title Loans;Mesa Cash Store LLC")
LAW_FIRMS = _t(
    "Halcrow & Spence LLP;Bertola Cravero Studio Legale;Doxtator Metoxen PLLC;Cabinet Girardin Avocats"
)
TRUSTS = _t(
    "Kelp Cove Family Trust;Mesa Verde Charitable Trust;Harbour View Settlement 2011;Tamarind Education Trust"
)
PETS = _t("Biscuit;Nala;Pixel;Tigrou;Pepe;Luna;Moka;Bruno;Kiki;Sandy")
WMI = _t("JTD;1HG;WVW;KMH;3VW;9BW;SAL;VF1;ZFA;LSV")
_VIN_VALUE = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    """A 17-character vehicle identification number with its North American check digit (position 9)."""
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = (
        pick(rng, WMI)
        + "".join(rng.choice(chars) for _ in range(5))
        + "0"
        + rng.choice("DEFGHJKLMN")
        + rng.choice(chars[:23])
        + _n(rng, 6)
    )
    total = sum(
        (_VIN_VALUE[c] if c.isalpha() else int(c)) * w for c, w in zip(body, _VIN_WEIGHTS, strict=True)
    )
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


PLANS = _t(
    "Atlantic Health Plan Silver 2000;Seguro Popular Plus;Mutuelle des Îles Formule 3;PhilHealth Konsulta;"
    "Kirkwall Friendly Society Rx;Tribal Health Benefit Plan;Cassa Mutua Piemonte C"
)
WARDS = _t(
    "Ward 7B;Maternity 2;ICU-3;Pediatría B;Salle Saint-Luc;Reparto Ortopedia;Отделение 4;Ward 12 (Surgical)"
)
