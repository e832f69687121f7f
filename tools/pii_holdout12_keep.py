"""Must-keep values of the twelfth holdout PII set (tools/pii_holdout12_set.py): the tokens real records carry
around personal data and a scrubber must leave alone. Each function takes the document's RNG and returns
(type, value). ISINs, CUSIPs, LEIs and ABA routing numbers carry valid check digits; long reference numbers
that look like cards are drawn until they fail the Luhn check; ICD-10, CPT and NDC codes, citations and
dockets are written the way their registers print them."""

from __future__ import annotations

import random
import string

CURRENCIES = {
    "US": "${:,.2f}", "CA": "C${:,.2f}", "BM": "BD${:,.2f}", "BB": "Bds${:,.2f}", "TT": "TT${:,.2f}",
    "DM": "EC${:,.2f}", "HN": "L {:,.2f}", "NI": "C${:,.2f}", "PA": "B/.{:,.2f}", "MX": "MX${:,.2f}",
    "CO": "COP {:,.0f}", "BR": "R$ {:,.2f}", "PE": "S/ {:,.2f}", "EC": "USD {:,.2f}", "IT": "€ {:,.2f}",
    "FR": "{:,.2f} €", "MK": "{:,.0f} ден.", "LT": "{:,.2f} EUR", "RU": "{:,.2f} ₽", "GE": "{:,.2f} GEL",
    "AF": "AFN {:,.0f}", "PK": "Rs. {:,.0f}", "IL": "₪{:,.2f}", "JP": "{:,.0f}円", "TW": "NT${:,.0f}",
    "IN": "Rs. {:,.2f}", "BD": "BDT {:,.0f}", "NP": "Rs {:,.2f}", "MM": "MMK {:,.0f}", "ID": "IDR {:,.0f}",
    "MY": "MYR {:,.2f}", "PH": "₱{:,.2f}", "FJ": "FJ${:,.2f}", "CK": "NZ${:,.2f}", "TK": "NZD {:,.2f}",
    "NF": "AUD {:,.2f}", "AU": "AUD {:,.2f}", "NG": "NGN {:,.2f}", "GH": "GHS {:,.2f}", "CI": "{:,.0f} F CFA",
    "SL": "SLE {:,.2f}", "SN": "{:,.0f} F CFA", "NE": "{:,.0f} F CFA", "ML": "{:,.0f} F CFA", "CM": "{:,.0f} FCFA",
    "CD": "{:,.0f} FC", "TZ": "TZS {:,.0f}", "SZ": "E{:,.2f}", "ZA": "ZAR {:,.2f}", "MW": "MK{:,.0f}",
    "ZW": "ZiG {:,.2f}", "SH": "£{:,.2f}", "FK": "FK£{:,.2f}",
}  # fmt: skip
COMPANIES = ("Penn Center Sweetgrass Co-op", "Durant Pecan Growers", "Second Mesa Piki Bakery", "Inuvik Greenhouse Society",
             "Kahnawake Ironworkers Local", "Bermuda Onion Traders", "Mount Gay Cooperage", "Tobago Cocoa Estate",
             "Kalinago Barana Autê", "Garifuna Cassava Bakers", "Bilwi Lobster Divers", "Guna Yala Mola Artisans",
             "Juchitán Hammock Makers", "Zinacantán Flower Growers", "San Andrés Coconut Oil", "Jetibá Organic Eggs",
             "Shipibo Kené Textiles", "Macas Guayusa Traders", "Fontina Valdostana Coop", "Brasserie Meteor Hochfelden",
             "Kruševo Silversmiths", "Trakai Kibinai Bakery", "Cheboksary Hops Combine", "Izhevsk Gun Works Museum",
             "Derbent Brandy Factory", "Magas Construction Trust", "Naryan-Mar Reindeer Farm", "Zugdidi Hazelnut Export",
             "Bamyan Potato Cooperative", "Multan Blue Pottery", "Kiryat Luza Tahini Works", "Nibutani Woodcarvers",
             "Hualien Marble Works", "Arrah Litti Kitchens", "Pauri Apple Orchards", "Mokokchung Handloom",
             "Navsari Dhansak House", "Birisiri Ceramic Clay", "Dharan Tongba Brewers", "Mawlamyine Betel Traders",
             "Bone Silk Weavers", "Aceh Gayo Coffee", "Kota Belud Tamu Market", "Vigan Burnay Jars", "Jolo Pearl Dealers",
             "Rotuma Copra Board", "Rarotonga Black Pearl", "Fakaofo Fishing Council", "Norfolk Pine Timber",
             "Midland Boodja Arts", "Tiwi Design", "Maiduguri Gum Arabic", "Yenagoa Oil Palm", "Warri Refinery Supplies",
             "Tamale Shea Butter Union", "Yamoussoukro Cocoa SA", "Makeni Rice Millers", "Ziguinchor Cashew SARL",
             "Dosso Onion Growers", "Gao Rice Cooperative", "Douala Port Services", "Mbuji-Mayi Diamond Traders",
             "Mwanza Cotton Ginners", "Mbabane Sugar Holdings", "Polokwane Marula Co.", "Mzuzu Coffee Planters",
             "Bulawayo Brewing Co.", "St Helena Coffee Estate", "Falklands Wool Growers")  # fmt: skip
MEDICAL = ("Beaufort Memorial Hospital", "Choctaw Nation Health Care Center", "Hopi Health Care Center",
           "Inuvik Regional Hospital", "Kateri Memorial Hospital", "King Edward VII Memorial Hospital",
           "Queen Elizabeth Hospital Barbados", "Scarborough General Hospital", "Princess Margaret Hospital Roseau",
           "Hospital Atlántida", "Hospital Nuevo Amanecer Bilwi", "Hospital de Mulatupo", "Hospital Juchitán",
           "Hospital de las Culturas", "Hospital Amor de Patria", "Hospital Santa Maria de Jetibá",
           "Hospital Amazónico Yarinacocha", "Hospital Sucúa", "Ospedale Parini Aosta", "Hôpitaux Civils de Colmar",
           "Kruševo Health Centre", "Trakai Hospital", "Chuvash Republican Hospital", "Izhevsk City Hospital No. 6",
           "Derbent Central Hospital", "Ingush Republican Hospital", "Nenets District Hospital", "Zugdidi Referral Hospital",
           "Bamyan Provincial Hospital", "Nishtar Hospital Multan", "Wolfson Medical Center", "Biratori Town Clinic",
           "Mennonite Christian Hospital Hualien", "Sadar Hospital Arrah", "Pauri District Hospital",
           "Imkongliba Memorial Hospital", "Parsee General Hospital", "Birisiri Mission Hospital", "BPKIHS Dharan",
           "Mawlamyine General Hospital", "RSUD Tenriawaru", "RSUD Zainoel Abidin", "Queen Elizabeth Hospital Sabah",
           "Mariano Marcos Memorial Hospital", "Sulu Provincial Hospital", "Rotuma Hospital", "Rarotonga Hospital",
           "Fakaofo Health Centre", "Norfolk Island Health Service", "Midland Public Hospital", "Wurrumiyanga Health Centre",
           "UMTH Maiduguri", "FMC Yenagoa", "Central Hospital Warri", "Tamale Teaching Hospital", "CHR de Yamoussoukro",
           "Makeni Government Hospital", "Hôpital de la Paix Ziguinchor", "Hôpital National de Niamey",
           "Hôpital de Gao", "Hôpital Laquintinie", "Hôpital Dipumba", "Bugando Medical Centre",
           "Mbabane Government Hospital", "Mankweng Hospital", "Mzuzu Central Hospital", "Mpilo Central Hospital",
           "Jamestown General Hospital", "King Edward VII Memorial Hospital Stanley")  # fmt: skip
CITIES = ("Frogmore", "Sapelo", "Tuskahoma", "Hotevilla", "Aklavik", "Akwesasne", "St. George's",
          "Speightstown", "Castara", "Salybia", "Waspam", "Ustupu", "Chamula", "Pancas", "Cogne", "Riquewihr",
          "Kanash", "Votkinsk", "Nazran", "Amderma", "Martvili", "Fengbin", "Buxar", "Lansdowne",
          "Udvada", "Durgapur", "Taplejung", "Rasuwa", "Thaton", "Sabang", "Tambunan", "Batac", "Siasi",
          "Motusa", "Pinjarra", "Pirlangimpi", "Monguno", "Oloibiri", "Sakassou", "Lunsar", "Bourem",
          "Kabinda", "Kahama", "Siteki", "Ekwendeni", "Plumtree", "Goose Green")  # fmt: skip
ICD10 = ("J45.40", "L27.2", "T78.1XXA", "Z91.010", "J96.11", "J44.1", "H90.3", "H91.10", "Z38.00", "O80",
         "Z13.9", "Z03.89", "E66.01", "G40.909", "T78.40XA", "J30.1", "Z99.81", "H93.13")  # fmt: skip
CPT = ("95004", "95024", "92557", "92567", "94760", "70551", "72148", "E1390", "99213", "99395")
CITATIONS = ("20 U.S.C. § 1087e(f)", "34 C.F.R. § 685.204", "S.C. Code Ann. § 62-3-1201", "Okla. Stat. tit. 58, § 393",
             "Ariz. Rev. Stat. § 14-3971", "28 U.S.C. § 1915", "Fed. R. Civ. P. 5.2", "26 U.S.C. § 3402(q)",
             "Mental Capacity Act 2005, s. 9", "Code civil, art. 1984", "Powers of Attorney Act 1998 (Qld) s. 44",
             "Jury Selection and Service Act, 28 U.S.C. § 1865", "Births and Deaths Registration Act 1953, s. 2",
             "Regulation (EU) 2016/679, art. 15", "Boddie v. Connecticut, 401 U.S. 371 (1971)")  # fmt: skip
TICKERS = ("NYSE:KO", "NASDAQ:AAPL", "TSX:RY", "BSX:BNTB", "BMV:WALMEX", "B3:VALE3", "BVL:BAP", "BIT:ENI",
           "EPA:AI", "MOEX:SBER", "PSX:HUBC", "TASE:TEVA", "TYO:9984", "TWSE:2330", "NSE:TATAMOTORS",
           "IDX:TLKM", "PSE:SM", "ASX:BHP", "NGX:MTNN", "GSE:MTNGH", "BRVM:SGBC", "JSE:NPN", "ZSE:DLTA")  # fmt: skip


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
        else r.choice(["USD {:,.2f}", "EUR {:,.2f}"])
    )
    value = r.randint(top // 200 + 3, top) + r.randint(0, 99) / 100
    return "AMOUNT", form.format(value)


def other_date(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2024, 2027), r.randint(1, 12), r.randint(1, 28)
    month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return "DATE", r.choice(
        [f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{month} {d}, {y}",
         f"{d:02d}.{m:02d}.{y}", f"{month.upper()} {d:02d} {y}"]
    )  # fmt: skip


def timestamp(r: random.Random) -> tuple[str, str]:
    y, m, d = r.randint(2024, 2026), r.randint(1, 12), r.randint(1, 28)
    return "DATE", f"{y}-{m:02d}-{d:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def clock(r: random.Random) -> tuple[str, str]:
    return "TIME", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def invoice(r: random.Random) -> tuple[str, str]:
    return "INVOICE", _pick(r, r.choice(["INV/2#/#####", "Receipt R-######", "Rcpt ####-@@", "Nota ######"]))


def reference(r: random.Random) -> tuple[str, str]:
    return "REFERENCE", _pick(
        r, r.choice(["Our ref @@/####/2#", "CASE #######", "Ticket @@-#####", "File 2#-@-####"])
    )


def lookalike(r: random.Random) -> tuple[str, str]:
    """A long account or tracking number of 13-19 digits that fails the Luhn check."""
    while True:
        digits = str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(r.randint(12, 18)))
        if not _luhn_ok(digits):
            return "LONG_NUMBER", digits


def isin(r: random.Random) -> tuple[str, str]:
    body = r.choice(["US", "CA", "BM", "MX", "BR", "IT", "FR", "JP", "TW", "IN", "AU", "ZA", "XS"]) + _pick(
        r, "@#@######"
    )
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
    body = r.choice(["01", "02", "05", "06", "10", "11", "12", "26", "30", "32"]) + _pick(r, "######")
    total = sum(int(c) * w for c, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
    return "ROUTING", body + str((10 - total % 10) % 10)


def ticker(r: random.Random) -> tuple[str, str]:
    return "TICKER", r.choice(TICKERS)


def icd10(r: random.Random) -> tuple[str, str]:
    return "ICD10", r.choice(ICD10)


def cpt(r: random.Random) -> tuple[str, str]:
    return "CPT", r.choice(CPT)


def ndc(r: random.Random) -> tuple[str, str]:
    return "NDC", _pick(r, r.choice(["0###-####-##", "#####-###-##", "#####-####-#"]))


def citation(r: random.Random) -> tuple[str, str]:
    return "CITATION", r.choice(CITATIONS)


def docket(r: random.Random) -> tuple[str, str]:
    return "DOCKET", _pick(
        r, r.choice(["2#-PR-#####", "Case No. CV-2#-######", "2#CJ####", "P-2#-###-@@", "No. 2#-CP-####"])
    )


def version(r: random.Random) -> tuple[str, str]:
    return "VERSION", f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}-r{r.randint(1, 99)}"


def company(r: random.Random, sector: str = "") -> tuple[str, str]:
    """A company name; "medical" draws a care provider, anything else any other company."""
    return "COMPANY", r.choice(MEDICAL if sector == "medical" else COMPANIES)


def city(r: random.Random) -> tuple[str, str]:
    return "CITY", r.choice(CITIES)


def box_no(r: random.Random) -> tuple[str, str]:
    return "BOX", _pick(r, r.choice(["Box ###-@", "SDB-####", "Caja ####"]))


def microchip(r: random.Random) -> tuple[str, str]:
    """An ISO 11784 pet microchip code: a three-digit country or maker code and twelve digits."""
    return "MICROCHIP", r.choice(["981", "985", "900", "941", "036", "076", "484"]) + _pick(r, "############")


def meter_id(r: random.Random) -> tuple[str, str]:
    return "METER", _pick(r, r.choice(["MTR-@@######", "E##@#####", "S/N ##-####-##"]))


def plot_no(r: random.Random) -> tuple[str, str]:
    return "PLOT", _pick(r, r.choice(["Section @, Row ##, Grave ##", "Plot @-###", "Niche ##/#"]))


def cheque_no(r: random.Random) -> tuple[str, str]:
    return "CHEQUE", _pick(r, "######")


def ticket_no(r: random.Random) -> tuple[str, str]:
    return "TICKET", _pick(r, r.choice(["##-##-##-##-## PB ##", "Draw ####, ticket ########"]))


def loan_no(r: random.Random) -> tuple[str, str]:
    return "LOAN", _pick(r, r.choice(["Loan ID ########", "Award @##########"]))


def trip_id(r: random.Random) -> tuple[str, str]:
    return "TRIP", "".join(r.choice("0123456789abcdef") for _ in range(8)) + "-" + _pick(r, "####")


def message_id(r: random.Random) -> tuple[str, str]:
    host = r.choice(["mail.gmail.com", "eur05.prod.outlook.com", "mx.proton.me", "smtp.yahoo.com"])
    return "MESSAGE_ID", "<" + "".join(r.choice("0123456789abcdef") for _ in range(24)) + "@" + host + ">"


def kit_id(r: random.Random) -> tuple[str, str]:
    return "KIT", _pick(r, r.choice(["Kit @@#-###-####", "A######", "MH-@@@###"]))


def url(r: random.Random) -> tuple[str, str]:
    return "URL", r.choice(["https://accounts.example.org/login", "https://portal.bankline.example/sign-in",
                            "https://app.fieldbook.example/", "https://mail.example.net/owa",
                            "https://shop.example.co/account"])  # fmt: skip


def percent(r: random.Random) -> tuple[str, str]:
    return "PERCENT", f"{r.randint(1, 99)}.{r.randint(0, 9)}%"


def cm_shared(r: random.Random) -> tuple[str, str]:
    """Centimorgans shared with a DNA match."""
    return "CENTIMORGANS", f"{r.randint(8, 3400)} cM"
