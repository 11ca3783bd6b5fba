"""``civics-kit collect``: three hand-ins written by the exercise machinery, one hand-edited, become a gradebook."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from civics_kit.cli import main
from civics_kit.exercises import PROGRESS_DIR_ENV, ex00
from civics_kit.exercises.collect import collect, summary

WRONG_KIND = "B"  # an opinion column: wrong for q7


def hand_in(folder: Path, name: str, answers: dict, monkeypatch: pytest.MonkeyPatch) -> Path:
    """One student's session: answer, check, save the hand-in; the CSV it wrote."""
    monkeypatch.setenv(PROGRESS_DIR_ENV, str(folder / name))
    namespace: dict = {}
    ex00.bind(namespace)
    for var, value in answers.items():
        namespace[var] = value
        next(q for q in ex00 if q.var == var).assess()
    ex00.progress_message(save=True, name=name)
    (path,) = (folder / name).glob("ex00-*.csv")
    return path


@pytest.fixture
def classroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "class"
    hand_in(folder, "Ana Ruiz", {"kind_of_information": "A", "motion_by": "Parks"}, monkeypatch)
    hand_in(folder, "Ben Ode", {"kind_of_information": WRONG_KIND, "motion_by": "Bernard Parks"}, monkeypatch)
    edited = hand_in(folder, "Cy Lam", {"kind_of_information": WRONG_KIND, "motion_by": "Perry"}, monkeypatch)
    rows = list(csv.DictReader(open(edited, encoding="utf-8")))
    for row in rows:  # the student opens the CSV and claims the marks
        row["result"] = "correct"
    with open(edited, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    (folder / "notes.csv").write_text("not,a,hand-in\n1,2,3\n", encoding="utf-8")
    capsys.readouterr()
    return folder


def test_collect_rechecks_every_answer_with_its_own_checker(classroom: Path) -> None:
    rows = {(r["student"], r["question"]): r for r in collect(classroom)}
    assert len(rows) == 3 * len(ex00)
    assert rows["Ana Ruiz", "q7"]["result"] == "correct" and rows["Ben Ode", "q7"]["result"] == "incorrect"
    assert rows["Cy Lam", "q7"]["result"] == "incorrect" and rows["Cy Lam", "q7"]["claimed"] == "correct"
    assert rows["Cy Lam", "q5"]["result"] == "incorrect" and rows["Ben Ode", "q5"]["result"] == "correct"
    assert rows["Cy Lam", "q2"]["result"] == "not answered"
    assert rows["Ana Ruiz", "q7"]["attempts"] == "1"


def test_summary_says_how_many_are_right_and_the_commonest_wrong_answer(classroom: Path) -> None:
    lines = summary(collect(classroom))
    assert "ex00 q7: 1 of 3 right; most common wrong answer: 'B' (2×); 1 hand-in claimed a mark" in "\n".join(lines)
    assert lines[0].startswith("ex00 q1:") and lines[-1].startswith("ex00 q10:")


def test_collect_command_writes_the_gradebook(classroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["collect", str(classroom)]) == 0
    out = capsys.readouterr().out
    assert "ex00 q5: 2 of 3 right; most common wrong answer: 'Perry' (1×)" in out
    book = list(csv.DictReader(open(classroom / "gradebook.csv", encoding="utf-8")))
    assert list(book[0])[:5] == ["student", "exercise", "question", "result", "attempts"]
    assert {r["student"] for r in book} == {"Ana Ruiz", "Ben Ode", "Cy Lam"}
    assert (classroom / "summary.txt").read_text(encoding="utf-8").count("\n") == len(ex00)
    assert main(["collect", str(classroom)]) == 0  # its own gradebook is not read as a hand-in
    assert len(list(csv.DictReader(open(classroom / "gradebook.csv", encoding="utf-8")))) == len(book)


def test_collect_command_on_a_folder_without_hand_ins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["collect", str(tmp_path)]) == 1
    assert "no hand-in CSV" in capsys.readouterr().err
    assert main(["collect", str(tmp_path / "nope")]) == 1
