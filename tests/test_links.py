"""Every relative link in every notebook and Markdown file of the repository points at a file that exists.

JupyterLab opens at the repository root (README: ``jupyter lab``), so a link such as
``../exercises/00-article-basics.ipynb`` from a lesson must resolve from the lesson's own folder.
Web addresses (``http:``, ``https:``, ``mailto:``) and links inside a page (``#...``) are not followed.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from urllib.parse import unquote

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"`[^`\n]*`")
MARKDOWN_LINK = re.compile(r"!?\[(?:[^\]\n]|\][^(])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_LINK = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
HTML_LINK = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
NOT_FILES = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|#)", re.IGNORECASE)


def tracked(*patterns: str) -> list[Path]:
    """The repository's files matching the patterns (git's list, so .venv and build folders are left out)."""
    listed = subprocess.run(["git", "ls-files", *patterns], cwd=ROOT, capture_output=True, text=True, check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout: the repository's file list is unknown")
    return [ROOT / name for name in listed.stdout.splitlines() if (ROOT / name).is_file()]


def markdown_of(path: Path) -> str:
    """The Markdown a reader sees in a file: a notebook's Markdown cells, or a Markdown file's text."""
    if path.suffix == ".ipynb":
        notebook = nbformat.read(path, as_version=4)
        return "\n\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    return path.read_text(encoding="utf-8")


def relative_links(markdown: str) -> list[str]:
    """The link targets in Markdown that name a file (no web address, no in-page anchor), outside code."""
    prose = INLINE_CODE.sub("", FENCE.sub("", markdown))
    targets = [*MARKDOWN_LINK.findall(prose), *REFERENCE_LINK.findall(prose), *HTML_LINK.findall(prose)]
    return [target for target in targets if not NOT_FILES.match(target)]


def broken_links(path: Path) -> list[str]:
    """The relative links in `path` whose file (or folder) does not exist."""
    broken = []
    for target in relative_links(markdown_of(path)):
        file_part = unquote(target.split("#", 1)[0].split("?", 1)[0])
        if not (path.parent / file_part).exists():
            broken.append(target)
    return broken


def test_links_are_found_and_web_links_skipped() -> None:
    text = (
        "See [lesson 1](01-a.ipynb#top), ![chart](img/c.png \"title\"), <a href='x.md'>x</a>,\n"
        "[web](https://example.org), [here](#section), `[code](not-a-link.md)`\n\n[ref]: ../teacher/README.md\n"
        "```\n[fenced](nor-this.md)\n```\n"
    )
    assert sorted(relative_links(text)) == ["../teacher/README.md", "01-a.ipynb#top", "img/c.png", "x.md"]


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "here.md").write_text("ok", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text("[fine](here.md) and [gone](../nowhere/gone.ipynb)", encoding="utf-8")
    assert broken_links(page) == ["../nowhere/gone.ipynb"]


@pytest.mark.parametrize("path", tracked("*.md", "*.ipynb"), ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(path: Path) -> None:
    assert not broken_links(path), f"{path.relative_to(ROOT)} links to missing files: {broken_links(path)}"
