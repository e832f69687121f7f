"""Continued BPE: extend a fitted byte-level BPE tokenizer with merges learned on further text.

`tokenizers` fits a BPE model from scratch only; it cannot go on merging from an existing model. A general-
anchored vocabulary needs exactly that: the first part of the vocabulary fitted on general text alone, the rest
learned on the domain-weighted mixture *as the general part already segments it*, so that the added merges are
the ones the general part does not already provide. Continued pretraining extends a base model's tokenizer the
same way (`extend_vocabulary`), keeping every base token's id, so the base's embedding rows stay valid.

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

from core.errors import TokenizerError

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


def _words(base: Tokenizer, texts: Iterable[str]) -> Counter[str]:
    """Pre-tokenized words of `texts` with their counts, as `base` splits text before its model runs."""
    if base.pre_tokenizer is None:
        raise TokenizerError(
            "continued BPE needs a tokenizer with a pre-tokenizer (byte-level BPE: GPT-NeoX, Qwen2, Llama 3, "
            "Charter's own); this one has none, so merges would cross word boundaries"
        )
    words: Counter[str] = Counter()
    for text in texts:
        if base.normalizer is not None:
            text = base.normalizer.normalize_str(text)
        words.update(piece for piece, _ in base.pre_tokenizer.pre_tokenize_str(text))
    return words


def learn_merges(
    base: Tokenizer, known: Iterable[str], texts: Iterable[str], n_new: int, min_frequency: int
) -> list[Pair]:
    """Up to `n_new` merges learned on `texts` as `base` segments them, most frequent pair first.

    Stops early when no pair occurs `min_frequency` times. A pair whose merged string is in `known` (or was
    merged before) is skipped: its result would re-enable other merges and the encoding would no longer
    follow the training.
    """
    words = _words(base, texts)
    distinct = sorted(words)
    counts = _PairCounts(
        [[token.value for token in base.model.tokenize(word)] for word in distinct],
        [words[word] for word in distinct],
    )
    taken, merges = set(known), list[Pair]()
    already_in_vocab: set[Pair] = set()
    while len(merges) < n_new:
        best = counts.best(already_in_vocab)
        if best is None or best[1] < min_frequency:
            break
        pair, _ = best
        merged = pair[0] + pair[1]
        if merged in taken:
            already_in_vocab.add(pair)
            continue
        taken.add(merged)
        merges.append(pair)
        counts.apply(pair, merged)
    return merges


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
    for pair in learn_merges(base, vocab, texts, vocab_size - len(vocab), min_frequency):
        vocab[pair[0] + pair[1]] = len(vocab)
        merges.append(pair)

    extended = Tokenizer(models.BPE(vocab=vocab, merges=merges))
    extended.pre_tokenizer = base.pre_tokenizer
    extended.decoder = base.decoder
    extended.add_special_tokens(
        [token.content for _, token in sorted(base.get_added_tokens_decoder().items()) if token.special]
    )
    return extended


def extend_vocabulary(base: Tokenizer, texts: Iterable[str], n_new: int, min_frequency: int = 2) -> Tokenizer:
    """A model's tokenizer with up to `n_new` tokens learned on `texts` by continued BPE; every base token keeps
    its id and its string.

    Unlike `extend_bpe`, which builds a vocabulary of our own, this keeps everything of `base` as it is
    (normalizer, pre-tokenizer, post-processor, decoder, added tokens and their ids) and appends: the new
    tokens take the ids after the largest the base uses (its added tokens may sit past its BPE vocabulary),
    the new merges rank after every base merge.
    """
    data = json.loads(base.to_str())
    model = data["model"]
    if model["type"] != "BPE":
        raise TokenizerError(f"only a BPE tokenizer can be extended, this one is {model['type']}")
    affixes = {k: model.get(k) for k in ("continuing_subword_prefix", "end_of_word_suffix") if model.get(k)}
    if affixes:
        # A merged string is then not the concatenation of its parts.
        raise TokenizerError(f"cannot extend a BPE tokenizer with subword affixes {affixes}")
    vocab: dict[str, int] = model["vocab"]
    added = data.get("added_tokens") or []
    # `tokenizers` numbers an added token missing from the model's vocabulary after that vocabulary when it
    # loads, so new tokens would push it to another id: the model's vocabulary takes it at its own id first.
    for token in added:
        vocab.setdefault(token["content"], token["id"])
    next_id = max([*vocab.values(), *(t["id"] for t in added)], default=-1) + 1
    merges = model["merges"]
    as_pairs = not merges or not isinstance(merges[0], str)  # tokenizers >= 0.20 writes pairs, older "a b"
    known = set(vocab) | {t["content"] for t in added}
    for a, b in learn_merges(base, known, texts, n_new, min_frequency):
        vocab[a + b] = next_id
        next_id += 1
        merges.append([a, b] if as_pairs else f"{a} {b}")
    return Tokenizer.from_str(json.dumps(data))


def new_token_pieces(base: Tokenizer, extended: Tokenizer) -> dict[int, list[int]]:
    """For every token `extended` adds to `base`, the base token ids of the pieces it replaces: its string as
    the base's model segments it. TokenizerError when a base token lost its id or string in `extended`."""
    base_vocab = base.get_vocab(with_added_tokens=True)
    extended_vocab = extended.get_vocab(with_added_tokens=True)
    moved = [t for t, i in base_vocab.items() if extended_vocab.get(t) != i]
    if moved:
        shown = ", ".join(f"{t!r} ({base_vocab[t]} -> {extended_vocab.get(t)})" for t in sorted(moved)[:5])
        raise TokenizerError(
            f"{len(moved)} base tokens lost their id or string in the extended tokenizer: {shown}; it was not "
            "made from this base"
        )
    new = sorted((i, t) for t, i in extended_vocab.items() if t not in base_vocab)
    return {i: [piece.id for piece in base.model.tokenize(t)] for i, t in new}
