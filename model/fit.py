"""`charter scaling fit`: fit L(N, D) = E + A / N^alpha + B / D^beta to a sweep, as Hoffmann et al. approach 3.

The fit minimises the Huber loss (delta 1e-3) between the predicted and observed log-loss, the prediction
written with the log-sum-exp trick so that every term stays finite:

    log L(N, D) = LSE(a - alpha log N, b - beta log D, e),   A = exp(a), B = exp(b), E = exp(e),

with L-BFGS from Hoffmann et al.'s grid of starting points (the objective has local minima), keeping the best;
the whole grid (4,500 points) is scored first and L-BFGS runs from the best `refine` of them, since every
local search costs hundreds of evaluations and most starts lead to the same few optima. Confidence
intervals come from a bootstrap over runs: resample the runs with replacement, refit from the best starting
points of the full fit, and take percentiles. The held-out run (above the sweep's compute) is predicted by
the fitted law and by each published fit, each beside its error.

D is the run's effective data D' (Muennighoff et al. 2023) when the sweep repeated its tokens, so that the
fitted law is the one `plan` evaluates for a data-constrained budget.
"""

from __future__ import annotations

import itertools
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize
from scipy.special import logsumexp

from core.errors import ConfigError
from model.scaling import FITS, ScalingFit, effective_tokens

log = logging.getLogger(__name__)

HUBER_DELTA = 1e-3
COEFFICIENTS = ("E", "A", "B", "alpha", "beta")

# Starting points (a, b, e, alpha, beta): Hoffmann et al.'s grid (2022, appendix D.2).
DEFAULT_STARTS: tuple[tuple[float, ...], ...] = tuple(
    itertools.product(
        np.arange(0.0, 30.0, 5.0),
        np.arange(0.0, 30.0, 5.0),
        np.arange(-1.0, 1.5, 0.5),
        np.arange(0.0, 2.5, 0.5),
        np.arange(0.0, 2.5, 0.5),
    )
)
DEFAULT_REFINE = 32


def _grid_values(
    starts: np.ndarray, log_n: np.ndarray, log_d: np.ndarray, log_l: np.ndarray, delta: float
) -> np.ndarray:
    """The Huber objective at every starting point at once: [n_starts]."""
    a, b, e, alpha, beta = (starts[:, i : i + 1] for i in range(5))
    terms = np.stack([a - alpha * log_n, b - beta * log_d, np.broadcast_to(e, (len(starts), len(log_n)))])
    r = np.abs(logsumexp(terms, axis=0) - log_l)
    return np.sum(np.where(r <= delta, 0.5 * r**2, delta * (r - 0.5 * delta)), axis=1)


def _objective(
    x: np.ndarray, log_n: np.ndarray, log_d: np.ndarray, log_l: np.ndarray, delta: float
) -> tuple[float, np.ndarray]:
    """Sum of Huber(log L_hat - log L) and its gradient in (a, b, e, alpha, beta)."""
    a, b, e, alpha, beta = x
    terms = np.stack([a - alpha * log_n, b - beta * log_d, np.full_like(log_n, e)])
    # logsumexp and softmax by hand: scipy's versions cost more than the rest of an evaluation together.
    top = terms.max(axis=0)
    exps = np.exp(terms - top)
    total = exps.sum(axis=0)
    r = top + np.log(total) - log_l
    small = np.abs(r) <= delta
    value = float(np.sum(np.where(small, 0.5 * r**2, delta * (np.abs(r) - 0.5 * delta))))
    dr = np.where(small, r, delta * np.sign(r))
    w = exps / total  # d pred / d term
    grad = np.array(
        [
            np.sum(dr * w[0]),
            np.sum(dr * w[1]),
            np.sum(dr * w[2]),
            np.sum(dr * w[0] * -log_n),
            np.sum(dr * w[1] * -log_d),
        ]
    )
    return value, grad


def _minimise(start: np.ndarray, data: tuple[np.ndarray, ...], delta: float) -> tuple[float, np.ndarray]:
    # The Huber sum is tiny (residuals ~1e-3): L-BFGS-B's default ftol, relative to max(|f|, 1), would stop
    # at the first step, so the tolerances are set to the objective's own scale.
    result = minimize(
        _objective,
        start,
        args=(*data, delta),
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": 5000, "ftol": 1e-15, "gtol": 1e-12},
    )
    return float(result.fun), np.asarray(result.x)


def _to_fit(x: np.ndarray, name: str, reference: str) -> ScalingFit:
    a, b, e, alpha, beta = (float(v) for v in x)
    return ScalingFit(name, float(np.exp(e)), float(np.exp(a)), float(np.exp(b)), alpha, beta, reference)


@dataclass(frozen=True)
class FitResult:
    fit: ScalingFit
    objective: float
    intervals: dict[str, tuple[float, float]]
    """95% bootstrap percentile interval of each coefficient."""
    bootstrap: int
    starts_tried: int
    samples: tuple[ScalingFit, ...] = ()
    """The bootstrap refits, for intervals of anything the law predicts."""


def fit_law(
    n_params: np.ndarray,
    n_tokens: np.ndarray,
    losses: np.ndarray,
    *,
    starts: tuple[tuple[float, ...], ...] = DEFAULT_STARTS,
    refine: int = DEFAULT_REFINE,
    bootstrap: int = 200,
    bootstrap_starts: int = 2,
    delta: float = HUBER_DELTA,
    seed: int = 0,
    name: str = "charter-fit",
    reference: str = "charter scaling fit",
) -> FitResult:
    """Fit the five coefficients to (N, D, loss) triples; bootstrap their intervals."""
    n_params, n_tokens, losses = (np.asarray(v, dtype=float) for v in (n_params, n_tokens, losses))
    if not len(n_params) == len(n_tokens) == len(losses) or len(losses) < 5:
        raise ConfigError(f"a 5-coefficient fit needs at least 5 runs, got {len(losses)}")
    if np.any(n_params <= 0) or np.any(n_tokens <= 0) or np.any(losses <= 0):
        raise ConfigError("parameters, tokens and losses must all be > 0")
    data = (np.log(n_params), np.log(n_tokens), np.log(losses))
    grid = np.asarray(starts, dtype=float)
    best_starts = grid[np.argsort(_grid_values(grid, *data, delta), kind="stable")[:refine]]
    found = sorted((_minimise(s, data, delta) for s in best_starts), key=lambda fx: fx[0])
    best_value, best_x = found[0]
    # Refits start from the point estimate and the next-best distinct optima of the full grid.
    seeds = [best_x] + [x for _, x in found[1:] if not np.allclose(x, best_x, rtol=1e-3)][
        : bootstrap_starts - 1
    ]
    rng = np.random.default_rng(seed)
    samples = []
    for _ in range(bootstrap):
        pick = rng.integers(0, len(losses), len(losses))
        resampled = tuple(d[pick] for d in data)
        _, x = min((_minimise(s, resampled, delta) for s in seeds), key=lambda fx: fx[0])
        samples.append(_to_fit(x, name, reference))
    intervals: dict[str, tuple[float, float]] = {}
    if samples:
        arr = np.array([[f.E, f.A, f.B, f.alpha, f.beta] for f in samples])
        for i, key in enumerate(COEFFICIENTS):
            lo, hi = np.percentile(arr[:, i], [2.5, 97.5])
            intervals[key] = (float(lo), float(hi))
    return FitResult(
        _to_fit(best_x, name, reference), best_value, intervals, bootstrap, len(starts), tuple(samples)
    )


def _pct_error(predicted: float, actual: float) -> float:
    return 100.0 * (predicted - actual) / actual


def run_tokens(run: dict[str, Any], tokens_per_epoch: float | None) -> float:
    """The D a law sees for a run: its effective tokens D' when it repeated data, else the tokens trained."""
    if "effective_tokens" in run:
        return float(run["effective_tokens"])
    d = float(run["n_tokens"])
    return effective_tokens(d, tokens_per_epoch) if tokens_per_epoch else d


def heldout_check(
    fit: ScalingFit,
    run: dict[str, Any],
    tokens_per_epoch: float | None,
    samples: tuple[ScalingFit, ...] = (),
) -> dict[str, Any]:
    """The held-out run's measured loss beside the prediction of the fitted law and of each published fit.

    Every law is evaluated at D' (Muennighoff's effective data) when the run repeats tokens, as the plan does.
    Published fits predict the loss of their own tokenizer and corpus; their errors are reported as they are.
    """
    n, d, actual = float(run["n_params"]), float(run["n_tokens"]), float(run["eval_loss"])
    d_eff = run_tokens(run, tokens_per_epoch)
    predicted = fit.loss(n, d_eff)
    spread = [s.loss(n, d_eff) for s in samples]
    return {
        "budget": run["budget"],
        "n_params": n,
        "n_tokens": d,
        "epochs": run.get("epochs_over_windows"),
        "effective_tokens": d_eff,
        "actual_loss": actual,
        "predicted_loss": predicted,
        "error_pct": _pct_error(predicted, actual),
        # 95% bootstrap interval of the prediction: how much the runs' sampling moves it.
        "predicted_loss_ci95": [float(v) for v in np.percentile(spread, [2.5, 97.5])] if spread else None,
        "published": {
            name: {"predicted_loss": pub.loss(n, d_eff), "error_pct": _pct_error(pub.loss(n, d_eff), actual)}
            for name, pub in FITS.items()
        },
    }


def run_fit(
    runs_path: Path,
    out: Path,
    *,
    bootstrap: int = 200,
    seed: int = 0,
    starts: tuple[tuple[float, ...], ...] = DEFAULT_STARTS,
) -> dict[str, Any]:
    """Fit the sweep in `runs_path` (held-out run excluded); write `out/fit.json` and `out/isoflop.png`."""
    from model.sweep import load_runs

    sweep = load_runs(runs_path)
    runs = [r for r in sweep["runs"] if not r["heldout_run"]]
    held = [r for r in sweep["runs"] if r["heldout_run"]]
    out = Path(out)
    epoch = sweep.get("tokens_per_epoch") or sweep.get("unique_tokens")
    result = fit_law(
        np.array([r["n_params"] for r in runs]),
        np.array([run_tokens(r, epoch) for r in runs]),
        np.array([r["eval_loss"] for r in runs]),
        starts=starts,
        bootstrap=bootstrap,
        seed=seed,
        name=str(out / "fit.json"),
        reference=f"charter scaling fit of {runs_path} ({len(runs)} runs, Huber on log-loss)",
    )
    fit = result.fit
    payload: dict[str, Any] = {
        "name": fit.name,
        "reference": fit.reference,
        **fit.coefficients(),
        "intervals_95": {k: list(v) for k, v in result.intervals.items()},
        "bootstrap": result.bootstrap,
        "huber_delta": HUBER_DELTA,
        "objective": result.objective,
        "starts_tried": result.starts_tried,
        "n_runs": len(runs),
        "loss": "held-out cross-entropy, nats per token of the project's tokenizer",
        "vocab_size": sweep.get("vocab_size"),
        "runs": str(runs_path),
        "tokens": "effective tokens D' (Muennighoff et al. 2023) of each run",
        "heldout": heldout_check(fit, held[0], epoch, result.samples) if held else None,
    }
    if held:
        n_star, d_star = fit.optimal(float(held[0]["budget"]))
        payload["optimal_at_heldout_budget"] = {"n_params": n_star, "n_tokens": d_star}
    out.mkdir(parents=True, exist_ok=True)
    (out / "fit.json").write_text(json.dumps(payload, indent=2) + "\n")
    plot_isoflop(sweep["runs"], fit, payload, out / "isoflop.png")
    return payload


def plot_isoflop(runs: list[dict[str, Any]], fit: ScalingFit, payload: dict[str, Any], path: Path) -> None:
    """IsoFLOP profiles (measured), the fitted law along each budget, the held-out run and the chosen point."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=110)
    budgets = sorted({r["budget"] for r in runs})
    colors = plt.get_cmap("viridis")(np.linspace(0.1, 0.85, len(budgets)))
    ns = np.array([r["n_params"] for r in runs], dtype=float)
    grid = np.logspace(np.log10(ns.min() * 0.7), np.log10(ns.max() * 1.4), 200)
    for budget, color in zip(budgets, colors, strict=True):
        mine = sorted((r for r in runs if r["budget"] == budget), key=lambda r: r["n_params"])
        held = mine[0]["heldout_run"]
        ax.plot(
            grid, [fit.loss(n, budget / (6 * n)) for n in grid], color=color, lw=1, ls=":" if held else "-"
        )
        ax.scatter(
            [r["n_params"] for r in mine],
            [r["eval_loss"] for r in mine],
            color=color,
            marker="*" if held else "o",
            s=120 if held else 30,
            zorder=3,
            label=f"C = {budget:.2g}" + (" (held out)" if held else ""),
        )
    optimum = payload.get("optimal_at_heldout_budget")
    if optimum and payload.get("heldout"):
        c = payload["heldout"]["budget"]
        ax.scatter(
            [optimum["n_params"]],
            [fit.loss(optimum["n_params"], optimum["n_tokens"])],
            marker="x",
            color="crimson",
            s=80,
            zorder=4,
            label=f"fitted optimum at C = {c:.2g}",
        )
    ax.set_xscale("log")
    ax.set_xlabel("parameters N (embeddings included)")
    ax.set_ylabel("held-out loss (nats/token)")
    ax.set_title(
        f"IsoFLOP profiles; fit E={fit.E:.2f} A={fit.A:.3g} B={fit.B:.3g} α={fit.alpha:.2f} β={fit.beta:.2f}",
        fontsize=9,
    )
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def fit_command(*, runs: Path, out: Path, bootstrap: int) -> dict[str, Any]:
    """`charter scaling fit`: the fit and its intervals (the whole payload is in `out/fit.json`)."""
    payload = run_fit(runs, out, bootstrap=bootstrap)
    return {k: payload[k] for k in ("E", "A", "B", "alpha", "beta", "intervals_95", "heldout")}
