"""Will a planned model train on a given GPU? Per-GPU memory before the job: model states under the ZeRO
stage (DeepSpeed's own estimators), plus activations at the planned micro-batch and sequence length, with and
without activation checkpointing, against the accelerator's memory.

Model states (DeepSpeed's `estimate_zero2_model_states_mem_needs` and `estimate_zero3_model_states_mem_needs`,
no offload; bf16 training keeps 16-bit weights, fp32 master weights, fp32 gradients and two Adam moments):
- ZeRO-3: 18 bytes/parameter partitioned over all GPUs, plus the largest layer gathered (4 bytes/parameter);
- ZeRO-2: 2 bytes/parameter of 16-bit weights on every GPU, 18 partitioned;
- ZeRO-1: as ZeRO-2, plus the 16-bit gradients, which ZeRO-1 keeps whole on every GPU (2 bytes/parameter);
- ZeRO-0: everything on every GPU (ZeRO-2's estimate on one GPU: 20 bytes/parameter).
fp32 training (no 16-bit copies: 4-byte weights and gradients, 8 bytes of Adam moments) is counted the same
way by hand: 16 bytes/parameter, of which ZeRO-1 partitions the 8 of the moments, ZeRO-2 also the 4 of the
gradients, ZeRO-3 all of them.

Activations are what autograd keeps for the backward pass of a transformers Llama decoder layer run with
sdpa or flash attention (no [seq, seq] score matrix is kept), counted tensor by tensor, per token, with E the
bytes of the training dtype, h the hidden size, f the MLP width, kv the key/value width, a the heads:
- each of the two RMSNorms: its input upcast to fp32 (4h), 1/rms (4), the normalised input (hE), and the
  weighted output the projections read (hE);
- attention: q and its output (2hE; o_proj reads the output in place), k and v (2 kv E), the log-sum-exp (4a);
- SwiGLU MLP: gate, SiLU(gate), up, and their product (4fE).
Outside the layers: the token ids (8), RoPE's cos and sin (2 s d E per micro-batch, shared by the layers), the
final RMSNorm (4h + 4 + hE) and the fused loss head's gradient buffers (hE per token, V h E for the output
embedding). With activation checkpointing a layer keeps only its input (hE per token) and one layer at a
time is recomputed during backward.
On top of what is kept, the larger of: the loss head's chunk of logits at the end of the forward pass (1024
rows x V in fp32), and what the backward pass holds inside one layer: its gradients (2 f E + 4 h E per token)
and, under checkpointing, the layer's recomputed activations. Liger's fused RMSNorm and
SwiGLU (used on CUDA) keep less than transformers' modules, so on a GPU the estimate errs on the safe side.
A GPU also loses memory to the CUDA context, NCCL and cuBLAS workspaces (RESERVED_GIB) and to allocator
fragmentation (FRAGMENTATION): a plan fits when the estimate with both is within the device's memory.
`tests/test_memory.py` checks the kept bytes against autograd's saved tensors, and the peak against the
resident memory a CPU training step reaches.
"""

from __future__ import annotations

import contextlib
import math
import sys
from dataclasses import asdict, dataclass
from typing import Any

from core.errors import ConfigError
from core.schemas.plan import Plan
from kernels.cross_entropy import DEFAULT_CHUNK_SIZE
from model.hardware import GIB, Accelerator

RESERVED_GIB = 2.5
"""CUDA context, NCCL buffers and cuBLAS workspaces, per GPU."""
FRAGMENTATION = 1.10
"""PyTorch's caching allocator: allocated memory plus what fragmentation keeps unusable."""
DTYPE_BYTES = {"bf16": 2, "fp32": 4}


@dataclass(frozen=True)
class ModelShape:
    """What memory depends on, read from the planned model built on the meta device."""

    params: int
    largest_layer_params: int
    hidden: int
    intermediate: int
    layers: int
    heads: int
    kv_width: int
    head_dim: int
    vocab: int

    @classmethod
    def of(cls, model_config: dict[str, Any]) -> ModelShape:
        """Build the model on the meta device (no memory, no init) and count what it holds."""
        import torch
        from transformers import LlamaConfig, LlamaForCausalLM

        with torch.device("meta"):
            model = LlamaForCausalLM(LlamaConfig(**model_config))
        params = sum(p.numel() for p in model.parameters())
        layers = [*model.model.layers, model.get_input_embeddings(), model.get_output_embeddings()]
        largest = max(sum(p.numel() for p in layer.parameters()) for layer in layers)
        heads = int(model_config["num_attention_heads"])
        head_dim = int(model_config.get("head_dim") or model_config["hidden_size"] // heads)
        kv_heads = int(model_config.get("num_key_value_heads") or heads)
        return cls(
            params=params,
            largest_layer_params=largest,
            hidden=int(model_config["hidden_size"]),
            intermediate=int(model_config["intermediate_size"]),
            layers=int(model_config["num_hidden_layers"]),
            heads=heads,
            kv_width=kv_heads * head_dim,
            head_dim=head_dim,
            vocab=int(model_config["vocab_size"]),
        )


def model_state_bytes(
    shape: ModelShape, zero_stage: int, gpus: int, precision: str, gpus_per_node: int
) -> int:
    """Weights, gradients and optimizer state per GPU (see the module docstring)."""
    if gpus < 1 or zero_stage not in (0, 1, 2, 3):
        raise ConfigError(f"need >= 1 GPU and a ZeRO stage 0-3, got {gpus} GPUs, stage {zero_stage}")
    n = shape.params
    if precision == "fp32":
        if zero_stage == 3:
            return math.ceil(16 * n / gpus) + 4 * shape.largest_layer_params
        partitioned = {0: 0, 1: 8, 2: 12}[zero_stage]
        return (16 - partitioned) * n + math.ceil(partitioned * n / gpus)
    # DeepSpeed's logger writes to the stdout of its first import: kept off ours (`--dry-run --json`).
    with contextlib.redirect_stdout(sys.stderr):
        from deepspeed.runtime.zero.stage3 import estimate_zero3_model_states_mem_needs
        from deepspeed.runtime.zero.stage_1_and_2 import estimate_zero2_model_states_mem_needs

    nodes = max(1, gpus // gpus_per_node)
    per_node = gpus // nodes
    if zero_stage == 3:
        _, gpu, _ = estimate_zero3_model_states_mem_needs(
            n, shape.largest_layer_params, per_node, nodes, cpu_offload=False, cpu_offload_params=False
        )
        return int(gpu)
    if zero_stage == 0:
        return int(estimate_zero2_model_states_mem_needs(n, 1, 1, cpu_offload=False)[1])
    _, gpu = estimate_zero2_model_states_mem_needs(n, per_node, nodes, cpu_offload=False)
    return int(gpu) + (2 * n if zero_stage == 1 else 0)


def layer_bytes_per_token(shape: ModelShape, precision: str) -> int:
    """What one decoder layer keeps for backward, per token."""
    e = DTYPE_BYTES[precision]
    h, f = shape.hidden, shape.intermediate
    norms = 2 * (4 * h + 4 + 2 * h * e)
    attention = 2 * h * e + 2 * shape.kv_width * e + 4 * shape.heads
    return norms + attention + 4 * f * e


@dataclass(frozen=True)
class ActivationBytes:
    kept: int
    """Tensors autograd keeps from the forward pass to the backward pass."""
    logits: int
    """The loss head's chunk of logits, held at the end of the forward pass."""
    backward: int
    """Held during backward inside one layer: its gradients, and under checkpointing the layer recomputed."""

    @property
    def peak(self) -> int:
        return self.kept + max(self.logits, self.backward)


def activation_bytes(
    shape: ModelShape, micro_batch: int, seq_len: int, precision: str, checkpointing: bool
) -> ActivationBytes:
    """Activation memory of one micro-batch (see the module docstring for every term)."""
    e = DTYPE_BYTES[precision]
    tokens = micro_batch * seq_len
    h = shape.hidden
    layer = layer_bytes_per_token(shape, precision) * tokens
    rope = 2 * seq_len * shape.head_dim * e
    outside = tokens * (8 + 4 * h + 4 + h * e + h * e) + shape.vocab * h * e + rope
    per_layer = tokens * h * e if checkpointing else layer
    gradients = tokens * (2 * shape.intermediate + 4 * h) * e
    return ActivationBytes(
        kept=shape.layers * per_layer + outside,
        logits=min(tokens, DEFAULT_CHUNK_SIZE) * shape.vocab * 4,
        backward=gradients + (layer if checkpointing else 0),
    )


@dataclass(frozen=True)
class Estimate:
    zero_stage: int
    micro_batch_size: int
    activation_checkpointing: bool
    model_states: int
    activations: int
    total: int
    """Model states and peak activations, with fragmentation and the reserve: what must fit."""
    capacity: int

    @property
    def fits(self) -> bool:
        return self.total <= self.capacity


def estimate(
    shape: ModelShape,
    accelerator: Accelerator,
    gpus: int,
    gpus_per_node: int,
    zero_stage: int,
    micro_batch: int,
    seq_len: int,
    precision: str,
    checkpointing: bool,
) -> Estimate:
    states = model_state_bytes(shape, zero_stage, gpus, precision, gpus_per_node)
    acts = activation_bytes(shape, micro_batch, seq_len, precision, checkpointing).peak
    total = math.ceil((states + acts) * FRAGMENTATION + RESERVED_GIB * GIB)
    return Estimate(zero_stage, micro_batch, checkpointing, states, acts, total, accelerator.memory_bytes)


def micro_batches_below(micro_batch: int) -> list[int]:
    """The planned micro-batch, then halvings down to 1."""
    out = [micro_batch]
    while out[-1] > 1:
        out.append(out[-1] // 2)
    return out


def check_plan(
    plan: Plan,
    accelerator: Accelerator,
    gpus: int,
    gpus_per_node: int,
    zero_stage: int,
    precision: str,
    checkpointing: bool,
) -> dict[str, Any]:
    """The estimate of the configured run at the plan's micro-batch, every ZeRO stage's, and the smallest
    ZeRO stage (then the largest micro-batch, without checkpointing before with) that fits."""
    shape = ModelShape.of(plan.model_config)
    seq_len, micro, accum = plan.train.seq_len, plan.train.micro_batch_size, plan.train.grad_accum_steps

    def at(stage: int, mb: int, ckpt: bool) -> Estimate:
        return estimate(shape, accelerator, gpus, gpus_per_node, stage, mb, seq_len, precision, ckpt)

    configured = at(zero_stage, micro, checkpointing)
    suggestion = None
    for stage in range(4):
        for mb in micro_batches_below(micro):
            fit = next((e for e in (at(stage, mb, False), at(stage, mb, True)) if e.fits), None)
            if fit is not None:
                suggestion = fit
                break
        if suggestion is not None:
            break
    result: dict[str, Any] = {
        "accelerator": accelerator.name,
        "gpus": gpus,
        "gpus_per_node": gpus_per_node,
        "precision": precision,
        "n_params": shape.params,
        "largest_layer_params": shape.largest_layer_params,
        "seq_len": seq_len,
        "micro_batch_size": micro,
        "capacity_bytes": accelerator.memory_bytes,
        "configured": _row(configured),
        "stages": [_row(at(s, micro, ckpt)) for s in range(4) for ckpt in (False, True)],
        "fits": configured.fits,
        "suggestion": None,
    }
    if suggestion is not None:
        keep = micro * accum  # the planned global batch: micro-batch x accumulation steps
        result["suggestion"] = _row(suggestion) | {
            "grad_accum_steps": keep // suggestion.micro_batch_size,
        }
    if accum % gpus:
        result["batch_problem"] = (
            f"grad_accum_steps {accum} is not divisible by {gpus} GPUs: the global batch cannot be split evenly"
        )
    return result


def _row(e: Estimate) -> dict[str, Any]:
    return asdict(e) | {"fits": e.fits}


def format_check(result: dict[str, Any]) -> str:
    """The estimate as a table, and the verdict."""
    gib = lambda n: f"{n / GIB:7.1f} GiB"  # noqa: E731
    c = result["configured"]
    lines = [
        f"{result['n_params'] / 1e9:.2f}B parameters, seq_len {result['seq_len']}, {result['precision']}, on "
        f"{result['gpus']} x {result['accelerator']} ({gib(result['capacity_bytes']).strip()} each)",
        "",
        "ZeRO  checkpointing  micro-batch  model states  activations  total (x1.10 + 2.5 GiB)  fits",
    ]
    for r in result["stages"]:
        mark = (
            " <- configured"
            if (r["zero_stage"], r["activation_checkpointing"])
            == (
                c["zero_stage"],
                c["activation_checkpointing"],
            )
            else ""
        )
        lines.append(
            f"{r['zero_stage']:>4}  {'on' if r['activation_checkpointing'] else 'off':>13}  "
            f"{r['micro_batch_size']:>11}  {gib(r['model_states']):>12}  {gib(r['activations']):>11}  "
            f"{gib(r['total']):>23}  {'yes' if r['fits'] else 'no':>4}{mark}"
        )
    lines.append("")
    need = c["total"]
    if result["fits"]:
        lines.append(
            f"fits: ZeRO-{c['zero_stage']} at micro-batch {c['micro_batch_size']} needs {gib(need).strip()} per "
            f"GPU of {gib(result['capacity_bytes']).strip()}"
        )
    else:
        lines.append(
            f"does not fit: ZeRO-{c['zero_stage']} at micro-batch {c['micro_batch_size']} needs {gib(need).strip()} "
            f"per GPU, {gib(need - result['capacity_bytes']).strip()} more than the {result['accelerator']}'s "
            f"{gib(result['capacity_bytes']).strip()}"
        )
    s = result["suggestion"]
    if s is None:
        lines.append("nothing fits on these GPUs even at ZeRO-3, micro-batch 1, with checkpointing: add GPUs")
    elif not result["fits"] or (s["zero_stage"], s["micro_batch_size"]) != (
        c["zero_stage"],
        c["micro_batch_size"],
    ):
        lines.append(
            f"the smallest ZeRO stage that fits: pretrain.zero_stage={s['zero_stage']}, "
            f"micro_batch_size={s['micro_batch_size']}, grad_accum_steps={s['grad_accum_steps']} (the same global "
            f"batch), activation_checkpointing={'true' if s['activation_checkpointing'] else 'false'}: "
            f"{gib(s['total']).strip()} per GPU"
        )
    if "batch_problem" in result:
        lines.append(result["batch_problem"])
    return "\n".join(lines)
