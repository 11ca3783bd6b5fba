"""Readability speed: the seed after the first call, and 1,000 seed-sized articles on one core.

    python benchmarks/bench_readability.py [FOLDER]

Targets: under 50 ms for the seed after the first call; under 20 s for 1,000
seed-sized articles. Without FOLDER, the 1,000 articles are the seed with its
body paragraphs shuffled (a different text each time, same length); with
FOLDER, the .txt files under it (recursively) are cycled to make 1,000.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
import warnings
from pathlib import Path

import civics_kit as ck


def seed_variants(count: int) -> list[str]:
    seed = ck.load_article()
    head = seed.text[: seed.body_start]
    paragraphs = [p.text for p in seed.body_paragraphs]
    rng = random.Random(0)
    texts = []
    for _ in range(count):
        rng.shuffle(paragraphs)
        texts.append(head + "\n\n".join(paragraphs))
    return texts


def folder_texts(folder: Path, count: int) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        texts = [ck.load_article(p).text for p in sorted(folder.rglob("*.txt"))]
    return [texts[i % len(texts)] for i in range(count)] if texts else []


def main(argv: list[str]) -> int:
    text = ck.load_article().text
    start = time.perf_counter()
    ck.readability(text)
    first = time.perf_counter() - start
    runs = []
    for _ in range(30):
        start = time.perf_counter()
        ck.readability(text)  # from the text each time: parsing the article is part of the cost
        runs.append(time.perf_counter() - start)
    print(f"seed, first call (loads pandas and the CMU dictionary): {first * 1000:.0f} ms")
    print(
        f"seed, after the first call: median {statistics.median(runs) * 1000:.1f} ms, "
        f"max {max(runs) * 1000:.1f} ms over 30 runs (target < 50 ms)"
    )

    texts = folder_texts(Path(argv[0]), 1000) if argv else seed_variants(1000)
    if not texts:
        print(f"skipped: no .txt files under {argv[0]}")
        return 0
    characters = sum(len(t) for t in texts)
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for t in texts:
            ck.readability(t)
    total = time.perf_counter() - start
    source = argv[0] if argv else "seed variants"
    print(
        f"{len(texts)} articles ({source}, {characters / len(texts):.0f} characters on average), one core: "
        f"{total:.1f} s (target < 20 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
