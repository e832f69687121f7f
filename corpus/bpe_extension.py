"""Continued BPE: extend a fitted byte-level BPE tokenizer with merges learned on further text.

`tokenizers` fits a BPE model from scratch only; it cannot go on merging from an existing model. A general-
anchored vocabulary needs exactly that: the first part of the vocabulary fitted on general text alone, the rest
learned on the domain-weighted mixture *as the general part already segments it*, so that the added merges are
the ones the general part does not already provide.

The new merges rank after every base merge, so the extended tokenizer encodes a word first exactly as the base
does and then applies the new merges in the order they were learned, which is how they were learned. A pair
whose merged string the vocabulary already holds is never added: its result would re-enable base merges and the
encoding would no longer follow the training.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter, defaultdict
from collections.abc import Iterable

from tokenizers import Tokenizer, models

Pair = tuple[str, str]


def _merge(segments: list[str], pair: Pair, merged: str) -> list[str]:
    out, i = [], 0
    while i < len(segments):
        if i + 1 < len(segments) and segments[i] == pair[0] and segments[i + 1] == pair[1]:
            out.append(merged)
            i += 2
        else:
            out.append(segments[i])
            i += 1
    return out


class _PairCounts:
    """Pair counts over distinct words weighted by word frequency, with the most frequent pair at hand.

    Ties go to the lexicographically smallest pair, so the merges depend on the text only.
    """

    def __init__(self, segments: list[list[str]], weights: list[int]) -> None:
        self.segments, self.weights = segments, weights
        self.counts: Counter[Pair] = Counter()
        self.words: defaultdict[Pair, set[int]] = defaultdict(set)
        for i, seg in enumerate(segments):
            self._add(i, seg, +1)
        self.heap = [(-count, pair) for pair, count in self.counts.items()]
        heapq.heapify(self.heap)

    def _add(self, word: int, seg: list[str], sign: int) -> set[Pair]:
        pairs = set(zip(seg, seg[1:], strict=False))
        for pair in zip(seg, seg[1:], strict=False):
            self.counts[pair] += sign * self.weights[word]
            if sign > 0:
                self.words[pair].add(word)
        return pairs

    def best(self, skip: set[Pair]) -> tuple[Pair, int] | None:
        """The most frequent pair not in `skip`; stale heap entries are dropped on the way."""
        while self.heap:
            neg, pair = self.heap[0]
            if -neg != self.counts.get(pair, 0) or pair in skip or neg == 0:
                heapq.heappop(self.heap)
                continue
            return pair, -neg
        return None

    def apply(self, pair: Pair, merged: str) -> None:
        changed: set[Pair] = set()
        for word in sorted(self.words.pop(pair, ())):
            seg = self.segments[word]
            if pair not in zip(seg, seg[1:], strict=False):
                continue
            changed |= self._add(word, seg, -1)
            self.segments[word] = new = _merge(seg, pair, merged)
            changed |= self._add(word, new, +1)
        for p in changed:
            if self.counts[p] > 0:
                heapq.heappush(self.heap, (-self.counts[p], p))


def extend_bpe(base: Tokenizer, texts: Iterable[str], vocab_size: int, min_frequency: int = 2) -> Tokenizer:
    """`base` with merges learned on `texts` until the vocabulary holds `vocab_size` entries.

    Stops early when no pair occurs `min_frequency` times. The base's pre-tokenizer, decoder and special
    tokens carry over; its merges and token ids are a prefix of the result's.
    """
    model = json.loads(base.to_str())["model"]
    if model["type"] != "BPE":
        raise ValueError(f"only a BPE tokenizer can be extended, not {model['type']}")
    vocab: dict[str, int] = dict(model["vocab"])
    merges: list[Pair] = [(a, b) for a, b in model["merges"]]
    assert base.pre_tokenizer is not None, "a byte-level tokenizer has a pre-tokenizer"
    words: Counter[str] = Counter()
    for text in texts:
        words.update(piece for piece, _ in base.pre_tokenizer.pre_tokenize_str(text))
    distinct = sorted(words)
    counts = _PairCounts(
        [[token.value for token in base.model.tokenize(word)] for word in distinct],
        [words[word] for word in distinct],
    )
    already_in_vocab: set[Pair] = set()
    while len(vocab) < vocab_size:
        best = counts.best(already_in_vocab)
        if best is None or best[1] < min_frequency:
            break
        pair, _ = best
        merged = pair[0] + pair[1]
        if merged in vocab:
            already_in_vocab.add(pair)
            continue
        vocab[merged] = len(vocab)
        merges.append(pair)
        counts.apply(pair, merged)

    extended = Tokenizer(models.BPE(vocab=vocab, merges=merges))
    extended.pre_tokenizer = base.pre_tokenizer
    extended.decoder = base.decoder
    extended.add_special_tokens(
        [token.content for _, token in sorted(base.get_added_tokens_decoder().items()) if token.special]
    )
    return extended
