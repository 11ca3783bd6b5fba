"""The library of bundled articles: one catalogue row per article, to choose one for a lesson.

A tools-layer module: it loads every bundled article (``seeds/``) and runs the
analyses on it. :func:`articles` is the catalogue; load one of its ``name``
values with :func:`civics_kit.load_article`. Licence facts come from each
article's sidecar (``seeds/NAME.json``); ``seeds/LICENSES.md`` gives them in full.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from .article import Article, load_article, seed_names

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CATALOGUE_COLUMNS", "KINDS", "KNOWN_PROBLEMS", "SPDX", "articles", "licence_spdx"]

CATALOGUE_COLUMNS = (
    "name",
    "title",
    "outlet",
    "published",
    "kind",
    "topic",
    "licence",
    "words",
    "reading_level",
    "grade",
    "quotations",
    "speakers",
    "known_problems",
    "url",
    "attribution",
)
"""The columns of :func:`articles`, in order."""

KINDS = ("news", "press release", "opinion", "fictional")
"""The kinds of text in the catalogue."""

SPDX = {
    "CC BY 2.5": "CC-BY-2.5",
    "CC BY 3.0": "CC-BY-3.0",
    "CC0 1.0": "CC0-1.0",
    # 17 U.S.C. § 105; the pclob.gov site repository (github:18F/pclob, LICENSE.md) adds a CC0 1.0 dedication.
    "Public domain": "CC0-1.0",
    # KPCC's terms were not verified (see the seed's sidecar): a reference of our own, explained in seeds/LICENSES.md.
    "All rights reserved": "LicenseRef-KPCC-classroom-analysis",
}
"""SPDX identifiers for the licence names the sidecars use (the start of ``licence_name`` or ``licence``)."""

# What a teacher should know before using each article, from its sidecar's
# ``notes``, ``verification`` and ``transformations`` fields (seeds/NAME.json).
KNOWN_PROBLEMS = {
    "000_1fac5e6bc3dcc4cb": (
        "No byline (the author is inferred); the licence is not verified; "
        "where the City News Service excerpt ends is not marked."
    ),
    "example_library_budget": "None known: a fictional example, not a real news story.",
    "globalvoices_20090610_iran_vote_or_boycott": (
        "One scrape, not checked against a second copy; the quoted blog posts lost their blockquote marks; "
        "typos and mismatched quote marks as published; an image and a video left out."
    ),
    "pclob_20190626_facial_recognition_oversight": (
        "The agency speaks for itself: no outside voices. Checked against the official PDF."
    ),
    "wikinews_20190104_pelosi_elected_speaker": (
        "Known error kept: this revision says McCarthy 'held the post of Speaker'; "
        "the live page was later corrected to 'Majority Leader' (a corrections exercise)."
    ),
    "wikinews_20190207_nevada_majority_female_legislature": (
        "One scrape, not checked against a second copy; the figures are leads to check (CAWP, the legislature)."
    ),
    "wikinews_20190924_uk_supreme_court_prorogation": (
        "One scrape, not checked against a second copy; 'lead by' as published; 'widely suspected' has no source."
    ),
    "wikinews_20191207_samoa_measles_shutdown": (
        "One scrape, not checked against a second copy; '200,0000' is a typo as published; "
        "death counts differ within the text (53, at least 62)."
    ),
    "wikinews_20191216_american_samoa_citizenship": (
        "Only the first seven paragraphs were checked against a second copy; the plaintiffs are not quoted."
    ),
    "wikinews_20200315_montana_ballot_law_lawsuit": (
        "One scrape, not checked against a second copy; the scraper dropped the dateline."
    ),
}


def licence_name(article: Article) -> str:
    """The short name of an article's licence (``licence_name`` in its sidecar, else ``licence``)."""
    return str(article.meta.get("licence_name") or article.meta.get("licence") or "unknown")


def licence_spdx(article: Article) -> str | None:
    """The SPDX identifier of an article's licence, or None when its licence name is not in :data:`SPDX`."""
    name = licence_name(article).lower()
    return next((spdx for key, spdx in SPDX.items() if name.startswith(key.lower())), None)


def text_kind(article: Article) -> str:
    """news, press release, opinion or fictional, from the sidecar's ``kind`` (and ``fictional``)."""
    if article.meta.get("fictional"):
        return "fictional"
    kind = str(article.meta.get("kind") or "").lower()
    return next((k for k in KINDS if kind.startswith(k)), "news" if not kind else kind)


def _row(name: str) -> dict[str, Any]:
    from .complexity import reading_level
    from .quotation import UNATTRIBUTED, quotes, voices

    article = load_article(name)
    found = quotes(article)
    scored = found[found["kind"] != "scare"]
    heard = voices(found)
    level = reading_level(article).iloc[0]
    return {
        "name": name,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "kind": text_kind(article),
        "topic": article.meta.get("topic"),
        "licence": licence_name(article),
        "words": article.word_count,
        "reading_level": level["band"],
        "grade": float(level["score"]),
        "quotations": len(scored),
        "speakers": int((heard["speaker"] != UNATTRIBUTED).sum()),
        "known_problems": KNOWN_PROBLEMS.get(name, ""),
        "url": article.url,
        "attribution": article.attribution,
    }


@cache
def _catalogue() -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame([_row(name) for name in seed_names()], columns=list(CATALOGUE_COLUMNS))
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


def articles() -> pd.DataFrame:
    """The bundled articles, one row each, to choose one for a lesson.

    Columns: ``name`` (give it to :func:`civics_kit.load_article`), ``title``,
    ``outlet``, ``published`` (a Timestamp), ``kind`` (news, press release,
    opinion or fictional), ``topic``, ``licence``, ``words``, ``reading_level``
    (the band of the Flesch-Kincaid ``grade``), ``quotations`` (quotes and
    paraphrases found by :func:`civics_kit.quotes`, scare quotes left out),
    ``speakers`` (the sources they come from), ``known_problems``, ``url`` and
    ``attribution`` (the credit line to show with the article).

    >>> import civics_kit as ck
    >>> catalogue = ck.articles()
    >>> len(catalogue), bool(catalogue["licence"].notna().all())
    (10, True)
    >>> sorted(set(catalogue["kind"]))
    ['fictional', 'news', 'opinion', 'press release']
    """
    return _catalogue().copy()
