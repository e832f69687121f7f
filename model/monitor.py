"""What a training run reports while it runs: progress bar, throughput and MFU, training and validation loss.

Records go to `train_log.jsonl` (every `log_every` steps and the last), `val_log.jsonl` (every validation),
TensorBoard event files under `tensorboard/`, and `training.png` (loss curves) when the run ends. Rank 0
writes; the other ranks only compute.

MFU is model FLOPs per second over the peak of the devices. Model FLOPs per token follow PaLM (Chowdhery et
al. 2022, appendix B): 6N for the matmuls of forward and backward plus 12 L H Q T for attention scores and
values. The peak is that of the math the matmuls actually do (bf16, TF32 or fp32; see model.engine.math_mode):
a GPU in model.hardware's table takes its datasheet's dense figure for that mode; another GPU, and a CPU
(which has no datasheet peak to divide by), is measured at start-up with a matmul benchmark in that mode, at
the training thread count, and logged.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import torch
from tqdm import tqdm

from model.architecture import param_count
from model.hardware import accelerator_for_device

log = logging.getLogger(__name__)

TRAIN_LOG = "train_log.jsonl"
VAL_LOG = "val_log.jsonl"
TENSORBOARD = "tensorboard"
PLOT = "training.png"


def flops_per_token(model_config: Mapping[str, Any], seq_len: int, n_params: int | None = None) -> float:
    """Training FLOPs per token: 6 x matmul parameters + 12 x layers x heads x head_dim x seq_len.

    `n_params` is the model's parameter count when it is not a Llama of `model_config` (a base model of
    another family, model.base); by default it is counted from the config."""
    n = param_count(model_config) if n_params is None else n_params
    if not model_config.get("tie_word_embeddings", False):
        # An untied input embedding is a lookup, not a matmul; the output embedding is a matmul either way.
        n -= model_config["vocab_size"] * model_config["hidden_size"]
    heads = model_config["num_attention_heads"]
    head_dim = model_config.get("head_dim") or model_config["hidden_size"] // heads
    return 6.0 * n + 12.0 * model_config["num_hidden_layers"] * heads * head_dim * seq_len


@dataclass(frozen=True)
class PeakFlops:
    flops: float
    """Peak FLOP/s of one device (one rank)."""
    source: str


def measure_cpu_peak(dtype: torch.dtype, seconds: float = 0.5, size: int = 1024) -> float:
    """Best FLOP/s of square matmuls over a short run, at the current torch thread count."""
    a = torch.randn(size, size, dtype=dtype)
    b = torch.randn(size, size, dtype=dtype)
    torch.mm(a, b)  # warm-up: thread pool and kernel selection
    best, deadline = 0.0, time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        torch.mm(a, b)
        best = max(best, 2.0 * size**3 / (time.perf_counter() - started))
    return best


def device_peak(configured: float | None, math: str) -> PeakFlops:
    """The peak to compute MFU against: the configured value, the datasheet figure of a known GPU for the
    math mode in use (`bf16`, `tf32` or `fp32`), else measured in that mode."""
    dtype = torch.bfloat16 if math == "bf16" else torch.float32
    if configured is not None:
        peak = PeakFlops(configured, "pretrain.peak_flops")
    elif torch.cuda.is_available():
        name = torch.cuda.get_device_name()
        known = accelerator_for_device(name)
        if known is not None:
            peak = PeakFlops(known.peak(math), f"datasheet {name}: {known.source}, dense {math}")
        else:
            peak = PeakFlops(_measure_cuda_peak(dtype), f"measured {math} matmul on {name}")
    else:
        peak = PeakFlops(
            measure_cpu_peak(dtype),
            f"measured 1024x1024 {math} matmul on CPU, {torch.get_num_threads()} threads",
        )
    log.info("peak for MFU: %.3g FLOP/s (%s)", peak.flops, peak.source)
    return peak


def _measure_cuda_peak(dtype: torch.dtype, size: int = 8192, repeats: int = 10) -> float:
    a = torch.randn(size, size, dtype=dtype, device="cuda")
    b = torch.randn(size, size, dtype=dtype, device="cuda")
    torch.mm(a, b)
    torch.cuda.synchronize()
    started = time.perf_counter()
    for _ in range(repeats):
        torch.mm(a, b)
    torch.cuda.synchronize()
    return 2.0 * size**3 * repeats / (time.perf_counter() - started)


@dataclass
class StepResult:
    loss: float
    """Mean loss of the step over every token of every rank."""
    grad_norm: float | None
    domain_loss_sum: dict[str, float]
    domain_tokens: dict[str, int]
    aux: dict[str, float] = field(default_factory=dict)
    """The objective's other terms this step (model.loss.TrainingLoss.aux), averaged like the loss."""


MTP_PREFIX = "mtp_loss_"


def group_aux(values: Mapping[str, Any]) -> dict[str, Any]:
    """The objective's other terms as logged: `mtp_loss_<d>` grouped as {"mtp_loss": {"<d>": value}}, the
    others (distill_kl) as they are."""
    grouped: dict[str, Any] = {}
    for name, value in values.items():
        if name.startswith(MTP_PREFIX):
            grouped.setdefault("mtp_loss", {})[name.removeprefix(MTP_PREFIX)] = value
        else:
            grouped[name] = value
    return grouped


def last_aux(record: Mapping[str, Any] | None, key: str) -> Any:
    """A grouped term of the last training record (None before any)."""
    return None if record is None else record.get(key)


class TrainMonitor:
    """Progress bar and the training/validation records (files on rank 0 only)."""

    def __init__(
        self,
        out: Path | None,
        steps: int,
        start_step: int,
        log_every: int,
        tokens_per_step: int,
        flops_per_token: float,
        peak: PeakFlops,
        world_size: int,
    ):
        self.out, self.steps, self.log_every = out, steps, log_every
        self.tokens_per_step, self.flops_per_token = tokens_per_step, flops_per_token
        self.peak_total = peak.flops * world_size
        self.started = self.logged_time = self.step_time = time.perf_counter()
        self.logged_step = start_step
        self.loss_sum = 0.0
        self.domain_sums: dict[str, float] = {}
        self.domain_tokens: dict[str, int] = {}
        self.files: dict[str, IO[str]] = {}
        self.writer: Any = None
        self.bar = tqdm(
            total=steps,
            initial=start_step,
            disable=out is None,
            desc="pretrain",
            unit="step",
            dynamic_ncols=True,
        )
        if out is not None:
            from torch.utils.tensorboard import SummaryWriter

            for name in (TRAIN_LOG, VAL_LOG):
                self.files[name] = (out / name).open("a")
            # purge_step drops events a killed run wrote after the checkpoint this run resumes from.
            self.writer = SummaryWriter(str(out / TENSORBOARD), purge_step=start_step + 1)

    def close(self) -> None:
        self.bar.close()
        for f in self.files.values():
            f.close()
        if self.writer is not None:
            self.writer.close()

    def record(self, step: int, result: StepResult, lr: float) -> dict[str, Any] | None:
        now = time.perf_counter()
        self.bar.update(1)
        self.bar.set_postfix(
            loss=f"{result.loss:.3f}", tok_s=f"{self.tokens_per_step / (now - self.step_time):.0f}"
        )
        self.step_time = now
        self.loss_sum += result.loss
        for domain, total in result.domain_loss_sum.items():
            self.domain_sums[domain] = self.domain_sums.get(domain, 0.0) + total
            self.domain_tokens[domain] = self.domain_tokens.get(domain, 0) + result.domain_tokens[domain]
        if step % self.log_every and step != self.steps:
            return None
        tokens_per_s = (step - self.logged_step) * self.tokens_per_step / (now - self.logged_time)
        record: dict[str, Any] = {
            "step": step,
            "loss": result.loss,
            "loss_mean": self.loss_sum / (step - self.logged_step),  # over the steps since the last record
            "lr": lr,
            "grad_norm": result.grad_norm,
            "tokens": step * self.tokens_per_step,
            "tokens_per_s": tokens_per_s,  # since the last record
            "mfu": tokens_per_s * self.flops_per_token / self.peak_total,
            "elapsed": now - self.started,
        }
        # since the last record, every label token of every rank
        by_domain = {d: self.domain_sums[d] / n for d, n in sorted(self.domain_tokens.items()) if n}
        record["loss_by_domain"] = by_domain
        record.update(group_aux(result.aux))  # the step's values, like "loss"
        self.logged_time, self.logged_step = now, step
        self.loss_sum, self.domain_sums, self.domain_tokens = 0.0, {}, {}
        if self.writer is not None:
            self._write(TRAIN_LOG, record)
            for key in ("loss", "lr", "grad_norm", "tokens_per_s", "mfu"):
                if record[key] is not None:
                    self.writer.add_scalar(f"train/{key}", record[key], step)
            for domain, value in by_domain.items():
                self.writer.add_scalar(f"train_loss_by_domain/{domain}", value, step)
            for name, value in result.aux.items():
                self.writer.add_scalar(f"train/{name}", value, step)
        return record

    def record_validation(
        self, step: int, losses: dict[str, float], aux: Mapping[str, dict[str, float]] | None = None
    ) -> None:
        """`aux`: {term: {domain: held-out loss}} of the objective's other terms (the MTP depths)."""
        if self.writer is None:
            return
        record: dict[str, Any] = {
            "step": step,
            "tokens": step * self.tokens_per_step,
            "loss_by_domain": losses,
        }
        record.update({f"{k}_by_domain": v for k, v in group_aux(aux or {}).items()})
        self._write(VAL_LOG, record)
        for domain, value in losses.items():
            self.writer.add_scalar(f"val_loss/{domain}", value, step)
        for name, by_domain in (aux or {}).items():
            for domain, value in by_domain.items():
                self.writer.add_scalar(f"val_{name}/{domain}", value, step)
        self.bar.write(f"step {step} validation: " + ", ".join(f"{d} {v:.3f}" for d, v in losses.items()))

    def _write(self, name: str, record: dict[str, Any]) -> None:
        self.files[name].write(json.dumps(record) + "\n")
        self.files[name].flush()


def truncate_logs(out: Path, step: int) -> None:
    """Keep only records up to `step`: a resumed run rewrites the steps after its checkpoint."""
    for name in (TRAIN_LOG, VAL_LOG):
        path = out / name
        if path.exists():
            kept = [line for line in path.read_text().splitlines() if json.loads(line)["step"] <= step]
            path.write_text("".join(line + "\n" for line in kept))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def plot_training(out: Path) -> Path:
    """`training.png`: training loss (overall and per domain) and validation loss per domain against step."""
    import matplotlib

    matplotlib.use("Agg")  # no display; the PNG is the product
    import matplotlib.pyplot as plt

    from core.packs import domain_color

    train, val = read_jsonl(out / TRAIN_LOG), read_jsonl(out / VAL_LOG)
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
    steps = [r["step"] for r in train]
    # Means over each logging interval, so the overall curve and the per-domain curves cover the same steps.
    left.plot(steps, [r["loss_mean"] for r in train], color="black", linewidth=1.6, label="all tokens")
    for domain in sorted({d for r in train for d in r.get("loss_by_domain", {})}):
        points = [(r["step"], r["loss_by_domain"][domain]) for r in train if domain in r["loss_by_domain"]]
        left.plot(
            *zip(*points, strict=True),
            color=domain_color(domain, default=None),
            linewidth=0.9,
            alpha=0.8,
            label=domain,
        )
    left.set(
        title="Training loss (mean since the previous record)",
        xlabel="step",
        ylabel="cross-entropy (nats/token)",
    )
    left.legend(fontsize=8)
    for domain in sorted({d for r in val for d in r["loss_by_domain"]}):
        points = [(r["step"], r["loss_by_domain"][domain]) for r in val if domain in r["loss_by_domain"]]
        right.plot(
            *zip(*points, strict=True),
            marker="o",
            markersize=3,
            color=domain_color(domain, default=None),
            label=domain,
        )
    right.set(title="Validation loss per domain (held-out)", xlabel="step")
    if val:
        right.legend(fontsize=8)
    for ax in (left, right):
        ax.grid(alpha=0.3)
    fig.tight_layout()
    path = out / PLOT
    fig.savefig(path, dpi=110, metadata={"Software": None})  # no version string: same data, same bytes
    plt.close(fig)
    return path
