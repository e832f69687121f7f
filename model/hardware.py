"""The accelerators Charter plans and checks runs for: memory, and the dense peak FLOP/s of each math mode.

Peaks are the vendors' published dense figures (datasheets quote bf16 and TF32 "with sparsity" at twice
these). A run is measured against the peak of the math its matmuls actually do: bf16 tensor cores, TF32
tensor cores (fp32 training with TF32 on, Ampere and newer), or plain fp32. Unknown devices are measured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.errors import ConfigError

GIB = 2**30
MATH_MODES = ("bf16", "tf32", "fp32")


@dataclass(frozen=True)
class Accelerator:
    name: str
    """The name `charter launch --accelerator` takes, with the memory size: H100-80GB."""
    memory_gib: float
    bf16: float
    tf32: float
    fp32: float
    source: str
    device_pattern: str
    """Regular expression matched against `torch.cuda.get_device_name()`."""

    def peak(self, mode: str) -> float:
        if mode not in MATH_MODES:
            raise ValueError(f"math mode {mode!r} is not one of {MATH_MODES}")
        return float(getattr(self, mode))

    @property
    def memory_bytes(self) -> int:
        return int(self.memory_gib * GIB)


# Longest patterns first where one name contains another (H100 PCIe before H100, L40S before L4).
ACCELERATORS: tuple[Accelerator, ...] = (
    Accelerator("H100-PCIe-80GB", 80, 756e12, 378e12, 51.2e12, "NVIDIA H100 datasheet (PCIe)", r"H100.*PCIe"),
    Accelerator("H100-NVL-94GB", 94, 835.5e12, 417.5e12, 60e12, "NVIDIA H100 datasheet (NVL)", r"H100.*NVL"),
    Accelerator("H100-80GB", 80, 989.4e12, 494.7e12, 66.9e12, "NVIDIA H100 datasheet (SXM)", r"H100"),
    Accelerator("H200-141GB", 141, 989.4e12, 494.7e12, 66.9e12, "NVIDIA H200 datasheet (SXM)", r"H200"),
    Accelerator("A100-40GB", 40, 312e12, 156e12, 19.5e12, "NVIDIA A100 datasheet", r"A100.*40\s*GB"),
    Accelerator("A100-80GB", 80, 312e12, 156e12, 19.5e12, "NVIDIA A100 datasheet", r"A100"),
    Accelerator("L40S-48GB", 48, 362.05e12, 183e12, 91.6e12, "NVIDIA L40S datasheet", r"L40S"),
    Accelerator("L4-24GB", 24, 121e12, 60e12, 30.3e12, "NVIDIA L4 datasheet", r"\bL4\b"),
    Accelerator("A10-24GB", 24, 125e12, 62.5e12, 31.2e12, "NVIDIA A10 datasheet", r"\bA10\b"),
    Accelerator(
        "MI300X-192GB", 192, 1307.4e12, 653.7e12, 163.4e12, "AMD Instinct MI300X specifications", r"MI300X"
    ),
)


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def get_accelerator(name: str) -> Accelerator:
    """By name, ignoring case, spaces and dashes: 'H100-80GB', 'h100 80gb', 'MI300X-192GB'."""
    for accelerator in ACCELERATORS:
        if _key(accelerator.name) == _key(name):
            return accelerator
    known = ", ".join(a.name for a in ACCELERATORS)
    raise ConfigError(f"unknown accelerator {name!r}; known: {known}")


def accelerator_for_device(device_name: str) -> Accelerator | None:
    """The table entry of a CUDA/ROCm device name, e.g. 'NVIDIA H100 80GB HBM3'; None when unknown."""
    return next((a for a in ACCELERATORS if re.search(a.device_pattern, device_name)), None)
