"""The `pretrain` stage: a Llama model from the plan, trained with DeepSpeed on the token shards, exported as a
Hugging Face folder.

Outputs in `out/`: `train_log.jsonl`, `val_log.jsonl`, `tensorboard/`, `training.png` (see model.monitor),
`checkpoints/` (resumable, see model.checkpoint), `checkpoint/` (the export) and `summary.json`.

With `pretrain.base_model` the model is that registered base (model.base), continued with a re-warmed and
re-decayed learning rate (model.schedule.rewarmed); everything else is the same loop.

An interrupted run restarted with the same configuration resumes from its newest checkpoint: weights,
optimizer, scheduler, data position and RNG, so the resumed steps are the steps the interrupted run would
have made. Another configuration, or a run that had finished, starts afresh; code changes do not count, so
a fix can be deployed mid-run.
A non-finite or exploding loss, or non-finite gradients (which DeepSpeed's ZeRO optimizers would silently
skip), stops the run before the bad update is applied; the checkpoints written before stay, nothing is
exported.

Options that change the objective: `pretrain.mtp_depth` adds multi-token prediction modules (model.mtp), logged
as `mtp_loss` (training) and `mtp_loss_by_domain` (validation) and exported beside the model as
`checkpoint/mtp.safetensors` + `mtp.json`; `pretrain.distill_teacher` distils from a registered model
(model.distill), logged as `distill_kl`. The logged `loss` is always the main head's next-token cross-entropy,
comparable across options.
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

from core.config import Params, PretrainParams, load_params
from core.errors import CharterError, ConfigError
from core.schemas.plan import Plan, read_plan
from kernels import FusedKernels, apply_fused_kernels, kernel_backend
from kernels.attention import select_attention_backend
from model.architecture import param_count
from model.base import BaseCheckpoint, base_sha256, load_base_model, resolve_base
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
from model.distill import TeacherEntry, check_outside, check_same_tokenizer, load_teacher, resolve_teacher
from model.engine import (
    DistInfo,
    Runtime,
    accumulation_steps,
    build_optimizer,
    deepspeed_config,
    initialize,
    start,
)
from model.loss import CausalLMLoss, Distillation
from model.monitor import (
    PLOT,
    TENSORBOARD,
    TRAIN_LOG,
    VAL_LOG,
    StepResult,
    TrainMonitor,
    device_peak,
    flops_per_token,
    group_aux,
    last_aux,
    plot_training,
    truncate_logs,
)
from model.mtp import build_mtp, save_mtp
from model.schedule import build_scheduler, rewarmed

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
# Settings of the options, part of the fingerprint only when the option is on, so that a run started before
# they existed still resumes.
MTP_KEYS = ("mtp_depth", "mtp_weight")
DISTILL_KEYS = ("distill_teacher", "distill_alpha", "distill_temperature", "distill_top_k")


class TrainingDiverged(CharterError):
    """The loss exploded or became NaN/infinite, or the gradients did; the run stopped without exporting."""


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
    base: tuple[BaseCheckpoint, Path] | None = None,
    *,
    mtp_depth: int = 0,
    teacher: torch.nn.Module | None = None,
) -> tuple[Any, FusedKernels]:
    """The DeepSpeed engine a run trains: the model, its fused kernels, the loss head, the optimizer and the
    schedule, each built in one place, on the runtime's device and precision. With `base` (the checkpoint and
    the tokenizer folder) the model is that base, its embeddings grown for the tokenizer. `mtp_depth` adds
    that many MTP modules (weighted by cfg.mtp_weight); `teacher`, a loaded model, makes the loss a
    distillation one."""
    if base is None:
        lm, model_type = build_model(model_config, attention, seed, cfg.activation_checkpointing), "llama"
    else:
        torch.manual_seed(seed)
        lm = load_base_model(base[0], base[1], attention, cfg.activation_checkpointing)
        model_type = base[0].model_type
    if model_type == "llama":
        fused = apply_fused_kernels(lm)
    else:
        # The fused kernels are wired for Llama's modules; other families run transformers' own (the loss
        # head is fused either way).
        fused = FusedKernels(kernel_backend(), ())
        log.info("fused kernels: none for model_type %r, transformers' own modules run", model_type)
    mtp = build_mtp(lm, mtp_depth, cfg.activation_checkpointing) if mtp_depth else None
    distillation = (
        Distillation(teacher, cfg.distill_alpha, cfg.distill_temperature, cfg.distill_top_k)
        if teacher is not None
        else None
    )
    model = CausalLMLoss(lm, cfg.zero_stage, mtp, cfg.mtp_weight, distillation)
    optimizer = build_optimizer(model, cfg)
    scheduler = build_scheduler(optimizer, steps, cfg)
    config = deepspeed_config(cfg, runtime.dist.world_size, runtime.precision)
    return initialize(model, optimizer, scheduler, config), fused


def training_seed(params: Params) -> int:
    """Initial weights and data order: `pretrain.seed` where set, else the pipeline's seed."""
    return params.pretrain.seed if params.pretrain.seed is not None else params.seed


def run_fingerprint(
    params: Params,
    plan: Plan,
    shards_dir: Path,
    precision: str,
    cfg: PretrainParams | None = None,
    teacher: TeacherEntry | None = None,
) -> dict[str, Any]:
    """What must be equal for a checkpoint to be resumed: the training settings (`cfg` as the run resolved
    them, default `params.pretrain`; the precision as resolved on this machine), the model, the base it
    continues from if any, the data and the teacher, if any."""
    cfg = cfg or params.pretrain
    meta = (Path(shards_dir) / "meta.json").read_bytes()
    base = {"base_model_sha256": plan.base_model["sha256"]} if plan.base_model else {}
    keys = TRAINING_KEYS + (MTP_KEYS if cfg.mtp_depth else ()) + (DISTILL_KEYS if cfg.distill_teacher else ())
    fingerprint = {
        **base,
        "seed": training_seed(params),
        "pretrain": {k: getattr(cfg, k) for k in keys} | {"precision": precision},
        "model_config": plan.model_config,
        "train": {k: getattr(plan.train, k) for k in ("steps", "tokens_per_step", "seq_len")},
        "shards_meta_sha256": hashlib.sha256(meta).hexdigest(),
    }
    if teacher is not None:
        fingerprint["teacher"] = teacher.fingerprint()
    return fingerprint


def continued_from(
    params: Params, plan: Plan, plan_path: Path, sources_file: Path | None
) -> BaseCheckpoint | None:
    """The base `pretrain.base_model` names, checked against the one the plan was made for; None from scratch."""
    if not params.pretrain.base_model:
        if plan.base_model:
            raise ConfigError(
                f"{plan_path} plans continued pretraining of '{plan.base_model['id']}' but "
                "pretrain.base_model is empty: re-run `charter plan`"
            )
        return None
    if sources_file is None:
        raise ConfigError("pretrain.base_model is set: pretrain needs the source registry (--sources)")
    base = resolve_base(params, sources_file)
    assert base is not None
    planned = plan.base_model or {}
    if planned.get("id") != base.id or planned.get("sha256") != base_sha256(base):
        raise ConfigError(
            f"{plan_path} was planned for {planned.get('id') or 'training from scratch'}"
            f"{' at other weights' if planned.get('id') == base.id else ''}, not base model '{base.id}' as "
            f"registered now: re-run `charter plan`"
        )
    return base


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
    sources_file: Path | None = None,
) -> dict:
    """Train the planned model on the shards in `shards_dir`, resuming from `out/checkpoints` when it holds a
    checkpoint of the same configuration; validate per domain on `heldout_dir`; return the summary. With
    `pretrain.base_model` the model is that base, continued; with pretrain.distill_teacher it learns from
    that teacher. Both are registered under `models:` in `sources_file`."""
    started = time.perf_counter()
    cfg = params.pretrain
    plan = read_plan(plan_path)
    steps, seq_len = plan.train.steps, plan.train.seq_len
    base = continued_from(params, plan, plan_path, sources_file)
    if base is not None and Path(out).resolve() in (base.folder.resolve(), *base.folder.resolve().parents):
        raise ConfigError(
            f"base model '{base.id}' is read from {base.folder}, inside {out}, which this run replaces: register "
            "a copy of it elsewhere"
        )
    if base is not None:
        cfg = rewarmed(cfg, base.id, base.decision.entry.pretrain_lr, steps)
        log.info("continuing %s: lr re-warmed over %d steps to %.3g", base.id, cfg.warmup_steps, cfg.lr)
    if cfg.mtp_depth and base is not None and base.model_type != "llama":
        # The MTP modules are Llama decoder blocks reading the main model's final norm and embeddings.
        raise ConfigError(
            f"pretrain.mtp_depth={cfg.mtp_depth} needs a Llama-family model; base model '{base.id}' is "
            f"{base.model_type!r}: set pretrain.mtp_depth to 0"
        )
    if cfg.mtp_depth >= seq_len:
        raise ConfigError(
            f"pretrain.mtp_depth={cfg.mtp_depth} leaves no position to score in windows of {seq_len} tokens"
        )
    # A teacher the registry or the policy refuses, or of another tokenizer, stops the run before it starts.
    teacher_entry = None
    if cfg.distill_teacher is not None:
        teacher_entry = resolve_teacher(params, sources_file)
        check_outside(teacher_entry, Path(out))
        check_same_tokenizer(teacher_entry, Path(tokenizer_dir))
    torch.set_num_threads(cfg.threads)

    attention = select_attention_backend()
    runtime = start(cfg)
    dist_info = runtime.dist
    accum = accumulation_steps(cfg, dist_info.world_size)
    tokens_per_step = cfg.micro_batch_size * accum * dist_info.world_size * seq_len
    if tokens_per_step != plan.train.tokens_per_step:
        raise ConfigError(
            f"{plan_path} was planned at {plan.train.tokens_per_step} tokens per step, this run makes "
            f"{tokens_per_step} (micro_batch_size x grad_accum_steps x seq_len): re-run `charter plan`"
        )
    windows = TokenWindows(Path(shards_dir), seq_len, training_seed(params))
    vocab_size = int(plan.model_config["vocab_size"])
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
    fingerprint = run_fingerprint(params, plan, Path(shards_dir), runtime.precision, cfg, teacher_entry)
    resume_from = find_resumable(out, fingerprint, dist_info.world_size) if out.exists() else None
    resume_step = (
        int(json.loads((resume_from / "train_state.json").read_text())["step"]) if resume_from else 0
    )
    barrier(dist_info.world_size)  # every rank has read the checkpoints before rank 0 tidies up
    if is_main:
        out.mkdir(parents=True, exist_ok=True)
        _prepare_out(out, resume_from, resume_step)
    barrier(dist_info.world_size)

    teacher = (
        load_teacher(teacher_entry, vocab_size, runtime.device, attention.name) if teacher_entry else None
    )
    engine, fused = build_engine(
        plan.model_config,
        cfg,
        runtime,
        steps,
        attention.name,
        training_seed(params),
        None if base is None else (base, Path(tokenizer_dir)),
        mtp_depth=cfg.mtp_depth,
        teacher=teacher,
    )
    # ZeRO-3 leaves each rank a shard: ds_numel is the parameter's full size.
    n_params = sum(getattr(p, "ds_numel", p.numel()) for p in engine.module.lm.parameters())
    counted = plan.n_params if base is not None else param_count(plan.model_config)
    if n_params != counted or n_params != plan.n_params:
        raise ConfigError(f"{plan_path}: plan says {plan.n_params:,} parameters, the model has {n_params:,}")

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
    val_aux: dict[str, dict[str, float]] = {}
    monitor = TrainMonitor(
        out if is_main else None,
        steps,
        start_step,
        cfg.log_every,
        tokens_per_step,
        flops_per_token(plan.model_config, seq_len, n_params),
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
                val_losses, val_aux = validate_heads(engine, heldout, cfg.micro_batch_size)
                monitor.record_validation(step, val_losses, val_aux)
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
    mtp_state_dict = gather_state_dict(engine, "mtp.") if cfg.mtp_depth else None
    trained = steps - start_step
    summary = {
        "steps": steps,
        "resumed_from_step": start_step,
        "planned_steps": plan.train.planned_steps,
        "tokens_seen": steps * tokens_per_step,
        "epochs_over_windows": steps * tokens_per_step / (len(windows) * seq_len),
        "final_loss": loss_value,
        "val_loss_by_domain": val_losses,
        "mean_tokens_per_s": trained * tokens_per_step / train_time if trained else None,
        "mfu": last_record["mfu"] if last_record else None,
        "peak_flops": peak.flops,
        "peak_flops_source": peak.source,
        "flops_per_token": flops_per_token(plan.model_config, seq_len, n_params),
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
    if base is not None:
        summary["base_model"] = plan.base_model
        summary["rewarm"] = {
            "peak_lr": cfg.lr,
            "warmup_steps": cfg.warmup_steps,
            "min_lr_ratio": cfg.min_lr_ratio,
        }
    extras = None
    if cfg.mtp_depth:
        summary["mtp"] = {
            "depth": cfg.mtp_depth,
            "weight": cfg.mtp_weight,
            "final_loss": last_aux(last_record, "mtp_loss"),
            "val_loss_by_domain": group_aux(val_aux).get("mtp_loss", {}),
        }

        def extras(staging: Path) -> None:
            save_mtp(engine.module.mtp, staging, cfg.mtp_weight, mtp_state_dict)

    if teacher_entry is not None:
        summary["distillation"] = {
            "teacher": teacher_entry.describe(),
            "alpha": cfg.distill_alpha,
            "temperature": cfg.distill_temperature,
            "top_k": cfg.distill_top_k,
            "final_kl": last_aux(last_record, "distill_kl"),
        }
    if is_main:
        export_hf(engine.module.lm, Path(tokenizer_dir), out / "checkpoint", state_dict, extras)
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
    aux_names: tuple[str, ...] = ()
    aux_sums: torch.Tensor | None = None  # the other terms of the objective (MTP, distillation), summed
    for micro in range(accum):
        batch = next(batches)
        out = engine(input_ids=batch.inputs.to(device), labels=batch.labels.to(device))
        domains = batch.domains.reshape(-1).to(device)
        stats[micro] = out.lm_loss
        if out.aux:
            aux_names = tuple(out.aux)
            values = torch.stack([value.double() for value in out.aux.values()])
            aux_sums = values if aux_sums is None else aux_sums + values
        domain_loss.index_add_(0, domains, out.token_loss.detach().double())
        domain_tokens.index_add_(0, domains, torch.ones_like(domains, dtype=torch.float64))
        engine.backward(out.loss)
        if micro < accum - 1:
            engine.step()  # a no-op before the last micro-batch: DeepSpeed only counts it
    if aux_sums is not None:
        stats = torch.cat([stats, aux_sums])
    totals = _to_host(_all_reduce_sum(stats, dist_info.world_size))
    micro_losses = [total / dist_info.world_size for total in totals[:accum]]
    aux = {
        name: totals[accum + 2 * n_domains + i] / (accum * dist_info.world_size)
        for i, name in enumerate(aux_names)
    }
    for name, value in aux.items():
        if not math.isfinite(value):
            raise TrainingDiverged(f"{name} is {value} at step {step} (lr {lr:.3g}), before its update")
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
        aux=aux,
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


def validate(engine: Any, heldout: dict[str, torch.Tensor], micro_batch_size: int) -> dict[str, float]:
    """Mean loss per label token on each domain's held-out windows (every rank scores all of them)."""
    return validate_heads(engine, heldout, micro_batch_size)[0]


@torch.no_grad()
def validate_heads(
    engine: Any, heldout: dict[str, torch.Tensor], micro_batch_size: int
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Mean loss per label token on each domain's held-out windows for the main head, and for every other
    term the loss reports in evaluation (the MTP depths): {name: {domain: mean}}."""
    engine.eval()
    losses: dict[str, float] = {}
    aux_losses: dict[str, dict[str, float]] = {}
    for domain, windows in heldout.items():
        total, count = torch.zeros((), dtype=torch.float64, device=engine.device), 0
        aux_total: torch.Tensor | None = None
        aux_names: tuple[str, ...] = ()
        for chunk in windows.split(micro_batch_size):
            out = engine(input_ids=chunk[:, :-1].to(engine.device), labels=chunk[:, 1:].to(engine.device))
            total += out.token_loss.double().sum()
            count += out.token_loss.numel()
            if out.aux:
                # A term's mean over a chunk weighted by its rows: every row scores as many tokens.
                aux_names = tuple(out.aux)
                values = torch.stack([value.double() for value in out.aux.values()]) * chunk.shape[0]
                aux_total = values if aux_total is None else aux_total + values
        losses[domain] = float(total) / count  # one host copy per domain
        if aux_total is not None:
            for name, value in zip(aux_names, (aux_total / windows.shape[0]).tolist(), strict=True):
                aux_losses.setdefault(name, {})[domain] = value
    engine.train()
    return losses, aux_losses


def _all_reduce_sum(value: torch.Tensor, world_size: int) -> torch.Tensor:
    """Summed over ranks, on the device the tensor lives on, so that every rank sees the same numbers and stops
    on the same step."""
    if world_size > 1:
        import torch.distributed as dist

        value = value.clone()
        dist.all_reduce(value)
    return value


def pretrain_command(
    *,
    params: Path,
    sources: Path,
    plan: Path,
    shards: Path,
    tokenizer: Path,
    out: Path,
    heldout: Path | None,
) -> dict[str, Any]:
    """`charter pretrain`: the stage; prints the headline of its summary."""
    summary = run_pretrain(load_params(params), plan, shards, tokenizer, out, heldout, sources)
    return {k: summary[k] for k in ("steps", "resumed_from_step", "final_loss", "mfu") if k in summary}
