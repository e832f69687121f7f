"""Liger-Kernel's Triton kernels: whether they can run here (decided once per process and logged), and thin
adapters from Liger's entry points to the shapes the rest of `kernels` uses.

liger-kernel and triton are imported only inside functions: the package must import on a CPU box without
them. On CPU tensors Triton runs only under `TRITON_INTERPRET=1`, which is for correctness tests, so the
process-wide choice is Liger only when a CUDA device is present.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

import torch

from kernels.availability import cuda_module_problem

log = logging.getLogger(__name__)

LIGER = "liger"
TORCH = "torch"


@dataclass(frozen=True)
class KernelBackend:
    name: str
    """LIGER (Liger-Kernel's Triton kernels) or TORCH (plain-torch implementations in this package)."""
    reason: str


@functools.cache
def kernel_backend() -> KernelBackend:
    """Liger when liger-kernel imports and CUDA is available, else torch. Chosen once per process and logged."""
    problem = cuda_module_problem("liger_kernel.transformers")
    if problem is None:
        backend = KernelBackend(LIGER, "liger_kernel imports and a CUDA device is available")
    else:
        backend = KernelBackend(TORCH, f"Liger kernels unavailable: {problem}")
    log.info("fused kernel backend: %s (%s)", backend.name, backend.reason)
    return backend


def liger_token_losses(
    hidden: torch.Tensor,
    weight: torch.Tensor,
    targets: torch.Tensor,
    ignore_index: int,
    need_hidden_grad: bool,
    need_weight_grad: bool,
) -> tuple[torch.Tensor, torch.Tensor | None, torch.Tensor | None]:
    """Per-token losses and the gradients of their sum, by Liger's chunked Triton cross-entropy.

    Liger's forward with reduction="none" computes the gradients in the same pass as the losses; its autograd
    Function with reduction="none" would instead recompute the logits in backward, and with "mean" it hides
    the per-token losses the trainer logs per domain. Liger sizes its own chunks (transient logits of about
    N x d elements). Gradients accumulate in float32 whatever the parameter dtype.
    """
    from liger_kernel.ops.fused_linear_cross_entropy import fused_linear_cross_entropy_forward

    token_loss, _, _, _, grad_hidden, grad_weight, _ = fused_linear_cross_entropy_forward(
        hidden,
        weight,
        targets,
        ignore_index=ignore_index,
        reduction="none",
        accum_dtype=torch.float32,
        compute_gradients=need_hidden_grad or need_weight_grad,
        weight_requires_grad=need_weight_grad,
    )
    if not (need_hidden_grad or need_weight_grad):
        return token_loss, None, None
    return token_loss, grad_hidden if need_hidden_grad else None, grad_weight
