"""Fused operations with a plain-torch reference for each; GPU backends are optional and chosen once."""

from kernels.cross_entropy import DEFAULT_CHUNK_SIZE, FusedCEOutput, fused_linear_cross_entropy
from kernels.fused_model import FusedKernels, apply_fused_kernels
from kernels.liger import LIGER, TORCH, KernelBackend, kernel_backend

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "LIGER",
    "TORCH",
    "FusedCEOutput",
    "FusedKernels",
    "KernelBackend",
    "apply_fused_kernels",
    "fused_linear_cross_entropy",
    "kernel_backend",
]
