"""The small records the steps pass along: a quoted stretch, a speaker mention, a quotation row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class Mark:
    """A quoted stretch: ``inner_start``/``inner_end`` exclude the marks themselves."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    paragraph: int
    closed: bool = True
    continues: bool = False  # runs on into the next paragraph (AP style)
    continued: bool = False  # continues a quote from the previous paragraph


@dataclass
class Speaker:
    """What the text says about who speaks, before and after resolution."""

    mention: str
    start: int
    end: int
    name: str | None = None
    role: str | None = None
    kind: str = "unknown"  # person, group, org, pronoun, unknown
    named: bool = False
    gender: str | None = None


@dataclass
class Row:
    """One quotation before it becomes a DataFrame row."""

    start: int
    end: int
    kind: str
    paragraph: int
    cue: str | None = None
    speaker: Speaker | None = None
    via: str | None = None
    chain: int | None = None
    floating: bool = False
    marks: list[Mark] = field(default_factory=list)


# ---------------------------------------------------------------- the public rows, before any DataFrame


class QuoteRecord(NamedTuple):
    """One row of :func:`civics_kit.quotes`: the fields are its columns, in order."""

    start: int
    end: int
    text: str
    words: int
    quoted_words: int
    speaker: str | None
    speaker_mention: str | None
    mention_start: int | None
    mention_end: int | None
    role: str | None
    kind: str
    cue: str | None
    paragraph: int
    named: bool
    via: str | None
    confidence: str
    how: str


class ShareRecord(NamedTuple):
    """One row of :func:`civics_kit.quote_share`."""

    speaker: str
    quotes: int
    words: int
    share: float
    named: bool
    role: str | None


class VoiceRecord(NamedTuple):
    """One row of :func:`civics_kit.voices`."""

    speaker: str
    role: str | None
    named: bool
    official: bool
    quotes: int
    direct: int
    paraphrased: int
    heard: str


# ---------------------------------------------------------------- marks
