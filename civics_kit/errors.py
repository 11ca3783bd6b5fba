"""The errors and warnings civics_kit raises.

Each error subclasses both :class:`CivicsKitError` and the built-in a user would
expect (``FileNotFoundError``, ``ValueError`` ...), so ``except ValueError``
keeps working, and each message names the input and says what to do.
"""

from __future__ import annotations

__all__ = [
    "ArticleIsDirectoryError",
    "ArticleNotFoundError",
    "ArticleReadError",
    "ArticleTypeError",
    "BinaryFileError",
    "CivicsKitError",
    "CivicsKitWarning",
    "DecodingWarning",
    "EmptyArticleError",
    "ExerciseSetupError",
    "InvalidDateError",
    "InvalidOptionError",
    "LanguageWarning",
    "MissingExtraError",
    "NotebookFolderNotFoundError",
    "NotebookFormatError",
    "PdfRenderError",
    "PdfToolNotFoundError",
    "PhraseNotFoundError",
    "ShortTextWarning",
    "SidecarFormatError",
    "UnsupportedFormatError",
]


class CivicsKitError(Exception):
    """Base class of every error civics_kit raises on purpose."""


class ArticleNotFoundError(CivicsKitError, FileNotFoundError):
    """The path given to :func:`load_article` does not exist."""


class ArticleIsDirectoryError(CivicsKitError, IsADirectoryError):
    """A folder was given where an article file was expected."""


class ArticleReadError(CivicsKitError, OSError):
    """The file exists but could not be read (no permission, a disk or network-drive error)."""


class SidecarFormatError(CivicsKitError, ValueError):
    """A metadata file ``NAME.json`` beside an article is not a JSON object of metadata."""


class EmptyArticleError(CivicsKitError, ValueError):
    """The file is empty or holds only white space."""


class BinaryFileError(CivicsKitError, ValueError):
    """The file is not text (a PDF, a Word file, an image ...)."""


class UnsupportedFormatError(CivicsKitError, ValueError):
    """The file's extension is not one civics_kit reads."""


class MissingExtraError(CivicsKitError, ImportError):
    """An optional dependency is needed for this input."""


class InvalidDateError(CivicsKitError, ValueError):
    """A date could not be read."""


class InvalidOptionError(CivicsKitError, ValueError):
    """An option was given a value the function does not know (``by="chapter"``, ``lang="fr"`` ...)."""


class PhraseNotFoundError(CivicsKitError, ValueError):
    """:meth:`Article.find` was asked for words that are not in the article."""


class ArticleTypeError(CivicsKitError, TypeError):
    """An argument is of a type civics_kit cannot use."""


class CivicsKitWarning(UserWarning):
    """Base class of civics_kit's warnings."""


class DecodingWarning(CivicsKitWarning):
    """A file was not plain UTF-8 and was decoded another way."""


class ExerciseSetupError(CivicsKitError, TypeError):
    """An exercise notebook's setup cell is written wrongly (a teacher's or author's mistake)."""


class NotebookFolderNotFoundError(CivicsKitError, FileNotFoundError):
    """The folder of lesson notebooks given to ``civics-kit handouts`` does not exist or is empty."""


class NotebookFormatError(CivicsKitError, ValueError):
    """A file named ``.ipynb`` is not a Jupyter notebook."""


class PdfToolNotFoundError(CivicsKitError, FileNotFoundError):
    """``civics-kit handouts --pdf`` needs a headless chromium (or Chrome), and none is installed."""


class PdfRenderError(CivicsKitError, RuntimeError):
    """The browser ran but wrote no PDF of a handout."""


class ShortTextWarning(CivicsKitWarning):
    """A text is shorter than a readability formula was normed on, so its score is rough.

    Silence it with ``warnings.simplefilter("ignore", civics_kit.errors.ShortTextWarning)``.
    """


class LanguageWarning(CivicsKitWarning):
    """An article is not in English, and quotations and dates are read in English only.

    Raised once per article by ``quotes``, ``timeline`` and ``time_expressions``.
    Silence it with ``warnings.simplefilter("ignore", civics_kit.LanguageWarning)``.
    """
