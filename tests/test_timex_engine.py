"""The tagger's package: rules declare their triggers, the windowed scan equals a full scan, modules stay small."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import test_story_time
import test_timeline
from hypothesis import given, settings
from hypothesis import strategies as st

import civics_kit as ck
import civics_kit.timex as timex
from civics_kit.timex import extract, rules
from civics_kit.timex.engine import LOOK_AHEAD, MAX_MATCH, candidates

PACKAGE = Path(timex.__file__).parent
DATA = Path(__file__).parent / "data"
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
PUBLISHED = dt.date(2011, 6, 7)


def _test_texts() -> list[str]:
    """Every text the timeline tests use, the seed and the messy inputs."""
    texts = [case[0] for case in test_timeline.CASES]
    for name in ("STORY_DATES", "TENSES", "NAMES", "NOT_NAMES", "WHEN", "LABELS", "SCHEDULES"):
        texts += [case[0] for case in getattr(test_story_time, name)]
    texts += test_story_time.PARAGRAPHS
    texts.append(ck.load_article().text)
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((DATA / "messy").glob("*.txt"))]
    return texts


TEXTS = _test_texts()


def _tokens(text: str) -> set[str]:
    return {f"#{len(t)}" if t.isdigit() else t.lower() for t in _TOKEN.findall(text)}


def test_every_rule_declares_its_triggers_in_the_rule() -> None:
    assert all(rule.triggers for rule in rules())
    assert not hasattr(timex, "TRIGGERS") and not hasattr(timex.engine, "TRIGGERS")


def test_a_rule_without_triggers_is_refused() -> None:
    from civics_kit.timex.records import _rule

    with pytest.raises(ValueError, match="no trigger"):
        _rule("lonely", r"x", lambda m, c: None, triggers=())


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_every_match_holds_one_of_its_rule_s_triggers(index: int) -> None:
    text = TEXTS[index]
    for rule in rules():
        for match in rule.pattern.finditer(text):
            assert _tokens(match.group()) & rule.triggers, (rule.name, match.group())
            assert len(match.group()) < MAX_MATCH - LOOK_AHEAD, (rule.name, match.group())


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_the_windowed_scan_finds_exactly_what_a_full_scan_finds(index: int) -> None:
    text = TEXTS[index]
    windowed = sorted((s, e, p) for s, e, p, _ in candidates(text))
    full = sorted((s, e, p) for s, e, p, _ in candidates(text, full_scan=True))
    assert windowed == full
    assert extract(text, PUBLISHED) == extract(text, PUBLISHED, full_scan=True)


_WORDS = [
    "the",
    "a",
    "on",
    "in",
    "last",
    "next",
    "will",
    "said",
    "Tuesday",
    "Friday",
    "Dec.",
    "18,",
    "May",
    "2011",
    "1917",
    "week",
    "year",
    "ago",
    "later",
    "two",
    "days",
    "5:30",
    "a.m.",
    "noon",
    "today",
    "Daily",
    "News",
    '"Today"',
    "show",
    "hours",
    "Sunday",
    "$40,000",
    "quarter",
    "recently",
    "the next day",
    "summer",
    "of",
    "every",
    ".",
    ",",
    "\n\n",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=120), st.integers(min_value=0, max_value=400))
def test_windowed_equals_full_scan_on_generated_text(words: list[str], padding: int) -> None:
    # Padding puts long stretches without triggers between the words, so windows really are separate.
    text = (" " + "x" * padding + " ").join(" ".join(words[i : i + 6]) for i in range(0, len(words), 6))
    assert extract(text, PUBLISHED) == extract(text, PUBLISHED, full_scan=True)


def test_modules_stay_small() -> None:
    for path in PACKAGE.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 520, path.name


def test_no_submodule_is_named_like_an_exported_function() -> None:
    modules = {path.stem for path in PACKAGE.glob("*.py")}
    assert not modules & set(timex.__all__)
