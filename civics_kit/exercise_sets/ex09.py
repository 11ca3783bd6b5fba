"""ex09 · Bring your own article: the whole toolkit on the kit's neutral example article, then your own.

Goes with lesson 09 (exercises/09-bring-your-own-article.ipynb). The example is
``seeds/example_library_budget.txt``, a fictional article written for the kit.
Expected answers are computed with the kit's functions when a student checks.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from ..article import Article, load_article
from ..chronology import time_expressions
from ..dates import month_name
from ..exercises import Choice, Date, Discuss, ExerciseSet, Labelling, Name, Number, Predict, parse_date
from ..quotation import quote_share
from ._common import seed

__all__ = ["EXAMPLE", "EXERCISES", "publication_date"]

EXAMPLE = "example_library_budget"


@cache
def example() -> Article:
    """The kit's neutral example article (fictional), loaded once."""
    return load_article(EXAMPLE)


def both_texts() -> str:
    """The seed and the example: a comparison may cite either."""
    return seed().text + "\n\n" + example().text


def example_words() -> int:
    """Words in the example's body."""
    return example().word_count


def example_top_speaker() -> str:
    """The speaker with the largest share of quoted words in the example."""
    return str(quote_share(example()).iloc[0]["speaker"])


def example_today() -> list[str]:
    """The day 'today' stands for in the example: its TIMEX3 value and the day written out."""
    rows = time_expressions(example())
    value = rows.loc[rows["text"].str.lower() == "today", "value"].iloc[0]
    day = dt.date.fromisoformat(value)
    month = month_name(day)
    return [value, f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}", f"{month} {day.day} {day.year}"]


def publication_date(text: str) -> str | None:
    """``MY_DATE`` as an ISO date (2025-01-14) from any common form, or None with one line that says why."""
    if not str(text).strip():
        return None
    day = parse_date(str(text))
    if day is None:
        print(f"I cannot read the date {str(text)!r}: write it like 2025-01-14. Your article is loaded without it.")
        return None
    return day.isoformat()


predict_words = Predict(
    "predict_words",
    title="Predict the length",
    hints=("Any honest guess counts. The seed's body has about 500 words; is this one longer or shorter?",),
)

QUESTIONS: list[Any] = [
    predict_words,
    Number(
        "example_words",
        example_words,
        tolerance=10,
        what="the number of words in the example's body",
        close_note="Your count differs a little from `example.word_count`: ways of counting words differ.",
        predicted_by=predict_words,
        reflect="what does this number not tell you? (For example: whether the story is complete or fair.)",
        hints=("The article object counts its own words.", "`example.word_count`"),
        solution="```python\nexample_words = example.word_count\n```",
    ),
    Name(
        "example_most_quoted",
        example_top_speaker,
        hints=(
            "`quote_share(example)` is sorted with the largest share first.",
            "`quote_share(example).iloc[0]['speaker']`",
        ),
        solution="```python\nexample_most_quoted = quote_share(example).iloc[0]['speaker']\n```\nLook at the "
        "shares: the top speakers are close, so counting another way could change the order.",
    ),
    Labelling(
        "example_sources",
        {
            "Alma Reyes": "named",
            "Tom Brandt": "named",
            "Priya Natarajan": "named",
            "city budget analyst": "unnamed",
            "the library": None,
        },
        ("named", "unnamed"),
        notes={
            "Alma Reyes": "named in full, with her job (Library Director).",
            "Tom Brandt": "named in full, as a council member.",
            "Priya Natarajan": "named in full, as a council member.",
            "city budget analyst": "'asked not to be named': the article says why, which is good practice.",
            "the library": "an institution is named, but no person: either label is fine with a reason.",
        },
        hints=(
            "`voices(example)` lists the speakers the kit finds, with `named`.",
            "The analyst 'asked not to be named'.",
        ),
        solution="```python\nexample_sources = {\n    'Alma Reyes': 'named', 'Tom Brandt': 'named', "
        "'Priya Natarajan': 'named',\n    'city budget analyst': 'unnamed',\n"
        "    'the library': ('named', 'the institution is named'),\n}\n```",
    ),
    Choice(
        "harder",
        {"A": "the seed article", "B": "the example article", "C": "they are about the same"},
        "A",
        explanations={
            "A": "Its Flesch-Kincaid grade is several grades higher: longer sentences and longer words.",
            "B": "Compare `reading_level(article)` and `reading_level(example)`: the example's grade is lower.",
            "C": "The two grades are several grades apart.",
        },
        hints=("Compare `reading_level(article)` with `reading_level(example)`.",),
        solution="**A**, the seed. Neither grade says which article is more accurate.",
    ),
    Date(
        "example_today",
        lambda: example_today()[0],
        hints=(
            "`time_expressions(example)` has a row whose `text` is 'today'; its `value` is the date.",
            "`time_expressions(example).query(\"text == 'today'\")['value'].iloc[0]`",
        ),
        solution="```python\nexpressions = time_expressions(example)\n"
        "example_today = expressions.loc[expressions['text'] == 'today', 'value'].iloc[0]\n```\n\n"
        "The example was published on 13 March 2024, so 'today' is that day.",
    ),
    Choice(
        "example_stale",
        {
            "A": "'for the first time since 2019'",
            "B": "'whose board is expected to approve the new schedule today'",
            "C": "'Eleven of them backed the plan'",
            "D": "'most of the 80 seats in the council chamber'",
        },
        "B",
        explanations={
            "A": "A year written out means the same whenever you read it.",
            "B": "'today' is 13 March 2024; shared later without the date, a reader would think it is their today.",
            "C": "It reports a count at the meeting; no time word depends on the date.",
            "D": "A count of seats; no time word.",
        },
        hints=("Look for a time word that only makes sense with the publication date.",),
        solution="**B**. `date_dependent(example)` lists every such sentence.",
    ),
    Discuss(
        "side_by_side",
        both_texts,
        hints=(
            "Compare one figure for both articles: quote share, grade, or how many sources are unnamed.",
            "Say what the comparison does not tell you.",
        ),
        solution="A model answer: the seed is much harder to read than the example, and in the seed one speaker "
        "has about half the quoted words while in the example four speakers share them. The example also says why "
        'a source is unnamed ("asked not to be named because she was not authorized"), while the seed\'s '
        '"critics" and "federal officials" get no reason. None of these figures says which article is accurate: '
        "they tell me where to look.",
    ),
]

EXERCISES = ExerciseSet("ex09", "Bring your own article", QUESTIONS)
