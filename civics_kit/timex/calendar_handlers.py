"""Normalisers for calendar dates: explicit dates, month and day, months, years, decades, centuries."""

from __future__ import annotations

import datetime as dt
import re

from .anchoring import _year_for_month, _year_for_month_day
from .arithmetic import _clock, _month_number, _valid_day, _weekday_number, parse_number
from .records import _Context, _Value
from .vocabulary import _NOT_YEAR_AFTER, _NOT_YEAR_BEFORE, _WORD_DECADES, _YEAR, WEEKDAYS

# ---------------------------------------------------------------- rules


def _explicit_date(m: re.Match[str], ctx: _Context) -> _Value | None:
    month = _month_number(m["month"])
    year = int(m["year"])
    day = _valid_day(year, month, int(re.sub(r"\D", "", m["day"])))
    if day is None:
        return None
    named = bool(m["weekday"]) or _appositive_weekday(ctx.text, m.end(), day)
    if _closes_a_period(ctx.text, m.start()):
        return _Value("DATE", day.isoformat())
    return _Value("DATE", day.isoformat(), anchor=day, anchor_unit="day", explicit=True, weekday_named=named)


# "the quarter ended Sept. 30", "the nine months ending June 30": the date closes the period just named.
_PERIOD_ENDED = re.compile(r"\b(?:quarter|period|half|months|weeks|year)\s+(?:that\s+)?(?:ended|ending|ends)\s+$", re.I)


def _closes_a_period(text: str, start: int) -> bool:
    """Whether a date ends the period named right before it; the period, not the date, stays the anchor
    ("for the quarter ended Sept. 30 ... a year earlier" is the quarter a year before)."""
    return bool(_PERIOD_ENDED.search(text[max(0, start - 40) : start]))


def _appositive_weekday(text: str, end: int, day: dt.date) -> bool:
    """Whether the date is followed by its weekday in apposition: "Dec. 18, a Wednesday"."""
    found = re.match(r",\s+(?:a|the)\s+(\w+)", text[end : end + 20])
    return bool(found) and found.group(1).lower() in WEEKDAYS and WEEKDAYS[found.group(1).lower()] == day.weekday()


def _iso_date(m: re.Match[str], ctx: _Context) -> _Value | None:
    day = _valid_day(int(m["year"]), int(m["month"]), int(m["day"]))
    if day is None:
        return None
    return _Value("DATE", day.isoformat(), anchor=day, explicit=True)


def _slash_date(m: re.Match[str], ctx: _Context) -> _Value | None:
    year = int(m["year"])
    if year < 100:
        year += 1900 if year > 30 else 2000
    day = _valid_day(year, int(m["month"]), int(m["day"]))
    if day is None:
        return None
    return _Value("DATE", day.isoformat(), anchor=day, explicit=True)


def _month_day(m: re.Match[str], ctx: _Context) -> _Value | None:
    month = _month_number(m["month"])
    day_number = int(re.sub(r"\D", "", m["day"]))
    if _valid_day(2000, month, day_number) is None:
        return None
    if re.match(r",?\s+" + _YEAR + r"\b", ctx.text[m.end() : m.end() + 8]):
        return None  # the year is given and the day does not exist in it ("Feb. 29, 2011")
    if m["weekday"] and ctx.dct is not None:
        year = _year_for_weekday_date(ctx, month, day_number, _weekday_number(m["weekday"]))
    else:
        year = _year_for_month_day(ctx, month, day_number, m.start(), m.end())
    suffix = _clock_suffix(m)
    kind = "TIME" if suffix else "DATE"
    if year is None:
        return _Value(kind, f"XXXX-{month:02d}-{day_number:02d}{suffix}", True, True)
    day = _valid_day(year, month, day_number)
    if day is None:
        return None
    named = bool(m["weekday"]) or _appositive_weekday(ctx.text, m.end(), day)
    if _closes_a_period(ctx.text, m.start()):
        return _Value(kind, day.isoformat() + suffix, True, False)
    return _Value(kind, day.isoformat() + suffix, True, False, day, "day", True, named)


def _year_for_weekday_date(ctx: _Context, month: int, day: int, weekday: int) -> int | None:
    base = ctx.dct
    assert base is not None
    for year in (base.year, base.year - 1, base.year + 1):
        candidate = _valid_day(year, month, day)
        if candidate and candidate.weekday() == weekday:
            return year
    return _year_for_month_day(ctx, month, day, 0, 0)


def _clock_suffix(m: re.Match[str]) -> str:
    groups = m.groupdict()
    if groups.get("hour"):
        return _clock(m["hour"], groups.get("minute"), groups.get("meridian")) or ""
    if groups.get("noon"):
        return "T24:00" if m["noon"].lower() == "midnight" else "T12:00"
    return ""


def _month_year(m: re.Match[str], ctx: _Context) -> _Value | None:
    month = _month_number(m["month"])
    year = int(m["year"])
    day = dt.date(year, month, 1)
    return _Value("DATE", f"{year:04d}-{month:02d}", anchor=day, anchor_unit="month", explicit=True)


def _month_alone(m: re.Match[str], ctx: _Context) -> _Value | None:
    month = _month_number(m["month"])
    if re.match(r"\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z]", ctx.text[m.end() : m.end() + 20]):
        return None  # a name: "the March for Life", "the March on Washington"
    modifier = (m["mod"] or "").lower()
    if not modifier:  # "May" is matched alone; the word before it still counts ("last May")
        previous = re.search(r"(\w+)\s+$", ctx.text[max(0, m.start() - 12) : m.start()])
        modifier = previous.group(1).lower() if previous else ""
    relation = (m["rel"] or "").lower()
    base = ctx.dct
    if relation or "last" in modifier or "next" in modifier or "this" in modifier:
        if base is None:
            return _Value("DATE", f"XXXX-{month:02d}", True, True)
        if "last" in relation:
            year = base.year - 1
        elif "next" in relation:
            year = base.year + 1
        elif "this" in relation:
            year = base.year
        elif "last" in modifier or "past" in modifier:
            year = base.year if month < base.month else base.year - 1
        elif "next" in modifier or "coming" in modifier:
            year = base.year if month > base.month else base.year + 1
        else:
            year = base.year  # "this September": the publication year's
    else:
        year = _year_for_month(ctx, month, m.start(), m.end())
        if year is None:
            return _Value("DATE", f"XXXX-{month:02d}", True, True)
    day = dt.date(year, month, 1)
    return _Value("DATE", f"{year:04d}-{month:02d}", True, False, day, "month")


def _year(m: re.Match[str], ctx: _Context) -> _Value | None:
    year = int(m["year"])
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    after = ctx.text[m.end() : m.end() + 14]
    if not m["mod"] and (_NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.match(after)):
        return None
    value = f"{year:04d}"
    half = (m["half"] or "").lower()
    if "half" in half:
        value += "-H1" if "first" in half else "-H2"
    return _Value("DATE", value, anchor=dt.date(year, 1, 1), anchor_unit="year")


def _decade(m: re.Match[str], ctx: _Context) -> _Value | None:
    digits = m["decade"].lstrip("'’")
    if len(digits) == 1:  # "the '80s"; "in his 30s" is an age, not a decade
        written = m.group()
        before = ctx.text[max(0, m.start() - 20) : m.start()]
        if re.search(r"\b(?:his|her|their|my|your|our|its)\s+(?:early|mid|late)?[\s-]*$", before, re.IGNORECASE):
            return None
        if not re.search(r"['’]|^the\s", written, re.IGNORECASE):
            return None
        digits = ("20" if digits in "01" else "19") + digits
    return _Value(
        "DATE",
        digits[:3],
        anchor=dt.date(int(digits[:3]) * 10, 1, 1) if int(digits[:3]) >= 100 else None,
        anchor_unit="decade",
    )


def _word_decade(m: re.Match[str], ctx: _Context) -> _Value | None:
    return _Value("DATE", f"19{_WORD_DECADES[m['decade'].lower()]}")


def _century(m: re.Match[str], ctx: _Context) -> _Value | None:
    number = int(m["number"])
    if not 1 <= number <= 22:
        return None
    return _Value("DATE", f"{number - 1:02d}")


def _spoken_year(m: re.Match[str], ctx: _Context) -> _Value | None:
    tens = parse_number(m["rest"])
    if tens is None:
        return None
    year = (1900 if m["century"].lower() == "nineteen" else 1800) + int(tens)
    return _Value("DATE", str(year), anchor=dt.date(year, 1, 1), anchor_unit="year")


def _fiscal(m: re.Match[str], ctx: _Context) -> _Value | None:
    year = int(m["year"])
    if year < 100:
        year += 1900 if year > 30 else 2000
    return _Value("DATE", f"{year:04d}", anchor=dt.date(year, 1, 1), anchor_unit="year")
