"""Liger-Kernel's Triton kernels, run by Triton's interpreter on CPU, against the plain-torch references.

Triton reads TRITON_INTERPRET when it is first imported, so the kernels run in a child process started with it
set: this file run as a script, which prints the measured differences as JSON. The tests assert on them.
Inputs are float32 (what the kernels run in); references are float64 on the same values, on the CPU.
On a CUDA machine the same checks run compiled on the GPU (`requires_gpu`; KERNEL_DEVICE=cuda in the child):
inputs are made on the CPU, moved to the GPU for the kernel, and its outputs moved back.
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
CUDA_TOLERANCE = 1e-4  # compiled kernels reduce in a different order than the interpreter
DEVICE = os.environ.get("KERNEL_DEVICE", "cpu")
LAYERS = 2
# Awkward sizes: none a power of two; N is not a multiple of Liger's chunk (32 rows here).
N, D, V = 131, 40, 257


def _interpreter_workarounds() -> None:
    """Two gaps in the interpreter of the triton that pyproject.toml pins, which compiled Triton does not have,
    patched for this process only (without either patch the kernels fail under the interpreter).

    1. Compiled Triton passes a Python float kernel argument as an fp32 scalar; the interpreter passes the
       float itself, so Liger's RMSNorm and SwiGLU fail on `eps.to(tl.float32)`.
    2. Liger's RMSNorm binds libdevice's rsqrt at import; the interpreter substitutes only the tl.math
       functions it finds at call time, so the bound name is resolved through tl.math instead.
    """
    import numpy as np
    import triton.language as tl
    import triton.runtime.interpreter as interpreter

    convert = interpreter._implicit_cvt

    def implicit_cvt(arg: Any) -> Any:
        if isinstance(arg, float):
            return tl.tensor(
                interpreter.TensorHandle(np.array([arg], dtype=np.float32), tl.float32), tl.float32
            )
        return convert(arg)

    interpreter._implicit_cvt = implicit_cvt
    import liger_kernel.ops.rms_norm as rms_norm_ops

    rms_norm_ops.rsqrt = lambda x: tl.math.rsqrt(x)


def _max_differences(ours: list[torch.Tensor], references: list[torch.Tensor]) -> list[float]:
    return [(a.double() - b).abs().max().item() for a, b in zip(ours, references, strict=True)]


def _on_device(fn):
    """`fn` run on DEVICE: its tensor arguments moved there, its tensor results moved back (differentiably)."""

    def run(*args: Any) -> Any:
        out = fn(*(a.to(DEVICE) if isinstance(a, torch.Tensor) else a for a in args))
        if isinstance(out, tuple):
            return tuple(o.cpu() if isinstance(o, torch.Tensor) else o for o in out)
        return out.cpu()

    return run


def _run_against_reference(fused, reference, inputs: list[torch.Tensor], seed: int) -> list[float]:
    """Max |difference| of the outputs, then of the input gradients under the same random upstream gradient."""
    inputs = [x.detach().float().requires_grad_() for x in inputs]
    inputs64 = [x.detach().double().requires_grad_() for x in inputs]
    outputs, references = _on_device(fused)(*inputs), reference(*inputs64)
    outputs = list(outputs) if isinstance(outputs, tuple) else [outputs]
    references = list(references) if isinstance(references, tuple) else [references]
    g = torch.Generator().manual_seed(seed)
    upstream = [torch.randn(r.shape, generator=g, dtype=torch.float64) for r in references]
    # .clone(): Liger's RMSNorm writes its input gradient into the upstream gradient's storage.
    grads = torch.autograd.grad(outputs, inputs, [u.float().clone() for u in upstream])
    grads64 = torch.autograd.grad(references, inputs64, upstream)
    return _max_differences(outputs, references) + _max_differences(list(grads), list(grads64))


def _cross_entropy_checks() -> dict[str, Any]:
    import kernels.cross_entropy
    from kernels import LIGER, KernelBackend, fused_linear_cross_entropy
    from kernels.reference import linear_cross_entropy

    def torch_path_must_not_run(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the torch path ran where Liger was asked for")

    kernels.cross_entropy.torch_token_losses = torch_path_must_not_run  # type: ignore[assignment]
    liger = KernelBackend(LIGER, f"forced: Triton on {DEVICE}")
    g = torch.Generator().manual_seed(0)
    hidden, weight = torch.randn(N, D, generator=g), torch.randn(V, D, generator=g) * 0.3
    targets = torch.randint(0, V, (N,), generator=g)
    targets[::5] = -100
    targets[40:75] = -100  # a run of ignored rows spanning a chunk boundary
    results: dict[str, Any] = {}
    for case, scale, case_targets in [
        ("flce", 1.0, targets),
        ("flce_scaled", 0.37, targets),
        ("flce_all_ignored", 1.0, torch.full_like(targets, -100)),
    ]:
        h, w = hidden.clone().requires_grad_(), weight.clone().requires_grad_()
        h64, w64 = hidden.double().requires_grad_(), weight.double().requires_grad_()
        fused = fused_linear_cross_entropy(h.to(DEVICE), w.to(DEVICE), case_targets.to(DEVICE), backend=liger)
        fused = type(fused)(fused.loss.cpu(), fused.token_loss.cpu())
        reference_loss, reference_token_loss = linear_cross_entropy(h64, w64, case_targets)
        grads = torch.autograd.grad(fused.loss * scale, (h, w))
        grads64 = torch.autograd.grad(reference_loss * scale, (h64, w64))
        differences = _max_differences(
            [fused.loss, fused.token_loss, *grads], [reference_loss, reference_token_loss, *grads64]
        )
        results[case] = dict(
            zip(("loss", "token_loss", "grad_hidden", "grad_weight"), differences, strict=True)
        )
        results[case]["loss_value"] = fused.loss.item()
        results[case]["grad_abs_max"] = max(grad.abs().max().item() for grad in grads)
    return results


def _layer_checks() -> dict[str, Any]:
    from liger_kernel.transformers.functional import liger_rms_norm, liger_swiglu
    from liger_kernel.transformers.rope import liger_rotary_pos_emb
    from transformers import LlamaConfig
    from transformers.models.llama.modeling_llama import LlamaRotaryEmbedding

    from kernels import reference

    g = torch.Generator().manual_seed(1)
    x, norm_weight = torch.randn(3, 7, 37, generator=g), 1 + 0.1 * torch.randn(37, generator=g)
    gate, up = torch.randn(3, 7, 97, generator=g), torch.randn(3, 7, 97, generator=g)
    # GQA shapes (6 query heads over 2 key/value heads), head_dim 18; packed positions restart mid-row.
    q, k = torch.randn(2, 6, 11, 18, generator=g), torch.randn(2, 2, 11, 18, generator=g)
    config = LlamaConfig(hidden_size=108, num_attention_heads=6, head_dim=18, max_position_embeddings=64)
    positions = torch.tensor([list(range(11)), [0, 1, 2, 3, 0, 1, 2, 3, 4, 5, 6]])
    cos, sin = LlamaRotaryEmbedding(config)(q, positions)
    eps = 1e-6

    def rope_reference(q: torch.Tensor, k: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return reference.rotary(q, k, cos.double(), sin.double())

    checks = {
        "rms_norm": (
            lambda x, w: liger_rms_norm(x, w, eps),
            lambda x, w: reference.rms_norm(x, w, eps),
            [x, norm_weight],
            ("output", "grad_x", "grad_weight"),
        ),
        "swiglu": (liger_swiglu, reference.swiglu, [gate, up], ("output", "grad_gate", "grad_up")),
        "rope": (
            lambda q, k: liger_rotary_pos_emb(q, k, cos.to(q.device), sin.to(q.device)),
            rope_reference,
            [q, k],
            ("q", "k", "grad_q", "grad_k"),
        ),
    }
    return {
        name: dict(zip(labels, _run_against_reference(fused, ref, inputs, seed=2), strict=True))
        for name, (fused, ref, inputs, labels) in checks.items()
    }


def _patched_llama_checks() -> dict[str, Any]:
    """The path a CUDA run takes: Liger-patched body and Liger loss head, against stock transformers."""
    from transformers import LlamaConfig, LlamaForCausalLM

    from kernels import LIGER, KernelBackend, apply_fused_kernels, fused_linear_cross_entropy
    from kernels.reference import linear_cross_entropy

    config = LlamaConfig(
        vocab_size=211,
        hidden_size=96,
        intermediate_size=257,
        num_hidden_layers=LAYERS,
        num_attention_heads=6,
        num_key_value_heads=2,
        max_position_embeddings=64,
    )
    models = []
    for _ in range(2):
        torch.manual_seed(0)
        models.append(LlamaForCausalLM(config))
    stock, patched = (m.to(DEVICE) for m in models)
    liger = KernelBackend(LIGER, f"forced: Triton on {DEVICE}")
    applied = apply_fused_kernels(patched, backend=liger)
    ids = torch.randint(0, 211, (2, 19), generator=torch.Generator().manual_seed(3)).to(DEVICE)
    targets = ids[:, 1:].reshape(-1)

    def hidden_of(model: LlamaForCausalLM) -> torch.Tensor:
        return model.model(input_ids=ids[:, :-1], use_cache=False).last_hidden_state.reshape(-1, 96)

    stock_loss, _ = linear_cross_entropy(hidden_of(stock), stock.lm_head.weight, targets)
    patched_loss = fused_linear_cross_entropy(
        hidden_of(patched), patched.lm_head.weight, targets, backend=liger
    ).loss
    stock_loss.backward()
    patched_loss.backward()
    grad_differences = [
        (a.grad - b.grad).abs().max().item()  # type: ignore[operator]
        for a, b in zip(stock.parameters(), patched.parameters(), strict=True)
    ]
    return {
        "llama": {
            "patched": list(applied.patched),
            "liger_modules": sum(type(m).__name__ != m._get_name() for m in patched.modules()),
            "loss": abs(stock_loss.item() - patched_loss.item()),
            "grad": max(grad_differences),
        }
    }


@pytest.fixture(
    scope="module",
    params=["interpreter", pytest.param("cuda", marks=pytest.mark.requires_gpu)],
)
def interpreted(request) -> dict[str, Any]:
    """The differences measured by the Triton interpreter on CPU, or by the compiled kernels on a GPU."""
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


@pytest.mark.parametrize("case", ["flce", "flce_scaled"])
def test_liger_fused_linear_cross_entropy_matches_float64_reference(interpreted, case):
    differences = interpreted[case]
    for quantity in ("loss", "token_loss", "grad_hidden", "grad_weight"):
        assert differences[quantity] < interpreted["tolerance"], (quantity, differences)


def test_liger_fused_linear_cross_entropy_with_every_target_ignored_is_zero(interpreted):
    result = interpreted["flce_all_ignored"]
    assert result["loss_value"] == 0.0 and result["grad_abs_max"] == 0.0


@pytest.mark.parametrize("op", ["rms_norm", "swiglu", "rope"])
def test_liger_layer_kernels_match_float64_reference_forward_and_gradients(interpreted, op):
    differences = interpreted[op]
    assert len(differences) >= 3
    for quantity, difference in differences.items():
        assert difference < interpreted["tolerance"], (op, quantity, difference)


def test_liger_patched_llama_trains_like_stock_transformers(interpreted):
    llama = interpreted["llama"]
    assert llama["patched"] == ["rms_norm", "swiglu", "rope"]
    # per layer: two RMSNorms and the MLP; plus the final norm
    assert llama["liger_modules"] == 3 * LAYERS + 1
    assert llama["loss"] < interpreted["tolerance"]
    assert llama["grad"] < interpreted["tolerance"]


if __name__ == "__main__":
    if DEVICE == "cuda":
        if not torch.cuda.is_available():
            sys.exit("KERNEL_DEVICE=cuda, but no CUDA device is available")
    elif os.environ.get("TRITON_INTERPRET") != "1":
        sys.exit("run with TRITON_INTERPRET=1 (Triton reads it at import), or KERNEL_DEVICE=cuda on a GPU")
    else:
        _interpreter_workarounds()
    results = {**_cross_entropy_checks(), **_layer_checks(), **_patched_llama_checks()}
    print(json.dumps(results))
