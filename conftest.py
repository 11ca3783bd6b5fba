"""Shared test set-up."""

from __future__ import annotations


def pytest_configure(config) -> None:
    # matplotlib prints a font-cache message to stderr the first time it runs on a machine;
    # nbval would compare that message. Build the cache once, before any notebook kernel starts.
    import matplotlib.font_manager  # noqa: F401
