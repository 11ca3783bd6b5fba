"""The sourced civic context bundled for an article (:func:`context_timeline`)."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING, Any

from ..article import Article, as_article

if TYPE_CHECKING:
    import pandas as pd

NO_CONTEXT = "no context file for this article"
"""What views say when :func:`context_timeline` finds no sourced context (its frame's ``attrs["note"]``)."""

CONTEXT_COLUMNS = (
    "date",
    "date_end",
    "precision",
    "event",
    "side",
    "topic",
    "changes",
    "source_url",
    "confidence",
    "source_kind",
)


def _context_names(article: Article) -> list[str]:
    names = []
    if article.meta.get("context"):
        names.append(str(article.meta["context"]))
    if article.source:
        names.append(article.source.rsplit(".", 1)[0] + ".context.csv")
    return names


def _find_context(article: Article) -> Any:
    folder = resources.files("civics_kit.seeds")
    for name in _context_names(article):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    if article.url:
        import json

        for sidecar in sorted(folder.iterdir(), key=lambda p: p.name):
            if not sidecar.name.endswith(".json"):
                continue
            try:
                url = json.loads(sidecar.read_text(encoding="utf-8")).get("url")
            except (ValueError, OSError):
                continue
            candidate = folder / sidecar.name.replace(".json", ".context.csv")
            if url and url.rstrip("/") == article.url.rstrip("/") and candidate.is_file():
                return candidate
    return None


def context_timeline(article: Article | str) -> pd.DataFrame:
    """The sourced civic context bundled for an article (``seeds/NAME.context.csv``), ordered by date.

    Found by the article's file name, a ``context`` entry in its metadata, or
    its URL. Columns: ``date``, ``date_end`` (Timestamps), ``precision``,
    ``event``, ``side`` (federal, state or city), ``topic``, ``keywords`` (words
    that tie a sentence to the topic, ``|``-separated), ``changes`` (whether
    the event changed what a reader on the publication date was told),
    ``source_url``, ``confidence`` (High or Medium only), ``source_kind``
    (``record``, ``report``, ``advocacy`` or ``reference``: see
    ``teacher/facts.md``). An article without a context file gets an empty
    frame with these columns and ``attrs["note"]`` = :data:`NO_CONTEXT`:
    context is added only from a record someone has read.

    >>> import civics_kit as ck
    >>> context = ck.context_timeline(ck.load_article())
    >>> context["date"].is_monotonic_increasing and set(context["confidence"]) <= {"High", "Medium"}
    True
    >>> bool(context["source_url"].str.startswith("http").all())      # every event carries its source
    True
    >>> ck.context_timeline("A text with no context file.").empty
    True
    """
    import pandas as pd

    article = as_article(article)
    columns = [*CONTEXT_COLUMNS[:6], "keywords", *CONTEXT_COLUMNS[6:]]
    path = _find_context(article)
    if path is None:
        frame = pd.DataFrame(columns=columns)
        frame["date"] = pd.to_datetime(frame["date"])
        frame["date_end"] = pd.to_datetime(frame["date_end"])
        frame.attrs["note"] = NO_CONTEXT
        return frame
    with path.open(encoding="utf-8") as handle:
        frame = pd.read_csv(handle, dtype=str, keep_default_na=False)
    frame["date"] = pd.to_datetime(frame["date"])
    frame["date_end"] = pd.to_datetime(frame["date_end"])
    frame["changes"] = frame["changes"].str.lower().isin(["yes", "true", "1"])
    return frame[columns].sort_values(["date", "date_end"], kind="stable").reset_index(drop=True)
