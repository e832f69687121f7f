"""Finance PII recognizers: bank account numbers after the looser account words of financial records
("checking", "brokerage", "deposit to"). Routing numbers, IBANs, SWIFT/BIC codes and explicitly labelled
account numbers are found in every document (governance.pii.identifiers); this pack adds to them.

A CUSIP or ISIN is a security, not a person, and must survive: the account recognizer stands down when
the number follows a security label, and governance.pii.keep protects both.

The pack runs the classes its pack.yaml names under `pii_recognizers` (governance.pii.engine loads this
module by the name `pii_module` gives). Like every pack module, it imports nothing of Charter but
governance.pii.base.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import Pattern, RecognizerResult

from governance.pii.base import ROUTING_CONTEXT, ROUTING_WINDOW, ContextGatedRecognizer, aba_ok, context_regex

ACCOUNT_CONTEXT = ["account", "acct", "a/c", "checking", "savings", "brokerage", "deposit to", "credit to"]
SECURITY_LABEL = re.compile(r"(?i)\b(?:cusip|isin|sedol|figi|ticker|symbol)\W{0,5}$")


class BankAccountRecognizer(ContextGatedRecognizer):
    """8-17 digit account numbers near account context; no checksum exists, so context is the evidence."""

    def __init__(self, context: Sequence[str] = ()) -> None:
        words = [*ACCOUNT_CONTEXT, *(w for w in context if w in {"account", "acct"})]
        super().__init__(
            "US_BANK_NUMBER",
            # Not the tail of a code that opens with letters ("003FI1865169873", a CRM's contact id).
            [Pattern("account digits", r"(?<![\d.,$-])(?<![A-Za-z]{2})\d{8,17}(?![\d-]|[.,]\d)", 0.5)],
            context=words,
            window=45,
        )
        self._routing = context_regex(ROUTING_CONTEXT)

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
            if not (aba_ok(text[r.start : r.end]) and self._after_routing_label(text, r.start))
        ]

    def _after_routing_label(self, text: str, start: int) -> bool:
        return self._routing.search(text, max(0, start - ROUTING_WINDOW), start) is not None
