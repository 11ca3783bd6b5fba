"""The public API: a small front door (__all__, documented in the README), no name that shadows a
module, and every public function still working after every submodule has been imported (a
submodule import must not rebind a function name). Lessons and exercises use only the front door."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import civics_kit as ck
from civics_kit import errors

REPO = Path(__file__).resolve().parents[1]

SEED_TEXT = (Path(__file__).resolve().parents[1] / "seeds" / "000_1fac5e6bc3dcc4cb.txt").read_text(encoding="utf-8")

# How to call each public function. A new public function must be added here.
CALLS = {
    "load_article": lambda f: f(),
    "articles": lambda f: f(),
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
    "source_cards": lambda f: f(),
    "readability": lambda f: f(SEED_TEXT),
    "reading_level": lambda f: f(SEED_TEXT),
    "text_stats": lambda f: f(SEED_TEXT),
    "hardest_sentences": lambda f: f(SEED_TEXT),
    "plot_readability": lambda f: _close(f(ck.readability(SEED_TEXT, by="paragraph"))),
    "show_hardest": lambda f: f(SEED_TEXT),
    "build_report": lambda f: f(SEED_TEXT),
    "render_text": lambda f: f(ck.build_report(SEED_TEXT)),
}


def _close(ax) -> None:
    import matplotlib.pyplot as plt

    plt.close(ax.figure)


def _every_module() -> list[str]:
    """Every module of the package, subpackages included (not the ``__main__`` scripts)."""
    return [i.name for i in pkgutil.walk_packages(ck.__path__, "civics_kit.") if not i.name.endswith("__main__")]


def _import_every_submodule() -> None:
    for name in _every_module():
        importlib.import_module(name)


def test_all_names_exist() -> None:
    for name in ck.__all__:
        assert hasattr(ck, name), name


def test_the_front_door_is_small_and_holds_no_error_classes() -> None:
    assert len(ck.__all__) <= 30 and len(set(ck.__all__)) == len(ck.__all__)
    assert not [n for n in ck.__all__ if inspect.isclass(getattr(ck, n)) and issubclass(getattr(ck, n), Exception)]
    assert {"load_article", "Article", "quotes", "readability", "timeline", "highlight", "progress"} <= set(ck.__all__)


@pytest.mark.parametrize("name", _every_module())
def test_no_name_shadows_a_module(name: str) -> None:
    """``getattr(parent, leaf)`` is the module or absent: ``import civics_kit.quotation as q`` is the module."""
    _import_every_submodule()
    module = sys.modules[name]
    parent_name, _, leaf = name.rpartition(".")
    parent = sys.modules[parent_name]
    assert getattr(parent, leaf, module) is module, f"{parent_name}.{leaf} is not the module {name}"
    if parent is ck:
        assert leaf not in ck.__all__ and leaf not in dir(ck.errors)


def test_the_final_module_names_are_free() -> None:
    """The attribution and timeline issues turn these modules into packages: no exported name may take them."""
    for leaf in ("quotation", "timex", "complexity", "chronology", "highlighting", "errors"):
        assert leaf not in ck.__all__
        assert inspect.ismodule(getattr(ck, leaf, importlib.import_module(f"civics_kit.{leaf}")))


def test_errors_live_in_civics_kit_errors_and_stay_reachable() -> None:
    classes = [getattr(errors, n) for n in errors.__all__]
    assert all(issubclass(c, (errors.CivicsKitError, errors.CivicsKitWarning)) for c in classes)
    documented = {n for n, c in vars(errors).items() if inspect.isclass(c) and c.__module__ == errors.__name__}
    assert documented == set(errors.__all__)
    for name in errors.__all__:
        assert getattr(ck, name) is getattr(errors, name)  # ck.ArticleNotFoundError: kept for older code
    from civics_kit import ShortTextWarning

    assert ShortTextWarning is errors.ShortTextWarning


def test_the_namespace_is_the_front_door_plus_modules() -> None:
    """Public attributes of civics_kit: the names in __all__, the submodules, and nothing else."""
    extra = {n for n in dir(ck) if not n.startswith("_") and n not in ck.__all__}
    assert all(inspect.ismodule(getattr(ck, n)) for n in extra), sorted(
        n for n in extra if not inspect.ismodule(getattr(ck, n))
    )
    with pytest.raises(AttributeError, match="no attribute 'quotes_share'"):
        ck.quotes_share  # noqa: B018


def test_older_names_resolve_to_their_home_module() -> None:
    from civics_kit import article, complexity

    assert ck.as_article is article.as_article and ck.SEED == article.SEED and ck.Span is article.Span
    assert ck.compare_textstat is complexity.compare_textstat


def test_the_readme_table_documents_every_name_in_all() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("## The front door", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `(?:ck\.)?(\w+)", table, re.MULTILINE))
    assert listed == set(ck.__all__)


# ---------------------------------------------------------------- lessons use the front door


def _code_cells(path: Path) -> list[str]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    cells = ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"]
    return ["\n".join(line for line in cell.splitlines() if not line.lstrip().startswith(("%", "!"))) for cell in cells]


LESSONS = sorted((REPO / "notebooks").glob("*.ipynb"))
EXERCISE_SOURCES = sorted((REPO / "teacher" / "exercises").glob("*.ipynb"))


def _outside_front_door(source: str, exercise: bool) -> list[str]:
    """The uses of civics_kit in ``source`` that are not front-door names (nor errors, nor exercise machinery)."""
    wrong: list[str] = []
    aliases: set[str] = set()
    machinery = ("civics_kit.exercises", "civics_kit.exercise_sets") if exercise else ()
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "civics_kit":
                    aliases.add(alias.asname or alias.name)
                elif alias.name.startswith("civics_kit"):
                    wrong.append(f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("civics_kit"):
            names = [a.name for a in node.names]
            if node.module == "civics_kit":
                wrong += [f"from civics_kit import {n}" for n in names if n not in ck.__all__]
            elif node.module == "civics_kit.errors":
                wrong += [f"from civics_kit.errors import {n}" for n in names if n not in errors.__all__]
            elif not node.module.startswith(machinery):
                wrong.append(f"from {node.module} import {', '.join(names)}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
            if node.attr not in ck.__all__ and node.attr != "errors":
                wrong.append(f"{node.value.id}.{node.attr}")
    return wrong


@pytest.mark.parametrize("path", LESSONS + EXERCISE_SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lessons_and_exercises_use_only_the_front_door(path: Path) -> None:
    exercise = path.parent.name == "exercises"
    wrong = [use for cell in _code_cells(path) for use in _outside_front_door(cell, exercise)]
    assert not wrong, f"{path.name} uses names outside ck.__all__: {wrong}"


def test_the_front_door_check_can_fail() -> None:
    bad = "import civics_kit as ck\nfrom civics_kit.highlighting import highlight\nck.as_article('x')\n"
    assert _outside_front_door(bad, exercise=False) == [
        "from civics_kit.highlighting import highlight",
        "ck.as_article",
    ]
    good = "import civics_kit as ck\nfrom civics_kit.errors import PhraseNotFoundError\nck.errors.PhraseNotFoundError\n"
    assert _outside_front_door(good, exercise=False) == []
    assert _outside_front_door("from civics_kit.exercises import ex01\n", exercise=False) != []
    assert _outside_front_door("from civics_kit.exercises import ex01\n", exercise=True) == []


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


# ---------------------------------------------------------------- runnable examples


def test_every_front_door_name_has_a_runnable_example() -> None:
    """Each docstring of ck.__all__ has a ``>>>`` example; pytest runs them (--doctest-modules on the package)."""
    missing = [n for n in ck.__all__ if ">>>" not in (inspect.getdoc(getattr(ck, n)) or "")]
    assert not missing, f"add a doctest to: {missing}"
    import tomllib

    options = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert "--doctest-modules" in options["addopts"].split() and "civics_kit" in options["testpaths"]


def test_at_least_twenty_doctests_are_collected() -> None:
    import doctest

    finder = doctest.DocTestFinder()
    found = [
        test
        for name in _every_module()
        for test in finder.find(importlib.import_module(name))
        if test.examples and not all(e.options.get(doctest.SKIP) for e in test.examples)
    ]
    assert len(found) >= 20, [t.name for t in found]
