"""The source registry: `sources.yaml`, validated once when loaded.

Besides the document sources (`sources:`), the registry lists the models a build may take weights or
predictions from (`models:`: a base to continue pretraining, a teacher to distil from). A model is a registered
input like a source: the license policy decides whether it may be used, and the build names it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from core.errors import ConfigError
from core.packs import check_domain
from core.yamlfile import load_yaml

SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
RECORD_FORMATS = ("jsonl", "parquet")


class Source(BaseModel):
    """One registered source of documents."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="Stable identifier; part of every document id from this source.")
    domain: str = Field(description="The domain pack the documents belong to (a folder of domain/).")
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
    text_field: str = Field("text", description="JSONL and parquet: the field or column holding the text.")
    id_field: str | None = Field(
        None,
        description="JSONL and parquet: the field holding the owner's record id. Document ids are then "
        "`<source>/<record id>`, stable when the owner re-exports in another order; a record id found twice "
        "in the source is quarantined. Without it, ids are `<source>/<file>#L<line>`.",
    )
    keep_fields: list[str] = Field(
        default_factory=list,
        description="JSONL and parquet: record fields carried with the document, under metadata['fields'] "
        "(scalar values only; the scrubber treats each string like the text). Other fields are dropped: "
        "a record never sets source, domain, license or any other registered value.",
    )
    hash_file_names: bool = Field(
        False,
        description="Put a keyed hash of each file's path in document ids, locations and ledgers instead of "
        "the path itself (file names are often people's names). See ingest.file_name_key_env.",
    )
    erased_with: list[str] = Field(
        default_factory=list,
        description="Source ids (in any registry) whose erasure erases this source too: the same upstream "
        "data registered again, e.g. instruction conversations built from a corpus source's dataset.",
    )

    @field_validator("domain")
    @classmethod
    def _domain_is_a_pack(cls, v: str) -> str:
        return check_domain(v)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not SOURCE_ID.match(v):
            raise ValueError(f"source id '{v}' must be lowercase letters, digits, '.', '_' or '-'")
        return v

    @model_validator(mode="after")
    def _record_options(self) -> Source:
        record_options = [k for k in ("id_field", "keep_fields") if getattr(self, k)]
        if record_options and self.format not in RECORD_FORMATS:
            raise ValueError(
                f"source '{self.id}': {' and '.join(record_options)} apply to record formats "
                f"({', '.join(RECORD_FORMATS)}), not {self.format}"
            )
        if len(set(self.keep_fields)) != len(self.keep_fields):
            raise ValueError(f"source '{self.id}': keep_fields lists a field twice: {self.keep_fields}")
        if self.text_field in self.keep_fields or self.text_field == self.id_field:
            raise ValueError(
                f"source '{self.id}': the text field '{self.text_field}' cannot be the id field or a kept field"
            )
        return self


class RegisteredModel(BaseModel):
    """One registered model: a local Hugging Face folder (config, safetensors weights, tokenizer)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(
        description="Stable identifier that params name the model by (e.g. pretrain.distill_teacher)."
    )
    path: str = Field(description="Hugging Face folder, relative to the registry file unless absolute.")
    license: str = Field(description="SPDX expression; LicenseRef-... for licenses SPDX does not list.")
    owner: str

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not SOURCE_ID.match(v):
            raise ValueError(f"model id '{v}' must be lowercase letters, digits, '.', '_' or '-'")
        return v


class Registry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: list[Source]
    models: list[RegisteredModel] = Field(default_factory=list)
    root: Path = Path(".")

    def resolve(self, entry: Source | RegisteredModel) -> Path:
        p = Path(entry.path)
        return p if p.is_absolute() else (self.root / p)

    def get(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def get_model(self, model_id: str) -> RegisteredModel:
        for m in self.models:
            if m.id == model_id:
                return m
        raise KeyError(model_id)


def load_registry(path: str | Path = "sources.yaml") -> Registry:
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: source registry not found")
    raw = load_yaml(path) or {}
    if not isinstance(raw, dict) or not isinstance(raw.get("sources"), list):
        raise ConfigError(f"{path}: expected a list under 'sources:'")
    models = raw.get("models") or []
    if not isinstance(models, list):
        raise ConfigError(f"{path}: expected a list under 'models:'")
    try:
        registry = Registry(sources=raw["sources"], models=models, root=path.parent)
    except ValidationError as e:
        raise ConfigError(f"{path}: invalid source or model entry:\n{e}") from e
    for kind, ids in (
        ("source", [s.id for s in registry.sources]),
        ("model", [m.id for m in registry.models]),
    ):
        seen: set[str] = set()
        for entry_id in ids:
            if entry_id in seen:
                raise ConfigError(f"{path}: {kind} id '{entry_id}' is registered twice")
            seen.add(entry_id)
    return registry
