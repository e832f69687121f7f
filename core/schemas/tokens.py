"""meta.json of a shard set: tokenize writes one for the unique documents, mixture one for the training
stream; plan, mixture, the erasure proof and the report read them."""

from __future__ import annotations

from core.schemas.base import Part, Record


class Shard(Part):
    file: str
    n_tokens: int


class TokenMeta(Record):
    dtype: str
    shards: list[Shard]
    vocab_size: int
    seq_len: int
    n_tokens: int
    n_unique_tokens: int
    tokens_by_domain: dict[str, int]
    eos_token_id: int | None = None
    n_documents: int | None = None
    """Tokenize's only: the mixture repeats documents."""
