"""`pretrain.optimizer: muon`: torch's Muon on the hidden weight matrices, torch's AdamW on everything else,
as one optimizer a DeepSpeed engine can own, checkpoint and restore.

Muon (Jordan et al. 2024) replaces a matrix's update by its orthogonalised Nesterov momentum: five quintic
Newton-Schulz iterations. Moonlight (Liu et al. 2025, "Muon is Scalable for LLM Training", arXiv 2502.16982)
scales that update by 0.2 sqrt(max(A, B)) for an A x B matrix, which gives it the update RMS of AdamW (about
0.2), so AdamW's learning rate and decoupled weight decay carry over unchanged; that is torch.optim.Muon with
`adjust_lr_fn="match_rms_adamw"`, the one used here, with Moonlight's momentum 0.95, Nesterov and 5 steps.
Only the matrices inside the decoder layers (attention and MLP projections) are hidden matrices: the token
embeddings and the output head are lookups and a classifier, and the norm gains are vectors, so they stay on
AdamW (as in Moonlight and Jordan's recipe), with the same settings and parameter groups as `adamw`.

ZeRO stages. Newton-Schulz needs each matrix whole on the rank that updates it:
- stage 0: DeepSpeed hands the optimizer the parameters (fp32) or one fp32 copy per parameter (bf16): whole
  matrices on every rank, each rank updating all of them from the all-reduced gradients.
- stages 1 and 2 on one rank: DeepSpeed flattens each parameter group into one fp32 partition; with one rank
  that partition is the whole group, in parameter order, so each matrix is a view of it. The layout is
  checked against the model's own parameters at the first step.
- stages 1 and 2 on several ranks, and stage 3: each rank holds a slice of the flat buffer (stage 3: of every
  parameter), and a matrix can straddle ranks. Refused before training (`model.engine.deepspeed_config`).
DeepSpeed ships its own ZeRO-aware Muon (`MuonWithAuxAdam`, which gathers split matrices), but with Jordan's
sqrt(max(1, A/B)) scaling rather than Moonlight's, so AdamW's settings would not carry over.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

import torch

from core.errors import CharterError

MUON, ADAMW = "muon", "adamw"
MOMENTUM = 0.95
"""Moonlight's and Jordan's Muon momentum (Nesterov)."""
LR_ADJUSTMENT = "match_rms_adamw"


def hidden_matrices(model: torch.nn.Module) -> list[torch.nn.Parameter]:
    """The trainable 2-D weights of the hidden layers: every matrix but the input and output embeddings.

    `model` is a transformers causal LM, or a wrapper holding one as `.lm` (model.loss.CausalLMLoss)."""
    lm: Any = getattr(model, "lm", model)
    embeddings = {id(lm.get_input_embeddings().weight)}
    head = lm.get_output_embeddings()
    if head is not None:
        embeddings.add(id(head.weight))
    return [p for p in model.parameters() if p.requires_grad and p.ndim == 2 and id(p) not in embeddings]


class MuonWithAdamW(torch.optim.Optimizer):
    """One optimizer over two kinds of parameter group: `muon` (hidden matrices, torch.optim.Muon) and
    `adamw` (the rest, torch.optim.AdamW). The groups, their state and every setting live here, so DeepSpeed's
    checkpoints and the LR scheduler see one ordinary optimizer; each step hands the groups to the two torch
    optimizers, which do the arithmetic."""

    def __init__(
        self,
        matrices: Sequence[torch.nn.Parameter],
        adamw_groups: list[dict[str, Any]],
        *,
        lr: float,
        weight_decay: float,
        betas: tuple[float, float],
        momentum: float = MOMENTUM,
    ):
        self._muon = torch.optim.Muon(
            list(matrices),
            lr=lr,
            weight_decay=weight_decay,
            momentum=momentum,
            nesterov=True,
            adjust_lr_fn=LR_ADJUSTMENT,
        )
        self._adamw = torch.optim.AdamW(adamw_groups, lr=lr, betas=betas)
        for group in self._muon.param_groups:
            group["optimizer"] = MUON
            # The matrices' shapes, to cut them back out of the flat partition ZeRO 1/2 hand the optimizer.
            group["shapes"] = [list(p.shape) for p in group["params"]]
        for group in self._adamw.param_groups:
            group["optimizer"] = ADAMW
        self._matrices = list(matrices)
        self._layout_checked = False
        super().__init__(self._muon.param_groups + self._adamw.param_groups, {})

    @torch.no_grad()
    def step(self, closure: Callable[[], float] | None = None) -> float | None:  # type: ignore[override]
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        # Groups are looked up afresh each step: DeepSpeed swaps in flat partitions after construction and
        # load_state_dict replaces the group dicts.
        self._adamw.param_groups = [g for g in self.param_groups if g["optimizer"] == ADAMW]
        self._adamw.state = self.state
        self._adamw.step()
        for group in self.param_groups:
            if group["optimizer"] == MUON:
                self._muon_step(group)
        return loss

    def _muon_step(self, group: dict[str, Any]) -> None:
        params = group["params"]
        if all(p.ndim == 2 for p in params):  # the matrices themselves (ZeRO stage 0)
            self._muon.param_groups = [group]
            self._muon.state = self.state
            self._muon.step()
            return
        if len(params) != 1:
            raise CharterError(
                f"Muon expects whole matrices or one flat partition, got {len(params)} tensors"
            )
        (flat,) = params
        if flat.grad is None:
            return
        shapes = group["shapes"]
        matrices = _views(flat, shapes)
        if not self._layout_checked:
            self._check_layout(matrices)
        state = self.state[flat]
        if "momentum_buffer" not in state:
            state["momentum_buffer"] = torch.zeros_like(flat)
        for matrix, grad in zip(matrices, _views(flat.grad, shapes), strict=True):
            matrix.grad = grad
        # torch's Muon updates each view, and so the flat parameter and momentum buffer, in place.
        self._muon.param_groups = [{**group, "params": matrices}]
        self._muon.state = defaultdict(
            dict,
            {
                m: {"momentum_buffer": b}
                for m, b in zip(matrices, _views(state["momentum_buffer"], shapes), strict=True)
            },
        )
        self._muon.step()
        for matrix in matrices:
            matrix.grad = None

    def _check_layout(self, matrices: list[torch.Tensor]) -> None:
        """The flat partition must hold the model's matrices whole and in order (DeepSpeed's layout)."""
        for i, (view, param) in enumerate(zip(matrices, self._matrices, strict=True)):
            if not torch.equal(view.to(param.dtype), param.detach()):
                raise CharterError(
                    f"Muon: hidden matrix {i} of shape {tuple(param.shape)} is not where DeepSpeed's flat "
                    "ZeRO partition was expected to hold it; this DeepSpeed version lays out ZeRO 1/2 "
                    "partitions differently: train with pretrain.zero_stage: 0"
                )
        self._layout_checked = True


def _views(flat: torch.Tensor, shapes: list[list[int]]) -> list[torch.Tensor]:
    """Consecutive views of `flat` in the given shapes (any tail past them is ZeRO's alignment padding)."""
    sizes = [math.prod(shape) for shape in shapes]
    if flat.numel() < sum(sizes):
        raise CharterError(
            f"Muon: the flat partition has {flat.numel():,} elements, the hidden matrices {sum(sizes):,}: "
            "it holds only part of them (a sharded ZeRO stage)"
        )
    views, offset = [], 0
    for shape, size in zip(shapes, sizes, strict=True):
        views.append(flat.narrow(0, offset, size).view(shape))
        offset += size
    return views


def muon_with_adamw(
    model: torch.nn.Module, lr: float, weight_decay: float, betas: tuple[float, float]
) -> MuonWithAdamW:
    """Muon on `hidden_matrices(model)`; AdamW on the rest, matrices decayed and vectors (norm gains) not."""
    matrices = hidden_matrices(model)
    hidden = {id(p) for p in matrices}
    rest = [p for p in model.parameters() if p.requires_grad and id(p) not in hidden]
    return MuonWithAdamW(
        matrices,
        [
            {"params": [p for p in rest if p.ndim >= 2], "weight_decay": weight_decay},
            {"params": [p for p in rest if p.ndim < 2], "weight_decay": 0.0},
        ],
        lr=lr,
        weight_decay=weight_decay,
        betas=betas,
    )
