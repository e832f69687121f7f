"""Continued BPE: the base stays a prefix, new merges encode as they were learned, and bad input is refused."""

import json
import random
from pathlib import Path

import pytest
from tokenizers import Tokenizer, models, pre_tokenizers

from core.config import TokenizerParams
from corpus.bpe_extension import extend_bpe
from corpus.tokenizer import EOS, PAD, fit

REPO = Path(__file__).resolve().parents[1]


def _texts(path: str, n: int) -> list[str]:
    with (REPO / path).open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line, _ in zip(f, range(n), strict=False)]


@pytest.fixture(scope="module")
def general_text():
    return _texts("domain/general/data/wikitext2/wikitext2-valid-articles.jsonl", 20)


@pytest.fixture(scope="module")
def finance_text():
    return _texts("domain/finance/data/tatqa/tatqa-dev-contexts.jsonl", 120)


@pytest.fixture(scope="module")
def base(general_text):
    return fit(general_text, TokenizerParams(vocab_size=600))


def _model(tok):
    return json.loads(tok.to_str())["model"]


def test_the_base_is_a_prefix_and_the_vocabulary_reaches_its_size(base, finance_text):
    extended = extend_bpe(base, finance_text, 900)
    old, new = _model(base), _model(extended)
    assert extended.get_vocab_size() == 900
    assert new["merges"][: len(old["merges"])] == old["merges"]
    assert all(new["vocab"][token] == i for token, i in old["vocab"].items())
    assert len(new["merges"]) == len(old["merges"]) + 900 - base.get_vocab_size()
    for token in (EOS, PAD):
        assert extended.token_to_id(token) == base.token_to_id(token)
        assert extended.encode(f"a{token}b").tokens.count(token) == 1  # still special, never split


def test_new_merges_encode_text_exactly_as_they_were_learned(base, finance_text):
    """HF's encoder applies merges by rank; training applied them one after another to the base's segmentation.
    The two must agree on every word, or the extension's counts described a tokenizer that does not exist."""
    extended = extend_bpe(base, finance_text, 1000)
    added = _model(extended)["merges"][len(_model(base)["merges"]) :]
    assert base.pre_tokenizer is not None
    words = {piece for text in finance_text for piece, _ in base.pre_tokenizer.pre_tokenize_str(text)}
    for word in sorted(words):
        segments = [t.value for t in base.model.tokenize(word)]
        for a, b in added:
            merged, i = [], 0
            while i < len(segments):
                if i + 1 < len(segments) and (segments[i], segments[i + 1]) == (a, b):
                    merged.append(a + b)
                    i += 2
                else:
                    merged.append(segments[i])
                    i += 1
            segments = merged
        assert [t.value for t in extended.model.tokenize(word)] == segments, word


def test_extension_compresses_its_own_text_and_round_trips_bytes(base, finance_text):
    extended = extend_bpe(base, finance_text, 1000)
    n_base = sum(len(e.ids) for e in base.encode_batch(finance_text))
    n_ext = sum(len(e.ids) for e in extended.encode_batch(finance_text))
    assert n_ext < 0.9 * n_base
    for text in [*finance_text[:5], "Zürich 株式 ✓ 12.5% 🙂"]:
        assert extended.decode(extended.encode(text).ids) == text
    digits = [t for t in extended.encode("revenue 2024").tokens if any(c.isdigit() for c in t)]
    assert [t.strip("Ġ") for t in digits] == ["2", "0", "2", "4"]  # digits still split one by one


def test_the_merges_depend_on_the_text_not_on_its_order(base, finance_text):
    shuffled = finance_text[:]
    random.Random(3).shuffle(shuffled)
    assert extend_bpe(base, finance_text, 800).to_str() == extend_bpe(base, shuffled, 800).to_str()


def test_merging_stops_when_no_pair_is_frequent_enough(base):
    extended = extend_bpe(base, ["zq xj"], 900, min_frequency=2)
    assert extended.get_vocab_size() == base.get_vocab_size()


def test_only_bpe_can_be_extended(general_text):
    unigram = fit(general_text, TokenizerParams(algorithm="unigram", vocab_size=400))
    with pytest.raises(ValueError, match="only a BPE tokenizer can be extended, not Unigram"):
        extend_bpe(unigram, general_text, 500)


def test_a_pair_whose_string_the_base_already_holds_is_never_merged():
    """In the base, "xabc" comes from ("x", "abc"), a path "xabc" itself never takes: "bc" and then "xa" merge
    first and leave ("xa", "bc"). Merging that pair would produce an existing token, which would wake the base
    merge ("xabc", "d") and make the encoder disagree with what was learned."""
    vocab = {t: i for i, t in enumerate(["a", "b", "c", "d", "x", "bc", "xa", "abc", "xabc", "xabcd"])}
    merges = [("b", "c"), ("x", "a"), ("a", "bc"), ("x", "abc"), ("xabc", "d")]
    base = Tokenizer(models.BPE(vocab=vocab, merges=merges))
    base.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    assert base.encode("xabcd").tokens == ["xa", "bc", "d"]
    extended = extend_bpe(base, ["xabcd " * 5], 20, min_frequency=2)
    assert ("xa", "bc") not in [tuple(m) for m in _model(extended)["merges"]]
    assert extended.encode("xabcd").tokens == ["xa", "bcd"]  # ("bc", "d") is the best pair left
