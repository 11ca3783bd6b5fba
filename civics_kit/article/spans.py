"""Spans: a stretch of the article's text by its offsets; paragraphs, sentences and excerpts are spans."""

from __future__ import annotations

from dataclasses import dataclass

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
