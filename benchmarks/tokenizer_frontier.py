"""The tokenizer's trade-off: what domain text saves against what general text pays, per way of fitting.

At a fixed vocabulary every token spent on domain text is one general text lacks, so the domain saving and
the general penalty move together. This script traces the trade-off for the two ways the tokenizer stage can
fit, each against the general-only tokenizer fitted on the same general text (the stage's own functions):

  joint      the whole vocabulary fitted on the sample at once, at several `domain_upweight` values
             (domain share of the sample w/(1+w) at a 0.5 mixture)
  anchored   a general base fitted on the sample's general text, extended by continued BPE over the whole
             sample, at several `extension_share` values (domain weighted by `tokenizer.domain_upweight`
             unless `--anchored-upweight` says otherwise)

For each setting it prints the domain saving on `data/mix/heldout` (mean and smallest of finance, legal,
medical), the general penalty on `data/mix/heldout/general` (five documents), and the general penalty
cross-validated on general training text: the general documents split into `--folds` folds, each held out
from both fits in turn. A plot puts every setting on saving-against-penalty axes with the targets drawn in.

    dvc repro mix && python benchmarks/tokenizer_frontier.py
    python benchmarks/tokenizer_frontier.py --vocab 8192 --shares 0.1 0.2 0.3
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from datatrove.data import Document  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402

from core import store  # noqa: E402
from core.config import TokenizerParams, load_params  # noqa: E402
from corpus.fertility import compare, heldout_texts, summarise, tokens_per_document  # noqa: E402
from corpus.mix import HELDOUT, TRAIN, unit_hash  # noqa: E402
from corpus.tokenizer import fit, fit_charter, fit_domain_share, fit_samples  # noqa: E402

PENALTY_TARGET, SAVING_TARGET = 0.02, 0.10


@dataclass(frozen=True)
class Point:
    way: str
    knob: float
    saving_mean: float
    saving_min: float
    penalty_heldout: float
    penalty_cv: float
    penalty_cv_max: float


def _tokens(tok: Tokenizer, texts: list[str]) -> int:
    return sum(tokens_per_document(tok, texts))


class Frontier:
    def __init__(
        self,
        docs: list[Document],
        heldout: dict[str, list[str]],
        vocab: int,
        *,
        mixture_share: float,
        seed: int,
        folds: int,
    ) -> None:
        self.docs, self.heldout, self.vocab = docs, heldout, vocab
        self.mixture_share, self.seed, self.folds = mixture_share, seed, folds
        general = sorted(
            {d.id: d for d in docs if d.metadata["domain"] == "general"}.values(),
            key=lambda d: unit_hash(self.seed, "fold:" + d.id),
        )
        self.fold_docs = [
            [d for i, d in enumerate(general) if i % self.folds == k] for k in range(self.folds)
        ]
        self._baselines: dict[int, Tokenizer] = {}

    def _fit_both(self, params: TokenizerParams, fold: int | None) -> tuple[Tokenizer, Tokenizer]:
        held = {d.id for d in self.fold_docs[fold]} if fold is not None else set()
        train = [d for d in self.docs if d.id not in held]
        samples = fit_samples(train, params, fit_domain_share(params, self.mixture_share), self.seed)
        ours, _ = fit_charter(samples, params, self.vocab)
        key = -1 if fold is None else fold
        # The baseline depends on the general text alone, the same for every setting.
        if key not in self._baselines:
            self._baselines[key] = fit(samples.general_only, params, self.vocab)
        return ours, self._baselines[key]

    def measure(self, way: str, knob: float, params: TokenizerParams) -> Point:
        ours, general = self._fit_both(params, None)
        summary = summarise(compare(ours, general, self.heldout, self.seed))
        penalties = []
        for fold in range(self.folds):
            ours_k, general_k = self._fit_both(params, fold)
            texts = [d.text for d in self.fold_docs[fold]]
            penalties.append(_tokens(ours_k, texts) / _tokens(general_k, texts) - 1)
        return Point(
            way=way,
            knob=knob,
            saving_mean=float(summary["domain_saving_mean"] or 0.0),  # type: ignore[arg-type]
            saving_min=float(summary["domain_saving_min"] or 0.0),  # type: ignore[arg-type]
            penalty_heldout=float(summary["general_penalty"] or 0.0),  # type: ignore[arg-type]
            penalty_cv=sum(penalties) / len(penalties),
            penalty_cv_max=max(penalties),
        )


def plot(points: list[Point], configured: Point | None, vocab: int, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 4.2), dpi=100)
    styles = {"joint": ("#ad1457", "domain_upweight"), "anchored": ("#00838f", "extension_share")}
    for way, (color, knob_name) in styles.items():
        mine = sorted((p for p in points if p.way == way), key=lambda p: p.penalty_cv)
        if not mine:
            continue
        ax.plot(
            [100 * p.penalty_cv for p in mine],
            [100 * p.saving_mean for p in mine],
            "-o",
            color=color,
            label=f"{way} (label: {knob_name})",
        )
        for p in mine:
            ax.annotate(
                f"{p.knob:.3g}",
                (100 * p.penalty_cv, 100 * p.saving_mean),
                fontsize=7,
                xytext=(4, -9),
                textcoords="offset points",
                color=color,
            )
    if configured is not None:
        ax.plot(
            [100 * configured.penalty_cv],
            [100 * configured.saving_mean],
            "*",
            ms=14,
            color="#263238",
            label="params.yaml",
            zorder=5,
        )
    ax.axvline(100 * PENALTY_TARGET, ls="--", color="#607d8b", lw=1)
    ax.axhline(100 * SAVING_TARGET, ls="--", color="#607d8b", lw=1)
    ax.set_xlabel("general penalty, % more tokens (cross-validated)")
    ax.set_ylabel("domain saving, % fewer tokens (held-out)")
    ax.set_title(
        f"Tokenizer trade-off, vocabulary {vocab} (targets dashed; upper left is better)", fontsize=10
    )
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, metadata={"Software": None})
    plt.close(fig)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mix", type=Path, default=REPO / "data" / "mix", help="the mix stage's output")
    ap.add_argument("--params", type=Path, default=REPO / "params.yaml")
    ap.add_argument("--vocab", type=int, help="vocabulary size (default: tokenizer.vocab_size)")
    ap.add_argument(
        "--weights",
        type=float,
        nargs="+",
        default=[1 / 3, 0.5, 1.0, 2.0],
        help="domain_upweight values for joint fits",
    )
    ap.add_argument(
        "--shares",
        type=float,
        nargs="+",
        default=[0.05, 0.1, 0.15, 0.2, 0.3],
        help="extension_share values for anchored fits",
    )
    ap.add_argument(
        "--anchored-upweight",
        type=float,
        help="domain_upweight of the anchored fits (default: tokenizer.domain_upweight)",
    )
    ap.add_argument("--mixture-share", type=float, help="mixture domain share (default: mix.domain_share)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, help="default: the pipeline's seed")
    ap.add_argument("--plot", type=Path, default=REPO / "benchmarks" / "tokenizer_frontier.png")
    args = ap.parse_args()

    params = load_params(args.params)
    base = params.tokenizer
    vocab = args.vocab or base.vocab_size
    args.mixture_share = params.mix.domain_share if args.mixture_share is None else args.mixture_share
    args.seed = params.seed if args.seed is None else args.seed
    if args.anchored_upweight is None:
        args.anchored_upweight = base.domain_upweight
    if not (args.mix / TRAIN).exists():
        sys.exit(f"no mix output at {args.mix}: run `dvc repro mix` first")
    docs = list(store.read_documents(args.mix / TRAIN))
    frontier = Frontier(
        docs,
        heldout_texts(args.mix / HELDOUT),
        vocab,
        mixture_share=args.mixture_share,
        seed=args.seed,
        folds=args.folds,
    )

    def joint(w: float) -> TokenizerParams:
        return base.model_copy(update={"domain_upweight": w, "extension_share": 0.0})

    def anchored(share: float) -> TokenizerParams:
        return base.model_copy(update={"domain_upweight": args.anchored_upweight, "extension_share": share})

    settings = [("joint", w, joint(w)) for w in args.weights] + [
        ("anchored", s, anchored(s)) for s in args.shares
    ]
    print(
        f"vocabulary {vocab}, mixture domain share {args.mixture_share}, {args.folds} folds; "
        f"targets: saving >= {SAVING_TARGET:.0%} (each >= 5%), penalty <= {PENALTY_TARGET:.0%}"
    )
    print(f"{'way':9} {'knob':>6} {'saving':>7} {'min':>6} {'pen.heldout':>11} {'pen.cv':>7} {'cv.max':>7}")
    points = []
    start = time.perf_counter()
    for way, knob, p in settings:
        point = frontier.measure(way, knob, p)
        points.append(point)
        print(
            f"{way:9} {knob:6.3g} {point.saving_mean:7.2%} {point.saving_min:6.1%} "
            f"{point.penalty_heldout:11.2%} {point.penalty_cv:7.2%} {point.penalty_cv_max:7.2%}",
            flush=True,
        )
    configured = frontier.measure(
        "params.yaml",
        base.extension_share or base.domain_upweight,
        base.model_copy(update={"vocab_size": vocab}),
    )
    print(
        f"params.yaml: domain_upweight {base.domain_upweight:g}, extension_share {base.extension_share:g}: "
        f"saving {configured.saving_mean:.2%} (min {configured.saving_min:.1%}), general penalty "
        f"{configured.penalty_heldout:.2%} held out, {configured.penalty_cv:.2%} cross-validated "
        f"(worst fold {configured.penalty_cv_max:.2%})"
    )
    plot(points, configured, vocab, args.plot)
    print(f"plot: {args.plot}  ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
