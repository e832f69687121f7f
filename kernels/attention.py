"""Which attention implementation transformers should use, decided once at start-up and logged with why.

flash-attn is a GPU extra (sdist only, needs a CUDA build of torch), so it is never imported at module top:
the package must import on a CPU box. Without it, PyTorch's scaled_dot_product_attention ("sdpa") is the
fused path on every device; transformers' "eager" attention remains the reference the tests compare against.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kernels.availability import cuda_module_problem

log = logging.getLogger(__name__)

FLASH_ATTENTION_2 = "flash_attention_2"
SDPA = "sdpa"
EAGER = "eager"


@dataclass(frozen=True)
class AttentionBackend:
    name: str
    """The value for transformers' `attn_implementation`."""
    reason: str


def select_attention_backend() -> AttentionBackend:
    """flash_attention_2 when flash-attn imports and CUDA is available, else sdpa. Logs the choice."""
    problem = cuda_module_problem("flash_attn")
    if problem is None:
        backend = AttentionBackend(FLASH_ATTENTION_2, "flash_attn imports and a CUDA device is available")
    else:
        backend = AttentionBackend(SDPA, f"flash_attention_2 unavailable: {problem}")
    log.info("attention backend: %s (%s)", backend.name, backend.reason)
    return backend
