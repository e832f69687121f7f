"""Values the third holdout PII set plants that a scrubber must leave alone: amounts, ordinary dates,
order and invoice references, tracking and container numbers, securities identifiers (ISIN, CUSIP, LEI,
tickers), clinical codes, citations and dockets, versions, measurements, companies, cities and product codes.
Each function takes a `random.Random` and returns (type, value); values with a check digit carry a valid one
so that they look as real as the personal values beside them."""

from __future__ import annotations

import random
import string

from tools.pii_holdout3_values import iban_check, luhn_digit

U, D = string.ascii_uppercase, string.digits


def _m(r: random.Random, mask: str) -> str:
    table = {"#": D, "^": D[1:], "@": U, "%": U + D}
    return "".join(r.choice(table[c]) if c in table else c for c in mask)


def amount(r: random.Random) -> tuple[str, str]:
    whole, cents = r.randint(2, 480000), r.randint(0, 99)
    dotted = f"{whole:,}".replace(",", ".")
    spaced = f"{whole:,}".replace(",", "\u202f")
    return "AMOUNT", r.choice((
        f"€{dotted},{cents:02d}", f"USD {whole:,}.{cents:02d}", f"GBP {whole:,}.{cents:02d}",
        f"CHF {whole:,}.{cents:02d}".replace(",", "'"), f"{spaced},{cents:02d} zł", f"¥{whole:,}",
        f"{dotted} Kč", f"AED {whole:,}", f"₹{whole:,}", f"-{whole:,}.{cents:02d}", f"{whole} SEK",
        f"MXN ${whole:,}.{cents:02d}", f"{spaced},{cents:02d} €", f"A${whole:,}.{cents:02d}",
    ))  # fmt: skip


def other_date(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2020, 2027), r.randint(1, 12), r.randint(1, 28)
    mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return "DATE", r.choice((
        f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}", f"{mon} {d}, {y}", f"{d:02d}-{mon.upper()}-{y}", f"{y}{m:02d}{d:02d}",
        f"{m:02d}/{d:02d}/{y}", f"{d} {mon} {y}", f"{y}/{m:02d}/{d:02d}",
    ))  # fmt: skip


def reference(r: random.Random) -> tuple[str, str]:
    return "REFERENCE", r.choice((
        _m(r, "INV-202#-00####"), _m(r, "45001#####"), _m(r, "SO#^#####"), _m(r, "ORD-@@^####"),
        _m(r, "Ticket #^#####"), _m(r, "PNR @@@%%%"), _m(r, "RE: ^####/@"), _m(r, "Contract 2#/@@/^##"),
        _m(r, "POL-^#-######"), _m(r, "Claim ^######"), _m(r, "Mandate MNDT-^#####"), _m(r, "EREF ^#########"),
    ))  # fmt: skip


def tracking(r: random.Random) -> tuple[str, str]:
    return "TRACKING", r.choice((
        "1Z" + _m(r, "%%%%%%##########"), _m(r, "@@#########") + r.choice(("GB", "DE", "NL", "SE", "CH")),
        _m(r, "MSCU^######"), _m(r, "TGHU ^#####-#"), _m(r, "JJD00##############"), _m(r, "9400 1### #### #### #### ##"),
        _m(r, "AWB 1##-########"),
    ))  # fmt: skip


def _isin_check(body: str) -> str:
    digits = "".join(str(int(c, 36)) for c in body)
    return luhn_digit(digits)


def isin(r: random.Random) -> tuple[str, str]:
    body = r.choice(("US", "DE", "FR", "GB", "NL", "CH", "IE", "LU", "JP")) + _m(r, "%%%%%%%%%")
    return "ISIN", body + _isin_check(body)


def cusip(r: random.Random) -> tuple[str, str]:
    body = _m(r, "^##%%%") + _m(r, "##")
    total = 0
    for i, c in enumerate(body):
        v = int(c, 36)
        v = v * 2 if i % 2 else v
        total += v // 10 + v % 10
    return "CUSIP", body + str((10 - total % 10) % 10)


def lei(r: random.Random) -> tuple[str, str]:
    body = _m(r, "^###00%%%%%%%%%%%%")
    check = iban_check("", body)  # ISO 17442 uses ISO 7064 mod 97-10, as IBANs do
    return "LEI", body + check


def ticker(r: random.Random) -> tuple[str, str]:
    return "TICKER", r.choice(("NYSE: BRK.B", "NASDAQ: ADBE", "XETRA: SAP", "LSE: BARC", "TSX: RY", "SIX: NESN",
                               "Euronext: MC", "TYO: 7203", "ASX: CBA", "BME: ITX"))  # fmt: skip


def icd10(r: random.Random) -> tuple[str, str]:
    return "ICD10", r.choice(("I10", "E11.65", "J18.9", "M54.50", "K21.0", "N39.0", "F32.1", "S82.201A",
                              "R07.9", "Z95.1", "O24.419", "G43.909", "C50.912", "L40.0"))  # fmt: skip


def citation(r: random.Random) -> tuple[str, str]:
    return "CITATION", r.choice((
        f"{r.randint(400, 599)} U.S. {r.randint(1, 900)} ({r.randint(1990, 2024)})",
        f"[{r.randint(2001, 2025)}] UKSC {r.randint(1, 60)}", f"§ {r.randint(100, 999)} BGB",
        f"Art. {r.randint(5, 99)} GDPR", f"Cal. Civ. Proc. Code § {r.randint(400, 1010)}",
        f"{r.randint(1, 999)} F.4th {r.randint(1, 1200)}", f"ECLI:EU:C:{r.randint(2010, 2025)}:{r.randint(10, 999)}",
        f"Fed. R. Civ. P. {r.randint(4, 45)}(b)",
    ))  # fmt: skip


def docket(r: random.Random) -> tuple[str, str]:
    return "DOCKET", r.choice((
        _m(r, "No. 2:2#-cv-0####"), _m(r, "Case C-^##/2#"), _m(r, "Az. ^ O ###/2#"), _m(r, "HC-2#-^####"),
        _m(r, "Index No. 65####/202#"), _m(r, "RG 2#/0####"),
    ))  # fmt: skip


def version(r: random.Random) -> tuple[str, str]:
    return "VERSION", r.choice((
        f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}", f"build {r.randint(1000, 99999)}",
        f"{r.randint(10, 24)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 4000)}", f"rev. {r.choice(U)}{r.randint(2, 9)}",
        f"API 20{r.randint(20, 26)}-{r.randint(1, 12):02d}",
    ))  # fmt: skip


def measure(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice((
        f"{r.randint(40, 140)} kg", f"{r.randint(120, 210)} cm", f"{r.randint(95, 180)}/{r.randint(55, 110)} mmHg",
        f"{r.randint(2, 400)} mg", f"{r.randint(20, 400)} m²", f"{r.randint(1, 40)} ft 6 in", f"{r.randint(35, 41)}.{r.randint(0, 9)} °C",
        f"{r.randint(1, 900)} CBM", f"{r.randint(100, 26000):,} lbs", f"{r.randint(1, 30)} x {r.randint(1, 30)} cm",
    ))  # fmt: skip


def weight(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice(
        (f"{r.randint(45, 130)} kg", f"{r.randint(95, 290)} lb", f"{r.randint(45, 130)}.{r.randint(0, 9)} kg")
    )


def height(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice(
        (f"{r.randint(150, 200)} cm", f"{r.randint(4, 6)}' {r.randint(0, 11)}\"", f"1.{r.randint(50, 99)} m")
    )


def blood_pressure(r: random.Random) -> tuple[str, str]:
    return "MEASURE", f"{r.randint(95, 185)}/{r.randint(55, 110)}"


def temperature(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice(
        (f"{r.randint(35, 40)}.{r.randint(0, 9)} °C", f"{r.randint(97, 103)}.{r.randint(0, 9)}F")
    )


def dose(r: random.Random) -> tuple[str, str]:
    return "MEASURE", r.choice(
        (f"{r.choice((5, 10, 20, 25, 50, 100, 500))} mg", f"{r.randint(1, 30)} units", "0.5 mL")
    )


def traffic_law(r: random.Random) -> tuple[str, str]:
    return "CITATION", r.choice(("Cal. Veh. Code § 22350", "§ 3 Abs. 3 StVO", "Road Traffic Act 1988, s. 89",
                                 "N.Y. VTL § 1180(d)", "art. R413-14 du Code de la route", "Tex. Transp. Code § 545.351",
                                 "art. 142 Codice della strada", "FL Stat. 316.183"))  # fmt: skip


def lot(r: random.Random) -> tuple[str, str]:
    return "PRODUCT", r.choice((_m(r, "@@^###"), _m(r, "^#@##@"), _m(r, "LOT ^###-@")))


def hs_code(r: random.Random) -> tuple[str, str]:
    return "PRODUCT", r.choice(("6110.20", "6912.00", "3926.90", "4901.99", "8517.13", "9503.00", "6403.99"))


def vin(r: random.Random) -> tuple[str, str]:
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "PRODUCT", r.choice(("WVW", "VF1", "JTD", "KNA", "TMB", "WBA")) + "".join(
        r.choice(pool) for _ in range(14)
    )


def ndc(r: random.Random) -> tuple[str, str]:
    return "PRODUCT", _m(r, "NDC ^####-###-##")


def ein(r: random.Random) -> tuple[str, str]:
    """An employer identification number: a company's, laid out like no personal identifier."""
    return "EIN", f"{r.choice((12, 20, 27, 35, 46, 52, 61, 77, 84, 94))}-{r.randint(1000000, 9999999)}"


def flight(r: random.Random) -> tuple[str, str]:
    return "FLIGHT", f"{r.choice(('LH', 'BA', 'AF', 'IB', 'KL', 'SK', 'TK', 'EK'))} {r.randint(100, 4999)}"


def percent(r: random.Random) -> tuple[str, str]:
    return "PERCENT", r.choice(
        (f"{r.randint(1, 99)}.{r.randint(0, 9)}%", f"{r.randint(1, 40)} %", f"+{r.randint(1, 30)}bp")
    )


COMPANIES = ("Fjordline Re AS", "Castellan Trust Company", "Oberholz Maschinenbau AG", "Vireo Biologics Inc.",
             "Marchetti & Figli S.r.l.", "Quillon Payments B.V.", "Sandhurst Mutual plc", "Kirin Ridge Partners LP",
             "Atlas Freight Forwarding LLC", "Nordhavn Pension", "Brescia Ceramica SpA", "Lumen Dental Group",
             "Pemberton Hale LLP", "Grupo Tarragona S.L.", "Hokuto Trading K.K.")  # fmt: skip
CITIES = ("Antwerp", "Bilbao", "Kraków", "Turin", "Graz", "Malmö", "Rotterdam", "Edinburgh", "Osaka",
          "Montréal", "Valparaíso", "Dubai", "Nairobi", "Auckland", "Tallinn")  # fmt: skip


def company(r: random.Random) -> tuple[str, str]:
    return "COMPANY", r.choice(COMPANIES)


def city(r: random.Random) -> tuple[str, str]:
    return "CITY", r.choice(CITIES)


def product(r: random.Random) -> tuple[str, str]:
    return "PRODUCT", r.choice((
        _m(r, "SKU %%%-^###"), _m(r, "P/N ^##-####-##"), _m(r, "HS ^###.##"), _m(r, "Lot @^####"),
        _m(r, "S/N @@^#######"), _m(r, "Model @@-^##@"), _m(r, "VIN 1@@@@##@#@@######"), _m(r, "NDC ^####-###-##"),
    ))  # fmt: skip


ANY = (amount, other_date, reference, tracking, isin, cusip, lei, ticker, icd10, citation, docket, version,
       measure, company, city, product, percent, flight)  # fmt: skip
