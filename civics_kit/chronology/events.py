"""The timeline of an article (:func:`timeline`): one record per dated event, the frame built once at the edge."""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING, Any, NamedTuple

from ..article import Article
from ..labelling import event_label
from ..language import warn_if_not_english
from ..timex.wording import when_words
from .expressions import _published_of, timexes
from .periods import VAGUE_WINDOW_DAYS, Period, _timestamp, period_of
from .pointers import _future_pointers

if TYPE_CHECKING:
    import pandas as pd

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


class TimelineRecord(NamedTuple):
    """One row of :func:`timeline`, before the frame: ``date``/``date_end`` are the period's days."""

    date: dt.date
    date_end: dt.date
    when: str
    precision: str
    approximate: bool
    value: str
    expression: str
    event: str
    sentence: str
    start: int
    end: int


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
        from ..article import Sentence

        return Sentence(0, len(self.text), self.text, 0, 0)


def sentence_index(article: Article) -> _Sentences:
    """The article's sentence index (built once per article)."""
    return article._cached(("sentence index",), lambda: _Sentences(article))


def future_pointers(article: Article, reference: dt.date | None) -> list[dict[str, Any]]:
    """The clauses that point past the publication date (found once per article and date)."""

    def find() -> list[dict[str, Any]]:
        taken = [(t.start, t.end) for t in timexes(article, reference)]
        return _future_pointers(article.text, article.sentences, taken)

    return article._cached(("future pointers", reference), find)


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
    article, reference = _published_of(article, published)
    warn_if_not_english(article)
    frame = timeline_frame(timeline_records(article, reference))
    frame.attrs["published"] = reference.isoformat() if reference else None
    return frame


def timeline_records(article: Article, reference: dt.date | None) -> tuple[TimelineRecord, ...]:
    """The rows of :func:`timeline` against the date ``reference``, in date order (worked out once per date)."""
    return article._cached(("timeline", reference), lambda: _records(article, reference))


def _records(article: Article, reference: dt.date | None) -> tuple[TimelineRecord, ...]:
    text = article.text
    rows = []
    sentences = sentence_index(article)
    for timex in timexes(article, reference):
        if timex.type not in ("DATE", "TIME"):
            continue
        period = period_of(timex.value, reference)
        if period is None:
            continue
        sentence = sentences.at(timex.start)
        rows.append(_timeline_row(text, timex.start, timex.end, timex.value, period, sentence, reference))
    if reference is not None:
        future = Period(reference, reference + dt.timedelta(days=VAGUE_WINDOW_DAYS), "vague", True)
        for pointer in future_pointers(article, reference):
            row = _timeline_row(
                text, pointer["start"], pointer["end"], "FUTURE_REF", future, pointer["sentence"], reference
            )
            rows.append(row._replace(event=pointer["event"]))
    rows.sort(key=_date_order)  # stable, as the frame's sort was: by date, last day, then start; undated last
    return tuple(rows)


def _placed(day: dt.date | None) -> bool:
    """Whether pandas can hold the day (see :func:`_timestamp`): the others sort last, as NaT does."""
    return day is not None and 1678 <= day.year <= 2261


def _date_order(row: TimelineRecord) -> tuple[Any, ...]:
    first, last = _placed(row.date), _placed(row.date_end)
    return (not first, row.date if first else dt.date.min, not last, row.date_end if last else dt.date.min, row.start)


def timeline_frame(records: Any) -> pd.DataFrame:
    """The frame of :func:`timeline` from its records (:class:`TimelineRecord`, or tuples of those fields)."""
    import pandas as pd

    rows = [(_timestamp(r[0]), _timestamp(r[1]), *r[2:]) for r in records]
    frame = pd.DataFrame(rows, columns=list(TIMELINE_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    return frame.astype({"start": "int64", "end": "int64", "approximate": "bool"})


def _timeline_row(
    text: str, start: int, end: int, value: str, period: Period, sentence: Any, published: dt.date | None
) -> TimelineRecord:
    return TimelineRecord(
        period.first,
        period.last,
        when_words(value, published),
        period.precision,
        period.approximate,
        value,
        text[start:end],
        event_label(text, sentence.start, sentence.end, start, end),
        sentence.text,
        start,
        end,
    )
