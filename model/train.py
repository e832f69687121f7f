"""The `pretrain` stage: a Llama model from the plan, trained with DeepSpeed on the token shards, exported as a
Hugging Face folder.

Outputs in `out/`: `train_log.jsonl` (every `log_every` steps and the last), `checkpoint/` and `summary.json`.
A non-finite loss, or non-finite gradients (which DeepSpeed's ZeRO optimizers would silently skip), stops
the run before the bad update is applied, and nothing is exported.
"""

from __future__ import annotations

import json
import logging
import math
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import torch
import torch.nn.functional as F
from tqdm import tqdm

from charter.config import Params
from charter.errors import CharterError, ConfigError
from kernels.attention import select_attention_backend
from model.architecture import param_count
from model.checkpoint import export_hf, gather_state_dict
from model.data import TokenWindows
from model.engine import accumulation_steps, build_optimizer, deepspeed_config, init_distributed, initialize
from model.schedule import build_scheduler

log = logging.getLogger(__name__)


class TrainingDiverged(CharterError):
    """The loss or the gradients became NaN or infinite; the run stopped without exporting a checkpoint."""


def load_plan(plan_path: Path) -> dict[str, Any]:
    try:
        plan = json.loads(Path(plan_path).read_text())
        for key in ("model_config", "n_params"):
            plan[key]  # noqa: B018 - presence check
        for key in ("steps", "tokens_per_step", "seq_len"):
            plan["train"][key]  # noqa: B018
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"{plan_path}: not a usable plan ({e!r}); re-run `charter plan`") from e
    return plan


def build_model(model_config: dict[str, Any], attn_implementation: str, seed: int) -> torch.nn.Module:
    from transformers import LlamaConfig, LlamaForCausalLM

    # attn_implementation is a PreTrainedConfig keyword the LlamaConfig stub does not declare.
    config = LlamaConfig(**model_config, attn_implementation=attn_implementation)  # type: ignore[call-arg]
    torch.manual_seed(seed)  # the initial weights are a function of the seed alone
    return LlamaForCausalLM(config)


def _clear_outputs(out: Path) -> None:
    # A run that fails must not leave a previous run's checkpoint or summary looking like its own.
    shutil.rmtree(out / "checkpoint", ignore_errors=True)
    for name in ("summary.json", "train_log.jsonl"):
        (out / name).unlink(missing_ok=True)


def run_pretrain(params: Params, plan_path: Path, shards_dir: Path, tokenizer_dir: Path, out: Path) -> dict:
    """Train the planned model on the shards in `shards_dir` (the tokenize stage's folder); return the summary."""
    started = time.perf_counter()
    cfg = params.pretrain
    plan = load_plan(plan_path)
    steps, seq_len = int(plan["train"]["steps"]), int(plan["train"]["seq_len"])
    torch.set_num_threads(cfg.threads)

    attention = select_attention_backend()
    dist_info = init_distributed()
    accum = accumulation_steps(cfg, dist_info.world_size)
    tokens_per_step = cfg.micro_batch_size * accum * dist_info.world_size * seq_len
    if tokens_per_step != plan["train"]["tokens_per_step"]:
        raise ConfigError(
            f"{plan_path} was planned at {plan['train']['tokens_per_step']} tokens per step, this run makes "
            f"{tokens_per_step} (micro_batch_size x grad_accum_steps x seq_len): re-run `charter plan`"
        )
    windows = TokenWindows(Path(shards_dir), seq_len, params.seed)
    vocab_size = int(plan["model_config"]["vocab_size"])
    if windows.meta.vocab_size > vocab_size:
        raise ConfigError(
            f"shards use a {windows.meta.vocab_size}-token vocabulary, the planned model has {vocab_size}"
        )

    out = Path(out)
    is_main = dist_info.rank == 0
    if is_main:
        out.mkdir(parents=True, exist_ok=True)
        _clear_outputs(out)
    model = build_model(plan["model_config"], attention.name, params.seed)
    n_params = sum(p.numel() for p in model.parameters())
    if n_params != param_count(plan["model_config"]) or n_params != plan["n_params"]:
        raise ConfigError(
            f"{plan_path}: plan says {plan['n_params']:,} parameters, the model has {n_params:,}"
        )
    optimizer = build_optimizer(model, cfg)
    scheduler = build_scheduler(optimizer, steps, cfg.warmup_steps, cfg.min_lr_ratio)
    engine = initialize(model, optimizer, scheduler, deepspeed_config(cfg, dist_info.world_size))
    log.info(
        "training %s parameters for %d steps of %d tokens (ZeRO %d, %s, %d threads)",
        f"{n_params:,}",
        steps,
        tokens_per_step,
        cfg.zero_stage,
        cfg.precision,
        torch.get_num_threads(),
    )

    batches = windows.micro_batches(cfg.micro_batch_size, dist_info.rank, dist_info.world_size)
    train_started = time.perf_counter()
    loss_value = math.nan
    log_path = out / "train_log.jsonl" if is_main else None
    with TrainLog(log_path, steps, cfg.log_every, tokens_per_step) as train_log:
        for step in range(1, steps + 1):
            lr = engine.get_lr()[0]  # the rate this step's update is made with; the scheduler moves after it
            loss_value = _train_step(engine, batches, accum, dist_info.world_size, step, lr)
            train_log.record(step, loss_value, lr)
    train_time = time.perf_counter() - train_started

    state_dict = gather_state_dict(engine, cfg.zero_stage)
    summary = {
        "steps": steps,
        "planned_steps": plan["train"].get("planned_steps", steps),
        "tokens_seen": steps * tokens_per_step,
        "epochs_over_windows": steps * tokens_per_step / (len(windows) * seq_len),
        "final_loss": loss_value,
        "mean_tokens_per_s": steps * tokens_per_step / train_time,
        "train_time_s": train_time,
        "n_params": n_params,
        "attention_backend": attention.name,
        "attention_reason": attention.reason,
        "zero_stage": cfg.zero_stage,
        "precision": cfg.precision,
        "torch_threads": torch.get_num_threads(),
        "world_size": dist_info.world_size,
    }
    if is_main:
        export_hf(engine.module, Path(tokenizer_dir), out / "checkpoint", state_dict)
        summary["wall_time_s"] = time.perf_counter() - started
        (out / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
    return summary


def _train_step(engine: Any, batches: Iterator, accum: int, world_size: int, step: int, lr: float) -> float:
    """One optimizer step over `accum` micro-batches; returns the step's mean loss (over ranks too)."""
    step_loss = 0.0
    for micro in range(1, accum + 1):
        inputs, labels = next(batches)
        logits = engine(input_ids=inputs.to(engine.device), use_cache=False).logits
        # Labels are already shifted (window[1:]); the model's own loss would shift them again.
        loss = F.cross_entropy(
            logits.float().reshape(-1, logits.size(-1)), labels.to(engine.device).reshape(-1)
        )
        micro_loss = _global_mean(loss.detach(), world_size)
        if not math.isfinite(micro_loss):
            raise TrainingDiverged(
                f"loss is {micro_loss} at step {step} (micro-batch {micro}, lr {lr:.3g}); stopped before the "
                "update, no checkpoint exported. Lower pretrain.lr or raise pretrain.warmup_steps."
            )
        step_loss += micro_loss / accum
        engine.backward(loss)
        engine.step()  # DeepSpeed applies the update (and steps the scheduler) on the last micro-batch only
    if not engine.was_step_applied():
        # ZeRO's optimizers skip an update whose gradients are inf/NaN and carry on: with fp32/bf16 (no loss
        # scaling) that is divergence, and left alone the run would stall silently.
        raise TrainingDiverged(
            f"gradients are not finite at step {step} (lr {lr:.3g}): DeepSpeed skipped the update; stopped, "
            "no checkpoint exported. Lower pretrain.lr or raise pretrain.warmup_steps."
        )
    return step_loss


class TrainLog:
    """The progress bar, and `train_log.jsonl` every `log_every` steps and at the last (rank 0 only)."""

    def __init__(self, path: Path | None, steps: int, log_every: int, tokens_per_step: int):
        self.path, self.steps, self.log_every, self.tokens_per_step = path, steps, log_every, tokens_per_step
        self.started = self.logged_time = self.step_time = time.perf_counter()
        self.logged_tokens = 0
        self.file: IO[str] | None = None
        self.bar = tqdm(total=steps, disable=path is None, desc="pretrain", unit="step", dynamic_ncols=True)

    def __enter__(self) -> TrainLog:
        self.file = self.path.open("w") if self.path else None
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.close()
        if self.file:
            self.file.close()

    def record(self, step: int, loss: float, lr: float) -> None:
        now, tokens = time.perf_counter(), step * self.tokens_per_step
        self.bar.update(1)
        self.bar.set_postfix(loss=f"{loss:.3f}", tok_s=f"{self.tokens_per_step / (now - self.step_time):.0f}")
        self.step_time = now
        if self.file and (step % self.log_every == 0 or step == self.steps):
            record = {
                "step": step,
                "loss": loss,
                "lr": lr,
                "tokens": tokens,
                "tokens_per_s": (tokens - self.logged_tokens)
                / (now - self.logged_time),  # since the last record
                "elapsed": now - self.started,
            }
            self.file.write(json.dumps(record) + "\n")
            self.file.flush()
            self.logged_time, self.logged_tokens = now, tokens


def _global_mean(value: torch.Tensor, world_size: int) -> float:
    """The loss averaged over ranks, so that every rank sees the same value and stops on the same step."""
    if world_size > 1:
        import torch.distributed as dist

        value = value.clone()
        dist.all_reduce(value)
        value /= world_size
    return float(value)
