"""Tiny base models of three families, built in the test's folder: a Llama with an untied head, a Qwen2 with a
tied head and a vocabulary padded past its tokenizer, and a GPT-NeoX; each a Hugging Face folder of safetensors
weights, config and a byte-level BPE tokenizer fitted on general text only. Plus the pipeline's inputs for
continuing one: the mix stage's train and held-out text, a source registry that registers the base, params."""

from __future__ import annotations

import json
import random
from pathlib import Path

import torch
import yaml
from datatrove.data import Document
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast

from core import store
from core.config import Params
from tests.conftest import ENGLISH, FINANCE, variant

REPO = Path(__file__).resolve().parents[1]

EOS = "<|endoftext|>"
LEGAL = (
    "The court granted the motion for summary judgment because the plaintiff failed to show a genuine dispute "
    "of material fact. The appellate court affirmed the judgment and remanded the remaining claims to the "
    "district court, which retained jurisdiction over the counterclaims and the motion for attorney fees."
)


def words(text: str, n: int) -> str:
    """`text`'s words in an order fixed by `n`, between `variant`'s header and footer: distinct documents."""
    shuffled = text.split()
    random.Random(n).shuffle(shuffled)
    return variant(" ".join(shuffled), n)


def make_base_tokenizer(folder: Path, vocab_size: int = 400) -> PreTrainedTokenizerFast:
    """A general-text byte-level BPE whose EOS is an added token after the BPE vocabulary (as Qwen2's and
    GPT-NeoX's special tokens are), saved in `folder`."""
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False
    )
    tok.train_from_iterator([words(ENGLISH, i) for i in range(40)], trainer)
    tok.add_special_tokens([EOS])
    wrapped = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token=EOS, pad_token=EOS)
    wrapped.save_pretrained(folder)
    return wrapped


def base_config(family: str, vocab_rows: int, eos_id: int):
    from transformers import GPTNeoXConfig, LlamaConfig, Qwen2Config

    shape = {
        "vocab_size": vocab_rows,
        "hidden_size": 32,
        "intermediate_size": 64,
        "num_hidden_layers": 2,
        "num_attention_heads": 2,
        "max_position_embeddings": 64,
        "eos_token_id": eos_id,
        "pad_token_id": eos_id,
    }
    if family == "llama":
        return LlamaConfig(**shape, num_key_value_heads=2, tie_word_embeddings=False)
    if family == "qwen2":
        return Qwen2Config(**shape, num_key_value_heads=1, tie_word_embeddings=True)
    if family == "gpt_neox":
        return GPTNeoXConfig(**shape, tie_word_embeddings=False)
    raise ValueError(family)


def make_base(folder: Path, family: str, seed: int = 0) -> Path:
    """A tiny base of `family` in `folder`: safetensors weights, config, tokenizer. The Qwen2 base pads its
    embedding to a multiple of 64 rows, past its tokenizer, as Qwen2 does."""
    from transformers import AutoModelForCausalLM

    tokenizer = make_base_tokenizer(folder)
    rows = len(tokenizer) if family != "qwen2" else -(-len(tokenizer) // 64) * 64
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(base_config(family, rows, tokenizer.eos_token_id))
    model.save_pretrained(folder)
    return folder


def write_registry(
    path: Path, base: Path, license: str = "Apache-2.0", pretrain_lr: float | None = 0.01
) -> Path:
    """A source registry with one source and the base under models: as `tiny-base`."""
    entry = {"id": "tiny-base", "path": str(base), "license": license, "owner": "Test Lab"}
    if pretrain_lr is not None:
        entry["pretrain_lr"] = pretrain_lr
    registry = {
        "sources": [
            {
                "id": "fin",
                "domain": "finance",
                "path": "fin.jsonl",
                "format": "jsonl",
                "license": "MIT",
                "owner": "Test",
                "sensitivity": "public",
            }
        ],
        "models": [entry],
    }
    path.write_text(yaml.safe_dump(registry, sort_keys=False))
    return path


def write_mix(folder: Path) -> Path:
    """What the mix stage writes: training documents (general, finance, legal) and held-out text per domain."""
    train, heldout = [], {}
    for domain, source, text in (
        ("general", "gen", ENGLISH),
        ("finance", "fin", FINANCE),
        ("legal", "leg", LEGAL),
    ):
        train += [
            Document(
                words(text, i),
                f"{source}/{i:03d}",
                metadata={"source": source, "domain": domain, "license": "MIT"},
            )
            for i in range(100, 124)
        ]
        heldout[domain] = [
            {"id": f"{source}/h{i}", "text": words(text, i), "source": source} for i in range(4)
        ]
    store.write_documents(train, folder / "train")
    (folder / "heldout").mkdir(parents=True)
    for domain, records in heldout.items():
        (folder / "heldout" / f"{domain}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    return folder


def continued_params(**sections) -> Params:
    """Params that continue `tiny-base` (sections override, e.g. pretrain={...})."""
    pretrain = {
        "base_model": "tiny-base",
        "micro_batch_size": 4,
        "log_every": 1,
        "threads": 1,
        "eval_every": 4,
        "eval_windows": 2,
        "checkpoint_every": None,
        "peak_flops": 1e9,
        "rewarm_fraction": 0.1,
    } | sections.pop("pretrain", {})
    raw = {
        "seed": 1234,
        "gate": {"policy": str(REPO / "governance" / "policies" / "commercial.yaml")},
        "plan": {"compute_flops": 2e9},
        "tokenize": {"seq_len": 32},
        "tokenizer": {"extend_base": True, "extend_tokens": 40, "min_frequency": 2},
        "mix": {"replay_share": 0.25, "max_epochs": 50},
        "pretrain": pretrain,
    }
    for key, value in sections.items():
        raw[key] = raw.get(key, {}) | value
    return Params.model_validate(raw)
