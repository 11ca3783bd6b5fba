"""The pre/post table ``civics-kit collect`` writes when the hand-ins hold the assessment forms.

Form A (``form_a``) is the pre-test and form B (``form_b``) the post-test; every item is tagged with a
skill (:data:`.assessment.SKILLS`). The table has one row per student and skill, and an ``all skills`` row,
with the number of items right before and after (the results are the re-checked ones from the gradebook,
never what a file claims); the ``class`` rows add up the students who took both forms.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .assessment import FORMS, SKILLS, form
from .handin import csv_text

__all__ = ["ALL_SKILLS", "CLASS", "PREPOST_COLUMNS", "prepost", "prepost_lines", "write_prepost"]

PREPOST_COLUMNS = ("student", "skill", "items", "pre", "post", "change")
ALL_SKILLS = "all skills"
CLASS = "class (took both)"
RIGHT = ("correct", "recorded")


def _who(name: str) -> str:
    return " ".join(name.split()).casefold()


def _results(rows: list[dict[str, Any]]) -> tuple[dict[str, str], dict[tuple[str, str, str], bool]]:
    """Each student's display name, and (student, form, question) -> right; a later hand-in replaces one."""
    names: dict[str, str] = {}
    right: dict[tuple[str, str, str], bool] = {}
    for row in rows:
        if row.get("exercise") in FORMS and row.get("student"):
            who = _who(row["student"])
            names.setdefault(who, " ".join(row["student"].split()))
            right[who, row["exercise"], row["question"]] = row.get("result") in RIGHT
    return names, right


def _items_per_skill(key: str) -> dict[str, list[str]]:
    assessment = form(key)
    per_skill: dict[str, list[str]] = {skill: [] for skill in SKILLS}
    for item in assessment.items if assessment else ():
        per_skill[item.skill].append(item.question.name)
    return per_skill


def _score(right: dict[tuple[str, str, str], bool], who: str, key: str, questions: list[str]) -> int | None:
    if not any(k[:2] == (who, key) for k in right):
        return None  # this student handed in no answer of this form
    return sum(right.get((who, key, q), False) for q in questions)


def prepost(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pre/post rows (``PREPOST_COLUMNS``) from gradebook rows; empty when no form was handed in.

    ``pre`` and ``post`` are items right on form A and form B (``None`` when that form was not handed in),
    ``items`` the items of that skill on each form, ``change`` is ``post - pre`` (``None`` if one is missing).
    """
    names, right = _results(rows)
    if not names:
        return []
    pre_key, post_key = list(FORMS)
    skills = {k: v for k, v in _items_per_skill(pre_key).items() if v}
    post_skills = {k: v for k, v in _items_per_skill(post_key).items() if v}
    skills[ALL_SKILLS] = [q for qs in skills.values() for q in qs]
    post_skills[ALL_SKILLS] = [q for qs in post_skills.values() for q in qs]
    out, totals = [], {skill: [0, 0, 0] for skill in skills}  # students, pre, post
    for who in sorted(names, key=lambda w: names[w].casefold()):
        for skill, questions in skills.items():
            pre = _score(right, who, pre_key, questions)
            post = _score(right, who, post_key, post_skills.get(skill, []))
            change = None if pre is None or post is None else post - pre
            out.append({"student": names[who], "skill": skill, "items": len(questions), "pre": pre, "post": post,
                        "change": change})  # fmt: skip
            if change is not None:
                totals[skill][0] += 1
                totals[skill][1] += pre
                totals[skill][2] += post
    for skill, (students, pre, post) in totals.items():
        if students:
            out.append({"student": CLASS, "skill": skill, "items": len(skills[skill]) * students, "pre": pre,
                        "post": post, "change": post - pre})  # fmt: skip
    return out


def _cell(row: dict[str, Any]) -> str:
    pre = "–" if row["pre"] is None else row["pre"]
    post = "–" if row["post"] is None else row["post"]
    return f"{pre} → {post} /{row['items']}"


def prepost_lines(table: list[dict[str, Any]]) -> list[str]:
    """The table as text for a teacher: one line per student, one column per skill ("pre → post /items")."""
    if not table:
        return []
    skills = list(dict.fromkeys(row["skill"] for row in table))
    students = list(dict.fromkeys(row["student"] for row in table))
    cells = {(row["student"], row["skill"]): _cell(row) for row in table}
    header = ["student", *skills]
    body = [[s, *(cells.get((s, k), "") for k in skills)] for s in students]
    widths = [max(len(str(r[i])) for r in [header, *body]) for i in range(len(header))]
    lines = ["Pre/post (form A before, form B after; items right → items right / items):"]
    lines += ["  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in [header, *body]]
    return lines


def write_prepost(table: list[dict[str, Any]], out: Path) -> tuple[Path, Path]:
    """Write ``prepost.csv`` (one row per student and skill) and ``prepost.txt`` (the readable grid)."""
    out.mkdir(parents=True, exist_ok=True)
    sheet, grid = out / "prepost.csv", out / "prepost.txt"
    blanked = ({k: "" if v is None else v for k, v in row.items()} for row in table)
    sheet.write_text(csv_text(blanked, PREPOST_COLUMNS), encoding="utf-8", newline="")
    grid.write_text("\n".join(prepost_lines(table)) + "\n", encoding="utf-8")
    return sheet, grid
