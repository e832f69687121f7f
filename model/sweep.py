"""`charter scaling sweep`: IsoFLOP profiles of tiny models trained on the project's own token shards.

For each compute budget C and each model shape, train the model for D = C / (6 N) tokens (N counting every
parameter, as the plan does) with its own warmup + cosine schedule ending at D (Hoffmann et al.: a schedule
longer than the run overstates the loss), then measure the loss on held-out text: the `mix` stage's
`heldout/<domain>.jsonl`, tokenized with the project's tokenizer and never trained on. One extra run, at
about twice the sweep's largest budget, is marked `heldout_run`; `charter scaling fit` excludes it from the
fit and predicts it.

The grid must be informative: an IsoFLOP profile says where the optimum is only if its models fall on both
sides of it (Chinchilla's ~20 tokens per parameter). With a 4096-token vocabulary the smallest model the
shape rules allow (hidden 32, one layer) has ~1.4e5 parameters, almost all of them embeddings, so budgets
below ~1e12 FLOPs give every model fewer than 8 tokens per parameter and the fit cannot tell the data term
from the floor E. The embedded corpus has ~1e6 unique tokens, so the longest runs repeat it a few times:
each run records its epochs and Muennighoff et al.'s effective tokens D', which the fit uses.

Every run trains on the pretrain stage's engine and step (`model.train.build_engine`, `train_step`): the
same model construction, fused loss head, optimizer, schedule, DeepSpeed config, device and precision (the
`pretrain` params: ZeRO stage, precision, activation checkpointing), so a fit describes the trainer that
will train the planned model. Held-out loss is scored through the same loss head (`model.train.validate`).
Under a launcher the runs use every rank (one micro-batch per rank per step).
"""

from __future__ import annotations

import csv
import json
import logging
import math
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from tqdm import tqdm

from core.config import PretrainParams, load_params
from core.errors import ConfigError
from kernels.attention import select_attention_backend
from model.architecture import DEFAULT_RULES, ShapeRules, llama_config, param_count
from model.data import TokenWindows
from model.engine import Runtime, start
from model.scaling import effective_tokens

log = logging.getLogger(__name__)

RUN_FIELDS = (
    "budget",
    "heldout_run",
    "hidden_size",
    "num_hidden_layers",
    "n_params",
    "n_tokens",
    "steps",
    "train_loss",
    "eval_loss",
    "effective_tokens",
    "eval_tokens",
    "epochs_over_windows",
    "seconds",
)


@dataclass(frozen=True)
class SweepConfig:
    """The grid and the training recipe every run of the sweep shares."""

    budgets: tuple[float, ...] = (1e12, 2e12, 4e12)
    """Compute budgets (FLOPs, 6ND) of the IsoFLOP profiles. With the shapes below and the held-out run at
    8e12 the sweep costs 2.9e13 FLOPs, ~27 CPU-minutes at the ~1.8e10 FLOP/s one thread reaches on these
    models; the 4e12 profile is the first whose middle model beats both neighbours, and the smallest model
    passes 20 tokens per parameter. Smaller budgets (2.5e11-1e12) leave every run short of the optimum and
    the fit extrapolates poorly (+8.5% on its held-out run, against -1.4% with these)."""
    shapes: tuple[tuple[int, int], ...] = ((32, 1), (64, 1), (96, 2))
    """(hidden_size, layers) of the models every profile trains; the shape rules fill in the rest. About 2x
    apart in parameters (1.4e5, 3.2e5, 6.1e5 at vocabulary 4096)."""
    heldout_budget: float | None = 8e12
    """Budget of the held-out run (twice the sweep's largest), excluded from the fit; None for no such run."""
    heldout_shape: tuple[int, int] = (32, 1)
    """The smallest shape: at 8e12 FLOPs it sees 64 tokens per parameter, ~9.7 passes over the embedded
    corpus, so the prediction extrapolates in both data and repetition."""
    seq_len: int | None = None
    """Context length; None takes the shards' own."""
    micro_batch_size: int = 8
    lr: float = 3e-3
    warmup_fraction: float = 0.1
    """Warmup steps as a share of each run's steps (runs differ 10x in length)."""
    min_lr_ratio: float = 0.1
    min_steps: int = 20
    """Grid points with fewer optimizer steps are skipped: they measure the warmup, not the model."""
    eval_windows: int = 128
    """Held-out windows of seq_len + 1 tokens scored after each run (spread evenly over the held-out text)."""
    seed: int = 1234
    threads: int = 1
    """torch threads. One: tiny matrices gain little from a second thread, and on a shared machine two
    spinning OpenMP threads lose most of their time waiting for each other."""
    rules: ShapeRules = field(default_factory=lambda: DEFAULT_RULES)

    def __post_init__(self) -> None:
        if not self.budgets or any(b <= 0 for b in self.budgets):
            raise ConfigError(f"sweep budgets must be > 0 FLOPs, got {self.budgets}")
        if self.heldout_budget is not None and self.heldout_budget <= max(self.budgets):
            raise ConfigError(
                f"the held-out run's budget {self.heldout_budget:.3g} must be above the sweep's largest "
                f"({max(self.budgets):.3g}): it tests extrapolation"
            )


def heldout_tokens(heldout_dir: Path, tokenizer_dir: Path) -> np.ndarray:
    """Every held-out document, tokenized and packed as the shards are (each followed by EOS), in file order."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    eos = tokenizer.eos_token_id
    ids: list[int] = []
    files = sorted(Path(heldout_dir).glob("*.jsonl"))
    if not files:
        raise ConfigError(f"{heldout_dir}: no held-out <domain>.jsonl files")
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.extend(tokenizer(json.loads(line)["text"], add_special_tokens=False)["input_ids"])
                if eos is not None:
                    ids.append(eos)
    return np.asarray(ids, dtype=np.int64)


def eval_batches(tokens: np.ndarray, seq_len: int, n_windows: int) -> torch.Tensor:
    """Up to `n_windows` non-overlapping windows of seq_len + 1 tokens, evenly spread over `tokens`."""
    window = seq_len + 1
    available = len(tokens) // window
    if available == 0:
        raise ConfigError(f"held-out text has {len(tokens)} tokens, less than one window of {window}")
    picks = np.unique(np.linspace(0, available - 1, min(n_windows, available)).round().astype(int))
    return torch.from_numpy(np.stack([tokens[i * window : (i + 1) * window] for i in picks]))


def eval_loss(engine: Any, windows: torch.Tensor, batch_size: int = 16) -> float:
    """Mean next-token cross-entropy (nats per token) over the windows, through the engine's loss head."""
    from model.train import validate

    return validate(engine, {"heldout": windows}, batch_size)["heldout"]


def train_one(
    model_config: dict[str, Any],
    n_tokens: float,
    windows: TokenWindows,
    eval_set: torch.Tensor,
    cfg: SweepConfig,
    runtime: Runtime,
    engine_params: PretrainParams,
    progress: str = "",
) -> dict[str, Any]:
    """Train one model for `n_tokens` tokens with its own schedule; return its losses."""
    from model.train import TrainingDiverged, build_engine, train_step

    started = time.perf_counter()
    dist_info = runtime.dist
    tokens_per_step = cfg.micro_batch_size * windows.seq_len * dist_info.world_size
    steps = max(1, round(n_tokens / tokens_per_step))
    recipe = engine_params.model_copy(
        update={
            "lr": cfg.lr,
            "min_lr_ratio": cfg.min_lr_ratio,
            "micro_batch_size": cfg.micro_batch_size,
            "grad_accum_steps": dist_info.world_size,  # one micro-batch per rank per step
            "warmup_steps": max(1, round(cfg.warmup_fraction * steps)),
            "schedule": "cosine",
        }
    )
    engine, _ = build_engine(model_config, recipe, runtime, steps, select_attention_backend().name, cfg.seed)
    batches = windows.micro_batches(cfg.micro_batch_size, dist_info.rank, dist_info.world_size)
    recent: list[float] = []
    bar = tqdm(range(1, steps + 1), desc=progress or "sweep run", leave=False, mininterval=5)
    for step in bar:
        try:
            result = train_step(engine, batches, 1, dist_info, step, engine.get_lr()[0], None)
        except TrainingDiverged as e:
            raise ConfigError(
                f"sweep run {model_config['hidden_size']}x{model_config['num_hidden_layers']} diverged ({e}); "
                "lower the sweep lr"
            ) from e
        recent = (recent + [result.loss])[-10:]
    n_seen = steps * tokens_per_step
    return {
        "steps": steps,
        "n_tokens": n_seen,
        "effective_tokens": effective_tokens(n_seen, len(windows) * windows.seq_len),
        "train_loss": sum(recent) / len(recent),
        "eval_loss": eval_loss(engine, eval_set),
        "eval_tokens": int(eval_set[:, 1:].numel()),
        "epochs_over_windows": steps * cfg.micro_batch_size * dist_info.world_size / len(windows),
        "seconds": time.perf_counter() - started,
    }


def grid(cfg: SweepConfig, vocab_size: int, seq_len: int) -> list[dict[str, Any]]:
    """The planned runs: (budget, shape) pairs with at least `min_steps` steps, then the held-out run."""
    planned = []
    tokens_per_step = cfg.micro_batch_size * seq_len
    points = [(b, s, False) for b in cfg.budgets for s in cfg.shapes]
    if cfg.heldout_budget is not None:
        points.append((cfg.heldout_budget, cfg.heldout_shape, True))
    for budget, (hidden, layers), held in points:
        config = llama_config(hidden, layers, vocab_size, seq_len, cfg.rules)
        n = param_count(config)
        d = budget / (6.0 * n)
        if d / tokens_per_step < cfg.min_steps:
            log.info(
                "sweep: skipping %dx%d at %.3g FLOPs: %.0f steps", hidden, layers, budget, d / tokens_per_step
            )
            continue
        planned.append({"budget": budget, "heldout_run": held, "model_config": config, "n_params": n, "d": d})
    if not planned:
        raise ConfigError("no grid point has min_steps optimizer steps: raise the budgets")
    return planned


def run_sweep(
    shards_dir: Path,
    heldout_dir: Path,
    tokenizer_dir: Path,
    out: Path,
    cfg: SweepConfig,
    engine_params: PretrainParams | None = None,
) -> dict:
    """Train the grid on the pretraining engine (`engine_params`: the `pretrain` params; defaults when None);
    write `runs.json` (config + every run) and `runs.csv` (one row per run) to `out`."""
    torch.set_num_threads(cfg.threads)
    engine_params = engine_params or PretrainParams()
    runtime = start(engine_params)
    meta = json.loads((Path(shards_dir) / "meta.json").read_text())
    seq_len = cfg.seq_len or int(meta["seq_len"])
    windows = TokenWindows(Path(shards_dir), seq_len, cfg.seed)
    eval_set = eval_batches(heldout_tokens(Path(heldout_dir), Path(tokenizer_dir)), seq_len, cfg.eval_windows)
    vocab_size = int(meta["vocab_size"])
    planned = grid(cfg, vocab_size, seq_len)
    log.info(
        "sweep: %d runs, %.3g FLOPs in all (6ND), one epoch = %s tokens",
        len(planned),
        sum(p["budget"] for p in planned),
        f"{len(windows) * seq_len:,}",
    )
    runs = []
    for i, point in enumerate(planned, 1):
        mc = point["model_config"]
        label = (
            f"run {i}/{len(planned)} C={point['budget']:.2g} {mc['hidden_size']}x{mc['num_hidden_layers']}"
        )
        result = train_one(mc, point["d"], windows, eval_set, cfg, runtime, engine_params, label)
        run = {
            "budget": point["budget"],
            "heldout_run": point["heldout_run"],
            "hidden_size": mc["hidden_size"],
            "num_hidden_layers": mc["num_hidden_layers"],
            "n_params": point["n_params"],
            **result,
        }
        log.info(
            "sweep: C=%.3g N=%s D=%s (%.2f epochs) -> eval loss %.4f (%.1f s)%s",
            run["budget"],
            f"{run['n_params']:,}",
            f"{run['n_tokens']:,}",
            run["epochs_over_windows"],
            run["eval_loss"],
            run["seconds"],
            " [held-out run]" if run["heldout_run"] else "",
        )
        runs.append(run)
    result = {
        "config": asdict(cfg),
        "engine": {
            "device": runtime.device.type,
            "precision": runtime.precision,
            "zero_stage": engine_params.zero_stage,
            "activation_checkpointing": engine_params.activation_checkpointing,
            "world_size": runtime.dist.world_size,
        },
        "vocab_size": vocab_size,
        "seq_len": seq_len,
        "unique_tokens": meta.get("n_unique_tokens"),
        "train_windows": len(windows),
        "tokens_per_epoch": len(windows) * seq_len,
        "runs": runs,
    }
    if runtime.dist.rank != 0:
        return result
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "runs.json").write_text(json.dumps(result, indent=2) + "\n")
    with (out / "runs.csv").open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=RUN_FIELDS)
        writer.writeheader()
        for run in runs:
            writer.writerow({k: run[k] for k in RUN_FIELDS})
    return result


def load_runs(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text())
        for run in data["runs"]:
            for key in ("n_params", "n_tokens", "eval_loss", "budget", "heldout_run"):
                run[key]  # noqa: B018 - presence check
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"{path}: not a sweep result ({e!r}); run `charter scaling sweep`") from e
    if not all(math.isfinite(r["eval_loss"]) for r in data["runs"]):
        raise ConfigError(f"{path}: a run has a non-finite loss")
    return data


def sweep_command(
    *,
    params: Path,
    shards: Path,
    heldout: Path,
    tokenizer: Path,
    out: Path,
    budgets: list[float] | None,
    heldout_budget: float | None,
) -> dict[str, Any]:
    """`charter scaling sweep`: the default grid, with the budgets given on the command line; trained on the
    pretraining engine of `params` (device, precision, ZeRO stage)."""
    default = SweepConfig()
    cfg = SweepConfig(
        budgets=tuple(budgets) if budgets else default.budgets,
        heldout_budget=heldout_budget or default.heldout_budget,
    )
    result = run_sweep(shards, heldout, tokenizer, out, cfg, load_params(params).pretrain)
    return {"runs": len(result["runs"]), "out": str(out)}
