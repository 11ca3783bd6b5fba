"""Evaluation commands: score the kit's analyses against hand-annotated data.

    python -m civics_kit.evaluate readability DIR
    python -m civics_kit.evaluate quotes FILE.jsonl
    python -m civics_kit.evaluate timeline DIR
    python -m civics_kit.evaluate pages DIR

This layer sits on top of the analyses and may import them; nothing in the
library imports it. Each task is a module here with a ``main(argv)``. A missing
data path prints a clear message and exits 0 ("skipped"), so that the commands
work for users who do not have the team's evaluation data.
"""

TASKS = ("readability", "quotes", "timeline", "pages")


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def ratio(part: int, whole: int) -> float:
    """``part / whole``, or 0 when there is no whole (nothing predicted, nothing in the gold)."""
    return part / whole if whole else 0.0
