"""The ``civics-kit`` command (also ``python -m civics_kit``).

    civics-kit report [PATH] [--published DATE] [--json] [--html FILE]
    civics-kit build-exercises [--source DIR] [--out DIR] [--no-execute] [--check]
    civics-kit handouts [--notebooks DIR] [--out DIR] [--pdf [letter|a4]]
    civics-kit collect FOLDER [--out DIR]

On no PATH the report is about the bundled seed article.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .article import load_article
from .errors import CivicsKitError
from .report import build_report, render_html, render_json, render_text

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="civics-kit",
        description="Read a news article closely: who is quoted, how hard it is to read, what it dates.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    report = commands.add_parser("report", help="summarise one article (default: the bundled seed)")
    report.add_argument(
        "path", nargs="?", help="a .txt, .md or .html file, a bundled article's name, or a folder of articles"
    )
    report.add_argument("--published", metavar="DATE", help="publication date, YYYY-MM-DD")
    report.add_argument("--title", help="the article's title, if the file does not give it")
    output = report.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the report as JSON")
    output.add_argument("--html", metavar="FILE", help="also write the report as a self-contained web page")
    build = commands.add_parser(
        "build-exercises", help="write the student exercise notebooks from the teacher sources and run them"
    )
    build.add_argument("--source", default="teacher/exercises", help="folder of NN-slug.ipynb sources with solutions")
    build.add_argument("--out", default="exercises", help="folder for the student copies")
    build.add_argument("--no-execute", action="store_true", help="write the copies without running them")
    build.add_argument("--check", action="store_true", help="only report student copies that are out of date")
    _add_handouts_parser(commands)
    collect = commands.add_parser(
        "collect", help="re-check a class's exercise hand-ins and write a gradebook (and the pre/post table)"
    )
    collect.add_argument("folder", help="the folder of hand-in CSVs (handin/exNN-name.csv), searched with subfolders")
    collect.add_argument("--out", help="where gradebook.csv and summary.txt go (default: FOLDER)")
    return parser


def _collect(args: argparse.Namespace) -> int:
    from .exercises.collect import collect, summary, write_gradebook

    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"civics-kit: there is no folder {str(folder)!r} of hand-ins.", file=sys.stderr)
        return 1
    rows = collect(folder)
    if not rows:
        print(f"civics-kit: no hand-in CSV (written by progress(save=True)) in {str(folder)!r}.", file=sys.stderr)
        return 1
    book, notes = write_gradebook(rows, Path(args.out) if args.out else folder)
    print("\n".join(summary(rows)))
    print(f"Wrote {book} and {notes}")
    from .exercises.prepost import prepost, prepost_lines, write_prepost

    table = prepost(rows)  # the assessment forms A (pre) and B (post), when handed in
    if table:
        sheet, grid = write_prepost(table, Path(args.out) if args.out else folder)
        print("\n".join(prepost_lines(table)))
        print(f"Wrote {sheet} and {grid}")
    return 0


def _build_exercises(args: argparse.Namespace) -> int:
    from .exercise_build import build_exercises, stale_exercises

    try:
        if args.check:
            stale = stale_exercises(Path(args.source), Path(args.out))
            for name in stale:
                print(f"out of date: {Path(args.out) / name} (run civics-kit build-exercises)")
            return 1 if stale else 0
        build_exercises(Path(args.source), Path(args.out), execute=not args.no_execute)
    except (OSError, ValueError) as error:
        print(f"civics-kit: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # a cell failed while running the notebook
        print(f"civics-kit: running an exercise notebook failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


def _report_folder(args: argparse.Namespace) -> int:
    from .corpus import analyze
    from .report import folder_sections

    sections = folder_sections(analyze(args.path))
    if args.json:
        print(render_json(sections))
        return 0
    print(render_text(sections), end="")
    if args.html:
        Path(args.html).write_text(render_html(sections, f"Folder {Path(args.path).name}"), encoding="utf-8")
        print(f"Wrote {args.html}")
    return 0


def _report(args: argparse.Namespace) -> int:
    if args.path and Path(args.path).is_dir():
        return _report_folder(args)
    metadata = {k: v for k, v in {"published": args.published, "title": args.title}.items() if v}
    article = load_article(args.path, **metadata)
    sections = build_report(article)
    if args.json:
        print(render_json(sections))
        return 0
    print(render_text(sections), end="")
    if args.html:
        Path(args.html).write_text(render_html(sections, article.title), encoding="utf-8")
        print(f"Wrote {args.html}")
    return 0


# --- civics-kit handouts: printable worksheets of the lessons (civics_kit/handouts.py) ---


def _add_handouts_parser(commands: argparse._SubParsersAction) -> None:
    handouts = commands.add_parser(
        "handouts",
        help="write printable HTML worksheets of the lessons (code hidden, answer boxes), and per lesson "
        "a student sheet (1-2 pages) and a teacher sheet (1 page)",
    )
    handouts.add_argument(
        "--notebooks", metavar="DIR", default="notebooks", help="lesson notebooks (default notebooks)"
    )
    handouts.add_argument("--out", metavar="DIR", default="handouts", help="where to write them (default handouts)")
    handouts.add_argument(
        "--pdf",
        nargs="?",
        const="letter",
        choices=["letter", "a4"],
        help="also print the one-page sheets to PDF on this paper (default letter; needs chromium)",
    )


def _handouts(args: argparse.Namespace) -> int:
    from .handouts import write_handouts
    from .sheets import write_sheets

    pages = write_handouts(args.notebooks, args.out)
    count = len(pages) - 1
    print(f"Wrote {count} worksheet{'s' if count != 1 else ''} and index.html to {args.out}")
    sheets = Path(args.out) / "sheets"
    write_sheets(args.notebooks, sheets, pdf=args.pdf)
    made = f"HTML and {args.pdf.capitalize() if args.pdf == 'letter' else 'A4'} PDF" if args.pdf else "HTML"
    print(f"Wrote {2 * count} sheets, a student and a teacher sheet per lesson ({made}), to {sheets}")
    return 0


# --- end of civics-kit handouts ---


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 bad input, 2 bad usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["report", *(argv or [])])
    try:
        if args.command == "report":
            return _report(args)
        if args.command == "build-exercises":
            return _build_exercises(args)
        if args.command == "handouts":
            return _handouts(args)
        if args.command == "collect":
            return _collect(args)
    except CivicsKitError as error:
        print(f"civics-kit: {error}", file=sys.stderr)
        return 1
    parser.print_help()
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
