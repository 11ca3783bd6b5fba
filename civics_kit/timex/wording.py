"""A TIMEX3 value in words, for people: "7 June 2011", "before 7 June 2011", "7 June 2011, afternoon".

One function, :func:`when_words`, words every date the kit shows: the
timeline's ``when`` column, what :func:`civics_kit.date_dependent` says a
sentence resolves to, and the labels of the timeline plot. A vague reference
says what it means ("before 7 June 2011", not the first day of an arbitrary
window); a value that cannot be placed says so.
"""

from __future__ import annotations

import datetime as dt
import re

# Patterns the functions below use, compiled once.
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(.+))?")
_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_ISO_QUARTER = re.compile(r"(\d{4})-Q(\d)")
_ISO_HALF = re.compile(r"(\d{4})-H(\d)")
_ISO_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_ISO_YEAR = re.compile(r"\d{4}")
_ISO_DECADE = re.compile(r"\d{3}")
_ISO_CENTURY = re.compile(r"\d{2}")
_ANY_WEEK_WEEKDAY = re.compile(r"XXXX-WXX-(\d)(.*)")
_YEARLESS_DAY = re.compile(r"XXXX-(\d{2})-(\d{2})(.*)")
_YEARLESS_MONTH = re.compile(r"XXXX-(\d{2})")

__all__ = ["when_words"]

_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = "January February March April May June July August September October November December".split()


def _day(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"  # the same words in every locale


def _month(year: int, month: int) -> str:
    return f"{_MONTHS[month - 1]} {year}"


def _century(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"the {number}{suffix} century"


def _clock(rest: str) -> str:
    if rest in _PARTS:
        return _PARTS[rest]
    if rest in ("24:00", "00:00"):
        return "midnight"
    if rest == "12:00":
        return "noon"
    return rest


def when_words(value: str, published: dt.date | str | None = None) -> str:
    """When a TIMEX3 value says something happened, in words.

    ``published`` (a date or ``YYYY-MM-DD``) words the vague references:
    ``PAST_REF`` -> "before 7 June 2011", ``FUTURE_REF`` -> "after 7 June 2011",
    ``PRESENT_REF`` -> "around 7 June 2011". Dates: "7 June 2011", "7 June
    2011, afternoon", "7 June 2011, 10:30", "week of 6 June 2011", "June 2011",
    "second quarter of 2011", "summer 2011", "2011", "the 2010s", "the 21st
    century". Durations and sets are not dates and come back as they are.
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    try:
        return _words(value, published)
    except (ValueError, OverflowError):
        return value


def _vague(value: str, published: dt.date | None) -> str:
    relation = {"PAST_REF": "before", "FUTURE_REF": "after", "PRESENT_REF": "around"}[value]
    if published is None:
        return f"{relation} publication (no publication date)"
    return f"{relation} {_day(published)}"


def _words(value: str, published: dt.date | None) -> str:
    if value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        return _vague(value, published)
    if value.startswith("UNDEF") or value.startswith("XXXX"):
        return _unplaced(value)
    if m := _ISO_DAY.fullmatch(value):
        day = _day(dt.date(int(m[1]), int(m[2]), int(m[3])))
        return f"{day}, {_clock(m[4])}" if m[4] else day
    if m := _ISO_WEEK.fullmatch(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return f"weekend of {_day(monday + dt.timedelta(days=5))}"
        return f"week of {_day(monday)}"
    if m := _ISO_MONTH.fullmatch(value):
        return _month(int(m[1]), int(m[2]))
    if m := _ISO_QUARTER.fullmatch(value):
        return f"{_ORDINAL[int(m[2])]} quarter of {m[1]}"
    if m := _ISO_HALF.fullmatch(value):
        return f"{_ORDINAL[int(m[2])]} half of {m[1]}"
    if m := _ISO_SEASON.fullmatch(value):
        return f"{_SEASONS[m[2]]} {m[1]}"
    if _ISO_YEAR.fullmatch(value):
        return value
    if _ISO_DECADE.fullmatch(value):
        return f"the {value}0s"
    if _ISO_CENTURY.fullmatch(value):
        return _century(int(value) + 1)
    return value


def _unplaced(value: str) -> str:
    """A value left relative for want of a publication date, in words that say so."""
    if m := _ANY_WEEK_WEEKDAY.fullmatch(value):
        return f"a {_WEEKDAYS[int(m[1]) - 1]} (no publication date to place it)"
    if m := _YEARLESS_DAY.fullmatch(value):
        return f"{int(m[2])} {_MONTHS[int(m[1]) - 1]}, year unknown (no publication date)"
    if m := _YEARLESS_MONTH.fullmatch(value):
        return f"{_MONTHS[int(m[1]) - 1]}, year unknown (no publication date)"
    return "unknown: no publication date"
