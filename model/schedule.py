"""Learning-rate schedules: linear warmup to the peak, then cosine decay, or warmup-stable-decay (WSD).

Both are multipliers of the peak rate for optimizer step `step` (0-based): the factor that step's update is
made with. Warmup counts from 1/warmup (not 0) so that the first step is not wasted; the peak is the last
warmup step (step 0 without warmup); the decay reaches min_lr_ratio on the last step.
"""

from __future__ import annotations

import math

import torch
from torch.optim.lr_scheduler import LambdaLR

from core.config import PretrainParams
from core.errors import ConfigError


def _warmup(step: int, warmup_steps: int) -> float | None:
    return (step + 1) / warmup_steps if step < warmup_steps else None


def warmup_cosine(step: int, total_steps: int, warmup_steps: int, min_lr_ratio: float) -> float:
    """Warmup, then a cosine from the peak down to min_lr_ratio over all remaining steps."""
    warm = _warmup(step, warmup_steps)
    if warm is not None:
        return warm
    peak = max(warmup_steps - 1, 0)
    decay_steps = total_steps - 1 - peak
    if decay_steps <= 0:
        return 1.0
    progress = min(1.0, (step - peak) / decay_steps)
    return min_lr_ratio + (1.0 - min_lr_ratio) * 0.5 * (1.0 + math.cos(math.pi * progress))


def warmup_stable_decay(
    step: int, total_steps: int, warmup_steps: int, min_lr_ratio: float, decay_fraction: float
) -> float:
    """Warmup, hold the peak, then decay linearly to min_lr_ratio over the last decay_fraction of the steps.

    The stable phase is what makes WSD useful for a team: a checkpoint from it can be decayed later to any
    length without retraining from scratch (Hägele et al. 2024, "Scaling Laws and Compute-Optimal Training
    Beyond Fixed Training Durations").
    """
    warm = _warmup(step, warmup_steps)
    if warm is not None:
        return warm
    decay_steps = max(1, round(total_steps * decay_fraction))
    decay_start = max(total_steps - decay_steps, warmup_steps)  # the decay never eats into warmup
    if step < decay_start:
        return 1.0
    span = total_steps - 1 - decay_start
    if span <= 0:
        return min_lr_ratio
    progress = min(1.0, (step - decay_start + 1) / (span + 1))
    return 1.0 - (1.0 - min_lr_ratio) * progress


def lr_factor(step: int, total_steps: int, params: PretrainParams) -> float:
    if params.schedule == "wsd":
        return warmup_stable_decay(
            step, total_steps, params.warmup_steps, params.min_lr_ratio, params.decay_fraction
        )
    return warmup_cosine(step, total_steps, params.warmup_steps, params.min_lr_ratio)


def build_scheduler(optimizer: torch.optim.Optimizer, total_steps: int, params: PretrainParams) -> LambdaLR:
    """A LambdaLR that DeepSpeed steps once per optimizer step (after each accumulation boundary).

    The factor is a plain closure on purpose: LambdaLR's state_dict leaves functions out (it would copy a
    callable object's attributes), so the checkpointed scheduler state is only counters and rates.
    """

    def factor(step: int) -> float:
        return lr_factor(step, total_steps, params)

    return LambdaLR(optimizer, factor)


def rewarmed(
    params: PretrainParams, base_id: str, base_peak: float | None, total_steps: int
) -> PretrainParams:
    """The schedule settings of continued pretraining: a linear re-warm from zero over `rewarm_fraction` of the
    steps to a peak below the base's own (`rewarm_peak_ratio` x `base_peak`, or `rewarm_peak_lr`), then the
    decay of `params.schedule` to `min_lr_ratio` x that peak.

    Gupta et al. 2023 (arXiv 2308.04014) and Ibrahim et al. 2024 (arXiv 2403.08763): a model pretrained to the
    end of its decay has a small learning rate; continuing at it adapts little, so the rate is warmed up again
    and decayed again, and a lower peak forgets less of what the base knew.
    """
    if params.rewarm_peak_lr is not None:
        peak = params.rewarm_peak_lr
    elif base_peak is not None:
        peak = params.rewarm_peak_ratio * base_peak
    else:
        raise ConfigError(
            f"pretrain.base_model '{base_id}': the re-warmed peak is pretrain.rewarm_peak_ratio x the base's "
            "pretraining peak, and its models: entry gives none. Add `pretrain_lr` to the entry (from the "
            "model's paper or card) or set pretrain.rewarm_peak_lr"
        )
    return params.model_copy(
        update={"lr": peak, "warmup_steps": max(1, round(params.rewarm_fraction * total_steps))}
    )
