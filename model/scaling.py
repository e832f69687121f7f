"""Chinchilla scaling laws: the compute-optimal model size and token count, and the loss they predict.

The parametric fit (Hoffmann et al. 2022, approach 3) is L(N, D) = E + A / N^alpha + B / D^beta, with N the
number of parameters (all of them, embeddings included, as Hoffmann et al. count them), D the number of
training tokens and compute C = 6 N D FLOPs. Minimising L subject to C = 6 N D gives the closed form

    N_opt = G (C/6)^(beta / (alpha + beta)),   D_opt = G^-1 (C/6)^(alpha / (alpha + beta)),
    G = (alpha A / (beta B))^(1 / (alpha + beta)).

When the data is scarce, tokens are repeated; repeated tokens are worth less than fresh ones. Muennighoff et
al. 2023 ("Scaling Data-Constrained Language Models") model this with an effective data size D' that saturates
in the number of repetitions; the loss is then evaluated at D' instead of D.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from charter.errors import ConfigError

# Muennighoff et al. 2023, eq. 5: the repetition count at which repeated data has lost 1 - 1/e of its value.
R_D_STAR = 15.387756


@dataclass(frozen=True)
class ScalingFit:
    """One set of fitted coefficients of L(N, D) = E + A / N^alpha + B / D^beta."""

    name: str
    E: float
    A: float
    B: float
    alpha: float
    beta: float
    reference: str

    @property
    def G(self) -> float:
        return (self.alpha * self.A / (self.beta * self.B)) ** (1.0 / (self.alpha + self.beta))

    @property
    def a(self) -> float:
        """Exponent of compute in N_opt (Hoffmann et al.'s 'a')."""
        return self.beta / (self.alpha + self.beta)

    @property
    def b(self) -> float:
        """Exponent of compute in D_opt (Hoffmann et al.'s 'b'); a + b = 1."""
        return self.alpha / (self.alpha + self.beta)

    def loss(self, n_params: float, n_tokens: float) -> float:
        return self.E + self.A / n_params**self.alpha + self.B / n_tokens**self.beta

    def optimal(self, compute_flops: float) -> tuple[float, float]:
        """(N_opt, D_opt) for a compute budget; 6 * N_opt * D_opt equals the budget."""
        if not compute_flops > 0:
            raise ConfigError(f"compute budget must be > 0 FLOPs, got {compute_flops}")
        c6 = compute_flops / 6.0
        return self.G * c6**self.a, c6**self.b / self.G

    def compute_for_params(self, n_params: float) -> float:
        """The budget whose compute-optimal model has `n_params` parameters (inverse of `optimal`)."""
        return 6.0 * (n_params / self.G) ** (1.0 / self.a)


FITS: dict[str, ScalingFit] = {
    fit.name: fit
    for fit in (
        ScalingFit("hoffmann", 1.69, 406.4, 410.7, 0.34, 0.28, "Hoffmann et al. 2022, approach 3"),
        ScalingFit(
            "epoch", 1.8172, 482.01, 2085.43, 0.3478, 0.3658, "Besiroglu et al. 2024 (Epoch AI replication)"
        ),
        ScalingFit("muennighoff", 1.869, 520.8, 1487.7, 0.35266, 0.35266, "Muennighoff et al. 2023"),
    )
}


def get_fit(name: str) -> ScalingFit:
    try:
        return FITS[name]
    except KeyError:
        raise ConfigError(f"unknown scaling fit {name!r}; known fits: {', '.join(sorted(FITS))}") from None


@dataclass(frozen=True)
class DataBudget:
    """How `n_tokens` of training relate to the `unique_tokens` available."""

    n_tokens: float
    unique_tokens: float | None
    epochs: float | None
    effective_tokens: float


def effective_tokens(n_tokens: float, unique_tokens: float, r_star: float = R_D_STAR) -> float:
    """Muennighoff et al.'s D' = U + U R* (1 - exp(-R / R*)), R = D/U - 1 repetitions; D itself if D <= U."""
    if unique_tokens <= 0:
        raise ConfigError(f"unique token count must be > 0, got {unique_tokens}")
    if n_tokens <= unique_tokens:
        return float(n_tokens)
    repetitions = n_tokens / unique_tokens - 1.0
    return unique_tokens + unique_tokens * r_star * (1.0 - math.exp(-repetitions / r_star))


def data_budget(n_tokens: float, unique_tokens: float | None) -> DataBudget:
    if unique_tokens is None:
        return DataBudget(n_tokens, None, None, float(n_tokens))
    return DataBudget(
        n_tokens, unique_tokens, n_tokens / unique_tokens, effective_tokens(n_tokens, unique_tokens)
    )


def predicted_loss(
    n_params: float, n_tokens: float, fit: ScalingFit | str = "hoffmann", unique_tokens: float | None = None
) -> float:
    """L(N, D'), where D' discounts repeated tokens when `unique_tokens` is known."""
    fit = get_fit(fit) if isinstance(fit, str) else fit
    return fit.loss(n_params, data_budget(n_tokens, unique_tokens).effective_tokens)
