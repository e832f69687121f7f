"""The import layers of docs/ARCHITECTURE.md hold: every import-linter contract of pyproject.toml passes, the
linter sees every module of the runtime packages, and the cycle contract finds a cycle when there is one."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

from tests.conftest import REPO
from tools.import_contracts import AcyclicRootsContract, cycles

CONFIG = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"]
ROOTS = CONFIG["root_packages"]
CONTRACTS = [c["id"] for c in CONFIG["contracts"]]


@pytest.mark.parametrize("contract", CONTRACTS)
def test_import_contract_holds(contract):
    linter = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run(
        [str(linter), "--no-cache", "--contract", contract],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    _, _, broken = run.stdout.partition("Broken contracts")
    assert run.returncode == 0, f"lint-imports --contract {contract}:\n{broken or run.stdout}{run.stderr}"


def test_every_module_of_the_runtime_packages_is_seen_by_the_linter():
    """A folder without __init__.py is invisible to import-linter: its imports would pass every contract."""
    graph = grimp.build_graph(*ROOTS, cache_dir=None)
    on_disk = set()
    for root in ROOTS:
        for path in (REPO / root).rglob("*.py"):
            parts = path.relative_to(REPO).with_suffix("").parts
            on_disk.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    unseen = sorted(on_disk - set(graph.modules))
    assert not unseen, f"not in the import graph (add an __init__.py to their folders): {', '.join(unseen)}"


TOY_ROOTS = ["low", "mid", "top"]


def _graph(imports: list[tuple[str, str]]) -> grimp.ImportGraph:
    graph = grimp.ImportGraph()
    for root in TOY_ROOTS:
        graph.add_module(root)
    for importer, imported in imports:
        for module in (importer, imported):
            graph.add_module(module)
        graph.add_import(
            importer=importer, imported=imported, line_number=3, line_contents=f"import {imported}"
        )
    return graph


def _check(graph: grimp.ImportGraph, **options):
    contract = AcyclicRootsContract(
        name="no cycles", session_options={"root_packages": TOY_ROOTS}, contract_options=options
    )
    return contract.check(graph, verbose=False)


def test_the_cycle_contract_names_the_cycle_and_the_imports_that_close_it():
    graph = _graph([("top.cli", "mid.stage"), ("mid.stage", "low.base"), ("low.base", "mid.paths")])
    check = _check(graph)
    assert not check.kept
    assert check.metadata["cycles"] == ["low -> mid -> low"]
    assert check.metadata["imports"] == {
        "low -> mid": ["low.base:3 -> mid.paths"],
        "mid -> low": ["mid.stage:3 -> low.base"],
    }


def test_the_cycle_contract_keeps_layered_packages_and_honours_ignored_imports():
    assert _check(_graph([("top.cli", "mid.stage"), ("mid.stage", "low.base"), ("top.cli", "low.base")])).kept
    cyclic = _graph([("mid.stage", "low.base"), ("low.base", "mid.paths")])
    assert _check(cyclic, ignore_imports=["low.base -> mid.paths"]).kept


def test_every_package_edge_on_a_cycle_is_shown():
    """Two cycles through one package: breaking the first one shown must not hide the second."""
    edges = {"a": {"b", "c"}, "b": {"a"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "a"], ["a", "c", "a"]]
