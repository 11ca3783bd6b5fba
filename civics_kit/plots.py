"""Charts of the analyses: each function takes an analysis frame and returns a matplotlib Axes.

A view, on top of the analyses. matplotlib is imported inside each function so
that ``import civics_kit`` stays fast. Colours come from the Okabe-Ito palette
and every distinction is also made by marker shape or line style, so the charts
read in black and white. No function calls ``plt.show()``.
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING, Any

from .article import Article, as_article
from .chartstyle import MIN_POINTS, legible, new_axes, short_label
from .complexity import (
    CCSS_BANDS,
    HEADLINE_MEASURE,
    INFLESZ_BANDS,
    PARAGRAPH_MIN_SENTENCES,
    PARAGRAPH_MIN_WORDS,
    hardest_sentences,
    readability,
)
from .highlighting import Highlighted, highlight
from .timex.wording import when_words

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["plot_quote_share", "plot_readability", "plot_timeline", "show_hardest", "show_quotes"]

# ---------------------------------------------------------------- timeline

_ARTICLE_COLOUR = "#0072B2"  # Okabe-Ito blue
_CONTEXT_COLOUR = "#D55E00"  # Okabe-Ito vermillion
_PUBLISHED_COLOUR = "#000000"


def _row_when(row: Any, date: Any, end: Any, precision: str, published: Any = None) -> str:
    """The row's ``when`` (from :func:`civics_kit.timex.wording.when_words`), worded from its dates if it has none."""
    when = getattr(row, "when", None)
    if isinstance(when, str) and when:
        return when
    value = str(getattr(row, "value", "") or "")
    if not value:  # a context row: its precision and first day make the value
        value = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}.get(precision, "")
        value = date.strftime(value) if value else ""
    if value:
        return when_words(value, published)
    return f"{date_end_text(date)} to {date_end_text(end)}"


def date_end_text(day: Any) -> str:
    """A date as "7 June 2011" (the words of :func:`civics_kit.timex.wording.when_words`)."""
    return when_words(day.strftime("%Y-%m-%d"))


def _timeline_items(df: pd.DataFrame | None, kind: str) -> list[dict[str, Any]]:
    if df is None or len(df) == 0:
        return []
    items = []
    published = df.attrs.get("published")
    for row in df.itertuples(index=False):
        date = getattr(row, "date", None)
        if date is None or date != date:  # NaT: a date pandas cannot place
            continue
        end = getattr(row, "date_end", None)
        end = date if end is None or end != end else end
        approximate = bool(getattr(row, "approximate", False))
        precision = str(getattr(row, "precision", "day"))
        when = _row_when(row, date, end, precision, published)
        items.append(
            {
                "date": date,
                "end": end,
                "kind": kind,
                "approximate": approximate,
                "label": short_label(f"{when}: {getattr(row, 'event', '')}"),
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
    """A labelled horizontal timeline of :func:`civics_kit.chronology` rows, with optional context events.

    One row per event, earliest at the top, labelled on the left with its date
    and event, so labels never overlap. The article's events are blue circles
    with blue labels; context events (:func:`civics_kit.context_timeline`) are
    vermillion squares with vermillion labels. A period (a year, a month, a
    vague "recently") is a bar from its first to its last day, hatched when
    approximate. A dashed vertical line marks the publication date
    (``published``, or the one :func:`civics_kit.chronology` stored in
    ``df.attrs["published"]``). ``window=(start, end)`` keeps only the events
    that overlap those dates. Returns the Axes.

    >>> import civics_kit as ck
    >>> article = ck.load_article()
    >>> ax = ck.plot_timeline(ck.timeline(article), context=ck.context_timeline(article))
    >>> ax.get_title()
    "Timeline: the article's events and their context"
    >>> import matplotlib.pyplot as plt; plt.close(ax.figure)
    """
    import pandas as pd
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.transforms import ScaledTranslation

    items = _timeline_items(df, "article") + _timeline_items(context, "context")
    if window is not None:
        low, high = pd.Timestamp(window[0]), pd.Timestamp(window[1])
        items = [item for item in items if item["end"] >= low and item["date"] <= high]
    items.sort(key=lambda item: (item["date"], item["kind"] != "article", item["label"]))
    if ax is None:
        lines = sum(item["label"].count("\n") + 1 for item in items)
        ax = new_axes(max(3.0, 0.19 * lines + 0.09 * len(items) + 2.0))
    has_context = any(item["kind"] == "context" for item in items)
    default_title = (
        "Timeline: the article's events and their context" if has_context else "Timeline: the article's events"
    )
    heading = title or default_title
    if context is not None and context.empty and context.attrs.get("note"):
        heading += f"\n({context.attrs['note']})"
    ax.set_title(heading)
    ax.set_xlabel("Date")
    ax.set_ylabel("Event")
    if not items:
        ax.set_yticks([])
        ax.text(0.5, 0.5, "No dated events found", ha="center", va="center", transform=ax.transAxes)
        return legible(ax)
    rows = range(len(items) - 1, -1, -1)
    for item, y in zip(items, rows, strict=True):
        _draw_timeline_item(ax, item, y)
    ax.set_yticks(list(rows))
    ax.set_yticklabels([item["label"] for item in items], fontsize=MIN_POINTS)
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
        bbox_to_anchor=(0.5, 0),
        bbox_transform=ax.transAxes + ScaledTranslation(0, -0.55, ax.figure.dpi_scale_trans),
        ncol=min(len(handles), 2),
        frameon=False,
        fontsize=MIN_POINTS,
    )
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    _few_date_ticks(ax)
    return legible(ax)


def _few_date_ticks(ax: Axes) -> None:
    """At most about six date ticks, so 11-point dates never run into each other on a 9-inch chart."""
    from matplotlib.dates import AutoDateFormatter, AutoDateLocator

    locator = AutoDateLocator(minticks=3, maxticks=6)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(AutoDateFormatter(locator))


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
    with a grey cross (and a legend entry saying how many) rather than a misleading
    bar; every paragraph keeps its place on the axis. Returns the Axes.

    >>> import civics_kit as ck
    >>> ax = ck.plot_readability(ck.readability(ck.load_article(), by="paragraph"))
    >>> ax.get_title()
    'Flesch-Kincaid grade by paragraph, against the CCSS grade bands'
    >>> import matplotlib.pyplot as plt; plt.close(ax.figure)
    """
    if ax is None:
        ax = new_axes(4.8)
    lang = str(df["lang"].iloc[0]) if len(df) else "en"
    measure = measure or HEADLINE_MEASURE.get(lang, "Flesch-Kincaid grade")
    rows = df[df["measure"] == measure] if len(df) else df
    spanish = lang == "es"
    bands = _ease_bands() if spanish else _grade_bands()
    top = 100.0 if spanish else max([18.0, *(s + 1 for s in rows["score"] if not math.isnan(s))])
    for i, (name, low, high) in enumerate(bands):
        high = top if i == len(bands) - 1 else high
        ax.axhspan(low, high, color=_BAND_SHADES[i % 2], zorder=0)
        ax.text(1.01, (low + high) / 2, name, transform=ax.get_yaxis_transform(), va="center", fontsize=MIN_POINTS)
    labels = [
        f"¶{int(i)}" if part == "paragraph" else str(part) for i, part in zip(rows["index"], rows["part"], strict=True)
    ]
    positions = list(range(len(rows)))
    graded = [not math.isnan(s) for s in rows["score"]]
    scores = [s if ok else 0.0 for s, ok in zip(rows["score"], graded, strict=True)]
    graded_label = "graded paragraph" if (rows["part"] == "paragraph").any() else "_graded"
    bars = ax.bar(positions, scores, color="#0072b2", edgecolor="black", zorder=2, label=graded_label)
    if len(rows) <= _VALUE_LABELS_UP_TO:
        for bar, score, ok in zip(bars, scores, graded, strict=True):
            if ok:
                ax.text(
                    bar.get_x() + bar.get_width() / 2, score + 0.2, f"{score:.1f}", ha="center", fontsize=MIN_POINTS
                )
    short = [x for x, ok in zip(positions, graded, strict=True) if not ok]
    if short:
        ax.plot(
            short,
            [top * 0.04] * len(short),
            linestyle="",
            marker="X",
            markersize=10,
            color="#555555",
            zorder=3,
            label=_too_short_label(rows),
        )
    whole = _whole_flesch_kincaid(rows) if measure == "Flesch-Kincaid grade" and len(rows) > 1 else math.nan
    if not math.isnan(whole):
        ax.axhline(whole, color="#d55e00", linestyle="--", zorder=3, label=f"whole article: {whole:.1f}")
    if short or not math.isnan(whole):
        ax.legend(loc="upper left", bbox_to_anchor=(0, -0.2), fontsize=MIN_POINTS, frameon=False)
    if not len(rows):
        ax.text(0.5, 0.5, "No text to grade", transform=ax.transAxes, ha="center", va="center")
    step = max(1, math.ceil(len(rows) / _TICK_LABELS_AT_MOST))
    ax.set_xticks(positions[::step], labels[::step])
    ax.set_ylim(0, top)
    ax.set_xlim(-0.6, max(len(rows), 1) - 0.4)
    what = "paragraph" if (rows["part"] == "paragraph").any() else "article"
    ax.set_xlabel("Paragraph (¶ number in the article)" if what == "paragraph" else "Article")
    ax.set_ylabel(f"{measure}\n(higher is easier)" if spanish else f"{measure}\n(US school grade)")
    bands_name = "INFLESZ bands" if spanish else "CCSS grade bands"
    ax.set_title(f"{measure} by {what}, against the {bands_name}")
    return legible(ax)


_VALUE_LABELS_UP_TO = 16  # more bars than this: no value over each (the table beside the chart has them)
_TICK_LABELS_AT_MOST = 20  # more paragraphs than this: label every second (third, ...) one


def _too_short_label(rows: pd.DataFrame) -> str:
    """The legend entry for paragraphs without a grade, with how many there are."""
    count = int(rows["score"].isna().sum())
    limits = f"under {PARAGRAPH_MIN_WORDS} words and {PARAGRAPH_MIN_SENTENCES} sentences"
    return f"too short to grade ({count} of {len(rows)}: {limits})"


def _whole_flesch_kincaid(rows: pd.DataFrame) -> float:
    """The article's grade from the paragraphs' counts, short paragraphs included."""
    words, sentences, syllables = rows["words"].sum(), rows["sentences"].sum(), rows["syllables"].sum()
    if not words or not sentences:
        return math.nan
    return float(0.39 * words / sentences + 11.8 * syllables / words - 15.59)


def show_hardest(article: Article | str, n: int = 5, lang: str | None = None) -> Highlighted:
    """The article with its ``n`` hardest sentences marked, each with its rank and reasons.

    A colour (Okabe-Ito) plus a text marker ``[1]`` per sentence, so it reads
    without colour too. Returns a :class:`~civics_kit.highlighting.Highlighted`.

    >>> import civics_kit as ck
    >>> print(ck.show_hardest(ck.load_article(), n=2).text.splitlines()[0])
    The 2 hardest sentences, hardest first
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


# ---------------------------------------------------------------- quotes: who is quoted and how much

_QUOTE_BAR = "#0072B2"  # Okabe-Ito blue; unnamed sources also get a hatch, so the chart reads without colour
_UNNAMED_BAR = "#E69F00"


def plot_quote_share(df: pd.DataFrame, ax: Axes | None = None, top: int = 12) -> Axes:
    """Horizontal bars of each speaker's share of quoted words, largest on top, with values.

    ``df`` is a :func:`civics_kit.quote_share` frame (a :func:`civics_kit.quotation`
    frame is turned into one). Unnamed or unattributed sources are hatched and
    orange. Shows at most ``top`` speakers. Returns the Axes.

    >>> import civics_kit as ck
    >>> ax = ck.plot_quote_share(ck.quote_share(ck.load_article()))
    >>> ax.get_title(), ax.get_xlabel()
    ('Who is quoted, and how much', 'Share of quoted words (%)')
    >>> import matplotlib.pyplot as plt; plt.close(ax.figure)
    """
    from .quotation import quote_share

    if "kind" in df.columns:
        df = quote_share(df)
    if ax is None:
        ax = new_axes(0.5 * max(3, min(len(df), top)) + 1.4)
    measure = _measure(df)
    ax.set_title("Who is quoted, and how much")
    ax.set_xlabel("Share of quoted words (%)" if measure == "words" else "Share of quotations (%)")
    ax.set_ylabel("Speaker")
    if df.empty:
        ax.text(0.5, 0.5, "No quotations found", ha="center", va="center", transform=ax.transAxes)
        ax.set_xlim(0, 100)
        ax.set_yticks([])
        return legible(ax)
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
    labels = [short_label(_speaker_label(row), width=_SPEAKER_CHARS) for row in shown.to_dict("records")]
    ax.set_yticks(range(len(shown)), labels)
    values = [
        ax.text(
            bar.get_width() + 1,
            bar.get_y() + bar.get_height() / 2,
            f"{value:.0f}% ({_count(int(row['words']), 'word')}, {_count(int(row['quotes']), 'quote')})",
            va="center",
            fontsize=MIN_POINTS,
        )
        for bar, value, row in zip(bars, percent, shown.to_dict("records"), strict=True)
    ]
    ax.set_xlim(0, min(100, float(percent.max()) * 1.35 + 5))
    ax.spines[["top", "right"]].set_visible(False)
    legible(ax)
    _fit_inside(ax, values)
    return ax


_SPEAKER_CHARS = 28  # a speaker's name wraps at this width, leaving the chart's width to the bars


def _fit_inside(ax: Axes, texts: list[Any]) -> None:
    """Widen the x-axis until every value label ends inside the Axes (measured after a draw: the layout moves it)."""
    figure = ax.figure
    for _ in range(4):
        figure.canvas.draw()
        renderer = figure.canvas.get_renderer()
        box = ax.get_window_extent(renderer)
        overflow = max(text.get_window_extent(renderer).x1 for text in texts) - box.x1
        if overflow <= 0:
            return
        low, high = ax.get_xlim()
        ax.set_xlim(low, high + 1.2 * overflow * (high - low) / box.width)


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


NOT_SURE = "not sure"
"""The words the quotation view writes beside a speaker the kit is not confident of (readable without colour)."""


def _quote_label(row: dict[str, Any]) -> str:
    """ "Bernard Parks", "Bernard Parks (not sure)" for a low-confidence guess, "not sure who" for none."""
    if not row["speaker"]:
        return f"{NOT_SURE} who"
    return f"{row['speaker']} ({NOT_SURE})" if row.get("confidence") == "low" else str(row["speaker"])


def show_quotes(article: Article | str, kinds: tuple[str, ...] = ("direct", "partial", "indirect")) -> Highlighted:
    """The article with each quotation marked in its speaker's colour, the speaker's name beside it.

    Colour-blind-safe colours plus a text marker ``[n] Name:`` before each
    quotation, so the view also reads in black and white. ``kinds`` chooses
    which quotations to mark (scare quotes are left out by default). A speaker
    the kit is not confident of (``confidence == "low"``) is written
    "Name (not sure)", and a quotation it cannot attribute "not sure who".

    >>> import civics_kit as ck
    >>> print(ck.show_quotes(ck.load_article()).text.splitlines()[0])   # a key of speakers, then the text
    Who is quoted
    """
    from .article import as_article
    from .highlighting import highlight
    from .quotation import quotes

    article = as_article(article)
    frame = quotes(article)
    frame = frame[frame["kind"].isin(list(kinds))]
    rows = [{"start": r["start"], "end": r["end"], "label": _quote_label(r)} for r in frame.to_dict("records")]
    counts = frame["kind"].value_counts()
    unsure = int((frame["confidence"] == "low").sum())
    note = (
        f"{len(frame)} quotations: {int(counts.get('direct', 0))} direct, {int(counts.get('partial', 0))} partial, "
        f"{int(counts.get('indirect', 0))} paraphrased. Check each attribution against the text."
    )
    if unsure:
        note += f" {unsure} marked {NOT_SURE!r}: the kit could not tell who says it, or is only guessing."
    return highlight(article, rows, title="Who is quoted", note=note, name_beside=True)
