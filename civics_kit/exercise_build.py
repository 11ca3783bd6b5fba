"""Build the student exercise notebooks from the teacher sources (``civics-kit build-exercises``).

A source is ``teacher/exercises/NN-slug.ipynb``: the full notebook with the
answers written in, each between a ``# BEGIN SOLUTION`` and a ``# END SOLUTION``
line, in a cell whose first line is ``# Your turn``. The student copy
``exercises/NN-slug.ipynb`` replaces every such block by ``name = ____`` for
each variable the block assigns (``name = '''____'''``-style triple quotes under a one-line
example for an answer in words), drops cells tagged ``teacher-only``, and is executed
(kernel ``python3``, in the ``exercises`` folder, progress kept in a temporary
folder). A cell tagged ``reveals-answer`` (its output would give a predict-first
answer away) keeps no output in the student copy.

The build also executes the teacher sources in place: nbval compares their
stored outputs strictly, while the student copies only have to run.
"""

from __future__ import annotations

import ast
import importlib
import os
import re
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nbformat import NotebookNode

__all__ = [
    "BEGIN",
    "END",
    "REVEALS_ANSWER",
    "TEACHER_ONLY",
    "TEXT_EXAMPLE",
    "YOUR_TURN",
    "build_exercises",
    "execute_notebook",
    "sources",
    "stale_exercises",
    "strip_solutions",
    "student_notebook",
]

BEGIN = "# BEGIN SOLUTION"
END = "# END SOLUTION"
TEACHER_ONLY = "teacher-only"
REVEALS_ANSWER = "reveals-answer"
YOUR_TURN = "# Your turn"
PLACEHOLDER = "____"
TEXT_PLACEHOLDER = '"""____"""'
TEXT_EXAMPLE = '# Write between the triple quotes; apostrophes and "quotes" are fine: """It\'s the mayor\'s "plan"."""'
_SET_IMPORT = re.compile(r"from civics_kit\.exercises import (ex\d\d|form_[ab])\b")
_METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def _assigned_names(block: str) -> list[str]:
    """The answers a solution block assigns: top-level names it does not read again (those are its helpers)."""
    try:
        tree = ast.parse(textwrap.dedent(block))
    except SyntaxError:
        return []
    names: list[str] = []
    for index, node in enumerate(tree.body):
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        later = {n.id for rest in tree.body[index + 1 :] for n in ast.walk(rest) if isinstance(n, ast.Name)}
        for target in targets:
            if isinstance(target, ast.Name) and target.id not in names and target.id not in later:
                names.append(target.id)
    return names


def strip_solutions(source: str, text_answers: frozenset[str] | set[str] = frozenset()) -> str:
    """A code cell's source with each solution block replaced by ``name = ____`` lines.

    A name in ``text_answers`` (an answer in words) gets a triple-quoted placeholder under a one-line example.
    """
    out: list[str] = []
    block: list[str] | None = None
    indent = ""
    for line in source.splitlines():
        marker = line.strip()
        if marker == BEGIN and block is None:
            block, indent = [], line[: len(line) - len(line.lstrip())]
        elif marker == END and block is not None:
            names = _assigned_names("\n".join(block))
            if any(name in text_answers for name in names):
                out.append(indent + TEXT_EXAMPLE)
            out.extend(
                f"{indent}{name} = {TEXT_PLACEHOLDER if name in text_answers else PLACEHOLDER}" for name in names
            )
            if not names:
                out.append(f"{indent}# Your code here")
            block = None
        elif block is not None:
            block.append(line)
        else:
            out.append(line)
    if block is not None:
        raise ValueError(f"A '{BEGIN}' line has no '{END}' line after it.")
    return "\n".join(out)


def text_answers(source: NotebookNode) -> frozenset[str]:
    """The variables of the notebook's exercise set that take an answer in words (text, names, discussion)."""
    from .exercises import Discuss, Text

    keys = {m.group(1) for cell in source.cells if cell.cell_type == "code" for m in _SET_IMPORT.finditer(cell.source)}
    names: set[str] = set()
    for key in keys:
        try:
            exercise_set = importlib.import_module(f"civics_kit.exercise_sets.{key}").EXERCISES
        except ModuleNotFoundError:
            continue
        names.update(q.var for q in exercise_set if isinstance(q, (Text, Discuss)))
    return frozenset(names)


def student_notebook(source: NotebookNode) -> NotebookNode:
    """The student copy of a teacher source, without outputs (not executed)."""
    import nbformat

    cells = []
    words = text_answers(source)
    for cell in source.cells:
        if TEACHER_ONLY in cell.get("metadata", {}).get("tags", []):
            continue
        if cell.cell_type == "code":
            new = nbformat.v4.new_code_cell(strip_solutions(cell.source, words))
        elif cell.cell_type == "markdown":
            new = nbformat.v4.new_markdown_cell(cell.source)
        else:
            new = nbformat.v4.new_raw_cell(cell.source)
        new.id = cell.get("id", new.id)
        tags = [t for t in cell.get("metadata", {}).get("tags", []) if t != TEACHER_ONLY]
        if tags:
            new.metadata["tags"] = tags
        cells.append(new)
    notebook = nbformat.v4.new_notebook(cells=cells, metadata=dict(_METADATA))
    notebook.nbformat, notebook.nbformat_minor = 4, 5
    return notebook


@contextmanager
def _scratch_progress() -> Iterator[None]:
    """Progress the kernel writes goes to a temporary folder, never to a real ``handin/``."""
    from .exercises.store import PROGRESS_DIR_ENV

    before = os.environ.get(PROGRESS_DIR_ENV)
    with tempfile.TemporaryDirectory(prefix="civics-kit-build-") as folder:
        os.environ[PROGRESS_DIR_ENV] = folder
        try:
            yield
        finally:
            if before is None:
                os.environ.pop(PROGRESS_DIR_ENV, None)
            else:
                os.environ[PROGRESS_DIR_ENV] = before


def hide_revealing_outputs(notebook: NotebookNode) -> NotebookNode:
    """Empty the outputs of cells tagged ``reveals-answer`` (they would give a predict-first answer away)."""
    for cell in notebook.cells:
        if cell.cell_type == "code" and REVEALS_ANSWER in cell.get("metadata", {}).get("tags", []):
            cell.outputs, cell.execution_count = [], None
    return notebook


def execute_notebook(notebook: NotebookNode, cwd: Path, timeout: int = 300) -> NotebookNode:
    """Run a notebook (kernel ``python3``) in ``cwd`` and keep only stable metadata."""
    from nbclient import NotebookClient

    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(cwd)}},
        record_timing=False,
    )
    with _scratch_progress():
        client.execute()
    notebook.metadata = dict(_METADATA)
    return notebook


def sources(notebook: NotebookNode) -> list[tuple[str, str]]:
    """The (cell type, source) pairs of a notebook: what a build must reproduce exactly."""
    return [(cell.cell_type, cell.source) for cell in notebook.cells]


def _pairs(source_dir: Path, out_dir: Path) -> list[tuple[Path, Path]]:
    names = [*source_dir.glob("[0-9][0-9]-*.ipynb"), *source_dir.glob("assessment-*.ipynb")]  # exercises, tests
    return [(path, out_dir / path.name) for path in sorted(names)]


def stale_exercises(source_dir: Path, out_dir: Path) -> list[str]:
    """The student copies that are missing or whose sources differ from what a build would write."""
    import nbformat

    stale = []
    for source, target in _pairs(Path(source_dir), Path(out_dir)):
        expected = sources(student_notebook(nbformat.read(source, as_version=4)))
        if not target.exists() or sources(nbformat.read(target, as_version=4)) != expected:
            stale.append(target.name)
    return stale


def build_exercises(source_dir: Path, out_dir: Path, execute: bool = True, log: Any = print) -> list[Path]:
    """Write (and by default run) the student copy of every ``NN-slug.ipynb`` in ``source_dir``.

    Executing also runs each source in place, so that it carries the outputs strict nbval compares.
    """
    import nbformat

    source_dir, out_dir = Path(source_dir), Path(out_dir)
    if not source_dir.is_dir():
        raise FileNotFoundError(f"There is no folder {str(source_dir)!r} with exercise sources (NN-slug.ipynb).")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source, target in _pairs(source_dir, out_dir):
        teacher = nbformat.read(source, as_version=4)
        notebook = student_notebook(teacher)
        if execute:
            notebook = hide_revealing_outputs(execute_notebook(notebook, out_dir.resolve()))
            nbformat.write(execute_notebook(teacher, source_dir.resolve()), source)
            log(f"Ran {source}")
        nbformat.write(notebook, target)
        log(f"Wrote {target}")
        written.append(target)
    return written
