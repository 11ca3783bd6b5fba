"""The words a rule's matches open with (timex/leads.py): read from the pattern, checked on every test text."""

from __future__ import annotations

import re

import pytest
from test_timex_engine import TEXTS

import civics_kit.timex.leads as leads_module
from civics_kit.timex import rules
from civics_kit.timex.leads import DIGITS, leads

_RUN = re.compile(r"[^\W\d_]+|\d+")


def _run_at(text: str, position: int) -> str | None:
    """The key of the run (of letters or of digits) that starts at ``position``, if one does."""
    run = _RUN.match(text, position)
    before = _RUN.match(text, position - 1) if position > 0 else None
    if run is None or (before is not None and before.end() > position):
        return None
    return DIGITS if run.group()[0].isdigit() else run.group().lower()


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_every_match_opens_with_one_of_its_rule_s_leads(index: int) -> None:
    text = TEXTS[index]
    for rule in rules():
        lead = leads(rule.pattern)
        if lead is None:
            continue
        for match in rule.pattern.finditer(text):
            start = match.start()
            after_punctuation = text[start] in lead.punctuation and any(
                _run_at(text, start + offset) in lead.after for offset in range(1, lead.slack + 1)
            )
            assert _run_at(text, start) in lead.keys or after_punctuation, (rule.name, match.group())


def test_optional_words_and_punctuation_open_a_match() -> None:
    lead = leads(re.compile(r"(?<![\w$])(?:the\s+)?(?:(?:early|late)[\s-]*)?['’]?\d0s(?!\w)"))
    assert lead == ({"the", "early", "late", DIGITS}, 1, {DIGITS}, {"'", "’"})


def test_a_pattern_that_may_open_inside_a_word_has_no_leads() -> None:
    assert leads(re.compile(r"day")) is None  # no look-behind: "today" holds a match of it
    assert leads(re.compile(r"(?<!\w)day")) is None  # the match may end inside the run ("days")
    assert leads(re.compile(r"(?<!\w)day(?!\w)")) == ({"day"}, 0, set(), set())
    assert leads(re.compile(r"(?<!\w)\s*day(?!\w)")) is None  # any space may open it
    assert leads(re.compile(r"(?<!\w).ay(?!\w)")) is None


def test_without_the_parser_every_rule_is_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(leads_module, "_sre_parse", None)
    assert leads(re.compile(r"(?<!\w)day(?!\w)")) is None
