"""What the PII round tests share: the values a scrubber found of one kind, whether one detection covers a value
whole, whether a value is kept whole by the must-keep spans, and a number completed with its Luhn check digit."""

from __future__ import annotations

from governance.pii.base import luhn_ok
from governance.pii.keep import protected_spans


def found(scrubber, text: str, kind: str) -> list[str]:
    return [text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == kind]


def covered(scrubber, text: str, value: str, kind: str) -> bool:
    """`value` (its first occurrence) lies wholly inside one detection of `kind`."""
    at = text.index(value)
    return any(
        d.entity_type == kind and d.start <= at and at + len(value) <= d.end for d in scrubber.find(text)
    )


def kept(text: str, value: str) -> bool:
    """`value` (its first occurrence) lies wholly inside a span that must survive scrubbing."""
    at = text.index(value)
    return any(s <= at and at + len(value) <= e for s, e in protected_spans(text))


def with_check_digit(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_ok(body + d))
