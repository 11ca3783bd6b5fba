"""Lessons keep honest times: every lesson fits a 45-minute period by the estimate rule, its front matter says what
the rule gives (tools/estimate_times.py), and its short path fits 30 minutes."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("estimate_times", REPO / "tools" / "estimate_times.py")
estimate_times = importlib.util.module_from_spec(_spec)
sys.modules["estimate_times"] = estimate_times  # dataclasses look their module up
_spec.loader.exec_module(estimate_times)

LESSONS = estimate_times.lessons()


def _notebook(*cells: str) -> nbformat.NotebookNode:
    """A notebook from cell texts; a text starting with "code:" is a code cell."""
    made = [
        nbformat.v4.new_code_cell(text[5:]) if text.startswith("code:") else nbformat.v4.new_markdown_cell(text)
        for text in cells
    ]
    return nbformat.v4.new_notebook(cells=made)


def test_every_lesson_is_found():
    names = [path.name[:2] for path in LESSONS]
    assert names == [f"{n:02d}" for n in range(11)], names


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name[:2])
def test_lesson_fits_a_period_and_says_so(path):
    found = estimate_times.estimate(path)
    assert found.minutes <= estimate_times.LIMIT, f"{path.name}: {found.minutes} minutes"
    assert found.stated == found.minutes, (
        f"{path.name}: front matter says {found.stated}, the rule gives {found.minutes}: "
        "run `python tools/estimate_times.py --write`"
    )
    assert found.summary() in found.front_matter


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name[:2])
def test_lesson_has_a_short_path_and_an_extension(path):
    found = estimate_times.estimate(path)
    assert estimate_times.SHORT_PATH.search(found.front_matter), f"{path.name}: no short path"
    assert estimate_times.EXTENSION.search(found.front_matter), f"{path.name}: no extension"
    numbers = {s.number for s in found.sections if s.number}
    assert found.skipped and found.skipped <= numbers, (found.skipped, numbers)
    assert found.short_path_minutes <= estimate_times.SHORT_LIMIT, f"{path.name}: {found.short_path_minutes}"
    assert not re.search(r"\b30-45 minutes\b", found.front_matter)


def test_the_rule_counts_prose_tasks_questions_and_code(tmp_path):
    words = " ".join(["word"] * 260)  # 2 minutes read aloud
    notebook = _notebook(
        "# Lesson\n\n| **Time** | estimated 0 minutes |",
        f"## 1. Reading\n\n{words}\n\n*Sources:* a source line https://example.invalid/page is not read aloud",
        "### Your turn 1\n\nDo it.",
        "## 2. Discuss\n\n1. One?\n2. Two?",
        "code:1 + 1",
        "code:2 + 2",
        "code:3 + 3",
        "### More questions (extension)\n\n3. Three?",
        "*Alt text: a chart.*\n\n[Next: 01](01-x.ipynb)",
    )
    path = tmp_path / "00-test.ipynb"
    nbformat.write(notebook, path)
    found = estimate_times.estimate(path)
    in_class = {s.heading: s for s in found.in_class}
    assert in_class["1. Reading"].words == 260
    assert in_class["Your turn 1"].tasks == 1
    assert in_class["2. Discuss"].questions == 2
    assert in_class["2. Discuss"].code_cells == 3  # code cells count in the section they sit in
    assert "More questions (extension)" not in in_class
    assert sum(s.words for s in found.in_class) == 260 + 2 + 4  # "Do it." and "1. One? 2. Two?" are read too
    # 266 / 130 reading + 4 (task) + 2 x 5 (questions) + 3 x 2 (code) = 22.05, rounded up; the extension's
    # question and its 4 words are counted apart
    assert found.minutes == 23
    assert found.extension_minutes == 6  # 5 for the question and 2 words, rounded up


def test_write_puts_the_estimate_in_the_front_matter_and_check_catches_drift(tmp_path, monkeypatch):
    notebook = _notebook(
        "# Lesson\n\n**Time:** estimated 99 minutes\n**Difficulty:** easy", "## 1. Go\n\nGo.", "code:1"
    )
    path = tmp_path / "00-test.ipynb"
    nbformat.write(notebook, path)
    monkeypatch.setattr(estimate_times, "LESSONS", tmp_path)
    assert estimate_times.main(["--check"]) == 1  # 99 is not what the rule gives
    assert estimate_times.write(path) is True
    assert estimate_times.main(["--check"]) == 0
    assert estimate_times.write(path) is False  # a second run changes nothing
    front = nbformat.read(path, as_version=4).cells[0].source
    assert front.startswith("# Lesson\n\n**Time:** estimated 3 minutes: ") and "**Difficulty:** easy" in front
