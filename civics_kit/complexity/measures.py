"""The measures: grade bands, formulas with their published constants, and what a score means."""

from __future__ import annotations

import itertools
import math
import warnings
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..errors import ShortTextWarning

if TYPE_CHECKING:
    from .counting import _Counts

    pass


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


def unscored_note(lang: str | None) -> str | None:
    """Why an article in ``lang`` gets no readability rows, or None when the formulas cover it."""
    if lang in MEASURES:
        return None
    from ..language import language_name  # a base module; imported here to keep this module's imports light

    return f"Readability reads English and Spanish only, so this {language_name(lang)} article is not scored."


"""The measures :func:`readability` reports, per language, in the order of its rows."""

HEADLINE_MEASURE = {"en": "Flesch-Kincaid grade", "es": "Szigriszt-Pazos"}
NORMED_WORDS = 100  # every formula here was fitted on passages of 100 words or more
SMOG_SENTENCES = 30  # SMOG was normed on 30-sentence samples
SMOG_MIN_SENTENCES = 10  # below this, scaling the polysyllable count up to 30 sentences is guesswork
PARAGRAPH_MIN_WORDS = 100
PARAGRAPH_MIN_SENTENCES = 3
LONG_WORD_SYLLABLES = {"en": 3, "es": 4}  # Spanish words are longer: 3 syllables is ordinary there

READABILITY_COLUMNS = tuple(  # the columns of readability(), in order
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


# ---------------------------------------------------------------- bands and meanings


@cache
def _band_cuts() -> tuple[tuple[float, str], ...]:
    cuts = [(CCSS_BANDS[0][1], "K-1")]
    for (name, _, high), (_, next_low, _) in itertools.pairwise(CCSS_BANDS):
        cuts.append(((next_low + high) / 2, name))
    cuts.append((CCSS_BANDS[-1][2], CCSS_BANDS[-1][0]))
    return tuple(cuts)


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
