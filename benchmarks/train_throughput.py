"""Training throughput on this machine: our DeepSpeed trainer against a plain transformers loop.

Both train the planned model (same config, same seed, same initial weights) on the same micro-batches of the
same token shards, with the same global batch, AdamW settings, clipping and schedule, on the same thread
count, in one process:
- ours: the DeepSpeed engine of `charter pretrain` (device, ZeRO stage and precision from params), the loss through
  the fused linear cross-entropy with per-domain token losses (model.train.train_step);
- plain: `LlamaForCausalLM(input_ids, labels=..., shift_labels=labels).loss` (full logits), `loss.backward()`,
  `clip_grad_norm_`, `AdamW.step()`, `LambdaLR.step()`.
The two alternate in blocks of steps so that load from other processes hits both alike; the figure is the
median tokens/s over blocks. The first step's loss of each is printed: the same model on the same tokens.

    python benchmarks/train_throughput.py --plan data/plan/plan.json --shards data/mixture
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import torch

from core.config import load_params
from core.schemas.plan import read_plan
from kernels.attention import select_attention_backend
from model.data import TokenWindows
from model.engine import accumulation_steps, build_optimizer, start
from model.monitor import device_peak, flops_per_token
from model.schedule import build_scheduler
from model.train import build_engine, build_model, train_step


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--params", default="params.yaml")
    parser.add_argument("--plan", default="data/plan/plan.json")
    parser.add_argument("--shards", default="data/mixture")
    parser.add_argument("--blocks", type=int, default=4, help="alternating timed blocks per trainer")
    parser.add_argument("--block-steps", type=int, default=25, help="optimizer steps per block")
    args = parser.parse_args()

    params = load_params(args.params)
    cfg = params.pretrain
    plan = read_plan(Path(args.plan))
    seq_len, steps = plan.train.seq_len, plan.train.steps
    torch.set_num_threads(cfg.threads)
    attention = select_attention_backend()
    runtime = start(cfg)
    dist_info, device = runtime.dist, runtime.device
    accum = accumulation_steps(cfg, dist_info.world_size)
    tokens_per_step = cfg.micro_batch_size * accum * seq_len
    windows = TokenWindows(Path(args.shards), seq_len, params.seed)

    # ours
    engine, _ = build_engine(plan.model_config, cfg, runtime, steps, attention.name, params.seed)
    # identical initial weights (a function of the seed), on the same device; bf16 runs under autocast
    plain_model = build_model(plan.model_config, attention.name, params.seed).to(device)
    autocast = torch.autocast(device.type, dtype=torch.bfloat16, enabled=runtime.precision == "bf16")
    ours_batches = windows.micro_batches(cfg.micro_batch_size)

    # plain transformers loop
    plain_model.train()
    plain_optimizer = build_optimizer(plain_model, cfg)
    plain_scheduler = build_scheduler(plain_optimizer, steps, cfg)
    plain_batches = windows.micro_batches(cfg.micro_batch_size)

    def ours_step() -> float:
        return train_step(engine, ours_batches, accum, dist_info, 0, engine.get_lr()[0], None).loss

    def plain_step() -> float:
        total = 0.0
        for _ in range(accum):
            batch = next(plain_batches)
            labels = batch.labels.contiguous().to(device)  # transformers' loss views them flat
            # Labels already shifted: shift_labels tells transformers' loss not to shift them again.
            with autocast:
                loss = plain_model(
                    input_ids=batch.inputs.to(device), labels=labels, shift_labels=labels, use_cache=False
                ).loss
            (loss / accum).backward()
            total += float(loss.detach()) / accum
        torch.nn.utils.clip_grad_norm_(plain_model.parameters(), cfg.grad_clip)
        plain_optimizer.step()
        plain_scheduler.step()
        plain_optimizer.zero_grad(set_to_none=True)
        return total

    first = {"ours": ours_step(), "plain": plain_step()}  # also the warm-up step of each
    rates: dict[str, list[float]] = {"ours": [], "plain": []}
    for _ in range(args.blocks):
        for name, step in (("ours", ours_step), ("plain", plain_step)):
            started = time.perf_counter()
            for _ in range(args.block_steps):
                step()
            rates[name].append(args.block_steps * tokens_per_step / (time.perf_counter() - started))

    peak = device_peak(cfg.peak_flops, runtime.math)
    per_token = flops_per_token(plan.model_config, seq_len)
    n_params = sum(p.numel() for p in plain_model.parameters())
    print(
        f"model {n_params:,} parameters, seq_len {seq_len}, {tokens_per_step} tokens/step, "
        f"ZeRO {cfg.zero_stage}, {runtime.precision} on {device} ({runtime.math} matmuls), "
        f"{torch.get_num_threads()} threads"
    )
    print(f"first-step loss: ours {first['ours']:.6f}, plain {first['plain']:.6f}")
    print(f"peak {peak.flops / 1e9:.1f} GFLOP/s ({peak.source})")
    medians = {name: statistics.median(r) for name, r in rates.items()}
    for name, rate in medians.items():
        spread = ", ".join(f"{r:.0f}" for r in rates[name])
        print(f"{name:>5}: {rate:,.0f} tokens/s (blocks: {spread}), MFU {rate * per_token / peak.flops:.1%}")
    print(f"ratio ours / plain: {medians['ours'] / medians['plain']:.2f}")


if __name__ == "__main__":
    main()
