"""Speed of quotes(): every article of a .jsonl file, sentence splitting included.

    python benchmarks/bench_quotes.py [FILE.jsonl]

Target (issue 4): the 49 articles of ggt_dev.jsonl in under 4 s on one core, rule-based (no language
model). Each article is wrapped in a fresh Article, so paragraphs and sentences are split inside the
timing. Without a file, the bundled seed is timed. Prints per-article and total times; nothing is asserted.
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
    print(f"total: {total:.2f} s for {len(timings)} articles (target < 4 s)")
    print(f"slowest: {slowest[1]} {slowest[0] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
