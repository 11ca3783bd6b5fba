"""ex03 · Words matter: attribution verbs, scare quotes, and loaded words in the reporter's voice.

Goes with lesson 03 (exercises/03-words-matter.ipynb). The count of attribution
verbs is computed from the kit's quotes when a student checks.
"""

from __future__ import annotations

from typing import Any

from ..exercises import Choice, Discuss, ExerciseSet, Labelling, Number, Predict
from ..quotation import quotes
from ._common import seed, seed_text

__all__ = ["EXERCISES"]


def said_count() -> int:
    """Quotations (scare quotes left out) whose attribution verb is plain 'said'."""
    rows = quotes(seed())
    rows = rows[rows["kind"] != "scare"]
    return int((rows["cue"] == "said").sum())


predict_said = Predict(
    "predict_said",
    title="Predict the plain verbs",
    hints=("Any honest guess counts. Reporters use 'said' a lot: why might that be?",),
)

QUESTIONS: list[Any] = [
    Labelling(
        "verb_labels",
        {"Parks said": "neutral", "saying": "neutral", "have said": "neutral", "blasted": "loaded", "found": None},
        ("neutral", "loaded"),
        notes={
            "Parks said": "'said' reports speech without judging it.",
            "saying": "a form of 'say': it reports without judging.",
            "have said": "a form of 'say': it reports without judging.",
            "blasted": "'blasted' paints the critics as angry and forceful; 'criticised' would report the same.",
            "found": "'found' presents a result as established. Some call it neutral (it is what reports do), "
            "others say it lends the figure authority: either label is fine with a reason.",
        },
        hints=(
            "A neutral verb tells you that someone spoke; a loaded one also tells you how to feel about it.",
            "Which verb would you not use about a calm, polite statement?",
        ),
        solution="```python\nverb_labels = {\n    'Parks said': 'neutral', 'saying': 'neutral',\n"
        "    'have said': 'neutral',\n"
        "    'blasted': 'loaded',\n    'found': ('neutral', 'it is how a report is usually described'),\n}\n```",
    ),
    predict_said,
    Number(
        "said_count",
        said_count,
        what="the number of quotations (scare quotes left out) attributed with plain 'said'",
        predicted_by=predict_said,
        reflect="what does this number not tell you? (For example: what words the reporter uses outside "
        "quotations, like 'blasted'.)",
        hints=(
            "Leave out the rows of `kind` 'scare', then count the rows whose `cue` is 'said'.",
            "`(rows['cue'] == 'said').sum()`",
        ),
        solution="```python\nrows = quotes(article)\nrows = rows[rows['kind'] != 'scare']\n"
        "said_count = (rows['cue'] == 'said').sum()\n```",
    ),
    Choice(
        "scare_quotes",
        {
            "A": "the reporter agrees that Los Angeles is a sanctuary city",
            "B": "they mark a label that someone else uses: here Parks says activists will use it",
            "C": "'sanctuary city' is the city's official legal status",
            "D": "the article quotes an activist saying it",
        },
        "B",
        explanations={
            "A": "Quotation marks around a label keep the writer's distance from it; they do not endorse it.",
            "B": "The marks show the words belong to others: in Parks' paraphrase, to the activists he expects "
            "to use them. The kit lists it as a `scare` quotation.",
            "C": "Nothing in the article says so; the marks say it is a label, not a status.",
            "D": "No activist is quoted: Parks predicts what they will say.",
        },
        hints=("Who is said to use the label, and is that person quoted?",),
        solution="**B**: a scare quote marks someone else's label.",
    ),
    Labelling(
        "whose_words",
        {
            "ferret out": "reporter",
            "deportable criminals": "reporter",
            "blasted": "reporter",
            "gone far astray": "source",
            "sanctuary city": "source",
            "anti-immigration activists": None,
        },
        ("reporter", "source"),
        notes={
            "ferret out": "it is in the reporter's own sentence about the program's idea; no one is quoted.",
            "deportable criminals": "the reporter's own words, in the same sentence.",
            "blasted": "the reporter's verb for what critics did.",
            "gone far astray": "inside the paraphrase of what Parks said.",
            "sanctuary city": "a label in quotation marks that Parks says activists will use.",
            "anti-immigration activists": "it is inside a paraphrase of Parks, so the wording may be his or the "
            "reporter's: either label is fine with a reason.",
        },
        hints=(
            "A word is the source's if it is inside a quotation or a paraphrase of someone ('X said ...').",
            "`quotes(article)` gives the `start` and `end` of every quotation and paraphrase.",
        ),
        solution="```python\nwhose_words = {\n    'ferret out': 'reporter', 'deportable criminals': 'reporter', "
        "'blasted': 'reporter',\n    'gone far astray': 'source', 'sanctuary city': 'source',\n"
        "    'anti-immigration activists': ('source', 'it is part of what Parks said'),\n}\n```",
    ),
    Choice(
        "neutral_blasted",
        {"A": "praised", "B": "criticised", "C": "destroyed", "D": "exposed"},
        "B",
        explanations={
            "A": "'praised' changes the meaning: the critics disapprove of the program.",
            "B": "'criticised' keeps the meaning and drops the heat.",
            "C": "'destroyed' is even more loaded.",
            "D": "'exposed' suggests they revealed a hidden truth: that takes a side.",
        },
        hints=("Keep the meaning, drop the feeling.",),
        solution="**B**, criticised: 'But critics have criticised Secure Communities for ...'.",
    ),
    Choice(
        "same_way",
        {
            "A": "treat every label the same way: put each in quotation marks with who uses it, or describe the "
            "thing in plain words",
            "B": "put quotation marks only around labels you disagree with",
            "C": "leave labels out of news altogether, quotations included",
            "D": "use each side's favourite label for the other side",
        },
        "A",
        explanations={
            "A": "'sanctuary city' gets quotation marks and an owner; 'deportable criminals' gets neither. A fair "
            "rule treats both alike, whichever side each comes from.",
            "B": "That would let the reporter's own view decide the marks.",
            "C": "Quoting what people say, labels included, is part of reporting; what matters is marking whose "
            "words they are.",
            "D": "That takes both sides' judgements into the reporter's voice.",
        },
        hints=("Compare how the article handles 'sanctuary city' and 'deportable criminals'.",),
        solution="**A**: the same rule for every label, on every side.",
    ),
    Discuss(
        "rewrite_neutral",
        seed_text,
        hints=(
            "Take the sentence with 'ferret out' and write it with plain verbs.",
            "What changes for the reader when 'ferret out' becomes 'find and deport'?",
        ),
        solution='A model answer: "The idea of the program, which began rolling out in 2008, is to ferret out '
        'deportable criminals" could read "is to identify people in local jails who can be deported because of '
        'crimes". "Ferret out" suggests hunting down something hidden; the plain verb only says what the program '
        'does. "Deportable criminals" is a label in the reporter\'s own voice, while "sanctuary city" gets '
        'quotation marks: a neutral version describes both in plain words. Likewise "critics have blasted" '
        'could be "critics have criticised".',
    ),
]

EXERCISES = ExerciseSet("ex03", "Words matter", QUESTIONS)
