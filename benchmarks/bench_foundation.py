"""Foundation speed: import, loading the seed, splitting a long paragraph, the report command.

    python benchmarks/bench_foundation.py

Targets (issue 2): `import civics_kit` < 0.3 s; `load_article()` of the seed < 20 ms after import;
a single 100 KB paragraph splits in < 1 s; `civics-kit report` on the seed < 2 s cold.
Each figure is the median of several runs on this machine; nothing here is asserted.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def _median_seconds(run, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _subprocess(*args: str) -> None:
    subprocess.run([sys.executable, *args], check=True, capture_output=True)


def main() -> None:
    baseline = _median_seconds(lambda: _subprocess("-c", "pass"))
    imported = _median_seconds(lambda: _subprocess("-c", "import civics_kit"))
    print(
        f"import civics_kit:            {imported - baseline:7.3f} s  (interpreter start {baseline:.3f} s subtracted)"
    )

    import civics_kit as ck

    def load_fresh() -> None:
        article = ck.load_article()
        article.sentences  # noqa: B018  (paragraphs and sentences are computed lazily; count them in)

    load_fresh()
    print(f"load_article() of the seed:   {_median_seconds(load_fresh, 20) * 1000:7.2f} ms (with its sentences)")

    paragraph = "The U.S. council met on Jan. 5 at 9 a.m. and voted 11-1 on the bill. " * 1500
    seconds = _median_seconds(lambda: ck.split_sentences(paragraph))
    print(f"split a {len(paragraph) // 1000} KB paragraph:      {seconds * 1000:7.1f} ms")

    report = _median_seconds(lambda: _subprocess("-m", "civics_kit", "report"), 3)
    print(f"civics-kit report (cold):     {report:7.3f} s  (interpreter start included)")


if __name__ == "__main__":
    main()
