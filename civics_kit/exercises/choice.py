"""Choice questions: one option or several, each wrong option explaining itself."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .messages import CORRECT, INCORRECT, Feedback, Message, count, describe, norm, type_name
from .question import Question

__all__ = ["Choice", "bare"]


def bare(text: str) -> str:
    """Normalised text without a leading article: "A news report" -> "news report"."""
    return re.sub(r"^(?:an?|the)\s+", "", norm(text))


def option_keys(value: Any, options: Mapping[str, str]) -> list[str]:
    """The option keys a student chose: "B", "b", ["A", "C"], "A, C" or an option's text."""
    by_form = {norm(k): k for k in options} | {bare(t): k for k, t in options.items()}
    if isinstance(value, str):
        if bare(value.strip("\"'“”‘’ ")) in by_form:
            return [by_form[bare(value.strip("\"'“”‘’ "))]]
        parts = [p for p in re.split(r"[,;\s]+|\band\b", value) if p.strip()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        parts = list(value)
    else:
        raise Feedback(f"{describe(value)} is {type_name(value)}; give the letter of an option, e.g. 'A'.")
    keys = []
    for part in parts:
        key = by_form.get(norm(part).strip("\"'“”‘’ ")) if isinstance(part, str) else None
        if key is None:
            raise Feedback(f"{describe(part)} is not an option: choose from " + ", ".join(options) + ".")
        keys.append(key)
    if not keys:
        raise Feedback("choose at least one option.")
    return sorted(set(keys), key=list(options).index)


class Choice(Question):
    """Choose one option (or several, with ``multiple=True``); each wrong option explains itself."""

    kind = "choice"

    def __init__(
        self,
        var: str,
        options: Mapping[str, str],
        correct: str | Iterable[str],
        *,
        explanations: Mapping[str, str] | None = None,
        multiple: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(var, **kwargs)
        self.options, self.multiple = dict(options), multiple
        self.right = [correct] if isinstance(correct, str) else list(correct)
        self.explanations = dict(explanations or {})
        kind = "the letters of every option that fits, e.g. ['A', 'C']" if multiple else "the letter of one option"
        self.accepted = f"{kind} ({', '.join(self.options)})"

    def _grade(self, value: Any) -> Message:
        chosen = option_keys(value, self.options)
        if not self.multiple and len(chosen) > 1:
            raise Feedback("choose one option only.")
        if chosen == self.right:
            why = " ".join(self.explanations.get(k, "") for k in chosen).strip()
            return Message(CORRECT, why or ", ".join(chosen) + ".")
        wrong = [k for k in chosen if k not in self.right]
        lines = [f"**{k}** ({self.options[k]}): {self.explanations.get(k, 'does not fit.')}" for k in wrong]
        left_out = len([k for k in self.right if k not in chosen])
        if self.multiple and left_out:
            lines.append(f"You left out {count(left_out, 'option')} that also fit{'s' if left_out == 1 else ''}.")
        return Message(INCORRECT, "\n\n".join(lines))
