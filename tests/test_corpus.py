"""Many articles at once: civics_kit.corpus and `civics-kit report DIR`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import civics_kit as ck
from civics_kit.cli import main
from civics_kit.corpus import analyze, article_paths

REPO = Path(__file__).resolve().parents[1]
MESSY = Path(__file__).parent / "data" / "messy"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    shutil.copy(REPO / "seeds" / "000_1fac5e6bc3dcc4cb.txt", root / "seed.txt")
    for name in ("no_date.txt", "opinion_piece.txt", "press_release.txt", "saved_web_page.html"):
        shutil.copy(MESSY / name, root / name)
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")  # not an article: not listed
    (root / "empty.txt").write_text("", encoding="utf-8")  # listed, and reported as an error
    return root


def test_article_paths_lists_supported_files_sorted(folder: Path) -> None:
    names = [p.name for p in article_paths(folder)]
    assert names == sorted(names) and "notes.pdf" not in names and "seed.txt" in names


def test_analyze_folder_in_parallel_matches_one_by_one(folder: Path) -> None:
    parallel = analyze(folder, jobs=2)
    serial = analyze(folder, jobs=1)
    for name in ("articles", "readability", "quotes", "quote_share", "timeline"):
        left, right = getattr(parallel, name), getattr(serial, name)
        assert left.equals(right), name
    assert list(parallel.errors["article"]) == ["empty.txt"]
    assert set(parallel.articles["article"]) == {p.name for p in article_paths(folder)} - {"empty.txt"}
    seed_share = parallel.quote_share[parallel.quote_share["article"] == "seed.txt"]
    assert seed_share.iloc[0]["speaker"] == ck.quote_share(ck.load_article()).iloc[0]["speaker"]


def test_each_frame_is_keyed_by_article(folder: Path) -> None:
    result = analyze(folder, jobs=1)
    for name in ("articles", "readability", "quotes", "quote_share", "timeline"):
        assert getattr(result, name).columns[0] == "article"
    assert not result.top_speakers(3).empty
    assert result.grade_spread().loc["count"].iloc[0] == len(result.articles)


def test_articles_and_empty_input() -> None:
    article = ck.Article.from_text('The mayor spoke. "We will act," she said.', published="2020-01-01")
    result = analyze([article], jobs=1)
    assert list(result.articles["article"]) == ["article-1"]
    empty = analyze([], jobs=1)
    assert empty.articles.empty and empty.top_speakers().empty and empty.grade_spread().empty


def test_report_on_a_folder(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Bernard Parks" in out and "Flesch-Kincaid" in out and "empty.txt" in out


FRENCH = (
    "Le maire de la ville a annoncé mardi que la bibliothèque sera fermée pendant les travaux. "
    "« Nous devons protéger les livres et les lecteurs », a déclaré le maire. Les travaux commenceront "
    "le 3 mars 2024 et dureront six mois, selon la mairie. Les habitants pourront utiliser une salle "
    "provisoire dans l'école du quartier pendant cette période, qui est située près de la gare."
)
GERMAN = (
    "Die Stadt hat am Dienstag beschlossen, dass die Bibliothek während der Bauarbeiten geschlossen wird. "
    "Die Arbeiten beginnen am 3. März 2024 und dauern sechs Monate, sagte die Bürgermeisterin. Die Bürger "
    "können in dieser Zeit einen Raum in der Schule nutzen, die in der Nähe des Bahnhofs und des Marktes liegt."
)


@pytest.mark.parametrize("text", [FRENCH, GERMAN], ids=["fr", "de"])
def test_an_article_without_readability_formulas_keeps_its_other_analyses(text: str) -> None:
    articles = [ck.Article(text, source="other.txt"), ck.load_article()]
    result = analyze(articles, jobs=1, progress=False)
    assert result.errors.empty
    assert list(result.articles["article"]) == ["other.txt", "000_1fac5e6bc3dcc4cb.txt"]
    assert "other.txt" not in set(result.readability["article"])
    assert "000_1fac5e6bc3dcc4cb.txt" in set(result.readability["article"])
    assert "other.txt" in set(result.timeline["article"])  # "3 mars 2024" / "3. März 2024" is still on the timeline
    notes = result.articles.set_index("article").loc["other.txt", "notes"]
    assert "is not scored" in notes and "other analyses ran" in notes
