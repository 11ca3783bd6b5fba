"""Step 2: reporting verbs (said, told, according to ...) and the speaker named before or after each."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cuewords import _cue_matches
from .lexicon import (
    _BARE_CLAUSE,
    _FINITE,
    _GROUP_NOUNS,
    _LEADING_WORDS,
    _MASK,
    _PARTICIPLES,
    _PARTY_TAG_END,
    _PERSON_NOUNS,
    _TITLES,
    _TOKEN,
    _UNNAMED_ORG,
    _lazy,
)
from .mentions import _abbreviation_before, _clean_role, _is_described, parse_speaker
from .records import Speaker

# Patterns the functions below use, compiled once.
_CONTENT_OPENER = _lazy(r"\s*(?:that\b|:|\x01|,\s*\x01)")
_ENDS_WITH_COMMA_OR_QUOTE = _lazy(r"[,\x01?!]\s*$")
_SHORT_TAIL_AFTER_QUOTE = _lazy(r"\x01\s*,?\s*[^\x01,.;:]{1,40}$")
_SPACES = _lazy(r"\s+")
_FOLLOWING_TO_BE_OR_HAVE = _lazy(r"\s+to\s+(?:be|have)\b")
_FOLLOWING_TO = _lazy(r"\s+to\b")
_NEXT_LETTERS = _lazy(r"\s*([A-Za-z]+)")
_COMMA_PARTS = _lazy(r"[^,]+|(?<=,)(?=,)|(?<=,)$")
_ENDS_WITH_HE_SHE_THEY = _lazy(r"(?<![\w'’])(he|she|they)\s*$")
_ENDS_WITH_AND_OR_BUT = _lazy(r"\b(?:and|but)\s*$")
_CONJUNCTION_BEFORE_CAPITAL = _lazy(r"(?:^|\s)[a-z][\w'’-]*,?\s+(?:and|but|or)\s+(?=[A-Z])")
_ENDS_WITH_RELATIVE_PRONOUN = _lazy(r"\b(?:who|which|where)\s*$")
_ED_WORD = _lazy(r"\w+ed")
_RELATIVE_PRONOUN = _lazy(r"(?:who|whose|which)\b")
_CONJUNCTION = _lazy(r"(?:and|but|or)\b")
_PARTY_TAG = _lazy(r"[DRI]-[A-Z][\w.]*")
_ABBREVIATION = _lazy(r"(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.")
_NEXT_WORD = _lazy(r"\s*(\w+)\s+")
_ENDS_WITH_CAPITALISED_WORD = _lazy(r"[A-Z][\w'’.-]*\s*$")
_COMMA_THEN_NAME = _lazy(r",\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)\s*(?=[.,;]|$)")
_COMMA_APPOSITIVE = _lazy(r",\s*([^,\x01]{2,120}?),")
_RELATIVE_CLAUSE = _lazy(r"\s(?:who|whom|whose|which)\s")
_ENDS_WITH_SUBJECT_PRONOUN = _lazy(r"(?<![\w'’-])(?:he|she|they|it|we)\s+$", re.IGNORECASE)
_DESCRIPTION_OPENER = _lazy(r"(?:a|an|the|who|whose|one|both)\b", re.IGNORECASE)
_LEADING_SUBJECT_PRONOUN = _lazy(r"(he|she|they|it|we)\b", re.IGNORECASE)


@dataclass
class _Cue:
    start: int  # absolute offsets of the cue words
    end: int
    cue: str
    verb: str
    speaker: Speaker | None = None
    inverted: bool = False
    inherited: bool = False
    zone_start: int = 0  # where this cue's attribution (speaker and cue) starts
    zone_end: int = 0


_HARD_BOUNDARY = _lazy(r"[\x01;:()\[\]—–]|\s--\s")
_PASSIVE = _lazy(r"(?:\b(?:is|was|were|been|be|being|are|it's)\s+)$", re.IGNORECASE)
_INVERTED_END = _lazy(
    r"[,.;:!?\x01()—–]|\s(?:in|on|at|during|after|before|to|from|with|who|when|while|as|adding|noting|via|over|through|"
    r"last|this|earlier|later|told|said|and\s+(?:added|said))\b"
)


# present forms that are as often nouns ("the state", "claims", "reports", "notes"): a cue only before "that",
# a colon or a quotation, or after one ('"Q," Lee notes'), or after a pronoun ("she notes the ...")
_NOUN_LIKE = frozenset(
    "state states claim claims report reports note notes estimate estimates tweet tweets find finds".split()
)


def _reports_here(before: str, after: str) -> bool:
    if _CONTENT_OPENER.match(after):
        return True
    if _tail_search(_ENDS_WITH_COMMA_OR_QUOTE, before, 1) or _SHORT_TAIL_AFTER_QUOTE.search(before):
        return True  # '"Q," notes Lee' or '"Q," Lee notes'
    return _tail_search(_ENDS_WITH_SUBJECT_PRONOUN, before, 4) is not None


def _tail_search(pattern: re.Pattern[str], string: str, reach: int, end: int = -1) -> re.Match[str] | None:
    """``pattern.search(string)`` for a pattern that matches at most ``reach`` characters, then spaces to the end.

    Such a match starts at most ``reach`` characters before the last one that is not a space, so the search
    starts there (``\\b`` and look-behinds still see the characters before it): the same match, found without
    trying every position of a long string. ``end``: ``len(string.rstrip())``, when the caller has it.
    """
    return pattern.search(string, max(0, (len(string.rstrip()) if end < 0 else end) - reach))


def _find_cues(text: str, masked: str, offset: int, first_words: list[tuple[int, int]] | None = None) -> list[_Cue]:
    cues = []
    for match in _cue_matches(masked, first_words):
        verb = match.group("verb").lower()
        if not verb.isalpha():
            verb = _SPACES.sub(" ", verb)  # "pointed  out", "according\nto"
        before = masked[: match.start()]
        stripped = before.rstrip()
        if match.group("verb")[0].isupper() and (verb != "according to" or before.strip(" \x01,")):
            continue  # "the United States", "Reports"
        after = masked[match.end() : match.end() + 12]
        if verb in _NOUN_LIKE and not _reports_here(before, after):
            continue  # "New York state now has", "unemployment claims had topped"
        if verb != "according to" and _FOLLOWING_TO_BE_OR_HAVE.match(after):
            continue  # "said to be", "believed to have been"
        if verb not in _BARE_CLAUSE and verb != "according to" and _FOLLOWING_TO.match(after):
            continue
        if verb != "according to" and _tail_search(_PASSIVE, before, 5, len(stripped)):
            continue
        if verb not in ("according to",) and stripped.endswith((" to", " not")):
            continue
        if _looks_like_noun(verb, before, masked[match.end() : match.end() + 30], stripped):
            continue
        if verb in _PARTICIPLES and not _PARTICIPLE_CONTEXT.search(before):
            continue  # "shy away from pointing out", "a day of saying goodbye"
        cue_text = text[offset + match.start("cue") : offset + match.end("cue")]
        cues.append(_Cue(offset + match.start("cue"), offset + match.end("cue"), cue_text, verb))
    return cues


_PARTICIPLE_CONTEXT = _lazy(
    r"(?:[,;\x01]|\b(?:and|while|before|after|also|quoted as))(?:\s+(?:further|then|again|later|[a-z]+ly))?\s*$"
)
_DETERMINER = _lazy(
    r"(?:^|\s)(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|of|in|on|for|to|with|by|no|any|"
    r"some|each|every|new|first|last|one|state|federal|city|news|press|such|whose|which|final|initial)\s*$",
    re.IGNORECASE,
)
_PAST = ("ed", "said", "told", "wrote", "found", "went on", "pointed out")


_NP_START = frozenset("the a an his her their its our this that these he she they it we i".split())


def _looks_like_noun(verb: str, before: str, after: str | None = None, stripped: str | None = None) -> bool:
    """ "the state Assembly", "a report", "his claims": a cue word used as a noun (``stripped``: before.rstrip())."""
    if verb.endswith(_PAST) or verb.endswith("ing") or verb == "according to":
        return False
    stripped = before.rstrip() if stripped is None else stripped
    if stripped.endswith(",") and not stripped.endswith(_MASK + ",") and after is not None:
        # "In January 2018, reports indicated": a noun; "..., says the mayor": an inverted cue
        following = _NEXT_LETTERS.match(after)
        if following and following.group(1).islower() and following.group(1) not in _NP_START:
            return True
    return _tail_search(_DETERMINER, before, 8, len(stripped)) is not None or not stripped  # 8: " federal"


def _speaker_before(text: str, masked: str, offset: int, cue: _Cue, floor: int) -> tuple[Speaker | None, int]:
    """The speaker named just before the cue (``S said``), and where that naming starts."""
    rel_cue = cue.start - offset
    low = max(floor - offset, rel_cue - 300, 0)
    chunk = masked[low:rel_cue]
    # a tag ends in its bracket: the pattern is only tried where the words before the cue do
    party = _PARTY_TAG_END.search(masked, low, rel_cue) if chunk.rstrip().endswith(")") else None
    if party is not None:
        rel_cue = party.start()  # "Sen. Ann Lee (D-Ore.) said": the tag is her role
        chunk = masked[low:rel_cue]
    base = low + _after_last_boundary(chunk)
    chunk = masked[base:rel_cue]
    parts = [(m.start(), m.end()) for m in _COMMA_PARTS.finditer(chunk)]
    if not parts or not chunk.strip():
        return None, base + offset
    appositive = None
    if chunk.rstrip().endswith(","):
        real = [p for p in parts if chunk[p[0] : p[1]].strip()]
        k = len(real) - 1
        while k >= 1 and _looks_like_description(chunk[real[k][0] : real[k][1]]):
            k -= 1  # "Rep. Ana Ruiz, D-Calif., the incoming chairwoman, said": skip every appositive
        if k < len(real) - 1:
            appositive = ", ".join(chunk[a:b].strip() for a, b in real[k + 1 :] if _clean_role(chunk[a:b]))
            part = real[k]
        elif real:
            part = real[-1]
        else:
            return None, base + offset
    else:
        part = parts[-1]
    p_start, p_end = base + part[0], base + part[1]
    words = masked[p_start:p_end]
    pronoun = _tail_search(_ENDS_WITH_HE_SHE_THEY, _strip_trailing_adverbs(words), 4)
    if pronoun and appositive is None:
        at = p_start + pronoun.start(1)
        return parse_speaker(text, offset + at, offset + at + len(pronoun.group(1))), offset + at
    if _tail_search(_ENDS_WITH_AND_OR_BUT, words, 3) and len(words.split()) > 2:
        return None, base + offset  # "Pompeo praised China's support and said ...": the subject speaks
    p_start = _skip_leading_words(masked, p_start, p_end)
    when = _TIME_OPENER.match(masked, p_start, p_end) or _BARE_TIME.match(masked, p_start, p_end)
    if when:
        p_start = when.end()  # "In early March the company announced": the time is not the speaker
    that = list(_SUBORDINATE.finditer(masked[p_start:p_end]))
    if that:
        p_start += that[-1].end()
    # "... asked him about his health and Gillis suggested": a new clause starts after "and"
    joined = list(_CONJUNCTION_BEFORE_CAPITAL.finditer(masked[p_start:p_end]))
    if joined:
        p_start += joined[-1].end()
    p_end = p_start + len(_strip_trailing_adverbs(masked[p_start:p_end]))
    words = masked[p_start:p_end]
    if len(words.split()) > 12 or not words.strip():
        return None, base + offset
    if not _noun_phrase(words):
        return None, base + offset
    if _tail_search(_ENDS_WITH_RELATIVE_PRONOUN, words, 5):
        return None, base + offset
    if party is not None:
        appositive = ", ".join(a for a in (party.group("tag"), appositive) if a)
    speaker = parse_speaker(text, offset + p_start, offset + p_end, appositive)
    return speaker, offset + p_start


_BOUNDARY_CHARS = ("\x01", ";", ":", "(", ")", "[", "]", "—", "–")


def _after_last_boundary(chunk: str) -> int:
    """Where the words after the last hard boundary (a mark, a bracket, a colon, a dash) start in ``chunk``."""
    if "--" in chunk:
        ends = [m.end() for m in _HARD_BOUNDARY.finditer(chunk)]
        return ends[-1] if ends else 0
    return max(map(chunk.rfind, _BOUNDARY_CHARS)) + 1  # each character is a boundary of its own


_BARE_TIME = _lazy(
    r"\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|July|September|"
    r"October|November|December|Today|Yesterday)\s+(?=[a-zA-Z])"
)
_TIME_OPENER = _lazy(
    r"\s*(?:In|On|By|Since|Until|Last|Earlier|Later|This)\s+(?:(?:early|mid|late|mid-)\s*)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"spring|summer|fall|autumn|winter|week|month|year|\d{4})\s+(?=[a-zA-Z])"
)
_SUBORDINATE = _lazy(
    r"\b(?:that|after|before|when|while|because|since|although|though|whereas|but|where|until|unless|as|so|if|"
    r"then|once)\s+"
)
_OPENING_PHRASE = _lazy(
    r"\s*(?:in|on|at|after|before|unlike|like|despite|during|with|for|from|since|while|when|as|although|though|"
    r"because|if|last|this|earlier|later|meanwhile|however|still|instead)\b[^,\x01]{0,60},\s*"
    r"|\s*(?:[A-Z][a-z]+ly|Down|Up|Back|Across|Outside|Inside|Elsewhere|Nearby|Overall|Now|Then|So|Also|Yet|"
    r"Under|Over|Among|Along|Around|Behind|Within|Without|Throughout|Amid|Against|Between|Once|Soon|Next|"
    r"First|Second|Third|Today|Yesterday|Tonight|Asked|Speaking|Asked)(?:\s+[a-z][\w'’-]*){0,5},\s*",
    re.IGNORECASE,
)
_DATELINE = _lazy(r"^[A-Z][A-Z .,'’-]{2,40}(?:\([^)]{1,20}\))?\s*(?:--|—|–|-)\s+")
_QUOTED_AS = _lazy(r"\b(?:was|were|is|are|been|being)\s+quoted\s+as\s*$", re.IGNORECASE)
_ADVERB_TAIL = _lazy(
    r"(?:\s+(?:(?:was|were|is|are|been|being)\s+quoted\s+as|also|later|earlier|then|again|once|still|further|first|previously|recently|repeatedly|"
    r"has|have|had|will|would|could|can|may|might|did|does|do|once|now|even|just|never|always|often|"
    r"[a-z]+ly))+\s*$"
)


_TIME_TAIL = _lazy(
    r"(?:\s+(?:late|early|on|last|this|earlier|later))?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|yesterday|today|tonight|week|month|year|morning|afternoon|evening|night)\s*$",
    re.IGNORECASE,
)


# The last words the two tails above can end in (each pattern is tried only on a part that ends in one):
# an adverb, "as" of "quoted as", or a word in -ly; the last two letters of a time word, in any case.
_ADVERB_LAST = frozenset(
    "as also later earlier then again once still further first previously recently repeatedly has have had will "
    "would could can may might did does do now even just never always often".split()
)
_TIME_ENDINGS = frozenset("ay ht ek th ar ng on".split())


def _strip_trailing_adverbs(part: str) -> str:
    last = part.rsplit(maxsplit=1)[-1] if not part.isspace() and part else ""
    if last in _ADVERB_LAST or (len(last) > 2 and last.endswith("ly") and last.isascii() and last.islower()):
        part = _ADVERB_TAIL.sub("", part)
    if part.rstrip()[-2:].lower() not in _TIME_ENDINGS:
        return part
    trimmed = _TIME_TAIL.sub("", part)
    return trimmed if trimmed.strip() else part


def _noun_phrase(part: str) -> bool:
    """A rough check that the words before a cue name someone rather than say something."""
    if _FINITE.search(part):
        return False
    tokens = part.split()
    for k in range(1, len(tokens)):
        word = tokens[k]
        if word.islower() and word.endswith("ed") and tokens[k - 1][:1].isupper() and k == len(tokens) - 1:
            return False
        if (
            word.islower()
            and _ED_WORD.fullmatch(word)
            and tokens[k - 1][:1].isupper()
            and k + 1 < len(tokens)
            and tokens[k + 1].islower()
            and word not in _GROUP_NOUNS
            and word.rstrip("s") not in _PERSON_NOUNS
        ):
            return False  # "Roy Graf protested the bills"
    return len(tokens) <= 12


_ROLE_OF = _lazy(r"^[A-Z][\w'’.-]*\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:to|of|for|at)\s")


def _looks_like_description(part: str) -> bool:
    part = part.strip()
    if _RELATIVE_PRONOUN.match(part):
        return True  # "a citizen, whose name is redacted, wrote"
    relative = _RELATIVE_CLAUSE.search(part) if _DESCRIPTION_OPENER.match(part) else None
    if relative is not None and not _FINITE.search(part, 0, relative.start()):
        return True  # "Ben Ortiz, a sleep specialist who was not involved in the study, said"
    if _FINITE.search(part) or _CONJUNCTION.match(part):
        return False
    if _PARTY_TAG.fullmatch(part):
        return True  # "Sen. Richard Blumenthal, D-Conn., said"
    if _ABBREVIATION.fullmatch(part):
        return True  # "a bakery in Truro, N.S., says": a province or state, not the speaker
    words = part.split()
    if words and len(words) <= 6 and words[-1].lower().rstrip(".") in _TITLES:
        return True  # "Jim Eglinski, Yellowhead MP, said"
    if _ROLE_OF.search(part):
        return True  # "Ann Lee, Canada's ambassador to Japan, said": Japan is where, not who
    return bool(part) and (part[0].islower() or _DESCRIPTION_OPENER.match(part) is not None)


def _skip_leading_words(masked: str, start: int, end: int) -> int:
    end = min(end, len(masked))
    while True:
        match = _NEXT_WORD.match(masked, start, end)
        if match and match.group(1).lower() in _LEADING_WORDS:
            start = match.end()
            continue
        while start < end and masked[start].isspace():
            start += 1
        return start


def _speaker_after(text: str, masked: str, offset: int, cue: _Cue) -> tuple[Speaker | None, int]:
    """The speaker named just after an inverted cue (``"Q," said S``), and where the naming ends."""
    rel = cue.end - offset
    rest = masked[rel:]
    length = len(rest)
    for stop in _INVERTED_END.finditer(rest):
        if stop.group() == "." and _abbreviation_before(rest, stop.start()):
            continue
        if stop.group().strip() == "with" and not _ENDS_WITH_CAPITALISED_WORD.search(rest[: stop.start()]):
            continue  # "said a person familiar with the talks" (but "said Terry Chapman with the union")
        length = stop.start()
        break
    segment = rest[:length]
    if not segment.strip() or len(segment.split()) > 10:
        return None, cue.end
    start = rel + len(segment) - len(segment.lstrip())
    end = rel + len(segment.rstrip())
    named = _COMMA_THEN_NAME.match(masked[end:])
    if named and masked[start:end].split()[-1][:1].islower():
        description = text[offset + start : offset + end]
        name_start = end + named.start(1)
        speaker = parse_speaker(text, offset + name_start, offset + end + named.end(1), description)
        return speaker, offset + end + named.end(1)
    appositive = _COMMA_APPOSITIVE.match(masked[end:])
    role = appositive.group(1) if appositive and _looks_like_description(appositive.group(1)) else None
    speaker = parse_speaker(text, offset + start, offset + end, role)
    if role is not None and appositive is not None:
        end += appositive.end() - 1
    return speaker, offset + end


# the lowercase words a subject's name or description is made of ("the city council", "a spokesperson")
_SUBJECT_WORDS = _TITLES | {"of", "the", "and", "a", "an"} | _PERSON_NOUNS | _GROUP_NOUNS | _UNNAMED_ORG


def _subject(text: str, masked: str, offset: int, limit: int) -> Speaker | None:
    """The subject at the start of a unit (for "..., saying ..." with no speaker of its own)."""
    dateline = _DATELINE.match(masked)
    start = _skip_leading_words(masked, dateline.end() if dateline else 0, limit - offset)
    opener = _OPENING_PHRASE.match(masked, start)
    if opener and opener.end() < limit - offset:
        start = _skip_leading_words(masked, opener.end(), limit - offset)
    pronoun = _LEADING_SUBJECT_PRONOUN.match(masked, start)
    if pronoun:
        return parse_speaker(text, offset + start, offset + pronoun.end())
    end = start
    for token in _TOKEN.finditer(masked, start, limit - offset):  # lazily: the loop mostly stops after a few
        if end > start:
            gap = masked[end : token.start()]
            if "," in gap and masked[start].isupper():
                break  # "Ken Oduya, chief executive of a bank, said": the appositive is not the name
            if "(" in gap:
                break  # "Sen. Ann Lee (D-Ore.) said": a bracket never goes on with the name
        word = token.group()
        if word[:1].isupper() or word.lower() in _SUBJECT_WORDS:
            end = token.end()
            continue
        break
    if end == start:
        return None
    named = _COMMA_THEN_NAME.match(masked[end:])
    if named and _is_described(masked[start:end]):
        # "Her neighbor, Sam Pike, disagreed": the name in the appositive is the subject, the words its role
        description = text[offset + start : offset + end]
        return parse_speaker(text, offset + end + named.start(1), offset + end + named.end(1), description)
    return parse_speaker(text, offset + start, offset + end)
