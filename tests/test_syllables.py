"""Syllable counts: the CMU dictionary first, vowel-group rules for the words it lacks."""

import random

import pytest

from civics_kit.syllables import cmudict_syllables, count_syllables, estimate_english, syllable_method


def _held_out_words() -> list[str]:
    """Dictionary words the rules were not designed on: the second 20,000 of a fixed shuffle."""
    words = sorted(w for w in cmudict_syllables() if w.isalpha() and len(w) > 1)
    random.Random(0).shuffle(words)  # the first 20,000 were used to write the rules
    return words[20_000:40_000]


def test_estimates_agree_with_the_dictionary_on_held_out_words():
    cmu = cmudict_syllables()
    words = _held_out_words()
    agree = sum(estimate_english(w) == cmu[w] for w in words) / len(words)
    bias = sum(estimate_english(w) - cmu[w] for w in words) / len(words)
    assert agree >= 0.90
    assert abs(bias) < 0.05


def test_estimates_beat_textstat_fallback():
    """textstat 0.7.8 falls back on Pyphen's hyphenation points + 1, which undercounts."""
    from textstat.backend.utils import get_pyphen

    pyphen = get_pyphen("en_US")
    cmu = cmudict_syllables()
    words = _held_out_words()[:5000]
    ours = sum(estimate_english(w) == cmu[w] for w in words)
    theirs = sum(len(pyphen.positions(w)) + 1 == cmu[w] for w in words)
    assert ours - theirs >= 0.2 * len(words)


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("criticised", 3),  # British spellings are missing from the CMU dictionary
        ("flavoured", 2),
        ("deportable", 4),
        ("crowdfunding", 3),
        ("mindfulness", 3),
        ("metadata", 4),
        ("Frobisher", 3),
        ("centre", 2),  # a syllabic final -re, like "table"
        ("handled", 2),
        ("pages", 2),
        ("lonely", 2),
        ("being", 2),
        ("nation", 2),
        ("racism", 3),
    ],
)
def test_estimates_for_words_the_dictionary_lacks_or_might(word, syllables):
    assert estimate_english(word) == syllables


@pytest.mark.parametrize(
    ("token", "lang", "syllables"),
    [
        ("high-profile", "en", 3),  # parts add up
        ("LAPD", "en", 4),  # read letter by letter
        ("NATO", "en", 2),  # read as a word
        ("2013", "en", 1),  # numbers count 1, as in textstat
        ("council's", "en", 2),
        ("policía", "es", 4),
        ("agua", "es", 2),
        ("que", "es", 1),
    ],
)
def test_count_syllables(token, lang, syllables):
    assert count_syllables(token, lang) == syllables


def test_method_names_both_sources():
    method = syllable_method("en")
    assert "CMU Pronouncing Dictionary" in method and "vowel-group" in method
    assert "Spanish" in syllable_method("es")
