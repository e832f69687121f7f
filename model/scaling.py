"""Chinchilla scaling laws: the compute-optimal model size and token count, and the loss they predict.

The parametric fit (Hoffmann et al. 2022, approach 3) is L(N, D) = E + A / N^alpha + B / D^beta, with N the
number of parameters (all of them, embeddings included, as Hoffmann et al. count them), D the number of
training tokens and compute C = 6 N D FLOPs. Minimising L subject to C = 6 N D gives the closed form

    N_opt = G (C/6)^(beta / (alpha + beta)),   D_opt = G^-1 (C/6)^(alpha / (alpha + beta)),
    G = (alpha A / (beta B))^(1 / (alpha + beta)).

When the data is scarce, tokens are repeated; repeated tokens are worth less than fresh ones. Muennighoff et
al. 2023 ("Scaling Data-Constrained Language Models") model this with an effective data size D' that saturates
in the number of repetitions (core.repetition); the loss is then evaluated at D' instead of D.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import ConfigError
from core.repetition import effective_tokens


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

    def coefficients(self) -> dict[str, float]:
        return {"E": self.E, "A": self.A, "B": self.B, "alpha": self.alpha, "beta": self.beta}

    @classmethod
    def load(cls, path: str | Path) -> ScalingFit:
        """A fit file written by `charter scaling fit` (any JSON with E, A, B, alpha and beta)."""
        path = Path(path)
        try:
            raw: dict[str, Any] = json.loads(path.read_text())
            values = {k: float(raw[k]) for k in ("E", "A", "B", "alpha", "beta")}
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise ConfigError(
                f"{path}: not a scaling-fit file ({e!r}); write one with `charter scaling fit`"
            ) from e
        if not all(math.isfinite(v) and v > 0 for v in values.values()):
            raise ConfigError(f"{path}: fit coefficients must be finite and > 0, got {values}")
        return cls(name=str(path), reference=str(raw.get("reference", path)), **values)


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


def get_fit(name: str | ScalingFit) -> ScalingFit:
    """A published fit by name, or a fit file (`charter scaling fit`'s output) by its path ending in .json."""
    if isinstance(name, ScalingFit):
        return name
    if name in FITS:
        return FITS[name]
    if name.endswith(".json"):
        return ScalingFit.load(name)
    raise ConfigError(
        f"unknown scaling fit {name!r}; known fits: {', '.join(sorted(FITS))}, or a fit file path ending in .json"
    )


@dataclass(frozen=True)
class DataBudget:
    """How `n_tokens` of training relate to the `unique_tokens` available."""

    n_tokens: float
    unique_tokens: float | None
    epochs: float | None
    effective_tokens: float


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


def data_constrained_optimal(
    fit: ScalingFit, compute_flops: float, unique_tokens: float | None
) -> tuple[float, float]:
    """(N, D) minimising L(N, D') under C = 6ND, D' the effective data of D tokens drawn from U unique ones.

    When the closed-form D_opt fits in the unique data, nothing is repeated and D' = D, so the closed form is
    the answer (and is returned exactly). Otherwise repeating costs: the optimum moves to a larger model
    trained on fewer tokens, found by a bounded 1-D minimisation over log N (L is unimodal along the budget).
    """
    n_opt, d_opt = fit.optimal(compute_flops)
    if unique_tokens is None or d_opt <= unique_tokens:
        return n_opt, d_opt
    from scipy.optimize import minimize_scalar  # only when data is scarce

    c6 = compute_flops / 6.0

    def loss_at(log_n: float) -> float:
        n = math.exp(log_n)
        return fit.loss(n, effective_tokens(c6 / n, unique_tokens))

    # Scarce data only pushes N up: search from the closed form to where D has shrunk to 1% of U.
    upper = max(math.log(n_opt) + 1e-6, math.log(c6 / (0.01 * unique_tokens)))
    result = minimize_scalar(
        loss_at, bounds=(math.log(n_opt), upper), method="bounded", options={"xatol": 1e-7}
    )
    n = math.exp(float(result.x))
    return n, c6 / n


@dataclass(frozen=True)
class Accelerator:
    """Peak dense (no structured sparsity) bf16 tensor throughput of one device, from the vendor's spec."""

    name: str
    peak_bf16_flops: float
    source: str


ACCELERATORS: dict[str, Accelerator] = {
    a.name: a
    for a in (
        # NVIDIA A100 datasheet: BF16 Tensor Core 312 TFLOPS (624 with sparsity).
        Accelerator("A100", 312e12, "NVIDIA A100 Tensor Core GPU datasheet (SXM)"),
        # NVIDIA H100 datasheet: BF16 Tensor Core 1,979 TFLOPS *with sparsity* (SXM); dense is half.
        Accelerator("H100", 989.4e12, "NVIDIA H100 Tensor Core GPU datasheet (SXM), dense"),
        # NVIDIA H200 datasheet: BF16 Tensor Core 1,979 TFLOPS with sparsity (SXM), the H100's compute.
        Accelerator("H200", 989.4e12, "NVIDIA H200 Tensor Core GPU datasheet (SXM), dense"),
        # NVIDIA HGX B200 spec: FP16/BF16 Tensor Core 4.5 PFLOPS per GPU with sparsity; dense is half.
        Accelerator("B200", 2.25e15, "NVIDIA HGX B200 specifications, per GPU, dense"),
        # NVIDIA L40S datasheet: BF16 Tensor Core 362.05 TFLOPS (733 with sparsity).
        Accelerator("L40S", 362.05e12, "NVIDIA L40S datasheet"),
        # AMD Instinct MI300X spec: peak BF16 1,307.4 TFLOPS (2,614.9 with sparsity).
        Accelerator("MI300X", 1307.4e12, "AMD Instinct MI300X accelerator specifications"),
        # Google Cloud TPU v5e docs: 197 TFLOPS bf16 per chip.
        Accelerator("TPUv5e", 197e12, "Google Cloud TPU v5e documentation, per chip"),
        # Google Cloud TPU v5p docs: 459 TFLOPS bf16 per chip.
        Accelerator("TPUv5p", 459e12, "Google Cloud TPU v5p documentation, per chip"),
        # Intel Gaudi 3 white paper: 1,835 TFLOPS BF16 matrix (MME) per accelerator.
        Accelerator("Gaudi3", 1835e12, "Intel Gaudi 3 AI accelerator white paper"),
    )
}


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum()).removesuffix("sxm")


def get_accelerator(name: str) -> Accelerator:
    """Look up by name, ignoring case, spaces and dashes ('H100 SXM', 'tpu-v5p', 'gaudi 3' all work)."""
    for accelerator in ACCELERATORS.values():
        if _key(accelerator.name) == _key(name):
            return accelerator
    raise ConfigError(f"unknown accelerator {name!r}; known: {', '.join(ACCELERATORS)}")


def accelerator_compute(name: str, count: int, hours: float, mfu: float) -> float:
    """Training FLOPs a fleet delivers: peak dense bf16 FLOP/s x devices x seconds x model FLOPs utilisation."""
    if count < 1 or not hours > 0:
        raise ConfigError(f"accelerator count must be >= 1 and hours > 0, got {count} x {hours} h")
    if not 0 < mfu <= 1:
        raise ConfigError(f"MFU is a fraction of peak in (0, 1], got {mfu}")
    return get_accelerator(name).peak_bf16_flops * count * hours * 3600.0 * mfu
