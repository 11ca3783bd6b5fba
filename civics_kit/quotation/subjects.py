"""The person a sentence opens with ("Chinese Foreign Ministry spokesperson Lu Kang gave ..."), read lazily.

The sieves ask only about the sentences just before a quotation, so a sentence's subject is worked out the first
time a sieve asks, then kept for the rest of the article (never shared between articles).
"""

from __future__ import annotations

import bisect

from ..article import Article
from .cues import _subject
from .lexicon import _NOT_NAMES, _TITLES
from .reported import _BOILERPLATE

_STOPS = frozenset('.!?"”’')

Subject = tuple[int, tuple[str, ...]]  # where the name starts, and its words without titles


def _ends_with_stop(sentence: str) -> bool:
    """Whether the last character before trailing spaces is a full stop, a ! or ? or a closing mark."""
    stripped = sentence.rstrip()
    return bool(stripped) and stripped[-1] in _STOPS


def opening_subject(text: str, start: int, end: int) -> Subject | None:
    """The person named as the subject of the sentence ``text[start:end]``, if one is."""
    head = text[start : min(end, start + 160)]
    if not head[:1].isupper() or _BOILERPLATE.match(head) or not _ends_with_stop(text[start:end]):
        return None  # a subheading is no sentence
    speaker = _subject(text, head, start, start + len(head))
    if speaker is not None and speaker.kind in ("person", "single") and speaker.name:
        tokens = tuple(t for t in speaker.name.split() if t.lower().rstrip(".") not in _TITLES)
        if tokens and not set(tokens) & _NOT_NAMES:
            return speaker.start, tokens
    return None


class SentenceSubjects:
    """The subjects of an article's body sentences, each read the first time it is asked for."""

    def __init__(self, article: Article) -> None:
        self._article = article
        self._spans: list[tuple[int, int]] | None = None
        self._starts: list[int] = []
        self._read: dict[int, Subject | None] = {}

    def _subject_of(self, k: int) -> Subject | None:
        if k not in self._read:
            start, end = self._spans[k]  # type: ignore[index]
            self._read[k] = opening_subject(self._article.text, start, end)
        return self._read[k]

    def last_before(self, position: int) -> Subject | None:
        """The subject of the last sentence that names one before ``position``.

        A subject lies inside its sentence and the sentences are in order, so the subjects are in order too:
        reading back from ``position`` to the first subject found gives the one a sorted list of them would.
        """
        if self._spans is None:
            self._spans = [(s.start, s.end) for s in self._article.body_sentences]
            self._starts = [start for start, _ in self._spans]
        k = bisect.bisect_left(self._starts, position) - 1
        while k >= 0:
            found = self._subject_of(k)
            if found is not None and found[0] < position:
                return found
            k -= 1
        return None
