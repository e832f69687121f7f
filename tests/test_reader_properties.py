"""Property-based tests of the readers: whatever the bytes or the JSON, a reader never raises, yields a record
or a quarantine notice for each unit it reads (a line, a file), and the stage's accounting closes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.config import IngestParams
from core.registry import Registry, Source
from corpus.ingest import ReadSources, work_items
from corpus.readers import READERS, Quarantine, ReadOptions, Record

FIXTURE = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
# Objects that look like records: a text of any type, an id of any type, other fields of any JSON.
record_like = st.fixed_dictionaries(
    {},
    optional={"text": json_values | st.text(max_size=60), "rid": json_values, "note": json_values},
)


def read(fmt: str, data: bytes, tmp: Path, **options) -> list[Record | Quarantine]:
    path = tmp / f"input.{fmt}"
    path.write_bytes(data)
    return list(READERS[fmt](ReadOptions(**options)).read(path, path.name))


def non_blank_lines(data: bytes) -> list[int]:
    return [n for n, line in enumerate(io.BytesIO(data), start=1) if line.strip()]


@settings(FIXTURE, max_examples=200)
@given(data=st.binary(max_size=400) | st.lists(st.binary(max_size=40), max_size=8).map(b"\n".join))
def test_jsonl_reader_accounts_for_every_line_of_arbitrary_bytes(tmp_path_factory, data):
    items = read("jsonl", data, tmp_path_factory.mktemp("b"), max_record_bytes=64)
    assert [i.line for i in items] == non_blank_lines(data)
    assert all(isinstance(i, Record | Quarantine) for i in items)


@settings(FIXTURE, max_examples=80)
@given(values=st.lists(json_values | record_like, max_size=6))
def test_jsonl_reader_keeps_exactly_the_objects_with_a_string_text(tmp_path_factory, values):
    data = "".join(json.dumps(v) + "\n" for v in values).encode()
    items = read("jsonl", data, tmp_path_factory.mktemp("j"), keep_fields=("note",), id_field="rid")
    assert [i.line for i in items] == list(range(1, len(values) + 1))
    for value, item in zip(values, items, strict=True):
        if isinstance(item, Record):
            assert isinstance(value, dict) and item.text == value["text"]
            assert item.record_id == str(value["rid"]) and set(item.fields) <= {"note"}
        else:
            assert item.reason and item.sha256  # the notice names why, and the line's hash


@settings(FIXTURE, max_examples=60)
@given(data=st.binary(max_size=300))
def test_text_pdf_and_parquet_readers_answer_once_for_arbitrary_bytes(tmp_path_factory, data):
    tmp = tmp_path_factory.mktemp("f")
    for fmt in ("text", "pdf", "parquet"):
        items = read(fmt, data, tmp)
        assert len(items) == 1 and isinstance(items[0], Record | Quarantine)
        if fmt == "parquet":
            assert isinstance(items[0], Quarantine)


@settings(FIXTURE, max_examples=40)
@given(
    texts=st.lists(st.none() | st.text(max_size=40), min_size=1, max_size=30),
    group=st.integers(1, 8),
    limit=st.sampled_from([50, 400, 10_000]),
)
def test_parquet_reader_accounts_for_every_row(tmp_path_factory, texts, group, limit):
    path = tmp_path_factory.mktemp("p") / "t.parquet"
    pq.write_table(pa.table({"text": pa.array(texts, pa.string())}), path, row_group_size=group)
    items = list(READERS["parquet"](ReadOptions(max_file_bytes=limit)).read(path, "t.parquet"))
    covered = 0
    for item in items:  # a record is one row; an oversized row group's notice stands for its rows
        if isinstance(item, Quarantine) and item.reason.startswith("huge: row group"):
            first, last = item.reason.split("(rows ")[1].split(")")[0].split("-")
            covered += int(last) - int(first) + 1
        else:
            covered += 1
    assert covered == len(texts)
    kept = [i.text for i in items if isinstance(i, Record)]
    assert all(isinstance(t, str) for t in kept)


@settings(FIXTURE, max_examples=30)
@given(data=st.lists(st.binary(max_size=60) | json_values.map(lambda v: json.dumps(v).encode()), max_size=8))
def test_ingest_accounting_closes_whatever_the_input(tmp_path_factory, data):
    """Every non-blank line becomes exactly one document or one quarantine notice, each with its own id."""
    tmp = tmp_path_factory.mktemp("i")
    raw = b"\n".join(data)
    (tmp / "s.jsonl").write_bytes(raw)
    source = Source(
        id="s",
        domain="general",
        path="s.jsonl",
        format="jsonl",
        license="MIT",
        owner="o",
        sensitivity="public",
    )
    registry = Registry(sources=[source], root=tmp)
    params = IngestParams(max_document_bytes=200)
    step = ReadSources(registry, params, "")
    docs = [d for item in work_items(registry, params) for d in step.documents(item)]
    kept = [d for d in docs if "reason" not in d.metadata]
    quarantined = [d for d in docs if "reason" in d.metadata]
    assert len(docs) == len(kept) + len(quarantined) == len(non_blank_lines(raw))
    assert len({d.id for d in docs}) == len(docs)
    assert all(d.metadata["source"] == "s" and d.metadata["license"] == "MIT" for d in docs)
