"""Normalisers for dates counted from a reference: today, weekdays, clock times, 'two days later'."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .anchoring import _is_future, _season, _story_day, _tense, _weekday_date, _year_for_month_day
from .arithmetic import (
    _month_number,
    _nth_weekday,
    _part_of_day,
    _undefined,
    _valid_day,
    _weekday_number,
    duration_value,
    parse_number,
    relative,
    shift,
    value_at,
)
from .calendar_handlers import _clock_suffix
from .records import _Context, _Value
from .vocabulary import _DEICTIC, _PART_OF_DAY, _REL_AMOUNT, _SEASONS, WEEKDAYS


def _deictic_day(m: re.Match[str], ctx: _Context) -> _Value | None:
    word = re.sub(r"\s+", " ", m["word"].lower())
    word = re.sub(r"['’]s$", "", word)
    unit, amount, suffix = _DEICTIC[word]
    part = _part_of_day(m["part"])
    if part:
        suffix = part
    kind = "TIME" if suffix and (m["part"] or word == "overnight") else "DATE"
    return relative(ctx, unit, amount, kind, suffix)


def _part_of_today(m: re.Match[str], ctx: _Context) -> _Value | None:
    lead = (m["lead"] or "").lower()
    amount = -1 if lead in ("last", "yesterday") else (1 if lead == "tomorrow" else 0)
    return relative(ctx, "day", amount, "TIME", _part_of_day(m["part"]))


def _relative_period(m: re.Match[str], ctx: _Context) -> _Value | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    amount = _REL_AMOUNT[rel]
    from_anchor = rel in ("the following", "following", "that", "the same", "that same", "the previous")
    if unit in _SEASONS:
        return _season(ctx, _SEASONS[unit], amount, from_anchor)
    if unit == "weekend":
        if amount < 0 or rel == "this":
            base = ctx.dct
            if base is None:
                return _Value("DATE", _undefined("weekend", amount), True, True)
            # "this weekend" said on a Monday is the one just gone; "last weekend" the most recent one.
            days_back = (base.weekday() - 5) % 7 if amount < 0 or base.weekday() < 2 else -((5 - base.weekday()) % 7)
            day = base - dt.timedelta(days=days_back)
            return _Value("DATE", value_at(day, "weekend"), True, False, day, "week")
        return relative(ctx, "weekend", amount, from_anchor=from_anchor)
    if from_anchor and ctx.anchor is not None:
        unit_key = unit
        if ctx.anchor_unit in ("year",) and unit in ("day", "week", "month"):
            return None
        return relative(ctx, unit_key, amount, from_anchor=True)
    return relative(ctx, unit, amount)


def _bare_season(m: re.Match[str], ctx: _Context) -> _Value | None:
    code = _SEASONS[m["season"].lower()]
    spoken = parse_number(m["spoken"].split(None, 1)[1]) if m["spoken"] else None
    if m["year"] or spoken is not None:
        year = int(m["year"]) if m["year"] else 1900 + int(spoken)
        month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        return _Value("DATE", f"{year}-{code}", anchor=dt.date(year, month, 1), anchor_unit="season", explicit=True)
    amount = 1 if _is_future(ctx, m.start(), m.end()) else 0
    return _season(ctx, code, amount)


def _edge_period(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'earlier this year', 'late last week', 'early next month': the period itself."""
    rel = m["rel"].lower()
    amount = {"this": 0, "last": -1, "next": 1}[rel]
    return relative(ctx, m["unit"].lower(), amount)


def _weekday(m: re.Match[str], ctx: _Context) -> _Value | None:
    weekday = _weekday_number(m["weekday"])
    lead = (m["lead"] or "").lower()
    direction = -1 if lead in ("last", "this past", "past", "earlier", "the previous") else 0
    direction = 1 if lead in ("next", "this coming", "coming") else direction
    # "Friday night" is the day itself, as TimeBank annotates it; a clock time makes it a TIME.
    suffix = _clock_suffix(m)
    kind = "TIME" if suffix else "DATE"
    story = _story_day(ctx, for_weekday=True) if direction == 0 else None
    if ctx.dct is None and story is None:
        return _Value(kind, f"XXXX-WXX-{weekday + 1}{suffix}", True, True)
    day = _weekday_date(ctx, weekday, m.start(), m.end(), direction)
    if day is None:
        return None
    if lead in ("last", "next", "the previous") and day == ctx.dct:
        day = day + dt.timedelta(days=7 * (1 if lead == "next" else -1))
    return _Value(kind, day.isoformat() + suffix, True, False, day, "day", story is not None, story is not None)


def _clock_time(m: re.Match[str], ctx: _Context) -> _Value | None:
    suffix = _clock_suffix(m)
    if not suffix:
        return None
    day_word = (m["dayword"] or "").lower()
    base = ctx.dct
    if m["cmonth"]:  # "5:30 a.m. on Dec. 19": the clock time of the date that follows
        month, number = _month_number(m["cmonth"]), int(re.sub(r"\D", "", m["cday"]))
        year = _year_for_month_day(ctx, month, number, m.start(), m.end())
        day = _valid_day(year, month, number) if year is not None else None
        if day is None:
            return _Value("TIME", f"XXXX-{month:02d}-{number:02d}{suffix}", True, True)
        return _Value("TIME", day.isoformat() + suffix, True, False, day, "day", explicit=True)
    if day_word and day_word.rstrip(".") in WEEKDAYS:
        day = _weekday_date(ctx, _weekday_number(day_word), m.start(), m.end())
    elif day_word in ("yesterday", "last night"):
        day = base - dt.timedelta(days=1) if base else None
    elif day_word == "tomorrow":
        day = base + dt.timedelta(days=1) if base else None
    else:  # the day the story stated nearby, else the publication day
        day = _story_day(ctx) or base
    if day is None:
        return _Value("TIME", "XXXX-XX-XX" + suffix, True, True)
    return _Value("TIME", day.isoformat() + suffix, True, False, day, "day")


def _ago(m: re.Match[str], ctx: _Context) -> _Value | None:
    number = parse_number(m["number"])
    unit = m["unit"].lower().rstrip("s")
    unit = "century" if unit == "centurie" else unit
    direction = m["dir"].lower()
    from_anchor = direction in ("later", "after", "earlier", "before", "afterward", "afterwards")
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    if unit in ("second", "minute", "hour"):
        return None
    if unit == "year" and number == 1 and ctx.anchor is not None and ctx.anchor_unit == "quarter":
        # Earnings news: "a year ago" next to a quarter means the same quarter a year before.
        return _year_before_quarter(ctx)
    if number is None:
        return _Value("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", True, ctx.dct is None)
    if from_anchor and ctx.anchor is None:
        return _Value("DATE", duration_value(number, unit), False, False)
    if not float(number).is_integer():
        return relative(
            ctx, "month", int(sign * number * {"year": 12, "month": 1}.get(unit, 0)), from_anchor=from_anchor
        )
    unit_name = {"fortnight": "week"}.get(unit, unit)
    amount = int(number) * (2 if unit == "fortnight" else 1) * sign
    if unit_name == "decade":
        return relative(ctx, "year", amount * 10, from_anchor=from_anchor)
    return relative(ctx, unit_name, amount, from_anchor=from_anchor)


def _year_before_quarter(ctx: _Context) -> _Value | None:
    assert ctx.anchor is not None
    day = shift(ctx.anchor, "year", -1)
    return _Value("DATE", value_at(day, "quarter"), True, False) if day else None


def _year_ago_period(m: re.Match[str], ctx: _Context) -> _Value | None:
    if ctx.anchor is not None and ctx.anchor_unit == "quarter":
        return _year_before_quarter(ctx)
    return relative(ctx, "year", -1)


def _the_year(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'the year', 'the fiscal year': a span of a year when it "ended" or runs "throughout", else the year itself."""
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    after = ctx.text[m.end() : m.end() + 10].lower()
    if re.match(r"\s+(?:ended|ending|to\s+date)\b", after) or re.search(r"\b(?:throughout|during)\s*$", before):
        return _Value("DURATION", "P1Y")
    if ctx.anchor is not None and ctx.anchor_unit == "year" and "current" not in m.group().lower():
        return _Value("DATE", value_at(ctx.anchor, "year"), True, False)
    return relative(ctx, "year", -1 if "latest" in m.group().lower() else 0)


def _the_week(m: re.Match[str], ctx: _Context) -> _Value | None:
    if m.group().lower().endswith("weekend"):
        return _relative_period(_FakeMatch({"rel": "last", "unit": "weekend"}, m), ctx)
    return relative(ctx, "week", 0)


class _FakeMatch:
    """A stand-in match for reusing a handler with other group values."""

    def __init__(self, groups: dict[str, str], match: re.Match[str]) -> None:
        self._groups = groups
        self._match = match

    def __getitem__(self, key: str) -> str:
        return self._groups[key]

    def start(self) -> int:
        return self._match.start()

    def end(self) -> int:
        return self._match.end()

    def group(self) -> str:
        return self._match.group()

    def groupdict(self) -> dict[str, str]:
        return dict(self._groups)


_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": lambda y: dt.date(y, 1, 1),
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "independence day": lambda y: dt.date(y, 7, 4),
    "the fourth of july": lambda y: dt.date(y, 7, 4),
    "fourth of july": lambda y: dt.date(y, 7, 4),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "halloween": lambda y: dt.date(y, 10, 31),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
}


def _holiday(m: re.Match[str], ctx: _Context) -> _Value | None:
    name = re.sub(r"\s+", " ", m["name"].lower()).replace("’", "'")
    rule = _HOLIDAYS[name]
    lead = (m["lead"] or "").lower()
    if ctx.dct is None:
        return _Value("DATE", "XXXX-XX-XX", True, True)
    base = ctx.dct
    options = [rule(year) for year in (base.year - 1, base.year, base.year + 1)]
    tense = {"last": -1, "next": 1}.get(lead, _tense(ctx, m.start(), m.end()))
    if tense > 0:
        day = min(d for d in options if d >= base)
    elif tense < 0:
        day = max(d for d in options if d <= base)
    else:
        day = min(options, key=lambda d: (abs((d - base).days), d))
    return _Value("DATE", day.isoformat(), True, False, day, "day")


def _anchored_day(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'that day', 'the same day', 'the next day', 'the day before': days counted from the last date mentioned."""
    rel = m["rel"].lower()
    amount = 1 if rel in ("next", "following") else (-1 if rel in ("previous", "prior") else 0)
    if _story_day(ctx) is None and (ctx.anchor is None or ctx.anchor_unit != "day"):
        if ctx.dct is None:
            return _Value("DATE", _undefined("day", amount), True, True)
        return relative(ctx, "day", amount)
    part = _part_of_day(m["part"])
    return relative(ctx, "day", amount, "TIME" if part else "DATE", part, from_anchor=True)


class _AnchoredMatch:
    """An anchored-day match that also exposes the part of the day it names."""

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def __getitem__(self, key: str) -> str | None:
        if key == "part":
            word = self._match.group().split()[-1].lower()
            return word if word in _PART_OF_DAY else None
        return self._match.group(key) or ""
