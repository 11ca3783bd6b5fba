"""The civics-kit command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from civics_kit.cli import main


def test_report_on_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report"]) == 0
    out = capsys.readouterr().out
    assert "L.A. votes to support a Secure Communities opt-out" in out
    assert "2011-06-07" in out and "KPCC" in out


def test_no_command_means_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert "Secure Communities" in capsys.readouterr().out


def test_json_output_parses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["article"]["data"]["published"] == "2011-06-07"
    assert data["article"]["data"]["words"] > 400


def test_html_page_is_self_contained(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "report.html"
    assert main(["report", "--html", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "</html>" in html
    assert "<script" not in html and "http-equiv" not in html and "<link" not in html
    assert "L.A. votes to support" in html


def test_own_article_without_date_says_what_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.txt"
    path.write_text("Council passes budget\n\nThe council passed the budget today. It was close.\n", encoding="utf-8")
    assert main(["report", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Council passes budget" in out and "--published" in out
    assert main(["report", str(path), "--published", "2020-05-01"]) == 0
    assert "2020-05-01" in capsys.readouterr().out


def test_bad_input_is_a_message_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("civics-kit: ") and "Traceback" not in err
    assert main(["report", "--published", "June 7"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_python_dash_m_runs_the_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "civics_kit", "report", "--json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout)["article"]["data"]["title"].startswith("L.A. votes")
