"""Shared test set-up: CI cannot go green by skipping, and hypothesis is reproducible in CI."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

PROGRESS_DIR_ENV = "CIVICS_KIT_PROGRESS_DIR"  # civics_kit.exercises.store: where exercise progress is kept
ROOT = Path(__file__).resolve().parent
STUDENT_COPIES = ROOT / "exercises"
_progress_root = Path(tempfile.mkdtemp(prefix="civics-kit-progress-"))
_notebook: list[object] = [None]

# CI sets CI=true (GitHub Actions, GitLab, .ci/run ...). Anything but empty, "0", "false" or "no" counts.
IN_CI = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")

# The only skips CI accepts: a pattern matched against the skip's reason, and why it is fine.
# Keep this list short; every entry needs a comment. A skip not listed here fails the run in CI.
ALLOWED_SKIPS = (
    # The full evaluation data is licensed for local evaluation only, so CI never has it; the small
    # annotated sample in tests/data/eval_sample is scored in CI instead (tests/test_evaluation.py).
    re.compile(r"^CIVICS_KIT_EVAL is not set"),
)

# Hypothesis: a fixed, derandomised search in CI (a red run is never chance, and a rerun shows the same
# failure); a random one locally, so each developer's runs explore new inputs. HYPOTHESIS_PROFILE overrides.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("dev")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if IN_CI else "dev"))


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


def skip_reason(report: pytest.TestReport) -> str:
    """The reason a skipped test gave ("Skipped: " dropped)."""
    longrepr = report.longrepr
    text = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    return re.sub(r"^Skipped:\s*", "", str(text))


def skip_allowed(reason: str) -> bool:
    return any(pattern.search(reason) for pattern in ALLOWED_SKIPS)


def _fail_unallowed_skip(report: pytest.TestReport | pytest.CollectReport) -> None:
    if not IN_CI or not report.skipped or hasattr(report, "wasxfail"):
        return
    reason = skip_reason(report)
    if not skip_allowed(reason):
        report.outcome = "failed"
        report.longrepr = (
            f"skipped in CI: {reason}\n"
            "In CI (CI is set) a skip fails the run unless its reason is on ALLOWED_SKIPS in conftest.py: "
            "make the test run here (install what it needs, read its data from tests/data), or allow the skip "
            "there with a comment saying why."
        )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> object:
    outcome = yield
    _fail_unallowed_skip(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> object:
    outcome = yield  # a whole module skipped (pytest.importorskip at the top, say)
    _fail_unallowed_skip(outcome.get_result())
