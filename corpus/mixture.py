"""The mixture stage: the planned token count realised at token level, with the domain share and source weights.

Runs after `plan`, because only then are both numbers it needs known: the tokens the trainer will consume
(`plan.train`: steps x micro-batch x accumulation windows of seq_len + 1 tokens) and each source's unique
tokens (the tokenize stage's index). The rule:

- domain sources together get `mix.domain_share` of the tokens, general sources the rest (in continued
  pretraining, general sources get `mix.replay_share` when it is set: the general text replayed to limit
  forgetting of the base, and domain sources the rest);
- within a side, a source's share is its unique tokens times its weight in `mix.source_weights` (default 1);
- a source's epochs are its tokens over its unique tokens: whole copies, then documents in a seed-fixed hash
  order, the last one cut so that the source gets exactly its tokens;
- no source may pass `mix.max_epochs`: a mixture that would needs more data, a smaller budget or another
  share, and is refused with a MixtureError that says so (never silently re-weighted);
- each source's effective tokens follow Muennighoff et al. 2023 (R_D* = 15.4): repeated tokens are worth less.

The realised stream is written in training order as packed shards in the tokenize stage's format (each
shard a whole number of windows), with an index in the same schema, so the trainer reads it unchanged and
every training token traces back to its document and repetition.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from core.config import MixParams, load_params
from core.erasure_requests import erased_sources
from core.errors import ConfigError, MixtureError
from core.repetition import R_D_STAR, effective_tokens
from core.schemas.base import load
from core.schemas.plan import Plan, read_plan
from core.schemas.tokens import TokenMeta
from core.stage import write_json
from corpus.mix import unit_hash, usable_weights
from corpus.tokenize import INDEX, INDEX_SCHEMA, META, SHARDS, ShardWriter, shard_name, write_index

MIXTURE = "mixture.json"


@dataclass(frozen=True)
class Piece:
    """Tokens [start, end) of a tokenize-stage shard, used as repetition `epoch` of document `doc_id`."""

    shard: str
    start: int
    end: int
    doc_id: str
    source: str
    domain: str
    license: str
    epoch: int


@dataclass
class SourceShare:
    source: str
    domain: str
    unique_tokens: int
    weight: float
    tokens: int = 0

    @property
    def epochs(self) -> float:
        return self.tokens / self.unique_tokens if self.unique_tokens else 0.0


def _apportion(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to `weights` that sum to exactly `total` (largest remainder)."""
    if total == 0 or not weights:
        return [0] * len(weights)
    mass = sum(weights)
    exact = [total * w / mass for w in weights]
    counts = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(exact[i] - counts[i]), i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def allocate(sources: list[SourceShare], total: int, params: MixParams) -> None:
    """Sets each source's tokens; raises MixtureError when a source would pass `max_epochs`."""
    share = params.training_domain_share
    asked = f"domain_share={share}" if params.replay_share is None else f"replay_share={params.replay_share}"
    sides = {
        "domain": [s for s in sources if s.domain != "general" and s.weight > 0],
        "general": [s for s in sources if s.domain == "general" and s.weight > 0],
    }
    domain_tokens = round(share * total)
    targets = {"domain": domain_tokens, "general": total - domain_tokens}
    for side, members in sides.items():
        if targets[side] and not members:
            raise MixtureError(
                f"mix.{asked} needs {side} text, but the tokenized corpus has none (or only sources of "
                "weight 0)"
            )
        counts = _apportion(targets[side], [s.unique_tokens * s.weight for s in members])
        for s, n in zip(members, counts, strict=True):
            s.tokens = n
    over = [s for s in sources if s.epochs > params.max_epochs + 1e-9]
    if over:
        detail = "; ".join(
            f"'{s.source}' ({s.domain}, weight {s.weight}) would be repeated {s.epochs:.2f} times: "
            f"{s.tokens:,} tokens from {s.unique_tokens:,} unique"
            for s in over
        )
        raise MixtureError(
            f"the requested mixture ({asked}, {total:,} planned tokens) cannot be met within "
            f"mix.max_epochs={params.max_epochs:g}: {detail}. Add data to that side, lower plan.compute_flops, "
            "change mix.domain_share or mix.source_weights, or raise mix.max_epochs"
        )


def source_pieces(rows: list[dict], tokens: int, seed: int) -> list[Piece]:
    """`tokens` tokens of one source: whole copies of its documents, then a hash-ordered part, the last cut."""
    unique = sum(r["end"] - r["start"] for r in rows)
    copies, rest = divmod(tokens, unique) if unique else (0, 0)

    def piece(r: dict, epoch: int, end: int | None = None) -> Piece:
        return Piece(
            r["shard"], r["start"], r["end"] if end is None else end, r["doc_id"], r["source"], r["domain"],
            r["license"], epoch,
        )  # fmt: skip

    pieces = [piece(r, epoch) for epoch in range(copies) for r in rows]
    for r in sorted(rows, key=lambda r: unit_hash(seed, f"sample:{copies}:{r['doc_id']}")):
        if rest <= 0:
            break
        n = min(rest, r["end"] - r["start"])
        pieces.append(piece(r, copies, r["start"] + n))
        rest -= n
    return pieces


class StreamWriter(ShardWriter):
    """Pieces in order into shards of exactly `shard_tokens` tokens (the last may be shorter); a piece that
    crosses a shard boundary is split, each part with its own index row."""

    def add(self, tokens: np.ndarray, piece: Piece) -> None:  # type: ignore[override]
        while len(tokens):
            n = min(len(tokens), self.shard_tokens - self._filled)
            row = (
                shard_name(len(self.shards)), self._filled, self._filled + n, piece.doc_id, piece.source,
                piece.domain, piece.license, piece.epoch,
            )  # fmt: skip
            for key, value in zip(INDEX_SCHEMA.names, row, strict=True):
                self.index[key].append(value)
            self._buffer.append(np.asarray(tokens[:n], dtype=self.dtype))
            self._filled += n
            tokens = tokens[n:]
            if self._filled == self.shard_tokens:
                self.flush()


def planned_stream_tokens(plan: Plan) -> tuple[int, int]:
    """(tokens, seq_len): the trainer consumes steps x tokens_per_step / seq_len windows of seq_len + 1."""
    train = plan.train
    windows = train.steps * train.tokens_per_step // train.seq_len
    return windows * (train.seq_len + 1), train.seq_len


def run_mixture(
    params: MixParams,
    seed: int,
    plan_path: Path,
    tokenize_dir: Path,
    out: Path,
    shard_tokens: int = 1_000_000,
    erased_sources: Iterable[str] = (),
) -> dict:
    plan_path, tokenize_dir, out = Path(plan_path), Path(tokenize_dir), Path(out)
    plan = read_plan(plan_path)
    meta = load(TokenMeta, tokenize_dir / META, " (the tokenize stage writes it)")
    total, seq_len = planned_stream_tokens(plan)
    if seq_len != meta.seq_len:
        raise ConfigError(
            f"{plan_path} plans seq_len {seq_len}, {tokenize_dir / META} was cut for {meta.seq_len}"
        )

    rows = pq.read_table(tokenize_dir / INDEX).to_pylist()
    by_source: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_source[r["source"]].append(r)
    weights, ignored = usable_weights(params.source_weights, by_source, erased_sources, "training tokens")
    shares = [
        SourceShare(
            source=sid,
            domain=srows[0]["domain"],
            unique_tokens=sum(r["end"] - r["start"] for r in srows),
            weight=weights.get(sid, 1.0),
        )
        for sid, srows in sorted(by_source.items())
    ]
    allocate(shares, total, params)

    pieces: list[Piece] = []
    for s in shares:
        ordered = sorted(by_source[s.source], key=lambda r: r["doc_id"])
        pieces += source_pieces(ordered, s.tokens, seed)
    pieces.sort(key=lambda p: unit_hash(seed, f"order:{p.doc_id}:{p.epoch}"))

    dtype = np.dtype(meta.dtype)
    window = seq_len + 1
    # Whole windows per shard: the trainer drops a shard's tail shorter than a window.
    shard_tokens = max(1, shard_tokens // window) * window
    sources = {s.file: np.memmap(tokenize_dir / SHARDS / s.file, dtype=dtype.newbyteorder("<"), mode="r")
               for s in meta.shards if s.n_tokens}  # fmt: skip
    writer = StreamWriter(out / SHARDS, dtype, shard_tokens)
    for p in pieces:
        writer.add(np.asarray(sources[p.shard][p.start : p.end]), p)
    writer.flush()
    write_index(pa.table(dict(writer.index), schema=INDEX_SCHEMA), out / INDEX)

    tokens_by_domain: dict[str, int] = defaultdict(int)
    effective_by_domain: dict[str, float] = defaultdict(float)
    for s in shares:
        tokens_by_domain[s.domain] += s.tokens
        effective_by_domain[s.domain] += effective_tokens(s.tokens, s.unique_tokens) if s.tokens else 0.0
    n_tokens = sum(sh["n_tokens"] for sh in writer.shards)
    write_json(
        out / META,
        {
            "dtype": dtype.name,
            "vocab_size": meta.vocab_size,
            "eos_token_id": meta.eos_token_id,
            "seq_len": seq_len,
            "n_tokens": n_tokens,
            "n_unique_tokens": meta.n_unique_tokens,
            "tokens_by_domain": dict(sorted(tokens_by_domain.items())),
            "shards": writer.shards,
        },
    )
    report = {
        "planned_tokens": total,
        "tokens": n_tokens,
        "seed": seed,
        "max_epochs": params.max_epochs,
        "r_d_star": round(R_D_STAR, 4),
        "domain_share_target": params.training_domain_share,
        **({"replay_share": params.replay_share} if params.replay_share is not None else {}),
        "domain_share_realised": round(
            sum(n for d, n in tokens_by_domain.items() if d != "general") / max(n_tokens, 1), 6
        ),
        "tokens_by_domain": dict(sorted(tokens_by_domain.items())),
        "effective_tokens_by_domain": {d: round(v) for d, v in sorted(effective_by_domain.items())},
        "effective_tokens": round(sum(effective_by_domain.values())),
        "ignored_weights": ignored,
        "sources": {
            s.source: {
                "domain": s.domain,
                "weight": s.weight,
                "unique_tokens": s.unique_tokens,
                "tokens": s.tokens,
                "epochs": round(s.epochs, 4),
                "effective_tokens": round(effective_tokens(s.tokens, s.unique_tokens)) if s.tokens else 0,
            }
            for s in shares
        },
    }
    write_json(out / MIXTURE, report)
    return report


def mixture_command(*, params: Path, sources: Path, plan: Path, tokens: Path, out: Path) -> dict:
    """`charter mixture`: the stage; the weights of erased sources are ignored (and reported)."""
    p = load_params(params)
    report = run_mixture(
        p.mix,
        p.seed,
        plan,
        tokens,
        out,
        shard_tokens=p.tokenize.shard_tokens,
        erased_sources=erased_sources(p.gate.erasure_file, [sources]),
    )
    return {s: {k: v[k] for k in ("tokens", "epochs")} for s, v in report["sources"].items()}
