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

from .counting import _textstat  # noqa: F401  (the private textstat instance, for the comparison in tests)
from .measures import (  # noqa: F401
    CCSS_BANDS,
    HEADLINE_MEASURE,
    INFLESZ_BANDS,
    LONG_WORD_SYLLABLES,
    MEASURES,
    PARAGRAPH_MIN_SENTENCES,
    PARAGRAPH_MIN_WORDS,
    READABILITY_COLUMNS,
    grade_band,
    inflesz_band,
    unscored_note,
)
from .tables import compare_textstat, hardest_sentences, readability, reading_level, text_stats

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
