"""The stale-news check: the sentences whose meaning depends on the publication date (:func:`date_dependent`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from ..article import Article, as_article
from ..timex.wording import when_words
from .events import future_pointers, sentence_index
from .expressions import timexes

if TYPE_CHECKING:
    import pandas as pd

DATE_DEPENDENT_COLUMNS = ("sentence", "expression", "value", "resolves_to", "later", "start", "end")


def date_dependent(article: Article | str, context: pd.DataFrame | None = None) -> pd.DataFrame:
    """The sentences whose meaning depends on the publication date, and what each one resolves to.

    This is the stale-news check: the same words read without their date
    ("voted 11-1 today", "at present", "goes to the Senate next", "recently
    cleared") mislead. With a ``context`` frame (see :func:`context_timeline`),
    ``later`` lists the context events after publication on the same topic and
    ``stale`` says whether one of them changed what the sentence reports.

    Columns: ``sentence``, ``expression``, ``value``, ``resolves_to`` (in words),
    ``later`` (context events after publication, "" when none or no context),
    ``stale`` (True/False, or NA without a context), ``start``/``end`` (offsets
    of the expression).

    >>> import civics_kit as ck
    >>> article = ck.load_article()
    >>> stale = ck.date_dependent(article)
    >>> stale.loc[0, ["expression", "resolves_to"]].tolist()
    ['today', '7 June 2011']
    >>> "later" in ck.date_dependent(article, context=ck.context_timeline(article))
    True
    """
    import pandas as pd

    article = as_article(article)
    published = article.published
    rows = []
    for row in _publication_dependent(article):
        later, stale = _later_events(row["sentence"], published, context)
        rows.append({**row, "resolves_to": when_words(row["value"], published), "later": later, "stale": stale})
    columns = [*DATE_DEPENDENT_COLUMNS[:5], "stale", *DATE_DEPENDENT_COLUMNS[5:]]
    frame = pd.DataFrame(rows, columns=columns)
    frame["stale"] = frame["stale"].astype("boolean")
    return frame.astype({"start": "int64", "end": "int64"})


def _publication_dependent(article: Article) -> list[dict[str, Any]]:
    rows = []
    found = timexes(article, article.published)
    sentences = sentence_index(article)
    for timex in found:
        if not timex.relative or timex.type not in ("DATE", "TIME"):
            continue
        sentence = sentences.at(timex.start)
        rows.append(
            {
                "sentence": sentence.text,
                "expression": timex.text,
                "value": timex.value,
                "start": timex.start,
                "end": timex.end,
            }
        )
    for pointer in future_pointers(article, article.published):
        rows.append(
            {
                "sentence": pointer["sentence"].text,
                "expression": pointer["expression"],
                "value": "FUTURE_REF",
                "start": pointer["start"],
                "end": pointer["end"],
            }
        )
    return sorted(rows, key=lambda r: r["start"])


def _later_events(sentence: str, published: dt.date | None, context: pd.DataFrame | None) -> tuple[str, Any]:
    if context is None or published is None or len(context) == 0:
        return "", None
    import pandas as pd

    later = context[context["date"] > pd.Timestamp(published)]
    hits = []
    for item in later.itertuples(index=False):
        keywords = [k for k in str(item.keywords).split("|") if k]
        if any(re.search(rf"\b{re.escape(k)}\b", sentence, re.IGNORECASE) for k in keywords):
            hits.append(item)
    changes = [h for h in hits if str(h.changes).lower() in ("yes", "true", "1")]
    shown = (changes or hits)[:3]
    later_text = "; ".join(f"{h.date.date().isoformat()}: {h.event}" for h in shown)
    return later_text, bool(changes)
