"""What ingest would read, as one small file DVC can hash: the `fingerprint` stage.

Registered sources may live outside the repository (`/secure/exports/...`), where `dvc.yaml` cannot list
them. The fingerprint stage runs on every `dvc repro` (`always_changed`) and writes, per source, every file
ingest reads (as ids name it: its relative path, or its keyed hash), its size and the sha256 of its content,
the links it refuses and how many files of another format it leaves; plus any extra file named with
`--extra`. Ingest depends on this file, so an owner's change, addition or deletion re-runs ingest, and a
repro with nothing changed re-runs nothing after this stage.

Registered models (`models:`, the bases of continued pretraining) are inputs too: with `--models-out` the
stage writes every file of each local model folder, its size and content hash, to a second file that the stages
reading a base depend on, so a retrained or replaced base re-runs them (a hub id is recorded as such).

Modification times decide only whether a file is hashed again (a local cache keyed by path, size, mtime,
ctime and inode; paths appear there only hashed); they are not part of the fingerprint, so a fresh clone or
a `touch` does not re-run ingest.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from core.config import IngestParams, load_params
from core.registry import Registry, load_registry
from corpus.identity import file_name_key
from corpus.listing import label_of, listing_of

CACHE_FILE = ".hash_cache.json"


def content_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class HashCache:
    """sha256 of file contents, reused while a file's path, size, mtime, ctime and inode are unchanged."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.old = json.loads(path.read_text()) if path.exists() else {}
        except (OSError, ValueError):
            self.old = {}
        self.new: dict[str, str] = {}

    def hash(self, path: Path) -> tuple[int, str]:
        st = path.stat()
        stamp = (
            f"{path.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\0{st.st_dev}"
        )
        key = hashlib.sha256(stamp.encode("utf-8", "surrogateescape")).hexdigest()
        digest = self.old.get(key) or content_hash(path)
        self.new[key] = digest
        return st.st_size, digest

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.new, sort_keys=True))
        os.replace(tmp, self.path)


def fingerprint(registry: Registry, params: IngestParams, extra: list[Path], cache: HashCache) -> dict:
    sources = {}
    for source in registry.sources:
        root = registry.resolve(source)
        entry: dict = {"path": source.path, "format": source.format}
        if not root.exists():
            sources[source.id] = entry | {"missing": True}
            continue
        key = file_name_key(source, params)
        listing = listing_of(registry, source)
        files = []
        for path in listing.files:
            size, digest = cache.hash(path)
            files.append({"file": label_of(root, path, key), "bytes": size, "sha256": digest})
        sources[source.id] = entry | {
            "files": sorted(files, key=lambda f: str(f["file"])),
            "refused_links": sorted(label_of(root, p, key) for p, _ in listing.refused),
            "files_of_another_format": len(listing.ignored),
        }
    extras = {}
    for path in extra:
        if path.is_file():
            size, digest = cache.hash(path)
            extras[str(path)] = {"bytes": size, "sha256": digest}
        else:
            extras[str(path)] = {"missing": True}
    return {"sources": sources, "extra": extras}


def fingerprint_models(registry: Registry, cache: HashCache) -> dict:
    """Per registered model: each file of its folder (not below it) with size and hash, or its hub id."""
    found: dict[str, dict] = {}
    for model in registry.models:
        location = registry.model_location(model)
        entry: dict = {"path": model.path}
        if isinstance(location, str):
            found[model.id] = entry | {"hub": location}
        elif not location.is_dir():
            found[model.id] = entry | {"missing": True}
        else:
            files = []
            for path in sorted(p for p in location.iterdir() if p.is_file()):
                size, digest = cache.hash(path)
                files.append({"file": path.name, "bytes": size, "sha256": digest})
            found[model.id] = entry | {"files": files}
    return found


def run_fingerprint(
    registry: Registry, params: IngestParams, out: Path, extra: list[Path], models_out: Path | None = None
) -> dict:
    cache = HashCache(Path(out).parent / CACHE_FILE)
    result = fingerprint(registry, params, extra, cache)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    if models_out is not None:
        Path(models_out).parent.mkdir(parents=True, exist_ok=True)
        models = fingerprint_models(registry, cache)
        Path(models_out).write_text(json.dumps(models, indent=2, sort_keys=True) + "\n")
    cache.save()
    n_files = sum(len(s.get("files", [])) for s in result["sources"].values())
    return {"sources": len(result["sources"]), "files": n_files, "extra": len(extra), "out": str(out)}


def fingerprint_command(
    *, params: Path, sources: Path, extra: list[Path], out: Path, models_out: Path | None
) -> dict:
    """`charter fingerprint`: the stage."""
    return run_fingerprint(load_registry(sources), load_params(params).ingest, out, extra, models_out)
