"""The token index: for every packed shard, the token range of each document in it, with its source, domain
and license. The tokenize and mixture stages write one each; `charter trace --token`, erasure proofs and the
trainer's loss per domain read them. In core, apart from the stages, so that its readers import no stage
(and so no tokenizer).
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from core import partitioned

SHARDS, INDEX, META = "shards", "index.parquet", "meta.json"

INDEX_SCHEMA = pa.schema(
    [
        ("shard", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("domain", pa.string()),
        ("license", pa.string()),
        ("epoch", pa.int32()),
    ]
)


def shard_name(i: int) -> str:
    return f"shard_{i:05d}.bin"


def write_index(table: pa.Table, path: Path) -> Path:
    """The index in write order (shard, then start): one file, or at scale bucketed by shard so that
    `charter trace --token` reads one part whatever the number of shards."""
    return partitioned.write_table(table, path, key="shard", sort_by=["shard", "start"])
