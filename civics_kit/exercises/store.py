"""Progress that lasts: one small JSON file per exercise in a visible ``handin/`` folder beside the notebook.

The folder is ``handin`` in the working folder (the notebook's, in Jupyter), or the folder the environment
variable ``CIVICS_KIT_PROGRESS_DIR`` names. A file keeps, per question, the best result, the attempts,
the hints seen, the answer as given and the date (no clock time). It never holds the student's name.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

__all__ = ["PROGRESS_DIR_ENV", "forget", "load", "progress_dir", "save"]

PROGRESS_DIR_ENV = "CIVICS_KIT_PROGRESS_DIR"
FORMAT = 1


def progress_dir() -> Path:
    """Where progress and hand-ins go: ``$CIVICS_KIT_PROGRESS_DIR`` or ``handin`` in the working folder."""
    return Path(os.environ.get(PROGRESS_DIR_ENV) or "handin")


def progress_file(key: str) -> Path:
    return progress_dir() / f"{key}.json"


def load(key: str) -> dict[str, dict[str, Any]]:
    """The questions' records kept for exercise ``key`` (empty if none, or if the file is unreadable)."""
    try:
        data = json.loads(progress_file(key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    questions = data.get("questions") if isinstance(data, dict) else None
    return {k: v for k, v in questions.items() if isinstance(v, dict)} if isinstance(questions, dict) else {}


def save(key: str, title: str, records: dict[str, dict[str, Any]]) -> bool:
    """Write the records; False (and nothing raised) when the folder cannot be written."""
    path = progress_file(key)
    data = {"format": FORMAT, "exercise": key, "title": title, "questions": records}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".json.part")
        partial.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        partial.replace(path)
    except OSError:
        return False
    return True


def forget(key: str) -> list[Path]:
    """Delete the progress file and the hand-ins of exercise ``key``; the paths deleted."""
    folder = progress_dir()
    paths = [progress_file(key), *folder.glob(f"{key}-*.html"), *folder.glob(f"{key}-*.csv")]
    gone = []
    for path in paths:
        try:
            path.unlink()
            gone.append(path)
        except OSError:
            continue
    return gone
