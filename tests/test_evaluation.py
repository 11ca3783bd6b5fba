"""The evaluation commands, run as a user runs them.

1. On the small sample the team wrote (tests/data/eval_sample), every analysis keeps its figures above a
   threshold a little under today's: a change that makes quotes, time expressions or readability worse fails.
2. When CIVICS_KIT_EVAL names the folder of the full evaluation data (the team's ``eval/`` layout), every
   figure in the README's accuracy table must be what the command in that row prints (within 0.005). The
   figures are read from the README and from the commands, never written here, so the test stays right when
   the analyses and the README change together.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = Path(__file__).parent / "data" / "eval_sample"
TOLERANCE = 0.005


def run_evaluation(*args: str) -> str:
    """What ``python -m civics_kit.evaluate ARGS`` prints (it must succeed)."""
    result = subprocess.run(
        [sys.executable, "-m", "civics_kit.evaluate", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert result.returncode == 0, result.stderr
    assert "skipped" not in result.stdout.splitlines()[0], result.stdout
    return result.stdout


# ---------------------------------------------------------------- reading what the commands print


HALF = re.compile(r"^\[(tune|check|all)\]\s+")


def _halves(output: str) -> list[tuple[str, str]]:
    """Each printed line as (half, the rest): ``[check] relaxed ...`` gives ("check", "relaxed ..."); "" unmarked."""
    lines = []
    for line in output.splitlines():
        match = HALF.match(line)
        lines.append((match.group(1), line[match.end() :]) if match else ("", line))
    return lines


def _put(figures: dict[str, float], half: str, name: str, value: float) -> None:
    """A figure by name; a half's figure also as "check NAME", and the all-half one under its plain name too."""
    if half:
        figures[f"{half} {name}"] = value
    if half in ("", "all"):
        figures[name] = value


def quotes_figures(output: str) -> dict[str, float]:
    """Figures from the quotes command: ``all f1``, ``direct attribution_f1``, ``marked recall``, counts ..."""
    figures: dict[str, float] = {}
    columns = ["gold", "predicted", "precision", "recall", "f1", "attribution_f1", "speaker", "strict"]
    section = ""
    for half, line in _halves(output):
        if heading := re.match(r"^-- (tune|check|all): ", line):  # the quotes command heads each half so
            section = heading.group(1)
        half = half or section
        if match := re.search(r"top speaker right ([\d.]+), top 3 right ([\d.]+), mean distance ([\d.]+)", line):
            for name, value in zip(("top speaker", "top 3", "share distance"), match.groups(), strict=True):
                _put(figures, half, name, float(value))
        if match := re.search(r"rows marked high: \d+, right ([\d.]+)", line):
            _put(figures, half, "high right", float(match.group(1)))
        match = re.match(r"^(all|direct|indirect)\s+((?:\s*[\d.]+){8})\s*$", line)
        if match:
            for column, value in zip(columns, match.group(2).split(), strict=True):
                _put(figures, half, f"{match.group(1)} {column}", float(value))
        elif match := re.match(r"^marked-quote recall: ([\d.]+)", line):
            _put(figures, half, "marked recall", float(match.group(1)))
        elif match := re.match(r"^\S+: (\d+) articles$", line):
            _put(figures, half, "articles", float(match.group(1)))
    assert "all f1" in figures and "marked recall" in figures, output
    return figures


def timeline_figures(output: str) -> dict[str, float]:
    """Figures from the timeline command: ``relaxed f1``, ``strict p``, ``value f1``, ``type accuracy`` ..."""
    figures: dict[str, float] = {}
    for half, line in _halves(output):
        if match := re.match(r"^documents: (\d+)\s+gold: (\d+)", line):
            _put(figures, half, "documents", float(match.group(1)))
            _put(figures, half, "gold", float(match.group(2)))
        for kind in ("strict", "relaxed"):
            if match := re.match(rf"^{kind}\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)", line):
                for name, value in zip(("p", "r", "f1"), map(float, match.groups()), strict=True):
                    _put(figures, half, f"{kind} {name}", value)
        if match := re.match(r"^value accuracy ([\d.]+)\s+value F1 ([\d.]+)", line):
            _put(figures, half, "value accuracy", float(match.group(1)))
            _put(figures, half, "value f1", float(match.group(2)))
        if match := re.match(r"^type accuracy\s+([\d.]+)", line):
            _put(figures, half, "type accuracy", float(match.group(1)))
    assert {"relaxed f1", "strict f1", "value f1", "type accuracy"} <= set(figures), output
    return figures


def readability_figures(output: str) -> dict[str, float]:
    """Figures from the readability command: ``clean ordered``, ``clean triples``, ``clean share`` (0-1) ..."""
    figures: dict[str, float] = {}
    labels = {
        "all triples": "all",
        "same article at every level": "same",
        "clean triples": "clean",
        "plain textstat FK, all triples": "textstat all",
        "plain textstat FK, clean triples": "textstat clean",
    }
    for line in output.splitlines():
        match = re.match(r"^(.+?):\s+(\d+) / (\d+)\s+= ([\d.]+)%", line)
        if match and match.group(1) in labels:
            key = labels[match.group(1)]
            figures[f"{key} ordered"], figures[f"{key} triples"] = float(match.group(2)), float(match.group(3))
            figures[f"{key} share"] = float(match.group(2)) / float(match.group(3))
        elif match := re.match(r"^\s+(Ele|Int|Adv): mean ([\d.]+)", line):
            figures[f"{match.group(1)} mean"] = float(match.group(2))
    assert "clean share" in figures, output
    return figures


READERS: dict[str, Callable[[str], dict[str, float]]] = {
    "quotes": quotes_figures,
    "timeline": timeline_figures,
    "readability": readability_figures,
}


# ---------------------------------------------------------------- 1. the sample, in every run

# Today's figures on the sample, and the floor each may not fall under (a little below today's).
SAMPLE_FLOORS = {
    # all F1 0.971, attribution F1 0.914, speaker accuracy 0.941, marked-quote recall 1.000 (4 articles, 18 quotes)
    "quotes": {"all f1": 0.94, "all attribution_f1": 0.88, "all speaker": 0.90, "marked recall": 0.94},
    # relaxed F1 0.983, strict F1 0.949, value F1 0.915, type accuracy 1.000 (4 documents, 30 expressions)
    "timeline": {"relaxed f1": 0.95, "strict f1": 0.90, "value f1": 0.87, "type accuracy": 0.95},
    # all 3 triples ordered, and clean (on three triples any misordering is a real loss)
    "readability": {"clean share": 1.0, "all share": 1.0},
}
SAMPLE_PATHS = {"quotes": "quotes.jsonl", "timeline": "timeline", "readability": "readability"}


@pytest.mark.slow
@pytest.mark.parametrize("task", sorted(SAMPLE_FLOORS))
def test_the_sample_keeps_its_figures(task: str) -> None:
    figures = READERS[task](run_evaluation(task, str(SAMPLE / SAMPLE_PATHS[task])))
    low = {name: (figures[name], floor) for name, floor in SAMPLE_FLOORS[task].items() if figures[name] < floor}
    assert not low, f"{task} fell below its floor on tests/data/eval_sample (figure, floor): {low}"


def test_the_sample_is_what_it_says() -> None:
    lines = (SAMPLE / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 3
    assert len(list((SAMPLE / "timeline").glob("*.tml"))) >= 3
    for level in ("Ele", "Int", "Adv"):
        assert len(list((SAMPLE / "readability" / level).glob("*.txt"))) >= 3


@pytest.mark.slow
def test_readability_levels_rise_on_the_sample() -> None:
    figures = readability_figures(run_evaluation("readability", str(SAMPLE / "readability")))
    assert figures["Ele mean"] < figures["Int mean"] < figures["Adv mean"]


# ---------------------------------------------------------------- 2. the README's table, with the full data

README = REPO / "README.md"

# How each figure in the README's accuracy table is named there, and which printed figure it is. Patterns are
# applied in order and what they match is taken out, so that a general one ("F1 0.881") comes after the
# specific ones ("attribution F1 0.802"). A figure the table shows and no pattern claims fails the test.
CLAIMS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "quotes": [
        (r"(\d+) articles, (\d+) quotes", ("articles", "all gold")),
        (r"attribution F1 (\d\.\d+)", ("all attribution_f1",)),
        (r"top speaker right (\d\.\d+)", ("top speaker",)),
        (r"share distance (\d\.\d+)", ("share distance",)),
        (r"high rows right (\d\.\d+)", ("high right",)),
        (r"marked-quote recall (\d\.\d+)", ("marked recall",)),
        (r"speaker accuracy (\d\.\d+)", ("all speaker",)),
        (r"strict (\d\.\d+)", ("all strict",)),
        (r"indirect (\d\.\d+)", ("indirect f1",)),
        (r"direct (\d\.\d+)", ("direct f1",)),
        (r"precision (\d\.\d+)", ("all precision",)),
        (r"recall (\d\.\d+)", ("all recall",)),
        (r"F1 (\d\.\d+)", ("all f1",)),
    ],
    "timeline": [
        (r"(\d+) documents", ("documents",)),
        (r"relaxed F1 (\d\.\d+)", ("relaxed f1",)),
        (r"strict F1 (\d\.\d+)", ("strict f1",)),
        (r"value F1 (\d\.\d+)", ("value f1",)),
        (r"value accuracy (\d\.\d+)", ("value accuracy",)),
        (r"type accuracy (\d\.\d+)", ("type accuracy",)),
        (r"relaxed P (\d\.\d+)", ("relaxed p",)),
        (r"relaxed R (\d\.\d+)", ("relaxed r",)),
        (r"strict P (\d\.\d+)", ("strict p",)),
        (r"strict R (\d\.\d+)", ("strict r",)),
    ],
    "readability": [
        (r"(\d+) articles at 3 levels", ("all triples",)),
        (r"(\d+) of (\d+) clean triples \((\d+\.\d)%", ("clean ordered", "clean triples", "clean share %")),
        (r"plain textstat (\d+\.\d)%", ("textstat clean share %",)),
        (r"(\d+) of all (\d+)", ("all ordered", "all triples")),
        (r"(\d+) of (\d+) same-article triples", ("same ordered", "same triples")),
    ],
}


def accuracy_table() -> list[tuple[str, str, str]]:
    """(task, command, the rest of the row) for each row of the README's "How well it works" table."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## How well it works", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        match = re.match(r"^\|[^|]*\|\s*`(python -m civics_kit\.evaluate [^`]+)`([^|]*)\|([^|]*)\|\s*$", line)
        if match:
            command, detail, result = match.groups()
            rows.append((command.split()[3], command, f"{detail} | {result}"))
    return rows


def claimed_figures(task: str, cell: str) -> tuple[dict[str, float], str]:
    """The figures a README row states, by printed name, and what is left of the row after taking them out."""
    claims: dict[str, float] = {}
    rest = []
    # "check: relaxed F1 0.941, ...; tune: relaxed F1 0.941, ..." names the half each figure is from.
    head, *labelled = re.split(r"\b(tune|check|all):\s*", cell)
    for half, segment in [("", head), *zip(labelled[::2], labelled[1::2], strict=True)]:
        for pattern, names in CLAIMS[task]:
            for match in re.finditer(pattern, segment):
                keys = (f"{half} {name}" if half else name for name in names)
                claims.update(zip(keys, map(float, match.groups()), strict=True))
            segment = re.sub(pattern, "~", segment)
        rest.append(segment)
    return claims, " ".join(rest)


def _data_path(root: Path, name: str) -> Path:
    found = sorted(p for p in root.rglob(name.rstrip("/")) if p.is_dir() == name.endswith("/"))
    assert len(found) == 1, f"{name} should be exactly once under CIVICS_KIT_EVAL={root}, found {found}"
    return found[0]


def test_the_readme_table_is_parsed_whole() -> None:
    """Without the data: every row of the table is read, and every figure in it is claimed by a pattern."""
    rows = accuracy_table()
    assert sorted(task for task, _, _ in rows) == sorted(READERS), rows
    for task, _, cell in rows:
        claims, rest = claimed_figures(task, cell)
        assert len(claims) >= 3, (task, cell)
        assert not re.search(r"\d", rest.replace("3 levels", "")), f"a figure in the {task} row no test checks: {rest}"


def test_claims_are_read_as_written() -> None:
    cell = "F1 0.881 (direct 0.936, indirect 0.806), attribution F1 0.802, speaker accuracy 0.911 (strict 0.825)"
    claims, _ = claimed_figures("quotes", cell)
    assert claims == {
        "all f1": 0.881,
        "direct f1": 0.936,
        "indirect f1": 0.806,
        "all attribution_f1": 0.802,
        "all speaker": 0.911,
        "all strict": 0.825,
    }


@pytest.mark.slow
@pytest.mark.parametrize("task", sorted(READERS))
def test_the_readme_accuracy_table_is_what_the_commands_print(task: str) -> None:
    folder = os.environ.get("CIVICS_KIT_EVAL")
    if not folder:
        pytest.skip("CIVICS_KIT_EVAL is not set: the full evaluation data is local only (see tests/test_evaluation.py)")
    root = Path(folder)
    assert root.is_dir(), f"CIVICS_KIT_EVAL={folder} is not a folder"
    (command, cell), *others = [(c, r) for t, c, r in accuracy_table() if t == task]
    assert not others, f"the README's table has more than one {task} row"
    words = command.split()  # python -m civics_kit.evaluate TASK DATA [OPTIONS]
    name, options = words[4], words[5:]
    printed = READERS[task](run_evaluation(task, str(_data_path(root, name)), *options))
    claims, _ = claimed_figures(task, cell)
    wrong = {}
    for key, stated in claims.items():
        percent = key.endswith(" %")  # a share written as a percentage: compared as a share
        actual = printed[key.removesuffix(" %")]
        if abs(actual - (stated / 100 if percent else stated)) > TOLERANCE:
            wrong[key] = (stated, round(100 * actual if percent else actual, 4))
    assert not wrong, f"README says / the command prints, for {command}: {wrong}"
