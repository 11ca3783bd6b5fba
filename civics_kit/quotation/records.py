"""The small records the steps pass along: a quoted stretch, a speaker mention, a quotation row."""

from __future__ import annotations

from dataclasses import dataclass, field


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


# ---------------------------------------------------------------- marks
