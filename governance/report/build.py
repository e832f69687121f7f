"""The report stage: `report.json` (every figure) and `report.html` (the same, readable, self-contained)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from charter.stage import write_json
from governance.report import charts
from governance.report.collect import collect

TEMPLATE = "template.html.jinja"


def _eval_rows(evaluation: dict) -> list[dict]:
    rows = []
    for domain, metrics in sorted(evaluation.items()):
        if not isinstance(metrics, dict):
            continue
        bpb = metrics.get("bits_per_byte")
        bpb_s = f"{bpb:.3f}" if isinstance(bpb, int | float) else "–"
        tasks = {k: v for k, v in metrics.items() if isinstance(v, dict) and "acc" in v}
        if not tasks:
            rows.append({"domain": domain, "bpb": bpb_s, "task": "–", "acc": "–", "chance": "–", "n": "–"})
        for i, (task, v) in enumerate(sorted(tasks.items())):
            rows.append(
                {
                    "domain": domain if i == 0 else "",
                    "bpb": bpb_s if i == 0 else "",
                    "task": task,
                    "acc": f"{v['acc']:.3f}"
                    + (f" ± {1.96 * v['acc_stderr']:.3f}" if v.get("acc_stderr") else ""),
                    "chance": f"{v['chance']:.3f}" if isinstance(v.get("chance"), int | float) else "–",
                    "n": v.get("n", "–"),
                }
            )
    return rows


def _loss_points(data: Path) -> list[tuple[float, float]]:
    log = data / "pretrain" / "train_log.jsonl"
    if not log.exists():
        return []
    points = []
    for line in log.read_text().splitlines():
        entry = json.loads(line)
        if "loss" in entry and "step" in entry:
            points.append((float(entry["step"]), float(entry["loss"])))
    return points


def render_html(report: dict, data: Path) -> str:
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent), autoescape=select_autoescape(["html", "jinja"])
    )
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
        tokens_svg=charts.bars(report["tokens"].get("tokens_by_domain", {}), " tokens"),
        loss_svg=charts.line(_loss_points(data), label="training loss"),
        eval_rows=_eval_rows(report["evaluation"]),
    )


def run_report(data: Path, sources_file: Path, params_file: Path, out: Path) -> dict:
    out = Path(out)
    report = collect(Path(data), sources_file, params_file)
    write_json(out / "report.json", report)
    html_path = out / "report.html"
    html_path.write_text(render_html(report, Path(data)), encoding="utf-8")
    return {"html": html_path, "json": out / "report.json"}
