"""Data flows one way: the model at the bottom, the analyses on it, views and tools on top.

Read from the source with ``ast``, so a new module or import that breaks the order fails here.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "civics_kit"

BASE = {"dates", "errors", "sentences", "syllables", "timex", "labelling"}  # text utilities, standard library only
# what the model's loading uses: text checks on the base, then the web-page reader on them (trafilatura, lazily)
READING = {"language": 0.5, "boilerplate": 0.5, "pagedates": 0.5, "webpage": 0.75}
MODEL = {"article"}
ANALYSES = {"complexity", "quotation", "chronology"}
LAYER = {**dict.fromkeys(BASE, 0), **READING, **dict.fromkeys(MODEL, 1), **dict.fromkeys(ANALYSES, 2)}
TOP = 3  # views, exercises, report, command line, corpus work, evaluation
DRAWING = ("matplotlib", "IPython", "ipywidgets")


def _name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


def _layer(module: str) -> float:
    """A package's modules (``quotation.cues``) share the package's layer."""
    return LAYER.get(module.removesuffix(".__init__").split(".")[0], TOP)


def _imports(path: Path) -> set[str]:
    return _imports_in(path.read_text(encoding="utf-8"), _name(path))


def _imports_in(source: str, module: str) -> set[str]:
    """Every module the source imports, dotted; the package's own as ``civics_kit.NAME``."""
    here = module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                parts = base + (node.module.split(".") if node.module else [])
                names = [".".join(parts)] if node.module else [".".join([*parts, a.name]) for a in node.names]
                found.update("civics_kit." + n if n else "civics_kit" for n in names)
            else:
                found.add(node.module or "")
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE)


def _own(imports: set[str]) -> set[str]:
    return {i.removeprefix("civics_kit.") for i in imports if i.startswith("civics_kit.")}


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_nothing_imports_a_higher_layer(path: Path) -> None:
    module = _name(path)
    for imported in _own(_imports(path)):
        target = imported.split(".")[0] if imported.split(".")[0] in LAYER else imported
        if target == module.split(".")[0]:
            continue  # a package's own modules
        if _layer(module) < TOP:
            assert _layer(target) < _layer(module), f"{module} (layer {_layer(module)}) imports {imported}"


@pytest.mark.parametrize("path", [p for p in MODULES if _layer(_name(p)) < TOP], ids=_name)
def test_model_and_analyses_never_draw_or_print(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    outside = {i.split(".")[0] for i in _imports(path)}
    assert not outside & set(DRAWING), f"{_name(path)} imports {sorted(outside & set(DRAWING))}"
    calls = [n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    assert "print" not in calls and "display" not in calls


def test_every_layer_is_known() -> None:
    names = {_name(p).removesuffix(".__init__") for p in MODULES}
    assert set(LAYER) <= names, "a layer names a module that no longer exists"
    assert {"plots", "highlighting", "cli", "report", "exercises"} <= {n.split(".")[0] for n in names} - set(LAYER)


def test_the_check_catches_an_upward_import() -> None:
    """The rule itself can fail: an analysis that imported the plots would be caught."""
    source = (PACKAGE / "quotation" / "__init__.py").read_text(
        encoding="utf-8"
    ) + "\nfrom .plots import plot_quote_share\n"
    imported = _own(_imports_in(source, "quotation"))
    assert "plots" in imported and _layer("plots") > _layer("quotation")
