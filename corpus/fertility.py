"""Fertility: how many tokens a tokenizer spends on each domain's held-out text, against a baseline.

Tokens per byte and per word on `data/mix/heldout` for two tokenizers, the saving with a bootstrap interval over
held-out documents (a domain of five documents cannot resolve a 1% difference on its own), the summary figures
(domain saving, general penalty), the domain packs' term lists checked for shattering, and the plot of tokens
per byte against vocabulary size.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from core.packs import GENERAL, domain_color

# A term counts as frequent in its domain when the domain's training text holds it at least this often.
FREQUENT_TERM = 5
SHATTERED = 2  # a term encoded in more tokens than this has shattered
BOOTSTRAP_DRAWS = 2000
WORD = re.compile(r"[\w][\w\-/&.']*[\w]|[\w]")


def utf8_bytes(text: str) -> int:
    return len(text.encode("utf-8"))


def heldout_texts(heldout_dir: Path) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = defaultdict(list)
    for path in sorted(heldout_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            texts[path.stem] = [json.loads(line)["text"] for line in f if line.strip()]
    return dict(texts)


def tokens_per_document(tok: Tokenizer, texts: list[str]) -> list[int]:
    return [len(e.ids) for e in tok.encode_batch(texts)]


def fertility(tok: Tokenizer, texts: list[str], n_tokens: int | None = None) -> dict[str, float]:
    if n_tokens is None:
        n_tokens = sum(tokens_per_document(tok, texts))
    n_bytes = sum(utf8_bytes(t) for t in texts)
    n_words = sum(len(t.split()) for t in texts)
    return {
        "tokens_per_byte": n_tokens / max(n_bytes, 1),
        "tokens_per_word": n_tokens / max(n_words, 1),
        "tokens": n_tokens,
        "bytes": n_bytes,
        "words": n_words,
        "documents": len(texts),
    }


def saving_interval(
    ours: list[int], general: list[int], seed: int, draws: int = BOOTSTRAP_DRAWS
) -> list[float]:
    """95% bootstrap interval of the saving, resampling held-out documents.

    A held-out domain of a few documents cannot tell a 1% difference from noise; the interval says how wide
    the doubt is.
    """
    a, b = np.asarray(ours, dtype=np.float64), np.asarray(general, dtype=np.float64)
    picks = np.random.default_rng(seed).integers(0, len(a), size=(draws, len(a)))
    savings = 1 - a[picks].sum(axis=1) / b[picks].sum(axis=1)
    low, high = np.quantile(savings, [0.025, 0.975])
    return [float(low), float(high)]


def term_lengths(tok: Tokenizer, terms: list[str]) -> list[int]:
    """Tokens per term as it appears in running text: after a space, which byte-level BPE folds into it."""
    return [len(e.ids) for e in tok.encode_batch([" " + t for t in terms])]


def term_counts(texts: Iterable[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(WORD.findall(text))
    return counts


def shatter_check(
    tokenizers: dict[str, Tokenizer], terms: dict[str, list[str]], counts: dict[str, Counter[str]]
) -> dict[str, dict]:
    """Per domain: the share of its terms encoded in <= SHATTERED tokens, for each tokenizer.

    `frequent` are the terms its training text holds at least FREQUENT_TERM times: the ones that matter.
    """
    out: dict[str, dict] = {}
    for domain, domain_terms in sorted(terms.items()):
        if not domain_terms:
            continue
        frequent = [t for t in domain_terms if counts.get(domain, Counter())[t] >= FREQUENT_TERM]
        entry: dict[str, object] = {"terms": len(domain_terms), "frequent_terms": len(frequent)}
        for name, tok in tokenizers.items():
            lengths = dict(zip(domain_terms, term_lengths(tok, domain_terms), strict=True))
            entry[name] = {
                "share_le2": sum(n <= SHATTERED for n in lengths.values()) / len(lengths),
                "frequent_share_le2": (
                    sum(lengths[t] <= SHATTERED for t in frequent) / len(frequent) if frequent else None
                ),
                "mean_tokens": sum(lengths.values()) / len(lengths),
                "shattered_frequent": sorted((t for t in frequent if lengths[t] > SHATTERED), key=str.lower)[
                    :20
                ],
            }
        out[domain] = entry
    return out


def terms_shattered_more(terms_report: dict[str, dict]) -> dict[str, str]:
    """Domains whose frequent terms our tokenizer keeps in <= SHATTERED tokens less often than the general-only
    one does, each with the shares and the terms it shatters."""
    failing = {}
    for domain, entry in terms_report.items():
        ours, general = entry["charter"]["frequent_share_le2"], entry["general_only"]["frequent_share_le2"]
        if ours is not None and general is not None and ours < general:
            shattered = ", ".join(entry["charter"]["shattered_frequent"][:8])
            failing[domain] = (
                f"frequent {domain} terms in <= {SHATTERED} tokens: {ours:.1%} against the general-only "
                f"tokenizer's {general:.1%} (shattered: {shattered})"
            )
    return failing


def compare(
    ours: Tokenizer,
    general: Tokenizer,
    heldout: dict[str, list[str]],
    seed: int = 0,
    names: tuple[str, str] = ("charter", "general_only"),
) -> dict[str, dict]:
    """Fertility of both tokenizers per held-out domain, under `names`; `saving` > 0 means ours needs fewer
    tokens."""
    report = {}
    for domain, texts in sorted(heldout.items()):
        per_doc_ours, per_doc_general = tokens_per_document(ours, texts), tokens_per_document(general, texts)
        a = fertility(ours, texts, sum(per_doc_ours))
        b = fertility(general, texts, sum(per_doc_general))
        report[domain] = {
            names[0]: a,
            names[1]: b,
            "saving": 1 - a["tokens_per_byte"] / b["tokens_per_byte"],
            "saving_ci95": saving_interval(per_doc_ours, per_doc_general, seed) if texts else None,
        }
    return report


def summarise(by_domain: dict[str, dict]) -> dict[str, float | list[float] | None]:
    domain_savings = [r["saving"] for d, r in sorted(by_domain.items()) if d != GENERAL]
    general = by_domain.get(GENERAL)
    return {
        "domain_saving_mean": sum(domain_savings) / len(domain_savings) if domain_savings else None,
        "domain_saving_min": min(domain_savings) if domain_savings else None,
        "general_penalty": -general["saving"] if general else None,
        "general_penalty_ci95": (
            [-general["saving_ci95"][1], -general["saving_ci95"][0]]
            if general and general["saving_ci95"]
            else None
        ),
    }


def plot(details: dict, path: Path) -> None:
    """Tokens per byte against vocabulary size, per domain: ours solid, general-only dashed."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = sorted(details["by_vocab"], key=int)
    domains = sorted(details["by_vocab"][sizes[0]]["by_domain"])
    fig, ax = plt.subplots(figsize=(6.4, 3.8), dpi=100)
    for domain in domains:
        for name, style in (("charter", "-"), ("general_only", "--")):
            ys = [details["by_vocab"][v]["by_domain"][domain][name]["tokens_per_byte"] for v in sizes]
            ax.plot(
                [int(v) for v in sizes],
                ys,
                style,
                marker="o",
                color=domain_color(domain),
                label=f"{domain} ({'Charter' if name == 'charter' else 'general-only'})",
            )
    ax.set_xscale("log", base=2)
    ax.set_xticks([int(v) for v in sizes], [str(v) for v in sizes])
    ax.set_xlabel("vocabulary size")
    ax.set_ylabel("tokens per byte (held-out)")
    ax.set_title("Fertility: Charter (solid) vs general-only (dashed)")
    ax.legend(fontsize=7, ncol=2)
    fig.tight_layout()
    # Fixed metadata keeps the PNG byte-identical across runs.
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)
