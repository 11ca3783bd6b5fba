"""The code is ruff clean (lint and format), so that every contributor sees the same style."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Notebooks are code too: lessons, exercise sources and student copies are checked like the library.
TARGETS = [
    "civics_kit",
    "seeds",
    "tests",
    "benchmarks",
    "tools",
    "conftest.py",
    "notebooks",
    "exercises",
    "teacher/exercises",
]


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    return subprocess.run([ruff, *args, *TARGETS], cwd=REPO, capture_output=True, text=True)


def test_ruff_check() -> None:
    result = _ruff("check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _ruff("format", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
