"""Gathers the report's facts from the ledger and the stage outputs. Nothing here is typed in by hand.

Counts and types only: the report never carries document text or a detected PII value.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import yaml

from core import __version__, partitioned
from core.ledger import LEDGER_FILE, account_of, code_version, is_dirty
from core.registry import load_registry
from model.sft.report import sft_section

LEDGER_STAGES = ("ingest", "gate", "curate", "scrub", "mix")
DIRTY_WARNING = (
    "Built from a working tree with uncommitted changes: the code that produced this report is not the "
    "commit it names, and the report cannot be reproduced from version control."
)


def _json(path: Path) -> dict:
    return json.loads(path.read_text()) if path.exists() else {}


def stage_accounts(data: Path) -> list[dict]:
    """Per-stage accounting, and a check that each stage received exactly what the previous one passed on."""
    accounts, previous_out = [], None
    for stage in LEDGER_STAGES:
        path = data / stage / LEDGER_FILE
        if not path.exists():
            continue
        account = account_of(path, stage)
        entry = account.as_dict() | {"closes": account.closes}
        if previous_out is not None:
            entry["matches_previous_stage"] = account.n_in == previous_out
        accounts.append(entry)
        previous_out = account.kept + account.modified
    return accounts


# Read a batch at a time: at a hundred million documents a stage's ledger does not fit in memory as rows.
NOT_PASSED = pa.array(["dropped", "quarantined"])


def dropped_reasons(data: Path) -> dict[str, list[dict]]:
    """Reasons for every drop and quarantine, grouped, with document counts (a reason is not a value)."""
    out: dict[str, list[dict]] = {}
    for stage in LEDGER_STAGES:
        path = data / stage / LEDGER_FILE
        if not path.exists():
            continue
        counter: Counter[tuple[str, str, str]] = Counter()
        for batch in partitioned.iter_batches(path, ["decision", "reason", "source"]):
            table = pa.Table.from_batches([batch])
            table = table.filter(pc.is_in(table.column("decision"), NOT_PASSED))
            if not table.num_rows:
                continue
            table = table.set_column(1, "reason", _reason_classes(stage, table.column("reason")))
            for row in (
                table.group_by(["decision", "reason", "source"]).aggregate([([], "count_all")]).to_pylist()
            ):
                counter[(row["decision"], row["reason"], row["source"])] += row["count_all"]
        out[stage] = [
            {"decision": d, "reason": reason, "source": s, "documents": n}
            for (d, reason, s), n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
    return out


def _reason_classes(stage: str, reasons: pa.ChunkedArray) -> pa.ChunkedArray:
    """Quarantine reasons start with the file and line; the report keeps them (they name files, not content).
    A duplicate's reason names its survivor and a language drop its score: grouped without them."""
    if stage != "curate":
        return reasons
    reasons = pc.if_else(pc.starts_with(reasons, "exact_dedup"), "exact_dedup: duplicate", reasons)
    language = pc.starts_with(reasons, "language: detected")
    return pc.if_else(language, pc.replace_substring_regex(reasons, r" \(.*$", ""), reasons)


def pii_by_domain(data: Path) -> dict[str, dict[str, int]]:
    path = data / "scrub" / LEDGER_FILE
    if not path.exists():
        return {}
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for batch in partitioned.iter_batches(path, ["domain", "counts"]):
        for domain in pc.unique(batch.column("domain")).to_pylist():
            totals[domain]  # a domain without PII is reported with no counts  # noqa: B018
        table = pa.Table.from_batches([batch])
        table = table.filter(pc.not_equal(table.column("counts"), "{}"))
        # Documents with the same counts are one group: the JSON is parsed once per distinct value.
        for row in table.group_by(["domain", "counts"]).aggregate([([], "count_all")]).to_pylist():
            for kind, n in json.loads(row["counts"]).items():
                totals[row["domain"]][kind] += n * row["count_all"]
    return {d: dict(sorted(c.items())) for d, c in sorted(totals.items())}


def sources_section(sources_file: Path, data: Path) -> list[dict]:
    registry = load_registry(sources_file)
    decisions = _json(data / "gate" / "decisions.json").get("sources", {})
    ingest_stats = _json(data / "ingest" / "stats.json").get("sources", {})
    rows = []
    for s in registry.sources:
        d = decisions.get(s.id, {})
        rows.append(
            {
                "id": s.id,
                "domain": s.domain,
                "format": s.format,
                "license": s.license,
                "owner": s.owner,
                "sensitivity": s.sensitivity,
                "attribution": s.attribution,
                "gate": "kept" if d.get("allowed") else "blocked" if d else "not gated",
                "gate_reason": d.get("reason", ""),
                "obligations": d.get("obligations", []),
                "documents_read": ingest_stats.get(s.id, {}).get("kept", 0),
                "quarantined": ingest_stats.get(s.id, {}).get("quarantined", 0),
            }
        )
    return rows


def base_model_section(data: Path) -> dict | None:
    """The base model the pretrain stage continued (its summary), else the one the plan was made for."""
    return (
        _json(data / "pretrain" / "summary.json").get("base_model")
        or _json(data / "plan" / "plan.json").get("base_model")
        or None
    )


def collect(data: Path, sources_file: Path, params_file: Path) -> dict:
    data = Path(data)
    params = yaml.safe_load(Path(params_file).read_text())
    curate = _json(data / "curate" / "stats.json")
    dedup_dropped = curate.get("dropped_by_step", {}).get("exact_dedup", 0)
    version = code_version()
    return {
        "schema": "charter.lineage-report/1",
        "charter_version": __version__,
        "code_version": version,
        # First thing a reader checks: a report of uncommitted code cannot be reproduced from the commit.
        "dirty_tree": is_dirty(version),
        "warnings": [DIRTY_WARNING] if is_dirty(version) else [],
        "params": params,
        "sources": sources_section(sources_file, data),
        "gate": {k: v for k, v in _json(data / "gate" / "decisions.json").items() if k != "sources"},
        "stages": stage_accounts(data),
        "dropped": dropped_reasons(data),
        "quarantined": _json(data / "ingest" / "stats.json").get("quarantined", []),
        "pii": {
            "by_domain": pii_by_domain(data),
            "entities_checked": _json(data / "scrub" / "stats.json").get("entities", []),
        },
        "dedup": {
            "exact_duplicates_dropped": dedup_dropped,
            "curate_dropped_by_step": curate.get("dropped_by_step", {}),
        },
        "quality_gate": _json(data / "validate" / "results.json"),
        "mixture": _json(data / "mix" / "mixture.json"),
        "tokenizer": _json(data / "tokenizer" / "fertility.json"),
        "tokenizer_details": _json(data / "tokenizer" / "fertility_details.json"),
        "tokens": _json(data / "tokenize" / "meta.json"),
        "token_mixture": _json(data / "mixture" / "mixture.json"),
        "plan": _json(data / "plan" / "plan.json"),
        "training": _json(data / "pretrain" / "summary.json"),
        # Continued pretraining: the registered base as trained on (license decision, weights hash); None
        # when the model was trained from scratch.
        "base_model": base_model_section(data),
        # Optional: present only after `charter scaling sweep` + `fit` (not part of the default `dvc repro`).
        "scaling": _json(data / "scaling" / "fit.json"),
        "evaluation": _json(data / "evaluate" / "metrics.json"),
        "evaluation_gate": _json(data / "evaluate" / "results" / "license_gate.json"),
        # Instruction tuning: governed SFT data, base vs SFT metrics, and sample answers (model output on fixed
        # prompts, scrubbed like any document; no document text).
        "instruction_tuning": sft_section(data),
        # Optional: present only after `charter experiment run` (DVC experiments, not the default `dvc repro`).
        "experiment": _json(data / "experiment" / "results.json"),
    }
