"""Personal values of the twelfth holdout PII set (tools/pii_holdout12_set.py), composed from public knowledge.

Names: hand-written lists of real given names and surnames, none drawn from Faker or Mimesis: Gullah, Choctaw,
Hopi, Gwich'in, Mohawk, Bermudian, Bajan, Tobagonian, Kalinago, Garifuna, Miskito, Guna, Zapotec, Tzotzil, Raizal,
Pomeranian Brazilian, Shipibo, Shuar, Valdostan (Arpitan), Alsatian, Aromanian, Karaim, Chuvash, Udmurt, Lezgin,
Ingush and Nenets (Latin and Cyrillic), Mingrelian (Latin and Georgian script), Hazara and Saraiki (Latin and
Arabic script), Samaritan (Latin and Hebrew script), Ainu (Latin, kanji and katakana), Amis, Bhojpuri, Garhwali,
Limbu and Tamang (Latin and Devanagari), Ao Naga, Parsi, Garo (Latin and Bengali script), Mon, Bugis, Acehnese,
Kadazan-Dusun, Ilocano, Tausug, Rotuman, Cook Islands Māori, Tokelauan, Norfolk Islander, Noongar, Tiwi, Kanuri,
Ijaw, Urhobo, Dagomba, Baoulé, Temne, Jola, Zarma, Songhai, Duala, Luba, Sukuma, Swazi, Pedi, Tumbuka, Ndebele,
Saint Helenian and Falkland Islander; written as "Given Surname", "SURNAME, Given", "Surname, Given", with one or
two initials, particles and honorific prefixes (de la, Jno, N', Nai, Mi, Andi, Teuku, Cut, Wa Ode) and hyphens, in
ALL CAPS or lower case now and then. Street lines: hand-written street names and cities in each country's address
order, the house number before or after the street, with flat, unit, lot or block numbers, sometimes over two or
three lines. Phones: the `phonenumbers` library's example numbers with their subscriber digits redrawn until the
library calls them valid, rendered in national, international, E.164, RFC 3966 (dashed) and hand-made groupings,
with extensions, and read back as valid (extension included) from the document's country. Cards, IBANs, BICs, SSNs,
driver's licences and record numbers: composed from their published layouts and check digits.
"""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT


@dataclass(frozen=True)
class Loc:
    country: str
    words: str  # language of the document's form labels (en, fr, es, pt, it, ru, id, ms, ja, zh)


LOCALES: dict[str, Loc] = {
    "gul-US": Loc("US", "en"), "cho-US": Loc("US", "en"), "hop-US": Loc("US", "en"), "gwi-CA": Loc("CA", "en"),
    "moh-CA": Loc("CA", "en"), "en-BM": Loc("BM", "en"), "bjs-BB": Loc("BB", "en"), "en-TT": Loc("TT", "en"),
    "car-DM": Loc("DM", "en"), "cab-HN": Loc("HN", "es"), "miq-NI": Loc("NI", "es"), "cuk-PA": Loc("PA", "es"),
    "zap-MX": Loc("MX", "es"), "tzo-MX": Loc("MX", "es"), "icr-CO": Loc("CO", "es"), "pom-BR": Loc("BR", "pt"),
    "shp-PE": Loc("PE", "es"), "jiv-EC": Loc("EC", "es"), "frp-IT": Loc("IT", "it"), "gsw-FR": Loc("FR", "fr"),
    "rup-MK": Loc("MK", "en"), "kdr-LT": Loc("LT", "en"), "cv-RU": Loc("RU", "ru"), "udm-RU": Loc("RU", "ru"),
    "lez-RU": Loc("RU", "ru"), "inh-RU": Loc("RU", "ru"), "yrk-RU": Loc("RU", "ru"), "xmf-GE": Loc("GE", "en"),
    "haz-AF": Loc("AF", "en"), "skr-PK": Loc("PK", "en"), "smp-IL": Loc("IL", "en"), "ain-JP": Loc("JP", "ja"),
    "ami-TW": Loc("TW", "zh"), "bho-IN": Loc("IN", "en"), "gbm-IN": Loc("IN", "en"), "njo-IN": Loc("IN", "en"),
    "en-IN": Loc("IN", "en"), "grt-BD": Loc("BD", "en"), "lif-NP": Loc("NP", "en"), "tmg-NP": Loc("NP", "en"),
    "mnw-MM": Loc("MM", "en"), "bug-ID": Loc("ID", "id"), "ace-ID": Loc("ID", "id"), "dtp-MY": Loc("MY", "ms"),
    "ilo-PH": Loc("PH", "en"), "tsg-PH": Loc("PH", "en"), "rtm-FJ": Loc("FJ", "en"), "rar-CK": Loc("CK", "en"),
    "tkl-TK": Loc("TK", "en"), "pih-NF": Loc("NF", "en"), "nys-AU": Loc("AU", "en"), "tiw-AU": Loc("AU", "en"),
    "kr-NG": Loc("NG", "en"), "ijc-NG": Loc("NG", "en"), "urh-NG": Loc("NG", "en"), "dag-GH": Loc("GH", "en"),
    "bci-CI": Loc("CI", "fr"), "tem-SL": Loc("SL", "en"), "dyo-SN": Loc("SN", "fr"), "dje-NE": Loc("NE", "fr"),
    "ses-ML": Loc("ML", "fr"), "dua-CM": Loc("CM", "fr"), "lua-CD": Loc("CD", "fr"), "suk-TZ": Loc("TZ", "en"),
    "ss-SZ": Loc("SZ", "en"), "nso-ZA": Loc("ZA", "en"), "tum-MW": Loc("MW", "en"), "nd-ZW": Loc("ZW", "en"),
    "en-SH": Loc("SH", "en"), "en-FK": Loc("FK", "en"),
}  # fmt: skip

# Real given names and surnames by locale, each list in the scripts its people write it in.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "gul-US": (("Marquetta", "Cornelia", "Emory", "Albertha", "Elijah", "Queen", "Ronald", "Vermelle", "Jonas"),
               ("Goodwine", "Manigault", "Grovner", "Gadsden", "Middleton", "Chisolm", "Rivers", "Wiley",
                "Polite")),
    "cho-US": (("Hollis", "Phyllis", "Gary", "Greenwood", "Allie", "Wilma", "Okla", "Gwen", "Lester"),
               ("Batton", "Pyle", "Noahubbi", "Bohanan", "Folsom", "Pitchlynn", "McCurtain", "Harkins", "Tubby",
                "Wesley")),
    "hop-US": (("Emory", "Vernon", "Ramona", "Leigh", "Verma", "Lomayumtewa", "Dan", "Gerald", "Polingaysi"),
               ("Sekaquaptewa", "Honanie", "Nuvamsa", "Kuwanwisiwma", "Masayesva", "Namingha", "Lomahaftewa",
                "Qoyawayma", "Talayumptewa")),
    "gwi-CA": (("Georges", "Norma", "Sarah", "Dennie", "Randall", "Lorraine", "Edward", "Mary Jane"),
               ("Erasmus", "Kassi", "Kotchilea", "Nerysoo", "Tetlichi", "Frost", "Firth", "Blake", "Charlie")),
    "moh-CA": (("Waneek", "Kahentinetha", "Tekarontake", "Alwyn", "Kanasaraken", "Ellen", "Karonhiio", "Kenneth"),
               ("Horn-Miller", "Montour", "Diabo", "Delisle", "Tarbell", "Jacobs", "Deer", "Kirby", "Sky")),
    "en-BM": (("Clarence", "Ewart", "Pamela", "Walton", "Lois", "Zane", "Craig", "Wendy", "Trevor"),
              ("Outerbridge", "Trott", "Furbert", "Zuill", "Dill", "Burrows", "Swan", "Tucker", "Cox")),
    "bjs-BB": (("Mia", "Grantley", "Kerrie", "Dwight", "Sheridan", "Errol", "Owen", "Sandra", "Hallam"),
               ("Mottley", "Sandiford", "Skeete", "Worrell", "Sealy", "Greaves", "Barrow", "Haynes", "Inniss")),
    "en-TT": (("Keith", "Farley", "Ancil", "Jomo", "Orville", "Cheryl", "Hochoy", "Kelvin", "Jacintha"),
              ("Rowley", "Dumas", "Baptiste", "Job", "Cudjoe", "Augustine", "Charles", "Lovell", "Guy")),
    "car-DM": (("Irvince", "Garnette", "Lorenzo", "Cozier", "Hilroy", "Annette", "Cassius", "Sylvanie"),
               ("Auguiste", "Frederick", "Sanford", "Valmond", "Darroux", "Burton", "Jno Baptiste", "Seaman")),
    "cab-HN": (("Aurelio", "Sofía", "Celeo", "Mirtha", "Wilfredo", "Keni", "Paula", "Miriam", "Andy"),
               ("Palacio", "Guity", "Arzú", "Lambey", "Bernárdez", "Cayetano", "Suazo", "Castillo", "Colón")),
    "miq-NI": (("Brooklyn", "Steadman", "Osorno", "Lottie", "Tininiska", "Ray", "Nancy", "Hazel"),
               ("Rivera", "Fagoth", "Hodgson", "Kingsman", "Webster", "Omeir", "Coleman", "Lackwood", "Zamora")),
    "cuk-PA": (("Aiban", "Nele", "Ologwagdi", "Yadira", "Ceferino", "Inaidili", "Garibaldi", "Olowaili"),
               ("Wagua", "Archibold", "Kantule", "Colman", "Iglesias", "Harris", "Pérez", "de la Cruz")),
    "zap-MX": (("Natalia", "Macario", "Irma", "Andrés", "Víctor", "Gabriel", "Nazario", "Rosalía", "Ubaldo"),
               ("Toledo", "Matus", "Henestrosa", "Pineda", "Chiñas", "Terán", "Regalado", "Orozco", "Vicente")),
    "tzo-MX": (("Petrona", "Alberto", "Xun", "Manuel", "Rosalinda", "Mariano", "Loxa", "Pascuala"),
               ("Patishtán", "de la Cruz", "Betán", "Jolote", "Hernández", "Gómez", "Pérez", "Vázquez", "Sántiz")),
    "icr-CO": (("Dilia", "Cecil", "June", "Rudy", "Marcia", "Arlington", "Kent", "Corina"),
               ("Archbold", "Hooker", "Newball", "Bowie", "Forbes", "Livingston", "Howard", "Pomare", "Bent")),
    "pom-BR": (("Helmuth", "Erika", "Valdir", "Ivone", "Arlindo", "Edite", "Hilda", "Ervino", "Lauro"),
               ("Tesch", "Ramlow", "Kuster", "Boldt", "Schwanz", "Berger", "Krüger", "Plaster", "Foerste")),
    "shp-PE": (("Olinda", "Lastenia", "Herlinda", "Wilder", "Roldán", "Cristóbal", "Rosa", "Agustina"),
               ("Maynas", "Cauper", "Sanancino", "Mahua", "Ahuanari", "Sinarahua", "Pisco", "Valera", "Rengifo")),
    "jiv-EC": (("Domingo", "Tarquila", "Nankui", "Pepe", "Franco", "Rosa", "Marlon", "Yuma"),
               ("Tsamaraint", "Antun", "Tiwiram", "Chumpi", "Wajarai", "Jimbicti", "Kayap", "Nantip", "Tankamash")),
    "frp-IT": (("Émile", "Federico", "Albertina", "Corrado", "Ivonne", "Laurent", "Séverine", "Augusto"),
               ("Chabod", "Marguerettaz", "Charrère", "Cerise", "Bionaz", "Jorrioz", "Rollandin", "Vallet",
                "Perrin")),
    "gsw-FR": (("Tomi", "Odile", "Mathias", "Huguette", "Doris", "Gérard", "Marie-Odile", "Lucien", "Aloïse"),
               ("Ungerer", "Kieffer", "Wurtz", "Bindler", "Hirtz", "Schwoerer", "Heitz", "Haettel", "Oberlé")),
    "rup-MK": (("Pitu", "Dina", "Nicola", "Apostol", "Tashku", "Vanghelitsa", "Steryu", "Tuli", "Zoica"),
               ("Guli", "Caragiu", "Cuvata", "Batzaria", "Mărgărit", "Zdru", "Pariza", "Tanaşoca", "Dabija")),
    "kdr-LT": (("Seraja", "Mykolas", "Halina", "Simonas", "Emilija", "Karina", "Romualdas", "Ananiaš"),
               ("Firkovičius", "Zajančkauskas", "Lobanosas", "Kobeckaitė", "Rojeckis", "Mašiotas", "Juchnevičius",
                "Kobeckas")),
    "cv-RU": (("Atner", "Narspi", "Setner", "Ilem", "Gennady", "Yakov", "Pavlina", "Атнер", "Нарспи", "Сетнер",
               "Илем", "Геннадий"),
              ("Aygi", "Sespel", "Ukhsay", "Turkhan", "Khuzangay", "Elger", "Айги", "Сеспель", "Ухсай", "Турхан",
               "Хузангай")),
    "udm-RU": (("Ashalchi", "Kuzebay", "Flor", "Ogney", "Tatyana", "Vera", "Ашальчи", "Кузебай", "Флор",
                "Огней"),
               ("Korepanov", "Lekomtsev", "Vakhrushev", "Shklyaev", "Perevoshchikov", "Bekmemetev", "Корепанов",
                "Лекомцев", "Вахрушев", "Шкляев")),
    "lez-RU": (("Suleyman", "Kurban", "Alirza", "Zeynab", "Ferzilat", "Tagir", "Sevil", "Nariman", "Сулейман",
                "Курбан", "Зейнаб", "Таир"),
               ("Stalsky", "Aliskerov", "Effendiev", "Ramazanov", "Abdulkerimov", "Gadzhibekov", "Стальский",
                "Алискеров", "Эфендиев", "Рамазанов")),
    "inh-RU": (("Ruslan", "Murat", "Yunus-Bek", "Zarema", "Khava", "Belan", "Leila", "Руслан", "Мурат", "Зарема",
                "Хава"),
               ("Yevkurov", "Aushev", "Zyazikov", "Barakhoev", "Malsagov", "Kostoev", "Tsechoev", "Yandiev",
                "Евкуров", "Аушев", "Мальсагов", "Костоев", "Яндиев")),
    "yrk-RU": (("Anatoly", "Lidia", "Nyadma", "Prokopy", "Nadezhda", "Vasily", "Анатолий", "Лидия", "Нядма",
                "Прокопий"),
               ("Vanuyto", "Khudi", "Yaptik", "Serotetto", "Okotetto", "Laptander", "Yando", "Pyrerka", "Ванюто",
                "Худи", "Яптик", "Лаптандер", "Пырерка")),
    "xmf-GE": (("Zurab", "Zviad", "Khvicha", "Nino", "Manana", "Tamar", "Levan", "ზურაბ", "ზვიად", "ხვიჩა",
                "მანანა"),
               ("Zhvania", "Gamsakhurdia", "Shengelia", "Kvaratskhelia", "Dadiani", "Jikia", "Kakulia", "Tsulaia",
                "ჟვანია", "შენგელია", "ჯიკია", "კაკულია")),
    "haz-AF": (("Sima", "Habiba", "Karim", "Sarwar", "Zahra", "Abdul Ali", "Nargis", "سیما", "حبیبه", "کریم",
                "زهرا"),
               ("Mazari", "Khalili", "Samar", "Sarabi", "Mohaqiq", "Danish", "Akbari", "Rezai", "مزاری", "خلیلی",
                "سرابی", "محقق")),
    "skr-PK": (("Shakir", "Ashiq", "Naseem", "Nazir", "Rukhsana", "Taj", "Sumaira", "شاکر", "عاشق", "نسیم",
                "رخسانہ"),
               ("Sial", "Hiraj", "Bosan", "Gardezi", "Langah", "Shujabadi", "Tareen", "سیال", "ہراج", "بوسن",
                "لنگاہ")),
    "smp-IL": (("Benyamim", "Yefet", "Aharon", "Abed-El", "Sallum", "Miriam", "Yakob", "בנימים", "יפת", "אהרן",
                "מרים"),
               ("Tsedaka", "Altif", "Marhiv", "Danfi", "Sassoni", "Cohen", "צדקה", "אלטיף", "מרחיב", "דנפי")),
    "ain-JP": (("Shigeru", "Tadashi", "Yukie", "Mashiho", "Hokuto", "Bikky", "Mieko", "茂", "正", "幸恵", "真志保",
                "北斗", "ビッキ"),
               ("Kayano", "Kaizawa", "Chiri", "Iboshi", "Sunazawa", "Akibe", "Chikappe", "萱野", "貝澤", "知里",
                "違星", "砂澤", "チカップ")),
    "ami-TW": (("Kolas", "Panay", "Kacaw", "Lekal", "Sawmah", "Ado", "Calaw", "Dongi"),
               ("Yotaka", "Mulu", "Pacidal", "Kaliting", "Mayaw", "Falah", "Tafong", "Sapud")),
    "bho-IN": (("Bhikhari", "Sharda", "Manoj", "Kalpana", "Dinesh", "Ritesh", "Malini", "भिखारी", "शारदा",
                "मनोज"),
               ("Thakur", "Sinha", "Tiwari", "Yadav", "Pandey", "Awasthi", "Dubey", "ठाकुर", "तिवारी", "यादव",
                "पाण्डेय")),
    "gbm-IN": (("Narendra", "Jaspal", "Hema", "Bachendri", "Gaura", "Chandra", "Meena", "नरेन्द्र", "हेमा",
                "गौरा"),
               ("Negi", "Rawat", "Bisht", "Pal", "Gusain", "Bhandari", "Dangwal", "Semwal", "नेगी", "रावत", "बिष्ट",
                "भण्डारी")),
    "njo-IN": (("Temsu", "Imna", "Alemla", "Longri", "Supongmeren", "Nungsang", "Temjen", "Akumla"),
               ("Longkumer", "Jamir", "Ao", "Imchen", "Pongen", "Aier", "Longchar", "Walling", "Kichu")),
    "en-IN": (("Rustom", "Dinshaw", "Jehangir", "Perin", "Roshan", "Homai", "Cyrus", "Freny", "Zubin"),
              ("Wadia", "Godrej", "Mistry", "Bharucha", "Daruwalla", "Contractor", "Engineer", "Batliwala",
               "Vyarawalla")),
    "grt-BD": (("Purno", "Agatha", "Mukul", "Nalini", "Promod", "Subhra", "Jewel", "পূর্ণ", "আগাথা", "মুকুল"),
               ("Sangma", "Marak", "Momin", "Areng", "Rangsa", "Chisim", "Mankhin", "সাংমা", "মারাক", "মোমিন")),
    "lif-NP": (("Bairagi", "Kiran", "Sanjita", "Ambika", "Dilli", "Kamala", "Pratima", "बैरागी", "किरण", "अम्बिका"),
               ("Kainla", "Subba", "Angbuhang", "Yakthumba", "Tumbahangphe", "Nembang", "Chemjong", "Limbu",
                "काइँला", "सुब्बा", "नेम्बाङ")),
    "tmg-NP": (("Parsuram", "Sarita", "Ram Bahadur", "Pasang", "Chhiring", "Maiya", "Dawa", "परशुराम",
                "सरिता", "पासाङ"),
               ("Moktan", "Ghising", "Yonjan", "Lama", "Tamang", "Bal", "Dong", "Syangbo", "मोक्तान", "घिसिङ",
                "योन्जन")),
    "mnw-MM": (("Nai Shwe", "Mi Sar", "Nai Hongsa", "Mi Kun", "Nai Pe", "Mi Sein", "Nai Ngwe", "Mi Myint"),
               ("Kyin", "Dar", "Thein", "Chan", "Tun", "Aung", "Lwin", "Mon")),
    "bug-ID": (("Andi", "Daeng", "Besse", "Tenri", "Arung", "Wa Ode", "Indo", "Sompa"),
               ("Mattalatta", "Pabittei", "Makkulau", "Lamaddukelleng", "Palakka", "Sompa", "Tenriawaru",
                "Massaile")),
    "ace-ID": (("Teuku", "Cut", "Teungku", "Meurah", "Nyak", "Ampon", "Pocut", "Syech"),
               ("Umar", "Nyak Dhien", "Muthia", "Daud Beureueh", "Hasan Tiro", "Meutia", "Ali Hasjmy", "Syiah Kuala")),
    "dtp-MY": (("Joseph", "Jeffrey", "Wilfred", "Bernard", "Ewon", "Jaimah", "Ongkili", "Rozmy"),
               ("Kitingan", "Pairin", "Dompok", "Tangau", "Madius", "Benedick", "Ebit", "Lajim", "Sipaun")),
    "ilo-PH": (("Ferdinand", "Imelda", "Rodolfo", "Perla", "Crispulo", "Bonifacia", "Leonardo", "Adela"),
               ("Agbayani", "Agcaoili", "Bumatay", "Dumlao", "Galang", "Bagasao", "Abadilla", "Acosta", "Ulep")),
    "tsg-PH": (("Nur", "Jainab", "Abdusakur", "Sakur", "Hadja", "Alawi", "Nurhaida", "Tupay"),
               ("Kiram", "Misuari", "Loong", "Jikiri", "Tan", "Sahidulla", "Abdulmuin", "Amilhamja", "Tulawie")),
    "rtm-FJ": (("Elisapeti", "Mosese", "Harieta", "Aisea", "Fesaitu", "Sanimeli", "Rejieli", "Wilson"),
               ("Inia", "Tigarea", "Fatiaki", "Managreve", "Vilsoni", "Aisake", "Rigamoto", "Varea", "Sakimi")),
    "rar-CK": (("Tepaeru", "Teina", "Tupou", "Ngametua", "Vaine", "Mii", "Tangata", "Mark"),
               ("Puna", "Marurai", "Pokino", "Tapaitau", "Teariki", "Tangimetua", "Mataio", "Heather", "Napa")),
    "tkl-TK": (("Kelihiano", "Siopili", "Foua", "Ulu", "Aliki", "Sefo", "Fetu", "Mele"),
               ("Kalolo", "Perez", "Pasilio", "Tuumuli", "Lemisio", "Toloa", "Kupa", "Faraimo")),
    "pih-NF": (("Fletcher", "Mavis", "Ike", "Colleen", "Toon", "Thursday", "Gaye", "Duncan"),
               ("Christian", "Quintal", "Adams", "McCoy", "Buffett", "Nobbs", "Evans", "Snell", "Menghetti")),
    "nys-AU": (("Noel", "Jadah", "Kevin", "Roma", "Wesley", "Carol", "Lorna", "Dennis"),
               ("Yarran", "Nannup", "Ugle", "Garlett", "Kickett", "Winmar", "Pickett", "Bropho", "Hayward")),
    "tiw-AU": (("Maurice", "Natalie", "Cyril", "Bede", "Marius", "Romolo", "Pirrawayingi", "Gemma"),
               ("Puruntatameri", "Tipiloura", "Kerinaiua", "Munkara", "Portaminni", "Tipungwuti", "Rioli",
                "Puautjimi")),
    "kr-NG": (("Kashim", "Babagana", "Yagana", "Bulama", "Zara", "Mairo", "Goni", "Fannami"),
              ("Shettima", "Zulum", "Kyari", "Modu", "Bukar", "Mustapha", "Abba", "Gana", "Lawan")),
    "ijc-NG": (("Goodluck", "Douye", "Patience", "Timipre", "Diepreye", "Ebiere", "Tonye", "Preye"),
               ("Jonathan", "Diri", "Alamieyeseigha", "Sylva", "Clark", "Dickson", "Ekpemupolo", "Opuene",
                "Ebikeme")),
    "urh-NG": (("Oghenekaro", "Ejiro", "Onome", "Efe", "Ovie", "Oghenetega", "Avwerosuo", "Rukevwe"),
               ("Ibori", "Edewor", "Omotor", "Ejovi", "Ighoyota", "Okpako", "Emuobo", "Akpokabayen", "Onokurhefe")),
    "dag-GH": (("Abukari", "Ayishetu", "Fuseini", "Memunatu", "Abdulai", "Rashida", "Sumaila", "Zenabu"),
               ("Mahama", "Alhassan", "Iddrisu", "Yakubu", "Mahamudu", "Sulemana", "Yidana", "Tia", "Mumuni")),
    "bci-CI": (("Aya", "Amenan", "Kouadio", "Akissi", "N'Dri", "Affoué", "Henri", "Koffi"),
               ("Konan", "Kouassi", "Yao", "N'Guessan", "Kouamé", "Bédié", "Ahoussou", "Kablan", "Amani")),
    "tem-SL": (("Alimamy", "Fatmata", "Isatu", "Adamsay", "Abu", "Mariama", "Hawa", "Ernest"),
               ("Kamara", "Bangura", "Sesay", "Conteh", "Koroma", "Turay", "Kanu", "Fofanah", "Mansaray")),
    "dyo-SN": (("Aline", "Augustin", "Khady", "Lamine", "Ousmane", "Fatou", "Jean-Baptiste", "Seynabou"),
               ("Diatta", "Sagna", "Badji", "Manga", "Sambou", "Diédhiou", "Coly", "Tendeng", "Goudiaby")),
    "dje-NE": (("Hamani", "Seyni", "Moumouni", "Mariama", "Aïssata", "Adamou", "Zeïnabou", "Boubacar"),
               ("Diori", "Kountché", "Djermakoye", "Hama", "Amadou", "Saley", "Gado", "Oumarou", "Garba")),
    "ses-ML": (("Soumeylou", "Aliou", "Oumou", "Hawa", "Sékou", "Hamadoun", "Haïdara", "Mahamane"),
               ("Maïga", "Touré", "Haïdara", "Cissé", "Baby", "Arby", "Kounta", "Toure-Maïga", "Alkaya")),
    "dua-CM": (("Rudolf", "Emmanuel", "Manu", "Eyoum", "Ndoumbè", "Henriette", "Léopold", "Ekwalla"),
               ("Manga Bell", "Ebobissé", "Doumbè", "Kotto", "Ngando", "Dikongué", "Eboa", "Mpondo", "Dibango")),
    "lua-CD": (("Étienne", "Félix", "Mbombo", "Ngalula", "Kabongo", "Tshibola", "Mulumba", "Kapinga"),
               ("Tshisekedi", "Mbuyi", "Kalala", "Ilunga", "Kasongo", "Tshibanda", "Mutombo", "Kabeya", "Muamba")),
    "suk-TZ": (("Kulwa", "Doto", "Shija", "Masanja", "Mabula", "Nkamba", "Kwangu", "Ng'wana"),
               ("Luhaga", "Mpina", "Kija", "Ndaki", "Nkwabi", "Masanja", "Magufuli", "Shilinde", "Butiku")),
    "ss-SZ": (("Sibusiso", "Themba", "Nomcebo", "Lindiwe", "Sifiso", "Thembi", "Zodwa", "Mswati"),
              ("Dlamini", "Mamba", "Shongwe", "Simelane", "Hlophe", "Magagula", "Masilela", "Gina", "Matsebula")),
    "nso-ZA": (("Lesiba", "Mahlatse", "Kgabo", "Mpho", "Tebogo", "Lerato", "Maropeng", "Phuti"),
               ("Sekhukhune", "Mphahlele", "Makgoba", "Mogale", "Ramokgopa", "Maake", "Lebepe", "Mokgoko",
                "Moloto")),
    "tum-MW": (("Chakufwa", "Mayeso", "Tamanda", "Chisomo", "Wezi", "Thoko", "Yamikani", "Madalitso"),
               ("Chirwa", "Mkandawire", "Nyirenda", "Msiska", "Gondwe", "Mhango", "Munthali", "Chihana", "Kumwenda")),
    "nd-ZW": (("Joshua", "Sikhanyiso", "Thandiwe", "Bhekimpilo", "Nomzamo", "Lindani", "Sipho", "Thabani"),
              ("Nkomo", "Ndlovu", "Mpofu", "Moyo", "Sibanda", "Dube", "Ncube", "Khumalo", "Mthethwa")),
    "en-SH": (("Ivy", "Gavin", "Cyril", "Gloria", "Derek", "Marcia", "Basil", "Noreen"),
              ("Yon", "Thomas", "Benjamin", "Leo", "Crowie", "Henry", "Isaac", "Duncan", "Peters")),
    "en-FK": (("Terry", "Arlette", "Sukey", "Neil", "Roddy", "Leona", "Tim", "Barbara"),
              ("Biggs", "Goss", "Short", "Berntsen", "Summers", "Betts", "McKay", "Clifton", "Pitaluga")),
}  # fmt: skip

# Where documents often write the family name first.
SURNAME_FIRST = ("ain-JP", "xmf-GE", "lez-RU")

# Streets, (city, postcode shape) and the country's order: {s} street, {n} number, {c} city, {p} postcode,
# {f} flat, unit, lot or block; "|" marks where a rendering over several lines breaks.
STREETS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]] = {
    "US": (("Sea Island Parkway", "Lands End Road", "Frogmore Road", "Chief Pushmataha Drive", "Second Mesa Loop",
            "Harkins Street", "Tuskahoma Avenue"), (("St. Helena Island, SC", "29920"), ("Beaufort, SC", "2990#"),
            ("Durant, OK", "7470#"), ("Kykotsmovi, AZ", "86039"), ("Hugo, OK", "74743")), "{n} {s} Unit {f}|{c} {p}"),
    "CA": (("Mackenzie Road", "Franklin Avenue", "Old Malone Road", "Kanawaki Road"), (("Inuvik, NT", "X0E 0T0"),
           ("Fort McPherson, NT", "X0E 0J0"), ("Kahnawake, QC", "J0L 1B0")), "{n} {s}|{c}|{p}"),
    "BM": (("Front Street", "North Shore Road", "Middle Road", "Harbour Road"), (("Hamilton", "HM ##"),
           ("Paget", "PG 0#"), ("Somerset", "MA 0#")), "{n} {s}|{c} {p}"),
    "BB": (("Bay Street", "Highway 7", "Roebuck Street", "Spring Garden Highway"), (("Bridgetown", "BB11###"),
           ("Oistins", "BB17###"), ("Holetown", "BB24###")), "{s}, No. {n}|{c}, Barbados {p}"),
    "TT": (("Milford Road", "Wilson Street", "Bacolet Street", "Signal Hill Road"), (("Scarborough", "Tobago"),
           ("Plymouth", "Tobago"), ("Roxborough", "Tobago")), "Lot {n}, {s}|{c}, {p}"),
    "DM": (("Salybia Road", "Bataka Main Road", "Great Marlborough Street", "Kennedy Avenue"),
           (("Kalinago Territory", "Dominica"), ("Roseau", "Dominica"), ("Portsmouth", "Dominica")), "{n} {s}|{c}|{p}"),
    "HN": (("Calle Principal Barrio Cristales", "Avenida 14 de Julio", "Calle La Playa"), (("Trujillo, Colón", "32101"),
           ("La Ceiba, Atlántida", "31101"), ("Triunfo de la Cruz", "31301")), "{s}, casa {n}|{c} {p}"),
    "NI": (("Calle Central del Barrio Pancasán", "Avenida Puerto Cabezas", "Calle Bilwi"), (("Bilwi", "26000"),
           ("Waspam", "26200")), "{s} {n}|{c} {p}, RACCN"),
    "PA": (("Calle Ologwagdi", "Avenida Nele Kantule", "Calle 3"), (("Gardi Sugdub, Guna Yala", "0701"),
           ("Ustupu, Guna Yala", "0702"), ("Ciudad de Panamá", "0816")), "Casa {n}, {s}|{c} {p}"),
    "MX": (("Calle 5 de Mayo", "Avenida Juárez", "Calle Hidalgo", "Real de Guadalupe", "Calle Efraín R. Gómez"),
           (("Juchitán de Zaragoza, Oax.", "70000"), ("San Cristóbal de las Casas, Chis.", "29200"),
            ("Zinacantán, Chis.", "29350"), ("Tehuantepec, Oax.", "70760")), "{s} {n} int. {f}|C.P. {p}|{c}"),
    "CO": (("Avenida Newball", "Avenida 20 de Julio", "Loma Barrack Road", "Avenida Colombia"),
           (("San Andrés Isla", "880001"), ("Providencia", "888001")), "{s} No. {n}-{f}|{c} {p}"),
    "BR": (("Rua Germano Kuster", "Estrada de Santa Maria", "Rua Pomerânia", "Avenida Pedro Tesch"),
           (("Santa Maria de Jetibá, ES", "29645-###"), ("Domingos Martins, ES", "29260-###"),
            ("Pancas, ES", "29750-###")), "{s}, {n}, apto {f}|{c}|CEP {p}"),
    "PE": (("Jirón Ucayali", "Avenida Centenario", "Calle Raimondi", "Jirón Tarapacá"), (("Pucallpa", "25001"),
           ("Yarinacocha", "25004"), ("San Francisco de Yarinacocha", "25006")), "{s} {n}|{p} {c}, Ucayali"),
    "EC": (("Avenida Domingo Comín", "Calle Kiruba", "Calle Soasti", "Avenida Amazonas"), (("Sucúa", "140201"),
           ("Macas", "140101"), ("Puyo", "160150")), "{s} {n} y Calle {f}|{c} {p}"),
    "IT": (("Rue de la Croix-Noire", "Via Chambéry", "Rue de Tillier", "Via Vevey", "Place Chanoux"),
           (("Aosta", "11100"), ("Saint-Vincent", "11027"), ("Courmayeur", "11013")), "{s} {n}|{p} {c} (AO)"),
    "FR": (("Rue des Dentelles", "Grand'Rue", "Quai des Bateliers", "Rue du Sauvage", "Rue des Clefs"),
           (("Strasbourg", "67000"), ("Colmar", "68000"), ("Mulhouse", "68100"), ("Haguenau", "67500")),
           "{n} {s}|{p} {c}"),
    "MK": (("ulica Pitu Guli", "ulica Kuzman Josifovski", "bulevar Partizanski Odredi", "ulica Goce Delčev"),
           (("Kruševo", "7550"), ("Štip", "2000"), ("Bitola", "7000")), "{s} br. {n}|{p} {c}"),
    "LT": (("Karaimų g.", "Vytauto g.", "Kenesos g.", "Trakų g."), (("Trakai", "LT-21###"), ("Vilnius", "LT-0####"),
           ("Panevėžys", "LT-35###")), "{s} {n}-{f}|{p} {c}"),
    "RU": (("ulitsa Karla Marksa", "prospekt Lenina", "ulitsa Sulejmana Stalskogo", "ulitsa Chkalova",
            "ulitsa Vasiliya Vanuyto", "ulitsa Udmurtskaya"), (("Cheboksary", "4280##"), ("Izhevsk", "4260##"),
            ("Derbent", "3686##"), ("Magas", "386001"), ("Nar'yan-Mar", "166000")), "{p}, {c}|{s}, d. {n}, kv. {f}"),
    "GE": (("Rustaveli Street", "Zviad Gamsakhurdia Avenue", "Kostava Street", "Dadiani Street"),
           (("Zugdidi", "2100"), ("Senaki", "4200"), ("Poti", "4400")), "{n} {s}|{c} {p}"),
    "AF": (("Dasht-e Barchi Road", "Pul-e Sukhta Street", "Bamyan Bazaar Road"), (("Kabul", "10##"),
           ("Bamyan", "1601"), ("Nili, Daykundi", "2301")), "House {n}, Street {f}, {s}|{c} {p}"),
    "PK": (("Nishtar Road", "Bosan Road", "Abdali Road", "Hussain Agahi Road"), (("Multan", "60000"),
           ("Dera Ghazi Khan", "32200"), ("Bahawalpur", "63100")), "House No. {n}, Block {f}, {s}|{c} {p}"),
    "IL": (("Har Bracha", "Derech Kiryat Luza", "Rehov HaShomronim"), (("Holon", "58###"), ("Kiryat Luza", "4436000")),
           "{s} {n}, apt {f}|{c} {p}"),
    "JP": (("Nibutani", "Shiraoi-cho Wakakusa", "Akan-cho Akanko Onsen", "Chitose-shi Azuma"),
           (("Biratori-cho, Hokkaido", "055-01##"), ("Shiraoi-cho, Hokkaido", "059-09##"), ("Kushiro-shi, Hokkaido", "085-04##")),
           "〒{p}|{c} {s} {n}-{f}"),
    "TW": (("Zhongshan Road", "Fuxing Road", "Guoxing Road", "Mingzhi Road"), (("Hualien City", "970"),
           ("Taitung City", "950"), ("Guangfu Township, Hualien", "976")), "No. {n}, {s}, {c} {p}"),
    "IN": (("Bhojpur Road", "Kotdwar Road", "Tehri Road", "Marine Lines", "Dimapur Road", "Hill Road"),
           (("Arrah", "8023##"), ("Pauri", "246001"), ("Dehradun", "2480##"), ("Mokokchung", "798601"),
            ("Mumbai", "4000##")), "Flat {f}, {n} {s}|{c} - {p}"),
    "BD": (("Biroisree Road", "Haluaghat Road", "Birisiri Mission Road"), (("Birisiri, Netrokona", "2420"),
           ("Haluaghat, Mymensingh", "2260")), "House {n}, {s}|{c} {p}"),
    "NP": (("Dharan Road", "Phidim Bazaar", "Boudha Road", "Dhulikhel Road"), (("Dharan", "56700"), ("Phidim", "57400"),
           ("Kathmandu", "44600"), ("Bhaktapur", "44800")), "Ward {f}, {s} {n}|{c} {p}"),
    "MM": (("Lower Main Road", "Strand Road", "Kyaikkami Road"), (("Mawlamyine", "12###"), ("Thaton", "11###"),
           ("Ye", "12###")), "No. {n}, {s}|{c} {p}, Mon State"),
    "ID": (("Jalan Teuku Umar", "Jalan Sultan Hasanuddin", "Jalan Cut Nyak Dhien", "Jalan Andi Mappanyukki"),
           (("Banda Aceh", "231##"), ("Lhokseumawe", "243##"), ("Watampone", "927##"), ("Makassar", "902##")),
           "{s} No. {n}, RT {f}|{c} {p}"),
    "MY": (("Jalan Tuaran", "Jalan Penampang", "Jalan Kolam", "Lorong Ria"), (("Kota Kinabalu", "88###"),
           ("Penampang", "89500"), ("Keningau", "89007")), "Lot {n}, {s}|{p} {c}, Sabah"),
    "PH": (("Rizal Street", "Quezon Avenue", "Gen. Luna Street", "Kasulutanan Road"), (("Laoag City", "2900"),
           ("Vigan City", "2700"), ("Jolo, Sulu", "7400")), "{n} {s}, Brgy. {f}|{c} {p}"),
    "FJ": (("Ahau Road", "Victoria Parade", "Rotuma Road", "Ratu Sukuna Road"), (("Ahau, Rotuma", "Fiji"),
           ("Suva", "Fiji"), ("Lautoka", "Fiji")), "Lot {n}, {s}|{c}, {p}"),
    "CK": (("Ara Tapu", "Ara Metua", "Takuvaine Road"), (("Avarua, Rarotonga", "Cook Islands"),
           ("Arorangi, Rarotonga", "Cook Islands"), ("Aitutaki", "Cook Islands")), "{n} {s}|{c}|{p}"),
    "TK": (("Fale Road", "Fakaofo Village Path", "Nukunonu Road"), (("Fakaofo", "Tokelau"), ("Atafu", "Tokelau"),
           ("Nukunonu", "Tokelau")), "House {n}, {s}|{c}, {p}"),
    "NF": (("Taylors Road", "Queen Elizabeth Avenue", "New Cascade Road", "Ferny Lane"), (("Burnt Pine", "2899"),
           ("Kingston", "2899")), "{n} {s}|{c} NORFOLK ISLAND {p}"),
    "AU": (("Great Eastern Highway", "Railway Parade", "Bathurst Street", "Milikapiti Road", "Pirlangimpi Road"),
           (("Midland WA", "6056"), ("Perth WA", "6000"), ("Wurrumiyanga NT", "0822"), ("Milikapiti NT", "0822")),
           "Unit {f}/{n} {s}|{c} {p}"),
    "NG": (("Baga Road", "Shehu Laminu Way", "Azikoro Road", "Nembe Road", "Effurun-Sapele Road", "Okpara Avenue"),
           (("Maiduguri", "6001##"), ("Yenagoa", "5601##"), ("Warri", "3322##"), ("Ughelli", "333101")),
           "{n} {s}|{c} {p}"),
    "GH": (("Gumbihini Road", "Hospital Road", "Bolgatanga Road"), (("Tamale", "NT-###-####"), ("Yendi", "NY-###-####")),
           "{n} {s}|{c} {p}"),
    "CI": (("Boulevard de la Paix", "Rue du Commerce", "Avenue Houphouët-Boigny"), (("Yamoussoukro", "BP ###"),
           ("Bouaké", "BP ####"), ("Abidjan", "BP ####")), "Lot {n}, {s}|{p} {c}"),
    "SL": (("Lunsar Road", "Makeni Highway", "Siaka Stevens Street"), (("Makeni", "Bombali"), ("Port Loko", "Port Loko"),
           ("Freetown", "Western Area")), "{n} {s}|{c}, {p}"),
    "SN": (("Rue Javelier", "Avenue Émile Badiane", "Rue de Kandé"), (("Ziguinchor", "BP ###"), ("Oussouye", "BP ##"),
           ("Bignona", "BP ##")), "{n} {s}|{p} {c}"),
    "NE": (("Avenue du Djerma", "Rue de Dosso", "Boulevard Mali Béro"), (("Niamey", "BP #####"), ("Dosso", "BP ###"),
           ("Tillabéri", "BP ##")), "{n} {s}|{p} {c}"),
    "ML": (("Boulevard de l'Askia", "Rue de Tombouctou", "Route de Bourem"), (("Gao", "BP ###"), ("Tombouctou", "BP ##"),
           ("Bamako", "BP ####")), "Rue {f}, porte {n}, {s}|{p} {c}"),
    "CM": (("Boulevard de la Liberté", "Rue Joss", "Avenue King Akwa", "Rue Manga Bell"), (("Douala", "BP ####"),
           ("Édéa", "BP ###")), "{n} {s}|{p} {c}"),
    "CD": (("Avenue Kasa-Vubu", "Avenue Lumumba", "Boulevard Tshisekedi"), (("Mbuji-Mayi", "Kasaï-Oriental"),
           ("Kananga", "Kasaï-Central"), ("Kinshasa", "Limete")), "{n}, {s}|{c}, {p}"),
    "TZ": (("Kenyatta Road", "Nyerere Road", "Mwanza Road", "Geita Road"), (("Mwanza", "33###"), ("Shinyanga", "37###"),
           ("Geita", "30###")), "Plot {n}, {s}|{c} {p}"),
    "SZ": (("Gwamile Street", "Ngwane Street", "Mhlambanyatsi Road"), (("Mbabane", "H100"), ("Manzini", "M200"),
           ("Lobamba", "H107")), "{n} {s}|{c} {p}"),
    "ZA": (("Thabo Mbeki Street", "Landdros Maré Street", "Hans van Rensburg Street"), (("Polokwane", "0699"),
           ("Jane Furse", "1085"), ("Burgersfort", "1150")), "{n} {s}|{c}|{p}"),
    "MW": (("M1 Road", "Boardman Road", "Orton Chirwa Avenue"), (("Mzuzu", "Northern Region"), ("Rumphi", "Northern Region"),
           ("Karonga", "Northern Region")), "Plot {n}, {s}|{c}, {p}"),
    "ZW": (("Joshua Mqabuko Nkomo Street", "Fife Street", "Leopold Takawira Avenue"), (("Bulawayo", "Matabeleland"),
           ("Gwanda", "Matabeleland South")), "{n} {s}|{c}, {p}"),
    "SH": (("Main Street", "Napoleon Street", "Market Street", "Longwood Avenue"), (("Jamestown", "STHL 1ZZ"),
           ("Longwood", "STHL 1ZZ")), "{n} {s}|{c}|{p}"),
    "FK": (("Ross Road", "John Street", "Davis Street", "Fitzroy Road"), (("Stanley", "FIQQ 1ZZ"),),
           "{n} {s}|{c}|{p}"),
}  # fmt: skip

IBAN_BBAN: dict[str, str] = {
    "FR": "10n11c2n", "IT": "1a10n12c", "MK": "3n10c2n", "LT": "16n", "RU": "14n15c", "GE": "2a16n", "PK": "4a16c",
    "IL": "19n", "BR": "23n1a1c", "CR": "18n", "DO": "4c20n", "NI": "4a20n", "SV": "4a20n", "GT": "4c20c",
    "BI": "5n5n11n2n", "MR": "23n",
    "GB": "4a14n", "FK": "2a12n", "EG": "25n", "SA": "2n18c", "AE": "3n16n", "QA": "4a21c", "TR": "5n1n16c",
    "UA": "6n19c", "KZ": "3n13c", "AZ": "4a20c", "BH": "4a14c", "JO": "4a4n18c", "LB": "4n20c", "MU": "4a19n3a",
    "SC": "4a20n3a", "TN": "20n", "LY": "21n", "SD": "14n", "DJ": "5n5n11n2n", "SO": "4n3n12n", "IQ": "4a3n12n",
    "PS": "4a21c", "XK": "16n", "EE": "16n", "LV": "4a13c", "PL": "24n", "BE": "12n", "DE": "18n", "CH": "5n12c",
}  # fmt: skip
# Where a country's banks write IBANs of another registry country.
IBAN_HOME: dict[str, str] = {"SH": "GB"}
BANK_CODES = ("SCBL", "FNBB", "BUTT", "CIBC", "RBTT", "NCBD", "BAHN", "LAFI", "BGEN", "BNMX", "BANO", "BRAS",
              "BCPL", "PICH", "UNCR", "CMCI", "TUTN", "CBVI", "SABR", "TBCB", "AFIB", "HABB", "LUMI", "MHCB",
              "TACB", "SBIN", "SONA", "NARB", "AYAB", "BMRI", "BSMD", "MBBE", "BOPI", "WBCF", "ANZB", "BSPF",
              "FBNI", "ZEIB", "GHCB", "SGCI", "RCBS", "CBAO", "SGNE", "BDMA", "AFRI", "RAWB", "CORU", "NMBZ",
              "SDBZ", "ABSA", "NBMA", "CBZW", "BKSH", "STFK")  # fmt: skip

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "ja": "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月",
    "zh": "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月",
}  # fmt: skip
MONTHS = {k: tuple(v.split()) for k, v in _MONTHS.items()}
EMAIL_DOMAINS = ("hargray.com", "sctv.net", "cox.net", "choctawnation.com", "hopi.nsn.us", "northwestel.net",
                 "videotron.ca", "logic.bm", "caribsurf.com", "tstt.net.tt", "cwdom.dm", "hondutel.hn",
                 "ibw.com.ni", "cwpanama.net", "prodigy.net.mx", "une.net.co", "terra.com.br", "uol.com.br",
                 "speedy.com.pe", "cnt.net.ec", "libero.it", "orange.fr", "free.fr", "t-home.mk", "takas.lt",
                 "mail.ru", "yandex.ru", "rambler.ru", "silknet.com", "afghan-wireless.com", "ptcl.net.pk",
                 "netvision.net.il", "hokkaido.ne.jp", "hinet.net", "rediffmail.com", "yahoo.co.in", "bol.net.in",
                 "grameenphone.com", "wlink.com.np", "mpt.net.mm", "telkom.net", "tm.net.my", "pldtdsl.net",
                 "connect.com.fj", "oyster.net.ck", "teletok.tk", "norfolk.nf", "iinet.net.au", "bigpond.com",
                 "yahoo.com.ng", "vodafone.com.gh", "aviso.ci", "sierratel.sl", "orange.sn", "intnet.ne",
                 "sotelma.ml", "camtel.cm", "vodacom.cd", "ttcl.co.tz", "realnet.co.sz", "telkomsa.net",
                 "mtl.mw", "zol.co.zw", "helanta.co.sh", "horizon.co.fk", "gmail.com", "outlook.com",
                 "proton.me", "yahoo.com")  # fmt: skip
SPECIAL = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "'": "", "ñ": "n", "ç": "c", "ü": "u", "ö": "o",
                         "ä": "a", "ă": "a", "ş": "s", "ą": "a", "č": "c", "š": "s", "ž": "z", "ė": "e",
                         "ï": "i", "è": "e", "é": "e", "ë": "e"})  # fmt: skip


def _native(text: str) -> bool:
    """Whether `text` is written in a script other than Latin."""
    return any(ord(c) >= 0x370 and not ("\u1e00" <= c <= "\u1eff") for c in text)


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def iban_check(cc: str, bban: str) -> str:
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


class Values:
    """Draws every personal value of one document from its own RNG."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.r, self.locale, self.loc = rng, locale, LOCALES[locale]

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.r.choice(string.ascii_uppercase) for _ in range(n))

    def shape(self, pattern: str, letters: str = "ABDEFHJLNPQRSTUWXYZ") -> str:
        return "".join(
            self.r.choice(string.digits) if c == "#" else self.r.choice(letters) if c == "A" else c
            for c in pattern
        )

    # -------------------------------------------------------------------------------------------- names

    def name(self, locale: str | None = None) -> tuple[str, str, str]:
        """(given, family, as written). Written forms vary: order, initials, caps, comma inversion."""
        loc = locale or self.locale
        given, family = NAMES[loc]
        g = self.r.choice(given)
        same = [x for x in family if _native(x) == _native(g)]
        f = self.r.choice(same or family)  # a surname in the given name's script
        native = _native(g + f)
        if native and any("\u3040" <= c <= "\u9fff" for c in g + f):
            return g, f, f"{f}{g}" if self.r.random() < 0.6 else f"{f}\u3000{g}"  # family name first
        if loc in SURNAME_FIRST and self.r.random() < 0.35:
            return g, f, f"{f} {g}" if native or self.r.random() < 0.5 else f"{f.upper()}, {g}"
        x = self.r.random()
        if x < 0.12:
            written = f"{f.upper()}, {g}" if not native else f"{f}, {g}"
        elif x < 0.26:
            written = f"{f}, {g}"
        elif x < 0.34 and not native:
            written = f"{g[0]}. {f}"
        elif x < 0.4 and not native:
            second = self.r.choice([x for x in given if _native(x) == _native(g)])
            written = f"{g[0]}.{second[0]}. {f}"
        elif x < 0.45 and not native:
            written = f"{f}, {g[0]}."
        elif x < 0.52:
            other = self.r.choice([x for x in same or family if x != f] or [f])
            written = f"{g} {f}-{other}" if "-" not in f and " " not in f and other != f else f"{g} {f}"
        else:
            written = f"{g} {f}"
        y = self.r.random()
        if y < 0.09:
            written = written.upper()
        elif y < 0.18:
            written = written.lower()
        return g, f, written

    def email(self, g: str, f: str) -> str:
        def ascii_(s: str) -> str:
            flat = unicodedata.normalize("NFKD", s.lower().translate(SPECIAL))
            return "".join(c for c in flat if c.isascii() and (c.isalnum() or c in ".-"))

        g2, f2 = ascii_(g.replace(" ", "")), ascii_(f.replace(" ", "").replace("-", ""))
        if not g2:
            g2 = self.r.choice(["home", "famille", "inbox", "kontakt"]) + self.digits(3)
        if not f2:
            f2 = self.r.choice(["mail", "post", "desk"]) + self.digits(2)
        local = self.r.choice(
            [f"{g2}.{f2}", f"{g2}_{f2}", f"{f2}{g2[0]}", f"{g2}{self.r.randint(10, 99)}", f"{g2[:3]}.{f2}"]
        ).strip("._-")
        return f"{local}@{self.r.choice(EMAIL_DOMAINS)}"

    # -------------------------------------------------------------------------------------------- places

    def street(self, lines: bool = True) -> str:
        """A street line with its postcode and city; over two lines where the country breaks it, if `lines`."""
        streets, cities, order = STREETS[self.loc.country]
        city, post = self.r.choice(cities)
        number = str(self.r.randint(1, 260))
        if self.r.random() < 0.12:
            number += self.r.choice(["A", "B", "/2", "-4"])
        text = order.format(
            s=self.r.choice(streets), n=number, c=city, p=self.shape(post), f=self.r.randint(1, 40)
        )
        if not lines or self.r.random() < 0.5:
            return text.replace("|", ", ")
        return text.replace("|", "\n")

    # -------------------------------------------------------------------------------------------- phones

    def phone(self, foreign: bool = False, ext: bool | None = None) -> str:
        home = self.loc.country
        region = (
            self.r.choice(["GB", "FR", "US", "AU", "ZA", "IN", "CA", "BR", "NG", "JP", "NZ", "IT"])
            if foreign
            else home
        )
        kind = self.r.choice([PNT.MOBILE, PNT.FIXED_LINE, PNT.MOBILE])
        example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        assert example is not None, region
        national = str(example.national_number)
        number = example
        for _ in range(200):
            keep = max(2, len(national) - self.r.randint(3, 6))
            candidate = phonenumbers.parse(
                f"+{example.country_code}{national[:keep]}{self.digits(len(national) - keep)}"
            )
            if phonenumbers.is_valid_number(candidate):
                number = candidate
                break
        with_ext = (self.r.random() < 0.12) if ext is None else ext
        for _ in range(30):
            text = self._render(number, region != home)
            digits = str(self.r.randint(2, 9899))
            if with_ext:
                text += self.r.choice([f" ext. {digits}", f" x{digits}", f" ext {digits}", f" #{digits}"])
            try:
                back = phonenumbers.parse(text, home)
            except phonenumbers.NumberParseException:
                continue
            if (
                phonenumbers.is_valid_number(back)
                and back.national_number == number.national_number
                and (not with_ext or back.extension == digits)
            ):
                return text
        return phonenumbers.format_number(number, PNF.E164)

    def _render(self, number: phonenumbers.PhoneNumber, foreign: bool) -> str:
        intl = phonenumbers.format_number(number, PNF.INTERNATIONAL)
        nat = phonenumbers.format_number(number, PNF.NATIONAL)
        e164 = phonenumbers.format_number(number, PNF.E164)
        rfc = phonenumbers.format_number(number, PNF.RFC3966).removeprefix("tel:")
        cc = str(number.country_code)
        rest = intl[len(cc) + 2 :]
        nsn = str(number.national_number)
        choices = [intl, intl, e164, rfc, "+" + cc + " " + rest.replace(" ", "."), "00" + cc + " " + rest,
                   "(+" + cc + ") " + rest]  # fmt: skip
        if " " in rest:
            choices.append("+" + cc + " (" + rest.replace(" ", ") ", 1))
        if cc != "1":  # a hand-made grouping; North American numbers keep their 3-3-4
            choices.append("+" + cc + " " + nsn[:3] + " " + nsn[3:6] + " " + nsn[6:])
        if not foreign:
            choices += [nat, nat, nat, nat.replace(" ", "-"), nat.replace(" ", "")]
        return self.r.choice(choices)

    # -------------------------------------------------------------------------------------------- finance

    def card(self) -> str:
        prefix, length = self.r.choice(
            [("4", 16), ("4", 13), ("4", 19), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
             ("6011", 16), ("644", 16), ("3528", 16), ("3589", 19), ("36", 14), ("300", 14), ("6759", 12),
             ("6767", 18), ("5018", 15), ("6304", 17), ("624", 17), ("6282", 19), ("2200", 16), ("6062", 16),
             ("4", 18), ("5893", 12), ("639", 13), ("6799", 18)]
        )  # fmt: skip
        body = prefix + self.digits(length - len(prefix) - 1)
        digits = body + luhn_digit(body)
        table: dict[int, list[tuple[int, ...]]] = {
            12: [(4, 4, 4), (2, 5, 5), (4, 8)],
            13: [(4, 4, 5), (4, 5, 4), (1, 4, 4, 4)],
            14: [(4, 6, 4), (2, 6, 6), (4, 4, 6)],
            15: [(4, 6, 5), (4, 4, 4, 3), (5, 10)],
            16: [(4, 4, 4, 4), (4, 4, 4, 4), (4, 4, 4, 4), (4, 12), (6, 4, 6), (4, 6, 6)],
            17: [(4, 4, 4, 5), (6, 6, 5), (4, 4, 9)],
            18: [(4, 4, 4, 4, 2), (6, 4, 4, 4), (4, 7, 7)],
            19: [(4, 4, 4, 4, 3), (6, 6, 7), (4, 4, 4, 7), (3, 4, 4, 4, 4)],
        }
        groups = table[length]
        sep = self.r.choice([" ", " ", "-", "", " ", "-", " - ", ".", " ", "/"])
        if not sep:
            return digits
        out, at = [], 0
        for size in self.r.choice(groups):
            out.append(digits[at : at + size])
            at += size
        return sep.join(out)

    def iban(self, country: str | None = None) -> str:
        home = IBAN_HOME.get(self.loc.country, self.loc.country)
        cc = country if country in IBAN_BBAN else home
        if cc not in IBAN_BBAN:
            cc = self.r.choice(sorted(IBAN_BBAN))
        spec, bban, i = IBAN_BBAN[cc], "", 0
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            bban += "".join(self.r.choice(pool[spec[j]]) for _ in range(int(spec[i:j])))
            i = j + 1
        compact = cc + iban_check(cc, bban) + bban
        style = self.r.random()
        if style < 0.45:
            return " ".join(compact[k : k + 4] for k in range(0, len(compact), 4))
        if style < 0.8:
            return compact
        if style < 0.9:
            return "-".join(compact[k : k + 4] for k in range(0, len(compact), 4))
        return compact[:4] + " " + compact[4:]

    def bic(self) -> str:
        loc = self.r.choice(string.ascii_uppercase[:20] + "23456789") + self.r.choice(
            "ABCDEFGHJKMNPRSTUX2345"
        )
        branch = self.r.choice(["", "", "XXX", self.letters(3), self.digits(3)])
        country = self.loc.country if self.r.random() < 0.8 else self.r.choice(sorted(IBAN_BBAN))
        return self.r.choice(BANK_CODES) + country + loc + branch

    def ssn(self) -> str:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        parts = (f"{area:03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}")
        return self.r.choice(["-", "-", " ", "", "-", "-"]).join(parts)

    def ip(self) -> str:
        while True:
            if self.r.random() < 0.55:
                addr: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.IPv4Address(
                    self.r.getrandbits(32)
                )
            else:
                head = self.r.choice([0x2001, 0x2A00, 0x2A03, 0x2405, 0x2C0F, 0x2800, 0x2607, 0x2400])
                addr = ipaddress.IPv6Address(
                    (head << 112) | self.r.getrandbits(80) << 16 | self.r.choice([1, self.r.getrandbits(16)])
                )
            if addr.is_global and not addr.is_multicast and not addr.is_reserved:
                return str(addr)

    # -------------------------------------------------------------------------------------------- documents

    def licence(self) -> tuple[str, str]:
        """(issuer, number) in the issuer's published layout."""
        c = self.loc.country
        forms = {
            "US": [
                ("South Carolina", "#########"),
                ("Oklahoma", "A#########"),
                ("Arizona", "A########"),
                ("Georgia", "#########"),
                ("Texas", "########"),
                ("California", "A#######"),
                ("Washington", "WDL#########"),
                ("Michigan", "A ### ### ### ###"),
                ("New Jersey", "A#### ##### #####"),
            ],
            "CA": [("Northwest Territories", "######"), ("Québec", "A####-######-##")],
            "BR": [("DETRAN-ES", "###########")],
            "MX": [("Secretaría de Movilidad Oaxaca", "OAX########"), ("Chiapas", "CHS-#######")],
            "CO": [("RUNT", "##########")],
            "IT": [("Motorizzazione Civile Aosta", "AO#######A")],
            "FR": [("Préfecture du Bas-Rhin", "############")],
            "LT": [("Regitra", "#######")],
            "RU": [("ГИБДД", "## ## ######"), ("МВД по Удмуртии", "##AA######")],
            "GE": [("Service Agency", "AA#######")],
            "PK": [("Punjab Licensing", "##-##-######")],
            "IL": [("Misrad HaRishui", "#######")],
            "JP": [("北海道公安委員会", "10########00")],
            "TW": [("Directorate General of Highways", "A#########")],
            "IN": [
                ("RTO Arrah", "BR03 ###########"),
                ("RTO Pauri", "UK12 ###########"),
                ("DTO Mokokchung", "NL02 ###########"),
                ("RTO Tardeo", "MH01 ###########"),
            ],
            "NP": [("DoTM", "##-##-########")],
            "ID": [("Polda Aceh", "####-####-######"), ("Polda Sulsel", "############")],
            "MY": [("JPJ Sabah", "#### #### ####")],
            "PH": [("LTO", "A##-##-######")],
            "AU": [("Department of Transport WA", "#######"), ("NT MVR", "#######")],
            "NG": [("FRSC", "AAA#####AA##")],
            "GH": [("DVLA Ghana", "A########")],
            "ZA": [("DLTC Polokwane", "############AA")],
            "TZ": [("TRA", "4000######")],
            "BM": [("TCD Bermuda", "######")],
            "BB": [("Barbados Licensing Authority", "DL#######")],
            "TT": [("Licensing Division", "######A")],
            "ZW": [("VID", "######AA")],
        }.get(c, [(f"{c} licensing office", "AA-######")])
        issuer, pattern = self.r.choice(forms)
        return issuer, self.shape(pattern, string.ascii_uppercase)

    def dob(self, child: bool = False) -> str:
        y, m, d = (
            self.r.randint(2008, 2021) if child else self.r.randint(1933, 2007),
            self.r.randint(1, 12),
            self.r.randint(1, 28),
        )
        c, lang = self.loc.country, self.loc.words
        names = MONTHS[lang]
        us = c in ("US", "BM", "PH")
        forms = [f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{MONTHS['en'][m - 1][:3].upper()}-{y}",
                 f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}", f"{y}.{m:02d}.{d:02d}",
                 f"{d} {MONTHS['en'][m - 1]} {y}", f"{y}{m:02d}{d:02d}"]  # fmt: skip
        if lang in ("ja", "zh"):
            forms += [f"{y}年{m}月{d}日"] * 3
        elif lang != "en":
            forms += [f"{d} {names[m - 1]} {y}"] * 2
        if c in ("US", "BM", "PH", "CA", "LR"):
            forms.append(f"{MONTHS['en'][m - 1]} {d}, {y}")
        if us:
            forms.append(f"{m}/{d}/{y}")
        if lang in ("es", "pt"):
            forms.append(f"{d} de {names[m - 1]} de {y}")
        if lang == "ru":
            forms.append(f"{d} {names[m - 1]} {y} г.")
        return self.r.choice(forms)

    def mrn(self) -> str:
        pattern = self.r.choice(
            ["MRN ########", "##-###-###", "AA-#######", "E########", "HN#######", "###.###.##", "A#/#####",
             "PT-####-####", "#########A", "UR#######", "AA######", "CHI ### ### ####", "K-#####-#"]
        )  # fmt: skip
        return self.shape(pattern, "ABCDEFGHKLMNPRSTVWXY")
