"""Personal values of the seventh holdout PII set (tools/pii_holdout7_set.py), composed from public knowledge.

Names: hand-written lists of real given names and surnames, none drawn from Faker or Mimesis: Indonesian single
names, Ethiopian given name + father's name (Latin and Ge'ez script), Yoruba and Igbo (with tone marks), Tamil,
Telugu and Punjabi, Vietnamese, Filipino, Maori, Samoan, Quechua and Aymara, Mongolian (Latin and Cyrillic),
Kazakh, Georgian and Armenian (Latin and native script), Basque, Welsh, Irish Gaelic, Breton, Sami, Frisian,
Maltese, Romansh, Turkish, Greek, Japanese and Korean (native script), Brazilian and Mexican; written as
"Given Surname", "SURNAME Given", "Surname, Given", with initials, particles, patronymics and hyphenated
surnames, in ALL CAPS or lower case now and then. Street lines: hand-written street names and cities in each
country's address order. Phones: the `phonenumbers` library's example numbers with their subscriber digits
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
    words: str  # language of the document's form labels (en, de, cy, ja, ...)


LOCALES: dict[str, Loc] = {
    "en-US": Loc("US", "en"), "en-GB": Loc("GB", "en"), "cy-GB": Loc("GB", "cy"), "ga-IE": Loc("IE", "ga"),
    "br-FR": Loc("FR", "fr"), "eu-ES": Loc("ES", "es"), "fy-NL": Loc("NL", "nl"), "rm-CH": Loc("CH", "de"),
    "mt-MT": Loc("MT", "mt"), "se-NO": Loc("NO", "no"), "se-FI": Loc("FI", "fi"), "sv-SE": Loc("SE", "sv"),
    "de-AT": Loc("AT", "de"), "de-DE": Loc("DE", "de"), "it-IT": Loc("IT", "it"), "pt-PT": Loc("PT", "pt"),
    "pl-PL": Loc("PL", "pl"), "el-GR": Loc("GR", "el"), "tr-TR": Loc("TR", "tr"), "ka-GE": Loc("GE", "en"),
    "hy-AM": Loc("AM", "en"), "kk-KZ": Loc("KZ", "en"), "mn-MN": Loc("MN", "en"), "ta-IN": Loc("IN", "en"),
    "te-IN": Loc("IN", "en"), "pa-IN": Loc("IN", "en"), "ta-LK": Loc("LK", "en"), "vi-VN": Loc("VN", "vi"),
    "tl-PH": Loc("PH", "en"), "id-ID": Loc("ID", "id"), "ja-JP": Loc("JP", "ja"), "ko-KR": Loc("KR", "ko"),
    "mi-NZ": Loc("NZ", "en"), "sm-WS": Loc("WS", "en"), "en-AU": Loc("AU", "en"), "am-ET": Loc("ET", "en"),
    "yo-NG": Loc("NG", "en"), "ig-NG": Loc("NG", "en"), "en-ZA": Loc("ZA", "en"), "qu-PE": Loc("PE", "es"),
    "ay-BO": Loc("BO", "es"), "es-MX": Loc("MX", "es"), "pt-BR": Loc("BR", "pt"), "fr-CA": Loc("CA", "fr"),
    "ar-AE": Loc("AE", "en"),
}  # fmt: skip

# Real given names and surnames by locale; "-" as the surname list means single names (Indonesian).
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en-US": (("Latoya", "DeShawn", "Kaitlyn", "Tyrone", "Brianna", "Marisol", "Dakota", "Jaylen", "Shonda",
               "Cody", "Yesenia", "Trevon"),
              ("Washington", "Nakamura", "Oyelaran", "Castellanos", "Kowalczyk", "Yazzie", "Begay", "Thibodeaux",
               "Fitzgerald", "Abernathy", "Nguyen-Tran", "Runningwater")),
    "en-GB": (("Siobhan", "Callum", "Priti", "Alfie", "Imogen", "Oluwatobi", "Harriet", "Kieran"),
              ("Featherstonehaugh", "Ashworth", "Mistry", "Blenkinsop", "Okoro", "Pennington", "Whitlock", "Rahman")),
    "cy-GB": (("Rhodri", "Gwenllian", "Dafydd", "Angharad", "Iolo", "Ffion", "Gruffudd", "Nia", "Llŷr", "Eluned"),
              ("ap Rhys", "Llewelyn", "Pritchard", "Gwynfor", "Bowen", "ab Owain", "Vaughan", "Prosser")),
    "ga-IE": (("Aoife", "Donnchadh", "Saoirse", "Tadhg", "Niamh", "Caoimhín", "Gráinne", "Ruairí", "Síle", "Pádraig"),
              ("Ó Súilleabháin", "Nic Giolla Phádraig", "Mac Carthaigh", "Ní Bhriain", "Ó Dónaill", "Breathnach",
               "de Búrca", "Ó Conchúir")),
    "br-FR": (("Gwenaëlle", "Yannick", "Maiwenn", "Erwan", "Soazig", "Tanguy", "Nolwenn", "Goulven", "Rozenn"),
              ("Le Gall", "Kerjean", "Le Bihan", "Quéméner", "Le Goff", "Tanguy-Prigent", "Caradec", "Le Moal")),
    "eu-ES": (("Iñaki", "Amaia", "Aitor", "Nerea", "Gorka", "Itziar", "Joseba", "Leire", "Unai", "Maialen"),
              ("Etxeberria", "Goikoetxea", "Urrutia Agirre", "Arrizabalaga", "Iturbide", "Zubizarreta",
               "Olaizola", "de Goñi")),
    "fy-NL": (("Sjoerd", "Tsjitske", "Wybren", "Anneke", "Jelle", "Baukje", "Hidde", "Sytske"),
              ("Hoekstra", "Dijkstra", "van der Meulen", "Wiersma", "de Vries-Bosma", "Terpstra", "Zijlstra",
               "Postma")),
    "rm-CH": (("Men", "Gion", "Ursina", "Flurin", "Mierta", "Jachen", "Annetta", "Linard"),
              ("Caflisch", "Cadruvi", "Vieli", "Tscharner", "Bezzola", "Janett", "Camenisch", "Arquint")),
    "mt-MT": (("Ġorġ", "Marija", "Ċensu", "Rożanne", "Kurt", "Charmaine", "Ġużeppi", "Doreen"),
              ("Borg", "Camilleri", "Vella", "Farrugia", "Xuereb", "Żammit", "Micallef", "Grech")),
    "se-NO": (("Máret", "Ánde", "Biret", "Niillas", "Sunná", "Joret", "Elle", "Ovllá"),
              ("Gaup", "Somby", "Eira", "Sara", "Hætta", "Balto", "Buljo", "Utsi")),
    "se-FI": (("Áilu", "Inga", "Niillas", "Kirste", "Heikki", "Aili"),
              ("Valkeapää", "Aikio", "Näkkäläjärvi", "Magga", "Lukkari", "Guttorm")),
    "sv-SE": (("Åsa", "Björn", "Maj-Britt", "Sune", "Ylva", "Torbjörn"),
              ("Kuoljok", "Lindqvist", "Åhlund", "Päiviö", "Ekström-Nilsson", "Blind")),
    "de-AT": (("Leopold", "Theresia", "Florian", "Veronika", "Quirin", "Notburga"),
              ("Pichler", "Hörmandinger", "Moser", "Ebenbichler", "Gruber-Steinkellner", "Wallner")),
    "de-DE": (("Hannelore", "Jörg", "Wiebke", "Ole", "Gundula", "Malte", "Sophie-Charlotte", "Jannik"),
              ("Schmidt-Rottluff", "Oberländer", "Kühnert", "von Bülow", "Petersen", "Jankowski")),
    "it-IT": (("Gianluca", "Mariangela", "Ottavio", "Benedetta", "Salvatore", "Ilaria"),
              ("Lo Presti", "D'Ambrosio", "Pellegrino", "De Santis", "Cannavò", "Ferrante")),
    "pt-PT": (("Gonçalo", "Inês", "Rui", "Leonor", "Tiago", "Margarida"),
              ("Vasconcelos", "dos Santos Rebelo", "Magalhães", "Quaresma", "Teixeira da Silva", "Brandão")),
    "pl-PL": (("Grzegorz", "Małgorzata", "Wojciech", "Agnieszka", "Przemysław", "Żaneta"),
              ("Wróblewski", "Szczepańska", "Brzęczyszczykiewicz", "Kaczmarek", "Nowak-Jeziorańska", "Pietrzyk")),
    "el-GR": (("Γεώργιος", "Παρασκευή", "Δημήτριος", "Ευαγγελία", "Spyridon", "Eleftheria"),
              ("Παπαδόπουλος", "Κωνσταντινίδου", "Οικονόμου", "Tsakalidis", "Karamanlaki", "Χατζηγεωργίου")),
    "tr-TR": (("Şükrü", "Gülşen", "Çağatay", "Özlem", "İbrahim", "Büşra"),
              ("Yıldırım", "Öztürk", "Çelikkaya", "Karaağaç", "Şahin", "Doğanay")),
    "ka-GE": (("Nino", "Giorgi", "Tamar", "Levan", "ნინო", "გიორგი", "Ketevan", "Zurab"),
              ("Beridze", "Kapanadze", "Gelashvili", "Tsereteli", "ბერიძე", "მაისურაძე", "Jorjadze", "Lomidze")),
    "hy-AM": (("Anahit", "Tigran", "Lusine", "Armen", "Անի", "Դավիթ", "Narine", "Hovhannes"),
              ("Petrosyan", "Hakobyan", "Grigoryan", "Sargsyan", "Մկրտչյան", "Ավետիսյան", "Ter-Petrosyan",
               "Vardanyan")),
    "kk-KZ": (("Aigerim", "Nurlan", "Dinara", "Yerlan", "Айгүл", "Ерболат", "Zhanar", "Daulet"),
              ("Nurpeisova", "Abenov", "Seitkali", "Zhaksylykov", "Тоқаев", "Бекмұхамбетова", "Omarova", "Kenzhebek")),
    "mn-MN": (("Bat-Erdene", "Oyunchimeg", "Ganbaatar", "Enkhjargal", "Батболд", "Сарангэрэл", "Tömörbaatar"),
              ("Dorj", "Tsogtbaatar", "Sükhbaatar", "Enkhbayar", "Ганболд", "Баярсайхан", "Altangerel")),
    "ta-IN": (("Kalaiselvi", "Murugan", "Thenmozhi", "Senthil", "Valli", "Ilango", "Kanimozhi", "Saravanan"),
              ("Subramaniam", "Annamalai", "Kandasamy", "Palanisamy", "Arumugam", "Ramalingam", "Sundaram")),
    "te-IN": (("Venkata Lakshmi", "Srinivasa Rao", "Padmaja", "Chiranjeevi", "Sravani", "Nagarjuna"),
              ("Yarlagadda", "Kommineni", "Gollapudi", "Nandamuri", "Bhimavarapu", "Akkineni")),
    "pa-IN": (("Harjinder", "Manpreet", "Gurdeep", "Simranjeet", "Jaswinder", "Navneet"),
              ("Kaur Dhillon", "Singh Sidhu", "Grewal", "Brar", "Sandhawalia", "Randhawa")),
    "ta-LK": (("Tharshini", "Kajendran", "Mathivathani", "Pirapakaran", "Nirosha", "Sivakumar"),
              ("Thevarajah", "Jeyaseelan", "Ponnambalam", "Kanagaratnam", "Vigneswaran", "Selvanayagam")),
    "vi-VN": (("Nguyệt", "Khánh", "Phương Anh", "Hải", "Thu Trang", "Bảo"),
              ("Trịnh", "Huỳnh", "Dương", "Phan", "Lý", "Ngô")),
    "tl-PH": (("Rodelio", "Marites", "Bongbong", "Lorna", "Jhunnel", "Analyn", "Efren", "Rowena"),
              ("Dimagiba", "Macapagal", "Tolentino", "Panganiban", "de Guzman", "Lacson", "Mangubat")),
    "id-ID": (("Sukarno", "Wiranto", "Sudarsono", "Suharti", "Mulyani", "Sutrisno", "Tukiyem", "Paijo",
               "Rusdi", "Sumarni", "Darmawan", "Kartini"), ("-",)),
    "ja-JP": (("陽菜", "蓮", "美咲", "大翔", "Haruto", "Yui"), ("佐々木", "高橋", "渡辺", "Kobayashi", "Yamaguchi", "伊藤")),
    "ko-KR": (("지우", "민준", "서연", "Seo-yeon", "Ji-hoon"), ("김", "박", "최", "Jeong", "Hwang", "남궁")),
    "mi-NZ": (("Wiremu", "Aroha", "Tamati", "Mereana", "Hēmi", "Ngaio", "Rāwiri", "Kahurangi"),
              ("Te Whata", "Ngata", "Parata", "Tūhoe-Ranginui", "Walker", "Te Rangi", "Pōmare", "Tipene")),
    "sm-WS": (("Sione", "Lagi", "Tavita", "Fetu", "Malia", "Ioane", "Leota", "Salamasina"),
              ("Tuilagi", "Fa'asavalu", "Leaupepe", "Tago", "Faleolo", "Sapolu", "Aiono", "Toleafoa")),
    "en-AU": (("Jarrah", "Kirra", "Lachlan", "Tahnee", "Bronwyn", "Mitchell"),
              ("Mundine", "Pearce-Cooper", "Yunupingu", "O'Loughlin", "Ratumaitavuki", "Stavropoulos")),
    "am-ET": (("Abebe", "Tigist", "Meseret", "Haile", "ሰላም", "ዮሐንስ", "Bethlehem", "Yohannes"),
              ("Bekele", "Gebremariam", "Tesfaye", "Woldemichael", "ገብረ መድኅን", "ተስፋዬ", "Alemu", "Haile Selassie")),
    "yo-NG": (("Olúwaṣeun", "Adébáyọ̀", "Fọláṣadé", "Oluwatoyin", "Ayọ̀dele", "Kehinde", "Títílayọ̀", "Babajide"),
              ("Adébáyọ̀", "Ògúnlànà", "Akínwùmí", "Olúwọlé", "Fashola", "Adeyemi-Ogunbiyi", "Ṣóyínká")),
    "ig-NG": (("Chiamaka", "Obinna", "Nnamdi", "Ụzọma", "Chidinma", "Ikenna", "Ebere", "Ọbịageli"),
              ("Okonkwo", "Nwachukwu", "Eze-Okafor", "Obi", "Ụchechukwu", "Anyanwu", "Iwuchukwu")),
    "en-ZA": (("Thabo", "Nomvula", "Sipho", "Lerato", "Pieter", "Zanele"),
              ("Mokoena", "van der Merwe", "Dlamini", "Nkosi", "Botha", "Mahlangu")),
    "qu-PE": (("Quispe", "Wayra", "Killari", "Amaru", "Yupanqui", "Sisa", "Inti", "Nina"),
              ("Mamani Huamán", "Condori", "Quispe Tito", "Huanca", "Ccori", "Chambi", "Apaza", "Yupanqui")),
    "ay-BO": (("Wara", "Illimani", "Nayra", "Willka", "Juana", "Apolinar"),
              ("Choque", "Mamani", "Limachi", "Tarqui", "Quisbert", "Ticona")),
    "es-MX": (("Xóchitl", "Cuauhtémoc", "Guadalupe", "Itzel", "Jesús María", "Citlali"),
              ("Hernández de la Garza", "Tzompantzi", "Ramírez-Olvera", "Nava", "Ixtlahuaca", "del Castillo")),
    "pt-BR": (("Thaís", "Cauã", "Luana", "Ubiratã", "Iracema", "Wellington"),
              ("Nascimento", "da Conceição", "Guaraná", "Tavares Lins", "Bezerra", "Albuquerque")),
    "fr-CA": (("Marie-Ève", "Jean-Sébastien", "Ginette", "Réjean", "Kateri", "Guylaine"),
              ("Tremblay", "Gagnon-Pelletier", "Bouchard", "Laflamme", "Bellegarde", "St-Onge")),
    "ar-AE": (("Mariam", "Khalifa", "Noura", "Saeed", "Hessa", "Rashid"),
              ("Al Mazrouei", "bin Sulayem", "Al Falasi", "Al Ketbi", "bint Hamdan Al Nahyan", "Al Shamsi")),
}  # fmt: skip

# Street names, cities with postcode shapes (# digit, A letter) and the country's line order.
STREETS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]] = {
    "US": (("Sycamore Ridge Rd", "W Cermak Rd", "Old Spanish Trl", "NE Alberta St", "Route 9W", "Pawnee Ave"),
           (("Dayton, OH", "#####"), ("Tulsa, OK", "#####"), ("Albany, NY", "#####-####"), ("Provo, UT", "#####")),
           "{n} {s}, {c} {p}"),
    "GB": (("Heol y Bont", "Ffordd Las", "Wynnstay Road", "Cheapside", "Crwys Road", "Bridge Street"),
           (("Aberystwyth", "SY23 #AA"), ("Caerdydd", "CF24 #AA"), ("Bangor", "LL57 #AA"), ("Leeds", "LS6 #AA")),
           "{n} {s}, {c} {p}"),
    "IE": (("Bóthar na Trá", "Sráid an Droichid", "Main Street", "Bóthar Bhaile Átha Cliath"),
           (("Gaillimh", "H91 A#A#"), ("Dún na nGall", "F94 #A#A"), ("Corcaigh", "T12 A#A#")),
           "{n} {s}, {c}, {p}"),
    "FR": (("Straed ar Vilin", "rue de Siam", "venelle Ker Izel", "quai de la Fosse"),
           (("Kemper", "29000"), ("Brest", "29200"), ("Lannion", "22300"), ("Gwened", "56000")),
           "{n} {s}, {p} {c}"),
    "ES": (("Kale Nagusia", "Zabalbide kalea", "Arrasate pasealekua", "Foruen ibilbidea"),
           (("Donostia", "200##"), ("Bilbo", "480##"), ("Gasteiz", "010##"), ("Iruñea", "310##")),
           "{s} {n}, {p} {c}"),
    "NL": (("Nieuwestad", "Harlingerweg", "Tuinen", "Oude Oosterstraat"),
           (("Ljouwert", "89## AA"), ("Snits", "86## AA"), ("Drachten", "92## AA")),
           "{s} {n}, {p} {c}"),
    "CH": (("Via Somplaz", "Stradun", "Via dal Bagn", "Quadrellas"),
           (("San Murezzan", "7500"), ("Scuol", "7550"), ("Mustér", "7180"), ("Cuira", "7000")),
           "{s} {n}, {p} {c}"),
    "MT": (("Triq il-Kbira", "Triq San Pawl", "Triq il-Kungress Ewkaristiku", "Triq id-Dejqa"),
           (("Ħaż-Żebbuġ", "ZBG ####"), ("Il-Mosta", "MST ####"), ("Birkirkara", "BKR ####")),
           "{n}, {s}, {c} {p}"),
    "NO": (("Áhkobuolža", "Bisggeluodda", "Čáhcegeaidnu", "Storgata"),
           (("Guovdageaidnu", "9520"), ("Kárášjohka", "9730"), ("Tromsø", "90##")), "{s} {n}, {p} {c}"),
    "FI": (("Sevettijärventie", "Ivalontie", "Piiskuntie"), (("Anár", "99870"), ("Ohcejohka", "99980")),
           "{s} {n}, {p} {c}"),
    "SE": (("Hjalmar Lundbohmsvägen", "Storgatan", "Lasarettsgatan"), (("Giron", "981 ##"), ("Jokkmokk", "962 ##")),
           "{s} {n}, {p} {c}"),
    "AT": (("Mariahilfer Gürtel", "Schmiedgasse", "Lerchenfelder Straße"), (("Wien", "1##0"), ("Graz", "80#0")),
           "{s} {n}, {p} {c}"),
    "DE": (("Am Sandtorkai", "Kötzschenbroder Str.", "Ehrenfeldgürtel"), (("Radebeul", "01445"), ("Köln", "508##")),
           "{s} {n}, {p} {c}"),
    "IT": (("Via dei Cappuccini", "Vicolo del Cedro", "Corso Vittorio Emanuele II"),
           (("Trapani", "91100"), ("Lecce", "73100"), ("Roma", "00153")), "{s} {n}, {p} {c}"),
    "PT": (("Rua do Almada", "Travessa do Carvalho", "Avenida da Boavista"), (("Porto", "4050-###"),
           ("Lisboa", "1200-###")), "{s} {n}, {p} {c}"),
    "PL": (("ul. Długa", "ul. Świętokrzyska", "al. Grunwaldzka"), (("Gdańsk", "80-###"), ("Łódź", "90-###")),
           "{s} {n}, {p} {c}"),
    "GR": (("Οδός Ερμού", "Leoforos Nikis", "Οδός Αγίας Σοφίας"), (("Θεσσαλονίκη", "546 ##"), ("Athina", "105 ##")),
           "{s} {n}, {p} {c}"),
    "TR": (("Atatürk Bulvarı", "Çiçek Sokak", "İstiklal Caddesi"), (("Ankara", "06###"), ("İzmir", "35###")),
           "{s} No: {n}, {p} {c}"),
    "GE": (("Rustaveli Ave", "Chavchavadze St", "Agmashenebeli Ave"), (("Tbilisi", "01##"), ("Batumi", "60##")),
           "{n} {s}, {c} {p}"),
    "AM": (("Abovyan St", "Mashtots Ave", "Tumanyan St"), (("Yerevan", "00##"), ("Gyumri", "31##")),
           "{n} {s}, {c} {p}"),
    "KZ": (("Abay Ave", "Dostyk St", "Kabanbay Batyr Ave"), (("Almaty", "0500##"), ("Astana", "0100##")),
           "{n} {s}, {c} {p}"),
    "MN": (("Peace Avenue", "Seoul Street", "Chinggis Avenue"), (("Ulaanbaatar", "14###"), ("Darkhan", "45###")),
           "{n} {s}, {c} {p}"),
    "IN": (("Anna Salai", "Nungambakkam High Road", "Banjara Hills Road No. 12", "Ranjit Avenue B Block"),
           (("Chennai", "600 0##"), ("Hyderabad", "500 0##"), ("Amritsar", "143 0##")), "{n}, {s}, {c} {p}"),
    "LK": (("Galle Road", "Hospital Road", "Kasthuriyar Road"), (("Jaffna", "40000"), ("Colombo", "00###")),
           "{n}, {s}, {c} {p}"),
    "VN": (("Đường Trần Hưng Đạo", "Phố Hàng Bạc", "Đường Lê Lợi"), (("Hà Nội", "100000"), ("Huế", "530000")),
           "{n} {s}, {c} {p}"),
    "PH": (("Rizal Avenue", "Mabini St.", "Katipunan Ave."), (("Quezon City", "11##"), ("Cebu City", "6000")),
           "{n} {s}, {c} {p}"),
    "ID": (("Jalan Malioboro", "Jl. Diponegoro", "Jalan Cik Di Tiro"), (("Yogyakarta", "552##"), ("Bandung", "401##")),
           "{s} No. {n}, {c} {p}"),
    "JP": (("Shimotoyama", "Jingumae 4-chome", "Nishiki 3-chome"), (("Nagoya", "460-00##"), ("Tokyo", "150-00##")),
           "{s} {n}, {c} {p}"),
    "KR": (("Teheran-ro", "Sejong-daero", "Haeundaehaebyeon-ro"), (("Seoul", "06###"), ("Busan", "48###")),
           "{n} {s}, {c} {p}"),
    "NZ": (("Te Awe Awe Street", "Karangahape Road", "Ngātiawa Street"), (("Palmerston North", "44##"),
           ("Tāmaki Makaurau", "10##")), "{n} {s}, {c} {p}"),
    "WS": (("Beach Road", "Vaitele Street", "Falealili Street"), (("Apia", "WS13##"), ("Salelologa", "WS22##")),
           "{s} {n}, {c} {p}"),
    "AU": (("Gurrumul Drive", "Smith Street", "Wollombi Road"), (("Darwin NT", "08##"), ("Cessnock NSW", "23##")),
           "{n} {s}, {c} {p}"),
    "ET": (("Bole Road", "Churchill Avenue", "Africa Avenue"), (("Addis Ababa", "1000"), ("Bahir Dar", "6000")),
           "House {n}, {s}, {c} {p}"),
    "NG": (("Adeola Odeku Street", "Ogui Road", "Awolowo Road"), (("Lagos", "1012##"), ("Enugu", "4001##")),
           "{n} {s}, {c} {p}"),
    "ZA": (("Vilakazi Street", "Jan Smuts Avenue", "Long Street"), (("Soweto", "18##"), ("Cape Town", "80##")),
           "{n} {s}, {c} {p}"),
    "PE": (("Jirón Huallaga", "Calle Saphi", "Av. El Sol"), (("Cusco", "080##"), ("Lima", "150##")),
           "{s} {n}, {c} {p}"),
    "BO": (("Calle Sagárnaga", "Av. 16 de Julio", "Calle Jaén"), (("La Paz", "00##"), ("El Alto", "01##")),
           "{s} {n}, {c} {p}"),
    "MX": (("Calle Macedonio Alcalá", "Av. Insurgentes Sur", "Callejón del Beso"), (("Oaxaca de Juárez", "68###"),
           ("Ciudad de México", "03###")), "{s} {n}, {p} {c}"),
    "BR": (("Rua das Laranjeiras", "Avenida Sete de Setembro", "Travessa Cruz Vermelha"),
           (("Salvador", "40###-###"), ("Belém", "66###-###")), "{s}, {n}, {p} {c}"),
    "CA": (("rue Saint-Denis", "boulevard René-Lévesque", "chemin Sainte-Foy"), (("Québec", "G1R #A#"),
           ("Montréal", "H2X #A#")), "{n}, {s}, {c} {p}"),
    "AE": (("Al Wasl Road", "Sheikh Zayed Road", "Al Khaleej Street"), (("Dubai", "P.O. Box #####"),
           ("Abu Dhabi", "P.O. Box ####")), "Villa {n}, {s}, {c}, {p}"),
}  # fmt: skip

IBAN_BBAN: dict[str, str] = {
    "GB": "4a14n", "IE": "4a14n", "FR": "10n11c2n", "ES": "20n", "NL": "4a10n", "CH": "5n12c", "MT": "4a5n18c",
    "NO": "11n", "FI": "14n", "SE": "20n", "AT": "16n", "DE": "18n", "IT": "1a10n12c", "PT": "21n",
    "PL": "24n", "GR": "7n16c", "TR": "5n1n16c", "GE": "2a16n", "KZ": "3n13c", "BR": "23n1a1c", "AE": "19n",
    "DK": "14n", "BE": "12n", "LU": "3n13c", "IS": "22n", "EE": "16n", "LT": "16n", "LV": "4a13c", "HR": "17n",
    "SI": "15n", "RO": "4a16c", "BG": "4a6n8c", "CY": "8n16c", "SA": "2n18c", "JO": "4a4n18c", "IL": "19n",
    "UA": "6n19c", "AZ": "4a20c", "MD": "20c", "AL": "8n16c", "LI": "5n12c",
}  # fmt: skip
BANK_CODES = ("ABNA", "RABO", "BNPA", "SOGE", "CAIX", "BBVA", "UBSW", "NWBK", "AIBK", "BOFI", "DNBA", "NDEA",
              "HELS", "ESSE", "GIBA", "COBA", "UNCR", "BCOM", "PKOP", "ETHN", "TCZB", "BAGA", "HSBK", "KHAN",
              "SBIN", "HDFC", "BOFA", "CHAS", "MBBE", "BMRI", "BOTK", "ANZB", "CBET", "FBNI", "SBZA", "BCPL",
              "BNMX", "ITAU", "DESJ", "EBIL", "BKTR", "CITI", "INGB", "KRED")  # fmt: skip

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}
MONTHS = {k: tuple(v.split()) for k, v in _MONTHS.items()}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
EMAIL_DOMAINS = ("posteo.de", "proton.me", "yandex.kz", "mail.ee", "yahoo.co.in", "rediffmail.com", "gmx.at",
                 "bigpond.com", "xtra.co.nz", "telkom.net", "ukr.net", "seznam.cz", "laposte.net", "tiscali.it",
                 "sapo.pt", "naver.com", "outlook.ie", "icloud.com", "fastmail.fm", "eircom.net")  # fmt: skip
SPECIAL = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "ß": "ss", "ə": "a"})


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

    def shape(self, pattern: str) -> str:
        return "".join(
            self.r.choice(string.digits)
            if c == "#"
            else self.r.choice("ABCDEHJKLMNPRTWXY")
            if c == "A"
            else c
            for c in pattern
        )

    # -------------------------------------------------------------------------------------------- names

    def name(self, locale: str | None = None) -> tuple[str, str, str]:
        """(given, family, as written). Written forms vary: order, initials, caps, comma inversion."""
        given, family = NAMES[locale or self.locale]
        g = self.r.choice(given)
        if family == ("-",):  # a single name, sometimes with a second one
            f = self.r.choice(given) if self.r.random() < 0.3 else ""
            written = f"{g} {f}" if f and f != g else g
            return g, f, written.upper() if self.r.random() < 0.12 else written
        f = self.r.choice(family)
        other = self.r.choice(family)
        if self.r.random() < 0.08 and "-" not in f + other and " " not in f + other and other != f:
            f = f"{f}-{other}"
        cjk = any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in g + f)
        if cjk:
            return g, f, f"{f}{g}" if self.r.random() < 0.7 else f"{f} {g}"
        x = self.r.random()
        if x < 0.15:
            written = f"{f.upper()} {g}"
        elif x < 0.27:
            written = f"{f}, {g}"
        elif x < 0.37:
            written = f"{g[0]}. {f}"
        elif x < 0.45:
            second = self.r.choice(given)
            written = f"{g} {second[0]}. {f}" if second[0].isalpha() else f"{g} {f}"
        else:
            written = f"{g} {f}"
        y = self.r.random()
        if y < 0.07:
            written = written.upper()
        elif y < 0.13:
            written = written.lower()
        return g, f, written

    def email(self, g: str, f: str) -> str:
        def ascii_(s: str) -> str:
            flat = unicodedata.normalize("NFKD", s.lower().translate(SPECIAL))
            return "".join(c for c in flat if c.isascii() and (c.isalnum() or c in ".-"))

        g2, f2 = ascii_(g.replace(" ", "")), ascii_(f.replace(" ", "").replace("'", ""))
        if not g2:
            g2 = "user" + self.digits(3)
        local = self.r.choice(
            [f"{g2}.{f2}", f"{g2[0]}{f2}", f"{f2}_{g2}", f"{g2}{self.digits(2)}", f"{g2}-{f2[:4]}"]
        ).strip(".-_")
        if not f2:
            local = f"{g2}{self.digits(3)}"
        return f"{local}@{self.r.choice(EMAIL_DOMAINS)}"

    # -------------------------------------------------------------------------------------------- places

    def street(self) -> str:
        country = self.loc.country
        streets, cities, order = STREETS[country]
        city, post = self.r.choice(cities)
        number = str(self.r.randint(1, 240))
        if self.r.random() < 0.2:
            number += self.r.choice(["A", "b", "/3", "-5"])
        return order.format(s=self.r.choice(streets), n=number, c=city, p=self.shape(post))

    # -------------------------------------------------------------------------------------------- phones

    def phone(self, foreign: bool = False, ext: bool | None = None) -> str:
        home = self.loc.country
        region = (
            self.r.choice(["DE", "GB", "US", "SG", "AE", "FR", "BR", "IN", "ZA", "JP"]) if foreign else home
        )
        kind = self.r.choice([PNT.MOBILE, PNT.FIXED_LINE])
        example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        national = str(example.national_number)
        for _ in range(200):
            keep = max(2, len(national) - self.r.randint(4, 6))
            number = phonenumbers.parse(
                f"+{example.country_code}{national[:keep]}{self.digits(len(national) - keep)}"
            )
            if phonenumbers.is_valid_number(number):
                break
        else:
            number = example
        with_ext = (self.r.random() < 0.18) if ext is None else ext
        for _ in range(20):
            text = self._render(number, region != home)
            if with_ext:
                digits = str(self.r.randint(2, 9999))
                text += self.r.choice([f" ext. {digits}", f" x{digits}", f" ext {digits}", f" #{digits}"])
            try:
                back = phonenumbers.parse(text, home)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(back) and (not with_ext or back.extension == digits):
                return text
        return phonenumbers.format_number(number, PNF.E164)

    def _render(self, number: phonenumbers.PhoneNumber, foreign: bool) -> str:
        intl = phonenumbers.format_number(number, PNF.INTERNATIONAL)
        nat = phonenumbers.format_number(number, PNF.NATIONAL)
        e164 = phonenumbers.format_number(number, PNF.E164)
        cc = str(number.country_code)
        choices = [intl, e164, "(+" + cc + ") " + intl[len(cc) + 2 :], intl.replace(" ", "-"),
                   "00" + cc + " " + intl[len(cc) + 2 :], "+" + cc + " " + str(number.national_number)]  # fmt: skip
        if not foreign:
            choices += [nat, nat, nat.replace(" ", "")] + [nat.replace(" ", ".")] * (nat.count(" ") > 1)
        return self.r.choice(choices)

    # -------------------------------------------------------------------------------------------- finance

    def card(self) -> str:
        brand = self.r.choice(
            [("4", 16), ("4", 13), ("4", 19), ("51", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16),
             ("644", 19), ("3528", 16), ("3589", 19), ("36", 14), ("300", 14), ("6759", 12), ("5018", 13),
             ("6304", 18), ("62", 16), ("62", 19), ("2200", 16), ("6521", 16), ("9792", 16), ("636368", 16),
             ("6062", 16), ("50", 17)]
        )  # fmt: skip
        prefix, length = brand
        body = prefix + self.digits(length - len(prefix) - 1)
        digits = body + luhn_digit(body)
        groups = {
            12: [(4, 4, 4), (3, 3, 3, 3), (6, 6)],
            13: [(4, 4, 5), (4, 3, 3, 3), (5, 4, 4)],
            14: [(4, 6, 4), (3, 4, 3, 4), (2, 4, 4, 4)],
            15: [(4, 6, 5), (3, 4, 4, 4), (5, 5, 5)],
            16: [(4, 4, 4, 4), (4, 4, 4, 4), (3, 3, 3, 3, 4), (6, 10), (4, 6, 6), (2, 2, 4, 4, 4)],
            17: [(4, 4, 4, 5), (5, 4, 4, 4), (6, 11)],
            18: [(4, 4, 4, 6), (3, 3, 3, 3, 3, 3), (6, 6, 6)],
            19: [(4, 4, 4, 4, 3), (6, 13), (4, 4, 4, 7), (3, 4, 4, 4, 4)],
        }[length]
        sep = self.r.choice([" ", " ", "-", ".", "", " ", "-"])
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
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            count, kind = int(spec[i:j]), spec[j]
            pool = {
                "n": string.digits,
                "a": string.ascii_uppercase,
                "c": string.digits + string.ascii_uppercase,
            }
            bban += "".join(self.r.choice(pool[kind]) for _ in range(count))
            i = j + 1
        compact = cc + iban_check(cc, bban) + bban
        style = self.r.random()
        if style < 0.45:
            return " ".join(compact[k : k + 4] for k in range(0, len(compact), 4))
        if style < 0.85:
            return compact
        return compact[:4] + " " + compact[4:]

    def bic(self) -> str:
        cc = self.loc.country
        loc = self.r.choice(string.ascii_uppercase[:20] + "23456789") + self.r.choice("ABCDEFGHJK2345MN")
        branch = self.r.choice(["", "", "XXX", self.letters(1) + self.digits(2), self.letters(3)])
        return self.r.choice(BANK_CODES) + cc + loc + branch

    def ssn(self) -> str:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        parts = (f"{area:03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}")
        return self.r.choice(["-", "-", " ", ""]).join(parts)

    def ip(self) -> str:
        while True:
            if self.r.random() < 0.65:
                addr = ipaddress.IPv4Address(self.r.getrandbits(32))
            else:
                head = self.r.choice([0x2A02, 0x2600, 0x2A01, 0x2400, 0x2C0F, 0x2804, 0x2406])
                addr = ipaddress.IPv6Address(
                    (head << 112) | self.r.getrandbits(80) << 32 | self.r.getrandbits(16)
                )
            if addr.is_global:
                return str(addr)

    # -------------------------------------------------------------------------------------------- documents

    def licence(self) -> tuple[str, str]:
        """(issuer, number) in the issuer's published layout."""
        c = self.loc.country
        forms = {
            "US": [
                ("California", "A#######"),
                ("New York", "### ### ###"),
                ("Florida", "A###-###-##-###-#"),
                ("Illinois", "A###-####-####"),
                ("Texas", "########"),
                ("Wisconsin", "A###-####-####-##"),
            ],
            "GB": [("DVLA", "MORGA######SM9IJ")],
            "IE": [("NDLS", "########")],
            "FR": [("préfecture", "##AA#####")],
            "DE": [("Fahrerlaubnisbehörde", "B##AAA#A##")],
            "IT": [("MCTC", "AA#######A")],
            "ES": [("DGT", "########-A")],
            "IN": [("RTO", "AA## ###########")],
            "AU": [("NSW", "########")],
            "CA": [("SAAQ", "A####-######-##")],
            "BR": [("DETRAN", "###########")],
            "JP": [("公安委員会", "############")],
            "KR": [("경찰청", "##-##-######-##")],
            "NZ": [("NZTA", "AA######")],
            "MX": [("SEMOVI", "A########")],
            "ZA": [("DLTC", "############")],
            "PL": [("starosta", "#####/##/####")],
        }.get(c, [(f"{c} licensing authority", "A#######")])
        issuer, pattern = self.r.choice(forms)
        number = "".join(
            self.r.choice(string.digits)
            if ch == "#"
            else self.r.choice(string.ascii_uppercase)
            if ch == "A"
            else ch
            for ch in pattern
        )
        if pattern.startswith("MORGA"):  # DVLA: surname, birth decade, month, day, year, initials, check
            number = (self.letters(5) + self.digits(1) + f"{self.r.randint(1, 12):02d}" + f"{self.r.randint(1, 28):02d}"
                      + self.digits(1) + self.letters(2) + self.digits(1) + self.letters(2))  # fmt: skip
        return issuer, number

    def dob(self) -> str:
        y, m, d = self.r.randint(1934, 2007), self.r.randint(1, 12), self.r.randint(1, 28)
        lang = {"de": "de", "fr": "fr", "es": "es", "pt": "pt", "it": "it", "nl": "nl"}.get(
            self.loc.words, "en"
        )
        c = self.loc.country
        if c == "TR":
            lang = "tr"
        if c == "ID":
            lang = "id"
        forms = [f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[lang][m - 1]} {y}",
                 f"{d:02d}/{m:02d}/{y}" if c != "US" else f"{m:02d}/{d:02d}/{y}",
                 f"{d}-{MONTHS['en'][m - 1][:3].upper()}-{y}", f"{d}.{ROMAN[m - 1]}.{y}", f"{y}{m:02d}{d:02d}"]  # fmt: skip
        if lang in ("es", "pt"):
            forms.append(f"{d} de {MONTHS[lang][m - 1]} de {y}")
        if lang == "de":
            forms.append(f"{d}. {MONTHS['de'][m - 1]} {y}")
        if lang == "en":
            forms += [f"{MONTHS['en'][m - 1]} {d}, {y}", f"{d} {MONTHS['en'][m - 1][:3]} {y}"]
        if c == "JP":
            forms.append(f"{y}年{m}月{d}日")
        if c == "KR":
            forms.append(f"{y}년 {m}월 {d}일")
        if c == "VN":
            forms.append(f"ngày {d} tháng {m} năm {y}")
        return self.r.choice(forms)

    def mrn(self) -> str:
        pattern = self.r.choice(
            ["########", "A#######", "##-###-###", "UR######", "H##########", "####-####", "AA-#######",
             "#######-#", "MR######", "P########A", "###.###.###", "AAA#########"]
        )  # fmt: skip
        return "".join(
            self.r.choice(string.digits)
            if ch == "#"
            else self.r.choice("ABCDEFGHKMNPRSTVWX")
            if ch == "A"
            else ch
            for ch in pattern
        )
