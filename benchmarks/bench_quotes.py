"""Speed of quotes(): every article of a .jsonl file, sentence splitting included.

    python benchmarks/bench_quotes.py [FILE.jsonl]

Target (issue 15): the 49 articles of ggt_dev.jsonl in under 1 s on one core, rule-based (no language
model), the entity layer built once per article. Each article is wrapped in a fresh Article, so paragraphs
and sentences are split inside the timing. Without a file, the bundled seed is timed. Then linearity: a
50 KB article against texts that stress the entity layer (500 different names, every sentence "He said"),
each to stay within 10x of the 50 KB article, and a 2 MB text with unbalanced marks that must not raise.
Prints times; nothing is asserted.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _texts(path: str | None) -> list[tuple[str, str]]:
    if path is None:
        import civics_kit as ck

        return [("seed", ck.load_article().text)]
    file = Path(path)
    if not file.is_file():
        print(f"skipped: {file} not found")
        return []
    with file.open(encoding="utf-8") as handle:
        documents = [json.loads(line) for line in handle if line.strip()]
    return [(str(d.get("id", n)), d["text"]) for n, d in enumerate(documents)]


def main(argv: list[str]) -> int:
    import civics_kit as ck

    texts = _texts(argv[0] if argv else None)
    if not texts:
        return 0
    ck.quotes("")  # load pandas before the clock starts
    timings = []
    for name, text in texts:
        started = time.perf_counter()
        frame = ck.quotes(ck.Article.from_text(text))
        elapsed = time.perf_counter() - started
        timings.append((elapsed, name))
        print(f"{name:28} {len(text):7d} chars {len(frame):4d} quotes {elapsed * 1000:8.1f} ms")
    total = sum(t for t, _ in timings)
    slowest = max(timings)
    print(f"total: {total:.2f} s for {len(timings)} articles (target < 1 s)")
    print(f"slowest: {slowest[1]} {slowest[0] * 1000:.0f} ms")
    _linearity("\n\n".join(text for _, text in texts))
    return 0


def _stress_texts(sample: str) -> dict[str, str]:
    base = (sample * (50_000 // max(1, len(sample)) + 1))[:50_000]
    surnames = [f"{a}{b}{c}son" for a in "BCDFGHJKLMNPRSTVWZ" for b in "aeiou" for c in "lmnrst"][:500]
    names = "\n\n".join(f'"Point {k} matters," said Alex {name}.' for k, name in enumerate(surnames))
    he_said = " ".join('He said the plan "would work" today.' for _ in range(1400))
    unbalanced = ('She said "it never closes. And \u201cneither does this, he said.\n\n' * 40_000)[:2_000_000]
    return {"50 KB article": base, "500 names": names, "every sentence He said": he_said, "2 MB unbalanced": unbalanced}


def _linearity(sample: str) -> None:
    import civics_kit as ck

    times = {}
    for label, text in _stress_texts(sample).items():
        started = time.perf_counter()
        frame = ck.quotes(ck.Article.from_text("Headline\n\n" + text))
        times[label] = time.perf_counter() - started
        ratio = times[label] / times["50 KB article"]
        print(f"{label:24} {len(text):9d} chars {len(frame):6d} quotes {times[label]:7.2f} s ({ratio:4.1f}x the 50 KB)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
