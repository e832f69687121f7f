"""Placeholders: typed and numbered in reading order within a document (<PERSON_1>), or typed and keyed-
hashed (<PERSON_3f2a9c1b07d4e815>), the same for the same value in every document, so records stay linkable
without the value. The key comes from the environment and never reaches a file or a log.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections import Counter

PLACEHOLDER = re.compile(r"<([A-Z_]+?)_(\d+)>")
# 64 bits of the HMAC: with 32, two of ~100,000 distinct values would share a placeholder (birthday
# bound) and link unrelated people; at 64 bits a collision needs ~4 billion values.
HASH_CHARS = 16


def normalise(value: str) -> str:
    return " ".join(value.split()).casefold()


class PlaceholderBook:
    """Hands out one placeholder per (type, value) in a document; call in reading order."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key
        self._numbers: dict[tuple[str, str], int] = {}
        self._next: Counter[str] = Counter()
        self.replaced: Counter[str] = Counter()

    def placeholder(self, entity_type: str, value: str) -> str:
        self.replaced[entity_type] += 1
        if self._key is not None:
            digest = hmac.new(self._key, f"{entity_type}\x00{normalise(value)}".encode(), hashlib.sha256)
            return f"<{entity_type}_{digest.hexdigest()[:HASH_CHARS]}>"
        key = (entity_type, normalise(value))
        if key not in self._numbers:
            self._next[entity_type] += 1
            self._numbers[key] = self._next[entity_type]
        return f"<{entity_type}_{self._numbers[key]}>"


def renumber_by_appearance(text: str) -> str:
    """Renumber numbered placeholders in reading order (for text replaced back to front)."""
    order: dict[tuple[str, str], int] = {}
    seen: Counter[str] = Counter()

    def number(m: re.Match) -> str:
        key = (m.group(1), m.group(2))
        if key not in order:
            seen[m.group(1)] += 1
            order[key] = seen[m.group(1)]
        return f"<{m.group(1)}_{order[key]}>"

    return PLACEHOLDER.sub(number, text)
