"""Source cards for lateral reading: what the kit knows about each outlet or site it cites (lesson 10).

A tools-layer module. The cards (``civics_kit/data/source_cards.json``) are a
stand-in for searching, never the answer: each holds a source's name, its
``source_kind`` and only facts the kit has read on a page whose address it
gives; the questions a student should search for are the same on every card.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .errors import InvalidOptionError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CARD_COLUMNS", "SOURCE_KINDS", "STAND_IN", "card_data", "site_of", "source_cards"]

SOURCE_KINDS = ("record", "report", "advocacy", "reference", "unclear")
"""The kinds on the cards: the four kinds of source, and ``unclear`` where the kit cannot tell."""

CARD_COLUMNS = ("card", "source_kind", "line", "text", "source_url", "search")
"""The columns of :func:`source_cards`, in order."""

STAND_IN = (
    "These cards are a stand-in for searching, not the answer: they hold only what the kit has read, "
    "with its address. With a network, search for yourself."
)


@cache
def card_data() -> dict[str, Any]:
    """The source cards as stored: ``about``, ``kinds``, ``questions`` and ``cards``."""
    text = resources.files("civics_kit").joinpath("data/source_cards.json").read_text(encoding="utf-8")
    return json.loads(text)


def site_of(url: str) -> str:
    """The host of an address without ``www.`` ("http://www.dhs.gov/news" -> "dhs.gov")."""
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.")


def _covers(card: dict[str, Any], site: str) -> bool:
    return any(site == s or site.endswith(f".{s}") for s in card["sites"])


def _chosen(name: str | None) -> list[dict[str, Any]]:
    cards = card_data()["cards"]
    if name is None:
        return cards
    wanted = name.strip().casefold()
    found = [c for c in cards if c["name"].casefold() == wanted]
    if not found and ("." in wanted or "/" in wanted):
        found = [c for c in cards if _covers(c, site_of(wanted))]
    if not found:
        found = [c for c in cards if wanted and wanted in c["name"].casefold()]
    if not found:
        names = "; ".join(c["name"] for c in cards)
        raise InvalidOptionError(f"no source card for {name!r}. Give a card's name or a web address. Cards: {names}.")
    return found


def source_cards(name: str | None = None) -> pd.DataFrame:
    """The source cards, one row per line of a card; ``name`` picks one card (by name, part of it, or an address).

    Columns: ``card``, ``source_kind`` (record, report, advocacy, reference or
    unclear), ``line`` (``kind basis``: why the kit gives that kind; ``it says``:
    what the source says about itself; ``others say``: what another page says
    about it; ``the kit read``: what the kit has read of it or cites it for;
    ``question``: what to find out by searching), ``text``, ``source_url`` (every fact has one)
    and ``search`` (what to search for, on question lines). ``attrs["note"]``
    is :data:`STAND_IN`.

    >>> import civics_kit as ck
    >>> card = ck.source_cards("http://www.dhs.gov/news/2015/07/23/statement")
    >>> card["card"].iloc[0], card["source_kind"].iloc[0]
    ('U.S. Department of Homeland Security', 'record')
    >>> int((card["line"] == "question").sum())  # the same five questions on every card
    5
    """
    import pandas as pd

    data = card_data()
    lines = {"itself": "it says", "others": "others say", "the kit": "the kit read"}
    rows = []
    for card in _chosen(name):
        base = {"card": card["name"], "source_kind": card["source_kind"]}
        rows.append({**base, "line": "kind basis", "text": card["kind_basis"], "source_url": "", "search": ""})
        for fact in card["facts"]:
            rows.append({**base, "line": lines[fact["from"]], "text": fact["fact"], "source_url": fact["source_url"]})
        for question in data["questions"]:
            rows.append({**base, "line": "question", "text": question["question"], "source_url": "", **question})
    frame = pd.DataFrame(rows, columns=list(CARD_COLUMNS)).fillna("")
    frame.attrs["note"] = STAND_IN
    return frame
