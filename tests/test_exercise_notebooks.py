"""The exercise notebooks as a student meets them: no spoilers, no Python traps, hints that run.

The scripted student sessions are in tests/test_exercise_students.py.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import re
from pathlib import Path

import nbformat
import pytest

from civics_kit.exercise_build import BEGIN, REVEALS_ANSWER, TEXT_EXAMPLE, YOUR_TURN, text_answers
from civics_kit.exercises import Discuss, Number, Predict, Text

REPO = Path(__file__).resolve().parents[1]
TEACHER = REPO / "teacher" / "exercises"
STUDENT = REPO / "exercises"
SOURCES = sorted(TEACHER.glob("[0-9][0-9]-*.ipynb"))


def exercise_set(notebook: nbformat.NotebookNode):
    (key,) = {m for c in notebook.cells for m in re.findall(r"from civics_kit\.exercises import (ex\d\d)", c.source)}
    return importlib.import_module(f"civics_kit.exercise_sets.{key}").EXERCISES


def output_text(cell: nbformat.NotebookNode) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append(str(output.get("text", "")))
        parts.extend(str(v) for k, v in output.get("data", {}).items() if k.startswith("text/"))
    return "\n".join(parts)


def predicted_answers(exercise_set) -> list[tuple[str, str, list[str]]]:
    """For each predict-first question: its name, the question that computes it, and how its answer would show."""
    found = []
    for q in exercise_set:
        if isinstance(q, Number) and isinstance(q.predicted_by, Predict):
            value = float(q.expected() if callable(q.expected) else q.expected)
            if q.share or q.points:
                forms = [f"{value:.2f}", f"{value * 100:.0f}%", f"{value:.3f}", f"{value * 100:.0f} points"]
            elif value.is_integer():
                forms = [str(int(value))]
            else:
                forms = [f"{value:.1f}", f"{value:.2f}"]
            found.append((q.predicted_by.name, q.name, forms))
    return found


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_student_copy_gives_no_predict_first_answer_away(source: Path) -> None:
    """No stored output after a prediction shows the answer (the student sees it only by running the cell)."""
    student = nbformat.read(STUDENT / source.name, as_version=4)
    for predict, name, forms in predicted_answers(exercise_set(student)):
        start = next(i for i, c in enumerate(student.cells) if f"{predict}.check()" in c.source)
        for cell in student.cells[start:]:
            text = output_text(cell)
            for form in forms:
                assert not re.search(rf"(?<![\w.]){re.escape(form)}(?![\d])", text), (
                    f"{source.name} cell {cell.id} shows {form}, the answer to {name}: tag it {REVEALS_ANSWER!r}"
                )


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_teacher_source_keeps_every_output_the_student_copy_drops(source: Path) -> None:
    teacher = nbformat.read(source, as_version=4)
    tagged = [c for c in teacher.cells if REVEALS_ANSWER in c.get("metadata", {}).get("tags", [])]
    student = {c.id: c for c in nbformat.read(STUDENT / source.name, as_version=4).cells}
    for cell in tagged:
        assert cell.outputs, f"{source.name} {cell.id}: the teacher source stores its output (nbval compares it)"
        assert student[cell.id].outputs == []


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_answer_cells_start_with_your_turn_and_text_answers_use_triple_quotes(source: Path) -> None:
    teacher = nbformat.read(source, as_version=4)
    words = text_answers(teacher)
    questions = {q.var: q for q in exercise_set(teacher)}
    assert words == {v for v, q in questions.items() if isinstance(q, (Text, Discuss))}
    student = {c.id: c for c in nbformat.read(STUDENT / source.name, as_version=4).cells}
    for cell in teacher.cells:
        if cell.cell_type == "code" and BEGIN in cell.source:
            assert cell.source.startswith(YOUR_TURN), f"{source.name} {cell.id}"
            copy = student[cell.id].source
            for var in words:
                if re.search(rf"^{var} = ", cell.source, re.M):
                    assert f'{var} = """____"""' in copy and TEXT_EXAMPLE in copy, f"{source.name} {cell.id}"
    assert "'" in TEXT_EXAMPLE.split(":", 1)[1] and '"""' in TEXT_EXAMPLE


def test_the_text_example_is_python_that_keeps_its_apostrophes() -> None:
    example = TEXT_EXAMPLE.split(": ", 1)[1]
    assert ast.literal_eval(example) == "It's the mayor's \"plan\"."


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_every_hint_uses_only_names_defined_at_that_point(source: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the student copy cell by cell; before each check, every name in its hints' code exists."""
    monkeypatch.chdir(STUDENT)
    notebook = nbformat.read(STUDENT / source.name, as_version=4)
    questions = {q.name: q for q in exercise_set(notebook)}
    namespace: dict = {"__name__": "__main__"}
    checked = set()
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        imported = _imported_names(cell.source)  # an import at the top of the answer cell runs with it
        for name in re.findall(r"^(q\d+)\.check\(\)", cell.source, re.M):
            for hint in questions[name].hints:
                for code in re.findall(r"`([^`]+)`", hint):
                    for used in _loaded_names(code):
                        assert used in namespace or used in imported or hasattr(builtins, used), (
                            f"{source.name} {name} hint {hint!r} uses {used!r}, not defined yet"
                        )
            checked.add(name)
        exec(compile(cell.source, f"{source.name}:{cell.id}", "exec"), namespace)
    assert checked == set(questions)


def _imported_names(source: str) -> set[str]:
    tree = ast.parse(source)
    nodes = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    return {(a.asname or a.name).split(".")[0] for n in nodes for a in n.names}


def _loaded_names(code: str) -> set[str]:
    """The names a piece of code in a hint reads; a lone word (a column, a label) is not code."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return set()
    if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr) and isinstance(tree.body[0].value, ast.Name):
        return set()
    stored = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    loaded = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return loaded - stored
