"""No Python traps: a NameError or SyntaxError in a ``# Your turn`` cell becomes one friendly line.

The setup cell's ``bind(globals())`` installs :func:`install` in IPython: a custom exception handler
(``set_custom_exc``) for NameError and SyntaxError. In a cell whose first line is ``# Your turn`` it
shows one line that says what to do, with the original traceback one click away (an HTML ``<details>``);
in any other cell the error shows as IPython would show it.
"""

from __future__ import annotations

import html
import re
from typing import Any

__all__ = ["YOUR_TURN", "explain", "install", "is_your_turn"]

YOUR_TURN = "# Your turn"
_SETUP_NAMES = re.compile(r"q\d+|____|progress|article|ex\d\d")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_state: dict[str, Any] = {"cell": "", "shell": None}


def is_your_turn(cell: str) -> bool:
    """True for an answer cell: its first non-empty line starts with ``# Your turn``."""
    first = next((line.strip() for line in cell.splitlines() if line.strip()), "")
    return first.casefold().startswith(YOUR_TURN.casefold())


def explain(error: BaseException) -> str:
    """One line, in Markdown, that tells a student what to do about ``error``."""
    if isinstance(error, NameError):
        name = getattr(error, "name", None) or _name_in(str(error))
        if name and _SETUP_NAMES.fullmatch(name):
            return f"`{name}` is not defined yet: run the setup cell at the top of the notebook, then this cell again."
        return (
            f"Python does not know a variable `{name}`. If it is your answer, put it in quotation marks: "
            f"`'{name}'`. If it comes from a cell above, run that cell first."
        )
    if isinstance(error, SyntaxError):
        return _explain_syntax(error)
    return f"{type(error).__name__}: {error}"


def _name_in(text: str) -> str:
    match = re.search(r"name '([^']+)' is not defined", text)
    return match.group(1) if match else "?"


def _explain_syntax(error: SyntaxError) -> str:
    message, line = str(error.msg or ""), (error.text or "").strip()
    where = f"line {error.lineno} of this cell" if error.lineno else "this cell"
    if "invalid character" in message and re.search(r"[“”‘’«»]", message):
        return (
            "Use straight quotation marks `\"` or `'` around your text (curly ones like “ ” can stay inside it), "
            'or triple quotes: `"""..."""`.'
        )
    if "unterminated triple-quoted" in message:
        return 'Your text opens with `"""` but never closes: end it with `"""` too.'
    apostrophe_inside = line.count("'") + line.count('"') >= 2 and re.search(r"\w['’]\w|\w['’]\s", line)
    if "unterminated string" in message or "EOL while scanning" in message or apostrophe_inside:
        if '""""' in line:
            return (
                'Your text ends with a quotation mark, which runs into the closing `"""`: put a space or a full '
                'stop before the closing `"""` (or the closing `"""` on a line of its own).'
            )
        return (
            "An apostrophe or quotation mark inside your text ends it too early. Put the text between triple "
            'quotes, like this: `"""it\'s the "plan" they voted for"""`.'
        )
    if "invalid decimal literal" in message or ("invalid syntax" in message and re.search(r"\w\s+\w", line)):
        return (
            f"Python could not read {where}: if your answer is text, put it in quotation marks "
            '(triple quotes `"""..."""` if it has an apostrophe).'
        )
    return f"Python could not read {where} ({message}): check for a missing quotation mark, bracket or comma."


class FriendlyError:
    """What the student sees: one line, and the original traceback behind a click."""

    def __init__(self, line: str, traceback_text: str) -> None:
        self.line, self.traceback_text = line, traceback_text

    def _repr_html_(self) -> str:
        from ..rendering import render_markdown

        return (
            f'<div class="civics-kit-friendly-error">{render_markdown(self.line)}'
            f"<details><summary>Show the full error</summary><pre>{html.escape(self.traceback_text)}</pre>"
            "</details></div>"
        )

    def __repr__(self) -> str:
        return self.line.replace("`", "")


def _handler(shell: Any, etype: type, value: BaseException, tb: Any, tb_offset: int | None = None) -> list[str]:
    if issubclass(etype, SyntaxError):
        stb = shell.SyntaxTB.structured_traceback(etype, value, [])
    else:
        stb = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
    if not is_your_turn(_state["cell"]):
        shell._showtraceback(etype, value, stb)  # as IPython shows it (the kernel sends the usual error)
        return []
    from IPython.display import display

    display(FriendlyError(explain(value), _ANSI.sub("", "\n".join(stb))))
    return []


def _remember_cell(info: Any) -> None:
    _state["cell"] = getattr(info, "raw_cell", "") or ""


def install() -> bool:
    """Install the handler in the running IPython (once); False outside IPython."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    if _state["shell"] is not shell:
        shell.events.register("pre_run_cell", _remember_cell)
        _state["shell"] = shell
    shell.set_custom_exc((NameError, SyntaxError), _handler)
    return True
