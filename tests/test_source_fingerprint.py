"""Sources outside the repository are DVC dependencies: the fingerprint stage sees an owner's change and
`dvc repro` re-runs ingest; with nothing changed it re-runs nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from core.config import IngestParams
from core.erasure_requests import SourceRequest, render
from core.registry import load_registry
from corpus.fingerprint import CACHE_FILE, HashCache, fingerprint, run_fingerprint
from tests.conftest import ENGLISH, REPO, variant


def external_source(root: Path) -> Path:
    folder = root / "secure/exports/clinic"
    folder.mkdir(parents=True)
    (folder / "a.jsonl").write_text(json.dumps({"text": variant(ENGLISH, 1)}) + "\n")
    (folder / "b.jsonl").write_text(json.dumps({"text": variant(ENGLISH, 2)}) + "\n")
    return folder


def registry_file(project: Path, folder: Path) -> Path:
    entry = {
        "id": "clinic",
        "domain": "medical",
        "path": str(folder),
        "format": "jsonl",
        "license": "LicenseRef-Proprietary-Internal",
        "owner": "test",
        "sensitivity": "private",
    }
    path = project / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": [entry]}))
    return path


def print_of(registry_path: Path, extra: list[Path] | None = None) -> dict:
    cache = HashCache(registry_path.parent / "cache.json")
    return fingerprint(load_registry(registry_path), IngestParams(), extra or [], cache)


def test_fingerprint_changes_with_content_additions_and_deletions_only(tmp_path):
    folder = external_source(tmp_path)
    registry = registry_file(tmp_path, folder)
    erasure = tmp_path / "erasure.yaml"
    before = print_of(registry, [erasure])
    assert before["extra"] == {str(erasure): {"missing": True}}
    os.utime(folder / "a.jsonl", (1, 1))  # a touch, or a fresh clone: same content, same fingerprint
    assert print_of(registry, [erasure]) == before
    (folder / "a.jsonl").write_text(json.dumps({"text": variant(ENGLISH, 3)}) + "\n")
    changed = print_of(registry, [erasure])
    assert changed != before
    (folder / "b.jsonl").unlink()
    assert [f["file"] for f in print_of(registry)["sources"]["clinic"]["files"]] == ["a.jsonl"]
    erasure.write_text(render([]))
    assert print_of(registry, [erasure])["extra"][str(erasure)]["bytes"] == len(render([]))


def test_cached_hashes_are_reused_only_while_the_file_is_untouched(tmp_path, monkeypatch):
    folder = external_source(tmp_path)
    registry = load_registry(registry_file(tmp_path, folder))
    out = tmp_path / "fp/sources.json"
    run_fingerprint(registry, IngestParams(), out, [])
    cache = json.loads((out.parent / CACHE_FILE).read_text())
    assert len(cache) == 2 and str(folder).encode() not in (out.parent / CACHE_FILE).read_bytes()
    hashed = []
    monkeypatch.setattr("corpus.fingerprint.content_hash", lambda p: hashed.append(p.name) or "x")
    run_fingerprint(registry, IngestParams(), out, [])
    assert hashed == []
    (folder / "b.jsonl").write_text(json.dumps({"text": "changed"}) + "\n")
    run_fingerprint(registry, IngestParams(), out, [])
    assert hashed == ["b.jsonl"]


def dvc(project: Path, *args: str) -> str:
    env = {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "HOME": str(project),
        "DVC_NO_ANALYTICS": "1",
        "HF_HUB_OFFLINE": "1",
    }
    done = subprocess.run(["dvc", *args], cwd=project, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done.stdout


@pytest.mark.slow
def test_dvc_repro_re_runs_ingest_when_a_source_outside_the_repository_changes(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    folder = external_source(tmp_path)
    registry_file(project, folder)
    shutil.copy2(REPO / "params.yaml", project / "params.yaml")
    shipped = yaml.safe_load((REPO / "dvc.yaml").read_text())["stages"]
    assert "data/fingerprint/sources.json" in shipped["ingest"]["deps"]
    stages = {name: dict(shipped[name]) for name in ("fingerprint", "ingest")}
    for stage in stages.values():  # the project holds the registry and params, not Charter's code
        stage["deps"] = [d for d in stage["deps"] if d in ("sources.yaml", "data/fingerprint/sources.json")]
    (project / "dvc.yaml").write_text(yaml.safe_dump({"stages": stages}, sort_keys=False))
    (project / "governance").mkdir()
    (project / "governance" / "erasure.yaml").write_text(render([]))  # params.yaml's gate.erasure_file
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    dvc(project, "init", "-q")

    dvc(project, "repro")
    assert json.loads((project / "data/ingest/stats.json").read_text())["account"]["kept"] == 2
    unchanged = dvc(project, "repro")
    assert "Running stage 'ingest'" not in unchanged
    (folder / "b.jsonl").unlink()  # the owner deletes records outside the repository
    changed = dvc(project, "repro")
    assert "Running stage 'ingest'" in changed
    assert json.loads((project / "data/ingest/stats.json").read_text())["account"]["kept"] == 1

    # An erasure file kept outside the repository (gate.erasure_file) is followed the same way.
    erasure = tmp_path / "secure/erasure.yaml"
    erasure.write_text(render([]))
    params = yaml.safe_load((project / "params.yaml").read_text())
    params["gate"]["erasure_file"] = str(erasure)
    (project / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False))
    assert "Running stage 'ingest'" in dvc(project, "repro")
    assert "Running stage 'ingest'" not in dvc(project, "repro")
    erasure.write_text(render([SourceRequest(source="clinic")]))
    assert "Running stage 'ingest'" in dvc(project, "repro")
