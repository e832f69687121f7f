"""Personal values of the thirteenth holdout PII set (tools/pii_holdout13_set.py), composed from public knowledge.

Names: hand-written lists of real given names and surnames, none drawn from Faker or Mimesis: Lumbee, Tlingit,
Yup'ik, Siksika (Blackfoot), Métis, Bahamian, Vincentian, Saint Lucian, Belizean Kriol, Martinican, Kaqchikel,
Q'eqchi', Lebanese Mexican, Talian (Veneto Brazilian), Nikkei Brazilian, Tusán (Chinese Peruvian), Welsh
Patagonian, Palestinian Chilean, Walloon, Limburgish, East Frisian, Picard, Walser, Silesian, Latgalian, Adyghe
and Karachay (Latin and Cyrillic), Pontic Greek (Latin and Greek script), Arbëreshë, Montenegrin (Latin and
Cyrillic), Sephardic Ladino (Latin and Hebrew script), Juhuri, Karakalpak, Koryo-saram and Pamiri (Latin and
Cyrillic), Joseonjok (Latin and Hangul), Hakka (Latin and Chinese characters), Minahasan, Kapampangan, Kristang,
Peranakan, Dogri, Bodo, Marwari, Magar, Tharu and Indo-Fijian (Latin and Devanagari), Kodava, Brahui (Latin and
Urdu script), Kikuyu, Luo, Haya, Nkore, Soninke, Krio, Vai, Kabiyè, Umbundu, Tonga (Zambia), Nama and Damara,
Cape Malay, Warlpiri, Motu, Guernsey, Antiguan, Grenadian, Caymanian, British Virgin Islander, Montserratian and
Anguillian; written as "Given Surname", "SURNAME, Given", "Surname, Given", with one or two initials,
particles (de, dalla, d', van, Jn, bin) and hyphens, in ALL CAPS or lower case now and then. Street lines:
hand-written street names and cities in each country's address order, the house number before or after the
street, with flat, unit, lot, erf, section or purok numbers, sometimes over two or three lines. Phones: the
`phonenumbers` library's example numbers with their subscriber digits redrawn until the library calls them
valid, rendered in national, international, E.164, RFC 3966 (dashed) and hand-made groupings, with
extensions, and read back as valid (extension included) from the document's country. Cards, IBANs, BICs,
SSNs, driver's licences and record numbers: composed from their published layouts and check digits.
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
    words: str  # language of the document's form labels (en, fr, es, pt, de, nl, it, ru, tr, id, ko, zh)


LOCALES: dict[str, Loc] = {
    "lum-US": Loc("US", "en"), "tli-US": Loc("US", "en"), "esu-US": Loc("US", "en"), "bla-CA": Loc("CA", "en"),
    "crg-CA": Loc("CA", "fr"), "en-BS": Loc("BS", "en"), "en-VC": Loc("VC", "en"), "acf-LC": Loc("LC", "en"),
    "bzj-BZ": Loc("BZ", "en"), "gcf-MQ": Loc("MQ", "fr"), "cak-GT": Loc("GT", "es"), "kek-GT": Loc("GT", "es"),
    "apc-MX": Loc("MX", "es"), "vec-BR": Loc("BR", "pt"), "ja-BR": Loc("BR", "pt"), "zh-PE": Loc("PE", "es"),
    "cy-AR": Loc("AR", "es"), "ajp-CL": Loc("CL", "es"), "wa-BE": Loc("BE", "fr"), "li-NL": Loc("NL", "nl"),
    "frs-DE": Loc("DE", "de"), "pcd-FR": Loc("FR", "fr"), "wae-CH": Loc("CH", "de"), "szl-PL": Loc("PL", "en"),
    "ltg-LV": Loc("LV", "en"), "ady-RU": Loc("RU", "ru"), "krc-RU": Loc("RU", "ru"), "pnt-GR": Loc("GR", "en"),
    "aae-IT": Loc("IT", "it"), "cnr-ME": Loc("ME", "en"), "lad-TR": Loc("TR", "tr"), "jdt-AZ": Loc("AZ", "ru"),
    "kaa-UZ": Loc("UZ", "ru"), "ko-KZ": Loc("KZ", "ru"), "ko-CN": Loc("CN", "ko"), "hak-TW": Loc("TW", "zh"),
    "tdn-ID": Loc("ID", "id"), "pam-PH": Loc("PH", "en"), "mcm-MY": Loc("MY", "en"), "mbf-SG": Loc("SG", "en"),
    "doi-IN": Loc("IN", "en"), "brx-IN": Loc("IN", "en"), "kfa-IN": Loc("IN", "en"), "mwr-IN": Loc("IN", "en"),
    "mgp-NP": Loc("NP", "en"), "thl-NP": Loc("NP", "en"), "brh-PK": Loc("PK", "en"), "sgh-TJ": Loc("TJ", "ru"),
    "ki-KE": Loc("KE", "en"), "luo-KE": Loc("KE", "en"), "hay-TZ": Loc("TZ", "en"), "nyn-UG": Loc("UG", "en"),
    "snk-ML": Loc("ML", "fr"), "kri-SL": Loc("SL", "en"), "vai-LR": Loc("LR", "en"), "kbp-TG": Loc("TG", "fr"),
    "umb-AO": Loc("AO", "pt"), "toi-ZM": Loc("ZM", "en"), "naq-NA": Loc("NA", "en"), "ms-ZA": Loc("ZA", "en"),
    "wbp-AU": Loc("AU", "en"), "hif-FJ": Loc("FJ", "en"), "ho-PG": Loc("PG", "en"), "en-GG": Loc("GG", "en"),
    "en-AG": Loc("AG", "en"), "en-GD": Loc("GD", "en"), "en-KY": Loc("KY", "en"), "en-VG": Loc("VG", "en"),
    "en-MS": Loc("MS", "en"), "en-AI": Loc("AI", "en"),
}  # fmt: skip

# Real given names and surnames by locale, each list in the scripts its people write it in.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "lum-US": (("Henry Berry", "Brenda", "Kelvin", "Arlinda", "Dexter", "Ruth", "Purnell", "Lorna", "Harvey"),
               ("Lowry", "Locklear", "Oxendine", "Chavis", "Brayboy", "Hunt", "Jacobs", "Dial", "Sampson",
                "Revels")),
    "tli-US": (("Elizabeth", "Roy", "Rosita", "Walter", "Nora", "Byron", "Ishmael", "Shgen", "Kingeistí"),
               ("Peratrovich", "Soboleff", "Dauenhauer", "Worl", "Hope", "Mallott", "Kookesh", "Jack",
                "Nelson")),
    "esu-US": (("Chuna", "Nuniq", "Yaari", "Panigkaq", "Angalgaq", "Cingarkaq", "Lucy", "Mary", "Oscar"),
               ("Kawagley", "Nicori", "Kanrilak", "Andrew", "Active", "Charles", "Sipary", "Kasayulie",
                "Napoka")),
    "bla-CA": (("Crowfoot", "Adrian", "Reg", "Tina", "Narcisse", "Ouray", "Treena", "Clement", "Marlene"),
               ("Bearhat", "Crane Bear", "Yellow Old Woman", "Many Guns", "Running Rabbit", "Wolf Leg",
                "Big Plume", "Calf Robe", "Scalplock")),
    "crg-CA": (("Gabriel", "Maxime", "Ambroise", "Marie-Rose", "Cuthbert", "Thérèse", "Louis", "Angélique"),
               ("Dumont", "Lépine", "Riel", "Chartrand", "Fleury", "Grandin", "Delorme", "Nolin", "Laroque",
                "Ouellette")),
    "en-BS": (("Lynden", "Hubert", "Perry", "Janet", "Loretta", "Sidney", "Shavonne", "Tavares", "Cleophas"),
              ("Pindling", "Ingraham", "Christie", "Minnis", "Bethel", "Knowles", "Rolle", "Cartwright",
               "Fernander", "Sands")),
    "en-VC": (("Ralph", "Camillo", "Arnhim", "Shafia", "Kay", "Godwin", "Monica", "Adonal", "Wendy"),
              ("Gonsalves", "Ollivierre", "Cato", "Eustace", "Hadaway", "Cummings", "Daniel", "Frederick",
               "Foyle")),
    "acf-LC": (("Derek", "Allen", "Kenny", "Lucius", "Sarah", "Darren", "Pearlette", "Gaspard", "Julien"),
               ("Walcott", "Compton", "Jn Baptiste", "Chastanet", "Louisy", "Charlemagne", "Monrose",
                "Joseph", "Pierre", "Sammy")),
    "bzj-BZ": (("Dean", "Kenrick", "Erica", "Myrtle", "Leroy", "Delroy", "Cordel", "Zee", "Lovey"),
               ("Usher", "Tillett", "Gillett", "Flowers", "Longsworth", "Staine", "Faber", "Lindo",
                "Hyde")),
    "gcf-MQ": (("Aimé", "Frantz", "Édouard", "Raphaël", "Suzanne", "Lucette", "Joby", "Serge", "Josette"),
               ("Césaire", "Fanon", "Glissant", "Chamoiseau", "Confiant", "Letchimy", "Marie-Jeanne", "Zobel",
                "Lise", "Bernabé")),
    "cak-GT": (("Rigoberto", "Ixchel", "Kaqulja", "Sotzil", "Lucía", "Ajpub", "Margarita", "Tojil"),
               ("Xicará", "Cutzal", "Sotz", "Cúmez", "Xinico", "Patzán", "Sipac", "Tubac", "Chicol", "Ajú")),
    "kek-GT": (("Domingo", "Rosalina", "Matilde", "Sebastián", "Ixkik", "Manuel", "Juana", "Kawoq"),
               ("Caal", "Choc", "Pop", "Xol", "Tiul", "Coc", "Maquín", "Chub", "Ical", "Bin")),
    "apc-MX": (("Carlos", "Alfredo", "Soumaya", "Antonio", "Salma", "Julián", "Nayla", "Emilio", "Vanessa"),
               ("Helú", "Harp", "Kuri", "Chedraui", "Abed", "Nasser", "Karam", "Mansur", "Chaín", "Haddad")),
    "vec-BR": (("Ivanir", "Lurdes", "Neusa", "Valdemar", "Genuíno", "Teresinha", "Delmir", "Lorena", "Olívio"),
               ("Zanella", "Bortolotto", "Dalla Costa", "Tomasi", "Pozza", "Bonatto", "Zanotto", "Piccoli",
                "De Toni", "Boff")),
    "ja-BR": (("Marcos", "Lúcia", "Edson", "Tereza", "Rogério", "Juliana", "Sérgio", "Akemi", "Hideo"),
              ("Hashimoto", "Takahashi", "Sakamoto", "Ueda", "Fukuda", "Kawano", "Ishikawa", "Morimoto",
               "Ogata", "Hamada")),
    "zh-PE": (("Erasmo", "Rosa", "Humberto", "Luisa", "Víctor", "Beatriz", "Aurelio", "Mónica", "Eduardo"),
              ("Wong", "Chang", "Chiang", "Fung", "Chion", "Lau", "Siu", "Chu", "Cam", "Ayón")),
    "cy-AR": (("Gwladys", "Evan", "Mirta", "Rhys", "Elvira", "Aled", "Tegai", "Arturo", "Gwenllian"),
              ("Jones", "Roberts", "Pugh", "Jenkins", "Berwyn", "Owen", "Pritchard", "Freeman", "Davies",
               "Hughes")),
    "ajp-CL": (("Nicolás", "Alejandra", "Jorge", "Daniela", "Farid", "Salvador", "Catalina", "Fuad", "Leila"),
               ("Abumohor", "Said", "Yarur", "Hirmas", "Chahuán", "Kassis", "Massú", "Awad", "Sumar", "Musa")),
    "wa-BE": (("Joseph", "Marcel", "Ghislaine", "Fernand", "Josée", "Léon", "Renée", "Arsène", "Yvette"),
              ("Dethier", "Collignon", "Gilson", "Thiry", "Delvaux", "Marchal", "Piron", "Lejeune", "Henrard",
               "Wathelet")),
    "li-NL": (("Sjef", "Jo", "Bèr", "Truus", "Mia", "Harie", "Drieke", "Lei", "Fieke"),
              ("Houben", "Vaessen", "Schreurs", "Ubachs", "Frijns", "Ramakers", "Pluijmen", "Claessens",
               "Meuwissen", "Lemmens")),
    "frs-DE": (("Ubbo", "Enno", "Okko", "Tjark", "Frauke", "Wiebke", "Hilke", "Eilert", "Gesine"),
               ("Eilers", "Onken", "Harms", "Ubben", "Gerdes", "Sjuts", "Poppinga", "Buss", "Dirksen",
                "Janssen")),
    "pcd-FR": (("Ghislain", "Régis", "Martine", "Josiane", "Didier", "Brigitte", "Dany", "Thérèse", "Jocelyn"),
               ("Delattre", "Leleu", "Dufossé", "Deleplanque", "Vasseur", "Lecoeuvre", "Dewailly", "Delannoy",
                "Lesage", "Caron")),
    "wae-CH": (("Pirmin", "Ramona", "Silvan", "Annemarie", "Vreni", "Urs", "Cäcilia", "Beat", "Rosmarie"),
               ("Zurbriggen", "Supersaxo", "Imboden", "Kalbermatten", "Anthamatten", "Lochmatter", "Burgener",
                "Zumtaugwald", "Andenmatten")),
    "szl-PL": (("Bernard", "Hildegarda", "Ernest", "Alojzy", "Gerard", "Elfryda", "Teodor", "Jadwiga"),
               ("Kokot", "Kotula", "Gawlik", "Kuczera", "Kotzur", "Mrozek", "Kandzia", "Kurpanik", "Ochojski",
                "Pientka")),
    "ltg-LV": (("Francis", "Jezups", "Nikodems", "Antonija", "Ontons", "Staņislavs", "Viktorija", "Veronika"),
               ("Kemps", "Trasuns", "Skrinda", "Rancāns", "Latkovskis", "Seiksts", "Kurmins", "Ruskulis",
                "Bondars")),
    "ady-RU": (("Aslan", "Murat", "Zaur", "Bela", "Saida", "Nalbiy", "Asiyat", "Аслан", "Мурат", "Заур",
                "Бэла", "Саида"),
               ("Khut", "Tkhakushinov", "Kumpilov", "Sovmen", "Nekhai", "Shkhalakhov", "Dzhandar", "Tlekhas",
                "Хут", "Тхакушинов", "Кумпилов", "Совмен", "Джандар")),
    "krc-RU": (("Kazbek", "Aminat", "Rashid", "Madina", "Ismail", "Akhmat", "Zukhra", "Казбек", "Аминат",
                "Рашид", "Мадина"),
               ("Batchaev", "Bairamkulov", "Laipanov", "Khubiev", "Uzdenov", "Botashev", "Bidzhiev", "Батчаев",
                "Байрамкулов", "Лайпанов", "Хубиев")),
    "pnt-GR": (("Prodromos", "Sofia", "Lazaros", "Evangelia", "Kyriakos", "Paraskevi", "Πρόδρομος",
                "Λάζαρος", "Ευαγγελία", "Κυριάκος"),
               ("Sarafidis", "Theodoridis", "Iordanidis", "Savvidis", "Anastasiadis", "Lazaridis", "Σαραφίδης",
                "Θεοδωρίδης", "Ιορδανίδης", "Σαββίδης")),
    "aae-IT": (("Giorgio", "Pietro", "Rosalia", "Gennaro", "Marietta", "Francesco", "Giuseppina", "Demetrio"),
               ("Schirò", "Bellusci", "Matranga", "Guzzetta", "Stassi", "Petta", "Parrino", "Tocci", "Frega",
                "Chetta")),
    "cnr-ME": (("Milo", "Vesna", "Ranko", "Jelena", "Dragan", "Marija", "Budimir", "Мило", "Весна", "Ранко"),
               ("Vujanović", "Radulović", "Bulatović", "Lekić", "Kalezić", "Vuković", "Đurović", "Вујановић",
                "Радуловић", "Булатовић")),
    "lad-TR": (("Rafael", "Estreya", "Yako", "Vida", "Buena", "Rebeka", "Moshe", "Avram", "רפאל", "משה",
                "רבקה", "אברהם"),
               ("Benveniste", "Halfon", "Kamhi", "Behar", "Eskenazi", "Alaluf", "Habib", "Saporta", "בכר",
                "קמחי", "אשכנזי", "חביב")),
    "jdt-AZ": (("Ruvin", "Gavriil", "Manashir", "Shura", "Nisan", "Yekusiil", "Roza", "Рувин", "Гавриил",
                "Манашир", "Нисан"),
               ("Ilizarov", "Agarunov", "Izgiyaev", "Yagudaev", "Mardakhaev", "Nisanov", "Khanukaev", "Илизаров",
                "Агарунов", "Изгияев", "Ягудаев")),
    "kaa-UZ": (("Ajiniyaz", "Berdakh", "Ibrayim", "Gulnara", "Saparbay", "Aysulu", "Tolibay", "Аджинияз",
                "Бердах", "Гульнара", "Айсулу"),
               ("Ayimbetov", "Kamalov", "Aytmuratov", "Dauletov", "Seytmuratov", "Urazbaev", "Айымбетов",
                "Камалов", "Айтмуратов", "Даулетов")),
    "ko-KZ": (("Viktor", "Valentina", "Roman", "Yelena", "Anatoly", "Marina", "Виктор", "Валентина", "Роман",
               "Елена"),
              ("Tsoi", "Kim", "Pak", "Ten", "Khan", "Nam", "Shin", "Kan", "Цой", "Ким", "Пак", "Тен", "Хан")),
    "ko-CN": (("Yongchol", "Sunhui", "Myongho", "Miran", "Chunhwa", "영철", "순희", "명호", "미란", "춘화"),
              ("Kim", "Pak", "Ri", "Choe", "Ho", "김", "박", "리", "최", "허")),
    "hak-TW": (("Hsiu-ying", "Te-ming", "Yu-lan", "Yung-fu", "A-mei", "秀英", "德明", "玉蘭", "永福", "阿妹"),
               ("Chiu", "Peng", "Chung", "Tseng", "Hsu", "Lo", "Wen", "Yeh", "邱", "彭", "鍾", "曾", "徐", "羅")),
    "tdn-ID": (("Jefri", "Olly", "Stevanus", "Grace", "Vicky", "Meiske", "Ronald", "Fientje", "Herman"),
               ("Sondakh", "Lumentut", "Wenas", "Mandagi", "Pangemanan", "Rondonuwu", "Tumbelaka", "Walangitan",
                "Karamoy", "Supit")),
    "pam-PH": (("Diosdado", "Ligaya", "Rogelio", "Maricel", "Jun", "Dolores", "Ernesto", "Rowena", "Lito"),
               ("Macapagal", "Tayag", "Manalang", "Sicat", "Lising", "Yabut", "Gozum", "Pangilinan", "Dayrit",
                "Mangiliman")),
    "mcm-MY": (("Joan", "Noel", "Bernard", "Agnes", "Gerard", "Philomena", "Horace", "Ivy", "Melvin"),
               ("De Costa", "Sequerah", "Lazaroo", "Theseira", "Rozario", "Minjoot", "Fernandis", "Sta Maria",
                "De Silva", "Gomes")),
    "mbf-SG": (("Hock Seng", "Bee Lian", "Swee Neo", "Kim Choo", "Guan Hoe", "Peter", "Chwee Hoon", "Baba"),
               ("Seow", "Wee", "Kee", "Chia", "Gan", "Tan", "Lim", "Chan", "Ee", "Yeo")),
    "doi-IN": (("Padma", "Ved", "Karan", "Shivani", "Lalita", "Mohan", "Ranjit", "पद्मा", "वेद", "करण", "ललिता"),
               ("Jamwal", "Manhas", "Slathia", "Charak", "Pathania", "Sachdeva", "Gupta", "जम्वाल", "मन्हास",
                "स्लाथिया", "चरक")),
    "brx-IN": (("Upendranath", "Kalicharan", "Promila", "Pramod", "Anjali", "Rupam", "Jwngsar", "प्रमिला",
                "प्रमोद", "अंजली"),
               ("Boro", "Basumatary", "Mushahary", "Narzary", "Brahma", "Daimary", "Hajoary", "Islary",
                "Swargiary", "दैमारी", "बसुमतारी", "नारजारी", "ब्रह्म")),
    "kfa-IN": (("Madappa", "Cariappa", "Ashwini", "Rohan", "Ponnappa", "Thimmaiah", "Bopanna", "Muthamma"),
               ("Kodandera", "Machimanda", "Ajjikuttira", "Palanganda", "Bollianda", "Kuttanda", "Chendanda",
                "Mukkatira", "Puttichanda")),
    "mwr-IN": (("Ghanshyam", "Kamla", "Rameshwar", "Sushila", "Basant", "Pushpa", "Shankarlal", "घनश्याम",
                "कमला", "पुष्पा"),
               ("Bajaj", "Birla", "Goenka", "Singhania", "Ruia", "Poddar", "Khaitan", "Somani", "बिड़ला",
                "गोयनका", "पोद्दार", "बजाज")),
    "mgp-NP": (("Bhim Bahadur", "Sita", "Mina", "Dil", "Khim", "Kamala", "Ganga", "Tek", "भीम", "सीता",
                "गंगा"),
               ("Pun", "Ale", "Gharti", "Budha", "Roka", "Pulami", "Sinjali", "Baral", "Rana", "पुन", "आले",
                "घर्ती", "राना")),
    "thl-NP": (("Gopal", "Laxmi", "Bhagiram", "Sunita", "Dilli", "Rampyari", "Shanti", "गोपाल", "लक्ष्मी",
                "शान्ति"),
               ("Chaudhary", "Dangaura", "Kathariya", "Mahato", "Rana Tharu", "Dahit", "Kusmi", "चौधरी",
                "डंगौरा", "महतो")),
    "brh-PK": (("Akhtar", "Nawab", "Ghulam", "Sakina", "Zubaida", "Sanaullah", "Rozi", "اختر", "نواب",
                "سکینہ", "زبیدہ"),
               ("Mengal", "Raisani", "Lehri", "Zehri", "Langove", "Bangulzai", "Shahwani", "Sumalani",
                "مینگل", "رئیسانی", "لہڑی", "زہری")),
    "sgh-TJ": (("Mamadbokir", "Gulnoz", "Davlatmamad", "Shirinbek", "Bibigul", "Alimamad", "Мамадбоқир",
                "Гулноз", "Ширинбек", "Бибигул"),
               ("Mamadbokirov", "Davlatmamadov", "Shirinbekov", "Alimamadov", "Khudoyorbekov", "Niyozmamadov",
                "Мамадбоқиров", "Давлатмамадов", "Ширинбеков", "Алимамадов")),
    "ki-KE": (("Uhuru", "Wangari", "Njeri", "Wambui", "Kimani", "Mugo", "Nyambura", "Wanjiru", "Gitau"),
              ("Kenyatta", "Kamau", "Njoroge", "Mwangi", "Kariuki", "Muriuki", "Ngugi", "Githongo", "Waweru",
               "Gachagua")),
    "luo-KE": (("Raila", "Achieng", "Atieno", "Omondi", "Awino", "Adhiambo", "Jaramogi", "Akinyi", "Ochieng"),
               ("Odinga", "Otieno", "Onyango", "Owino", "Odhiambo", "Ouko", "Okoth", "Nyong'o", "Oloo",
                "Ogola")),
    "hay-TZ": (("Jovin", "Anatolia", "Kokushubira", "Mujuni", "Kemilembe", "Felista", "Kokuteta", "Rwezaura"),
               ("Rweyemamu", "Kamugisha", "Rugemalira", "Kagasheki", "Rugambwa", "Kaijage", "Rutahindurwa",
                "Bashaija", "Ishengoma")),
    "nyn-UG": (("Amanya", "Kemigisha", "Ainembabazi", "Kyarisiima", "Atwine", "Bwesigye", "Ninsiima",
                "Arinaitwe"),
               ("Tumwine", "Kainerugaba", "Rwakakamba", "Mugisha", "Tumusiime", "Byaruhanga", "Ahimbisibwe",
                "Kyomuhendo", "Rukundo")),
    "snk-ML": (("Moussa", "Kadiatou", "Boubou", "Sadio", "Aïssata", "Djénéba", "Samba", "Hawa", "Bakary"),
               ("Diawara", "Sylla", "Dramé", "Sakho", "Tandia", "Doucouré", "Bathily", "Soumaré", "Kanouté",
                "Cissoko")),
    "kri-SL": (("Abioseh", "Adelaide", "Syble", "Eldred", "Constance", "Ekundayo", "Olu", "Yvonne", "Wilfred"),
               ("Nicol", "Macauley", "Taylor-Pearce", "Cole", "Decker", "Easmon", "Wright", "Betts", "Davies",
                "Pratt")),
    "vai-LR": (("Momolu", "Fatu", "Varney", "Jeneba", "Boima", "Musu", "Siaka", "Massa", "Lahai"),
               ("Kiazolu", "Sherman", "Massaquoi", "Fahnbulleh", "Passawe", "Kamara", "Dukuly", "Kromah",
                "Zinnah")),
    "kbp-TG": (("Essozimna", "Essohana", "Pidassa", "Tchilabalo", "Abalo", "Pyabalo", "Wiyao", "Kanyi"),
               ("Gnassingbé", "Tchalla", "Bawara", "Pali", "Kpatcha", "Tchangaï", "Pitalounani", "Solitoki",
                "Bodjona")),
    "umb-AO": (("Jonas", "Abel", "Jeremias", "Isaías", "Noémia", "Esperança", "Adelina", "Tchikumbu"),
               ("Savimbi", "Chivukuvuku", "Chipenda", "Sapalo", "Chissende", "Kambuta", "Chingunji", "Ekuikui",
                "Sakaita")),
    "toi-ZM": (("Hakainde", "Mutinta", "Choolwe", "Luyando", "Chilala", "Mweemba", "Nchimunya", "Bbuku"),
               ("Hichilema", "Hamaundu", "Hachipuka", "Siamwiza", "Mudenda", "Mweetwa", "Munsaka", "Moonga",
                "Haamaundu")),
    "naq-NA": (("Hendrik", "Theo-Ben", "Hage", "Ida", "Elfriede", "Petrus", "Hilda", "Katrina", "Saara"),
               ("Witbooi", "Gurirab", "Garoeb", "Geingob", "Hoebeb", "Isaacks", "Boois", "Swartbooi",
                "Goagoseb")),
    "ms-ZA": (("Ebrahim", "Ghairunisa", "Achmat", "Fadiel", "Nazeema", "Shafiek", "Rashaad", "Tasneem"),
              ("Salie", "Davids", "Abrahams", "Isaacs", "Hendricks", "Gamiet", "Toefy", "Jaffer", "Kamaldien",
               "Dollie")),
    "wbp-AU": (("Teddy", "Wanta", "Valerie", "Otto", "Ormay", "Jerry", "Bess", "Harry", "Barbara"),
               ("Jampijinpa", "Japaljarri", "Jakamarra", "Napaljarri", "Nampijinpa", "Nungarrayi", "Granites",
                "Spencer", "Jungarrayi")),
    "hif-FJ": (("Mahendra", "Sunil", "Shobna", "Rajendra", "Anjila", "Vimal", "Kamla", "Satendra", "महेन्द्र",
                "सुनील", "कमला"),
               ("Chaudhry", "Prasad", "Naidu", "Lal", "Sharma", "Narayan", "Goundar", "Reddy", "चौधरी", "प्रसाद",
                "नारायण")),
    "ho-PG": (("Dika", "Hitolo", "Mekere", "Igo", "Dadi", "Kila", "Boio", "Geua", "Vele"),
              ("Morauta", "Toua", "Idau", "Vagi", "Heni", "Gaudi", "Loi", "Arua", "Tamarua", "Lohia")),
    "en-GG": (("Heidi", "Lyndon", "Peter", "Marguerite", "Gavin", "Jenny", "Barry", "Yvonne", "Deidre"),
              ("Le Page", "Ozanne", "De Garis", "Le Tissier", "Brehaut", "Mahy", "Tostevin", "Falla",
               "Robilliard", "Le Poidevin")),
    "en-AG": (("Vere", "Lester", "Gaston", "Baldwin", "Vivian", "Curtly", "Molwyn", "Asot", "Lenore"),
              ("Bird", "Spencer", "Browne", "Benjamin", "Lovell", "Hurst", "Richards", "Ambrose", "Michael",
               "Joseph")),
    "en-GD": (("Keith", "Maurice", "Eric", "Dickon", "Tillman", "Jacqueline", "Nazim", "Kirani", "Cecile"),
              ("Mitchell", "Bishop", "Gairy", "Thomas", "Noel", "Augustine", "Modeste", "Antoine", "Radix",
               "Steele")),
    "en-KY": (("Alden", "Wayne", "Julianna", "McKeeva", "Franz", "Kurt", "Juliana", "Ezzard", "Dwayne"),
              ("Bodden", "Ebanks", "Connolly", "McLaughlin", "Panton", "Bush", "Tibbetts", "Seymour", "Merren",
               "Miller")),
    "en-VG": (("Andrew", "Natalio", "Lavity", "Orlando", "Myron", "Marlon", "Julian", "Sharie", "Kye"),
              ("Fahie", "Wheatley", "O'Neal", "Stoutt", "Penn", "Skelton", "Smith", "Malone", "Frett",
               "Vanterpool")),
    "en-MS": (("Reuben", "Easton", "Donaldson", "Shirley", "Joseph", "Charles", "Claude", "Lowell", "Ingrid"),
              ("Meade", "Osborne", "Romeo", "Farrell", "Tuitt", "Ryan", "Cassell", "Taylor-Farrell", "Brandt",
               "Lewis")),
    "en-AI": (("Emile", "Ronald", "Hubert", "Victor", "Ellis", "Pam", "Evans", "Cardigan", "Palmavon"),
              ("Gumbs", "Hodge", "Webster", "Harrigan", "Richardson", "Banks", "Connor", "Lake", "Carty",
               "Rogers")),
}  # fmt: skip

# Where documents often write the family name first.
SURNAME_FIRST = ("kfa-IN", "ko-KZ", "ady-RU", "krc-RU", "sgh-TJ", "hak-TW", "ko-CN")

# Streets, (city, postcode shape) and the country's order: {s} street, {n} number, {c} city, {p} postcode,
# {f} flat, unit, lot or block; "|" marks where a rendering over several lines breaks.
STREETS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]] = {
    "US": (("Union Chapel Road", "Deep Branch Road", "Egan Drive", "Katlian Street", "Ridgecrest Drive",
            "Chief Eddie Hoffman Highway"), (("Pembroke, NC", "28372"), ("Lumberton, NC", "2835#"),
            ("Juneau, AK", "9980#"), ("Sitka, AK", "99835"), ("Bethel, AK", "99559")), "{n} {s}, Apt {f}|{c} {p}"),
    "CA": (("Township Road 222", "Highway 547", "Rue Principale", "Batoche Road"), (("Siksika, AB", "T0J 3W0"),
           ("Gleichen, AB", "T0J 1N0"), ("Saint-Laurent, MB", "R0C 2S0"), ("Batoche, SK", "S0K 0K0")),
           "{n} {s}, Suite {f}|{c}|{p}"),
    "BS": (("East Bay Street", "Shirley Street", "Blue Hill Road", "Queen's Highway"), (("Nassau", "New Providence"),
           ("Freeport", "Grand Bahama"), ("Marsh Harbour", "Abaco")), "{n} {s}|{c}, {p}"),
    "VC": (("Grenville Street", "Back Street", "Leeward Highway", "Belmont Road"), (("Kingstown", "VC01##"),
           ("Port Elizabeth, Bequia", "VC04##"), ("Georgetown", "VC03##")), "{n} {s}|{c} {p}"),
    "LC": (("Jeremie Street", "Micoud Street", "Gros Islet Highway", "Bridge Street"), (("Castries", "LC04 ###"),
           ("Soufrière", "LC09 ###"), ("Vieux Fort", "LC12 ###")), "{n} {s}|{c} {p}"),
    "BZ": (("Albert Street", "Regent Street", "Princess Margaret Drive", "Cemetery Road"),
           (("Belize City", "Belize District"), ("Dangriga", "Stann Creek"), ("Orange Walk Town", "Orange Walk")),
           "{n} {s}|{c}, {p}"),
    "MQ": (("Rue Victor Hugo", "Boulevard du Général de Gaulle", "Rue Schoelcher", "Route de la Trace"),
           (("Fort-de-France", "972##"), ("Le Lamentin", "97232"), ("Sainte-Marie", "97230")), "{n} {s}, appt {f}|{p} {c}"),
    "GT": (("Avenida La Reforma", "Calle Real", "Avenida Santander", "1a. Calle"), (("Cobán, Alta Verapaz", "16001"),
           ("San Pedro Carchá", "16002"), ("Sololá", "07001"), ("Chimaltenango", "04001")), "{s} {n}-{f}, zona 1|{c} {p}"),
    "MX": (("Calle Venustiano Carranza", "Avenida Constitución", "Calle Morelos", "Calle 60"),
           (("Mérida, Yuc.", "97000"), ("Torreón, Coah.", "27000"), ("Puebla, Pue.", "72000")),
           "{s} {n}, depto. {f}|C.P. {p}|{c}"),
    "BR": (("Rua Dom Pedro II", "Rua Júlio de Castilhos", "Rua Galvão Bueno", "Avenida Planalto"),
           (("Bento Gonçalves, RS", "95700-###"), ("Caxias do Sul, RS", "950##-###"), ("São Paulo, SP", "01503-###"),
            ("Registro, SP", "11900-###")), "{s}, {n}, ap. {f}|{c}|CEP {p}"),
    "PE": (("Jirón Andahuaylas", "Calle Capón", "Avenida Arequipa", "Jirón Paruro"), (("Lima", "150##"),
           ("Trujillo", "130##"), ("Chiclayo", "140##")), "{s} {n}, dpto. {f}|{c} {p}"),
    "AR": (("Avenida Fontana", "Calle 25 de Mayo", "Calle Michael D. Jones", "Avenida Eugenio Tello"),
           (("Trelew, Chubut", "U9100"), ("Gaiman, Chubut", "U9105"), ("Rawson, Chubut", "U9103")),
           "{s} {n}, piso {f}|{p} {c}"),
    "CL": (("Avenida Recoleta", "Calle Patronato", "Avenida Providencia", "Calle Antonia López de Bello"),
           (("Santiago", "8420###"), ("La Calera", "2290###"), ("Viña del Mar", "2520###")), "{s} {n}, depto. {f}|{c} {p}"),
    "BE": (("Rue Saint-Gilles", "Rue Hors-Château", "Rue de Fer", "Chaussée de Liège"), (("Liège", "4000"),
           ("Namur", "5000"), ("Verviers", "4800"), ("Huy", "4500")), "{s} {n}, bte {f}|{p} {c}"),
    "NL": (("Boschstraat", "Rijksweg Zuid", "Tongersestraat", "Markt"), (("Maastricht", "62## AA"), ("Sittard", "61## AA"),
           ("Venlo", "59## AA"), ("Heerlen", "64## AA")), "{s} {n}|{p} {c}"),
    "DE": (("Am Delft", "Große Straße", "Neutorstraße", "Osterstraße"), (("Emden", "267##"), ("Aurich", "266##"),
           ("Leer", "267##"), ("Norden", "265##")), "{s} {n}|{p} {c}"),
    "FR": (("Rue de la Barre", "Rue des Trois Cailloux", "Rue Saint-Leu", "Place des Héros"), (("Amiens", "80000"),
           ("Arras", "62000"), ("Lille", "59000"), ("Abbeville", "80100")), "{n} {s}|{p} {c}"),
    "CH": (("Hofmattstrasse", "Kirchplatz", "Bachstrasse", "Furkastrasse"), (("Zermatt", "3920"), ("Saas-Fee", "3906"),
           ("Brig", "3900"), ("Visp", "3930")), "{s} {n}|CH-{p} {c}"),
    "PL": (("ulica Korfantego", "ulica Mickiewicza", "ulica Gliwicka", "ulica Wolności"), (("Katowice", "40-###"),
           ("Rybnik", "44-2##"), ("Gliwice", "44-1##"), ("Opole", "45-###")), "{s} {n}/{f}|{p} {c}"),
    "LV": (("Rīgas iela", "Saules iela", "Baznīcas iela", "Atbrīvošanas aleja"), (("Daugavpils", "LV-54##"),
           ("Rēzekne", "LV-46##"), ("Ludza", "LV-5701")), "{s} {n}-{f}|{c}, {p}"),
    "RU": (("ulitsa Zhukovskogo", "ulitsa Pushkina", "ulitsa Kalinina", "ulitsa Pervomayskaya"),
           (("Maykop", "3850##"), ("Karachayevsk", "3693##"), ("Cherkessk", "3690##")), "{c}, {s}, dom {n}, kv. {f}|{p}"),
    "GR": (("Odos Egnatia", "Odos Tsimiski", "Leoforos Nikis", "Odos Agias Sofias"), (("Thessaloniki", "54# ##"),
           ("Kilkis", "611 00"), ("Drama", "661 00")), "{s} {n}|{p} {c}"),
    "IT": (("Via Skanderbeg", "Via Giorgio Kastriota", "Corso Vittorio Emanuele", "Via Matteo Sciarra"),
           (("Piana degli Albanesi (PA)", "90037"), ("Lungro (CS)", "87010"), ("San Demetrio Corone (CS)", "87069")),
           "{s} {n}|{p} {c}"),
    "ME": (("Njegoševa", "Bulevar Svetog Petra Cetinjskog", "Ulica Slobode", "Bokeška"), (("Podgorica", "81000"),
           ("Cetinje", "81250"), ("Nikšić", "81400"), ("Kotor", "85330")), "{s} br. {n}|{p} {c}"),
    "TR": (("İstiklal Caddesi", "Kuledibi Sokak", "Hasköy Caddesi", "Vodina Caddesi"),
           (("Beyoğlu, İstanbul", "344##"), ("Balat, Fatih, İstanbul", "34087"), ("Konak, İzmir", "352##")),
           "{s} No: {n} D: {f}|{p} {c}"),
    "AZ": (("Nizami küçəsi", "Quba prospekti", "Ə. Rəcəbli küçəsi"), (("Qırmızı Qəsəbə, Quba", "AZ4000"),
           ("Bakı", "AZ10##"), ("Qusar", "AZ3800")), "{s} {n}, mənzil {f}|{c} {p}"),
    "UZ": (("Berdakh ko'chasi", "Dosnazarov ko'chasi", "Amir Temur ko'chasi"), (("Nukus", "2300##"),
           ("Xo'jayli", "230600"), ("Chimbay", "230200")), "{s}, {n}-uy, {f}-xonadon|{c} {p}"),
    "KZ": (("prospekt Abaya", "ulitsa Tole bi", "ulitsa Kabanbay batyra"), (("Almaty", "0500##"),
           ("Ushtobe", "040800"), ("Taldykorgan", "0400##")), "{c}, {s} {n}, kv. {f}|{p}"),
    "CN": (("Renmin Road", "Jiefang Road", "Yanxi Street"), (("Yanji, Jilin", "133000"), ("Longjing, Jilin", "133400"),
           ("Tumen, Jilin", "133100")), "No. {n} {s}, Unit {f}|{c} {p}"),
    "TW": (("Minzu Road", "Xinyi Road", "Zhongzheng Road"), (("Meinong District, Kaohsiung", "843"),
           ("Zhudong Township, Hsinchu", "310"), ("Miaoli City", "360")), "{p} {c}|{s} No. {n}, {f}F"),
    "ID": (("Jalan Sam Ratulangi", "Jalan Piere Tendean", "Jalan Toar", "Jalan Walanda Maramis"),
           (("Manado", "951##"), ("Tomohon", "954##"), ("Tondano", "956##")), "{s} No. {n}, Lingkungan {f}|{c} {p}"),
    "PH": (("MacArthur Highway", "Lazatin Boulevard", "Consunji Street", "Jose Abad Santos Avenue"),
           (("San Fernando, Pampanga", "2000"), ("Angeles City", "2009"), ("Guagua, Pampanga", "2003")),
           "{n} {s}, Purok {f}|{c} {p}"),
    "MY": (("Jalan Portugis", "Jalan D'Albuquerque", "Jalan Eredia", "Jalan Texeira"), (("Ujong Pasir, Melaka", "75050"),
           ("Melaka", "75###")), "No. {n}, {s}|{p} {c}"),
    "SG": (("Joo Chiat Road", "Koon Seng Road", "Emerald Hill Road", "East Coast Road"), (("Singapore", "42####"),
           ("Singapore", "22####")), "{n} {s}|{c} {p}"),
    "IN": (("Residency Road", "Canal Road", "Kalakar Street", "Station Road", "General Thimmaiah Road"),
           (("Jammu", "18000#"), ("Kokrajhar", "783370"), ("Madikeri", "571201"), ("Virajpet", "571218"),
            ("Kolkata", "7000##"), ("Jhunjhunu", "333001")), "H.No. {n}, {s}|{c} PIN {p}"),
    "NP": (("Siddhartha Highway", "Mahendra Highway", "Bhairahawa Road", "Tikapur Road"), (("Tansen, Palpa", "32500"),
           ("Dhangadhi", "10900"), ("Nepalgunj", "21900"), ("Tulsipur", "22412")), "House {n}, {s}, Ward {f}|{c} {p}"),
    "PK": (("Jinnah Road", "Sariab Road", "Zarghoon Road", "Prince Road"), (("Quetta", "87300"), ("Kalat", "88450"),
           ("Khuzdar", "89100")), "Plot {n}, {s}|{c} {p}"),
    "TJ": (("kuchai Lenin", "kuchai Shotemur", "khiyoboni Rudaki"), (("Khorog", "736000"), ("Dushanbe", "7340##"),
           ("Ishkoshim", "736100")), "{c}, {s} {n}, kv. {f}|{p}"),
    "KE": (("Kenyatta Avenue", "Oginga Odinga Street", "Kimathi Way", "Kisumu-Busia Road"), (("Nyeri", "10100"),
           ("Kisumu", "40100"), ("Murang'a", "10200"), ("Siaya", "40600")), "{n} {s}|P.O. Box {f}-{p}|{c}"),
    "TZ": (("Uhuru Street", "Jamhuri Road", "Kashozi Road"), (("Bukoba", "351##"), ("Karagwe", "352##"),
           ("Muleba", "353##")), "{s}, Nyumba Na. {n}|{p} {c}"),
    "UG": (("Mbarara-Kabale Road", "High Street", "Buremba Road"), (("Mbarara", "Western Region"),
           ("Ntungamo", "Western Region"), ("Bushenyi", "Western Region")), "Plot {n}, {s}|{c}, {p}"),
    "ML": (("Avenue du Fleuve", "Rue 311", "Route de Koulikoro"), (("Kayes", "BP ###"), ("Nioro du Sahel", "BP ##"),
           ("Bamako", "BP E####")), "{s}, porte {n}|{p} {c}"),
    "SL": (("Wilberforce Street", "Pademba Road", "Kissy Road", "Percival Street"), (("Freetown", "Western Area"),
           ("Waterloo", "Western Area Rural"), ("Bo", "Southern Province")), "{n} {s}|{c}, {p}"),
    "LR": (("Broad Street", "Randall Street", "Tubman Boulevard", "Carey Street"), (("Monrovia", "10##"),
           ("Robertsport", "Grand Cape Mount"), ("Tubmanburg", "Bomi County")), "{n} {s}|{c}, {p}"),
    "TG": (("Boulevard du 13 Janvier", "Rue de Kara", "Avenue de la Chance"), (("Kara", "BP ###"), ("Lomé", "BP ####"),
           ("Pya", "BP ##")), "{n} {s}|{p} {c}"),
    "AO": (("Rua Sacadura Cabral", "Avenida Norton de Matos", "Rua Major Kanhangulo"), (("Huambo", "Huambo"),
           ("Kuito", "Bié"), ("Benguela", "Benguela")), "{s}, n.º {n}|{c}, {p}"),
    "ZM": (("Cairo Road", "Mosi-oa-Tunya Road", "Independence Avenue"), (("Choma", "20100"), ("Monze", "20200"),
           ("Livingstone", "10101")), "Plot {n}, {s}|{p} {c}"),
    "NA": (("Sam Nujoma Avenue", "Hendrik Witbooi Street", "Mandume Ndemufayo Avenue"), (("Gibeon", "Hardap"),
           ("Keetmanshoop", "Karas"), ("Windhoek", "Khomas"), ("Mariental", "Hardap")), "Erf {n}, {s}|{c}, {p}"),
    "ZA": (("Wale Street", "Chiappini Street", "Rose Street", "Longmarket Street"), (("Bo-Kaap, Cape Town", "8001"),
           ("Athlone, Cape Town", "7764"), ("Walmer Estate, Cape Town", "7925")), "{n} {s}|{c} {p}"),
    "AU": (("Bruce Street", "Todd Street", "Hartley Street", "Gap Road"), (("Yuendumu NT", "0872"),
           ("Lajamanu NT", "0852"), ("Alice Springs NT", "0870")), "Lot {n}, {s}|{c} {p}"),
    "FJ": (("Brown Street", "Vitogo Parade", "Queens Road", "Tavewa Avenue"), (("Lautoka", "Fiji"), ("Nadi", "Fiji"),
           ("Ba", "Fiji"), ("Labasa", "Fiji")), "{n} {s}|{c}, {p}"),
    "PG": (("Hubert Murray Highway", "Champion Parade", "Ela Beach Road", "Waigani Drive"),
           (("Port Moresby", "NCD 111"), ("Hanuabada", "NCD 121"), ("Boroko", "NCD 111")), "Section {f}, Lot {n}, {s}|{c} {p}"),
    "GG": (("Le Pollet", "Smith Street", "Les Banques", "Rue du Manoir"), (("St Peter Port", "GY1 #AA"),
           ("St Sampson", "GY2 #AA"), ("Vale", "GY3 #AA")), "{n} {s}|{c}|Guernsey {p}"),
    "AG": (("Newgate Street", "Market Street", "Fort Road", "Friars Hill Road"), (("St. John's", "Antigua"),
           ("English Harbour", "Antigua"), ("Codrington", "Barbuda")), "{n} {s}|{c}, {p}"),
    "GD": (("Grand Anse Main Road", "Melville Street", "Lagoon Road"), (("St. George's", "Grenada"),
           ("Grenville", "St. Andrew"), ("Hillsborough", "Carriacou")), "{n} {s}|{c}, {p}"),
    "KY": (("West Bay Road", "Shedden Road", "Crewe Road"), (("George Town", "KY1-1###"), ("West Bay", "KY1-1###"),
           ("Bodden Town", "KY1-1###")), "{n} {s}|{c}, Grand Cayman {p}"),
    "VG": (("Main Street", "Waterfront Drive", "Blackburn Highway"), (("Road Town, Tortola", "VG1110"),
           ("The Valley, Virgin Gorda", "VG1150"), ("East End, Tortola", "VG1120")), "{n} {s}|{c} {p}"),
    "MS": (("Davy Hill Road", "Salem Main Road", "Brades Road"), (("Brades", "MSR1110"), ("Salem", "MSR1230"),
           ("Look Out", "MSR1210")), "{n} {s}|{c} {p}"),
    "AI": (("Valley Road", "Landsome Road", "Coronation Avenue"), (("The Valley", "AI-2640"),
           ("Blowing Point", "AI-2640"), ("Island Harbour", "AI-2640")), "{n} {s}|{c} {p}"),
}  # fmt: skip

IBAN_BBAN: dict[str, str] = {
    "BR": "23n1a1c", "GT": "4c20c", "CR": "18n", "DO": "4c20n", "DE": "18n", "FR": "10n11c2n", "BE": "12n",
    "NL": "4a10n", "CH": "5n12c", "PL": "24n", "LV": "4a13c", "RU": "14n15c", "GR": "7n16c", "IT": "1a10n12c",
    "TR": "5n1n16c", "AZ": "4a20c", "KZ": "3n13c", "PK": "4a16c", "GB": "4a14n", "LC": "4a24c", "VG": "4a16n",
    "AT": "16n", "HR": "17n", "CY": "8n16c", "CZ": "20n", "DK": "14n", "FI": "14n", "GI": "4a15c", "HU": "24n",
    "IS": "22n", "IE": "4a14n", "LU": "3n13c", "MT": "4a5n18c", "NO": "11n", "RO": "4a16c", "SK": "20n",
    "ES": "20n", "SE": "20n", "BY": "4c4n16c", "KW": "4a22c", "EE": "16n", "BG": "4a6n8c", "LI": "5n12c",
}  # fmt: skip
# Where a country's banks write IBANs of another registry country.
IBAN_HOME: dict[str, str] = {"MQ": "FR", "GG": "GB"}
BANK_CODES = ("FCIB", "RBCV", "BOSL", "ATLN", "BCMQ", "BINL", "BAGU", "BNMX", "BRDE", "BCPE", "BNAR", "BECH",
              "BBRU", "RABO", "OLBO", "CEPA", "UBSW", "PARX", "TOBA", "KRAS", "PIRB", "CRPP", "CKBC",
              "AKBK", "IBAZ", "NBUZ", "HSBK", "ICBK", "BKTW", "BBBA", "BNOR", "PHSB", "DBSS", "JAKA", "NABL",
              "UNIL", "AGRO", "KCBL", "CRDB", "STAN", "BDMA", "SLCB", "LBDI", "ECOC", "BAIP", "ZNCO", "NAMB",
              "FIRN", "WPAC", "BSPF", "BSPG", "RBOS", "ECGB", "CAYB", "FCIV", "BOMO", "NCBA")  # fmt: skip

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ko": "1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월",
    "zh": "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月",
}  # fmt: skip
MONTHS = {k: tuple(v.split()) for k, v in _MONTHS.items()}
EMAIL_DOMAINS = ("lumbeetribe.com", "ak.net", "gci.net", "telus.net", "shaw.ca", "batelnet.bs", "vincysurf.com",
                 "candw.lc", "btl.net", "wanadoo.fr", "orange.mq", "tigo.com.gt", "prodigy.net.mx", "bol.com.br",
                 "ig.com.br", "terra.com.pe", "fibertel.com.ar", "vtr.net", "skynet.be", "kpnmail.nl", "ewetel.net",
                 "laposte.net", "bluewin.ch", "wp.pl", "inbox.lv", "mail.ru", "otenet.gr", "alice.it", "t-com.me",
                 "ttmail.com", "azeronline.com", "umail.uz", "mail.kz", "163.com", "hinet.net", "telkom.net",
                 "pldtdsl.net", "streamyx.com", "singnet.com.sg", "rediffmail.com", "wlink.com.np", "ptcl.net.pk",
                 "tojikiston.tj", "safaricom.co.ke", "ttcl.co.tz", "utlonline.co.ug", "orangemali.net",
                 "sierratel.sl", "libtelco.com.lr", "cafe.tg", "netangola.com", "zamtel.zm", "iway.na",
                 "telkomsa.net", "bigpond.com", "connect.com.fj", "daltron.com.pg", "cwgsy.net", "candw.ag",
                 "spiceisle.com", "candw.ky", "surfbvi.com", "candw.ms", "anguillanet.com", "gmail.com",
                 "outlook.com", "yahoo.com", "proton.me")  # fmt: skip
SPECIAL = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "'": "", "ñ": "n", "ç": "c", "ü": "u", "ö": "o",
                         "ä": "a", "ă": "a", "ş": "s", "ą": "a", "č": "c", "š": "s", "ž": "z", "ė": "e",
                         "ï": "i", "è": "e", "é": "e", "ë": "e", "ņ": "n", "ā": "a", "đ": "dj", "ı": "i",
                         "ə": "a", "ò": "o"})  # fmt: skip


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
        if native and any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in g + f):
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
            self.r.choice(["GB", "DE", "US", "AU", "ZA", "IN", "CA", "BR", "AE", "NL", "TR", "MX"])
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
            [("4", 16), ("4", 13), ("4", 19), ("53", 16), ("54", 16), ("2720", 16), ("34", 15), ("37", 15),
             ("6011", 16), ("65", 16), ("3530", 16), ("3566", 19), ("38", 14), ("305", 14), ("6759", 12),
             ("6771", 18), ("5020", 15), ("6304", 17), ("625", 17), ("6288", 19), ("2204", 16), ("6062", 16),
             ("6767", 18), ("5038", 12), ("6390", 13), ("6799", 18), ("9792", 16), ("6521", 16), ("5099", 19)]
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
        sep = self.r.choice([" ", "-", "", " ", "-", " - ", ".", " ", "/", " "])
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
                ("North Carolina", "############"),
                ("Alaska", "#######"),
                ("Wisconsin", "A###-####-####-##"),
                ("Florida", "A###-###-##-###-#"),
                ("Illinois", "A###-####-####"),
                ("Minnesota", "A############"),
                ("New York", "### ### ###"),
                ("Colorado", "##-###-####"),
                ("Kentucky", "A##-###-###"),
            ],
            "CA": [("Alberta", "######-###"), ("Manitoba", "AAAAAA######"), ("Saskatchewan", "########")],
            "BR": [("DETRAN-RS", "###########"), ("DETRAN-SP", "SP #########")],
            "MX": [("Secretaría de Movilidad Yucatán", "A##########")],
            "GT": [("Departamento de Tránsito PNC", "#### ##### ####")],
            "PE": [("MTC", "Q########")],
            "AR": [("Municipalidad de Trelew", "########")],
            "CL": [("Municipalidad de Recoleta", "##.###.###-#")],
            "BE": [("SPF Mobilité", "##########")],
            "NL": [("RDW", "##########")],
            "DE": [("Landkreis Aurich", "A##AAA#A##")],
            "FR": [("Préfecture de la Somme", "##AA#####")],
            "CH": [("Strassenverkehrsamt Wallis", "AAA###### ###")],
            "PL": [("Starosta Rybnicki", "#####/##/####")],
            "LV": [("CSDD", "AA######")],
            "RU": [("ГИБДД МВД по Республике Адыгея", "##AA ######")],
            "GR": [("Periferia Kentrikis Makedonias", "#########")],
            "IT": [("Motorizzazione Civile Palermo", "U1A######A")],
            "ME": [("MUP Crne Gore", "#########")],
            "TR": [("Emniyet Genel Müdürlüğü", "######")],
            "AZ": [("DYP", "AA######")],
            "UZ": [("YHXBB", "AA #######")],
            "KZ": [("SPECCON", "AA######")],
            "CN": [("延边州公安局交通警察支队", "##################")],
            "TW": [("Directorate General of Highways", "AA########")],
            "ID": [("Polda Sulut", "############")],
            "PH": [("LTO Region III", "N##-##-######")],
            "MY": [("JPJ Melaka", "#########")],
            "SG": [("Traffic Police", "S#######A")],
            "IN": [
                ("RTO Jammu", "JK02 ###########"),
                ("DTO Kokrajhar", "AS16 ###########"),
                ("RTO Madikeri", "KA12 ###########"),
                ("RTO Jhunjhunu", "RJ18 ###########"),
                ("RTO Kolkata", "WB01 ###########"),
            ],
            "NP": [("DoTM", "##-###-######")],
            "PK": [("Balochistan Licensing", "QTA-######")],
            "TJ": [("GAI", "AA ########")],
            "KE": [("NTSA", "DL-######")],
            "TZ": [("TRA", "TZ-4#########")],
            "UG": [("Ministry of Works", "UG########A")],
            "SL": [("SLRSA", "SL-########")],
            "LR": [("MoT Liberia", "LR/#####")],
            "TG": [("DTRF", "TG-###-####")],
            "AO": [("DNVT", "LU-#####/##")],
            "ZM": [("RTSA", "######/##/#")],
            "NA": [("NaTIS", "##########AA")],
            "ZA": [("DLTC Cape Town", "############A#")],
            "AU": [("NT MVR", "#########")],
            "FJ": [("LTA Fiji", "DL######")],
            "PG": [("NLTA", "######")],
            "GG": [("Driver and Vehicle Licensing", "AAAAA######AA#AA")],
            "KY": [("DVDL", "KY########")],
            "VG": [("DMV Tortola", "A######")],
            "BS": [("Road Traffic Department", "########")],
        }.get(c, [(f"{c} licensing authority", "DL-#######")])
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
        us = c in ("US", "PH", "KY")
        en = MONTHS["en"][m - 1]
        forms = [f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{en[:3].upper()}-{y}",
                 f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}", f"{y}/{m:02d}/{d:02d}",
                 f"{d} {en} {y}", f"{y}{m:02d}{d:02d}", f"{d:02d} {en[:3]} {y}", f"{d:02d}.{m:02d}.{y}"]  # fmt: skip
        if lang == "zh":
            forms += [f"{y}年{m}月{d}日"] * 3
        elif lang == "ko":
            forms += [f"{y}년 {m}월 {d}일"] * 3
        elif lang == "de":
            forms += [f"{d}. {names[m - 1]} {y}"] * 2
        elif lang != "en":
            forms += [f"{d} {names[m - 1]} {y}"] * 2
        if c in ("US", "CA", "BS", "KY", "AG", "PH"):
            forms.append(f"{en} {d}, {y}")
        if us:
            forms.append(f"{m}/{d}/{y}")
        if lang in ("es", "pt"):
            forms.append(f"{d} de {names[m - 1]} de {y}")
        if lang == "ru":
            forms.append(f"{d} {names[m - 1]} {y} г.")
        return self.r.choice(forms)

    def mrn(self) -> str:
        pattern = self.r.choice(
            ["HOSP-#######", "MR/####/##", "AA#####-##", "CHN ####-####", "#######-A", "RM-######", "P########",
             "UHID ########", "##/#####", "IP-########", "AAA-###-###", "NHS ### ### ####", "F#.####.##"]
        )  # fmt: skip
        return self.shape(pattern, "ABCDEFGHKLMNPRSTVWXY")
