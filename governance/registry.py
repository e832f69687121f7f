"""The source registry: `sources.yaml`, validated once when loaded."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from charter.config import Domain
from charter.errors import ConfigError

SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


class Source(BaseModel):
    """One registered source of documents."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="Stable identifier; part of every document id from this source.")
    domain: Domain
    path: str = Field(description="File or folder, relative to the registry file unless absolute.")
    format: Literal["jsonl", "text", "pdf", "parquet"]
    license: str = Field(description="SPDX expression; LicenseRef-... for licenses SPDX does not list.")
    owner: str
    sensitivity: Literal["public", "private"]
    allowed_uses: list[str] | None = Field(
        None, description="Uses the owner agreed to; None means whatever the license permits."
    )
    attribution: str | None = None
    priority: int = Field(0, description="Higher wins when duplicates across sources are resolved.")
    text_field: str = "text"
    erased_with: list[str] = Field(
        default_factory=list,
        description="Source ids (in any registry) whose erasure erases this source too: the same upstream "
        "data registered again, e.g. instruction conversations built from a corpus source's dataset.",
    )

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not SOURCE_ID.match(v):
            raise ValueError(f"source id '{v}' must be lowercase letters, digits, '.', '_' or '-'")
        return v


class Registry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: list[Source]
    root: Path = Path(".")

    def resolve(self, source: Source) -> Path:
        p = Path(source.path)
        return p if p.is_absolute() else (self.root / p)

    def get(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)


def load_registry(path: str | Path = "sources.yaml") -> Registry:
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: source registry not found")
    raw = yaml.safe_load(path.read_text()) or {}
    if not isinstance(raw, dict) or not isinstance(raw.get("sources"), list):
        raise ConfigError(f"{path}: expected a list under 'sources:'")
    try:
        registry = Registry(sources=raw["sources"], root=path.parent)
    except ValidationError as e:
        raise ConfigError(f"{path}: invalid source entry:\n{e}") from e
    seen: set[str] = set()
    for s in registry.sources:
        if s.id in seen:
            raise ConfigError(f"{path}: source id '{s.id}' is registered twice")
        seen.add(s.id)
    return registry
