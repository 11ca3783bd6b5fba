"""CI tells the truth: a skip fails a CI run unless its reason is allowed; hypothesis is derandomised in CI;
the test environment is pinned; .ci/run refuses to run online."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE_TESTS = """
import pytest
from hypothesis import given, settings, strategies as st

def test_runs():
    assert True

def test_skips_for_no_reason():
    pytest.skip("the data is not here")

def test_skips_for_an_allowed_reason():
    pytest.skip("CIVICS_KIT_EVAL is not set: the full evaluation data is local only")

@pytest.mark.xfail(reason="known", strict=True)
def test_expected_failure():
    assert False

def test_profile():
    print("PROFILE", settings.default.derandomize)
"""


def _run_sample(tmp_path: Path, ci: str | None, body: str = SAMPLE_TESTS) -> subprocess.CompletedProcess[str]:
    shutil.copy(REPO / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_sample.py").write_text(body, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "HYPOTHESIS_PROFILE")}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:nbval", "-s", "-rA", "test_sample.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_in_ci_a_skip_fails_unless_its_reason_is_allowed(tmp_path: Path) -> None:
    result = _run_sample(tmp_path, "true")
    assert result.returncode == 1, result.stdout
    assert "1 failed" in result.stdout and "skipped in CI: the data is not here" in result.stdout
    assert re.search(r"SKIPPED .*CIVICS_KIT_EVAL is not set", result.stdout)  # allowed, still reported
    assert "1 xfailed" in result.stdout and "PROFILE True" in result.stdout


@pytest.mark.slow
def test_a_skipped_module_fails_in_ci_too(tmp_path: Path) -> None:
    body = 'import pytest\npytest.importorskip("no_such_module_for_civics_kit")\n\ndef test_x():\n    pass\n'
    assert _run_sample(tmp_path, "true", body).returncode != 0


@pytest.mark.slow
def test_locally_a_skip_is_a_skip_and_hypothesis_is_random(tmp_path: Path) -> None:
    result = _run_sample(tmp_path, None)
    assert result.returncode == 0, result.stdout
    assert "2 skipped" in result.stdout and "PROFILE False" in result.stdout
    assert _run_sample(tmp_path, "false").returncode == 0


# ---------------------------------------------------------------- the pinned environment

CONSTRAINTS = REPO / "constraints.txt"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([0-9][^\s;#]*)$")


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement).group(0)).lower()


def _pins() -> dict[str, str]:
    pins = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            match = PIN.match(line.strip())
            assert match, f"constraints.txt: {line!r} is not NAME==VERSION"
            pins[_name(match.group(1))] = match.group(2)
    return pins


def test_constraints_pin_the_whole_test_environment() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    needed = {_name(r) for r in [*project["dependencies"], *project["optional-dependencies"]["test"]]}
    pins = _pins()
    assert needed <= set(pins), f"not pinned: {sorted(needed - set(pins))}; run tools/refresh_constraints.sh"
    assert {"mistune", "nh3", "pandas", "matplotlib", "hypothesis", "nbval"} <= set(pins)
    assert "civics-kit" not in pins  # the kit itself is installed from the clone, never pinned


def test_pins_satisfy_the_declared_ranges() -> None:
    from packaging.requirements import Requirement
    from packaging.version import Version

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = _pins()
    for text in [*project["dependencies"], *project["optional-dependencies"]["test"]]:
        requirement = Requirement(text)
        pinned = Version(pins[_name(requirement.name)])
        assert requirement.specifier.contains(pinned, prereleases=True), f"{pinned} does not satisfy {text}"


def test_readme_and_ci_install_with_the_constraints() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert 'pip install -c constraints.txt -e ".[test]"' in readme
    assert "tools/refresh_constraints.sh" in readme
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install -q -c constraints.txt -e ".[test]"' in ci
    assert (REPO / "tools" / "refresh_constraints.sh").is_file()


# ---------------------------------------------------------------- offline or nothing


@pytest.mark.slow
def test_ci_run_fails_saying_why_when_it_cannot_go_offline(tmp_path: Path) -> None:
    """With an ``unshare`` that cannot make a namespace, .ci/run stops before installing anything."""
    clone = tmp_path / "clone"
    (clone / ".ci").mkdir(parents=True)
    shutil.copy(REPO / ".ci" / "run", clone / ".ci" / "run")
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    (fake_bin / "unshare").write_text("#!/bin/sh\necho 'unshare: Operation not permitted' >&2\nexit 1\n")
    (fake_bin / "unshare").chmod(0o755)
    env = {**os.environ, "PATH": f"{fake_bin}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["bash", str(clone / ".ci" / "run")], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "cannot make a network namespace" in result.stderr
    assert not (clone / ".venv").exists()  # it stopped before doing anything else
