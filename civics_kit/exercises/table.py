"""Table questions: a pandas DataFrame compared column by column."""

from __future__ import annotations

import math
import numbers
from collections.abc import Sequence
from typing import Any

from .messages import CORRECT, INCORRECT, Feedback, Message, count, describe, norm, type_name
from .question import Question, resolve

__all__ = ["Table"]


class Table(Question):
    """A pandas DataFrame compared column by column (row order ignored unless ``ordered``)."""

    kind = "table"
    accepted = "a pandas DataFrame"

    def __init__(
        self,
        var: str,
        expected: Any,
        *,
        columns: Sequence[str] | None = None,
        ordered: bool = False,
        tolerance: float = 1e-6,
        **kwargs: Any,
    ) -> None:
        super().__init__(var, **kwargs)
        self.expected, self.columns, self.ordered, self.tolerance = expected, columns, ordered, tolerance
        if columns:
            self.accepted = "a pandas DataFrame with the columns " + ", ".join(f"`{c}`" for c in columns)

    def _grade(self, value: Any) -> Message:
        import pandas as pd

        expected = resolve(self.expected).reset_index(drop=True)
        if not isinstance(value, pd.DataFrame):
            tip = " Turn it into one with `pd.DataFrame(...)`." if isinstance(value, (list, dict)) else ""
            raise Feedback(f"{describe(value)} is {type_name(value)}; {self.accepted} is needed.{tip}")
        columns = list(self.columns or expected.columns)
        missing = [c for c in columns if c not in value.columns]
        if missing:
            where = " It is the table's index: add `.reset_index()`." if value.index.name in missing else ""
            raise Feedback("your table has no column " + ", ".join(f"`{c}`" for c in missing) + "." + where)
        if len(value) != len(expected):
            raise Feedback(f"your table has {count(len(value), 'row')}; it should have {len(expected)}.")
        mine, theirs = value[columns].reset_index(drop=True), expected[columns]
        if not self.ordered:
            mine, theirs = _sorted_rows(mine), _sorted_rows(theirs)
        for column in columns:
            wrong = [
                i for i, (a, b) in enumerate(zip(mine[column], theirs[column], strict=True)) if not self._same(a, b)
            ]
            if wrong:
                return Message(
                    INCORRECT,
                    f"column `{column}` differs in {len(wrong)} of {count(len(mine), 'row')} (first: row {wrong[0]}).",
                )
        return Message(CORRECT, f"all {count(len(mine), 'row')} match in " + ", ".join(f"`{c}`" for c in columns) + ".")

    def _same(self, a: Any, b: Any) -> bool:
        if isinstance(b, numbers.Real) and isinstance(a, numbers.Real) and not isinstance(a, bool):
            return math.isclose(float(a), float(b), abs_tol=self.tolerance) or (math.isnan(a) and math.isnan(b))
        return norm(str(a)) == norm(str(b))


def _sorted_rows(frame: Any) -> Any:
    keys = frame.astype(str)
    order = sorted(range(len(frame)), key=lambda i: tuple(keys.iloc[i]))
    return frame.iloc[order].reset_index(drop=True)
