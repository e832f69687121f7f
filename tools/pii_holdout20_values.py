"""Personal values of the twentieth holdout PII set (tools/pii_holdout20_set.py), written from scratch.

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
    "tru-SE": Where("SE", "sv", "Turoyo (Surayt)"),
    "fuf-GN": Where("GN", "fr", "Pular (Fuuta Jallon)"),
    "tts-TH": Where("TH", "th", "Isan"),
    "jge-GE": Where("GE", "ka", "Judeo-Georgian"),
    "aju-IL": Where("IL", "he", "Judeo-Moroccan"),
    "bcq-IN": Where("IN", "kn", "Beary"),
    "kxv-IN": Where("IN", "or", "Kuvi Kondh"),
    "hne-IN": Where("IN", "hi", "Chhattisgarhi"),
    "taj-NP": Where("NP", "ne", "Tamang"),
    "dre-NP": Where("NP", "ne", "Dolpo"),
    "abq-RU": Where("RU", "ru", "Abaza"),
    "kca-RU": Where("RU", "ru", "Khanty"),
    "ojs-CA": Where("CA", "en", "Oji-Cree"),
    "acw-SA": Where("SA", "ar", "Hijazi"),
    "hsn-CN": Where("CN", "zh", "Xiang (Hunan)"),
    "mvi-JP": Where("JP", "ja", "Miyako"),
    "ktb-ET": Where("ET", "am", "Kambaata"),
    "gos-NL": Where("NL", "nl", "Gronings"),
    "ksh-DE": Where("DE", "de", "Kölsch (Cologne)"),
    "sdc-IT": Where("IT", "it", "Sassarese"),
    "gur-GH": Where("GH", "en", "Frafra (Gurune)"),
    "ebu-KE": Where("KE", "sw", "Embu"),
    "agr-PE": Where("PE", "es", "Awajún"),
    "sda-ID": Where("ID", "id", "Toraja"),
    "yaq-US": Where("US", "en", "Yaqui (Pascua)"),
    "cic-US": Where("US", "en", "Chickasaw"),
}

_ADLAM = {
    "a": "ALIF", "d": "DAALI", "l": "LAAM", "m": "MIIM", "b": "BA", "s": "SINNYIIYHE", "p": "PE", "ɓ": "BHE",
    "r": "RA", "e": "E", "f": "FA", "i": "I", "o": "O", "ɗ": "DHA", "ƴ": "YHE", "w": "WAW", "n": "NUN", "k": "KAF",
    "y": "YA", "u": "U", "j": "JIIM", "c": "CHI", "h": "HA", "q": "QAAF", "g": "GA", "ñ": "NYA", "t": "TU",
    "ŋ": "NHA", "z": "ZAL",
}  # fmt: skip


def adlam(latin: str) -> str:
    """A Pular name in the Adlam alphabet, letter for letter from its Latin (Guinean) spelling."""
    out = []
    for i, c in enumerate(latin.lower()):
        case = "CAPITAL" if i == 0 else "SMALL"
        out.append(unicodedata.lookup(f"ADLAM {case} LETTER {_ADLAM[c]}"))
    return "".join(out)


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split("|")) if "|" in text else tuple(text.split())


def _adlam_list(text: str) -> str:
    return " ".join(adlam(w) for w in text.split())


# origin: (men's given names, women's given names, family names[, women's family names in the same order]).
_LISTS: dict[str, tuple[str, ...]] = {
    "Turoyo (Surayt)": ("ܓܒܪܝܐܝܠ ܐܦܪܝܡ ܝܥܩܘܒ ܡܠܟܐ ܐܝܣܟܢܕܪ ܒܪܨܘܡܐ ܐܠܝܐ ܫܡܥܘܢ ܝܘܣܦ ܕܢܝܐܝܠ",
                        "ܡܪܝܡ ܫܡܝܪܡ ܢܝܢܘܐ ܡܪܬܐ ܪܚܝܠ ܫܠܘܡܝܬ ܐܠܝܫܒܥ ܣܪܐ ܚܢܐ ܢܥܡܝ",
                        "ܒܪܨܘܡ ܓܒܪܘ ܥܒܕܐ ܐܝܣܚܩ ܐܚܘ ܒܗܢܐܡ ܐܕܝ ܟܪܡܐ ܢܘܪܐ ܡܩܕܣܝ"),
    "Pular (Fuuta Jallon)": (_adlam_list("Mammadu Alfa Cerno Ibrahiima Amadu Bubakar Umaru Saliu Abdullaahi "
                                         "Sulaymaan"),
                             _adlam_list("Mariyama Kadiatu Fatumata Aysatu Ummu Jenabu Hawaa Rugiyatu Binta Aminata"),
                             _adlam_list("Jallo Baah Baari Soo Balde Jah Taal Kah Deem Sidibe")),
    "Isan": ("สมชาย บุญมี ทองใบ คำปั่น ประยูร สุรชัย อุดม บุญเลิศ วีระ สมศักดิ์",
             "บัวผัน คำปุน นงลักษณ์ สมพร ทองคำ อรุณี จันทร์เพ็ญ บุญเรือน ลำดวน มณีวรรณ",
             "ศรีสุข ภูมิพันธ์ บุญประเสริฐ สุวรรณศรี แก้วมณี คำแสน ศรีบุญเรือง พรมมา อินทร์แก้ว ไชยวงศ์"),
    "Judeo-Georgian": ("დავით აბრამ იოსებ მოშე ელიზბარ ისააკ იაკობ შალომ ხანანია მიხეილ",
                       "სარა რივკა ლეა ესთერ რახელ თამარ ციცინო ნანა მზია სიმა",
                       "ციციაშვილი ხანანაშვილი დავარაშვილი ელიგულაშვილი ბაბალიკაშვილი მამისტვალოვი კრიხელი "
                       "ბეციაშვილი იაკობაშვილი მიხელაშვილი"),
    "Judeo-Moroccan": ("יוסף משה שלמה מכלוף מסעוד יעקב אברהם שמעון חיים דוד",
                       "מזל סוליקה רחל אסתר שמחה פריחה זוהרה מרים חנה יקוט",
                       "אבוטבול אוחיון אזולאי בוסקילה דהן אלבז טולדנו עמר אבוחצירא חזות"),
    "Beary": ("ಮುಹಮ್ಮದ್ ಇಬ್ರಾಹಿಂ ಅಬೂಬಕರ್ ಉಮರ್ ಹಸನಬ್ಬ ಮೊಯ್ದೀನ್ ಇಸ್ಮಾಯಿಲ್ ಯೂಸುಫ್ ಅಬ್ದುಲ್ಲ ಬಾವ",
              "ಖದೀಜ ಆಯಿಶ ಫಾತಿಮ ಜಮೀಲ ಮೈಮೂನ ಝುಬೈದ ಸಫಿಯ ನಫೀಸ ರುಕಿಯ ಆಸಿಯ",
              "ಬ್ಯಾರಿ ಉಳ್ಳಾಲ ಕಾಟಿಪಳ್ಳ ಸಾಹೇಬ್ ಹಾಜಿ ಕುಂಞಿ ತೋಕೂರು ಕೃಷ್ಣಾಪುರ ಬಜಪೆ ಕಿನ್ಯ"),
    "Kuvi Kondh": ("ଦାସରୁ ଜିତୁ ସୁକ୍ରୁ ବୁଧୁ ଘାସି ଲକ୍ଷ୍ମଣ ସୋମନାଥ ଡମ୍ବରୁ ମଙ୍ଗଳୁ ଗୋବିନ୍ଦ",
                   "ସୁକାନ୍ତି କୁମୁଟି ସୁନିତା ଲଛମା ଜେମା ବୁଧୁନି ସୋମବାରି ମଙ୍ଗଳି ପୁଷ୍ପା ଲୀଳା",
                   "ମାଝି କହଁର ମଲ୍ଲିକ ଡିଗାଲ ପ୍ରଧାନ ମାଣ୍ଡାଙ୍ଗି ୱାଡାକା ହୁଇକା ସିକୋକା କଦ୍ରାକା"),
    "Chhattisgarhi": ("रामू भुनेश्वर दुकालू मनहरण सुखराम बिसाहू लखन घनश्याम फागूराम तुलसीराम",
                      "सुखमनी फुलबाई दुलारी रमशीला बिसाहिन मोंगरा सुमित्रा कौशिल्या गंगाबाई तिहारिन",
                      "साहू वर्मा यादव पटेल ध्रुव नेताम मरकाम कश्यप देवांगन चंद्राकर"),
    "Tamang": ("पासाङ छिरिङ डम्बर कर्मा तासी ढुण्डी सन्तबहादुर मिङमार लाक्पा आइतराम",
               "सुकमाया डोल्मा छिमी फुलमाया सानुमाया ङिमा पुतली मैयाँ सरिता बुद्धिमाया",
               "मोक्तान योन्जन घिसिङ थोकर वाइबा ब्लोन बल दोङ स्याङ्बो पाख्रिन"),
    "Dolpo": ("བསྟན་འཛིན བཀྲ་ཤིས ཚེ་རིང ཀརྨ ནོར་བུ ཕུན་ཚོགས དབང་རྒྱལ ཐར་ཆེན ཉི་མ རྡོ་རྗེ",
              "ལྷ་མོ སྒྲོལ་མ པདྨ ཡང་ཆེན ཆོས་སྒྲོན བདེ་སྐྱིད ལྷ་སྒྲོན དཔལ་མོ སྐྱིད་མོ བུ་ཁྲི",
              "བླ་མ གུ་རུང རོ་ཀ་ཡ བུ་ཌ ཐ་ཀུ་རི ལྷ་རྗེ ཤཱཀྱ ཞབས་དྲུང ཁམ་པ སྔགས་པ"),
    "Abaza": ("Мурат Аслан Руслан Заур Хусейн Мухамед Казбек Тимур Ахмат Беслан",
              "Фатима Мадина Зарема Марьям Лейла Аминат Зуля Ася Залина Лаура",
              "Джегутанов Лоов Тхайцухов Табулов Агирбов Дышеков Кумуков Жиров Хутов Клычев",
              "Джегутанова Лоова Тхайцухова Табулова Агирбова Дышекова Кумукова Жирова Хутова Клычева"),
    "Khanty": ("Еремей Семён Прокопий Никифор Гаврил Ефим Тимофей Леонтий Ипполит Роман",
               "Агриппина Евдокия Татьяна Мария Анфиса Варвара Прасковья Лидия Римма Валентина",
               "Сопочин Молданов Ерныхов Сенгепов Айпин Покачев Кельмин Лозямов Тарлин Лонгортов",
               "Сопочина Молданова Ерныхова Сенгепова Айпина Покачева Кельмина Лозямова Тарлина Лонгортова"),
    "Oji-Cree": ("Josias Gideon Elijah Saul Roy Eno Zacheus Moses Jonah Abel",
                 "Alvina Emmaline Lena Gladys Ruth Mabel Eliza Sophie Martha Doreen",
                 "Meekis Kakegamic Fiddler Beardy Mamakwa Rae Kakepetum Sakchekapo Kanakakeesic Keeash"),
    "Hijazi": ("عبدالله فيصل ماجد تركي بندر نواف عبدالرحمن سلطان فهد هشام",
               "نوف هيفاء ريم أمل منيرة لطيفة غادة سارة عبير دانة",
               "باعشن الشريف جمجوم نصيف زينل قاضي الفاسي بخاري كعكي باناجه"),
    "Xiang (Hunan)": ("建国 志强 国华 德明 海涛 湘平 卫东 立新 铁军 勇",
                      "秀英 桂兰 湘云 红梅 丽华 玉珍 春燕 淑芬 美玲 小芳",
                      "刘 谭 彭 曾 蒋 贺 向 罗 廖 邓"),
    "Miyako": ("恵栄 盛雄 清 武 博 勇 正信 恵徳 朝一 栄喜", "カマド マツ ウシ カナ トヨ 静子 芳子 初子 信子 春美",
               "砂川 下地 友利 平良 池間 與那覇 狩俣 垣花 上地 仲宗根"),
    "Kambaata": ("ታደሰ ደስታ ተስፋዬ ሽፈራው አበራ በቀለ ማርቆስ ኤርሚያስ ደጀኔ ሙሉጌታ",
                 "አልማዝ ጥሩወርቅ ሰላማዊት ፍቅርተ ትዕግስት መሠረት አስቴር የሺ ብርቱካን ዘውዲቱ",
                 "ዳና ሀብቴ ሻሜና ቦጋለ ኤርቃሎ ሰሙ ዶጮ ላሾ ገዛኸኝ ወልዴ"),
    "Gronings": ("Geert Harm Klaas Eppe Roelf Derk Jakob Menno Albert Egbert",
                 "Grietje Aaltje Trijntje Geesje Hillie Jantje Fenna Annechien Roelfien Hinderkien",
                 "Huizinga Wiersema Medema Boerema Zuidema Tammeling Veenstra Hofstee Oosterhuis Nienhuis"),
    "Kölsch (Cologne)": ("Josef Heinz Willi Hubert Matthias Wolfgang Klaus Ferdinand Wilhelm Hans-Josef",
                         "Gertrud Agnes Marlene Hildegard Ursula Käthe Margret Elisabeth Sibylle Christel",
                         "Schmitz Esser Hamacher Lückerath Steinbüchel Mertens Kürten Odenthal Pütz Bützler"),
    "Sassarese": ("Gavino Baingio Salvatore Nicolino Sebastiano Pietrino Giommaria Tonino Mario Franco",
                  "Gavina Maddalena Antonietta Giovanna Caterina Angela Rosina Franca Paola Peppina",
                  "Multinu Sechi Brundu Sotgiu Dettori Canu Tedde Pittalis Cocco Satta"),
    "Frafra (Gurune)": ("Francis Joseph Clement Gilbert Raphael Augustine Cletus Sylvester Akolgo Ayine",
                        "Agnes Felicia Vida Monica Rita Cecilia Josephine Philomena Dorcas Helena",
                        "Atanga Ayamga Adongo Akolbire Azongo Abugre Atampugre Apanga Anafo Ayaaba"),
    "Embu": ("Kennedy Ireri Njeru Mugo Moses Fredrick Dennis Nthiga Eliud Gitonga",
             "Wawira Wanja Muthoni Wanjira Kagendo Karimi Njoki Mercy Purity Grace",
             "Njiru Mwaniki Muriuki Njue Ngari Kinyua Mbogo Ndwiga Kariuki Mutugi"),
    "Awajún": ("Santiago Ezequiel Zebelio Eduardo Elías Nilo Gerónimo Wilson Segundo Tito",
               "Rosa Elena Marisol Nelly Bertha Irma Nancy Delia Juana Olga",
               "Tsamajain Wajai Yampis Shimpukat Chumpi Tsakimp Dekentai Antuash Jempekit Wisum"),
    "Toraja": ("Yohanis Frans Lukas Markus Petrus Paulus Simon Daniel Rante Obed",
               "Yuliana Debora Ribka Lince Martha Yohana Agustina Selvi Damaris Ester",
               "Tangdilintin Sarungallo Pasande Palimbong Tandirerung Pakan Tangkelayuk Sampetoding Paembonan "
               "Patandianan"),
    "Yaqui (Pascua)": ("Anselmo Ramón Lauro Tomás Silverio Ignacio Felipe Alfonso Rito Ambrosio",
                       "Amalia Rosa Anita Carmen Josefina Dolores Celia Refugio Teresa Juanita",
                       "Valenzuela Buitimea Matus Yocupicio Anguamea Jusacamea Cupis Valencia Amarillas Moroyoqui"),
    "Chickasaw": ("Overton Winchester Cyrus Wallace Emmett Bill Jerry Glenn Lyman Hiram",
                  "Juanita Pauline Glenda Wanda Gwen Lorene Ina Opal Edna Hettie",
                  "Anoatubby Colbert Cravatt Keel Imotichey Alberson Pickens Humes Cheadle Frazier"),
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

# Chinese (Xiang) and Japanese (Miyako) names are written family name first without a space; Awajún names carry
# the father's and the mother's surname, in that order.
JOINED = ("Xiang (Hunan)", "Miyako")
SURNAME_FIRST = ("Xiang (Hunan)", "Miyako")
TWO_SURNAMES = ("Awajún",)

# Month names in dates of birth, per language (Georgian: the month after the day; Russian: genitive).
MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple("January February March April May June July August September October November December".split()),
    "sv": tuple("januari februari mars april maj juni juli augusti september oktober november december".split()),
    "fr": tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    "th": tuple("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน "
                "ธันวาคม".split()),
    "ka": tuple("იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი "
                "დეკემბერი".split()),
    "he": tuple("ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()),
    "kn": tuple("ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್".split()),
    "or": tuple("ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଏପ୍ରିଲ ମଇ ଜୁନ ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର".split()),
    "hi": tuple("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split()),
    "ne": tuple("जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर".split()),
    "ru": tuple("января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()),
    "ar": tuple("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()),
    "nl": tuple("januari februari maart april mei juni juli augustus september oktober november december".split()),
    "de": tuple("Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()),
    "it": tuple("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
                "dicembre".split()),
    "sw": tuple("Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split()),
    "es": tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
    "id": tuple("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()),
}  # fmt: skip
MONTH_FIRST = ("US",)

# National significant number: (leading digits, length); the rest is drawn until phonenumbers calls it valid.
PHONE_PLANS: dict[str, tuple[tuple[str, int], ...]] = {
    "SE": (("70", 9), ("72", 9), ("76", 9), ("855", 9), ("8", 9)),
    "GN": (("62", 9), ("66", 9), ("65", 9)),
    "TH": (("81", 9), ("89", 9), ("62", 9), ("43", 8), ("44", 8)),
    "GE": (("555", 9), ("599", 9), ("577", 9), ("32", 9)),
    "IL": (("50", 9), ("52", 9), ("54", 9), ("8", 8), ("4", 8)),
    "bcq-IN": (("94", 10), ("97", 10), ("824", 10)),
    "kxv-IN": (("94", 10), ("78", 10), ("680", 10), ("6856", 10)),
    "hne-IN": (("98", 10), ("70", 10), ("771", 10)),
    "NP": (("984", 10), ("986", 10), ("974", 10), ("1", 8)),
    "abq-RU": (("928", 10), ("903", 10), ("8782", 10)),
    "kca-RU": (("902", 10), ("932", 10), ("3467", 10), ("3462", 10)),
    "CA": (("807", 10), ("705", 10)),
    "SA": (("50", 9), ("55", 9), ("56", 9), ("12", 9)),
    "CN": (("138", 11), ("159", 11), ("187", 11), ("731", 11)),
    "JP": (("90", 10), ("80", 10), ("980", 9)),
    "ET": (("91", 9), ("92", 9), ("46", 9)),
    "NL": (("6", 9), ("50", 9)),
    "DE": (("151", 11), ("172", 11), ("221", 10), ("221", 11)),
    "IT": (("34", 10), ("33", 10), ("79", 9), ("79", 10)),
    "GH": (("24", 9), ("54", 9), ("20", 9), ("38", 9)),
    "KE": (("72", 9), ("71", 9), ("11", 9), ("68", 9)),
    "PE": (("9", 9), ("41", 8)),
    "ID": (("812", 11), ("853", 11), ("423", 9), ("423", 10)),
    "yaq-US": (("520", 10),),
    "cic-US": (("580", 10), ("405", 10)),
    "US": (("520", 10), ("580", 10)),
    "GB": (("74", 10), ("20", 10)),
    "FR": (("6", 9), ("1", 9)),
    "ES": (("6", 9), ("91", 9)),
    "AE": (("50", 9), ("4", 8)),
    "QA": (("33", 8), ("44", 8)),
    "AU": (("4", 9), ("2", 9)),
    "CH": (("79", 9), ("44", 9)),
    "BE": (("47", 9), ("2", 8)),
    "SG": (("8", 8), ("6", 8)),
    "KR": (("10", 10),),
    "NO": (("4", 8), ("22", 8)),
    "MY": (("12", 9), ("3", 9)),
    "US-abroad": (("212", 10), ("415", 10)),
}
ABROAD = ("GB", "FR", "ES", "AE", "QA", "AU", "CH", "BE", "SG", "KR", "NO", "MY")

# IBAN: country -> the BBAN's shape (n digits, a capitals, c either), typed from the registry's structures.
IBAN_BBAN: dict[str, str] = {
    "AD": "8n12c", "AE": "3n16n", "AL": "8n16c", "AT": "16n", "AZ": "4a20c", "BA": "16n", "BE": "12n",
    "BG": "4a6n8c", "BH": "4a14c", "BR": "23n1a1c", "CH": "5n12c", "CR": "18n", "CY": "8n16c", "CZ": "20n",
    "DE": "18n", "DK": "14n", "DO": "4c20n", "EE": "16n", "EG": "25n", "ES": "20n", "FI": "14n", "FO": "14n",
    "FR": "10n11c2n", "GB": "4a14n", "GE": "2a16n", "GI": "4a15c", "GL": "14n", "GR": "7n16c", "GT": "24c",
    "HR": "17n", "HU": "24n", "IE": "4a14n", "IL": "19n", "IQ": "4a15n", "IS": "22n", "IT": "1a10n12c",
    "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c", "LC": "4a24c", "LI": "5n12c", "LT": "16n",
    "LU": "3n13c", "LV": "4a13c", "MC": "10n11c2n", "MD": "2c18c", "ME": "18n", "MK": "3n10c2n", "MR": "23n",
    "MT": "4a5n18c", "MU": "4a19n3a", "NL": "4a10n", "NO": "11n", "PK": "4a16c", "PL": "24n", "PS": "4a21c",
    "PT": "21n", "QA": "4a21c", "RO": "4a16c", "RS": "18n", "SA": "2n18c", "SE": "20n", "SI": "15n",
    "SK": "20n", "SM": "1a10n12c", "TL": "19n", "TN": "20n", "TR": "5n1n16c", "UA": "6n19c", "VG": "4a16n",
    "XK": "4n10n2n",
}  # fmt: skip
# Countries whose IBANs a document of the country carries when it draws a local one.
LOCAL_IBAN = {"SE": "SE", "GE": "GE", "IL": "IL", "NL": "NL", "DE": "DE", "IT": "IT", "SA": "SA"}

# Driver's licences: issuing authority and number layout (9 a digit, @ a capital, other characters as written).
LICENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "SE": (("Transportstyrelsen", "99999999"), ("Transportstyrelsen, Örebro", "9999 9999")),
    "GN": (("Direction Nationale des Transports Terrestres", "GN-9999-99999"), ("DNTT Labé", "99/@/99999")),
    "TH": (("กรมการขนส่งทางบก", "99999999"), ("สำนักงานขนส่งจังหวัดขอนแก่น", "99 999 999")),
    "GE": (("შსს მომსახურების სააგენტო", "@@9999999"), ("Public Service Hall, Kutaisi", "@@ 9999999")),
    "IL": (("משרד התחבורה — אגף הרישוי", "9999999"), ("Licensing Authority, Ashdod", "99999999")),
    "IN": (("RTO Mangaluru", "KA19 99999999999"), ("RTO Rayagada", "OD18 99999999999"),
           ("RTO Raipur", "CG04 99999999999")),
    "NP": (("यातायात व्यवस्था कार्यालय, एकान्तकुना", "01-99-99999999"), ("DoTM Kathmandu", "01-99-99999999")),
    "RU": (("ГИБДД МВД России", "99 99 999999"), ("Госавтоинспекция", "9999 999999")),
    "CA": (("ServiceOntario", "@9999-99999-99999"),),
    "SA": (("المرور — جدة", "9999999999"), ("General Directorate of Traffic", "9999999999")),
    "CN": (("湖南省公安厅交通警察总队", "999999999999"), ("长沙市公安局交通警察支队", "9999 9999 9999")),
    "JP": (("沖縄県公安委員会", "999999999999"), ("Okinawa Prefectural Public Safety Commission", "9999 9999 9999")),
    "ET": (("Central Ethiopia Region Transport Bureau", "CE 999999"), ("የትራንስፖርት ቢሮ", "99-999999")),
    "NL": (("RDW", "9999999999"),),
    "DE": (("Stadt Köln, Fahrerlaubnisbehörde", "@999@@99999"), ("Kraftfahrt-Bundesamt", "@999@@99999")),
    "IT": (("Motorizzazione Civile di Sassari", "SS9999999@"), ("UMC Sassari", "U1@99@999@")),
    "GH": (("DVLA Bolgatanga", "@@@-99999999-99999"),),
    "KE": (("NTSA", "DL-9999999"), ("National Transport and Safety Authority", "@@@999999")),
    "PE": (("MTC Amazonas", "@99999999"), ("Dirección Regional de Transportes Amazonas", "@99999999")),
    "ID": (("Satlantas Polres Tana Toraja", "9999-9999-999999"), ("Polda Sulawesi Selatan", "999999999999")),
    "yaq-US": (("Arizona MVD", "@99999999"),),
    "cic-US": (("Oklahoma Service Oklahoma", "@999999999"),),
}  # fmt: skip

# Medical record numbers: the label as the locale's language writes it; the layouts are invented.
MRN_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("MRN", "Hospital No.", "Chart No.", "Health Record ID"),
    "sv": ("Journalnummer", "Patient-ID"),
    "fr": ("N° de dossier", "Numéro patient"),
    "th": ("เลขที่ผู้ป่วย (HN)", "เลขประจำตัวผู้ป่วย"),
    "ka": ("სამედიცინო ბარათი №", "პაციენტის ID"),
    "he": ("מספר תיק רפואי", "מס' מטופל"),
    "kn": ("ರೋಗಿ ಸಂಖ್ಯೆ", "ಒಳರೋಗಿ ಸಂಖ್ಯೆ"),
    "or": ("ରୋଗୀ ପଞ୍ଜୀକରଣ ସଂଖ୍ୟା", "ଓପିଡି ନଂ"),
    "hi": ("मरीज़ पंजीयन क्र.", "ओपीडी क्र."),
    "ne": ("बिरामी दर्ता नं.", "अस्पताल नं."),
    "ru": ("Медицинская карта №", "№ истории болезни"),
    "ar": ("رقم الملف الطبي", "رقم المريض"),
    "zh": ("病案号", "门诊号"),
    "ja": ("カルテ番号", "患者番号"),
    "am": ("የካርድ ቁጥር", "የታካሚ ቁጥር"),
    "nl": ("Patiëntnummer", "Dossiernummer"),
    "de": ("Patientennummer", "Fallnummer"),
    "it": ("N. cartella clinica", "Codice paziente"),
    "sw": ("Namba ya faili la mgonjwa", "Namba ya mgonjwa"),
    "es": ("N° de historia clínica", "Código de paciente"),
    "id": ("No. Rekam Medis", "No. RM"),
}
MRN_SHAPES = (
    "99-999-999",
    "@@-999999",
    "999 9999",
    "HN 99/99999",
    "99999999@",
    "@9-9999-99",
    "999.999.99",
    "@@99999",
    "P9999999999",
    "9999/@/99",
    "@ 999 999",
    "99-99999-9",
    "M99-99999",
    "9999 @@ 99",
    "@@@99999",
)

_SYL = ("ta", "ko", "ri", "me", "su", "la", "no", "bi", "da", "ke", "mo", "pu", "sa", "ye", "wa", "zi")
DOMAINS: dict[str, tuple[str, ...]] = {
    "SE": ("telia.com", "gmail.com", "hotmail.se"), "GN": ("gmail.com", "yahoo.fr", "orange-guinee.com"),
    "TH": ("gmail.com", "hotmail.com", "yahoo.co.th"), "GE": ("gmail.com", "mail.ru", "posta.ge"),
    "IL": ("walla.co.il", "gmail.com", "012.net.il"), "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in"),
    "NP": ("gmail.com", "ntc.net.np", "yahoo.com"), "RU": ("mail.ru", "yandex.ru", "rambler.ru"),
    "CA": ("gmail.com", "knet.ca", "hotmail.com"), "SA": ("gmail.com", "hotmail.com", "stc.com.sa"),
    "CN": ("qq.com", "163.com", "126.com"), "JP": ("docomo.ne.jp", "au.com", "gmail.com"),
    "ET": ("gmail.com", "ethionet.et", "yahoo.com"), "NL": ("ziggo.nl", "kpnmail.nl", "gmail.com"),
    "DE": ("web.de", "gmx.de", "t-online.de"), "IT": ("tiscali.it", "libero.it", "gmail.com"),
    "GH": ("gmail.com", "yahoo.com"), "KE": ("gmail.com", "yahoo.com", "safaricom.co.ke"),
    "PE": ("gmail.com", "hotmail.com", "speedy.com.pe"), "ID": ("gmail.com", "yahoo.co.id"),
    "US": ("gmail.com", "cox.net", "sbcglobal.net"),
}  # fmt: skip

# Street addresses: street names in the local language, (postcode, town), and layouts of the country.
ADDRESSES: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "SE": (("Storgatan", "Ronnaplan", "Geneta gård", "Hovsjövägen", "Kastanjevägen"),
           (("151 73", "Södertälje"), ("151 52", "Södertälje"), ("721 30", "Västerås")),
           ("{street} {no}, {pc} {town}", "{street} {no}, lgh {no4}\n{pc} {town}", "c/o Eriksson\n{street} {no}\n"
            "{pc} {town}")),
    "GN": (("Route du Niger", "Rue KA-020", "Avenue de la République", "Route de Mali"),
           (("", "Labé"), ("", "Pita"), ("", "Conakry, Ratoma")),
           ("Quartier {blk}, {street}, porte {no}, {town}", "{street}, n° {no}\nSecteur {no2}\n{town}")),
    "TH": (("ถนนมิตรภาพ", "ถนนศรีจันทร์", "ซอยหน้าเมือง 12", "ถนนกลางเมือง"),
           (("40000", "อ.เมือง จ.ขอนแก่น"), ("34000", "อ.เมือง จ.อุบลราชธานี"), ("30000", "จ.นครราชสีมา")),
           ("{no}/{no2} หมู่ {blk} {street} {town} {pc}", "บ้านเลขที่ {no} {street}\n{town}\n{pc}")),
    "GE": (("რუსთაველის გამზირი", "წერეთლის ქუჩა", "ებრაელთა ქუჩა", "აღმაშენებლის გამზირი"),
           (("0105", "თბილისი"), ("4600", "ქუთაისი"), ("1700", "ონი")),
           ("{town}, {street} {no}, ბინა {no2}, {pc}", "{street} №{no}\n{pc} {town}")),
    "IL": (("רחוב הרצל", "שדרות ירושלים", "רחוב ז'בוטינסקי", "רחוב הנרקיסים"),
           (("7752101", "אשדוד"), ("8710301", "דימונה"), ("8020000", "אופקים")),
           ("{street} {no}, דירה {no2}, {town} {pc}", "{street} {no}\n{town}\nמיקוד {pc}")),
    "bcq-IN": (("Kuthar Padavu", "ಬಂದರ್ ರಸ್ತೆ", "Ullal Main Road", "ಕಂಕನಾಡಿ ರಸ್ತೆ"),
               (("575001", "Mangaluru"), ("575020", "Ullal, Dakshina Kannada"), ("574142", "ಬಜಪೆ")),
               ("Door No. {no}-{no2}, {street}, {town} - {pc}", "ಮನೆ ನಂ. {no}/{no2}\n{street}\n{town} {pc}")),
    "kxv-IN": (("Collector Office Road", "ଷ୍ଟେସନ ରୋଡ", "Main Road, Bissamcuttack", "ଗାନ୍ଧି ନଗର"),
               (("765001", "Rayagada, Odisha"), ("765019", "Bissamcuttack"), ("764020", "ଗୁଣୁପୁର")),
               ("At/Po {street}, H.No. {no}, {town} - {pc}", "ଘର ନଂ {no}, {street}\n{town}\nପିନ {pc}")),
    "hne-IN": (("स्टेशन रोड", "Pandri Main Road", "गुढ़ियारी", "Tatibandh Chowk"),
               (("492001", "Raipur, Chhattisgarh"), ("490001", "Durg"), ("495001", "बिलासपुर")),
               ("मकान नं. {no}, {street}, {town} - {pc}", "H.No. {no}/{no2}, {street}\n{town}\n{pc}")),
    "taj-NP": (("बौद्ध मार्ग", "Boudha Road", "Jorpati", "ताम्सालिङ मार्ग"),
               (("44600", "Kathmandu"), ("45100", "Hetauda, Makwanpur"), ("44800", "Bhaktapur")),
               ("{town}-{blk}, {street}, घर नं. {no}", "House {no}, {street}\nWard {blk}, {town} {pc}")),
    "dre-NP": (("Dunai Bazaar", "Shey Phoksundo Marg", "दुनै बजार", "Juphal Road"),
               (("21400", "Dunai, Dolpa"), ("21400", "Juphal, Dolpa"), ("44600", "Kathmandu")),
               ("{town}-{blk}, {street}, घर नं. {no}", "House {no}, {street}\nWard {blk}, {town} {pc}")),
    "abq-RU": (("ул. Ленина", "ул. Международная", "пр. Ленина", "ул. Кочубея"),
               (("369000", "Черкесск"), ("369330", "а. Кубина"), ("369380", "а. Псыж")),
               ("{pc}, {town}, {street}, д. {no}, кв. {no2}", "{street}, д. {no}, кв. {no2}\n{town}\n{pc}")),
    "kca-RU": (("ул. Мира", "ул. Гагарина", "ул. Комсомольская", "ул. Рознина"),
               (("628011", "Ханты-Мансийск"), ("628400", "Сургут"), ("628480", "Когалым")),
               ("{pc}, ХМАО — Югра, {town}, {street}, д. {no}, кв. {no2}", "{street}, д. {no}, кв. {no2}\n{town}\n"
                "{pc}")),
    "CA": (("Airport Road", "Sachigo Lake Road", "Front Street", "Lakeshore Drive"),
           (("P0V 2T0", "Sioux Lookout, ON"), ("P0V 1E0", "Big Trout Lake, ON"), ("P0V 2K0", "Sandy Lake, ON")),
           ("{no} {street}, {town} {pc}", "{no} {street}, Unit {no2}\n{town} {pc}", "General Delivery\n"
            "{no} {street}\n{town} {pc}")),
    "SA": (("شارع التحلية", "طريق المدينة", "حي البلد، شارع قابل", "شارع فلسطين"),
           (("23431", "جدة"), ("21955", "مكة المكرمة"), ("42311", "المدينة المنورة")),
           ("{no} {street}، {town} {pc}", "مبنى {no}، {street}\n{town} {pc}",
            "Building {no}, {street}\n{town} {pc}")),
    "CN": (("芙蓉中路", "五一大道", "韶山北路", "人民路"),
           (("410005", "湖南省长沙市开福区"), ("411100", "湖南省湘潭市"), ("421001", "湖南省衡阳市")),
           ("{town}{street}{no}号{no2}栋{no4}室", "{town}{street}{no}号\n邮编 {pc}")),
    "JP": (("平良西里", "平良下里", "城辺福里", "上野野原"),
           (("906-0012", "沖縄県宮古島市"), ("906-0013", "沖縄県宮古島市"), ("906-0103", "沖縄県宮古島市")),
           ("〒{pc} {town}{street}{no}-{no2}", "〒{pc}\n{town}{street}{no}番地")),
    "ET": (("Hosaena Main Road", "ዱራሜ መንገድ", "Kebele 03 Road", "Shinshicho Road"),
           (("", "Durame"), ("", "Hosaena"), ("", "Addis Ababa")),
           ("House No. {no}, Kebele {no2}, {street}, {town}", "የቤት ቁ. {no}፣ ቀበሌ {no2}\n{street}\n{town}")),
    "NL": (("Hoofdstraat", "Damsterdiep", "Oosterstraat", "Noorderhaven"),
           (("9711 JC", "Groningen"), ("9981 AA", "Uithuizen"), ("9901 AB", "Appingedam")),
           ("{street} {no}, {pc} {town}", "{street} {no}\n{pc} {town}", "{street} {no}-{letter}\n{pc} {town}")),
    "DE": (("Severinstraße", "Venloer Straße", "Aachener Straße", "Im Ferkulum"),
           (("50678", "Köln"), ("50825", "Köln-Ehrenfeld"), ("51143", "Köln-Porz")),
           ("{street} {no}, {pc} {town}", "{street} {no}\n{pc} {town}", "{street} {no}{letter}\n{pc} {town}")),
    "IT": (("Via Roma", "Corso Vittorio Emanuele II", "Via Turritana", "Largo Cavallotti"),
           (("07100", "Sassari"), ("07046", "Porto Torres (SS)"), ("07037", "Sorso (SS)")),
           ("{street} {no}, {pc} {town}", "{street}, {no}\n{pc} {town}")),
    "GH": (("Navrongo Road", "Zuarungu Street", "Bolga-Bawku Road", "Sumbrungu Lane"),
           (("UB-0001", "Bolgatanga"), ("UB-0093", "Zuarungu"), ("UB-0147", "Bongo")),
           ("House No. {no}, {street}, {town}", "H/No. {no}, {street}\n{town}\nGPS {pc}-{no4}")),
    "KE": (("Mama Ngina Street", "Embu-Meru Road", "Kubukubu Road", "Njukiri Lane"),
           (("60100", "Embu"), ("60104", "Siakago"), ("00100", "Nairobi")),
           ("P.O. Box {no4}-{pc}, {town}", "{street}, plot {no}\nP.O. Box {no4}\n{town} {pc}")),
    "PE": (("Jr. Amazonas", "Av. Mariscal Castilla", "Jr. Ricardo Palma", "Calle Nieva"),
           (("01721", "Bagua, Amazonas"), ("01720", "Imaza, Bagua"), ("01001", "Chachapoyas")),
           ("{street} {no}, {town}", "{street} N.° {no}, Dpto. {no2}\n{town} {pc}")),
    "ID": (("Jalan Poros Makale-Rantepao", "Jl. Pongtiku", "Jalan Ahmad Yani", "Jl. Pembangunan"),
           (("91811", "Makale, Tana Toraja"), ("91831", "Rantepao, Toraja Utara"), ("90111", "Makassar")),
           ("{street} No. {no}, RT {no2}/RW {blk}, {town} {pc}", "{street} No. {no}\n{town}\n{pc}")),
    "yaq-US": (("W Calle Tetakusim", "S Camino de Oeste", "W Valencia Rd", "S Vahcum Ania"),
               (("85757", "Tucson, AZ"), ("85746", "Tucson, AZ"), ("85705", "Tucson, AZ")),
               ("{no} {street}, {town} {pc}", "{no} {street} Apt {no2}\n{town} {pc}", "PO Box {no4}\n{no} {street}\n"
                "{town} {pc}")),
    "cic-US": (("W Arlington St", "N Broadway Ave", "E Main St", "Chickasaw Blvd"),
               (("74820", "Ada, OK"), ("73401", "Ardmore, OK"), ("74856", "Mill Creek, OK")),
               ("{no} {street}, {town} {pc}", "{no} {street}\n{town} {pc}", "Rt {blk} Box {no2}\n{no} {street}\n"
                "{town} {pc}")),
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
        sur = (women if female else men)[at]
        if self.origin in TWO_SURNAMES:
            sur += " " + self.rng.choice([s for s in men if s != sur])
        return self.rng.choice(fem if female else male), sur, female

    def given(self, female: bool | None = None) -> str:
        return self._person(female)[0]

    def surname(self, female: bool | None = None) -> str:
        return self._person(female)[1]

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
            return f"{sur.upper()}, {given}"
        return f"{given} {sur}"

    # --- contact ---
    def phone(self, form: str | None = None, region: str | None = None) -> str:
        region = region or self.country
        key = self.locale if region == self.country and self.locale in PHONE_PLANS else region
        if region == "US" and self.country != "US":
            key = "US-abroad"
        plans = PHONE_PLANS[key]
        for _ in range(4000):
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
            word = {"fr": (" poste ",), "es": (" anexo ",), "de": (" App. ",), "sv": (" ankn. ",)}.get(
                self.lang, (" ext. ", " x")
            )
            text = national + self.rng.choice(word) + str(self.rng.randint(10, 999))
            return (
                text if _reads_back(text, self.country, number, ext=True) else national + " ext. " + text[-2:]
            )
        return national

    def email(self, person: tuple[str, str, bool] | None = None) -> str:
        given, sur, _ = person or self._person()
        parts = []
        for word in (given, sur.split()[0]):
            flat = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
            flat = "".join(c for c in flat if c.isalnum())
            parts.append(flat or "".join(self.rng.choice(_SYL) for _ in range(self.rng.randint(2, 3))))
        sep = self.rng.choice((".", "_", "", "-"))
        local = self.rng.choice((parts[0] + sep + parts[1], parts[0][0] + sep + parts[1], parts[1] + sep + parts[0],
                                 parts[1] + str(self.rng.randint(1955, 2006))))  # fmt: skip
        if self.rng.random() < 0.25:
            local += str(self.rng.randint(1, 99))
        return f"{local}@{self.rng.choice(DOMAINS[self.country])}"

    # --- money ---
    def card(self) -> str:
        brands = (("4", (13, 16, 19)), ("5" + str(self.rng.randint(1, 5)), (16,)),
                  (str(self.rng.randint(2221, 2720)), (16,)), (self.rng.choice(("34", "37")), (15,)),
                  ("6011", (16, 19)), (str(self.rng.randint(622126, 622925)), (16, 17, 18, 19)),
                  (str(self.rng.randint(3528, 3589)), (16,)), ("36", (14,)), ("6304", (12, 16, 19)),
                  ("8600", (16,)), ("9792", (16,)), ("5018", (12, 13, 15)), ("2200", (16,)), ("6521", (16,)))  # fmt: skip
        head, lengths = self.rng.choice(brands)
        size = self.rng.choice(lengths)
        body = head + "".join(self.rng.choice(string.digits) for _ in range(size - len(head) - 1))
        digits = body + _luhn(body)
        if size == 15:
            groups = [4, 6, 5]
        elif size == 14:
            groups = [4, 6, 4]
        elif size == 19 and self.rng.random() < 0.4:
            groups = [8, 11]
        elif size == 13 and self.rng.random() < 0.5:
            groups = [4, 3, 3, 3]
        else:
            groups = [4] * (size // 4) + ([size % 4] if size % 4 else [])
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
            home if home and self.rng.random() < 0.55 else self.rng.choice(sorted(IBAN_BBAN))
        )
        pools = {
            "n": string.digits,
            "a": string.ascii_uppercase,
            "c": string.digits * 2 + string.ascii_uppercase,
        }
        bban = "".join(
            "".join(self.rng.choice(pools[kind]) for _ in range(count))
            for count, kind in _runs(IBAN_BBAN[country])
        )
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        compact = f"{country}{check:02d}{bban}"
        style = self.rng.random()
        if style < 0.3:
            return compact
        if style < 0.9:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))

    def bic(self) -> str:
        country = self.country if self.rng.random() < 0.55 else self.rng.choice(sorted(IBAN_BBAN))
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
        return bank + country + loc + branch

    def ssn(self) -> str:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        sep = self.rng.choice(("-", "-", " ", ""))
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def ip(self) -> str:
        while True:
            if self.rng.random() < 0.5:
                address: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.IPv4Address(
                    self.rng.getrandbits(32)
                )
            else:
                groups = [self.rng.choice((0x2001, 0x2403, 0x2a01, 0x2c0f, 0x2800, 0x2404, 0x2a00)),
                          self.rng.getrandbits(16)] + [self.rng.getrandbits(16) for _ in range(6)]  # fmt: skip
                if self.rng.random() < 0.6:
                    at = self.rng.randint(2, 5)
                    groups[at : at + 2] = [0, 0]
                address = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
            if address.is_global and not address.is_multicast:
                return str(address)

    # --- identity ---
    def dob(self, young: bool = False, form: str | None = None) -> str:
        year = self.rng.randint(2009, 2019) if young else self.rng.randint(1936, 2005)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        form = form or self.rng.choice(("word", "word", "word", "num", "iso", "compact", "mon"))
        if form == "iso":
            return f"{year}-{month:02d}-{day:02d}"
        if form == "compact":
            return f"{year}{month:02d}{day:02d}"
        if form == "mon":
            return f"{day:02d}-{MONTHS['en'][month - 1][:3].upper()}-{year}"
        if self.lang in ("zh", "ja"):
            return f"{year}年{month}月{day}日" if form == "word" else f"{year}/{month:02d}/{day:02d}"
        if self.lang == "th" and form == "word":
            return f"{day} {MONTHS['th'][month - 1]} {year + 543}"  # the Buddhist era, as Thai forms write it
        if form == "num" or self.lang not in MONTHS:
            if self.country in MONTH_FIRST:
                return f"{month:02d}/{day:02d}/{year}"
            sep = (
                "."
                if self.lang in ("ru", "de", "ka", "he")
                else "-"
                if self.lang in ("nl", "kn", "or")
                else "/"
            )
            return f"{day:02d}{sep}{month:02d}{sep}{year}"
        months = MONTHS[self.lang]
        if self.lang == "en" and self.country in MONTH_FIRST:
            return f"{months[month - 1]} {day}, {year}"
        if self.lang == "es":
            return f"{day} de {months[month - 1]} de {year}"
        if self.lang == "de":
            return f"{day}. {months[month - 1]} {year}"
        if self.lang == "he":
            return f"{day} ב{months[month - 1]} {year}"
        if self.lang == "ru":
            return f"{day} {months[month - 1]} {year} г."
        return f"{day} {months[month - 1]} {year}"

    def licence(self) -> tuple[str, str]:
        issuer, shape = self.rng.choice(LICENCES.get(self.locale) or LICENCES[self.country])
        if self.country == "IN":
            issuer, shape = LICENCES["IN"][("bcq-IN", "kxv-IN", "hne-IN").index(self.locale)]
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
                             no4=str(self.rng.randint(1001, 1499)), blk=str(self.rng.randint(1, 12)), pc=pc,
                             town=town, letter=self.rng.choice("abc"), street=self.rng.choice(streets))  # fmt: skip
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
