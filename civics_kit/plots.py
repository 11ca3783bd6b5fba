"""Charts and highlighted views of the analyses, for notebooks.

A view on top of the analyses. Each plotting function takes the DataFrame an
analysis returns and gives back a matplotlib ``Axes`` with a title and axis
labels; none calls ``plt.show()``. matplotlib is imported inside the
functions so that ``import civics_kit`` stays fast.
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

from .article import Article, as_article
from .highlight import Highlighted, highlight
from .readability import CCSS_BANDS, HEADLINE_MEASURE, INFLESZ_BANDS, hardest_sentences, readability

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["plot_readability", "show_hardest"]

# ---------------------------------------------------------------- readability

_BAND_SHADES = ("#f7f7f7", "#e8e8e8")  # alternating greys: the band names carry the meaning, not the colour


def _grade_bands() -> list[tuple[str, float, float]]:
    """The bands as drawn: CCSS ranges cut at their overlaps' midpoints (the rule of grade_band)."""
    edges = [0.0, CCSS_BANDS[0][1]]
    edges += [(high + next_low) / 2 for (_, _, high), (_, next_low, _) in itertools.pairwise(CCSS_BANDS)]
    edges += [CCSS_BANDS[-1][2], 18.0]
    names = ["K-1", *(name for name, _, _ in CCSS_BANDS), "college"]
    return [(name, low, high) for name, low, high in zip(names, edges, edges[1:], strict=False)]


def _ease_bands() -> list[tuple[str, float, float]]:
    lows = [0.0, *(bound for bound, _ in INFLESZ_BANDS[:-1])]
    return [(name, low, min(high, 100.0)) for (high, name), low in zip(INFLESZ_BANDS, lows, strict=True)]


def plot_readability(df: pd.DataFrame, measure: str | None = None, ax: Axes | None = None) -> Axes:
    """Grade by paragraph against the CCSS grade bands (Spanish: ease against INFLESZ bands).

    ``df`` is ``readability(article, by="paragraph")`` (an article-level frame
    also works: one bar). Paragraphs too short to grade are marked "too short"
    on the axis rather than given a misleading bar. Returns the Axes.
    """
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(8, 4))
    lang = str(df["lang"].iloc[0]) if len(df) else "en"
    measure = measure or HEADLINE_MEASURE.get(lang, "Flesch-Kincaid grade")
    rows = df[df["measure"] == measure] if len(df) else df
    spanish = lang == "es"
    bands = _ease_bands() if spanish else _grade_bands()
    top = 100.0 if spanish else max([18.0, *(s + 1 for s in rows["score"] if not math.isnan(s))])
    for i, (name, low, high) in enumerate(bands):
        high = top if i == len(bands) - 1 else high
        ax.axhspan(low, high, color=_BAND_SHADES[i % 2], zorder=0)
        ax.text(1.01, (low + high) / 2, name, transform=ax.get_yaxis_transform(), va="center", fontsize=8)
    labels = [
        f"¶{int(i)}" if part == "paragraph" else str(part) for i, part in zip(rows["index"], rows["part"], strict=True)
    ]
    positions = list(range(len(rows)))
    scores = [0.0 if math.isnan(s) else s for s in rows["score"]]
    bars = ax.bar(positions, scores, color="#0072b2", edgecolor="black", zorder=2)
    for bar, score in zip(bars, rows["score"], strict=True):
        if math.isnan(score):
            ax.text(bar.get_x() + bar.get_width() / 2, 0.3, "too\nshort", ha="center", va="bottom", fontsize=7)
        else:
            ax.text(bar.get_x() + bar.get_width() / 2, score + 0.2, f"{score:.1f}", ha="center", fontsize=8)
    whole = _whole_flesch_kincaid(rows) if measure == "Flesch-Kincaid grade" and len(rows) > 1 else math.nan
    if not math.isnan(whole):
        ax.axhline(whole, color="#d55e00", linestyle="--", zorder=3, label=f"whole article: {whole:.1f}")
        ax.legend(loc="upper left", fontsize=8)
    if not len(rows):
        ax.text(0.5, 0.5, "No text to grade", transform=ax.transAxes, ha="center", va="center")
    ax.set_xticks(positions, labels)
    ax.set_ylim(0, top)
    ax.set_xlim(-0.6, max(len(rows), 1) - 0.4)
    what = "paragraph" if (rows["part"] == "paragraph").any() else "article"
    ax.set_xlabel("Paragraph (¶ number in the article)" if what == "paragraph" else "Article")
    ax.set_ylabel(f"{measure} (higher is easier)" if spanish else f"{measure} (US school grade)")
    bands_name = "INFLESZ bands" if spanish else "CCSS grade bands"
    ax.set_title(f"{measure} by {what}, against the {bands_name}")
    return ax


def _whole_flesch_kincaid(rows: pd.DataFrame) -> float:
    """The article's grade from the paragraphs' counts, short paragraphs included."""
    words, sentences, syllables = rows["words"].sum(), rows["sentences"].sum(), rows["syllables"].sum()
    if not words or not sentences:
        return math.nan
    return float(0.39 * words / sentences + 11.8 * syllables / words - 15.59)


def show_hardest(article: Article | str, n: int = 5, lang: str | None = None) -> Highlighted:
    """The article with its ``n`` hardest sentences marked, each with its rank and reasons.

    A colour (Okabe-Ito) plus a text marker ``[1]`` per sentence, so it reads
    without colour too. Returns a :class:`~civics_kit.highlight.Highlighted`.
    """
    article = as_article(article)
    table = hardest_sentences(article, n=n, lang=lang)
    rows = [
        {"start": row.start, "end": row.end, "label": f"Hardest {row.rank}: {row.reason}"}
        for row in table.itertuples(index=False)
    ]
    level = readability(article, lang=lang)
    note = (
        "Ranked by sentence length and word length (the two parts of the Flesch-Kincaid formula). "
        "Shorter sentences and everyday words make a text easier; readability is not credibility."
    )
    if len(level) and not math.isnan(level["score"].iloc[0]):
        note += f" Whole article: {len(table)} of {int(level['sentences'].iloc[0])} sentences shown."
    title = f"The {len(rows)} hardest sentence{'s' if len(rows) != 1 else ''}, hardest first"
    if not rows:
        title = "No sentences to rank: the text has no words"
    return highlight(article, rows, label="label", title=title, note=note, number_by="rows")
