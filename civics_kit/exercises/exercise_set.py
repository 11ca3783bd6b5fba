"""An exercise set: the questions of one notebook, bound to its variables, with progress that lasts."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from typing import Any

from ..errors import ExerciseSetupError
from . import store
from .messages import INFO, Message, count, show
from .question import BLANK, Question

__all__ = ["ExerciseSet", "last_bound", "progress"]

_bound: list[ExerciseSet] = []
ANSWER_IN_TABLE = 200


class ExerciseSet:
    """The questions of one exercise notebook, named q1, q2, ... in order."""

    def __init__(self, key: str, title: str, questions: Sequence[Question], *, feedback: bool = True) -> None:
        """``feedback=False`` makes a test: checks record the last answer without saying whether it is right,
        and hints and solutions are off, whatever the teacher switch says."""
        self.key, self.title = key, title
        self.feedback = feedback
        self.questions = list(questions)
        self.namespace: MutableMapping[str, Any] | None = None
        self.saved = True
        for number, question in enumerate(self.questions, 1):
            question.name, question._set = f"q{number}", self

    def bind(self, namespace: MutableMapping[str, Any]) -> None:
        """Read answers from ``namespace`` (pass ``globals()``) and define q1..qN, ``____`` and ``progress``.

        Progress kept in ``handin/<key>.json`` is taken up again, so re-running the setup cell or
        restarting the kernel loses nothing.
        """
        if not isinstance(namespace, MutableMapping):
            raise ExerciseSetupError(
                f"{self.key}.bind() takes the notebook's variables: write {self.key}.bind(globals())."
            )
        self.namespace = namespace
        _bound[:] = [self]
        self.load()
        for question in self.questions:
            namespace[question.name] = question
        namespace.update({"____": BLANK, "progress": self.progress})
        from .traps import install

        install()
        show(Message(INFO, self._welcome(), f"{self.key} · {self.title}"))

    def load(self) -> None:
        """Take up the progress kept for this set (a fresh start when there is none)."""
        records = store.load(self.key)
        for question in self.questions:
            question.reset()
            record = records.get(question.name)
            if record and record.get("variable") == question.var:
                question.restore(record)

    def save(self) -> None:
        """Keep every question's record in ``handin/<key>.json``."""
        self.saved = store.save(self.key, self.title, {q.name: q.record() for q in self.questions})

    def _welcome(self) -> str:
        last = self.questions[-1].name if self.questions else "q0"
        text = (
            f"questions q1 to {last} are ready. Replace each `____` with your answer and run the cell; "
            "`q1.hint()` gives a hint, `progress()` shows your score. Your work is saved as you go in the "
            "`handin` folder beside this notebook."
        )
        if not self.feedback:
            text = (
                f"questions q1 to {last} are ready. This is a test: replace each `____` with your answer and run "
                "the cell to record it (it does not say whether it is right; no hints, no solutions). When you "
                "have finished, hand it in with `progress(save=True)`."
            )
        if any(q.attempts or q.hints_seen for q in self.questions):
            text += f" Welcome back: {self.score()}."
        return text

    def score(self) -> str:
        """``5 of 7 correct, 2 to do``: predictions and discussion answers count once recorded."""
        if not self.feedback:
            done = sum(q.answer is not None for q in self.questions)
            left = len(self.questions) - done
            return f"{done} of {len(self.questions)} answered, {left} to do" if left else f"all {done} answered"
        done = sum(q.correct for q in self.questions)
        left = len(self.questions) - done
        return f"{done} of {len(self.questions)} correct, {left} to do" if left else f"all {done} correct"

    def progress(self, save: bool = False, reset: bool = False, name: str | None = None) -> None:
        """Show the score and every answer; ``save=True`` writes the hand-in, ``reset=True`` starts afresh."""
        show(self.progress_message(save=save, reset=reset, name=name))

    def progress_message(self, save: bool = False, reset: bool = False, name: str | None = None) -> Message:
        """The progress table (a message); writes the hand-in or clears the progress when asked."""
        if reset:
            return self._reset()
        if save:
            return self._hand_in(name)
        rows = [
            f"| {q.name} | {_cell(q.shown_answer(ANSWER_IN_TABLE)) or '–'} | {q.result_word()} | "
            f"{q.attempts} | {q.hints_seen} |"
            for q in self.questions
        ]
        table = "\n".join(["| question | your answer | result | tries | hints |", "|---|---|---|---|---|", *rows])
        after = "Hand it in with `progress(save=True)`; it asks for your name then, and only then."
        if not self.saved:
            after = "Your progress could not be saved (the `handin` folder cannot be written): tell your teacher."
        return Message(INFO, f"**{self.score()}.**\n\n{table}\n\n{after}", f"Progress in {self.key} · {self.title}")

    def _hand_in(self, name: str | None) -> Message:
        if name is None:
            try:
                name = input("Your name for the hand-in: ")
            except Exception:  # no keyboard here (a script, a test): the name must come as an argument
                name = ""
        name = " ".join(str(name).split())
        if not name:
            return Message(INFO, "the hand-in needs your name: `progress(save=True, name='Your Name')`.", "Hand-in")
        from .handin import write_handin

        try:
            page, sheet = write_handin(self, name)
        except OSError as error:
            return Message(INFO, f"the hand-in could not be written ({error.strerror}): tell your teacher.", "Hand-in")
        return Message(
            INFO,
            f"{self.score()}. Written `{page.name}` (print it: one or two pages) and `{sheet.name}` (for your "
            "teacher's gradebook) in the `handin` folder beside this notebook.",
            "Hand-in",
        )

    def _reset(self) -> Message:
        gone = store.forget(self.key)
        for question in self.questions:
            question.reset()
        return Message(
            INFO,
            f"progress cleared ({count(len(gone), 'file')} deleted): the next person starts at "
            f"0 of {len(self.questions)}.",
            "Progress",
        )

    def __iter__(self) -> Any:
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    def __repr__(self) -> str:
        return f"<ExerciseSet {self.key}: {self.title}, {len(self.questions)} questions>"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def last_bound() -> ExerciseSet | None:
    """The exercise set bound last in this session, if any."""
    return _bound[0] if _bound else None


def forget_binding() -> None:
    """Forget which set was bound (tests; a fresh session)."""
    _bound.clear()


def progress(save: bool = False, reset: bool = False, name: str | None = None) -> None:
    """Show the progress of the exercise set bound last in this session (see :meth:`ExerciseSet.progress`).

    >>> import civics_kit as ck
    >>> from civics_kit.exercises import ex00
    >>> ex00.bind({})                        # what the setup cell does, with globals()
    ex00 · Article basics: questions q1 to q10 are ready. ...
    >>> ck.progress()
    Progress in ex00 · Article basics: 0 of 10 correct, 10 to do.
    ...
    """
    bound = last_bound()
    if bound is None:
        show(Message(INFO, "no exercise set is bound yet: run the setup cell at the top of the notebook.", "Progress"))
    else:
        bound.progress(save=save, reset=reset, name=name)
