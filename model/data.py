"""Training windows over packed token shards, the domain of every target token, and the held-out windows.

Each shard (`shards/shard_NNNNN.bin`, flat token ids in the dtype `meta.json` names) is cut into consecutive,
non-overlapping windows of seq_len + 1 tokens: inputs are a window's first seq_len tokens, labels the last
seq_len (shifted by one). A shard's tail shorter than a window is left out. Window order is shuffled per
epoch from (seed, epoch), so the order is the same on every run and differs between epochs; training longer
than one epoch simply starts the next one.

The stream is addressable: micro-batch b of the global stream is a pure function of (seed, b), so a resumed
run starts at the micro-batch after its checkpoint without replaying the ones before.

`index.parquet` (token range -> document, domain) gives each label token its domain, so the loss can be
split by domain without a second pass; shards without an index count as domain "unknown".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from core.errors import ConfigError
from core.packs import pack_names

INDEX = "index.parquet"
# The domain packs in pack order, then a last id for tokens of no pack (or no index).
DOMAIN_NAMES = (*pack_names(), "unknown")
UNKNOWN_DOMAIN = len(DOMAIN_NAMES) - 1


@dataclass(frozen=True)
class ShardMeta:
    dtype: np.dtype
    vocab_size: int
    seq_len: int
    eos_token_id: int | None
    shards: list[tuple[Path, int]]
    """(path, n_tokens) per shard, in order."""

    @classmethod
    def load(cls, tokenize_dir: Path) -> ShardMeta:
        path = Path(tokenize_dir) / "meta.json"
        try:
            meta = json.loads(path.read_text())
            shards = [(Path(tokenize_dir) / "shards" / s["file"], int(s["n_tokens"])) for s in meta["shards"]]
            eos = meta.get("eos_token_id")
            return cls(
                np.dtype(meta["dtype"]),
                int(meta["vocab_size"]),
                int(meta["seq_len"]),
                None if eos is None else int(eos),
                shards,
            )
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise ConfigError(f"{path}: unreadable token-shard metadata: {e}") from e


@dataclass(frozen=True)
class MicroBatch:
    inputs: torch.Tensor
    """[batch, seq_len] token ids."""
    labels: torch.Tensor
    """[batch, seq_len] the next token of each input position."""
    domains: torch.Tensor
    """[batch, seq_len] index into DOMAIN_NAMES of the document each label token belongs to."""


class DomainRanges:
    """Per shard, the sorted start offsets of the index's token ranges and each range's domain id."""

    def __init__(self, tokenize_dir: Path, shard_names: list[str]):
        path = Path(tokenize_dir) / INDEX
        self.starts: list[np.ndarray] = []
        self.domain_ids: list[np.ndarray] = []
        if not path.exists():
            for _ in shard_names:
                self.starts.append(np.zeros(1, dtype=np.int64))
                self.domain_ids.append(np.full(1, UNKNOWN_DOMAIN, dtype=np.int64))
            return
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(path, columns=["shard", "start", "domain"]).to_pandas()
        except (OSError, ValueError, KeyError) as e:
            raise ConfigError(f"{path}: unreadable token index: {e}") from e
        lookup = {name: i for i, name in enumerate(DOMAIN_NAMES)}
        for name in shard_names:
            rows = table[table["shard"] == name].sort_values("start")
            starts = rows["start"].to_numpy(dtype=np.int64)
            if len(starts) == 0 or starts[0] != 0:  # tokens before the first range have no document
                starts = np.concatenate([[0], starts])
                ids = [UNKNOWN_DOMAIN, *(lookup.get(d, UNKNOWN_DOMAIN) for d in rows["domain"])]
            else:
                ids = [lookup.get(d, UNKNOWN_DOMAIN) for d in rows["domain"]]
            self.starts.append(starts)
            self.domain_ids.append(np.asarray(ids, dtype=np.int64))

    def of(self, shard: int, positions: np.ndarray) -> np.ndarray:
        """Domain id of each token position of `shard` (binary search: memory does not grow with tokens)."""
        at = np.searchsorted(self.starts[shard], positions, side="right") - 1
        return self.domain_ids[shard][at]


class TokenWindows:
    """All seq_len + 1 windows of a shard set, served as shuffled micro-batches."""

    def __init__(self, tokenize_dir: Path, seq_len: int, seed: int):
        self.meta = ShardMeta.load(tokenize_dir)
        self.seq_len = seq_len
        self.seed = seed
        window = seq_len + 1
        self._tokens: list[np.ndarray] = []
        starts = []
        for i, (path, n_tokens) in enumerate(self.meta.shards):
            if not path.exists():
                raise ConfigError(f"{path}: shard listed in meta.json is missing")
            on_disk = path.stat().st_size // self.meta.dtype.itemsize
            if on_disk != n_tokens:
                raise ConfigError(f"{path}: meta.json says {n_tokens} tokens, the file holds {on_disk}")
            n_windows = n_tokens // window
            # An empty file cannot be memory-mapped; a shard without a whole window contributes nothing anyway.
            self._tokens.append(
                np.memmap(path, dtype=self.meta.dtype.newbyteorder("<"), mode="r")
                if n_windows
                else np.empty(0)
            )
            starts.append(np.stack([np.full(n_windows, i), np.arange(n_windows) * window], axis=1))
        # (shard, offset) of every window, in shard order; shuffling permutes rows of this table.
        self.windows = np.concatenate(starts) if starts else np.empty((0, 2), dtype=np.int64)
        if len(self.windows) == 0:
            total = sum(n for _, n in self.meta.shards)
            raise ConfigError(
                f"{tokenize_dir}: {total} tokens in {len(self.meta.shards)} shards hold no window of "
                f"{window} tokens (seq_len {seq_len} + 1)"
            )
        self.domains = DomainRanges(Path(tokenize_dir), [p.name for p, _ in self.meta.shards])

    def __len__(self) -> int:
        return len(self.windows)

    def order(self, epoch: int) -> np.ndarray:
        return np.random.default_rng([self.seed, epoch]).permutation(len(self.windows))

    def window(self, index: int) -> np.ndarray:
        shard, offset = self.windows[index]
        return np.asarray(self._tokens[shard][offset : offset + self.seq_len + 1], dtype=np.int64)

    def label_domains(self, index: int) -> np.ndarray:
        shard, offset = self.windows[index]
        return self.domains.of(int(shard), np.arange(offset + 1, offset + self.seq_len + 1))

    def micro_batches(
        self, micro_batch_size: int, rank: int = 0, world_size: int = 1, start: int = 0
    ) -> Iterator[MicroBatch]:
        """Endless micro-batches of [micro_batch_size, seq_len], from global micro-batch `start` on.

        The global stream is the epochs' window orders concatenated, cut into micro-batches; rank r takes
        micro-batches r, r + W, r + 2W, ... so ranks never share a window and the stream does not depend on
        the gradient-accumulation setting. `start` counts global micro-batches (all ranks together).
        """
        orders: dict[int, np.ndarray] = {}
        batch_index = start
        while True:
            if batch_index % world_size == rank:
                picked = []
                for position in range(batch_index * micro_batch_size, (batch_index + 1) * micro_batch_size):
                    epoch, cursor = divmod(position, len(self.windows))
                    if epoch not in orders:
                        orders = {epoch: self.order(epoch)}  # one epoch's order in memory at a time
                    picked.append(int(orders[epoch][cursor]))
                batch = torch.from_numpy(np.stack([self.window(i) for i in picked]))
                domains = torch.from_numpy(np.stack([self.label_domains(i) for i in picked]))
                yield MicroBatch(batch[:, :-1], batch[:, 1:], domains)
            batch_index += 1


def heldout_windows(
    heldout_dir: Path, tokenizer_dir: Path, seq_len: int, n_windows: int
) -> dict[str, torch.Tensor]:
    """Per domain, the first `n_windows` windows of seq_len + 1 tokens of `<domain>.jsonl`, documents packed
    in file order each followed by EOS (as the tokenize stage packs them). Domains without a file are absent;
    a domain whose text fills fewer windows keeps the ones it fills."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    tokenizer.model_max_length = 2**62  # whole documents are encoded; windows are cut here
    window = seq_len + 1
    out: dict[str, torch.Tensor] = {}
    for domain in DOMAIN_NAMES[:UNKNOWN_DOMAIN]:
        path = Path(heldout_dir) / f"{domain}.jsonl"
        if not path.exists():
            continue
        ids: list[int] = []
        with path.open(encoding="utf-8") as f:
            for line_no, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    text = json.loads(line)["text"]
                except (ValueError, KeyError, TypeError) as e:
                    raise ConfigError(
                        f"{path}:{line_no}: not a held-out record with a 'text' field: {e}"
                    ) from e
                ids += tokenizer(text, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]
                if len(ids) >= n_windows * window:
                    break
        n = min(n_windows, len(ids) // window)
        if n:
            out[domain] = torch.tensor(ids[: n * window], dtype=torch.long).view(n, window)
    return out
