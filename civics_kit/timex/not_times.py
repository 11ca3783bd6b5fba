"""Names that look like times: titles of works, programmes and outlets, and weekdays that name a schedule.

Each rule is general and says what it costs; the engine drops a match any of them claims.

- **Quoted title.** A time expression inside quotation marks that a work noun
  stands next to (``the film "1917"``, ``NBC's "Today" show``, ``the "Daily
  Edition" newsletter``), or that follows a possessive name (``NBC's "Today"``).
  Misses: a title in quotation marks with no such noun or possessive nearby
  ("I watched "1917" twice"); italics, lost in plain text.
- **Work noun before it.** A year or a capitalised time phrase right after a
  work noun: ``the film 1917``, ``the movie Once Upon a Time in Hollywood``.
  Misses: "the 1917 film" (a release year, which is a date).
- **Capitalised inside a sentence.** A time phrase whose first word is one
  English writes in lower case ("today", "daily", "this morning", "once upon a
  time"), written with a capital inside a sentence and next to another
  capitalised word, is part of a name: "the Daily News", "USA Today", "CBS This
  Morning", "Once Upon a Time in Hollywood". Headlines in title case are left
  alone. Misses: a name in lower case, a name at the start of a sentence
  ("Daily News reporters said").
- **Weekday in a name.** A bare weekday followed by a capitalised part of the
  day, which English writes in lower case after a weekday ("Saturday Night
  Live", "Monday Night Football", "Tuesday Morning Corp."), or by a
  capitalised word that ends a newspaper's name ("the Sunday Times", "Sunday
  Telegraph"). Misses: a name in lower case; "Sunday Times" in a headline in
  title case (headlines are left alone).
- **Schedule noun.** A bare weekday right before a noun that names a weekly
  schedule, with at most one word between: "Sunday hours", "Saturday library
  hours", "Monday classes". Misses: schedule nouns not listed
  (:data:`vocabulary.SCHEDULE_NOUNS`); "the Friday market" is still dated.
"""

from __future__ import annotations

import re

from .vocabulary import _PART_OF_DAY, ALWAYS_CAPITALISED, OUTLET_NOUNS, SCHEDULE_NOUNS, WEEKDAYS, WORK_NOUNS

__all__ = ["not_a_time"]

_OPEN = "\"“'‘`"
_CLOSE = {"“": "”", "‘": "’", '"': '"', "'": "'"}
_WORD = re.compile(r"[\w'’.-]+")
_SENTENCE_OPENERS = tuple('.!?:;\n"“‘(—–')


def not_a_time(text: str, start: int, end: int, rule: str) -> bool:
    """Whether the match at ``text[start:end]`` is a name or a schedule rather than a time."""
    return (
        _quoted_title(text, start, end)
        or _after_work_noun(text, start, end)
        or _capitalised_name(text, start, end)
        or (rule == "weekday" and (_schedule(text, start, end) or _weekday_in_a_name(text, start, end)))
    )


def _words_before(text: str, position: int, count: int) -> list[str]:
    return _WORD.findall(text[max(0, position - 12 * count) : position])[-count:]


def _words_after(text: str, position: int, count: int) -> list[str]:
    return _WORD.findall(text[position : position + 12 * count])[:count]


def _quote_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation marks around the match, if it sits inside a short quotation on one line."""
    low = max(0, start - 60, text.rfind("\n", 0, start) + 1)
    opening = max(text.rfind(char, low, start) for char in _OPEN)
    if opening < 0:
        return None
    if opening > 0 and text[opening] in "'`" and text[opening - 1] == text[opening]:
        return _doubled_quote_span(text, opening - 1, end)
    if text[opening] == "`":
        return None
    if opening > 0 and not (text[opening - 1].isspace() or text[opening - 1] in "(—–"):
        return None  # an apostrophe or a closing mark, not an opening quotation mark
    char = text[opening]
    line_start = text.rfind("\n", 0, opening) + 1
    if char == '"' and text.count('"', line_start, opening) % 2:
        return None  # this straight quote closes an earlier quotation
    closing = text.find(_CLOSE[char], end, end + 60)
    if closing < 0 or "\n" in text[end:closing]:
        return None
    return opening, closing + 1


def _doubled_quote_span(text: str, opening: int, end: int) -> tuple[int, int] | None:
    """A quotation opened by two marks (``like this'' or ''like this''), as news wires write it in plain text."""
    if opening > 0 and not (text[opening - 1].isspace() or text[opening - 1] in "(—–"):
        return None
    closing = text.find("''", end, end + 60)
    if closing < 0 or "\n" in text[end:closing]:
        return None
    return opening, closing + 2


def _quoted_title(text: str, start: int, end: int) -> bool:
    span = _quote_span(text, start, end)
    if span is None:
        return False
    opening, closing = span
    near = [w.lower().strip(".") for w in _words_before(text, opening, 3) + _words_after(text, closing, 2)]
    if any(word in WORK_NOUNS for word in near):
        return True
    possessive = _words_before(text, opening, 1)
    return bool(possessive) and possessive[0][:1].isupper() and possessive[0].endswith(("'s", "’s"))


def _after_work_noun(text: str, start: int, end: int) -> bool:
    before = _words_before(text, start, 1)
    if not before or before[0].lower() not in WORK_NOUNS:
        return False
    words = _WORD.findall(text[start:end])
    return bool(words) and (words[0].isdigit() or words[0][:1].isupper())


def _sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t")
    return not before or before.endswith(_SENTENCE_OPENERS)


def _headline(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if line.endswith((".", "!", "?", '"', "”", ",", ";")):
        return False  # a headline ends without a full stop
    words = _WORD.findall(line)
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 2 and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words)


def _capitalised_name(text: str, start: int, end: int) -> bool:
    words = _WORD.findall(text[start:end])
    if not words or not words[0][:1].isupper() or words[0].isupper():
        return False
    if words[0].lower().strip(".") in ALWAYS_CAPITALISED or words[0][:1].isdigit():
        return False
    if _sentence_start(text, start) or _headline(text, start):
        return False
    before = _words_before(text, start, 1)
    after = _words_after(text, end, 1)
    neighbours = [w for w in (*before, *after) if w[:1].isupper() and w.lower() not in ("i", "a")]
    inside = [w for w in words[1:] if w[:1].isupper()]
    return bool(neighbours or inside)


def _schedule(text: str, start: int, end: int) -> bool:
    words = _WORD.findall(text[start:end])
    if len(words) != 1 or words[0].lower().rstrip(".") not in WEEKDAYS:
        return False  # "Thursday's closing price" is a day
    after = [w.lower() for w in _words_after(text, end, 2)]
    return bool(after) and (after[0] in SCHEDULE_NOUNS or (len(after) > 1 and after[1] in SCHEDULE_NOUNS))


def _weekday_in_a_name(text: str, start: int, end: int) -> bool:
    words = _WORD.findall(text[start:end])
    if len(words) != 1 or words[0].lower().rstrip(".") not in WEEKDAYS or _headline(text, start):
        return False
    after = _words_after(text, end, 1)
    if not after or not after[0][:1].isupper() or after[0].isupper() or not text[end:].startswith(" "):
        return False
    word = after[0].lower().rstrip(".,")
    return word in _PART_OF_DAY or word in OUTLET_NOUNS
