"""Must-keep values of the seventh holdout PII set (tools/pii_holdout7_set.py): the tokens real records carry
around personal data and a scrubber must leave alone. Each function takes the document's RNG and returns
(type, value). Security identifiers carry valid check digits; ICD-10 codes, citations and units are real."""

from __future__ import annotations

import random
import string

CURRENCIES = {
    "US": ("USD", "${:,.2f}"), "GB": ("GBP", "£{:,.2f}"), "IE": ("EUR", "€{:,.2f}"), "IN": ("INR", "₹{:,.2f}"),
    "JP": ("JPY", "¥{:,.0f}"), "KR": ("KRW", "₩{:,.0f}"), "BR": ("BRL", "R$ {:,.2f}"), "MX": ("MXN", "MX${:,.2f}"),
    "CH": ("CHF", "CHF {:,.2f}"), "NO": ("NOK", "NOK {:,.2f}"), "SE": ("SEK", "{:,.2f} kr"), "TR": ("TRY", "₺{:,.2f}"),
    "GE": ("GEL", "{:,.2f} ₾"), "AM": ("AMD", "{:,.0f} ֏"), "KZ": ("KZT", "{:,.0f} ₸"), "MN": ("MNT", "₮{:,.0f}"),
    "NG": ("NGN", "₦{:,.2f}"), "ZA": ("ZAR", "R {:,.2f}"), "ET": ("ETB", "ETB {:,.2f}"), "AE": ("AED", "AED {:,.2f}"),
    "PE": ("PEN", "S/ {:,.2f}"), "BO": ("BOB", "Bs {:,.2f}"), "AU": ("AUD", "A${:,.2f}"), "NZ": ("NZD", "NZ${:,.2f}"),
    "WS": ("WST", "WS${:,.2f}"), "PH": ("PHP", "₱{:,.2f}"), "ID": ("IDR", "Rp {:,.0f}"), "VN": ("VND", "{:,.0f} ₫"),
    "LK": ("LKR", "Rs. {:,.2f}"), "CA": ("CAD", "{:,.2f} $ CA"), "PL": ("PLN", "{:,.2f} zł"),
}  # fmt: skip
COMPANIES = ("Kestrel Mutual plc", "Banco Andino S.A.", "Nordlys Forsikring ASA", "Hōkū Pharmacy Ltd",
             "Tbilisi Credit Union", "Arrowroot Logistics LLC", "Caisse Populaire Ste-Foy", "Steppe Leasing JSC",
             "Maluhia Dental Group", "Orchid Payroll Sdn Bhd", "Brennan & Ó Briain Solicitors", "Zugspitz Treuhand AG",
             "Sampo Care Oy", "Ubuntu Recoveries (Pty) Ltd", "Ayni Microfinanzas", "Ridgeback Ambulance Trust",
             "Penhallow Lettings", "Mahalo Medical Center", "Lakeshore Clinical Research", "Harbourline Bank")  # fmt: skip
CITIES = ("Rotterdam", "Hamburg", "Lyon", "Porto", "Bergen", "Oulu", "Cork", "Kraków", "Izmir", "Kutaisi",
          "Shymkent", "Erdenet", "Madurai", "Kandy", "Da Nang", "Davao", "Surabaya", "Osaka", "Daegu", "Rotorua",
          "Savai'i", "Ballarat", "Gondar", "Ibadan", "Durban", "Arequipa", "Sucre", "Puebla", "Recife", "Gatineau")  # fmt: skip
ICD10 = ("E11.9", "I10", "J45.909", "K21.0", "M54.5", "S72.001A", "R07.9", "N39.0", "F32.1", "Z00.00", "K02.52",
         "S06.0X0A", "I48.91", "O24.410", "T78.40XA", "R55", "K08.89", "E66.01", "J18.9", "L03.115")  # fmt: skip
CITATIONS = ("Fed. R. Civ. P. 45(b)(1)", "28 U.S.C. § 1783", "CPLR 5231", "Cal. Civ. Proc. Code § 706.020",
             "15 U.S.C. § 1692g", "Housing Act 1988, s. 21", "art. 1110 Code civil", "§ 850c ZPO",
             "Landlord and Tenant Act 1985, s. 11", "Reg. (EU) 2016/679 art. 15", "Notarial Act 2019, s. 12",
             "Fed. R. Evid. 902(11)", "Civil Procedure Rules 6.9", "art. 1216 Código Civil")  # fmt: skip
TICKERS = ("NESN", "ASML", "7203.T", "005930.KS", "RELIANCE.NS", "PETR4", "VOD.L", "BHP.AX", "KSPI", "TCELL",
           "MELI", "SHOP.TO", "EQNR.OL", "NOKIA.HE")  # fmt: skip
DRUGS = ("Metformin 500 mg tab", "Amoxicillin 250 mg/5 mL susp", "Atorvastatin 20 mg", "Salbutamol 100 mcg inh",
         "Warfarin 3 mg", "Levothyroxine 75 mcg", "Oxycodone 5 mg IR", "Insulin glargine 100 U/mL",
         "Lidocaine 2% w/ epi 1:100,000", "Ondansetron 4 mg ODT")  # fmt: skip
LABELS = ("Date of issue", "Reference", "Amount due", "Account type", "Valid until", "Status", "Branch",
          "Case type", "Priority", "Remarks", "Page", "Currency", "Department", "Unit", "Quantity", "Description")  # fmt: skip


def _pick(r: random.Random, pattern: str) -> str:
    return "".join(
        r.choice(string.digits) if c == "#" else r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") if c == "@" else c
        for c in pattern
    )


def amount(r: random.Random, country: str, top: int = 4000) -> tuple[str, str]:
    """A sum in the country's currency (now and then in euros), up to about `top` units."""
    form = CURRENCIES[country][1] if country in CURRENCIES and r.random() < 0.75 else "EUR {:,.2f}"
    value = r.randint(top // 200 + 5, top) + r.randint(0, 99) / 100
    return "AMOUNT", form.format(value)


def other_date(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
    month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return "DATE", r.choice(
        [f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{month} {d}, {y}"]
    )


def invoice(r: random.Random) -> tuple[str, str]:
    return "INVOICE", _pick(r, r.choice(["INV-####-#####", "FA/####/##/###", "RE-######", "TI####/@@"]))


def order(r: random.Random) -> tuple[str, str]:
    return "ORDER", _pick(r, r.choice(["PO-######", "SO@@-#####", "ORD#######", "BO/####/###"]))


def reference(r: random.Random) -> tuple[str, str]:
    return "REFERENCE", _pick(r, r.choice(["REF@@####@@", "CASE-##-#####", "TRN####@@@###", "Q@####-@@"]))


def tracking(r: random.Random) -> tuple[str, str]:
    return "TRACKING", _pick(
        r, r.choice(["1Z@@@###########", "@@#########GB", "JD###############", "@@#########NL"])
    )


def isin(r: random.Random) -> tuple[str, str]:
    body = r.choice(["US", "DE", "GB", "JP", "KZ", "BR", "CH"]) + _pick(r, "@@@######")[:9]
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return "ISIN", body + str((10 - total % 10) % 10)


def cusip(r: random.Random) -> tuple[str, str]:
    body = _pick(r, "###@@#@#")
    total = 0
    for i, c in enumerate(body):
        v = int(c, 36) * (2 if i % 2 else 1)
        total += v // 10 + v % 10
    return "CUSIP", body + str((10 - total % 10) % 10)


def ticker(r: random.Random) -> tuple[str, str]:
    return "TICKER", r.choice(TICKERS)


def icd10(r: random.Random) -> tuple[str, str]:
    return "ICD10", r.choice(ICD10)


def citation(r: random.Random) -> tuple[str, str]:
    return "CITATION", r.choice(CITATIONS)


def docket(r: random.Random) -> tuple[str, str]:
    return "DOCKET", _pick(r, r.choice(["No. #:2#-cv-#####", "Index No. ######/202#", "Claim K##@@###",
                                         "RG ##/#####", "Az. # C ###/2#"]))  # fmt: skip


def version(r: random.Random) -> tuple[str, str]:
    return "VERSION", f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}"


def measurement(r: random.Random, unit: str) -> tuple[str, str]:
    low, high = {"kg": (45, 130), "lb": (100, 290), "m²": (28, 160), "mmol/L": (3, 19), "m": (20, 300)}.get(
        unit, (2, 240)
    )
    return "MEASUREMENT", f"{r.randint(low, high)}.{r.randint(0, 9)} {unit}"


MEDICAL = (
    "Hōkū Pharmacy Ltd",
    "Maluhia Dental Group",
    "Sampo Care Oy",
    "Ridgeback Ambulance Trust",
    "Mahalo Medical Center",
    "Lakeshore Clinical Research",
)


def company(r: random.Random, sector: str = "") -> tuple[str, str]:
    """A company name; "medical" draws a care provider, anything else any other company."""
    pool = MEDICAL if sector == "medical" else tuple(c for c in COMPANIES if c not in MEDICAL)
    return "COMPANY", r.choice(pool)


def city(r: random.Random) -> tuple[str, str]:
    return "CITY", r.choice(CITIES)


def product(r: random.Random) -> tuple[str, str]:
    return "PRODUCT_CODE", _pick(
        r, r.choice(["SKU-@@-####", "P/N ###-####-@", "@@@-####-@@", "NDC #####-###-##"])
    )


def drug(r: random.Random) -> tuple[str, str]:
    return "DRUG", r.choice(DRUGS)


def lot(r: random.Random) -> tuple[str, str]:
    return "LOT", _pick(r, "LOT @@####")


def label(r: random.Random) -> tuple[str, str]:
    return "LABEL", r.choice(LABELS)


def percent(r: random.Random) -> tuple[str, str]:
    return "PERCENT", f"{r.randint(0, 24)}.{r.randint(0, 99):02d}%"


def duration(r: random.Random) -> tuple[str, str]:
    return "DURATION", f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
