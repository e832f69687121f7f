"""Personal values of the fourteenth holdout PII set (tools/pii_holdout14_set.py), composed from public knowledge.

Names: hand-written lists of real given names and surnames, none drawn from Faker or Mimesis, of origins no
earlier split uses: Muscogee (Creek), Tohono O'odham, Unangan (Aleut), Haida, Dene Sųłiné, Abaco Loyalist
Bahamian, Madeiran Vincentian, Indo-Caribbean Saint Lucian, Mopan Maya, Martinican béké, Ixil, Purépecha, Azorean
Brazilian, Ligurian Peruvian, Volga German Argentine, Croatian Chilean, East Belgian (German-speaking), Zeelandic,
Bavarian, French Flemish, Ticinese, Goral (Podhale), Livonian, Komi and Mari (Latin and Cyrillic), Arvanite (Latin
and Greek script), Neapolitan, Boka Croat, Izmir Levantine, Talysh (Latin and Cyrillic), Bukharan Jewish (Latin,
Cyrillic and Hebrew script), Dungan (Latin and Cyrillic), Hui (Latin and Chinese characters), Atayal, Ambonese,
Cebuano, Penang Hokkien, Teochew Singaporean, Parsi, Anglo-Indian, Thakali and Gurung (Latin and Devanagari),
Burusho (Latin and Urdu script), Yaghnobi (Latin and Tajik Cyrillic), Kalenjin, Kamba, Nyakyusa, Lugbara, Dogon,
Kono, Kru, Tem, Luanda Creole, Zambian Ngoni, Rehoboth Baster, Southern Ndebele, Yolŋu, Kai Loma (part-European
Fijian), Tolai, Sarkese, Levantine Antiguan, Carriacouan, Hunsrik (Brazil), Manchu (Latin and Chinese
characters), Sikkimese Bhutia, Maranao, Meru, Sicilian, Swabian and Twents; written as "Given Surname", "SURNAME, Given",
"Surname, Given", with one or two initials, particles (de, da, van, dos) and hyphens, in ALL CAPS or lower case
now and then. Street lines: hand-written street names and cities in each country's address order, the house
number before or after the street, with flat, unit, lot, erf, section or purok numbers, sometimes over two or
three lines. Phones: the `phonenumbers` library's example numbers with their subscriber digits redrawn until the
library calls them valid, rendered in national, international, E.164, RFC 3966 (dashed) and hand-made
groupings, with extensions, and read back as valid (extension included) from the document's country. Cards,
IBANs, BICs, SSNs, driver's licences and record numbers: composed from their published layouts and check digits.
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
    "mus-US": Loc("US", "en"), "ood-US": Loc("US", "en"), "ale-US": Loc("US", "en"), "hai-CA": Loc("CA", "en"),
    "chp-CA": Loc("CA", "en"), "bah-BS": Loc("BS", "en"), "pt-VC": Loc("VC", "en"), "hns-LC": Loc("LC", "en"),
    "mop-BZ": Loc("BZ", "es"), "fr-MQ": Loc("MQ", "fr"), "ixl-GT": Loc("GT", "es"), "tsz-MX": Loc("MX", "es"),
    "pt-BR": Loc("BR", "pt"), "lij-PE": Loc("PE", "es"), "gem-AR": Loc("AR", "es"), "hr-CL": Loc("CL", "es"),
    "de-BE": Loc("BE", "de"), "zea-NL": Loc("NL", "nl"), "bar-DE": Loc("DE", "de"), "vls-FR": Loc("FR", "fr"),
    "lmo-CH": Loc("CH", "it"), "goral-PL": Loc("PL", "en"), "liv-LV": Loc("LV", "en"), "kv-RU": Loc("RU", "ru"),
    "chm-RU": Loc("RU", "ru"), "aat-GR": Loc("GR", "en"), "nap-IT": Loc("IT", "it"), "hr-ME": Loc("ME", "en"),
    "lev-TR": Loc("TR", "tr"), "tly-AZ": Loc("AZ", "ru"), "bhh-UZ": Loc("UZ", "ru"), "dng-KZ": Loc("KZ", "ru"),
    "hui-CN": Loc("CN", "zh"), "tay-TW": Loc("TW", "zh"), "abs-ID": Loc("ID", "id"), "ceb-PH": Loc("PH", "en"),
    "nan-MY": Loc("MY", "en"), "tcw-SG": Loc("SG", "en"), "prs-IN": Loc("IN", "en"), "en-x-anglo-IN": Loc("IN", "en"),
    "ths-NP": Loc("NP", "en"), "gvr-NP": Loc("NP", "en"), "bsk-PK": Loc("PK", "en"), "yai-TJ": Loc("TJ", "ru"),
    "kln-KE": Loc("KE", "en"), "kam-KE": Loc("KE", "en"), "nyy-TZ": Loc("TZ", "en"), "lgg-UG": Loc("UG", "en"),
    "dts-ML": Loc("ML", "fr"), "kno-SL": Loc("SL", "en"), "kro-LR": Loc("LR", "en"), "kdh-TG": Loc("TG", "fr"),
    "pt-AO": Loc("AO", "pt"), "ngo-ZM": Loc("ZM", "en"), "af-x-baster-NA": Loc("NA", "en"), "nr-ZA": Loc("ZA", "en"),
    "dhg-AU": Loc("AU", "en"), "en-x-kailoma-FJ": Loc("FJ", "en"), "ksd-PG": Loc("PG", "en"),
    "sark-GG": Loc("GG", "en"), "ar-x-levant-AG": Loc("AG", "en"), "en-x-carriacou-GD": Loc("GD", "en"),
    "hrx-BR": Loc("BR", "pt"), "mnc-CN": Loc("CN", "zh"), "sip-IN": Loc("IN", "en"), "mrw-PH": Loc("PH", "en"),
    "mer-KE": Loc("KE", "en"), "scn-IT": Loc("IT", "it"), "swg-DE": Loc("DE", "de"), "twd-NL": Loc("NL", "nl"),
}  # fmt: skip

# Real given names and surnames by locale, each list in the scripts its people write it in.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "mus-US": (("Joy", "Sterlin", "Lois", "Chitto", "Wilson", "Ellen", "Hotvlkuce", "Roger", "Margaret"),
               ("Harjo", "Tiger", "Yahola", "Fixico", "Chupco", "Micco", "Deere", "Bear", "Hill", "Coachman")),
    "ood-US": (("Ned", "Verlon", "Ofelia", "Camillus", "Frances", "Danny", "Rosilda", "Edward", "Amelia"),
               ("Antone", "Norris", "Enos", "Pablo", "Francisco", "Ramon", "Manuel", "Lopez", "Garcia", "Juan")),
    "ale-US": (("Agafon", "Vera", "Ilarion", "Aquilina", "Moses", "Nadesta", "Larry", "Okalena", "Patrick"),
               ("Golodoff", "Dushkin", "Merculief", "Prokopiof", "Kudrin", "Lekanoff", "Zaochney", "Shaishnikoff",
                "Galaktionoff", "Krukoff")),
    "hai-CA": (("Guujaaw", "Robert", "Florence", "Diane", "Lucy", "Reg", "Jaalen", "Delores", "Christian"),
               ("Davidson", "Yeltatzie", "Edenshaw", "Collison", "Bell", "Wilson", "Stevens", "Brown", "Williams")),
    "chp-CA": (("Dolphus", "Marie", "Louis", "Annie", "Joseph", "Rosalie", "Teddy", "Bernadette", "Alphonse"),
               ("Catholique", "Lockhart", "Marlowe", "Drybones", "Sayazie", "Tsannie", "Benoanie", "Yooya",
                "Cheecham", "Laban")),
    "bah-BS": (("Vernon", "Ritchie", "Marcia", "Tilly", "Edison", "Roscoe", "Sherelle", "Winer", "Bradley"),
               ("Albury", "Sweeting", "Pinder", "Lowe", "Malone", "Archer", "Russell", "Key", "Curry", "Sawyer")),
    "pt-VC": (("Manuel", "Agnes", "Clive", "Maureen", "Wilfred", "Rosalind", "Glenroy", "Lennox", "Yvonne"),
              ("De Freitas", "Da Silva", "Rodrigues", "Jardine", "Fernandes", "Camacho", "Teixeira", "Abreu",
               "Mendes", "Pereira")),
    "hns-LC": (("Kamla", "Rampersad", "Indira", "Deo", "Savitri", "Vishnu", "Chandra", "Sunita", "Harrilal"),
               ("Persad", "Ramnarine", "Maharaj", "Boodhoo", "Jaggernauth", "Ramoutar", "Sookram", "Baboolal",
                "Mohammed", "Dookie")),
    "mop-BZ": (("Aurelio", "Juana", "Cirilo", "Petrona", "Santiago", "Florentina", "Adolfo", "Eleuteria"),
               ("Teul", "Sho", "Mes", "Chun", "Tzul", "Salam", "Coh", "Cus", "Shol", "Canti")),
    "fr-MQ": (("Bernard", "Hélène", "Roger", "Marie-Claude", "Charles-Henri", "Yves", "Laurence", "Gonzague"),
              ("Hayot", "Despointes", "Aubéry", "de Reynal", "Viviès", "Dormoy", "de Lucy", "Huyghues",
               "Assier de Pompignan", "Clerc")),
    "ixl-GT": (("Jacinto", "Teresa", "Pedro", "Catarina", "Nicolás", "Magdalena", "Domingo", "Elena"),
               ("Brito", "Raymundo", "Ceto", "Cobo", "Matóm", "Sajic", "Bernal", "Pacheco", "Caba", "Terraza")),
    "tsz-MX": (("Ireri", "Eréndira", "Zirahuén", "Tanganxoan", "Josefina", "Guadalupe", "Tariácuri", "Rosa"),
               ("Tzintzun", "Huerta", "Cuiriz", "Jacuinde", "Huipe", "Tzitzi", "Pahuamba", "Achu", "Tapia",
                "Quiroz")),
    "pt-BR": (("Manoel", "Aurélio", "Zuleica", "Joaquim", "Marlene", "Valmor", "Lenita", "Jovelina", "Osni"),
              ("Silveira", "Bettencourt", "Medeiros", "Furtado", "Goulart", "Machado", "Ávila", "Bitencourt",
               "Cardoso", "Vieira")),
    "lij-PE": (("Fernando", "Giuliana", "Aldo", "Renzo", "Gianfranco", "Rossana", "Carla", "Piero", "Fiorella"),
               ("Raffo", "Piaggio", "Ferrando", "Bacigalupo", "Solari", "Denegri", "Canessa", "Queirolo",
                "Mulanovich", "Costa")),
    "gem-AR": (("Juan Pedro", "Catalina", "Rogelio", "Mirta", "Osvaldo", "Elsa", "Nélida", "Adolfo", "Ilda"),
               ("Schwindt", "Dietrich", "Hergenreder", "Weimann", "Kloster", "Sieben", "Gareis", "Holzmann",
                "Schaab", "Reser")),
    "hr-CL": (("Antonio", "Milka", "Vesna", "Nicolás", "Pedro", "Danica", "Juan Pablo", "Mirna", "Esteban"),
              ("Kusanovic", "Eterovic", "Vrsalovic", "Marinovic", "Kalazich", "Karmelic", "Tomicic", "Bradasic",
               "Radic", "Yutronic")),
    "de-BE": (("Oliver", "Karl-Heinz", "Isabelle", "Resi", "Edmund", "Gerhild", "Bernd", "Annemie", "Ludwig"),
              ("Lambertz", "Paasch", "Mertes", "Kessler", "Schmitz", "Veithen", "Klinkenberg", "Heinen", "Cremer",
               "Mausen")),
    "zea-NL": (("Adriaan", "Jacoba", "Pieternella", "Kornelis", "Maatje", "Leendert", "Janna", "Izaak"),
               ("Minderhoud", "Wisse", "Sinke", "Dieleman", "Verhage", "Koppejan", "Cijsouw", "Poppe", "Meijaard",
                "Boone")),
    "bar-DE": (("Xaver", "Korbinian", "Vroni", "Sepp", "Resi", "Wastl", "Leonhard", "Kreszenz", "Quirin"),
               ("Huber", "Brandl", "Wimmer", "Obermaier", "Gruber", "Stadler", "Lechner", "Kiermaier",
                "Hinterberger", "Schwaiger")),
    "vls-FR": (("Jean-Pierre", "Thérèse", "Régine", "Marcel", "Bernadette", "Christophe", "Ghislaine", "Rémi"),
               ("Vandaele", "Devos", "Deswarte", "Vanhove", "Decool", "Verstaevel", "Cappoen", "Debaecker",
                "Vanpeene", "Ryckebusch")),
    "lmo-CH": (("Ignazio", "Marina", "Fulvio", "Loredana", "Renato", "Manuele", "Norman", "Raffaella"),
               ("Pedrazzini", "Lepori", "Dadò", "Bertoli", "Quadri", "Mombelli", "Respini", "Borradori", "Chiesa",
                "Gobbi")),
    "goral-PL": (("Józef", "Stanisława", "Andrzej", "Zofia", "Wojciech", "Kazimierz", "Bronisława", "Jędrzej"),
                 ("Gąsienica", "Bachleda", "Chowaniec", "Zubek", "Karpiel", "Stoch", "Tylka", "Krzeptowski", "Pitoń",
                  "Bukowski")),
    "liv-LV": (("Julgī", "Valts", "Pētõr", "Grizelda", "Kōrli", "Didrõk", "Viktors", "Zoja"),
               ("Stalte", "Ernštreits", "Damberg", "Kristiņa", "Volganski", "Berthold", "Šuvcāne", "Sarre")),
    "kv-RU": (("Ivan", "Vasily", "Anastasia", "Galina", "Pitirim", "Yemelyan", "Иван", "Василий", "Галина",
               "Питирим"),
              ("Kuratov", "Lytkin", "Nanyaev", "Ulyashev", "Kanev", "Zhakov", "Chuprov", "Rochev", "Куратов",
               "Лыткин", "Уляшев", "Канев", "Жаков")),
    "chm-RU": (("Yakov", "Olyk", "Valentina", "Andrei", "Irina", "Sergei", "Яков", "Андрей", "Валентина",
                "Ирина"),
               ("Eshpai", "Chavain", "Ipai", "Shketan", "Mikai", "Tabaev", "Toidemar", "Эшпай", "Чавайн",
                "Шкетан", "Табаев")),
    "aat-GR": (("Andreas", "Laskarina", "Georgios", "Dimitra", "Antonios", "Stamatia", "Ανδρέας",
                "Λασκαρίνα", "Γεώργιος", "Σταματία"),
               ("Miaoulis", "Kountouriotis", "Botsaris", "Tzavelas", "Karaiskakis", "Tombazis", "Μιαούλης",
                "Κουντουριώτης", "Μπότσαρης", "Τομπάζης")),
    "nap-IT": (("Ciro", "Assunta", "Carmela", "Salvatore", "Pasquale", "Immacolata", "Vincenzo", "Nunzia"),
               ("Esposito", "Russo", "De Luca", "Capuozzo", "Iovine", "Scognamiglio", "Cozzolino", "Ammendola",
                "Sorrentino", "Di Maio")),
    "hr-ME": (("Ivo", "Tripo", "Marija", "Antun", "Frano", "Nikola", "Ana", "Ljerka", "Đuro"),
              ("Dabinović", "Kamenarović", "Visin", "Luković", "Florio", "Verona", "Zloković", "Dabčević",
               "Tripković")),
    "lev-TR": (("Alfred", "Fanny", "Edmond", "Lucie", "Raymond", "Antoinette", "Renzo", "Giovanna", "Herbert"),
               ("Giraud", "Whittall", "Rees", "Paterson", "Charnaud", "Maltass", "Braggiotti", "Missir", "Barbaro",
                "La Fontaine")),
    "tly-AZ": (("Novruzəli", "Ələkram", "Zülfüqar", "Gülərə", "Səkinə", "Həbib", "Новрузали", "Алакрам",
                "Зульфугар", "Гюляра"),
               ("Məmmədov", "Hümmətov", "Talışinski", "Əsgərov", "Lənkərani", "Мамедов", "Гумматов", "Аскеров",
                "Ленкорани")),
    "bhh-UZ": (("Barno", "Gavriel", "Malkiel", "Shoista", "Bella", "Rafael", "Гавриэль", "Малкиэль", "Барно",
                "גבריאל", "מלכיאל", "רפאל"),
               ("Ishakov", "Mullokandov", "Kalontarov", "Aminov", "Pinkhasov", "Yakubov", "Муллокандов",
                "Калантаров", "Аминов", "מולוקנדוב", "קלונטרוב", "אמינוב")),
    "dng-KZ": (("Yasyr", "Magazy", "Aisha", "Khusein", "Arli", "Fatima", "Ясыр", "Магазы", "Айша", "Хусей"),
               ("Shivaza", "Masanchi", "Sushanlo", "Daurov", "Imazov", "Sulimanov", "Шиваза", "Масанчи", "Сушанло",
                "Имазов")),
    "hui-CN": (("Mingde", "Xiulan", "Youfu", "Jianguo", "Shufang", "明德", "秀兰", "有福", "建国", "淑芳"),
               ("Ma", "Na", "Bai", "Ding", "Ha", "Hai", "Sha", "马", "纳", "白", "丁", "哈", "海", "沙")),
    "tay-TW": (("Walis", "Yukan", "Pasang", "Yawi", "Losin", "Temu", "Lahuy", "Tali", "Yaway"),
               ("Nokan", "Watan", "Hayung", "Tanah", "Behuy", "Silan", "Piho", "Batu", "Mayan")),
    "abs-ID": (("Johannes", "Christina", "Glenn", "Marthina", "Yopie", "Merry", "Broery", "Nus", "Octovianus"),
               ("Latuharhary", "Pattiasina", "Tuhumury", "Sahetapy", "Matulessy", "Leimena", "Pelupessy",
                "Wattimena", "Siahaya", "Tanamal")),
    "ceb-PH": (("Sergio", "Lourdes", "Emilio", "Gwendolyn", "Tomas", "Perla", "Junjun", "Inday", "Ramonito"),
               ("Osmeña", "Cuenco", "Gullas", "Durano", "Abellanosa", "Labella", "Rama", "Alcoseba", "Du",
                "Sanchez")),
    "nan-MY": (("Boo Hin", "Chooi Lan", "Kean Wah", "Siew Ling", "Chong Eu", "Ah Kow", "Beng Choo", "Hock Lye"),
               ("Khoo", "Cheah", "Yeoh", "Ooi", "Goh", "Teoh", "Khor", "Lim", "Quah", "Saw")),
    "tcw-SG": (("Swee Keng", "Ah Huat", "Poh Choo", "Chin Hock", "Geok Lian", "Kok Leong", "Soh Hwa", "Wee Kiat"),
               ("Teo", "Tay", "Ng", "Koh", "Sim", "Ong", "Lau", "Heng", "Chua", "Tan")),
    "prs-IN": (("Jamshed", "Roshan", "Ratan", "Nergis", "Cyrus", "Perin", "Homi", "Dinshaw", "Freny", "Zubin"),
               ("Tata", "Wadia", "Godrej", "Mistry", "Petit", "Dastur", "Bharucha", "Contractor", "Engineer",
                "Poonawalla")),
    "en-x-anglo-IN": (("Frank", "Derek", "Barbara", "Melvyn", "Elaine", "Merle", "Cedric", "Gloria", "Lionel"),
                      ("Gidney", "Derozio", "Anthony", "O'Brien", "Pinto", "Rozario", "Skinner", "Fanthome",
                       "Lobo", "McCluskie")),
    "ths-NP": (("Om", "Prem", "Manjushree", "Lalit", "Rita", "Indira", "Kiran", "ओम", "प्रेम", "मञ्जुश्री",
                "ललित"),
               ("Sherchan", "Tulachan", "Gauchan", "Bhattachan", "Hirachan", "शेरचन", "तुलाचन", "गौचन",
                "भट्टचन")),
    "gvr-NP": (("Tul Bahadur", "Bhim", "Sita", "Kamala", "Dil", "Ganju", "भीम", "सीता", "कमला", "दिल"),
               ("Gurung", "Ghale", "Lamichhane", "Tamu", "Kone", "गुरुङ", "घले", "तमु")),
    "bsk-PK": (("Karim", "Shams", "Gulshan", "Nazir", "Zarina", "Mir", "کریم", "شمس", "گلشن", "نذیر", "زرینہ", "میر"),
               ("Baig", "Hunzai", "Sabir", "Khan", "Ghazanfar", "بیگ", "ہنزائی", "غضنفر", "صابر", "خان")),
    "yai-TJ": (("Safar", "Gulchehra", "Mirzo", "Hasan", "Zarina", "Сафар", "Гулчеҳра", "Мирзо", "Ҳасан",
                "Зарина"),
               ("Mirzoev", "Saidov", "Khamroev", "Gulomov", "Andreev", "Мирзоев", "Саидов", "Ҳамроев",
                "Ғуломов")),
    "kln-KE": (("Eliud", "Faith", "Vivian", "Hellen", "Wilson", "Brigid", "Kipchoge", "Conseslus", "Beatrice"),
               ("Kiprop", "Chebet", "Koech", "Rotich", "Kiptoo", "Cheruiyot", "Kosgei", "Jepkosgei", "Kiplagat",
                "Kipruto")),
    "kam-KE": (("Mwende", "Ndinda", "Mutheu", "Kyalo", "Kavata", "Musili", "Kalonzo", "Wavinya", "Nzau"),
               ("Mutua", "Musyoka", "Mwendwa", "Nzioka", "Kioko", "Wambua", "Kilonzo", "Muthama", "Ndeti",
                "Mulwa")),
    "nyy-TZ": (("Harrison", "Tumaini", "Upendo", "Ambokile", "Anyelwisye", "Atupele", "Lusekelo", "Neema"),
               ("Mwakyembe", "Mwakalinga", "Mwambusi", "Mwaipopo", "Mwakasege", "Mwandosya", "Mwakibete",
                "Kajula", "Mwakyusa")),
    "lgg-UG": (("Moses", "Florence", "Alfred", "Eunice", "Cosmas", "Jesca", "Ezekiel", "Stella", "Adrupio"),
               ("Drici", "Ondoga", "Ayikoru", "Driwale", "Adiga", "Anyole", "Bileni", "Onzima", "Amandua",
                "Atiku")),
    "dts-ML": (("Amadou", "Fatoumata", "Oumar", "Yaya", "Aïssata", "Ogobara", "Mariam", "Antandou", "Yacouba"),
               ("Dolo", "Guindo", "Togo", "Ongoïba", "Kassogué", "Saye", "Tembely", "Poudiougo", "Karambé",
                "Timbiné")),
    "kno-SL": (("Sahr", "Tamba", "Fayia", "Komba", "Finda", "Kumba", "Aiah", "Sia", "Bondu"),
               ("Fasuluku", "Gbondo", "Kamanda", "Boima", "Tengbeh", "Sandy", "Kpakima", "Ngekia", "Mattia",
                "Yomba")),
    "kro-LR": (("George", "Clar", "Tiawon", "Wleh", "Elfrida", "Nyenuh", "Timothy", "Comfort", "Doeteh"),
               ("Weah", "Toe", "Nimely", "Nyenpan", "Wesseh", "Nagbe", "Sieh", "Tarr", "Juah", "Kpadeh")),
    "kdh-TG": (("Fousséni", "Sakina", "Abdoulaye", "Rafiatou", "Mouhamadou", "Bassirou", "Safiatou", "Nafissa"),
               ("Ouro-Djobo", "Ouro-Akpo", "Bouraïma", "Tchédré", "Issifou", "Alassani", "Tchagbélé",
                "Moutawakilou", "Agrignan")),
    "pt-AO": (("Pedro", "Fernando", "Maria do Carmo", "Ilda", "Domingos", "Luzia", "Adão", "Teresinha"),
              ("Van-Dúnem", "Vieira Dias", "Pitra", "Mingas", "Bento", "Assis", "Fontes Pereira", "Neto",
               "Dias dos Santos", "Lopes de Lima")),
    "ngo-ZM": (("Edgar", "Rupiah", "Mirriam", "Chisomo", "Thandiwe", "Kondwani", "Mphatso", "Tiyamike"),
               ("Phiri", "Banda", "Jere", "Tembo", "Mbewe", "Daka", "Nkhoma", "Zimba", "Mwale", "Zulu")),
    "af-x-baster-NA": (("Hans", "Katrina", "Johannes", "Emma", "Hendrik", "Magdalena", "Dirk", "Aletta"),
                       ("Beukes", "Van Wyk", "Diergaardt", "McNab", "Cloete", "Mouton", "Olivier", "Koopman",
                        "Dentlinger", "Izaaks")),
    "nr-ZA": (("Esther", "Sipho", "Thembi", "Jabulani", "Nomvula", "Mandla", "Lindiwe", "Bongani", "Sibongile"),
              ("Mahlangu", "Skosana", "Masilela", "Msiza", "Mnguni", "Kabini", "Sibanyoni", "Mtsweni", "Jiyane",
               "Nhlapo")),
    "dhg-AU": (("Galarrwuy", "Mandawuy", "Djalu", "Banduk", "Gulumbu", "Witiyana", "Dhopiya", "Yalmay"),
               ("Yunupingu", "Marika", "Gumana", "Wunungmurra", "Dhamarrandji", "Gurruwiwi", "Mununggurr",
                "Garrawurra", "Ganambarr")),
    "en-x-kailoma-FJ": (("Elizabeth", "Harold", "Litia", "Ronald", "Adi", "Kenneth", "Loraini", "Semi"),
                        ("Whippy", "Hennings", "Tarte", "Eastgate", "Brodziak", "Simpson", "Hedstrom", "Stinson",
                         "Caldwell", "Bentley")),
    "ksd-PG": (("Rabbie", "Ereman", "Nakikus", "Ellison", "Ambrose", "Margaret", "Joyce", "Ia", "Tiolam"),
               ("ToBaining", "Namaliu", "Konga", "ToVue", "Tovalaun", "ToKunai", "Tamur", "Tapo", "ToPurua")),
    "sark-GG": (("Jean", "Philip", "Elizabeth", "Rachel", "Helier", "Judith", "Elie", "Martha", "Nicolas"),
                ("de Carteret", "Perrée", "Guille", "Falle", "Carré", "Hamon", "Le Feuvre", "Vibert",
                 "Le Masurier", "Baker")),
    "ar-x-levant-AG": (("Joseph", "Nadia", "Elias", "Violet", "Ramez", "George", "Laila", "Fuad", "Selma"),
                       ("Hadeed", "Issa", "Azan", "Shoucair", "Mahfood", "Khouri", "Hanna", "Ammar", "Abdo",
                        "Feanny")),
    "en-x-carriacou-GD": (("Winston", "Daphne", "Elvin", "Clemencia", "Canute", "Winnifred", "Osbert", "Jocelyn"),
                          ("McLawrence", "Fleary", "Bristol", "McIntosh", "Cudjoe", "Quashie", "Mills", "Emmons",
                           "Compton", "Patrice")),
    "hrx-BR": (("Arno", "Inês", "Lauro", "Nelci", "Egon", "Iraci", "Ivo", "Lorena", "Nilvo"),
               ("Kunz", "Hammes", "Welter", "Bohn", "Kirsch", "Dresch", "Hendges", "Thoen", "Schneider", "Lunkes")),
    "mnc-CN": (("Yuzhen", "Hongwei", "Shuqin", "Delin", "Qiying", "玉珍", "宏伟", "淑琴", "德林", "启英"),
               ("Guan", "Tong", "Fu", "Suo", "Aisin-Gioro", "Zhao", "关", "佟", "富", "索", "赵")),
    "sip-IN": (("Pema", "Karma", "Sonam", "Dechen", "Tshering", "Ugen", "Pintso", "Kunzang", "Yangchen"),
               ("Bhutia", "Lachungpa", "Kazi", "Namgyal", "Denzongpa", "Gyatso", "Lachenpa", "Dorjee",
                "Wangchuk")),
    "mrw-PH": (("Ahmad", "Norhaya", "Aleem", "Jamila", "Abdullah", "Sittie", "Farida", "Mamintal", "Saidamen"),
               ("Alonto", "Lucman", "Dimaporo", "Macarambon", "Adiong", "Pangandaman", "Mindalano", "Tomawis",
                "Balindong", "Pangarungan")),
    "mer-KE": (("Kiraitu", "Gatwiri", "Makena", "Kendi", "Mwiti", "Munene", "Karimi", "Kathure", "Mugambi"),
               ("Murungi", "Mwenda", "Kaberia", "Gitobu", "Kinoti", "Mutuma", "Linturi", "Mwongera", "Kirimi")),
    "scn-IT": (("Calogero", "Rosalia", "Gaetano", "Santina", "Baldassare", "Concetta", "Turiddu", "Agata"),
               ("Lo Presti", "La Rosa", "Li Causi", "Lo Bianco", "Spataro", "Scimeca", "Cusumano", "Cannizzaro",
                "Lo Cascio", "Giambalvo")),
    "swg-DE": (("Gottlob", "Hildegard", "Eberhard", "Trudl", "Gotthilf", "Lore", "Wilhelmine", "Ulrich"),
               ("Häberle", "Pfleiderer", "Eisele", "Bauknecht", "Kächele", "Fischle", "Schäufele", "Maisch",
                "Rapp", "Hägele")),
    "twd-NL": (("Gerrit", "Hendrika", "Jan Willem", "Gradus", "Aleida", "Bernardus", "Hanneke", "Egbert"),
               ("Wolbers", "Oude Luttikhuis", "Brinkers", "Nijhof", "Aarnink", "Ter Horst", "Rouwhorst",
                "Haverkate", "Scholten", "Hofste")),
}  # fmt: skip

# Where documents often write the family name first.
SURNAME_FIRST = ("hui-CN", "mnc-CN", "yai-TJ", "dng-KZ", "nan-MY", "tcw-SG", "kv-RU", "chm-RU")

# Streets, (city, postcode shape) and the country's order: {s} street, {n} number, {c} city, {p} postcode,
# {f} flat, unit, lot or block; "|" marks where a rendering over several lines breaks.
STREETS: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], str]] = {
    "US": (("North Wood Drive", "East 6th Street", "Airport Beach Road", "Main Street", "Broadway Avenue",
            "Salvage Road"), (("Okmulgee, OK", "74447"), ("Muskogee, OK", "7440#"), ("Sells, AZ", "85634"),
            ("Tucson, AZ", "857##"), ("Unalaska, AK", "99685"), ("Saint Paul Island, AK", "99660")), "{n} {s}|Apt {f}|{c} {p}"),
    "CA": (("Collison Avenue", "Eagle Road", "Raven Avenue", "Dene Drive"), (("Masset, BC", "V0T 1M0"),
           ("Skidegate, BC", "V0T 1S1"), ("La Loche, SK", "S0M 1G0"), ("Fort Chipewyan, AB", "T0P 1B0")),
           "{n} {s}, Suite {f}|{c}|{p}"),
    "BS": (("Bay Street", "Back Street", "Queen's Highway", "Don MacKay Boulevard"), (("Hope Town", "Abaco"),
           ("Man-O-War Cay", "Abaco"), ("Marsh Harbour", "Abaco"), ("Spanish Wells", "Eleuthera")), "{n} {s}|{c}, {p}"),
    "VC": (("Middle Street", "Halifax Street", "Windward Highway", "Sion Hill Road"), (("Kingstown", "VC01##"),
           ("Barrouallie", "VC02##"), ("Mesopotamia", "VC03##")), "{n} {s}|{c} {p}"),
    "LC": (("Clarke Street", "Chaussée Road", "Laborie Street", "New Dock Road"), (("Vieux Fort", "LC12 ###"),
           ("Castries", "LC04 ###"), ("Dennery", "LC10 ###")), "{n} {s}|{c} {p}"),
    "BZ": (("Front Street", "Main Middle Street", "San Antonio Road", "Queen Street"),
           (("Punta Gorda", "Toledo District"), ("San Antonio", "Toledo"), ("Benque Viejo del Carmen", "Cayo")),
           "{n} {s}|{c}, {p}"),
    "MQ": (("Rue Ernest Deproge", "Route de Didier", "Rue Lamartine", "Chemin de l'Habitation Clément"),
           (("Le François", "97240"), ("Fort-de-France", "972##"), ("Le Robert", "97231")), "{n} {s}, appt {f}|{p} {c}"),
    "GT": (("Calle Principal", "Cantón Vichemal", "Avenida Quinta", "4a. Avenida"), (("Nebaj, Quiché", "14013"),
           ("Chajul, Quiché", "14014"), ("Cotzal, Quiché", "14015"), ("Santa Cruz del Quiché", "14001")), "{s} {n}-{f}, zona 1|{c} {p}"),
    "MX": (("Calle Tena", "Avenida Lázaro Cárdenas", "Calle Ibarra", "Calle Quiroga"),
           (("Pátzcuaro, Mich.", "61600"), ("Uruapan, Mich.", "60000"), ("Morelia, Mich.", "58###")),
           "{s} {n}, depto. {f}|C.P. {p}|{c}"),
    "BR": (("Rua Felipe Schmidt", "Rua Conselheiro Mafra", "Servidão dos Açores", "Rodovia SC-401"),
           (("Florianópolis, SC", "880##-###"), ("Laguna, SC", "88790-###"), ("São José, SC", "881##-###"),
            ("Porto Alegre, RS", "900##-###")), "{s}, {n}, ap. {f}|{c}|CEP {p}"),
    "PE": (("Calle Constitución", "Jirón Ucayali", "Avenida Sáenz Peña", "Calle Génova"), (("Callao", "070##"),
           ("Lima", "150##"), ("Miraflores, Lima", "15074")), "{s} {n}, dpto. {f}|{c} {p}"),
    "AR": (("Calle San Martín", "Avenida Jacob Schwindt", "Calle Belgrano", "Calle Los Alemanes"),
           (("Crespo, Entre Ríos", "E3116"), ("Aldea Valle María, Entre Ríos", "E3101"), ("Coronel Suárez", "B7540")),
           "{s} {n}, piso {f}|{p} {c}"),
    "CL": (("Calle Croacia", "Avenida Bulnes", "Calle Roca", "Calle Lautaro Navarro"),
           (("Punta Arenas", "6200###"), ("Porvenir", "6300###"), ("Antofagasta", "1240###")), "{s} {n}, depto. {f}|{c} {p}"),
    "BE": (("Klötzerbahn", "Aachener Straße", "Hauptstraße", "Bergstraße"), (("Eupen", "4700"),
           ("Sankt Vith", "4780"), ("Kelmis", "4720"), ("Bütgenbach", "4750")), "{s} {n}, bte {f}|{p} {c}"),
    "NL": (("Poststraat", "Havenpark", "Lange Delft", "Nieuwstraat"), (("Zierikzee", "43## AA"), ("Middelburg", "43## AA"),
           ("Goes", "44## AA"), ("Vlissingen", "43## AA")), "{s} {n}|{p} {c}"),
    "DE": (("Ludwigstraße", "Marienplatz", "Bahnhofstraße", "Kirchweg"), (("Garmisch-Partenkirchen", "82467"),
           ("Rosenheim", "830##"), ("Landshut", "840##"), ("Miesbach", "83714")), "{s} {n}|{p} {c}"),
    "FR": (("Rue de Dunkerque", "Grand-Place", "Rue de Bergues", "Rue des Capucins"), (("Hazebrouck", "59190"),
           ("Bergues", "59380"), ("Bailleul", "59270"), ("Cassel", "59670")), "{n} {s}|{p} {c}"),
    "CH": (("Via Nassa", "Viale Stazione", "Via Cantonale", "Piazza Collegiata"), (("Bellinzona", "6500"),
           ("Lugano", "6900"), ("Locarno", "6600"), ("Mendrisio", "6850")), "{s} {n}|CH-{p} {c}"),
    "PL": (("ulica Krupówki", "ulica Kościeliska", "ulica Chramcówki", "ulica Nowotarska"), (("Zakopane", "34-500"),
           ("Nowy Targ", "34-400"), ("Bukowina Tatrzańska", "34-530"), ("Poronin", "34-520")), "{s} {n}/{f}|{p} {c}"),
    "LV": (("Dakteri", "Ventspils iela", "Jūras iela", "Kuģinieku iela"), (("Kolka", "LV-3275"),
           ("Ventspils", "LV-36##"), ("Mazirbe", "LV-3275")), "{s} {n}-{f}|{c}, {p}"),
    "RU": (("ulitsa Kommunisticheskaya", "ulitsa Sovetskaya", "ulitsa Pervomayskaya", "ulitsa Karla Marksa"),
           (("Syktyvkar", "1670##"), ("Ukhta", "1693##"), ("Yoshkar-Ola", "4240##"), ("Kozmodemyansk", "425350")),
           "{c}, {s}, dom {n}, kv. {f}|{p}"),
    "GR": (("Odos Miaouli", "Odos Kountouriotou", "Leoforos Sachtouri", "Odos Lykourgou"), (("Hydra", "180 40"),
           ("Spetses", "180 50"), ("Poros", "180 20"), ("Salamina", "189 00")), "{s} {n}|{p} {c}"),
    "IT": (("Via Toledo", "Via dei Tribunali", "Corso Umberto I", "Via Napoli"),
           (("Napoli", "801##"), ("Pozzuoli (NA)", "80078"), ("Torre del Greco (NA)", "80059")), "{s} {n}|{p} {c}"),
    "ME": (("Stari grad", "Obala Kotorska", "Put I Bokeške brigade", "Perast bb"), (("Kotor", "85330"),
           ("Tivat", "85320"), ("Perast", "85336"), ("Herceg Novi", "85340")), "{s} br. {n}|{p} {c}"),
    "TR": (("Kıbrıs Şehitleri Caddesi", "1482 Sokak", "Bornova Caddesi", "Mustafa Kemal Sahil Bulvarı"),
           (("Alsancak, Konak, İzmir", "35220"), ("Bornova, İzmir", "350##"), ("Buca, İzmir", "353##")),
           "{s} No: {n} D: {f}|{p} {c}"),
    "AZ": (("Hazi Aslanov küçəsi", "Lənkəran prospekti", "Mirzə Fətəli küçəsi"), (("Lənkəran", "AZ4200"),
           ("Astara", "AZ4100"), ("Lerik", "AZ4300")), "{s} {n}, mənzil {f}|{c} {p}"),
    "UZ": (("Bahouddin Naqshband ko'chasi", "Mustaqillik ko'chasi", "Abu Ali ibn Sino ko'chasi"), (("Buxoro", "2001##"),
           ("Samarqand", "1401##"), ("Toshkent", "1000##")), "{s}, {n}-uy, {f}-xonadon|{c} {p}"),
    "KZ": (("ulitsa Masanchi", "ulitsa Lenina", "ulitsa Zhambyla"), (("Masanchi", "080210"),
           ("Sortobe", "080211"), ("Korday", "080200")), "{c}, {s} {n}, kv. {f}|{p}"),
    "CN": (("Tuanjie Road", "Jiefang Road", "Xiguan Street"), (("Linxia, Gansu", "731100"), ("Yinchuan, Ningxia", "750001"),
           ("Wuzhong, Ningxia", "751100")), "No. {n} {s}, Unit {f}|{c} {p}"),
    "TW": (("Zhongshan Road", "Fuxing Road", "Sanmin Road"), (("Fuxing District, Taoyuan", "336"),
           ("Jianshi Township, Hsinchu", "313"), ("Wulai District, New Taipei", "233")), "{p} {c}|{s} No. {n}, {f}F"),
    "ID": (("Jalan Pattimura", "Jalan A. Y. Patty", "Jalan Dr. Kayadoe", "Jalan Sultan Hairun"),
           (("Ambon", "971##"), ("Masohi", "975##"), ("Saparua", "97592")), "{s} No. {n}, Lingkungan {f}|{c} {p}"),
    "PH": (("Osmeña Boulevard", "Colon Street", "Gorordo Avenue", "M. J. Cuenco Avenue"),
           (("Cebu City", "6000"), ("Mandaue City", "6014"), ("Lapu-Lapu City", "6015")), "{n} {s}, Purok {f}|{c} {p}"),
    "MY": (("Lebuh Armenian", "Jalan Burma", "Lebuh Cannon", "Jalan Macalister"), (("George Town, Pulau Pinang", "10200"),
           ("Air Itam, Pulau Pinang", "11500"), ("Butterworth", "12###")), "No. {n}, {s}|{p} {c}"),
    "SG": (("Tanjong Pagar Road", "Teck Lim Road", "Carpenter Street", "Circular Road"), (("Singapore", "08####"),
           ("Singapore", "05####")), "{n} {s}|{c} {p}"),
    "IN": (("Cusrow Baug Road", "Dadyseth Agiary Lane", "Sodawaterwala Street", "Ripon Street", "Circular Road"),
           (("Mumbai", "4000##"), ("Navsari", "396445"), ("Udvada", "396185"), ("Kolkata", "7000##"),
            ("McCluskieganj", "829208")), "H.No. {n}, {s}|{c} PIN {p}"),
    "NP": (("Jomsom Bazaar Road", "Pokhara-Baglung Highway", "Lakeside Road", "Ghandruk Trail"), (("Jomsom, Mustang", "33100"),
           ("Pokhara", "33700"), ("Ghandruk, Kaski", "33711"), ("Marpha, Mustang", "33102")), "House {n}, {s}, Ward {f}|{c} {p}"),
    "PK": (("Karakoram Highway", "Aliabad Bazaar Road", "Baltit Fort Road", "Ganish Road"), (("Karimabad, Hunza", "15700"),
           ("Aliabad, Hunza", "15710"), ("Gilgit", "15100")), "Plot {n}, {s}|{c} {p}"),
    "TJ": (("kuchai Ayni", "kuchai Rudaki", "kuchai Somoni"), (("Ayni", "735500"), ("Dushanbe", "7340##"),
           ("Panjakent", "735500")), "{c}, {s} {n}, kv. {f}|{p}"),
    "KE": (("Uganda Road", "Oloo Street", "Ngei Road", "Kenyatta Highway"), (("Eldoret", "30100"),
           ("Iten", "30700"), ("Machakos", "90100"), ("Kitui", "90200")), "{n} {s}|P.O. Box {f}-{p}|{c}"),
    "TZ": (("Tukuyu Road", "Lupa Way", "Karume Avenue"), (("Tukuyu", "534##"), ("Mbeya", "531##"),
           ("Kyela", "535##")), "{s}, Nyumba Na. {n}|{p} {c}"),
    "UG": (("Arua Avenue", "Adumi Road", "Weatherhead Park Lane"), (("Arua", "West Nile"),
           ("Koboko", "West Nile"), ("Maracha", "West Nile")), "Plot {n}, {s}|{c}, {p}"),
    "ML": (("Route de Sangha", "Rue 12", "Avenue de l'Indépendance"), (("Bandiagara", "BP ###"), ("Sévaré", "BP ##"),
           ("Mopti", "BP ###")), "{s}, porte {n}|{p} {c}"),
    "SL": (("Main Motor Road", "Kaiyima Road", "Masingbi Road", "Sewafe Road"), (("Koidu", "Kono District"),
           ("Tombodu", "Kono District"), ("Yengema", "Kono District")), "{n} {s}|{c}, {p}"),
    "LR": (("Harper Road", "Mechlin Street", "Tubman Boulevard", "Maryland Avenue"), (("Harper", "Maryland County"),
           ("Greenville", "Sinoe County"), ("Monrovia", "10##")), "{n} {s}|{c}, {p}"),
    "TG": (("Route de Bafilo", "Rue du Marché", "Avenue Gnassingbé Eyadéma"), (("Sokodé", "BP ###"), ("Bafilo", "BP ##"),
           ("Tchamba", "BP ##")), "{n} {s}|{p} {c}"),
    "AO": (("Rua Rainha Ginga", "Avenida 4 de Fevereiro", "Rua da Missão"), (("Luanda", "Luanda"),
           ("Cacuaco", "Luanda"), ("Viana", "Luanda")), "{s}, n.º {n}|{c}, {p}"),
    "ZM": (("Umodzi Highway", "Great East Road", "Parirenyatwa Road"), (("Chipata", "51100"), ("Katete", "51200"),
           ("Petauke", "51300")), "Plot {n}, {s}|{p} {c}"),
    "NA": (("Dr. Hage Geingob Avenue", "Nau-Aib Street", "Jager Street"), (("Rehoboth", "Hardap"),
           ("Kalkrand", "Hardap"), ("Windhoek", "Khomas")), "Erf {n}, {s}|{c}, {p}"),
    "ZA": (("Ndebele Road", "Moloto Road", "Church Street", "Mahlangu Street"), (("Siyabuswa", "0472"),
           ("KwaMhlanga", "1022"), ("Dennilton", "1030")), "{n} {s}|{c} {p}"),
    "AU": (("Yirrkala Road", "Arnhem Road", "Matthew Flinders Way", "Galiwin'ku Street"), (("Yirrkala NT", "0880"),
           ("Nhulunbuy NT", "0880"), ("Galiwin'ku NT", "0822")), "Lot {n}, {s}|{c} {p}"),
    "FJ": (("Beach Street", "Totoga Lane", "Nasova Road", "Cession Road"), (("Levuka", "Ovalau"), ("Suva", "Fiji"),
           ("Savusavu", "Fiji")), "{n} {s}|{c}, {p}"),
    "PG": (("Malaguna Road", "Mango Avenue", "Kokopo-Rabaul Highway", "Casuarina Avenue"),
           (("Rabaul", "ENBP 611"), ("Kokopo", "ENBP 613"), ("Vunapope", "ENBP 613")), "Section {f}, Lot {n}, {s}|{c} {p}"),
    "GG": (("La Collinette", "Rue Lucas", "La Rue de la Seigneurie", "Harbour Hill"), (("Sark", "GY10 1SA"),
           ("Little Sark", "GY10 1SF"), ("St Peter Port", "GY1 #AA")), "{n} {s}|{c}|Guernsey {p}"),
    "AG": (("High Street", "Redcliffe Street", "Old Parham Road", "Fort Road"), (("St. John's", "Antigua"),
           ("Falmouth", "Antigua"), ("All Saints", "Antigua")), "{n} {s}|{c}, {p}"),
    "GD": (("Main Street", "Harvey Vale Road", "L'Esterre Road"), (("Hillsborough", "Carriacou"),
           ("Windward", "Carriacou"), ("Petite Martinique", "Grenadines")), "{n} {s}|{c}, {p}"),
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
EMAIL_DOMAINS = ("cox.net", "mtaonline.net", "acsalaska.net", "citywest.ca", "sasktel.net", "coralwave.com",
                 "vincysurf.com", "candw.lc", "btl.net", "orange.fr", "wanadoo.fr", "tigo.com.gt", "prodigy.net.mx",
                 "uol.com.br", "terra.com.br", "speedy.com.ar", "movistar.cl", "skynet.be", "zeelandnet.nl",
                 "t-online.de", "web.de", "free.fr", "ticino.com", "onet.pl", "apollo.lv", "yandex.ru", "mail.ru",
                 "forthnet.gr", "libero.it", "t-com.me", "superonline.com", "box.az", "inbox.uz", "nursat.kz",
                 "126.com", "seed.net.tw", "telkom.net", "pldtdsl.net", "tm.net.my", "starhub.net.sg", "vsnl.net",
                 "worldlink.com.np", "cyber.net.pk", "tojikiston.tj", "safaricom.co.ke", "ttcl.co.tz",
                 "mtn.co.ug", "afribone.net.ml", "sierratel.sl", "lonestarcell.com", "togocel.tg", "unitel.co.ao",
                 "zamnet.zm", "iway.na", "mweb.co.za", "bigpond.com", "connect.com.fj", "datec.net.pg",
                 "sark.gg", "candw.ag", "spiceisle.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com")  # fmt: skip
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

    def postcode(self, pattern: str) -> str:
        """A postcode drawn from its shape; a region or island name (no "#" in it) is written as it stands."""
        return self.shape(pattern) if "#" in pattern else pattern

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
            s=self.r.choice(streets), n=number, c=city, p=self.postcode(post), f=self.r.randint(1, 40)
        )
        if not lines or self.r.random() < 0.4:
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
                ("Oklahoma", "A#########"),
                ("Alaska", "#######"),
                ("Arizona", "A########"),
                ("Florida", "A###-###-##-###-#"),
                ("Illinois", "A###-####-####"),
                ("Minnesota", "A############"),
                ("New York", "### ### ###"),
                ("Colorado", "##-###-####"),
                ("Kentucky", "A##-###-###"),
            ],
            "CA": [("Alberta", "######-###"), ("British Columbia", "#######"), ("Saskatchewan", "########")],
            "BR": [("DETRAN-SC", "###########"), ("DETRAN-SP", "SP #########")],
            "MX": [("Secretaría de Movilidad Michoacán", "A##########")],
            "GT": [("Departamento de Tránsito PNC", "#### ##### ####")],
            "PE": [("MTC", "Q########")],
            "AR": [("Municipalidad de Crespo", "########")],
            "CL": [("Municipalidad de Punta Arenas", "##.###.###-#")],
            "BE": [("SPF Mobilité", "##########")],
            "NL": [("RDW", "##########")],
            "DE": [("Landratsamt Garmisch-Partenkirchen", "A##AAA#A##")],
            "FR": [("Préfecture du Nord", "##AA#####")],
            "CH": [("Sezione della circolazione Ticino", "AAA###### ###")],
            "PL": [("Starosta Tatrzański", "#####/##/####")],
            "LV": [("CSDD", "AA######")],
            "RU": [("ГИБДД МВД по Республике Коми", "##AA ######")],
            "GR": [("Periferia Kentrikis Makedonias", "#########")],
            "IT": [("Motorizzazione Civile Napoli", "U1A######A")],
            "ME": [("MUP Crne Gore", "#########")],
            "TR": [("Emniyet Genel Müdürlüğü", "######")],
            "AZ": [("DYP", "AA######")],
            "UZ": [("YHXBB", "AA #######")],
            "KZ": [("SPECCON", "AA######")],
            "CN": [("临夏州公安局交通警察支队", "##################")],
            "TW": [("Directorate General of Highways", "AA########")],
            "ID": [("Polda Maluku", "############")],
            "PH": [("LTO Region VII", "G##-##-######")],
            "MY": [("JPJ Pulau Pinang", "#########")],
            "SG": [("Traffic Police", "S#######A")],
            "IN": [
                ("RTO Mumbai Central", "MH01 ###########"),
                ("RTO Navsari", "GJ21 ###########"),
                ("RTO Ranchi", "JH01 ###########"),
                ("RTO Jhunjhunu", "RJ18 ###########"),
                ("RTO Kolkata", "WB01 ###########"),
            ],
            "NP": [("DoTM", "##-###-######")],
            "PK": [("Gilgit-Baltistan Licensing", "GLT-######")],
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
            "ZA": [("DLTC Siyabuswa", "############A#")],
            "AU": [("NT MVR", "#########")],
            "FJ": [("LTA Fiji", "DL######")],
            "PG": [("NLTA", "######")],
            "GG": [("Driver and Vehicle Licensing Guernsey", "AAAAA######AA#AA")],
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
