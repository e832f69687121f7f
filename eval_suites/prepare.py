"""Derive the shipped task files from the public datasets: `python -m eval_suites.prepare --shared ../shared/data`.

Writes `eval_suites/<suite>/data/<task>.jsonl`, the upstream license texts that must travel with copies,
and each suite's ATTRIBUTION.md. The output is a pure function of the source files, the item counts and
the seed: re-running it reproduces the shipped files byte for byte (a test checks this). A user's clone
has no ../shared/data; it has these files, which is why they are committed rather than built by DVC.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

from eval_suites.derive import Item, TaskBuilder, finance, general, legal, medical
from eval_suites.suites import SUITES, SUITES_DIR

DEFAULT_SEED = 1234

BUILDERS: dict[str, tuple[TaskBuilder, ...]] = {
    "finance": finance.TASKS,
    "legal": legal.TASKS,
    "medical": medical.TASKS,
    "general": general.TASKS,
}

# Enough items that accuracy's 95% interval is about +-7 points at full size, few enough that all shipped
# eval data stays near 1 MB; the evaluate stage's `limit` takes a prefix of each file.
N_ITEMS: dict[str, int] = {
    "tatqa_mc": 200,
    "contractnli": 150,
    "pubmedqa": 150,
    "piqa": 200,
    "hellaswag": 200,
}


def write_jsonl(path: Path, items: list[Item]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")


def _attribution(suite: str, built: list[tuple[TaskBuilder, list[Item]]], seed: int) -> str:
    lines = [
        f"# Attribution: {suite} suite",
        "",
        "The items in `data/` are derived from the public datasets below by",
        f"`python -m eval_suites.prepare --shared ../shared/data` (seed {seed}); re-running it reproduces them",
        "byte for byte. Generated file: edit `eval_suites/derive/` and re-run rather than editing this.",
    ]
    for builder, items in built:
        o = builder.origin
        gold = Counter(item["gold"] for item in items)
        license_note = f" (license text: {', '.join(_license_copy(o.dataset, f) for f in o.license_files)})"
        lines += [
            "",
            f"## {builder.short}: `data/{builder.short}.jsonl`, {len(items)} items",
            "",
            f"- Dataset: {o.dataset}. {o.credit}",
            f"- Origin: {o.repo} at commit {o.commit}; {o.files}",
            f"- License: {o.license}{license_note if o.license_files else ''}",
            f"- Gold index counts: {', '.join(f'{k}: {gold[k]}' for k in sorted(gold))}",
            f"- Derivation: {o.derivation}",
        ]
    lines += [
        "",
        "## heldout_bpb",
        "",
        f"Bits-per-byte on `data/mix/heldout/{suite}.jsonl`, a pipeline output read at evaluation time; nothing",
        "of it is shipped here. Its license is that of the corpus sources it was held out from.",
        "",
    ]
    return "\n".join(lines)


def _license_copy(dataset: str, upstream_name: str) -> str:
    return f"LICENSE.{dataset}" if upstream_name.startswith("LICENSE") else upstream_name


def prepare(shared: Path, out: Path = SUITES_DIR, seed: int = DEFAULT_SEED) -> dict[str, int]:
    """Builds every suite's task files under `out`; returns the item count of each task."""
    counts: dict[str, int] = {}
    for suite, builders in BUILDERS.items():
        folder = out / suite
        built = []
        for builder in builders:
            items = builder.build(shared, N_ITEMS[builder.short], seed)
            write_jsonl(folder / "data" / f"{builder.short}.jsonl", items)
            for name in builder.origin.license_files:
                shutil.copyfile(
                    shared / builder.origin.dataset / name,
                    folder / _license_copy(builder.origin.dataset, name),
                )
            built.append((builder, items))
            counts[f"{suite}/{builder.short}"] = len(items)
        (folder / "ATTRIBUTION.md").write_text(
            _attribution(suite, built, seed), encoding="utf-8", newline="\n"
        )
    return counts


def _check_registry() -> None:
    # The registry (chance levels, data paths) and the builders must describe the same tasks.
    shipped = {(s, t.short) for s, specs in SUITES.items() for t in specs if t.data_file}
    built = {(s, b.short) for s, bs in BUILDERS.items() for b in bs}
    if shipped != built:
        raise RuntimeError(f"suites.SUITES and prepare.BUILDERS disagree: {sorted(shipped ^ built)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval_suites.prepare", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--shared", type=Path, required=True, help="root of the shared public datasets")
    parser.add_argument("--out", type=Path, default=SUITES_DIR, help="where to write (default: eval_suites/)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    _check_registry()
    try:
        counts = prepare(args.shared, args.out, args.seed)
    except (FileNotFoundError, ValueError) as e:
        print(f"prepare: error: {e}", file=sys.stderr)
        return 2
    print(json.dumps(counts, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
