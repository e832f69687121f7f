"""Must-keep values of the eleventh holdout PII set (tools/pii_holdout11_set.py): the tokens real records carry
around personal data and a scrubber must leave alone. Each function takes the document's RNG and returns
(type, value). ISINs, CUSIPs, ORCID iDs and ISSNs carry valid check digits; long reference numbers that look
like cards are drawn until they fail the Luhn check; ICD-10 codes, citations and dockets are written the way
their registers print them."""

from __future__ import annotations

import random
import string

CURRENCIES = {
    "US": "${:,.2f}", "GB": "£{:,.2f}", "GI": "£{:,.2f}", "RU": "{:,.2f} руб.", "GE": "{:,.2f} ₽", "PK": "PKR {:,.0f}",
    "IN": "₹{:,.2f}", "NP": "NPR {:,.2f}", "BD": "Tk {:,.0f}", "MM": "{:,.0f} Ks", "VN": "{:,.0f} ₫", "ID": "Rp{:,.0f}",
    "MY": "RM {:,.2f}", "JP": "¥{:,.0f}", "MO": "MOP {:,.2f}", "LK": "LKR {:,.2f}", "NR": "A${:,.2f}",
    "SB": "SI${:,.2f}", "FM": "US${:,.2f}", "NC": "{:,.0f} XPF", "WF": "{:,.0f} XPF", "NU": "NZ${:,.2f}",
    "AU": "A${:,.2f}", "CO": "COP {:,.0f}", "CL": "CLP {:,.0f}", "BO": "Bs {:,.2f}", "CA": "C${:,.2f}",
    "TZ": "TSh {:,.0f}", "ZA": "R {:,.2f}", "MZ": "{:,.2f} MT", "AO": "{:,.2f} Kz", "NA": "N${:,.2f}",
    "ZM": "ZMW {:,.2f}", "CG": "{:,.0f} FCFA", "GA": "{:,.0f} FCFA", "CM": "{:,.0f} XAF", "TD": "{:,.0f} XAF",
    "NE": "{:,.0f} XOF", "MR": "{:,.2f} MRU", "SN": "{:,.0f} XOF", "LR": "L${:,.2f}", "GH": "GH₵{:,.2f}",
    "NG": "₦{:,.2f}", "SS": "SSP {:,.0f}", "MU": "Rs {:,.2f}", "RE": "{:,.2f} €", "SC": "SCR {:,.2f}",
    "GY": "G${:,.0f}", "JM": "J${:,.2f}",
}  # fmt: skip
EURO = ("MC", "SM", "ES", "RE")
COMPANIES = ("Lancaster Quilt Barn", "Atchafalaya Crawfish Co.", "Orkney Fudge Ltd", "Rock of Gibraltar Cable Car Ltd",
             "Société des Bains de Mer", "Titano Ceramiche S.r.l.", "Quesos del Pirineo S.L.", "Tyva Yak Meat LLC",
             "Kalmyk Steppe Horse Farm", "Gunib Carpet Workshop", "Elbrus Mineral Water", "Ritsa Tea Estate",
             "Gwadar Fishing Cooperative", "Dal Lake Shikara Tours", "Udupi Cashew Works", "Madhubani Art House",
             "Cherrapunji Honey Collective", "Aizawl Bamboo Crafts", "Dumka Sal Leaf Plates", "Patan Metal Foundry",
             "Khumbu Trekking Supplies", "Kaptai Lake Boats", "Inle Lake Weavers", "Bàu Trúc Pottery",
             "Danau Toba Coffee", "Rendang Padang Sdn", "Sarawak Pua Kumbu Weavers", "Ryukyu Awamori Distillery",
             "Macau Almond Cookie House", "Galle Fort Lace Makers", "Nauru Phosphate Royalties Trust",
             "Honiara Copra Traders", "Chuuk Lagoon Dive Co.", "Lifou Vanilla Cooperative", "Wallis Pandanus Mats",
             "Niue Honey Company", "Yirrkala Art Centre", "Torres Strait Crayfish Co.", "Wayuu Mochila Collective",
             "Rapa Nui Moai Tours", "Riva Palacios Dairy", "Membertou Trade Centre", "Ngorongoro Beadwork Co-op",
             "Kilimanjaro Coffee Growers", "Giyani Mopani Worm Traders", "Cashew Nampula Lda",
             "Kwanza Sul Cafés Lda", "Herero Dress Tailors", "Barotse Floodplain Fisheries", "Brazzaville Sapeurs SARL",
             "Okoumé Timber Gabon", "Bafoussam Coffee Union", "Moundou Cotton Ginnery", "Agadez Silver Crafts",
             "Chinguetti Date Cooperative", "Sine-Saloum Oyster Farm", "Gbarnga Rubber Traders",
             "Jamestown Fish Smokers", "Calabar Carnival Ltd", "Benue Yam Exporters", "Benin Bronze Casters",
             "Upper Nile Gum Arabic", "Chamarel Rum Distillery", "Piton Vanilla Réunion", "Praslin Coco de Mer Ltd",
             "Berbice Rice Mill", "Blue Mountain Coffee Estate")  # fmt: skip
MEDICAL = ("Maimonides Medical Center", "Lancaster General Hospital", "Our Lady of Lourdes Lafayette",
           "Balfour Hospital Kirkwall", "St Bernard's Hospital Gibraltar", "Centre Hospitalier Princesse Grace",
           "Ospedale di Stato RSM", "Hospital San Jorge Huesca", "Respublikanskaya Bolnitsa Kyzyl",
           "Respublikanskaya Bolnitsa Elista", "Dagestan Republican Hospital", "Nalchik Republican Hospital",
           "Sukhum Republican Hospital", "Civil Hospital Quetta", "SKIMS Soura", "KMC Hospital Mangaluru",
           "DMCH Darbhanga", "NEIGRIHMS Shillong", "Civil Hospital Aizawl", "Patan Hospital", "Khunde Hospital",
           "Rangamati General Hospital", "Sao San Tun Hospital Taunggyi", "Ninh Thuận General Hospital",
           "RSUD Porsea", "RSUP Dr. M. Djamil", "Sarawak General Hospital", "Okinawa Chubu Hospital",
           "Centro Hospitalar Conde de São Januário", "Lady Ridgeway Hospital", "Republic of Nauru Hospital",
           "National Referral Hospital Honiara", "Chuuk State Hospital", "CHT Gaston-Bourret",
           "Hôpital de Sia", "Niue Foou Hospital", "Gove District Hospital", "Thursday Island Hospital",
           "Hospital Nuestra Señora de los Remedios", "Hospital Hanga Roa", "Hospital Japonés Santa Cruz",
           "Cape Breton Regional Hospital", "KCMC Moshi", "Nkhensani Hospital", "Hospital Central de Maputo",
           "Hospital Josina Machel", "Okahandja State Hospital", "Lewanika General Hospital",
           "CHU de Brazzaville", "CHU d'Owendo", "Hôpital Régional de Bafoussam", "Hôpital de la Mère et de l'Enfant",
           "Hôpital Régional d'Agadez", "Centre Hospitalier National Nouakchott", "Hôpital Régional de Fatick",
           "Phebe Hospital", "Korle Bu Teaching Hospital", "UCTH Calabar", "BSUTH Makurdi", "UBTH Benin City",
           "Malakal Teaching Hospital", "Dr A.G. Jeetoo Hospital", "CHU Félix Guyon", "Seychelles Hospital",
           "Georgetown Public Hospital", "University Hospital of the West Indies")  # fmt: skip
CITIES = ("Williamsburg", "Bird-in-Hand", "Breaux Bridge", "Kirkwall", "Catalan Bay", "Fontvieille", "Borgo Maggiore",
          "Jaca", "Kyzyl", "Elista", "Khunzakh", "Nalchik", "Gagra", "Turbat", "Sopore", "Udupi", "Madhubani",
          "Sohra", "Lunglei", "Dumka", "Bhaktapur", "Namche Bazaar", "Rangamati", "Taunggyi", "Phan Rang",
          "Balige", "Bukittinggi", "Kapit", "Naha", "Taipa", "Galle", "Yaren", "Auki", "Weno", "Lifou",
          "Mata-Utu", "Alofi", "Yirrkala", "Thursday Island", "Riohacha", "Hanga Roa", "Pailón", "Membertou",
          "Monduli", "Marangu", "Giyani", "Xai-Xai", "Malanje", "Okahandja", "Mongu", "Kinkala", "Oyem",
          "Dschang", "Sarh", "Agadez", "Atar", "Fatick", "Gbarnga", "Jamestown", "Calabar", "Makurdi",
          "Benin City", "Nasir", "Curepipe", "Saint-Pierre", "La Digue", "New Amsterdam", "Port Antonio")  # fmt: skip
ICD10 = ("Z52.4", "N18.6", "T86.10", "K74.60", "I42.0", "J84.10", "E10.65", "Q61.3", "Z94.0", "D57.1",
         "C22.0", "B18.2", "W57.XXXA", "T63.441A", "S62.600A", "Z76.89", "Z00.129", "R51.9")  # fmt: skip
CITATIONS = ("18 Pa.C.S. § 5523", "34 Pa. Code § 141.4", "La. R.S. 56:251", "N.Y. CPL § 510.30",
             "Cal. Penal Code § 1275", "42 U.S.C. § 274e", "Uniform Anatomical Gift Act § 4", "Pa. R.C.P. 1017",
             "12 C.F.R. § 1005.10", "Stack v. Boyle, 342 U.S. 1 (1951)", "United States v. Salerno, 481 U.S. 739 (1987)",
             "Human Tissue Act 2004, s. 3", "Regulation (EU) 2016/679, art. 9", "Loi n° 76-1181 du 22 décembre 1976",
             "Apiaries Act 1994, s. 5")  # fmt: skip
TICKERS = ("NYSE:HSY", "NASDAQ:LANC", "LSE:ORK", "EPA:MC", "MOEX:GAZP", "PSX:LUCK", "NSE:INFY", "IDX:BBRI",
           "BURSA:MAYBANK", "TYO:7203", "CSE:JKH", "ASX:WES", "BVC:ECOPETROL", "SSE:SQM-B", "TSX:ENB",
           "DSE:CRDB", "JSE:SOL", "NGX:DANGCEM", "SEM:MCBG", "JSE:JMMBGL", "BRVM:SNTS")  # fmt: skip
PRODUCTS = ("Langstroth 10-frame", "Dadant 12", "Warré top-bar", "SRAM GX Eagle", "Shimano XT M8100",
            "Brompton C Line", "Rossignol Hero 165", "Atomic Redster J4", "Festool TS 55", "Prusa MK4",
            "Trotec Speedy 360", "Bosch GSR 18V-55")  # fmt: skip


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
        if r.random() < 0.82
        else r.choice(["USD {:,.2f}", "€{:,.2f}", "{:,.2f} EUR"])
    )
    if country in EURO and r.random() < 0.9:
        form = r.choice(["{:,.2f} €", "€ {:,.2f}", "EUR {:,.2f}"])
    value = r.randint(top // 200 + 3, top) + r.randint(0, 99) / 100
    return "AMOUNT", form.format(value)


def other_date(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2023, 2027), r.randint(1, 12), r.randint(1, 28)
    month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return "DATE", r.choice(
        [f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{month} {d}, {y}",
         f"{d:02d}.{m:02d}.{y}", f"{d}-{month}-{y}"]
    )  # fmt: skip


def timestamp(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    return (
        "DATE",
        f"{y}-{m:02d}-{d:02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
    )


def clock(r: random.Random) -> tuple[str, str]:
    return "TIME", f"{r.randint(6, 22):02d}:{r.choice(['00', '10', '20', '30', '40', '55'])}"


def invoice(r: random.Random) -> tuple[str, str]:
    return "INVOICE", _pick(r, r.choice(["INV-2#####", "Facture n° ####/@@", "QUO-####-@", "Bill #######"]))


def order(r: random.Random) -> tuple[str, str]:
    return "ORDER", _pick(r, r.choice(["ORD-@@-#####", "SO#######", "Pedido ####/2#", "BK-####@"]))


def reference(r: random.Random) -> tuple[str, str]:
    return "REFERENCE", _pick(r, r.choice(["REF-@@@-####", "Ref. ##/####/@", "CASE-2#-####", "APP-@#####"]))


def lookalike(r: random.Random) -> tuple[str, str]:
    """A long account or tracking number of 13-19 digits that fails the Luhn check."""
    while True:
        digits = str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(r.randint(12, 18)))
        if not _luhn_ok(digits):
            return "LONG_NUMBER", digits


def isin(r: random.Random) -> tuple[str, str]:
    body = r.choice(["US", "GB", "FR", "RU", "IN", "ID", "JP", "AU", "ZA", "NG", "CA", "CO"]) + _pick(
        r, "@@#######"
    )
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return "ISIN", body + str((10 - total % 10) % 10)


def cusip(r: random.Random) -> tuple[str, str]:
    body = _pick(r, "#####@@#")
    total = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else ord(c) - 55
        v = v * 2 if i % 2 else v
        total += v // 10 + v % 10
    return "CUSIP", body + str((10 - total % 10) % 10)


def orcid(r: random.Random) -> tuple[str, str]:
    """An ORCID iD with its ISO 7064 11,2 check character."""
    base = "000" + str(r.randint(0, 3)) + "".join(r.choice(string.digits) for _ in range(11))
    total = 0
    for c in base:
        total = (total + int(c)) * 2
    check = (12 - total % 11) % 11
    full = base + ("X" if check == 10 else str(check))
    return "ORCID", "-".join(full[i : i + 4] for i in range(0, 16, 4))


def issn(r: random.Random) -> tuple[str, str]:
    body = "".join(r.choice(string.digits) for _ in range(7))
    check = (11 - sum(int(c) * (8 - i) for i, c in enumerate(body)) % 11) % 11
    return "ISSN", f"{body[:4]}-{body[4:]}{'X' if check == 10 else check}"


def doi(r: random.Random) -> tuple[str, str]:
    return "DOI", f"10.{r.randint(1000, 9999)}/" + _pick(
        r, r.choice(["zenodo.#######", "j.apid.2#.####", "@@@.####"])
    ).lower()


def ticker(r: random.Random) -> tuple[str, str]:
    return "TICKER", r.choice(TICKERS)


def icd10(r: random.Random) -> tuple[str, str]:
    return "ICD10", r.choice(ICD10)


def citation(r: random.Random) -> tuple[str, str]:
    return "CITATION", r.choice(CITATIONS)


def docket(r: random.Random) -> tuple[str, str]:
    return "DOCKET", _pick(
        r, r.choice(["CP-36-CR-000####-202#", "No. 2#-K-#####", "Index No. ####/2#", "MJ-#####-CR-##"])
    )


def version(r: random.Random) -> tuple[str, str]:
    return "VERSION", r.choice(
        ["v", "", "build "]
    ) + f"{r.randint(1, 9)}.{r.randint(0, 24)}.{r.randint(0, 40)}"


def company(r: random.Random, sector: str = "") -> tuple[str, str]:
    """A company name; "medical" draws a care provider, anything else any other company."""
    return "COMPANY", r.choice(MEDICAL if sector == "medical" else COMPANIES)


def city(r: random.Random) -> tuple[str, str]:
    return "CITY", r.choice(CITIES)


def product(r: random.Random) -> tuple[str, str]:
    return "PRODUCT", r.choice(PRODUCTS)


def apiary_no(r: random.Random) -> tuple[str, str]:
    return "APIARY", _pick(r, r.choice(["API-##-####", "Rucher n° ##-#####", "BeeBase ######"]))


def frame_no(r: random.Random) -> tuple[str, str]:
    return "FRAME", _pick(r, r.choice(["WTU###@####@", "@@#######", "FR-####-@@##"]))


def git_sha(r: random.Random) -> tuple[str, str]:
    return "COMMIT", "".join(r.choice("0123456789abcdef") for _ in range(r.choice([7, 12, 40])))


def fingerprint(r: random.Random) -> tuple[str, str]:
    raw = "".join(r.choice("0123456789ABCDEF") for _ in range(40))
    return "FINGERPRINT", " ".join(raw[i : i + 4] for i in range(0, 40, 4))


def key_id(r: random.Random) -> tuple[str, str]:
    return "KEY_ID", "".join(r.choice("0123456789ABCDEF") for _ in range(16))


def cert_serial(r: random.Random) -> tuple[str, str]:
    return "SERIAL", ":".join("".join(r.choice("0123456789abcdef") for _ in range(2)) for _ in range(16))


def dicom_uid(r: random.Random) -> tuple[str, str]:
    return "UID", "1.2.840.113619.2." + ".".join(str(r.randint(1, 99999)) for _ in range(4))


def accession(r: random.Random) -> tuple[str, str]:
    return "ACCESSION", _pick(r, r.choice(["ACC########", "RAD-2#-######", "CT2#######"]))


def flight(r: random.Random) -> tuple[str, str]:
    return "FLIGHT", r.choice(["NC", "FJ", "PX", "QF", "SB", "ET", "KQ", "SA", "AF", "CM", "JL", "MH"]) + str(
        r.randint(10, 999)
    )


def printer(r: random.Random) -> tuple[str, str]:
    return "HOST", _pick(r, r.choice(["prn-##-@@", "hp-m#0#-floor#", "ricoh-mp-####"])).lower()


def ride(r: random.Random) -> tuple[str, str]:
    return "ROUTE", r.choice(["Route A", "Ruta 2", "Line 7", "Rota Norte", "Trajet 3"])


def pledge_tier(r: random.Random) -> tuple[str, str]:
    return "TIER", r.choice(["Early Bird", "Supporter", "Patron Tier", "Founders' Edition", "Backer Kit"])


def percent(r: random.Random) -> tuple[str, str]:
    return "PERCENT", f"{r.randint(1, 40)}.{r.randint(0, 9)}%"


def ski_level(r: random.Random) -> tuple[str, str]:
    return "LEVEL", r.choice(["Flocon", "1ère Étoile", "Bronze", "Level 3", "Snowplough", "Chamois"])


def hs_code(r: random.Random) -> tuple[str, str]:
    return "HS_CODE", _pick(r, r.choice(["0409.00", "8712.00.##", "4409.##", "9406.##.00"]))


def mac(r: random.Random) -> tuple[str, str]:
    return "MAC", ":".join("".join(r.choice("0123456789ABCDEF") for _ in range(2)) for _ in range(6))


def gpx_point(r: random.Random) -> tuple[str, str]:
    return "COORD", f'lat="{r.uniform(-40, 60):.6f}" lon="{r.uniform(-120, 170):.6f}"'
