"""The tokenizer stage: a byte-level BPE or Unigram tokenizer fitted on a domain-weighted sample of the mixture.

Byte-level, so no text is ever unknown; digits split one by one (as BloombergGPT did) so that numbers tokenize
the same way wherever they appear.

The fitting sample holds the general training text and domain text in the proportion `tokenizer.domain_share`
(the mixture's share by default, and a setting of its own so that experiment arms that differ only in their
mixture share one tokenizer), domain bytes weighted by `tokenizer.domain_upweight`. With `tokenizer.extension_share`
> 0 the vocabulary is general-anchored: a general base of (1 - share) of the vocabulary is fitted on the
sample's general text alone, and continued BPE over the whole sample learns the rest (`corpus.bpe_extension`).
Domain text then gains its tokens without outbidding general text for the base.

Fairness of the comparison that says whether a custom tokenizer pays:

- the general-only tokenizer is fitted on the same general text as ours, without the domain text;
- both use the same normalizer-free byte-level pre-tokenizer;
- both are scored on `data/mix/heldout`, which the mix stage set aside before any fitting, with a bootstrap
  interval over its documents (a domain of five documents cannot resolve a 1% difference on its own);
- the comparison is repeated at every vocabulary size in `tokenizer.compare_vocab_sizes`.

The domain packs' term lists check that frequent domain terms do not shatter (a term in <= 2 tokens): the
stage fails when ours keeps some domain's frequent terms whole less often than the general-only tokenizer.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from datatrove.data import Document
from tokenizers import Regex, Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast

from core import store
from core.config import TokenizerParams, load_params
from core.errors import TokenizerError
from core.packs import all_packs
from core.stage import write_json
from corpus.bpe_extension import extend_bpe
from corpus.fertility import (
    FREQUENT_TERM,
    WORD,
    compare,
    heldout_texts,
    plot,
    shatter_check,
    summarise,
    terms_shattered_more,
    utf8_bytes,
)
from corpus.mix import HELDOUT, TRAIN, unit_hash

EOS, PAD = "<|endoftext|>", "<|pad|>"
SPECIAL_TOKENS = [EOS, PAD]
FERTILITY, DETAILS, PLOT = "fertility.json", "fertility_details.json", "fertility.png"


# The split pattern of tiktoken's cl100k_base (GPT-4, reused by Llama 3): case-insensitive contractions, words
# carrying at most one leading space or mark, punctuation runs, newlines apart from other spaces. Against GPT-2's
# pattern it needs 1-4% fewer tokens/byte on every held-out domain at vocabulary 4096, for both tokenizers alike.
SPLIT_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+"
    r"|\s+(?!\S)|\s+"
)


def _pre_tokenizer() -> pre_tokenizers.PreTokenizer:
    """Digits one by one, then the cl100k split, then bytes to the byte-level alphabet."""
    return pre_tokenizers.Sequence(
        [
            pre_tokenizers.Digits(individual_digits=True),
            pre_tokenizers.Split(Regex(SPLIT_PATTERN), behavior="isolated"),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )


def new_tokenizer(
    params: TokenizerParams, vocab_size: int | None = None
) -> tuple[Tokenizer, trainers.Trainer]:
    """An untrained byte-level tokenizer of `params.algorithm` and its trainer."""
    vocab = vocab_size or params.vocab_size
    alphabet = pre_tokenizers.ByteLevel.alphabet()
    trainer: trainers.Trainer
    if params.algorithm == "unigram":
        tok = Tokenizer(models.Unigram())
        trainer = trainers.UnigramTrainer(
            vocab_size=vocab, special_tokens=SPECIAL_TOKENS, initial_alphabet=alphabet, show_progress=False
        )
    else:
        tok = Tokenizer(models.BPE())
        trainer = trainers.BpeTrainer(
            vocab_size=vocab,
            min_frequency=params.min_frequency,
            special_tokens=SPECIAL_TOKENS,
            initial_alphabet=alphabet,
            show_progress=False,
        )
    tok.pre_tokenizer = _pre_tokenizer()
    tok.decoder = decoders.ByteLevel()
    return tok, trainer


def fit(texts: Iterable[str], params: TokenizerParams, vocab_size: int | None = None) -> Tokenizer:
    tok, trainer = new_tokenizer(params, vocab_size)
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


@dataclass(frozen=True)
class FitSamples:
    """Our fitting sample and the general-only baseline's, which holds our sample's general text."""

    charter: list[str]
    general_part: list[str]
    """The general text of our sample: the base of a general-anchored vocabulary."""
    general_only: list[str]
    charter_bytes: dict[str, int]
    """Bytes per domain in our sample."""
    general_only_bytes: int


def _take(docs: list[Document], budget: float, seed: int) -> list[Document]:
    """Documents in a seed-fixed hash order until `budget` bytes are taken (whole documents)."""
    taken, total = [], 0
    for d in sorted(docs, key=lambda d: unit_hash(seed, "tokenizer:" + d.id)):
        if total >= budget:
            break
        taken.append(d)
        total += utf8_bytes(d.text)
    return taken


def fit_domain_share(params: TokenizerParams, mixture_domain_share: float) -> float:
    """The mixture's domain share with each domain byte weighted `domain_upweight` times a general byte."""
    up = params.domain_upweight * mixture_domain_share
    return up / (up + 1 - mixture_domain_share) if up else 0.0


def sample_bytes(general: float, domain: float, share: float) -> tuple[float, float]:
    """General and domain bytes of our sample, holding `share` domain text.

    All the general text, and domain text in proportion to it; when the domain text available falls short of
    that proportion, general text is cut instead, so the proportion always holds.
    """
    if share >= 1:
        return 0.0, domain
    wanted = general * share / (1 - share)
    if wanted <= domain:
        return general, wanted
    return domain * (1 - share) / share, domain


def fit_samples(docs: list[Document], params: TokenizerParams, domain_share: float, seed: int) -> FitSamples:
    """Both fitting samples from the unique training documents.

    The general budget is the general text available (capped by `fit_max_bytes`). Both samples draw general
    documents in the same seed-fixed order, so ours holds the baseline's general text (all of it unless the
    domain text falls short of `domain_share`).
    """
    unique = {d.id: d for d in docs}
    general = [d for d in unique.values() if d.metadata["domain"] == "general"]
    domain = [d for d in unique.values() if d.metadata["domain"] != "general"]
    general_budget = float(sum(utf8_bytes(d.text) for d in general))
    domain_budget = float(sum(utf8_bytes(d.text) for d in domain))
    if params.fit_max_bytes is not None:
        general_budget = min(general_budget, params.fit_max_bytes)
        if domain_share >= 1:
            domain_budget = min(domain_budget, params.fit_max_bytes)
    general_part, domain_part = sample_bytes(general_budget, domain_budget, domain_share)
    ours_general = _take(general, general_part, seed)
    ours = ours_general + _take(domain, domain_part, seed)
    baseline = _take(general, general_budget, seed)
    by_domain: dict[str, int] = defaultdict(int)
    for d in ours:
        by_domain[d.metadata["domain"]] += utf8_bytes(d.text)
    # Fitting order must not depend on the order documents were read in.
    ours.sort(key=lambda d: unit_hash(seed, "fit-order:" + d.id))
    return FitSamples(
        charter=[d.text for d in ours],
        general_part=[d.text for d in ours_general],
        general_only=[d.text for d in baseline],
        charter_bytes=dict(sorted(by_domain.items())),
        general_only_bytes=sum(utf8_bytes(d.text) for d in baseline),
    )


def fit_charter(
    samples: FitSamples, params: TokenizerParams, vocab_size: int
) -> tuple[Tokenizer, int | None]:
    """Our tokenizer, fitted on the whole sample at once or general-anchored (`extension_share` > 0), and the
    size of its general base (None when there is none)."""
    if not params.extension_share:
        return fit(samples.charter, params, vocab_size), None
    base = fit(samples.general_part, params, round(vocab_size * (1 - params.extension_share)))
    return extend_bpe(base, samples.charter, vocab_size, params.min_frequency), base.get_vocab_size()


def first_tokens(tok: Tokenizer, start: int, n: int) -> list[str]:
    """The text of tokens `start`, `start + 1`, ...: for an extension, what the domain-weighted text added first."""
    assert tok.decoder is not None
    ids = range(start, min(start + n, tok.get_vocab_size()))
    return [tok.decoder.decode([tok.id_to_token(i)]) for i in ids]


def run_tokenizer(
    params: TokenizerParams,
    seq_len: int,
    inp: Path,
    out: Path,
    *,
    mixture_domain_share: float = 0.5,
    seed: int = 0,
) -> dict:
    inp, out = Path(inp), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    docs = list(store.read_documents(inp / TRAIN))
    share = fit_domain_share(params, mixture_domain_share)
    samples = fit_samples(docs, params, share, seed)
    heldout = heldout_texts(inp / HELDOUT)
    terms = {name: pack.terms for name, pack in all_packs().items()}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for d in {d.id: d for d in docs}.values():
        if terms.get(d.metadata["domain"]):
            counts[d.metadata["domain"]].update(WORD.findall(d.text))

    by_vocab: dict[str, dict] = {}
    main = None
    for vocab in sorted({params.vocab_size, *params.compare_vocab_sizes}):
        ours, base_vocab = fit_charter(samples, params, vocab)
        general = fit(samples.general_only, params, vocab)
        if vocab == params.vocab_size:
            main = ours
        by_domain = compare(ours, general, heldout, seed)
        by_vocab[str(vocab)] = {
            "vocab_size": ours.get_vocab_size(),
            "general_base_vocab": base_vocab,
            "first_extension_tokens": first_tokens(ours, base_vocab, 40) if base_vocab else [],
            "by_domain": by_domain,
            **summarise(by_domain),
            "terms": shatter_check({"charter": ours, "general_only": general}, terms, counts),
        }
    assert main is not None
    as_hf(main, seq_len).save_pretrained(out / "tokenizer")

    headline = by_vocab[str(params.vocab_size)]
    details = {
        "algorithm": params.algorithm,
        "vocab_size": params.vocab_size,
        "fit_sample": {
            "charter_bytes": samples.charter_bytes,
            "general_only_bytes": samples.general_only_bytes,
            "domain_upweight": params.domain_upweight,
            "mixture_domain_share": mixture_domain_share,
            "domain_share": round(share, 4),
            "extension_share": params.extension_share,
        },
        "frequent_term_min_count": FREQUENT_TERM,
        "by_vocab": by_vocab,
    }
    write_json(out / DETAILS, details)
    plot(details, out / PLOT)
    summary = {
        "algorithm": params.algorithm,
        "vocab_size": headline["vocab_size"],
        "fit_domain_share": round(share, 4),
        "extension_share": params.extension_share,
        "tokens_per_byte": {
            d: round(r["charter"]["tokens_per_byte"], 4) for d, r in headline["by_domain"].items()
        },
        "general_only_tokens_per_byte": {
            d: round(r["general_only"]["tokens_per_byte"], 4) for d, r in headline["by_domain"].items()
        },
        "saving_vs_general_only": {
            v: {d: round(r["saving"], 4) for d, r in entry["by_domain"].items()}
            for v, entry in by_vocab.items()
        },
        "domain_saving_mean": _round(headline["domain_saving_mean"]),
        "general_penalty": _round(headline["general_penalty"]),
        "general_penalty_ci95": (
            [round(x, 4) for x in headline["general_penalty_ci95"]]
            if headline["general_penalty_ci95"]
            else None
        ),
        "heldout_size": {
            d: {"documents": r["charter"]["documents"], "bytes": r["charter"]["bytes"]}
            for d, r in headline["by_domain"].items()
        },
        "terms_le2": {
            d: {
                "charter": round(t["charter"]["share_le2"], 4),
                "general_only": round(t["general_only"]["share_le2"], 4),
            }
            for d, t in headline["terms"].items()
        },
    }
    failing = terms_shattered_more(headline["terms"])
    summary["terms_check"] = {"passed": not failing, "failing": failing}
    write_json(out / FERTILITY, summary)
    # A general-only sample makes no claim on domain terms.
    if failing and share > 0 and params.require_terms_kept:
        raise TokenizerError(
            f"tokenizer at vocabulary {params.vocab_size}: "
            + "; ".join(failing.values())
            + ". Raise tokenizer.extension_share or tokenizer.domain_upweight, or set "
            "tokenizer.require_terms_kept: false to accept it."
        )
    return summary


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def tokenizer_command(*, params: Path, sources: Path, gate: Path, inp: Path, out: Path) -> dict:
    """`charter tokenizer`: the stage; prints the fertility headline. With pretrain.base_model, the base's
    tokenizer (corpus.base_tokenizer) instead of one fitted here."""
    p = load_params(params)
    if p.pretrain.base_model:
        from corpus.base_tokenizer import approved_base_folder, run_base_tokenizer

        folder = approved_base_folder(p.pretrain.base_model, sources, gate)
        summary = run_base_tokenizer(p.tokenizer, inp, out, folder, p.pretrain.base_model, p.seed)
        return {
            k: summary[k] for k in ("tokens_per_byte", "new_tokens", "domain_saving_mean", "general_penalty")
        }
    summary = run_tokenizer(
        p.tokenizer, p.tokenize.seq_len, inp, out, mixture_domain_share=p.tokenizer.domain_share, seed=p.seed
    )
    return {k: summary[k] for k in ("tokens_per_byte", "domain_saving_mean", "general_penalty")}
