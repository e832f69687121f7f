"""Swap a transformers Llama model's RMSNorm, SwiGLU MLP and rotary embedding for Liger's fused kernels.

Liger's `apply_liger_kernel_to_llama` does the patching: it rebinds the forward of the model's existing
modules, so parameters and state-dict keys keep the stock layout and checkpoints load either way, and it
replaces modeling_llama's rotary function for the whole process. The loss head is left alone: the trainer
calls `fused_linear_cross_entropy` itself, for the per-token losses. Where Liger is not the backend this is
a logged no-op and transformers' plain-torch modules run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from torch import nn

from kernels.liger import LIGER, KernelBackend, kernel_backend

log = logging.getLogger(__name__)

FUSED_OPS = ("rms_norm", "swiglu", "rope")
SWIGLU_ACTIVATIONS = ("silu", "swish")


@dataclass(frozen=True)
class FusedKernels:
    backend: KernelBackend
    patched: tuple[str, ...]
    """The operations now running fused kernels; empty when the model runs transformers' own modules."""


def apply_fused_kernels(model: nn.Module, backend: KernelBackend | None = None) -> FusedKernels:
    """Patch a Llama model in place with Liger's RMSNorm, SwiGLU and rotary kernels when Liger is the backend.

    `backend` defaults to the process's choice (`kernel_backend()`); passing one forces it (tests run the
    patched model on CPU under TRITON_INTERPRET=1). Call before wrapping the model (DeepSpeed, DDP).
    """
    chosen = backend or kernel_backend()
    name = type(model).__name__
    if chosen.name != LIGER:
        log.info("fused kernels: none applied to %s, transformers' own modules run (%s)", name, chosen.reason)
        return FusedKernels(chosen, ())
    config = getattr(model, "config", None)
    model_type = getattr(config, "model_type", None)
    if model_type != "llama":
        raise ValueError(f"fused kernels are wired for Llama models; {name} has model_type {model_type!r}")
    activation = getattr(config, "hidden_act", None)
    if activation not in SWIGLU_ACTIVATIONS:
        # Liger's SwiGLU hard-codes SiLU: patching another activation would silently change the model.
        raise ValueError(f"fused SwiGLU needs hidden_act in {SWIGLU_ACTIVATIONS}, got {activation!r}")
    from liger_kernel.transformers import apply_liger_kernel_to_llama

    apply_liger_kernel_to_llama(
        rope=True,
        rms_norm=True,
        swiglu=True,
        cross_entropy=False,
        fused_linear_cross_entropy=False,
        model=model,
    )
    log.info("fused kernels: %s applied to %s (liger: %s)", ", ".join(FUSED_OPS), name, chosen.reason)
    return FusedKernels(chosen, FUSED_OPS)
