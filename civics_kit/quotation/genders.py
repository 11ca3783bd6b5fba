"""The gender of a full name, only as the article shows it, read for a name the first time a sieve asks.

A title or relation word just before the name ("Mrs. Lee", "husband Mohammad ...") decides first. Otherwise a
he/his/him or she/her pronoun that follows the name in the same sentence, before any other name or quotation
mark, binds it ("Tom Reyes said he would ..."), when every mention of the name that has one agrees. Gendered
role nouns in a mention are read in :mod:`.mentions`. No list of first names is ever used.
"""

from __future__ import annotations

import re

from .lexicon import _lazy
from .mentions import _gender

_LAST_WORD_BEFORE_NON_WORD = _lazy(r"([\w.]+)\W*$")
_QUOTE_OR_SENTENCE_BREAK = _lazy(r"[\"“”«»]|[.!?](?:\s|$)|\n")
_PRONOUN = _lazy(r"(?<![\w'’-])(he|him|his|she|her|hers)(?![\w'’-])", re.IGNORECASE)

Name = tuple[str, ...]


class Genders:
    """``genders.get(name)`` ("m", "f" or None) and ``name in genders``, each name read once, when first asked."""

    def __init__(self, text: str, names: list[tuple[int, Name]]) -> None:
        self._text, self._names = text, names
        self._at: dict[Name, list[int]] = {}  # where each name is, as indices into ``names``
        for k, (_, tokens) in enumerate(names):
            self._at.setdefault(tokens, []).append(k)
        self._read: dict[Name, str | None] = {}

    def get(self, tokens: Name, default: str | None = None) -> str | None:
        if tokens not in self._read:
            self._read[tokens] = self._gender_of(tokens)
        found = self._read[tokens]
        return default if found is None else found

    def __contains__(self, tokens: Name) -> bool:
        return self.get(tokens) is not None

    def _gender_of(self, tokens: Name) -> str | None:
        at = self._at.get(tokens, [])
        for k in at:
            gender = self._word_before(self._names[k][0])
            if gender:
                return gender
        votes = {self._bound(k) for k in at} - {None}
        return next(iter(votes)) if len(votes) == 1 else None

    def _word_before(self, position: int) -> str | None:
        """Gender from the word before a name ("husband Mohammad ...", "Mrs. Lee"), where there is one."""
        before = _LAST_WORD_BEFORE_NON_WORD.search(self._text[max(0, position - 20) : position])
        return _gender([before.group(1)]) if before else None

    def _bound(self, k: int) -> str | None:
        """The gender of the first he/his/him or she/her after the ``k``-th name, before the next name or break."""
        position, tokens = self._names[k]
        end = position + len(" ".join(tokens))
        stop = self._names[k + 1][0] if k + 1 < len(self._names) else len(self._text)
        window = self._text[end : min(stop, end + 160)]
        window = _QUOTE_OR_SENTENCE_BREAK.split(window, maxsplit=1)[0]
        pronoun = _PRONOUN.search(window)
        if not pronoun:
            return None
        return "m" if pronoun.group(1).lower() in ("he", "him", "his") else "f"
