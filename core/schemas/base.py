"""What every JSON schema of a stage output shares: typed fields for what readers use, the rest kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationError

from core.errors import MalformedArtifact


class Record(BaseModel):
    """A JSON object a stage writes: the fields other stages read, typed; the others kept as written."""

    model_config = ConfigDict(extra="allow")
    _raw: dict[str, Any] = PrivateAttr(default_factory=dict)

    @property
    def raw(self) -> dict[str, Any]:
        """The file's content exactly as read (what the report embeds)."""
        return self._raw


class Part(BaseModel):
    """A nested object of a Record."""

    model_config = ConfigDict(extra="allow")


R = TypeVar("R", bound=Record)


def load(schema: type[R], path: Path, what: str = "") -> R:
    """`path` validated against `schema`; `what` says who writes it, for the error."""
    try:
        raw = json.loads(Path(path).read_text())
        record = schema.model_validate(raw)
    except (ValueError, ValidationError) as e:
        raise MalformedArtifact(f"{path} is not a {schema.__name__}{what}: {e}") from e
    record._raw = raw
    return record
