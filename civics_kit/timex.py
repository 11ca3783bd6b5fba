"""The temporal-expression tagger behind :func:`civics_kit.time_expressions`.

A set of regular-expression rules in the spirit of HeidelTime (Strötgen &
Gertz): each rule finds one kind of expression, the longest match wins where
rules overlap, and the rule's normaliser turns the words into a TIMEX3 type and
value. Relative expressions ("last week", "Tuesday", "March 22") are resolved
against the publication date, using the tense of the words before them where
the direction is open; "two days later" counts from the last date the text
mentioned. Standard library only.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

__all__ = ["Timex", "duration_value", "extract", "parse_number", "rules", "shift", "value_at"]

# ---------------------------------------------------------------- vocabulary

_MONTH_NAMES = "january february march april may june july august september october november december".split()
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)} | {
    name[:3]: number for number, name in enumerate(_MONTH_NAMES, 1) if name != "may"
}
MONTHS["sept"] = 9
_WEEKDAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday".split()
WEEKDAYS = {name: number for number, name in enumerate(_WEEKDAY_NAMES)} | {
    name[:3]: number for number, name in enumerate(_WEEKDAY_NAMES)
}
WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})
_SMALL = {
    word: number
    for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
        " seventeen eighteen nineteen".split()
    )
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_VAGUE_COUNTS = {"several", "a few", "few", "many", "some", "a number of", "numerous", "countless"}
_COUPLE = {"a couple of", "a couple", "a pair of"}
UNITS = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
_PART_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "mid-afternoon": "AF",
    "midafternoon": "AF",
    "mid afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY_RE = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues?\.|Wed\.|Thur?s?\.|Fri\.|Sat\.|Sun\.)"
)
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|"
    r"six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|a hundred|one hundred|hundreds)"
)
_NUM = rf"(?:\d+(?:\.\d+)?(?: 1/2)?|{_NUMBER_WORD}|a couple of|couple of|a few|few|several|a|an|many|some|half an?)"
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)"
_MODIFIER = (
    r"(?:about|around|nearly|almost|roughly|approximately|more than|less than|at least|over|under|"
    r"up to|only|just|some|no more than|fewer than|at most)"
)
_DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d|2100)"
_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|might|may|can|as\s+(?:early|soon)\s+as|planned|planning|going to|"
    r"gonna|scheduled|set\s+(?:to|for)|plans? to|planning to|expects? to|would|is to|are to|due to|"
    r"next|upcoming|coming|until)\b|'ll\b",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bto )\b(?:\w+ed|said|says|told|was|were|had|did|made|met|took|gave|came|went|"
    r"began|won|lost|fell|rose|got|left|"
    r"held|became|spoke|wrote|sent|ran|saw|found|thought|brought|bought|sold|paid|ago|last|since)\b",
    re.IGNORECASE,
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:[$€£#№]|\b(?:No|Nos|Number|Room|Rm|Suite|Apt|Apartment|Route|Rte|Highway|Hwy|Interstate|I|Flight|Page|Pages|"
    r"Box|Unit|Bus|Line|Lot|Gate|Exit|Model|Version|Chapter|Section|Article|Item|Code|Bill|Case|Precinct|District|"
    r"Channel|Track|Pier|Platform|Engine|Squad|Local|Boeing|Airbus|ZIP|zip|PIN|pin|phone|ext|Ext|extension|Extension|Street|St|Avenue|Ave)"
    r"\.?\s*)$"
)
_NOT_YEAR_AFTER = re.compile(
    r"^(?:\s*(?:%|percent|per cent|-(?:\d)|\.\d|,\d{3}|/|:\d|[a-z]{0,2}\d|"
    r"(?:votes?|voters?|people|persons?|residents?|jobs?|units?|cases?|deaths?|members?|students?|employees?|workers?|"
    r"miles?|feet|foot|meters?|metres?|kilometers?|acres?|dollars?|pounds?|tons?|tonnes?|shares?|copies|signatures?|"
    r"homes?|houses?|cars?|vehicles?|points?|calls?|arrests?|deportations?|immigrants?|children|kids|men|women|"
    r"delegates?|times|words?|pages?|households?|users?|tickets?|troops?|soldiers?|officers?|patients?|beds?|"
    r"rooms?|seats?|barrels?|gallons?|tests?|items?|pieces?|families|adults?|customers?|passengers?|"
    r"ballots?|degrees?|calories?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|"
    r"rpm|mph|km|kg|lbs?|ft|cc|mb|gb|kb|ft)\b))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Timex:
    """One temporal expression: offsets, text, TIMEX3 type and value, and how it was resolved."""

    start: int
    end: int
    text: str
    type: str
    value: str
    relative: bool = False
    unresolved: bool = False


@dataclass
class _Context:
    """What a rule needs to resolve a match: the text, the publication date and the last date mentioned."""

    text: str
    dct: dt.date | None
    anchor: dt.date | None = None
    anchor_unit: str = "day"


@dataclass(frozen=True)
class _Value:
    """A rule's answer: type, value, whether the value depends on the publication date."""

    type: str
    value: str
    relative: bool = False
    unresolved: bool = False
    anchor: dt.date | None = None
    anchor_unit: str = "day"


_Handler = Callable[[re.Match[str], _Context], "_Value | None"]

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
    """A value ``amount`` units from the publication date (or from the last date mentioned)."""
    base = ctx.anchor if from_anchor and ctx.anchor else ctx.dct
    if base is None:
        return _Value(kind, _undefined(unit, amount) + suffix, True, True)
    moved = shift(base, "day" if unit == "weekend" else unit, amount if unit != "weekend" else 7 * amount)
    if moved is None:
        return _Value(kind, "XXXX", True, False)
    precision = "day" if unit == "weekend" else unit
    return _Value(kind, value_at(moved, unit) + suffix, True, False, moved, precision)


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


# ---------------------------------------------------------------- rules


def _explicit_date(m: re.Match[str], ctx: _Context) -> _Value | None:
    month = _month_number(m["month"])
    year = int(m["year"])
    day = _valid_day(year, month, int(re.sub(r"\D", "", m["day"])))
    if day is None:
        return None
    return _Value("DATE", day.isoformat(), anchor=day, anchor_unit="day")


def _iso_date(m: re.Match[str], ctx: _Context) -> _Value | None:
    day = _valid_day(int(m["year"]), int(m["month"]), int(m["day"]))
    if day is None:
        return None
    return _Value("DATE", day.isoformat(), anchor=day)


def _slash_date(m: re.Match[str], ctx: _Context) -> _Value | None:
    year = int(m["year"])
    if year < 100:
        year += 1900 if year > 30 else 2000
    day = _valid_day(year, int(m["month"]), int(m["day"]))
    if day is None:
        return None
    return _Value("DATE", day.isoformat(), anchor=day)


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
    return _Value(kind, day.isoformat() + suffix, True, False, day, "day")


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
    return _Value("DATE", f"{year:04d}-{month:02d}", anchor=day, anchor_unit="month")


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


_WORD_DECADES = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


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


_DEICTIC = {
    "today": ("day", 0, ""),
    "yesterday": ("day", -1, ""),
    "tomorrow": ("day", 1, ""),
    "tonight": ("day", 0, ""),
    "overnight": ("day", 0, "TNI"),
    "the day before yesterday": ("day", -2, ""),
    "the day after tomorrow": ("day", 2, ""),
}


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


_REL_AMOUNT = {
    "this": 0,
    "the current": 0,
    "current": 0,
    "the present": 0,
    "last": -1,
    "past": -1,
    "the past": -1,
    "this past": -1,
    "the last": -1,
    "previous": -1,
    "the previous": -1,
    "next": 1,
    "the next": 1,
    "this coming": 1,
    "the coming": 1,
    "coming": 1,
    "the following": 1,
    "following": 1,
    "that": 0,
    "the same": 0,
    "that same": 0,
}


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


def _bare_season(m: re.Match[str], ctx: _Context) -> _Value | None:
    code = _SEASONS[m["season"].lower()]
    if m["year"]:
        return _Value("DATE", f"{m['year']}-{code}")
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
    if direction == 0 and m["weekday"].endswith(("'s", "’s")):
        direction = -1  # "Wednesday's ruling" reports what happened
    # "Friday night" is the day itself, as TimeBank annotates it; a clock time makes it a TIME.
    suffix = _clock_suffix(m)
    kind = "TIME" if suffix else "DATE"
    if ctx.dct is None:
        return _Value(kind, f"XXXX-WXX-{weekday + 1}{suffix}", True, True)
    day = _weekday_date(ctx, weekday, m.start(), m.end(), direction)
    if day is None:
        return None
    if lead in ("last", "next", "the previous") and day == ctx.dct:
        day = day + dt.timedelta(days=7 * (1 if lead == "next" else -1))
    return _Value(kind, day.isoformat() + suffix, True, False, day, "day")


def _clock_time(m: re.Match[str], ctx: _Context) -> _Value | None:
    suffix = _clock_suffix(m)
    if not suffix:
        return None
    day_word = (m["dayword"] or "").lower()
    base = ctx.dct
    if day_word and day_word.rstrip(".") in WEEKDAYS:
        day = _weekday_date(ctx, _weekday_number(day_word), m.start(), m.end())
    elif day_word in ("yesterday", "last night"):
        day = base - dt.timedelta(days=1) if base else None
    elif day_word == "tomorrow":
        day = base + dt.timedelta(days=1) if base else None
    else:
        day = ctx.anchor if ctx.anchor and ctx.anchor_unit == "day" else base
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


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth (1-based; -1 = last) given weekday of a month."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


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


def _set_every(m: re.Match[str], ctx: _Context) -> _Value | None:
    word = m["what"].lower()
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


_ADVERB_SETS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "quarterly": "P1Q",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}


def _adverb_set(m: re.Match[str], ctx: _Context) -> _Value | None:
    return _Value("SET", _ADVERB_SETS[m["word"].lower()])


def _present(m: re.Match[str], ctx: _Context) -> _Value | None:
    return _Value("DATE", "PRESENT_REF", True, False)


def _anchored_day(m: re.Match[str], ctx: _Context) -> _Value | None:
    """'that day', 'the same day', 'the next day', 'the day before': days counted from the last date mentioned."""
    rel = m["rel"].lower()
    amount = 1 if rel in ("next", "following") else (-1 if rel in ("previous", "prior") else 0)
    if ctx.anchor is None or ctx.anchor_unit != "day":
        if ctx.dct is None:
            return _Value("DATE", _undefined("day", amount), True, True)
        return relative(ctx, "day", amount)
    part = _part_of_day(m["part"])
    return relative(ctx, "day", amount, "TIME" if part else "DATE", part, from_anchor=True)


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    handler: _Handler


def _rule(name: str, pattern: str, handler: _Handler, flags: int = re.IGNORECASE) -> _Rule:
    return _Rule(name, re.compile(pattern, flags), handler)


_B = r"(?<![\w$£€#/.-])"  # not glued to a word, a currency sign or a number before it
_E = r"(?![\w-]|/\d|,\d{3})"
_CLOCK = r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridian>[ap]\.?\s?m\b\.?)"
_CLOCK_24 = r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?P<meridian>)"
_TZ = r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC)\b)?"
_PART = r"(?P<part>morning|afternoon|mid-?\s?afternoon|evening|night)"
_EARLY_LATE = (
    r"(?:(?:early|late|mid-?|the\s+(?:middle|end|beginning|start)\s+of|the\s+(?:first|last|"
    r"second)\s+half\s+of|around|about|until|since)\s*)?"
)


class _AnchoredMatch:
    """An anchored-day match that also exposes the part of the day it names."""

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def __getitem__(self, key: str) -> str | None:
        if key == "part":
            word = self._match.group().split()[-1].lower()
            return word if word in _PART_OF_DAY else None
        return self._match.group(key) or ""


@cache
def rules() -> tuple[_Rule, ...]:
    """The tagger's rules, compiled on first use (so that importing civics_kit stays fast)."""
    return (
        _rule(
            "month-day-year",
            _B + rf"(?:(?P<weekday>{_WEEKDAY_RE}),?\s+)?(?P<month>{_MONTH_RE})\s*(?P<day>{_DAY_NUM}),?\s+"
            rf"(?P<year>{_YEAR}){_E}",
            _explicit_date,
            0,
        ),
        _rule(
            "day-month-year",
            _B + rf"(?:(?P<weekday>{_WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>{_DAY_NUM})\s+(?:of\s+)?"
            rf"(?P<month>{_MONTH_RE}),?\s+(?P<year>{_YEAR}){_E}",
            _explicit_date,
            0,
        ),
        _rule("iso-date", r"(?<![\w/-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\w/-])", _iso_date),
        _rule(
            "slash-date",
            r"(?<![\w/.$-])(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4}|\d{2})(?![\w/-])",
            _slash_date,
        ),
        _rule(
            "month-day",
            _B + rf"(?:(?:(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridian>[ap]\.?\s?m\b\.?)|"
            rf"(?P<noon>noon|midnight)){_TZ},?\s+)?"
            + rf"(?:(?P<weekday>{_WEEKDAY_RE}),?\s+)?(?P<month>{_MONTH_RE})\s*(?P<day>{_DAY_NUM})(?![\w]|:\d|\.\d|"
            rf",\d{{3}}|\s*%|\s*-\s*\d)",
            _month_day,
            0,
        ),
        _rule(
            "day-month",
            _B + rf"(?:(?P<weekday>{_WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>{_DAY_NUM})\s+(?:of\s+)?"
            rf"(?P<month>{_MONTH_RE})(?![\w])",
            _month_day,
            0,
        ),
        _rule(
            "month-year",
            _B + rf"(?:(?:early|late|mid-?|the\s+(?:middle|end|beginning|"
            rf"start)\s+of)\s*)?(?P<month>{_MONTH_RE}),?\s+(?:of\s+)?(?P<year>{_YEAR}){_E}",
            _month_year,
            0,
        ),
        _rule(
            "month",
            _B + r"(?P<mod>(?:(?:early|late|mid|(?:the\s+)?(?:middle|end|beginning|start)\s+of|last|next|"
            r"this(?:\s+(?:past|coming))?)[\s-]*)?)"
            + r"(?P<month>January|February|March|April|June|July|August|September|October|November|December|"
            r"Sept?\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)" + r"(?:\s+(?P<rel>(?:this|last|next)\s+year))?(?![\w'’])",
            _month_alone,
            0,
        ),
        _rule(
            "month-may",
            r"(?:(?<=\b[Ii]n )|(?<=\b[Ss]ince )|(?<=\b[Uu]ntil )|(?<=\b[Bb]y )|(?<=\b[Ll]ast )|"
            r"(?<=\b[Nn]ext )|(?<=\bof )|(?<=\b[Ee]arly )|(?<=\b[Ll]ate )|(?<=\b[Mm]id-)|(?<=\bthis ))"
            + r"(?P<mod>)(?P<month>May)(?:\s+(?P<rel>(?:this|last|next)\s+year))?(?![\w'’])",
            _month_alone,
            0,
        ),
        _rule(
            "year",
            r"(?<![\w$£€#/.,:+-])(?P<mod>(?:(?:early|late|mid-?|post-|pre-|(?:the\s+)?(?:end|beginning|start|middle)\s+of|"
            r"(?P<half>(?:the\s+)?(?:first|second|last)\s+half\s+of)|(?:(?:the\s+)?(?:calendar|year|model\s+year)\s+))\s*)?)"
            + rf"(?:(?<=\s)|(?<=^)|(?<=[(\"“'])|(?<=mid-)|(?<=post-)|(?<=pre-))(?P<year>{_YEAR})(?![\w$%°]|-\d|"
            rf"\.\d|,\d{{3}}|:\d|/\d)",
            _year,
            0,
        ),
        _rule(
            "fiscal",
            r"(?<!\w)(?:(?:the\s+)?fiscal(?:\s+year)?\s+|FY\s?)(?P<year>(?:19|20)\d\d|'?\d\d)(?!\w)",
            _fiscal,
        ),
        _rule(
            "decade",
            r"(?<![\w$])(?:the\s+)?(?:(?:early|late|mid-?)[\s-]*)?(?P<decade>1\d\d|20\d|['’]?\d)0['’]?s(?!\w)",
            _decade,
        ),
        _rule(
            "word-decade",
            r"(?<!\w)(?:the\s+)?(?:(?:early|late|mid-?)[\s-]*)?(?P<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?!\w)",
            _word_decade,
        ),
        _rule(
            "century",
            r"(?<!\w)(?:the\s+)?(?:(?:early|late|mid-?)[\s-]*)?(?P<number>\d{1,2})(?:st|nd|rd|th)[\s-]+century(?!\w)",
            _century,
        ),
        _rule(
            "spoken-year",
            r"(?<!\w)(?:the\s+year\s+)?(?P<century>nineteen|eighteen)\s+(?P<rest>(?:twenty|thirty|forty|"
            r"fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
            r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?!\w)",
            _spoken_year,
        ),
        _rule(
            "year-two-thousand",
            r"(?<!\w)(?:the\s+year\s+)?two\s+thousand(?!\s+(?:and\s+)?\w*(?:teen|ty|one|two|three|four|five|six|seven|eight|nine)\b)(?!\w)",
            _fixed("DATE", "2000"),
        ),
        _rule(
            "deictic-day",
            r"(?<![\w-])(?:(?:early|late|earlier|later)\s+)?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight|overnight)(?:['’]s)?(?:\s+(?:at\s+)?"
            + _PART
            + r")?(?!\w)",
            _deictic_day,
        ),
        _rule(
            "part-of-today",
            r"(?<!\w)(?:(?P<lead>this|last|yesterday|tomorrow|later\s+this|earlier\s+this|early\s+this|late\s+this)\s+)"
            + r"(?P<part>morning|afternoon|mid-?\s?afternoon|evening|night)(?!\w)",
            _part_of_today,
        ),
        _rule(
            "weekday",
            r"(?<![\w-])(?:(?P<lead>last|next|this\s+(?:past|coming)|this|past|coming|earlier|early|late|later|the\s+previous)\s+)?"
            + rf"(?:(?:(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridian>[ap]\.?\s?m\b\.?)|"
            rf"(?P<noon>noon|midnight)){_TZ},?\s+)?"
            + rf"(?P<weekday>{_WEEKDAY_RE}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            rf"Sunday)['’]s)(?:\s+{_PART})?(?![\w])",
            _weekday,
            re.IGNORECASE if False else 0,
        ),
        _rule(
            "clock",
            rf"(?<![\w$.:/])(?:(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:{_CLOCK}|(?P<noon>noon|midnight|midday)){_TZ}"
            + rf"(?:,?\s+(?:on\s+)?(?P<dayword>{_WEEKDAY_RE}|today|yesterday|tomorrow))?(?![\w])",
            _clock_time,
        ),
        _rule(
            "ago",
            rf"(?<![\w$])(?:{_MODIFIER}\s+)?(?P<number>{_NUM})[\s-]+(?P<unit>{_UNIT})s?(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|(?:before|after)(?=\s*(?:[.,;:!?)]|$))|afterwards?|back|from\s+now|hence)(?!\w)",
            _ago,
        ),
        _rule(
            "edge-period",
            r"(?<!\w)(?:early|late|earlier|later|mid)\s+(?:in\s+)?(?P<rel>this|last|next)\s+(?P<unit>week|month|year|quarter)(?!\w)",
            _edge_period,
        ),
        _rule(
            "relative-period",
            r"(?<![\w-])(?P<rel>this\s+past|this\s+coming|the\s+coming|the\s+current|the\s+present|the\s+past|the\s+last|the\s+next|the\s+previous|the\s+following|the\s+same|that\s+same|"
            r"this|last|next|past|previous|coming|following|current|that)\s+"
            r"(?P<unit>week|month|year|quarter|weekend|decade|century|spring|summer|fall|autumn|winter)(?!\w|-)",
            _relative_period,
        ),
        _rule(
            "season",
            rf"(?<![\w-])(?:(?:(?:the|early|late|mid)[\s-]+)+|(?<=\b[Ii]n )|"
            rf"(?=\w+\s+of\s+\d))(?P<season>spring|summer|fall|autumn|"
            rf"winter)(?:\s+of\s+(?P<year>{_YEAR}))?(?!\w)",
            _bare_season,
        ),
        _rule(
            "quarter",
            r"(?<![\w-])(?P<lead>(?:the\s+)?(?:(?:year-ago|year-earlier|fiscal|latest|current|calendar|last\s+year['’]s|this\s+year['’]s|next\s+year['’]s|its|their|a\s+(?:flat|strong|weak))[\s-]+)*)"
            + r"(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|"
            r"4th)[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<year>" + _YEAR + r"))?(?!\w)",
            _quarter,
        ),
        _rule(
            "year-quarter",
            r"(?<![\w-])(?:the\s+)?(?:fiscal\s+)?(?P<year>"
            + _YEAR
            + r")\s+(?:fiscal\s+)?(?P<ordinal>first|second|third|fourth|"
            r"1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter(?!\w)",
            _quarter,
        ),
        _rule(
            "half",
            r"(?<![\w-])(?:the\s+)?(?P<ordinal>first|second)[\s-]+half(?:\s+of\s+(?:fiscal\s+)?(?P<year>"
            + _YEAR
            + r")|(?=\s+(?:profit|earnings|results|sales|revenue)))(?!\w)",
            _half,
        ),
        _rule(
            "the-quarter",
            r"(?<![\w-])(?P<det>the|this|its|that)\s+(?P<lead>latest|current|most\s+recent|recent|next|year-ago|year-earlier|comparable\s+year-ago|comparable)?\s*(?:fiscal\s+)?quarter(?![\w-]|s)",
            _the_quarter,
        ),
        _rule(
            "year-period",
            r"(?<![\w-])the\s+(?P<year>" + _YEAR + r")\s+(?:fiscal\s+)?(?:quarter|period)(?!\w)",
            _year_period,
        ),
        _rule(
            "duration",
            rf"(?<![\w$.,])(?P<lead>(?:the\s+|each\s+of\s+the\s+)?(?:past|last|next|first|coming|previous|following|final|latest|remaining|ensuing|preceding)\s+)?(?P<mod>{_MODIFIER}\s+)?(?P<extra>another\s+|an?\s+additional\s+)?"
            + rf"(?:(?P<number>{_NUM})\s+(?:more\s+|straight\s+|consecutive\s+|full\s+|trading\s+|business\s+|"
            rf"calendar\s+)?)?(?P<unit>{_UNIT})s?(?:\s+or\s+so)?(?![\w-])",
            _duration,
        ),
        _rule(
            "hyphen-duration",
            rf"(?<![\w$.,])(?P<number>\d+(?:\.\d+)?|{_NUMBER_WORD}|half|several|multi)-(?P<unit>second|minute|hour|day|week|month|year|decade|century)(?:-long)?(?![\w-])",
            _compound_duration,
        ),
        _rule(
            "vague-duration",
            r"(?:(?<=\bfor )|(?<=\bover ))(?:(?:many|several|some)\s+)?(?P<unit>years|months|weeks|days|"
            r"decades|hours|centuries)(?!\w)",
            _vague_duration,
        ),
        _rule(
            "recent",
            r"(?<![\w-])(?<!most )(?:(?:the\s+)?(?:more\s+|most\s+)?recent\s+(?:years?|months?|weeks?|days?|"
            r"decades?|times?|quarters?|history|past)(?:\s+(?:and|or)\s+(?:years|months|weeks|days|"
            r"decades))?|recently|lately|of\s+late)(?!\w)",
            _reference("PAST_REF"),
        ),
        _rule(
            "past-ref",
            r"(?<![\w-])(?:(?<=\bin )the\s+past|the\s+past\s+(?:few|several)\s+(?:years|months|weeks|days)|"
            r"in\s+years\s+past|years\s+ago|a\s+long\s+time\s+ago|long\s+ago|once\s+upon\s+a\s+time)(?!\w)",
            _reference("PAST_REF"),
        ),
        _rule(
            "future-ref",
            r"(?<![\w-])(?:the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|(?:the\s+)?(?:coming|upcoming)\s+(?:years|months|weeks|days|decades)|the\s+(?:years|months|weeks|days)\s+(?:ahead|to\s+come)|as\s+soon\s+as\s+possible|a\s+later\s+date|the\s+near\s+term|the\s+short\s+term|the\s+long\s+term)(?!\w)",
            _reference("FUTURE_REF"),
        ),
        _rule(
            "present-ref",
            r"(?<![\w-])(?:now|right\s+now|currently|nowadays|these\s+days|at\s+the\s+moment|"
            r"(?<=\bat )present|(?<=\bthe )present(?=[\s,.;]+(?!day\b|value|tense|situation|system|case|"
            r"study|government))|this\s+time|the\s+present\s+day|today['’]s)(?!\w)",
            _present,
        ),
        _rule(
            "current",
            r"(?<![\w-])current(?=\s+(?:levels?|rates?|prices?|policy|policies|law|system|situation|conditions?|crisis|climate|economic|economy|contract|agreements?|year|market|session)\b)",
            _present,
        ),
        _rule(
            "every",
            rf"(?<![\w-])(?:every|each|per|a|once\s+a|twice\s+a)\s+(?:other\s+)?(?P<what>(?:{_WEEKDAY_RE})|day|week|month|year|quarter|hour|minute|morning|afternoon|evening|night|January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+{_PART})?(?!\w)",
            _set_every,
        ),
        _rule(
            "weekday-plural",
            r"(?<![\w-])(?:on\s+)?(?P<what>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)(?:\s+"
            + _PART
            + r"s?)?(?!\w)",
            _set_every,
            0,
        ),
        _rule(
            "adverb-set",
            r"(?<![\w-])(?P<word>daily|nightly|weekly|biweekly|monthly|annually|yearly|hourly)(?!\w)",
            _adverb_set,
        ),
        _rule(
            "anchored-day",
            r"(?<![\w-])(?:that\s+(?:same\s+)?|the\s+same\s+|the\s+(?P<rel>next|following|previous|prior)\s+)(?:day|morning|afternoon|evening|night)(?!\w)",
            lambda m, c: _anchored_day(_AnchoredMatch(m), c),
        ),
        _rule(
            "year-end",
            r"(?<![\w-])(?:(?:the\s+)?end\s+of\s+the\s+year|year[-\s]end|year['’]s\s+end)(?!\w)",
            lambda m, c: relative(c, "year", 0),
        ),
        _rule(
            "end-of-period",
            r"(?<![\w-])the\s+(?:end|beginning|start|middle)\s+of\s+(?P<rel>this|last|next|the)\s+(?P<unit>week|month|year)(?!\w)",
            lambda m, c: relative(c, m["unit"].lower(), {"this": 0, "the": 0, "last": -1, "next": 1}[m["rel"].lower()]),
        ),
        _rule(
            "year-ago-period",
            r"(?<![\w-])(?:(?:the|its)\s+)?(?:comparable\s+)?(?:year-(?:ago|earlier)|year\s+(?:ago|earlier))(?:\s+(?:period|quarter|results|levels?))?(?![\w-])",
            _year_ago_period,
        ),
        _rule(
            "latest-period",
            r"(?<![\w-])the\s+(?:latest|most\s+recent|recent|comparable|same)\s+period(?!\w)",
            lambda m, c: (
                _the_quarter(_FakeMatch({"lead": "latest"}, m), c)
                if c.anchor_unit != "year"
                else relative(c, "year", 0)
            ),
        ),
        _rule(
            "the-year",
            r"(?<![\w-])the\s+(?:(?:full|whole|entire|current|latest|fiscal|calendar)\s+)*(?:fiscal\s+)?year(?![\w-]|\s+(?:ago|earlier|before|after|\d))",
            _the_year,
        ),
        _rule("the-week", r"(?<![\w-])the\s+week(?:end)?(?![\w-]|\s+(?:ago|earlier|before|after|of))", _the_week),
        _rule(
            "holiday",
            r"(?<![\w-])(?:(?P<lead>last|next|this)\s+)?(?P<name>New\s+Year['’]s\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|"
            r"Valentine['’]s\s+Day|Halloween|Veterans\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Martin\s+Luther\s+King\s+Day|Election\s+Day)(?!\w)",
            _holiday,
            0,
        ),
        _rule(
            "mid-afternoon", r"(?<![\w-])mid[-\s]?afternoon(?!\w)", lambda m, c: relative(c, "day", 0, "TIME", "TAF")
        ),
        _rule(
            "bare-reference",
            r"(?<![\w-])(?P<word>current)(?!\w|\s+(?:account|assets|liabilities|events|affairs|issues?))",
            lambda m, c: _Value(
                "DATE",
                {"current": "PRESENT_REF", "recent": "PAST_REF", "future": "FUTURE_REF"}[m["word"].lower()],
                True,
            ),
        ),
    )


# ---------------------------------------------------------------- extraction


_MONTH_WORDS = (*_MONTH_NAMES, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_WEEKDAY_WORDS = (*_WEEKDAY_NAMES, "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
_UNIT_WORDS = (
    *(
        form
        for unit in ("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade")
        for form in (unit, unit + "s")
    ),
    "century",
    "centuries",
)
_PARTS = ("morning", "afternoon", "midafternoon", "evening", "night")
_SEASON_WORDS = ("spring", "summer", "fall", "autumn", "winter")
_DATE_WORDS = (*_MONTH_WORDS, *_WEEKDAY_WORDS)
# Each rule runs only near the words it needs (a month name, a unit, a digit string of some length: "#4"),
# which keeps the tagger fast on long texts. A rule missing here scans the whole text.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "month-day-year": _MONTH_WORDS,
    "day-month-year": _MONTH_WORDS,
    "iso-date": ("#4",),
    "slash-date": ("#1", "#2"),
    "month-day": _MONTH_WORDS,
    "day-month": _MONTH_WORDS,
    "month-year": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "month-may": ("may",),
    "year": ("#4",),
    "fiscal": ("fiscal", "fy"),
    "decade": ("#2", "#3", "#4"),
    "word-decade": tuple(_WORD_DECADES),
    "century": ("century", "centuries"),
    "spoken-year": ("nineteen", "eighteen"),
    "year-two-thousand": ("thousand",),
    "deictic-day": ("today", "yesterday", "tomorrow", "tonight", "overnight"),
    "part-of-today": _PARTS,
    "weekday": _WEEKDAY_WORDS,
    "clock": ("#1", "#2", "noon", "midnight", "midday"),
    "ago": ("ago", "earlier", "later", "before", "after", "afterward", "afterwards", "back", "now", "hence"),
    "edge-period": ("week", "month", "year", "quarter"),
    "relative-period": (*_UNIT_WORDS, "weekend", *_SEASON_WORDS),
    "season": _SEASON_WORDS,
    "quarter": ("quarter", "quarters"),
    "year-quarter": ("quarter",),
    "half": ("half",),
    "the-quarter": ("quarter",),
    "year-period": ("quarter", "period"),
    "duration": _UNIT_WORDS,
    "hyphen-duration": _UNIT_WORDS,
    "vague-duration": _UNIT_WORDS,
    "recent": ("recent", "recently", "lately", "late"),
    "past-ref": ("past", "ago", "time"),
    "future-ref": ("future", "coming", "upcoming", "ahead", "come", "soon", "possible", "later", "term"),
    "present-ref": ("now", "currently", "nowadays", "days", "moment", "present", "time", "today"),
    "current": ("current",),
    "every": ("every", "each", "per", "once", "twice"),
    "weekday-plural": tuple(day + "s" for day in _WEEKDAY_NAMES),
    "adverb-set": tuple(_ADVERB_SETS),
    "anchored-day": ("day", *_PARTS),
    "year-end": ("end",),
    "end-of-period": ("end", "beginning", "start", "middle"),
    "year-ago-period": ("ago", "earlier"),
    "latest-period": ("period",),
    "the-year": ("year",),
    "the-week": ("week", "weekend"),
    "holiday": (
        "christmas",
        "thanksgiving",
        "halloween",
        "independence",
        "july",
        "valentine",
        "veterans",
        "labor",
        "memorial",
        "king",
        "election",
        "year",
    ),
    "mid-afternoon": ("afternoon", "midafternoon"),
    "bare-reference": ("current",),
}
_BEFORE, _AFTER = 70, 50  # how far a match may reach before and after its trigger word
_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def _token_index(text: str) -> dict[str, list[int]]:
    """Where each lower-cased word and each digit-string length ("#4") starts and ends."""
    index: dict[str, list[int]] = {}
    for match in _TOKEN.finditer(text):
        word = match.group()
        key = f"#{len(word)}" if word.isdigit() else word.lower()
        index.setdefault(key, []).extend(match.span())
    return index


def _windows(text: str, index: dict[str, list[int]], triggers: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = []
    for key in triggers:
        positions = index.get(key, ())
        spans.extend(zip(positions[::2], positions[1::2], strict=True))
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        low, high = max(0, start - _BEFORE), min(len(text), end + _AFTER)
        if merged and low <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    return [(low, high) for low, high in merged]


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    found = []
    index = _token_index(text)
    windows_of: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for priority, rule in enumerate(rules()):
        triggers = TRIGGERS.get(rule.name)
        if triggers and triggers not in windows_of:
            windows_of[triggers] = _windows(text, index, triggers)
        windows = windows_of[triggers] if triggers else [(0, len(text))]
        for low, high in windows:
            for match in rule.pattern.finditer(text, low, high):
                if match.end() > match.start():
                    found.append((match.start(), match.end(), priority, match))
    return found


def _choose(candidates: list[tuple[int, int, int, re.Match[str]]], keep: Callable[[re.Match[str]], bool]) -> list:
    """Non-overlapping matches: longest first, then the earlier rule."""
    chosen: list[tuple[int, int, int, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for start, end, priority, match in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        if not keep(match):
            continue
        chosen.append((start, end, priority, match))
        taken.append((start, end))
    return sorted(chosen, key=lambda c: c[0])


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    while start < end and text[start] in " \t\n,;:":
        start += 1
    return start, end


def extract(text: str, published: dt.date | None) -> list[Timex]:
    """The time expressions of ``text`` as :class:`Timex` records, in text order."""
    ctx = _Context(text, published)
    candidates = _candidates(text)
    values: dict[int, _Value | None] = {}

    def resolvable(match: re.Match[str]) -> bool:
        # A first pass with the publication date as the only anchor, to drop rules that reject their match.
        rule = rules()[_rule_index()[match.re]]
        value = rule.handler(match, _Context(text, published))
        values[id(match)] = value
        return value is not None

    chosen = _choose(candidates, resolvable)
    found: list[Timex] = []
    for start, end, priority, match in chosen:
        value = rules()[priority].handler(match, ctx) or values[id(match)]
        if value is None:
            continue
        start, end = _trim_span(text, start, end)
        found.append(Timex(start, end, text[start:end], value.type, value.value, value.relative, value.unresolved))
        if value.anchor is not None:
            ctx.anchor, ctx.anchor_unit = value.anchor, value.anchor_unit
    return found


@cache
def _rule_index() -> dict[re.Pattern[str], int]:
    return {rule.pattern: index for index, rule in enumerate(rules())}
