"""The report: a short summary of one article, as text, JSON or a self-contained web page.

A view on top of the analyses. The report is a list of sections; each section
is built by one function in :data:`SECTIONS` that takes an :class:`Article` and
returns a :class:`Section` (a heading, plain-text lines, JSON-ready data, and
what the analysis could not find). ``civics-kit report`` prints it.
"""

from __future__ import annotations

import html
import json
import math
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .article import Article, as_article
from .errors import LanguageWarning, ShortTextWarning

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
    sources = article.metadata_sources
    author = summary["author"] or "not given"
    if summary["author"] and summary["author_inferred"]:
        author += " (inferred: the byline is not in the text)"
    published = summary["published"] or "not given"
    if summary["published"] and sources.get("published"):
        published += f" (source: {sources['published']})"
    lines = [
        f"Title:     {summary['title'] or 'not found'}",
        f"Outlet:    {summary['outlet'] or 'not given'}",
        f"Published: {published}",
        f"Author:    {author}",
        f"Length:    {summary['words']} words, {summary['sentences']} sentences, {summary['paragraphs']} paragraphs",
    ]
    if article.attribution:
        lines.append(f"Credit:    {article.attribution}")
    missing = [note for note in [article.language_note, *article.meta.get("page_notes", ())] if note]
    if not summary["published"]:
        missing.append(
            "No publication date: relative dates ('today', 'last week') cannot be resolved. "
            "Pass --published YYYY-MM-DD."
        )
    if not summary["title"]:
        missing.append("No headline found.")
    if not summary["words"]:
        missing.append("No body text found.")
    data = {
        **summary,
        "attribution": article.attribution,
        "metadata_sources": sources,
        "language_note": article.language_note,
    }
    return Section("article", "Article", lines, data, missing)


def _plain(value: Any) -> Any:
    """A JSON-ready value: NaN becomes None, numpy numbers become Python numbers."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def readability_section(article: Article) -> Section:
    """The reading level, every measure with its meaning, and the hardest sentences with reasons."""
    from .complexity import hardest_sentences, readability, unscored_note

    note = unscored_note(article.lang)
    if note:
        empty = {"reading_level": None, "measures": [], "hardest_sentences": []}
        return Section("readability", "Readability", ["Reading level: not available"], empty, [note], [])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ShortTextWarning)
        table = readability(article)
    missing = [str(w.message) for w in caught if issubclass(w.category, ShortTextWarning)]
    measures = [{k: _plain(v) for k, v in row.items()} for row in table.to_dict("records")]
    headline = next(m for m in measures if m["measure"] in ("Flesch-Kincaid grade", "Szigriszt-Pazos"))
    hardest = [{k: _plain(v) for k, v in row.items()} for row in hardest_sentences(article, n=3).to_dict("records")]
    if headline["score"] is None:
        lines = ["Reading level: not available"]
        missing.append(headline["note"] or "No readability score.")
    else:
        grade = f"{headline['measure']} {headline['score']:.1f}"
        lines = [f"Reading level: {headline['band']} ({grade})", f"  {headline['meaning']}"]
        lines += [f"{m['measure']:<21} {m['score']:>6.1f}  {m['band'] or '':<8} {m['meaning']}" for m in measures]
    for row in hardest:
        lines.append(f"Hard sentence {row['rank']} (characters {row['start']}-{row['end']}): {row['reason']}")
    notes = sorted({m["note"] for m in measures if m["note"] and m["score"] is not None})
    missing.extend(notes)
    data = {"reading_level": headline, "measures": measures, "hardest_sentences": hardest}
    table_rows = [{k: m[k] for k in ("measure", "score", "grade", "band", "meaning")} for m in measures]
    return Section("readability", "Readability", lines, data, missing, table_rows)


def _when(row: Any) -> str:
    """The row's ``when`` column: the timeline's own words ("before 7 June 2011"), never a window's first day."""
    return str(row.when)


def timeline_section(article: Article) -> Section:
    """The article's dated events, the sentences that depend on its date, and the bundled civic context."""
    from .chronology import NO_CONTEXT, context_timeline, date_dependent, timeline

    events = timeline(article)
    context = context_timeline(article)
    dependent = date_dependent(article, context if len(context) else None)
    dated = events.dropna(subset=["date"])
    lines = [f"{_when(row)}: {row.event} ('{row.expression}')" for row in dated.itertuples(index=False)]
    lines.append(f"Sentences whose meaning depends on the publication date: {len(dependent)}")
    for row in dependent.itertuples(index=False):
        later = f" Later: {row.later}." if row.later else ""
        lines.append(f"  '{row.expression}' = {row.resolves_to}.{later}")
    if len(context):
        first, last = context["date"].min().year, context["date"].max().year
        lines.append(f"Context timeline: {len(context)} sourced events ({first} to {last}).")
    else:
        lines.append(f"Context timeline: {NO_CONTEXT}.")
    missing = [article.language_note] if article.language_note else []
    if article.published is None:
        missing.append("No publication date: 'today', 'recently' and weekdays cannot be placed on the timeline.")
    if dated.empty:
        missing.append("No dated events found.")
    data = {
        "events": [
            {
                "date": r.date.date().isoformat(),
                "date_end": r.date_end.date().isoformat(),
                "when": _when(r),
                "value": r.value,
                "expression": r.expression,
                "event": r.event,
                "start": r.start,
                "end": r.end,
            }
            for r in dated.itertuples(index=False)
        ],
        "date_dependent": [
            {"expression": r.expression, "resolves_to": r.resolves_to, "later": r.later, "start": r.start, "end": r.end}
            for r in dependent.itertuples(index=False)
        ],
        "context_events": len(context),
    }
    table = [{"when": _when(r), "event": r.event, "words": r.expression} for r in dated.itertuples(index=False)]
    return Section("timeline", "Timeline", lines, data, missing, table)


SECTIONS: list[Callable[[Article], Section]] = [overview_section, readability_section, timeline_section]
"""The report's sections, in order. Each analysis module's section is added here."""


def build_report(article: Article | str) -> list[Section]:
    """Run every section on ``article``.

    >>> import civics_kit as ck
    >>> [section.heading for section in ck.build_report(ck.load_article())]
    ['Article', 'Readability', 'Timeline', 'Who is quoted']
    """
    article = as_article(article)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LanguageWarning)  # the report says it in a note line instead
        return [make(article) for make in SECTIONS]


def render_text(sections: list[Section]) -> str:
    """The report as plain text for a terminal.

    >>> import civics_kit as ck
    >>> for line in ck.render_text(ck.build_report(ck.load_article())).splitlines()[:3]:
    ...     print(line)
    Article
    =======
    Title:     L.A. votes to support a Secure Communities opt-out
    """
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
    from .quotation import UNATTRIBUTED
    from .quotation.tables import quote_records, share_records, voice_records

    found = quote_records(article)  # the article's own records: worked out once, shared with quotes()
    scored = [r for r in found if r.kind != "scare"]
    share = share_records(found)
    heard = voice_records(found)
    kinds = Counter(r.kind for r in scored)
    lines = [
        f"{len(scored)} quotations from {len(heard)} sources: {kinds['direct']} direct, "
        f"{kinds['partial']} partial, {kinds['indirect']} paraphrased; "
        f"{len(found) - len(scored)} scare quotes."
    ]
    for row in share:
        role = f" ({row.role})" if row.role else ""
        count = f"{row.quotes} quotation{'' if row.quotes == 1 else 's'}"
        lines.append(f"{row.speaker}{role}: {row.share:.0%} of quoted words, {count}")
    for row in heard:
        if not row.named and row.speaker != UNATTRIBUTED:
            lines.append(f"Unnamed source: {row.speaker} ({row.heard})")
    missing = [article.language_note] if article.language_note else []
    if not scored:
        missing.append("No quotations found: nobody is quoted or paraphrased with a reporting verb.")
    unattributed = sum(r.speaker is None for r in scored)
    if unattributed:
        missing.append(f"{unattributed} quotation(s) could not be attributed with confidence; read them in the text.")
    data = {"quotes": _records(scored), "share": _records(share), "voices": _records(heard)}
    table = [{"speaker": r.speaker, "role": r.role or "", "quotes": r.quotes, "share": f"{r.share:.0%}"} for r in share]
    return Section("quotes", "Who is quoted", lines, data, missing, table)


def _records(rows: list[Any]) -> list[dict[str, Any]]:
    """JSON-ready records from an analysis's named tuples (plain Python values already)."""
    return [row._asdict() for row in rows]


SECTIONS.append(quotes_section)


def folder_sections(result: Any) -> list[Section]:
    """The report on a whole folder, from a :class:`civics_kit.corpus.CorpusResult`."""
    read, failed = len(result.articles), len(result.errors)
    overview = Section(
        "folder",
        "Folder",
        [f"Articles read: {read}" + (f" ({failed} could not be read)" if failed else "")],
        {"articles": read, "errors": result.errors.to_dict("records")},
        [f"{row.article}: {row.error}" for row in result.errors.itertuples()],
    )
    top = result.top_speakers(10)
    speakers = Section(
        "top_speakers",
        "Who is quoted most across the folder",
        [
            f"{row.speaker}: {row.words} words in {row.quotes} quotes, {row.articles} article(s)"
            for row in top.itertuples()
        ],
        top.to_dict("records"),
        [] if len(top) else ["No quotes found in any article."],
        top.to_dict("records"),
    )
    spread = result.grade_spread()
    grades = Section(
        "grade_spread",
        "Reading level spread (Flesch-Kincaid grade)",
        [f"{label}: {value}" for label, value in spread.iloc[:, 0].items()] if len(spread) else [],
        {str(k): v for k, v in spread.iloc[:, 0].items()} if len(spread) else {},
        [] if len(spread) else ["No article could be scored."],
    )
    return [overview, speakers, grades]
