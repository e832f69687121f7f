"""The tokenizer stage when pretraining continues from a base model: the base's own tokenizer, as it is or
extended with domain tokens.

The base is the one the gate stage approved (its license passed the policy; `data/gate/decisions.json` says so)
and the source registry locates. `tokenizer.extend_base: false` writes the base's tokenizer unchanged. `true` learns up to
`tokenizer.extend_tokens` merges by continued BPE on the domain training text as the base segments it
(`corpus.bpe_extension.extend_vocabulary`): every base token keeps its id and its string, so every row of the
base's embeddings still means what it meant, and the new tokens take the ids after the base's. The written
tokenizer is read back and checked for exactly that before the stage succeeds.

Fertility compares the written tokenizer with the base's on the held-out text of every domain, general text
included (`data/mix/heldout`, set aside before anything was fitted): what the domain tokens save on domain text
and cost on general text, with bootstrap intervals over documents. Special tokens the base's post-processor
adds (a BOS) are not counted: they are the same for both and are not text.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from tokenizers import Tokenizer

from core import store
from core.config import TokenizerParams
from core.errors import ConfigError, TokenizerError
from core.packs import all_packs
from core.registry import load_registry
from core.stage import write_json
from corpus.bpe_extension import extend_vocabulary, new_token_pieces
from corpus.fertility import (
    FREQUENT_TERM,
    WORD,
    compare,
    heldout_texts,
    shatter_check,
    summarise,
    utf8_bytes,
)
from corpus.mix import GENERAL, HELDOUT, TRAIN, unit_hash

FERTILITY, DETAILS, PLOT = "fertility.json", "fertility_details.json", "fertility.png"
NAMES = ("extended", "base")


def approved_base_folder(model_id: str, sources: Path, gate_decisions: Path) -> Path:
    """The folder of `model_id`, which the gate stage must have approved (ConfigError otherwise)."""
    try:
        decided = json.loads(Path(gate_decisions).read_text()).get("base_model") or {}
    except (OSError, ValueError, AttributeError) as e:
        raise ConfigError(f"{gate_decisions}: no readable gate decisions ({e}): run the gate stage") from e
    if decided.get("id") != model_id:
        raise ConfigError(
            f"{gate_decisions} holds no decision on pretrain.base_model '{model_id}' (it decided on "
            f"{decided.get('id') or 'no base model'}): run the gate stage, which checks the base's license"
        )
    registry = load_registry(sources)
    try:
        return registry.model_folder(registry.model(model_id))
    except KeyError:
        raise ConfigError(f"{sources}: pretrain.base_model '{model_id}' is no longer registered") from None


def load_tokenizer(folder: Path):
    """A Hugging Face tokenizer from a local folder, never running code shipped with it."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(folder), trust_remote_code=False)


def backend(hf_tokenizer, where: str) -> Tokenizer:
    """The `tokenizers` object a fast tokenizer runs (after any class-specific rebuild transformers does)."""
    tok = getattr(hf_tokenizer, "backend_tokenizer", None)
    if tok is None:
        raise TokenizerError(f"{where}: needs a fast tokenizer (tokenizer.json); this one has none")
    return tok


def counting(tok: Tokenizer) -> Tokenizer:
    """A copy that encodes text only: without the post-processor's special tokens (a BOS per document)."""
    data = json.loads(tok.to_str())
    data["post_processor"] = None
    return Tokenizer.from_str(json.dumps(data))


def domain_sample(docs: list, max_bytes: int | None, seed: int) -> tuple[list[str], dict[str, int]]:
    """The domain training text the extension is learned on (all of it, or whole documents in a seed-fixed
    order up to `max_bytes`), and its bytes per domain."""
    unique = sorted({d.id: d for d in docs}.values(), key=lambda d: unit_hash(seed, "tokenizer:" + d.id))
    texts: list[str] = []
    by_domain: dict[str, int] = defaultdict(int)
    total = 0
    for d in unique:
        if d.metadata["domain"] == GENERAL:
            continue
        if max_bytes is not None and total >= max_bytes:
            break
        texts.append(d.text)
        by_domain[d.metadata["domain"]] += utf8_bytes(d.text)
        total += utf8_bytes(d.text)
    return texts, dict(sorted(by_domain.items()))


def write_extended(base_hf, extended: Tokenizer, dest: Path) -> None:
    """`extended` as a Hugging Face tokenizer with the base's special tokens, length limit and chat template."""
    from transformers import PreTrainedTokenizerFast

    wrapped = PreTrainedTokenizerFast(
        tokenizer_object=extended,
        bos_token=base_hf.bos_token,
        eos_token=base_hf.eos_token,
        pad_token=base_hf.pad_token,
        unk_token=base_hf.unk_token,
        model_max_length=base_hf.model_max_length,
    )
    if getattr(base_hf, "chat_template", None):
        wrapped.chat_template = base_hf.chat_template
    wrapped.save_pretrained(dest)


def _token_text(tok: Tokenizer, token_id: int) -> str:
    token = str(tok.id_to_token(token_id))
    return str(tok.decoder.decode([token])) if tok.decoder is not None else token


def run_base_tokenizer(
    params: TokenizerParams, inp: Path, out: Path, base_folder: Path, base_id: str, seed: int = 0
) -> dict:
    """Write `out/tokenizer` from the base model's tokenizer (extended when `params.extend_base`) and the
    fertility report against the base's."""
    inp, out = Path(inp), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    base_hf = load_tokenizer(base_folder)
    base_tok = backend(base_hf, f"base model '{base_id}' ({base_folder})")
    if base_hf.eos_token_id is None:
        raise TokenizerError(
            f"base model '{base_id}': its tokenizer has no EOS token, which separates packed documents"
        )
    docs = list(store.read_documents(inp / TRAIN))
    texts, text_bytes = domain_sample(docs, params.fit_max_bytes, seed)
    dest = out / "tokenizer"
    if params.extend_base:
        if not texts:
            raise TokenizerError(
                "tokenizer.extend_base: the training text holds no domain text to learn from"
            )
        write_extended(
            base_hf, extend_vocabulary(base_tok, texts, params.extend_tokens, params.min_frequency), dest
        )
    else:
        base_hf.save_pretrained(dest)

    # The check is on what was written: read back as every later stage reads it.
    written = backend(load_tokenizer(dest), str(dest))
    pieces = new_token_pieces(base_tok, written)
    heldout = heldout_texts(inp / HELDOUT)
    by_domain = compare(counting(written), counting(base_tok), heldout, seed, names=NAMES)
    terms = {name: pack.terms for name, pack in all_packs().items()}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for d in {d.id: d for d in docs}.values():
        if terms.get(d.metadata["domain"]):
            counts[d.metadata["domain"]].update(WORD.findall(d.text))
    term_report = shatter_check({NAMES[0]: counting(written), NAMES[1]: counting(base_tok)}, terms, counts)
    figures = summarise(by_domain)
    ci = figures["general_penalty_ci95"]

    details = {
        "mode": "continued",
        "base_model": base_id,
        "extend_base": params.extend_base,
        "extend_tokens": params.extend_tokens if params.extend_base else 0,
        "min_frequency": params.min_frequency,
        "extension_text_bytes": text_bytes if params.extend_base else {},
        "base_vocab_size": len(base_hf),
        "vocab_size": written.get_vocab_size(with_added_tokens=True),
        "new_tokens": len(pieces),
        "first_new_tokens": [
            {
                "id": i,
                "text": _token_text(written, i),
                "pieces": [_token_text(base_tok, p) for p in piece_ids],
            }
            for i, piece_ids in list(pieces.items())[:40]
        ],
        "frequent_term_min_count": FREQUENT_TERM,
        "by_domain": by_domain,
        "terms": term_report,
    }
    write_json(out / DETAILS, details)
    plot_against_base(by_domain, base_id, out / PLOT)
    summary = {
        "mode": "continued",
        "base_model": base_id,
        "extend_base": params.extend_base,
        "vocab_size": details["vocab_size"],
        "base_vocab_size": details["base_vocab_size"],
        "new_tokens": len(pieces),
        "tokens_per_byte": {d: round(r[NAMES[0]]["tokens_per_byte"], 4) for d, r in by_domain.items()},
        "base_tokens_per_byte": {d: round(r[NAMES[1]]["tokens_per_byte"], 4) for d, r in by_domain.items()},
        "saving_vs_base": {d: round(r["saving"], 4) for d, r in by_domain.items()},
        "domain_saving_mean": _round(figures["domain_saving_mean"]),
        "general_penalty": _round(figures["general_penalty"]),
        "general_penalty_ci95": [round(x, 4) for x in ci] if isinstance(ci, list) else None,
        "heldout_size": {
            d: {"documents": r[NAMES[0]]["documents"], "bytes": r[NAMES[0]]["bytes"]}
            for d, r in by_domain.items()
        },
        "terms_le2": {
            d: {name: round(t[name]["share_le2"], 4) for name in NAMES} for d, t in term_report.items()
        },
    }
    write_json(out / FERTILITY, summary)
    return summary


def _round(x: object) -> float | None:
    return round(x, 4) if isinstance(x, int | float) else None


def plot_against_base(by_domain: dict[str, dict], base_id: str, path: Path) -> None:
    """Tokens per byte per held-out domain: the base's tokenizer beside the one written."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    domains = sorted(by_domain)
    fig, ax = plt.subplots(figsize=(6.4, 3.4), dpi=100)
    width = 0.38
    for k, (name, color) in enumerate(((NAMES[1], "#90a4ae"), (NAMES[0], "#00838f"))):
        ax.bar(
            [i + (k - 0.5) * width for i in range(len(domains))],
            [by_domain[d][name]["tokens_per_byte"] for d in domains],
            width,
            color=color,
            label=f"{base_id} as is" if name == NAMES[1] else "written (extended when extend_base)",
        )
    ax.set_xticks(range(len(domains)), domains)
    ax.set_ylabel("tokens per byte (held-out)")
    ax.set_title("Fertility against the base model's tokenizer")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, metadata={"Software": None})  # fixed metadata: the same PNG on every run
    plt.close(fig)
