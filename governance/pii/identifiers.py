"""Identifiers with a checksum or an unambiguous format, found in every document whatever its domain.

A check digit decides where one exists (Luhn for cards and NPIs, mod-97 for IBANs, 3-7-1 for ABA routing
numbers). Where a format alone is ambiguous (nine digits may be a routing number, an order number or a
CUSIP), the identifier's own label must sit just before it ("routing", "SWIFT", "MRN", "driver's license"):
that label is what makes the value unambiguous in any domain. Domain packs add looser contexts of their own.
"""

from __future__ import annotations

import ipaddress
import re
import string
from functools import partial
from itertools import chain

from presidio_analyzer import Pattern, RecognizerResult

from governance.pii.base import (
    HOSPITAL_WORDS,
    ROUTING_CONTEXT,
    ROUTING_WINDOW,
    ContextGatedRecognizer,
    Recognizer,
    aba_ok,
    context_regex,
    labelled_results,
    luhn_ok,
    names_parent,
    npi_ok,
    only_digits,
    ssn_parts_ok,
    word_trie,
)

# Same pattern the quality gate checks for residual emails, so that scrub and gate cannot disagree.
# presidio's own recognizer misses addresses glued to other text ("a@x.com/b@y.com").
PLAIN_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
# Every dash a document may print between digit groups (Unicode category Pd, and the minus sign): the hyphen,
# the non-breaking hyphen, figure, en and em dashes, the minus, and their small and full-width forms. Word
# processors turn "-" into "\u2013" on their own, so a number's shape must not depend on which one was typed.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d-"  # hyphen last: literal in a class
# Every horizontal space (Unicode category Zs): the space, no-break, en/em/thin/hair spaces, the narrow
# no-break space of French typography, the ideographic space.
SPACES = " \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
DASH = f"[{DASHES}]"
SPACE = f"[{SPACES}]"
# Shared with the quality gate (RESIDUAL_PII): whatever the gate calls a residual SSN, scrub removes.
US_SSN_PATTERN = rf"\b\d{{3}}{DASH}\d{{2}}{DASH}\d{{4}}\b"

# IBAN length by country, from the ISO 13616 registry (SWIFT's IBAN registry, release 99), with the countries
# that joined it since 2020: Saint Lucia (LC), Burundi (BI), Djibouti (DJ), Somalia (SO), Mongolia (MN), the
# Falkland Islands (FK) and Oman (OM).
_IBAN_LENGTH_TABLE = {
    15: "NO",
    16: "BE",
    18: "DK FI FK FO GL NL SD",
    19: "MK SI",
    20: "AT BA EE KZ LT LU MN XK",
    21: "CH HR LI LV",
    22: "BG BH CR DE GB GE IE ME RS VA",  # Costa Rica: 22 since 2017 (a leading 0 before the bank code)
    23: "AE GI IL IQ OM SO TL",
    24: "AD CZ ES MD PK RO SA SE SK TN VG",
    25: "LY PT ST",
    26: "IS TR",
    27: "BI DJ FR GR IT MC MR SM",
    28: "AL AZ BY CY DO GT HU LB PL SV",
    29: "BR EG PS QA UA",
    30: "JO KW MU",
    31: "MT SC",
    32: "LC NI",
    33: "RU",
}
IBAN_LENGTHS = {country: n for n, countries in _IBAN_LENGTH_TABLE.items() for country in countries.split()}


# Characters that group an IBAN's characters: any space (no-break, narrow no-break, thin, ...) or any dash
# ("BR19-9300-0521-..."); mod-97 is the guard, not the separator's shape.
IBAN_SEPARATORS = SPACES + DASHES
_IBAN_UNGROUP = str.maketrans("", "", IBAN_SEPARATORS)


def iban_ok(text: str) -> bool:
    s = text.translate(_IBAN_UNGROUP).upper()
    if len(s) != IBAN_LENGTHS.get(s[:2], -1) or not s[2:4].isdigit() or not s.isalnum():
        return False
    moved = s[4:] + s[:4]
    number = "".join(str(string.ascii_uppercase.index(c) + 10) if c.isalpha() else c for c in moved)
    return int(number) % 97 == 1


def email_recognizer() -> Recognizer:
    return Recognizer(
        "EMAIL_ADDRESS", [Pattern("plain email", PLAIN_EMAIL, 0.6)], name="PlainEmailRecognizer"
    )


class SsnRecognizer(Recognizer):
    """US social security numbers: dashed or spaced 3-2-4 anywhere, nine plain digits after an SSN label.
    Synthetic and ITIN ranges (9xx) are personal numbers too."""

    LABEL = context_regex(["ssn", "social security", "soc. sec", "soc sec", "ss#", "ss no", "tin", "itin"])
    # The label may stand a little back, the number given later in the field ("SSN xxx-xx-.... full no. on
    # Form 121: 378053909").
    LABEL_WINDOW = 45
    # "Social" as people say it ("Your Social is 113770506", "Social #: ...").
    SOCIAL = re.compile(
        r"\b(?i:(?:your|my|his|her|their|the)[ ]social(?:[ ]number)?(?:[ ]is)?|social[ ]?(?:#|no\.?|number))"
        r"[ \t:]*$"
    )
    # A table column headed by an SSN label ("Name   SSN   DOB"): its cells are SSNs in any of the shapes.
    HEADER = re.compile(r"(?i)\b(?:ssn|social security(?: no\.?| number)?|soc\.? sec\.?)(?![^\W\d_])")
    CELL = re.compile(rf"\d{{3}}((?:{DASH}|{SPACE})?)\d{{2}}\1\d{{4}}")

    def __init__(self) -> None:
        super().__init__(
            "US_SSN",
            [
                Pattern("dashed ssn", US_SSN_PATTERN, 0.8),
                Pattern("spaced ssn", r"(?<![\d-])\d{3} \d{2} \d{4}(?![\d-]| \d)", 0.8),
                Pattern("plain ssn", r"(?<![\w-])\d{9}(?![\w-])", 0.8),
            ],
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        out = []
        for r in super().analyze(text, entities, nlp_artifacts, regex_flags):
            if not ssn_parts_ok(only_digits(text[r.start : r.end])):
                continue
            if (
                not any(c in text[r.start : r.end] for c in SPACES + DASHES)
                and not self.LABEL.search(text, max(0, r.start - self.LABEL_WINDOW), r.start)
                and not self.SOCIAL.search(text, max(0, r.start - 30), r.start)
            ):
                continue
            out.append(r)

        def fits(s: int, e: int) -> bool:
            return bool(self.CELL.fullmatch(text, s, e)) and ssn_parts_ok(only_digits(text[s:e]))

        return out + labelled_results(text, self.HEADER, "US_SSN", 0.8, fits, out)


# What may stand between a card number's groups: one or two spaces of any kind, or any dash or a dot with a
# space either side or none. Groups may change separator ("4111 1111-1111.1111", "3782\u2013822463\u201310005").
_CARD_SEP = rf"(?:[\t{SPACES}]{{1,2}}|[\t{SPACES}]?[.{DASHES}][\t{SPACES}]?)"
# Where a card word names the number, a slash may part its groups too ("PAN 6062/8299/4603/2418", "paid by card
# 6443/895269/117276"): receipts and card-terminal tapes print them so.
_NAMED_CARD_SEP = rf"(?:{_CARD_SEP}|/)"
# A number a card word, column or key names, grouped any way at all (threes, twos, a lone last digit) or run
# together: the name says what it is, and Luhn over 12-19 digits stays the guard.
# The groups after the first may be long ("358965/9805152440751"): 12-19 digits in all is checked after.
_ANY_GROUPING = rf"[1-9]\d{{0,8}}(?:{_CARD_SEP}\d{{1,18}}){{1,18}}"
_ANY_NAMED_GROUPING = rf"[1-9]\d{{0,8}}(?:{_NAMED_CARD_SEP}\d{{1,18}}){{1,18}}"
_RUN_TOGETHER = r"[1-9]\d{11,18}"
# A millisecond, microsecond or nanosecond Unix time from September 2001 to 2038 run together (logs, JSON,
# SMS backups: date="1646725580970"): a timestamp, whatever Luhn says.
_EPOCH = re.compile(r"[12][0-9]{12}(?:[0-9]{3}){0,2}")
_EPOCH_RANGE = range(1_000_000_000, 2_147_483_648)  # 2001-09-09 to 2038-01-19, in seconds


# A date and time run together, as HL7 and other record formats stamp a message ("202612150815", with seconds
# "20261215081530"): a timestamp, whatever Luhn says.
_COMPACT_DATE_TIME = re.compile(
    r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?"
)


def unix_time(digits: str) -> bool:
    """Whether a run of digits reads as a Unix time in milliseconds, microseconds or nanoseconds."""
    return _EPOCH.fullmatch(digits) is not None and int(digits[:10]) in _EPOCH_RANGE


def card_digits(digits: str) -> bool:
    """Whether a card number's digits are one: 12 to 19 of them, passing the Luhn check."""
    return 12 <= len(digits) <= 19 and luhn_ok(digits)


# The lengths each network issues its cards in, by the leading digits of its issuer numbers (ISO/IEC 7812 as
# the networks publish them): Visa, Mastercard (51-55, 2221-2720), Mir (2200-2204), American Express, Diners
# (30, 36, 38, 39), JCB (3528-3589), Discover and UnionPay (60, 62, 64, 65), Maestro (50, 56-69), RuPay (81,
# 82), UATP (1), Troy (9792). IMEIs (15 digits from 35 or 86) and SIM serials (89) fall outside.
_ISSUER_LENGTHS: tuple[tuple[tuple[int, int], range], ...] = (
    ((4, 4), range(13, 20, 3)),
    ((51, 55), range(16, 17)),
    ((2221, 2720), range(16, 17)),
    ((2200, 2204), range(16, 17)),
    ((34, 34), range(15, 16)),
    ((37, 37), range(15, 16)),
    ((30, 30), range(14, 20)),
    ((36, 36), range(14, 20)),
    ((38, 39), range(14, 20)),
    ((3528, 3589), range(16, 20)),
    ((50, 50), range(12, 20)),
    ((56, 69), range(12, 20)),
    ((81, 82), range(16, 17)),
    ((1, 1), range(15, 16)),
    ((9792, 9792), range(16, 17)),
)


_NOT_DIGITS = re.compile(r"\D+")
_ISBN13 = re.compile(r"97[89](?:-?\d){10}")


def isbn13(value: str) -> bool:
    """A book's ISBN-13: 978 or 979, ten more digits, hyphens or not, and EAN-13's check digit (weights 1, 3)."""
    if not _ISBN13.fullmatch(value):
        return False
    digits = [int(c) for c in value if c.isdigit()]
    return sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0


_COLUMN_GAP = re.compile(r"\t|[ ]{2,}")


def _column_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of text[start:end] between its column gaps (tabs, runs of two spaces or more); none if it
    has no gap."""
    cuts = [(g.start(), g.end()) for g in _COLUMN_GAP.finditer(text, start, end)]
    if not cuts:
        return []
    bounds = [start, *(x for cut in cuts for x in cut), end]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def issued_length(digits: str) -> bool:
    """Whether a network issues cards of this length under these leading digits."""
    return any(
        low <= int(digits[: len(str(low))]) <= high and len(digits) in lengths
        for (low, high), lengths in _ISSUER_LENGTHS
    )


# A payment card in the languages cards are printed and talked about in ("credit card" ends in "card").
_CARD_WORDS = (
    "card cc pan carte tarjeta cartão cartao carta karte kartennummer kaart kort kortnummer karta kartica kártya "
    "kortti карта карты карте карту"
).split()


class CardRecognizer(Recognizer):
    """Payment card numbers of any network: 12-19 digits that pass the Luhn check, run together or in groups
    (4-4-4-4, 4-6-5, 4-6-4, 4-5-6, 6-12, 8-8, 4-4-4-4-3, ...) separated by spaces, dashes or dots, even
    mixed; the last group may be one or two digits (a 17- or 18-digit number printed in fours).

    Issuers never start a card with 0 (ISO/IEC 7812), and a card's first group has four to nine digits
    ("650085513-703987216"): national phone numbers (trunk 0), international ones (`+`, `00`), IPs and versions (groups of 1-3),
    amounts (thousands of three) fall outside the shape. Context only ever rejects: the number right after
    a product-code or reference label ("EAN", "ISBN", "order", "invoice", "tracking"), or a Unix time in
    milliseconds and finer (`1646725580970`). One random long number in ten passes Luhn; in card shapes,
    outside those labels, few long numbers are anything else."""

    # A comma may end the field before a card (a CSV row: `...,2022,2204-7210-3834-9354`); after a digit an
    # ungrouped run may instead be a figure's decimals ("0,4111111111111"), so there it must be grouped.
    PATTERN = (
        rf"(?<![\w+@/.:{DASHES}])(?<!\d[{SPACES}.{DASHES}])(?<!\d[{SPACES}.{DASHES}][{SPACES}])"
        rf"(?<!\d,(?=\d{{12,19}}(?!\d)))"
        rf"(?:[1-9]\d{{3,8}}(?:{_CARD_SEP}\d{{3,15}}){{1,4}}(?:{_CARD_SEP}\d{{1,2}})?|[1-9]\d{{11,18}})"
        rf"(?![\w@]|[.,:/{DASHES}]\d)"
    )
    # A product's bar code or book number ("EAN 4006381333931", "ISBN 9783161484100"), an order, invoice or
    # shipment reference, or a time: not a card.
    NOT_A_CARD = re.compile(
        r"(?<![\w-])(?i:ean|gtin|upc|isbn|issn|barcode|bar code|order|invoice|inv|ref|reference|tracking|awb|"
        r"ticket|booking|serial|s/n|sku|batch|lot|timestamp|ts|time|date|epoch|"
        # A parcel's scan or waybill; an animal's microchip, transponder or ear tag.
        r"scan|waybill|parcel|consignment|shipment|microchip|transponder|eid|tags?)\.?"
        r"(?:[ \t]*(?i:no|nr|num|number|n°|#|id)\.?)?[\"' \t:#=-]*$"
    )
    _RUN = re.compile(PATTERN)
    # Right after a card word ("card 979 255 164 209 731 0", "on this card:\n> 652.433.940.842.756.175.8",
    # "Kartennummer: ...") a number may be grouped any way at all (threes, twos, a lone last digit): the word
    # says what the number is, so the first group need not have four digits, and Luhn stays the guard.
    # Separators are those of the card shape (spaces, dashes, dots; never a comma, so "card fee 1,234,567"
    # stays an amount), and nothing but a colon, "no."/"#", a line break or a quote mark may stand between.
    CARD_WORD = r"(?<![\w-])(?=[CcPpTtKkКк])(?i:" + word_trie(_CARD_WORDS) + ")"
    LABELLED = re.compile(
        rf"{CARD_WORD}(?![\w-])(?:[ \t]*(?i:no|nr|number|num|n°|nº|#)\.?)?[ \t]*+[:#=]?[ \t]*+(?:\n[> \t]*)?"
        rf"(?P<number>{_ANY_NAMED_GROUPING})(?![\w@]|[.,:/{DASHES}]\d)"
    )
    # A record's card field ('"cardOnFile" : "6062/8268/0253/6581"', '"card_number": "..."').
    JSON_KEY = re.compile(
        rf"\"(?i:card|pan)[A-Za-z_]{{0,20}}\"[ \t]*:[ \t]*\""
        rf"(?P<number>{_ANY_NAMED_GROUPING}|{_RUN_TOGETHER})\""
    )
    # A reservation's form of payment writes the card glued to "CC" and, often, the network's two letters
    # ("FP CCVI4111111111111111/0128", "FP CC6221-2669-6762-9418"): capitals only, Luhn the guard.
    FORM_OF_PAYMENT = re.compile(
        rf"(?<![\w-])CC(?:[A-Z]{{2}})?(?P<number>{_ANY_GROUPING}|{_RUN_TOGETHER})"
        rf"(?![\w@]|[.,:{DASHES}]\d)"
    )
    # A table column headed by a card word ("| Card number |", "pan,exp,name"): its cells are cards in any
    # grouping, with Luhn as the guard.
    # A column of how each row was paid ("paid_with", "Payment method", "tender") holds cards too.
    HEADER = re.compile(
        rf"(?:{CARD_WORD}|(?<![^\W\d_])(?i:paid[ _-]?(?:with|by)|pay(?:ment)?[ _-]?(?:method|instrument)|tender))"
        r"(?![^\W\d_])"
    )
    CELL = re.compile(rf"{_ANY_GROUPING}|{_RUN_TOGETHER}")

    # A card named a little before its number, in the same sentence or the question it answers ("The card
    # you gave was declined: 30-0813-5319-2010", "Which card is it?\n[14:35] Guest: 30 0469 9889 2472"): the
    # number may be grouped any way, as after a card word. Luhn, 12-19 digits and the whole run stay the guard.
    NEARBY_WINDOW = 80
    # A pre-authorisation is held on a card ("Deposit EUR 290 pre-authorised on 676.348.866.648"), a fee is
    # charged or billed to one ("charged to 867.779.953.308"), and a fee line names the card it was paid with
    # after the amount and a dash ("36.79 USD — 849 743 693 988"): Luhn over 12-19 digits stays the guard.
    _NAMED = re.compile(
        rf"{CARD_WORD}s?(?![\w-])|(?<![\w-])(?i:pre-?authori[sz](?:ed|ation)|(?:charged|billed|debited) (?:to|on))"
        rf"(?![\w-])|(?<![\w.,])\d[\d,.]{{0,14}}[.,]\d\d(?:[ \u00a0][A-Z]{{3}})?[ \u00a0]?[\u2013\u2014][ \u00a0]?(?=[1-9])"
    )
    _NEARBY = re.compile(
        rf"(?<![\w+@/.,:{DASHES}])(?<!\d[\t{SPACES}.{DASHES}])(?<!\d[\t{SPACES}.{DASHES}][\t{SPACES}])"
        rf"{_ANY_NAMED_GROUPING}(?![\w@]|[.,:/{DASHES}]\d)"
    )

    # Where a network's leading digits, a length it issues and Luhn agree, the number may stand in any
    # grouping and against any mark: after a key's colon or a slash ("x:4539...", "VISA/4539..."), glued to a
    # code in capitals ("VISA4539..."), before its expiry ("4539.../0128", ".../09/27").
    _ISSUED = re.compile(rf"(?<!\d)[1-9]\d{{0,17}}(?:{_CARD_SEP}\d{{1,18}}){{0,18}}")
    _ISSUED_SLASHED = re.compile(
        rf"(?<!\d)(?<!\d/)[1-9]\d{{0,17}}(?:{_NAMED_CARD_SEP}\d{{1,18}}){{1,18}}"
    )  # "5893/5281/82226"
    # A digit one mark or one space before is the same number going on; a tab or a wider gap parts columns.
    _LONGER_NUMBER_BEFORE = re.compile(rf"(?:\d[^\w\s]?[ ]?|\d[^\w\s]{{2}}|[+@,]|(?<![^\W\d_])[{DASHES}])$")
    # A network's own code glued before its number ("VISA4539...", "AMEX/3782..."); any other code ("ID4539...")
    # makes the digits part of an identifier.
    _CODE_BEFORE = re.compile(
        r"(?<![\w])(?:VISA|VI|MC|MASTERCARD|AMEX|AX|DISCOVER|DS|DINERS|DC|JCB|JC|CUP|UP|UNIONPAY|MAESTRO|MIR|RUPAY)$"
    )
    # An amount or a version grouped by thousands: every group after the first of three digits, one mark.
    _THOUSANDS = re.compile(r"\d{1,3}(?:([.,\u00a0\u202f ])\d{3})(?:\1\d{3})*")
    _EXPIRY_AFTER = re.compile(r"/(?:\d\d|\d{4}|\d\d/\d\d)(?![\w/])")
    _NUMBER_GOES_ON = re.compile(rf"[\w@]|[.,:/{DASHES}]\d")

    def _issued_card(self, text: str, start: int, end: int) -> bool:
        run = text[start:end]
        if len(set(_NOT_DIGITS.findall(run))) > 1:
            return False  # mixed marks between the groups: two numbers or a date range, not one card
        digits = only_digits(run)
        if not (card_digits(digits) and issued_length(digits)) or self._THOUSANDS.fullmatch(run):
            return False
        before = text[max(0, start - 12) : start]
        if self._LONGER_NUMBER_BEFORE.search(before):
            return False  # the tail of a longer number, a phone's "+", an amount's decimals
        if before[-1:].isalpha() and not self._CODE_BEFORE.search(before):
            return False  # inside a word or a hash
        if self._NUMBER_GOES_ON.match(text, end) and not self._EXPIRY_AFTER.match(text, end):
            return False
        return not self.NOT_A_CARD.search(text, max(0, start - 30), start)

    def __init__(self) -> None:
        super().__init__("CREDIT_CARD", [Pattern("card", self.PATTERN, 0.9)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        out = []
        for m in self._RUN.finditer(text):
            d = only_digits(m.group())
            if not card_digits(d):
                continue
            if self.NOT_A_CARD.search(text, max(0, m.start() - 30), m.start()):
                continue
            if d == m.group() and (unix_time(d) or _COMPACT_DATE_TIME.fullmatch(d)):
                continue
            longer = self._ISSUED.match(text, m.start())
            if longer and longer.end() > m.end() and self._issued_card(text, m.start(), longer.end()):
                continue  # "400312111000 0000": the run goes on as one longer card, taken whole below
            out.append(RecognizerResult("CREDIT_CARD", m.start(), m.end(), 0.9))
        # Every character a card found so far covers: a set, so that a dump of thousands of cards is read in
        # linear time (a list of spans scanned for each new number was quadratic).
        covered = {i for r in out for i in range(r.start, r.end)}

        def take(start: int, end: int) -> None:
            out.append(RecognizerResult("CREDIT_CARD", start, end, 0.9))
            covered.update(range(start, end))

        def new_card(start: int, end: int) -> bool:
            # The whole run or nothing: a shorter prefix would pass Luhn one time in ten by chance.
            return card_digits(only_digits(text[start:end])) and start not in covered

        keyed = self.JSON_KEY.finditer(text) if '"' in text else ()
        for m in chain(self.LABELLED.finditer(text), self.FORM_OF_PAYMENT.finditer(text), keyed):
            if new_card(*m.span("number")):
                take(*m.span("number"))
        # Grouped any way, with no card word near: a network's leading digits, a length it issues and Luhn
        # together (about one random 16-digit number in twenty-five passes all three), outside reference labels.
        for m in chain(self._ISSUED.finditer(text), self._ISSUED_SLASHED.finditer(text)):
            # A tab or a wider gap may part two columns the run took as one ("Lot 12  4539 1488 ..."): each
            # piece between column gaps is judged on its own as well.
            for start, end in ((m.start(), m.end()), *_column_pieces(text, m.start(), m.end())):
                if self._issued_card(text, start, end) and new_card(start, end):
                    take(start, end)
                    break
        for w in self._NAMED.finditer(text):
            for m in self._NEARBY.finditer(text, w.end(), min(len(text), w.end() + self.NEARBY_WINDOW)):
                if new_card(*m.span()) and not self.NOT_A_CARD.search(
                    text, max(0, m.start() - 30), m.start()
                ):
                    take(*m.span())

        def fits(s: int, e: int) -> bool:
            return bool(self.CELL.fullmatch(text, s, e)) and card_digits(only_digits(text[s:e]))

        return out + labelled_results(text, self.HEADER, "CREDIT_CARD", 0.9, fits, out)


class IbanMod97Recognizer(Recognizer):
    """IBANs of every country in the ISO 13616 registry, in capitals or not, grouped (by up to three spaces,
    no-break or thin spaces, or hyphens) or run together, cut at the country's length and checked with
    mod-97. An IBAN may follow a SWIFT MT940 subfield code with nothing between ("?31FR35...?32"): the
    code's two digits are not part of it. Printed IBANs often set the country code apart from the check
    digits ("HR 16 6675 2620 ..."): a capital country code may have one space after it.
    Any space or dash may group the rest; the country's length and mod-97 are the guard."""

    START = re.compile(
        rf"(?:(?<![A-Za-z0-9])|(?<=\?\d\d))([A-Za-z]{{2}})(?:(?<=[A-Z]{{2}}){SPACE})?(\d{{2}})"
        rf"(?=[{IBAN_SEPARATORS}]{{0,3}}[A-Za-z0-9])"
    )
    MAX_SEPARATOR_RUN = 3  # "ME43  7865  0982" (two spaces), "DE89 - 3704" (space, hyphen, space)

    def __init__(self) -> None:
        super().__init__("IBAN_CODE", [Pattern("iban", r"[A-Z]{2}\d{2}", 0.3)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        out = []
        for m in self.START.finditer(text):
            length = IBAN_LENGTHS.get(m.group(1).upper())
            if length is None:
                continue
            end, have = m.end(), 4
            while have < length and end < len(text):
                if text[end].isalnum() and text[end].isascii():
                    have += 1
                    end += 1
                    continue
                # A run of separators between groups, then the next group.
                run = end
                while run < len(text) and run - end < self.MAX_SEPARATOR_RUN and text[run] in IBAN_SEPARATORS:
                    run += 1
                if run == end or not text[run : run + 1].isalnum():
                    break
                end = run
            if have == length and not text[end : end + 1].isalnum() and iban_ok(text[m.start() : end]):
                out.append(RecognizerResult("IBAN_CODE", m.start(), end, 0.9))
        return out


class AbaChecksumRecognizer(ContextGatedRecognizer):
    """Nine digits that pass the 3-7-1 checksum after routing context (one random number in ten passes the
    checksum alone, so the label is required too)."""

    def __init__(self) -> None:
        super().__init__(
            "ABA_ROUTING_NUMBER",
            [Pattern("aba", r"(?<![\d-])\d{4}-?\d{4}-?\d(?![\d-])", 0.6)],
            context=ROUTING_CONTEXT,
            window=ROUTING_WINDOW,
        )

    def validate_result(self, pattern_text: str) -> bool:
        return aba_ok(only_digits(pattern_text))


class NpiRecognizer(ContextGatedRecognizer):
    """National Provider Identifiers after an NPI label: ten digits whose Luhn check runs over 80840."""

    def __init__(self, name: str | None = None) -> None:
        super().__init__(
            "NPI",
            [Pattern("npi", r"(?<![\d-])[12]\d{9}(?![\d-])", 0.6)],
            context=["npi", "national provider", "provider id", "provider number"],
            window=30,
            name=name,
        )

    def validate_result(self, pattern_text: str) -> bool:
        return npi_ok(only_digits(pattern_text))


# ISO 3166 country codes (phonenumbers knows every region): the 5th-6th letters of a SWIFT/BIC code.
def _countries() -> frozenset[str]:
    import phonenumbers

    return frozenset(phonenumbers.SUPPORTED_REGIONS) | {"XK", "EU"}


class SwiftRecognizer(ContextGatedRecognizer):
    """SWIFT/BIC codes: bank (4 letters), ISO country (2), location (2), optional branch (3).

    A code needs its label before it ("SWIFT", "BIC"), a SWIFT message's header or field tag ("Sender:",
    "Receiver:", ":57A:", "Correspondent:", MT940's "?30"), an IBAN right before it, or a shape no word has: eleven
    characters with the head office's "XXX" branch, or a digit in the location or branch ("LUMADEHAV33",
    "COLLISJ1S20"). The label is a whole word ("bicarbonate 8. HOSPITAL COURSE" is no BIC), and a code that
    spells an English word in capitals ("HOSPITAL", "ATTORNEY") is a heading, not a bank."""

    LABEL = re.compile(
        # A word of its own, or the end of a field name ("PAYOUT_BIC=").
        r"(?i)(?<![a-z0-9])(?:swift|bicfi|bic|bank code|bank identifier)(?![a-z])"
        # ISO 20022 payment messages name each bank by its role's tag ("CdtrAgt", "DbtrAgt BICFI", "IntrmyAgt1").
        r"|(?<![a-z0-9])(?:dbtr|cdtr|instg|instd|intrmy|fwdg|dlvrg|rcvg|ultmt)agt\d?[ \t:=>]*$"
        r"|\bcorrespondent(?: bank)?[ \t]*:[ \t]*$"
        r"|(?:^|\n)(?i:sender|receiver)[ \t]*:[ \t]*$|:5[1-8][AD]:[ \t]*$"
        # A documentary credit's field 41: the bank it is available with ("41D: AVAILABLE WITH <BIC> BY PAYMENT").
        r"|:41[AD]:[ \t]*(?i:available[ \t]+with[ \t]+)?$"
        # MT940's structured :86: field: subfield ?30 holds the counterparty bank's code ("?30CKHBFR35?31").
        r"|\?30$"
        # A payment's route: "Intermediary for USD via <BIC>", "Confirmations by MT300 to <BIC>".
        r"|(?i:intermediary|correspondent)\b[^\n]{0,20}\bvia[ \t]+$|\bMT\d{3}\b[^\n]{0,12}\bto[ \t]+$"
        # The banks of a payment's route or of a documentary credit named by their role: "intermediary <BIC>",
        # "beneficiary bank <BIC>", "L/C issued by <BIC>", "Route: our <BIC>".
        r"|(?i:intermediary(?: bank)?|(?:beneficiary|ordering|issuing|advising|confirming|receiving|sending)"
        r" bank|correspondent)[ \t]*:?[ \t]*$"
        r"|(?i:\bL/C|letter of credit|credit)[ \t]+(?i:issued|opened|advised|confirmed)[ \t]+by[ \t]+$"
        r"|(?i:\broute)[ \t]*:[ \t]*(?i:our[ \t]+)?$"
        # A payment advice's institutions, named as SWIFT's MT103 fields 52-57 name them ("Account with
        # institution BAGAWSIA", "Ordering institution: ...").
        r"|(?i:account[ \t]+with|ordering|intermediary|beneficiary|sender'?s|receiver'?s)[ \t]+(?i:institution)"
        r"[ \t]*:?[ \t]*$"
    )
    # An IBAN right before, the bank's code after it ("BG36 HHKV 0206 59VB RDG9 IS (NOVBUSRQ)", "holds
    # DE89... at COBADEFF").
    AFTER_IBAN = re.compile(
        rf"(?:\b|(?<=\?\d\d))[A-Z]{{2}}{SPACE}?\d{{2}}(?:[{IBAN_SEPARATORS}]?[A-Z0-9]){{11,30}}"
        # "held with", "kept at", "maintained at": the account's bank after it.
        r"[ \t]*(?:[(/,;-]|(?<=[ \t])(?:(?:held|kept|maintained|opened)[ \t]+)?(?:at|with|bei|chez|presso|via))?[ \t]*$"
    )
    STRUCTURE = re.compile(r"[A-Z]{6}(?:[A-Z0-9]{2}XXX|[A-Z0-9]*\d[A-Z0-9]*)")
    HEADER = re.compile(r"(?i)(?<![a-z])(?:swift|bic)(?![a-z])")
    CELL = re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?|[A-Z]{4} [A-Z]{2} [A-Z0-9]{2}(?: [A-Z0-9]{3})?")

    def __init__(self) -> None:
        super().__init__(
            "SWIFT_CODE",
            [
                Pattern("bic", r"(?:\b|(?<=\?\d\d))[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b", 0.6),
                # Printed in its parts: bank, country, location, branch ("OKCM US N0", "RARC PL YP 710").
                Pattern("spaced bic", r"\b[A-Z]{4} [A-Z]{2} [A-Z0-9]{2}(?: [A-Z0-9]{3})?\b", 0.6),
            ],
            context=["swift", "bic", "bank code", "bank identifier"],
            window=30,
        )
        self._countries = _countries()

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        found = Recognizer.analyze(self, text, entities, nlp_artifacts, regex_flags)
        out = [
            r
            for r in found
            if self.STRUCTURE.fullmatch(text, r.start, r.end) or self.has_context(text, r.start)
        ]
        # A settlement table's SWIFT or BIC column: its cells are codes whatever their look.
        return out + labelled_results(
            text,
            self.HEADER,
            "SWIFT_CODE",
            0.6,
            lambda s, e: bool(self.CELL.fullmatch(text, s, e)) and self.validate_result(text[s:e]),
            out,
        )

    def has_context(self, text: str, start: int) -> bool:
        return (
            self.LABEL.search(text[max(0, start - self.window) : start]) is not None
            or self.AFTER_IBAN.search(text, max(0, start - 60), start) is not None
        )

    def validate_result(self, pattern_text: str) -> bool:
        from governance.pii.names import is_english_word

        code = pattern_text.replace(" ", "")
        return code[4:6] in self._countries and not is_english_word(code)


_MRN_HEADER = (
    r"(?i)(?<![a-z])(?:mrn|mr ?#|mr no|medical record(?: no\.?| number| #)?|hospital (?:no|number|record)|chart(?: no| #)?"
    r"|patient (?:id|no|number|ref)|pt (?:id|no)|episode (?:id|no)|patientennummer|fallnummer|nhc|ipp|prontu[aá]rio"
    # A register's or a blood service's abbreviated column ("Hosp. no.", "Donor no."): the donor number is the
    # donor's key in the blood service's health records.
    r"|hosp\.? ?(?:no|nr|number|#)|donor (?:no|nr|number|id|#))(?![^\W\d_])"
)
# An XML or HTML element named by a record-number label, whatever its attributes ("<mrn system=\"...\">X</mrn>",
# "<patientId>...</patientId>"): the element's text is the number.
_MRN_ELEMENT = re.compile(
    r"<((?i:mrn|medical_?record_?(?:no|number|id)?|patient_?(?:id|no|number)|chart_?(?:no|number)"
    r"|hospital_?(?:no|number)|donor_?(?:no|number|id)))(?:[ \t][^<>\n]{0,200})?>[ \t]*([^<>\n]{1,40}?)[ \t]*</\1>"
)
# A hospital's name, a dash, then the record's label in whatever language the hospital writes it
# ("Sykehuset Levanger — Pasient-ID: GV004945", "RS Adam Malik — No. Rekam Medis: V62606.6", "রংপুর মেডিকেল কলেজ
# হাসপাতাল — ভর্তি নং: 2571 95 RK"): the hospital says the number after the label is its patient's record.
_HOSPITAL = (
    "|".join(HOSPITAL_WORDS)
    + "|Rumah Sakit|Bệnh viện|Medical (?:Centre|Center|College)|Health (?:Centre|Center)|Infirmary"
    + "|Эмнэлэг|Эмнэлгийн|Болница|Հիվանդանոց|Hastane|Hastanesi"
)
_HOSPITAL_UNSPACED = (
    "ໂຮງໝໍ|โรงพยาบาล|હોસ્પિટલ|ఆసుపత్రి|హాస్పిటల్|ሆስፒታል|ہسپتال|بیمارستان|مستشفى|अस्पताल|हस्पताल|হাসপাতাল|病院|医院|병원"
)
_HOSPITAL_THEN_LABEL = (
    rf"(?:(?<![\w])(?:(?:{_HOSPITAL})\w{{0,4}}|RS|RSUD)(?![\w])|{_HOSPITAL_UNSPACED})"
    r"[^\n:—–]{0,80}[ \t][—–][ \t][^\n:—–]{1,40}:[ \t]*"
)
_AFTER_HOSPITAL = re.compile(_HOSPITAL_THEN_LABEL + "$")  # right before the value
_AFTER_HOSPITAL_ANYWHERE = re.compile(_HOSPITAL_THEN_LABEL)  # whether a text holds one at all
# The label, then the institution that keeps the record, then a colon ("Medical record no. at St Mary's
# Hospital: G5961744", "Patient ID with Northside Clinic: 12345678").
_MRN_AT_PLACE = re.compile(
    r"(?:[ \t]*(?i:no\.?|nr\.?|number|#))?[ \t]+(?i:at|of|from|in|with|bei|chez|presso|à|de|del|da|do|na|no)"
    r"[ \t]+[^\n:;]{1,60}:[ \t]*"
)


# A FHIR identifier whose type is the medical record number (HL7's code "MR"):
# {"type": {"text": "MR"}, "value": "UR6612908"}, the type's coding or text in either order before the value.
_FHIR_MR = re.compile(
    r'"type"[ \t]*:[ \t]*\{[^{}]{0,200}?"(?:text|code)"[ \t]*:[ \t]*"MR"[^{}]{0,200}?\}[ \t]*,[ \t\n]*'
    r'"value"[ \t]*:[ \t]*"(?P<v>[^"\n]{1,40})"'
)


class MrnLabelRecognizer(ContextGatedRecognizer):
    """Medical record numbers right after their own label, in the languages hospitals write them ("MRN",
    "Chart #", "Patientennummer", "Cartella clinica n.", "N.º de historia clínica", "IPP"): letters and digits,
    or digit groups joined by dashes or spaces ("918-56-43"), five digits or more, a check letter after them
    ("H912726Q")."""

    # A letter prefix ("RX918469", "G-464-671-557", "MR 005 7529": set apart only before spaced digit groups, so
    # that a label's own letters, "ID 675-36-82", stay out), digit groups joined by dashes or spaces
    # ("79-69532-5"), a check letter; or digits in dotted groups of three ("123.233.788"; a letter before a
    # dot makes an ICD-10 code, "G43.909").
    VALUE = (
        r"(?<![\w./-])(?=\d{2}/\d{5}|\d{3,6}/[A-Z]{1,4}/\d|[A-Z]{1,3}\d{0,4}/\d{4}|[A-Z]{1,3}/\d{2}/\d{4}|(?:[A-Z .-]*\d){5})"
        # A letter prefix before digits printed in pairs and a triple ("HN 11 45 164").
        # A year or unit prefix and a serial, slashed ("98/089153").
        # A serial and its check or year suffix, slashed ("247569/48").
        r"(?:\d{2}/\d{5,8}(?![\d/])|\d{5,10}/\d{2}(?![\d/])|"
        # A serial, the ward's or the hospital's letters and a sequence, slashed ("5250/NG/3506"), or a
        # letter-prefixed serial and its year or check suffix ("HN934585/03").
        r"\d{3,6}/[A-Z]{1,4}/\d{3,6}(?![\d/])|[A-Z]{1,3}\d{5,10}/\d{2,4}(?![\d/])|"
        # The hospital's or the ward's letters and a serial, slashed or dotted ("PT/924732", "V41/69261",
        # "CH.596.4867"), and a serial with the ward's letters inside it ("73HZ43228").
        r"[A-Z]{1,3}\d{0,4}/\d{4,8}(?![\d/])|[A-Z]{1,3}-?\d{0,2}\.\d{2,6}(?:\.\d{2,6}){1,3}|\d{1,4}[A-Z]{1,4}\d{4,10}|"
        # The practice's letters, a serial and a check group, slashed ("MR/3737/39").
        r"[A-Z]{1,3}/\d{3,8}/\d{2,4}(?![\d/])|[A-Z]{1,3}/\d{2}/\d{4,8}(?![\d/])|"
        # Spaced groups, up to five, and a two-digit check group ("9467 3775 94"); not a day before a month ("12 Jan").
        r"\d{3,5}(?:[ ]\d{3,5}){1,4}[ ]\d{2}(?![ ]?\w)|[A-Z]{1,3} \d{2}(?: \d{2}){1,3} \d{3}(?![ ]?\d)|"
        # The issuer's letters before the serial, up to five, set apart by a space or a dash ("UHID 86791653",
        # "HOSP-2163924", "CHN 8538-6610"); not a label's own ("MRN 69201745", "ID 675-36-82").
        r"(?:[A-Z]{1,3}-?|[A-Z]{1,3} (?=\d{2,4} \d{3,5}(?!\d))|(?!(?:MRN|MR|ID|NO|NR|DOB|NHS|SSN|REF)[ -])[A-Z]{2,5}[ -](?=\d{4}))?"
        # A check letter or two after the serial, glued or after a dash ("77302VX", "1957351-F"), or a check
        # digit after a dot ("V20227.2").
        r"\d{1,12}(?:-\d{1,8}|[ ]\d{3,8}){0,4}(?:-?[A-Z]{1,2}|\.\d(?![.\d]))?"
        r"|\d{1,3}(?:\.\d{3}){2,4})"
        r"(?![\w-]|\.\w)"
    )
    _CELL = re.compile(VALUE)
    HEADER = re.compile(_MRN_HEADER)
    # A ward or clinic list's patient line: the name, the patient's number in brackets, then the birth date
    # ("* A. Boakye [P-2083-180157] b. 16 Nov 1942", "[HN 60 76 021] DOB ...", "[28/019723] b."). A bracketed number between a
    # name and "b."/"born"/"DOB" identifies the patient.
    BRACKETED = re.compile(
        r"\[[ \t]*((?=(?:[A-Z /-]*\d){5})[A-Z]{0,3}[ -]?\d[\d /-]{2,18}\d[A-Z]?)[ \t]*\]"
        r"(?=[ \t,]*(?:b\.|born\b|(?i:dob\b|d\.o\.b\.)))"
    )

    def __init__(self) -> None:
        super().__init__(
            "MEDICAL_RECORD_NUMBER",
            [Pattern("mrn", self.VALUE, 0.6)],
            context=[
                "mrn",
                "medical record",
                "med rec",
                "mr#",
                "mr #",
                "mr no",
                "patient id",
                "patient no",
                "patient number",
                "hospital number",
                "hospital record",
                "record no",
                "record number",
                "record #",
                "hospital no",
                "chart",
                "chart #",
                "chart no",
                "chart number",
                "health record",
                "unit number",
                "patiëntnummer",
                "patientnummer",
                "patientennummer",
                "patienten-nr",
                "pat.-nr",
                "fallnummer",
                "dossiernummer",
                "numéro de dossier",
                "n° de dossier",
                "ipp",
                "cartella clinica",
                "historia clínica",
                "historia clinica",
                "nhc",
                "prontuário",
                "prontuario",
                "patient file",
                "patient record",
                "hospital no.",
                "hosp. no",
                "hosp no",
                "hosp. number",
                # An occupational health service's file reference ("OH ref 3231263231").
                "oh ref",
                "occupational health ref",
                "hosp. nr",
                "donor no",
                "donor nr",
                "donor number",
                "donor id",
                # A clinic's own patient identifier and a health card's number ("Clinic ID: E65980919").
                "clinic id",
                "health card",
                # The record's own name where a hospital prints it: its registration, its folder or card, the
                # electronic record's id, in the languages hospitals write ("Hospital Reg. No.", "OPD Card
                # No.", "Processo clínico", "N° dossier patient", "No. Rekam Medis", "Медкарта №").
                "hospital reg",
                "hosp. reg",
                "patient folder",
                "folder no",
                "opd card",
                "opd no",
                "ipd no",
                "emr id",
                "emr no",
                "emr number",
                "ehr id",
                "ehr no",
                "processo clínico",
                "processo clinico",
                "dossier patient",
                "dossier médical",
                "dossier medical",
                "expediente clínico",
                "expediente médico",
                "rekam medis",
                "krankenblatt",
                "chi number",
                "chi no",
                "медкарта",
                "медицинская карта",
                "мед. карта",
                "история болезни",
                "амбулаторная карта",
                "الملف الطبي",
                "رقم المريض",
                # A patient's reference, an episode of care, a patient's journal or file ("Patient Ref", "Pt
                # ID", "Episode ID", "Journal nr", Turkish "Dosya No", "N° dossier", Chinese "病歷號").
                "patient ref",
                "pt id",
                "pt no",
                "episode id",
                "episode no",
                "journal nr",
                "journalnummer",
                "dosya no",
                "hasta no",
                "n° dossier",
                "nº dossier",
                "病歷號",
                "病历号",
                "病案号",
                # An admission's or a patient's number and a file, in more of the languages hospitals write
                # ("N° patient", "No. de expediente", "Codice nosologico", "Cod pacient", "Nr. foaie de
                # observație", "Карта №", "№ медкарты", "رقم الملف", "شماره پرونده", "住院号").
                "n° patient",
                "nº patient",
                "no. de expediente",
                "número de expediente",
                "codice nosologico",
                "cod pacient",
                "foaie de observație",
                "foaie de observatie",
                "карта №",
                "№ медкарты",
                "номер истории болезни",
                "رقم الملف",
                "رقم السجل الطبي",
                "شماره پرونده",
                "住院号",
                "住院號",
            ],
            window=30,
        )

    # "Record" alone names the patient's record number only right before it, written as a label ("Record
    # H4243095 noted", "your record 123456", "clinic record MR6713990", "issue against record H7534689-3"):
    # "world record 123456" is no label.
    RECORD_RIGHT_BEFORE = re.compile(
        r"(?:\bRecord|\b(?i:your|patient'?s?|medical|hospital|health|clinic|against|under)[ \t]+record)[ \t]*:?"
        r"[ \t]*$"
    )
    RECORD_WINDOW = 30
    _RECORD = re.compile(r"\b(?i:record)\b")
    # Acronyms that name a record only in capitals, right before it ("CHI: 5506397157", Scotland's Community
    # Health Index; "UR 4340442"): "Chi" is a given name too.
    _ACRONYM = re.compile(r"(?<![\w])(?:CHI|UR|UHID|OPD|IPD)(?![\w])")
    ACRONYM_RIGHT_BEFORE = re.compile(
        _ACRONYM.pattern + r"(?:[ .]?(?:No|Nr|ID|number)\.?)?[ \t]*[:#]?[ \t]*$"
    )
    # In a chat or a form, the number alone on its line under the line that asks for it or labels it ("We need
    # her Chart #: please send it.\n08:15 < VB179869", "Patient Folder:\nF5335709"): a time stamp and a
    # speaker's mark may open the line, a speaker's name only after a time stamp ("Invoice total:" is another
    # field's label).
    LINE_PREFIX = re.compile(
        r"[ \t]*(?:\[?[\d:./ -]{4,25}\]?[ \t]*(?:[<>]|[^\W\d_][\w .'-]{0,30}:)?|[<>])?[ \t]*"
    )

    # A number between the label and a value took the label: "MRN 69201745\nRx: ART-20290 100 mg" labels only
    # the first.
    _NUMBER_BETWEEN = re.compile(r"\d{2}")

    def has_context(self, text: str, start: int) -> bool:
        if self.RECORD_RIGHT_BEFORE.search(text, max(0, start - self.RECORD_WINDOW), start):
            return True
        if self.ACRONYM_RIGHT_BEFORE.search(text, max(0, start - 16), start):
            return True
        if names_parent(self._context, text, start):
            return True
        line = max(
            text.rfind("\n", max(0, start - self.AT_PLACE_WINDOW), start) + 1, start - self.AT_PLACE_WINDOW
        )
        dash = max(text.rfind("\u2014", line, start), text.rfind("\u2013", line, start))
        if dash != -1 and _AFTER_HOSPITAL.search(text, line, start):
            return True
        left = max(0, start - self.window)
        hits = list(self._context.finditer(text, left, start))
        if hits and not self._NUMBER_BETWEEN.search(text, hits[-1].end(), start):
            return True
        # The label further back on the same line, with the institution named between it and a colon.
        line = text.rfind("\n", max(0, start - self.AT_PLACE_WINDOW), start) + 1
        left = max(line, start - self.AT_PLACE_WINDOW)
        return any(
            _MRN_AT_PLACE.fullmatch(text, hit.end(), start)
            for hit in self._context.finditer(text, left, start)
        )

    AT_PLACE_WINDOW = 100

    def _labelled_on_line_above(self, text: str, start: int, end: int) -> bool:
        line = text.rfind("\n", 0, start) + 1
        if line == 0 or not self.LINE_PREFIX.fullmatch(text, line, start):
            return False
        line_end = text.find("\n", end)
        if text[end : line_end if line_end != -1 else len(text)].strip(" \t.!"):
            return False  # more than the number on its line
        above = text.rfind("\n", 0, line - 1) + 1
        hits = list(self._context.finditer(text, above, line - 1))
        return bool(hits) and not self._NUMBER_BETWEEN.search(text, hits[-1].end(), line - 1)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        # Most texts hold none of the labels: one pass of the label regexes spares the value pattern.
        if (
            self._context.search(text) is None
            and self._RECORD.search(text) is None
            and self._ACRONYM.search(text) is None
            and _AFTER_HOSPITAL_ANYWHERE.search(text) is None
        ):
            found = []
        else:
            found = Recognizer.analyze(self, text, entities, nlp_artifacts, regex_flags)
        # A date a few words after the label is the visit's ("OH ref 1223196-9. Seen on 2023-07-02"), not a
        # record number.
        out = []
        for r in found:
            labelled = self.has_context(text, r.start) or self._labelled_on_line_above(text, r.start, r.end)
            if not labelled and (prefix := _ISSUER_PREFIX.match(text, r.start, r.end)):
                # The letters taken for the issuer's were the label's ("PID 75670938"): the number after them.
                r = RecognizerResult(r.entity_type, prefix.end(), r.end, r.score, r.analysis_explanation)
                labelled = self.has_context(text, r.start)
            if labelled and not _ISO_DATE.fullmatch(text, r.start, r.end):
                out.append(r)
        # A table column its header names ("mrn", "Hospital no."): the cells are record numbers.
        out += labelled_results(
            text,
            self.HEADER,
            "MEDICAL_RECORD_NUMBER",
            0.6,
            lambda s, e: bool(self._CELL.fullmatch(text, s, e)),
            out,
        )
        for m in self.BRACKETED.finditer(text):
            out.append(RecognizerResult("MEDICAL_RECORD_NUMBER", m.start(1), m.end(1), 0.6))
        if '"MR"' in text:
            out += [
                RecognizerResult("MEDICAL_RECORD_NUMBER", m.start("v"), m.end("v"), 0.6)
                for m in _FHIR_MR.finditer(text)
            ]
        if "</" in text:
            seen = {(r.start, r.end) for r in out}
            for m in _MRN_ELEMENT.finditer(text):
                if m.span(2) not in seen and self._CELL.fullmatch(text, *m.span(2)):
                    out.append(RecognizerResult("MEDICAL_RECORD_NUMBER", m.start(2), m.end(2), 0.6))
        return out


_LETTER_PREFIX = re.compile(r"[A-Z]{1,3}[ ]")
# The issuer's letters a record number may open with ("UHID 86791653"), cut off when they were the label's.
_ISSUER_PREFIX = re.compile(r"[A-Z]{2,5}[ -](?=\d)")
_ISO_DATE = re.compile(r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")
# A season or a licence year ("License year 2025-26", "2024/2025").
_YEAR_RANGE = re.compile(r"(?:19|20)\d{2}[-/](?:(?:19|20)\d{2}|\d{2})")
# A driving licence in the languages and scripts of the countries that issue most of them.
_LICENCE_WORDS_ABROAD = (
    *("licencia de conducción", "licencia de conducir", "carteira de motorista", "carta de condução"),
    *("giấy phép lái xe", "bằng lái", "lesen memandu", "surat izin mengemudi", "ehliyet"),
    *("водительское удостоверение", "водительские права", "возачка дозвола", "жолооны үнэмлэх"),
    *("վարորդական վկայական", "ໃບຂັບຂີ່", "ใบขับขี่", "መንጃ ፈቃድ", "רישיון נהיגה", "رخصة القيادة", "گواهینامه"),
    *("ڈرائیونگ لائسنس", "ड्राइविंग लाइसेंस", "ड्राइभिङ लाइसेन्स", "ড্রাইভিং লাইসেন্স", "ડ્રાઇવિંગ લાઇસન્સ"),
    *("డ్రైవింగ్ లైసెన్స్", "ஓட்டுநர் உரிமம்"),
)
# Scripts written without spaces glue the licence word to the next ("ເລກໃບຂັບຂີ່", "運転免許証番号"): no word
# boundary on either side.
_LICENCE_UNSPACED = "ໃບຂັບຂີ່|ใบขับขี่|運転免許|驾驶证|駕駛執照|운전면허"
_LICENCE_HEADER = (
    r"(?i)(?<![a-z])(?:driver'?s? licen[cs]e|driving licen[cs]e|licen[cs]e(?: no\.?| number| #)?|dl(?: no\.?| #)?"
    r"|permis(?: de conduire)?|führerschein|rijbewijs|patente|licencia|carnet de conducir|körkort|ajokortti"
    r"|prawo jazdy|jogosítvány|"
    + "|".join(map(re.escape, _LICENCE_WORDS_ABROAD))
    +
    # The identity document a register's column says was shown ("ID shown", "Photo ID seen").
    r"|(?:photo )?id (?:shown|seen|checked|presented|sighted|document))(?![^\W\d_])|"
    + _LICENCE_UNSPACED
)


class DriverLicenseRecognizer(ContextGatedRecognizer):
    """Driving licence and passport numbers after their label: 5-20 letters and digits, at least 4 digits, and
    a letter prefix set apart by a space ("HM 851564")."""

    # Letters and digits, dashes between; digit groups after a space continue it ("W4437 82804 64225").
    # Or a letter and digits in spaced threes (Michigan's "T 910 170 507 331"). India's licence opens with the
    # state and office code before the serial ("MH12 20110012345").
    VALUE = (
        # Washington State's licence since 2018: "WDL" and nine letters or digits, as few as one a digit.
        r"(?<![\w-])(?:WDL(?=[A-Z]{0,8}\d)[A-Z0-9]{9}(?![\w-])|(?:[A-Z]{1,3}[ ](?=\d{5})|[A-Z]{2}-?\d{2}[ ](?=\d{7}))?(?=(?:[A-Z-]*\d){4})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,19}"
        r"(?:[ ]\d{3,6}(?=[^\w-]|$)){0,3}"
        r"|(?:[A-Z][ ])?\d{3}(?:[ ]\d{3}){2,4}"
        # A series of a letter and a digit, then the serial ("X4 287885", "R2 575514").
        r"|[A-Z]{1,2}\d{1,2}[ ]\d{5,8}(?![ ]?\d)"
        # A two-digit office or district group before the serial ("05 570 032", "55 82816").
        r"|\d{2}(?:[ ]\d{3}){2}(?![ ]?\d)|\d{2}[ ]\d{5,8}(?![ ]?\d)"
        # Latin America's identity and licence numbers in dotted thousands ("27.611.492").
        # An amount in the same shape has its currency before it or its cents after it ("COP 1.250.000,00").
        r"|(?<![A-Z]{3}[ ])(?<![$€£¥₹])(?<![$€£¥₹][ ])\d{1,3}(?:\.\d{3}){2,3}(?!\.?\d|,\d))"
        r"(?![\w-])"
    )
    # "driver licence issued by New Hampshire, no. 15MYC13120": a number word right before the value lets the
    # licence label stand further back in the same sentence.
    NUMBER_WORD = re.compile(r"(?i:\bno\.?|\bnumber|\bnr\.?|#)[ \t]*:?[ \t]*$")
    LONG_WINDOW = 70
    # ... unless the number word is another document's ("ref no.", "policy number").
    OTHER_NUMBER = re.compile(
        r"(?i:ref|reference|order|invoice|case|policy|account|acct|claim|file|ticket|booking|tracking)\.?"
        r"[ \t]+(?i:no\.?|number|nr\.?|#)[ \t]*:?[ \t]*$"
    )
    _CELL = re.compile(VALUE)
    HEADER = re.compile(_LICENCE_HEADER)

    def __init__(self) -> None:
        super().__init__(
            "DRIVER_LICENSE",
            [Pattern("licence", self.VALUE, 0.6)],
            context=[
                "driver's license",
                "driver license",
                "drivers license",
                "driver's licence",
                "driver licence",
                "drivers licence",
                "driving licence",
                "licence",
                "license",
                "rijbewijs",
                "permis",
                "patente",
                "licencia",
                "körkort",
                "ajokortti",
                "prawo jazdy",
                "jogosítvány",
                "driving license",
                "driving permit",
                "driver's permit",
                "driver permit",
                "drivers permit",
                "licence no",
                "license no",
                "licence number",
                "license number",
                "dl#",
                "dl no",
                "lic#",
                "lic no",
                "dl number",
                "passport",
                # An identity document checked or copied ("Photo ID", "ID checked at desk:", "ID card no."):
                # the number is the holder's document, as a licence's is. "ID" alone labels any record's key.
                "photo id",
                "id checked",
                "id card",
                "id document",
                "identity card",
                "identity document",
                "national id",
                "permis de conduire",
                "führerschein",
                *_LICENCE_WORDS_ABROAD,
            ],
            window=35,
        )
        # Whole words only: "permission 12345" or "licensed in 2019-0001" is no licence label. "DL" in capitals
        # is one, with the issuing state between ("DL New Jersey G6629 41785 16150", `type="DL"`).
        self._context = re.compile(
            r"(?-i:\bDL\b)|" + self._context.pattern + r"(?![^\W\d_])|" + _LICENCE_UNSPACED, re.IGNORECASE
        )

    def has_context(self, text: str, start: int) -> bool:
        if super().has_context(text, start):
            return True
        # A log's or an export's key=value fields join a label's words with underscores
        # ("doc=driving_licence number=N0431974"): the same label.
        left = text[max(0, start - self.window) : start]
        if "_" in left and self._context.search(left.replace("_", " ")):
            return True
        if names_parent(self._context, text, start):
            return True
        if not self.NUMBER_WORD.search(text, max(0, start - 12), start) or self.OTHER_NUMBER.search(
            text, max(0, start - 30), start
        ):
            return False
        left = text[max(0, start - self.LONG_WINDOW) : start]
        hits = list(self._context.finditer(left))
        between = self.NUMBER_WORD.sub("", left[hits[-1].end() :]) if hits else ""
        return bool(hits) and not re.search(r"[.!?\n]\s", between)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        out = []
        labelled = self._context.search(text) is not None or (
            "_" in text and self._context.search(text.replace("_", " ")) is not None
        )
        found = Recognizer.analyze(self, text, entities, nlp_artifacts, regex_flags) if labelled else []
        for r in map(partial(self._without_label, text), found):
            if not self.has_context(text, r.start):
                continue
            if _ISO_DATE.fullmatch(text, r.start, r.end) or _YEAR_RANGE.fullmatch(text, r.start, r.end):
                continue  # "licence no. S8891686; pick-up 2020-12-04": the date after the number
            if isbn13(text[r.start : r.end]):
                continue  # "licence I7 070747\nFirst loan: 978-3-9465-1963-8": a book after the licence
            # Letters right after the label stay with the number ("licence AF 4883404"): they are its series in
            # many countries and the issuing country's code in others, and which cannot be told from the text.
            # Taken with it, a country's code is lost to the reader; left, a series of the number leaks.
            out.append(r)
        # A column or row a licence label heads ("Driver | Licence | Issued by", "Driving licence  AV 740326").
        cells = labelled_results(
            text, self.HEADER, "DRIVER_LICENSE", 0.6, lambda s, e: bool(self._CELL.fullmatch(text, s, e)), out
        )
        return out + [self._without_label(text, r) for r in cells]

    def _without_label(self, text: str, r: RecognizerResult) -> RecognizerResult:
        """The value without its own label, taken as a letter prefix ("DOB 05/18/1969; DL 64341728", a
        register's cell "DL 0036503")."""
        label = _LETTER_PREFIX.match(text, r.start, r.end)
        if label and self._context.fullmatch(text, r.start, label.end() - 1):
            return RecognizerResult(r.entity_type, label.end(), r.end, r.score, r.analysis_explanation)
        return r


class AccountNumberRecognizer(ContextGatedRecognizer):
    """Bank account numbers after an explicit account label ("account number", "acct no", "a/c")."""

    def __init__(self) -> None:
        super().__init__(
            "US_BANK_NUMBER",
            [Pattern("account digits", r"(?<![\d.,$-])\d{6,17}(?![\d-]|[.,]\d)", 0.6)],
            context=[
                "account number",
                "account no",
                "account #",
                "acct no",
                "acct #",
                "acct. no",
                "a/c",
                "bank account",
            ],
            window=30,
        )


# Addresses that name a machine inside a network, never a subscriber: private (RFC 1918, RFC 4193),
# loopback and link-local. A log line's "upstream=10.0.45.125" is infrastructure; the client's public address
# beside it is personal data.
_INTERNAL_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in "10.0.0.0/8 172.16.0.0/12 192.168.0.0/16 127.0.0.0/8 169.254.0.0/16 ::1/128 fc00::/7 fe80::/10".split()
)


# A version or format label right before a dotted quad ("API_VERSION=20.9.4.169", "consent form 21.1.0.253",
# "build 10.0.19045.1"): a version number, not an address.
_VERSION_BEFORE = re.compile(
    r"(?<![^\W_])(?i:version|ver|release|build|firmware|format|form|v)[ \t]*(?:no\.?|nr\.?|#)?[ \t]*[:=]?[ \t]*$"
)


def internal_address(value: str) -> bool:
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    return any(address in network for network in _INTERNAL_NETWORKS if network.version == address.version)


def ip_recognizer():
    from presidio_analyzer.predefined_recognizers import IpRecognizer

    class PublicIpRecognizer(IpRecognizer):
        """Presidio's IPv4 and IPv6 addresses, less the internal ones (see _INTERNAL_NETWORKS)."""

        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
            found = super().analyze(text, entities, nlp_artifacts, regex_flags)
            return [
                r
                for r in found
                if not internal_address(text[r.start : r.end])
                and not _VERSION_BEFORE.search(text, max(0, r.start - 20), r.start)
            ]

    return PublicIpRecognizer()
