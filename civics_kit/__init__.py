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
    MissingExtraError,
    NotebookFolderNotFoundError,
    NotebookFormatError,
    UnsupportedFormatError,
)
from .exercises import progress
from .sentences import split_sentences
from .timeline import context_timeline, date_dependent, time_expressions, timeline

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
    "MissingExtraError",
    "NotebookFolderNotFoundError",
    "NotebookFormatError",
    "Paragraph",
    "Sentence",
    "Span",
    "UnsupportedFormatError",
    "as_article",
    "context_timeline",
    "date_dependent",
    "load_article",
    "progress",
    "seed_names",
    "split_sentences",
    "time_expressions",
    "timeline",
]
