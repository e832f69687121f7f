"""The plan when pretraining continues from a base model: the parameters are given, the budget buys tokens.

A scaling law chooses N and D for a model trained from scratch; a base model fixes N (its parameters, with the
rows an extended tokenizer adds). The budget C = 6 N D then gives the tokens to train, D = C / (6 N), cut into
the trainer's steps. Those tokens are drawn by the mixture stage at its shares (the domain side gets
1 - mix.replay_share, or mix.domain_share; within a side each source in proportion to its unique tokens times
its weight), so the plan can say how often each source and each domain's data is repeated, and refuses a
budget that repeats any of it more than mix.max_epochs allows, with the largest budget that does not: more
passes over the same domain text are worth ever less (Muennighoff et al. 2023) while forgetting goes on.
"""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path
from typing import Any

from core.config import MixParams, Params
from core.errors import ConfigError
from core.schemas.plan import Plan, TrainSchedule
from model.base import BaseCheckpoint, base_sha256, extended_config, model_facts, new_rows, resolve_base
from model.plan import compute_budget
from model.scaling import data_budget

log = logging.getLogger(__name__)
GENERAL = "general"


def unique_tokens_by_source(index_path: Path) -> dict[str, tuple[str, int]]:
    """(domain, unique tokens) of every source in the token index: the first pass over each document."""
    import pyarrow.parquet as pq

    try:
        rows = pq.read_table(index_path, columns=["source", "domain", "start", "end", "epoch"]).to_pylist()
    except (OSError, ValueError, KeyError) as e:
        raise ConfigError(f"{index_path}: unreadable token index: {e}") from e
    totals: dict[str, tuple[str, int]] = {}
    for row in rows:
        if row["epoch"] == 0:
            domain, n = totals.get(row["source"], (row["domain"], 0))
            totals[row["source"]] = (domain, n + row["end"] - row["start"])
    return dict(sorted(totals.items()))


def source_shares(sources: dict[str, tuple[str, int]], mix: MixParams) -> dict[str, float]:
    """The share of the training tokens each source gets in the mixture stage (corpus.mixture.allocate)."""
    domain_share = mix.training_domain_share
    sides = {
        "domain": ({s: v for s, v in sources.items() if v[0] != GENERAL}, domain_share),
        "general": ({s: v for s, v in sources.items() if v[0] == GENERAL}, 1.0 - domain_share),
    }
    shares: dict[str, float] = {}
    for side, (members, side_share) in sides.items():
        mass = {s: unique * mix.source_weights.get(s, 1.0) for s, (_, unique) in members.items()}
        total = sum(mass.values())
        if side_share > 0 and total <= 0:
            raise ConfigError(
                f"the mixture gives {side_share:.2f} of the tokens to {side} text, but the tokenized corpus "
                "has none (or only sources of weight 0)"
            )
        shares |= {s: side_share * m / total if total else 0.0 for s, m in mass.items()}
    return shares


def plan_continued(
    compute_flops: float,
    base_model: dict[str, Any],
    model_config: dict[str, Any],
    n_params: int,
    seq_len: int,
    sources: dict[str, tuple[str, int]],
    mix: MixParams,
    *,
    micro_batch_size: int = 8,
    grad_accum_steps: int = 1,
    max_steps_cap: int | None = None,
) -> Plan:
    """The tokens `compute_flops` trains a base of `n_params` parameters on, and each domain's epochs at the
    mixture's shares; ConfigError when some source would be repeated more than `mix.max_epochs` times."""
    n_tokens = round(compute_flops / (6.0 * n_params))
    tokens_per_step = micro_batch_size * grad_accum_steps * seq_len
    planned_steps = max(1, math.ceil(n_tokens / tokens_per_step))
    steps = min(planned_steps, max_steps_cap) if max_steps_cap else planned_steps
    # What the mixture stage draws: the trainer's windows of seq_len + 1 tokens (corpus.mixture).
    stream = steps * tokens_per_step // seq_len * (seq_len + 1)
    shares = source_shares(sources, mix)
    epochs = {s: stream * shares[s] / unique for s, (_, unique) in sources.items() if unique}
    over = {s: e for s, e in epochs.items() if e > mix.max_epochs + 1e-9}
    if over:
        fits = compute_flops * min(mix.max_epochs / e for e in over.values())
        detail = "; ".join(
            f"'{s}' ({sources[s][0]}) {e:.2f} times ({sources[s][1]:,} unique tokens)"
            for s, e in over.items()
        )
        raise ConfigError(
            f"plan.compute_flops={compute_flops:.3g} trains base model '{base_model['id']}' ({n_params:,} "
            f"parameters) on {n_tokens:,} tokens, which at the mixture's shares (domain "
            f"{mix.training_domain_share:g}) repeats {detail}: more than mix.max_epochs={mix.max_epochs:g}. "
            f"A budget of at most {fits:.3g} FLOPs stays within it; or add data to the side repeated, change the "
            "mixture's shares (mix.replay_share, mix.source_weights) or raise mix.max_epochs"
        )
    unique_by_domain: dict[str, int] = {}
    tokens_by_domain: dict[str, float] = {}
    for s, (domain, unique) in sources.items():
        unique_by_domain[domain] = unique_by_domain.get(domain, 0) + unique
        tokens_by_domain[domain] = tokens_by_domain.get(domain, 0.0) + stream * shares[s]
    unique_total = sum(unique_by_domain.values())
    budget = data_budget(n_tokens, unique_total)
    warnings = []
    if steps < planned_steps:
        warnings.append(f"max_steps_cap={max_steps_cap} trains {steps} of {planned_steps} planned steps")
    return Plan(
        fit="continued",
        compute_flops=compute_flops,
        n_params=n_params,
        n_tokens=n_tokens,
        n_params_optimal=float(n_params),
        n_tokens_optimal=float(n_tokens),
        unique_tokens=unique_total,
        epochs=budget.epochs,
        effective_tokens=budget.effective_tokens,
        predicted_loss=None,
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
            predicted_loss=None,
        ),
        warnings=warnings,
        n_params_unconstrained=None,
        unique_tokens_by_domain=dict(sorted(unique_by_domain.items())),
        epochs_by_domain={d: tokens_by_domain[d] / u for d, u in sorted(unique_by_domain.items()) if u},
        base_model=base_model | {"training_domain_share": mix.training_domain_share},
    )


def base_plan_inputs(base: BaseCheckpoint, tokenizer_dir: Path) -> tuple[dict[str, Any], dict[str, Any], int]:
    """The base's record (with the hash of its files), its config grown to the tokenizer's vocabulary (the tie
    stated as transformers builds it) and its parameter count."""
    rows, pieces = new_rows(base, tokenizer_dir)
    config = extended_config(base, rows)
    n_params, tied = model_facts(config)
    record = base.describe(base_sha256(base)) | {
        "new_tokens": len(pieces),
        "vocab_rows": config["vocab_size"],
    }
    return record, config | {"tie_word_embeddings": tied}, n_params


def run_continued_plan(
    params: Params, tokenize_meta: Path, tokenizer_dir: Path, out: Path, sources_file: Path
) -> dict[str, Any]:
    """Write `out/plan.json` for continuing the pretraining of `params.pretrain.base_model`."""
    base = resolve_base(params, sources_file)
    assert base is not None  # run_plan calls this only with a base set
    try:
        meta = json.loads(tokenize_meta.read_text())
        seq_len = int(meta["seq_len"])
    except (OSError, ValueError, KeyError) as e:
        raise ConfigError(f"{tokenize_meta}: unreadable token-shard metadata: {e}") from e
    record, config, n_params = base_plan_inputs(base, tokenizer_dir)
    if int(meta["vocab_size"]) > config["vocab_size"]:
        raise ConfigError(
            f"{tokenize_meta}: shards use a {meta['vocab_size']}-token vocabulary, base model '{base.id}' has "
            f"{config['vocab_size']} rows: re-run `charter tokenize` with its tokenizer"
        )
    plan = plan_continued(
        compute_budget(params.plan),
        record,
        config,
        n_params,
        seq_len,
        unique_tokens_by_source(tokenize_meta.parent / "index.parquet"),
        params.mix,
        micro_batch_size=params.pretrain.micro_batch_size,
        grad_accum_steps=params.pretrain.grad_accum_steps,
        max_steps_cap=params.plan.max_steps_cap,
    )
    for warning in plan.warnings:
        log.warning("plan: %s", warning)
    log.info(
        "plan: continue %s (%s parameters) for C=%.3g FLOPs -> D=%s tokens, %s steps; epochs by domain %s",
        base.id,
        f"{plan.n_params:,}",
        plan.compute_flops,
        f"{plan.n_tokens:,}",
        plan.train.steps,
        {d: round(e, 2) for d, e in (plan.epochs_by_domain or {}).items()},
    )
    result = plan.to_json()
    out.mkdir(parents=True, exist_ok=True)
    (out / "plan.json").write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    return result
