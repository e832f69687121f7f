"""Token-level mixture after planning: exact token counts, shares, the epoch cap, determinism."""

import json

import numpy as np
import pyarrow.parquet as pq
import pytest

from core import store
from core.config import MixParams, TokenizeParams, TokenizerParams
from core.errors import MixtureError
from core.repetition import effective_tokens
from core.schemas.plan import write_plan as write_plan_file
from corpus.mix import run_mix
from corpus.mixture import SourceShare, allocate, run_mixture
from corpus.tokenize import run_tokenize
from corpus.tokenizer import run_tokenizer
from model.data import TokenWindows
from model.plan import plan_for
from tests.test_mix_and_tokens import corpus

SEQ_LEN, BATCH = 64, 4


@pytest.fixture(scope="module")
def tokenized(tmp_path_factory):
    root = tmp_path_factory.mktemp("mixture")
    store.write_documents(corpus(), root / "scrub" / "docs")
    run_mix(MixParams(heldout_fraction=0.1, heldout_min_documents=0), 7, root / "scrub", root / "mix")
    params = TokenizerParams(vocab_size=400, min_frequency=1, compare_vocab_sizes=[])
    run_tokenizer(params, SEQ_LEN, root / "mix", root / "tokenizer")
    run_tokenize(
        TokenizeParams(seq_len=SEQ_LEN), root / "mix", root / "tokenizer" / "tokenizer", root / "tokenize"
    )
    return root


def write_plan(root, steps: int):
    plan = plan_for(1e15, "hoffmann", 400, SEQ_LEN, micro_batch_size=BATCH, max_steps_cap=steps)
    assert (plan.train.steps, plan.train.tokens_per_step) == (steps, BATCH * SEQ_LEN)
    return write_plan_file(plan, root / f"plan_{steps}")


def realise(root, out, steps=20, seed=7, **mix):
    params = MixParams(**({"domain_share": 0.5} | mix))
    return run_mixture(params, seed, write_plan(root, steps), root / "tokenize", out, shard_tokens=3000)


def test_realisation_hits_the_planned_token_count_and_the_domain_share(tokenized, tmp_path):
    report = realise(tokenized, tmp_path / "m", steps=20)
    planned = 20 * BATCH * (SEQ_LEN + 1)  # the windows the trainer consumes, each seq_len + 1 tokens
    assert report["planned_tokens"] == report["tokens"] == planned
    assert abs(report["domain_share_realised"] - 0.5) < 1e-3
    assert sum(report["tokens_by_domain"].values()) == planned
    meta = json.loads((tmp_path / "m" / "meta.json").read_text())
    assert meta["n_tokens"] == planned
    assert all(s["n_tokens"] % (SEQ_LEN + 1) == 0 for s in meta["shards"])
    assert len(TokenWindows(tmp_path / "m", SEQ_LEN, seed=1)) == 20 * BATCH  # one pass, no tail lost


def test_each_source_reports_epochs_and_effective_tokens_by_the_data_constrained_law(tokenized, tmp_path):
    report = realise(tokenized, tmp_path / "m", steps=60)
    for s in report["sources"].values():
        assert s["epochs"] == pytest.approx(s["tokens"] / s["unique_tokens"], abs=1e-4)
        assert s["effective_tokens"] == round(effective_tokens(s["tokens"], s["unique_tokens"]))
    fin = report["sources"]["fin"]
    assert 1 < fin["epochs"] <= 4 and fin["effective_tokens"] < fin["tokens"]  # repeats are worth less


def test_cap_refuses_a_mixture_that_needs_more_epochs_than_allowed(tokenized, tmp_path):
    with pytest.raises(
        MixtureError,
        match=r"cannot be met within mix.max_epochs=4: 'fin' \(finance, weight 1.0\) would be repeated [0-9.]+ times",
    ):
        realise(tokenized, tmp_path / "m", steps=60, domain_share=0.9)
    assert not (tmp_path / "m" / "meta.json").exists()  # nothing half-written for the trainer


def test_source_weights_shift_tokens_within_a_side():
    shares = [
        SourceShare("a", "finance", 1000, 1.0),
        SourceShare("b", "legal", 1000, 3.0),
        SourceShare("g", "general", 4000, 1.0),
    ]
    allocate(shares, 4001, MixParams(domain_share=0.5))
    a, b, g = (s.tokens for s in shares)
    assert a + b + g == 4001 and a + b == 2000 and b == 3 * a


def test_same_seed_same_order_and_another_seed_another(tokenized, tmp_path):
    realise(tokenized, tmp_path / "a", seed=3)
    realise(tokenized, tmp_path / "b", seed=3)
    realise(tokenized, tmp_path / "c", seed=4)
    rows = {k: pq.read_table(tmp_path / k / "index.parquet").to_pylist() for k in "abc"}
    assert rows["a"] == rows["b"] and rows["a"] != rows["c"]
    for name in ("shard_00000.bin",):
        assert (tmp_path / "a/shards" / name).read_bytes() == (tmp_path / "b/shards" / name).read_bytes()


def test_every_training_token_traces_to_its_document_and_repetition(tokenized, tmp_path):
    realise(tokenized, tmp_path / "m", steps=60)
    unique = pq.read_table(tokenized / "tokenize" / "index.parquet").to_pylist()
    first = {r["doc_id"]: r for r in unique}
    src = np.fromfile(tokenized / "tokenize/shards/shard_00000.bin", dtype=np.uint16)
    rows = pq.read_table(tmp_path / "m" / "index.parquet").to_pylist()
    by_shard: dict[str, int] = {}
    for r in rows:  # ranges tile each shard with no gap
        assert r["start"] == by_shard.get(r["shard"], 0)
        by_shard[r["shard"]] = r["end"]
    assert max(r["epoch"] for r in rows if r["source"] == "fin") >= 1
    whole = next(
        r for r in rows if r["end"] - r["start"] == first[r["doc_id"]]["end"] - first[r["doc_id"]]["start"]
    )
    shard = np.fromfile(tmp_path / "m/shards" / whole["shard"], dtype=np.uint16)
    u = first[whole["doc_id"]]
    assert (shard[whole["start"] : whole["end"]] == src[u["start"] : u["end"]]).all()
