"""PDF files of the handouts, printed by a headless chromium (``chromium --headless --print-to-pdf``).

Debian's ``chromium`` package (or Google Chrome) is the one tool needed; nothing is downloaded. The HTML
handouts fix no paper size, so each PDF gets one here: US Letter or A4, with no browser header or footer
(no date, no file path: the same page prints the same way). The HTML works without any of this.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import InvalidOptionError, PdfRenderError, PdfToolNotFoundError

__all__ = ["BROWSERS", "PAPERS", "find_browser", "html_to_pdf"]

PAPERS = {"letter": "Letter", "a4": "A4"}
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
TIMEOUT_SECONDS = 120


def find_browser() -> str | None:
    """The path of a headless-capable chromium on this machine (``$CIVICS_KIT_CHROMIUM`` first), or None."""
    chosen = os.environ.get("CIVICS_KIT_CHROMIUM")
    if chosen:
        return shutil.which(chosen) or (chosen if Path(chosen).is_file() else None)
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def _sized(page: str, paper: str) -> str:
    rule = f"<style>@page{{size:{PAPERS[paper]} portrait}}</style>"
    return page.replace("</head>", f"{rule}</head>", 1) if "</head>" in page else rule + page


def html_to_pdf(page: str | Path, target: str | Path, paper: str = "letter") -> Path:
    """Print an HTML page (its text, or a path to it) to the PDF ``target`` on ``paper`` ("letter" or "a4")."""
    if paper not in PAPERS:
        raise InvalidOptionError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    browser = find_browser()
    if browser is None:
        raise PdfToolNotFoundError(
            "PDF handouts need chromium: install it (Debian/Ubuntu: apt-get install chromium) or set "
            "CIVICS_KIT_CHROMIUM to a Chrome binary. The HTML handouts print from any browser without it."
        )
    text = Path(page).read_text(encoding="utf-8") if isinstance(page, Path) else page
    target = Path(target).resolve()
    with tempfile.TemporaryDirectory(prefix="civics-kit-pdf-") as work:
        source = Path(work) / "page.html"
        source.write_text(_sized(text, paper), encoding="utf-8")
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={Path(work) / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={target}",
            source.as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False)
    if not target.is_file() or target.stat().st_size == 0:
        raise PdfRenderError(f"{browser} wrote no PDF for {target.name} (exit {done.returncode}): {done.stderr[-400:]}")
    return target
