"""An Article caches its analyses: the work is done once, and the cache never shows or goes stale."""

from __future__ import annotations

import pickle

import pandas as pd
import pytest

import civics_kit as ck
from civics_kit.chronology import events
from civics_kit.quotation import tables

ANALYSES = {
    "quotes": ck.quotes,
    "quote_share": ck.quote_share,
    "voices": ck.voices,
    "timeline": ck.timeline,
    "time_expressions": ck.time_expressions,
    "date_dependent": ck.date_dependent,
    "readability": ck.readability,
    "hardest_sentences": ck.hardest_sentences,
}


def _fresh() -> ck.Article:
    return ck.load_article()


@pytest.mark.parametrize("name", sorted(ANALYSES))
def test_same_result_with_and_without_the_cache(name: str) -> None:
    analyse = ANALYSES[name]
    article = _fresh()
    first = analyse(article)  # fills the cache
    second = analyse(article)  # from the cache
    pd.testing.assert_frame_equal(first, second, check_exact=True)
    pd.testing.assert_frame_equal(second, analyse(_fresh()), check_exact=True)  # a new article: no cache
    assert first is not second


def test_the_work_is_done_once_for_quotes_share_voices_and_the_report(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"quotation": 0, "timeline": 0}
    decide, records = tables._decide, events._records

    def counting_decide(article: ck.Article):  # type: ignore[no-untyped-def]
        calls["quotation"] += 1
        return decide(article)

    def counting_records(article: ck.Article, reference):  # type: ignore[no-untyped-def]
        calls["timeline"] += 1
        return records(article, reference)

    monkeypatch.setattr(tables, "_decide", counting_decide)
    monkeypatch.setattr(events, "_records", counting_records)
    article = _fresh()
    ck.quotes(article), ck.quote_share(article), ck.voices(article), ck.entities(article)
    ck.timeline(article), ck.build_report(article)
    assert calls == {"quotation": 1, "timeline": 1}


def test_a_mutated_frame_does_not_corrupt_the_cache() -> None:
    article = _fresh()
    for name, analyse in ANALYSES.items():
        expected = analyse(_fresh())
        frame = analyse(article)
        frame.iloc[:, 0] = frame.iloc[::-1, 0].to_numpy()  # the caller changes what it was given ...
        frame[frame.columns[-1]] = "changed"
        frame.attrs["published"] = "changed"
        pd.testing.assert_frame_equal(analyse(article), expected, check_exact=True, obj=name)  # ... not the cache
    share = ck.quote_share(article)
    share.loc[0, "speaker"] = "Somebody Else"
    assert ck.quote_share(article).loc[0, "speaker"] == "Bernard Parks"


def test_changing_the_publication_date_recomputes_what_depends_on_it() -> None:
    article = _fresh()
    before = ck.timeline(article)
    today = before.loc[before["expression"] == "today", "date"].iloc[0]
    assert str(today.date()) == "2011-06-07"
    article.published = "2012-01-10"  # a string is read as a date, as the constructor reads it
    assert article.published.isoformat() == "2012-01-10"
    after = ck.timeline(article)
    assert str(after.loc[after["expression"] == "today", "date"].iloc[0].date()) == "2012-01-10"
    pd.testing.assert_frame_equal(after, ck.timeline(_fresh().with_metadata(published="2012-01-10")))
    assert after.attrs["published"] == "2012-01-10"
    assert ck.date_dependent(article).loc[0, "resolves_to"] == "10 January 2012"
    article.published = None
    assert ck.timeline(article).attrs["published"] is None
    with pytest.raises(ck.InvalidDateError):
        article.published = "next week"


def test_a_teachers_correction_is_never_hidden_by_the_cache() -> None:
    article = _fresh()
    found = ck.quotes(article)
    row = found[found["kind"] == "direct"].index[0]
    opening = " ".join(found.loc[row, "text"].split()[:4])
    assert found.loc[row, "speaker"] != "A Teacher's Choice"
    corrected = article.with_metadata(quote_speakers={opening: "A Teacher's Choice"})
    assert ck.quotes(corrected).loc[row, "speaker"] == "A Teacher's Choice"
    article.meta = corrected.meta  # the same article, its metadata replaced
    assert ck.quotes(article).loc[row, "speaker"] == "A Teacher's Choice"


def test_the_cache_is_not_pickled_compared_or_shown() -> None:
    article, untouched = _fresh(), _fresh()
    empty_pickle, text = pickle.dumps(article), repr(article)
    ck.build_report(article)
    ck.timeline(article, published="2011-06-08")
    assert "_analyses" in vars(article)  # the cache is there ...
    assert pickle.dumps(article) == empty_pickle  # ... but not in the pickle
    restored = pickle.loads(pickle.dumps(article))
    assert "_analyses" not in vars(restored)
    assert restored == article == untouched and repr(article) == text
    pd.testing.assert_frame_equal(ck.quotes(restored), ck.quotes(article))
