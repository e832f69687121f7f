"""Tools stay out of the runtime: the data-building code of tools/ (and the benchmarks' baselines) is neither
installed with Charter, nor imported by it, nor a dependency of any stage; and the decision memo's wording is
a dependency of the one stage that writes the memo. Checked on dvc.yaml as written, and by `dvc status` in
a copy of the repository where a tool and the memo are edited."""

from __future__ import annotations

import ast
import contextlib
import importlib
import importlib.util
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from dvc.repo import Repo
from setuptools import find_packages

REPO = Path(__file__).resolve().parents[1]
OUTSIDE = ("tools", "benchmarks")
REPORT = REPO / "governance" / "report" / "build.py"
MEMO_STAGE = "report"


def memo_module() -> Path:
    """The file whose wording is the memo: wherever the report stage's builder takes `decision_memo` from
    (read from its imports, not by importing it: the report's imports are the whole pipeline's)."""
    for node in ast.walk(ast.parse(REPORT.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and any(a.name == "decision_memo" for a in node.names):
            spec = importlib.util.find_spec(node.module or "")
            assert spec is not None and spec.origin, node.module
            return Path(spec.origin).resolve().relative_to(REPO)
        if isinstance(node, ast.FunctionDef) and node.name == "decision_memo":
            return REPORT.relative_to(REPO)
    raise AssertionError(f"{REPORT} neither defines nor imports decision_memo: where is the memo written?")


MEMO = memo_module()


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def runtime_packages() -> list[str]:
    include = _pyproject()["tool"]["setuptools"]["packages"]["find"]["include"]
    return find_packages(where=str(REPO), include=include)


def stage_deps(root: Path) -> dict[str, list[Path]]:
    """Every stage of every dvc.yaml under `root` -> its dependency paths, relative to `root`, as DVC
    resolves them (`../model/fit.py` of scaling/dvc.yaml is model/fit.py)."""
    with contextlib.chdir(root), contextlib.closing(Repo(".")) as repo:
        return {
            s.addressing: [Path(d.fs_path).resolve().relative_to(root.resolve()) for d in s.deps]
            for s in repo.index.stages
        }


def covers(dep: Path, path: Path) -> bool:
    """A dependency on `dep` re-runs its stage when `path` changes (a folder dep covers what it holds)."""
    return path == dep or dep in path.parents


def overlaps(dep: Path, folder: Path) -> bool:
    """`dep` lies in `folder` or holds it."""
    return covers(dep, folder) or covers(folder, dep)


def test_the_wheel_installs_no_tool():
    packages = runtime_packages()
    assert {"core", "charter", "eval_suites", "domain", "governance", "model"} <= set(packages)
    assert not [p for p in packages if p.split(".")[0] in OUTSIDE]


def test_no_runtime_module_imports_a_tool():
    offenders = []
    for package in runtime_packages():
        for path in sorted((REPO / package.replace(".", "/")).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom) and not node.level
                    else []
                )
                offenders += [f"{path.relative_to(REPO)}: {n}" for n in names if n.split(".")[0] in OUTSIDE]
    assert not offenders, (
        f"runtime modules import tools (tools import the runtime, never the reverse): {offenders}"
    )


def test_no_stage_depends_on_a_tool():
    deps = stage_deps(REPO)
    assert "report" in deps and "scaling/dvc.yaml:scaling_fit" in deps
    reaching = {
        stage: [str(d) for d in ds if any(overlaps(d, Path(outside)) for outside in OUTSIDE)]
        for stage, ds in deps.items()
    }
    assert not {s: d for s, d in reaching.items() if d}, f"stages depend on {' or '.join(OUTSIDE)}"


def test_only_the_stage_that_writes_the_memo_depends_on_its_wording():
    deps = stage_deps(REPO)
    assert {stage for stage, ds in deps.items() if any(covers(d, MEMO) for d in ds)} == {MEMO_STAGE}


# ------------------------------------------------------------------ dvc status in a copy of the repository


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    """The repository's files (no data/, no .git) with a dvc.lock recorded from them, as if every stage had
    just run: each code and file dependency's hash is the current one; data outputs are absent."""
    root = tmp_path_factory.mktemp("repo")
    listed = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for name in filter(None, listed.split("\0")):
        if (REPO / name).is_file():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, root / name)
    (root / ".dvc" / "config.local").write_text("[core]\n    no_scm = true\n")
    with contextlib.chdir(root), contextlib.closing(Repo(".")) as repo, repo.lock:
        stages = list(repo.index.stages)
        lockfiles: dict = {}
        for stage in stages:
            stage.save(allow_missing=True, run_cache=False)
            lockfiles.setdefault(stage.dvcfile._lockfile, []).append(stage)
        for lockfile, its_stages in lockfiles.items():
            lockfile.dump_stages(its_stages)
    assert rerun(root) == {}, "a freshly recorded dvc.lock should leave no file dependency changed"
    return root


def rerun(root: Path) -> dict[str, set[str]]:
    """Stage -> the dependencies `dvc status` finds changed, data outputs of other stages (absent from the
    copy, so 'deleted') left aside."""
    # Stage names as DVC prints them from the repository's root: `report`, `scaling/dvc.yaml:scaling_fit`.
    with contextlib.chdir(root), contextlib.closing(Repo(".")) as repo:
        status = repo.status()
    changed: dict[str, set[str]] = {}
    for stage, entries in status.items():
        for entry in entries:
            if isinstance(entry, dict):
                found = {p for p, how in entry.get("changed deps", {}).items() if how != "deleted"}
                if found:
                    changed.setdefault(stage, set()).update(found)
    return changed


def edited(root: Path, paths: list[Path]) -> dict[str, set[str]]:
    """What `dvc status` would re-run once `paths` (relative to `root`) are edited; the copy is restored."""
    try:
        for path in paths:
            with (root / path).open("a", encoding="utf-8") as f:
                f.write("\n# edited\n")
        return rerun(root)
    finally:
        for path in paths:
            shutil.copy2(REPO / path, root / path)


def test_dvc_status_reruns_nothing_when_every_tool_is_edited(copy):
    tools = sorted(p.relative_to(copy) for p in (copy / "tools").rglob("*.py"))
    assert len(tools) > 10
    # And what the tools write beside the data that no stage reads: the instruction folders' ATTRIBUTION.md.
    notes = sorted(p.relative_to(copy) for p in (copy / "domain").glob("*/data/instructions/ATTRIBUTION.md"))
    assert notes
    assert edited(copy, tools + notes) == {}


def test_dvc_status_reruns_only_the_report_when_the_memo_is_reworded(copy):
    assert edited(copy, [MEMO]) == {MEMO_STAGE: {MEMO.as_posix()}}


def test_dvc_status_sees_an_edit_of_the_code_a_stage_runs(copy):
    # The check can fail: an edit of evaluate's own module re-runs both evaluation stages, and only for it.
    changed = edited(copy, [Path("eval_suites/evaluate.py")])
    assert {"evaluate", "evaluate_sft"} <= set(changed)
    assert all(found == {"eval_suites/evaluate.py"} for found in changed.values())


@pytest.mark.parametrize(
    "module",
    ["tools.packs.samples", "tools.packs.private", "tools.eval_items.prepare", "tools.sft_instructions"],
)
def test_each_data_tool_runs_as_the_command_its_help_names(module, capsys):
    main = importlib.import_module(module).main
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: python -m {module} ")
