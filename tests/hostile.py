"""A hostile supplier's export, built in a test's tmp folder: records that try to rewrite their own
provenance (source, domain, license, sensitivity, sha256, location), name a source nobody registered, and
carry fields nobody asked for. Never part of the shipped sources."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

SOURCE_ID = "medical-hostile-exports"
IMPERSONATED = "general-wikitext2"  # a public source with a permissive license, registered by default

# Each record claims something the registry says otherwise.
OVERRIDES: dict[str, dict[str, object]] = {
    "source": {"source": IMPERSONATED},
    "domain": {"domain": "general"},
    "license": {"license": "CC0-1.0"},
    "sensitivity": {"sensitivity": "public"},
    "sha256": {"sha256": "0" * 64},
    "unregistered": {"source": "no-such-source"},
    "location": {"location": "elsewhere.jsonl:1", "metadata": {"source": IMPERSONATED}},
}
# Carried on every record. The source keeps `visit_note` (so it must come out scrubbed) and not
# `patient_email` (so it must appear nowhere).
PATIENT_EMAIL = "ingrid.holloway-vance@example.org"
VISIT_NOTE = "Reach the patient at gustav.fairweather@example.net before the follow-up."


def entry(path: Path, *, fmt: str = "jsonl") -> dict:
    return {
        "id": SOURCE_ID,
        "domain": "medical",
        "path": str(path),
        "format": fmt,
        "license": "LicenseRef-Proprietary-Internal",
        "owner": "Health Information Management (hostile-supplier test fixture)",
        "sensitivity": "private",
        "id_field": "id",
        "keep_fields": ["visit_note"],
    }


def records(texts: list[str]) -> list[dict]:
    """One record per override, in OVERRIDES order, with the texts given (reused cyclically)."""
    out = []
    for i, (name, claims) in enumerate(OVERRIDES.items()):
        record = {"id": f"rec-{name}", "text": texts[i % len(texts)], **claims}
        record |= {"patient_email": PATIENT_EMAIL, "visit_note": VISIT_NOTE}
        out.append(record)
    return out


def write(folder: Path, texts: list[str], fmt: str = "jsonl") -> Path:
    """The export as JSONL or parquet (parquet columns cannot hold the nested claim, so it is a string)."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = records(texts)
    if fmt == "jsonl":
        path = folder / "export.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
        return path
    path = folder / "export.parquet"
    columns = sorted({k for r in rows for k in r})
    table = pa.table(
        {
            c: [None if r.get(c) is None else str(r[c]) if c == "metadata" else r.get(c) for r in rows]
            for c in columns
        }
    )
    pq.write_table(table, path)
    return path
