"""Personal values of the eighteenth holdout PII set (tools/pii_holdout18_set.py), written from scratch.

Twenty-eight locales, each with its own name origin (none used by an earlier split), the language its documents'
labels are written in, and the country whose phone numbers, IBANs, BICs, driver's licences, record numbers,
dates and street addresses its documents carry. Every value is drawn from the document's own `random.Random`.
"""

from __future__ import annotations

import ipaddress
import random
import string
import unicodedata
from typing import NamedTuple

import phonenumbers


class Where(NamedTuple):
    country: str
    lang: str
    origin: str


LOCALES: dict[str, Where] = {
    "bbl-GE": Where("GE", "ka", "Tsova-Tush"),
    "cpg-GR": Where("GR", "el", "Cappadocian Greek"),
    "acy-CY": Where("CY", "el", "Cypriot Maronite"),
    "lsd-IL": Where("IL", "he", "Kurdish Jewish"),
    "nod-TH": Where("TH", "th", "Northern Thai"),
    "jje-KR": Where("KR", "ko", "Jeju"),
    "sgw-ET": Where("ET", "am", "Gurage"),
    "byn-ER": Where("ER", "en", "Bilen"),
    "iru-IN": Where("IN", "ta", "Irula"),
    "ved-LK": Where("LK", "si", "Vedda"),
    "kdt-KH": Where("KH", "en", "Kuy"),
    "blk-MM": Where("MM", "en", "Pa'O"),
    "pov-GW": Where("GW", "pt", "Guinea-Bissau Kriol"),
    "cri-ST": Where("ST", "pt", "Forro"),
    "seh-MZ": Where("MZ", "pt", "Sena"),
    "djk-SR": Where("SR", "nl", "Ndyuka"),
    "wym-PL": Where("PL", "pl", "Wilamowicean"),
    "es-x-llanito-GI": Where("GI", "en", "Llanito"),
    "cni-PE": Where("PE", "es", "Asháninka"),
    "gym-PA": Where("PA", "es", "Ngäbe"),
    "tar-MX": Where("MX", "es", "Rarámuri"),
    "bax-CM": Where("CM", "fr", "Bamum"),
    "gej-TG": Where("TG", "fr", "Gen (Mina)"),
    "nym-TZ": Where("TZ", "sw", "Nyamwezi"),
    "aln-XK": Where("XK", "sq", "Gheg"),
    "nen-NC": Where("NC", "fr", "Nengone"),
    "lou-US": Where("US", "en", "Louisiana Creole"),
    "arp-US": Where("US", "en", "Arapaho"),
}


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split("|")) if "|" in text else tuple(text.split())


# origin: (men's given names, women's given names, surnames[, women's surnames in the same order]).
_LISTS: dict[str, tuple[str, ...]] = {
    "Tsova-Tush": ("ალექსი ნიკოლოზ შოთა ზურაბ გიორგი დავით ლევან ირაკლი თამაზ ბესიკ",
                   "ნინო თამარ ქეთევან მანანა ლიანა ეკა ნათია თეონა ხათუნა ციალა",
                   "მარგოშვილი ბაჩიაშვილი ქადაგიძე ბორჩაშვილი გაგიეშვილი ხვედელიძე იუკურიძე ცისკარიშვილი "
                   "მაჭარაშვილი ბუჩუკური"),
    "Cappadocian Greek": ("Προκόπιος Σάββας Ευστάθιος Χαράλαμπος Παντελής Αναστάσιος Κυριάκος Ιορδάνης "
                          "Θεμιστοκλής Πρόδρομος", "Σοφία Ελισάβετ Παρασκευή Κυριακή Ευανθία Μακρίνα Ζωή "
                          "Αικατερίνη Θεοδώρα Σταυρούλα", "Καισαρλής Ιωαννίδης Σινασίδης Ταλασλίδης Κεσίσογλου "
                          "Μαυρόπουλος Σαββαΐδης Καραγιαννίδης Ουζουνίδης Μιστιώτης", "Καισαρλή Ιωαννίδου "
                          "Σινασίδου Ταλασλίδου Κεσίσογλου Μαυροπούλου Σαββαΐδου Καραγιαννίδου Ουζουνίδου Μιστιώτη"),
    "Cypriot Maronite": ("Ηλίας Αντώνης Γιουσέφ Μαρούν Ζαχαρίας Σάρκης Τζώρτζης Μιχαήλ Φαρίντ Σέργιος",
                         "Μαρία Ιουλιέττα Λουτσία Ροζίτα Μαρίνα Γεωργία Σίλβια Χάρις Νάταλι Ρεβέκκα",
                         "Σκούρος Χατζηρούσος Μουσάς Σεργίου Κυριάκου Ζαχαρίου Παπαϊωάννου Σιακαλλής Ταλιαδώρος "
                         "Καστανάς", "Σκούρου Χατζηρούσου Μουσά Σεργίου Κυριάκου Ζαχαρίου Παπαϊωάννου Σιακαλλή "
                         "Ταλιαδώρου Καστανά"),
    "Kurdish Jewish": ("נסים סלים חזקיה רחמים אליהו עזרא מרדכי יחזקאל שבתאי בנימין",
                       "חנה רחל שמחה נזירה מזל ציונה תמר שרה רבקה אסתר",
                       "זכריה ברזני מזרחי חביב אברהמי עמדיה ששון דהן שמעוני גבאי"),
    "Northern Thai": ("ชัยวัฒน์ บุญเรือง คำปัน อินถา แก้วมา สมบัติ ประพันธ์ จันทร์แก้ว ณรงค์ เสาร์แก้ว",
                      "คำปุ๋ย บัวคำ จันทร์เพ็ญ ศรีจันทร์ นงลักษณ์ พิมพ์ใจ บัวผัน แสงเดือน ปราณี คำแก้ว",
                      "อินทรวงศ์ ปัญญาดี คำแสนวงศ์ ศรีวิชัย อินต๊ะ กันทะวงศ์ ไชยวงศ์ ใจคำ ปัญญาวงค์ คำลือ"),
    "Jeju": ("성민 영호 태식 상철 창수 동훈 경호 재원 용택 명수", "순자 영옥 미숙 춘자 옥희 정란 말순 은정 혜진 복례",
             "고 양 부 강 현 문 오 좌 홍 김"),
    "Gurage": ("ገብሬ ወልዴ ሀብቴ ተሰማ ፈቃዱ ዘውዴ ሽፈራው ደምሴ በቀለ ኃይሌ",
               "ዘነበች አበበች ሙሉመቤት ትዕግስት ፀሐይ ብርቱካን የሺ ሰናይት መሠረት አልማዝ",
               "ወልደጊዮርጊስ ገብረሥላሴ ደስታ ጠና ገብሬ ዘርጋው ወርቁ ሙሉጌታ ሽኩር ጨርቆስ"),
    "Bilen": ("ብርሃነ ተኽለ ኪዳነ ሃብተ ዮሃንስ ተስፋይ መሓሪ ሚካኤል ሰሎሞን ፍሰሃ",
              "ለተብርሃን ሳባ ኣዳነች ትርሓስ ሚሊየን ኤልሳ ሃና ሰላም ፍረወይኒ ጽገ",
              "ብላታ ዓንደማርያም ገረዝጊሄር ወልደሚካኤል ኪዳነማርያም ሃይለ ዓብደላ ገብረሚካኤል ተወልደ ቐሺ"),
    "Irula": ("மாதன் ரங்கன் கரியன் வெள்ளியங்கிரி சின்னசாமி மருதன் முருகன் ராமன் பொம்மன் காளி",
              "மாதி செல்லி ரங்கி வள்ளி காளியம்மா பொன்னி சின்னம்மா நஞ்சம்மா மருதி பாப்பாத்தி",
              "ஜடையன் கெம்பன் பழனி வேலன் மாரியப்பன் கருப்பன் சடையன் பெருமாள் மூக்கன் சுப்பன்"),
    "Vedda": ("තිසාහාමි හීන්බණ්ඩා කාලු වන්නිලා ගුණබණ්ඩා සුදුබණ්ඩා පුංචිරාළ හේමපාල වන්නියා කිරිබණ්ඩා",
              "පොඩිමැණිකේ කිරිමැණිකේ හීන්මැණිකේ සීතා ලීලා කුසුම් කමලා රත්නා සුදුමැණිකේ රන්මැණිකේ",
              "ඌරුවරිගේ දඹානගේ තලවත්තේගේ ගොඩවත්තේගේ රතුගලගේ හෙන්නානිගලගේ මහියංගනගේ කොටබකිනිගේ"),
    "Kuy": ("សុខា ចាន់ណា សំណាង វិចិត្រ សារ៉ុន ប៊ុនថន ហេង សុភ័ក្ត្រ ធារ៉ា វាសនា",
            "ស្រីពៅ សុភា ចាន់ធូ ម៉ាលីស ស្រីនាង សុខលី ធីតា ច័ន្ទរស្មី រតនា សុគន្ធា",
            "កែវ ស៊ុន ឈឹម យ៉ង់ គង់ ប្រាក់ ម៉ៅ សុខ ទេព ជា"),
    "Pa'O": ("ခွန်ထွန်း ခွန်မြင့် ခွန်ဘိုး ခွန်အောင် ခွန်သန်း ခွန်ကျော် ခွန်လှ ခွန်စိုး",
             "နန်းခင် နန်းမြ နန်းစန္ဒာ နန်းအေး နန်းသီတာ နန်းဝင်း နန်းနွဲ့ နန်းယု",
             "ထွန်းဦး မြင့်ဆွေ ဘိုးသိန်း ကျော်ဝင်း သန်းမြင့် အောင်ဇော် လှမောင် စိုးနိုင်"),
    "Guinea-Bissau Kriol": ("Braima Malam Quintino Armando Fodé Bubacar Domingos Sabino Ansumane Carlitos",
                            "Nhima Fatumata Mariama Adelaide Segunda Filomena Quinta Cadi Nené Aissatu",
                            "Có Sanhá Nanque Mané Cabi Embaló Djaló Sambú Indjai Namone"),
    "Forro": ("Arlindo Osvaldo Manuel Evaristo Delfim Aurélio Leonel Gaudêncio Abílio Celestino",
              "Deolinda Aurora Genoveva Conceição Felismina Arlete Natália Ermelinda Iolanda Sãozinha",
              "Trovoada Viegas Menezes Bragança Afonso Graça Lima Vaz Ceita Neto"),
    "Sena": ("Bernardo Tomás Armando Chico Jeremias Dinis Zacarias Joaquim Alfredo Felisberto",
             "Luísa Rosita Esperança Teresa Amélia Cecília Ermelinda Catarina Flora Joana",
             "Dimande Chicuecue Massaquiza Bulaunde Chingore Mupeta Zimba Nhamadzi Sumbe Lapissone"),
    "Ndyuka": ("Ambrosius Andro Romeo Roy Edgar Erwin Frits Marlon Errol Cornelis",
               "Afiba Amoida Sonia Marita Yvonne Ingrid Naomi Fania Cheryl Gloria",
               "Doekoe Asaiti Afoeroe Linga Bakaboto Matodja Pinas Ajaiso Kwami Tolin"),
    "Wilamowicean": ("Józef Tomasz Florian Andrzej Wojciech Franciszek Jan Kazimierz Stanisław Zygmunt",
                     "Elżbieta Zofia Katarzyna Helena Emilia Rozalia Anna Agnieszka Józefa Ludwika",
                     "Biba Foks Gara Mynarski Zejma Sznajder Hanusz Kasperczyk Bilczewski Rozner",
                     "Biba Foks Gara Mynarska Zejma Sznajder Hanusz Kasperczyk Bilczewska Rozner"),
    "Llanito": ("Fabian Joseph Gilbert Albert Ernest Charles Nicholas Aaron Keith Julian",
                "Yvette Carmen Samantha Dolores Gemma Kirsty Natalie Maxine Joanne Lourdes",
                "Picardo Bossano Caruana Canepa Gomez Azzopardi Linares Montegriffo Cortes Feetham"),
    "Asháninka": ("Moisés Elías Ruperto Abel Delfín Ángel Jaime Eusebio Wilder Teófilo",
                  "Ruth Zoila Nélida Marleni Yesenia Hermelinda Luzmila Delia Olinda Kathy",
                  "Quintori Chirisente Cashiari Shimpiri Camaiteri Chinchuya Shirampari Ñaco Mañaningo Pichari"),
    "Ngäbe": ("Toribio Silvio Celestino Anselmo Leonidas Evelio Bolívar Arsenio Crecencio Abdiel",
              "Clementina Aurelia Elvira Benita Yariela Irma Eneida Doris Evangelina Nidia",
              "Montezuma Abrego Bagama Palacio Santo Salina Bejerano Tugrí Carpintero Atencio"),
    "Rarámuri": ("Cruz Erasmo Cornelio Patrocinio Sebastián Bernabé Isidoro Lorenzo Ramón Arnulfo",
                 "Sirenia Rosalinda Margarita Bertha Lorena Anita Crescencia Aurelia Romualda Julia",
                 "Moreno Palma Batista Ramos Loya Sandoval Holguín Chaparro Bustillos Parra"),
    "Bamum": ("Ibrahim Seidou Mouliom Adamou Issofa Njiasse Moustapha Abdou Salifou Ousmanou",
              "Mariama Rabiatou Aminatou Ramatou Hadidja Fadimatou Zenabou Awaou Mamounatou Salamatou",
              "Njoya Njikam Pemi Mbouombouo Nchankou Mounpain Ngouhouo Nsangou Mefire Pokam"),
    "Gen (Mina)": ("Kossi Komlan Kodjo Yao Kwami Koffi Ayité Edem Mawuli Dodji",
                   "Afi Ablavi Akouvi Adjoa Ama Yawa Abla Dédé Enyonam Mawussi",
                   "Lawson Ajavon Amorin Wilson Akakpo Quam-Dessou Ayassou Adjamagbo Aquereburu Santos"),
    "Nyamwezi": ("Masanja Kulwa Doto Shija Mayunga Nhandi Makoye Ngasa Lubasha Nkwabi",
                 "Kabula Minza Holo Mbuke Ngollo Kashinje Mwashi Ndalu Nshoma Seni",
                 "Shilogile Kisanji Mabula Mashimba Nyanda Kasubi Nghwaya Lugembe Sayi Ngeleja"),
    "Gheg": ("Blerim Agron Fatmir Besnik Ilir Arben Valon Dardan Granit Shpend",
             "Vjosa Teuta Drita Mimoza Arta Blerta Shqipe Lirije Fitore Hana",
             "Krasniqi Gashi Berisha Hoxha Shala Morina Kelmendi Rexhepi Bytyqi Thaçi"),
    "Nengone": ("Basile Éloi Richard Wakaine Kotra Maurice Athanase Hmae Guy Joachim",
                "Madeleine Henriette Jeanne Wahnoné Cécile Denise Hnadrine Odile Marie-Claire Wakié",
                "Naisseline Yeiwéné Cawidrone Tidjine Wahnawe Siwene Kaloï Sihaza Waheo Hnawia"),
    "Louisiana Creole": ("Alcide Clifton Ferdinand Octave Delton Ulysse Anatole Lucien Ulric Boozoo",
                         "Bernadette Evangeline Cecilia Odile Mathilde Josephine Geneva Philomene Azalie "
                         "Clothilde", "Chenier Ardoin Metoyer Simien Ledet Delafosse Guillory Fontenot Broussard "
                         "Carriere"),
    "Arapaho": ("Darrell Wayne Merle Alonzo Ben Harvey Lyle Gabriel Travis Nelson",
                "Mae Gloria Lorraine Juanita Dolores Crystal Evelyn Bernice Marjorie Velda",
                "Spoonhunter Oldman Friday C'Hair Whiteplume Goggles Sage Moss Blackburn Shoulderblade"),
}  # fmt: skip

NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
GIVEN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
SURNAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
for _origin, _lists in _LISTS.items():
    _male, _female, _sur = _w(_lists[0]), _w(_lists[1]), _w(_lists[2])
    _fsur = _w(_lists[3]) if len(_lists) > 3 else _sur
    GIVEN[_origin] = (_male, _female)
    SURNAMES[_origin] = (_sur, _fsur)
    NAMES[_origin] = (_male + _female, tuple(dict.fromkeys(_sur + _fsur)))

# Origins whose names are written family name first, without a space (Korean) or given names joined to the
# family name (Burmese-style Pa'O names have no family name; the second part is a second name).
JOINED = ("Jeju", "Pa'O")
SURNAME_FIRST = ("Jeju", "Kuy", "Vedda", "Pa'O")

# Month names in dates of birth, per language (Greek and Polish: genitive).
MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple("January February March April May June July August September October November December".split()),
    "ka": tuple("იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი "
                "დეკემბერი".split()),
    "el": tuple("Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
                "Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split()),
    "he": tuple("ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()),
    "th": tuple("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน "
                "ธันวาคม".split()),
    "ta": tuple("ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்".split()),
    "si": tuple("ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් "
                "දෙසැම්බර්".split()),
    "pt": tuple("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()),
    "nl": tuple("januari februari maart april mei juni juli augustus september oktober november december".split()),
    "pl": tuple("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
                "grudnia".split()),
    "es": tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
    "fr": tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    "sw": tuple("Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split()),
    "sq": tuple("janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor".split()),
}  # fmt: skip
MONTH_FIRST = ("US",)

# National significant number: (first digits, length); the rest is drawn until phonenumbers calls it valid.
PHONE_PLANS: dict[str, tuple[tuple[str, int], ...]] = {
    "GE": (("555", 9), ("577", 9), ("599", 9), ("591", 9), ("32", 9), ("350", 9)),
    "GR": (("694", 10), ("697", 10), ("698", 10), ("21", 10), ("231", 10)),
    "CY": (("99", 8), ("96", 8), ("97", 8), ("22", 8), ("25", 8)),
    "IL": (("50", 9), ("52", 9), ("54", 9), ("58", 9), ("2", 8), ("4", 8)),
    "TH": (("81", 9), ("89", 9), ("95", 9), ("61", 9), ("53", 8)),
    "KR": (("10", 10), ("64", 9), ("2", 9)),
    "ET": (("91", 9), ("92", 9), ("93", 9), ("11", 9), ("47", 9)),
    "ER": (("7", 7), ("1", 7)),
    "IN": (("94", 10), ("98", 10), ("63", 10), ("70", 10), ("423", 10), ("422", 10)),
    "LK": (("71", 9), ("77", 9), ("76", 9), ("55", 9), ("11", 9)),
    "KH": (("12", 8), ("17", 8), ("92", 8), ("97", 9), ("23", 8), ("64", 8)),
    "MM": (("97", 10), ("96", 10), ("94", 10), ("81", 8)),
    "GW": (("95", 9), ("96", 9), ("44", 9)),
    "ST": (("98", 7), ("99", 7), ("22", 7)),
    "MZ": (("82", 9), ("84", 9), ("86", 9), ("87", 9), ("21", 8), ("23", 8)),
    "SR": (("7", 7), ("8", 7), ("4", 6), ("5", 6)),
    "PL": (("501", 9), ("601", 9), ("691", 9), ("791", 9), ("33", 9)),
    "GI": (("54", 8), ("56", 8), ("57", 8), ("58", 8), ("200", 8)),
    "PE": (("9", 9), ("1", 8), ("64", 8)),
    "PA": (("6", 8), ("77", 7), ("75", 7), ("2", 7)),
    "MX": (("614", 10), ("635", 10), ("55", 10), ("656", 10)),
    "CM": (("67", 9), ("69", 9), ("65", 9), ("233", 9), ("222", 9)),
    "TG": (("90", 8), ("91", 8), ("92", 8), ("70", 8), ("99", 8), ("22", 8)),
    "TZ": (("754", 9), ("713", 9), ("784", 9), ("62", 9), ("22", 9), ("26", 9)),
    "XK": (("43", 8), ("44", 8), ("45", 8), ("49", 8), ("38", 8), ("29", 8)),
    "NC": (("75", 6), ("77", 6), ("79", 6), ("83", 6), ("97", 6), ("27", 6), ("45", 6)),
    "US": (("337", 10), ("318", 10), ("225", 10), ("307", 10)),
    "lou-US": (("337", 10), ("318", 10), ("225", 10)),
    "arp-US": (("307", 10),),
    "DE": (("151", 11), ("30", 10)),
    "FR": (("6", 9), ("1", 9)),
    "PT": (("91", 9), ("21", 9)),
    "GB": (("79", 10), ("20", 10)),
    "NL": (("6", 9), ("20", 9)),
    "US-abroad": (("212", 10), ("646", 10)),
    "CA": (("416", 10), ("604", 10)),
    "AE": (("50", 9), ("4", 8)),
    "BE": (("470", 9), ("2", 8)),
    "CH": (("79", 9), ("44", 9)),
    "ES": (("6", 9), ("91", 9)),
    "AU": (("4", 9), ("2", 9)),
    "SE": (("70", 9), ("8", 9)),
    "BR": (("119", 11), ("21", 10)),
}
ABROAD = ("DE", "FR", "PT", "GB", "NL", "CA", "AE", "BE", "CH", "ES", "AU", "SE", "BR")

# IBAN: country -> the BBAN's shape (n digits, a capitals, c either) per the registry's structure.
IBAN_BBAN: dict[str, str] = {
    "GE": "2a16n", "GR": "7n16c", "CY": "8n16c", "IL": "19n", "PL": "24n", "GI": "4a15c", "XK": "16n",
    "DE": "18n", "FR": "10n11c2n", "PT": "21n", "NL": "4a10n", "ES": "20n", "IT": "1a10n12c", "GB": "4a14n",
    "CH": "5n12c", "BE": "12n", "AT": "16n", "SE": "20n", "NO": "11n", "DK": "14n", "TR": "6n16c",
    "AE": "3n16n", "SA": "2n18c", "LU": "3n13c", "IE": "4a14n", "FI": "14n", "HR": "17n", "SI": "15n",
    "MT": "4a5n18c", "LT": "16n", "LV": "4a13c", "EE": "16n", "CZ": "20n", "SK": "20n", "HU": "24n",
    "RO": "4a16c", "BG": "4a6n8c", "RS": "18n", "ME": "18n", "AL": "8n16c", "MK": "3n10c2n", "BA": "16n",
    "MD": "20c", "UA": "6n19c", "KZ": "3n13c", "AZ": "4a20c", "JO": "4a4n18c", "KW": "4a22c", "QA": "4a21c",
    "BH": "4a14c", "LB": "4n20c", "EG": "25n", "TN": "20n", "MR": "23n", "BR": "23n1a1c", "CR": "18n",
    "DO": "4c20n", "GT": "24c", "PK": "4a16c", "PS": "4a21c", "MU": "4a19n3a", "IS": "22n", "FO": "14n",
}  # fmt: skip
# Countries whose IBANs a document of the country carries when it draws a local one.
LOCAL_IBAN = {"NC": "FR", "TG": "FR", "CM": "FR", "ST": "PT", "GW": "PT", "MZ": "PT", "SR": "NL"}

# Driver's licences: issuing authority and number layout (9 a digit, @ a capital, other characters as written).
LICENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "GE": (("სახელმწიფო სერვისების განვითარების სააგენტო", "@@9999999"), ("MIA Service Agency", "999999999")),
    "GR": (("Περιφέρεια Αττικής", "999999999"), ("Υπουργείο Υποδομών και Μεταφορών", "@@ 999999")),
    "CY": (("Road Transport Department", "99999999"), ("Τμήμα Οδικών Μεταφορών", "CY 999999")),
    "IL": (("משרד התחבורה", "9999999"),),
    "TH": (("กรมการขนส่งทางบก", "99999999"), ("สำนักงานขนส่งจังหวัดเชียงใหม่", "99 999999")),
    "KR": (("제주특별자치도경찰청", "24-99-999999-99"),),
    "ET": (("Addis Ababa Driver and Vehicle Licensing Authority", "AA 999999"),
           ("Gurage Zone Transport Office", "99-999999")),
    "ER": (("Eritrea Land Transport", "ER 999999"),),
    "IN": (("RTO Udhagamandalam", "TN43 9999999999999"), ("RTO Coimbatore", "TN37 9999999999999")),
    "LK": (("Department of Motor Traffic", "@9999999"),),
    "KH": (("Ministry of Public Works and Transport", "999999999"),),
    "MM": (("Road Transport Administration Department", "@/999999/99"),),
    "GW": (("DGVTT Bissau", "GB 999999"),),
    "ST": (("Direção de Transportes Terrestres", "ST-999999"),),
    "MZ": (("INATTER", "999999999"), ("INATTER Sofala", "SF 9999999")),
    "SR": (("KPS Verkeerspolitie", "SR-999999"),),
    "PL": (("Starosta Bielski", "99999/99/2402"), ("Prezydent Miasta Bielsko-Biała", "99999/99/2461")),
    "GI": (("Gibraltar Licensing Authority", "GIB999999"),),
    "PE": (("MTC", "Q99999999"), ("DRTC Junín", "@99999999")),
    "PA": (("ATTT", "12-999-9999"), ("ATTT Chiriquí", "4-999-9999")),
    "MX": (("Gobierno del Estado de Chihuahua", "@99999999"), ("Municipio de Guachochi", "999999999")),
    "CM": (("MINT Cameroun", "CE 9999999"),),
    "TG": (("DTRF Togo", "TG-999999"),),
    "TZ": (("TRA Tanzania", "4999999999"),),
    "XK": (("Ministria e Punëve të Brendshme", "999999999"),),
    "NC": (("Province des îles Loyauté", "NC 999999"),),
    "lou-US": (("Louisiana OMV", "009999999"),),
    "arp-US": (("Wyoming DOT", "999999-999"),),
}  # fmt: skip

# Medical record numbers: the label as the locale's language writes it, and the number's layout.
MRN_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("Hospital Reg. No.", "Case Note No.", "Clinic File", "EMR No.", "Health Record #"),
    "ka": ("სამედიცინო ბარათი №", "ისტორიის №"),
    "el": ("Αρ. Μητρώου Ασθενούς", "ΑΜΚΑ νοσοκομείου", "Αρ. Φακέλου"),
    "he": ("מספר תיק רפואי", "מס' רשומה"),
    "th": ("เลขที่ HN", "เลขประจำตัวผู้ป่วย"),
    "ko": ("등록번호", "환자번호", "차트번호"),
    "am": ("የካርድ ቁጥር", "የሕክምና መዝገብ ቁጥር"),
    "ta": ("நோயாளர் பதிவு எண்", "OP எண்"),
    "si": ("රෝගී අංකය", "BHT අංකය"),
    "pt": ("N.º de processo clínico", "N.º do utente", "Ficha clínica"),
    "nl": ("Patiëntnummer", "Dossiernummer"),
    "pl": ("Nr księgi głównej", "Nr historii choroby", "ID pacjenta"),
    "es": ("Núm. de historia", "HC", "Registro clínico"),
    "fr": ("N° de dossier", "N° d'hospitalisation", "Carnet n°"),
    "sw": ("Namba ya faili", "Namba ya mgonjwa"),
    "sq": ("Nr. i kartelës", "Nr. amze"),
}
MRN_SHAPES = (
    "99/9999/99",
    "@9999999-9",
    "9999 9999",
    "HN-99-999999",
    "99999-9",
    "@@-9999-99",
    "999.999.9",
    "9999999@",
    "P99999999",
    "99-@-99999",
    "9999/99/@@",
    "999999 99",
    "K-999999",
    "99@99999",
    "9-9999-9999-9",
)

_SYL = ("ka", "ri", "mo", "ta", "lu", "se", "na", "do", "bi", "ye", "ha", "zu", "po", "ne", "ma", "li")
DOMAINS: dict[str, tuple[str, ...]] = {
    "GE": ("mail.ge", "gmail.com", "posta.ge"), "GR": ("otenet.gr", "yahoo.gr", "gmail.com"),
    "CY": ("cytanet.com.cy", "primehome.com"), "IL": ("walla.co.il", "gmail.com", "013.net"),
    "TH": ("hotmail.co.th", "gmail.com"), "KR": ("naver.com", "daum.net", "hanmail.net"),
    "ET": ("ethionet.et", "gmail.com"), "ER": ("tse.com.er", "gmail.com"), "IN": ("gmail.com", "rediffmail.com"),
    "LK": ("sltnet.lk", "gmail.com"), "KH": ("online.com.kh", "gmail.com"), "MM": ("gmail.com", "myanmar.com.mm"),
    "GW": ("gmail.com", "eguitel.gw"), "ST": ("cstome.net", "gmail.com"), "MZ": ("tdm.co.mz", "gmail.com"),
    "SR": ("sr.net", "gmail.com"), "PL": ("wp.pl", "onet.pl", "interia.pl"), "GI": ("gibtelecom.net", "gmail.com"),
    "PE": ("hotmail.com", "gmail.com"), "PA": ("cwpanama.net", "hotmail.com"), "MX": ("prodigy.net.mx", "gmail.com"),
    "CM": ("yahoo.fr", "camtel.cm"), "TG": ("cafe.tg", "yahoo.fr"), "TZ": ("gmail.com", "yahoo.com"),
    "XK": ("gmail.com", "kujtesa.com"), "NC": ("lagoon.nc", "canl.nc"), "US": ("gmail.com", "cox.net", "yahoo.com"),
}  # fmt: skip

# Street addresses: street names in the local language, (postcode, town), and layouts of the country.
ADDRESSES: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "GE": (("რუსთაველის გამზირი", "ჭავჭავაძის ქუჩა", "ალაზნის ქუჩა", "ერეკლე II-ის ქუჩა"),
           (("0108", "თბილისი"), ("2200", "თელავი"), ("1500", "ახმეტა")),
           ("{town}, {street} {no}, ბინა {no2}, {pc}", "{street} №{no}\n{pc} {town}", "{pc}, {town}\n{street} {no}")),
    "GR": (("οδός Ερμού", "Λεωφόρος Κηφισίας", "οδός Καππαδοκίας", "οδός Αγίου Βασιλείου"),
           (("171 21", "Νέα Σμύρνη"), ("546 21", "Θεσσαλονίκη"), ("590 32", "Νέα Νικομήδεια")),
           ("{street} {no}, {pc} {town}", "{street} {no}\n{pc} {town}", "{street} {no}, {floor}ος όροφος\nΤ.Κ. {pc} {town}")),
    "CY": (("Οδός Μακαρίου", "Λεωφόρος Αθαλάσσας", "Οδός Αγίου Μάρωνα", "Kormakitis Street"),
           (("1065", "Λευκωσία"), ("2014", "Στρόβολος"), ("3036", "Λεμεσός")),
           ("{street} {no}, {pc} {town}", "{street} {no}, Διαμ. {no3}\n{pc} {town}", "{no} {street}\n{pc} {town}")),
    "IL": (("רחוב הרצל", "שדרות ירושלים", "רחוב יפו", "רחוב הנביאים"),
           (("9514101", "ירושלים"), ("3303120", "חיפה"), ("7625516", "רחובות")),
           ("{street} {no}, דירה {no2}, {town} {pc}", "{street} {no}\n{town} {pc}", "{street} {no}/{no2}\n{town}\nמיקוד {pc}")),
    "TH": (("ถนนนิมมานเหมินท์", "ถนนช้างคลาน", "ถนนห้วยแก้ว", "ซอยวัดอุโมงค์"),
           (("50200", "อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่"), ("50100", "ตำบลช้างคลาน เชียงใหม่"),
            ("57000", "อำเภอเมืองเชียงราย จังหวัดเชียงราย")),
           ("{no}/{no2} {street} {town} {pc}", "บ้านเลขที่ {no} หมู่ {blk} {street}\n{town}\n{pc}")),
    "KR": (("중앙로", "연삼로", "일주동로", "노형로"),
           (("63122", "제주특별자치도 제주시"), ("63568", "제주특별자치도 서귀포시"), ("63309", "제주시 구좌읍")),
           ("{town} {street} {no}, {no3}호 ({pc})", "{pc}\n{town} {street} {no}\n{blk}동 {no3}호")),
    "ET": (("Welkite Road", "Bole Road", "Churchill Avenue", "ጉራጌ ዞን መንገድ"),
           (("", "Welkite"), ("", "Addis Ababa"), ("", "Butajira")),
           ("House No. {no}, Kebele {no2}, {street}, {town}", "የቤት ቁ. {no}፣ ቀበሌ {no2}\n{street}\n{town}")),
    "ER": (("Harnet Avenue", "Sematat Avenue", "Keren Road"),
           (("", "Asmara"), ("", "Keren")), ("House {no}, Street 171-{no3}, {town}", "{no} {street}\nP.O. Box {no3}\n{town}")),
    "IN": (("கோத்தகிரி சாலை", "Commercial Road", "Coonoor Road", "Mettupalayam Road"),
           (("643001", "Ooty"), ("643101", "Coonoor"), ("641001", "Coimbatore")),
           ("No. {no}, {street}, {town} - {pc}", "{no}/{no2}, {street}\n{town}\nPIN {pc}", "எண் {no}, {street}\n{town} - {pc}")),
    "LK": (("Main Street", "මහියංගණ පාර", "Badulla Road", "Dambana Road"),
           (("90700", "Mahiyangana"), ("90000", "Badulla"), ("90720", "Dambana")),
           ("No. {no}, {street}, {town} {pc}", "{no}/{no2}, {street},\n{town}\n{pc}", "අංක {no}, {street}, {town}")),
    "KH": (("Street 271", "Norodom Boulevard", "Preah Monivong Blvd", "ផ្លូវ 63"),
           (("12000", "Phnom Penh"), ("13000", "Tbeng Meanchey, Preah Vihear"), ("31000", "Kampong Thom")),
           ("No. {no}, {street}, Sangkat {blk}, {town} {pc}", "ផ្ទះលេខ {no} {street}\n{town} {pc}")),
    "MM": (("Bogyoke Aung San Road", "Merchant Street", "Taunggyi-Hopong Road"),
           (("06011", "Taunggyi"), ("06031", "Hopong")),
           ("No. {no}, {street}, Ward {no2}, {town} {pc}", "No. {no}, {street}\nWard {no2}\n{town} {pc}")),
    "GW": (("Avenida Amílcar Cabral", "Rua Osvaldo Vieira", "Estrada de Bor", "Bairro de Bandim"),
           (("1000", "Bissau"), ("", "Bafatá"), ("", "Cacheu")),
           ("{street}, n.º {no}, {town}", "{street} {no}\nC.P. {no3}\n{pc} {town}")),
    "ST": (("Avenida Marginal 12 de Julho", "Rua de Angola", "Travessa do Pelourinho"),
           (("", "São Tomé"), ("", "Trindade"), ("", "Neves")), ("{street}, n.º {no}, {town}", "{street} {no}\n{town}")),
    "MZ": (("Avenida 24 de Julho", "Rua Major Serpa Pinto", "Avenida Eduardo Mondlane"),
           (("1100", "Maputo"), ("2100", "Beira"), ("2200", "Caia")),
           ("{street}, n.º {no}, {floor}.º andar, {town}", "{street} {no}\n{pc} {town}", "Bairro {blk}, Quarteirão {no2}, casa n.º {no}\n{town}")),
    "SR": (("Keizerstraat", "Waterkant", "Indira Gandhiweg", "Tourtonnelaan"),
           (("", "Paramaribo"), ("", "Moengo"), ("", "Albina")),
           ("{street} {no}, {town}", "{street} {no}\n{town}", "{street} {no} ({blk})\n{town}, Suriname")),
    "PL": (("ul. Rynek", "ul. Hetmańska", "ul. Szkolna", "ul. Zamkowa"),
           (("43-330", "Wilamowice"), ("43-300", "Bielsko-Biała"), ("43-331", "Hecznarowice")),
           ("{street} {no}/{no2}, {pc} {town}", "{street} {no}\n{pc} {town}", "{street} {no} m. {no2}\n{pc} {town}")),
    "GI": (("Main Street", "Irish Town", "Engineer Road", "Devil's Tower Road"),
           (("GX11 1AA", "Gibraltar"),),
           ("{no} {street}, {town} {pc}", "Flat {no2}, {no} {street}\n{town} {pc}", "{no2} Harbour Views, {street}\n{town}\n{pc}")),
    "PE": (("Jr. Ayacucho", "Av. Perené", "Calle Lima", "Jr. Arica"),
           (("12856", "Satipo, Junín"), ("12860", "Pichanaki, Junín"), ("15001", "Lima")),
           ("{street} {no}, {town}", "{street} N° {no}, Dpto. {no2}\n{town} {pc}")),
    "PA": (("Calle Central", "Avenida Obaldía", "Vía Interamericana", "Calle 4ta"),
           (("", "David, Chiriquí"), ("", "Llano Tugrí, Comarca Ngäbe-Buglé"), ("", "Changuinola, Bocas del Toro")),
           ("{street}, casa {no}, {town}", "{street}, Edificio {blk}, apto. {no2}\n{town}")),
    "MX": (("Calle Zaragoza", "Av. Juárez", "Calle Ocampo", "Calle Aldama"),
           (("33180", "Guachochi, Chih."), ("33290", "Creel, Chih."), ("31000", "Chihuahua, Chih.")),
           ("{street} {no}, Col. Centro, C.P. {pc}, {town}", "{street} No. {no}\nCol. Centro\n{pc} {town}")),
    "CM": (("Rue du Palais", "Avenue Ahidjo", "Rue Njoya", "Boulevard de la Liberté"),
           (("BP 33", "Foumban"), ("BP 1255", "Douala"), ("BP 402", "Yaoundé")),
           ("{street}, porte {no}, quartier {blk}, {town}", "{no}, {street}\n{pc} {town}")),
    "TG": (("Rue des Hydrocarbures", "Boulevard du Mono", "Rue Aného", "Avenue de la Libération"),
           (("BP 1200", "Lomé"), ("BP 34", "Aného")),
           ("{no}, {street}, {pc}, {town}", "{street}, maison {no}\nquartier Bè\n{pc} {town}")),
    "TZ": (("Mtaa wa Uhuru", "Barabara ya Nyerere", "Mtaa wa Jamhuri", "Barabara ya Urambo"),
           (("45101", "Tabora"), ("11101", "Dar es Salaam"), ("33101", "Mwanza")),
           ("Nyumba Na. {no}, {street}, {town} {pc}", "Kiwanja {no}, {street}\nS.L.P. {no3}\n{town} {pc}")),
    "XK": (("Rruga Nëna Terezë", "Rruga Agim Ramadani", "Bulevardi Bill Clinton", "Rruga e Dëshmorëve"),
           (("10000", "Prishtinë"), ("30000", "Pejë"), ("50000", "Gjakovë")),
           ("{street} nr. {no}, {pc} {town}", "{street} {no}, hyrja {blk}, banesa {no2}\n{pc} {town}")),
    "NC": (("Rue de Tadine", "Route de La Roche", "Rue Jean Jaurès", "Tribu de Nece"),
           (("98828", "Maré"), ("98800", "Nouméa"), ("98828", "Tadine, Maré")),
           ("{no} {street}, {pc} {town}", "{no}, {street}\nBP {no3}\n{pc} {town}")),
    "lou-US": (("Rue Chenier", "Cameron St", "E Landry St", "Martin Luther King Dr"),
               (("70570", "Opelousas, LA"), ("70501", "Lafayette, LA"), ("70584", "Sunset, LA")),
               ("{no} {street}, {town} {pc}", "{no} {street} Apt {no2}\n{town} {pc}", "{no} {street}\n{town} {pc}")),
    "arp-US": (("Ethete Rd", "Blue Sky Hwy", "17 Mile Rd", "Main St"),
               (("82514", "Fort Washakie, WY"), ("82520", "Lander, WY"), ("82501", "Riverton, WY")),
               ("{no} {street}, {town} {pc}", "{no} {street}\n{town} {pc}", "PO Box {no3}\n{no} {street}\n{town} {pc}")),
}  # fmt: skip


class Values:
    """Draws the personal values of one document of `locale` from `rng`."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.country, self.lang, self.origin = LOCALES[locale]

    # --- names ---
    def _person(self, female: bool | None = None) -> tuple[str, str, bool]:
        female = self.rng.random() < 0.5 if female is None else female
        male, fem = GIVEN[self.origin]
        men, women = SURNAMES[self.origin]
        at = self.rng.randrange(len(men))
        return self.rng.choice(fem if female else male), (women if female else men)[at], female

    def given(self, female: bool | None = None) -> str:
        return self._person(female)[0]

    def surname(self, female: bool | None = None) -> str:
        return self._person(female)[1]

    def name(self, style: str | None = None, female: bool | None = None) -> str:
        given, sur, _ = self._person(female)
        return self.render(given, sur, style)

    def render(self, given: str, sur: str, style: str | None = None) -> str:
        latin = all(unicodedata.name(c, "").startswith("LATIN") or not c.isalpha() for c in given + sur)
        if style == "g":
            return given
        if self.origin in JOINED:
            return sur + given if self.origin == "Jeju" else given + sur
        style = style or self.rng.choice(("gs", "gs", "gs", "sg", "SG", "upper", "lower", "init", "gs"))
        if self.origin in SURNAME_FIRST and style == "gs":
            style = "sg"
        if not latin and style in ("upper", "lower", "init", "SGU"):
            style = "gs" if self.origin not in SURNAME_FIRST else "sg"
        if style == "sg":
            return f"{sur} {given}"
        if style == "SG":
            return f"{sur}, {given}"
        if style == "upper":
            return f"{given} {sur}".upper()
        if style == "lower":
            return f"{given} {sur}".lower()
        if style == "init":
            return f"{given[0]}. {sur}"
        if style == "SGU":
            return f"{sur.upper()}, {given}"
        return f"{given} {sur}"

    # --- contact ---
    def phone(self, form: str | None = None, region: str | None = None) -> str:
        region = region or self.country
        key = self.locale if region == self.country and self.locale in PHONE_PLANS else region
        plans = PHONE_PLANS[key]
        for _ in range(2000):
            head, size = self.rng.choice(plans)
            nsn = head + "".join(self.rng.choice(string.digits) for _ in range(size - len(head)))
            number = phonenumbers.parse(f"+{phonenumbers.country_code_for_region(region)}{nsn}")
            if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
                break
        else:
            raise RuntimeError(f"no valid number drawn for {region}")
        form = form or self.rng.choice(
            ("nat", "nat", "intl", "intl", "e164", "00", "rfc", "paren", "ext", "dots")
        )
        if region != self.country and form in ("nat", "ext", "dots"):
            form = "intl"
        fmt = phonenumbers.PhoneNumberFormat
        intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
        national = phonenumbers.format_number(number, fmt.NATIONAL)
        if form == "intl":
            return intl
        if form == "e164":
            return phonenumbers.format_number(number, fmt.E164)
        if form == "00":
            return "00" + intl[1:] if _reads_back("00" + intl[1:], self.country, number) else intl
        if form == "rfc":
            return phonenumbers.format_number(number, fmt.RFC3966).removeprefix("tel:")
        if form == "paren":
            cc, _, rest = intl.partition(" ")
            return f"({cc}) {rest}"
        if form == "dots":
            dotted = ".".join(national.replace("-", " ").replace("(", "").replace(")", "").split())
            return dotted if _reads_back(dotted, self.country, number) else national
        if form == "ext":
            return (
                national + self.rng.choice((" ext. ", " x", " ext ", " #")) + str(self.rng.randint(10, 999))
            )
        return national

    def email(self, person: tuple[str, str, bool] | None = None) -> str:
        given, sur, _ = person or self._person()
        parts = []
        for word in (given, sur):
            flat = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
            flat = "".join(c for c in flat if c.isalnum())
            parts.append(flat or "".join(self.rng.choice(_SYL) for _ in range(self.rng.randint(2, 3))))
        sep = self.rng.choice((".", "_", "", "-"))
        local = self.rng.choice(
            (parts[0] + sep + parts[1], parts[0][0] + parts[1], parts[1] + sep + parts[0])
        )
        if self.rng.random() < 0.4:
            local += str(self.rng.randint(1, 99))
        return f"{local}@{self.rng.choice(DOMAINS[self.country])}"

    # --- money ---
    def card(self) -> str:
        head, lengths = self.rng.choice((("4", (13, 16, 19)), ("5" + str(self.rng.randint(1, 5)), (16,)),
                                         (str(self.rng.randint(2221, 2720)), (16,)), (self.rng.choice(("34", "37")), (15,)),
                                         ("6011", (16, 19)), ("64" + str(self.rng.randint(4, 9)), (16,)),
                                         (str(self.rng.randint(3528, 3589)), (16, 19)), ("36", (14,)),
                                         ("5018", (12, 13, 15, 18)), ("62", (16, 17, 19)), ("9792", (16,)),
                                         ("6062", (16,)), ("8600", (16,)), ("50", (12, 18))))  # fmt: skip
        size = self.rng.choice(lengths)
        body = head + "".join(self.rng.choice(string.digits) for _ in range(size - len(head) - 1))
        total = 0
        for i, c in enumerate(reversed(body)):
            d = int(c) * (2 if i % 2 == 0 else 1)
            total += d - 9 if d > 9 else d
        digits = body + str((10 - total % 10) % 10)
        if size == 15:
            groups = [4, 6, 5]
        elif size == 14:
            groups = [4, 6, 4]
        elif size == 19 and self.rng.random() < 0.5:
            groups = [6, 13]
        else:
            groups = [4] * (size // 4) + ([size % 4] if size % 4 else [])
        sep = self.rng.choice((" ", " ", "-", "", ".", "  "))
        if not sep:
            return digits
        out, at = [], 0
        for g in groups:
            out.append(digits[at : at + g])
            at += g
        return sep.join(out)

    def iban(self, country: str | None = None) -> str:
        home = LOCAL_IBAN.get(self.country, self.country)
        country = country or (
            home if home in IBAN_BBAN and self.rng.random() < 0.5 else self.rng.choice(sorted(IBAN_BBAN))
        )
        pools = {
            "n": string.digits,
            "a": string.ascii_uppercase,
            "c": string.digits * 3 + string.ascii_uppercase,
        }
        bban = "".join(
            "".join(self.rng.choice(pools[kind]) for _ in range(count))
            for count, kind in _runs(IBAN_BBAN[country])
        )
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        compact = f"{country}{check:02d}{bban}"
        style = self.rng.random()
        if style < 0.35:
            return compact
        if style < 0.9:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))  # fmt: skip

    def bic(self, country: str | None = None) -> str:
        home = self.country if self.country != "XK" else "XK"
        country = country or (home if self.rng.random() < 0.6 else self.rng.choice(sorted(IBAN_BBAN)))
        bank = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(4))
        loc = self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") + self.rng.choice(
            "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"
        )
        branch = self.rng.choice(
            (
                "",
                "",
                "XXX",
                "".join(self.rng.choice(string.ascii_uppercase + string.digits) for _ in range(3)),
            )
        )
        if branch and branch[0] == "X" and branch != "XXX":
            branch = "B" + branch[1:]
        return bank + country + loc + branch  # fmt: skip

    def ssn(self) -> str:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        sep = self.rng.choice(("-", "-", " ", ""))
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def ip(self) -> str:
        while True:
            if self.rng.random() < 0.6:
                address: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.IPv4Address(
                    self.rng.getrandbits(32)
                )
            else:
                groups = [
                    self.rng.choice((0x2A03, 0x2A0D, 0x2001, 0x2405, 0x2C0F, 0x2800, 0x2604)),
                    self.rng.getrandbits(16),
                ]
                groups += [self.rng.getrandbits(16) for _ in range(6)]
                if self.rng.random() < 0.6:
                    at = self.rng.randint(2, 5)
                    groups[at : at + 2] = [0, 0]
                address = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
            if address.is_global and not address.is_multicast:
                return str(address)  # fmt: skip

    # --- identity ---
    def dob(self, young: bool = False, form: str | None = None) -> str:
        year = self.rng.randint(2007, 2018) if young else self.rng.randint(1936, 2005)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        form = form or self.rng.choice(("word", "word", "num", "iso", "compact", "mon"))
        if form == "iso":
            return f"{year}-{month:02d}-{day:02d}"
        if form == "compact":
            return f"{year}{month:02d}{day:02d}"
        if form == "mon":
            return f"{day:02d}-{MONTHS['en'][month - 1][:3].upper()}-{year}"
        if self.lang == "ko":
            return f"{year}년 {month}월 {day}일" if form == "word" else f"{year}.{month:02d}.{day:02d}."
        if form == "num" or self.lang == "am":
            if self.country in MONTH_FIRST:
                return f"{month:02d}/{day:02d}/{year}"
            sep = "." if self.lang in ("ka", "pl", "sq", "he") else "-" if self.lang in ("nl", "ta") else "/"
            return f"{day:02d}{sep}{month:02d}{sep}{year}"
        months = MONTHS.get(self.lang, MONTHS["en"])
        if self.lang == "th":  # the Buddhist era
            return f"{day} {months[month - 1]} {year + 543}"
        if self.lang == "en" and self.country in MONTH_FIRST:
            return f"{months[month - 1]} {day}, {year}"
        if self.lang in ("es", "pt"):
            return f"{day} de {months[month - 1]} de {year}"
        if self.lang == "he":
            return f"{day} ב{months[month - 1]} {year}"
        if self.lang == "sq":
            return f"{day} {months[month - 1]} {year}"
        return f"{day} {months[month - 1]} {year}"

    def licence(self) -> tuple[str, str]:
        issuer, shape = self.rng.choice(LICENCES.get(self.locale) or LICENCES[self.country])
        return issuer, _fill(self.rng, shape)

    def mrn(self) -> tuple[str, str]:
        return self.rng.choice(MRN_LABELS[self.lang]), _fill(self.rng, self.rng.choice(MRN_SHAPES))

    def street(self, lines: int | None = None) -> str:
        streets, towns, layouts = ADDRESSES.get(self.locale) or ADDRESSES[self.country]
        one = [t for t in layouts if "\n" not in t]
        many = [t for t in layouts if "\n" in t]
        if one and (lines == 1 or (lines is None and self.rng.random() < 0.5)):
            layout = self.rng.choice(one)
        else:
            layout = self.rng.choice([t for t in many if t.count("\n") + 1 == lines] or many)
        pc, town = self.rng.choice(towns)
        text = layout.format(no=str(self.rng.randint(1, 240)), no2=str(self.rng.randint(1, 60)),
                             no3=str(self.rng.randint(101, 999)), blk=str(self.rng.randint(1, 12)),
                             floor=str(self.rng.randint(1, 6)), street=self.rng.choice(streets), pc=pc, town=town)  # fmt: skip
        return "\n".join(" ".join(line.replace(" ,", ",").split()).strip(", ") for line in text.split("\n"))


def _reads_back(text: str, country: str, number: phonenumbers.PhoneNumber) -> bool:
    try:
        return phonenumbers.parse(text, country) == number
    except phonenumbers.NumberParseException:
        return False


def _runs(shape: str) -> list[tuple[int, str]]:
    out, digits = [], ""
    for c in shape:
        if c.isdigit():
            digits += c
        else:
            out.append((int(digits), c))
            digits = ""
    return out


def _fill(rng: random.Random, shape: str) -> str:
    return "".join(rng.choice(string.digits) if c == "9" else rng.choice(string.ascii_uppercase) if c == "@" else c
                   for c in shape)  # fmt: skip
