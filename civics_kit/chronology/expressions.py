"""The time expressions of an article (:func:`time_expressions`), found once per article and date."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..article import Article, as_article, parse_published
from ..language import warn_if_not_english
from ..timex import extract

if TYPE_CHECKING:
    import pandas as pd

TIMEX_COLUMNS = ("start", "end", "text", "type", "value", "relative", "unresolved")


def timexes(article: Article, reference: dt.date | None) -> tuple[Any, ...]:
    """The tagger's expressions in ``article`` resolved against ``reference``: worked out once per article and date."""
    return article._cached(("timex", reference), lambda: tuple(extract(article.text, reference)))


def _published_of(source: Any, published: Any) -> tuple[Article, dt.date | None]:
    article = as_article(source)
    if published is None:
        return article, article.published
    return article, parse_published(published)


def time_expressions(text_or_article: Article | str, published: dt.date | str | None = None) -> pd.DataFrame:
    """Every temporal expression in the text, with its TIMEX3 type and value.

    ``published`` (a date or ``YYYY-MM-DD``) overrides the article's own
    publication date; relative expressions are resolved against it.

    Columns: ``start``, ``end`` (offsets into the text), ``text``, ``type``
    (DATE, TIME, DURATION or SET), ``value`` (TIMEX3: ``2011-06-07``,
    ``2011-06-07TAF``, ``2011-W23``, ``2011-06``, ``2011-Q2``, ``2011``, ``201``
    (a decade), ``P40Y``, ``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``,
    ``XXXX-WXX-2`` (every Tuesday) ...), ``relative`` (the value depends on the
    publication date or on another date in the text) and ``unresolved`` (True
    when there was no date to resolve it against: the value then stays relative,
    ``UNDEF-this-day``, ``UNDEF-minus-1-week``, ``XXXX-03-22``, never a guess).

    >>> import civics_kit as ck
    >>> found = ck.time_expressions(ck.load_article())
    >>> found.loc[0, ["text", "type", "value"]].tolist()             # "today" on the day it was published
    ['today', 'DATE', '2011-06-07']
    >>> ck.time_expressions("The vote is next Tuesday.", published="2011-06-07")["value"].tolist()
    ['2011-06-14']
    >>> ck.time_expressions("The vote is next Tuesday.")["unresolved"].tolist()   # no date: no guess
    [True]
    """
    import numpy as np
    import pandas as pd

    article, reference = _published_of(text_or_article, published)
    warn_if_not_english(article)
    found = timexes(article, reference)
    dtypes = {"start": np.int64, "end": np.int64, "relative": bool, "unresolved": bool}
    columns = {
        name: np.array([getattr(timex, name) for timex in found], dtype=dtypes.get(name, object))
        for name in TIMEX_COLUMNS
    }
    return pd.DataFrame(columns, copy=False)
