"""The public API: every name in __all__ exists, and every public function still works
after every submodule has been imported (a submodule import must not rebind a function name)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys
from pathlib import Path

import civics_kit as ck

SEED_TEXT = (Path(__file__).resolve().parents[1] / "seeds" / "000_1fac5e6bc3dcc4cb.txt").read_text(encoding="utf-8")

# How to call each public function. A new public function must be added here.
CALLS = {
    "load_article": lambda f: f(),
    "as_article": lambda f: f(SEED_TEXT),
    "seed_names": lambda f: f(),
    "split_sentences": lambda f: f(SEED_TEXT),
    "quotes": lambda f: f(SEED_TEXT),
    "quote_share": lambda f: f(SEED_TEXT),
    "voices": lambda f: f(SEED_TEXT),
    "entities": lambda f: f(SEED_TEXT),
    "plot_quote_share": lambda f: _close(f(ck.quote_share(SEED_TEXT))),
    "show_quotes": lambda f: f(SEED_TEXT),
    "plot_timeline": lambda f: _close(
        f(ck.timeline(ck.load_article()), context=ck.context_timeline(ck.load_article()))
    ),
    "highlight": lambda f: f(SEED_TEXT, [{"start": 0, "end": 5, "label": "x"}]),
    "progress": lambda f: f(),
    "time_expressions": lambda f: f(SEED_TEXT, published="2011-06-07"),
    "timeline": lambda f: f(ck.load_article()),
    "date_dependent": lambda f: f(ck.load_article()),
    "context_timeline": lambda f: f(ck.load_article()),
    "readability": lambda f: f(SEED_TEXT),
    "reading_level": lambda f: f(SEED_TEXT),
    "text_stats": lambda f: f(SEED_TEXT),
    "hardest_sentences": lambda f: f(SEED_TEXT),
    "compare_textstat": lambda f: f(SEED_TEXT),
    "grade_band": lambda f: f(15.5),
    "inflesz_band": lambda f: f(60.0),
    "plot_readability": lambda f: _close(f(ck.readability(SEED_TEXT, by="paragraph"))),
    "show_hardest": lambda f: f(SEED_TEXT),
}


def _close(ax) -> None:
    import matplotlib.pyplot as plt

    plt.close(ax.figure)


def _import_every_submodule() -> None:
    for info in pkgutil.walk_packages(ck.__path__, "civics_kit."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)


def test_all_names_exist() -> None:
    for name in ck.__all__:
        assert hasattr(ck, name), name


def test_every_public_function_works_twice_after_importing_submodules() -> None:
    _import_every_submodule()
    functions = [n for n in ck.__all__ if inspect.isfunction(getattr(ck, n))]
    assert set(functions) == set(CALLS), "add new public functions to CALLS"
    for name in functions:
        for _ in range(2):
            function = getattr(ck, name)
            assert callable(function) and not inspect.ismodule(function), name
            CALLS[name](function)


def test_import_is_light() -> None:
    """`import civics_kit` must not pull in pandas, matplotlib or textstat (they load on first use)."""
    code = "import sys, civics_kit; print(sorted(m for m in ('pandas', 'matplotlib', 'textstat') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
