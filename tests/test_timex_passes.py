"""The two passes of extract (timex/passes.py): a first-pass answer stands when nothing it read differs."""

from __future__ import annotations

import datetime as dt

from civics_kit.timex import extract
from civics_kit.timex.passes import FirstPass, FirstPassReference, same_answers
from civics_kit.timex.records import _Value
from civics_kit.timex.reference import ReferenceTime

PUBLISHED = dt.date(2011, 6, 7)


def test_the_first_pass_notes_what_a_rule_reads() -> None:
    context = FirstPass("text", PUBLISHED, FirstPassReference(), tenses={})
    assert (context.text, context.dct) == ("text", PUBLISHED) and not context.read_the_anchor
    assert context.reference.day(True) is None and context.reference.year_of_month(7) is None
    assert context.reference.asked == [("day", True), ("year_of_month", 7)]
    for name in ("anchor", "anchor_unit"):
        context.read_the_anchor = False
        getattr(context, name)
        assert context.read_the_anchor, name


def test_the_story_answers_as_the_first_pass_until_it_states_a_day() -> None:
    text = "On Dec. 18, a Wednesday, the storm hit."
    story = ReferenceTime(text, PUBLISHED)
    assert same_answers(story, [("day", False), ("year_of_month", 12)])
    story.note(3, _stated_day())
    story.move_to(20)
    assert not same_answers(story, [("day", False)])


def _stated_day() -> _Value:  # a value as the month-day rule gives it
    day = dt.date(2010, 12, 18)
    return _Value("DATE", day.isoformat(), anchor=day, anchor_unit="day", explicit=True)


def test_answers_that_depend_on_the_story_are_worked_out_again() -> None:
    text = "On Dec. 18, a Wednesday, the storm hit. Late Tuesday evening it grew. It lasted two days."
    found = {timex.text: timex.value for timex in extract(text, dt.date(2019, 12, 30))}
    assert found["Dec. 18"] == "2019-12-18"
    assert found["Tuesday evening"] == "2019-12-17"  # the story's week, not the publication's (the 24th)
    assert found["two days"] == "P2D"
