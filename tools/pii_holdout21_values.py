"""Personal values of the twenty-first holdout PII set (tools/pii_holdout21_set.py), written from scratch.

Twenty-six locales, each with a name origin no earlier split uses, the language its documents' labels are
written in, and the country whose phone numbers, IBANs, BICs, driver's licences, record numbers, dates and
street addresses its documents carry. Every value is drawn from the document's own `random.Random`.
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
    "gan-CN": Where("CN", "zh", "Gan (Jiangxi)"),
    "ckb-IQ": Where("IQ", "ar", "Sorani Kurdish (Sulaymaniyah)"),
    "bqi-IR": Where("IR", "fa", "Bakhtiari"),
    "kpv-RU": Where("RU", "ru", "Komi-Zyrian"),
    "smn-FI": Where("FI", "fi", "Inari Sami"),
    "drt-NL": Where("NL", "nl", "Drents"),
    "pfl-DE": Where("DE", "de", "Palatine German (Pfälzisch)"),
    "kru-IN": Where("IN", "hi", "Kurukh (Oraon)"),
    "kfy-IN": Where("IN", "hi", "Kumaoni"),
    "mjw-IN": Where("IN", "en", "Karbi"),
    "jra-VN": Where("VN", "vi", "Jarai"),
    "rad-VN": Where("VN", "vi", "Rade (Ê Đê)"),
    "jpr-IL": Where("IL", "he", "Persian Jewish (Judeo-Persian)"),
    "nyf-KE": Where("KE", "sw", "Giryama (Mijikenda)"),
    "cgg-UG": Where("UG", "en", "Rukiga (Chiga)"),
    "laj-UG": Where("UG", "en", "Lango"),
    "ndc-MZ": Where("MZ", "pt", "Ndau"),
    "bum-CM": Where("CM", "fr", "Bulu"),
    "bom-NG": Where("NG", "en", "Berom"),
    "nnb-CD": Where("CD", "fr", "Nande (Yira)"),
    "jac-GT": Where("GT", "es", "Jakaltek (Popti')"),
    "pqm-CA": Where("CA", "en", "Passamaquoddy-Maliseet"),
    "hmo-PG": Where("PG", "en", "Motu"),
    "tom-ID": Where("ID", "id", "Minahasa (Tombulu)"),
    "kio-US": Where("US", "en", "Kiowa"),
    "dak-US": Where("US", "en", "Dakota"),
}


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split("|")) if "|" in text else tuple(text.split())


# origin: (men's given names, women's given names, family names[, women's family names in the same order]).
_LISTS: dict[str, tuple[str, ...]] = {
    "Gan (Jiangxi)": ("建华 国平 志明 文斌 小龙 水生 春生 金根 德胜 泉林",
                      "秀珍 冬梅 桂英 细妹 玉兰 凤英 小红 淑华 春花 美华",
                      "熊 涂 万 胡 邹 付 饶 喻 艾 聂"),
    "Sorani Kurdish (Sulaymaniyah)": ("کاروان دڵشاد ئازاد ڕێبوار شوان هێمن شێرکۆ بەختیار هیوا سۆران",
                                      "شیلان نازەنین تارا چنار ژیلا هێرۆ شنۆ ڕۆژان ئاواز ڤیان",
                                      "جاف تاڵەبانی بەرزنجی هەورامی موکریانی شوانی پشدەری بابان زەنگەنە دزەیی"),
    "Bakhtiari": ("بهمن فریدون اسفندیار جهانگیر کیومرث شهباز خسرو منوچهر سهراب بیژن",
                  "شهناز پروین گلناز مهین فرنگیس منیژه زیبا پریچهر ماهرخ گلاب",
                  "بختیاری اسعد ایلخانی کیانی زراسوند بابادی دورکی سرلک مومبینی گودرزی"),
    "Komi-Zyrian": ("Иван Пётр Николай Михаил Василий Алексей Степан Григорий Фёдор Андрей",
                    "Анна Мария Евдокия Матрёна Ольга Нина Татьяна Александра Галина Людмила",
                    "Канев Рочев Чупров Артеев Семяшкин Вокуев Ладанов Туркин Истомин Терентьев",
                    "Канева Рочева Чупрова Артеева Семяшкина Вокуева Ладанова Туркина Истомина Терентьева"),
    "Inari Sami": ("Matti Ilmari Uula Jouni Petteri Heikki Niilo Juhani Aslak Ismo",
                   "Anja Elli Marja Hilkka Inga Kirsti Saara Riitta Máret Sanna",
                   "Morottaja Mattus Valle Saijets Kaarret Sarre Paadar Mujo Aikio Kuuva"),
    "Drents": ("Roelof Lammert Jannes Hendrik Albertus Jakob Derk Willem Egbert Hilbrand",
               "Geesje Janna Aaltje Roelofje Harmke Zwaantje Hillechien Jantina Gerrie Hendrika",
               "Lubbers Hilbrants Oosting Veldman Koops Kremer Jalving Santing Pepping Snippe"),
    "Palatine German (Pfälzisch)": ("Kurt Walter Dieter Horst Günter Ewald Reinhold Helmut Erwin Karl-Heinz",
                                    "Erika Irmgard Hannelore Liesel Gisela Inge Waltraud Rosemarie Helga Annemarie",
                                    "Wingerter Hauck Kuntz Kiefer Dörr Ohler Theobald Schwab Gutting Lösch"),
    "Kurukh (Oraon)": ("सोमरा मंगरा बुधराम करमचंद जीतू एतवा बंधन सुकरा बिनय अनिल",
                       "सुमन्ती फुलमनी सुकरी बुधनी एतवारी मंगरी करमी सुशीला अनिमा ज्योति",
                       "उरांव तिर्की टोप्पो एक्का कुजूर लकड़ा मिंज केरकेट्टा खलखो तिग्गा"),
    "Kumaoni": ("हरीश भुवन दीवान गोपाल मोहन पूरन किशन त्रिलोक कुंदन बची",
                "पार्वती कमला गंगा हेमा बसंती दीपा लीला तुलसी देवकी नंदी",
                "पंत जोशी बिष्ट पांडे तिवारी मेहरा भंडारी रावत कांडपाल बोरा"),
    "Karbi": ("Jayanta Tuliram Joysing Dhoni Sarsing Bidyasing Khorsing Lunsing Bapuram Mohon",
              "Rumi Jamuna Mainu Sarbamon Kareng Saroli Rebika Sabitri Dipali Jyotsna",
              "Terang Teron Ingti Timung Engti Hanse Ronghang Tisso Rongpi Kathar"),
    "Jarai": ("Hlơm Blêr Tlang Nhueh Jơng Drơng Pui Thuyên Tơng Hmưn",
              "Hyun Bia Jơi Hnah Blơ Phil Hnơ Mlai Nhung Ngẹt",
              "Ksor|Siu|Rơ Mah|Rơ Lan|Kpă|Nay|Rah Lan|Puih|Rơ Châm|Rcom"),
    "Rade (Ê Đê)": ("Y Bih|Y Ngông|Y Wang|Y Jut|Y Moan|Y Khu|Y Suôn|Y Thông|Y Điêng|Y Kô",
                    "H'Hen H'Ben H'Nơ H'Dung H'Yam H'Linh H'Min H'Năk H'Ra H'Thuỷ",
                    "Niê Mlô Êban Ktla Adrơng Byă Ayŭn Hmŏk Kbuôr Kdăm"),
    "Persian Jewish (Judeo-Persian)": ("נסים עזרא אליהו מרדכי רחמים חנניה יחזקאל מנשה שמואל יונתן",
                                       "נרגס שושנה מלכה פרי מהין שהלה גלי רוחמה טובה יפה",
                                       "מופז קצב חכמי נהוראי זרגרי יקותיאלי משיאן אליאסיאן סופר דילמניאן"),
    "Giryama (Mijikenda)": ("Kazungu Karisa Kahindi Katana Charo Baya Kenga Kombe Safari Ngala",
                            "Kadzo Kache Sidi Dama Kahonzi Mapenzi Kadii Kanze Riziki Mwanaisha",
                            "Chengo Kalama Mramba Tsuma Ngumbao Jefwa Mwarandu Kiponda Kitsao Mwaro"),
    "Rukiga (Chiga)": ("Amos Benon Innocent Enoch Medard Julius Godfrey Naboth Ezra Fred",
                       "Jovia Allen Precious Annet Gloria Shallon Provia Agatha Edith Phionah",
                       "Tumusiime Twinomujuni Ahimbisibwe Byaruhanga Tumwebaze Turyahikayo Kamugisha Asiimwe "
                       "Bainomugisha Tukahirwa"),
    "Lango": ("Denis Charles Patrick Samuel Alfred Bosco Jimmy Geoffrey Tom Richard",
              "Christine Grace Sarah Jennifer Betty Florence Harriet Scovia Evelyn Brenda",
              "Okello Ogwang Odongo Opio Otim Okot Ocen Odur Okwir Obua",
              "Akello Agwang Adongo Apio Atim Akot Acen Adur Akwir Abua"),
    "Ndau": ("Armando Alberto Fernando Manuel Joaquim Domingos Afonso Tomás Jaime Raul",
             "Maria Celeste Felismina Joana Rosa Lúcia Ermelinda Amélia Esperança Fátima",
             "Dhlakama Simango Sithole Mashava Mutisse Muchanga Chipanga Mhlanga Semente Nhamitambo"),
    "Bulu": ("Jean Paul Pierre Joseph André François Emmanuel Martin Samuel Roger",
             "Marie Jeanne Thérèse Pauline Odile Régine Madeleine Sidonie Antoinette Clémence",
             "Mebe Ngoa Ondoua Mvondo Nkoulou Ebolo Bikoro Obiang Zambo Mba"),
    "Berom": ("Joshua Daniel Solomon Yakubu Istifanus Bitrus Ezekiel Gideon Simon Musa",
              "Mary Ruth Lydia Naomi Esther Rhoda Hannatu Talatu Kaneng Lami",
              "Gyang Dalyop Pam Choji Bot Davou Dung Chuwang Rwang Pwajok"),
    "Nande (Yira)": ("Paluku Kambale Kasereka Kakule Muhindo Kasika Katembo Mumbere Kataliko Kambere",
                     "Kavira Kavugho Kahambu Masika Kaswera Mbambu Kahindo Kanyere Kyakimwa Musoki",
                     "Mathe Mbusa Kitsa Ndungo Masumbuko Vyambwera Kasivwa Sivyavugha Kighoma Kahongya"),
    "Jakaltek (Popti')": ("Andrés Mateo Pascual Diego Gaspar Baltazar Antonio Francisco Juan Alonso",
                          "Juana Magdalena Catarina Petrona Micaela Rosa Ana Isabel Lucía Manuela",
                          "Camposeco Montejo Silvestre Ross Mendoza Delgado Castañeda Quiñónez Tadeo Hurtado"),
    "Passamaquoddy-Maliseet": ("Joseph Peter Wayne Donald Lewey Francis Fred Allen Roger Clayton",
                               "Joan Beatrice Mary Theresa Agnes Lorraine Sheila Margaret Darlene Natalie",
                               "Dana Sappier Polchies Tomah Sockabasin Soctomah Nicholas Bear Newell Paul"),
    "Motu": ("Peter Kevin Gabriel Tau Ravu Igo Asi Daroa Raka Sisia",
             "Boio Kaia Geua Mea Dikana Hekoi Konio Iamo Lahui Taboro",
             "Vagi Morea Kila Gau Arua Toua Hitolo Dai Heni Lohia"),
    "Minahasa (Tombulu)": ("Frans Ferry Jemmy Hendrik Roy Stevanus Olly Ventje Benny Royke",
                           "Meiske Jeane Vonny Deysi Lientje Nova Grace Winda Marlyn Riane",
                           "Rumengan Lumempouw Wowor Sondakh Tumbelaka Pangemanan Rondonuwu Lengkong Kaunang Mandagi"),
    "Kiowa": ("Gus Lee Dixon Harding Bert Homer Kenneth Dewey Monroe Harold",
              "Vanessa Alice Dorothy Ernestine Velma Bertha Mildred Imogene Laura Faye",
              "Tsatoke Poolaw Momaday Tahbone Hokeah Paddlety Kaulaity Tointigh Toyebo Ahhaitty"),
    "Dakota": ("Clifford Eugene Raymond Dennis Leonard Vernon Marvin Arnold Ervin Delbert",
               "Lorraine Beverly Darlene Marlene Arlene Phyllis Irene Loretta Verna Gloria",
               "Cloud Redwing LaBatte Renville Eastman Goodthunder Seaboy Crawford Wabasha Kitto"),
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

# Gan names: family name first, no space. Jarai names: the clan name first, then the given name. Jakaltek
# names: the father's and the mother's surname. Nande and Bulu: the family name often first, in capitals.
JOINED = ("Gan (Jiangxi)",)
CLAN_FIRST = ("Jarai",)
TWO_SURNAMES = ("Jakaltek (Popti')",)
CAPS_FIRST = ("Nande (Yira)", "Bulu")

MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple("January February March April May June July August September October November December".split()),
    "nl": tuple("januari februari maart april mei juni juli augustus september oktober november december".split()),
    "de": tuple("Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()),
    "fr": tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    "es": tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
    "pt": tuple("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()),
    "id": tuple("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()),
    "sw": tuple("Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split()),
    "fi": tuple("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
                "lokakuuta marraskuuta joulukuuta".split()),
    "ru": tuple("января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()),
    "he": tuple("ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()),
    "ar": tuple("كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول"
                .split("|")),
    "fa": tuple("ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر".split()),
    "hi": tuple("जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split()),
}  # fmt: skip
MONTH_FIRST = ("US",)

# Phone numbers: (leading digits, national significant number's length); the rest is drawn until phonenumbers
# calls the number valid for the region.
PHONE_PLANS: dict[str, tuple[tuple[str, int], ...]] = {
    "CN": (("139", 11), ("186", 11), ("791", 11), ("797", 11)), "IQ": (("750", 10), ("770", 10), ("53", 9)),
    "IR": (("912", 10), ("917", 10), ("38", 10)), "RU": (("912", 10), ("821", 10), ("904", 10)),
    "FI": (("40", 9), ("50", 9), ("16", 8)), "NL": (("6", 9), ("59", 9)),
    "DE": (("160", 11), ("176", 11), ("631", 10), ("6341", 10)), "kru-IN": (("94", 10), ("651", 10)),
    "kfy-IN": (("97", 10), ("5942", 10)), "mjw-IN": (("70", 10), ("3671", 10)),
    "VN": (("90", 9), ("35", 9), ("262", 10), ("269", 10)), "IL": (("52", 9), ("58", 9), ("3", 8)),
    "KE": (("72", 9), ("70", 9), ("41", 9)), "UG": (("77", 9), ("70", 9), ("47", 9)),
    "MZ": (("84", 9), ("82", 9), ("23", 8)), "CM": (("67", 9), ("69", 9), ("222", 9)),
    "NG": (("803", 10), ("806", 10), ("73", 9)), "CD": (("81", 9), ("99", 9), ("97", 9)),
    "GT": (("5", 8), ("7", 8)), "CA": (("506", 10),), "PG": (("7", 8), ("32", 7)),
    "ID": (("812", 11), ("431", 10)), "kio-US": (("580", 10), ("405", 10)),
    "dak-US": (("507", 10), ("612", 10)), "US": (("580", 10), ("507", 10)),
    "US-abroad": (("212", 10), ("617", 10)), "GB": (("77", 10),), "FR": (("6", 9),), "AE": (("52", 9),),
    "SE": (("73", 9),), "PT": (("91", 9),), "BR": (("119", 11),), "ZA": (("82", 9),), "JP": (("90", 10),),
    "AU": (("41", 9),), "CH": (("79", 9),),
}  # fmt: skip
ABROAD = ("GB", "FR", "AE", "SE", "PT", "BR", "ZA", "JP", "AU", "CH")

# IBAN: country -> the BBAN's shape (n digits, a capitals, c either), typed from the published structures.
IBAN_BBAN: dict[str, str] = {
    "AT": "16n", "BE": "12n", "BG": "4a6n8c", "BH": "4a14c", "BR": "23n1a1c", "CH": "5n12c", "CY": "8n16c",
    "CZ": "20n", "DE": "18n", "DK": "14n", "EE": "16n", "EG": "25n", "ES": "20n", "FI": "14n", "FR": "10n11c2n",
    "GB": "4a14n", "GR": "7n16c", "HR": "17n", "HU": "24n", "IE": "4a14n", "IL": "19n", "IQ": "4a15n",
    "IS": "22n", "IT": "1a10n12c", "JO": "4a4n18c", "KW": "4a22c", "LB": "4n20c", "LT": "16n", "LU": "3n13c",
    "LV": "4a13c", "MT": "4a5n18c", "MZ": "21n", "NL": "4a10n", "NO": "11n", "PK": "4a16c", "PL": "24n",
    "PT": "21n", "QA": "4a21c", "RO": "4a16c", "SA": "2n18c", "SE": "20n", "SI": "15n", "SK": "20n",
    "TN": "20n", "TR": "5n1n16c", "UA": "6n19c", "AE": "3n16n", "GE": "2a16n", "AZ": "4a20c", "KZ": "3n13c",
    "ME": "18n", "RS": "18n", "MD": "2c18c", "AL": "8n16c", "BA": "16n", "XK": "4n10n2n", "LC": "4a24c",
    "MU": "4a19n3a", "GT": "24c", "CR": "18n", "DO": "4c20n", "SV": "4a20n", "BY": "4c4n16c", "LY": "21n",
    "SD": "14n", "IR": "22n",
}  # fmt: skip
# Countries whose own IBANs a document of the country carries when it draws a local one.
LOCAL_IBAN = {"IQ": "IQ", "IR": "IR", "FI": "FI", "NL": "NL", "DE": "DE", "IL": "IL", "MZ": "MZ", "GT": "GT"}

# Driver's licences: issuer and layout (9 a digit, @ a capital, others as written); invented where unknown.
LICENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "CN": (("江西省公安厅交通警察总队", "360199999999999999"), ("南昌市公安局交通管理局", "3601 9999 9999 9999 99")),
    "IQ": (("مديرية المرور العامة", "99999999"), ("Sulaymaniyah Traffic Directorate", "SU-999999")),
    "IR": (("پلیس راهور ناجا", "9999999999"), ("Rahvar Police, Shahrekord", "99 999 99999")),
    "RU": (("Госавтоинспекция МВД по Республике Коми", "11 99 999999"), ("ГИБДД Сыктывкар", "1199 999999")),
    "FI": (("Traficom", "999999-999@"), ("Poliisi, Lapin poliisilaitos", "99999999")),
    "NL": (("RDW", "9999999999"),),
    "DE": (("Kreisverwaltung Bad Dürkheim, Führerscheinstelle", "@999@@99999"),
           ("Stadtverwaltung Kaiserslautern", "@999@@99999")),
    "kru-IN": (("RTO Ranchi", "JH01 99999999999"),), "kfy-IN": (("RTO Almora", "UK01 99999999999"),),
    "mjw-IN": (("DTO Karbi Anglong", "AS09 99999999999"),),
    "VN": (("Sở Giao thông vận tải Gia Lai", "640999999999"), ("Sở GTVT Đắk Lắk", "660999999999")),
    "IL": (("משרד התחבורה", "99999999"), ("Licensing Authority, Holon", "9999999")),
    "KE": (("NTSA Kilifi", "DL-9999999"), ("NTSA", "@@@999999")),
    "UG": (("Ministry of Works and Transport", "UG99999999"), ("URA Driving Permit Office", "99999999/99")),
    "MZ": (("INATTER Beira", "99999/99"), ("INATTER", "999999999")),
    "CM": (("Ministère des Transports, Délégation du Sud", "CE99 999999"),),
    "NG": (("FRSC Plateau", "@@@99999@@99"), ("Federal Road Safety Corps", "@@@99999@@99")),
    "CD": (("CNPR Nord-Kivu", "NK-99999-99"),),
    "GT": (("Departamento de Tránsito PNC", "9999 99999 9999"),),
    "CA": (("Service New Brunswick", "9999999"),),
    "PG": (("NCDC Motor Traffic", "DL999999"),),
    "ID": (("Satlantas Polda Sulut", "9999-9999-999999"),),
    "kio-US": (("Service Oklahoma", "@999999999"),), "dak-US": (("Minnesota DVS", "@999999999999"),),
}  # fmt: skip

MRN_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("MRN", "Hospital No.", "Patient ID", "Chart No."), "zh": ("病历号", "住院号"),
    "ar": ("رقم الملف الطبي", "رقم المريض"), "fa": ("شماره پرونده پزشکی", "شماره بیمار"),
    "ru": ("№ медицинской карты", "Номер амбулаторной карты"), "fi": ("Potilasnumero", "Sairauskertomusnro"),
    "nl": ("Patiëntnummer", "Dossiernummer"), "de": ("Patienten-Nr.", "Fallnummer"),
    "hi": ("पंजीकरण संख्या", "मरीज़ आईडी"), "vi": ("Mã bệnh nhân", "Số hồ sơ bệnh án"),
    "he": ("מספר תיק רפואי", "מס' מטופל"), "sw": ("Namba ya faili", "Namba ya mgonjwa"),
    "pt": ("N.º de processo clínico", "N.º do doente"), "fr": ("N° de dossier médical", "IPP"),
    "es": ("N.° de historia clínica", "Expediente"), "id": ("No. rekam medis", "No. RM"),
}  # fmt: skip
MRN_SHAPES = ("99999999", "@@-999999", "9999-99999", "@999999", "99-99-999", "RM 999999", "99999/99",
              "@@@9999999", "9999999-9", "MR99999")  # fmt: skip

_SYL = ("lo", "mi", "ne", "ra", "to", "vi", "da", "he", "yo", "fa", "zu", "be", "ji", "wo", "te", "ri")
DOMAINS: dict[str, tuple[str, ...]] = {
    "CN": ("163.com", "qq.com", "126.com"), "IQ": ("gmail.com", "yahoo.com", "korek.iq"),
    "IR": ("gmail.com", "chmail.ir", "yahoo.com"), "RU": ("mail.ru", "yandex.ru", "komi.com"),
    "FI": ("gmail.com", "saunalahti.fi", "luukku.com"), "NL": ("ziggo.nl", "kpnmail.nl", "gmail.com"),
    "DE": ("web.de", "gmx.de", "t-online.de"), "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in"),
    "VN": ("gmail.com", "yahoo.com.vn", "vnn.vn"), "IL": ("walla.co.il", "gmail.com", "bezeqint.net"),
    "KE": ("gmail.com", "yahoo.co.ke", "outlook.com"), "UG": ("gmail.com", "yahoo.com", "mak.ac.ug"),
    "MZ": ("gmail.com", "tdm.co.mz", "yahoo.com.br"), "CM": ("yahoo.fr", "gmail.com", "camtel.cm"),
    "NG": ("gmail.com", "yahoo.com", "unijos.edu.ng"), "CD": ("gmail.com", "yahoo.fr", "ucbukavu.ac.cd"),
    "GT": ("gmail.com", "hotmail.com", "yahoo.es"), "CA": ("gmail.com", "nb.sympatico.ca", "outlook.com"),
    "PG": ("gmail.com", "online.net.pg", "upng.ac.pg"), "ID": ("gmail.com", "yahoo.co.id", "unsrat.ac.id"),
    "US": ("gmail.com", "yahoo.com", "outlook.com"),
}  # fmt: skip

# Per country (or locale): streets, (postcode, town) pairs and layouts.
ADDRESSES: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "CN": (("八一大道", "阳明路", "胜利路", "井冈山大道"), (("330006", "江西省南昌市东湖区"), ("341000", "江西省赣州市章贡区"),
           ("332000", "江西省九江市浔阳区")), ("{town}{street}{no}号{no2}栋{blk}室 {pc}", "{town}\n{street}{no}号\n邮编 {pc}")),
    "IQ": (("شارع سالم", "شارع مولوي", "شارع سەرچنار"), (("46001", "السليمانية"), ("44001", "أربيل"),
           ("46002", "رانية")), ("{street}، زقاق {no2}، دار {no}، {town} {pc}", "دار {no}، {street}\n{town}\n{pc}")),
    "IR": (("خیابان کاشانی", "بلوار آیت‌الله طالقانی", "خیابان فردوسی"), (("8813833451", "شهرکرد"),
           ("8391713755", "مسجدسلیمان"), ("6361914665", "ایذه")),
           ("{town}، {street}، کوچه {no2}، پلاک {no}، کدپستی {pc}", "{street}، پلاک {no}\n{town}\nکدپستی {pc}")),
    "RU": (("ул. Коммунистическая", "ул. Интернациональная", "Октябрьский пр-т", "ул. Печорская"),
           (("167000", "г. Сыктывкар"), ("169300", "г. Ухта"), ("169600", "г. Печора")),
           ("{pc}, {town}, {street}, д. {no}, кв. {no2}", "{street}, д. {no}, кв. {no2}\n{town}\n{pc}")),
    "FI": (("Inarintie", "Sevettijärventie", "Ivalontie", "Piiskuntie"), (("99870", "Inari"), ("99800", "Ivalo"),
           ("99980", "Utsjoki")), ("{street} {no}, {pc} {town}", "{street} {no} B {no2}\n{pc} {town}")),
    "NL": (("Brink", "Hoofdstraat", "Asserstraat", "Zuidesch"), (("9401 HA", "Assen"), ("7811 AB", "Emmen"),
           ("9461 AA", "Gieten")), ("{street} {no}, {pc} {town}", "{street} {no}{letter}\n{pc} {town}")),
    "DE": (("Weinstraße", "Hauptstraße", "Schloßstraße", "Kirchgasse"), (("67098", "Bad Dürkheim"),
           ("67655", "Kaiserslautern"), ("76829", "Landau in der Pfalz")),
           ("{street} {no}, {pc} {town}", "{street} {no}\n{pc} {town}", "c/o {street} {no}\nHinterhaus\n{pc} {town}")),
    "kru-IN": (("Main Road", "Kanke Road", "Ratu Road"), (("834001", "Ranchi, Jharkhand"),
               ("835207", "Gumla, Jharkhand"), ("835302", "Lohardaga, Jharkhand")),
               ("House No. {no}, {street}, {town} {pc}", "मकान सं. {no}, {street}\n{town}\n{pc}")),
    "kfy-IN": (("Mall Road", "L R Sah Road", "Lala Bazar"), (("263601", "Almora, Uttarakhand"),
               ("262501", "Pithoragarh, Uttarakhand"), ("263139", "Haldwani, Uttarakhand")),
               ("{no}, {street}, {town} {pc}", "मकान {no}, {street}\n{town} - {pc}")),
    "mjw-IN": (("Diphu Main Road", "Rongkhelan Road", "Lumbajong Road"), (("782460", "Diphu, Assam"),
               ("782462", "Hamren, Assam"), ("782480", "Bokajan, Assam")),
               ("House {no}, {street}, {town} {pc}", "H. No. {no}, {street}\n{town}\n{pc}")),
    "VN": (("đường Hùng Vương", "đường Phan Bội Châu", "đường Lê Duẩn", "đường Trường Chinh"),
           (("600000", "TP. Pleiku, Gia Lai"), ("630000", "TP. Buôn Ma Thuột, Đắk Lắk"), ("601100", "Ayun Pa, Gia Lai")),
           ("Số {no} {street}, {town} {pc}", "{no}/{no2} {street}\n{town}\n{pc}")),
    "IL": (("רחוב הרצל", "שדרות ירושלים", "רחוב סוקולוב"), (("5810001", "חולון"), ("5820002", "חולון"),
           ("4422101", "כפר סבא")), ("{street} {no}, {town} {pc}", "{street} {no} דירה {no2}\n{town} {pc}")),
    "KE": (("Lamu Road", "Kilifi-Malindi Road", "Mtwapa Road"), (("80108", "Kilifi"), ("80200", "Malindi"),
           ("80109", "Mtwapa")), ("House {no}, {street}, {town} {pc}", "P.O. Box {no4}-{pc}\n{street}\n{town}")),
    "UG": (("Kabale-Kisoro Road", "Lira-Gulu Road", "Kamukuzi Road"), (("Kabale", "Kabale"), ("Lira", "Lira"),
           ("Mbarara", "Mbarara")), ("Plot {no}, {street}, {town}", "Plot {no} {street}\nP.O. Box {no4}\n{town}")),
    "MZ": (("Avenida Eduardo Mondlane", "Rua do Aeroporto", "Avenida 24 de Julho"), (("2100", "Beira"),
           ("2200", "Chimoio"), ("2300", "Machanga")), ("{street}, n.º {no}, {pc} {town}", "{street} {no}\n{pc} {town}")),
    "CM": (("Rue Ngoa-Ekelle", "Avenue Kennedy", "Rue de l'Hôpital"), (("BP {no4}", "Ebolowa"),
           ("BP {no4}", "Sangmélima"), ("BP {no4}", "Yaoundé")), ("{street} n° {no}, {pc} {town}", "{no} {street}\n{pc}\n{town}")),
    "NG": (("Ahmadu Bello Way", "Rayfield Road", "Bukuru Express Way"), (("930001", "Jos, Plateau State"),
           ("930103", "Bukuru, Plateau State"), ("930211", "Vom, Plateau State")),
           ("{no} {street}, {town} {pc}", "No. {no}, {street}\n{town}\n{pc}")),
    "CD": (("Avenue Kinshasa", "Boulevard Nyamwisi", "Avenue de la Paix"), (("Q. Kimemi", "Butembo, Nord-Kivu"),
           ("Q. Mbimbi", "Beni, Nord-Kivu"), ("Q. Himbi", "Goma, Nord-Kivu")),
           ("{street} n° {no}, {pc}, {town}", "n° {no}, {street}\n{pc}\n{town}")),
    "GT": (("Calle Principal", "4a. Avenida", "Calle del Calvario"), (("13013", "Jacaltenango, Huehuetenango"),
           ("13001", "Huehuetenango"), ("13016", "Concepción Huista")),
           ("{street} {no}-{no2}, Zona {blk}, {town} {pc}", "{street} {no}-{no2}\nZona {blk}\n{town} {pc}")),
    "CA": (("Sipayik Road", "Main Street", "Route 105"), (("E5C 1B2", "St. Andrews, NB"), ("E7M 3B4", "Woodstock, NB"),
           ("E3B 4X9", "Fredericton, NB")), ("{no} {street}, {town} {pc}", "{no} {street}\n{town}  {pc}")),
    "PG": (("Hanuabada Road", "Ela Beach Road", "Kila Kila Road"), (("111", "Port Moresby, NCD"),
           ("121", "Boroko, NCD"), ("131", "Gerehu, NCD")), ("Section {no2}, Lot {no}, {street}, {town} {pc}",
           "PO Box {no4}\nLot {no} {street}\n{town} {pc}")),
    "ID": (("Jl. Sam Ratulangi", "Jl. Piere Tendean", "Jl. Raya Tomohon"), (("95111", "Manado"), ("95416", "Tomohon"),
           ("95611", "Tondano")), ("{street} No. {no}, Lingkungan {blk}, {town} {pc}", "{street} No. {no}\n{town} {pc}")),
    "kio-US": (("W Central Blvd", "S Broadway", "Kiowa St"), (("73015", "Anadarko, OK"), ("73005", "Carnegie, OK"),
               ("73501", "Lawton, OK")), ("{no} {street}, {town} {pc}", "{no} {street} Apt {no2}\n{town} {pc}")),
    "dak-US": (("Sioux Trail", "Reservation Hwy", "Main St"), (("56258", "Morton, MN"), ("55372", "Prior Lake, MN"),
               ("56241", "Granite Falls, MN")), ("{no} {street}, {town} {pc}", "{no} {street}\n{town} {pc}")),
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
        men, women = SURNAMES[self.origin]
        at = self.rng.randrange(len(men))
        sur = (women if female else men)[at]
        if self.origin in TWO_SURNAMES:
            sur += " " + self.rng.choice([s for s in men if s != sur])
        return self.rng.choice(GIVEN[self.origin][1 if female else 0]), sur, female

    def given(self, female: bool | None = None) -> str:
        return self._person(female)[0]

    def name(self, style: str | None = None, female: bool | None = None) -> str:
        given, sur, _ = self._person(female)
        return self.render(given, sur, style)

    def render(self, given: str, sur: str, style: str | None = None) -> str:
        cased = all(
            unicodedata.name(c, "").startswith(("LATIN", "CYRILLIC")) or not c.isalpha() for c in given + sur
        )
        if style == "g":
            return given
        if self.origin in JOINED:
            return sur + given
        style = style or self.rng.choice(("gs", "gs", "sg", "SG", "upper", "lower", "init", "gs", "SGU"))
        if self.origin in CLAN_FIRST and style == "gs":
            style = "sg"
        if self.origin in CAPS_FIRST and style == "sg":
            style = "SGU"
        if not cased and style in ("upper", "lower", "init", "SGU"):
            style = "gs"
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
            return f"{sur.upper()} {given}" if self.origin in CAPS_FIRST else f"{sur.upper()}, {given}"
        return f"{given} {sur}"

    # --- contact ---
    def phone(self, form: str | None = None, region: str | None = None) -> str:
        region = region or self.country
        key = self.locale if region == self.country and self.locale in PHONE_PLANS else region
        if region == "US" and self.country != "US":
            key = "US-abroad"
        for _ in range(5000):
            head, size = self.rng.choice(PHONE_PLANS[key])
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
            word = {"de": " Durchwahl ", "fr": " poste ", "es": " ext. ", "nl": " toestel ", "pt": " ext. "}
            text = (
                national
                + word.get(self.lang, self.rng.choice((" ext. ", " x")))
                + str(self.rng.randint(10, 999))
            )
            return text if _reads_back(text, self.country, number, ext=True) else national
        return national

    def email(self, person: tuple[str, str, bool] | None = None) -> str:
        given, sur, _ = person or self._person()
        parts = []
        for word in (given.replace("'", ""), sur.split()[-1]):
            flat = unicodedata.normalize("NFKD", word.replace("đ", "d").replace("Đ", "D"))
            flat = "".join(c for c in flat.encode("ascii", "ignore").decode().lower() if c.isalnum())
            parts.append(flat or "".join(self.rng.choice(_SYL) for _ in range(self.rng.randint(2, 3))))
        sep = self.rng.choice((".", "_", "", "-"))
        local = self.rng.choice((parts[0] + sep + parts[1], parts[1] + sep + parts[0], parts[0][0] + parts[1],
                                 parts[0] + str(self.rng.randint(1960, 2007))))  # fmt: skip
        return f"{local}@{self.rng.choice(DOMAINS[self.country])}"

    # --- money ---
    def card(self) -> str:
        brands = (("4", (13, 16, 19)), ("5" + str(self.rng.randint(1, 5)), (16,)),
                  (str(self.rng.randint(2221, 2720)), (16,)), (self.rng.choice(("34", "37")), (15,)),
                  ("65", (16, 19)), (str(self.rng.randint(620000, 629999)), (16, 17, 18, 19)),
                  (str(self.rng.randint(3528, 3589)), (16,)), ("30", (14,)), ("6759", (12, 16, 19)),
                  ("9860", (16,)), ("5061", (18, 19)), ("2202", (16,)), ("6062", (16,)), ("8171", (16,)))  # fmt: skip
        head, lengths = self.rng.choice(brands)
        size = self.rng.choice(lengths)
        body = head + "".join(self.rng.choice(string.digits) for _ in range(size - len(head) - 1))
        digits = body + _luhn(body)
        groups = {15: [4, 6, 5], 14: [4, 6, 4], 18: [6, 12], 17: [4, 4, 4, 5]}.get(size)
        if groups is None:
            groups = [4] * (size // 4) + ([size % 4] if size % 4 else [])
            if size == 19 and self.rng.random() < 0.4:
                groups = [6, 13]
        sep = self.rng.choice((" ", " ", "-", "", "."))
        if not sep:
            return digits
        out, at = [], 0
        for g in groups:
            out.append(digits[at : at + g])
            at += g
        return sep.join(out)

    def iban(self, country: str | None = None) -> str:
        home = LOCAL_IBAN.get(self.country)
        country = country or (
            home if home and self.rng.random() < 0.5 else self.rng.choice(sorted(IBAN_BBAN))
        )
        pools = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}
        bban = "".join(
            "".join(self.rng.choice(pools[k]) for _ in range(n)) for n, k in _runs(IBAN_BBAN[country])
        )
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        compact = f"{country}{check:02d}{bban}"
        style = self.rng.random()
        if style < 0.35:
            return compact
        if style < 0.9:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))

    def bic(self) -> str:
        country = self.country if self.rng.random() < 0.5 else self.rng.choice(sorted(IBAN_BBAN))
        bank = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(4))
        loc = self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") + self.rng.choice(
            "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        )
        branch = self.rng.choice(("", "", "XXX", self.rng.choice("ABCDEFGH0123456789") + "".join(
            self.rng.choice(string.ascii_uppercase + string.digits) for _ in range(2))))  # fmt: skip
        return bank + country + loc + branch

    def ssn(self) -> str:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        sep = self.rng.choice(("-", "-", " ", ""))
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def ip(self) -> str:
        while True:
            if self.rng.random() < 0.55:
                address: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.IPv4Address(
                    self.rng.getrandbits(32)
                )
            else:
                groups = [
                    self.rng.choice((0x2001, 0x2402, 0x2A02, 0x2C0F, 0x2804, 0x2600)),
                    self.rng.getrandbits(16),
                ]
                groups += [self.rng.getrandbits(16) for _ in range(6)]
                if self.rng.random() < 0.6:
                    at = self.rng.randint(2, 5)
                    groups[at : at + 2] = [0, 0]
                address = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
            if address.is_global and not address.is_multicast:
                return str(address)

    # --- identity ---
    def dob(self, young: bool = False, form: str | None = None) -> str:
        year = self.rng.randint(2008, 2020) if young else self.rng.randint(1938, 2006)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        form = form or self.rng.choice(("word", "word", "num", "num", "iso", "compact", "mon"))
        if form == "iso":
            return f"{year}-{month:02d}-{day:02d}"
        if form == "compact":
            return f"{year}{month:02d}{day:02d}"
        if form == "mon":
            return f"{day:02d}-{MONTHS['en'][month - 1][:3].upper()}-{year}"
        if self.lang == "zh":
            return f"{year}年{month}月{day}日" if form == "word" else f"{year}/{month:02d}/{day:02d}"
        if self.lang == "vi" and form == "word":
            return f"ngày {day} tháng {month} năm {year}"
        if form == "num" or self.lang not in MONTHS:
            if self.country in MONTH_FIRST:
                return f"{month:02d}/{day:02d}/{year}"
            sep = "." if self.lang in ("ru", "de", "fi", "he") else "-" if self.lang in ("nl", "hi") else "/"
            return f"{day:02d}{sep}{month:02d}{sep}{year}"
        months = MONTHS[self.lang]
        if self.country in MONTH_FIRST:
            return f"{months[month - 1]} {day}, {year}"
        if self.lang in ("es", "pt"):
            return f"{day} de {months[month - 1]} de {year}"
        if self.lang in ("de", "fi"):
            return f"{day}. {months[month - 1]} {year}"
        if self.lang == "he":
            return f"{day} ב{months[month - 1]} {year}"
        if self.lang == "ru":
            return f"{day} {months[month - 1]} {year} г."
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
        if lines == 1 or (lines is None and self.rng.random() < 0.5):
            layout = self.rng.choice(one)
        else:
            layout = self.rng.choice([t for t in many if t.count("\n") + 1 == lines] or many)
        pc, town = self.rng.choice(towns)
        slots = dict(no=str(self.rng.randint(1, 240)), no2=str(self.rng.randint(1, 60)),
                     no4=str(self.rng.randint(1001, 1899)), blk=str(self.rng.randint(1, 12)),
                     letter=self.rng.choice("abc"), street=self.rng.choice(streets), town=town)  # fmt: skip
        text = layout.format(pc=pc.format(**slots), **slots)
        return "\n".join(" ".join(line.split()).strip(", ") for line in text.split("\n"))


def _luhn(body: str) -> str:
    """The check digit that makes `body` + it pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _reads_back(text: str, country: str, number: phonenumbers.PhoneNumber, ext: bool = False) -> bool:
    try:
        got = phonenumbers.parse(text, country)
    except phonenumbers.NumberParseException:
        return False
    if ext:
        return (got.country_code, got.national_number) == (
            number.country_code,
            number.national_number,
        ) and bool(got.extension)
    return got == number


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
