"""Split text into sentences, tuned for news writing.

A full stop is not always the end of a sentence in the news: "L.A.", "U.S.",
"Dr.", "Jan. 5", "John F. Kennedy", "3.5 percent" and "... finding" all carry
dots. This splitter looks at each candidate boundary (``.``, ``!``, ``?`` or an
ellipsis, then optional closing quotes or brackets, then white space, then
something that can open a sentence) and decides from the word before it and the
word after it. Every step is a regular-expression scan, so the time it takes
grows linearly with the text.

Input: a string (one paragraph or many). Output: ``(start, end)`` offsets, each
a Python string index into that string, trimmed of surrounding white space.
"""

from __future__ import annotations

import re

__all__ = ["naive_split", "split_sentences"]

# Titles and words that a full stop never ends in running news text.
_ALWAYS_ABBREVIATIONS = frozenset(
    """
    mr mrs ms mx dr prof sr sra srta sres dra lic ing mt ft gen lt col maj sgt capt cmdr
    adm gov sen rep reps sens rev hon pres supt det ofc insp atty messrs mme mlle
    vs v cf approx fig figs vol vols pp eds ee
    ud uds vd vds pág págs núm dña avda arq
    """.split()
)

# Words that usually sit inside a sentence but can also end one ("... Inc. The
# company said", "born in Fresno, Calif. The"): they end a sentence only when a
# typical sentence opener follows.
_AMBIGUOUS_ABBREVIATIONS = frozenset(
    """
    inc co corp ltd jr bros llc plc etc al no nos st dept est ed ave blvd rd
    jan feb mar apr jun jul aug sep sept oct nov dec uu
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss
    mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)

_LOWER_ABBREVIATIONS = frozenset({"etc", "al", "no", "nos"})

# Words that typically open a sentence, English and Spanish. After an
# abbreviation or initialism ("the U.S. The next day ..."), one of these tips
# the decision towards a boundary.
_SENTENCE_OPENERS = frozenset(
    """
    a an the this that these those it its he she they we i you his her their our my
    there here in on at after before but and or so yet if when while although though
    as since because for with without however meanwhile still then now also mr mrs ms dr
    what who why how where which one some many most no not all each both
    el la los las un una unos unas lo en pero y o si cuando mientras aunque porque
    para con sin sin embargo este esta estos estas ese esa eso ellos ellas él ella
    allí ahí allá aquí además luego entonces también según tras hoy ayer ya desde durante
    después antes así yo tú usted ustedes nosotros su sus mi del al otro otra cada todos nadie
    hay es fue era se le les nos qué quién cómo dónde cuándo
    """.split()
)

# The stop is written so that each branch opens with one literal character: the regex engine then jumps from
# one ".", "!", "?" or "…" to the next instead of trying every position (the matches of "\.{2,}|…|[.!?]+").
_CANDIDATE = re.compile(
    r"""
    (?P<stop>\.\.+|…|\.[.!?]*|![.!?]*|\?[.!?]*)    # the stop itself
    (?P<close>["”’'»)\]]*)           # closing quotes or brackets
    (?P<space>\s+)                   # white space
    (?=(?P<next>[\"“‘'«(\[¿¡]*\w))   # something that can open a sentence
    """,
    re.VERBOSE,
)
_WORD_CHARS = re.compile(r"[\w.\-’']*")
_WORD_AFTER = re.compile(r"[\"“‘'«(\[¿¡]*([\w’'\-]*)")
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")  # "U.S", "L.A", "D.C", "a.m"
_NUMBER = re.compile(r"^\d+$")


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    stop, close = match.group("stop"), match.group("close")
    first = match.group("next")[-1]
    opens_sentence = first.isupper() or first.isdigit() or match.group("next")[:-1] != ""
    if not opens_sentence:
        return False  # "... finding ways", "Why? asked nobody"
    if stop != ".":
        return True  # "!", "?", "?!", "..." followed by a capital
    if close:
        return True  # 'crimes." Perry said' ends inside the quote
    after = _WORD_AFTER.match(text, match.end())
    next_word = after.group(1) if after else ""
    return _period_ends_sentence(_word_before(text, match.start()), next_word)


def _word_before(text: str, end: int) -> str:
    """The run of word characters, dots, hyphens and apostrophes that ends at ``end`` (or at a line break just
    before it), within 80 characters: a bounded window keeps the split linear.

    The run is matched forwards on the reversed window: one match, where a search for ``[...]*$`` tries every
    position of the window.
    """
    start = max(0, end - 80)
    if end > start and text[end - 1] == "\n":
        end -= 1  # as "$" matches before a final line break
    length = _WORD_CHARS.match(text[start:end][::-1]).end()
    return text[end - length : end]


def _period_ends_sentence(word: str, next_word: str) -> bool:
    """Decide whether ``word.`` (a word followed by a full stop) ends a sentence."""
    bare = word.rstrip(".").lstrip("(\"“‘'")
    if not bare:
        return True
    low = bare.lower()
    if low in _ALWAYS_ABBREVIATIONS:
        # "No. 5" and "Jan. 5" stay together; a title never ends a sentence.
        return False
    if len(bare) == 1 and bare.isupper():
        return _is_opener(next_word)  # an initial, as in "John F. Kennedy"
    if ("." in bare and _INITIALISM.match(bare)) or _is_ambiguous_abbreviation(bare, low):
        return _is_opener(next_word)  # "U.S. officials" vs "in the U.S. The next day"
    if next_word[:1].isdigit() and _NUMBER.match(bare):
        return False  # "Section 3. 4" is rare; numbered lists are not sentences
    return True


def _is_opener(word: str) -> bool:
    return word.lower() in _SENTENCE_OPENERS


def _is_ambiguous_abbreviation(bare: str, low: str) -> bool:
    # "Ill." and "Mass." are states; "ill." and "mass." are words ending a sentence.
    return low in _AMBIGUOUS_ABBREVIATIONS and (bare[0].isupper() or low in _LOWER_ABBREVIATIONS)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences in ``text[start:end]``.

    Offsets index ``text`` itself, so ``text[s:e]`` is a sentence. Runs in time
    linear in the length of the slice.

    >>> import civics_kit as ck
    >>> text = ck.load_article().body
    >>> start, end = ck.split_sentences(text)[1]
    >>> text[start:end]
    'The City Council voted 11-1 today to support a California bill ... opt out of the program.'
    >>> ck.split_sentences("Mr. Parks voted no. The bill passed.")    # "Mr." does not end a sentence
    [(0, 19), (20, 36)]
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _CANDIDATE.finditer(text, start, end):
        if _is_boundary(text, match):
            cut = match.start("space")
            span = _trimmed(text, cursor, cut)
            if span:
                spans.append(span)
            cursor = match.end()
    span = _trimmed(text, cursor, end)
    if span:
        spans.append(span)
    return spans


def naive_split(text: str) -> list[str]:
    """Split at every ``.``, ``!`` or ``?`` followed by white space (the baseline)."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
