"""The registry wins: a record's own fields never set its source, domain, license, sensitivity or hash, in
JSONL and parquet alike; fields reach the corpus only when the source keeps them, and then scrubbed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from datatrove.data import Document

from charter.config import IngestParams, ScrubParams
from charter.stage import RECORD_FIELDS
from corpus import store
from corpus.ingest import run_ingest
from governance.gate import run_gate
from governance.pii.stage import run_scrub
from governance.registry import load_registry
from tests import hostile
from tests.conftest import FINANCE, variant
from tests.test_data_stages import gate_params

RECORD_OPTIONS = ("id_field", "keep_fields")
REGISTERED = {
    "source": hostile.SOURCE_ID,
    "domain": "medical",
    "license": "LicenseRef-Proprietary-Internal",
    "sensitivity": "private",
}


def registry_with_hostile(tmp_path: Path, fmt: str, record_options: bool = True):
    """The impersonated public source and the hostile private one, registered side by side (without
    id_field and keep_fields unless `record_options`)."""
    general = tmp_path / "general.jsonl"
    general.write_text(json.dumps({"text": variant(FINANCE, 1)}) + "\n")
    export = hostile.write(tmp_path / "exports", [variant(FINANCE, n) for n in range(10, 20)], fmt)
    sources = [
        {
            "id": hostile.IMPERSONATED,
            "domain": "general",
            "path": str(general),
            "format": "jsonl",
            "license": "CC-BY-SA-3.0",
            "owner": "test",
            "sensitivity": "public",
        },
        {
            k: v
            for k, v in hostile.entry(export, fmt=fmt).items()
            if record_options or k not in RECORD_OPTIONS
        },
    ]
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": sources}))
    return load_registry(path), export


def hostile_docs(tmp_path: Path) -> list[Document]:
    return [d for d in store.read_documents(tmp_path / "ingest/docs") if d.id.startswith(hostile.SOURCE_ID)]


def outputs(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_records_cannot_override_registered_metadata(tmp_path, fmt):
    registry, export = registry_with_hostile(tmp_path, fmt, record_options=False)
    stats = run_ingest(registry, IngestParams(), tmp_path / "ingest")
    assert stats["sources"][hostile.SOURCE_ID]["kept"] == len(hostile.OVERRIDES)
    docs = {d.metadata["location"]: d for d in hostile_docs(tmp_path)}
    raw_lines = export.read_bytes().splitlines() if fmt == "jsonl" else []
    for n, name in enumerate(hostile.OVERRIDES, start=1):
        doc = docs[f"{export.name}:{n}"]
        assert {k: doc.metadata[k] for k in REGISTERED} == REGISTERED, name
        raw = raw_lines[n - 1] if fmt == "jsonl" else doc.text.encode()
        assert doc.metadata["sha256"] == hashlib.sha256(raw).hexdigest(), name
        # No field of the record reaches the document: the source keeps none.
        assert set(doc.metadata) == {*REGISTERED, "location", "sha256"}, name
    blob = outputs(tmp_path / "ingest")
    assert hostile.PATIENT_EMAIL.encode() not in blob and b"fairweather" not in blob


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_kept_fields_travel_under_their_own_key_only(tmp_path, fmt):
    registry, _ = registry_with_hostile(tmp_path, fmt)  # keep_fields: [visit_note], id_field: id
    run_ingest(registry, IngestParams(), tmp_path / "ingest")
    docs = hostile_docs(tmp_path)
    assert sorted(d.id for d in docs) == sorted(
        f"{hostile.SOURCE_ID}/rec-{name}" for name in hostile.OVERRIDES
    )
    for doc in docs:
        assert {k: doc.metadata[k] for k in REGISTERED} == REGISTERED
        assert doc.metadata[RECORD_FIELDS] == {"visit_note": hostile.VISIT_NOTE}
        assert set(doc.metadata) == {*REGISTERED, "location", "sha256", RECORD_FIELDS}
    assert hostile.PATIENT_EMAIL.encode() not in outputs(tmp_path / "ingest")


def test_a_record_naming_another_source_is_erased_and_gated_with_its_own(tmp_path):
    registry, _ = registry_with_hostile(tmp_path, "jsonl", record_options=False)
    run_ingest(registry, IngestParams(), tmp_path / "ingest")
    erase = f"requests:\n  - source: {hostile.SOURCE_ID}\n"
    report = run_gate(registry, gate_params(tmp_path, erase), tmp_path / "ingest", tmp_path / "gate")
    # Neither the record claiming the public source nor the one naming no registered source gets through,
    # and the second crashes nothing.
    assert store.read_ids(tmp_path / "gate/docs") == [f"{hostile.IMPERSONATED}/general.jsonl#L1"]
    assert report["account"]["dropped"] == len(hostile.OVERRIDES)


def test_carried_fields_are_scrubbed_like_the_text(tmp_path):
    fields = {"visit_note": hostile.VISIT_NOTE, "contact": "Call 212-555-0187 after 5pm.", "visits": 3}
    doc = Document(
        text="Discharge summary. Medical record number: 48213377. Follow up in two weeks.",
        id="m/1",
        metadata=REGISTERED | {RECORD_FIELDS: fields},
    )
    store.write_documents([doc], tmp_path / "in/docs")
    stats = run_scrub(ScrubParams(n_process=1), tmp_path / "in", tmp_path / "out")
    (out,) = store.read_documents(tmp_path / "out/docs")
    carried = out.metadata[RECORD_FIELDS]
    assert "fairweather" not in carried["visit_note"] and "<EMAIL_ADDRESS_1>" in carried["visit_note"]
    assert "555-0187" not in carried["contact"] and carried["visits"] == 3
    assert "48213377" not in out.text
    counts = stats["pii_by_domain"]["medical"]
    assert (
        counts["EMAIL_ADDRESS"] == 1 and counts["PHONE_NUMBER"] == 1 and counts["MEDICAL_RECORD_NUMBER"] == 1
    )
    ledger = pq.read_table(tmp_path / "out/ledger.parquet").to_pylist()
    assert json.loads(ledger[0]["counts"])["EMAIL_ADDRESS"] == 1
    blob = b"".join(p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert b"fairweather" not in blob and b"555-0187" not in blob


def test_keep_fields_and_id_field_only_apply_to_record_formats(tmp_path):
    from charter.errors import ConfigError

    entry = {"id": "p", "domain": "legal", "path": "x", "format": "pdf", "license": "MIT", "owner": "o"}
    entry |= {"sensitivity": "public", "keep_fields": ["title"]}
    (tmp_path / "sources.yaml").write_text(yaml.safe_dump({"sources": [entry]}))
    with pytest.raises(ConfigError, match="keep_fields apply to record formats"):
        load_registry(tmp_path / "sources.yaml")
