"""The report on messy, real-world-shaped articles written for the kit (tests/data/messy)."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import pytest

import civics_kit as ck
from civics_kit.errors import DecodingWarning
from civics_kit.report import build_report, render_html, render_json, render_text

MESSY = Path(__file__).parent / "data" / "messy"
FILES = sorted(p for p in MESSY.iterdir() if p.name != "README.md")


def _load(path: Path) -> ck.Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DecodingWarning)
        return ck.load_article(path)


def test_there_are_at_least_ten_messy_inputs() -> None:
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_report_runs_and_says_what_is_missing(path: Path) -> None:
    article = _load(path)
    for span in [*article.paragraphs, *article.sentences]:
        assert article.text[span.start : span.end] == span.text
    sections = build_report(article)
    text, page = render_text(sections), render_html(sections, article.title)
    data = json.loads(render_json(sections))
    assert set(data) == {s.key for s in sections}
    assert page.startswith("<!DOCTYPE html>") and text.strip()
    missing = " ".join(m for s in sections for m in s.missing)
    if article.published is None:
        assert "publication date" in missing
    else:
        assert "publication date" not in missing


def test_saved_web_page_drops_navigation_and_ads() -> None:
    article = _load(MESSY / "saved_web_page.html")
    assert article.title == "Riverside council approves bike lanes"
    assert article.author == "Dana Whitfield" and article.published == dt.date(2019, 9, 18)
    assert "ADVERTISEMENT" not in article.text and "cookies" not in article.text
    assert "38 percent of trips" in article.text


def test_windows_1252_file_warns_and_keeps_crlf() -> None:
    with pytest.warns(DecodingWarning):
        article = ck.load_article(MESSY / "windows_1252_crlf.txt")
    assert "“We had no choice,” said utility manager José Ramírez" in article.text
    assert "\r\n\r\n" in article.text
    assert article.title == "Water rates to rise"


def test_spanish_article_is_recognised() -> None:
    article = _load(MESSY / "articulo_es.txt")
    assert article.lang == "es"
    assert article.paragraphs[0].role == "section" and article.credit == "Foto: Archivo del Diario"
    assert any(s.text.startswith("¿Quién pagará") for s in article.sentences)


def test_shapes_of_plain_text_inputs() -> None:
    assert len(_load(MESSY / "one_line.txt").paragraphs) == 1
    wrapped = _load(MESSY / "hard_wrapped.txt")
    assert len(wrapped.paragraphs) == 2 and len(wrapped.body_sentences) == 4
    transcript = _load(MESSY / "transcript.txt")
    assert len(transcript.paragraphs) == 7
    markdown = _load(MESSY / "markdown_front_matter.md")
    assert markdown.published == dt.date(2023, 4, 22) and markdown.author == "Ravi Menon"
    assert markdown.credit == "*Photo: Northside Student Press*"


def test_english_articles_are_not_taken_for_spanish() -> None:
    for path in FILES:
        if path.name != "articulo_es.txt":
            assert _load(path).lang == "en", path.name
