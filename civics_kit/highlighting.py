"""Show an article in the notebook with some of its spans highlighted.

A view, on top of the analyses: give it the article and rows with ``start``,
``end`` and a ``label`` (a speaker, a reason a sentence is hard ...), and it
returns an object that JupyterLab renders as HTML. Each label gets a colour
from the Okabe-Ito palette (safe for colour-blind readers) *and* a text marker
``[1]`` before the span, with a legend, so the view also works in black and
white and for screen readers. The HTML is deterministic: no random ids.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .article import Article, as_article

__all__ = ["PALETTE", "Highlighted", "highlight"]

# Okabe & Ito (2008), lightened for use as a background behind black text.
PALETTE = (
    "#f9d58b",  # orange
    "#a9d8f5",  # sky blue
    "#9fe0c9",  # bluish green
    "#f5ee9a",  # yellow
    "#9dc3e6",  # blue
    "#f3b58f",  # vermillion
    "#e4b9d4",  # reddish purple
    "#d9d9d9",  # grey
)


@dataclass(frozen=True)
class Highlighted:
    """HTML of an article with marked spans; displays itself in Jupyter."""

    html: str
    text: str

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


def _rows(spans: Any) -> list[Mapping[str, Any]]:
    if hasattr(spans, "to_dict"):
        return list(spans.to_dict("records"))
    return [dict(row) for row in spans]


def highlight(
    article: Article | str,
    spans: Iterable[Mapping[str, Any]] | Any,
    *,
    label: str = "label",
    title: str | None = None,
    note: str | None = None,
    name_beside: bool = False,
    number_by: str = "position",
) -> Highlighted:
    """Render ``article`` with each row of ``spans`` (``start``, ``end``, ``label``) marked.

    ``spans`` may be a DataFrame or a list of dicts. Overlapping spans: the one
    that starts first wins and the overlap is not marked twice. Labels are
    numbered in the order they appear in the text, or in the order of the
    rows with ``number_by="rows"`` (a ranking). With ``name_beside=True`` each
    span's label is written next to its marker (for example a speaker's name).
    Returns a :class:`Highlighted`, whose ``text`` is a plain-text fallback.

    >>> import civics_kit as ck
    >>> article = ck.load_article()
    >>> span = article.find("nearly 70 percent")
    >>> marked = ck.highlight(article, [{"start": span.start, "end": span.end, "label": "a figure"}])
    >>> "[1]<<nearly 70 percent>>" in marked.text        # the plain-text view; Jupyter shows colours
    True
    """
    article = as_article(article)
    text = article.text
    given = [r for r in _rows(spans) if 0 <= int(r["start"]) < int(r["end"]) <= len(text)]
    rows = sorted(given, key=lambda r: (int(r["start"]), -int(r["end"])))
    labels: list[str] = []
    for row in given if number_by == "rows" else rows:
        name = str(row.get(label, ""))
        if name not in labels:
            labels.append(name)
    number = {name: i + 1 for i, name in enumerate(labels)}
    colour = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(labels)}

    pieces, plain, cursor = [], [], 0
    for row in rows:
        start, end = max(int(row["start"]), cursor), int(row["end"])
        if start >= end:
            continue
        name = str(row.get(label, ""))
        pieces.append(html.escape(text[cursor:start]))
        plain.append(text[cursor:start])
        marker = f"[{number[name]}] {name}:" if name_beside else f"[{number[name]}]"
        style = f"background:{colour[name]};padding:0 2px;border-radius:2px"
        opening = f"<mark style='{style}' title='{html.escape(name)}'>"
        # A <mark> cannot cross a paragraph (browsers close it at </p>): close it and reopen it at each break.
        inner = html.escape(text[start:end]).replace("\n\n", f"</mark>\n\n{opening}")
        pieces.append(f"{opening}<b>{marker}</b> {inner}</mark>")
        plain.append(f"{marker}<<{text[start:end]}>>")
        cursor = end
    if cursor < len(text):
        pieces.append(html.escape(text[cursor:]))
        plain.append(text[cursor:])

    legend = "".join(
        f"<li><span style='background:{colour[n]};padding:0 4px'><b>[{number[n]}]</b></span> {html.escape(n)}</li>"
        for n in labels
    )
    heading = f"<div style='font-weight:bold;margin-bottom:0.3em'>{html.escape(title)}</div>" if title else ""
    notes = [n for n in (note, article.attribution and f"Credit: {article.attribution}") if n]
    footer = "".join(f"<div style='color:#444;font-size:0.9em'>{html.escape(n)}</div>" for n in notes)
    body = "".join(pieces).replace("\n\n", "</p><p>").replace("\n", "<br>")
    page = (
        "<div class='civics-kit-highlight' style='line-height:1.6;max-width:52em'>"
        f"{heading}<ul style='list-style:none;padding-left:0;margin:0 0 0.5em 0'>{legend}</ul>"
        f"<p>{body}</p>{footer}</div>"
    )
    key = "\n".join(f"[{number[n]}] {n}" for n in labels)
    fallback = (title + "\n" if title else "") + (key + "\n\n" if key else "") + "".join(plain)
    if article.attribution:
        fallback = fallback.rstrip("\n") + f"\n\nCredit: {article.attribution}"
    return Highlighted(page, fallback)
