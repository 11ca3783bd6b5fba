"""Charts a class can read from the back row: at most 9 inches wide at 100 dpi, no text under 11 points.

Every public ``plot_*`` function is drawn on the seed and on a bundled article; the test walks all the
figure's text artists (titles, axis labels, ticks, legends, value labels, notes) after a full draw.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest
from matplotlib.text import Text

import civics_kit as ck
from civics_kit import chartstyle, plots

ARTICLES = [None, "wikinews_20191216_american_samoa_citizenship"]
DRAWINGS = {
    "plot_quote_share": lambda a: ck.plot_quote_share(ck.quote_share(a)),
    "plot_readability": lambda a: ck.plot_readability(ck.readability(a, by="paragraph")),
    "plot_timeline": lambda a: ck.plot_timeline(ck.timeline(a), context=ck.context_timeline(a)),
}


def _article(name: str | None) -> ck.Article:
    return ck.load_article(name) if name else ck.load_article()


def test_every_plot_function_is_drawn_here() -> None:
    public = {name for name in plots.__all__ if name.startswith("plot_")}
    assert public == set(DRAWINGS)


@pytest.fixture(autouse=True)
def _defaults():
    with matplotlib.rc_context({"figure.dpi": 100, "savefig.dpi": 100}):
        matplotlib.rcdefaults()
        yield
    plt.close("all")


def _texts(fig) -> list[Text]:
    fig.canvas.draw()  # ticks and legends exist only after a draw
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


@pytest.mark.parametrize("name", ARTICLES, ids=["seed", "american_samoa"])
@pytest.mark.parametrize("plot", sorted(DRAWINGS))
def test_chart_fits_a_projector_and_every_text_is_legible(plot: str, name: str | None) -> None:
    fig = DRAWINGS[plot](_article(name)).figure
    assert fig.get_size_inches()[0] <= chartstyle.MAX_WIDTH
    texts = _texts(fig)
    assert len(texts) >= 4  # a title, axis labels, ticks at least
    small = [(t.get_text()[:30], t.get_fontsize()) for t in texts if t.get_fontsize() < chartstyle.MIN_POINTS]
    assert not small
    # what the notebook shows (saved with bbox_inches="tight") is as wide as everything drawn
    drawn = fig.get_tightbbox(fig.canvas.get_renderer())
    assert drawn.width <= chartstyle.MAX_WIDTH + 0.05
    assert drawn.x0 >= -0.05  # nothing sticks out to the left of the figure


def test_timeline_wraps_or_shortens_long_labels_instead_of_shrinking() -> None:
    label = "7 June 2011: " + "a very long description of what the city council did that day " * 3
    short = chartstyle.short_label(label)
    lines = short.split("\n")
    assert len(lines) <= chartstyle.LABEL_LINES and all(len(line) <= chartstyle.LABEL_CHARS for line in lines)
    assert short.endswith("…") and short.startswith("7 June 2011: a very long")
    assert chartstyle.short_label("2008: it began") == "2008: it began"
    fig = DRAWINGS["plot_timeline"](_article(None)).figure
    ticks = fig.axes[0].get_yticklabels()
    assert ticks and min(t.get_fontsize() for t in ticks) >= chartstyle.MIN_POINTS
    assert all(len(line) <= chartstyle.LABEL_CHARS for t in ticks for line in t.get_text().split("\n"))


def test_paragraph_chart_shows_and_names_the_paragraphs_too_short_to_grade() -> None:
    frame = ck.readability(_article(None), by="paragraph")
    rows = frame[frame["measure"] == "Flesch-Kincaid grade"]
    short = int(rows["score"].isna().sum())
    assert short >= 1 and len(rows) > short  # the seed has both kinds
    ax = ck.plot_readability(frame)
    assert len(ax.get_xticks()) == len(rows)  # every paragraph keeps its place
    marker_lines = [line for line in ax.get_lines() if line.get_marker() == "X"]
    assert len(marker_lines) == 1 and len(marker_lines[0].get_xdata()) == short
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(t.startswith(f"too short to grade ({short} of {len(rows)}") for t in legend)
    heights = sorted(p.get_height() for p in ax.containers[0])
    assert heights.count(0.0) == short


def test_an_article_level_frame_still_draws_one_bar_and_no_paragraph_legend() -> None:
    ax = ck.plot_readability(ck.readability(_article(None)))
    assert len(ax.containers[0]) == 1
    legend = ax.get_legend()
    texts = [t.get_text() for t in legend.get_texts()] if legend else []
    assert not any("paragraph" in t for t in texts)


def test_value_labels_stay_inside_the_chart_when_one_speaker_has_almost_everything() -> None:
    import pandas as pd

    frame = pd.DataFrame(
        {
            "speaker": ["The spokesperson of the Department of Homeland Security's regional office", "Ana Ruiz"],
            "quotes": [12, 1],
            "words": [950, 50],
            "share": [0.95, 0.05],
            "named": [False, True],
            "role": [None, None],
        }
    )
    fig = ck.plot_quote_share(frame).figure
    fig.canvas.draw()
    drawn = fig.get_tightbbox(fig.canvas.get_renderer())
    assert drawn.width <= chartstyle.MAX_WIDTH + 0.05
