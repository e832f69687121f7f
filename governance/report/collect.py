"""Gathers the report's facts from the ledger and the stage outputs. Nothing here is typed in by hand.

Every input is an artifact the report stage declares (core.stages), read through core.artifacts and
validated by core.schemas.summaries: a missing or renamed one stops the report with the file and the stage that
writes it, never an empty section. Only what `charter scaling` and `charter experiment` write outside
`dvc repro` is optional.

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
from core import artifacts as a
from core.artifacts import Artifact
from core.ledger import account_of, code_version, is_dirty
from core.registry import load_registry
from core.schemas.base import Record, load
from core.schemas.plan import read_plan
from core.schemas.summaries import CurateStats, GateDecisions, IngestStats, ScrubStats, read
from core.stages import BY_NAME
from governance.report.sft import sft_section

DIRTY_WARNING = (
    "Built from a working tree with uncommitted changes: the code that produced this report is not the "
    "commit it names, and the report cannot be reproduced from version control."
)


def require_inputs(data: Path) -> None:
    """Every input the report stage declares, or a MissingArtifact naming the first one missing."""
    for artifact in BY_NAME["report"].inputs:
        artifact.require(data)


def _raw(artifact: Artifact, data: Path) -> dict:
    """A summary as its stage wrote it (validated against its schema), to be embedded unchanged."""
    return read(artifact, data).raw


def _optional(artifact: Artifact, data: Path) -> dict:
    """What a command outside `dvc repro` writes: its content, or {} (the report says it was not run)."""
    return _raw(artifact, data) if artifact.at(data).exists() else {}


def studies_section(data: Path, params: dict) -> dict[str, dict]:
    """Each study declared under experiment.studies that `charter experiment run --study NAME` has run: its
    results.json (data/experiment/<name>/), read like the experiment's own; a study not run is left out."""
    declared = (params.get("experiment") or {}).get("studies") or {}
    found = {}
    for name in sorted(declared):
        path = a.EXPERIMENT_RESULTS.at(data).parent / name / a.EXPERIMENT_RESULTS.at(data).name
        if path.exists():
            found[name] = load(Record, path, " (charter experiment run --study writes it)").raw
    return found


def _plan(data: Path) -> dict:
    """plan.json as the plan stage wrote it, once read as a Plan (which a malformed one is not)."""
    path = a.PLAN.require(data)
    read_plan(path)
    return json.loads(path.read_text())


def stage_accounts(data: Path) -> list[dict]:
    """Per-stage accounting, and a check that each stage received exactly what the previous one passed on."""
    accounts, previous_out = [], None
    for ledger in a.CORPUS_LEDGERS:
        stage = ledger.stage
        account = account_of(ledger.require(data), stage)
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
    for ledger in a.CORPUS_LEDGERS:
        stage, path = ledger.stage, ledger.require(data)
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
    path = a.SCRUB_LEDGER.require(data)
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
    decisions = read(a.GATE_DECISIONS, data, GateDecisions).sources
    ingest_stats = read(a.INGEST_STATS, data, IngestStats).sources
    rows = []
    for s in registry.sources:
        d = decisions.get(s.id)
        counts = ingest_stats.get(s.id)
        rows.append(
            {
                "id": s.id,
                "domain": s.domain,
                "format": s.format,
                "license": s.license,
                "owner": s.owner,
                "sensitivity": s.sensitivity,
                "attribution": s.attribution,
                "gate": "not gated" if d is None else "kept" if d.allowed else "blocked",
                "gate_reason": d.reason if d else "",
                "obligations": d.obligations if d else [],
                "documents_read": counts.kept if counts else 0,
                "quarantined": counts.quarantined if counts else 0,
            }
        )
    return rows


def collect(data: Path, sources_file: Path, params_file: Path) -> dict:
    data = Path(data)
    require_inputs(data)
    params = yaml.safe_load(Path(params_file).read_text())
    curate = read(a.CURATE_STATS, data, CurateStats)
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
        "gate": {k: v for k, v in _raw(a.GATE_DECISIONS, data).items() if k != "sources"},
        "stages": stage_accounts(data),
        "dropped": dropped_reasons(data),
        "quarantined": read(a.INGEST_STATS, data, IngestStats).quarantined,
        "pii": {
            "by_domain": pii_by_domain(data),
            "entities_checked": read(a.SCRUB_STATS, data, ScrubStats).entities,
        },
        "dedup": {
            "exact_duplicates_dropped": curate.dropped_by_step.get("exact_dedup", 0),
            "curate_dropped_by_step": curate.dropped_by_step,
        },
        "quality_gate": _raw(a.VALIDATE_RESULTS, data),
        "mixture": _raw(a.MIX_STATS, data),
        "tokenizer": _raw(a.FERTILITY, data),
        "tokenizer_details": _raw(a.FERTILITY_DETAILS, data),
        "tokens": _raw(a.TOKENIZE_META, data),
        "token_mixture": _raw(a.MIXTURE_STATS, data),
        "plan": _plan(data),
        "training": _raw(a.PRETRAIN_SUMMARY, data),
        # Continued pretraining: the registered base as trained on (license decision, hash of its files); None
        # when the model was trained from scratch.
        "base_model": _raw(a.PRETRAIN_SUMMARY, data).get("base_model") or None,
        "scaling": _optional(a.SCALING_FIT, data),
        "evaluation": _raw(a.EVALUATE_METRICS, data),
        "evaluation_gate": _raw(a.EVALUATE_LICENSE_GATE, data),
        # Instruction tuning: governed SFT data, base vs SFT metrics, and sample answers (model output on fixed
        # prompts, scrubbed like any document; no document text).
        "instruction_tuning": sft_section(data),
        "experiment": _optional(a.EXPERIMENT_RESULTS, data),
        # experiment.studies: each further question's table, when it has been run.
        "studies": studies_section(data, params),
        # benchmarks/train_throughput.py --json: each pretraining option's tokens/s against the baseline.
        "throughput": _optional(a.EXPERIMENT_THROUGHPUT, data),
    }
