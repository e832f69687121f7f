"""Personal values of the nineteenth holdout PII set (tools/pii_holdout19_set.py), written from scratch.

Twenty-seven locales, each with its own name origin (none used by an earlier split), the language its documents'
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
    "rmi-AM": Where("AM", "hy", "Lom (Bosha)"),
    "khk-MN": Where("MN", "mn", "Khalkha"),
    "tyr-LA": Where("LA", "lo", "Tai Daeng"),
    "bhb-IN": Where("IN", "gu", "Bhil"),
    "lmn-IN": Where("IN", "te", "Lambadi"),
    "har-ET": Where("ET", "am", "Harari"),
    "hno-PK": Where("PK", "ur", "Hindko"),
    "lrc-IR": Where("IR", "fa", "Lur"),
    "dty-NP": Where("NP", "ne", "Doteli"),
    "rkt-BD": Where("BD", "bn", "Rangpuri"),
    "ams-JP": Where("JP", "ja", "Amami"),
    "cdo-MY": Where("MY", "ms", "Foochow (Sibu)"),
    "nut-VN": Where("VN", "vi", "Nùng"),
    "btx-ID": Where("ID", "id", "Karo Batak"),
    "mgm-TL": Where("TL", "pt", "Mambai"),
    "mdh-PH": Where("PH", "en", "Maguindanao"),
    "nau-NR": Where("NR", "en", "Nauruan"),
    "pbb-CO": Where("CO", "es", "Nasa (Páez)"),
    "ike-CA": Where("CA", "fr", "Nunavimmiut"),
    "mez-US": Where("US", "en", "Menominee"),
    "mhq-US": Where("US", "en", "Mandan"),
    "ruq-MK": Where("MK", "mk", "Megleno-Romanian"),
    "mhn-IT": Where("IT", "it", "Mòcheno"),
    "sma-NO": Where("NO", "nb", "Southern Sami"),
    "sth-IE": Where("IE", "en", "Irish Traveller"),
    "lia-SL": Where("SL", "en", "Limba"),
    "ada-GH": Where("GH", "en", "Dangme"),
}


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split("|")) if "|" in text else tuple(text.split())


# origin: (men's given names, women's given names, family names[, women's family names in the same order]).
_LISTS: dict[str, tuple[str, ...]] = {
    "Lom (Bosha)": ("Արամ Գագիկ Սարգիս Վարդան Հովհաննես Արտաշես Սամվել Կարեն Տիգրան Աշոտ Մհեր",
                    "Անահիտ Գայանե Լուսինե Նունե Սիրանուշ Հասմիկ Արմինե Շողիկ Մարինե Զառա Աստղիկ",
                    "Պողոսյան Մարգարյան Գասպարյան Կարապետյան Ղազարյան Մկրտչյան Հակոբյան Ավետիսյան Սիմոնյան "
                    "Գրիգորյան Բոշյան"),
    "Khalkha": ("Бат-Эрдэнэ Ганбаатар Төмөрбаатар Батболд Энхбаяр Мөнхбат Сүхбаатар Даваадорж Цэрэндорж Болд Ганзориг",
                "Оюунчимэг Сарантуяа Энхтуяа Нарантуяа Мөнхзул Алтанцэцэг Батцэцэг Гэрэлмаа Солонго Цэцэгмаа Номин",
                "Батбаяр Дорж Пүрэвсүрэн Лхагвасүрэн Чулуун Баатар Намжил Жаргал Төмөр Очир Доржсүрэн"),
    "Tai Daeng": ("ບຸນມີ ສົມພອນ ທອງດີ ຄຳພອນ ສີສະຫວາດ ບຸນທັນ ວັນໄຊ ພອນສະຫວັນ ຄຳແສງ ທອງສຸກ",
                  "ແສງຈັນ ບົວພັນ ມະນີວອນ ຄຳເພົາ ສົມຈິດ ດາວວອນ ວຽງຄຳ ພອນທິບ ສີດາ ບົວໄລ",
                  "ສີວົງສາ ພົມມະຈັນ ແກ້ວມະນີ ວົງພະຈັນ ສຸວັນນະລາດ ຄຳມະວົງ ອິນທະວົງ ໄຊຍະວົງ ພັນທະວົງ ແສງອາລຸນ"),
    "Bhil": ("રામસિંગ ભીમા કાળુ દિતા હીરા નાનજી લાલજી રણછોડ વેસ્તા થાવરા",
             "કમળા સવિતા રૂપલી જમની સોમલી મંગુ ગીતા ધુળી લીલા શાંતા",
             "વસાવા રાઠવા ડામોર ગામીત ભાભોર તડવી ચૌધરી પારગી બારિયા નિનામા"),
    "Lambadi": ("రాము శంకర్ భీమా లచ్చిరాం హరిసింగ్ సేవ్యా బాలు రవి కిషన్ మోతీలాల్",
                "లక్ష్మి సీత కమలి మంగ్లీ జమున రాధ బుజ్జి సక్కుబాయి దేవి సరోజ",
                "రాథోడ్ భూక్యా ధరావత్ బానోత్ గుగులోత్ లావుడ్యా అజ్మీరా మాలోత్ వాంకుడోత్ ఇస్లావత్"),
    "Harari": ("አብዱላሂ ሙክታር ኢብራሂም ዩሱፍ አሕመድ ሐሚድ ኑረዲን ሸሪፍ ዑመር ሳሊሕ",
               "ፋጡማ ዘምዘም ሐዋ አሚና ሀቢባ ኸዲጃ ዘይነብ ሩቅያ ሰዓዳ ሚስራ",
               "አብዱልቃድር ኑር ኢማም በድሪ አዩብ ሙሳ ሱልጣን ዘከሪያ ሐሰን ጀማል"),
    "Hindko": ("طارق زبیر شاہد آصف وقار نوید عمران خرم عدنان جاوید",
               "نسرین شازیہ روبینہ صائمہ فرزانہ عظمیٰ نائلہ ثمینہ طاہرہ رخسانہ",
               "اعوان تنولی جدون سواتی عباسی ترین قریشی مغل کڑلال ڈھونڈ"),
    "Lur": ("محمد حسین مهدی رضا مرتضی جواد سعید بهرام فرهاد ایرج",
            "زهرا فاطمه مریم لیلا نرگس پروین شیرین معصومه سمیه گلاره",
            "احمدوند سپهوند بیرانوند دیرکوند کولیوند امرایی حیدری کرمی رضایی ملکی"),
    "Doteli": ("गोरख प्रेम लोकेन्द्र खड्ग जनक दिल भीम हरि बीर पुष्कर",
               "कलावती पार्वती दुर्गा सरस्वती लक्ष्मी भगीरथी सीता धना गौरी राधिका",
               "बोहरा साउद धामी भट्ट अवस्थी जोशी बिष्ट ओझा पन्त भण्डारी"),
    "Rangpuri": ("রফিকুল আব্দুল আনোয়ার মোজাম্মেল শফিকুল নুরুল হাবিবুর গোপাল নিরঞ্জন দুলাল",
                 "রহিমা আমেনা শাহানা মর্জিনা ফাতেমা সুলতানা কল্পনা মালতী শেফালী রেহানা",
                 "ইসলাম হোসেন রায় বর্মন সরকার প্রামানিক মিয়া মণ্ডল দাস আলম"),
    "Amami": ("健一 浩二 勝男 誠 修 隆志 博文 実 和夫 光男", "和子 節子 洋子 美智子 恵子 幸子 トミ ハル 千代 ミツ",
              "朝 里 栄 重 叶 泉 碇 基 福 東"),
    "Foochow (Sibu)": ("Hock Ming|Kiong Huat|Sing Hieng|Tiong Kwong|Ding Ung|Chiong Siew|Sie Ping|Kung Lee|Ming Hua|"
                       "Huong Kai", "Siew Ling|Mei Hung|Ai Ling|Hui Ming|Siu Ping|Ngiik Hua|Sing Ee|Ling Ling|"
                       "Hung Ngiik|Yii Ching", "Ling Tiong Ting Wong Lau Ngu Sii Kiu Hii Tang"),
    "Nùng": ("Văn Dền|Văn Páo|Văn Sình|Văn Chiến|Văn Thào|Văn Lợi|Văn Quyết|Văn Hải|Đức Minh|Văn Sáng",
             "Thị Mai|Thị Lìu|Thị Dung|Thị Hoa|Thị Sen|Thị Vân|Thị Liên|Thị Thơm|Thị Phượng|Thị Nhung",
             "Hoàng Nông Lục Lý Vi Mông Chu Triệu Lương Đàm"),
    "Karo Batak": ("Kumpulan Sentosa Jaya Pelin Ngasup Tetap Sada Rudi Hendra Tamsil",
                   "Rasmi Roslina Ninta Malem Perdamen Merry Juliana Ermina Sempa Tiurlan",
                   "Ginting Sembiring Tarigan Karo-Karo Perangin-angin Sitepu Barus Sinulingga Surbakti Bangun"),
    "Mambai": ("Mateus Domingos Aleixo Mau Afonso Agostinho Zeferino Gaspar Armindo Cornélio",
               "Olinda Filomena Rosalina Natalina Zélia Madalena Bendita Lúcia Inácia Cidália",
               "Ximenes Guterres Soares Belo Amaral Sarmento Tilman Lelo Fernandes Mendonça"),
    "Maguindanao": ("Esmael Zaldy Akmad Tahir Kusain Abdulrahman Nasser Sajid Norodin Datukan",
                    "Norhaya Sittie Bainon Jamila Noraida Saripa Baileng Tarhata Johaira Rohaida",
                    "Ampatuan Mangudadatu Sinsuat Masukat Dilangalen Mastura Paglas Guiani Sema Midtimbang"),
    "Nauruan": ("Baron Ludwig Kieren Sprent Roland Kinza Riddell Lionel Marcus Shadlog",
                "Charmaine Ruby Isabella Delvina Fayette Rosina Lydia Cindy Marissa Jemima",
                "Dowiyogo Detenamo Adeang Scotty Waqa Aingimea Kun Dabwido Deiye Dageago"),
    "Nasa (Páez)": ("Aquilino Feliciano Ezequiel Ancízar Eider Nelson Wilmer Giovanni Hernán Abelardo",
                    "Aída|Mercedes|Nelly|Yolanda|Edilma|Luz Dary|Rosalba|Elvia|Blanca Nieves|Yamileth",
                    "Yule Pito Dagua Ipia Tumiñá Quiguanás Escué Noscué Yatacué Pete"),
    "Nunavimmiut": ("Lucassie Jobie Putulik Elijah Tamusi Adamie Willie Paulusie Charlie Johnny",
                    "Mina Lizzie Sarah Annie Maggie Elisapi Siasi Nellie Akinisie Lucy",
                    "Qumaq Nappaaluk Tukalak Ningiuruvik Kasudluak Annanack Etok Tooktoo Okpik Kumarluk"),
    "Menominee": ("Delbert Gerald Leonard Myron Keith Duane Rodney Gordon Wesley Clifford",
                  "Arlene Darlene Sharon Bernadine Loretta Marlene Rhonda Joyce Ione Priscilla",
                  "Waukau Pyawasit Tourtillott Wapoose Oshkosh Grignon Kakkak Pecore Corn Weso"),
    "Mandan": ("Tex Ronald Dennis Mervin Everett Cory Lyndon Verdell Ardell Wendell",
               "Delphine Marilyn Twila Cheryl Hazel Rosella Faye Elaine Vernice Leatrice",
               "Fox|Baker|Hall|Wells|Crows Breast|Young Bird|Packineau|Bird Bear|Poitra|Mandan"),
    "Megleno-Romanian": ("Ѓорѓи Стојан Никола Атанас Тома Илија Јован Димитар Петре Ванчо",
                         "Марија Елена Ѓурѓа Вера Стојанка Танка Цвета Ленка Василка Евица",
                         "Тошев Капинков Костадинов Гуџев Чочев Хаџиев Бајрактаров Ѓупчев Манев Дудуланов",
                         "Тошева Капинкова Костадинова Гуџева Чочева Хаџиева Бајрактарова Ѓупчева Манева Дудуланова"),
    "Mòcheno": ("Remo Ferruccio Leo Bruno Giuseppe Renzo Mattia Adriano Silvano Elio",
                "Rosa Lidia Ilaria Paola Erminia Flavia Irene Serena Marianna Giuliana",
                "Toller Oberosler Moltrer Pompermaier Marchel Puecher Hoffer Laner Battisti Eccher"),
    "Southern Sami": ("Nils Anders Jon Lars Per Mikkel Tomas Aslak Isak Ole-Henrik",
                      "Ella Karin Marit Elle Sara Inga Kristina Anne Ingrid Gunvor",
                      "Jåma Kappfjell Fjellheim Bransfjell Sparrok Renander Nordfjell Toven Brandsfjell Kalstad"),
    "Irish Traveller": ("Martin Patrick Michael Bernard Christy Francie Paddy Willie Simey Hughie",
                        "Bridget Kathleen Winnie Margaret Nora Ellen Chrissie Julia Nanny Mena",
                        "Ward McDonagh Joyce Maughan Stokes Connors Mongan Sherlock Cash Collins"),
    "Limba": ("Alimamy Sorie Santigie Momodu Abu Sheku Osman Foday Bai Samura",
              "Fatmata Isatu Adama Mariama Kadiatu Hawa Aminata Yeabu Memunatu Sallay",
              "Koroma Kamara Conteh Sankoh Mansaray Turay Fofanah Bangura Kargbo Sesay"),
    "Dangme": ("Emmanuel Isaac Samuel Godwin Ebenezer Prosper Felix Solomon Richard Nene",
               "Dede Korkor Kuokor Mamle Mercy Gifty Comfort Patience Esther Naki",
               "Narh Tetteh Kwao Teye Nartey Padi Kabutey Dugbartey Agbo Ocloo"),
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

# Japanese (Amami) names are written family name first without a space; Mongolian, Lambadi, Vietnamese and
# Foochow names put the father's or family name first.
JOINED = ("Amami",)
SURNAME_FIRST = ("Amami", "Khalkha", "Lambadi", "Nùng", "Foochow (Sibu)")

# Month names in dates of birth, per language (Armenian: genitive).
MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple("January February March April May June July August September October November December".split()),
    "hy": tuple("հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի "
                "դեկտեմբերի".split()),
    "lo": tuple("ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ".split()),
    "gu": tuple("જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ સપ્ટેમ્બર ઑક્ટોબર નવેમ્બર ડિસેમ્બર".split()),
    "te": tuple("జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్".split()),
    "ur": tuple("جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر".split()),
    "ne": tuple("जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर".split()),
    "bn": tuple("জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর".split()),
    "ms": tuple("Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split()),
    "id": tuple("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()),
    "pt": tuple("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()),
    "es": tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
    "fr": tuple("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    "mk": tuple("јануари февруари март април мај јуни јули август септември октомври ноември декември".split()),
    "it": tuple("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
                "dicembre".split()),
    "nb": tuple("januar februar mars april mai juni juli august september oktober november desember".split()),
}  # fmt: skip
MONTH_FIRST = ("US",)

# National significant number: (leading digits, length); the rest is drawn until phonenumbers calls it valid.
PHONE_PLANS: dict[str, tuple[tuple[str, int], ...]] = {
    "AM": (("77", 8), ("91", 8), ("93", 8), ("98", 8), ("10", 8), ("312", 8)),
    "MN": (("88", 8), ("99", 8), ("95", 8), ("70", 8), ("11", 8)),
    "LA": (("20", 10), ("21", 8), ("30", 9)),
    "IN": (("98", 10), ("70", 10), ("79", 10), ("87", 10), ("265", 10), ("40", 10), ("2642", 10)),
    "ET": (("91", 9), ("92", 9), ("94", 9), ("25", 9)),
    "PK": (("300", 10), ("345", 10), ("333", 10), ("992", 9), ("992", 10)),
    "IR": (("912", 10), ("935", 10), ("901", 10), ("66", 10)),
    "NP": (("98", 10), ("97", 10), ("91", 8), ("1", 8)),
    "BD": (("17", 10), ("19", 10), ("13", 10), ("521", 8), ("531", 8)),
    "JP": (("90", 10), ("80", 10), ("997", 9), ("99", 9)),
    "MY": (("12", 9), ("16", 9), ("19", 9), ("84", 8)),
    "VN": (("91", 9), ("98", 9), ("86", 9), ("205", 10), ("206", 10)),
    "ID": (("812", 11), ("813", 11), ("852", 11), ("628", 9), ("628", 10), ("61", 9), ("61", 10)),
    "TL": (("77", 8), ("78", 8), ("33", 7)),
    "PH": (("917", 10), ("995", 10), ("926", 10), ("64", 9)),
    "NR": (("555", 7), ("557", 7), ("444", 7)),
    "CO": (("31", 10), ("32", 10), ("602", 10)),
    "CA": (("819", 10), ("418", 10), ("514", 10)),
    "mez-US": (("715", 10), ("920", 10)),
    "mhq-US": (("701", 10),),
    "US": (("715", 10), ("701", 10)),
    "MK": (("70", 8), ("71", 8), ("75", 8), ("34", 8)),
    "IT": (("347", 10), ("339", 10), ("0461", 10), ("0461", 9)),
    "NO": (("4", 8), ("9", 8), ("74", 8)),
    "IE": (("85", 9), ("87", 9), ("1", 8), ("91", 8)),
    "SL": (("76", 8), ("77", 8), ("88", 8), ("22", 8)),
    "GH": (("24", 9), ("54", 9), ("20", 9), ("303", 9)),
    "GB": (("77", 10), ("161", 10)),
    "DE": (("176", 11), ("89", 10)),
    "AE": (("55", 9), ("2", 8)),
    "SA": (("50", 9), ("11", 9)),
    "QA": (("55", 8), ("44", 8)),
    "AU": (("4", 9), ("3", 9)),
    "NZ": (("21", 9), ("9", 8)),
    "SE": (("73", 9), ("8", 9)),
    "FR": (("7", 9), ("4", 9)),
    "KR": (("10", 10),),
    "SG": (("9", 8), ("6", 8)),
    "US-abroad": (("312", 10), ("206", 10)),
}
ABROAD = ("GB", "DE", "AE", "SA", "QA", "AU", "NZ", "SE", "FR", "KR", "SG")

# IBAN: country -> the BBAN's shape (n digits, a capitals, c either), from the registry's published structures.
IBAN_BBAN: dict[str, str] = {
    "AL": "8n16c", "AT": "16n", "BE": "12n", "BG": "4a6n8c", "CH": "5n12c", "CY": "8n16c", "CZ": "20n",
    "DE": "18n", "DK": "14n", "EE": "16n", "ES": "20n", "FI": "14n", "FR": "10n11c2n", "GB": "4a14n",
    "GR": "7n16c", "HR": "17n", "HU": "24n", "IE": "4a14n", "IS": "22n", "IT": "1a10n12c", "LT": "16n",
    "LU": "3n13c", "LV": "4a13c", "MK": "3n10c2n", "MT": "4a5n18c", "NL": "4a10n", "NO": "11n", "PK": "4a16c",
    "PL": "24n", "PT": "21n", "RO": "4a16c", "RS": "18n", "SE": "20n", "SI": "15n", "SK": "20n", "SA": "2n18c",
    "AE": "3n16n", "JO": "4a4n18c", "QA": "4a21c", "KW": "4a22c", "BH": "4a14c", "EG": "25n", "BR": "23n1a1c",
    "MU": "4a19n3a", "UA": "6n19c", "KZ": "3n13c", "AZ": "4a20c", "GT": "24c", "CR": "18n", "TN": "20n",
    "LB": "4n20c", "XK": "16n", "BA": "16n", "ME": "18n", "FO": "14n", "GL": "14n", "LI": "5n12c",
    "TL": "19n", "IQ": "4a15n", "SC": "4a20n3a", "SV": "4a20n", "MC": "10n11c2n", "SM": "1a10n12c",
}  # fmt: skip
# Countries whose IBANs a document of the country carries when it draws a local one.
LOCAL_IBAN = {"MK": "MK", "IT": "IT", "NO": "NO", "IE": "IE", "PK": "PK", "TL": "TL"}

# Driver's licences: issuing authority and number layout (9 a digit, @ a capital, other characters as written).
LICENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "AM": (("ՃՈ հաշվառման-քննական բաժին", "@@999999"), ("Road Police of Armenia", "@@ 999999")),
    "MN": (("Тээврийн цагдаагийн алба", "9999999"), ("Transport Police Department", "@@ 9999999")),
    "LA": (("ກົມຂົນສົ່ງ", "999999"), ("Department of Transport, Vientiane", "VT 999999")),
    "IN": (("RTO Vadodara", "GJ06 9999999999999"), ("RTO Adilabad", "TS01 9999999999999"),
           ("RTO Warangal", "TS03 9999999999999")),
    "ET": (("Harari Region Transport Bureau", "HR 99999"), ("ሐረሪ ክልል ትራንስፖርት ቢሮ", "99-99999")),
    "PK": (("Licensing Authority Abbottabad", "99999-9999999-9"), ("Islamabad Traffic Police", "99999-9999999-9/999")),
    "IR": (("پلیس راهور ناجا", "9999999999"), ("Traffic Police, Khorramabad", "99 999 9999")),
    "NP": (("यातायात व्यवस्था कार्यालय, धनगढी", "07-99-99999999"), ("DoTM Kailali", "07-99-99999999")),
    "BD": (("BRTA Rangpur", "RP9999999@9999"), ("বিআরটিএ রংপুর", "RP9999999@9999")),
    "JP": (("鹿児島県公安委員会", "999999999999"), ("Kagoshima Prefectural Public Safety Commission", "9999 9999 9999")),
    "MY": (("JPJ Sarawak", "999999-99-9999"),),
    "VN": (("Sở GTVT Lạng Sơn", "999999999999"), ("Sở GTVT Cao Bằng", "9999 9999 9999")),
    "ID": (("Satlantas Polres Tanah Karo", "9999-9999-999999"), ("Polda Sumatera Utara", "999999999999")),
    "TL": (("DNTT Díli", "TL-99999"), ("Direção Nacional dos Transportes Terrestres", "99999/99")),
    "PH": (("LTO Cotabato", "@99-99-999999"), ("Land Transportation Office", "@99-99-999999")),
    "NR": (("Nauru Police Force", "NR99999"),),
    "CO": (("Secretaría de Tránsito de Popayán", "9999999999"), ("Ministerio de Transporte", "99.999.999")),
    "CA": (("SAAQ", "@9999-999999-99"),),
    "mez-US": (("Wisconsin DMV", "@999-9999-9999-99"),),
    "mhq-US": (("North Dakota DOT", "@@@999999"),),
    "MK": (("МВР Гевгелија", "9999999"), ("Ministry of Interior, Gevgelija", "@9999999")),
    "IT": (("Motorizzazione Civile di Trento", "TN9999999@"), ("Prefettura di Trento", "U1@99@999@")),
    "NO": (("Statens vegvesen", "999 99999 99"),),
    "IE": (("NDLS Sligo", "999999999"), ("National Driver Licence Service", "99-999-999")),
    "SL": (("SLRSA Makeni", "SL-99999-99"), ("Sierra Leone Road Safety Authority", "999999")),
    "GH": (("DVLA Tema", "@@@-99999999-99999"), ("DVLA Accra", "@@@-99999999-99999")),
}  # fmt: skip

# Medical record numbers: the label as the locale's language writes it; the layouts are invented.
MRN_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("Unit No.", "Hosp. No.", "Patient Index", "Folder No.", "Chart ID"),
    "hy": ("Բժշկական քարտ №", "Հիվանդության պատմություն №"),
    "mn": ("Өвчний түүх №", "Эмнэлгийн карт №"),
    "lo": ("ເລກປະຫວັດຄົນເຈັບ", "ເລກບັດປິ່ນປົວ"),
    "gu": ("દર્દી નોંધણી નં.", "કેસ પેપર નં."),
    "te": ("రోగి నమోదు సంఖ్య", "ఓపీ నంబర్"),
    "am": ("የታካሚ መለያ ቁጥር", "የካርድ ቁ."),
    "ur": ("مریض نمبر", "ایم آر نمبر"),
    "fa": ("شماره پرونده", "کد بیمار"),
    "ne": ("बिरामी दर्ता नं.", "ओपीडी नं."),
    "bn": ("রোগীর নিবন্ধন নং", "ভর্তি নং"),
    "ja": ("診察券番号", "カルテ番号", "患者ID"),
    "ms": ("No. Rekod Perubatan", "No. Pendaftaran Pesakit"),
    "vi": ("Mã bệnh nhân", "Số hồ sơ bệnh án"),
    "id": ("No. Rekam Medis", "No. RM"),
    "pt": ("N.º do processo", "Processo clínico n.º"),
    "es": ("Historia clínica N°", "N° de ficha"),
    "fr": ("N° de dossier médical", "IPP"),
    "mk": ("Матичен број на пациент", "Бр. на историја на болест"),
    "it": ("N. cartella clinica", "Codice paziente"),
    "nb": ("Journalnummer", "Pasient-ID"),
}
MRN_SHAPES = (
    "9999-999-99",
    "@@999999",
    "99 999 999",
    "MR/99/99999",
    "9999999-@",
    "@-99-9999-9",
    "999.99.999",
    "99999@@",
    "H999999999",
    "99/@/9999",
    "@@ 99 9999",
    "9-99999-99",
    "R99-9999",
    "9999 99 @@",
    "@99999.9",
)

_SYL = ("pa", "ku", "le", "mi", "so", "ra", "te", "no", "vi", "ga", "du", "he", "yo", "za", "bi", "fe")
DOMAINS: dict[str, tuple[str, ...]] = {
    "AM": ("mail.am", "yandex.ru", "gmail.com"), "MN": ("mongol.net", "gmail.com", "yahoo.com"),
    "LA": ("laotel.com", "gmail.com"), "IN": ("gmail.com", "yahoo.co.in", "rediffmail.com"),
    "ET": ("ethionet.et", "gmail.com"), "PK": ("gmail.com", "hotmail.com", "ptcl.net.pk"),
    "IR": ("chmail.ir", "gmail.com", "yahoo.com"), "NP": ("gmail.com", "wlink.com.np", "ntc.net.np"),
    "BD": ("gmail.com", "yahoo.com", "bol-online.com"), "JP": ("docomo.ne.jp", "ezweb.ne.jp", "gmail.com"),
    "MY": ("gmail.com", "streamyx.com", "yahoo.com.my"), "VN": ("gmail.com", "vnn.vn", "yahoo.com.vn"),
    "ID": ("gmail.com", "yahoo.co.id"), "TL": ("gmail.com", "timortelecom.tl"),
    "PH": ("gmail.com", "yahoo.com.ph"), "NR": ("cenpac.net.nr", "gmail.com"),
    "CO": ("gmail.com", "hotmail.com", "une.net.co"), "CA": ("videotron.ca", "gmail.com", "tamaani.ca"),
    "US": ("gmail.com", "charter.net", "midco.net"), "MK": ("t-home.mk", "gmail.com", "yahoo.com"),
    "IT": ("libero.it", "alice.it", "gmail.com"), "NO": ("online.no", "gmail.com", "hotmail.no"),
    "IE": ("eircom.net", "gmail.com"), "SL": ("gmail.com", "yahoo.com"), "GH": ("gmail.com", "yahoo.com"),
}  # fmt: skip

# Street addresses: street names in the local language, (postcode, town), and layouts of the country.
ADDRESSES: dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "AM": (("Մաշտոցի պողոտա", "Տիգրան Մեծի փողոց", "Ամիրյան փողոց", "Կոմիտասի պողոտա"),
           (("0002", "Երևան"), ("3101", "Գյումրի"), ("2001", "Աբովյան")),
           ("{town}, {street} {no}, բն. {no2}, {pc}", "{street} {no}, բն. {no2}\n{pc} {town}",
            "{pc}, ՀՀ, {town}\n{street} {no}")),
    "MN": (("Энхтайвны өргөн чөлөө", "Чингисийн өргөн чөлөө", "Сөүлийн гудамж", "Их тойруу"),
           (("14200", "Улаанбаатар, Сүхбаатар дүүрэг"), ("13381", "Улаанбаатар, Баянзүрх дүүрэг"),
            ("45140", "Дархан")),
           ("{town}, {street}, {no}-р байр, {no3} тоот, {pc}", "{pc} {town}\n{blk}-р хороо, {street} {no}-р байр\n"
            "{no3} тоот")),
    "LA": (("ຖະໜົນລ້ານຊ້າງ", "ຖະໜົນສາມແສນໄທ", "ຖະໜົນກຳແພງເມືອງ", "ຖະໜົນໜອງບອນ"),
           (("01000", "ນະຄອນຫຼວງວຽງຈັນ"), ("06000", "ຫຼວງພະບາງ"), ("02000", "ຊຳເໜືອ, ແຂວງຫົວພັນ")),
           ("ເຮືອນເລກທີ {no}, {street}, ບ້ານ {blk}, {town} {pc}", "ເຮືອນເລກທີ {no} {street}\n{town}\n{pc}")),
    "bhb-IN": (("સ્ટેશન રોડ", "Dahod Road", "ગાંધી માર્ગ", "Sardar Patel Road"),
               (("391110", "Chhota Udaipur, Gujarat"), ("389151", "Dahod"), ("394650", "વ્યારા, તાપી")),
               ("{no}, {street}, {town} - {pc}", "Plot {no}, {street}\n{town}\nPIN {pc}", "મકાન નં. {no}, {street}\n"
                "{town} {pc}")),
    "lmn-IN": (("Tanda Road", "స్టేషన్ రోడ్", "Nehru Nagar", "Main Road"),
               (("504001", "Adilabad, Telangana"), ("506002", "Warangal"), ("509001", "Mahabubnagar")),
               ("H.No. {no}-{no2}, {street}, {town} - {pc}", "ఇంటి నం. {no}-{no2}\n{street}\n{town} {pc}",
                "D.No. {no}/{no2}, {street}\n{town} - {pc}")),
    "ET": (("Andegna Road", "ሸዋ በር መንገድ", "Jugol Street", "Harar-Dire Dawa Road"),
           (("", "Harar"), ("", "Dire Dawa"), ("", "Addis Ababa")),
           ("House No. {no}, Kebele {no2}, {street}, {town}", "የቤት ቁ. {no}፣ ቀበሌ {no2}\n{street}\n{town}")),
    "PK": (("Mansehra Road", "Jinnah Road", "Supply Bazaar", "Kaghan Colony"),
           (("22010", "Abbottabad"), ("21300", "Mansehra"), ("44000", "Islamabad")),
           ("House {no}, Street {no2}, {street}, {town} {pc}", "House No. {no}, {street}\n{town}\n{pc}",
            "مکان نمبر {no}، {street}، {town}")),
    "IR": (("خیابان شریعتی", "بلوار ولیعصر", "خیابان انقلاب", "کوچه لاله"),
           (("6813733111", "خرم‌آباد"), ("6891745617", "بروجرد"), ("1416953311", "تهران")),
           ("{town}، {street}، پلاک {no}، واحد {no2}، کد پستی {pc}", "{street}، پلاک {no}\n{town}\nکد پستی {pc}")),
    "NP": (("बजार मार्ग", "Hasanpur Road", "Campus Road", "Mahendra Rajmarg"),
           (("10900", "Dhangadhi, Kailali"), ("10400", "Dipayal, Doti"), ("44600", "Kathmandu")),
           ("{town}-{blk}, {street}, घर नं. {no}", "House {no}, {street}\nWard {blk}, {town} {pc}")),
    "BD": (("স্টেশন রোড", "Jail Road", "Dhap", "Medical Morh"),
           (("5400", "Rangpur"), ("5200", "Dinajpur"), ("5300", "Nilphamari")),
           ("বাড়ি নং {no}, {street}, {town}-{pc}", "House {no}, Road {no2}, {street}\n{town} {pc}")),
    "JP": (("名瀬港町", "名瀬末広町", "龍郷町赤尾木", "笠利町里"),
           (("894-0027", "鹿児島県奄美市"), ("894-0104", "鹿児島県大島郡"), ("891-9301", "鹿児島県大島郡")),
           ("〒{pc} {town}{street}{no}-{no2}", "〒{pc}\n{town}{street}{no}番{no2}号", "〒{pc} {town}{street}{no}-{no2}-{blk}")),
    "MY": (("Jalan Kampung Nyabor", "Lorong Pahlawan", "Jalan Tuanku Osman", "Lorong Lanang"),
           (("96000", "Sibu, Sarawak"), ("96100", "Sarikei, Sarawak"), ("93100", "Kuching, Sarawak")),
           ("No. {no}, {street} {no2}, {pc} {town}", "No. {no}, {street} {no2}\n{pc} {town}", "Lot {no3}, {street}\n"
            "Taman {blk}\n{pc} {town}")),
    "VN": (("đường Bà Triệu", "phố Trần Đăng Ninh", "đường Lê Lợi", "phố Kỳ Lừa"),
           (("240000", "TP. Lạng Sơn, tỉnh Lạng Sơn"), ("270000", "TP. Cao Bằng, tỉnh Cao Bằng"),
            ("100000", "Hà Nội")),
           ("số {no}, {street}, phường {blk}, {town}", "Số nhà {no}, {street}\n{town} {pc}")),
    "ID": (("Jalan Veteran", "Jl. Kapten Selamat Ketaren", "Jalan Udara", "Jl. Jamin Ginting"),
           (("22111", "Kabanjahe, Kab. Karo"), ("22152", "Berastagi"), ("20155", "Medan")),
           ("{street} No. {no}, RT {no2}/RW {blk}, {town} {pc}", "{street} No. {no}\n{town}\n{pc}")),
    "TL": (("Rua de Audian", "Avenida Nicolau Lobato", "Rua Jacinto Cândido", "Estrada de Balide"),
           (("", "Díli"), ("", "Aileu"), ("", "Ermera")),
           ("{street}, n.º {no}, Suco {blk}, {town}", "{street} {no}\nAldeia {blk}\n{town}")),
    "PH": (("Sinsuat Avenue", "Quezon Avenue", "Don Rufino Alonzo Street", "Notre Dame Avenue"),
           (("9600", "Cotabato City"), ("9601", "Datu Odin Sinsuat, Maguindanao"), ("9800", "Koronadal City")),
           ("{no} {street}, Brgy. {blk}, {town} {pc}", "Blk {blk} Lot {no2}, {street}\n{town}\n{pc}")),
    "NR": (("Aiwo Road", "Boe Road", "Island Ring Road", "Yaren Road"),
           (("", "Aiwo District"), ("", "Meneng District"), ("", "Yaren District")),
           ("Lot {no}, {street}, {town}", "House {no}, {street}\n{town}\nNauru")),
    "CO": (("Calle", "Carrera", "Avenida", "Transversal"),
           (("190003", "Popayán, Cauca"), ("191030", "Toribío, Cauca"), ("190501", "Santander de Quilichao")),
           ("{street} {no} # {no2}-{blk}, {town}", "{street} {no} # {no2}-{blk}, apto. {no3}\n{town} {pc}")),
    "CA": (("rue Principale", "chemin de l'Aéroport", "rue Tamaani", "boulevard Saint-Joseph"),
           (("J0M 1C0", "Kuujjuaq (Québec)"), ("J0M 1K0", "Puvirnituq (Québec)"), ("H2J 1K6", "Montréal (Québec)")),
           ("{no}, {street}, {town} {pc}", "{no}, {street}, app. {no2}\n{town} {pc}", "C.P. {no3}\n{no} {street}\n"
            "{town} {pc}")),
    "mez-US": (("Wolf River Rd", "Hwy 47", "Fish Hatchery Rd", "Spruce St"),
               (("54135", "Keshena, WI"), ("54416", "Bowler, WI"), ("54166", "Shawano, WI")),
               ("{no} {street}, {town} {pc}", "{no} {street} Apt {no2}\n{town} {pc}", "PO Box {no3}\n{no} {street}\n"
                "{town} {pc}")),
    "mhq-US": (("Main St", "4th Ave NW", "BIA Rd 12", "College Dr"),
               (("58763", "New Town, ND"), ("58770", "Parshall, ND"), ("58501", "Bismarck, ND")),
               ("{no} {street}, {town} {pc}", "{no} {street}\n{town} {pc}", "PO Box {no3}\n{no} {street}\n{town} {pc}")),
    "MK": (("ул. Маршал Тито", "ул. Гевгелиска", "ул. Димитар Влахов", "бул. Гоце Делчев"),
           (("1480", "Гевгелија"), ("1484", "Богданци"), ("1000", "Скопје")),
           ("{street} бр. {no}, {pc} {town}", "{street} {no}/{no2}\n{pc} {town}")),
    "IT": (("Via Roma", "Maso Toller", "Località Roveda", "Via Palù"),
           (("38050", "Fierozzo (TN)"), ("38050", "Palù del Fersina (TN)"), ("38122", "Trento")),
           ("{street} {no}, {pc} {town}", "{street}, {no}\n{pc} {town}", "{street} {no}, int. {no2}\n{pc} {town}")),
    "NO": (("Storgata", "Fjellveien", "Snåsaveien", "Kongens gate"),
           (("7760", "Snåsa"), ("7800", "Namsos"), ("8900", "Brønnøysund")),
           ("{street} {no}, {pc} {town}", "{street} {no} {blk}\n{pc} {town}", "{street} {no}\nH0{no2}\n{pc} {town}")),
    "IE": (("Cranmore Road", "Ballytivnan", "Tubbercurry Road", "Main Street"),
           (("F91 X2K0", "Sligo"), ("F91 T8H2", "Sligo"), ("H91 E2W4", "Galway")),
           ("{no} {street}, {town}, Co. Sligo, {pc}", "Bay {no}, Halting Site\n{street}\n{town} {pc}",
            "{no} {street}\n{town}\n{pc}")),
    "SL": (("Magburaka Road", "Station Road", "Azzolini Highway", "Teko Road"),
           (("", "Makeni"), ("", "Kabala"), ("", "Freetown")),
           ("{no} {street}, {town}", "{no} {street}\nOff {no2} Street\n{town}")),
    "GH": (("Ada Foah Road", "Kasseh Street", "Big Ada Road", "Community {blk} Road"),
           (("DB-0012", "Ada Foah"), ("DK-1234", "Big Ada"), ("GT-043", "Tema")),
           ("House No. {no}, {street}, {town}", "H/No. {no}, {street}\n{town}\nGPS {pc}-{no3}")),
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
        cased = any(c.isupper() or c.islower() for c in given + sur) and all(
            unicodedata.name(c, "").startswith(("LATIN", "CYRILLIC", "ARMENIAN")) or not c.isalpha()
            for c in given + sur
        )
        if style == "g":
            return given
        if self.origin in JOINED:
            return sur + given
        style = style or self.rng.choice(("gs", "gs", "sg", "SG", "upper", "lower", "init", "gs", "SGU"))
        if self.origin in SURNAME_FIRST and style == "gs":
            style = "sg"
        if not cased and style in ("upper", "lower", "init", "SGU"):
            style = "sg" if self.origin in SURNAME_FIRST else "gs"
        if style == "sg":
            return f"{sur} {given}"
        if style == "SG":
            return f"{sur}, {given}"
        whole = f"{sur} {given}" if self.origin in SURNAME_FIRST else f"{given} {sur}"
        if style == "upper":
            return whole.upper()
        if style == "lower":
            return whole.lower()
        if style == "init":
            return f"{given[0]}. {sur}"
        if style == "SGU":
            return f"{sur.upper()}, {given}"
        return f"{given} {sur}"

    # --- contact ---
    def phone(self, form: str | None = None, region: str | None = None) -> str:
        region = region or self.country
        key = self.locale if region == self.country and self.locale in PHONE_PLANS else region
        if region == "US" and key == "US" and self.country != "US":
            key = "US-abroad"
        plans = PHONE_PLANS[key]
        for _ in range(3000):
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
            word = {"fr": (" int. ", " #"), "es": (" ext. ", " int. "), "it": (" int. ",)}.get(
                self.lang, (" ext. ", " x", " ext ")
            )
            return national + self.rng.choice(word) + str(self.rng.randint(10, 999))
        return national

    def email(self, person: tuple[str, str, bool] | None = None) -> str:
        given, sur, _ = person or self._person()
        parts = []
        for word in (given, sur):
            flat = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
            flat = "".join(c for c in flat if c.isalnum())
            parts.append(flat or "".join(self.rng.choice(_SYL) for _ in range(self.rng.randint(2, 3))))
        sep = self.rng.choice((".", "_", "", "-", "."))
        local = self.rng.choice((parts[0] + sep + parts[1], parts[0][0] + sep + parts[1], parts[1] + sep + parts[0],
                                 parts[0] + str(self.rng.randint(1960, 2005))))  # fmt: skip
        if self.rng.random() < 0.3:
            local += str(self.rng.randint(1, 99))
        return f"{local}@{self.rng.choice(DOMAINS[self.country])}"

    # --- money ---
    def card(self) -> str:
        head, lengths = self.rng.choice((("4", (13, 16, 19)), ("5" + str(self.rng.randint(1, 5)), (16,)),
                                         (str(self.rng.randint(2221, 2720)), (16,)), (self.rng.choice(("34", "37")), (15,)),
                                         ("65", (16, 19)), (str(self.rng.randint(622126, 622925)), (16, 17, 18, 19)),
                                         (str(self.rng.randint(3528, 3589)), (16, 19)), ("30" + str(self.rng.randint(0, 5)), (14,)),
                                         ("6304", (12, 13, 16, 18)), ("8", (12, 15)), ("9", (16,)),
                                         ("6759", (12, 17, 19)), ("220", (16,)), ("5061", (18,))))  # fmt: skip
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
        elif size == 12 and self.rng.random() < 0.5:
            groups = [3, 3, 3, 3]
        else:
            groups = [4] * (size // 4) + ([size % 4] if size % 4 else [])
        sep = self.rng.choice((" ", " ", "-", "", ".", " "))
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
            home if home and self.rng.random() < 0.6 else self.rng.choice(sorted(IBAN_BBAN))
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
            branch = "K" + branch[1:]
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
                groups = [self.rng.choice((0x2400, 0x2401, 0x2402, 0x2001, 0x2A02, 0x2804, 0x2C0F, 0x2607)),
                          self.rng.getrandbits(16)] + [self.rng.getrandbits(16) for _ in range(6)]  # fmt: skip
                if self.rng.random() < 0.6:
                    at = self.rng.randint(2, 5)
                    groups[at : at + 2] = [0, 0]
                address = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
            if address.is_global and not address.is_multicast:
                return str(address)

    # --- identity ---
    def dob(self, young: bool = False, form: str | None = None) -> str:
        year = self.rng.randint(2008, 2019) if young else self.rng.randint(1938, 2004)
        month, day = self.rng.randint(1, 12), self.rng.randint(1, 28)
        form = form or self.rng.choice(("word", "word", "word", "num", "iso", "compact", "mon"))
        if form == "iso":
            return f"{year}-{month:02d}-{day:02d}"
        if form == "compact":
            return f"{year}{month:02d}{day:02d}"
        if form == "mon":
            return f"{day:02d}-{MONTHS['en'][month - 1][:3].upper()}-{year}"
        if self.lang == "ja":
            return f"{year}年{month}月{day}日" if form == "word" else f"{year}/{month:02d}/{day:02d}"
        if self.lang == "mn":
            return f"{year} оны {month}-р сарын {day}" if form == "word" else f"{year}.{month:02d}.{day:02d}"
        if self.lang == "vi":
            return (
                f"ngày {day} tháng {month} năm {year}" if form == "word" else f"{day:02d}/{month:02d}/{year}"
            )
        if self.lang == "fa":
            return f"{year}/{month:02d}/{day:02d}"
        if form == "num" or self.lang == "am" or self.lang not in MONTHS:
            if self.country in MONTH_FIRST:
                return f"{month:02d}/{day:02d}/{year}"
            sep = (
                "."
                if self.lang in ("hy", "mk", "nb", "it")
                else "-"
                if self.lang in ("gu", "te", "bn")
                else "/"
            )
            return f"{day:02d}{sep}{month:02d}{sep}{year}"
        months = MONTHS[self.lang]
        if self.lang == "en" and self.country in MONTH_FIRST:
            return f"{months[month - 1]} {day}, {year}"
        if self.lang in ("es", "pt"):
            return f"{day} de {months[month - 1]} de {year}"
        if self.lang == "nb":
            return f"{day}. {months[month - 1]} {year}"
        if self.lang == "hy":
            return f"{year} թ. {months[month - 1]} {day}"
        return f"{day} {months[month - 1]} {year}"

    def licence(self) -> tuple[str, str]:
        issuer, shape = self.rng.choice(LICENCES.get(self.locale) or LICENCES[self.country])
        if self.locale == "bhb-IN":
            issuer, shape = LICENCES["IN"][0]
        elif self.locale == "lmn-IN":
            issuer, shape = self.rng.choice(LICENCES["IN"][1:])
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
        blk = str(self.rng.randint(1, 15))
        text = layout.format(no=str(self.rng.randint(1, 260)), no2=str(self.rng.randint(1, 70)),
                             no3=str(self.rng.randint(101, 999)), blk=blk, pc=pc, town=town,
                             street=self.rng.choice(streets).format(blk=blk))  # fmt: skip
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
