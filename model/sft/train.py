"""The sft stage: TRL's SFTTrainer on the pretrained checkpoint, loss on assistant tokens only, packing by
param, an optional learning-rate sweep picked by validation loss, and sample answers next to the base
model's.

Packing is TRL's best-fit-decreasing packing, padding-free: the collator concatenates conversations into
one row with position ids that restart at each conversation and no attention mask, and transformers turns
those position ids into a block-diagonal causal mask (sdpa on CPU, flash-attention's varlen kernels on
GPU), so no token attends across a conversation boundary. TRL also drops the first label of each packed
conversation, so no token is trained to predict across one.

The trainer runs on the pretraining engine's settings (model.engine): the same device, the same resolved
precision (`pretrain.precision`: bf16 on CUDA, fp32 on CPU) and a DeepSpeed config generated from the same
typed params (ZeRO stage, precision), handed to TRL, which fills in its own batch sizes. Activation
checkpointing follows `pretrain.activation_checkpointing`. (TRL's own defaults, bf16 autocast and gradient
checkpointing, are not used: the precision is the one the params name.)
"""

from __future__ import annotations

import json
import logging
import math
import shutil
import tempfile
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import torch
from datasets import Dataset

from core.config import Params, SftParams, load_params
from core.errors import CharterError
from core.stage import write_json
from kernels.attention import select_attention_backend
from model.engine import start, trainer_deepspeed_config
from model.sft.data import iter_split
from model.sft.samples import compare
from model.sft.template import install_chat_template

log = logging.getLogger(__name__)

CHECKPOINT, METRICS, SAMPLES, TRAIN_LOG = "checkpoint", "metrics.json", "samples.json", "train_log.jsonl"


@cache
def attention_backend() -> str:
    """flash_attention_2 (varlen kernels over the packed boundaries) on a CUDA box with flash-attn, else
    sdpa, which builds the block-diagonal mask from the position ids; chosen once and logged."""
    return select_attention_backend().name


@dataclass(frozen=True)
class SftEngine:
    """How the instruction-tuning runs train: the pretraining engine's device, precision and DeepSpeed config."""

    device: torch.device
    precision: str
    deepspeed: dict[str, Any]
    activation_checkpointing: bool


def sft_engine(params: Params) -> SftEngine:
    """Join (or make) the process group and resolve device and precision, as pretraining does."""
    runtime = start(params.pretrain)
    return SftEngine(
        runtime.device,
        runtime.precision,
        trainer_deepspeed_config(params.pretrain, runtime.precision),
        params.pretrain.activation_checkpointing,
    )


def load_model(checkpoint: Path) -> Any:
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(
        checkpoint, attn_implementation=attention_backend(), dtype=torch.float32
    )


def load_tokenizer(checkpoint: Path, system_prompt: str) -> Any:
    from transformers import AutoTokenizer

    return install_chat_template(AutoTokenizer.from_pretrained(checkpoint), system_prompt)


def conversations(folder: Path, split: str, tokenizer: Any, max_length: int) -> tuple[list[dict], int]:
    """The split's conversations that fit `max_length` tokens once templated, and how many did not
    (truncating them would cut the answer, and with it the end-of-turn token the model must learn)."""
    kept, too_long = [], 0
    for row in iter_split(folder, split):
        n = len(tokenizer.apply_chat_template(row["messages"], tokenize=True, return_dict=True)["input_ids"])
        if n <= max_length:
            kept.append({"messages": row["messages"]})
        else:
            too_long += 1
    return kept, too_long


def sft_config(
    p: SftParams,
    lr: float,
    seed: int,
    work: Path,
    engine: SftEngine,
    max_steps: int = -1,
    eval_on_start: bool = False,
) -> Any:
    from trl import SFTConfig

    return SFTConfig(
        output_dir=str(work),
        learning_rate=lr,
        num_train_epochs=p.epochs,
        max_steps=max_steps,
        per_device_train_batch_size=p.batch_size,
        per_device_eval_batch_size=p.batch_size,
        max_length=p.max_length,
        packing=p.packing,
        packing_strategy="bfd",
        # Validation loss per conversation, the same whether or not training packs.
        eval_packing=False,
        assistant_only_loss=True,
        lr_scheduler_type="cosine",
        # A float below 1 is a share of all steps in transformers 5.
        warmup_steps=p.warmup_ratio,
        weight_decay=p.weight_decay,
        logging_steps=5,
        save_strategy="no",
        eval_strategy="no",
        report_to="none",
        use_cpu=engine.device.type == "cpu",
        bf16=engine.precision == "bf16",
        deepspeed=engine.deepspeed,
        activation_checkpointing=engine.activation_checkpointing,
        # The base model's validation loss, measured by the trainer before its first step: under ZeRO 1-2
        # DeepSpeed evaluates only once its engine exists.
        eval_on_start=eval_on_start,
        seed=seed,
        data_seed=seed,
        dataloader_num_workers=0,
    )


def trainer_for(model: Any, tokenizer: Any, train: Dataset, valid: Dataset, config: Any) -> Any:
    from trl import SFTTrainer

    return SFTTrainer(
        model=model, args=config, train_dataset=train, eval_dataset=valid, processing_class=tokenizer
    )


def fine_tune(
    checkpoint: Path,
    tokenizer: Any,
    train: Dataset,
    valid: Dataset,
    p: SftParams,
    lr: float,
    seed: int,
    engine: SftEngine,
    max_steps: int = -1,
    measure_base: bool = False,
) -> tuple[Any, dict, float | None]:
    """One run at `lr` from the pretrained weights (`max_steps` steps, or `p.epochs` when -1): the trainer
    (its model trained), its record, and (with `measure_base`) the base model's validation loss, measured
    before the first step with the same masking."""
    torch.manual_seed(seed)
    model = load_model(checkpoint)
    with tempfile.TemporaryDirectory(prefix="charter-sft-") as work:
        config = sft_config(p, lr, seed, Path(work), engine, max_steps, eval_on_start=measure_base)
        trainer = trainer_for(model, tokenizer, train, valid, config)
        started = time.monotonic()
        result = trainer.train()
        seconds = time.monotonic() - started
        valid_loss = trainer.evaluate()["eval_loss"]
    base_loss = (
        next(e["eval_loss"] for e in trainer.state.log_history if "eval_loss" in e) if measure_base else None
    )
    if not math.isfinite(valid_loss):
        raise CharterError(f"sft at lr {lr:g}: validation loss is {valid_loss}")
    record = {
        "lr": lr,
        "valid_loss": valid_loss,
        "train_loss": result.training_loss,
        "steps": result.global_step,
        "seconds": round(seconds, 2),
        "log": [e for e in trainer.state.log_history if "loss" in e],
    }
    return trainer, record, base_loss


def sweep_lr(
    checkpoint: Path, tokenizer: Any, train: Dataset, valid: Dataset, params: Params, engine: SftEngine
) -> tuple[float, list[dict]]:
    """Short runs (`sweep_steps` each) at every rate of the grid; the lowest validation loss wins, the
    smaller rate on a tie."""
    p = params.sft
    runs = []
    for lr in sorted(p.lr_grid):
        _, record, _ = fine_tune(
            checkpoint, tokenizer, train, valid, p, lr, params.seed, engine, p.sweep_steps
        )
        log.info(
            "sft sweep lr %g: validation loss %.4f after %d steps", lr, record["valid_loss"], p.sweep_steps
        )
        runs.append(record)
    best = min(runs, key=lambda r: (r["valid_loss"], r["lr"]))
    return best["lr"], runs


def export(model: Any, tokenizer: Any, dest: Path, trainer: Any = None) -> Path:
    """The model and its chat-templated tokenizer as one Hugging Face folder, written atomically. After
    DeepSpeed training the weights come from the engine (gathered from every rank under ZeRO-3)."""
    state_dict = None
    if trainer is not None and trainer.is_deepspeed_enabled:
        state_dict = trainer.accelerator.get_state_dict(trainer.model_wrapped)  # a collective under ZeRO-3
        if not trainer.is_world_process_zero():
            return dest
    staging = dest.with_name(dest.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    model.config.use_cache = True
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.save_pretrained(staging, state_dict=state_dict)
    tokenizer.save_pretrained(staging)
    shutil.rmtree(dest, ignore_errors=True)
    staging.rename(dest)
    return dest


def run_sft(params: Params, checkpoint: Path, data: Path, out: Path) -> dict:
    from transformers import AutoTokenizer

    p = params.sft
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(p.threads)
    started = time.monotonic()
    tokenizer = load_tokenizer(checkpoint, p.system_prompt)
    train_rows, train_long = conversations(data, "train", tokenizer, p.max_length)
    valid_rows, valid_long = conversations(data, "valid", tokenizer, p.max_length)
    if not train_rows or not valid_rows:
        raise CharterError(f"{data}: no training or no validation conversations fit {p.max_length} tokens")
    metrics: dict[str, Any] = {
        "enabled": p.enabled,
        "packing": p.packing,
        "attention_backend": attention_backend(),
        "conversations": {"train": len(train_rows), "valid": len(valid_rows)},
        "too_long": {"train": train_long, "valid": valid_long},
    }
    runs: list[dict] = []
    trainer = None
    if p.enabled:
        engine = sft_engine(params)
        metrics |= {"precision": engine.precision, "zero_stage": params.pretrain.zero_stage}
        train, valid = Dataset.from_list(train_rows), Dataset.from_list(valid_rows)
        lr = p.lr
        if len(p.lr_grid) > 1:
            lr, sweep = sweep_lr(checkpoint, tokenizer, train, valid, params, engine)
            runs += sweep
        trainer, final, base_loss = fine_tune(
            checkpoint, tokenizer, train, valid, p, lr, params.seed, engine, measure_base=True
        )
        model = trainer.model
        log.info("sft lr %g: validation loss %.4f (base model %.4f)", lr, final["valid_loss"], base_loss)
        runs.append(final | {"final": True})
        metrics |= {
            "base_valid_loss": base_loss,
            "lr": lr,
            "valid_loss": final["valid_loss"],
            "train_loss": final["train_loss"],
            "steps": final["steps"],
            "train_seconds": final["seconds"],
            "sweep": {f"{r['lr']:g}": r["valid_loss"] for r in runs if not r.get("final")},
        }
    else:
        model = load_model(checkpoint)
    export(model, tokenizer, out / CHECKPOINT, trainer)
    with (out / TRAIN_LOG).open("w") as f:
        for r in runs:
            for entry in r["log"]:
                f.write(json.dumps({"lr": r["lr"], **entry}, sort_keys=True) + "\n")

    base = (load_model(checkpoint).eval(), load_tokenizer(checkpoint, p.system_prompt))
    # The exported tokenizer as saved: its own chat template answers, nothing re-installed.
    tuned = (load_model(out / CHECKPOINT).eval(), AutoTokenizer.from_pretrained(out / CHECKPOINT))
    rows, replaced = compare({"base": base, "sft": tuned}, p.max_new_tokens, params.scrub)
    write_json(out / SAMPLES, {"system_prompt": p.system_prompt, "samples": rows, "pii_replaced": replaced})
    metrics["seconds"] = round(time.monotonic() - started, 1)
    metrics["runs"] = [{k: v for k, v in r.items() if k != "log"} for r in runs]
    write_json(out / METRICS, metrics)
    return metrics


def sft_command(*, params: Path, checkpoint: Path, data: Path, out: Path) -> dict:
    """`charter sft`: the stage; prints the chosen learning rate and the losses."""
    metrics = run_sft(load_params(params), checkpoint, data, out)
    keys = ("enabled", "lr", "base_valid_loss", "valid_loss", "sweep", "seconds")
    return {k: metrics[k] for k in keys if k in metrics}
