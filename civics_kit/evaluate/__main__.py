"""Dispatch ``python -m civics_kit.evaluate TASK ...`` to ``civics_kit.evaluate.TASK.main``."""

from __future__ import annotations

import importlib
import sys

from . import TASKS


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in TASKS:
        print(f"usage: python -m civics_kit.evaluate {{{','.join(TASKS)}}} PATH [options]", file=sys.stderr)
        return 2
    module = importlib.import_module(f"civics_kit.evaluate.{argv[0]}")
    return int(module.main(argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
