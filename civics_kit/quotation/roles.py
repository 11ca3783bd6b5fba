"""What the article itself says about the people and organisations it names, read once per article.

- **Roles**: appositives ("Ron Robison, the WHL commissioner,"), ages ("Jake Neighbours, 26,"), titles and
  role nouns before a name ("Kentucky Republican Rand Paul"), "of PLACE" after it, and copulas ("Paul is a
  Kentucky Republican"). A later description ("the commissioner", "the 26-year-old") is matched against them.
- **Gender** is read in :mod:`.genders`, only as the article shows it.
- **Organisations**: the last organisation named before a point ("Acme Corp. ... it said"), and "the
  department" as the Department of ... the article names.
- **Documents**: "the lawsuit says" is the person who filed it, where the article says so.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import _FINITE, _NAME_GAP, _NOT_NAME_START, _ORG_WORDS, _PERSON_NOUNS, _TIME_WORDS, _TITLES, _lazy

# Patterns the functions below use, compiled once.
_WORD_OR_CONTRACTION = _lazy(r"[\w'’-]+")
_SENTENCE_BREAK = _lazy(r"(?<=[a-z]{2})\.\s+|\n")
_TRAILING_APOSTROPHE = _lazy(r"['’]s?$")
# The words before a name: the leftmost match always starts a word (a match inside a word would also match
# from the word's start), and a word or a space is never given back; so "(?<!...)" and "++" only skip tries
# that fail (the same matches as r"((?:[\w'’-]+\s+){1,4})$", several times faster).
_WORDS_BEFORE_NAME = _lazy(r"(?<![\w'’-])((?:[\w'’-]++\s++){1,4})$")
_SPACED_OF_FOR_AT_WITH = _lazy(r"\s+(?:of|for|at|with)\s+")
_LEADING_ARTICLE = _lazy(r"^(?:the|a|an)\s+", re.IGNORECASE)

_CAP = r"[A-Z][\w'’.&-]*"
# In a name run a capitalised word is followed by a space or a comma, never by a piece of itself: "*+" gives
# nothing back (the same matches; it only skips tries that fail).
_CAP_WORD = _CAP + "+"
_APPOSITIVE = _lazy(
    rf"(?P<name>{_CAP_WORD}(?:\s+(?:{_CAP_WORD}|of|the|and|de|van|von|for|al))*),\s+(?:(?:the|a|an|its|his|her)\s+)?"
    r"(?P<desc>[^,.;:\"“”()\n]{1,80}?)(?=,|\.(?:\s|$)|;)"
)
_COPULA = _lazy(
    rf"(?P<name>{_CAP_WORD}(?:\s+{_CAP_WORD})*)\s+(?:is|was|has\s+been|became|remains)\s+(?:a|an|the)\s+"
    # "++": a word is never split into pieces (the same matches; without it, a failed look-ahead retried every split)
    r"(?P<desc>(?:[\w'’-]++\s*){1,6}?)(?=[,.;]|\s(?:who|that|which|and|serving|since|for|in|at|with)\b)"
)
_OF_PLACE = _lazy(rf"\s+of\s+(?:the\s+)?({_CAP}(?:\s+{_CAP})*)")
_AGE = _lazy(r"\b(\d{1,3})(?:-year-old|\s+years?\s+old)?\b")
_ORG_NAME = _lazy(rf"(?<![\w'’-])(?:{_CAP}{_NAME_GAP}){{0,4}}(?:{_CAP})")
_DOCUMENTS = frozenset(
    "lawsuit suit complaint filing petition post letter motion indictment affidavit claim brief tweet".split()
)
_FILED = (
    "filed|posted|wrote|sent|issued|released|published|submitted|launched|brought|signed|tweeted|shared|lodged|sued"
)
_STOP_DESC = frozenset("the a an of for at in on with and to from by".split())
_NOT_ROLE_START = _STOP_DESC | {"said", "says", "and", "but", "told"}


@dataclass(frozen=True)
class RoleEntry:
    """Words the article attaches to a name at ``position``."""

    position: int
    name: tuple[str, ...]
    words: frozenset[str]


def _content(words: str) -> frozenset[str]:
    found = {w.lower().strip("'’") for w in _WORD_OR_CONTRACTION.findall(words)}
    ages = {m.group(1) for m in _AGE.finditer(words)}
    found |= ages
    return frozenset(w for w in found if w and w not in _STOP_DESC)


def _name_tokens(name: str) -> tuple[str, ...]:
    name = _SENTENCE_BREAK.split(name)[-1]  # "Thursday. Pauling": a sentence ends in between
    tokens = [_TRAILING_APOSTROPHE.sub("", t) for t in name.split()]
    while tokens and (tokens[0] in _NOT_NAME_START or tokens[0].lower().rstrip(".") in _TITLES):
        tokens = tokens[1:]
    return tuple(tokens)


def role_index(text: str, names: list[tuple[int, tuple[str, ...]]]) -> list[RoleEntry]:
    """Every description the article attaches to a name, in text order."""
    entries: list[RoleEntry] = []
    for pattern in (_APPOSITIVE, _COPULA):
        for match in pattern.finditer(text):
            name, desc = _name_tokens(match.group("name")), match.group("desc")
            if not name or name[0].lower() in _TIME_WORDS or len(desc.split()) > 8 or _FINITE.search(desc):
                continue
            entries.append(RoleEntry(match.start("name"), name, _content(desc)))
    for position, tokens in names:
        before = _WORDS_BEFORE_NAME.search(text[max(0, position - 60) : position])
        words = before.group(1).split() if before else []
        while words and words[0].lower() in _NOT_ROLE_START:
            words = words[1:]
        if words and (words[-1].lower().rstrip(".") in _TITLES or words[-1].lower() in _PERSON_NOUNS):
            entries.append(RoleEntry(position, tokens, _content(" ".join(words))))
        place = _OF_PLACE.match(text, text.find(tokens[-1], position) + len(tokens[-1]))
        if place:
            entries.append(RoleEntry(position, tokens, frozenset({w.lower() for w in place.group(1).split()})))
    entries.sort(key=lambda e: e.position)
    return entries


def match_role(entries: list[RoleEntry], description: str, position: int, ahead: int = 0) -> RoleEntry | None:
    """The name a description ("the WHL commissioner", "the 26-year-old") refers back to, if one fits.

    With ``ahead``, a description the article names only later ("a spokeswoman for the minister said ...
    spokeswoman Ana Ruiz") is looked for in the next ``ahead`` characters when nothing before fits.
    """
    words = _content(_LEADING_ARTICLE.sub("", description))
    head = _SPACED_OF_FOR_AT_WITH.split(description.lower())[0].split()[-1]
    age = _AGE.search(description)
    key = age.group(1) if age and "year" in description else head.strip("'’")
    best: tuple[int, int, RoleEntry] | None = None
    for entry in entries:
        if entry.position >= position or key not in entry.words:
            continue
        score = len(words & entry.words)
        if best is None or (score, entry.position) >= (best[0], best[1]):
            best = (score, entry.position, entry)
    if best is None and ahead:
        for entry in entries:
            if position < entry.position <= position + ahead and key in entry.words:
                score = len(words & entry.words)
                if best is None or score > best[0]:
                    best = (score, entry.position, entry)
    return best[2] if best else None


def organisation_before(text: str, position: int, reach: int = 800) -> str | None:
    """The last organisation named before ``position`` ("Acme Corp.", "the Department of Health")."""
    low = max(0, position - reach)
    found = None
    for match in _ORG_NAME.finditer(text, low, position):
        if _inside_quotation(text, match.start()):
            continue  # '"We ask the Australian Government ...," it stated': a name the speaker says, not the speaker
        words = match.group().split()
        while words and words[0] in _NOT_NAME_START:
            words = words[1:]
        lowered = [w.lower().rstrip(".,") for w in words]
        if words and all(w in _ORG_WORDS for w in lowered):
            continue  # "News", "Department" alone: a word of an organisation's name, not a name
        if words and (any(w in _ORG_WORDS for w in lowered) or any(len(w) > 1 and w.isupper() for w in words)):
            found = " ".join(words).rstrip(",")
    return found


def _inside_quotation(text: str, at: int) -> bool:
    """Whether ``at`` lies inside double quotation marks opened in its own paragraph."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    curly = max(line.rfind("“"), line.rfind("”"))
    if curly >= 0 and line[curly] == "“" and curly > line.rfind('"'):
        return True
    return line.count('"') % 2 == 1


def named_organisation(text: str, head: str, position: int) -> str | None:
    """ "the department" -> the "Department of Health" (or "Health Department") named before ``position``."""
    word = re.escape(head.capitalize())
    before = rf"(?:{_CAP}{_NAME_GAP}(?:(?:and|of|for|&){_NAME_GAP})?){{0,5}}"
    pattern = rf"{before}{word}(?:\s+(?:of|for)(?:\s+the)?(?:\s+{_CAP})+)?"
    found = None
    for match in re.finditer(pattern, text[max(0, position - 1500) : position]):
        words = match.group().split()
        while words and words[0] in _NOT_NAME_START:
            words = words[1:]
        if len(words) >= 2:
            found = " ".join(words)
    return found


def document_owner(text: str, head: str, position: int) -> str | None:
    """Who filed, posted or wrote the document ("Jane Moss filed a lawsuit" ... "the lawsuit says")."""
    window = text[max(0, position - 800) : position]
    pattern = (
        rf"({_CAP}(?:\s+{_CAP}){{0,3}})\s+(?:{_FILED})\s+(?:(?:a|an|the|their|his|her|its)\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?{head}s?\b"
    )
    found = None
    for match in re.finditer(pattern, window):
        tokens = _name_tokens(match.group(1))
        if tokens:
            found = " ".join(tokens)
    return found


def nearest(positions: list[int], position: int) -> int:
    """Index of the last position before ``position`` (-1 when none)."""
    return bisect.bisect_left(positions, position) - 1
