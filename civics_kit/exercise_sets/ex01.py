"""ex01 · Anatomy of a news story: the parts of the seed article and what kind of text it is.

Goes with lesson 01 (exercises/01-anatomy-of-a-news-story.ipynb). Uses only the
Article model; the facts from outside the article come from teacher/facts.md.
"""

from __future__ import annotations

from typing import Any

from ..exercises import Choice, Discuss, ExerciseSet, Labelling, Number, Predict, Text
from ._common import count_words, seed, seed_text

__all__ = ["EXERCISES"]


def lede() -> list[str]:
    """The lede: the first body paragraph (here one sentence), as a paragraph or as a sentence."""
    article = seed()
    return [article.body_paragraphs[0].text, article.body_sentences[0].text]


def excerpt_word_share() -> float:
    """Share of the body's words that sit in the passage relayed from City News Service."""
    article = seed()
    return sum(count_words(e.text) for e in article.excerpts) / article.word_count


predict_share = Predict(
    "predict_excerpt_share",
    title="Predict the relayed share",
    hints=("Any honest guess counts: glance at how long the passage after 'From the story:' is.",),
)

QUESTIONS: list[Any] = [
    Labelling(
        "part_labels",
        {
            "Multi-American": "blog line",
            "L.A. votes": "headline",
            "Photo by Chad Miller": "photo credit",
            "Los Angeles city leaders": "lede",
            "City Councilman Bernard Parks": "excerpt",
        },
        ("blog line", "headline", "photo credit", "lede", "excerpt"),
        notes={
            "Multi-American": "the first line names the blog the post appeared on, not the story.",
            "L.A. votes": "the short line in large type that sums up the story is the headline.",
            "Photo by Chad Miller": "it says who took the photo and under what licence: a photo credit.",
            "Los Angeles city leaders": "the first paragraph of the story itself is the lede.",
            "City Councilman Bernard Parks": "it comes after 'From the story:', so KPCC relays it from City News "
            "Service: an excerpt.",
        },
        hints=(
            "Read the first lines of the article from the top: blog name, headline, photo line, then the story.",
            "`article.paragraphs` gives each paragraph with a `role`; 'From the story:' introduces the excerpt.",
        ),
        solution="```python\npart_labels = {\n    'Multi-American': 'blog line',\n    'L.A. votes': 'headline',\n"
        "    'Photo by Chad Miller': 'photo credit',\n    'Los Angeles city leaders': 'lede',\n"
        "    'City Councilman Bernard Parks': 'excerpt',\n}\n```",
    ),
    Text(
        "lede",
        lede,
        hints=(
            "The lede is the first paragraph of the story itself, after the headline and the photo line.",
            "Try `article.body_paragraphs[0].text`.",
        ),
        solution="```python\nlede = article.body_paragraphs[0].text\n```",
    ),
    Choice(
        "lede_answers",
        {"A": "who", "B": "what", "C": "when", "D": "where", "E": "why"},
        ["A", "B", "D"],
        explanations={
            "A": "Who: 'Los Angeles city leaders'.",
            "B": "What: they 'shun the federal Secure Communities immigration enforcement program'.",
            "C": "The lede gives no date: 'have become' only says it happened recently. The date comes in the "
            "next paragraph ('voted 11-1 today').",
            "D": "Where: Los Angeles.",
            "E": "The lede does not say why the leaders shun the program; the reasons come later, from Parks and "
            "Perry.",
        },
        multiple=True,
        hints=(
            "Read the lede sentence and ask each question of it: who? what? when? where? why?",
            "A question is answered only if the lede itself gives the answer, not a later paragraph.",
        ),
        solution="**A, B and D**: who (Los Angeles city leaders), what (they shun the federal program), where "
        "(Los Angeles). When and why come later in the story.",
    ),
    predict_share,
    Number(
        "excerpt_share",
        excerpt_word_share,
        share=True,
        tolerance=0.02,
        what="the share of the body's words in the passage relayed from City News Service",
        close_note="Your count differs a little from the kit's: ways of counting words differ. Both are fine.",
        predicted_by=predict_share,
        reflect="what does this number not tell you? (For example: whether KPCC checked the relayed passage, "
        "or which of the other paragraphs also came from City News Service.)",
        hints=(
            "`article.excerpts` lists the relayed passages; count their words and divide by `article.word_count`.",
            "`len(article.excerpts[0].text.split()) / article.word_count` is close enough.",
        ),
        solution="```python\nrelayed = sum(len(e.text.split()) for e in article.excerpts)\n"
        "excerpt_share = relayed / article.word_count\n```\nMost of the body is KPCC's own writing.",
    ),
    Choice(
        "relayed_kind",
        {
            "A": "KPCC's own reporting",
            "B": "a passage KPCC relays from a City News Service story",
            "C": "a press release from Councilman Parks' office",
            "D": "an opinion column",
        },
        "B",
        explanations={
            "A": "KPCC introduces it with 'From the story:' after naming City News Service: the words are another "
            "newsroom's.",
            "B": "The sentence before it names the source ('City News Service reported that ...') and 'From the "
            "story:' introduces the passage.",
            "C": "It quotes Parks, but it is a news agency's story, not a statement from his office.",
            "D": "It reports what Parks said; the writer does not argue for a side.",
        },
        hints=("Read the sentence just before 'From the story:'.",),
        solution="**B**: a passage relayed from City News Service (`article.excerpts[0].source`).",
    ),
    Choice(
        "program_level",
        {
            "A": "the City of Los Angeles",
            "B": "the State of California",
            "C": "the federal government",
            "D": "the LAPD",
        },
        "C",
        explanations={
            "A": "The city voted on a resolution about the program; it does not run it.",
            "B": "The state has an agreement with the federal government and a bill about it; it does not run the "
            "program.",
            "C": "The lede calls it 'the federal Secure Communities immigration enforcement program': fingerprints "
            "go to federal immigration authorities.",
            "D": "The LAPD books people into jail, but the program is not its own.",
        },
        hints=("Look for a word in the lede that says which level of government the program belongs to.",),
        solution="**C**, the federal government: 'the federal Secure Communities immigration enforcement program'.",
    ),
    Choice(
        "opt_out_means",
        {
            "A": "choosing not to take part in a program",
            "B": "a vote against the City Council",
            "C": "ending the program for every state and city",
            "D": "leaving a job in government",
        },
        "A",
        explanations={
            "A": "To opt out is to choose not to take part: the bill would let 'cities and counties opt out of the "
            "program'.",
            "B": "The council itself voted; an opt-out is not a vote against it.",
            "C": "An opt-out lets one place stop taking part; the program would go on elsewhere.",
            "D": "The article uses it about a program, not about jobs.",
        },
        hints=("Read the second paragraph: who would be allowed to 'opt out', and of what?",),
        solution="**A**: choosing not to take part ('letting cities and counties opt out of the program').",
    ),
    Discuss(
        "headline_vs_story",
        seed_text,
        hints=(
            "What does a reader who sees only the headline think happened?",
            "Compare the headline with the sentence that calls the vote 'more symbolic than anything'.",
        ),
        solution='A model answer: the headline "L.A. votes to support a Secure Communities opt-out" is accurate '
        "but short: a reader who sees only it may think Los Angeles has left the program. The third paragraph "
        'says the vote is "more symbolic than anything", because "individual jurisdictions can\'t choose not to '
        'participate". The city supports a state bill; it has not opted out.',
    ),
]

EXERCISES = ExerciseSet("ex01", "Anatomy of a news story", QUESTIONS)
