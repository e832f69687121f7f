"""Ledgers and token indexes past a million rows: bucketed by key hash so that a lookup reads one part, with
every reader (trace, report, erasure proof, SQL) answering as it does on one file. The tests lower the
bucketing threshold to a few rows instead of writing millions."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from charter.cli import main
from core import partitioned
from core.errors import CharterError
from core.ledger import DROPPED, KEPT, LEDGER_FILE, MODIFIED, LedgerRow, LedgerWriter, stream_writer
from core.token_index import INDEX, INDEX_SCHEMA, write_index
from governance.erasure.documents import ErasedSet
from governance.erasure.proof import _index_leg, _ledger_leg
from governance.ledger_sql import connect, query
from governance.report.collect import dropped_reasons, pii_by_domain, stage_accounts
from governance.trace import (
    DOC_TOKENS,
    DUPLICATES,
    build_doc_token_index,
    build_duplicates_index,
    trace_document,
    trace_token,
)

N_DOCS = 120
SOURCES = ("gen", "fin", "med")


@given(st.lists(st.text(max_size=40), min_size=1, max_size=30), st.integers(0, 5))
@settings(max_examples=60, deadline=None)
def test_a_keys_bucket_is_the_same_one_at_a_time_or_a_column_at_a_time(keys, offset):
    column = pa.array(["pad"] * offset + keys).slice(offset)  # a sliced array: its buffers start elsewhere
    assert partitioned.key_hashes(column).tolist() == [partitioned.key_hash(k) for k in keys]
    assert partitioned.buckets_of(column, 7).tolist() == [partitioned.bucket_of(k, 7) for k in keys]


def test_the_hash_is_fixed_across_versions():
    # A changed hash would send lookups to the wrong part of every folder already written.
    pinned = {
        "": (0xEFD01F60BA992926, 38),
        "a": (0x82A2A958A9BECE5B, 91),
        "finance-tatqa/tatqa-dev-contexts.jsonl#L12": (0x97F92EB344578B78, 120),
        "shard_00042.bin": (0x291B7D8783A990A1, 33),
    }
    for key, (h, bucket) in pinned.items():
        assert partitioned.key_hash(key) == h and partitioned.bucket_of(key, 128) == bucket


def _doc_id(i: int) -> str:
    return f"{SOURCES[i % 3]}/part-{i // 50:03d}.jsonl#L{i % 50 + 1}"


def write_pipeline(data: Path) -> None:
    """Five stage ledgers and a token index over N_DOCS documents: drops, an exact-duplicate cluster of
    three, PII counts on one source, a held-out split."""
    ids = [_doc_id(i) for i in range(N_DOCS)]
    alive = set(ids)
    for stage in ("ingest", "gate", "curate", "scrub", "mix"):
        writer = LedgerWriter(stage, "p" * 16)
        for i, doc_id in enumerate(ids):
            if doc_id not in alive:
                continue
            source = doc_id.split("/")[0]
            row = LedgerRow(doc_id, KEPT, source=source, domain="finance" if source == "fin" else "general")
            if stage == "gate" and i % 17 == 5:
                row.decision, row.reason = DROPPED, "erased: owner request"
            if stage == "curate" and i in (31, 34):
                row.decision, row.reason = DROPPED, f"exact_dedup: duplicate of {ids[28]}"
                row.detail = {"duplicate_of": ids[28]}
            if stage == "scrub" and source == "fin":
                row.decision, row.counts = MODIFIED, {"PERSON": 2, "EMAIL_ADDRESS": i % 2}
            if stage == "mix":
                row.detail = {"split": "heldout" if i % 10 == 0 else "train"}
            writer.add(row)
            if row.decision == DROPPED or (stage == "mix" and i % 10 == 0):
                alive.discard(doc_id)
        writer.write(data / stage)
    trained = sorted(alive)
    lengths = [5 + i % 7 for i in range(len(trained))]
    shard = [f"shard_{k // 8:05d}.bin" for k in range(len(trained))]
    starts = [sum(lengths[k - k % 8 : k]) for k in range(len(trained))]
    index = pa.table(
        {
            "shard": shard,
            "start": starts,
            "end": [s + n for s, n in zip(starts, lengths, strict=True)],
            "doc_id": trained,
            "source": [d.split("/")[0] for d in trained],
            "domain": ["general"] * len(trained),
            "license": ["MIT"] * len(trained),
            "epoch": [0] * len(trained),
        },
        schema=INDEX_SCHEMA,
    )
    write_index(index, data / "tokenize" / INDEX)
    build_doc_token_index(data)
    build_duplicates_index(data)


@pytest.fixture
def layouts(tmp_path, monkeypatch) -> tuple[Path, Path]:
    """The same pipeline output written as single files, and bucketed (threshold lowered to 16 rows)."""
    single, bucketed = tmp_path / "single", tmp_path / "bucketed"
    write_pipeline(single)
    monkeypatch.setattr(partitioned, "BUCKET_ROWS", 16)
    write_pipeline(bucketed)
    return single, bucketed


def test_tables_past_the_threshold_are_bucketed_folders_that_read_as_one_table(layouts):
    single, bucketed = layouts
    for relative in [f"{s}/{LEDGER_FILE}" for s in ("ingest", "mix")] + [
        f"tokenize/{INDEX}",
        str(DOC_TOKENS),
    ]:
        assert (single / relative).is_file()
        folder = bucketed / relative
        assert partitioned.is_partitioned(folder) and len(partitioned.files(folder)) >= 4
        whole = pq.read_table(single / relative)
        assert pq.read_table(folder).sort_by(_order(whole)).equals(whole.sort_by(_order(whole)))
        for part in partitioned.files(folder):  # each part sorted by its sort columns
            table = pq.read_table(part)
            sort = partitioned.layout(folder)["sort_by"]
            assert table.equals(table.sort_by([(c, "ascending") for c in sort]))
    assert partitioned.layout(bucketed / "mix" / LEDGER_FILE)["key"] == "doc_id"
    assert partitioned.layout(bucketed / "tokenize" / INDEX)["key"] == "shard"


def _order(table: pa.Table) -> list[tuple[str, str]]:
    keys = [c for c in ("doc_id", "shard", "start", "stage") if c in table.column_names]
    return [(k, "ascending") for k in keys]


def test_trace_report_and_erasure_answer_alike_on_both_layouts(layouts):
    single, bucketed = layouts
    for doc_id in (_doc_id(28), _doc_id(31), _doc_id(7), _doc_id(5)):
        a, b = trace_document(single, doc_id), trace_document(bucketed, doc_id)
        assert a == b
    assert trace_document(bucketed, _doc_id(31))["dedup"]["cluster"] == sorted(
        [_doc_id(28), _doc_id(31), _doc_id(34)]
    )
    assert trace_document(bucketed, _doc_id(7))["token_ranges"]
    for where in ("shard_00000.bin:0", "shard_00002.bin:13", "shard_00009.bin:20"):
        a, b = trace_token(single, where, "tokenize"), trace_token(bucketed, where, "tokenize")
        assert a.pop("shards") != b.pop("shards") and a == b
    for collect in (stage_accounts, dropped_reasons, pii_by_domain):
        assert collect(single) == collect(bucketed)
    accounts = stage_accounts(bucketed)
    assert [a["in"] for a in accounts][:2] == [N_DOCS, N_DOCS] and all(a["closes"] for a in accounts)
    assert dropped_reasons(bucketed)["curate"] == [
        {"decision": "dropped", "reason": "exact_dedup: duplicate", "source": "fin", "documents": 2}
    ]
    scrubbed = [i for i in range(N_DOCS) if i % 3 == 1 and i % 17 != 5 and i not in (31, 34)]
    assert pii_by_domain(bucketed) == {
        "finance": {"EMAIL_ADDRESS": sum(i % 2 for i in scrubbed), "PERSON": 2 * len(scrubbed)},
        "general": {},
    }
    erased = ErasedSet(ids={_doc_id(7)}, sources={"med"})
    for leg in (_ledger_leg, _index_leg):
        assert leg(single, erased) == leg(bucketed, erased)
    assert _ledger_leg(bucketed, ErasedSet(ids={_doc_id(7)}))["kept_rows_found"]


def test_a_lookup_reads_only_the_part_its_key_hashes_to(layouts):
    _, bucketed = layouts
    doc_id = _doc_id(41)
    expected = trace_document(bucketed, doc_id)
    shard, offset = expected["token_ranges"][0]["shard"], expected["token_ranges"][0]["start"]
    token = trace_token(bucketed, f"{shard}:{offset}", "tokenize")
    for folder in [bucketed / s / LEDGER_FILE for s in ("ingest", "gate", "curate", "scrub", "mix")] + [
        bucketed / DOC_TOKENS,
        bucketed / DUPLICATES,
        bucketed / "tokenize" / INDEX,
    ]:
        if not partitioned.is_partitioned(folder):
            continue
        key = shard if folder.parent.name == "tokenize" else doc_id
        keep = partitioned.part_for(folder, key)
        for part in partitioned.files(folder):
            if part != keep:
                part.unlink()
    assert trace_document(bucketed, doc_id) == expected
    assert trace_token(bucketed, f"{shard}:{offset}", "tokenize") == token


def test_a_stale_lookup_index_is_not_trusted(layouts):
    _, bucketed = layouts
    doc_id = _doc_id(41)
    before = trace_document(bucketed, doc_id)["token_ranges"]
    table = pq.read_table(bucketed / "tokenize" / INDEX)
    table = table.filter(pa.compute.not_equal(table.column("doc_id"), doc_id))
    write_index(table, bucketed / "tokenize" / INDEX)  # the index changed after the report was built
    assert before and trace_document(bucketed, doc_id)["token_ranges"] == []


def test_stream_writer_gives_the_layout_of_the_in_memory_writer(tmp_path, monkeypatch):
    monkeypatch.setattr(partitioned, "BUCKET_ROWS", 10)
    rows = [LedgerRow(_doc_id(i), KEPT, source="gen", domain="general") for i in range(60)]
    writer = LedgerWriter("gate", "p" * 16)
    writer.extend(rows)
    writer.write(tmp_path / "memory")
    streamed = stream_writer(tmp_path / "stream", 60)
    table = pq.read_table(tmp_path / "memory" / LEDGER_FILE)
    for start in (40, 0, 20):  # out of order, as tasks finish
        streamed.write(table.slice(start, 20))
    streamed.close()
    for a, b in zip(
        partitioned.files(tmp_path / "memory" / LEDGER_FILE),
        partitioned.files(tmp_path / "stream" / LEDGER_FILE),
        strict=True,
    ):
        assert pq.read_table(a).equals(pq.read_table(b))


def test_rewriting_a_table_replaces_the_other_layout(tmp_path, monkeypatch):
    path = tmp_path / "t.parquet"
    table = pa.table({"k": [f"k{i}" for i in range(40)]})
    monkeypatch.setattr(partitioned, "BUCKET_ROWS", 10)
    partitioned.write_table(table, path, "k", ["k"])
    assert path.is_dir() and partitioned.count_rows(path) == 40
    monkeypatch.setattr(partitioned, "BUCKET_ROWS", 100)
    partitioned.write_table(table.slice(0, 5), path, "k", ["k"])
    assert path.is_file() and pq.read_table(path).num_rows == 5
    assert not list(tmp_path.glob("*.partial"))


def test_ledger_query_answers_a_compliance_question_over_every_stage(layouts, tmp_path, capsys):
    _, data = layouts
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n"
        + "".join(
            f"  - {{id: {s}, domain: general, path: x, format: jsonl, license: {lic}, owner: o, "
            "sensitivity: public}\n"
            for s, lic in (("gen", "MIT"), ("fin", "CC-BY-4.0"), ("med", "MIT"))
        )
    )
    con = connect(data, [sources])
    per_stage = query(con, "SELECT stage, count(*) FROM ledger GROUP BY stage ORDER BY stage", None)
    assert dict(per_stage.rows)["ingest"] == N_DOCS and len(per_stage.rows) == 5
    sql = (
        "SELECT l.doc_id FROM ledger l JOIN sources s ON l.source = s.id WHERE l.stage = 'mix' "
        "AND json_extract_string(l.detail, '$.split') = 'train' AND s.license = 'MIT' ORDER BY 1"
    )
    trained = pq.read_table(data / "tokenize" / INDEX).column("doc_id").to_pylist()
    expected = sorted(d for d in trained if not d.startswith("fin/"))
    assert [r[0] for r in query(con, sql, None).rows] == expected

    assert main(["ledger", "query", sql, "--data", str(data), "--sources", str(sources), "--limit", "3"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].strip() == "doc_id" and printed[2].strip() == expected[0]
    assert "3 rows; more rows matched" in printed[-1]
    out = tmp_path / "trained.parquet"
    main(["ledger", "query", sql, "--data", str(data), "--sources", str(sources), "--out", str(out)])
    assert pq.read_table(out).column("doc_id").to_pylist() == expected
    assert json.loads(capsys.readouterr().out)["rows"] == len(expected)
    main(["ledger", "query", sql, "--data", str(data), "--sources", str(sources), "--json", "--limit", "0"])
    assert [r["doc_id"] for r in json.loads(capsys.readouterr().out)["rows"]] == expected

    assert main(["ledger", "query", "SELECT * FROM ledgr", "--data", str(data)]) == 2
    assert "views: ledger, provenance" not in capsys.readouterr().err  # no provenance written here
    with pytest.raises(CharterError, match=r"(?s)ledgr.*views: ledger, sources, token_index"):
        query(con, "SELECT * FROM ledgr", 5)
    with pytest.raises(CharterError, match="no ledger under"):
        connect(tmp_path / "empty")
