"""Dates as students write them: 14 January 2025, January 14, 2025, Jan. 14 2025, 2025-01-14."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..dates import format_day
from .messages import CORRECT, INCORRECT, Feedback, Message, describe, norm, type_name
from .text import Text

__all__ = ["Date", "parse_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
            ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
            ("november", "nov"), ("december", "dec"),
        ],
        1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_FORMS = [
    re.compile(rf"^{_WEEKDAY}{_YEAR}-(?P<mm>\d{{1,2}})-{_DAY}$"),
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}$"),
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}$"),
]
_NO_YEAR = [re.compile(rf"^{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}$"), re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY}$")]


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` writes in a common form, or None (a form without a year is not a full date)."""
    cleaned = norm(text).strip("\"'“”‘’ ")
    for form in _FORMS:
        match = form.match(cleaned)
        if match:
            parts = match.groupdict()
            month = int(parts["mm"]) if parts.get("mm") else _MONTHS[parts["month"]]
            try:
                return dt.date(int(parts["year"]), month, int(parts["day"]))
            except ValueError:
                return None
    return None


def lacks_year(text: str) -> bool:
    """True for a day and month without a year ("March 13")."""
    cleaned = norm(text).strip("\"'“”‘’ ")
    return any(form.match(cleaned) for form in _NO_YEAR)


class Date(Text):
    """A full date in any common form; the expected answer is an ISO date (or a callable giving one)."""

    kind = "date"

    def __init__(self, var: str, expected: Any, **kwargs: Any) -> None:
        super().__init__(var, expected, **kwargs)
        self.accepted = 'a full date in quotes, e.g. "14 January 2025", "January 14, 2025" or "2025-01-14"'

    def _grade(self, value: Any) -> Message:
        if not isinstance(value, str):
            raise Feedback(f"{describe(value)} is {type_name(value)}; give the date in quotes, e.g. `'2025-01-14'`.")
        target = dt.date.fromisoformat(self._targets()[0])
        day = parse_date(value)
        if day == target:
            return Message(CORRECT, f"{format_day(target)} ({target.isoformat()}).")
        if day is not None:
            return Message(INCORRECT, f"{describe(value)} is a date, but not this one: look again.")
        if lacks_year(value):
            return Message(INCORRECT, f"{describe(value)} has no year: give the full date, with the year.")
        example = "`'2025-01-14'` or `'14 January 2025'`"
        return Message(INCORRECT, f"{describe(value)} is not a date I can read: write it like {example}.")
