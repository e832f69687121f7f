"""Linear layer + distillation loss without the [N, V] logits of either model: the student's loss head when it
learns from a teacher.

    loss = (1 - alpha) x CE(student, targets) + alpha x T^2 x KL(teacher_T || student_T)

averaged over the tokens whose target is not ignore_index, where `_T` is a distribution softened by the
temperature T (logits / T) and T^2 keeps the KL term's gradients on the scale of the cross-entropy's as T
changes (Hinton et al. 2015).

With `top_k`, the teacher's distribution is its k most likely tokens at temperature T, renormalised to sum to
one over those k; the student's log-probabilities are over its whole vocabulary. So the KL is
sum_{i in top-k} p_i (log p_i - log q_i) with q a full softmax: it is >= 0 and zero only when the student puts
the teacher's renormalised top-k mass on exactly those tokens and nothing elsewhere, so the student also learns
to keep mass off the teacher's tail. Renormalising the student on the top-k as well would leave its mass
outside them free. The teacher's tail beyond k is dropped (at k = 256 it is a small share of its mass for a
trained model); `top_k=None` keeps the whole vocabulary.

On the torch path, the hidden states are taken a chunk of tokens at a time: the chunk's student logits, its
teacher logits and the teacher's top-k are computed, turned into per-token losses and, in the same pass, into
the gradients for the student's hidden states and head weight; then they are freed (as the fused
cross-entropy does, kernels.cross_entropy). The teacher takes no gradient.

On CUDA with liger-kernel installed and `top_k=None`, Liger's Triton kernels do the work: its fused linear
cross-entropy for the CE term and its fused linear JSD with beta = 0 (forward KL(teacher || student), its own
chunking) for the KL term. Liger has no top-k variant, so a top-k loss runs the torch path on any device: the
objective never depends on the device it runs on.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import torch

from kernels.cross_entropy import _check_inputs, _compute_dtype, fused_linear_cross_entropy
from kernels.liger import LIGER, KernelBackend, kernel_backend

DISTILL_CHUNK_SIZE = 512
"""Tokens per chunk on the torch path. A chunk holds about four [chunk, V] buffers at once (teacher logits,
student log-probabilities at T = 1 and at T, the gradient), so half the cross-entropy's chunk keeps the peak
comparable: 4 x 4 x 512 x V bytes, 256 MiB at V = 32768."""


class DistillOutput(NamedTuple):
    loss: torch.Tensor
    """(1 - alpha) x mean CE + alpha x T^2 x mean KL over the scored tokens; differentiable."""
    token_loss: torch.Tensor
    """Detached float32 [N]: each token's cross-entropy against its target (T = 1), 0 where ignored."""
    kl: torch.Tensor
    """Detached float32 scalar: the mean KL(teacher_T || student_T) over the scored tokens (before T^2)."""


def torch_distill_losses(
    hidden: torch.Tensor,
    weight: torch.Tensor,
    teacher_hidden: torch.Tensor,
    teacher_weight: torch.Tensor,
    targets: torch.Tensor,
    ignore_index: int,
    alpha: float,
    temperature: float,
    top_k: int | None,
    need_hidden_grad: bool,
    need_weight_grad: bool,
    chunk_size: int = DISTILL_CHUNK_SIZE,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None, torch.Tensor | None]:
    """Per-token CE and KL [N] and the gradients of sum((1 - alpha) CE + alpha T^2 KL) over the scored tokens
    for hidden [N, d] and weight [V, d], chunk by chunk."""
    n_tokens = hidden.shape[0]
    dtype = _compute_dtype(hidden.dtype)
    token_ce = torch.zeros(n_tokens, dtype=dtype, device=hidden.device)
    token_kl = torch.zeros(n_tokens, dtype=dtype, device=hidden.device)
    grad_hidden = torch.empty_like(hidden) if need_hidden_grad else None
    grad_weight = torch.zeros(weight.shape, dtype=dtype, device=weight.device) if need_weight_grad else None
    for start in range(0, n_tokens, chunk_size):
        rows = slice(start, min(start + chunk_size, n_tokens))
        hidden_chunk, target = hidden[rows], targets[rows]
        scored = target != ignore_index
        scored_f = scored.to(dtype)
        safe_target = torch.where(scored, target, 0).unsqueeze(1)

        # The teacher's side: its (top-k) distribution at temperature T. No [N, V] tensor: one chunk at a time.
        teacher_logits = (teacher_hidden[rows] @ teacher_weight.T).to(dtype).div_(temperature)
        if top_k is not None:
            teacher_logits, teacher_ids = teacher_logits.topk(top_k, dim=1)
        log_p = teacher_logits.log_softmax(dim=1)
        del teacher_logits
        p = log_p.exp()

        # The student's side: log-probabilities at T = 1 (for the CE) and at T (for the KL).
        log_q = (hidden_chunk @ weight.T).to(dtype).log_softmax(dim=1)
        token_ce[rows] = -log_q.gather(1, safe_target).squeeze(1) * scored_f
        # log_softmax(z / T) == log_softmax(log_softmax(z) / T): the normaliser is a per-row shift.
        log_q_t = log_q if temperature == 1.0 else (log_q / temperature).log_softmax(dim=1)
        log_q_t_at_p = log_q_t.gather(1, teacher_ids) if top_k is not None else log_q_t
        token_kl[rows] = (p * (log_p - log_q_t_at_p)).sum(dim=1) * scored_f
        del log_q_t_at_p
        if grad_hidden is None and grad_weight is None:
            continue
        # d/dz of (1 - alpha) CE + alpha T^2 KL: (1 - alpha)(softmax(z) - onehot) + alpha T (softmax(z / T) - p)
        kl_scale = alpha * temperature
        if log_q_t is log_q:
            grad_logits = log_q.exp_().mul_((1 - alpha) + kl_scale)
        else:
            grad_logits = log_q.exp_().mul_(1 - alpha).add_(log_q_t.exp_(), alpha=kl_scale)
        del log_q_t
        grad_logits.scatter_add_(1, safe_target, torch.full_like(scored_f, -(1 - alpha)).unsqueeze(1))
        if top_k is not None:
            grad_logits.scatter_add_(1, teacher_ids, p.mul_(-kl_scale))
        else:
            grad_logits.sub_(p, alpha=kl_scale)
        grad_logits *= scored_f.unsqueeze(1)
        if grad_hidden is not None:
            grad_hidden[rows] = grad_logits.to(weight.dtype) @ weight
        if grad_weight is not None:
            grad_weight.addmm_(grad_logits.T, hidden_chunk.to(dtype))
        del grad_logits, log_q, p, log_p
    return (
        token_ce,
        token_kl,
        grad_hidden,
        None if grad_weight is None else grad_weight.to(weight.dtype),
    )


class _FusedLinearDistillation(torch.autograd.Function):
    """The mean loss from `torch_distill_losses`; backward only scales the gradients stored in forward."""

    @staticmethod
    def forward(  # type: ignore[override]
        ctx: Any,
        hidden: torch.Tensor,
        weight: torch.Tensor,
        teacher_hidden: torch.Tensor,
        teacher_weight: torch.Tensor,
        targets: torch.Tensor,
        settings: tuple[int, float, float, int | None, int],
        need_hidden_grad: bool,
        need_weight_grad: bool,
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        ignore_index, alpha, temperature, top_k, chunk_size = settings
        token_ce, token_kl, grad_hidden, grad_weight = torch_distill_losses(
            hidden,
            weight,
            teacher_hidden,
            teacher_weight,
            targets,
            ignore_index,
            alpha,
            temperature,
            top_k,
            need_hidden_grad,
            need_weight_grad,
            chunk_size,
        )
        scale = 1.0 / max(int((targets != ignore_index).sum()), 1)
        kl = token_kl.sum() * scale
        loss = (1 - alpha) * token_ce.sum() * scale + alpha * temperature**2 * kl
        ctx.save_for_backward(
            None if grad_hidden is None else grad_hidden.mul_(scale),
            None if grad_weight is None else grad_weight.mul_(scale),
        )
        token_ce, kl = token_ce.float(), kl.float()
        ctx.mark_non_differentiable(token_ce, kl)
        return loss, token_ce, kl

    @staticmethod
    def backward(ctx: Any, grad_loss: torch.Tensor, *_: torch.Tensor) -> tuple[Any, ...]:
        grad_hidden, grad_weight = ctx.saved_tensors
        if not torch.equal(grad_loss, torch.ones_like(grad_loss)):
            grad_hidden = None if grad_hidden is None else grad_hidden * grad_loss.to(grad_hidden.dtype)
            grad_weight = None if grad_weight is None else grad_weight * grad_loss.to(grad_weight.dtype)
        return grad_hidden, grad_weight, None, None, None, None, None, None


def liger_distillation(
    hidden: torch.Tensor,
    weight: torch.Tensor,
    teacher_hidden: torch.Tensor,
    teacher_weight: torch.Tensor,
    targets: torch.Tensor,
    ignore_index: int,
    alpha: float,
    temperature: float,
    backend: KernelBackend,
) -> DistillOutput:
    """The full-vocabulary loss by Liger's kernels: fused linear CE, and fused linear JSD at beta = 0, which is
    the forward KL(teacher_T || student_T) averaged over the tokens whose target is not ignore_index."""
    from liger_kernel.ops.fused_linear_jsd import LigerFusedLinearJSDFunction

    ce = fused_linear_cross_entropy(hidden, weight, targets, ignore_index, backend=backend)
    kl = LigerFusedLinearJSDFunction.apply(
        hidden, weight, teacher_hidden, teacher_weight, targets, 0.0, ignore_index, temperature, torch.float32
    )
    loss = (1 - alpha) * ce.loss + alpha * temperature**2 * kl
    return DistillOutput(loss, ce.token_loss, kl.detach().float())


def fused_linear_distillation(
    hidden: torch.Tensor,
    weight: torch.Tensor,
    teacher_hidden: torch.Tensor,
    teacher_weight: torch.Tensor,
    targets: torch.Tensor,
    *,
    alpha: float,
    temperature: float,
    top_k: int | None,
    ignore_index: int = -100,
    chunk_size: int = DISTILL_CHUNK_SIZE,
    backend: KernelBackend | None = None,
) -> DistillOutput:
    """The distillation loss of the student's `hidden @ weight.T` against `targets` and the teacher's
    `teacher_hidden @ teacher_weight.T`, without materialising either [N, V] logits.

    hidden [N, d] and weight [V, d] are the student's final-norm output and head; teacher_hidden [N, d_t] and
    teacher_weight [V, d_t] the teacher's (any width, the same vocabulary); targets [N]. `backend` defaults to
    the process's choice; Liger runs only for `top_k=None` on CUDA tensors (or when forced, for tests).
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive number of tokens, got {chunk_size}")
    if not 0.0 <= alpha <= 1.0 or temperature <= 0:
        raise ValueError(f"expected 0 <= alpha <= 1 and temperature > 0, got {alpha} and {temperature}")
    _check_inputs(hidden, weight, targets, ignore_index)
    if teacher_hidden.shape[0] != hidden.shape[0] or teacher_weight.shape[0] != weight.shape[0]:
        raise ValueError(
            f"teacher hidden {tuple(teacher_hidden.shape)} and head {tuple(teacher_weight.shape)} do not match the "
            f"student's {tuple(hidden.shape)} and {tuple(weight.shape)}: the same tokens and vocabulary are needed"
        )
    if teacher_hidden.shape[1] != teacher_weight.shape[1]:
        raise ValueError(
            f"teacher hidden {tuple(teacher_hidden.shape)} and head {tuple(teacher_weight.shape)} differ in width"
        )
    if top_k is not None and top_k < 1:
        raise ValueError(f"top_k must be a positive number of tokens or None, got {top_k}")
    if top_k is not None and top_k >= weight.shape[0]:
        top_k = None  # the whole vocabulary: no selection, no renormalisation
    teacher_hidden, teacher_weight = teacher_hidden.detach(), teacher_weight.detach()
    chosen = backend or kernel_backend()
    if top_k is None and chosen.name == LIGER and (backend is not None or hidden.is_cuda):
        return liger_distillation(
            hidden, weight, teacher_hidden, teacher_weight, targets, ignore_index, alpha, temperature, chosen
        )
    grad_enabled = torch.is_grad_enabled()
    loss, token_loss, kl = _FusedLinearDistillation.apply(
        hidden,
        weight,
        teacher_hidden,
        teacher_weight,
        targets,
        (ignore_index, alpha, temperature, top_k, chunk_size),
        grad_enabled and hidden.requires_grad,
        grad_enabled and weight.requires_grad,
    )
    return DistillOutput(loss, token_loss, kl)
