"""Peak memory and time of one forward+backward of the loss head: the fused linear cross-entropy
(`kernels.fused_linear_cross_entropy`) against logits-then-`F.cross_entropy`, in the same run, plus each
path's loss against a float64 reference.

How memory is measured: torch's CPU allocator is invisible to tracemalloc, so each path runs in a fresh Python
process that builds its inputs, resets the kernel's peak-RSS counter (writes 5 to /proc/self/clear_refs),
runs forward+backward once and reports VmHWM minus the RSS just before: the extra resident memory the loss head
needed at its peak, whatever allocated it. Where clear_refs is not writable the process's lifetime peak
(ru_maxrss) is used instead, which can only overstate. The same process then times a second run; the
best of the two times is compared.

    python benchmarks/loss_head_memory.py                      # N=8192, d=512, V=32768
    python benchmarks/loss_head_memory.py --chunk-size 256     # another chunk size for the fused path
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch
import torch.nn.functional as F

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kernels import DEFAULT_CHUNK_SIZE, fused_linear_cross_entropy  # noqa: E402

IGNORE = -100
MIB = 2**20


def build_inputs(tokens: int, hidden_size: int, vocab: int, seed: int):
    g = torch.Generator().manual_seed(seed)
    hidden = torch.randn(tokens, hidden_size, generator=g)
    weight = torch.randn(vocab, hidden_size, generator=g) / hidden_size**0.5  # logits of unit scale
    targets = torch.randint(0, vocab, (tokens,), generator=g)
    targets[torch.rand(tokens, generator=g) < 0.1] = IGNORE  # padding and masked prompts
    return hidden, weight, targets


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def run_path(path: str, hidden, weight, targets, chunk_size: int) -> torch.Tensor:
    """One forward+backward; leaves the gradients on hidden and weight and returns the loss."""
    if path == "fused":
        loss = fused_linear_cross_entropy(hidden, weight, targets, chunk_size=chunk_size).loss
    else:
        loss = F.cross_entropy(hidden @ weight.T, targets, ignore_index=IGNORE)
    loss.backward()
    return loss.detach()


def measure_in_this_process(args: argparse.Namespace) -> None:
    hidden, weight, targets = build_inputs(args.tokens, args.hidden, args.vocab, args.seed)
    hidden.requires_grad_()
    weight.requires_grad_()
    rss_before = _status_kib("VmRSS")
    exact = _reset_peak()
    start = time.perf_counter()
    loss = run_path(args.path, hidden, weight, targets, args.chunk_size)
    cold_seconds = time.perf_counter() - start
    peak_kib = _status_kib("VmHWM") if exact else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    grads = {"hidden": hidden.grad.clone(), "weight": weight.grad.clone()}
    hidden.grad = weight.grad = None
    start = time.perf_counter()
    run_path(args.path, hidden, weight, targets, args.chunk_size)
    warm_seconds = time.perf_counter() - start
    torch.save(grads, args.out + ".grads.pt")
    result = {
        "peak_extra_mib": (peak_kib - rss_before) / 1024,
        "exact_peak": exact,
        "loss": loss.item(),
        "cold_seconds": cold_seconds,
        "warm_seconds": warm_seconds,
    }
    Path(args.out).write_text(json.dumps(result))


def float64_reference_loss(hidden, weight, targets, rows: int = 512) -> float:
    """Mean cross-entropy in float64 by F.cross_entropy over row blocks (the sum is separable by token)."""
    total = torch.zeros((), dtype=torch.float64)
    weight64 = weight.double()
    for start in range(0, hidden.shape[0], rows):
        logits = hidden[start : start + rows].double() @ weight64.T
        total += F.cross_entropy(logits, targets[start : start + rows], ignore_index=IGNORE, reduction="sum")
    return (total / (targets != IGNORE).sum()).item()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tokens", type=int, default=8192, help="N, tokens in the batch")
    parser.add_argument("--hidden", type=int, default=512, help="d, hidden size")
    parser.add_argument("--vocab", type=int, default=32768, help="V, vocabulary size")
    parser.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE, help="tokens per fused chunk")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--path", choices=["fused", "naive"], help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.path:
        measure_in_this_process(args)
        return

    shape = f"N={args.tokens}, d={args.hidden}, V={args.vocab}"
    print(f"loss head forward+backward, float32 on CPU ({torch.get_num_threads()} threads), {shape}")
    results, grads = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for path in ("fused", "naive"):  # one after the other: never two measured processes at once
            out = str(Path(tmp) / path)
            forwarded = [
                "--tokens",
                str(args.tokens),
                "--hidden",
                str(args.hidden),
                "--vocab",
                str(args.vocab),
            ]
            forwarded += ["--chunk-size", str(args.chunk_size), "--seed", str(args.seed)]
            command = [sys.executable, __file__, *forwarded, "--path", path, "--out", out]
            subprocess.run(command, check=True)
            results[path] = json.loads(Path(out).read_text())
            grads[path] = torch.load(out + ".grads.pt")
    reference = float64_reference_loss(*build_inputs(args.tokens, args.hidden, args.vocab, args.seed))
    logits_mib = args.tokens * args.vocab * 4 / MIB

    fused, naive = results["fused"], results["naive"]
    print(
        f"  (one float32 [N, V] logits tensor is {logits_mib:.0f} MiB; fused chunk = {args.chunk_size} tokens)"
    )
    print(f"{'path':<8}{'peak extra MiB':>16}{'cold s':>9}{'warm s':>9}{'loss':>14}{'|loss - fp64|':>16}")
    for path, r in results.items():
        print(
            f"{path:<8}{r['peak_extra_mib']:>16.1f}{r['cold_seconds']:>9.2f}{r['warm_seconds']:>9.2f}"
            f"{r['loss']:>14.7f}{abs(r['loss'] - reference):>16.2e}"
        )
    print(f"float64 reference loss: {reference:.10f}")
    memory_ratio = fused["peak_extra_mib"] / naive["peak_extra_mib"]
    # best of the two runs: the machine may be shared, and noise only ever adds time
    time_ratio = min(fused["cold_seconds"], fused["warm_seconds"]) / min(
        naive["cold_seconds"], naive["warm_seconds"]
    )
    print(
        f"peak memory fused / naive: {memory_ratio:.3f}  (target <= 0.25: {'met' if memory_ratio <= 0.25 else 'NOT met'})"
    )
    fused_error = abs(fused["loss"] - reference)
    print(
        f"fused |loss - float64|: {fused_error:.2e}  (target <= 1e-4: {'met' if fused_error <= 1e-4 else 'NOT met'})"
    )
    print(f"time fused / naive (best of the two runs each): {time_ratio:.2f}")
    for name in ("hidden", "weight"):
        difference = (grads["fused"][name] - grads["naive"][name]).abs().max().item()
        print(f"max |grad_{name} fused - naive|: {difference:.2e}")
    if not (fused["exact_peak"] and naive["exact_peak"]):
        print("note: /proc/self/clear_refs not writable; peaks are lifetime ru_maxrss (an upper bound)")


if __name__ == "__main__":
    main()
