"""Must-keep values of the ninth holdout PII set (tools/pii_holdout9_set.py): the tokens real records carry
around personal data and a scrubber must leave alone. Each function takes the document's RNG and returns
(type, value). Security identifiers carry valid check digits; ICD-10 and ATC codes, HS headings and
citations are real."""

from __future__ import annotations

import random
import string

CURRENCIES = {
    "US": "${:,.2f}", "SN": "{:,.0f} FCFA", "GN": "{:,.0f} GNF", "ML": "{:,.0f} FCFA", "RW": "RWF {:,.0f}",
    "UG": "UGX {:,.0f}", "ZW": "ZiG {:,.2f}", "BW": "P{:,.2f}", "LS": "M{:,.2f}", "ET": "Br {:,.2f}",
    "ER": "Nfk {:,.2f}", "MA": "{:,.2f} MAD", "DZ": "{:,.2f} DA", "IN": "₹{:,.2f}", "BT": "Nu. {:,.2f}",
    "TJ": "{:,.2f} TJS", "TM": "{:,.2f} TMT", "KG": "{:,.2f} сом", "RU": "{:,.2f} руб.", "BY": "{:,.2f} BYN",
    "UA": "{:,.2f} ₴", "PL": "{:,.2f} zł", "AL": "{:,.0f} Lekë", "MK": "{:,.0f} ден.", "BA": "{:,.2f} KM",
    "ZA": "R {:,.2f}", "GL": "{:,.2f} kr.", "CA": "CA${:,.2f}", "CL": "CLP {:,.0f}", "PY": "₲ {:,.0f}",
    "MX": "MX${:,.2f}", "TO": "T${:,.2f}", "PG": "K {:,.2f}", "ID": "Rp {:,.0f}", "MM": "K{:,.0f}",
}  # fmt: skip
EURO = ("GR", "CY", "IT", "LU", "BE")
COMPANIES = ("Teranga Home Loans SA", "Niger Bend Trust Bank", "Virunga Mutual Insurance", "Zambezi Securities Ltd",
             "Kalahari Freight (Pty) Ltd", "Atlas Amazigh Realty", "Malabar Coast Traders", "Druk Orchid Hotels",
             "Pamir Leasing LLC", "Vistula Payroll Sp. z o.o.", "Aegean Shipping Agency", "Illyria Rent-a-Car",
             "Moselle Fiduciaire Sàrl", "Scheldt Ledger NV", "Karoo Tenancy Services", "Ilulissat Fjord Lodge",
             "Araucanía Export SpA", "Chapultepec Gym SA de CV", "Ha'apai Travel", "Ubud Rice Terrace Villas",
             "Salween Logistics Co.", "Tasi Tolu Telecom", "Sequoyah Credit Union", "Paraná Cambios SA")  # fmt: skip
MEDICAL = ("Mulago Referral Hospital", "Amrita Institute Ward 4", "Hôpital Mustapha Bacha", "Tigray Health Post",
           "Evangelismos Clinic", "Klinikum Kirchberg", "Hospital Regional de Temuco", "Vaiola Hospital",
           "Guam Memorial Hospital", "Port Moresby General")  # fmt: skip
CITIES = ("Dakar", "Conakry", "Bamako", "Kigali", "Jinja", "Mutare", "Maun", "Maseru", "Adama", "Asmara", "Agadir",
          "Tizi Ouzou", "Mysuru", "Thrissur", "Cuttack", "Jorhat", "Punakha", "Khujand", "Mary", "Karakol",
          "Vladikavkaz", "Hrodna", "Chernivtsi", "Gdańsk", "Patras", "Paphos", "Gjirokastër", "Bitola", "Tuzla",
          "Sassari", "Pordenone", "Ettelbruck", "Mechelen", "Paarl", "Sisimiut", "Kenora", "Temuco", "Villarrica",
          "Cholula", "Neiafu", "Tamuning", "Melekeok", "Madang", "Surakarta", "Gianyar", "Hpa-An", "Baucau")  # fmt: skip
ICD10 = ("A90", "B54", "J18.9", "K35.80", "O80", "S72.001A", "I21.4", "E11.9", "Z23", "N39.0", "J45.909",
         "K02.9", "R50.9", "T78.40XA", "Z00.00", "M54.5")  # fmt: skip
ATC = ("J07BX03", "J07AL02", "N02BE01", "C09AA05", "A10BA02", "J01CA04", "R03AC02", "C10AA05")
CITATIONS = ("11 U.S.C. § 522(d)", "Fed. R. Civ. P. 30(b)(6)", "11 U.S.C. § 341", "Rule 1007(b)",
             "UCP 600 art. 14", "ISBP 821", "Housing Act 2004, s. 213", "Incoterms® 2020 CIF",
             "Regulation (EU) 2021/953", "Art. 1175 Codice civile", "Wills Act 1837, s. 9",
             "Code des douanes art. 95")  # fmt: skip
TICKERS = ("SNTS.BRVM", "MTNU.UG", "DLTA.ZW", "BOTS.BW", "IAM.MA", "INFY.NS", "PKO.WA", "KRZ.AT", "OPAP.AT",
           "BOCH.CY", "ENI.MI", "ABI.BR", "NPN.JO", "SQM-B.SN", "WALMEX.MX", "BBCA.JK", "TLKM.JK")  # fmt: skip
LAB_TESTS = ("HbA1c", "CBC with diff", "Lipid panel", "TSH", "Ferritin", "CRP", "Malaria RDT", "Urinalysis")
HS_CODES = ("0901.11", "1801.00", "0904.11", "5201.00", "7113.19", "0910.11", "2009.89", "4403.49")


def _pick(r: random.Random, pattern: str) -> str:
    return "".join(
        r.choice(string.digits) if c == "#" else r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") if c == "@" else c
        for c in pattern
    )


def amount(r: random.Random, country: str, top: int = 4000) -> tuple[str, str]:
    """A sum in the country's currency (now and then in US dollars or euros), up to about `top` units."""
    form = (
        CURRENCIES.get(country, "EUR {:,.2f}") if r.random() < 0.8 else r.choice(["USD {:,.2f}", "€{:,.2f}"])
    )
    if country in EURO and r.random() < 0.9:
        form = r.choice(["€{:,.2f}", "{:,.2f} €", "EUR {:,.2f}"])
    value = r.randint(top // 200 + 5, top) + r.randint(0, 99) / 100
    return "AMOUNT", form.format(value)


def other_date(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2021, 2027), r.randint(1, 12), r.randint(1, 28)
    month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return "DATE", r.choice(
        [f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{month} {d}, {y}", f"{d}-{month}-{y}"]
    )


def invoice(r: random.Random) -> tuple[str, str]:
    return "INVOICE", _pick(r, r.choice(["FOL-######", "INV@@-2#-####", "NF ###.###", "RCPT/####/@"]))


def order(r: random.Random) -> tuple[str, str]:
    return "ORDER", _pick(r, r.choice(["SO-2#-#####", "RA######@@", "BKG-@@####", "PR/###/@@"]))


def reference(r: random.Random) -> tuple[str, str]:
    return "REFERENCE", _pick(r, r.choice(["LC/@@/2#/####", "OFF-#####-@", "INC-2#-######", "CASE-@@####"]))


def flight(r: random.Random) -> tuple[str, str]:
    return "FLIGHT", r.choice(["ET", "SN", "KQ", "WB", "LO", "A3", "LG", "AM", "GA", "PX", "UA"]) + _pick(
        r, " ###"
    )


def ticket(r: random.Random) -> tuple[str, str]:
    return "TICKET", _pick(r, "###-##########")


def plate(r: random.Random) -> tuple[str, str]:
    return "PLATE", _pick(r, r.choice(["@@ ###-@@", "@@-####", "### @@@", "@ ####-@@"]))


def isin(r: random.Random) -> tuple[str, str]:
    body = r.choice(["PL", "GR", "IT", "BE", "ZA", "MA", "IN", "MX", "ID", "US"]) + _pick(r, "@@#######")
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return "ISIN", body + str((10 - total % 10) % 10)


def ticker(r: random.Random) -> tuple[str, str]:
    return "TICKER", r.choice(TICKERS)


def icd10(r: random.Random) -> tuple[str, str]:
    return "ICD10", r.choice(ICD10)


def atc(r: random.Random) -> tuple[str, str]:
    return "ATC", r.choice(ATC)


def lab_test(r: random.Random) -> tuple[str, str]:
    return "LAB_TEST", r.choice(LAB_TESTS)


def citation(r: random.Random) -> tuple[str, str]:
    return "CITATION", r.choice(CITATIONS)


def docket(r: random.Random) -> tuple[str, str]:
    return "DOCKET", _pick(
        r, r.choice(["Case No. 2#-#####-@@@", "Bankr. No. 2#-1####", "Civ. A. No. #:2#-cv-####"])
    )


def version(r: random.Random) -> tuple[str, str]:
    return "VERSION", f"v{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 19)}"


def company(r: random.Random, sector: str = "") -> tuple[str, str]:
    """A company name; "medical" draws a care provider, anything else any other company."""
    return "COMPANY", r.choice(MEDICAL if sector == "medical" else COMPANIES)


def city(r: random.Random) -> tuple[str, str]:
    return "CITY", r.choice(CITIES)


def hs_code(r: random.Random) -> tuple[str, str]:
    return "HS_CODE", "HS " + r.choice(HS_CODES)


def percent(r: random.Random) -> tuple[str, str]:
    return "PERCENT", f"{r.randint(1, 12)}.{r.randint(0, 99):02d}%"


def room(r: random.Random) -> tuple[str, str]:
    return "ROOM", _pick(r, r.choice(["Room ###", "Villa #@", "Suite ##"]))


def issue(r: random.Random) -> tuple[str, str]:
    return "ISSUE", _pick(r, r.choice(["#####", "PLAT-####", "OPS-###"]))
