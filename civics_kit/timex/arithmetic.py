"""TIMEX3 value arithmetic: numbers in words, durations (P40Y), moving a date, writing it at a precision."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .records import _Context, _Value
from .vocabulary import _COUPLE, _PART_OF_DAY, _SMALL, _TENS, _VAGUE_COUNTS, MONTHS, UNITS, WEEKDAYS

# ---------------------------------------------------------------- value helpers


def parse_number(words: str) -> float | None:
    """A count from digits or number words; None for vague counts ("several")."""
    words = words.lower().strip()
    if words in _VAGUE_COUNTS or words in ("hundreds", "dozens"):
        return None
    if words in _COUPLE:
        return 2
    if words in ("a", "an", "one", "a single"):
        return 1
    if words.startswith("half"):
        return 0.5
    if words in ("a hundred", "one hundred"):
        return 100
    words = words.replace(" 1/2", ".5")
    try:
        return float(words)
    except ValueError:
        pass
    parts = re.split(r"[- ]", words)
    total = 0
    for part in parts:
        if part in _TENS:
            total += _TENS[part]
        elif part in _SMALL:
            total += _SMALL[part]
        else:
            return None
    return total


def _count_text(number: float | None) -> str:
    if number is None:
        return "X"
    return str(int(number)) if float(number).is_integer() else str(number)


def duration_value(number: float | None, unit: str) -> str:
    """A TIMEX3 duration: P40Y, PT5H, PXW; half units become the next smaller unit."""
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    code = UNITS[unit]
    if unit == "fortnight":
        number = None if number is None else number * 2
    if number is not None and not float(number).is_integer():
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
        if unit in ("year", "month", "week", "day", "hour") and code in smaller:
            whole = int(number)
            little_code, factor = smaller[code]
            rest = round((number - whole) * factor)
            time = "T" if unit == "hour" else ""
            prefix = f"P{time}{whole}{code}" if whole else f"P{time}"
            little_time = "T" if little_code in ("H",) and "T" not in prefix else ""
            return f"{prefix}{little_time}{rest}{little_code}"
    if code == "DE":
        return f"P{_count_text(None if number is None else number * 10)}Y"
    if code == "CE":
        return f"P{_count_text(None if number is None else number * 100)}Y"
    time = "T" if unit in ("second", "minute", "hour") else ""
    return f"P{time}{_count_text(number)}{code}"


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def shift(day: dt.date, unit: str, amount: int) -> dt.date | None:
    """``day`` moved by ``amount`` units (day, week, month, quarter, year, decade, century); None if out of range."""
    try:
        if unit == "day":
            return day + dt.timedelta(days=amount)
        if unit == "week":
            return day + dt.timedelta(weeks=amount)
        if unit == "month":
            return _add_months(day, amount)
        if unit == "quarter":
            return _add_months(day, 3 * amount)
        if unit == "year":
            return _add_months(day, 12 * amount)
        if unit == "decade":
            return _add_months(day, 120 * amount)
        if unit == "century":
            return _add_months(day, 1200 * amount)
    except (ValueError, OverflowError):
        return None
    return day


def value_at(day: dt.date, unit: str) -> str:
    """``day`` written as a TIMEX3 value at the precision of ``unit``."""
    if unit == "day":
        return day.isoformat()
    if unit == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "weekend":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def _undefined(unit: str, amount: int) -> str:
    """The relative value kept when there is no publication date, e.g. UNDEF-this-day, UNDEF-minus-1-week."""
    if amount == 0:
        return f"UNDEF-this-{unit}"
    direction = "plus" if amount > 0 else "minus"
    return f"UNDEF-{direction}-{abs(amount)}-{unit}"


def relative(
    ctx: _Context, unit: str, amount: int, kind: str = "DATE", suffix: str = "", from_anchor: bool = False
) -> _Value:
    """A value ``amount`` units from the publication date, or with ``from_anchor`` from a date the text gave.

    Counting from the text, days and weeks count from the day the story stated
    in this sentence or the one before ("two days later"), else from the last
    date mentioned anywhere before; the result then moves the story's reference
    time on.
    """
    story = ctx.reference.day() if from_anchor and ctx.reference is not None and unit in ("day", "week") else None
    base = story or (ctx.anchor if from_anchor and ctx.anchor else ctx.dct)
    if base is None:
        return _Value(kind, _undefined(unit, amount) + suffix, True, True)
    moved = shift(base, "day" if unit == "weekend" else unit, amount if unit != "weekend" else 7 * amount)
    if moved is None:
        return _Value(kind, "XXXX", True, False)
    precision = "day" if unit == "weekend" else unit
    return _Value(kind, value_at(moved, unit) + suffix, True, False, moved, precision, explicit=story is not None)


def _valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".").removesuffix("'s").removesuffix("’s")]


def _part_of_day(words: str | None) -> str:
    if not words:
        return ""
    words = words.lower()
    for key, code in _PART_OF_DAY.items():
        if key in words:
            return "T" + code
    return ""


def _clock(hour: str, minute: str | None, meridian: str | None) -> str | None:
    h = int(hour)
    m = int(minute) if minute else 0
    if meridian:
        mer = meridian.lower().replace(".", "").replace(" ", "")
        if h > 12 or h == 0:
            return None
        if mer == "pm" and h != 12:
            h += 12
        if mer == "am" and h == 12:
            h = 0
    if h > 24 or m > 59:
        return None
    return f"T{h:02d}:{m:02d}"


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth (1-based; -1 = last) given weekday of a month."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
