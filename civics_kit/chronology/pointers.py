"""The future an article points to without a time expression: "goes to the Senate next"."""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..labelling import _ADVERBS, _GENERIC_HEADS, _VERBISH, LABEL_LENGTH, _named_antecedent

# Patterns the functions below use, compiled once.
_COMMA_OR_AND = re.compile(r"[,;]|\band\b")

_FUTURE_POINTERS = re.compile(
    r"\b(?:goes|go|heads?|moves?|returns?|comes?)\s+(?:back\s+)?(?:to|before)\s+(?:the\s+)?[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*\s+(?P<cue>next)\b"
    r"|\b(?:is|are)\s+(?P<cue2>(?:expected|scheduled|set|due|slated)\s+to)\s+\w+"
    r"|\b(?P<cue3>will)\s+(?:(?:now|then|soon|likely)\s+)?(?:vote|consider|decide|take\s+up|hear|rule|sign|review|go|head|move|debate|act|meet)\b"
)

_POINTER_WORDS = ("next", "will", "expected", "scheduled", "set", "due", "slated")  # as _FUTURE_POINTERS spells them


def _future_pointers(text: str, sentences: list[Any], taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Clauses that point past the publication date without a time expression: "goes to the Senate next"."""
    rows = []
    starts = sorted(s for s, _ in taken)
    for sentence in sentences:
        if not _may_point(text[sentence.start : sentence.end]):
            continue
        inside = starts[bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)]
        for match in _FUTURE_POINTERS.finditer(text, sentence.start, sentence.end):
            group = next(g for g in ("cue", "cue2", "cue3") if match[g])
            start, end = match.span(group)
            if any(_same_clause(text, sentence, match.start(), s) for s in inside):
                continue  # the clause dates itself ("will meet Tuesday")
            action = text[match.start() : match.end()]
            if group == "cue":
                action = action[: match.start(group) - match.start()].strip()
            phrase = _future_subject(text, sentence, match.start())
            label = f"{phrase} {action}".strip() if phrase else action
            if len(label) > LABEL_LENGTH:
                label = label[: LABEL_LENGTH - 1].rsplit(" ", 1)[0] + "…"
            rows.append(
                {
                    "start": start,
                    "end": end,
                    "expression": text[start:end],
                    "event": label[:1].upper() + label[1:],
                    "sentence": sentence,
                }
            )
    return rows


def _may_point(sentence: str) -> bool:
    """Whether the sentence holds a word every pointer holds ("next", "will", or what follows "is"), so that
    the pattern need not be run over the others."""
    return any(word in sentence for word in _POINTER_WORDS)


def _same_clause(text: str, sentence: Any, position: int, other: int) -> bool:
    """Whether ``other`` lies in the clause of ``sentence`` around ``position`` (clauses end at , ; and 'and')."""
    if not sentence.start <= other < sentence.end:
        return False
    low, high = sorted((position, other))
    return not _COMMA_OR_AND.search(text[low:high])


def _future_subject(text: str, sentence: Any, position: int) -> str:
    """The subject of a sentence, up to its first verb ("The bill" -> "California bill" when the text names it)."""
    words = _ADVERBS.sub("", text[sentence.start : position]).split()
    subject: list[str] = []
    for word in words:
        if word.islower() and _VERBISH.match(word) and subject:
            break
        subject.append(word)
    subject = [w for w in subject if w.lower() not in ("the", "but", "and")][:4]
    if len(subject) == 1 and subject[0].lower() in _GENERIC_HEADS:
        name = _named_antecedent(text, subject[0].lower(), sentence.start)
        if name:
            return name if " " in name else f"{name} {subject[0]}"
    return " ".join(subject)
