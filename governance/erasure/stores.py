"""Where copies of pipeline data live besides `data/`: the DVC cache (workspace, run-cache and experiment
objects), experiment refs, and resumable training checkpoints; and which stage run made which object.

DVC records each run as deps and outs with their md5: the workspace in `dvc.lock`, every run in the
run-cache (`.dvc/cache/runs`), every experiment in the `dvc.lock` of its git ref. Those records are the
lineage from a cache object that holds erased text to everything built from it (a model trained on it holds
no text a scan can find, but it is derived from erased data all the same).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from core import artifacts as a

RUNS = "runs"
DIR_SUFFIX = ".dir"


@dataclass(frozen=True)
class CacheObject:
    path: Path
    md5: str  # with ".dir" for a directory manifest


@dataclass
class RunRecord:
    """One stage run: the md5 of what it read and of what it wrote."""

    origin: str  # "workspace dvc.lock", "run-cache <file>", "experiment <ref>"
    stage: str
    deps: dict[str, str] = field(default_factory=dict)  # path -> md5
    outs: dict[str, str] = field(default_factory=dict)


def git(repo: Path, *args: str, check: bool = True) -> str:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, timeout=60)
    if check and result.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def cache_dir(repo: Path) -> Path | None:
    """The repository's DVC cache folder (as `.dvc/config` sets it), or None outside a DVC repository."""
    repo = Path(repo)
    if not (repo / ".dvc").is_dir():
        return None
    try:
        from dvc.repo import Repo

        with Repo(str(repo)) as dvc_repo:
            return Path(dvc_repo.cache.local_cache_dir)
    except Exception:  # a broken config must not hide the default cache from the scan
        return repo / ".dvc" / "cache"


def cache_objects(cache: Path) -> Iterator[CacheObject]:
    """Every object file of the cache (`files/md5/ab/cdef...` and the DVC 2 `ab/cdef...` layout)."""
    for path in sorted(p for p in cache.rglob("*") if p.is_file()):
        rel = path.relative_to(cache).parts
        if rel[0] == RUNS or path.name.endswith((".lock", ".tmp")) or len(path.parent.name) != 2:
            continue
        yield CacheObject(path, path.parent.name + path.name)


def run_cache_entries(cache: Path) -> list[Path]:
    root = cache / RUNS
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []


def manifests(objects: list[CacheObject]) -> dict[str, list[dict]]:
    """md5.dir -> its entries ({md5, relpath}) for every directory manifest in the cache."""
    found = {}
    for obj in objects:
        if obj.md5.endswith(DIR_SUFFIX):
            try:
                entries = json.loads(obj.path.read_text())
            except (ValueError, UnicodeDecodeError):
                continue
            if isinstance(entries, list):
                found[obj.md5] = [e for e in entries if isinstance(e, dict) and "md5" in e]
    return found


def _md5(entry: dict) -> str | None:
    value = entry.get("md5") or entry.get("hash")
    return value if isinstance(value, str) else None


def _record(origin: str, stage: str, body: dict) -> RunRecord:
    record = RunRecord(origin, stage)
    for kind in ("deps", "outs"):
        for entry in body.get(kind) or []:
            md5 = _md5(entry) if isinstance(entry, dict) else None
            if md5 and entry.get("path"):
                getattr(record, kind)[entry["path"]] = md5
    return record


def lock_records(text: str, origin: str) -> list[RunRecord]:
    try:
        lock = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        return []
    stages = lock.get("stages", {}) if isinstance(lock, dict) else {}
    return [_record(origin, name, body) for name, body in stages.items() if isinstance(body, dict)]


def experiment_refs(repo: Path) -> list[tuple[str, str]]:
    """(ref name, commit) of every DVC experiment ref."""
    if not (Path(repo) / ".git").exists():
        return []
    out = git(repo, "for-each-ref", "--format=%(refname) %(objectname)", "refs/exps", check=False)
    return [tuple(line.split(" ", 1)) for line in out.splitlines() if " " in line]  # type: ignore[misc]


def run_records(repo: Path, cache: Path | None) -> list[RunRecord]:
    """Every stage run DVC remembers: the workspace lock, the run-cache and each experiment's lock."""
    records = []
    lock = Path(repo) / "dvc.lock"
    if lock.exists():
        records += lock_records(lock.read_text(), "workspace dvc.lock")
    for entry in run_cache_entries(cache) if cache else []:
        try:
            body = yaml.safe_load(entry.read_text())
        except (yaml.YAMLError, UnicodeDecodeError):
            continue
        if isinstance(body, dict):
            records.append(_record(f"run-cache {entry.relative_to(cache)}", "?", body))  # type: ignore[arg-type]
    for ref, commit in experiment_refs(repo):
        text = git(repo, "show", f"{commit}:dvc.lock", check=False)
        records += lock_records(text, f"experiment {ref}")
    return records


def experiment_blobs(repo: Path) -> Iterator[tuple[str, str, bytes]]:
    """(ref, path, content) of every file an experiment commit changed against its baseline."""
    for ref, commit in experiment_refs(repo):
        changed = git(
            repo, "diff-tree", "-r", "--no-commit-id", "--name-only", f"{commit}^", commit, check=False
        )
        for path in changed.splitlines():
            blob = subprocess.run(
                ["git", "show", f"{commit}:{path}"], cwd=repo, capture_output=True, timeout=60
            )
            if blob.returncode == 0:
                yield ref, path, blob.stdout


CHECKPOINTS = Path(a.PRETRAIN_CHECKPOINTS.path)


def stale_checkpoints(data: Path) -> list[Path]:
    """Resumable checkpoints not trained on the current training shards (`data/mixture/meta.json`): they
    may have been trained on documents erased since. A finished run's last checkpoint of the current shards
    is not stale."""
    folder = a.PRETRAIN_CHECKPOINTS.at(data)
    if not folder.is_dir():
        return []
    meta = a.MIXTURE_META.at(data)
    current = hashlib.sha256(meta.read_bytes()).hexdigest() if meta.exists() else None
    stale = []
    for step in sorted(p for p in folder.iterdir() if p.is_dir()):
        state = step / "train_state.json"
        try:
            trained_on = json.loads(state.read_text())["fingerprint"]["shards_meta_sha256"]
        except (OSError, ValueError, KeyError, TypeError):
            trained_on = None  # a partial or unreadable checkpoint: nothing says what it was trained on
        if trained_on is None or trained_on != current:
            stale.append(step)
    return stale
