"""Personal values of the ninth holdout PII set (tools/pii_holdout9_set.py), composed from public knowledge.

Names: hand-written lists of real given names and surnames, none drawn from Faker or Mimesis: Wolof, Fula,
Bambara, Kinyarwanda, Luganda, Shona, Tswana, Sesotho, Oromo, Tigrinya (Latin and Ge'ez script), Amazigh,
Kabyle, Kannada, Malayalam, Odia, Assamese, Dzongkha, Tajik, Turkmen, Kyrgyz, Chechen, Ossetian, Belarusian,
Ukrainian (Latin and Cyrillic), Polish, Greek (Latin and Greek script), Cypriot Greek, Albanian, Macedonian
(Latin and Cyrillic), Bosnian, Sardinian, Friulian, Luxembourgish, Flemish, Afrikaans, Greenlandic, Cherokee,
Ojibwe, Mapuche, Guarani, Nahuatl, Tongan, Chamorro, Palauan, Tok Pisin, Javanese (often a single name),
Sundanese, Balinese, Hmong, Karen and Tetum; written as "Given Surname", "SURNAME Given", "Surname, Given",
with initials and hyphens, in ALL CAPS or lower case now and then. Street lines: hand-written street names and
cities in each country's address order, sometimes over two lines. Phones: the `phonenumbers` library's example
numbers with their subscriber digits redrawn until the library calls them valid, rendered in national,
international and hand-made groupings and read back as valid (extension included) from the document's country.
Cards, IBANs, BICs, SSNs, driver's licences and record numbers: composed from their published layouts and check
digits.
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
    words: str  # language of the document's form labels (en, fr, pl, uk, el, ...)


LOCALES: dict[str, Loc] = {
    "en-US": Loc("US", "en"), "chr-US": Loc("US", "en"), "hmn-US": Loc("US", "en"), "wo-SN": Loc("SN", "fr"),
    "ff-GN": Loc("GN", "fr"), "bm-ML": Loc("ML", "fr"), "rw-RW": Loc("RW", "fr"), "lg-UG": Loc("UG", "en"),
    "sn-ZW": Loc("ZW", "en"), "tn-BW": Loc("BW", "en"), "st-LS": Loc("LS", "en"), "om-ET": Loc("ET", "en"),
    "ti-ER": Loc("ER", "en"), "zgh-MA": Loc("MA", "fr"), "kab-DZ": Loc("DZ", "fr"), "kn-IN": Loc("IN", "en"),
    "ml-IN": Loc("IN", "en"), "or-IN": Loc("IN", "en"), "as-IN": Loc("IN", "en"), "dz-BT": Loc("BT", "en"),
    "tg-TJ": Loc("TJ", "ru"), "tk-TM": Loc("TM", "ru"), "ky-KG": Loc("KG", "ru"), "ce-RU": Loc("RU", "ru"),
    "os-RU": Loc("RU", "ru"), "be-BY": Loc("BY", "ru"), "uk-UA": Loc("UA", "uk"), "pl-PL": Loc("PL", "pl"),
    "el-GR": Loc("GR", "el"), "el-CY": Loc("CY", "el"), "sq-AL": Loc("AL", "en"), "mk-MK": Loc("MK", "en"),
    "bs-BA": Loc("BA", "en"), "sc-IT": Loc("IT", "it"), "fur-IT": Loc("IT", "it"), "lb-LU": Loc("LU", "fr"),
    "nl-BE": Loc("BE", "nl"), "af-ZA": Loc("ZA", "en"), "kl-GL": Loc("GL", "da"), "oj-CA": Loc("CA", "en"),
    "arn-CL": Loc("CL", "es"), "gn-PY": Loc("PY", "es"), "nah-MX": Loc("MX", "es"), "to-TO": Loc("TO", "en"),
    "ch-GU": Loc("GU", "en"), "pau-PW": Loc("PW", "en"), "tpi-PG": Loc("PG", "en"), "jv-ID": Loc("ID", "en"),
    "su-ID": Loc("ID", "en"), "ban-ID": Loc("ID", "en"), "kar-MM": Loc("MM", "en"), "tet-TL": Loc("TL", "pt"),
}  # fmt: skip

# Real given names and surnames by locale; "-" as the surname list means names without a surname (Javanese).
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en-US": (("Tyrone", "Brittany", "Cody", "Latoya", "Garrett", "Maribel", "Dustin", "Ebony", "Colton", "Keisha"),
              ("Abernathy", "Szymanski", "Villarreal", "Okafor", "Gustafson", "Thibodeaux", "Yazzie", "Nakamura",
               "Fitzgerald", "Castellanos")),
    "chr-US": (("Wilma", "Sequoyah", "Ahyoka", "Tsali", "Gadugi", "Awinita", "Redbird", "Nanyehi"),
               ("Mankiller", "Swimmer", "Sixkiller", "Ridge", "Watie", "Soap", "Crittenden", "Fourkiller")),
    "hmn-US": (("Pa", "Tou", "Mai", "Neng", "Yer", "Chue", "Kou", "Nou", "Xeng"),
               ("Vang", "Xiong", "Yang", "Thao", "Lor", "Moua", "Lee", "Her", "Chang", "Khang")),
    "wo-SN": (("Moustapha", "Aminata", "Cheikh", "Ndeye", "Mamadou", "Fatou", "Ousmane", "Coumba", "Serigne"),
              ("Ndiaye", "Diop", "Fall", "Gueye", "Mbaye", "Sarr", "Seck", "Faye", "Thiam", "Ndour")),
    "ff-GN": (("Alpha", "Mariama", "Thierno", "Kadiatou", "Boubacar", "Hadja", "Oumou", "Mamadou"),
              ("Diallo", "Bah", "Barry", "Sow", "Baldé", "Jalloh", "Sall", "Tall")),
    "bm-ML": (("Seydou", "Awa", "Bakary", "Kadidia", "Modibo", "Oumou", "Salif", "Rokia", "Dramane"),
              ("Keita", "Traoré", "Coulibaly", "Diarra", "Konaté", "Sissoko", "Doumbia", "Kanté")),
    "rw-RW": (("Jean-Bosco", "Uwase", "Mugisha", "Ishimwe", "Niyonzima", "Keza", "Habimana", "Mutesi"),
              ("Uwimana", "Nsengimana", "Mukamana", "Habyarimana", "Niyonsaba", "Hakizimana", "Ingabire")),
    "lg-UG": (("Nakato", "Kato", "Babirye", "Wasswa", "Nalubega", "Ssemakula", "Namusoke", "Mukasa"),
              ("Ssekandi", "Kiggundu", "Nsubuga", "Lubega", "Kawooya", "Musoke", "Sserwadda", "Kasozi")),
    "sn-ZW": (("Tendai", "Rudo", "Tatenda", "Chipo", "Farai", "Nyasha", "Tinashe", "Rutendo", "Kudzai"),
              ("Moyo", "Chikwanha", "Mutasa", "Nyathi", "Chigumba", "Makoni", "Zvobgo", "Mhlanga")),
    "tn-BW": (("Kagiso", "Boitumelo", "Mpho", "Onalenna", "Tshepo", "Lesego", "Kefilwe", "Thato"),
              ("Masire", "Khama", "Mogae", "Seretse", "Kgosi", "Molefhe", "Ramotswe", "Tlhagale")),
    "st-LS": (("Mpho", "Lineo", "Thabo", "Palesa", "Teboho", "Limpho", "Tumelo", "Nthabiseng"),
              ("Mokhehle", "Letsie", "Moshoeshoe", "Mosisili", "Thabane", "Ramakoae", "Sekhonyana")),
    "om-ET": (("Chaltu", "Gemechu", "Lensa", "Tolosa", "Obsa", "Hawi", "Boru", "Ebise", "Dereje"),
              ("Gudina", "Tufa", "Bekele", "Jaarsoo", "Dibaba", "Feyisa", "Galgalo", "Wako")),
    "ti-ER": (("Yonas", "Selam", "Tesfay", "Saba", "Haile", "Mehret", "ዮናስ", "ሰላም", "ተስፋይ", "ሳባ"),
              ("Gebremedhin", "Tesfamariam", "Weldemichael", "Habtezion", "Kidane", "ገብረመድህን", "ክዳነ", "ሃብተጽዮን")),
    "zgh-MA": (("Idir", "Tanirt", "Massinissa", "Tiziri", "Amastan", "Tafsut", "Yuba", "Dihya"),
               ("Ait Ouali", "Oubella", "Amghar", "Ouzzine", "Boukhris", "Akhannouch", "Oumoussa")),
    "kab-DZ": (("Lounès", "Dihia", "Mouloud", "Tassadit", "Ameziane", "Taous", "Arezki", "Lynda"),
               ("Matoub", "Ait Menguellet", "Mammeri", "Feraoun", "Idir", "Amrouche", "Hannachi", "Ouali")),
    "kn-IN": (("Raghavendra", "Shwetha", "Puneeth", "Kavya", "Manjunath", "Pallavi", "Sudeep", "Divya"),
              ("Gowda", "Hegde", "Shetty", "Kulkarni", "Bhat", "Rai", "Acharya", "Urs")),
    "ml-IN": (("Anoop", "Sreelakshmi", "Jithin", "Aswathy", "Sreejith", "Nimisha", "Vineeth", "Anju"),
              ("Nair", "Menon", "Pillai", "Kurup", "Panicker", "Varghese", "Nambiar", "Kunjumon")),
    "or-IN": (("Debasish", "Sasmita", "Pradyumna", "Lipsa", "Biswajit", "Itishree", "Sarat", "Madhusmita"),
              ("Mohapatra", "Panda", "Sahu", "Behera", "Mishra", "Pattnaik", "Dash", "Swain")),
    "as-IN": (("Bhupen", "Jahnavi", "Hiranya", "Pranami", "Zubeen", "Anupama", "Dhruba", "Bornali"),
              ("Hazarika", "Bora", "Gogoi", "Baruah", "Kalita", "Saikia", "Bordoloi", "Phukan")),
    "dz-BT": (("Tshering", "Pema", "Karma", "Sonam", "Dechen", "Ugyen", "Kinley", "Yangchen"),
              ("Wangchuk", "Dorji", "Tobgay", "Lhamo", "Choden", "Namgyel", "Zangmo", "Penjor")),
    "tg-TJ": (("Farrukh", "Manizha", "Rustam", "Tahmina", "Shahrom", "Zarina", "Dilshod", "Nigina"),
              ("Rahmonov", "Sharipova", "Qodirov", "Nazarova", "Saidov", "Jurayeva", "Safarov", "Karimova")),
    "tk-TM": (("Merdan", "Aýna", "Serdar", "Jemal", "Döwlet", "Maral", "Batyr", "Ogulgerek"),
              ("Berdimuhamedow", "Annaýew", "Orazowa", "Geldiýew", "Hojamuhammedow", "Ataýewa", "Nurmyradow")),
    "ky-KG": (("Aibek", "Aizada", "Nurlan", "Cholpon", "Bakyt", "Jyldyz", "Almazbek", "Gulnara"),
              ("Atambaev", "Jeenbekova", "Sadyrov", "Otunbaeva", "Toktogulov", "Abdrakhmanova", "Isakov")),
    "ce-RU": (("Ramzan", "Zaira", "Akhmad", "Kheda", "Magomed", "Malika", "Rustam", "Zarema"),
              ("Kadyrov", "Dudayeva", "Maskhadov", "Alkhanova", "Umarov", "Zakayeva", "Bisultanov")),
    "os-RU": (("Soslan", "Zarina", "Alan", "Fatima", "Taimuraz", "Madina", "Khetag", "Agunda"),
              ("Dzasokhov", "Tedeeva", "Gazzaev", "Khetagurova", "Kokoity", "Bichenova", "Tsagolov")),
    "be-BY": (("Ales", "Nasta", "Yanka", "Palina", "Uladzimir", "Iryna", "Siarhei", "Volha", "Алесь", "Насця"),
              ("Bykau", "Karatkevich", "Lukashevich", "Tsikhanouskaya", "Dashkevich", "Быкаў", "Караткевіч")),
    "uk-UA": (("Bohdan", "Oksana", "Taras", "Solomiia", "Yaroslav", "Khrystyna", "Богдан", "Оксана", "Тарас",
               "Соломія"),
              ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Hrytsenko", "Шевченко", "Коваленко",
               "Ткачук", "Гриценко")),
    "pl-PL": (("Grzegorz", "Małgorzata", "Wojciech", "Agnieszka", "Przemysław", "Katarzyna", "Jędrzej", "Zofia"),
              ("Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szczepański", "Dąbrowska")),
    "el-GR": (("Dimitrios", "Eleni", "Konstantinos", "Vasiliki", "Georgios", "Αικατερίνη", "Δημήτριος", "Ελένη",
               "Νικόλαος"),
              ("Papadopoulos", "Georgiou", "Karagiannis", "Oikonomou", "Παπαδόπουλος", "Γεωργίου", "Οικονόμου")),
    "el-CY": (("Andreas", "Chrystalla", "Panayiotis", "Androulla", "Kyriacos", "Stavroulla", "Loizos", "Despo"),
              ("Christodoulou", "Hadjigeorgiou", "Ioannides", "Michaelides", "Savvides", "Kyprianou", "Neophytou")),
    "sq-AL": (("Arben", "Elira", "Besnik", "Mimoza", "Dritan", "Blerina", "Gentian", "Teuta", "Ilir"),
              ("Hoxha", "Berisha", "Krasniqi", "Shehu", "Dervishi", "Gjoka", "Leka", "Basha")),
    "mk-MK": (("Goran", "Biljana", "Zoran", "Elena", "Aleksandar", "Гоце", "Билјана", "Зоран"),
              ("Trajkovski", "Stojanovska", "Petrovski", "Nikolovska", "Трајковски", "Стојановска", "Петровски")),
    "bs-BA": (("Emir", "Amra", "Adnan", "Selma", "Haris", "Lejla", "Kenan", "Alma", "Edin"),
              ("Hodžić", "Begović", "Mehmedović", "Hadžić", "Kovačević", "Delić", "Salihović", "Muratović")),
    "sc-IT": (("Efisio", "Bonaria", "Gavino", "Itria", "Salvatore", "Antonietta", "Giommaria", "Peppina"),
              ("Sanna", "Piras", "Pinna", "Melis", "Serra", "Carta", "Mura", "Deiana", "Cocco")),
    "fur-IT": (("Pieri", "Rosute", "Zuan", "Tite", "Mariute", "Bepi", "Catine", "Toni"),
               ("Candussio", "Zorzenon", "Pittoni", "Tomasin", "Della Mea", "Cossettini", "Del Fabbro")),
    "lb-LU": (("Jhemp", "Mett", "Nico", "Lëtty", "Guy", "Josée", "Romain", "Tessy"),
              ("Hoffmann", "Weber", "Schmit", "Wagner", "Kremer", "Reuter", "Thill", "Bettendorf")),
    "nl-BE": (("Wouter", "Annelies", "Pieter-Jan", "Lieselot", "Joris", "Griet", "Stijn", "Sofie"),
              ("Vermeulen", "Peeters", "Janssens", "De Smet", "Van Damme", "Claes", "Goossens", "Wuyts")),
    "af-ZA": (("Johannes", "Annemarie", "Pieter", "Elsabé", "Hendrik", "Marike", "Riaan", "Anel"),
              ("van der Merwe", "Botha", "du Plessis", "Venter", "Pretorius", "Steyn", "Coetzee", "Nel")),
    "kl-GL": (("Aqqaluk", "Nivi", "Kuupik", "Aviaaja", "Hans", "Naja", "Malik", "Paninnguaq"),
              ("Lynge", "Kleist", "Olsen", "Motzfeldt", "Egede", "Kristiansen", "Rosing", "Heilmann")),
    "oj-CA": (("Makwa", "Waabigwan", "Nimkii", "Ziibiwan", "Migizi", "Aanjanikwe", "Biidaaban"),
              ("Debassige", "Manitowabi", "Pelletier", "Odjig", "Wabasse", "Kakegamic", "Meekis")),
    "arn-CL": (("Ayelén", "Lautaro", "Millaray", "Nahuel", "Rayen", "Galvarino", "Ailén", "Caupolicán"),
               ("Huenchumilla", "Millapán", "Catrileo", "Painemal", "Llancaqueo", "Ancalao", "Nahuelpán")),
    "gn-PY": (("Arami", "Tupã", "Jasy", "Porã", "Ñandutí", "Yerutí", "Rodrigo", "Mirta"),
              ("Benítez", "Ayala", "Giménez", "Ortiz", "Caballero", "Cáceres", "Aquino", "Riquelme")),
    "nah-MX": (("Xochitl", "Citlali", "Cuauhtémoc", "Yaretzi", "Tonatiuh", "Itzel", "Tlacaelel", "Nayeli"),
               ("Tecuatl", "Xicotencatl", "Cuautle", "Tepoz", "Coatl", "Tlaxcalteca", "Hernández", "Meza")),
    "to-TO": (("Sione", "Mele", "Tevita", "Salote", "Viliami", "Lesieli", "Sitani", "Ana"),
              ("Tupou", "Fifita", "Taufa", "Vaipulu", "Havili", "Fonua", "Lolohea", "Moala")),
    "ch-GU": (("Joaquin", "Rosalia", "Jesus", "Concepcion", "Vicente", "Remedios", "Francisco", "Dolores"),
              ("Camacho", "Leon Guerrero", "Taitano", "San Nicolas", "Quitugua", "Cruz", "Blas", "Aguon")),
    "pau-PW": (("Surangel", "Tommy", "Kuniwo", "Bilung", "Uodelchad", "Ngiraked", "Iyechad"),
               ("Remengesau", "Whipps", "Toribiong", "Nakamura", "Ngirmang", "Olkeriil", "Sengebau")),
    "tpi-PG": (("Bernard", "Dulciana", "Wesley", "Kessy", "Moses", "Theresa", "Kila", "Loujaya"),
               ("Somare", "Namaliu", "Kwimberi", "Marape", "Kumbakor", "Toliman", "Wingti", "Pundari")),
    "jv-ID": (("Sukarno", "Suharti", "Sutrisno", "Wahyuni", "Bambang", "Sriyati", "Purwanto", "Suparmi",
               "Joko", "Kartini"), ("-",)),
    "su-ID": (("Asep", "Euis", "Ujang", "Neneng", "Dadang", "Iis", "Cecep", "Enung"),
              ("Sukmana", "Permana", "Suryadi", "Hidayat", "Kusnadi", "Sunarya", "Rustandi", "Gunawan")),
    "ban-ID": (("Wayan", "Made", "Nyoman", "Ketut", "Putu", "Komang", "Gede", "Luh"),
               ("Sudarsana", "Mahendra", "Astawa", "Suardana", "Wiradana", "Pradnyani", "Sukerta", "Dewi")),
    "kar-MM": (("Saw", "Naw", "Htoo", "Paw", "Eh", "Say", "Ler", "Mu"),
               ("Htoo Moo", "Ker Say", "Blu Paw", "Wah", "Poe", "Soe", "Dah", "Nay Moo")),
    "tet-TL": (("Xanana", "Maria", "Taur", "Isabel", "Mari", "Lourdes", "Agio", "Filomena"),
               ("Gusmão", "Matan Ruak", "Alkatiri", "da Costa", "Ximenes", "Soares", "Belo", "Pereira")),
}  # fmt: skip

# Streets, (city, postcode shape) and the country's order: {s} street, {n} number, {c} city, {p} postcode;
# "|" marks where a two-line rendering breaks.
STREETS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]] = {
    "US": (("Sequoyah Trail", "Muskogee Ave", "Cedar Bluff Rd", "Lorraine St"), (("Tahlequah, OK", "74464"),
           ("Saint Paul, MN", "551##"), ("Fresno, CA", "937##")), "{n} {s}|{c} {p}"),
    "SN": (("Rue Carnot", "Avenue Cheikh Anta Diop", "Route de Ngor"), (("Dakar", "10###"), ("Thiès", "21000")),
           "{n} {s}|{p} {c}"),
    "GN": (("Rue KA-020", "Avenue de la République", "Corniche Nord"), (("Conakry", "BP ###"), ("Labé", "BP ##")),
           "{n} {s}, {c}, {p}"),
    "ML": (("Rue 311", "Avenue Modibo Keita", "Boulevard du Peuple"), (("Bamako", "BP ###"), ("Ségou", "BP ##")),
           "Porte {n}, {s}|{c} {p}"),
    "RW": (("KN 5 Rd", "KG 11 Ave", "KK 15 Rd"), (("Kigali", "Gasabo"), ("Huye", "Ngoma")), "House {n}, {s}, {p}, {c}"),
    "UG": (("Kampala Road", "Bombo Road", "Jinja Road"), (("Kampala", "Central"), ("Entebbe", "Wakiso")),
           "Plot {n}, {s}|{c}"),
    "ZW": (("Samora Machel Avenue", "Jason Moyo Avenue", "Leopold Takawira St"), (("Harare", "Avondale"),
           ("Bulawayo", "Suburbs")), "{n} {s}|{p}, {c}"),
    "BW": (("Khama Crescent", "Nelson Mandela Drive", "Kgale View"), (("Gaborone", "Plot ####"),
           ("Francistown", "Plot ###")), "{n} {s}, {p}, {c}"),
    "LS": (("Kingsway", "Pioneer Road", "Moshoeshoe Road"), (("Maseru", "100"), ("Leribe", "300")), "{n} {s}|{c} {p}"),
    "ET": (("Bole Road", "Churchill Avenue", "Africa Avenue"), (("Addis Ababa", "1000"), ("Adama", "1888")),
           "House No. {n}, {s}|{c} {p}"),
    "ER": (("Harnet Avenue", "Sematat Avenue", "Martyrs Avenue"), (("Asmara", "Zoba Maekel"),
           ("Mendefera", "Zoba Debub")), "{n} {s}, {c}, {p}"),
    "MA": (("Rue Tafilalet", "Avenue Hassan II", "Derb Sidi Bouloukat"), (("Agadir", "80###"),
           ("Tiznit", "85000")), "{n}, {s}|{p} {c}"),
    "DZ": (("Rue Abane Ramdane", "Boulevard Stiti", "Rue Larbi Ben M'hidi"), (("Tizi Ouzou", "15000"),
           ("Béjaïa", "06000")), "{n} {s}|{p} {c}"),
    "IN": (("MG Road", "Brigade Road", "Janpath", "MG Road, Ernakulam"), (("Bengaluru", "5600##"),
           ("Kochi", "6820##"), ("Bhubaneswar", "7510##"), ("Guwahati", "7810##")), "No. {n}, {s}|{c} {p}"),
    "BT": (("Norzin Lam", "Chang Lam", "Doebum Lam"), (("Thimphu", "11001"), ("Paro", "12001")), "House {n}, {s}, {c} {p}"),
    "TJ": (("prospekt Rudaki", "ulitsa Bokhtar", "kuchai Shotemur"), (("Dushanbe", "7340##"), ("Khujand", "735700")),
           "{s} {n}, {c} {p}"),
    "TM": (("Magtymguly şaýoly", "Görogly köçesi", "Bitarap Türkmenistan şaýoly"), (("Aşgabat", "7440##"),
           ("Türkmenabat", "746100")), "{s}, jaý {n}, {c} {p}"),
    "KG": (("prospekt Chui", "ulitsa Kievskaya", "bulvar Erkindik"), (("Bishkek", "7200##"), ("Osh", "723500")),
           "{s} {n}, {p} {c}"),
    "RU": (("prospekt Putina", "ulitsa Kirova", "prospekt Mira", "ulitsa Kosta Khetagurova"),
           (("Grozny", "3640##"), ("Vladikavkaz", "3620##")), "{p}, {c}, {s}, d. {n}"),
    "BY": (("praspiekt Niezaliežnasci", "vulica Karla Marksa", "vulica Lienina"), (("Minsk", "2200##"),
           ("Hrodna", "230025")), "{s} {n}|{p} {c}"),
    "UA": (("vul. Khreshchatyk", "vul. Shevchenka", "prosp. Svobody"), (("Kyiv", "01###"), ("Lviv", "79###")),
           "{s}, {n}|{c}, {p}"),
    "PL": (("ul. Piotrkowska", "ul. Floriańska", "al. Jerozolimskie"), (("Łódź", "90-###"), ("Kraków", "31-0##"),
           ("Warszawa", "00-###")), "{s} {n}|{p} {c}"),
    "GR": (("Odos Ermou", "Leoforos Vasilissis Sofias", "Odos Tsimiski"), (("Athina", "105 ##"),
           ("Thessaloniki", "546 ##")), "{s} {n}|{p} {c}"),
    "CY": (("Makariou III Avenue", "Ledra Street", "Anexartisias Street"), (("Lefkosia", "10##"),
           ("Lemesos", "30##")), "{s} {n}|{p} {c}"),
    "AL": (("Rruga e Durrësit", "Bulevardi Zogu I", "Rruga Myslym Shyri"), (("Tiranë", "10##"), ("Shkodër", "4001")),
           "{s}, Nr. {n}|{p} {c}"),
    "MK": (("ulica Makedonija", "bulevar Ilinden", "ulica Dame Gruev"), (("Skopje", "1000"), ("Ohrid", "6000")),
           "{s} br. {n}|{p} {c}"),
    "BA": (("Ferhadija", "Titova", "Maršala Tita", "Zmaja od Bosne"), (("Sarajevo", "71000"), ("Mostar", "88000")),
           "{s} {n}|{p} {c}"),
    "IT": (("Via Roma", "Corso Vittorio Emanuele", "Via Mercatovecchio", "Viale Trento"), (("Cagliari", "091##"),
           ("Nuoro", "08100"), ("Udine", "33100")), "{s} {n}|{p} {c}"),
    "LU": (("Grand-Rue", "Avenue de la Liberté", "Rue de Hollerich"), (("Luxembourg", "L-1###"),
           ("Esch-sur-Alzette", "L-4###")), "{n}, {s}|{p} {c}"),
    "BE": (("Meir", "Veldstraat", "Korenmarkt", "Bondgenotenlaan"), (("Antwerpen", "2000"), ("Gent", "9000"),
           ("Leuven", "3000")), "{s} {n}|{p} {c}"),
    "ZA": (("Kerkstraat", "Voortrekker Road", "Dorpstraat"), (("Stellenbosch", "7600"), ("Bloemfontein", "9301")),
           "{n} {s}|{c} {p}"),
    "GL": (("Aqqusinersuaq", "Imaneq", "Qullilerfik"), (("Nuuk", "3900"), ("Ilulissat", "3952")), "{s} {n}|{p} {c}"),
    "CA": (("Pontiac Street", "Red River Road", "Algonquin Boulevard"), (("Thunder Bay, ON", "P7B #A#"),
           ("Sudbury, ON", "P3A #A#")), "{n} {s}|{c} {p}"),
    "CL": (("Calle Caupolicán", "Avenida Alemania", "Calle Lautaro"), (("Temuco", "478####"),
           ("Valdivia", "5090000")), "{s} {n}|{p} {c}"),
    "PY": (("Calle Palma", "Avenida Mariscal López", "Calle Estrella"), (("Asunción", "1###"),
           ("Encarnación", "6000")), "{s} {n}|{p} {c}"),
    "MX": (("Calle Cuauhtémoc", "Avenida Juárez", "Calle Xicoténcatl"), (("Tlaxcala", "90###"),
           ("Puebla", "72###")), "{s} {n}|{p} {c}"),
    "TO": (("Taufa'ahau Road", "Vuna Road", "Salote Road"), (("Nuku'alofa", "Tongatapu"), ("Neiafu", "Vava'u")),
           "Lot {n}, {s}, {c}, {p}"),
    "GU": (("Marine Corps Drive", "Chalan San Antonio", "Route 4"), (("Hagåtña, GU", "969##"),
           ("Dededo, GU", "96929")), "{n} {s}|{c} {p}"),
    "PW": (("Main Road", "Lebuu Street", "Ngerkebesang Road"), (("Koror, PW", "96940"), ("Airai, PW", "96940")),
           "{n} {s}|{c} {p}"),
    "PG": (("Champion Parade", "Hubert Murray Highway", "Waigani Drive"), (("Port Moresby", "NCD ###"),
           ("Lae", "MP 411")), "Section {n}, {s}|{c} {p}"),
    "ID": (("Jalan Malioboro", "Jalan Braga", "Jalan Gajah Mada", "Jalan Raya Ubud"), (("Yogyakarta", "552##"),
           ("Bandung", "401##"), ("Denpasar", "80###")), "{s} No. {n}|{c} {p}"),
    "MM": (("Strand Road", "Bogyoke Aung San Road", "Anawrahta Road"), (("Hpa-An", "13###"),
           ("Yangon", "11###")), "No. {n}, {s}|{c} {p}"),
    "TL": (("Rua de Santa Cruz", "Avenida Presidente Nicolau Lobato", "Rua dos Mártires da Pátria"),
           (("Dili", "Vera Cruz"), ("Baucau", "Vila")), "{s} n.º {n}|{p}, {c}"),
}  # fmt: skip

IBAN_BBAN: dict[str, str] = {
    "AL": "8n16c", "BE": "12n", "CY": "8n16c", "GR": "7n16c", "IT": "1a10n12c", "LU": "3n13c", "MK": "3n10c2n",
    "UA": "6n19c", "BY": "4c4n16c", "TL": "19n", "PL": "24n", "BA": "16n", "GL": "14n", "PT": "21n", "MR": "23n",
    "DE": "18n", "GB": "4a14n", "AE": "19n", "SA": "2n18c", "QA": "4a21c", "KW": "4a22c", "BH": "4a14c",
    "TN": "20n", "MU": "4a19n3a", "XK": "16n", "ME": "18n", "CR": "18n", "DO": "4c20n", "GT": "4c20c",
    "VG": "4a16n", "SC": "4a20n3a", "NL": "4a10n", "DK": "14n", "FI": "14n", "FR": "10n11c2n", "ES": "20n",
}  # fmt: skip
BANK_CODES = ("CBAO", "SGSN", "BICI", "ECOC", "BKID", "BNRW", "STAN", "CBZW", "FNBB", "CBET", "BMCE", "CPMA",
              "BNAL", "SBIN", "CNRB", "BHUT", "ORIO", "TUIB", "KICB", "ALFA", "PRIB", "PKOP", "ETHN", "BCYP",
              "NCBA", "KOMB", "RZBA", "BPMO", "CCRT", "BCEE", "GEBA", "ABSA", "GRLN", "TDOM", "BCHI", "BNFA",
              "BNMX", "ANZB", "BKGU", "PGBA", "BMRI", "BBRI", "KBZB", "BNUT")  # fmt: skip

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου "
          "Νοεμβρίου Δεκεμβρίου",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}  # fmt: skip
MONTHS = {k: tuple(v.split()) for k, v in _MONTHS.items()}
EMAIL_DOMAINS = ("orange.sn", "sotelma.ml", "mtn.co.ug", "zol.co.zw", "btc.bw", "ethionet.et", "menara.ma",
                 "rediffmail.com", "druknet.bt", "mail.tj", "ukr.net", "wp.pl", "o2.pl", "otenet.gr",
                 "cytanet.com.cy", "abcom.al", "t-home.mk", "bih.net.ba", "tiscali.it", "pt.lu", "telenet.be",
                 "mweb.co.za", "greennet.gl", "shaw.ca", "vtr.net", "tigo.com.py", "prodigy.net.mx", "kalianet.to",
                 "ite.net", "palaunet.com", "digicelpacific.com", "telkom.net", "timor.tl", "gmail.com")  # fmt: skip
SPECIAL = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "ß": "ss", "ə": "a", "ë": "e",
                         "'": "", "ñ": "n"})  # fmt: skip


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
        if family == ("-",):  # Javanese: often no surname, the whole name is the given name
            written = g
            y = self.r.random()
            return g, "", written.upper() if y < 0.15 else written.lower() if y < 0.25 else written
        same = [x for x in family if _native(x) == _native(g)]
        f = self.r.choice(same or family)  # a surname in the given name's script
        native = _native(g + f) and any(ord(c) > 0x590 for c in g + f)
        if self.locale in ("hmn-US", "kar-MM") and self.r.random() < 0.4:  # clan name first
            return g, f, f"{f} {g}" if self.r.random() < 0.7 else f"{f.upper()} {g}"
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
            self.r.choice(["GB", "FR", "DE", "AE", "QA", "AU", "NZ", "PT", "ZA", "US", "FJ"])
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
                ("Oklahoma", "A#########"),
                ("Minnesota", "A############"),
                ("California", "A#######"),
                ("Wisconsin", "A###-####-####-##"),
                ("Illinois", "A###-####-####"),
                ("Florida", "A###-###-##-###-#"),
                ("Texas", "########"),
                ("Maryland", "A-###-###-###-###"),
                ("North Carolina", "############"),
            ],
            "CA": [("ServiceOntario", "A####-#####-#####"), ("SGI Saskatchewan", "########")],
            "IN": [
                ("RTO Bengaluru", "KA01 ###########"),
                ("RTO Kochi", "KL07 ###########"),
                ("RTO Bhubaneswar", "OD02 ###########"),
                ("DTO Kamrup", "AS01 ###########"),
            ],
            "PL": [("Starosta", "#####/##/####")],
            "UA": [("ТСЦ МВС", "AAA ######")],
            "GR": [("Περιφέρεια", "#########")],
            "IT": [("Motorizzazione", "AA#######A")],
            "BE": [("FOD Mobiliteit", "##########")],
            "LU": [("SNCT", "######")],
            "AL": [("DPSHTRR", "A########A")],
            "BA": [("CIPS", "##AAA####")],
            "ZA": [("DLTC", "##########AA")],
            "ZW": [("VID", "######AA")],
            "ID": [("Polri SIM", "####-####-######")],
            "MX": [("Secretaría de Movilidad", "A##########")],
            "CL": [("Municipalidad de Temuco", "##.###.###-#")],
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
        lang = words if words in MONTHS else "en"
        forms = [f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[lang][m - 1]} {y}",
                 f"{m:02d}/{d:02d}/{y}" if c == "US" else f"{d:02d}/{m:02d}/{y}",
                 f"{d:02d}-{MONTHS['en'][m - 1][:3]}-{y}", f"{y}/{m:02d}/{d:02d}"]  # fmt: skip
        if c == "US":
            forms += [f"{MONTHS['en'][m - 1]} {d}, {y}", f"{m}/{d}/{y}"]
        if lang in ("pl", "uk", "ru", "el", "it", "nl", "pt", "da"):
            forms += [f"{d} {MONTHS[lang][m - 1]} {y}"] * 2
        if lang in ("uk", "ru"):
            forms.append(f"{d} {MONTHS[lang][m - 1]} {y} г.")
        if lang == "pt":
            forms.append(f"{d} de {MONTHS['pt'][m - 1]} de {y}")
        if lang == "es":
            forms.append(f"{d} de {MONTHS['es'][m - 1]} de {y}")
        if lang == "da":
            forms.append(f"{d}. {MONTHS['da'][m - 1]} {y}")
        if c in ("PL", "UA", "BY", "RU", "KG", "TJ", "TM", "BA", "MK"):
            forms.append(f"{d:02d}.{m:02d}.{y} r." if c == "PL" else f"{d}.{m}.{y}")
        return self.r.choice(forms)

    def mrn(self) -> str:
        pattern = self.r.choice(
            ["MR#######", "###-##-####-#", "#### ####", "PT/######", "Z########", "##AA#####", "H#######-#",
             "AA-###-###", "##########", "CH.###.####", "#######A", "V##/#####"]
        )  # fmt: skip
        return self.shape(pattern, "BCDFGHKLMNPRSTVWZ")
