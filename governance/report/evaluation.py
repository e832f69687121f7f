"""The report's evaluation and experiment tables, from the evaluate stage's metrics and the experiment's
results: every accuracy beside the floors it must clear, every bits-per-byte figure with its interval."""

from __future__ import annotations

from typing import Any

HEURISTICS = ("copy", "longest", "shortest", "overlap_stump")


def _f(x: Any, digits: int = 3) -> str:
    return f"{x:.{digits}f}" if isinstance(x, int | float) else "–"


def _ci(low: Any, high: Any, digits: int = 3) -> str:
    if isinstance(low, int | float) and isinstance(high, int | float):
        return f"[{low:.{digits}f}, {high:.{digits}f}]"
    return "–"


def _ordered(evaluation: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (d, m)
        for d, m in sorted(evaluation.items(), key=lambda kv: (kv[0] == "standard", kv[0]))
        if isinstance(m, dict)
    ]


def heldout_rows(evaluation: dict[str, Any]) -> list[dict[str, Any]]:
    """Per domain, then per source: bits per byte on original bytes with its interval."""
    rows = []
    for domain, m in _ordered(evaluation):
        if not isinstance(m.get("bits_per_byte"), int | float):
            continue
        rows.append(
            {
                "domain": domain,
                "source": f"macro-average of {len(m.get('sources') or {})} sources",
                "bpb": _f(m["bits_per_byte"]),
                "ci": _ci(m.get("bits_per_byte_ci95_low"), m.get("bits_per_byte_ci95_high")),
                "scrubbed": _f(m.get("bits_per_byte_scrubbed")),
                "docs": m.get("heldout_docs", "–"),
                "bytes": f"{m.get('heldout_bytes', 0):,}",
                "left_out": f"{m.get('placeholder_bytes_left_out', 0):,}",
                "domain_row": True,
            }
        )
        for source, s in sorted((m.get("sources") or {}).items()):
            rows.append(
                {
                    "domain": "",
                    "source": source,
                    "bpb": _f(s.get("bits_per_byte")),
                    "ci": _ci(s.get("bits_per_byte_ci95_low"), s.get("bits_per_byte_ci95_high"))
                    if s.get("documents", 0) > 1
                    else "one document",
                    "scrubbed": _f(s.get("bits_per_byte_scrubbed")),
                    "docs": s.get("documents", "–"),
                    "bytes": f"{s.get('bytes', 0):,}",
                    "left_out": f"{s['placeholder_bytes_left_out']:,}"
                    if "placeholder_bytes_left_out" in s
                    else "",
                    "domain_row": False,
                }
            )
    return rows


def _histogram(counts: dict[str, int]) -> str:
    return " · ".join(f"{k} {v}" for k, v in counts.items())


def task_rows(evaluation: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per multiple-choice task: the headline accuracy with its interval, balanced accuracy with
    its interval, the majority-class rate, chance, the model-free baselines, what the model predicted."""
    rows = []
    for domain, m in _ordered(evaluation):
        tasks = {k: v for k, v in m.items() if isinstance(v, dict) and "scoring" in v}
        for i, (task, v) in enumerate(sorted(tasks.items())):
            variant = v["scoring"]
            chance = v.get("chance")
            classes = sum(1 for n in (v.get("gold") or {}).values() if n)
            floor = 1 / classes if classes else chance
            b_low = v.get(f"{variant}_balanced_ci95_low")
            predictions = v.get(f"{variant}_predictions") or {}
            heuristics = {
                h: v[f"baseline_{h}"] for h in HEURISTICS if isinstance(v.get(f"baseline_{h}"), float)
            }
            best = max(heuristics, key=lambda h: heuristics[h]) if heuristics else None
            others = [
                f"{name} {_f(v.get(name))} (balanced {_f(v.get(f'{name}_balanced'))})"
                for name in ("acc", "acc_norm", "acc_mutual_info")
                if name != variant and isinstance(v.get(name), int | float)
            ]
            rows.append(
                {
                    "domain": domain if i == 0 else "",
                    "task": task,
                    "scoring": variant,
                    "acc": _f(v.get(variant)),
                    "ci": _ci(v.get(f"{variant}_ci95_low"), v.get(f"{variant}_ci95_high")),
                    "balanced": _f(v.get(f"{variant}_balanced")),
                    "balanced_ci": _ci(b_low, v.get(f"{variant}_balanced_ci95_high")),
                    "above_chance": isinstance(b_low, float)
                    and isinstance(floor, int | float)
                    and b_low > floor,
                    "majority": _f(v.get("majority_rate")),
                    "chance": _f(chance),
                    "copy": _f(v.get("baseline_copy")),
                    "best_heuristic": f"{best} {_f(heuristics[best])}" if best else "–",
                    "predictions": _histogram(predictions),
                    "constant": sum(1 for n in predictions.values() if n) == 1,
                    "others": "; ".join(others),
                    "n": v.get("n", "–"),
                    "truncated": v.get("truncated_prompts", 0),
                    "exposure": v.get("exposure", ""),
                }
            )
    return rows


def experiment_rows(experiment: dict[str, Any]) -> dict[str, Any]:
    """The experiment table: per arm, its overrides, seeds, parameters, tokens, bytes per side and bits per
    byte per domain as mean [95% interval]."""
    arms = experiment.get("arms") or []
    domains = sorted(
        {d for a in arms for d in a.get("bits_per_byte") or {}}, key=lambda d: (d == "general", d)
    )
    rows = []
    for a in arms:
        seen = a.get("bytes_seen") or {}
        rows.append(
            {
                "name": a["name"],
                "set": ", ".join(f"{k}={v}" for k, v in sorted((a.get("set") or {}).items())) or "–",
                "seeds": len(a.get("seeds") or []),
                "params": f"{a['n_params']:,}"
                if isinstance(a.get("n_params"), int)
                else "UNEQUAL across seeds",
                "tokens": f"{a['tokens_seen']:,}" if isinstance(a.get("tokens_seen"), int) else "UNEQUAL",
                "bytes": f"{seen['general']:,} / {seen['domain']:,}" if seen else "not measured",
                "cells": [
                    (
                        _f((a["bits_per_byte"].get(d) or {}).get("mean")),
                        _ci(
                            (a["bits_per_byte"].get(d) or {}).get("ci95_low"),
                            (a["bits_per_byte"].get(d) or {}).get("ci95_high"),
                        ),
                    )
                    for d in domains
                ],
                "domain_mean": (
                    _f((a.get("domain_mean") or {}).get("mean")),
                    _ci(
                        (a.get("domain_mean") or {}).get("ci95_low"),
                        (a.get("domain_mean") or {}).get("ci95_high"),
                    ),
                ),
            }
        )
    comparisons = [
        {
            "text": f"{c['arm']} vs {c['baseline']} on {c['text']} text",
            "relative": f"{100 * c['relative_bpb']:+.1f}%"
            if isinstance(c.get("relative_bpb"), int | float)
            else "–",
            "ci": _ci(
                100 * c["ci95_low"] if isinstance(c.get("ci95_low"), int | float) else None,
                100 * c["ci95_high"] if isinstance(c.get("ci95_high"), int | float) else None,
                1,
            ),
            "verdict": c.get("verdict", "not measured"),
            "kind": c.get("kind", "match"),
        }
        for c in experiment.get("comparisons") or []
    ]
    return {"domains": domains, "rows": rows, "comparisons": comparisons}
