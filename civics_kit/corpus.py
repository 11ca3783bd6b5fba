"""Many articles at once: every analysis on a folder or a list, as tidy frames keyed by article.

    from civics_kit.corpus import analyze
    result = analyze("my_articles/")                  # every article file in a folder
    result.quote_share.groupby("speaker")["words"].sum()

A layer on top of the analyses. :func:`analyze` returns a :class:`CorpusResult` with one DataFrame per
analysis (``articles``, ``readability``, ``quotes``, ``quote_share``, ``timeline``), each with an
``article`` column naming the article (its file name, or ``article-N`` for text), plus ``errors`` for
inputs that could not be read: one row per file, with the typed error (its class name and message, which names
the file and says what to do). One bad file never stops the others. Work is spread over processes
(``jobs``, default: all cores).
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
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
    """Run every analysis on one article (in a worker process); warnings become the article's ``notes``."""
    from .chronology import timeline
    from .complexity import readability
    from .quotation import quote_share, quotes

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CivicsKitWarning)
        try:
            article = load_article(payload[1]) if payload[0] == "path" else payload[1]
            found = quotes(article)
            frames = {
                "articles": _one_row(article),
                "readability": readability(article),
                "quotes": found,
                "quote_share": quote_share(found),  # from the same rows: no second pass over the text
                "timeline": timeline(article),
            }
        except CivicsKitError as error:  # every input error the loader can meet is one of these
            return {"key": key, "error": f"{type(error).__name__}: {error}"}
        except OSError as error:  # not expected (the loader types its read errors); kept so a folder goes on
            return {"key": key, "error": f"{type(error).__name__}: {key}: {error}"}
    notes = sorted({str(w.message) for w in caught if issubclass(w.category, CivicsKitWarning)})
    frames["articles"]["notes"] = " ".join(notes)
    for frame in frames.values():
        frame.insert(0, "article", key)
    return {"key": key, "frames": frames}


def _one_row(article: Article) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame([article.summary()])


def _progress(done: int, total: int, enabled: bool) -> None:
    if enabled:
        bar = "#" * (20 * done // max(total, 1))
        end = "\n" if done == total else ""
        print(f"\ranalysing articles [{bar:<20}] {done}/{total}", end=end, file=sys.stderr, flush=True)


def analyze(
    paths_or_articles: str | os.PathLike[str] | Iterable[str | os.PathLike[str] | Article],
    jobs: int | None = None,
    progress: bool | None = None,
) -> CorpusResult:
    """Run readability, quotes, quote share and timeline on many articles.

    ``paths_or_articles``: a folder, or a list of file paths and Articles. ``jobs``: worker processes
    (default: all cores; 1 runs in this process). ``progress``: a progress line on standard error
    (default: only when standard error is a terminal, so that notebooks stay deterministic).

    >>> import civics_kit as ck
    >>> result = analyze(["seeds/000_1fac5e6bc3dcc4cb.txt", ck.Article.from_text("The mayor spoke.")], jobs=1)
    >>> result.articles[["article", "words"]].values.tolist()
    [['000_1fac5e6bc3dcc4cb.txt', 500], ['article-2', 3]]
    >>> result.top_speakers(1)["speaker"].tolist()
    ['Bernard Parks']
    """
    import pandas as pd

    if isinstance(paths_or_articles, (str, os.PathLike)):
        items: list[Any] = list(article_paths(paths_or_articles))
    else:
        items = list(paths_or_articles)
    work = [_job(item, i) for i, item in enumerate(items)]
    show = sys.stderr.isatty() if progress is None else progress
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(work) or 1))
    results = []
    if jobs == 1:
        for done, (key, payload) in enumerate(work, 1):
            results.append(_analyse_one(key, payload))
            _progress(done, len(work), show)
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            chunk = max(1, len(work) // (jobs * 8))
            for done, result in enumerate(pool.map(_analyse_one, *zip(*work, strict=True), chunksize=chunk), 1):
                results.append(result)
                _progress(done, len(work), show)
    return _combine(results, pd)


def _combine(results: list[dict[str, Any]], pd: Any) -> CorpusResult:
    frames: dict[str, list[pd.DataFrame]] = {name: [] for name in ("articles", *ANALYSES)}
    errors = []
    for result in results:
        if "error" in result:
            errors.append({"article": result["key"], "error": result["error"]})
            continue
        for name, frame in result["frames"].items():
            frames[name].append(frame)
    combined = {
        name: pd.concat(parts, ignore_index=True) if parts else pd.DataFrame({"article": []})
        for name, parts in frames.items()
    }
    return CorpusResult(**combined, errors=pd.DataFrame(errors, columns=["article", "error"]))
