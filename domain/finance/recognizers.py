"""Finance PII recognizers: routing numbers (ABA 3-7-1), IBAN (mod-97), SWIFT/BIC and bank account numbers.

A CUSIP or ISIN is a security, not a person, and must survive: the account recognizer stands down when
the number follows a security label, and governance.pii.keep protects both.

The pack runs the classes its pack.yaml names under `pii_recognizers` (governance.pii.engine loads them).
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from presidio_analyzer import Pattern, RecognizerResult

from governance.pii.recognizers import ContextGatedRecognizer, Recognizer, only_digits

ACCOUNT_CONTEXT = ["account", "acct", "a/c", "checking", "savings", "brokerage", "deposit to", "credit to"]
SECURITY_LABEL = re.compile(r"(?i)\b(?:cusip|isin|sedol|figi|ticker|symbol)\W{0,5}$")


def aba_ok(digits: str) -> bool:
    d = [int(c) for c in digits]
    return (
        len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0
    )


def iban_ok(text: str) -> bool:
    s = text.replace(" ", "").upper()
    if not 15 <= len(s) <= 34 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    moved = s[4:] + s[:4]
    number = "".join(str(string.ascii_uppercase.index(c) + 10) if c.isalpha() else c for c in moved)
    return number.isdigit() and int(number) % 97 == 1


class AbaChecksumRecognizer(ContextGatedRecognizer):
    """Nine digits that pass the 3-7-1 checksum and follow routing context (one random number in ten passes
    the checksum alone, so the context is required too)."""

    def __init__(self) -> None:
        super().__init__(
            "ABA_ROUTING_NUMBER",
            [Pattern("aba", r"(?<![\d-])\d{4}-?\d{4}-?\d(?![\d-])", 0.3)],
            context=["routing", "aba", "rtn", "transit", "routing/transit", "wire to", "fedwire"],
            window=40,
        )

    def validate_result(self, pattern_text: str) -> bool:
        return aba_ok(only_digits(pattern_text))


class IbanMod97Recognizer(Recognizer):
    """IBANs, grouped in fours or run together, that pass ISO 13616's mod-97 check."""

    PATTERN = r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b"

    def __init__(self) -> None:
        super().__init__("IBAN_CODE", [Pattern("iban", self.PATTERN, 0.3)])

    def validate_result(self, pattern_text: str) -> bool:
        return iban_ok(pattern_text)


class SwiftRecognizer(ContextGatedRecognizer):
    """SWIFT/BIC codes (bank, country, location, optional branch) after SWIFT or BIC context."""

    def __init__(self) -> None:
        super().__init__(
            "SWIFT_CODE",
            [Pattern("bic", r"\b[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b", 0.5)],
            context=["swift", "bic", "swift/bic"],
            window=25,
        )


class BankAccountRecognizer(ContextGatedRecognizer):
    """8-17 digit account numbers near account context; no checksum exists, so context is the evidence."""

    def __init__(self, context: Sequence[str] = ()) -> None:
        words = [*ACCOUNT_CONTEXT, *(w for w in context if w in {"account", "acct"})]
        super().__init__(
            "US_BANK_NUMBER",
            [Pattern("account digits", r"(?<![\d.,$-])\d{8,17}(?![\d-]|[.,]\d)", 0.5)],
            context=words,
            window=45,
        )
        self._routing = AbaChecksumRecognizer()

    def has_context(self, text: str, start: int) -> bool:
        if SECURITY_LABEL.search(text, max(0, start - 15), start):
            return False
        return super().has_context(text, start)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        # A nine-digit number that passes the 3-7-1 check after routing context is the routing recognizer's;
        # one in ten account numbers passes the check by chance, so the checksum alone decides nothing.
        return [
            r
            for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if not (aba_ok(text[r.start : r.end]) and self._routing.has_context(text, r.start))
        ]
