"""Legal PII recognizers: parties named in capitals in a caption, and attorney bar numbers.

Docket numbers, statute and case citations are public record and must survive (governance.pii.keep).

The pack runs the classes its pack.yaml names under `pii_recognizers` (governance.pii.engine loads this
module by the name `pii_module` gives). Like every pack module, it imports nothing of Charter but
governance.pii.base.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult

from governance.pii.base import ContextGatedRecognizer, Recognizer

CORPORATE = re.compile(
    r"\b(?:INC|CORP|CO|LLC|LLP|LTD|COMPANY|CORPORATION|BANK|GROUP|HOLDINGS|INSURANCE|CASUALTY)\b\.?"
)


class CaptionPartyRecognizer(Recognizer):
    """An individual party in a caption ("CAMILLE MENSAH,\\nPlaintiff,"); companies are left alone."""

    PATTERN = r"(?m)^([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){1,3}),?\s*\n\s*(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?)\b"

    def __init__(self) -> None:
        super().__init__("PERSON", [Pattern("caption party", self.PATTERN, 0.6)])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        return [
            RecognizerResult("PERSON", m.start(1), m.end(1), 0.6)
            for m in re.finditer(self.PATTERN, text)
            if not CORPORATE.search(m.group(1))
        ]


class BarNumberRecognizer(ContextGatedRecognizer):
    def __init__(self) -> None:
        super().__init__(
            "BAR_NUMBER",
            [Pattern("bar number", r"(?<![\w-])\d{5,8}(?![\w-])", 0.5)],
            context=["bar no", "bar number", "bar #", "sbn", "state bar"],
            window=20,
        )
