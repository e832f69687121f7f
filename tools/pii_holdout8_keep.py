"""Must-keep values of the eighth holdout PII set (tools/pii_holdout8_set.py): the tokens real records carry
around personal data and a scrubber must leave alone. Each function takes the document's RNG and returns
(type, value). Security identifiers carry valid check digits; ICD-10, CPT and LOINC codes, HS headings and
citations are real."""

from __future__ import annotations

import random
import string

CURRENCIES = {
    "US": "${:,.2f}", "NG": "₦{:,.2f}", "GH": "GH₵{:,.2f}", "ZA": "R{:,.2f}", "SO": "{:,.0f} SOS", "KE": "KSh {:,.2f}",
    "TZ": "TSh {:,.0f}", "MG": "{:,.0f} Ar", "BD": "৳{:,.2f}", "IN": "Rs {:,.2f}", "LK": "LKR {:,.2f}",
    "NP": "NPR {:,.2f}", "TH": "฿{:,.2f}", "KH": "KHR {:,.0f}", "MM": "{:,.0f} MMK", "LA": "₭{:,.0f}",
    "MY": "RM {:,.2f}", "FJ": "FJ${:,.2f}", "CA": "C${:,.2f}", "HU": "{:,.0f} Ft", "CZ": "{:,.2f} Kč",
    "RS": "{:,.2f} RSD", "BG": "{:,.2f} лв.", "RO": "{:,.2f} lei", "IS": "{:,.0f} kr.", "FO": "DKK {:,.2f}",
    "IR": "IRR {:,.0f}", "IQ": "IQD {:,.0f}", "AF": "AFN {:,.2f}", "PK": "PKR {:,.2f}", "EG": "E£{:,.2f}",
    "IL": "₪{:,.2f}", "AZ": "{:,.2f} ₼", "UZ": "{:,.0f} soʻm", "RU": "{:,.2f} ₽", "CN": "CN¥{:,.2f}",
    "HK": "HK${:,.2f}", "JP": "¥{:,.0f}", "KR": "₩{:,.0f}",
}  # fmt: skip
COMPANIES = ("Veldt Mutual Assurance", "Kilimanjaro Remit Ltd", "Danube Custody Zrt.", "Mekong Bourse Securities",
             "Arctic Char Holdings ehf.", "Baltic Amber Brokers UAB", "Sahel Microcredit SA", "Lotus Forex Sdn Bhd",
             "Garonne Arbitrage SAS", "Tasman Ferries Pty", "Hollowfield Coworking Inc.", "Pinecrest Clearing LLC",
             "Qanat Payments PJSC", "Cedar & Olive Notaries", "Harbour Ridge Academy", "Juniper Couriers Oy")  # fmt: skip
MEDICAL = ("Kapiolani Renal Unit", "Ubuntu Physio Clinic", "Lakeview Telehealth", "Siriraj Eye Centre Ltd",
           "St Brigid Home Care", "Sava Dialysis d.o.o.", "Mount Meru Hospital")  # fmt: skip
CITIES = ("Zanzibar", "Kumasi", "Pécs", "Olomouc", "Kaunas", "Tartu", "Akureyri", "Tórshavn", "Girona", "Lugo",
          "Bastia", "Tabriz", "Herat", "Multan", "Luxor", "Haifa", "Ganja", "Bukhara", "Chengdu", "Sapporo", "Ulsan",
          "Chiang Rai", "Battambang", "Mandalay", "Ipoh", "Lautoka", "Iqaluit", "Hilo", "Gallup", "Sylhet")  # fmt: skip
ICD10 = ("N18.6", "Z99.2", "M75.1", "S83.511A", "H52.13", "H40.11", "M17.11", "E10.65", "I50.9", "U07.1",
         "Z23", "G47.33", "M62.81", "R26.81", "Z74.09", "H25.9")  # fmt: skip
CPT = ("97110", "97140", "92015", "90935", "99443", "97530", "92004", "90999")
LOINC = ("2160-0", "718-7", "2823-3", "4548-4", "33914-3", "14682-9")
CITATIONS = ("9 U.S.C. § 10(a)", "28 U.S.C. § 1865(b)", "15 U.S.C. § 1681i", "Arbitration Act 1996, s. 68",
             "art. 1520 CPC", "New York Convention art. V(1)(b)", "UNCITRAL Model Law art. 34",
             "British Nationality Act 1981, Sch. 1", "Small Claims Rule 4.01", "Regulation (EU) 2019/1111",
             "Civil Procedure Act s. 24", "FINRA Rule 11870")  # fmt: skip
TICKERS = ("OTP.BD", "CEZ.PR", "KRKG", "TEL.BU", "MARL.IS", "SCOM.NR", "PTT.BK", "MAYBANK.KL", "0700.HK", "6758.T",
           "000660.KS", "HUBC.KA", "COMI.CA", "TEVA", "EREGL.IS")  # fmt: skip
DRUGS = ("Epoetin alfa 4000 IU", "Sevelamer 800 mg", "Ibuprofen 400 mg", "Latanoprost 0.005% eye drops",
         "Heparin 5000 IU/mL", "Calcitriol 0.25 mcg", "Paracetamol 1 g", "Diclofenac 1% gel")  # fmt: skip
HS_CODES = ("0901.21", "6109.10", "8517.13", "3004.90", "0902.30", "6403.99", "9503.00", "4202.22")


def _pick(r: random.Random, pattern: str) -> str:
    return "".join(
        r.choice(string.digits) if c == "#" else r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") if c == "@" else c
        for c in pattern
    )


def amount(r: random.Random, country: str, top: int = 4000) -> tuple[str, str]:
    """A sum in the country's currency (now and then in US dollars), up to about `top` units."""
    form = CURRENCIES.get(country, "EUR {:,.2f}") if r.random() < 0.8 else "USD {:,.2f}"
    if country in ("SI", "SK", "HR", "LT", "LV", "EE", "ES", "FR") and form != "USD {:,.2f}":
        form = r.choice(["€{:,.2f}", "{:,.2f} €", "EUR {:,.2f}"])
    value = r.randint(top // 200 + 5, top) + r.randint(0, 99) / 100
    return "AMOUNT", form.format(value)


def other_date(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2020, 2026), r.randint(1, 12), r.randint(1, 28)
    month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return "DATE", r.choice(
        [f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d} {month} {y}", f"{y}{m:02d}{d:02d}"]
    )


def invoice(r: random.Random) -> tuple[str, str]:
    return "INVOICE", _pick(r, r.choice(["INV/@@/#####", "F-202#-######", "BILL-#####@", "SZ####/2#"]))


def order(r: random.Random) -> tuple[str, str]:
    return "ORDER", _pick(r, r.choice(["ORD-@@-######", "WO#######", "PO#####/@", "SR-####-####"]))


def reference(r: random.Random) -> tuple[str, str]:
    return "REFERENCE", _pick(r, r.choice(["@@@-####-@@@", "CLM######@", "TKT-#######", "ACAT####@@@###"]))


def tracking(r: random.Random) -> tuple[str, str]:
    return "TRACKING", _pick(r, r.choice(["@@#########HU", "9400#####################", "EMS@@#######CN"]))


def policy(r: random.Random) -> tuple[str, str]:
    return "POLICY", _pick(r, r.choice(["POL-@@-#######", "HX/#####/@@", "MTR########"]))


def isin(r: random.Random) -> tuple[str, str]:
    body = r.choice(["HU", "CZ", "TH", "MY", "HK", "KR", "IL", "US"]) + _pick(r, "@@#######")
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return "ISIN", body + str((10 - total % 10) % 10)


def cusip(r: random.Random) -> tuple[str, str]:
    body = _pick(r, "####@@#@")
    total = 0
    for i, c in enumerate(body):
        v = int(c, 36) * (2 if i % 2 else 1)
        total += v // 10 + v % 10
    return "CUSIP", body + str((10 - total % 10) % 10)


def ticker(r: random.Random) -> tuple[str, str]:
    return "TICKER", r.choice(TICKERS)


def icd10(r: random.Random) -> tuple[str, str]:
    return "ICD10", r.choice(ICD10)


def cpt(r: random.Random) -> tuple[str, str]:
    return "CPT", "CPT " + r.choice(CPT)


def loinc(r: random.Random) -> tuple[str, str]:
    return "LOINC", "LOINC " + r.choice(LOINC)


def citation(r: random.Random) -> tuple[str, str]:
    return "CITATION", r.choice(CITATIONS)


def docket(r: random.Random) -> tuple[str, str]:
    return "DOCKET", _pick(r, r.choice(["ICC Case No. #####/@@", "LCIA No. 2#####", "SC-202#-######",
                                         "Case ARB/2#/##", "Juror Part. ###"]))  # fmt: skip


def claim_no(r: random.Random) -> tuple[str, str]:
    return "DOCKET", _pick(r, r.choice(["SC-202#-######", "K##@@###", "Claim no. ####/2#"]))


def version(r: random.Random) -> tuple[str, str]:
    return "VERSION", f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}-r{r.randint(1, 9)}"


def measurement(r: random.Random, unit: str) -> tuple[str, str]:
    low, high = {"kg": (40, 125), "L": (1, 4), "mL/min": (150, 450), "D": (-8, 6), "°": (5, 170)}.get(
        unit, (1, 99)
    )
    return "MEASUREMENT", f"{r.randint(low, high)}.{r.randint(0, 9)} {unit}".replace(" °", "°")


def company(r: random.Random, sector: str = "") -> tuple[str, str]:
    """A company name; "medical" draws a care provider, anything else any other company."""
    return "COMPANY", r.choice(MEDICAL if sector == "medical" else COMPANIES)


def city(r: random.Random) -> tuple[str, str]:
    return "CITY", r.choice(CITIES)


def product(r: random.Random) -> tuple[str, str]:
    return "PRODUCT_CODE", _pick(r, r.choice(["SKU @@@-#####", "MODEL @@-###@", "GTIN 0#############"]))


def drug(r: random.Random) -> tuple[str, str]:
    return "DRUG", r.choice(DRUGS)


def hs_code(r: random.Random) -> tuple[str, str]:
    return "HS_CODE", "HS " + r.choice(HS_CODES)


def percent(r: random.Random) -> tuple[str, str]:
    return "PERCENT", f"{r.randint(0, 40)}.{r.randint(0, 9)} %"


def seat(r: random.Random) -> tuple[str, str]:
    return "SEAT", _pick(r, r.choice(["Deck #, cabin ####", "Seat ##@", "Berth @-##"]))


def vessel(r: random.Random) -> tuple[str, str]:
    return "VESSEL", r.choice(
        ["MV Nordlys Star", "MS Baltic Queen", "MV Kilimanjaro IV", "HSC Tasman Spirit"]
    )


def cohort(r: random.Random) -> tuple[str, str]:
    return "LABEL", r.choice(["Year 7", "Grade 3", "Klasse 5b", "Form 2 West", "Cohort 2026"])
