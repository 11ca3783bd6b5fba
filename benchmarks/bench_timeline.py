"""Speed of the time-expression tagger on a folder of TimeML documents.

    python benchmarks/bench_timeline.py [DIR] [--no-dateparser]

DIR defaults to ../shared/eval/timeline/tbaq (TimeBank + AQUAINT) next to the
repository, or the CIVICS_KIT_TIMEML environment variable. Prints the CPU time
to run ``time_expressions`` on every document (target: under 0.6 s CPU on one
core: run it under ``taskset -c 0``) and, when dateparser is installed, the time
its ``search_dates`` takes on the same texts with the same base date, side by
side in the same run (target: at least 10x faster in CPU time). dateparser is
not a dependency of civics_kit; it is only compared here. It also times
``timeline`` on one long text made of the documents, at 1/8 and at full length
(target: 8x the text in under 10x the time).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
import warnings
from pathlib import Path

from civics_kit.chronology import time_expressions
from civics_kit.evaluate.timeline import read_timeml

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "timeline" / "tbaq"


def _documents(root: Path) -> list:
    return [read_timeml(path) for path in sorted(root.rglob("*.tml"))]


def _time_ours(documents: list, repeats: int = 3) -> tuple[float, float, int]:
    """Best wall-clock and CPU seconds over ``repeats`` runs, and the number of expressions found."""
    time_expressions("warm up on Tuesday, 7 June 2011", published="2011-06-07")
    best_wall = best_cpu = float("inf")
    found = 0
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        found = sum(len(time_expressions(doc.text, published=doc.dct)) for doc in documents)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu, found


def _time_scaling(documents: list) -> tuple[float, float]:
    """CPU seconds of ``timeline`` on the documents joined into one text, at an eighth and at full length."""
    from civics_kit.chronology import timeline

    text = "\n\n".join(doc.text for doc in documents)
    timeline(text[:1000], published="2000-01-01")
    seconds = []
    for length in (len(text) // 8, len(text)):
        start = time.process_time()
        timeline(text[:length], published="2000-01-01")
        seconds.append(time.process_time() - start)
    return seconds[0], seconds[1]


def _time_dateparser(documents: list) -> tuple[float, float, int] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    search_dates("warm up on Tuesday", languages=["en"])
    start, cpu = time.perf_counter(), time.process_time()
    found = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for doc in documents:
            base = dt.datetime.combine(doc.dct, dt.time()) if doc.dct else None
            settings = {"RELATIVE_BASE": base} if base else {}
            found += len(search_dates(doc.text, languages=["en"], settings=settings) or [])
    return time.perf_counter() - start, time.process_time() - cpu, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the time-expression tagger on TimeML documents.")
    parser.add_argument("path", nargs="?", default=os.environ.get("CIVICS_KIT_TIMEML", str(DEFAULT)))
    parser.add_argument("--no-dateparser", action="store_true", help="skip the dateparser comparison")
    args = parser.parse_args(argv)
    root = Path(args.path)
    if not root.exists():
        print(f"skipped: {root} not found (give a folder of TimeML .tml files)")
        return 0
    documents = _documents(root)
    characters = sum(len(doc.text) for doc in documents)
    ours, cpu, found = _time_ours(documents)
    print(f"documents: {len(documents)}  characters: {characters}")
    print(
        f"civics_kit time_expressions: {ours:.2f} s wall, {cpu:.2f} s CPU, best of 3"
        f" ({found} expressions; target < 0.6 s CPU)"
    )
    small, large = _time_scaling(documents)
    print(f"timeline on one long text: 1/8 length {small:.2f} s CPU, full length {large:.2f} s CPU")
    print(f"8x the text costs {large / small:.1f}x the time (target < 10x)")
    if not args.no_dateparser:
        theirs = _time_dateparser(documents)
        if theirs is None:
            print("dateparser is not installed: no side-by-side comparison")
        else:
            seconds, their_cpu, count = theirs
            print(f"dateparser search_dates:     {seconds:.2f} s wall, {their_cpu:.2f} s CPU ({count} matches)")
            print(f"speed-up: {seconds / ours:.1f}x wall, {their_cpu / cpu:.1f}x CPU (target >= 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
