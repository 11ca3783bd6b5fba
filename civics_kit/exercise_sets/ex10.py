"""ex10 · Who is behind it? Lateral reading, the same questions for every side, and click restraint.

Goes with lesson 10 (exercises/10-who-is-behind-it.ipynb). The sources' kinds
come from the kit's source cards (``civics_kit/data/source_cards.json``), read
when the set is loaded, so the labels cannot drift from the cards.
"""

from __future__ import annotations

from typing import Any

from ..exercises import Choice, Discuss, ExerciseSet, Labelling, Number
from ..lateral import card_data, source_cards
from ._common import seed_text

__all__ = ["EXERCISES", "LABELLED", "advocacy_cards", "card_kind"]

# The cards students label in q2: one or two of each kind, both advocacy sites among them.
LABELLED = (
    "California Legislature (bill records)",
    "U.S. Department of Homeland Security",
    "Los Angeles Times",
    "Wikinews (English)",
    "Not One More Deportation",
    "Advancing American Freedom",
    "Wikipedia",
)


def card_kind(name: str) -> str:
    """The ``source_kind`` on the card with this exact name."""
    (kind,) = {card["source_kind"] for card in card_data()["cards"] if card["name"] == name}
    return kind


def card_basis(name: str) -> str:
    """Why the kit gives a card its kind (shown when a label is wrong)."""
    (basis,) = {card["kind_basis"] for card in card_data()["cards"] if card["name"] == name}
    return basis


def advocacy_cards() -> int:
    """How many cards the kit marks ``advocacy``."""
    cards = source_cards().drop_duplicates("card")
    return int((cards["source_kind"] == "advocacy").sum())


QUESTIONS: list[Any] = [
    Choice(
        "reading_kind",
        {
            "A": "vertical reading",
            "B": "lateral reading",
            "C": "click restraint",
            "D": "tracing a claim to the record",
        },
        "A",
        explanations={
            "A": "Judging a site by its look and by what its own About page says is reading vertically: staying on "
            "the page.",
            "B": "Lateral reading means leaving the page: new tabs, and what other sites say about the source.",
            "C": "Click restraint is about a page of search results: reading them all before you click.",
            "D": "Nothing here is checked against a record: the student only looked at the site itself.",
        },
        hints=("Did the student ever leave the site?",),
        solution="**A**: the look of a site and its own About page are what the site wants you to think of it.",
    ),
    Labelling(
        "kinds",
        {name: card_kind(name) for name in LABELLED},
        ("record", "report", "advocacy", "reference"),
        notes={name: card_basis(name) for name in LABELLED},
        hints=(
            "A record is made by the body that acted; a report is a news account; advocacy is a group with a side "
            "(whichever side); a reference is an encyclopedia or database.",
            "Run `show_card(...)` for each name: the first line gives the kind, the `kind basis` line the reason.",
        ),
        solution="```python\nkinds = {\n"
        + "".join(f"    {name!r}: {card_kind(name)!r},\n" for name in LABELLED)
        + "}\n```\nBoth advocacy sites get the same label and the same questions, whatever their side.",
    ),
    Number(
        "advocacy_count",
        advocacy_cards,
        what="the number of cards the kit marks `advocacy`",
        reflect="these groups take different sides, and every one of their cards asks the same five questions. "
        "Advocacy does not mean wrong: it means you cite the body that acted where you can, and give the rest as "
        "that group's claim.",
        hints=(
            "`cards.drop_duplicates('card')` keeps one row per card; then count the rows whose `source_kind` is "
            "'advocacy'.",
            "`(cards.drop_duplicates('card')['source_kind'] == 'advocacy').sum()`",
        ),
        solution="```python\nadvocacy_count = (cards.drop_duplicates('card')['source_kind'] == 'advocacy').sum()\n```",
    ),
    Choice(
        "copy_not_record",
        {
            "A": "keep citing the advocacy site: it has the memo's full text",
            "B": "cite the Department of Homeland Security itself, and call the site's page what it is: a copy",
            "C": "drop the fact: anything on an advocacy site must be false",
            "D": "cite a mirror of an encyclopedia article instead",
        },
        "B",
        explanations={
            "A": "The words may be the memo's, but the site is not the body that wrote it, and a copy can be "
            "incomplete.",
            "B": "Cite the body that acted (its memo or its own statement, such as DHS's of 23 July 2015); if you "
            "use the copy, say whose copy it is.",
            "C": "A group with a side can publish an accurate document. The point is to know what kind of source "
            "it is, not to throw it away.",
            "D": "A mirror is a copy too: go to the original and its references.",
        },
        hints=("Who wrote the memo? That body's own publication is the record.",),
        solution="**B**: the record is made by the body that acted.",
    ),
    Choice(
        "first_click",
        {
            "A": "grokipedia.com/page/TRUST_Act_California (the first result)",
            "B": "leginfo.ca.gov: the California Senate's floor analysis of AB 4",
            "C": "a blog post that quotes the grokipedia page",
            "D": "whichever result has the most eye-catching title",
        },
        "B",
        explanations={
            "A": "Coming first does not make it best. The kit marks Grokipedia `unclear`: an AI-written wiki is "
            "not a reference, so find out who or what writes its pages.",
            "B": "The legislature's own record: made by the body that acted.",
            "C": "A copy of a page you have not checked adds nothing: go to the record.",
            "D": "Click restraint means reading addresses and snippets, not picking the loudest title.",
        },
        hints=("Which result was made by the body that passed the law?",),
        solution="**B**: read the whole page of results first, then open the record.",
    ),
    Choice(
        "same_questions",
        {
            "A": "Who runs it?",
            "B": "Who pays for it?",
            "C": "Do I agree with its side?",
            "D": "What do independent sources say about it?",
        },
        ["A", "B", "D"],
        multiple=True,
        explanations={
            "A": "Asked of every source.",
            "B": "Asked of every source: search for the name plus 'funding'.",
            "C": "Whether you agree is not a test of a source. The same questions go to every side.",
            "D": "Asked of every source: that is what lateral reading is.",
        },
        hints=("Look at the `?` lines: are they different on the two advocacy sites' cards?",),
        solution="**A, B and D**: the same questions as for Not One More Deportation, or any other source.",
    ),
    Discuss(
        "relay_plan",
        seed_text,
        hints=(
            "Find the sentence in the article that names City News Service, and quote a few of its words.",
            "Then say what you would type into a search box, and why you would not stop at City News Service's own "
            "site.",
        ),
        solution='A model answer: the article says "City News Service reported" the analyst\'s finding, so part of '
        'what I read comes from another outlet. I would search for "City News Service" plus "owner" and '
        '"funding", and read what other sites say about it, not only its own About page. The card only says that '
        "its story was by Richie Duchon and was republished by EGP News; who runs it and who pays for it are still "
        "questions.",
    ),
]

EXERCISES = ExerciseSet("ex10", "Who is behind it?", QUESTIONS)
