"""The evaluate stage: lm-evaluation-harness on each domain's suite, offline, and a flat metrics file.

Every suite is a tag of multiple-choice tasks over items shipped in this folder, plus bits per byte over the
pipeline's held-out text of that domain. The multiple-choice tasks run through lm-eval on a stratified,
seeded subset of their items (`scoring.scored_subset`); every scored item's per-choice log-likelihoods come
back (lm-eval's logged samples) and become accuracy beside chance, the majority-class rate, the prediction
histogram, balanced accuracy with its interval and the model-free baselines. Held-out text is scored by
`heldout.py`, lm-eval's rolling log-likelihood kept per token, so placeholders can be left out.

With `chat_template`, prompts go through the checkpoint's chat template (lm-eval's `apply_chat_template`), as
an instruction-tuned model is used; with `sft_data`, each task says whether that model was trained on
conversations from the same dataset (in-distribution) or not (zero-shot).
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

from core.config import EvaluateParams, Params, load_params
from core.errors import CharterError
from eval_suites.baselines import baselines
from eval_suites.heldout import DocumentScore, score_documents, summarize_domain
from eval_suites.scoring import (
    class_names,
    items_from_samples,
    scored_subset,
    variant_metrics,
)
from eval_suites.standard import StandardTask, standard_tasks, task_config
from eval_suites.suites import BUILD_UNSHIPPED, SUITES_DIR, TaskSpec, tasks_of
from eval_suites.taskdata import heldout_path, read_heldout, read_jsonl, within_budget
from governance.licenses import LicensePolicy

log = logging.getLogger(__name__)

# huggingface_hub and datasets read these once, at import: they must be set before lm_eval is imported.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

RESULTS_FILE = "results.json"
GATE_FILE = "license_gate.json"
ITEMS_FILE = "items.jsonl"
"""One line per scored item: task, item id, gold and each variant's prediction, the per-choice
log-likelihoods. Ids and numbers only, never item text."""
HELDOUT_FILE = "heldout_documents.json"
"""Per held-out document: source, bits and bytes (all and with placeholders left out). What the experiment
bootstraps over; ids and counts only, never document text."""
STANDARD_KEY = "standard"
IN_DISTRIBUTION, ZERO_SHOT = "in-distribution", "zero-shot"
# acc's interval is closed-form (Wilson) and every other interval is bootstrapped here, per item or per
# document: lm-eval's own bootstrap would only repeat work.
BOOTSTRAP_ITERS = 0


class EvaluationError(CharterError):
    """A checkpoint, held-out file or task file the evaluation needs is missing or unusable."""


def run_evaluate(
    params: Params,
    checkpoint: Path,
    heldout_dir: Path,
    out_dir: Path,
    metrics_path: Path,
    plot_path: Path | None = None,
    *,
    chat_template: bool = False,
    sft_data: Path | None = None,
) -> dict:
    """Evaluates `checkpoint` on every suite in `params.evaluate.suites`; writes the harness results to
    `out_dir/results.json` (without logged samples), the scored items and held-out documents beside it,
    per-domain metrics to `metrics_path` and, with `plot_path`, bits-per-byte per domain as DVC plot data
    (what `dvc plots diff` draws across experiments); returns the metrics."""
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
    if chat_template and not _has_chat_template(checkpoint):
        raise EvaluationError(
            f"{checkpoint}: --chat-template asked for, but the tokenizer has no chat template"
        )
    trained_on = sft_datasets(sft_data) if sft_data is not None else None
    max_length = cfg.max_length or _max_position_embeddings(checkpoint)

    mc = [t for t in specs if t.kind == "multiple_choice"]
    rows = {t.name: read_jsonl(t.data_path) for t in mc if t.data_path is not None}
    rows |= {t.name: [t.as_item(r) for r in read_jsonl(t.data_path)] for t in standard}
    subsets = {
        name: scored_subset([int(r["gold"]) for r in items], cfg.limit, cfg.seed, name)
        for name, items in rows.items()
    }

    started = time.monotonic()
    lm = _load_model(cfg, checkpoint, max_length)
    results = _harness(cfg, lm, [t.name for t in mc], standard, subsets, chat_template)
    heldout = _score_heldout(cfg, lm, heldout_dir, [t.suite for t in specs if t.kind == "bits_per_byte"])
    log.info("evaluated %d tasks in %.1f s", len(specs) + len(standard), time.monotonic() - started)

    samples = results.pop("samples", {})
    metrics: dict[str, Any] = {}
    item_rows: list[dict[str, Any]] = []
    for spec in mc:
        task = _task_metrics(spec, results, samples, rows[spec.name], cfg.seed, lm, item_rows)
        if trained_on is not None:
            task["exposure"] = IN_DISTRIBUTION if spec.dataset in trained_on else ZERO_SHOT
        metrics.setdefault(spec.suite, {})[spec.short] = task
    for domain, scores in heldout.items():
        metrics.setdefault(domain, {}).update(summarize_domain(scores, cfg.seed))
    if standard:
        metrics[STANDARD_KEY] = {}
        for std in standard:
            summary = _task_metrics(std, results, samples, rows[std.name], cfg.seed, lm, item_rows)
            if trained_on is not None:
                summary["exposure"] = IN_DISTRIBUTION if std.dataset in trained_on else ZERO_SHOT
            metrics[STANDARD_KEY][std.name] = summary

    out_dir.mkdir(parents=True, exist_ok=True)
    results["charter"] = {
        "chat_template": chat_template,
        "max_length": max_length,
        "scored_items": {name: len(idx) for name, idx in subsets.items()},
        "sft_datasets": sorted(trained_on) if trained_on is not None else None,
        # What the model read: the first scored item's prompt per task (public evaluation items only).
        "prompts": {
            name: str(min(logged, key=lambda x: int(x["doc_id"]))["arguments"][0][0])
            for name, logged in samples.items()
            if logged
        },
    }
    (out_dir / RESULTS_FILE).write_text(_to_json(results))
    (out_dir / ITEMS_FILE).write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in item_rows))
    (out_dir / HELDOUT_FILE).write_text(
        json.dumps([s.as_dict() for scores in heldout.values() for s in scores], indent=1) + "\n"
    )
    gate_report = {"policy": policy.name, "use": cfg.use, "tasks": gate, "not_evaluated": absent}
    (out_dir / GATE_FILE).write_text(json.dumps(gate_report, indent=2, sort_keys=True) + "\n")
    metrics_path.parent.mkdir(parents=True, exist_ok=True)
    metrics_path.write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    if plot_path is not None:
        plot_path.parent.mkdir(parents=True, exist_ok=True)
        plot_path.write_text(json.dumps(bpb_plot_rows(metrics), indent=2) + "\n")
    return metrics


def sft_datasets(path: Path) -> set[str]:
    """Upstream datasets of the conversations an instruction-tuned model was trained on (their `origin`)."""
    if not path.is_file():
        raise EvaluationError(f"{path}: instruction training data not found (the sft_data stage writes it)")
    return {
        str(row["origin"]["dataset"])
        for row in read_jsonl(path)
        if isinstance(row.get("origin"), dict) and row["origin"].get("dataset")
    }


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


def _has_chat_template(checkpoint: Path) -> bool:
    config = checkpoint / "tokenizer_config.json"
    return (checkpoint / "chat_template.jinja").is_file() or (
        config.is_file() and bool(json.loads(config.read_text()).get("chat_template"))
    )


def _max_position_embeddings(checkpoint: Path) -> int:
    config = json.loads((checkpoint / "config.json").read_text())
    if not isinstance(config.get("max_position_embeddings"), int):
        raise EvaluationError(
            f"{checkpoint / 'config.json'}: no max_position_embeddings; set evaluate.max_length in params"
        )
    return config["max_position_embeddings"]


def _load_model(cfg: EvaluateParams, checkpoint: Path, max_length: int) -> Any:
    """lm-eval's HF model, loaded once for the harness and the held-out scorer."""
    from lm_eval.models.huggingface import HFLM

    # max_length explicitly: HFLM would otherwise guess it, and the window must be the model's.
    return HFLM(
        pretrained=str(checkpoint),
        dtype=cfg.dtype,
        max_length=max_length,
        batch_size=cfg.batch_size,
        device=cfg.device,
    )


class _Threads:
    """torch's thread count for the duration of a block (evaluate.threads), restored after."""

    def __init__(self, threads: int | None):
        self.threads, self.saved = threads, 0

    def __enter__(self) -> None:
        import torch

        self.saved = torch.get_num_threads()
        if self.threads:
            torch.set_num_threads(self.threads)

    def __exit__(self, *exc: object) -> None:
        import torch

        torch.set_num_threads(self.saved)


def _harness(
    cfg: EvaluateParams,
    lm: Any,
    task_names: list[str],
    standard: list[StandardTask],
    subsets: dict[str, list[int]],
    chat_template: bool,
) -> dict[str, Any]:
    import lm_eval
    from lm_eval.tasks import TaskManager

    # Only our folder is indexed: scanning lm-eval's thousands of built-in YAMLs costs seconds and none
    # of them can run offline anyway; the standard tasks come as configurations (standard.task_config).
    task_manager = TaskManager(include_path=str(SUITES_DIR), include_defaults=False)
    quiet = _QuietHarness()
    noisy = [logging.getLogger(name) for name in _NOISY_LOGGERS]
    for logger in noisy:
        logger.addFilter(quiet)
    try:
        with _Threads(cfg.threads):
            results = lm_eval.simple_evaluate(
                model=lm,
                tasks=[*task_names, *(task_config(t) for t in standard)],
                task_manager=task_manager,
                samples=subsets,
                device=cfg.device,
                bootstrap_iters=BOOTSTRAP_ITERS,
                log_samples=True,
                apply_chat_template=chat_template,
            )
    finally:
        for logger in noisy:
            logger.removeFilter(quiet)
    if quiet.truncated:
        log.info(
            "%d requests were longer than %d tokens and were cut from the left",
            quiet.truncated,
            lm.max_length,
        )
    if results is None:  # only non-zero ranks of a distributed run get None
        raise EvaluationError("lm-eval returned no results (not the main process?)")
    return results


def _score_heldout(
    cfg: EvaluateParams, lm: Any, heldout_dir: Path, domains: list[str]
) -> dict[str, list[DocumentScore]]:
    scored = {}
    with _Threads(cfg.threads):
        for domain in domains:
            docs = read_heldout(heldout_path(heldout_dir, domain))
            if cfg.heldout_max_bytes:
                docs = within_budget(docs, cfg.heldout_max_bytes, cfg.seed)
            scored[domain] = score_documents(lm, docs, domain, cfg.batch_size)
    return scored


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


def _choices(task: TaskSpec | StandardTask, item: dict[str, Any]) -> list[str]:
    return list(task.labels) if task.labels else list(item["choices"])


def _task_metrics(
    task: TaskSpec | StandardTask,
    results: dict[str, Any],
    samples: dict[str, list[dict[str, Any]]],
    rows: list[dict[str, Any]],
    seed: int,
    lm: Any,
    item_rows: list[dict[str, Any]],
) -> dict[str, Any]:
    """One multiple-choice task's figures, from lm-eval's logged samples of the items it scored."""
    if task.name not in results["results"] or task.name not in samples:
        raise EvaluationError(f"lm-eval returned no results for task {task.name}")
    logged = sorted(samples[task.name], key=lambda s: int(s["doc_id"]))
    scored = [rows[int(s["doc_id"])] for s in logged]
    items = items_from_samples(logged, [_choices(task, r) for r in scored])
    n_choices = task.n_choices or 0
    names = class_names(task.labels, n_choices)
    golds = [item.gold for item in items]
    if golds != [int(r["gold"]) for r in scored]:
        raise EvaluationError(f"{task.name}: lm-eval's targets differ from the items' gold answers")
    summary: dict[str, Any] = {
        "n": len(items),
        "chance": task.chance,
        "scoring": task.primary,
        "majority_rate": max(Counter(golds).values()) / len(golds) if golds else None,
        "gold": {names[c]: golds.count(c) for c in range(n_choices)},
        "truncated_prompts": sum(_too_long(lm, s["arguments"]) for s in logged),
    }
    row = results["results"][task.name]
    for variant in task.variants:
        figures = variant_metrics(items, variant, n_choices, names, seed)
        if figures is None:
            raise EvaluationError(f"{task.name}: lm-eval returned no scores for {variant}")
        harness = row.get(f"{variant},none")
        if isinstance(harness, int | float) and not math.isclose(harness, figures[variant], abs_tol=1e-9):
            raise EvaluationError(
                f"{task.name}: {variant} from the logged samples ({figures[variant]:.4f}) differs from "
                f"lm-eval's ({harness:.4f})"
            )
        summary.update(figures)
    summary.update({f"baseline_{k}": v for k, v in baselines(scored, task.labels, n_choices, seed).items()})
    for sample, item, r in zip(logged, items, scored, strict=True):
        item_rows.append(
            {
                "task": task.name,
                "id": str(r.get("id", r.get("idx", sample["doc_id"]))),
                "gold": item.gold,
                "lls": [round(x, 5) for x in item.lls],
                **{v: item.prediction(v) for v in task.variants},
            }
        )
    return summary


def _too_long(lm: Any, arguments: list[Any]) -> bool:
    """Whether any of an item's requests (prompt + choice) is longer than the window lm-eval cuts to."""
    return any(
        len(lm.tok_encode(context)) + len(lm.tok_encode(continuation)) > lm.max_length
        for context, continuation in (a[:2] for a in arguments)
    )


def _to_json(results: dict[str, Any]) -> str:
    from lm_eval.utils import handle_non_serializable

    return json.dumps(results, indent=2, sort_keys=True, default=handle_non_serializable) + "\n"


def evaluate_command(
    *,
    params: Path,
    checkpoint: Path,
    heldout: Path,
    out: Path,
    metrics: Path,
    plot: Path | None,
    chat_template: bool,
    sft_data: Path | None,
) -> dict[str, dict[str, Any]]:
    """`charter evaluate` (the evaluate and evaluate_sft stages). The full figures go to the metrics file;
    the terminal gets the headline of each task and domain."""
    result = run_evaluate(
        load_params(params),
        checkpoint,
        heldout,
        out,
        metrics,
        plot,
        chat_template=chat_template,
        sft_data=sft_data,
    )
    return {
        domain: {
            k: (v.get(v.get("scoring", "acc")) if isinstance(v, dict) and "scoring" in v else v)
            for k, v in m.items()
            if k in ("bits_per_byte", "heldout_docs") or (isinstance(v, dict) and "scoring" in v)
        }
        for domain, m in result.items()
    }
