"""How a unit goes on after a cue: it ends, a comma follows, or the words it reports start (and where)."""

from __future__ import annotations

import re

from .lexicon import _BARE_CLAUSE, _DIRECTIVE, _FINITE, _MARKS_ONLY, _MASK, _SAY_VERBS, _lazy

_LEADING_THAT = _lazy(r"that\b")
_ENDS_WITH_THAT = _lazy(r"\bthat\s*$")
_TELL = frozenset("tell tells told telling".split())
_OBJECT = _lazy(
    r"\s*(?:him|her|them|us|me|you|reporters|journalists|media|(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w'’.&-]*)*|"
    r"(?:the|a|an|his|her|their|its|our)\s+\w+)"
    r"(?:\s+(?:host|anchor|reporter|correspondent|columnist|interviewer|radio|show|program)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
    r"(?=[\s,.;:!?\x01]|$)"
)
_DIRECTED = _lazy(
    r"\s+(?:him|her|them|us|everyone|people|[a-z][\w'’-]*[a-rt-z]s|"
    r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|"
    r"(?:the|all|its|their|his|her|our|local|area|other)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
    r"\s+(?P<to>(?:never\s+|not\s+)?to\s+)(?=[a-z])"
)
_THAT_SOON = _lazy(r"^[^\x01,;:.!?]{0,60}?(?=\bthat\b)")
_DAY = _lazy(
    r"\s*(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last|late|early)\s+(?:week|month|year|morning|afternoon|evening|night))\b",
    re.IGNORECASE,
)
_PREPOSITION = _lazy(
    r"\s*(?:in|at|during|to|by|from|after|before|via|over|through|outside|inside|near|on)\s", re.IGNORECASE
)
_SUBJECT_PRONOUN = _lazy(r"\b(?:he|she|they|it|we|i|there)\b")
_ADJUNCT_TAIL = _lazy(r"^[^\x01,;.!?]{0,80}?(?=[,;.!?]|$)")


def _stops_here(stripped: str, at: int) -> tuple[str, int] | None:
    """('end', at) at the end of the sentence, ('comma', at) before a comma, else None."""
    if not stripped or stripped[0] in ".!?":
        return "end", at
    if stripped[0] == ",":
        return "comma", at
    return None


def _after_cue(masked: str, rel: int, verb: str, after_quote: bool = False) -> tuple[str, int]:
    """How the unit goes on after a cue: ('end'|'comma'|'content', where the content starts)."""
    rest = masked[rel:]
    stripped = rest.lstrip()
    at = rel + len(rest) - len(stripped)
    if ending := _stops_here(stripped, at):
        return ending
    if stripped[0] == ":":
        return "content", at + 1
    if stripped[0] == _MASK:
        return "content", at
    if after_quote and not _LEADING_THAT.match(stripped):
        return "end", at
    that = _THAT_SOON.match(rest)
    if that and _gap_before_that(rest[: that.end()], verb):
        return "content", rel + that.end()
    if verb in _DIRECTIVE and (directed := _DIRECTED.match(rest)):
        return "content", rel + directed.start("to")  # "reminded customers to keep freezers shut"
    if verb in _TELL:
        obj = _OBJECT.match(rest)
        if obj:
            rel = rel + obj.end()
            rest = masked[rel:]
            stripped = rest.lstrip()
            at = rel + len(rest) - len(stripped)
            if ending := _stops_here(stripped, at):
                return ending
    adjunct = _adjunct_length(masked, rel)
    if adjunct:
        tail = masked[rel + adjunct :].lstrip()
        if not tail or tail[0] in ".!?":
            return "end", rel + adjunct
        if tail[0] == ",":
            comma = rel + adjunct + masked[rel + adjunct :].index(",")
            if masked[comma + 1 :].lstrip().startswith(_MASK):
                return "content", comma + 1
            return "comma", comma
        return "content", rel + adjunct
    return "content", at


def _gap_before_that(gap: str, verb: str) -> bool:
    """Whether the words between a cue and "that" are a short time, place or object phrase."""
    words = gap.split()
    if len(words) <= 1:
        return True
    if verb in _TELL and len(words) <= 6:
        return True  # "told the House of Commons that"
    return (len(words) <= 6 and _PREPOSITION.match(gap) is not None) or _DAY.match(gap) is not None


def _adjunct_length(masked: str, rel: int) -> int:
    """Length of a time or place phrase right after a cue ("on Wednesday", "in an email")."""
    rest = masked[rel:]
    day = _DAY.match(rest)
    if day:
        return day.end()
    if not _PREPOSITION.match(rest):
        return 0
    tail = _ADJUNCT_TAIL.match(rest)
    window = rest[: tail.end()] if tail else ""
    pronoun = _SUBJECT_PRONOUN.search(window, 3)
    if pronoun and len(window[: pronoun.start()].split()) <= 8:
        return pronoun.start()
    if tail and len(window.split()) <= 10:
        after = rest[tail.end() :].lstrip()
        if not after or after[0] in ".!?,":
            return tail.end()
    return 0


def _left_content(masked: str, floor: int, zone: int) -> tuple[int, int] | None:
    """The stretch before ``, S said`` (relative offsets), when there is one."""
    left = masked[floor:zone].rstrip()
    if not left.strip(" ,"):
        return None
    if left.endswith((",", _MASK, "?", "!")) or left.endswith((",\x01", "?\x01")):
        return floor, floor + len(left)
    return None


def _reports_clause(cue_verb: str, text: str, start: int, end: int) -> bool:
    """Whether unmarked words after (or before) a cue are reported speech, not an object."""
    words = text[start:end].split()
    if len(words) >= 3 and cue_verb in _DIRECTIVE and words[0].lower() in ("to", "never", "not"):
        return words[0].lower() == "to" or words[1].lower() == "to"  # the advice: "to stay home", "never to"
    if len(words) < 3 or words[0].lower() in (
        "to",
        "for",
        "by",
        "about",
        "of",
        "with",
        "goodbye",
        "hello",
        "who",
        "whose",
        "which",
        "where",
    ):
        return False
    verb = cue_verb.split()[-1] if cue_verb != "according to" else cue_verb
    if cue_verb.split()[-1] in ("add", "adds", "added", "adding") and words[0][:1].isdigit():
        return False  # "the index added 10 points"
    if verb in _REPORT_FORMS and not _FINITE.search(text, start, end) and not _PAST_FORM.search(text, start, end):
        return False  # "the bank reported a loss on Friday": what was reported is a figure, not words
    if cue_verb in _BARE_CLAUSE or cue_verb == "according to":
        return True
    preceded_by_that = _ENDS_WITH_THAT.search(text[max(0, start - 8) : start]) is not None
    preceded_by_that = preceded_by_that or words[0].lower() == "that"
    return verb not in _MARKS_ONLY and preceded_by_that


_REPORT_FORMS = frozenset(_SAY_VERBS["report"].split())  # the forms of "report" the cue list already has
_PAST_FORM = _lazy(r"\b[a-z]{2,}ed\b")
