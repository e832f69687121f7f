"""Exact + MinHash dedup: edited copies are found, distinct near-neighbours are not, and the survivor of a
cluster is the same whatever the run, the input order and the task count."""

from pathlib import Path

from datatrove.data import Document

from benchmarks.near_dup_benchmark import build_set, detected_pairs, run_dedup
from corpus.curate.dedup import EXACT, NEAR, minhash_config, resolve_clusters

CONFIG = minhash_config(n_grams=5, buckets=20, hashes_per_bucket=5, seed=1234)


def test_edited_copies_are_found_and_near_neighbours_are_not(tmp_path: Path):
    docs, labels = build_set(n_pairs=6, n_words=200, seed=7)
    one_task = run_dedup(docs, tmp_path / "a", tasks=1, config=CONFIG)
    detected = detected_pairs(one_task)
    for pair, label in labels.items():
        if label in ("pos@0.01", "pos@0.03"):
            assert pair in detected, label
        if label.startswith("neg"):
            assert pair not in detected, label
    positives = {p for p, label in labels.items() if label.startswith("pos")}
    assert detected <= positives  # nothing unrelated was joined

    two_tasks = run_dedup(docs[::-1], tmp_path / "b", tasks=2, config=CONFIG)
    assert two_tasks == one_task


def test_survivor_is_highest_priority_source_then_smallest_id():
    members = {
        "low/1": ("low", "k1"),
        "high/9": ("high", "k2"),
        "high/3": ("high", "k3"),
        "low/0": ("low", "k1"),
        "other/5": ("other", "k9"),
    }
    pairs = [("low/1", "high/9"), ("high/9", "high/3")]
    dropped = resolve_clusters(members, pairs, {"high": 2, "low": 1})
    assert dropped == {
        "low/0": ("high/3", NEAR),
        "low/1": ("high/3", NEAR),
        "high/9": ("high/3", NEAR),
    }
    shuffled = dict(reversed(list(members.items())))
    assert resolve_clusters(shuffled, [(b, a) for a, b in reversed(pairs)], {"high": 2, "low": 1}) == dropped
    # Without priorities the smallest id wins; a copy of the survivor's text is an exact duplicate.
    assert resolve_clusters(members, pairs, {})["low/1"] == ("high/3", NEAR)
    assert resolve_clusters(members, pairs, {"low": 5})["low/1"] == ("low/0", EXACT)


def test_exact_duplicates_differing_in_case_and_spacing_are_one_cluster(tmp_path: Path):
    text = " ".join(f"word{i} of the passage" for i in range(60))
    docs = [
        Document(text=text, id="b/2", metadata={"source": "b"}),
        Document(text=text.upper().replace(" ", "  "), id="a/7", metadata={"source": "a"}),
        Document(text="a short note", id="a/1", metadata={"source": "a"}),
        Document(text="A  short note", id="a/3", metadata={"source": "a"}),
    ]
    survivor_of = run_dedup(docs, tmp_path, tasks=2, config=CONFIG, files=2)
    assert survivor_of == {"b/2": "a/7", "a/7": "a/7", "a/1": "a/1", "a/3": "a/1"}
