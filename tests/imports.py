"""The project modules a module imports, transitively, read from the source (nothing is imported).

Every import statement counts, those inside functions included: a stage's lazy imports run when the stage
does. Importing `a.b.c` also runs `a/__init__.py` and `a/b/__init__.py`, so they count too. Imports under
`if TYPE_CHECKING:` do not run and do not count. Modules found by name at run time (`importlib`) are not
seen: a stage lists those files in `dvc.yaml` itself.
"""

from __future__ import annotations

import ast
from pathlib import Path


def module_file(root: Path, name: str) -> Path | None:
    """The file of module `name` under `root`, or None for a module from outside the project."""
    base = root.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported_names(name: str, path: Path) -> set[str]:
    """Every module name `path` (module `name`) may import: `from a import b` may mean module `a.b`."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    parts = package.split(".")[: len(package.split(".")) - child.level + 1]
                    module = ".".join([*parts, child.module] if child.module else parts)
                else:
                    module = child.module or ""
                found.add(module)
                found.update(f"{module}.{alias.name}" for alias in child.names)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    return found


def import_closure(root: Path, start: str) -> dict[str, Path]:
    """Module name -> file of every project module importing `start` may run, `start` included."""
    seen: dict[str, Path] = {}
    todo = [start]
    while todo:
        parts = todo.pop().split(".")
        for i in range(1, len(parts) + 1):  # a.b.c runs a, then a.b, then a.b.c
            name = ".".join(parts[:i])
            if name in seen:
                continue
            path = module_file(root, name)
            if path is None:
                continue
            seen[name] = path
            todo.extend(imported_names(name, path))
    return seen


def uncovered(files: list[Path], deps: list[str], root: Path) -> list[str]:
    """The files (relative to `root`) no dep names, as the file or a folder holding it."""
    listed = [Path(d) for d in deps]
    missing = []
    for path in files:
        rel = path.relative_to(root)
        if not any(rel == d or d in rel.parents for d in listed):
            missing.append(rel.as_posix())
    return sorted(missing)
