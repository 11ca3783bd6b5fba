"""The report: a short summary of one article, as text, JSON or a self-contained web page.

A view on top of the analyses. The report is a list of sections; each section
is built by one function in :data:`SECTIONS` that takes an :class:`Article` and
returns a :class:`Section` (a heading, plain-text lines, JSON-ready data, and
what the analysis could not find). ``civics-kit report`` prints it.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .article import Article, as_article

__all__ = ["SECTIONS", "Section", "build_report", "render_html", "render_json", "render_text"]


@dataclass
class Section:
    """One part of the report."""

    key: str
    heading: str
    lines: list[str] = field(default_factory=list)
    data: Any = None
    missing: list[str] = field(default_factory=list)
    table: list[dict[str, Any]] | None = None


def overview_section(article: Article) -> Section:
    """Title, outlet, date, author and counts."""
    summary = article.summary()
    author = summary["author"] or "not given"
    if summary["author"] and summary["author_inferred"]:
        author += " (inferred: the byline is not in the text)"
    lines = [
        f"Title:     {summary['title'] or 'not found'}",
        f"Outlet:    {summary['outlet'] or 'not given'}",
        f"Published: {summary['published'] or 'not given'}",
        f"Author:    {author}",
        f"Length:    {summary['words']} words, {summary['sentences']} sentences, {summary['paragraphs']} paragraphs",
    ]
    missing = []
    if not summary["published"]:
        missing.append(
            "No publication date: relative dates ('today', 'last week') cannot be resolved. "
            "Pass --published YYYY-MM-DD."
        )
    if not summary["title"]:
        missing.append("No headline found.")
    if not summary["words"]:
        missing.append("No body text found.")
    return Section("article", "Article", lines, summary, missing)


SECTIONS: list[Callable[[Article], Section]] = [overview_section]
"""The report's sections, in order. Each analysis module's section is added here."""


def build_report(article: Article | str) -> list[Section]:
    """Run every section on ``article``."""
    article = as_article(article)
    return [make(article) for make in SECTIONS]


def render_text(sections: list[Section]) -> str:
    """The report as plain text for a terminal."""
    out: list[str] = []
    for section in sections:
        out.append(section.heading)
        out.append("=" * len(section.heading))
        out.extend(section.lines)
        out.extend(f"Note: {m}" for m in section.missing)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_json(sections: list[Section]) -> str:
    """The report as JSON: one key per section, with its data and what was missing."""
    payload = {s.key: {"data": s.data, "missing": s.missing} for s in sections}
    return json.dumps(payload, indent=2, ensure_ascii=False, default=str)


def _table_html(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    columns = list(rows[0])
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(row.get(c, '')))}</td>" for c in columns) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(sections: list[Section], title: str | None = None) -> str:
    """The report as one self-contained HTML page (no scripts, no external files)."""
    parts = []
    for section in sections:
        lines = "".join(f"<li>{html.escape(line)}</li>" for line in section.lines)
        notes = "".join(f"<p class='note'>Note: {html.escape(m)}</p>" for m in section.missing)
        table = _table_html(section.table or [])
        parts.append(f"<section><h2>{html.escape(section.heading)}</h2><ul>{lines}</ul>{table}{notes}</section>")
    heading = html.escape(title or "civics_kit report")
    style = (
        "body{font-family:system-ui,sans-serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.5}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;text-align:left}"
        ".note{color:#6b3d00}"
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{heading}</title><style>{style}</style></head>"
        f"<body><h1>{heading}</h1>{''.join(parts)}</body></html>\n"
    )


def quotes_section(article: Article) -> Section:
    """Who is quoted, how (in their own words or paraphrased) and how much."""
    from .quotes import UNATTRIBUTED, quote_share, quotes, voices

    frame = quotes(article)
    scored = frame[frame["kind"] != "scare"]
    share = quote_share(frame)
    heard = voices(frame)
    kinds = scored["kind"].value_counts()
    lines = [
        f"{len(scored)} quotations from {len(heard)} sources: {int(kinds.get('direct', 0))} direct, "
        f"{int(kinds.get('partial', 0))} partial, {int(kinds.get('indirect', 0))} paraphrased; "
        f"{int((frame['kind'] == 'scare').sum())} scare quotes."
    ]
    for row in share.to_dict("records"):
        role = f" ({row['role']})" if row["role"] else ""
        count = f"{row['quotes']} quotation{'' if row['quotes'] == 1 else 's'}"
        lines.append(f"{row['speaker']}{role}: {row['share']:.0%} of quoted words, {count}")
    unnamed = heard[~heard["named"]]
    for row in unnamed.to_dict("records"):
        if row["speaker"] != UNATTRIBUTED:
            lines.append(f"Unnamed source: {row['speaker']} ({row['heard']})")
    missing = []
    if scored.empty:
        missing.append("No quotations found: nobody is quoted or paraphrased with a reporting verb.")
    unattributed = int(scored["speaker"].isna().sum())
    if unattributed:
        missing.append(f"{unattributed} quotation(s) could not be attributed with confidence; read them in the text.")
    data = {"quotes": _plain(scored), "share": _plain(share), "voices": _plain(heard)}
    table = [
        {"speaker": r["speaker"], "role": r["role"] or "", "quotes": r["quotes"], "share": f"{r['share']:.0%}"}
        for r in share.to_dict("records")
    ]
    return Section("quotes", "Who is quoted", lines, data, missing, table)


def _plain(frame: Any) -> list[dict[str, Any]]:
    """JSON-ready records: numpy and pandas scalars become Python ones, missing values None."""
    import pandas as pd

    def plain(value: Any) -> Any:
        if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
            return None
        return value.item() if hasattr(value, "item") else value

    return [{k: plain(v) for k, v in row.items()} for row in frame.astype(object).to_dict("records")]


SECTIONS.append(quotes_section)
