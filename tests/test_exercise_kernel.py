"""No Python traps, in a real kernel: a NameError or SyntaxError in a ``# Your turn`` cell is one friendly line.

Starts an IPython kernel with jupyter_client, runs the setup cell of exercise 02 (which installs the
handler) and then the mistakes a student makes, reading what the kernel sends back.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def kernel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from jupyter_client.manager import start_new_kernel

    folder = tmp_path_factory.mktemp("kernel")
    env = {**os.environ, "CIVICS_KIT_PROGRESS_DIR": str(folder / "handin")}
    manager, client = start_new_kernel(kernel_name="python3", cwd=str(folder), env=env)
    try:
        run(client, "from civics_kit.exercises import ex02\nex02.bind(globals())")
        yield client
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def run(client: object, code: str) -> dict[str, list]:
    """Execute ``code``; the outputs by kind: display text, html, errors and the reply's status."""
    seen: dict[str, list] = {"text": [], "html": [], "error": [], "stream": []}

    def hook(message: dict) -> None:
        kind, content = message["msg_type"], message["content"]
        if kind in ("display_data", "execute_result"):
            seen["text"].append(content["data"].get("text/plain", ""))
            seen["html"].append(content["data"].get("text/html", ""))
        elif kind == "error":
            seen["error"].append(content["ename"])
        elif kind == "stream":
            seen["stream"].append(content["text"])

    reply = client.execute_interactive(code, output_hook=hook, timeout=120)
    seen["status"] = [reply["content"]["status"]]
    return seen


def test_a_bare_word_is_one_friendly_line(kernel: object) -> None:
    seen = run(kernel, "# Your turn\nmost_quoted = Parks\nq2.check()")
    assert seen["error"] == [] and seen["stream"] == []
    (line,) = seen["text"]
    assert "If it is your answer, put it in quotation marks: 'Parks'" in line
    assert "<details><summary>Show the full error</summary>" in seen["html"][0] and "NameError" in seen["html"][0]


def test_an_apostrophe_in_single_quotes_is_one_friendly_line(kernel: object) -> None:
    seen = run(kernel, "# Your turn\nsourcing_gap = 'it's Angeles' problem'\nq7.check()")
    assert seen["error"] == []
    (line,) = seen["text"]
    assert "Put the text between triple quotes" in line


def test_text_ending_in_a_quotation_mark_is_explained(kernel: object) -> None:
    seen = run(kernel, '# Your turn\nsourcing_gap = """he said "no""""\nq7.check()')
    assert seen["error"] == [] and "runs into the closing" in seen["text"][0]


def test_curly_quotes_as_string_marks_are_explained(kernel: object) -> None:
    seen = run(kernel, "# Your turn\nmost_quoted = “Parks”\nq2.check()")
    assert seen["error"] == [] and "Use straight quotation marks" in seen["text"][0]


def test_curly_quotes_inside_the_text_are_accepted(kernel: object) -> None:
    answer = "The supporters are only described, as in “Anti-immigration activists will accuse” said by Parks."
    seen = run(kernel, f'# Your turn\nsourcing_gap = """{answer}"""\nq7.check()')
    assert seen["error"] == [] and seen["text"][0].startswith("Answer recorded")


def test_other_cells_keep_the_usual_traceback(kernel: object) -> None:
    seen = run(kernel, "undefined_name_here")
    assert seen["error"] == ["NameError"] and seen["text"] == []
    seen = run(kernel, "x = (")
    assert seen["error"] == ["SyntaxError"]


def test_rerunning_the_setup_cell_keeps_progress(kernel: object) -> None:
    run(kernel, "# Your turn\nrelay_chain = 'A'\nq6.check()")
    seen = run(kernel, "from civics_kit.exercises import ex02\nex02.bind(globals())\nprint(q6.best, q6.attempts)")
    assert "correct 1" in "".join(seen["stream"]) and "Welcome back" in seen["text"][0]
