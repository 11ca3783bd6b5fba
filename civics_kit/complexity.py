"""How hard is an article to read? Grade levels a teacher can trust and reasons a student can act on.

An analysis (pure functions, no drawing or printing). Counts come from the
kit's own sentences (:attr:`Article.body_sentences`, from the news-aware
splitter) and word rules tuned for news; syllables from :mod:`civics_kit.syllables`
(the CMU dictionary, then vowel-group rules). textstat 0.7.8 (pinned: later
releases download NLTK data and fail offline) supplies the Dale-Chall and
Spanish word lists and the plain comparison, through a private
``textstatistics()`` instance per language, never the global ``set_lang``.
The formulas use their published constants.

Public functions:

- :func:`readability`: one row per measure (or per paragraph and measure, or
  per sentence), with a US grade, a CCSS grade band and a plain meaning.
- :func:`reading_level`: the headline, the CCSS band of the Flesch-Kincaid
  grade (Spanish: the INFLESZ band of Szigriszt-Pazos).
- :func:`text_stats`: words, sentences, syllables, long and unfamiliar words.
- :func:`hardest_sentences`: the sentences to rewrite first, and why.

Band rule: the CCSS text-complexity ranges for Flesch-Kincaid overlap, so a
grade falls in the band below an overlap when it is under the overlap's
midpoint and in the band above otherwise; under 1.98 is "K-1", over 14.2 is
"college" (see :data:`CCSS_BANDS` and :func:`grade_band`).
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .article import Article, Sentence, as_article
from .errors import ArticleTypeError, InvalidOptionError, ShortTextWarning
from .syllables import count_syllables, syllable_method
from .syllables import has_letter as _has_letter

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CCSS_BANDS",
    "INFLESZ_BANDS",
    "MEASURES",
    "compare_textstat",
    "grade_band",
    "hardest_sentences",
    "inflesz_band",
    "readability",
    "reading_level",
    "text_stats",
]

CCSS_BANDS: tuple[tuple[str, float, float], ...] = (
    ("2-3", 1.98, 5.34),
    ("4-5", 4.51, 7.73),
    ("6-8", 6.51, 10.34),
    ("9-10", 8.32, 12.12),
    ("11-CCR", 10.34, 14.2),
)
"""CCSS text-complexity Flesch-Kincaid ranges per grade band (Common Core Appendix A, 2012 supplement)."""

INFLESZ_BANDS: tuple[tuple[float, str], ...] = (
    (40.0, "very difficult"),
    (55.0, "somewhat difficult"),
    (65.0, "normal"),
    (80.0, "fairly easy"),
    (math.inf, "very easy"),
)
"""INFLESZ scale (Barrio-Cantalejo 2008) for Szigriszt-Pazos: each band runs up to (not including) its bound."""

MEASURES: dict[str, tuple[str, ...]] = {
    "en": (
        "Flesch Reading Ease",
        "Flesch-Kincaid grade",
        "Gunning fog",
        "SMOG",
        "Coleman-Liau",
        "ARI",
        "New Dale-Chall",
    ),
    "es": ("Fernandez-Huerta", "Szigriszt-Pazos"),
}
"""The measures :func:`readability` reports, per language, in the order of its rows."""

HEADLINE_MEASURE = {"en": "Flesch-Kincaid grade", "es": "Szigriszt-Pazos"}
NORMED_WORDS = 100  # every formula here was fitted on passages of 100 words or more
SMOG_SENTENCES = 30  # SMOG was normed on 30-sentence samples
SMOG_MIN_SENTENCES = 10  # below this, scaling the polysyllable count up to 30 sentences is guesswork
PARAGRAPH_MIN_WORDS = 100
PARAGRAPH_MIN_SENTENCES = 3
LONG_WORD_SYLLABLES = {"en": 3, "es": 4}  # Spanish words are longer: 3 syllables is ordinary there

_COLUMNS = tuple(
    (
        "part index start end measure score grade band meaning words sentences syllables long_words "
        "difficult_words syllable_method lang note"
    ).split()
)
_STATS_COLUMNS = tuple(
    (
        "part index start end words sentences syllables letters long_words difficult_words words_per_sentence "
        "syllables_per_word long_word_share difficult_word_share syllable_method lang"
    ).split()
)
_HARDEST_COLUMNS = tuple(
    (
        "rank index paragraph start end text words median_words length_ratio long_words n_long_words "
        "difficult_words n_difficult_words load reason"
    ).split()
)
_LEVEL_COLUMNS = ("measure", "band", "grade", "score", "meaning", "words", "sentences", "lang", "note")

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
    letters = sum(c.isalnum() for c in token)
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
    names = [w.capital and w.has_letter and (i > 0 or opens_name) for i, w in enumerate(words)]
    return _SentenceCounts(
        sentence=sentence,
        words=len(tokens),
        letter_words=sum(w.has_letter for w in words),
        syllables=sum(w.syllables for w in words),
        letters=sum(w.letters for w in words),
        long_words=tuple(t for t, w in zip(tokens, words, strict=True) if w.syllables >= long_at and w.has_letter),
        difficult_words=tuple(t for t, w, name in zip(tokens, words, names, strict=True) if w.unfamiliar and not name),
        names=frozenset(t for t, name in zip(tokens, names, strict=True) if name),
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


def _sentence_counts(article: Article, lang: str) -> list[_SentenceCounts]:
    return [_count_sentence(s, lang) for s in _scored_sentences(article)]


def _resolve_lang(article: Article, lang: str | None) -> str:
    chosen = (lang or article.lang or "en").lower().split("_")[0].split("-")[0]
    if chosen not in MEASURES:
        raise InvalidOptionError(f"lang={lang or article.lang!r} is not supported: use lang='en' or lang='es'.")
    return chosen


# ---------------------------------------------------------------- bands and meanings


def _band_cuts() -> list[tuple[float, str]]:
    cuts = [(CCSS_BANDS[0][1], "K-1")]
    for (name, _, high), (_, next_low, _) in itertools.pairwise(CCSS_BANDS):
        cuts.append(((next_low + high) / 2, name))
    cuts.append((CCSS_BANDS[-1][2], CCSS_BANDS[-1][0]))
    return cuts


def grade_band(grade: float) -> str | None:
    """The CCSS grade band of a US grade: "K-1", "2-3", "4-5", "6-8", "9-10", "11-CCR" or "college".

    Overlaps between CCSS ranges are split at their midpoint (a grade under
    the midpoint takes the lower band); 14.2 itself is still "11-CCR".
    """
    if grade is None or math.isnan(grade):
        return None
    for bound, name in _band_cuts():
        if grade < bound or (name == CCSS_BANDS[-1][0] and grade <= bound):
            return name
    return "college"


def inflesz_band(score: float) -> str | None:
    """The INFLESZ band of a Spanish ease score (Szigriszt-Pazos; Fernandez-Huerta is read on the same scale)."""
    if score is None or math.isnan(score):
        return None
    return next(name for bound, name in INFLESZ_BANDS if score < bound)


_BAND_WORDS = {
    "K-1": "kindergarten to grade 1",
    "2-3": "grades 2-3, ages 7-9",
    "4-5": "grades 4-5, ages 9-11",
    "6-8": "grades 6-8, ages 11-14",
    "9-10": "grades 9-10, ages 14-16",
    "11-CCR": "grades 11-12, ready for college",
    "college": "college level, harder than most high-school reading",
}
_EASE_WORDS = ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "plain English"), (50, "fairly hard"))
_FLESCH_TABLE_GRADE = ((90, 5.0), (80, 6.0), (70, 7.0), (60, 8.5), (50, 11.0), (30, 14.5))  # Flesch (1949)
_DALE_CHALL_TABLE = (
    (5.0, 4.0, "grade 4 or below"),
    (6.0, 5.5, "grades 5-6"),
    (7.0, 7.5, "grades 7-8"),
    (8.0, 9.5, "grades 9-10"),
    (9.0, 11.5, "grades 11-12"),
    (10.0, 14.0, "college (grades 13-15)"),
    (math.inf, 16.0, "college graduate"),
)


def _ease_words(score: float) -> str:
    if score < 30:
        return "very hard"
    return next((words for bound, words in _EASE_WORDS if score >= bound), "hard")


def _grade_meaning(grade: float, band: str) -> str:
    if grade < 1:
        return "Very easy: an early reader could follow it."
    years = round(grade)
    plural = "s" if years != 1 else ""
    return f"A reader needs about {years} year{plural} of school to follow it easily ({_BAND_WORDS[band]})."


# ---------------------------------------------------------------- formulas


@dataclass(frozen=True)
class _Score:
    measure: str
    score: float
    grade: float
    band: str | None
    meaning: str | None
    note: str | None = None


def _undefined(measure: str, note: str) -> _Score:
    return _Score(measure, math.nan, math.nan, None, None, note)


def _graded(measure: str, grade: float, note: str | None = None) -> _Score:
    band = grade_band(grade)
    return _Score(measure, grade, grade, band, _grade_meaning(grade, band), note)


def _english_scores(c: _Counts) -> list[_Score]:
    wps, spw = c.words / c.sentences, c.syllables / c.words
    ease = 206.835 - 1.015 * wps - 84.6 * spw
    table_grade = next((g for bound, g in _FLESCH_TABLE_GRADE if ease >= bound), 16.0)
    difficult_pct = 100 * c.difficult_words / c.words
    dale_raw = 0.1579 * difficult_pct + 0.0496 * wps + (3.6365 if difficult_pct > 5 else 0.0)
    _, dale_grade, dale_range = next(row for row in _DALE_CHALL_TABLE if dale_raw < row[0])
    smog_note = None
    if c.sentences < SMOG_SENTENCES:
        smog_note = (
            f"Only {c.sentences} sentences: SMOG was normed on 30, so its polysyllable count was scaled up "
            "to 30 sentences; read it as rough."
        )
    return [
        _Score(
            "Flesch Reading Ease",
            ease,
            math.nan,
            grade_band(table_grade),
            f"It scores {ease:.0f} out of 100 for reading ease (higher is easier): {_ease_words(ease)}.",
        ),
        _graded("Flesch-Kincaid grade", 0.39 * wps + 11.8 * spw - 15.59),
        _graded("Gunning fog", 0.4 * (wps + 100 * c.long_words / c.words)),
        _graded("SMOG", 1.0430 * math.sqrt(c.long_words * SMOG_SENTENCES / c.sentences) + 3.1291, smog_note),
        _graded(
            "Coleman-Liau",
            0.0588 * (100 * c.letters / c.words) - 0.296 * (100 * c.sentences / c.words) - 15.8,
        ),
        _graded("ARI", 4.71 * c.letters / c.words + 0.5 * wps - 21.43),
        _Score(
            "New Dale-Chall",
            dale_raw,
            dale_grade,
            grade_band(dale_grade),
            f"{difficult_pct:.0f}% of its words are not on a list of about 3,000 words most 4th-graders know, "
            f"which puts it at {dale_range}.",
        ),
    ]


def _spanish_scores(c: _Counts) -> list[_Score]:
    wps, spw = c.words / c.sentences, c.syllables / c.words
    scores = []
    for measure, score in (
        ("Fernandez-Huerta", 206.84 - 60.0 * spw - 1.02 * wps),
        ("Szigriszt-Pazos", 206.835 - 62.3 * spw - wps),
    ):
        band = inflesz_band(score)
        meaning = f"It scores {score:.0f} out of 100 for reading ease in Spanish (higher is easier): {band}."
        scores.append(_Score(measure, score, math.nan, band, meaning))
    return scores


def _scores(c: _Counts, lang: str) -> list[_Score]:
    if c.words == 0:
        note = "No words to score: the text is empty or holds only punctuation."
        return [_undefined(m, note) for m in MEASURES[lang]]
    if c.letter_words == 0:
        note = "No words made of letters (only numbers): readability formulas need words."
        return [_undefined(m, note) for m in MEASURES[lang]]
    return _spanish_scores(c) if lang == "es" else _english_scores(c)


def _warn_if_short(c: _Counts, lang: str) -> None:
    if c.letter_words == 0:
        return
    problems = []
    if c.words < NORMED_WORDS:
        problems.append(f"{c.words} words (the formulas were normed on passages of {NORMED_WORDS} or more)")
    if lang == "en" and c.sentences < SMOG_MIN_SENTENCES:
        problems.append(f"{c.sentences} sentences (SMOG needs at least {SMOG_MIN_SENTENCES}; it was normed on 30)")
    if problems:
        warnings.warn(
            "This text is short for readability formulas: " + " and ".join(problems) + ", so the scores are rough. "
            'Silence with warnings.simplefilter("ignore", civics_kit.ShortTextWarning).',
            ShortTextWarning,
            stacklevel=3,
        )


# ---------------------------------------------------------------- public functions


def _rows_for(part: str, index: int, start: int, end: int, c: _Counts, scores: Sequence[_Score], lang: str) -> list:
    method = syllable_method(lang)
    return [
        {
            "part": part,
            "index": index,
            "start": start,
            "end": end,
            "measure": s.measure,
            "score": round(s.score, 2),
            "grade": round(s.grade, 2),
            "band": s.band,
            "meaning": s.meaning,
            "words": c.words,
            "sentences": c.sentences,
            "syllables": c.syllables,
            "long_words": c.long_words,
            "difficult_words": c.difficult_words,
            "syllable_method": method,
            "lang": lang,
            "note": s.note,
        }
        for s in scores
    ]


def _frame(rows: list[dict], columns: Sequence[str]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(rows, columns=list(columns))


def _span_of(counts: Sequence[_SentenceCounts], article: Article) -> tuple[int, int]:
    if not counts:
        return 0, 0
    return counts[0].sentence.start, counts[-1].sentence.end


def _paragraph_totals(counts: list[_SentenceCounts]) -> list[tuple[int, _Counts]]:
    """Counts per paragraph, in order (sentences come grouped by paragraph)."""
    groups = itertools.groupby(counts, key=lambda c: c.sentence.paragraph)
    return [(index, _total(group)) for index, group in groups]


def _by_paragraph(article: Article, counts: list[_SentenceCounts], lang: str) -> list[dict]:
    paragraphs = {p.index: p for p in article.paragraphs}
    rows: list[dict] = []
    for index, total in _paragraph_totals(counts):
        paragraph = paragraphs[index]
        if total.words >= PARAGRAPH_MIN_WORDS or total.sentences >= PARAGRAPH_MIN_SENTENCES:
            scores = _scores(total, lang)
        else:
            note = (
                f"Too short to grade ({total.words} words, {total.sentences} sentence"
                f"{'s' if total.sentences != 1 else ''}): a paragraph needs about {PARAGRAPH_MIN_WORDS} words "
                f"or {PARAGRAPH_MIN_SENTENCES} sentences for a score that means something."
            )
            scores = [_undefined(m, note) for m in MEASURES[lang]]
        rows.extend(_rows_for("paragraph", index, paragraph.start, paragraph.end, total, scores, lang))
    return rows


def _by_sentence(counts: list[_SentenceCounts], lang: str) -> list[dict]:
    note = "No grade for one sentence: the formulas need a passage. See hardest_sentences() for why it is hard."
    rows: list[dict] = []
    for c in counts:
        total = _total([c])
        score = _Score(None, math.nan, math.nan, None, None, note)  # type: ignore[arg-type]
        rows.extend(_rows_for("sentence", c.sentence.index, c.sentence.start, c.sentence.end, total, [score], lang))
    return rows


def readability(article: Article | str, by: str = "article", lang: str | None = None) -> pd.DataFrame:
    """Readability measures of an article (or plain text), one row per measure and part.

    ``by``: "article" (one row per measure), "paragraph" (per body paragraph
    and measure; paragraphs under about 100 words and 3 sentences get NaN and
    a note) or "sentence" (one row per sentence, counts only: no grade).
    ``lang``: "en" or "es" (default: ``article.lang``).

    Columns: ``part`` (article/paragraph/sentence), ``index`` (paragraph or
    sentence number in the article; 0 for the article), ``start``/``end``
    (offsets into ``article.text``), ``measure``, ``score`` (the formula's
    value), ``grade`` (US school grade; NaN for ease scores and Spanish),
    ``band`` (CCSS grade band, see :func:`grade_band`; Spanish: INFLESZ band),
    ``meaning`` (one plain sentence), ``words``, ``sentences``, ``syllables``,
    ``long_words`` (3+ syllables; Spanish 4+), ``difficult_words`` (not on the
    familiar-word list), ``syllable_method``, ``lang`` and ``note`` (why a
    score is NaN or rough). Warns :class:`ShortTextWarning` (``by="article"``)
    when the text is shorter than the formulas were normed on.

    >>> import civics_kit as ck
    >>> article = ck.load_article()
    >>> scores = ck.readability(article).set_index("measure")["score"]
    >>> scores[["Flesch-Kincaid grade", "Flesch Reading Ease"]].tolist()
    [15.56, 30.38]
    >>> len(ck.readability(article, by="sentence")) == len(article.body_sentences)   # one row a sentence
    True
    """
    article = as_article(article)
    lang = _resolve_lang(article, lang)
    counts = _sentence_counts(article, lang)
    if by == "article":
        total = _total(counts)
        _warn_if_short(total, lang)
        start, end = _span_of(counts, article)
        return _frame(_rows_for("article", 0, start, end, total, _scores(total, lang), lang), _COLUMNS)
    if by == "paragraph":
        return _frame(_by_paragraph(article, counts, lang), _COLUMNS)
    if by == "sentence":
        return _frame(_by_sentence(counts, lang), _COLUMNS)
    raise InvalidOptionError(f"by={by!r} is not an option: use by='article', by='paragraph' or by='sentence'.")


def reading_level(article: Article | str, lang: str | None = None) -> pd.DataFrame:
    """The headline reading level: the CCSS band of the Flesch-Kincaid grade, in one row.

    Spanish: the INFLESZ band of Szigriszt-Pazos, with no US grade. Columns:
    ``measure``, ``band``, ``grade``, ``score``, ``meaning``, ``words``,
    ``sentences``, ``lang``, ``note``.

    >>> import civics_kit as ck
    >>> level = ck.reading_level(ck.load_article())
    >>> level["band"].tolist(), level["grade"].tolist()
    (['college'], [15.56])
    """
    table = readability(article, lang=lang)
    lang = table["lang"].iloc[0]
    row = table[table["measure"] == HEADLINE_MEASURE[lang]]
    return row.loc[:, list(_LEVEL_COLUMNS)].reset_index(drop=True)


def _stats_row(part: str, index: int, start: int, end: int, c: _Counts, lang: str) -> dict:
    def ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else math.nan

    return {
        "part": part,
        "index": index,
        "start": start,
        "end": end,
        "words": c.words,
        "sentences": c.sentences,
        "syllables": c.syllables,
        "letters": c.letters,
        "long_words": c.long_words,
        "difficult_words": c.difficult_words,
        "words_per_sentence": ratio(c.words, c.sentences),
        "syllables_per_word": ratio(c.syllables, c.words),
        "long_word_share": ratio(c.long_words, c.words),
        "difficult_word_share": ratio(c.difficult_words, c.words),
        "syllable_method": syllable_method(lang),
        "lang": lang,
    }


def text_stats(article: Article | str, by: str = "article", lang: str | None = None) -> pd.DataFrame:
    """The counts behind the scores, per article, paragraph or sentence.

    Columns: ``part``, ``index``, ``start``, ``end``, ``words``, ``sentences``
    (from the kit's splitter), ``syllables``, ``letters`` (letters and digits),
    ``long_words`` (3+ syllables; Spanish 4+), ``difficult_words`` (not on
    the Dale-Chall familiar list, names and numbers excepted; Spanish: not
    among textstat's 20,000 commonest words), ``words_per_sentence``,
    ``syllables_per_word``, ``long_word_share``, ``difficult_word_share``,
    ``syllable_method``, ``lang``. The article row is there even for empty text.

    >>> import civics_kit as ck
    >>> stats = ck.text_stats(ck.load_article())
    >>> stats[["words", "sentences", "syllables"]].values.tolist(), stats["words_per_sentence"].tolist()
    ([[500, 19, 885]], [26.316])
    """
    article = as_article(article)
    lang = _resolve_lang(article, lang)
    counts = _sentence_counts(article, lang)
    if by == "article":
        start, end = _span_of(counts, article)
        return _frame([_stats_row("article", 0, start, end, _total(counts), lang)], _STATS_COLUMNS)
    if by == "paragraph":
        paragraphs = {p.index: p for p in article.paragraphs}
        rows = []
        for index, total in _paragraph_totals(counts):
            p = paragraphs[index]
            rows.append(_stats_row("paragraph", index, p.start, p.end, total, lang))
        return _frame(rows, _STATS_COLUMNS)
    if by == "sentence":
        rows = [
            _stats_row("sentence", c.sentence.index, c.sentence.start, c.sentence.end, _total([c]), lang)
            for c in counts
        ]
        return _frame(rows, _STATS_COLUMNS)
    raise InvalidOptionError(f"by={by!r} is not an option: use by='article', by='paragraph' or by='sentence'.")


def _unique(words: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for word in words:
        seen.setdefault(word, None)
    return list(seen)


def _reason(c: _SentenceCounts, typical: tuple[float, float], words: tuple[list[str], list[str]], lang: str) -> str:
    """One plain sentence: length against the article's median, word length, long and unfamiliar words."""
    median, article_spw = typical
    long_words, difficult = words
    if median and c.words >= 1.25 * median:
        parts = [f"{c.words} words, {c.words / median:.1f} times the article's typical sentence ({median:g} words)"]
    else:
        parts = [f"{c.words} words (the article's typical sentence has {median:g})"]
    spw = c.syllables / c.words
    if spw >= 1.1 * article_spw:
        parts.append(f"long words on average ({spw:.1f} syllables a word; the article: {article_spw:.1f})")
    if long_words:
        parts.append(f"long words ({LONG_WORD_SYLLABLES[lang]}+ syllables, names left out): " + ", ".join(long_words))
    if difficult:
        parts.append("unfamiliar words: " + ", ".join(difficult))
    return "; ".join(parts) + "."


def hardest_sentences(article: Article | str, n: int = 5, lang: str | None = None) -> pd.DataFrame:
    """The ``n`` hardest sentences, hardest first, each with the reasons it is hard.

    Ranked by ``load`` = 0.39 x words + 11.8 x syllables per word (the two
    terms of the Flesch-Kincaid formula: long sentences and long words;
    Spanish: words + 62.3 x syllables per word, from Szigriszt-Pazos), ties
    broken by position. Not a grade: one sentence is too short for one.
    Columns: ``rank`` (1 = hardest), ``index`` (sentence number in
    ``article.sentences``), ``paragraph``, ``start``, ``end``, ``text``,
    ``words``, ``median_words`` (the article's median sentence length),
    ``length_ratio``, ``long_words`` (comma-separated, each once; names left
    out, since a student cannot replace "Los Angeles"), ``n_long_words``,
    ``difficult_words`` (unfamiliar words, comma-separated),
    ``n_difficult_words``, ``load`` and ``reason`` (a plain sentence).

    >>> import civics_kit as ck
    >>> article = ck.load_article()
    >>> hardest = ck.hardest_sentences(article, n=2)
    >>> hardest["words"].tolist()
    [40, 36]
    >>> article.text[hardest.start[0] : hardest.end[0]] == hardest.text[0]
    True
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise ArticleTypeError(f"n must be a whole number of sentences, not {type(n).__name__}.")
    article = as_article(article)
    lang = _resolve_lang(article, lang)
    counts = [c for c in _sentence_counts(article, lang) if c.letter_words]
    if not counts or n <= 0:
        return _frame([], _HARDEST_COLUMNS)
    median = statistics.median(c.words for c in counts)
    total = _total(counts)
    typical = (median, total.syllables / total.words)
    ranked = sorted(counts, key=lambda c: (-_load(c, lang), c.sentence.start))[:n]
    rows = []
    for rank, c in enumerate(ranked, start=1):
        long_words = _unique(w for w in c.long_words if w not in c.names)
        difficult = _unique(c.difficult_words)
        rows.append(
            {
                "rank": rank,
                "index": c.sentence.index,
                "paragraph": c.sentence.paragraph,
                "start": c.sentence.start,
                "end": c.sentence.end,
                "text": c.sentence.text,
                "words": c.words,
                "median_words": float(median),
                "length_ratio": round(c.words / median, 2),
                "long_words": ", ".join(long_words),
                "n_long_words": sum(1 for w in c.long_words if w not in c.names),
                "difficult_words": ", ".join(difficult),
                "n_difficult_words": len(c.difficult_words),
                "load": round(_load(c, lang), 2),
                "reason": _reason(c, typical, (long_words, difficult), lang),
            }
        )
    return _frame(rows, _HARDEST_COLUMNS)


def _load(c: _SentenceCounts, lang: str) -> float:
    """The two terms of the language's formula: Flesch-Kincaid's (English) or Szigriszt-Pazos's (Spanish)."""
    if lang == "es":
        return c.words + 62.3 * c.syllables / c.words
    return 0.39 * c.words + 11.8 * c.syllables / c.words


# ---------------------------------------------------------------- plain textstat, for comparison


_TEXTSTAT_METHODS = {
    "Flesch Reading Ease": "flesch_reading_ease",
    "Flesch-Kincaid grade": "flesch_kincaid_grade",
    "Gunning fog": "gunning_fog",
    "SMOG": "smog_index",
    "Coleman-Liau": "coleman_liau_index",
    "ARI": "automated_readability_index",
    "New Dale-Chall": "dale_chall_readability_score_v2",
    "Fernandez-Huerta": "fernandez_huerta",
    "Szigriszt-Pazos": "szigriszt_pazos",
}
_COMPARE_COLUMNS = tuple(
    "measure kit textstat difference kit_sentences textstat_sentences kit_words textstat_words".split()
)


def compare_textstat(article: Article | str, lang: str | None = None) -> pd.DataFrame:
    """The kit's scores next to plain textstat 0.7.8 on the same text (its private instance for ``lang``).

    textstat gets the whole text, as a user calling it directly would (so it
    also reads the headline and credit lines), and counts sentences, words and
    syllables its own way. Columns: ``measure``, ``kit``, ``textstat``,
    ``difference``, ``kit_sentences``, ``textstat_sentences``, ``kit_words``,
    ``textstat_words``.
    """
    article = as_article(article)
    kit = readability(article, lang=lang)
    lang = _resolve_lang(article, lang)
    ts, text = _textstat(lang), article.text
    rows = []
    for row in kit.itertuples(index=False):
        other = round(float(getattr(ts, _TEXTSTAT_METHODS[row.measure])(text)), 2)
        rows.append(
            {
                "measure": row.measure,
                "kit": row.score,
                "textstat": other,
                "difference": round(row.score - other, 2),
                "kit_sentences": row.sentences,
                "textstat_sentences": ts.sentence_count(text),
                "kit_words": row.words,
                "textstat_words": ts.lexicon_count(text),
            }
        )
    return _frame(rows, _COMPARE_COLUMNS)
