"""Paragraphs and their roles (section, headline, byline, credit, body, excerpt), found in the text."""

from __future__ import annotations

import re
from functools import lru_cache

from ..sentences import split_sentences

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


@lru_cache(maxsize=1 << 16)
def _chunk_word_count(chunk: str) -> int:
    """The words (:data:`_WORD`) in one chunk between white space: a text's count is the sum over its chunks."""
    return len(_WORD.findall(chunk))


# ---------------------------------------------------------------- paragraphs

_LINE = re.compile(r"[^\n]*\S[^\n]*")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_CREDIT = re.compile(
    r"^[*_\s]*(?:photo|photograph|image|illustration|video|graphic|foto|fotografía|imagen)s?\s*"
    r"(?:by\b|credit\b|courtesy\b|de\b|:)"
    r"|^[*_\s]*(?:credit|courtesy|crédito)\s*:"
    r"|\((?:creative commons|cc[ -]by[^)]*)\)",
    re.IGNORECASE,
)


def _has_credit(text: str) -> bool:
    """Whether ``_CREDIT.search(text)`` finds a credit; only a paragraph with a "(" is searched past its start."""
    # the "(creative commons)" branch is the only one not anchored at the start
    return _CREDIT.match(text) is not None or ("(" in text and _CREDIT.search(text) is not None)


_BYLINE = re.compile(r"^(?:[Bb]y|BY|[Pp]or)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)*\s*(?:,.*)?$")
_EXCERPT_INTRO = re.compile(
    r"(?:(?:from|in|according to)\s+(?:the|its|that|a|their)\s+"
    r"(?:story|report|article|release|statement|post|piece|account|dispatch)"
    r"|\b(?:reported|wrote|writes|reports|said in a statement))\s*:\s*$",
    re.IGNORECASE,
)
_OUTLET = re.compile(
    r"((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*)*)\s+(?:reported|wrote|writes|reports)\b"
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _looks_hard_wrapped(lines: list[re.Match[str]]) -> bool:
    """True when single-newline text is prose wrapped at a fixed width, not one paragraph a line."""
    if len(lines) < 3:
        return False
    lengths = sorted(len(m.group().rstrip()) for m in lines)
    median = lengths[len(lengths) // 2]
    open_ended = sum(not m.group().rstrip().endswith((".", "!", "?", '"', "”", ":")) for m in lines)
    return 40 <= median <= 100 and open_ended > len(lines) / 2


def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Offsets of the paragraphs in ``text[start:]``: blocks between blank lines, or lines when there are none."""
    if _BLANK_LINE.search(text, start):
        spans, cursor = [], start
        for gap in _BLANK_LINE.finditer(text, start):
            spans.append(_trim(text, cursor, gap.start()))
            cursor = gap.end()
        spans.append(_trim(text, cursor, len(text)))
        return [(s, e) for s, e in spans if s < e]
    lines = [m for m in _LINE.finditer(text, start)]
    if _looks_hard_wrapped(lines):
        return [_trim(text, lines[0].start(), lines[-1].end())]
    return [_trim(text, m.start(), m.end()) for m in lines]


def _is_short(text: str, words: int = 25) -> bool:
    return len(_WORD.findall(text)) <= words


def _header_role(text: str, index: int, seen: set[str]) -> str | None:
    """The role of a paragraph before the body starts, or None when it is body text."""
    first_line = text.strip()
    if _has_credit(first_line) and _is_short(first_line, 30):
        return "credit"
    if not _is_short(first_line):
        return None
    if _BYLINE.match(first_line):
        return "byline"
    if first_line.startswith("#") and "headline" not in seen:
        return "headline"
    if index == 0 and " | " in first_line:
        return "section"
    ends_like_sentence = first_line.endswith((".", ":")) and not first_line.endswith("..")
    one_sentence = len(split_sentences(first_line)) == 1  # "Is it legal? Lawyers disagree." is body text
    if "headline" not in seen and not ends_like_sentence and one_sentence and "\n" not in first_line:
        return "headline"
    return None


def _assign_roles(text: str, spans: list[tuple[int, int]], first: int = 0) -> list[str]:
    roles: list[str] = []
    seen: set[str] = set()
    in_body = False
    for index, (start, end) in enumerate(spans):
        chunk = text[start:end]
        if index < first:
            roles.append("front-matter")
            continue
        role = None if in_body else _header_role(chunk, index - first, seen)
        if role is None and in_body and _has_credit(chunk) and _is_short(chunk, 30):
            role = "credit"
        if role is None:
            in_body = True
            role = "body"
        seen.add(role)
        roles.append(role)
    return _mark_excerpts(text, spans, roles)


def _mark_excerpts(text: str, spans: list[tuple[int, int]], roles: list[str]) -> list[str]:
    """Mark "From the story:" paragraphs and the excerpt that follows each.

    The excerpt is the next paragraph plus any after it that open with an
    ellipsis, the usual sign of a passage cut from the same story.
    """
    roles = list(roles)
    for index, (start, end) in enumerate(spans):
        chunk = text[start:end]
        # the intro ends with a colon; testing that first spares the search on every other paragraph
        if roles[index] != "body" or not chunk.rstrip().endswith(":") or not _EXCERPT_INTRO.search(chunk):
            continue
        roles[index] = "excerpt-intro"
        following = index + 1
        while following < len(spans) and roles[following] == "body":
            opening = text[spans[following][0] : spans[following][0] + 3]
            if following > index + 1 and not opening.startswith(("...", "…")):
                break
            roles[following] = "excerpt"
            following += 1
    return roles
