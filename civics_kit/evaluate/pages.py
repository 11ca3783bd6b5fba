"""The boilerplate figures on saved web pages: trafilatura alone, and with the kit's filter.

    python -m civics_kit.evaluate pages DIR [--json]

DIR holds saved ``.html`` pages and a ``pages.json``: for each file, the
page's ``url`` and strings its article body must contain (``with``) and must not
contain (``without``). For every page with such strings, and in total, it prints:

- ``with kept``: ``with`` strings in the body trafilatura alone extracts, and in
  the body the kit keeps after its boilerplate filter (:mod:`civics_kit.boilerplate`);
  the goal is that the filter loses none that trafilatura kept;
- ``without gone``: ``without`` strings absent from each body; the goal is more
  gone with the filter than with trafilatura alone.

It also prints the publication date the kit reads and its evidence, and the
language check's answer. Pages are split by a hash of the file name into
``tune`` (read for errors) and ``check`` (only counted); both are reported.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from ..article import load_article
from ..webpage import trafilatura_text

__all__ = ["PageScore", "main", "score_pages", "split_of"]


@dataclass(frozen=True)
class PageScore:
    """The figures for one page."""

    page: str
    split: str
    with_total: int
    with_trafilatura: int
    with_filtered: int
    without_total: int
    without_gone_trafilatura: int
    without_gone_filtered: int
    published: str | None
    published_from: str | None
    lang: str


def split_of(name: str) -> str:
    """``tune`` or ``check``, by the parity of the SHA-256 of the file name (stable on every machine)."""
    return "tune" if int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "check"


def _score(path: Path, spec: dict) -> PageScore:
    page = path.read_text(encoding="utf-8", errors="replace")
    alone = trafilatura_text(page, path.name)
    article = load_article(path)
    kept = article.text
    must, must_not = spec.get("with") or [], spec.get("without") or []
    return PageScore(
        page=path.name,
        split=split_of(path.name),
        with_total=len(must),
        with_trafilatura=sum(s in alone for s in must),
        with_filtered=sum(s in kept for s in must),
        without_total=len(must_not),
        without_gone_trafilatura=sum(s not in alone for s in must_not),
        without_gone_filtered=sum(s not in kept for s in must_not),
        published=article.published.isoformat() if article.published else None,
        published_from=article.metadata_sources.get("published"),
        lang=article.lang,
    )


def score_pages(folder: Path) -> list[PageScore]:
    """Score every page listed in ``folder/pages.json`` that is in the folder."""
    specs = json.loads((folder / "pages.json").read_text(encoding="utf-8"))
    return [_score(folder / name, spec) for name, spec in sorted(specs.items()) if (folder / name).is_file()]


def _total(scores: list[PageScore], label: str) -> dict:
    keys = ("with_total", "with_trafilatura", "with_filtered", "without_total")
    keys += ("without_gone_trafilatura", "without_gone_filtered")
    total = {k: sum(getattr(s, k) for s in scores) for k in keys}
    lost = sum(max(s.with_trafilatura - s.with_filtered, 0) for s in scores)
    return {"pages": label, "count": len(scores), **total, "with_lost_by_filter": lost}


def _row(label: str, d: dict) -> str:
    return (
        f"{label:<46} with kept {d['with_trafilatura']:>2} -> {d['with_filtered']:>2} of {d['with_total']:>2}   "
        f"without gone {d['without_gone_trafilatura']:>2} -> {d['without_gone_filtered']:>2} of {d['without_total']:>2}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m civics_kit.evaluate pages", description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of saved .html pages with a pages.json")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not (args.folder / "pages.json").is_file():
        print(f"skipped: no pages.json in {args.folder}", file=sys.stderr)
        return 0
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a page's decoding or language warning is not the figure
        scores = score_pages(args.folder)
    totals = [_total([s for s in scores if s.split == part], part) for part in ("tune", "check")]
    totals.append(_total(scores, "all"))
    if args.json:
        print(json.dumps({"pages": [asdict(s) for s in scores], "totals": totals}, indent=2))
        return 0
    print("trafilatura alone -> with the kit's boilerplate filter")
    for s in scores:
        d = asdict(s)
        date = f"{s.published} ({s.published_from})" if s.published else "no date"
        print(_row(f"[{s.split}] {s.page[:38]}", d) + f"   {date}, {s.lang}")
    for d in totals:
        lost = f"   with lost by the filter: {d['with_lost_by_filter']}"
        print(_row(f"total {d['pages']} ({d['count']} pages)", d) + lost)
    return 0
