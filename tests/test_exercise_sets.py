"""The exercise sets' expected answers agree with the kit's analyses and with the hand annotation of the seed.

The answers are computed by the sets when a student checks; these tests keep the
human-written parts of each set (labels, choices) consistent with what the
analyses and the hand annotation (tests/data/seed_gold.json) say.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civics_kit import load_article

GOLD = Path(__file__).parent / "data" / "seed_gold.json"


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def article():
    return load_article()


def sentence_with(article, phrase: str) -> str:
    """The text of the one sentence holding ``phrase``."""
    (sentence,) = [s.text for s in article.sentences if phrase in s.text]
    return sentence


# ---------------------------------------------------------------- ex01, ex05, ex07: article model and record


def test_ex01_labelled_parts_are_where_the_article_model_puts_them(article) -> None:
    from civics_kit.exercise_sets import ex01

    (labels,) = [q for q in ex01.EXERCISES if q.var == "part_labels"]
    roles = {"blog line": "section", "headline": "headline", "photo credit": "credit", "excerpt": "excerpt"}
    for start, label in labels.items.items():
        (paragraph,) = [p for p in article.paragraphs if p.text.startswith(start)]
        if label == "lede":
            assert paragraph == article.body_paragraphs[0]
        else:
            assert paragraph.role == roles[label]


def test_ex01_relayed_share_counts_the_excerpt(article) -> None:
    from civics_kit.exercise_sets import ex01

    assert 0 < ex01.excerpt_word_share() < 0.5
    assert article.excerpts[0].source == "City News Service"


def test_ex07_special_order_age_uses_the_publication_year(gold) -> None:
    from civics_kit.exercise_sets import ex07

    assert ex07.special_order_age() == int(gold["published"][:4]) - ex07.SPECIAL_ORDER_40_YEAR


def test_ex05_and_ex07_phrases_are_in_the_article(article) -> None:
    from civics_kit.exercise_sets import ex05, ex07

    for exercise_set, var in ((ex05, "against_record"), (ex07, "levels")):
        (labels,) = [q for q in exercise_set.EXERCISES if q.var == var]
        for phrase in labels.items:
            assert phrase in article.text, phrase


# ---------------------------------------------------------------- ex06: timeline


def test_ex06_expression_count_and_today_agree_with_the_gold(gold) -> None:
    from civics_kit.exercise_sets import ex06

    assert ex06.expression_count() == len(gold["timexes"])
    (today,) = [t for t in gold["timexes"] if t["text"] == "today"]
    assert ex06.today_forms()[0] == today["value"]


def test_ex06_stale_labels_follow_the_date_dependent_sentences(article) -> None:
    from civics_kit import date_dependent
    from civics_kit.exercise_sets import ex06

    dependent = set(date_dependent(article)["sentence"])
    (labels,) = [q for q in ex06.EXERCISES if q.var == "stale"]
    for phrase, label in labels.items.items():
        if label == "misleads":
            assert sentence_with(article, phrase) in dependent, phrase
        elif label == "still fine":
            assert sentence_with(article, phrase) not in dependent, phrase


def test_ex06_every_change_after_the_article_is_sourced(article) -> None:
    from civics_kit import context_timeline
    from civics_kit.exercise_sets import ex06

    context = context_timeline(article)
    changed = context[context["changes"]]
    assert ex06.changed_count() == len(changed) > 0
    assert changed["source_url"].str.startswith("http").all()
    assert set(changed["confidence"]) <= {"High", "Medium"}


# ---------------------------------------------------------------- ex08: readability


def test_ex08_only_the_fact_locked_rewrite_keeps_every_name_and_term(article) -> None:
    from civics_kit.exercise_sets import ex08

    hardest = ex08.hardest_text()[0]
    locked = ["Bernard Parks", "City Councilman", "Los Angeles", "undocumented immigrants", "violent crimes"]
    assert all(term in hardest for term in locked)
    keeps = {letter for letter, text in ex08.REWRITES.items() if all(term in text for term in locked)}
    (fact_lock,) = [q for q in ex08.EXERCISES if q.var == "fact_lock"]
    assert keeps == set(fact_lock.right) == {"B"}


def test_ex08_rewrite_is_easier_and_reasons_match_the_analysis(article) -> None:
    from civics_kit import hardest_sentences
    from civics_kit.exercise_sets import ex08

    assert ex08.fk_grade(ex08.REWRITES["B"]) < ex08.fk_grade(article)
    assert ex08.seed_band() in ex08.BANDS
    row = hardest_sentences(article, n=1).iloc[0]
    (why,) = [q for q in ex08.EXERCISES if q.var == "why_hard"]
    facts = {"A": row["length_ratio"] > 1, "B": row["n_long_words"] > 0, "C": row["n_difficult_words"] > 0}
    facts["D"] = any(ch.isdigit() for ch in row["text"])
    assert {letter for letter, true in facts.items() if true} == set(why.right)


# ---------------------------------------------------------------- ex02, ex03, ex04: quotes


def gold_shares(gold: dict) -> dict[str, float]:
    """Each speaker's share of the words quoted in their own words, from the hand annotation."""
    from civics_kit.exercise_sets._common import count_words

    words: dict[str, int] = {}
    for quote in gold["quotes"]:
        if quote["kind"] == "direct":
            words[quote["speaker"]] = words.get(quote["speaker"], 0) + count_words(quote["text"])
        elif quote["kind"] == "partial":
            fragment = quote["text"].split('"', 1)[1]
            words[quote["speaker"]] = words.get(quote["speaker"], 0) + count_words(fragment)
    total = sum(words.values())
    return {speaker: n / total for speaker, n in words.items()}


def test_ex02_top_speaker_and_share_agree_with_the_gold(gold) -> None:
    from civics_kit.exercise_sets import ex02

    shares = gold_shares(gold)
    top = max(shares, key=shares.get)
    assert ex02.top_speaker() == top == "Bernard Parks"
    assert ex02.top_share() == pytest.approx(shares[top], abs=0.02)


def test_ex02_how_heard_follows_the_voices_table(article) -> None:
    from civics_kit import voices
    from civics_kit.exercise_sets import ex02

    heard = voices(article).set_index("speaker")
    (labels,) = [q for q in ex02.EXERCISES if q.var == "how_heard"]
    for speaker, label in labels.items.items():
        if speaker in heard.index and label is not None:
            assert (heard.loc[speaker, "direct"] > 0) == (label == "own words"), speaker


def test_ex02_and_ex04_relay_chain_and_finding_agree_with_the_gold(gold) -> None:
    from civics_kit.exercise_sets import ex04

    (found,) = [q for q in gold["quotes"] if q["cue"] == "found"]
    row = ex04.finding()
    assert row["via"] == found["via"] == "City News Service"
    assert (row["start"], row["end"], row["text"]) == (found["start"], found["end"], found["text"])
    assert row["speaker"] == found["speaker"] == ex04.finding_by()[0]


def test_ex03_said_count_agrees_with_the_gold(gold) -> None:
    from civics_kit.exercise_sets import ex03

    assert ex03.said_count() == sum(q["cue"] == "said" for q in gold["quotes"] if q["kind"] != "scare")


def test_ex03_whose_words_follow_the_quotation_spans(article, gold) -> None:
    from civics_kit import quotes
    from civics_kit.exercise_sets import ex03

    spans = [(r.start, r.end) for r in quotes(article).itertuples()]
    gold_spans = [(q["start"], q["end"]) for q in gold["quotes"]]
    (labels,) = [q for q in ex03.EXERCISES if q.var == "whose_words"]
    for phrase, label in labels.items.items():
        at = article.text.lower().index(phrase.lower())
        for found in (spans, gold_spans):
            inside = any(start <= at < end for start, end in found)
            if label is not None:
                assert inside == (label == "source"), phrase


def test_ex03_sanctuary_city_is_a_scare_quote(article, gold) -> None:
    from civics_kit import quotes

    rows = quotes(article)
    assert "scare" in set(rows.loc[rows["text"] == "sanctuary city", "kind"])
    assert any(q["text"] == "sanctuary city" and q["kind"] == "scare" for q in gold["quotes"])


# ---------------------------------------------------------------- ex09: the example article


def test_ex09_labels_and_choices_follow_the_analyses(article) -> None:
    from civics_kit import time_expressions, voices
    from civics_kit.exercise_sets import ex08, ex09

    example = ex09.example()
    named = voices(example).set_index("speaker")["named"]
    (labels,) = [q for q in ex09.EXERCISES if q.var == "example_sources"]
    for source, label in labels.items.items():
        matches = [s for s in named.index if s.endswith(source)]
        if label is not None:
            assert [bool(named[s]) for s in matches] == [label == "named"], source
    assert ex08.fk_grade(article) > ex08.fk_grade(example) + 2
    expressions = time_expressions(example)
    (stale,) = [q for q in ex09.EXERCISES if q.var == "example_stale"]
    for letter, option in stale.options.items():
        start = example.text.index(option.strip("'"))
        end = start + len(option.strip("'"))
        inside = expressions[(expressions["start"] >= start) & (expressions["end"] <= end)]
        assert bool(inside["relative"].any()) == (letter in stale.right), letter


# ---------------------------------------------------------------- ex10: the source cards


def test_ex10_labels_and_counts_follow_the_source_cards() -> None:
    from civics_kit.exercise_sets import ex10
    from civics_kit.lateral import card_data

    cards = {card["name"]: card for card in card_data()["cards"]}
    (labels,) = [q for q in ex10.EXERCISES if q.var == "kinds"]
    assert set(labels.items) <= set(cards)
    assert all(labels.items[name] == cards[name]["source_kind"] for name in labels.items)
    assert set(labels.items.values()) == set(labels.labels)  # every kind is practised
    assert labels.items["Not One More Deportation"] == labels.items["Advancing American Freedom"]
    assert ex10.advocacy_cards() == sum(card["source_kind"] == "advocacy" for card in cards.values()) > 2
    (relay,) = [q for q in ex10.EXERCISES if q.var == "relay_plan"]
    assert "City News Service reported" in relay.source()
