"""GPU acceptance: everything only a CUDA machine can show, in one command and one table.

    python benchmarks/gpu_acceptance.py                 # on a CUDA machine, from the repository root
    python benchmarks/gpu_acceptance.py --smoke         # the same script end to end on a CPU box (tiny model)

1. Every `requires_gpu` test (pytest -m requires_gpu), each a row of the table:
   - Liger's compiled Triton kernels (fused linear cross-entropy, RMSNorm, SwiGLU, RoPE, the patched Llama)
     against their float64 references (tests/test_fused_triton.py, the `cuda` parameter);
   - flash-attention 2 against sdpa in bf16, loss and gradients (skips if flash-attn is not installed);
   - bf16 training steps on the GPU: precision resolved to bf16, loss falling, MFU in (0, 1);
   - fp32 training with TF32 matmuls on Ampere and newer;
   - resume on the GPU from a checkpoint, with the losses of an uninterrupted run;
   - two-GPU training over NCCL with the losses of one GPU (skips with fewer than two GPUs).
   On a CPU box each of them skips with its reason.
2. A short throughput run of the pretraining engine (`model.train.build_engine` and `train_step`: the
   DeepSpeed engine, fused kernels and loss head, precision `auto`, so bf16 on the GPU) on a ~1B-parameter
   Llama (2048 hidden, 16 layers, 32k vocabulary, 2048 context; set with --hidden/--layers) on random tokens:
   tokens/s and MFU against the device's published dense bf16 peak (model.hardware), with the PaLM FLOPs
   per token of model.monitor.

Exit status: non-zero if any test failed or the throughput run failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def run_marked_tests(pytest_args: list[str]) -> list[tuple[str, str, str]]:
    """(test, outcome, detail) for every `requires_gpu` test, from pytest's JUnit XML."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "gpu.xml"
        command = [sys.executable, "-m", "pytest", "-m", "requires_gpu", "-q", f"--junitxml={report}"]
        print("running", " ".join(command[2:] + pytest_args), flush=True)
        subprocess.run([*command, *pytest_args], cwd=REPO)
        if not report.exists():
            return [("pytest -m requires_gpu", "error", "pytest wrote no report")]
        rows = []
        for case in ET.parse(report).getroot().iter("testcase"):
            name = f"{case.get('classname', '').rsplit('.', 1)[-1]}::{case.get('name')}"
            outcome, detail = "passed", f"{float(case.get('time', 0)):.1f} s"
            for tag in ("failure", "error", "skipped"):
                found = case.find(tag)
                if found is not None:
                    outcome = {"failure": "FAILED", "error": "ERROR", "skipped": "skipped"}[tag]
                    detail = (
                        (found.get("message") or "").splitlines()[0][:110] if found.get("message") else ""
                    )
            rows.append((name, outcome, detail))
        return rows


def throughput(hidden: int, layers: int, seq_len: int, micro_batch: int, steps: int, warmup: int) -> tuple:
    """(check, outcome, detail) of the short throughput run."""
    import torch

    from core.config import PretrainParams
    from kernels.attention import select_attention_backend
    from model.architecture import llama_config, param_count
    from model.data import MicroBatch
    from model.engine import start
    from model.hardware import accelerator_for_device
    from model.monitor import device_peak, flops_per_token
    from model.train import build_engine, train_step

    vocab = 32000
    config = llama_config(hidden, layers, vocab, seq_len)
    cfg = PretrainParams(
        micro_batch_size=micro_batch, grad_accum_steps=1, warmup_steps=1, threads=os.cpu_count()
    )
    torch.set_num_threads(cfg.threads)
    runtime = start(cfg)
    engine, fused = build_engine(config, cfg, runtime, warmup + steps, select_attention_backend().name, 0)
    generator = torch.Generator().manual_seed(0)

    def batches():
        while True:
            ids = torch.randint(0, vocab, (micro_batch, seq_len + 1), generator=generator)
            yield MicroBatch(ids[:, :-1], ids[:, 1:], torch.zeros(micro_batch, seq_len, dtype=torch.long))

    stream = batches()

    def sync() -> None:
        if runtime.device.type == "cuda":
            torch.cuda.synchronize()

    for step in range(1, warmup + 1):
        train_step(engine, stream, 1, runtime.dist, step, engine.get_lr()[0], None)
    sync()
    started = time.perf_counter()
    for step in range(warmup + 1, warmup + steps + 1):
        result = train_step(engine, stream, 1, runtime.dist, step, engine.get_lr()[0], None)
    sync()
    seconds = time.perf_counter() - started
    tokens_per_second = steps * micro_batch * seq_len / seconds
    achieved = tokens_per_second * flops_per_token(config, seq_len)
    if runtime.device.type == "cuda":
        name = torch.cuda.get_device_name()
        known = accelerator_for_device(name)
        peak = known.peak("bf16") if known else device_peak(None, "bf16").flops
        against = (
            f"{name}: published dense bf16 peak {peak / 1e12:.0f} TFLOP/s"
            if known
            else f"{name}: measured bf16"
        )
    else:
        peak = device_peak(None, runtime.math).flops
        against = f"CPU, measured {runtime.math} matmul peak {peak / 1e9:.0f} GFLOP/s"
    detail = (
        f"{param_count(config) / 1e6:.0f}M params, {runtime.precision} ({runtime.math} matmuls), kernels "
        f"{fused.backend.name}, {tokens_per_second:,.0f} tokens/s, MFU {achieved / peak:.1%} ({against}); "
        f"last loss {result.loss:.3f}"
    )
    return ("throughput: pretraining engine", "passed", detail)


def print_table(rows: list[tuple[str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"\n{'check':<{width}}  {'result':<8}  detail")
    print(f"{'-' * width}  {'-' * 8}  {'-' * 40}")
    for name, outcome, detail in rows:
        print(f"{name:<{width}}  {outcome:<8}  {detail}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hidden", type=int, default=2048)
    ap.add_argument("--layers", type=int, default=16)
    ap.add_argument("--seq-len", type=int, default=2048)
    ap.add_argument("--micro-batch", type=int, default=8)
    ap.add_argument("--steps", type=int, default=20, help="timed steps")
    ap.add_argument("--warmup", type=int, default=3, help="untimed steps first")
    ap.add_argument(
        "--smoke", action="store_true", help="a tiny model, and run the throughput step on a CPU box too"
    )
    ap.add_argument("--skip-tests", action="store_true", help="only the throughput run")
    ap.add_argument("pytest_args", nargs="*", help="extra pytest arguments (e.g. -x, -k flash)")
    args = ap.parse_args()
    import torch

    rows = [] if args.skip_tests else run_marked_tests(args.pytest_args)
    if args.smoke:
        args.hidden, args.layers, args.seq_len, args.micro_batch = 128, 2, 128, 2
        args.steps, args.warmup = 3, 1
    if torch.cuda.is_available() or args.smoke:
        try:
            rows.append(
                throughput(args.hidden, args.layers, args.seq_len, args.micro_batch, args.steps, args.warmup)
            )
        except Exception as e:  # a failed run is a row of the table, not a traceback instead of the table
            rows.append(("throughput: pretraining engine", "FAILED", f"{type(e).__name__}: {e}"[:200]))
    else:
        rows.append(("throughput: pretraining engine", "skipped", "no CUDA device (--smoke runs it on CPU)"))
    print_table(rows)
    return 1 if any(r[1] in ("FAILED", "ERROR") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
