"""`charter trace`: a document's path through the pipeline, or the document behind a training token.

Everything comes from the ledgers and the token index; no document text is printed.

Every lookup reads one part of one table (core.partitioned): the ledgers are bucketed by document id, the
token index by shard, and the report stage writes three lookup indexes beside the report: provenance and
token ranges by document id, and exact-duplicate clusters by survivor. So a trace reads a few row groups
whether the corpus has a thousand documents or a hundred million.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from core import artifacts as a
from core import partitioned
from core.artifacts import shard_name
from core.errors import CharterError
from core.ledger import ROW_GROUP_ROWS, parse_counts

STAGE_ORDER = tuple(ledger.stage for ledger in a.CORPUS_LEDGERS)
# The lookup indexes the report stage writes, relative to the output root (core.artifacts says what each is).
PROVENANCE = Path(a.REPORT_PROVENANCE.path)
DOC_TOKENS = Path(a.REPORT_DOC_TOKENS.path)
DUPLICATES = Path(a.REPORT_DUPLICATES.path)
BUILT_FROM = b"built_from"
PROVENANCE_KEYS = ("source", "domain", "license", "sensitivity", "sha256", "location")
TOKEN = re.compile(r"(?:shard_(?P<named>\d{1,9})(?:\.bin)?|(?P<number>\d{1,9})):(?P<offset>\d{1,18})")


def _ledger_paths(data: Path) -> list[Path]:
    """The corpus ledgers a (possibly partial) build has, in pipeline order."""
    paths = [ledger.at(data) for ledger in a.CORPUS_LEDGERS]
    return [p for p in paths if p.exists()]


def _rows(path: Path, doc_id: str, columns: list[str] | None = None, key: str = "doc_id") -> list[dict]:
    """Rows for one id: its bucket's part, sorted and row-grouped by id, so statistics skip the other groups."""
    return partitioned.lookup(path, key, doc_id, columns)


def _fresh(index: Path, source: Path) -> bool:
    """Whether a lookup index was built from `source` as it is now."""
    if not (partitioned.exists(index) and partitioned.exists(source)):
        return False
    metadata = pq.read_schema(partitioned.files(index)[0]).metadata or {}
    return metadata.get(BUILT_FROM) == partitioned.stamp(source).encode()


def _provenance(data: Path, doc_id: str) -> dict:
    """Source, license and raw hash as ingest recorded them (the provenance index, else the raw documents)."""
    index = a.REPORT_PROVENANCE.at(data)
    if index.exists():
        rows = _rows(index, doc_id)
        if rows:
            return {k: rows[0].get(k) for k in PROVENANCE_KEYS}
    folders = [a.INGEST_DOCS.at(data), a.INGEST_QUARANTINE.at(data)]
    needle = json.dumps(doc_id)
    for path in [p for folder in folders if folder.exists() for p in sorted(folder.glob("*.jsonl"))]:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if needle in line:
                    record = json.loads(line)
                    if record["id"] == doc_id:
                        meta = record.get("metadata", {})
                        return {k: meta.get(k) for k in PROVENANCE_KEYS}
    return {}


def _dedup(data: Path, curate: dict | None) -> dict | None:
    """The exact-dedup cluster: its survivor and every member, from curate's `duplicate_of` details."""
    if curate is None:
        return None
    survivor = curate["detail"].get("duplicate_of") or curate["doc_id"]
    path, index = a.CURATE_LEDGER.at(data), a.REPORT_DUPLICATES.at(data)
    if _fresh(index, path):
        duplicates = sorted(r["doc_id"] for r in _rows(index, survivor, ["doc_id"], "survivor"))
    else:  # no cluster index, or a stale one: scan the curate ledger
        needle = json.dumps({"duplicate_of": survivor})[
            1:-1
        ]  # '"duplicate_of": "<id>"', as the writer dumps it
        table = pq.read_table(path, columns=["doc_id", "detail"])
        hits = table.filter(pc.match_substring(table.column("detail"), needle))
        duplicates = sorted(hits.column("doc_id").to_pylist())
    return {
        "survivor": survivor,
        "survived": survivor == curate["doc_id"],
        "cluster": sorted({survivor, *duplicates}),
        "cluster_size": 1 + len(duplicates),
    }


DOC_TOKENS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("shard", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("epoch", pa.int32()),
    ]
)
DUPLICATES_SCHEMA = pa.schema([("survivor", pa.string()), ("doc_id", pa.string())])


def _write_index(
    batches, path: Path, schema: pa.Schema, key: str, sort_by: list[str], rows: int, source: Path
):
    """A lookup index from streamed batches, stamped with the table it was built from."""
    schema = schema.with_metadata({BUILT_FROM: partitioned.stamp(source)})
    path.parent.mkdir(parents=True, exist_ok=True)
    buckets = partitioned.buckets_for(rows)
    if buckets == 1:
        table = pa.Table.from_batches(list(batches), schema=schema.remove_metadata())
        table = table.sort_by([(c, "ascending") for c in sort_by]).cast(schema)
        return partitioned.write_table(table, path, key, sort_by, row_group_rows=ROW_GROUP_ROWS)
    writer = partitioned.PartitionedWriter(path, schema, key, sort_by, buckets)
    for batch in batches:
        writer.write(pa.Table.from_batches([batch]))
    return writer.close()


def build_doc_token_index(data: Path) -> Path | None:
    """The token index re-sorted by document id (row-grouped), stamped with the index it was built from."""
    data = Path(data)
    index_path = a.TOKENIZE_INDEX.at(data)
    if not partitioned.exists(index_path):
        return None
    columns = DOC_TOKENS_SCHEMA.names
    batches = (b.select(columns) for b in partitioned.iter_batches(index_path, columns))
    rows = partitioned.count_rows(index_path)
    return _write_index(
        batches, a.REPORT_DOC_TOKENS.at(data), DOC_TOKENS_SCHEMA, "doc_id", columns[:3], rows, index_path
    )


def build_duplicates_index(data: Path) -> Path | None:
    """(survivor, doc_id) of every document curate dropped as an exact duplicate, bucketed by survivor."""
    data = Path(data)
    ledger = a.CURATE_LEDGER.at(data)
    if not partitioned.exists(ledger):
        return None

    def duplicates():
        for batch in partitioned.iter_batches(ledger, ["doc_id", "detail"]):
            table = pa.Table.from_batches([batch])
            table = table.filter(pc.match_substring(table.column("detail"), '"duplicate_of": '))
            if table.num_rows:
                survivors = [json.loads(d)["duplicate_of"] for d in table.column("detail").to_pylist()]
                yield pa.record_batch(
                    [pa.array(survivors, pa.string()), table.column("doc_id").combine_chunks()],
                    schema=DUPLICATES_SCHEMA,
                )

    rows = partitioned.count_rows(
        ledger
    )  # an upper bound: the bucket count only needs the order of magnitude
    return _write_index(
        duplicates(),
        a.REPORT_DUPLICATES.at(data),
        DUPLICATES_SCHEMA,
        "survivor",
        ["survivor", "doc_id"],
        rows // 8,
        ledger,
    )


def token_ranges(data: Path, doc_id: str) -> list[dict]:
    index_path = a.TOKENIZE_INDEX.at(data)
    if not partitioned.exists(index_path):
        return []
    by_doc = a.REPORT_DOC_TOKENS.at(data)
    columns = ["shard", "start", "end", "epoch"]
    if _fresh(by_doc, index_path):
        rows = _rows(by_doc, doc_id, columns)
    else:  # no index by document, or a stale one: scan the token index
        rows = partitioned.dataset(index_path).to_table(columns=columns, filter=pc.field("doc_id") == doc_id)
        rows = rows.to_pylist()
    return [
        {
            "shard": r["shard"],
            "start": r["start"],
            "end": r["end"],
            "tokens": r["end"] - r["start"],
            "epoch": r["epoch"],
        }
        for r in rows
    ]


def trace_document(data: Path, doc_id: str) -> dict:
    data = Path(data)
    paths = _ledger_paths(data)
    if not paths:
        raise CharterError(f"no ledger under {data}/: run the pipeline (dvc repro) first")
    stages = []
    for path in paths:
        for row in _rows(path, doc_id):
            stages.append(
                {
                    "stage": row["stage"],
                    "decision": row["decision"],
                    "reason": row["reason"],
                    "counts": parse_counts(row["counts"]),
                    "detail": json.loads(row["detail"]),
                    "code_version": row["code_version"],
                    "params_hash": row["params_hash"],
                    "source": row["source"],
                    "domain": row["domain"],
                }
            )
    if not stages:
        raise CharterError(f"document '{doc_id}' is not in the ledger under {data}/")
    result: dict = {"doc_id": doc_id, **_provenance(data, doc_id)}
    if not result.get("source"):
        result["source"], result["domain"] = stages[0]["source"], stages[0]["domain"]
    for s in stages:
        del s["source"], s["domain"]
    result["stages"] = stages
    curate = next((dict(s, doc_id=doc_id) for s in stages if s["stage"] == "curate"), None)
    result["dedup"] = _dedup(data, curate)
    scrub = next((s for s in stages if s["stage"] == "scrub"), None)
    result["pii_replaced"] = dict(sorted(scrub["counts"].items())) if scrub else {}
    ranges = token_ranges(data, doc_id)
    result["token_ranges"] = ranges
    result["shards"] = sorted({r["shard"] for r in ranges})
    result["tokens"] = sum(r["tokens"] for r in ranges)
    return result


def parse_token(where: str) -> tuple[str, int]:
    """`shard_00000.bin:1234`, `shard_00000:1234` or `0:1234` -> ("shard_00000.bin", 1234); anything else
    is a CharterError saying what is expected (a shard name is never a path)."""
    match = TOKEN.fullmatch(where.strip())
    if match is None:
        raise CharterError(
            f"--token expects SHARD:OFFSET with a shard file name or number and a token offset >= 0 "
            f"(e.g. shard_00000.bin:1234 or 0:1234), got {where!r}"
        )
    number, offset = match["number"] or match["named"], int(match["offset"])
    return shard_name(int(number)), offset


def trace_token(data: Path, where: str, shard_set: str = "mixture") -> dict:
    """`shard_set` "mixture" is what the model trained on (repetitions included); "tokenize" holds each
    unique document once. Both index their shards in the same schema."""
    data = Path(data)
    shards = a.SHARD_SETS[shard_set]
    if not partitioned.exists(shards.index.at(data)):  # a build that stopped before the mixture stage
        shards = a.SHARD_SETS["tokenize"]
    shard, offset = parse_token(where)
    index_path = shards.index.at(data)
    if not partitioned.exists(index_path):
        raise CharterError(f"no token index at {index_path}: run the tokenize stage first")

    rows = partitioned.lookup(index_path, "shard", shard, where=lambda r: r["start"] <= offset < r["end"])
    if not rows:
        shard_path = shards.shards.at(data) / shard
        hint = "no such shard" if not shard_path.exists() else "offset past the end of the shard"
        raise CharterError(f"token {shard}:{offset} not found ({hint})")
    row = rows[0]
    return {
        "shards": f"{shards.shards.at(data)}",
        "shard": shard,
        "offset": offset,
        "doc_id": row["doc_id"],
        "token_in_document": offset - row["start"],
        "document_range": [row["start"], row["end"]],
        "epoch": row["epoch"],
        "source": row["source"],
        "domain": row["domain"],
        "license": row["license"],
    }


def format_trace(result: dict) -> str:
    if "offset" in result:
        return (
            f"token {result['shard']}:{result['offset']} is token {result['token_in_document']} of document\n"
            f"  {result['doc_id']} (repetition {result['epoch']})\n"
            f"  source {result['source']}, domain {result['domain']}, license {result['license']}"
        )
    lines = [
        f"document {result['doc_id']}",
        f"  source   {result.get('source')}  domain {result.get('domain')}  license {result.get('license')}",
        f"  sha256   {result.get('sha256')}  location {result.get('location')}",
    ]
    for s in result["stages"]:
        reason = f" — {s['reason']}" if s["reason"] else ""
        counts = f" {s['counts']}" if s["counts"] else ""
        lines.append(f"  {s['stage']:<8} {s['decision']}{reason}{counts}")
    dedup = result.get("dedup")
    if dedup and dedup["cluster_size"] > 1:
        role = "survivor" if dedup["survived"] else f"duplicate of {dedup['survivor']}"
        lines.append(f"  dedup    {role}; cluster of {dedup['cluster_size']}")
    if result.get("pii_replaced"):
        pii = ", ".join(f"{k} {v}" for k, v in result["pii_replaced"].items())
        lines.append(f"  pii      replaced by type: {pii}")
    if result["token_ranges"]:
        lines.append(f"  shards   {', '.join(result['shards'])} ({result['tokens']} tokens)")
        spans = ", ".join(f"{r['shard']}[{r['start']}:{r['end']}]" for r in result["token_ranges"][:10])
        more = len(result["token_ranges"]) - 10
        lines.append(f"  tokens   {spans}" + (f" and {more} more" if more > 0 else ""))
    return "\n".join(lines)
