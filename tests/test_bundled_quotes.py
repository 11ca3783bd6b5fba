"""Attribution on the eight bundled real articles against their hand annotation (tests/data/gold/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from civics_kit import load_article, quotes
from civics_kit.evaluate.quotes import _kit_gold, score_kit_gold

GOLD = Path(__file__).parent / "data" / "gold"


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    found = _kit_gold(GOLD)
    assert len(found) == 8, "the hand annotation of the eight bundled articles is in tests/data/gold"
    return found


def test_strict_speaker_accuracy_on_the_bundled_articles(documents) -> None:
    matched, _, strict, misses = score_kit_gold(documents)
    assert matched >= 30
    assert strict / matched >= 0.95, misses


def test_the_territory_government_speaks_for_itself() -> None:
    article = load_article("wikinews_20191216_american_samoa_citizenship")
    frame = quotes(article)
    statement = frame[frame["text"].str.startswith("imposition of citizenship")]
    assert len(statement) == 2
    assert set(statement["speaker"].str.lower()) == {"the government of american samoa"}
