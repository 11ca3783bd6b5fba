"""One-sheet handouts per lesson: a student sheet (one or two pages) and a teacher sheet (one page).

A view, beside :mod:`civics_kit.handouts` (the full worksheets). Both sheets are self-contained HTML that
prints on Letter and on A4 (no page size is fixed; the margins and sizes fit the shorter Letter page and the
narrower A4 page), rendered by the kit's one Markdown renderer (:mod:`civics_kit.rendering`).

- The **student sheet** has the lesson's questions (no code, no results), each with a lined answer box, and
  the attribution line of every bundled article the lesson loads (``Article.attribution``). The boxes shrink,
  and then the lead-in sentences go, until the sheet's estimated height fits two pages.
- The **teacher sheet** has the objectives (``teacher/lessons/NN-*.md``, else the notebook's "What you will
  learn"), the estimated time, short path and extension (the notebook's front matter) and the key answers
  (the teacher notes' answer-key sections, each shortened), cut until it fits one page.

PDF files come from :mod:`civics_kit.pdf` (headless chromium); the HTML needs nothing but a browser.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .handouts import (
    _LIST_ITEM,
    SKIP_TAG,
    _asks,
    _credits,
    _prose,
    _sections,
    _text,
    _title,
    count_questions_only,
    markdown_to_html,
    read_notebook,
)

__all__ = ["Question", "lesson_questions", "student_sheet", "teacher_sheet", "write_sheets"]

# Heights in millimetres, for the fit estimate: the printable area of the shorter page (Letter, 279 mm) and
# the characters a line holds on the narrower one (A4, 210 mm), at the sizes the style below sets.
PAGE_MM = 279.4 - 2 * 14
TEXT_LINE_MM = 5.6
CHARS_PER_LINE = 96
BOX_LINE_MM = 7.5
STUDENT_PAGES = 2
MOST_BOX_LINES = 5
FEWEST_BOX_LINES = 2

SHEET_STYLE = """
body{font-family:Georgia,'Times New Roman',serif;font-size:11.5pt;line-height:1.35;max-width:44em;margin:1em auto;
padding:0 1em;color:#000;background:#fff}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif;line-height:1.2;margin:.5em 0 .2em;break-after:avoid;
page-break-after:avoid}
h1{font-size:16pt;border-bottom:2px solid #000;padding-bottom:.15em;margin-top:0}
h2{font-size:12.5pt}h3{font-size:11.5pt}
p{margin:.2em 0}ul,ol{margin:.2em 0;padding-left:1.4em}
.student{display:flex;gap:2em;margin:0 0 .6em}.student span{flex:1;border-bottom:1px solid #000;padding-top:1em}
.question{break-inside:avoid;page-break-inside:avoid;margin:.3em 0 .5em}
.question .ask{font-weight:bold}
.answer{box-sizing:border-box;border:1.2px solid #000;padding:0 .6em .2em;margin:.2em 1px 0 0}
.line{border-bottom:1px solid #777;height:7.5mm}
code{font-family:'Courier New',monospace;font-size:.95em}
dl{margin:.2em 0}dt{font-weight:bold;font-family:Helvetica,Arial,sans-serif}dd{margin:0 0 .3em 1em}
.teacher{font-size:10.5pt;line-height:1.3}
footer{margin-top:.8em;font-size:9.5pt;border-top:1px solid #000;padding-top:.3em}
@page{margin:14mm}
@media print{body{margin:0;max-width:none;padding:0}a{color:#000;text-decoration:none}}
""".strip()


@dataclass(frozen=True)
class Question:
    """One question of a lesson for the student sheet: its section heading, lead-in and the question itself."""

    heading: str
    lead: str
    ask: str


# ---------------------------------------------------------------- the questions of a lesson

_HEADING = re.compile(r"^\s*#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*(\"“_])")
_SHORT_QUESTION = 70  # a question shorter than this keeps the sentence before it, for context


def _plain_heading(text: str) -> str:
    return re.sub(r"[*_`]", "", text).strip()


def _paragraphs(section: str) -> list[str]:
    """The prose paragraphs of a section (no headings, quotations, tables, code or list items)."""
    kept = []
    for block in re.split(r"\n\s*\n", _prose(section)):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if lines and not _LIST_ITEM.match(lines[0]):
            kept.append(" ".join(lines))
    return kept


def _list_items(section: str) -> list[str]:
    items: list[str] = []
    for line in _prose(section).split("\n"):
        match = _LIST_ITEM.match(line)
        if match:
            items.append(match.group(3).strip())
        elif items and line[:1].isspace() and line.strip():
            items[-1] += " " + line.strip()
    return items


def _section_questions(section: str, heading: str) -> list[Question]:
    items = _list_items(section)
    # a task ("Write two questions ...") counts in a list that asks questions, not in a list of key points
    discussion = any(count_questions_only(item) for item in items)
    asked = [
        Question(heading, "", item) for item in items if count_questions_only(item) or (discussion and _asks(item))
    ]
    for paragraph in _paragraphs(section):
        sentences = _SENTENCE_END.split(paragraph)
        for i, sentence in enumerate(sentences):
            if count_questions_only(sentence):
                lead = sentences[i - 1] if i and len(sentence) < _SHORT_QUESTION else ""
                lead = "" if count_questions_only(lead) else lead
                asked.append(Question(heading, lead, sentence))
    return asked


def lesson_questions(notebook: dict[str, Any]) -> list[Question]:
    """The questions a lesson asks in its prose (not its coding tasks), in order, each under its heading."""
    heading, found = "", []
    for cell in notebook["cells"]:
        if cell.get("cell_type") != "markdown" or SKIP_TAG in cell.get("metadata", {}).get("tags", []):
            continue
        for section in _sections(_text(cell.get("source"))):
            match = _HEADING.search(section)
            if match and not section.lstrip().startswith("# "):
                heading = _plain_heading(match.group(1))
            if section.lstrip().startswith("# "):
                continue  # the title and front matter: the lesson's aims, not its questions
            found.extend(_section_questions(section, heading))
    return found


# ---------------------------------------------------------------- fitting by estimate


def _text_mm(text: str, chars: int = CHARS_PER_LINE) -> float:
    return len(textwrap.wrap(text, chars) or [""]) * TEXT_LINE_MM


def _student_mm(questions: list[Question], box_lines: int, leads: bool) -> float:
    height = 30.0 + 14.0  # title, name line; footer
    last = None
    for q in questions:
        if q.heading != last:
            height += 8.0
            last = q.heading
        height += _text_mm(q.ask) + (_text_mm(q.lead) if leads and q.lead else 0) + 4.0 + box_lines * BOX_LINE_MM
    return height


def _fit_student(questions: list[Question]) -> tuple[int, bool]:
    """(answer lines per box, whether lead-ins are kept): the most room that fits :data:`STUDENT_PAGES`."""
    budget = STUDENT_PAGES * PAGE_MM - 25.0  # a question is not split across pages: leave room for that
    for leads in (True, False):
        for lines in range(MOST_BOX_LINES, FEWEST_BOX_LINES - 1, -1):
            if _student_mm(questions, lines, leads) <= budget:
                return lines, leads
    return FEWEST_BOX_LINES, False


# ---------------------------------------------------------------- student sheet


def _inline(markdown: str) -> str:
    rendered = markdown_to_html(markdown)
    return re.sub(r"^<p>(.*)</p>$", r"\1", rendered, flags=re.DOTALL)


def _not_a_list(markdown: str) -> str:
    """Markdown whose leading "2." stays text: a label such as "2. Share" is not a numbered list."""
    return re.sub(r"^(\d+)([.)])", r"\1\\\2", markdown)


def _page(title: str, body: str, css_class: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{html.escape(title)}</title>"
        f"<style>\n{SHEET_STYLE}\n</style></head>\n<body class='{css_class}'>\n{body}\n</body></html>\n"
    )


def _load(notebook: dict[str, Any] | str | Path) -> tuple[dict[str, Any], str]:
    if isinstance(notebook, (str, Path)):
        return read_notebook(Path(notebook)), Path(notebook).stem
    return notebook, "lesson"


def student_sheet(notebook: dict[str, Any] | str | Path) -> str:
    """The student sheet of a lesson (a notebook dict or ``.ipynb`` path) as a self-contained HTML page."""
    notebook, stem = _load(notebook)
    cells = [c for c in notebook["cells"] if SKIP_TAG not in c.get("metadata", {}).get("tags", [])]
    title = _title(cells, stem)
    questions = lesson_questions(notebook)
    lines, leads = _fit_student(questions)
    parts = [f"<h1>Student sheet: {html.escape(title)}</h1>"]
    parts.append('<div class="student"><span>Name:</span><span>Class:</span><span>Date:</span></div>')
    last = None
    for number, q in enumerate(questions, start=1):
        if q.heading != last and q.heading:
            parts.append(f"<h2>{html.escape(q.heading)}</h2>")
        last = q.heading
        lead = f"{_inline(q.lead)} " if leads and q.lead else ""
        rules = "".join('<div class="line"></div>' for _ in range(lines))
        parts.append(
            f'<div class="question"><p>{number}. {lead}<span class="ask">{_inline(q.ask)}</span></p>'
            f'<div class="answer" role="group" aria-label="Answer {number}">{rules}</div></div>'
        )
    if not questions:
        parts.append("<p>This lesson asks its questions in the notebook's code cells: answer them there.</p>")
    credits = "".join(f"<br>Credit: {html.escape(line)}" for line in _credits(cells))
    parts.append(f"<footer>Student sheet of {html.escape(stem)} (civics-kit handouts).{credits}</footer>")
    return _page(f"Student sheet: {title}", "\n".join(parts), "student-sheet")


# ---------------------------------------------------------------- teacher sheet

TEACHER_CHARS_PER_LINE = 112
TEACHER_LINE_MM = 4.9
_FRONT_ROWS = {"time": "Estimated time", "short path": "Short path", "extension": "Extension"}
_ANSWER_HEADING = re.compile(r"answer|model answers", re.IGNORECASE)
_BOLD_LEAD = re.compile(r"^\*\*(?P<label>[^*]+?)\*\*\s*(?P<rest>.*)$", re.DOTALL)


_FRONT_ROW = re.compile(
    r"^(?:\|\s*\*\*(?P<key>[^*|]+)\*\*\s*\|\s*(?P<value>.*?)\s*\|"  # | **Time** | estimated ... |
    r"|\*\*(?P<key2>[^*]+?):\*\*\s*(?P<value2>.*?))\s*$"  # **Time:** estimated ...
)


def front_matter(notebook: dict[str, Any]) -> dict[str, str]:
    """The lesson's estimated time, short path and extension from its front matter (a table or bold lines)."""
    found: dict[str, str] = {}
    for cell in notebook["cells"][:3]:
        for line in _text(cell.get("source")).split("\n"):
            match = _FRONT_ROW.match(line.strip())
            if not match:
                continue
            name = (match.group("key") or match.group("key2")).strip()
            key = re.sub(r"\s*\(.*\)$", "", name).lower()
            if key in _FRONT_ROWS and _FRONT_ROWS[key] not in found and name not in found:
                found[name if key == "short path" else _FRONT_ROWS[key]] = match.group("value") or match.group("value2")
    return found


def _note_sections(notes: str) -> list[tuple[str, str]]:
    """(heading, body) of each ``##`` section of the teacher notes."""
    parts = re.split(r"^##\s+(.+?)\s*$", notes, flags=re.MULTILINE)
    return [(_plain_heading(parts[i]), parts[i + 1]) for i in range(1, len(parts) - 1, 2)]


def objectives(notebook: dict[str, Any], notes: str | None) -> list[str]:
    """The lesson's objectives: the teacher notes' "Objectives" list, else the notebook's "What you will learn"."""
    for heading, body in _note_sections(notes or ""):
        if heading.lower().startswith("objective"):
            return _list_items(body)
    first = _text(notebook["cells"][0].get("source")) if notebook["cells"] else ""
    learn = first.split("What you will learn", 1)
    return _list_items(learn[1].split("\n\n>", 1)[0]) if len(learn) == 2 else []


def _shorten(text: str, chars: int) -> str:
    """``text`` cut to whole sentences within ``chars`` (at least the first one, cut at a word and "…")."""
    text = re.sub(r"^Model answer[^:]*:\s*", "", " ".join(text.split()))
    kept = ""
    for sentence in _SENTENCE_END.split(text):
        if kept and len(kept) + len(sentence) + 1 > chars:
            break
        kept = f"{kept} {sentence}".strip()
    return kept if len(kept) <= chars else textwrap.shorten(kept, chars, placeholder=" …")


def _label_and_answer(label: str, rest: str) -> tuple[str, str]:
    """A bold label and the answer after it; a bracket right after the label, "(add a keyword).", joins the label."""
    label = label.strip().rstrip(".:")
    aside = re.match(r"^(\([^()]*\))[.:]?\s*", rest)
    if aside:
        label, rest = f"{label} {aside.group(1)}", rest[aside.end() :]
    return label, rest


def key_answers(notes: str | None) -> list[tuple[str, str]]:
    """(label, answer) of each answer in the teacher notes' answer-key sections, in full (markdown)."""
    found: list[tuple[str, str]] = []
    for heading, body in _note_sections(notes or ""):
        if not _ANSWER_HEADING.search(heading):
            continue
        body = re.sub(r"^(\d+)[.)]\s+\*\*(.+?)\*\*", r"\n**\1. \2**", body, flags=re.MULTILINE)  # 1. **Label.**
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
        prose = [p for p in paragraphs if not p.startswith(("|", ">", "#", "-", "1."))]
        led = [_label_and_answer(m.group("label"), m.group("rest")) for p in prose if (m := _BOLD_LEAD.match(p))]
        if led:
            found.extend((label, rest.split("\n|", 1)[0]) for label, rest in led)
        elif prose:
            found.append((re.sub(r"^answer key:?\s*", "", heading, flags=re.IGNORECASE) or heading, prose[0]))
    return found


def _teacher_mm(parts: list[tuple[str, str]]) -> float:
    height = 22.0 + 10.0
    for label, text in parts:
        height += len(textwrap.wrap(f"{label} {text}", TEACHER_CHARS_PER_LINE) or [""]) * TEACHER_LINE_MM + 1.5
    return height


def _fit_teacher(answers: list[tuple[str, str]], fixed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The answers shortened (then the last ones dropped) until the sheet's estimate fits one page."""
    budget = PAGE_MM - 20.0
    for chars in range(420, 60, -20):
        short = [(label, _shorten(text, chars)) for label, text in answers]
        if _teacher_mm(fixed + short) <= budget:
            return short
    while short and _teacher_mm(fixed + short) > budget:
        short = short[:-1]
    return short


def _teacher_notes_for(path: Path | None, folder: Path | None = None) -> str | None:
    """The teacher notes of the lesson at ``path``: ``<folder>/<stem>.md``, by default ``teacher/lessons``."""
    if path is None:
        return None
    folder = folder if folder is not None else path.parent.parent / "teacher" / "lessons"
    notes = folder / f"{path.stem}.md"
    return notes.read_text(encoding="utf-8") if notes.is_file() else None


def teacher_sheet(notebook: dict[str, Any] | str | Path, notes: str | None = None) -> str:
    """The one-page teacher sheet of a lesson as HTML: objectives, time, short path, extension, key answers.

    ``notes`` is the lesson's teacher notes (markdown); by default ``teacher/lessons/<stem>.md`` beside the
    notebook's folder is read when ``notebook`` is a path.
    """
    path = Path(notebook) if isinstance(notebook, (str, Path)) else None
    notebook, stem = _load(notebook)
    notes = notes if notes is not None else _teacher_notes_for(path)
    title = _title(notebook["cells"], stem)
    aims = objectives(notebook, notes)
    plan = front_matter(notebook)
    fixed = [("", aim) for aim in aims] + list(plan.items())
    answers = _fit_teacher(key_answers(notes), fixed)
    parts = [f"<h1>Teacher sheet: {html.escape(title)}</h1>"]
    parts.append("<dl>" + "".join(f"<dt>{html.escape(k)}</dt><dd>{_inline(v)}</dd>" for k, v in plan.items()))
    parts.append("</dl>")
    if aims:
        parts.append("<h2>Objectives</h2><ol>" + "".join(f"<li>{_inline(a)}</li>" for a in aims) + "</ol>")
    if answers:
        items = "".join(
            f"<p><strong>{_inline(_not_a_list(label))}.</strong> {_inline(text)}</p>" for label, text in answers
        )
        parts.append(f"<h2>Key answers</h2>{items}")
    full = f"teacher/lessons/{stem}.md" if notes else "the notebook"
    parts.append(
        f"<footer>Teacher sheet of {html.escape(stem)} (civics-kit handouts). Full notes, rubrics and "
        f"sources: {html.escape(full)}.</footer>"
    )
    return _page(f"Teacher sheet: {title}", "\n".join(parts), "teacher")


# ---------------------------------------------------------------- writing them all


def _sheets_index(rows: list[tuple[str, str, list[str]]]) -> str:
    items = "".join(
        f"<li>{html.escape(title)}: "
        + ", ".join(f'<a href="{html.escape(f)}">{html.escape(f)}</a>' for f in files)
        + "</li>"
        for title, _, files in rows
    )
    body = (
        "<h1>civics_kit sheets</h1><p>Per lesson, a student sheet (questions and answer boxes, one or two "
        "pages) and a teacher sheet (one page). Print them from any browser, on Letter or A4.</p>"
        f"<ol>{items}</ol>"
    )
    return _page("civics_kit sheets", body, "index")


def write_sheets(
    notebooks: str | Path = "notebooks",
    out: str | Path = "handouts/sheets",
    *,
    pdf: str | None = None,
    teacher_notes: str | Path | None = None,
) -> list[Path]:
    """Write each lesson's student and teacher sheet into ``out`` (HTML, and PDF on ``pdf`` paper), and an index.

    ``pdf`` is None (HTML only), "letter" or "a4" (needs chromium: :mod:`civics_kit.pdf`). ``teacher_notes`` is
    the folder of ``NN-*.md`` notes (default: ``teacher/lessons`` beside the notebooks' folder).
    """
    from .handouts import find_notebooks

    sources = find_notebooks(notebooks)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(teacher_notes) if teacher_notes is not None else None
    written: list[Path] = []
    rows = []
    for source in sources:
        files = []
        pages = {
            "student": student_sheet(source),
            "teacher": teacher_sheet(source, _teacher_notes_for(source, folder) or ""),
        }
        for kind, page in pages.items():
            target = out / f"{source.stem}-{kind}.html"
            target.write_text(page, encoding="utf-8")
            written.append(target)
            files.append(target.name)
            if pdf is not None:
                from .pdf import html_to_pdf

                written.append(html_to_pdf(page, target.with_suffix(".pdf"), pdf))
                files.append(target.with_suffix(".pdf").name)
        rows.append((_title(read_notebook(source)["cells"], source.stem), source.stem, files))
    index = out / "index.html"
    index.write_text(_sheets_index(rows), encoding="utf-8")
    return [*written, index]
