"""The article model: a news article's text, its metadata and its spans.

Everything else in civics_kit works on an :class:`Article`. ``article.text`` is
the complete decoded input, kept exactly as given, and every ``start``/``end``
anywhere in the kit is a Python string index into it.

Entry points:

- :func:`load_article` reads a bundled seed or a ``.txt``, ``.md`` or ``.html``
  file and returns an :class:`Article`.
- :meth:`Article.from_text` wraps any string; it never raises on the text.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import html
import json
import operator
import os
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .dates import format_day
from .errors import (
    ArticleIsDirectoryError,
    ArticleNotFoundError,
    ArticleReadError,
    ArticleTypeError,
    BinaryFileError,
    DecodingWarning,
    EmptyArticleError,
    InvalidDateError,
    InvalidOptionError,
    PhraseNotFoundError,
    SidecarFormatError,
    UnsupportedFormatError,
)
from .language import NOT_READ_NOTE, guess_language, language_name, language_note
from .sentences import split_sentences
from .webpage import read_web_page

__all__ = [
    "METADATA_FIELDS",
    "SEED",
    "Article",
    "Excerpt",
    "Paragraph",
    "Sentence",
    "Span",
    "as_article",
    "load_article",
    "seed_names",
]

SEED = "000_1fac5e6bc3dcc4cb"
"""The name of the first bundled article (KPCC, 7 June 2011)."""

METADATA_FIELDS = ("title", "published", "author", "outlet", "url", "lang")
"""The metadata an :class:`Article` carries as attributes; anything else goes to ``meta``."""

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_HEADER_ROLES = frozenset({"section", "headline", "credit", "byline", "front-matter"})
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


# ---------------------------------------------------------------- spans


@dataclass(frozen=True)
class Span:
    """A stretch of ``article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph(Span):
    """A paragraph, with its position and its role in the article.

    ``role`` is one of ``section`` (a blog or section name line), ``headline``,
    ``byline``, ``credit`` (a photo credit), ``front-matter`` (YAML in a ``.md``
    file), ``body``, ``excerpt-intro`` (a paragraph that introduces an excerpt
    from another outlet, such as one ending "From the story:") and ``excerpt``
    (a paragraph of that excerpt).
    """

    index: int
    role: str = "body"


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence, with its number and the number of the paragraph it is in."""

    index: int
    paragraph: int


@dataclass(frozen=True)
class Excerpt(Span):
    """Text relayed from another outlet, and the outlet (``source``) when the text names it."""

    source: str | None
    paragraphs: tuple[int, ...]


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
    if _CREDIT.search(first_line) and _is_short(first_line, 30):
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
        if role is None and in_body and _CREDIT.search(chunk) and _is_short(chunk, 30):
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
        if roles[index] != "body" or not _EXCERPT_INTRO.search(text[start:end]):
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


# ---------------------------------------------------------------- dates


def parse_published(value: Any) -> _dt.date | None:
    """A publication date from a ``date``, a ``datetime`` or an ISO string; None stays None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        cleaned = value.strip()
        for parse in (_dt.date.fromisoformat, lambda s: _dt.datetime.fromisoformat(s).date()):
            try:
                return parse(cleaned)
            except ValueError:
                pass
    raise InvalidDateError(
        f"published={value!r} is not a date civics_kit can read. "
        "Give it as YYYY-MM-DD, for example published='2011-06-07', or as a datetime.date."
    )


# ---------------------------------------------------------------- the article


class Article:
    """A news article: its exact text, metadata, paragraphs and sentences.

    Attributes: ``text`` (the complete input, unchanged), ``title``,
    ``published`` (a ``datetime.date`` or None), ``author``, ``outlet``,
    ``url``, ``lang`` ("en" or "es"), ``source`` (the file name it came from,
    if any) and ``meta`` (any other metadata, read-only). Derived:
    ``paragraphs``, ``sentences``, ``excerpts``, ``body``, ``section``,
    ``credit``, ``headline`` and ``word_count``. Evidence: ``find(phrase)``,
    ``find_all(phrase)`` and ``sentence_at(position)``.

    >>> import civics_kit as ck
    >>> article = ck.load_article()
    >>> article.published, article.word_count
    (datetime.date(2011, 6, 7), 500)
    >>> span = article.find("nearly 70 percent")         # evidence: where the words are
    >>> article.text[span.start : span.end]
    'nearly 70 percent'
    >>> article.sentence_at(span.start).index           # and the sentence that holds them
    10
    """

    def __init__(
        self,
        text: str,
        *,
        title: str | None = None,
        published: _dt.date | str | None = None,
        author: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        lang: str | None = None,
        source: str | None = None,
        meta: Mapping[str, Any] | None = None,
        metadata_sources: Mapping[str, str] | None = None,
    ) -> None:
        if not isinstance(text, str):
            hint = " Decode it first: text.decode('utf-8')." if isinstance(text, (bytes, bytearray)) else ""
            raise ArticleTypeError(f"An article's text must be a string, not {type(text).__name__}.{hint}")
        self.text = text
        self._title = title
        self.published = parse_published(published)
        self.author = author
        self.outlet = outlet
        self.url = url
        self._lang = lang.lower() if lang else None
        self.source = source
        self.meta = MappingProxyType(dict(meta or {}))
        self._metadata_sources = dict(metadata_sources or {})

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        title: str | None = None,
        published: _dt.date | str | None = None,
        author: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        lang: str | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> Article:
        """Wrap any string as an article; the text is kept exactly (``from_text(t).text == t``).

        >>> article = Article.from_text("The council voted 11-1 today.  It goes to the Senate next.")
        >>> article.text == "The council voted 11-1 today.  It goes to the Senate next."
        True
        >>> [sentence.text for sentence in article.sentences]
        ['The council voted 11-1 today.', 'It goes to the Senate next.']
        """
        return cls(text, title=title, published=published, author=author, outlet=outlet, url=url, lang=lang, meta=meta)

    def with_metadata(self, **metadata: Any) -> Article:
        """A copy of this article with some metadata replaced."""
        fields = {name: getattr(self, name) for name in METADATA_FIELDS}
        fields["title"] = self._title
        fields["lang"] = self._lang
        extra = dict(self.meta)
        sources = dict(self._metadata_sources)
        for key, value in metadata.items():
            if key in fields:
                fields[key] = value
                sources[key] = "keyword argument"
            else:
                extra[key] = value
        return Article(self.text, source=self.source, meta=extra, metadata_sources=sources, **fields)

    # -- equality and pickling ---------------------------------------------

    _STATE = ("text", "_title", "published", "author", "outlet", "url", "_lang", "source", "_metadata_sources")

    def _identity(self) -> tuple[Any, ...]:
        return (*(getattr(self, name) for name in self._STATE), dict(self.meta))

    def __eq__(self, other: object) -> bool:
        """Two articles are equal when their text, metadata, source and ``meta`` are."""
        if not isinstance(other, Article):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self) -> int:
        return hash(self.text)

    def __getstate__(self) -> dict[str, Any]:
        """What a pickle holds: the text and metadata (paragraphs and sentences are worked out again)."""
        state = {name: getattr(self, name) for name in self._STATE}
        state["meta"] = dict(self.meta)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name in self._STATE:
            setattr(self, name, state[name])
        self.meta = MappingProxyType(dict(state["meta"]))

    # -- structure ---------------------------------------------------------

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraphs, in order, each with its ``role``."""
        front = _FRONT_MATTER.match(self.text)
        spans = [_trim(self.text, 0, front.end())] if front else []
        spans += paragraph_spans(self.text, front.end() if front else 0)
        roles = _assign_roles(self.text, spans, 1 if front else 0)
        return [
            Paragraph(s, e, self.text[s:e], i, role) for i, ((s, e), role) in enumerate(zip(spans, roles, strict=True))
        ]

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The sentences of every paragraph (headers included), in order."""
        sentences: list[Sentence] = []
        for paragraph in self.paragraphs:
            for start, end in split_sentences(self.text, paragraph.start, paragraph.end):
                sentences.append(Sentence(start, end, self.text[start:end], len(sentences), paragraph.index))
        return sentences

    @cached_property
    def body_paragraphs(self) -> list[Paragraph]:
        """The paragraphs that are not header lines (section, headline, byline, credit)."""
        return [p for p in self.paragraphs if p.role not in _HEADER_ROLES]

    @cached_property
    def body_sentences(self) -> list[Sentence]:
        """The sentences of the body paragraphs."""
        body = {p.index for p in self.body_paragraphs}
        return [s for s in self.sentences if s.paragraph in body]

    @property
    def body_start(self) -> int:
        """Where the body starts in ``text`` (``len(text)`` when there is none)."""
        body = self.body_paragraphs
        return body[0].start if body else len(self.text)

    @property
    def body(self) -> str:
        """The text from the first body paragraph on: ``text[body_start:]``, trimmed at the end."""
        body = self.body_paragraphs
        return self.text[body[0].start : body[-1].end] if body else ""

    @cached_property
    def excerpts(self) -> list[Excerpt]:
        """Passages relayed from another outlet ("From the story:"), with that outlet when named."""
        found: list[Excerpt] = []
        paragraphs = self.paragraphs
        for intro in paragraphs:
            if intro.role != "excerpt-intro":
                continue
            members = []
            for paragraph in paragraphs[intro.index + 1 :]:
                if paragraph.role != "excerpt":
                    break
                members.append(paragraph)
            if members:
                start, end = members[0].start, members[-1].end
                source = _outlet_named_in(intro.text)
                found.append(Excerpt(start, end, self.text[start:end], source, tuple(p.index for p in members)))
        return found

    def _first_with_role(self, role: str) -> str | None:
        return next((p.text for p in self.paragraphs if p.role == role), None)

    @property
    def section(self) -> str | None:
        """The blog or section line above the headline, if any."""
        return self._first_with_role("section")

    @property
    def headline(self) -> str | None:
        """The headline line as it stands in the text, if any."""
        line = self._first_with_role("headline")
        return line.lstrip("#").strip() if line else None

    @property
    def credit(self) -> str | None:
        """The first photo-credit line, if any."""
        return self._first_with_role("credit")

    @property
    def title(self) -> str | None:
        """The title given as metadata, else the headline found in the text."""
        return self._title if self._title else self.headline

    @property
    def lang(self) -> str:
        """The language code given as metadata, else the stop-word check's: "en", "es", "fr", "de" or "pt"."""
        return self._lang or self._guessed_lang

    @cached_property
    def _guessed_lang(self) -> str:
        return guess_language(self.body or self.text)

    @property
    def metadata_sources(self) -> dict[str, str]:
        """Where each metadata field that has a value came from.

        One of "JSON-LD", "meta tag", "URL", "byline", "guessed", "page heading"
        and "canonical link" (a web page, see :mod:`civics_kit.webpage`), "front
        matter", "sidecar file", "keyword argument", "text" (the headline line of
        the text) and "language check" (:func:`civics_kit.language.guess_language`).
        """
        given = {**{name: getattr(self, name) for name in METADATA_FIELDS}, "title": self._title, "lang": self._lang}
        sources = {k: self._metadata_sources.get(k, "keyword argument") for k, v in given.items() if v is not None}
        if self._title is None and self.headline:
            sources["title"] = "text"
        if self._lang is None:
            sources["lang"] = "language check"
        return {name: sources[name] for name in METADATA_FIELDS if name in sources}

    @property
    def language_note(self) -> str | None:
        """None for an English article, else what the kit does not read in it (see :mod:`civics_kit.language`)."""
        return language_note(self.lang)

    @cached_property
    def word_count(self) -> int:
        """Words in the body (a word is a run of letters or digits, with inner ' or -)."""
        return len(_WORD.findall(self.body))

    # -- evidence ----------------------------------------------------------

    def find(self, phrase: str, after: int = 0) -> Span:
        """The first place at or after position ``after`` where ``phrase`` appears, as a :class:`Span`.

        Forgiving, as a student types: capitals, curly or straight quote marks and
        apostrophes, dashes and runs of spaces or line breaks may differ, and the
        phrase must start and end on word edges ("LA" does not match inside
        "LAPD"). The span's ``text`` is the article's own words. Raises
        :class:`PhraseNotFoundError` (a ``ValueError``) naming the closest sentence.
        """
        found = self.find_all(phrase, after)
        if not found:
            raise PhraseNotFoundError(self._not_found(phrase, after))
        return found[0]

    def find_all(self, phrase: str, after: int = 0) -> list[Span]:
        """Every place at or after position ``after`` where ``phrase`` appears (see :meth:`find`), in order."""
        pattern = _phrase_pattern(phrase)
        after = _position(after, "after")
        return [Span(m.start(), m.end(), m.group()) for m in pattern.finditer(self.text, max(after, 0))]

    def sentence_at(self, position: int) -> Sentence:
        """The sentence that holds character ``position`` (between two sentences: the next one)."""
        position = _position(position, "position")
        if not self.sentences:
            raise InvalidOptionError("The article has no sentences: its text is empty or only spaces.")
        if not 0 <= position < len(self.text):
            raise InvalidOptionError(
                f"position {position} is outside the article's text, which has {len(self.text)} characters "
                f"(positions 0 to {len(self.text) - 1})."
            )
        for sentence in self.sentences:
            if position < sentence.end:
                return sentence
        return self.sentences[-1]

    def _not_found(self, phrase: str, after: int) -> str:
        where = f" after position {after}" if after > 0 else ""
        message = f"{phrase!r} is not in the article{where}. Copy the words from the article (capitals may differ)"
        words = set(_WORD.findall(phrase.lower()))
        scored = [(len(words & set(_WORD.findall(s.text.lower()))), -s.index, s) for s in self.sentences]
        best = max(scored, default=None, key=lambda item: item[:2])
        if best and words and best[0] >= max(1, len(words) / 2):
            return f"{message}; the closest sentence is {best[2].index}: {_shorten(best[2].text, 160)!r}"
        return message + "."

    # -- display -----------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        """The article's metadata and counts as a plain dictionary (JSON-ready)."""
        return {
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "author_inferred": bool(self.meta.get("author_inferred", False)),
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "source": self.source,
            "lang": self.lang,
            "words": self.word_count,
            "sentences": len(self.body_sentences),
            "paragraphs": len(self.body_paragraphs),
            "characters": len(self.text),
        }

    @property
    def attribution(self) -> str | None:
        """The credit line the article's licence asks for (``attribution`` in its sidecar), or None."""
        value = self.meta.get("attribution")
        return str(value) if value else None

    def __repr__(self) -> str:
        date = self.published.isoformat() if self.published else "no date"
        title = self.title or "untitled"
        if len(title) > 60:
            title = title[:57] + "..."
        outlet = f", {self.outlet}" if self.outlet else ""
        note = f"; {language_name(self.lang)}: {NOT_READ_NOTE}" if self.language_note else ""
        credit = f"\nCredit: {self.attribution}" if self.attribution else ""
        return f"<Article {title!r}{outlet}, {date}, {self.word_count} words{note}>{credit}"

    def _repr_html_(self) -> str:
        esc = html.escape
        date = format_day(self.published) if self.published else "date unknown"
        by = self.author or "author unknown"
        if self.author and self.meta.get("author_inferred"):
            by += " (inferred)"
        lines = [p.text for p in self.body_paragraphs[:2]]
        preview = "".join(f"<p style='margin:0.3em 0'>{esc(_shorten(line, 300))}</p>" for line in lines)
        credit = (
            f"<div style='font-size:0.85em;color:#444'>Credit: {esc(self.attribution)}</div>"
            if self.attribution
            else ""
        )
        return (
            "<div class='civics-kit-article' style='border-left:4px solid #888;padding:0.4em 0.8em'>"
            f"<div style='font-size:1.15em;font-weight:bold'>{esc(self.title or 'Untitled article')}</div>"
            f"<div>{esc(self.outlet or 'outlet unknown')} · {esc(date)} · {esc(by)}</div>"
            f"<div>{self.word_count} words · {len(self.body_sentences)} sentences · "
            f"{len(self.body_paragraphs)} paragraphs</div>"
            f"<div style='color:#444'>{preview}</div>{_note_html(self.language_note)}{credit}</div>"
        )


# Characters a student may type for one another: quote marks, apostrophes, dashes.
_TYPED_ALIKE = {char: f"[{re.escape(group)}]" for group in ('"“”„«»', "'‘’`´", "-‐‑‒–—") for char in group}


def _position(value: Any, name: str) -> int:
    """A character position as a plain int; numpy integers (from a DataFrame row) are fine, floats are not."""
    if isinstance(value, bool):
        raise ArticleTypeError(f"{name} must be a position (a whole number), not {value!r}.")
    try:
        return operator.index(value)
    except TypeError:
        raise ArticleTypeError(f"{name} must be a position (a whole number), not {type(value).__name__}.") from None


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A pattern for ``phrase`` that forgives case, quote-mark, dash and white-space differences."""
    if not isinstance(phrase, str):
        raise ArticleTypeError(f"The phrase to find must be a string, not {type(phrase).__name__}.")
    words = phrase.split()
    if not words:
        raise InvalidOptionError("The phrase to find is empty: give some words from the article.")
    parts = [r"\s+" if char == " " else _TYPED_ALIKE.get(char, re.escape(char)) for char in " ".join(words)]
    head = r"(?<!\w)" if words[0][0].isalnum() else ""
    tail = r"(?!\w)" if words[-1][-1].isalnum() else ""
    return re.compile(head + "".join(parts) + tail, re.IGNORECASE)


def _note_html(note: str | None) -> str:
    return f"<div style='color:#6b3d00'>Note: {html.escape(note)}</div>" if note else ""


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _outlet_named_in(intro: str) -> str | None:
    names = _OUTLET.findall(intro)
    if not names:
        return None
    name = names[-1]
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


# ---------------------------------------------------------------- loading

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\xd0\xcf\x11\xe0")


_NOT_ARTICLES = frozenset({"LICENSES.md", "README.md"})  # notes about the bundled articles, in the same folder


def seed_names() -> list[str]:
    """The names of the articles bundled with civics_kit (load one with ``load_article(name)``)."""
    folder = resources.files("civics_kit.seeds")
    names = (p.name for p in folder.iterdir() if p.name.endswith((".txt", ".md")) and p.name not in _NOT_ARTICLES)
    return sorted(name.rsplit(".", 1)[0] for name in names)


def _bundled_path(name: str) -> Path | None:
    folder = resources.files("civics_kit.seeds")
    for suffix in ("", ".txt", ".md"):
        candidate = folder / f"{name}{suffix}"
        if candidate.is_file() and candidate.name.endswith((".txt", ".md")) and candidate.name not in _NOT_ARTICLES:
            return Path(str(candidate))
    return None


def load_article(source: str | os.PathLike[str] | Article | None = None, **metadata: Any) -> Article:
    """Load an article: the bundled seed (no argument), a bundled name, or a file.

    ``source`` may be a path to a ``.txt``, ``.md`` (optional YAML front matter
    with title, published, author, outlet, url, lang) or ``.html`` file (a saved
    web page, read with trafilatura). A ``NAME.json`` beside ``NAME.txt`` adds
    metadata. Keyword metadata (``title=``, ``published=``, ``author=``,
    ``outlet=``, ``url=``, ``lang=``) overrides what the files say.
    Returns an :class:`Article`; raises the typed errors of :mod:`civics_kit.errors`.

    >>> import civics_kit as ck
    >>> article = ck.load_article()                               # the bundled seed
    >>> article.title
    'L.A. votes to support a Secure Communities opt-out'
    >>> ck.load_article("000_1fac5e6bc3dcc4cb") == article        # a bundled article by name
    True
    >>> ck.load_article("seeds/000_1fac5e6bc3dcc4cb.txt") == article   # or by its path
    True
    >>> ck.load_article(published="2011-06-08").published         # keyword metadata wins
    datetime.date(2011, 6, 8)
    """
    _check_metadata_keys(metadata)
    if isinstance(source, Article):
        return source.with_metadata(**metadata) if metadata else source
    if source is None:
        source = SEED
    if not isinstance(source, (str, os.PathLike)):
        raise ArticleTypeError(
            f"load_article() takes a file path or the name of a bundled article, not {type(source).__name__}. "
            "For text you already have, use Article.from_text(text)."
        )
    path = Path(source)
    if not path.exists():
        bundled = _bundled_path(str(source)) if isinstance(source, str) else None
        if bundled is None:
            raise ArticleNotFoundError(_not_found_message(source))
        path = bundled
    return _load_file(path, metadata)


def as_article(source: Article | str | os.PathLike[str]) -> Article:
    """What every analysis and view calls on its input: an Article, a file, or the article's text.

    - an :class:`Article` stays as it is;
    - a ``pathlib.Path`` (any ``os.PathLike``) is always a file, read with :func:`load_article`;
    - a ``str`` that names an existing file is that file;
    - a one-line ``str`` ending in ``.txt``, ``.md``, ``.html`` (or another document
      extension) that names no file raises :class:`ArticleNotFoundError`, which says
      how to pass those words as text instead (``Article.from_text``);
    - any other ``str`` is the article's text, kept exactly (``Article.from_text``).

    Anything else raises :class:`ArticleTypeError` saying what to pass.

    >>> as_article("seeds/000_1fac5e6bc3dcc4cb.txt").source    # a path string loads the file
    '000_1fac5e6bc3dcc4cb.txt'
    >>> as_article("The council voted 12-1 on Tuesday.").word_count   # other text is text
    6
    >>> as_article("my-article.txt")
    Traceback (most recent call last):
    civics_kit.errors.ArticleNotFoundError: 'my-article.txt' looks like a file name, ...
    """
    if isinstance(source, Article):
        return source
    if isinstance(source, str):
        if _names_a_file(source):
            return load_article(Path(source).expanduser())
        if _looks_like_a_file_name(source):
            raise ArticleNotFoundError(_no_such_file_message(source))
        return Article.from_text(source)
    if isinstance(source, os.PathLike):
        return load_article(source)
    raise ArticleTypeError(
        f"Expected an Article, a file path or the article's text as a string, not {type(source).__name__}. "
        "Load one with civics_kit.load_article(path) or wrap text with Article.from_text(text)."
    )


# A one-line string ending in one of these is taken for a file name, never for article text.
_FILE_NAME_SUFFIXES = (*SUPPORTED_SUFFIXES, ".pdf", ".doc", ".docx", ".rtf", ".odt")
_LONGEST_PATH = 4096  # Linux's PATH_MAX; longer strings are text


def _could_be_a_path(text: str) -> bool:
    return bool(text.strip()) and "\n" not in text and "\x00" not in text and len(text) <= _LONGEST_PATH


def _names_a_file(text: str) -> bool:
    """True when ``text`` is the path of an existing file (a folder's name stays text: "/" is a fine text)."""
    if not _could_be_a_path(text):
        return False
    try:
        return Path(text).expanduser().is_file()
    except OSError:  # a name too long for the file system, and the like
        return False


def _looks_like_a_file_name(text: str) -> bool:
    return _could_be_a_path(text) and text.rstrip().lower().endswith(_FILE_NAME_SUFFIXES)


def _no_such_file_message(text: str) -> str:
    return (
        f"{text!r} looks like a file name, but there is no such file. A relative path starts in the folder "
        f"you are working in ({Path.cwd().name!r}): check the spelling and the folder. If these words are the "
        f"article's text, wrap them: Article.from_text({text!r})."
    )


def _check_metadata_keys(metadata: Mapping[str, Any]) -> None:
    unknown = [key for key in metadata if key not in METADATA_FIELDS and key != "meta"]
    if unknown:
        key = unknown[0]
        close = difflib.get_close_matches(key, METADATA_FIELDS, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise ArticleTypeError(
            f"load_article() got an unknown option {key!r}.{hint} It takes: {', '.join(METADATA_FIELDS)}."
        )


def _not_found_message(source: str | os.PathLike[str]) -> str:
    text = str(source)
    if "\n" in text or len(text) > 300:
        return (
            "load_article() was given text, not a file path. "
            "To analyse text you already have, use Article.from_text(text)."
        )
    names = ", ".join(seed_names())
    return (
        f"There is no file {text!r}. A relative path starts in the folder you are working in "
        f"({Path.cwd().name!r}). Check the spelling and the folder, or load a bundled article by name: {names}."
    )


def _load_file(path: Path, metadata: Mapping[str, Any]) -> Article:
    if path.is_dir():
        raise ArticleIsDirectoryError(
            f"{path.name!r} is a folder. Give one article file inside it, such as '{path.name}/my-article.txt'."
        )
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFormatError(
            f"civics_kit can't read {path.name!r}: it reads .txt, .md and .html files. "
            "Save or copy the article as plain text (.txt) and load that file."
        )
    raw = _read_bytes(path)
    text = _decode(raw, path.name)
    if not text.strip():
        raise EmptyArticleError(f"{path.name!r} is empty. Paste the article's text into it and save it first.")
    fields: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    sources: dict[str, str] = {}
    if suffix in (".html", ".htm"):
        page = read_web_page(text, path.name)
        text, fields, sources, meta = page.text, page.fields, page.sources, page.meta
    elif suffix in (".md", ".markdown"):
        fields = _front_matter(text, path.name)
        sources = dict.fromkeys(fields, "front matter")
    for key, value in _sidecar(path.with_suffix(".json")).items():
        (fields if key in METADATA_FIELDS else meta).__setitem__(key, value)
        if key in METADATA_FIELDS:
            sources[key] = "sidecar file"
    meta.update(metadata.get("meta") or {})
    fields.update({k: v for k, v in metadata.items() if k in METADATA_FIELDS})
    sources.update({k: "keyword argument" for k in metadata if k in METADATA_FIELDS})
    try:
        return Article(text, source=path.name, meta=meta, metadata_sources=sources, **fields)
    except InvalidDateError as error:
        if "published" in metadata:
            raise
        raise InvalidDateError(
            f"The date given for {path.name!r} (in the file or its .json) is not usable: {error}"
        ) from None


def _read_bytes(path: Path) -> bytes:
    """The file's bytes; a file that vanished or cannot be opened is a typed error naming it."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ArticleNotFoundError(
            f"{path.name!r} was there a moment ago but is gone now (moved, renamed or deleted). "
            "Put it back, or leave it out of the folder."
        ) from None
    except IsADirectoryError:
        raise ArticleIsDirectoryError(f"{path.name!r} is a folder, not an article file.") from None
    except OSError as error:
        raise ArticleReadError(
            f"{path.name!r} could not be read ({error.strerror or type(error).__name__}). "
            "Check that you may open it (its permissions) and that the drive holding it is connected."
        ) from None


_JSON_KINDS = {list: "a list", str: "a string", int: "a number", float: "a number", bool: "true or false",
               type(None): "null"}  # fmt: skip


def _sidecar(path: Path) -> dict[str, Any]:
    """The metadata in ``NAME.json`` beside an article ({} when there is none), checked for shape."""
    if not path.is_file():
        return {}
    fix = 'Fix it (a JSON object such as {"published": "2011-06-07"}), or delete it.'
    try:
        data = json.loads(_read_bytes(path).decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SidecarFormatError(f"The metadata file {path.name!r} is not UTF-8 text. {fix}") from None
    except json.JSONDecodeError as error:
        raise SidecarFormatError(
            f"The metadata file {path.name!r} is not valid JSON ({error.msg}, line {error.lineno}). {fix}"
        ) from None
    except RecursionError:
        raise SidecarFormatError(f"The metadata file {path.name!r} is nested too deeply to read. {fix}") from None
    if not isinstance(data, dict):
        raise SidecarFormatError(
            f"The metadata file {path.name!r} holds {_JSON_KINDS.get(type(data), 'a JSON value')}, "
            f"not an object of metadata in {{ }}. {fix}"
        )
    for key in METADATA_FIELDS:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise SidecarFormatError(
                f"In the metadata file {path.name!r}, {key!r} should be text, not {json.dumps(data[key])[:40]}. {fix}"
            )
    return data


def _decode(raw: bytes, name: str) -> str:
    """Decode a file's bytes: UTF-8 (a BOM dropped), UTF-16 with a BOM, else Windows-1252."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise BinaryFileError(
                f"{name!r} starts like a UTF-16 text file, but its bytes are not valid UTF-16 (is it damaged?). "
                "Open it in a text editor, save it as UTF-8 and load it again."
            ) from None
        warnings.warn(f"{name}: read as UTF-16 (it starts with a UTF-16 byte-order mark).", DecodingWarning, 2)
        return text
    if raw.startswith(_BINARY_MAGIC) or b"\x00" in raw[:8192]:
        raise BinaryFileError(
            f"{name!r} is not a text file (it looks like a PDF, Word file, image or other binary file). "
            "Copy the article's words into a .txt file and load that."
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
        encoding = "Windows-1252"
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        encoding = "Latin-1"
    warnings.warn(
        f"{name}: not valid UTF-8, so it was read as {encoding}. "
        "If letters look wrong, save the file as UTF-8 and load it again.",
        DecodingWarning,
        2,
    )
    return text


def _front_matter(text: str, name: str) -> dict[str, Any]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}
    import yaml  # only .md files with front matter need it

    try:
        data = yaml.safe_load(match.group(1)) or {}
    except (yaml.YAMLError, ValueError, RecursionError) as error:  # ValueError: a date such as 2011-13-45
        first_line = (str(error).splitlines() or [type(error).__name__])[0]
        raise UnsupportedFormatError(
            f"The front matter at the top of {name!r} (between the '---' lines) is not valid YAML: "
            f"{first_line}. Fix it, or remove it and pass the metadata to load_article()."
        ) from None
    if not isinstance(data, dict):
        return {}
    if "date" in data and "published" not in data:
        data["published"] = data["date"]
    return {k: (str(v) if k != "published" else v) for k, v in data.items() if k in METADATA_FIELDS}
