"""`charter ledger query "SQL"`: compliance questions in SQL, answered by DuckDB over the parquet files the
pipeline wrote (nothing is copied or loaded first, so it works the same on a thousand documents or on a
hundred million).

Views (each present when its files are):
- `ledger`: every stage's ledger, one row per (document, stage): doc_id, stage, decision, reason, source,
  domain, counts (JSON), detail (JSON), code_version, params_hash;
- `provenance`: per document, as ingested: doc_id, source, domain, license, sensitivity, sha256, location
  (written by the report stage);
- `token_index` and `training_index`: the token ranges of the unique-document shards (tokenize) and of the
  training stream (mixture): shard, start, end, doc_id, source, domain, license, epoch;
- `sources`: the registries as they are now: id, domain, license, owner, sensitivity, format.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core import artifacts as a
from core import partitioned
from core.errors import CharterError
from core.ledger import LEDGER_FILE
from core.registry import load_registry

# Views over one table each; the ledger view unions every stage folder's ledger.
TABLE_VIEWS = {
    "provenance": Path(a.REPORT_PROVENANCE.path),
    "token_index": Path(a.TOKENIZE_INDEX.path),
    "training_index": Path(a.MIXTURE_INDEX.path),
}
SOURCE_COLUMNS = ("id", "domain", "license", "owner", "sensitivity", "format")


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple]
    truncated: bool
    """More rows matched than were fetched (`limit`)."""


def _glob(path: Path) -> str | None:
    """The read_parquet pattern of one table: its file, or its folder's parts."""
    if path.is_file():
        return str(path.resolve())
    if partitioned.is_partitioned(path):
        return str(path.resolve() / "part-*.parquet")
    return None


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def stage_ledgers(data: Path) -> dict[str, str]:
    """Stage name -> read_parquet pattern of its ledger, for every stage folder under `data` that has one."""
    found = {}
    for folder in sorted(p for p in Path(data).iterdir() if p.is_dir()) if Path(data).is_dir() else []:
        pattern = _glob(folder / LEDGER_FILE)
        if pattern is not None:
            found[folder.name] = pattern
    return found


def connect(data: Path, registries: list[Path] | None = None, memory_limit: str | None = None) -> Any:
    """An in-memory DuckDB connection with the views of the module docstring over `data`."""
    import duckdb

    ledgers = stage_ledgers(data)
    if not ledgers:
        raise CharterError(f"no ledger under {data}/: run the pipeline (dvc repro) first")
    con = duckdb.connect(config={"threads": os.cpu_count() or 1})
    # Spills of large joins and sorts go to a scratch folder, never into the repository.
    con.execute(f"SET temp_directory = {_quote(tempfile.gettempdir() + '/charter-duckdb')}")
    if memory_limit:
        con.execute(f"SET memory_limit = {_quote(memory_limit)}")
    patterns = ", ".join(_quote(p) for p in ledgers.values())
    con.execute(f"CREATE VIEW ledger AS SELECT * FROM read_parquet([{patterns}], union_by_name = true)")
    for name, relative in TABLE_VIEWS.items():
        pattern = _glob(Path(data) / relative)
        if pattern is not None:
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({_quote(pattern)})")
    rows = []
    for path in registries or []:
        if Path(path).exists():
            rows += [tuple(getattr(s, c) for c in SOURCE_COLUMNS) for s in load_registry(path).sources]
    con.execute("CREATE TABLE sources (" + ", ".join(f"{c} VARCHAR" for c in SOURCE_COLUMNS) + ")")
    if rows:
        con.executemany(f"INSERT INTO sources VALUES ({', '.join('?' * len(SOURCE_COLUMNS))})", rows)
    return con


def views(con: Any) -> list[str]:
    return sorted(r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall())


def _statement(sql: str) -> str:
    sql = sql.strip().rstrip(";").strip()
    if not sql:
        raise CharterError("empty query")
    return sql


def query(con: Any, sql: str, limit: int | None) -> QueryResult:
    """The first `limit` rows of the query's result (all of them when None)."""
    import duckdb

    try:
        cursor = con.execute(_statement(sql))
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchall() if limit is None else cursor.fetchmany(limit + 1)
    except duckdb.Error as e:
        raise CharterError(
            f"{e}\n(views: {', '.join(views(con))}; `charter ledger query --help` lists them)"
        ) from e
    truncated = limit is not None and len(rows) > limit
    return QueryResult(columns, rows[:limit] if truncated else rows, truncated)


def export(con: Any, sql: str, out: Path) -> int:
    """Write the query's whole result to `out` (.parquet, .csv or .json/.jsonl by suffix); return its rows."""
    import duckdb

    formats = {".parquet": "PARQUET", ".csv": "CSV", ".json": "JSON", ".jsonl": "JSON"}
    kind = formats.get(Path(out).suffix.lower())
    if kind is None:
        raise CharterError(f"--out {out}: use a .parquet, .csv, .json or .jsonl file")
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    statement = _statement(sql)
    try:
        con.execute(f"COPY ({statement}) TO {_quote(str(out))} (FORMAT {kind})")
        return int(con.execute(f"SELECT count(*) FROM ({statement})").fetchone()[0])
    except duckdb.Error as e:
        raise CharterError(f"{e}\n(views: {', '.join(views(con))})") from e


def format_table(result: QueryResult) -> str:
    """Aligned columns, a header rule, and a note when rows were left out."""
    cells = [[_cell(v) for v in row] for row in result.rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(result.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    n = len(result.rows)
    more = "; more rows matched (raise --limit, or --out FILE for all)" if result.truncated else ""
    lines.append(f"({n} row{'s' if n != 1 else ''}{more})")
    return "\n".join(lines)


def _cell(value: Any) -> str:
    return "NULL" if value is None else str(value)


def to_json(result: QueryResult) -> str:
    rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    return json.dumps(
        {"columns": result.columns, "rows": rows, "truncated": result.truncated}, default=str, indent=2
    )
