"""Issue 16: a timeline that follows the story, names that are not times, vague rows in words, clean labels.

Every paragraph here was written for these tests (none comes from evaluation data). Each group has at least four
paragraphs with the values a careful reader would give.
"""

from __future__ import annotations

import pandas as pd
import pytest

import civics_kit as ck
from civics_kit.chronology import date_dependent, time_expressions, timeline
from civics_kit.timex.wording import when_words


def _values(text: str, published: str) -> dict[str, str]:
    found = time_expressions(text, published=published)
    return dict(zip(found["text"], found["value"], strict=True))


# ---------------------------------------------------------------- 1. the story's own dates

STORY_DATES = [
    (
        "The fire started on Dec. 18, a Wednesday, in the old mill. Crews came back late Tuesday evening.",
        "2020-01-15",
        {"Dec. 18": "2019-12-18", "Wednesday": "2019-12-18", "late Tuesday evening": "2019-12-17"},
    ),
    (
        "Police said the stolen van was found around 5:30 a.m. on Dec. 19 behind the depot.",
        "2020-01-15",
        {"around 5:30 a.m. on Dec. 19": "2019-12-19T05:30"},
    ),
    (
        "The shelter opened at noon on Dec. 20. It closed the next day.",
        "2020-01-15",
        {"noon on Dec. 20": "2019-12-20T12:00", "the next day": "2019-12-21"},
    ),
    (
        "In the summer of 2004 the band toured Europe. In mid-August they played a small club in Lyon.",
        "2015-06-01",
        {"the summer of 2004": "2004-SU", "mid-August": "2004-08"},
    ),
    (
        "The small plane went missing on March 8, and searchers never found it.",
        "2015-03-01",
        {"March 8": "2014-03-08"},
    ),
    (
        "The storm reached the coast on Oct. 3, 2012. Two days later the power came back.",
        "2013-01-10",
        {"Oct. 3, 2012": "2012-10-03", "Two days later": "2012-10-05"},
    ),
    (
        "On Wednesday, Dec. 18, the board met in private. It met again on Friday with the union.",
        "2020-01-15",
        {"Wednesday, Dec. 18": "2019-12-18", "Friday": "2019-12-20"},
    ),
    (
        "The polls closed on Nov. 3, 2020. At 11 p.m. the first county reported.",
        "2021-02-01",
        {"Nov. 3, 2020": "2020-11-03", "11 p.m.": "2020-11-03T23:00"},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), STORY_DATES)
def test_the_story_s_own_dates_anchor_what_follows(text: str, published: str, expected: dict[str, str]) -> None:
    assert _values(text, published) == expected


TENSES = [
    ("The council will vote on Friday.", {"Friday": "2011-06-10"}),
    ("The council voted on Friday.", {"Friday": "2011-06-03"}),
    ("The rule took effect in January.", {"January": "2011-01"}),
    ("The rule will take effect in January.", {"January": "2012-01"}),
    ("On Thursday, the board will decide.", {"Thursday": "2011-06-09"}),
]


@pytest.mark.parametrize(("text", "expected"), TENSES)
def test_the_governing_verb_chooses_last_or_next(text: str, expected: dict[str, str]) -> None:
    assert _values(text, "2011-06-07") == expected  # published on a Tuesday


def test_a_plain_date_does_not_move_the_week_of_a_bare_weekday() -> None:
    # News tells weekdays against the publication week, even right after a date it names without its weekday.
    assert _values("The fund bought shares from May 2 to Thursday.", "2011-06-07")["Thursday"] == "2011-06-02"


def test_a_stated_day_anchors_only_its_own_sentence_and_the_next() -> None:
    text = "The plant closed on March 3, 2010. Workers left. Nobody came back. At 9 a.m. the gates opened."
    assert _values(text, "2011-06-07")["9 a.m."] == "2011-06-07T09:00"
    near = "The plant closed on March 3, 2010. At 9 a.m. the gates opened."
    assert _values(near, "2011-06-07")["9 a.m."] == "2010-03-03T09:00"


def test_deictic_words_still_count_from_the_publication_date() -> None:
    text = "The plant closed on March 3, 2010. Today it reopened."
    assert _values(text, "2011-06-07")["Today"] == "2011-06-07"


# ---------------------------------------------------------------- 2. names that are not times

NAMES = [
    ('She starred in the film "1917" last year.', {"last year": "2010"}),
    ("We watched Once Upon a Time in Hollywood on Sunday.", {"Sunday": "2011-06-05"}),
    ('He told NBC\'s "Today" show that he would run.', {}),
    ("She said on CBS This Morning that the vote was close.", {}),
    ("The Daily News reported the arrest today.", {"today": "2011-06-07"}),
    ('Sign up for the "Daily Edition" newsletter.', {}),
    ("USA Today reported the figures.", {}),
    ("He first saw the film 1917 in a cinema in Leeds.", {}),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_titles_shows_and_outlets_are_not_times(text: str, expected: dict[str, str]) -> None:
    assert _values(text, "2011-06-07") == expected


NOT_NAMES = [
    ('He said "today is the day" and left.', {"today": "2011-06-07"}),
    ("Today, the council voted.", {"Today": "2011-06-07"}),
    ("The 1917 revolution changed Russia.", {"1917": "1917"}),
    ("Prices fell daily in May.", {"daily": "P1D", "May": "2011-05"}),
]


@pytest.mark.parametrize(("text", "expected"), NOT_NAMES)
def test_the_name_rules_leave_ordinary_times_alone(text: str, expected: dict[str, str]) -> None:
    assert _values(text, "2011-06-07") == expected


# ---------------------------------------------------------------- 3. vague rows say what they mean

WHEN = [
    ("The bill recently cleared the Assembly.", "recently", "before 7 June 2011"),
    ("The mayor will decide in the future.", "the future", "after 7 June 2011"),
    ("This afternoon the council met again.", "This afternoon", "7 June 2011, afternoon"),
    ("Prices rose in 2008.", "2008", "2008"),
    ("The law is, at present, unchanged.", "present", "around 7 June 2011"),
    ("Sales fell in the second quarter.", "the second quarter", "second quarter of 2011"),
]


@pytest.mark.parametrize(("text", "expression", "when"), WHEN)
def test_the_when_column_words_each_row(text: str, expression: str, when: str) -> None:
    events = timeline(text, published="2011-06-07")
    row = events[events["expression"] == expression].iloc[0]
    assert row["when"] == when


def test_the_seed_s_recently_is_before_publication_not_a_window_s_first_day() -> None:
    events = timeline(ck.load_article())
    recent = events[events["expression"] == "recently"].iloc[0]
    assert recent["when"] == "before 7 June 2011"
    assert recent["date"] < pd.Timestamp("2011-06-07")  # the date column still sorts it


def test_resolves_to_and_when_are_the_same_words() -> None:
    article = ck.load_article()
    events = timeline(article)
    dependent = date_dependent(article)
    words = dict(zip(events["start"], events["when"], strict=True))
    for row in dependent.itertuples(index=False):
        if row.start in words:
            assert row.resolves_to == words[row.start]


def test_the_report_shows_when_for_vague_rows() -> None:
    from civics_kit.report import timeline_section

    section = timeline_section(ck.load_article())
    whens = {row["when"] for row in section.table}
    assert "before 7 June 2011" in whens
    assert not any(when.startswith("2011-04") for when in whens)


def test_when_words_without_a_publication_date_says_so() -> None:
    assert when_words("PAST_REF") == "before publication (no publication date)"
    assert when_words("XXXX-WXX-2") == "a Tuesday (no publication date to place it)"
    assert when_words("2011-W23") == "week of 6 June 2011"
    assert when_words("201") == "the 2010s"


# ---------------------------------------------------------------- 4. event labels and weekday modifiers

LABELS = [
    ("The city expects 12,000 new residents to arrive by 2012.", "2012", "12,000"),
    ("At 10:00 local time on Monday, the bridge closed.", "Monday", "10:00"),
    ("Officials counted 1,797 ballots on Tuesday.", "Tuesday", "1,797"),
    ("A survey of 4,500 voters in 2010 found broad support.", "2010", "4,500"),
]


@pytest.mark.parametrize(("text", "expression", "number"), LABELS)
def test_labels_never_cut_inside_a_number(text: str, expression: str, number: str) -> None:
    events = timeline(text, published="2011-06-07")
    label = events[events["expression"] == expression].iloc[0]["event"]
    digits = number.replace(",", "").replace(":", "")
    assert not label.startswith(("000", "797", "00 ", "500")), label
    assert number in label or digits not in label.replace(",", "").replace(":", "")


def test_labels_keep_abbreviations_whole() -> None:
    events = timeline("The U.S. Senate voted on Tuesday to pass the bill.", published="2011-06-07")
    assert "U.S. Senate" in events.iloc[0]["event"]


SCHEDULES = [
    ("Sunday library hours will start on April 7.", "2013-03-17", {"April 7": "2013-04-07"}),
    ("Sunday hours will start on April 7.", "2013-03-17", {"April 7": "2013-04-07"}),
    ("The Saturday schedule changes in May.", "2013-03-17", {"May": "2013-05"}),
    ("Monday classes resume next week.", "2013-03-17", {"next week": "2013-W12"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), SCHEDULES)
def test_a_weekday_before_a_schedule_noun_is_not_a_date(text: str, published: str, expected: dict) -> None:
    assert _values(text, published) == expected
    assert not timeline(text, published=published)["expression"].str.contains("day").any()


def test_a_weekday_before_another_noun_is_still_dated() -> None:
    assert _values("The Friday vote was close.", "2011-06-07") == {"Friday": "2011-06-03"}


# ---------------------------------------------------------------- 5. long texts: the same answers, in order

PARAGRAPHS = [
    "The council voted 11-1 on Tuesday. The mayor will sign the order next week.",
    "Crews arrived on Dec. 18, a Wednesday. They left late Tuesday evening, around 9 p.m.",
    "Attendance fell 12,000 in 2010. Sunday hours will end in May.",
    "The Daily News said the bill recently cleared the Assembly. It goes to the Senate next.",
]


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_a_long_text_gives_each_copy_of_a_paragraph_the_same_rows(paragraph: str) -> None:
    one = timeline(paragraph, published="2011-06-07")
    copies = 40
    many = timeline("\n\n".join([paragraph] * copies), published="2011-06-07")
    assert len(many) == copies * len(one)
    assert sorted(set(many["value"])) == sorted(set(one["value"]))
    assert (many["sentence"].map(len) <= len(paragraph)).all()
    for row in many.itertuples(index=False):
        assert row.expression in row.sentence


# ---------------------------------------------------------------- TIMEX3 extent conventions (second pass)


def _texts(text: str, published: str) -> list[str]:
    return list(time_expressions(text, published=published)["text"])


POSSESSIVE_EXTENTS = [
    ("The bakery chain said its third quarter was its best in years.", ["third quarter"]),
    ("The union said their fourth quarter dues would rise.", ["fourth quarter"]),
    ("The mill reported that its latest quarter brought a loss.", ["latest quarter"]),
    ("Farmers said the third quarter was dry.", ["the third quarter"]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_EXTENTS)
def test_a_possessive_pronoun_is_not_part_of_the_extent(text, expected):
    """TimeML: the possessive determiner belongs to the noun phrase, not to the time expression."""
    assert _texts(text, "2019-11-02") == expected


MODIFIER_EXTENTS = [
    ("The cooperative posted third-quarter earnings on Friday.", "third-quarter"),
    ("The chain said the third-quarter profit fell.", "third-quarter"),
    ("The brewer compared them with the year-earlier results.", "year-earlier"),
    ("Sales rose from the year-ago levels, the firm said.", "year-ago"),
    ("Costs were higher than in the year-ago period.", "the year-ago period"),
]


@pytest.mark.parametrize(("text", "expected"), MODIFIER_EXTENTS)
def test_a_time_modifier_before_a_noun_leaves_the_determiner_to_the_noun(text, expected):
    """'the third-quarter profit': 'the' belongs to 'profit'; a time noun ('period') keeps its determiner."""
    assert expected in _texts(text, "2019-11-02")


FOCUS_PARTICLE_EXTENTS = [
    ("The council meeting lasted only two hours.", "two hours", "PT2H"),
    ("The storm passed in just 20 minutes, residents said.", "20 minutes", "PT20M"),
    ("The bridge reopened after only three days.", "three days", "P3D"),
    ("Repairs took about three days.", "about three days", "P3D"),
]


@pytest.mark.parametrize(("text", "words", "value"), FOCUS_PARTICLE_EXTENTS)
def test_only_and_just_stay_outside_a_duration(text, words, value):
    """'only', 'just' are focus particles, not TimeML modifiers (APPROX, LESS_THAN ...); 'about' stays inside."""
    assert _values(text, "2019-11-02").get(words) == value
