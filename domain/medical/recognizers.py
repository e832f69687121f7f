"""Medical PHI recognizers: MRN and health-plan member ids near the looser record context of clinical notes
("chart", "patient id"), NPIs without their label (Luhn over 80840 + the first nine digits), and the dates
of a patient's stay and death. Labelled MRNs and NPIs are found in every document
(governance.pii.identifiers). ICD-10 and CPT codes and drug doses
are clinical content and are protected by governance.pii.keep.

The pack runs the classes its pack.yaml names under `pii_recognizers` (governance.pii.engine loads this
module by the name `pii_module` gives). Like every pack module, it imports nothing of Charter but
governance.pii.base.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import Pattern

from governance.pii.base import FULL_DATE, ContextGatedRecognizer, Recognizer, npi_ok, only_digits

MRN_CONTEXT = [
    "mrn",
    "medical record",
    "record number",
    "record no",
    "record #",
    "chart",
    "patient id",
    "mr#",
]
MEMBER_CONTEXT = [
    "member id",
    "member #",
    "member no",
    "subscriber id",
    "policy number",
    "policy no",
    "insurance id",
    "health plan id",
    "plan id",
    "medicaid id",
    "medicare id",
    "group number",
]
# HIPAA's Safe Harbor counts every date tied to a patient: admission, discharge, service, procedure, death.
# A signature date is left alone: "signed" dates every contract and letter, and the strict default runs this
# pack on every document.
STAY_CONTEXT = [
    "admitted",
    "admission",
    "discharged",
    "discharge date",
    "date of service",
    "seen on",
    # A patient's visit, not a visit to an office, a prison or a supplier ("to visit our offices from ...").
    "visit date",
    "date of visit",
    "office visit",
    "clinic visit",
    "hospital visit",
    "home visit",
    "video visit",
    "telehealth visit",
    "follow-up visit",
    "follow up visit",
    "patient visit",
    "surgery",
    "procedure date",
    "date of death",
    "died",
    "expired on",
    "deceased",
]


class MrnRecognizer(ContextGatedRecognizer):
    """Medical record numbers (6-12 characters, digits with an optional letter prefix) after record context."""

    def __init__(self, context: Sequence[str] = ()) -> None:
        words = [*MRN_CONTEXT, *(w for w in context if w == "mrn")]
        super().__init__(
            "MEDICAL_RECORD_NUMBER",
            [Pattern("mrn", r"(?<![\w-])[A-Z]{0,3}-?\d{6,12}(?![\w-])", 0.5)],
            context=words,
            window=30,
        )


class UnlabelledNpiRecognizer(Recognizer):
    """National Provider Identifiers without their label: in clinical records ten digits starting 1 or 2 whose
    Luhn check runs over the 80840 prefix are taken as NPIs (every domain needs the "NPI" label)."""

    def __init__(self) -> None:
        super().__init__("NPI", [Pattern("npi", r"(?<![\d-])[12]\d{9}(?![\d-])", 0.3)])

    def validate_result(self, pattern_text: str) -> bool:
        return npi_ok(only_digits(pattern_text))


class HealthPlanIdRecognizer(ContextGatedRecognizer):
    """Insurance member ids: letters and digits (at least five digits) after member/policy context."""

    def __init__(self) -> None:
        super().__init__(
            "HEALTH_PLAN_ID",
            [
                Pattern(
                    "member id", r"(?<![\w-])(?=[A-Z0-9-]*\d{5})[A-Z0-9][A-Z0-9-]{5,18}[A-Z0-9](?![\w-])", 0.5
                )
            ],
            context=MEMBER_CONTEXT,
            window=30,
        )


class StayDateRecognizer(ContextGatedRecognizer):
    """Admission, discharge, visit, procedure and death dates: HIPAA counts every date tied to a patient."""

    def __init__(self) -> None:
        super().__init__(
            "PATIENT_DATE", [Pattern("stay date", FULL_DATE, 0.6)], context=STAY_CONTEXT, window=35
        )

    def has_context(self, text: str, start: int) -> bool:
        left = text[max(0, start - self.window) : start]
        hits = list(self._context.finditer(left))
        return bool(hits) and not re.search(FULL_DATE, left[hits[-1].end() :])
