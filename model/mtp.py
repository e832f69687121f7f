"""Multi-token prediction: DeepSeek-V3's sequential MTP modules (arXiv 2412.19437, section 2.2).

Module d (d = 1..depth) predicts, at every position i, the token d + 1 positions ahead:

    h'_i^d = M_d [RMSNorm(h_i^{d-1}); RMSNorm(Emb(t_{i+d}))]     (a linear projection of the concatenation)
    h^d    = Block_d(h'^d)                                       (one Llama decoder layer of the model's config)
    P^d_i  = softmax(Head(RMSNorm(h_i^d)))                       (the shared output head) -> token t_{i+d+1}

h^0 is the main model's final hidden state (after its final norm: the representation its own head reads, as
Megatron-LM and vLLM feed their MTP modules); the embedding and the output head are the main model's. On a
window of T inputs, depth d scores the T - d positions whose target lies inside the window, so no padding
is attended to. Each depth's loss goes through the fused loss head (kernels.fused_linear_cross_entropy), so
no [N, V] logits exist. The training objective is the next-token loss plus `weight` x the mean of the depths'
losses; the main model is unchanged at inference, and the modules can draft tokens for speculative decoding.

Saved beside the exported LlamaForCausalLM as `mtp.safetensors` (keys `layers.<d-1>.<name>`) and `mtp.json`
(the format, depth, weight and the decoder layer's Llama config); `load_mtp` rebuilds them on a loaded model.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, cast

import torch
from torch import nn

from core.errors import CharterError
from kernels import FusedCEOutput, fused_linear_cross_entropy

MTP_WEIGHTS = "mtp.safetensors"
MTP_CONFIG = "mtp.json"
FORMAT = "charter-mtp-v1"


class MTPModule(nn.Module):
    """One depth: the two input norms, the projection of their concatenation, a decoder layer, the output norm."""

    def __init__(self, config: Any, depth: int):
        super().__init__()
        from transformers.models.llama.modeling_llama import LlamaDecoderLayer, LlamaRMSNorm

        d, eps = config.hidden_size, config.rms_norm_eps
        self.hnorm = LlamaRMSNorm(d, eps=eps)
        self.enorm = LlamaRMSNorm(d, eps=eps)
        self.eh_proj = nn.Linear(2 * d, d, bias=False)
        # layer_idx only keys a KV cache, which training never builds; past the main layers for a reader's sake.
        self.block: Any = LlamaDecoderLayer(config, layer_idx=config.num_hidden_layers + depth - 1)
        self.norm = LlamaRMSNorm(d, eps=eps)


class MultiTokenPrediction(nn.Module):
    """`depth` sequential MTP modules for a transformers Llama model (which owns the embedding and the head)."""

    def __init__(self, config: Any, depth: int):
        super().__init__()
        if depth < 1:
            raise ValueError(f"an MTP stack needs depth >= 1, got {depth}")
        self.config = config
        self.layers = nn.ModuleList(MTPModule(config, d) for d in range(1, depth + 1))

    @property
    def depth(self) -> int:
        return len(self.layers)

    @property
    def modules_by_depth(self) -> list[MTPModule]:
        """The modules in depth order (module d at index d - 1)."""
        return [cast(MTPModule, m) for m in self.layers]

    def forward(
        self, lm: Any, hidden: torch.Tensor, input_ids: torch.Tensor, labels: torch.Tensor, output_weight: Any
    ) -> list[FusedCEOutput]:
        """The loss of each depth. hidden [B, T, d] is the main model's final hidden state, input_ids and
        labels [B, T] the window's inputs and next tokens (labels[:, i] = t_{i+1})."""
        from transformers.masking_utils import create_causal_mask

        n_positions = input_ids.shape[1]
        if n_positions <= self.depth:
            raise ValueError(f"MTP depth {self.depth} needs windows longer than {self.depth} tokens")
        embed, rotary = lm.get_input_embeddings(), lm.model.rotary_emb
        losses = []
        for d, module in enumerate(self.modules_by_depth, 1):
            n = n_positions - d
            joined = torch.cat([module.hnorm(hidden[:, :n]), module.enorm(embed(input_ids[:, d:]))], dim=-1)
            x = module.eh_proj(joined)
            positions = torch.arange(n, device=x.device).unsqueeze(0)
            mask = create_causal_mask(
                config=lm.config,
                inputs_embeds=x,
                attention_mask=None,
                past_key_values=None,
                position_ids=positions,
            )
            hidden = module.block(
                x, attention_mask=mask, position_ids=positions, position_embeddings=rotary(x, positions)
            )
            normed = module.norm(hidden)
            losses.append(
                fused_linear_cross_entropy(
                    normed.reshape(-1, normed.size(-1)), output_weight, labels[:, d:].reshape(-1)
                )
            )
        return losses


def build_mtp(lm: Any, depth: int, activation_checkpointing: bool = False) -> MultiTokenPrediction:
    """MTP modules for `lm`, initialised as transformers initialises the model's own layers (from the torch
    generator's current state: build right after the model, so the weights are a function of the seed)."""
    mtp = MultiTokenPrediction(lm.config, depth)
    mtp.apply(lm._init_weights)
    mtp.to(dtype=next(lm.parameters()).dtype)
    if activation_checkpointing:
        checkpoint = functools.partial(torch.utils.checkpoint.checkpoint, use_reentrant=False)
        for module in mtp.modules_by_depth:
            module.block.gradient_checkpointing = True
            module.block._gradient_checkpointing_func = checkpoint
    return mtp


def save_mtp(
    mtp: MultiTokenPrediction, dest: Path, weight: float, state_dict: dict[str, Any] | None = None
) -> None:
    """`mtp.safetensors` and `mtp.json` into the folder `dest` (the export's staging folder). `state_dict` is
    the gathered one under ZeRO-3 (keys without the `mtp.` prefix), else the module's own is written."""
    from safetensors.torch import save_file

    tensors = mtp.state_dict() if state_dict is None else state_dict
    save_file({k: v.detach().clone().contiguous() for k, v in tensors.items()}, str(Path(dest) / MTP_WEIGHTS))
    config = {
        "format": FORMAT,
        "paper": "DeepSeek-V3 (arXiv 2412.19437), section 2.2",
        "depth": mtp.depth,
        "weight": weight,
        "input_hidden_state": "the main model's final hidden state, after model.norm",
        "concat_order": ["hnorm(hidden)", "enorm(embed_tokens(token ahead))"],
        "shared_with_main_model": ["model.embed_tokens", "lm_head"],
        "module_names": ["hnorm", "enorm", "eh_proj", "block (LlamaDecoderLayer)", "norm"],
        "layer_config": mtp.config.to_dict(),
    }
    (Path(dest) / MTP_CONFIG).write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")


def load_mtp(checkpoint_dir: Path, lm: Any) -> MultiTokenPrediction:
    """The MTP modules saved beside an exported model, rebuilt for `lm` (the same export, loaded)."""
    from safetensors.torch import load_file

    folder = Path(checkpoint_dir)
    config_path = folder / MTP_CONFIG
    if not config_path.exists():
        raise CharterError(f"{folder}: no {MTP_CONFIG}; the model was trained without multi-token prediction")
    config = json.loads(config_path.read_text())
    if config.get("format") != FORMAT:
        raise CharterError(f"{config_path}: format {config.get('format')!r}, expected {FORMAT!r}")
    mtp = MultiTokenPrediction(lm.config, int(config["depth"]))
    mtp.load_state_dict(load_file(str(folder / MTP_WEIGHTS)))
    return mtp.to(dtype=next(lm.parameters()).dtype, device=next(lm.parameters()).device)
