"""``civics-kit collect FOLDER``: a class's hand-ins, every answer re-checked, as one gradebook.

Each answer is checked again by its own question's checker, so a hand-edited file cannot claim a
mark: the gradebook's ``result`` is the checker's, and ``claimed`` keeps what the file said.
"""

from __future__ import annotations

import importlib
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .answers import decode, readable
from .handin import csv_text, read_handin

__all__ = ["GRADEBOOK_COLUMNS", "collect", "recheck", "summary"]

GRADEBOOK_COLUMNS = ("student", "exercise", "question", "result", "attempts", "claimed", "answer", "file")
RIGHT = ("correct", "recorded")


def _exercise_set(key: str) -> Any:
    try:
        return importlib.import_module(f"civics_kit.exercise_sets.{key}").EXERCISES
    except (ModuleNotFoundError, AttributeError, ValueError):
        return None


def recheck(row: dict[str, str]) -> str:
    """The result the question's own checker gives the answer in ``row``."""
    exercise_set = _exercise_set(row.get("exercise", ""))
    question = next((q for q in exercise_set or () if q.name == row.get("question")), None)
    if question is None:
        return "unknown question"
    if not row.get("answer_json"):
        return "not answered"
    try:
        value = decode(json.loads(row["answer_json"]))
    except ValueError:
        return "unreadable answer"
    return question.result_of(question.verdict(value))


def collect(folder: Path) -> list[dict[str, Any]]:
    """The gradebook rows of every hand-in CSV under ``folder`` (files that are not hand-ins are skipped)."""
    rows = []
    for path in sorted(Path(folder).rglob("*.csv")):
        for row in read_handin(path) or []:
            answer = row.get("answer", "")
            rows.append(
                {
                    "student": row.get("student", ""),
                    "exercise": row.get("exercise", ""),
                    "question": row.get("question", ""),
                    "result": recheck(row),
                    "attempts": row.get("attempts", ""),
                    "claimed": row.get("result", ""),
                    "answer": answer,
                    "file": path.relative_to(folder).as_posix(),
                }
            )
    return rows


def summary(rows: list[dict[str, Any]]) -> list[str]:
    """One line per question: how many got it right and the most common wrong answer."""
    by_question: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_question[row["exercise"], row["question"]].append(row)
    lines = []
    for (exercise, question), group in sorted(by_question.items(), key=lambda kv: (kv[0][0], int(kv[0][1][1:] or 0))):
        right = sum(r["result"] in RIGHT for r in group)
        wrong = Counter(r["answer"] for r in group if r["result"] == "incorrect" and r["answer"])
        line = f"{exercise} {question}: {right} of {len(group)} right"
        if wrong:
            answer, times = sorted(wrong.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            line += f"; most common wrong answer: {readable(answer, 80)!r} ({times}×)"
        edited = sum(r["claimed"] in RIGHT and r["result"] not in RIGHT for r in group)
        if edited:
            line += f"; {edited} hand-in{'s' if edited > 1 else ''} claimed a mark the checker does not give"
        lines.append(line)
    return lines


def write_gradebook(rows: list[dict[str, Any]], out: Path) -> tuple[Path, Path]:
    """Write ``gradebook.csv`` and ``summary.txt`` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    book, notes = out / "gradebook.csv", out / "summary.txt"
    book.write_text(csv_text(rows, GRADEBOOK_COLUMNS), encoding="utf-8", newline="")
    notes.write_text("\n".join(summary(rows)) + "\n", encoding="utf-8")
    return book, notes
