"""Linear layer + cross-entropy without the [N, V] logits: the loss head of a language model.

The logits of a chunk of tokens are computed, turned into per-token losses and, in the same pass, into the
gradients for the hidden states and the output weight; then they are freed. Backward only scales the stored
gradients, so the peak holds one chunk of logits instead of all of them (the Liger-Kernel scheme). On CUDA
with liger-kernel installed, Liger's Triton kernel does the chunk work; elsewhere a plain-torch loop does.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, NamedTuple

import torch

from kernels.liger import LIGER, KernelBackend, kernel_backend, liger_token_losses

DEFAULT_CHUNK_SIZE = 1024
"""Tokens per chunk on the torch path: the transient float32 logits take 4 * 1024 * V bytes (128 MiB at
V = 32768), and a [1024, d] x [d, V] matmul is still large enough to run near full speed."""

Engine = Callable[
    [torch.Tensor, torch.Tensor, torch.Tensor, int, bool, bool],
    tuple[torch.Tensor, torch.Tensor | None, torch.Tensor | None],
]


class FusedCEOutput(NamedTuple):
    loss: torch.Tensor
    """Mean cross-entropy over the tokens whose target is not ignore_index; differentiable. 0 when every
    target is ignored (a micro-batch with nothing to score adds nothing, instead of a NaN)."""
    token_loss: torch.Tensor
    """Detached float32 [N]: each token's cross-entropy, 0 where the target is ignore_index."""


def _compute_dtype(dtype: torch.dtype) -> torch.dtype:
    # softmax and the gradient sums in at least float32, whatever the (bf16) activations are
    return torch.promote_types(dtype, torch.float32)


def torch_token_losses(
    hidden: torch.Tensor,
    weight: torch.Tensor,
    targets: torch.Tensor,
    ignore_index: int,
    need_hidden_grad: bool,
    need_weight_grad: bool,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> tuple[torch.Tensor, torch.Tensor | None, torch.Tensor | None]:
    """Per-token losses [N] and the gradients of their sum for hidden [N, d] and weight [V, d], chunk by chunk."""
    n_tokens = hidden.shape[0]
    dtype = _compute_dtype(hidden.dtype)
    token_loss = torch.zeros(n_tokens, dtype=dtype, device=hidden.device)
    grad_hidden = torch.empty_like(hidden) if need_hidden_grad else None
    grad_weight = torch.zeros(weight.shape, dtype=dtype, device=weight.device) if need_weight_grad else None
    for start in range(0, n_tokens, chunk_size):
        rows = slice(start, min(start + chunk_size, n_tokens))
        hidden_chunk, target = hidden[rows], targets[rows]
        scored = target != ignore_index
        safe_target = torch.where(scored, target, 0).unsqueeze(1)
        # One [chunk, V] buffer, modified in place: logits -> shifted logits -> exp -> softmax -> dloss/dlogits.
        logits = (hidden_chunk @ weight.T).to(dtype)
        logits -= logits.amax(dim=1, keepdim=True)
        target_logit = logits.gather(1, safe_target).squeeze(1)
        probs = logits.exp_()
        normaliser = probs.sum(dim=1, keepdim=True)
        token_loss[rows] = (normaliser.squeeze(1).log() - target_logit) * scored
        if grad_hidden is None and grad_weight is None:
            continue
        grad_logits = probs.div_(normaliser)
        grad_logits.scatter_add_(1, safe_target, -scored.to(dtype).unsqueeze(1))
        grad_logits *= scored.unsqueeze(1)
        if grad_hidden is not None:
            grad_hidden[rows] = grad_logits.to(weight.dtype) @ weight
        if grad_weight is not None:
            grad_weight.addmm_(grad_logits.T, hidden_chunk.to(dtype))
        del logits, probs, grad_logits
    return token_loss, grad_hidden, None if grad_weight is None else grad_weight.to(weight.dtype)


class _FusedLinearCrossEntropy(torch.autograd.Function):
    """Mean loss from an engine that returns per-token losses and the gradients of their sum."""

    @staticmethod
    def forward(  # type: ignore[override]
        ctx: Any,
        hidden: torch.Tensor,
        weight: torch.Tensor,
        targets: torch.Tensor,
        ignore_index: int,
        engine: Engine,
        need_hidden_grad: bool,
        need_weight_grad: bool,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        token_loss, grad_hidden, grad_weight = engine(
            hidden, weight, targets, ignore_index, need_hidden_grad, need_weight_grad
        )
        n_scored = int((targets != ignore_index).sum())
        scale = 1.0 / max(n_scored, 1)
        loss = token_loss.to(_compute_dtype(hidden.dtype)).sum() * scale
        # Scale once here so backward is a no-op multiply by the usual grad_output of 1.
        ctx.save_for_backward(
            None if grad_hidden is None else grad_hidden.mul_(scale),
            None if grad_weight is None else grad_weight.mul_(scale),
        )
        token_loss = token_loss.float()
        ctx.mark_non_differentiable(token_loss)
        return loss, token_loss

    @staticmethod
    def backward(ctx: Any, grad_loss: torch.Tensor, _grad_token_loss: torch.Tensor) -> tuple[Any, ...]:
        grad_hidden, grad_weight = ctx.saved_tensors
        if not torch.equal(grad_loss, torch.ones_like(grad_loss)):
            grad_hidden = None if grad_hidden is None else grad_hidden * grad_loss.to(grad_hidden.dtype)
            grad_weight = None if grad_weight is None else grad_weight * grad_loss.to(grad_weight.dtype)
        return grad_hidden, grad_weight, None, None, None, None, None


def _check_inputs(
    hidden: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor, ignore_index: int
) -> None:
    if hidden.dim() != 2 or weight.dim() != 2 or hidden.shape[1] != weight.shape[1]:
        raise ValueError(
            f"expected hidden [N, d] and weight [V, d], got hidden {tuple(hidden.shape)} "
            f"and weight {tuple(weight.shape)}"
        )
    if targets.shape != hidden.shape[:1] or targets.dtype not in (torch.int64, torch.int32):
        raise ValueError(
            f"expected integer targets [N] = [{hidden.shape[0]}], got {targets.dtype} {tuple(targets.shape)}"
        )
    vocab_size = weight.shape[0]
    out_of_range = (targets != ignore_index) & ((targets < 0) | (targets >= vocab_size))
    if bool(out_of_range.any()):
        position = int(out_of_range.nonzero()[0, 0])
        raise ValueError(
            f"target {int(targets[position])} at position {position} is outside the vocabulary "
            f"[0, {vocab_size}) and is not ignore_index={ignore_index}"
        )


def fused_linear_cross_entropy(
    hidden: torch.Tensor,
    weight: torch.Tensor,
    targets: torch.Tensor,
    ignore_index: int = -100,
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    backend: KernelBackend | None = None,
) -> FusedCEOutput:
    """Cross-entropy of `hidden @ weight.T` against `targets` without materialising the [N, V] logits.

    hidden [N, d] (the final-norm output, flattened), weight [V, d] (the lm_head weight), targets [N] with
    ignore_index where no token is scored. `chunk_size` is the number of tokens per chunk on the torch path.
    `backend` defaults to the process's choice (`kernel_backend()`), which applies Liger to CUDA tensors only;
    passing a backend forces it (tests run Liger on CPU under TRITON_INTERPRET=1).
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive number of tokens, got {chunk_size}")
    _check_inputs(hidden, weight, targets, ignore_index)
    chosen = backend or kernel_backend()
    engine: Engine = (
        liger_token_losses
        if chosen.name == LIGER and (backend is not None or hidden.is_cuda)
        else functools.partial(torch_token_losses, chunk_size=chunk_size)
    )
    grad_enabled = torch.is_grad_enabled()
    loss, token_loss = _FusedLinearCrossEntropy.apply(
        hidden,
        weight,
        targets,
        ignore_index,
        engine,
        grad_enabled and hidden.requires_grad,
        grad_enabled and weight.requires_grad,
    )
    return FusedCEOutput(loss, token_loss)
