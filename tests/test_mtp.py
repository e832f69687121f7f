"""Multi-token prediction (model.mtp) against its definition, written out by hand in float64: the main model and
each MTP module (norms, projection of the concatenation, a Llama decoder layer with RoPE and causal attention,
the shared head) computed from their weights with plain tensor operations."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

from kernels import reference
from model.loss import CausalLMLoss
from model.mtp import build_mtp, load_mtp, save_mtp

VOCAB, HIDDEN, HEADS, KV_HEADS, HEAD_DIM, LAYERS = 97, 24, 4, 2, 6, 2
BATCH, SEQ = 3, 13  # windows of SEQ + 1 tokens
# transformers' RMSNorm and rotary tables compute in float32 whatever the model's dtype, so a float64 model agrees
# with float64 arithmetic to about 1e-8 (measured: <= 2e-8 on losses and gradients here), not 1e-12. A wrong
# position, shift, norm or weight is off by more than 1e-2.
TOLERANCE = 1e-7


def tiny_llama(tied: bool):
    from transformers import LlamaConfig, LlamaForCausalLM

    config = LlamaConfig(
        vocab_size=VOCAB,
        hidden_size=HIDDEN,
        intermediate_size=37,
        num_hidden_layers=LAYERS,
        num_attention_heads=HEADS,
        num_key_value_heads=KV_HEADS,
        head_dim=HEAD_DIM,
        max_position_embeddings=64,
        tie_word_embeddings=tied,
        attn_implementation="sdpa",
    )
    torch.manual_seed(0)
    return LlamaForCausalLM(config).double()


def perturb_norms(*modules: torch.nn.Module) -> None:
    """Norm gains start at one, which would hide a norm applied with the wrong weight."""
    g = torch.Generator().manual_seed(5)
    with torch.no_grad():
        for module in modules:
            for name, p in module.named_parameters():
                if "norm" in name:
                    p.copy_(1 + 0.3 * torch.randn(p.shape, generator=g, dtype=p.dtype))


def rope_tables(n: int, theta: float) -> tuple[torch.Tensor, torch.Tensor]:
    inv_freq = 1.0 / theta ** (torch.arange(0, HEAD_DIM, 2, dtype=torch.float64) / HEAD_DIM)
    angles = torch.arange(n, dtype=torch.float64)[:, None] * inv_freq[None, :]
    table = torch.cat([angles, angles], dim=-1)[None]  # [1, n, head_dim]
    return table.cos(), table.sin()


def decoder_layer_by_hand(x: torch.Tensor, layer, eps: float, theta: float) -> torch.Tensor:
    """A Llama decoder layer: pre-norm causal attention with RoPE and grouped key/value heads, pre-norm SwiGLU."""
    b, n, _ = x.shape
    attn = layer.self_attn
    h = reference.rms_norm(x, layer.input_layernorm.weight, eps)
    q = (h @ attn.q_proj.weight.T).view(b, n, HEADS, HEAD_DIM).transpose(1, 2)
    k = (h @ attn.k_proj.weight.T).view(b, n, KV_HEADS, HEAD_DIM).transpose(1, 2)
    v = (h @ attn.v_proj.weight.T).view(b, n, KV_HEADS, HEAD_DIM).transpose(1, 2)
    cos, sin = rope_tables(n, theta)
    q, k = reference.rotary(q, k, cos.expand(b, -1, -1), sin.expand(b, -1, -1))
    k, v = (t.repeat_interleave(HEADS // KV_HEADS, dim=1) for t in (k, v))
    scores = q @ k.transpose(-1, -2) / math.sqrt(HEAD_DIM)
    future = torch.ones(n, n, dtype=torch.bool).triu(1)
    weights = scores.masked_fill(future, float("-inf")).softmax(dim=-1)
    context = (weights @ v).transpose(1, 2).reshape(b, n, HEADS * HEAD_DIM)
    x = x + context @ attn.o_proj.weight.T
    mlp = layer.mlp
    h = reference.rms_norm(x, layer.post_attention_layernorm.weight, eps)
    return x + reference.swiglu_mlp(h, mlp.gate_proj.weight, mlp.up_proj.weight, mlp.down_proj.weight)


def losses_by_hand(lm, mtp, window: torch.Tensor) -> list[torch.Tensor]:
    """[main next-token CE, depth-1 CE, depth-2 CE, ...] over a batch of windows of SEQ + 1 tokens."""
    config = lm.config
    eps, theta = config.rms_norm_eps, config.rope_parameters["rope_theta"]
    embedding, head = lm.model.embed_tokens.weight, lm.lm_head.weight
    inputs = window[:, :-1]
    h = embedding[inputs]
    for layer in lm.model.layers:
        h = decoder_layer_by_hand(h, layer, eps, theta)
    h = reference.rms_norm(h, lm.model.norm.weight, eps)  # the main model's final hidden state, h^0
    losses = [F.cross_entropy((h @ head.T).reshape(-1, VOCAB), window[:, 1:].reshape(-1))]
    for d, module in enumerate(mtp.layers, 1):
        n = SEQ - d  # positions whose token d + 1 ahead lies in the window
        ahead = embedding[window[:, d : d + n]]  # the token d positions ahead of each position
        joined = torch.cat(
            [
                reference.rms_norm(h[:, :n], module.hnorm.weight, eps),
                reference.rms_norm(ahead, module.enorm.weight, eps),
            ],
            dim=-1,
        )
        h = decoder_layer_by_hand(joined @ module.eh_proj.weight.T, module.block, eps, theta)
        logits = reference.rms_norm(h, module.norm.weight, eps) @ head.T
        target = window[:, d + 1 : d + 1 + n]  # t_{i+d+1}
        losses.append(F.cross_entropy(logits.reshape(-1, VOCAB), target.reshape(-1)))
    return losses


def window_batch(seed: int = 3) -> torch.Tensor:
    return torch.randint(0, VOCAB, (BATCH, SEQ + 1), generator=torch.Generator().manual_seed(seed))


@pytest.mark.parametrize("tied", [True, False])
def test_depth_one_loss_is_the_hand_computed_next_next_token_cross_entropy(tied):
    lm = tiny_llama(tied)
    mtp = build_mtp(lm, 1).double()
    perturb_norms(lm, mtp)
    window = window_batch()
    weight = 0.3
    out = CausalLMLoss(lm, 1, mtp, weight)(window[:, :-1], window[:, 1:])
    main, depth_one = losses_by_hand(lm, mtp, window)

    torch.testing.assert_close(out.lm_loss, main.detach(), rtol=0, atol=TOLERANCE)
    torch.testing.assert_close(out.aux["mtp_loss_1"], depth_one.detach(), rtol=0, atol=TOLERANCE)
    torch.testing.assert_close(out.loss, main + weight * depth_one, rtol=0, atol=TOLERANCE)
    # Gradients of the objective, for every parameter of the model and the module, the shared ones included.
    named = [*lm.named_parameters(), *(("mtp." + n, p) for n, p in mtp.named_parameters())]
    ours = torch.autograd.grad(out.loss, [p for _, p in named])
    theirs = torch.autograd.grad(main + weight * depth_one, [p for _, p in named])
    for (name, _), a, b in zip(named, ours, theirs, strict=True):
        torch.testing.assert_close(a, b, rtol=0, atol=TOLERANCE, msg=lambda m, name=name: f"{name}: {m}")
    grads = {name: g for (name, _), g in zip(named, ours, strict=True)}
    assert grads["mtp.layers.0.eh_proj.weight"].abs().sum() > 0


def test_objective_adds_the_weighted_mean_of_the_depths_and_leaves_the_main_head_alone():
    lm = tiny_llama(tied=True)
    mtp = build_mtp(lm, 3).double()
    perturb_norms(lm, mtp)
    window = window_batch(seed=4)
    out = CausalLMLoss(lm, 1, mtp, 0.7)(window[:, :-1], window[:, 1:])
    main, *depths = losses_by_hand(lm, mtp, window)
    plain = CausalLMLoss(lm, 1)(window[:, :-1], window[:, 1:])

    assert list(out.aux) == ["mtp_loss_1", "mtp_loss_2", "mtp_loss_3"]
    for d, depth in enumerate(depths, 1):
        torch.testing.assert_close(out.aux[f"mtp_loss_{d}"], depth.detach(), rtol=0, atol=TOLERANCE)
    torch.testing.assert_close(out.loss, main + 0.7 * sum(depths) / 3, rtol=0, atol=TOLERANCE)
    # The main head's loss and per-token losses are those of the model without MTP.
    assert torch.equal(out.token_loss, plain.token_loss) and torch.equal(out.lm_loss, plain.lm_loss)
    assert plain.aux == {} and torch.equal(plain.loss.detach(), plain.lm_loss)


def test_saved_modules_reload_beside_a_plain_export(tmp_path):
    from transformers import AutoModelForCausalLM

    lm = tiny_llama(tied=False).float()
    mtp = build_mtp(lm, 2)
    perturb_norms(mtp)
    lm.save_pretrained(tmp_path)
    save_mtp(mtp, tmp_path, 0.3)
    loaded = AutoModelForCausalLM.from_pretrained(tmp_path)
    assert type(loaded).__name__ == "LlamaForCausalLM"
    window = window_batch()
    expected = CausalLMLoss(lm, 1, mtp, 0.3).eval()(window[:, :-1], window[:, 1:])
    got = CausalLMLoss(loaded, 1, load_mtp(tmp_path, loaded), 0.3).eval()(window[:, :-1], window[:, 1:])
    assert got.aux == expected.aux and torch.equal(got.loss, expected.loss)


def test_modules_are_initialised_like_the_models_own_layers():
    lm = tiny_llama(tied=True)
    mtp = build_mtp(lm, 1)
    std = lm.config.initializer_range
    proj = mtp.layers[0].eh_proj.weight
    assert proj.shape == (HIDDEN, 2 * HIDDEN) and abs(proj.std().item() - std) < 0.2 * std
    assert torch.equal(mtp.layers[0].norm.weight, torch.ones(HIDDEN, dtype=torch.float64))
    assert next(mtp.parameters()).dtype == torch.float64  # the model's dtype


def test_activation_checkpointing_recomputes_the_modules_and_changes_nothing():
    window = window_batch(seed=6)
    results = []
    for checkpointing in (False, True):
        lm = tiny_llama(tied=True)
        if checkpointing:
            lm.activation_checkpointing_enable(activation_checkpointing_kwargs={"use_reentrant": False})
        mtp = build_mtp(lm, 2, activation_checkpointing=checkpointing).double()
        model = CausalLMLoss(lm.train(), 1, mtp, 0.3).train()
        out = model(window[:, :-1], window[:, 1:])
        out.loss.backward()
        results.append((out.loss.detach(), [p.grad.clone() for p in model.parameters()]))
        assert all(m.block.gradient_checkpointing == checkpointing for m in mtp.modules_by_depth)
    (loss, grads), (loss_ckpt, grads_ckpt) = results
    assert torch.equal(loss, loss_ckpt)
    for a, b in zip(grads, grads_ckpt, strict=True):
        torch.testing.assert_close(a, b, rtol=0, atol=1e-12)
