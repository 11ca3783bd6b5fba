"""Event labels for the timeline: the clause around a time expression, cut to a short phrase.

A text utility (standard library only) used by :mod:`civics_kit.chronology`:
``event_label(text, sentence_start, sentence_end, start, end)`` turns "The City
Council voted 11-1 today to support a California bill" into "City Council voted
11-1". The clause ends at a clause boundary, never inside a number ("12,000"), a
clock time ("10:00") or an abbreviation ("U.S.").
"""

from __future__ import annotations

import functools
import re

# Patterns the functions below use, compiled once.
_SPACED_TO = re.compile(r"\sto\s")
_WORD = re.compile(r"\w+")
_RELATIVE_PRONOUN = re.compile(r"(?:which|that|who)\s+")
_DETERMINER_PHRASE_AT_END = re.compile(r"\b(?:the|its|a)\s+((?:\w+\s+){0,2}\w+)$", re.IGNORECASE)

__all__ = ["LABEL_LENGTH", "event_label"]

# Clause boundaries: a comma not inside a number ("12,000") nor before a name, a colon not inside a clock time
# ("10:00"), a semicolon, brackets, dashes and ellipses. Never a full stop, so "U.S." and "Dr." stay whole.
# Written as (?<!\d),(?!\s+[A-Z]) | (?<=\d),(?!\d|\s+[A-Z]) | (?<!\d): | :(?!\d) | [;()—–] | \s--?\s | \.\.\. | …
# but opening with the one character class all of them start with, which the regex engine skips to quickly.
_CLAUSE_BREAK = re.compile(
    r"[,:;()\u2014\u2013\s.…](?:(?<=,)(?<!\d,)(?!\s+[A-Z])|(?<=\d,)(?!\d|\s+[A-Z])|(?<=:)(?<!\d:)|(?<=:)(?!\d)"
    r"|(?<=[;()\u2014\u2013])|(?<=\s)--?\s|(?<=\.)\.\.|(?<=…))"
)
# \s(?:that|which|...)\s | \sand\s(?=verb) | a quotation mark, written (as _CLAUSE_BREAK) to open with one class.
_CUT = re.compile(
    r"[\s\"“”](?:(?<=\s)(?:that|which|who|whom|whose|because|although|though|while|so that|saying|according to|where"
    r"|if|unless)\s|(?<=\s)and\s(?=(?:[a-z]\w*s|[a-z]\w*ed|will|would|is|are|was|were|has|have)\b)|(?<=[\"“”]))",
)
_TO_KEEPS = frozenset(
    {
        "not",
        "choose",
        "chose",
        "want",
        "wants",
        "wanted",
        "able",
        "going",
        "began",
        "tried",
        "try",
        "decided",
        "expected",
        "likely",
        "set",
        "due",
        "has",
        "have",
        "had",
        "used",
        "need",
        "needs",
        "hopes",
    }
)
_LEADING = re.compile(
    r"^(?:(?:the|but|and|so|also|then|yet|as|while|when|since|in|on|at|by|during|from|until)\s+)+", re.IGNORECASE
)
# \b(?:most\s+|more\s+)?(?:recently|lately|now|currently|also|already|still|just|then)\b\s* in any case, written to
# open with the class of the letters it can start with (in any case; "ſ" is an "s" to re.IGNORECASE), then the
# word boundary (no word character before that letter), then the rest of each word after its first letter.
_ADVERBS = re.compile(
    r"[MmRrLlNnCcAaSsJjTt\u017f](?<!\w.)(?i:(?<=m)(?:ost|ore)\s+(?:recently|lately|now|currently|also|already|still"
    r"|just|then)|(?<=r)ecently|(?<=l)ately|(?<=n)ow|(?<=c)urrently|(?<=a)(?:lso|lready)|(?<=s)till|(?<=j)ust"
    r"|(?<=t)hen)\b\s*"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|on|at|as\s+at|since|by|during|until|from|for|of|through|throughout|over|before|after)\s+)$",
    re.IGNORECASE,
)
_VERBISH = re.compile(
    r"^(?:\w+ed|\w+s|is|are|was|were|has|have|had|will|would|can|can't|could|did|does|do|began|won|lost|met|said|told|"
    r"took|made|went|came|voted|rose|fell|sold|paid|held|left|ran|set|led|got|gave|found)$"
)
_GENERIC_HEADS = ("program", "bill", "law", "policy", "measure", "act", "plan", "proposal", "resolution", "agreement")
LABEL_LENGTH = 75


def _without_preposition(left: str) -> str:
    """``left`` without the preposition it ends with (``_PREPOSITION_BEFORE.sub("", left)``), searched for only
    where that preposition can start: its longest word ("throughout") back from the end, or "as" before "at"."""
    end = len(left.rstrip())  # str.isspace() and re's \s are the same characters
    if end == len(left):
        return left  # the pattern ends in white space
    low = max(0, min(end - 10, len(left[: max(0, end - 2)].rstrip()) - 2))
    match = _PREPOSITION_BEFORE.search(left, low)  # the \b before it still sees the character before ``low``
    return left if match is None else left[: match.start()] + left[match.end() :]


def _clause_around(sentence: str, position: int) -> tuple[int, int]:
    found = list(_CLAUSE_BREAK.finditer(sentence))  # one pass over the sentence, not two
    breaks = [0] + [m.end() for m in found] + [len(sentence) + 1]
    starts = [b for b in breaks if b <= position]
    ends = [m.start() for m in found if m.start() >= position] + [len(sentence)]
    return starts[-1], ends[0]


def _named_antecedent(text: str, head: str, before: int | None = None) -> str | None:
    """The proper name a generic phrase ("the program") stands for: "Secure Communities ... program".

    Only names that start before ``before`` count (the sentence being labelled, or earlier text).
    """
    for position, name in _names_before_head(text, head):
        if before is not None and position >= before:
            break
        return name
    return None


@functools.lru_cache(maxsize=64)
def _names_before_head(text: str, head: str) -> tuple[tuple[int, str], ...]:
    """Every "Name ... head" in the text, once per text and head (so labelling a long article stays linear)."""
    pattern = re.compile(rf"((?:[A-Z][\w.'’-]*\s+){{1,4}})(?:[a-z-]+\s+){{0,3}}{head}\b")
    found = []
    for match in pattern.finditer(text):
        words = [w for w in match.group(1).strip().split() if w.lower() not in ("the", "a", "an", "this", "that")]
        if words:
            found.append((match.start(), " ".join(words)))
    return tuple(found)


def _cut_label(label: str) -> str:
    match = _CUT.search(label)
    if match and match.start() > 0:
        label = label[: match.start()]
    for to in _SPACED_TO.finditer(label):
        before = label[: to.start()].split()
        if len(before) >= 3 and before[-1].lower() not in _TO_KEEPS:
            label = label[: to.start()]
            break
    return label


def _shorten_subject(words: list[str]) -> list[str]:
    """Drop a long title before a name: "Los Angeles Police Department chief Charlie Beck" -> "Charlie Beck"."""
    verb = next((i for i, w in enumerate(words) if i > 0 and w.islower() and _VERBISH.match(w)), None)
    if verb is None or verb <= 4:
        return words
    names = [w for w in words[:verb] if w[:1].isupper()]
    tail = words[verb - 2 : verb]
    if len(tail) == 2 and all(w[:1].isupper() for w in tail) and len(names) > 2:
        return tail + words[verb:]
    return words


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _sentence_subject(sentence: str) -> str:
    """The words that open a sentence, up to its first verb or comma ("The school")."""
    subject: list[str] = []
    for word in _ADVERBS.sub("", sentence).split():
        bare = word.strip(",;:")
        if subject and ((bare.islower() and _VERBISH.match(bare)) or word.endswith(",")):
            if word.endswith(",") and not (bare.islower() and _VERBISH.match(bare)):
                subject.append(bare)
            break
        subject.append(bare)
    return " ".join(subject[:5])


def _clause_of(stripped: str, position: int) -> str:
    """The clause around ``position``, with a relative pronoun replaced by what it stands for."""
    c_start, c_end = _clause_around(stripped, position)
    clause = _ADVERBS.sub("", stripped[c_start:c_end]).strip(' ,;:."“”')
    relative_pronoun = _RELATIVE_PRONOUN.match(clause)
    if relative_pronoun:
        before = stripped[:c_start].rstrip(" ,")
        heads = _DETERMINER_PHRASE_AT_END.findall(before)
        clause = f"{heads[-1] if heads else ''} {clause[relative_pronoun.end() :]}".strip()
    elif clause.split() and clause.split()[0].islower() and _VERBISH.match(clause.split()[0]):
        clause = f"{_sentence_subject(stripped)} {clause}"  # "..., will close" -> "The school will close"
    if _words(clause) < 2:
        rest = stripped[c_end + 1 :] if c_end < len(stripped) else ""
        following = _ADVERBS.sub("", rest[: _clause_around(rest, 0)[1]]).strip(' ,;:."“”') if rest else ""
        clause = following if _words(following) >= 2 else stripped[:c_start]
    return clause


def event_label(text: str, sentence_start: int, sentence_end: int, start: int, end: int) -> str:
    """A short label for the event a time expression dates, taken from its clause ("City Council voted 11-1")."""
    sentence = text[sentence_start:sentence_end]
    left = _without_preposition(sentence[: start - sentence_start])
    stripped = left + sentence[end - sentence_start :]
    clause = _cut_label(_clause_of(stripped, len(left))).strip(" ,;:.")
    words = _LEADING.sub("", clause).split()
    if (words and words[0].lower() in _GENERIC_HEADS) or (
        len(words) > 1 and words[1].lower() in _GENERIC_HEADS and words[0].lower() in ("the", "this")
    ):
        head = words[0] if words[0].lower() in _GENERIC_HEADS else words[1]
        name = _named_antecedent(text, head.lower(), sentence_end)
        if name:
            kept = [name] if " " in name else [name, head]
            words = kept + words[words.index(head) + 1 :]
    label = " ".join(_shorten_subject(words)).strip(" ,;:")
    if len(label) > LABEL_LENGTH:
        label = label[: LABEL_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return label[:1].upper() + label[1:] if label else ""
