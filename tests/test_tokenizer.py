"""The domain-aware tokenizer: digits split, byte round-trip, fitting samples, term shattering, the fertility report."""

import json
from collections import Counter

import pytest
from datatrove.data import Document
from tokenizers import Tokenizer

from core import store
from core.config import MixParams, TokenizerParams
from core.errors import TokenizerError
from corpus.fertility import heldout_texts, saving_interval, shatter_check
from corpus.mix import run_mix
from corpus.tokenizer import (
    DETAILS,
    FERTILITY,
    PLOT,
    fit,
    fit_domain_share,
    fit_samples,
    run_tokenizer,
    sample_bytes,
)
from tests.conftest import FINANCE, variant
from tests.test_mix_and_tokens import corpus

FINANCE_TEXT = "The EBITDA margin rose; EBITDA guidance for 2025 was 12.5% above consensus. " * 40
GENERAL_TEXT = "The river ran quietly past the old mill while children played in the meadow. " * 40


@pytest.mark.parametrize("algorithm", ["bpe", "unigram"])
def test_digits_split_and_any_text_round_trips(algorithm):
    tok = fit(
        [FINANCE_TEXT, GENERAL_TEXT], TokenizerParams(algorithm=algorithm, vocab_size=320, min_frequency=1)
    )
    encoding = tok.encode("revenue 2024 up 31%")
    digits = [p for p in encoding.tokens if any(c.isdigit() for c in p)]
    assert [p.strip("Ġ") for p in digits] == ["2", "0", "2", "4", "3", "1"]
    text = "Zürich 株式 ✓ 12.5% \t naïve ∑ 🙂"
    assert tok.decode(tok.encode(text).ids) == text  # byte-level: nothing is unknown


def test_a_frequent_domain_term_stays_whole_and_the_general_tokenizer_shatters_it():
    params = TokenizerParams(vocab_size=320, min_frequency=1)
    ours, general = fit([FINANCE_TEXT, GENERAL_TEXT], params), fit([GENERAL_TEXT * 2], params)
    counts = {"finance": Counter({"EBITDA": 80})}
    report = shatter_check(
        {"charter": ours, "general_only": general}, {"finance": ["EBITDA", "GAAP"]}, counts
    )
    fin = report["finance"]
    assert fin["terms"] == 2 and fin["frequent_terms"] == 1
    assert fin["charter"]["frequent_share_le2"] == 1.0
    assert fin["general_only"]["frequent_share_le2"] == 0.0
    assert fin["general_only"]["shattered_frequent"] == ["EBITDA"]


def test_both_fits_share_the_general_text_and_ours_adds_domain_text_in_proportion(tmp_path):
    store.write_documents(corpus(n_general=30, n_finance=60), tmp_path / "scrub" / "docs")
    run_mix(MixParams(heldout_fraction=0.1), 7, tmp_path / "scrub", tmp_path / "mix")
    docs = list(store.read_documents(tmp_path / "mix" / "train"))
    params = TokenizerParams(domain_upweight=1.5)
    share = fit_domain_share(params, 0.5)
    assert share == pytest.approx(0.6)
    samples = fit_samples(docs, params, share, seed=1)
    assert sorted(samples.general_part) == sorted(samples.general_only)
    assert samples.charter_bytes["general"] == samples.general_only_bytes
    assert samples.charter_bytes["finance"] / sum(samples.charter_bytes.values()) == pytest.approx(
        share, abs=0.05
    )
    assert set(samples.general_part) <= set(samples.charter)
    held = {t for texts in heldout_texts(tmp_path / "mix" / "heldout").values() for t in texts}
    assert held and not held & (set(samples.charter) | set(samples.general_only))


def test_sample_bytes_cut_general_text_when_domain_text_falls_short():
    assert sample_bytes(100.0, 500.0, 0.5) == (100.0, 100.0)
    assert sample_bytes(100.0, 500.0, 0.0) == (100.0, 0.0)
    assert sample_bytes(100.0, 60.0, 0.6) == pytest.approx((40.0, 60.0))
    assert sample_bytes(100.0, 60.0, 1.0) == (0.0, 60.0)


def test_an_anchored_tokenizer_starts_with_the_general_base_and_reports_what_it_added(tmp_path):
    store.write_documents(corpus(), tmp_path / "scrub" / "docs")
    run_mix(MixParams(heldout_fraction=0.1), 7, tmp_path / "scrub", tmp_path / "mix")
    params = TokenizerParams(vocab_size=400, min_frequency=1, extension_share=0.25, compare_vocab_sizes=[])
    summary = run_tokenizer(params, 64, tmp_path / "mix", tmp_path / "tok")
    entry = json.loads((tmp_path / "tok" / DETAILS).read_text())["by_vocab"]["400"]
    assert summary["extension_share"] == 0.25 and entry["vocab_size"] == 400
    assert entry["general_base_vocab"] == 300
    samples = fit_samples(
        list(store.read_documents(tmp_path / "mix" / "train")), params, fit_domain_share(params, 0.5), seed=0
    )
    base = fit(samples.general_part, params, 300)
    ours = Tokenizer.from_file(str(tmp_path / "tok" / "tokenizer" / "tokenizer.json"))
    assert all(ours.id_to_token(i) == base.id_to_token(i) for i in range(300))
    assert entry["first_extension_tokens"] == [ours.decode([i]) for i in range(300, 340)]
    assert len(ours.encode(FINANCE).ids) < 0.9 * len(base.encode(FINANCE).ids)


def test_extension_share_needs_bpe():
    with pytest.raises(
        ValueError, match="extension_share \\(0.2\\) continues BPE merges; algorithm 'unigram'"
    ):
        TokenizerParams(algorithm="unigram", extension_share=0.2)
    with pytest.raises(ValueError, match="less than 1"):
        TokenizerParams(extension_share=1.0)


def test_fertility_report_compares_both_tokenizers_at_every_vocabulary_size(tmp_path):
    store.write_documents(corpus(), tmp_path / "scrub" / "docs")
    run_mix(MixParams(heldout_fraction=0.1), 7, tmp_path / "scrub", tmp_path / "mix")
    params = TokenizerParams(vocab_size=400, min_frequency=1, compare_vocab_sizes=[300, 600])
    summary = run_tokenizer(params, 64, tmp_path / "mix", tmp_path / "tok")
    details = json.loads((tmp_path / "tok" / DETAILS).read_text())
    assert set(details["by_vocab"]) == {"300", "400", "600"}
    for entry in details["by_vocab"].values():
        for domain in ("general", "finance"):
            for name in ("charter", "general_only"):
                f = entry["by_domain"][domain][name]
                # a byte-level token covers at least one byte, and no token spans two whitespace-split words
                assert 0 < f["tokens_per_byte"] <= 1 <= f["tokens_per_word"]
        assert {"finance", "legal", "medical"} <= set(entry["terms"])  # every pack with a term list
    assert set(summary["saving_vs_general_only"]) == {"300", "400", "600"}
    assert summary["general_penalty"] == pytest.approx(
        -details["by_vocab"]["400"]["by_domain"]["general"]["saving"], abs=1e-4
    )
    low, high = summary["general_penalty_ci95"]
    assert low <= summary["general_penalty"] <= high
    held = heldout_texts(tmp_path / "mix" / "heldout")
    assert summary["heldout_size"]["general"] == {
        "documents": len(held["general"]),
        "bytes": sum(len(t.encode()) for t in held["general"]),
    }
    assert json.loads((tmp_path / "tok" / FERTILITY).read_text()) == summary
    assert (tmp_path / "tok" / PLOT).read_bytes()[:4] == b"\x89PNG"


def test_a_domain_weight_below_one_leaves_general_text_the_larger_part_of_the_fit():
    assert fit_domain_share(TokenizerParams(domain_upweight=1 / 3), 0.5) == pytest.approx(0.25)
    assert fit_domain_share(TokenizerParams(domain_upweight=1.0), 0.5) == pytest.approx(0.5)
    with pytest.raises(ValueError, match="greater than 0"):
        TokenizerParams(domain_upweight=0)


def test_contractions_and_newlines_split_as_cl100k_does():
    tok = fit([GENERAL_TEXT, "They'll say it's the court's.\n\nIt isn't."], TokenizerParams(vocab_size=300))
    pieces = tok.pre_tokenizer.pre_tokenize_str("They'll court's\n\nIt")
    assert [p for p, _ in pieces] == ["They", "'ll", "Ġcourt", "'s", "ĊĊ", "It"]


def test_saving_interval_brackets_the_saving_and_narrows_with_more_documents():
    ours, general = [90, 110, 95, 105], [100, 100, 100, 100]
    low, high = saving_interval(ours, general, seed=0)
    assert low <= 1 - sum(ours) / sum(general) <= high
    assert saving_interval([95] * 4, [100] * 4, seed=0) == pytest.approx([0.05, 0.05])
    wide = high - low
    low16, high16 = saving_interval(ours * 4, general * 4, seed=0)
    assert high16 - low16 < wide


def test_the_stage_fails_when_ours_shatters_frequent_domain_terms_more_than_the_general_tokenizer(
    tmp_path, monkeypatch
):
    # General text that happens to hold the finance vocabulary, so the general-only tokenizer keeps it whole.
    docs = [
        Document(variant(FINANCE, i), f"{domain}/{i:03d}", metadata={"source": domain, "domain": domain})
        for domain in ("general", "finance")
        for i in range(30)
    ]
    store.write_documents(docs, tmp_path / "scrub" / "docs")
    run_mix(MixParams(heldout_fraction=0.1), 7, tmp_path / "scrub", tmp_path / "mix")
    params = TokenizerParams(vocab_size=700, min_frequency=1, compare_vocab_sizes=[])
    summary = run_tokenizer(params, 64, tmp_path / "mix", tmp_path / "ok")
    assert summary["terms_check"] == {"passed": True, "failing": {}}

    def bytes_only(samples, params, vocab):  # a tokenizer that learned nothing: every term shatters
        return fit([], params, vocab), None

    monkeypatch.setattr("corpus.tokenizer.fit_charter", bytes_only)
    with pytest.raises(
        TokenizerError, match=r"frequent finance terms in <= 2 tokens: 0.0% against .*dividend"
    ):
        run_tokenizer(params, 64, tmp_path / "mix", tmp_path / "bad")
    recorded = json.loads((tmp_path / "bad" / FERTILITY).read_text())["terms_check"]
    assert not recorded["passed"] and set(recorded["failing"]) == {"finance"}
    lenient = params.model_copy(update={"require_terms_kept": False})
    assert not run_tokenizer(lenient, 64, tmp_path / "mix", tmp_path / "lenient")["terms_check"]["passed"]
