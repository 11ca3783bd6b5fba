"""Printable worksheets: code hidden, results kept, an answer box after every prompt, the same bytes twice."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from civics_kit.cli import main
from civics_kit.errors import NotebookFolderNotFoundError, NotebookFormatError
from civics_kit.handouts import count_questions, markdown_cell_html, markdown_to_html, notebook_to_html, write_handouts

# A 1x1 PNG, written for this test.
PIXEL = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360f8cf000000020001e221bc330000000049454e44ae426082"
    )
).decode("ascii")
SECRET_CODE = "hidden_variable_name_42 = ck.load_article()"


def _cell(kind: str, source: str, **extra: object) -> dict:
    cell = {"cell_type": kind, "metadata": extra.pop("metadata", {}), "source": source, **extra}
    if kind == "code":
        cell.setdefault("outputs", [])
        cell.setdefault("execution_count", 1)
    return cell


def _notebook(cells: list[dict]) -> dict:
    return {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def _lesson() -> dict:
    table = "<table><tr><th>speaker</th><th>share</th></tr><tr><td>Parks</td><td>0.5</td></tr></table>"
    table += "<script>alert(1)</script><link rel='stylesheet' href='https://example.org/x.css'>"
    return _notebook(
        [
            _cell("markdown", "# Who is quoted\n\n**Time:** 40 minutes. See [the next lesson](03-words-matter.ipynb)."),
            _cell(
                "code",
                SECRET_CODE + "\nprint('Quotes found: 7')",
                outputs=[
                    {"output_type": "stream", "name": "stdout", "text": ["Quotes found: 7\n"]},
                    {"output_type": "stream", "name": "stderr", "text": ["Warning: font cache\n"]},
                ],
            ),
            _cell(
                "code",
                "shares",
                outputs=[
                    {
                        "output_type": "execute_result",
                        "execution_count": 2,
                        "metadata": {},
                        "data": {"text/html": [table], "text/plain": ["  speaker  share"]},
                    }
                ],
            ),
            _cell(
                "code",
                "plot(shares);",
                outputs=[
                    {
                        "output_type": "display_data",
                        "metadata": {"alt": "Bar chart of quote share per speaker"},
                        "data": {"image/png": PIXEL + "\n", "text/plain": ["<Figure size 640x480 with 1 Axes>"]},
                    }
                ],
            ),
            _cell("markdown", "## Your turn\n\nChange the speaker's name in the cell below and run it."),
            _cell(
                "code",
                "speaker = 'Perry'\nprint(speaker)",
                outputs=[{"output_type": "stream", "name": "stdout", "text": ["Perry was quoted 2 times\n"]}],
            ),
            _cell("markdown", "Who is heard only through paraphrase? Which official is quoted most?"),
            _cell("markdown", "## Key points\n\n- Quote share is not the same as fairness.\n- Check who is missing."),
            _cell("code", "boom()", outputs=[{"output_type": "error", "ename": "NameError", "evalue": "x"}]),
        ]
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    (notebooks / "02-who-is-quoted.ipynb").write_text(json.dumps(_lesson()), encoding="utf-8")
    (notebooks / "01-anatomy.ipynb").write_text(
        json.dumps(_notebook([_cell("markdown", "# Anatomy\n\nWhat kind of information is this?")])),
        encoding="utf-8",
    )
    return notebooks


def test_code_is_hidden_and_results_are_kept(folder: Path) -> None:
    page = notebook_to_html(folder / "02-who-is-quoted.ipynb")
    assert "hidden_variable_name_42" not in page and "speaker = 'Perry'" not in page and "boom()" not in page
    assert "Quotes found: 7" in page  # stdout kept
    assert "font cache" not in page and "NameError" not in page  # stderr and errors dropped
    assert "<td>Parks</td>" in page  # an HTML table kept
    assert f'src="data:image/png;base64,{PIXEL}"' in page  # the figure inlined, newlines removed
    assert 'alt="Bar chart of quote share per speaker"' in page
    assert "&lt;Figure size" not in page and "<Figure size" not in page


def test_markdown_is_rendered(folder: Path) -> None:
    page = notebook_to_html(folder / "02-who-is-quoted.ipynb")
    assert "<title>Who is quoted</title>" in page and "<h1>Who is quoted</h1>" in page
    assert "<strong>Time:</strong>" in page
    assert '<a href="03-words-matter.html">the next lesson</a>' in page
    assert "<li>Quote share is not the same as fairness.</li>" in page


def test_an_answer_box_follows_each_prompt(folder: Path) -> None:
    page = notebook_to_html(folder / "02-who-is-quoted.ipynb")
    boxes = [m.start() for m in re.finditer('<div class="answer"', page)]
    assert len(boxes) == 2  # "Your turn" and the two-question cell; not the key points
    assert page.index("Your turn") < page.index("Perry was quoted") < boxes[0]  # after the prompt's results
    assert boxes[0] < page.index("Who is heard only through paraphrase") < boxes[1]
    assert boxes[1] < page.index("Key points")
    assert "On paper:" in page[boxes[0] : boxes[1]]  # a coding task gets a paper instruction
    assert "On paper:" not in page[boxes[1] :]
    two_questions = page[boxes[1] : page.index("Key points")]
    assert two_questions.count('class="line"') > page[boxes[0] : boxes[1]].count('class="line"')


def test_page_is_self_contained_and_printable(folder: Path) -> None:
    page = notebook_to_html(folder / "02-who-is-quoted.ipynb")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page and "<link" not in page and "http-equiv" not in page
    assert "@media print" in page and "break-inside:avoid" in page


def test_no_absolute_paths(folder: Path) -> None:
    out = folder.parent / "handouts"
    for page in write_handouts(folder, out):
        text = page.read_text(encoding="utf-8")
        assert str(folder.parent) not in text and str(Path.home()) not in text and "file:" not in text


def test_output_is_deterministic(folder: Path, tmp_path: Path) -> None:
    first = write_handouts(folder, tmp_path / "a")
    second = write_handouts(folder, tmp_path / "b")
    assert [p.name for p in first] == ["01-anatomy.html", "02-who-is-quoted.html", "index.html"]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_index_lists_the_worksheets_in_order(folder: Path, tmp_path: Path) -> None:
    index = write_handouts(folder, tmp_path / "out")[-1].read_text(encoding="utf-8")
    assert index.index('href="01-anatomy.html"') < index.index('href="02-who-is-quoted.html"')
    assert ">Who is quoted<" in index


def test_raw_html_in_markdown_is_sanitised() -> None:
    rendered = markdown_to_html('A <b>bold</b> claim & <script>alert(1)</script> <img src="x" onerror="alert(2)">')
    assert "<script" not in rendered and "alert" not in rendered and "onerror" not in rendered
    assert "<b>bold</b>" in rendered and "&amp;" in rendered


def test_markdown_tables_lists_and_quotes() -> None:
    source = "| term | meaning |\n|---|---|\n| veto | a no |\n\n3. third\n\n4. fourth\n\n> quoted *line*"
    rendered = re.sub(r">\s+<", "><", markdown_to_html(source))
    assert "<th>term</th>" in rendered and "<td>veto</td>" in rendered
    assert '<ol start="3"><li><p>third</p></li><li><p>fourth</p></li></ol>' in rendered
    assert "<blockquote><p>quoted <em>line</em></p></blockquote>" in rendered


def test_links_with_parentheses_and_lesson_links() -> None:
    source = (
        "See [Secure Communities](https://en.wikipedia.org/wiki/Secure_Communities_(program)), "
        "[the next lesson](./03-words-matter.ipynb#start), [a file](data/notes.txt) and "
        "[a trick](javascript:alert(1))."
    )
    rendered = markdown_to_html(source)
    assert '<a href="https://en.wikipedia.org/wiki/Secure_Communities_(program)">Secure Communities</a>,' in rendered
    assert '<a href="03-words-matter.html">the next lesson</a>' in rendered
    assert "a file" in rendered and "notes.txt" not in rendered  # a local path keeps only its words
    assert "javascript" not in rendered and "a trick" in rendered


def test_question_counting() -> None:
    assert count_questions("Who is quoted? Who is missing?") == 2
    assert count_questions("## Who decides?\n\nThe council voted.") == 0  # a heading is not a prompt
    assert count_questions('Parks said: "Is this fair?" The vote was 11-1.') == 0  # nor a quotation
    assert count_questions("### Your turn\n\nRun the cell.") == 1
    assert count_questions("Change a word where it says **Your turn**.") == 0  # mentioned, not a prompt
    assert count_questions("## 8. Your turn: find a claim\n\nRun the cell.") == 1
    assert count_questions("| question | Who writes it? |\n|---|---|\n| a | b |") == 0  # a table is not a prompt


def test_a_list_of_questions_gets_a_box_per_question_and_sections_are_separate() -> None:
    source = (
        "## Discuss\n\nWrite two sentences for each.\n\n1. Who is quoted most?\n2. Who is missing?\n"
        "3. **Gap.** Write one question for a supporter.\n\n## Key points\n\n- Quote share is not truth."
    )
    rendered, trailing = markdown_cell_html({"cell_type": "markdown", "metadata": {}, "source": source})
    assert trailing == ""  # the last section (key points) asks nothing
    items = re.findall(r"<li>(.*?)</li>", rendered)
    assert ['class="answer"' in item for item in items] == [True, True, True, False]  # a task counts too
    assert rendered.index("Who is missing?") < rendered.rindex('class="answer"') < rendered.index("Key points")


def test_skip_tag_and_answer_lines_metadata() -> None:
    notebook = _notebook(
        [
            _cell("markdown", "Teacher only: why?", metadata={"tags": ["handout-skip"]}),
            _cell("markdown", "Describe the photo.", metadata={"answer_lines": 3}),
        ]
    )
    page = notebook_to_html(notebook)
    assert "Teacher only" not in page
    assert page.count('class="line"') == 3


def test_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NotebookFolderNotFoundError):
        write_handouts(tmp_path / "missing", tmp_path / "out")
    broken = tmp_path / "broken.ipynb"
    broken.write_text("not json", encoding="utf-8")
    with pytest.raises(NotebookFormatError, match=r"broken\.ipynb"):
        notebook_to_html(broken)


def test_command_writes_worksheets(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sheets"
    assert main(["handouts", "--notebooks", str(folder), "--out", str(out)]) == 0
    assert "Wrote 2 worksheets" in capsys.readouterr().out
    assert (out / "02-who-is-quoted.html").is_file() and (out / "index.html").is_file()
    assert main(["handouts", "--notebooks", str(tmp_path / "nope"), "--out", str(out)]) == 1
    assert capsys.readouterr().err.startswith("civics-kit: no folder of notebooks")
    assert main(["report", "--json"]) == 0  # the report command still works
