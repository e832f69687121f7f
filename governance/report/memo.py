"""The decision memo: does training a domain model pay off for this data? Every sentence is built from a
measured figure (tokenizer fertility, the experiment's bits-per-byte, the mixture's repetition), and a
figure that was not measured is said to be missing rather than filled in.
"""

from __future__ import annotations

from typing import Any

GENERAL = "general"


def _pct(x: float) -> str:
    return f"{100 * x:+.1f}%"


def _domains(values: dict[str, Any]) -> list[str]:
    return sorted(d for d in values if d != GENERAL)


def fertility_findings(fertility: dict[str, Any]) -> list[str]:
    if fertility.get("mode") == "continued":
        return continued_fertility_findings(fertility)
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


def continued_fertility_findings(fertility: dict[str, Any]) -> list[str]:
    """The base model's tokenizer against the one trained with (extended with domain tokens, or the same)."""
    saving = fertility.get("saving_vs_base") or {}
    base = fertility.get("base_model")
    if not fertility.get("extend_base") or not saving:
        return [f"The base model {base}'s tokenizer is used as it is ({fertility.get('vocab_size')} tokens)."]
    general = saving.get(GENERAL, 0.0)
    return [
        f"Extending the base model {base}'s tokenizer with {fertility.get('new_tokens')} domain tokens saves "
        + ", ".join(f"{d} {100 * saving[d]:.1f}%" for d in _domains(saving))
        + f" of tokens on domain text; general text needs {100 * abs(general):.1f}% "
        + ("fewer." if general >= 0 else "more.")
    ]


def _pct_ci(x: Any, low: Any, high: Any) -> str:
    if not isinstance(x, int | float):
        return "not measured"
    if isinstance(low, int | float) and isinstance(high, int | float):
        return f"{_pct(x)} [{_pct(low)}, {_pct(high)}]"
    return f"{_pct(x)} (no interval)"


def _equal(checks: dict[str, Any], key: str) -> str:
    return "equal" if (checks.get(key) or {}).get("equal") else "UNEQUAL"


def experiment_findings(experiment: dict[str, Any]) -> list[str]:
    """Only what the experiment measured, each figure with its interval; otherwise that it was not."""
    arms = experiment.get("arms") or []
    if not arms:
        return [
            "The domain-vs-general experiment has not been run (`charter experiment run`): what a domain model "
            "gains or costs on this data is not measured."
        ]
    checks = experiment.get("controls") or {}
    per_arm = (checks.get("seeds") or {}).get("per_arm") or {}
    flops = experiment.get("compute_flops")
    sizes = (
        f" ({arms[0]['n_params']:,} parameters, {arms[0]['tokens_seen']:,} tokens per run)"
        if isinstance(arms[0].get("n_params"), int) and isinstance(arms[0].get("tokens_seen"), int)
        else ""
    )
    lines = [
        f"{len(arms)} arms ({', '.join(a['name'] for a in arms)}), {min(per_arm.values(), default=0)} seeds each"
        + (f", {flops:.3g} FLOPs per run" if isinstance(flops, int | float) else "")
        + f": compute {_equal(checks, 'compute')}, parameters {_equal(checks, 'parameters')}, tokens "
        f"{_equal(checks, 'tokens')}{sizes}."
    ]
    seen = [a for a in arms if a.get("bytes_seen")]
    if seen:
        lines.append(
            "Bytes of training text seen (general / domain): "
            + "; ".join(
                f"{a['name']} {a['bytes_seen']['general']:,} / {a['bytes_seen']['domain']:,}" for a in seen
            )
            + "."
        )
    tolerance = experiment.get("tolerance") or {}
    bar = f"{tolerance.get('value', 0):.0%} tolerance ({tolerance.get('source', 'no source given')})"
    for c in experiment.get("comparisons") or []:
        figure = _pct_ci(c.get("relative_bpb"), c.get("ci95_low"), c.get("ci95_high"))
        verdict = c.get("verdict", "not measured")
        if verdict in ("within", "not within"):
            judged = f"{verdict} the {bar}"
        elif verdict == "undecided":
            judged = f"the interval straddles the {bar}: not decided at this precision"
        else:
            judged = verdict
        lines.append(
            f"On {c['text']} text, {c['arm']} against {c['baseline']} in bits per byte: {figure} "
            f"(negative is better): {judged}."
        )
    for arm, per_domain in sorted((experiment.get("gap_closed") or {}).items()):
        parts = []
        for d, g in sorted(per_domain.items()):
            if isinstance(g.get("share"), int | float):
                parts.append(
                    f"{d} {100 * g['share']:.0f}% [{100 * g['ci95_low']:.0f}%, {100 * g['ci95_high']:.0f}%]"
                )
            else:
                parts.append(f"{d} not defined ({g.get('why')})")
        if parts:
            lines.append(
                f"Share of the domain-text gap between the one-sided arms that {arm} closes: "
                + "; ".join(parts)
                + "."
            )
    spread = [
        (d, a["name"], cell["seed_std"])
        for a in arms
        for d, cell in (a.get("bits_per_byte") or {}).items()
        if isinstance(cell.get("seed_std"), int | float)
    ]
    if spread:
        d, name, sd = max(spread, key=lambda x: x[2])
        lines.append(f"Seed-to-seed standard deviation of bits per byte is at most {sd:.4f} ({name}, {d}).")
    return lines


def task_findings(evaluation: dict[str, Any]) -> tuple[list[str], list[str], int]:
    """Tasks whose balanced-accuracy interval includes chance, and tasks answered with one answer only."""
    at_chance, constant, total = [], [], 0
    for d, m in sorted(evaluation.items()):
        if not isinstance(m, dict):
            continue
        for t, v in sorted(m.items()):
            if not isinstance(v, dict) or "chance" not in v:
                continue
            total += 1
            variant = str(v.get("scoring") or "acc")
            low, high = v.get(f"{variant}_balanced_ci95_low"), v.get(f"{variant}_balanced_ci95_high")
            classes = sum(1 for n in (v.get("gold") or {}).values() if n)
            floor = 1 / classes if classes else v.get("chance")
            numbers = (low, high, floor)
            if all(isinstance(x, int | float) for x in numbers) and low <= floor <= high:  # type: ignore[operator]
                at_chance.append(f"{d}/{t}")
            predictions = v.get(f"{variant}_predictions") or {}
            if predictions and sum(1 for n in predictions.values() if n) == 1:
                constant.append(f"{d}/{t}")
    return at_chance, constant, total


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
    experiment_flops = (report.get("experiment") or {}).get("compute_flops")
    arm_flops: set[float] = {float(experiment_flops)} if arms and experiment_flops else set()
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
    at_chance, constant, total = task_findings(report.get("evaluation") or {})
    if at_chance or constant:
        found = []
        if at_chance:
            found.append(
                f"{len(at_chance)} of {total} tasks have a balanced-accuracy 95% interval that includes chance "
                f"({', '.join(at_chance[:6])}{', ...' if len(at_chance) > 6 else ''})"
            )
        if constant:
            found.append(
                f"{len(constant)} were answered with one answer on every item "
                f"({', '.join(constant[:6])}{', ...' if len(constant) > 6 else ''})"
            )
        asks.append(
            "Which tasks decide success? "
            + "; ".join(found)
            + ": on these, this model's accuracy measures nothing yet. Agree on the tasks, and on the scale at "
            "which they become measurable."
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
    general = [
        c
        for c in ((report.get("experiment") or {}).get("comparisons") or [])
        if c.get("text") == GENERAL and isinstance(c.get("relative_bpb"), int | float)
    ]
    if general:
        c = general[0]
        asks.append(
            f"What is the general-text budget? {c['arm']} against {c['baseline']} on general text: "
            f"{_pct_ci(c['relative_bpb'], c.get('ci95_low'), c.get('ci95_high'))} bits per byte "
            f"({c['verdict']}); decide how much general capability the product can give up."
        )
    else:
        asks.append(
            "What is the general-text budget? What the domain share costs on general text is not measured "
            "here (`charter experiment run` measures it)."
        )
    return asks


def decision_memo(report: dict[str, Any]) -> dict[str, list[str]]:
    return {
        "tokenizer": fertility_findings(report.get("tokenizer") or {}),
        "experiment": experiment_findings(report.get("experiment") or {}),
        "questions": questions(report),
    }
