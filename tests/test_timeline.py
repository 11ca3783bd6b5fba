"""Tests for the timeline: time expressions, the timeline, the stale-news check, the context and the plot."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import civics_kit as ck
from civics_kit.chronology import (
    CONTEXT_COLUMNS,
    TIMELINE_COLUMNS,
    TIMEX_COLUMNS,
    context_timeline,
    date_dependent,
    period_of,
    time_expressions,
    timeline,
)

PUBLISHED = "2011-06-07"  # a Tuesday, the seed's publication date
SEED_GOLD = Path(__file__).parent / "data" / "seed_gold.json"

# (sentence, the expression's words, TIMEX3 type, value), all resolved against Tuesday 7 June 2011.
CASES = [
    # the examples of issue 5
    ("The City Council voted 11-1 today to support the bill.", "today", "DATE", "2011-06-07"),
    ("This afternoon, a news service reported the finding.", "This afternoon", "TIME", "2011-06-07TAF"),
    ("The program began rolling out in 2008.", "2008", "DATE", "2008"),
    ("That is a 40-year journey for the department.", "40-year", "DURATION", "P40Y"),
    ("The bill recently cleared the state Assembly.", "recently", "DATE", "PAST_REF"),
    ("In recent weeks and days, three governors acted.", "recent weeks and days", "DATE", "PAST_REF"),
    ("As at present, towns can't choose to leave.", "present", "DATE", "PRESENT_REF"),
    ("The board met Tuesday to discuss the plan.", "Tuesday", "DATE", "2011-06-07"),
    ("The report came out last week.", "last week", "DATE", "2011-W22"),
    ("The hearing is set for next month.", "next month", "DATE", "2011-07"),
    ("The first vote was taken on March 22.", "March 22", "DATE", "2011-03-22"),
    ("Crime was lower in the 1990s than now.", "the 1990s", "DATE", "199"),
    ("The budget for fiscal 2012 is not final.", "fiscal 2012", "DATE", "2012"),
    ("Arrests fell over the past three years.", "the past three years", "DURATION", "P3Y"),
    ("The committee meets every Tuesday at the library.", "every Tuesday", "SET", "XXXX-WXX-2"),
    # deictic days and parts of days
    ("The mayor resigned yesterday.", "yesterday", "DATE", "2011-06-06"),
    ("The results are due tomorrow.", "tomorrow", "DATE", "2011-06-08"),
    ("Police made two arrests last night.", "last night", "TIME", "2011-06-06TNI"),
    ("The chief spoke this morning.", "this morning", "TIME", "2011-06-07TMO"),
    ("The council will meet Thursday.", "Thursday", "DATE", "2011-06-09"),
    ("The council met Thursday.", "Thursday", "DATE", "2011-06-02"),
    ("The talks ended last Friday.", "last Friday", "DATE", "2011-06-03"),
    ("The senators will vote next Monday.", "next Monday", "DATE", "2011-06-13"),
    # explicit dates
    ("The law was signed on June 7, 2011, in Sacramento.", "June 7, 2011", "DATE", "2011-06-07"),
    ("The law was signed on 7 June 2011 in Sacramento.", "7 June 2011", "DATE", "2011-06-07"),
    ("The file is dated 2011-06-07.", "2011-06-07", "DATE", "2011-06-07"),
    ("The form is dated 6/7/2011.", "6/7/2011", "DATE", "2011-06-07"),
    ("The program expanded in June 2011.", "June 2011", "DATE", "2011-06"),
    ("The order was issued on Oct. 5, 2013.", "Oct. 5, 2013", "DATE", "2013-10-05"),
    ("He was born in 1979.", "1979", "DATE", "1979"),
    # relative years, months, weeks
    ("The state passed a law last year.", "last year", "DATE", "2010"),
    ("The city will hire more officers this year.", "this year", "DATE", "2011"),
    ("Elections are planned for next year.", "next year", "DATE", "2012"),
    ("The agency opened two years ago.", "two years ago", "DATE", "2009"),
    ("The letter arrived five days ago.", "five days ago", "DATE", "2011-06-02"),
    ("The study began three weeks ago.", "three weeks ago", "DATE", "2011-W20"),
    ("The office moved earlier this month.", "earlier this month", "DATE", "2011-06"),
    ("The deal collapsed late last week.", "late last week", "DATE", "2011-W22"),
    ("Rents rose in mid-2010.", "mid-2010", "DATE", "2010"),
    ("Sales were weak in early 2009.", "early 2009", "DATE", "2009"),
    ("Profits fell in the third quarter.", "the third quarter", "DATE", "2010-Q3"),
    ("Profits rose in the first half of 2010.", "the first half of 2010", "DATE", "2010-H1"),
    # seasons, decades, centuries, holidays
    ("The bill stalled last fall.", "last fall", "DATE", "2010-FA"),
    ("Construction starts this summer.", "this summer", "DATE", "2011-SU"),
    ("Floods hit the valley in the summer of 2010.", "the summer of 2010", "DATE", "2010-SU"),
    ("Such rules were common in the late 1970s.", "the late 1970s", "DATE", "197"),
    ("The law dates from the 20th century.", "the 20th century", "DATE", "19"),
    ("The shelter opened on Christmas.", "Christmas", "DATE", "2010-12-25"),
    ("The parade will be held on Thanksgiving.", "Thanksgiving", "DATE", "2011-11-24"),
    # clock times
    ("The meeting started at 10:30 a.m. in City Hall.", "10:30 a.m.", "TIME", "2011-06-07T10:30"),
    ("The council will vote at noon Friday.", "noon Friday", "TIME", "2011-06-10T12:00"),
    # durations
    ("The program ran for six months.", "six months", "DURATION", "P6M"),
    ("The strike lasted two hours.", "two hours", "DURATION", "PT2H"),
    ("The road was closed for a week.", "a week", "DURATION", "P1W"),
    ("Residents waited for years.", "years", "DURATION", "PXY"),
    ("The audit covered the next two years.", "the next two years", "DURATION", "P2Y"),
    ("It was a 10-day trial.", "10-day", "DURATION", "P10D"),
    ("The vote came barely a month after the hearing.", "a month", "DURATION", "P1M"),
    ("Sales rose in the year ended March 31.", "the year", "DURATION", "P1Y"),
    ("The deal closed a week or so ago.", "a week or so ago", "DATE", "2011-W22"),
    # sets and vague references
    ("The paper is printed daily.", "daily", "SET", "P1D"),
    ("The board reports every month.", "every month", "SET", "P1M"),
    ("Fees are reviewed annually.", "annually", "SET", "P1Y"),
    ("Officers are now required to file reports.", "now", "DATE", "PRESENT_REF"),
    ("The county currently has no such rule.", "currently", "DATE", "PRESENT_REF"),
    ("Voters may decide in the future.", "the future", "DATE", "FUTURE_REF"),
    ("Rules like this were tried in the past.", "the past", "DATE", "PAST_REF"),
]


def _only(sentence: str, words: str, published: str | None = PUBLISHED) -> pd.Series:
    found = time_expressions(sentence, published=published)
    rows = found[found["text"] == words]
    assert len(rows) == 1, f"{words!r} not found once in {sentence!r}: {found[['text', 'value']].to_dict('records')}"
    return rows.iloc[0]


def test_there_are_over_fifty_cases():
    assert len(CASES) >= 50


@pytest.mark.parametrize(("sentence", "words", "kind", "value"), CASES, ids=[c[1] for c in CASES])
def test_expression_value(sentence, words, kind, value):
    row = _only(sentence, words)
    assert (row["type"], row["value"]) == (kind, value)
    assert sentence[row["start"] : row["end"]] == words


def test_two_days_later_counts_from_the_last_date_mentioned():
    text = "The vote was held on March 22. Two days later, the mayor resigned. The next day, he left town."
    found = time_expressions(text, published=PUBLISHED).set_index("text")["value"]
    assert found["March 22"] == "2011-03-22"
    assert found["Two days later"] == "2011-03-24"
    assert found["The next day"] == "2011-03-25"


def test_a_year_ago_next_to_a_quarter_is_that_quarter_a_year_before():
    text = "Profit rose in the third quarter, compared with a loss a year ago."
    found = time_expressions(text, published="1989-11-02").set_index("text")["value"]
    assert found["the third quarter"] == "1989-Q3"
    assert found["a year ago"] == "1988-Q3"


# ---------------------------------------------------------------- the seed


def _seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


def test_seed_gold_timexes_exactly():
    article = ck.load_article()
    gold = _seed_gold()
    found = time_expressions(article)
    got = [(r.start, r.end, r.type, r.value) for r in found.itertuples()]
    want = [(t["start"], t["end"], t["type"], t["value"]) for t in gold["timexes"]]
    assert got == want


def test_seed_gold_timexes_against_the_gold_publication_date_given_explicitly():
    gold = _seed_gold()
    text = ck.load_article().text
    found = time_expressions(text, published=gold["published"])
    assert [(r.text, r.value) for r in found.itertuples()] == [(t["text"], t["value"]) for t in gold["timexes"]]


def test_seed_timeline_events_and_order():
    events = timeline(ck.load_article())
    assert list(events.columns) == list(TIMELINE_COLUMNS)
    assert events["date"].is_monotonic_increasing
    labels = dict(zip(events["expression"], events["event"], strict=False))
    assert labels["today"] == "City Council voted 11-1"
    assert labels["2008"] == "Secure Communities began rolling out"
    assert labels["This afternoon"] == "City News Service reported"
    future = events[events["value"] == "FUTURE_REF"]
    assert list(future["expression"]) == ["next"]
    assert "Senate" in future["event"].iloc[0]
    assert future["date"].iloc[0] == pd.Timestamp(PUBLISHED)
    vague = events[events["precision"] == "vague"]
    assert vague["approximate"].all()
    past = events[events["value"] == "PAST_REF"]
    assert (past["date_end"] == pd.Timestamp(PUBLISHED)).all() and (past["date"] < pd.Timestamp(PUBLISHED)).all()
    assert not events[events["precision"] != "vague"]["approximate"].any()


def test_event_labels_on_written_sentences():
    text = (
        "In 2009, the county board approved the plan. The mayor, who took office in January, said taxes would rise. "
        "Voters rejected the measure on Nov. 2, 2010, by a wide margin. The school, which opened in the 1990s, "
        "will close in June. Last week the governor signed the law that bans smoking in parks."
    )
    events = timeline(ck.Article.from_text(text, published=PUBLISHED))
    labels = dict(zip(events["expression"], events["event"], strict=True))
    assert labels == {
        "the 1990s": "School opened",
        "2009": "County board approved the plan",
        "Nov. 2, 2010": "Voters rejected the measure",
        "January": "Mayor took office",
        "Last week": "Governor signed the law",
        "June": "School will close",
    }
    assert list(events["expression"]) == ["the 1990s", "2009", "Nov. 2, 2010", "January", "Last week", "June"]


def test_future_the_text_points_to():
    text = "The Senate will vote on the bill. The measure is expected to pass. The county will meet Tuesday."
    article = ck.Article.from_text(text, published=PUBLISHED)
    future = timeline(article)
    future = future[future["value"] == "FUTURE_REF"]
    assert list(future["event"]) == ["Senate will vote", "Measure is expected to pass"]
    assert (future["date"] == pd.Timestamp(PUBLISHED)).all() and future["approximate"].all()
    assert "Tuesday" in set(date_dependent(article)["expression"])


def test_seed_timeline_leaves_out_durations():
    events = timeline(ck.load_article())
    assert "40-year" not in set(events["expression"])


def test_every_offset_slices_back_on_the_seed():
    article = ck.load_article()
    for frame, column in ((time_expressions(article), "text"), (timeline(article), "expression")):
        for row in frame.itertuples():
            assert article.text[row.start : row.end] == getattr(row, column)
    for row in date_dependent(article, context_timeline(article)).itertuples():
        assert article.text[row.start : row.end] == row.expression
        assert article.text[row.start : row.end] in row.sentence


def test_seed_date_dependent_sentences():
    article = ck.load_article()
    dependent = date_dependent(article, context_timeline(article))
    expressions = list(dependent["expression"])
    for words in ("today", "present", "next", "recently", "This afternoon"):
        assert words in expressions
    assert "2008" not in expressions and "40-year" not in expressions
    today = dependent[dependent["expression"] == "today"].iloc[0]
    assert today["resolves_to"] == "7 June 2011"
    senate = dependent[dependent["expression"] == "next"].iloc[0]
    assert "vetoes AB 1081" in senate["later"] and senate["stale"]
    present = dependent[dependent["expression"] == "present"].iloc[0]
    assert "2014-11-20" in present["later"]


def test_date_dependent_without_context_says_nothing_about_later():
    dependent = date_dependent(ck.load_article())
    assert (dependent["later"] == "").all()
    assert dependent["stale"].isna().all()


# ---------------------------------------------------------------- context


def test_seed_context_timeline():
    context = context_timeline(ck.load_article())
    assert list(context.columns) == [*CONTEXT_COLUMNS[:6], "keywords", *CONTEXT_COLUMNS[6:]]
    assert set(context["confidence"]) <= {"High", "Medium"}
    assert set(context["side"]) == {"federal", "state", "city"}
    assert context["date"].is_monotonic_increasing
    assert context["source_url"].str.startswith("http").all()
    dates = set(context["date"].dt.strftime("%Y-%m-%d"))
    for required in (
        "2011-08-05",  # ICE voids the state agreements
        "2014-11-20",  # Johnson memo
        "2015-07-02",  # PEP
        "2017-01-25",  # EO 13768
        "2021-01-20",  # revocation
        "2011-05-26",  # AB 1081 passes the Assembly
        "2012-09-30",  # AB 1081 vetoed
        "2013-10-05",  # TRUST Act signed
        "2017-10-05",  # SB 54 signed
        "1979-01-01",  # Special Order 40
        "2011-06-02",  # Beck on Patt Morrison
        "2011-06-01",  # Cuomo
    ):
        assert required in dates, required


def test_context_never_uses_recalled_dates():
    dates = set(context_timeline(ck.load_article())["date"].dt.strftime("%Y-%m-%d"))
    for recalled in ("2008-10-27", "2013-01-22", "1979-11-27", "2012-12-04"):
        assert recalled not in dates


def test_context_found_by_url_and_empty_for_other_articles():
    seed = ck.load_article()
    by_url = ck.Article.from_text("Some text.", url=seed.url)
    assert len(context_timeline(by_url)) == len(context_timeline(seed))
    other = context_timeline("A council met on Tuesday.")
    assert other.empty
    assert list(other.columns) == list(context_timeline(seed).columns)


# ---------------------------------------------------------------- bad input


def test_no_dates_gives_empty_frames_with_columns():
    text = "The council discussed the budget and the parks."
    assert time_expressions(text, published=PUBLISHED).empty
    assert list(time_expressions(text).columns) == list(TIMEX_COLUMNS)
    assert list(timeline(text).columns) == list(TIMELINE_COLUMNS)
    assert timeline(text).empty and date_dependent(text).empty


def test_empty_text():
    assert time_expressions("").empty and timeline("").empty


@pytest.mark.parametrize(
    "sentence",
    [
        "The fund holds $2008 in cash.",
        "The measure got 2008 votes in the district.",
        "The hearing is in Room 2008 of City Hall.",
        "Call extension 2008 for help.",
        "The vote was 2008-1 in the end.",
        "The town has 2,008 residents.",
    ],
)
def test_numbers_that_are_not_years(sentence):
    assert time_expressions(sentence, published=PUBLISHED).empty
    assert timeline(ck.Article.from_text(sentence, published=PUBLISHED)).empty


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands joined the March for Life in the capital.",
        "The suspect, who is in his early 30s, was released.",
        "The officer, 52 years old, retired.",
        "The quarter-to-quarter comparison is not useful.",
        "Officers may ask, and they may not.",
    ],
)
def test_words_that_look_temporal_but_are_not(sentence):
    assert time_expressions(sentence, published=PUBLISHED).empty


def test_two_digit_decades():
    assert _only("Music from the '80s is back.", "the '80s")["value"] == "198"
    assert _only("Rents doubled in the 1990s.", "the 1990s")["value"] == "199"


def test_impossible_date_is_not_a_day():
    found = time_expressions("The meeting is on February 30.", published=PUBLISHED)
    assert not found["value"].str.contains("-02-30").any()
    assert not found["value"].str.match(r"\d{4}-\d\d-\d\d$").any()


def test_a_day_that_does_not_exist_in_the_given_year_is_not_moved_to_another_year():
    found = time_expressions("The law took effect on Feb. 29, 2011, officials said.", published=PUBLISHED)
    assert not found["value"].str.contains("-02-29").any()
    leap = time_expressions("The law took effect on Feb. 29, 2012.", published=PUBLISHED)
    assert list(leap["value"]) == ["2012-02-29"]


def test_far_years_do_not_break_the_timeline():
    article = ck.Article.from_text("The town was founded in 1066 and will be rebuilt in 2099.", published=PUBLISHED)
    found = time_expressions(article)
    assert list(found["value"]) == ["1066", "2099"]
    events = timeline(article)
    assert events.set_index("value").loc["1066", "date"] is pd.NaT
    assert events.set_index("value").loc["2099", "date"] == pd.Timestamp("2099-01-01")


def test_future_publication_date_still_resolves():
    found = time_expressions("The council voted today and met yesterday.", published="2031-01-01")
    assert list(found["value"]) == ["2031-01-01", "2030-12-31"]


def test_without_a_publication_date_relative_values_stay_relative_and_flagged():
    found = time_expressions("The council voted today, met Tuesday and will meet next week. It began in 2008.")
    values = dict(zip(found["text"], found["value"], strict=True))
    assert values == {
        "today": "UNDEF-this-day",
        "Tuesday": "XXXX-WXX-2",
        "next week": "UNDEF-plus-1-week",
        "2008": "2008",
    }
    flagged = dict(zip(found["text"], found["unresolved"], strict=True))
    assert flagged == {"today": True, "Tuesday": True, "next week": True, "2008": False}
    events = timeline("The council voted today. It began in 2008.")
    assert list(events["value"]) == ["2008"]
    dependent = date_dependent("The council voted today.")
    assert dependent["resolves_to"].iloc[0] == "unknown: no publication date"


def test_bad_published_raises_a_clear_error():
    with pytest.raises(ck.InvalidDateError):
        time_expressions("today", published="next Tuesday")


def test_may_the_verb_is_not_a_month():
    assert time_expressions("Officers may ask, and they may not.", published=PUBLISHED).empty
    assert _only("The bill passed in May.", "May")["value"] == "2011-05"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.$-/abMayJuneTuesdaylastnextyearago")), max_size=80))
def test_any_text_slices_back_and_never_raises(text):
    found = time_expressions(ck.Article.from_text(text), published=PUBLISHED)  # not "a.Md": a file name
    for row in found.itertuples():
        assert text[row.start : row.end] == row.text
    timeline(ck.Article.from_text(text, published=PUBLISHED))


def test_period_of_values():
    assert period_of("2011-W23").first == dt.date(2011, 6, 6)
    assert period_of("2011-Q2").last == dt.date(2011, 6, 30)
    assert period_of("199").precision == "decade"
    assert period_of("PAST_REF") is None  # needs a publication date
    assert period_of("UNDEF-this-day", dt.date(2011, 6, 7)) is None


# ---------------------------------------------------------------- plot and report


def test_plot_timeline_labels_do_not_overlap_on_the_seed():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from civics_kit.plots import plot_timeline

    article = ck.load_article()
    ax = plot_timeline(timeline(article), context_timeline(article))
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    figure = ax.figure
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    boxes = [label.get_window_extent(renderer) for label in ax.get_yticklabels() if label.get_text()]
    assert len(boxes) == len(timeline(article).dropna(subset=["date"])) + len(context_timeline(article))
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            assert not box.overlaps(other)
    colours = {label.get_color() for label in ax.get_yticklabels()}
    assert len(colours) == 2  # article and context labels differ in colour as well as marker
    assert any(line.get_linestyle() == "--" for line in ax.get_lines())  # the publication date
    plt.close(figure)


def test_plot_timeline_empty_frame():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from civics_kit.plots import plot_timeline

    ax = plot_timeline(timeline("No dates here."))
    assert ax.get_title()
    plt.close(ax.figure)


def test_report_has_a_timeline_section():
    from civics_kit.report import build_report, render_json

    sections = {s.key: s for s in build_report(ck.load_article())}
    section = sections["timeline"]
    assert any("City Council voted 11-1" in line for line in section.lines)
    assert json.loads(render_json(list(sections.values())))["timeline"]["data"]["context_events"] > 20
    undated = {s.key: s for s in build_report("The council voted today.")}["timeline"]
    assert undated.missing


# ---------------------------------------------------------------- evaluation command


TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2011-06-07" functionInDocument="CREATION_TIME">20110607</TIMEX3></DCT>
<TEXT>
The council voted <TIMEX3 tid="t1" type="DATE" value="2011-06-07">today</TIMEX3> &amp; the board met
<TIMEX3 tid="t2" type="DATE" value="2011-06-02">Thursday</TIMEX3> for <TIMEX3 tid="t3" type="DURATION" value="PT2H">two
hours</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_evaluation_reads_timeml_and_scores(tmp_path, capsys):
    from civics_kit.evaluate.timeline import main, read_timeml

    path = tmp_path / "doc.tml"
    path.write_text(TIMEML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == dt.date(2011, 6, 7)
    assert [g.text for g in doc.gold] == ["today", "Thursday", "two\nhours"]
    assert "&" in doc.text
    assert main([str(tmp_path), "--per-doc"]) == 0
    out = capsys.readouterr().out
    assert "relaxed  P 1.000  R 1.000  F1 1.000" in out
    assert "value F1 1.000" in out


def test_evaluation_skips_a_missing_path(capsys):
    from civics_kit.evaluate.timeline import main

    assert main(["/no/such/folder"]) == 0
    assert "skipped" in capsys.readouterr().out


def test_evaluation_splits_by_a_hash_of_the_file_name_and_prints_both_halves(tmp_path, capsys):
    from civics_kit.evaluate.timeline import half_of, main

    assert half_of("wsj_0001") == half_of("wsj_0001")  # deterministic, no randomness
    halves = {half_of(f"doc{i}") for i in range(20)}
    assert halves == {"tune", "check"}
    for i in range(6):
        (tmp_path / f"doc{i}.tml").write_text(TIMEML, encoding="utf-8")
    assert main([str(tmp_path), "--split", "check", "--errors", "5"]) == 0
    out = capsys.readouterr().out
    assert "[tune]" in out and "[check]" in out and "[all]" in out
    assert "errors are shown for the tune half only" in out


def test_evaluation_scores_hand_annotation_json(capsys, tmp_path):
    import shutil

    from civics_kit.evaluate.timeline import main

    shutil.copy(SEED_GOLD, tmp_path / SEED_GOLD.name)  # a folder of hand annotation; texts in the bundled seeds
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "[hand annotation] documents: 1" in out
    assert "value accuracy 1.000" in out


def test_hand_annotated_articles_keep_their_values():
    """Value accuracy >= 0.95 on every hand annotation in tests/data (the seed's, and the bundled articles')."""
    from importlib import resources

    from civics_kit.evaluate.timeline import Counts, read_gold_json, score

    texts = Path(str(resources.files("civics_kit.seeds")))
    paths = [SEED_GOLD, *sorted((SEED_GOLD.parent / "gold").glob("*.json"))]
    total = Counts()
    for path in paths:
        counts, _ = score(read_gold_json(path, texts))
        total.add(counts)
    assert total.relaxed >= 0.9 * total.gold
    assert total.value >= 0.95 * total.relaxed


@pytest.mark.parametrize("sentence", ["\t, on Monday", "x ,\t, on Monday", "Monday\t;\t"])
def test_an_event_label_survives_a_clause_that_is_only_white_space(sentence: str) -> None:
    from civics_kit.labelling import event_label

    position = sentence.index("Monday")
    assert isinstance(event_label(sentence, 0, len(sentence), position, position + len("Monday")), str)
