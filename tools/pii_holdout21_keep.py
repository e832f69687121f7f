"""Must-keep values of the twenty-first holdout PII set (tools/pii_holdout21_set.py), written from scratch:
amounts, dates that are not dates of birth, codes with their own check digits, and the names of companies,
hospitals, banks, authorities and laws a scrubber must leave in place."""

from __future__ import annotations

import random
import string

COMPANIES = ("Jiangxi Copper", "Jingdezhen Porcelain Works", "Asiacell", "Korek Telecom", "Zagros Petrochemical",
             "Chaharmahal Dairy Cooperative", "Komi Aluminium", "Syktyvkar Plywood Mill", "Inari Reindeer Herders",
             "Ivalo Husky Safaris", "Drentse Aa Zuivel", "Emmen Biogas", "Pfalzwerke", "Weingut Gutting & Söhne",
             "Ranchi Lac Traders", "Almora Woollens", "Karbi Anglong Ginger Growers", "Gia Lai Coffee Union",
             "Đắk Lắk Rubber", "Holon Diamond Cutters", "Bamburi Cement", "Kilifi Cashew Mills",
             "Kigezi Highland Tea", "Lira Ginners", "Beira Corridor Logistics", "Sangmélima Cocoa SARL",
             "Jos Tin Smelters", "Butembo Café Coopérative", "Huista Coffee Exporters", "Sipayik Seafood",
             "Motu Koita Fisheries", "Tomohon Flower Market", "Kiowa Casino Supply", "Upper Sioux Ag Co-op")  # fmt: skip
HOSPITALS: dict[str, tuple[str, ...]] = {
    "CN": ("江西省人民医院", "南昌大学第一附属医院"), "IQ": ("Shar Hospital Sulaymaniyah", "مستشفى السليمانية التعليمي"),
    "IR": ("بیمارستان آیت‌الله کاشانی شهرکرد", "Hajar Hospital"), "RU": ("Коми республиканская больница", "Ухтинская ГБ"),
    "FI": ("Lapin keskussairaala", "Ivalon terveyskeskus"), "NL": ("Wilhelmina Ziekenhuis Assen", "Treant Emmen"),
    "DE": ("Westpfalz-Klinikum", "Evangelisches Krankenhaus Bad Dürkheim"), "IN": ("RIMS Ranchi", "Base Hospital Almora"),
    "VN": ("Bệnh viện Đa khoa tỉnh Gia Lai", "Bệnh viện Đa khoa vùng Tây Nguyên"), "IL": ("וולפסון", "Meir Medical Center"),
    "KE": ("Kilifi County Hospital", "Malindi Sub-County Hospital"), "UG": ("Kabale Regional Referral Hospital", "Lira RRH"),
    "MZ": ("Hospital Central da Beira", "Hospital Provincial de Chimoio"), "CM": ("Hôpital régional d'Ebolowa", "Hôpital de district de Sangmélima"),
    "NG": ("Jos University Teaching Hospital", "Plateau Specialist Hospital"), "CD": ("Hôpital Matanda", "Hôpital général de Beni"),
    "GT": ("Hospital Nacional de Huehuetenango", "Hospital de Jacaltenango"), "CA": ("Saint John Regional Hospital", "Upper River Valley Hospital"),
    "PG": ("Port Moresby General Hospital", "Pacific International Hospital"), "ID": ("RSUP Prof. Kandou", "RS Bethesda Tomohon"),
    "US": ("Lawton Indian Hospital", "Upper Sioux Health Clinic"),
}  # fmt: skip
ICD10 = (
    "H90.3",
    "H91.1",
    "J20.9",
    "E66.9",
    "I25.10",
    "K21.9",
    "M17.0",
    "R51",
    "T78.4",
    "Z23",
    "B50.9",
    "O80",
)
ATC = ("S02AA01", "A02BC01", "C09AA05", "J07BB02", "N05BA01", "R06AE07", "B03AA07", "D07AC01")
LOINC = ("718-7", "2345-7", "4548-4", "2093-3", "6690-2", "789-8")
CURRENCY = {"CN": "CNY", "IQ": "IQD", "IR": "IRR", "RU": "RUB", "FI": "EUR", "NL": "EUR", "DE": "EUR", "IN": "INR",
            "VN": "VND", "IL": "ILS", "KE": "KES", "UG": "UGX", "MZ": "MZN", "CM": "XAF", "NG": "NGN", "CD": "CDF",
            "GT": "GTQ", "CA": "CAD", "PG": "PGK", "ID": "IDR", "US": "USD"}  # fmt: skip
# How many units of a currency buy roughly what one unit of the scale does.
_UNITS = {"IQD": 1300, "IRR": 40000, "RUB": 90, "INR": 80, "VND": 25000, "ILS": 4, "KES": 130, "UGX": 3700,
          "MZN": 64, "XAF": 600, "NGN": 1500, "CDF": 2800, "GTQ": 8, "PGK": 4, "IDR": 16000, "CNY": 7}  # fmt: skip
_ALNUM = string.digits + string.ascii_uppercase


def pick(rng: random.Random, values: tuple[str, ...]) -> str:
    return rng.choice(values)


def luhn_check(digits: str) -> str:
    """The digit that, written after `digits`, makes the whole pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (1 if i % 2 else 2)
        total += d // 10 + d % 10
    return str(-total % 10)


def gs1(rng: random.Random, size: int, prefix: str = "") -> str:
    """A GS1 number (EAN-13, GTIN-14, SSCC...) of `size` digits with its mod-10 check digit."""
    body = prefix + "".join(rng.choice(string.digits) for _ in range(size - 1 - len(prefix)))
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str(-total % 10)


def isin(rng: random.Random) -> str:
    country = rng.choice(("CN", "DE", "NL", "FI", "RU", "IN", "IL", "KE", "NG", "US", "CA", "ID"))
    body = country + "".join(rng.choice(_ALNUM if i < 3 else string.digits) for i in range(9))
    return body + luhn_check("".join(str(int(c, 36)) for c in body))


def lei(rng: random.Random) -> str:
    """A legal entity identifier: 18 characters and two ISO 7064 mod 97-10 check digits."""
    body = (
        "".join(rng.choice(string.digits) for _ in range(4))
        + "00"
        + "".join(rng.choice(_ALNUM) for _ in range(12))
    )
    return body + f"{98 - int(''.join(str(int(c, 36)) for c in body + '00')) % 97:02d}"


def issn(rng: random.Random) -> str:
    body = "".join(rng.choice(string.digits) for _ in range(7))
    check = -sum(int(c) * w for c, w in zip(body, range(8, 1, -1), strict=True)) % 11
    return f"{body[:4]}-{body[4:]}{'X' if check == 10 else check}"


def npi(rng: random.Random) -> str:
    """A US National Provider Identifier: 1 and eight digits, then Luhn over 80840 and the nine."""
    body = "1" + "".join(rng.choice(string.digits) for _ in range(8))
    return body + luhn_check("80840" + body)


def microchip(rng: random.Random) -> str:
    return rng.choice(("900", "941", "985", "250", "528", "276")) + "".join(
        rng.choice(string.digits) for _ in range(12)
    )


def reference(rng: random.Random) -> str:
    """A digit string of 12 to 19 digits that fails Luhn, so it can never pass for a card number."""
    body = "".join(rng.choice(string.digits) for _ in range(rng.randint(11, 18)))
    return body + str((int(luhn_check(body)) + rng.randint(1, 9)) % 10)


def docket(rng: random.Random, country: str) -> str:
    n, yyyy, yy = rng.randint(100, 9999), rng.randint(2022, 2026), rng.randint(22, 26)
    forms = {
        "CN": f"({yyyy})赣0102民初{n}号", "IQ": f"الدعوى رقم {n}/ب/{yyyy}", "IR": f"پرونده کلاسه {yyyy - 621}{n}",
        "RU": f"Дело № 2-{n}/{yyyy}", "FI": f"Diaarinumero {n}/{yyyy}", "NL": f"Zaaknummer C/19/{n}",
        "DE": f"Az. {n % 80 + 10} C {n}/{yy}", "IN": f"Case No. {n}/{yyyy}", "VN": f"Hồ sơ số {n}/{yyyy}/HS",
        "IL": f"תיק {n}-0{rng.randint(1, 9)}-{yy}", "KE": f"CMCC No. E{n} of {yyyy}", "UG": f"HCT-{n}-CV-{yyyy}",
        "MZ": f"Processo n.º {n}/{yyyy}", "CM": f"RG n° {n}/{yyyy}", "NG": f"Suit No. PLD/J{n}/{yyyy}",
        "CD": f"RC {n}/{yyyy}", "GT": f"Expediente {n}-{yyyy}", "CA": f"File No. FDSJ-{n}-{yyyy}",
        "PG": f"WS No. {n} of {yyyy}", "ID": f"Nomor {n}/Pdt.G/{yyyy}/PN Mnd", "US": f"Case No. CIV-{yy}-{n:05d}",
    }  # fmt: skip
    return forms[country]


def amount(rng: random.Random, currency: str, scale: tuple[float, float] = (1.0, 3.5)) -> str:
    units = _UNITS.get(currency, 1)
    value = round(10 ** rng.uniform(*scale) * units, 2)
    whole = f"{value:,.0f}" if units >= 50 else f"{value:,.2f}"
    return rng.choice((f"{currency} {whole}", f"{whole} {currency}"))


def when(rng: random.Random) -> str:
    y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"))


# Per country: (banks, authorities, laws cited).
LOCAL: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "CN": (("中国农业银行", "江西银行"), ("南昌市东湖区人民法院", "赣州市市场监督管理局"), ("《个人信息保护法》第二十八条", "《民法典》第一千一百六十五条")),
    "IQ": (("Kurdistan International Bank", "مصرف الرافدين"), ("محكمة بداءة السليمانية", "Sulaymaniyah Governorate"), ("قانون المرافعات المدنية، المادة 47", "Civil Code No. 40 of 1951, art. 204")),
    "IR": (("بانک ملی ایران", "Bank Sepah"), ("دادگستری استان چهارمحال و بختیاری", "Shahrekord Municipality"), ("قانون مدنی، ماده ۳۳۱", "Civil Liability Act 1960, art. 1")),
    "RU": (("Сбербанк", "Банк «Открытие»"), ("Сыктывкарский городской суд", "Администрация МО ГО «Ухта»"), ("ФЗ-152, ст. 6", "ГК РФ, ст. 15")),
    "FI": (("Osuuspankki", "Nordea"), ("Lapin käräjäoikeus", "Inarin kunta"), ("Tietosuojalaki 1050/2018", "Vahingonkorvauslaki 5 luku")),
    "NL": (("Rabobank", "ABN AMRO"), ("Rechtbank Noord-Nederland, locatie Assen", "Gemeente Emmen"), ("AVG art. 9", "BW 7:248")),
    "DE": (("Sparkasse Rhein-Haardt", "VR Bank Südpfalz"), ("Amtsgericht Neustadt an der Weinstraße", "Kreisverwaltung Bad Dürkheim"), ("§ 535 BGB", "DSGVO Art. 9 Abs. 2")),
    "IN": (("Jharkhand Rajya Gramin Bank", "Uttarakhand Gramin Bank", "Assam Gramin Vikash Bank"), ("Office of the Deputy Commissioner", "Gram Panchayat Office"), ("DPDP Act 2023, s. 6", "Order XXXVII CPC")),
    "VN": (("Agribank", "Vietcombank"), ("Tòa án nhân dân TP. Pleiku", "UBND tỉnh Đắk Lắk"), ("Nghị định 13/2023/NĐ-CP", "Bộ luật Dân sự 2015, Điều 584")),
    "IL": (("בנק דיסקונט", "Bank Mizrahi-Tefahot"), ("בית משפט השלום בחולון", "Holon Municipality"), ("חוק הגנת הפרטיות, סעיף 7", "Tenancy Law 2017, s. 25")),
    "KE": (("Equity Bank", "Co-operative Bank"), ("Kilifi Law Courts", "County Government of Kilifi"), ("Data Protection Act 2019, s. 30", "Rent Restriction Act, s. 5")),
    "UG": (("Stanbic Bank Uganda", "Centenary Bank"), ("Chief Magistrate's Court, Kabale", "Lira City Council"), ("Data Protection and Privacy Act 2019, s. 7", "Landlord and Tenant Act 2022, s. 12")),
    "MZ": (("Millennium bim", "BCI"), ("Tribunal Judicial da Cidade da Beira", "Conselho Municipal da Beira"), ("Lei n.º 3/2017", "Código Civil, art. 483.º")),
    "CM": (("Afriland First Bank", "SCB Cameroun"), ("Tribunal de première instance d'Ebolowa", "Commune de Sangmélima"), ("Loi n° 2010/012", "Code civil, art. 1382")),
    "NG": (("First Bank of Nigeria", "Zenith Bank"), ("Plateau State High Court, Jos", "Jos North LGA"), ("NDPA 2023, s. 24", "Rent Control Law of Plateau State, s. 7")),
    "CD": (("Rawbank", "Equity BCDC"), ("Tribunal de paix de Butembo", "Mairie de Beni"), ("Loi n° 20/017", "Code civil livre III, art. 258")),
    "GT": (("Banrural", "Banco Industrial"), ("Juzgado de Paz de Jacaltenango", "Municipalidad de Jacaltenango"), ("Decreto 57-2008", "Código Civil, art. 1645")),
    "CA": (("RBC Royal Bank", "Caisse populaire acadienne"), ("Court of King's Bench of New Brunswick", "Passamaquoddy Recognition Group"), ("PIPEDA, s. 5", "Residential Tenancies Act (NB), s. 8")),
    "PG": (("BSP", "Kina Bank"), ("Waigani National Court", "NCD Commission"), ("Constitution s. 49", "Landlord and Tenant Act 1970, s. 12")),
    "ID": (("Bank SulutGo", "BNI"), ("Pengadilan Negeri Manado", "Pemkot Tomohon"), ("UU No. 27 Tahun 2022, Pasal 20", "KUHPerdata Pasal 1365")),
    "US": (("BancFirst", "Bremer Bank"), ("Kiowa Tribal Court", "Lower Sioux Indian Community"), ("45 C.F.R. § 164.502", "Minn. Stat. § 504B.178", "Okla. Stat. tit. 41, § 115")),
}  # fmt: skip


def local(rng: random.Random, country: str, which: int) -> str:
    """A bank (0), an authority or court (1) or a law cited (2) of `country`."""
    return rng.choice(LOCAL[country][which])
