"""The recognizers every document runs, whatever its domain: identifiers with a checksum or an unambiguous
format (governance.pii.identifiers, governance.pii.phones), street addresses (governance.pii.addresses),
dates of birth, people (governance.pii.people), and the name and address fields of record formats
(governance.pii.records). Domain packs add recognizers of their own and never
remove one of these (governance.pii.engine enforces it).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult

from governance.pii.addresses import COURT_OF_LAW, StreetAddressRecognizer
from governance.pii.base import (
    FULL_DATE,
    MONTHS,
    ContextGatedRecognizer,
    Recognizer,
    context_regex,
    labelled_results,
    luhn_ok,
    only_digits,
    word_trie,
)
from governance.pii.identifiers import (
    US_SSN_PATTERN,
    AbaChecksumRecognizer,
    AccountNumberRecognizer,
    CardRecognizer,
    DriverLicenseRecognizer,
    IbanMod97Recognizer,
    MrnLabelRecognizer,
    NpiRecognizer,
    SsnRecognizer,
    SwiftRecognizer,
    email_recognizer,
    ip_recognizer,
)
from governance.pii.people import (
    NOT_A_FIRST_NAME,
    GivenNameRecognizer,
    IntroducedNameRecognizer,
    LabelledNameRecognizer,
    LowerCaseNameRecognizer,
    NameListRecognizer,
    TitledNameRecognizer,
    WrittenNameRecognizer,
)
from governance.pii.phones import WorldPhoneRecognizer
from governance.pii.records import RecordFieldRecognizer

__all__ = [
    "FULL_DATE",
    "MONTHS",
    "NOT_A_FIRST_NAME",
    "US_SSN_PATTERN",
    "ContextGatedRecognizer",
    "Recognizer",
    "luhn_ok",
    "only_digits",
    "recognizers",
    "word_trie",
]

STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Boulevard|Blvd|Terrace|Ter|"
    r"Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Row|Run|Pike|Alley|Plaza|Crescent)\.?"
)
UNIT = r"(?:,?\s+(?:Suite|Ste\.?|Apt\.?|Apartment|Unit|Floor|Fl\.?|Room|Rm\.?|#)\s*[\w-]{1,6})"
STATE = r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])"
US_STREET_ADDRESS = (
    # Number, street words and type on one line: "2022\n\nDear Dr." is a year and a salutation.
    r"\b\d{1,6}(?:-\d{1,4})?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,4}"
    + STREET_SUFFIX
    + rf"{UNIT}?(?:,?\s+(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+,?\s+{STATE}(?:\s+\d{{5}}(?:-\d{{4}})?)?)?"
    + r"(?!\w)"
)


class UsStreetAddressRecognizer(Recognizer):
    """Number, street, optional unit, optional city, state and ZIP: the whole US address, not just the city."""

    def __init__(self) -> None:
        super().__init__("STREET_ADDRESS", [Pattern("us street address", US_STREET_ADDRESS, 0.7)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        return [
            r
            for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if not COURT_OF_LAW.search(text[r.start : r.end])
        ]


DOB_CONTEXT = [
    *[
        "dob",
        "d.o.b",
        "date of birth",
        "date_of_birth",
        "birth date",
        "birth_date",
        "birth-date",
        "birthdate",
    ],
    *["born", "born on", "birthday", "bday"],
    *[
        "geburtsdatum",
        "geboren",
        "geb.",
        "geb",
        "fecha de nacimiento",
        "nacido",
        "nacida",
        "f. nac",
        "f. de nac",
    ],
    *[
        "date de naissance",
        "né",
        "née",
        "né le",
        "née le",
        "data di nascita",
        "nato il",
        "nata il",
        "nato a",
        "nata a",
    ],
    *["data de nascimento", "nascido", "nascida", "geboortedatum", "geb. datum", "födelsedatum", "född"],
    *["fødselsdato", "født", "fødd", "syntymäaika", "syntynyt", "data urodzenia", "urodzony", "urodzona"],
    *["születési", "született", "doğum tarihi", "doğum", "datum narození", "narozen", "narozena", "nar."],
    *["dátum narodenia", "datum rođenja", "rođen", "rođena", "data nașterii", "născut", "născută"],
    *[
        "дата рождения",
        "дата народження",
        "родился",
        "родилась",
        "ημερομηνία γέννησης",
        "生年月日",
        "出生日期",
    ],
    # Welsh, Maltese, Vietnamese, Irish and Icelandic forms ("Dyddiad geni", "Data tat-twelid", "Ngày sinh").
    *["dyddiad geni", "data tat-twelid", "ngày sinh", "dáta breithe", "fæðingardagur"],
    # Indonesian and Malay, Filipino, Swahili, Korean, Thai, Hindi, Arabic, Hebrew and Persian forms.
    *["tanggal lahir", "tarikh lahir", "petsa ng kapanganakan", "tarehe ya kuzaliwa", "생년월일"],
    *["วันเกิด", "जन्म तिथि", "जन्मतिथि", "تاريخ الميلاد", "תאריך לידה", "تاریخ تولد"],
    # Arabic "date of birth", "born in", "born (year)"; Indonesian "born"; Spanish "I was born on".
    *["تاريخ الولادة", "المولود في", "المولودة في", "مواليد", "lahir", "nací el"],
    # Baltic, Catalan, Galician, Basque, Estonian, Slovene, Albanian, Bulgarian, Serbian, Kazakh and Uzbek forms.
    *["gimimo data", "dzimšanas datums", "data de naixement", "data de nacemento", "jaiotze data"],
    *["sünniaeg", "sünnikuupäev", "datum rojstva", "datëlindja", "дата на раждане", "датум рођења"],
    *["fecha de nac", "fecha de nac.", "data ur.", "дата рожд.", "дата рожд", "geb.-datum", "date de naiss."],
    *["туған күні", "tug'ilgan sana"],
    # A scanned form read by OCR slips a digit or a capital I for a letter ("Date of b1rth").
    *["date of b1rth", "date of blrth", "date of bIrth", "d0b"],
]
# A column of a table headed by a birth label ("| Name | DOB |", "last,first,birth"): "birth" alone names it.
DOB_HEADER = [*DOB_CONTEXT, "birth", "date of birth", "geburtstag", "naissance", "nacimiento", "nascita"]


def _whole_words(words: list[str]) -> re.Pattern:
    """Any of `words` as a whole word, case-insensitive: "né" is no label in "nécessaire", "born" none in
    "borne"."""
    return re.compile(context_regex(words).pattern + r"(?![^\W\d_])", re.IGNORECASE)


# After a birth label, a date in any of the layouts people write one in: a month's name in any language
# between day and year ("3 oktober 2011", "15th of May 1993", "19. November 1971"), an English month cut short
# between dashes or run together with the numbers ("20-Aug-2016", "Mar-27-1986", "11APR1961", "11-Mar-53"),
# the year first with dots or slashes ("1955.09.08"), slashes set apart by spaces ("05 / 20 / 1952"), year,
# month and day run together ("19530610", ISO 8601's basic form) or written with the CJK date characters.
COMPACT_DATE = r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b"
_MON = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
_YEAR4 = r"(?:1[89]|20)\d{2}"
# A weekday may open a written date ("Friday, January 9, 2009", "Tue 10 Oct 1989"): it is part of the date.
_WEEKDAY = (
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
)
BIRTH_DATE = (
    # Every shape opens with a digit, a month's or a weekday's initial: one look ahead spares the others.
    rf"(?=[0-9JFMASONDTWjfmasondtw])(?:\b{_WEEKDAY}\.?,?[ \t]+(?=[0-9JFMASONDjfmasond]))?"
    # An ISO 8601 date and time, as a record's export writes a birth date ("1932-07-03T00:00:00").
    rf"(?:\b{_YEAR4}-\d{{2}}-\d{{2}}T\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?(?![\w:])"
    # Year first with the month's name: Lithuanian "1960 m. spalio 4 d.", Latvian "1960. gada 4. oktobrī",
    # Hungarian "1960. október 4.".
    rf"|\b{_YEAR4}[ \t]+m\.[ \t]+[^\W\d_]{{3,12}}[ \t]+\d{{1,2}}[ \t]*d\."
    rf"|\b{_YEAR4}\.[ \t]+gada[ \t]+\d{{1,2}}\.[ \t]*[^\W\d_]{{3,12}}"
    rf"|\b{_YEAR4}\.[ \t]+[^\W\d_]{{3,12}}[ \t]+\d{{1,2}}\."
    # Uzbek: the year with "-yil", the day with a hyphen before the month ("1952-yil 6-may", "6-may 1952-yil").
    rf"|\b{_YEAR4}-yil[ \t]+\d{{1,2}}-[^\W\d_]{{3,12}}|\b\d{{1,2}}-[^\W\d_]{{3,12}}[ \t]+{_YEAR4}-yil"
    rf"|{FULL_DATE}"
    rf"|(?<![\d.,])\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\.?(?:[ \t]+of)?(?:[ \t]+|-)[^\W\d_]{{3,12}}\.?,?(?:[ \t]+|-){_YEAR4}\b"
    rf"|\b\d{{1,2}}[-/ ]{_MON}[a-z]{{0,6}}\.?[-/ ](?:{_YEAR4}|\d{{2}})\b"
    rf"|\b{_MON}[a-z]{{0,6}}\.?[-/ ]\d{{1,2}}(?:st|nd|rd|th)?[-/, ]{{1,2}}{_YEAR4}\b"
    rf"|\b\d{{1,2}}{_MON}(?:{_YEAR4}|\d{{2}})\b"
    rf"|\b{_YEAR4}[./]\d{{1,2}}[./]\d{{1,2}}\b"
    # Year first with the month's abbreviation, as exports and some locales print it ("1972-Jan-25").
    rf"|\b{_YEAR4}(?:-{_MON}[a-z]{{0,6}}\.?-|/{_MON}[a-z]{{0,6}}\.?/|[ .][ ]?{_MON}[a-z]{{0,6}}\.?[ ])\d{{1,2}}\b"
    rf"|\b\d{{1,2}}[ \t]*/[ \t]*\d{{1,2}}[ \t]*/[ \t]*{_YEAR4}\b"
    rf"|\b\d{{1,2}}[ \t]+de[ \t]+[^\W\d_]{{3,12}}[ \t]+(?:de[ \t]+|del[ \t]+)?{_YEAR4}\b"
    rf"|{_YEAR4}[ ]?[年년][ ]?\d{{1,2}}[ ]?[月월][ ]?\d{{1,2}}[ ]?[日일]"
    # The month in Roman numerals, as much of Central and Eastern Europe, Italy and Portugal write it by hand
    # and on certificates ("22.VIII.1942", "1. XII. 1954", "7-IV-1997").
    rf"|(?<![\d.])\b(?:0?[1-9]|[12]\d|3[01])(?:\.[ ]?|[-/])(?:I{{1,3}}|IV|VI{{0,3}}|IX|XI{{0,2}})(?:\.[ ]?|[-/]){_YEAR4}\b"
    # Vietnamese: "ngày 13 tháng 11 năm 1972".
    rf"|\b(?i:ngày)[ \t]+\d{{1,2}}[ \t]+(?i:tháng)[ \t]+\d{{1,2}}[ \t]+(?i:năm)[ \t]+{_YEAR4}\b"
    rf"|{COMPACT_DATE})"
)
_ANY_BIRTH_DATE = re.compile(BIRTH_DATE)
_NUMERIC_DATE = re.compile(r"(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{2}|\d{4})")


def calendar_day(value: str) -> bool:
    """Whether an all-number date can be a day of the calendar, day and month either way round: "22-73-29"
    and "22-31-93" (phone numbers in a shifted row) cannot. Other shapes are left to the date pattern."""
    m = _NUMERIC_DATE.fullmatch(value)
    if m is None:
        return True
    a, b = int(m.group(1)), int(m.group(2))
    return 1 <= min(a, b) <= 12 and max(a, b) <= 31


# Records whose layout names the field. HL7 v2's PID segment: PID-7 is the patient's date of birth
# ("PID|1||K3730270^^^MAIN^MR||Schwartz^FAUSTINO^^^||19480508|M|"). An airline booking's passport line
# (IATA SSR DOCS): document type, issuing country, number, nationality, then the date of birth ("01DEC65").
_STRUCTURED_BIRTH_DATE = re.compile(
    r"(?<![A-Za-z])PID\|(?:[^|\n]*\|){6}((?:19|20)\d{6})(?:\d{4,6})?\|"
    r"|\bSSR DOCS\b[^/\n]*/[A-Z]{0,3}/[A-Z0-9]*/[A-Z]{0,3}/(\d{2}[A-Z]{3}\d{2})/"
)
# Between a label and a second date: the first date and nothing but separators ("Date of birth  1 May 1970
# 3 June 1972", one date per applicant).
_ONLY_SEPARATORS = re.compile(r"[\s,;/|—–-]*")


# A year's word after the year ("17 октября 1963 г.", "3 marca 1990 r."): part of the date.
_YEAR_WORD_AFTER = re.compile(r"[ \t]?(?:г\.|гг\.|r\.|року|года)(?![\w])")


class DateOfBirthRecognizer(ContextGatedRecognizer):
    """A full date right after birth context, or in a table column or row a birth label heads. Other dates
    (fiscal periods, filings, admissions, signatures) are not touched."""

    HEADER = _whole_words(DOB_HEADER)

    def __init__(self) -> None:
        super().__init__(
            "DATE_OF_BIRTH", [Pattern("full date", BIRTH_DATE, 0.7)], context=DOB_CONTEXT, window=60
        )
        self._context = _whole_words(DOB_CONTEXT)

    # A record's field whose name ends in a birth label ("customer_dob": "...", "patient_birth_date=").
    FIELD = re.compile(
        r"(?i:[a-z0-9]_(?:dob|birth_?date|date_of_birth))[\"']?[ \t]*[:=][ \t]*[\"']?(" + BIRTH_DATE + ")"
    )

    # "b." is the biographer's and the ward list's "born" ("A. Boakye [P-2083] b. 16 Nov 1942"), but also an
    # address's building ("b. 1, m. 518"): it counts only with the date right after it.
    BORN_ABBREVIATION = re.compile(r"(?<![\w.])b\.[ \t]+(" + BIRTH_DATE + ")")

    def has_context(self, text: str, start: int) -> bool:
        # The nearest date before this one must not sit between the context and this date:
        # "DOB: 1 May 1970. Admitted 3 June 2022" must not take the admission date. A row of dates right
        # after one label is a row of birth dates.
        left = text[max(0, start - self.window) : start]
        hits = list(self._context.finditer(left))
        if not hits:
            return False
        between = left[hits[-1].end() :]
        if not _ANY_BIRTH_DATE.search(between):
            return True
        return _ONLY_SEPARATORS.fullmatch(_ANY_BIRTH_DATE.sub(" ", between)) is not None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        seen = {(r.start, r.end) for r in found}
        found += labelled_results(
            text,
            self.HEADER,
            "DATE_OF_BIRTH",
            0.7,
            lambda s, e: bool(_ANY_BIRTH_DATE.fullmatch(text[s:e])) and calendar_day(text[s:e]),
            found,
        )
        if "b." in text:
            for m in self.BORN_ABBREVIATION.finditer(text):
                if m.span(1) not in seen:
                    found.append(RecognizerResult("DATE_OF_BIRTH", m.start(1), m.end(1), 0.7))
        if "_" in text:
            for m in self.FIELD.finditer(text):
                if m.span(1) not in seen:
                    found.append(RecognizerResult("DATE_OF_BIRTH", m.start(1), m.end(1), 0.7))
        if "PID|" in text or "DOCS" in text:
            for m in _STRUCTURED_BIRTH_DATE.finditer(text):
                group = 1 if m.group(1) else 2
                found.append(RecognizerResult("DATE_OF_BIRTH", m.start(group), m.end(group), 0.7))
        return [
            RecognizerResult(r.entity_type, r.start, word.end(), r.score, r.analysis_explanation)
            if (word := _YEAR_WORD_AFTER.match(text, r.end))
            else r
            for r in found
        ]


def recognizers() -> list[EntityRecognizer]:
    """The recognizers every document runs (domain packs add their own)."""
    return [
        email_recognizer(),
        ip_recognizer(),
        WorldPhoneRecognizer(),
        SsnRecognizer(),
        CardRecognizer(),
        IbanMod97Recognizer(),
        AbaChecksumRecognizer(),
        NpiRecognizer(),
        SwiftRecognizer(),
        MrnLabelRecognizer(),
        DriverLicenseRecognizer(),
        AccountNumberRecognizer(),
        UsStreetAddressRecognizer(),
        StreetAddressRecognizer(),
        DateOfBirthRecognizer(),
        RecordFieldRecognizer(),
        TitledNameRecognizer(),
        LabelledNameRecognizer(),
        GivenNameRecognizer(),
        IntroducedNameRecognizer(),
        LowerCaseNameRecognizer(),
        NameListRecognizer(),
        WrittenNameRecognizer(),
    ]
