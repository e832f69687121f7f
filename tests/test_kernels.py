"""Attention backend selection, and the fused (sdpa) path against transformers' eager reference."""

from __future__ import annotations

import logging

import pytest
import torch
import torch.nn.functional as F
from transformers import LlamaConfig, LlamaForCausalLM

from kernels.attention import EAGER, SDPA, select_attention_backend

TOLERANCE = 1e-5


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the CPU fallback")
def test_cpu_box_selects_sdpa_and_logs_why(caplog):
    with caplog.at_level(logging.INFO, logger="kernels.attention"):
        backend = select_attention_backend()
    assert backend.name == SDPA
    assert "no CUDA device" in backend.reason
    assert f"attention backend: sdpa ({backend.reason})" in caplog.text


def tiny_llama(attn_implementation: str) -> LlamaForCausalLM:
    # Awkward sizes on purpose: 6 query heads over 2 key/value heads, odd vocabulary and MLP width.
    config = LlamaConfig(
        vocab_size=211,
        hidden_size=96,
        intermediate_size=257,
        num_hidden_layers=2,
        num_attention_heads=6,
        num_key_value_heads=2,
        max_position_embeddings=64,
        attn_implementation=attn_implementation,
    )
    torch.manual_seed(0)
    # float32, the training dtype. (In float64, transformers 5.23's eager path turns left-padded rows to NaN.)
    return LlamaForCausalLM(config)


@pytest.mark.parametrize("padded", [False, True])
def test_sdpa_matches_eager_forward_and_gradients(padded):
    models = {name: tiny_llama(name) for name in (SDPA, EAGER)}
    assert models[SDPA].config._attn_implementation == SDPA
    ids = torch.randint(0, 211, (3, 37), generator=torch.Generator().manual_seed(1))
    mask = torch.ones_like(ids)
    if padded:  # left padding, as batched generation does: exercises the mask path of both kernels
        mask[1, :5] = 0
        mask[2, :11] = 0
    real = mask.bool()
    scored = real[:, :-1] & real[:, 1:]  # a padded position's output is undefined: score real -> real only
    outputs = {}
    for name, model in models.items():
        logits = model(input_ids=ids, attention_mask=mask, use_cache=False).logits
        F.cross_entropy(logits[:, :-1][scored], ids[:, 1:][scored]).backward()
        outputs[name] = logits[real], [p.grad for p in model.parameters()]
    (sdpa_logits, sdpa_grads), (eager_logits, eager_grads) = outputs[SDPA], outputs[EAGER]
    torch.testing.assert_close(sdpa_logits, eager_logits, rtol=0, atol=TOLERANCE)
    for a, b in zip(sdpa_grads, eager_grads, strict=True):
        torch.testing.assert_close(a, b, rtol=0, atol=TOLERANCE)
