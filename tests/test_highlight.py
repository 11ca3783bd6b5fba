"""The highlighted view marks every part of a span, also when the span runs over a paragraph break."""

from __future__ import annotations

import re

import civics_kit as ck
from civics_kit.highlighting import highlight

TEXT = (
    "Council votes on parks plan\n\n"
    'The council met on Monday. "We will open two parks,\n\nand a pool next year," the mayor said.\n\n'
    "The vote was 5-2."
)


def _marked_segments(page: str) -> list[str]:
    """The HTML between each <mark ...> and its </mark>."""
    return re.findall(r"<mark [^>]*>(.*?)</mark>", page, flags=re.DOTALL)


def test_a_span_over_a_paragraph_break_is_marked_in_both_paragraphs() -> None:
    start = TEXT.index("We will")
    end = TEXT.index('year,"') + len("year,")
    page = highlight(ck.Article.from_text(TEXT), [{"start": start, "end": end, "label": "mayor"}]).html
    segments = _marked_segments(page)
    assert len(segments) == 2
    assert all("</p>" not in segment and "<p>" not in segment for segment in segments)
    assert "We will open two parks," in segments[0]
    assert "and a pool next year," in segments[1]
    assert page.count("<mark ") == page.count("</mark>")


def test_a_span_inside_one_paragraph_is_one_mark() -> None:
    start = TEXT.index("The vote")
    page = highlight(TEXT, [{"start": start, "end": len(TEXT), "label": "result"}]).html
    assert _marked_segments(page) == ["<b>[1]</b> The vote was 5-2."]
