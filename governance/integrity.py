"""Artifact hashes: the report lists the sha256 of every pipeline output; `charter verify` recomputes them.

Paths are relative to the pipeline output root, so a report can be checked wherever the data is restored.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from core.errors import CharterError

# Not artifacts: datatrove's run logs carry timestamps, and the report cannot hash the files that list hashes.
SKIP_DIRS = {"logs", "__pycache__"}
SELF = ("report/report.json", "report/report.html")


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def artifact_paths(data: Path) -> list[Path]:
    data = Path(data)
    paths = []
    for path in sorted(data.rglob("*")):
        rel = path.relative_to(data)
        if path.is_file() and not SKIP_DIRS & set(rel.parts[:-1]) and rel.as_posix() not in SELF:
            paths.append(path)
    return paths


def artifact_hashes(data: Path) -> list[dict]:
    data = Path(data)
    return [
        {"path": p.relative_to(data).as_posix(), "sha256": sha256_file(p), "bytes": p.stat().st_size}
        for p in artifact_paths(data)
    ]


def verify(report_json: Path, data: Path) -> dict:
    """Recompute every listed hash; the result names each changed or missing file."""
    report_json, data = Path(report_json), Path(data)
    if not report_json.exists():
        raise CharterError(f"no report at {report_json}: run the report stage first")
    listed = json.loads(report_json.read_text()).get("artifacts")
    if not listed:
        raise CharterError(f"{report_json} lists no artifacts to verify")
    changed, missing = [], []
    for entry in listed:
        path = data / entry["path"]
        if not path.exists():
            missing.append(entry["path"])
        elif path.stat().st_size != entry["bytes"] or sha256_file(path) != entry["sha256"]:
            changed.append(entry["path"])
    return {"checked": len(listed), "changed": changed, "missing": missing, "ok": not changed and not missing}


def verify_command(*, report: Path, data: Path) -> dict:
    """`charter verify`: every listed hash recomputed; a CharterError names each changed or missing file."""
    result = verify(report, data)
    if not result["ok"]:
        names = [f"changed: {p}" for p in result["changed"]] + [f"missing: {p}" for p in result["missing"]]
        raise CharterError(
            f"{len(names)} of {result['checked']} artifacts differ from the report: " + ", ".join(names)
        )
    return {"verified": result["checked"]}
