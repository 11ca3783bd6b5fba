"""Execute notebooks in place so that their stored outputs are what strict nbval expects.

    python tools/run_notebooks.py notebooks/*.ipynb

Each notebook runs in its own folder with the `python3` kernel, top to bottom, like a teacher would run it.
Timing metadata is not recorded and execution counts restart at 1, so a second run changes nothing.
A cell that raises stops the run with the cell's error, unless the cell is tagged `raises-exception`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

KERNEL = {"display_name": "Python 3", "language": "python", "name": "python3"}


def run(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    notebook.metadata["kernelspec"] = KERNEL
    env_backend = os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=300,
        record_timing=False,
        # print() may reach the kernel as several stream chunks depending on timing; merge them so reruns match.
        coalesce_streams=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    notebook.metadata.pop("widgets", None)
    nbformat.write(notebook, path)
    print(f"ran {path} ({env_backend})")


def main(paths: list[str]) -> int:
    for name in paths:
        run(Path(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
