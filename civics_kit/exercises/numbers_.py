"""Number questions: a prediction (any honest guess) and a number within a tolerance, shares in every form."""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .answers import decode
from .messages import CORRECT, ERROR, INCORRECT, Feedback, Message, describe, fmt, type_name
from .question import Question, resolve

__all__ = ["Number", "Predict", "to_number"]

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s?(?:%|percent\b|per cent\b)?")


def to_number(value: Any) -> tuple[float, bool]:
    """A student's number and whether it was written as a percentage ("42%", "42 percent")."""
    if isinstance(value, bool):
        raise Feedback(f"{value} is a yes/no value, not a number.")
    percent = False
    if isinstance(value, str):
        text = re.sub(r"(?<=\d)[,_](?=\d{3})", "", value.replace("’", "'"))
        found = _NUMBER.findall(text)
        if len(found) != 1:
            raise Feedback(f"{describe(value)} is text, not a number. Write the number without quotes, e.g. `42`.")
        percent = not found[0].rstrip()[-1].isdigit()
        number = float(re.sub(r"\s?(?:%|percent|per cent)$", "", found[0]))
    elif isinstance(value, numbers.Real):
        try:
            number = float(value)
        except OverflowError:
            raise Feedback(f"{describe(value)} is far too large.") from None
    elif getattr(value, "size", None) == 1 and hasattr(value, "item"):
        return to_number(value.item())
    elif isinstance(value, (Mapping, Iterable)):
        raise Feedback(f"Give one number, not {type_name(value)} ({describe(value)}).")
    else:
        raise Feedback(f"{describe(value)} is {type_name(value)}, not a number.")
    if not math.isfinite(number):
        raise Feedback(f"{describe(value)} is not a usable number (NaN or infinite): check your calculation.")
    return (number / 100 if percent else number), percent


class Predict(Question):
    """Record a prediction before the cell that computes the value; any number is accepted."""

    kind = "predict"
    accepted = "any number: your honest guess"
    recorded_word = "recorded"

    def __init__(self, var: str, **kwargs: Any) -> None:
        kwargs.setdefault("solution", "There is no right guess: any honest prediction counts.")
        super().__init__(var, **kwargs)

    def recorded(self) -> float | None:
        """The prediction on record, or the one in the notebook if it was never checked."""
        for source in (lambda: decode(self.answer) if self.best else None, lambda: (self._namespace() or {})[self.var]):
            try:
                value = source()
                if value is not None:
                    return to_number(value)[0]
            except Exception:
                continue
        return None

    def _grade(self, value: Any) -> Message:
        number, _ = to_number(value)
        first = self.recorded() if self.best else None
        if first is None or first == number:
            return Message(CORRECT, f"prediction recorded: {fmt(number)}. Now compute the real value.", "Recorded")
        return Message(
            CORRECT, f"your first prediction, {fmt(first)}, stays on record: guesses are for learning.", "Recorded"
        )

    def _replaces(self, result: str) -> bool:
        return not self.correct


class Number(Question):
    """A number within a tolerance; with ``share=True`` also 42 or "42%" for 0.42."""

    kind = "number"

    def __init__(
        self,
        var: str,
        expected: float | Callable[[], float],
        *,
        tolerance: float | None = None,
        share: bool = False,
        what: str = "the value",
        close_note: str = "",
        predicted_by: Predict | None = None,
        reflect: str = "",
        points: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(var, **kwargs)
        self.expected, self.share, self.what, self.points = expected, share, what, points
        self.tolerance = tolerance if tolerance is not None else (0.005 if share else 0.0)
        self.close_note, self.predicted_by, self.reflect = close_note, predicted_by, reflect
        self.accepted = 'a share as 0.42, 42 or "42%"' if share else "a number"
        if points:
            self.accepted = 'a difference in percentage points, as a number (12, or 0.12) or as "12 points"'
        if self.tolerance and not share:
            self.accepted += f" (within ±{fmt(self.tolerance)})"

    def _grade(self, value: Any) -> Message:
        target = float(resolve(self.expected))
        if not math.isfinite(target):
            raise Feedback("The answer key is not a number here. This is not your fault: tell your teacher.", ERROR)
        number, percent = to_number(value)
        scaled = self.share or self.points
        candidates = [number] if percent or not scaled else [number, number / 100]
        hit = next((c for c in candidates if abs(c - target) <= self.tolerance + 1e-9), None)
        if hit is None:
            return Message(INCORRECT, self._reason(number, target))
        if self.points:
            text = f"{fmt(round(hit * 100, 1))} percentage points"
        else:
            text = f"{fmt(round(hit * 100, 2))}%" if self.share else fmt(hit)
        parts = [f"{text} is {self.what}."]
        if hit != target and self.close_note:
            parts.append(self.close_note)
        parts.append(self._prediction_note(hit))
        text = " ".join(p for p in parts if p)
        return Message(CORRECT, text + (f"\n\nBefore you move on: {self.reflect}" if self.reflect else ""))

    def _reason(self, number: float, target: float) -> str:
        if self.points and not -100 <= number <= 100:
            return f"{fmt(number)} is far outside: a gap between two percentages is at most 100 points."
        if self.share and not 0 <= number <= 100:
            return f"a share lies between 0 and 1 (0% and 100%); {fmt(number)} is outside."
        if not (self.share or self.points) and target.is_integer() and not number.is_integer():
            return f"{fmt(number)} is not a whole number, but {self.what} is a count."
        scaled = number / 100 if (self.share or self.points) and abs(number) > 1 else number
        return f"{fmt(number)} is {'too high' if scaled > target else 'too low'} for {self.what}."

    def _prediction_note(self, actual: float) -> str:
        if self.predicted_by is None:
            return ""
        guess = self.predicted_by.recorded()
        if guess is None:
            name = self.predicted_by.name
            return f"(You did not record a prediction in {name} first: next time, guess before you count.)"
        if self.share or self.points:  # a guess of 30 means 30% (or 30 points), as an answer of 30 does
            guess = guess / 100 if guess > 1 else guess
            shown = f"{fmt(round(guess * 100, 1))}{' points' if self.points else '%'}"
            return f"You predicted {shown}: off by {fmt(round(abs(guess - actual) * 100, 1))} points."
        return f"You predicted {fmt(guess)}: off by {fmt(abs(guess - actual))}."
