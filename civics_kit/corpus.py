"""Many articles at once: every analysis on a folder or a list, as tidy frames keyed by article.

    from civics_kit.corpus import analyze
    result = analyze("my_articles/")                  # every article file in a folder
    result.quote_share.groupby("speaker")["words"].sum()

A layer on top of the analyses. :func:`analyze` returns a :class:`CorpusResult` with one DataFrame per
analysis (``articles``, ``readability``, ``quotes``, ``quote_share``, ``timeline``), each with an
``article`` column naming the article (its file name, or ``article-N`` for text), plus ``errors`` for
inputs that could not be read: one row per file, with the typed error (its class name and message, which
names the file and says what to do). One bad file never stops the others, and an article in a language the
readability formulas do not cover (English and Spanish) keeps its other analyses, with a note saying so.

Work is spread over processes (``jobs``, default: all cores), or over any
:class:`concurrent.futures.Executor` (``executor``: a Dask cluster's ``Client(...).get_executor()``, for
example). Workers send back plain records, never DataFrames; each frame is built once, for the whole
corpus, from every article's records.
"""

from __future__ import annotations

import operator
import os
import sys
import warnings
from collections.abc import Iterable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import SUPPORTED_SUFFIXES, Article, load_article
from .errors import ArticleNotFoundError, ArticleTypeError, CivicsKitError, CivicsKitWarning

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CorpusResult", "analyze", "article_paths"]

ANALYSES = ("readability", "quotes", "quote_share", "timeline")


@dataclass
class CorpusResult:
    """The frames :func:`analyze` returns; each has an ``article`` column."""

    articles: pd.DataFrame
    readability: pd.DataFrame
    quotes: pd.DataFrame
    quote_share: pd.DataFrame
    timeline: pd.DataFrame
    errors: pd.DataFrame

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}: {len(getattr(self, name))} rows" for name in ("articles", *ANALYSES, "errors"))
        return f"<CorpusResult {sizes}>"

    def top_speakers(self, n: int = 10) -> pd.DataFrame:
        """Who is quoted most across the corpus: words quoted and the number of articles, per speaker."""
        share = self.quote_share
        if share.empty:
            return share.reindex(columns=["speaker", "words", "quotes", "articles"])
        table = share.groupby("speaker", sort=True).agg(
            words=("words", "sum"), quotes=("quotes", "sum"), articles=("article", "nunique")
        )
        return table.sort_values(["words", "quotes"], ascending=False, kind="stable").head(n).reset_index()

    def grade_spread(self) -> pd.DataFrame:
        """The Flesch-Kincaid grade of each article and its summary across the corpus."""
        import pandas as pd

        if self.readability.empty:
            return pd.DataFrame({"Flesch-Kincaid grade": []})
        fk = self.readability[self.readability["measure"] == "Flesch-Kincaid grade"]
        return fk["score"].describe().round(2).to_frame("Flesch-Kincaid grade")


def article_paths(folder: str | os.PathLike[str]) -> list[Path]:
    """The article files in ``folder`` (not its sub-folders), sorted by name."""
    root = Path(folder)
    if not root.is_dir():
        raise ArticleNotFoundError(f"There is no folder {str(folder)!r}. Give the folder that holds the articles.")
    return sorted(p for p in root.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)


def _job(item: Any, index: int) -> tuple[str, Any]:
    """What is sent to a worker: a file path, or the Article itself (it pickles)."""
    if isinstance(item, Article):
        return item.source or f"article-{index + 1}", ("article", item)
    if isinstance(item, (str, os.PathLike)):
        return Path(item).name, ("path", str(item))
    raise ArticleTypeError(f"analyze() takes file paths or Articles, not {type(item).__name__}.")


def _analyse_one(key: str, payload: tuple) -> dict[str, Any]:
    """Run every analysis on one article (in a worker); its records, and warnings as the article's ``notes``."""
    from .chronology import timeline_records
    from .language import warn_if_not_english
    from .quotation.tables import quote_records, share_records

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CivicsKitWarning)
        try:
            article = load_article(payload[1]) if payload[0] == "path" else payload[1]
            warn_if_not_english(article)
            found = quote_records(article)
            records = {
                "articles": article.summary(),
                "readability": _readability_rows(article),
                "quotes": found,
                "quote_share": share_records(found),  # from the same records: no second pass over the text
                "timeline": timeline_records(article, article.published),
            }
        except CivicsKitError as error:  # every input error the loader can meet is one of these
            return {"key": key, "error": f"{type(error).__name__}: {error}"}
        except OSError as error:  # not expected (the loader types its read errors); kept so a folder goes on
            return {"key": key, "error": f"{type(error).__name__}: {key}: {error}"}
    notes = sorted({str(w.message) for w in caught if issubclass(w.category, CivicsKitWarning)})
    records["articles"]["notes"] = " ".join(notes)
    published = article.published.isoformat() if article.published else None
    return {"key": key, "records": records, "published": published}


def _readability_rows(article: Article) -> list[tuple]:
    """The article's readability rows; none, with a warning, for a language the formulas do not cover.

    One article in French should not cost a folder its quotes and timeline: the other analyses still run.
    """
    from .complexity import READABILITY_COLUMNS, unscored_note
    from .complexity.tables import readability_records

    note = unscored_note(article.lang)
    if note:
        warnings.warn(f"{note} Its other analyses ran.", CivicsKitWarning, stacklevel=2)
        return []
    return list(map(operator.itemgetter(*READABILITY_COLUMNS), readability_records(article)))


def _analyse_chunk(chunk: list[tuple[str, tuple]]) -> list[dict[str, Any]]:
    """Several articles in one task, so that a cluster's per-task overhead is paid once per chunk."""
    return [_analyse_one(key, payload) for key, payload in chunk]


def _progress(done: int, total: int, enabled: bool) -> None:
    if enabled:
        bar = "#" * (20 * done // max(total, 1))
        end = "\n" if done == total else ""
        print(f"\ranalysing articles [{bar:<20}] {done}/{total}", end=end, file=sys.stderr, flush=True)


def analyze(
    paths_or_articles: str | os.PathLike[str] | Iterable[str | os.PathLike[str] | Article],
    jobs: int | None = None,
    progress: bool | None = None,
    executor: Executor | None = None,
) -> CorpusResult:
    """Run readability, quotes, quote share and timeline on many articles.

    ``paths_or_articles``: a folder, or a list of file paths and Articles. ``jobs``: worker processes
    (default: all cores; 1 runs in this process). ``progress``: a progress line on standard error
    (default: only when standard error is a terminal, so that notebooks stay deterministic).
    ``executor``: any :class:`concurrent.futures.Executor` to run the work on instead (a Dask
    ``Client(...).get_executor()``, a ``ProcessPoolExecutor`` of your own ...); ``jobs`` then only sets how
    the work is cut into chunks. The paths must be readable where the work runs.

    >>> import civics_kit as ck
    >>> result = analyze(["seeds/000_1fac5e6bc3dcc4cb.txt", ck.Article.from_text("The mayor spoke.")], jobs=1)
    >>> result.articles[["article", "words"]].values.tolist()
    [['000_1fac5e6bc3dcc4cb.txt', 500], ['article-2', 3]]
    >>> result.top_speakers(1)["speaker"].tolist()
    ['Bernard Parks']
    """
    if isinstance(paths_or_articles, (str, os.PathLike)):
        items: list[Any] = list(article_paths(paths_or_articles))
    else:
        items = list(paths_or_articles)
    work = [_job(item, i) for i, item in enumerate(items)]
    show = sys.stderr.isatty() if progress is None else progress
    workers = max(1, min(jobs or os.cpu_count() or 1, len(work) or 1))
    results: list[dict[str, Any]] = []
    if executor is None and workers == 1:
        for done, (key, payload) in enumerate(work, 1):
            results.append(_analyse_one(key, payload))
            _progress(done, len(work), show)
    elif executor is not None:
        _run_on(executor, work, workers, results, show)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            _run_on(pool, work, workers, results, show)
    return _combine(results)


def _run_on(executor: Executor, work: list, workers: int, results: list, show: bool) -> None:
    size = max(1, min(50, len(work) // (workers * 8)))
    chunks = [work[i : i + size] for i in range(0, len(work), size)]
    for chunk in executor.map(_analyse_chunk, chunks):
        results.extend(chunk)
        _progress(len(results), len(work), show)


def _combine(results: list[dict[str, Any]]) -> CorpusResult:
    """One frame per analysis from every article's records: built once, not once per article.

    The frames keep the columns, dtypes and values the concatenation of one frame per article gave: articles
    whose records have the same shape (the same Python types in each column, or no rows) are built together,
    and only when shapes differ are those few frames concatenated (pandas then settles the dtypes as before).
    """
    import pandas as pd

    from .chronology import timeline_frame
    from .complexity import READABILITY_COLUMNS
    from .quotation.tables import quote_frame, share_frame

    done = [r for r in results if "records" in r]
    errors = pd.DataFrame(
        [{"article": r["key"], "error": r["error"]} for r in results if "error" in r], columns=["article", "error"]
    )
    if not done:
        empty = {name: pd.DataFrame({"article": []}) for name in ("articles", *ANALYSES)}
        return CorpusResult(**empty, errors=errors)
    builders = {
        "articles": lambda keys, rows: pd.DataFrame([{"article": k, **row} for k, row in zip(keys, rows, strict=True)]),
        "readability": lambda keys, rows: pd.DataFrame(
            [(k, *row) for k, row in zip(keys, rows, strict=True)], columns=["article", *READABILITY_COLUMNS]
        ),
        "quotes": lambda keys, rows: _with_keys(quote_frame(rows), keys),
        "quote_share": lambda keys, rows: _with_keys(share_frame(rows), keys),
        "timeline": lambda keys, rows: _with_keys(timeline_frame(rows), keys),
    }
    inferred = {"articles", "readability", "timeline"}  # the others give every column its dtype
    frames = {
        name: _build_once(done, name, build, name in inferred, name == "articles") for name, build in builders.items()
    }
    dates = {r["published"] for r in done}
    if len(dates) == 1:  # as pandas kept attrs through the concatenation only when every part had the same
        frames["timeline"].attrs["published"] = dates.pop()
    return CorpusResult(**frames, errors=errors)


def _shape(rows: list[Any], inferred: bool, one_row: bool) -> Any:
    """What decides the dtypes of an article's frame: whether it has rows, and (inferred) each column's types."""
    if one_row:
        rows = [tuple(rows.values())]
    if not rows or not inferred:
        return bool(rows)
    return tuple(frozenset(map(type, column)) for column in zip(*rows, strict=True))


def _build_once(done: list[dict[str, Any]], name: str, build: Any, inferred: bool, one_row: bool) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    groups: dict[Any, tuple[list[str], list[Any], list[int]]] = {}
    position = 0
    for result in done:
        rows = result["records"][name]
        keys, group_rows, positions = groups.setdefault(_shape(rows, inferred, one_row), ([], [], []))
        rows = [rows] if one_row else rows
        keys.extend([result["key"]] * len(rows))
        group_rows.extend(rows)
        positions.extend(range(position, position + len(rows)))
        position += len(rows)
    frames = [build(keys, rows) for keys, rows, _ in groups.values()]
    if len(frames) == 1:
        return frames[0]
    order = [p for _, _, positions in groups.values() for p in positions]
    frame = pd.concat(frames, ignore_index=True)
    return frame.take(np.argsort(np.asarray(order, dtype=np.int64), kind="stable")).reset_index(drop=True)


def _with_keys(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    import pandas as pd

    frame.insert(0, "article", keys if keys else pd.Series([], dtype="str"))
    return frame
