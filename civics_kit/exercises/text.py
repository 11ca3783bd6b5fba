"""Text and name questions, with feedback that names the real problem (spelling only when it is spelling)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .messages import CORRECT, INCORRECT, Feedback, Message, count, describe, norm, type_name
from .question import Question, resolve

__all__ = ["Name", "Text", "edit_distance"]

_QUOTE_CHARS = "\"'“”‘’«»"


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: how many letters to add, drop or change to turn ``a`` into ``b``."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def is_typo(answer: str, target: str) -> bool:
    """A small edit: at most 2 letters, or one in twenty for a long answer (never more than 5)."""
    return 0 < edit_distance(answer, target) <= min(max(2, len(target) // 20), 5)


def _tokens(text: str) -> list[str]:
    """The words of a text, without the punctuation and quotation marks around them."""
    return re.findall(r"\w+(?:'\w+)*", text.replace("’", "'"))


def _no_apostrophes(text: str) -> str:
    return re.sub(r"['’]", "", text)


class Text(Question):
    """A piece of text, compared ignoring case, spacing, curly quotes and a final full stop."""

    kind = "text"

    def __init__(
        self,
        var: str,
        expected: str | Sequence[str] | Callable[[], Any],
        *,
        choices: Sequence[str] = (),
        explanations: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(var, **kwargs)
        self.expected, self.choices = expected, tuple(choices)
        self.explanations = {norm(k): v for k, v in (explanations or {}).items()}
        self.accepted = 'text between quotation marks (triple quotes `"""..."""` if it has an apostrophe), any case'
        if self.choices:
            self.accepted += " (one of: " + ", ".join(f"'{c}'" for c in self.choices) + ")"

    def _targets(self) -> list[str]:
        expected = resolve(self.expected)
        return [expected] if isinstance(expected, str) else [str(e) for e in expected]

    def _forms(self, target: str) -> set[str]:
        return {norm(target)}

    def _key(self, text: str) -> str:
        return norm(text)

    def _grade(self, value: Any) -> Message:
        if not isinstance(value, str):
            raise Feedback(
                f'{describe(value)} is {type_name(value)}; give text in quotation marks, e.g. `{self.var} = """..."""`.'
            )
        answer = self._key(value)
        if not answer:
            raise Feedback("your answer is empty.")
        forms = set().union(*(self._forms(t) for t in self._targets()))
        if answer in forms:
            return Message(CORRECT, f"'{self._targets()[0]}'.")
        return Message(INCORRECT, self._reason(value, answer, forms))

    def _reason(self, value: str, answer: str, forms: set[str]) -> str:
        if answer in self.explanations:
            return self.explanations[answer]
        shown = describe(value)
        quoted = any(mark in value for mark in _QUOTE_CHARS.replace("'", "").replace("’", ""))
        bare = answer.strip(_QUOTE_CHARS + " ")
        if bare != answer and (bare in forms or self._key(bare) in forms):
            return f"{shown} has quotation marks inside the text: take them off, the words alone are the answer."
        if not forms:
            return f"{shown} is not the answer to this question."
        nearest = min(sorted(forms), key=lambda f: edit_distance(answer, f))
        if _no_apostrophes(answer) == _no_apostrophes(nearest):
            return f"{shown} is missing an apostrophe (or has one too many): copy the words as the article has them."
        mine, theirs = _tokens(answer), _tokens(nearest)
        marks = " Leave out the quotation marks, too." if quoted else ""
        if mine == theirs and quoted:
            return f"{shown} has quotation marks inside the text: take them off, the words alone are the answer."
        if mine and len(mine) < len(theirs) and _in_order(mine, theirs):
            return f"{shown} is part of the answer: {count(len(theirs) - len(mine), 'word')} more belong to it.{marks}"
        if len(mine) > len(theirs) and _in_order(theirs, mine):
            extra = count(len(mine) - len(theirs), "word")
            return f"{shown} has the answer in it, with {extra} too many: give only the answer.{marks}"
        if is_typo(answer, nearest):
            return f"{shown} is close: check the spelling."
        if self.choices and answer not in {norm(c) for c in self.choices}:
            return f"{shown} is not one of the possible answers: " + ", ".join(self.choices) + "."
        return f"{shown} is not the answer to this question."


def _in_order(part: list[str], whole: list[str]) -> bool:
    """True when the words of ``part`` appear in ``whole`` in order (a missing or extra word)."""
    words = iter(whole)
    return all(any(w == x for x in words) for w in part)


_TITLES = re.compile(
    r"^(?:(?:city|county|state|police|assembly|council)\s+)*(?:councilman|councilwoman|councilmember|mayor|governor|"
    r"senator|sen|rep|assemblyman|assemblywoman|chief|officer|president|mr|mrs|ms|dr|prof|lapd)\.?\s+"
)


class Name(Text):
    """A person's name: the full name or the surname, any case, with or without a title."""

    kind = "name"
    accepted_text = "a name in quotes: the full name or the surname, in any capitalisation (e.g. 'Jane Doe' or 'doe')"

    def __init__(self, var: str, expected: str | Sequence[str] | Callable[[], Any], **kwargs: Any) -> None:
        super().__init__(var, expected, **kwargs)
        self.accepted = self.accepted_text

    def _forms(self, target: str) -> set[str]:
        full = _strip_title(norm(target))
        return {full, full.split()[-1]} if full else set()

    def _key(self, text: str) -> str:
        return _strip_title(norm(re.split(r"[,;(]", text)[0]).strip(_QUOTE_CHARS + " "))

    def _reason(self, value: str, answer: str, forms: set[str]) -> str:
        first_names = {f.split()[0] for f in forms if " " in f}
        if answer in first_names:
            return f"{describe(value)} alone could be anyone: give the surname too."
        return super()._reason(value, answer, forms)


def _strip_title(name: str) -> str:
    previous = None
    while previous != name:
        previous, name = name, _TITLES.sub("", name)
    return name
