"""A real browser: JupyterLab runs a lesson and an exercise notebook top to bottom, as in class.

Drives Debian's chromium (headless) with Playwright for Python. Without chromium or Playwright the test is
skipped with the reason, except in CI (the environment variable CI is set), where it must run.
Screenshots go to screenshots/ at the top of the repository.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCREENSHOTS = REPO / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.browser
_SERVED: dict[str, Path] = {}  # token -> the folder the lab serves


def _served_root(lab: str) -> Path:
    return _SERVED[re.search(r"token=(\w+)", lab).group(1)]


def _need_browser() -> None:
    problem = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problem = "Playwright for Python is not installed (pip install playwright)"
    if CHROMIUM is None:
        problem = "chromium is not installed (apt-get install chromium)"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser test, but {problem}")
        pytest.skip(problem)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("jupyter lab exited early")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"jupyter lab did not answer at {url}")


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A JupyterLab server on 127.0.0.1 with a fresh token, serving a copy of the lessons and exercises."""
    _need_browser()
    root = tmp_path_factory.mktemp("lab")
    for folder in ("notebooks", "exercises"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, root / folder)
    token, port = secrets.token_hex(16), _free_port()
    command = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
        f"--ServerApp.token={token}", f"--ServerApp.root_dir={root}", "--allow-root",
        # No calls home: no news feed, no update check, no extension manager reaching PyPI.
        "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
    ]  # fmt: skip
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(root / ".jupyter"),
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        "CIVICS_KIT_PROGRESS_DIR": str(root / "handin"),
    }
    process = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(f"{base}/api/status?token={token}", process)
        # A workspace of its own per notebook, reset: nothing restored from another test's tabs.
        _SERVED[token] = root
        yield f"{base}/lab/workspaces/{{workspace}}/tree/{{path}}?token={token}&reset"
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        )  # fmt: skip
        try:
            yield chromium
        finally:
            chromium.close()


def _click_run_all(page: object) -> None:
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()


def _wait_for_prompts(page: object, done: object, seconds: float) -> bool:
    prompts = page.locator(".jp-CodeCell .jp-InputPrompt")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        # text_contents, not inner_texts: JupyterLab hides cells outside the viewport, whose inner text is "".
        if done([t.strip() for t in prompts.all_text_contents()]):
            return True
        page.wait_for_timeout(500)
    return False


def _run_all(browser: object, url: str, shot: str) -> object:
    """Open a notebook, run all cells, wait for the kernel, save a screenshot; return the page."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url)
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=60_000)
    page.locator(".jp-KernelName:visible", has_text="Python 3").first.wait_for(timeout=60_000)
    page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']:visible").first.wait_for(timeout=60_000)
    SCREENSHOTS.mkdir(exist_ok=True)
    started = False
    for _ in range(3):  # a click that lands while the kernel is still connecting runs nothing: try again
        _click_run_all(page)
        if _wait_for_prompts(page, lambda texts: any(t != "[ ]:" for t in texts), 20):
            started = True
            break
    finished = started and _wait_for_prompts(
        page, lambda texts: texts and all(re.fullmatch(r"\[\d+\]:", t) for t in texts), 240
    )
    if not finished:
        page.screenshot(path=str(SCREENSHOTS / f"timed-out-{shot}"))
        raise TimeoutError(f"cells did not finish: {page.locator('.jp-CodeCell .jp-InputPrompt').all_text_contents()}")
    page.screenshot(path=str(SCREENSHOTS / shot), full_page=False)
    return page


def _errors(page: object) -> list[str]:
    selectors = "[data-mime-type='application/vnd.jupyter.stderr'], [data-mime-type='application/vnd.jupyter.error']"
    return page.locator(selectors).all_inner_texts()


def test_start_here_lesson_runs_in_jupyterlab(lab: str, browser: object) -> None:
    notebook = "notebooks/00-start-here.ipynb"
    assert (REPO / notebook).is_file(), notebook
    page = _run_all(browser, lab.format(path=notebook, workspace="start-here"), "00-start-here.png")
    try:
        assert _errors(page) == []
        chart = page.locator(".jp-OutputArea-output img").first
        chart.scroll_into_view_if_needed()
        assert chart.is_visible()
        highlighted = page.locator(".civics-kit-highlight").first
        highlighted.scroll_into_view_if_needed()
        assert highlighted.is_visible()
        page.screenshot(path=str(SCREENSHOTS / "00-start-here-highlight.png"))
    finally:
        page.close()


def test_exercise_feedback_renders_in_jupyterlab(lab: str, browser: object) -> None:
    exercises = sorted((REPO / "exercises").glob("[0-9][0-9]-*.ipynb"))
    assert exercises, "no exercise notebooks"
    notebook = f"exercises/{exercises[0].name}"
    page = _run_all(browser, lab.format(path=notebook, workspace="exercise"), "exercise.png")
    try:
        assert _errors(page) == []
        feedback = page.locator(".jp-RenderedMarkdown", has_text=re.compile("not answered yet|Correct|Incorrect"))
        assert feedback.count() >= 1
        feedback.first.scroll_into_view_if_needed()
        assert feedback.first.is_visible()
        page.screenshot(path=str(SCREENSHOTS / "exercise-feedback.png"))
    finally:
        page.close()


def test_a_solution_and_the_progress_table_render_in_jupyterlab(lab: str, browser: object) -> None:
    """A student's session: a wrong answer, the solution (one code block) and the progress table."""
    import nbformat

    cells = [
        "from civics_kit import load_article\nfrom civics_kit.exercises import ex00\n\nex00.bind(globals())\n"
        "article = load_article()",
        "# Your turn\nword_count = 12\nq2.check()",
        "q2.solution()",
        "progress()",
    ]
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    notebook.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nbformat.write(notebook, _served_root(lab) / "exercises" / "zz-student-session.ipynb")
    page = _run_all(browser, lab.format(path="exercises/zz-student-session.ipynb", workspace="session"), "session.png")
    try:
        assert _errors(page) == []
        code = page.locator(".jp-OutputArea-output pre code", has_text="word_count = article.word_count")
        assert code.count() == 1
        code.first.scroll_into_view_if_needed()
        assert code.first.is_visible()
        table = page.locator(".jp-OutputArea-output table", has_text="your answer")
        table.first.scroll_into_view_if_needed()
        assert table.first.is_visible() and "incorrect" in table.first.inner_text()
        page.screenshot(path=str(SCREENSHOTS / "exercise-solution-and-progress.png"))
    finally:
        page.close()
