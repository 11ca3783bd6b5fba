"""A student's answer as JSON and back, so a hand-in can be re-checked by the question's own checker."""

from __future__ import annotations

import math
import numbers
from typing import Any

from .messages import SHOWN_IN_FULL

__all__ = ["decode", "encode", "readable"]


def encode(value: Any) -> Any:
    """A JSON-able form of an answer: text, numbers, lists, tuples, dicts and tables survive the round trip."""
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return number if math.isfinite(number) else {"float": repr(number)}
    if isinstance(value, tuple):
        return {"tuple": [encode(v) for v in value]}
    if isinstance(value, (list, set, frozenset)):
        return [encode(v) for v in (value if isinstance(value, list) else sorted(value, key=repr))]
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {"dict": {k: encode(v) for k, v in value.items()}}
    if hasattr(value, "to_dict") and hasattr(value, "columns"):  # a pandas DataFrame
        split = value.to_dict(orient="split")
        return {"table": {"columns": [str(c) for c in split["columns"]], "data": encode(split["data"])}}
    if getattr(value, "size", None) == 1 and hasattr(value, "item"):  # a numpy scalar
        return encode(value.item())
    return {"unreadable": readable(value)}


def decode(data: Any) -> Any:
    """The answer :func:`encode` stored (a table comes back as a DataFrame)."""
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    if "tuple" in data:
        return tuple(decode(v) for v in data["tuple"])
    if "dict" in data:
        return {k: decode(v) for k, v in data["dict"].items()}
    if "float" in data:
        return float(data["float"])
    if "table" in data:
        import pandas as pd

        return pd.DataFrame(decode(data["table"]["data"]), columns=data["table"]["columns"])
    raise ValueError("this answer could not be stored, so it cannot be checked again")


def readable(value: Any, limit: int | None = None) -> str:
    """The answer as a teacher reads it: text as written, anything else as Python shows it."""
    if isinstance(value, str):
        text = value
    elif hasattr(value, "to_csv") and hasattr(value, "columns"):
        text = f"a table of {len(value)} rows with the columns " + ", ".join(map(str, value.columns))
    else:
        try:
            text = repr(value)
        except Exception:
            text = f"a {type(value).__name__}"
    limit = limit or 0
    return text if not limit or len(text) <= limit else text[: limit - 1] + "…"


READABLE_LIMIT = SHOWN_IN_FULL
