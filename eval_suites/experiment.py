"""The domain-vs-general experiment: one compute budget spent three ways, compared on held-out text.

BloombergGPT's claim is that a model trained on a mix of domain and general text does about as well on
domain text as a domain-only model and about as well on general text as a general-only model. Here the
three arms are DVC experiments of the same pipeline that differ only in `mix.domain_share` (0, 0.5, 1),
all at one `plan.compute_flops`, so the plan, the tokenizer fitted on each arm's text and the mixture are
what the pipeline would build for that share. Bits-per-byte is the comparison: it does not depend on the
tokenizer, and each arm has its own.

`charter experiment run` checks every arm fits the repetition cap, runs the arms one after another with
`dvc exp run --temp` (the workspace and the default `dvc repro` are untouched), then `collect` reads
`dvc exp show --json` into `results.json` and a plot, which the report includes when they exist.
`dvc metrics diff` and `dvc plots diff` compare the arms too, since the evaluate stage declares its
metrics and plot in dvc.yaml.
"""

from __future__ import annotations

import json
import logging
import math
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charter.config import Params
from charter.errors import CharterError

log = logging.getLogger(__name__)

RESULTS_FILE = "results.json"
PLOT_FILE = "bpb.png"
METRICS_FILE = "data/evaluate/metrics.json"
SUMMARY_FILE = "data/pretrain/summary.json"
MIXTURE_FILE = "data/mixture/mixture.json"
DEFAULT_SHARES = (0.0, 1.0, 0.5)
TOLERANCE = 0.03
"""BloombergGPT's bar, as a relative bits-per-byte difference: within 3% counts as matching."""
GENERAL = "general"
DVC = (sys.executable, "-m", "dvc")
"""DVC of this environment, whether or not its bin folder is on PATH."""


class ExperimentError(CharterError):
    """An arm cannot run as asked (repetition cap, DVC failure) or its results are missing."""


def arm_name(share: float) -> str:
    if share == 0:
        return "general-only"
    if share == 1:
        return "domain-only"
    return f"mixed-{share:g}"


@dataclass(frozen=True)
class ArmNeed:
    """What one arm asks of each side of the corpus at a budget, measured on the current tokenization."""

    share: float
    planned_tokens: int
    epochs: dict[str, float]
    """Passes over each side's unique tokens ('domain', 'general') the arm would make."""


def arm_needs(
    params: Params, shares: Sequence[float], compute_flops: float, tokenize_meta: Path
) -> list[ArmNeed]:
    """The training tokens the plan gives `compute_flops` and the epochs each arm makes of each side.

    Measured on the current token shards: each arm fits its own tokenizer, so its token counts differ by
    a few percent; the mixture stage remains the authority and refuses an arm past the cap.
    """
    from model.plan import plan_for

    meta = json.loads(Path(tokenize_meta).read_text())
    by_domain = meta.get("tokens_by_domain", {})
    unique = {
        "general": int(by_domain.get(GENERAL, 0)),
        "domain": sum(int(n) for d, n in by_domain.items() if d != GENERAL),
    }
    plan = plan_for(
        compute_flops,
        params.plan.fit,
        int(meta["vocab_size"]),
        int(meta["seq_len"]),
        int(meta["n_unique_tokens"]),
        micro_batch_size=params.pretrain.micro_batch_size,
        grad_accum_steps=params.pretrain.grad_accum_steps,
        max_steps_cap=params.plan.max_steps_cap,
    )
    planned = plan.train.steps * plan.train.tokens_per_step
    needs = []
    for share in shares:
        wanted = {"domain": planned * share, "general": planned * (1 - share)}
        epochs = {side: (wanted[side] / unique[side] if unique[side] else math.inf) for side in wanted}
        needs.append(ArmNeed(share, planned, {s: e for s, e in epochs.items() if wanted[s] > 0}))
    return needs


def check_arms_fit(
    params: Params,
    shares: Sequence[float],
    compute_flops: float,
    tokenize_meta: Path,
    margin: float = 0.9,
) -> list[ArmNeed]:
    """Raises ExperimentError, with a budget that does fit, when an arm would pass `mix.max_epochs`.

    A general-only arm spends the whole budget on the general side, so at the default budget it may need
    twice the repetition the mixed arm does: the cap is right to refuse it, and equal compute means the
    budget must come down for all arms. `margin` leaves room for each arm's own tokenizer.
    """
    cap = params.mix.max_epochs * margin
    needs = arm_needs(params, shares, compute_flops, tokenize_meta)
    over = [n for n in needs if max(n.epochs.values(), default=0.0) > cap]
    if not over:
        return needs
    budget = compute_flops
    for _ in range(40):
        budget /= 1.25
        budget = _round_down(budget)
        if all(
            max(n.epochs.values(), default=0.0) <= cap
            for n in arm_needs(params, shares, budget, tokenize_meta)
        ):
            break
    detail = "; ".join(
        f"{arm_name(n.share)} would repeat {side} text {e:.2f} times"
        for n in over
        for side, e in n.epochs.items()
        if e > cap
    )
    raise ExperimentError(
        f"at plan.compute_flops={compute_flops:.3g} ({over[0].planned_tokens:,} training tokens) {detail}, "
        f"past mix.max_epochs={params.mix.max_epochs:g} (with a {1 - margin:.0%} margin for each arm's "
        f"tokenizer). Equal compute for all arms: run them at --compute-flops {budget:.3g} or below"
    )


def _round_down(x: float, digits: int = 3) -> float:
    """`x` cut to `digits` significant digits, never rounded up: a suggested budget must still fit."""
    scale = 10 ** (math.floor(math.log10(x)) - digits + 1)
    return math.floor(x / scale) * scale


def dvc_exp_run(share: float, compute_flops: float, target: str) -> list[str]:
    """The `dvc exp run` command of one arm. `--temp` runs it in a scratch copy of the repository, so the
    workspace keeps its own outputs and `dvc repro` its lock."""
    return [
        *DVC, "exp", "run", "--temp", "-n", arm_name(share),
        "-S", f"mix.domain_share={share:g}",
        "-S", f"plan.compute_flops={compute_flops:g}",
        target,
    ]  # fmt: skip


def run_arms(shares: Sequence[float], compute_flops: float, target: str, repo: Path) -> None:
    for share in shares:
        name = arm_name(share)
        # A re-run replaces an arm of the same name instead of failing on the name clash.
        subprocess.run([*DVC, "exp", "remove", name], cwd=repo, capture_output=True, check=False)
        cmd = dvc_exp_run(share, compute_flops, target)
        log.info("experiment arm %s: %s", name, " ".join(cmd))
        done = subprocess.run(cmd, cwd=repo, check=False)
        if done.returncode != 0:
            raise ExperimentError(f"arm {name} failed (exit {done.returncode}): {' '.join(cmd)}")


def exp_show(repo: Path) -> list[dict[str, Any]]:
    done = subprocess.run(
        [*DVC, "exp", "show", "--json"], cwd=repo, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise ExperimentError(f"dvc exp show failed: {done.stderr.strip()}")
    return json.loads(done.stdout)


def _files(data: dict[str, Any], kind: str) -> dict[str, Any]:
    return {path: (entry or {}).get("data", {}) for path, entry in (data.get(kind) or {}).items()}


def experiments_by_name(shown: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Name -> {params, metrics} of every experiment in `dvc exp show --json` (DVC 3 layout: baselines,
    each with `experiments`, each with `revs`)."""
    found: dict[str, dict[str, Any]] = {}
    for baseline in shown:
        for exp in baseline.get("experiments") or []:
            for rev in exp.get("revs") or []:
                name, data = rev.get("name"), rev.get("data") or {}
                if name and name not in found and not rev.get("error"):
                    found[name] = {
                        "rev": rev.get("rev"),
                        "params": _files(data, "params").get("params.yaml", {}),
                        "metrics": _files(data, "metrics"),
                    }
    return found


def _relative(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b == 0 else a / b - 1


def _mean(values: list[float | None]) -> float | None:
    present = [v for v in values if isinstance(v, int | float)]
    return sum(present) / len(present) if present else None


def compare(experiments: dict[str, dict[str, Any]], shares: Sequence[float]) -> dict[str, Any]:
    """The table and the two BloombergGPT questions, from each arm's evaluate metrics."""
    arms = []
    for share in sorted(shares):
        name = arm_name(share)
        if name not in experiments:
            raise ExperimentError(
                f"no experiment named {name} in `dvc exp show`; run `charter experiment run`"
            )
        exp = experiments[name]
        metrics = exp["metrics"].get(METRICS_FILE)
        if not metrics:
            raise ExperimentError(f"experiment {name} has no {METRICS_FILE}: did its evaluate stage run?")
        summary = exp["metrics"].get(SUMMARY_FILE, {})
        mixture = exp["metrics"].get(MIXTURE_FILE, {})
        # Suites without held-out text (the harness's standard tasks) have accuracies but no bits per byte.
        bpb = {
            d: m["bits_per_byte"]
            for d, m in sorted(metrics.items())
            if isinstance(m, dict) and m.get("bits_per_byte") is not None
        }
        accuracy = {
            f"{d}/{task}": {k: v.get(k) for k in ("acc", "acc_ci95_low", "acc_ci95_high", "chance", "n")}
            for d, m in sorted(metrics.items())
            if isinstance(m, dict)
            for task, v in sorted(m.items())
            if isinstance(v, dict) and "acc" in v
        }
        arms.append(
            {
                "name": name,
                "rev": exp["rev"],
                "domain_share": share,
                "compute_flops": exp["params"].get("plan", {}).get("compute_flops"),
                "n_params": summary.get("n_params"),
                "tokens_seen": summary.get("tokens_seen"),
                "final_loss": summary.get("final_loss"),
                "tokens_by_domain": mixture.get("tokens_by_domain"),
                "bits_per_byte": bpb,
                "domain_bits_per_byte": _mean([v for d, v in bpb.items() if d != GENERAL]),
                "accuracy": accuracy,
            }
        )
    computes = {a["compute_flops"] for a in arms}
    by_name = {a["name"]: a for a in arms}
    result: dict[str, Any] = {
        "arms": arms,
        "equal_compute": len(computes) == 1,
        "tolerance": TOLERANCE,
        "claims": _claims(by_name),
    }
    return result


def _claims(by_name: dict[str, dict[str, Any]]) -> dict[str, Any]:
    mixed = next((a for n, a in by_name.items() if n.startswith("mixed-")), None)
    domain_only, general_only = by_name.get("domain-only"), by_name.get("general-only")
    claims: dict[str, Any] = {}
    if mixed and domain_only:
        per_domain = {
            d: _relative(v, domain_only["bits_per_byte"].get(d))
            for d, v in mixed["bits_per_byte"].items()
            if d != GENERAL
        }
        gap = _relative(mixed["domain_bits_per_byte"], domain_only["domain_bits_per_byte"])
        claims["mixed_vs_domain_only_on_domain_text"] = {
            "relative_bpb": gap,
            "by_domain": per_domain,
            "holds": gap is not None and gap <= TOLERANCE,
        }
    if mixed and general_only:
        gap = _relative(mixed["bits_per_byte"].get(GENERAL), general_only["bits_per_byte"].get(GENERAL))
        claims["mixed_vs_general_only_on_general_text"] = {
            "relative_bpb": gap,
            "holds": gap is not None and gap <= TOLERANCE,
        }
    if general_only:
        g = general_only["bits_per_byte"]
        claims["general_only_domain_gap"] = {
            d: _relative(v, g.get(GENERAL)) for d, v in g.items() if d != GENERAL
        }
    if mixed and general_only:
        claims["mixed_gain_over_general_only"] = {
            d: _relative(v, general_only["bits_per_byte"].get(d)) for d, v in mixed["bits_per_byte"].items()
        }
    return claims


def plot(result: dict[str, Any], path: Path) -> Path:
    """Grouped bars: bits-per-byte per held-out domain, one bar per arm."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    arms = result["arms"]
    domains = sorted({d for a in arms for d in a["bits_per_byte"]}, key=lambda d: (d == GENERAL, d))
    width = 0.8 / max(len(arms), 1)
    fig, ax = plt.subplots(figsize=(7, 3.6), dpi=110)
    for i, arm in enumerate(arms):
        xs = [j + (i - (len(arms) - 1) / 2) * width for j in range(len(domains))]
        ys = [arm["bits_per_byte"].get(d) or 0.0 for d in domains]
        bars = ax.bar(xs, ys, width, label=f"{arm['name']} (domain share {arm['domain_share']:g})")
        ax.bar_label(bars, fmt="%.3f", fontsize=7, padding=1)
    ax.set_xticks(range(len(domains)), domains)
    ax.set_ylabel("bits per byte (lower is better)")
    top = max((v or 0.0 for a in arms for v in a["bits_per_byte"].values()), default=1.0)
    ax.set_ylim(0, top * 1.25)  # room for the legend above the bars
    flops = arms[0]["compute_flops"] if arms else None
    ax.set_title(f"Held-out bits per byte at equal compute ({flops:.3g} FLOPs)" if flops else "")
    ax.legend(fontsize=7, loc="upper center", ncol=len(arms))
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path


def collect(repo: Path, out: Path, shares: Sequence[float] = DEFAULT_SHARES) -> dict[str, Any]:
    """Reads the arms from `dvc exp show --json` and writes `out/results.json` and `out/bpb.png`."""
    result = compare(experiments_by_name(exp_show(repo)), shares)
    out.mkdir(parents=True, exist_ok=True)
    plot(result, out / PLOT_FILE)
    (out / RESULTS_FILE).write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    return result


def run_experiment(
    params: Params,
    repo: Path,
    out: Path,
    shares: Sequence[float] = DEFAULT_SHARES,
    compute_flops: float | None = None,
    target: str = "evaluate",
    tokenize_meta: Path | None = None,
) -> dict[str, Any]:
    """Checks the arms fit the repetition cap, runs them as DVC experiments, and collects the table."""
    flops = compute_flops or params.plan.compute_flops
    if flops is None:
        raise ExperimentError("give --compute-flops: params.yaml states the budget by accelerator")
    meta = tokenize_meta or repo / "data" / "tokenize" / "meta.json"
    if meta.is_file():
        check_arms_fit(params, shares, flops, meta)
    else:
        log.warning("%s not found: the repetition cap is checked only by each arm's mixture stage", meta)
    run_arms(shares, flops, target, repo)
    return collect(repo, out, shares)
