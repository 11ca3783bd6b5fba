"""The library of bundled articles: the catalogue, loading by name, licences and attribution in every view."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import matplotlib
import pandas as pd
import pytest

import civics_kit as ck
from civics_kit.chronology import CONTEXT_COLUMNS, NO_CONTEXT
from civics_kit.handouts import notebook_to_html
from civics_kit.library import CATALOGUE_COLUMNS, KINDS, KNOWN_PROBLEMS, licence_spdx
from civics_kit.report import build_report, render_html, render_json, render_text

matplotlib.use("Agg")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
NAMES = ck.seed_names()
REAL = [n for n in NAMES if n not in (ck.SEED, "example_library_budget")]
CC_BY = [n for n in NAMES if ck.load_article(n).meta.get("licence", "").startswith("CC BY")]
SEED_CREDIT = "KPCC, all rights reserved: included for classroom analysis only"


@pytest.fixture(scope="module")
def catalogue() -> pd.DataFrame:
    return ck.articles()


# ------------------------------------------------------------------ the catalogue


def test_the_catalogue_lists_the_ten_articles(catalogue: pd.DataFrame) -> None:
    assert list(catalogue.columns) == list(CATALOGUE_COLUMNS)
    assert len(catalogue) == 10 == len(NAMES)
    assert catalogue["name"].tolist() == NAMES
    assert len(REAL) == 8 and len(CC_BY) == 7


def test_catalogue_kinds_come_from_the_sidecars(catalogue: pd.DataFrame) -> None:
    kind = dict(zip(catalogue["name"], catalogue["kind"], strict=True))
    assert set(kind.values()) <= set(KINDS)
    assert kind["example_library_budget"] == "fictional"
    assert kind["pclob_20190626_facial_recognition_oversight"] == "press release"
    assert kind["globalvoices_20090610_iran_vote_or_boycott"] == "opinion"
    assert kind[ck.SEED] == "news"
    assert sum(k == "news" for k in kind.values()) == 7


def test_catalogue_rows_are_filled_in(catalogue: pd.DataFrame) -> None:
    assert pd.api.types.is_datetime64_any_dtype(catalogue["published"])
    assert catalogue["published"].notna().all()
    for column in ("title", "outlet", "topic", "licence", "reading_level", "known_problems", "attribution"):
        assert catalogue[column].map(lambda v: isinstance(v, str) and v.strip() != "").all(), column
    assert (catalogue["words"] > 300).all()
    assert (catalogue["grade"] > 0).all()
    assert (catalogue["quotations"] >= catalogue["speakers"]).all()
    assert set(KNOWN_PROBLEMS) == set(NAMES)


def test_catalogue_figures_are_the_analyses_figures(catalogue: pd.DataFrame) -> None:
    row = catalogue.set_index("name").loc["wikinews_20190104_pelosi_elected_speaker"]
    article = ck.load_article("wikinews_20190104_pelosi_elected_speaker")
    found = ck.quotes(article)
    assert row["quotations"] == int((found["kind"] != "scare").sum())
    assert row["words"] == article.word_count
    assert row["grade"] == pytest.approx(float(ck.reading_level(article)["score"].iloc[0]))
    assert row["published"] == pd.Timestamp("2019-01-04")
    assert "Majority Leader" in row["known_problems"]


def test_catalogue_is_a_copy(catalogue: pd.DataFrame) -> None:
    first = ck.articles()
    first.loc[0, "title"] = "changed"
    assert ck.articles().loc[0, "title"] == catalogue.loc[0, "title"] != "changed"


@pytest.mark.parametrize("name", NAMES)
def test_every_catalogue_name_loads(name: str, catalogue: pd.DataFrame) -> None:
    article = ck.load_article(name)
    row = catalogue.set_index("name").loc[name]
    assert article.title == row["title"]
    assert article.text == (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


def test_a_wrong_name_lists_the_bundled_articles() -> None:
    with pytest.raises(ck.ArticleNotFoundError, match="wikinews_20190104_pelosi_elected_speaker"):
        ck.load_article("wikinews_pelosi")


def test_the_licence_notes_are_not_articles() -> None:
    assert "LICENSES" not in NAMES
    with pytest.raises(ck.ArticleNotFoundError):
        ck.load_article("LICENSES")


# ------------------------------------------------------------------ licences


@pytest.mark.parametrize("name", NAMES)
def test_every_bundled_article_has_a_licence_a_source_and_an_attribution(name: str) -> None:
    meta = json.loads((SEEDS / f"{name}.json").read_text(encoding="utf-8"))
    article = ck.load_article(name)
    assert meta.get("licence", "").strip()
    assert meta.get("attribution", "").strip() and article.attribution == meta["attribution"]
    if meta.get("fictional"):
        assert meta["url"] is None and "fictional" in meta["attribution"].lower()
    else:
        assert re.match(r"https?://\S+$", meta["url"].split(" ")[0])
    assert licence_spdx(article) is not None


@pytest.mark.parametrize("name", CC_BY)
def test_cc_by_attribution_names_the_licence_and_links_the_source(name: str) -> None:
    article = ck.load_article(name)
    assert "Creative Commons Attribution" in article.attribution
    assert "creativecommons.org/licenses/by/" in article.attribution
    assert article.url.split(" ")[0] in article.attribution


def test_the_seed_credit_line() -> None:
    assert ck.load_article().attribution == SEED_CREDIT


def test_license_files_and_the_pyproject_expression_cover_what_the_wheel_ships() -> None:
    assert (REPO / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    expression = project["license"]
    assert set(project["license-files"]) == {"LICENSE", "seeds/LICENSES.md"}
    terms = set(re.split(r"\s+AND\s+", expression))
    assert "MIT" in terms
    assert {licence_spdx(ck.load_article(n)) for n in NAMES} | {"MIT"} == terms
    notes = (SEEDS / "LICENSES.md").read_text(encoding="utf-8")
    for name in NAMES:
        article = ck.load_article(name)
        assert f"`{name}`" in notes and article.attribution in notes
        assert article.url is None or article.url in notes


# ------------------------------------------------------------------ attribution in every view


@pytest.mark.parametrize("name", [ck.SEED, *CC_BY])
def test_the_article_display_shows_its_attribution(name: str) -> None:
    article = ck.load_article(name)
    assert repr(article).endswith(f"\nCredit: {article.attribution}")
    assert _html_text(article._repr_html_()).count(f"Credit: {article.attribution}") == 1


def test_an_article_without_an_attribution_has_no_credit_line() -> None:
    article = ck.Article.from_text("A short text.\n\nIt has two paragraphs.")
    assert "Credit" not in repr(article) and "Credit" not in article._repr_html_()
    assert "Credit" not in render_text(build_report(article))


@pytest.mark.parametrize("name", [ck.SEED, "wikinews_20190207_nevada_majority_female_legislature"])
def test_the_report_shows_the_attribution(name: str) -> None:
    article = ck.load_article(name)
    sections = build_report(article)
    assert f"Credit:    {article.attribution}" in render_text(sections)
    assert article.attribution in _html_text(render_html(sections))
    assert json.loads(render_json(sections))["article"]["data"]["attribution"] == article.attribution


def test_highlighted_views_show_the_attribution() -> None:
    article = ck.load_article("wikinews_20191207_samoa_measles_shutdown")
    view = ck.show_quotes(article)
    assert article.attribution in _html_text(view._repr_html_())
    assert str(view).endswith(f"Credit: {article.attribution}")
    hard = ck.show_hardest(article)
    assert article.attribution in _html_text(hard._repr_html_())
    plain = ck.highlight(ck.Article.from_text("No credit here."), [])
    assert "Credit" not in plain.html


def test_a_handout_credits_the_articles_its_lesson_loads() -> None:
    code = (
        "import civics_kit as ck\n"
        'a = ck.load_article("wikinews_20190924_uk_supreme_court_prorogation")\n'
        "b = ck.load_article()"
    )
    notebook = {
        "cells": [{"cell_type": "code", "metadata": {}, "source": code, "outputs": [], "execution_count": 1}],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    page = _html_text(notebook_to_html(notebook))
    assert ck.load_article("wikinews_20190924_uk_supreme_court_prorogation").attribution in page
    assert SEED_CREDIT in page
    assert "Credit" not in _html_text(notebook_to_html({**notebook, "cells": []}))


# ------------------------------------------------------------------ no invented context


@pytest.mark.parametrize("name", [n for n in NAMES if n != ck.SEED])
def test_only_the_seed_has_context(name: str) -> None:
    context = ck.context_timeline(ck.load_article(name))
    assert context.empty
    assert list(context.columns) == [*CONTEXT_COLUMNS[:6], "keywords", *CONTEXT_COLUMNS[6:]]
    assert pd.api.types.is_datetime64_any_dtype(context["date"])
    assert context.attrs["note"] == NO_CONTEXT


def test_the_seed_keeps_its_sourced_context() -> None:
    context = ck.context_timeline(ck.load_article())
    assert len(context) > 0 and context["source_url"].str.startswith("http").all()
    assert "note" not in context.attrs


def test_views_say_there_is_no_context_file() -> None:
    import matplotlib.pyplot as plt

    article = ck.load_article("wikinews_20190924_uk_supreme_court_prorogation")
    assert f"Context timeline: {NO_CONTEXT}." in render_text(build_report(article))
    ax = ck.plot_timeline(ck.timeline(article), context=ck.context_timeline(article))
    assert NO_CONTEXT in ax.get_title()
    plt.close(ax.figure)
    seed = ck.load_article()
    ax = ck.plot_timeline(ck.timeline(seed), context=ck.context_timeline(seed))
    assert NO_CONTEXT not in ax.get_title()
    plt.close(ax.figure)
    assert NO_CONTEXT not in render_text(build_report(seed))


def _html_text(page: str) -> str:
    """The text of an HTML page, entities decoded (so a credit line compares as plain text)."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_the_teacher_guide_lists_every_real_article_and_how_to_load_one() -> None:
    guide = (REPO / "teacher" / "README.md").read_text(encoding="utf-8")
    library = guide[guide.index("## Choosing another article") :]
    for name in REAL:
        assert f"| `{name}` |" in library, name
    assert "ck.articles()" in library and 'ck.load_article("' in library
    assert NO_CONTEXT in library
