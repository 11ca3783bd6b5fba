"""Does the headline grade order an article's simplified versions correctly?

    python -m civics_kit.evaluate readability DIR [--json] [--no-baseline]
    python -m civics_kit.evaluate readability --seed-table

DIR is laid out like OneStopEnglish: ``Ele/``, ``Int/`` and ``Adv/`` folders
holding ``NAME-ele.txt``, ``NAME-int.txt`` and ``NAME-adv.txt`` (the suffix is
matched without regard to case). For each article found at all three levels,
the triple is ordered correctly when the Flesch-Kincaid grade of
:func:`civics_kit.reading_level` rises strictly from Elementary to Advanced.

Some corpora hold a wrong text in one version. A version is flagged as a
different article when the words it shares with the other two versions are
under half of what those two share with each other (Jaccard overlap of word
types). A triple looks mislabelled when its versions get strictly shorter from
Elementary to Advanced: simplifying shortens a text, so such levels look
swapped. Neither rule looks at a grade or knows this corpus's names. Figures
are reported for all triples, for those with the same article at every level,
and for the clean ones (neither flag); near ties (a step under 0.25 grade) are
listed, since a tenth of a grade is within the noise of any formula.

``--seed-table`` prints the bundled seed's scores from the kit next to plain
textstat 0.7.8, as a Markdown table (the table in docs/readability.md).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..article import load_article
from ..complexity import compare_textstat, reading_level

LEVELS = ("Ele", "Int", "Adv")
_WORD = re.compile(r"[a-z]{3,}")
OFF_ARTICLE_RATIO = 0.5
NEAR_TIE = 0.25


@dataclass(frozen=True)
class Triple:
    """One article at three levels, with its grades and word overlaps."""

    name: str
    paths: tuple[Path, Path, Path]
    grades: tuple[float, float, float]
    baseline: tuple[float, float, float] | None
    off_article: tuple[str, ...]
    overlaps: tuple[float, float, float]  # Ele-Int, Ele-Adv, Int-Adv
    words: tuple[int, int, int] = (0, 0, 0)

    @property
    def ordered(self) -> bool:
        return self.grades[0] < self.grades[1] < self.grades[2]

    @property
    def mislabelled(self) -> bool:
        """The versions get shorter as the level rises: the level labels look swapped."""
        return self.words[0] > self.words[1] > self.words[2]

    @property
    def clean(self) -> bool:
        return not self.off_article and not self.mislabelled

    @property
    def rounded_grades(self) -> list[float]:
        return [round(g, 2) for g in self.grades]

    @property
    def smallest_step(self) -> float:
        return min(abs(self.grades[1] - self.grades[0]), abs(self.grades[2] - self.grades[1]))

    @property
    def baseline_ordered(self) -> bool | None:
        return None if self.baseline is None else self.baseline[0] < self.baseline[1] < self.baseline[2]


def _stem(path: Path, level: str) -> str | None:
    suffix = f"-{level.lower()}"
    stem = path.stem
    return stem[: -len(suffix)] if stem.lower().endswith(suffix) else None


def find_triples(folder: Path) -> dict[str, tuple[Path, Path, Path]]:
    """Article name -> (Ele, Int, Adv) paths, for names present at all three levels."""
    found: dict[str, dict[str, Path]] = {}
    for level in LEVELS:
        for path in sorted((folder / level).glob("*.txt")):
            name = _stem(path, level)
            if name is not None:
                found.setdefault(name, {})[level] = path
    return {name: tuple(levels[lv] for lv in LEVELS) for name, levels in sorted(found.items()) if len(levels) == 3}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def off_article_versions(texts: tuple[str, str, str]) -> tuple[tuple[str, ...], tuple[float, float, float]]:
    """Which versions share far fewer words with the other two than those two share with each other."""
    words = [set(_WORD.findall(t.lower())) for t in texts]
    pair = {(i, j): _jaccard(words[i], words[j]) for i in range(3) for j in range(i + 1, 3)}
    flagged = []
    for i, level in enumerate(LEVELS):
        others = [j for j in range(3) if j != i]
        between_others = pair[tuple(others)]
        with_this = max(pair[tuple(sorted((i, j)))] for j in others)
        if with_this < OFF_ARTICLE_RATIO * between_others:
            flagged.append(level)
    return tuple(flagged), (round(pair[(0, 1)], 3), round(pair[(0, 2)], 3), round(pair[(1, 2)], 3))


def _one_paragraph_per_line(text: str) -> str:
    """OneStopEnglish puts one paragraph on each line: make each line a paragraph (a blank line between)."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _grade(text: str) -> float:
    return float(reading_level(text)["grade"].iloc[0])


def _textstat_grade(text: str) -> float:
    from ..complexity import _textstat

    return float(_textstat("en").flesch_kincaid_grade(text))


def score_triples(folder: Path, baseline: bool = True) -> list[Triple]:
    """Grade every triple in ``folder`` (and with plain textstat when ``baseline``)."""
    triples = []
    for name, paths in find_triples(folder).items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # odd encodings and short texts: the grade is still computed
            texts = tuple(_one_paragraph_per_line(load_article(p).text) for p in paths)
            grades = tuple(_grade(t) for t in texts)
            plain = tuple(_textstat_grade(t) for t in texts) if baseline else None
        flagged, overlaps = off_article_versions(texts)
        words = tuple(len(t.split()) for t in texts)
        triples.append(Triple(name, paths, grades, plain, flagged, overlaps, words))  # type: ignore[arg-type]
    return triples


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "mean": round(statistics.fmean(values), 2),
        "sd": round(statistics.stdev(values), 2) if len(values) > 1 else 0.0,
        "min": round(min(values), 2),
        "median": round(statistics.median(values), 2),
        "max": round(max(values), 2),
    }


def summarise(triples: list[Triple]) -> dict:
    """Shares of correctly ordered triples (all, same-article, clean), spread per level, flagged lists."""
    clean = [t for t in triples if t.clean]

    def share(group: list[Triple], baseline: bool = False) -> dict:
        hits = sum(bool(t.baseline_ordered if baseline else t.ordered) for t in group)
        return {"ordered": hits, "triples": len(group), "share": round(hits / len(group), 4) if group else None}

    summary = {
        "all": share(triples),
        "same_article": share([t for t in triples if not t.off_article]),
        "clean": share(clean),
        "spread": {lv: _spread([t.grades[i] for t in clean]) for i, lv in enumerate(LEVELS)} if clean else {},
        "off_article": [
            {"name": t.name, "versions": list(t.off_article), "overlaps": t.overlaps} for t in triples if t.off_article
        ],
        "mislabelled": [{"name": t.name, "words": list(t.words)} for t in triples if t.mislabelled],
        "misordered": [
            {
                "name": t.name,
                "grades": t.rounded_grades,
                "off_article": list(t.off_article),
                "mislabelled": t.mislabelled,
            }
            for t in triples
            if not t.ordered
        ],
        "near_ties": [
            {"name": t.name, "grades": t.rounded_grades, "ordered": t.ordered}
            for t in clean
            if t.smallest_step < NEAR_TIE
        ],
    }
    if triples and triples[0].baseline is not None:
        summary["textstat_all"] = share(triples, baseline=True)
        summary["textstat_clean"] = share(clean, baseline=True)
    return summary


def _grades_text(grades: list[float]) -> str:
    return ", ".join(f"{level} {grade:.2f}" for level, grade in zip(LEVELS, grades, strict=True))


def _print(summary: dict, folder: Path) -> None:
    def line(label: str, s: dict) -> str:
        return f"{label:<34} {s['ordered']:>4} / {s['triples']:<4} = {100 * s['share']:.1f}%"

    print(f"Readability ordering on {folder} (kit Flesch-Kincaid grade, Ele < Int < Adv)")
    print(line("all triples:", summary["all"]))
    print(line("same article at every level:", summary["same_article"]))
    print(line("clean triples:", summary["clean"]))
    if "textstat_all" in summary:
        print(line("plain textstat FK, all triples:", summary["textstat_all"]))
        print(line("plain textstat FK, clean triples:", summary["textstat_clean"]))
    print("\nGrade spread per level (clean triples):")
    for level, s in summary["spread"].items():
        print(
            f"  {level}: mean {s['mean']:.2f}  sd {s['sd']:.2f}  min {s['min']:.2f}  "
            f"median {s['median']:.2f}  max {s['max']:.2f}"
        )
    print(f"\nFlagged as a different article ({len(summary['off_article'])}):")
    for row in summary["off_article"]:
        print(f"  {row['name']}: {', '.join(row['versions'])} (overlap Ele-Int, Ele-Adv, Int-Adv = {row['overlaps']})")
    print(f"\nFlagged as mislabelled, shorter at each higher level ({len(summary['mislabelled'])}):")
    for row in summary["mislabelled"]:
        print(f"  {row['name']}: words Ele {row['words'][0]}, Int {row['words'][1]}, Adv {row['words'][2]}")
    print(f"\nMisordered ({len(summary['misordered'])}):")
    for row in summary["misordered"]:
        flag = " [off-article version]" if row["off_article"] else " [mislabelled]" if row["mislabelled"] else ""
        print(f"  {row['name']}: {_grades_text(row['grades'])}{flag}")
    ties = summary["near_ties"]
    misordered = sum(not t["ordered"] for t in ties)
    print(f"\nNear ties among clean triples, a step under {NEAR_TIE} grade ({len(ties)}, {misordered} misordered):")
    for row in ties:
        mark = "" if row["ordered"] else "  misordered"
        print(f"  {row['name']}: {_grades_text(row['grades'])}{mark}")


def seed_table() -> str:
    """The seed's scores from the kit and from plain textstat, as Markdown."""
    table = compare_textstat(load_article())
    first = table.iloc[0]
    out = [
        f"Sentences: kit {first['kit_sentences']}, textstat {first['textstat_sentences']}; "
        f"words: kit {first['kit_words']}, textstat {first['textstat_words']}.",
        "",
        "| measure | kit | plain textstat 0.7.8 | difference |",
        "|---|---:|---:|---:|",
    ]
    out += [f"| {r.measure} | {r.kit:.2f} | {r.textstat:.2f} | {r.difference:+.2f} |" for r in table.itertuples()]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m civics_kit.evaluate readability", description=__doc__.split("\n")[0]
    )
    parser.add_argument("folder", nargs="?", help="a folder with Ele/, Int/ and Adv/ subfolders")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--no-baseline", action="store_true", help="skip the plain textstat comparison")
    parser.add_argument("--seed-table", action="store_true", help="print the seed's kit vs textstat table")
    args = parser.parse_args(argv)
    if args.seed_table:
        print(seed_table())
        return 0
    folder = Path(args.folder) if args.folder else None
    if folder is None or not all((folder / level).is_dir() for level in LEVELS):
        print(f"skipped: {folder} not found (expected a folder with Ele/, Int/ and Adv/ subfolders)")
        return 0
    summary = summarise(score_triples(folder, baseline=not args.no_baseline))
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        _print(summary, folder)
    return 0
