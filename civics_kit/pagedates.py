"""A web page's publication date, from the best evidence the page holds.

The evidence, best first (:func:`publication_date` returns the first found,
with its source's name for ``article.metadata_sources``):

1. ``"JSON-LD"``: ``datePublished`` of the page's schema.org article object;
2. ``"meta tag"``: ``article:published_time``, ``itemprop="datePublished"``,
   ``pubdate`` and the like (:data:`PUBLISHED_META`), most specific first;
3. ``"URL"``: a date in the article's address (``/2023/01/16/``, ``/20200428/``,
   ``-2023-11-07``), read from the canonical link, ``og:url`` or the URL given;
4. ``"byline"``: a labelled date in the page's text, outside sidebars, menus and
   footers: "Written: 2023-11-07", "Published 7 November 2023", "Date 10.06.2013";
5. ``"guessed"``: the date trafilatura's htmldate guesses from the whole page.

A modification date (``dateModified``, ``article:modified_time``, "Updated ...")
is never taken for the publication date. Timestamps are read as the day the page
writes, in the page's own time zone; one written in UTC ("...T00:30:41Z") whose
URL carries the day before is the URL's day, since the same moment is still the
evening before in the Americas.

Numeric dates: ``10.06.2013`` (dots) is read day first, as in German, French and
most of Europe; with slashes, ``25/12/2023`` and ``12/25/2023`` are read the only
way they can be, and an ambiguous ``10/06/2013`` is no evidence.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

__all__ = ["PUBLISHED_META", "date_in_text", "date_in_url", "publication_date"]

PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "og:pubdate",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.date",
    "dc.date",
    "date",
)
"""Meta tag names (``property``, ``name`` or ``itemprop``, lower-cased) that carry a publication date, best first."""

_ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "blogposting", "report", "analysisnewsarticle")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE_FORMS = (
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<num_month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<day>\d{1,2})\.\s?(?P<num_month>\d{1,2})\.\s?(?P<year>\d{4})(?!\d)"),
    re.compile(r"(?<!\d)(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})(?!\d)"),
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.IGNORECASE),
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
)
_PUBLISHED_LABEL = re.compile(
    r"(?:^|[|·•.;—–]\s*|\s-\s*)(?:first\s+)?(?:published|posted|written|date|dated|created|publication\s+date|released|filed"
    r"|veröffentlicht|datum|publicado|fecha|publié)\b",
    re.IGNORECASE | re.MULTILINE,
)
_SKIPPED_TAGS = ("aside", "nav", "footer", "script", "style", "noscript", "template", "form", "select")
_SKIPPED_CLASS = re.compile(
    r"sidebar|side-bar|related|teaser|promo|recommend|widget|trending|popular|most-read|newsletter|footer|menu"
    r"|breadcrumb|comment|\bnav\b",
    re.IGNORECASE,
)
_URL_DATE = (
    re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<num_month>[01]?\d)/(?P<day>[0-3]?\d)(?:/|$|[-_])"),
    re.compile(r"[/_-](?P<year>(?:19|20)\d{2})-(?P<num_month>[01]\d)-(?P<day>[0-3]\d)(?:[/_.-]|$)"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})(?P<num_month>[01]\d)(?P<day>[0-3]\d)(?:/|$|[-_])"),
)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if 1990 <= year <= 2100 else None


def _from_match(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("first"):
        first, second = int(groups["first"]), int(groups["second"])
        if first > 12 >= second:
            return _valid(year, second, first)
        if second > 12 >= first:
            return _valid(year, first, second)
        return None if first != second else _valid(year, first, second)
    month = int(groups["num_month"]) if groups.get("num_month") else _MONTHS[groups["month"].lower().rstrip(".")]
    return _valid(year, month, int(groups["day"]))


def date_in_text(text: str) -> dt.date | None:
    """The date at the very start of ``text`` ("2023-11-07", "10.06.2013", "Nov. 7, 2023", "7 November 2023")."""
    for form in _DATE_FORMS:
        match = form.match(text)
        if match:
            return _from_match(match)
    return None


def date_in_url(url: str | None) -> dt.date | None:
    """A day written in a URL's path (``/2023/01/16/``, ``/20200428/``, ``-2023-11-07``), else None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.split("?")[0].split("#")[0], flags=re.IGNORECASE)
    for form in _URL_DATE:
        match = form.search(path)
        if match:
            found = _valid(int(match["year"]), int(match["num_month"]), int(match["day"]))
            if found:
                return found
    return None


def _timestamp(value: Any) -> tuple[dt.date, bool] | None:
    """The day a timestamp string writes, and whether it is written in UTC."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    found = date_in_text(text)
    if found is None:
        match = re.search(_MONTH + r"\s+(?P<day>\d{1,2})\s+(?P<year>\d{4})", text, re.IGNORECASE)
        found = _from_match(match) if match else None
    if found is None:
        return None
    utc = bool(re.search(r"T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$", text))
    return found, utc


# ---------------------------------------------------------------- JSON-LD


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", ())
    return {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}


def json_ld_objects(tree: Any) -> list[dict[str, Any]]:
    """Every object in the page's JSON-LD scripts, article objects first."""
    objects: list[dict[str, Any]] = []
    for script in tree.xpath("//script[contains(translate(@type,'JSONLD','jsonld'),'ld+json')]"):
        try:
            data = json.loads(script.text_content().strip() or "null", strict=False)
        except ValueError:
            continue
        objects.extend(_walk(data))
    return sorted(objects, key=lambda node: not (_types(node) & set(_ARTICLE_TYPES)))


def _from_json_ld(objects: list[dict[str, Any]]) -> tuple[dt.date, bool] | None:
    for node in objects:
        stamp = _timestamp(node.get("datePublished"))
        if stamp:
            return stamp
    return None


# ---------------------------------------------------------------- meta tags


def meta_values(tree: Any) -> dict[str, str]:
    """The page's meta tags (and microdata ``itemprop`` values), by lower-cased name; the first of each name wins."""
    found: dict[str, str] = {}
    for element in tree.xpath("//*[@itemprop or self::meta]"):
        value = element.get("content") or element.get("datetime")
        if not value:
            continue
        for key in (element.get("property"), element.get("name"), element.get("itemprop")):
            if key:
                found.setdefault(key.strip().lower(), value.strip())
    for element in tree.xpath("//time[@pubdate][@datetime]"):
        found.setdefault("pubdate", element.get("datetime").strip())
    return found


def _from_meta(meta: dict[str, str]) -> tuple[dt.date, bool] | None:
    for name in PUBLISHED_META:
        stamp = _timestamp(meta.get(name))
        if stamp:
            return stamp
    return None


# ---------------------------------------------------------------- the page's own words


def _skipped(element: Any) -> bool:
    if element.tag.lower() in _SKIPPED_TAGS:
        return True
    return bool(_SKIPPED_CLASS.search(" ".join(filter(None, (element.get("class"), element.get("id"))))))


def visible_lines(tree: Any) -> str:
    """The page body's text, one text piece a line, without asides, menus, footers, sidebars and scripts."""
    pieces: list[str] = []
    for body in tree.xpath("//body") or [tree]:
        stack: list[tuple[Any, bool]] = [(body, False)]
        while stack:  # depth first, without recursion: a page may nest thousands of elements
            element, closing = stack.pop()
            if closing:
                if element is not body and element.tail and element.tail.strip():
                    pieces.append(element.tail.strip())
                continue
            stack.append((element, True))
            if not isinstance(element.tag, str) or _skipped(element):  # comments keep only their tail
                continue
            if element.text and element.text.strip():
                pieces.append(element.text.strip())
            stack.extend((child, False) for child in reversed(element))
    return "\n".join(pieces)


def _first_date(text: str) -> tuple[int, dt.date | None] | None:
    """Where the first date written in ``text`` starts, and the date (None when it cannot be read surely)."""
    matches = [m for form in _DATE_FORMS for m in [form.search(text)] if m]
    if not matches:
        return None
    first = min(matches, key=lambda m: m.start())
    return first.start(), _from_match(first)


def _from_byline(lines: str) -> dt.date | None:
    """The first date that follows a publication label: "Written: 2023-11-07", "Posted by Ann Lee on May 2, 2021"."""
    for label in _PUBLISHED_LABEL.finditer(lines):
        window = lines[label.end() : label.end() + 100]
        found = _first_date(window)
        if found is None or found[1] is None:
            continue
        between = window[: found[0]]
        if len(between) <= 70 and not re.search(r"updated|modified|aktualisiert|actualizado|mis à jour", between, re.I):
            return found[1]
    return None


def publication_date(tree: Any, url: str | None, guessed: str | None) -> tuple[dt.date, str] | None:
    """The page's publication date and the name of its evidence, best evidence first (see the module's notes)."""
    url_day = date_in_url(url)
    declared = (("JSON-LD", _from_json_ld(json_ld_objects(tree))), ("meta tag", _from_meta(meta_values(tree))))
    for source, stamp in declared:
        if stamp:
            day, utc = stamp
            if utc and url_day == day - dt.timedelta(days=1):
                return url_day, "URL"
            return day, source
    if url_day:
        return url_day, "URL"
    written = _from_byline(visible_lines(tree))
    if written:
        return written, "byline"
    stamp = _timestamp(guessed)
    return (stamp[0], "guessed") if stamp else None
