"""Recognizers every domain uses: phones, SSNs, cards (Luhn), street addresses, dates of birth, titled names.

Each one is a presidio `PatternRecognizer`. Where an identifier carries a checksum the recognizer checks it;
where it does not, the match must sit near a context word (`ContextGatedRecognizer`): a nine-digit number
is a routing number only after "routing" or "ABA". Context is read from the raw text just before the
match, so it needs no lemmas from spaCy (scrub runs spaCy with NER only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from governance.pii.engine import PLAIN_EMAIL

# Shared with the quality gate (RESIDUAL_PII): whatever the gate calls a residual SSN, scrub removes.
US_SSN_PATTERN = r"\b\d{3}-\d{2}-\d{4}\b"

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A full calendar date: "June 26, 1980", "26 June 1980", "06/26/1980", "1980-06-26", "6-26-80".
FULL_DATE = (
    rf"(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTHS}\s+\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|\d{4}-\d{2}-\d{2})"
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def only_digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


class Recognizer(PatternRecognizer):
    """A pattern recognizer whose regexes are case-sensitive (presidio's default flags ignore case, which
    turns a name pattern into "any two words"); patterns opt into case-insensitivity with (?i:...)."""

    def __init__(self, supported_entity: str, patterns: list[Pattern], name: str | None = None):
        super().__init__(
            supported_entity=supported_entity,
            patterns=patterns,
            name=name or type(self).__name__,
            context=[],
            global_regex_flags=re.MULTILINE,
        )


class ContextGatedRecognizer(Recognizer):
    """A pattern that counts only when one of `context` appears within `window` characters before it.

    For identifiers without a checksum (account numbers, MRNs, member ids) the context is the evidence.
    """

    def __init__(
        self,
        supported_entity: str,
        patterns: list[Pattern],
        context: Sequence[str],
        window: int = 40,
        name: str | None = None,
    ):
        super().__init__(supported_entity, patterns, name)
        self.window = window
        words = sorted({w.lower() for w in context}, key=len, reverse=True)
        self._context = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")", re.IGNORECASE)

    def has_context(self, text: str, start: int) -> bool:
        return self._context.search(text, max(0, start - self.window), start) is not None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in found if self.has_context(text, r.start)]


class NanpPhoneRecognizer(Recognizer):
    """North-American numbers with separators, including `+1` and dotted forms presidio scores too low."""

    PATTERN = (
        r"(?<![\w.+-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?"
        r"(?![\w-]|\.\d)"
    )

    def __init__(self) -> None:
        super().__init__("PHONE_NUMBER", [Pattern("nanp phone", self.PATTERN, 0.7)])

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = only_digits(pattern_text)
        digits = digits[1:] if len(digits) == 11 else digits
        return len(digits) < 10 or digits[0] in "01"


class SsnRecognizer(Recognizer):
    """Any dashed 3-2-4 number; synthetic and ITIN ranges (9xx) are personal numbers too."""

    def __init__(self) -> None:
        super().__init__("US_SSN", [Pattern("dashed ssn", US_SSN_PATTERN, 0.6)])

    def invalidate_result(self, pattern_text: str) -> bool:
        d = only_digits(pattern_text)
        return d[:3] == "000" or d[3:5] == "00" or d[5:] == "0000"


class CardRecognizer(Recognizer):
    """13-19 digit card numbers, in groups or run together, that pass the Luhn check."""

    PATTERN = r"(?<![\d-])(?:\d{4}[ -]){3}\d{1,7}(?![\d-])|(?<![\d-])\d{13,19}(?![\d-])"

    def __init__(self) -> None:
        super().__init__("CREDIT_CARD", [Pattern("card", self.PATTERN, 0.3)])

    def validate_result(self, pattern_text: str) -> bool:
        d = only_digits(pattern_text)
        return 13 <= len(d) <= 19 and d[0] in "3456" and luhn_ok(d)


STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Boulevard|Blvd|Terrace|Ter|"
    r"Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Row|Run|Pike|Alley|Plaza|Crescent)\.?"
)
UNIT = r"(?:,?\s+(?:Suite|Ste\.?|Apt\.?|Apartment|Unit|Floor|Fl\.?|Room|Rm\.?|#)\s*[\w-]{1,6})"
STATE = r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])"
STREET_ADDRESS = (
    r"\b\d{1,6}(?:-\d{1,4})?\s+(?:[NSEW]\.?\s+)?(?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\s+){1,4}"
    + STREET_SUFFIX
    + rf"{UNIT}?(?:,?\s+(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+,?\s+{STATE}(?:\s+\d{{5}}(?:-\d{{4}})?)?)?"
    + r"(?!\w)"
)


class StreetAddressRecognizer(Recognizer):
    """Number, street, optional unit, optional city, state and ZIP: the whole address, not just the city."""

    def __init__(self) -> None:
        super().__init__("STREET_ADDRESS", [Pattern("us street address", STREET_ADDRESS, 0.7)])


DOB_CONTEXT = ["dob", "d.o.b", "date of birth", "birth date", "birthdate", "born", "birthday"]


class DateOfBirthRecognizer(ContextGatedRecognizer):
    """A full date right after birth context. Other dates (fiscal periods, filings) are not touched."""

    def __init__(self) -> None:
        super().__init__(
            "DATE_OF_BIRTH", [Pattern("full date", FULL_DATE, 0.7)], context=DOB_CONTEXT, window=60
        )

    def has_context(self, text: str, start: int) -> bool:
        # The nearest date before this one must not sit between the context and this date:
        # "DOB: 1 May 1970. Admitted 3 June 2022" must not take the admission date.
        left = text[max(0, start - self.window) : start]
        hits = list(self._context.finditer(left))
        return bool(hits) and not re.search(FULL_DATE, left[hits[-1].end() :])


HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Judge|Justice|Hon|Rev|Sgt|Det|Officer|Nurse)\.?"
NAME_WORD = r"(?:[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?|[A-Z]{2,}(?:[-'][A-Z]+)?|[A-Z]\.)"


class TitledNameRecognizer(Recognizer):
    """Names after an honorific, including transcript speaker labels in capitals ("MR. YILMAZ:")."""

    PATTERN = rf"\b(?i:{HONORIFIC})[ \t]+{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}}"

    def __init__(self) -> None:
        super().__init__("PERSON", [Pattern("titled name", self.PATTERN, 0.65)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        out = []
        for r in super().analyze(text, entities, nlp_artifacts, regex_flags):
            # Keep the name, not the title, so "Dr. <PERSON_1>" still reads.
            m = re.match(rf"(?i:{HONORIFIC})\s+", text[r.start : r.end])
            start = r.start + (m.end() if m else 0)
            if start < r.end:
                out.append(RecognizerResult(r.entity_type, start, r.end, r.score, r.analysis_explanation))
        return out


class LabelledNameRecognizer(Recognizer):
    """A name after a form label ("Name: Mei Haddad", "Patient: ...", "DEPOSITION OF CAMILLE MENSAH")."""

    PATTERN = (
        r"(?:(?i:\b(?:name|patient|client|customer|deponent|witness|beneficiary|account holder|insured|"
        r"subscriber|guarantor|emergency contact|next of kin|from|to|cc|attn|attending|pcp|referring|"
        r"on behalf of the \w+)\s*:)|(?i:\b(?:reported|prepared|signed|examined|referred|reviewed|approved|"
        r"witnessed|notarized|attested|interviewed|represented) by:?|(?:routed|sent|forwarded|assigned|escalated|introduced|referred) to|the firm by)|\bDEPOSITION OF)[ \t]*"
        rf"({NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})"
        rf"|({NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}),?[ \t]+Esq\b"
    )

    def __init__(self) -> None:
        super().__init__("PERSON", [Pattern("labelled name", self.PATTERN, 0.65)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        out = []
        for m in re.finditer(self.PATTERN, text):
            group = 1 if m.group(1) else 2
            out.append(RecognizerResult("PERSON", m.start(group), m.end(group), 0.65))
        return out


def email_recognizer() -> PatternRecognizer:
    return Recognizer(
        "EMAIL_ADDRESS", [Pattern("plain email", PLAIN_EMAIL, 0.6)], name="PlainEmailRecognizer"
    )


def recognizers() -> list[PatternRecognizer]:
    """The recognizers every domain runs (domain packs add their own)."""
    return [
        email_recognizer(),
        NanpPhoneRecognizer(),
        SsnRecognizer(),
        CardRecognizer(),
        StreetAddressRecognizer(),
        DateOfBirthRecognizer(),
        TitledNameRecognizer(),
        LabelledNameRecognizer(),
    ]
