"""Many articles: articles per second for every analysis on 1 and on 2 cores.

    python benchmarks/bench_corpus.py [N]

Writes N (default 1,000) seed-sized articles to a temporary folder (copies of the seed with the numbers in
it changed, so that no two are identical) and times civics_kit.corpus.analyze on them with jobs=1 and jobs=2.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

from civics_kit.article import load_article
from civics_kit.corpus import analyze


def _write_articles(folder: Path, count: int) -> None:
    seed = load_article().text
    for i in range(count):
        text = re.sub(r"\d+", lambda m, i=i: str(int(m.group()) + i % 7), seed)
        (folder / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _write_articles(folder, count)
        analyze(sorted(folder.iterdir())[:2], jobs=1, progress=False)  # warm up: imports, dictionaries
        for jobs in (1, 2):
            started = time.perf_counter()
            result = analyze(folder, jobs=jobs, progress=False)
            seconds = time.perf_counter() - started
            assert len(result.articles) == count, result.errors
            print(f"{count} articles, jobs={jobs}: {seconds:6.1f} s  ({count / seconds:6.1f} articles/s)")


if __name__ == "__main__":
    main()
