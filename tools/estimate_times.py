"""Estimate how long each lesson takes in class, and write the estimate into its front matter.

    python tools/estimate_times.py            # print the estimate of every lesson, section by section
    python tools/estimate_times.py --write    # write "estimated N minutes" into each lesson's front matter
    python tools/estimate_times.py --check    # exit 1 if a front matter differs from the estimate

The rule (issue 19), for the part of a lesson a class does together:
- prose read aloud at 130 words a minute: the words of the markdown cells, without the front matter (the
  first cell, for the teacher), source lines (``*Sources:* ...``), alt text (the words a screen reader gets
  instead of a chart, already said in the text beside it), the note on switching articles (``*About the
  article:* ...``, for a teacher who changes ``ARTICLE``), web addresses and the link to the next lesson;
- 4 minutes for each *Your turn* task (a heading with "Your turn");
- 5 minutes for each written question (a numbered item under a "Discuss" or "Talk about it" heading);
- 2 minutes for each code cell, except the ``parameters`` cell (one line naming the article; run with the next).
A section whose heading ends with "(extension)", with its subsections, is for a class that finishes early or
for homework: it is counted apart and is not part of the estimate. The front matter's short path names the
numbered sections to skip in a 30-minute period; ``short_path_minutes`` is what remains.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
LESSONS = REPO / "notebooks"
WORDS_PER_MINUTE = 130
MINUTES_PER_TASK = 4
MINUTES_PER_QUESTION = 5
MINUTES_PER_CODE_CELL = 2
LIMIT = 45
SHORT_LIMIT = 30

HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
NOT_READ_ALOUD = re.compile(r"^\s*(\*{1,2}|_)?(Sources?|Alt text|About the article)\b", re.IGNORECASE)
ADDRESS = re.compile(r"<?https?://\S+>?")
WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
QUESTION = re.compile(r"^\s*\d+\.\s")
NEXT_LINK = re.compile(r"^\s*\[Next:.*\]\(.*\)\s*$")
TIME_ROW = re.compile(r"^(\| \*\*Time\*\* \| )(.*?)( \|)$", re.MULTILINE)
TIME_LINE = re.compile(r"^(\*\*Time:\*\* )(.*)()$", re.MULTILINE)
SHORT_PATH = re.compile(r"^(?:\| \*\*Short path \(30 min\)\*\* \||\*\*Short path \(30 min\):\*\*)(.*)$", re.MULTILINE)
EXTENSION = re.compile(r"^(?:\| \*\*Extension\*\* \||\*\*Extension:\*\*)(.*)$", re.MULTILINE)
STATED = re.compile(r"estimated (\d+) minutes")
EXTENSION_HEADING = re.compile(r"\(extension\)\s*$", re.IGNORECASE)
QUESTIONS_HEADING = re.compile(r"discuss|talk about it", re.IGNORECASE)


@dataclass
class Section:
    """One heading's worth of a lesson, with what the rule counts in it."""

    heading: str
    level: int = 2
    number: str | None = None  # the numbered section it belongs to ("4" for "## 4. ..." and its subsections)
    is_extension: bool = False  # its heading, or the heading it sits under, ends with "(extension)"
    asks_questions: bool = False  # a "Discuss" or "Talk about it" section, or one under it
    words: int = 0
    tasks: int = 0
    questions: int = 0
    code_cells: int = 0

    @property
    def minutes(self) -> float:
        """The rule's minutes for this section alone."""
        return (
            self.words / WORDS_PER_MINUTE
            + self.tasks * MINUTES_PER_TASK
            + self.questions * MINUTES_PER_QUESTION
            + self.code_cells * MINUTES_PER_CODE_CELL
        )


@dataclass
class Estimate:
    """A lesson's estimate: its sections, the class total and what the front matter says."""

    path: Path
    sections: list[Section] = field(default_factory=list)
    front_matter: str = ""

    def _total(self, sections: list[Section]) -> int:
        return math.ceil(round(sum(s.minutes for s in sections), 6))

    @property
    def in_class(self) -> list[Section]:
        return [s for s in self.sections if not s.is_extension]

    @property
    def minutes(self) -> int:
        return self._total(self.in_class)

    @property
    def extension_minutes(self) -> int:
        return self._total([s for s in self.sections if s.is_extension])

    @property
    def skipped(self) -> set[str]:
        match = SHORT_PATH.search(self.front_matter)
        return set(re.findall(r"\b(\d+)\b", match.group(1).split("(")[0])) if match else set()

    @property
    def short_path_minutes(self) -> int:
        return self._total([s for s in self.in_class if s.number not in self.skipped])

    @property
    def stated(self) -> int | None:
        match = STATED.search(self.front_matter)
        return int(match.group(1)) if match else None

    def summary(self) -> str:
        kept = self.in_class
        words = sum(s.words for s in kept)
        parts = [
            f"{words / WORDS_PER_MINUTE:.0f} reading aloud",
            _count(sum(s.tasks for s in kept), "*Your turn* task", MINUTES_PER_TASK),
            _count(sum(s.questions for s in kept), "written question", MINUTES_PER_QUESTION),
            _count(sum(s.code_cells for s in kept), "code cell", MINUTES_PER_CODE_CELL),
        ]
        text = f"estimated {self.minutes} minutes: " + ", ".join(parts)
        if self.extension_minutes:
            text += f"; the extension adds {self.extension_minutes}"
        return text + " (`tools/estimate_times.py`). Add 15 minutes for a class new to Jupyter."


def _count(number: int, what: str, each: int) -> str:
    return f"{number} {what}{'' if number == 1 else 's'} ({number * each})"


def _section(title: str, level: int, before: list[Section]) -> Section:
    """A new section; a subsection belongs to the numbered section and the extension it sits under."""
    parent = next((s for s in reversed(before) if s.level < level), None)
    numbered = re.match(r"(\d+)\.", title)
    number = numbered.group(1) if numbered else (parent.number if parent else None)
    extension = EXTENSION_HEADING.search(title) is not None or bool(parent and parent.is_extension)
    questions = QUESTIONS_HEADING.search(title) is not None or bool(parent and parent.asks_questions)
    return Section(title, level, number, extension, questions)


def _prose_words(markdown: str) -> int:
    words = 0
    for paragraph in re.split(r"\n\s*\n", markdown):
        if NOT_READ_ALOUD.match(paragraph):
            continue
        lines = [line for line in paragraph.splitlines() if not NEXT_LINK.match(line)]
        words += len(WORD.findall(ADDRESS.sub(" ", "\n".join(lines))))
    return words


def estimate(path: Path) -> Estimate:
    """Count a lesson's prose, tasks, written questions and code cells, section by section."""
    notebook = nbformat.read(path, as_version=4)
    result = Estimate(path, [Section("(start)", 1)], notebook.cells[0].source if notebook.cells else "")
    in_sources = False
    for cell in notebook.cells[1:]:
        if cell.cell_type == "code":
            result.sections[-1].code_cells += "parameters" not in cell.metadata.get("tags", [])
            continue
        if cell.cell_type != "markdown":
            continue
        chunk: list[str] = []
        for line in [*cell.source.splitlines(), None]:
            heading = HEADING.match(line) if line is not None else None
            if line is not None and not heading:
                chunk.append(line)
                if QUESTION.match(line) and result.sections[-1].asks_questions:
                    result.sections[-1].questions += 1
                continue
            if not in_sources:
                result.sections[-1].words += _prose_words("\n".join(chunk))
            chunk = []
            if heading is None:
                break
            title, level = heading.group(2).strip(), len(heading.group(1))
            in_sources = title.lower().startswith("sources")
            result.sections.append(_section(title, level, result.sections))
            if "your turn" in title.lower():
                result.sections[-1].tasks += 1
    return result


def lessons() -> list[Path]:
    return sorted(LESSONS.glob("[0-9][0-9]*.ipynb"))


def write(path: Path) -> bool:
    """Put the estimate into the front matter's Time entry; True when the notebook changed."""
    notebook = nbformat.read(path, as_version=4)
    text = estimate(path).summary()
    front = notebook.cells[0].source
    pattern = TIME_ROW if TIME_ROW.search(front) else TIME_LINE
    if not pattern.search(front):
        raise SystemExit(f"{path.name}: no '**Time**' entry in the front matter")
    new = pattern.sub(lambda m: m.group(1) + text + m.group(3), front, count=1)
    if new == front:
        return False
    notebook.cells[0].source = new
    nbformat.write(notebook, path)
    return True


def main(argv: list[str]) -> int:
    problems = []
    for path in lessons():
        if "--write" in argv and write(path):
            print(f"wrote {path.name}")
        found = estimate(path)
        if "--check" in argv:
            if found.stated != found.minutes:
                problems.append(f"{path.name}: front matter says {found.stated}, the rule gives {found.minutes}")
            continue
        if "--write" not in argv:
            print(
                f"{path.name}: {found.minutes} min in class, short path {found.short_path_minutes}, "
                f"extension {found.extension_minutes}"
            )
            for section in found.sections:
                flag = " [extension]" if section.is_extension else ""
                print(f"    {section.minutes:5.1f}  {'  ' * (section.level - 2)}{section.heading}{flag}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
