"""Step 1: quotation marks, paragraph by paragraph, and the units (sentences joined across a quotation)."""

from __future__ import annotations

from dataclasses import replace

from ..article import Article
from .lexicon import _MASK, _lazy
from .records import Mark

_DOUBLE = {'"': "either", "“": "open", "”": "close", "„": "open", "«": "open", "»": "close"}
_SINGLE = {"'": "either", "‘": "open", "’": "close", "‹": "open", "›": "close"}
_MARK_CHARS = _lazy("[\"“”„«»'‘’‹›]")
_LEFT_BOUNDARY = "([{—–-/…:;,\u00a0"
_RIGHT_BOUNDARY = ".,;:!?)]}—–-…"


def _context(text: str, i: int, lo: int, hi: int) -> tuple[str, str]:
    left = text[i - 1] if i > lo else " "
    right = text[i + 1] if i + 1 < hi else " "
    return left, right


def _double_role(ch: str, left: str, right: str, swapped: bool) -> str:
    role = _DOUBLE[ch]
    if swapped and ch in "«»":
        role = "close" if role == "open" else "open"
    left_edge = left.isspace() or left in _LEFT_BOUNDARY or left in "“‘«"
    right_edge = right.isspace() or right in _RIGHT_BOUNDARY or right in "”’»"
    if role == "either":
        if left_edge and not right_edge:
            return "open"
        if right_edge and not left_edge:
            return "close"
        return "either"
    if role == "close" and left_edge and not right_edge and left.isspace():
        return "open"  # a closing curly mark typed where an opening one belongs
    return role


def _single_role(ch: str, left: str, right: str) -> str | None:
    """'open', 'close' or None for an apostrophe ("there’s", "’90s", "rock ’n’ roll")."""
    left_edge = left.isspace() or left in _LEFT_BOUNDARY or left in '“"«'
    right_edge = right.isspace() or right in _RIGHT_BOUNDARY or right in '”"»'
    if left.isalnum() and right.isalnum():
        return None
    if left_edge and right.isalpha():
        return "open" if _SINGLE[ch] != "close" or left.isspace() else None
    if right_edge and not left.isspace():
        return "close"
    return None


def find_marks(text: str, start: int, end: int, paragraph: int, carried: bool = False) -> list[Mark]:
    """The quoted stretches of ``text[start:end]`` (one paragraph), outermost only.

    ``carried`` says the previous paragraph ended inside a quote and this one
    continues it. The last quote may be left open (``closed=False``); it then
    runs to ``end``.
    """
    found: list[Mark] = []
    swapped = _guillemets_swapped(text, start, end)
    open_at: int | None = None
    open_kind = ""
    single_open: int | None = None
    for match in _MARK_CHARS.finditer(text, start, end):
        i, ch = match.start(), match.group()
        left, right = _context(text, i, start, end)
        if ch in _DOUBLE:
            if open_kind == "single":
                continue  # nested inside a single-quoted stretch
            role = _double_role(ch, left, right, swapped)
            if open_at is None:
                if role in ("open", "either") and not right.isspace():
                    open_at, open_kind = i, "double"
            elif role in ("close", "either"):
                found.append(Mark(open_at, i + 1, open_at + 1, i, paragraph))
                open_at, open_kind = None, ""
        elif open_kind != "double":
            role = _single_role(ch, left, right)
            if role == "open" and single_open is None and open_at is None:
                single_open, open_at, open_kind = i, i, "single"
            elif role == "close" and single_open is not None:
                found.append(Mark(single_open, i + 1, single_open + 1, i, paragraph))
                single_open, open_at, open_kind = None, None, ""
    if open_at is not None and open_kind == "double":
        inner_end = _trim_end(text, open_at + 1, end)
        found.append(Mark(open_at, end, open_at + 1, inner_end, paragraph, closed=False))
    if carried and found and found[0].start == _first_char(text, start, end):
        found[0] = replace(found[0], continued=True)
    return found


def _guillemets_swapped(text: str, start: int, end: int) -> bool:
    first_open, first_close = text.find("«", start, end), text.find("»", start, end)
    return first_close != -1 and (first_open == -1 or first_close < first_open)


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    i = _first_char(text, start, end)
    while i < end and text[i] in ".…":
        i += 1  # "...“Q" opens a cut quotation
    return i < end and text[i] in '"“«„‘'


def article_marks(article: Article) -> dict[int, list[Mark]]:
    """The marks of every paragraph, with AP-style continuations linked."""
    text = article.text
    by_paragraph: dict[int, list[Mark]] = {}
    carried = False
    paragraphs = article.paragraphs
    for position, paragraph in enumerate(paragraphs):
        marks = find_marks(text, paragraph.start, paragraph.end, paragraph.index, carried)
        carried = False
        opening = by_paragraph.get(paragraph.index)
        if opening:  # set by the paragraph before: a quotation that runs on without a new opening mark
            marks = [opening[0], *[m for m in marks if m.start >= opening[0].end]]
        if marks and not marks[-1].closed:
            following = paragraphs[position + 1] if position + 1 < len(paragraphs) else None
            if following is not None and _opens_with_mark(text, following.start, following.end):
                marks[-1] = replace(marks[-1], continues=True)
                carried = True
            elif following is not None and (closer := _stray_closer(text, following.start, following.end)) is not None:
                # "... the decision-maker [new paragraph] based on the recommendation ...," said Nicholson.
                marks[-1] = replace(marks[-1], continues=True)
                run_on = Mark(following.start, closer + 1, following.start, closer, following.index, continued=True)
                by_paragraph[following.index] = [run_on]
        by_paragraph[paragraph.index] = marks
    return by_paragraph


def _stray_closer(text: str, start: int, end: int) -> int | None:
    """Where a paragraph's first double mark closes a quotation it never opened, if it does."""
    for match in _MARK_CHARS.finditer(text, start, min(end, start + 600)):
        ch = match.group()
        if ch not in _DOUBLE:
            continue
        left, right = _context(text, match.start(), start, end)
        role = _double_role(ch, left, right, False)
        if role in ("close", "either") and not left.isspace() and (right.isspace() or right in _RIGHT_BOUNDARY):
            return match.start()
        return None
    return None


# ---------------------------------------------------------------- units


def _units(article: Article, paragraph_index: int, marks: list[Mark]) -> list[tuple[int, int]]:
    """Sentences of one paragraph, joined wherever a quote runs across them."""
    spans = [(s.start, s.end) for s in article.sentences if s.paragraph == paragraph_index]
    units: list[tuple[int, int]] = []
    for start, end in spans:
        if units and any(m.start < units[-1][1] and m.end > start for m in marks):
            units[-1] = (units[-1][0], end)
        elif units and any(m.start < start < m.inner_end for m in marks):
            units[-1] = (units[-1][0], end)
        else:
            units.append((start, end))
    return units


def _masked(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """``text[start:end]`` with each quoted stretch (marks included) replaced by ``_MASK``."""
    pieces = []
    at = start  # everything before ``at`` is written
    for low, high in sorted((max(mark.start, start), min(mark.end, end)) for mark in marks):
        low = max(low, at)
        if high > low:
            pieces.append(text[at:low])
            pieces.append(_MASK * (high - low))
            at = high
    pieces.append(text[at:end])
    return "".join(pieces)


# ---------------------------------------------------------------- speakers
