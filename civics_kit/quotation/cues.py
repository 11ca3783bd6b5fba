"""Step 2: reporting verbs (said, told, according to ...) and the speaker named before or after each."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    _BARE_CLAUSE,
    _DIRECTIVE,
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
    _VERB_WORDS,
    _cue_pattern,
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
_LEADING_THAT = _lazy(r"that\b")
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


_FIRST_WORDS = frozenset(v.split()[0] for v in _VERB_WORDS) | {"according"}
_LETTERS = _lazy(r"[A-Za-z]+")


def _cue_matches(masked: str) -> list[re.Match[str]]:
    """The cue matches of a unit; a set look-up first, the regular expression only where it can match."""
    found = []
    for word in _LETTERS.finditer(masked):
        if word.group().lower() in _FIRST_WORDS:
            at = max(0, word.start() - 8)
            match = _cue_pattern().search(masked, at, min(len(masked), word.end() + 4))
            while match is not None and match.end("verb") <= word.start():
                match = _cue_pattern().search(masked, match.end(), min(len(masked), word.end() + 4))
            if match is not None and match.start("verb") == word.start():
                found.append(match)
    return found


# present forms that are as often nouns ("the state", "claims", "reports", "notes"): a cue only before "that",
# a colon or a quotation, or after one ('"Q," Lee notes'), or after a pronoun ("she notes the ...")
_NOUN_LIKE = frozenset(
    "state states claim claims report reports note notes estimate estimates tweet tweets find finds".split()
)


def _reports_here(before: str, after: str) -> bool:
    if _CONTENT_OPENER.match(after):
        return True
    if _ENDS_WITH_COMMA_OR_QUOTE.search(before) or _SHORT_TAIL_AFTER_QUOTE.search(before):
        return True  # '"Q," notes Lee' or '"Q," Lee notes'
    return _ENDS_WITH_SUBJECT_PRONOUN.search(before) is not None


def _find_cues(text: str, masked: str, offset: int) -> list[_Cue]:
    cues = []
    for match in _cue_matches(masked):
        verb = _SPACES.sub(" ", match.group("verb").lower())
        before = masked[: match.start()]
        if match.group("verb")[0].isupper() and (verb != "according to" or before.strip(" \x01,")):
            continue  # "the United States", "Reports"
        after = masked[match.end() : match.end() + 12]
        if verb in _NOUN_LIKE and not _reports_here(before, after):
            continue  # "New York state now has", "unemployment claims had topped"
        if verb != "according to" and _FOLLOWING_TO_BE_OR_HAVE.match(after):
            continue  # "said to be", "believed to have been"
        if verb not in _BARE_CLAUSE and verb != "according to" and _FOLLOWING_TO.match(after):
            continue
        if _PASSIVE.search(before) and verb != "according to":
            continue
        if verb not in ("according to",) and before.rstrip().endswith((" to", " not")):
            continue
        if _looks_like_noun(verb, before, masked[match.end() : match.end() + 30]):
            continue
        if verb in _PARTICIPLES and not re.search(
            r"(?:[,;\x01]|\b(?:and|while|before|after|also|quoted as))"
            r"(?:\s+(?:further|then|again|later|[a-z]+ly))?\s*$",
            before,
        ):
            continue  # "shy away from pointing out", "a day of saying goodbye"
        cue_text = text[offset + match.start("cue") : offset + match.end("cue")]
        cues.append(_Cue(offset + match.start("cue"), offset + match.end("cue"), cue_text, verb))
    return cues


_DETERMINER = _lazy(
    r"(?:^|\s)(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|of|in|on|for|to|with|by|no|any|"
    r"some|each|every|new|first|last|one|state|federal|city|news|press|such|whose|which|final|initial)\s*$",
    re.IGNORECASE,
)
_PAST = _lazy(r"(?:ed|said|told|wrote|found|went on|pointed out)$")


_NP_START = frozenset("the a an his her their its our this that these he she they it we i".split())


def _looks_like_noun(verb: str, before: str, after: str | None = None) -> bool:
    """ "the state Assembly", "a report", "his claims": a cue word used as a noun."""
    if _PAST.search(verb) or verb.endswith("ing") or verb == "according to":
        return False
    if before.rstrip().endswith(",") and not before.rstrip().endswith(_MASK + ",") and after is not None:
        # "In January 2018, reports indicated": a noun; "..., says the mayor": an inverted cue
        following = _NEXT_LETTERS.match(after)
        if following and following.group(1).islower() and following.group(1) not in _NP_START:
            return True
    return _DETERMINER.search(before) is not None or not before.strip()


def _speaker_before(text: str, masked: str, offset: int, cue: _Cue, floor: int) -> tuple[Speaker | None, int]:
    """The speaker named just before the cue (``S said``), and where that naming starts."""
    rel_cue = cue.start - offset
    low = max(floor - offset, rel_cue - 300, 0)
    party = _PARTY_TAG_END.search(masked, low, rel_cue)
    if party is not None:
        rel_cue = party.start()  # "Sen. Ann Lee (D-Ore.) said": the tag is her role
    chunk = masked[low:rel_cue]
    boundaries = [m.end() for m in _HARD_BOUNDARY.finditer(chunk)]
    base = low + (boundaries[-1] if boundaries else 0)
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
    pronoun = _ENDS_WITH_HE_SHE_THEY.search(_strip_trailing_adverbs(masked[p_start:p_end]))
    if pronoun and appositive is None:
        at = p_start + pronoun.start(1)
        return parse_speaker(text, offset + at, offset + at + len(pronoun.group(1))), offset + at
    if _ENDS_WITH_AND_OR_BUT.search(masked[p_start:p_end]) and len(masked[p_start:p_end].split()) > 2:
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
    if len(masked[p_start:p_end].split()) > 12 or not masked[p_start:p_end].strip():
        return None, base + offset
    if not _noun_phrase(masked[p_start:p_end]):
        return None, base + offset
    if _ENDS_WITH_RELATIVE_PRONOUN.search(masked[p_start:p_end]):
        return None, base + offset
    if party is not None:
        appositive = ", ".join(a for a in (party.group("tag"), appositive) if a)
    speaker = parse_speaker(text, offset + p_start, offset + p_end, appositive)
    return speaker, offset + p_start


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


def _strip_trailing_adverbs(part: str) -> str:
    part = _ADVERB_TAIL.sub("", part)
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
    while True:
        match = _NEXT_WORD.match(masked[start:end])
        if match and match.group(1).lower() in _LEADING_WORDS:
            start += match.end()
            continue
        return start + (len(masked[start:end]) - len(masked[start:end].lstrip()))


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


def _subject(text: str, masked: str, offset: int, limit: int) -> Speaker | None:
    """The subject at the start of a unit (for "..., saying ..." with no speaker of its own)."""
    dateline = _DATELINE.match(masked)
    start = _skip_leading_words(masked, dateline.end() if dateline else 0, limit - offset)
    opener = _OPENING_PHRASE.match(masked, start)
    if opener and opener.end() < limit - offset:
        start = _skip_leading_words(masked, opener.end(), limit - offset)
    pronoun = _LEADING_SUBJECT_PRONOUN.match(masked[start:])
    if pronoun:
        return parse_speaker(text, offset + start, offset + start + pronoun.end())
    end = start
    for token in _TOKEN.finditer(masked, start, limit - offset):  # lazily: the loop mostly stops after a few
        word = token.group()
        if end > start and "," in masked[end : token.start()] and masked[start:end][:1].isupper():
            break  # "Ken Oduya, chief executive of a bank, said": the appositive is not the name
        if end > start and "(" in masked[end : token.start()]:
            break  # "Sen. Ann Lee (D-Ore.) said": a bracket never goes on with the name
        if (
            word[:1].isupper()
            or word.lower() in _TITLES
            or word.lower() in ("of", "the", "and", "a", "an")
            or word.lower() in _PERSON_NOUNS
            or word.lower() in _GROUP_NOUNS
            or word.lower() in _UNNAMED_ORG
        ):
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


_TELL = frozenset("tell tells told telling".split())
_OBJECT = _lazy(
    r"\s*(?:him|her|them|us|me|you|reporters|journalists|media|(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w'’.&-]*)*|"
    r"(?:the|a|an|his|her|their|its|our)\s+\w+)"
    r"(?:\s+(?:host|anchor|reporter|correspondent|columnist|interviewer|radio|show|program)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
    r"(?=[\s,.;:!?\x01]|$)"
)
_DIRECTED = _lazy(
    r"\s+(?:him|her|them|us|everyone|people|[a-z][\w'’-]*[a-rt-z]s|"
    r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|"
    r"(?:the|all|its|their|his|her|our|local|area|other)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
    r"\s+(?P<to>(?:never\s+|not\s+)?to\s+)(?=[a-z])"
)
_THAT_SOON = _lazy(r"^[^\x01,;:.!?]{0,60}?(?=\bthat\b)")
_DAY = _lazy(
    r"\s*(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last|late|early)\s+(?:week|month|year|morning|afternoon|evening|night))\b",
    re.IGNORECASE,
)
_PREPOSITION = _lazy(
    r"\s*(?:in|at|during|to|by|from|after|before|via|over|through|outside|inside|near|on)\s", re.IGNORECASE
)
_SUBJECT_PRONOUN = _lazy(r"\b(?:he|she|they|it|we|i|there)\b")
_ADJUNCT_TAIL = _lazy(r"^[^\x01,;.!?]{0,80}?(?=[,;.!?]|$)")


def _stops_here(stripped: str, at: int) -> tuple[str, int] | None:
    """('end', at) at the end of the sentence, ('comma', at) before a comma, else None."""
    if not stripped or stripped[0] in ".!?":
        return "end", at
    if stripped[0] == ",":
        return "comma", at
    return None


def _after_cue(masked: str, rel: int, verb: str, after_quote: bool = False) -> tuple[str, int]:
    """How the unit goes on after a cue: ('end'|'comma'|'content', where the content starts)."""
    rest = masked[rel:]
    stripped = rest.lstrip()
    at = rel + len(rest) - len(stripped)
    if ending := _stops_here(stripped, at):
        return ending
    if stripped[0] == ":":
        return "content", at + 1
    if stripped[0] == _MASK:
        return "content", at
    if after_quote and not _LEADING_THAT.match(stripped):
        return "end", at
    that = _THAT_SOON.match(rest)
    if that and _gap_before_that(rest[: that.end()], verb):
        return "content", rel + that.end()
    if verb in _DIRECTIVE and (directed := _DIRECTED.match(rest)):
        return "content", rel + directed.start("to")  # "reminded customers to keep freezers shut"
    if verb in _TELL:
        obj = _OBJECT.match(rest)
        if obj:
            rel = rel + obj.end()
            rest = masked[rel:]
            stripped = rest.lstrip()
            at = rel + len(rest) - len(stripped)
            if ending := _stops_here(stripped, at):
                return ending
    adjunct = _adjunct_length(masked, rel)
    if adjunct:
        tail = masked[rel + adjunct :].lstrip()
        if not tail or tail[0] in ".!?":
            return "end", rel + adjunct
        if tail[0] == ",":
            comma = rel + adjunct + masked[rel + adjunct :].index(",")
            if masked[comma + 1 :].lstrip().startswith(_MASK):
                return "content", comma + 1
            return "comma", comma
        return "content", rel + adjunct
    return "content", at


def _gap_before_that(gap: str, verb: str) -> bool:
    """Whether the words between a cue and "that" are a short time, place or object phrase."""
    words = gap.split()
    if len(words) <= 1:
        return True
    if verb in _TELL and len(words) <= 6:
        return True  # "told the House of Commons that"
    return (len(words) <= 6 and _PREPOSITION.match(gap) is not None) or _DAY.match(gap) is not None


def _adjunct_length(masked: str, rel: int) -> int:
    """Length of a time or place phrase right after a cue ("on Wednesday", "in an email")."""
    rest = masked[rel:]
    day = _DAY.match(rest)
    if day:
        return day.end()
    if not _PREPOSITION.match(rest):
        return 0
    tail = _ADJUNCT_TAIL.match(rest)
    window = rest[: tail.end()] if tail else ""
    pronoun = _SUBJECT_PRONOUN.search(window, 3)
    if pronoun and len(window[: pronoun.start()].split()) <= 8:
        return pronoun.start()
    if tail and len(window.split()) <= 10:
        after = rest[tail.end() :].lstrip()
        if not after or after[0] in ".!?,":
            return tail.end()
    return 0


def _left_content(masked: str, floor: int, zone: int) -> tuple[int, int] | None:
    """The stretch before ``, S said`` (relative offsets), when there is one."""
    left = masked[floor:zone].rstrip()
    if not left.strip(" ,"):
        return None
    if left.endswith((",", _MASK, "?", "!")) or left.endswith((",\x01", "?\x01")):
        return floor, floor + len(left)
    return None
