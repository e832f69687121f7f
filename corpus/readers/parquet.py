"""Parquet: one record per row, the row number (1-based, across row groups) its line.

Read one row group at a time in record batches, and only the columns the source needs (text, id, kept
fields): memory is bounded by a batch, not the file. A row group whose needed columns exceed
`max_file_bytes` uncompressed is quarantined unread, as is a file pyarrow cannot open.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from corpus.listing import SUFFIXES
from corpus.readers.base import Quarantine, Reader, Record, make_record

BATCH_ROWS = 1024


def _problem(e: Exception) -> str:
    """pyarrow's message names the problem; its first line is enough (later lines can quote the data)."""
    first = str(e).strip().splitlines()[0] if str(e).strip() else ""
    return f"{type(e).__name__}: {first[:200]}"


class ParquetReader(Reader):
    suffixes = SUFFIXES["parquet"]

    def read(self, path: Path, relative: str) -> Iterator[Record | Quarantine]:
        try:
            # An open handle, not the path: pyarrow's errors then never carry the file's name.
            handle = path.open("rb")
        except OSError as e:
            yield Quarantine(relative, None, f"unreadable: {e.strerror}")
            return
        with handle:
            yield from self._rows(handle, relative)

    def _rows(self, handle, relative: str) -> Iterator[Record | Quarantine]:
        try:
            pf = pq.ParquetFile(handle)
            names = pf.schema_arrow.names
        except Exception as e:  # pyarrow raises several unrelated types for a damaged file
            yield Quarantine(relative, None, f"unreadable parquet: {_problem(e)}")
            return
        if self.text_field not in names:
            yield Quarantine(relative, None, f"no column '{self.text_field}' (columns: {names})")
            return
        if self.options.id_field and self.options.id_field not in names:
            yield Quarantine(relative, None, f"no id column '{self.options.id_field}' (columns: {names})")
            return
        columns = [self.text_field] + [c for c in self.options.wanted_fields if c in names]
        row = 0
        for group in range(pf.num_row_groups):
            meta = pf.metadata.row_group(group)
            first = row + 1
            size = sum(
                meta.column(j).total_uncompressed_size
                for j in range(meta.num_columns)
                if meta.column(j).path_in_schema.split(".")[0] in columns
            )
            if size > self.options.max_file_bytes:
                limit = self.options.max_file_bytes
                yield Quarantine(
                    relative,
                    first,
                    f"huge: row group {group} (rows {first}-{row + meta.num_rows}) holds {size} bytes "
                    f"exceeding ingest.max_file_bytes={limit}; not read",
                )
                row += meta.num_rows
                continue
            try:
                for batch in pf.iter_batches(batch_size=BATCH_ROWS, row_groups=[group], columns=columns):
                    for values in batch.to_pylist():
                        row += 1
                        text = values.get(self.text_field)
                        digest = (
                            hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
                            if isinstance(text, str)
                            else ""
                        )
                        yield make_record(relative, row, text, digest, values, self.options)
            except Exception as e:
                yield Quarantine(relative, row + 1, f"unreadable parquet from row {row + 1}: {_problem(e)}")
                return
