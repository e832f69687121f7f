"""Document identity: owner record ids survive re-exports, duplicates are quarantined, file names can be
kept out of ids, and ids without id_field stay location-based."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from charter.cli import main
from core import store
from core.config import IngestParams
from core.errors import ConfigError
from core.registry import load_registry
from corpus.ingest import ReadSources, run_ingest, work_items
from tests.conftest import ENGLISH, variant


def register(tmp_path: Path, path: Path, **options: object) -> Path:
    entry = {
        "id": "clinic",
        "domain": "medical",
        "path": str(path),
        "format": "jsonl",
        "license": "LicenseRef-Proprietary-Internal",
        "owner": "test",
        "sensitivity": "private",
        **options,
    }
    registry = tmp_path / "sources.yaml"
    registry.write_text(yaml.safe_dump({"sources": [entry]}))
    return registry


def write_lines(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records))


def ids_to_texts(registry_path: Path, params: IngestParams | None = None) -> dict[str, str]:
    """Every kept document of the registry, read as the ingest step reads it (no executor)."""
    registry = load_registry(registry_path)
    params = params or IngestParams()
    step = ReadSources(registry, params, "")
    docs = [d for item in work_items(registry, params) for d in step.documents(item)]
    return {d.id: d.text for d in docs if "reason" not in d.metadata}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    ids=st.lists(
        st.text(
            st.characters(categories=("L", "N", "P", "S"), exclude_characters="#"), min_size=1, max_size=40
        ),
        min_size=1,
        max_size=12,
        unique=True,
    ),
    order=st.randoms(use_true_random=False),
    split=st.booleans(),
)
def test_reordering_or_splitting_a_re_export_keeps_every_record_id(tmp_path_factory, ids, order, split):
    tmp = tmp_path_factory.mktemp("export")
    records = [{"rid": rid, "text": f"record {n}: {ENGLISH}"} for n, rid in enumerate(ids)]
    write_lines(tmp / "first/export.jsonl", records)
    first = ids_to_texts(register(tmp / "first", tmp / "first", id_field="rid"))
    shuffled = list(records)
    order.shuffle(shuffled)
    half = len(shuffled) // 2 if split else len(shuffled)
    write_lines(tmp / "again/a.jsonl", shuffled[:half])
    write_lines(tmp / "again/b.jsonl", shuffled[half:])
    again = ids_to_texts(register(tmp / "again", tmp / "again", id_field="rid"))
    assert again == first
    assert set(first) == {f"clinic/{rid}" for rid in ids}


def test_without_id_field_ids_stay_file_and_line(tmp_path):
    write_lines(tmp_path / "src/export.jsonl", [{"rid": "a", "text": ENGLISH}])
    assert list(ids_to_texts(register(tmp_path, tmp_path / "src"))) == ["clinic/export.jsonl#L1"]


def test_duplicate_and_invalid_record_ids_are_quarantined_with_file_and_line(tmp_path):
    write_lines(
        tmp_path / "src/a.jsonl",
        [
            {"rid": "r-1", "text": variant(ENGLISH, 1)},
            {"rid": "r-2", "text": variant(ENGLISH, 2)},
            {"rid": "bad id", "text": variant(ENGLISH, 3)},
            {"text": variant(ENGLISH, 4)},
            {"rid": True, "text": variant(ENGLISH, 5)},
            {"rid": "x#L1", "text": variant(ENGLISH, 6)},
            {"rid": 17, "text": variant(ENGLISH, 7)},
        ],
    )
    write_lines(tmp_path / "src/b.jsonl", [{"rid": "r-1", "text": variant(ENGLISH, 8)}])
    registry = load_registry(register(tmp_path, tmp_path / "src", id_field="rid"))
    stats = run_ingest(registry, IngestParams(), tmp_path / "out")
    assert sorted(store.read_ids(tmp_path / "out/docs")) == ["clinic/17", "clinic/r-2"]
    reasons = {q["id"]: q["reason"] for q in stats["quarantined"]}
    assert (
        reasons["clinic/a.jsonl#L1"]
        == "a.jsonl:1: duplicate record id 'r-1': 2 records hold it (a.jsonl:1, b.jsonl:1)"
    )
    assert reasons["clinic/b.jsonl#L1"].startswith("b.jsonl:1: duplicate record id 'r-1'")
    assert "whitespace" in reasons["clinic/a.jsonl#L3"]
    assert "is missing" in reasons["clinic/a.jsonl#L4"] and "is a bool" in reasons["clinic/a.jsonl#L5"]
    assert "'#'" in reasons["clinic/a.jsonl#L6"]
    account = stats["account"]
    assert account["in"] == 8 and account["kept"] == 2 and account["quarantined"] == 6
    # The quarantine keeps no text and no record field of the duplicates.
    assert all(d.text == "" for d in store.read_documents(tmp_path / "out/quarantine"))


def test_trace_finds_a_document_by_its_record_id(tmp_path, capsys):
    write_lines(tmp_path / "src/a.jsonl", [{"rid": "visit-0042", "text": ENGLISH}])
    registry = load_registry(register(tmp_path, tmp_path / "src", id_field="rid"))
    run_ingest(registry, IngestParams(), tmp_path / "data/ingest")
    assert main(["trace", "clinic/visit-0042", "--data", str(tmp_path / "data"), "--json"]) == 0
    traced = json.loads(capsys.readouterr().out)
    assert traced["source"] == "clinic" and traced["location"] == "a.jsonl:1"
    assert [s["decision"] for s in traced["stages"]] == ["kept"]


def test_hashed_file_names_keep_names_out_of_every_output_and_stay_stable(tmp_path, monkeypatch):
    name = "ramirez-lucia-2021"
    write_lines(tmp_path / f"src/{name}/notes.jsonl", [{"text": ENGLISH}])
    (tmp_path / f"src/{name}/scan.jsonl").write_bytes(b"\xff\n{broken\n")
    registry = load_registry(register(tmp_path, tmp_path / "src", hash_file_names=True))
    stats = run_ingest(registry, IngestParams(), tmp_path / "a")
    run_ingest(registry, IngestParams(), tmp_path / "b")
    assert store.read_ids(tmp_path / "a/docs") == store.read_ids(tmp_path / "b/docs")
    (doc_id,) = store.read_ids(tmp_path / "a/docs")
    assert doc_id.startswith("clinic/") and doc_id.endswith("#L1") and len(doc_id) == len("clinic/") + 20 + 3
    assert stats["account"]["quarantined"] == 2
    blob = b"".join(p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert b"ramirez" not in blob and b"notes.jsonl" not in blob

    # With a secret key the hash differs (a guessed name cannot be confirmed without it) and is stable too.
    monkeypatch.setenv("CLINIC_ID_KEY", "s3cret")
    keyed = IngestParams(file_name_key_env="CLINIC_ID_KEY")
    secret_ids = list(ids_to_texts(registry_path := tmp_path / "sources.yaml", keyed))
    assert secret_ids == list(ids_to_texts(registry_path, keyed)) and secret_ids != [doc_id]
    monkeypatch.delenv("CLINIC_ID_KEY")
    with pytest.raises(ConfigError, match=r"\$CLINIC_ID_KEY"):
        run_ingest(registry, keyed, tmp_path / "c")
