"""ex00 · Article basics: the article model, on the bundled seed article (exercises/00-article-basics.ipynb)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from ..article import Article, load_article
from ..exercises import Choice, Discuss, ExerciseSet, Labelling, Name, Number, Predict, Table, Text

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EXERCISES"]

ROLES = ("section", "headline", "byline", "credit", "front-matter", "body", "excerpt-intro", "excerpt")


@cache
def seed() -> Article:
    """The seed article, loaded once."""
    return load_article()


def excerpt_share() -> float:
    """Share of the body paragraphs that KPCC relays from City News Service."""
    body = seed().body_paragraphs
    return sum(p.role == "excerpt" for p in body) / len(body)


def paragraph_roles() -> pd.DataFrame:
    """One row per paragraph: its ``index`` and ``role``."""
    import pandas as pd

    return pd.DataFrame([{"index": p.index, "role": p.role} for p in seed().paragraphs])


def _text() -> str:
    return seed().text


predict_words = Predict(
    "predict_word_count",
    title="Predict the length",
    hints=("Any honest guess counts. A printed newspaper column holds about 250 words.",),
)

QUESTIONS: list[Any] = [
    predict_words,
    Number(
        "word_count",
        lambda: seed().word_count,
        tolerance=10,
        what="the number of words in the body",
        close_note="Your count differs a little from `article.word_count`: ways of counting words differ "
        "(is '11-1' one word? 'L.A.'?). Both are fine.",
        predicted_by=predict_words,
        reflect="what does this number not tell you? Write one thing down before the next question.",
        hints=("The article object counts words for you.", "Try `article.word_count`."),
        solution="```python\nword_count = article.word_count\n```",
    ),
    Text(
        "headline",
        lambda: seed().headline,
        hints=("The headline is the short line just under the blog's name.", "Try `article.headline`."),
        solution="```python\nheadline = article.headline\n```",
    ),
    Text(
        "photo_role",
        ["credit", "photo credit"],
        choices=ROLES,
        explanations={"body": "the body is the story's own text; a photo line is not part of it."},
        hints=(
            "Look at `article.paragraphs`: each paragraph has a `role`.",
            "The photo line is the third paragraph: `article.paragraphs[2].role`.",
        ),
        solution="```python\nphoto_role = article.paragraphs[2].role\n```",
    ),
    Name(
        "motion_by",
        "Bernard Parks",
        explanations={
            "jan perry": "Jan Perry co-sponsored the motion; someone else introduced it.",
            "perry": "Jan Perry co-sponsored the motion; someone else introduced it.",
        },
        hints=("Search the text for the word 'introduced'.",),
        solution="Bernard Parks: *City Councilman Bernard Parks ... who introduced the motion supporting the state "
        "legislation*. `motion_by = 'Bernard Parks'` (or `'Parks'`).",
    ),
    Number(
        "excerpt_share",
        excerpt_share,
        share=True,
        what="the share of body paragraphs relayed from City News Service",
        hints=(
            "Count the body paragraphs whose role is 'excerpt', and all body paragraphs.",
            "`[p.role for p in article.body_paragraphs]` lists the roles.",
        ),
        solution="```python\nroles = [p.role for p in article.body_paragraphs]\n"
        "excerpt_share = roles.count('excerpt') / len(roles)\n```",
    ),
    Choice(
        "kind_of_information",
        {
            "A": "a news report",
            "B": "an opinion column",
            "C": "a press release",
            "D": "a story by City News Service",
        },
        "A",
        explanations={
            "A": "A reporter on KPCC's blog reports a vote, with what people on several sides said and where the "
            "information comes from.",
            "B": "The writer does not argue for a side. 'More symbolic than anything' is a judgement, but it comes "
            "with its reason (cities cannot opt out yet).",
            "C": "A press release comes from the people in the story (the council, Parks' office). This text quotes "
            "them, but a newsroom wrote it.",
            "D": "It relays a passage from City News Service ('From the story:'), but most of the text is KPCC's own.",
        },
        hints=("Who wrote it, and does the writer argue for a side?",),
        solution="**A**, a news report (a newsroom blog post).",
    ),
    Labelling(
        "source_labels",
        {
            "Bernard Parks": "named",
            "Jan Perry": "named",
            "Charlie Beck": "named",
            "critics": "unnamed",
            "federal officials": "unnamed",
            "chief legislative analyst": None,
        },
        ("named", "unnamed"),
        notes={
            "critics": "'critics' names no one: you cannot check who they are.",
            "federal officials": "'federal officials' names no person and no office.",
            "chief legislative analyst": "the office is named but not the person; it can be looked up, "
            "so some call it named, others not.",
            "Bernard Parks": "he is named in full, with his office.",
            "Jan Perry": "she is named in full, with her office.",
            "Charlie Beck": "he is named in full, with his office.",
        },
        hints=(
            "A named source is a person you could look up by the name the article gives.",
            "'chief legislative analyst' is a judgement call: give any label with a reason.",
        ),
        solution="```python\nsource_labels = {\n"
        "    'Bernard Parks': 'named', 'Jan Perry': 'named', 'Charlie Beck': 'named',\n"
        "    'critics': 'unnamed', 'federal officials': 'unnamed',\n"
        "    'chief legislative analyst': ('named', 'the office is named, so it can be checked'),\n}\n```",
    ),
    Table(
        "paragraph_roles",
        paragraph_roles,
        columns=("index", "role"),
        hints=(
            "Make one dict per paragraph and pass the list to `pd.DataFrame`.",
            "`pd.DataFrame([{'index': p.index, 'role': p.role} for p in article.paragraphs])`",
        ),
        solution="```python\nimport pandas as pd\nparagraph_roles = pd.DataFrame(\n"
        "    [{'index': p.index, 'role': p.role} for p in article.paragraphs]\n)\n```",
    ),
    Discuss(
        "symbolic_vote",
        _text,
        hints=(
            "Is it something you could check, a judgement, or both?",
            "Look at the reason the same sentence gives after 'as at present'.",
        ),
        solution='A model answer: the words "more symbolic than anything" are the reporter\'s judgement, not a '
        "fact you could check. But the article backs it with a fact it states: \"individual jurisdictions can't "
        "choose not to participate\", so the city's vote does not change anything by itself yet. A reader can "
        "check that fact; the judgement follows from it.",
    ),
]

EXERCISES = ExerciseSet("ex00", "Article basics", QUESTIONS)
