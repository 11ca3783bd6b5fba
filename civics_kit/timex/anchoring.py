"""Tense and modality, and choosing the week, month or year of an open date ('Tuesday', 'March 22')."""

from __future__ import annotations

import datetime as dt

from .records import _Context, _Value
from .vocabulary import _FUTURE_CUE, _PAST_CUE


def _is_future(ctx: _Context, start: int, end: int) -> bool:
    """Whether the words near an expression put it in the future ("will meet Friday")."""
    return _tense(ctx, start, end) > 0


def _tense(ctx: _Context, start: int, end: int) -> int:
    """+1 when the words before an expression point to the future, -1 to the past, 0 when they say neither."""
    low = max(0, start - 80)
    left = max(ctx.text.rfind(stop, low, start) for stop in (".", "\n", ",", ";"))
    before = ctx.text[max(left + 1, start - 80) : start]
    future = [m.start() for m in _FUTURE_CUE.finditer(before)]
    past = [m.start() for m in _PAST_CUE.finditer(before)]
    if future and (not past or future[-1] >= past[-1]):
        return 1
    if past:
        return -1
    return 1 if _FUTURE_CUE.search(ctx.text[end : end + 15]) else 0


def _weekday_date(ctx: _Context, weekday: int, start: int, end: int, direction: int = 0) -> dt.date | None:
    """The date of a weekday near the reference date: past by default, future when the tense says so."""
    base = ctx.dct
    if base is None:
        return None
    if direction == 0:
        direction = 1 if _is_future(ctx, start, end) else -1
    if direction > 0:
        return base + dt.timedelta(days=(weekday - base.weekday()) % 7)
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


def _year_for_month_day(ctx: _Context, month: int, day: int, start: int, end: int) -> int | None:
    """The year of a month and day given without one: the nearest to the reference, or the next when future."""
    base = ctx.dct
    if base is None:
        return None
    tense = _tense(ctx, start, end)
    best, best_gap = None, None
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        gap = (candidate - base).days
        if (tense > 0 and gap < -3) or (tense < 0 and gap > 90):
            continue
        if best_gap is None or abs(gap) < abs(best_gap):
            best, best_gap = year, gap
    return best


def _year_for_month(ctx: _Context, month: int, start: int, end: int) -> int | None:
    """The year of a bare month name: this year's or the last one's, the next one's when future."""
    base = ctx.dct
    if base is None:
        return None
    if _is_future(ctx, start, end):
        return base.year if month >= base.month else base.year + 1
    # Otherwise the nearest such month, the past one on a tie: news mostly looks a few months either way.
    ahead = (month - base.month) % 12
    return (
        base.year + (1 if base.month + ahead > 12 else 0)
        if 0 < ahead < 5
        else base.year - (1 if month > base.month else 0)
    )


def _season(ctx: _Context, code: str, amount: int, from_anchor: bool = False) -> _Value:
    base = ctx.anchor if from_anchor and ctx.anchor else ctx.dct
    if base is None:
        return _Value("DATE", f"XXXX-{code}", True, True)
    year = base.year
    starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    season_month = starts[code]
    if amount < 0 and season_month >= base.month:
        year -= 1
    elif amount > 0 and season_month <= base.month:
        year += 1
    return _Value("DATE", f"{year:04d}-{code}", True, False, dt.date(year, season_month, 1), "month")
