"""Hermetic inputs for the pretrain stage, built in a temporary folder: tokenizer, token shards with an index
of domains, held-out text, plan and params."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import yaml
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast

from core.config import Params
from model.plan import plan_for

SEQ_LEN = 32
SENTENCES = {
    "finance": "The issuer's 10-K reports revenue of $4.2 billion for fiscal 2023.",
    "legal": "The court granted the motion for summary judgment on all counts.",
    "medical": "Patient presented with acute chest pain; ECG showed ST elevation.",
    "general": "Interest rate swaps hedge the floating-rate exposure of the notes.",
}


def make_tokenizer(path: Path) -> Path:
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=300,
        special_tokens=["<unk>", "<s>", "</s>", "<pad>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(list(SENTENCES.values()) * 4, trainer)
    wrapped = PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="<unk>", bos_token="<s>", eos_token="</s>", pad_token="<pad>"
    )
    wrapped.save_pretrained(path)
    return path


def write_shards(
    root: Path, streams: list[np.ndarray], vocab_size: int, domains: list[list[tuple[int, str]]] | None = None
) -> Path:
    """Shards and meta.json; with `domains` (per shard, (start, domain) of each document) an index.parquet."""
    (root / "shards").mkdir(parents=True)
    shards = []
    for i, tokens in enumerate(streams):
        name = f"shard_{i:05d}.bin"
        tokens.astype("<u2").tofile(root / "shards" / name)
        shards.append({"file": name, "n_tokens": len(tokens)})
    total = sum(len(s) for s in streams)
    meta = {
        "dtype": "uint16",
        "vocab_size": vocab_size,
        "eos_token_id": 2,
        "seq_len": SEQ_LEN,
        "n_tokens": total,
        "n_unique_tokens": total,
        "tokens_by_domain": {},
        "shards": shards,
    }
    (root / "meta.json").write_text(json.dumps(meta))
    if domains is not None:
        rows: dict[str, list] = {k: [] for k in ("shard", "start", "end", "doc_id", "domain")}
        for i, (docs, tokens) in enumerate(zip(domains, streams, strict=True)):
            ends = [start for start, _ in docs[1:]] + [len(tokens)]
            for (start, domain), end in zip(docs, ends, strict=True):
                rows["shard"].append(f"shard_{i:05d}.bin")
                rows["start"].append(start)
                rows["end"].append(end)
                rows["doc_id"].append(f"{domain}/{i}-{start}")
                rows["domain"].append(domain)
        pq.write_table(pa.table(rows), root / "index.parquet")
    return root


def make_shards(root: Path, vocab_size: int) -> Path:
    """Two domains, each its own repeated 23-token phrase: a model that learns anything lowers its loss.
    Shard 0 is finance then legal (document boundary mid-window), shard 1 legal only."""
    rng = np.random.default_rng(0)
    finance, legal = rng.integers(4, vocab_size, 23), rng.integers(4, vocab_size, 23)
    first = np.concatenate([np.tile(finance, 120), np.tile(legal, 80)])
    second = np.tile(legal, 90)
    return write_shards(
        root, [first, second], vocab_size, [[(0, "finance"), (120 * 23, "legal")], [(0, "legal")]]
    )


def make_heldout(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for domain in ("finance", "legal"):
        lines = [
            json.dumps({"id": f"{domain}-{i}", "text": SENTENCES[domain], "source": domain}) for i in range(6)
        ]
        (root / f"{domain}.jsonl").write_text("\n".join(lines) + "\n")
    return root


def make_params(seed: int = 1234, gate: dict | None = None, **pretrain) -> Params:
    settings = {
        "micro_batch_size": 4,
        "lr": 1e-2,
        "warmup_steps": 2,
        "log_every": 1,
        "threads": 1,
        "eval_every": 4,
        "eval_windows": 2,
        "checkpoint_every": None,
        "peak_flops": 1e9,  # a fixed peak: the start-up matmul benchmark is not what these tests are about
    } | pretrain
    raw = {"seed": seed, "plan": {"compute_flops": 1e12}, "pretrain": settings}
    return Params.model_validate(raw | ({"gate": gate} if gate else {}))


def write_params_yaml(path: Path, params: Params) -> Path:
    path.write_text(yaml.safe_dump(json.loads(params.model_dump_json(by_alias=True))))
    return path


def write_plan(path: Path, params: Params, vocab_size: int, steps: int) -> Path:
    plan = plan_for(
        params.plan.compute_flops,
        "hoffmann",
        vocab_size,
        SEQ_LEN,
        micro_batch_size=params.pretrain.micro_batch_size,
        grad_accum_steps=params.pretrain.grad_accum_steps,
        max_steps_cap=steps,
        token_ids={"bos_token_id": 1, "eos_token_id": 2, "pad_token_id": 3},
    )
    path.mkdir(parents=True, exist_ok=True)
    (path / "plan.json").write_text(json.dumps(plan.to_json()))
    return path / "plan.json"


def read_log(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def make_teacher(path: Path, tokenizer_dir: Path, vocab_size: int, seed: int = 7) -> Path:
    """A small Llama of the student's vocabulary, saved with the student's tokenizer: a teacher to distil from."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    config = LlamaConfig(
        vocab_size=vocab_size,
        hidden_size=48,
        intermediate_size=96,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=2 * SEQ_LEN,
        tie_word_embeddings=False,
    )
    torch.manual_seed(seed)
    LlamaForCausalLM(config).save_pretrained(path)
    AutoTokenizer.from_pretrained(tokenizer_dir).save_pretrained(path)
    return path


def write_registry(path: Path, models: list[dict]) -> Path:
    """A source registry holding no sources and the given `models:` entries."""
    path.write_text(yaml.safe_dump({"sources": [], "models": models}))
    return path
