"""The tokenizer stage: a byte-level BPE fitted on the mixture, with domain text weighted up.

Byte-level, so no text is ever unknown; digits split one by one (as BloombergGPT did) so that numbers
tokenize the same way wherever they appear. A general-only tokenizer of the same vocabulary size is
fitted beside it on general text alone: the fertility comparison says whether a custom tokenizer pays.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast

from charter.config import TokenizerParams
from charter.stage import write_json
from corpus import store
from corpus.mix import HELDOUT, TRAIN

EOS, PAD = "<|endoftext|>", "<|pad|>"
SPECIAL_TOKENS = [EOS, PAD]


def new_bpe(params: TokenizerParams) -> tuple[Tokenizer, trainers.BpeTrainer]:
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.Digits(individual_digits=True), pre_tokenizers.ByteLevel(add_prefix_space=False)]
    )
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=params.vocab_size,
        min_frequency=params.min_frequency,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    return tok, trainer


def fit(texts: Iterable[str], params: TokenizerParams) -> Tokenizer:
    tok, trainer = new_bpe(params)
    tok.train_from_iterator(texts, trainer=trainer)
    return tok


def as_hf(tok: Tokenizer, seq_len: int) -> PreTrainedTokenizerFast:
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token=EOS,
        eos_token=EOS,
        pad_token=PAD,
        unk_token=None,
        model_max_length=seq_len,
    )


def mixture_texts(train_dir: Path, domain_upweight: float) -> Iterator[str]:
    """Unique training documents; domain documents repeated `domain_upweight` times (rounded)."""
    seen: set[str] = set()
    repeats = max(1, round(domain_upweight))
    for doc in store.read_documents(train_dir):
        if doc.id in seen:
            continue
        seen.add(doc.id)
        for _ in range(1 if doc.metadata["domain"] == "general" else repeats):
            yield doc.text


def general_texts(train_dir: Path) -> Iterator[str]:
    seen: set[str] = set()
    for doc in store.read_documents(train_dir):
        if doc.metadata["domain"] == "general" and doc.id not in seen:
            seen.add(doc.id)
            yield doc.text


def heldout_texts(heldout_dir: Path) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = defaultdict(list)
    for path in sorted(heldout_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            texts[path.stem] = [json.loads(line)["text"] for line in f if line.strip()]
    return dict(texts)


def fertility(tok: Tokenizer, texts: list[str]) -> dict[str, float]:
    encodings = tok.encode_batch(texts)
    n_tokens = sum(len(e.ids) for e in encodings)
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    n_words = sum(len(t.split()) for t in texts)
    return {
        "tokens_per_byte": n_tokens / max(n_bytes, 1),
        "tokens_per_word": n_tokens / max(n_words, 1),
        "tokens": n_tokens,
        "bytes": n_bytes,
    }


def run_tokenizer(params: TokenizerParams, seq_len: int, inp: Path, out: Path) -> dict:
    inp, out = Path(inp), Path(out)
    tok = fit(mixture_texts(inp / TRAIN, params.domain_upweight), params)
    as_hf(tok, seq_len).save_pretrained(out / "tokenizer")

    baseline = fit(general_texts(inp / TRAIN), params)
    heldout = heldout_texts(inp / HELDOUT)
    report: dict[str, dict] = {}
    for domain, texts in sorted(heldout.items()):
        ours, general = fertility(tok, texts), fertility(baseline, texts)
        report[domain] = {
            "charter": ours,
            "general_only": general,
            "token_saving": 1 - ours["tokens_per_byte"] / general["tokens_per_byte"],
        }
    summary = {
        "vocab_size": tok.get_vocab_size(),
        "fertility": {d: round(r["charter"]["tokens_per_byte"], 4) for d, r in report.items()},
        "token_saving_vs_general": {d: round(r["token_saving"], 4) for d, r in report.items()},
        "by_domain": report,
    }
    write_json(out / "fertility.json", summary)
    return summary
