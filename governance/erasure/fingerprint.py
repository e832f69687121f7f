"""Fingerprints of erased text: every window of WINDOW bytes, and every NGRAM-token run per tokenizer.

A copy of an erased document, whole or cut, scrubbed or re-encoded into JSON, shares long runs of bytes with
it; any run of WINDOW bytes or more holds a whole window, so every such copy is found. Windows that some
retained document also holds are dropped first: shared boilerplate is not evidence. Hashes are polynomial
hashes modulo 2^64 computed with prefix sums in numpy, so a buffer is hashed in a few vector passes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np

WINDOW = 50  # bytes: any shared run of 50 bytes or more is found
NGRAM = 8  # tokens, for token shards (about 25 characters of text)
CHUNK = 1 << 20
_BASE = 0x100000001B3
_INV = pow(_BASE, -1, 1 << 64)
_MULT = np.uint64(0x9E3779B97F4A7C15)
_BLOOM_BITS = 24


@cache
def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """BASE^k and BASE^-k (mod 2^64) for k < n."""
    up = np.full(n, _BASE, dtype=np.uint64)
    down = np.full(n, _INV, dtype=np.uint64)
    up[0] = down[0] = 1
    with np.errstate(over="ignore"):
        return np.cumprod(up, dtype=np.uint64), np.cumprod(down, dtype=np.uint64)


def _hash_block(block: np.ndarray, w: int) -> np.ndarray:
    n = len(block)
    up, down = _powers(CHUNK + w)
    with np.errstate(over="ignore"):
        prefix = np.zeros(n + 1, dtype=np.uint64)
        np.cumsum((block.astype(np.uint64) + np.uint64(1)) * down[:n], out=prefix[1:])
        return up[w - 1 : n] * (prefix[w:] - prefix[: n - w + 1])


def window_hashes(data: bytes | np.ndarray, w: int = WINDOW) -> np.ndarray:
    """The hash of every w-byte window of `data` (position-independent), hashed CHUNK windows at a time."""
    buf = np.frombuffer(data, dtype=np.uint8) if isinstance(data, bytes | bytearray | memoryview) else data
    if len(buf) < w:
        return np.empty(0, dtype=np.uint64)
    parts = [_hash_block(buf[s : s + CHUNK + w - 1], w) for s in range(0, len(buf) - w + 1, CHUNK)]
    return np.concatenate(parts)


def ngram_hashes(ids: np.ndarray, n: int = NGRAM) -> np.ndarray:
    """A polynomial hash of every n-gram of token ids (uint64 arithmetic wraps, which is what we want)."""
    ids = np.asarray(ids, dtype=np.uint64)
    if len(ids) < n:
        return np.empty(0, dtype=np.uint64)
    h = np.zeros(len(ids) - n + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(n):
            h = h * _MULT + ids[j : len(ids) - n + 1 + j] + np.uint64(1)
    return h


@dataclass
class Fingerprints:
    """Distinctive hashes of erased documents, each with the index of a document it came from."""

    hashes: np.ndarray  # sorted, unique uint64
    owners: np.ndarray  # int32, parallel to hashes: index into doc_ids
    doc_ids: list[str]
    without_evidence: list[str]  # erased documents with no distinctive fingerprint (checked by id and hash)

    @classmethod
    def build(cls, erased: dict[str, np.ndarray], common: np.ndarray) -> Fingerprints:
        """`erased`: doc id -> its hashes; `common`: sorted hashes of the retained documents."""
        doc_ids: list[str] = []
        parts: list[np.ndarray] = []
        owners: list[np.ndarray] = []
        without: list[str] = []
        for doc_id, h in erased.items():
            h = np.unique(h)
            h = h[~np.isin(h, common, assume_unique=True)] if len(common) else h
            if not len(h):
                without.append(doc_id)
                continue
            owners.append(np.full(len(h), len(doc_ids), dtype=np.int32))
            doc_ids.append(doc_id)
            parts.append(h)
        if not parts:
            return cls(np.empty(0, np.uint64), np.empty(0, np.int32), [], without)
        hashes, owner = np.concatenate(parts), np.concatenate(owners)
        order = np.argsort(hashes, kind="stable")
        hashes, owner = hashes[order], owner[order]
        first = np.ones(len(hashes), dtype=bool)
        first[1:] = hashes[1:] != hashes[:-1]
        return cls(hashes[first], owner[first], doc_ids, without)

    def __post_init__(self) -> None:
        self._bloom = np.zeros(1 << _BLOOM_BITS, dtype=bool)
        self._bloom[(self.hashes >> np.uint64(64 - _BLOOM_BITS)).astype(np.int64)] = True

    def __len__(self) -> int:
        return len(self.hashes)

    def digest(self) -> str:
        return hashlib.sha256(self.hashes.tobytes()).hexdigest()

    def match(self, h: np.ndarray) -> np.ndarray:
        """Indices into `doc_ids` of every hash of `h` that is a fingerprint (one per matching window)."""
        if not len(h) or not len(self.hashes):
            return np.empty(0, dtype=np.int32)
        candidates = h[self._bloom[(h >> np.uint64(64 - _BLOOM_BITS)).astype(np.int64)]]
        if not len(candidates):
            return np.empty(0, dtype=np.int32)
        at = np.searchsorted(self.hashes, candidates)
        at[at == len(self.hashes)] = 0
        hit = self.hashes[at] == candidates
        return self.owners[at[hit]]


def text_fingerprints(erased: dict[str, str], retained: Iterable[str]) -> Fingerprints:
    common = np.unique(
        np.concatenate([window_hashes(t.encode("utf-8")) for t in retained] or [np.empty(0, np.uint64)])
    )
    return Fingerprints.build({k: window_hashes(v.encode("utf-8")) for k, v in erased.items()}, common)


def token_fingerprints(tokenizer, erased: dict[str, str], retained: list[str]) -> Fingerprints:
    """NGRAM-token fingerprints of the erased texts under one tokenizer (a `tokenizers.Tokenizer`)."""

    def encode(texts: list[str]) -> list[np.ndarray]:
        out = []
        for start in range(0, len(texts), 256):
            batch = tokenizer.encode_batch(texts[start : start + 256], add_special_tokens=False)
            out += [np.asarray(e.ids, dtype=np.uint64) for e in batch]
        return out

    common_parts = [ngram_hashes(ids) for ids in encode(retained)]
    common = np.unique(np.concatenate(common_parts)) if common_parts else np.empty(0, np.uint64)
    ids = list(erased)
    return Fingerprints.build(
        {k: ngram_hashes(v) for k, v in zip(ids, encode([erased[k] for k in ids]), strict=True)}, common
    )
