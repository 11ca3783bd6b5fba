"""Reading a saved web page (``.html``) as an article: its text, and its metadata by evidence.

:func:`read_web_page` is what :func:`civics_kit.load_article` calls on a page:

- **text**: trafilatura extracts the article's body, one paragraph a line; the
  boilerplate filter (:mod:`civics_kit.boilerplate`) then drops the site's lines
  that trafilatura kept ("Read more: ...", newsletter and cookie notices), and a
  staff or credit line standing at the top ("Tribune Staff Reporter") is taken
  out of the text so that it is not read as the headline.
- **published**: the best evidence the page holds (:mod:`civics_kit.pagedates`).
- **title**: trafilatura's title, unless it is a staff or credit line; then the
  page's JSON-LD headline, ``og:title``, ``<title>`` or ``<h1>``, whichever is not;
  a trailing " | Outlet" or " | 10.06.2013" part is cut off.
- **author**: trafilatura's author, without placeholders ("No Author", "Staff",
  "Letters"), outlet names ("CNN", "Deutsche Welle") and parts with a month or a
  number in them ("CBS News February"); when nothing is left, None, with a note.
- **outlet**, **url**: trafilatura's site name and canonical URL.

Each field's evidence goes to ``sources`` ("JSON-LD", "meta tag", "URL",
"byline", "guessed", "page heading", "canonical link"), which the article shows as
``article.metadata_sources``; what was dropped or doubted goes to ``notes``.
Needs the ``html`` extra (trafilatura, which brings lxml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .boilerplate import drop_boilerplate
from .errors import EmptyArticleError, MissingExtraError
from .pagedates import date_in_text, json_ld_objects, meta_values, publication_date

__all__ = ["PLACEHOLDER_AUTHORS", "WebPage", "clean_author", "is_credit_line", "read_web_page"]

PLACEHOLDER_AUTHORS = frozenset(
    """no author, none, null, unknown, anonymous, n/a, author, admin, administrator, staff, staff writer,
    staff reporter, web staff, web desk, news desk, newsdesk, newsroom, editor, editors, the editors, letters,
    letters to the editor, guest, guest author, contributor, wire, wire service, wire reports""".replace(
        "\n", " "
    ).split(", ")
)
"""Author fields that name nobody (compared lower-cased). The outlet's own name is dropped too."""

# A date inside an author field ("CBS News February", "Staff 12/03"): a month name ending it, or a digit.
_MONTH_WORD = re.compile(
    r"\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\b\.?"
    r"(?:\s+\d.*)?$|\d",
    re.IGNORECASE,
)
_CREDIT_NOUN = r"(?:staff|reporters?|writers?|correspondents?|contributors?|photographers?|reports?|wire)"
_NAME_WORDS = r"(?:(?-i:[A-Z])[\w.&'’-]*\s+){0,3}"  # up to three capitalised words: "Tribune", "Daily News"
_CREDIT_LINE = re.compile(
    r"^(?:by\s+)?(?:from\s+)?(?:the\s+)?" + _NAME_WORDS + r"staff(?:\s+and\s+wire)?(?:\s+" + _CREDIT_NOUN + r")?$"
    r"|^(?:by\s+)?(?:from\s+)?(?:staff|wire)(?:\s+and\s+(?:wire|staff))?\s+" + _CREDIT_NOUN + r"$"
    r"|^(?:by\s+)?(?:the\s+)?" + _NAME_WORDS + r"(?:staff\s+)?(?:reporter|writer|correspondent)s?$",
    re.IGNORECASE,
)
_TOP_LINES = 3  # a credit line is taken out of the text only among the first lines


@dataclass
class WebPage:
    """What :func:`read_web_page` found: the article text, metadata fields, their evidence and notes."""

    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    credit_lines: list[str] = field(default_factory=list)

    @property
    def meta(self) -> dict[str, Any]:
        """What goes to ``article.meta``: ``boilerplate_dropped`` and ``page_notes`` (tuples), when there are any."""
        found = {"boilerplate_dropped": tuple(self.dropped), "page_notes": tuple(self.notes)}
        return {key: value for key, value in found.items() if value}


def is_credit_line(line: str | None) -> bool:
    """True for a staff or credit line ("Tribune Staff Reporter", "Staff Writer", "From staff reports")."""
    text = re.sub(r"\s+", " ", (line or "").strip().strip(".:|·-–—"))
    return bool(text) and len(text.split()) <= 6 and bool(_CREDIT_LINE.match(text))


def _simple(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", re.sub(r"\(.*?\)|\bwww\.|\.(?:com|org|net|co\.uk|ie|de)\b", "", name.lower()))


def clean_author(author: str | None, outlets: list[str] | tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    """The author field without placeholders and outlet names, and a note when something was dropped.

    ``"Rob Picheta; CNN"`` with outlet "CNN" gives ``("Rob Picheta", None)``;
    ``"No Author"`` gives ``(None, "The page gives the author as 'No Author', ...")``.
    """
    if not author or not author.strip():
        return None, None
    names = [_simple(o) for o in outlets if o and _simple(o)]
    kept = []
    for part in re.split(r"\s*[;|]\s*|\s+and\s+(?=[A-Z])", author.strip()):
        name = re.sub(r"^(?:by|written by|por)\s+", "", part.strip(), flags=re.IGNORECASE).strip(" ,.")
        name = re.sub(r"[\s.,|]+(?:written|published|posted|updated)\b.*$", "", name, flags=re.IGNORECASE)
        simple = _simple(name)
        placeholder = name.lower() in PLACEHOLDER_AUTHORS or is_credit_line(name) or _MONTH_WORD.search(name)
        outlet = any(simple and (simple == o or (len(simple) > 3 and simple in o)) for o in names)
        if name and not placeholder and not outlet:
            kept.append(name)
    if kept:
        return "; ".join(kept), None
    return None, (
        f"The page gives the author as {author.strip()!r}, which names no person "
        "(a placeholder, a staff line or the outlet), so the author is left empty."
    )


def _extract(page: str, name: str) -> Any:
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError(
            f"Reading a saved web page ({name!r}) needs trafilatura. "
            "Install it with: pip install 'civics_kit[html]'  (or save the article as .txt)."
        ) from None
    return trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)


def trafilatura_text(page: str, name: str = "page") -> str:
    """The body trafilatura alone extracts from ``page`` (no filter): the baseline of the evaluation."""
    document = _extract(page, name)
    return (getattr(document, "text", None) or "") if document is not None else ""


def _parse(page: str) -> Any:
    import lxml.html

    try:
        return lxml.html.fromstring(page.encode("utf-8"))
    except Exception:  # a page lxml cannot parse gives no evidence, not an error
        return lxml.html.fromstring("<html></html>")


def _evidence(value: str, objects: list[dict[str, Any]], meta: dict[str, str], fallback: str) -> str:
    """Where ``value`` came from: the JSON-LD, a meta tag, or (else) ``fallback``."""
    wanted = _simple(value)

    def found_in(node: Any) -> bool:
        if isinstance(node, str):
            return _simple(node) == wanted
        if isinstance(node, dict):
            return any(found_in(v) for k, v in node.items() if k in ("headline", "name", "author", "publisher"))
        if isinstance(node, list):
            return any(found_in(v) for v in node)
        return False

    if any(found_in({k: v for k, v in o.items() if k in ("headline", "name", "author")}) for o in objects):
        return "JSON-LD"
    if any(_simple(v) == wanted for v in meta.values()):
        return "meta tag"
    return fallback


def _title_candidates(document: Any, tree: Any, objects: list[dict[str, Any]], meta: dict[str, str]) -> list[str]:
    candidates = [getattr(document, "title", None)]
    candidates += [o.get("headline") for o in objects if isinstance(o.get("headline"), str)]
    candidates += [meta.get("og:title"), meta.get("twitter:title")]
    candidates += [re.split(r"\s+[|–—-]\s+", t.text_content().strip())[0] for t in tree.xpath("//title")]
    candidates += [h.text_content().strip() for h in tree.xpath("//h1")]
    return [c.strip() for c in candidates if isinstance(c, str) and c.strip()]


def _outlets(document: Any, objects: list[dict[str, Any]], meta: dict[str, str]) -> list[str]:
    names = [getattr(document, "sitename", None), meta.get("og:site_name"), meta.get("publisher")]
    for node in objects:
        publisher = node.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(publisher["name"])
    return [n for n in names if isinstance(n, str) and n.strip()]


def _without_site_suffix(title: str, outlets: list[str]) -> str:
    """``title`` without trailing " | Outlet" and " | 10.06.2013" parts ("Uncork ... | DW | 10.06.2013")."""
    names = {_simple(o) for o in outlets} - {""}
    parts = re.split(r"\s+\|\s+", title)
    while len(parts) > 1 and (_simple(parts[-1]) in names or date_in_text(parts[-1].strip()) is not None):
        parts.pop()
    return " | ".join(parts)


def _take_credit_lines(text: str) -> tuple[str, list[str]]:
    lines = text.split("\n")
    taken = [i for i, line in enumerate(lines[:_TOP_LINES]) if is_credit_line(line)]
    return "\n".join(line for i, line in enumerate(lines) if i not in taken), [lines[i].strip() for i in taken]


def read_web_page(page: str, name: str = "page") -> WebPage:
    """The article in a saved web page: text (boilerplate out), fields, their evidence and notes."""
    document = _extract(page, name)
    raw = (getattr(document, "text", None) or "") if document is not None else ""
    text, dropped = drop_boilerplate(raw)
    text, credits = _take_credit_lines(text)
    if not text.strip():
        raise EmptyArticleError(
            f"No article text was found in {name!r}. Open the page, copy the article's words into a .txt file "
            "and load that."
        )
    tree = _parse(page)
    objects, meta = json_ld_objects(tree), meta_values(tree)
    result = WebPage(text, dropped=dropped, credit_lines=credits)
    url = getattr(document, "url", None)
    if url:
        canonical = tree.xpath("//link[@rel='canonical']/@href")
        result.fields["url"] = url
        result.sources["url"] = "canonical link" if url in canonical else _evidence(url, [], meta, "page heading")
    outlets = _outlets(document, objects, meta)
    title = next((t for t in _title_candidates(document, tree, objects, meta) if not is_credit_line(t)), None)
    title = _without_site_suffix(title, outlets) if title else None
    if title:
        result.fields["title"] = title
        result.sources["title"] = _evidence(title, objects, meta, "page heading")
    if outlets:
        result.fields["outlet"] = outlets[0]
        result.sources["outlet"] = _evidence(outlets[0], objects, meta, "URL")
    author, note = clean_author(getattr(document, "author", None), outlets)
    if author:
        result.fields["author"] = author
        result.sources["author"] = _evidence(author, objects, meta, "byline")
    if note:
        result.notes.append(note)
    dated = publication_date(tree, url, getattr(document, "date", None))
    if dated:
        result.fields["published"], result.sources["published"] = dated
    if credits:
        result.notes.append(f"The credit line {credits[0]!r} is not the headline; it was taken out of the text.")
    return result
