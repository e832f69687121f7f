"""Typed placeholders that stay consistent within a document: the same person is <PERSON_1> every time."""

from __future__ import annotations

import re
from collections import Counter

PLACEHOLDER = re.compile(r"<([A-Z_]+?)_(\d+)>")


class PlaceholderBook:
    def __init__(self) -> None:
        self._numbers: dict[tuple[str, str], int] = {}
        self._next: Counter[str] = Counter()
        self.replaced: Counter[str] = Counter()

    def placeholder(self, entity_type: str, value: str) -> str:
        key = (entity_type, " ".join(value.split()).lower())
        if key not in self._numbers:
            self._next[entity_type] += 1
            self._numbers[key] = self._next[entity_type]
        self.replaced[entity_type] += 1
        return f"<{entity_type}_{self._numbers[key]}>"


def renumber_by_appearance(text: str) -> str:
    """presidio replaces from the end of the text backwards; number placeholders in reading order instead."""
    order: dict[tuple[str, str], int] = {}
    seen: Counter[str] = Counter()

    def number(m: re.Match) -> str:
        key = (m.group(1), m.group(2))
        if key not in order:
            seen[m.group(1)] += 1
            order[key] = seen[m.group(1)]
        return f"<{m.group(1)}_{order[key]}>"

    return PLACEHOLDER.sub(number, text)
