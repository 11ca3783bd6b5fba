"""Tense and modality, and choosing the week, month or year of an open date ('Tuesday', 'March 22')."""

from __future__ import annotations

import datetime as dt
import re

from .records import _Context, _Value
from .vocabulary import _FUTURE_CUE, _PAST_CUE


def _is_future(ctx: _Context, start: int, end: int) -> bool:
    """Whether the words near an expression put it in the future ("will meet Friday")."""
    return _tense(ctx, start, end) > 0


def _clause_before(text: str, start: int) -> str:
    low = max(0, start - 80)
    left = max(text.rfind(stop, low, start) for stop in (".", "\n", ",", ";"))
    return text[max(left + 1, low) : start]


def _clause_after(text: str, end: int) -> str:
    """The words after an expression up to the end of their clause; a comma right after it is skipped
    ("On Thursday, the board will decide")."""
    high = min(len(text), end + 60)
    begin = end + 1 if text[end : end + 1] == "," else end
    stops = [i for i in (text.find(stop, begin, high) for stop in (".", "\n", ";", ",")) if i >= 0]
    return text[begin : min(stops) if stops else high]


def _tense(ctx: _Context, start: int, end: int) -> int:
    """+1 when the governing verb points to the future, -1 to the past, 0 when it says neither.

    The verb is looked for in the clause before the expression ("will vote on
    Tuesday", "voted on Tuesday"), then in the clause after it ("On Tuesday, the
    council will vote"); the cue nearest to the expression decides. It depends
    on the text alone, so each span's is worked out once per text (``ctx.tenses``).
    """
    tense = ctx.tenses.get((start, end))
    if tense is None:
        tense = ctx.tenses[start, end] = _tense_in(ctx.text, start, end)
    return tense


def _tense_in(text: str, start: int, end: int) -> int:
    before = _clause_before(text, start)
    future = [m.start() for m in _FUTURE_CUE.finditer(before)]
    past = [m.start() for m in _PAST_CUE.finditer(before)]
    if future and (not past or future[-1] >= past[-1]):
        return 1
    if past:
        return -1
    after = _clause_after(text, end)
    first_future = _FUTURE_CUE.search(after)
    first_past = _PAST_CUE.search(after)
    if first_future and (not first_past or first_future.start() <= first_past.start()):
        return 1
    return -1 if first_past and first_past.start() < 40 else 0


def _plain_past(ctx: _Context, start: int) -> bool:
    """Whether a past verb governs the expression closely ("went missing on March 8"), with no "to" between."""
    clause = _clause_before(ctx.text, start)
    before = clause[-30:]
    cues = list(_PAST_CUE.finditer(before))
    if not cues or _FUTURE_CUE.search(clause):
        return False
    return not re.search(r"\bto\b", before[cues[-1].end() :])


def _story_day(ctx: _Context, for_weekday: bool = False) -> dt.date | None:
    """The day the story stated in this sentence or the one before (see :mod:`.reference`), if any."""
    return ctx.reference.day(for_weekday) if ctx.reference is not None else None


def _story_year(ctx: _Context, month: int) -> int | None:
    """The year of a season the story stated nearby, when ``month`` falls in it."""
    return ctx.reference.year_of_month(month) if ctx.reference is not None else None


def _within_tense(ctx: _Context, day: dt.date, tense: int) -> bool:
    """Whether ``day`` agrees with the tense: not after publication in the past, not before it in the future."""
    if ctx.dct is None or tense == 0:
        return True
    return day <= ctx.dct + dt.timedelta(days=1) if tense < 0 else day >= ctx.dct - dt.timedelta(days=1)


def _weekday_date(ctx: _Context, weekday: int, start: int, end: int, direction: int = 0) -> dt.date | None:
    """The date of a weekday: near the story's own day when it stated one, else in the publication week.

    Against the story's day, the nearest such weekday (three days either way)
    that the tense allows: "On Dec. 18, a Wednesday" is the 18th itself, "late
    Tuesday evening" after it the 17th. Against the publication date, the past
    one by default, the next one when the verb points to the future.
    """
    story = _story_day(ctx, for_weekday=True) if direction == 0 else None
    if story is not None:
        tense = _tense(ctx, start, end)
        options = [story + dt.timedelta(days=(weekday - story.weekday()) % 7 + shift) for shift in (-7, 0)]
        options = sorted(options, key=lambda d: (abs((d - story).days), d < story))
        allowed = [d for d in options if _within_tense(ctx, d, tense)]
        return (allowed or options)[0]
    base = ctx.dct
    if base is None:
        return None
    if direction == 0:
        direction = 1 if _is_future(ctx, start, end) else -1
    if direction > 0:
        return base + dt.timedelta(days=(weekday - base.weekday()) % 7)
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


def _year_for_month_day(ctx: _Context, month: int, day: int, start: int, end: int) -> int | None:
    """The year of a month and day given without one.

    Near a day the story stated, the year that puts it within six weeks of that
    day; inside a season the story stated ("in the summer of 2004 ... on Aug.
    12"), that season's year. Otherwise the year nearest the publication date
    that the tense allows: a past verb right before it ("went missing on March
    8") never puts it after publication, a looser past cue not more than 90
    days after, a future verb never more than three days before.
    """
    story = _story_day(ctx)
    if story is not None:
        for year in (story.year, story.year - 1, story.year + 1):
            candidate = _valid(year, month, day)
            if candidate is not None and abs((candidate - story).days) <= 45:
                return year
    season_year = _story_year(ctx, month)
    if season_year is not None:
        return season_year
    base = ctx.dct
    if base is None:
        return None
    tense = _tense(ctx, start, end)
    latest = 1 if tense < 0 and _plain_past(ctx, start) else 90
    best, best_gap = None, None
    for year in (base.year - 1, base.year, base.year + 1):
        candidate = _valid(year, month, day)
        if candidate is None:
            continue
        gap = (candidate - base).days
        if (tense > 0 and gap < -3) or (tense < 0 and gap > latest):
            continue
        if best_gap is None or abs(gap) < abs(best_gap):
            best, best_gap = year, gap
    return best


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for_month(ctx: _Context, month: int, start: int, end: int) -> int | None:
    """The year of a bare month name.

    Inside a season the story stated nearby, that season's year ("in the summer
    of 2004 ... in mid-August"). Otherwise from the publication date and the governing verb: the
    next such month for a future verb ("will take effect in January"), the last
    one for a past verb ("took effect in January"), the nearest one when the verb
    says neither.
    """
    season_year = _story_year(ctx, month)
    if season_year is not None:
        return season_year
    base = ctx.dct
    if base is None:
        return None
    tense = _tense(ctx, start, end)
    if tense > 0:
        return base.year if month >= base.month else base.year + 1
    if tense < 0 and _plain_past(ctx, start):
        return base.year if month <= base.month else base.year - 1
    # The nearest such month, the past one on a tie: news mostly looks a few months either way.
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
