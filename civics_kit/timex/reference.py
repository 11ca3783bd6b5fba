"""The reference time that moves through the story.

News is told against its publication date ("Tuesday" is this week's), but a
story that states a date tells what follows against it: "On Dec. 18, a
Wednesday, ... late Tuesday evening" is 17 December, "around 5:30 a.m. the next
day" is the 19th. This is HeidelTime's narrative strategy (Strötgen & Gertz),
kept on a short leash as in its news strategy: a stated day anchors clock
times, parts of days, "the next day", "two days later" and month-days without a
year within six weeks of it only in its own sentence and the next one; past
that the publication date is the reference again. Bare weekdays follow the
story's day only when the story gave that day's weekday ("Dec. 18, a
Wednesday"). A stated season ("in the summer of 2004") lends its year to a
month or month-day inside it, on the same leash. Deictic words ("today",
"yesterday", "last week") always count from the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from .records import _Value

__all__ = ["ReferenceTime"]

_REACH = 700  # characters: past this a stated date is never in the same or the previous sentence
# A full stop, question or exclamation mark, closing quotes, space, and a capital or an opening quote; the word
# before the stop must not be an abbreviation news puts before a name or a number ("Dec. 18", "Mr. Beck").
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\.[a-z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|Co|vs))(?<!\bMrs)(?<!\b(?:Gov|Sen|Rep|Gen|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z0-9])"
)


class ReferenceTime:
    """The last day and year the story stated, and where; ``position`` is the expression being resolved."""

    def __init__(self, text: str, published: dt.date | None, story: bool = True) -> None:
        self.text = text
        self.published = published
        self.story = story
        self.position = 0
        self._day: tuple[int, dt.date, bool] | None = None
        self._season: tuple[int, int, int] | None = None  # where, year, first month

    @classmethod
    def without_story(cls, text: str, published: dt.date | None) -> ReferenceTime:
        """A reference that is always the publication date (the news strategy alone)."""
        return cls(text, published, story=False)

    def move_to(self, position: int) -> None:
        self.position = position

    def note(self, start: int, value: _Value) -> None:
        """Remember a date the story stated (a value marked ``explicit``)."""
        if not (self.story and value.explicit and value.anchor is not None):
            return
        if value.anchor_unit == "day":
            self._day = (start, value.anchor, value.weekday_named)
        elif value.anchor_unit == "season":
            self._season = (start, value.anchor.year, value.anchor.month)

    def _near(self, start: int) -> bool:
        """Whether a date stated at ``start`` lies in the sentence being read or the one before it."""
        if self.position - start > _REACH:
            return False
        first = _SENTENCE_END.search(self.text, start, self.position)
        return first is None or _SENTENCE_END.search(self.text, first.end(), self.position) is None

    def day(self, for_weekday: bool = False) -> dt.date | None:
        """The day the story last stated, if it is near enough to anchor what is being read.

        A bare weekday is told against it only when the story gave that day's
        weekday too ("Dec. 18, a Wednesday"): a sign that it is telling days by
        their weekdays. Otherwise news tells weekdays against the publication
        week, even right after a date ("bought from Sept. 14 to Thursday").
        """
        if self._day is None or (for_weekday and not self._day[2]) or not self._near(self._day[0]):
            return None
        return self._day[1]

    def year_of_month(self, month: int) -> int | None:
        """The year of a season the story stated nearby ("the summer of 2004") when ``month`` falls in it."""
        if self._season is None or not self._near(self._season[0]):
            return None
        _, year, first = self._season
        offset = (month - first) % 12
        if offset > 2:
            return None
        return year + (1 if month < first else 0)  # winter runs into the next year
