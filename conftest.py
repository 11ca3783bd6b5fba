"""Shared test set-up."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_configure(config) -> None:
    # matplotlib prints a font-cache message to stderr the first time it runs on a machine;
    # nbval would compare that message. Build the cache once, before any notebook kernel starts.
    import matplotlib.font_manager  # noqa: F401


@pytest.fixture(autouse=True)
def _doctests_run_in_the_repository(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The docstring examples load "seeds/..." by a relative path, as a user in the repository would."""
    if isinstance(request.node, pytest.DoctestItem):
        monkeypatch.chdir(Path(__file__).parent)
