"""Domain packs, found on disk: every folder of `domain/` that holds a `pack.yaml` is a domain.

No list of domain names exists anywhere else: the registry, the parameters, the stages and the charts ask this
module which domains there are. Adding a domain is one folder (`domain/<name>/pack.yaml`, an optional term
list and recognizer module) and a `sources.yaml` entry.

A pack is read and validated here, once, at the boundary, so the stages that use it (tokenizer terms, scrub
recognizers, context words and must-keep lists, chart colours) can trust its fields. A malformed pack, or a
name no pack answers to, is a ConfigError naming the file and listing the packs that exist.

This module reads pack files; it imports no pack code. The PII engine imports a pack's recognizer module by
the name `pii_module` gives in its pack.yaml.
"""

from __future__ import annotations

import colorsys
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from core.errors import ConfigError
from core.yamlfile import load_yaml

# The packs live in the `domain` package beside this one (in a checkout and in an installed wheel alike).
PACKS_ROOT = Path(__file__).resolve().parents[1] / "domain"
PACKS_PACKAGE = "domain"
"""The import name of PACKS_ROOT: a shipped pack's recognizer module is `domain.<pack>.<pii_module>`."""
PACK_FILE = "pack.yaml"
GENERAL = "general"
"""The general pack: the base of every mixture (BloombergGPT's public half), against which the domain packs
are measured. It is a role, not a list: every other pack is a domain."""
PACK_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
MODULE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


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


class PackFile(BaseModel):
    """The schema of `pack.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="The domain's name: the pack's folder name, and `domain:` in sources.yaml.")
    description: str = Field(min_length=1)
    terms_file: str | None = Field(
        None, description="Term list relative to the pack folder, one term a line."
    )
    eval_suites: list[str] = Field(default_factory=list, description="lm-eval suites that score this domain.")
    pii_context_words: list[str] = Field(
        default_factory=list, description="Words that make a nearby number or name more likely to be PII."
    )
    pii_module: str | None = Field(
        None,
        description="The pack's recognizer module, a Python file of the pack folder named without `.py` "
        "(`recognizers` for recognizers.py). It may import only governance.pii.base.",
    )
    pii_recognizers: list[str] = Field(
        default_factory=list,
        description="PII recognizer classes of `pii_module` that scrub runs for this domain, on top of the "
        "recognizers every document runs (a pack adds recognizers; it cannot remove one).",
    )
    pii_must_keep: MustKeep = Field(
        default_factory=MustKeep, description="Content that scrubbing keeps in this domain's documents."
    )
    color: str | None = Field(
        None,
        description="The domain's colour in charts (#rrggbb); without one, a colour derived from the name.",
    )

    @field_validator("name")
    @classmethod
    def _name_shape(cls, v: str) -> str:
        if not PACK_NAME.match(v):
            raise ValueError(
                f"pack name '{v}' must be lowercase letters, digits or '_', starting with a letter"
            )
        return v

    @field_validator("eval_suites", "pii_context_words", "pii_recognizers")
    @classmethod
    def _no_blank(cls, values: list[str]) -> list[str]:
        if any(not v.strip() for v in values):
            raise ValueError("entries must be non-empty strings")
        return values

    @field_validator("pii_module")
    @classmethod
    def _module_shape(cls, v: str | None) -> str | None:
        if v is not None and not MODULE_NAME.match(v):
            raise ValueError(f"pii_module '{v}' must be a module name of the pack folder, e.g. recognizers")
        return v

    @field_validator("color")
    @classmethod
    def _color_shape(cls, v: str | None) -> str | None:
        if v is not None and not HEX_COLOR.match(v):
            raise ValueError(f"color '{v}' must be #rrggbb")
        return v

    @model_validator(mode="after")
    def _recognizers_need_a_module(self) -> PackFile:
        if self.pii_recognizers and self.pii_module is None:
            raise ValueError("pii_recognizers are declared but no pii_module names the module defining them")
        return self


@dataclass(frozen=True)
class DomainPack:
    name: str
    description: str
    terms: list[str]
    eval_suites: list[str]
    pii_context_words: list[str]
    root: Path
    pii_recognizers: list[str] = field(default_factory=list)
    pii_must_keep: MustKeep = field(default_factory=MustKeep)
    pii_module: str | None = None
    color: str | None = None

    @property
    def pii_module_path(self) -> Path | None:
        """The file of the pack's recognizer module, or None when the pack declares none."""
        return self.root / f"{self.pii_module}.py" if self.pii_module else None


def pack_names(root: Path = PACKS_ROOT) -> tuple[str, ...]:
    """Every pack under `root`: the general pack first, then the domain packs by name."""
    if not root.is_dir():
        raise ConfigError(f"{root}: no domain packs folder")
    names = [p.name for p in root.iterdir() if (p / PACK_FILE).is_file()]
    return tuple(sorted(names, key=lambda name: (name != GENERAL, name)))


def domain_packs(root: Path = PACKS_ROOT) -> tuple[str, ...]:
    """The packs other than the general one, by name."""
    return tuple(name for name in pack_names(root) if name != GENERAL)


def evaluation_order(root: Path = PACKS_ROOT) -> tuple[str, ...]:
    """Every pack in the order suites are evaluated and reported: the domain packs by name, general last."""
    return (*domain_packs(root), *(name for name in pack_names(root) if name == GENERAL))


def check_domain(name: str, root: Path = PACKS_ROOT) -> str:
    """`name` if a pack answers to it; otherwise a ValueError listing the packs that exist (pydantic turns it
    into a validation error naming the field, and callers outside a model wrap it in a ConfigError)."""
    known = pack_names(root)
    if name not in known:
        raise ValueError(
            f"unknown domain '{name}'; the domain packs are {', '.join(known) or 'none'} "
            f"(a domain is a folder {root.name}/<name>/ with a {PACK_FILE})"
        )
    return name


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
        try:
            check_domain(domain, root)
        except ValueError as e:
            raise ConfigError(f"{path}: {e}") from e
    raw = load_yaml(path)
    try:
        spec = PackFile.model_validate(raw)
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
        spec.pii_module,
        spec.color,
    )


def all_packs(root: Path = PACKS_ROOT) -> dict[str, DomainPack]:
    """Every pack under `root`, in pack_names order."""
    return {name: load_pack(name, root) for name in pack_names(root)}


def fallback_color(name: str) -> str:
    """A colour of its own for a domain whose pack names none: the hue from a hash of the name (stable across
    runs and machines, unlike hash()), at a saturation and lightness that read on white."""
    hue = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:2], "big") / 65536
    r, g, b = colorsys.hls_to_rgb(hue, 0.4, 0.55)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


NEUTRAL_COLOR = "#455a64"
"""Charts draw what is not a domain (a token index's 'unknown') in this grey."""


def domain_color(name: str, root: Path = PACKS_ROOT, default: str | None = NEUTRAL_COLOR) -> str | None:
    """The chart colour of a domain: its pack's `color`, else fallback_color; `default` for a name no pack
    answers to."""
    if not PACK_NAME.match(name) or not (root / name / PACK_FILE).is_file():
        return default
    return load_pack(name, root).color or fallback_color(name)
