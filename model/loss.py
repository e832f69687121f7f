"""The training objective: next-token cross-entropy through the fused linear cross-entropy kernel.

The DeepSpeed engine wraps `CausalLMLoss`, not the language model: its forward runs the transformer body to the
final (normed) hidden state and hands that and the output-embedding matrix to
`kernels.fused_linear_cross_entropy`, so the [tokens, vocabulary] logits are never materialised in a
training or validation step. The per-token losses it returns are what the loss per domain is summed from.
"""

from __future__ import annotations

from typing import Any

import torch

from kernels import FusedCEOutput, fused_linear_cross_entropy


class CausalLMLoss(torch.nn.Module):
    """`lm` (a transformers *ForCausalLM) with the fused loss head; the state dict keys gain an `lm.` prefix."""

    def __init__(self, lm: Any, zero_stage: int):
        super().__init__()
        self.lm = lm
        if zero_stage == 3:
            import deepspeed

            # ZeRO-3 gathers a partitioned parameter only around the forward of the module that owns it; the
            # loss head reads the output embedding outside lm_head's forward, so it must be registered here.
            deepspeed.zero.register_external_parameter(self, self.output_weight)

    @property
    def output_weight(self) -> torch.Tensor:
        return self.lm.get_output_embeddings().weight

    def forward(self, input_ids: torch.Tensor, labels: torch.Tensor) -> FusedCEOutput:
        """`(loss, token_loss)`: the mean loss (differentiable) and the detached float32 loss per token."""
        # use_cache=False: a training forward must not build a KV cache (and packed sequences need none).
        # base_model is the body under whatever name the family gives it (model, gpt_neox, ...).
        hidden = self.lm.base_model(input_ids=input_ids, use_cache=False).last_hidden_state
        return fused_linear_cross_entropy(
            hidden.reshape(-1, hidden.size(-1)), self.output_weight, labels.reshape(-1)
        )
