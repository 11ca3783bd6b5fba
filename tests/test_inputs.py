"""Forgiving inputs: every public analysis and view takes a path string, a Path, an Article or text.

A string that names a file is that file; a one-line string ending in .txt, .md or .html that names
no file is refused with a typed error saying how to pass text; a Path is always a file. And an
Article pickles to an equal object, across processes too.
"""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

import civics_kit as ck
from civics_kit.article import as_article
from civics_kit.errors import ArticleIsDirectoryError, ArticleNotFoundError, ArticleTypeError, CivicsKitError

REPO = Path(__file__).resolve().parents[1]
SEED_PATH = REPO / "seeds" / "000_1fac5e6bc3dcc4cb.txt"
SEED_TEXT = SEED_PATH.read_text(encoding="utf-8")


# Every public analysis and view that reads an article, and how to call it on one.
CALLS = {
    "quotes": ck.quotes,
    "quote_share": ck.quote_share,
    "voices": ck.voices,
    "entities": ck.entities,
    "readability": ck.readability,
    "reading_level": ck.reading_level,
    "text_stats": ck.text_stats,
    "hardest_sentences": ck.hardest_sentences,
    "time_expressions": ck.time_expressions,
    "timeline": ck.timeline,
    "date_dependent": ck.date_dependent,
    "context_timeline": ck.context_timeline,
    "highlight": lambda source: ck.highlight(source, [{"start": 0, "end": 30, "label": "opening"}]),
    "show_quotes": ck.show_quotes,
    "show_hardest": ck.show_hardest,
    "build_report": lambda source: ck.render_text(ck.build_report(source)),
}


def _same(left, right) -> None:
    if isinstance(left, pd.DataFrame):
        pd.testing.assert_frame_equal(left, right)
    elif isinstance(left, str):
        assert left == right
    else:
        assert left.html == right.html and left.text == right.text


def _nonempty(result) -> bool:
    if isinstance(result, pd.DataFrame):
        return not result.empty
    return bool(str(result).strip())


def test_every_public_analysis_and_view_is_covered() -> None:
    """A new public function that takes an article must be added to CALLS."""
    import inspect

    takes_article = {
        name
        for name in ck.__all__
        if inspect.isfunction(getattr(ck, name))
        and next(iter(inspect.signature(getattr(ck, name)).parameters), None) in ("article", "text_or_article")
    }
    assert takes_article == set(CALLS)


@pytest.fixture(scope="module")
def loaded() -> ck.Article:
    return ck.load_article(SEED_PATH)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_path_string_path_and_article_give_the_same_result(
    name: str, loaded: ck.Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    call = CALLS[name]
    expected = call(loaded)
    assert _nonempty(expected), name
    _same(call(str(SEED_PATH)), expected)
    _same(call(SEED_PATH), expected)
    monkeypatch.chdir(REPO)
    _same(call("seeds/000_1fac5e6bc3dcc4cb.txt"), expected)  # the mistake from the issue: a relative path string


@pytest.mark.parametrize("name", sorted(CALLS))
def test_plain_text_is_analysed_as_text(name: str) -> None:
    call = CALLS[name]
    _same(call(SEED_TEXT), call(ck.Article.from_text(SEED_TEXT)))


@pytest.mark.parametrize("name", sorted(CALLS))
@pytest.mark.parametrize("mistake", ["my-article.txt", "notes/draft.md", "Saved Page.HTML"])
def test_a_missing_file_name_is_refused_with_a_way_to_pass_text(name: str, mistake: str) -> None:
    with pytest.raises(ArticleNotFoundError) as caught:
        CALLS[name](mistake)
    assert f"Article.from_text({mistake!r})" in str(caught.value)
    assert isinstance(caught.value, FileNotFoundError) and isinstance(caught.value, CivicsKitError)


def test_a_path_is_always_a_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleNotFoundError):
        ck.reading_level(tmp_path / "The council voted on Tuesday")
    with pytest.raises(ArticleIsDirectoryError):
        ck.quotes(tmp_path)


def test_the_reading_level_of_a_path_string_is_the_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    grade = ck.reading_level("seeds/000_1fac5e6bc3dcc4cb.txt")["grade"].iloc[0]
    assert grade == ck.reading_level(ck.load_article())["grade"].iloc[0] > 10  # not "grade 0.72, K-1"


def test_a_string_naming_a_file_of_any_kind_is_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "story").write_text("The mayor said the plan works.\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("The mayor said the plan works.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert as_article("story.txt").source == "story.txt"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert as_article("~/story.txt").source == "story.txt"
    with pytest.raises(CivicsKitError, match=r"reads \.txt, \.md and \.html"):  # an existing file without a suffix
        as_article("story")
    assert as_article("./").text == "./"  # a folder's name is not an article: it stays text


@pytest.mark.parametrize(
    "text",
    [
        "The council voted 12-1 on Tuesday.",
        "Read the full report.\nIt is posted at example.org/report.html",  # more than one line: text
        "The file is called notes.txt.",  # ends in a full stop, not in .txt
        "",
        "x" * 5000 + ".txt",  # far too long for a file name
        "a\x00b.txt",
    ],
)
def test_text_stays_text(text: str) -> None:
    assert as_article(text).text == text


def test_other_types_get_a_typed_error() -> None:
    with pytest.raises(ArticleTypeError, match=r"Article\.from_text"):
        as_article(b"bytes are not text")
    with pytest.raises(ArticleTypeError):
        ck.quotes(42)


# ---------------------------------------------------------------- pickling


def _articles() -> list[ck.Article]:
    seed = ck.load_article()
    return [
        seed,
        ck.Article.from_text("Just some text.\n\nWith two paragraphs."),
        seed.with_metadata(title="Another title", lang="EN", meta={"note": ["a", "list"]}),
    ]


@pytest.mark.parametrize("article", _articles(), ids=["seed", "text", "with-metadata"])
def test_an_article_pickles_to_an_equal_article(article: ck.Article) -> None:
    assert article.sentences is not None  # computed parts are worked out again, not pickled
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article and copy is not article
    assert copy.text == article.text and copy.title == article.title and copy.lang == article.lang
    assert dict(copy.meta) == dict(article.meta)
    assert copy.sentences == article.sentences and copy.paragraphs == article.paragraphs
    with pytest.raises(TypeError):
        copy.meta["new"] = 1  # still read-only


def test_articles_differ_when_text_or_metadata_differ() -> None:
    seed = ck.load_article()
    assert seed == ck.load_article() and hash(seed) == hash(ck.load_article())
    assert seed != seed.with_metadata(author="Someone Else")
    assert seed != ck.Article.from_text(seed.text)  # same text, no metadata
    assert seed != seed.text


def _summary(article: ck.Article) -> tuple[ck.Article, dict]:
    return article, article.summary()


def test_an_article_survives_a_process_pool_round_trip() -> None:
    articles = _articles()
    with ProcessPoolExecutor(max_workers=2) as pool:
        back = list(pool.map(_summary, articles))
    assert [article for article, _ in back] == articles
    assert [summary for _, summary in back] == [a.summary() for a in articles]
