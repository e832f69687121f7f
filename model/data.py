"""Training windows over packed token shards.

Each shard (`shards/shard_NNNNN.bin`, flat token ids in the dtype `meta.json` names) is cut into consecutive,
non-overlapping windows of seq_len + 1 tokens: inputs are a window's first seq_len tokens, labels the last
seq_len (shifted by one). A shard's tail shorter than a window is left out. Window order is shuffled per
epoch from (seed, epoch), so the order is the same on every run and differs between epochs; training longer
than one epoch simply starts the next one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from charter.errors import ConfigError


@dataclass(frozen=True)
class ShardMeta:
    dtype: np.dtype
    vocab_size: int
    seq_len: int
    shards: list[tuple[Path, int]]
    """(path, n_tokens) per shard, in order."""

    @classmethod
    def load(cls, tokenize_dir: Path) -> ShardMeta:
        path = Path(tokenize_dir) / "meta.json"
        try:
            meta = json.loads(path.read_text())
            shards = [(Path(tokenize_dir) / "shards" / s["file"], int(s["n_tokens"])) for s in meta["shards"]]
            return cls(np.dtype(meta["dtype"]), int(meta["vocab_size"]), int(meta["seq_len"]), shards)
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise ConfigError(f"{path}: unreadable token-shard metadata: {e}") from e


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

    def __len__(self) -> int:
        return len(self.windows)

    def order(self, epoch: int) -> np.ndarray:
        return np.random.default_rng([self.seed, epoch]).permutation(len(self.windows))

    def window(self, index: int) -> np.ndarray:
        shard, offset = self.windows[index]
        return np.asarray(self._tokens[shard][offset : offset + self.seq_len + 1], dtype=np.int64)

    def micro_batches(
        self, micro_batch_size: int, rank: int = 0, world_size: int = 1
    ) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        """Endless (inputs, labels) micro-batches, each [micro_batch_size, seq_len].

        The global stream is the epochs' window orders concatenated, cut into micro-batches; rank r takes
        micro-batches r, r + W, r + 2W, ... so ranks never share a window and the stream does not depend on
        the gradient-accumulation setting.
        """
        epoch, cursor, order = 0, 0, self.order(0)
        batch_index = 0
        while True:
            picked: list[int] = []
            while len(picked) < micro_batch_size:
                if cursor == len(order):
                    epoch, cursor = epoch + 1, 0
                    order = self.order(epoch)
                picked.append(int(order[cursor]))
                cursor += 1
            if batch_index % world_size == rank:
                batch = torch.from_numpy(np.stack([self.window(i) for i in picked]))
                yield batch[:, :-1], batch[:, 1:]
            batch_index += 1
