"""How the personal values of the fifth holdout PII set are drawn and written (tools/pii_holdout5_set.py
builds the documents around them).

Written without opening Charter's recognizers, their word lists or any results. Sources: given names and
surnames from Faker's person providers of locales the earlier sets did not draw on (Baltic, Balkan, Turkish,
Persian, Arabic, Liechtenstein, Luxembourg, Icelandic, Kenyan, Nigerian, Pakistani, Thai, Catalan, Irish,
Uzbek, Zulu, Twi, Algerian; Liechtenstein and Luxembourg surnames take Austrian and French given names, as
their own lists hold only placeholders), Cyrillic and Greek names transliterated here into Latin letters the way
passports and bank forms write them, Chinese and Japanese names in Faker's romanised form, and names changed
the way people's names are (hyphenated double surnames, particles, initials, surname first in capitals).
Street lines are composed here from short per-country lists of real street names, house and flat numbers and
each country's own address layout and postcode shape (not from Faker's or Mimesis's address tables). Phone
numbers come from the `phonenumbers` library's per-region metadata (an example number whose subscriber
digits are redrawn until the library calls it valid), written in one of the renderings below and read back
by the library as the very same number. Cards, IBANs, BICs, SSNs, driver's licences and record numbers are
composed here from their published layouts and check-digit rules. The renderings (E.164 without spaces,
WHOIS-style `+CC.NSN`, RFC 3966 hyphenation, IBANs grouped by their BBAN fields, narrow no-break spaces and
en dashes in card numbers, dates of birth with weekdays or in Baltic, Turkish, Catalan and Icelandic
spellings) were chosen to differ from the earlier sets'.
"""

from __future__ import annotations

import ipaddress
import random
import re
import string
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

DIGITS = string.digits
UPPER = string.ascii_uppercase


@dataclass(frozen=True)
class Locale:
    """One country's people and how its address lines are written."""

    faker: str
    """Faker locale of the given names and surnames."""
    country: str
    """ISO 3166 alpha-2; phone numbers are read against it."""
    street: str
    """Street line: {s} a street name, {no} a house number, {u} a flat or floor, {d} a district."""
    place: str
    """Place line: {post} a postcode, {city} a city, {d} a district."""
    streets: tuple[str, ...]
    places: tuple[tuple[str, str], ...]
    """(city, postcode mask): # a digit, @ a capital letter."""
    order: str = "given"
    """'given' (given name first) or 'family' (family name first)."""
    script: str = "latin"
    """'latin', 'native' (names kept in their own script), 'cyrillic'/'greek' (transliterated here), or
    'roman' (Faker's romanised names)."""
    particles: tuple[str, ...] = ()
    districts: tuple[str, ...] = ("",)
    given: str = ""
    """Faker locale of the given names when `faker`'s own list is a placeholder (Liechtenstein, Luxembourg)."""


LOCALES: dict[str, Locale] = {
    "lv-LV": Locale("lv_LV", "LV", "{s} iela {no}-{u}", "{city}, LV-{post}",
                    ("Brīvības", "Krišjāņa Barona", "Tērbatas", "Gertrūdes", "Lāčplēša", "Dzirnavu"),
                    (("Rīga", "10##"), ("Jelgava", "30##"), ("Liepāja", "34##"), ("Ventspils", "36##"))),
    "lt-LT": Locale("lt_LT", "LT", "{s} g. {no}-{u}", "LT-{post} {city}",
                    ("Gedimino", "Savanorių", "Laisvės", "Vilniaus", "Žalgirio", "Pylimo"),
                    (("Vilnius", "0####"), ("Kaunas", "4####"), ("Klaipėda", "9####"), ("Šiauliai", "7####"))),
    "et-EE": Locale("et_EE", "EE", "{s} {no}-{u}", "{post} {city}",
                    ("Narva mnt", "Pärnu mnt", "Tartu mnt", "Rävala pst", "Kentmanni", "Liivalaia"),
                    (("Tallinn", "1####"), ("Tartu", "5####"), ("Pärnu", "8####"), ("Narva", "2####"))),
    "bg-BG": Locale("bg_BG", "BG", "ул. „{s}“ № {no}, ет. {u}", "{post} {city}",
                    ("Витоша", "Граф Игнатиев", "Шипка", "Раковски", "Оборище", "Цар Симеон"),
                    (("София", "1###"), ("Пловдив", "40##"), ("Варна", "90##"), ("Бургас", "80##")),
                    script="native"),
    "bg-Latn-BG": Locale("bg_BG", "BG", "ul. {s} {no}, et. {u}", "{city} {post}",
                         ("Vitosha", "Graf Ignatiev", "Shipka", "Rakovski", "Oborishte", "Tsar Simeon"),
                         (("Sofia", "1###"), ("Plovdiv", "40##"), ("Varna", "90##"), ("Burgas", "80##")),
                         script="cyrillic"),
    "mk-MK": Locale("mk_MK", "MK", "ул. {s} бр. {no}", "{post} {city}",
                    ("Македонија", "Партизанска", "Илинденска", "Гоце Делчев", "Орце Николов"),
                    (("Скопје", "10##"), ("Битола", "7000"), ("Охрид", "6000"), ("Куманово", "1300")),
                    script="native"),
    "tr-TR": Locale("tr_TR", "TR", "{d} Mah. {s} Sk. No. {no} Daire {u}", "{post} {city}",
                    ("Bağdat", "Atatürk", "Cumhuriyet", "İnönü", "Gazi Osman Paşa", "Fevzi Çakmak"),
                    (("Kadıköy/İstanbul", "347##"), ("Çankaya/Ankara", "06###"), ("Konak/İzmir", "35###"),
                     ("Nilüfer/Bursa", "16###")),
                    districts=("Caferağa", "Moda", "Kızılay", "Alsancak", "Fenerbahçe")),
    "fa-IR": Locale("fa_IR", "IR", "خیابان {s}، کوچه {u}، پلاک {no}", "{city}، کد پستی {post}",
                    ("ولیعصر", "انقلاب", "آزادی", "شریعتی", "مطهری"),
                    (("تهران", "1#########"), ("اصفهان", "81########"), ("شیراز", "71########")),
                    script="native"),
    "ar-SA": Locale("ar_SA", "SA", "{no} شارع {s}، حي {d}", "{city} {post}",
                    ("الملك فهد", "العليا", "التحلية", "الأمير سلطان", "الملك عبدالعزيز"),
                    (("الرياض", "1####"), ("جدة", "2####"), ("الدمام", "3####")),
                    script="native", districts=("النخيل", "الملز", "الروضة", "السليمانية")),
    "ar-PS": Locale("ar_PS", "PS", "شارع {s}، بناية رقم {no}", "{city}",
                    ("الإرسال", "عمر المختار", "القدس", "الشهداء", "فلسطين"),
                    (("رام الله", ""), ("نابلس", ""), ("الخليل", ""), ("بيت لحم", ""))),
    "ar-DZ": Locale("ar_DZ", "DZ", "{no} شارع {s}", "{city} {post}",
                    ("ديدوش مراد", "العربي بن مهيدي", "حسيبة بن بوعلي", "الأمير عبد القادر"),
                    (("الجزائر", "16###"), ("وهران", "31###"), ("قسنطينة", "25###")),
                    script="native"),
    "fr-DZ": Locale("fr_DZ", "DZ", "{no}, rue {s}", "{post} {city}",
                    ("Didouche Mourad", "Larbi Ben M'hidi", "Hassiba Ben Bouali", "Émir Abdelkader"),
                    (("Alger", "16###"), ("Oran", "31###"), ("Constantine", "25###"), ("Annaba", "23###")),
                    particles=("Ben", "Aït", "Ould")),
    "de-LI": Locale("de_LI", "LI", "{s} {no}", "FL-{post} {city}",
                    ("Äulestrasse", "Landstrasse", "Städtle", "Im Malarsch", "Feldkircher Strasse"),
                    (("Vaduz", "9490"), ("Schaan", "9494"), ("Triesen", "9495"), ("Balzers", "9496")),
                    particles=("von", "zu"), given="de_AT"),
    "de-LU": Locale("de_LU", "LU", "{no}, {s}", "L-{post} {city}",
                    ("rue de la Gare", "avenue de la Liberté", "boulevard Royal", "Grand-Rue", "route d'Arlon"),
                    (("Luxembourg", "1###"), ("Esch-sur-Alzette", "4###"), ("Differdange", "45##"),
                     ("Ettelbruck", "90##")),
                    particles=("de", "von"), given="fr_FR"),
    "fr-BE": Locale("fr_BE", "BE", "{s} {no}/{u}", "{post} {city}",
                    ("Rue Neuve", "Chaussée de Wavre", "Avenue Louise", "Rue de Namur", "Boulevard d'Avroy"),
                    (("Bruxelles", "10#0"), ("Liège", "40#0"), ("Namur", "5000"), ("Charleroi", "60#0")),
                    particles=("de", "Van", "Van den", "De")),
    "is-IS": Locale("is_IS", "IS", "{s} {no}, íbúð {u}", "{post} {city}",
                    ("Laugavegur", "Skólavörðustígur", "Hverfisgata", "Hringbraut", "Suðurgata"),
                    (("Reykjavík", "10#"), ("Kópavogur", "20#"), ("Akureyri", "600"), ("Hafnarfjörður", "22#"))),
    "en-KE": Locale("en_KE", "KE", "{s}, House No. {no}", "{city} {post}",
                    ("Ngong Road", "Waiyaki Way", "Lenana Road", "Argwings Kodhek Road", "Kenyatta Avenue"),
                    (("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"))),
    "en-NG": Locale("en_NG", "NG", "{no} {s}", "{d}, {city} {post}",
                    ("Adeola Odeku Street", "Awolowo Road", "Ogui Road", "Herbert Macaulay Way", "Ahmadu Bello Way"),
                    (("Lagos", "1012##"), ("Abuja", "9002##"), ("Enugu", "4001##"), ("Kano", "7001##")),
                    districts=("Victoria Island", "Ikoyi", "Wuse II", "Garki", "Independence Layout")),
    "yo-NG": Locale("yo_NG", "NG", "Plot {no}, {s}", "{d}, {city} {post}",
                    ("Oba Akran Avenue", "Allen Avenue", "Ring Road", "Bode Thomas Street"),
                    (("Ikeja", "1002##"), ("Ibadan", "2002##"), ("Abeokuta", "1101##")),
                    districts=("GRA", "Bodija", "Surulere", "Oke-Ado")),
    "ha-NG": Locale("ha_NG", "NG", "No. {no} {s}", "{city} {post}",
                    ("Zaria Road", "Murtala Mohammed Way", "Bompai Road", "Sultan Road"),
                    (("Kano", "7001##"), ("Kaduna", "8002##"), ("Sokoto", "8402##"))),
    "en-PK": Locale("en_PK", "PK", "House {no}, Street {u}, {s}", "{city} {post}",
                    ("Gulberg III", "Model Town", "Bahria Town", "Johar Town", "Satellite Town"),
                    (("Lahore", "54###"), ("Karachi", "75###"), ("Islamabad", "44###"), ("Multan", "60###"))),
    "en-TH": Locale("en_TH", "TH", "{no}/{u} Soi {s}, {d} Road", "{city} {post}",
                    ("Ari 4", "Thonglor 10", "Ekkamai 12", "Ratchadaphisek 3", "Lat Phrao 71"),
                    (("Bangkok", "10###"), ("Chiang Mai", "50###"), ("Nonthaburi", "11###")),
                    districts=("Sukhumvit", "Phahonyothin", "Rama IV", "Ratchadaphisek")),
    "es-CA": Locale("es_CA", "ES", "{s}, {no}, {u}r {u}a", "{post} {city}",
                    ("Carrer de Mallorca", "Carrer de Balmes", "Passeig de Gràcia", "Carrer de Sants",
                     "Rambla de Catalunya"),
                    (("Barcelona", "080##"), ("Girona", "170##"), ("Tarragona", "430##"), ("Lleida", "250##")),
                    particles=("de", "del")),
    "ga-IE": Locale("ga_IE", "IE", "{no} {s}", "{city}, {post}",
                    ("Bóthar na Trá", "Sráid na Siopaí", "Bóthar an Choláiste", "Ascaill Uí Chonaill"),
                    (("Gaillimh", "H91 @#@#"), ("Corcaigh", "T12 @@##"), ("Baile Átha Cliath", "D0# @#@#"),
                     ("Trá Lí", "V92 @#@#"))),
    "uz-UZ": Locale("uz_UZ", "UZ", "{s} ko'chasi, {no}-uy, {u}-xonadon", "{city} {post}",
                    ("Amir Temur", "Navoiy", "Shota Rustaveli", "Bobur", "Mustaqillik"),
                    (("Toshkent", "100###"), ("Samarqand", "1401##"), ("Buxoro", "2001##"))),
    "zu-ZA": Locale("zu_ZA", "ZA", "{no} {s}", "{d}, {city}, {post}",
                    ("Anton Lembede Street", "Florida Road", "Musgrave Road", "Dr Pixley KaSeme Street"),
                    (("Durban", "40##"), ("Pietermaritzburg", "32##"), ("Richards Bay", "3900")),
                    districts=("Morningside", "Berea", "Glenwood", "Umbilo")),
    "tw-GH": Locale("tw_GH", "GH", "House No. {no}, {s}", "{city}, {post}",
                    ("Oxford Street", "Liberation Road", "Kojo Thompson Road", "Asafo-Adjei Street"),
                    (("Accra", "GA-###-####"), ("Kumasi", "AK-###-####"), ("Tema", "GT-###-####"))),
    "ru-Latn-RU": Locale("ru_RU", "RU", "ul. {s}, d. {no}, kv. {u}", "{city}, {post}",
                         ("Tverskaya", "Lenina", "Pushkina", "Sadovaya", "Mira"),
                         (("Moskva", "1#####"), ("Sankt-Peterburg", "19####"), ("Kazan", "420###")),
                         script="cyrillic"),
    "uk-Latn-UA": Locale("uk_UA", "UA", "vul. {s}, {no}, kv. {u}", "{city}, {post}",
                         ("Khreshchatyk", "Sahaidachnoho", "Shevchenka", "Franka", "Zelena"),
                         (("Kyiv", "0####"), ("Lviv", "79###"), ("Odesa", "65###"), ("Kharkiv", "61###")),
                         script="cyrillic"),
    "el-Latn-GR": Locale("el_GR", "GR", "{s} {no}", "{post} {city}",
                         ("Ermou", "Stadiou", "Panepistimiou", "Tsimiski", "Vasilissis Sofias"),
                         (("Athina", "10# ##"), ("Thessaloniki", "54# ##"), ("Patra", "26# ##")),
                         script="greek"),
    "zh-Latn-CN": Locale("zh_CN", "CN", "No. {no} {s} Road, {d} District", "{city} {post}",
                         ("Nanjing West", "Huaihai Middle", "Zhongshan North", "Jianguo"),
                         (("Shanghai", "200###"), ("Beijing", "100###"), ("Shenzhen", "518###")),
                         order="family", script="roman", districts=("Jing'an", "Xuhui", "Chaoyang", "Futian")),
    "ja-Latn-JP": Locale("ja_JP", "JP", "{u}-{no}-{u} {s}", "{d}, {city} {post}",
                         ("Jingumae", "Nishi-Shinjuku", "Umeda", "Sakae", "Tenjin"),
                         (("Tokyo", "1##-####"), ("Osaka", "530-####"), ("Nagoya", "460-####")),
                         order="family", script="roman", districts=("Shibuya-ku", "Kita-ku", "Naka-ku")),
    "en-US": Locale("en_US", "US", "{no} {s}{d}", "{city} {post}",
                    ("Sycamore Ave", "Martin Luther King Jr Blvd", "Old Orchard Rd", "Calle Real",
                     "Riverside Dr", "N Halsted St", "Cottonwood Ln", "Pueblo Ct"),
                    (("Tucson, AZ", "857##"), ("Raleigh, NC", "276##"), ("Boise, ID", "837##"),
                     ("Omaha, NE", "681##"), ("Spokane, WA", "992##"), ("Richmond, VA", "232##"),
                     ("Madison, WI", "537##"), ("Savannah, GA", "314##")),
                    districts=("", "", " Ste 210", " Unit 4B", " Fl 3", " Bldg C")),
}  # fmt: skip
# Surnames of Americans come from many places; the US locale draws them from these Faker locales.
US_SURNAME_LOCALES = ("en_US", "es_MX", "vi_VN", "pl_PL", "it_IT", "de_DE", "en_NG", "en_IN")
FOREIGN = (
    "US CA GB IE FR DE AT CH IT ES PT NL BE LU LI DK SE NO FI IS EE LV LT PL CZ SK HU RO BG MK RS AL GR TR "
    "CY IL AE SA QA KW OM EG MA DZ TN KE NG GH ZA IN PK SG TH VN PH JP KR CN AU NZ MX BR AR UZ KZ"
).split()

CYRILLIC = dict(zip(
    "абвгдежзийклмнопрстуфхцчшщъьюяєіїґыэёѓќљњџѕј",
    "a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch a  yu ya ye i yi g y e yo gj kj lj nj dzh dz j".split(" "),
    strict=True,
))  # fmt: skip
GREEK = dict(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰ",
    "a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o i i y y".split(),
    strict=True,
))  # fmt: skip


def transliterate(text: str, table: dict[str, str]) -> str:
    if table is GREEK:  # the digraphs ELOT 743 writes as one sound
        for pair, latin in (("ου", "ou"), ("Ου", "Ou"), ("αυ", "av"), ("ευ", "ev"), ("μπ", "b"), ("Μπ", "B")):
            text = text.replace(pair, latin)
    out = []
    for c in text:
        low = c.lower()
        if low in table:
            t = table[low]
            out.append(t.capitalize() if c != low else t)
        else:
            out.append(c)
    return "".join(out)


@cache
def _faker(locale: str):
    import warnings

    from faker import Faker

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Faker(locale)


def ascii_fold(text: str) -> str:
    table = {"ß": "ss", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th", "'": ""}
    text = "".join(table.get(c, c) for c in text.lower())
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (1 if i % 2 else 2)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def mod97_check(body: str, country: str) -> str:
    moved = body + country + "00"
    return f"{98 - int(''.join(str(int(c, 36)) for c in moved)) % 97:02d}"


# BBAN layouts from the SWIFT IBAN registry: n digits, a capitals, c alphanumerics. Each token is one field
# of the national account number (bank, branch, account, national check), which one rendering groups by.
BBAN = {
    "AL": "8n16c", "AT": "5n11n", "BA": "3n3n8n2n", "BE": "3n7n2n", "BG": "4a4n2n8c", "BY": "4c4n16c",
    "CH": "5n12c", "CY": "3n5n16c", "CZ": "4n6n10n", "DE": "8n10n", "DK": "4n9n1n", "EE": "2n14n",
    "ES": "4n4n1n1n10n", "FI": "3n11n", "FO": "4n9n1n", "FR": "5n5n11c2n", "GB": "4a6n8n", "GL": "4n9n1n",
    "GR": "3n4n16c", "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IQ": "4a3n12n", "IS": "4n2n6n10n",
    "IT": "1a5n5n12c", "LB": "4n20c", "LI": "5n12c", "LT": "5n11n", "LU": "3n13c", "LV": "4a13c", "MK": "3n10c2n",
    "NL": "4a10n", "NO": "4n6n1n", "PL": "8n16n", "PS": "4a21c", "PT": "4n4n11n2n", "RO": "4a16c",
    "RS": "3n13n2n", "SA": "2n18c", "SC": "4a2n2n16n3a", "SE": "3n16n1n", "SI": "5n8n2n", "SK": "4n6n10n",
    "TR": "5n1n16c", "UA": "6n19c", "VG": "4a16n", "XK": "4n10n2n", "TL": "3n14n2n", "MT": "4a5n18c",
    "KZ": "3n13c", "AE": "3n16n", "EG": "4n4n17n", "GE": "2a16n", "AZ": "4a20c", "JO": "4a4n18c",
}  # fmt: skip

MAIL_HOSTS = ("inbox.lv", "one.lt", "hot.ee", "mail.bg", "yandex.ru", "ukr.net", "otenet.gr", "yahoo.com.tr",
              "windowslive.com", "pt.lu", "simnet.is", "skynet.be", "proton.me", "icloud.com", "fastmail.com",
              "zoho.com", "yahoo.co.jp", "qq.com", "gmx.net", "posteo.de", "hey.com", "live.co.za",
              "safaricom.co.ke", "ymail.com", "outlook.com", "mail.ru", "seznam.cz")  # fmt: skip
WORK_HOSTS = ("baltic-clearing.lv", "vaduz-treuhand.li", "kestrel-freight.com", "rigel-assurance.be",
              "northgate-hospital.org", "almaty-pay.kz", "ostrander-law.com", "mercator-bank.lu",
              "sagebrush-health.org", "tallgrass-hr.com", "halcyon-lettings.co.uk", "lumio-events.com",
              "parcelwise.io", "orbis-lab.eu", "kilimanjaro-logistics.co.ke")  # fmt: skip

MONTHS_EN = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS_LOCAL = {
    "LV": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī".split(),
    "LT": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "EE": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "TR": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "IS": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split(),
    "ES": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
    "UZ": "yanvar fevral mart aprel may iyun iyul avgust sentyabr oktyabr noyabr dekabr".split(),
}  # fmt: skip


def _parse(text: str, region: str):
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


class Values:
    """Personal values for one document of one locale, drawn from one `random.Random`."""

    def __init__(self, r: random.Random, locale: str) -> None:
        self.r, self.locale, self.loc = r, locale, LOCALES[locale]
        self.fk = _faker(self.loc.faker)
        self.fk.seed_instance(r.getrandbits(32))

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def m(self, mask: str) -> str:
        """# a digit, ^ a digit 1-9, @ a capital letter; anything else as written."""
        out = []
        for c in mask:
            out.append(self.pick(DIGITS) if c == "#" else self.pick("123456789") if c == "^"
                       else self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c)  # fmt: skip
        return "".join(out)

    # -- people ---------------------------------------------------------------------------------
    def _raw(self) -> tuple[str, str]:
        fk, script = self.fk, self.loc.script
        for _ in range(30):
            if script == "roman":
                given, family = fk.first_romanized_name(), fk.last_romanized_name()
            elif self.loc.country == "US":
                given = fk.first_name()
                other = _faker(self.pick(US_SURNAME_LOCALES))
                other.seed_instance(self.r.getrandbits(32))
                family = other.last_name()
            else:
                given, family = fk.first_name(), fk.last_name()
            if self.loc.given:
                other = _faker(self.loc.given)
                other.seed_instance(self.r.getrandbits(32))
                given = other.first_name()
            given, family = given.strip(), family.strip()
            if script == "cyrillic":
                given, family = transliterate(given, CYRILLIC), transliterate(family, CYRILLIC)
            elif script == "greek":
                given, family = transliterate(given, GREEK), transliterate(family, GREEK)
            if not given or not family or re.search(r"[\d.,]", given + family):
                continue
            if script == "native" or all(
                unicodedata.category(c)[0] == "L" or c in " '-" for c in given + family
            ):
                return given, family
        raise RuntimeError(f"no usable name for {self.locale}")

    def person(self) -> tuple[str, str, str]:
        """(given, family, full name as written): sometimes a double surname, a particle or initials."""
        r, loc = self.r, self.loc
        given, family = self._raw()
        latin = loc.script != "native"
        roll = r.random()
        if latin and loc.order == "given" and roll < 0.12:
            family = f"{family}-{self._raw()[1]}"
        elif loc.particles and roll < 0.25:
            family = f"{self.pick(loc.particles)} {family}"
        if latin and loc.order == "given" and r.random() < 0.1:
            second = self._raw()[0]
            given = r.choice((f"{given[0]}.", f"{given[0]}. {second[0]}.", f"{given} {second[0]}."))
        full = f"{family} {given}" if loc.order == "family" else f"{given} {family}"
        if latin and r.random() < 0.08:
            full = f"{family.upper()} {given}"
        return given, family, full

    def name(self) -> str:
        return self.person()[2]

    def latin(self, text: str) -> str:
        """`text` in Latin letters where this module knows how (Cyrillic), as SEPA and e-mail need."""
        return transliterate(text, CYRILLIC)

    def handle(self, given: str, family: str) -> str:
        given, family = self.latin(given), self.latin(family)
        g = re.sub(r"[^a-z]", "", ascii_fold(given.split()[0])) if given else ""
        f = re.sub(r"[^a-z]", "", ascii_fold(family.split("-")[0].split()[-1])) if family else ""
        if len(g) < 2 or len(f) < 2:
            en = _faker("en_GB")
            en.seed_instance(self.r.getrandbits(32))
            g, f = ascii_fold(en.first_name()), ascii_fold(en.last_name())
        y = self.r.randint(60, 99)
        return self.r.choice((f"{g}.{f}", f"{g[0]}{f}{y}", f"{f}.{g[0]}", f"{g}_{f}{y}", f"{f}{g}",
                              f"{g}{f[:1]}{y}", f"{g}.{f}.{self.r.randint(1, 9)}"))  # fmt: skip

    def email(self, given: str = "", family: str = "", work: bool = False) -> str:
        local = self.handle(given, family)
        if work:
            return f"{local}@{self.pick(WORK_HOSTS)}"
        return f"{local}@{self.pick(MAIL_HOSTS)}"

    # -- places ---------------------------------------------------------------------------------
    def street(self) -> str:
        loc, r = self.loc, self.r
        return loc.street.format(s=self.pick(loc.streets), no=str(r.choice((r.randint(1, 40), r.randint(1, 240)))),
                                 u=str(r.randint(1, 19)), d=self.pick(loc.districts))  # fmt: skip

    def place(self) -> str:
        loc = self.loc
        city, mask = self.pick(loc.places)
        return loc.place.format(city=city, post=self.m(mask), d=self.pick(loc.districts)).strip(" ,")

    def address(self, sep: str = ", ") -> str:
        return f"{self.street()}{sep}{self.place()}"

    def city(self) -> str:
        return self.pick(self.loc.places)[0]

    # -- phones ---------------------------------------------------------------------------------
    def phone(self, region: str | None = None, intl: bool | None = None, ext: bool | None = None) -> str:
        """A valid number of `region` (the locale's by default), written in one of several renderings that
        `phonenumbers` reads back, in the locale's country, as the very same number."""
        region = region or self.loc.country
        home = region == self.loc.country
        intl = (not home or self.r.random() < 0.45) if intl is None else intl
        ext = self.r.random() < 0.08 if ext is None else ext
        kinds = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE)
        for _ in range(400):
            example = phonenumbers.example_number_for_type(region, self.r.choice(kinds))
            if example is None:
                continue
            nsn = str(example.national_number)
            keep = self.r.randint(1, min(3, len(nsn) - 4))
            nsn = nsn[:keep] + "".join(self.pick(DIGITS) for _ in nsn[keep:])
            number = phonenumbers.parse("+" + str(example.country_code) + nsn)
            if not phonenumbers.is_valid_number(number):
                continue
            text = self._render(number, intl)
            if ext:
                number.extension = str(self.r.randint(10, 999))
                labels = {"RU": (" доб. ",), "UA": (" доб. ",), "BG": (" доб. ",), "MK": (" доб. ",),
                          "ES": (" ext. ", " anexo "), "US": (" ext ", ", ext. ")}  # fmt: skip
                text += (
                    self.r.choice(labels.get(self.loc.country, (" ext ", ", ext. ", " int. ")))
                    + number.extension
                )
            back = _parse(text, self.loc.country)
            if (
                back is not None
                and (back.country_code, back.national_number, back.extension or None)
                == (number.country_code, number.national_number, number.extension or None)
                and phonenumbers.is_valid_number(back)
            ):
                return text
        raise RuntimeError(f"no valid phone number for {region}")

    def _render(self, number, intl: bool) -> str:
        r = self.r
        cc, nsn = str(number.country_code), phonenumbers.national_significant_number(number)
        if intl:
            style = r.randrange(6)
            if style == 0:
                return phonenumbers.format_number(number, PhoneNumberFormat.E164)
            if style == 1:
                return f"+{cc}.{nsn}"  # how domain registries (WHOIS, EPP) write numbers
            if style == 2:
                return phonenumbers.format_number(number, PhoneNumberFormat.RFC3966).removeprefix("tel:")
            if style == 3 and self.loc.country not in ("US", "CA"):
                rest = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL).split(" ", 1)
                return f"00 {cc} {rest[1]}" if len(rest) == 2 else f"00 {cc} {nsn}"
            return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        style = r.randrange(5)
        if style == 0 and "(" not in national:
            return re.sub(r"[ -]", ".", national)
        if style == 1:
            return re.sub(r"[^\d]", "", national) if not national.startswith("(") else national
        if style == 2 and "(" not in national:
            return re.sub(r" ", "-", national)
        return national

    # -- money ----------------------------------------------------------------------------------
    def card(self) -> tuple[str, str]:
        """(brand, number as written): a valid Luhn digit, 12-19 digits."""
        r = self.r
        brand, prefix, length = r.choice((
            ("Visa", "4", 16), ("Visa", "4", 16), ("Visa", "4", 13), ("Visa", "4", 19), ("Visa Electron", "4026", 16),
            ("Mastercard", str(r.randint(51, 55)), 16), ("Mastercard", str(r.randint(2221, 2720)), 16),
            ("American Express", r.choice(("34", "37")), 15), ("Diners Club", r.choice(("36", "300", "305")), 14),
            ("Discover", r.choice(("6011", "65", "646")), 16), ("Discover", "6011", 19),
            ("JCB", str(r.randint(3528, 3589)), 16), ("JCB", str(r.randint(3528, 3589)), 19),
            ("UnionPay", "62" + str(r.randint(10, 88)), 16), ("UnionPay", "62" + str(r.randint(10, 88)), 19),
            ("Maestro", r.choice(("5018", "5020", "6759")), 12), ("Maestro", "6761", 13), ("Maestro", "5893", 18),
            ("Mir", str(r.randint(2200, 2204)), 16), ("RuPay", r.choice(("6521", "6522", "508")), 16),
            ("Troy", "9792", 16), ("Verve", "5061", 19), ("Elo", r.choice(("4011", "5067", "6363")), 16),
            ("Hipercard", "6062", 16), ("Dankort", "5019", 16), ("BC Card", "9400", 16), ("UATP", "1", 15),
            ("Bancontact", "6703", 17), ("Interac", "4506", 18),
        ))  # fmt: skip
        body = prefix + "".join(self.pick(DIGITS) for _ in range(length - len(prefix) - 1))
        digits = body + luhn_digit(body)
        groupings = {
            12: ((4, 4, 4), (6, 6)), 13: ((4, 3, 3, 3), (4, 4, 5)), 14: ((4, 6, 4), (4, 4, 4, 2)),
            15: ((4, 6, 5), (4, 4, 4, 3)), 16: ((4, 4, 4, 4), (4, 4, 4, 4), (8, 8)), 17: ((4, 4, 4, 5), (6, 11)),
            18: ((6, 12), (4, 4, 4, 4, 2)), 19: ((4, 4, 4, 4, 3), (6, 13)),
        }  # fmt: skip
        sizes = r.choice(groupings[length])
        parts, at = [], 0
        for s in sizes:
            parts.append(digits[at : at + s])
            at += s
        sep = r.choice((" ", " ", "-", "", "\u202f", "\u2013", " "))
        return brand, sep.join(parts)

    def iban(self, country: str | None = None) -> str:
        r = self.r
        country = country or (self.loc.country if self.loc.country in BBAN and r.random() < 0.55
                              else r.choice(sorted(BBAN)))  # fmt: skip
        fields = []
        for count, kind in re.findall(r"(\d+)([nac])", BBAN[country]):
            pool = DIGITS if kind == "n" else UPPER if kind == "a" else DIGITS + UPPER
            fields.append("".join(self.pick(pool) for _ in range(int(count))))
        body = "".join(fields)
        compact = country + mod97_check(body, country) + body
        style = r.randrange(6)
        if style in (0, 1):
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        if style == 2:
            return compact
        if style == 3:  # grouped by the national account's own fields, as domestic forms print it
            return " ".join([compact[:4], *fields])
        if style == 4:
            return "\u202f".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return (
            f"{compact[:2]} {compact[2:4]} {' '.join(compact[i : i + 4] for i in range(4, len(compact), 4))}"
        )

    def bic(self, country: str | None = None) -> str:
        r = self.r
        country = country or (self.loc.country if r.random() < 0.6 else r.choice(FOREIGN))
        bank = "".join(self.pick("ABCDEFGHIKLMNOPRSTUVWZ") for _ in range(4))
        where = self.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + self.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        branch = r.choice(("", "", "XXX", self.m("###"), "".join(self.pick(UPPER) for _ in range(3))))
        return bank + country + where + branch

    # -- national identifiers ------------------------------------------------------------------------
    def ssn(self) -> str:
        r = self.r
        area = r.choice((r.randint(1, 665), r.randint(667, 899)))
        group, serial = r.randint(1, 99), r.randint(1, 9999)
        sep = r.choice(("-", "-", "-", "\u2013", " ", ""))
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def licence(self) -> tuple[str, str]:
        """(issuing authority, number) in a layout that authority uses."""
        r, m = self.r, self.m
        c = self.loc.country
        if c == "US":
            return r.choice((
                ("California", m("@#######")), ("Florida", m("@###-###-##-###-#")),
                ("Illinois", m("@###-####-####")), ("New York", m("### ### ###")), ("Texas", m("########")),
                ("Pennsylvania", m("## ### ###")), ("Michigan", m("@ ### ### ### ###")), ("Ohio", m("@@######")),
                ("Washington", "WDL" + m("@@#@@##@@")), ("Virginia", m("@##-##-####")),
                ("Arizona", m("@########")), ("Colorado", m("##-###-####")),
            ))  # fmt: skip
        table = {
            "LV": ("CSDD", "@@######"), "LT": ("Regitra", "########"), "EE": ("Transpordiamet", "@@######"),
            "BG": ("МВР", "#########"), "MK": ("МВР", "@#######"), "TR": ("Emniyet", "######"),
            "IR": ("راهور", "##########"), "SA": ("المرور", "##########"), "PS": ("وزارة النقل", "#######"),
            "DZ": ("Wilaya", "## #####"), "LI": ("MFK", "FL ######"), "LU": ("SNCA", "######"),
            "BE": ("SPF Mobilité", "##########"), "IS": ("Samgöngustofa", "#########"),
            "KE": ("NTSA", "DL-#######"), "NG": ("FRSC", "@@@#####@@##"), "PK": ("DLIMS", "LHR-#####-##"),
            "TH": ("DLT", "########"), "ES": ("DGT", "########@"), "IE": ("NDLS", "#########"),
            "UZ": ("YHXX", "@@ #######"), "ZA": ("DLTC", "####@@@@@@#@"), "GH": ("DVLA", "@@@-########-#####"),
            "RU": ("GIBDD", "## ## ######"), "UA": ("HSC MVS", "@@@ ######"), "GR": ("Ypourgeio Metaforon", "#########"),
            "CN": ("车管所", "############"), "JP": ("公安委員会", "#### #### ####"),
        }  # fmt: skip
        authority, mask = table[c]
        return authority, m(mask)

    def mrn(self) -> str:
        m = self.m
        return self.pick((
            m("@@@-00#####"), m("@@#######"), m("#### #### ##"), m("U0######"), m("##/0#####"),
            m("00000#####"), m("P-20##-######"), m("#######-#"), m("@######@"), m("HN ## ## ###"),
            m("K#-###-####"), m("##########"),
        ))  # fmt: skip

    # -- dates of birth -------------------------------------------------------------------------------
    def dob(self, style: str | None = None, young: bool = False) -> str:
        """A date of birth of an adult (of a child when `young`) written in one of the styles below."""
        r = self.r
        y, mo, d = (
            r.randint(2009, 2021) if young else r.randint(1932, 2006),
            r.randint(1, 12),
            r.randint(1, 28),
        )
        c = self.loc.country
        styles = [
            "weekday",
            "weekday_short",
            "abbr_dmy",
            "dot_dmy_short",
            "iso",
            "dmy_dot",
            "iso_slash",
        ]
        if c in MONTHS_LOCAL:
            styles += ["local", "local", "local"]
        if c == "US":
            styles = ["abbr_mdy", "us_slash", "us_slash", "weekday_us", "iso", "us_dash_short"]
        style = style or r.choice(styles)
        if young and style in ("dot_dmy_short", "us_dash_short"):  # a two-digit year would read as 19xx
            style = "us_slash" if c == "US" else "abbr_dmy"
        name, wd = MONTHS_EN[mo - 1], WEEKDAYS[date(y, mo, d).weekday()]
        if style == "weekday":
            return f"{wd}, {d} {name} {y}"
        if style == "weekday_us":
            return f"{wd}, {name} {d}, {y}"
        if style == "weekday_short":
            return f"{wd[:3]} {d:02d} {name[:3]} {y}"
        if style == "abbr_dmy":
            return f"{d} {name[:3]} {y}"
        if style == "abbr_mdy":
            return f"{name[:3]}. {d}, {y}" if name[:3] != name else f"{name} {d}, {y}"
        if style == "dot_dmy_short":
            return f"{d:02d}.{mo:02d}.{y % 100:02d}"
        if style == "dmy_dot":
            return f"{d}.{mo}.{y}"
        if style == "iso_midnight":
            return f"{y}-{mo:02d}-{d:02d}T00:00:00"
        if style == "iso_slash":
            return f"{y}/{mo}/{d}"
        if style == "us_slash":
            return f"{mo:02d}/{d:02d}/{y}"
        if style == "us_dash_short":
            return f"{mo}-{d}-{y % 100:02d}"
        if style == "iso":
            return f"{y}-{mo:02d}-{d:02d}"
        if style == "local":
            word = MONTHS_LOCAL[c][mo - 1]
            return {
                "LV": f"{y}. gada {d}. {word}",
                "LT": f"{y} m. {word} {d} d.",
                "EE": f"{d}. {word} {y}",
                "TR": f"{d:02d} {word} {y}",
                "IS": f"{d}. {word} {y}",
                "ES": f"{d} {'d’' if word[0] in 'ao' else 'de '}{word} de {y}",
                "UZ": f"{y}-yil {d}-{word}",
            }[c]
        raise ValueError(style)

    # -- network --------------------------------------------------------------------------------------
    def ipv4(self) -> str:
        while True:
            ip = ipaddress.IPv4Address(self.r.getrandbits(32))
            if ip.is_global and not ip.is_multicast:
                return str(ip)

    def ipv6(self) -> str:
        r = self.r
        head = [
            r.choice((0x2A02, 0x2A0D, 0x2001, 0x2C0F, 0x2400, 0x2A10)),
            r.getrandbits(16),
            r.getrandbits(16),
        ]
        rest = [r.getrandbits(16) if r.random() < 0.7 else 0 for _ in range(5)]
        ip = ipaddress.IPv6Address(":".join(f"{w:x}" for w in head + rest))
        return ip.exploded if r.random() < 0.25 else ip.compressed
