"""Counting for readability: words as the formulas see them, familiar words, and per-sentence counts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from typing import TYPE_CHECKING

from ..article import Article, Sentence
from ..errors import InvalidOptionError
from ..syllables import count_syllables
from ..syllables import has_letter as _has_letter
from .measures import LONG_WORD_SYLLABLES, MEASURES

if TYPE_CHECKING:
    pass

# ---------------------------------------------------------------- words

# A word: letters or digits, joined by inner apostrophes or hyphens ("doesn't", "long-standing"),
# by . , : between digits ("3.5", "2,000") or by dots between single letters ("U.S", "a.m").
_TOKEN = re.compile(r"[^\W_]+(?:(?:['’\-]|(?<=\d)[.,:](?=\d)|(?<=\b[^\W\d_])\.(?=[^\W\d_]\b))[^\W_]+)*")


@cache
def _textstat(lang: str):  # -> textstat.textstat.textstatistics
    """A private textstat instance for ``lang``: the global ``set_lang`` would leak into other code."""
    from textstat.textstat import textstatistics

    instance = textstatistics()
    instance.set_lang({"en": "en_US", "es": "es"}[lang])
    return instance


@cache
def _easy_words(lang: str) -> frozenset[str]:
    from textstat.backend.utils import get_lang_easy_words

    return frozenset(get_lang_easy_words(lang))


_CONTRACTIONS = {"can't": "can", "won't": "will", "shan't": "shall", "ain't": "be"}
_CLITICS = ("n't", "'ll", "'re", "'ve", "'d", "'m", "'s", "'")
_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("ier", "y"),
    ("iest", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("er", "e"),
    ("est", ""),
    ("est", "e"),
)


def _stems(word: str) -> Iterable[str]:
    """Regular inflections the Dale-Chall rules count as familiar: -s, -es, -ies, -ed, -ing, -er, -est."""
    for suffix, replacement in _INFLECTIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)] + replacement
            yield stem
            if not replacement and len(stem) > 2 and stem[-1] == stem[-2]:
                yield stem[:-1]  # "stopped" -> "stop"


@lru_cache(maxsize=1 << 16)
def _familiar(word: str, lang: str) -> bool:
    easy = _easy_words(lang)
    if word in easy:
        return True
    if lang == "es":
        return any(word.endswith(s) and word[: -len(s)] in easy for s in ("es", "s"))
    word = _CONTRACTIONS.get(word, word)
    for clitic in _CLITICS:
        if word.endswith(clitic) and word[: -len(clitic)] in easy:
            return True
    return any(stem in easy for stem in _stems(word))


@dataclass(frozen=True)
class _Word:
    syllables: int
    letters: int  # letters and digits
    has_letter: bool
    capital: bool
    unfamiliar: bool  # before the rule that names are familiar


@lru_cache(maxsize=1 << 17)
def _word(token: str, lang: str) -> _Word:
    has_letter = _has_letter(token)
    low = token.lower().replace("’", "'")
    unfamiliar = has_letter and not all(_familiar(part, lang) for part in low.split("-") if part)
    letters = sum(map(str.isalnum, token))
    return _Word(count_syllables(token, lang), letters, has_letter, token[0].isupper(), unfamiliar)


# ---------------------------------------------------------------- counts


@dataclass(frozen=True)
class _SentenceCounts:
    sentence: Sentence
    words: int
    letter_words: int
    syllables: int
    letters: int
    long_words: tuple[str, ...]
    difficult_words: tuple[str, ...]
    names: frozenset[str]


@dataclass(frozen=True)
class _Counts:
    words: int = 0
    letter_words: int = 0
    sentences: int = 0
    syllables: int = 0
    letters: int = 0
    long_words: int = 0
    difficult_words: int = 0


def _count_sentence(sentence: Sentence, lang: str) -> _SentenceCounts:
    tokens = _TOKEN.findall(sentence.text)
    words = [_word(t, lang) for t in tokens]
    long_at = LONG_WORD_SYLLABLES[lang]
    # Names count as familiar (Dale-Chall's rule): a capital inside the sentence, or at its start
    # when the next word has one too ("Los Angeles").
    opens_name = len(words) > 1 and words[0].capital and words[1].capital
    letter_words = syllables = letters = 0
    long_words, difficult, names = [], [], set()
    for i, (token, w) in enumerate(zip(tokens, words, strict=True)):  # one pass over the words
        letter_words += w.has_letter
        syllables += w.syllables
        letters += w.letters
        if w.syllables >= long_at and w.has_letter:
            long_words.append(token)
        name = w.capital and w.has_letter and (i > 0 or opens_name)
        if name:
            names.add(token)
        elif w.unfamiliar:
            difficult.append(token)
    return _SentenceCounts(
        sentence=sentence,
        words=len(tokens),
        letter_words=letter_words,
        syllables=syllables,
        letters=letters,
        long_words=tuple(long_words),
        difficult_words=tuple(difficult),
        names=frozenset(names),
    )


def _total(parts: Iterable[_SentenceCounts]) -> _Counts:
    parts = [p for p in parts if p.words]
    return _Counts(
        words=sum(p.words for p in parts),
        letter_words=sum(p.letter_words for p in parts),
        sentences=len(parts),
        syllables=sum(p.syllables for p in parts),
        letters=sum(p.letters for p in parts),
        long_words=sum(len(p.long_words) for p in parts),
        difficult_words=sum(len(p.difficult_words) for p in parts),
    )


_SENTENCE_END = re.compile(r"[.!?…:;]['\"”’»)\]]*\s*$")
HEADING_MAX_WORDS = 12


def _is_subheading(sentence: Sentence, paragraphs: dict[int, tuple[int, int]]) -> bool:
    """A whole paragraph of a few words with no closing punctuation ("Introduction", "Related stories")."""
    if (sentence.start, sentence.end) != paragraphs[sentence.paragraph] or "\n" in sentence.text:
        return False
    return not _SENTENCE_END.search(sentence.text) and len(_TOKEN.findall(sentence.text)) <= HEADING_MAX_WORDS


def _scored_sentences(article: Article) -> list[Sentence]:
    """The body's prose sentences: subheadings are left out, as textstat drops pieces of 1-2 words.

    Falls back to every sentence when that leaves none (a one-line text reads as a headline).
    """
    paragraphs = {p.index: (p.start, p.end) for p in article.paragraphs}
    prose = [s for s in article.body_sentences if not _is_subheading(s, paragraphs)]
    return prose or article.body_sentences or article.sentences


def _scored(article: Article) -> list[Sentence]:
    return article._cached("scored sentences", lambda: _scored_sentences(article))


def _sentence_counts(article: Article, lang: str) -> list[_SentenceCounts]:
    """The counts of every scored sentence (worked out once per article and language)."""
    counts = article._cached(
        ("sentence counts", lang), lambda: tuple(_count_sentence(s, lang) for s in _scored(article))
    )
    return list(counts)


def _scored_span(article: Article) -> tuple[int, int]:
    """From the start of the first scored sentence to the end of the last ((0, 0) when there is none)."""
    scored = _scored(article)
    return (scored[0].start, scored[-1].end) if scored else (0, 0)


# What one word adds to each of the article's totals, packed into one int (a field of _FIELD_BITS bits a total):
# letter word, syllables, letters, long word, unfamiliar and lower-case (never a name), unfamiliar and capital
# (a name unless it opens a sentence alone), and words (set by the chunk's tally). A word never spans white space,
# so the totals are one C-level sum over the text's chunks between white space, each chunk worked out once.
_FIELD_BITS = 48  # no text has 2**48 letters
_FIELDS = 7


def _packed_tally(token: str, lang: str) -> int:
    w = _word(token, lang)
    long_word = w.syllables >= LONG_WORD_SYLLABLES[lang] and w.has_letter
    unfamiliar_capital = w.unfamiliar and w.capital
    fields = (w.has_letter, w.syllables, w.letters, long_word, w.unfamiliar and not w.capital, unfamiliar_capital)
    return sum(int(value) << (_FIELD_BITS * i) for i, value in enumerate(fields))


def _unpacked(total: int) -> list[int]:
    mask = (1 << _FIELD_BITS) - 1
    return [(total >> (_FIELD_BITS * i)) & mask for i in range(_FIELDS)]


_TALLIES = {lang: lru_cache(maxsize=1 << 17)(partial(_packed_tally, lang=lang)) for lang in MEASURES}
_UNFAMILIAR_CAPITAL = 1 << (_FIELD_BITS * 5)


def _packed_chunk(chunk: str, lang: str) -> int:
    words = _TOKEN.findall(chunk)
    return sum(map(_TALLIES[lang], words)) + (len(words) << (_FIELD_BITS * 6))


_CHUNK_TALLIES = {lang: lru_cache(maxsize=1 << 16)(partial(_packed_chunk, lang=lang)) for lang in MEASURES}


def _article_total(article: Article, lang: str) -> _Counts:
    """The totals of :func:`_total` over every scored sentence, without the counts of each sentence.

    A capital word is a name except when it opens its sentence and the next word has none, so the per-word sums
    need one look at each sentence's first two words.
    """
    if ("sentence counts", lang) in article.__dict__.get("_analyses", {}):
        return _total(_sentence_counts(article, lang))
    return article._cached(("article total", lang), lambda: _tally_total(_scored(article), lang))


def _tally_total(sentences: list[Sentence], lang: str) -> _Counts:
    tally = _TALLIES[lang]
    total = sum(map(_CHUNK_TALLIES[lang], " ".join([s.text for s in sentences]).split()))
    letter_words, syllables, letters, long_words, difficult, _, words = _unpacked(total)
    openers = 0  # an unfamiliar capital opening a sentence is a name only when the next word has a capital too
    counted = 0
    for sentence in sentences:
        first = _TOKEN.search(sentence.text)
        if first is None:
            continue
        counted += 1
        if tally(first.group()) & _UNFAMILIAR_CAPITAL:
            second = _TOKEN.search(sentence.text, first.end())
            openers += not (second and second.group()[0].isupper())
    return _Counts(
        words=words,
        letter_words=letter_words,
        sentences=counted,
        syllables=syllables,
        letters=letters,
        long_words=long_words,
        difficult_words=difficult + openers,
    )


def _resolve_lang(article: Article, lang: str | None) -> str:
    chosen = (lang or article.lang or "en").lower().split("_")[0].split("-")[0]
    if chosen not in MEASURES:
        raise InvalidOptionError(f"lang={lang or article.lang!r} is not supported: use lang='en' or lang='es'.")
    return chosen
