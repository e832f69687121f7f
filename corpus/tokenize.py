"""The tokenize stage: packed token shards, and an index from every token range back to its document.

A shard is a flat stream of documents, each followed by EOS; the trainer cuts it into fixed windows.
The index is what lets `charter trace --token SHARD:OFFSET` answer where a training token came from.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import numpy as np
import pyarrow as pa
from tqdm import tqdm

from core import store
from core.config import TokenizeParams, load_params
from core.stage import write_json
from core.token_index import INDEX, INDEX_SCHEMA, META, SHARDS, shard_name, write_index
from corpus.mix import TRAIN

__all__ = [
    "INDEX",
    "INDEX_SCHEMA",
    "META",
    "SHARDS",
    "ShardWriter",
    "run_tokenize",
    "shard_name",
    "write_index",
]

BATCH = 256


class ShardWriter:
    def __init__(self, folder: Path, dtype: np.dtype, shard_tokens: int):
        self.folder, self.dtype, self.shard_tokens = folder, dtype, shard_tokens
        folder.mkdir(parents=True, exist_ok=True)
        self.shards: list[dict] = []
        self.index: dict[str, list] = defaultdict(list)
        self._buffer: list[np.ndarray] = []
        self._filled = 0

    def add(self, ids: list[int], doc_id: str, meta: dict) -> None:
        if self._filled and self._filled + len(ids) > self.shard_tokens:
            self.flush()
        name = shard_name(len(self.shards))
        row = (
            name,
            self._filled,
            self._filled + len(ids),
            doc_id,
            meta["source"],
            meta["domain"],
            meta["license"],
            int(meta.get("epoch", 0)),
        )
        for key, value in zip(INDEX_SCHEMA.names, row, strict=True):
            self.index[key].append(value)
        self._buffer.append(np.asarray(ids, dtype=self.dtype))
        self._filled += len(ids)

    def flush(self) -> None:
        if not self._filled:
            return
        name = shard_name(len(self.shards))
        np.concatenate(self._buffer).astype(self.dtype).tofile(self.folder / name)
        self.shards.append({"file": name, "n_tokens": self._filled})
        self._buffer, self._filled = [], 0


def run_tokenize(params: TokenizeParams, inp: Path, tokenizer_dir: Path, out: Path) -> dict:
    from transformers import AutoTokenizer  # here: `charter trace` reads this module's index layout only

    out = Path(out)
    tokenizer = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    tokenizer.model_max_length = 2**62  # whole documents are encoded here; windows are cut at training time
    eos = tokenizer.eos_token_id
    vocab = len(tokenizer)
    dtype = np.dtype(np.uint16 if vocab <= np.iinfo(np.uint16).max + 1 else np.uint32)
    writer = ShardWriter(out / SHARDS, dtype, params.shard_tokens)

    docs = list(store.read_documents(Path(inp) / TRAIN))
    tokens_by_domain: dict[str, int] = defaultdict(int)
    tokens_by_source: dict[str, int] = defaultdict(int)
    unique_tokens = 0
    counted: set[str] = set()
    for start in tqdm(range(0, len(docs), BATCH), desc="tokenize", unit="batch"):
        batch = docs[start : start + BATCH]
        encoded = tokenizer([d.text for d in batch], add_special_tokens=False)["input_ids"]
        for doc, ids in zip(batch, encoded, strict=True):
            ids = [*ids, eos]
            writer.add(ids, doc.id, doc.metadata)
            tokens_by_domain[doc.metadata["domain"]] += len(ids)
            tokens_by_source[doc.metadata["source"]] += len(ids)
            if doc.id not in counted:
                counted.add(doc.id)
                unique_tokens += len(ids)
    writer.flush()
    write_index(pa.table(dict(writer.index), schema=INDEX_SCHEMA), out / INDEX)
    n_tokens = sum(s["n_tokens"] for s in writer.shards)
    meta = {
        "dtype": dtype.name,
        "vocab_size": vocab,
        "eos_token_id": eos,
        "seq_len": params.seq_len,
        "n_tokens": n_tokens,
        "n_unique_tokens": unique_tokens,
        "n_documents": len(docs),
        "tokens_by_domain": dict(sorted(tokens_by_domain.items())),
        "tokens_by_source": dict(sorted(tokens_by_source.items())),
        "shards": writer.shards,
    }
    write_json(out / META, meta)
    return meta


def tokenize_command(*, params: Path, inp: Path, tokenizer: Path, out: Path) -> dict:
    """`charter tokenize`: the stage."""
    return run_tokenize(load_params(params).tokenize, inp, tokenizer, out)["tokens_by_domain"]
