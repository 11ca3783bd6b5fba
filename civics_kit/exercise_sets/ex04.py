"""ex04 · Claims and evidence: the "nearly 70 percent" finding, who found it, and fact, claim or opinion.

Goes with lesson 04 (exercises/04-claims-and-evidence.ipynb). The finding and
its source are read from the kit's quotes when a student checks; the Los Angeles
Times figure comes from teacher/facts.md (High confidence), cited in the notebook.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..exercises import Choice, Discuss, ExerciseSet, Labelling, Number, Predict, Text
from ..quotation import quotes
from ._common import seed, seed_text

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EXERCISES"]


def finding() -> pd.Series:
    """The quotation whose attribution verb is 'found': the chief legislative analyst's figure."""
    rows = quotes(seed())
    return rows[rows["cue"] == "found"].iloc[0]


def finding_by() -> list[str]:
    """The finding's source as the kit names it, and the usual shorter forms."""
    return [str(finding()["speaker"]), "chief legislative analyst", "the chief legislative analyst"]


def finding_text() -> list[str]:
    """The finding's words, with or without the closing full stop."""
    text = str(finding()["text"])
    return [text, text.rstrip(".")]


predict_gap = Predict(
    "predict_gap",
    title="Predict the gap",
    hints=("Any honest guess counts: how far apart are 'nearly 70 percent' and 'nearly half'?",),
)

QUESTIONS: list[Any] = [
    Text(
        "finding_by",
        finding_by,
        explanations={
            "bernard parks": "Parks introduced the motion; the article says someone else found the figure.",
            "parks": "Parks introduced the motion; the article says someone else found the figure.",
            "city news service": "City News Service reported the finding; it did not find it.",
            "kpcc": "KPCC relays City News Service's report of the finding.",
        },
        hints=(
            "Read the sentence with 'found'.",
            "`quotes(article)` has a row whose `cue` is 'found': read its `speaker`.",
        ),
        solution="```python\nrows = quotes(article)\n"
        "finding_by = rows.loc[rows['cue'] == 'found', 'speaker'].iloc[0]\n```\n"
        "Los Angeles' chief legislative analyst: an office of the city that advises the council.",
    ),
    Text(
        "finding_words",
        finding_text,
        hints=("Copy the words inside the quotation marks, or take the `text` of the 'found' row.",),
        solution="```python\nfinding_words = rows.loc[rows['cue'] == 'found', 'text'].iloc[0]\n```",
    ),
    Choice(
        "what_data",
        {
            "A": "the years, the place and the number of people the figure covers",
            "B": "only 'people deported under Secure Communities': not the period, the place or how many",
            "C": "a link to the analyst's report",
            "D": "the list of offences counted as minor",
        },
        "B",
        explanations={
            "A": "Read it again: no years, no place and no total are given.",
            "B": "To check the figure you would need the report: which years, which county or state, how many "
            "people, and what counted as 'minor'.",
            "C": "The article cites City News Service, not the report itself.",
            "D": "'minor offenses' is not defined in the article.",
        },
        hints=("What would you need to know to check the figure yourself?",),
        solution="**B**: the article gives the figure and who found it, not the data behind it.",
    ),
    Choice(
        "minor_questions",
        {
            "A": "who decided which offences count as minor",
            "B": "whether 'accused' means they were convicted",
            "C": "how many had no conviction and how many a minor offence",
            "D": "which party the analyst votes for",
        },
        ["A", "B", "C"],
        explanations={
            "A": "'minor' is a judgement: the answer changes the figure.",
            "B": "'accused of minor offenses' is not the same as convicted of them.",
            "C": "The figure joins two groups; the split matters.",
            "D": "That asks about a person, not about the evidence; the figure stands or falls on its data.",
        },
        multiple=True,
        hints=("Good questions ask about the evidence, not about the person.",),
        solution="**A, B and C**.",
    ),
    predict_gap,
    Number(
        "gap",
        0.70 - 0.50,
        share=True,
        what="the gap between 'nearly 70 percent' and 'nearly half'",
        predicted_by=predict_gap,
        reflect="what does this number not tell you? The two figures come from different data sets: does the gap "
        "show that either one is wrong?",
        hints=("'nearly half' is about 50 percent.", "`0.70 - 0.50`"),
        solution="```python\ngap = 0.70 - 0.50\n```\nAbout 20 points, but the figures describe different groups "
        "of people, so the gap does not mean either is wrong.",
    ),
    Choice(
        "two_figures",
        {
            "A": "one of the two figures must be wrong",
            "B": "they describe different data sets, so both can be right; do not merge them",
            "C": "Parks changed his mind between May and June",
            "D": "the Los Angeles Times misquoted Parks",
        },
        "B",
        explanations={
            "A": "They measure different groups: the analyst's figure, and Parks' figure for 12,000 L.A. County "
            "deportees.",
            "B": "Different groups, different figures. Say which figure you use and what it covers.",
            "C": "Nothing says so: they are different figures about different groups.",
            "D": "No source here says so.",
        },
        hints=("What group does each figure describe?",),
        solution="**B**.",
    ),
    Labelling(
        "statement_labels",
        {
            "voted 11-1 today": "fact",
            "Special Order 40": "fact",
            "nearly 70 percent": "claim",
            "home-rule issue": "opinion",
            "more symbolic than anything": None,
            "threatens victims of domestic violence": None,
        },
        ("fact", "claim", "opinion"),
        notes={
            "voted 11-1 today": "a vote count anyone can check in the record.",
            "Special Order 40": "that the LAPD has such a policy can be checked.",
            "nearly 70 percent": "a finding attributed to the analyst: checkable, but the article does not show "
            "the data, so it stays a claim until you check it.",
            "home-rule issue": "Parks says what the issue is 'for me': a judgement.",
            "more symbolic than anything": "the reporter's judgement, backed by a fact (cities cannot opt out): "
            "either label is fine with a reason.",
            "threatens victims of domestic violence": "Perry's claim about effects, and also her view: either "
            "label is fine with a reason.",
        },
        hints=(
            "A fact can be checked and is not in dispute; a claim could be checked but is someone's statement; "
            "an opinion is a judgement.",
            "Ask: could I check this? Who is saying it?",
        ),
        solution="```python\nstatement_labels = {\n    'voted 11-1 today': 'fact', 'Special Order 40': 'fact',\n"
        "    'nearly 70 percent': 'claim', 'home-rule issue': 'opinion',\n"
        "    'more symbolic than anything': ('opinion', 'it is the reporter\\'s judgement'),\n"
        "    'threatens victims of domestic violence': ('claim', 'it could be checked with data'),\n}\n```",
    ),
    Discuss(
        "check_the_claim",
        seed_text,
        hints=(
            "What evidence does the article give for the figure, and through whom?",
            "What would you look up to check it?",
        ),
        solution='A model answer: the article reports that the chief legislative analyst "found that nearly 70 '
        "percent of people deported under Secure Communities had no convictions or were accused of minor "
        'offenses", relayed through City News Service. It gives no period, place, total or definition of "minor". '
        "To check it I would find the analyst's report and read which records it used and what it counted as "
        "minor.",
    ),
]

EXERCISES = ExerciseSet("ex04", "Claims and evidence", QUESTIONS)
