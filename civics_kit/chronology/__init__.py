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

One module per step: :mod:`.expressions` (the tagger's expressions, found once
per article and date), :mod:`.periods` (TIMEX3 values to periods of days),
:mod:`.pointers` (the future an article points to), :mod:`.events` (the
timeline's records and frame), :mod:`.staleness` (the stale-news check) and
:mod:`.context` (the bundled civic context).
"""

from ..labelling import event_label
from ..timex.wording import when_words
from .context import CONTEXT_COLUMNS, NO_CONTEXT, context_timeline
from .events import TIMELINE_COLUMNS, TimelineRecord, timeline, timeline_frame, timeline_records
from .expressions import TIMEX_COLUMNS, time_expressions
from .periods import VAGUE_WINDOW_DAYS, Period, period_of
from .staleness import DATE_DEPENDENT_COLUMNS, date_dependent

__all__ = [
    "CONTEXT_COLUMNS",
    "DATE_DEPENDENT_COLUMNS",
    "NO_CONTEXT",
    "TIMELINE_COLUMNS",
    "TIMEX_COLUMNS",
    "VAGUE_WINDOW_DAYS",
    "Period",
    "TimelineRecord",
    "context_timeline",
    "date_dependent",
    "event_label",
    "period_of",
    "time_expressions",
    "timeline",
    "timeline_frame",
    "timeline_records",
    "when_words",
]
