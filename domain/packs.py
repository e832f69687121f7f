"""Domain packs: one folder per domain with `pack.yaml`, an optional term list and sample data.

Loaded once and validated at the boundary, so the stages that use a pack (tokenizer terms, scrub context
words, evaluation suites) can trust its fields. A malformed pack is a ConfigError naming the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from core.config import DOMAINS, Domain
from core.errors import ConfigError
from core.yamlfile import load_yaml

PACKS_ROOT = Path(__file__).parent
PACK_FILE = "pack.yaml"


class MustKeep(BaseModel):
    """What scrubbing must leave in place in this domain's text, besides the common must-keep patterns."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    patterns: dict[str, str] = Field(
        default_factory=dict, description="Named regular expressions (Python syntax) of content to keep."
    )
    terms: list[str] = Field(default_factory=list, description="Exact phrases to keep (case-sensitive).")

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, patterns: dict[str, str]) -> dict[str, str]:
        for name, pattern in patterns.items():
            try:
                if re.compile(pattern).match(""):
                    raise ValueError(f"must-keep pattern '{name}' matches the empty string")
            except re.error as e:
                raise ValueError(f"must-keep pattern '{name}' is not a valid regular expression: {e}") from e
        return patterns

    @field_validator("terms")
    @classmethod
    def _no_blank_terms(cls, terms: list[str]) -> list[str]:
        if any(not t.strip() for t in terms):
            raise ValueError("must-keep terms must be non-empty strings")
        return terms


class _PackFile(BaseModel):
    """The schema of `pack.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Domain
    description: str = Field(min_length=1)
    terms_file: str | None = Field(
        None, description="Term list relative to the pack folder, one term a line."
    )
    eval_suites: list[str] = Field(default_factory=list, description="lm-eval suites that score this domain.")
    pii_context_words: list[str] = Field(
        default_factory=list, description="Words that make a nearby number or name more likely to be PII."
    )
    pii_recognizers: list[str] = Field(
        default_factory=list,
        description="PII recognizer classes of the pack's recognizers.py that scrub runs for this domain, on top "
        "of the recognizers every document runs (a pack adds recognizers; it cannot remove one).",
    )
    pii_must_keep: MustKeep = Field(
        default_factory=MustKeep, description="Content that scrubbing keeps in this domain's documents."
    )

    @field_validator("eval_suites", "pii_context_words", "pii_recognizers")
    @classmethod
    def _no_blank(cls, values: list[str]) -> list[str]:
        if any(not v.strip() for v in values):
            raise ValueError("entries must be non-empty strings")
        return values


@dataclass(frozen=True)
class DomainPack:
    name: Domain
    description: str
    terms: list[str]
    eval_suites: list[str]
    pii_context_words: list[str]
    root: Path
    pii_recognizers: list[str] = field(default_factory=list)
    pii_must_keep: MustKeep = field(default_factory=MustKeep)


def read_terms(path: Path) -> list[str]:
    """One term a line; blank lines ignored. A term is one word: the tokenizer keeps it as one piece."""
    if not path.is_file():
        raise ConfigError(f"{path}: term list not found")
    terms = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for number, term in enumerate(terms, start=1):
        if any(c.isspace() for c in term):
            raise ConfigError(f"{path}: term {number} '{term}' contains whitespace; list single words")
    if len(set(terms)) != len(terms):
        raise ConfigError(f"{path}: duplicate terms")
    return terms


def load_pack(domain: str, root: Path = PACKS_ROOT) -> DomainPack:
    folder = root / domain
    path = folder / PACK_FILE
    if not path.is_file():
        raise ConfigError(f"{path}: no domain pack '{domain}'")
    raw = load_yaml(path)
    try:
        spec = _PackFile.model_validate(raw)
    except ValidationError as e:
        raise ConfigError(f"{path}: invalid domain pack:\n{e}") from e
    if spec.name != domain:
        raise ConfigError(f"{path}: name '{spec.name}' does not match its folder '{domain}'")
    terms = read_terms(folder / spec.terms_file) if spec.terms_file else []
    return DomainPack(
        spec.name,
        spec.description,
        terms,
        spec.eval_suites,
        spec.pii_context_words,
        folder,
        spec.pii_recognizers,
        spec.pii_must_keep,
    )


def all_packs(root: Path = PACKS_ROOT) -> dict[str, DomainPack]:
    """Every pack shipped under `root`, in the order of core.config.DOMAINS."""
    return {d: load_pack(d, root) for d in DOMAINS if (root / d / PACK_FILE).is_file()}
