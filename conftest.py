"""Shared test set-up."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

PROGRESS_DIR_ENV = "CIVICS_KIT_PROGRESS_DIR"  # civics_kit.exercises.store: where exercise progress is kept
ROOT = Path(__file__).resolve().parent
STUDENT_COPIES = ROOT / "exercises"
_progress_root = Path(tempfile.mkdtemp(prefix="civics-kit-progress-"))
_notebook: list[object] = [None]


def pytest_configure(config) -> None:
    # matplotlib prints a font-cache message to stderr the first time it runs on a machine;
    # nbval would compare that message. Build the cache once, before any notebook kernel starts.
    import matplotlib.font_manager  # noqa: F401

    # No test, and no notebook kernel nbval starts, ever writes progress into a real handin/ folder.
    os.environ[PROGRESS_DIR_ENV] = str(_progress_root / "session")


def pytest_collection_modifyitems(config, items) -> None:
    """nbval compares stored outputs strictly on the teacher sources; the student copies only have to run.

    The student copies carry no output in the cells that would give a predict-first answer away, so
    their outputs cannot be compared; the teacher sources (teacher/exercises) carry them all.
    """
    for item in items:
        options = getattr(item, "options", None)
        if isinstance(options, dict) and "check" in options and Path(str(item.fspath)).parent == STUDENT_COPIES:
            options["check"] = False


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item) -> None:
    """Each notebook's kernel starts with an empty progress folder of its own (before nbval starts it)."""
    if item.fspath.ext == ".ipynb" and _notebook[0] != item.fspath:
        _notebook[0] = item.fspath
        folder = _progress_root / f"{Path(str(item.fspath)).parent.name}-{item.fspath.purebasename}"
        os.environ[PROGRESS_DIR_ENV] = str(folder)


@pytest.fixture(autouse=True)
def _progress_dir(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Every test keeps exercise progress in a temporary folder of its own."""
    monkeypatch.setenv(PROGRESS_DIR_ENV, str(tmp_path_factory.mktemp("progress")))


@pytest.fixture(autouse=True)
def _doctests_run_in_the_repository(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The docstring examples load "seeds/..." by a relative path, as a user in the repository would."""
    if isinstance(request.node, pytest.DoctestItem):
        monkeypatch.chdir(Path(__file__).parent)
