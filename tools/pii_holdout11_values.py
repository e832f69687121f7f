"""Personal values of the eleventh holdout PII set (tools/pii_holdout11_set.py), composed from public knowledge.

Names: hand-written lists of real given names and surnames, none drawn from Faker or Mimesis: Yiddish (Latin and
Hebrew script), Pennsylvania Dutch, Cajun, Orcadian, Gibraltarian (Llanito), Monégasque, Sammarinese, Aragonese,
Tuvan, Kalmyk, Avar, Kabardian and Abkhaz (Latin and Cyrillic), Baloch and Kashmiri (Latin and Arabic script),
Tulu (Latin and Kannada script), Maithili and Newar (Latin and Devanagari), Khasi, Mizo, Santali (Latin and Ol
Chiki), Sherpa, Chakma (Latin and Bengali script), Shan, Cham, Batak Toba, Minangkabau, Iban ("anak"),
Okinawan (Latin and kanji), Macanese, Sri Lankan Burgher, Nauruan, Solomon Islander, Chuukese, Kanak,
Wallisian, Niuean, Yolŋu, Torres Strait Islander, Wayuu, Rapa Nui, Bolivian Mennonite (Plautdietsch), Mi'kmaq,
Maasai ("ole"), Chaga, Tsonga, Mozambican, Angolan (Kimbundu), Herero, Lozi, Kongo, Fang, Bamileke, Sara,
Tuareg ("ag", "welet"), Hassaniya Moorish ("Ould", "Mint"), Serer, Kpelle, Ga, Efik, Tiv, Edo, Nuer, Mauritian,
Réunionnais, Seychellois, Indo-Guyanese and Jamaican; written as "Given Surname", "SURNAME Given", "Surname,
Given", with initials, particles (van, de, ole, ag, Ould, anak) and hyphens, in ALL CAPS or lower case now and
then. Street lines: hand-written street names and cities in each country's address order, the house number
before or after the street, with flat or unit numbers, sometimes over two lines. Phones: the `phonenumbers`
library's example numbers with their subscriber digits redrawn until the library calls them valid, rendered in
national, international, E.164, RFC 3966 (dashed) and hand-made groupings, with extensions, and read back as
valid (extension included) from the document's country. Cards, IBANs, BICs, SSNs, driver's licences and record
numbers: composed from their published layouts and check digits.
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
    words: str  # language of the document's form labels (en, fr, es, pt, it, ru, id, ms, ja)


LOCALES: dict[str, Loc] = {
    "yi-US": Loc("US", "en"), "pdc-US": Loc("US", "en"), "frc-US": Loc("US", "en"), "sco-GB": Loc("GB", "en"),
    "en-GI": Loc("GI", "en"), "lij-MC": Loc("MC", "fr"), "rgn-SM": Loc("SM", "it"), "an-ES": Loc("ES", "es"),
    "tyv-RU": Loc("RU", "ru"), "xal-RU": Loc("RU", "ru"), "av-RU": Loc("RU", "ru"), "kbd-RU": Loc("RU", "ru"),
    "ab-GE": Loc("GE", "ru"), "bal-PK": Loc("PK", "en"), "ks-IN": Loc("IN", "en"), "tcy-IN": Loc("IN", "en"),
    "mai-IN": Loc("IN", "en"), "kha-IN": Loc("IN", "en"), "lus-IN": Loc("IN", "en"), "sat-IN": Loc("IN", "en"),
    "new-NP": Loc("NP", "en"), "xsr-NP": Loc("NP", "en"), "ccp-BD": Loc("BD", "en"), "shn-MM": Loc("MM", "en"),
    "cjm-VN": Loc("VN", "en"), "bbc-ID": Loc("ID", "id"), "min-ID": Loc("ID", "id"), "iba-MY": Loc("MY", "ms"),
    "ryu-JP": Loc("JP", "ja"), "mzs-MO": Loc("MO", "pt"), "en-LK": Loc("LK", "en"), "na-NR": Loc("NR", "en"),
    "pis-SB": Loc("SB", "en"), "chk-FM": Loc("FM", "en"), "dhv-NC": Loc("NC", "fr"), "wls-WF": Loc("WF", "fr"),
    "niu-NU": Loc("NU", "en"), "gup-AU": Loc("AU", "en"), "tcs-AU": Loc("AU", "en"), "guc-CO": Loc("CO", "es"),
    "rap-CL": Loc("CL", "es"), "pdt-BO": Loc("BO", "es"), "mic-CA": Loc("CA", "en"), "mas-TZ": Loc("TZ", "en"),
    "jmc-TZ": Loc("TZ", "en"), "ts-ZA": Loc("ZA", "en"), "pt-MZ": Loc("MZ", "pt"), "kmb-AO": Loc("AO", "pt"),
    "hz-NA": Loc("NA", "en"), "loz-ZM": Loc("ZM", "en"), "kg-CG": Loc("CG", "fr"), "fan-GA": Loc("GA", "fr"),
    "bbj-CM": Loc("CM", "fr"), "mwm-TD": Loc("TD", "fr"), "taq-NE": Loc("NE", "fr"), "mey-MR": Loc("MR", "fr"),
    "srr-SN": Loc("SN", "fr"), "kpe-LR": Loc("LR", "en"), "gaa-GH": Loc("GH", "en"), "efi-NG": Loc("NG", "en"),
    "tiv-NG": Loc("NG", "en"), "bin-NG": Loc("NG", "en"), "nus-SS": Loc("SS", "en"), "mfe-MU": Loc("MU", "en"),
    "rcf-RE": Loc("RE", "fr"), "crs-SC": Loc("SC", "en"), "en-GY": Loc("GY", "en"), "jam-JM": Loc("JM", "en"),
}  # fmt: skip

# Real given names and surnames by locale, each list in the scripts its people write it in.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "yi-US": (("Mendel", "Rivka", "Shloime", "Faige", "Yankel", "Gittel", "Hershel", "Chaya", "Zalman", "Blima",
               "מענדל", "רבקה", "שלמה"),
              ("Perlmutter", "Rosenzweig", "Goldfarb", "Teitelbaum", "Halberstam", "Feldstein", "Weisz",
               "Grünwald", "פערלמוטער", "טייטלבוים", "גאלדפארב")),
    "pdc-US": (("Amos", "Sadie", "Eli", "Naomi", "Elam", "Katie", "Levi", "Mervin", "Lydia", "Jonas"),
               ("Stoltzfus", "Beiler", "Zook", "Esh", "Yoder", "Lapp", "Hershberger", "Glick", "Riehl", "Fisher")),
    "frc-US": (("Clovis", "Alcide", "Ophelia", "Thaddeus", "Eula", "Ulysse", "Odile", "Remy", "Clotile"),
               ("Boudreaux", "Thibodeaux", "Guidry", "Fontenot", "Arceneaux", "Doucet", "Landry", "Hebert",
                "Trahan")),
    "sco-GB": (("Magnus", "Sigrid", "Thorfinn", "Ingrid", "Erlend", "Ragna", "Sweyn", "Hakon", "Ola"),
               ("Flett", "Linklater", "Rendall", "Isbister", "Harcus", "Drever", "Tulloch", "Halcrow", "Scarth")),
    "en-GI": (("Fabian", "Gemma", "Joseph", "Marlene", "Albert", "Samantha", "Gilbert", "Lourdes"),
              ("Caruana", "Picardo", "Bossano", "Montegriffo", "Feetham", "Linares", "Netto", "Cortes", "Bruzon")),
    "lij-MC": (("Honoré", "Rainier", "Antoinette", "Louis", "Stéphanie", "Charlotte", "Jean-Luc", "Gabrielle"),
               ("Médecin", "Notari", "Gastaud", "Boisson", "Pastor", "Bellando", "Marsan", "Campora", "Passeron")),
    "rgn-SM": (("Marino", "Leo", "Giacomo", "Federica", "Cesare", "Alessia", "Manuel", "Denise"),
               ("Gasperoni", "Stefanelli", "Ugolini", "Muccioli", "Mularoni", "Giardi", "Belluzzi", "Bevitori",
                "Gatti-Ceccoli")),
    "an-ES": (("Chusé", "Chuana", "Chorche", "Mariana", "Pietro", "Isabel", "Chulio", "Ixeya"),
              ("Lacasta", "Ballarín", "Nagore", "Sarasa", "Escartín", "Bergua", "Lafarga", "Coarasa", "Oliván")),
    "tyv-RU": (("Aidys", "Chechek", "Sholban", "Aylana", "Ayas", "Choduraa", "Saylyk", "Айдыс", "Чечек",
                "Шолбан", "Айлана", "Чодураа"),
               ("Oorzhak", "Mongush", "Kuular", "Ondar", "Dongak", "Saaya", "Shoigu", "Ооржак", "Монгуш",
                "Куулар", "Ондар", "Донгак")),
    "xal-RU": (("Badma", "Delgir", "Sanal", "Altana", "Bembya", "Ellya", "Erdni", "Бадма", "Делгир", "Санал",
                "Алтана", "Эрдни"),
               ("Ilyumzhinov", "Ochirov", "Sangadzhiev", "Basanov", "Erendzhenov", "Mandzhiev", "Илюмжинов",
                "Очиров", "Сангаджиев", "Манджиев")),
    "av-RU": (("Rasul", "Patimat", "Shamil", "Khadizhat", "Zagid", "Aminat", "Gaidar", "Расул", "Патимат",
               "Шамиль", "Хадижат"),
              ("Gamzatov", "Nurmagomedov", "Dibirov", "Gadzhiev", "Khalilov", "Omarov", "Гамзатов", "Дибиров",
               "Гаджиев", "Халилов")),
    "kbd-RU": (("Zaur", "Madina", "Anzor", "Zalina", "Aslan", "Lalina", "Arsen", "Заур", "Мадина", "Анзор",
                "Залина"),
               ("Kokov", "Kanokov", "Kodzokov", "Nogmov", "Shogentsukov", "Berov", "Коков", "Каноков", "Ногмов",
                "Шогенцуков")),
    "ab-GE": (("Alkhas", "Inal", "Adgur", "Gunda", "Kama", "Astamur", "Nana", "Алхас", "Инал", "Адгур", "Гунда"),
              ("Ardzinba", "Bagapsh", "Khajimba", "Ankvab", "Lakoba", "Gumba", "Chanba", "Ардзинба", "Багапш",
               "Лакоба", "Гумба")),
    "bal-PK": (("Mahrang", "Chakar", "Sammi", "Banuk", "Gulzar", "Hani", "Nawab", "Sabiha", "چاکر", "گلزار",
                "سمی"),
               ("Baloch", "Bugti", "Marri", "Mengal", "Bizenjo", "Rind", "Raisani", "Magsi", "بلوچ", "بگٹی", "مری",
                "مینگل")),
    "ks-IN": (("Zooni", "Shabir", "Mehjabeen", "Aijaz", "Rafiq", "Nighat", "Parvez", "Shazia", "شبیر", "رفیق",
               "نگہت"),
              ("Bhat", "Dar", "Lone", "Wani", "Rather", "Mattoo", "Kaul", "Raina", "بٹ", "ڈار", "لون", "وانی")),
    "tcy-IN": (("Sadananda", "Vanitha", "Koti", "Chennaya", "Yashoda", "Prajwal", "Bhavya", "ಸದಾನಂದ", "ವನಿತಾ",
                "ಪ್ರಜ್ವಲ್"),
               ("Shetty", "Poojary", "Bangera", "Kotian", "Salian", "Suvarna", "Amin", "ಶೆಟ್ಟಿ", "ಪೂಜಾರಿ",
                "ಬಂಗೇರ")),
    "mai-IN": (("Kameshwar", "Sunaina", "Lalit", "Kumud", "Shashinath", "Vibha", "Rajkishore", "कामेश्वर",
                "सुनयना", "ललित"),
               ("Jha", "Mishra", "Thakur", "Karn", "Pathak", "Choudhary", "झा", "मिश्र", "ठाकुर", "कर्ण")),
    "kha-IN": (("Hispreachering", "Ibadahun", "Banshai", "Daplin", "Wanphrang", "Iaineh", "Kynsai", "Badap"),
               ("Lyngdoh", "Syiem", "Kharkongor", "Marbaniang", "Nongrum", "Khongwir", "Rymbai", "Nongkynrih")),
    "lus-IN": (("Lalthanhawla", "Zoramthanga", "Lalduhoma", "Mapuii", "Lalrinmawii", "Vanlalruata",
                "Zothansangi", "Lalremsiami"),
               ("Ralte", "Hmar", "Pachuau", "Chhangte", "Sailo", "Khiangte", "Fanai", "Hnamte")),
    "sat-IN": (("Sido", "Kanhu", "Phulo", "Jhano", "Raghunath", "Champai", "Draupadi", "ᱥᱤᱫᱳ", "ᱠᱟᱱᱦᱩ",
                "ᱯᱷᱩᱞᱳ", "ᱡᱷᱟᱱᱳ"),
               ("Murmu", "Hansda", "Soren", "Hembrom", "Tudu", "Marandi", "Kisku", "ᱢᱩᱨᱢᱩ", "ᱥᱚᱨᱮᱱ", "ᱴᱩᱰᱩ",
                "ᱠᱤᱥᱠᱩ", "ᱢᱟᱨᱟᱱᱰᱤ")),
    "new-NP": (("Sushila", "Bhuvan", "Manju", "Rajendra", "Siddhi", "Laxmi", "Pragya", "सुशीला", "भुवन",
                "मञ्जु"),
               ("Shrestha", "Maharjan", "Shakya", "Tuladhar", "Bajracharya", "Manandhar", "Dangol", "Amatya",
                "श्रेष्ठ", "महर्जन", "शाक्य", "तुलाधर")),
    "xsr-NP": (("Pasang", "Lhakpa", "Dawa", "Pemba", "Mingma", "Phurba", "Nima", "Ang", "Dolma", "Kami"),
               ("Sherpa", "Salaka", "Chawa", "Lamaserwa", "Paldorje", "Thaktu", "Gardza", "Pinasa")),
    "ccp-BD": (("Devasish", "Jhuma", "Mong", "Kalparanjan", "Bina", "Shantimoy", "Ruby", "দেবাশীষ", "ঝুমা"),
               ("Chakma", "Dewan", "Talukdar", "Khisa", "Roy", "Larma", "চাকমা", "দেওয়ান", "খীসা")),
    "shn-MM": (("Sai", "Nang", "Khun", "Sao", "Kham", "Hom", "Leng", "Mya"),
               ("Leik", "Kham Hlaing", "Hseng", "Noom", "Mong", "Hsurng", "Lao Hom", "Yawd")),
    "cjm-VN": (("Inrasara", "Thành", "Đàng", "Nguyệt", "Jaya", "Quảng", "Thị Hạnh", "Nai"),
               ("Đàng", "Lưu", "Thập", "Quảng", "Ínrasara", "Bá", "Châu", "Từ")),
    "bbc-ID": (("Togar", "Rumondang", "Parlindungan", "Sondang", "Hotma", "Tiurma", "Marulam", "Romauli"),
               ("Simanjuntak", "Siregar", "Nasution", "Hutapea", "Sitompul", "Pardede", "Simatupang", "Sinaga",
                "Panjaitan")),
    "min-ID": (("Rangkayo", "Syafrizal", "Yusnaini", "Darmawel", "Rosmaniar", "Afrizal", "Nurhayati", "Zulhendri"),
               ("Chaniago", "Piliang", "Koto", "Sikumbang", "Tanjung", "Caniago", "Jambak", "Guci")),
    "iba-MY": (("Jugah", "Sendi", "Empiang", "Nanang", "Rentap", "Lemambang", "Dayang", "Unggang"),
               ("anak Barieng", "anak Sumbang", "anak Jelian", "anak Tuah", "anak Ngelai", "anak Ringgit",
                "Ngumbang", "Masing")),
    "ryu-JP": (("Kamado", "Ushi", "Chōbin", "Seitoku", "Kenyū", "Tsuru", "Seiryō", "朝敏", "清徳", "盛良",
                "賢勇"),
               ("Higa", "Chinen", "Kinjō", "Shimabukuro", "Nakasone", "Ōshiro", "Arakaki", "Tamaki", "比嘉",
                "知念", "金城", "島袋", "仲宗根", "大城", "新垣")),
    "mzs-MO": (("Henrique", "Adelaide", "Miguel", "Leonor", "Filomeno", "Natércia", "Aureliano", "Celeste"),
               ("Senna Fernandes", "Airosa", "Remédios", "da Luz", "Marques", "Rosário", "Sales", "Xavier")),
    "en-LK": (("Rudolph", "Yvonne", "Percival", "Carmen", "Lorenz", "Shirley", "Everard", "Nalini"),
              ("de Kretser", "Ludowyk", "van Langenberg", "Ondaatje", "Jansz", "Koelmeyer", "Ebert", "Toussaint",
               "Vanderstraaten")),
    "na-NR": (("Baron", "Sprent", "Lionel", "Kieren", "Hammer", "Ludwig", "Charmaine", "Ruby", "Marcus"),
              ("Adeang", "Dowiyogo", "Detenamo", "Aingimea", "Waqa", "Dabwido", "Scotty", "DeRoburt", "Kun")),
    "pis-SB": (("Manasseh", "Jeremiah", "Bartholomew", "Solomon", "Freda", "Ezekiel", "Alice", "Snyder"),
               ("Sogavare", "Manele", "Kemakeza", "Ulufa'alu", "Mamaloni", "Kenilorea", "Hilly", "Tuhanuku")),
    "chk-FM": (("Tosiwo", "Resio", "Manny", "Wesley", "Kiyoshi", "Lorin", "Bethwel", "Sabina"),
               ("Nakayama", "Mori", "Moses", "Simina", "Urusemal", "Falcam", "Panuelo", "Olter")),
    "dhv-NC": (("Jean-Marie", "Roch", "Hnalaine", "Déwé", "Nidoïsh", "Marie-Claude", "Yéiwéné", "Wassissi"),
               ("Tjibaou", "Wamytan", "Néaoutyine", "Naisseline", "Wapotro", "Poadja", "Washetine", "Ukeiwé",
                "Gorodey")),
    "wls-WF": (("Petelo", "Soane", "Malia", "Atoloto", "Mikaele", "Sosefo", "Kalolaine", "Setefano"),
               ("Tafilagi", "Muliava", "Lauhea", "Takaniko", "Uhila", "Tauvale", "Mulikihaamea", "Falelavaki")),
    "niu-NU": (("Toke", "Dalton", "Sisilia", "Young", "Mititaiagimene", "Hima", "Crossley", "Vaiga"),
               ("Talagi", "Tagelagi", "Lui", "Vivian", "Pulu", "Makaia", "Tatui", "Tukiuha")),
    "gup-AU": (("Galarrwuy", "Mandawuy", "Djalu", "Witiyana", "Yalmay", "Banduk", "Djapirri", "Dhuwarrwarr"),
               ("Yunupiŋu", "Gurruwiwi", "Marika", "Wunuŋmurra", "Gumana", "Dhamarrandji", "Munuŋgurr", "Yunupingu")),
    "tcs-AU": (("Koiki", "Ephraim", "Getano", "Bonita", "Seriba", "Eddie", "Dimple", "Ngailu"),
               ("Mabo", "Bani", "Passi", "Nona", "Ahwang", "Mosby", "Whaleboat", "Ghee", "Kris")),
    "guc-CO": (("Remedios", "Guillermo", "Weildler", "Karmen", "Jayariyú", "Iguarán", "Yanama", "Kashi"),
               ("Epieyú", "Uriana", "Ipuana", "Pushaina", "Jayariyú", "Epinayú", "Sapuana", "Uliana")),
    "rap-CL": (("Tuki", "Mahina", "Hotu", "Vai", "Uri", "Ngaara", "Moana", "Riroroko"),
               ("Pakarati", "Tuki", "Hotus", "Atan", "Haoa", "Teao", "Paoa", "Ika", "Pate")),
    "pdt-BO": (("Abram", "Aganetha", "Heinrich", "Helena", "Isaak", "Katharina", "Jakob", "Margaretha", "Peter"),
               ("Friesen", "Penner", "Wiebe", "Klassen", "Dyck", "Thiessen", "Neufeld", "Giesbrecht", "Unger")),
    "mic-CA": (("Donald", "Rita", "Noel", "Annie", "Junior", "Sarah", "Stephen", "Mary Ellen"),
               ("Googoo", "Sylliboy", "Prosper", "Denny", "Christmas", "Paul", "Julian", "Marshall", "Gould")),
    "mas-TZ": (("Naserian", "Lekishon", "Nalangu", "Saitoti", "Naisula", "Lemayian", "Nashipai", "Kakuta"),
               ("ole Sankale", "ole Kina", "ole Nkaissery", "ole Sapit", "ole Ntimama", "Parsapaet", "Tipatet",
                "Lemomo")),
    "jmc-TZ": (("Ndesamburo", "Eliaichi", "Neema", "Agrey", "Anande", "Mwanaidi", "Elitumaini", "Aikande"),
               ("Mushi", "Massawe", "Lyimo", "Shirima", "Kimaro", "Temba", "Mrema", "Swai", "Moshi")),
    "ts-ZA": (("Hlulani", "Nyiko", "Tsakani", "Ntsako", "Rhulani", "Tiyiselani", "Khensani", "Vutomi"),
              ("Baloyi", "Chauke", "Maluleke", "Mathebula", "Ngobeni", "Shivambu", "Hlungwani", "Mabunda")),
    "pt-MZ": (("Samora", "Graça", "Filipe", "Josina", "Armando", "Luísa", "Eduardo", "Alberto"),
              ("Machel", "Mondlane", "Chissano", "Guebuza", "Nyusi", "Dhlakama", "Simango", "Cossa", "Matsinhe")),
    "kmb-AO": (("Njinga", "Kiluanji", "Agostinho", "Ndunduma", "Tchizé", "Isabel", "Luaty", "Ngola"),
               ("Van-Dúnem", "Neto", "Lourenço", "Kassoma", "Mingas", "Dembo", "Kalunga", "Nandó", "Beirão")),
    "hz-NA": (("Uazuva", "Kaera", "Ueriuka", "Vetaruhe", "Katuutire", "Uatjiua", "Ngondi", "Kazeongere"),
              ("Kaura", "Maharero", "Kazenambo", "Kandjii", "Tjiriange", "Katjavivi", "Tjitendero", "Riruako")),
    "loz-ZM": (("Inonge", "Mubita", "Nawa", "Akabiwa", "Namakau", "Sililo", "Mwangala", "Liswaniso"),
               ("Lewanika", "Sitali", "Nalumango", "Mwiya", "Akashambatwa", "Mbikusita", "Imasiku", "Wina")),
    "kg-CG": (("Bernard", "Pascal", "Mabiala", "Nsona", "Ngoma", "Matondo", "Kiese", "Makiadi"),
              ("Kolélas", "Lissouba", "Massamba-Débat", "Malonga", "Nkounkou", "Bitsindou", "Mabiala", "Milongo")),
    "fan-GA": (("Nze", "Mintsa", "Ndong", "Obame", "Ella", "Mba", "Essono", "Okomo"),
               ("Obiang", "Nguema", "Mba Obame", "Ondo", "Nze Nguema", "Essono", "Mintsa", "Ebang")),
    "bbj-CM": (("Fotso", "Djeumo", "Kamga", "Nganou", "Tchoumi", "Fokou", "Kenmogne", "Ngassa"),
               ("Tchatchoua", "Kamdem", "Fotso", "Nganou", "Kenmogne", "Djeumo", "Tagne", "Tchuente", "Wafo")),
    "mwm-TD": (("Ngarta", "Nodjimbadem", "Djimadoum", "Mbaïlao", "Ndoubabé", "Remadji", "Mbainaissem", "Neloumsei"),
               ("Tombalbaye", "Yorongar", "Koumakoye", "Ngakoutou", "Kassiré", "Ngarlejy", "Allafi", "Djibrine")),
    "taq-NE": (("Rhissa", "Alghabass", "Iyad", "Aghaly", "Bilal", "Fadimata", "Tinhinan", "Dassine", "Mano"),
               ("ag Boula", "ag Intalla", "ag Ghaly", "ag Alambo", "ag Acherif", "Dayak", "Anacko", "ag Ewangaye")),
    "mey-MR": (("Mohamed", "Mariem", "Sidi", "Aminetou", "Ahmedou", "Khadijetou", "Brahim", "Vatimetou", "Cheikh",
                "Mekfoula"),
               ("Ould Daddah", "Ould Ghazouani", "Ould Bouamatou", "Ould Taya", "Ould Abdellahi", "Ould Lemrabott",
                "Ould Derwich", "Ould Bah")),
    "srr-SN": (("Ngor", "Waly", "Coumba", "Khady", "Yandé", "Maad", "Sira", "Diégane"),
               ("Senghor", "Diouf", "Faye", "Sène", "Ngom", "Sarr", "Dione", "Thiaw", "Tine")),
    "kpe-LR": (("Leymah", "Korto", "Tenneh", "Garmai", "Saye", "Sundaygar", "Flomo", "Kebeh"),
               ("Gbowee", "Flomo", "Kollie", "Kpadeh", "Zoegar", "Gbelee", "Kerkula", "Yarkpawolo")),
    "gaa-GH": (("Nii", "Naa", "Adjeley", "Tetteh", "Dedei", "Laryea", "Adoley", "Okaikoi", "Ashitey"),
               ("Quaye", "Lamptey", "Nortey", "Adjetey", "Ankrah", "Laryea", "Okine", "Armah", "Tetteh")),
    "efi-NG": (("Ekaette", "Uduak", "Aniekan", "Ememobong", "Nsikak", "Idongesit", "Mfon", "Imaobong"),
               ("Akpabio", "Essien", "Udoh", "Ekpo", "Bassey", "Etim", "Edet", "Inyang", "Okon")),
    "tiv-NG": (("Terkula", "Iorwuese", "Aondona", "Msughter", "Doosuur", "Mnena", "Ngodoo", "Terver"),
               ("Ortom", "Akume", "Iyorchia", "Suswam", "Tarka", "Gemade", "Aondoakaa", "Tyoden")),
    "bin-NG": (("Osaretin", "Efosa", "Osasu", "Nosakhare", "Ivie", "Eghosa", "Osazee", "Imuetinyan"),
               ("Osagie", "Igbinedion", "Obaseki", "Eweka", "Omoregie", "Ogiemwonyi", "Aghahowa", "Iyamu")),
    "nus-SS": (("Gatluak", "Nyakuoth", "Riek", "Nyachuol", "Koang", "Nyaruach", "Duop", "Gatwech"),
               ("Machar", "Gai", "Chuol", "Duop", "Gatkuoth", "Bol Ruach", "Lam", "Kuol Wal")),
    "mfe-MU": (("Navin", "Anerood", "Kavita", "Paul", "Ameenah", "Pravind", "Leela", "Xavier-Luc"),
               ("Ramgoolam", "Jugnauth", "Bérenger", "Duval", "Boolell", "Gurib-Fakim", "Seeruttun", "Bodha")),
    "rcf-RE": (("Jean-Claude", "Marie-Thérèse", "Didier", "Nathalie", "Fabrice", "Sabine", "Gilbert", "Lucette"),
               ("Payet", "Hoarau", "Grondin", "Técher", "Boyer", "Rivière", "Lebon", "Fontaine", "Turpin")),
    "crs-SC": (("Wavel", "Danny", "Jean-Paul", "Marie-Louise", "Ahmed", "Sylvette", "France-Albert", "Patrick"),
               ("Ramkalawan", "Faure", "Michel", "Hoareau", "Pillay", "Barbé", "Albert", "Payet-Labrosse")),
    "en-GY": (("Bharrat", "Vindhya", "Donald", "Indranie", "Ganesh", "Savitri", "Roopnarine", "Kamla"),
              ("Jagdeo", "Ramotar", "Persaud", "Ramroop", "Chandarpal", "Bisram", "Mangal", "Rohee", "Seeraj")),
    "jam-JM": (("Shelly-Ann", "Andrew", "Portia", "Delroy", "Marcia", "Omar", "Juliet", "Errol", "Yohan"),
               ("Fraser-Pryce", "Holness", "Simpson-Miller", "Manley", "Bolt", "Campbell", "Seaga", "Blake")),
}  # fmt: skip

# Given names whose bearers take the daughter's particle ("Mint", "welet") rather than the son's.
DAUGHTERS = {"mey-MR": ("Ould ", "Mint ", {"Mariem", "Aminetou", "Khadijetou", "Vatimetou", "Mekfoula"}),
             "taq-NE": ("ag ", "welet ", {"Fadimata", "Tinhinan", "Dassine"})}  # fmt: skip
SURNAME_FIRST = ("cjm-VN", "ryu-JP", "xal-RU")

# Streets, (city, postcode shape) and the country's order: {s} street, {n} number, {c} city, {p} postcode,
# {f} flat or unit; "|" marks where a two-line rendering breaks.
STREETS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]] = {
    "US": (("Lee Avenue", "Penn Street", "Old Philadelphia Pike", "Bayou Teche Road", "Division Avenue",
            "Jefferson Street"), (("Brooklyn, NY", "112##"), ("Lancaster, PA", "176##"), ("Breaux Bridge, LA", "70517"),
            ("Intercourse, PA", "17534")), "{n} {s}, Apt {f}|{c} {p}"),
    "GB": (("Victoria Street", "Albert Street", "Bridge Street", "Junction Road"), (("Kirkwall", "KW15 1##"),
           ("Stromness", "KW16 3##")), "{n} {s}|{c}|{p}"),
    "GI": (("Main Street", "Irish Town", "Governor's Street", "Line Wall Road"), (("Gibraltar", "GX11 1AA"),),
           "Flat {f}, {n} {s}|{p} {c}"),
    "MC": (("Boulevard des Moulins", "Rue Grimaldi", "Avenue de la Costa", "Rue Comte Félix Gastaldi"),
           (("Monaco", "98000"), ("Monte-Carlo", "98000")), "{n} {s}|MC {p} {c}"),
    "SM": (("Via del Serrone", "Contrada del Collegio", "Via 28 Luglio", "Strada Genghe di Atto"),
           (("Borgo Maggiore", "47893"), ("Serravalle", "47899"), ("Città di San Marino", "47890")), "{s} {n}|{p} {c} (RSM)"),
    "ES": (("Calle del Coso", "Calle Mayor", "Avenida de Ordesa", "Plaza de la Catedral"), (("Jaca", "22700"),
           ("Huesca", "2200#"), ("Boltaña", "22340")), "{s}, {n}, {f}º|{p} {c}"),
    "RU": (("ulitsa Kochetova", "ulitsa Lenina", "ulitsa Gamzatova", "prospekt Imama Shamilya", "ulitsa Kabardinskaya",
            "ulitsa Pushkina"), (("Kyzyl", "6670##"), ("Elista", "3580##"), ("Makhachkala", "3670##"),
            ("Nalchik", "3600##")), "{s}, d. {n}, kv. {f}|{c}, {p}"),
    "GE": (("prospekt Mira", "ulitsa Lakoba", "ulitsa Ardzinba", "Naberezhnaya Makhadzhirov"), (("Sukhum", "3840##"),
           ("Gudauta", "3845##")), "{s}, {n}|{c} {p}"),
    "PK": (("Jinnah Road", "Zarghoon Road", "Spinny Road", "Prince Road"), (("Quetta", "87300"), ("Turbat", "92600"),
           ("Gwadar", "91200")), "House No. {n}, {s}|{c} {p}"),
    "IN": (("Residency Road", "Hampton Court Road", "Bejai Main Road", "Police Bazar Road", "Zarkawt Main Road",
            "Station Road"), (("Srinagar", "1900##"), ("Mangaluru", "5750##"), ("Shillong", "7930##"),
            ("Aizawl", "7960##"), ("Darbhanga", "8460##"), ("Dumka", "814101")), "{n}, {s}|{c} - {p}"),
    "NP": (("Asan Tole", "Indra Chowk", "Thamel Marg", "Khumbu Lodge Road"), (("Kathmandu", "44600"),
           ("Lalitpur", "44700"), ("Namche Bazaar", "56000")), "Ward {f}, {s} {n}|{c} {p}"),
    "BD": (("Banarupa Road", "Kalindipur Road", "Tabalchhari Road"), (("Rangamati", "4500"), ("Khagrachhari", "4400")),
           "House {n}, {s}|{c} {p}"),
    "MM": (("Bogyoke Road", "Thiri Mingalar Street", "Nam Kham Road"), (("Taunggyi", "06011"), ("Lashio", "06301")),
           "No. {n}, {s}|{c} {p}"),
    "VN": (("Đường Thống Nhất", "Đường 16 Tháng 4", "Đường Trần Hưng Đạo"), (("Phan Rang-Tháp Chàm", "59000"),
           ("Phan Thiết", "77000")), "{n} {s}|{c} {p}"),
    "ID": (("Jalan Sisingamangaraja", "Jalan Diponegoro", "Jalan Sudirman", "Jalan Bagindo Aziz Chan"),
           (("Balige", "22312"), ("Medan", "201##"), ("Padang", "251##"), ("Bukittinggi", "261##")),
           "{s} No. {n}|{c} {p}"),
    "MY": (("Jalan Padungan", "Jalan Tun Abang Haji Openg", "Jalan Masjid"), (("Kuching", "93###"),
           ("Sibu", "96000"), ("Kapit", "96800")), "No. {n}, {s}|{p} {c}, Sarawak"),
    "JP": (("Kokusai-dori", "Makishi", "Asato", "Heiwa-dori"), (("Naha-shi, Okinawa", "900-00##"),
           ("Ginowan-shi, Okinawa", "901-22##")), "〒{p} {c}|{s} {n}-{f}"),
    "MO": (("Avenida de Almeida Ribeiro", "Rua do Campo", "Travessa da Paixão", "Rua de Santa Clara"),
           (("Macau", "Sé"), ("Taipa", "Nossa Senhora do Carmo")), "{s} n.º {n}, {f}.º andar|{c} ({p})"),
    "LK": (("Galle Road", "Ward Place", "Lighthouse Street", "Hospital Street"), (("Colombo 7", "00700"),
           ("Galle", "80000"), ("Dehiwala", "10350")), "{n}, {s}|{c} {p}"),
    "NR": (("Meneng Road", "Aiwo District Road", "Yaren Ring Road"), (("Yaren District", "Nauru"),
           ("Aiwo District", "Nauru")), "Lot {n}, {s}|{c}, {p}"),
    "SB": (("Mendana Avenue", "Hibiscus Avenue", "Kukum Highway"), (("Honiara", "Guadalcanal"),
           ("Auki", "Malaita")), "Lot {n}, {s}|{c}, {p}"),
    "FM": (("Nepukos Road", "Kolonia Main Road", "Kaselehlie Street"), (("Weno, Chuuk", "FM 96942"),
           ("Kolonia, Pohnpei", "FM 96941")), "House {n}, {s}|{c} {p}"),
    "NC": (("Rue de Sébastopol", "Avenue du Maréchal Foch", "Rue Jean Jaurès", "Route de Wé"), (("Nouméa", "988##"),
           ("Wé, Lifou", "98820"), ("Koné", "98860")), "{n} {s}|{p} {c}"),
    "WF": (("Route de Hihifo", "Route de Liku", "Route de Mata-Utu"), (("Mata-Utu", "98600"), ("Leava", "98620")),
           "{n} {s}|{p} {c}"),
    "NU": (("Alofi Main Road", "Tapeu Road", "Fonuakula Road"), (("Alofi", "Niue"),), "Lot {n}, {s}|{c}, {p}"),
    "AU": (("Galupa Road", "Yirrkala Road", "Douglas Street", "Victoria Parade"), (("Nhulunbuy NT", "0880"),
           ("Thursday Island QLD", "4875"), ("Darwin NT", "08##")), "Unit {f}, {n} {s}|{c} {p}"),
    "CO": (("Calle 2", "Carrera 7", "Calle 14", "Avenida La Marina"), (("Riohacha, La Guajira", "4400##"),
           ("Uribia, La Guajira", "446001")), "{s} # {n}-{f}|{c} {p}"),
    "CL": (("Avenida Atamu Tekena", "Calle Te Pito o te Henua", "Avenida Policarpo Toro"), (("Hanga Roa", "2770000"),),
           "{s} {n}|{p} {c}, Rapa Nui"),
    "BO": (("Calle Colonia Riva Palacios", "Avenida Banzer", "Calle Warnes"), (("Santa Cruz de la Sierra", "0000"),
           ("Pailón", "0000")), "{s} Nro. {n}|{c}"),
    "CA": (("Maillard Street", "Membertou Street", "Shore Road", "Church Street"), (("Sydney, NS", "B1S #A#"),
           ("Eskasoni, NS", "B1W #A#")), "{n} {s}|{c} {p}"),
    "TZ": (("Boma Road", "Kibo Road", "Sokoine Road", "Old Moshi Road"), (("Moshi", "25###"), ("Arusha", "23###"),
           ("Monduli", "23###")), "Plot {n}, {s}|P.O. Box {f}, {c} {p}"),
    "ZA": (("Hospital Street", "Maluleke Road", "Giyani Main Road"), (("Giyani", "0826"), ("Tzaneen", "0850")),
           "{n} {s}|{c} {p}"),
    "MZ": (("Avenida Julius Nyerere", "Avenida 24 de Julho", "Rua da Resistência", "Avenida Eduardo Mondlane"),
           (("Maputo", "11##"), ("Xai-Xai", "12##"), ("Beira", "21##")), "{s}, n.º {n}, {f}.º andar|{p} {c}"),
    "AO": (("Rua Rainha Ginga", "Avenida 4 de Fevereiro", "Rua Major Kanhangulo", "Rua Amílcar Cabral"),
           (("Luanda", "Ingombota"), ("Malanje", "Maxinde")), "{s} n.º {n}|Bairro {p}, {c}"),
    "NA": (("Hosea Kutako Street", "Clemens Kapuuo Street", "Sam Nujoma Drive"), (("Okahandja", "9000"),
           ("Gobabis", "9000")), "Erf {n}, {s}|{c} {p}"),
    "ZM": (("Lewanika Road", "Mulambwa Road", "Independence Avenue"), (("Mongu", "10101"), ("Kaoma", "10101")),
           "Plot {n}, {s}|{c} {p}"),
    "CG": (("Avenue Matsoua", "Rue Mbaka", "Avenue de la Paix"), (("Brazzaville", "Bacongo"),
           ("Kinkala", "Pool")), "{n}, {s}|{p}, {c}"),
    "GA": (("Boulevard Triomphal", "Rue Ange Mba", "Avenue de Cointet"), (("Libreville", "BP ####"),
           ("Oyem", "BP ###")), "{n}, {s}|{p} {c}"),
    "CM": (("Rue de l'Hôpital", "Avenue Wanko", "Rue Foréké"), (("Bafoussam", "BP ###"), ("Dschang", "BP ##"),
           ("Douala", "BP ####")), "{n} {s}|{p} {c}"),
    "TD": (("Avenue Charles de Gaulle", "Rue de Moundou", "Avenue Mobutu"), (("N'Djamena", "BP ####"),
           ("Moundou", "BP ###"), ("Sarh", "BP ##")), "{n}, {s}|{p} {c}"),
    "NE": (("Boulevard de l'Azawagh", "Rue de la Grande Mosquée", "Route de Tahoua"), (("Agadez", "BP ###"),
           ("Niamey", "BP ####")), "{n} {s}|{p} {c}"),
    "MR": (("Avenue Gamal Abdel Nasser", "Rue de l'Espoir", "Avenue Kennedy"), (("Nouakchott", "BP ####"),
           ("Atar", "BP ###")), "Îlot {f}, lot {n}, {s}|{p} {c}"),
    "SN": (("Rue de Joal", "Avenue Léopold Sédar Senghor", "Route de Fatick"), (("Fatick", "BP ##"),
           ("Joal-Fadiouth", "BP ###"), ("Kaolack", "BP ###")), "{n} {s}|{p} {c}"),
    "LR": (("Broad Street", "Tubman Boulevard", "Gbarnga Road"), (("Monrovia", "1000"), ("Gbarnga", "1200")),
           "{n} {s}|{c} {p}"),
    "GH": (("High Street", "Kinbu Road", "Accra-Tema Beach Road"), (("Accra", "GA-###-####"),
           ("Teshie", "GT-###-####")), "{n} {s}|{c} {p}"),
    "NG": (("Calabar Road", "Ikot Ekpene Road", "Ahmadu Bello Way", "Akpakpava Road", "Sapele Road"),
           (("Calabar", "5400##"), ("Uyo", "5200##"), ("Makurdi", "9702##"), ("Benin City", "3001##")),
           "{n} {s}|{c} {p}"),
    "SS": (("Malakal Road", "Nasir Road", "Bentiu Road"), (("Malakal", "Upper Nile"), ("Bentiu", "Unity")),
           "Plot {n}, {s}|{c}, {p}"),
    "MU": (("Royal Road", "Rue Desforges", "Avenue Jenner"), (("Port Louis", "11###"), ("Curepipe", "74###"),
           ("Quatre Bornes", "72###")), "{n} {s}|{c} {p}"),
    "RE": (("Rue de Paris", "Rue Juliette Dodu", "Chemin des Barrières", "Rue du Général de Gaulle"),
           (("Saint-Denis", "974##"), ("Saint-Pierre", "97410"), ("Le Tampon", "97430")), "{n} {s}|{p} {c}"),
    "SC": (("Francis Rachel Street", "Albert Street", "Revolution Avenue"), (("Victoria, Mahé", "Seychelles"),
           ("Baie Sainte Anne, Praslin", "Seychelles")), "{n} {s}|{c}, {p}"),
    "GY": (("Regent Street", "Lamaha Street", "Public Road"), (("Georgetown", "Demerara-Mahaica"),
           ("Rose Hall", "Berbice")), "Lot {n}, {s}|{c}, {p}"),
    "JM": (("Hope Road", "Constant Spring Road", "Gloucester Avenue"), (("Kingston 6", "JMAAW##"),
           ("Montego Bay", "JMCJM##")), "{n} {s}|{c} {p}"),
}  # fmt: skip

IBAN_BBAN: dict[str, str] = {
    "GB": "4a14n", "GI": "4a15c", "MC": "10n11c2n", "SM": "1a10n12c", "ES": "20n", "RU": "14n15c", "GE": "2a16n",
    "PK": "4a16c", "MR": "23n", "MU": "4a19n3a", "SC": "4a20n3a", "FR": "10n11c2n", "PT": "21n", "LB": "4n20c",
    "BH": "4a14c", "KW": "4a22c", "JO": "4a4n18c", "IL": "19n", "GR": "7n16c", "CY": "8n16c", "HR": "17n",
    "LT": "16n", "LV": "4a13c", "EE": "16n", "HU": "24n", "CZ": "20n", "BG": "4a6n8c", "RS": "18n", "ME": "18n",
    "MK": "3n10c2n", "AL": "8n16c", "BA": "16n", "SI": "15n", "LU": "3n13c", "LI": "5n12c", "IS": "22n",
    "VA": "18n", "TL": "19n", "ST": "21n", "LY": "21n", "SD": "14n", "BY": "4c4n16c", "NI": "4a20n",
    "DO": "4c20n", "CR": "18n", "VG": "4a16n", "TN": "20n", "FO": "14n", "GL": "14n", "XK": "16n",
}  # fmt: skip
# Where a country's banks write IBANs of another registry country (French overseas departments and territories use FR).
IBAN_HOME = {"RE": "FR", "NC": "FR", "WF": "FR", "MO": "PT", "AO": "PT", "MZ": "PT", "CV": "PT"}
BANK_CODES = ("OKNB", "KWFS", "GIBB", "NWBK", "CFMO", "BPPB", "CSSM", "ICSM", "BSAB", "IBRC", "TUVB", "KALM",
              "DAGB", "NALC", "ABKH", "BLCH", "JAKA", "KARB", "BIHR", "NABL", "SHNB", "VCBV", "BBRI", "BNIN",
              "MBBE", "BOJP", "BNUM", "HNBA", "BONR", "BSIB", "FMDB", "BCIN", "SGWF", "ANZB", "CBAA", "BBVA",
              "BNBL", "BNSC", "CRDB", "NMIB", "SBZA", "BIMO", "BAIP", "NAMB", "ZNCO", "BGFI", "AFRI", "SGCM",
              "ECOC", "BMMR", "BICI", "LIBR", "GHCB", "FBNI", "UNAF", "KCBL", "MCBL", "BFCO", "NOVB", "DEMB",
              "JNCB")  # fmt: skip

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
}  # fmt: skip
MONTHS = {k: tuple(v.split()) for k, v in _MONTHS.items()}
EMAIL_DOMAINS = ("verizon.net", "ptd.net", "cox.net", "orkney.com", "gibtelecom.net", "monaco.mc", "omniway.sm",
                 "aragon.es", "mail.ru", "rambler.ru", "yandex.ru", "ptcl.net.pk", "rediffmail.com", "wlink.com.np",
                 "gmail.com", "yahoo.co.in", "telkom.net", "streamyx.com", "ryukyu.ne.jp", "macau.ctm.net",
                 "sltnet.lk", "cenpac.net.nr", "solomon.com.sb", "mail.fm", "lagoon.nc", "mail.wf", "niue.nu",
                 "bigpond.com", "une.net.co", "entelchile.net", "cotas.com.bo", "eastlink.ca", "habari.co.tz",
                 "telkomsa.net", "tvcabo.co.mz", "ebonet.net", "iway.na", "zamtel.zm", "congonet.cg", "inet.ga",
                 "camnet.cm", "intnet.td", "intnet.ne", "mauritel.mr", "orange.sn", "libtelco.com.lr",
                 "ghana.com", "nitel.ng", "intnet.mu", "wanadoo.fr", "seychelles.sc", "networksgy.com",
                 "cwjamaica.com", "outlook.com", "proton.me", "hotmail.com")  # fmt: skip
SPECIAL = str.maketrans({"ł": "l", "ø": "o", "ı": "i", "ß": "ss", "ë": "e", "'": "", "ñ": "n", "ô": "o",
                         "ò": "o", "ŋ": "ng", "ž": "z", "š": "s", "ç": "c", "ä": "a", "â": "a", "đ": "d",
                         "ö": "o", "ü": "u", "ō": "o", "ū": "u"})  # fmt: skip


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
        if loc in DAUGHTERS and g in DAUGHTERS[loc][2]:
            son, daughter, _ = DAUGHTERS[loc]
            f = f.replace(son, daughter)
        native = _native(g + f)
        if native and not g.isascii() and any("\u3000" <= c <= "\u9fff" for c in g + f):
            return g, f, f"{f}{g}" if self.r.random() < 0.5 else f"{f} {g}"  # kanji: family name first
        if loc in SURNAME_FIRST and self.r.random() < 0.4:
            return g, f, f"{f} {g}" if self.r.random() < 0.6 else f"{f.upper()} {g}"
        x = self.r.random()
        if x < 0.13:
            written = f"{f.upper()} {g}" if not native else f"{f} {g}"
        elif x < 0.27:
            written = f"{f}, {g}"
        elif x < 0.37 and not native:
            written = f"{g[0]}. {f}"
        elif x < 0.44 and not native:
            second = self.r.choice([x for x in given if _native(x) == _native(g)])
            written = f"{g} {second[0]}. {f}"
        elif x < 0.5:
            other = self.r.choice([x for x in same or family if x != f] or [f])
            written = f"{g} {f}-{other}" if "-" not in f and " " not in f and other != f else f"{g} {f}"
        else:
            written = f"{g} {f}"
        y = self.r.random()
        if y < 0.08:
            written = written.upper()
        elif y < 0.16:
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
            self.r.choice(["GB", "FR", "PT", "US", "AU", "ZA", "IN", "CA", "DE", "JP", "NZ", "AE"])
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
            [("4", 16), ("4", 13), ("4", 19), ("52", 16), ("54", 16), ("2720", 16), ("34", 15), ("37", 15),
             ("6011", 16), ("65", 16), ("3530", 16), ("3566", 19), ("38", 14), ("305", 14), ("6763", 12),
             ("6771", 18), ("5020", 15), ("6304", 13), ("62", 17), ("6212", 19), ("2204", 16), ("9860", 16),
             ("6062", 16), ("4", 18), ("5038", 12), ("58", 17)]
        )  # fmt: skip
        body = prefix + self.digits(length - len(prefix) - 1)
        digits = body + luhn_digit(body)
        groups = {
            12: [(4, 4, 4), (3, 3, 3, 3), (6, 6)],
            13: [(4, 4, 5), (3, 5, 5), (4, 3, 3, 3)],
            14: [(4, 6, 4), (4, 4, 4, 2), (2, 4, 4, 4)],
            15: [(4, 6, 5), (5, 5, 5), (3, 4, 4, 4)],
            16: [(4, 4, 4, 4), (4, 4, 4, 4), (4, 4, 4, 4), (8, 8), (2, 4, 4, 6), (4, 4, 8)],
            17: [(4, 4, 4, 5), (4, 5, 4, 4), (5, 6, 6)],
            18: [(4, 4, 4, 4, 2), (6, 6, 6), (3, 5, 5, 5)],
            19: [(4, 4, 4, 4, 3), (6, 13), (3, 4, 4, 4, 4), (4, 5, 5, 5)],
        }[length]
        sep = self.r.choice([" ", " ", "-", "", " ", "-", " - ", ".", " "])
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
                ("New York", "### ### ###"),
                ("Pennsylvania", "## ### ###"),
                ("Louisiana", "#########"),
                ("Ohio", "AA######"),
                ("Florida", "A###-###-##-###-#"),
                ("Illinois", "A###-####-####"),
                ("Wisconsin", "A###-####-####-##"),
                ("Minnesota", "A############"),
                ("Maryland", "A-###-###-###-###"),
            ],
            "GB": [("DVLA", "AAAAA######AA#AA")],
            "GI": [("Gibraltar Driver and Vehicle Licensing", "G######")],
            "ES": [("DGT", "########A")],
            "SM": [("Ufficio Registro Automezzi", "RSM ######")],
            "RU": [("ГИБДД", "## ## ######"), ("Госавтоинспекция", "##AA ######")],
            "IN": [
                ("RTO Srinagar", "JK01 ###########"),
                ("RTO Mangaluru", "KA19 ###########"),
                ("DTO Shillong", "ML05 ###########"),
            ],
            "NP": [("DoTM", "##-##-########")],
            "ID": [("Polda Sumut", "####-####-######")],
            "MY": [("JPJ", "############")],
            "JP": [("沖縄県公安委員会", "9#########00")],
            "AU": [("NT MVR", "#######"), ("Queensland TMR", "#########")],
            "CA": [("Nova Scotia RMV", "AAAAA#########")],
            "CO": [("RUNT", "##########")],
            "CL": [("Municipalidad de Isla de Pascua", "##.###.###-#")],
            "ZA": [("DLTC Giyani", "############AA")],
            "NG": [("FRSC", "AAA#####AA##")],
            "JM": [("Tax Administration Jamaica", "#########")],
            "GH": [("DVLA Ghana", "A########")],
            "MU": [("Traffic Branch", "A##########")],
        }.get(c, [(f"{c} licensing office", "AA ######")])
        issuer, pattern = self.r.choice(forms)
        return issuer, self.shape(pattern, string.ascii_uppercase)

    def dob(self, child: bool = False) -> str:
        y, m, d = (
            self.r.randint(2009, 2020) if child else self.r.randint(1936, 2006),
            self.r.randint(1, 12),
            self.r.randint(1, 28),
        )
        c, lang = self.loc.country, self.loc.words
        names = MONTHS[lang]
        forms = [f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS['en'][m - 1][:3]} {y}",
                 f"{m:02d}/{d:02d}/{y}" if c in ("US", "FM") else f"{d:02d}/{m:02d}/{y}", f"{y}/{m:02d}/{d:02d}",
                 f"{d:02d}-{m:02d}-{y}"]  # fmt: skip
        if lang == "ja":
            forms += [f"{y}年{m}月{d}日"] * 3
        else:
            forms += [f"{d} {names[m - 1]} {y}"] * 2
        if c in ("US", "FM", "NR", "LR"):
            forms.append(f"{MONTHS['en'][m - 1]} {d}, {y}")
        if c == "US":
            forms.append(f"{m}/{d}/{y}")
        if lang in ("es", "pt"):
            forms.append(f"{d} de {names[m - 1]} de {y}")
        if lang == "ru":
            forms.append(f"{d} {names[m - 1]} {y} г.")
        return self.r.choice(forms)

    def dob_compact(self) -> str:
        """A birth date as DICOM and EDIFACT carry it: YYYYMMDD."""
        return f"{self.r.randint(1936, 2006)}{self.r.randint(1, 12):02d}{self.r.randint(1, 28):02d}"

    def mrn(self) -> str:
        pattern = self.r.choice(
            ["MR-#######", "#######-#", "AA######", "H#########", "PID########", "##-##-####", "RN ### ###",
             "A/######/##", "####.####", "UHID########", "N#######A", "AA-####-###"]
        )  # fmt: skip
        return self.shape(pattern, "ABCDEFGHKLMNPRSTVWXY")
