"""Phone numbers of every region, national and international, through Google's `phonenumbers` metadata.

A regex finds runs of digit groups (with an extension: "ext. 12", "x 12", "(ext. 12)"); a run may start
right after a word's colon, stop or comma ("Phone:+44 ...", "Smith,0191 ...", "TEL;CELL:..."), not after a
digit's. No-break and thin spaces and non-breaking hyphens count as spaces and hyphens. The shape and the
surrounding text decide whether a run is a phone:

- `+44 ...`, `(+44) ...`, `0044 ...`, `tel:+44-...`: parsed as international; the country code and length
  must be possible.
- A run with a phone label before it ("tel", "mobile", "call me on", "Tlf.", "Ph:", "T:", "Тел.", "電話", "☎",
  a signature line's lone "T" or "M"), a label in brackets after it ("(mobile)"), under a phone column of a
  table (`|`, or a comma-, semicolon- or tab-separated export with a header row), after a phone in the same
  list outside a table ("+44 20 7946 0958 / Leeds 0113 496 0000"), or with an extension: any possible length.
- Grouped national numbers that look like phones, i.e. an area code in parentheses, a trunk 0, or three or
  more groups, which must be a valid number in at least one of REGIONS.
- Two groups or none: only with a label, or when a trunk-0 number is valid in a region.

Runs that are something else are set aside first: dates, times and opening hours, year ranges, amounts (a
currency or a thousands separator), measurements, decimals, versions, numbers inside words or codes, and
numbers right after a reference label ("Invoice", "Order No.", "Art.-Nr.", "ISBN", "AWB", "build").
Two numbers written one after the other ("030 1234567 / 0171 2345678") are two phones when each is one.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from functools import lru_cache

from presidio_analyzer import Pattern, RecognizerResult

from governance.pii.base import MONTHS, Recognizer, cell_spans, comma_cells, context_regex, word_trie
from governance.pii.names import UPPER

# Regions whose national formats are tried, most-used first (validation stops at the first that accepts).
REGIONS = (
    "US GB DE FR ES IT NL BE CH AT PL PT BR MX IN AU CA SE NO DK FI IE CZ SK HU RO HR SI GR TR RU UA EE LV LT IS "
    "AR CL CO PE ZA NG KE IL AE SA JP KR CN ID PH NZ"
).split()
PHONE_LABELS = [
    "phone",
    "tel",
    "telephone",
    "mobile",
    "mob",
    "cell",
    "fax",
    "call",
    "calling",
    "ring",
    "rang",
    "text",
    "sms",
    "whatsapp",
    "dial",
    "landline",
    "hotline",
    "helpline",
    "handy",
    "tlf",
    "telefon",
    "teléfono",
    "telefone",
    "téléphone",
    "callback",
    "voicemail",
    "tél",
    "telefono",
    "celular",
    "puhelin",
    "sími",
    "switchboard",
    "direct line",
    "direct dial",
    "durchwahl",
    "gsm",
    "faks",
    "tfn",
    "tfno",
    "móvil",
    "movil",
    "celular",
    "cellulare",
    "natel",
    "mobil",
    "mobiel",
    "telefoon",
    "tlfn",
    "cellular",
    # Other scripts: Cyrillic, Greek, Chinese, Japanese, Korean, Arabic, Hebrew.
    "тел",
    "моб",
    "τηλ",
    "电话",
    "電話",
    "手机",
    "手機",
    "携帯",
    "전화",
    "휴대폰",
    "هاتف",
    "جوال",
    "טל",
]
# Words that often, but not only, introduce a phone ("number of shares 1.234.567").
WEAK_PHONE_LABELS = ["contact", "number", "reach", "numéro", "numero", "ping"]
# Reference labels: a number right after one of these is that reference, not a phone.
REFERENCE_LABELS = [
    "invoice",
    "inv",
    "order",
    "ord",
    "po",
    "ref",
    "reference",
    "ticket",
    "lot",
    "batch",
    "awb",
    "tracking",
    "scan",
    "isbn",
    "issn",
    # An animal's transponder or ear tag ("microchip 987244382094408", "tags EID 982 2217940088").
    "microchip",
    "transponder",
    "eid",
    "tag",
    "tags",
    "doi",
    "ean",
    "gtin",
    "upc",
    "sku",
    "art",
    "article",
    "part",
    "p/n",
    "ndc",
    "model",
    "item",
    "serial",
    "s/n",
    "build",
    "version",
    "ver",
    "release",
    "hs code",
    "docket",
    "routing",
    "aba",
    "rtn",
    "sort code",
    "rechnung",
    "bestellung",
    "auftrag",
    "factura",
    "facture",
    "commande",
    "pedido",
    "account",
    "acct",
    "konto",
    "form",
    "index",
    "case",
    "claim",
    "policy",
    "firmware",
    "transaction",
    "txn",
    # A US federal form's control number ("OMB No. 1845-0011"), a ride's or a booking's trip number.
    "omb",
    "trip",
    # A prisoner's register number ("Reg. No. 27094-632").
    "reg",
    "register",
    "registration",
    # A card payment's approval code, a money transfer's control number ("AUTH 197685", "MTCN 944-496-3912").
    "auth",
    "authorization",
    "authorisation",
    "approval",
    "mtcn",
    # A court's file or case number in the languages courts write it ("Court File No. 2101-85876", "Dosar nr.
    # 2905/294/2022", "Дело № 2-2948/2022", "R.G. 7042/2022"), a law's number ("Proclamation No. 1183/2020").
    "court file",
    "dosar",
    "дело",
    "rg",
    "r.g",
    "proclamation",
    # A card dispute's or a call's reference, a part's number ("dispute 0206306962060", "PN 88-1142-03").
    "dispute",
    "transcript",
    "pn",
]
_GROUP = r"(?:\(\d{1,6}(?:[ -]\d{1,4})?\)|\d{1,15})"
# A space separates a number's groups; a tab separates a table's cells ("5/2/1962<TAB>(212) 822 2671").
_SEP = r"(?:[ ]?[-./][ ]?|[ ]|(?<=\))|(?=\())"
# An extension, in the ways people and exports write one: "ext. 12", "ext: 5053", "extn. 7722", "extension 12",
# "x 12", "# 6510", "(ext. 12)", ", ext. 12", RFC 3966's ";ext=3174", and a dialler's pause before it
# ("+1 231-452-2293,835").
# The same in other languages: Spanish and Italian "int." (interno), "anexo", Portuguese "ramal", French
# "poste", German "Durchwahl"/"DW", Polish "wew.", Russian and Bulgarian "доб." (добавочный), "вн.".
_EXT_WORDS = r"(?i:int|interno|anexo|ramal|poste|durchwahl|dw|wew|доб|вн)"
_EXT = (
    r"(?:;ext=\d{1,6}|,\d{1,6}(?![\d,]|\.\d)"
    rf"|,?[ \t]*\(?(?:[Ee]xt(?:ension|n)?|EXT(?:N)?|x|#|{_EXT_WORDS})\.?:?[ \t]?\d{{1,6}}\)?)"
)
CANDIDATE = re.compile(
    # Not inside a word, a code or a figure; a colon, stop or comma glued to a word before the number is a
    # label's or a field's end ("Phone:+44 ...", "Tel.0201 ...", "Smith,0191 ..."), after a digit a figure's.
    rf"(?<![\w+@/-])(?<![\d:.,][:.,])(?:\+[ \t]?|00[ \t]?|\(\+\d{{1,4}}\)[ \t]?)?{_GROUP}(?:{_SEP}{_GROUP}){{0,9}}"
    rf"{_EXT}?(?![\w@]|[.,:/-]\d)"
)
_EXT_END = re.compile(rf"{_EXT}$")
_PAUSE_EXT = re.compile(r",\d{1,6}$")
# No-break, narrow no-break and thin spaces, and non-breaking hyphens, that word processors and typesetting
# put inside phone numbers ("01\u00a023\u00a045\u00a067\u00a089"): read as spaces and hyphens, one for one.
_PLAIN = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2010": "-", "\u2011": "-"}
)
_UNPLAIN = re.compile("[\u00a0\u202f\u2009\u2007\u2010\u2011]")
# Two numbers in a row: a spaced slash or dash, or a slash before an international prefix.
_PAIR_SPLIT = re.compile(r"[ \t]+[/–-][ \t]+|[ \t]*/[ \t]*(?=\+|00)")
_DATE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:19|20)\d{2}[-/](?:19|20)?\d{2}"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$"
)
# A date with its four-digit year ("04/06/2026", "26.9.2017", "2026-02-10") is a date even after "Call".
_YEAR_DATE = re.compile(
    r"^(?:(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|[12]\d|3[01])[./-](?:19|20)\d{2}"
    r"|(?:19|20)\d{2}[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01]))$"
)
# A number followed by a date with its year ("OSI YY CONX SK 4611 06/04/2027"): a reference and its date.
_DATE_AFTER_NUMBER = re.compile(
    r"[ \t](?:(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|[12]\d|3[01])[./-](?:19|20)\d{2}"
    r"|(?:19|20)\d{2}[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01]))$"
)
# ISO 8601's basic form after a short number that opens with no trunk or international prefix ("LH 3442
# 20211228": a flight and its date); "030 20211228" stays a Berlin number.
_COMPACT_DATE_AFTER_NUMBER = re.compile(
    r"^[1-9]\d{0,4}[ \t](?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$"
)
# Dotted runs with a one-digit group after the first ("19.7.5.3744", "2.4.1.2123") are versions and
# hierarchical codes, unless a trunk prefix opens them: Hungary writes Budapest "06.1.231.4833".
_DOTTED_SINGLE = re.compile(r"^(?!0\d)\d+(?:\.\d+)*\.\d\.\d+(?:\.\d+)*$")
# A web server's log line (Common and Combined Log Format): `"GET /x HTTP/1.1" 304 24725` is a status code
# and a size in bytes.
_HTTP_STATUS_BEFORE = re.compile(r"HTTP/\d(?:\.\d)?\"[ \t]*$")
# A pre-release suffix after a dotted run: "6.15.146-rc4" is a version.
_PRE_RELEASE_AFTER = re.compile(r"^[-+~](?i:rc|beta|alpha|pre|dev|snapshot|b\d|a\d)")
# A postal item's UPU S10 number: two letters, nine digits, two letters ("RR 123 456 785 DE").
_S10_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2}[ ]?$")
_S10_AFTER = re.compile(r"^[ ]?[A-Z]{2}\b")
# A reservation system's flight segment: the booking status and seat count ("HK1", "KK2", "TK1"), then the
# departure and arrival times ("LH 1172 Y 14JUN 4 LHRBCN HK1  0710 0925").
_BOOKING_STATUS_BEFORE = re.compile(r"\b(?:HK|KK|TK|RR|HL|GK|SS|NN|UC|UN)\d{1,2}[ \t]+$")
_TWO_TIMES = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d[ ](?:[01]\d|2[0-3])[0-5]\d$")
# An airline e-ticket: the carrier's three-digit code, a dash, ten digits ("220-1197006882").
_E_TICKET = re.compile(r"^\d{3}-\d{10}$")
# A case's or a law's number closed by its year after a slash ("2-2948/2022", "2905/294/2022", "1183/2020").
_SLASH_YEAR = re.compile(r"^\d[\d-]*(?:/\d+)*/(?:19\d\d|20[0-3]\d)$")
# A US National Drug Code in its dashed 4-4-2, 5-3-2 or 5-4-1 forms ("54638-0367-96"): a product, not a phone.
_NDC = re.compile(r"^[1-9]\d{3,4}-\d{3,4}-\d{1,2}$")
_TIME_RANGE = re.compile(r"^\d{1,2}[.:]\d{2}[ \t]?[-–][ \t]?\d{1,2}[.:]\d{2}$")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# A day and a year after the month's name, in any case ("JUL 13 2025", "Dec 21, 2024"): the rest of a date.
_MONTH_BEFORE = re.compile(rf"(?i:\b{MONTHS})[ \t]+$")
_DAY_YEAR = re.compile(r"^(?:0?[1-9]|[12]\d|3[01]),?[ ](?:19|20)\d{2}$")
# A coordinate's key in GPX, KML or GeoJSON ('lon="104.620825"', '"lng": 151.2'): a degree, not a phone.
_COORDINATE_BEFORE = re.compile(r"(?i:\b(?:lat|lon|lng|latitude|longitude))[\"']?[ \t]*[=:][ \t]*[\"']?-?$")
# Groups of four hexadecimal digits on both sides: a key's fingerprint ("C31B 6444 1987 8E7F").
_HEX_GROUP_BEFORE = re.compile(r"(?<![\w])(?=[0-9A-F]{0,3}[A-F])[0-9A-F]{4}[ ]$")
_HEX_GROUP_AFTER = re.compile(r"^[ ][0-9A-F]{4}(?![\w])")
# A postcode's label or element right before ("<postal>29260-418", "CEP: 01310-100", "PLZ 80331"): no phone.
_POSTAL_BEFORE = re.compile(
    r"(?i:\b(?:postal|post[ ]?code|postcode|zip|zip[ ]?code|cep|plz|código[ ]postal|code[ ]postal)>?)[ \t]*[:#]?[ \t]*$"
)
_SSN_SHAPE = re.compile(r"^\d{3}[- ]\d{2}[- ]\d{4}$")
_IPV4 = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:([.,'])\d{3})+$")
_MONEY_BEFORE = re.compile(
    r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|JPY|INR|Rs\.?|kr))[ ]?$"
)
# Amounts, quantities and times: what follows the number on its own line says what it is. A tab or a line
# break parts a table's cells: the amount in the next cell is no unit of this one ("+27 21 282 3521<TAB>USD").
_MONEY_AFTER = re.compile(
    r"^[ ]?(?:[$€£%‰]|(?i:USD|EUR|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|JPY|INR|kr\b|zł|Kč|Ft\b|dollars|"
    r"euros?|million|billion|shares|units|pcs|percent|bps|uhr\b|hrs\b|o'clock|"
    r"days?\b|weeks?\b|months?\b|tablets?\b|capsules?\b|doses?\b)"
    r"|(?:bn|m|k|t|kg|km|mg|ml|mm|cm|sq|h|am|pm|V|Hz|px)\b)"
)
# A short label right before the number: "Ph:", "Tlf.", "Tél. :", "M:", "T.", "☎", and a signature line's
# lone letter ("T 020 7946 0958", "M 0612 345 678": telephone, mobile, fax, phone).
_NEAR_LABEL = re.compile(
    r"(?:(?<![\w])(?:[Pp]h|PH|[Tt][ée]l|TEL|[Tt]lf|[Tt]fn|[Pp]uh|[Mm]ob|MOB|GSM|[Cc]el|[Ff]ax|FAX|[Ff]aks)\.?"
    r"|(?<![\w.])[TMFPHC][.:]|(?<=\n)[TMFP](?=[ \t])|[☎📞✆☏])[ \t\u00a0]*:?[ \t\u00a0]*$"
)
_REFERENCE_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{word_trie(REFERENCE_LABELS)})\.?(?:[ \t]*-?(?i:nr|no|num|number|n°|nº|№)\.?)?[ \t]*[:#]?[ \t]*"
    # The reference's series in capitals may stand between ("invoice NF 140.613"); a key's value may be quoted
    # ('issn: "8808-1532"').
    r"(?:(?-i:[A-Z]{1,4})[ \t]+)?[\"']?$"
)
# What may sit between two phones of one list: a separator, then a few words naming the second one.
_LIST_GAP = re.compile(
    r"[ \t]*(?:[/,;|–-]|\n|(?:or|oder|ou|o|y|und|and|et|og|eller)\b)[ \t\n]*"
    rf"(?:[{UPPER}][\w'.-]*[ \t]+){{0,3}}$"
)
_TABLE_RULE = re.compile(r"^[\s|:+-]*$")
# What separates a table's cells, tried in this order: `|` tables, then tab-, semicolon- and comma-separated rows.
_DELIMITERS = "|\t;,"
# A first row with a run of three digits is data, and one that ends a sentence is prose, not a header.
_NOT_A_HEADER = re.compile(r"\d{3}|[.!?]\s*$")
# A label is a word of its own, or one with a plural, verb or compound ending ("phones", "called",
# "Telefonnummer", "cellphone"): "range" is no "rang", "smses" no "sms", "texture" no "text". Letters of other
# scripts may follow ("телефон", "电话号码"), which have no such endings to tell apart.
_LABELS = re.compile(
    rf"\b(?i:{word_trie(sorted({w.lower() for w in PHONE_LABELS}))})"
    r"(?i:s|ed|ing|e?numbers?|nummer|numero|número|nr|no|num|szám|phones?)?(?![A-Za-z\u00c0-\u024f])"
)
# What may follow a label word before its number: the rest of the word, then "me on", "no.", "is", a colon.
_LABEL_TAIL = re.compile(
    r"^\w*\.?(?:[ \t]+(?i:me|us|her|him|them|on|at|no\.?|nr\.?|number|is))*[ \t]*[:#]?[ \t]*$"
)
_WEAK_LABELS = context_regex(WEAK_PHONE_LABELS)
# A label in brackets right after the number: "555 1234 (mobile)", "321 2345 [fax]".
_LABEL_AFTER = re.compile(rf"^[ \t]*[(\[][ \t]*(?i:{word_trie(sorted({w.lower() for w in PHONE_LABELS}))})\b")


@lru_cache(maxsize=65536)
def international_ok(number: str) -> bool:
    """A known country calling code, and a length some number plan of the world allows. Numbers that the
    plan of their own country would not issue are still someone's attempt at a phone number."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return False
    if parsed.country_code is None:
        return False
    known = phonenumbers.region_code_for_country_code(parsed.country_code) != "ZZ"
    return known and (phonenumbers.is_possible_number(parsed) or 7 <= len(str(parsed.national_number)) <= 13)


@lru_cache(maxsize=65536)
def _somewhere(number: str, valid: bool) -> bool:
    """Whether some region's plan takes `number` as a valid number (`valid`) or a possible one."""
    import phonenumbers

    check = phonenumbers.is_valid_number if valid else phonenumbers.is_possible_number
    for region in REGIONS:
        try:
            if check(phonenumbers.parse(number, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def valid_somewhere(number: str) -> bool:
    return _somewhere(number, True)


def possible_somewhere(number: str) -> bool:
    return _somewhere(number, False)


def labelled_right_before(before: str) -> bool:
    """A phone label ends just before the number: a short one ("Tel.", "M:"), or a label word followed by
    nothing but a colon or a few linking words ("Phone:", "call me on")."""
    if _NEAR_LABEL.search(before):
        return True
    ends = [m.end() for m in _LABELS.finditer(before)]
    return bool(ends) and _LABEL_TAIL.match(before[ends[-1] :]) is not None


def is_phone(value: str, before: str, after: str, listed: bool = False) -> bool:
    """Whether `value` (a candidate run) is a phone number, given the text just before and after it.
    `listed`: the run stands where a phone is expected (a phone column of a table, next to another phone)."""
    core = _EXT_END.sub("", value)
    # A pause and digits ("...,835") may be a decimal part too: only a number that is a phone without it has one.
    extension = core != value and not _PAUSE_EXT.search(value)
    digits = re.sub(r"\D", "", core)
    groups = re.findall(r"\d+", core)
    if len(digits) < 6 or len(digits) > 15:
        return False
    if _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after) or _TIME_RANGE.match(core):
        return False
    if _REFERENCE_BEFORE.search(before) or _HTTP_STATUS_BEFORE.search(before):
        return False
    if _PRE_RELEASE_AFTER.match(after) or _YEAR_DATE.match(core) or _DATE_AFTER_NUMBER.search(core):
        return False
    if _COMPACT_DATE_AFTER_NUMBER.match(core):
        return False
    if (_DAY_YEAR.match(core) and _MONTH_BEFORE.search(before)) or _POSTAL_BEFORE.search(before):
        return False
    if _COORDINATE_BEFORE.search(before) or (
        _HEX_GROUP_BEFORE.search(before) and _HEX_GROUP_AFTER.match(after)
    ):
        return False
    if core.startswith(("+", "(+")):  # "(+44) 20 ..." too
        return international_ok(core)
    if core.startswith("00") and not core.startswith("000") and len(digits) >= 9:
        return international_ok("+" + core[2:].lstrip())
    # North America dials out with 011 ("011 44 20 7946 0958"); elsewhere 011 opens a national number
    # (Buenos Aires), which the rules below still take.
    if core.startswith("011 ") and len(digits) >= 12 and international_ok("+" + core[4:]):
        return True
    # A dotted quad with an extension ("ph 34.48.70.10 x7818") is a phone written in pairs, not an address.
    if (
        (_IPV4.match(core) and not extension)
        or _DOTTED_SINGLE.match(core)
        or all(_YEAR.match(g) for g in groups)
    ):
        return False
    # A date's shape is a phone's in some plans (New Caledonia writes 20.12.34): a label right before decides.
    if _DATE.match(core) and not (labelled_right_before(before) and possible_somewhere(core)):
        return False
    if (
        extension
        or listed
        or _LABELS.search(before)
        or _NEAR_LABEL.search(before)
        or _LABEL_AFTER.match(after)
    ):
        return possible_somewhere(core)
    if _S10_BEFORE.search(before) and _S10_AFTER.match(after):
        return False
    if _BOOKING_STATUS_BEFORE.search(before) and _TWO_TIMES.match(core):
        return False
    if _E_TICKET.match(core) or _SLASH_YEAR.match(core):
        return False
    if _NDC.match(core):
        return False
    if _SSN_SHAPE.match(core):
        return False  # 3-2-4 is a social security number's shape
    if _THOUSANDS.match(core):
        return False
    if _WEAK_LABELS.search(before):
        return possible_somewhere(core)
    if len(digits) < 8 or len(digits) > 13:
        return False
    spaced = re.fullmatch(r"[\d ]+", core) is not None
    if spaced and len(groups[0]) <= 2 and len(groups) >= 2 and all(len(g) == 3 for g in groups[1:]):
        return False  # "12 345 678": thousands separated by spaces
    small = [int(g) for g in groups if len(g) <= 3]
    if len(groups) >= 4 and len(small) == len(groups) and small == sorted(set(small)) and digits[0] != "0":
        return False  # "12 15 18 22 30": a list of numbers, not a phone
    parenthesised = core.startswith("(")
    trunk = digits[0] == "0"
    if parenthesised or len(groups) >= 3 or (trunk and len(groups) == 2):
        return valid_somewhere(core)
    if len(groups) == 2 and len(groups[0]) >= 3 and len(groups[1]) >= 3:
        return valid_somewhere(core)
    return trunk and len(digits) >= 9 and valid_somewhere(core)


def _cells(line: str, delimiter: str) -> list[str]:
    return line.split("|") if delimiter == "|" else next(csv.reader([line], delimiter=delimiter))


def _same_table(line: str, delimiter: str, width: int) -> bool:
    if delimiter == "|":
        return "|" in line
    return line.count(delimiter) >= 2 and len(_cells(line, delimiter)) == width


def _table_start(text: str, line_start: int, delimiter: str, width: int, firsts: dict) -> int:
    """Where the table holding the line at `line_start` begins: the first of the lines above it, unbroken,
    that are rows of the same table. `firsts` remembers the answer for every line walked, so that a table of
    n rows costs n steps, not n squared."""
    walked = []
    at = line_start
    while (at, delimiter, width) not in firsts:
        walked.append((at, delimiter, width))
        if at == 0:
            firsts[walked[-1]] = 0
            break
        prev_start = text.rfind("\n", 0, at - 1) + 1
        if not _same_table(text[prev_start : at - 1], delimiter, width):
            firsts[walked[-1]] = at
            break
        at = prev_start
    first = firsts[(at, delimiter, width)]
    for key in walked:
        firsts[key] = first
    return first


# The longest line read as a table row, in characters.
LONGEST_ROW = 4000


def _line_bounds(text: str, at: int, memo: dict) -> tuple[int, int]:
    """Start and end of the line holding offset `at`, from the text's line breaks found once per text."""
    breaks = memo.get("line breaks")
    if breaks is None:
        breaks = memo["line breaks"] = [m.start() for m in re.finditer("\n", text)]
    i = bisect_left(breaks, at)
    return (breaks[i - 1] + 1 if i else 0), (breaks[i] if i < len(breaks) else len(text))


def phone_column(text: str, start: int, firsts: dict | None = None) -> bool | None:
    """Whether `start` sits in a table column whose header cell names a phone ("Tel", "Fax", "Mobile",
    "phone_number"): a `|` table, or rows of tab-, semicolon- or comma-separated values under a header row
    (a data export: "name,phone,email"). None where `start` is in no table with a header row. `firsts`
    carries table starts, and the text's line breaks, between calls on one text."""
    memo = {} if firsts is None else firsts
    line_start, line_end = _line_bounds(text, start, memo)
    if line_end - line_start > LONGEST_ROW:
        # No export writes a row this long; reading one per number on it would cost its length each time.
        return None
    line = text[line_start:line_end]
    # A bar makes a table; other delimiters need two or more on the line (one comma is prose).
    delimiter = next((d for d in _DELIMITERS if line.count(d) >= (1 if d == "|" else 2)), None)
    if delimiter is None:
        return None
    width = 0 if delimiter == "|" else len(_cells(line, delimiter))
    first = _table_start(text, line_start, delimiter, width, memo)
    if first == line_start:
        return None
    header = text[first : text.find("\n", first)]
    if _TABLE_RULE.match(header) or _NOT_A_HEADER.search(header):
        return None
    cells = _cells(header, delimiter)
    column = len(_cells(text[line_start:start], delimiter)) - 1
    if delimiter == "|":
        # A row written without its leading bar beside a header with one, or the other way round.
        column += header.lstrip().startswith("|") - line.lstrip().startswith("|")
    if not 0 <= column < len(cells):
        return None
    cell = cells[column].strip().replace("_", " ")
    return 0 < len(cell) <= 40 and (_LABELS.search(cell) is not None or _NEAR_LABEL.search(cell) is not None)


def in_phone_column(text: str, start: int, firsts: dict | None = None) -> bool:
    return phone_column(text, start, firsts) is True


# A line of three comma-separated cells or more, each either plain or wholly in double quotes: maybe a row of
# a comma-separated export (a JSON or code line, with quotes inside its cells, is none).
_CSV_CELL = r'(?:"[^"\n]*"|[^,"\n]*)'
_COMMA_LINE = re.compile(rf"^{_CSV_CELL}(?:,{_CSV_CELL}){{2,}}$", re.MULTILINE)


def comma_rows(text: str) -> dict[int, list[tuple[int, int]]]:
    """The data rows of comma-separated tables in `text` (a data export, a CSV pasted into a message), by line
    start, with their cells as (start, end) in `text`. A table is a header row (no run of three digits, no
    sentence end) and the lines right under it with as many cells, three or more (double-quoted cells kept
    whole): there every comma outside quotes separates two fields, so "(506) 234-7872,2806:8eea::3c5" is a
    phone and an address, not a number with a decimal part or a dialler's pause."""
    if text.count(",") < 4:
        return {}
    rows: dict[int, list[tuple[int, int]]] = {}
    header_width, table_end = 0, -2
    for m in _COMMA_LINE.finditer(text):
        start, end = m.span()
        cells = comma_cells(m.group(), header_width) if header_width else cell_spans(m.group(), ",")
        if start == table_end + 1 and len(cells) == header_width:
            rows[start] = [(start + s, start + e) for s, e in cells]
        elif len(cells) >= 3 and not _NOT_A_HEADER.search(text, start, end):
            header_width = len(cells)
        else:
            header_width = 0
        table_end = end
    return rows


# HL7 v2's patient segment: PID-13 and PID-14 are the patient's home and business phones (the first component
# of the field's first repeat: "||2437586109\r", "||^PRN^PH^^^212^5551234" leaves the number in later parts).
_HL7_PID_PHONES = re.compile(
    r"(?:^|[\r\n])PID(?:\|[^|\r\n]*){12}"
    r"\|(?P<home>[+(]?\d[\d ()./-]*\d)?[^|\r\n]*(?:\|(?P<business>[+(]?\d[\d ()./-]*\d)?)?"
)


# Contact details give an e-mail address and a phone side by side ("`a.b@mail.com` · 02131022", "072.935.445,
# a.b@mail.com", "a.b@shaw.ca / 650-3768"): a number right before or after an address, one separator between, is
# listed with it.
_EMAIL_BEFORE = re.compile(r"@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}[`'\">)]?[ \t]*[·•,;/|—–-][ \t]*$")
_EMAIL_AFTER = re.compile(r"[ \t]*[·•,;/|—–-][ \t]*[`'\"<(]?[\w.%+-]+@[\w-]+\.")


def _beside_email(text: str, start: int, end: int) -> bool:
    return bool(
        _EMAIL_BEFORE.search(text, max(0, start - 80), start) or _EMAIL_AFTER.match(text, end, end + 80)
    )


# A fixed-width extract's rows open with a record key of one length, then a run of spaces and the next field
# ("0742634664  DOE, JANE     12-MAR-1960  ..."). Keys are drawn from all digits: a few open with 0 and read as
# national phones, but most of the column does not read as phones at all, which a column of phones would.
_LINE_KEY = re.compile(r"^\d{6,12}(?= {2,40}\S)", re.MULTILINE)


def _key_column_spans(text: str, phones: list[RecognizerResult]) -> set[tuple[int, int]]:
    """The line-opening keys of a fixed-width extract that were read as phones: three lines or more open with a
    digit key of one length, and fewer than half of those keys read as phones."""
    by_length: dict[int, list[tuple[int, int]]] = {}
    for m in _LINE_KEY.finditer(text):
        by_length.setdefault(m.end() - m.start(), []).append(m.span())
    found = {(r.start, r.end) for r in phones}
    out: set[tuple[int, int]] = set()
    for spans in by_length.values():
        taken = [span for span in spans if span in found]
        if len(spans) >= 3 and 2 * len(taken) < len(spans):
            out.update(taken)
    return out


class WorldPhoneRecognizer(Recognizer):
    """Phone numbers of any region: see the module docstring for what makes a run of digits one."""

    def __init__(self) -> None:
        super().__init__("PHONE_NUMBER", [Pattern("phone", CANDIDATE.pattern, 0.6)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        last_end = -1
        if _UNPLAIN.search(text):
            text = text.translate(_PLAIN)  # same length: offsets hold
        firsts: dict = {}  # table starts, shared by the candidates of this text
        rows = comma_rows(text)
        for m in CANDIDATE.finditer(text):
            if rows and text.rfind("\n", 0, m.start()) + 1 in rows:
                continue  # read cell by cell below
            for s, e in self._spans(text, m.start(), self._end(text, m), last_end, firsts):
                out.append(RecognizerResult("PHONE_NUMBER", s, e, 0.6))
                last_end = e
        if "PID|" in text:
            seen = {(r.start, r.end) for r in out}
            for m in _HL7_PID_PHONES.finditer(text):
                for group in ("home", "business"):
                    s, e = m.span(group)
                    if e - s >= 6 and (s, e) not in seen and possible_somewhere(text[s:e]):
                        out.append(RecognizerResult("PHONE_NUMBER", s, e, 0.6))
        # In a comma-separated row a run stops at its cell's end: the comma after it is the next field's.
        for cells in rows.values():
            for cell_start, cell_end in cells:
                for m in CANDIDATE.finditer(text[cell_start:cell_end]):
                    start, end = cell_start + m.start(), cell_start + self._end(m.string, m)
                    for s, e in self._spans(text, start, end, last_end, firsts):
                        out.append(RecognizerResult("PHONE_NUMBER", s, e, 0.6))
                        last_end = e
        if out and "  " in text:
            keys = _key_column_spans(text, out)
            if keys:
                out = [r for r in out if (r.start, r.end) not in keys]
        return out

    @staticmethod
    def _end(text: str, m: re.Match) -> int:
        """Where the candidate `m` ends: it may close on a separator ("212 555 0134 ") or a lone bracket; an
        extension's closing bracket is the phone's ("0123 4567 (ext. 12)")."""
        end = m.end()
        while end > m.start() and not text[end - 1].isdigit():
            end -= 1
        if (
            end < m.end()
            and text[end] == ")"
            and text.count("(", m.start(), end) > text.count(")", m.start(), end)
        ):
            end += 1
        return end

    def _spans(self, text: str, start: int, end: int, last_end: int, firsts: dict) -> list[tuple[int, int]]:
        """The phones of one candidate run: two numbers written in a row ("030 1234567 / 0171 2345678") are two
        phones when each is one on its own, even where the run would pass for one long international number;
        else the run is one phone, or none, and then each part is tried on its own."""
        pieces, at = [], start
        for sep in _PAIR_SPLIT.finditer(text, start, end):
            pieces.append((at, sep.start()))
            at = sep.end()
        pieces.append((at, end))
        if len(pieces) == 1:
            return [(start, end)] if self._phone(text, start, end, last_end, firsts) else []
        phones, previous = [], last_end
        for s, e in pieces:
            if e > s and self._phone(text, s, e, previous, firsts):
                phones.append((s, e))
                previous = e
        if len(phones) < len(pieces) and self._phone(text, start, end, last_end, firsts):
            return [(start, end)]
        return phones

    @staticmethod
    def _phone(text: str, start: int, end: int, last_end: int, firsts: dict) -> bool:
        # The text's start is a line's start.
        before = text[start - 30 : start] if start >= 30 else "\n" + text[:start]
        after = text[end : end + 16]
        # In a table under a header row, the column's header says what is listed there; elsewhere a number
        # right after a phone, in the same list, is listed with it.
        listed = phone_column(text, start, firsts)
        if listed is None:
            listed = (
                0 <= last_end <= start
                and start - last_end <= 40
                and _LIST_GAP.match(text, last_end, start) is not None
            ) or _beside_email(text, start, end)
        return is_phone(text[start:end], before, after, listed)
