"""Normalisers for periods and the rest: quarters, durations, sets ('every Tuesday'), vague references."""

from __future__ import annotations

import datetime as dt
import re

from .anchoring import _is_future
from .arithmetic import _month_number, _part_of_day, _weekday_number, duration_value, parse_number, relative, value_at
from .records import _Context, _Handler, _Value
from .relative_handlers import _year_before_quarter
from .vocabulary import _ADVERB_SETS, _ORDINALS, _PART_OF_DAY, MONTHS, UNITS, WEEKDAYS


def _duration(m: re.Match[str], ctx: _Context) -> _Value | None:
    unit = m["unit"]
    if m["number"] is None and not (m["lead"] or m["extra"]):
        return None
    if re.match(r"\s+old\b", ctx.text[m.end() : m.end() + 5]):
        return None  # an age ("52 years old"), which TimeML does not mark
    plural = m.group().rstrip().lower().endswith(("s", "s or so")) and not m["number"]
    if not (m["number"] or plural or m["extra"] or m["mod"]):
        return None  # "the next day", "the past year": a date, left to the relative rules
    number = parse_number(m["number"]) if m["number"] else (None if plural else 1)
    if m["number"] and m["number"].lower() in ("a", "an") and not (m["lead"] or m["mod"]):
        # "a year" is a duration only when measured ("for a year", "within a year").
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        if not re.search(
            r"\b(?:for|in|within|after|than|about|nearly|almost|over|taking|took|take|spent|last|lasted|barely|"
            r"long\s+as|only|just|another)\s*$",
            before,
        ):
            return None
    return _Value("DURATION", duration_value(number, unit))


def _compound_duration(m: re.Match[str], ctx: _Context) -> _Value | None:
    number = parse_number(m["number"])
    if number is None and m["number"].lower() not in ("several", "multi", "many"):
        return None
    return _Value("DURATION", duration_value(number, m["unit"]))


def _vague_duration(m: re.Match[str], ctx: _Context) -> _Value | None:
    return _Value("DURATION", duration_value(None, m["unit"]))


def _quarter(m: re.Match[str], ctx: _Context) -> _Value | None:
    number = _ORDINALS[m["ordinal"].lower()]
    lead = (m.groupdict().get("lead") or "").lower()
    if m["year"]:
        year = int(m["year"])
    elif ctx.dct is None:
        return _Value("DATE", f"XXXX-Q{number}", True, True)
    else:
        current = (ctx.dct.month - 1) // 3 + 1
        year = ctx.dct.year if number <= current or _is_future(ctx, m.start(), m.end()) else ctx.dct.year - 1
        if "year-ago" in lead or "year-earlier" in lead or "last year" in lead:
            year -= 1
        if "next year" in lead:
            year += 1
    return _Value("DATE", f"{year:04d}-Q{number}", not m["year"], False, dt.date(year, 3 * number - 2, 1), "quarter")


def _half(m: re.Match[str], ctx: _Context) -> _Value | None:
    number = 1 if m["ordinal"].lower() in ("first", "1st") else 2
    year = int(m["year"]) if m["year"] else (ctx.dct.year if ctx.dct else None)
    if year is None:
        return _Value("DATE", f"XXXX-H{number}", True, True)
    return _Value("DATE", f"{year:04d}-H{number}", not m["year"], False, dt.date(year, 6 * number - 5, 1), "month")


def _the_quarter(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the quarter', 'this quarter', 'the year-ago quarter': the quarter last named, else one near the report."""
    groups = m.groupdict()
    lead = re.sub(r"\s+", " ", (groups.get("lead") or "").lower())
    determiner = (groups.get("det") or "").lower()
    if ctx.dct is None:
        return _Value("DATE", "XXXX-QX", True, True)
    named = ctx.anchor if ctx.anchor is not None and ctx.anchor_unit == "quarter" else None
    if determiner == "this" or lead == "current":
        return relative(ctx, "quarter", 0)
    if lead == "next":
        return relative(ctx, "quarter", 1)
    if "year" in lead:
        return _year_before_quarter(ctx) if named else relative(ctx, "quarter", -5)
    if named is not None and lead not in ("latest", "most recent", "recent"):
        return _Value("DATE", value_at(named, "quarter"), True, False)
    return relative(ctx, "quarter", -1)


def _year_period(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the 1988 quarter', 'the 1989 period': that year's quarter when a quarter was just named, else the year."""
    year = int(m["year"])
    if ctx.anchor is not None and ctx.anchor_unit == "quarter":
        return _Value("DATE", f"{year:04d}-Q{(ctx.anchor.month - 1) // 3 + 1}")
    return _Value("DATE", f"{year:04d}", anchor=dt.date(year, 1, 1), anchor_unit="year")


def _reference(value: str) -> _Handler:
    def handler(m: re.Match[str], ctx: _Context) -> _Value | None:
        return _Value("DATE", value, True, False)

    return handler


def _fixed(kind: str, value: str) -> _Handler:
    def handler(m: re.Match[str], ctx: _Context) -> _Value | None:
        return _Value(kind, value)

    return handler


_RATE_BEFORE = re.compile(
    r"(?:\d|%|\b(?:times|million|billion|thousand|hundred|dollars|cents|hours|minutes|miles|pounds|percent|"
    r"meals|pills|doses|gallons|barrels|shares|calls|visits|trips|flights)|\b(?:once|twice))\W*$",
    re.IGNORECASE,
)


def _set_every(m: re.Match[str], ctx: _Context) -> _Value | None:
    word = m["what"].lower()
    if m.group().lower().startswith("a ") and (
        word.rstrip(".") in WEEKDAYS
        or word.rstrip(".") in MONTHS
        or not _RATE_BEFORE.search(ctx.text[max(0, m.start() - 25) : m.start()])
    ):
        return None  # "a year" is a rate only after an amount ("$40,000 a year"); "on a Sunday" is a day
    if word.rstrip("s") in WEEKDAYS or word.rstrip(".") in WEEKDAYS:
        day = _weekday_number(word.rstrip("s") if word.rstrip("s") in WEEKDAYS else word)
        return _Value("SET", f"XXXX-WXX-{day + 1}{_part_of_day(m['part'])}")
    if word.rstrip(".") in MONTHS:
        return _Value("SET", f"XXXX-{_month_number(word):02d}")
    if word in _PART_OF_DAY:
        return _Value("SET", f"XXXX-XX-XXT{_PART_OF_DAY[word][1:] if False else _PART_OF_DAY[word]}")
    unit = word.rstrip("s")
    if unit in UNITS:
        return _Value("SET", duration_value(1, unit))
    return None


def _adverb_set(m: re.Match[str], ctx: _Context) -> _Value | None:
    return _Value("SET", _ADVERB_SETS[m["word"].lower()])


def _present(m: re.Match[str], ctx: _Context) -> _Value | None:
    return _Value("DATE", "PRESENT_REF", True, False)
