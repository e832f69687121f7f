"""The CPU path of the fused layers: transformers' Llama modules equal the references the Triton kernels are
tested against, and `apply_fused_kernels` leaves a model on them (and says so) where Liger is not the backend."""

from __future__ import annotations

import logging

import pytest
import torch
from transformers import LlamaConfig, LlamaForCausalLM
from transformers.models.llama.modeling_llama import (
    LlamaMLP,
    LlamaRMSNorm,
    LlamaRotaryEmbedding,
    apply_rotary_pos_emb,
)

from kernels import LIGER, TORCH, KernelBackend, apply_fused_kernels, reference

FLOAT64_TOLERANCE = 1e-12
FLOAT32_TOLERANCE = 2e-6


def config(**overrides) -> LlamaConfig:
    # Awkward sizes: hidden 90 over 5 heads (head_dim 18), MLP width 97.
    sizes = dict(
        vocab_size=97,
        hidden_size=90,
        intermediate_size=97,
        num_hidden_layers=1,
        num_attention_heads=5,
        num_key_value_heads=1,
        max_position_embeddings=32,
    )
    return LlamaConfig(**{**sizes, **overrides})


def assert_same_forward_and_gradients(module_fn, reference_fn, inputs, atol=FLOAT64_TOLERANCE):
    inputs = [x.detach().double().requires_grad_() for x in inputs]
    outputs, references = module_fn(*inputs), reference_fn(*inputs)
    outputs = outputs if isinstance(outputs, tuple) else (outputs,)
    references = references if isinstance(references, tuple) else (references,)
    upstream = [torch.randn_like(r) for r in references]
    for a, b in zip(outputs, references, strict=True):
        torch.testing.assert_close(a, b, rtol=0, atol=atol)
    grads = torch.autograd.grad(outputs, inputs, upstream, retain_graph=True)
    reference_grads = torch.autograd.grad(references, inputs, upstream)
    for a, b in zip(grads, reference_grads, strict=True):
        torch.testing.assert_close(a, b, rtol=0, atol=atol)


def test_llama_rms_norm_is_the_reference():
    torch.manual_seed(0)
    norm = LlamaRMSNorm(90, eps=1e-5).double()
    with torch.no_grad():
        norm.weight.add_(0.1 * torch.randn(90, dtype=torch.float64))
    x = torch.randn(3, 7, 90, dtype=torch.float64)
    # LlamaRMSNorm normalises in float32 whatever the input dtype (as Liger's "llama" casting mode does).
    assert_same_forward_and_gradients(
        norm, lambda x: reference.rms_norm(x, norm.weight, 1e-5), [x], atol=FLOAT32_TOLERANCE
    )


def test_llama_mlp_is_the_swiglu_reference():
    torch.manual_seed(0)
    mlp = LlamaMLP(config()).double()
    x = torch.randn(3, 7, 90, dtype=torch.float64)
    assert_same_forward_and_gradients(
        mlp,
        lambda x: reference.swiglu_mlp(x, mlp.gate_proj.weight, mlp.up_proj.weight, mlp.down_proj.weight),
        [x],
    )


def test_llama_rotary_embedding_is_the_reference():
    torch.manual_seed(0)
    q, k = torch.randn(2, 5, 11, 18, dtype=torch.float64), torch.randn(2, 1, 11, 18, dtype=torch.float64)
    positions = torch.tensor([list(range(11)), [0, 1, 2, 0, 1, 2, 3, 4, 5, 6, 7]])  # packed rows restart
    cos, sin = LlamaRotaryEmbedding(config()).double()(q, positions)
    assert_same_forward_and_gradients(
        lambda q, k: apply_rotary_pos_emb(q, k, cos, sin),
        lambda q, k: reference.rotary(q, k, cos, sin),
        [q, k],
    )


def test_without_liger_the_model_is_left_alone_and_the_reason_logged(caplog):
    torch.manual_seed(0)
    model = LlamaForCausalLM(config())
    before = {name: type(module) for name, module in model.named_modules()}
    backend = KernelBackend(TORCH, "Liger kernels unavailable: no CUDA device")
    with caplog.at_level(logging.INFO, logger="kernels.fused_model"):
        applied = apply_fused_kernels(model, backend=backend)
    assert applied.patched == () and applied.backend is backend
    assert {name: type(module) for name, module in model.named_modules()} == before
    assert all("forward" not in vars(module) for module in model.modules())  # no rebound forward either
    assert "none applied to LlamaForCausalLM" in caplog.text and "no CUDA device" in caplog.text


def test_liger_refuses_an_activation_its_swiglu_would_silently_replace():
    torch.manual_seed(0)
    model = LlamaForCausalLM(config(hidden_act="gelu"))
    with pytest.raises(ValueError, match="fused SwiGLU needs hidden_act in .*got 'gelu'"):
        apply_fused_kernels(model, backend=KernelBackend(LIGER, "forced"))


def test_liger_refuses_an_architecture_it_is_not_wired_for():
    torch.manual_seed(0)
    model = LlamaForCausalLM(config())
    model.config.model_type = "mistral"
    with pytest.raises(ValueError, match="wired for Llama models; LlamaForCausalLM has model_type 'mistral'"):
        apply_fused_kernels(model, backend=KernelBackend(LIGER, "forced"))
