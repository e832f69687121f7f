"""From a parameter budget N to a Llama shape: documented shape rules, an exact closed-form count, a search.

N counts ALL parameters, token embeddings and the output head included (as Hoffmann et al. count them), so at
small scale with a domain vocabulary most of N can sit in the embeddings; that is the honest accounting for
the compute the model costs.

Shape rules (one `ShapeRules` value holds the tunable ones):
- head_dim is 32 below hidden 512, 64 below 2048, 128 above (small heads keep small models multi-headed);
  hidden_size is a multiple of head_dim, so every candidate has a whole number of heads.
- layers sit in a band around hidden / aspect_ratio (Kaplan et al. 2020 find the loss flat over a wide band
  of aspect ratios); at least one layer.
- intermediate_size = ceil(mlp_ratio * hidden / ffn_multiple_of) * ffn_multiple_of, mlp_ratio 8/3: the
  SwiGLU width that matches a 4x GELU MLP's parameters.
- grouped-query attention (Ainslie et al. 2023): by default kv_group (4) query heads share a key/value head
  once there are 8+ heads, as Llama 3 8B (32 heads, 8 key/value) and SmolLM3-3B (16, 4); plain multi-head
  below, where the key/value projections are a sliver of an embedding-dominated model (4% of the embedded
  default's 368,960 parameters). `kv_heads` fixes the number of key/value heads at every size instead: 8 is
  Llama 3's and Qwen3's choice from 1B to 405B (at 64-128 heads, groups of 8-16 where the default rule keeps
  4); 1 is multi-query attention. A model with fewer heads, or a count that does not divide them, gets the
  largest divisor of its heads not above kv_heads. Key/value heads change the k and v projections only: the
  parameter count (so the plan's 6 N D) follows, and attention's own FLOPs do not (every query head still
  scores every position).
- tied input/output embeddings by default: at small scale an untied head would double the largest matrix.

The search keeps every (hidden, layers) in the band whose exact count is within `count_tolerance` of N and
picks the one nearest the target aspect ratio; when none is that close it takes the nearest count. One step of
32 in hidden size moves the embedding count by 32 x vocabulary, so the chosen count lands within 5% of N once
N is above about 1000 x vocabulary; below that, embeddings dominate and the nearest shape can miss by ~10-30%.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from core.errors import ConfigError


@dataclass(frozen=True)
class ShapeRules:
    """The tunable shape rules; defaults suit both the embedded default and real scales."""

    min_hidden_size: int = 32
    """Smallest hidden size considered; the smallest model is this wide with one layer."""
    max_hidden_size: int = 16384
    aspect_ratio: float = 64.0
    """Target hidden_size / num_hidden_layers (GPT-3 small 64, Llama 2 7B 128)."""
    aspect_band: float = 2.0
    """Layers may sit this factor either side of hidden / aspect_ratio."""
    mlp_ratio: float = 8.0 / 3.0
    ffn_multiple_of: int = 32
    kv_group: int = 4
    """Query heads per key/value head once a model has 8 or more heads (when kv_heads is None)."""
    kv_heads: int | None = None
    """Key/value heads at every size (the largest divisor of the heads not above it); None: by kv_group."""
    tie_word_embeddings: bool = True
    rope_theta: float = 10000.0
    rms_norm_eps: float = 1e-5
    count_tolerance: float = 0.02
    """Shapes within this relative distance of N count as equally near; the aspect ratio decides among them."""

    def __post_init__(self) -> None:
        if self.min_hidden_size < 32 or self.min_hidden_size % 32:
            raise ConfigError(
                f"min_hidden_size must be a multiple of 32 and >= 32, got {self.min_hidden_size}"
            )
        if self.max_hidden_size < self.min_hidden_size:
            raise ConfigError("max_hidden_size must be >= min_hidden_size")
        if self.aspect_ratio <= 0 or self.aspect_band < 1:
            raise ConfigError("aspect_ratio must be > 0 and aspect_band >= 1")
        if self.kv_group < 1 or (self.kv_heads is not None and self.kv_heads < 1):
            raise ConfigError(f"kv_group and kv_heads must be >= 1, got {self.kv_group} and {self.kv_heads}")


DEFAULT_RULES = ShapeRules()


def head_dim_for(hidden_size: int) -> int:
    if hidden_size < 512:
        return 32
    if hidden_size < 2048:
        return 64
    return 128


def key_value_heads(heads: int, rules: ShapeRules) -> int:
    """Key/value heads of a model with `heads` attention heads (see the module docstring)."""
    if rules.kv_heads is not None:
        return max(k for k in range(1, min(heads, rules.kv_heads) + 1) if heads % k == 0)
    return heads // math.gcd(heads, rules.kv_group) if heads >= 8 else heads


def hidden_sizes(rules: ShapeRules) -> Iterator[int]:
    """Every candidate hidden size: multiples of the head_dim that applies at that width."""
    d = rules.min_hidden_size
    while d <= rules.max_hidden_size:
        yield d
        step = head_dim_for(d)
        d = (d // step + 1) * step


def layer_range(hidden_size: int, rules: ShapeRules) -> range:
    target = hidden_size / rules.aspect_ratio
    low = max(1, math.ceil(target / rules.aspect_band - 1e-9))
    high = max(1, math.floor(target * rules.aspect_band + 1e-9))
    return range(low, high + 1)


def llama_config(
    hidden_size: int,
    num_hidden_layers: int,
    vocab_size: int,
    seq_len: int,
    rules: ShapeRules = DEFAULT_RULES,
    token_ids: Mapping[str, int | None] | None = None,
) -> dict[str, Any]:
    """The `LlamaConfig` kwargs for one shape under the rules."""
    head_dim = head_dim_for(hidden_size)
    if hidden_size % head_dim:
        raise ConfigError(f"hidden_size {hidden_size} is not a multiple of head_dim {head_dim}")
    heads = hidden_size // head_dim
    m = rules.ffn_multiple_of
    cfg: dict[str, Any] = {
        "vocab_size": vocab_size,
        "hidden_size": hidden_size,
        "intermediate_size": math.ceil(rules.mlp_ratio * hidden_size / m) * m,
        "num_hidden_layers": num_hidden_layers,
        "num_attention_heads": heads,
        "num_key_value_heads": key_value_heads(heads, rules),
        "head_dim": head_dim,
        "hidden_act": "silu",
        "max_position_embeddings": seq_len,
        "rms_norm_eps": rules.rms_norm_eps,
        "tie_word_embeddings": rules.tie_word_embeddings,
        "rope_parameters": {"rope_type": "default", "rope_theta": rules.rope_theta},
        "attention_bias": False,
        "mlp_bias": False,
    }
    for key, value in (token_ids or {}).items():
        if value is not None:
            cfg[key] = value
    return cfg


def param_count(cfg: Mapping[str, Any]) -> int:
    """Exact parameter count of `LlamaForCausalLM(LlamaConfig(**cfg))`, tied weights counted once."""
    v, d, n_layers = cfg["vocab_size"], cfg["hidden_size"], cfg["num_hidden_layers"]
    heads = cfg["num_attention_heads"]
    kv_heads = cfg.get("num_key_value_heads") or heads
    head_dim = cfg.get("head_dim") or d // heads
    ffn = cfg["intermediate_size"]
    q, kv = heads * head_dim, kv_heads * head_dim
    attention = d * q + 2 * d * kv + q * d
    if cfg.get("attention_bias", False):
        attention += q + 2 * kv + d
    mlp = 3 * d * ffn + (2 * ffn + d if cfg.get("mlp_bias", False) else 0)
    layer = attention + mlp + 2 * d  # two RMSNorm weights
    embeddings = v * d * (1 if cfg.get("tie_word_embeddings", False) else 2)
    return embeddings + n_layers * layer + d  # + final RMSNorm


def smallest_config(vocab_size: int, seq_len: int, rules: ShapeRules = DEFAULT_RULES) -> dict[str, Any]:
    return llama_config(rules.min_hidden_size, 1, vocab_size, seq_len, rules)


def choose_shape(
    n_params: float,
    vocab_size: int,
    seq_len: int,
    rules: ShapeRules = DEFAULT_RULES,
    token_ids: Mapping[str, int | None] | None = None,
) -> dict[str, Any]:
    """The `LlamaConfig` kwargs of the candidate shape nearest `n_params` (see the module docstring)."""
    smallest = param_count(smallest_config(vocab_size, seq_len, rules))
    if n_params < smallest:
        raise ConfigError(
            f"{n_params:,.0f} parameters is below the smallest model the shape rules allow "
            f"({smallest:,} parameters: hidden {rules.min_hidden_size}, 1 layer, vocabulary {vocab_size})"
        )
    largest = param_count(
        llama_config(
            rules.max_hidden_size, layer_range(rules.max_hidden_size, rules)[-1], vocab_size, seq_len, rules
        )
    )
    if n_params > largest * (1 + rules.count_tolerance):
        raise ConfigError(
            f"{n_params:,.0f} parameters is above the largest model the shape rules allow ({largest:,}); "
            "raise max_hidden_size"
        )
    best: tuple[float, float, int, int] | None = None  # (count distance, aspect distance, hidden, layers)
    for d in hidden_sizes(rules):
        for n_layers in layer_range(d, rules):
            count = param_count(llama_config(d, n_layers, vocab_size, seq_len, rules))
            miss = abs(count / n_params - 1.0)
            key = (
                max(miss, rules.count_tolerance),  # all shapes within tolerance tie on count...
                abs(math.log(d / n_layers / rules.aspect_ratio)),  # ...and the aspect ratio decides
                d,
                n_layers,
            )
            if best is None or key < best:
                best = key
    assert best is not None
    return llama_config(best[2], best[3], vocab_size, seq_len, rules, token_ids)
