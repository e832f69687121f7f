"""Must-keep business values of the seventeenth holdout PII set, written from scratch: identifiers with their
own check digits (ISIN, CUSIP, LEI, GTIN), codes (ICD-10, ATC, CVX), legal citations, docket numbers, amounts,
and the names of companies, hospitals, products and places a scrubber must leave in place."""

from __future__ import annotations

import random
import string

COMPANIES = ("Attijariwafa Bank", "Qatar Navigation Q.P.S.C.", "Gulf Air", "Société Générale Tchad",
             "Rosneft", "Barilla G. e R. Fratelli", "EWE AG", "Iran Khodro", "Habib Bank Limited",
             "BSRM Steels", "Tata Motors", "Kweichow Moutai", "Jollibee Foods", "Grupo Bimbo",
             "Ethio Telecom", "Safaricom PLC", "Bank Rakyat Indonesia", "Transgaz S.A.", "Cenovus Energy",
             "Northwestern Energy", "H-E-B Grocery", "Bahrain Telecommunications Co.", "Pampa Energía")  # fmt: skip
TICKERS = ("IAM", "QNBK", "BATELCO", "SOLIDERE", "ROSN", "ENI", "EOAN", "HBL", "TATAMOTORS", "600519",
           "JFC", "BIMBOA", "SCOM", "BBRI", "TGN", "CVE", "NWE", "KO", "GAZP", "BRK.B")  # fmt: skip
HOSPITALS: dict[str, tuple[str, ...]] = {
    "MA": ("CHU Ibn Rochd", "Hôpital Cheikh Khalifa"), "IQ": ("Medical City Baghdad", "مستشفى الكندي التعليمي"),
    "SD": ("Soba University Hospital", "مستشفى الخرطوم التعليمي"), "BH": ("Salmaniya Medical Complex", "King Hamad University Hospital"),
    "QA": ("Hamad General Hospital", "مستشفى الوكرة"), "TD": ("Hôpital de la Mère et de l'Enfant", "HGRN N'Djamena"),
    "RU": ("Республиканская клиническая больница", "Дербентская ЦГБ"), "IT": ("Policlinico di Modena", "Ospedale Maggiore"),
    "DE": ("St.-Marien-Hospital Friesoythe", "Klinikum Oldenburg"), "IR": ("بیمارستان امام خمینی ساری", "بیمارستان بوعلی سینا"),
    "PK": ("Gilgit District Headquarters Hospital", "PIMS Islamabad"), "BD": ("চট্টগ্রাম মেডিকেল কলেজ হাসপাতাল", "Chevron Clinical Lab"),
    "IN": ("SNM Hospital Leh", "बलरामपुर अस्पताल", "KGMU Lucknow"), "MM": ("Hakha General Hospital", "Falam Township Hospital"),
    "CN": ("凉山州第一人民医院", "西昌市人民医院"), "TW": ("門諾醫院", "花蓮慈濟醫院"),
    "PH": ("Zamboanga City Medical Center", "Brent Hospital"), "FM": ("Kosrae State Hospital", "Lelu Dispensary"),
    "WF": ("Hôpital de Kaleveleve", "Centre médical de Sigave"), "MX": ("Hospital Regional de Poza Rica", "IMSS HGZ 24"),
    "GT": ("Hospital Nacional de Sololá", "Hospitalito Atitlán"), "ET": ("Wolaita Sodo University Hospital", "Areka Health Center"),
    "KE": ("Lodwar County Referral Hospital", "Kakuma Mission Hospital"), "ID": ("RSUD Aloei Saboe", "RS Multazam"),
    "RO": ("Spitalul Clinic Județean Sibiu", "Spitalul Municipal Sighișoara"), "CA": ("Chinook Regional Hospital", "Raymond Health Centre"),
    "US": ("Crow/Northern Cheyenne Hospital", "DHR Health", "Big Horn Hospital"),
}  # fmt: skip
PRODUCTS = ("SKU-TR-4410", "HX-220 pump", "Model 7B kiln", "PN 88-1142-03", "V-Twin 650", "Solar kit SK-3",
            "Art. 2207.14", "Lot 44-AQ", "KIT-MED-09", "Type 3 valve")  # fmt: skip
ICD10 = ("A15.0", "E11.9", "I10", "J45.909", "O80", "Z23", "K35.80", "N18.3", "B54", "E66.01", "M54.5",
         "Z34.00", "A09", "D50.9", "J18.9", "R50.9")  # fmt: skip
ATC = ("J04AM02", "J07BB02", "A10BA02", "C09AA05", "N02BE01", "J01CA04", "J07AL02", "R03AC02", "P01BF01")
CVX = ("CVX 140", "CVX 208", "CVX 110", "CVX 10", "CVX 03", "CVX 133", "CVX 115", "CVX 62")
CURRENCY = {"MA": "MAD", "IQ": "IQD", "SD": "SDG", "BH": "BHD", "QA": "QAR", "TD": "XAF", "RU": "RUB",
            "IT": "EUR", "DE": "EUR", "IR": "IRR", "PK": "PKR", "BD": "BDT", "IN": "INR", "MM": "MMK",
            "CN": "CNY", "TW": "TWD", "PH": "PHP", "FM": "USD", "WF": "XPF", "MX": "MXN", "GT": "GTQ",
            "ET": "ETB", "KE": "KES", "ID": "IDR", "RO": "RON", "CA": "CAD", "US": "USD"}  # fmt: skip
_ISIN_COUNTRIES = (
    "US",
    "MA",
    "QA",
    "BH",
    "RU",
    "IT",
    "DE",
    "PK",
    "IN",
    "CN",
    "PH",
    "MX",
    "KE",
    "ID",
    "RO",
    "CA",
)
_ALNUM = string.digits + string.ascii_uppercase


def pick(rng: random.Random, values: tuple[str, ...]) -> str:
    return rng.choice(values)


def _luhn_check(digits: str) -> str:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def cusip(rng: random.Random) -> str:
    body = "".join(rng.choice(string.digits) for _ in range(3)) + "".join(
        rng.choice(_ALNUM) for _ in range(5)
    )
    total = 0
    for i, c in enumerate(body):
        v = int(c, 36) * (2 if i % 2 else 1)
        total += v // 10 + v % 10
    return body + str((10 - total % 10) % 10)


def isin(rng: random.Random) -> str:
    country = rng.choice(_ISIN_COUNTRIES)
    nsin = (
        cusip(rng)
        if country in ("US", "CA")
        else "".join(rng.choice(_ALNUM[:10] * 2 + _ALNUM) for _ in range(9))
    )
    body = country + nsin
    return body + _luhn_check("".join(str(int(c, 36)) for c in body))


def lei(rng: random.Random) -> str:
    """ISO 17442: four-character LOU prefix, '00', twelve characters, two ISO 7064 mod 97-10 check digits."""
    body = rng.choice(("5493", "2138", "9695", "3358", "8156", "2549")) + "00"
    body += "".join(rng.choice(_ALNUM) for _ in range(12))
    check = 98 - int("".join(str(int(c, 36)) for c in body + "00")) % 97
    return f"{body}{check:02d}"


def gtin(rng: random.Random) -> str:
    body = rng.choice(("611", "626", "628", "529", "460", "800", "400", "626", "896", "890", "690", "471", "480",
                       "750", "740", "899", "594", "754", "00")) + ""  # fmt: skip
    body += "".join(rng.choice(string.digits) for _ in range(12 - len(body)))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def reference(rng: random.Random) -> str:
    """A digit string of 13 to 19 digits that fails Luhn, so it can never pass for a card number."""
    size = rng.randint(13, 19)
    body = "".join(rng.choice(string.digits) for _ in range(size - 1))
    bad = (int(_luhn_check(body)) + rng.randint(1, 9)) % 10
    return body + str(bad)


def docket(rng: random.Random, country: str = "US") -> str:
    """A case number as the courts of `country` write it."""
    n, yyyy, yy = rng.randint(100, 9999), rng.randint(2019, 2025), rng.randint(19, 25)
    forms = {
        "MA": f"RG n° {yy}/{rng.randint(1000, 99999):05d}", "TD": f"RG n° {n}/{yyyy}", "WF": f"RG n° {yy}/{n:05d}",
        "RU": f"Дело № 2-{n}/{yyyy}", "IT": f"R.G. {n}/{yyyy}", "DE": f"Az. {rng.randint(1, 30)} C {n % 1000}/{yy}",
        "IN": f"O.S. No. {n % 1000} of {yyyy}", "PK": f"Civil Suit No. {n % 1000} of {yyyy}",
        "BD": f"Title Suit No. {n % 1000}/{yyyy}", "MM": f"Civil Regular Suit No. {n % 1000}/{yyyy}",
        "PH": f"Civil Case No. {n}", "RO": f"Dosar nr. {n}/{rng.randint(85, 306)}/{yyyy}",
        "US": rng.choice((f"Case No. {yyyy}-CV-{n:04d}", f"DC-{yy}-{rng.randint(10000, 99999)}")),
        "CA": f"Court File No. {yy}01-{rng.randint(10000, 99999)}", "MX": f"Expediente {n}/{yyyy}",
        "GT": f"Expediente C-{n}-{yyyy}", "CN": f"（{yyyy}）川3401民初{n}号", "TW": f"{yyyy - 1911}年度花簡字第{n % 1000}號",
        "IQ": f"الدعوى رقم {n}/ب/{yyyy}", "SD": f"القضية رقم {n}/{yyyy}", "QA": f"Case No. {n}/{yyyy}",
        "BH": f"Case No. 2/{yyyy}/{n:05d}/0", "IR": f"پرونده کلاسه {yy}0{n}", "ET": f"Civil File No. {n}",
        "KE": f"ELC Case No. {n % 1000} of {yyyy}", "ID": f"Nomor {n % 1000}/Pdt.G/{yyyy}/PN Gto",
        "FM": f"Civil Action No. {n % 1000}-{yy}",
    }  # fmt: skip
    return forms.get(country, forms["US"])


def amount(rng: random.Random, currency: str, scale: tuple[float, float] = (1.0, 4.0)) -> str:
    value = round(10 ** rng.uniform(*scale), 2)
    whole = f"{value:,.2f}"
    return rng.choice((f"{currency} {whole}", f"{whole} {currency}"))


def when(rng: random.Random) -> str:
    return f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


# Per country: (bank, court, law cited, school), so that a document's institutions belong to its country.
LOCAL: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "MA": (("Attijariwafa Bank", "Banque Populaire", "CIH Bank"), ("Tribunal de première instance",
           "Cour d'appel de commerce"), ("Dahir n° 1-04-22 du 3 février 2004", "art. 239 du Code de commerce",
           "Loi n° 67-12"), ("Lycée Ibn Sina", "École Al Khawarizmi")),
    "IQ": (("Rafidain Bank", "Rasheed Bank", "Trade Bank of Iraq"), ("محكمة البداءة", "محكمة الأحوال الشخصية"),
           ("Personal Status Law No. 188 of 1959", "قانون المرافعات المدنية رقم 83 لسنة 1969"),
           ("ثانوية المتميزين", "Baghdad International School")),
    "SD": (("Bank of Khartoum", "Faisal Islamic Bank", "Omdurman National Bank"), ("المحكمة الجزئية",
           "محكمة الاستئناف"), ("قانون المعاملات المدنية لسنة 1984", "Civil Procedure Act 1983"),
           ("مدرسة الخرطوم الجديدة", "Comboni College")),
    "BH": (("Kuwait Finance House Bahrain", "National Bank of Bahrain", "Bank ABC"), ("High Civil Court",
           "Rent Disputes Committee"), ("Decree-Law No. 27 of 2014", "Legislative Decree No. 19 of 2001"),
           ("Bahrain School", "Al Noor International School")),
    "QA": (("Qatar Islamic Bank", "Doha Bank", "Commercial Bank"), ("Rental Disputes Settlement Committee",
           "المحكمة الابتدائية"), ("Law No. 4 of 2008", "Law No. 22 of 2004"), ("Qatar Academy",
           "مدرسة عمر بن الخطاب")),
    "TD": (("Commercial Bank Tchad", "Société Générale Tchad", "Ecobank Tchad"), ("Tribunal de grande instance",
           "Cour d'appel"), ("Acte uniforme OHADA art. 28", "Code civil art. 1134"), ("Lycée Félix Éboué",
           "Collège Evangélique")),
    "RU": (("Сбербанк", "Россельхозбанк", "ВТБ"), ("Мировой суд участка № 3", "Районный суд"),
           ("Статья 1157 ГК РФ", "Статья 35 ЖК РФ", "ФЗ № 152-ФЗ"), ("МБОУ СОШ № 11", "Гимназия № 1")),
    "IT": (("BPER Banca", "Credem", "Banca di Modena"), ("Tribunale ordinario", "Giudice di pace"),
           ("art. 519 c.c.", "art. 657 c.p.c.", "D.Lgs. 196/2003"), ("Scuola Media Carducci", "Liceo Muratori")),
    "DE": (("Landessparkasse zu Oldenburg", "Volksbank Cloppenburg", "OLB"), ("Amtsgericht Cloppenburg",
           "Landgericht Oldenburg"), ("§ 1945 BGB", "§ 573 BGB", "Art. 6 DSGVO"), ("Oberschule Saterland",
           "Grundschule Ramsloh")),
    "IR": (("Bank Melli Iran", "Bank Mellat", "Bank Saderat"), ("شورای حل اختلاف", "دادگاه عمومی حقوقی"),
           ("ماده ۸۳۲ قانون مدنی", "قانون روابط موجر و مستأجر ۱۳۷۶"), ("دبیرستان فرزانگان", "مدرسه شهید بهشتی")),
    "PK": (("Meezan Bank", "HBL", "Bank Alfalah"), ("Civil Court Gilgit", "Rent Controller"),
           ("Order XXI Rule 32 CPC", "Section 17 of the Registration Act"), ("Aga Khan Higher Secondary School",
           "Public School Jutial")),
    "BD": (("Islami Bank Bangladesh", "Sonali Bank", "Dutch-Bangla Bank"), ("যুগ্ম জেলা জজ আদালত",
           "Court of the Senior Assistant Judge"), ("Transfer of Property Act 1882", "Section 138 NI Act"),
           ("Chittagong Collegiate School", "চট্টগ্রাম সরকারি উচ্চ বিদ্যালয়")),
    "IN": (("J&K Bank", "State Bank of India", "Punjab National Bank"), ("Court of the Civil Judge",
           "Small Causes Court"), ("Section 17 of the Registration Act, 1908", "Order XXI Rule 32 CPC",
           "Section 138 NI Act"), ("Lamdon School", "La Martinière College")),
    "MM": (("KBZ Bank", "AYA Bank", "CB Bank"), ("Township Court", "District Court"),
           ("Transfer of Immovable Property Restriction Law", "Contract Act s. 73"), ("BEHS 1 Hakha",
           "Falam High School")),
    "CN": (("Bank of China", "农业银行", "建设银行"), ("西昌市人民法院", "凉山州中级人民法院"),
           ("《民法典》第一千一百二十四条", "《民事诉讼法》第一百二十二条"), ("西昌市第一中学", "昭觉中学")),
    "TW": (("Hualien Credit Cooperative", "台灣銀行", "土地銀行"), ("花蓮地方法院", "臺灣高等法院花蓮分院"),
           ("民法第1174條", "民法第440條"), ("花蓮高中", "秀林國中")),
    "PH": (("Zamboanga City Savings Bank", "Land Bank of the Philippines", "BDO Unibank"), ("Municipal Trial Court in Cities",
           "Regional Trial Court, Branch 12"), ("Republic Act No. 10173", "Art. 1041 Civil Code", "Rule 70, Rules of Court"),
           ("Ateneo de Zamboanga", "Zamboanga City High School")),
    "FM": (("Bank of the FSM", "Bank of Guam"), ("Kosrae State Court", "FSM Supreme Court"),
           ("Kosrae State Code Title 11", "FSM Code Title 6"), ("Kosrae High School", "Utwe Elementary School")),
    "WF": (("BWF Wallis", "Banque de Wallis-et-Futuna"), ("Tribunal de première instance de Mata-Utu",
           "Cour d'appel de Nouméa"), ("Code civil art. 804", "Code civil art. 1728"), ("Collège de Fiua",
           "École de Kolopelu")),
    "MX": (("Banco Azteca", "BBVA México", "Banorte"), ("Juzgado Primero de Primera Instancia", "Juzgado Menor"),
           ("Código Civil de Veracruz art. 1589", "Ley Orgánica 5/2002"), ("Escuela Primaria Benito Juárez",
           "Telebachillerato El Tajín")),
    "GT": (("Banrural", "Banco Industrial", "BAM"), ("Juzgado de Paz", "Juzgado de Primera Instancia Civil"),
           ("Decreto 27-2003", "Código Civil art. 1024"), ("Escuela Oficial Rural Mixta", "Instituto Básico por Cooperativa")),
    "ET": (("Awash Bank", "Commercial Bank of Ethiopia", "Dashen Bank"), ("Woreda Court", "Federal First Instance Court"),
           ("Civil Code art. 1002", "Proclamation No. 1183/2020"), ("Sodo Comprehensive Secondary School",
           "Otona Primary School")),
    "KE": (("Equity Bank Kenya", "KCB", "Co-operative Bank"), ("Magistrate's Court at Lodwar", "High Court at Kitale"),
           ("Land Control Act, Cap 302", "Law of Succession Act, Cap 160"), ("Lodwar High School",
           "Kakuma Refugee Secondary School")),
    "ID": (("Bank SulutGo", "Bank Rakyat Indonesia", "Bank Mandiri"), ("Pengadilan Negeri", "Pengadilan Agama"),
           ("Pasal 1 UU No. 4 Tahun 1996", "Pasal 1057 KUHPerdata"), ("SMP Negeri 1", "SMA Negeri 3")),
    "RO": (("Banca Transilvania", "BCR", "CEC Bank"), ("Judecătoria Sibiu", "Tribunalul Brașov"),
           ("art. 1120 Cod civil", "art. 1831 Cod civil"), ("Liceul Brukenthal", "Școala Gimnazială nr. 2")),
    "CA": (("ATB Financial", "Servus Credit Union", "Cornerstone Credit Union"), ("Court of King's Bench",
           "Residential Tenancy Dispute Resolution Service"), ("RTA s. 74 (Alberta)", "Wills and Succession Act, s. 8"),
           ("Colony School", "Raymond High School")),
    "US": (("Little Horn State Bank", "Texas Regional Bank", "First Interstate Bank"), ("Justice Court, Precinct 2",
           "Crow Tribal Court", "District Court"), ("Tex. Prop. Code § 24.005", "MCA 70-24-422", "11 U.S.C. § 362"),
           ("Plenty Coups High School", "PSJA North Early College High School")),
}  # fmt: skip


def local(rng: random.Random, country: str, which: int) -> str:
    """A bank (0), court (1), law cited (2) or school (3) of `country`."""
    return rng.choice(LOCAL[country][which])
