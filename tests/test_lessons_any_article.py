"""Every lesson, and exercise 09, runs top to bottom on every bundled article.

What a teacher does when they pick another article: set ``ARTICLE`` in the lesson's
``parameters`` cell (papermill's convention) and run all cells. This test does the same
without papermill: it puts a cell setting ``ARTICLE`` right after the ``parameters`` cell
(papermill's ``injected-parameters`` cell), executes the notebook with nbclient, and fails on
an error, a traceback or anything written to stderr. Stored outputs are not compared here;
strict nbval checks the stored seed version.

Each article is given as a path to a copy whose sidecar has lost its ``quoted`` list (who the
article quotes, written by hand): a lesson must find its speakers with the kit's analyses, never
by reading that list. The context file travels with the copy.

The notebooks run in parallel, one kernel per core. Each kernel talks over IPC sockets in its own
temporary folder, not TCP: with a hundred kernels started in one run, a TCP port chosen free for one kernel
was sometimes taken by another's connection before it bound ("Address already in use"). Measure with
``.venv/bin/python -m pytest tests/test_lessons_any_article.py -p no:cacheprovider --durations=3``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

import civics_kit as ck

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
EXERCISES = sorted((ROOT / "teacher" / "exercises").glob("09-*.ipynb"))
RUNS = [*NOTEBOOKS, *EXERCISES]
ARTICLES = list(ck.articles()["name"])
SIDECAR_LISTS_OF_SPEAKERS = ("quoted",)
KERNEL_ENV = {**os.environ, "MPLBACKEND": "module://matplotlib_inline.backend_inline", "PYTHONWARNINGS": "default"}


def parameters_index(notebook: nbformat.NotebookNode) -> int:
    """The index of the one code cell tagged ``parameters``."""
    tagged = [
        i
        for i, cell in enumerate(notebook.cells)
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", [])
    ]
    assert len(tagged) == 1, f"expected one code cell tagged 'parameters', found {len(tagged)}"
    return tagged[0]


def with_article(notebook: nbformat.NotebookNode, article: str) -> nbformat.NotebookNode:
    """The notebook with papermill's injected-parameters cell setting ARTICLE after its parameters cell."""
    injected = nbformat.v4.new_code_cell(f"ARTICLE = {article!r}", metadata={"tags": ["injected-parameters"]})
    notebook.cells.insert(parameters_index(notebook) + 1, injected)
    return notebook


def problems(notebook: nbformat.NotebookNode) -> list[str]:
    """Each error, traceback or stderr output in an executed notebook, with the cell it came from."""
    found = []
    for index, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                found.append(f"cell {index}: {output.ename}: {output.evalue}\n{cell.source[:300]}")
            elif output.output_type == "stream" and output.name == "stderr":
                found.append(f"cell {index} wrote to stderr: {output.text[:500]}\n{cell.source[:300]}")
            elif "Traceback" in str(output.get("text", "")) + str(output.get("data", {}).get("text/plain", "")):
                found.append(f"cell {index} shows a traceback\n{cell.source[:300]}")
    return found


def run(path: Path, article: str) -> list[str]:
    """Execute the notebook at `path` on `article` (as a teacher would) and return its problems."""
    notebook = with_article(nbformat.read(path, as_version=4), article)
    with tempfile.TemporaryDirectory(prefix="kernel-") as sockets:
        manager = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(sockets) / "k"))
        execute(notebook, path, manager)
    return problems(notebook)


def execute(notebook: nbformat.NotebookNode, path: Path, manager: KernelManager) -> None:
    """Run every cell of ``notebook`` in the kernel ``manager`` starts, in the notebook's own folder."""
    client = NotebookClient(
        notebook,
        km=manager,
        kernel_name="python3",
        timeout=300,
        allow_errors=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute(env=KERNEL_ENV)


def stripped_copy(name: str, folder: Path) -> Path:
    """A copy of a bundled article whose sidecar has no list of who is quoted; returns the text's path."""
    text = next(SEEDS.glob(f"{name}.txt"))
    shutil.copy(text, folder / text.name)
    context = SEEDS / f"{name}.context.csv"
    if context.exists():
        shutil.copy(context, folder / context.name)
    sidecar = json.loads((SEEDS / f"{name}.json").read_text(encoding="utf-8"))
    for field in SIDECAR_LISTS_OF_SPEAKERS:
        sidecar.pop(field, None)
    (folder / f"{name}.json").write_text(json.dumps(sidecar, indent=1, ensure_ascii=False), encoding="utf-8")
    return folder / text.name


@pytest.fixture(scope="module")
def runs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Future]:
    """Start every selected (notebook, article) run at once, one kernel per core; tests wait for their own."""
    folder = tmp_path_factory.mktemp("articles")
    paths = {name: stripped_copy(name, folder) for name in ARTICLES}
    selected = [
        (item.callspec.params["path"], item.callspec.params["article"])
        for item in request.session.items
        if item.nodeid.startswith(request.node.nodeid) and hasattr(item, "callspec")
    ]
    pool = ThreadPoolExecutor(max_workers=max(os.cpu_count() or 1, 1))
    request.addfinalizer(lambda: pool.shutdown(cancel_futures=True))
    return {(path.name, name): pool.submit(run, path, str(paths[name])) for path, name in selected}


def test_articles_are_bundled() -> None:
    assert "000_1fac5e6bc3dcc4cb" in ARTICLES and len(ARTICLES) >= 2
    assert all((SEEDS / f"{name}.txt").exists() for name in ARTICLES)


def test_copies_lose_the_list_of_speakers(tmp_path: Path) -> None:
    name = next(n for n in ARTICLES if "quoted" in json.loads((SEEDS / f"{n}.json").read_text(encoding="utf-8")))
    copy = stripped_copy(name, tmp_path)
    assert "quoted" not in json.loads(copy.with_suffix(".json").read_text(encoding="utf-8"))
    assert ck.load_article(copy).text == ck.load_article(name).text


def test_each_run_has_one_parameters_cell_defaulting_to_the_seed() -> None:
    for path in RUNS:
        notebook = nbformat.read(path, as_version=4)
        cell = notebook.cells[parameters_index(notebook)]
        assert 'ARTICLE = "000_1fac5e6bc3dcc4cb"' in cell.source.splitlines(), path.name


def test_problems_are_found() -> None:
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("")])
    notebook.cells[0].outputs = [nbformat.v4.new_output("stream", name="stderr", text="warning")]
    assert problems(notebook)


@pytest.mark.slow
@pytest.mark.parametrize("article", ARTICLES)
@pytest.mark.parametrize("path", RUNS, ids=[f"{p.parent.name}/{p.stem}" for p in RUNS])
def test_runs_clean_on_every_article(runs: dict, path: Path, article: str) -> None:
    found = runs[(path.name, article)].result()
    assert not found, f"{path.name} on {article}:\n" + "\n\n".join(found)
