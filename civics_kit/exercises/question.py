"""The question every type shares: read the answer, grade it, record it, give hints and the solution."""

from __future__ import annotations

import difflib
import os
from collections.abc import MutableMapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .answers import encode, readable
from .messages import CORRECT, ERROR, INCORRECT, INFO, UNANSWERED, Feedback, Message, count, describe, show, type_name

if TYPE_CHECKING:
    from .exercise_set import ExerciseSet

__all__ = ["BLANK", "NO_SOLUTIONS_ENV", "NO_SOLUTIONS_FILE", "Question", "is_template", "resolve", "solutions_disabled"]

NO_SOLUTIONS_ENV = "CIVICS_KIT_NO_SOLUTIONS"
NO_SOLUTIONS_FILE = ".no-solutions"
_RANK = {None: 0, "incorrect": 1, "error": 1, "correct": 2, "recorded": 2}
ANSWERED = "answered"  # what progress shows in a set without feedback (a test): the result stays hidden


class _Blank:
    """The placeholder ``____`` a student replaces with an answer."""

    _instance: _Blank | None = None

    def __new__(cls) -> _Blank:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"


BLANK = _Blank()
MISSING = object()
_TEMPLATE_TEXT = {"", "____", "...", "…", "label", "your answer"}


def is_template(value: Any) -> bool:
    '''True for an untouched template: ``____``, ``"""____"""``, ``...`` or a dict/list of nothing else.'''
    if value is BLANK or value is Ellipsis or value is MISSING:
        return True
    if isinstance(value, str):
        return value.strip().strip("'\"").strip().casefold() in _TEMPLATE_TEXT
    if isinstance(value, dict):
        return bool(value) and all(is_template(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return bool(value) and all(is_template(v) for v in value)
    return False


def resolve(expected: Any) -> Any:
    """An expected answer, computed now if it is a callable."""
    if callable(expected):
        try:
            return expected()
        except Exception as error:
            raise Feedback(
                f"The answer key could not be computed ({type(error).__name__}). This is not your fault: "
                "tell your teacher.",
                ERROR,
            ) from None
    return expected


def solutions_disabled() -> bool:
    """True when the teacher switch is on (environment variable or ``.no-solutions`` file)."""
    flag = os.environ.get(NO_SOLUTIONS_ENV, "").strip().lower()
    return flag not in ("", "0", "false", "no") or Path(NO_SOLUTIONS_FILE).exists()


class Question:
    """One checked question: reads ``var`` from the bound notebook's variables."""

    kind = "question"
    accepted = "any answer"
    recorded_word = "correct"  # what a passing answer is called in progress: "recorded" for open questions

    def __init__(self, var: str, *, hints: Sequence[str] = (), solution: str = "", title: str = "") -> None:
        self.var = var
        self.hints = tuple(hints)
        self._solution = solution
        self.title = title or var
        self.name = "q"
        self._set: ExerciseSet | None = None
        self.reset()

    def reset(self) -> None:
        """Forget attempts, hints and results."""
        self.attempts = 0
        self.hints_seen = 0
        self.last: Message | None = None
        self.best: str | None = None  # "correct", "recorded" or "incorrect"
        self.answer: Any = None  # the answer that earned ``best``, JSON-encoded
        self.answered_on = ""

    def restore(self, record: dict[str, Any]) -> None:
        """Take up the state a progress file kept."""
        self.attempts = int(record.get("attempts", 0))
        self.hints_seen = int(record.get("hints", 0))
        self.best = record.get("result")
        self.answer = record.get("answer")
        self.answered_on = str(record.get("date", ""))

    def record(self) -> dict[str, Any]:
        """What a progress file keeps of this question (no name, a date without a time)."""
        return {
            "variable": self.var,
            "kind": self.kind,
            "title": self.title,
            "result": self.best,
            "attempts": self.attempts,
            "hints": self.hints_seen,
            "answer": self.answer,
            "date": self.answered_on,
        }

    @property
    def correct(self) -> bool:
        """True once an answer was correct (or recorded): the best result counts, not the last."""
        return self.best in ("correct", "recorded")

    # -- what the student calls ------------------------------------------------

    def check(self) -> None:
        """Check the answer and show the feedback."""
        show(self.assess())

    def hint(self, n: int = 1) -> None:
        """Show hint number ``n`` (1 is the gentlest)."""
        show(self.hint_message(n))

    def solution(self) -> None:
        """Show the solution (after one attempt, unless the teacher turned solutions off)."""
        show(self.solution_message())

    # -- the same, returning the message ----------------------------------------

    def assess(self) -> Message:
        """Check the answer in the notebook, record it and return the feedback; never raises."""
        namespace = self._namespace()
        if namespace is None:
            return Message(INFO, "run the setup cell at the top of the notebook first (it calls `bind(globals())`).")
        value = namespace.get(self.var, MISSING)
        if is_template(value):
            return self._unanswered(value)
        self.attempts += 1
        message = self.verdict(value)
        if not self._feedback():
            return self._keep_for_test(value)
        self.last = message
        self._keep(value, message)
        return message

    def _feedback(self) -> bool:
        """False in a set that gives no feedback (an assessment): no result, hint or solution is shown."""
        return self._set is None or self._set.feedback

    def _keep_for_test(self, value: Any) -> Message:
        """In a test the last answer counts and its result stays hidden (the teacher's collect re-checks it)."""
        try:
            self.answer = encode(value)
        except Exception:
            self.answer = {"unreadable": f"a {type(value).__name__}"}
        self.best, self.answered_on = ANSWERED, date.today().isoformat()
        if self._set is not None:
            try:
                self._set.save()
            except (TypeError, ValueError):
                self._set.saved = False
        self.last = Message(
            INFO,
            f"your answer to {self.name} is recorded. This is a test, so it does not say whether it is right: "
            "you can change it and run the check again; the last answer you check counts.",
            "Recorded",
        )
        return self.last

    def verdict(self, value: Any) -> Message:
        """The feedback on ``value``, changing nothing (``civics-kit collect`` re-checks hand-ins with it)."""
        if is_template(value):
            return Message(UNANSWERED, f"replace the template with your answer. Accepted: {self.accepted}.")
        try:
            return self._grade(value)
        except Feedback as feedback:
            return feedback.message
        except Exception as error:
            return Message(
                INCORRECT,
                f"{describe(value)} could not be checked ({type_name(value)} caused {type(error).__name__}). "
                f"Accepted: {self.accepted}.",
            )

    def result_of(self, message: Message) -> str:
        """The word progress shows for a verdict: correct, recorded, incorrect or not answered."""
        if message.status == CORRECT:
            return self.recorded_word
        return "not answered" if message.status == UNANSWERED else INCORRECT

    def _keep(self, value: Any, message: Message) -> None:
        """Record the result if it is the best so far, and save; a value that cannot be stored never raises."""
        result = self.result_of(message)
        if _RANK.get(result, 0) >= _RANK.get(self.best, 0) and self._replaces(result):
            try:
                answer = encode(value)
            except Exception:
                answer = {"unreadable": f"a {type(value).__name__}"}
            self.best, self.answer, self.answered_on = result, answer, date.today().isoformat()
        if self._set is not None:
            try:
                self._set.save()
            except (TypeError, ValueError):  # an answer JSON cannot hold: keep it in memory only
                self._set.saved = False

    def _replaces(self, result: str) -> bool:
        """Whether a new answer with this result replaces the one on record (a first prediction stays)."""
        return True

    def hint_message(self, n: Any = 1) -> Message:
        """Hint number ``n`` as a message."""
        if not self._feedback():
            return Message(INFO, "There are no hints in a test: answer as well as you can.", "Hint")
        if not self.hints:
            return Message(INFO, "There are no hints for this question.", "Hint")
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            return Message(
                INFO, f"Ask for a hint by number: `{self.name}.hint(1)` to `{self.name}.hint({len(self.hints)})`."
            )
        shown = min(n, len(self.hints))
        self.hints_seen = max(self.hints_seen, shown)
        if self._set is not None:
            self._set.save()
        extra = f" (there {'is' if len(self.hints) == 1 else 'are'} only {count(len(self.hints), 'hint')})"
        body = self.hints[shown - 1] + (extra if n > len(self.hints) else "")
        return Message(INFO, body, f"Hint {shown} of {len(self.hints)}")

    def solution_message(self) -> Message:
        """The solution as a message, or why it is not shown yet."""
        if not self._feedback():
            return Message(
                INFO, "There are no solutions in a test: your teacher goes through it afterwards.", "Solution"
            )
        if solutions_disabled():
            return Message(INFO, "Solutions are turned off for this class. Ask your teacher.", "Solution")
        if self.attempts == 0:
            return Message(
                INFO,
                f"Try first: set `{self.var} = ...` and run `{self.name}.check()`. "
                "The solution opens after you have checked an answer of your own.",
                "Solution",
            )
        gate = self._solution_gate()
        if gate:
            return Message(INFO, gate, "Solution")
        return Message(INFO, self._solution or "There is no written solution for this question.", "Solution")

    # -- for subclasses -----------------------------------------------------------

    def _grade(self, value: Any) -> Message:
        raise NotImplementedError

    def _solution_gate(self) -> str:
        return ""

    def _namespace(self) -> MutableMapping[str, Any] | None:
        return self._set.namespace if self._set else None

    def _unanswered(self, value: Any) -> Message:
        if value is MISSING or value is BLANK:
            body = f"set `{self.var} = ...` (replace `____` with your answer), then check again."
        elif isinstance(value, str):
            body = (
                f"`{self.var}` still holds the placeholder: write your answer between the quotation marks "
                "instead of `____`, then check again."
            )
        else:
            body = f"`{self.var}` still holds the template: replace each `...` with your answer, then check again."
        body += f" Accepted: {self.accepted}."
        names = [n for n in self._namespace() or {} if isinstance(n, str) and not n.startswith("_")]
        close = difflib.get_close_matches(self.var, names, n=1, cutoff=0.8)
        if close and close[0] != self.var:
            body += f" You have a variable `{close[0]}`: check the spelling."
        return Message(UNANSWERED, body)

    def result_word(self) -> str:
        """The best result so far, in words."""
        return self.best or "not answered"

    def shown_answer(self, limit: int | None = None) -> str:
        """The answer on record as a teacher reads it."""
        if self.answer is None:
            return ""
        from .answers import decode

        try:
            return readable(decode(self.answer), limit)
        except ValueError:
            return str(self.answer.get("unreadable", "")) if isinstance(self.answer, dict) else ""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}: set {self.var}, then {self.name}.check()>"
