"""Open questions: an answer is recorded (never "correct") once it cites the article and says something of its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .messages import CORRECT, Feedback, Message, describe, type_name
from .question import Question, resolve

__all__ = ["Discuss", "cites_article", "own_words"]

_QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”|«([^»]+)»|‘([^’]+)’(?!\w)|(?<!\w)'([^']+)'(?!\w)")
_WORDS = re.compile(r"\w+(?:'\w+)*")
OWN_WORDS = 6


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold().replace("’", "'"))


def cites_article(answer: str, article_text: str) -> str | None:
    """The quoted phrase by which ``answer`` cites the article, or None.

    An answer cites the article when it contains a phrase in quotation marks
    (straight or curly) of two words or more that appears word for word in the
    article, case and punctuation aside.
    """
    source = " " + " ".join(_words(article_text)) + " "
    for match in _QUOTED.finditer(answer):
        phrase = _words(next(g for g in match.groups() if g))
        if len(phrase) >= 2 and f" {' '.join(phrase)} " in source:
            return match.group(0)
    return None


def own_words(answer: str, article_text: str, run: int = 4) -> int:
    """How many different words the student wrote: outside quotation marks and outside copied runs of the article."""
    outside = _words(_QUOTED.sub(" ", answer))
    source = " " + " ".join(_words(article_text)) + " "
    copied = set()
    for i in range(len(outside) - run + 1):
        if f" {' '.join(outside[i : i + run])} " in source:
            copied.update(range(i, i + run))
    return len({w for i, w in enumerate(outside) if i not in copied})


class Discuss(Question):
    """An open question: recorded once the answer quotes the article and adds six words of the student's own."""

    kind = "discuss"
    recorded_word = "recorded"

    def __init__(self, var: str, source: str | Callable[[], str], *, min_words: int = OWN_WORDS, **kwargs: Any) -> None:
        super().__init__(var, **kwargs)
        self.source, self.min_words = source, min_words
        self.accepted = (
            f"your own sentence ({min_words} or more words of your own) between triple quotes, citing the article: "
            'a phrase of two or more words from it in quotation marks, e.g. `"""The article says "..." because ..."""`'
        )

    def _grade(self, value: Any) -> Message:
        if not isinstance(value, str):
            raise Feedback(f"{describe(value)} is {type_name(value)}; write your answer as text between triple quotes.")
        article = resolve(self.source)
        cited = cites_article(value, article)
        if cited is None:
            raise Feedback(
                "back your answer up with the article: put a phrase of two or more words from it in quotation "
                'marks inside your answer, e.g. `"""The article says "..." and I think ..."""`.'
            )
        mine = own_words(value, article)
        if mine < self.min_words:
            raise Feedback(
                f"you quote the article ({cited}); now say what you think in your own words: "
                f"at least {self.min_words} different words of your own (you have {mine})."
            )
        return Message(
            CORRECT,
            f"your answer cites the article ({cited}). It goes to your teacher in full with `progress(save=True)`. "
            f"Compare it with a model answer: `{self.name}.solution()`. There is more than one good answer.",
            "Answer recorded",
        )

    def _solution_gate(self) -> str:
        return "" if self.correct else "The model answer opens once your answer cites the article (check it first)."
