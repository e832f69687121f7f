"""Must-keep business values of the nineteenth holdout PII set, written from scratch: identifiers with their own
check digits (ISIN, CUSIP, LEI, GTIN, VIN), codes (ICD-10, ATC, HCPCS), legal citations, docket numbers, amounts,
and the names of companies, hospitals, products and places a scrubber must leave in place."""

from __future__ import annotations

import random
import string

COMPANIES = ("Ucom", "Mobicom Corporation", "Lao Telecom", "Amul Dairy", "Singareni Collieries", "Harar Brewery",
             "Sarhad Textile Mills", "Lorestan Cement", "Nepal Telecom", "Rangpur Foundry", "Amami Oshima Sugar",
             "Rimbunan Hijau", "Viettel", "Karo Agro Lestari", "Timor Telecom", "Maguindanao Rice Mills",
             "Nauru Phosphate Royalties Trust", "Cementos Argos", "Makivik Corporation", "Menominee Tribal "
             "Enterprises", "Three Affiliated Tribes Oil & Gas", "Vitaminka Prilep", "Cassa Rurale Alta Valsugana",
             "Snåsa Bygdeservice", "Sligo Credit Union", "Sierra Rutile", "Ada Songor Salt")  # fmt: skip
TICKERS = ("MOBI", "LTC", "SCCL", "PTC", "NTC", "VTP", "ARGOS", "ALK", "GOLD", "KAR", "TEL", "SRT", "GCB",
           "CAL", "EQNR", "HVL", "UBL", "HBL", "ACGR", "PPC")  # fmt: skip
HOSPITALS: dict[str, tuple[str, ...]] = {
    "AM": ("Էրեբունի բժշկական կենտրոն", "Gyumri Maternity Hospital"), "MN": ("Улсын нэгдүгээр төв эмнэлэг", "Darkhan Regional Hospital"),
    "LA": ("ໂຮງໝໍມິດຕະພາບ", "Mahosot Hospital"), "IN": ("SSG Hospital Vadodara", "RIMS Adilabad"),
    "ET": ("Hiwot Fana Specialized Hospital", "ጁገል ሆስፒታል"), "PK": ("Ayub Teaching Hospital", "ڈسٹرکٹ ہیڈکوارٹر ہسپتال مانسہرہ"),
    "IR": ("بیمارستان شهدای عشایر", "Shohada-ye Ashayer Hospital"), "NP": ("Seti Provincial Hospital", "डडेल्धुरा अस्पताल"),
    "BD": ("Rangpur Medical College Hospital", "রংপুর মেডিকেল কলেজ হাসপাতাল"), "JP": ("鹿児島県立大島病院", "名瀬徳洲会病院"),
    "MY": ("Hospital Sibu", "Rejang Medical Centre"), "VN": ("Bệnh viện Đa khoa tỉnh Lạng Sơn", "Bệnh viện Đa khoa Cao Bằng"),
    "ID": ("RSU Kabanjahe", "RS Adam Malik"), "TL": ("Hospital Nacional Guido Valadares", "Hospital Referral de Maubisse"),
    "PH": ("Cotabato Regional and Medical Center", "Maguindanao Provincial Hospital"), "NR": ("Republic of Nauru Hospital",),
    "CO": ("Hospital Universitario San José", "Hospital de Toribío"), "CA": ("Centre de santé Tulattavik", "Inuulitsivik Health Centre"),
    "US": ("Menominee Tribal Clinic", "Elbowoods Memorial Health Center", "ThedaCare Shawano"),
    "MK": ("ЈЗУ Општа болница Гевгелија", "Клиничка болница Штип"), "IT": ("Ospedale Santa Chiara", "Ospedale di Borgo Valsugana"),
    "NO": ("Sykehuset Namsos", "Sykehuset Levanger"), "IE": ("Sligo University Hospital", "Galway University Hospital"),
    "SL": ("Makeni Government Hospital", "Kabala Government Hospital"), "GH": ("Ada East District Hospital", "Tema General Hospital"),
}  # fmt: skip
ICD10 = ("H90.3", "H91.10", "Z01.10", "A82.9", "T14.1", "Z20.3", "J45.909", "E11.9", "O80", "Z00.129", "F43.10",
         "Z65.5", "M54.5", "S61.219A", "Z23", "W54.0XXA")  # fmt: skip
ATC = ("J07BG01", "N02BE01", "R06AE07", "A10BA02", "J01FA10", "S02AA01", "D06AX09", "N06AB10", "C09AA02")
HCPCS = ("V5261", "V5011", "92557", "92567", "90675", "99214", "T1013", "A4300")
CURRENCY = {"AM": "AMD", "MN": "MNT", "LA": "LAK", "IN": "INR", "ET": "ETB", "PK": "PKR", "IR": "IRR", "NP": "NPR",
            "BD": "BDT", "JP": "JPY", "MY": "MYR", "VN": "VND", "ID": "IDR", "TL": "USD", "PH": "PHP", "NR": "AUD",
            "CO": "COP", "CA": "CAD", "US": "USD", "MK": "MKD", "IT": "EUR", "NO": "NOK", "IE": "EUR", "SL": "SLE",
            "GH": "GHS"}  # fmt: skip
_ISIN_COUNTRIES = (
    "US",
    "CA",
    "IN",
    "JP",
    "MY",
    "VN",
    "ID",
    "PH",
    "CO",
    "MK",
    "IT",
    "NO",
    "IE",
    "GH",
    "PK",
    "BD",
)
_ALNUM = string.digits + string.ascii_uppercase


def pick(rng: random.Random, values: tuple[str, ...]) -> str:
    return rng.choice(values)


def _luhn_digit(digits: str) -> str:
    """The digit that makes `digits` + it pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str(-total % 10)


def cusip(rng: random.Random) -> str:
    body = "".join(rng.choice(string.digits) for _ in range(3)) + "".join(
        rng.choice(_ALNUM) for _ in range(5)
    )
    total = 0
    for i, c in enumerate(body):
        v = int(c, 36) * (2 if i % 2 else 1)
        total += v // 10 + v % 10
    return body + str(-total % 10)


def isin(rng: random.Random) -> str:
    country = rng.choice(_ISIN_COUNTRIES)
    if country in ("US", "CA"):
        nsin = cusip(rng)
    else:
        nsin = "".join(rng.choice(_ALNUM if i < 3 else string.digits) for i in range(9))
    body = country + nsin
    return body + _luhn_digit("".join(str(int(c, 36)) for c in body))


def lei(rng: random.Random) -> str:
    """ISO 17442: a four-character LOU prefix, two reserved characters, twelve more, two mod 97-10 check digits."""
    body = rng.choice(("335800", "254900", "98450", "815600", "549300", "984500"))
    body += "".join(rng.choice(_ALNUM) for _ in range(18 - len(body)))
    check = 98 - int("".join(str(int(c, 36)) for c in body + "00")) % 97
    return f"{body}{check:02d}"


def gtin(rng: random.Random) -> str:
    body = rng.choice(("485", "865", "884", "890", "613", "896", "491", "955", "893", "899", "480", "770", "754",
                       "531", "800", "703", "539", "603"))  # fmt: skip
    body += "".join(rng.choice(string.digits) for _ in range(12 - len(body)))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str(-total % 10)


_TRANSLIT = dict(zip("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", [*range(10), *range(1, 9), *range(1, 6), 7, 9, *range(2, 10)],
                     strict=True))  # fmt: skip
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    """A vehicle identification number with its check digit in position nine."""
    allowed = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    chars = list(rng.choice(("JHM", "MAL", "MR0", "RL4", "MHF", "KNA", "1GC", "2T1", "ZFA", "YV1")))
    chars += [rng.choice(allowed) for _ in range(14)]
    chars[9] = rng.choice("BCDEFGHJKLMNPRST")
    chars[8] = "0"
    total = sum(_TRANSLIT[c] * w for c, w in zip(chars, _WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def reference(rng: random.Random) -> str:
    """A digit string of 13 to 19 digits that fails Luhn, so it can never pass for a card number."""
    size = rng.randint(13, 19)
    body = "".join(rng.choice(string.digits) for _ in range(size - 1))
    return body + str((int(_luhn_digit(body)) + rng.randint(1, 9)) % 10)


def docket(rng: random.Random, country: str = "US") -> str:
    """A case or registry number as the authorities of `country` write it."""
    n, yyyy, yy = rng.randint(100, 9999), rng.randint(2020, 2026), rng.randint(20, 26)
    forms = {
        "AM": f"ԵԴ/{n}/02/{yy}", "MN": f"Хэрэг №{yyyy}/{n}", "LA": f"ເລກທີ {n}/ສປ{yyyy}", "IN": f"W.P. No. {n} of {yyyy}",
        "ET": f"File No. {n}/{yy}", "PK": f"C.M. No. {n}/{yyyy}", "IR": f"پرونده {yyyy}{n}", "NP": f"मुद्दा नं. {yy}-CR-{n}",
        "BD": f"Case No. {n}/{yyyy}", "JP": f"令和{yyyy - 2018}年(ワ)第{n}号", "MY": f"Saman No. KCH-{n}-{yy}",
        "VN": f"Số {n}/{yyyy}/DS-ST", "ID": f"Nomor {n}/Pdt.G/{yyyy}/PN Kbj", "TL": f"Proc. n.º {n}/{yyyy}",
        "PH": f"Civil Case No. {n}-{yy}", "NR": f"Civil Suit No. {n % 100} of {yyyy}", "CO": f"Rad. 19001-{yyyy}-{n:05d}",
        "CA": f"No 650-22-{n:06d}-{yy}", "MK": f"П.бр. {n}/{yy}", "IT": f"R.G. n. {n}/{yyyy}",
        "NO": f"Sak nr. {yy}-0{n}TVI-TRON", "IE": f"Record No. {yyyy}/{n}P", "SL": f"CC {n}/{yy}",
        "GH": f"Suit No. C1/{n}/{yyyy}", "US": rng.choice((f"Case No. {yyyy}CV{n:04d}", f"No. {yy}-{rng.randint(10000, 99999)}")),
    }  # fmt: skip
    return forms.get(country, forms["US"])


# How many units of a currency buy roughly what one of the scale's units does (so that fees look plausible).
_UNITS = {"VND": 10000, "LAK": 10000, "IRR": 10000, "IDR": 5000, "MNT": 1000, "COP": 1000, "AMD": 100, "JPY": 100,
          "PKR": 100, "NPR": 100, "INR": 50, "BDT": 50, "PHP": 50, "MKD": 50, "ETB": 50, "SLE": 10, "NOK": 10,
          "GHS": 10}  # fmt: skip


def amount(rng: random.Random, currency: str, scale: tuple[float, float] = (1.0, 4.0)) -> str:
    units = _UNITS.get(currency, 1)
    value = round(10 ** rng.uniform(*scale) * units, 2)
    whole = f"{value:,.0f}" if units >= 100 else f"{value:,.2f}"
    return rng.choice((f"{currency} {whole}", f"{whole} {currency}"))


def when(rng: random.Random) -> str:
    return f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


# Per country: (bank, court or registry, law cited, school), so that a document's institutions belong to it.
LOCAL: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "AM": (("Ameriabank", "Ակբա բանկ"), ("Երևան քաղաքի առաջին ատյանի դատարան", "Shirak Court of First Instance"),
           ("ՀՀ քաղաքացիական օրենսգրքի 1087-րդ հոդված", "Law HO-49-N, art. 10"), ("Yerevan School No. 55", "Գյումրու թիվ 6 դպրոց")),
    "MN": (("Khan Bank", "Голомт банк"), ("Сүхбаатар дүүргийн шүүх", "Darkhan-Uul Court"),
           ("Иргэний хуулийн 497 дугаар зүйл", "Law on Personal Data 2021, art. 8"), ("Улаанбаатар 1-р сургууль", "Darkhan School No. 3")),
    "LA": (("BCEL", "ທະນາຄານ ລາວ-ຫວຽດ"), ("ສານປະຊາຊົນນະຄອນຫຼວງ", "Vientiane People's Court"),
           ("Law on Contracts 2008, art. 42", "ກົດໝາຍວ່າດ້ວຍຄອບຄົວ ມາດຕາ 15"), ("Lycée de Vientiane", "ໂຮງຮຽນມັດທະຍົມສຳເໜືອ")),
    "IN": (("Bank of Baroda", "Telangana Grameena Bank"), ("District Court, Chhota Udaipur", "Principal Junior Civil Judge, Adilabad"),
           ("Section 4 of the PESA Act, 1996", "Order XXXIX Rule 1 CPC"), ("Eklavya Model Residential School", "ZPHS Utnoor")),
    "ET": (("Commercial Bank of Ethiopia", "Oromia Bank"), ("Harari Regional Supreme Court", "Harar First Instance Court"),
           ("Proclamation No. 1183/2020", "Civil Code art. 2035"), ("Abadir Secondary School", "ሐረር መሰናዶ ትምህርት ቤት")),
    "PK": (("Habib Bank", "Bank of Khyber"), ("Civil Court Abbottabad", "Peshawar High Court, Abbottabad Bench"),
           ("Section 9 CPC", "KP Right to Information Act 2013, s. 5"), ("Burn Hall School", "گورنمنٹ ہائی سکول مانسہرہ")),
    "IR": (("Bank Melli", "بانک ملت"), ("دادگاه عمومی خرم‌آباد", "Lorestan Court of Appeal"),
           ("ماده ۱۰ قانون مدنی", "Civil Code art. 220"), ("Shahid Beheshti High School", "دبیرستان امام خمینی بروجرد")),
    "NP": (("Nepal Bank", "सिद्धार्थ बैंक"), ("Kailali District Court", "जिल्ला अदालत कैलाली"),
           ("Muluki Civil Code 2074, s. 516", "गोपनीयता सम्बन्धी ऐन २०७५ दफा ३"), ("Shree Saraswati Secondary School", "Doti Campus")),
    "BD": (("Sonali Bank", "রূপালী ব্যাংক"), ("Rangpur District Judge Court", "রংপুর চিফ জুডিশিয়াল ম্যাজিস্ট্রেট আদালত"),
           ("Contract Act 1872, s. 73", "Digital Security Act 2018, s. 26"), ("Rangpur Zilla School", "কারমাইকেল কলেজ")),
    "JP": (("鹿児島銀行", "奄美信用組合"), ("鹿児島地方裁判所名瀬支部", "Naze Summary Court"),
           ("個人情報保護法第27条", "民法第709条"), ("大島高等学校", "名瀬中学校")),
    "MY": (("Maybank", "Bank Rakyat"), ("Mahkamah Sesyen Sibu", "High Court in Sabah and Sarawak at Sibu"),
           ("Akta Perlindungan Data Peribadi 2010, s. 6", "Contracts Act 1950, s. 74"), ("SMK Methodist Sibu", "SJK (C) Kwong Chow")),
    "VN": (("Agribank", "Vietcombank"), ("Tòa án nhân dân tỉnh Lạng Sơn", "Cao Bang Provincial Court"),
           ("Bộ luật Dân sự 2015, Điều 38", "Nghị định 13/2023/NĐ-CP"), ("Trường THPT Việt Bắc", "Trường PTDTNT Lạng Sơn")),
    "ID": (("Bank Sumut", "BRI"), ("Pengadilan Negeri Kabanjahe", "Pengadilan Tinggi Medan"),
           ("UU No. 27 Tahun 2022", "KUHPerdata Pasal 1365"), ("SMA Negeri 1 Kabanjahe", "SMP Methodist Berastagi")),
    "TL": (("Banco Nacional de Comércio de Timor-Leste", "BNU Timor"), ("Tribunal Distrital de Díli", "Tribunal de Recurso"),
           ("Código Civil, art. 1211.º", "Lei n.º 13/2017"), ("Escola Secundária Nicolau Lobato", "Escola Básica de Aileu")),
    "PH": (("Land Bank of the Philippines", "Al-Amanah Islamic Bank"), ("Shari'a Circuit Court, Cotabato City", "RTC Branch 14, Cotabato City"),
           ("R.A. 10173, sec. 16", "Civil Code, art. 1159"), ("Notre Dame University", "Cotabato City National High School")),
    "NR": (("Bendigo Bank Agency Nauru", "Bank of Nauru (in liquidation)"), ("District Court of Nauru", "Supreme Court of Nauru"),
           ("Civil Procedure Act 2018, s. 22", "Lands Act 1976, s. 3"), ("Nauru College", "Nauru Secondary School")),
    "CO": (("Bancolombia", "Banco Agrario"), ("Juzgado Promiscuo de Toribío", "Tribunal Superior de Popayán"),
           ("Ley 1581 de 2012", "Decreto 1953 de 2014"), ("I.E. Técnica Agropecuaria Nasa", "Colegio Mayor del Cauca")),
    "CA": (("Caisse Desjardins", "Banque Nationale"), ("Cour du Québec, district d'Abitibi", "Tribunal administratif du Québec"),
           ("Loi 25, art. 3.5", "Code civil du Québec, art. 1457"), ("Jaanimmarik School", "Nuvviti School")),
    "US": (("Associated Bank", "Bremer Bank", "First Western Bank"), ("Menominee Tribal Court", "MHA Nation Tribal Court"),
           ("Wis. Stat. § 895.01", "N.D.C.C. § 14-09-06.2", "42 U.S.C. § 1320d-6"), ("Menominee Indian High School", "New Town High School")),
    "MK": (("Стопанска банка", "Komercijalna banka"), ("Основен суд Гевгелија", "Апелационен суд Скопје"),
           ("Закон за облигационите односи, чл. 141", "Закон за заштита на личните податоци, чл. 10"), ("СОУ Јосиф Јосифовски", "ООУ Владо Кантарџиев")),
    "IT": (("Cassa Rurale Alta Valsugana", "Intesa Sanpaolo"), ("Tribunale di Trento", "Giudice di pace di Pergine"),
           ("art. 2043 c.c.", "D.Lgs. 196/2003, art. 2-ter"), ("Istituto Comprensivo Pergine 2", "Scuola primaria di Fierozzo")),
    "NO": (("SpareBank 1 SMN", "DNB"), ("Trøndelag tingrett", "Frostating lagmannsrett"),
           ("personopplysningsloven § 1", "avhendingslova § 3-9"), ("Snåsa skole", "Åarjel-saemiej skuvle")),
    "IE": (("Bank of Ireland", "AIB"), ("Sligo District Court", "Circuit Court, Western Circuit"),
           ("Data Protection Act 2018, s. 41", "Housing (Traveller Accommodation) Act 1998, s. 6"), ("Summerhill College", "St. Brigid's NS")),
    "SL": (("Rokel Commercial Bank", "Sierra Leone Commercial Bank"), ("Makeni Magistrate Court", "High Court of Sierra Leone"),
           ("Data Protection Act 2023, s. 12", "Customary Land Rights Act 2022, s. 4"), ("St. Francis Secondary School", "Kabala Secondary School")),
    "GH": (("GCB Bank", "Ada Rural Bank"), ("Ada District Court", "High Court, Tema"),
           ("Data Protection Act 2012 (Act 843), s. 18", "Land Act 2020 (Act 1036), s. 11"), ("Ada Senior High School", "Big Ada Methodist JHS")),
}  # fmt: skip


def local(rng: random.Random, country: str, which: int) -> str:
    """A bank (0), court or registry (1), law cited (2) or school (3) of `country`."""
    return rng.choice(LOCAL[country][which])
