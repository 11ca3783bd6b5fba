"""Compare every analysis's output between this tree and a reference tree: values and dtypes, exactly.

    python tools/compare_outputs.py /tmp/ref [--count N]

``/tmp/ref`` holds a ``civics_kit`` package (for example ``git archive 6ebad54 civics_kit seeds | tar -x -C
/tmp/ref`` with ``seeds`` moved to ``civics_kit/seeds``). Each tree runs in its own subprocess on the same
texts (the bundled articles, ``N`` varied copies of them made by the benchmark's generator, and edge cases),
pickles its frames (each analysis on a fresh Article, then all of them on one shared Article, so that
its caches are compared too), and the frames are compared with ``pandas.testing.assert_frame_equal`` (exact values,
dtypes, index). Exits 1 on the first difference of each analysis, naming the text and the analysis.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

EDGE_CASES = (
    "",
    " ",
    "\n\n\n",
    "Hello.",
    '"Yes," she said.',
    '"No."',
    'He said: "We will win on Monday, May 3, 2021." Then he left.\n\nLast week, the mayor said it was fine.',
    "“Curly quotes,” said Dr. Ana Ruiz, 45, of the city council. “And more.”\n\n‘Single’ — he said.",
    "Yesterday at 5 p.m. the council met. Next year, in 2020, the vote. In the 1990s it was different.",
    '"Unclosed quote, said nobody.\n\nAnother paragraph with "nested \'quotes\' inside" it.',
    "A" * 500 + ". " + "word " * 300 + "end.",
    "THE MAYOR SAID NOTHING ON TUESDAY. According to officials, the plan failed two days later.",
    "Señor García dijo: «Vamos a ganar el 3 de mayo». Después se fue.",
)


def texts(count: int) -> list[tuple[str, str | None]]:
    """(text, published) pairs: bundled articles, varied copies, edge cases."""
    from bench_corpus import SEEDS, _published, _vary

    seeds = sorted(SEEDS.glob("*.txt"))
    found: list[tuple[str, str | None]] = []
    for seed in seeds:
        sidecar = seed.with_suffix(".json")
        meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}
        found.append((seed.read_text(encoding="utf-8"), (meta.get("published") or None)))
    for i in range(count):
        rng = random.Random(1000 + i)
        seed = seeds[i % len(seeds)]
        found.append((_vary(seed.read_text(encoding="utf-8"), rng), _published(seed, rng)))
    for i, text in enumerate(EDGE_CASES):
        found.append((text, "2021-05-01" if i % 2 else None))
    return found


ANALYSES = (
    "quotes",
    "quote_share",
    "voices",
    "entities",
    "timeline",
    "time_expressions",
    "readability:article",
    "readability:paragraph",
    "readability:sentence",
)


def _dump(inputs: str, output: str) -> None:
    """In the subprocess: every analysis of every text, pickled (an exception is recorded as its repr)."""
    import warnings

    import civics_kit as ck

    warnings.simplefilter("ignore")
    with open(inputs, "rb") as handle:
        items = pickle.load(handle)
    results = []
    for text, published in items:
        row = {}
        for name in ANALYSES:
            try:
                article = ck.Article.from_text(text, published=published)
                if name.startswith("readability:"):
                    row[name] = ck.readability(article, by=name.split(":")[1])
                else:
                    row[name] = getattr(ck, name)(article)
            except Exception as error:
                row[name] = f"{type(error).__name__}: {error}"
        shared = ck.Article.from_text(text, published=published)  # every analysis on one Article: its caches
        for name in ANALYSES:
            try:
                if name.startswith("readability:"):
                    row["shared " + name] = ck.readability(shared, by=name.split(":")[1])
                else:
                    row["shared " + name] = getattr(ck, name)(shared)
            except Exception as error:
                row["shared " + name] = f"{type(error).__name__}: {error}"
        results.append(row)
    with open(output, "wb") as handle:
        pickle.dump({"package": ck.__file__, "results": results}, handle)


def run_tree(tree: Path, inputs: Path, output: Path) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run([sys.executable, __file__, "--dump", str(inputs), str(output)], check=True, env=env)
    with open(output, "rb") as handle:
        done = pickle.load(handle)
    if not Path(done["package"]).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"imported {done['package']}, not the package in {tree}")
    return done["results"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", nargs="?", type=Path)
    parser.add_argument("--count", type=int, default=200, help="varied copies (default 200)")
    parser.add_argument("--dump", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        _dump(*args.dump)
        return
    import pandas as pd

    items = texts(args.count)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs.pickle"
        inputs.write_bytes(pickle.dumps(items))
        ours = run_tree(REPO, inputs, Path(tmp) / "ours.pickle")
        theirs = run_tree(args.reference, inputs, Path(tmp) / "theirs.pickle")
    failures = 0
    for index, (mine, ref) in enumerate(zip(ours, theirs, strict=True)):
        for name in mine:
            a, b = mine[name], ref[name]
            try:
                if isinstance(a, pd.DataFrame) and isinstance(b, pd.DataFrame):
                    pd.testing.assert_frame_equal(a, b, check_exact=True)
                elif a != b:
                    raise AssertionError(f"{a!r} != {b!r}")
            except AssertionError as error:
                failures += 1
                print(f"text {index} ({items[index][0][:40]!r}), {name}: {error}")
    print(
        f"{len(items)} texts x {len(ANALYSES)} analyses (each on a fresh and on one shared Article) compared;"
        f" {failures} differences"
    )
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
