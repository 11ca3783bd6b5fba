"""Helpers the exercise sets share: the seed article, loaded once, and word counts."""

from __future__ import annotations

from functools import cache

from ..article import _WORD, Article, load_article

__all__ = ["count_words", "seed", "seed_text"]


@cache
def seed() -> Article:
    """The seed article, loaded once."""
    return load_article()


def seed_text() -> str:
    """The seed article's text (what a discussion answer must cite)."""
    return seed().text


def count_words(text: str) -> int:
    """Words in ``text``, counted the way ``Article.word_count`` counts them."""
    return len(_WORD.findall(text))
