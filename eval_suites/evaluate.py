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
from eval_suites.suites import SUITES_DIR, TaskSpec, suite_tag, tasks_of
from eval_suites.taskdata import HELDOUT_DIR_KEY, MAX_BYTES_KEY, heldout_path

log = logging.getLogger(__name__)

# huggingface_hub and datasets read these once, at import: they must be set before lm_eval is imported.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

RESULTS_FILE = "results.json"
Z95 = 1.959963984540054
# acc's stderr is closed-form and bits-per-byte's aggregations have none in lm-eval, so bootstrapping
# touches none of our metrics; a small count keeps any metric added later from costing minutes.
BOOTSTRAP_ITERS = 1000
_MC_METRICS = ("acc", "acc_norm")
_BPB_METRICS = ("bits_per_byte", "byte_perplexity", "word_perplexity")


class EvaluationError(CharterError):
    """A checkpoint, held-out file or task file the evaluation needs is missing or unusable."""


def run_evaluate(
    params: Params, checkpoint: Path, heldout_dir: Path, out_dir: Path, metrics_path: Path
) -> dict:
    """Evaluates `checkpoint` on every suite in `params.evaluate.suites`; writes the harness results to
    `out_dir/results.json` and per-domain metrics to `metrics_path`, and returns those metrics."""
    cfg = params.evaluate
    specs = tasks_of(cfg.suites)
    _check_inputs(checkpoint, heldout_dir, specs)
    max_length = cfg.max_length or _max_position_embeddings(checkpoint)

    started = time.monotonic()
    results = _harness(cfg, checkpoint, heldout_dir, max_length)
    log.info("evaluated %d tasks in %.1f s", len(specs), time.monotonic() - started)

    metrics = summarize(results, specs)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / RESULTS_FILE).write_text(_to_json(results))
    metrics_path.parent.mkdir(parents=True, exist_ok=True)
    metrics_path.write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    return metrics


def _check_inputs(checkpoint: Path, heldout_dir: Path, specs: list[TaskSpec]) -> None:
    if not (checkpoint / "config.json").is_file():
        raise EvaluationError(f"{checkpoint}: no Hugging Face checkpoint here (config.json missing)")
    if not any((checkpoint / f).is_file() for f in ("tokenizer.json", "tokenizer_config.json")):
        raise EvaluationError(f"{checkpoint}: checkpoint has no tokenizer (tokenizer.json missing)")
    for spec in specs:
        path = SUITES_DIR / spec.data_file if spec.data_file else heldout_path(heldout_dir, spec.suite)
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


def _harness(cfg: EvaluateParams, checkpoint: Path, heldout_dir: Path, max_length: int) -> dict[str, Any]:
    import lm_eval
    import torch
    from lm_eval.tasks import TaskManager

    # Only our folder is indexed: scanning lm-eval's thousands of built-in YAMLs costs seconds and
    # none of them can run offline anyway.
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
            tasks=[suite_tag(s) for s in cfg.suites],
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
        task: dict[str, Any] = {"chance": spec.chance, "n": n}
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
        domain[spec.short] = task
    return metrics


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
