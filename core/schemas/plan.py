"""plan.json: the plan stage writes it from a `Plan`; mixture, pretrain, launch and the report read it back
as one (a missing or mistyped field is an error naming it)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from core.errors import MalformedArtifact, MissingArtifact

PLAN_FILE = "plan.json"


@dataclass(frozen=True)
class TrainSchedule:
    """How the planned tokens become optimizer steps (global batch at one rank)."""

    steps: int
    """Steps the trainer runs: `planned_steps`, capped by `max_steps_cap`."""
    planned_steps: int
    """ceil(n_tokens / tokens_per_step): the steps that train the whole plan."""
    max_steps_cap: int | None
    tokens_per_step: int
    micro_batch_size: int
    grad_accum_steps: int
    seq_len: int
    tokens: int
    """Tokens the trainer will see: steps x tokens_per_step."""
    predicted_loss: float | None
    """The fit's loss at the tokens actually trained (differs from the plan's when capped); None when
    pretraining continues from a base, which the fitted laws (from scratch) do not describe."""


@dataclass(frozen=True)
class Plan:
    fit: str
    compute_flops: float
    n_params: int
    """Parameters of the built model (all of them, embeddings included)."""
    n_tokens: int
    """Training tokens that spend the budget on the built model: compute_flops / (6 n_params)."""
    n_params_optimal: float
    """The fit's optimum: the closed form, or with scarce unique data the minimum of L(N, D'(C / 6N))."""
    n_tokens_optimal: float
    unique_tokens: int | None
    epochs: float | None
    """n_tokens / unique_tokens: passes over the unique data (below 1 when data is plentiful)."""
    effective_tokens: float
    """Muennighoff et al.'s D', the fresh-token equivalent of n_tokens; the loss is predicted at it."""
    predicted_loss: float | None
    model_config: dict[str, Any]
    train: TrainSchedule
    warnings: list[str] = field(default_factory=list)
    n_params_unconstrained: float | None = None
    """The closed-form optimum ignoring how many unique tokens there are (equal to n_params_optimal when the
    data suffices)."""
    unique_tokens_by_domain: dict[str, int] | None = None
    epochs_by_domain: dict[str, float] | None = None
    """Passes over each domain's unique tokens, if the plan's tokens keep the shards' domain shares (in
    continued pretraining: at the mixture's shares)."""
    base_model: dict[str, Any] | None = None
    """Continued pretraining: the registered base whose parameters are trained (model.continued_plan)."""

    def to_json(self) -> dict[str, Any]:
        payload = asdict(self)
        if payload["base_model"] is None:
            del payload["base_model"]  # a from-scratch plan.json stays as it was
        return payload

    @classmethod
    def from_json(cls, payload: object) -> Plan:
        """The plan a `to_json` payload describes; a ValidationError names each field at fault."""
        return _adapter().validate_python(payload)


@cache
def _adapter() -> TypeAdapter[Plan]:
    return TypeAdapter(Plan)


def write_plan(plan: Plan, out: Path) -> Path:
    """`out/plan.json`, as the plan stage has always written it."""
    path = Path(out) / PLAN_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(plan.to_json(), indent=2, sort_keys=True) + "\n")
    return path


def read_plan(path: Path) -> Plan:
    """The plan at `path`, or a MissingArtifact / MalformedArtifact that says to (re-)run the plan stage."""
    path = Path(path)
    if not path.is_file():
        raise MissingArtifact(f"{path} is missing: the plan stage (`dvc repro plan`) writes it")
    try:
        return Plan.from_json(json.loads(path.read_text()))
    except (ValueError, ValidationError) as e:
        raise MalformedArtifact(f"{path}: not a usable plan ({e}); re-run `charter plan`") from e
