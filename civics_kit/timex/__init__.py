"""The temporal-expression tagger behind :func:`civics_kit.time_expressions`.

A set of regular-expression rules in the spirit of HeidelTime (Strötgen &
Gertz): each rule finds one kind of expression, the longest match wins where
rules overlap, and the rule's normaliser turns the words into a TIMEX3 type and
value. Standard library only. One module per idea:

- :mod:`.vocabulary`: the word lists and pattern fragments, with their sources;
- :mod:`.arithmetic`: TIMEX3 value arithmetic (durations, shifting dates, precision);
- :mod:`.reference`: the reference time that moves through the story;
- :mod:`.anchoring`: tense and modality, and choosing the year or week of an open date;
- :mod:`.calendar_handlers`, :mod:`.relative_handlers`, :mod:`.period_handlers`: the normalisers;
- :mod:`.rulebook`: the rules, each with its pattern and the words that trigger it;
- :mod:`.not_times`: names that look like times (titles, shows, outlets, schedules);
- :mod:`.leads`: the words a rule's matches open with, read from its pattern (where the engine tries it);
- :mod:`.engine`: running the rules near their triggers and resolving matches in text order;
- :mod:`.passes`: when the first pass's answer stands for the second;
- :mod:`.wording`: a TIMEX3 value in words ("before 7 June 2011").
"""

from __future__ import annotations

from .arithmetic import duration_value, parse_number, shift, value_at
from .engine import extract
from .records import Timex
from .rulebook import rules

__all__ = ["Timex", "duration_value", "extract", "parse_number", "rules", "shift", "value_at"]
