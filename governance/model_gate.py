"""The license gate for registered models: a base model (or a teacher) is an input like a source.

Its `models:` entry in sources.yaml states license and owner; the same policy that gates sources decides whether
the model may be used for the build's intended use (`gate.policy`, `gate.use`). A model that is not registered,
whose license the catalog does not know, or that the policy or its owner blocks stops the build with an error
naming the model and the reason: nothing is trained on an input nobody has cleared.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.errors import PolicyError
from core.registry import ModelEntry, Registry
from governance.licenses import LicensePolicy


@dataclass(frozen=True)
class ModelDecision:
    """A registered model the policy allows, with what the report says about it."""

    entry: ModelEntry
    location: Path | str
    """Its local folder, or its hub id."""
    policy: str
    use: str
    reason: str
    obligations: tuple[str, ...]

    def as_dict(self) -> dict:
        return {
            "id": self.entry.id,
            "path": self.entry.path,
            "license": self.entry.license,
            "owner": self.entry.owner,
            "attribution": self.entry.attribution,
            "policy": self.policy,
            "use": self.use,
            "reason": self.reason,
            "obligations": list(self.obligations),
        }


def approve_model(
    registry: Registry, model_id: str, policy: LicensePolicy, use: str, role: str = "pretrain.base_model"
) -> ModelDecision:
    """The decision for `model_id` under `policy` and `use`; PolicyError when it may not be used."""
    try:
        entry = registry.model(model_id)
    except KeyError:
        known = ", ".join(m.id for m in registry.models) or "none"
        raise PolicyError(
            f"{role} '{model_id}' is not registered: add it under models: in the source registry (id, path, "
            f"license, owner) so its license can be checked (registered models: {known})"
        ) from None
    verdict = policy.evaluate(entry.license, use, where=f"source registry: model '{entry.id}'")
    allowed, reason = verdict.allowed, verdict.reason
    if allowed and entry.allowed_uses is not None and use not in entry.allowed_uses:
        allowed, reason = False, f"owner allows only {entry.allowed_uses}, not '{use}'"
    if not allowed:
        raise PolicyError(
            f"{role} '{entry.id}' (license {entry.license}, owner {entry.owner}) is blocked by policy "
            f"'{policy.name}' for '{use}': {reason}"
        )
    return ModelDecision(
        entry, registry.model_location(entry), policy.name, use, reason, tuple(verdict.obligations)
    )


def approve_base_model(registry: Registry, model_id: str, policy_file: str | Path, use: str) -> ModelDecision:
    """`approve_model` for `pretrain.base_model` under the gate's policy file."""
    return approve_model(registry, model_id, LicensePolicy.load(policy_file), use)
