"""Where a rule's matches can start: the word (or run of digits) every match opens with, read from its pattern.

:func:`leads` walks the parsed pattern (``re._parser``, the standard library's own
parser) along every way a match can begin, up to the end of its first run of
letters or at its first digit. ``(?:the\\s+)?(?:early|late)?\\s*\\d`` opens with
"the", "early", "late" or a digit. Each way must end that run for sure (a
character that is no letter follows, or a look-ahead forbids one) and the match
must start where a run starts (a look-behind forbids a word character before it,
or the match opens with punctuation, as in "’90s"). If any way is unclear, or the
parser is not there, the answer is ``None`` and the engine scans as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

try:  # a private module of the standard library: without it (or if it changes) every rule is scanned as before
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    _sre = _sre_parse = None

__all__ = ["DIGITS", "Openings", "leads"]

DIGITS = "#"
"""The key of a match that opens with a run of digits (of any length)."""
_MAX_SLACK = 2  # punctuation allowed before the first run ("’90s", "(5")
_MAX_WORD = 24
_BUDGET = 20000  # steps of the walk; a pattern that needs more is left to the scan
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


class _Unclear(Exception):
    """A way into the pattern that the walk cannot follow."""


class Openings(NamedTuple):
    """How the matches of a pattern open: each with one of ``keys`` (lower-cased words, or :data:`DIGITS`), or
    with at most ``slack`` characters of punctuation (the first one of ``punctuation``) before one of ``after``."""

    keys: frozenset[str]
    slack: int
    after: frozenset[str]
    punctuation: frozenset[str]


def leads(pattern: re.Pattern[str]) -> Openings | None:
    """How every match of ``pattern`` opens (:class:`Openings`); ``None`` if the pattern does not say for sure."""
    if _sre_parse is None:
        return None
    try:
        return _leads(pattern.pattern, pattern.flags)
    except Exception:  # any surprise in a private parser means: scan as before
        return None


@lru_cache(maxsize=256)
def _leads(source: str, flags: int) -> Openings | None:
    items = list(_sre_parse.parse(source, flags))
    walk = _Walk(_starts_a_run(items))
    try:
        walk.follow(items, 0, "")
    except _Unclear:
        return None
    if not walk.found:
        return None
    return Openings(
        frozenset(key for key, _ in walk.found),
        max(offset for _, offset in walk.found),
        frozenset(key for key, offset in walk.found if offset),
        frozenset(walk.punctuation),
    )


def _starts_a_run(items: list) -> bool:
    """Whether a look-behind before the first character forbids a word character before the match."""
    for op, av in items:
        if op is _sre.ASSERT_NOT and av[0] == -1 and _is_word_class(list(av[1])):
            return True
        if op is _sre.BRANCH and all(_after_a_non_word(list(branch)) for branch in av[1]):
            return True
        if op not in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            return False
    return False


def _after_a_non_word(branch: list) -> bool:
    """``(?<=\\bin )``: a look-behind whose last character is no word character."""
    if len(branch) != 1 or branch[0][0] is not _sre.ASSERT or branch[0][1][0] != -1:
        return False
    body = list(branch[0][1][1])
    return bool(body) and body[-1][0] is _sre.LITERAL and not re.match(r"\w", chr(body[-1][1]))


def _is_word_class(body: list) -> bool:
    """``[\\w...]``: one class holding every word character."""
    return len(body) == 1 and body[0][0] is _sre.IN and (_sre.CATEGORY, _sre.CATEGORY_WORD) in body[0][1]


def _kinds(op, av) -> list[str]:
    """What one consuming item can match: each letter (lower-cased), "digit", "space", or "other:" and the
    character (neither letter nor digit)."""
    if op is _sre.LITERAL:
        return [_kind(chr(av))]
    if op is _sre.IN:
        kinds: list[str] = []
        for member_op, member in av:
            if member_op is _sre.LITERAL:
                kinds.append(_kind(chr(member)))
            elif member_op is _sre.RANGE and member[1] - member[0] < 64:
                kinds.extend(_kind(chr(code)) for code in range(member[0], member[1] + 1))
            elif member_op is _sre.CATEGORY and member is _sre.CATEGORY_DIGIT:
                kinds.append("digit")
            elif member_op is _sre.CATEGORY and member is _sre.CATEGORY_SPACE:
                kinds.append("space")
            else:
                raise _Unclear(member_op)
        return sorted(set(kinds))
    raise _Unclear(op)


def _kind(char: str) -> str:
    if _LETTER.match(char):
        if len(char.lower()) != 1:
            raise _Unclear(char)
        return char.lower()
    return "digit" if _DIGIT.match(char) else "other:" + char


class _Walk:
    """Every (first word, punctuation before it) a match can open with."""

    def __init__(self, run_starts_at_match: bool) -> None:
        self.run_starts_at_match = run_starts_at_match
        self.found: set[tuple[str, int]] = set()
        self.punctuation: set[str] = set()
        self.steps = 0

    def follow(self, items: list, offset: int, word: str) -> None:
        """Follow ``items`` from a state: ``offset`` characters of punctuation read, then the letters ``word``."""
        self.steps += 1
        if self.steps > _BUDGET or offset > _MAX_SLACK or len(word) > _MAX_WORD:
            raise _Unclear("too long")
        if not items:
            raise _Unclear("the match may end inside its first word")
        (op, av), rest = items[0], items[1:]
        if op is _sre.AT or (op in (_sre.ASSERT, _sre.ASSERT_NOT) and av[0] == -1):
            self.follow(rest, offset, word)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if word and op is _sre.ASSERT_NOT and _forbids_a_word_character(list(av[1])):
                self.found.add((word, offset))
            else:
                self.follow(rest, offset, word)
        elif op is _sre.SUBPATTERN:
            self.follow(list(av[3]) + rest, offset, word)
        elif op is _sre.ATOMIC_GROUP:
            self.follow(list(av) + rest, offset, word)
        elif op is _sre.BRANCH:
            for branch in av[1]:
                self.follow(list(branch) + rest, offset, word)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, high, body = av
            again = [(op, (max(0, low - 1), high if high == _sre.MAXREPEAT else high - 1, body))]
            if low == 0:
                self.follow(rest, offset, word)
            if high != 0:
                self.follow(list(body) + again + rest, offset, word)
        else:
            for kind in _kinds(op, av):
                self.read(kind, rest, offset, word)

    def read(self, kind: str, rest: list, offset: int, word: str) -> None:
        """One character of ``kind`` read."""
        starts_a_run = offset > 0 or self.run_starts_at_match
        if word:
            if len(kind) > 1:
                self.found.add((word, offset))  # the run of letters ends here
            else:
                self.follow(rest, offset, word + kind)
        elif kind == "digit":
            if not starts_a_run:
                raise _Unclear("a digit that may continue a run")
            self.found.add((DIGITS, offset))
        elif kind == "space" and offset == 0:
            raise _Unclear("a match that may open with any space")
        elif len(kind) > 1:
            if offset == 0:
                self.punctuation.add(kind.removeprefix("other:"))
            self.follow(rest, offset + 1, word)
        else:
            if not starts_a_run:
                raise _Unclear("a letter that may continue a run")
            self.follow(rest, offset, kind)


def _forbids_a_word_character(body: list) -> bool:
    """A negative look-ahead ``(?!\\w...)`` or ``(?!\\w|...)``: no word character may follow."""
    if _is_word_class(body):
        return True
    if len(body) == 1 and body[0][0] is _sre.BRANCH:
        return any(_is_word_class(list(branch)) for branch in body[0][1][1])
    return False
