"""The evaluate stage: lm-evaluation-harness on each domain's suite, offline, and a flat metrics file.

Every suite is a tag of tasks (see suites.py): multiple-choice tasks over items shipped in this folder,
and bits-per-byte over the pipeline's held-out text of that domain, located through task metadata.
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
from pathlib import Path
from typing import Any

from charter.config import EvaluateParams, Params
from charter.errors import CharterError
from eval_suites.standard import StandardTask, standard_tasks, task_config
from eval_suites.suites import BUILD_UNSHIPPED, SUITES_DIR, TaskSpec, tasks_of
from eval_suites.taskdata import HELDOUT_DIR_KEY, MAX_BYTES_KEY, heldout_path
from governance.licenses import LicensePolicy

log = logging.getLogger(__name__)

# huggingface_hub and datasets read these once, at import: they must be set before lm_eval is imported.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

RESULTS_FILE = "results.json"
GATE_FILE = "license_gate.json"
STANDARD_KEY = "standard"
Z95 = 1.959963984540054
# acc's stderr is closed-form and bits-per-byte's aggregations have none in lm-eval, so bootstrapping
# touches none of our metrics; a small count keeps any metric added later from costing minutes.
BOOTSTRAP_ITERS = 1000
_MC_METRICS = ("acc", "acc_norm")
_BPB_METRICS = ("bits_per_byte", "byte_perplexity", "word_perplexity")


class EvaluationError(CharterError):
    """A checkpoint, held-out file or task file the evaluation needs is missing or unusable."""


def run_evaluate(
    params: Params,
    checkpoint: Path,
    heldout_dir: Path,
    out_dir: Path,
    metrics_path: Path,
    plot_path: Path | None = None,
) -> dict:
    """Evaluates `checkpoint` on every suite in `params.evaluate.suites`; writes the harness results to
    `out_dir/results.json`, per-domain metrics to `metrics_path` and, with `plot_path`, bits-per-byte per
    domain as DVC plot data (what `dvc plots diff` draws across experiments); returns the metrics."""
    cfg = params.evaluate
    policy = LicensePolicy.load(cfg.policy)
    gate = gate_tasks(tasks_of(cfg.suites), standard_tasks(cfg.standard_tasks), policy, cfg.use)
    absent = absent_unshipped(tasks_of(cfg.suites))
    specs = [t for t in tasks_of(cfg.suites) if gate[t.name]["allowed"] and t.name not in absent]
    standard = [t for t in standard_tasks(cfg.standard_tasks) if gate[t.name]["allowed"]]
    for name, decision in gate.items():
        if not decision["allowed"]:
            log.warning("task %s not evaluated: %s", name, decision["reason"])
    for name, reason in absent.items():
        if gate[name]["allowed"]:
            log.warning("task %s not evaluated: %s", name, reason)
    _check_inputs(checkpoint, heldout_dir, specs)
    max_length = cfg.max_length or _max_position_embeddings(checkpoint)

    started = time.monotonic()
    results = _harness(cfg, checkpoint, heldout_dir, max_length, specs, standard)
    log.info("evaluated %d tasks in %.1f s", len(specs) + len(standard), time.monotonic() - started)

    metrics = summarize(results, specs)
    if standard:
        metrics[STANDARD_KEY] = summarize_standard(results, standard)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / RESULTS_FILE).write_text(_to_json(results))
    gate_report = {"policy": policy.name, "use": cfg.use, "tasks": gate, "not_evaluated": absent}
    (out_dir / GATE_FILE).write_text(json.dumps(gate_report, indent=2, sort_keys=True) + "\n")
    metrics_path.parent.mkdir(parents=True, exist_ok=True)
    metrics_path.write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    if plot_path is not None:
        plot_path.parent.mkdir(parents=True, exist_ok=True)
        plot_path.write_text(json.dumps(bpb_plot_rows(metrics), indent=2) + "\n")
    return metrics


def bpb_plot_rows(metrics: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per domain, the shape DVC's bar templates read (x: bits_per_byte, y: domain)."""
    return [
        {"domain": d, "bits_per_byte": m["bits_per_byte"]}
        for d, m in sorted(metrics.items())
        if isinstance(m.get("bits_per_byte"), int | float)
    ]


def gate_tasks(
    specs: list[TaskSpec], standard: list[StandardTask], policy: LicensePolicy, use: str
) -> dict[str, dict[str, Any]]:
    """The license gate for evaluation data: per task, allowed or not under `use` of `policy`, and why.

    A license the catalog does not know stops the run (PolicyError), as it stops the training gate. Items
    restricted to some uses (`TaskSpec.uses`) are blocked under any other. Held-out text has no license of
    its own here: it is corpus text, gated with its sources before it was held out.
    """
    decisions: dict[str, dict[str, Any]] = {}
    for spec in specs:
        if not spec.license:
            decisions[spec.name] = {
                "allowed": True,
                "license": None,
                "reason": "held-out corpus text, gated with its sources",
            }
            continue
        verdict = policy.evaluate(spec.license, use, where=f"eval_suites task {spec.name}")
        allowed, reason = verdict.allowed, verdict.reason
        if allowed and spec.uses is not None and use not in spec.uses:
            allowed, reason = False, f"items may serve only {list(spec.uses)}, not '{use}'"
        decisions[spec.name] = {"allowed": allowed, "license": spec.license, "reason": reason}
    for task in standard:
        verdict = policy.evaluate(task.license, use, where=f"standard task {task.name}")
        decisions[task.name] = {"allowed": verdict.allowed, "license": task.license, "reason": verdict.reason}
    return decisions


def absent_unshipped(specs: list[TaskSpec]) -> dict[str, str]:
    """Task name -> why it cannot be evaluated here, for every task the repository does not ship (its
    license forbids it) whose locally built data is absent, as in any clone without the shared data."""
    return {
        # Relative to the repository, so the record does not depend on where the clone is.
        spec.name: f"eval_suites/{spec.data_file} is not shipped ({spec.not_shipped}); "
        f"build it with `{BUILD_UNSHIPPED}`"
        for spec in specs
        if spec.not_shipped and spec.data_path is not None and not spec.data_path.is_file()
    }


def _check_inputs(checkpoint: Path, heldout_dir: Path, specs: list[TaskSpec]) -> None:
    if not (checkpoint / "config.json").is_file():
        raise EvaluationError(f"{checkpoint}: no Hugging Face checkpoint here (config.json missing)")
    if not any((checkpoint / f).is_file() for f in ("tokenizer.json", "tokenizer_config.json")):
        raise EvaluationError(f"{checkpoint}: checkpoint has no tokenizer (tokenizer.json missing)")
    for spec in specs:
        path = spec.data_path or heldout_path(heldout_dir, spec.suite)
        if not path.is_file():
            what = "shipped task data" if spec.data_file else "held-out text"
            raise EvaluationError(f"{path}: {what} for task {spec.name} not found")


def _max_position_embeddings(checkpoint: Path) -> int:
    config = json.loads((checkpoint / "config.json").read_text())
    if not isinstance(config.get("max_position_embeddings"), int):
        raise EvaluationError(
            f"{checkpoint / 'config.json'}: no max_position_embeddings; set evaluate.max_length in params"
        )
    return config["max_position_embeddings"]


def _harness(
    cfg: EvaluateParams,
    checkpoint: Path,
    heldout_dir: Path,
    max_length: int,
    specs: list[TaskSpec],
    standard: list[StandardTask],
) -> dict[str, Any]:
    import lm_eval
    import torch
    from lm_eval.tasks import TaskManager

    # Only our folder is indexed: scanning lm-eval's thousands of built-in YAMLs costs seconds and none
    # of them can run offline anyway; the standard tasks come as configurations (standard.task_config).
    task_manager = TaskManager(
        include_path=str(SUITES_DIR),
        include_defaults=False,
        metadata={HELDOUT_DIR_KEY: str(heldout_dir.resolve()), MAX_BYTES_KEY: cfg.heldout_max_bytes},
    )
    quiet = _QuietHarness()
    noisy = [logging.getLogger(name) for name in _NOISY_LOGGERS]
    for logger in noisy:
        logger.addFilter(quiet)
    threads = torch.get_num_threads()
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    try:
        results = lm_eval.simple_evaluate(
            model="hf",
            # max_length explicitly: HFLM would otherwise guess it, and the window must be the model's.
            model_args={"pretrained": str(checkpoint), "dtype": cfg.dtype, "max_length": max_length},
            tasks=[*(t.name for t in specs), *(task_config(t) for t in standard)],
            task_manager=task_manager,
            limit=cfg.limit,
            batch_size=cfg.batch_size,
            device=cfg.device,
            bootstrap_iters=BOOTSTRAP_ITERS,
            log_samples=False,
        )
    finally:
        for logger in noisy:
            logger.removeFilter(quiet)
        torch.set_num_threads(threads)
    if quiet.truncated:
        log.info(
            "%d requests were longer than %d tokens and were cut from the left", quiet.truncated, max_length
        )
    if results is None:  # only non-zero ranks of a distributed run get None
        raise EvaluationError("lm-eval returned no results (not the main process?)")
    return results


_NOISY_LOGGERS = ("lm_eval.models.huggingface", "lm_eval.api.task")


class _QuietHarness(logging.Filter):
    """Drops two warnings that say nothing new. HFLM warns for every request it left-truncates (hundreds,
    with long abstracts): counted and reported once instead. lm-eval hints at `--metadata` for every task
    with a `custom_dataset`, which all ours have and which we already pass."""

    def __init__(self) -> None:
        super().__init__()
        self.truncated = 0

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message.startswith("Combined length of context"):
            self.truncated += 1
            return False
        return "Custom kwargs can be passed to `--metadata`" not in message


def summarize(results: dict[str, Any], specs: list[TaskSpec]) -> dict[str, dict[str, Any]]:
    """Per domain: bits-per-byte and perplexities on held-out text, and for each multiple-choice task its
    accuracy with stderr, a Wilson 95% interval, the chance level and the number of items scored."""
    metrics: dict[str, dict[str, Any]] = {}
    for spec in specs:
        row = results["results"].get(spec.name)
        if row is None:
            raise EvaluationError(f"lm-eval returned no results for task {spec.name}")
        n = int(results["n-samples"][spec.name]["effective"])
        domain = metrics.setdefault(spec.suite, {})
        if spec.kind == "bits_per_byte":
            domain.update({m: _number(row, m) for m in _BPB_METRICS})
            domain["heldout_docs"] = n
            continue
        domain[spec.short] = _accuracy(row, n, spec.chance)
    return metrics


def summarize_standard(results: dict[str, Any], tasks: list[StandardTask]) -> dict[str, dict[str, Any]]:
    """lm-eval's own tasks, in the same shape as a suite's multiple-choice tasks."""
    out = {}
    for task in tasks:
        row = results["results"].get(task.name)
        if row is None:
            raise EvaluationError(f"lm-eval returned no results for standard task {task.name}")
        out[task.name] = _accuracy(row, int(results["n-samples"][task.name]["effective"]), task.chance)
    return out


def _accuracy(row: dict[str, Any], n: int, chance: float | None) -> dict[str, Any]:
    task: dict[str, Any] = {"chance": chance, "n": n}
    for m in _MC_METRICS:
        if f"{m},none" not in row:
            continue
        value = _number(row, m)
        low, high = wilson_interval(value, n)
        task.update(
            {
                m: value,
                f"{m}_stderr": _number(row, f"{m}_stderr"),
                f"{m}_ci95_low": low,
                f"{m}_ci95_high": high,
            }
        )
    return task


def _number(row: dict[str, Any], metric: str) -> float | None:
    value = row.get(f"{metric},none")
    return float(value) if isinstance(value, int | float) and math.isfinite(value) else None


def wilson_interval(p: float | None, n: int, z: float = Z95) -> tuple[float | None, float | None]:
    """Wilson score interval for a proportion: unlike p +- z*stderr it stays inside [0, 1] and does not
    collapse to a point at p = 0 or 1, which matters at the few dozen items a quick run scores."""
    if p is None or n <= 0:
        return None, None
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def _to_json(results: dict[str, Any]) -> str:
    from lm_eval.utils import handle_non_serializable

    return json.dumps(results, indent=2, sort_keys=True, default=handle_non_serializable) + "\n"
