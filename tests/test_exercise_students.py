"""A scripted student works through every exercise set, question by question.

For every question: a check before answering, two plausible wrong answers (with an apostrophe, with
curly quotes or in a percentage form, as the question allows), a hint, two right answers in different
forms and the solution. Nothing raises, every verdict is right, and every wrong answer gets a message
that names its real problem.
"""

from __future__ import annotations

import importlib
import random
from pathlib import Path

import pandas as pd
import pytest

from civics_kit.exercises import Choice, Date, Discuss, Labelling, Name, Number, Predict, Table, Text
from civics_kit.exercises.question import resolve

SETS = sorted(p.stem for p in (Path(__file__).resolve().parents[1] / "civics_kit" / "exercise_sets").glob("ex*.py"))


def _curly(text: str) -> str:
    return text.replace("'", "’")


def script(q: object) -> tuple[list[tuple[object, str]], list[object]]:
    """(wrong answers with a word their message must hold, right answers) for one question."""
    if isinstance(q, Predict):
        return [("it's lots", "not a number"), ("“forty or fifty”", "not a number")], [40, "about 40%"]
    if isinstance(q, Number):
        value = float(resolve(q.expected))
        if q.share or q.points:
            wrong = [(f"{min(value * 100 + 30, 99):.0f}%", "too high"), ("it’s 0.5 or 0.6", "not a number")]
            return wrong, [value, f"{value * 100:.2f}%"]
        step = max(q.tolerance * 2, 1) + abs(value)
        return [(value + step, "too high"), (f"“{value - step:g}”", "too low")], [value, f"about {value:g}"]
    if isinstance(q, Date):
        day = pd.Timestamp(resolve(q.expected))
        return [(f"{day:%B} {day.day}", "has no year"), (f"“{day.year + 1}-01-01”", "not this one")], [
            day.date().isoformat(),
            f"{day.day} {day:%B} {day.year}",
        ]
    if isinstance(q, Name):
        target = q._targets()[0]
        return [("O'Brien", "not the answer"), (f"“{target.split()[-1]}s”", "spelling")], [
            target,
            target.split()[-1].upper(),
        ]
    if isinstance(q, Text):
        target = q._targets()[0]
        words = target.split()
        missing = " ".join(words[:-1]) if len(words) > 2 else target[:-1] + "x"
        reason = "more belong" if len(words) > 2 else "spelling"
        return [(missing, reason), (f"“{target}” isn't it", "too many")], [target, _curly(target.upper()) + "."]
    if isinstance(q, Choice):
        others = [k for k in q.options if k not in q.right]
        if q.multiple:
            wrong = [
                (q.right[:-1] or others[:1], "left out" if q.right[:-1] else ""),
                (f"‘{others[0]}’", q.explanations.get(others[0], "does not fit")[:30]),
            ]
            return wrong, [list(q.right), ", ".join(k.lower() for k in reversed(q.right))]
        return [
            (others[0], q.explanations.get(others[0], "does not fit")[:30]),
            (f"‘{others[-1]}’", q.explanations.get(others[-1], "does not fit")[:30]),
        ], [
            q.right[0],
            q.right[0].lower(),
        ]
    if isinstance(q, Labelling):
        right = {
            i: (lab if lab is not None else (q.labels[0], "because it's a judgement call"))
            for i, lab in q.items.items()
        }
        fixed = [i for i, lab in q.items.items() if lab is not None]
        swapped = {**right, fixed[0]: next(x for x in q.labels if x != q.items[fixed[0]])}
        curly = {k: (f"‘{v}’" if isinstance(v, str) else v) for k, v in swapped.items()}
        loose = {i.upper(): (v.upper() if isinstance(v, str) else v) for i, v in right.items()}
        return [(swapped, "1 of"), (curly, "1 of")], [right, loose]
    if isinstance(q, Table):
        expected = resolve(q.expected)
        columns = list(q.columns or expected.columns)
        shuffled = expected.sample(frac=1, random_state=random.Random(0).randint(0, 99))
        return [(expected[columns[:1]], "no column"), (expected.iloc[:-1], "rows")], [expected, shuffled]
    if isinstance(q, Discuss):
        words = resolve(q.source).split()
        phrase = next(
            " ".join(words[i : i + 3]) for i in range(len(words)) if all(w.isalpha() for w in words[i : i + 3])
        )
        wrong = [("I think it's unfair to one side of the story.", "back your answer up"), (f"“{phrase}”", "your own")]
        right = [
            f'The article says "{phrase}", which I think leaves out the people who support the other side.',
            f"I'd say “{phrase}” shows whose words the reporter chose, and it's worth asking who is missing.",
        ]
        return wrong, right
    raise AssertionError(f"no script for {type(q).__name__}")


@pytest.mark.parametrize("key", SETS)
def test_a_student_works_through_every_question(key: str, capsys: pytest.CaptureFixture[str]) -> None:
    exercise_set = importlib.import_module(f"civics_kit.exercise_sets.{key}").EXERCISES
    namespace: dict = {}
    exercise_set.bind(namespace)
    for q in exercise_set:
        where = f"{key} {q.name} ({q.var})"
        assert q.assess().status == "unanswered", where
        assert q.solution_message().body.startswith("Try first"), where
        wrong, right = script(q)
        for value, reason in wrong:
            namespace[q.var] = value
            message = q.assess()
            if isinstance(q, Predict):
                assert message.status == "incorrect" and reason in str(message), f"{where} {value!r}: {message}"
                continue
            assert message.status == "incorrect", f"{where} {value!r}: {message}"
            assert reason in str(message), f"{where} {value!r}: {message}"
            assert "could not be checked" not in str(message), f"{where} {value!r}: {message}"
            if "check the spelling" in str(message):
                assert reason == "spelling", f"{where} {value!r}: spelling named for another problem: {message}"
        if q.hints:
            assert q.hint_message(1).heading.startswith("Hint 1 of"), where
        for value in right:
            namespace[q.var] = value
            message = q.assess()
            assert message.ok, f"{where} {value!r}: {message}"
        assert q.correct and q.best == ("recorded" if isinstance(q, (Predict, Discuss)) else "correct"), where
        solution = q.solution_message()
        assert solution.heading == "Solution" and not solution.body.startswith("Try first"), where
    progress = str(exercise_set.progress_message())
    assert f"all {len(exercise_set)} correct" in progress
    capsys.readouterr()
