"""Feedback messages: Markdown that renders in Jupyter, plain text elsewhere, the same every run."""

from __future__ import annotations

import math
import re
from typing import Any

__all__ = [
    "CORRECT",
    "ERROR",
    "INCORRECT",
    "INFO",
    "UNANSWERED",
    "Feedback",
    "Message",
    "count",
    "describe",
    "fmt",
    "norm",
    "show",
]

CORRECT, INCORRECT, UNANSWERED, INFO, ERROR = "correct", "incorrect", "unanswered", "info", "error"
HEADINGS = {
    CORRECT: "Correct",
    INCORRECT: "Incorrect",
    UNANSWERED: "You have not answered yet",
    INFO: "Note",
    ERROR: "Error",
}
SHOWN_IN_FULL = 200  # answers up to this many characters are quoted whole in feedback
_BLOCK_START = re.compile(r"^(?:```|~~~|\||#|- |\* |\d+\. |>)")
_FENCE = re.compile(r"^```[\w-]*\n.*?^```$", re.DOTALL | re.MULTILINE)


class Message:
    """Feedback: a heading (Correct, Hint 1 of 2, ...) and a Markdown body."""

    def __init__(self, status: str, body: str = "", heading: str | None = None) -> None:
        self.status = status
        self.body = body
        self.heading = heading or HEADINGS[status]

    @property
    def ok(self) -> bool:
        """True for a correct (or accepted) answer."""
        return self.status == CORRECT

    def _repr_markdown_(self) -> str:
        """The heading in bold; a body that starts with a block (code, table, list) goes below it."""
        if not self.body:
            return f"**{self.heading}.**"
        if _BLOCK_START.match(self.body) or self.body.startswith("\n"):
            return f"**{self.heading}:**\n\n{self.body.lstrip(chr(10))}"
        return f"**{self.heading}:** {self.body}"

    def _repr_html_(self) -> str:
        from ..rendering import render_markdown

        body = render_markdown(self._repr_markdown_())
        return f'<div class="civics-kit-feedback civics-kit-{self.status}">{body}</div>'

    def __repr__(self) -> str:
        """Plain text: no bold marks and no fence lines (code keeps its own lines)."""
        lines = self._repr_markdown_().replace("**", "").splitlines()
        return "\n".join(line for line in lines if not line.startswith("```"))

    __str__ = __repr__

    def code_blocks(self) -> list[str]:
        """The code of every fenced block in the body (what a student would paste)."""
        return [m.group(0).split("\n", 1)[1].rsplit("```", 1)[0] for m in _FENCE.finditer(self.body)]


class Feedback(Exception):
    """Raised inside a check to stop with a friendly message."""

    def __init__(self, body: str, status: str = INCORRECT) -> None:
        super().__init__(body)
        self.message = Message(status, body)


def show(message: Message) -> None:
    """Display a message in Jupyter (Markdown) or print it (plain text)."""
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:
        print(message)
        return
    if get_ipython() is None:
        print(message)
    else:
        display(message)


def describe(value: Any, limit: int = SHOWN_IN_FULL) -> str:
    """A safe Markdown repr of a student's value: in full up to ``limit`` characters, else its start and length."""
    try:
        text = repr(value)
    except Exception:
        return f"a {type(value).__name__}"
    if len(text) > limit:
        text = f"{text[: limit - 20]}... ({len(text)} characters in all)"
    return "`" + text.replace("`", "'") + "`"


def fmt(x: float) -> str:
    """A number as a student would write it: 7, not 7.0; 0.5321 as 0.5321."""
    if math.isfinite(x) and x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return f"{x:.4g}"


def norm(text: str) -> str:
    """Text for comparison: straight quotes, one space, no case, no final full stop."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split()).strip(" .")


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``1 label``, ``2 labels``: a count in correct grammar."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def type_name(value: Any) -> str:
    """``an int``, ``a list``: the type of a value with its article."""
    name = {"str": "piece of text (str)", "int": "whole number (int)", "float": "number (float)"}.get(
        type(value).__name__, type(value).__name__
    )
    return ("an " if name[0] in "aeiou" else "a ") + name
