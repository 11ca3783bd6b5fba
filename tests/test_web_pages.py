"""Saved web pages: the article's own date, no boilerplate, author and headline checks, and the language note.

The pages in tests/data/pages were written for these tests; pages.json lists, for each, the article
sentences that must stay (``with``), the boilerplate lines that must go (``without``) and the metadata
the kit must read, with its evidence.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import civics_kit as ck
from civics_kit.boilerplate import drop_boilerplate, is_boilerplate
from civics_kit.errors import LanguageWarning
from civics_kit.language import NOT_READ_NOTE, guess_language
from civics_kit.pagedates import date_in_text, date_in_url, publication_date
from civics_kit.report import build_report, render_html, render_json, render_text
from civics_kit.webpage import clean_author, is_credit_line

pytest.importorskip("trafilatura", reason="the 'html' extra is not installed")

PAGES = Path(__file__).parent / "data" / "pages"
EXPECTED = json.loads((PAGES / "pages.json").read_text(encoding="utf-8"))
NAMES = sorted(EXPECTED)


def _load(name: str) -> ck.Article:
    return ck.load_article(PAGES / name)


def test_there_are_at_least_ten_pages_and_each_carries_boilerplate() -> None:
    assert len(NAMES) >= 10 and all(EXPECTED[n]["without"] and EXPECTED[n]["with"] for n in NAMES)
    assert sorted(p.name for p in PAGES.glob("*.html")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_every_boilerplate_line_goes_and_every_sentence_stays(name: str) -> None:
    article = _load(name)
    for sentence in EXPECTED[name]["with"]:
        assert sentence in article.text, sentence
    for line in EXPECTED[name]["without"]:
        assert line not in article.text, line
    for span in [*article.paragraphs, *article.sentences]:
        assert article.text[span.start : span.end] == span.text


@pytest.mark.parametrize("name", NAMES)
def test_metadata_and_where_it_came_from(name: str) -> None:
    article, expected = _load(name), EXPECTED[name]
    assert article.published == dt.date.fromisoformat(expected["published"])
    assert article.metadata_sources["published"] == expected["published_from"]
    assert article.author == expected["author"]
    assert article.title == expected["title"]
    assert article.lang == expected["lang"]
    assert article.metadata_sources["lang"] == "language check"
    if expected["url"]:
        assert article.url == expected["url"] and article.metadata_sources["url"] == "canonical link"


def test_the_dated_byline_beats_a_sidebar_date_and_weekdays_land_in_the_right_week() -> None:
    article = _load("written_byline_sidebar.html")
    assert article.published == dt.date(2023, 11, 7)  # htmldate alone takes 2023-11-03 from the sidebar
    events = ck.timeline(article)
    monday = events[events["expression"] == "Monday"].iloc[0]
    assert monday["date"].date() == dt.date(2023, 11, 6)
    sets = ck.time_expressions(article)
    assert "Daily Edition" not in " ".join(sets["text"]) and "SET" not in set(sets["type"])


def test_a_dotted_date_is_read_day_first_and_sidebar_teasers_are_ignored() -> None:
    article = _load("dotted_date_only.html")
    assert article.published == dt.date(2013, 6, 10)
    assert article.metadata_sources["published"] == "byline"


def test_a_modification_date_never_wins() -> None:
    assert _load("jsonld_published_modified.html").published == dt.date(2022, 3, 14)
    assert _load("meta_published_generic_date.html").published == dt.date(2021, 5, 4)


def test_placeholder_authors_become_none_with_a_note() -> None:
    for name, field in (
        ("no_author_placeholder.html", "No Author"),
        ("outlet_month_author.html", "KRVT News February"),
        ("staff_line_and_staff_author.html", "Tribune Staff Reporter"),
        ("utc_stamp_url_day_before.html", "Letters"),
    ):
        article = _load(name)
        assert article.author is None
        notes = " ".join(article.meta["page_notes"])
        assert repr(field) in notes and "names no person" in notes
        assert repr(field) in render_text(build_report(article))


def test_a_staff_line_is_not_the_headline() -> None:
    article = _load("staff_line_and_staff_author.html")
    assert article.title == "Bridge repairs to close River Road for six weeks"
    assert article.headline != "Tribune Staff Reporter"
    assert "Tribune Staff Reporter" not in article.text
    assert any("'Tribune Staff Reporter' is not the headline" in note for note in article.meta["page_notes"])


def test_the_report_prints_where_the_date_came_from() -> None:
    text = render_text(build_report(_load("url_date_canonical.html")))
    assert "Published: 2020-09-15 (source: URL)" in text
    seed = render_text(build_report(ck.load_article()))
    assert "Published: 2011-06-07 (source: sidecar file)" in seed
    data = json.loads(render_json(build_report(_load("dotted_date_only.html"))))
    assert data["article"]["data"]["metadata_sources"]["published"] == "byline"


def test_dropped_boilerplate_is_kept_aside_not_lost() -> None:
    article = _load("promotions_and_pointers.html")
    dropped = article.meta["boilerplate_dropped"]
    assert dropped == (
        "RELATED: What the mayor's budget would cut",
        "Our reporting depends on readers like you. Support local journalism today.",
    )


# ------------------------------------------------------------------ the language note


@pytest.mark.parametrize(("name", "language"), [("spanish_article.html", "Spanish"), ("french_article.html", "French")])
def test_language_note_on_a_spanish_and_a_french_page(name: str, language: str) -> None:
    article = _load(name)
    assert article.language_note == f"This article is in {language}: {NOT_READ_NOTE}."
    assert f"{language}: {NOT_READ_NOTE}" in repr(article)
    assert NOT_READ_NOTE in article._repr_html_()
    with pytest.warns(LanguageWarning, match=NOT_READ_NOTE):
        ck.quotes(article)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # once per article: the timeline does not say it again
        ck.timeline(article)
        sections = build_report(_load(name))  # the report says it in a note line, not a warning
    text = render_text(sections)
    assert f"Note: This article is in {language}: {NOT_READ_NOTE}." in text
    assert NOT_READ_NOTE in render_html(sections, article.title)


def test_timeline_warns_first_when_it_comes_first() -> None:
    article = _load("french_article.html")
    with pytest.warns(LanguageWarning):
        ck.timeline(article)


def test_french_readability_in_the_report_says_why_it_is_not_scored() -> None:
    text = render_text(build_report(_load("french_article.html")))
    assert "Reading level: not available" in text
    assert "Readability reads English and Spanish only, so this French article is not scored." in text


def test_english_pages_carry_no_language_note() -> None:
    article = _load("url_date_canonical.html")
    assert article.language_note is None and NOT_READ_NOTE not in repr(article)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ck.quotes(article)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The mayor said that the council will vote on the plan for the new park, which has been delayed by a "
            "lawsuit from the neighbors who live on the hill.",
            "en",
        ),
        (
            "El alcalde dijo que el consejo votará el plan para el nuevo parque, que ha sido retrasado por una "
            "demanda de los vecinos que viven en la colina.",
            "es",
        ),
        (
            "Le maire a dit que le conseil votera sur le projet du nouveau parc, qui a été retardé par une plainte "
            "des voisins qui habitent sur la colline.",
            "fr",
        ),
        (
            "Der Bürgermeister sagte, dass der Rat über den Plan für den neuen Park abstimmen wird, der durch eine "
            "Klage der Nachbarn auf dem Hügel verzögert wurde.",
            "de",
        ),
        (
            "O prefeito disse que o conselho vai votar o plano para o novo parque, que foi atrasado por uma ação "
            "dos vizinhos que moram na colina.",
            "pt",
        ),
        ("Short text.", "en"),
    ],
)
def test_guess_language_tells_five_languages_apart(text: str, lang: str) -> None:
    assert guess_language(text) == lang


def test_keyword_sidecar_and_front_matter_sources(tmp_path: Path) -> None:
    assert ck.Article.from_text("A story.", published="2020-01-02").metadata_sources["published"] == "keyword argument"
    story = tmp_path / "story.txt"
    story.write_text("Council votes\n\nThe council voted on Monday. It passed.", encoding="utf-8")
    (tmp_path / "story.json").write_text('{"published": "2020-01-02"}', encoding="utf-8")
    article = ck.load_article(story, author="Ana Ruiz")
    assert article.metadata_sources == {
        "title": "text",
        "published": "sidecar file",
        "author": "keyword argument",
        "lang": "language check",
    }
    assert article.with_metadata(published="2021-05-05").metadata_sources["published"] == "keyword argument"
    note = tmp_path / "note.md"
    note.write_text("---\ntitle: A note\n---\nThe council voted on Monday.", encoding="utf-8")
    assert ck.load_article(note).metadata_sources["title"] == "front matter"


# ------------------------------------------------------------------ the pieces


ARTICLE_SENTENCES = [
    "Read the full report, which runs to 200 pages, before the hearing, the mayor urged residents.",
    "More than 300 people attended the meeting on Tuesday.",
    "Copyright law changed in 2023, and artists say the new rules favor large studios.",
    "Subscribers to the water utility will see a higher bill in May, the city said.",
    "If you get an email asking for your password, delete it, the district warned parents.",
    "Click, the company's new app, lets drivers pay for parking by phone.",
    "Watch-dog groups have asked for the minutes of the meeting.",
    "“Sign up for the program before Friday,” said county health director Ana Soto.",
    "UPDATE: The mayor's office said on Friday that the vote will be delayed.",
    "The newsletter, which the campaign sends to 40,000 voters, called the plan a tax increase.",
    "She said cookies baked by the students raised $400 for the library.",
    "We rely on volunteers to count the ballots, said election director Paul Meyer.",
]
BOILERPLATE_LINES = [
    "Read more: The council's budget vote",
    "MORE: Schools reopen on Monday",
    "Related: What the new zoning rules mean",
    "Click here to watch live",
    "Show all 50",
    "Copyright 2023 The Daily Example. All rights reserved.",
    "© 2023 Example Media Group",
    "Get the Tribune Daily Edition",
    "Sign up for our newsletter",
    "This site uses cookies. By continuing to browse, you accept our use of cookies.",
    "Advertisement",
    "Already a subscriber? Log in",
    "Follow us on Facebook and Twitter for the latest news",
]


@pytest.mark.parametrize("sentence", ARTICLE_SENTENCES)
def test_the_filter_never_drops_an_article_sentence(sentence: str) -> None:
    assert not is_boilerplate(sentence)


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_the_filter_drops_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


def test_drop_boilerplate_keeps_lines_unchanged_and_in_order() -> None:
    text = "\n".join([ARTICLE_SENTENCES[1], BOILERPLATE_LINES[0], ARTICLE_SENTENCES[2]])
    kept, dropped = drop_boilerplate(text)
    assert kept == f"{ARTICLE_SENTENCES[1]}\n{ARTICLE_SENTENCES[2]}" and dropped == [BOILERPLATE_LINES[0]]


def test_dates_in_text_and_urls() -> None:
    assert date_in_text("10.06.2013") == dt.date(2013, 6, 10)
    assert date_in_text("Nov. 7, 2023") == date_in_text("7 November 2023") == dt.date(2023, 11, 7)
    assert date_in_text("25/12/2023") == date_in_text("12/25/2023") == dt.date(2023, 12, 25)
    assert date_in_text("10/06/2013") is None  # day or month first: no evidence either way
    assert date_in_url("https://x.example/2023/01/16/letters/") == dt.date(2023, 1, 16)
    assert date_in_url("https://x.example/20200428/story") == dt.date(2020, 4, 28)
    assert date_in_url("https://x.example/news/story-2023-11-07.html") == dt.date(2023, 11, 7)
    assert date_in_url("https://x.example/2023/01/story") is None


def test_publication_date_prefers_a_byline_to_a_guess() -> None:
    import lxml.html

    tree = lxml.html.fromstring("<html><body><p>By Ann Lee | Posted on May 2, 2021</p><p>Text.</p></body></html>")
    assert publication_date(tree, None, "2021-05-09") == (dt.date(2021, 5, 2), "byline")
    updated = lxml.html.fromstring("<html><body><p>Updated: May 9, 2021</p></body></html>")
    assert publication_date(updated, None, "2021-05-01") == (dt.date(2021, 5, 1), "guessed")


@pytest.mark.parametrize(
    ("author", "outlets", "kept"),
    [
        ("Rob Picheta; CNN", ["CNN"], "Rob Picheta"),
        ("No Author", [], None),
        ("CBS News February", ["CBS News"], None),
        ("Deutsche Welle", ["Deutsche Welle (www.dw.com)"], None),
        ("Tribune Staff Reporter", [], None),
        ("June Almeida", [], "June Almeida"),
        ("By Ana Ruiz", [], "Ana Ruiz"),
    ],
)
def test_clean_author(author: str, outlets: list[str], kept: str | None) -> None:
    name, note = clean_author(author, outlets)
    assert name == kept and (note is None) == (kept is not None)


def test_credit_lines() -> None:
    assert is_credit_line("Tribune Staff Reporter") and is_credit_line("From staff reports")
    assert not is_credit_line("Mayor fires city staff") and not is_credit_line("Bridge repairs to close River Road")


@given(st.lists(st.sampled_from([*ARTICLE_SENTENCES, *BOILERPLATE_LINES, "", "  "])) | st.lists(st.text()))
def test_the_filter_only_removes_whole_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    kept, _ = drop_boilerplate(text)
    kept_lines = kept.split("\n") if kept else []
    remaining = iter(text.split("\n"))
    assert all(line in remaining for line in kept_lines)  # whole lines, unchanged, in order
    sentences = [line for line in lines if line in ARTICLE_SENTENCES]
    assert [line for line in kept_lines if line in ARTICLE_SENTENCES] == sentences


def test_site_name_and_date_suffixes_leave_the_title() -> None:
    from civics_kit.webpage import _without_site_suffix

    assert _without_site_suffix("An early harvest | RW | 10.06.2013", ["RW.COM"]) == "An early harvest"
    assert _without_site_suffix("Letters: Roads | Schools", ["Bay Chronicle"]) == "Letters: Roads | Schools"
