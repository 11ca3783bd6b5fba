"""The engine: run the rules near their trigger words, keep the longest matches, resolve them in text order.

Each rule declares the tokens that every one of its matches contains
(:attr:`records._Rule.triggers`). The engine looks those tokens up in an index
of the text and runs the rule's pattern only in windows around them, yet it
finds exactly the matches that ``pattern.finditer`` over the whole text finds:
the scan resumes where the last match ended, jumps only over stretches that
hold no trigger, and never cuts the text short (look-aheads see the real text).
``full_scan=True`` runs every pattern over the whole text, for the tests that
check the two agree.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from functools import cache
from itertools import chain
from typing import Any

from .leads import DIGITS, Openings, leads
from .not_times import not_a_time
from .passes import FirstPass, FirstPassReference, same_answers
from .records import Timex, _Context, _Rule, _Value
from .reference import ReferenceTime
from .rulebook import rules

__all__ = ["MAX_MATCH", "extract"]

MAX_MATCH = 100
"""How far past a window's end a search may read; a match must be shorter than MAX_MATCH - LOOK_AHEAD."""
LOOK_AHEAD = 30
"""How far past a match a rule's look-ahead may read."""

_TOKEN = re.compile(r"[^\W\d_]+|\d+")

Candidate = tuple[int, int, int, re.Match[str]]


def _trie(words: list[str]) -> str:
    """A pattern matching exactly ``words``, written as a trie so that the regex engine never backtracks far."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + ("?" if "" in node else "")

    return emit(root)


@cache
def _trigger_pattern() -> re.Pattern[str]:
    """One pattern for every trigger word of every rule (whole tokens only), and for every run of digits."""
    words = sorted(_trigger_words())
    return re.compile(r"\d+|(?<![^\W\d_])" + _trie(words) + r"(?![^\W\d_])", re.IGNORECASE)


@cache
def _trigger_words() -> frozenset[str]:
    """Every trigger word of every rule (each a run of letters, lower case), without the digit keys ("#4")."""
    return frozenset(key for rule in rules() for key in rule.triggers if not key.startswith("#"))


@cache
def _rule_leads() -> tuple[Openings | None, ...]:
    """For each rule, the words its matches open with and the punctuation allowed before them (:mod:`leads`)."""
    return tuple(leads(rule.pattern) for rule in rules())


@cache
def _indexed_words() -> frozenset[str]:
    """The words the index records: every trigger word and every word a match opens with."""
    opening = {key for lead in _rule_leads() if lead is not None for key in lead.keys if key != DIGITS}
    return _trigger_words() | opening


_LETTERS = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTERS = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d+")


def _letter_runs(scanned: str, lowered: bool, words: frozenset[str]) -> list[tuple[int, str]]:
    """(start, word) of every run of letters of ``scanned`` that is one of ``words``, in text order.

    When every word is lower-case ASCII and the text is lower-cased (so its ASCII letters are all
    a-z), the runs of a-z hold every word a run of letters can be; one that touches another letter
    (an "é") is not a run.
    """
    if not (lowered and _ascii_words(words)):
        return [(m.start(), key) for m in _LETTERS.finditer(scanned) if (key := m.group().lower()) in words]
    if scanned.isascii():
        return [(m.start(), key) for m in _ASCII_LETTERS.finditer(scanned) if (key := m.group()) in words]
    found = []
    length = len(scanned)
    for match in _ASCII_LETTERS.finditer(scanned):
        key = match.group()
        if key in words:
            start, end = match.span()
            if start and scanned[start - 1] > "\x7f" and _LETTER.match(scanned, start - 1):
                continue
            if end < length and scanned[end] > "\x7f" and _LETTER.match(scanned, end):
                continue
            found.append((start, key))
    return found


@cache
def _ascii_words(words: frozenset[str]) -> bool:
    return all(re.fullmatch("[a-z]+", word) for word in words)


def _token_index(text: str) -> dict[str, list[int]]:
    """Where each trigger word (lower-cased) and each digit-string length ("#4") starts, in text order.

    The text is cut into runs of letters and runs of digits and each run is looked
    up in the set of trigger words: the same positions that :func:`_trigger_pattern`
    finds (every trigger is one run of letters), in a fraction of the time.
    """
    return _Runs(text).index


class _Runs:
    """The indexed runs of a text: the trigger words' by key (:func:`_token_index`), and all of them in text order
    (``at``, ``keys``).

    In text order a run of digits has the key :data:`DIGITS` whatever its length.
    """

    def __init__(self, text: str) -> None:
        index: dict[str, list[int]] = {}
        triggers = _trigger_words()
        lowered = text.lower()
        same_offsets = len(lowered) == len(text)  # lower() can lengthen a few letters ("İ")
        scanned = lowered if same_offsets else text
        # Runs of letters and runs of digits never touch inside one run, so each is found on its own pass
        # (the same runs as one pass over "([^\W\d_]+)|(\d+)"); each key's positions stay in text order.
        in_order = _letter_runs(scanned, same_offsets, _indexed_words())
        for start, key in in_order:
            if key in triggers:  # only the windows read the index, and only for trigger words
                index.setdefault(key, []).append(start)
        numbers = [match.span() for match in _DIGITS.finditer(scanned)]
        for start, end in numbers:
            index.setdefault(f"#{end - start}", []).append(start)
        if numbers:
            in_order = sorted(in_order + [(start, DIGITS) for start, _ in numbers])
        self.index = index
        self.at = [position for position, _ in in_order]
        self.keys = [key for _, key in in_order]


def _windows(length: int, index: dict[str, list[int]], triggers: frozenset[str]) -> list[tuple[int, int]]:
    """Merged stretches where a match holding a trigger can start: at most one match length before it, up to it."""
    present = [index[key] for key in index.keys() & triggers]
    if not present:
        return []
    starts = present[0] if len(present) == 1 else sorted(chain.from_iterable(present))
    merged: list[tuple[int, int]] = []
    reach = MAX_MATCH - LOOK_AHEAD  # a match holding the trigger starts at most this far before it, never after it
    low, high = max(0, starts[0] - reach), starts[0] + 1
    for start in starts:  # in text order, so a stretch ends one past its last trigger (never past the text)
        if start - reach <= high:
            high = start + 1
        else:
            merged.append((low, high))
            low, high = start - reach, start + 1
    merged.append((low, high))
    return merged


def _scan(rule: _Rule, text: str, windows: list[tuple[int, int]]) -> list[re.Match[str]]:
    """What ``rule.pattern.finditer(text)`` yields, searched only inside ``windows``.

    Each search stops :data:`MAX_MATCH` characters past its window; a match
    that ends within :data:`LOOK_AHEAD` characters of that stop is searched
    again on the whole text, so no look-ahead ever sees a text cut short.
    """
    found: list[re.Match[str]] = []
    search, length = rule.pattern.search, len(text)
    position = 0
    for low, high in windows:
        position = max(position, low)
        stop = min(length, high + MAX_MATCH)
        while position < high:
            match = search(text, position, stop)
            if match is not None and stop < length and match.end() > stop - LOOK_AHEAD:
                match = search(text, position)
            if match is None or match.start() >= high:
                break  # every match holds a trigger, so a match that starts later starts in a later window
            found.append(match)
            position = match.end() if match.end() > match.start() else match.start() + 1
    return found


def _scan_openings(
    rule: _Rule, text: str, windows: list[tuple[int, int]], runs: _Runs, lead: Openings
) -> list[re.Match[str]]:
    """What ``rule.pattern.finditer(text)`` yields in ``windows``, tried only where a match can open.

    Every match opens with one of the ``lead`` words (or a run of digits), or with
    a little punctuation before one (:class:`leads.Openings`), so the pattern is
    matched (anchored, on the whole text) at those places only, in text order,
    resuming after each match.
    """
    found: list[re.Match[str]] = []
    match, at, keys = rule.pattern.match, runs.at, runs.keys
    lead_keys, slack, after, punctuation = lead
    position = 0
    for low, high in windows:
        for run in range(bisect.bisect_left(at, low), bisect.bisect_left(at, high + slack)):
            key = keys[run]
            if key not in lead_keys or at[run] < position:
                continue
            starts: list[int] | tuple[int] = (at[run],)
            if key in after:
                starts = [s for s in range(max(position, at[run] - slack), at[run]) if text[s] in punctuation]
                starts.append(at[run])
            for start in starts:
                found_here = match(text, start)
                if found_here is not None:
                    found.append(found_here)
                    position = found_here.end() if found_here.end() > start else start + 1
                    break
    return found


def candidates(text: str, full_scan: bool = False) -> list[Candidate]:
    """Every match of every rule: (start, end, rule number, match)."""
    found: list[Candidate] = []
    runs = None if full_scan else _Runs(text)
    windows_of: dict[frozenset[str], list[tuple[int, int]]] = {}
    for priority, (rule, lead) in enumerate(zip(rules(), _rule_leads(), strict=True)):
        if runs is None:
            matches = list(rule.pattern.finditer(text))
        else:
            windows = windows_of.get(rule.triggers)
            if windows is None:
                windows = windows_of[rule.triggers] = _windows(len(text), runs.index, rule.triggers)
            if not windows:
                continue  # no trigger: no match
            if lead is None:
                matches = _scan(rule, text, windows)
            else:
                matches = _scan_openings(rule, text, windows, runs, lead)
        found.extend((m.start(), m.end(), priority, m) for m in matches if m.end() > m.start())
    return found


class _Taken:
    """Non-overlapping spans, kept sorted, with an overlap test in logarithmic time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ends, start + 1)  # first span ending after start
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _choose(found: list[Candidate], keep: Callable[[int, re.Match[str]], bool]) -> list[Candidate]:
    """Non-overlapping matches: longest first, then the earlier rule, then the earlier one."""
    chosen: list[Candidate] = []
    taken = _Taken()
    for start, end, priority, match in sorted(found, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if taken.overlaps(start, end) or not keep(priority, match):
            continue
        chosen.append((start, end, priority, match))
        taken.add(start, end)
    return sorted(chosen, key=lambda c: c[0])


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    while start < end and text[start] in " \t\n,;:":
        start += 1
    return start, end


def extract(text: str, published: dt.date | None, full_scan: bool = False) -> list[Timex]:
    """The time expressions of ``text`` as :class:`Timex` records, in text order.

    ``full_scan`` runs every rule over the whole text instead of near its
    trigger words; the result is the same, only slower.
    """
    every_rule = rules()
    first_pass: dict[int, tuple[_Value | None, bool, list[tuple[str, Any]]]] = {}  # answer, what it read
    tenses: dict[tuple[int, int], int] = {}  # both passes read the same tenses
    plain = FirstPass(text, published, FirstPassReference(), tenses=tenses)

    def resolvable(priority: int, match: re.Match[str]) -> bool:
        # A first pass with the publication date as the only anchor drops matches a rule rejects.
        if not_a_time(text, match.start(), match.end(), every_rule[priority].name):
            return False
        plain.read_the_anchor = False
        asked = plain.reference.asked = []
        value = every_rule[priority].handler(match, plain)
        first_pass[id(match)] = (value, plain.read_the_anchor, asked)
        return value is not None

    chosen = _choose(candidates(text, full_scan), resolvable)
    ctx = _Context(text, published, ReferenceTime(text, published), tenses=tenses)
    found: list[Timex] = []
    for start, end, priority, match in chosen:
        value, read_the_anchor, asked = first_pass[id(match)]
        ctx.reference.move_to(start)
        anchored = ctx.anchor is not None or ctx.anchor_unit != "day"  # the first pass's are None and "day"
        if (read_the_anchor and anchored) or not same_answers(ctx.reference, asked):
            value = every_rule[priority].handler(match, ctx) or value
        if value is None:
            continue
        start, end = _trim_span(text, start, end)
        found.append(Timex(start, end, text[start:end], value.type, value.value, value.relative, value.unresolved))
        ctx.reference.note(start, value)
        if value.anchor is not None:
            ctx.anchor, ctx.anchor_unit = value.anchor, value.anchor_unit
    return found
