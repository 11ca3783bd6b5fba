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


def _name_run(tokens: list[re.Match[str]]) -> tuple[int, int] | None:
    """Index range of the proper name at the end of ``tokens`` ("City Councilman [Bernard Parks]")."""
    end = len(tokens)
    while end > 0 and tokens[end - 1].group() in (".",):
        end -= 1
    i = end
    while i > 0:
        word = tokens[i - 1].group()
        if _is_name_token(word):
            i -= 1
        elif word == "and" and i - 1 > 0 and i < end and _is_name_token(tokens[i - 2].group()):
            i -= 1  # "Tore Sohlberg and Lehla Abreder"
        else:
            break
    while i < end and (tokens[i].group() in _NOT_NAME_START or tokens[i].group().lower() in _PARTICLES):
        i += 1
    if end - i >= 3 and tokens[i].group().lower() in _PERSON_NOUNS:
        i += 1  # "Volunteer Nia Brooks", "Resident Ana Diaz": capitalised only because it opens the sentence
    for k in range(end - 2, i - 1, -1):
        if tokens[k].group().endswith(("'s", "’s")) and k + 1 < end:
            i = k + 1  # "Vancouver's Bo Horvat": the owner is where, the name is who
            break
    if i < end and tokens[i].group().lower() in _TIME_WORDS:
        return None
    if i >= end or not (tokens[i].group()[:1].isupper() or _PREFIXED_NAME.match(tokens[i].group())):
        return None
    return i, end


def _affiliation(tokens: list) -> int | None:
    """Index of "with"/"from"/"at" after a person's name ("Tim Guest with the health authority")."""
    for k, token in enumerate(tokens):
        if token.group() in ("with", "from", "at", "of") and k >= 2:
            run = _name_run(tokens[:k])
            if (
                run is not None
                and run[1] - run[0] >= 2
                and _name_kind([t.group() for t in tokens[run[0] : k]], "") == "person"
            ):
                return k
    return None


def _affiliated_run(tokens: list, run: tuple[int, int]) -> bool:
    """ "the former sergeant-at-arms of the House of Commons": the capitalised words are where, not who."""
    before = [t.group().lower() for t in tokens[max(0, run[0] - 2) : run[0]]]
    return run[0] >= 2 and bool(before) and (before[-1] in ("of", "for", "at", "from") or before[-2:] == ["of", "the"])


def _place_then_name(text: str, tokens: list, run: tuple[int, int]) -> bool:
    """Whether a run of three or more capitalised words ends in a person the article names again by surname."""
    if run[1] - run[0] < 3:
        return False
    surname = tokens[run[1] - 1].group()
    pattern = rf"(?<![\w'’.-]){re.escape(surname)}(?![\w'’-])"
    return sum(1 for _ in re.finditer(pattern, text)) >= 2


def _common_noun_run(tokens: list, run: tuple[int, int]) -> bool:
    """ "Officials", "Critics", "City officials": a capitalised common noun is not a name."""
    words = [t.group().lower() for t in tokens[run[0] : run[1]]]
    nouns = _GROUP_NOUNS | _PERSON_NOUNS | _UNNAMED_ORG
    return words[-1] in nouns and all(w in nouns or w in ("city", "state", "federal", "local") for w in words)


def _gender(words: list[str]) -> str | None:
    lowered = {w.lower() for w in words}
    if lowered & _MALE:
        return "m"
    if lowered & _FEMALE:
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
    tokens = list(_TOKEN.finditer(text, start, end))
    if not tokens:
        return None
    tokens = _cut_possessive(tokens)
    cut = _cut_statement(tokens)
    if not cut:
        first, last = tokens[0].start(), tokens[-1].end()
        return Speaker(text[first:last], first, last, kind="pronoun", gender="org")  # "a statement said"
    owner = _POSSESSIVE_PRONOUN.get(cut[0].group().lower()) if len(cut) == 1 and len(tokens) > 1 else None
    if owner is not None:
        first, last = tokens[0].start(), tokens[-1].end()
        # "her statement read": she speaks; the mention stays the words of the text
        return Speaker(text[first:last], first, last, name=owner, kind="pronoun", gender=_PRONOUNS[owner])
    tokens = cut
    first, last = tokens[0].start(), tokens[-1].end()
    words = [t.group() for t in tokens]
    if len(words) == 1 and words[0].lower().replace("’", "'") in ("i", "i'd", "i'm", "i've", "me", "we", "we're"):
        return None  # the writer speaking for themselves, not a source
    if len(words) == 1 and words[0].lower() in _POSSESSIVE_PRONOUN:
        owner = _POSSESSIVE_PRONOUN[words[0].lower()]  # "Her office said", cut to "Her": she speaks, through it
        return Speaker(words[0], first, last, name=owner, kind="pronoun", gender=_PRONOUNS[owner])
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return Speaker(words[0], first, last, kind="pronoun", gender=_PRONOUNS[words[0].lower()])
    affiliation = _affiliation(tokens)
    if affiliation is not None:
        cut_at = affiliation
        appositive = ", ".join(a for a in (text[tokens[cut_at].start() : tokens[-1].end()], appositive) if a)
        tokens = tokens[:cut_at]
        first, last = tokens[0].start(), tokens[-1].end()
        words = [t.group() for t in tokens]
    run = _name_run(tokens)
    role_extra = _clean_role(appositive) if appositive else None
    if len(words) > 1 and words[0].lower() in _POSSESSIVE_PRONOUN:
        return _description(text, tokens, role_extra)  # "Her office said": capitalised to open a sentence, no name
    if run is not None and _affiliated_run(tokens, run) and _place_then_name(text, tokens, run):
        run = (run[1] - 2, run[1])  # "Attorney for Massachusetts Joshua Levy": the place, then the person
    if run is None or _common_noun_run(tokens, run) or _affiliated_run(tokens, run):
        return _description(text, tokens, role_extra)
    i, j = run
    if j - i == 1 and words[i].lower().replace("’", "'") in ("i", "i'd", "i'm", "i've", "i'll"):
        return None  # "a sentence I never thought I'd write": the writer, not a source
    name_start, name_end = tokens[i].start(), tokens[j - 1].end()
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


def _cut_possessive(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "the union's Friday release" -> "the union" (the owner of the statement speaks)."""
    for k, token in enumerate(tokens[:-1]):
        if token.group().endswith(("'s", "’s")) and k < len(tokens) - 1:
            rest = {t.group().lower() for t in tokens[k + 1 :]}
            if rest & {
                "statement",
                "release",
                "report",
                "email",
                "e-mail",
                "letter",
                "post",
                "tweet",
                "website",
                "spokesperson",
                "spokesman",
                "spokeswoman",
                "study",
                "analysis",
            }:
                return [*tokens[:k], _Stripped(token)]
    return tokens


class _Stripped:
    """A token match without its possessive ending."""

    def __init__(self, match: re.Match[str]) -> None:
        self._text = _TRAILING_POSSESSIVE.sub("", match.group())
        self._start = match.start()

    def group(self) -> str:
        return self._text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._text)


def _cut_statement(tokens: list) -> list:
    words = [t.group().lower() for t in tokens]
    for k in range(1, len(words) - 1):
        if words[k] in ("from", "by") and words[k - 1] in (
            "statement",
            "release",
            "email",
            "e-mail",
            "letter",
            "spokesperson",
            "spokesman",
            "spokeswoman",
        ):
            return tokens[k + 1 :]
    return _cut_statement_tail(tokens)


def _cut_statement_tail(tokens: list) -> list:
    if len(tokens) > 1 and tokens[-1].group().lower() in ("statement", "release", "email", "e-mail", "letter"):
        rest = tokens[:-1]
        while rest and rest[-1].group().lower() in (
            "news",
            "press",
            "written",
            "emailed",
            "e-mailed",
            "joint",
            "a",
            "an",
            "the",
        ):
            rest = rest[:-1]
        return rest
    return tokens


def _name_kind(words: list[str], role: str) -> str:
    lowered = [w.lower().strip(".") for w in words]
    if any(w in _ORG_WORDS for w in lowered) or any(len(w) > 1 and w.isupper() and w.isalpha() for w in words):
        return "org"
    if re.search(
        r"\b(?:group|company|agency|firm|organi[sz]ation|charity|union|network|party|outlet|newspaper|broadcaster|website)\b",
        role,
    ):
        return "org"
    if "and" in lowered:
        return "group"
    return "person" if len(words) > 1 else "single"


def _description(text: str, tokens: list, role_extra: str | None) -> Speaker | None:
    """An unnamed speaker: "federal officials", "a city spokesperson", "critics"."""
    words = [t.group() for t in tokens]
    cut = len(words)
    for k, word in enumerate(words):
        if k > 0 and word.lower() in (
            "who",
            "whose",
            "which",
            "that",
            "present",
            "speaking",
            "during",
            "but",
        ):
            cut = k
            break
    tokens, words = tokens[:cut], words[:cut]
    if not tokens or len(words) > 8:
        return None
    if any(w.lower() in ("he", "she", "they", "it", "i", "we", "you") for w in words) or _FINITE.search(
        " ".join(words)
    ):
        return None  # a clause, not a description of someone
    if all(w.lower() in ("a", "an", "the", "this", "that", "all", "some") for w in words):
        return None
    before_preposition = _SPACED_PREPOSITION_OR_PARTICIPLE.split(" ".join(words))[0].split()
    while len(before_preposition) > 1 and before_preposition[-1].lower() in (
        "familiar",
        "close",
        "involved",
        "opposed",
    ):
        before_preposition.pop()
    head = before_preposition[-1].lower()
    if head in _UNNAMED_ORG or words[-1].lower() in ("it",):
        kind = "org"
    elif head in _GROUP_NOUNS or (head.endswith("s") and not head.endswith("ss")):
        kind = "group"
    elif head in _PERSON_NOUNS or head in _TITLES:
        kind = "person"
    else:
        kind = "unknown"
    if not words[0][:1].isalpha() or not (
        words[0][:1].islower() or words[0].lower() in ("the", "a", "an", "another", "one")
    ):
        if kind == "unknown":
            return None
    start, end = tokens[0].start(), tokens[-1].end()
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
