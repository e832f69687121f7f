"""The source registry: `sources.yaml` (its `sources:` and `models:`), validated once when loaded."""

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


HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
# What is fetched of a hub model: config, safetensors weights, tokenizer. Nothing executable, no pickles.
HUB_PATTERNS = ["*.json", "*.safetensors", "*.txt", "*.model", "*.jinja"]


class ModelEntry(BaseModel):
    """One registered model: a base whose pretraining continues (`pretrain.base_model`) or a teacher. It is an
    input like a source: its license passes the same policy, and the report names it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="Stable identifier, as params name it (pretrain.base_model).")
    path: str = Field(
        description="A local Hugging Face folder (config.json, safetensors weights, tokenizer), relative to "
        "the registry file unless absolute; or a hub id (org/name) where a network exists."
    )
    license: str = Field(description="SPDX expression; LicenseRef-... for licenses SPDX does not list.")
    owner: str
    attribution: str | None = None
    allowed_uses: list[str] | None = Field(
        None, description="Uses the owner agreed to; None means whatever the license permits."
    )
    pretrain_lr: float | None = Field(
        None,
        gt=0,
        description="The peak learning rate the model was pretrained at (its paper or model card): continued "
        "pretraining re-warms to pretrain.rewarm_peak_ratio times it unless pretrain.rewarm_peak_lr is set.",
    )

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not SOURCE_ID.match(v):
            raise ValueError(f"model id '{v}' must be lowercase letters, digits, '.', '_' or '-'")
        return v


class Registry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: list[Source]
    models: list[ModelEntry] = Field(default_factory=list)
    root: Path = Path(".")

    def resolve(self, source: Source) -> Path:
        p = Path(source.path)
        return p if p.is_absolute() else (self.root / p)

    def get(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def model(self, model_id: str) -> ModelEntry:
        """The entry registered under `models:` as `model_id`; KeyError when there is none."""
        for m in self.models:
            if m.id == model_id:
                return m
        raise KeyError(model_id)

    def model_location(self, entry: ModelEntry) -> Path | str:
        """A model's folder (absolute, or relative to the registry file), or its hub id when `path` names no
        local folder and has the shape of one."""
        p = Path(entry.path)
        if p.is_absolute():
            return p
        local = self.root / p
        return entry.path if not local.exists() and HUB_ID.match(entry.path) else local

    def model_folder(self, entry: ModelEntry) -> Path:
        """A model's local folder: its registered path, or a hub snapshot of its safe files (config,
        safetensors, tokenizer; no pickles, no code), which needs a network or the hub cache."""
        location = self.model_location(entry)
        if isinstance(location, Path):
            if not location.is_dir():
                raise ConfigError(f"model '{entry.id}': {location} is not a folder")
            return location
        from huggingface_hub import snapshot_download

        try:
            return Path(snapshot_download(location, allow_patterns=HUB_PATTERNS))
        except Exception as e:  # offline, unknown repo, gated: the hub's own message says which
            raise ConfigError(
                f"model '{entry.id}': path {location!r} is no local folder (relative paths are read from the "
                f"registry's folder) and the hub model of that name could not be fetched ({e})"
            ) from e


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
