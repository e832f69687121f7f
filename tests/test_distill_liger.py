"""The distillation loss on Liger's kernels (fused linear cross-entropy + fused linear JSD at beta = 0), the path a
CUDA run with `distill_top_k: null` takes, against the float64 full-logits reference.

As in tests/test_fused_triton.py, Triton reads TRITON_INTERPRET when first imported, so the kernels run in a
child process (this file run as a script), which prints the measured differences as JSON; on a CUDA machine
the same check runs compiled on the GPU (`requires_gpu`, KERNEL_DEVICE=cuda in the child).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest
import torch

pytestmark = pytest.mark.skipif(
    find_spec("liger_kernel") is None or find_spec("triton") is None,
    reason="liger-kernel and triton are not installed (pip install -e '.[dev]')",
)

REPO = Path(__file__).resolve().parents[1]
FLOAT32_TOLERANCE = 2e-5
CUDA_TOLERANCE = 1e-4
DEVICE = os.environ.get("KERNEL_DEVICE", "cpu")
# Awkward sizes; the teacher narrower than the student; every seventh target ignored.
N, D, D_TEACHER, V = 131, 40, 24, 257


def _differences() -> dict[str, Any]:
    import kernels.distillation
    from kernels import LIGER, KernelBackend
    from kernels.distillation import fused_linear_distillation
    from kernels.reference import linear_distillation

    def torch_path_must_not_run(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the torch path ran where Liger was asked for")

    kernels.distillation.torch_distill_losses = torch_path_must_not_run  # type: ignore[assignment]
    liger = KernelBackend(LIGER, f"forced: Triton on {DEVICE}")
    g = torch.Generator().manual_seed(0)
    hidden, weight = torch.randn(N, D, generator=g), 0.3 * torch.randn(V, D, generator=g)
    teacher_hidden, teacher_weight = (
        torch.randn(N, D_TEACHER, generator=g),
        0.5 * torch.randn(V, D_TEACHER, generator=g),
    )
    targets = torch.randint(0, V, (N,), generator=g)
    targets[::7] = -100
    h, w = hidden.clone().requires_grad_(), weight.clone().requires_grad_()
    h64, w64 = hidden.double().requires_grad_(), weight.double().requires_grad_()
    out = fused_linear_distillation(
        h.to(DEVICE),
        w.to(DEVICE),
        teacher_hidden.to(DEVICE),
        teacher_weight.to(DEVICE),
        targets.to(DEVICE),
        alpha=0.3,
        temperature=2.0,
        top_k=None,
        backend=liger,
    )
    loss, token_ce, kl = linear_distillation(
        h64, w64, teacher_hidden.double(), teacher_weight.double(), targets, 0.3, 2.0, None
    )
    grads = torch.autograd.grad(out.loss, (h, w))
    grads64 = torch.autograd.grad(loss, (h64, w64))
    pairs = {
        "loss": (out.loss.cpu(), loss),
        "kl": (out.kl.cpu(), kl),
        "token_loss": (out.token_loss.cpu(), token_ce),
        "grad_hidden": (grads[0], grads64[0]),
        "grad_weight": (grads[1], grads64[1]),
    }
    return {name: (a.double() - b).abs().max().item() for name, (a, b) in pairs.items()}


@pytest.fixture(scope="module", params=["interpreter", pytest.param("cuda", marks=pytest.mark.requires_gpu)])
def measured(request) -> dict[str, Any]:
    device = {"TRITON_INTERPRET": "1"} if request.param == "interpreter" else {"KERNEL_DEVICE": "cuda"}
    inherited = {k: v for k, v in os.environ.items() if k not in ("TRITON_INTERPRET", "KERNEL_DEVICE")}
    env = {
        **inherited,
        **device,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    child = subprocess.run(
        [sys.executable, __file__], env=env, cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert child.returncode == 0, child.stderr[-4000:]
    results = json.loads(child.stdout.strip().splitlines()[-1])
    results["tolerance"] = FLOAT32_TOLERANCE if request.param == "interpreter" else CUDA_TOLERANCE
    return results


@pytest.mark.parametrize("quantity", ["loss", "kl", "token_loss", "grad_hidden", "grad_weight"])
def test_liger_distillation_matches_the_float64_kl_reference(measured, quantity):
    assert measured[quantity] < measured["tolerance"], measured


if __name__ == "__main__":
    if DEVICE == "cuda":
        if not torch.cuda.is_available():
            sys.exit("KERNEL_DEVICE=cuda, but no CUDA device is available")
    elif os.environ.get("TRITON_INTERPRET") != "1":
        sys.exit("run with TRITON_INTERPRET=1 (Triton reads it at import), or KERNEL_DEVICE=cuda on a GPU")
    print(json.dumps(_differences()))
