"""The first pass of :func:`engine.extract`, and when its answer stands for the second pass.

The first pass resolves every candidate against the publication date alone, to
drop what a rule rejects; the second resolves the chosen ones in text order,
against the story's reference time (:mod:`.reference`) and the last anchor.
Both see the same text, date and match, so a rule gives the second pass the
same answer as the first unless it reads something that differs: the anchor
(when one has been set), or a day or season of the story (when one is near).
The first pass records what it read; the second checks only that.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .records import _Context

__all__ = ["FirstPass", "FirstPassReference", "same_answers"]


class FirstPassReference:
    """What :meth:`.ReferenceTime.without_story` answers (never a day or season of the story), noting each
    question asked, as (method name, argument)."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, Any]] = []

    def day(self, for_weekday: bool = False) -> None:
        self.asked.append(("day", for_weekday))

    def year_of_month(self, month: int) -> None:
        self.asked.append(("year_of_month", month))


def same_answers(reference: Any, asked: list[tuple[str, Any]]) -> bool:
    """Whether the story's ``reference`` answers each question of the first pass as it did: with nothing."""
    return all(getattr(reference, name)(argument) is None for name, argument in asked)


class FirstPass(_Context):
    """The first pass's context: its reference is a :class:`FirstPassReference`, and ``read_the_anchor`` says
    whether a rule read the anchor (which the first pass never sets)."""

    read_the_anchor = False

    @property  # type: ignore[override]
    def anchor(self) -> dt.date | None:
        self.read_the_anchor = True
        return self._anchor

    @anchor.setter
    def anchor(self, value: dt.date | None) -> None:
        self._anchor = value

    @property  # type: ignore[override]
    def anchor_unit(self) -> str:
        self.read_the_anchor = True
        return self._anchor_unit

    @anchor_unit.setter
    def anchor_unit(self, value: str) -> None:
        self._anchor_unit = value
