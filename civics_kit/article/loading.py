"""Loading an article: bundled articles by name, files (.txt, .md, .html) with their sidecars, forgiving inputs."""

from __future__ import annotations

import difflib
import json
import os
import warnings
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import (
    ArticleIsDirectoryError,
    ArticleNotFoundError,
    ArticleReadError,
    ArticleTypeError,
    BinaryFileError,
    DecodingWarning,
    EmptyArticleError,
    InvalidDateError,
    SidecarFormatError,
    UnsupportedFormatError,
)
from ..webpage import read_web_page
from .model import METADATA_FIELDS, Article
from .paragraphs import _FRONT_MATTER

SEED = "000_1fac5e6bc3dcc4cb"
"""The name of the first bundled article (KPCC, 7 June 2011)."""

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

# ---------------------------------------------------------------- loading

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
