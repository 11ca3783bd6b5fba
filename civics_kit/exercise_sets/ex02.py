"""ex02 · Who is quoted: quote share, named and unnamed voices, the relay chain and a sourcing gap.

Goes with lesson 02 (exercises/02-who-is-quoted.ipynb). Expected answers are
computed from the kit's quote functions when a student checks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..exercises import Choice, Discuss, ExerciseSet, Labelling, Name, Number, Predict, Table
from ..quotation import quote_share
from ._common import seed, seed_text

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EXERCISES"]


def top_speaker() -> str:
    """The speaker with the largest share of quoted words."""
    return str(quote_share(seed()).iloc[0]["speaker"])


def top_share() -> float:
    """The largest speaker's share of the quoted words."""
    return float(quote_share(seed()).iloc[0]["share"])


def shares_by_quotes() -> pd.DataFrame:
    """Quote share counted by quotations rather than words."""
    return quote_share(seed(), by="quotes")


predict_top = Predict(
    "predict_top_share",
    title="Predict the top share",
    hints=("Any honest guess counts. Who seems to speak most, and for how much of the quoted words?",),
)

QUESTIONS: list[Any] = [
    predict_top,
    Name(
        "most_quoted",
        top_speaker,
        explanations={
            "jan perry": "Perry has one long quotation; someone else has more quoted words in all.",
            "perry": "Perry has one long quotation; someone else has more quoted words in all.",
            "charlie beck": "Beck is quoted once, and only a fragment in marks.",
            "beck": "Beck is quoted once, and only a fragment in marks.",
        },
        hints=("`quote_share(article)` is sorted with the largest share first.", "`quote_share(article).iloc[0]`"),
        solution="```python\nshares = quote_share(article)\nmost_quoted = shares.iloc[0]['speaker']\n```",
    ),
    Number(
        "top_share",
        top_share,
        share=True,
        what="the most quoted speaker's share of the quoted words",
        predicted_by=predict_top,
        reflect="what does this number not tell you? (For example: whether the quotations are accurate, or who "
        "was never asked.)",
        hints=("Read the `share` column of the first row.", "`shares.iloc[0]['share']`"),
        solution="```python\ntop_share = shares.iloc[0]['share']\n```",
    ),
    Table(
        "by_quotes",
        shares_by_quotes,
        columns=("speaker", "quotes", "share"),
        tolerance=0.005,
        hints=(
            "`quote_share` takes a `by=` argument.",
            "`quote_share(article, by='quotes')`",
        ),
        solution="```python\nby_quotes = quote_share(article, by='quotes')\n```\n\nCounted by quotations, the "
        "shares are closer together than counted by words: one long quotation weighs as much as a short one. "
        "Beck's and the analyst's shares grow, Parks' and Perry's shrink.",
    ),
    Labelling(
        "how_heard",
        {
            "Bernard Parks": "own words",
            "Jan Perry": "own words",
            "Charlie Beck": "own words",
            "federal officials": "described by others",
            "critics": "described by others",
            "anti-immigration activists": "described by others",
            "chief legislative analyst": None,
        },
        ("own words", "described by others"),
        notes={
            "Bernard Parks": "quoted in quotation marks, several times.",
            "Jan Perry": "quoted in quotation marks.",
            "Charlie Beck": "a fragment of his words is in quotation marks.",
            "federal officials": "only paraphrased: 'federal officials have said it's not so easily done'.",
            "critics": "the reporter sums up what they say ('have blasted ...'); none is quoted.",
            "anti-immigration activists": "they appear only in Parks' prediction of what they will say.",
            "chief legislative analyst": "the finding is in quotation marks, but it is a report's finding relayed "
            "by City News Service, not words the analyst spoke: either label is fine with a reason.",
        },
        hints=(
            "`voices(article)` says how each speaker the kit finds is heard; two groups here it does not list.",
            "A voice is heard in its own words only if some of its words are in quotation marks.",
        ),
        solution="```python\nhow_heard = {\n    'Bernard Parks': 'own words', 'Jan Perry': 'own words', "
        "'Charlie Beck': 'own words',\n    'federal officials': 'described by others', 'critics': 'described by "
        "others',\n    'anti-immigration activists': 'described by others',\n    'chief legislative analyst': "
        "('own words', 'its finding is quoted word for word'),\n}\n```",
    ),
    Choice(
        "relay_chain",
        {
            "A": "chief legislative analyst -> City News Service -> KPCC",
            "B": "KPCC found it in its own research",
            "C": "Bernard Parks -> KPCC",
            "D": "chief legislative analyst -> KPCC, directly",
        },
        "A",
        explanations={
            "A": "'City News Service reported that Los Angeles' chief legislative analyst found that ...': the "
            "`via` column of `quotes(article)` says City News Service.",
            "B": "KPCC says where it comes from: a City News Service report of the analyst's finding.",
            "C": "Parks introduced the motion, but the finding is the analyst's.",
            "D": "KPCC does not cite the analyst's report itself; it cites City News Service.",
        },
        hints=("Read the sentence with 'found', and look at the `via` column of `quotes(article)`.",),
        solution="**A**: each link in the chain is a place where words can change; the original report is the "
        "one to read.",
    ),
    Discuss(
        "sourcing_gap",
        seed_text,
        hints=(
            "List the voices heard in their own words. Is anyone who would defend the program among them?",
            "Where does the article say what the program is for, and in whose words?",
        ),
        solution="A model answer: everyone quoted in their own words opposes the program or criticises it. Its "
        'supporters appear only in Parks\' prediction that "Anti-immigration activists will accuse Los Angeles", '
        'and its purpose only in the reporter\'s "to ferret out deportable criminals". Federal officials are '
        "paraphrased in one clause. That is a sourcing gap to investigate (a reporter could ask the agency that "
        "runs the program), not proof that the article is unfair: the same question applies to any article, "
        "whichever side it leaves out.",
    ),
]

EXERCISES = ExerciseSet("ex02", "Who is quoted", QUESTIONS)
