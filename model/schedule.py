"""Learning-rate schedule: linear warmup to the peak, then cosine decay to min_lr_ratio x peak."""

from __future__ import annotations

import math

import torch
from torch.optim.lr_scheduler import LambdaLR


def warmup_cosine(step: int, total_steps: int, warmup_steps: int, min_lr_ratio: float) -> float:
    """The LR multiplier for optimizer step `step` (0-based): the factor that step's update is made with.

    Warmup counts from 1/warmup (not 0) so that the first step is not wasted. The peak is the last warmup step
    (step 0 without warmup); the cosine then falls every step and reaches min_lr_ratio on the last step.
    """
    if step < warmup_steps:
        return (step + 1) / warmup_steps
    peak = max(warmup_steps - 1, 0)
    decay_steps = total_steps - 1 - peak
    if decay_steps <= 0:
        return 1.0
    progress = min(1.0, (step - peak) / decay_steps)
    return min_lr_ratio + (1.0 - min_lr_ratio) * 0.5 * (1.0 + math.cos(math.pi * progress))


def build_scheduler(
    optimizer: torch.optim.Optimizer, total_steps: int, warmup_steps: int, min_lr_ratio: float
) -> LambdaLR:
    """A LambdaLR that DeepSpeed steps once per optimizer step (after each accumulation boundary)."""
    return LambdaLR(optimizer, lambda step: warmup_cosine(step, total_steps, warmup_steps, min_lr_ratio))
