"""Must-keep values of the tenth holdout PII set (tools/pii_holdout10_set.py): the tokens real records carry
around personal data and a scrubber must leave alone. Each function takes the document's RNG and returns
(type, value). ISINs and CUSIPs carry valid check digits; ICD-10 codes, ATC codes, citations, call signs and
FIDE-style rating numbers are written the way their registers print them."""

from __future__ import annotations

import random
import string

CURRENCIES = {
    "US": "${:,.2f}", "GB": "£{:,.2f}", "IM": "£{:,.2f}", "JE": "£{:,.2f}", "PL": "{:,.2f} zł", "MD": "{:,.2f} MDL",
    "UA": "{:,.2f} грн", "RU": "{:,.2f} ₽", "KZ": "{:,.0f} ₸", "CN": "¥{:,.2f}", "PK": "Rs {:,.0f}",
    "IN": "INR {:,.2f}", "MM": "{:,.0f} MMK", "MH": "US${:,.2f}", "KI": "A${:,.2f}", "PF": "{:,.0f} XPF",
    "VU": "VT {:,.0f}", "TV": "A${:,.2f}", "CF": "{:,.0f} FCFA", "UG": "USh {:,.0f}", "MW": "MK {:,.0f}", "ZM": "K{:,.2f}",
    "BI": "{:,.0f} FBu", "CD": "{:,.0f} FC", "TG": "{:,.0f} F CFA", "BJ": "{:,.0f} F CFA", "BF": "{:,.0f} F CFA",
    "SL": "Le {:,.2f}", "GM": "D{:,.2f}", "KM": "{:,.0f} KMF", "ZA": "R{:,.2f}", "NA": "N${:,.2f}",
    "SS": "SSP {:,.0f}", "DJ": "{:,.0f} FDJ", "CV": "{:,.0f} CVE", "HT": "{:,.2f} HTG", "CW": "NAf {:,.2f}",
    "GT": "Q{:,.2f}", "MX": "MXN {:,.2f}", "CA": "C${:,.2f}", "SR": "SRD {:,.2f}", "IQ": "{:,.0f} IQD",
    "MV": "MVR {:,.2f}",
}  # fmt: skip
EURO = ("ES", "IT", "DE", "SK")
COMPANIES = ("Hebridean Crofters Mutual", "Kernow Solar Cooperative", "Laxey Wheel Holdings", "Gorey Harbour Trust",
             "Nalón Mining Pension Fund", "Gherdëina Ski Rental", "Lausitzer Wollhandel GmbH", "Kaszëbë Bursztyn Sp. z o.o.",
             "Tatra Dairy a.s.", "Comrat Wine Cellars", "Qırım Tile Works", "Bashkort Honey LLC", "Lena River Freight",
             "Baikal Nomad Tours", "Ili Valley Traders", "Potala Carpet Workshop", "Indus Delta Fisheries",
             "Mandovi Cashew Exports", "Loktak Lake Ferries", "Irrawaddy Jade Guild", "Majuro Copra Co.",
             "Tarawa Seaweed Ltd", "Moorea Pearl Farms", "Efate Kava Co.", "Avarua Dive Lodge", "Nyeri Coffee Growers",
             "Lake Victoria Net Menders", "Shire Highlands Tea Estate", "Copperbelt Hauliers", "Tanganyika Ferry SA",
             "Congo River Barges SARL", "Kpalimé Cocoa Union", "Ganvié Stilt Crafts", "Sahel Shea Cooperative",
             "Gola Forest Lodge", "Gambia River Ferries", "Ezulwini Candle Works", "Soutpansberg Avocados",
             "Etosha Road Services", "Nile Cattle Exchange", "Assal Salt Works", "Mindelo Music House",
             "Jacmel Papier-Mâché Atelier", "Punda Harbour Supplies", "Xela Weaving Collective",
             "Henequén del Sur SA de CV", "Prairie Bison Outfitters", "Commewijne Rice Mill", "Ankawa Bakery",
             "Maafushi Dive Centre")  # fmt: skip
MEDICAL = ("Western Isles Hospital", "Noble's Hospital", "General Hospital St Helier", "Hospital Universitario Central de Asturias",
           "Ospedale di Bressanone", "Klinikum Oberlausitz", "Szpital Kartuzy", "Nemocnica Svidník", "Spitalul Raional Comrat",
           "Respublikanskaya Bolnitsa No. 2", "Tibet Autonomous Region People's Hospital", "Chandka Hospital Larkana",
           "Goa Medical College", "RIMS Imphal", "Majuro Hospital", "Tungaru Central Hospital", "Centre Hospitalier de Polynésie",
           "Vila Central Hospital", "Rarotonga Hospital", "Outspan Hospital Nyeri", "Queen Elizabeth Central Hospital",
           "Kasama General Hospital", "CHU Sylvanus Olympio", "CNHU-HKM Cotonou", "Connaught Hospital",
           "Mbabane Government Hospital", "Tshilidzini Hospital", "Oshakati Intermediate Hospital", "Juba Teaching Hospital",
           "Hôpital Peltier", "Hospital Agostinho Neto", "Hôpital Universitaire de Mirebalais", "Curaçao Medisch Centrum",
           "Hospital de Occidente", "Hospital O'Horán", "Royal University Hospital Saskatoon", "Academisch Ziekenhuis Paramaribo",
           "Indira Gandhi Memorial Hospital")  # fmt: skip
CITIES = ("Stornoway", "Truro", "Douglas", "St Helier", "Oviedo", "Urtijëi", "Bautzen", "Kartuzy", "Prešov", "Comrat",
          "Simferopol", "Ufa", "Yakutsk", "Ulan-Ude", "Zharkent", "Lhasa", "Larkana", "Margao", "Imphal", "Myitkyina",
          "Majuro", "Betio", "Papeete", "Luganville", "Avarua", "Nyeri", "Kisumu", "Zomba", "Kasama", "Gitega",
          "Mbandaka", "Kpalimé", "Abomey", "Koudougou", "Kenema", "Serekunda", "Manzini", "Thohoyandou", "Oshakati",
          "Bor", "Tadjourah", "Mindelo", "Jacmel", "Willemstad", "Quetzaltenango", "Valladolid", "Saskatoon",
          "Paramaribo", "Erbil", "Addu City")  # fmt: skip
ICD10 = ("J06.9", "E66.01", "I10", "K21.9", "F41.1", "L40.0", "M17.11", "N18.3", "O24.419", "H52.13", "B20",
         "A15.0", "G43.909", "R07.89", "S52.501A", "Z79.4", "E55.9", "D50.9")  # fmt: skip
ATC = ("A10AE04", "C07AB07", "N06AB06", "J05AR10", "B03AA07", "H03AA01", "M01AE01", "R06AE07", "A02BC01")
CITATIONS = ("28 U.S.C. § 1827", "Fed. R. Evid. 604", "Cal. Evid. Code § 752", "Court Interpreters Act",
             "18 U.S.C. § 4081", "42 U.S.C. § 1983", "Criminal Procedure Rules 2020, r. 3.8",
             "Art. 6(3)(e) ECHR", "Directive 2010/64/EU", "Police and Criminal Evidence Act 1984, s. 54",
             "La. C.Cr.P. art. 386", "Ley 29/2015, art. 12")  # fmt: skip
TICKERS = ("LSE:HSBA", "XETRA:SAP", "WSE:PKN", "MOEX:SBER", "KASE:KCEL", "PSX:OGDC", "NSE:TCS", "JSE:NPN",
           "NSE:SCOM", "BIT:ENI", "BME:SAN", "TSX:RY", "NYSE:KO", "NASDAQ:MSFT", "BMV:GFNORTEO")  # fmt: skip
LAB_TESTS = ("Fasting glucose", "Fructosamine", "eGFR", "Urine ACR", "Vitamin D 25-OH", "INR", "HbA1c")
CALL_PREFIXES = ("GM", "MT", "GD", "GJ", "EA1", "IN3", "DL", "SP2", "OM8", "ER1", "UR", "R9", "UA0", "UN7",
                 "BY6", "AP2", "VU2", "XZ1", "V73", "T30", "FO5", "YJ0", "E51", "5Z4", "9J2", "9U6", "9Q1",
                 "5V7", "TY2", "XT2", "9L1", "C5A", "3DA0", "ZS6", "V51", "Z81", "J28", "D44", "HH2", "PJ2",
                 "TG9", "XE3", "VE5", "PZ1", "YI9", "8Q7", "K0", "W6", "N2", "VE6")  # fmt: skip


def _pick(r: random.Random, pattern: str) -> str:
    return "".join(
        r.choice(string.digits) if c == "#" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c
        for c in pattern
    )


def amount(r: random.Random, country: str, top: int = 4000) -> tuple[str, str]:
    """A sum in the country's currency (now and then in US dollars or euros), up to about `top` units."""
    form = (
        CURRENCIES.get(country, "EUR {:,.2f}")
        if r.random() < 0.82
        else r.choice(["US$ {:,.2f}", "{:,.2f} EUR"])
    )
    if country in EURO and r.random() < 0.9:
        form = r.choice(["{:,.2f} €", "€ {:,.2f}", "EUR {:,.2f}"])
    value = r.randint(top // 200 + 3, top) + r.randint(0, 99) / 100
    return "AMOUNT", form.format(value)


def other_date(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2022, 2027), r.randint(1, 12), r.randint(1, 28)
    month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return "DATE", r.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {month} {y}",
            f"{month} {d}, {y}",
            f"{y}/{m:02d}/{d:02d}",
        ]
    )


def timestamp(r: random.Random) -> tuple[str, str]:
    """An ISO 8601 instant, as JSON resources and database shells print them."""
    y, m, d = r.randint(2022, 2026), r.randint(1, 12), r.randint(1, 28)
    return (
        "DATE",
        f"{y}-{m:02d}-{d:02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
    )


def clock(r: random.Random) -> tuple[str, str]:
    return "TIME", f"{r.randint(6, 21):02d}:{r.choice(['00', '15', '30', '45', '05', '50'])}"


def invoice(r: random.Random) -> tuple[str, str]:
    return "INVOICE", _pick(r, r.choice(["TUT-2#-###", "Q-####/@@", "INV #####", "FAC-@@-2##-####"]))


def order(r: random.Random) -> tuple[str, str]:
    return "ORDER", _pick(r, r.choice(["PO-@@-####", "ORD#######", "WO/2#/####", "JOB-####-@"]))


def reference(r: random.Random) -> tuple[str, str]:
    return "REFERENCE", _pick(r, r.choice(["REF/@@/####", "CLM-2#-#####", "LP-####-@@", "APP########"]))


def ticket(r: random.Random) -> tuple[str, str]:
    return "PLEDGE", _pick(r, r.choice(["P-######", "Tkt ####-@", "PL/2#/#####"]))


def lot(r: random.Random) -> tuple[str, str]:
    return "LOT", _pick(r, r.choice(["Lot ###", "LOT-##@", "Lot #### (@@)"]))


def serial(r: random.Random) -> tuple[str, str]:
    return "SERIAL", _pick(r, r.choice(["SN @@########", "S/N ####-@@@-####", "IMEI-like ref @@-#######"]))


def tag(r: random.Random) -> tuple[str, str]:
    return "TAG", _pick(r, r.choice(["UK ### ### #####", "EID 982 ##########", "Tag @@####"]))


def microchip(r: random.Random) -> tuple[str, str]:
    return "MICROCHIP", "9" + _pick(r, "##############")


def vaccine_batch(r: random.Random) -> tuple[str, str]:
    return "BATCH", _pick(r, r.choice(["Batch @####-##", "Lot A####@", "LOT ###@@#"]))


def isin(r: random.Random) -> tuple[str, str]:
    body = r.choice(["GB", "DE", "PL", "RU", "KZ", "IN", "ZA", "KE", "CA", "US", "MX"]) + _pick(
        r, "@@#######"
    )
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return "ISIN", body + str((10 - total % 10) % 10)


def cusip(r: random.Random) -> tuple[str, str]:
    body = _pick(r, "######@@")
    total = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else ord(c) - 55
        v = v * 2 if i % 2 else v
        total += v // 10 + v % 10
    return "CUSIP", body + str((10 - total % 10) % 10)


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
        r, r.choice(["No. 2#-CR-#####", "Case #:2#-cr-00###-@@@", "Docket 2#-F-####", "T2#####"])
    )


def version(r: random.Random) -> tuple[str, str]:
    return "VERSION", r.choice(
        ["v", "", "release-"]
    ) + f"{r.randint(0, 7)}.{r.randint(0, 30)}.{r.randint(0, 12)}"


def company(r: random.Random, sector: str = "") -> tuple[str, str]:
    """A company name; "medical" draws a care provider, anything else any other company."""
    return "COMPANY", r.choice(MEDICAL if sector == "medical" else COMPANIES)


def city(r: random.Random) -> tuple[str, str]:
    return "CITY", r.choice(CITIES)


def callsign(r: random.Random) -> tuple[str, str]:
    prefix = r.choice(CALL_PREFIXES)
    tail = _pick(r, r.choice(["@@@", "@@", "#@@@"] if not prefix[-1].isdigit() else ["@@@", "@@", "@"]))
    return "CALLSIGN", prefix + (
        "" if prefix[-1].isdigit() or tail[0].isdigit() else str(r.randint(0, 9))
    ) + tail


def locator(r: random.Random) -> tuple[str, str]:
    return "GRID", r.choice("ABCDEFGHIJKLMNOPQR") + r.choice("ABCDEFGHIJKLMNOPQR") + _pick(
        r, "##"
    ) + r.choice("abcdefghijklmnopqrstuvwx") + r.choice("abcdefghijklmnopqrstuvwx")


def rating_id(r: random.Random) -> tuple[str, str]:
    return "RATING_ID", str(r.randint(1_000_000, 34_999_999))


def object_id(r: random.Random) -> tuple[str, str]:
    return "OBJECT_ID", "".join(r.choice("0123456789abcdef") for _ in range(24))


def queue_id(r: random.Random) -> tuple[str, str]:
    return "QUEUE_ID", "".join(r.choice("0123456789ABCDEF") for _ in range(r.choice([10, 11, 12])))


def domain(r: random.Random) -> tuple[str, str]:
    stem = r.choice(["crofthouse", "pearlbay", "kavakings", "shea-union", "bison-trail", "jadeguild", "saltflat",
                     "teagarden", "cashewcoast", "nomadyurts"])  # fmt: skip
    return "DOMAIN", stem + r.choice(
        [".im", ".je", ".pf", ".vu", ".ck", ".ki", ".mv", ".cw", ".sr", ".ke", ".gm", ".ht"]
    )


def hostname(r: random.Random) -> tuple[str, str]:
    return "HOST", _pick(r, r.choice(["db-##.@@@.internal", "edge-#@", "mq##-prod", "app@##"])).lower()


def kwh(r: random.Random) -> tuple[str, str]:
    return "READING", f"{r.randint(1000, 99999)} kWh"


def meter(r: random.Random) -> tuple[str, str]:
    return "METER", _pick(r, r.choice(["MPAN 1# ### ### ### ###", "Zähler-Nr. ########", "MSN @##@######"]))


def percent(r: random.Random) -> tuple[str, str]:
    return "PERCENT", f"{r.randint(1, 30)}.{r.randint(0, 9)} %"


def inmate(r: random.Random) -> tuple[str, str]:
    return "INMATE", _pick(r, r.choice(["DOC #######", "Reg. No. #####-###", "Booking 2#-#####"]))


def isbn(r: random.Random) -> tuple[str, str]:
    body = "978" + _pick(r, "#########")
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return "ISBN", f"{body[:3]}-{body[3]}-{body[4:8]}-{body[8:]}-{check}"


def sku(r: random.Random) -> tuple[str, str]:
    return "SKU", _pick(r, r.choice(["SKU-@@-####", "EAN 40######", "ART. ###.###"]))


def plot(r: random.Random) -> tuple[str, str]:
    return "PLOT", _pick(r, r.choice(["Plot @##", "Parcelle ##@", "Beet ##"]))
