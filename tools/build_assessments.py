"""Write the assessment's sheets, keys and notebook sources from the forms (civics_kit/exercise_sets/form_*.py).

    python tools/build_assessments.py          # write teacher/assessments/form-*.md|html, key-*.md and
                                               # teacher/exercises/assessment-form-*.ipynb (then run
                                               # civics-kit build-exercises to execute them and write the
                                               # student copies)
    python tools/build_assessments.py --check  # exit 1 if a written file differs from what the forms give

The forms are the one source: the paper sheet, the notebook and the answer key cannot disagree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat

from civics_kit import load_article
from civics_kit.exercise_build import BEGIN, END, YOUR_TURN, sources
from civics_kit.exercises import Choice, Date, Labelling
from civics_kit.exercises.assessment import FORMS, Assessment, form, key_markdown, sheet_markdown
from civics_kit.rendering import render_markdown

REPO = Path(__file__).resolve().parents[1]
SHEETS = REPO / "teacher" / "assessments"
NOTEBOOKS = REPO / "teacher" / "exercises"
PRINT_CSS = """
body { font: 10.5pt/1.3 system-ui, sans-serif; margin: 1.2em; color: #111; max-width: 48em; }
h1 { font-size: 14pt; margin: 0 0 .3em; }
ul { margin: .1em 0 .5em; padding-left: 1.4em; }
p { margin: .3em 0; }
@media print { body { margin: 0; } p, ul { break-inside: avoid; } }
"""


def page(title: str, markdown: str) -> str:
    """A printable HTML page of a sheet, rendered by the kit's one renderer."""
    return (
        f"<!doctype html>\n<html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<style>{PRINT_CSS}</style></head><body>\n{render_markdown(markdown)}</body></html>\n"
    )


def _py(value: object) -> str:
    """A Python literal with double quotes, as ruff formats it."""
    return json.dumps(value, ensure_ascii=False)


def _solution(item_var: str, question: object, answer: str) -> str:
    if isinstance(question, Choice):
        value = _py(question.right) if question.multiple else _py(question.right[0])
    elif isinstance(question, Labelling):
        rows = "".join(f"    {_py(item)}: {_py(label)},\n" for item, label in question.items.items())
        return f"{item_var} = {{\n{rows}}}"
    else:
        value = _py(answer)
    return f"{item_var} = {value}"


def _how_to_answer(question: object) -> str:
    if isinstance(question, Choice):
        return 'Answer with the letter, in quotation marks: `"A"`.'
    if isinstance(question, Labelling):
        rows = "".join(f'    "{item}": "...",\n' for item in question.items)
        template = f"```python\n{question.var} = {{\n{rows}}}\n```"
        return f"Copy this into the cell below and replace each `...` with a label:\n\n{template}"
    if isinstance(question, Date):
        return 'Write the date in quotation marks, with the year, for example `"1 January 2020"`.'
    return "Write the name between the triple quotes."


def _options(question: object) -> str:
    if isinstance(question, Choice):
        return "\n".join(f"- **{k}.** {text}" for k, text in question.options.items())
    if isinstance(question, Labelling):
        return "Labels: " + ", ".join(f"**{label}**" for label in question.labels) + "."
    return ""


def notebook(assessment: Assessment) -> nbformat.NotebookNode:
    """The teacher source of a form's notebook (answers between the solution markers)."""
    other = "B" if assessment.when == "pre" else "A"
    cells = [
        nbformat.v4.new_markdown_cell(
            f"# {assessment.title}\n\n"
            f"**What you do:** read one news article and answer {len(assessment.items)} questions about it: what "
            "kind of text it is, who is quoted, its words, its evidence, where to check it, its dates and who is "
            "behind its sources.\n\n"
            "| | |\n|---|---|\n"
            f"| Time | about {estimated_minutes(assessment)} minutes |\n"
            "| Prerequisites | you can run a notebook cell |\n"
            f"| Form | {assessment.when}-test (form {other} is the other one) |\n\n"
            "**This is a test.** Run the setup cell first. In each *Your turn* cell replace `____` with your answer "
            "and run the cell: the check records your answer but does not say whether it is right, and there are "
            "no hints or solutions. You can change an answer and run the cell again: the last one counts. At the "
            "end, hand it in with `progress(save=True)`."
        ),
        nbformat.v4.new_markdown_cell(
            "### Notes for teachers (not in the student copy)\n\n"
            "The answers below sit between the solution markers; the student copy has `____` instead. The "
            "checks give no feedback, whatever the teacher switch says. The answer key with the reasoning for "
            "each item is in `teacher/assessments/`; `civics-kit collect` re-checks every answer and writes the "
            "pre/post table.",
            metadata={"tags": ["teacher-only"]},
        ),
        nbformat.v4.new_code_cell(
            f"from civics_kit import load_article\nfrom civics_kit.exercises import {assessment.key}\n\n"
            f"{assessment.key}.bind(globals())\narticle = load_article({_py(assessment.article)})"
        ),
        nbformat.v4.new_markdown_cell(
            "## The article\n\nRead it carefully: every answer is in it. Its credit line comes first."
        ),
        nbformat.v4.new_code_cell("print(article.attribution)\nprint()\nprint(article.text)"),
    ]
    for number, item in enumerate(assessment.items, 1):
        question = item.question
        cells.append(
            nbformat.v4.new_markdown_cell(
                f"## {number}. {item.prompt}\n\n{_options(question)}\n\n{_how_to_answer(question)}".replace(
                    "\n\n\n\n", "\n\n"
                )
            )
        )
        cells.append(
            nbformat.v4.new_code_cell(
                f"{YOUR_TURN}\n{BEGIN}\n{_solution(question.var, question, item.answer)}\n{END}\n"
                f"{question.name}.check()"
            )
        )
    cells += [
        nbformat.v4.new_markdown_cell(
            "## Hand it in\n\n`progress()` shows which questions you have answered. When you are done, run "
            "`progress(save=True)`: it asks for your name (only then) and writes a page and a file for your "
            "teacher into the `handin` folder."
        ),
        nbformat.v4.new_code_cell("progress()"),
    ]
    for cell in cells:
        cell.id = f"{assessment.key}-{len([c for c in cells[: cells.index(cell)]])}".replace("_", "-")
    result = nbformat.v4.new_notebook(
        cells=cells,
        metadata={
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
    )
    result.nbformat, result.nbformat_minor = 4, 5
    return result


def estimated_minutes(assessment: Assessment) -> int:
    """The lessons' rule on the paper sheet: its words and the article's at 130 a minute, 4 per item."""
    from civics_kit.exercises.assessment import estimated_minutes as rule

    return rule(assessment, load_article(assessment.article))


def outputs() -> dict[Path, str]:
    """Every file this tool writes, with its text (notebooks compared by their cells' sources)."""
    files: dict[Path, str] = {}
    article = load_article(form("form_a").article)
    paragraphs = "\n\n".join(p.strip() for p in article.text.split("\n\n")[1:])  # after the headline
    handout = f"# {article.title}\n\n{paragraphs}\n\n---\n\n{article.attribution}\n"
    files[SHEETS / "article.md"] = handout
    files[SHEETS / "article.html"] = page(article.title, handout)
    for key in FORMS:
        assessment = form(key)
        letter = key[-1]
        sheet = sheet_markdown(assessment, load_article(assessment.article).attribution)
        files[SHEETS / f"form-{letter}.md"] = sheet
        files[SHEETS / f"form-{letter}.html"] = page(assessment.title, sheet)
        files[SHEETS / f"key-{letter}.md"] = key_markdown(assessment)
        files[NOTEBOOKS / f"assessment-form-{letter}.ipynb"] = nbformat.writes(notebook(assessment))
    return files


def _same(path: Path, text: str) -> bool:
    if not path.exists():
        return False
    if path.suffix == ".ipynb":
        return sources(nbformat.read(path, as_version=4)) == sources(nbformat.reads(text, as_version=4))
    return path.read_text(encoding="utf-8") == text


def main(argv: list[str]) -> int:
    stale = [path for path, text in outputs().items() if not _same(path, text)]
    if "--check" in argv:
        for path in stale:
            print(f"out of date: {path.relative_to(REPO)}")
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text := outputs()[path], encoding="utf-8")
        print(f"Wrote {path.relative_to(REPO)} ({len(text)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
