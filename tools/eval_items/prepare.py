"""Derive the shipped task files from the public datasets: `python -m tools.eval_items.prepare --shared ../shared/data`.

Writes `eval_suites/<suite>/data/<task>.jsonl`, the upstream license texts that must travel with copies,
and each suite's ATTRIBUTION.md. The output is a pure function of the source files, the item counts and
the seed: re-running it reproduces the shipped files byte for byte (a test checks this). A user's clone
has no ../shared/data; it has these files, which is why they are committed rather than built by DVC.

Tasks whose license forbids shipping them in this repository (`TaskSpec.not_shipped`) are left out;
`--unshipped` builds only those, locally, into their git-ignored paths.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

from core.errors import PolicyError
from eval_suites.standard import STANDARD
from eval_suites.suites import BUILD_UNSHIPPED, SUITES, SUITES_DIR
from governance.licenses import LicensePolicy
from tools.eval_items import Item, TaskBuilder, finance, general, legal, medical, standard

DEFAULT_SEED = 1234
DEFAULT_POLICY = Path(__file__).resolve().parents[2] / "governance" / "policies" / "evaluation.yaml"
EVALUATION_USE = "evaluation"

BUILDERS: dict[str, tuple[TaskBuilder, ...]] = {
    "finance": finance.TASKS,
    "legal": legal.TASKS,
    "medical": medical.TASKS,
    "general": general.TASKS,
}

# Enough items that accuracy's 95% interval is about +-7 points at full size, few enough that all shipped
# eval data stays near 1 MB; the evaluate stage's `limit` takes a prefix of each file.
N_ITEMS: dict[str, int] = {
    "tatqa_mc": 150,
    "contractnli": 150,
    "pubmedqa": 150,
    "piqa": 200,
    "hellaswag": 200,
    "fpb": 150,
    "legalbench_hearsay": 95,
    "legalbench_proa": 95,
    "legalbench_abercrombie": 95,
    "mmlu_clinical": 150,
    "boolq": 150,
    "mmlu": 200,
}
N_STANDARD_ITEMS = 100


def write_jsonl(path: Path, items: list[Item]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")


def _not_shipped(suite: str, short: str) -> str | None:
    return next((t.not_shipped for t in SUITES.get(suite, ()) if t.short == short), None)


def _attribution(
    suite: str, built: list[tuple[TaskBuilder, list[Item]]], unshipped: list[TaskBuilder], seed: int
) -> str:
    lines = [
        f"# Attribution: {suite} suite",
        "",
        "The items in `data/` are derived from the public datasets below by",
        f"`python -m tools.eval_items.prepare --shared ../shared/data` (seed {seed}); re-running it reproduces them",
        "byte for byte. Generated file: edit `tools/eval_items/` and re-run rather than editing this.",
    ]
    for builder, items in built:
        o = builder.origin
        # lm-eval's own tasks read the Hugging Face schema, where the answer is `label`.
        gold = Counter(item["gold"] if "gold" in item else item["label"] for item in items)
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
    for builder in unshipped:
        o = builder.origin
        copies = ", ".join(f"`{_license_copy(o.dataset, f)}`" for f in o.license_files)
        lines += [
            "",
            f"## {builder.short}: not shipped",
            "",
            f"- Not in this repository: {_not_shipped(suite, builder.short)}. `{BUILD_UNSHIPPED}` builds",
            f"  `data/{builder.short}.jsonl` ({N_ITEMS[builder.short]} items){f' and {copies}' if copies else ''}"
            " locally (git-ignored); where they are absent the evaluate stage skips the task and records why.",
            f"- Dataset: {o.dataset}. {o.credit}",
            f"- Origin: {o.repo} at commit {o.commit}; {o.files}",
            f"- License: {o.license}",
            f"- Derivation: {o.derivation}",
        ]
    if suite == "standard":
        return "\n".join([*lines, ""])
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
    return f"LICENSE.{dataset}" if upstream_name.upper().startswith("LICENSE") else upstream_name


def check_licenses(policy: LicensePolicy, use: str = EVALUATION_USE) -> dict[str, str]:
    """Every dataset items are derived from must be allowed `use` by `policy`: nothing is shipped that the
    evaluate stage's gate would refuse. Returns the verdict per task; raises PolicyError on a refusal."""
    verdicts = {}
    builders = [(s, b) for s, bs in BUILDERS.items() for b in bs] + [("standard", b) for b in standard.TASKS]
    for suite, builder in builders:
        where = f"eval_suites {suite}/{builder.short} ({builder.origin.dataset})"
        verdict = policy.evaluate(builder.origin.license, use, where=where)
        if not verdict.allowed:
            raise PolicyError(f"{where}: policy '{policy.name}' refuses '{use}': {verdict.reason}")
        verdicts[f"{suite}/{builder.short}"] = verdict.reason
    return verdicts


def prepare(
    shared: Path,
    out: Path = SUITES_DIR,
    seed: int = DEFAULT_SEED,
    policy: Path = DEFAULT_POLICY,
    unshipped: bool = False,
) -> dict[str, int]:
    """Builds the shipped task files of every suite under `out` (with `unshipped`: only the files of the
    tasks the repository must not ship, and no ATTRIBUTION.md), once the evaluation policy allows every
    dataset they come from; returns the item count of each task written."""
    check_licenses(LicensePolicy.load(policy))
    counts: dict[str, int] = {}
    groups: dict[str, tuple[TaskBuilder, ...]] = {**BUILDERS, "standard": standard.TASKS}
    for suite, builders in groups.items():
        folder = out / suite
        built = []
        left_out = [b for b in builders if _not_shipped(suite, b.short)]
        for builder in builders:
            if (builder in left_out) != unshipped:
                continue
            n = N_STANDARD_ITEMS if suite == "standard" else N_ITEMS[builder.short]
            items = builder.build(shared, n, seed)
            write_jsonl(folder / "data" / f"{builder.short}.jsonl", items)
            for name in builder.origin.license_files:
                shutil.copyfile(
                    shared / builder.origin.dataset / name,
                    folder / _license_copy(builder.origin.dataset, name),
                )
            built.append((builder, items))
            counts[f"{suite}/{builder.short}"] = len(items)
        if not unshipped:
            (folder / "ATTRIBUTION.md").write_text(
                _attribution(suite, built, left_out, seed), encoding="utf-8", newline="\n"
            )
    return counts


def _check_registry() -> None:
    # The registry (chance levels, data paths) and the builders must describe the same tasks, from the same
    # upstream datasets under the same licenses: at run time only the registry is read (the license gate,
    # and decontamination by upstream dataset and item id).
    shipped = {
        (s, t.short, t.dataset, t.license) for s, specs in SUITES.items() for t in specs if t.data_file
    }
    shipped |= {("standard", t.name, t.dataset, t.license) for t in STANDARD.values()}
    groups: dict[str, tuple[TaskBuilder, ...]] = {**BUILDERS, "standard": standard.TASKS}
    built = {(s, b.short, b.origin.dataset, b.origin.license) for s, bs in groups.items() for b in bs}
    if shipped != built:
        raise RuntimeError(
            "eval_suites' registry (suites.SUITES, standard.STANDARD) and prepare.BUILDERS disagree on "
            f"(suite, task, dataset, license): {sorted(shipped ^ built)}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.eval_items.prepare", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--shared", type=Path, required=True, help="root of the shared public datasets")
    parser.add_argument("--out", type=Path, default=SUITES_DIR, help="where to write (default: eval_suites/)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--policy",
        type=Path,
        default=DEFAULT_POLICY,
        help="license policy whose `evaluation` use every set needs",
    )
    parser.add_argument(
        "--unshipped",
        action="store_true",
        help="build only the tasks whose license keeps them out of the repository (e.g. Financial "
        "PhraseBank), into their git-ignored paths, for local evaluation",
    )
    args = parser.parse_args(argv)
    _check_registry()
    try:
        counts = prepare(args.shared, args.out, args.seed, args.policy, args.unshipped)
    except (FileNotFoundError, ValueError, PolicyError) as e:
        print(f"prepare: error: {e}", file=sys.stderr)
        return 2
    print(json.dumps(counts, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
