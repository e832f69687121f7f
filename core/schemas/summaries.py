"""The JSON summaries and metrics the report reads, typed: `read(artifact, data)` validates one against its
schema (`SCHEMAS`) and keeps its content as written (`raw`), which the report embeds unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any, overload

from pydantic import Field

from core import artifacts as a
from core.artifacts import Artifact
from core.schemas.base import Part, R, Record, load
from core.schemas.tokens import TokenMeta


class Account(Part):
    """A stage's documents in and out (`core.ledger.StageAccount.as_dict`)."""

    name: str
    in_: int = Field(alias="in")
    kept: int
    modified: int
    dropped: int
    quarantined: int


class StageStats(Record):
    stage: str
    account: Account


class SourceCounts(Part):
    kept: int
    quarantined: int


class IngestStats(StageStats):
    sources: dict[str, SourceCounts]
    quarantined: list[dict[str, Any]]
    """id, source and reason (file and line) of every record ingest could not read."""


class SourceDecision(Part):
    allowed: bool
    reason: str
    obligations: list[str]


class GateDecisions(StageStats):
    policy: str
    use: str
    sources: dict[str, SourceDecision]
    base_model: dict[str, Any] | None = None
    """The policy's decision on pretrain.base_model (governance.model_gate); absent from scratch."""


class CurateStats(StageStats):
    dropped_by_step: dict[str, int]


class ScrubStats(StageStats):
    entities: list[str]
    """The PII types the scrubber looked for."""


class ValidateResults(Record):
    success: bool
    documents: int
    statistics: dict[str, int | float]
    failures: list[dict[str, Any]]


class DomainBytes(Part):
    bytes: int


class MixStats(StageStats):
    domains: dict[str, DomainBytes]


class Fertility(Record):
    tokens_per_byte: dict[str, float]
    domain_saving_mean: float
    general_penalty: float


class SourceTokens(Part):
    tokens: int
    epochs: float


class MixtureStats(Record):
    tokens_by_domain: dict[str, int]
    sources: dict[str, SourceTokens]


class TrainingSummary(Record):
    steps: int
    n_params: int
    final_loss: float | None


class EvalMetrics(Record):
    """Per domain (and `standard`): bits-per-byte on held-out text and each task's scores."""

    __pydantic_extra__: dict[str, dict[str, Any]] = Field(init=False)  # type: ignore[assignment]


class LicenseGate(Record):
    policy: str
    use: str
    tasks: dict[str, dict[str, Any]]


class SftDataStats(StageStats):
    conversations: dict[str, Any]


class SftMetrics(Record):
    enabled: bool


class SftSamples(Record):
    system_prompt: str
    samples: list[dict[str, Any]]
    pii_replaced: dict[str, int]


SCHEMAS: dict[Artifact, type[Record]] = {
    a.INGEST_STATS: IngestStats,
    a.GATE_DECISIONS: GateDecisions,
    a.CURATE_STATS: CurateStats,
    a.SCRUB_STATS: ScrubStats,
    a.VALIDATE_RESULTS: ValidateResults,
    a.MIX_STATS: MixStats,
    a.FERTILITY: Fertility,
    a.FERTILITY_DETAILS: Record,
    a.TOKENIZE_META: TokenMeta,
    a.MIXTURE_META: TokenMeta,
    a.MIXTURE_STATS: MixtureStats,
    a.PRETRAIN_SUMMARY: TrainingSummary,
    a.EVALUATE_METRICS: EvalMetrics,
    a.EVALUATE_LICENSE_GATE: LicenseGate,
    a.EVALUATE_SFT_METRICS: EvalMetrics,
    a.SFT_DATA_STATS: SftDataStats,
    a.SFT_METRICS: SftMetrics,
    a.SFT_SAMPLES: SftSamples,
    a.SCALING_FIT: Record,
    a.EXPERIMENT_RESULTS: Record,
    a.EXPERIMENT_THROUGHPUT: Record,
}
"""The schema of every JSON summary read outside the stage that writes it."""


@overload
def read(artifact: Artifact, data: Path) -> Record: ...
@overload
def read(artifact: Artifact, data: Path, schema: type[R]) -> R: ...
def read(artifact: Artifact, data: Path, schema: type[Record] | None = None) -> Record:
    """`artifact` under the output root `data`, validated against its schema (`schema`, when given, is the
    one the caller reads it as: it must be the artifact's)."""
    if schema is not None and schema is not SCHEMAS[artifact]:
        raise TypeError(f"{artifact.path} is a {SCHEMAS[artifact].__name__}, not a {schema.__name__}")
    path = artifact.require(data)
    return load(SCHEMAS[artifact], path, f" ({artifact.written_by()} writes it)")


def read_optional(artifact: Artifact, data: Path) -> Record | None:
    """Like `read`, or None when the artifact does not exist (only for what no stage has to write)."""
    return read(artifact, data) if artifact.at(data).exists() else None
