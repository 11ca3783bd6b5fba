"""The source cards of lesson 10 keep their promises: every fact has an address the kit has read, every outlet
and site the bundled articles and context files cite has a card, every card asks the same questions, and the
cards are labelled a stand-in for searching."""

from __future__ import annotations

import csv
import json
import re
import tomllib
from pathlib import Path

import pytest

import civics_kit as ck
from civics_kit.errors import InvalidOptionError
from civics_kit.lateral import CARD_COLUMNS, SOURCE_KINDS, STAND_IN, card_data, site_of

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = next((p for p in (REPO.parent / "shared", REPO.parents[1] / "shared") if p.is_dir()), None)
CARDS = card_data()["cards"]
FACTS = [(card["name"], fact) for card in CARDS for fact in card["facts"]]


def _flat(text: str) -> str:
    """Text compared loosely: curly quotes and ellipses made plain, spaces collapsed, case folded."""
    text = text.replace("’", "'").replace("“", '"').replace("”", '"').replace("…", "...").replace("—", "-")
    return " ".join(text.casefold().split())


def _read_material() -> str:
    """Everything the cards may draw on: the bundled articles, their sidecars and context, the fact table, ../shared."""
    paths = sorted(SEEDS.glob("*.txt")) + sorted(SEEDS.glob("*.json")) + sorted(SEEDS.glob("*.csv"))
    paths.append(REPO / "teacher" / "facts.md")  # the kit's own sourced fact table
    if SHARED is not None:
        paths += [SHARED / "context" / "civic_facts.md", SHARED / "articles" / "README.md"]
        paths += sorted((SHARED / "articles").glob("*.json"))
    return "\n".join(_flat(p.read_text(encoding="utf-8")) for p in paths)


def test_the_cards_hold_only_known_kinds_and_say_why() -> None:
    assert {card["source_kind"] for card in CARDS} <= set(SOURCE_KINDS)
    assert set(card_data()["kinds"]) == set(SOURCE_KINDS)
    assert all(card["kind_basis"].strip() for card in CARDS)
    names = [card["name"] for card in CARDS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("card", "fact"), FACTS, ids=[f"{c}: {f['fact'][:30]}" for c, f in FACTS])
def test_every_fact_carries_a_source_url(card: str, fact: dict) -> None:
    assert re.match(r"https?://[^\s/]+\.[^\s/]+/", fact["source_url"]), (card, fact)
    assert fact["from"] in ("itself", "others", "the kit")
    assert fact["fact"].strip()


@pytest.mark.skipif(SHARED is None, reason="the shared facts folder is not beside this checkout")
def test_every_address_and_quotation_on_a_card_is_in_the_kit_s_sourced_material() -> None:
    """Nothing from memory: each address and each quoted phrase was read in the sources the kit was given."""
    material = _read_material()
    for card, fact in FACTS:
        address = _flat(fact["source_url"]).split("%e2")[0]  # civic_facts.md keeps one address percent-encoded
        assert address.rstrip("/") in material, (card, fact["source_url"])
        for quoted in re.findall(r'"([^"]+)"', fact["fact"]):
            for piece in _flat(quoted).split("..."):
                assert piece.strip(" .") in material, (card, quoted)


def test_every_outlet_of_the_bundled_articles_has_a_card() -> None:
    for name in ck.seed_names():
        article = ck.load_article(name)
        card = ck.source_cards(article.url or article.outlet)
        assert card["card"].nunique() == 1, (name, article.outlet)
    (relayed,) = ck.load_article().excerpts  # the seed relays another outlet's story
    assert ck.source_cards(relayed.source)["card"].tolist()[0] == "City News Service"


def test_every_site_the_context_files_cite_has_a_card() -> None:
    cited = set()
    for path in SEEDS.glob("*.context.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            cited |= {row["source_url"] for row in csv.DictReader(handle)}
    assert cited
    for url in sorted(cited):
        assert ck.source_cards(url)["card"].nunique() == 1, site_of(url)


def test_every_card_asks_the_same_questions_on_every_side() -> None:
    cards = ck.source_cards()
    assert list(cards.columns) == list(CARD_COLUMNS)
    asked = cards[cards["line"] == "question"].groupby("card")["text"].apply(tuple)
    assert asked.nunique() == 1 and len(asked) == len(CARDS)
    assert any("funding" in q["search"] for q in card_data()["questions"])
    assert (cards.loc[cards["line"] == "question", "search"] != "").all()
    facts = cards[~cards["line"].isin(["question", "kind basis"])]
    assert (facts["source_url"].str.startswith("http")).all()
    left, right = ck.source_cards("notonemoredeportation.com"), ck.source_cards("advancingamericanfreedom.com")
    assert left["source_kind"].iloc[0] == right["source_kind"].iloc[0] == "advocacy"


def test_the_cards_are_labelled_a_stand_in_for_searching() -> None:
    assert ck.source_cards().attrs["note"] == STAND_IN
    assert "stand-in for searching" in STAND_IN and "not the answer" in STAND_IN
    assert "never the answer" in card_data()["about"]


def test_a_card_is_found_by_name_part_or_address_and_a_wrong_name_says_what_exists() -> None:
    by_name = ck.source_cards("Wikinews (English)")
    assert by_name.equals(ck.source_cards("wikinews"))
    assert by_name.equals(ck.source_cards("https://en.wikinews.org/wiki/Some_page"))
    assert ck.source_cards("http://www.scpr.org/blogs/x")["card"].iloc[0].startswith("KPCC")
    with pytest.raises(InvalidOptionError, match=r"no source card for 'The Daily Nothing'.*Cards: KPCC"):
        ck.source_cards("The Daily Nothing")


def test_the_cards_ship_with_the_package_and_are_not_an_article() -> None:
    package_data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "data/*" in package_data["package-data"]["civics_kit"]
    assert (REPO / "civics_kit" / "data" / "source_cards.json").is_file()
    assert not [n for n in ck.seed_names() if "card" in n]
    json.loads((REPO / "civics_kit" / "data" / "source_cards.json").read_text(encoding="utf-8"))


def test_a_card_s_kind_agrees_with_the_kit_s_fact_table() -> None:
    """Where teacher/facts.md gives a site's pages one kind, the site's card gives the same kind."""
    kinds: dict[str, set[str]] = {}
    for line in (REPO / "teacher" / "facts.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if not (line.startswith("| ") and len(cells) == 5 and re.match(r"\d+[a-d]?\. ", cells[0])):
            continue
        urls = re.findall(r"https?://[^\s<>)`|;,]+", cells[3])
        named = re.findall(r"\b(record|report|advocacy|reference)\b", cells[4])
        for position, url in enumerate(urls):
            if named:
                kinds.setdefault(site_of(url), set()).add(named[min(position, len(named) - 1)])
    checked = 0
    for card in CARDS:
        hosts = [h for h in kinds if any(h == s or h.endswith(f".{s}") for s in card["sites"])]
        given = set().union(*(kinds[h] for h in hosts)) if hosts else set()
        if len(given) == 1:
            assert {card["source_kind"]} == given, (card["name"], given)
            checked += 1
    assert checked >= 18, checked
