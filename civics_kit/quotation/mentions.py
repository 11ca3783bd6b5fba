"""Step 3: the words naming a speaker, split into name, role and kind (person, group, organisation, pronoun)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (
    _DESCRIBING_DETERMINERS,
    _FEMALE,
    _FINITE,
    _GROUP_NOUNS,
    _MALE,
    _NOT_NAME_START,
    _ORG_WORDS,
    _PARTICLES,
    _PERSON_NOUNS,
    _POSSESSIVE_PRONOUN,
    _PRONOUNS,
    _TIME_WORDS,
    _TITLES,
    _TOKEN,
    _UNNAMED_ORG,
    _lazy,
)
from .records import Speaker

# Patterns the functions below use, compiled once.
_INITIALS = _lazy(r"[A-Z]\.(?:[A-Z]\.)*")
_RELATIVE_CLAUSE_START = _lazy(r"(?:^|\s+)(?:who|whose|which|that)\b")
_TRAILING_POSSESSIVE = _lazy(r"['’]s$")
_SPACED_PREPOSITION_OR_PARTICIPLE = _lazy(r"\s+(?:of|for|with|at|from|in|on|to|[a-z]+ing)\s+")
_LAST_WORD = _lazy(r"([\w.]+)$")
_LEADING_ARTICLE = _lazy(r"^(?:the|a|an)\s+", re.IGNORECASE)

_PREFIXED_NAME = _lazy(r"(?:al|el|de|da|di|van|von|bin|ibn|d|o|mc)[-'’][A-Z]")


@lru_cache(maxsize=1 << 14)  # a pure test of one word, asked many times per article
def _is_name_token(token: str) -> bool:
    if token.lower() in _PARTICLES or _PREFIXED_NAME.match(token):
        return True  # "de", "al-Shabaab", "d'Estaing"
    if _INITIALS.fullmatch(token):
        return True  # an initial: "Harry J. Kazianis"
    return token[:1].isupper() and token.lower().rstrip(".") not in _TITLES and token.lower() not in _TITLES


# A token is (word, start, end): the words are read many times, so each is taken out of its match once.
Token = tuple[str, int, int]


def _name_run(words: list[str]) -> tuple[int, int] | None:
    """Index range of the proper name at the end of ``words`` ("City Councilman [Bernard Parks]")."""
    end = len(words)
    while end > 0 and words[end - 1] == ".":
        end -= 1
    i = end
    while i > 0:
        word = words[i - 1]
        if _is_name_token(word):
            i -= 1
        elif word == "and" and i - 1 > 0 and i < end and _is_name_token(words[i - 2]):
            i -= 1  # "Tore Sohlberg and Lehla Abreder"
        else:
            break
    while i < end and (words[i] in _NOT_NAME_START or words[i].lower() in _PARTICLES):
        i += 1
    if end - i >= 3 and words[i].lower() in _PERSON_NOUNS:
        i += 1  # "Volunteer Nia Brooks", "Resident Ana Diaz": capitalised only because it opens the sentence
    for k in range(end - 2, i - 1, -1):
        if words[k].endswith(("'s", "’s")):
            i = k + 1  # "Vancouver's Bo Horvat": the owner is where, the name is who
            break
    if i < end and words[i].lower() in _TIME_WORDS:
        return None
    if i >= end or not (words[i][:1].isupper() or _PREFIXED_NAME.match(words[i])):
        return None
    return i, end


_AFFILIATION_WORDS = frozenset(("with", "from", "at", "of"))


def _affiliation(words: list[str]) -> int | None:
    """Index of "with"/"from"/"at" after a person's name ("Tim Guest with the health authority")."""
    for k in range(2, len(words)):
        if words[k] in _AFFILIATION_WORDS:
            run = _name_run(words[:k])
            if run is not None and run[1] - run[0] >= 2 and _name_kind(words[run[0] : k], "") == "person":
                return k
    return None


def _affiliated_run(words: list[str], run: tuple[int, int]) -> bool:
    """ "the former sergeant-at-arms of the House of Commons": the capitalised words are where, not who."""
    if run[0] < 2:
        return False
    before = [w.lower() for w in words[run[0] - 2 : run[0]]]
    return before[-1] in ("of", "for", "at", "from") or before == ["of", "the"]


def _place_then_name(text: str, words: list[str], run: tuple[int, int]) -> bool:
    """Whether a run of three or more capitalised words ends in a person the article names again by surname."""
    if run[1] - run[0] < 3:
        return False
    surname = words[run[1] - 1]
    if text.count(surname) < 2:
        return False  # each match is an occurrence, and they do not overlap
    pattern = rf"(?<![\w'’.-]){re.escape(surname)}(?![\w'’-])"
    matches = re.finditer(pattern, text)
    return next(matches, None) is not None and next(matches, None) is not None


_COMMON_NOUNS = _GROUP_NOUNS | _PERSON_NOUNS | _UNNAMED_ORG
_COMMON_RUN_WORDS = _COMMON_NOUNS | {"city", "state", "federal", "local"}


def _common_noun_run(words: list[str], run: tuple[int, int]) -> bool:
    """ "Officials", "Critics", "City officials": a capitalised common noun is not a name."""
    lowered = [w.lower() for w in words[run[0] : run[1]]]
    return lowered[-1] in _COMMON_NOUNS and _COMMON_RUN_WORDS.issuperset(lowered)


def _gender(words: list[str]) -> str | None:
    lowered = {w.lower() for w in words}
    if not _MALE.isdisjoint(lowered):
        return "m"
    if not _FEMALE.isdisjoint(lowered):
        return "f"
    return None


def _clean_role(role: str) -> str | None:
    role = _LEADING_ARTICLE.sub("", role.strip(" ,'’\""))
    role = _RELATIVE_CLAUSE_START.split(role)[0].strip(" ,")
    return role or None


def parse_speaker(text: str, start: int, end: int, appositive: str | None = None) -> Speaker | None:
    """Split the words naming a speaker (``text[start:end]``) into name, role and kind."""
    while end > start and text[end - 1] in " ." and not _abbreviation_before(text[start:end], end - start - 1):
        end -= 1  # a full stop that ends the sentence, not "Jr." or "D.C."
    tokens: list[Token] = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    if not tokens:
        return None
    tokens = _cut_possessive(tokens)
    cut = _cut_statement(tokens)
    if not cut:
        first, last = tokens[0][1], tokens[-1][2]
        return Speaker(text[first:last], first, last, kind="pronoun", gender="org")  # "a statement said"
    owner = _POSSESSIVE_PRONOUN.get(cut[0][0].lower()) if len(cut) == 1 and len(tokens) > 1 else None
    if owner is not None:
        first, last = tokens[0][1], tokens[-1][2]
        # "her statement read": she speaks; the mention stays the words of the text
        return Speaker(text[first:last], first, last, name=owner, kind="pronoun", gender=_PRONOUNS[owner])
    tokens = cut
    first, last = tokens[0][1], tokens[-1][2]
    words = [t[0] for t in tokens]
    if len(words) == 1:
        alone = words[0].lower()
        if alone.replace("’", "'") in ("i", "i'd", "i'm", "i've", "me", "we", "we're"):
            return None  # the writer speaking for themselves, not a source
        if alone in _POSSESSIVE_PRONOUN:
            owner = _POSSESSIVE_PRONOUN[alone]  # "Her office said", cut to "Her": she speaks, through it
            return Speaker(words[0], first, last, name=owner, kind="pronoun", gender=_PRONOUNS[owner])
        if alone in _PRONOUNS:
            return Speaker(words[0], first, last, kind="pronoun", gender=_PRONOUNS[alone])
    affiliation = _affiliation(words)
    if affiliation is not None:
        cut_at = affiliation
        appositive = ", ".join(a for a in (text[tokens[cut_at][1] : tokens[-1][2]], appositive) if a)
        tokens = tokens[:cut_at]
        first, last = tokens[0][1], tokens[-1][2]
        words = words[:cut_at]
    run = _name_run(words)
    role_extra = _clean_role(appositive) if appositive else None
    if len(words) > 1 and words[0].lower() in _POSSESSIVE_PRONOUN:
        return _description(text, tokens, role_extra)  # "Her office said": capitalised to open a sentence, no name
    if run is not None and _affiliated_run(words, run) and _place_then_name(text, words, run):
        run = (run[1] - 2, run[1])  # "Attorney for Massachusetts Joshua Levy": the place, then the person
    if run is None or _common_noun_run(words, run) or _affiliated_run(words, run):
        return _description(text, tokens, role_extra)
    i, j = run
    if j - i == 1 and words[i].lower().replace("’", "'") in ("i", "i'd", "i'm", "i've", "i'll"):
        return None  # "a sentence I never thought I'd write": the writer, not a source
    name_start, name_end = tokens[i][1], tokens[j - 1][2]
    name = text[name_start:name_end]
    role = _clean_role(text[first:name_start]) if i > 0 else None
    role = ", ".join(r for r in (role, role_extra) if r) or None
    kind = _name_kind(words[i:j], (role or "").lower())
    mention_start = first if kind == "org" and words[0].lower() == "the" else name_start
    speaker = Speaker(
        text[mention_start:name_end], mention_start, name_end, name=name, role=role, kind=kind, named=True
    )
    speaker.gender = _gender(words + (role_extra or "").split())
    return speaker


_STATEMENT_NOUNS = frozenset(
    "statement release report email e-mail letter post tweet website spokesperson spokesman spokeswoman study "
    "analysis".split()
)


def _cut_possessive(tokens: list[Token]) -> list[Token]:
    """ "the union's Friday release" -> "the union" (the owner of the statement speaks)."""
    for k in range(len(tokens) - 1):
        word, at, _ = tokens[k]
        if word.endswith(("'s", "’s")) and not _STATEMENT_NOUNS.isdisjoint(t[0].lower() for t in tokens[k + 1 :]):
            return [*tokens[:k], (word[:-2], at, at + len(word) - 2)]  # without its possessive ending
    return tokens


_SOURCE_NOUNS = frozenset("statement release email e-mail letter spokesperson spokesman spokeswoman".split())


def _cut_statement(tokens: list[Token]) -> list[Token]:
    words = [t[0].lower() for t in tokens]
    for k in range(1, len(words) - 1):
        if words[k] in ("from", "by") and words[k - 1] in _SOURCE_NOUNS:
            return tokens[k + 1 :]
    return _cut_statement_tail(tokens, words)


_DOCUMENT_NOUNS = frozenset("statement release email e-mail letter".split())
_DOCUMENT_WORDS = frozenset("news press written emailed e-mailed joint a an the".split())


def _cut_statement_tail(tokens: list[Token], words: list[str]) -> list[Token]:
    if len(tokens) > 1 and words[-1] in _DOCUMENT_NOUNS:
        k = len(tokens) - 1
        while k and words[k - 1] in _DOCUMENT_WORDS:
            k -= 1
        return tokens[:k]
    return tokens


_ORG_ROLE = _lazy(
    r"\b(?:group|company|agency|firm|organi[sz]ation|charity|union|network|party|outlet|newspaper|broadcaster|website)\b"
)


def _name_kind(words: list[str], role: str) -> str:
    lowered = [w.lower().strip(".") for w in words]
    if not _ORG_WORDS.isdisjoint(lowered) or any(len(w) > 1 and w.isupper() and w.isalpha() for w in words):
        return "org"
    if role and _ORG_ROLE.search(role):
        return "org"
    if "and" in lowered:
        return "group"
    return "person" if len(words) > 1 else "single"


_DESCRIPTION_END = frozenset("who whose which that present speaking during but".split())
_CLAUSE_PRONOUNS = frozenset("he she they it i we you".split())
_BARE_DETERMINERS = frozenset("a an the this that all some".split())


def _description(text: str, tokens: list[Token], role_extra: str | None) -> Speaker | None:
    """An unnamed speaker: "federal officials", "a city spokesperson", "critics"."""
    words = [t[0] for t in tokens]
    lowered = [w.lower() for w in words]
    cut = len(words)
    for k in range(1, len(words)):
        if lowered[k] in _DESCRIPTION_END:
            cut = k
            break
    tokens, words, lowered = tokens[:cut], words[:cut], lowered[:cut]
    if not tokens or len(words) > 8:
        return None
    joined = " ".join(words)
    if not _CLAUSE_PRONOUNS.isdisjoint(lowered) or _FINITE.search(joined):
        return None  # a clause, not a description of someone
    if _BARE_DETERMINERS.issuperset(lowered):
        return None
    before_preposition = _SPACED_PREPOSITION_OR_PARTICIPLE.split(joined)[0].split()
    while len(before_preposition) > 1 and before_preposition[-1].lower() in (
        "familiar",
        "close",
        "involved",
        "opposed",
    ):
        before_preposition.pop()
    head = before_preposition[-1].lower()
    if head in _UNNAMED_ORG or lowered[-1] == "it":
        kind = "org"
    elif head in _GROUP_NOUNS or (head.endswith("s") and not head.endswith("ss")):
        kind = "group"
    elif head in _PERSON_NOUNS or head in _TITLES:
        kind = "person"
    else:
        kind = "unknown"
    if not words[0][:1].isalpha() or not (words[0][:1].islower() or lowered[0] in ("the", "a", "an", "another", "one")):
        if kind == "unknown":
            return None
    start, end = tokens[0][1], tokens[-1][2]
    mention = text[start:end]
    return Speaker(mention, start, end, name=mention, role=role_extra, kind=kind, named=False, gender=_gender(words))


# ---------------------------------------------------------------- attribution in one unit


def _abbreviation_before(text: str, at: int) -> bool:
    word = _LAST_WORD.search(text[:at])
    if word is None:
        return False
    token = word.group(1).lower()
    return token + "." in _TITLES or len(token) == 1 or "." in token


def _is_described(words: str) -> bool:
    """Whether a subject is a description ("Her neighbor", "A spokeswoman for the city"), not a name."""
    split = words.split()
    return len(split) >= 2 and split[0].lower() in _DESCRIBING_DETERMINERS and split[-1][:1].islower()
