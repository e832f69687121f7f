"""Continued pretraining: the base model `pretrain.base_model` names, checked, located and loaded.

The base is a registered input (`models:` in sources.yaml) and passes the license gate like a source
(governance.model_gate). Only what can be loaded without running anyone's code is accepted: a causal LM of a
family transformers implements itself (Llama, Mistral, Qwen2, GPT-NeoX through AutoModelForCausalLM), weights
in safetensors, never `trust_remote_code`. The training loop is the one a model from scratch gets: the fused
loss head reads the model's body (`base_model`) and output embedding, whatever the family calls them.

When the tokenizer stage extended the base's tokenizer (`tokenizer.extend_base`), the embedding matrix grows
to the new vocabulary and each new row starts as the mean of the base's rows of the pieces the new token
replaces (the base tokenizer's segmentation of its string), as ChipNeMo (Liu et al. 2023) initialises new
token embeddings; an untied output head gets the same rule on its own rows.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from core.config import Params
from core.errors import ConfigError, TokenizerError
from core.registry import load_registry
from corpus.bpe_extension import new_token_pieces
from governance.model_gate import ModelDecision, approve_base_model

log = logging.getLogger(__name__)

# model_type of the families whose transformers implementation Charter trains (AutoModelForCausalLM).
FAMILIES = ("llama", "mistral", "qwen2", "gpt_neox")
UNSAFE_WEIGHTS = ("*.bin", "*.pt", "*.pth", "*.ckpt", "*.pkl")


@dataclass(frozen=True)
class BaseCheckpoint:
    """A registered base model the policy allows, with the facts the plan and the trainer need."""

    decision: ModelDecision
    folder: Path
    config: dict[str, Any]
    """Its config.json."""

    @property
    def id(self) -> str:
        return self.decision.entry.id

    @property
    def model_type(self) -> str:
        return str(self.config["model_type"])

    @property
    def vocab_rows(self) -> int:
        """Rows of its embedding matrix (may exceed its tokenizer's length: padded vocabularies)."""
        return int(self.config["vocab_size"])

    def describe(self, sha256: str | None = None) -> dict[str, Any]:
        """What the plan, the training summary and the report record about the base."""
        return self.decision.as_dict() | {
            "folder": str(self.folder),
            "model_type": self.model_type,
            "architectures": self.config.get("architectures"),
            "pretrain_lr": self.decision.entry.pretrain_lr,
            **({"sha256": sha256} if sha256 else {}),
        }


def inspect_folder(decision: ModelDecision, folder: Path) -> BaseCheckpoint:
    """The base in `folder` if Charter can train it safely; ConfigError naming the model and what is wrong."""
    name = f"pretrain.base_model '{decision.entry.id}' ({folder})"
    config_path = folder / "config.json"
    try:
        config = json.loads(config_path.read_text())
    except (OSError, ValueError) as e:
        raise ConfigError(f"{name}: no readable config.json ({e})") from e
    if config.get("auto_map"):
        raise ConfigError(
            f"{name}: its config maps to custom code (auto_map); Charter never runs trust_remote_code"
        )
    if config.get("model_type") not in FAMILIES:
        raise ConfigError(
            f"{name}: model_type {config.get('model_type')!r} is not a supported family ({', '.join(FAMILIES)})"
        )
    if not list(folder.glob("*.safetensors")):
        pickles = sorted(p.name for pattern in UNSAFE_WEIGHTS for p in folder.glob(pattern))
        raise ConfigError(
            f"{name}: no safetensors weights"
            + (f" (only {', '.join(pickles)}: pickled weights are never loaded)" if pickles else "")
        )
    return BaseCheckpoint(decision, folder, config)


def resolve_base(params: Params, sources_file: Path) -> BaseCheckpoint | None:
    """The base `params.pretrain.base_model` names, registered, allowed by the gate's policy for the gate's
    use, and loadable; None when the model trains from scratch."""
    model_id = params.pretrain.base_model
    if not model_id:
        return None
    registry = load_registry(sources_file)
    decision = approve_base_model(registry, model_id, params.gate.policy, params.gate.use)
    base = inspect_folder(decision, registry.model_folder(decision.entry))
    log.info("base model %s: %s (%s, %s)", base.id, base.folder, base.model_type, decision.reason)
    return base


def base_sha256(base: BaseCheckpoint) -> str:
    """One hash of what training reads from the base: config, weights and tokenizer files."""
    h = hashlib.sha256()
    for path in sorted(p for p in base.folder.iterdir() if p.is_file() and _read_by_training(p)):
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
        h.update(f"{path.name}\0{digest.hexdigest()}\n".encode())
    return h.hexdigest()


def _read_by_training(path: Path) -> bool:
    return path.suffix in (".json", ".safetensors", ".txt", ".model", ".jinja")


def tokenizer_backend(folder: Path) -> Any:
    """The `tokenizers` object a folder's tokenizer runs, loaded without running code."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(folder), trust_remote_code=False)
    return tokenizer.backend_tokenizer


def new_rows(base: BaseCheckpoint, tokenizer_dir: Path) -> tuple[int, dict[int, list[int]]]:
    """Rows the embedding needs for the tokenizer in `tokenizer_dir`, and for each token it adds to the base's,
    the base ids of its pieces. ConfigError when that tokenizer was not made from this base."""
    written = tokenizer_backend(tokenizer_dir)
    try:
        pieces = new_token_pieces(tokenizer_backend(base.folder), written)
    except TokenizerError as e:
        raise ConfigError(
            f"{tokenizer_dir} is not base model '{base.id}''s tokenizer or an extension of it ({e}): re-run "
            "`charter tokenizer`"
        ) from e
    return max(base.vocab_rows, written.get_vocab_size(with_added_tokens=True)), pieces


def model_facts(config: dict[str, Any]) -> tuple[int, bool]:
    """Parameters of the causal LM `config` describes (tied embeddings once) and whether its output embedding
    is its input embedding, from the model transformers builds (on the meta device: no memory, no init)."""
    from transformers import AutoConfig, AutoModelForCausalLM

    cfg = AutoConfig.for_model(**config)
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(cfg)
    tied = model.get_output_embeddings().weight is model.get_input_embeddings().weight
    return sum(p.numel() for p in model.parameters()), tied


def extended_config(base: BaseCheckpoint, rows: int) -> dict[str, Any]:
    """The base's config with the embedding grown to `rows` (unchanged when it is already that large)."""
    return base.config | {"vocab_size": max(base.vocab_rows, rows)}


def init_new_rows(model: Any, pieces: dict[int, list[int]], rows: int) -> None:
    """Grow the embeddings to `rows` and set each new token's row to the mean of its pieces' rows, in the input
    embedding and, when the head is untied, in the output embedding too."""
    if rows > model.get_input_embeddings().weight.shape[0]:
        model.resize_token_embeddings(rows, mean_resizing=False)
    inputs = model.get_input_embeddings().weight
    outputs = model.get_output_embeddings().weight
    matrices = [inputs] if outputs.data_ptr() == inputs.data_ptr() else [inputs, outputs]
    with torch.no_grad():
        for matrix in matrices:
            for token, ids in pieces.items():
                matrix[token] = matrix[ids].mean(dim=0)  # pieces are base ids, all below the first new one


def load_base_model(
    base: BaseCheckpoint,
    tokenizer_dir: Path,
    attn_implementation: str,
    activation_checkpointing: bool = False,
) -> torch.nn.Module:
    """The base as the start of training: its weights in float32 on the CPU (the engine moves and casts them),
    embeddings grown and initialised for the tokenizer in `tokenizer_dir`."""
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(
        str(base.folder),
        use_safetensors=True,
        trust_remote_code=False,
        dtype=torch.float32,
        attn_implementation=attn_implementation,
    )
    head = model.get_output_embeddings()
    if head is None or getattr(head, "bias", None) is not None:
        raise ConfigError(
            f"base model '{base.id}': the fused loss head needs an output embedding without bias"
        )
    rows, pieces = new_rows(base, tokenizer_dir)
    init_new_rows(model, pieces, rows)
    if pieces:
        log.info("base model %s: %d new token rows, each the mean of its pieces' rows", base.id, len(pieces))
    if activation_checkpointing:
        model.activation_checkpointing_enable(activation_checkpointing_kwargs={"use_reentrant": False})
    return model
