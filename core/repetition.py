"""Repeated tokens are worth less than fresh ones: Muennighoff et al. 2023 ("Scaling Data-Constrained Language
Models") give the effective data size D' of D tokens drawn from U unique ones.

In core because two layers need it: the mixture stage (corpus) reports each source's effective tokens, and
the scaling law (model.scaling) evaluates its loss at D' instead of D.
"""

from __future__ import annotations

import math

from core.errors import ConfigError

# Muennighoff et al. 2023, eq. 5: the repetition count at which repeated data has lost 1 - 1/e of its value.
R_D_STAR = 15.387756


def effective_tokens(n_tokens: float, unique_tokens: float, r_star: float = R_D_STAR) -> float:
    """Muennighoff et al.'s D' = U + U R* (1 - exp(-R / R*)), R = D/U - 1 repetitions; D itself if D <= U."""
    if unique_tokens <= 0:
        raise ConfigError(f"unique token count must be > 0, got {unique_tokens}")
    if n_tokens <= unique_tokens:
        return float(n_tokens)
    repetitions = n_tokens / unique_tokens - 1.0
    return unique_tokens + unique_tokens * r_star * (1.0 - math.exp(-repetitions / r_star))
