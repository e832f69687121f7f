"""`charter trace`: a document's path through the pipeline, or the document behind a training token.

Everything comes from the ledgers and the token index; no document text is printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from charter.errors import CharterError
from corpus.packing import INDEX, SHARDS
from governance.ledger import LEDGER_FILE

STAGE_ORDER = ("ingest", "gate", "curate", "scrub", "mix")


def _ledger_paths(data: Path) -> list[Path]:
    paths = [data / stage / LEDGER_FILE for stage in STAGE_ORDER]
    return [p for p in paths if p.exists()]


def _provenance(data: Path, doc_id: str) -> dict:
    """Source, license and raw hash as ingest recorded them."""
    folders = [data / "ingest" / "docs", data / "ingest" / "quarantine"]
    for path in [p for folder in folders if folder.exists() for p in sorted(folder.glob("*.jsonl"))]:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if doc_id in line:
                    record = json.loads(line)
                    if record["id"] == doc_id:
                        meta = record.get("metadata", {})
                        keys = ("source", "domain", "license", "sensitivity", "sha256", "location")
                        return {k: meta.get(k) for k in keys}
    return {}


def trace_document(data: Path, doc_id: str) -> dict:
    data = Path(data)
    paths = _ledger_paths(data)
    if not paths:
        raise CharterError(f"no ledger under {data}/: run the pipeline (dvc repro) first")
    stages = []
    for path in paths:
        table = pq.read_table(path, filters=[("doc_id", "=", doc_id)])
        for row in table.to_pylist():
            stages.append(
                {
                    "stage": row["stage"],
                    "decision": row["decision"],
                    "reason": row["reason"],
                    "counts": json.loads(row["counts"]),
                    "detail": json.loads(row["detail"]),
                    "code_version": row["code_version"],
                    "params_hash": row["params_hash"],
                }
            )
    if not stages:
        raise CharterError(f"document '{doc_id}' is not in the ledger under {data}/")
    first = pq.read_table(paths[0], filters=[("doc_id", "=", doc_id)]).to_pylist()
    result = {"doc_id": doc_id, **_provenance(data, doc_id), "stages": stages, "token_ranges": []}
    if first and not result.get("source"):
        result["source"], result["domain"] = first[0]["source"], first[0]["domain"]
    index_path = data / "tokenize" / INDEX
    if index_path.exists():
        index = ds.dataset(index_path).to_table(filter=pc.field("doc_id") == doc_id)
        result["token_ranges"] = [
            {"shard": r["shard"], "start": r["start"], "end": r["end"], "epoch": r["epoch"]}
            for r in index.to_pylist()
        ]
    pii = {}
    for s in stages:
        if s["stage"] == "scrub":
            pii = s["counts"]
    result["pii_replaced"] = pii
    return result


def trace_token(data: Path, where: str) -> dict:
    data = Path(data)
    try:
        shard, offset_s = where.rsplit(":", 1)
        offset = int(offset_s)
    except ValueError as e:
        raise CharterError(f"--token expects SHARD:OFFSET (e.g. shard_00000.bin:1234), got '{where}'") from e
    if not shard.endswith(".bin"):
        shard = f"{shard}.bin" if shard.startswith("shard_") else f"shard_{int(shard):05d}.bin"
    index_path = data / "tokenize" / INDEX
    if not index_path.exists():
        raise CharterError(f"no token index at {index_path}: run the tokenize stage first")
    expr = (pc.field("shard") == shard) & (pc.field("start") <= offset) & (pc.field("end") > offset)
    rows = ds.dataset(index_path).to_table(filter=expr).to_pylist()
    if not rows:
        shard_path = data / "tokenize" / SHARDS / shard
        hint = "no such shard" if not shard_path.exists() else "offset past the end of the shard"
        raise CharterError(f"token {shard}:{offset} not found ({hint})")
    row = rows[0]
    return {
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
    if result["token_ranges"]:
        spans = ", ".join(f"{r['shard']}[{r['start']}:{r['end']}]" for r in result["token_ranges"][:10])
        more = len(result["token_ranges"]) - 10
        lines.append(f"  tokens   {spans}" + (f" and {more} more" if more > 0 else ""))
    return "\n".join(lines)
