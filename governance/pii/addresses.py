"""Street addresses of many countries: a house number beside a street name, then postcode and city.

A street is found from its street-type word, in any of the forms countries use:
- before the name: "Rua do Arenque 1634", "ul. Kwiatowa 5", "12 Rue Abel Gance", "Calle Mayor, 7";
- after it, as a word: "221 Baker Street", "Petőfi utca 12", "Atatürk Caddesi No: 4";
- glued to it: "Brucker Bundesstrasse 31", "Storgatan 12", "Mannerheimintie 3", "Abbegasse 5".
The words come from Faker's address tables of every Latin-script locale (street prefixes and suffixes) and a
hand-written list of common abbreviations. A house number must sit before or after the street: the number is
what makes a street name an address. From there the address extends over a unit ("Apt 4B", "Wohnung 3"),
and on the same line after a comma or on the next line, over a postcode and a city ("75001 Paris",
"Boise, ID 83702", "London SW1A 1AA"). A line after an address label ("Address:", "lives at") that holds a
house number is an address too, whatever its words.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache
from itertools import chain

from presidio_analyzer import Pattern, RecognizerResult

from governance.pii.base import Recognizer, labelled_cells, word_trie
from governance.pii.names import CASELESS_LETTERS, LOWER, UPPER, is_english_word
from governance.pii.phones import PHONE_LABELS


def _script_letters(upper: bool) -> str:
    """Greek and Cyrillic letters of one case: streets and towns are written in them too ("ул. Садовая 5",
    "Στάμου Ιωάννη 36, 103 02 Κατερίνη")."""
    codes = [*range(0x370, 0x400), *range(0x400, 0x530)]
    return "".join(c for c in map(chr, codes) if c.isalpha() and (c.isupper() if upper else c.islower()))


UPPER += _script_letters(upper=True) + "Ə"
LOWER += _script_letters(upper=False) + "ə"  # Azerbaijani schwa ("Səfərli qəsəbəsi")

# Street types written as their own word, beyond Faker's tables (abbreviations, common forms).
OWN_TYPE_WORDS = (
    "Street St Str Avenue Ave Av Avda Road Rd Lane Ln Drive Dr Way Boulevard Blvd Bd Court Ct Place Pl Terrace "
    "Close Crescent Gardens Grove Square Sq Parkway Pkwy Highway Hwy Trail Circle Cir Row Mews Walk Parade "
    "Rue Chemin Allée Impasse Quai Cours Route Avenue Via Viale Piazza Corso Vicolo Largo Strada Calle Paseo Plaza "
    "Camino Carrer Carretera Ronda Travesía Rua Travessa Praça Alameda Estrada Rodovia Caddesi Cad Sokak Sokağı "
    "Sk Bulvarı Mahallesi tänav maantee Straße Strasse Gasse Weg Platz Allee Ring Damm Ufer Chaussee Steig Pfad "
    "gata gatan vägen väg vej gade stræde vei veien gate katu tie kuja polku straat laan gracht plein kade singel "
    "dreef utca út tér köz körút ulica ul aleja al plac pl Diag Blv Blvr Pje Pasaje Peatonal cesta trg ulice náměstí nám třída nábřeží trieda "
    "námestie Bulevardul Strada Aleea Calea Intrarea Soseaua Drumul Piazzale útja Calçada Largo Beco Rampa "
    "Prospekti Küçəsi küçəsi prospekti Аллея аллея "
    # Cyrillic and Greek street types, written out or cut short, and Kazakh ones after the name.
    "ул улица вул вулиця просп проспект пр-т пер переулок провулок бульв бульвар б-р шоссе наб набережная "
    "пл площадь площа тупик проезд ш шосе сквер узвіз көшесі даңғылы орамы тұйығы желекжолы шағын οδός Οδός Λεωφόρος Λεωφ "
    # The same written in Latin letters (Russian and Ukrainian transliterated), Latvian and Lithuanian streets
    # ("Brīvības iela 15", "Laisvės g. 22", Lithuania's "gatvė" cut short) and Uzbek ones ("Bobur ko'chasi").
    "vul vulytsia ulitsa prospekt prosp pereulok shosse iela gatvė g prospektas ko'chasi ko‘chasi kochasi "
    # Irish streets ("Bóthar na Trá"), Thai lanes written in Latin letters ("Soi Ekkamai 12"), Estonian
    # highways and avenues cut short ("Tartu mnt 9").
    "Bóthar Sráid Ascaill Soi mnt pst "
    # Papiamento's street ("Kaya Grandi 87").
    "Kaya"
).split()
# Glued endings: "Bundesstrasse", "Storgatan", "Mannerheimintie". Short ones only where nothing English ends so.
OWN_GLUED = (
    "straße strasse str gasse weg platz allee ring damm ufer chaussee steig pfad gata gatan vägen väg gränd vej "
    "gade stræde vei veien gate katu tie kuja polku straat laan gracht plein kade singel dreef steeg "
    # Dutch paths and dykes, North German fields and steps ("Watermolenpad", "Mühlenkamp", "Elbstieg").
    "pad dijk kamp stieg"
).split()
_SHORT_GLUED_OK = {"weg", "vej", "vei", "tie", "str", "pad"}
# Prefix tables of these locales are stems glued to a suffix ("Agricolan" + "katu"), not street types.
_GLUED_PREFIX_LOCALES = {"fi_FI", "sv_SE"}
# Labels of an address: nouns that name one may stand right before it ("residence 12 Rue X"); the others need
# a colon, "at" or "is" after them ("Home: 12 Rue X", "lives at 12 Rue X").
ADDRESS_NOUNS = [
    "address",
    "addr",
    "residence",
    "domicile",
    "adresse",
    "anschrift",
    "dirección",
    "direccion",
    "endereço",
    "indirizzo",
    "adres",
    "osoite",
    "cím",
    "adresă",
    "domiciliu",
    "alamat",
    "адрес",
    "διεύθυνση",
    # Scripts without case ("العنوان:", "पता:", "ঠিকানা:", "地址:", "住所:", "주소:", "כתובת:", "نشانی:").
    "العنوان",
    "पता",
    "ঠিকানা",
    "地址",
    "住所",
    "주소",
    "כתובת",
    "نشانی",
]
ADDRESS_PHRASES = [
    "resides at",
    "reside at",
    "residing at",
    "live at",
    "lives at",
    "living at",
    "lived at",
    "premises at",
    "located at",
    "ship to",
    "deliver to",
    "shipping to",
]
OTHER_LABELS = ["home", "mailing", "billing", "postal", "office", "residing", "moved to"]
# Labels of the postcode-and-town line of a form ("Postcode and town: 12092 Bitlis").
OTHER_LABELS += [
    "postcode",
    "post code",
    "zip",
    "plz",
    "code postal",
    "código postal",
    "postnummer",
    "postinumero",
]
CONNECTORS = (
    "de do da dos das del della delle degli dei di du des la le les los las el l' d' van von der den am an im zum "
    "zur y e of the upon on i na nad pod"
).split()


_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_COURT_BEFORE = re.compile(
    r"\b(?:District|Supreme|Appeals?|Circuit|High|County|Federal|Bankruptcy|Tax|Family|Magistrate|Superior|Claims|"
    r"Chancery|Crown|Probate|Juvenile|Municipal|Trial|Land|Labor|Labour)[ \t]+$"
)
COURT_OF_LAW = re.compile(_COURT_BEFORE.pattern.removesuffix("[ \\t]+$") + r"[ \t]+Court\b")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|by|from|until|of|during|after|before|the|to|and)[ \t]+$", re.IGNORECASE
)
# Street types that are English words too ("Spring", "Union", "Park") name a street only with the house number
# before them ("12 Spring Lane"), except these, which lead the name in other languages ("Via Roma 12").
LEADING_ENGLISH_TYPES = {
    "Via",
    "Diagonal",
    "Avenue",
    "Av",
    "Avda",
    "Boulevard",
    "Plaza",
    "Place",
    "Alameda",
    "Corso",
    "Largo",
    "Paseo",
    "Impasse",
    "Camino",
}
# French and Spanish types that English has borrowed ("impasse", "paseo"), also written in lower case before
# their name ("1369 impasse des Goyaviers").
BORROWED_TYPES = {
    "Impasse",
    "Paseo",
    "Allée",
    "Chemin",
    "Quai",
    "Cours",
    "Route",
    "Avenue",
    "Boulevard",
    "Place",
}
_GLUED_ARTICLE = re.compile(r"[ld]['’][A-ZÀ-Ý]")
# Faker's English suffixes that are mostly ordinary nouns in text ("21 CFR Part 117", "13 Top", "Union 2014").
NOT_STREET_TYPES = {
    *"Part Top Page Union Station Mission Island Islands Club Hospital Wall Well Wells Key Keys Light Lights".split(),
    *"Line Link Little Lower Upper Port Ports Pocket Point Points Range Reach Rest Retreat Ride Round Sound".split(),
    *"Stand Steps Strip Subway Summit Towers Track Triangle Turn View Views Village Villages Ville Common".split(),
    *"Corner Corners Course Cross Edge End Entrance Fall Falls Field Fields Follow Front Ground Land Lock".split(),
    *"Mall Magazine Mill Mills Neck Pass Plain Plains Quad Radial Ramp Rapid Rapids Reserve Mountain".split(),
    *"Mountains Lake Lakes River Forest Garden Center Centre Centers Estate Estates Harbor Haven Ranch".split(),
    *"Shore Shores Stream Spring Springs Tunnel Unions Vista Walk Walks Way Ways Break Brace Canyon".split(),
    *"Cape Camp Club Dale Dam Divide Elbow Extension Extensions Flat Flats Ford Fork Forks Formation".split(),
    *"Frontage Gap Gate Gates Glade Green Greens Haven Heights Hill Hills Hollow Inlet Junction Knoll".split(),
    *"Landing Lodge Manor Meadow Meadows Mount Oval Park Parks Pass Path Pike Pine Pines Plateau Prairie".split(),
    *"Quay Rise Ridge Run Shoal Spur Square Trace Trail Tor Valley Wade".split(),
    # A house number's "bis" and "ter" ("148 bis"), never a street.
    *"bis ter Bis Ter".split(),
}
# Abbreviations of English street types: English as much as the words they stand for.
ENGLISH_ABBREVIATIONS = {
    *"st str ave av rd dr ln ct pl blvd ter cir pkwy hwy trl sq bd cres gdns gr pde hts mt pk".split(),
}


def _english_type(word: str) -> bool:
    bare = word.rstrip(".")
    if bare == "g":
        return False  # Lithuania's "g." (gatvė), not the letter
    return bare.lower() in ENGLISH_ABBREVIATIONS or is_english_word(bare)


# Words between a street and its number ("Caddesi No: 4", "Via Roma n. 12").
NUMBER_WORDS = {"no", "nr", "nº", "n°", "n.º", "n", "num", "number", "#", "дом", "д", "d", "№", "бр"}


def _latin(word: str) -> bool:
    """Latin, Greek or Cyrillic letters: the scripts with capitals, where a street's name is told from the
    sentence around it as in Latin ("сквер Вокзальний", "ш. Прудное")."""
    return all(ord(c) < 0x250 or 0x370 <= ord(c) < 0x530 for c in word)


@cache
def street_words() -> tuple[frozenset[str], frozenset[str]]:
    """(type words, glued endings): Faker's street prefixes and suffixes of Latin-script locales and our own."""
    import faker.providers.address as address

    words = set(OWN_TYPE_WORDS) - NOT_STREET_TYPES
    glued = set(OWN_GLUED)
    for module in pkgutil.iter_modules(address.__path__):
        if not module.ispkg:
            continue
        provider = importlib.import_module(f"{address.__name__}.{module.name}").Provider
        for attr in dir(provider):
            values = getattr(provider, attr, None)
            if not isinstance(values, list | tuple) or not attr.startswith(
                ("street_prefix", "street_suffix")
            ):
                continue
            if attr.startswith("street_prefix") and module.name in _GLUED_PREFIX_LOCALES:
                continue
            for v in values:
                v = v.strip() if isinstance(v, str) else ""
                if not v or " " in v or "{" in v or not _latin(v) or len(v.rstrip(".")) < 2:
                    continue
                if v.rstrip(".") not in NOT_STREET_TYPES:
                    words.add(v.rstrip("."))
                if v[0].islower() and len(v) >= 4 and v.isalpha():
                    glued.add(v)
    glued = {g for g in glued if len(g) >= 4 or g in _SHORT_GLUED_OK}
    return frozenset(words), frozenset(glued)


# A house number, its letter, and a door or stair after a slash ("34/2", "52b/Top 2", Austria's "/Stiege 3").
NUMBER = (
    # A letter after it, or France's and Spain's "bis" and "ter" ("877bis").
    r"\d{1,5}(?:(?:[ ]?bis|[ ]?ter|[a-zA-Z])(?![\w]))?"
    # A building and a flat after a slash ("99/2-19"), or a part after a dash ("47-10", "12-B").
    r"(?:/(?:\d{1,4}[a-zA-Z]?(?:-\d{1,4}(?![\w/]))?|[A-Z](?![\w]))|-(?:\d{1,4}[a-zA-Z]?|[A-Z](?![\w])))?"
    r"(?:/(?:Top|Stiege|Tür|St\.)[ ]?\d{1,4})?"
)
# A postcode: country prefixes ("H-7935", "DK-1548", "CH 6538", "C.P. 73492", "CEP 72407-456", "AZ3541"), the digit
# forms of most countries, UK, Canadian and Irish (Eircode "N52 K7B7") forms.
POSTCODE = (
    r"(?:\d{4}[ ]?[A-Z]{2}(?![\w])|(?:[A-Z]{1,2}-|CH[ ]|C\.P\.[ ]?|CEP[ ]|AZ[ ]?|Τ\.?Κ\.?[ ])?\d{4,5}(?:-\d{3,4})?|\d{4}(?:[ ]?[A-Z]{2}(?![\w]))?|\d{2}-\d{3}|\d{3}[ ]\d{2}|\d{3}-\d{3}|\d{6}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]\d{2}[ ][A-Z\d]{4}(?![\w])"
    # The British overseas territories' one postcode each ("TKCA 1ZZ", "FIQQ 1ZZ").
    r"|[A-Z]{4}[ ]1ZZ|\d{3})"
)
UK_CA_POSTCODE = (
    r"[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|[A-Z]\d{2}[ ][A-Z\d]{4}(?![\w])"
)
# A capitalised word, up to 40 letters more, a town of up to eight words: bounded so that a hostile run
# ("A-A-A-...", thousands of capitalised words) is not rescanned from each of its words.
_CAP = rf"[{UPPER}][{UPPER}{LOWER}'’.-]{{0,40}}"
# A town may carry its Cyrillic abbreviation for "town" or "village" ("г. Амурск", "с. Лука").
_TOWN = r"(?:[гмсп]\.[ ]?)?"
CITY = rf"{_TOWN}{_CAP}(?:[ -](?:{_CAP}|[{LOWER}]{{1,3}}(?=[ -][{UPPER}]))){{0,7}}?(?:[ -]{_CAP})?"
# After a postcode the town runs to its last capitalised word ("8014 Ried im Innkreis"), not past a full stop
# ("Kubín. SSN on file") other than an abbreviation's ("St. Gallen").
_TOWN_WORD = rf"(?:[{UPPER}][{LOWER}]{{0,2}}\.|[{UPPER}][{UPPER}{LOWER}'’-]{{0,40}})"
CITY_AFTER_POSTCODE = (
    rf"{_TOWN}{_TOWN_WORD}(?:[ -](?:{_TOWN_WORD}|[{LOWER}]{{1,3}}(?=[ -][{UPPER}]))){{0,7}}"
    # Turkey's district and province ("Kadıköy/İstanbul").
    rf"(?:/[{UPPER}][{LOWER}]+)?"
)
# A state or province by its abbreviation: two or three capitals, Mexico's up to five ("CHIH", "TAMPS").
STATE = r"[A-Z]{2,5}"
UNIT = (
    r"(?:,?[ ]{0,2}(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Wohnung|Whg|Etage|Top|Stiege|piso|Piso|"
    r"Dpto|Depto|Apto|bloco|Bloco|andar|lok|m|No|Nr|nº|n\.?º?|#|bus|boîte|кв|буд|корп|стр|оф|ev|mənzil|"
    # Romania's block, stair, floor and flat ("Bl. 51 Sc. 12 Et. 3 Ap. 683"), Italy's floor and stair, a
    # Spanish-speaking interior, building or office.
    r"Bl|Sc|Et|Ap|Piano|Scala|Int|Interior|Edif|Oficina|Of|Appartamento|Puerta|Pta|Local|Dto|Departamento|"
    # A flat in transliterated Russian and Ukrainian ("kv. 14"), Icelandic ("íbúð 2"), a Bulgarian floor ("ет. 3").
    r"kv|íbúð|ет|вх|ап|et|Daire|daire)(?![^\W\d_])\.?[ ]?[\w/-]{1,6}"
    # Uzbek house and flat after their numbers ("181-uy, 6-xonadon").
    r"|,[ ]\d{1,4}-(?:uy|xonadon)(?![\w])"
    # A Catalan floor and door ("4r 2a", "1r 1a").
    r"|,[ ]\d{1,2}(?:r|n|t|è)[ ]\d{1,2}a(?![\w])"
    r"|[ ],[ ](?:Depto|Dpto|Apto|Piso)\.?[ ]?[\w/-]{1,6}"
    # A Danish floor ("6. sal", "2. th", "st. th."), a Finnish stair and flat ("30 A 4"), a Hungarian floor
    # ("11. em."), a Spanish one ("4º").
    r"|,?[ ](?:\d{1,2}\.|st\.)[ ]?(?:sal|th|tv|mf)\b\.?|[ ][A-Z][ ]\d{1,4}(?![\w])|\.?[ ]\d{1,2}\.[ ]em\."
    r"|,[ ]\d{1,2}º(?:[ ]?[A-Z](?![\w]))?)"
)
_PO_BOX = r"(?:P\.?[ ]?O\.?[ ]?Box|PO[ ]Box|Postfach|Apartado|Caixa[ ]Postal)"
# After a street, Chile's and Israel's seven digits are a postcode too ("Avenida Alemania 34\n4780126 Temuco").
TAIL_POSTCODE = POSTCODE.removesuffix("|\\d{3}") + "|\\d{7}"
_TAIL = re.compile(
    rf"\.?(?:{UNIT}){{0,4}}(?:(?:[,;][ \t]*|[ \t]*\n[ \t]*|[ \t]+-[ \t]+|[ \t]+)"
    # The postcode and town, on one line or the town on the next ("6571LF\nGronsveld"), Brazil's state after
    # a slash ("17609-963 Cavalcanti de Goiás / SC").
    rf"(?:(?P<pc1>{TAIL_POSTCODE})(?:,?[ \t]+|[ \t]*\n[ \t]*)(?P<c1>{CITY_AFTER_POSTCODE})(?:[ \t]+/[ \t]+[A-Z]{{2}}\b)?"
    rf"|(?P<c2>{CITY})(?:,?[ \t]+|[ \t]+-[ \t]+)(?:(?P<pc3>{TAIL_POSTCODE})(?![\w])"
    rf"(?:[ \t]+{CITY_AFTER_POSTCODE}[ \t]+/[ \t]+[A-Z]{{2}}\b)?|(?P<st>{STATE})(?:,?[ \t]+(?P<pc2>{TAIL_POSTCODE}))?)"
    # A town and its area or province, each after a comma, ending the line ("Mendefera, Zoba Debub"), or
    # before a postcode that ends it ("Morningside, Pietermaritzburg, 3290").
    # Not a field's label on the next line ("kv. 40\n  Тел.: 8(301)...").
    rf"|(?P<c3>{CITY}(?:,[ \t]*(?!{_PO_BOX}){CITY}){{0,2}})(?!\.?[ \t]*:)(?=[ \t]*(?:[.;)\n|]|,[ \t]*\n|$|,?[ \t]*{_PO_BOX}"
    rf"|,?[ \t]+(?:{TAIL_POSTCODE})[ \t]*(?:[.;)\n|]|$)))))?"
    rf"(?:,?[ \t]+(?P<pc4>{TAIL_POSTCODE})(?![\w-]))?"
    # A post-office box after the town, where streets have no postcode ("Dubai, P.O. Box 26032").
    rf"(?:,?[ \t]*{_PO_BOX}[ \t]?\d{{1,7}}(?![\w-]))?"
    # A province after the town: Italy's "(RM)", Spain's "(Málaga)", Mexico's ", Gto.".
    rf"(?:[ \t]+\([{UPPER}][{UPPER}{LOWER} ]{{1,20}}\)|,[ \t]+[{UPPER}][{LOWER}]{{1,3}}\.)?",
)
# A street name ending on an initial ("ул. Каретный М.", "Molchanovka B."): its full stop belongs to it.
_INITIAL_END = re.compile(rf"(?<![{UPPER}{LOWER}])[{UPPER}]\.$")
_WORD = re.compile(rf"[{UPPER}{LOWER}][{UPPER}{LOWER}'’.-]*|\d+[a-zA-Z]?")
_NUMBER_AFTER = re.compile(
    rf"(?:,?[ \t]*(?:(?i:No|Nr|n\.?º|n°|n|#|дом|д|d|бр|буд|ev)\.?:?[ \t]*|№[ \t]*|b\.[ \t]*)?)(?P<n>{NUMBER}|S/N)"
    r"(?:-uy(?![\w]))?(?![\w/-]|[.,]\d)"
)
_NAME_PAIR_BEFORE = re.compile(rf"(?<![\w'’.-])([{UPPER}][{LOWER}'’-]+)[ \t]+([{LOWER}]{{3,}})[ \t]+$")
_FOREIGN_NUMBER_WORD = re.compile(r"(?i)(?<![\w])(?:nr|n[º°]|br)(?![\w])")
_NUMBER_COMMA_BEFORE = re.compile(rf"(?<![\w.,/:-]){NUMBER},[ \t]+$")
_NUMBER_BEFORE = re.compile(rf"(?<![\w.,/:-])(?P<n>{NUMBER}),?[ \t]+$")


# Street types that are English nouns too ("Walk", "Trail", "Way"), counted only where an address stands on
# its own: the house number opening its line, a field after its label or a bracket, one to three capitalised
# words, the type, and the field's end ("FROM: 93 Pelican Walk, Box 26", "residence (217 Pelican Walk)").
_QUIET_TYPES = (
    "Way Walk Trail Path Ridge Run Hill Hills Heights Meadow Meadows Green Park Rise Quay Gate Landing Trace "
    "View Vista Point Grove Crossing Loop Bend Cove Glen Hollow Knoll Manor Pike Spur Valley Mill Shore Pines"
).split()
_QUIET_STREET = re.compile(
    rf"(?:^|(?<=[\n:(]))[ \t]*(?P<street>{NUMBER}[ \t]+[{UPPER}][{LOWER}]{{1,20}}(?:[ ][{UPPER}][{LOWER}]{{1,20}}){{0,2}}"
    rf"[ ](?:{'|'.join(_QUIET_TYPES)}))(?=[ \t]*(?:[,)]|\n|$))"
)

# German streets named by a preposition and a place, no type word ("Am Fischerhafen 12", "An der Kirche 3",
# "Im Winkel 4"), the number ending the field; a year after "Im Jahr" is no house.
_PREPOSITION_STREET = re.compile(
    rf"(?<![\w])(?P<street>(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Hinter der|Unter den|Vor dem)"
    rf"[ ][{UPPER}][{LOWER}]{{2,30}}(?:[ -][{UPPER}][{LOWER}]{{2,30}})?[ ](?!(?:1[89]|20)\d{{2}}(?![\w-])){NUMBER})"
    r"(?=[ \t]*(?:[,)]|\n|$))"
)


@cache
def _anchor() -> re.Pattern:
    words, glued = street_words()
    # English street words only as written ("Street", "St"); other languages' also in lower or title case.
    foreign = {w for w in words if not _english_type(w)} | (BORROWED_TYPES & words)
    typed = word_trie(sorted(words | {w.lower() for w in foreign} | {w.capitalize() for w in foreign}))
    endings = word_trie(sorted(glued))
    return re.compile(
        rf"(?<![\w'-])(?:(?P<type>{typed})\.?(?![\w'-])|(?P<glued>[{UPPER}][{UPPER}{LOWER}-]{{2,}}(?i:{endings}))\.?(?![\w'-]))"
    )


# A street of any words with its number, then a postcode and a city: "10 Ysta-Gerði, 816 Borg í Grímsnesi",
# "Komenského 5\n602 00 Brno". The postcode and city after it are what make the words a street.
# Capitalised words, connectors, and lower-case words after the first ("Jõeküla tee", "Dankó köz").
_STREET_WORDS = rf"{_CAP}(?:[ \t](?:{_CAP}|{'|'.join(CONNECTORS[:30])}|[{LOWER}]{{2,12}}(?=[ \t]\d))){{0,3}}"
# A US town, state and ZIP code after the street ("316 Cross Path\nBelle Glade MN 69832") make any words
# before them with a house number a street, English words included.
_STREET_NUMBER = rf"{NUMBER}(?:[ ][A-Z](?:[ ]\d{{1,4}})?(?![\w]))?"
_BEFORE_POSTCODE = re.compile(
    rf"(?<![\w,.])(?P<street>{NUMBER}[ \t]+{_STREET_WORDS}|{_STREET_WORDS}[ \t]+{_STREET_NUMBER})\.?(?:{UNIT})?"
    rf"(?:(?:[ \t]+-)?,[ \t]*|[ \t]*\n[ \t]*)"
    rf"(?:(?P<pc>{POSTCODE})[ \t]+{CITY_AFTER_POSTCODE}|(?P<pc_line>{POSTCODE})[ \t]*\n[ \t]*{CITY_AFTER_POSTCODE}|{CITY},?[ \t]+(?:[A-Z]{{2}}[ \t]+)?(?P<pc_after>{UK_CA_POSTCODE})"
    rf"|{CITY},?[ \t]+(?P<zip>[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?))"
    # Then the end of the line or the sentence, a bracket or a table's bar, the end of a quoted value or a
    # markup element ("</residence>"), or the sentence going on.
    r"(?=[ \t]*(?:[.,;)(|\n<\"']|$)|[ \t]+[a-z])"
)
# A house or plot number leading the address, as Pakistan, Ghana, Nigeria and Kenya write it: "House 22,
# Street 5, Johar Town, Karachi 75296", "House No. 12, Oxford Street, Tema, GT-144-2124", "Plot 4, Ring Road,
# Ikeja 100237", the road before it ("Ngong Road, House No. 56, Nakuru 20100"); then the areas and the town,
# each after a comma, and the postcode or Ghana's digital address.
_AREA_WORD = rf"(?:[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}]+)?|[A-Z]{{2,4}}|I{{1,3}})(?![\w-]|\.\w)"
_HOUSE_FIRST = re.compile(
    rf"(?:(?<![\w])[{UPPER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]+){{0,3}},[ ])?"
    rf"(?<![\w])(?:House(?:[ ]No\.?)?|Plot)[ ]\d{{1,5}}[A-Z]?,[ ]"
    rf"(?:Street[ ]\d{{1,4}}|{_AREA_WORD}(?:[ ]{_AREA_WORD}){{0,4}})"
    rf"(?:,[ ](?![A-Z]{{2}}-\d){_AREA_WORD}(?:[ ]{_AREA_WORD})*){{0,3}}"
    rf"(?:,?[ ](?:\d{{4,6}}|[A-Z]{{2}}-\d{{3}}-\d{{4}})(?![\w-]))?"
)
# The house's number first, as India, the Pacific and much of Africa write it: "No. 67, Janpath, Bhubaneswar
# 751023", "Lot 19a, Vuna Road, Nuku'alofa", "Section 25, Waigani Drive, Lae MP 411", "House 22, KG 11 Ave,
# Gasabo, Kigali". "No." also numbers exhibits and cases, so a street word or a postcode must be there too.
_NUMBER_FIRST = re.compile(
    rf"(?<![\w.])(?:No\.|NO\.|House|Lot|Section|Porte|Door)[ ]\d{{1,5}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)?,[ ]"
    rf"(?:[A-Z]{{2,4}}[ ]\d{{1,4}}[ ]{_AREA_WORD}|{_AREA_WORD}(?:[ -]{_AREA_WORD}){{0,4}})"
    rf"(?:,[ ](?![A-Z]{{2}}-\d){_AREA_WORD}(?:[ ]{_AREA_WORD}){{0,4}}){{0,3}}"
    rf"(?P<pc>,?[ ]\d{{3,6}}(?![\w-]))?"
)
# Japan's block, lot and house numbers in Latin letters ("8-17-8 Sakae, Kita-ku, Nagoya 460-5970"): the
# numbers, the quarter, the ward or town ("-ku", "-shi", "-cho"), the city and the postcode, on one line or
# several; the ward or the postcode must be there.
_JAPANESE_LATIN = re.compile(
    rf"(?<![\w.-])\d{{1,2}}-\d{{1,3}}-\d{{1,3}}[ ][{UPPER}][{LOWER}]+"
    rf"(?P<ward>(?:,[ ]|[ ]*\n[ ]*)[{UPPER}][{LOWER}]+-(?:ku|shi|cho|machi|gun))?"
    rf"(?P<pc>(?:,[ ]|[ ]*\n[ ]*)[{UPPER}][{LOWER}]+[ ]\d{{3}}-\d{{4}}(?![\w-]))?"
)
# A form's dotted leader ("Home ............. 12 Rue X") or a key's equals sign ('address = "12 Rue X"') after a
# label, in place of a colon.
_LEADER = r"[ \t]*\.{3,}|[ \t]*=[ \t]*\"?"
_LABEL = re.compile(
    # A label may carry a note in brackets on its own line ("OLD ADDRESS (redirect from)\n62B avenue ...").
    rf"(?:\b(?i:(?:{word_trie(ADDRESS_NOUNS)})\b(?:[^:\n\d=]{{0,15}}?(?::|\bat\b|\bis\b|{_LEADER})"
    rf"|[ \t]*\([^()\n]{{1,30}}\)(?=[ \t]*\n))?"
    rf"|(?:{word_trie(ADDRESS_PHRASES)})\b"
    rf"|(?:{word_trie(OTHER_LABELS)})\b[^:\n\d=]{{0,15}}?(?::|\bat\b|\bis\b|{_LEADER}))"
    # A markup element of an address: "<residence>", '<address type="home">'.
    rf"|<(?i:{word_trie(ADDRESS_NOUNS)}|street(?:_?address)?|streetAddress)(?:[ \t][^<>\n]*)?>"
    # A JSON field of an address: "line1": "Bogovićeva 4a", "street_address": "...".
    r'|"(?i:line_?[12]|street(?:_?address)?|(?:home|postal|mailing|residential|billing|shipping)?_?address'
    r'(?:_?line_?[12])?|residence|domicile)"[ \t]*:[ \t]*"'
    # An LDAP entry's postal attributes, their lines parted by "$" ("postalAddress: 12 Rue X$75001 Paris").
    r"|^(?:homePostalAddress|postalAddress|registeredAddress|street):[ \t]*)"
    # A form's label alone on its line, with a colon, heads the address on the next ("Residential Address:").
    rf"(?:(?<=[:)])[ \t]{{0,20}}\n)?[ \t]{{0,40}}(?=[\d{UPPER}{CASELESS_LETTERS}])",
    re.MULTILINE,
)
# A value ends at a mark, a sentence's end, a joining word, or a column gap (a tab or three spaces: the next
# field of a form laid out in columns, "Years at address: 4   Residential status: owner").
# A value that is another field's label: words and a colon.
_ANOTHER_LABEL = re.compile(r"[^\d:\n]{1,30}:")
_STOP = re.compile(
    r"[;\n(\"<\t]|[ ]{3}|\.(?=\s|$)(?<![A-Z][a-z]\.)(?<!\b[A-Z]\.)|,\s+(?=[a-z])|\s(?:or|and|tel|phone|call)\b"
)


# A labelled address names its street or town in words: a capitalised word, or two letters of a script
# without case ("شارع فلسطين", "मोहल्ला").
_WORDED = re.compile(rf"[{UPPER}][{LOWER}]|[{CASELESS_LETTERS}]{{2}}")


# A line that opens with a phone's label is another field, whatever number follows ("Phone 201.423.3984").
_PHONE_LINE = re.compile(rf"\n[ \t]*(?i:{word_trie(PHONE_LABELS)})\b")
# A further line of a labelled address block: short, no other field's label, no e-mail, no sentence's end;
# with a number (a house, a postcode) or a few words that are no English sentence (a street, a town).
_BLOCK_LINE = re.compile(r"\n[ \t]*(?P<line>[^\n:@.!?]{2,60}?)[ \t]*(?=\n|$)")
# English words of an address block's lines ("Zone 4, Street 697", "Building 105, Unit 1", "PO Box 12").
_BLOCK_WORDS = frozenset(
    "zone street road avenue lane building unit flat block house plot lot box po apartment floor no".split()
)
# What may follow an address block's last line: a blank line, the text's end, or another field's label (with a
# colon or a form's dotted leader).
BLOCK_END = re.compile(r"[ \t]*(?:\n[ \t]*\n|\n?\Z|\n[^\n:]{1,60}(?::|[ \t]*\.{3,}))")


def _block_below(text: str, end: int) -> int:
    """The end of a labelled address written over several lines ("العنوان: منزل 236، مربع 36\nشارع عبيد
    ختم\nالخرطوم بحري 13311"): up to three lines below the first, to a blank line or the text's end."""
    block_end = end
    for _ in range(3):
        m = _BLOCK_LINE.match(text, block_end)
        if m is None:
            break
        words = re.findall(r"[^\W\d_]+", m.group("line"))
        english = [w for w in words if is_english_word(w) and w.lower() not in _BLOCK_WORDS]
        if len(words) > 6 or (english and len(english) == len(words)):
            break  # "Plan year 2022, contribution 12%": a sentence of English, no part of an address
        if words and words[0] in english and words[-1].lower() not in _BLOCK_WORDS:
            break  # "Phone 201.423.3984", "VEHICLE JTD656R2G": another field, its label first
        if not re.search(r"\d", m.group("line")) and (len(words) > 4 or not words):
            break
        block_end = m.end()
    # The block must close: a blank line, the text's end, or the next field's label after it.
    return block_end if BLOCK_END.match(text, block_end) else end


# Addresses in scripts whose streets carry no capitalised type word, written as the countries' postal
# formats (and Faker's tables of those locales) lay them out. Each needs its script's own mark of an address
# beside a number: a house-number or floor character, a road ending, a town or street abbreviation, a
# building word.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff"
# Chinese and Japanese: province, city, district, road and number run together ("广西壮族自治区亮县秀英上海街Z座",
# "108 草屯龍山寺巷64號0樓", "宮城県富里市白金38丁目24番8号 東神田コーポ458"), a postcode before or after.
_CJK_ADDRESS = re.compile(
    rf"(?:(?<![\w])\d{{3,6}}[ ]?)?[{_HAN}][{_HAN}0-9A-Za-z之-]*?"
    rf"(?:\d+[A-Za-z]?(?:號|号|丁目|番地?|樓|楼|弄|室)|[A-Za-z0-9]座)[{_HAN}0-9A-Za-z之-]*"
    rf"(?:[ ][{_HAN}]+\d{{1,4}}(?![\w]))?(?:[ ]\d{{5,6}}(?![\w]))?"
)
# A Chinese or Japanese address names a place: at least one of these characters.
_CJK_PLACE = re.compile("[省市縣县區区鄉乡鎮镇村町郡都道府県路街巷段里]")
# Korean road and lot addresses: province or city, district, road ("...로", "...길") or quarter ("...동")
# and the number ("대구광역시 구로구 강남대거리 25", "경기도 강릉시 양재천130가 948").
_KOREAN_ADDRESS = re.compile(
    r"(?:[가-힣]+(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구)[ ]){1,3}(?:[가-힣0-9]+(?:읍|면)[ ])?"
    r"[가-힣0-9]*(?:로|길|거리|가|동|리)[ ](?:지하)?\d{1,5}(?:-\d{1,4})?(?:[ ]?\([가-힣0-9, ]+\))?"
)
# Armenian: the town after its abbreviation ("ք." city, "գ." village), then the street and its number, the
# flat ("բն. 03") to the end of the line.
_ARMENIAN_ADDRESS = re.compile(r"(?<![\w])[քգ]\.[ ][\u0531-\u0587][^\n|<>]*\d")
# Georgian: the street's name, its type after it ("ქ.", street; "გამზ.", avenue), the number, the town.
_GEORGIAN_ADDRESS = re.compile(
    r"[\u10d0-\u10ff]+(?:[ ][\u10d0-\u10ff]+){0,2}[ ](?:ქ\.|ქუჩა|გამზ\.|გამზირი|შესახ\.|შესახვევი|ჩიხი)"
    r"[ ]?\d+[\w/-]*(?:,[ ][\u10d0-\u10ff]+(?:[ ][\u10d0-\u10ff]+)?)?(?:,[ ]\d{4})?"
)
# Bengali: a building's number ("বাড়ী নং ৯৯১", house no.), a flat before it, the area, town and district after
# it, the four-digit postcode.
_BENGALI_ADDRESS = re.compile(
    r"(?:[\u0980-\u09ff]+[ ]\d{1,4},[ ])?[\u0980-\u09ff]+[ ]নং[ ]\d{1,4}"
    r"(?:,[ ][\u0980-\u09ff][\u0980-\u09ff ]*){0,5}(?:,[ ]\d{4}(?![\d]))?"
)
# Nepali: the street, the ward or house and its number ("वडा 366", "घर 410"), the town and district, the
# five-digit postcode.
_DEVANAGARI = "\u0900-\u097f\u200c\u200d"
_NEPALI_ADDRESS = re.compile(
    rf"(?:[{_DEVANAGARI}]+[ ]){{0,3}}(?:वडा|घर|वार्ड)[ ]\d{{1,4}}"
    rf"(?:[ ,()\n{_DEVANAGARI}]{{0,80}}?[ ]\d{{5}}(?![\d]))?"
)
# Hebrew: the street and number, the town, the seven-digit postcode ("שכ רסקו 89, אבו רובייעה, 9759001").
_HEBREW_ADDRESS = re.compile(
    r"[\u05d0-\u05ea][\u05d0-\u05ea\"' ]*[ ]\d{1,4}[\u05d0-\u05ea]?,[ ][^\n,\d|<>]{2,40},[ ]\d{7}(?![\d])"
)
# Thai: the house number (and "หมู่" village number), the road or lane, district and province, the five-digit
# postcode ("22 ถนนชุมวระ อ.บางสะพานน้อย มุกดาหาร 34870").
_THAI_ADDRESS = re.compile(
    r"(?<![\w/])\d{1,4}(?:/\d{1,4})?(?:[ ]หมู่[ ]\d{1,2})?[ ][\u0e00-\u0e7f][\u0e00-\u0e7f. ]{2,80}?[ ]\d{5}(?![\d])"
)
# Arabic and Persian: the street word ("شارع", street; "خیابان", avenue) with the number before it or a building,
# alley or plate number after it ("بناية رقم 21", "کوچه 19، پلاک 61"), the quarter ("حي"), the town and the postcode,
# to the end of the line, a table's bar or a sentence's full stop. It must hold a number.
_ARABIC_ADDRESS = re.compile(
    r"(?<![\w])(?:\d{1,5}[ ])?(?:شارع|خیابان|جادة|طريق)[ ][\u0600-\u06ff][\u0600-\u06ff0-9 ،,]*[\u0600-\u06ff0-9]"
)
# The postcode first, then the city or district and the street run together, ending on the number, as
# Chinese, Japanese and Korean letters write them ("027095 潍坊市 清河口181", "046-4242 柏市三休橋70",
# "30272 상당구장전온천163", "〒894-0104 鹿児島県大島郡名瀬港町227-48-6"); a place character must be there.
_EAST_ASIAN = "\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7a3"
_POSTCODE_FIRST_EAST_ASIAN = re.compile(
    rf"(?<![\w-])(?:\d{{5,6}}|\d{{3}}-\d{{4}})[ ][{_EAST_ASIAN}]+(?:[ ][{_EAST_ASIAN}]+){{0,2}}\d{{1,4}}"
    # Japan's block, lot and house after the town's number ("名瀬港町227-48-6").
    rf"(?:-\d{{1,4}}){{0,3}}(?![\w-])"
)
_EAST_ASIAN_PLACE = re.compile("[省市縣县區区鄉乡鎮镇村町郡都道府県路街巷시군구동읍면리로길]")
# A Russian street named with an ordinal ("Парковая 13-я", "Новые Сады 7-я"), the house number, then the
# postcode and town ("Вольская 2-я 220, 892021 Комсомольск-на-Амуре").
_RUSSIAN_ORDINAL_STREET = re.compile(
    r"(?<![\w])[А-ЯЁ][а-яё]+(?:[ ][А-ЯЁ][а-яё]+)?[ ]\d{1,2}-(?:я|й|ая|ий|ый)[ ]\d{1,4}[а-я]?(?![\w])"
    r"(?:,[ ]\d{6}[ ][А-ЯЁ][\w-]*)?"
)
SCRIPT_ADDRESSES = (
    _THAI_ADDRESS,
    _KOREAN_ADDRESS,
    _ARMENIAN_ADDRESS,
    _GEORGIAN_ADDRESS,
    _BENGALI_ADDRESS,
    _NEPALI_ADDRESS,
    _HEBREW_ADDRESS,
)
# Characters of those scripts: a text without any is not searched for them.
_NON_LATIN = re.compile(
    "[\u0600-\u06ff\u0e00-\u0e7f\u0530-\u058f\u0900-\u09ff\u05d0-\u05ea\u10d0-\u10ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"
)


# Vietnamese: house number ("Số 52", "86/554"), alley ("Ngõ 14", "Hẻm 42"), street ("Đường số 77", "phố Lê Văn
# Sỹ", a name), then commune, district and city or province, each after its word (in either case), and a
# postcode. Its words are capitalised like names, so one of the address words must be there.
_VI_ADMIN = r"(?:[Xx]ã|[Pp]hường|[Tt]hị[ ]trấn|[Tt]hị[ ]xã|[Qq]uận|[Hh]uyện|[Tt]hành[ ]phố|TP\.|[Tt]ỉnh)"
_VI_WORD = rf"(?!{_VI_ADMIN}(?![\w]))[{UPPER}][{LOWER}]*"  # a name's word, not a commune's or city's word
_VI_RUN = rf"{_VI_WORD}(?:[ ]{_VI_WORD}){{0,4}}"
_VIETNAMESE_ADDRESS = re.compile(
    rf"(?<![\w/])(?:Số[ ])?\d{{1,4}}(?:/\d{{1,4}}){{0,2}}[ ](?:(?:Ngõ|Hẻm|Khu|Khóm|Tổ|Dãy)[ ]\d{{1,4}}[ ])?"
    rf"(?:(?:Đường|đường|Phố|phố)[ ](?:số[ ]\d{{1,4}}|{_VI_RUN})|{_VI_RUN})"
    rf"(?:,?[ ](?:{_VI_ADMIN}[ ]?)?{_VI_RUN}){{0,4}}(?:[ ]\d{{5}}(?![\d]))?"
)
_VI_MARK = re.compile(rf"(?<![\w])(?:Số|Ngõ|Hẻm|Khóm|Đường|đường|Phố|phố|{_VI_ADMIN})(?![\w])")
_VIETNAMESE_LETTERS = re.compile("[ĐđƠơƯư\u1ea0-\u1ef9]")


# A block or building before the house number, as Singapore and others write it.
_BLOCK_BEFORE = re.compile(r"(?<![\w])(?:Blk|Block|Bldg)\.?[ ]$")


def script_addresses(text: str) -> list[tuple[int, int]]:
    """Addresses in Chinese, Japanese, Korean, Armenian, Georgian, Bengali, Nepali, Hebrew and Thai script, and
    in Vietnamese."""
    spans = []
    if _VIETNAMESE_LETTERS.search(text):
        spans += [m.span() for m in _VIETNAMESE_ADDRESS.finditer(text) if _VI_MARK.search(m.group())]
    spans += [m.span() for m in _RUSSIAN_ORDINAL_STREET.finditer(text)]
    if not _NON_LATIN.search(text):
        return spans
    spans += [m.span() for m in _CJK_ADDRESS.finditer(text) if _CJK_PLACE.search(m.group())]
    spans += [
        m.span() for m in _POSTCODE_FIRST_EAST_ASIAN.finditer(text) if _EAST_ASIAN_PLACE.search(m.group())
    ]
    spans += [m.span() for m in _ARABIC_ADDRESS.finditer(text) if re.search(r"\d", m.group())]
    for pattern in SCRIPT_ADDRESSES:
        spans += [m.span() for m in pattern.finditer(text)]
    return spans


# Town, district or village before a street, each closed by a comma, marked by its abbreviation before it
# (Russian and Ukrainian "г.", "с.", "пгт") or its word after it (Azerbaijani "ray.", "qəsəbəsi", "kəndi";
# "район", "обл."): "г. Грозный, ш. Прудное, д. 2/9", "Şamaxı ray., Səfərli qəsəbəsi, S.S. AXUNDOV pr., b. 6".
_ARTICLE_BEFORE = re.compile(r"\b(?i:art|arts|article|articolo|artículo|artigo|section|sec|para|§)\.?[ \t]*$")
_UNIT_BEFORE = re.compile(
    r"(?<![\w.])(?:Apt|Apartment|Unit|Suite|Ste|Flat|Villa|Bldg|Building)\.?[ ]?#?[\w-]{1,6},?[ \t]+$"
)
_UNIT_WORD_BEFORE = re.compile(r"(?<![\w.])(?:Villa|Bldg\.?|Building|Apt\.?|Apartment|Unit|Flat|Suite)[ ]$")
_TOWN_MARK_AFTER = (
    r"ray\.|rayonu|qəs\.|qəsəbəsi|kəndi|k\.|ş\.|şəhəri|район|р-н|обл\.|область|области|округ|селище|село"
)
_TOWN_BEFORE = re.compile(
    # Or the postcode and the town that open a Russian address ("368611, Derbent, ulitsa Karla Marksa, d. 136").
    rf"(?<![\w.])(?:(?:\d{{6}},[ ]{_CAP}(?:[ -]{_CAP})*|(?:[гмсп]|пгт|смт|ст|с-ще)\.[ ]?{_CAP}(?:[ -]{_CAP})*"
    rf"|{_CAP}(?:[ ](?:{_CAP}|[{LOWER}]{{2,}})){{0,3}}[ ](?:{_TOWN_MARK_AFTER})),[ \t]*){{1,3}}$"
)


# A SQL dump's column of postal addresses ("street", "home_address", "addr_line1"); not an e-mail's or an IP's.
_ADDRESS_COLUMN = re.compile(
    r"(?i)(?<![a-z])(?<!e-)(?<!email_)(?<!ip_)(?:(?:home|postal|mailing|billing|shipping|residential)_?)?"
    r"(?:address|addr|street|residence)(?:_?line_?[12])?(?![a-z])"
)


def _looks_like_address(value: str) -> bool:
    """A house number and a capitalised word, no e-mail or web address: "182B Florence Street, Durban"."""
    return (
        len(value) >= 6
        and re.search(r"\d", value) is not None
        and re.search(rf"[{UPPER}][{LOWER}]", value) is not None
        and "@" not in value
        and "://" not in value
    )


def _names_a_street(value: str) -> bool:
    """Whether a street type word ("Road", "Ave", "Rue", "ulitsa") is among the words of `value`."""
    words, _ = street_words()
    return any(
        w.rstrip(".") in words or w.rstrip(".").lower() in words for w in re.findall(r"[^\W\d_]+\.?", value)
    )


def _is_name_part(word: str) -> bool:
    # An article glued to a capitalised word is one too ("allée de l'Anse", "rue d'Alsace").
    return (
        word[:1].isupper()
        or word[:1].isdigit()
        or word.lower() in CONNECTORS
        or _GLUED_ARTICLE.match(word) is not None
    )


class StreetAddressRecognizer(Recognizer):
    """Street addresses of many countries (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__("STREET_ADDRESS", [Pattern("street address", r"\d", 0.7)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        spans = [self._street(text, m) for m in _anchor().finditer(text)]
        spans += [
            (self._trim_left(text, m.start(), m.end("street"), shortest=4), m.end())
            for m in _BEFORE_POSTCODE.finditer(text)
            if self._plausible(m)
        ]
        spans += self._labelled(text)
        for m in chain(_QUIET_STREET.finditer(text), _PREPOSITION_STREET.finditer(text)):
            tail = _TAIL.match(text, m.end("street"))
            spans.append((m.start("street"), tail.end() if tail else m.end("street")))
        if "INSERT" in text or "insert" in text:
            spans += [
                (s, e) for s, e in labelled_cells(text, _ADDRESS_COLUMN) if _looks_like_address(text[s:e])
            ]
        # The house, the street and an area or town at least: "House 4, Senate" is no address.
        spans += [m.span() for m in _HOUSE_FIRST.finditer(text) if m.group().count(", ") >= 2]
        spans += [
            m.span()
            for m in _NUMBER_FIRST.finditer(text)
            if m.group().count(", ") >= 2 and (m.group("pc") or _names_a_street(m.group()))
        ]
        spans += [m.span() for m in _JAPANESE_LATIN.finditer(text) if m.group("ward") or m.group("pc")]
        spans += script_addresses(text)
        out = []
        for s, e in (x for x in spans if x):
            if block := _BLOCK_BEFORE.search(text, max(0, s - 10), s):
                s = block.start()  # "Blk 7 Bukit Timah Road": the block is the house
            while e > s and text[e - 1] in ".,;: \t\n" and not re.search(r"\b[A-Z][a-z]?\.$", text[s:e]):
                e -= 1
            out.append(RecognizerResult("STREET_ADDRESS", s, e, 0.7))
        return out

    def _street(self, text: str, m: re.Match) -> tuple[int, int] | None:
        anchor = m.group()
        if m.group("glued") and is_english_word(anchor.rstrip(".")):
            return None  # "Spring", "Offering": English words that end like a street
        start, end = m.start(), m.end()
        # The street's name: capitalised words and connectors on either side, on the same line.
        left = start
        for _ in range(4):
            w = re.search(rf"(?<![\w'’.-])([{UPPER}{LOWER}][\w'’.-]*)[ \t]+$", text[max(0, left - 40) : left])
            if not w or not _is_name_part(w.group(1)) or w.group(1).endswith(","):
                # A person's name in a street's, the second name in lower case ("Róbert károly köz 336."):
                # a capitalised word, then a word no English, before a street type of another language.
                pair = _NAME_PAIR_BEFORE.search(text, max(0, left - 50), left)
                if pair and not is_english_word(pair.group(2)) and not _english_type(anchor):
                    left -= len(pair.group())
                    continue
                break
            left -= len(w.group())
        right = end
        for _ in range(5):
            # A word of the name, or an ordinal in it ("провулок Садовий 2-й", "3-я линия").
            w = re.match(
                rf"[ \t]+„?([{UPPER}{LOWER}][\w'’-]*\.?“?|\d{{1,3}}-[{LOWER}]{{1,3}}(?![\w]))",
                text[right : right + 40],
            )
            # The name's last word in lower case, right before the number ("сквер Овідіопольська дуга, буд. 0").
            if (
                w
                and w.group(1)[0].islower()
                and right > end
                and not is_english_word(w.group(1).rstrip(".,"))
                and w.group(1).rstrip(".:").lower() not in NUMBER_WORDS
                and _NUMBER_AFTER.match(text, right + len(w.group().rstrip(",.")))
            ):
                right += len(w.group().rstrip(",."))
                break
            if (
                not w
                or not _is_name_part(w.group(1))
                or (
                    w.group(1)[0].islower()
                    and w.group(1) not in CONNECTORS
                    and not _GLUED_ARTICLE.match(w.group(1))
                )
                or w.group(1).rstrip(".:").lower() in NUMBER_WORDS
            ):
                break
            right += len(w.group())
        while (
            right > end
            and text[right - 1 : right] in ".-"
            and not _INITIAL_END.search(text, right - 3, right)
        ):
            right -= 1
        while (lead := re.match(r"([a-z']+)[ \t]+", text[left:start])) and lead.group(1) in CONNECTORS:
            left += lead.end()  # "of Route 29", "the Union": a street name starts on a capital
        english = m.group("type") is not None and _english_type(anchor)
        english = english and anchor.rstrip(".") not in LEADING_ENGLISH_TYPES
        if english and anchor[0].islower() and _NUMBER_COMMA_BEFORE.search(text, max(0, start - 14), start):
            english = False
        if (
            english
            and anchor[0].islower()
            and right > end
            and (n := _NUMBER_BEFORE.search(text, max(0, start - 14), start))
            and not _YEAR.fullmatch(n.group("n"))
            and re.match(rf"[ \t]+(?i:{'|'.join(CONNECTORS)})[ \t]", text[end:right])
        ):
            english = (
                False  # "1710 rue des Cordiers", "19 boulevard de la Darse": France's number, then the type
            )
        if (
            english
            and anchor[0].islower()
            and left == start
            and right > end
            and (n := _NUMBER_AFTER.match(text, right))
            and not _YEAR.fullmatch(n.group("n"))
        ):
            english = False  # "rue Besse 119", "boulevard Bouvier 487": a type in lower case leads the name  # "396, rue Des Herons", "18, boulevard Du Terme": France's number, comma, type
        if anchor.rstrip(".") == "g" and left == start:
            return None  # "500 g. of sugar": Lithuania's "g." follows a street's name, never a bare number
        if anchor == "Court" and _COURT_BEFORE.search(text, max(0, start - 20), start):
            return None  # "8 District Court", "the 1994 U.S. Supreme Court"
        labelled = _NUMBER_AFTER.match(text, right)
        if (
            english
            and anchor[0].islower()
            and labelled
            and re.search(r"[^\W\d_]", text[labelled.start() : labelled.start("n")])
        ):
            english = False  # "AXUNDOV pr., b. 6": a number labelled as a house number follows the type
        if english and labelled and _FOREIGN_NUMBER_WORD.search(text, labelled.start(), labelled.start("n")):
            english = False  # "Str. Mare nr. 13": Romania's number word, no English street's
        if english:
            # "221 Baker Street": English types end the name, after at least one word of it.
            right = end
            if left == start:
                return None
        # A house number after the street, else before it.
        after = _NUMBER_AFTER.match(text, right)
        before = _NUMBER_BEFORE.search(text, max(0, left - 12), left)
        if after and re.match(r"(?:1[89]|20)\d{2}-\d|\d{4}-\d{4}", text[after.start("n") :]):
            after = None  # a date or a range, not a house number
        if english:
            after = None  # "Spring 2024", "Park 3": an English word before a number is not a street
        if (
            english
            and before
            and _YEAR.fullmatch(before.group("n"))
            and _PREPOSITION_BEFORE.search(text, max(0, before.start() - 10), before.start())
        ):
            before = None  # "in 1994 U.S. Supreme Court": a year, not a house number
        if before and _ARTICLE_BEFORE.search(text, max(0, before.start() - 12), before.start()):
            before = None  # "art. 142 Codice della strada": an article of a code, not a house number
        if not (after or before):
            return None
        street_start = before.start("n") if before else self._trim_left(text, left, start)
        if town := _TOWN_BEFORE.search(text, max(0, street_start - 120), street_start):
            street_start = town.start()
        if unit := _UNIT_BEFORE.search(text, max(0, street_start - 20), street_start):
            street_start = unit.start()  # "Apt. 864 967 Joseph Intersection", "Apt. 994, 3 Naomi Street"
        elif unit_word := _UNIT_WORD_BEFORE.search(text, max(0, street_start - 12), street_start):
            street_start = unit_word.start()  # "Villa 146, Al Wasl Road": the house's number is the unit's
        if text[max(0, street_start - 3) : street_start] == "C/ ":
            street_start -= 3  # "C/ Calle Sádaba": Spain's "calle" cut short
        street_end = after.end() if after else right
        if street_end - street_start < 4:
            return None
        tail = _TAIL.match(text, street_end)
        return street_start, (tail.end() if tail else street_end)

    @staticmethod
    def _plausible(m: re.Match) -> bool:
        """Words, a number, a postcode and a city, unless it reads as English ("Table 4, 2019 Annual Report")."""
        if m.group("pc") and _YEAR.fullmatch(m.group("pc")):
            return False
        if m.group("pc_line") and (
            "\n" not in m.string[m.end("street") : m.start("pc_line")] or _YEAR.fullmatch(m.group("pc_line"))
        ):
            return False  # a postcode with the town on the next line stands on a line of its own
        if m.group("zip") or m.group("pc_after"):
            return True  # a US state and ZIP code, a British or Canadian postcode: shapes no sentence has
        return any(not is_english_word(w) for w in re.findall(rf"[{UPPER}{LOWER}]{{2,}}", m.group("street")))

    @staticmethod
    def _trim_left(text: str, left: int, anchor: int, shortest: int = 0) -> int:
        """Sentence words before a street named by a number after it ("Visit Storgatan 12") are not the
        street: from the left, drop English words that the type word does not need (of at least `shortest`
        letters: "A. Sedláčka 93b" keeps its initial)."""
        words = list(re.finditer(r"\S+", text[left:anchor]))
        while (
            words
            and len(words[0].group().strip(",.")) >= shortest
            and is_english_word(words[0].group().strip(",."))
            and words[0].group().lower() not in CONNECTORS
        ):
            words.pop(0)
        return left + words[0].start() if words else anchor

    def _labelled(self, text: str) -> list[tuple[int, int]]:
        out = []
        for m in _LABEL.finditer(text):
            start = m.end()
            stop = _STOP.search(text, start, start + 120)
            end = stop.start() if stop else min(len(text), start + 120)
            # An address label may be followed by the postcode and city on the next line.
            if stop and text[stop.start()] == "\n":
                nxt = re.match(
                    rf"\n[ \t]*(?:{POSTCODE})[ \t]+{CITY}|\n[ \t]*{CITY},?[ \t]+(?:{STATE}[ \t]+)?(?:{POSTCODE})\b",
                    text[stop.start() :],
                )
                if nxt and not _PHONE_LINE.match(text, stop.start()):  # "Phone 201" is no town
                    end = stop.start() + nxt.end()
            if stop and text[stop.start()] == "\n":
                end = _block_below(text, end)
            value = text[start:end].rstrip(" ,")
            if text[m.end() - 1 : m.end()] in " \t\n" and "\n" in m.group() and _ANOTHER_LABEL.match(value):
                continue  # "Address:\nPhone: ...": the field was left empty
            if re.search(r"\d", value[:50]) and _WORDED.search(value) and len(value) >= 6:
                out.append((start, start + len(value)))
        return out
