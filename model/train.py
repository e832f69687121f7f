"""The `pretrain` stage: a Llama model from the plan, trained with DeepSpeed on the token shards, exported as a
Hugging Face folder.

Outputs in `out/`: `train_log.jsonl`, `val_log.jsonl`, `tensorboard/`, `training.png` (see model.monitor),
`checkpoints/` (resumable, see model.checkpoint), `checkpoint/` (the export) and `summary.json`.

An interrupted run restarted with the same configuration resumes from its newest checkpoint: weights,
optimizer, scheduler, data position and RNG, so the resumed steps are the steps the interrupted run would
have made. Another configuration, or a run that had finished, starts afresh; code changes do not count, so
a fix can be deployed mid-run.
A non-finite or exploding loss, or non-finite gradients (which DeepSpeed's ZeRO optimizers would silently
skip), stops the run before the bad update is applied; the checkpoints written before stay, nothing is
exported.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import torch

from core.config import Params, PretrainParams
from core.errors import CharterError, ConfigError
from kernels import FusedKernels, apply_fused_kernels
from kernels.attention import select_attention_backend
from model.architecture import param_count
from model.checkpoint import (
    barrier,
    completed_checkpoints,
    export_hf,
    gather_state_dict,
    load_training_checkpoint,
    remove_partial_checkpoints,
    save_training_checkpoint,
)
from model.data import DOMAIN_NAMES, MicroBatch, TokenWindows, heldout_windows
from model.engine import (
    DistInfo,
    Runtime,
    accumulation_steps,
    build_optimizer,
    deepspeed_config,
    initialize,
    start,
)
from model.loss import CausalLMLoss
from model.monitor import (
    PLOT,
    TENSORBOARD,
    TRAIN_LOG,
    VAL_LOG,
    StepResult,
    TrainMonitor,
    device_peak,
    flops_per_token,
    plot_training,
    truncate_logs,
)
from model.schedule import build_scheduler

log = logging.getLogger(__name__)

# Settings that change what is trained; a checkpoint written under other values is not resumed.
TRAINING_KEYS = (
    "zero_stage",
    "precision",
    "micro_batch_size",
    "grad_accum_steps",
    "lr",
    "min_lr_ratio",
    "warmup_steps",
    "schedule",
    "decay_fraction",
    "optimizer",
    "weight_decay",
    "adam_betas",
    "grad_clip",
)


class TrainingDiverged(CharterError):
    """The loss exploded or became NaN/infinite, or the gradients did; the run stopped without exporting."""


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


def build_model(
    model_config: dict[str, Any], attn_implementation: str, seed: int, activation_checkpointing: bool = False
) -> torch.nn.Module:
    """The model every training run starts from (pretraining, the sweep): a transformers Llama initialised
    from the seed alone, on the CPU (the engine moves it to its device)."""
    from transformers import LlamaConfig, LlamaForCausalLM

    # attn_implementation is a PreTrainedConfig keyword the LlamaConfig stub does not declare.
    config = LlamaConfig(**model_config, attn_implementation=attn_implementation)  # type: ignore[call-arg]
    torch.manual_seed(seed)  # the initial weights are a function of the seed alone
    model = LlamaForCausalLM(config)
    if activation_checkpointing:
        # Non-reentrant: recomputes each decoder layer in backward, with no constraint on its inputs' grads.
        model.activation_checkpointing_enable(activation_checkpointing_kwargs={"use_reentrant": False})
    return model


def build_engine(
    model_config: dict[str, Any],
    cfg: PretrainParams,
    runtime: Runtime,
    steps: int,
    attention: str,
    seed: int,
) -> tuple[Any, FusedKernels]:
    """The DeepSpeed engine a run trains: the model, its fused kernels, the loss head, the optimizer and the
    schedule, each built in one place, on the runtime's device and precision."""
    lm = build_model(model_config, attention, seed, cfg.activation_checkpointing)
    fused = apply_fused_kernels(lm)
    model = CausalLMLoss(lm, cfg.zero_stage)
    optimizer = build_optimizer(model, cfg)
    scheduler = build_scheduler(optimizer, steps, cfg)
    config = deepspeed_config(cfg, runtime.dist.world_size, runtime.precision)
    return initialize(model, optimizer, scheduler, config), fused


def training_seed(params: Params) -> int:
    """Initial weights and data order: `pretrain.seed` where set, else the pipeline's seed."""
    return params.pretrain.seed if params.pretrain.seed is not None else params.seed


def run_fingerprint(params: Params, plan: dict[str, Any], shards_dir: Path, precision: str) -> dict[str, Any]:
    """What must be equal for a checkpoint to be resumed: the training settings (the precision as resolved on
    this machine), the model and the data."""
    meta = (Path(shards_dir) / "meta.json").read_bytes()
    return {
        "seed": training_seed(params),
        "pretrain": {k: getattr(params.pretrain, k) for k in TRAINING_KEYS} | {"precision": precision},
        "model_config": plan["model_config"],
        "train": {k: plan["train"][k] for k in ("steps", "tokens_per_step", "seq_len")},
        "shards_meta_sha256": hashlib.sha256(meta).hexdigest(),
    }


def _normalise(value: Any) -> Any:
    return json.loads(json.dumps(value))  # tuples become lists, as they are once read back from JSON


def find_resumable(out: Path, fingerprint: dict[str, Any], world_size: int) -> Path | None:
    """The newest checkpoint written under the same configuration, or None. Checkpoints of another
    configuration are deleted (a changed param means a new run); another world size is an error, because
    discarding weeks of progress for it would be worse than asking."""
    found = completed_checkpoints(out)
    if not found:
        return None
    latest = found[-1]
    state = json.loads((latest / "train_state.json").read_text())
    if state["step"] >= fingerprint["train"]["steps"]:
        # A finished run's last checkpoint stays for whoever extends the run by hand; re-running the stage
        # (DVC does when code changed) must train again, not re-export.
        log.info("checkpoints in %s are of a finished run: starting afresh", latest.parent)
        return None
    if state["fingerprint"] != _normalise(fingerprint):
        changed = _differences(_normalise(fingerprint), state["fingerprint"])
        log.warning(
            "checkpoints in %s were written under another configuration (%s differ): starting afresh",
            latest.parent,
            ", ".join(changed),
        )
        return None
    if state["world_size"] != world_size:
        raise ConfigError(
            f"{latest} was written by {state['world_size']} ranks, this run has {world_size}: ZeRO partitions "
            "do not re-shard on load. Run with the same number of ranks, convert it with DeepSpeed's "
            f"universal checkpoint tools, or delete {latest.parent} to start afresh."
        )
    return latest


def _differences(new: dict[str, Any], old: dict[str, Any], prefix: str = "") -> list[str]:
    keys = sorted(set(new) | set(old))
    found = []
    for key in keys:
        a, b = new.get(key), old.get(key)
        if isinstance(a, dict) and isinstance(b, dict):
            found += _differences(a, b, f"{prefix}{key}.")
        elif a != b:
            found.append(f"{prefix}{key}")
    return found


def _prepare_out(out: Path, resume_from: Path | None, resume_step: int) -> None:
    # A run must not leave a previous run's export or summary looking like its own.
    shutil.rmtree(out / "checkpoint", ignore_errors=True)
    (out / "summary.json").unlink(missing_ok=True)
    (out / PLOT).unlink(missing_ok=True)
    remove_partial_checkpoints(out)
    if resume_from is None:
        shutil.rmtree(out / "checkpoints", ignore_errors=True)
        shutil.rmtree(out / TENSORBOARD, ignore_errors=True)
        for name in (TRAIN_LOG, VAL_LOG):
            (out / name).unlink(missing_ok=True)
    else:
        truncate_logs(out, resume_step)


def run_pretrain(
    params: Params,
    plan_path: Path,
    shards_dir: Path,
    tokenizer_dir: Path,
    out: Path,
    heldout_dir: Path | None = None,
) -> dict:
    """Train the planned model on the shards in `shards_dir`, resuming from `out/checkpoints` when it holds a
    checkpoint of the same configuration; validate per domain on `heldout_dir`; return the summary."""
    started = time.perf_counter()
    cfg = params.pretrain
    plan = load_plan(plan_path)
    steps, seq_len = int(plan["train"]["steps"]), int(plan["train"]["seq_len"])
    torch.set_num_threads(cfg.threads)

    attention = select_attention_backend()
    runtime = start(cfg)
    dist_info = runtime.dist
    accum = accumulation_steps(cfg, dist_info.world_size)
    tokens_per_step = cfg.micro_batch_size * accum * dist_info.world_size * seq_len
    if tokens_per_step != plan["train"]["tokens_per_step"]:
        raise ConfigError(
            f"{plan_path} was planned at {plan['train']['tokens_per_step']} tokens per step, this run makes "
            f"{tokens_per_step} (micro_batch_size x grad_accum_steps x seq_len): re-run `charter plan`"
        )
    windows = TokenWindows(Path(shards_dir), seq_len, training_seed(params))
    vocab_size = int(plan["model_config"]["vocab_size"])
    if windows.meta.vocab_size > vocab_size:
        raise ConfigError(
            f"shards use a {windows.meta.vocab_size}-token vocabulary, the planned model has {vocab_size}"
        )
    heldout = (
        heldout_windows(Path(heldout_dir), Path(tokenizer_dir), seq_len, cfg.eval_windows)
        if heldout_dir is not None and cfg.eval_every is not None
        else {}
    )
    if not heldout:
        log.info("no held-out validation (no --heldout folder, or pretrain.eval_every is None)")

    out = Path(out)
    is_main = dist_info.rank == 0
    fingerprint = run_fingerprint(params, plan, Path(shards_dir), runtime.precision)
    resume_from = find_resumable(out, fingerprint, dist_info.world_size) if out.exists() else None
    resume_step = (
        int(json.loads((resume_from / "train_state.json").read_text())["step"]) if resume_from else 0
    )
    barrier(dist_info.world_size)  # every rank has read the checkpoints before rank 0 tidies up
    if is_main:
        out.mkdir(parents=True, exist_ok=True)
        _prepare_out(out, resume_from, resume_step)
    barrier(dist_info.world_size)

    engine, fused = build_engine(
        plan["model_config"], cfg, runtime, steps, attention.name, training_seed(params)
    )
    # ZeRO-3 leaves each rank a shard: ds_numel is the parameter's full size.
    n_params = sum(getattr(p, "ds_numel", p.numel()) for p in engine.module.lm.parameters())
    if n_params != param_count(plan["model_config"]) or n_params != plan["n_params"]:
        raise ConfigError(
            f"{plan_path}: plan says {plan['n_params']:,} parameters, the model has {n_params:,}"
        )

    state: dict[str, Any] = {"step": 0, "first_loss": None}
    if resume_from is not None:
        state = load_training_checkpoint(engine, resume_from, dist_info.rank)
    start_step = int(state["step"])
    peak = device_peak(cfg.peak_flops, runtime.math)
    log.info(
        "training %s parameters for steps %d-%d of %d tokens (ZeRO %d, %s, %d threads, %d ranks)",
        f"{n_params:,}",
        start_step + 1,
        steps,
        tokens_per_step,
        cfg.zero_stage,
        runtime.precision,
        torch.get_num_threads(),
        dist_info.world_size,
    )

    # The data position is a function of the step alone: every step consumes grad_accum_steps global batches.
    batches = windows.micro_batches(
        cfg.micro_batch_size, dist_info.rank, dist_info.world_size, start=start_step * cfg.grad_accum_steps
    )
    loss_value = math.nan
    val_losses: dict[str, float] = {}
    monitor = TrainMonitor(
        out if is_main else None,
        steps,
        start_step,
        cfg.log_every,
        tokens_per_step,
        flops_per_token(plan["model_config"], seq_len),
        peak,
        dist_info.world_size,
    )
    train_started = time.perf_counter()
    last_record: dict[str, Any] | None = None
    try:
        for step in range(start_step + 1, steps + 1):
            lr = engine.get_lr()[0]  # the rate this step's update is made with; the scheduler moves after it
            limit = None if state["first_loss"] is None else cfg.max_loss_ratio * state["first_loss"]
            result = train_step(engine, batches, accum, dist_info, step, lr, limit)
            if state["first_loss"] is None:
                state["first_loss"] = result.loss
            loss_value = result.loss
            last_record = monitor.record(step, result, lr) or last_record
            if heldout and (step % cfg.eval_every == 0 or step == steps):  # type: ignore[operator]
                val_losses = validate(engine, heldout, cfg.micro_batch_size)
                monitor.record_validation(step, val_losses)
            if cfg.checkpoint_every is not None and (step % cfg.checkpoint_every == 0 or step == steps):
                _check_weights_finite(engine, step)
                state["step"] = step
                save_training_checkpoint(
                    engine,
                    out,
                    step,
                    {**state, "world_size": dist_info.world_size, "fingerprint": _normalise(fingerprint)},
                    dist_info.rank,
                    dist_info.world_size,
                    cfg.keep_last,
                )
    except TrainingDiverged as e:
        kept = completed_checkpoints(out)
        where = f"the last good checkpoint is {kept[-1]}" if kept else "no checkpoint was written before it"
        raise TrainingDiverged(
            f"{e}; stopped, nothing exported; {where}. Lower pretrain.lr or raise pretrain.warmup_steps (a "
            "changed setting starts a new run)."
        ) from e
    finally:
        monitor.close()
    train_time = time.perf_counter() - train_started

    state_dict = gather_state_dict(engine)
    trained = steps - start_step
    summary = {
        "steps": steps,
        "resumed_from_step": start_step,
        "planned_steps": plan["train"].get("planned_steps", steps),
        "tokens_seen": steps * tokens_per_step,
        "epochs_over_windows": steps * tokens_per_step / (len(windows) * seq_len),
        "final_loss": loss_value,
        "val_loss_by_domain": val_losses,
        "mean_tokens_per_s": trained * tokens_per_step / train_time if trained else None,
        "mfu": last_record["mfu"] if last_record else None,
        "peak_flops": peak.flops,
        "peak_flops_source": peak.source,
        "flops_per_token": flops_per_token(plan["model_config"], seq_len),
        "train_time_s": train_time,
        "n_params": n_params,
        "attention_backend": attention.name,
        "attention_reason": attention.reason,
        "kernel_backend": fused.backend.name,
        "kernel_backend_reason": fused.backend.reason,
        "fused_ops": list(fused.patched),
        "zero_stage": cfg.zero_stage,
        "optimizer": cfg.optimizer,
        "precision": runtime.precision,
        "matmul_math": runtime.math,
        "device": runtime.device.type,
        "activation_checkpointing": cfg.activation_checkpointing,
        "schedule": cfg.schedule,
        "torch_threads": torch.get_num_threads(),
        "world_size": dist_info.world_size,
    }
    if is_main:
        export_hf(engine.module.lm, Path(tokenizer_dir), out / "checkpoint", state_dict)
        plot_training(out)
        summary["wall_time_s"] = time.perf_counter() - started
        (out / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
    return summary


def train_step(
    engine: Any,
    batches: Iterator[MicroBatch],
    accum: int,
    dist_info: DistInfo,
    step: int,
    lr: float,
    loss_limit: float | None,
) -> StepResult:
    """One optimizer step over `accum` micro-batches; the loss is averaged over micro-batches and ranks.
    A micro-batch loss that is not finite or above `loss_limit` stops the run before the update.

    Everything the step reports is summed on the engine's device: each micro-batch's loss, and the loss and
    token count per domain, go into one float64 tensor there, all-reduced once (NCCL takes device tensors
    only) and copied to the host once, after the last backward and before the update is applied. So the GPU
    never waits for the host inside a step."""
    device = engine.device
    n_domains = len(DOMAIN_NAMES)
    # [loss of each micro-batch | loss sum per domain | label tokens per domain]
    stats = torch.zeros(accum + 2 * n_domains, dtype=torch.float64, device=device)
    domain_loss, domain_tokens = stats[accum : accum + n_domains], stats[accum + n_domains :]
    for micro in range(accum):
        batch = next(batches)
        out = engine(input_ids=batch.inputs.to(device), labels=batch.labels.to(device))
        domains = batch.domains.reshape(-1).to(device)
        stats[micro] = out.loss.detach()
        domain_loss.index_add_(0, domains, out.token_loss.detach().double())
        domain_tokens.index_add_(0, domains, torch.ones_like(domains, dtype=torch.float64))
        engine.backward(out.loss)
        if micro < accum - 1:
            engine.step()  # a no-op before the last micro-batch: DeepSpeed only counts it
    totals = _to_host(_all_reduce_sum(stats, dist_info.world_size))
    micro_losses = [total / dist_info.world_size for total in totals[:accum]]
    for micro, micro_loss in enumerate(micro_losses, 1):
        if not math.isfinite(micro_loss):
            raise TrainingDiverged(
                f"loss is {micro_loss} at step {step} (micro-batch {micro}, lr {lr:.3g}), before its update"
            )
        if loss_limit is not None and micro_loss > loss_limit:
            raise TrainingDiverged(
                f"loss exploded at step {step}: {micro_loss:.4g} (micro-batch {micro}, lr {lr:.3g}), above "
                f"pretrain.max_loss_ratio x the first step's loss = {loss_limit:.4g}, before its update"
            )
    engine.step()  # the update (and the scheduler's step)
    grad_norm = engine.get_global_grad_norm()
    grad_norm = None if grad_norm is None else float(grad_norm)
    if not engine.was_step_applied() or (grad_norm is not None and not math.isfinite(grad_norm)):
        # ZeRO's optimizers skip an update whose gradients are inf/NaN and carry on: with fp32/bf16 (no loss
        # scaling) that is divergence, and left alone the run would stall silently.
        raise TrainingDiverged(
            f"gradients are not finite at step {step} (norm {grad_norm}, lr {lr:.3g}); the update was not applied"
        )
    loss_sums, token_counts = totals[accum : accum + n_domains], totals[accum + n_domains :]
    return StepResult(
        loss=sum(micro_losses) / accum,
        grad_norm=grad_norm,
        domain_loss_sum={d: loss_sums[i] for i, d in enumerate(DOMAIN_NAMES) if token_counts[i]},
        domain_tokens={d: int(token_counts[i]) for i, d in enumerate(DOMAIN_NAMES) if token_counts[i]},
    )


def _to_host(stats: torch.Tensor) -> list[float]:
    """The step's one device-to-host copy."""
    return stats.tolist()


def _check_weights_finite(engine: Any, step: int) -> None:
    """A checkpoint is only written of finite weights, so the newest one is always one to resume from."""
    if engine.zero_optimization_partition_weights():
        return  # ZeRO-3 holds shards only; the next step's loss check catches what this would
    bad = [name for name, p in engine.module.named_parameters() if not torch.isfinite(p).all()]
    if bad:
        raise TrainingDiverged(
            f"weights are not finite after the update of step {step} ({', '.join(bad[:3])})"
        )


@torch.no_grad()
def validate(engine: Any, heldout: dict[str, torch.Tensor], micro_batch_size: int) -> dict[str, float]:
    """Mean loss per label token on each domain's held-out windows (every rank scores all of them)."""
    engine.eval()
    losses = {}
    for domain, windows in heldout.items():
        total, count = torch.zeros((), dtype=torch.float64, device=engine.device), 0
        for chunk in windows.split(micro_batch_size):
            out = engine(input_ids=chunk[:, :-1].to(engine.device), labels=chunk[:, 1:].to(engine.device))
            total += out.token_loss.double().sum()
            count += out.token_loss.numel()
        losses[domain] = float(total) / count  # one host copy per domain
    engine.train()
    return losses


def _all_reduce_sum(value: torch.Tensor, world_size: int) -> torch.Tensor:
    """Summed over ranks, on the device the tensor lives on, so that every rank sees the same numbers and stops
    on the same step."""
    if world_size > 1:
        import torch.distributed as dist

        value = value.clone()
        dist.all_reduce(value)
    return value
