"""Controlled experiments: arms of the same pipeline, declared as data, compared on held-out text.

An arm is a name and the params.yaml overrides that make it (`experiment.arms`); the default arms are
BloombergGPT's question: general-only, domain-only and mixed (`mix.domain_share` 0, 1, 0.5). Adding an arm is
one entry. Every arm, whatever it changes, runs under the same controls:

- **equal compute**: every run trains at `experiment.compute_flops` (an arm may not set it);
- **replicates**: every arm runs once per seed in `experiment.seeds` (`pretrain.seed`: initial weights and
  data order; the corpus, held-out set and tokenizer stay the same), and a comparison needs three or more;
- **equal parameters and tokens**: asserted from each run's training summary; a comparison between arms that
  differ in either is not made. With one tokenizer for every arm (`tokenizer.domain_share` is its own
  setting, so arms that change only their mixture share it) the plan, hence model size and training tokens,
  are equal by construction; bytes seen per side (general, domain) are reported, since a token of legal
  text is not a token of general text;
- **intervals**: percentile bootstrap over held-out documents (resampled within each source, the same draw
  for every arm, so differences are paired) and over seeds; a verdict against `experiment.tolerance` is
  "within" only when the whole interval is, "not within" when none of it is, and undecided otherwise.

Each run is `dvc exp run --temp -n <arm>-seed<seed> -S ... evaluate` (the workspace and the default
`dvc repro` are untouched); `collect` reads `dvc exp show --json` and each run's per-document held-out
scores (`dvc.api.read` of the evaluate stage's output at the run's revision) into `results.json` and a plot.
"""

from __future__ import annotations

import json
import logging
import math
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core import artifacts
from core.config import EXPERIMENT_CONTROLLED, ArmParams, ExperimentParams, Params, load_params
from core.errors import CharterError

log = logging.getLogger(__name__)

RESULTS_FILE = "results.json"
PLOT_FILE = "bpb.png"
# As `dvc exp show --json` and `dvc.api.read` name them: paths in the repository.
METRICS_FILE = artifacts.EVALUATE_METRICS.dvc_path
SUMMARY_FILE = artifacts.PRETRAIN_SUMMARY.dvc_path
MIXTURE_FILE = artifacts.MIXTURE_STATS.dvc_path
HELDOUT_DOCUMENTS = artifacts.EVALUATE_HELDOUT_DOCUMENTS.dvc_path
GENERAL = "general"
MIN_SEEDS = 3
"""Replicates per arm below which no comparison is called."""
DVC = (sys.executable, "-m", "dvc")
"""DVC of this environment, whether or not its bin folder is on PATH."""


class ExperimentError(CharterError):
    """An arm cannot run as asked (repetition cap, DVC failure) or its results are missing."""


def run_name(arm: str, seed: int) -> str:
    return f"{arm}-seed{seed}"


def _value(v: Any) -> str:
    """A `-S` value as DVC parses it (YAML): JSON scalars and lists are YAML."""
    return f"{v:g}" if isinstance(v, float) else json.dumps(v)


def dvc_exp_run(arm: ArmParams, seed: int, compute_flops: float, target: str) -> list[str]:
    """The `dvc exp run` command of one run of an arm. `--temp` runs it in a scratch copy of the repository,
    so the workspace keeps its own outputs and `dvc repro` its lock."""
    sets = [f"{key}={_value(value)}" for key, value in sorted(arm.set.items())]
    sets += [f"plan.compute_flops={compute_flops:g}", f"pretrain.seed={seed}"]
    return [
        *DVC,
        "exp",
        "run",
        "--temp",
        "-n",
        run_name(arm.name, seed),
        *(x for s in sets for x in ("-S", s)),
        target,
    ]


def overrides(arms: Sequence[ArmParams]) -> list[str]:
    """Every params.yaml key a run sets: each arm's overrides and the controls the runner sets for all."""
    return sorted({key for arm in arms for key in arm.set} | set(EXPERIMENT_CONTROLLED))


def check_overridable(params_file: Path, keys: Sequence[str]) -> None:
    """Raises ExperimentError naming every key `dvc exp run -S` could not set: DVC overrides a key that
    params.yaml holds (a null value is enough) and refuses, after the run has started, one it does not."""
    import yaml

    raw = yaml.safe_load(Path(params_file).read_text()) or {}
    missing = []
    for key in keys:
        node: Any = raw
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                missing.append(key)
                break
            node = node[part]
    if missing:
        raise ExperimentError(
            f"{params_file} has no {', '.join(missing)}: `dvc exp run -S` only overrides keys params.yaml "
            "holds; add each (null keeps its default)"
        )


MODEL_KEYS = ("pretrain.base_model", "pretrain.distill_teacher")
"""Params that name a model registered under `models:` in sources.yaml."""


def check_models(params: Params, arms: Sequence[ArmParams], sources_file: Path) -> None:
    """Raises ExperimentError, before any run starts, naming every model an arm uses (its own override or
    params.yaml's value of `MODEL_KEYS`) that is not registered or whose local folder does not exist.

    A run is `dvc exp run --temp` in a scratch copy holding only git-tracked files, so a model folder must be
    outside the repository at an absolute path; without this check the run would fail minutes in, at its
    pretrain stage. A hub id is left to the run (it needs a network or the hub cache)."""
    from core.registry import load_registry

    defaults = {key: getattr(params.pretrain, key.split(".")[1]) for key in MODEL_KEYS}
    wanted = {
        (arm.name, key, model_id)
        for arm in arms
        for key in MODEL_KEYS
        if (model_id := arm.set.get(key, defaults[key]))
    }
    if not wanted:
        return
    registry = load_registry(sources_file)
    problems = []
    for arm, key, model_id in sorted(wanted):
        try:
            entry = registry.model(model_id)
        except KeyError:
            problems.append(
                f"arm {arm} sets {key}={model_id}, which is not registered: add `- {{id: {model_id}, path: "
                f"/absolute/folder, license: <SPDX id>, owner: <who>}}` under models: in {sources_file}"
            )
            continue
        location = registry.model_location(entry)
        if isinstance(location, Path) and not location.is_dir():
            problems.append(
                f"arm {arm} sets {key}={model_id}, registered at {location}, which is no folder: put the "
                "model there (config.json, safetensors weights, tokenizer), at an absolute path outside the "
                "repository, since a run's scratch copy holds only git-tracked files"
            )
    if problems:
        raise ExperimentError("; ".join(problems))


# ---------------------------------------------------------------- the repetition cap, before anything runs


@dataclass(frozen=True)
class ArmNeed:
    """What one arm asks of each side of the corpus at a budget, measured on the current tokenization."""

    arm: str
    share: float
    planned_tokens: int
    epochs: dict[str, float]
    """Passes over each side's unique tokens ('domain', 'general') the arm would make."""


def arm_share(params: Params, arm: ArmParams) -> float:
    return float(arm.set.get("mix.domain_share", params.mix.domain_share))


def arm_needs(
    params: Params, arms: Sequence[ArmParams], compute_flops: float, tokenize_meta: Path
) -> list[ArmNeed]:
    """The training tokens the plan gives `compute_flops` and the epochs each arm makes of each side, on the
    current token shards (the tokenizer every arm shares); the mixture stage remains the authority."""
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
    for arm in arms:
        share = arm_share(params, arm)
        wanted = {"domain": planned * share, "general": planned * (1 - share)}
        epochs = {side: (wanted[side] / unique[side] if unique[side] else math.inf) for side in wanted}
        needs.append(ArmNeed(arm.name, share, planned, {s: e for s, e in epochs.items() if wanted[s] > 0}))
    return needs


def check_arms_fit(
    params: Params,
    arms: Sequence[ArmParams],
    compute_flops: float,
    tokenize_meta: Path,
    margin: float = 0.95,
) -> list[ArmNeed]:
    """Raises ExperimentError, with a budget that does fit, when an arm would pass `mix.max_epochs`.

    A general-only arm spends the whole budget on the general side, so it may need twice the repetition the
    mixed arm does: the cap is right to refuse it, and equal compute means the budget comes down for all.
    """
    cap = params.mix.max_epochs * margin
    needs = arm_needs(params, arms, compute_flops, tokenize_meta)
    over = [n for n in needs if max(n.epochs.values(), default=0.0) > cap]
    if not over:
        return needs
    budget = compute_flops
    for _ in range(40):
        budget = _round_down(budget / 1.25)
        if all(
            max(n.epochs.values(), default=0.0) <= cap for n in arm_needs(params, arms, budget, tokenize_meta)
        ):
            break
    detail = "; ".join(
        f"{n.arm} would repeat {side} text {e:.2f} times"
        for n in over
        for side, e in n.epochs.items()
        if e > cap
    )
    raise ExperimentError(
        f"at compute {compute_flops:.3g} FLOPs ({over[0].planned_tokens:,} training tokens) {detail}, past "
        f"mix.max_epochs={params.mix.max_epochs:g} (with a {1 - margin:.0%} margin). Equal compute for all "
        f"arms: run them at --compute-flops {budget:.3g} or below"
    )


def _round_down(x: float, digits: int = 3) -> float:
    """`x` cut to `digits` significant digits, never rounded up: a suggested budget must still fit."""
    scale = 10 ** (math.floor(math.log10(x)) - digits + 1)
    return math.floor(x / scale) * scale


# ---------------------------------------------------------------- running


def baseline_commit(repo: Path) -> str | None:
    """The commit `dvc exp run` attaches a run to (the repository's HEAD); None outside a git repository."""
    from scmrepo.exceptions import SCMError
    from scmrepo.git import Git

    try:
        with Git(str(repo)) as scm:
            return scm.get_rev()
    except SCMError:
        return None


def run_arms(
    arms: Sequence[ArmParams], seeds: Sequence[int], compute_flops: float, target: str, repo: Path
) -> str | None:
    """Runs every arm at every seed on one commit and returns it. A commit made while the runs go on would put
    the later runs on other code (and under another baseline in `dvc exp show`): the experiment stops instead."""
    baseline = baseline_commit(repo)
    for arm in arms:
        for seed in seeds:
            name = run_name(arm.name, seed)
            now = baseline_commit(repo)
            if now != baseline:
                raise ExperimentError(
                    f"the repository moved from commit {str(baseline)[:10]} to {str(now)[:10]} while the "
                    f"experiment ran (before {name}): runs on different code are not comparable. Commit "
                    "first, then run `charter experiment run` without committing until it ends"
                )
            # A re-run replaces a run of the same name instead of failing on the name clash.
            subprocess.run([*DVC, "exp", "remove", name], cwd=repo, capture_output=True, check=False)
            cmd = dvc_exp_run(arm, seed, compute_flops, target)
            log.info("experiment run %s: %s", name, " ".join(cmd))
            done = subprocess.run(cmd, cwd=repo, check=False)
            if done.returncode != 0:
                raise ExperimentError(f"run {name} failed (exit {done.returncode}): {' '.join(cmd)}")
    return baseline


def exp_show(repo: Path, rev: str | None = None) -> list[dict[str, Any]]:
    """`dvc exp show --json` of the experiments on commit `rev` (default: HEAD)."""
    done = subprocess.run(
        [*DVC, "exp", "show", "--json", *(("--rev", rev) if rev else ())],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise ExperimentError(f"dvc exp show failed: {done.stderr.strip()}")
    return json.loads(done.stdout)


def _files(data: dict[str, Any], kind: str) -> dict[str, Any]:
    return {path: (entry or {}).get("data", {}) for path, entry in (data.get(kind) or {}).items()}


def experiments_by_name(shown: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Name -> {rev, params, metrics} of every experiment in `dvc exp show --json` (DVC 3 layout: baselines,
    each with `experiments`, each with `revs`)."""
    found: dict[str, dict[str, Any]] = {}
    for baseline in shown:
        for exp in baseline.get("experiments") or []:
            # A run still going (or queued, or failed) shows its baseline's files under its name: skip it, or
            # a collect beside a running experiment would count the workspace's model as that run.
            state = (exp.get("executor") or {}).get("state")
            if state not in (None, "success"):
                log.warning("experiment %s is %s: not collected", exp.get("name"), state)
                continue
            for rev in exp.get("revs") or []:
                name, data = rev.get("name"), rev.get("data") or {}
                if name and name not in found and not rev.get("error"):
                    found[name] = {
                        "rev": rev.get("rev"),
                        "params": _files(data, "params").get("params.yaml", {}),
                        "metrics": _files(data, "metrics"),
                    }
    return found


def heldout_documents(repo: Path, rev: str) -> list[dict[str, Any]] | None:
    """A run's per-document held-out scores, read from the DVC cache at the run's revision; None when the
    run did not keep them."""
    import dvc.api

    try:
        return json.loads(dvc.api.read(HELDOUT_DOCUMENTS, repo=str(repo), rev=rev))
    except Exception as e:  # dvc raises several types for a missing path or revision
        log.warning("run %s: no %s (%s): no interval over documents", rev[:7], HELDOUT_DOCUMENTS, e)
        return None


def bytes_per_token(repo: Path) -> dict[str, dict[str, float]]:
    """Per source, unique training bytes and tokens in the workspace's build (data/mix, data/tokenize): the
    unit conversion for every arm that shares its split and tokenizer."""
    try:
        mix = json.loads(artifacts.MIX_STATS.at(repo / artifacts.ROOT).read_text())
        meta = json.loads(artifacts.TOKENIZE_META.at(repo / artifacts.ROOT).read_text())
    except FileNotFoundError:
        return {}
    tokens = meta.get("tokens_by_source", {})
    return {
        s["source"]: {"bytes": float(s["bytes"]), "tokens": float(tokens[s["source"]]), "domain": s["domain"]}
        for s in mix.get("sources", [])
        if tokens.get(s["source"])
    }


# ---------------------------------------------------------------- comparing


@dataclass
class Run:
    arm: str
    seed: int
    name: str
    rev: str | None
    compute_flops: float | None
    n_params: int | None
    tokens_seen: int | None
    final_loss: float | None
    bits_per_byte: dict[str, float]
    bytes_seen: dict[str, float] | None
    documents: list[dict[str, Any]] | None


def _bytes_seen(mixture: dict[str, Any], unit: dict[str, dict[str, float]]) -> dict[str, float] | None:
    """Bytes of training text per side, when the run tokenized the corpus as the workspace did."""
    sources = mixture.get("sources") or {}
    if not sources or not unit:
        return None
    seen = {"general": 0.0, "domain": 0.0}
    for name, s in sources.items():
        u = unit.get(name)
        if u is None or int(s.get("unique_tokens", -1)) != int(u["tokens"]):
            return None
        side = GENERAL if s.get("domain") == GENERAL else "domain"
        seen[side] += float(s.get("tokens", 0)) * u["bytes"] / u["tokens"]
    return {k: round(v) for k, v in seen.items()}


def collect_runs(
    experiments: dict[str, dict[str, Any]],
    cfg: ExperimentParams,
    documents: dict[str, list[dict[str, Any]] | None],
    unit: dict[str, dict[str, float]],
) -> list[Run]:
    runs = []
    for arm in cfg.arms:
        names = [run_name(arm.name, seed) for seed in cfg.seeds]
        if not any(n in experiments for n in names):
            raise ExperimentError(
                f"no experiment named {' or '.join(names)} in `dvc exp show` of this commit; run `charter "
                "experiment run`, or give `charter experiment collect --rev` the commit the runs were made on"
            )
        for seed, name in zip(cfg.seeds, names, strict=True):
            if name not in experiments:
                # An arm short of seeds is still shown; its comparisons say it has too few for a verdict.
                log.warning("no experiment %s on this commit: arm %s is collected without it", name, arm.name)
                continue
            exp = experiments[name]
            metrics = exp["metrics"].get(METRICS_FILE)
            if not metrics:
                raise ExperimentError(f"experiment {name} has no {METRICS_FILE}: did its evaluate stage run?")
            summary = exp["metrics"].get(SUMMARY_FILE, {})
            # Suites without held-out text (the harness's standard tasks) have no bits per byte.
            bpb = {
                d: float(m["bits_per_byte"])
                for d, m in sorted(metrics.items())
                if isinstance(m, dict) and isinstance(m.get("bits_per_byte"), int | float)
            }
            runs.append(
                Run(
                    arm=arm.name,
                    seed=seed,
                    name=name,
                    rev=exp.get("rev"),
                    compute_flops=(exp["params"].get("plan") or {}).get("compute_flops"),
                    n_params=summary.get("n_params"),
                    tokens_seen=summary.get("tokens_seen"),
                    final_loss=summary.get("final_loss"),
                    bits_per_byte=bpb,
                    bytes_seen=_bytes_seen(exp["metrics"].get(MIXTURE_FILE, {}), unit),
                    documents=documents.get(name),
                )
            )
    return runs


def _equal(values: dict[str, Any]) -> dict[str, Any]:
    present = {k: v for k, v in values.items() if v is not None}
    return {"equal": len(present) == len(values) and len(set(present.values())) == 1, "values": values}


def controls(runs: list[Run], cfg: ExperimentParams) -> dict[str, Any]:
    per_arm = {a.name: sum(1 for r in runs if r.arm == a.name) for a in cfg.arms}
    missing = {
        a.name: [s for s in cfg.seeds if run_name(a.name, s) not in {r.name for r in runs}] for a in cfg.arms
    }
    doc_sets = {r.name: None if r.documents is None else len(r.documents) for r in runs}
    same_docs = all(r.documents is not None for r in runs) and (
        len({tuple(sorted((d["domain"], d["id"]) for d in r.documents or [])) for r in runs}) == 1
    )
    return {
        "compute": _equal({r.name: r.compute_flops for r in runs}),
        "parameters": _equal({r.name: r.n_params for r in runs}),
        "tokens": _equal({r.name: r.tokens_seen for r in runs}),
        "seeds": {
            "per_arm": per_arm,
            "missing": {arm: seeds for arm, seeds in missing.items() if seeds},
            "required": MIN_SEEDS,
            "met": min(per_arm.values()) >= MIN_SEEDS,
        },
        "heldout": {"same_documents": same_docs, "documents": doc_sets},
    }


def _aggregate(by_domain: dict[str, Any], text: str) -> Any:
    """The mean over the domains of a comparison's `text` (values are floats or bootstrap arrays)."""
    keys = [d for d in by_domain if (d == GENERAL) == (text == GENERAL) or text == "all"]
    if not keys:
        return None
    return sum(by_domain[d] for d in keys) / len(keys)


class Bootstrap:
    """Replicates of every arm's bits per byte per domain: held-out documents resampled within each source
    (one draw shared by all runs, so arm differences are paired), then seeds resampled within each arm."""

    def __init__(self, runs: list[Run], resamples: int, seed: int = 0):
        self.resamples = resamples
        rng = np.random.default_rng(seed)
        first = runs[0].documents or []
        self.keys = sorted({(d["domain"], d["source"], d["id"]) for d in first})
        position = {k: i for i, k in enumerate(self.keys)}
        domains = sorted({k[0] for k in self.keys})
        groups: dict[str, dict[str, list[int]]] = {d: {} for d in domains}
        for i, (domain, source, _) in enumerate(self.keys):
            groups[domain].setdefault(source, []).append(i)
        draws = {
            d: {
                s: np.asarray(idx)[rng.integers(0, len(idx), (resamples, len(idx)))] for s, idx in src.items()
            }
            for d, src in groups.items()
        }
        self.run_reps: dict[str, dict[str, np.ndarray]] = {}
        for run in runs:
            bits = np.zeros(len(self.keys))
            nbytes = np.zeros(len(self.keys))
            for doc in run.documents or []:
                i = position[(doc["domain"], doc["source"], doc["id"])]
                bits[i], nbytes[i] = doc["bits"], doc["bytes"]
            self.run_reps[run.name] = {
                d: np.mean(
                    [
                        bits[idx].sum(axis=1) / np.maximum(nbytes[idx].sum(axis=1), 1.0)
                        for idx in src.values()
                    ],
                    axis=0,
                )
                for d, src in draws.items()
            }
        self.arm_reps: dict[str, dict[str, np.ndarray]] = {}
        for arm in sorted({r.arm for r in runs}):
            names = [r.name for r in runs if r.arm == arm]
            pick = rng.integers(0, len(names), (resamples, len(names)))
            self.arm_reps[arm] = {}
            for d in domains:
                stacked = np.vstack([self.run_reps[n][d] for n in names])  # (seeds, resamples)
                self.arm_reps[arm][d] = stacked[pick, np.arange(resamples)[:, None]].mean(axis=1)


def _interval(reps: np.ndarray) -> tuple[float | None, float | None]:
    finite = reps[np.isfinite(reps)]
    if finite.size == 0:
        return None, None
    return float(np.percentile(finite, 2.5)), float(np.percentile(finite, 97.5))


def _difference(low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return "not measured"
    if high < 0:
        return "lower: measurably better"
    if low > 0:
        return "higher: measurably worse"
    return "no difference measurable"


def _verdict(low: float | None, high: float | None, tolerance: float) -> str:
    if low is None or high is None:
        return "not measured"
    if high <= tolerance:
        return "within"
    if low > tolerance:
        return "not within"
    return "undecided"


def compare(runs: list[Run], cfg: ExperimentParams, compute_flops: float | None = None) -> dict[str, Any]:
    """The table (mean and interval per arm and domain, over seeds and documents), the controls, and every
    declared comparison with the verdict its interval supports."""
    checks = controls(runs, cfg)
    boot = Bootstrap(runs, cfg.resamples) if checks["heldout"]["same_documents"] else None
    arms = []
    point: dict[str, dict[str, float]] = {}
    for arm in cfg.arms:
        mine = [r for r in runs if r.arm == arm.name]
        domains = sorted({d for r in mine for d in r.bits_per_byte})
        point[arm.name] = {
            d: float(np.mean([r.bits_per_byte[d] for r in mine if d in r.bits_per_byte])) for d in domains
        }
        table = {}
        for d in domains:
            values = [r.bits_per_byte[d] for r in mine if d in r.bits_per_byte]
            low, high = _interval(boot.arm_reps[arm.name][d]) if boot else (None, None)
            table[d] = {
                "mean": point[arm.name][d],
                "ci95_low": low,
                "ci95_high": high,
                "seed_std": float(np.std(values, ddof=1)) if len(values) > 1 else None,
                "seeds": values,
            }
        bytes_seen = [r.bytes_seen for r in mine]
        arms.append(
            {
                "name": arm.name,
                "set": arm.set,
                "seeds": [r.seed for r in mine],
                "runs": [
                    {"name": r.name, "rev": r.rev, "seed": r.seed, "final_loss": r.final_loss} for r in mine
                ],
                "n_params": _single([r.n_params for r in mine]),
                "tokens_seen": _single([r.tokens_seen for r in mine]),
                "bytes_seen": bytes_seen[0]
                if bytes_seen and all(b == bytes_seen[0] for b in bytes_seen)
                else None,
                "bits_per_byte": table,
                "domain_mean": _summary(point[arm.name], boot.arm_reps[arm.name] if boot else None, "domain"),
            }
        )
    controlled = checks["parameters"]["equal"] and checks["tokens"]["equal"] and checks["compute"]["equal"]
    comparisons = []
    for c in cfg.comparisons:
        a, b = _aggregate(point[c.arm], c.text), _aggregate(point[c.baseline], c.text)
        rel = a / b - 1 if a is not None and b else None
        low = high = None
        if boot is not None:
            ra, rb = _aggregate(boot.arm_reps[c.arm], c.text), _aggregate(boot.arm_reps[c.baseline], c.text)
            if ra is not None and rb is not None:
                low, high = _interval(ra / rb - 1)
        if c.kind == "difference" and not checks["compute"]["equal"]:
            verdict = "not supported: the arms differ in compute"
        elif c.kind == "match" and not controlled:
            verdict = "not supported: the arms differ in compute, parameters or tokens"
        elif short := [a for a in (c.arm, c.baseline) if checks["seeds"]["per_arm"][a] < MIN_SEEDS]:
            verdict = f"not supported: fewer than {MIN_SEEDS} seeds in {' and '.join(short)}"
        elif c.kind == "difference":
            verdict = _difference(low, high)
        else:
            verdict = _verdict(low, high, cfg.tolerance)
        comparisons.append(
            {
                "arm": c.arm,
                "baseline": c.baseline,
                "text": c.text,
                "kind": c.kind,
                "relative_bpb": rel,
                "ci95_low": low,
                "ci95_high": high,
                "verdict": verdict,
            }
        )
    return {
        "compute_flops": compute_flops
        if compute_flops is not None
        else _single([r.compute_flops for r in runs]),
        "seeds": list(cfg.seeds),
        "tolerance": {"value": cfg.tolerance, "source": cfg.tolerance_source},
        "resamples": cfg.resamples,
        "arms": arms,
        "controls": checks,
        "comparisons": comparisons,
        "gap_closed": _gap_closed(cfg, point, boot),
    }


def _single(values: list[Any]) -> Any:
    return values[0] if values and all(v == values[0] for v in values) else None


def _summary(point: dict[str, float], reps: dict[str, np.ndarray] | None, text: str) -> dict[str, Any]:
    pooled = _aggregate(reps, text) if reps else None
    low, high = _interval(pooled) if pooled is not None else (None, None)
    return {"mean": _aggregate(point, text), "ci95_low": low, "ci95_high": high}


def _gap_closed(
    cfg: ExperimentParams, point: dict[str, dict[str, float]], boot: Bootstrap | None
) -> dict[str, dict[str, Any]]:
    """Per other arm and domain: the share of the bits-per-byte gap between `gap.high` and `gap.low` it
    closes, only where that gap is measurably positive (its interval above zero); else why not."""
    if cfg.gap is None:
        return {}
    high, low = cfg.gap.high, cfg.gap.low
    out: dict[str, dict[str, Any]] = {}
    for arm in cfg.arms:
        if arm.name in (high, low):
            continue
        per_domain = {}
        for d in sorted(point[high]):
            if d == GENERAL or d not in point[low] or d not in point[arm.name]:
                continue
            gap = point[high][d] - point[low][d]
            gap_low, gap_high = (
                _interval(boot.arm_reps[high][d] - boot.arm_reps[low][d]) if boot else (None, None)
            )
            if gap_low is None or gap_low <= 0 or gap <= 0:
                per_domain[d] = {
                    "share": None,
                    "gap": gap,
                    "gap_ci95": [gap_low, gap_high],
                    "why": f"{low} is not measurably better than {high} on {d} text",
                }
                continue
            assert boot is not None
            share = (point[high][d] - point[arm.name][d]) / gap
            s_low, s_high = _interval(
                (boot.arm_reps[high][d] - boot.arm_reps[arm.name][d])
                / (boot.arm_reps[high][d] - boot.arm_reps[low][d])
            )
            per_domain[d] = {
                "share": share,
                "ci95_low": s_low,
                "ci95_high": s_high,
                "gap": gap,
                "gap_ci95": [gap_low, gap_high],
            }
        out[arm.name] = per_domain
    return out


# ---------------------------------------------------------------- output


def format_table(result: dict[str, Any]) -> str:
    """The experiment as text: per arm, parameters, tokens and bytes seen, then mean [95% interval] of bits
    per byte per domain over seeds and held-out documents; then the controls and the comparisons."""
    arms = result["arms"]
    domains = sorted({d for a in arms for d in a["bits_per_byte"]}, key=lambda d: (d == GENERAL, d))
    head = ["arm", "seeds", "params", "tokens", "bytes general", "bytes domain", *domains, "domain mean"]
    rows = [head]
    for a in arms:
        seen = a.get("bytes_seen") or {}
        cells = [
            a["name"],
            str(len(a["seeds"])),
            _int(a.get("n_params")),
            _int(a.get("tokens_seen")),
            _int(seen.get("general")),
            _int(seen.get("domain")),
        ]
        cells += [_ci(a["bits_per_byte"].get(d, {})) for d in domains]
        cells.append(_ci(a["domain_mean"]))
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    flops = result.get("compute_flops")
    lines.insert(
        0,
        f"bits per byte on held-out text, mean [95% interval] over seeds and documents; {flops:.3g} FLOPs per run"
        if flops
        else "",
    )
    c = result["controls"]
    lines.append(
        "controls: compute {}, parameters {}, tokens {}, seeds per arm {} (need {}), same held-out documents {}".format(
            _ok(c["compute"]["equal"]),
            _ok(c["parameters"]["equal"]),
            _ok(c["tokens"]["equal"]),
            min(c["seeds"]["per_arm"].values()),
            c["seeds"]["required"],
            _ok(c["heldout"]["same_documents"]),
        )
    )
    for arm, seeds in (c["seeds"].get("missing") or {}).items():
        lines.append(f"missing: {arm} at seed {', '.join(map(str, seeds))} (no such run on this commit)")
    tol = result["tolerance"]
    for comp in result["comparisons"]:
        lines.append(
            f"{comp['arm']} vs {comp['baseline']} on {comp['text']} text: {_pct(comp['relative_bpb'])} "
            f"[{_pct(comp['ci95_low'])}, {_pct(comp['ci95_high'])}]: {comp['verdict']}"
            + (
                f" (tolerance {tol['value']:.0%}: {tol['source']})"
                if comp.get("kind", "match") == "match"
                else " (does the 95% interval exclude zero?)"
            )
        )
    return "\n".join(line for line in lines if line)


def _int(v: Any) -> str:
    return f"{int(v):,}" if isinstance(v, int | float) else "-"


def _ci(entry: dict[str, Any]) -> str:
    mean, low, high = entry.get("mean"), entry.get("ci95_low"), entry.get("ci95_high")
    if not isinstance(mean, int | float):
        return "-"
    return (
        f"{mean:.3f} [{low:.3f}, {high:.3f}]"
        if isinstance(low, float) and isinstance(high, float)
        else f"{mean:.3f}"
    )


def _pct(x: Any) -> str:
    return f"{100 * x:+.1f}%" if isinstance(x, int | float) else "n/a"


def _ok(flag: bool) -> str:
    return "equal" if flag is True else "UNEQUAL" if flag is False else "?"


def plot(result: dict[str, Any], path: Path) -> Path:
    """Grouped bars with 95% intervals: bits-per-byte per held-out domain, one bar per arm."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    arms = result["arms"]
    domains = sorted({d for a in arms for d in a["bits_per_byte"]}, key=lambda d: (d == GENERAL, d))
    width = 0.8 / max(len(arms), 1)
    fig, ax = plt.subplots(figsize=(7.5, 3.8), dpi=110)
    for i, arm in enumerate(arms):
        xs = [j + (i - (len(arms) - 1) / 2) * width for j in range(len(domains))]
        cells = [arm["bits_per_byte"].get(d, {}) for d in domains]
        ys = [c.get("mean") or 0.0 for c in cells]
        err = [
            [max(0.0, y - (c.get("ci95_low") or y)) for y, c in zip(ys, cells, strict=True)],
            [max(0.0, (c.get("ci95_high") or y) - y) for y, c in zip(ys, cells, strict=True)],
        ]
        bars = ax.bar(xs, ys, width, yerr=err, capsize=2, label=f"{arm['name']} ({len(arm['seeds'])} seeds)")
        ax.bar_label(bars, fmt="%.3f", fontsize=6, padding=2)
    ax.set_xticks(range(len(domains)), domains)
    ax.set_ylabel("bits per byte (lower is better)")
    top = max(
        (c.get("ci95_high") or c.get("mean") or 0.0 for a in arms for c in a["bits_per_byte"].values()),
        default=1.0,
    )
    ax.set_ylim(0, top * 1.25)
    flops = result.get("compute_flops")
    ax.set_title(
        f"Held-out bits per byte at equal compute ({flops:.3g} FLOPs), 95% intervals" if flops else "",
        fontsize=9,
    )
    ax.legend(fontsize=7, loc="upper center", ncol=len(arms))
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path


def reference(spec: str) -> tuple[str, dict[str, Any]]:
    """`NAME=METRICS[=NOTE]`: the held-out bits per byte of a model that is no arm (a base as it is, a model
    after SFT), read from an evaluate stage's metrics.json, with a note saying what the model is. One run, so
    its interval is over held-out documents only."""
    parts = spec.split("=", 2)
    if len(parts) < 2 or not parts[0] or not parts[1]:
        raise ExperimentError(f"--reference {spec!r}: expected NAME=METRICS_JSON[=NOTE]")
    name, path = parts[0], Path(parts[1])
    try:
        metrics = json.loads(path.read_text())
    except (OSError, ValueError) as e:
        raise ExperimentError(
            f"--reference {name}: cannot read {path} as an evaluate metrics.json ({e})"
        ) from e
    bpb = {
        d: {
            "mean": float(m["bits_per_byte"]),
            "ci95_low": m.get("bits_per_byte_ci95_low"),
            "ci95_high": m.get("bits_per_byte_ci95_high"),
        }
        for d, m in sorted(metrics.items())
        if isinstance(m, dict) and isinstance(m.get("bits_per_byte"), int | float)
    }
    if not bpb:
        raise ExperimentError(f"--reference {name}: {path} holds no bits_per_byte of any domain")
    return name, {"metrics": str(path), "note": parts[2] if len(parts) > 2 else "", "bits_per_byte": bpb}


def collect(
    repo: Path,
    out: Path,
    cfg: ExperimentParams,
    compute_flops: float | None = None,
    rev: str | None = None,
    study: str | None = None,
    about: str = "",
    references: Sequence[str] = (),
) -> dict[str, Any]:
    """Reads the runs made on commit `rev` (default: HEAD) from `dvc exp show --json` and their held-out
    documents, and writes `out/results.json` and `out/bpb.png`. `study` and `about` label the result;
    `references` (NAME=METRICS[=NOTE], see `reference`) add models that are no arm, for the decision memo."""
    refs = dict(reference(spec) for spec in references)
    experiments = experiments_by_name(exp_show(repo, rev))
    names = [run_name(a.name, s) for a in cfg.arms for s in cfg.seeds]
    documents = {
        n: heldout_documents(repo, experiments[n]["rev"])
        if n in experiments and experiments[n].get("rev")
        else None
        for n in names
    }
    runs = collect_runs(experiments, cfg, documents, bytes_per_token(repo))
    result = compare(runs, cfg, compute_flops)
    if study is not None:
        result["study"], result["about"] = study, about
    if refs:
        result["references"] = refs
    out.mkdir(parents=True, exist_ok=True)
    plot(result, out / PLOT_FILE)
    (out / RESULTS_FILE).write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    return result


def run_experiment(
    params: Params,
    repo: Path,
    out: Path,
    compute_flops: float | None = None,
    target: str = "evaluate",
    tokenize_meta: Path | None = None,
    seeds: Sequence[int] | None = None,
    study: str | None = None,
) -> dict[str, Any]:
    """Checks the arms fit the repetition cap, runs every arm at every seed as DVC experiments, and collects
    the table. `study` names one of `experiment.studies` (default: the experiment's own arms)."""
    cfg = params.experiment.study(study)
    if seeds is not None:
        cfg = cfg.model_copy(update={"seeds": list(seeds)})
    flops = compute_flops or cfg.compute_flops or params.plan.compute_flops
    if flops is None:
        raise ExperimentError("give --compute-flops: params.yaml states the budget by accelerator")
    check_overridable(repo / "params.yaml", overrides(cfg.arms))
    check_models(params, cfg.arms, repo / "sources.yaml")
    meta = tokenize_meta or artifacts.TOKENIZE_META.at(repo / artifacts.ROOT)
    if meta.is_file():
        check_arms_fit(params, cfg.arms, flops, meta)
    else:
        log.warning("%s not found: the repetition cap is checked only by each arm's mixture stage", meta)
    started = time.monotonic()
    baseline = run_arms(cfg.arms, cfg.seeds, flops, target, repo)
    result = collect(repo, out, cfg, flops, rev=baseline, study=study, about=_about(params, study))
    result["wall_seconds"] = round(time.monotonic() - started)
    (out / RESULTS_FILE).write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    return result


def _about(params: Params, study: str | None) -> str:
    return params.experiment.studies[study].about if study is not None else ""


def study_folder(out: Path, study: str | None) -> Path:
    """Where a study's results go: `<out>/<study>/` (the experiment's own in `<out>`)."""
    return out if study is None else out / study


def experiment_command(
    action: str,
    *,
    params: Path,
    seeds: list[int] | None,
    repo: Path,
    out: Path,
    compute_flops: float | None = None,
    target: str = "evaluate",
    rev: str | None = None,
    study: str | None = None,
    references: Sequence[str] = (),
) -> dict[str, Any]:
    """`charter experiment run|collect`: the table printed, the verdict of each comparison returned."""
    p = load_params(params)
    out = study_folder(out, study)
    if action == "collect":
        cfg = p.experiment.study(study)
        cfg = cfg.model_copy(update={"seeds": list(seeds)}) if seeds else cfg
        result = collect(repo, out, cfg, rev=rev, study=study, about=_about(p, study), references=references)
    else:
        result = run_experiment(p, repo, out, compute_flops, target, seeds=seeds, study=study)
    if result.get("about"):
        print(f"{result['study']}: {result['about']}")
    print(format_table(result))
    if "wall_seconds" in result:
        print(f"wall time {result['wall_seconds'] / 60:.1f} min")
    return {
        "out": str(out),
        "comparisons": {
            f"{c['arm']} vs {c['baseline']} on {c['text']}": c["verdict"] for c in result["comparisons"]
        },
    }
