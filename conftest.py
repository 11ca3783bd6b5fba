"""Shared test set-up."""

from __future__ import annotations

import os

# Plots render without a screen, the same on every machine.
os.environ.setdefault("MPLBACKEND", "Agg")


def pytest_configure(config) -> None:
    # matplotlib prints a font-cache message to stderr the first time it runs on a machine;
    # nbval would compare that message. Build the cache once, before any notebook kernel starts.
    import matplotlib.font_manager  # noqa: F401
