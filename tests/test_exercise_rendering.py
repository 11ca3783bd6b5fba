"""Every hint and solution of every exercise set renders through the kit's one Markdown renderer.

A code solution must become exactly one ``<pre><code>`` block whose text compiles: what a student
pastes into a cell runs. The text after a code block must not land inside it.
"""

from __future__ import annotations

import html
import importlib
import re
from pathlib import Path

import pytest

from civics_kit.exercises import Message
from civics_kit.rendering import render_markdown

SETS = sorted(p.stem for p in (Path(__file__).resolve().parents[1] / "civics_kit" / "exercise_sets").glob("ex*.py"))
_CODE = re.compile(r"<pre><code[^>]*>(.*?)</code></pre>", re.DOTALL)


def messages(key: str) -> list[tuple[str, Message]]:
    """Every hint and every solution of a set, as the student sees them."""
    exercise_set = importlib.import_module(f"civics_kit.exercise_sets.{key}").EXERCISES
    found = []
    for q in exercise_set:
        for n, hint in enumerate(q.hints, 1):
            found.append((f"{q.name}.hint({n})", Message("info", hint, f"Hint {n} of {len(q.hints)}")))
        found.append((f"{q.name}.solution()", Message("info", q._solution or "none", "Solution")))
    return found


def test_there_are_eleven_sets() -> None:
    assert SETS == [f"ex{n:02d}" for n in range(11)]


@pytest.mark.parametrize("key", SETS)
def test_every_code_solution_renders_as_one_code_block_that_compiles(key: str) -> None:
    code_solutions = 0
    for where, message in messages(key):
        rendered = render_markdown(message._repr_markdown_())
        blocks = _CODE.findall(rendered)
        fences = message.body.count("```") // 2
        assert len(blocks) == fences, f"{key} {where}: {fences} fenced blocks, {len(blocks)} rendered\n{rendered}"
        if "```" in message.body:
            assert message.body.count("```") % 2 == 0, f"{key} {where}: an unclosed fence"
            assert not re.search(r"[^\n]```", message.body), f"{key} {where}: a fence not on its own line"
        if where.endswith("solution()") and blocks:
            code_solutions += 1
            assert len(blocks) == 1, f"{key} {where}: a code solution is one code block"
        for block in blocks:
            code = html.unescape(block)
            compile(code, f"{key} {where}", "exec")
            after = message.body.split("```")[-1].strip()
            assert not after or after.split("\n")[0] not in code, f"{key} {where}: the explanation is in the code box"
        assert rendered.startswith(f"<p><strong>{message.heading}:</strong>"), f"{key} {where}: heading"
        assert "```" not in rendered, f"{key} {where}: a literal fence shows\n{rendered}"
    assert code_solutions or key in ("ex00",), f"{key} has no code solution"


def test_heading_goes_above_a_code_block() -> None:
    message = Message("info", "```python\nx = 1\n```\n\nThen run it.", "Solution")
    assert message._repr_markdown_() == "**Solution:**\n\n```python\nx = 1\n```\n\nThen run it."
    rendered = render_markdown(message._repr_markdown_())
    assert _CODE.findall(rendered) == ["x = 1\n"] and "<p>Then run it.</p>" in rendered
    assert message.code_blocks() == ["x = 1\n"]
    assert "<pre><code" in message._repr_html_()


def test_count_of_code_solutions_over_all_sets() -> None:
    total = sum(
        1 for key in SETS for where, m in messages(key) if where.endswith("solution()") and "```python" in m.body
    )
    assert total >= 30
