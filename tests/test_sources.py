"""Every outside fact points inside the kit and names its source's kind: the context timeline's sources agree with
the fact table (teacher/facts.md), advocacy sites are never cited as records, and nothing cites a file outside the
repository, a mirror or an AI-written wiki."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[1]
FACTS = (REPO / "teacher" / "facts.md").read_text(encoding="utf-8")
CONTEXT = REPO / "seeds" / "000_1fac5e6bc3dcc4cb.context.csv"
KINDS = {"record", "report", "advocacy", "reference"}
URL = re.compile(r"https?://[^\s<>)`|;,]+[^\s<>)`|;,.]")
NOT_REFERENCES = ("grokipedia.com", "cryer.org.uk", "knowpia.com", "encycloreader.org", "wikimili.com")


def _fact_rows() -> list[list[str]]:
    rows = []
    for line in FACTS.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if line.startswith("| ") and len(cells) == 5 and re.match(r"\d+[a-d]?\. ", cells[0]):
            rows.append(cells)
    return rows


def _kinds_by_host() -> dict[str, set[str]]:
    """For each web host in the fact table, the kinds its pages are given there."""
    kinds: dict[str, set[str]] = {}
    for _fact, _date, _confidence, sources, kind in _fact_rows():
        urls = URL.findall(sources)
        named = [k for k in re.findall(r"\b(record|report|advocacy|reference)\b", kind)]
        for position, url in enumerate(urls):
            given = named[min(position, len(named) - 1)] if named else None
            kinds.setdefault(_host(url), set()).add(given)
    return kinds


def _host(url: str) -> str:
    return re.sub(r"^www\.", "", url.split("/")[2])


def _texts() -> dict[str, str]:
    """Every lesson, teacher's note, doc, context and seed file, as text (notebooks: their markdown and code)."""
    texts = {}
    for path in sorted((REPO / "notebooks").glob("*.ipynb")) + sorted((REPO / "teacher" / "exercises").glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        texts[str(path.relative_to(REPO))] = "\n\n".join(cell.source for cell in notebook.cells)
    for pattern in ("teacher/**/*.md", "docs/*.md", "seeds/*.json", "seeds/*.csv", "civics_kit/**/*.py", "README.md"):
        for path in sorted(REPO.glob(pattern)):
            texts[str(path.relative_to(REPO))] = path.read_text(encoding="utf-8")
    return texts


def test_fact_table_gives_every_fact_a_url_a_kind_and_an_allowed_confidence():
    rows = _fact_rows()
    assert len(rows) > 30
    for fact, _date, confidence, sources, kind in rows:
        assert confidence.split(" ")[0] in {"High", "Medium", "Medium-High"}, fact
        assert "RECALLED" not in fact.upper().replace("NOT RECALLED", ""), fact
        assert URL.search(sources) or "the three rows above" in sources, fact
        assert set(re.findall(r"\b(record|report|advocacy|reference)\b", kind)), fact


def test_every_context_event_has_a_kind_that_agrees_with_the_fact_table():
    kinds = _kinds_by_host()
    with CONTEXT.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        assert row["source_kind"] in KINDS, row
        assert row["source_url"] in FACTS, f"{row['source_url']} is not in teacher/facts.md"
        assert row["source_kind"] in kinds[_host(row["source_url"])], row
        if row["source_kind"] == "advocacy":  # given as the group's claim, not as what happened
            assert re.search(r"\bsays\b|'s date\b", row["event"]), row["event"]


def test_context_timeline_carries_the_kind():
    import civics_kit as ck

    context = ck.context_timeline(ck.load_article())
    assert set(context["source_kind"]) <= KINDS
    memo = context[context["date"] == "2014-11-20"].iloc[0]
    assert memo["source_kind"] == "record" and "notonemoredeportation" not in memo["source_url"]


def test_advocacy_sites_are_never_cited_as_records():
    advocacy = {host for host, given in _kinds_by_host().items() if given == {"advocacy"}}
    assert {"advancingamericanfreedom.com", "aclu-sdic.org", "nilc.org", "immigrationforum.org"} <= advocacy
    advocacy.add("notonemoredeportation.com")  # named in the table, no longer cited by address
    for name, text in _texts().items():
        if name in {"teacher/facts.md", "seeds/000_1fac5e6bc3dcc4cb.context.csv"}:
            continue  # the table and the context file are checked row by row above
        for paragraph in re.split(r"\n\s*\n|\n(?=- )|\n(?=\| )", text):
            cited = {_host(url) for url in URL.findall(paragraph)} & advocacy
            if cited:
                assert "advocacy" in paragraph.lower(), f"{name}: {sorted(cited)} cited without saying advocacy"
                assert not re.search(r"\brecord\b[^.]*\b(" + "|".join(map(re.escape, cited)) + ")", paragraph), name


@pytest.mark.parametrize("host", NOT_REFERENCES)
def test_no_mirror_or_ai_written_wiki_is_cited(host):
    for name, text in _texts().items():
        assert not any(host in url for url in URL.findall(text)), f"{name} cites {host}"


def test_nothing_cites_a_file_outside_the_repository():
    for name, text in _texts().items():
        assert "civic_facts" not in text, f"{name} cites civic_facts.md, which is not in the repository"
        assert "shared/context" not in text, name


def test_no_placeholder_launch_links():
    for name in ("teacher/README.md", "README.md"):
        text = (REPO / name).read_text(encoding="utf-8")
        assert "OWNER/REPOSITORY" not in text, name
