"""ex07 · Who decides: federal, state and city on the seed's case; a council resolution; Special Order 40.

Goes with lesson 07 (exercises/07-who-decides.ipynb). Facts from outside the
article come from teacher/facts.md (High confidence), each cited in the notebook.
"""

from __future__ import annotations

from typing import Any

from ..exercises import Choice, Discuss, ExerciseSet, Labelling, Name, Number, Predict
from ._common import seed, seed_text

__all__ = ["EXERCISES", "SPECIAL_ORDER_40_YEAR"]

# LAPD Special Order 40 was issued in 1979 by Chief Daryl F. Gates (Los Angeles Times, 5 Feb 2017,
# https://www.latimes.com/local/lanow/la-me-ln-special-order-40-retrospective-20170205-story.html).
SPECIAL_ORDER_40_YEAR = 1979


def special_order_age() -> int:
    """Years from Special Order 40 to the article's publication."""
    published = seed().published
    if published is None:
        raise ValueError("the seed article has no publication date")
    return published.year - SPECIAL_ORDER_40_YEAR


PARKS_NOTE = "Parks is 'a former Los Angeles police chief', but the record names another chief for 1979."

predict_age = Predict(
    "predict_order_age",
    title="Predict the policy's age",
    hints=("Any honest guess counts. The article calls the policy 'long-standing'.",),
)

QUESTIONS: list[Any] = [
    Labelling(
        "levels",
        {
            "City Council": "city",
            "LAPD": "city",
            "state Assembly": "state",
            "Senate": "state",
            "governors": "state",
            "Homeland Security department": "federal",
        },
        ("city", "state", "federal"),
        notes={
            "City Council": "the Los Angeles City Council governs the city.",
            "LAPD": "the Los Angeles Police Department is the city's police.",
            "state Assembly": "the article says 'the state Assembly': California's lower house.",
            "Senate": "'goes to the Senate next' means California's state Senate: a state bill goes through both "
            "houses of the state legislature, not the US Senate.",
            "governors": "a governor leads a state (Illinois, New York, Massachusetts).",
            "Homeland Security department": "the US Department of Homeland Security is federal.",
        },
        hints=(
            "Ask of each: does it act for one city, one state, or the whole country?",
            "The bill is a California bill: which Senate does it go to next?",
        ),
        solution="```python\nlevels = {\n    'City Council': 'city', 'LAPD': 'city',\n    'state Assembly': 'state', "
        "'Senate': 'state', 'governors': 'state',\n    'Homeland Security department': 'federal',\n}\n```",
    ),
    Choice(
        "resolution_can",
        {
            "A": "change federal law",
            "B": "take Los Angeles out of Secure Communities",
            "C": "state the city's position and support legislation, for example in its legislative program",
            "D": "order the state to renegotiate its contract",
        },
        "C",
        explanations={
            "A": "Only Congress makes federal law.",
            "B": "The article says 'individual jurisdictions can't choose not to participate'.",
            "C": "The council file put support for voluntary-participation legislation into the city's 2011-12 State "
            "Legislative Program: a position, not a law.",
            "D": "A city cannot order a state; the state bill would let the state renegotiate.",
        },
        hints=("Why does the article call the vote 'more symbolic than anything'?",),
        solution="**C**: a resolution says what the city supports; it does not change the program.",
    ),
    Choice(
        "bill_steps",
        {
            "A": "pass the state Senate",
            "B": "go to the Governor, who signs it or vetoes it",
            "C": "be approved by the Los Angeles City Council",
            "D": "be approved by the US Congress",
        },
        ["A", "B"],
        explanations={
            "A": "'goes to the Senate next': a California bill must pass both houses of the legislature.",
            "B": "After both houses, the bill goes to the Governor. AB 1081 did: Governor Brown vetoed it on "
            "30 September 2012, after it had been rewritten.",
            "C": "A city can support a state bill, but it does not vote on it.",
            "D": "A state bill does not go to Congress.",
        },
        multiple=True,
        hints=("The article names the next step. What comes after both houses of a legislature have passed a bill?",),
        solution="**A and B**. The record: the Senate passed a rewritten AB 1081 on 21 August 2012 and the "
        "Governor vetoed it on 30 September 2012.",
    ),
    predict_age,
    Number(
        "order_age",
        special_order_age,
        what="the number of years from Special Order 40 (1979) to the article (2011)",
        predicted_by=predict_age,
        reflect="what does this number not tell you? Parks speaks of a '40-year journey' for the LAPD: does "
        "that have to mean the same thing?",
        hints=(
            "Subtract the year Special Order 40 was issued from the year the article was published.",
            "`article.published.year - 1979`",
        ),
        solution="```python\norder_age = article.published.year - 1979\n```",
    ),
    Choice(
        "order_does",
        {
            "A": "bars police officers from inquiring about immigration status",
            "B": "takes Los Angeles out of Secure Communities",
            "C": "is a California state law",
            "D": "was adopted by the council's vote in this article",
        },
        "A",
        explanations={
            "A": "The article: it 'bars police officers from inquiring about immigration status'.",
            "B": "The article says it 'doesn't directly conflict with the federal program': both apply.",
            "C": "It is an LAPD policy, a city matter.",
            "D": "The article calls it 'long-standing'; it dates from 1979.",
        },
        hints=("Read the last paragraph of the article.",),
        solution="**A**, in the article's words.",
    ),
    Name(
        "order_issued_by",
        "Daryl Gates",
        explanations={
            "charlie beck": "Charlie Beck was the LAPD chief in 2011; Special Order 40 is older.",
            "beck": "Charlie Beck was the LAPD chief in 2011; Special Order 40 is older.",
            "bernard parks": PARKS_NOTE,
            "parks": PARKS_NOTE,
        },
        hints=("The article does not say: read the record line on Special Order 40.",),
        solution="Daryl Gates (`order_issued_by = 'Daryl Gates'` or `'Gates'`).",
    ),
    Choice(
        "federal_answer",
        {
            "A": "voided its agreements with the states: states could not opt out",
            "B": "let California opt out",
            "C": "ended the program at once",
            "D": "asked Congress to decide",
        },
        "A",
        explanations={
            "A": "On 5 August 2011, ICE's director wrote to the governors voiding the state agreements (Los Angeles "
            "Times).",
            "B": "No state was let out; the program did not need the states' approval.",
            "C": "The program ended only in 2014 (Johnson memo), and it came back in 2017.",
            "D": "No source here says so.",
        },
        hints=("Read the record line for August 2011.",),
        solution="**A**: the federal government said the program did not need the states' approval.",
    ),
    Discuss(
        "home_rule",
        seed_text,
        hints=(
            "What does 'home rule' mean: who decides how a city's own police work?",
            "Which level runs the program, and what can the city decide by itself?",
        ),
        solution='A model answer: Parks calls it "a home-rule issue": he argues the city should decide how its '
        "own police work with its residents. But the program is federal, and the article says "
        '"individual jurisdictions can\'t choose not to participate", so the council can only state its position '
        "and support a state bill. The city does decide its own police policy, such as Special Order 40.",
    ),
]

EXERCISES = ExerciseSet("ex07", "Who decides", QUESTIONS)
