"""Step 5: each quotation to a mention, each mention to an entity, in reading order.

Every decision records the sieve that made it, as a confidence (high, medium,
low) and plain words (``how``), so that a lesson can show why the kit thinks
so. A teacher's correction (a sidecar's ``quote_speakers``: a quotation's
opening words -> the speaker) overrides every sieve.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..article import Article
from .clustering import _Entity, _Resolver
from .lexicon import _lazy
from .records import Row

# Patterns the functions below use, compiled once.
_WORD_CHARS = _lazy(r"\w+")

TEACHER = "set by the teacher"
POSTED = "posted"  # the cue of an embedded post (see reported._embedded_post)
CORRECTIONS_KEY = "quote_speakers"


@dataclass
class Decision:
    """The speaker a quotation is given, how sure the kit is, and in which words it says why."""

    row: Row
    entity: _Entity | None
    confidence: str = "low"
    how: str = "not sure: no speaker found"


def _continuation(row: Row, last: Decision, chained: bool) -> tuple[str, str]:
    # a quotation that goes on is never surer of its speaker than the quotation it continues
    if chained:
        return last.confidence, "the quotation runs on from the paragraph before"
    if row.paragraph == last.row.paragraph:
        return last.confidence, "the quotation goes on: the speaker of the one before"
    confidence = "medium" if last.confidence == "high" else "low"
    return confidence, "a quotation-only paragraph: the speaker of the paragraph before"


def _mentions(quoted: str, entity: _Entity) -> bool:
    return any(re.search(rf"(?<![\w'’-]){re.escape(token)}(?![\w-])", quoted) for token in entity.tokens)


def _fill_speakers(article: Article, rows: list[Row], resolver: _Resolver | None = None) -> list[Decision]:
    """Resolve every row's speaker in reading order; floating quotes take the previous speaker."""
    resolver = resolver or _Resolver(article)
    resolved: list[Decision] = []
    last: Decision | None = None
    by_mark: dict[int, _Entity | None] = {}
    for row in sorted(rows, key=lambda r: (r.start, r.end)):
        decision = Decision(row, None)
        if row.floating:
            chained = [by_mark.get(m.start) for m in row.marks if m.continued]
            newcomer = None if any(chained) else resolver.newcomer(row.start, last.row.end if last else -1)
            about = newcomer is not None and _mentions(article.text[row.start : row.end], newcomer)
            if about:
                newcomer = None  # "Sato is the hardest worker": a quotation about the person, not by them
            if newcomer is not None:
                decision = Decision(row, newcomer, "medium", "the person the sentence before is about")
            elif last is not None and (row.paragraph - last.row.paragraph <= 1 + about or any(chained)):
                decision = Decision(row, last.entity, *_continuation(row, last, any(chained)))
                row.cue = last.row.cue  # the quote goes on: same speaker, same reporting verb
                row.via = row.via or last.row.via if row.paragraph == last.row.paragraph else row.via
        elif row.speaker is not None:
            entity, confidence, how = resolver.decide(row.speaker)
            decision = Decision(row, entity, confidence, how)
        if decision.entity is not None and row.kind != "scare" and row.cue != POSTED:
            # an embedded post stands outside the article's prose: the prose's pronouns do not point to it
            last = decision
            resolver.recent.append((row.start, decision.entity))
        for mark in row.marks:
            by_mark[mark.start] = decision.entity
        resolved.append(decision)
    return _fill_chains_backwards(resolved)


def _fill_chains_backwards(resolved: list[Decision]) -> list[Decision]:
    """A quote broken over paragraphs takes the speaker named in a later piece ('..., said S')."""
    out = list(resolved)
    for k in range(len(out) - 2, -1, -1):
        here, after = out[k], out[k + 1]
        row, nxt_row = here.row, after.row
        if here.entity is None and row.floating and any(m.continues for m in row.marks) and after.entity is not None:
            if any(m.continued for m in nxt_row.marks) or nxt_row.paragraph == row.paragraph + 1:
                out[k] = Decision(
                    row, after.entity, after.confidence, "the quotation runs on to the speaker named after it"
                )
    return out


def _opening(words: str) -> str:
    return " ".join(_WORD_CHARS.findall(words.lower()))


def corrections(article: Article) -> dict[str, str]:
    """The teacher's corrections from the article's sidecar: opening words (normalised) -> speaker."""
    given = article.meta.get(CORRECTIONS_KEY) or {}
    if not isinstance(given, Mapping):
        return {}
    return {_opening(str(k)): str(v) for k, v in given.items() if _opening(str(k)) and str(v).strip()}


def teacher_speaker(text: str, corrected: Mapping[str, str]) -> str | None:
    """The speaker a teacher gave to a quotation whose text starts with one of the corrected openings."""
    if not corrected:
        return None
    opening = _opening(text)
    for words, speaker in corrected.items():
        if opening.startswith(words):
            return speaker
    return None
