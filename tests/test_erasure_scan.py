"""`charter verify-erasure` finds every copy of an erased document an auditor could open (any folder of
data/, the DVC cache, logs, leftovers of killed runs, resumable checkpoints), in whatever encoding, and names
it without quoting it; `charter purge` removes those copies and refuses while the current outputs hold one."""

from __future__ import annotations

import bz2
import gzip
import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from charter.cli import main
from governance.erasure.fingerprint import WINDOW
from tests.conftest import REPO
from tests.test_lineage import B0, ERASED_TEXT, pipeline_out  # noqa: F401 - the fixture

RECORD = {"id": B0, "text": ERASED_TEXT, "metadata": {"source": "b", "sensitivity": "public"}}


def cli(root: Path, command: str, *extra: str) -> int:
    params = yaml.safe_load((REPO / "params.yaml").read_text())
    params["gate"]["erasure_file"] = str(root / "erasure.yaml")
    (root / "params.yaml").write_text(yaml.safe_dump(params))
    data = root / "data"
    common = ["--params", str(root / "params.yaml"), "--sources", str(root / "sources.yaml")]
    common += ["--instructions", str(root / "none.yaml"), "--data", str(data), "--repo", str(root)]
    if command == "verify-erasure":
        common += ["--tokenizer", str(data / "tokenizer" / "tokenizer"), "--out", str(root / "proof")]
    return main([command, *common, *extra])


def cache_object(root: Path, content: bytes) -> Path:
    md5 = hashlib.md5(content).hexdigest()
    path = root / ".dvc" / "cache" / "files" / "md5" / md5[:2] / md5[2:]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def plant_copies(root: Path) -> dict[str, Path]:
    """A copy of the erased document wherever an older or interrupted run, or a careless tool, leaves one."""
    data = root / "data"
    (root / ".dvc").mkdir(exist_ok=True)
    (root / ".dvc" / "config").write_text("[core]\n    no_scm = True\n")
    # 60 characters of it, inside other text: any run of WINDOW bytes is enough.
    fragment = ERASED_TEXT[5 : 5 + 60]
    assert len(fragment.encode()) >= WINDOW
    places = {
        "dropped": data / "gate" / "dropped" / "gate" / "00000.jsonl",
        "work": data / "curate" / ".work" / "run-1" / "docs" / "00000.jsonl.gz",
        "log": data / "scrub" / "logs" / "task_00000.log",
        "checkpoint": data / "pretrain" / "checkpoints" / "step_5" / "train_state.json",
    }
    for path in places.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    places["dropped"].write_text(json.dumps(RECORD) + "\n")  # ensure_ascii: ø escaped
    places["work"].write_bytes(gzip.compress((json.dumps(RECORD) + "\n").encode(), mtime=0))
    places["log"].write_text(f"2026-01-01 | ERROR | failed on: ...{fragment}...\n")
    places["checkpoint"].write_text(json.dumps({"fingerprint": {"shards_meta_sha256": "0" * 64}}))
    places["cache_bz2"] = cache_object(root, bz2.compress(f"prefix {fragment} suffix".encode()))
    table = pa.table({"id": ["x", B0], "text": ["nothing to see", ERASED_TEXT]})
    buffer = pa.BufferOutputStream()
    pq.write_table(table, buffer)
    places["cache_parquet"] = cache_object(root, buffer.getvalue().to_pybytes())
    return places


def test_verify_erasure_finds_every_copy_and_purge_removes_them(pipeline_out, capsys):  # noqa: F811
    root = pipeline_out.parent
    assert cli(root, "verify-erasure") == 0, capsys.readouterr().err  # the pipeline itself holds no copy
    capsys.readouterr()

    places = plant_copies(root)
    output = pipeline_out / "mix" / "train" / "00000.jsonl"  # a current output with a copy
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps({"id": "other", "text": "x " + ERASED_TEXT}) + "\n")

    assert cli(root, "verify-erasure") == 2
    err = capsys.readouterr().err
    proof = json.loads((root / "proof" / "erasure_proof.json").read_text())
    found = {c["where"]: c for c in proof["scan"]["copies"]}
    rel = {k: str(p.relative_to(root)) for k, p in places.items()}
    assert rel["dropped"] in found and found[rel["dropped"]]["documents"] == [B0]
    assert f"{rel['work']} (gzip)" in found
    assert rel["log"] in found and str(output.relative_to(root)) in found
    cache_hits = [w for w in found if w.startswith("dvc cache ")]
    assert len(cache_hits) == 2 and proof["scan"]["scanned"]["dvc_cache"]["decoded"]["parquet"] == 1
    assert proof["scan"]["stale_checkpoints"] == [str(places["checkpoint"].parent)]
    assert "data/mix/train/00000.jsonl" in err and '"dvc_cache"' in err  # names copies, prints the scan
    assert "zeppelin" not in err and "zeppelin" not in json.dumps(proof)  # never quotes them

    # The current outputs still hold a copy: purge removes nothing and says to rebuild first.
    assert cli(root, "purge") == 2
    assert "run `dvc repro` first" in capsys.readouterr().err
    assert all(p.exists() for p in places.values())

    output.unlink()  # what `dvc repro` does to the current outputs
    assert cli(root, "purge") == 0
    removed = json.loads(capsys.readouterr().out)
    assert removed["cache_objects"] == 2 and removed["checkpoints"] == [rel["checkpoint"].rsplit("/", 1)[0]]
    assert removed["dropped_rewritten"] == [rel["dropped"]]
    assert not places["cache_bz2"].exists() and not places["cache_parquet"].exists()
    assert not places["log"].exists() and not (pipeline_out / "curate" / ".work" / "run-1").exists()
    (tombstone,) = [json.loads(x) for x in places["dropped"].read_text().splitlines()]
    assert tombstone["id"] == B0 and tombstone["text"] == ""
    assert cli(root, "verify-erasure") == 0, capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["utf-8", "json-escaped"])
def test_a_copy_shorter_than_the_window_is_not_claimed_but_one_of_the_window_is(pipeline_out, encoding):  # noqa: F811
    from governance.erasure.proof import verify_erasure

    root = pipeline_out.parent
    for size, expect in ((WINDOW - 1, True), (WINDOW, False)):
        piece = ERASED_TEXT.encode()[10 : 10 + size].decode("utf-8", "ignore")
        path = pipeline_out / "notes" / "n.jsonl"
        path.parent.mkdir(exist_ok=True)
        line = json.dumps({"note": piece}) if encoding == "json-escaped" else piece
        path.write_text(line + "\n")
        proof = verify_erasure(
            pipeline_out, root / "erasure.yaml", sources=[root / "sources.yaml"], repo=root, scan=True
        )
        assert proof["passed"] is expect, (size, proof["failures"])


def test_a_shard_is_read_with_the_tokenizer_dvc_records_packed_it_with(tmp_path):
    """Ids read under another tokenizer are other tokens: the scan must know which tokenizer packed a shard,
    and follows DVC's records from the tokenizer to the tokenize shards and on to the mixture's."""
    from governance.erasure.proof import packed_with
    from governance.erasure.stores import RunRecord, cache_objects

    def manifest(entries: list[tuple[str, str]]) -> str:
        content = json.dumps([{"md5": md5, "relpath": rel} for rel, md5 in entries]).encode()
        md5 = hashlib.md5(content).hexdigest() + ".dir"
        path = tmp_path / "files" / "md5" / md5[:2] / md5[2:]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        return md5

    tokenizer = manifest([("tokenizer.json", "t" * 32), ("tokenizer_config.json", "c" * 32)])
    old_tokenizer = manifest([("tokenizer.json", "o" * 32)])
    shards = manifest([("shard_00000.bin", "s" * 32)])
    old_shards = manifest([("shard_00000.bin", "x" * 32)])
    mixture = manifest([("shard_00000.bin", "m" * 32), ("shard_00001.bin", "n" * 32)])
    records = [
        RunRecord("workspace", "tokenize", {"data/tokenizer/tokenizer": tokenizer}, {"shards": shards}),
        RunRecord("run-cache", "?", {"data/tokenizer/tokenizer": old_tokenizer}, {"shards": old_shards}),
        RunRecord("workspace", "mixture", {"data/tokenize/shards": shards}, {"data/mixture/shards": mixture}),
    ]
    found = packed_with(list(cache_objects(tmp_path)), records)
    assert found == {"s" * 32: "t" * 32, "m" * 32: "t" * 32, "n" * 32: "t" * 32, "x" * 32: "o" * 32}


def test_an_output_a_clean_run_also_built_is_not_condemned_by_lineage(tmp_path):
    """Erasing a medical source leaves the general held-out file byte for byte the same: the run before the
    erasure and the run after both record it. Lineage from the old run must not condemn it (purge would
    refuse to run while the workspace uses it); the old medical file and the old run's manifest stay
    condemned, as does anything only the old run built."""
    from types import SimpleNamespace

    from governance.erasure.purge import tainted_objects
    from governance.erasure.stores import CacheObject, RunRecord

    old_docs, new_docs = "a" * 32, "b" * 32  # ingest outputs; the old one holds erased text
    general, old_medical, new_medical, old_model = "c" * 32, "d" * 32, "e" * 32, "f" * 32
    manifests = {"1" * 32 + ".dir": [general, old_medical], "2" * 32 + ".dir": [general, new_medical]}
    objects = []
    for md5, members in manifests.items():
        path = tmp_path / md5
        path.write_text(json.dumps([{"md5": m, "relpath": f"{i}.jsonl"} for i, m in enumerate(members)]))
        objects.append(CacheObject(path, md5))
    old_dir, new_dir = list(manifests)
    old_mix = RunRecord("run-cache x", "mix", {"data/scrub/docs": old_docs}, {"data/mix/heldout": old_dir})
    old_train = RunRecord("run-cache y", "pretrain", {"data/mix/heldout": old_dir}, {"ckpt": old_model})
    new_mix = RunRecord(
        "workspace dvc.lock", "mix", {"data/scrub/docs": new_docs}, {"data/mix/heldout": new_dir}
    )
    scan = SimpleNamespace(
        objects=objects, records=[old_mix, old_train, new_mix], cache_hits={old_docs: ["x"]}
    )

    tainted = tainted_objects(scan)

    assert general not in tainted and new_dir not in tainted and new_medical not in tainted
    assert {old_docs, old_dir, old_model} <= tainted
    # Content is evidence whatever the lineage: a hit is condemned even if a clean run also built it.
    scan.cache_hits[general] = ["y"]
    assert general in tainted_objects(scan)
