"""An import-linter contract the built-in ones cannot state for Charter: no import cycle between the top-level
packages (`root_packages` of `[tool.importlinter]` in pyproject.toml).

import-linter's `acyclic_siblings` looks for cycles among the children of one package; Charter's layers are
top-level packages with no common parent. A cycle breaks the layers contract too, but this one names the cycle
itself, whatever order the layers are given in. Registered under `contract_types` in pyproject.toml; a dev
tool, outside the runtime packages.
"""

from __future__ import annotations

from collections.abc import Iterable

from grimp import ImportGraph
from importlinter import Contract, ContractCheck, fields, output
from importlinter.application import contract_utils

SHOWN_IMPORTS = 5  # per package edge, in the broken-contract message


def package_edges(graph: ImportGraph, packages: Iterable[str]) -> dict[str, set[str]]:
    """For each package, the other packages any of its modules imports directly."""
    names = sorted(packages)
    return {
        a: {
            b
            for b in names
            if b != a and graph.direct_import_exists(importer=a, imported=b, as_packages=True)
        }
        for a in names
    }


def shortest_path(edges: dict[str, set[str]], start: str, goal: str) -> list[str] | None:
    paths, seen = [[start]], {start}
    while paths:
        path = paths.pop(0)
        if path[-1] == goal:
            return path
        for nxt in sorted(edges[path[-1]] - seen):
            seen.add(nxt)
            paths.append([*path, nxt])
    return None


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The shortest import cycle through each package edge that is on one, as [a, b, ..., a], each once: every
    edge a cycle needs is shown, so none is missed when the first is broken."""
    found: set[tuple[str, ...]] = set()
    for a in sorted(edges):
        for b in sorted(edges[a]):
            back = shortest_path(edges, b, a)
            if back:
                cycle = [a, *back[:-1]]
                i = cycle.index(min(cycle))  # one rotation per cycle: from its smallest name
                found.add(tuple(cycle[i:] + cycle[:i]))
    return [[*c, c[0]] for c in sorted(found)]


def imports_between(graph: ImportGraph, importer: str, imported: str) -> list[str]:
    """`module:line -> module` for every direct import from package `importer` into package `imported`."""
    found = []
    for module in sorted({importer, *graph.find_descendants(importer)}):
        for target in sorted(graph.find_modules_directly_imported_by(module)):
            if target == imported or target.startswith(imported + "."):
                for detail in graph.get_import_details(importer=module, imported=target):
                    found.append(f"{module}:{detail['line_number']} -> {target}")
    return found


class AcyclicRootsContract(Contract):
    """No two root packages import each other, directly or through other root packages.

    Options: `ignore_imports` and `unmatched_ignore_imports_alerting`, as in import-linter's own contracts.
    """

    type_name = "acyclic_roots"

    ignore_imports = fields.SetField(subfield=fields.ImportExpressionField(), required=False)
    unmatched_ignore_imports_alerting = fields.EnumField(
        contract_utils.AlertLevel, default=contract_utils.AlertLevel.ERROR
    )

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        removal = contract_utils.remove_ignored_imports_and_report(
            graph=graph,
            ignore_imports=self.ignore_imports,  # type: ignore[arg-type]
            unmatched_alerting=self.unmatched_ignore_imports_alerting,  # type: ignore[arg-type]
        )
        roots = self.session_options.get("root_packages") or [self.session_options["root_package"]]
        edges = package_edges(graph, roots)
        found = cycles(edges)
        links = sorted({(c[i], c[i + 1]) for c in found for i in range(len(c) - 1)})
        metadata = {
            "cycles": [" -> ".join(c) for c in found],
            "imports": {f"{a} -> {b}": imports_between(graph, a, b) for a, b in links},
        }
        return ContractCheck(
            kept=not found,
            warnings=list(removal.warnings),
            ignored_import_count=removal.ignored_import_count,
            metadata=metadata,
        )

    def render_broken_contract(self, check: ContractCheck) -> None:
        for cycle in check.metadata["cycles"]:
            output.print_error(f"Cycle: {cycle}")
        output.new_line()
        for link, lines in check.metadata["imports"].items():
            output.print_error(f"{link} ({len(lines)} imports):", bold=False)
            for line in lines[:SHOWN_IMPORTS]:
                output.print_error(f"    {line}", bold=False)
            if len(lines) > SHOWN_IMPORTS:
                output.print_error(f"    (and {len(lines) - SHOWN_IMPORTS} more)", bold=False)
        output.new_line()
