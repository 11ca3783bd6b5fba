"""Where a unit's reporting verbs are: their first words found by set look-ups, the cue pattern tried only there."""

from __future__ import annotations

import re

from .lexicon import _VERB_WORDS, _cue_pattern, _lazy

_FIRST_WORDS = frozenset(v.split()[0] for v in _VERB_WORDS) | {"according"}
_LETTERS = _lazy(r"[A-Za-z]+")
# the only characters whose lowercase holds an ASCII letter ("İ" is "i̇", the Kelvin sign "k"); without them,
# lowercasing keeps every offset and makes no letter out of another character
_FOLDS_TO_ASCII = ("\u0130", "\u212a")


def _first_word_spans(masked: str) -> list[tuple[int, int]]:
    """The letter runs of ``masked`` (whole runs of A-Z, a-z) that are the first word of a cue, in order."""
    if _FOLDS_TO_ASCII[0] in masked or _FOLDS_TO_ASCII[1] in masked:
        return [w.span() for w in _LETTERS.finditer(masked) if w.group().lower() in _FIRST_WORDS]
    lowered = masked.lower()
    spans = []
    for word in _FIRST_WORDS.intersection(_LETTERS.findall(lowered)):
        at = lowered.find(word)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not "a" <= lowered[at - 1] <= "z") and (
                end == len(lowered) or not "a" <= lowered[end] <= "z"
            ):
                spans.append((at, end))
            at = lowered.find(word, end)
    spans.sort()
    return spans


def _cue_matches(masked: str, first_words: list[tuple[int, int]] | None = None) -> list[re.Match[str]]:
    """The cue matches of a unit; a set look-up first, the regular expression only where it can match.

    ``first_words``: what :func:`_first_word_spans` gives for ``masked``, when the caller has it already.
    """
    found = []
    for start, end in _first_word_spans(masked) if first_words is None else first_words:
        at = max(0, start - 8)
        match = _cue_pattern().search(masked, at, min(len(masked), end + 4))
        while match is not None and match.end("verb") <= start:
            match = _cue_pattern().search(masked, match.end(), min(len(masked), end + 4))
        if match is not None and match.start("verb") == start:
            found.append(match)
    return found
