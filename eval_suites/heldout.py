"""Bits per byte on held-out text, per document, per source and per domain, on the original text's bytes.

The held-out text is scrubbed: a name became `<PERSON_3>`. A placeholder is not what the document said and
its bytes are not the document's, so the figure leaves placeholder spans out of both sides: every token that
touches a placeholder is dropped from the bits, and the bytes that token covers from the byte count. What
remains is text the original document holds byte for byte. What cannot be undone: the tokens after a
placeholder are still predicted from the placeholder, not from the value it replaced.

Scoring follows lm-eval's `loglikelihood_rolling` exactly (same tokenization, prefix token and disjoint
rolling windows, from `lm_eval.utils`), with the per-token log-probabilities kept instead of summed; the
all-bytes figure equals lm-eval's `bits_per_byte` (a test checks it on a tiny model).

A domain's figure is the macro-average of its sources' figures: a source with many short templated documents
weighs as much as one with a few long ones, and neither hides the other. Intervals are percentile bootstrap
intervals over documents, resampled within each source.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*?_[0-9a-f]+>")
"""A scrubber placeholder in either form governance.pii writes: numbered in reading order (`<PERSON_3>`) or
keyed-hashed (`<PERSON_3f2a9c1b>`)."""
LN2 = math.log(2)
BOOTSTRAP_RESAMPLES = 2000
CONFIDENCE = 0.95


@dataclass(frozen=True)
class DocumentScore:
    """One held-out document's cross-entropy: counts and ids only, never its text."""

    id: str
    source: str
    domain: str
    bits: float
    """Bits of the tokens that touch no placeholder."""
    bytes: int
    """UTF-8 bytes of the original text those tokens cover (placeholder spans left out)."""
    bits_all: float
    """Bits of every token: lm-eval's numerator."""
    bytes_all: int
    """Every UTF-8 byte of the scrubbed text: lm-eval's denominator."""
    tokens: int
    tokens_dropped: int
    placeholders: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def placeholder_mask(text: str) -> np.ndarray:
    """True at every character inside a placeholder such as `<PERSON_3>`."""
    mask = np.zeros(len(text), dtype=bool)
    for m in PLACEHOLDER.finditer(text):
        mask[m.start() : m.end()] = True
    return mask


def token_spans(offsets: Sequence[tuple[int, int]], n_chars: int) -> list[tuple[int, int]]:
    """Character spans that partition the text among the tokens: each token from the previous token's end
    to its own, so the whitespace a byte-level tokenizer trims from its offsets belongs to a token and is
    dropped with it, and trailing text goes to the last token."""
    spans, previous_end = [], 0
    for i, (start, end) in enumerate(offsets):
        lo, hi = min(start, previous_end), max(end, previous_end)
        if i == len(offsets) - 1:
            hi = max(hi, n_chars)
        spans.append((lo, hi))
        previous_end = max(previous_end, end)
    return spans


def split_bits(
    text: str, offsets: Sequence[tuple[int, int]], token_bits: Sequence[float]
) -> tuple[float, int, int]:
    """(bits, bytes, tokens dropped) of `text` with placeholder spans left out of both bits and bytes."""
    if len(offsets) != len(token_bits):
        raise ValueError(f"{len(offsets)} token offsets for {len(token_bits)} scored tokens")
    inside = placeholder_mask(text)
    excluded = inside.copy()
    bits, dropped = 0.0, 0
    for (lo, hi), (start, end), b in zip(token_spans(offsets, len(text)), offsets, token_bits, strict=True):
        if inside[min(lo, start) : max(hi, end)].any():
            excluded[lo:hi] = True
            dropped += 1
        else:
            bits += b
    kept_bytes = sum(len(ch.encode("utf-8")) for ch, out in zip(text, excluded, strict=True) if not out)
    return bits, kept_bytes, dropped


def score_documents(
    lm: Any, docs: Iterable[dict[str, Any]], domain: str, batch_size: int
) -> list[DocumentScore]:
    """Scores each document (`id`, `text`, `source`) with an lm-eval `HFLM`, as its loglikelihood_rolling
    does, keeping per-token log-probabilities."""
    import torch
    import torch.nn.functional as F
    from lm_eval.utils import get_rolling_token_windows, make_disjoint_window

    docs = list(docs)
    encoded = []
    for doc in docs:
        ids = lm.tok_encode(doc["text"])
        enc = lm.tokenizer(doc["text"], add_special_tokens=False, return_offsets_mapping=True)
        if list(enc["input_ids"]) != list(ids):
            raise ValueError(
                f"held-out document {doc['id']}: the tokenizer's offsets do not follow the tokens lm-eval "
                "scores (a fast tokenizer is needed for bits per byte on original bytes)"
            )
        encoded.append((ids, [tuple(o) for o in enc["offset_mapping"]]))

    windows: list[tuple[int, list[int], list[int]]] = []
    for d, (ids, _) in enumerate(encoded):
        for context, continuation in map(
            make_disjoint_window,
            get_rolling_token_windows(
                token_list=ids, prefix_token=lm.prefix_token_id, max_seq_len=lm.max_length, context_len=1
            ),
        ):
            windows.append((d, context, continuation))

    per_doc: list[list[float]] = [[] for _ in docs]
    for start in range(0, len(windows), batch_size):
        batch = windows[start : start + batch_size]
        inputs = [(ctx + cont)[-(lm.max_length + 1) :][:-1] for _, ctx, cont in batch]
        width = max(len(x) for x in inputs)
        # Right padding: a causal model's logits before the padding do not see it.
        tensor = torch.zeros((len(inputs), width), dtype=torch.long)
        for row, x in enumerate(inputs):
            tensor[row, : len(x)] = torch.tensor(x, dtype=torch.long)
        logprobs = F.log_softmax(lm._model_call(tensor.to(lm.device)).float(), dim=-1).cpu()
        for row, ((d, _, cont), x) in enumerate(zip(batch, inputs, strict=True)):
            positions = torch.arange(len(x) - len(cont), len(x))
            lp = logprobs[row, positions, torch.tensor(cont, dtype=torch.long)]
            per_doc[d].extend((-lp / LN2).tolist())

    scores = []
    for doc, (ids, offsets), bits in zip(docs, encoded, per_doc, strict=True):
        if len(bits) != len(ids):
            raise AssertionError(f"{doc['id']}: {len(bits)} tokens scored of {len(ids)}")
        kept_bits, kept_bytes, dropped = split_bits(doc["text"], offsets, bits)
        scores.append(
            DocumentScore(
                id=str(doc["id"]),
                source=str(doc.get("source", "")),
                domain=domain,
                bits=kept_bits,
                bytes=kept_bytes,
                bits_all=float(sum(bits)),
                bytes_all=len(doc["text"].encode("utf-8")),
                tokens=len(ids),
                tokens_dropped=dropped,
                placeholders=len(PLACEHOLDER.findall(doc["text"])),
            )
        )
    return scores


def by_source(scores: Iterable[DocumentScore]) -> dict[str, list[DocumentScore]]:
    grouped: dict[str, list[DocumentScore]] = defaultdict(list)
    for s in scores:
        grouped[s.source].append(s)
    return dict(sorted(grouped.items()))


def ratio(bits: Sequence[float] | np.ndarray, nbytes: Sequence[float] | np.ndarray) -> float | None:
    total = float(np.sum(nbytes))
    return float(np.sum(bits)) / total if total > 0 else None


def bootstrap_indices(sizes: Sequence[int], resamples: int, seed: int) -> list[np.ndarray]:
    """Per group, a (resamples x size) array of indices drawn with replacement: the same draw serves every
    model scored on the same documents, so their differences are paired."""
    rng = np.random.default_rng(seed)
    return [rng.integers(0, n, size=(resamples, n)) for n in sizes]


def percentile_interval(samples: np.ndarray) -> tuple[float | None, float | None]:
    finite = samples[np.isfinite(samples)]
    if finite.size == 0:
        return None, None
    tail = 100 * (1 - CONFIDENCE) / 2
    return float(np.percentile(finite, tail)), float(np.percentile(finite, 100 - tail))


def macro_bootstrap(
    groups: Sequence[tuple[np.ndarray, np.ndarray]], draws: Sequence[np.ndarray]
) -> np.ndarray:
    """Bootstrap replicates of the mean over groups of each group's sum(bits) / sum(bytes)."""
    per_group = []
    for (bits, nbytes), idx in zip(groups, draws, strict=True):
        b, n = bits[idx].sum(axis=1), nbytes[idx].sum(axis=1)
        per_group.append(np.where(n > 0, b / np.where(n > 0, n, 1), np.nan))
    return np.nanmean(np.vstack(per_group), axis=0) if per_group else np.array([])


def summarize_domain(
    scores: Sequence[DocumentScore], seed: int, resamples: int = BOOTSTRAP_RESAMPLES
) -> dict[str, Any]:
    """A domain's bits per byte: the macro-average over its sources on original bytes, with a bootstrap
    interval; each source's figure and interval; and lm-eval's all-bytes figure on the scrubbed text."""
    sources = by_source(scores)
    groups = [
        (np.array([s.bits for s in docs]), np.array([s.bytes for s in docs], dtype=float))
        for docs in sources.values()
    ]
    draws = bootstrap_indices([len(docs) for docs in sources.values()], resamples, seed)
    per_source: dict[str, dict[str, Any]] = {}
    for (name, docs), group, idx in zip(sources.items(), groups, draws, strict=True):
        low, high = percentile_interval(macro_bootstrap([group], [idx]))
        per_source[name] = {
            "bits_per_byte": ratio(group[0], group[1]),
            "bits_per_byte_ci95_low": low if len(docs) > 1 else None,
            "bits_per_byte_ci95_high": high if len(docs) > 1 else None,
            "documents": len(docs),
            "bytes": int(group[1].sum()),
            # The same source scored as lm-eval does, over every byte of the scrubbed text: the difference
            # is what the placeholders did to this source's figure.
            "bits_per_byte_scrubbed": ratio([s.bits_all for s in docs], [s.bytes_all for s in docs]),
            "placeholder_bytes_left_out": sum(s.bytes_all - s.bytes for s in docs),
        }
    values = [v["bits_per_byte"] for v in per_source.values() if v["bits_per_byte"] is not None]
    low, high = percentile_interval(macro_bootstrap(groups, draws))
    bits_all, bytes_all = sum(s.bits_all for s in scores), sum(s.bytes_all for s in scores)
    kept = sum(s.bytes for s in scores)
    return {
        "bits_per_byte": float(np.mean(values)) if values else None,
        "bits_per_byte_ci95_low": low,
        "bits_per_byte_ci95_high": high,
        "bits_per_byte_scrubbed": bits_all / bytes_all if bytes_all else None,
        "heldout_docs": len(scores),
        "heldout_bytes": kept,
        "placeholder_bytes_left_out": bytes_all - kept,
        "sources": per_source,
    }
