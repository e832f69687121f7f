"""The decision memo: does training a domain model pay off for this data? Every sentence is built from a
measured figure (tokenizer fertility, the experiment's bits-per-byte, the mixture's repetition), and a
figure that was not measured is said to be missing rather than filled in.
"""

from __future__ import annotations

from collections.abc import Sequence
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


CONTINUED_STUDY = "continued"
"""The study of experiment.studies that asks "from scratch or from a base?" (params.yaml)."""
REFERENCES = {
    "base": "the base as it is (no training)",
    "base-sft": "the base with SFT only",
    "continued-sft": "continued pretraining plus SFT",
    "scratch-sft": "training from scratch plus SFT",
}
"""Models that are no arm of the study, added to its results by `charter experiment collect --reference`."""


def _mean_over(bpb: dict[str, Any], general: bool) -> float | None:
    values = [
        cell["mean"]
        for d, cell in bpb.items()
        if (d == GENERAL) == general and isinstance((cell or {}).get("mean"), int | float)
    ]
    return sum(values) / len(values) if values else None


def _figures(bpb: dict[str, Any]) -> str:
    """Bits per byte per domain (general last), each with its interval where it has one."""
    cells = []
    for d in sorted(bpb, key=lambda d: (d == GENERAL, d)):
        c = bpb[d] or {}
        if not isinstance(c.get("mean"), int | float):
            continue
        low, high = c.get("ci95_low"), c.get("ci95_high")
        interval = (
            f" [{low:.3f}, {high:.3f}]"
            if isinstance(low, int | float) and isinstance(high, int | float)
            else ""
        )
        cells.append(f"{d} {c['mean']:.3f}{interval}")
    return ", ".join(cells)


def _seeds(n: int) -> str:
    return f"{n} seed" if n == 1 else f"{n} seeds"


def should_you_train(report: dict[str, Any]) -> list[str]:
    """Should you train at all? The base as it is, continued pretraining and training from scratch at equal
    added compute (the `continued` study, `report["studies"]["continued"]`, a results.json), and SFT on the
    base or the continued model where measured; a recommendation for the budget from those figures only.

    The study's arms are told apart by what they set: an arm without pretrain.base_model trains from scratch,
    one with it continues that base. Its `references` (see REFERENCES) are single runs: their intervals are
    over held-out documents only, and they are compared by point value, which the memo says."""
    study = (report.get("studies") or {}).get(CONTINUED_STUDY) or {}
    arms = [a for a in study.get("arms") or [] if a.get("bits_per_byte")]
    if not arms:
        return [
            "Whether to train at all is not measured: the continued study (`charter experiment run --study "
            "continued`) has not been run, so the base as it is, continued pretraining and training from "
            "scratch are not compared."
        ]
    refs = study.get("references") or {}
    flops = study.get("compute_flops")
    per_arm = ((study.get("controls") or {}).get("seeds") or {}).get("per_arm") or {}
    budget = f"{flops:.3g} added FLOPs per run" if isinstance(flops, int | float) else "equal added compute"
    lines = [
        f"Held-out bits per byte (lower is better; mean [95% interval] over seeds and documents) at {budget}:"
    ]
    for a in arms:
        base = (a.get("set") or {}).get("pretrain.base_model")
        how = f"continued from {base}" if base else "from scratch"
        sized = f", {a['n_params']:,} parameters" if isinstance(a.get("n_params"), int) else ""
        lines.append(
            f"{a['name']} ({how}{sized}, {_seeds(per_arm.get(a['name'], len(a.get('seeds') or [])))}): "
            f"{_figures(a['bits_per_byte'])}."
        )
    for name, what in REFERENCES.items():
        ref = refs.get(name)
        if ref and ref.get("bits_per_byte"):
            note = f" ({ref['note']})" if ref.get("note") else ""
            lines.append(
                f"{what[0].upper()}{what[1:]}{note}, one run, interval over documents: {_figures(ref['bits_per_byte'])}."
            )
        else:
            lines.append(f"{what[0].upper()}{what[1:]}: not measured.")
    for c in study.get("comparisons") or []:
        lines.append(
            f"{c['arm']} against {c['baseline']} on {c['text']} text: "
            f"{_pct_ci(c.get('relative_bpb'), c.get('ci95_low'), c.get('ci95_high'))}: "
            f"{c.get('verdict', 'not measured')}."
        )
    lines.append(_recommend(arms, study.get("comparisons") or [], refs.get("base"), budget))
    caveat = _forgetting_caveat(arms, study.get("comparisons") or [])
    if caveat:
        lines.append(caveat)
    return lines


def _forgetting_caveat(arms: list[dict[str, Any]], comparisons: list[dict[str, Any]]) -> str | None:
    """When the arm lowest on domain text is measurably worse on general text than another arm, the option
    for a team that needs both: the lowest on domain text among the arms without such a verdict."""
    domain = {a["name"]: _mean_over(a["bits_per_byte"], general=False) for a in arms}
    scored = {n: v for n, v in domain.items() if v is not None}
    if not scored:
        return None
    best = min(scored, key=lambda n: scored[n])
    worse = {
        c["arm"]: c
        for c in comparisons
        if c.get("text") == GENERAL and str(c.get("verdict", "")).startswith("higher")
    }
    if best not in worse:
        return None
    c = worse[best]
    keeps = {n: v for n, v in scored.items() if n not in worse}
    what = (
        f"{best} forgets: on general text it is {_pct_ci(c.get('relative_bpb'), c.get('ci95_low'), c.get('ci95_high'))} "
        f"against {c['baseline']} (measurably worse)."
    )
    if not keeps:
        return what
    keep = min(keeps, key=lambda n: keeps[n])
    return f"{what} Where general text matters too: {keep} ({keeps[keep]:.3f} on domain text)."


def _recommend(
    arms: list[dict[str, Any]], comparisons: list[dict[str, Any]], base: dict[str, Any] | None, budget: str
) -> str:
    """The option with the lowest mean domain bits per byte, said only as strongly as the study's intervals
    allow, with what it costs on general text."""
    domain = {a["name"]: _mean_over(a["bits_per_byte"], general=False) for a in arms}
    general = {a["name"]: _mean_over(a["bits_per_byte"], general=True) for a in arms}
    scratch = [a["name"] for a in arms if not (a.get("set") or {}).get("pretrain.base_model")]
    scored = {n: v for n, v in domain.items() if v is not None}
    if not scored:
        return "Recommendation: none; no arm has domain bits per byte."
    best = min(scored, key=lambda n: scored[n])
    base_domain = _mean_over(base["bits_per_byte"], general=False) if base else None
    base_general = _mean_over(base["bits_per_byte"], general=True) if base else None
    if base_domain is not None and base_domain <= scored[best]:
        return (
            f"Recommendation at {budget}: do not train; the base as it is needs {base_domain:.3f} bits per "
            f"byte on domain text, no more than the best trained arm ({best}, {scored[best]:.3f})."
        )
    verdicts = {(c["arm"], c["baseline"], c["text"]): c.get("verdict", "") for c in comparisons}
    forgetting = ""
    best_general = general.get(best)
    if base_general is not None and best_general is not None:
        forgetting = (
            f"; on general text it needs {best_general:.3f} against the base's {base_general:.3f} "
            f"({_pct(best_general / base_general - 1)}, the forgetting)"
        )
    gain = (
        f"; the base as it is needs {base_domain:.3f} on domain text ({_pct(scored[best] / base_domain - 1)})"
        if base_domain is not None
        else "; the base as it is was not measured"
    )
    if best in scratch:
        rivals = [n for n in scored if n not in scratch]
        decided = [verdicts.get((n, best, "domain"), "") for n in rivals]
        strength = (
            "measurably better than every continued arm"
            if rivals and all(v.startswith("higher") for v in decided)
            else "lowest, but not measurably better than every continued arm"
        )
        return f"Recommendation at {budget}: train from scratch ({best}: {strength}{gain}{forgetting})."
    against = next(iter(scratch), None)
    verdict = verdicts.get((best, against, "domain"), "") if against else ""
    if verdict.startswith("lower"):
        claim = f"measurably better than {against} on domain text"
    elif against:
        claim = f"lowest, but {verdict or 'not compared'} against {against} on domain text"
    else:
        claim = "lowest; no arm trains from scratch"
    return f"Recommendation at {budget}: continue the base ({best}: {claim}{gain}{forgetting})."


TRAINING_OPTION_STUDIES = ("recipes", "gqa")
"""The studies of experiment.studies that try training options against a baseline: recipes (Muon, MTP,
distillation at the experiment's budget) and gqa (grouped-query attention, which needs a model with two or more
heads, so its own budget)."""

AT_SCALE: dict[str, str] = {
    "pretrain.optimizer": (
        "Moonlight (Liu et al. 2025, arXiv 2502.16982): with weight decay and AdamW-matched update RMS, Muon "
        "reaches AdamW's loss with about half the training FLOPs (~2x compute efficiency) in compute-optimal "
        "scaling runs, and trained a 3B-active/16B-parameter MoE on 5.7T tokens."
    ),
    "pretrain.mtp_depth": (
        "DeepSeek-V3 (arXiv 2412.19437): one MTP module improved most benchmarks in its ablations at 16B and "
        "229B total parameters, and serves speculative decoding (the second token accepted 85-90% of the time, "
        "1.8x tokens per second). Gloeckle et al. 2024 (arXiv 2404.19737): the gains grow with model size, "
        "and multi-token prediction can hurt small models."
    ),
    "pretrain.distill_teacher": (
        "Gemma 2 (arXiv 2408.00118) pretrains its 2B and 9B models by distillation from a larger model "
        "instead of next-token prediction, on more than 50x the compute-optimal tokens, and reports them "
        "ahead of the same models trained from scratch; MiniLLM (Gu et al. 2024, arXiv 2306.08543) distils "
        "generative students of 120M-13B parameters with reverse KL. The teacher's forward pass is compute "
        "on top of the student's budget."
    ),
    "plan.kv_heads": (
        "Ainslie et al. 2023 (arXiv 2305.13245): grouped-query attention keeps quality close to multi-head "
        "attention at near multi-query speed, with a key/value cache smaller by heads / key-value heads; "
        "multi-query (one key/value head) loses a little more quality."
    ),
}
"""What the literature reports for each training option at scale, by the params key that switches it on."""


def _arm_sets(arm: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted((arm.get("set") or {}).items()))


def _seeds_per_arm(per_arm: dict[str, int]) -> str:
    counts = set(per_arm.values())
    if len(counts) == 1:
        return f"{_seeds(counts.pop())} each"
    return "seeds per arm: " + ", ".join(f"{arm} {n}" for arm, n in per_arm.items())


def _option_lines(study: dict[str, Any], overhead: dict[str, float]) -> list[str]:
    """One study's header line, then per arm with comparisons: its figures and verdicts, its parameters when
    they differ from the baseline's, its step-time cost, and what the literature reports at scale."""
    arms = study.get("arms") or []
    checks = study.get("controls") or {}
    per_arm = (checks.get("seeds") or {}).get("per_arm") or {}
    flops = study.get("compute_flops")
    lines = [
        f"{study.get('study', 'study')}: {len(arms)} arms ({', '.join(a['name'] for a in arms)}), "
        + _seeds_per_arm(per_arm)
        + (f", {flops:.3g} FLOPs per run" if isinstance(flops, int | float) else "")
        + f", compute {_equal(checks, 'compute')}; differences in held-out bits per byte against the baseline, "
        "mean [95% interval], negative is better."
    ]
    params = {a["name"]: a.get("n_params") for a in arms}
    for arm in arms:
        mine = [c for c in study.get("comparisons") or [] if c.get("arm") == arm["name"]]
        if not mine:
            continue
        baseline = mine[0]["baseline"]
        figures = "; ".join(
            f"{c['text']} text {_pct_ci(c.get('relative_bpb'), c.get('ci95_low'), c.get('ci95_high'))}: "
            f"{c.get('verdict', 'not measured')}"
            for c in mine
        )
        sets = _arm_sets(arm)
        line = f"{arm['name']} ({sets or 'no overrides'}) against {baseline}: {figures}."
        if isinstance(params.get(arm["name"]), int) and params[arm["name"]] != params.get(baseline):
            line += (
                f" It trains {params[arm['name']]:,} parameters ({baseline}: {params.get(baseline) or 0:,})."
            )
        # The benchmark names an option by its overrides; the distill teacher's id is a label there.
        cost = overhead.get(sets)
        if cost is None and "pretrain.distill_teacher" in (arm.get("set") or {}):
            cost = next(
                (v for k, v in overhead.items() if k and k.startswith("pretrain.distill_teacher=")), None
            )
        if cost is not None:
            line += f" Step time {_pct(cost)} against the baseline (benchmarks/train_throughput.py)."
        scale = [AT_SCALE[key] for key in sorted(arm.get("set") or {}) if key in AT_SCALE]
        if scale:
            line += " At scale: " + " ".join(scale)
        lines.append(line)
    return lines


def training_options_findings(
    studies: Sequence[dict[str, Any]], throughput: dict[str, Any] | None = None
) -> list[str]:
    """Per training option of the studies that have been run (recipes, gqa): what it did here against the
    baseline (figures, intervals, verdicts), its step-time cost where the throughput benchmark measured it,
    and what the literature reports at scale, with sources; then each option no study measured."""
    ran = [s for s in studies if s.get("arms")]
    if not ran:
        return [
            "The training options (Muon, multi-token prediction, grouped-query attention, distillation) have "
            "not been run here (`charter experiment run --study recipes`, `--study gqa`): what each does on "
            "this data is not measured."
        ]
    overhead = {
        o.get("sets"): o.get("overhead")
        for o in (throughput or {}).get("options") or []
        if isinstance(o.get("overhead"), int | float)
    }
    lines = [line for study in ran for line in _option_lines(study, overhead)]
    studied = {key for study in ran for arm in study["arms"] for key in arm.get("set") or {}}
    for key in sorted(set(AT_SCALE) - studied):
        lines.append(f"{key}: not measured here (no arm of a study sets it). At scale: {AT_SCALE[key]}")
    return lines


def decision_memo(report: dict[str, Any]) -> dict[str, list[str]]:
    return {
        "tokenizer": fertility_findings(report.get("tokenizer") or {}),
        "experiment": experiment_findings(report.get("experiment") or {}),
        "should_you_train": should_you_train(report),
        "recipes": training_options_findings(
            [(report.get("studies") or {}).get(name) or {} for name in TRAINING_OPTION_STUDIES],
            report.get("throughput"),
        ),
        "questions": questions(report),
    }
