"""The article model: a news article's text, its metadata and its spans.

Everything else in civics_kit works on an :class:`Article`. ``article.text`` is
the complete decoded input, kept exactly as given, and every ``start``/``end``
anywhere in the kit is a Python string index into it.

Entry points:

- :func:`load_article` reads a bundled seed or a ``.txt``, ``.md`` or ``.html``
  file and returns an :class:`Article`.
- :meth:`Article.from_text` wraps any string; it never raises on the text.
"""

from .loading import SEED, SUPPORTED_SUFFIXES, as_article, load_article, seed_names  # noqa: F401
from .model import METADATA_FIELDS, Article, parse_published  # noqa: F401
from .paragraphs import _WORD, paragraph_spans  # noqa: F401
from .spans import Excerpt, Paragraph, Sentence, Span

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
