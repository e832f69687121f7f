"""Plain-torch references for the fused operations, written from their definitions (Llama conventions).

Tests compare every fused kernel with these, in float64 where precision matters; the loss-head benchmark uses
the cross-entropy one as the naive path that materialises all logits.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F


def linear_cross_entropy(
    hidden: torch.Tensor, weight: torch.Tensor, targets: torch.Tensor, ignore_index: int = -100
) -> tuple[torch.Tensor, torch.Tensor]:
    """(mean loss over scored tokens, per-token loss [N]) via the full [N, V] logits; mean 0 if none scored."""
    token_loss = F.cross_entropy(hidden @ weight.T, targets, ignore_index=ignore_index, reduction="none")
    n_scored = (targets != ignore_index).sum().clamp(min=1)
    return token_loss.sum() / n_scored, token_loss


def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    """x / sqrt(mean(x^2) + eps) * weight over the last dimension."""
    return x * torch.rsqrt(x.pow(2).mean(dim=-1, keepdim=True) + eps) * weight


def swiglu(gate: torch.Tensor, up: torch.Tensor) -> torch.Tensor:
    """SiLU(gate) * up: the gated activation of a SwiGLU MLP."""
    return gate * torch.sigmoid(gate) * up


def swiglu_mlp(
    x: torch.Tensor, gate_weight: torch.Tensor, up_weight: torch.Tensor, down_weight: torch.Tensor
) -> torch.Tensor:
    """down(SiLU(gate(x)) * up(x)) with bias-free projections stored [out, in] like nn.Linear."""
    return swiglu(x @ gate_weight.T, x @ up_weight.T) @ down_weight.T


def rotary(
    q: torch.Tensor, k: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    """Rotary position embedding of q, k [B, heads, T, D] with cos, sin [B, T, D] (half-split pairing).

    Dimension i is rotated with dimension i + D/2: (x1, x2) -> (x1 cos - x2 sin, x2 cos + x1 sin).
    """
    cos, sin = cos.unsqueeze(1), sin.unsqueeze(1)

    def rotate(x: torch.Tensor) -> torch.Tensor:
        half = x.shape[-1] // 2
        x1, x2 = x[..., :half], x[..., half:]
        c1, c2, s1, s2 = cos[..., :half], cos[..., half:], sin[..., :half], sin[..., half:]
        return torch.cat((x1 * c1 - x2 * s1, x2 * c2 + x1 * s2), dim=-1)

    return rotate(q), rotate(k)


def linear_distillation(
    hidden: torch.Tensor,
    weight: torch.Tensor,
    teacher_hidden: torch.Tensor,
    teacher_weight: torch.Tensor,
    targets: torch.Tensor,
    alpha: float,
    temperature: float,
    top_k: int | None,
    ignore_index: int = -100,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(loss, per-token CE [N], mean KL) of (1 - alpha) CE + alpha T^2 KL(teacher_T || student_T) via the full
    [N, V] logits of both models; the teacher's distribution is its top-k at temperature T renormalised over
    those k (all of the vocabulary for top_k=None), the student's is its full softmax at T."""
    logits, teacher_logits = hidden @ weight.T, (teacher_hidden @ teacher_weight.T).detach()
    scored = targets != ignore_index
    n_scored = scored.sum().clamp(min=1)
    token_ce = F.cross_entropy(logits, targets, ignore_index=ignore_index, reduction="none")
    log_q = F.log_softmax(logits / temperature, dim=-1)
    if top_k is None:
        ids = torch.arange(logits.shape[1]).expand_as(logits)
    else:
        ids = teacher_logits.topk(top_k, dim=-1).indices
    log_p = F.log_softmax(teacher_logits.gather(-1, ids) / temperature, dim=-1)
    token_kl = (log_p.exp() * (log_p - log_q.gather(-1, ids))).sum(-1) * scored
    kl = token_kl.sum() / n_scored
    loss = (1 - alpha) * token_ce.sum() / n_scored + alpha * temperature**2 * kl
    return loss, token_ce, kl
