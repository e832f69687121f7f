"""mix -> tokenizer -> tokenize -> trace on synthetic scrubbed documents."""

import random

import numpy as np
import pytest
from datatrove.data import Document
from transformers import AutoTokenizer

from core import store
from core.config import MixParams, TokenizeParams, TokenizerParams
from core.errors import CharterError, MixtureError
from corpus.mix import run_mix, split_heldout
from corpus.tokenize import run_tokenize
from corpus.tokenizer import run_tokenizer
from governance.trace import trace_document, trace_token
from tests.conftest import ENGLISH, FINANCE, variant


def shuffled(text: str, n: int) -> str:
    """The words of `text` in an order fixed by `n`, plus `variant`'s header: documents that share no long
    word sequence, so the mix stage holds them out one by one. (Variants of one text are one template
    family, which a held-out split keeps whole.)"""
    words = text.split()
    random.Random(n).shuffle(words)
    return variant(" ".join(words), n)


def corpus(n_general=30, n_finance=10):
    docs = [
        Document(
            shuffled(ENGLISH, i),
            f"gen/{i:03d}",
            metadata={"source": "gen", "domain": "general", "license": "MIT"},
        )
        for i in range(n_general)
    ]
    docs += [
        Document(
            shuffled(FINANCE, i),
            f"fin/{i:03d}",
            metadata={"source": "fin", "domain": "finance", "license": "MIT"},
        )
        for i in range(n_finance)
    ]
    return docs


@pytest.fixture
def scrubbed(tmp_path):
    store.write_documents(corpus(), tmp_path / "scrub" / "docs")
    return tmp_path / "scrub"


def test_mix_holds_out_text_and_keeps_every_training_document_once(scrubbed, tmp_path):
    report = run_mix(MixParams(domain_share=0.5, heldout_fraction=0.1), 7, scrubbed, tmp_path / "mix")
    assert set(report["heldout"]) == {"general", "finance"}
    assert all(h["documents"] > 0 for h in report["heldout"].values())
    train = [d.id for d in store.read_documents(tmp_path / "mix" / "train")]
    assert len(train) == len(set(train)) == 40 - sum(h["documents"] for h in report["heldout"].values())
    account = report["account"]
    assert account["in"] == 40 == account["kept"] and account["dropped"] == 0


def test_mix_refuses_weights_for_unknown_sources(scrubbed, tmp_path):
    with pytest.raises(MixtureError, match="no training documents: \\['nope'\\]"):
        run_mix(MixParams(source_weights={"nope": 2.0}), 7, scrubbed, tmp_path / "mix")


def test_heldout_split_is_deterministic_and_disjoint():
    docs = corpus()
    a = split_heldout(docs, MixParams(heldout_fraction=0.2), seed=3)
    b = split_heldout(list(reversed(docs)), MixParams(heldout_fraction=0.2), seed=3)
    assert sorted(d.id for d in a.heldout) == sorted(d.id for d in b.heldout)
    assert a.heldout and not {d.id for d in a.heldout} & {d.id for d in a.train}


def test_mix_output_is_byte_identical_across_runs(scrubbed, tmp_path):
    run_mix(MixParams(), 7, scrubbed, tmp_path / "a")
    run_mix(MixParams(), 7, scrubbed, tmp_path / "b")
    assert (tmp_path / "a/train/00000.jsonl").read_bytes() == (tmp_path / "b/train/00000.jsonl").read_bytes()


def test_tokenizer_splits_digits_and_round_trips_any_text(scrubbed, tmp_path):
    run_mix(MixParams(heldout_fraction=0.1), 7, scrubbed, tmp_path / "mix")
    summary = run_tokenizer(
        TokenizerParams(vocab_size=400, min_frequency=1), 64, tmp_path / "mix", tmp_path / "tok"
    )
    tok = AutoTokenizer.from_pretrained(tmp_path / "tok" / "tokenizer")
    pieces = tok.tokenize("EBITDA 2024")
    assert [p for p in pieces if p.strip("Ġ").isdigit()] == ["2", "0", "2", "4"]
    text = "Zürich 株式 ✓ 12.5%"
    assert tok.decode(tok(text)["input_ids"]) == text
    assert set(summary["tokens_per_byte"]) == {"general", "finance"}
    assert tok.eos_token == "<|endoftext|>"


def test_token_index_maps_every_token_to_its_document(scrubbed, tmp_path):
    run_mix(MixParams(heldout_fraction=0.1), 7, scrubbed, tmp_path / "mix")
    run_tokenizer(
        TokenizerParams(vocab_size=400, min_frequency=1), 64, tmp_path / "mix", tmp_path / "tokenizer"
    )
    meta = run_tokenize(
        TokenizeParams(seq_len=64, shard_tokens=2048),
        tmp_path / "mix",
        tmp_path / "tokenizer/tokenizer",
        tmp_path / "tokenize",
    )
    assert len(meta["shards"]) > 1
    assert sum(meta["tokens_by_domain"].values()) == meta["n_tokens"]
    shard = np.fromfile(tmp_path / "tokenize/shards/shard_00001.bin", dtype=meta["dtype"])
    assert shard[-1] == meta["eos_token_id"]
    hit = trace_token(tmp_path, "shard_00001.bin:5")
    tok = AutoTokenizer.from_pretrained(tmp_path / "tokenizer" / "tokenizer")
    train = {d.id: d.text for d in store.read_documents(tmp_path / "mix" / "train")}
    start, end = hit["document_range"]
    assert tok.decode(shard[start : end - 1]) == train[hit["doc_id"]]
    assert hit["license"] == "MIT" and hit["source"] in {"gen", "fin"}
    with pytest.raises(CharterError, match="not found"):
        trace_token(tmp_path, "shard_00001.bin:999999")


def test_trace_document_lists_stage_decisions_and_token_ranges(scrubbed, tmp_path):
    run_mix(MixParams(heldout_fraction=0.1), 7, scrubbed, tmp_path / "mix")
    run_tokenizer(
        TokenizerParams(vocab_size=400, min_frequency=1), 64, tmp_path / "mix", tmp_path / "tokenizer"
    )
    run_tokenize(
        TokenizeParams(seq_len=64), tmp_path / "mix", tmp_path / "tokenizer/tokenizer", tmp_path / "tokenize"
    )
    doc_id = "fin/000"
    result = trace_document(tmp_path, doc_id)
    assert result["stages"][0]["stage"] == "mix"
    if result["stages"][0]["detail"].get("split") == "train":
        assert result["token_ranges"]
    with pytest.raises(CharterError, match="not in the ledger"):
        trace_document(tmp_path, "nope/1")
