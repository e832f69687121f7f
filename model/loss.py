"""The training objective: next-token cross-entropy through the fused linear cross-entropy kernel, plus the
optional multi-token prediction (model.mtp) and distillation (kernels.distillation) terms.

The DeepSpeed engine wraps `CausalLMLoss`, not the language model: its forward runs the transformer body to the
final (normed) hidden state and hands that and the output-embedding matrix to
`kernels.fused_linear_cross_entropy`, so the [tokens, vocabulary] logits are never materialised in a
training or validation step. The per-token losses it returns are what the loss per domain is summed from.

With MTP modules, their parameters belong to this wrapper (state-dict keys `mtp.`), so DeepSpeed trains,
checkpoints and restores them with the model. A distillation teacher is deliberately not a submodule: it is
neither trained nor checkpointed, and DeepSpeed never sees it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import torch

from kernels import FusedCEOutput, fused_linear_cross_entropy
from kernels.distillation import DistillOutput, fused_linear_distillation


class TrainingLoss(NamedTuple):
    loss: torch.Tensor
    """The objective to differentiate: the main loss plus the weighted MTP loss, if any."""
    token_loss: torch.Tensor
    """Detached float32 [N]: each token's next-token cross-entropy under the main head (0 where ignored)."""
    lm_loss: torch.Tensor
    """Detached: the main head's mean next-token cross-entropy, the loss that is logged and compared."""
    aux: dict[str, torch.Tensor]
    """Detached scalars of the other terms: `mtp_loss_<d>` per depth, `distill_kl` while training."""


@dataclass(frozen=True)
class Distillation:
    """A teacher (a loaded causal LM, no grad) and the settings of the loss the student learns it by."""

    teacher: Any
    alpha: float
    temperature: float
    top_k: int | None

    @torch.no_grad()
    def hidden(self, input_ids: torch.Tensor) -> torch.Tensor:
        out = self.teacher.model(input_ids=input_ids, use_cache=False).last_hidden_state
        return out.reshape(-1, out.size(-1))

    @property
    def output_weight(self) -> torch.Tensor:
        return self.teacher.get_output_embeddings().weight


class CausalLMLoss(torch.nn.Module):
    """`lm` (a transformers *ForCausalLM) with the fused loss head; the state dict keys gain an `lm.` prefix
    (and `mtp.` for the MTP modules)."""

    def __init__(
        self,
        lm: Any,
        zero_stage: int,
        mtp: torch.nn.Module | None = None,
        mtp_weight: float = 0.0,
        distillation: Distillation | None = None,
    ):
        super().__init__()
        self.lm = lm
        self.mtp = mtp
        self.mtp_weight = mtp_weight
        self.distillation = distillation  # a plain object: the teacher is not registered as a submodule
        if zero_stage == 3:
            import deepspeed

            # ZeRO-3 gathers a partitioned parameter only around the forward of the module that owns it; the
            # loss head reads the output embedding outside lm_head's forward, so it must be registered here.
            deepspeed.zero.register_external_parameter(self, self.output_weight)

    @property
    def output_weight(self) -> torch.Tensor:
        return self.lm.get_output_embeddings().weight

    def forward(self, input_ids: torch.Tensor, labels: torch.Tensor) -> TrainingLoss:
        """The objective and its parts. The teacher runs in training only: validation scores the main head."""
        # use_cache=False: a training forward must not build a KV cache (and packed sequences need none).
        # base_model is the body under whatever name the family gives it (model, gpt_neox, ...).
        hidden = self.lm.base_model(input_ids=input_ids, use_cache=False).last_hidden_state
        flat, targets = hidden.reshape(-1, hidden.size(-1)), labels.reshape(-1)
        aux: dict[str, torch.Tensor] = {}
        out: DistillOutput | FusedCEOutput
        if self.distillation is not None and self.training:
            kd = self.distillation
            out = fused_linear_distillation(
                flat,
                self.output_weight,
                kd.hidden(input_ids),
                kd.output_weight,
                targets,
                alpha=kd.alpha,
                temperature=kd.temperature,
                top_k=kd.top_k,
            )
            lm_loss = out.token_loss.sum() / (targets != -100).sum().clamp(min=1)
            aux["distill_kl"] = out.kl
        else:
            out = fused_linear_cross_entropy(flat, self.output_weight, targets)
            lm_loss = out.loss.detach()
        loss = out.loss
        if self.mtp is not None:
            depths = self.mtp(self.lm, hidden, input_ids, labels, self.output_weight)
            for d, depth in enumerate(depths, 1):
                aux[f"mtp_loss_{d}"] = depth.loss.detach()
            loss = loss + self.mtp_weight * torch.stack([depth.loss for depth in depths]).mean()
        return TrainingLoss(loss, out.token_loss, lm_loss, aux)
