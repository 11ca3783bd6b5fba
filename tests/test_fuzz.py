"""Bad days: arbitrary and hostile text through every analysis and the exercise checks.

No exception may escape except the documented typed errors; every offset slices back to its text;
quote shares sum to 1 or the frame is empty.
"""

from __future__ import annotations

import math
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import civics_kit as ck
from civics_kit.errors import CivicsKitWarning

QUOTE_MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", "‹", "›"]
HOSTILE = [
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "שלום",  # Hebrew
    "مرحبا",  # Arabic
    "😀",
    "👩🏽‍⚖️",
    "\x00",
    "\x1b",
    "\r\n",
    "\n\n",
    "\t",
    "\ufeff",
    "said",
    "Mr.",
    "U.S.",
    "...",
    "2011",
    "today",
    "Tuesday",
    "$2008",
    "Parks said",
    ", according to officials.",
]

words = st.sampled_from(
    ["The", "council", "voted", "11-1", "today", "Parks", "said", "she", "told", "reporters", "in", "2008", "."]
)
pieces = st.one_of(st.sampled_from(QUOTE_MARKS), st.sampled_from(HOSTILE), words, st.text(max_size=12))
hostile_text = st.lists(pieces, max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=400), hostile_text)

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans_slice_back(text: str, frame, text_column: str = "text") -> None:
    for row in frame.itertuples():
        start, end = int(row.start), int(row.end)
        assert 0 <= start <= end <= len(text)
        if text_column in frame.columns:
            assert text[start:end] == getattr(row, text_column)


def _quiet(function, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CivicsKitWarning)
        return function(*args, **kwargs)


@FUZZ
@given(any_text)
def test_article_round_trips(text: str) -> None:
    article = ck.Article.from_text(text)
    assert article.text == text
    for span in [*article.paragraphs, *article.sentences]:
        assert text[span.start : span.end] == span.text


@FUZZ
@given(any_text)
def test_readability_never_crashes(text: str) -> None:
    article = ck.Article.from_text(text)  # a bare string such as "a.txt" would name a file (tests/test_inputs.py)
    table = _quiet(ck.readability, article)
    assert list(table["measure"])  # one row per measure, always
    for by in ("paragraph", "sentence"):
        _spans_slice_back(text, _quiet(ck.readability, article, by=by))
    _spans_slice_back(text, _quiet(ck.hardest_sentences, article))


@FUZZ
@given(any_text)
def test_quotes_and_shares(text: str) -> None:
    article = ck.Article.from_text(text)  # a bare string such as "a.txt" would name a file (tests/test_inputs.py)
    found = ck.quotes(article)
    _spans_slice_back(text, found)
    share = ck.quote_share(article)
    assert share.empty or math.isclose(share["share"].sum(), 1.0)
    ck.voices(article)


@FUZZ
@given(any_text, st.sampled_from([None, "2011-06-07", "2090-01-01", "1850-02-28"]))
def test_timeline_never_crashes(text: str, published: str | None) -> None:
    article = ck.Article.from_text(text, published=published)
    _spans_slice_back(text, ck.time_expressions(article))
    _spans_slice_back(text, ck.timeline(article), text_column="expression")
    ck.date_dependent(article)


def test_a_100_kb_paragraph_goes_through_everything() -> None:
    paragraph = ('"We will act," Parks said on Tuesday. The U.S. council voted 11-1 in 2008 ... ' * 1300).strip()
    assert len(paragraph) > 100_000
    article = ck.Article.from_text(paragraph, published="2011-06-07")
    assert not _quiet(ck.reading_level, article).empty
    assert len(ck.quotes(article)) >= 1000
    assert math.isclose(ck.quote_share(article)["share"].sum(), 1.0)
    assert not ck.timeline(article).empty


@pytest.mark.parametrize(
    "value", [None, "", "   ", 42, -1.5, math.nan, math.inf, [], {}, ["a", 1], "😀", b"x", object()]
)
def test_exercise_checks_answer_every_value_with_a_message(value: object) -> None:
    from civics_kit.exercises import ex00

    namespace: dict[str, object] = {}
    exercise_set = ex00
    exercise_set.bind(namespace)
    for question in exercise_set.questions:
        namespace[question.var] = value
        message = question.assess()
        assert str(message).strip()
        question.reset()


@FUZZ
@given(text=any_text, phrase=any_text, after=st.integers(-5, 500))
def test_find_never_fails_except_with_its_typed_errors(text: str, phrase: str, after: int) -> None:
    article = ck.Article.from_text(text)
    try:
        spans = article.find_all(phrase, after=after)
    except ck.InvalidOptionError:
        assert not phrase.split()  # only an empty phrase is refused
        return
    for span in spans:
        assert text[span.start : span.end] == span.text and span.start >= max(after, 0)
        assert article.sentence_at(span.start).start <= span.end
    if not spans:
        with pytest.raises(ck.PhraseNotFoundError):
            article.find(phrase, after=after)
