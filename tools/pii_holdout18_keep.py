"""Must-keep business values of the eighteenth holdout PII set, written from scratch: identifiers with their own
check digits (ISIN, CUSIP, LEI, GTIN, VIN), codes (ICD-10, ATC, HCPCS), legal citations, docket numbers, amounts,
and the names of companies, hospitals, products and places a scrubber must leave in place."""

from __future__ import annotations

import random
import string

COMPANIES = ("Georgian Airways", "Hellenic Petroleum", "Bank of Cyprus", "Teva Pharmaceutical", "PTT Public Co.",
             "Jeju Air", "Ethiopian Shipping Lines", "Nakfa Mining", "Nilgiris Dairy Co-op", "Ceylon Tea Brokers",
             "ACLEDA Bank", "Myanma Agricultural Produce", "Orange Bissau", "Companhia Santomense de Telecom.",
             "Hidroeléctrica de Cahora Bassa", "Staatsolie Maatschappij", "Bielmar Sp. z o.o.", "Gibtelecom",
             "Compañía Minera Antamina", "Copa Airlines", "Grupo Bafar", "SABC Boissons du Cameroun",
             "Ecobank Transnational", "Tanzania Breweries", "Raiffeisen Bank Kosova", "Société Le Nickel",
             "Cleco Power", "Wind River Casino")  # fmt: skip
TICKERS = ("GEOR", "ELPE", "BOCH", "TEVA", "PTT", "089590", "SCOM", "NDIA.N0000", "ABC", "ORAN", "HCB",
           "BFT", "TBL", "RBI", "ERA", "CNL", "BAFARB", "CPA", "ETI", "LUN")  # fmt: skip
HOSPITALS: dict[str, tuple[str, ...]] = {
    "GE": ("თბილისის ცენტრალური საავადმყოფო", "Telavi Regional Hospital"), "GR": ("Γενικό Νοσοκομείο Ευαγγελισμός", "ΑΧΕΠΑ"),
    "CY": ("Γενικό Νοσοκομείο Λευκωσίας", "Limassol General Hospital"), "IL": ("הדסה עין כרם", "Rambam Health Care Campus"),
    "TH": ("โรงพยาบาลมหาราชนครเชียงใหม่", "Nakornping Hospital"), "KR": ("제주대학교병원", "서귀포의료원"),
    "ET": ("Wolkite University Hospital", "ጥቁር አንበሳ ሆስፒታል"), "ER": ("Orotta National Referral Hospital", "Keren Hospital"),
    "IN": ("Government Hospital Ooty", "கோவை அரசு மருத்துவமனை"), "LK": ("Mahiyangana Base Hospital", "බදුල්ල මහ රෝහල"),
    "KH": ("Calmette Hospital", "Preah Vihear Referral Hospital"), "MM": ("Taunggyi General Hospital", "Hopong Hospital"),
    "GW": ("Hospital Nacional Simão Mendes", "Hospital Regional de Bafatá"), "ST": ("Hospital Dr. Ayres de Menezes", "Centro de Saúde de Neves"),
    "MZ": ("Hospital Central da Beira", "Hospital Rural de Caia"), "SR": ("Academisch Ziekenhuis Paramaribo", "Streekziekenhuis Nickerie"),
    "PL": ("Szpital Wojewódzki w Bielsku-Białej", "Szpital Pediatryczny Bielsko-Biała"), "GI": ("St Bernard's Hospital", "Primary Care Centre"),
    "PE": ("Hospital Manuel Higa Arakaki", "Hospital Regional de Huancayo"), "PA": ("Hospital Regional Rafael Hernández", "Hospital de Changuinola"),
    "MX": ("Hospital General de Guachochi", "Hospital Central del Estado"), "CM": ("Hôpital de district de Foumban", "Hôpital Laquintinie"),
    "TG": ("CHU Sylvanus Olympio", "Hôpital d'Aného"), "TZ": ("Hospitali ya Rufaa Kitete", "Muhimbili National Hospital"),
    "XK": ("QKUK Prishtinë", "Spitali Regjional i Pejës"), "NC": ("Centre médical de Tadine", "CHT Gaston-Bourret"),
    "US": ("Opelousas General Health System", "SageWest Health Care", "Wind River Service Unit"),
}  # fmt: skip
PRODUCTS = ("PV-420 mono panel", "Inverter SX-5K", "Drip kit DK-12", "Model A7 bracket", "Lot 77-BX", "SKU 3390-JT",
            "Art. 5512.08", "Type C lancet", "Urn UR-30", "Brace OR-114")  # fmt: skip
ICD10 = ("Z02.1", "K07.3", "Z89.511", "S88.111A", "E10.9", "Z30.09", "J44.1", "I63.9", "T14.90", "F10.20", "Z76.89",
         "R41.82", "M17.11", "K02.52", "Z00.00", "L40.0")  # fmt: skip
ATC = ("M01AE01", "N05BA01", "A02BC01", "J01CR02", "B01AC06", "C10AA05", "H03AA01", "L04AX03", "N06AB06")
HCPCS = ("L5301", "L5637", "L5700", "D8080", "D8670", "G0480", "80305", "99213")
CURRENCY = {"GE": "GEL", "GR": "EUR", "CY": "EUR", "IL": "ILS", "TH": "THB", "KR": "KRW", "ET": "ETB", "ER": "ERN",
            "IN": "INR", "LK": "LKR", "KH": "KHR", "MM": "MMK", "GW": "XOF", "ST": "STN", "MZ": "MZN", "SR": "SRD",
            "PL": "PLN", "GI": "GIP", "PE": "PEN", "PA": "PAB", "MX": "MXN", "CM": "XAF", "TG": "XOF", "TZ": "TZS",
            "XK": "EUR", "NC": "XPF", "US": "USD"}  # fmt: skip
_ISIN_COUNTRIES = (
    "US",
    "GE",
    "GR",
    "CY",
    "IL",
    "TH",
    "KR",
    "IN",
    "LK",
    "PL",
    "PE",
    "PA",
    "MX",
    "TZ",
    "FR",
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
    body = "".join(rng.choice(string.digits) for _ in range(4)) + "".join(
        rng.choice(_ALNUM) for _ in range(4)
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
        else "".join(rng.choice(_ALNUM[:10] * 3 + _ALNUM) for _ in range(9))
    )
    body = country + nsin
    return body + _luhn_check("".join(str(int(c, 36)) for c in body))


def lei(rng: random.Random) -> str:
    """ISO 17442: four-character LOU prefix, '00', twelve characters, two ISO 7064 mod 97-10 check digits."""
    body = rng.choice(("2594", "5299", "8945", "213800", "3157", "7245")) + ""
    body = (body + "00")[:6] if len(body) == 4 else body
    body += "".join(rng.choice(_ALNUM) for _ in range(18 - len(body)))
    check = 98 - int("".join(str(int(c, 36)) for c in body + "00")) % 97
    return f"{body}{check:02d}"


def gtin(rng: random.Random) -> str:
    body = rng.choice(("486", "520", "529", "729", "885", "880", "621", "890", "479", "883", "590", "775", "750",
                       "626", "619", "628", "531", "978"))  # fmt: skip
    body += "".join(rng.choice(string.digits) for _ in range(12 - len(body)))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
               **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10), strict=True))}  # fmt: skip
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    """A vehicle identification number with its ISO 3779 / North American check digit in position nine."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    chars = list(rng.choice(("1FT", "JTD", "KMH", "WVW", "3N1", "MA3", "LSV", "VF1")))
    chars += [rng.choice(letters) for _ in range(14)]
    chars[8] = "0"
    chars[9] = rng.choice("ABCDEFGHJKLMNPRSTVWXY")
    total = sum(_VIN_VALUES[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def reference(rng: random.Random) -> str:
    """A digit string of 13 to 19 digits that fails Luhn, so it can never pass for a card number."""
    size = rng.randint(13, 19)
    body = "".join(rng.choice(string.digits) for _ in range(size - 1))
    bad = (int(_luhn_check(body)) + rng.randint(1, 9)) % 10
    return body + str(bad)


def docket(rng: random.Random, country: str = "US") -> str:
    """A case or registry number as the authorities of `country` write it."""
    n, yyyy, yy = rng.randint(100, 9999), rng.randint(2019, 2026), rng.randint(19, 26)
    forms = {
        "GE": f"საქმე №2/{n}-{yy}", "GR": f"Αρ. Πράξης {n}/{yyyy}", "CY": f"Αγωγή αρ. {n}/{yyyy}",
        "IL": f'ת"א {n}-{rng.randint(1, 12):02d}-{yy}', "TH": f"คดีหมายเลขดำที่ ผบ.{n}/{yyyy + 543}",
        "KR": f"{yyyy}가단{n}", "ET": f"Civil File No. {n}/{yy}", "ER": f"File No. {n}/{yyyy}",
        "IN": f"O.S. No. {n % 1000} of {yyyy}", "LK": f"Case No. DMR/{n}/{yy}", "KH": f"Case No. {n}/{yyyy}",
        "MM": f"Civil Regular Suit No. {n % 1000}/{yyyy}", "GW": f"Proc. n.º {n}/{yy}", "ST": f"Proc. n.º {n}/{yyyy}",
        "MZ": f"Processo n.º {n}/{yyyy}", "SR": f"A.R. No. {n}/{yy}", "PL": f"sygn. akt I C {n % 1000}/{yy}",
        "GI": f"Claim No. {yyyy}-{n:04d}", "PE": f"Exp. N° {n:05d}-{yyyy}-0-1501-JR-CI-01",
        "PA": f"Expediente {n}-{yy}", "MX": f"Expediente {n}/{yyyy}", "CM": f"RG n° {n}/{yyyy}",
        "TG": f"RG n° {n}/{yy}", "TZ": f"Shauri Na. {n % 1000} la {yyyy}", "XK": f"C. nr. {n}/{yy}",
        "NC": f"RG n° {yy}/{n:05d}", "US": rng.choice((f"Case No. {yyyy}-CV-{n:04d}", f"Docket {yy}-{rng.randint(10000, 99999)}")),
    }  # fmt: skip
    return forms.get(country, forms["US"])


def amount(rng: random.Random, currency: str, scale: tuple[float, float] = (1.0, 4.0)) -> str:
    value = round(10 ** rng.uniform(*scale), 2)
    whole = f"{value:,.2f}"
    return rng.choice((f"{currency} {whole}", f"{whole} {currency}"))


def when(rng: random.Random) -> str:
    return f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


# Per country: (bank, court or registry, law cited, school), so that a document's institutions belong to it.
LOCAL: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "GE": (("TBC Bank", "Bank of Georgia", "Liberty Bank"), ("თბილისის საქალაქო სასამართლო", "Telavi District Court"),
           ("Organic Law on Local Self-Government, art. 16", "სამოქალაქო კოდექსის 1421-ე მუხლი"), ("Tbilisi Public School No. 51", "ახმეტის საჯარო სკოლა")),
    "GR": (("Εθνική Τράπεζα", "Alpha Bank", "Τράπεζα Πειραιώς"), ("Ειρηνοδικείο Αθηνών", "Πρωτοδικείο Θεσσαλονίκης"),
           ("ν. 4624/2019", "άρθρο 1847 ΑΚ"), ("2ο Γυμνάσιο Νέας Σμύρνης", "Λύκειο Νέας Νικομήδειας")),
    "CY": (("Bank of Cyprus", "Hellenic Bank", "Eurobank Cyprus"), ("Επαρχιακό Δικαστήριο Λευκωσίας", "District Court of Limassol"),
           ("Cap. 113 s. 27", "Ν. 125(Ι)/2018"), ("Αγγλική Σχολή Λευκωσίας", "St Maron School")),
    "IL": (("Bank Leumi", "בנק הפועלים", "Mizrahi-Tefahot"), ("בית משפט השלום בירושלים", "Haifa Magistrates' Court"),
           ("חוק הגנת הפרטיות, התשמ\"א-1981", "Planning and Building Law, s. 145"), ("Gymnasia Rehavia", "בית ספר יהודה הלוי")),
    "TH": (("Kasikornbank", "ธนาคารกรุงไทย", "Siam Commercial Bank"), ("ศาลจังหวัดเชียงใหม่", "Chiang Mai Provincial Court"),
           ("พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562", "Civil and Commercial Code s. 1457"), ("Montfort College", "โรงเรียนยุพราชวิทยาลัย")),
    "KR": (("Jeju Bank", "농협은행", "Shinhan Bank"), ("제주지방법원", "Jeju District Court"),
           ("개인정보 보호법 제17조", "Civil Act art. 1019"), ("제주제일고등학교", "Shinsung Girls' High School")),
    "ET": (("Commercial Bank of Ethiopia", "Awash Bank", "Wegagen Bank"), ("Gurage Zone High Court", "Federal First Instance Court"),
           ("Proclamation No. 1321/2024", "Civil Code art. 1678"), ("Welkite Preparatory School", "ቡታጅራ ሁለተኛ ደረጃ ትምህርት ቤት")),
    "ER": (("Commercial Bank of Eritrea", "Housing and Commerce Bank"), ("Keren Regional Court", "High Court of Eritrea"),
           ("Transitional Civil Code art. 1725", "Proclamation No. 176/2015"), ("Keren Secondary School", "Asmara Community School")),
    "IN": (("Canara Bank", "Indian Overseas Bank", "Nilgiris Co-operative Bank"), ("Sub-Court, Udhagamandalam", "District Munsif Court, Coonoor"),
           ("Section 2 of the Forest Rights Act, 2006", "Order VII Rule 11 CPC"), ("Breeks Memorial School", "அரசு பழங்குடியினர் உண்டு உறைவிடப் பள்ளி")),
    "LK": (("Bank of Ceylon", "People's Bank", "Sampath Bank"), ("Mahiyangana Magistrate's Court", "District Court of Badulla"),
           ("Personal Data Protection Act No. 9 of 2022", "Prescription Ordinance s. 3"), ("Dambana Vidyalaya", "මහියංගණ ජාතික පාසල")),
    "KH": (("ACLEDA Bank", "ABA Bank", "Canadia Bank"), ("Phnom Penh Municipal Court", "Preah Vihear Provincial Court"),
           ("Land Law 2001, art. 23", "Civil Code art. 1188"), ("Preah Sisowath High School", "Tbeng Meanchey Primary School")),
    "MM": (("KBZ Bank", "AYA Bank", "Yoma Bank"), ("Taunggyi District Court", "Hopong Township Court"),
           ("Contract Act s. 73", "Ward or Village Tract Administration Law"), ("BEHS 1 Taunggyi", "Hopong High School")),
    "GW": (("Banco da África Ocidental", "Ecobank Guiné-Bissau", "Orabank"), ("Tribunal Regional de Bissau", "Tribunal de Sector de Bafatá"),
           ("Código Civil, art. 2062.º", "Lei n.º 5/98"), ("Liceu Nacional Kwame N'Krumah", "Escola Salvador Allende")),
    "ST": (("Banco Internacional de São Tomé e Príncipe", "Afriland First Bank STP"), ("Tribunal de 1.ª Instância de São Tomé", "Supremo Tribunal de Justiça"),
           ("Lei n.º 3/2016", "Código Civil, art. 1022.º"), ("Liceu Nacional", "Escola Básica de Neves")),
    "MZ": (("Millennium bim", "BCI", "Standard Bank Moçambique"), ("Tribunal Judicial da Cidade da Beira", "Tribunal Distrital de Caia"),
           ("Lei n.º 19/97 (Lei de Terras)", "Código Civil, art. 1038.º"), ("Escola Secundária Samora Machel", "Escola Primária de Caia")),
    "SR": (("De Surinaamsche Bank", "Hakrinbank", "Finabank"), ("Kantongerecht Paramaribo", "Hof van Justitie"),
           ("Burgerlijk Wetboek art. 1614a", "Wet Persoonsgegevens 2020"), ("Mr. Dr. J.C. de Miranda Lyceum", "OS Moengo")),
    "PL": (("PKO Bank Polski", "Bank Spółdzielczy w Wilamowicach", "mBank"), ("Sąd Rejonowy w Oświęcimiu", "Sąd Okręgowy w Bielsku-Białej"),
           ("art. 6 RODO", "art. 673 § 1 k.c."), ("Szkoła Podstawowa im. Józefa Lompy", "Liceum Ogólnokształcące w Wilamowicach")),
    "GI": (("Gibraltar International Bank", "Jyske Bank Gibraltar", "Barclays Gibraltar"), ("Gibraltar Magistrates' Court", "Supreme Court of Gibraltar"),
           ("Data Protection Act 2004, s. 12", "Housing Act 2007, s. 44"), ("Bishop Fitzgerald Middle School", "Westside School")),
    "PE": (("BCP", "Interbank", "Caja Huancayo"), ("Juzgado Mixto de Satipo", "Corte Superior de Junín"),
           ("Ley N° 29733", "Código Civil art. 1699"), ("I.E. Bilingüe Marankiari", "Colegio Nacional de Satipo")),
    "PA": (("Banco Nacional de Panamá", "Caja de Ahorros", "Banistmo"), ("Juzgado Municipal de David", "Tribunal Superior de Chiriquí"),
           ("Ley 81 de 2019", "Código Civil art. 1333"), ("Escuela de Llano Tugrí", "Colegio Félix Olivares")),
    "MX": (("BBVA México", "Banorte", "Bienestar"), ("Juzgado Civil de Guachochi", "Tribunal Superior de Justicia de Chihuahua"),
           ("LFPDPPP art. 16", "Código Civil de Chihuahua art. 2298"), ("Escuela Albergue Rarámuri", "CBTA 112 Guachochi")),
    "CM": (("Afriland First Bank", "SCB Cameroun", "UBA Cameroun"), ("Tribunal de première instance de Foumban", "Cour d'appel de l'Ouest"),
           ("Loi n° 2010/012", "Acte uniforme OHADA art. 133"), ("Lycée classique de Foumban", "Collège de la Retraite")),
    "TG": (("Orabank Togo", "Ecobank Togo", "BTCI"), ("Tribunal de première instance de Lomé", "Tribunal d'Aného"),
           ("Loi n° 2019-014", "Code des personnes et de la famille art. 404"), ("Lycée de Tokoin", "Collège Protestant d'Aného")),
    "TZ": (("CRDB Bank", "NMB Bank", "NBC"), ("Mahakama ya Wilaya Tabora", "High Court of Tanzania, Tabora"),
           ("Sheria ya Ardhi ya Vijiji, 1999", "Personal Data Protection Act, 2022"), ("Tabora Boys Secondary School", "Shule ya Msingi Uyui")),
    "XK": (("Raiffeisen Bank Kosovo", "ProCredit Bank", "TEB"), ("Gjykata Themelore Prishtinë", "Gjykata Themelore Pejë"),
           ("Ligji nr. 06/L-082", "Ligji për Marrëdhëniet e Detyrimeve, neni 554"), ("Gjimnazi Sami Frashëri", "Shkolla Fillore Dardania")),
    "NC": (("BCI", "Banque de Nouvelle-Calédonie", "Société Générale Calédonienne"), ("Section détachée de Lifou", "Tribunal de première instance de Nouméa"),
           ("Loi organique n° 99-209", "Code civil art. 1728"), ("Collège de Tadine", "Lycée Do Kamo")),
    "US": (("Farmers State Bank", "Hancock Whitney", "Wyoming Bank & Trust"), ("27th Judicial District Court", "Wind River Tribal Court"),
           ("La. C.C. art. 2683", "Wyo. Stat. § 1-21-1003", "26 U.S.C. § 6103"), ("Opelousas High School", "Wyoming Indian High School")),
}  # fmt: skip


def local(rng: random.Random, country: str, which: int) -> str:
    """A bank (0), court or registry (1), law cited (2) or school (3) of `country`."""
    return rng.choice(LOCAL[country][which])
