"""Ground truth by construction: a template declares every identifier through `Plant` before it writes
any sentence, then picks which sentences to use. The manifest keeps the declared values the chosen sentences
actually wrote, so it is exactly what was planted, never a guess made by a detector re-reading the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Entity types: presidio's names where presidio has the entity, descriptive names where it has none.
PERSON = "PERSON"
DATE_TIME = "DATE_TIME"
US_SSN = "US_SSN"
PHONE_NUMBER = "PHONE_NUMBER"
EMAIL_ADDRESS = "EMAIL_ADDRESS"
US_BANK_NUMBER = "US_BANK_NUMBER"
ABA_ROUTING_NUMBER = "ABA_ROUTING_NUMBER"
CREDIT_CARD = "CREDIT_CARD"
STREET_ADDRESS = "STREET_ADDRESS"
MEDICAL_RECORD_NUMBER = "MEDICAL_RECORD_NUMBER"
# Values that look like identifiers to a naive detector but carry the domain meaning: they must survive.
# A docket number is public court record that names the case, not a person.
CASE_NUMBER = "CASE_NUMBER"
ICD10_CODE = "ICD10_CODE"
DRUG_DOSE = "DRUG_DOSE"


@dataclass
class Plant:
    """Collects (entity type, value) pairs in first-use order; repeats are recorded once."""

    pii: list[tuple[str, str]] = field(default_factory=list)
    keep: list[tuple[str, str]] = field(default_factory=list)

    def identifier(self, entity: str, value: str) -> str:
        """Write a value the scrubber must remove."""
        if (entity, value) not in self.pii:
            self.pii.append((entity, value))
        return value

    def survivor(self, entity: str, value: str) -> str:
        """Write a value the scrubber must leave alone."""
        if (entity, value) not in self.keep:
            self.keep.append((entity, value))
        return value


@dataclass(frozen=True)
class SyntheticDoc:
    id: str
    text: str
    pii: list[tuple[str, str]]
    keep: list[tuple[str, str]]
    family: str | None = None
    """The template family the document was written from (a case type, a scenario, a house style): the
    ground truth the mix stage's family split is checked against. Never read by the pipeline."""

    @classmethod
    def build(
        cls, doc_id: str, paragraphs: list[str], plant: Plant, family: str | None = None
    ) -> SyntheticDoc:
        """Join the paragraphs; declared values that no chosen sentence used are not in the document."""
        text = "\n\n".join(p.strip() for p in paragraphs if p.strip())
        used = [pair for pair in plant.pii if pair[1] in text]
        return cls(doc_id, text, used, [pair for pair in plant.keep if pair[1] in text], family)

    def manifest_entry(self, line: int) -> dict[str, object]:
        entry: dict[str, object] = {"line": line, "pii": [{"type": t, "value": v} for t, v in self.pii]}
        if self.family is not None:
            entry["template_family"] = self.family
        if self.keep:
            entry["keep"] = [{"type": t, "value": v} for t, v in self.keep]
        return entry
