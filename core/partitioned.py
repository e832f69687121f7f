"""Parquet tables that answer a lookup by key in milliseconds at any size: the ledger, the token index, and
the lookup indexes the report stage builds for `charter trace`.

A table is stored at one path, in one of two layouts:
- **one file** (`ledger.parquet`) while it holds at most `BUCKET_ROWS` rows: what the embedded default writes;
- **a folder of the same name** (`ledger.parquet/`) once it is larger: `part-BBBBB.parquet` files, one per
  hash bucket of the key column, each sorted by the table's sort columns and cut into small row groups, plus
  `_layout.json` naming the key, the hash and the bucket count. A lookup by key hashes the key, opens the one
  part that can hold it, and reads the one row group whose min/max statistics bracket it.

Both layouts read as one table with `pyarrow.parquet.read_table(path)` and `pyarrow.dataset.dataset(path)`
(files whose names start with `_` or `.` are skipped), and with DuckDB's `read_parquet`, so code that scans
a whole table needs no change. Writing streams: rows are spilled per bucket (compressed Arrow IPC) and each
bucket is sorted on its own, so memory holds one bucket, not the table.

The bucket of a key is FNV-1a (64-bit) over its UTF-8 bytes, finished with MurmurHash3's fmix64 so that the
low bits are well mixed, modulo the bucket count: stable across runs, machines and Python versions, and
computed the same way one key at a time (`bucket_of`) or a column at a time (`buckets_of`).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

LAYOUT_FILE = "_layout.json"
LAYOUT_FORMAT = "charter.partitioned/1"
HASH = "fnv1a64-fmix64"
BUCKET_ROWS = 1_000_000
"""Rows a table holds before it is split into buckets, and about the rows of each bucket after."""
SPILL_BATCH_ROWS = 1_000_000
ROW_GROUP_ROWS = 16_384
"""Rows per row group of a part: a lookup by key decodes one row group."""

_FNV_OFFSET = 0xCBF29CE484222325
_FNV_PRIME = 0x100000001B3
_MASK = (1 << 64) - 1
_FMIX = (0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53)


def _fmix(h: int) -> int:
    h ^= h >> 33
    h = (h * _FMIX[0]) & _MASK
    h ^= h >> 33
    h = (h * _FMIX[1]) & _MASK
    return h ^ (h >> 33)


def key_hash(key: str) -> int:
    h = _FNV_OFFSET
    for byte in key.encode("utf-8"):
        h = ((h ^ byte) * _FNV_PRIME) & _MASK
    return _fmix(h)


def bucket_of(key: str, buckets: int) -> int:
    return key_hash(key) % buckets


def key_hashes(keys: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """`key_hash` of every string of a column, vectorized over byte positions (uint64)."""
    if isinstance(keys, pa.ChunkedArray):
        keys = keys.combine_chunks()
    if keys.null_count:
        raise ValueError("a key column must not hold nulls")
    keys = keys.cast(pa.large_string())
    n = len(keys)
    _, offsets_buf, data_buf = keys.buffers()
    offsets = np.frombuffer(offsets_buf, dtype=np.int64)[keys.offset : keys.offset + n + 1]
    data = np.frombuffer(data_buf, dtype=np.uint8) if data_buf is not None else np.zeros(1, np.uint8)
    if len(data) == 0:
        data = np.zeros(1, np.uint8)
    starts, lengths = offsets[:-1], offsets[1:] - offsets[:-1]
    h = np.full(n, _FNV_OFFSET, dtype=np.uint64)
    prime = np.uint64(_FNV_PRIME)
    longest = int(lengths.max()) if n else 0
    with np.errstate(over="ignore"):
        for j in range(longest):
            active = lengths > j
            byte = data[np.minimum(starts + j, len(data) - 1)].astype(np.uint64)
            h = np.where(active, (h ^ byte) * prime, h)
        h ^= h >> np.uint64(33)
        h *= np.uint64(_FMIX[0])
        h ^= h >> np.uint64(33)
        h *= np.uint64(_FMIX[1])
        h ^= h >> np.uint64(33)
    return h


def buckets_of(keys: pa.Array | pa.ChunkedArray, buckets: int) -> np.ndarray:
    return (key_hashes(keys) % np.uint64(buckets)).astype(np.int64)


def buckets_for(rows: int) -> int:
    """Buckets for a table of `rows` rows: 1 (one file) up to BUCKET_ROWS, else a power of two."""
    if rows <= BUCKET_ROWS:
        return 1
    return 1 << int(np.ceil(np.log2(rows / BUCKET_ROWS)))


def part_name(bucket: int) -> str:
    return f"part-{bucket:05d}.parquet"


def is_partitioned(path: Path) -> bool:
    return (Path(path) / LAYOUT_FILE).is_file()


def layout(path: Path) -> dict | None:
    """The folder layout's description, or None for a single file."""
    path = Path(path)
    return json.loads((path / LAYOUT_FILE).read_text()) if is_partitioned(path) else None


def exists(path: Path) -> bool:
    path = Path(path)
    return path.is_file() or is_partitioned(path)


def files(path: Path) -> list[Path]:
    """The parquet files holding the table at `path`: itself, or its parts in bucket order."""
    path = Path(path)
    if path.is_file():
        return [path]
    if is_partitioned(path):
        return sorted(path.glob("part-*.parquet"))
    return []


def stamp(path: Path) -> str:
    """Size and modification time of the file, or of the layout file (rewritten last) of a folder: what a
    derived index records to notice that its source changed."""
    path = Path(path)
    target = path / LAYOUT_FILE if is_partitioned(path) else path
    st = target.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def part_for(path: Path, key: str) -> Path:
    """The one file that holds every row whose key column equals `key`."""
    path = Path(path)
    described = layout(path)
    if described is None:
        return path
    return path / part_name(bucket_of(key, int(described["buckets"])))


def lookup(
    path: Path,
    column: str,
    key: str,
    columns: Sequence[str] | None = None,
    where: Callable[[dict], bool] | None = None,
) -> list[dict]:
    """Rows (as dicts of `columns`) whose `column` equals `key` and for which `where(row)` holds. On a folder
    `column` must be its key column. Reads, in the one file that can hold `key`, the row groups whose
    statistics admit it: with the file sorted by `column`, one row group.

    Built from ParquetFile reads, slices and `to_pylist` only: pyarrow.dataset, and converting a Python value
    to Arrow, import pandas, which alone would cost a command-line lookup most of its second."""
    path = Path(path)
    described = layout(path)
    if described is not None and described["key"] != column:
        raise ValueError(f"{path} is bucketed by {described['key']!r}, not {column!r}")
    source = part_for(path, key)
    if not source.exists():
        return []
    f = pq.ParquetFile(source)
    names = f.schema_arrow.names
    at = names.index(column)
    groups = []
    for i in range(f.metadata.num_row_groups):
        stats = f.metadata.row_group(i).column(at).statistics
        if stats is None or not stats.has_min_max or stats.min <= key <= stats.max:
            groups.append(i)
    wanted = list(columns) if columns else names
    table = f.read_row_groups(groups, columns=sorted({*wanted, column}, key=names.index))
    hits = [i for i, k in enumerate(table.column(column).to_pylist()) if k == key]
    if not hits:
        return []
    span = table.slice(hits[0], hits[-1] - hits[0] + 1).to_pylist()
    return [
        {k: row[k] for k in wanted} for row in span if row[column] == key and (where is None or where(row))
    ]


def dataset(path: Path) -> Any:
    """The whole table as a pyarrow dataset (for filtered scans)."""
    import pyarrow.dataset as ds

    return ds.dataset([str(p) for p in files(path)], format="parquet")


def iter_batches(path: Path, columns: Sequence[str], batch_rows: int = 256_000) -> Iterator[pa.RecordBatch]:
    """Every row of the table, a batch at a time: memory holds one batch per file, never the table."""
    for part in files(path):
        yield from pq.ParquetFile(part).iter_batches(batch_size=batch_rows, columns=list(columns))


def count_rows(path: Path) -> int:
    return sum(pq.ParquetFile(p).metadata.num_rows for p in files(path))


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


class PartitionedWriter:
    """Streams tables into the folder layout: `write` spills rows to their bucket, `close` sorts each bucket
    and writes its part file. The finished folder replaces whatever was at `path` in one rename."""

    def __init__(
        self,
        path: Path,
        schema: pa.Schema,
        key: str,
        sort_by: Sequence[str],
        buckets: int,
        row_group_rows: int = ROW_GROUP_ROWS,
        spill_dir: Path | None = None,
    ):
        if buckets < 1:
            raise ValueError(f"buckets must be >= 1, got {buckets}")
        self.path, self.schema, self.key = Path(path), schema, key
        self.sort_by, self.buckets, self.row_group_rows = list(sort_by), buckets, row_group_rows
        self._spill = Path(tempfile.mkdtemp(prefix="charter-spill-", dir=spill_dir))
        self._writers: dict[int, pa.ipc.RecordBatchStreamWriter] = {}
        self._options = pa.ipc.IpcWriteOptions(compression="zstd")
        self.rows = 0

    def write(self, table: pa.Table, hashes: np.ndarray | None = None) -> None:
        """Spill `table`'s rows to their buckets; `hashes` (`key_hashes` of its key column) saves computing
        them again when several tables share one key column."""
        table = table.select(self.schema.names).cast(self.schema)
        if table.num_rows == 0:
            return
        if hashes is None:
            hashes = key_hashes(table.column(self.key))
        bucket = (hashes % np.uint64(self.buckets)).astype(np.int64)
        order = np.argsort(bucket, kind="stable")
        bounds = np.searchsorted(bucket[order], np.arange(self.buckets + 1))
        ordered = table.take(pa.array(order))
        for b in range(self.buckets):
            lo, hi = int(bounds[b]), int(bounds[b + 1])
            if hi > lo:
                self._writer(b).write_table(ordered.slice(lo, hi - lo))
        self.rows += table.num_rows

    def _writer(self, bucket: int) -> pa.ipc.RecordBatchStreamWriter:
        if bucket not in self._writers:
            sink = pa.OSFile(str(self._spill / f"{bucket:05d}.arrows"), "wb")
            self._writers[bucket] = pa.ipc.new_stream(sink, self.schema, options=self._options)
        return self._writers[bucket]

    def close(self) -> Path:
        for writer in self._writers.values():
            writer.close()
        staging = self.path.with_name(self.path.name + ".partial")
        _remove(staging)
        staging.mkdir(parents=True)
        try:
            for b in range(self.buckets):
                spilled = self._spill / f"{b:05d}.arrows"
                if spilled.exists():
                    with pa.memory_map(str(spilled)) as source:
                        table = pa.ipc.open_stream(source).read_all()
                    spilled.unlink()
                else:
                    table = self.schema.empty_table()
                table = table.sort_by([(c, "ascending") for c in self.sort_by])
                pq.write_table(
                    table, staging / part_name(b), row_group_size=self.row_group_rows, write_statistics=True
                )
            description = {
                "format": LAYOUT_FORMAT,
                "key": self.key,
                "hash": HASH,
                "buckets": self.buckets,
                "sort_by": self.sort_by,
                "rows": self.rows,
            }
            (staging / LAYOUT_FILE).write_text(json.dumps(description, indent=2) + "\n")
        finally:
            shutil.rmtree(self._spill, ignore_errors=True)
        _remove(self.path)
        staging.rename(self.path)
        return self.path

    def abort(self) -> None:
        for writer in self._writers.values():
            writer.close()
        shutil.rmtree(self._spill, ignore_errors=True)


def write_table(
    table: pa.Table,
    path: Path,
    key: str,
    sort_by: Sequence[str],
    row_group_rows: int | None = None,
    buckets: int | None = None,
) -> Path:
    """`table` (already in its sort order when small) at `path`: one file (row groups of `row_group_rows`,
    pyarrow's default when None) up to BUCKET_ROWS rows, else the folder layout bucketed by `key`."""
    path = Path(path)
    buckets = buckets or buckets_for(table.num_rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    if buckets == 1:
        _remove(path)
        pq.write_table(table, path, row_group_size=row_group_rows, write_statistics=True)
        return path
    writer = PartitionedWriter(path, table.schema, key, sort_by, buckets)
    for start in range(0, table.num_rows, SPILL_BATCH_ROWS):
        writer.write(table.slice(start, SPILL_BATCH_ROWS))
    return writer.close()
