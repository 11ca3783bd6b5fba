"""One sheet per lesson: a student sheet of one or two pages, a teacher sheet of one page, in HTML and PDF.

The page counts are measured, not estimated: every sheet is printed by headless chromium on Letter and on A4
and the PDF's pages are counted with pypdf.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from civics_kit import load_article
from civics_kit.cli import main
from civics_kit.errors import InvalidOptionError, PdfToolNotFoundError
from civics_kit.pdf import find_browser, html_to_pdf
from civics_kit.sheets import key_answers, lesson_questions, student_sheet, teacher_sheet, write_sheets

REPO = Path(__file__).resolve().parents[1]
LESSONS = sorted((REPO / "notebooks").glob("[0-9][0-9]-*.ipynb"))
MOST_PAGES = {"student": 2, "teacher": 1}
needs_chromium = pytest.mark.skipif(find_browser() is None, reason="chromium is not installed (CI installs it)")


def _sheet(kind: str, lesson: Path) -> str:
    return student_sheet(lesson) if kind == "student" else teacher_sheet(lesson)


@pytest.fixture(scope="module")
def page_counts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], int]:
    """Pages of every sheet's PDF: {(lesson, kind, paper): pages}."""
    pypdf = pytest.importorskip("pypdf")
    folder = tmp_path_factory.mktemp("pdf")
    jobs = [(lesson, kind, paper) for lesson in LESSONS for kind in MOST_PAGES for paper in ("letter", "a4")]

    def count(job: tuple[Path, str, str]) -> int:
        lesson, kind, paper = job
        target = html_to_pdf(_sheet(kind, lesson), folder / f"{lesson.stem}-{kind}-{paper}.pdf", paper)
        return len(pypdf.PdfReader(target).pages)

    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        pages = list(pool.map(count, jobs))
    return {(lesson.stem, kind, paper): n for (lesson, kind, paper), n in zip(jobs, pages, strict=True)}


def test_every_lesson_is_found() -> None:
    assert len(LESSONS) >= 10


@needs_chromium
@pytest.mark.parametrize("kind", sorted(MOST_PAGES))
def test_every_sheet_fits_its_pages_on_letter_and_a4(page_counts: dict, kind: str) -> None:
    too_long = {key: n for key, n in page_counts.items() if key[1] == kind and not 1 <= n <= MOST_PAGES[kind]}
    assert not too_long
    assert {key[0] for key in page_counts if key[1] == kind} == {lesson.stem for lesson in LESSONS}


@needs_chromium
def test_pdf_paper_sizes(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    sizes = {}
    for paper in ("letter", "a4"):
        page = pypdf.PdfReader(html_to_pdf(teacher_sheet(LESSONS[2]), tmp_path / f"{paper}.pdf", paper)).pages[0]
        sizes[paper] = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
    assert sizes == {"letter": (612, 792), "a4": (595, 842)}  # points


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem[:2] for p in LESSONS])
def test_student_sheet_has_the_questions_boxes_and_credit_and_no_code(lesson: Path) -> None:
    page = student_sheet(lesson)
    questions = re.findall(r'<div class="question">', page)
    assert len(questions) == len(lesson_questions(_notebook(lesson))) >= 1
    assert page.count('class="answer"') == len(questions)
    assert "<pre" not in page and "import civics_kit" not in page and "ck.load_article" not in page
    assert "Name:" in page and "@media print" in page
    assert "@page{margin" in page and not re.search(r"@page\{[^}]*size", page)  # prints on Letter and A4 alike
    assert "<script" not in page


def _notebook(path: Path) -> dict:
    from civics_kit.handouts import read_notebook

    return read_notebook(path)


def test_student_sheet_credits_the_article_the_lesson_loads() -> None:
    seed_line = load_article().attribution
    assert seed_line and seed_line in _unescape(student_sheet(REPO / "notebooks" / "02-who-is-quoted.ipynb"))


def _unescape(page: str) -> str:
    import html

    return html.unescape(page)


def test_questions_keep_their_words_and_their_lead_in() -> None:
    found = lesson_questions(_notebook(REPO / "notebooks" / "02-who-is-quoted.ipynb"))
    asks = [q.ask for q in found]
    assert "Does the order of speakers change?" in asks
    first = next(q for q in found if q.ask == "Does the order of speakers change?")
    assert first.heading.startswith("Your turn 1") and "count_by" in first.lead
    assert any(a.startswith("**The relay chain.**") for a in asks)
    # a list of key points is not a list of questions, though one of them starts "Give ..."
    byo = lesson_questions(_notebook(REPO / "notebooks" / "09-bring-your-own-article.ipynb"))
    assert byo and not [q for q in byo if q.heading == "Key points"]


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem[:2] for p in LESSONS])
def test_teacher_sheet_has_objectives_time_short_path_and_key_answers(lesson: Path) -> None:
    page = _unescape(teacher_sheet(lesson))
    for part in ("Estimated time", "Short path", "Extension", "Objectives", "Key answers"):
        assert part in page, part
    assert "estimated" in page and re.search(r"<h2>Objectives</h2><ol><li>", page)
    assert page.count("<strong>") >= 2


def test_key_answers_come_from_the_answer_key_shortened() -> None:
    notes = (
        "## Objectives\n\n1. read\n\n## Answer key\n\n**Your turn 1** (add a keyword). Default gives [8, 12]. "
        'A second sentence.\n\n**2. Share.** Model answer: "Parks leads."\n\n| a | b |\n|---|---|\n\n'
        "## Before class\n\n**Not an answer.** Skip me."
    )
    assert key_answers(notes) == [
        ("Your turn 1 (add a keyword)", "Default gives [8, 12]. A second sentence."),
        ("2. Share", 'Model answer: "Parks leads."'),
    ]
    lesson = REPO / "notebooks" / "02-who-is-quoted.ipynb"
    page = _unescape(teacher_sheet(lesson, notes))
    assert "Parks leads." in page and "Model answer" not in page and "Skip me" not in page
    assert "<strong>2. Share.</strong>" in page  # a numbered label stays a label, not a list
    keys = _unescape(teacher_sheet(lesson)).split("Key answers", 1)[1]
    assert "<strong>1. Share.</strong>" in keys and "<ol" not in keys and "<li" not in keys


def test_sheets_are_the_same_bytes_every_time(tmp_path: Path) -> None:
    first = write_sheets(REPO / "notebooks", tmp_path / "a")
    second = write_sheets(REPO / "notebooks", tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, second, strict=True))
    assert len(first) == 2 * len(LESSONS) + 1 and first[-1].name == "index.html"
    assert str(REPO) not in "".join(p.read_text(encoding="utf-8") for p in first)


def test_without_a_browser_pdf_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIVICS_KIT_CHROMIUM", str(tmp_path / "no-such-browser"))
    with pytest.raises(PdfToolNotFoundError, match="apt-get install chromium"):
        html_to_pdf("<p>x</p>", tmp_path / "x.pdf")
    with pytest.raises(InvalidOptionError, match="letter, a4"):
        html_to_pdf("<p>x</p>", tmp_path / "x.pdf", paper="legal")


@needs_chromium
def test_command_writes_sheets_as_html_and_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "notebooks"
    folder.mkdir()
    (folder / LESSONS[8].name).write_bytes(LESSONS[8].read_bytes())
    assert main(["handouts", "--notebooks", str(folder), "--out", str(tmp_path / "out"), "--pdf", "a4"]) == 0
    sheets = tmp_path / "out" / "sheets"
    names = sorted(p.name for p in sheets.iterdir())
    stem = LESSONS[8].stem
    assert names == sorted(["index.html", *(f"{stem}-{k}.{e}" for k in MOST_PAGES for e in ("html", "pdf"))])
    assert "2 sheets" in capsys.readouterr().out
