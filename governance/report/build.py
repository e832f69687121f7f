"""The report stage: `report.json` (every figure) and `report.html` (the same, readable, self-contained)."""

from __future__ import annotations

import base64
import json
from collections import Counter
from pathlib import Path

import pyarrow as pa
from jinja2 import Environment, FileSystemLoader, select_autoescape

from core import artifacts as a
from core import partitioned
from core.artifacts import Artifact
from core.config import load_params
from core.errors import CharterError
from core.ledger import ROW_GROUP_ROWS
from core.stage import write_json
from core.urls import redact
from governance.erasure.proof import verify_erasure, write_proof
from governance.integrity import artifact_hashes
from governance.openlineage import EVENTS_FILE, build_events, write_events
from governance.report import charts
from governance.report.collect import collect
from governance.report.evaluation import experiment_rows, heldout_rows, task_rows
from governance.report.memo import decision_memo
from governance.report.summary import training_content_summary, write_cards
from governance.trace import PROVENANCE_KEYS, build_doc_token_index, build_duplicates_index

TEMPLATE = "template.html.jinja"


def _loss_points(data: Path) -> list[tuple[float, float]]:
    log = a.PRETRAIN_TRAIN_LOG.require(data)
    points = []
    for line in log.read_text().splitlines():
        entry = json.loads(line)
        if "loss" in entry and "step" in entry:
            points.append((float(entry["step"]), float(entry["loss"])))
    return points


def _data_uri(plot: Artifact, data: Path, optional: bool = False) -> str:
    """The PNG inline, so the report stays one self-contained file; empty when an optional plot (of a
    command run beside `dvc repro`) does not exist."""
    png = plot.at(data)
    if optional and not png.exists():
        return ""
    return "data:image/png;base64," + base64.b64encode(plot.require(data).read_bytes()).decode("ascii")


def study_tables(studies: dict, data: Path) -> list[dict]:
    """Each study's table and plot (data/experiment/<name>/bpb.png), as the experiment's are shown."""
    tables = []
    for name, result in sorted(studies.items()):
        plot = a.EXPERIMENT_PLOT.at(data).parent / name / a.EXPERIMENT_PLOT.at(data).name
        png = (
            "data:image/png;base64," + base64.b64encode(plot.read_bytes()).decode("ascii")
            if plot.exists()
            else ""
        )
        tables.append(
            {
                "name": name,
                "about": result.get("about", ""),
                "result": result,
                "table": experiment_rows(result),
                "png": png,
            }
        )
    return tables


def template_env() -> Environment:
    """The report's templates (template.html.jinja and the macros it imports), HTML-escaped."""
    return Environment(
        loader=FileSystemLoader(Path(__file__).parent), autoescape=select_autoescape(["html", "jinja"])
    )


def render_html(report: dict, data: Path) -> str:
    env = template_env()
    pii = report["pii"]["by_domain"]
    type_totals: Counter[str] = Counter()
    for counts in pii.values():
        type_totals.update(counts)
    stages = report["stages"]
    mixture_domains = {d: v["bytes"] for d, v in report["mixture"].get("domains", {}).items()}
    return env.get_template(TEMPLATE).render(
        r=report,
        blocked=sum(1 for s in report["sources"] if s["gate"] == "blocked"),
        first_in=stages[0]["in"] if stages else 0,
        last_out=(stages[-1]["kept"] + stages[-1]["modified"]) if stages else 0,
        pii_total=sum(type_totals.values()),
        pii_domains=sorted(pii),
        pii_types=[t for t, _ in type_totals.most_common()],
        pii_type_totals=type_totals,
        funnel_svg=charts.funnel(stages),
        domain_bytes_svg=charts.bars(mixture_domains, " bytes"),
        tokens_svg=charts.bars(
            report.get("token_mixture", {}).get("tokens_by_domain")
            or report["tokens"].get("tokens_by_domain", {}),
            " tokens",
        ),
        fertility_png=_data_uri(a.FERTILITY_PLOT, data),
        loss_svg=charts.line(_loss_points(data), label="training loss"),
        training_png=_data_uri(a.PRETRAIN_PLOT, data),
        isoflop_png=_data_uri(a.SCALING_PLOT, data, optional=True),
        eval_rows=task_rows(report["evaluation"]),
        heldout_rows=heldout_rows(report["evaluation"]),
        experiment_table=experiment_rows(report.get("experiment") or {}),
        experiment_png=_data_uri(a.EXPERIMENT_PLOT, data, optional=True),
        study_tables=study_tables(report.get("studies") or {}, data),
        memo=report.get("decision_memo") or decision_memo(report),
    )


def write_provenance(data: Path) -> Path:
    """doc_id -> source, license, raw sha256, location, from ingest's output: what `charter trace` looks up."""
    folders = [a.INGEST_DOCS.require(data), a.INGEST_QUARANTINE.require(data)]
    rows: dict[str, list] = {k: [] for k in ("doc_id", *PROVENANCE_KEYS)}
    for folder in folders:
        for path in sorted(folder.glob("*.jsonl")):
            with path.open(encoding="utf-8") as f:
                for line in f:
                    record = json.loads(line)
                    meta = record.get("metadata", {})
                    rows["doc_id"].append(record["id"])
                    for k in PROVENANCE_KEYS:
                        rows[k].append(None if meta.get(k) is None else str(meta[k]))
    table = pa.table(rows).sort_by("doc_id")
    return partitioned.write_table(
        table, a.REPORT_PROVENANCE.at(data), "doc_id", ["doc_id"], row_group_rows=ROW_GROUP_ROWS
    )


def run_report(
    data: Path,
    sources_file: Path,
    params_file: Path,
    out: Path,
    erasure_file: Path | None = None,
    tokenizer_dir: Path | None = None,
    repo: Path | None = None,
    instructions_file: Path | None = None,
) -> dict:
    data, out = Path(data), Path(out)
    report = redact(collect(data, sources_file, params_file))  # first: a missing input stops it here
    out.mkdir(parents=True, exist_ok=True)
    # Lookup indexes for `charter trace` (under data/report/, next to the report they serve).
    write_provenance(data)
    build_doc_token_index(data)
    build_duplicates_index(data)
    if erasure_file is not None:
        # The pipeline's legs only: a scan of the DVC cache here would make the report depend on what else
        # the cache holds; `charter verify-erasure` runs the scan.
        proof = verify_erasure(
            data,
            Path(erasure_file),
            tokenizer_dir,
            sources=[sources_file],
            instructions=[instructions_file] if instructions_file else [],
        )
        proof = redact(proof)
        write_proof(proof, out)
        report["erasure"] = proof
    summary = training_content_summary(report)
    write_json(out / a.REPORT_SUMMARY.name, summary)
    report["training_content_summary"] = summary
    report["decision_memo"] = decision_memo(report)
    write_cards(report, summary, out)
    events = build_events(Path(repo or Path(sources_file).parent), data, report)
    write_events(events, out)
    report["openlineage"] = {"file": EVENTS_FILE, "events": len(events), "stages": len(events) // 2}
    # Last: the hashes of everything above, so `charter verify` can recompute them.
    report["artifacts"] = artifact_hashes(data)
    write_json(out / a.REPORT_JSON.name, report)
    html_path = out / a.REPORT_HTML.name
    html_path.write_text(render_html(report, data), encoding="utf-8")
    if erasure_file is not None and not report["erasure"]["passed"]:
        raise CharterError(f"erasure not proven: {'; '.join(report['erasure']['failures'])}")
    return {"html": html_path, "json": out / a.REPORT_JSON.name}


def report_command(
    *, params: Path, sources: Path, instructions: Path, data: Path, tokenizer: Path, out: Path
) -> dict[str, str]:
    """`charter report`: the stage."""
    erasure = Path(load_params(params).gate.erasure_file)
    result = run_report(data, sources, params, out, erasure, tokenizer, instructions_file=instructions)
    return {"html": str(result["html"]), "json": str(result["json"])}
