"""Personal values of the eighth holdout PII set (tools/pii_holdout8_set.py), composed from public knowledge.

Names: hand-written lists of real given names and surnames, none drawn from Faker or Mimesis: Hausa, Akan, Zulu,
Xhosa, Somali, Swahili, Malagasy, Bengali (Latin and Bengali script), Marathi, Gujarati, Sinhala, Nepali, Thai
(Latin and Thai script), Khmer, Burmese single names, Lao, Malay (bin/binti), Hawaiian, Fijian, Inuit, Navajo,
Hungarian (surname first), Czech, Slovak, Slovene, Croatian, Serbian and Bulgarian (Latin and Cyrillic),
Romanian, Lithuanian, Latvian, Estonian, Icelandic and Faroese patronymics, Catalan, Galician, Occitan,
Corsican, Persian, Kurdish, Pashto, Urdu, Egyptian Arabic (Latin and Arabic script), Hebrew (Latin and Hebrew
script), Azerbaijani, Uzbek, Tatar, Chinese pinyin and hanzi, Cantonese romanisation, Japanese and Korean;
written as "Given Surname", "SURNAME Given", "Surname, Given", with initials and particles, in ALL CAPS or
lower case now and then. Street lines: hand-written street names and cities in each country's address order,
sometimes over two lines. Phones: the `phonenumbers` library's example numbers with their subscriber digits
redrawn until the library calls them valid, rendered in national, international and hand-made groupings and
read back as valid (extension included) from the document's country. Cards, IBANs, BICs, SSNs, driver's
licences and record numbers: composed from their published layouts and check digits.
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
    words: str  # language of the document's form labels (en, hu, sw, th, ...)


LOCALES: dict[str, Loc] = {
    "en-US": Loc("US", "en"), "haw-US": Loc("US", "en"), "nv-US": Loc("US", "en"), "ha-NG": Loc("NG", "en"),
    "ak-GH": Loc("GH", "en"), "zu-ZA": Loc("ZA", "en"), "xh-ZA": Loc("ZA", "en"), "so-SO": Loc("SO", "en"),
    "sw-KE": Loc("KE", "sw"), "sw-TZ": Loc("TZ", "sw"), "mg-MG": Loc("MG", "fr"), "bn-BD": Loc("BD", "en"),
    "mr-IN": Loc("IN", "en"), "gu-IN": Loc("IN", "en"), "si-LK": Loc("LK", "en"), "ne-NP": Loc("NP", "en"),
    "th-TH": Loc("TH", "th"), "km-KH": Loc("KH", "en"), "my-MM": Loc("MM", "en"), "lo-LA": Loc("LA", "en"),
    "ms-MY": Loc("MY", "ms"), "fj-FJ": Loc("FJ", "en"), "iu-CA": Loc("CA", "en"), "hu-HU": Loc("HU", "hu"),
    "cs-CZ": Loc("CZ", "cs"), "sk-SK": Loc("SK", "sk"), "sl-SI": Loc("SI", "sl"), "hr-HR": Loc("HR", "hr"),
    "sr-RS": Loc("RS", "sr"), "bg-BG": Loc("BG", "bg"), "ro-RO": Loc("RO", "ro"), "lt-LT": Loc("LT", "lt"),
    "lv-LV": Loc("LV", "lv"), "et-EE": Loc("EE", "et"), "is-IS": Loc("IS", "is"), "fo-FO": Loc("FO", "da"),
    "ca-ES": Loc("ES", "ca"), "gl-ES": Loc("ES", "es"), "oc-FR": Loc("FR", "fr"), "co-FR": Loc("FR", "fr"),
    "fa-IR": Loc("IR", "en"), "ku-IQ": Loc("IQ", "en"), "ps-AF": Loc("AF", "en"), "ur-PK": Loc("PK", "en"),
    "ar-EG": Loc("EG", "ar"), "he-IL": Loc("IL", "he"), "az-AZ": Loc("AZ", "en"), "uz-UZ": Loc("UZ", "en"),
    "tt-RU": Loc("RU", "ru"), "zh-CN": Loc("CN", "zh"), "yue-HK": Loc("HK", "en"), "ja-JP": Loc("JP", "ja"),
    "ko-KR": Loc("KR", "ko"),
}  # fmt: skip

# Real given names and surnames by locale; "-" as the surname list means names without a surname (Burmese).
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en-US": (("Marcus", "Shanice", "Dwayne", "Ashley", "Brandon", "Guadalupe", "Terrell", "Krystal", "Wyatt",
               "Destiny"),
              ("Jefferson", "Kowalski", "Delgado", "McAllister", "Oyelowo", "Lindgren", "Broussard", "Hargrove",
               "Pham", "Whitehorse")),
    "haw-US": (("Kaʻiulani", "Keoni", "Leilani", "Makana", "Noelani", "Kawika", "Pualani", "Kekoa"),
               ("Kahananui", "Akana", "Kealoha", "Kamakau", "Nāone", "Kanahele", "Makaʻike", "Kahale")),
    "nv-US": (("Shandiin", "Ahiga", "Doli", "Hastiin", "Nizhoni", "Kai", "Sani"),
              ("Yazzie", "Tsosie", "Begaye", "Benally", "Nez", "Tsinajinnie", "Manygoats")),
    "ha-NG": (("Abubakar", "Hauwa", "Aminu", "Zainab", "Sani", "Hadiza", "Musa", "Halima"),
              ("Danjuma", "Bello", "Garba", "Yakubu", "Lawal", "Dantata", "Sule", "Kano")),
    "ak-GH": (("Kwame", "Akosua", "Kofi", "Ama", "Yaw", "Efua", "Kwabena", "Adwoa"),
              ("Mensah", "Owusu", "Asante", "Boateng", "Agyeman", "Ofori-Atta", "Darko", "Appiah")),
    "zu-ZA": (("Sibusiso", "Thandeka", "Bongani", "Nokuthula", "Mandla", "Zodwa", "Sandile"),
              ("Zulu", "Ndlovu", "Mkhize", "Khumalo", "Ngcobo", "Shabalala", "Buthelezi")),
    "xh-ZA": (("Lwazi", "Nomsa", "Siyabonga", "Ayanda", "Luthando", "Nomathemba", "Xolani"),
              ("Mbeki", "Sisulu", "Mqhayi", "Matiwane", "Gqirana", "Nqweniso", "Tshabalala")),
    "so-SO": (("Maxamed", "Hodan", "Cabdi", "Faadumo", "Axmed", "Ladan", "Warsame", "Sahra"),
              ("Cali Cabdullaahi", "Xasan", "Warsame", "Faarax", "Jaamac", "Yuusuf Cumar", "Nuur")),
    "sw-KE": (("Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri", "Mwangi", "Chebet", "Kiprono"),
              ("Mutua", "Odhiambo", "Wafula", "Kariuki", "Kipchoge", "Onyango", "Muthoni")),
    "sw-TZ": (("Rehema", "Juma", "Mwanaisha", "Baraka", "Neema", "Saidi", "Zawadi"),
              ("Mwakyusa", "Kikwete", "Msuya", "Mrema", "Shauri", "Lyimo", "Massawe")),
    "mg-MG": (("Andry", "Voahangy", "Hery", "Lalao", "Tiana", "Fanja", "Rivo"),
              ("Rakotomalala", "Randriamampionona", "Razafindrakoto", "Andriamanantena", "Rasoanaivo", "Ravalomanana")),
    "bn-BD": (("Rafiq", "Nasrin", "Tanvir", "Sharmin", "Arif", "Mousumi", "রহিম", "সুমাইয়া"),
              ("Chowdhury", "Hossain", "Bhuiyan", "Talukder", "Sarkar", "Majumder", "চৌধুরী", "হোসেন")),
    "mr-IN": (("Sayali", "Omkar", "Snehal", "Aniket", "Madhuri", "Prathamesh", "Ashwini"),
              ("Deshpande", "Kulkarni", "Patwardhan", "Gokhale", "Jadhav", "Bhosale", "Shinde")),
    "gu-IN": (("Hetal", "Jignesh", "Bhavna", "Chirag", "Falguni", "Nirav", "Kinjal"),
              ("Patel", "Shah", "Desai", "Trivedi", "Mehta", "Parikh", "Vaghela")),
    "si-LK": (("Nimal", "Chamari", "Kasun", "Dilani", "Tharindu", "Sanduni", "Chaminda"),
              ("Perera", "Jayawardena", "Wickramasinghe", "Bandara", "Gunasekara", "Rajapaksha", "Senanayake")),
    "ne-NP": (("Bishnu", "Sabina", "Prakash", "Sunita", "Roshan", "Kabita", "Dipendra"),
              ("Shrestha", "Adhikari", "Gurung", "Tamang", "Maharjan", "Thapa Magar", "Koirala")),
    "th-TH": (("Somchai", "Malee", "Anan", "Siriporn", "Kittisak", "Pimchanok", "สมชาย", "มาลี"),
              ("Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakosin", "Saetang", "Boonmee", "ศรีสุข", "บุญมี")),
    "km-KH": (("Sokha", "Dara", "Chanthou", "Vuthy", "Sreymom", "Pisey", "Bopha"),
              ("Chea", "Sok", "Heng", "Meas", "Keo", "Prak", "Nuon")),
    "my-MM": (("Aung Ko Latt", "Thida", "Kyaw Zin", "Nilar", "Zaw Min Htut", "Hnin Wai", "Thant Zin", "Ei Mon"),
              ("-",)),
    "lo-LA": (("Khamla", "Souksavanh", "Bounmy", "Vilayvanh", "Phonesavanh", "Noy"),
              ("Phommachanh", "Sisavath", "Vongphachanh", "Keomany", "Inthavong", "Sayasone")),
    "ms-MY": (("Ahmad Faizal", "Nurul Izzah", "Siti Aishah", "Mohd Hafiz", "Farah", "Zulkifli"),
              ("bin Abdullah", "binti Ismail", "bin Osman", "binti Rahman", "bin Yusof", "binti Hashim")),
    "fj-FJ": (("Josefa", "Litia", "Sitiveni", "Losana", "Epeli", "Mereoni", "Waisale"),
              ("Ratuvou", "Naivalu", "Waqanivalu", "Tuilevuka", "Rabuka", "Delana", "Koroi")),
    "iu-CA": (("Lucassie", "Annie", "Paulusi", "Naudla", "Jaypeetee", "Sheila", "Ooloota"),
              ("Arnatsiaq", "Kilabuk", "Qaunaq", "Akpalialuk", "Nakasuk", "Ipellie", "Kusugak")),
    "hu-HU": (("Ágnes", "Gyula", "Zsófia", "Lőrinc", "Erzsébet", "Botond", "Csilla", "Ödön"),
              ("Kovács", "Szabó", "Tóth", "Horváth-Nagy", "Szőke", "Vörösmarty", "Bíró", "Fekete")),
    "cs-CZ": (("Jiří", "Věra", "Přemysl", "Zdeňka", "Radek", "Božena", "Ondřej"),
              ("Dvořák", "Nováková", "Procházka", "Kučerová", "Černý", "Hrubý", "Šťastná")),
    "sk-SK": (("Ľubomír", "Zuzana", "Marek", "Dagmar", "Ján", "Katarína"),
              ("Hlinka", "Kováčová", "Ďurica", "Vaľko", "Šimko", "Lukáčová")),
    "sl-SI": (("Matej", "Špela", "Primož", "Nives", "Janez", "Urška"),
              ("Novak", "Horvat", "Kranjc", "Zupančič", "Potočnik", "Kovačič")),
    "hr-HR": (("Ivana", "Tomislav", "Mirjana", "Krešimir", "Ljiljana", "Dražen"),
              ("Horvat", "Babić", "Jurić", "Kovačević", "Knežević", "Marić")),
    "sr-RS": (("Dragan", "Jelena", "Milica", "Nemanja", "Драгана", "Милош", "Vesna"),
              ("Petrović", "Jovanović", "Nikolić", "Đorđević", "Стојановић", "Марковић", "Ilić")),
    "bg-BG": (("Georgi", "Desislava", "Hristo", "Radka", "Стоян", "Цветелина", "Boyko"),
              ("Dimitrov", "Ivanova", "Todorov", "Petkova", "Георгиев", "Христова", "Stoichkov")),
    "ro-RO": (("Ioana", "Mihai", "Răzvan", "Andreea", "Ștefan", "Cătălina", "Bogdan"),
              ("Popescu", "Ionescu", "Dumitrescu", "Constantinescu", "Stănescu", "Munteanu", "Țurcanu")),
    "lt-LT": (("Rūta", "Mindaugas", "Giedrė", "Saulius", "Dalia", "Žygimantas"),
              ("Kazlauskas", "Petrauskienė", "Jankauskas", "Butkutė", "Žukauskas", "Vasiliauskaitė")),
    "lv-LV": (("Jānis", "Ilze", "Mārtiņš", "Līga", "Kārlis", "Dace"),
              ("Bērziņš", "Kalniņa", "Ozoliņš", "Liepiņa", "Krūmiņš", "Vītola")),
    "et-EE": (("Mart", "Kadri", "Tõnu", "Liis", "Priit", "Ülle", "Jüri"),
              ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Põder", "Õunapuu")),
    "is-IS": (("Guðrún", "Sigurður", "Þórdís", "Ólafur", "Hrafnhildur", "Ragnar"),
              ("Jónsdóttir", "Sigurðsson", "Guðmundsdóttir", "Magnússon", "Þorsteinsson", "Einarsdóttir")),
    "fo-FO": (("Jógvan", "Sólja", "Høgni", "Rannvá", "Sjúrður", "Bára"),
              ("Joensen", "Hansen", "Poulsen", "á Lakjuni", "í Líð", "Dalsgaard")),
    "ca-ES": (("Jordi", "Montserrat", "Pere", "Núria", "Oriol", "Meritxell"),
              ("Puig i Ferrer", "Vilaró", "Casals", "Serra i Pujol", "Bosch", "Fàbregas")),
    "gl-ES": (("Xosé", "Uxía", "Brais", "Antía", "Xoán", "Iria"),
              ("Castelao", "Rodríguez Outeiro", "Bouzas", "do Campo", "Vilas", "Otero Pedrayo")),
    "oc-FR": (("Joan", "Marieta", "Peire", "Bernadeta", "Guilhem", "Miquèla"),
              ("Bonnafous", "Teisseire", "Cabanas", "Fabre", "Delpech", "Aurenche")),
    "co-FR": (("Ghjuvanni", "Maria Santa", "Petru", "Ghjulia", "Paulu", "Laetizia"),
              ("Santoni", "Albertini", "Paoli", "Filippi", "Casanova", "Leca")),
    "fa-IR": (("Mahsa", "Reza", "Shirin", "Dariush", "Parisa", "Kourosh"),
              ("Tehrani", "Mohammadi", "Hosseini", "Ahmadinejad", "Rostami", "Karimi")),
    "ku-IQ": (("Dilan", "Rebwar", "Shilan", "Azad", "Berivan", "Sherko"),
              ("Barzani", "Talabani", "Hawrami", "Zebari", "Mahmoud", "Bekas")),
    "ps-AF": (("Zarghuna", "Nangyalai", "Malalai", "Wahidullah", "Spozhmai", "Hamidullah"),
              ("Khan Yusufzai", "Popalzai", "Durrani", "Barakzai", "Achakzai", "Sherzad")),
    "ur-PK": (("Ayesha", "Imran", "Fatima", "Usman", "Nadia", "Bilal"),
              ("Qureshi", "Siddiqui", "Butt", "Malik", "Chaudhry", "Abbasi")),
    "ar-EG": (("Mohamed", "Yasmin", "Ahmed", "Nour", "محمد", "ياسمين", "Karim"),
              ("Abdel Fattah", "El Sayed", "Mansour", "Farouk", "عبد الفتاح", "منصور", "Soliman")),
    "he-IL": (("Noa", "Yosef", "Tamar", "Eitan", "נועה", "יוסף", "Shira"),
              ("Ben David", "Cohen", "Levi", "Mizrahi", "כהן", "לוי", "Friedman")),
    "az-AZ": (("Aynur", "Elçin", "Günel", "Rəşad", "Leyla", "Tural"),
              ("Məmmədov", "Əliyeva", "Hüseynov", "Quliyeva", "Həsənov", "Rzayeva")),
    "uz-UZ": (("Dilnoza", "Sherzod", "Gulnora", "Otabek", "Nodira", "Jasur"),
              ("Karimov", "Yusupova", "Rashidov", "Tursunova", "Ergashev", "Abdullayeva")),
    "tt-RU": (("Alsu", "Rustam", "Gulnara", "Ilnur", "Айгуль", "Радик"),
              ("Khayrullina", "Valiullin", "Zakirova", "Minnikhanov", "Шарипова", "Галиев")),
    "zh-CN": (("Wei", "Xiuying", "Jianguo", "Li Na", "秀英", "建国", "Haoran"),
              ("Wang", "Zhang", "Liu", "Ouyang", "王", "张", "Chen")),
    "yue-HK": (("Ka Yan", "Chi Keung", "Wing Sze", "Siu Ming", "Mei Ling", "Tsz Hin"),
               ("Chan", "Wong", "Leung", "Cheung", "Ng", "Tsang")),
    "ja-JP": (("Sakura", "Ren", "Aoi", "Takumi", "さくら", "翔太", "Misaki"),
              ("Matsumoto", "Inoue", "Kimura", "Hayashi", "松本", "井上", "Shimizu")),
    "ko-KR": (("Ha-eun", "Do-yun", "Seo-ah", "Min-seo", "하은", "도윤", "Ye-jin"),
              ("Lee", "Kang", "Yoon", "Jang", "이", "강", "Seo")),
}  # fmt: skip

# Street names, cities with postcode shapes (# digit, A letter) and the country's line order; "|" marks where a
# multi-line address breaks its line.
STREETS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]] = {
    "US": (("Kapiolani Blvd", "N Lamar Blvd", "Navajo Route 12", "SE Hawthorne Blvd", "Magnolia Ave", "Tamiami Trl"),
           (("Honolulu, HI", "968##"), ("Window Rock, AZ", "86515"), ("Austin, TX", "787##"),
            ("Portland, OR", "972##-####")), "{n} {s}|{c} {p}"),
    "NG": (("Zoo Road", "Ahmadu Bello Way", "Murtala Mohammed Way"), (("Kano", "700###"), ("Kaduna", "800###")),
           "{n} {s}|{c} {p}"),
    "GH": (("Oxford Street", "Liberation Road", "Kejetia Road"), (("Accra", "GA-###-####"), ("Kumasi", "AK-###-####")),
           "{n} {s}, {c}, {p}"),
    "ZA": (("Florence Nzama Street", "Oxford Road", "Steve Biko Road"), (("Durban", "40##"), ("Gqeberha", "60##"),
            ("Mthatha", "5099")), "{n} {s}|{c} {p}"),
    "SO": (("Wadada Maka Al Mukarama", "Jidka Warshadaha", "Wadada Afgooye"), (("Muqdisho", "BN #####"),
           ("Hargeysa", "MR #####")), "{n} {s}, {c} {p}"),
    "KE": (("Moi Avenue", "Kenyatta Avenue", "Oginga Odinga Street"), (("Nairobi", "00###"), ("Kisumu", "40100")),
           "{n} {s}, {c} {p}"),
    "TZ": (("Mtaa wa Samora", "Barabara ya Uhuru", "Mtaa wa Jamhuri"), (("Dar es Salaam", "11###"),
           ("Arusha", "23###")), "{s} {n}, {p} {c}"),
    "MG": (("Lalana Rainandriamampandry", "Arabe Andrianampoinimerina", "Lalana Ratsimilaho"),
           (("Antananarivo", "101"), ("Toamasina", "501")), "Lot {n} {s}|{p} {c}"),
    "BD": (("Road 27, Dhanmondi", "Mirpur Road", "Agrabad Access Road"), (("Dhaka", "12##"), ("Chattogram", "41##")),
           "House {n}, {s}, {c} {p}"),
    "IN": (("Fergusson College Road", "Linking Road", "C G Road", "Laxmi Road"), (("Pune", "4110##"),
           ("Mumbai", "4000##"), ("Ahmedabad", "3800##")), "{n}, {s}|{c} {p}"),
    "LK": (("Galle Road", "Kandy Road", "Duplication Road"), (("Colombo 03", "00300"), ("Kandy", "20000")),
           "No. {n}, {s}, {c} {p}"),
    "NP": (("Durbar Marg", "Lakeside Road", "Jhamsikhel Marg"), (("Kathmandu", "44600"), ("Pokhara", "33700")),
           "{s} {n}, {c} {p}"),
    "TH": (("Thanon Sukhumvit Soi 24", "Thanon Nimmanhaemin", "Thanon Charoen Krung"), (("Bangkok", "10###"),
           ("Chiang Mai", "50200")), "{n} {s}|{c} {p}"),
    "KH": (("Preah Norodom Blvd", "Street 240", "Sisowath Quay"), (("Phnom Penh", "120##"), ("Siem Reap", "17252")),
           "No. {n}, {s}, {c} {p}"),
    "MM": (("Bogyoke Aung San Road", "Pyay Road", "35th Street"), (("Yangon", "11###"), ("Mandalay", "05###")),
           "No. {n}, {s}, {c} {p}"),
    "LA": (("Thanon Samsenthai", "Thanon Setthathirath", "Thanon Khouvieng"), (("Vientiane", "01000"),
           ("Luang Prabang", "06000")), "{n} {s}, {c} {p}"),
    "MY": (("Jalan Tun Razak", "Lorong Kulit", "Jalan Sultan Ismail"), (("Kuala Lumpur", "50###"),
           ("George Town", "10###")), "{n}, {s}|{p} {c}"),
    "FJ": (("Victoria Parade", "Ratu Mara Road", "Queens Road"), (("Suva", "Fiji"), ("Nadi", "Fiji")),
           "Lot {n} {s}, {c}, {p}"),
    "CA": (("Queen Elizabeth Way", "Federal Road", "Mivvik Street"), (("Iqaluit, NU", "X0A #A#"),
           ("Yellowknife, NT", "X1A #A#")), "{n} {s}|{c} {p}"),
    "HU": (("Andrássy út", "Király utca", "Széchenyi tér"), (("Budapest", "10##"), ("Szeged", "67##")),
           "{p} {c}, {s} {n}."),
    "CZ": (("Vinohradská", "Křižíkova", "Masarykova"), (("Praha 2", "120 00"), ("Brno", "602 00")),
           "{s} {n}|{p} {c}"),
    "SK": (("Obchodná", "Štúrova", "Hlavná"), (("Bratislava", "811 0#"), ("Košice", "040 01")), "{s} {n}, {p} {c}"),
    "SI": (("Slovenska cesta", "Trubarjeva ulica", "Gosposvetska cesta"), (("Ljubljana", "1000"), ("Maribor", "2000")),
           "{s} {n}, {p} {c}"),
    "HR": (("Ilica", "Vukovarska ulica", "Stradun"), (("Zagreb", "10000"), ("Split", "21000")), "{s} {n}, {p} {c}"),
    "RS": (("Knez Mihailova", "Bulevar oslobođenja", "Njegoševa"), (("Beograd", "11000"), ("Novi Sad", "21000")),
           "{s} {n}, {p} {c}"),
    "BG": (("ul. Graf Ignatiev", "bul. Vitosha", "ul. Shipka"), (("Sofia", "1000"), ("Plovdiv", "4000")),
           "{s} {n}, {p} {c}"),
    "RO": (("Strada Lipscani", "Calea Victoriei", "Bulevardul Eroilor"), (("București", "0300##"),
           ("Cluj-Napoca", "4000##")), "{s} nr. {n}, {p} {c}"),
    "LT": (("Gedimino pr.", "Pilies g.", "Laisvės al."), (("Vilnius", "LT-01###"), ("Kaunas", "LT-44###")),
           "{s} {n}, {p} {c}"),
    "LV": (("Brīvības iela", "Tērbatas iela", "Elizabetes iela"), (("Rīga", "LV-10##"), ("Liepāja", "LV-3401")),
           "{s} {n}, {c}, {p}"),
    "EE": (("Narva mnt", "Pärnu mnt", "Rüütli tn"), (("Tallinn", "10###"), ("Tartu", "51###")), "{s} {n}, {p} {c}"),
    "IS": (("Laugavegur", "Hverfisgata", "Skólavörðustígur"), (("Reykjavík", "101"), ("Akureyri", "600")),
           "{s} {n}|{p} {c}"),
    "FO": (("Niels Finsens gøta", "Dalavegur", "Tróndargøta"), (("Tórshavn", "FO-100"), ("Klaksvík", "FO-700")),
           "{s} {n}, {p} {c}"),
    "ES": (("Carrer de Mallorca", "Rúa do Franco", "Passeig de Gràcia", "Rúa Real"), (("Barcelona", "080##"),
           ("Santiago de Compostela", "15705"), ("Girona", "17001")), "{s}, {n}|{p} {c}"),
    "FR": (("carrièra de la Pomme", "cours Napoléon", "rue Fesch", "avenue Jean-Jaurès"), (("Tolosa", "31000"),
           ("Ajaccio", "20000"), ("Bastia", "20200")), "{n} {s}|{p} {c}"),
    "IR": (("Khiaban-e Vali Asr", "Khiaban-e Enghelab", "Kucheh Golestan"), (("Tehran", "15#########"),
           ("Esfahan", "81#########")), "{s}, No. {n}, {c} {p}"),
    "IQ": (("Shari Salim", "Gulan Street", "Shari al-Mutanabbi"), (("Slemani", "46001"), ("Erbil", "44001")),
           "{n} {s}, {c} {p}"),
    "AF": (("Shahr-e Naw Street", "Darul Aman Road", "Jada-e Maiwand"), (("Kabul", "10##"), ("Kandahar", "3801")),
           "House {n}, {s}, {c} {p}"),
    "PK": (("Shahrah-e-Faisal", "Mall Road", "Jinnah Avenue"), (("Karachi", "75###"), ("Lahore", "54000")),
           "House {n}, {s}|{c} {p}"),
    "EG": (("Sharia Qasr el Nil", "Sharia el Tahrir", "Corniche el Nil"), (("Cairo", "11###"), ("Alexandria", "21###")),
           "{n} {s}, {c} {p}"),
    "IL": (("Rehov Dizengoff", "Rehov Yafo", "Sderot Rothschild"), (("Tel Aviv-Yafo", "6######"),
           ("Yerushalayim", "9######")), "{s} {n}, {c} {p}"),
    "AZ": (("Nizami küçəsi", "Neftçilər prospekti", "İstiqlaliyyət küçəsi"), (("Bakı", "AZ10##"),
           ("Gəncə", "AZ2000")), "{s} {n}, {c} {p}"),
    "UZ": (("Amir Temur shoh ko'chasi", "Navoiy ko'chasi", "Registon ko'chasi"), (("Toshkent", "1000##"),
           ("Samarqand", "140100")), "{s} {n}, {c} {p}"),
    "RU": (("ulitsa Baumana", "Kremlyovskaya ulitsa", "prospekt Pobedy"), (("Kazan", "4200##"),
           ("Naberezhnye Chelny", "4238##")), "{s}, d. {n}, {c}, {p}"),
    "CN": (("Nanjing Dong Lu", "Huaihai Zhong Lu", "Chang'an Jie"), (("Shanghai", "200###"), ("Beijing", "100###")),
           "{n} {s}, {c} {p}"),
    "HK": (("Nathan Road", "Des Voeux Road Central", "Hennessy Road"), (("Kowloon", "Hong Kong"),
           ("Wan Chai", "Hong Kong")), "Flat {n}B, {s}|{c}, {p}"),
    "JP": (("Jingumae 4-chome", "Nishi-Shinjuku 2-chome", "Umeda 1-chome"), (("Shibuya-ku, Tokyo", "150-00##"),
           ("Kita-ku, Osaka", "530-00##")), "{s} {n}-8, {c} {p}"),
    "KR": (("Teheran-ro", "Sejong-daero", "Haeundae-ro"), (("Gangnam-gu, Seoul", "06###"),
           ("Haeundae-gu, Busan", "48###")), "{n} {s}, {c} {p}"),
}  # fmt: skip

IBAN_BBAN: dict[str, str] = {
    "HU": "24n", "CZ": "20n", "SK": "20n", "SI": "15n", "HR": "17n", "RS": "18n", "BG": "4a6n8c", "RO": "4a16c",
    "LT": "16n", "LV": "4a13c", "EE": "16n", "IS": "22n", "FO": "14n", "ES": "20n", "FR": "10n11c2n",
    "IQ": "4a15n", "PK": "4a16c", "EG": "25n", "IL": "19n", "AZ": "4a20c", "DE": "18n", "GB": "4a14n",
    "AE": "19n", "SA": "2n18c", "QA": "4a21c", "KW": "4a22c", "BH": "4a14c", "TN": "20n", "MU": "4a19n3a",
    "XK": "16n", "ME": "18n", "BA": "16n", "GL": "14n", "CR": "18n", "DO": "4c20n", "GT": "4c20c", "VG": "4a16n",
    "TL": "19n", "SC": "4a20n3a", "BY": "4c4n16c", "NL": "4a10n", "DK": "14n", "FI": "14n", "PL": "24n",
}  # fmt: skip
BANK_CODES = ("OTPV", "GIBA", "KOMB", "TATR", "LJBA", "ZABA", "AIKB", "UNCR", "BTRL", "HABA", "PARX", "EEUH",
              "NBII", "FIFB", "CAIX", "BSCH", "CEPA", "BFCM", "IRBO", "NBIQ", "HABB", "NBEG", "LUMI", "IBAZ",
              "NBFA", "SABR", "KCBL", "NMIB", "BKMG", "BRAC", "HDFC", "BCEY", "NARB", "KASI", "ACLB", "BCEL",
              "MBBE", "ANZB", "ROYC", "BOFA", "ICBK", "HSBC", "MHCB", "KOEX", "GHAB", "ABNG", "SBZA", "KOSA")  # fmt: skip

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
}
MONTHS = {k: tuple(v.split()) for k, v in _MONTHS.items()}
EMAIL_DOMAINS = ("citromail.hu", "centrum.cz", "azet.sk", "siol.net", "abv.bg", "inbox.lv", "hot.ee", "simnet.is",
                 "olisto.fo", "walla.co.il", "mail.ru", "qq.com", "netvigator.com", "docomo.ne.jp", "daum.net",
                 "yahoo.com.my", "safaricom.co.ke", "gmail.com", "hotmail.co.za", "ptcl.net.pk")  # fmt: skip
SPECIAL = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "ß": "ss", "ə": "a", "ð": "d",
                         "þ": "th", "ʻ": ""})  # fmt: skip


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

    def shape(self, pattern: str, letters: str = "ABCEGHJKLMNPRSTVXY") -> str:
        return "".join(
            self.r.choice(string.digits) if c == "#" else self.r.choice(letters) if c == "A" else c
            for c in pattern
        )

    # -------------------------------------------------------------------------------------------- names

    def name(self, locale: str | None = None) -> tuple[str, str, str]:
        """(given, family, as written). Written forms vary: order, initials, caps, comma inversion."""
        given, family = NAMES[locale or self.locale]
        g = self.r.choice(given)
        if family == ("-",):  # Burmese: no surname, the whole name is the given name
            written = g
            y = self.r.random()
            return g, "", written.upper() if y < 0.15 else written.lower() if y < 0.25 else written
        same = [x for x in family if _native(x) == _native(g)]
        f = self.r.choice(same or family)  # a surname in the given name's script
        native = _native(g + f) and any(ord(c) > 0x590 for c in g + f)
        if self.locale in ("zh-CN", "ja-JP", "ko-KR") and any("\u3040" <= c <= "\ud7af" for c in g + f):
            return g, f, f"{f}{g}" if self.r.random() < 0.75 else f"{f} {g}"
        if self.locale == "hu-HU" and self.r.random() < 0.6:  # Hungarian order: surname first
            return g, f, f"{f} {g}" if self.r.random() < 0.8 else f"{f.upper()} {g}"
        x = self.r.random()
        if x < 0.14:
            written = f"{f.upper()} {g}"
        elif x < 0.28:
            written = f"{f}, {g}"
        elif x < 0.38 and not native:
            written = f"{g[0]}. {f}"
        elif x < 0.46 and not native:
            second = self.r.choice([x for x in given if _native(x) == _native(g)])
            written = f"{g} {second[0]}. {f}"
        elif x < 0.5:
            other = self.r.choice([x for x in same or family if x != f] or [f])
            written = f"{g} {f}-{other}" if "-" not in f and other != f else f"{g} {f}"
        else:
            written = f"{g} {f}"
        y = self.r.random()
        if y < 0.08:
            written = written.upper()
        elif y < 0.15:
            written = written.lower()
        return g, f, written

    def email(self, g: str, f: str) -> str:
        def ascii_(s: str) -> str:
            flat = unicodedata.normalize("NFKD", s.lower().translate(SPECIAL))
            return "".join(c for c in flat if c.isascii() and (c.isalnum() or c in ".-"))

        g2, f2 = ascii_(g.replace(" ", "")), ascii_(f.replace(" ", ""))
        if not g2:
            g2 = self.r.choice(["acct", "member", "inbox", "home"]) + self.digits(3)
        local = self.r.choice(
            [f"{g2}.{f2}", f"{f2}.{g2[0]}", f"{g2}_{f2}", f"{g2}{self.r.randint(60, 99)}", f"{f2}{g2[:3]}"]
        ).strip("._-")
        if not f2:
            local = f"{g2}.{self.digits(4)}"
        return f"{local}@{self.r.choice(EMAIL_DOMAINS)}"

    # -------------------------------------------------------------------------------------------- places

    def street(self, lines: bool = True) -> str:
        """A street line with its postcode and city; over two lines where the country breaks it, if `lines`."""
        streets, cities, order = STREETS[self.loc.country]
        city, post = self.r.choice(cities)
        number = str(self.r.randint(2, 380))
        if self.r.random() < 0.15:
            number += self.r.choice(["B", "/2", "-4", "a"])
        text = order.format(s=self.r.choice(streets), n=number, c=city, p=self.shape(post))
        return text.replace("|", "\n" if lines and self.r.random() < 0.5 else ", ")

    # -------------------------------------------------------------------------------------------- phones

    def phone(self, foreign: bool = False, ext: bool | None = None) -> str:
        home = self.loc.country
        region = (
            self.r.choice(["GB", "AE", "SA", "QA", "CN", "DE", "CA", "TR", "MY", "KE", "IL"])
            if foreign
            else home
        )
        kind = self.r.choice([PNT.MOBILE, PNT.FIXED_LINE, PNT.MOBILE])
        example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
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
        with_ext = (self.r.random() < 0.15) if ext is None else ext
        for _ in range(30):
            text = self._render(number, region != home)
            digits = str(self.r.randint(10, 4999))
            if with_ext:
                text += self.r.choice(
                    [f" ext. {digits}", f" x {digits}", f" ext{digits}", f", ext. {digits}"]
                )
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
        cc = str(number.country_code)
        rest = intl[len(cc) + 2 :]
        nsn = str(number.national_number)
        choices = [intl, "+" + cc + " " + rest.replace(" ", "."), "+" + cc + "/" + nsn, "+" + cc + " (" + nsn[:3] + ") "
                   + nsn[3:], "00 " + cc + " " + rest, "+" + cc + nsn]  # fmt: skip
        if not foreign:
            choices += [nat, nat, nat.replace(" ", "-"), nat.replace(" ", ""), nsn[:3] + " " + nsn[3:]]
        return self.r.choice(choices)

    # -------------------------------------------------------------------------------------------- finance

    def card(self) -> str:
        prefix, length = self.r.choice(
            [("4", 16), ("4", 13), ("4", 18), ("4", 19), ("53", 16), ("2720", 16), ("37", 15), ("34", 15),
             ("6011", 16), ("65", 19), ("3530", 16), ("3566", 17), ("38", 14), ("305", 14), ("6763", 12),
             ("6762", 15), ("5020", 14), ("6771", 18), ("622126", 16), ("81", 19), ("2204", 16), ("9860", 16),
             ("5078", 19), ("6370", 16), ("4", 12)]
        )  # fmt: skip
        body = prefix + self.digits(length - len(prefix) - 1)
        digits = body + luhn_digit(body)
        groups = {
            12: [(4, 4, 4), (3, 3, 3, 3), (4, 8)],
            13: [(4, 4, 5), (3, 3, 3, 4), (4, 9)],
            14: [(4, 6, 4), (2, 4, 4, 4), (4, 5, 5)],
            15: [(4, 6, 5), (4, 4, 4, 3), (3, 3, 3, 3, 3)],
            16: [(4, 4, 4, 4), (4, 4, 4, 4), (8, 8), (2, 4, 4, 6), (5, 5, 6)],
            17: [(4, 4, 4, 5), (4, 4, 4, 4, 1), (5, 6, 6)],
            18: [(4, 4, 4, 6), (6, 4, 4, 4), (2, 4, 4, 4, 4)],
            19: [(4, 4, 4, 4, 3), (6, 6, 7), (4, 4, 4, 7), (3, 4, 4, 4, 4), (5, 5, 5, 4)],
        }[length]
        sep = self.r.choice([" ", " ", "-", "", " ", "-", "  ", "."])
        if not sep:
            return digits
        out, at = [], 0
        for size in self.r.choice(groups):
            out.append(digits[at : at + size])
            at += size
        return sep.join(out)

    def iban(self, country: str | None = None) -> str:
        cc = country if country in IBAN_BBAN else self.loc.country
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
        if style < 0.5:
            return " ".join(compact[k : k + 4] for k in range(0, len(compact), 4))
        if style < 0.85:
            return compact
        return compact[:4] + " " + compact[4:]

    def bic(self) -> str:
        loc = self.r.choice(string.ascii_uppercase[:22] + "23456789") + self.r.choice(
            "ABCDEFGHJKLMNPRSTUVW23459"
        )
        branch = self.r.choice(["", "", "XXX", self.letters(3), self.letters(1) + self.digits(2)])
        return self.r.choice(BANK_CODES) + self.loc.country + loc + branch

    def ssn(self) -> str:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        parts = (f"{area:03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}")
        return self.r.choice(["-", "-", " ", "", "-"]).join(parts)

    def ip(self) -> str:
        while True:
            if self.r.random() < 0.6:
                addr: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.IPv4Address(
                    self.r.getrandbits(32)
                )
            else:
                head = self.r.choice([0x2001, 0x2A00, 0x2A0D, 0x2403, 0x2C0F, 0x2800, 0x2605])
                addr = ipaddress.IPv6Address(
                    (head << 112) | self.r.getrandbits(96) << 16 | self.r.getrandbits(8)
                )
            if addr.is_global and not addr.is_multicast and not addr.is_reserved:
                return str(addr)

    # -------------------------------------------------------------------------------------------- documents

    def licence(self) -> tuple[str, str]:
        """(issuer, number) in the issuer's published layout."""
        c = self.loc.country
        forms = {
            "US": [
                ("Washington", "WDLA#A####AA"),
                ("Michigan", "A ### ### ### ###"),
                ("Minnesota", "A############"),
                ("New Jersey", "A#### ##### #####"),
                ("Pennsylvania", "## ### ###"),
                ("Arizona", "A########"),
                ("Colorado", "##-###-####"),
                ("Ohio", "AA######"),
                ("Hawaii", "H########"),
            ],
            "CA": [("Nunavut", "######"), ("Ontario", "A####-#####-#####")],
            "IN": [("RTO Pune", "MH12 ###########"), ("RTO Ahmedabad", "GJ01 ###########")],
            "HU": [("Kormányablak", "AA######")],
            "CZ": [("Magistrát", "AA ######")],
            "SK": [("OR PZ", "AA######")],
            "HR": [("MUP", "#########")],
            "RO": [("DRPCIV", "#########")],
            "LT": [("Regitra", "########")],
            "EE": [("Transpordiamet", "AA######")],
            "IS": [("Sýslumaður", "########")],
            "ES": [("DGT", "########A")],
            "FR": [("ANTS", "############")],
            "KE": [("NTSA", "DL-#######")],
            "NG": [("FRSC", "AAA#####AA##")],
            "ZA": [("DLTC", "##########AA")],
            "MY": [("JPJ", "########")],
            "TH": [("DLT", "########")],
            "PK": [("DLIMS", "#####-#######-#")],
            "CN": [("交通管理局", "##################")],
            "JP": [("公安委員会", "#### #### ####")],
            "KR": [("도로교통공단", "##-##-######-##")],
            "IL": [("משרד התחבורה", "#######")],
        }.get(c, [(f"{c} traffic authority", "AA #######")])
        issuer, pattern = self.r.choice(forms)
        return issuer, self.shape(pattern, string.ascii_uppercase)

    def dob(self, child: bool = False) -> str:
        y, m, d = (
            self.r.randint(2009, 2020) if child else self.r.randint(1936, 2006),
            self.r.randint(1, 12),
            self.r.randint(1, 28),
        )
        c, words = self.loc.country, self.loc.words
        # Thai month names only with the Buddhist-era year.
        lang = words if words in MONTHS and words != "th" else "en"
        forms = [f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[lang][m - 1]} {y}",
                 f"{m:02d}/{d:02d}/{y}" if c == "US" else f"{d:02d}/{m:02d}/{y}",
                 f"{d:02d}-{MONTHS['en'][m - 1][:3]}-{y}", f"{y}/{m:02d}/{d:02d}"]  # fmt: skip
        if c == "US":
            forms += [f"{MONTHS['en'][m - 1]} {d}, {y}", f"{m}/{d}/{y}"]
        if lang == "hu":
            forms += [f"{y}. {MONTHS['hu'][m - 1]} {d}.", f"{y}.{m:02d}.{d:02d}."]
        if lang in ("cs", "sk", "hr"):
            forms.append(f"{d}. {m}. {y}")
        if lang == "cs" or lang == "hr":
            forms.append(f"{d}. {MONTHS[lang][m - 1]} {y}")
        if lang == "es":
            forms.append(f"{d} de {MONTHS['es'][m - 1]} de {y}")
        if words == "th":
            forms += [f"{d} {MONTHS['th'][m - 1]} {y + 543}"] * 4
        if c in ("CN", "JP"):
            forms.append(f"{y}年{m}月{d}日")
        if c == "KR":
            forms.append(f"{y}년 {m}월 {d}일")
        return self.r.choice(forms)

    def mrn(self) -> str:
        pattern = self.r.choice(
            ["E#######", "##-##-##-##", "### ### ####", "HN######/##", "K#########", "####/AA/####", "BD########",
             "A##-####-#", "#########", "RX-####-####", "##.####.##", "AA######A"]
        )  # fmt: skip
        return self.shape(pattern, "BCDFGHKLMNPRSTVWZ")
