"""What the PII round tests share: the values a scrubber found of one kind, and a number completed with its Luhn
check digit."""

from __future__ import annotations

from governance.pii.base import luhn_ok


def found(scrubber, text: str, kind: str) -> list[str]:
    return [text[d.start : d.end] for d in scrubber.find(text) if d.entity_type == kind]


def with_check_digit(body: str) -> str:
    return next(body + d for d in "0123456789" if luhn_ok(body + d))
