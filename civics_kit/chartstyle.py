"""How the kit's charts stay legible on a classroom projector: a width limit, a smallest type size, short labels.

Used by :mod:`civics_kit.plots`. A figure is at most :data:`MAX_WIDTH` inches wide (900 px at 100 dpi: it fits a
1366 x 768 projector with JupyterLab's file browser open) and no text in it is smaller than :data:`MIN_POINTS`.
Long labels are wrapped, then shortened with "…", instead of being set smaller.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["LABEL_CHARS", "LABEL_LINES", "MAX_WIDTH", "MIN_POINTS", "legible", "new_axes", "short_label"]

MAX_WIDTH = 9.0  # inches: at 100 dpi, 900 px fits a 1366-px projector with JupyterLab's file browser open
MIN_POINTS = 11.0  # no text smaller than this, read from the back row
LABEL_CHARS = 46  # a timeline label wraps at this width ...
LABEL_LINES = 2  # ... onto at most this many lines, shortened with "…" beyond


def new_axes(height: float, width: float = MAX_WIDTH) -> Axes:
    """A new Axes on a figure at most :data:`MAX_WIDTH` wide whose layout keeps every label inside it."""
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=(min(width, MAX_WIDTH), height), layout="constrained")
    return ax


def legible(ax: Axes) -> Axes:
    """Raise every text of the Axes' figure (ticks, labels, legends, notes) to at least :data:`MIN_POINTS`."""
    from matplotlib.text import Text

    for axis in (ax.xaxis, ax.yaxis):
        size = max([MIN_POINTS, *(tick.get_fontsize() for tick in axis.get_ticklabels())])
        ax.tick_params(axis=axis.axis_name, which="both", labelsize=size)
    for text in ax.figure.findobj(Text):
        if text.get_fontsize() < MIN_POINTS:
            text.set_fontsize(MIN_POINTS)
    return ax


def short_label(label: str, width: int = LABEL_CHARS, lines: int = LABEL_LINES) -> str:
    """``label`` wrapped at ``width`` characters on at most ``lines`` lines, the rest shortened to "…"."""
    wrapped = textwrap.wrap(label, width) or [""]
    if len(wrapped) > lines:
        last = textwrap.shorten(" ".join(wrapped[lines - 1 :]), width - 1, placeholder="")
        wrapped = [*wrapped[: lines - 1], (last or wrapped[lines - 1][: width - 1]).rstrip(" ,;:") + "…"]
    return "\n".join(wrapped)
