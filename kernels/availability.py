"""Whether an optional GPU package can run here: the one check behind every backend choice in `kernels`."""

from __future__ import annotations

import importlib

import torch

INSTALL_HINT = "pip install 'charter[gpu]' on a CUDA machine"


def cuda_module_problem(module: str) -> str | None:
    """Why `module` (a CUDA-only package) cannot be used here, or None when it can."""
    if not torch.cuda.is_available():
        return "no CUDA device"
    try:
        importlib.import_module(module)
    except ImportError as e:  # absent, or built against another torch/CUDA/triton
        return f"{module.split('.')[0]} does not import ({e}); {INSTALL_HINT}"
    return None
