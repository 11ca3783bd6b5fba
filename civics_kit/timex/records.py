"""The records the tagger passes around: a found expression, a rule's answer, its context, a rule."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


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
    """What a rule needs to resolve a match: the text, the publication date, the story's reference time
    (:class:`reference.ReferenceTime`) and the last date mentioned at any distance (``anchor``)."""

    text: str
    dct: dt.date | None
    reference: Any = None
    anchor: dt.date | None = None
    anchor_unit: str = "day"
    tenses: dict[tuple[int, int], int] = field(default_factory=dict)  # :func:`anchoring._tense` of each span


@dataclass(frozen=True)
class _Value:
    """A rule's answer: type, value, whether the value depends on the publication date."""

    type: str
    value: str
    relative: bool = False
    unresolved: bool = False
    anchor: dt.date | None = None
    anchor_unit: str = "day"
    explicit: bool = False  # a date the story states (or counts from one it stated): it moves the reference time
    weekday_named: bool = False  # the story gave the day's weekday ("Wednesday, Dec. 18", "Dec. 18, a Wednesday")


_Handler = Callable[[re.Match[str], _Context], "_Value | None"]


@dataclass(frozen=True)
class _Rule:
    """One rule: its name, its pattern, its normaliser, and the words that trigger it.

    ``triggers`` are the tokens (lower-cased words, or ``#N`` for a run of N
    digits) of which every match of the pattern contains at least one; the
    engine runs the pattern only near them. ``tests/test_timex_engine.py``
    checks that this finds exactly what a scan of the whole text finds.
    """

    name: str
    pattern: re.Pattern[str]
    handler: _Handler
    triggers: frozenset[str]


def _rule(
    name: str, pattern: str, handler: _Handler, flags: int = re.IGNORECASE, *, triggers: tuple[str, ...]
) -> _Rule:
    if not triggers:
        raise ValueError(f"rule {name!r} declares no trigger words")
    odd = [t for t in triggers if not (re.fullmatch(r"#\d+", t) or (re.fullmatch(r"[^\W\d_]+", t) and t == t.lower()))]
    if odd:
        raise ValueError(f"rule {name!r}: a trigger is one lower-case run of letters or '#N', not {odd}")
    return _Rule(name, re.compile(pattern, flags), handler, frozenset(triggers))
