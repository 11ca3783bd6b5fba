"""Self-guided exercises: instant, fair feedback on answers in a notebook.

A setup cell binds an exercise set to the notebook's variables::

    from civics_kit.exercises import ex00
    ex00.bind(globals())          # defines q1, q2, ..., ____ and progress()

The student replaces a placeholder (``word_count = ____``) and runs
``q2.check()``; ``q2.hint()``/``q2.hint(2)`` give hints, ``q2.solution()``
opens after one attempt (unless the teacher switch is on: the environment
variable ``CIVICS_KIT_NO_SOLUTIONS=1`` or a file named ``.no-solutions`` in
the working folder), and ``progress()`` prints a summary to hand in.

Question types: :class:`Number` (``share=True`` accepts 0.42, 42 and "42%"),
:class:`Text`, :class:`Name`, :class:`Table`, :class:`Choice`,
:class:`Labelling`, :class:`Discuss` and :class:`Predict`. Expected answers may
be callables, evaluated when the student checks. Every check catches
everything and answers with a :class:`Message`: never a traceback.
"""

from __future__ import annotations

import difflib
import importlib
import math
import numbers
import os
import re
import reprlib
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from pathlib import Path
from typing import Any

from .errors import ExerciseSetupError

__all__ = [
    "BLANK",
    "NO_SOLUTIONS_ENV",
    "NO_SOLUTIONS_FILE",
    "Choice",
    "Discuss",
    "ExerciseSet",
    "Labelling",
    "Message",
    "Name",
    "Number",
    "Predict",
    "Question",
    "Table",
    "Text",
    "cites_article",
    "progress",
    "solutions_disabled",
]

NO_SOLUTIONS_ENV = "CIVICS_KIT_NO_SOLUTIONS"
NO_SOLUTIONS_FILE = ".no-solutions"
CORRECT, INCORRECT, UNANSWERED, INFO, ERROR = "correct", "incorrect", "unanswered", "info", "error"
_HEADINGS = {
    CORRECT: "Correct",
    INCORRECT: "Incorrect",
    UNANSWERED: "You have not answered yet",
    INFO: "Note",
    ERROR: "Error",
}


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
_MISSING = object()


class Message:
    """Feedback: Markdown in Jupyter, plain text elsewhere; the same every run."""

    def __init__(self, status: str, body: str = "", heading: str | None = None) -> None:
        self.status = status
        self.body = body
        self.heading = heading or _HEADINGS[status]

    @property
    def ok(self) -> bool:
        """True for a correct (or accepted) answer."""
        return self.status == CORRECT

    def _repr_markdown_(self) -> str:
        return f"**{self.heading}:** {self.body}" if self.body else f"**{self.heading}.**"

    def __repr__(self) -> str:
        lines = [line for line in self._repr_markdown_().replace("**", "").splitlines() if not line.startswith("```")]
        return "\n".join(lines)

    __str__ = __repr__


class _Feedback(Exception):
    """Raised inside a check to stop with a friendly message."""

    def __init__(self, body: str, status: str = INCORRECT) -> None:
        super().__init__(body)
        self.message = Message(status, body)


def _show(message: Message) -> None:
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


def _describe(value: Any) -> str:
    """A short, safe repr of a student's value (it may be huge or broken)."""
    try:
        return f"`{reprlib.repr(value)}`"
    except Exception:
        return f"a {type(value).__name__}"


def _fmt(x: float) -> str:
    if math.isfinite(x) and x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return f"{x:.4g}"


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split()).strip(" .")


def _resolve(expected: Any) -> Any:
    if callable(expected):
        try:
            return expected()
        except Exception as error:
            raise _Feedback(
                f"The answer key could not be computed ({type(error).__name__}). This is not your fault: "
                "tell your teacher.",
                ERROR,
            ) from None
    return expected


def solutions_disabled() -> bool:
    """True when the teacher switch is on (environment variable or ``.no-solutions`` file)."""
    flag = os.environ.get(NO_SOLUTIONS_ENV, "").strip().lower()
    return flag not in ("", "0", "false", "no") or Path(NO_SOLUTIONS_FILE).exists()


# ---------------------------------------------------------------- questions


class Question:
    """One checked question: reads ``var`` from the bound notebook's variables."""

    kind = "question"
    accepted = "any answer"

    def __init__(self, var: str, *, hints: Sequence[str] = (), solution: str = "", title: str = "") -> None:
        self.var = var
        self.hints = tuple(hints)
        self._solution = solution
        self.title = title or var
        self.name = "q"
        self._set: ExerciseSet | None = None
        self.reset()

    def reset(self) -> None:
        """Forget attempts, hints and results (a new session)."""
        self.attempts = 0
        self.hints_seen = 0
        self.last: Message | None = None

    @property
    def correct(self) -> bool:
        """True when the last check was correct."""
        return self.last is not None and self.last.ok

    # -- what the student calls ------------------------------------------------

    def check(self) -> None:
        """Check the answer and show the feedback."""
        _show(self.assess())

    def hint(self, n: int = 1) -> None:
        """Show hint number ``n`` (1 is the gentlest)."""
        _show(self.hint_message(n))

    def solution(self) -> None:
        """Show the solution (after one attempt, unless the teacher turned solutions off)."""
        _show(self.solution_message())

    # -- the same, returning the message ----------------------------------------

    def assess(self) -> Message:
        """Check the answer and return the feedback; never raises."""
        namespace = self._namespace()
        if namespace is None:
            return Message(INFO, "run the setup cell at the top of the notebook first (it calls `bind(globals())`).")
        value = namespace.get(self.var, _MISSING)
        if value is _MISSING or isinstance(value, _Blank):
            return self._unanswered()
        self.attempts += 1
        try:
            message = self._grade(value)
        except _Feedback as feedback:
            message = feedback.message
        except Exception as error:
            message = Message(
                INCORRECT,
                f"{_describe(value)} could not be checked (a {type(value).__name__} caused {type(error).__name__}). "
                f"Accepted: {self.accepted}.",
            )
        self.last = message
        return message

    def hint_message(self, n: Any = 1) -> Message:
        """Hint number ``n`` as a message."""
        if not self.hints:
            return Message(INFO, "There are no hints for this question.", "Hint")
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            return Message(
                INFO, f"Ask for a hint by number: `{self.name}.hint(1)` to `{self.name}.hint({len(self.hints)})`."
            )
        shown = min(n, len(self.hints))
        self.hints_seen = max(self.hints_seen, shown)
        extra = f" (there are only {len(self.hints)} hints)" if n > len(self.hints) else ""
        return Message(INFO, self.hints[shown - 1] + extra, f"Hint {shown} of {len(self.hints)}")

    def solution_message(self) -> Message:
        """The solution as a message, or why it is not shown yet."""
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

    def _unanswered(self) -> Message:
        body = f"set `{self.var} = ...` (replace `____` with your answer), then check again. Accepted: {self.accepted}."
        names = [n for n in self._namespace() or {} if isinstance(n, str) and not n.startswith("_")]
        close = difflib.get_close_matches(self.var, names, n=1, cutoff=0.8)
        if close and close[0] != self.var:
            body += f" You have a variable `{close[0]}`: check the spelling."
        return Message(UNANSWERED, body)

    def _result_word(self) -> str:
        if self.last is None:
            return "not answered"
        return "correct" if self.correct else self.last.status

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}: set {self.var}, then {self.name}.check()>"


_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?%?")


def _to_number(value: Any) -> tuple[float, bool]:
    """A student's number and whether it was written as a percentage ("42%")."""
    if isinstance(value, bool):
        raise _Feedback(f"{value} is a yes/no value, not a number.")
    percent = False
    if isinstance(value, str):
        text = re.sub(r"(?<=\d)[,_](?=\d)|(?<=\d) (?=%)", "", value)
        found = _NUMBER.findall(text)
        if len(found) != 1:
            raise _Feedback(f"{_describe(value)} is text, not a number. Write the number without quotes.")
        percent = found[0].endswith("%")
        number = float(found[0].rstrip("%"))
    elif isinstance(value, numbers.Real):
        try:
            number = float(value)
        except OverflowError:
            raise _Feedback(f"{_describe(value)} is far too large.") from None
    elif getattr(value, "size", None) == 1 and hasattr(value, "item"):
        return _to_number(value.item())
    elif isinstance(value, (Mapping, Iterable)):
        raise _Feedback(f"Give one number, not a {type(value).__name__} ({_describe(value)}).")
    else:
        raise _Feedback(f"{_describe(value)} is a {type(value).__name__}, not a number.")
    if not math.isfinite(number):
        raise _Feedback(f"{_describe(value)} is not a usable number (NaN or infinite): check your calculation.")
    return (number / 100 if percent else number), percent


class Predict(Question):
    """Record a prediction before the cell that computes the value; any number is accepted."""

    kind = "predict"
    accepted = "any number: your honest guess"

    def __init__(self, var: str, **kwargs: Any) -> None:
        kwargs.setdefault("solution", "There is no right guess: any honest prediction counts.")
        super().__init__(var, **kwargs)

    def reset(self) -> None:
        super().reset()
        self.prediction: float | None = None

    def recorded(self) -> float | None:
        """The prediction on record, or the one in the notebook if it was never checked."""
        if self.prediction is None:
            try:
                self.prediction = _to_number((self._namespace() or {}).get(self.var))[0]
            except Exception:
                return None
        return self.prediction

    def _grade(self, value: Any) -> Message:
        number, _ = _to_number(value)
        if self.prediction is None:
            self.prediction = number
            return Message(CORRECT, f"prediction recorded: {_fmt(number)}. Now compute the real value.", "Recorded")
        return Message(
            CORRECT,
            f"your first prediction, {_fmt(self.prediction)}, stays on record: guesses are for learning.",
            "Recorded",
        )

    def _result_word(self) -> str:
        return "recorded" if self.correct else super()._result_word()


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
        **kwargs: Any,
    ) -> None:
        super().__init__(var, **kwargs)
        self.expected, self.share, self.what = expected, share, what
        self.tolerance = tolerance if tolerance is not None else (0.005 if share else 0.0)
        self.close_note, self.predicted_by, self.reflect = close_note, predicted_by, reflect
        self.accepted = 'a share as 0.42, 42 or "42%"' if share else "a number"
        if self.tolerance and not share:
            self.accepted += f" (within ±{_fmt(self.tolerance)})"

    def _grade(self, value: Any) -> Message:
        target = float(_resolve(self.expected))
        if not math.isfinite(target):
            raise _Feedback("The answer key is not a number here. This is not your fault: tell your teacher.", ERROR)
        number, percent = _to_number(value)
        candidates = [number] if percent or not self.share else [number, number / 100]
        hit = next((c for c in candidates if abs(c - target) <= self.tolerance + 1e-9), None)
        if hit is None:
            return Message(INCORRECT, self._reason(number, target))
        text = f"{_fmt(hit * 100)}%" if self.share else _fmt(hit)
        parts = [f"{text} is {self.what}."]
        if hit != target and self.close_note:
            parts.append(self.close_note)
        parts.append(self._prediction_note(hit))
        text = " ".join(p for p in parts if p)
        return Message(CORRECT, text + (f"\n\nBefore you move on: {self.reflect}" if self.reflect else ""))

    def _reason(self, number: float, target: float) -> str:
        if self.share and not 0 <= number <= 100:
            return f"a share lies between 0 and 1 (0% and 100%); {_fmt(number)} is outside."
        if not self.share and target.is_integer() and not number.is_integer():
            return f"{_fmt(number)} is not a whole number, but {self.what} is a count."
        scaled = number / 100 if self.share and number > 1 else number
        return f"{_fmt(number)} is {'too high' if scaled > target else 'too low'} for {self.what}."

    def _prediction_note(self, actual: float) -> str:
        if self.predicted_by is None:
            return ""
        guess = self.predicted_by.recorded()
        if guess is None:
            name = self.predicted_by.name
            return f"(You did not record a prediction in {name} first: next time, guess before you count.)"
        if self.share:  # a guess of 30 means 30%, as an answer of 30 does
            guess = guess / 100 if guess > 1 else guess
            return f"You predicted {_fmt(guess * 100)}%: off by {_fmt(round(abs(guess - actual) * 100, 1))} points."
        return f"You predicted {_fmt(guess)}: off by {_fmt(abs(guess - actual))}."


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
        self.explanations = {_norm(k): v for k, v in (explanations or {}).items()}
        self.accepted = "text in quotes, in any capitalisation"
        if self.choices:
            self.accepted += " (one of: " + ", ".join(f"'{c}'" for c in self.choices) + ")"

    def _targets(self) -> list[str]:
        expected = _resolve(self.expected)
        return [expected] if isinstance(expected, str) else [str(e) for e in expected]

    def _forms(self, target: str) -> set[str]:
        return {_norm(target)}

    def _key(self, text: str) -> str:
        return _norm(text)

    def _grade(self, value: Any) -> Message:
        if not isinstance(value, str):
            raise _Feedback(
                f"{_describe(value)} is a {type(value).__name__}; give text in quotes, e.g. `{self.var} = '...'`."
            )
        answer = self._key(value)
        if not answer:
            raise _Feedback("your answer is empty.")
        forms = set().union(*(self._forms(t) for t in self._targets()))
        if answer in forms:
            return Message(CORRECT, f"'{self._targets()[0]}'.")
        return Message(INCORRECT, self._reason(value, answer, forms))

    def _reason(self, value: str, answer: str, forms: set[str]) -> str:
        if answer in self.explanations:
            return self.explanations[answer]
        if difflib.get_close_matches(answer, sorted(forms), n=1, cutoff=0.75):
            return f"{_describe(value)} is close: check the spelling."
        if self.choices and answer not in {_norm(c) for c in self.choices}:
            return f"{_describe(value)} is not one of the possible answers: " + ", ".join(self.choices) + "."
        return f"{_describe(value)} is not the answer to this question."


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
        full = _strip_title(_norm(target))
        return {full, full.split()[-1]} if full else set()

    def _key(self, text: str) -> str:
        return _strip_title(_norm(re.split(r"[,;(]", text)[0]))

    def _reason(self, value: str, answer: str, forms: set[str]) -> str:
        first_names = {f.split()[0] for f in forms if " " in f}
        if answer in first_names:
            return f"{_describe(value)} alone could be anyone: give the surname too."
        return super()._reason(value, answer, forms)


def _strip_title(name: str) -> str:
    previous = None
    while previous != name:
        previous, name = name, _TITLES.sub("", name)
    return name


class Table(Question):
    """A pandas DataFrame compared column by column (row order ignored unless ``ordered``)."""

    kind = "table"
    accepted = "a pandas DataFrame"

    def __init__(
        self,
        var: str,
        expected: Any,
        *,
        columns: Sequence[str] | None = None,
        ordered: bool = False,
        tolerance: float = 1e-6,
        **kwargs: Any,
    ) -> None:
        super().__init__(var, **kwargs)
        self.expected, self.columns, self.ordered, self.tolerance = expected, columns, ordered, tolerance
        if columns:
            self.accepted = "a pandas DataFrame with the columns " + ", ".join(f"`{c}`" for c in columns)

    def _grade(self, value: Any) -> Message:
        import pandas as pd

        expected = _resolve(self.expected).reset_index(drop=True)
        if not isinstance(value, pd.DataFrame):
            tip = " Turn it into one with `pd.DataFrame(...)`." if isinstance(value, (list, dict)) else ""
            raise _Feedback(f"{_describe(value)} is a {type(value).__name__}; {self.accepted} is needed.{tip}")
        columns = list(self.columns or expected.columns)
        missing = [c for c in columns if c not in value.columns]
        if missing:
            where = " It is the table's index: add `.reset_index()`." if value.index.name in missing else ""
            raise _Feedback("your table has no column " + ", ".join(f"`{c}`" for c in missing) + "." + where)
        if len(value) != len(expected):
            raise _Feedback(f"your table has {len(value)} rows; it should have {len(expected)}.")
        mine, theirs = value[columns].reset_index(drop=True), expected[columns]
        if not self.ordered:
            mine, theirs = _sorted_rows(mine), _sorted_rows(theirs)
        for column in columns:
            wrong = [
                i for i, (a, b) in enumerate(zip(mine[column], theirs[column], strict=True)) if not self._same(a, b)
            ]
            if wrong:
                return Message(
                    INCORRECT, f"column `{column}` differs in {len(wrong)} of {len(mine)} rows (first: row {wrong[0]})."
                )
        return Message(CORRECT, f"all {len(mine)} rows match in " + ", ".join(f"`{c}`" for c in columns) + ".")

    def _same(self, a: Any, b: Any) -> bool:
        if isinstance(b, numbers.Real) and isinstance(a, numbers.Real) and not isinstance(a, bool):
            return math.isclose(float(a), float(b), abs_tol=self.tolerance) or (math.isnan(a) and math.isnan(b))
        return _norm(str(a)) == _norm(str(b))


def _sorted_rows(frame: Any) -> Any:
    keys = frame.astype(str)
    order = sorted(range(len(frame)), key=lambda i: tuple(keys.iloc[i]))
    return frame.iloc[order].reset_index(drop=True)


def _bare(text: str) -> str:
    """Normalised text without a leading article: "A news report" -> "news report"."""
    return re.sub(r"^(?:an?|the)\s+", "", _norm(text))


def _option_keys(value: Any, options: Mapping[str, str]) -> list[str]:
    """The option keys a student chose: "B", "b", ["A", "C"], "A, C" or an option's text."""
    by_form = {_norm(k): k for k in options} | {_bare(t): k for k, t in options.items()}
    if isinstance(value, str):
        if _bare(value) in by_form:
            return [by_form[_bare(value)]]
        parts = [p for p in re.split(r"[,;\s]+|\band\b", value) if p.strip()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        parts = list(value)
    else:
        raise _Feedback(f"{_describe(value)} is a {type(value).__name__}; give the letter of an option, e.g. 'A'.")
    keys = []
    for part in parts:
        key = by_form.get(_norm(part)) if isinstance(part, str) else None
        if key is None:
            raise _Feedback(f"{_describe(part)} is not an option: choose from " + ", ".join(options) + ".")
        keys.append(key)
    if not keys:
        raise _Feedback("choose at least one option.")
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
        chosen = _option_keys(value, self.options)
        if not self.multiple and len(chosen) > 1:
            raise _Feedback("choose one option only.")
        if chosen == self.right:
            why = " ".join(self.explanations.get(k, "") for k in chosen).strip()
            return Message(CORRECT, why or ", ".join(chosen) + ".")
        wrong = [k for k in chosen if k not in self.right]
        lines = [f"**{k}** ({self.options[k]}): {self.explanations.get(k, 'does not fit.')}" for k in wrong]
        left_out = len([k for k in self.right if k not in chosen])
        if self.multiple and left_out:
            lines.append(f"You left out {left_out} option{'s' if left_out > 1 else ''} that also fit.")
        return Message(INCORRECT, "\n\n".join(lines))


def _label_and_reason(value: Any) -> tuple[Any, str]:
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return value[0], str(value[1])
    if isinstance(value, str):
        match = re.match(r"\s*([\w-]+)\s*(?:[:\-–—]|\bbecause\b)\s*(.*)", value, re.DOTALL)
        if match:
            return match.group(1), match.group(2)
    return value, ""


class Labelling(Question):
    """Label every item; ``items`` maps each item to its label, or to None when the item is contested.

    A contested item accepts any label that comes with a reason. A wrong check
    says how many labels are wrong; from the ``reveal_after``-th try on, which.
    """

    kind = "labelling"

    def __init__(
        self,
        var: str,
        items: Mapping[str, str | None],
        labels: Sequence[str],
        *,
        notes: Mapping[str, str] | None = None,
        reveal_after: int = 3,
        **kwargs: Any,
    ) -> None:
        super().__init__(var, **kwargs)
        self.items, self.labels = dict(items), tuple(labels)
        self.notes, self.reveal_after = dict(notes or {}), reveal_after
        self.accepted = (
            "a dict from each item to one of "
            + ", ".join(f"'{x}'" for x in self.labels)
            + "; for a judgement call add a reason: `('label', 'because ...')`"
        )

    def _grade(self, value: Any) -> Message:
        answers = self._answers(value)
        missing = [item for item in self.items if item not in answers]
        if missing:
            raise _Feedback("you have not labelled " + ", ".join(f"**{m}**" for m in missing) + " yet.")
        wrong, unexplained = [], []
        for item, right in self.items.items():
            label, reason = answers[item]
            if right is None and len(reason.split()) < 3:
                unexplained.append(item)
            elif right is not None and label != right:
                wrong.append(item)
        if not wrong and not unexplained:
            notes = [
                f"**{item}** is a judgement call: {self.notes.get(item, '')}"
                for item, r in self.items.items()
                if r is None
            ]
            return Message(CORRECT, " ".join([f"all {len(self.items)} labels fit.", *notes]).strip())
        return Message(INCORRECT, self._reason(wrong, unexplained, answers))

    def _reason(self, wrong: list[str], unexplained: list[str], answers: dict[str, tuple[str, str]]) -> str:
        parts = []
        if wrong:
            parts.append(f"{len(wrong)} of {len(self.items)} labels are wrong.")
            if self.attempts >= self.reveal_after:
                parts += [f"**{w}** (you said '{answers[w][0]}'): {self.notes.get(w, 'look again.')}" for w in wrong]
            else:
                parts.append(f"After {self.reveal_after} tries you will see which (this was try {self.attempts}).")
        for item in unexplained:
            parts.append(
                f"**{item}** is a judgement call: any label is fine with a reason of a few words, "
                "e.g. `('unnamed', 'because ...')`."
            )
        return "\n\n".join(parts)

    def _answers(self, value: Any) -> dict[str, tuple[str, str]]:
        if isinstance(value, (list, tuple)) and len(value) == len(self.items):
            value = dict(zip(self.items, value, strict=True))
        if not isinstance(value, Mapping):
            raise _Feedback(f"{_describe(value)} is a {type(value).__name__}; give {self.accepted}.")
        answers = {}
        for key, raw in value.items():
            item = self._item(key)
            if item is None:
                raise _Feedback(f"{_describe(key)} is not one of the items: " + ", ".join(self.items) + ".")
            label, reason = _label_and_reason(raw)
            answers[item] = (self._label(label), reason)
        return answers

    def _item(self, key: Any) -> str | None:
        """The item a student's key means: the item, its last words ("Parks") or it with more before it."""
        if not isinstance(key, str):
            return None
        words = re.sub(r"^the\s+", "", _norm(key)).split()
        if not words:
            return None
        ends = [
            item
            for item in self.items
            if _norm(item).split()[-len(words) :] == words or words[-len(_norm(item).split()) :] == _norm(item).split()
        ]
        return ends[0] if len(ends) == 1 else None

    def _label(self, label: Any) -> str:
        by_norm = {_norm(x): x for x in self.labels}
        if isinstance(label, str) and _norm(label) in by_norm:
            return by_norm[_norm(label)]
        first = _norm(label).split()[:1] if isinstance(label, str) else []
        if first and first[0] in by_norm:  # "named source" -> "named"
            return by_norm[first[0]]
        close = difflib.get_close_matches(_norm(label), list(by_norm), n=1) if isinstance(label, str) else []
        guess = f" Did you mean '{by_norm[close[0]]}'?" if close else ""
        raise _Feedback(f"{_describe(label)} is not a label: use one of " + ", ".join(self.labels) + "." + guess)


_QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”|«([^»]+)»|(?<!\w)'([^']+)'(?!\w)")
_WORDS = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.casefold().replace("’", "'"))


def cites_article(answer: str, article_text: str, run: int = 5) -> str | None:
    """The passage by which ``answer`` cites the article, or None.

    An answer cites the article when it contains a phrase in quotation marks of
    two words or more that appears word for word in the article (case and
    punctuation aside), or ``run`` words in a row from the article without marks.
    """
    source = " " + " ".join(_words(article_text)) + " "
    for match in _QUOTED.finditer(answer):
        phrase = _words(next(g for g in match.groups() if g))
        if len(phrase) >= 2 and f" {' '.join(phrase)} " in source:
            return match.group(0)
    words = _words(answer)
    for i in range(len(words) - run + 1):
        if f" {' '.join(words[i : i + run])} " in source:
            return " ".join(words[i : i + run])
    return None


class Discuss(Question):
    """An open question: the model answer opens once the student has written a sentence that cites the article."""

    kind = "discuss"

    def __init__(self, var: str, source: str | Callable[[], str], *, min_words: int = 8, **kwargs: Any) -> None:
        super().__init__(var, **kwargs)
        self.source, self.min_words = source, min_words
        self.accepted = (
            f"a sentence or more ({min_words}+ words) in quotes that cites the article: a phrase from it in "
            "quotation marks, or five words in a row from it"
        )

    def _grade(self, value: Any) -> Message:
        if not isinstance(value, str):
            raise _Feedback(f"{_describe(value)} is a {type(value).__name__}; write your answer as text in quotes.")
        if len(value.split()) < self.min_words:
            raise _Feedback(f"write at least one full sentence ({self.min_words} words or more).")
        cited = cites_article(value, _resolve(self.source))
        if cited is None:
            raise _Feedback(
                "back your answer up with the article: put a phrase from it in quotation marks, "
                'e.g. `"... as the article says ..."`, or use five or more of its words in a row.'
            )
        return Message(
            CORRECT,
            f"your answer cites the article ({cited}). Compare it with a model answer: `{self.name}.solution()`. "
            "There is more than one good answer.",
            "Answer recorded",
        )

    def _solution_gate(self) -> str:
        return "" if self.correct else "The model answer opens once your answer cites the article (check it first)."

    def _result_word(self) -> str:
        return "recorded" if self.correct else super()._result_word()


# ---------------------------------------------------------------- sets

_last_bound: ExerciseSet | None = None


class ExerciseSet:
    """The questions of one exercise notebook, named q1, q2, ... in order."""

    def __init__(self, key: str, title: str, questions: Sequence[Question]) -> None:
        self.key, self.title = key, title
        self.questions = list(questions)
        self.namespace: MutableMapping[str, Any] | None = None
        for number, question in enumerate(self.questions, 1):
            question.name, question._set = f"q{number}", self

    def bind(self, namespace: MutableMapping[str, Any]) -> None:
        """Read answers from ``namespace`` (pass ``globals()``) and define q1..qN, ``____`` and ``progress``."""
        global _last_bound
        if not isinstance(namespace, MutableMapping):
            raise ExerciseSetupError(
                f"{self.key}.bind() takes the notebook's variables: write {self.key}.bind(globals())."
            )
        self.namespace, _last_bound = namespace, self
        for question in self.questions:
            question.reset()
            namespace[question.name] = question
        namespace.update({"____": BLANK, "progress": self.progress})
        _show(Message(INFO, self._welcome(), f"{self.key} · {self.title}"))

    def _welcome(self) -> str:
        last = self.questions[-1].name if self.questions else "q0"
        return (
            f"questions q1 to {last} are ready. Replace each `____` with your answer and run `q1.check()` and so on; "
            "`q1.hint()` gives a hint, `progress()` a summary to hand in."
        )

    def progress(self) -> None:
        """Show which questions are done and correct, with attempts."""
        _show(self.progress_message())

    def progress_message(self) -> Message:
        """The hand-in summary as a message (a Markdown table)."""
        qs = self.questions
        done = sum(q.last is not None for q in qs)
        right = sum(q.correct for q in qs)
        rows = [f"| {q.name} | `{q.var}` | {q.kind} | {q._result_word()} | {q.attempts} | {q.hints_seen} |" for q in qs]
        table = "\n".join(
            ["", "", "| question | answer | type | result | checks | hints |", "|---|---|---|---|---|---|", *rows]
        )
        summary = (
            f"{done} of {len(qs)} questions checked, {right} correct or recorded, {sum(q.attempts for q in qs)} checks."
        )
        return Message(INFO, summary + table, f"Progress in {self.key} · {self.title}")

    def __iter__(self) -> Any:
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    def __repr__(self) -> str:
        return f"<ExerciseSet {self.key}: {self.title}, {len(self.questions)} questions>"


def progress() -> None:
    """Show the summary of the exercise set bound last in this session.

    >>> import civics_kit as ck
    >>> from civics_kit.exercises import ex00
    >>> ex00.bind({})                        # what the setup cell does, with globals()
    ex00 · ...
    >>> ck.progress()                        # doctest: +ELLIPSIS
    Progress in ex00 · ...: 0 of ... questions checked, 0 correct or recorded, 0 checks.
    ...
    """
    if _last_bound is None:
        _show(Message(INFO, "no exercise set is bound yet: run the setup cell at the top of the notebook.", "Progress"))
    else:
        _last_bound.progress()


def __getattr__(name: str) -> ExerciseSet:
    """``from civics_kit.exercises import ex00`` loads ``civics_kit/exercise_sets/ex00.py``'s ``EXERCISES``."""
    if re.fullmatch(r"ex\d\d", name):
        try:
            module = importlib.import_module(f"civics_kit.exercise_sets.{name}")
        except ModuleNotFoundError:
            pass
        else:
            return module.EXERCISES
    raise AttributeError(f"module 'civics_kit.exercises' has no attribute {name!r}")
