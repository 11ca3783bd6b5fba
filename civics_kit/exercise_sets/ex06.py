"""ex06 · Timeline and context: what the seed article dates, what goes stale, and what happened next.

Goes with lesson 06 (exercises/06-timeline-and-context.ipynb). Expected answers
are computed from the kit's timeline functions when a student checks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..chronology import context_timeline, time_expressions
from ..dates import month_name
from ..exercises import Choice, Date, Discuss, ExerciseSet, Labelling, Number, Predict
from ._common import seed, seed_text

__all__ = ["EXERCISES"]


def expression_count() -> int:
    """Time expressions the kit finds in the seed."""
    return len(time_expressions(seed()))


def today_forms() -> list[str]:
    """The day 'today' stands for: its TIMEX3 value and the usual ways of writing that day."""
    rows = time_expressions(seed())
    value = rows.loc[rows["text"].str.lower() == "today", "value"].iloc[0]
    day = dt.date.fromisoformat(value)
    month = month_name(day)
    return [value, f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}", f"{month} {day.day} {day.year}"]


def changed_count() -> int:
    """Events in the seed's context timeline that changed what a reader on the publication day was told."""
    return int(context_timeline(seed())["changes"].sum())


predict_expressions = Predict(
    "predict_expressions",
    title="Predict the time expressions",
    hints=("Any honest guess counts. Think of words like 'today', 'recently', years and durations.",),
)
predict_changes = Predict(
    "predict_changes",
    title="Predict the changes",
    hints=("Any honest guess counts: how often did this policy change after 2011?",),
)

QUESTIONS: list[Any] = [
    predict_expressions,
    Number(
        "expression_count",
        expression_count,
        what="the number of time expressions the kit finds in the article",
        predicted_by=predict_expressions,
        reflect="what does this number not tell you? (For example: which of them depend on the date the post "
        "was published.)",
        hints=("`time_expressions(article)` returns one row per expression.", "`len(time_expressions(article))`"),
        solution="```python\nexpression_count = len(time_expressions(article))\n```",
    ),
    Date(
        "today_is",
        lambda: today_forms()[0],
        hints=(
            "Find the row whose `text` is 'today' and read its `value`.",
            "`expressions.loc[expressions['text'] == 'today', 'value'].iloc[0]`",
        ),
        solution="```python\nexpressions = time_expressions(article)\n"
        "today_is = expressions.loc[expressions['text'] == 'today', 'value'].iloc[0]\n```\n"
        "'today' is the day the post was published: Tuesday 7 June 2011.",
    ),
    Labelling(
        "stale",
        {
            "voted 11-1 today": "misleads",
            "goes to the Senate next": "misleads",
            "at present": "misleads",
            "began rolling out in 2008": "still fine",
            "long-standing policy": None,
        },
        ("misleads", "still fine"),
        notes={
            "voted 11-1 today": "reshared years later, 'today' would seem to be the reader's today.",
            "goes to the Senate next": "the bill's next step happened long ago; it was later rewritten and vetoed.",
            "at present": "'at present' meant June 2011; the federal rules changed several times after.",
            "began rolling out in 2008": "a year written out stays true whenever you read it.",
            "long-standing policy": "it was long-standing in 2011; whether it still stands today is a question to "
            "check, so either label is fine with a reason.",
        },
        hints=(
            "Imagine the post shared today with no date on it. Which words would a reader take to mean *now*?",
            "`date_dependent(article)` lists the sentences whose meaning depends on the publication date.",
        ),
        solution="```python\nstale = {\n    'voted 11-1 today': 'misleads',\n"
        "    'goes to the Senate next': 'misleads',\n"
        "    'at present': 'misleads',\n    'began rolling out in 2008': 'still fine',\n"
        "    'long-standing policy': ('misleads', 'it may have changed since 2011'),\n}\n```",
    ),
    predict_changes,
    Number(
        "changed_count",
        changed_count,
        what="the number of events in the context timeline that changed what a reader in June 2011 was told",
        predicted_by=predict_changes,
        reflect="what does this number not tell you? (For example: which events happened after the last one in "
        "the table, or what the program's status is today.)",
        hints=(
            "`context_timeline(article)` has a column `changes` that is True or False.",
            "`context_timeline(article)['changes'].sum()`",
        ),
        solution="```python\nchanged_count = context_timeline(article)['changes'].sum()\n```",
    ),
    Choice(
        "federal_next",
        {
            "A": "nothing changed: it runs the same way today",
            "B": "the state agreements were voided in 2011; the program was ended in 2014, replaced in 2015, restored "
            "in 2017, and the order that restored it was revoked in 2021",
            "C": "the program ended in 2011 because of the governors",
            "D": "California's bill ended the program everywhere",
        },
        "B",
        explanations={
            "A": "The context timeline lists several federal changes after 2011.",
            "B": "Each step is in the context timeline with its source: ICE's letter (2011), the Johnson memo "
            "(2014), PEP (2015), Executive Order 13768 (2017), its revocation (2021).",
            "C": "In 2011 the federal government said the states could not opt out, and voided their agreements.",
            "D": "A state law applies in one state only, and AB 1081 was vetoed.",
        },
        hints=("Filter the context timeline to the federal side: `context[context['side'] == 'federal']`.",),
        solution="**B**. Policy changes with administrations.",
    ),
    Choice(
        "state_next",
        {
            "A": "it became law in 2011",
            "B": "it was rewritten in 2012 into a bill on immigration holds and vetoed; the TRUST Act (AB 4) was "
            "signed in 2013 and SB 54 in 2017",
            "C": "the state Senate rejected it the next week",
            "D": "nothing more is known",
        },
        "B",
        explanations={
            "A": "It did not pass the Senate in 2011.",
            "B": "The context timeline: rewritten 14 May 2012, vetoed 30 September 2012; AB 4 signed 5 October "
            "2013; SB 54 signed 5 October 2017.",
            "C": "A Senate committee passed it 5-2 on 14 June 2011.",
            "D": "The legislature's record follows the bill to the Governor's veto.",
        },
        hints=("Filter the context timeline to the state side and look for AB 1081, AB 4 and SB 54.",),
        solution="**B**.",
    ),
    Discuss(
        "reshare_note",
        seed_text,
        hints=(
            "Pick one sentence that would mislead without its date.",
            "What would you add to the post, in a few words, before sharing it?",
        ),
        solution='A model answer: before resharing I would add the date, because "The City Council voted 11-1 '
        'today" and "goes to the Senate next" describe June 2011. The bill was later rewritten and vetoed, and the '
        "federal program was ended, replaced and restored, so a reader should check its current status rather "
        "than trust a 2011 post about it.",
    ),
]

EXERCISES = ExerciseSet("ex06", "Timeline and context", QUESTIONS)
