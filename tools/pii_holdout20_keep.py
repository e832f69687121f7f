"""Must-keep values of the twentieth holdout PII set (tools/pii_holdout20_set.py), written from scratch: the
amounts, dates, codes with check digits, company and institution names a scrubber must leave in place."""

from __future__ import annotations

import random
import string

COMPANIES = ("Scania Södertälje", "Société Minière de Boké", "Khon Kaen Sugar Industry", "Georgian Railway",
             "Ashdod Port Company", "Mangalore Refinery and Petrochemicals", "Utkal Alumina", "Bhilai Steel Plant",
             "Himalayan Bank", "Dolpo Yarsa Traders", "Cherkessk Chemical Plant", "Surgutneftegas",
             "Wasaya Airways", "Saudia", "Changsha Zoomlion", "Miyako Sugar", "Kambata Coffee Union",
             "Gasunie", "Ford-Werke Köln", "Banco di Sardegna", "Zuarungu Shea Co-operative", "Embu Tea Factory",
             "Petroperú", "Toraja Coffee Company", "Casino del Sol", "Chickasaw Nation Industries")  # fmt: skip
HOSPITALS: dict[str, tuple[str, ...]] = {
    "SE": ("Södertälje sjukhus", "Västmanlands sjukhus Västerås"), "GN": ("Hôpital régional de Labé", "CHU Donka"),
    "TH": ("โรงพยาบาลศรีนครินทร์", "Khon Kaen Hospital"), "GE": ("ქუთაისის რეფერალური ჰოსპიტალი", "Tbilisi Central Hospital"),
    "IL": ("המרכז הרפואי אסותא אשדוד", "Soroka Medical Center"), "IN": ("Wenlock District Hospital", "AIIMS Raipur"),
    "NP": ("Bir Hospital", "Dolpa District Hospital"), "RU": ("Республиканская больница Черкесск", "Сургутская ОКБ"),
    "CA": ("Meno Ya Win Health Centre", "Sioux Lookout First Nations Health Authority"),
    "SA": ("مستشفى الملك فهد بجدة", "King Abdulaziz University Hospital"), "CN": ("湘雅医院", "湖南省人民医院"),
    "JP": ("沖縄県立宮古病院", "宮古島徳洲会病院"), "ET": ("Durame General Hospital", "ሆሳዕና ሆስፒታል"),
    "NL": ("UMCG", "Ommelander Ziekenhuis"), "DE": ("Uniklinik Köln", "Kliniken der Stadt Köln"),
    "IT": ("AOU Sassari", "Ospedale Santissima Annunziata"), "GH": ("Upper East Regional Hospital", "Bongo District Hospital"),
    "KE": ("Embu Level 5 Hospital", "Kenyatta National Hospital"), "PE": ("Hospital de Apoyo Bagua", "Hospital Regional Virgen de Fátima"),
    "ID": ("RSUD Lakipadada", "RS Elim Rantepao"), "US": ("El Rio Health Pascua", "Chickasaw Nation Medical Center"),
}  # fmt: skip
ICD10 = (
    "J45.909",
    "E11.9",
    "I10",
    "M54.5",
    "K29.70",
    "Z00.00",
    "N39.0",
    "B54",
    "A09",
    "L20.9",
    "G47.33",
    "F32.9",
)
ATC = ("C07AB02", "A10BA02", "R03AC02", "J01CA04", "M01AE01", "N02BE01", "P01BF01", "H03AA01")
CPT = ("99213", "97802", "90471", "93000", "81001", "36415")
CURRENCY = {"SE": "SEK", "GN": "GNF", "TH": "THB", "GE": "GEL", "IL": "ILS", "IN": "INR", "NP": "NPR", "RU": "RUB",
            "CA": "CAD", "SA": "SAR", "CN": "CNY", "JP": "JPY", "ET": "ETB", "NL": "EUR", "DE": "EUR", "IT": "EUR",
            "GH": "GHS", "KE": "KES", "PE": "PEN", "ID": "IDR", "US": "USD"}  # fmt: skip
# How many units of a currency buy roughly what one of the scale's units does.
_UNITS = {"GNF": 5000, "IDR": 10000, "JPY": 100, "INR": 50, "NPR": 100, "RUB": 50, "THB": 20, "KES": 100,
          "ETB": 50, "SEK": 10, "CNY": 5, "GHS": 10, "PEN": 3, "SAR": 3, "ILS": 3, "GEL": 2}  # fmt: skip
_ALNUM = string.digits + string.ascii_uppercase


def pick(rng: random.Random, values: tuple[str, ...]) -> str:
    return rng.choice(values)


def luhn_digit(digits: str) -> str:
    """The digit that, written after `digits`, makes the whole pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str(-total % 10)


def isin(rng: random.Random) -> str:
    country = rng.choice(("SE", "DE", "NL", "IT", "JP", "CN", "IN", "TH", "KE", "GH", "PE", "SA", "IL", "ID"))
    nsin = "".join(rng.choice(_ALNUM if i < 4 else string.digits) for i in range(9))
    body = country + nsin
    return body + luhn_digit("".join(str(int(c, 36)) for c in body))


def ean13(rng: random.Random) -> str:
    body = rng.choice(
        ("730", "400", "871", "800", "885", "690", "490", "890", "616", "899", "775", "628", "729")
    )
    body += "".join(rng.choice(string.digits) for _ in range(12 - len(body)))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str(-total % 10)


def imo(rng: random.Random) -> str:
    """An IMO ship number: six digits and a check digit (weights 7 to 2)."""
    body = "".join(rng.choice(string.digits) for _ in range(6))
    body = str(rng.randint(1, 9)) + body[1:]
    return "IMO " + body + str(sum(int(c) * w for c, w in zip(body, range(7, 1, -1), strict=True)) % 10)


def sscc(rng: random.Random) -> str:
    """An 18-digit SSCC (GS1 mod 10) as a consignment's shipping label carries it."""
    body = "".join(rng.choice(string.digits) for _ in range(17))
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str(-total % 10)


def isbn13(rng: random.Random) -> str:
    body = rng.choice(("978", "979")) + "".join(rng.choice(string.digits) for _ in range(9))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str(-total % 10)


def reference(rng: random.Random) -> str:
    """A digit string of 13 to 19 digits that fails Luhn, so it can never pass for a card number."""
    size = rng.randint(13, 19)
    body = "".join(rng.choice(string.digits) for _ in range(size - 1))
    return body + str((int(luhn_digit(body)) + rng.randint(1, 9)) % 10)


def docket(rng: random.Random, country: str) -> str:
    """A case or file number as the authorities of `country` write it."""
    n, yyyy, yy = rng.randint(100, 9999), rng.randint(2021, 2026), rng.randint(21, 26)
    forms = {
        "SE": f"Mål nr T {n}-{yy}", "GN": f"RG n° {n}/{yyyy}", "TH": f"คดีหมายเลขดำที่ {n}/{yyyy + 543}",
        "GE": f"საქმე №2/{n}-{yy}", "IL": f"ת\"א {n}-0{rng.randint(1, 9)}-{yy}", "IN": f"O.S. No. {n}/{yyyy}",
        "NP": f"मुद्दा नं. {yy}-CI-{n}", "RU": f"Дело № 2-{n}/{yyyy}", "CA": f"File No. CV-{yy}-{n:05d}",
        "SA": f"قضية رقم {yyyy}{n}", "CN": f"({yyyy})湘0105民初{n}号", "JP": f"令和{yyyy - 2018}年(ワ)第{n}号",
        "ET": f"File No. {n}/{yy}", "NL": f"Zaaknummer C/18/{n}", "DE": f"Az. {n % 90 + 10} C {n}/{yy}",
        "IT": f"R.G. n. {n}/{yyyy}", "GH": f"Suit No. UE/{n}/{yyyy}", "KE": f"E{n} of {yyyy}",
        "PE": f"Exp. N.° {n:05d}-{yyyy}-0-0101", "ID": f"Nomor {n}/Pdt.G/{yyyy}/PN Mak",
        "US": f"Case No. {yy}-{rng.randint(10000, 99999)}",
    }  # fmt: skip
    return forms[country]


def amount(rng: random.Random, currency: str, scale: tuple[float, float] = (1.0, 3.5)) -> str:
    units = _UNITS.get(currency, 1)
    value = round(10 ** rng.uniform(*scale) * units, 2)
    whole = f"{value:,.0f}" if units >= 50 else f"{value:,.2f}"
    return rng.choice((f"{currency} {whole}", f"{whole} {currency}"))


def when(rng: random.Random) -> str:
    return f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


# Per country: (bank, authority or registry, law cited), so that a document's institutions belong to it.
LOCAL: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "SE": (("Swedbank", "Handelsbanken"), ("Södertälje kommun", "Länsstyrelsen Stockholm"), ("GDPR art. 6.1 e", "Lag (2018:218) 3 kap.")),
    "GN": (("Ecobank Guinée", "Orabank"), ("Préfecture de Labé", "Tribunal de première instance de Labé"), ("Code civil, art. 1240", "Loi L/2016/037/AN")),
    "TH": (("ธนาคารกรุงไทย", "Bank of Ayudhya"), ("ศาลจังหวัดขอนแก่น", "Khon Kaen Provincial Office"), ("พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562", "Civil and Commercial Code s. 420")),
    "GE": (("TBC Bank", "საქართველოს ბანკი"), ("ქუთაისის საქალაქო სასამართლო", "Public Registry Kutaisi"), ("სამოქალაქო კოდექსი, მუხლი 992", "Law on Personal Data Protection, art. 5")),
    "IL": (("בנק לאומי", "Bank Hapoalim"), ("בית משפט השלום באשדוד", "Ashdod Municipality"), ("חוק הגנת הפרטיות, התשמ\"א-1981", "Contracts Law 1973, s. 39")),
    "IN": (("Canara Bank", "State Bank of India"), ("Deputy Commissioner, Dakshina Kannada", "Collectorate Rayagada"), ("DPDP Act 2023, s. 8", "Section 9 CPC")),
    "NP": (("Nabil Bank", "राष्ट्रिय वाणिज्य बैंक"), ("जिल्ला प्रशासन कार्यालय डोल्पा", "Kathmandu District Court"), ("Muluki Civil Code 2074, s. 516", "गोपनीयता ऐन २०७५ दफा ३")),
    "RU": (("Сбербанк", "Россельхозбанк"), ("Черкесский городской суд", "Администрация г. Сургута"), ("ФЗ-152 «О персональных данных», ст. 9", "ГК РФ, ст. 1064")),
    "CA": (("RBC Royal Bank", "First Nations Bank of Canada"), ("Nishnawbe Aski Nation", "Ontario Court of Justice, Kenora"), ("PIPEDA, s. 7", "Indian Act, s. 89")),
    "SA": (("البنك الأهلي السعودي", "Bank AlJazira"), ("المحكمة العامة بجدة", "Jeddah Municipality"), ("نظام حماية البيانات الشخصية، المادة 5", "Civil Transactions Law, art. 120")),
    "CN": (("中国工商银行", "长沙银行"), ("长沙市开福区人民法院", "湘潭市民政局"), ("《个人信息保护法》第十三条", "《民法典》第一千零三十四条")),
    "JP": (("琉球銀行", "沖縄銀行"), ("那覇地方裁判所平良支部", "宮古島市役所"), ("個人情報保護法第27条", "民法第709条")),
    "ET": (("Commercial Bank of Ethiopia", "Wegagen Bank"), ("Kambata Zone High Court", "Durame Town Administration"), ("Proclamation No. 1321/2024", "Civil Code art. 2035")),
    "NL": (("Rabobank", "ING"), ("Rechtbank Noord-Nederland", "Gemeente Groningen"), ("AVG art. 6", "BW 6:162")),
    "DE": (("Sparkasse KölnBonn", "Kreissparkasse Köln"), ("Amtsgericht Köln", "Stadt Köln, Bürgeramt Innenstadt"), ("DSGVO Art. 6 Abs. 1", "§ 823 BGB")),
    "IT": (("Banco di Sardegna", "BPER Banca"), ("Tribunale di Sassari", "Comune di Sassari"), ("art. 2043 c.c.", "D.Lgs. 196/2003, art. 2-ter")),
    "GH": (("GCB Bank", "Naara Rural Bank"), ("Bolgatanga District Court", "Bolgatanga Municipal Assembly"), ("Data Protection Act 2012 (Act 843), s. 18", "Land Act 2020 (Act 1036), s. 11")),
    "KE": (("Equity Bank", "KCB"), ("Embu Law Courts", "County Government of Embu"), ("Data Protection Act 2019, s. 25", "Land Registration Act 2012, s. 24")),
    "PE": (("Banco de la Nación", "BCP"), ("Juzgado Mixto de Bagua", "Municipalidad Provincial de Bagua"), ("Ley N.° 29733", "Código Civil, art. 1969")),
    "ID": (("Bank Sulselbar", "BRI"), ("Pengadilan Negeri Makale", "Pemkab Tana Toraja"), ("UU No. 27 Tahun 2022", "KUHPerdata Pasal 1365")),
    "US": (("Wells Fargo", "BancFirst", "Arvest Bank"), ("Pascua Yaqui Tribal Court", "Chickasaw Nation District Court"), ("42 U.S.C. § 1320d-6", "Okla. Stat. tit. 63, § 1-502.2", "A.R.S. § 36-3802")),
}  # fmt: skip


# India's three locales each have their own district's authorities.
_DISTRICT = {"bcq-IN": ("Deputy Commissioner, Dakshina Kannada", "ಮಂಗಳೂರು ಮಹಾನಗರ ಪಾಲಿಕೆ"),
             "kxv-IN": ("Collectorate Rayagada", "ରାୟଗଡ଼ା ଜିଲ୍ଲାପାଳଙ୍କ କାର୍ଯ୍ୟାଳୟ"),
             "hne-IN": ("Collectorate Raipur", "नगर पालिक निगम रायपुर")}  # fmt: skip


def local(rng: random.Random, locale: str, country: str, which: int) -> str:
    """A bank (0), an authority or court (1) or a law cited (2) of `country` (of `locale`'s district)."""
    if which == 1 and locale in _DISTRICT:
        return rng.choice(_DISTRICT[locale])
    return rng.choice(LOCAL[country][which])
