"""The fused linear cross-entropy (torch path) against the logits-then-cross-entropy reference in float64."""

from __future__ import annotations

import logging

import pytest
import torch

from kernels import DEFAULT_CHUNK_SIZE, TORCH, fused_linear_cross_entropy, kernel_backend
from kernels.reference import linear_cross_entropy

# Awkward on purpose: prime N, odd d and V, none a power of two.
N, D, V = 1031, 37, 517
IGNORE = -100
FLOAT64_TOLERANCE = 1e-12


def loss_head(dtype=torch.float64, ignored_every=7, seed=0):
    g = torch.Generator().manual_seed(seed)
    hidden = torch.randn(N, D, generator=g, dtype=torch.float64).to(dtype).requires_grad_()
    weight = (torch.randn(V, D, generator=g, dtype=torch.float64) * 0.3).to(dtype).requires_grad_()
    targets = torch.randint(0, V, (N,), generator=g)
    if ignored_every:
        targets[::ignored_every] = IGNORE
    return hidden, weight, targets


def grads_of(loss, *tensors):
    return torch.autograd.grad(loss, tensors)


@pytest.mark.parametrize("chunk_size", [7, 100, N, DEFAULT_CHUNK_SIZE, 4096])
def test_loss_token_losses_and_gradients_match_the_full_logits_reference(chunk_size):
    hidden, weight, targets = loss_head()
    fused = fused_linear_cross_entropy(hidden, weight, targets, chunk_size=chunk_size)
    reference_loss, reference_token_loss = linear_cross_entropy(hidden, weight, targets)

    torch.testing.assert_close(fused.loss, reference_loss, rtol=0, atol=FLOAT64_TOLERANCE)
    assert fused.token_loss.dtype == torch.float32 and not fused.token_loss.requires_grad
    torch.testing.assert_close(fused.token_loss, reference_token_loss.float(), rtol=1e-6, atol=1e-6)
    assert torch.all(fused.token_loss[targets == IGNORE] == 0)
    for ours, theirs in zip(
        grads_of(fused.loss, hidden, weight), grads_of(reference_loss, hidden, weight), strict=True
    ):
        torch.testing.assert_close(ours, theirs, rtol=0, atol=FLOAT64_TOLERANCE)


def test_upstream_gradient_scales_the_stored_gradients():
    hidden, weight, targets = loss_head()
    fused = fused_linear_cross_entropy(hidden, weight, targets, chunk_size=100)
    reference_loss, _ = linear_cross_entropy(hidden, weight, targets)
    for ours, theirs in zip(
        grads_of(fused.loss * 0.25, hidden, weight),
        grads_of(reference_loss * 0.25, hidden, weight),
        strict=True,
    ):
        torch.testing.assert_close(ours, theirs, rtol=0, atol=FLOAT64_TOLERANCE)


def test_rows_of_ignored_targets_get_no_loss_and_no_gradient():
    hidden, weight, targets = loss_head(ignored_every=1)
    targets[500:503] = torch.tensor([3, 0, V - 1])  # a few scored tokens amid ignored ones, inside one chunk
    fused = fused_linear_cross_entropy(hidden, weight, targets, chunk_size=100)
    reference_loss, _ = linear_cross_entropy(hidden, weight, targets)
    torch.testing.assert_close(fused.loss, reference_loss, rtol=0, atol=FLOAT64_TOLERANCE)
    grad_hidden, grad_weight = grads_of(fused.loss, hidden, weight)
    scored = targets != IGNORE
    assert torch.all(grad_hidden[~scored] == 0) and torch.all(grad_hidden[scored] != 0)
    torch.testing.assert_close(
        grad_weight, grads_of(reference_loss, weight)[0], rtol=0, atol=FLOAT64_TOLERANCE
    )


def test_a_batch_with_every_target_ignored_gives_zero_loss_and_zero_gradients():
    hidden, weight, targets = loss_head(ignored_every=1)
    fused = fused_linear_cross_entropy(hidden, weight, targets, chunk_size=100)
    assert fused.loss.item() == 0.0 and torch.all(fused.token_loss == 0)
    grad_hidden, grad_weight = grads_of(fused.loss, hidden, weight)
    assert not grad_hidden.any() and not grad_weight.any()


def test_no_grad_and_frozen_weight_compute_only_what_is_asked():
    hidden, weight, targets = loss_head()
    reference_loss, reference_token_loss = linear_cross_entropy(hidden, weight, targets)
    with torch.no_grad():  # validation: losses only
        evaluated = fused_linear_cross_entropy(hidden, weight, targets)
    assert not evaluated.loss.requires_grad
    torch.testing.assert_close(evaluated.token_loss, reference_token_loss.float(), rtol=1e-6, atol=1e-6)

    frozen = weight.detach()
    fused = fused_linear_cross_entropy(hidden, frozen, targets, chunk_size=100)
    (grad_hidden,) = grads_of(fused.loss, hidden)
    torch.testing.assert_close(
        grad_hidden, grads_of(reference_loss, hidden)[0], rtol=0, atol=FLOAT64_TOLERANCE
    )


def test_bfloat16_inputs_give_a_float32_loss_near_the_float64_one_and_bfloat16_gradients():
    hidden, weight, targets = loss_head(dtype=torch.bfloat16)
    fused = fused_linear_cross_entropy(hidden, weight, targets, chunk_size=100)
    assert fused.loss.dtype == torch.float32
    reference_loss, _ = linear_cross_entropy(hidden.double(), weight.double(), targets)
    # bf16 rounds each logit's inputs to 8 bits of mantissa: agreement to about 1e-2 is what bf16 can give.
    torch.testing.assert_close(fused.loss.double(), reference_loss, rtol=0, atol=1e-2)
    grad_hidden, grad_weight = grads_of(fused.loss, hidden, weight)
    assert grad_hidden.dtype == grad_weight.dtype == torch.bfloat16


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda h, w, t: (h[:, :-1], w, t), "expected hidden [N, d] and weight [V, d]"),
        (lambda h, w, t: (h, w, t[:-1]), "expected integer targets [N] = [1031]"),
        (lambda h, w, t: (h, w, t.float()), "expected integer targets"),
        (lambda h, w, t: (h, w, t.index_fill(0, torch.tensor([12]), V)), "target 517 at position 12"),
        (lambda h, w, t: (h, w, t.index_fill(0, torch.tensor([3]), -1)), "target -1 at position 3"),
    ],
)
def test_bad_inputs_are_refused_with_what_and_where(change, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[")):
        fused_linear_cross_entropy(*change(*loss_head()))


def test_chunk_size_must_be_positive():
    with pytest.raises(ValueError, match="chunk_size must be a positive number of tokens, got 0"):
        fused_linear_cross_entropy(*loss_head(), chunk_size=0)


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the CPU fallback")
def test_cpu_box_chooses_the_torch_backend_once_and_logs_why(caplog):
    kernel_backend.cache_clear()
    with caplog.at_level(logging.INFO, logger="kernels.liger"):
        first, second = kernel_backend(), kernel_backend()
    assert first is second and first.name == TORCH
    assert "no CUDA device" in first.reason
    assert caplog.text.count("fused kernel backend: torch") == 1
