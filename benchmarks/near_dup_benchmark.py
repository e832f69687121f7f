"""Near-duplicate detection: precision and recall on labelled pairs, and survivor stability.

Labelled set, built deterministically (seeded) from real text shipped in `domain/*/data`, cut into passages
of `--words` words:
  positives   a passage and a copy with a share of its words edited (substituted, deleted or inserted), at
              each edit rate in `--rates`; every pair uses its own passage.
  negatives   distinct near-neighbours that must not match:
              template  the same boilerplate (40% of the words, from one real passage) around different bodies
              facts     the same passage with its facts changed: numbers, capitalised and long words replaced
                        (passages where such words are at least 20% of the text)
              adjacent  consecutive passages of the same document (same author, topic and vocabulary)
              family    one template (half the words) shared by `--pairs` documents, every pair of them
Documents are spread over three sources of different priority, in several input files.

The curate stage's own dedup (`corpus.curate.dedup.deduplicate`, datatrove MinHash + id clustering) runs on
the set twice with one task and once with `--tasks` tasks. A pair counts as detected when both documents end
in the same cluster. Precision at an edit rate counts that rate's detected positives against every detected
pair that is not a labelled positive (negatives and accidental matches alike).

    python benchmarks/near_dup_benchmark.py             # the MinHash settings of params.yaml
    python benchmarks/near_dup_benchmark.py --n-grams 5 --buckets 14 --hashes-per-bucket 8
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import time
from itertools import combinations, islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from datatrove.data import Document  # noqa: E402

from core import store  # noqa: E402
from core.config import ExecutorParams, load_params  # noqa: E402
from core.stage import StageRun  # noqa: E402
from corpus.curate.dedup import SURVIVORS, deduplicate, minhash_config, read_survivors  # noqa: E402

SAMPLES = [
    "domain/general/data/wikitext2/wikitext2-valid-articles.jsonl",
    "domain/general/data/gutenberg/3261-news-from-nowhere.jsonl",
    "domain/legal/data/court-opinions",
    "domain/legal/data/cuad",
    "domain/medical/data/pubmedqa",
    "domain/medical/data/medquad",
    "domain/finance/data/tatqa/tatqa-dev-contexts.jsonl",
]
SOURCES = {"src-high": 2, "src-mid": 1, "src-low": 0}
RATES = (0.01, 0.03, 0.05, 0.10, 0.20)
_FACT = re.compile(r"^(\d.*|[A-Z].*|\w{8,}.*)$")
# A passage that is mostly template with a few facts changed is an edited copy, not a distinct document.
MIN_FACT_SHARE = 0.2


def documents_of_samples(repo: Path) -> list[list[str]]:
    """The words of every shipped sample document, in file order."""
    docs = []
    for rel in SAMPLES:
        root = repo / rel
        files = [root] if root.is_file() else sorted(root.rglob("*.jsonl"))
        for path in files:
            for line in path.read_text(encoding="utf-8").splitlines():
                text = json.loads(line).get("text", "") if line.strip() else ""
                words = text.split()
                if words:
                    docs.append(words)
    return docs


def passages(docs: list[list[str]], n_words: int) -> list[list[list[str]]]:
    """Each document cut into consecutive passages of n_words (the tail dropped).

    The samples repeat themselves in places (boilerplate answers, standard clauses): a passage sharing more
    than 5% of its word 5-grams with an earlier one is left out, so unlabelled pairs are truly unrelated.
    """
    owner: dict[tuple[str, ...], int] = {}
    out = []
    for d in docs:
        kept = []
        for i in range(0, len(d) - n_words + 1, n_words):
            words = d[i : i + n_words]
            grams = {tuple(w.lower() for w in words[j : j + 5]) for j in range(len(words) - 4)}
            if sum(g in owner for g in grams) > 0.05 * len(grams):
                continue
            for g in grams:
                owner.setdefault(g, len(out))
            kept.append(words)
        out.append(kept)
    return out


def edit(words: list[str], rate: float, vocab: list[str], rng: random.Random) -> list[str]:
    """Edits round(rate x len) distinct word positions: substitute, delete or insert, chosen at random."""
    out = list(words)
    positions = sorted(rng.sample(range(len(words)), max(1, round(rate * len(words)))), reverse=True)
    for i in positions:
        op = rng.choice(("sub", "del", "ins"))
        if op == "sub":
            out[i] = rng.choice(vocab)
        elif op == "del":
            del out[i]
        else:
            out.insert(i + 1, rng.choice(vocab))
    return out


def fact_share(words: list[str]) -> float:
    return sum(bool(_FACT.match(w)) for w in words) / len(words)


def change_facts(words: list[str], vocab: list[str], rng: random.Random) -> list[str]:
    return [rng.choice(vocab) if _FACT.match(w) else w for w in words]


def build_set(n_pairs: int, n_words: int, seed: int) -> tuple[list[Document], dict[tuple[str, str], str]]:
    """Documents and labelled pairs: {(id_a, id_b): 'pos@0.03' | 'neg:template' | ...}."""
    rng = random.Random(seed)
    by_doc = [p for p in passages(documents_of_samples(REPO), n_words) if p]
    rng.shuffle(by_doc)
    adjacent = [ps[:2] for ps in by_doc if len(ps) >= 2][:n_pairs]
    used = {id(p) for ps in adjacent for p in ps}
    singles = [p for ps in by_doc for p in ps if id(p) not in used]
    rng.shuffle(singles)
    vocab = sorted({w for p in singles for w in p if w.isalpha()})
    pool = iter(singles)
    docs: list[Document] = []
    labels: dict[tuple[str, str], str] = {}

    def add(words: list[str]) -> str:
        source = rng.choice(sorted(SOURCES))
        doc_id = f"{source}/doc{rng.randrange(10**9):09d}"
        docs.append(Document(text=" ".join(words), id=doc_id, metadata={"source": source}))
        return doc_id

    def pair(a: list[str], b: list[str], label: str) -> None:
        labels[tuple(sorted((add(a), add(b))))] = label  # type: ignore[index]

    for rate in RATES:
        for _ in range(n_pairs):
            original = next(pool)
            pair(original, edit(original, rate, vocab, rng), f"pos@{rate:.2f}")
    for _ in range(n_pairs):
        template = next(pool)
        head, tail = template[: n_words // 5], template[n_words // 5 : 2 * n_words // 5]
        body_a, body_b = next(pool)[: 3 * n_words // 5], next(pool)[: 3 * n_words // 5]
        pair(head + body_a + tail, head + body_b + tail, "neg:template")
    for _ in range(n_pairs):
        passage = next(p for p in pool if fact_share(p) >= MIN_FACT_SHARE)
        pair(passage, change_facts(passage, vocab, rng), "neg:facts")
    for first, second in adjacent:
        pair(first, second, "neg:adjacent")
    # One template shared by a whole family (form letters, generated memos): half boilerplate, half own text.
    template = next(pool)
    head, middle, tail = (
        template[: n_words // 5],
        template[n_words // 5 : 2 * n_words // 5],
        template[-n_words // 10 :],
    )
    family = [
        add(head + b[: n_words // 4] + middle + b[n_words // 4 : n_words // 2] + tail)
        for b in islice(pool, n_pairs)
    ]
    for a, b in combinations(sorted(family), 2):
        labels[(a, b)] = "neg:family"
    return docs, labels


def run_dedup(
    docs: list[Document], work: Path, tasks: int, config, files: int = 4, min_similarity: float = 0.6
) -> dict[str, str]:
    """The curate stage's dedup over `docs` spread in `files` input files -> {id: cluster survivor}."""
    inp = work / "in"
    for i in range(files):
        store.write_documents(docs[i::files], inp, rank=i)
    run = StageRun(work / "out", ExecutorParams(), "near-dup-benchmark", tasks, str(config), min_similarity)
    deduplicate(run, inp, config, SOURCES, tasks, workers=1, min_similarity=min_similarity)
    dropped = read_survivors(run.path(SURVIVORS))
    run.finish()
    shutil.rmtree(inp)
    return {d.id: dropped[d.id][0] if d.id in dropped else d.id for d in docs}


def detected_pairs(survivor_of: dict[str, str]) -> set[tuple[str, str]]:
    clusters: dict[str, list[str]] = {}
    for doc_id, survivor in survivor_of.items():
        clusters.setdefault(survivor, []).append(doc_id)
    return {tuple(sorted(p)) for c in clusters.values() for p in combinations(c, 2)}  # type: ignore[misc]


def score(labels: dict[tuple[str, str], str], detected: set[tuple[str, str]]) -> list[dict]:
    positives = {p for p, label in labels.items() if label.startswith("pos")}
    false = detected - positives
    rows = []
    for rate in RATES:
        mine = {p for p, label in labels.items() if label == f"pos@{rate:.2f}"}
        tp = len(mine & detected)
        rows.append(
            {
                "edit_rate": rate,
                "pairs": len(mine),
                "detected": tp,
                "recall": tp / len(mine),
                "precision": tp / (tp + len(false)) if tp + len(false) else 1.0,
            }
        )
    for kind in ("template", "facts", "adjacent", "family"):
        negs = {p for p, label in labels.items() if label == f"neg:{kind}"}
        rows.append({"negatives": kind, "pairs": len(negs), "matched": len(negs & detected)})
    rows.append({"unlabelled_matches": len(false - set(labels))})
    return rows


def main(argv: list[str] | None = None) -> int:
    curate = load_params(REPO / "params.yaml").curate
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=100, help="pairs per edit rate and per negative kind")
    ap.add_argument("--words", type=int, default=200, help="words per passage")
    ap.add_argument("--tasks", type=int, default=3, help="task count of the third run")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--n-grams", type=int, default=curate.minhash_n_grams)
    ap.add_argument("--buckets", type=int, default=curate.minhash_buckets)
    ap.add_argument("--hashes-per-bucket", type=int, default=curate.minhash_hashes_per_bucket)
    ap.add_argument("--min-similarity", type=float, default=curate.minhash_min_similarity)
    args = ap.parse_args(argv)

    import logging

    from datatrove.utils.logging import logger

    logger.remove()
    logging.disable(logging.INFO)
    docs, labels = build_set(args.pairs, args.words, args.seed)
    config = minhash_config(args.n_grams, args.buckets, args.hashes_per_bucket, args.seed)
    print(
        f"{len(docs)} documents, {len(labels)} labelled pairs; MinHash {args.n_grams}-grams, "
        f"{args.buckets} bands x {args.hashes_per_bucket} hashes (threshold ~"
        f"{(1 / args.buckets) ** (1 / args.hashes_per_bucket):.2f} Jaccard), pairs verified at "
        f">= {args.min_similarity} signature agreement"
    )
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, tasks, order in (
            ("run1 tasks=1", 1, docs),
            ("run2 tasks=1", 1, docs[::-1]),
            (f"run3 tasks={args.tasks}", args.tasks, docs),
        ):
            start = time.perf_counter()
            work = Path(tmp) / name.replace(" ", "_")
            runs[name] = run_dedup(order, work, tasks, config, min_similarity=args.min_similarity)
            print(f"{name}: {time.perf_counter() - start:.1f} s")
    first = next(iter(runs.values()))
    print(f"\n{'edit rate':>9} {'pairs':>6} {'found':>6} {'recall':>7} {'precision':>9}")
    for row in score(labels, detected_pairs(first)):
        if "edit_rate" in row:
            print(
                f"{row['edit_rate']:>9.0%} {row['pairs']:>6} {row['detected']:>6} "
                f"{row['recall']:>7.3f} {row['precision']:>9.3f}"
            )
        elif "negatives" in row:
            print(f"negatives '{row['negatives']}': {row['matched']} of {row['pairs']} pairs matched")
        else:
            print(f"matches between unrelated documents: {row['unlabelled_matches']}")
    names = list(runs)
    for other in names[1:]:
        same = sum(runs[other][i] == first[i] for i in first)
        print(f"survivors {names[0]} vs {other}: {same}/{len(first)} identical")
    stable = all(runs[n] == first for n in names[1:])
    print(f"survivors identical across runs and task counts: {stable}")
    return 0 if stable else 1


if __name__ == "__main__":
    raise SystemExit(main())
