"""What an article dates: its time expressions, a timeline of events, and the civic context.

An analysis (pure functions, no drawing). Entry points:

- :func:`time_expressions` finds every temporal expression and gives its TIMEX3
  type and value, resolved against the publication date ("today" ->
  ``2011-06-07``, "This afternoon" -> ``2011-06-07TAF``, "a 40-year journey" ->
  ``P40Y``, "recently" -> ``PAST_REF``).
- :func:`timeline` turns the dated expressions into one row per event, ordered
  by date, with a short label for the event each one dates.
- :func:`date_dependent` lists the sentences whose meaning depends on the
  publication date (the stale-news check).
- :func:`context_timeline` returns the sourced civic context bundled for an
  article (``seeds/NAME.context.csv``).

The tagger is a set of regular-expression rules in the spirit of HeidelTime
(Strötgen & Gertz): each rule finds a kind of expression, the longest match
wins where rules overlap, and a normaliser turns the words into a TIMEX3 value.
Relative expressions ("last week", "Tuesday", "March 22") are resolved against
the publication date, using the sentence's tense where the direction is open;
"two days later" is resolved against the last date the text mentioned.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from .article import Article, as_article, parse_published
from .labelling import _ADVERBS, _GENERIC_HEADS, _VERBISH, LABEL_LENGTH, _named_antecedent, event_label
from .language import warn_if_not_english
from .timex import extract
from .timex.wording import when_words

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CONTEXT_COLUMNS",
    "DATE_DEPENDENT_COLUMNS",
    "TIMELINE_COLUMNS",
    "TIMEX_COLUMNS",
    "Period",
    "context_timeline",
    "date_dependent",
    "event_label",
    "period_of",
    "time_expressions",
    "timeline",
    "when_words",
]

TIMEX_COLUMNS = ("start", "end", "text", "type", "value", "relative", "unresolved")
TIMELINE_COLUMNS = (
    "date",
    "date_end",
    "when",
    "precision",
    "approximate",
    "value",
    "expression",
    "event",
    "sentence",
    "start",
    "end",
)
DATE_DEPENDENT_COLUMNS = ("sentence", "expression", "value", "resolves_to", "later", "start", "end")
NO_CONTEXT = "no context file for this article"
"""What views say when :func:`context_timeline` finds no sourced context (its frame's ``attrs["note"]``)."""

CONTEXT_COLUMNS = (
    "date",
    "date_end",
    "precision",
    "event",
    "side",
    "topic",
    "changes",
    "source_url",
    "confidence",
    "source_kind",
)


def _published_of(source: Any, published: Any) -> tuple[Article, dt.date | None]:
    article = as_article(source)
    if published is None:
        return article, article.published
    return article, parse_published(published)


def time_expressions(text_or_article: Article | str, published: dt.date | str | None = None) -> pd.DataFrame:
    """Every temporal expression in the text, with its TIMEX3 type and value.

    ``published`` (a date or ``YYYY-MM-DD``) overrides the article's own
    publication date; relative expressions are resolved against it.

    Columns: ``start``, ``end`` (offsets into the text), ``text``, ``type``
    (DATE, TIME, DURATION or SET), ``value`` (TIMEX3: ``2011-06-07``,
    ``2011-06-07TAF``, ``2011-W23``, ``2011-06``, ``2011-Q2``, ``2011``, ``201``
    (a decade), ``P40Y``, ``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``,
    ``XXXX-WXX-2`` (every Tuesday) ...), ``relative`` (the value depends on the
    publication date or on another date in the text) and ``unresolved`` (True
    when there was no date to resolve it against: the value then stays relative,
    ``UNDEF-this-day``, ``UNDEF-minus-1-week``, ``XXXX-03-22``, never a guess).

    >>> import civics_kit as ck
    >>> found = ck.time_expressions(ck.load_article())
    >>> found.loc[0, ["text", "type", "value"]].tolist()             # "today" on the day it was published
    ['today', 'DATE', '2011-06-07']
    >>> ck.time_expressions("The vote is next Tuesday.", published="2011-06-07")["value"].tolist()
    ['2011-06-14']
    >>> ck.time_expressions("The vote is next Tuesday.")["unresolved"].tolist()   # no date: no guess
    [True]
    """
    import numpy as np
    import pandas as pd

    article, reference = _published_of(text_or_article, published)
    warn_if_not_english(article)
    found = extract(article.text, reference)
    dtypes = {"start": np.int64, "end": np.int64, "relative": bool, "unresolved": bool}
    columns = {
        name: np.array([getattr(timex, name) for timex in found], dtype=dtypes.get(name, object))
        for name in TIMEX_COLUMNS
    }
    return pd.DataFrame(columns, copy=False)


# ---------------------------------------------------------------- from values to dates

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
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return Period(day, day, "day")
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return Period(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "day")
        return Period(monday, monday + dt.timedelta(days=6), "week")
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        first, last = _span_months(int(m[1]), int(m[2]), int(m[2]))
        return Period(first, last, "month")
    if m := re.fullmatch(r"(\d{4})-([QH])(\d)", value):
        size = 3 if m[2] == "Q" else 6
        first, last = _span_months(int(m[1]), size * (int(m[3]) - 1) + 1, size * int(m[3]))
        return Period(first, last, "quarter" if m[2] == "Q" else "half")
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        first, last = _span_months(int(m[1]), *_SEASON_MONTHS[m[2]])
        return Period(first, last, "season")
    if re.fullmatch(r"\d{4}", value):
        return Period(dt.date(int(value), 1, 1), dt.date(int(value), 12, 31), "year")
    if re.fullmatch(r"\d{3}", value) and int(value) >= 100:
        return Period(dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31), "decade")
    if re.fullmatch(r"\d{2}", value) and int(value) >= 10:
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


# ---------------------------------------------------------------- the future the article points to

_FUTURE_POINTERS = re.compile(
    r"\b(?:goes|go|heads?|moves?|returns?|comes?)\s+(?:back\s+)?(?:to|before)\s+(?:the\s+)?[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*\s+(?P<cue>next)\b"
    r"|\b(?:is|are)\s+(?P<cue2>(?:expected|scheduled|set|due|slated)\s+to)\s+\w+"
    r"|\b(?P<cue3>will)\s+(?:(?:now|then|soon|likely)\s+)?(?:vote|consider|decide|take\s+up|hear|rule|sign|review|go|head|move|debate|act|meet)\b"
)


def _future_pointers(text: str, sentences: list[Any], taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Clauses that point past the publication date without a time expression: "goes to the Senate next"."""
    rows = []
    starts = sorted(s for s, _ in taken)
    for sentence in sentences:
        inside = starts[bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)]
        for match in _FUTURE_POINTERS.finditer(text, sentence.start, sentence.end):
            group = next(g for g in ("cue", "cue2", "cue3") if match[g])
            start, end = match.span(group)
            if any(_same_clause(text, sentence, match.start(), s) for s in inside):
                continue  # the clause dates itself ("will meet Tuesday")
            action = text[match.start() : match.end()]
            if group == "cue":
                action = action[: match.start(group) - match.start()].strip()
            phrase = _future_subject(text, sentence, match.start())
            label = f"{phrase} {action}".strip() if phrase else action
            if len(label) > LABEL_LENGTH:
                label = label[: LABEL_LENGTH - 1].rsplit(" ", 1)[0] + "…"
            rows.append(
                {
                    "start": start,
                    "end": end,
                    "expression": text[start:end],
                    "event": label[:1].upper() + label[1:],
                    "sentence": sentence,
                }
            )
    return rows


def _same_clause(text: str, sentence: Any, position: int, other: int) -> bool:
    """Whether ``other`` lies in the clause of ``sentence`` around ``position`` (clauses end at , ; and 'and')."""
    if not sentence.start <= other < sentence.end:
        return False
    low, high = sorted((position, other))
    return not re.search(r"[,;]|\band\b", text[low:high])


def _future_subject(text: str, sentence: Any, position: int) -> str:
    """The subject of a sentence, up to its first verb ("The bill" -> "California bill" when the text names it)."""
    words = _ADVERBS.sub("", text[sentence.start : position]).split()
    subject: list[str] = []
    for word in words:
        if word.islower() and _VERBISH.match(word) and subject:
            break
        subject.append(word)
    subject = [w for w in subject if w.lower() not in ("the", "but", "and")][:4]
    if len(subject) == 1 and subject[0].lower() in _GENERIC_HEADS:
        name = _named_antecedent(text, subject[0].lower(), sentence.start)
        if name:
            return name if " " in name else f"{name} {subject[0]}"
    return " ".join(subject)


# ---------------------------------------------------------------- timeline


class _Sentences:
    """The article's sentences, found by bisection on their start offsets (linear time for a whole article)."""

    def __init__(self, article: Article) -> None:
        self.sentences = list(article.sentences)
        self.starts = [sentence.start for sentence in self.sentences]
        self.text = article.text

    def at(self, position: int) -> Any:
        index = bisect.bisect_right(self.starts, position) - 1
        if index >= 0:
            sentence = self.sentences[index]
            if position < max(sentence.end, sentence.start + 1):
                return sentence
        from .article import Sentence

        return Sentence(0, len(self.text), self.text, 0, 0)


def timeline(article: Article | str, published: dt.date | str | None = None) -> pd.DataFrame:
    """One row per dated event in the article, ordered by date.

    Columns: ``date`` (pandas Timestamp, start of the period the text gives),
    ``date_end`` (its last day), ``precision`` (day, week, month, quarter, half,
    season, year, decade, century, or vague), ``approximate`` (True for vague
    references such as "recently", drawn as a range of
    :data:`VAGUE_WINDOW_DAYS` before or after the publication date), ``value``
    (TIMEX3), ``expression`` (the words), ``event`` (a short label for what is
    dated), ``sentence``, ``start``/``end`` (offsets of the expression). Rows
    for the future the article points to ("goes to the Senate next") have value
    ``FUTURE_REF``. Durations and sets are not events and are left out; so are
    dates that cannot be placed (no publication date for "today").

    >>> import civics_kit as ck
    >>> events = ck.timeline(ck.load_article())
    >>> events["date"].is_monotonic_increasing                     # in date order
    True
    >>> str(events.loc[events["expression"] == "today", "date"].iloc[0].date())
    '2011-06-07'
    """
    import pandas as pd

    article, reference = _published_of(article, published)
    warn_if_not_english(article)
    text = article.text
    rows = []
    found = extract(text, reference)
    sentences = _Sentences(article)
    for timex in found:
        if timex.type not in ("DATE", "TIME"):
            continue
        period = period_of(timex.value, reference)
        if period is None:
            continue
        sentence = sentences.at(timex.start)
        rows.append(_timeline_row(text, timex.start, timex.end, timex.value, period, sentence, reference))
    if reference is not None:
        future = Period(reference, reference + dt.timedelta(days=VAGUE_WINDOW_DAYS), "vague", True)
        for pointer in _future_pointers(text, article.sentences, [(t.start, t.end) for t in found]):
            row = _timeline_row(
                text, pointer["start"], pointer["end"], "FUTURE_REF", future, pointer["sentence"], reference
            )
            row["event"] = pointer["event"]
            rows.append(row)
    frame = pd.DataFrame(rows, columns=list(TIMELINE_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    frame = frame.sort_values(["date", "date_end", "start"], na_position="last", kind="stable").reset_index(drop=True)
    frame = frame.astype({"start": "int64", "end": "int64", "approximate": "bool"})
    frame.attrs["published"] = reference.isoformat() if reference else None
    return frame


def _timeline_row(
    text: str, start: int, end: int, value: str, period: Period, sentence: Any, published: dt.date | None
) -> dict[str, Any]:
    return {
        "date": _timestamp(period.first),
        "date_end": _timestamp(period.last),
        "when": when_words(value, published),
        "precision": period.precision,
        "approximate": period.approximate,
        "value": value,
        "expression": text[start:end],
        "event": event_label(text, sentence.start, sentence.end, start, end),
        "sentence": sentence.text,
        "start": start,
        "end": end,
    }


# ---------------------------------------------------------------- stale-news check


def date_dependent(article: Article | str, context: pd.DataFrame | None = None) -> pd.DataFrame:
    """The sentences whose meaning depends on the publication date, and what each one resolves to.

    This is the stale-news check: the same words read without their date
    ("voted 11-1 today", "at present", "goes to the Senate next", "recently
    cleared") mislead. With a ``context`` frame (see :func:`context_timeline`),
    ``later`` lists the context events after publication on the same topic and
    ``stale`` says whether one of them changed what the sentence reports.

    Columns: ``sentence``, ``expression``, ``value``, ``resolves_to`` (in words),
    ``later`` (context events after publication, "" when none or no context),
    ``stale`` (True/False, or NA without a context), ``start``/``end`` (offsets
    of the expression).

    >>> import civics_kit as ck
    >>> article = ck.load_article()
    >>> stale = ck.date_dependent(article)
    >>> stale.loc[0, ["expression", "resolves_to"]].tolist()
    ['today', '7 June 2011']
    >>> "later" in ck.date_dependent(article, context=ck.context_timeline(article))
    True
    """
    import pandas as pd

    article = as_article(article)
    published = article.published
    rows = []
    for row in _publication_dependent(article):
        later, stale = _later_events(row["sentence"], published, context)
        rows.append({**row, "resolves_to": when_words(row["value"], published), "later": later, "stale": stale})
    columns = [*DATE_DEPENDENT_COLUMNS[:5], "stale", *DATE_DEPENDENT_COLUMNS[5:]]
    frame = pd.DataFrame(rows, columns=columns)
    frame["stale"] = frame["stale"].astype("boolean")
    return frame.astype({"start": "int64", "end": "int64"})


def _publication_dependent(article: Article) -> list[dict[str, Any]]:
    text = article.text
    rows = []
    found = extract(text, article.published)
    sentences = _Sentences(article)
    for timex in found:
        if not timex.relative or timex.type not in ("DATE", "TIME"):
            continue
        sentence = sentences.at(timex.start)
        rows.append(
            {
                "sentence": sentence.text,
                "expression": timex.text,
                "value": timex.value,
                "start": timex.start,
                "end": timex.end,
            }
        )
    for pointer in _future_pointers(text, article.sentences, [(t.start, t.end) for t in found]):
        rows.append(
            {
                "sentence": pointer["sentence"].text,
                "expression": pointer["expression"],
                "value": "FUTURE_REF",
                "start": pointer["start"],
                "end": pointer["end"],
            }
        )
    return sorted(rows, key=lambda r: r["start"])


def _later_events(sentence: str, published: dt.date | None, context: pd.DataFrame | None) -> tuple[str, Any]:
    if context is None or published is None or len(context) == 0:
        return "", None
    import pandas as pd

    later = context[context["date"] > pd.Timestamp(published)]
    hits = []
    for item in later.itertuples(index=False):
        keywords = [k for k in str(item.keywords).split("|") if k]
        if any(re.search(rf"\b{re.escape(k)}\b", sentence, re.IGNORECASE) for k in keywords):
            hits.append(item)
    changes = [h for h in hits if str(h.changes).lower() in ("yes", "true", "1")]
    shown = (changes or hits)[:3]
    later_text = "; ".join(f"{h.date.date().isoformat()}: {h.event}" for h in shown)
    return later_text, bool(changes)


# ---------------------------------------------------------------- civic context


def _context_names(article: Article) -> list[str]:
    names = []
    if article.meta.get("context"):
        names.append(str(article.meta["context"]))
    if article.source:
        names.append(article.source.rsplit(".", 1)[0] + ".context.csv")
    return names


def _find_context(article: Article) -> Any:
    folder = resources.files("civics_kit.seeds")
    for name in _context_names(article):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    if article.url:
        import json

        for sidecar in sorted(folder.iterdir(), key=lambda p: p.name):
            if not sidecar.name.endswith(".json"):
                continue
            try:
                url = json.loads(sidecar.read_text(encoding="utf-8")).get("url")
            except (ValueError, OSError):
                continue
            candidate = folder / sidecar.name.replace(".json", ".context.csv")
            if url and url.rstrip("/") == article.url.rstrip("/") and candidate.is_file():
                return candidate
    return None


def context_timeline(article: Article | str) -> pd.DataFrame:
    """The sourced civic context bundled for an article (``seeds/NAME.context.csv``), ordered by date.

    Found by the article's file name, a ``context`` entry in its metadata, or
    its URL. Columns: ``date``, ``date_end`` (Timestamps), ``precision``,
    ``event``, ``side`` (federal, state or city), ``topic``, ``keywords`` (words
    that tie a sentence to the topic, ``|``-separated), ``changes`` (whether
    the event changed what a reader on the publication date was told),
    ``source_url``, ``confidence`` (High or Medium only), ``source_kind``
    (``record``, ``report``, ``advocacy`` or ``reference``: see
    ``teacher/facts.md``). An article without a context file gets an empty
    frame with these columns and ``attrs["note"]`` = :data:`NO_CONTEXT`:
    context is added only from a record someone has read.

    >>> import civics_kit as ck
    >>> context = ck.context_timeline(ck.load_article())
    >>> context["date"].is_monotonic_increasing and set(context["confidence"]) <= {"High", "Medium"}
    True
    >>> bool(context["source_url"].str.startswith("http").all())      # every event carries its source
    True
    >>> ck.context_timeline("A text with no context file.").empty
    True
    """
    import pandas as pd

    article = as_article(article)
    columns = [*CONTEXT_COLUMNS[:6], "keywords", *CONTEXT_COLUMNS[6:]]
    path = _find_context(article)
    if path is None:
        frame = pd.DataFrame(columns=columns)
        frame["date"] = pd.to_datetime(frame["date"])
        frame["date_end"] = pd.to_datetime(frame["date_end"])
        frame.attrs["note"] = NO_CONTEXT
        return frame
    with path.open(encoding="utf-8") as handle:
        frame = pd.read_csv(handle, dtype=str, keep_default_na=False)
    frame["date"] = pd.to_datetime(frame["date"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    frame["changes"] = frame["changes"].str.lower().isin(["yes", "true", "1"])
    return frame[columns].sort_values(["date", "date_end"], kind="stable").reset_index(drop=True)
