"""Training throughput of each pretraining option against the baseline, measured in the same run.

An option is a set of params overrides, as `dvc exp run -S key=value` would make them (the table `OPTIONS`;
adding one is one entry). Every option trains with the DeepSpeed engine of `charter pretrain` (model.train's
`build_engine` and `train_step`: device, ZeRO stage and precision from params, the fused loss head, per-domain
token losses), from the same seed, on the same micro-batches of the same token shards, on the same thread
count, in one process, at the plan's hidden size and layer count (an option that changes plan params, as
`gqa`, rebuilds the model config from that shape under its own shape rules). `plain` is the baseline's model
and settings in a plain transformers loop instead: `LlamaForCausalLM(input_ids, labels=...).loss` (full
logits), `loss.backward()`, `clip_grad_norm_`, the optimizer and scheduler stepped by hand.

The options train in turn, one short block of steps each per round, so that load from other processes hits
all of them alike. tokens/s is the median over rounds; the step-time overhead is the median over rounds of an
option's step time over the baseline's in the same round, minus one, with the quartiles of that ratio (pairing
by round cancels the load that drifts between rounds, which on a shared machine moves tokens/s by 2x). The
first step's loss of each is printed (baseline, muon and plain start from the same model on the same tokens).

    python benchmarks/train_throughput.py --plan data/plan/plan.json --shards data/mixture \\
        --options baseline muon gqa mtp distill plain --teacher data/pretrain/checkpoint
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from core.config import Params, load_params
from core.schemas.plan import Plan, read_plan
from kernels.attention import select_attention_backend
from model.architecture import llama_config, param_count
from model.data import TokenWindows
from model.engine import Runtime, accumulation_steps, build_optimizer, start
from model.monitor import device_peak, flops_per_token
from model.plan import shape_rules
from model.schedule import build_scheduler
from model.train import build_engine, build_model, train_step, training_seed

BASELINE = "baseline"


@dataclass(frozen=True)
class Option:
    set: dict[str, Any] = field(default_factory=dict)
    """Params overrides, dotted keys as `dvc exp run -S` takes them."""
    about: str = ""
    plain: bool = False
    """Train in a plain transformers loop instead of the DeepSpeed engine."""


OPTIONS: dict[str, Option] = {
    BASELINE: Option(about="params as given"),
    "muon": Option({"pretrain.optimizer": "muon"}, "Muon on the hidden matrices, AdamW on the rest"),
    # One key/value head: on the embedded default's 2 heads the only grouping there is (multi-query).
    "gqa": Option({"plan.kv_heads": 1}, "grouped-query attention, one key/value head"),
    "mtp": Option(
        {"pretrain.mtp_depth": 1}, "one multi-token-prediction module (DeepSeek-V3), weight mtp_weight"
    ),
    # The teacher is the folder --teacher names (the id is a label here: no registry is read).
    "distill": Option(
        {"pretrain.distill_teacher": "teacher"}, "top-k distillation from --teacher, teacher forward included"
    ),
    "plain": Option(
        about="the baseline in a plain transformers loop (full logits, no DeepSpeed)", plain=True
    ),
}


def with_overrides(params: Params, overrides: Mapping[str, Any]) -> Params:
    """`params` with dotted-key overrides applied and validated again (as params.yaml would be)."""
    raw = params.model_dump(mode="json", by_alias=True)
    for key, value in overrides.items():
        *sections, name = key.split(".")
        node = raw
        for section in sections:
            node = node[section]
        if name not in node:
            raise SystemExit(f"option sets {key}, which is not a parameter")
        node[name] = value
    return Params.model_validate(raw)


def model_config_for(plan: Plan, params: Params) -> dict[str, Any]:
    """The plan's shape (hidden size, layers, vocabulary, special tokens) under `params.plan`'s shape rules."""
    base = plan.model_config
    token_ids = {k: base.get(k) for k in ("bos_token_id", "eos_token_id", "pad_token_id")}
    return llama_config(
        base["hidden_size"],
        base["num_hidden_layers"],
        base["vocab_size"],
        plan.train.seq_len,
        shape_rules(params.plan),
        token_ids,
    )


def load_teacher_folder(folder: Path, device: torch.device, attention: str) -> torch.nn.Module:
    """A causal LM from a local Hugging Face folder for the distillation option (safetensors, no remote code)."""
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(
        str(folder), use_safetensors=True, trust_remote_code=False, attn_implementation=attention
    )
    torch.nn.Module.to(model, device)
    return model.eval().requires_grad_(False)


def engine_stepper(
    params: Params,
    model_config: dict[str, Any],
    plan: Plan,
    runtime: Runtime,
    shards: Path,
    teacher: Path | None = None,
) -> Callable[[], float]:
    cfg = params.pretrain
    steps, seq_len = plan.train.steps, plan.train.seq_len
    seed = training_seed(params)
    attention = select_attention_backend()
    teacher_model = None
    if cfg.distill_teacher is not None:
        if teacher is None:
            raise SystemExit("the distill option needs --teacher FOLDER (a causal LM of the same vocabulary)")
        teacher_model = load_teacher_folder(teacher, runtime.device, attention.name)
    engine, _ = build_engine(
        model_config,
        cfg,
        runtime,
        steps,
        attention.name,
        seed,
        mtp_depth=cfg.mtp_depth,
        teacher=teacher_model,
    )
    batches = TokenWindows(shards, seq_len, seed).micro_batches(cfg.micro_batch_size)
    accum = accumulation_steps(cfg, runtime.dist.world_size)
    return lambda: train_step(engine, batches, accum, runtime.dist, 0, engine.get_lr()[0], None).loss


def plain_stepper(
    params: Params,
    model_config: dict[str, Any],
    plan: Plan,
    runtime: Runtime,
    shards: Path,
    teacher: Path | None = None,
) -> Callable[[], float]:
    cfg, device = params.pretrain, runtime.device
    steps, seq_len = plan.train.steps, plan.train.seq_len
    seed = training_seed(params)
    # identical initial weights (a function of the seed), on the same device; bf16 runs under autocast
    model = build_model(model_config, select_attention_backend().name, seed).to(device)
    model.train()
    optimizer = build_optimizer(model, cfg)
    scheduler = build_scheduler(optimizer, steps, cfg)
    batches = TokenWindows(shards, seq_len, seed).micro_batches(cfg.micro_batch_size)
    autocast = torch.autocast(device.type, dtype=torch.bfloat16, enabled=runtime.precision == "bf16")
    accum = accumulation_steps(cfg, runtime.dist.world_size)

    def step() -> float:
        total = 0.0
        for _ in range(accum):
            batch = next(batches)
            labels = batch.labels.contiguous().to(device)  # transformers' loss views them flat
            # Labels already shifted: shift_labels tells transformers' loss not to shift them again.
            with autocast:
                loss = model(
                    input_ids=batch.inputs.to(device), labels=labels, shift_labels=labels, use_cache=False
                ).loss
            (loss / accum).backward()
            total += float(loss.detach()) / accum
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.grad_clip)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        return total

    return step


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--params", default="params.yaml")
    parser.add_argument("--plan", default="data/plan/plan.json")
    parser.add_argument("--shards", default="data/mixture")
    parser.add_argument(
        "--options",
        nargs="+",
        default=[BASELINE, "muon", "gqa"],
        choices=sorted(OPTIONS),
        help="options to measure; the baseline is always measured (default: %(default)s)",
    )
    parser.add_argument(
        "--teacher",
        type=Path,
        help="the distill option's teacher: a Hugging Face folder of the same vocabulary",
    )
    parser.add_argument("--rounds", type=int, default=20, help="timed rounds: one block per option in each")
    parser.add_argument("--block-steps", type=int, default=5, help="optimizer steps per block")
    parser.add_argument(
        "--json",
        type=Path,
        help="also write the table here, e.g. data/experiment/throughput.json (the report shows it)",
    )
    args = parser.parse_args()

    base = load_params(args.params)
    plan = read_plan(Path(args.plan))
    seq_len = plan.train.seq_len
    torch.set_num_threads(base.pretrain.threads)
    runtime = start(base.pretrain)
    if model_config_for(plan, base) != plan.model_config:
        raise SystemExit(
            f"{args.plan} was not planned under {args.params}'s plan params: re-run `charter plan`"
        )
    names = [BASELINE, *dict.fromkeys(n for n in args.options if n != BASELINE)]

    steppers, configs, sets = {}, {}, {}
    for name in names:
        option = OPTIONS[name]
        params = with_overrides(base, option.set)
        configs[name] = model_config_for(plan, params)
        sets[name] = ", ".join(f"{k}={v}" for k, v in option.set.items()) or "-"
        build = plain_stepper if option.plain else engine_stepper
        steppers[name] = build(params, configs[name], plan, runtime, Path(args.shards), args.teacher)

    first = {name: step() for name, step in steppers.items()}  # also the warm-up step of each
    seconds: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(args.rounds):
        for name, step in steppers.items():
            started = time.perf_counter()
            for _ in range(args.block_steps):
                step()
            seconds[name].append((time.perf_counter() - started) / args.block_steps)

    cfg = base.pretrain
    tokens_per_step = cfg.micro_batch_size * accumulation_steps(cfg, runtime.dist.world_size) * seq_len
    peak = device_peak(cfg.peak_flops, runtime.math)
    setup = (
        f"{tokens_per_step} tokens/step, seq_len {seq_len}, ZeRO {cfg.zero_stage}, {runtime.precision} on "
        f"{runtime.device} ({runtime.math} matmuls), {torch.get_num_threads()} threads"
    )
    print(
        f"{setup}, {args.rounds} rounds of {args.block_steps} steps per option; peak {peak.flops / 1e9:.1f} "
        f"GFLOP/s ({peak.source})"
    )
    print()
    print(
        "| option | sets | parameters | tokens/s | step ms | overhead (quartiles) | MFU | first-step loss |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    rows = []
    for name in names:
        step_time = statistics.median(seconds[name])
        rate = tokens_per_step / step_time
        mfu = rate * flops_per_token(configs[name], seq_len) / peak.flops
        ratios = [s / b - 1 for s, b in zip(seconds[name], seconds[BASELINE], strict=True)]
        low, mid, high = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else ratios * 3
        print(
            f"| {name} | {sets[name]} | {param_count(configs[name]):,} | {rate:,.0f} | {step_time * 1e3:.1f} | "
            f"{mid:+.1%} ({low:+.1%}, {high:+.1%}) | {mfu:.1%} | {first[name]:.6f} |"
        )
        rows.append(
            {
                "name": name,
                "sets": sets[name],
                "about": OPTIONS[name].about,
                "parameters": param_count(configs[name]),
                "tokens_per_s": rate,
                "step_seconds": step_time,
                "overhead": mid,
                "overhead_q1": low,
                "overhead_q3": high,
                "mfu": mfu,
                "first_step_loss": first[name],
            }
        )
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        table = {
            "command": "python benchmarks/train_throughput.py " + " ".join(sys.argv[1:]),
            "setup": setup,
            "peak_flops": peak.flops,
            "rounds": args.rounds,
            "block_steps": args.block_steps,
            "options": rows,
        }
        args.json.write_text(json.dumps(table, indent=2) + "\n")
    print()
    for name in names:
        print(f"{name}: {OPTIONS[name].about}")


if __name__ == "__main__":
    main()
