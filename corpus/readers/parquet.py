from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from corpus.readers.base import Quarantine, Reader, Record


class ParquetReader(Reader):
    """One record per row; the row number is the location."""

    suffixes = (".parquet",)

    def read(self, path: Path, relative: str) -> Iterator[Record | Quarantine]:
        try:
            table = pq.read_table(path)
        except Exception as e:  # pyarrow raises several unrelated types for a damaged file
            yield Quarantine(relative, None, f"unreadable parquet: {type(e).__name__}: {e}")
            return
        if self.text_field not in table.column_names:
            yield Quarantine(relative, None, f"no column '{self.text_field}' (columns: {table.column_names})")
            return
        for row_no, row in enumerate(table.to_pylist(), start=1):
            where = (relative, row_no)
            text = row.get(self.text_field)
            if not isinstance(text, str):
                yield Quarantine(*where, f"'{self.text_field}' is not a string")
                continue
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            fields: dict[str, object] = {
                str(k): v for k, v in row.items() if k != self.text_field and isinstance(v, str | int | float)
            }
            yield Record(*where, text, digest, fields)
