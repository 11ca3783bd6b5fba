"""The public readability functions: each builds a tidy DataFrame from the counts and the measures."""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..article import Article, as_article
from ..errors import ArticleTypeError, InvalidOptionError
from ..syllables import syllable_method
from .counting import (
    _article_total,
    _Counts,
    _resolve_lang,
    _scored_span,
    _sentence_counts,
    _SentenceCounts,
    _textstat,
    _total,
)
from .measures import (
    _HARDEST_COLUMNS,
    _LEVEL_COLUMNS,
    _STATS_COLUMNS,
    HEADLINE_MEASURE,
    LONG_WORD_SYLLABLES,
    MEASURES,
    PARAGRAPH_MIN_SENTENCES,
    PARAGRAPH_MIN_WORDS,
    READABILITY_COLUMNS,
    _Score,
    _scores,
    _undefined,
    _warn_if_short,
)

if TYPE_CHECKING:
    import pandas as pd

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
    return _frame(readability_records(article, by, lang), READABILITY_COLUMNS)


def readability_records(article: Article | str, by: str = "article", lang: str | None = None) -> list[dict]:
    """The rows of :func:`readability` as plain records (dictionaries keyed by its columns), before the frame."""
    article = as_article(article)
    lang = _resolve_lang(article, lang)
    if by == "article":
        total = _article_total(article, lang)
        _warn_if_short(total, lang)
        start, end = _scored_span(article)
        return _rows_for("article", 0, start, end, total, _scores(total, lang), lang)
    if by == "paragraph":
        return _by_paragraph(article, _sentence_counts(article, lang), lang)
    if by == "sentence":
        return _by_sentence(_sentence_counts(article, lang), lang)
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
    if by == "article":
        start, end = _scored_span(article)
        return _frame([_stats_row("article", 0, start, end, _article_total(article, lang), lang)], _STATS_COLUMNS)
    counts = _sentence_counts(article, lang)
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
