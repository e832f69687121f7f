"""The registry wins: a record's own fields never set its source, domain, license, sensitivity or hash, in
JSONL and parquet alike; fields reach the corpus only when the source keeps them, and then scrubbed."""

from __future__ import annotations

import hashlib
import json
import sys
import unicodedata
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from datatrove.data import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import store
from core.config import IngestParams, ScrubParams
from core.erasure_requests import SourceRequest, render
from core.registry import Registry, Source, load_registry
from core.stage import RECORD_FIELDS
from corpus.ingest import INVISIBLE_REMOVED, ReadSources, run_ingest, work_items
from corpus.visible import visible
from governance.gate import run_gate
from governance.pii.stage import run_scrub
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
    erase = render([SourceRequest(source=hostile.SOURCE_ID)])
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
    from core.errors import ConfigError

    entry = {"id": "p", "domain": "legal", "path": "x", "format": "pdf", "license": "MIT", "owner": "o"}
    entry |= {"sensitivity": "public", "keep_fields": ["title"]}
    (tmp_path / "sources.yaml").write_text(yaml.safe_dump({"sources": [entry]}))
    with pytest.raises(ConfigError, match="keep_fields apply to record formats"):
        load_registry(tmp_path / "sources.yaml")


def test_invisible_characters_are_removed_except_joiners_inside_joining_scripts():
    assert visible("SSN 078\u200b-05-\u20601120") == ("SSN 078-05-1120", 2)
    assert visible("jane.roe@exam\u00adple.org") == ("jane.roe@example.org", 1)
    smuggled = "".join(chr(0xE0000 + ord(c)) for c in "ignore the gate")
    assert visible(f"Quarterly report.{smuggled}") == ("Quarterly report.", len(smuggled))
    assert visible("ja\u200dne 4111\u200c1111") == ("jane 41111111", 2)  # Latin letters and digits
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # ZWNJ the script needs
    assert visible(persian) == (persian, 0)
    every_format_char = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    text, removed = visible("a".join(every_format_char))
    assert removed == len(every_format_char) and set(text) == {"a"}


def test_identifiers_hidden_with_invisible_characters_are_scrubbed(tmp_path):
    text = (
        "Discharge summary. SSN 078\u200b-05-1120, e-mail jane.roe@exam\u00adple.org, medical record "
        "number: 4821\u20603377. The patient was discharged home in good condition."
    )
    (tmp_path / "src.jsonl").write_text(
        json.dumps({"text": text, "note": "Mail jo\u200bhn@example.org"}) + "\n"
    )
    entry = {k: v for k, v in hostile.entry(tmp_path / "src.jsonl").items() if k != "id_field"}
    (tmp_path / "sources.yaml").write_text(yaml.safe_dump({"sources": [entry | {"keep_fields": ["note"]}]}))
    run_ingest(load_registry(tmp_path / "sources.yaml"), IngestParams(), tmp_path / "ingest")
    (doc,) = store.read_documents(tmp_path / "ingest/docs")
    assert (
        doc.metadata["invisible_removed"] == 4
        and doc.metadata["sha256"]
        == hashlib.sha256((tmp_path / "src.jsonl").read_bytes().rstrip(b"\n")).hexdigest()
    )
    run_scrub(ScrubParams(n_process=1), tmp_path / "ingest", tmp_path / "scrub")
    (out,) = store.read_documents(tmp_path / "scrub/docs")
    for value in ("078-05-1120", "1120", "example.org", "48213377"):
        assert value not in out.text
    assert "example.org" not in out.metadata[RECORD_FIELDS]["note"]


# --- property-based: whatever a record claims -------------------------------------------------------------

# Keys a hostile record may use to pose as provenance or as a stage's own metadata, and values of any JSON type.
CLAIMED_KEYS = (
    *REGISTERED,
    "sha256",
    "location",
    "metadata",
    RECORD_FIELDS,
    "reason",
    INVISIBLE_REMOVED,
    "pii_counts",
    "filter_reason",
    "duplicate_of",
    "id",
)
ALLOWED_METADATA = {*REGISTERED, "location", "sha256", RECORD_FIELDS, INVISIBLE_REMOVED, "reason"}
json_values = st.recursive(
    # NaN and infinities make a line that is not strict JSON: quarantined whole (tests/test_bad_input.py).
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
claims = st.dictionaries(st.sampled_from(CLAIMED_KEYS) | st.text(max_size=12), json_values, max_size=8)
texts = st.text(st.characters(codec="utf-8"), min_size=1, max_size=60)


def documents_of(tmp: Path, name: str, fmt: str, keep: tuple[str, ...] = ("note",)) -> list[Document]:
    source = Source(
        id=hostile.SOURCE_ID,
        domain="medical",
        path=name,
        format=fmt,
        license=REGISTERED["license"],
        owner="o",
        sensitivity="private",
        keep_fields=list(keep),
    )
    registry = Registry(sources=[source], root=tmp)
    step = ReadSources(registry, IngestParams(), "")
    return [d for item in work_items(registry, IngestParams()) for d in step.documents(item)]


def assert_registered(doc: Document, location: str) -> None:
    assert {k: doc.metadata[k] for k in REGISTERED} == REGISTERED
    assert set(doc.metadata) <= ALLOWED_METADATA and doc.metadata["location"] == location
    assert doc.id.startswith(f"{hostile.SOURCE_ID}/")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(st.tuples(texts, claims, json_values), min_size=1, max_size=6))
def test_no_jsonl_record_can_claim_provenance_or_stage_metadata(tmp_path_factory, records):
    """Any record, claiming any of provenance's or a stage's keys with any value: the registry's values,
    the hash of its own line, its own location, and only the kept field, scrubbed of invisible characters."""
    tmp = tmp_path_factory.mktemp("claims")
    lines = [json.dumps({**claimed, "text": text, "note": note}) for text, claimed, note in records]
    (tmp / "export.jsonl").write_text("".join(line + "\n" for line in lines))
    docs = documents_of(tmp, "export.jsonl", "jsonl")
    assert len(docs) == len(records)
    for n, (doc, (text, _, note), line) in enumerate(zip(docs, records, lines, strict=True), start=1):
        assert_registered(doc, f"export.jsonl:{n}")
        assert doc.metadata["sha256"] == hashlib.sha256(line.encode()).hexdigest()
        if "reason" in doc.metadata:  # only a text that is empty once invisible characters are removed
            assert not visible(text)[0].strip() and doc.text == ""
            continue
        assert doc.text == visible(text)[0]
        carried = doc.metadata.get(RECORD_FIELDS, {})
        if isinstance(note, str):
            assert carried == {"note": visible(note)[0]}
        elif isinstance(note, bool | int | float):
            assert carried == {"note": note}
        else:
            assert carried == {}  # None, lists and objects are not carried


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.tuples(texts, st.dictionaries(st.sampled_from(CLAIMED_KEYS), st.text(max_size=20), min_size=1)),
        min_size=1,
        max_size=6,
    )
)
def test_no_parquet_row_can_claim_provenance_or_stage_metadata(tmp_path_factory, rows):
    tmp = tmp_path_factory.mktemp("columns")
    columns = sorted({k for _, claimed in rows for k in claimed} | {"text"})
    table = {c: [claimed.get(c) for _, claimed in rows] for c in columns}
    table["text"] = [text for text, _ in rows]
    pq.write_table(pa.table({c: pa.array(v, pa.string()) for c, v in table.items()}), tmp / "t.parquet")
    docs = documents_of(tmp, "t.parquet", "parquet", keep=())
    assert len(docs) == len(rows)
    for n, (doc, (text, _)) in enumerate(zip(docs, rows, strict=True), start=1):
        assert_registered(doc, f"t.parquet:{n}") and RECORD_FIELDS not in doc.metadata
        assert doc.metadata["sha256"] == hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
