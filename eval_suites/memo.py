"""The decision memo: does training a domain model pay off for this data? Every sentence is built from a
measured figure (tokenizer fertility, the experiment's bits-per-byte, the mixture's repetition), and a
figure that was not measured is said to be missing rather than filled in.
"""

from __future__ import annotations

from typing import Any

GENERAL = "general"


def _pct(x: float) -> str:
    return f"{100 * x:+.1f}%"


def _relative(a: Any, b: Any) -> float | None:
    ok = isinstance(a, int | float) and isinstance(b, int | float) and b
    return a / b - 1 if ok else None


def _domains(values: dict[str, Any]) -> list[str]:
    return sorted(d for d in values if d != GENERAL)


def fertility_findings(fertility: dict[str, Any]) -> list[str]:
    general_only = fertility.get("general_only_tokens_per_byte") or {}
    ours = fertility.get("tokens_per_byte") or {}
    if GENERAL not in general_only:
        return ["Tokenizer fertility was not measured (no data/tokenizer/fertility.json)."]
    base = general_only[GENERAL]
    parts = [
        f"{d} {general_only[d]:.3f} ({_pct(general_only[d] / base - 1)})" for d in _domains(general_only)
    ]
    lines = [
        f"A general-only tokenizer ({fertility.get('vocab_size')} tokens) spends {base:.3f} tokens per byte on "
        f"general text and more on domain text: {', '.join(parts)}. Each extra token is sequence length and "
        "compute spent on the same bytes."
    ]
    saving = fertility.get("saving_vs_general_only", {}).get(str(fertility.get("vocab_size")), {})
    if saving and ours:
        dom = _domains(saving)
        lines.append(
            "The tokenizer fitted on the mixture saves "
            + ", ".join(f"{d} {100 * saving[d]:.1f}%" for d in dom)
            + f" of tokens on domain text, for {100 * -saving.get(GENERAL, 0.0):.1f}% more on general text."
        )
    return lines


def experiment_findings(experiment: dict[str, Any]) -> list[str]:
    arms = {a["name"]: a for a in experiment.get("arms", [])}
    claims = experiment.get("claims", {})
    if not arms:
        return [
            "The domain-vs-general experiment has not been run (`charter experiment run`), so the gains of a "
            "domain model on this data are not measured."
        ]
    lines = []
    flops = next(iter(arms.values())).get("compute_flops")
    equal = "equal" if experiment.get("equal_compute") else "UNEQUAL"
    lines.append(f"Arms trained at {equal} compute ({flops:.3g} FLOPs each)." if flops else "")
    gap = claims.get("general_only_domain_gap")
    general_only = arms.get("general-only")
    if gap and general_only:
        g = general_only["bits_per_byte"].get(GENERAL)
        lines.append(
            f"The general-only model scores {g:.3f} bits per byte on general text and "
            + ", ".join(
                f"{d} {general_only['bits_per_byte'][d]:.3f} ({_pct(v)})" for d, v in sorted(gap.items())
            )
            + " on domain text: the size of the gap a domain model can close."
        )
    gains = claims.get("mixed_gain_over_general_only")
    mixed = next((a for n, a in arms.items() if n.startswith("mixed-")), None)
    if gains and mixed:
        lines.append(
            f"The mixed model (domain share {mixed['domain_share']:g}) against general-only, in bits per byte: "
            + ", ".join(f"{d} {_pct(v)}" for d, v in sorted(gains.items()))
            + " (negative is better)."
        )
    domain_only = arms.get("domain-only")
    if mixed and general_only and domain_only:
        closed = {
            d: (g - mixed["bits_per_byte"][d]) / (g - domain_only["bits_per_byte"][d])
            for d, g in sorted(general_only["bits_per_byte"].items())
            if d != GENERAL
            and isinstance(mixed["bits_per_byte"].get(d), int | float)
            and isinstance(domain_only["bits_per_byte"].get(d), int | float)
            and g != domain_only["bits_per_byte"][d]
        }
        if closed:
            lines.append(
                "Of the bits-per-byte gap between general-only and domain-only on domain text, the mixed model "
                "closes " + ", ".join(f"{d} {100 * v:.0f}%" for d, v in closed.items()) + "."
            )
        cost = _relative(
            domain_only["bits_per_byte"].get(GENERAL), general_only["bits_per_byte"].get(GENERAL)
        )
        if cost is not None:
            lines.append(
                f"Domain-only training costs {_pct(cost)} bits per byte on general text against general-only."
            )
    for key, text, baseline in (
        ("mixed_vs_domain_only_on_domain_text", "domain", "domain-only (mean over domains)"),
        ("mixed_vs_general_only_on_general_text", "general", "general-only"),
    ):
        claim = claims.get(key)
        if claim and claim.get("relative_bpb") is not None:
            verdict = "within" if claim["holds"] else "not within"
            lines.append(
                f"On {text} text the mixed model is {_pct(claim['relative_bpb'])} from {baseline}: {verdict} "
                f"{experiment.get('tolerance', 0.03):.0%}."
            )
    return [line for line in lines if line]


def questions(report: dict[str, Any]) -> list[str]:
    """What a team should settle before training at scale, each tied to a figure of this run."""
    asks = []
    mixture = report.get("token_mixture") or {}
    repeated = {
        s: v["epochs"]
        for s, v in (mixture.get("sources") or {}).items()
        if v.get("domain") != GENERAL and v.get("epochs", 0) > 1
    }
    if repeated:
        worst = max(repeated, key=lambda s: repeated[s])
        budget = (report.get("plan") or {}).get("compute_flops")
        at = f"At the pipeline's budget ({budget:.3g} FLOPs)" if budget else "At this budget"
        asks.append(
            f"Is more domain text obtainable? {at} domain sources are repeated up to "
            f"{repeated[worst]:.2f} times ({worst}; cap {mixture.get('max_epochs')}); repetition past about "
            "four epochs buys little (Muennighoff et al. 2023)."
        )
    plan = report.get("plan") or {}
    arms = (report.get("experiment") or {}).get("arms") or []
    sizes = sorted({a["n_params"] for a in arms if a.get("n_params")})
    arm_flops = {a.get("compute_flops") for a in arms} - {None}
    if sizes:
        models = f"{' and '.join(f'{n:,}' for n in sizes)}-parameter models"
    elif arms and arm_flops and arm_flops != {plan.get("compute_flops")}:
        # The arms' sizes were not recorded; their budget differs from the pipeline's, so its size is not theirs.
        models = f"models trained at {', '.join(f'{c:.3g}' for c in sorted(arm_flops))} FLOPs"
    elif plan.get("n_params"):
        models = f"{plan['n_params']:,}-parameter models"
    else:
        models = ""
    if models:
        asks.append(
            f"Does the gap hold at the target scale? These figures come from {models}; BloombergGPT's claim "
            "was measured at 50B. Re-run `charter experiment run` at a budget nearer the target before "
            "committing compute."
        )
    evaluation = report.get("evaluation") or {}
    near_chance = [
        f"{d}/{t}"
        for d, m in sorted(evaluation.items())
        if isinstance(m, dict)
        for t, v in sorted(m.items())
        if isinstance(v, dict)
        and isinstance(v.get("acc_ci95_low"), int | float)
        and isinstance(v.get("chance"), int | float)
        and v["acc_ci95_low"] <= v["chance"]
    ]
    if near_chance:
        asks.append(
            f"Which tasks decide success? {len(near_chance)} task accuracies have 95% intervals that include "
            f"chance ({', '.join(near_chance[:6])}{', ...' if len(near_chance) > 6 else ''}): at this scale only "
            "bits-per-byte separates models, so agree on the downstream tasks and the scale at which they "
            "become measurable."
        )
    gate = report.get("evaluation_gate") or {}
    blocked = [name for name, d in (gate.get("tasks") or {}).items() if not d.get("allowed")]
    not_built = sorted(set(gate.get("not_evaluated") or {}) - set(blocked))
    asks.append(
        "Which evaluation data may be used for a commercial model? "
        + (
            f"Under this run's evaluation policy {len(blocked)} task(s) were blocked: {', '.join(blocked)}."
            if blocked
            else "This run's evaluation policy allowed every task, including non-commercial items "
            "(Financial PhraseBank): a product claim needs commercial.yaml's `evaluation` use instead."
        )
        + (
            f" Not evaluated because their license keeps them out of the repository and they were not built "
            f"here: {', '.join(not_built)}."
            if not_built
            else ""
        )
    )
    asks.append(
        "What is the general-text budget? The mixed model pays for its domain share on general text; "
        "decide how much general capability the product can give up."
    )
    return asks


def decision_memo(report: dict[str, Any]) -> dict[str, list[str]]:
    return {
        "tokenizer": fertility_findings(report.get("tokenizer") or {}),
        "experiment": experiment_findings(report.get("experiment") or {}),
        "questions": questions(report),
    }
