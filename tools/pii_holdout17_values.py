"""Personal values of the seventeenth holdout PII set (tools/pii_holdout17_set.py), written from scratch.

Thirty locales, each with its own name origin (none used by an earlier split), the language its documents'
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
    "ary-MA": Where("MA", "fr", "Moroccan"),
    "acm-IQ": Where("IQ", "ar", "Iraqi"),
    "apd-SD": Where("SD", "ar", "Sudanese"),
    "abv-BH": Where("BH", "en", "Bahraini"),
    "afb-QA": Where("QA", "ar", "Qatari"),
    "shu-TD": Where("TD", "fr", "Chadian Arabic"),
    "kjh-RU": Where("RU", "ru", "Khakas"),
    "tab-RU": Where("RU", "ru", "Tabasaran"),
    "egl-IT": Where("IT", "it", "Emilian"),
    "stq-DE": Where("DE", "de", "Saterland Frisian"),
    "mzn-IR": Where("IR", "fa", "Mazanderani"),
    "scl-PK": Where("PK", "en", "Shina"),
    "ctg-BD": Where("BD", "bn", "Chittagonian"),
    "lbj-IN": Where("IN", "en", "Ladakhi"),
    "awa-IN": Where("IN", "hi", "Awadhi"),
    "cnh-MM": Where("MM", "en", "Hakha Chin"),
    "ii-CN": Where("CN", "zh", "Nuosu"),
    "trv-TW": Where("TW", "zh", "Truku"),
    "cbk-PH": Where("PH", "es", "Zamboangueño"),
    "kos-FM": Where("FM", "en", "Kosraean"),
    "fud-WF": Where("WF", "fr", "Futunan"),
    "top-MX": Where("MX", "es", "Totonac"),
    "tzj-GT": Where("GT", "es", "Tz'utujil"),
    "wal-ET": Where("ET", "en", "Wolaytta"),
    "tuv-KE": Where("KE", "en", "Turkana"),
    "gor-ID": Where("ID", "id", "Gorontalo"),
    "de-x-saxon-RO": Where("RO", "ro", "Transylvanian Saxon"),
    "geh-CA": Where("CA", "en", "Hutterite"),
    "cro-US": Where("US", "en", "Crow"),
    "es-x-tejano-US": Where("US", "en", "Tejano"),
}


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split("|")) if "|" in text else tuple(text.split())


# origin: (male given names, female given names, surnames). Where a surname takes a feminine form, FEMININE
# below lists it in the same order, and NAMES carries both.
_LISTS: dict[str, tuple[str, str, str]] = {
    "Moroccan": ("Youssef Hamza Mehdi Anouar Driss Rachid Zakaria Othmane Brahim Abdelilah Mounir Ayoub Soufiane "
                 "Hicham Karim Ilyas", "Fatima-Zahra Khadija Salma Ghizlane Meryem Nawal Houda Siham Loubna Imane "
                 "Zineb Hajar Samira Kawtar Naima", "El Amrani Bennani Tazi Alaoui Berrada Chraibi Lahlou "
                 "Bensouda Ouazzani Kettani Benjelloun Fassi-Fihri Idrissi Skalli Filali Sqalli"),
    "Iraqi": ("حيدر مصطفى علي عباس كرار سجاد مرتضى منتظر حسنين أحمد ياسر عمار باقر رضا مهند",
              "زينب فاطمة نور هدى رقية سارة مريم دعاء آيات بتول غفران زهراء إسراء شهد رسل",
              "الجبوري الدليمي العبيدي الساعدي الربيعي الخفاجي الموسوي الحسيني الزبيدي الشمري الكعبي العزاوي "
              "التميمي الجنابي البياتي"),
    "Sudanese": ("محمد عثمان الطيب الفاتح مجدي معتز هشام بابكر الصادق النور عوض الله مأمون خالد عمر",
                 "إخلاص سلمى آمنة نفيسة سهام ست النساء منى عفاف هادية رباب تهاني أميرة هالة وداد سناء نون",
                 "إدريس الأمين عبد الرحيم حمدان ميرغني الخليفة بشير دفع الله عبد القادر الحسن الماحي "
                 "الطاهر فضل المولى يوسف الحاج موسى"),
    "Bahraini": ("Ebrahim Jassim Khalid Hussain Ali Redha Sayed Mahmood Hamad Salman Qassim Adel Nabeel Isa Fawaz",
                 "Noora Maryam Fatema Zahra Hessa Shaikha Latifa Mona Amal Huda Batool Wafa Dana Reem Bashayer",
                 "Al-Khalifa Al-Sayed Kanoo Fakhro Al-Zayani Jawad Al-Aradi Yateem Al-Moayyed Bucheeri "
                 "Al-Mahmood Janahi Almannai Al-Ansari Matar"),
    "Qatari": ("حمد جاسم ناصر فهد سعود عبدالله تميم خليفة مشعل راشد غانم منصور سلطان هزاع مبارك",
               "موزة العنود الجوهرة شيخة حصة مها نورة لولوة عائشة أسماء دانة ريم العنود وضحى لطيفة",
               "آل ثاني المري الكواري النعيمي الهاجري السليطي المهندي الكبيسي العطية المسند الخليفي "
               "الدوسري الملا البوعينين المناعي"),
    "Chadian Arabic": ("Mahamat Hissein Abakar Idriss Adoum Brahim Ousmane Moussa Djibrine Haroun Nassour Ahmat "
                       "Saleh Oumar Annadif", "Achta Zenaba Hadjé Fatimé Khadidja Mariam Amina Haoua Halimé Kaltouma "
                       "Zara Asma Djamila Fanné Hawa", "Abakar Hassane Adoum Haroun Ahmat Saleh Oumar Issa Youssouf "
                       "Djibrine Nassour Moussa Mahamat Zakaria Ali-Dinar"),
    "Khakas": ("Айдар Алексей Николай Виктор Семён Пётр Эрчим Аяс Сергей Олег Михаил Иван Василий Анатолий Чалым",
               "Айана Светлана Ольга Татьяна Ирина Наталья Саяна Айлана Вера Любовь Галина Анна Елена Чичек Нина",
               "Тюкпеев Чебодаев Боргояков Кызласов Майнагашев Тодышев Сагалаков Топоев Чаптыков Анжиганов "
               "Кильчичаков Ултургашев Торосов Чанков Кичеев"),
    "Tabasaran": ("Магомед Рамазан Шамиль Арсен Мурад Гаджи Руслан Эльдар Тагир Казим Нариман Абдулла Сейфулла "
                  "Рашид Фикрет", "Патимат Марьям Аминат Саида Зарема Мадина Сабина Фатима Гюльнара Айшат Написат "
                  "Эльмира Зульфия Лейла Салимат", "Рамазанов Гаджимурадов Мирзоев Шихмагомедов Курбанов "
                  "Алиев Магарамов Казиев Агаев Гасанов Халилов Бабаев Рустамов Джамалов Эфендиев"),
    "Emilian": ("Gianluca Marco Davide Stefano Lorenzo Matteo Andrea Paolo Giacomo Riccardo Tommaso Fabio Luca "
                "Enrico Alberto", "Francesca Chiara Elisa Giulia Silvia Martina Federica Valentina Laura Sara "
                "Ilaria Beatrice Serena Cristina Alessia", "Malagoli Guidetti Bertolini Montanari Ferretti "
                "Zanichelli Vezzani Bonacini Gualdi Corradini Barbieri Benassi Pedrazzi Manicardi Fantuzzi Rinaldi"),
    "Saterland Frisian": ("Hinrich Tjark Okke Gerd Hajo Eilert Harm Onno Folkert Dirk Jann Ubbo Enno Remmer Lübbe",
                          "Frauke Imke Gesine Hilke Tjadina Wiebke Anke Ubbine Geeske Talea Almuth Meike Trientje "
                          "Hiske Jantje", "Tebben Bohlken Hanken Ahlrichs Tapken Eilers Janssen Deddens Lübbers "
                          "Hempen Wreesmann Klock Oltmanns Bruns Evers"),
    "Mazanderani": ("رضا مهدی حسین امیر علیرضا مرتضی مجید حمید بهروز فرهاد کیوان داوود یوسف نیما سعید",
                    "زهرا مریم فاطمه سمیه ناهید لیلا شیرین نرگس مهسا الهام ستاره پریسا فرشته زینب نسرین",
                    "رضایی قاسمی حسینی طالبی موسوی یوسفی نوری امیری کاظمی صالحی جعفری آملی ساروی بابلی "
                    "تنکابنی"),
    "Shina": ("Sher Karim Ghulam Abbas Iqbal Imtiaz Shahid Zulfiqar Amjad Nadir Rehmat Wazir Fida Akbar Javed",
              "Shamim Nasreen Rukhsana Shazia Bibi Parveen Gul Nargis Sakina Fozia Tahira Samina Rozina Hamida Zarina",
              "Shah Khan Baig Hussain Alam Ali Jan Ullah Gilgiti Hunzai Mir Qasim Dad Amaan Hayat"),
    "Chittagonian": ("রফিক জামাল নুরুল আনোয়ার সাইফুল মোস্তফা জাহাঙ্গীর কামরুল ফারুক আবছার শফিকুল মনির ইউসুফ "
                     "হারুন এরশাদ", "রহিমা নাসরিন ফেরদৌসী শাহানা তাহমিনা রোকসানা সুলতানা জেসমিন কুলসুম "
                     "শামীমা আয়েশা মরিয়ম হাসিনা লাকী পারভীন", "চৌধুরী সিকদার তালুকদার মজুমদার "
                     "ভূঁইয়া সওদাগর হাজারী মিয়া উদ্দিন আলম কবির খান সরকার মুন্সী পাটোয়ারী"),
    "Ladakhi": ("Stanzin Tsering Rigzin Namgyal Phuntsog Sonam Tashi Jigmet Tundup Gyatso Lobzang Dorjay Mingyur "
                "Norboo Tsewang", "Dolma Padma Angmo Chorol Lhamo Yangchen Diskit Kunzes Spalzes Deskit Yangdol "
                "Chondol Tsomo Lhadol Skarma", "Namgyal Dorjay Angchuk Gyaltsan Tundup Phunchok Stobdan Wangchuk "
                "Tsetan Rinchen Norphel Motup Paljor Dawa Chosphel"),
    "Awadhi": ("रामप्रकाश शिवकुमार रामनरेश बृजेश अवधेश रामकिशोर दिनेश सुरेंद्र राजेंद्र प्रमोद मनोज अखिलेश "
               "कमलेश रविशंकर हरिओम", "सावित्री उर्मिला पुष्पा सुनीता गीता मीरा कुसुम शकुंतला रीता माधुरी "
               "सरोज किरन निर्मला ममता आशा", "तिवारी मिश्रा शुक्ला पांडेय यादव वर्मा त्रिपाठी दुबे "
               "श्रीवास्तव मौर्य पटेल सिंह अवस्थी बाजपेई चौरसिया"),
    "Hakha Chin": ("Thawng Biak Cung Ngun Lian Van Bawi Tial Hrang Sui Zing Thang Hmun Kap Rem",
                   "Par Tin Sung Dawt Hniang Mang Zuali Hlei Men Ral Iang Nu Sian Tha Cer",
                   "Thawng Hmung Lian Bawi Thang Ceu Hnin Tluang Peng Sang Hre Kung Nawl Len Uk"),
    "Nuosu": ("伍牛 石布 尔布 拉且 阿支 木呷 史色 依火 子拉 布哈 日格 阿木 克惹 拉哈 日者",
              "阿呷 曲尼 拉玛 阿果 金阿 阿依 吉莫 阿衣 尔古莫 阿妞 依曲 木乃 阿西莫 嘎嘎 莫色",
              "吉克 阿约 沙马 曲比 马海 阿西 吉伍 俄木 瓦渣 日火 海来 阿都 罗木 勒格 尔古"),
    "Truku": ("Walis Pisaw Yudaw Iwan Ukan Bakan Temu Lituk Teyra Kumu Dakis Tiwas Nawi Pawan Rubi",
              "Labay Siyang Buya Obing Ciwas Umin Sayun Hakaw Lowsing Pusi Tanah Yayut Kulas Apay Ipay",
              "Nawi Pawan Tanah Kuhuy Hayung Pusi Ciwas Batu Teyra Yudal Rubi Sayun Umin Lowsing Hakaw"),
    "Zamboangueño": ("Rodolfo Ernesto Nestor Ramoncito Rolando Jesus Gerardo Wilfredo Ariel Bienvenido Danilo "
                     "Rogelio Romeo Efren Fernando", "Maria Luisa Rosalinda Teresita Consuelo Milagros Remedios "
                     "Esperanza Marites Rosario Lourdes Charito Ligaya Corazon Nenita Perla",
                     "Climaco Lobregat Atilano Camins Enriquez Natividad Rebollos Macrohon Elago Fabian "
                     "Dalipe Francisco Agan Navarro Ledesma"),
    "Kosraean": ("Tulensa Alik Srue Palikun Salik Kenye Likiak Tolenna Sepe Kun Nena Tholman Kilafwa Hiteo Aaron",
                 "Shra Sepe Lupalik Kenye Sarah Tulpe Osaiah Mina Kasra Lucy Shrue Marina Salina Hanna Ruthy",
                 "Sigrah Palik Skilling Tilfas Jackson George Benjamin Nena Kilafwasru Tulensru Abraham Andrew "
                 "Albert Taulung Waguk"),
    "Futunan": ("Petelo Soane Malia Atonio Sosefo Kamilo Lafaele Mikaele Ilai Tomasi Vaitiare Falakika Keleto "
                "Setefano Pio", "Malia Lusia Sesilia Anamalia Kolotita Telesia Losa Fululupe Savelina Taaloga "
                "Akenesi Sofia Meleane Siolesia Amelia", "Tuikalepa Fulilagi Talomafaia Takaniua Moeliku "
                "Vaitootai Keletaona Tuugahala Lie Manufekai Fanene Tauvale Sione Felomaki Katea"),
    "Totonac": ("Crispín Isidro Marcelino Felipe Juventino Rufino Espiridión Cirilo Teodoro Pascual Anastasio "
                "Gumersindo Lucio Esteban Macario", "Marcelina Petra Juana Cirila Tomasa Anastasia Rufina "
                "Guadalupe Eusebia Felícitas Genoveva Leocadia Modesta Crescencia Ambrosia", "Xochihua Simbrón "
                "Olmedo Tiburcio Pérez Méndez Santes Xala Patiño Cano Juárez García Ramírez Gaona Ortiz"),
    "Tz'utujil": ("Juan Pedro Diego Nicolás Francisco Lucas Andrés Tomás Gaspar Santiago Baltazar Miguel Mateo "
                  "Cristóbal Felipe", "Ana María Juana Magdalena Dolores Catarina Concepción Rosario Micaela "
                  "Tomasa Petrona Lucía Manuela Candelaria Josefa", "Sosof Ajuchán Mendoza Quiejú Tziná Culán "
                  "Ratzan Sapalú Coché Chavajay Tacaxoy Yojcom Cumes Ixtetelá Pablo"),
    "Wolaytta": ("Dawit Ermias Tesfaye Mulugeta Abebe Lemma Dana Ersido Erkalo Bassa Dagne Gelgelo Tadesse Anjulo "
                 "Mekonnen", "Almaz Tigist Hirut Meseret Aster Tsehay Genet Ayelech Zenebech Bizunesh Mulunesh "
                 "Tirunesh Kibnesh Enatnesh Worke", "Ersido Erkalo Bassa Dana Gelgelo Anjulo Dagne Ayele Lemma "
                 "Tadesse Shanko Bojago Wotango Dubale Gebre"),
    "Turkana": ("Ekai Lokwang Ekiru Akai Lokol Ekuam Lomuria Ewoi Lopeyok Eregae Ekidor Lokaale Ewoton Loyor "
                "Ekeno", "Nakiru Akiru Nakuwa Akuam Naweet Akal Nachuru Ngikeny Nakaale Akidor Aruu Nawoi "
                "Nasike Amuria Nabwel", "Lokwang Ekidor Lomuria Ekeno Loyor Lokaale Ewoton Ekuam Lopeyok Eregae "
                "Lokol Ekai Nakiru Ewoi Akai"),
    "Gorontalo": ("Rahmat Fadli Yusran Arfan Rizal Irfan Salahudin Jamal Hamzah Ridwan Sofyan Taufik Ismail Anwar "
                  "Syamsul", "Nurain Sartin Fatmawati Rosmiati Hasna Yulianti Mardiana Ningsih Rahmawati Sitti "
                  "Husna Wahyuni Salmawati Nurhayati Ratna", "Dunggio Katili Hulopi Pakaya Biki Lamusu Tangahu "
                  "Pomalingo Gobel Nusi Mooduto Ilato Habibie Mohamad Yusuf"),
    "Transylvanian Saxon": ("Hans Michael Martin Andreas Georg Johann Wilhelm Friedrich Kurt Werner Helmut Rolf "
                            "Dieter Egon Otto", "Katharina Sara Rosina Agnetha Maria Anna Hildegard Gerlinde Ilse "
                            "Ingrid Erika Renate Brigitte Hermine Gudrun", "Zikeli Schuster Gunesch Fabritius Roth "
                            "Binder Theil Kloos Bertleff Konnerth Schlattner Honigberger Leonhardt Graef Kraus"),
    "Hutterite": ("Jakob Paul Darius Samuel Elias Joseph David Andreas Michael Zacharias Johann Peter Daniel "
                  "Jonathan Levi", "Sara Rebecca Katharina Susanna Anna Elisabeth Judith Esther Maria Rachel "
                  "Lydia Martha Barbara Margaretha Rosie", "Hofer Waldner Wipf Kleinsasser Gross Wurz Tschetter "
                  "Stahl Mendel Decker Entz Maendel Walter Glanzer Knels"),
    "Crow": ("Carson Dana Conrad Burton Lance Marlon Vernon Floyd Kenneth Joseph Darrin Cedric Shane Clifford Alvin",
             "Velma Darlene Bernadine Shawna Winona Loretta Marcella Roberta Lenora Agnes Colleen Arlene Juanita "
             "Rhonda Tanya", "Real Bird|Old Coyote|Not Afraid|Pretty On Top|Yellowtail|Bird In Ground|"
             "Medicine Horse|Plainfeather|Little Light|Old Elk|Three Irons|Big Day|Stops|Other Medicine|Bulltail"),
    "Tejano": ("Rogelio Baldemar Arnulfo Eusebio Heriberto Jesús Ramiro Ricardo Gilberto Leonel Servando Ezequiel "
               "Humberto Osvaldo Abelardo", "Yolanda Guadalupe Leticia Imelda Graciela Norma Dolores Araceli Olga "
               "Maricela Elvia Socorro Delia Irma Rosalinda", "Garza Treviño Cantú Salinas Guerra Villarreal "
               "Zamora Elizondo Cavazos Benavides Peña Longoria Saenz Ybarra Olivarez"),
}  # fmt: skip


def _fem(name: str) -> str:
    return name + "а"


FEMININE = ("Khakas", "Tabasaran")
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
GIVEN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
SURNAMES: dict[str, tuple[str, ...]] = {}
for _origin, (_m, _f, _s) in _LISTS.items():
    _male = _w(_m) if _origin not in ("Sudanese",) else _w(_m.replace("عوض الله", "عوض_الله"))
    _female = _w(_f.replace("ست النساء", "ست_النساء"))
    _sur = _w(_s.replace("عبد الرحيم", "عبد_الرحيم").replace("دفع الله", "دفع_الله").replace("عبد القادر",
              "عبد_القادر").replace("فضل المولى", "فضل_المولى").replace("آل ثاني", "آل_ثاني").replace(
              "El Amrani", "El_Amrani").replace("Abi Nader", "Abi_Nader"))  # fmt: skip
    _male, _female, _sur = (tuple(x.replace("_", " ") for x in t) for t in (_male, _female, _sur))
    GIVEN[_origin] = (_male, _female)
    SURNAMES[_origin] = _sur
    NAMES[_origin] = (_male + _female, _sur + (tuple(_fem(s) for s in _sur) if _origin in FEMININE else ()))

# Month names in dates of birth, per language (Russian genitive; Iraqi and Levantine Arabic use the Syriac
# month names, Gulf and Sudanese Arabic the Latin-derived ones).
MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple("January February March April May June July August September October November December".split()),
    "fr": tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    "ar": tuple("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()),
    "ar-sy": ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
              "تشرين الثاني", "كانون الأول"),
    "ru": tuple("января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()),
    "it": tuple("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
                .split()),
    "de": tuple("Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()),
    "fa": tuple("ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر".split()),
    "bn": tuple("জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর".split()),
    "hi": tuple("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split()),
    "es": tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
    "id": tuple("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()),
    "ro": tuple("ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie"
                .split()),
}  # fmt: skip
MONTH_FIRST = ("US", "FM")

# National significant number: (first digits, length); the rest is drawn until phonenumbers calls it valid.
PHONE_PLANS: dict[str, tuple[tuple[str, int], ...]] = {
    "MA": (("66", 9), ("70", 9), ("61", 9), ("522", 9), ("537", 9)),
    "IQ": (("770", 10), ("780", 10), ("750", 10), ("790", 10)),
    "SD": (("91", 9), ("12", 9), ("99", 9), ("183", 9)),
    "BH": (("36", 8), ("39", 8), ("33", 8), ("17", 8)),
    "QA": (("55", 8), ("66", 8), ("33", 8), ("44", 8), ("70", 8)),
    "TD": (("66", 8), ("99", 8), ("63", 8), ("22", 8), ("90", 8)),
    "RU": (("3902", 10), ("913", 10), ("923", 10), ("8722", 10), ("928", 10), ("988", 10)),
    "IT": (("347", 10), ("338", 10), ("329", 10), ("051", 10), ("059", 10), ("0522", 10)),
    "DE": (("151", 11), ("176", 11), ("170", 10), ("4498", 10), ("4491", 10), ("441", 10)),
    "IR": (("911", 10), ("912", 10), ("935", 10), ("11", 10), ("21", 10)),
    "PK": (("300", 10), ("345", 10), ("355", 10), ("581", 9), ("51", 10)),
    "BD": (("17", 10), ("18", 10), ("19", 10), ("31", 8), ("2", 9)),
    "IN": (("98", 10), ("94", 10), ("70", 10), ("522", 10), ("1982", 10), ("88", 10)),
    "MM": (("97", 10), ("96", 10), ("925", 10), ("1", 8), ("94", 10)),
    "CN": (("138", 11), ("139", 11), ("187", 11), ("834", 10), ("28", 10)),
    "TW": (("912", 9), ("933", 9), ("958", 9), ("38", 8), ("2", 9)),
    "PH": (("917", 10), ("927", 10), ("998", 10), ("62", 9), ("2", 9)),
    "FM": (("370", 7), ("920", 7), ("970", 7), ("320", 7)),
    "WF": (("72", 6), ("82", 6), ("50", 6), ("83", 6)),
    "MX": (("784", 10), ("782", 10), ("228", 10), ("55", 10), ("229", 10)),
    "GT": (("7762", 8), ("5", 8), ("4", 8), ("2", 8)),
    "ET": (("91", 9), ("93", 9), ("46", 9), ("11", 9)),
    "KE": (("712", 9), ("722", 9), ("110", 9), ("20", 9), ("733", 9)),
    "ID": (("812", 11), ("852", 11), ("813", 11), ("435", 9), ("21", 10)),
    "RO": (("72", 9), ("74", 9), ("268", 9), ("269", 9), ("21", 9)),
    "CA": (("403", 10), ("780", 10), ("204", 10), ("587", 10)),
    "US": (("406", 10), ("956", 10), ("210", 10), ("361", 10), ("915", 10)),
    "cro-US": (("406", 10),),
    "es-x-tejano-US": (("956", 10), ("210", 10), ("361", 10), ("915", 10)),
    "kjh-RU": (("3902", 10), ("913", 10), ("923", 10)),
    "tab-RU": (("8722", 10), ("928", 10), ("988", 10)),
    "lbj-IN": (("1982", 10), ("94", 10), ("70", 10)),
    "awa-IN": (("522", 10), ("98", 10), ("88", 10)),
    "GB": (("79", 10), ("20", 10), ("161", 10)),
    "FR": (("6", 9), ("1", 9), ("4", 9)),
    "SA": (("50", 9), ("55", 9), ("11", 9)),
    "AE": (("50", 9), ("4", 8), ("56", 9)),
    "TR": (("532", 10), ("212", 10), ("544", 10)),
    "ES": (("6", 9), ("91", 9)),
    "NL": (("6", 9), ("20", 9)),
    "SE": (("70", 9), ("8", 9)),
    "AU": (("4", 9), ("2", 9)),
    "ZA": (("82", 9), ("21", 9)),
    "NG": (("803", 10), ("805", 10)),
    "EG": (("10", 10), ("2", 9)),
    "JP": (("90", 10), ("3", 10)),
    "BR": (("119", 11), ("21", 10)),
    "MY": (("12", 9), ("3", 9)),
}
ABROAD = ("GB", "FR", "SA", "AE", "TR", "ES", "NL", "SE", "AU", "ZA", "NG", "EG", "JP", "BR", "MY")

# IBAN: country -> the BBAN's shape (n digits, a capitals, c either) per the registry's structure.
IBAN_BBAN: dict[str, str] = {
    "AL": "8n16c", "AT": "16n", "AZ": "4a20c", "BA": "16n", "BE": "12n", "BH": "4a14c", "BR": "23n1a1c",
    "CH": "5n12c", "CR": "18n", "CZ": "20n", "DE": "18n", "DK": "14n", "DO": "4c20n", "EE": "16n", "EG": "25n",
    "ES": "20n", "FI": "14n", "FO": "14n", "FR": "10n11c2n", "GB": "4a14n", "GE": "2a16n", "GI": "4a15c",
    "GL": "14n", "GR": "7n16c", "GT": "4c20c", "HR": "17n", "HU": "24n", "IE": "4a14n", "IL": "19n",
    "IQ": "4a15n", "IS": "22n", "IT": "1a10n12c", "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c",
    "LI": "5n12c", "LT": "16n", "LU": "3n13c", "LV": "4a13c", "MC": "10n11c2n", "MD": "2c18c", "ME": "18n",
    "MK": "3n10c2n", "MR": "23n", "MT": "4a5n18c", "MU": "4a19n3a", "NL": "4a10n", "NO": "11n", "PK": "4a16c",
    "PL": "24n", "PS": "4a21c", "PT": "21n", "QA": "4a21c", "RO": "4a16c", "RS": "18n", "SA": "2n18c",
    "SD": "14n", "SE": "20n", "SI": "15n", "SK": "20n", "SM": "1a10n12c", "TN": "20n", "TR": "5n1n16c",
    "UA": "6n19c", "AE": "3n16n", "XK": "4n10n2n", "LY": "21n",
}  # fmt: skip

# Driver's licences: issuing authority and number layout (9 a digit, @ a capital, other characters as written).
LICENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "MA": (("Royaume du Maroc", "99/999999"), ("NARSA", "@999999")),
    "IQ": (("Iraq GDTP", "99999999"),),
    "SD": (("Sudan Traffic Police", "999999999"),),
    "BH": (("Bahrain GDT", "999999999"),),
    "QA": (("Qatar Traffic", "29999999999"),),
    "TD": (("Tchad", "TD 999999"), ("N'Djamena", "99999/@")),
    "RU": (("ГИБДД", "99 99 999999"), ("ГИБДД", "9999 999999")),
    "IT": (("MIT", "@@9999999@"), ("MIT", "U1@@99999@")),
    "DE": (("Landkreis Cloppenburg", "B9999999999"), ("Stadt Oldenburg", "J99999999@9")),
    "IR": (("پلیس راهور", "9999999999"),),
    "PK": (("Gilgit-Baltistan", "71999-9999999-9"), ("Islamabad ITP", "61101-9999999-9")),
    "BD": (("BRTA", "CG9999999@99999"),),
    "IN": (("RTO Lucknow", "UP32 9999999999999"), ("RTO Leh", "LA01 9999999999999")),
    "MM": (("Chin State", "CN/999999"),),
    "CN": (("四川省公安厅交通警察总队", "CNID"),),
    "TW": (("交通部公路局花蓮監理站", "TWID"),),
    "PH": (("LTO", "J99-99-999999"), ("LTO", "N99-99-999999")),
    "FM": (("Kosrae State", "K999999"),),
    "WF": (("Wallis-et-Futuna", "999999"),),
    "MX": (("Veracruz", "@999999999"), ("Veracruz", "99999999999")),
    "GT": (("Guatemala", "9999 99999 0719"),),
    "ET": (("Ethiopia RTA", "99-99999"), ("Wolaita Zone", "SNNP 999999")),
    "KE": (("NTSA", "DL9999999"),),
    "ID": (("Polda Gorontalo", "9999-9999-999999"),),
    "RO": (("DRPCIV Sibiu", "999999999"), ("DRPCIV Brașov", "BV999999")),
    "CA": (("Alberta", "999999-999"), ("Alberta", "999999999")),
    "US": (("Montana", "9999999999999"), ("Montana", "@99999999"), ("Texas", "99999999")),
    "cro-US": (("Montana", "9999999999999"), ("Montana", "@99999999")),
    "es-x-tejano-US": (("Texas", "99999999"), ("Texas DPS", "99999999")),
    "lbj-IN": (("RTO Leh", "LA01 9999999999999"),),
    "awa-IN": (("RTO Lucknow", "UP32 9999999999999"), ("RTO Ayodhya", "UP42 9999999999999")),
}

# Medical record numbers: the label as the locale's language writes it, and the number's layout.
MRN_LABELS: dict[str, tuple[str, ...]] = {
    "fr": ("N° de dossier", "IPP", "Dossier médical n°", "N° patient"),
    "ar": ("رقم الملف الطبي", "رقم الملف", "رقم السجل الطبي"),
    "en": ("MRN", "Hospital No.", "Chart #", "UHID", "Patient ID"),
    "ru": ("№ медкарты", "Номер истории болезни", "Карта №"),
    "it": ("N. cartella clinica", "Codice nosologico", "N. ricovero"),
    "de": ("Patientennummer", "Fallnummer", "PID"),
    "fa": ("شماره پرونده", "شماره پرونده پزشکی"),
    "bn": ("রেজিস্ট্রেশন নং", "রোগী আইডি"),
    "hi": ("पंजीकरण संख्या", "यूएचआईडी", "सीआर नंबर"),
    "zh": ("病案号", "住院号", "病歷號碼"),
    "es": ("No. de expediente", "Historia clínica", "Expediente clínico"),
    "id": ("No. Rekam Medis", "No. RM"),
    "ro": ("Nr. foaie de observație", "Cod pacient", "Nr. FOCG"),
}
MRN_SHAPES = (
    "99-99-99",
    "9999999",
    "@9999999",
    "MR-9999-99999",
    "99.999.999",
    "999 999 999",
    "@@999999",
    "9999/999999",
    "99-999999-9",
    "H999999",
    "999999-@",
    "@@@9999999",
    "9.999.999",
    "99999999",
)

_LOWER = string.ascii_lowercase
_SYL = ("ka", "ri", "mo", "ta", "lu", "se", "na", "do", "bi", "ye", "ha", "zu", "po", "ne", "ma", "li")
DOMAINS: dict[str, tuple[str, ...]] = {
    "MA": ("menara.ma", "gmail.com", "iam.net.ma"), "IQ": ("yahoo.com", "earthlink.iq", "gmail.com"),
    "SD": ("sudani.sd", "gmail.com"), "BH": ("batelco.com.bh", "gmail.com"), "QA": ("qatar.net.qa", "outlook.com"),
    "TD": ("tchadnet.td", "yahoo.fr"), "RU": ("mail.ru", "yandex.ru", "rambler.ru"), "IT": ("libero.it", "tin.it"),
    "DE": ("ewetel.net", "web.de", "gmx.de"), "IR": ("chmail.ir", "gmail.com"), "PK": ("gmail.com", "ptcl.net.pk"),
    "BD": ("gmail.com", "bol-online.com"), "IN": ("rediffmail.com", "gmail.com"), "MM": ("gmail.com", "mptmail.net.mm"),
    "CN": ("163.com", "qq.com", "126.com"), "TW": ("hinet.net", "yahoo.com.tw"), "PH": ("yahoo.com.ph", "gmail.com"),
    "FM": ("mail.fm", "gmail.com"), "WF": ("mail.wf", "gmail.com"), "MX": ("prodigy.net.mx", "hotmail.com"),
    "GT": ("gmail.com", "yahoo.es"), "ET": ("ethionet.et", "gmail.com"), "KE": ("gmail.com", "safaricom.co.ke"),
    "ID": ("yahoo.co.id", "gmail.com"), "RO": ("yahoo.ro", "gmail.com"), "CA": ("shaw.ca", "telus.net"),
    "US": ("gmail.com", "aol.com", "icloud.com"),
}  # fmt: skip

# Street addresses: street names in the local language, (postcode layout, town), and layouts of the country.
ADDRESSES: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "MA": (("Rue Ibn Battouta", "Avenue Hassan II", "Boulevard Zerktouni", "Rue Moulay Ismail", "Derb Sidi Bouloukat"),
           (("20000", "Casablanca"), ("10000", "Rabat"), ("30000", "Fès"), ("40000", "Marrakech")),
           ("{no}, {street}, {pc} {town}", "{unit}, {no} {street}\n{pc} {town}", "{no} {street}\n{unit}\n{pc} {town}")),
    "IQ": (("شارع فلسطين", "شارع الرشيد", "شارع الكندي", "شارع الربيعي"), (("10011", "بغداد"), ("61001", "البصرة"),
           ("54001", "النجف")), ("محلة {no3} زقاق {no2} دار {no}، {street}، {town} {pc}",
           "{street}، دار {no}\n{town} {pc}")),
    "SD": (("شارع النيل", "شارع المك نمر", "شارع الجمهورية", "شارع عبيد ختم"), (("11111", "الخرطوم"),
           ("14411", "أم درمان"), ("13311", "الخرطوم بحري")), ("{street}، منزل رقم {no}، مربع {no2}، {town} {pc}",
           "منزل {no}، مربع {no2}\n{street}\n{town} {pc}")),
    "BH": (("Road", "Road", "Avenue"), (("", "Manama"), ("", "Riffa"), ("", "Muharraq"), ("", "Isa Town")),
           ("Flat {no2}, Building {no}, Road {no3}, Block {blk}, {town}",
            "Building {no}, Road {no3}\nBlock {blk}\n{town}", "Villa {no}, Road {no3}, Block {blk}\n{town}")),
    "QA": (("شارع", "Street"), (("", "الدوحة"), ("", "Doha"), ("", "Al Wakrah")),
           ("Building {no}, Street {no3}, Zone {blk}, {town}", "مبنى {no}، شارع {no3}، منطقة {blk}، {town}",
            "Zone {blk}, Street {no3}\nBuilding {no}, Unit {no2}\n{town}")),
    "TD": (("Avenue Charles de Gaulle", "Rue de Moursal", "Avenue Mobutu", "Rue 3036"), (("BP 456", "N'Djamena"),
           ("BP 81", "Abéché"), ("BP 1020", "Moundou")), ("Quartier {blk}, {street}, porte {no}, {town}",
           "Porte {no}, {street}\nQuartier Moursal\n{pc} {town}")),
    "kjh-RU": (("ул. Ленина", "ул. Щетинкина", "пр-т Дружбы Народов", "ул. Пушкина", "ул. Гагарина"),
           (("655017", "Абакан"), ("655600", "Саяногорск"), ("655650", "Абаза")),
           ("{street}, д. {no}, кв. {no2}, г. {town}, {pc}", "{pc}, г. {town},\n{street}, д. {no}, кв. {no2}",
            "{street}, д. {no}, корп. {blk}, кв. {no2}\n{town}\n{pc}")),
    "tab-RU": (("ул. Ленина", "ул. Гагарина", "ул. Сальмана", "ул. Шахбазова"), (("368600", "Дербент"),
               ("368780", "с. Хучни"), ("368784", "с. Тинит")), ("{street}, д. {no}, кв. {no2}, г. {town}, {pc}",
               "{pc}, Республика Дагестан,\n{town}, {street}, д. {no}")),
    "IT": (("Via Emilia", "Via San Vitale", "Strada Maggiore", "Viale Ceccarini", "Via Farini"),
           (("41121", "Modena"), ("40125", "Bologna"), ("42121", "Reggio Emilia"), ("43121", "Parma")),
           ("{street} {no}, {pc} {town}", "{street} {no}, scala {blk}, int. {no2}\n{pc} {town}",
            "{street}, {no}\n{pc} {town} (MO)")),
    "DE": (("Hauptstraße", "Sedelsberger Straße", "Am Kanal", "Ramsloher Weg", "Kirchstraße"),
           (("26683", "Saterland"), ("26169", "Friesoythe"), ("26121", "Oldenburg")),
           ("{street} {no}, {pc} {town}", "{street} {no}\n{pc} {town}", "{street} {no}, {floor}. OG\n{pc} {town}")),
    "IR": (("خیابان امام", "بلوار طالقانی", "خیابان فرهنگ", "کوچه شهید رجایی"), (("4815733441", "ساری"),
           ("4614837519", "آمل"), ("4714653871", "بابل")), ("{town}، {street}، پلاک {no}، واحد {no2}، کد پستی {pc}",
           "{street}، پلاک {no}\n{town}\nکد پستی {pc}")),
    "PK": (("Jutial Road", "Shahrah-e-Quaid-e-Azam", "Khomer Chowk", "Airport Road"), (("15100", "Gilgit"),
           ("16100", "Skardu"), ("44000", "Islamabad")), ("House {no}, Street {no2}, {street}, {town} {pc}",
           "House No. {no}, Mohallah {blk}\n{street}\n{town} {pc}")),
    "BD": (("আগ্রাবাদ সড়ক", "জামাল খান রোড", "সিডিএ এভিনিউ", "নাসিরাবাদ রোড"), (("৪১০০", "চট্টগ্রাম"),
           ("৪০০০", "চট্টগ্রাম"), ("4203", "Chattogram")), ("বাড়ি {no}, {street}, {town} {pc}",
           "বাড়ি নং {no}, রোড {no2}\n{street}\n{town}-{pc}", "House {no}, Road {no2}, {blk} Block\n{town} {pc}")),
    "lbj-IN": (
        ("Changspa Road", "Fort Road", "Old Leh Road", "Skampari"),
        (("194101", "Leh"), ("194109", "Choglamsar, Leh")),
        ("H.No. {no}, {street}, {town} - {pc}", "{no} {street}\n{town}\nLadakh {pc}"),
    ),
    "awa-IN": (("Hazratganj", "Aminabad Road", "Naka Hindola", "Gomti Nagar"), (("226001", "Lucknow"), ("224001", "Ayodhya")), ("H.No. {no}, {street}, {town} - {pc}",
           "Flat {no2}, Block {blk}\n{no} {street}\n{town} {pc}", "{no}/{no2}, {street}\n{town}\nPIN {pc}")),
    "MM": (("Bogyoke Road", "Hakha Main Road", "Zarmu Street", "Tiddim Road"), (("03011", "Hakha"),
           ("03021", "Falam"), ("11181", "Yangon")), ("No. {no}, {street}, Ward {no2}, {town} {pc}",
           "No. {no}, {street}\nWard {no2}\n{town}")),
    "CN": (("人民路", "长安路", "航天大道", "胜利南路"), (("615000", "四川省凉山州西昌市"), ("615400", "四川省凉山州昭觉县"),
           ("610041", "四川省成都市")), ("{town}{street}{no}号{no2}室", "{pc} {town}\n{street}{no}号{blk}栋{no2}室")),
    "TW": (("中山路", "中正路", "中華路", "民權路"), (("970", "花蓮縣花蓮市"), ("972", "花蓮縣秀林鄉"),
           ("973", "花蓮縣吉安鄉")), ("{pc}{town}{street}{no}號", "{pc}\n{town}{street}{no}號{no2}樓")),
    "PH": (("Mayor Jaldon Street", "Gov. Camins Avenue", "Pilar Street", "Veterans Avenue"),
           (("7000", "Zamboanga City"), ("7000", "Tetuan, Zamboanga City"), ("7001", "Putik, Zamboanga City")),
           ("{no} {street}, {town} {pc}", "Unit {no2}, {no} {street}\nBrgy. {blk}\n{town} {pc}")),
    "FM": (("Tofol Road", "Malem Road", "Lelu Causeway"), (("96944", "Tofol, Kosrae FM"), ("96944", "Lelu, Kosrae FM")),
           ("House {no}, {street}\n{town} {pc}", "P.O. Box {no}, {street}, {town} {pc}")),
    "WF": (("Route de Leava", "Route territoriale 1", "Chemin de Poi"), (("98620", "Sigave"), ("98610", "Alo"),
           ("98600", "Mata-Utu")), ("{no} {street}, {pc} {town}", "{no}, {street}\n{pc} {town}")),
    "MX": (("Calle 16 de Septiembre", "Av. Juárez", "Calle Enríquez", "Calle Hidalgo"), (("93400", "Papantla"),
           ("93230", "Poza Rica"), ("91000", "Xalapa")), ("{street} {no}, Col. Centro, C.P. {pc}, {town}, Ver.",
           "{street} No. {no} Int. {no2}\nCol. Centro\n{pc} {town}, Ver.")),
    "GT": (("Calle Principal", "Calle Real", "Avenida Las Américas"), (("07019", "Santiago Atitlán"),
           ("07018", "San Pedro La Laguna"), ("07001", "Sololá")), ("{no}a. {street} {no2}-{no3}, zona {blk}, {town}",
           "{street} {no2}-{no3}\nzona {blk}\n{town}, Sololá")),
    "ET": (("Kebele", "Woreda"), (("", "Wolaita Sodo"), ("", "Areka"), ("", "Addis Ababa")),
           ("House No. {no}, Kebele {no2}, {town}", "Kebele {no2}, House {no}\n{town}")),
    "KE": (("Kanamkemer Road", "Lodwar-Kitale Road", "Moi Avenue"), (("30500", "Lodwar"), ("30501", "Kakuma"),
           ("00100", "Nairobi")), ("Plot {no}, {street}, P.O. Box {no3}-{pc}, {town}",
           "Plot No. {no}\n{street}\n{town} {pc}")),
    "ID": (("Jl. Nani Wartabone", "Jl. Sultan Botutihe", "Jl. Agus Salim", "Jl. Ahmad Yani"),
           (("96128", "Kota Gorontalo"), ("96211", "Limboto"), ("96115", "Kota Gorontalo")),
           ("{street} No. {no}, RT {no2}/RW {blk}, {town} {pc}", "{street} No. {no}\nRT {no2} RW {blk}\n{town} {pc}")),
    "RO": (("Strada Cisnădiei", "Strada Avram Iancu", "Bulevardul Victoriei", "Strada Lungă"), (("550185", "Sibiu"),
           ("500036", "Brașov"), ("545400", "Sighișoara")), ("{street} nr. {no}, bl. {blk}, ap. {no2}, {pc} {town}",
           "{street} nr. {no}\n{pc} {town}, jud. Sibiu", "Str. Bisericii nr. {no}, sat {blk}\n{pc} {town}")),
    "CA": (("Colony Road", "Range Road 224", "Main Street"), (("T0K 1V0", "Raymond, AB"), ("R0G 0B0", "Elie, MB"),
           ("T1J 4A2", "Lethbridge, AB")), ("{no} {street}, {town} {pc}", "Box {no2}\n{no} {street}\n{town}  {pc}")),
    "cro-US": (("Makawasha Ave", "Crow Agency Rd", "N Center Ave", "Lodge Grass Rd"),
               (("59022", "Crow Agency, MT"), ("59034", "Hardin, MT"), ("59050", "Lodge Grass, MT")),
               ("{no} {street}, {town} {pc}", "{no} {street} Apt {no2}\n{town} {pc}", "{no} {street}\n{town} {pc}")),
    "es-x-tejano-US": (("S Main St", "Nolana Ave", "W Elizabeth St", "E Griffin Pkwy"),
                       (("78501", "McAllen, TX"), ("78520", "Brownsville, TX"), ("78539", "Edinburg, TX")),
                       ("{no} {street}, {town} {pc}", "{no} {street} Apt {no2}\n{town} {pc}",
                        "{no} {street}\n{town} {pc}")),
}  # fmt: skip


class Values:
    """Draws the personal values of one document of `locale` from `rng`."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        where = LOCALES[locale]
        self.country, self.lang, self.origin = where
        self.female = rng.random() < 0.5

    # --- names ---
    def _person(self, female: bool | None = None) -> tuple[str, str, bool]:
        female = self.rng.random() < 0.5 if female is None else female
        male, fem = GIVEN[self.origin]
        given = self.rng.choice(fem if female else male)
        sur = self.rng.choice(SURNAMES[self.origin])
        if self.origin in FEMININE and female:
            sur = sur + "а"
        return given, sur, female

    def given(self, female: bool | None = None) -> str:
        return self._person(female)[0]

    def surname(self, female: bool | None = None) -> str:
        return self._person(female)[1]

    def name(self, style: str | None = None, female: bool | None = None) -> str:
        given, sur, _ = self._person(female)
        return self.render(given, sur, style)

    def render(self, given: str, sur: str, style: str | None = None) -> str:
        latin = given.isascii() or all(
            unicodedata.name(c, "").startswith("LATIN") or not c.isalpha() for c in given
        )
        if style == "g":
            return given
        if self.origin == "Nuosu":
            return sur + given
        style = style or self.rng.choice(("gs", "gs", "gs", "sg", "SG", "upper", "lower", "init", "gs"))
        if not latin and style in ("upper", "lower", "init"):
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
            return f"{sur.upper()}, {given}"
        return f"{given} {sur}"

    # --- contact ---
    def phone(self, form: str | None = None, region: str | None = None) -> str:
        region = region or self.country
        plans = PHONE_PLANS[self.locale if region == self.country and self.locale in PHONE_PLANS else region]
        for _ in range(400):
            head, size = self.rng.choice(plans)
            nsn = head + "".join(self.rng.choice(string.digits) for _ in range(size - len(head)))
            number = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn.lstrip("0")
                                        if region != "IT" else "+39" + nsn)  # fmt: skip
            if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
                break
        else:
            raise RuntimeError(f"no valid number drawn for {region}")
        form = form or self.rng.choice(("nat", "nat", "intl", "intl", "e164", "00", "rfc", "paren", "ext"))
        if region != self.country and form in ("nat", "ext"):
            form = "intl"
        fmt = phonenumbers.PhoneNumberFormat
        intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
        if form == "intl":
            return intl
        if form == "e164":
            return phonenumbers.format_number(number, fmt.E164)
        if form == "00" and _reads_back("00" + intl[1:], self.country, number):
            return "00" + intl[1:]
        if form == "00":
            return intl
        if form == "rfc":
            return phonenumbers.format_number(number, fmt.RFC3966).removeprefix("tel:")
        if form == "paren":
            cc, _, rest = intl.partition(" ")
            return f"({cc}) {rest}"
        national = phonenumbers.format_number(number, fmt.NATIONAL)
        if form == "ext":
            return national + self.rng.choice((" ext. ", " x", " ext ")) + str(self.rng.randint(10, 9999))
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
        if self.rng.random() < 0.5:
            local += str(self.rng.randint(1, 99))
        return f"{local}@{self.rng.choice(DOMAINS[self.country])}"

    # --- money ---
    def card(self) -> str:
        brand = self.rng.choice((("4", (16, 16, 13, 19)), ("5" + str(self.rng.randint(1, 5)), (16,)),
                                 (str(self.rng.randint(2221, 2720)), (16,)), (self.rng.choice(("34", "37")), (15,)),
                                 ("6011", (16, 19)), ("65", (16,)), (str(self.rng.randint(3528, 3589)), (16, 17, 18, 19)),
                                 ("36", (14,)), ("6759", (12, 13, 15, 18)), ("62", (16, 17, 18, 19)),
                                 ("2200", (16,)), ("5061", (16, 18, 19)), ("9792", (16,))))  # fmt: skip
        head, lengths = brand
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
        sep = self.rng.choice((" ", " ", "-", "", ".", " - "))
        if not sep:
            return digits
        out, at = [], 0
        for g in groups:
            out.append(digits[at : at + g])
            at += g
        return sep.join(out)

    def iban(self, country: str | None = None) -> str:
        country = country or (self.country if self.country in IBAN_BBAN and self.rng.random() < 0.5
                              else self.rng.choice(sorted(IBAN_BBAN)))  # fmt: skip
        bban = ""
        shape = IBAN_BBAN[country]
        for count, kind in _runs(shape):
            pool = {
                "n": string.digits,
                "a": string.ascii_uppercase,
                "c": string.digits * 3 + string.ascii_uppercase,
            }
            bban += "".join(self.rng.choice(pool[kind]) for _ in range(count))
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        compact = f"{country}{check:02d}{bban}"
        style = self.rng.random()
        if style < 0.35:
            return compact
        if style < 0.9:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))

    def bic(self, country: str | None = None) -> str:
        country = country or (self.country if self.rng.random() < 0.6 else self.rng.choice(sorted(IBAN_BBAN)))
        bank = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(4))
        loc = self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") + self.rng.choice(
            "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"
        )
        branch = self.rng.choice(("", "", "XXX", "".join(self.rng.choice(string.ascii_uppercase + string.digits)
                                                            for _ in range(3))))  # fmt: skip
        if branch and branch[0] == "X" and branch != "XXX":
            branch = "A" + branch[1:]
        return bank + country + loc + branch

    def ssn(self) -> str:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        sep = self.rng.choice(("-", "-", " ", ""))
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def ip(self) -> str:
        while True:
            if self.rng.random() < 0.65:
                address: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.IPv4Address(
                    self.rng.getrandbits(32)
                )
            else:
                groups = [
                    self.rng.choice((0x2A02, 0x2A01, 0x2001, 0x2401, 0x2C0F, 0x2806, 0x2A00)),
                    self.rng.getrandbits(16),
                ]
                groups += [self.rng.getrandbits(16) for _ in range(6)]
                if self.rng.random() < 0.6:
                    at = self.rng.randint(2, 5)
                    groups[at : at + 2] = [0, 0]
                address = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
                if groups[0] == 0x2001 and groups[1] < 0x200:
                    continue
            if address.is_global and not address.is_multicast:
                return str(address)

    # --- identity ---
    def dob(self, young: bool = False, form: str | None = None) -> str:
        year = self.rng.randint(2008, 2019) if young else self.rng.randint(1934, 2004)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        lang = "ar-sy" if self.country == "IQ" else self.lang  # Iraq writes the Syriac month names
        form = form or self.rng.choice(("word", "word", "num", "iso", "compact", "mon"))
        if form == "iso":
            return f"{year}-{month:02d}-{day:02d}"
        if form == "compact":
            return f"{year}{month:02d}{day:02d}"
        if form == "mon":
            return f"{day:02d}-{MONTHS['en'][month - 1][:3].upper()}-{year}"
        if form == "num":
            if self.lang == "zh":
                return f"{year}年{month}月{day}日"
            if self.country in MONTH_FIRST:
                return f"{month:02d}/{day:02d}/{year}"
            sep = "." if self.lang in ("ru", "de", "ro") else "/"
            return f"{day:02d}{sep}{month:02d}{sep}{year}"
        if self.lang == "zh":
            return f"{year}年{month}月{day}日"
        months = MONTHS.get(lang, MONTHS["en"])
        if self.lang == "en" and self.country in MONTH_FIRST:
            return f"{months[month - 1]} {day}, {year}"
        if self.lang == "es":
            return f"{day} de {months[month - 1]} de {year}"
        if self.lang == "ru":
            return f"{day} {months[month - 1]} {year} г."
        if self.lang == "de":
            return f"{day}. {months[month - 1]} {year}"
        return f"{day} {months[month - 1]} {year}"

    def licence(self) -> tuple[str, str]:
        issuer, shape = self.rng.choice(LICENCES.get(self.locale) or LICENCES[self.country])
        if shape == "CNID":
            return issuer, _china_id(self.rng)
        if shape == "TWID":
            return issuer, _taiwan_id(self.rng, self.female)
        return issuer, _fill(self.rng, shape)

    def mrn(self) -> tuple[str, str]:
        label = self.rng.choice(MRN_LABELS[self.lang])
        return label, _fill(self.rng, self.rng.choice(MRN_SHAPES))

    def street(self, lines: int | None = None) -> str:
        streets, towns, layouts = ADDRESSES.get(self.locale) or ADDRESSES[self.country]
        one = [t for t in layouts if "\n" not in t]
        many = [t for t in layouts if "\n" in t]
        if lines == 1 or (lines is None and self.rng.random() < 0.5):
            layout = self.rng.choice(one)
        else:
            layout = self.rng.choice([t for t in many if t.count("\n") + 1 == lines] or many)
        pc, town = self.rng.choice(towns)
        text = layout.format(no=str(self.rng.randint(1, 240)), no2=str(self.rng.randint(1, 60)),
                             no3=str(self.rng.randint(101, 999)), blk=str(self.rng.randint(1, 12)),
                             floor=str(self.rng.randint(1, 4)), street=self.rng.choice(streets), pc=pc, town=town,
                             unit=self.rng.choice(_UNITS.get(self.lang, _UNITS["en"])).format(n=self.rng.randint(1, 9)))  # fmt: skip
        return text.replace("Road Road", "Road").strip().replace(" ,", ",")


_UNITS = {
    "fr": ("Appt {n}", "{n}e étage", "Bâtiment B, appt {n}"),
    "en": ("Flat {n}", "Unit {n}", "Floor {n}"),
}


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


def _china_id(rng: random.Random) -> str:
    """A resident identity number (used as the licence number): area, birth date, sequence, ISO 7064 check."""
    body = rng.choice(("513401", "513431", "513432", "510107")) + f"{rng.randint(1950, 2003)}"
    body += f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]


def _taiwan_id(rng: random.Random, female: bool) -> str:
    """A national identification number (the licence number in Taiwan): letter U (Hualien), sex, check digit."""
    body = "U" + ("2" if female else "1") + "".join(rng.choice(string.digits) for _ in range(7))
    value = 30  # U
    total = (
        value // 10
        + (value % 10) * 9
        + sum(int(c) * w for c, w in zip(body[1:], range(8, 0, -1), strict=True))
    )
    return body + str((10 - total % 10) % 10)
