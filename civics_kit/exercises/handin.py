"""The hand-in: a CSV a teacher's ``civics-kit collect`` re-checks, and an HTML page that prints on one or two pages."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .store import progress_dir

if TYPE_CHECKING:
    from .exercise_set import ExerciseSet

__all__ = ["COLUMNS", "read_handin", "write_handin"]

COLUMNS = (
    "student", "exercise", "title", "question", "variable", "kind", "result", "attempts", "hints", "date",
    "answer", "answer_json",
)  # fmt: skip
_CSS = """
body { font: 11pt/1.35 system-ui, sans-serif; margin: 1.5em; color: #111; }
h1 { font-size: 15pt; margin: 0 0 .2em; }
p.meta { margin: 0 0 1em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: .25em .4em; vertical-align: top; text-align: left; }
td.answer { white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: 9.5pt; }
@media print { body { margin: 0; font-size: 10pt; } tr { break-inside: avoid; } }
"""


def slug(name: str) -> str:
    """A file-name form of a name: ``Ana Ruiz`` -> ``ana-ruiz``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-")[:40] or "student"


def rows(exercise_set: ExerciseSet, student: str) -> list[dict[str, Any]]:
    """One hand-in row per question."""
    return [
        {
            "student": student,
            "exercise": exercise_set.key,
            "title": exercise_set.title,
            "question": q.name,
            "variable": q.var,
            "kind": q.kind,
            "result": q.result_word(),
            "attempts": q.attempts,
            "hints": q.hints_seen,
            "date": q.answered_on,
            "answer": q.shown_answer(),
            "answer_json": "" if q.answer is None else json.dumps(q.answer, ensure_ascii=False),
        }
        for q in exercise_set.questions
    ]


def csv_text(rows: Iterable[dict[str, Any]], columns: Sequence[str] = COLUMNS) -> str:
    """Rows as CSV text with a header, one line ending for every machine (hand-ins, gradebooks, pre/post)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _csv(table: list[dict[str, Any]]) -> str:
    return csv_text(table)


def _html(exercise_set: ExerciseSet, student: str, table: list[dict[str, Any]]) -> str:
    e = html.escape
    body = "\n".join(
        f"<tr><td>{e(r['question'])}</td><td>{e(q.title)}</td><td class='answer'>{e(r['answer'])}</td>"
        f"<td>{e(r['result'])}</td><td>{r['attempts']}</td></tr>"
        for r, q in zip(table, exercise_set.questions, strict=True)
    )
    return (
        f"<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{e(exercise_set.key)} · {e(student)}</title><style>{_CSS}</style></head><body>\n"
        f"<h1>{e(exercise_set.key)} · {e(exercise_set.title)}</h1>\n"
        f"<p class='meta'><strong>{e(student)}</strong> · handed in {date.today().isoformat()} · "
        f"{e(exercise_set.score())}</p>\n"
        "<table><thead><tr><th>question</th><th>what it asks for</th><th>your answer</th><th>result</th>"
        f"<th>tries</th></tr></thead>\n<tbody>\n{body}\n</tbody></table>\n</body></html>\n"
    )


def write_handin(exercise_set: ExerciseSet, student: str) -> tuple[Path, Path]:
    """Write ``handin/<key>-<name>.html`` and ``.csv``; the two paths."""
    table = rows(exercise_set, student)
    folder = progress_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{exercise_set.key}-{slug(student)}"
    page, sheet = folder / f"{stem}.html", folder / f"{stem}.csv"
    page.write_text(_html(exercise_set, student, table), encoding="utf-8")
    sheet.write_text(_csv(table), encoding="utf-8")
    return page, sheet


def read_handin(path: Path) -> list[dict[str, str]] | None:
    """The rows of a hand-in CSV, or None when the file is not one."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or not {"student", "exercise", "question", "answer_json"} <= set(
                reader.fieldnames
            ):
                return None
            return list(reader)
    except (OSError, UnicodeDecodeError, csv.Error):
        return None
