"""TIMEX3 conventions added in the third pass of issue 16 (extents and tense cues).

Every paragraph here was written for these tests; none comes from evaluation data.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civics_kit.chronology import time_expressions


def _found(text: str, published: str) -> dict[str, tuple[str, str]]:
    found = time_expressions(text, published=published)
    return {row.text: (row.type, row.value) for row in found.itertuples(index=False)}


# ------------------------------------------------ a definite duration keeps its "the"

DEFINITE_DURATIONS = [
    (
        "For the nine months, the credit union earned $4.1 million, up from $3.8 million.",
        {"the nine months": ("DURATION", "P9M")},
    ),
    (
        "In the six months ended March 31, the bakery chain opened twelve shops.",
        {"the six months": ("DURATION", "P6M"), "March 31": ("DATE", "2019-03-31")},
    ),
    (
        "The museum raised $2 million in the two years since the flood.",
        {"the two years": ("DURATION", "P2Y")},
    ),
    (
        "Volunteers searched the hills for the three days after the storm.",
        {"the three days": ("DURATION", "P3D")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEFINITE_DURATIONS)
def test_a_definite_duration_after_for_or_in_keeps_its_determiner(text: str, expected: dict) -> None:
    assert _found(text, "2019-05-02") == expected


def test_the_determiner_stays_out_without_a_number_or_a_preposition() -> None:
    found = _found("The nine months were hard. Sales fell for the quarter.", "2019-05-02")
    assert "The nine months" not in found
    assert "the quarter" not in found or found["the quarter"][0] == "DATE"


# ------------------------------------------------ a name ending in -ed is not a past verb

FUTURE_AFTER_A_NAME = [
    # "United", "Red", "Ahmed" end in -ed but are not verbs; the future cue before them decides.
    (
        "The coach said the team would be flying to the United States Thursday for the final.",
        "2021-06-07",  # a Monday
        {"Thursday": ("DATE", "2021-06-10")},
    ),
    (
        "Officials said the convoy will reach the Red Sea port Friday.",
        "2021-06-07",
        {"Friday": ("DATE", "2021-06-11")},
    ),
    (
        "The family will meet Mayor Ahmed on Wednesday to discuss the plan.",
        "2021-06-07",
        {"Wednesday": ("DATE", "2021-06-09")},
    ),
    (
        "The school board will need a hundred more signatures by Thursday.",
        "2021-06-07",
        {"Thursday": ("DATE", "2021-06-10")},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), FUTURE_AFTER_A_NAME)
def test_a_capitalised_word_ending_in_ed_is_not_a_past_verb(text: str, published: str, expected: dict) -> None:
    assert _found(text, published) == expected


def test_a_real_past_verb_still_points_back() -> None:
    assert _found("The team landed in the United States on Thursday.", "2021-06-07") == {
        "Thursday": ("DATE", "2021-06-03")
    }


# ------------------------------------------------ the trigger index (speed) finds what the trigger pattern finds


def _pattern_index(text: str) -> dict[str, list[int]]:
    from civics_kit.timex.engine import _trigger_pattern

    index: dict[str, list[int]] = {}
    for match in _trigger_pattern().finditer(text):
        word = match.group()
        key = f"#{len(word)}" if word[0].isdigit() else word.lower()
        index.setdefault(key, []).append(match.start())
    return index


def _relevant(index: dict[str, list[int]]) -> dict[str, list[int]]:
    from civics_kit.timex import rules

    wanted = {key for rule in rules() for key in rule.triggers}
    return {key: positions for key, positions in index.items() if key in wanted}


SAMPLES = [
    "On Tuesday, Dec. 18, 2019, at 5:30 a.m. the MONDAY crowd met; mid-August 1990s 40-year",
    "Mondays aside, weekday_Friday ſunday Kelvin-WEEK 12th ²3 ٣٤ Tuesday's 2011-06-07",
    "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_token_index_finds_the_trigger_pattern_s_positions(text: str) -> None:
    from civics_kit.timex.engine import _token_index

    assert _relevant(_token_index(text)) == _relevant(_pattern_index(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_the_token_index_agrees_with_the_pattern_on_any_text(text: str) -> None:
    from civics_kit.timex.engine import _token_index

    assert _relevant(_token_index(text)) == _relevant(_pattern_index(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Tuesday", "the", "May", "1990", "week", "5", "s", "x", "-", "'", "_"]), max_size=60))
def test_the_token_index_agrees_on_glued_words(words: list[str]) -> None:
    from civics_kit.timex.engine import _token_index

    text = "".join(words)
    assert _relevant(_token_index(text)) == _relevant(_pattern_index(text))


def test_a_trigger_that_is_not_one_run_of_letters_is_refused() -> None:
    from civics_kit.timex.records import _rule

    with pytest.raises(ValueError, match="one lower-case run of letters"):
        _rule("odd", r"a\.m\.", lambda m, c: None, triggers=("a.m.",))
    with pytest.raises(ValueError, match="one lower-case run of letters"):
        _rule("odd", r"May", lambda m, c: None, triggers=("May",))


def test_the_evaluation_scores_one_hand_annotation_file(capsys) -> None:
    from pathlib import Path

    from civics_kit.evaluate.timeline import main

    assert main([str(Path(__file__).parent / "data" / "seed_gold.json")]) == 0
    printed = capsys.readouterr().out
    assert "[hand annotation] documents: 1  gold: 8  system: 8  matched: 8" in printed
    assert "value accuracy 1.000" in printed and "strict   P 1.000  R 1.000  F1 1.000" in printed


# ------------------------------------------------ fourth pass: a date that closes a period, month-days, months


CLOSED_PERIODS = [
    # The date after "ended" closes the quarter; "a year ago" and "a year earlier" are that quarter a year before,
    # not a year before the closing date, and not one year before the other.
    (
        "The brewer earned $3 million in the fiscal second quarter ended Dec. 31. It lost $1 million a year ago. "
        "Sales rose to $40 million from $35 million a year earlier.",
        "2023-02-02",
        {
            "the fiscal second quarter": ("DATE", "2022-Q2"),
            "Dec. 31": ("DATE", "2022-12-31"),
            "a year ago": ("DATE", "2021-Q2"),
            "a year earlier": ("DATE", "2021-Q2"),
        },
    ),
    (
        "For the third quarter ending Sept. 30, the chain reported higher sales. In the 2021 period it lost money.",
        "2022-10-20",
        {
            "the third quarter": ("DATE", "2022-Q3"),
            "Sept. 30": ("DATE", "2022-09-30"),
            "the 2021 period": ("DATE", "2021-Q3"),
        },
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CLOSED_PERIODS)
def test_a_date_that_closes_a_quarter_leaves_the_quarter_as_the_anchor(
    text: str, published: str, expected: dict
) -> None:
    assert _found(text, published) == expected


def test_a_date_that_does_not_close_a_period_still_anchors() -> None:
    found = _found("The plant closed on March 3, 2020. A year earlier it had hired 200 workers.", "2022-10-20")
    assert found["A year earlier"] == ("DATE", "2019")


LAST_MONTH_DAYS = [
    (
        "The librarian retired last Oct. 12 after forty years at the branch.",
        "2020-03-02",
        {"Oct. 12": ("DATE", "2019-10-12"), "forty years": ("DURATION", "P40Y")},
    ),
    ("The pool reopens next June 1, the parks office said.", "2020-03-02", {"June 1": ("DATE", "2020-06-01")}),
    ("The fair closed last October, organisers said.", "2020-03-02", {"last October": ("DATE", "2019-10")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), LAST_MONTH_DAYS)
def test_last_or_next_before_a_month_day_keeps_the_day(text: str, published: str, expected: dict) -> None:
    assert _found(text, published) == expected


POSSESSIVE_MONTHS = [
    ("Officials revised December's figures down by 4,000 jobs.", {"December": ("DATE", "2018-12")}),
    ("October’s storms closed the ferry.", {"October": ("DATE", "2018-10")}),
    # The surname stays out: "May's" is not the month.
    ("Theresa May's cabinet met again.", {}),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_MONTHS)
def test_a_possessive_month_is_the_month(text: str, expected: dict) -> None:
    assert _found(text, "2019-02-01") == expected


# ------------------------------------------------ fifth pass: what is not a TIMEX3

WIRE_QUOTED_TITLES = [
    # News wires write quotation marks as two apostrophes or as `` and ''.
    ("The mayor spoke on KTVB's ''60 Minutes'' about the levy.", {}),
    ("The mayor spoke on KTVB's ``60 Minutes'' about the levy.", {}),
    ("The council watched the film ``High Noon'' at noon Friday.", {"noon Friday": ("TIME", "2020-03-06T12:00")}),
    # A quotation that is not a title keeps its time.
    ("The mayor said ''in 60 minutes'' the polls would close.", {"60 minutes": ("DURATION", "PT60M")}),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_QUOTED_TITLES)
def test_a_title_in_wire_quotation_marks_is_not_a_time(text: str, expected: dict) -> None:
    assert _found(text, "2020-03-09") == expected


THIS_TIME_AS_OCCASION = [
    # TimeML does not mark "time" meaning an occasion; "at this time" is the present.
    ("The senator lost twice before. This time, however, she leads the polls.", {}),
    ("Voters may feel different this time, the pollster said.", {}),
    ("The clinic is not taking new patients at this time.", {"this time": ("DATE", "PRESENT_REF")}),
]


@pytest.mark.parametrize(("text", "expected"), THIS_TIME_AS_OCCASION)
def test_this_time_as_an_occasion_is_not_a_time(text: str, expected: dict) -> None:
    assert _found(text, "2020-03-09") == expected


SPOKEN_SEASON_YEARS = [
    # Broadcast transcripts spell years out; "the winter of" takes the spoken year as it takes "1994".
    (
        "Heating oil last cost this much in the winter of nineteen ninety-four.",
        {"the winter of nineteen ninety-four": ("DATE", "1994-WI")},
    ),
    ("The dam was finished in the summer of nineteen sixty.", {"the summer of nineteen sixty": ("DATE", "1960-SU")}),
    ("The dam was finished in the summer of 1960.", {"the summer of 1960": ("DATE", "1960-SU")}),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_SEASON_YEARS)
def test_a_season_of_a_spoken_year_is_one_expression(text: str, expected: dict) -> None:
    assert _found(text, "1998-02-23") == expected


WEEKDAYS_IN_NAMES = [
    # A part of the day after a weekday is written in lower case; capitalised, it is a name.
    ("The host left Saturday Night Live after six seasons.", {}),
    ("Shares of Tuesday Morning Corp. rose 4 percent.", {}),
    ("The minister told the Sunday Times she would resign.", {}),
    # The day itself stays: a lower-case part of the day, or a name after a comma.
    ("The board met Monday night, the Times reported.", {"Monday night": ("DATE", "2021-06-07")}),
    ("The strike will end Sunday, Post reporters were told.", {"Sunday": ("DATE", "2021-06-13")}),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS_IN_NAMES)
def test_a_weekday_inside_a_name_is_not_a_time(text: str, expected: dict) -> None:
    assert _found(text, "2021-06-09") == expected
