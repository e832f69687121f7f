"""`charter purge`: remove what an erasure leaves behind once `dvc repro` has rebuilt without the documents.

The rebuilt pipeline holds no erased text, but earlier runs do: DVC cache objects of the workspace's old
outputs and of experiments, run-cache entries and experiment refs that point at them, resumable checkpoints
trained on the old shards, leftovers of killed runs (`.work/` folders, logs) and dropped folders written by
an older Charter. The purge finds them with the scan of `verify-erasure`, follows DVC's records of which run
read which object (so a model or tokenizer trained on erased text goes too, though no scan can read text in
weights), and removes them. It never removes what the workspace's `dvc.lock` points at: if that still holds
erased text, the rebuild has not happened and the purge stops before removing anything.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from core import store
from core.erasure_requests import ErasureList
from core.errors import CharterError
from governance.erasure import stores
from governance.erasure.documents import ErasedSet
from governance.erasure.fingerprint import text_fingerprints
from governance.erasure.proof import FullScan

WORK_DIR, LOGS, DROPPED = ".work", "logs", "dropped"


@dataclass
class Purged:
    cache_objects: list[str] = field(default_factory=list)
    cache_bytes: int = 0
    run_cache_entries: list[str] = field(default_factory=list)
    experiment_refs: list[str] = field(default_factory=list)
    checkpoints: list[str] = field(default_factory=list)
    workspace: list[str] = field(default_factory=list)  # leftovers of killed runs, logs, temp experiments
    dropped_rewritten: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "cache_objects": len(self.cache_objects),
            "cache_bytes": self.cache_bytes,
            "run_cache_entries": len(self.run_cache_entries),
            "experiment_refs": self.experiment_refs,
            "checkpoints": self.checkpoints,
            "workspace": self.workspace,
            "dropped_rewritten": self.dropped_rewritten,
        }


def tainted_objects(scan: FullScan) -> set[str]:
    """Cache objects holding erased text, directory manifests holding one, and what a DVC-recorded run built
    from one (transitively): md5s, with '.dir' for manifests.

    Lineage condemns an object only if no run built it from clean inputs: an output the erasure does not
    change (the general held-out text when a medical source is erased) has the same md5 before and after, and
    the run after the erasure shows it can be made without the erased text. Content hits always count.
    """
    manifests = stores.manifests(scan.objects)
    hits = set(scan.cache_hits)
    clean: set[str] = set()
    while True:
        tainted = _lineage(hits, clean, manifests, scan.records)
        built_clean = {
            md5 for r in scan.records if not tainted.intersection(r.deps.values()) for md5 in r.outs.values()
        }
        members = {e["md5"] for m in built_clean if m in manifests for e in manifests[m]}
        now_clean = (built_clean | members) - hits
        if now_clean == clean:  # grows monotonically (less taint, more clean runs), so this ends
            return tainted
        clean = now_clean


def _lineage(
    hits: set[str], clean: set[str], manifests: dict[str, list[dict]], records: list[stores.RunRecord]
) -> set[str]:
    tainted = set(hits)
    changed = True
    while changed:
        changed = False
        for manifest, entries in manifests.items():
            if manifest not in tainted and any(e["md5"] in tainted for e in entries):
                tainted.add(manifest)
                changed = True
        for record in records:
            if tainted.intersection(record.deps.values()):
                for md5 in record.outs.values():
                    if md5 not in tainted and md5 not in clean:
                        tainted.add(md5)
                        changed = True
    for manifest in [m for m in tainted if m in manifests]:
        tainted.update(e["md5"] for e in manifests[manifest] if e["md5"] not in clean)
    return tainted


def workspace_objects(scan: FullScan) -> set[str]:
    """What the workspace's dvc.lock points at (outputs and their members): never purged."""
    manifests = stores.manifests(scan.objects)
    kept = {md5 for r in scan.records if r.origin == "workspace dvc.lock" for md5 in r.outs.values()}
    return kept | {e["md5"] for m in kept if m in manifests for e in manifests[m]}


def _rewrite_dropped(path: Path, erased: ErasedSet) -> None:
    """A dropped folder's file with every private or erased document reduced to its tombstone."""
    lines = []
    for doc in store.read_file(path):
        erased_doc = erased.holds(doc.id, doc.metadata.get("sha256"), doc.metadata.get("source"))
        record = store.tombstone(doc) if erased_doc or not store.keeps_text(doc) else None
        if record is None:
            record = {"id": doc.id, "text": doc.text, "metadata": doc.metadata}
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    tmp = path.with_name(path.name + ".purge.tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(path)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def _owning(path: Path, name: str) -> Path | None:
    """The folder named `name` (or, for .work, the run folder inside it) that holds `path`."""
    for parent in path.parents:
        if parent.name == name:
            return parent
        if parent.parent.name == name and name == WORK_DIR:
            return parent
    return None


def purge(scan: FullScan, dry_run: bool = False) -> dict:
    """Remove every copy `scan` found outside the workspace's current outputs; say what was removed."""
    purged = Purged()
    data = scan.data
    keep = workspace_objects(scan)
    tainted = tainted_objects(scan)
    in_use = sorted(keep & tainted)
    outputs_with_copies = [
        p
        for p in scan.data_hits
        if not any(_owning(p, n) for n in (WORK_DIR, LOGS, DROPPED))
        and stores.CHECKPOINTS.parts[-1] not in p.parts
    ]
    if in_use or outputs_with_copies:
        named = [str(p.relative_to(data.parent)) for p in outputs_with_copies] + [
            f"{scan.names.get(m, m)} (dvc.lock)" for m in in_use
        ]
        raise CharterError(
            f"the current pipeline outputs still hold erased documents ({', '.join(named[:5])}"
            f"{' ...' if len(named) > 5 else ''}): run `dvc repro` first, then `charter purge`; nothing was removed"
        )

    for path in scan.data_hits:
        if work := _owning(path, WORK_DIR):
            if work.exists() and str(work) not in purged.workspace:
                purged.workspace.append(str(work.relative_to(data.parent)))
                if not dry_run:
                    _remove(work)
        elif _owning(path, LOGS):
            purged.workspace.append(str(path.relative_to(data.parent)))
            if not dry_run:
                _remove(path)
        elif _owning(path, DROPPED):
            purged.dropped_rewritten.append(str(path.relative_to(data.parent)))
            if not dry_run:
                _rewrite_dropped(path, scan.erased)
    for step in scan.stale:
        purged.checkpoints.append(str(step.relative_to(data.parent)))
        if not dry_run:
            _remove(step)
    tmp_exps = scan.repo / ".dvc" / "tmp" / "exps"
    for path in scan.tmp_hits:
        top = next((p for p in path.parents if p.parent == tmp_exps), path)
        if str(top) not in purged.workspace and top.exists():
            purged.workspace.append(str(top.relative_to(scan.repo)))
            if not dry_run:
                _remove(top)

    for obj in scan.objects:
        if obj.md5 in tainted and obj.md5 not in keep:
            purged.cache_objects.append(obj.md5)
            purged.cache_bytes += obj.path.stat().st_size
            if not dry_run:
                obj.path.unlink()
    if scan.cache is not None:
        for entry in stores.run_cache_entries(scan.cache):
            record = next(
                (r for r in scan.records if r.origin == f"run-cache {entry.relative_to(scan.cache)}"), None
            )
            if record and tainted.intersection([*record.deps.values(), *record.outs.values()]):
                purged.run_cache_entries.append(str(entry.relative_to(scan.cache)))
                if not dry_run:
                    entry.unlink()
    refs = {
        r.origin.removeprefix("experiment ")
        for r in scan.records
        if r.origin.startswith("experiment ") and tainted.intersection([*r.deps.values(), *r.outs.values()])
    }
    for ref in sorted(refs | scan.experiment_hits):
        purged.experiment_refs.append(ref)
        if not dry_run:
            stores.git(scan.repo, "update-ref", "-d", ref)
    return purged.as_dict() | {"dry_run": dry_run}


def run_purge(repo: Path, data: Path, erasure: ErasureList, erased: ErasedSet, dry_run: bool = False) -> dict:
    if not erasure:
        raise CharterError("the erasure file holds no requests: there is nothing to purge")
    scan = FullScan(repo, data, erased, text_fingerprints(erased.texts, erased.retained)).run()
    return purge(scan, dry_run)


def purge_command(
    *, params: Path, sources: Path, instructions: Path, data: Path, repo: Path, dry_run: bool
) -> dict:
    """`charter purge`: the erasure list `params` names and the documents it erases, read from the
    registered sources; then `run_purge`."""
    from governance.erasure.proof import registered_erasure

    erasure, erased = registered_erasure(params, sources, instructions, data)
    return run_purge(repo, data, erasure, erased, dry_run=dry_run) | {"next": "charter verify-erasure"}
