"""The code version a ledger row and the lineage report carry: the commit, marked dirty when the tree holds
uncommitted code, but not for dvc.lock, which `dvc repro` itself rewrites after each stage."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from core.ledger import DIRTY, code_version, is_dirty


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "ci@example.org")
    git(tmp_path, "config", "user.name", "CI")
    (tmp_path / "stage.py").write_text("print('stage')\n")
    (tmp_path / "dvc.lock").write_text("schema: '2.0'\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "dvc.lock").write_text("schema: '2.0'\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "start")
    monkeypatch.chdir(tmp_path)
    code_version.cache_clear()
    yield tmp_path
    code_version.cache_clear()


def test_a_clean_checkout_is_its_commit(repo: Path) -> None:
    assert code_version() == git(repo, "rev-parse", "HEAD")
    assert not is_dirty(code_version())


def test_dvc_rewriting_its_lock_file_leaves_the_tree_clean(repo: Path) -> None:
    (repo / "dvc.lock").write_text("schema: '2.0'\nstages: {}\n")
    assert code_version() == git(repo, "rev-parse", "HEAD")


@pytest.mark.parametrize("change", ["edit", "new file", "lock file elsewhere"])
def test_uncommitted_code_marks_the_tree_dirty(repo: Path, change: str) -> None:
    if change == "edit":
        (repo / "stage.py").write_text("print('changed')\n")
    elif change == "new file":
        (repo / "extra.py").write_text("x = 1\n")
    else:
        (repo / "sub" / "dvc.lock").write_text("changed\n")
    assert code_version() == git(repo, "rev-parse", "HEAD") + DIRTY


def test_it_is_read_from_the_top_of_the_tree_whatever_the_working_folder(repo, monkeypatch) -> None:
    (repo / "stage.py").write_text("print('changed')\n")
    monkeypatch.chdir(repo / "sub")
    assert is_dirty(code_version())
