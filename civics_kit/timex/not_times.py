"""Names that look like times."""

from __future__ import annotations


def not_a_time(text: str, start: int, end: int, rule: str) -> bool:
    return False
