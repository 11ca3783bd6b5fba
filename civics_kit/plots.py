"""Charts of the analyses: each function takes an analysis frame and returns a matplotlib Axes.

A view, on top of the analyses. matplotlib is imported inside each function so
that ``import civics_kit`` stays fast. Colours come from the Okabe-Ito palette
and every distinction is also made by marker shape or line style, so the charts
read in black and white. No function calls ``plt.show()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["plot_timeline"]


# ---------------------------------------------------------------- timeline

_ARTICLE_COLOUR = "#0072B2"  # Okabe-Ito blue
_CONTEXT_COLOUR = "#D55E00"  # Okabe-Ito vermillion
_PUBLISHED_COLOUR = "#000000"


def _timeline_date_text(date: Any, end: Any, precision: str, approximate: bool, value: str = "") -> str:
    if approximate and value == "PAST_REF":
        return f"before {date_end_text(end)}"
    if approximate and value == "FUTURE_REF":
        return f"after {date_end_text(date)}"
    if approximate:
        return f"as of {date_end_text(date)}"
    if precision == "year":
        return f"{date.year}"
    if precision in ("month", "season", "quarter", "half"):
        return date.strftime("%b %Y")
    if precision == "decade":
        return f"{date.year}s"
    if end is not None and end > date and precision not in ("day",):
        return f"{date_end_text(date)} to {date_end_text(end)}"
    return date_end_text(date)


def date_end_text(day: Any) -> str:
    """A date as "7 Jun 2011"."""
    return f"{day.day} {day.strftime('%b %Y')}"


def _timeline_items(df: pd.DataFrame | None, kind: str) -> list[dict[str, Any]]:
    if df is None or len(df) == 0:
        return []
    items = []
    for row in df.itertuples(index=False):
        date = getattr(row, "date", None)
        if date is None or date != date:  # NaT: a date pandas cannot place
            continue
        end = getattr(row, "date_end", None)
        end = date if end is None or end != end else end
        approximate = bool(getattr(row, "approximate", False))
        precision = str(getattr(row, "precision", "day"))
        value = str(getattr(row, "value", ""))
        when = _timeline_date_text(date, end, precision, approximate, value)
        items.append(
            {
                "date": date,
                "end": end,
                "kind": kind,
                "approximate": approximate,
                "label": f"{when}: {getattr(row, 'event', '')}",
            }
        )
    return items


def plot_timeline(
    df: pd.DataFrame,
    context: pd.DataFrame | None = None,
    *,
    published: Any = None,
    window: tuple[Any, Any] | None = None,
    ax: Axes | None = None,
    title: str | None = None,
) -> Axes:
    """A labelled horizontal timeline of :func:`civics_kit.timeline` rows, with optional context events.

    One row per event, earliest at the top, labelled on the left with its date
    and event, so labels never overlap. The article's events are blue circles
    with blue labels; context events (:func:`civics_kit.context_timeline`) are
    vermillion squares with vermillion labels. A period (a year, a month, a
    vague "recently") is a bar from its first to its last day, hatched when
    approximate. A dashed vertical line marks the publication date
    (``published``, or the one :func:`civics_kit.timeline` stored in
    ``df.attrs["published"]``). ``window=(start, end)`` keeps only the events
    that overlap those dates. Returns the Axes.
    """
    import matplotlib.pyplot as plt
    import pandas as pd
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    items = _timeline_items(df, "article") + _timeline_items(context, "context")
    if window is not None:
        low, high = pd.Timestamp(window[0]), pd.Timestamp(window[1])
        items = [item for item in items if item["end"] >= low and item["date"] <= high]
    items.sort(key=lambda item: (item["date"], item["kind"] != "article", item["label"]))
    if ax is None:
        _, ax = plt.subplots(figsize=(12, max(2.5, 0.3 * len(items) + 1.6)))
    has_context = any(item["kind"] == "context" for item in items)
    default_title = (
        "Timeline: the article's events and their context" if has_context else "Timeline: the article's events"
    )
    ax.set_title(title or default_title)
    ax.set_xlabel("Date")
    ax.set_ylabel("Event")
    if not items:
        ax.set_yticks([])
        ax.text(0.5, 0.5, "No dated events found", ha="center", va="center", transform=ax.transAxes)
        return ax
    rows = range(len(items) - 1, -1, -1)
    for item, y in zip(items, rows, strict=True):
        _draw_timeline_item(ax, item, y)
    ax.set_yticks(list(rows))
    ax.set_yticklabels([item["label"] for item in items], fontsize=8.5)
    for tick, item in zip(ax.get_yticklabels(), items, strict=True):
        tick.set_color(_ARTICLE_COLOUR if item["kind"] == "article" else _CONTEXT_COLOUR)
    ax.set_ylim(-0.8, len(items) - 0.2)
    first = min(item["date"] for item in items)
    last = max(item["end"] for item in items)
    if window is not None:
        first, last = max(first, pd.Timestamp(window[0])), min(last, pd.Timestamp(window[1]))
    pad = pd.Timedelta(days=max((last - first).days * 0.03, 3))
    ax.set_xlim(first - pad, last + pad)
    handles = [Line2D([], [], color=_ARTICLE_COLOUR, marker="o", linestyle="", label="in the article")]
    if has_context:
        handles.append(
            Line2D([], [], color=_CONTEXT_COLOUR, marker="s", linestyle="", label="context (sourced record)")
        )
    if any(item["approximate"] for item in items):
        handles.append(Patch(facecolor="white", edgecolor="#555555", hatch="///", label="approximate period"))
    when = _published_date(df, published)
    if when is not None:
        ax.axvline(when, color=_PUBLISHED_COLOUR, linestyle="--", linewidth=1)
        handles.append(
            Line2D([], [], color=_PUBLISHED_COLOUR, linestyle="--", label=f"published {date_end_text(when)}")
        )
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.6 / max(len(items), 4) - 0.06),
        ncol=len(handles),
        frameon=False,
    )
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    return ax


def _draw_timeline_item(ax: Axes, item: dict[str, Any], y: int) -> None:
    colour = _ARTICLE_COLOUR if item["kind"] == "article" else _CONTEXT_COLOUR
    marker = "o" if item["kind"] == "article" else "s"
    if item["end"] > item["date"]:
        ax.barh(
            y,
            item["end"] - item["date"],
            left=item["date"],
            height=0.5,
            color=colour,
            alpha=0.25 if item["approximate"] else 0.45,
            hatch="///" if item["approximate"] else None,
            edgecolor=colour,
            linewidth=0.8,
        )
    ax.plot([item["date"]], [y], marker=marker, color=colour, markersize=6, linestyle="")


def _published_date(df: pd.DataFrame | None, published: Any) -> Any:
    import pandas as pd

    if published is not None:
        return pd.Timestamp(published)
    stored = getattr(df, "attrs", {}).get("published") if df is not None else None
    return pd.Timestamp(stored) if stored is not None else None
