"""Must-keep values of the fourteenth holdout PII set (tools/pii_holdout14_set.py): the tokens real records carry
around personal data and a scrubber must leave alone. Each function takes the document's RNG and returns
(type, value). ISINs, CUSIPs, LEIs, ABA routing numbers, IMO ship numbers, NPIs and North American VINs carry
valid check digits; long reference numbers that look like cards are drawn until they fail the Luhn check;
ICD-10 and CPT codes, citations and dockets are written the way their registers print them; company names
include firms named after people, and city names include places that are also surnames."""

from __future__ import annotations

import random
import string

CURRENCIES = {
    "US": "${:,.2f}", "CA": "CAD {:,.2f}", "BS": "B${:,.2f}", "VC": "EC${:,.2f}", "LC": "XCD {:,.2f}",
    "BZ": "BZ${:,.2f}", "MQ": "{:,.2f} €", "GT": "Q{:,.2f}", "MX": "MXN {:,.2f}", "BR": "R$ {:,.2f}",
    "PE": "S/. {:,.2f}", "AR": "ARS {:,.0f}", "CL": "CLP {:,.0f}", "BE": "€{:,.2f}", "NL": "€ {:,.2f}",
    "DE": "{:,.2f} EUR", "FR": "{:,.2f} EUR", "CH": "CHF {:,.2f}", "PL": "{:,.2f} PLN", "LV": "EUR {:,.2f}",
    "RU": "{:,.0f} руб.", "GR": "€{:,.2f}", "IT": "EUR {:,.2f}", "ME": "€ {:,.2f}", "TR": "₺{:,.2f}",
    "AZ": "{:,.2f} AZN", "UZ": "{:,.0f} so'm", "KZ": "{:,.0f} ₸", "CN": "¥{:,.2f}", "TW": "NT$ {:,.0f}",
    "ID": "Rp {:,.0f}", "PH": "PHP {:,.2f}", "MY": "RM {:,.2f}", "SG": "S${:,.2f}", "IN": "₹{:,.2f}",
    "NP": "NPR {:,.2f}", "PK": "PKR {:,.0f}", "TJ": "{:,.2f} TJS", "KE": "KSh {:,.0f}", "TZ": "TSh {:,.0f}",
    "UG": "UGX {:,.0f}", "ML": "{:,.0f} XOF", "SL": "Le {:,.2f}", "LR": "L${:,.2f}", "TG": "{:,.0f} XOF",
    "AO": "{:,.2f} Kz", "ZM": "K{:,.2f}", "NA": "N${:,.2f}", "ZA": "R {:,.2f}", "AU": "A${:,.2f}",
    "FJ": "FJD {:,.2f}", "PG": "K {:,.2f}", "GG": "£{:,.2f}", "AG": "EC$ {:,.2f}", "GD": "XCD {:,.2f}",
    "KY": "CI${:,.2f}", "VG": "US${:,.2f}", "MS": "EC${:,.2f}", "AI": "EC$ {:,.2f}",
}  # fmt: skip
# Firms, several named after people: they stay, whatever name they carry.
COMPANIES = ("Harjo & Tiger Roofing LLC", "Muscogee Nation Gaming Enterprises", "Tohono O'odham Community Action",
             "Aleutian Pribilof Islands Association", "Haida Gwaii Ferries", "Dene Cree Resources",
             "Albury's Ferry Service", "De Freitas Hardware Ltd", "Maharaj Roti Shop", "Mopan Cacao Cooperative",
             "Habitation Clément SAS", "Cooperativa Ixil Nebaj", "Pátzcuaro Lacquer Works", "Bettencourt Pescados Ltda",
             "Raffo Hermanos SAC", "Cooperativa Agrícola Hergenreder", "Kusanovic y Cía.", "Eupener Brauerei",
             "Zeeuwse Mosselveiling", "Huber Bräu Eichstätt", "Brasserie Thiriez", "Pedrazzini Trasporti SA",
             "Zakopiańska Spółdzielnia Oscypek", "Līvõd Rāndaliit", "Komi Timber Holding", "Mari El Dairy",
             "Miaoulis Shipping SA", "Pastificio Di Maio", "Boka Navigation d.o.o.", "Whittall & Co. Levant",
             "Lankaran Tea Plantation", "Bukhara Gold Embroidery", "Dungan Noodle House", "Linxia Beef Halal Co.",
             "Atayal Millet Wine Workshop", "Pattimura Spice Trading", "Osmeña Shipping Lines", "Khoo Kongsi Trust",
             "Teochew Poit Ip Huay Kuan", "Godrej & Boyce", "Wadia Textiles", "Tata Consultancy Services",
             "Thakali Kitchen Jomsom", "Gurung Trekking Pvt Ltd", "Hunza Apricot Growers", "Yaghnob Valley Herbs",
             "Kiprop Dairy Farmers", "Mutua Tours Machakos", "Mwakyembe Coffee Estate", "Arua Tobacco Growers",
             "Dogon Onion Cooperative", "Koidu Diamond Traders", "Weah Sports Academy", "Sokodé Textiles SA",
             "Van-Dúnem Imobiliária", "Chipata Cotton Ginnery", "Rehoboth Karakul Traders", "KwaNdebele Beadwork",
             "Yirrkala Art Centre", "Whippy Boat Builders", "Rabaul Cocoa Exporters", "Sark Island Hotels",
             "Hadeed Department Store", "Carriacou Boat Builders", "Jenkins Funeral Home", "Marika Minerals",
             "Nelson Mandela Bay Logistics", "Morgan Stanley", "Charles Schwab", "Ford Motor Credit")  # fmt: skip
MEDICAL = ("Creek Nation Community Hospital", "Sells Indian Hospital", "Iliuliuk Family Health Services",
           "Haida Gwaii Hospital", "La Loche Health Centre", "Marsh Harbour Community Clinic",
           "Milton Cato Memorial Hospital", "St. Jude Hospital Vieux Fort", "Punta Gorda Hospital",
           "CHU de Martinique", "Hospital Distrital de Nebaj", "Hospital Civil de Pátzcuaro",
           "Hospital Regional de São José", "Clínica Anglo Americana", "Hospital Zonal General Trelew",
           "Hospital Clínico de Magallanes", "St. Nikolaus-Hospital Eupen", "Admiraal De Ruyter Ziekenhuis",
           "Klinikum Garmisch-Partenkirchen", "CH de Dunkerque", "Ospedale Regionale di Lugano",
           "Szpital Powiatowy w Zakopanem", "Ventspils slimnīca", "Komi Republican Hospital",
           "Mari El Republican Hospital", "Hydra Health Centre", "Ospedale Cardarelli", "Opšta bolnica Kotor",
           "Izmir Katip Çelebi Hospital", "Lənkəran Central Hospital", "Bukhara Regional Hospital",
           "Korday District Hospital", "Linxia People's Hospital", "Taoyuan General Hospital Fuxing",
           "RSUD dr. M. Haulussy Ambon", "Vicente Sotto Memorial Medical Center", "Penang General Hospital",
           "Singapore General Hospital", "Parsee General Hospital", "Breach Candy Hospital",
           "Mustang District Hospital", "Gandaki Provincial Hospital", "Aga Khan Health Centre Aliabad",
           "Ayni District Hospital", "Moi Teaching and Referral Hospital", "Machakos Level 5 Hospital",
           "Mbeya Zonal Referral Hospital", "Arua Regional Referral Hospital", "Hôpital de Mopti",
           "Koidu Government Hospital", "Redemption Hospital", "CHR de Sokodé", "Hospital Josina Machel",
           "Chipata Central Hospital", "Rehoboth State Hospital", "Philadelphia Hospital Dennilton",
           "Gove District Hospital", "CWM Hospital", "Nonga General Hospital", "Princess Elizabeth Hospital Guernsey",
           "Mount St John's Medical Centre", "Princess Royal Hospital Carriacou")  # fmt: skip
# Places, several of which are also surnames or look like them.
CITIES = ("Okmulgee", "Sells", "Unalaska", "Masset", "La Loche", "Hope Town", "Barrouallie", "Vieux Fort",
          "Punta Gorda", "Le François", "Nebaj", "Pátzcuaro", "Florianópolis", "Callao", "Crespo", "Punta Arenas",
          "Eupen", "Zierikzee", "Garmisch-Partenkirchen", "Hazebrouck", "Bellinzona", "Zakopane", "Kolka",
          "Syktyvkar", "Yoshkar-Ola", "Hydra", "Pozzuoli", "Perast", "Bornova", "Lankaran", "Bukhara", "Masanchi",
          "Linxia", "Fuxing", "Ambon", "Cebu City", "George Town", "Tanjong Pagar", "Navsari", "McCluskieganj",
          "Jomsom", "Ghandruk", "Karimabad", "Ayni", "Eldoret", "Machakos", "Tukuyu", "Arua", "Bandiagara",
          "Koidu", "Harper", "Sokodé", "Luanda", "Chipata", "Rehoboth", "Siyabuswa", "Yirrkala", "Levuka",
          "Rabaul", "La Seigneurie", "Falmouth", "Hillsborough", "Tiger", "Marika", "Bell", "Florence", "Lowe",
          "Victoria", "Darwin", "Houston")  # fmt: skip
ICD10 = ("C34.90", "Z51.5", "J96.11", "G47.33", "R06.02", "T78.40XA", "S06.0X0A", "F43.10", "I25.10", "Z95.1", "I21.4", "A95.9", "Z23", "Z24.3", "D50.9", "R79.89", "Z53.09", "K02.9", "Z01.20",
         "T14.90XA", "S82.61XA", "J06.9", "T63.441A", "F41.1", "Z71.89", "E11.9")  # fmt: skip
CPT = ("93798", "93797", "90717", "86900", "D1110", "D0120", "99214", "97110", "36415", "90471")
CITATIONS = ("Fed. R. Civ. P. 4(e)", "N.C. Gen. Stat. § 15A-534", "Alaska Stat. § 12.30.011", "26 U.S.C. § 223(f)",
             "20 C.F.R. § 604.5", "Hague Apostille Convention, art. 3", "Civil Procedure Rules, r. 6.17",
             "Code de procédure civile, art. 654", "Regulation (EU) 2017/625, art. 2", "International Health Regulations (2005), Annex 7",
             "Merchant Shipping Act 1995, s. 74", "Maritime Labour Convention 2006, Std A2.2",
             "Williams v. Florida, 399 U.S. 78 (1970)", "Mullane v. Central Hanover Bank, 339 U.S. 306 (1950)",
             "Directive (EU) 2018/1972, art. 106", "Regulation (EU) 2016/679, art. 9")  # fmt: skip
TICKERS = ("NYSE:WU", "NASDAQ:EEFT", "NYSE:V", "TSX:TD", "BMV:CHDRAUIB", "B3:ITUB4", "BVL:CREDITC1",
           "BCS:FALABELLA", "EBR:KBC", "AMS:ASML", "XETRA:SAP", "SIX:NESN", "WSE:PKO", "MOEX:GAZP", "ATHEX:OPAP",
           "BIT:ISP", "BIST:AKBNK", "KASE:HSBK", "SSE:600519", "TWSE:2317", "IDX:BBCA", "PSE:JFC", "KLSE:MAYBANK",
           "SGX:D05", "NSE:BAJFINANCE", "NEPSE:NABIL", "PSX:OGDC", "NSE:SCOM", "DSE:CRDB", "USE:MTNU",
           "NSX:FNB", "JSE:SBK", "ASX:WES", "SPSE:FHL", "PNGX:BSP", "ECSE:BON")  # fmt: skip


def _pick(r: random.Random, pattern: str) -> str:
    return "".join(
        r.choice(string.digits) if c == "#" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c
        for c in pattern
    )


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def amount(r: random.Random, country: str, top: int = 4000) -> tuple[str, str]:
    """A sum in the country's currency (now and then in US dollars or euros), up to about `top` units."""
    form = (
        CURRENCIES.get(country, "USD {:,.2f}")
        if r.random() < 0.85
        else r.choice(["USD {:,.2f}", "EUR {:,.2f}", "{:,.2f} USD"])
    )
    value = r.randint(top // 200 + 3, top) + r.randint(0, 99) / 100
    return "AMOUNT", form.format(value)


def other_date(r: random.Random) -> tuple[str, str]:
    """A date of the transaction, the visit or the letter (2023-2027): never a birth date."""
    y, m, d = r.randint(2023, 2027), r.randint(1, 12), r.randint(1, 28)
    month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return "DATE", r.choice(
        [f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{month} {d}, {y}",
         f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{month.upper()}-{y}", f"{y}/{m:02d}/{d:02d}"]
    )  # fmt: skip


def timestamp(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2024, 2026), r.randint(1, 12), r.randint(1, 28)
    sep = r.choice([" ", "T"])
    return (
        "DATE",
        f"{y}-{m:02d}-{d:02d}{sep}{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    )


def clock(r: random.Random) -> tuple[str, str]:
    return "TIME", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def reference(r: random.Random) -> tuple[str, str]:
    return "REFERENCE", _pick(
        r, r.choice(["Ref. @@@-2#-#####", "Dossier 2#/@/####", "Ticket #@@####", "ORD-2#-######"])
    )


def lookalike(r: random.Random) -> tuple[str, str]:
    """A long account, batch or tracking number of 13-19 digits that fails the Luhn check."""
    while True:
        digits = str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(r.randint(12, 18)))
        if not _luhn_ok(digits):
            return "LONG_NUMBER", digits


def isin(r: random.Random) -> tuple[str, str]:
    body = r.choice(
        ["US", "CA", "BR", "MX", "CL", "BE", "NL", "DE", "CH", "TR", "KZ", "TW", "IN", "ZA", "XS"]
    ) + _pick(r, "@#@######")
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return "ISIN", body + str((10 - total % 10) % 10)


def cusip(r: random.Random) -> tuple[str, str]:
    body = _pick(r, "####@#@#")
    total = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else ord(c) - 55
        v = v * 2 if i % 2 else v
        total += v // 10 + v % 10
    return "CUSIP", body + str((10 - total % 10) % 10)


def lei(r: random.Random) -> tuple[str, str]:
    """A Legal Entity Identifier (ISO 17442): 18 characters and two ISO 7064 mod 97-10 check digits."""
    body = _pick(r, "####00@@#@#@##@#@#")
    n = int("".join(str(int(c, 36)) for c in body + "00"))
    return "LEI", f"{body}{98 - n % 97:02d}"


def aba(r: random.Random) -> tuple[str, str]:
    """A US bank routing number with its 3-7-1 check digit."""
    body = r.choice(["05", "06", "07", "08", "12", "25", "31", "32"]) + _pick(r, "######")
    total = sum(int(c) * w for c, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
    return "ROUTING", body + str((10 - total % 10) % 10)


def imo(r: random.Random) -> tuple[str, str]:
    """An IMO ship number: six digits and a check digit (weights 7 to 2)."""
    body = str(r.randint(900000, 989999))
    check = sum(int(c) * w for c, w in zip(body, range(7, 1, -1), strict=True)) % 10
    return "IMO", f"IMO {body}{check}"


def npi(r: random.Random) -> tuple[str, str]:
    """A US National Provider Identifier: nine digits and a Luhn digit computed over 80840 and the nine."""
    body = r.choice("12") + _pick(r, "########")
    digits = "80840" + body
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return "NPI", body + str((10 - total % 10) % 10)


def vin(r: random.Random) -> tuple[str, str]:
    """A North American vehicle identification number with its check digit in position nine."""
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    values = dict(
        zip(
            "ABCDEFGHJKLMNPRSTUVWXYZ",
            (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
            strict=True,
        )
    )
    values.update({str(i): i for i in range(10)})
    body = r.choice(["1FT", "2HG", "3VW", "5YJ", "1G1", "JTD", "KMH"]) + "".join(
        r.choice(chars) for _ in range(5)
    )
    tail = r.choice("RSTVWXY") + r.choice(chars) + "".join(r.choice(string.digits) for _ in range(6))
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    full = body + "0" + tail
    check = sum(values[c] * w for c, w in zip(full, weights, strict=True)) % 11
    return "VIN", body + ("X" if check == 10 else str(check)) + tail


def ticker(r: random.Random) -> tuple[str, str]:
    return "TICKER", r.choice(TICKERS)


def icd10(r: random.Random) -> tuple[str, str]:
    return "ICD10", r.choice(ICD10)


def cpt(r: random.Random) -> tuple[str, str]:
    return "CPT", r.choice(CPT)


def citation(r: random.Random) -> tuple[str, str]:
    return "CITATION", r.choice(CITATIONS)


def docket(r: random.Random) -> tuple[str, str]:
    return "DOCKET", _pick(
        r,
        r.choice(
            ["2#-CVS-#####", "Case No. 3AN-2#-#####CI", "Claim No. K##@@###", "RG 2#/#####", "No. 2#CR####"]
        ),
    )


def version(r: random.Random) -> tuple[str, str]:
    return "VERSION", r.choice(
        ["v", "", "build "]
    ) + f"{r.randint(1, 9)}.{r.randint(0, 24)}.{r.randint(0, 19)}"


def company(r: random.Random, sector: str = "") -> tuple[str, str]:
    """A company name; "medical" draws a care provider, anything else any other company."""
    return "COMPANY", r.choice(MEDICAL if sector == "medical" else COMPANIES)


def city(r: random.Random) -> tuple[str, str]:
    return "CITY", r.choice(CITIES)


def percent(r: random.Random) -> tuple[str, str]:
    return "PERCENT", f"{r.randint(1, 40)}.{r.randint(0, 99):02d}%"


def mtcn(r: random.Random) -> tuple[str, str]:
    """A money transfer control number."""
    return "TRANSFER", _pick(r, r.choice(["MTCN ###-###-####", "Ref. RIA########", "PIN ## ### ###"]))


def fx_rate(r: random.Random) -> tuple[str, str]:
    return "RATE", f"{r.randint(0, 90)}.{r.randint(0, 9999):04d}"


def terminal(r: random.Random) -> tuple[str, str]:
    return "TERMINAL", _pick(r, r.choice(["TID ########", "POS-@@##", "Terminal @####"]))


def mcc(r: random.Random) -> tuple[str, str]:
    return "MCC", "MCC " + r.choice(["5411", "5812", "4121", "5541", "7011", "5912", "4511", "5999"])


def auth_code(r: random.Random) -> tuple[str, str]:
    return "AUTH", _pick(r, r.choice(["AUTH ######", "APPR @#####"]))


def batch(r: random.Random) -> tuple[str, str]:
    return "BATCH", _pick(r, r.choice(["Batch ####", "Lot @@####", "LOT ##@##@"]))


def holding(r: random.Random) -> tuple[str, str]:
    return "HOLDING", _pick(r, r.choice(["CPH ##/###/####", "Holding @@-####-##", "Herd ######"]))


def ear_tag(r: random.Random) -> tuple[str, str]:
    return "EAR_TAG", r.choice(["UK ", "DE ", "FR ", "BE ", "NL "]) + _pick(r, "# ##### #####")


def tracking(r: random.Random) -> tuple[str, str]:
    return "TRACKING", _pick(r, r.choice(["@@#########@@", "1Z###@@#########", "JJD##########"]))


def locker_code(r: random.Random) -> tuple[str, str]:
    return "CODE", _pick(r, "######")


def seat(r: random.Random) -> tuple[str, str]:
    return "SEAT", f"{r.randint(1, 14)}{r.choice('ABCD')}"


def room(r: random.Random) -> tuple[str, str]:
    return "ROOM", f"{r.randint(1, 9)}{r.randint(1, 40):02d}"


def order(r: random.Random) -> tuple[str, str]:
    return "ORDER", _pick(r, r.choice(["Order #2#-######", "PO-####-@@", "SO######"]))


def product(r: random.Random) -> tuple[str, str]:
    return "PRODUCT", r.choice(["Stamaril", "YF-VAX", "Garmin Forerunner 265", "Polar H10", "iPhone 15 Pro",
                                "Galaxy A54", "Moto G84", "Raymarine Axiom+ 9", "Yamaha F150XB", "SKU 40-1187-B"])  # fmt: skip


def policy(r: random.Random) -> tuple[str, str]:
    return "POLICY", _pick(r, r.choice(["POL-@@-#######", "Policy ##/@@/######", "HO3-########"]))


def claim(r: random.Random) -> tuple[str, str]:
    return "CLAIM", _pick(r, r.choice(["CLM-2#-######", "Claim @######", "FNOL-####-@@"]))


def berth(r: random.Random) -> tuple[str, str]:
    return "BERTH", _pick(r, r.choice(["Pontoon @, berth ##", "Berth @-##", "Mooring ###"]))


def hull(r: random.Random) -> tuple[str, str]:
    """A hull identification number: maker code, serial, month letter and year digits."""
    return "HULL", _pick(r, "@@@#####@#") + str(r.randint(10, 25))


def port_ref(r: random.Random) -> tuple[str, str]:
    return "PORT_REF", _pick(r, r.choice(["PAC @@@######", "Port ID ########", "NPR-####-####"]))


def ticket(r: random.Random) -> tuple[str, str]:
    return "TICKET", _pick(r, r.choice(["INC#######", "SR-2#-####", "#####"]))


def student(r: random.Random) -> tuple[str, str]:
    return "STUDENT", _pick(r, r.choice(["Student ID 2#######", "Matric. @@/2#/####"]))


def imsi_like(r: random.Random) -> tuple[str, str]:
    """A SIM serial written on a port form (ICCID-length digits that fail the Luhn check)."""
    while True:
        digits = "89" + "".join(r.choice(string.digits) for _ in range(17))
        if not _luhn_ok(digits):
            return "LONG_NUMBER", digits


def vessel(r: random.Random) -> tuple[str, str]:
    return "VESSEL", r.choice(["MV Nordic Crane", "MT Bonny Light", "MV Caribbean Dawn", "MSC Gaiman",
                               "Spirit of Bequia", "Kota Hakim", "MV Quba Star", "Ocean Warlpiri"])  # fmt: skip


def species(r: random.Random) -> tuple[str, str]:
    return "SPECIES", r.choice(["Holstein-Friesian", "Bonsmara", "Nguni", "Ankole-Watusi", "Boer goat",
                                "Merino", "Zebu", "Dorper", "Limousin", "Brahman"])  # fmt: skip


def flight(r: random.Random) -> tuple[str, str]:
    return "FLIGHT", r.choice(["BA", "LH", "EK", "QF", "KQ", "PR", "TK", "AF", "LA", "SQ", "FJ"]) + str(
        r.randint(11, 2999)
    )


def aircraft(r: random.Random) -> tuple[str, str]:
    return "AIRCRAFT", r.choice(
        ["G-", "D-A", "VH-", "5Y-", "RP-C", "TC-", "F-G", "PR-", "9V-", "DQ-F"]
    ) + _pick(r, "@@@")


def commit_sha(r: random.Random) -> tuple[str, str]:
    return "COMMIT", "".join(r.choice("0123456789abcdef") for _ in range(r.choice([7, 12, 40])))


def meter(r: random.Random) -> tuple[str, str]:
    return "METER", _pick(
        r, r.choice(["MPRN 10#########", "Meter No. @##M#####", "MPAN 2# ### ### ####", "NMI 41########"])
    )


def contract(r: random.Random) -> tuple[str, str]:
    return "CONTRACT", _pick(
        r, r.choice(["FWD-2#-#####", "DEAL ######/@", "LG/2#/####", "Guarantee No. @@G####"])
    )


def plate(r: random.Random) -> tuple[str, str]:
    return "PLATE", _pick(r, r.choice(["@@## @@@", "@@@ ####", "##-@@-##", "@ #### @@", "@@-###-@@"]))


def hash_tag(r: random.Random) -> tuple[str, str]:
    return "CASE", _pick(r, r.choice(["WB-2#-####", "SpeakUp #######", "ETH/2#/###"]))
