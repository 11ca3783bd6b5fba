"""Install paths: pip and conda list the same dependencies, and a built wheel carries the seeds."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]

# conda-forge names that differ from PyPI names.
CONDA_TO_PYPI = {"python": None, "pip": None, "python-build": "build"}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _environment() -> dict:
    return yaml.safe_load((REPO / "environment.yml").read_text(encoding="utf-8"))


def test_environment_yml_lists_the_same_dependencies_as_pyproject() -> None:
    project = _pyproject()["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        wanted |= {_name(r) for r in extra}
    listed: set[str] = set()
    for entry in _environment()["dependencies"]:
        if isinstance(entry, dict):
            listed |= {_name(r) for r in entry.get("pip", [])}
        else:
            name = _name(entry)
            name = CONDA_TO_PYPI.get(name, name)
            if name:
                listed.add(name)
    assert listed == wanted, f"only in environment.yml: {listed - wanted}; only in pyproject: {wanted - listed}"


def test_environment_pins_python_311_and_conda_forge() -> None:
    env = _environment()
    assert env["channels"][0] == "conda-forge"
    assert "python=3.11" in env["dependencies"]


def test_textstat_pin_is_the_same_in_both() -> None:
    pins = [r for r in _pyproject()["project"]["dependencies"] if _name(r) == "textstat"]
    assert pins == ["textstat==0.7.8"]
    assert "textstat=0.7.8" in _environment()["dependencies"]


@pytest.mark.slow
def test_built_wheel_loads_the_seed_from_another_folder(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-index",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("civics_kit-*.whl")
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-index", "--no-deps", str(wheel)], check=True, capture_output=True
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # Importing the package and loading the seed need nothing outside the standard library.
    script = (
        "import civics_kit as ck; a = ck.load_article(); "
        "print(a.title); print(a.published); print(len(a.text)); print(ck.seed_names()); "
        "print(ck.load_article('wikinews_20190104_pelosi_elected_speaker').attribution)"
    )
    result = subprocess.run([python, "-c", script], cwd=elsewhere, check=True, capture_output=True, text=True)
    lines = result.stdout.splitlines()
    assert lines[0] == "L.A. votes to support a Secure Communities opt-out"
    assert lines[1] == "2011-06-07"
    assert int(lines[2]) == len((REPO / "seeds" / "000_1fac5e6bc3dcc4cb.txt").read_text(encoding="utf-8"))
    assert "000_1fac5e6bc3dcc4cb" in lines[3] and "LICENSES" not in lines[3]
    assert len(ast.literal_eval(lines[3])) == len(list((REPO / "seeds").glob("*.txt"))) == 10
    assert lines[4].startswith("“Nancy Pelosi again elected Speaker") and "Creative Commons Attribution 2.5" in lines[4]
    # the licence files travel with the wheel
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "civics_kit/seeds/LICENSES.md" in names
