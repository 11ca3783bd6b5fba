"""The README's Python example runs as written."""

import re
from pathlib import Path

import matplotlib

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_the_python_example_runs():
    matplotlib.use("Agg")
    blocks = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
    example = next(b for b in blocks if "ck.load_article()" in b)
    namespace: dict = {}
    exec(compile(example, "README.md", "exec"), namespace)
    article = namespace["article"]
    span = namespace["span"]
    assert article.text[span.start : span.end] == span.text
    import matplotlib.pyplot as plt

    plt.close("all")
