"""The hand annotation of the bundled articles (tests/data/gold/NAME.json) cannot drift from their texts.

Each file follows tests/data/seed_gold.json: every quotation with its speaker and every
time expression with its TIMEX3 value, offsets into seeds/NAME.txt. These tests check the
annotation itself (offsets, keys, values), never what the kit outputs.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
GOLD = Path(__file__).parent / "data" / "gold"
SEED_GOLD = Path(__file__).parent / "data" / "seed_gold.json"
SHARED = next((p / "articles" for p in (REPO.parent / "shared", REPO.parents[1] / "shared") if p.is_dir()), None)

# the KPCC seed (annotated in seed_gold.json) and the fictional example
ORIGINAL = {"000_1fac5e6bc3dcc4cb", "example_library_budget"}
BUNDLED = sorted(path.stem for path in SEEDS.glob("*.json") if path.stem not in ORIGINAL)
KINDS = {"direct", "partial", "indirect", "scare"}
TYPES = {"DATE", "TIME", "DURATION", "SET"}
VALUE = {
    "DATE": re.compile(r"^(\d{3,4}(-\d\d(-\d\d)?|-W\d\d|-H[12]|-Q[1-4])?|PAST_REF|PRESENT_REF|FUTURE_REF)$"),
    "TIME": re.compile(r"^\d{4}-\d\d-\d\dT(\d\d:\d\d|MO|AF|EV|NI)$"),
    "DURATION": re.compile(r"^P(\d+[YMWD])+$|^PT(\d+[HMS])+$"),
    "SET": re.compile(r"^P|^XXXX"),
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


def _text(name: str) -> str:
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


def test_the_eight_real_articles_are_bundled_and_each_has_a_gold_file():
    assert len(BUNDLED) == 8
    assert sorted(path.stem for path in GOLD.glob("*.json")) == BUNDLED


@pytest.mark.skipif(SHARED is None, reason="the shared articles folder is not beside this checkout")
@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_files_are_byte_for_byte_the_shared_ones(name):
    for suffix in (".txt", ".json"):
        assert (SEEDS / f"{name}{suffix}").read_bytes() == (SHARED / f"{name}{suffix}").read_bytes()


@pytest.mark.parametrize("name", BUNDLED)
def test_gold_has_the_keys_of_seed_gold(name):
    model = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    gold = _gold(name)
    assert set(gold) == set(model)
    assert all(set(q) == set(model["quotes"][0]) for q in gold["quotes"])
    assert all(set(t) == set(model["timexes"][0]) for t in gold["timexes"])
    assert gold["file"] == f"{name}.txt"
    sidecar = json.loads((SEEDS / f"{name}.json").read_text(encoding="utf-8"))
    assert gold["published"] == sidecar["published"]


@pytest.mark.parametrize("name", BUNDLED)
def test_every_span_is_the_text_at_its_offsets(name):
    text, gold = _text(name), _gold(name)
    for item in gold["quotes"] + gold["timexes"]:
        assert 0 <= item["start"] < item["end"] <= len(text)
        assert text[item["start"] : item["end"]] == item["text"], item


@pytest.mark.parametrize("name", BUNDLED)
def test_spans_have_no_outer_spaces_and_quotes_none_repeated(name):
    gold = _gold(name)
    for item in gold["quotes"] + gold["timexes"]:
        assert item["text"] == item["text"].strip()
    for key in ("quotes", "timexes"):
        spans = [(item["start"], item["end"]) for item in gold[key]]
        assert len(spans) == len(set(spans)), key
        assert spans == sorted(spans), key


@pytest.mark.parametrize("name", BUNDLED)
def test_quotes_are_well_formed(name):
    for quote in _gold(name)["quotes"]:
        assert quote["kind"] in KINDS
        assert isinstance(quote["speaker"], str) and quote["speaker"].strip()
        assert isinstance(quote["cue"], str) and quote["cue"].strip()
        assert isinstance(quote["also_accept"], list)
        assert quote["via"] is None or quote["via"].strip()
        assert isinstance(quote["note"], str)


@pytest.mark.parametrize("name", BUNDLED)
def test_direct_quotes_sit_inside_marks_or_are_noted_blockquotes(name):
    text = _text(name)
    for quote in _gold(name)["quotes"]:
        if quote["kind"] not in ("direct", "scare"):
            continue
        before, after = text[quote["start"] - 1], text[quote["end"] : quote["end"] + 1]
        if "blockquote" in quote["note"]:
            assert before == "\n" and after in ("\n", ""), quote["text"][:40]
        else:
            assert before in "\"'“‘" and after in "\"'”’", quote["text"][:40]


@pytest.mark.parametrize("name", BUNDLED)
def test_timex_values_are_timex3(name):
    for timex in _gold(name)["timexes"]:
        assert timex["type"] in TYPES
        assert VALUE[timex["type"]].match(timex["value"]), timex
        assert timex["event"].strip()


@pytest.mark.parametrize("name", BUNDLED)
def test_weekdays_and_datelines_resolve_against_the_publication_date(name):
    gold = _gold(name)
    published = dt.date.fromisoformat(gold["published"])
    for timex in gold["timexes"]:
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", timex["value"]):
            continue
        day = dt.date.fromisoformat(timex["value"])
        if timex["text"] in WEEKDAYS:
            assert WEEKDAYS[day.weekday()] == timex["text"], timex
            assert 0 <= (published - day).days < 7, timex
        if timex["text"].split(",")[0] in WEEKDAYS and "," in timex["text"]:
            assert day == published and WEEKDAYS[day.weekday()] == timex["text"].split(",")[0]
