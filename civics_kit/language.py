"""Which language an article is in, and the one sentence the kit says when it cannot read it.

The check is a small stop-word test, with no dependency and no model: it counts
how many of the text's words are among the commonest function words (articles,
prepositions, conjunctions, pronouns, forms of "to be") of English, Spanish,
French, German and Portuguese, and picks the language with the most.

Known limits, by design:

- It needs some running text: under :data:`MIN_WORDS` words it answers "en"
  (the kit's default), as it does when no language clearly leads.
- It tells apart only the five languages of :data:`LANGUAGES`. Italian,
  Catalan, Galician or Dutch text is read as the nearest of them (often
  Spanish, Portuguese or German), never as itself.
- A text mixing languages gets the language of most of its function words; a
  long English quotation inside a Spanish article can tip a short one.

The quotation and timeline analyses read English only and readability reads
English and Spanish, so for any other language the kit says so
(:data:`NOT_READ_NOTE`) rather than return empty or wrong results in silence:
:func:`warn_if_not_english` raises a :class:`~civics_kit.errors.LanguageWarning`
once per article, and the report and the article's display carry
:func:`language_note`.
"""

from __future__ import annotations

import itertools
import re
import warnings
from collections import Counter
from functools import lru_cache
from typing import Any

from .errors import LanguageWarning

__all__ = [
    "FUNCTION_WORDS",
    "LANGUAGES",
    "MIN_WORDS",
    "NOT_READ_NOTE",
    "guess_language",
    "language_name",
    "language_note",
    "warn_if_not_english",
]

LANGUAGES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese"}
"""The languages the check tells apart, by ISO 639-1 code."""

NOT_READ_NOTE = "quotations and dates are read in English only; readability also reads Spanish"
"""What the kit says about an article that is not in English."""

MIN_WORDS = 20
"""Below this many words the check does not guess and answers "en"."""

# The commonest function words of each language, written for the kit from the languages' grammar (articles,
# prepositions, conjunctions, pronouns, auxiliaries), each list favouring words the other four lists lack:
# Spanish "el, los, una", Portuguese "não, uma, os", French "les, des, une", German "der, und, ist". A few
# words are shared (Spanish and Portuguese "para", "que", "por"); they count for both and decide nothing.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to is that was for with it on are he she they said from at by this have has which who "
        "be not but an will would were been their its".split()
    ),
    "es": frozenset(
        "el los las del y que en por con una para es se lo su sus al como más pero dijo fue ha son está "
        "este esta también sobre entre hay muy".split()
    ),
    "fr": frozenset(
        "le les des du et est une dans pour qui sur au aux avec ce cette il elle ils pas ne sont été ont "
        "mais plus par sa leur nous".split()
    ),
    "de": frozenset(
        "der die das und ist nicht mit sich des dem den ein eine auf für von zu im auch sie er wird wurde "
        "sind bei nach aus hat dass".split()
    ),
    "pt": frozenset(
        "o os as do da dos das e não em um uma no na nos com para por que é foi ao mais mas seu sua "
        "também pelo pela são".split()
    ),
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LEAD = 1.3  # the leading language must count this many times the runner-up's hits
_WINDOW = 20000  # the check reads the first this many characters of a text


def guess_language(text: str) -> str:
    """The language code of ``text`` ("en", "es", "fr", "de" or "pt") by the stop-word test; "en" when unsure."""
    words = _WORD.findall(text[:_WINDOW])
    if len(words) < MIN_WORDS:
        return "en"
    counts = Counter(map(str.lower, words))
    zeros = itertools.repeat(0)
    return _leading({lang: sum(map(counts.get, vocabulary, zeros)) for lang, vocabulary in FUNCTION_WORDS.items()})


# What one chunk between white space holds, packed into one int (a field of _FIELD_BITS bits each): its words,
# then how many of them are function words of each language, in FUNCTION_WORDS' order. A word never spans
# white space, so a text's counts are the sum over its chunks: one C-level sum, with each chunk worked out once.
_FIELD_BITS = 32  # far more words than 20,000 characters hold


@lru_cache(maxsize=1 << 16)
def _chunk_counts(chunk: str) -> int:
    words = [word.lower() for word in _WORD.findall(chunk)]
    packed = len(words)
    for field, vocabulary in enumerate(FUNCTION_WORDS.values(), start=1):
        packed += sum(word in vocabulary for word in words) << (_FIELD_BITS * field)
    return packed


def _guess_from_chunks(chunks: list[str]) -> str:
    """:func:`guess_language` of a text of at most 20,000 characters, from its chunks between white space."""
    total = sum(map(_chunk_counts, chunks))
    words, *hits = [(total >> (_FIELD_BITS * i)) & ((1 << _FIELD_BITS) - 1) for i in range(len(FUNCTION_WORDS) + 1)]
    return _leading(dict(zip(FUNCTION_WORDS, hits, strict=True))) if words >= MIN_WORDS else "en"


def _leading(hits: dict[str, int]) -> str:
    """The language with the most function words in the text, when it leads clearly; else "en"."""
    ranked = sorted(hits, key=lambda lang: (-hits[lang], list(LANGUAGES).index(lang)))
    best, runner_up = ranked[0], ranked[1]
    if best == "en" or hits[best] < 5 or hits[best] < _LEAD * hits[runner_up]:
        return "en"
    return best


def language_name(lang: str | None) -> str:
    """The English name of a language code ("fr" -> "French"); the code itself when the kit does not know it."""
    code = (lang or "en").lower().split("-")[0].split("_")[0]
    return LANGUAGES.get(code, code)


def language_note(lang: str | None) -> str | None:
    """The note for an article in ``lang``: None for English, else "This article is in French: quotations ..."."""
    code = (lang or "en").lower().split("-")[0].split("_")[0]
    if code == "en":
        return None
    return f"This article is in {language_name(code)}: {NOT_READ_NOTE}."


def warn_if_not_english(article: Any, stacklevel: int = 3) -> None:
    """Raise a :class:`LanguageWarning` the first time an analysis reads this non-English article.

    Called at the top of the English-only analyses (``quotes``, ``timeline``,
    ``time_expressions``); the article remembers it was warned, so a lesson that
    runs several analyses on one article sees the warning once.
    """
    note = language_note(getattr(article, "lang", None))
    if note is None or getattr(article, "_language_warned", False):
        return
    try:
        article._language_warned = True
    except AttributeError:  # an object that takes no attributes: warn every time
        pass
    warnings.warn(note, LanguageWarning, stacklevel=stacklevel)
