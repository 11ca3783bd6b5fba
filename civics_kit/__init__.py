"""civics_kit: read a news article closely, with evidence for every figure.

Load an article, then ask who is quoted and how much, how hard it is to read,
and what it dates. Every result is a pandas DataFrame whose rows point back to
the article's text through ``start``/``end`` character offsets.

    >>> import civics_kit as ck
    >>> article = ck.load_article()          # the bundled KPCC seed article
    >>> article.title
    'L.A. votes to support a Secure Communities opt-out'
"""

from .article import (
    SEED,
    Article,
    Excerpt,
    Paragraph,
    Sentence,
    Span,
    as_article,
    load_article,
    seed_names,
)
from .chronology import context_timeline, date_dependent, time_expressions, timeline
from .complexity import (
    compare_textstat,
    grade_band,
    hardest_sentences,
    inflesz_band,
    readability,
    reading_level,
    text_stats,
)
from .errors import (
    ArticleIsDirectoryError,
    ArticleNotFoundError,
    ArticleTypeError,
    BinaryFileError,
    CivicsKitError,
    CivicsKitWarning,
    DecodingWarning,
    EmptyArticleError,
    ExerciseSetupError,
    InvalidDateError,
    InvalidOptionError,
    MissingExtraError,
    NotebookFolderNotFoundError,
    NotebookFormatError,
    PhraseNotFoundError,
    ShortTextWarning,
    UnsupportedFormatError,
)
from .exercises import progress
from .highlighting import highlight
from .plots import plot_quote_share, plot_readability, plot_timeline, show_hardest, show_quotes
from .quotation import entities, quote_share, quotes, voices
from .sentences import split_sentences

__version__ = "0.1.0"

__all__ = [
    "SEED",
    "Article",
    "ArticleIsDirectoryError",
    "ArticleNotFoundError",
    "ArticleTypeError",
    "BinaryFileError",
    "CivicsKitError",
    "CivicsKitWarning",
    "DecodingWarning",
    "EmptyArticleError",
    "Excerpt",
    "ExerciseSetupError",
    "InvalidDateError",
    "InvalidOptionError",
    "MissingExtraError",
    "NotebookFolderNotFoundError",
    "NotebookFormatError",
    "Paragraph",
    "PhraseNotFoundError",
    "Sentence",
    "ShortTextWarning",
    "Span",
    "UnsupportedFormatError",
    "as_article",
    "compare_textstat",
    "context_timeline",
    "date_dependent",
    "entities",
    "grade_band",
    "hardest_sentences",
    "highlight",
    "inflesz_band",
    "load_article",
    "plot_quote_share",
    "plot_readability",
    "plot_timeline",
    "progress",
    "quote_share",
    "quotes",
    "readability",
    "reading_level",
    "seed_names",
    "show_hardest",
    "show_quotes",
    "split_sentences",
    "text_stats",
    "time_expressions",
    "timeline",
    "voices",
]
