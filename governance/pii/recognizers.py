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
    *["dob", "d.o.b", "date of birth", "birth date", "birthdate", "born", "birthday", "bday"],
    *["geburtsdatum", "geboren", "geb.", "fecha de nacimiento", "date de naissance", "né le", "née le"],
    *["data di nascita", "nato il", "nata il", "data de nascimento", "geboortedatum", "födelsedatum"],
    *["fødselsdato", "syntymäaika", "data urodzenia", "születési", "doğum tarihi", "datum narození"],
]
# After a birth label, a day, a month's name in any language and a year ("3 oktober 2011", "10 kwietnia
# 1989", "19. November 1971"), the month cut short between dashes ("20-Aug-2016"), or year, month and day
# run together ("19530610", ISO 8601's basic form).
COMPACT_DATE = r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b"
BIRTH_DATE = (
    rf"(?:{FULL_DATE}|\b\d{{1,2}}\.?(?:[ \t]+|-)[^\W\d_]{{3,12}}\.?(?:[ \t]+|-)(?:19|20)\d{{2}}\b"
    rf"|{COMPACT_DATE})"
)
_ANY_BIRTH_DATE = re.compile(BIRTH_DATE)


class DateOfBirthRecognizer(ContextGatedRecognizer):
    """A full date right after birth context. Other dates (fiscal periods, filings) are not touched."""

    def __init__(self) -> None:
        super().__init__(
            "DATE_OF_BIRTH", [Pattern("full date", BIRTH_DATE, 0.7)], context=DOB_CONTEXT, window=60
        )

    def has_context(self, text: str, start: int) -> bool:
        # The nearest date before this one must not sit between the context and this date:
        # "DOB: 1 May 1970. Admitted 3 June 2022" must not take the admission date.
        left = text[max(0, start - self.window) : start]
        hits = list(self._context.finditer(left))
        return bool(hits) and not _ANY_BIRTH_DATE.search(left[hits[-1].end() :])


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
