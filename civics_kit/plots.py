"""Charts and highlighted views of the analyses, for the notebook.

Views sit on top of the analyses: each function takes the frame an analysis
returned (or the article) and draws it. Plotting functions return a matplotlib
``Axes`` with a title and axis labels and never call ``plt.show()``.
matplotlib is imported inside the functions, so ``import civics_kit`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from .article import Article
    from .highlight import Highlighted

__all__ = ["plot_quote_share", "show_quotes"]


# ---------------------------------------------------------------- quotes: who is quoted and how much

_QUOTE_BAR = "#0072B2"  # Okabe-Ito blue; unnamed sources also get a hatch, so the chart reads without colour
_UNNAMED_BAR = "#E69F00"


def plot_quote_share(df: pd.DataFrame, ax: Axes | None = None, top: int = 12) -> Axes:
    """Horizontal bars of each speaker's share of quoted words, largest on top, with values.

    ``df`` is a :func:`civics_kit.quote_share` frame (a :func:`civics_kit.quotes`
    frame is turned into one). Unnamed or unattributed sources are hatched and
    orange. Shows at most ``top`` speakers. Returns the Axes.
    """
    import matplotlib.pyplot as plt

    from .quotes import quote_share

    if "kind" in df.columns:
        df = quote_share(df)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.45 * max(3, min(len(df), top)) + 1.2))
    measure = _measure(df)
    ax.set_title("Who is quoted, and how much")
    ax.set_xlabel("Share of quoted words (%)" if measure == "words" else "Share of quotations (%)")
    ax.set_ylabel("Speaker")
    if df.empty:
        ax.text(0.5, 0.5, "No quotations found", ha="center", va="center", transform=ax.transAxes)
        ax.set_xlim(0, 100)
        ax.set_yticks([])
        return ax
    shown = df.head(top).iloc[::-1]
    percent = (shown["share"] * 100).round(1)
    named = shown["named"].astype(bool)
    bars = ax.barh(
        range(len(shown)),
        percent,
        color=[_QUOTE_BAR if n else _UNNAMED_BAR for n in named],
        edgecolor="black",
        linewidth=0.6,
    )
    for bar, is_named in zip(bars, named, strict=True):
        if not is_named:
            bar.set_hatch("//")
    labels = [_speaker_label(row) for row in shown.to_dict("records")]
    ax.set_yticks(range(len(shown)), labels)
    for bar, value, row in zip(bars, percent, shown.to_dict("records"), strict=True):
        ax.text(
            bar.get_width() + 1,
            bar.get_y() + bar.get_height() / 2,
            f"{value:.0f}% ({_count(int(row['words']), 'word')}, {_count(int(row['quotes']), 'quote')})",
            va="center",
            fontsize=9,
        )
    ax.set_xlim(0, min(100, float(percent.max()) * 1.35 + 5))
    ax.spines[["top", "right"]].set_visible(False)
    return ax


def _measure(df: pd.DataFrame) -> str:
    """Whether ``share`` was computed from words or from quotations."""
    if df.empty or df["words"].sum() == 0:
        return "quotes"
    by_words = df["words"] / df["words"].sum()
    return "words" if (by_words - df["share"]).abs().max() < 1e-9 else "quotes"


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}{'' if n == 1 else 's'}"


def _speaker_label(row: dict[str, Any]) -> str:
    name = str(row["speaker"])
    return name if row.get("named") else f"{name} (unnamed)"


def show_quotes(article: Article | str, kinds: tuple[str, ...] = ("direct", "partial", "indirect")) -> Highlighted:
    """The article with each quotation marked in its speaker's colour, the speaker's name beside it.

    Colour-blind-safe colours plus a text marker ``[n] Name:`` before each
    quotation, so the view also reads in black and white. ``kinds`` chooses
    which quotations to mark (scare quotes are left out by default).
    """
    from .article import as_article
    from .highlight import highlight
    from .quotes import UNATTRIBUTED, quotes

    article = as_article(article)
    frame = quotes(article)
    frame = frame[frame["kind"].isin(list(kinds))]
    rows = [
        {"start": r["start"], "end": r["end"], "label": r["speaker"] or UNATTRIBUTED} for r in frame.to_dict("records")
    ]
    counts = frame["kind"].value_counts()
    note = (
        f"{len(frame)} quotations: {int(counts.get('direct', 0))} direct, {int(counts.get('partial', 0))} partial, "
        f"{int(counts.get('indirect', 0))} paraphrased. Check each attribution against the text."
    )
    return highlight(article, rows, title="Who is quoted", note=note, name_beside=True)
