"""Finding evidence: Article.find, find_all and sentence_at forgive how a student types, never what the text says."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import civics_kit as ck

TEXT = (
    "Budget Day\n\n"
    "The City\nCouncil voted 9-4 on Tuesday to keep the library’s Sunday hours. "
    "“We heard you,” said Councilmember Ana Ruiz.\n\n"
    "The LAPD was not part of the vote. The council will vote again in May."
)
ARTICLE = ck.Article.from_text(TEXT)


def test_find_returns_the_articles_own_words_and_offsets():
    span = ARTICLE.find("the city council")
    assert span.text == "The City\nCouncil"
    assert TEXT[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("typed", "in_text"),
    [
        ("library's Sunday hours", "library’s Sunday hours"),  # straight apostrophe, curly in the text
        ('"We heard you," said', "“We heard you,” said"),  # straight quotes, curly in the text
        ("voted 9–4", "voted 9-4"),  # a dash for a hyphen
        ("ANA   RUIZ", "Ana Ruiz"),  # capitals and extra spaces
    ],
)
def test_find_forgives_typing_differences(typed, in_text):
    assert ARTICLE.find(typed).text == in_text


def test_find_matches_whole_words_only():
    with pytest.raises(ck.PhraseNotFoundError):
        ARTICLE.find("LA")  # only inside "LAPD"
    assert ARTICLE.find("LAPD").text == "LAPD"


def test_find_after_and_find_all_walk_through_every_occurrence():
    every = ARTICLE.find_all("vote")
    assert [TEXT[s.start : s.end].lower() for s in every] == ["vote", "vote"]
    assert ARTICLE.find("vote", after=every[0].end) == every[1]
    assert ARTICLE.find_all("vote", after=every[1].end) == []
    assert ARTICLE.find_all("voted") == [ARTICLE.find("voted")]


def test_a_missing_phrase_is_a_clear_value_error_that_points_at_the_closest_sentence():
    with pytest.raises(ValueError, match="closest sentence is") as caught:
        ARTICLE.find("the council voted 10-3 on Tuesday")
    assert isinstance(caught.value, ck.CivicsKitError)
    assert "Council voted 9-4" in str(caught.value)
    with pytest.raises(ck.PhraseNotFoundError, match="not in the article") as caught:
        ARTICLE.find("zebras")  # no sentence shares its words: no suggestion
    assert "closest" not in str(caught.value)


@pytest.mark.parametrize(("phrase", "error"), [("", ck.InvalidOptionError), ("   ", ck.InvalidOptionError)])
def test_an_empty_phrase_says_what_to_give(phrase, error):
    with pytest.raises(error, match="empty"):
        ARTICLE.find(phrase)


def test_wrong_types_get_typed_errors():
    with pytest.raises(ck.ArticleTypeError):
        ARTICLE.find(42)
    with pytest.raises(ck.ArticleTypeError):
        ARTICLE.find("vote", after="start")
    with pytest.raises(ck.ArticleTypeError):
        ARTICLE.sentence_at(2.5)


def test_positions_from_a_dataframe_row_work():
    import numpy as np

    span = ARTICLE.find("vote")
    assert ARTICLE.find("vote", after=np.int64(span.end)) == ARTICLE.find_all("vote")[1]
    assert ARTICLE.sentence_at(np.int64(span.start)) == ARTICLE.sentence_at(span.start)
    with pytest.raises(ck.ArticleTypeError):
        ARTICLE.sentence_at(True)


def test_sentence_at_gives_the_sentence_holding_a_position():
    span = ARTICLE.find("Ana Ruiz")
    sentence = ARTICLE.sentence_at(span.start)
    assert sentence.start <= span.start < sentence.end and "We heard you" in sentence.text
    gap = ARTICLE.find("The LAPD").start - 1  # the blank line before a paragraph: the next sentence
    assert ARTICLE.sentence_at(gap).text.startswith("The LAPD")
    for bad in (-1, len(TEXT)):
        with pytest.raises(ck.InvalidOptionError, match="outside"):
            ARTICLE.sentence_at(bad)
    with pytest.raises(ck.InvalidOptionError, match="no sentences"):
        ck.Article.from_text("  \n ").sentence_at(0)


def test_the_seed_claim_lesson_04_traces():
    seed = ck.load_article()
    claim = seed.find("nearly 70 percent")
    assert seed.text[claim.start : claim.end] == "nearly 70 percent"
    assert "chief legislative analyst" in seed.sentence_at(claim.start).text


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_stretch_of_words_is_found_at_or_before_where_it_was_taken(data):
    """Take whole words from the text; find gives a span whose text is the article's and starts no later."""
    words = [m for m in ck.article._WORD.finditer(TEXT)]
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, min(first + 6, len(words) - 1)))
    start, end = words[first].start(), words[last].end()
    span = ARTICLE.find(TEXT[start:end])
    assert TEXT[span.start : span.end] == span.text
    assert span.start <= start
