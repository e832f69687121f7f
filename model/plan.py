"""The `plan` stage: a compute budget and the tokens available -> model size, token count and a model config.

`plan_for` is pure (`charter plan --compute` calls it directly); `run_plan` reads the stage inputs, calls it
and writes `plan.json` (its schema, `Plan`, is core.schemas.plan's: the stages after this one read it).
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

from core.config import Params, PlanParams, load_params
from core.errors import CharterError, ConfigError
from core.schemas.base import load
from core.schemas.plan import Plan, TrainSchedule, write_plan
from core.schemas.tokens import TokenMeta
from model.architecture import DEFAULT_RULES, ShapeRules, choose_shape, param_count, smallest_config
from model.scaling import ScalingFit, accelerator_compute, data_budget, data_constrained_optimal, get_fit

log = logging.getLogger(__name__)

# Beyond ~16 epochs Muennighoff et al. find repeated tokens worth almost nothing: D' has saturated.
MANY_EPOCHS = 16.0


def shape_rules(plan: PlanParams) -> ShapeRules:
    return ShapeRules(
        min_hidden_size=plan.min_hidden_size,
        aspect_ratio=plan.aspect_ratio,
        tie_word_embeddings=plan.tie_word_embeddings,
        rope_theta=plan.rope_theta,
        kv_heads=plan.kv_heads,
    )


def compute_budget(plan: PlanParams) -> float:
    """The training FLOPs `params.plan` asks for: given directly, or as an accelerator fleet's delivery."""
    if plan.accelerator is not None:
        a = plan.accelerator
        return accelerator_compute(a.type, a.count, a.hours, a.mfu)
    assert plan.compute_flops is not None  # PlanParams validates that exactly one is set
    return plan.compute_flops


def plan_for(
    compute_flops: float,
    fit: str | ScalingFit,
    vocab_size: int,
    seq_len: int,
    unique_tokens: int | None = None,
    *,
    micro_batch_size: int = 8,
    grad_accum_steps: int = 1,
    max_steps_cap: int | None = None,
    rules: ShapeRules = DEFAULT_RULES,
    token_ids: dict[str, int | None] | None = None,
) -> Plan:
    """The compute-optimal plan for a budget, built into a concrete Llama shape and a step schedule.

    With `unique_tokens`, the optimum is data-constrained: N and D minimise L(N, D') with D' the effective
    data of D tokens repeated over the unique ones (equal to the closed form when nothing needs repeating).
    """
    scaling = get_fit(fit)
    unique_tokens = int(unique_tokens) if unique_tokens is not None else None
    n_free, _ = scaling.optimal(compute_flops)
    n_opt, d_opt = data_constrained_optimal(scaling, compute_flops, unique_tokens)
    smallest = param_count(smallest_config(vocab_size, seq_len, rules))
    if n_opt < smallest:
        raise ConfigError(
            f"plan.compute_flops={compute_flops:.3g} gives a compute-optimal model of {n_opt:,.0f} parameters "
            f"(fit {fit!r}), but the smallest model with a {vocab_size}-token vocabulary has {smallest:,} "
            f"(hidden {rules.min_hidden_size}, 1 layer, embeddings included). "
            f"Set plan.compute_flops to at least {scaling.compute_for_params(smallest):.3g}."
        )
    model_config = choose_shape(n_opt, vocab_size, seq_len, rules, token_ids)
    n_params = param_count(model_config)
    # Spend the whole budget on the model actually built, not on the ideal N it approximates.
    n_tokens = round(compute_flops / (6.0 * n_params))
    budget = data_budget(n_tokens, unique_tokens)

    tokens_per_step = micro_batch_size * grad_accum_steps * seq_len
    planned_steps = max(1, math.ceil(n_tokens / tokens_per_step))
    steps = min(planned_steps, max_steps_cap) if max_steps_cap else planned_steps
    trained = data_budget(steps * tokens_per_step, unique_tokens)

    warnings = []
    if budget.epochs is not None and budget.epochs > MANY_EPOCHS:
        warnings.append(
            f"the plan repeats the unique data {budget.epochs:.1f} times; beyond ~{MANY_EPOCHS:.0f} epochs "
            "repeated tokens add almost nothing (Muennighoff et al. 2023): add data or lower the budget"
        )
    if steps < planned_steps:
        warnings.append(f"max_steps_cap={max_steps_cap} trains {steps} of {planned_steps} planned steps")
    return Plan(
        fit=scaling.name,
        compute_flops=compute_flops,
        n_params=n_params,
        n_tokens=n_tokens,
        n_params_optimal=n_opt,
        n_tokens_optimal=d_opt,
        unique_tokens=unique_tokens,
        epochs=budget.epochs,
        effective_tokens=budget.effective_tokens,
        predicted_loss=scaling.loss(n_params, budget.effective_tokens),
        model_config=model_config,
        train=TrainSchedule(
            steps=steps,
            planned_steps=planned_steps,
            max_steps_cap=max_steps_cap,
            tokens_per_step=tokens_per_step,
            micro_batch_size=micro_batch_size,
            grad_accum_steps=grad_accum_steps,
            seq_len=seq_len,
            tokens=steps * tokens_per_step,
            predicted_loss=scaling.loss(n_params, trained.effective_tokens),
        ),
        warnings=warnings,
        n_params_unconstrained=n_free,
    )


def unique_tokens_by_domain(index_path: Path) -> dict[str, int] | None:
    """Unique tokens per domain from the token index: the first pass (epoch 0) over each document."""
    if not index_path.exists():
        return None
    import pyarrow.parquet as pq

    rows = pq.read_table(index_path, columns=["start", "end", "domain", "epoch"]).to_pylist()
    totals: dict[str, int] = {}
    for row in rows:
        if row["epoch"] == 0:
            totals[row["domain"]] = totals.get(row["domain"], 0) + row["end"] - row["start"]
    return dict(sorted(totals.items()))


def tokenizer_facts(tokenizer_dir: Path) -> tuple[int, dict[str, int | None]]:
    """The tokenizer's full vocabulary size (added tokens included) and its special-token ids."""
    from transformers import AutoTokenizer  # heavy import, only when the stage runs

    tokenizer = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    ids = {
        "bos_token_id": tokenizer.bos_token_id,
        "eos_token_id": tokenizer.eos_token_id,
        "pad_token_id": tokenizer.pad_token_id,
    }
    return len(tokenizer), ids


def run_plan(
    params: Params, tokenize_meta: Path, tokenizer_dir: Path, out: Path, sources_file: Path | None = None
) -> dict[str, Any]:
    """Write `out/plan.json` for the budget in `params.plan` and the tokens described by `tokenize_meta`; with
    `pretrain.base_model` (registered in `sources_file`), the tokens that train that model."""
    if params.pretrain.base_model:
        from model.continued_plan import run_continued_plan

        if sources_file is None:
            raise ConfigError("pretrain.base_model is set: the plan needs the source registry (--sources)")
        return run_continued_plan(params, Path(tokenize_meta), Path(tokenizer_dir), Path(out), sources_file)
    meta = load(TokenMeta, Path(tokenize_meta), " (the tokenize stage writes it)")
    meta_vocab, seq_len, unique = meta.vocab_size, meta.seq_len, meta.n_unique_tokens
    by_domain = unique_tokens_by_domain(Path(tokenize_meta).parent / "index.parquet")
    tokenizer_vocab, token_ids = tokenizer_facts(Path(tokenizer_dir))
    # Every id the shards hold must have an embedding row.
    vocab_size = max(meta_vocab, tokenizer_vocab)
    if token_ids["eos_token_id"] is None and meta.eos_token_id is not None:
        token_ids["eos_token_id"] = meta.eos_token_id

    plan = plan_for(
        compute_budget(params.plan),
        params.plan.fit,
        vocab_size,
        seq_len,
        unique,
        micro_batch_size=params.pretrain.micro_batch_size,
        grad_accum_steps=params.pretrain.grad_accum_steps,
        max_steps_cap=params.plan.max_steps_cap,
        rules=shape_rules(params.plan),
        token_ids=token_ids,
    )
    if by_domain:
        shares = {d: n / meta.n_tokens for d, n in meta.tokens_by_domain.items()}
        plan = replace(
            plan,
            unique_tokens_by_domain=by_domain,
            epochs_by_domain={
                d: plan.n_tokens * shares.get(d, 0.0) / u for d, u in sorted(by_domain.items()) if u > 0
            },
        )
    for warning in plan.warnings:
        log.warning("plan: %s", warning)
    log.info(
        "plan: %s fit, C=%.3g FLOPs -> N=%s parameters (optimum %.3g), D=%s tokens, %s steps",
        plan.fit,
        plan.compute_flops,
        f"{plan.n_params:,}",
        plan.n_params_optimal,
        f"{plan.n_tokens:,}",
        plan.train.steps,
    )
    write_plan(plan, out)
    return plan.to_json()


def plan_command(
    *,
    params: Path,
    compute: float | None,
    accelerator: str | None,
    count: int | None,
    hours: float | None,
    mfu: float,
    fit: str,
    unique_tokens: float | None,
    vocab_size: int,
    seq_len: int,
    micro_batch_size: int,
    grad_accum_steps: int,
    as_json: bool,
    meta: Path,
    tokenizer: Path,
    out: Path,
    sources: Path,
) -> dict[str, Any]:
    """`charter plan`: with a budget (--compute, or --accelerator with --count and --hours), the plan for it
    (the headline, or with --json all of it) and no file; without one, the pipeline stage."""
    if accelerator is not None:
        if count is None or hours is None:
            raise CharterError("--accelerator needs --count and --hours (and optionally --mfu)")
        compute = accelerator_compute(accelerator, count, hours, mfu)
    if compute is None:
        return run_plan(load_params(params), meta, tokenizer, out, sources)
    payload = plan_for(
        compute_flops=compute,
        fit=fit,
        vocab_size=vocab_size,
        seq_len=seq_len,
        unique_tokens=None if unique_tokens is None else int(unique_tokens),
        micro_batch_size=micro_batch_size,
        grad_accum_steps=grad_accum_steps,
    ).to_json()
    return (
        payload if as_json else {k: payload[k] for k in ("n_params", "n_tokens", "epochs", "predicted_loss")}
    )
