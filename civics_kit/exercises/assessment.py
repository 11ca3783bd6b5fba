"""Assessments: a test form is an exercise set without feedback whose every item is tagged with a skill.

Form A (``form_a``) is the pre-test, form B (``form_b``) the post-test. They ask the same skills with the
same item types in the same order, on the same bundled article, so that ``civics-kit collect`` can put a
student's two scores side by side, skill by skill (:mod:`.prepost`). The printable sheet and the answer key
under ``teacher/assessments/`` are written from the forms (``sheet_markdown``, ``key_markdown``), so the
paper, the notebook and the key can never disagree.
"""

from __future__ import annotations

import importlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .choice import Choice
from .dates import Date
from .exercise_set import ExerciseSet
from .labelling import Labelling
from .question import Question

if TYPE_CHECKING:
    from ..article import Article

__all__ = ["FORMS", "SKILLS", "Assessment", "Item", "estimated_minutes", "form", "key_markdown", "sheet_markdown"]

# The skills, in the order of the unit; each item of a form is tagged with one of them.
SKILLS: dict[str, str] = {
    "kind": "What kind of text is this? (lesson 01)",
    "voices": "Who is quoted, and who is missing (lesson 02)",
    "words": "Loaded words and quotation marks (lesson 03)",
    "evidence": "Fact, claim, opinion and the evidence (lesson 04)",
    "record": "Tracing a claim to the record (lesson 05)",
    "dates": "Dates and stale news (lesson 06)",
    "behind": "Who is behind a source (lesson 10)",
}
FORMS = {"form_a": "pre", "form_b": "post"}  # set key -> when it is given


@dataclass
class Item:
    """One test item: its skill, what the sheet asks, the checked question and the key's reasoning."""

    skill: str
    prompt: str
    question: Question
    answer: str
    reasoning: str

    def __post_init__(self) -> None:
        if self.skill not in SKILLS:
            raise ValueError(f"unknown skill {self.skill!r}: use one of {', '.join(SKILLS)}")


class Assessment(ExerciseSet):
    """A test form: questions without feedback (no result shown, no hints, no solutions), each with a skill."""

    def __init__(self, key: str, title: str, article: str, article_title: str, items: Sequence[Item]) -> None:
        super().__init__(key, title, [item.question for item in items], feedback=False)
        self.article, self.article_title, self.items = article, article_title, list(items)
        self.when = FORMS.get(key, "")

    def skill_of(self, question_name: str) -> str:
        """The skill of question ``q1``, ``q2``, ... ('' for a name the form does not have)."""
        return next((i.skill for i in self.items if i.question.name == question_name), "")


def form(key: str) -> Assessment | None:
    """The assessment form ``form_a`` or ``form_b`` (None for any other key)."""
    if key not in FORMS:
        return None
    return importlib.import_module(f"civics_kit.exercise_sets.{key}").EXERCISES


def _choices(question: Question) -> list[str]:
    if isinstance(question, Choice):
        note = "Choose every option that fits." if question.multiple else "Choose one."
        return [f"{note}\n", *(f"- **{k}.** {text}" for k, text in question.options.items())]
    if isinstance(question, Labelling):
        labels = " / ".join(question.labels)
        return [f"Label each one {labels}.\n", *(f"- “…{item}…”  ________" for item in question.items)]
    if isinstance(question, Date):
        return ["Give the full date, with the year: ____________________"]
    return ["Answer: ____________________"]


def sheet_markdown(assessment: Assessment, attribution: str) -> str:
    """The printable sheet of a form (Markdown): the article's credit line, then every item."""
    lines = [
        f"# {assessment.title}",
        "",
        "Name: ______________________  Date: ____________",
        "",
        f"Read the article *{assessment.article_title}* (your teacher gives it to you), then answer. "
        "No notes, no searching. Write one letter, one name, one date or one label per answer.",
        "",
        f"Article: {attribution}",
        "",
    ]
    for number, item in enumerate(assessment.items, 1):
        lines += [f"**{number}.** {item.prompt}", "", *_choices(item.question), ""]
    return "\n".join(lines).rstrip() + "\n"


def key_markdown(assessment: Assessment) -> str:
    """The answer key of a form (Markdown): skill, answer and the reasoning for every item."""
    lines = [
        f"# Answer key: {assessment.title}",
        "",
        f"On *{assessment.article_title}* (`{assessment.article}`). One mark an item; a labelling item needs every "
        "label right. `civics-kit collect` marks the notebook form with the same key.",
        "",
        "| item | skill | answer |",
        "|---|---|---|",
    ]
    lines += [f"| {n} | {SKILLS[i.skill]} | {i.answer} |" for n, i in enumerate(assessment.items, 1)]
    lines.append("")
    for number, item in enumerate(assessment.items, 1):
        lines += [f"**{number}. {item.answer}** ({item.skill}). {item.reasoning}", ""]
    return "\n".join(lines).rstrip() + "\n"


WORDS_PER_MINUTE, MINUTES_PER_ITEM = 130, 4  # the lessons' rule (tools/estimate_times.py): prose, a task
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


def estimated_minutes(assessment: Assessment, article: Article) -> int:
    """The lessons' rule applied to a form: the article and the items read at 130 words a minute, 4 minutes
    an item (each item is one task; the rule's 2 minutes per code cell are not added, since in the notebook
    the answer cell is the task itself)."""
    words = len(_WORD.findall(article.text)) + sum(
        len(_WORD.findall(" ".join([item.prompt, *_choices(item.question)]))) for item in assessment.items
    )
    return math.ceil(words / WORDS_PER_MINUTE + MINUTES_PER_ITEM * len(assessment.items))
