"""The :class:`Article`: the text kept exactly as given, its metadata and its spans."""

from __future__ import annotations

import bisect
import datetime as _dt
import html
import operator
import re
from collections.abc import Callable, Hashable, Mapping
from functools import cached_property
from types import MappingProxyType
from typing import Any, TypeVar

from ..dates import format_day
from ..errors import (
    ArticleTypeError,
    InvalidDateError,
    InvalidOptionError,
    PhraseNotFoundError,
)
from ..language import (
    _WINDOW,
    NOT_READ_NOTE,
    _guess_from_chunks,
    guess_language,
    language_name,
    language_note,
)
from ..sentences import split_sentences
from .paragraphs import _FRONT_MATTER, _OUTLET, _WORD, _assign_roles, _chunk_word_count, _trim, paragraph_spans
from .spans import Excerpt, Paragraph, Sentence, Span

METADATA_FIELDS = ("title", "published", "author", "outlet", "url", "lang")
"""The metadata an :class:`Article` carries as attributes; anything else goes to ``meta``."""

_T = TypeVar("_T")

_HEADER_ROLES = frozenset({"section", "headline", "credit", "byline", "front-matter"})

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

    # -- metadata that analyses depend on ------------------------------------

    @property
    def published(self) -> _dt.date | None:
        """The publication date (a ``datetime.date``) or None; setting it re-reads the value and drops the analyses."""
        return self._published

    @published.setter
    def published(self, value: _dt.date | str | None) -> None:
        self._published = parse_published(value)
        self.__dict__.pop("_analyses", None)  # the timeline and everything else worked out on the old date

    def _cached(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """An analysis of this article, worked out once: ``key`` names the analysis and what it depends on.

        The cache lives on this article only: it is not pickled, not compared by ``==`` and not shown by
        ``repr``. A key holds the metadata its analysis reads (the publication date, the teacher's
        corrections), so that an article with other metadata never gets a stale result.
        """
        cache = self.__dict__.setdefault("_analyses", {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]

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
        body = self.body
        if body and len(body) <= _WINDOW:
            return _guess_from_chunks(self._body_chunks)
        return guess_language(body or self.text)

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
        return sum(map(_chunk_word_count, self._body_chunks))

    @cached_property
    def _body_chunks(self) -> list[str]:
        """The body cut at white space, which no word spans: the word count and the language check read it."""
        return self.body.split()

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
        index = bisect.bisect_right(self._sentence_ends, position)
        return self.sentences[min(index, len(self.sentences) - 1)]

    @cached_property
    def _sentence_ends(self) -> list[int]:
        return [sentence.end for sentence in self.sentences]

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
