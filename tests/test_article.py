"""The Article model: loading, roles, offsets and bad input."""

from __future__ import annotations

import datetime as dt
import sys
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import civics_kit as ck
from civics_kit.errors import (
    ArticleIsDirectoryError,
    ArticleNotFoundError,
    ArticleTypeError,
    BinaryFileError,
    CivicsKitError,
    DecodingWarning,
    EmptyArticleError,
    InvalidDateError,
    MissingExtraError,
    UnsupportedFormatError,
)

REPO = Path(__file__).resolve().parents[1]
SEED_FILE = REPO / "seeds" / "000_1fac5e6bc3dcc4cb.txt"


@pytest.fixture(scope="module")
def seed() -> ck.Article:
    return ck.load_article()


# ------------------------------------------------------------------ the seed


def test_seed_text_is_the_file_exactly(seed: ck.Article) -> None:
    assert seed.text == SEED_FILE.read_bytes().decode("utf-8")


def test_seed_metadata(seed: ck.Article) -> None:
    assert seed.published == dt.date(2011, 6, 7)
    assert seed.title == "L.A. votes to support a Secure Communities opt-out"
    assert seed.outlet.startswith("KPCC")
    assert seed.author == "Leslie Berestein Rojas"
    assert seed.meta["author_inferred"] is True
    assert "not been verified" in seed.meta["licence"]


def test_seed_header_lines_are_recognised(seed: ck.Article) -> None:
    roles = [p.role for p in seed.paragraphs]
    assert roles[:3] == ["section", "headline", "credit"]
    assert seed.section.startswith("Multi-American |")
    assert seed.credit == "Photo by Chad Miller/Flickr (Creative Commons)"
    assert seed.body.startswith("Los Angeles city leaders")
    assert seed.body.endswith("immigrant communities.")
    assert seed.text[seed.body_start :].rstrip() == seed.body


def test_seed_excerpt_from_city_news_service(seed: ck.Article) -> None:
    intro = [p for p in seed.paragraphs if p.role == "excerpt-intro"]
    assert len(intro) == 1 and intro[0].text.endswith("From the story:")
    (excerpt,) = seed.excerpts
    assert excerpt.source == "City News Service"
    assert excerpt.text.startswith("City Councilman Bernard Parks")
    assert excerpt.text.endswith('to report crimes."')


def test_seed_sentences(seed: ck.Article) -> None:
    texts = [s.text for s in seed.body_sentences]
    assert texts[0].startswith("Los Angeles city leaders")
    assert "The bill recently cleared the state Assembly and goes to the Senate next." in texts
    assert "From the story:" in texts
    # "L.A." and "..." must not end sentences.
    assert seed.sentences[1].text == "L.A. votes to support a Secure Communities opt-out"
    assert any("for the LAPD ... finding ways" in t for t in texts)
    assert len(texts) == 19


def test_offsets_slice_back(seed: ck.Article) -> None:
    for span in [*seed.paragraphs, *seed.sentences, *seed.excerpts]:
        assert seed.text[span.start : span.end] == span.text


def test_summary_and_reprs(seed: ck.Article) -> None:
    summary = seed.summary()
    assert summary["words"] == seed.word_count > 450
    assert summary["paragraphs"] == 10
    assert "2011-06-07" in repr(seed)
    page = seed._repr_html_()
    assert "L.A. votes to support" in page and "7 June 2011" in page and "(inferred)" in page
    assert "/work" not in page and str(REPO) not in page


# ------------------------------------------------------------------ from_text


@given(st.text())
def test_any_string_round_trips_and_spans_slice_back(text: str) -> None:
    article = ck.Article.from_text(text)
    assert article.text == text
    for span in [*article.paragraphs, *article.sentences, *article.excerpts]:
        assert text[span.start : span.end] == span.text
        assert span.text.strip() == span.text != ""
    assert article.body == "" or article.body in text
    repr(article)
    article._repr_html_()
    article.summary()


def test_empty_text_is_an_article() -> None:
    article = ck.Article.from_text("")
    assert article.paragraphs == [] and article.sentences == [] and article.word_count == 0
    assert article.title is None and article.body == ""


def test_published_accepts_date_and_iso_string() -> None:
    assert ck.Article.from_text("x", published="2011-06-07").published == dt.date(2011, 6, 7)
    assert ck.Article.from_text("x", published=dt.date(2011, 6, 7)).published == dt.date(2011, 6, 7)
    assert ck.Article.from_text("x", published=dt.datetime(2011, 6, 7, 15, 0)).published == dt.date(2011, 6, 7)


def test_invalid_published_says_what_format() -> None:
    with pytest.raises(InvalidDateError, match="YYYY-MM-DD"):
        ck.Article.from_text("x", published="7 June")
    with pytest.raises(ValueError):
        ck.Article.from_text("x", published="2011-02-30")


def test_non_string_text_is_a_typed_error() -> None:
    with pytest.raises(ArticleTypeError, match="decode"):
        ck.Article.from_text(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ck.Article.from_text(42)  # type: ignore[arg-type]


def test_single_newline_paragraphs_and_hard_wrapped_text() -> None:
    lines = "Headline here\nFirst paragraph is a sentence.\nSecond paragraph too."
    assert [p.text for p in ck.Article.from_text(lines).paragraphs] == lines.split("\n")
    wrapped = (
        "The council met on Tuesday and voted to support a bill that would\n"
        "let cities leave a federal program, a move that critics called\n"
        "symbolic because states, not cities, sign the agreements with\n"
        "the federal government.\n"
    )
    assert len(ck.Article.from_text(wrapped).paragraphs) == 1


def test_generic_header_detection() -> None:
    text = "City passes budget\n\nBy Ana Ruiz\n\nThe city council passed its budget on Monday. It was close."
    article = ck.Article.from_text(text)
    assert [p.role for p in article.paragraphs] == ["headline", "byline", "body"]
    assert article.title == "City passes budget"


def test_body_paragraph_is_not_taken_for_a_headline() -> None:
    article = ck.Article.from_text("The council met today. It voted 11-1.")
    assert [p.role for p in article.paragraphs] == ["body"]
    assert article.title is None
    two_questions = ck.Article.from_text("Who pays for the park? Nobody knows yet?\n\nThe council met.")
    assert [p.role for p in two_questions.paragraphs] == ["body", "body"]


# ------------------------------------------------------------------ loading files


def test_load_from_another_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert ck.load_article().text == SEED_FILE.read_text(encoding="utf-8")
    assert ck.load_article("000_1fac5e6bc3dcc4cb").source == "000_1fac5e6bc3dcc4cb.txt"


def test_keyword_metadata_overrides_the_file() -> None:
    article = ck.load_article(published="2020-01-02", title="Other")
    assert article.published == dt.date(2020, 1, 2) and article.title == "Other"
    assert article.outlet.startswith("KPCC")


def test_unknown_keyword_suggests_the_right_one() -> None:
    with pytest.raises(ArticleTypeError, match="published"):
        ck.load_article(publish="2011-06-07")


def test_crlf_and_bom_are_kept_and_dropped(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\r\n\r\nFirst sentence. Second one.\r\n\r\nLast paragraph.\r\n")
    article = ck.load_article(path)
    assert article.text == "Headline\r\n\r\nFirst sentence. Second one.\r\n\r\nLast paragraph.\r\n"
    assert [p.text for p in article.paragraphs] == ["Headline", "First sentence. Second one.", "Last paragraph."]
    assert [s.text for s in article.body_sentences] == ["First sentence.", "Second one.", "Last paragraph."]


def test_windows_1252_loads_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes("“Quoted,” she said – café.".encode("cp1252"))
    with pytest.warns(DecodingWarning, match="Windows-1252"):
        article = ck.load_article(path)
    assert article.text == "“Quoted,” she said – café."


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "---\ntitle: A test story\npublished: 2012-03-04\nauthor: Ana Ruiz\noutlet: Test Daily\n---\n"
        "# A test story\n\nThe council voted on Monday. It passed.\n",
        encoding="utf-8",
    )
    article = ck.load_article(path)
    assert article.title == "A test story" and article.author == "Ana Ruiz"
    assert article.published == dt.date(2012, 3, 4)
    assert article.text.startswith("---\n")
    assert [p.role for p in article.paragraphs] == ["front-matter", "headline", "body"]
    assert article.body == "The council voted on Monday. It passed."


def test_html_page_through_trafilatura(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", reason="the 'html' extra is not installed")
    body = " ".join(f"<p>The council met on Monday and voted on item number {i} of its agenda.</p>" for i in range(8))
    page = (
        "<html><head><title>Council votes | Test Daily</title>"
        "<meta name='author' content='Ana Ruiz'><meta property='article:published_time' content='2012-03-04'>"
        f"</head><body><nav><a href='/'>Home</a> <a href='/x'>Sports</a></nav><article><h1>Council votes</h1>"
        f"{body}</article><footer>Subscribe now! Ads here.</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = ck.load_article(path)
    assert "item number 3" in article.text
    assert "Subscribe" not in article.text
    assert article.author == "Ana Ruiz"
    assert article.published == dt.date(2012, 3, 4)


def test_html_without_trafilatura_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>Hi.</p></body></html>", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(MissingExtraError, match=r"civics_kit\[html\]"):
        ck.load_article(path)


@pytest.mark.parametrize(
    ("make", "error", "builtin", "words"),
    [
        (lambda d: d / "missing.txt", ArticleNotFoundError, FileNotFoundError, "missing.txt"),
        (lambda d: d, ArticleIsDirectoryError, IsADirectoryError, "folder"),
        (lambda d: _write(d / "empty.txt", b""), EmptyArticleError, ValueError, "empty"),
        (lambda d: _write(d / "blank.txt", b"  \n\t\n"), EmptyArticleError, ValueError, "empty"),
        (lambda d: _write(d / "doc.txt", b"%PDF-1.4\x00\x01"), BinaryFileError, ValueError, "not a text file"),
        (lambda d: _write(d / "img.txt", b"ab\x00cd" * 10), BinaryFileError, ValueError, "not a text file"),
        (lambda d: _write(d / "story.pdf", b"text"), UnsupportedFormatError, ValueError, ".txt"),
    ],
)
def test_bad_files_raise_typed_errors(tmp_path: Path, make, error, builtin, words) -> None:
    path = make(tmp_path)
    with pytest.raises(error, match=words) as caught:
        ck.load_article(path)
    assert isinstance(caught.value, builtin) and isinstance(caught.value, CivicsKitError)


def test_text_given_as_a_path_gets_a_hint() -> None:
    with pytest.raises(ArticleNotFoundError, match="from_text"):
        ck.load_article("The council met.\nIt voted.")


def test_wrong_type_gets_a_hint() -> None:
    with pytest.raises(ArticleTypeError, match="from_text"):
        ck.load_article(123)  # type: ignore[arg-type]


def test_as_article_accepts_text_and_articles(seed: ck.Article) -> None:
    assert ck.as_article(seed) is seed
    assert ck.as_article("Some text.").text == "Some text."
    assert ck.as_article(SEED_FILE).text == seed.text
    with pytest.raises(ArticleTypeError):
        ck.as_article(None)  # type: ignore[arg-type]


def test_no_warning_on_clean_input() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ck.load_article()
        ck.load_article(SEED_FILE)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
