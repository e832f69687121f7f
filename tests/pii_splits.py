"""What the tests of the held-back PII splits read from source: the modules a generator imports (a split must
be written without Charter's recognizers or another split's templates), the families a generator declares,
and the splits the benchmark lets tuning read. Parsed, never imported: importing the international set would
load the recognizers' package."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(pattern: str) -> Iterator[tuple[Path, str]]:
    """(file, module) for every import in tools/<pattern> (a glob such as "pii_holdout4_*.py")."""
    for path in sorted((ROOT / "tools").glob(pattern)):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                yield from ((path, a.name) for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                yield path, node.module or ""


def families_in(*files: str) -> set[str]:
    """The family names in the FAMILIES table of each tools/<file>."""
    names: set[str] = set()
    for file in files:
        for node in ast.parse((ROOT / "tools" / file).read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            if any(getattr(t, "id", "") == "FAMILIES" for t in targets) and node.value is not None:
                names |= {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name) and n.id.islower()}
    return names


def benchmark_source() -> str:
    return (ROOT / "benchmarks" / "pii_benchmark.py").read_text(encoding="utf-8")


def tuning_splits() -> set[str]:
    """DEV_SPLITS of the PII benchmark: the splits whose misses it writes."""
    (assignment,) = [
        node
        for node in ast.parse(benchmark_source()).body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "DEV_SPLITS" for t in node.targets)
    ]
    return ast.literal_eval(assignment.value)
