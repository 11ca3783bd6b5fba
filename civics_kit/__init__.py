"""civics_kit: read a news article closely, with evidence for every figure.

Load an article, then ask who is quoted and how much, how hard it is to read,
and what it dates. Every result is a pandas DataFrame whose rows point back to
the article's text through ``start``/``end`` character offsets.

    >>> import civics_kit as ck
    >>> article = ck.load_article()          # the bundled KPCC seed article
    >>> article.title
    'L.A. votes to support a Secure Communities opt-out'
"""

from . import errors
from .article import Article, load_article
from .chronology import context_timeline, date_dependent, time_expressions, timeline
from .complexity import hardest_sentences, readability, reading_level, text_stats
from .exercises import progress
from .highlighting import highlight
from .lateral import source_cards
from .library import articles
from .plots import plot_quote_share, plot_readability, plot_timeline, show_hardest, show_quotes
from .quotation import entities, quote_share, quotes, voices
from .report import build_report, render_text
from .sentences import split_sentences

__version__ = "0.1.0"

# The names a lesson uses; each is in the README's table "The front door".
__all__ = [
    "Article",
    "articles",
    "build_report",
    "context_timeline",
    "date_dependent",
    "entities",
    "hardest_sentences",
    "highlight",
    "load_article",
    "plot_quote_share",
    "plot_readability",
    "plot_timeline",
    "progress",
    "quote_share",
    "quotes",
    "readability",
    "reading_level",
    "render_text",
    "show_hardest",
    "show_quotes",
    "source_cards",
    "split_sentences",
    "text_stats",
    "time_expressions",
    "timeline",
    "voices",
]

# Also reachable as civics_kit.NAME, but not in __all__: their home is the module named here.
# Error and warning classes, so that `except ck.ArticleNotFoundError` keeps working in code written
# before they moved out of the front door; and older names that code and docs still use.
_ELSEWHERE = {
    **dict.fromkeys(errors.__all__, "errors"),
    **dict.fromkeys(("SEED", "Excerpt", "Paragraph", "Sentence", "Span", "as_article", "seed_names"), "article"),
    **dict.fromkeys(("compare_textstat", "grade_band", "inflesz_band"), "complexity"),
}


def __getattr__(name: str) -> object:
    if name in _ELSEWHERE:
        from importlib import import_module

        return getattr(import_module(f".{_ELSEWHERE[name]}", __name__), name)
    raise AttributeError(f"module 'civics_kit' has no attribute {name!r}")
