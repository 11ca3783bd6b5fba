"""Readability views and commands: the plot, the highlighted hardest sentences, the report, the evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import matplotlib
import pytest

import civics_kit as ck
from civics_kit.evaluate import readability as evaluation
from civics_kit.evaluate.__main__ import main as evaluate_main
from civics_kit.plots import plot_readability, show_hardest
from civics_kit.report import SECTIONS, build_report, readability_section, render_json

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def seed() -> ck.Article:
    return ck.load_article()


def test_plot_readability_returns_a_titled_labelled_axes(seed: ck.Article) -> None:
    import matplotlib.pyplot as plt

    table = ck.readability(seed, by="paragraph")
    ax = plot_readability(table)
    assert "Flesch-Kincaid grade by paragraph" in ax.get_title()
    assert "grade" in ax.get_ylabel() and "Paragraph" in ax.get_xlabel()
    paragraphs = table[table["measure"] == "Flesch-Kincaid grade"]
    assert len(ax.containers[0]) == len(paragraphs)  # one bar per paragraph
    texts = [t.get_text() for t in ax.texts]
    assert "college" in texts and "K-1" in texts
    short = int(paragraphs["score"].isna().sum())  # each has a marker, and the legend says what it means
    assert sum(len(line.get_xdata()) for line in ax.get_lines() if line.get_marker() == "X") == short
    assert any(t.get_text().startswith("too short to grade") for t in ax.get_legend().get_texts())
    plt.close(ax.figure)


def test_plot_readability_in_spanish_uses_inflesz_bands() -> None:
    import matplotlib.pyplot as plt

    text = "El pleno votó la ley ayer. La ciudad apoya el plan. Los vecinos esperan cambios pronto."
    ax = plot_readability(ck.readability(ck.Article.from_text(text, lang="es"), by="paragraph"))
    assert "Szigriszt-Pazos" in ax.get_title() and "INFLESZ" in ax.get_title()
    assert "normal" in [t.get_text() for t in ax.texts]
    plt.close(ax.figure)


def test_show_hardest_marks_each_sentence_with_its_rank(seed: ck.Article) -> None:
    view = show_hardest(seed, n=3)
    table = ck.hardest_sentences(seed, n=3)
    for row in table.itertuples():
        assert f"[{row.rank}]<<{row.text}>>" in view.text  # the text marker is the rank
        assert f"[{row.rank}] Hardest {row.rank}:" in view.text
    assert view.html.count("<mark") == 3 and "background:" in view.html


def test_report_has_a_readability_section(seed: ck.Article) -> None:
    assert readability_section in SECTIONS
    section = next(s for s in build_report(seed) if s.key == "readability")
    assert section.lines[0].startswith("Reading level: college (Flesch-Kincaid grade")
    assert any(line.startswith("Hard sentence 1") for line in section.lines)
    data = json.loads(render_json(build_report(seed)))["readability"]["data"]
    assert data["reading_level"]["band"] == "college"
    assert len(data["measures"]) == 7


def test_report_on_short_text_notes_the_warning_instead_of_raising() -> None:
    section = readability_section(ck.Article.from_text("A short note without much in it."))
    assert any("short" in m for m in section.missing)


# ---------------------------------------------------------------- evaluation on a corpus written here

LEVEL_TEXTS = {
    "Ele": "The town has a new park. Kids play there. It is big and green. People like it a lot.",
    "Int": "The town recently opened a new park, where children play after school. "
    "Residents say the green space has improved their neighbourhood considerably.",
    "Adv": "The municipality's newly inaugurated park, an expansive green space frequented by schoolchildren, "
    "has, according to residents, substantially transformed the character of the surrounding neighbourhood.",
}
OTHER_ARTICLE = "Rain fell on the farm. The cows went into the barn. The farmer fed them hay."


def _write(folder: Path, name: str, texts: dict[str, str]) -> None:
    for level, text in texts.items():
        (folder / level).mkdir(parents=True, exist_ok=True)
        (folder / level / f"{name}-{level.lower()}.txt").write_text(text.replace(". ", ".\n"), encoding="utf-8")


def test_evaluation_orders_triples_and_flags_a_wrong_article(tmp_path: Path) -> None:
    _write(tmp_path, "Park", LEVEL_TEXTS)
    _write(tmp_path, "Park again", LEVEL_TEXTS)
    _write(tmp_path, "Mixed up", {**LEVEL_TEXTS, "Ele": OTHER_ARTICLE})
    summary = evaluation.summarise(evaluation.score_triples(tmp_path, baseline=False))
    assert summary["all"]["triples"] == 3
    assert summary["clean"] == {"ordered": 2, "triples": 2, "share": 1.0}
    assert [row["name"] for row in summary["off_article"]] == ["Mixed up"]
    assert summary["off_article"][0]["versions"] == ["Ele"]
    assert set(summary["spread"]) == {"Ele", "Int", "Adv"}


def test_evaluation_flags_levels_that_get_shorter_as_mislabelled(tmp_path: Path) -> None:
    _write(tmp_path, "Park", LEVEL_TEXTS)
    _write(tmp_path, "Swapped", {**LEVEL_TEXTS, "Ele": LEVEL_TEXTS["Adv"], "Adv": LEVEL_TEXTS["Ele"]})
    summary = evaluation.summarise(evaluation.score_triples(tmp_path, baseline=False))
    assert [row["name"] for row in summary["mislabelled"]] == ["Swapped"]
    assert summary["same_article"] == {"ordered": 1, "triples": 2, "share": 0.5}
    assert summary["clean"] == {"ordered": 1, "triples": 1, "share": 1.0}
    assert summary["misordered"] == [
        {"name": "Swapped", "grades": summary["misordered"][0]["grades"], "off_article": [], "mislabelled": True}
    ]


def test_evaluation_command_skips_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_main(["readability", str(tmp_path / "nowhere")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_evaluation_command_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "Park", LEVEL_TEXTS)
    assert evaluate_main(["readability", str(tmp_path), "--json", "--no-baseline"]) == 0
    assert json.loads(capsys.readouterr().out)["all"]["ordered"] == 1


def test_seed_table_lists_every_measure(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate_main(["readability", "--seed-table"]) == 0
    out = capsys.readouterr().out
    for measure in ck.readability(ck.load_article())["measure"]:
        assert f"| {measure} |" in out


def test_public_names_are_exported_and_import_stays_light() -> None:
    import subprocess
    import sys

    for name in ("readability", "reading_level", "text_stats", "hardest_sentences", "plot_readability"):
        assert name in ck.__all__ and callable(getattr(ck, name))
    code = "import sys, civics_kit; print([m for m in ('pandas', 'matplotlib', 'textstat') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def test_plot_readability_of_an_empty_text_says_so() -> None:
    import matplotlib.pyplot as plt

    ax = plot_readability(ck.readability("", by="paragraph"))
    assert "No text to grade" in [t.get_text() for t in ax.texts]
    assert ax.get_title() and ax.get_ylabel()
    plt.close(ax.figure)


def test_teacher_summary_table_states_the_kit_grade() -> None:
    import re

    page = (Path(__file__).resolve().parents[1] / "teacher" / "summary-grade8-10.md").read_text(encoding="utf-8")
    summary = re.search(r"<!-- summary:start -->\n(.*?)<!-- summary:end -->", page, re.DOTALL).group(1)
    level = ck.reading_level(summary).iloc[0]
    assert 8 <= level["grade"] <= 10
    assert f"| this summary | **{level['grade']:.2f}** | {level['band']} |" in page
