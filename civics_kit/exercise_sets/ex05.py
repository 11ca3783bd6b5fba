"""ex05 · Tracing to the record: the article's statements against the public record.

Goes with lesson 05 (exercises/05-tracing-to-the-record.ipynb). The record comes
from teacher/facts.md (High confidence facts only), each with its source and
its kind in the notebook.
"""

from __future__ import annotations

from typing import Any

from ..exercises import Choice, Discuss, ExerciseSet, Labelling, Number, Predict
from ._common import seed_text

__all__ = ["ASSEMBLY_VOTE", "EXERCISES"]

# AB 1081 on the Assembly floor, 26 May 2011: "ASSEMBLY FLOOR: 47-26, 5/26/11" (Senate floor analysis,
# http://www.leginfo.ca.gov/pub/11-12/bill/asm/ab_1051-1100/ab_1081_cfa_20110816_152005_sen_floor.html).
ASSEMBLY_VOTE = {"yes": 47, "no": 26}


def yes_share() -> float:
    """Share of the recorded Assembly votes that were yes."""
    return ASSEMBLY_VOTE["yes"] / (ASSEMBLY_VOTE["yes"] + ASSEMBLY_VOTE["no"])


predict_yes = Predict(
    "predict_yes_share",
    title="Predict the yes share",
    hints=("Any honest guess counts. 47 yes and 26 no: more or less than two thirds?",),
)

QUESTIONS: list[Any] = [
    Choice(
        "council_file_supports",
        {
            "A": "the California bill AB 1081 by name",
            "B": "legislation that would make the program voluntary for local governments, in general",
            "C": "taking Los Angeles out of Secure Communities at once",
            "D": "ending Secure Communities across the country",
        },
        "B",
        explanations={
            "A": "The article says so ('to support a California bill'), but the council file's title names no bill; "
            "NBC LA: 'not specifically the California bill'.",
            "B": "The file's title is 'Supporting Legislation wherein the Secure Communities Program is Provided to "
            "Local Governments on a Voluntary Basis': legislation in general.",
            "C": "A resolution states a position; the article itself says cities 'can't choose not to participate'.",
            "D": "Neither the file nor the article speaks of ending the program.",
        },
        hints=("Read the council file's title in the record table, word by word.",),
        solution="**B**. The article's 'support a California bill' is a slight simplification of the record.",
    ),
    Labelling(
        "state_actions",
        {"Illinois": "withdrew", "New York": "suspended", "Massachusetts": "declined to sign"},
        ("withdrew", "suspended", "declined to sign"),
        notes={
            "Illinois": "Governor Quinn's letter of 4 May 2011 formally withdrew Illinois (Chicago Tribune).",
            "New York": "Governor Cuomo suspended New York's participation pending a review on 1 June 2011.",
            "Massachusetts": "Massachusetts said it would not sign the agreement (letter of 3 June, public 6 June).",
        },
        hints=(
            "Each state did something different; the record table says what, with a source.",
            "Only one state formally withdrew.",
        ),
        solution="```python\nstate_actions = {'Illinois': 'withdrew', 'New York': 'suspended', "
        "'Massachusetts': 'declined to sign'}\n```\nThe article's 'announced plans to withdraw' covers all three "
        "loosely.",
    ),
    predict_yes,
    Number(
        "yes_share",
        yes_share,
        share=True,
        what="the share of yes votes in the Assembly's recorded vote (47-26)",
        predicted_by=predict_yes,
        reflect="what does this number not tell you? (For example: how many members did not vote, or what the "
        "bill said by the time it reached the Governor.)",
        hints=("A share is the part divided by the whole: yes votes over all votes cast.", "`47 / (47 + 26)`"),
        solution="```python\nyes_share = 47 / (47 + 26)\n```",
    ),
    Choice(
        "vote_gap",
        {
            "A": "KPCC made a typing mistake",
            "B": "the Assembly voted twice on the bill that week",
            "C": "the official record says 47-26; the sources here do not say why the other post reported 43-22",
            "D": "43-22 is the official result and 47-26 is wrong",
        },
        "C",
        explanations={
            "A": "That is a guess: no source here says so.",
            "B": "No source here records a second vote that week.",
            "C": "Cite the record (47-26) and say that the reason for the gap is not known: no source here "
            "explains it.",
            "D": "The official legislative record (leginfo) gives 47-26.",
        },
        hints=("Which figure comes from the official record, and does any source explain the other?",),
        solution="**C**: use the official record, and say what you do not know.",
    ),
    Choice(
        "beck_date",
        {
            "A": "7 June 2011, the day the post was published",
            "B": "2 June 2011",
            "C": "26 May 2011",
            "D": "no source gives the day",
        },
        "B",
        explanations={
            "A": "The article says only 'recently'. A separate KPCC post dated 3 June 2011 says the radio interview "
            "was 'yesterday'.",
            "B": "KPCC's post of 3 June 2011 says 'During a radio interview yesterday': 2 June 2011.",
            "C": "26 May 2011 is the day the Assembly passed the bill.",
            "D": "The 3 June post dates it: 'yesterday'.",
        },
        hints=("The article says 'recently'. The record table has a post about the interview.",),
        solution="**B**, Thursday 2 June 2011: five days before the post.",
    ),
    Labelling(
        "against_record",
        {
            "voted 11-1": "matches",
            "to support a California bill": "simplifies",
            "recently cleared the state Assembly": "matches",
            "announced plans to withdraw their states": "simplifies",
            "Charlie Beck recently discussed": "matches",
        },
        ("matches", "simplifies"),
        notes={
            "voted 11-1": "NBC LA and CBS/AP both report 11-1.",
            "to support a California bill": "the council file backs such legislation in general, not one bill.",
            "recently cleared the state Assembly": "it passed on 26 May 2011, 12 days before the post.",
            "announced plans to withdraw their states": "only Illinois withdrew; New York suspended, Massachusetts "
            "declined to sign.",
            "Charlie Beck recently discussed": "the interview was on 2 June 2011, five days before.",
        },
        hints=(
            "For each phrase, find the line of the record table it talks about.",
            "Two phrases say a little less precisely what the record says.",
        ),
        solution="```python\nagainst_record = {\n    'voted 11-1': 'matches',\n"
        "    'to support a California bill': 'simplifies',\n    'recently cleared the state Assembly': 'matches',\n"
        "    'announced plans to withdraw their states': 'simplifies',\n    'Charlie Beck recently discussed': "
        "'matches',\n}\n```",
    ),
    Choice(
        "no_vote",
        {
            "A": "NBC LA names the council member",
            "B": "the article names the council member",
            "C": "none of the sources here names the member; the City Clerk's vote record for the council file "
            "would say",
            "D": "it must be the member who spoke against the motion",
        },
        "C",
        explanations={
            "A": "NBC LA, CBS/AP and City News Service give only '11-1'.",
            "B": "The article gives only the count, '11-1'.",
            "C": "When no source says, do not guess: the place to look is the record of the vote itself "
            "(council file CF 11-0002-S92).",
            "D": "The article quotes no one speaking against the motion, and a guess is not a source.",
        },
        hints=("Does any source in the record table give a name, or only the count?",),
        solution="**C**: no source here says who voted no, so we do not name anyone.",
    ),
    Discuss(
        "withdraw_wording",
        seed_text,
        hints=(
            "Put the article's phrase next to what each state did.",
            "Is the wording false, or true but loose? What would a more precise sentence say?",
        ),
        solution='A model answer: the article says the governors "have announced plans to withdraw their states '
        'from Secure Communities". That is loose rather than false: Illinois withdrew, but New York suspended '
        "its part and Massachusetts declined to sign. A more precise sentence would name what each state did. "
        'The article also adds that "federal officials have said it\'s not so easily done", which the record '
        "bears out: in August 2011 ICE voided the state agreements.",
    ),
]

EXERCISES = ExerciseSet("ex05", "Tracing to the record", QUESTIONS)
