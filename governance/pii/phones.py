"""Phone numbers of every region, national and international, through Google's `phonenumbers` metadata.

A regex finds runs of digit groups; the shape and the surrounding text decide whether one is a phone:

- `+44 ...`, `0044 ...`: parsed as international; the country code and length must be possible.
- A run with a phone label before it ("tel", "mobile", "call me on"): any possible length.
- Grouped national numbers that look like phones, i.e. an area code in parentheses, a trunk 0, or three or
  more groups, which must be a valid number in at least one of REGIONS.
- Two groups or none: only with a label, or when a trunk-0 number is valid in a region.

Runs that are something else are set aside first: dates, times, year ranges, amounts (a currency or a
thousands separator), decimals, versions, and numbers inside words or codes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import Pattern, RecognizerResult

from governance.pii.base import Recognizer, context_regex

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
]
# Words that often, but not only, introduce a phone ("number of shares 1.234.567").
WEAK_PHONE_LABELS = ["contact", "number", "reach", "numéro", "numero", "ping"]
_GROUP = r"(?:\(\d{1,5}\)|\d{1,15})"
_SEP = r"(?:[ \t]?[-./][ \t]?|[ \t]|(?<=\))|(?=\())"
CANDIDATE = re.compile(
    rf"(?<![\w+@/:.,-])(?:\+[ \t]?|00[ \t]?)?{_GROUP}(?:{_SEP}{_GROUP}){{0,6}}"
    r"(?:[ \t]?(?:x|ext\.?)[ \t]?\d{1,5})?(?![\w@]|[.,:/-]\d)"
)
_DATE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:19|20)\d{2}[-/](?:19|20)?\d{2})$"
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_SSN_SHAPE = re.compile(r"^\d{3}[- ]\d{2}[- ]\d{4}$")
_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:([.,'])\d{3})+$")
_MONEY_BEFORE = re.compile(
    r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|JPY|INR|Rs\.?|kr))\s?$"
)
_MONEY_AFTER = re.compile(
    r"^\s?(?:[$€£%‰]|(?:USD|EUR|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|JPY|INR|kr|zł|Kč|Ft|dollars|euros?|"
    r"million|billion|bn|m\b|k\b|shares|units|pcs|kg|km|mg|ml|t\b|percent|bps|sq))",
    re.IGNORECASE,
)
_LABELS = context_regex(PHONE_LABELS)
_WEAK_LABELS = context_regex(WEAK_PHONE_LABELS)


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
def valid_somewhere(number: str) -> bool:
    import phonenumbers

    for region in REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


@lru_cache(maxsize=65536)
def possible_somewhere(number: str) -> bool:
    import phonenumbers

    for region in REGIONS:
        try:
            if phonenumbers.is_possible_number(phonenumbers.parse(number, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def is_phone(value: str, before: str, after: str) -> bool:
    """Whether `value` (a candidate run) is a phone number, given the text just before and after it."""
    core = re.sub(r"[ \t]?(?:x|ext\.?)[ \t]?\d{1,5}$", "", value)
    digits = re.sub(r"\D", "", core)
    groups = re.findall(r"\d+", core)
    if len(digits) < 6 or len(digits) > 15:
        return False
    if _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after):
        return False
    if core.startswith("+"):
        return international_ok(core)
    if core.startswith("00") and not core.startswith("000") and len(digits) >= 9:
        return international_ok("+" + core[2:].lstrip())
    if _DATE.match(core) or _IPV4.match(core) or all(_YEAR.match(g) for g in groups):
        return False
    if _LABELS.search(before):
        return possible_somewhere(core)
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
    return trunk and len(digits) >= 10 and valid_somewhere(core)


class WorldPhoneRecognizer(Recognizer):
    """Phone numbers of any region: see the module docstring for what makes a run of digits one."""

    def __init__(self) -> None:
        super().__init__("PHONE_NUMBER", [Pattern("phone", CANDIDATE.pattern, 0.6)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        out = []
        for m in CANDIDATE.finditer(text):
            value = m.group()
            # A candidate may close on a separator ("212 555 0134 ") or a lone bracket.
            end = m.end()
            while end > m.start() and not text[end - 1].isdigit():
                end -= 1
            value = text[m.start() : end]
            before = text[max(0, m.start() - 30) : m.start()]
            after = text[end : end + 12]
            if is_phone(value, before, after):
                out.append(RecognizerResult("PHONE_NUMBER", m.start(), end, 0.6))
        return out
