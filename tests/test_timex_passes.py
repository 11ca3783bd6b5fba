"""The two passes of extract: an answer the first pass gave without reading the story is not worked out again."""

from __future__ import annotations

import datetime as dt

from civics_kit.timex import extract
from civics_kit.timex.engine import _FirstPass
from civics_kit.timex.reference import ReferenceTime

PUBLISHED = dt.date(2011, 6, 7)


def test_the_first_pass_notes_a_read_of_the_story() -> None:
    context = _FirstPass("text", PUBLISHED, ReferenceTime.without_story("text", PUBLISHED), tenses={})
    assert not context.read_the_story
    assert (context.text, context.dct) == ("text", PUBLISHED) and not context.read_the_story
    for name in ("reference", "anchor", "anchor_unit"):
        context.read_the_story = False
        getattr(context, name)
        assert context.read_the_story, name


def test_answers_that_depend_on_the_story_are_worked_out_again() -> None:
    text = "On Dec. 18, a Wednesday, the storm hit. Late Tuesday evening it grew. It lasted two days."
    found = {timex.text: timex.value for timex in extract(text, dt.date(2019, 12, 30))}
    assert found["Dec. 18"] == "2019-12-18"
    assert found["Tuesday evening"] == "2019-12-17"  # the story's week, not the publication's (the 24th)
    assert found["two days"] == "P2D"
