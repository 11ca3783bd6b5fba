"""Printable worksheets from the lesson notebooks (``civics-kit handouts``).

A view: it reads each ``notebooks/*.ipynb`` (plain JSON, with the standard
library) and writes one self-contained HTML page per lesson for
students who will not code, rooms without a network and substitute teachers.

- Code cells are hidden; their outputs are kept when they are text, tables
  (HTML) or images (inlined as ``data:`` URIs). Errors, warnings (stderr) and
  the text repr of figures (``<Figure size ...>``) are dropped.
- Markdown is rendered by the kit's one renderer (``civics_kit.rendering``:
  mistune, sanitised by nh3), and so is every HTML output: no script, event
  handler or ``javascript:`` link reaches the page. SVG figures are inlined
  as images (a browser runs no script in an SVG shown as an image).
- After every prompt a lined answer box follows. Markdown is judged section by
  section (a heading starts a section): a section that opens a line with "Your
  turn", or asks questions ending in "?" (outside headings, quotations, tables
  and code), is a prompt; its box comes after the section and after any code
  results that follow it. A list of two or more questions gets a box inside
  each question. Tag ``answer-box`` forces a box, metadata ``answer_lines``
  sets its size, tag ``handout-skip`` leaves a cell out.
- The page has no scripts, no external files, no absolute paths and no
  timestamps: the same notebook gives the same bytes every time.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .errors import NotebookFolderNotFoundError, NotebookFormatError
from .rendering import render_markdown, sanitize_html

__all__ = [
    "count_questions",
    "find_notebooks",
    "markdown_cell_html",
    "markdown_to_html",
    "notebook_to_html",
    "output_to_html",
    "read_notebook",
    "write_handouts",
]

SKIP_TAG = "handout-skip"
ANSWER_TAG = "answer-box"
MAX_LINES = 15
# "Your turn" opening a line (a heading, bold, or an emoji before it), not mentioned mid-sentence.
_YOUR_TURN = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*|\*\*|__)?(?:\d+[.)]?[ \t]*)?[^\w\n]{0,3}your\s+turn\b", re.IGNORECASE | re.MULTILINE
)
# A task in a discussion list that ends in "." rather than "?": "Write two questions ...", "Rewrite it ...".
_TASK = re.compile(
    r"(?:^|[.!:]\s+)(?:\*\*[^*]+\*\*\s*)?(?:Write|Rewrite|Name|List|Explain|Describe|Compare|Pick|Choose|Find|Give|"
    r"Say|Suggest|Decide|Sort|Label|Underline|Circle|Mark|Summari[sz]e|Predict)\b"
)
ITEM_LINES = 4
_FIGURE_REPR = re.compile(r"^<(Figure|Axes|matplotlib)\b.*>$", re.DOTALL)
_IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif"}

STYLE = """
body{font-family:Georgia,'Times New Roman',serif;font-size:12pt;line-height:1.45;max-width:46em;margin:1.5em auto;
padding:0 1em;color:#000;background:#fff}
h1,h2,h3,h4{font-family:Helvetica,Arial,sans-serif;line-height:1.2;break-after:avoid;page-break-after:avoid}
h1{font-size:1.6em;border-bottom:2px solid #000;padding-bottom:.2em}
.student{display:flex;gap:2em;margin:0 0 1.2em}.student span{flex:1;border-bottom:1px solid #000;padding-top:1.2em}
table{border-collapse:collapse;margin:.6em 0;break-inside:avoid;page-break-inside:avoid}
td,th{border:1px solid #000;padding:2px 6px;text-align:left;vertical-align:top}
pre,code{font-family:'Courier New',monospace;font-size:.92em}
pre{white-space:pre-wrap;border-left:3px solid #000;padding-left:.6em}
blockquote{margin:.6em 0 .6em 1em;padding-left:.8em;border-left:3px solid #000}
img,svg{max-width:100%;height:auto;break-inside:avoid;page-break-inside:avoid}
.output{margin:.4em 0 .8em}
.answer{border:1.5px solid #000;padding:.3em .8em .8em;margin:.6em 0 1.4em;break-inside:avoid;page-break-inside:avoid}
.answer-label{font-family:Helvetica,Arial,sans-serif;font-size:.85em;font-weight:bold}
.line{border-bottom:1px solid #000;height:2.1em}
footer{margin-top:2em;font-size:.85em;border-top:1px solid #000;padding-top:.4em}
@page{margin:2cm}
@media print{body{margin:0;max-width:none}a{color:#000;text-decoration:none}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}}
""".strip()


# ---------------------------------------------------------------- markdown


_LIST_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$")


ItemBox = Callable[[str], str] | None


def _link_target(target: str) -> str | None:
    """Web links stay; links to other lessons point at their worksheet; other local paths keep only the text."""
    if re.match(r"https?://", target):
        return target
    lesson = re.fullmatch(r"(?:\./)?([\w.-]+)\.ipynb(#[\w-]*)?", target)
    return f"{lesson.group(1)}.html" if lesson else None


def markdown_to_html(source: str, images: dict[str, str] | None = None, item_box: ItemBox = None) -> str:
    """Render a lesson's markdown as HTML with the kit's one renderer (:mod:`civics_kit.rendering`).

    Raw HTML is sanitised like everything else (no scripts, event handlers or ``javascript:`` links).
    ``images`` maps image targets to data URIs (an image without one shows its alt text); ``item_box(text)``
    may add HTML (an answer box) at the end of a list item, given the item's words.
    """
    images = images or {}

    def image(target: str) -> str | None:
        return images.get(target) or images.get(target.removeprefix("attachment:"))

    return render_markdown(source, link=_link_target, image=image, after_item=item_box).strip()


# ---------------------------------------------------------------- prompts


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value or "")


def _prose(source: str) -> str:
    """The markdown without code, headings, quoted lines and tables (where a "?" is not a prompt)."""
    source = re.sub(r"```.*?```", "", source, flags=re.DOTALL)
    kept = [ln for ln in source.split("\n") if not ln.lstrip().startswith(("#", ">", "|"))]
    return "\n".join(kept)


def count_questions_only(source: str) -> int:
    """How many questions (ending in "?") the prose of some markdown asks, outside headings, quotations, tables."""
    prose = _prose(source)
    prose = re.sub(r'"[^"\n]*"|“[^”\n]*”', "", prose)  # a "?" inside a quotation is not ours
    return len(re.findall(r"\?(?=[\s*_)]*(\n|$))|\?(?=\s+[A-Z0-9*(])", prose))


def count_questions(source: str) -> int:
    """How many answers some markdown asks of the student (0 when it is not a prompt; a "Your turn" is 1)."""
    questions = count_questions_only(source)
    if _YOUR_TURN.search(source):
        return max(questions, 1)
    return questions


def _box_lines(questions: int) -> int:
    return 0 if questions <= 0 else min(5 + 3 * (questions - 1), MAX_LINES)


ON_PAPER = "On paper: write what you would try, and what you expect to see."


def _answer_box(lines: int, label: str = "Answer") -> str:
    rules = "".join('<div class="line"></div>' for _ in range(lines))
    heading = f'<div class="answer-label">{html.escape(label)}</div>'
    return f'<div class="answer" role="group" aria-label="Answer">{heading}{rules}</div>'


def _sections(source: str) -> list[str]:
    """Split markdown at its headings (outside code fences): each section is judged as a prompt on its own."""
    sections: list[list[str]] = [[]]
    fenced = False
    for line in source.replace("\r\n", "\n").split("\n"):
        if line.strip().startswith(("```", "~~~")):
            fenced = not fenced
        if not fenced and re.match(r"^\s*#{1,6}\s", line) and any(x.strip() for x in sections[-1]):
            sections.append([])
        sections[-1].append(line)
    return ["\n".join(lines) for lines in sections]


def _question_items(section: str) -> list[str]:
    """The text of each list item in ``section`` that asks a question."""
    items: list[str] = []
    current: list[str] | None = None
    for line in _prose(section).split("\n"):
        match = _LIST_ITEM.match(line)
        if match:
            current = [match.group(3)]
            items.append("")
        elif current is not None and line[:1].isspace() and line.strip():
            current.append(line.strip())
        else:
            current = None
        if current is not None:
            items[-1] = " ".join(current)
    return [item for item in items if count_questions_only(item)]


def _asks(item: str) -> bool:
    """A list item in a discussion asks for an answer: a question, or a task such as "Write ..."."""
    return count_questions_only(item) > 0 or bool(_TASK.search(item))


def _section_html(section: str, images: dict[str, str]) -> tuple[str, str]:
    """(HTML of a markdown section, the answer box that follows it or "").

    A list of two or more questions gets a box inside each question's item; other questions and a
    "Your turn" get one box after the section, sized by the number of questions.
    """
    items = _question_items(section)
    per_item = len(items) >= 2

    def item_box(text: str) -> str:
        return _answer_box(ITEM_LINES) if _asks(text) else ""

    rendered = markdown_to_html(section, images, item_box if per_item else None)
    questions = count_questions_only(section) - (sum(count_questions_only(t) for t in items) if per_item else 0)
    your_turn = bool(_YOUR_TURN.search(section))
    if your_turn and not per_item:
        questions = max(questions, 1)
    coding_task = your_turn and count_questions_only(section) == 0
    box = _answer_box(_box_lines(questions), f"Answer. {ON_PAPER}" if coding_task else "Answer") if questions else ""
    return rendered, box


def markdown_cell_html(cell: dict[str, Any], images: dict[str, str] | None = None) -> tuple[str, str]:
    """(HTML of a markdown cell with the boxes inside it, the box that follows the cell or "").

    Metadata ``answer_lines`` (0-15) replaces the automatic boxes by one box of that size; tag
    ``answer-box`` makes sure there is at least one box.
    """
    images = images or {}
    metadata = cell.get("metadata", {})
    source = _text(cell.get("source"))
    if "answer_lines" in metadata:
        lines = max(0, min(int(metadata["answer_lines"]), MAX_LINES))
        return markdown_to_html(source, images), _answer_box(lines) if lines else ""
    parts, box = [], ""
    for section in _sections(source):
        if box:
            parts.append(box)
        rendered, box = _section_html(section, images)
        parts.append(rendered)
    if not box and ANSWER_TAG in metadata.get("tags", []) and 'class="answer"' not in "".join(parts):
        box = _answer_box(_box_lines(1))
    return "\n".join(p for p in parts if p), box


# ---------------------------------------------------------------- outputs


def _data_uri(mime: str, payload: str | list[str]) -> str:
    data = "".join(payload).replace("\n", "") if isinstance(payload, list) else payload.replace("\n", "")
    return f"data:{mime};base64,{data}"


def _alt_text(cell: dict[str, Any], output: dict[str, Any]) -> str:
    """Alt text for a figure: the output's or cell's ``alt`` metadata, else a plain label."""
    for metadata in (output.get("metadata", {}), cell.get("metadata", {})):
        if isinstance(metadata.get("alt"), str):
            return metadata["alt"]
    return "Chart from the lesson (see the table or sentence beside it)"


def _rich_output(cell: dict[str, Any], output: dict[str, Any]) -> str:
    data = output.get("data", {})
    for mime in ("image/png", "image/jpeg"):
        if mime in data:
            return f'<img src="{_data_uri(mime, data[mime])}" alt="{html.escape(_alt_text(cell, output))}">'
    if "image/svg+xml" in data:
        svg = base64.b64encode(_text(data["image/svg+xml"]).encode("utf-8")).decode("ascii")
        alt = html.escape(_alt_text(cell, output))
        return sanitize_html(f'<img src="data:image/svg+xml;base64,{svg}" alt="{alt}">')
    if "text/html" in data:
        return sanitize_html(_text(data["text/html"]))
    if "text/markdown" in data:
        return markdown_to_html(_text(data["text/markdown"]))
    plain = _text(data.get("text/plain", ""))
    if not plain.strip() or _FIGURE_REPR.match(plain.strip()):
        return ""
    return f"<pre>{html.escape(plain)}</pre>"


def output_to_html(cell: dict[str, Any], output: dict[str, Any]) -> str:
    """One output of a code cell as HTML ('' for errors, stderr and figure reprs)."""
    kind = output.get("output_type")
    if kind == "stream":
        if output.get("name") != "stdout":
            return ""
        return f"<pre>{html.escape(_text(output.get('text')))}</pre>"
    if kind in ("execute_result", "display_data"):
        return _rich_output(cell, output)
    return ""


# ---------------------------------------------------------------- notebooks


def _attachments(cell: dict[str, Any]) -> dict[str, str]:
    found = {}
    for name, bundle in sorted(cell.get("attachments", {}).items()):
        for mime, payload in sorted(bundle.items()):
            if mime.startswith("image/") and mime != "image/svg+xml":
                found[name] = _data_uri(mime, payload)
                break
    return found


def _local_images(source: str, folder: Path | None) -> dict[str, str]:
    """Relative image paths in markdown, read from beside the notebook and inlined."""
    if folder is None:
        return {}
    found = {}
    for target in re.findall(r"!\[[^\]]*\]\(([^)\s]+)", source):
        path = folder / target
        mime = _IMAGE_TYPES.get(path.suffix.lower())
        if mime and not Path(target).is_absolute() and path.is_file():
            found[target] = f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")
    return found


def _cell_html(cell: dict[str, Any], folder: Path | None) -> tuple[str, str]:
    """(HTML of a cell, the answer box that follows it or "")."""
    if cell.get("cell_type") == "markdown":
        source = _text(cell.get("source"))
        return markdown_cell_html(cell, {**_local_images(source, folder), **_attachments(cell)})
    if cell.get("cell_type") == "code":
        parts = [output_to_html(cell, o) for o in cell.get("outputs", [])]
        return "".join(f'<div class="output">{p}</div>' for p in parts if p.strip()), ""
    return "", ""


_LOADS = re.compile(r"load_article\(\s*(?:(?P<q>['\"])(?P<name>[\w.-]+)(?P=q)\s*)?\)")


def _credits(cells: Iterable[dict[str, Any]]) -> list[str]:
    """The attribution lines of the bundled articles the notebook's code loads by name (or the seed, with no name)."""
    from .article import SEED, load_article, seed_names

    found = [
        m.group("name") or SEED
        for c in cells
        if c.get("cell_type") == "code"
        for m in _LOADS.finditer(_text(c.get("source")))
    ]
    names = [n for n in dict.fromkeys(found) if n in seed_names()]
    return [line for line in (load_article(n).attribution for n in names) if line]


def _title(cells: Iterable[dict[str, Any]], fallback: str) -> str:
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            match = re.search(r"^#\s+(.+?)\s*#*\s*$", _text(cell.get("source")), re.MULTILINE)
            if match:
                return re.sub(r"[*_`]", "", match.group(1))
    return fallback


def read_notebook(path: Path) -> dict[str, Any]:
    """Load an ``.ipynb`` file as a dict (nbformat 4), with a clear error when it is not one."""
    try:
        notebook = json.loads(Path(path).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise NotebookFormatError(f"{Path(path).name} is not a Jupyter notebook (JSON): {error}") from None
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        raise NotebookFormatError(f"{Path(path).name} has no list of cells: is it a Jupyter notebook?")
    return notebook


def notebook_to_html(notebook: dict[str, Any] | str | Path, *, name: str | None = None) -> str:
    """A printable, self-contained worksheet of one notebook (a dict or a path to an ``.ipynb``)."""
    folder = None
    if isinstance(notebook, (str, Path)):
        path = Path(notebook)
        folder, name = path.parent, name or path.name
        notebook = read_notebook(path)
    name = name or "lesson.ipynb"
    cells = [c for c in notebook["cells"] if SKIP_TAG not in c.get("metadata", {}).get("tags", [])]
    title = _title(cells, Path(name).stem)
    body, pending = [], ""
    for cell in cells:
        if pending and cell.get("cell_type") != "code":
            body.append(pending)  # the box goes after the prompt and the code results that follow it
            pending = ""
        rendered, box = _cell_html(cell, folder)
        body.append(rendered)
        if box:
            body.append(pending)
            pending = box
    body.append(pending)
    student = '<div class="student"><span>Name:</span><span>Class:</span><span>Date:</span></div>'
    credits = "".join(f"<br>Credit: {html.escape(line)}" for line in _credits(cells))
    footer = f"<footer>Worksheet made from {html.escape(Path(name).name)} by civics-kit handouts.{credits}</footer>"
    content = "\n".join(b for b in body if b)
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'><title>{html.escape(title)}</title>"
        f"<style>\n{STYLE}\n</style></head>\n<body>\n{student}\n{content}\n{footer}\n</body></html>\n"
    )


def find_notebooks(folder: str | Path) -> list[Path]:
    """The lesson notebooks in ``folder``, sorted by name (checkpoints left out)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotebookFolderNotFoundError(f"no folder of notebooks at {folder}: give one with --notebooks DIR")
    return sorted(p for p in folder.glob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def _index_html(pages: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{html.escape(href)}">{html.escape(title)}</a></li>' for href, title in pages)
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>civics_kit worksheets</title>"
        f"<style>\n{STYLE}\n</style></head>\n<body>\n<h1>civics_kit worksheets</h1>\n"
        "<p>One printable worksheet per lesson: the code is hidden, the results are kept, and each question "
        "has an answer box.</p>\n"
        f"<ol>{items}</ol>\n</body></html>\n"
    )


def write_handouts(notebooks: str | Path = "notebooks", out: str | Path = "handouts") -> list[Path]:
    """Write one worksheet per notebook in ``notebooks`` into ``out``, plus ``index.html``; returns the pages."""
    sources = find_notebooks(notebooks)
    if not sources:
        raise NotebookFolderNotFoundError(f"no .ipynb files in {Path(notebooks)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written, pages = [], []
    for source in sources:
        page = notebook_to_html(source)
        target = out / f"{source.stem}.html"
        target.write_text(page, encoding="utf-8")
        written.append(target)
        title = re.search(r"<title>(.*?)</title>", page)
        pages.append((target.name, html.unescape(title.group(1)) if title else source.stem))
    index = out / "index.html"
    index.write_text(_index_html(pages), encoding="utf-8")
    return [*written, index]
