"""From TIMEX3 values to dates: the period a value covers (:func:`period_of`)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

# Patterns the functions below use, compiled once.
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_ISO_QUARTER_OR_HALF = re.compile(r"(\d{4})-([QH])(\d)")
_ISO_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_ISO_YEAR = re.compile(r"\d{4}")
_ISO_DECADE = re.compile(r"\d{3}")
_ISO_CENTURY = re.compile(r"\d{2}")

VAGUE_WINDOW_DAYS = 60
"""How far before (PAST_REF) or after (FUTURE_REF) the publication date a vague reference is drawn."""

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@dataclass(frozen=True)
class Period:
    """The stretch of time a TIMEX3 value names: first and last day, precision, and whether it is approximate."""

    first: dt.date
    last: dt.date
    precision: str
    approximate: bool = False


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _span_months(year: int, first_month: int, last_month: int) -> tuple[dt.date, dt.date]:
    end_year, end_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    return dt.date(year, first_month, 1), _month_end(end_year, end_month)


def period_of(value: str, published: dt.date | None = None) -> Period | None:
    """The period a TIMEX3 DATE/TIME value covers; vague references need the publication date. None if undated."""
    try:
        return _period_of(value, published)
    except (ValueError, OverflowError):
        return None


def _period_of(value: str, published: dt.date | None) -> Period | None:
    if value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        if published is None:
            return None
        window = dt.timedelta(days=VAGUE_WINDOW_DAYS)
        if value == "PAST_REF":
            return Period(published - window, published, "vague", True)
        if value == "FUTURE_REF":
            return Period(published, published + window, "vague", True)
        return Period(published, published, "vague", True)
    if m := _ISO_DAY.fullmatch(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return Period(day, day, "day")
    if m := _ISO_WEEK.fullmatch(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return Period(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "day")
        return Period(monday, monday + dt.timedelta(days=6), "week")
    if m := _ISO_MONTH.fullmatch(value):
        first, last = _span_months(int(m[1]), int(m[2]), int(m[2]))
        return Period(first, last, "month")
    if m := _ISO_QUARTER_OR_HALF.fullmatch(value):
        size = 3 if m[2] == "Q" else 6
        first, last = _span_months(int(m[1]), size * (int(m[3]) - 1) + 1, size * int(m[3]))
        return Period(first, last, "quarter" if m[2] == "Q" else "half")
    if m := _ISO_SEASON.fullmatch(value):
        first, last = _span_months(int(m[1]), *_SEASON_MONTHS[m[2]])
        return Period(first, last, "season")
    if _ISO_YEAR.fullmatch(value):
        return Period(dt.date(int(value), 1, 1), dt.date(int(value), 12, 31), "year")
    if _ISO_DECADE.fullmatch(value) and int(value) >= 100:
        return Period(dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31), "decade")
    if _ISO_CENTURY.fullmatch(value) and int(value) >= 10:
        return Period(dt.date(int(value) * 100, 1, 1), dt.date(int(value) * 100 + 99, 12, 31), "century")
    return None


def _timestamp(day: dt.date | None) -> Any:
    import pandas as pd

    if day is None or not 1678 <= day.year <= 2261:
        return pd.NaT  # outside what every pandas version can hold; the value column keeps the year
    try:
        return pd.Timestamp(day)
    except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
        return pd.NaT  # pandas cannot hold dates before 1677 or after 2262; the value column keeps them
