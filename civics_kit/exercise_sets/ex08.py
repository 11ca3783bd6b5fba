"""ex08 · How hard is it to read: the reading level, the hardest sentence, a rewrite with a fact lock.

Goes with lesson 08 (exercises/08-how-hard-is-it-to-read.ipynb). Grades and the
hardest sentence are computed with the kit's readability functions when a
student checks.
"""

from __future__ import annotations

import warnings
from typing import Any

from ..complexity import hardest_sentences, reading_level
from ..errors import ShortTextWarning
from ..exercises import Choice, Discuss, ExerciseSet, Number, Predict, Text
from ._common import seed, seed_text

__all__ = ["BANDS", "EXERCISES", "REWRITES"]

BANDS = ("K-1", "2-3", "4-5", "6-8", "9-10", "11-CCR", "college")

# Rewrites of the seed's hardest sentence, written for this exercise; only B keeps every name and number.
REWRITES = {
    "A": "A former police chief said the program has gone far astray from its purpose.",
    "B": "Bernard Parks is a City Councilman. He is a former Los Angeles police chief. He introduced the motion "
    "supporting the state legislation. He said the program was meant to target undocumented immigrants convicted "
    "of violent crimes. But he said it has gone far astray from its original purpose.",
    "C": "Parks said the program targets criminals, and it has gone wrong.",
    "D": "City Councilman Bernard Parks said the program catches the wrong people.",
}


def fk_grade(text: Any) -> float:
    """The Flesch-Kincaid grade the kit gives a text or an article (rough for a short text: no warning here)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ShortTextWarning)
        return float(reading_level(text)["grade"].iloc[0])


def seed_band() -> str:
    """The CCSS grade band of the seed's Flesch-Kincaid grade."""
    return str(reading_level(seed())["band"].iloc[0])


def hardest_text() -> list[str]:
    """The seed's hardest sentence, with or without its final full stop."""
    text = str(hardest_sentences(seed(), n=1)["text"].iloc[0])
    return [text, text.rstrip(".")]


predict_grade = Predict(
    "predict_grade",
    title="Predict the grade",
    hints=("Any honest guess counts: which school grade could read this article easily?",),
)
predict_rewrite = Predict(
    "predict_rewrite_grade",
    title="Predict the rewrite's grade",
    hints=("Any honest guess counts: shorter sentences, same words.",),
)

QUESTIONS: list[Any] = [
    predict_grade,
    Number(
        "fk_grade",
        lambda: fk_grade(seed()),
        tolerance=0.5,
        what="the article's Flesch-Kincaid grade",
        predicted_by=predict_grade,
        reflect="what does this number not tell you? (For example: whether the article is accurate or fair, or "
        "how hard the subject is for someone who knows it.)",
        hints=("`reading_level(article)` has a `grade` column.", "`reading_level(article)['grade'].iloc[0]`"),
        solution="```python\nfk_grade = reading_level(article)['grade'].iloc[0]\n```",
    ),
    Text(
        "band",
        seed_band,
        choices=BANDS,
        explanations={
            "11-ccr": "The 11-CCR band ends at about grade 14; this grade is above it.",
            "9-10": "Grades 9-10 are well below this article's grade.",
        },
        hints=("`reading_level(article)` has a `band` column.",),
        solution="```python\nband = reading_level(article)['band'].iloc[0]\n```",
    ),
    Text(
        "hardest",
        hardest_text,
        hints=(
            "`hardest_sentences(article, n=1)` gives the hardest sentence and why.",
            "`hardest_sentences(article, n=1)['text'].iloc[0]`",
        ),
        solution="```python\nhardest = hardest_sentences(article, n=1)['text'].iloc[0]\n```",
    ),
    Choice(
        "why_hard",
        {
            "A": "it is longer than the article's typical sentence",
            "B": "it has several long words (three syllables or more)",
            "C": "it has many words that are not on a list of familiar words",
            "D": "it is full of numbers",
        },
        ["A", "B", "C"],
        explanations={
            "A": "Long sentences are one half of the Flesch-Kincaid formula.",
            "B": "Long words are the other half.",
            "C": "The Dale-Chall measure counts unfamiliar words.",
            "D": "It has no numbers at all.",
        },
        multiple=True,
        hints=("Read the `reason` column of `hardest_sentences(article, n=1)`.",),
        solution="**A, B and C**, as the `reason` column says.",
    ),
    Choice(
        "fact_lock",
        REWRITES,
        "B",
        explanations={
            "A": "It drops the name 'Bernard Parks': a reader no longer knows who said it.",
            "B": "Every name survives; only the sentences are shorter.",
            "C": "It drops 'violent crimes' and 'undocumented immigrants' and changes what Parks said.",
            "D": "It changes what Parks said ('catches the wrong people' is not in the article).",
        },
        hints=("A rewrite counts only if every name and every fact survives.",),
        solution="**B**: shorter sentences, the same names and facts.",
    ),
    predict_rewrite,
    Number(
        "rewrite_grade",
        lambda: fk_grade(REWRITES["B"]),
        tolerance=0.5,
        what="the Flesch-Kincaid grade of rewrite B",
        predicted_by=predict_rewrite,
        reflect="what does this number not tell you? Is the rewrite more accurate than the original?",
        hints=("`reading_level` also takes plain text.", "`reading_level(rewrite_b)['grade'].iloc[0]`"),
        solution="```python\nrewrite_grade = reading_level(rewrite_b)['grade'].iloc[0]\n```",
    ),
    Choice(
        "not_credibility",
        {
            "A": "it is easier to read; that says nothing about whether it is accurate or fair",
            "B": "it is more accurate",
            "C": "it is more biased",
            "D": "it is only for young readers",
        },
        "A",
        explanations={
            "A": "Readability measures sentence and word length, nothing else.",
            "B": "The formula never looks at facts.",
            "C": "The formula never looks at slant.",
            "D": "Plain writing helps every reader, adults included.",
        },
        hints=("What does the Flesch-Kincaid formula count?",),
        solution="**A**: readability is not credibility.",
    ),
    Discuss(
        "readability_credibility",
        seed_text,
        hints=("Pick a hard sentence of the article. What makes it hard, and would a simpler version be less true?",),
        solution="A model answer: the sentence about Parks is hard because it packs his title, his past job, his "
        'motion and his view into one: "City Councilman Bernard Parks, a former Los Angeles police chief who '
        'introduced the motion". Splitting it makes it easier without making it more or less true: readability '
        "measures length, not accuracy or fairness.",
    ),
]

EXERCISES = ExerciseSet("ex08", "How hard is it to read", QUESTIONS)
