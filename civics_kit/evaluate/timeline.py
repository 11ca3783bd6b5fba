"""Score :func:`civics_kit.time_expressions` on TimeML files (TempEval-3 measures).

    python -m civics_kit.evaluate timeline DIR [--split tune|check|all] [--per-doc] [--errors N]
    python -m civics_kit.evaluate timeline tests/data/gold [--texts DIR]
    python -m civics_kit.evaluate timeline tests/data/seed_gold.json

A folder of hand-annotation JSON files (the format of ``tests/data/seed_gold.json``:
``file``, ``published``, ``timexes`` with offsets, type and value) is scored the
same way against the article texts (``--texts``, by default the bundled seeds);
it is a test set, so it is not split and its errors are not printed.

Reads every ``.tml`` file under DIR: the gold TIMEX3 tags inside ``<TEXT>`` and
the document creation time in ``<DCT>``. The plain text of ``<TEXT>`` (tags
removed, entities decoded) goes to ``time_expressions`` with the DCT as the
publication date. Measures, pooled over all documents (TempEval-3): system and
gold expressions are matched one to one by character overlap; strict = same
extent, relaxed = any overlap; value accuracy = share of relaxed matches with
the same ``value``; value F1 = relaxed F1 x value accuracy; type accuracy
likewise. The DCT itself is not scored.

Every file falls in one of two halves by a hash of its name (:func:`half_of`):
``tune``, the half whose errors may be read while writing rules, and
``check``, the half that is only measured. Both halves' figures are always
printed; ``--split`` says which half's documents ``--per-doc`` and
``--errors`` show (errors are shown for the tune half only).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..chronology import time_expressions
from . import f1, ratio

__all__ = ["GoldTimex", "TimeMLDocument", "half_of", "main", "read_gold_json", "read_timeml", "score"]

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)="([^"]*)"')
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


def read_gold_json(path: Path, texts: Path) -> TimeMLDocument:
    """One hand-annotation JSON file (tests/data format) as a document, its text read from ``texts``."""
    import json

    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (texts / gold["file"]).read_text(encoding="utf-8")
    published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    timexes = [GoldTimex(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in gold.get("timexes", [])]
    return TimeMLDocument(path.stem, text, published, sorted(timexes, key=lambda g: (g.start, g.end)))


def _score_gold_folder(paths: list[Path], texts: Path) -> int:
    total = Counts()
    for path in paths:
        counts, _ = score(read_gold_json(path, texts))
        total.add(counts)
    _print_figures("hand annotation", total, len(paths))
    return 0


def half_of(name: str) -> str:
    """``tune`` or ``check``: the half a file belongs to, from the SHA-1 of its name (the stem, without folders)."""
    return "tune" if hashlib.sha1(name.encode("utf-8")).digest()[0] % 2 == 0 else "check"


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3: its offsets in the plain text, its text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDocument:
    """A TimeML document: name, plain text, creation date and gold expressions."""

    name: str
    text: str
    dct: dt.date | None
    gold: list[GoldTimex] = field(default_factory=list)


def _plain_text(markup: str) -> tuple[str, list[GoldTimex]]:
    """Strip tags and decode entities, keeping the TIMEX3 spans in plain-text offsets."""
    out: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    gold: list[GoldTimex] = []
    cursor = 0
    for tag in _TAG.finditer(markup):
        chunk = _ENTITY.sub(lambda m: html.unescape(m.group()), markup[cursor : tag.start()])
        out.append(chunk)
        length += len(chunk)
        cursor = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2).upper()
        if name != "TIMEX3":
            continue
        if not closing:
            open_timexes.append((length, dict(_ATTR.findall(tag.group(3)))))
        elif open_timexes:
            begin, attrs = open_timexes.pop()
            gold.append(GoldTimex(begin, length, "", attrs.get("type", ""), attrs.get("value", "")))
    out.append(_ENTITY.sub(lambda m: html.unescape(m.group()), markup[cursor:]))
    text = "".join(out)
    gold = [GoldTimex(g.start, g.end, text[g.start : g.end], g.type, g.value) for g in gold]
    return text, sorted(gold, key=lambda g: (g.start, g.end))


def read_timeml(path: Path) -> TimeMLDocument:
    """Read one ``.tml`` file."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.DOTALL)
    text, gold = _plain_text(body.group(1) if body else "")
    dct = None
    dct_match = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.DOTALL)
    if dct_match:
        try:
            dct = dt.date.fromisoformat(dct_match.group(1))
        except ValueError:
            dct = None
    return TimeMLDocument(path.stem, text, dct, gold)


@dataclass
class Counts:
    """Pooled counts for the TempEval-3 measures."""

    system: int = 0
    gold: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        for name in ("system", "gold", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    precision, recall = ratio(hits, system), ratio(hits, gold)
    return precision, recall, f1(precision, recall)


def match(system: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one matches (system index, gold index) by overlap, largest overlap first."""
    pairs = []
    for i, (s_start, s_end) in enumerate(system):
        for j, (g_start, g_end) in enumerate(gold):
            overlap = min(s_end, g_end) - max(s_start, g_start)
            if overlap > 0:
                pairs.append((-overlap, i, j))
    used_s: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, i, j in sorted(pairs):
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            matched.append((i, j))
    return sorted(matched)


def score(doc: TimeMLDocument) -> tuple[Counts, list[str]]:
    """Counts for one document, and readable error lines."""
    found = time_expressions(doc.text, published=doc.dct)
    system = list(found.itertuples(index=False))
    counts = Counts(system=len(system), gold=len(doc.gold))
    matched = match([(r.start, r.end) for r in system], [(g.start, g.end) for g in doc.gold])
    errors: list[str] = []
    for i, j in matched:
        predicted, gold = system[i], doc.gold[j]
        counts.relaxed += 1
        counts.strict += (predicted.start, predicted.end) == (gold.start, gold.end)
        counts.value += predicted.value == gold.value
        counts.type += predicted.type == gold.type
        if predicted.value != gold.value or (predicted.start, predicted.end) != (gold.start, gold.end):
            errors.append(
                f"~ {doc.name}: {predicted.text!r} {predicted.value} | gold {gold.text!r} {gold.value} {gold.type}"
            )
    matched_system = {i for i, _ in matched}
    matched_gold = {j for _, j in matched}
    errors += [f"+ {doc.name}: {r.text!r} {r.type} {r.value}" for i, r in enumerate(system) if i not in matched_system]
    errors += [f"- {doc.name}: {g.text!r} {g.type} {g.value}" for j, g in enumerate(doc.gold) if j not in matched_gold]
    return counts, errors


def figures(counts: Counts) -> dict[str, float]:
    """The TempEval-3 figures from pooled counts."""
    sp, sr, sf = _prf(counts.strict, counts.system, counts.gold)
    rp, rr, rf = _prf(counts.relaxed, counts.system, counts.gold)
    value_accuracy = ratio(counts.value, counts.relaxed)
    type_accuracy = ratio(counts.type, counts.relaxed)
    return {
        "strict_p": sp,
        "strict_r": sr,
        "strict_f1": sf,
        "relaxed_p": rp,
        "relaxed_r": rr,
        "relaxed_f1": rf,
        "value_accuracy": value_accuracy,
        "value_f1": rf * value_accuracy,
        "type_accuracy": type_accuracy,
    }


def _print_figures(label: str, counts: Counts, documents: int) -> None:
    f = figures(counts)
    print(f"[{label}] documents: {documents}  gold: {counts.gold}  system: {counts.system}  matched: {counts.relaxed}")
    print(f"[{label}] strict   P {f['strict_p']:.3f}  R {f['strict_r']:.3f}  F1 {f['strict_f1']:.3f}")
    print(f"[{label}] relaxed  P {f['relaxed_p']:.3f}  R {f['relaxed_r']:.3f}  F1 {f['relaxed_f1']:.3f}")
    print(f"[{label}] value accuracy {f['value_accuracy']:.3f}  value F1 {f['value_f1']:.3f}")
    print(f"[{label}] type accuracy  {f['type_accuracy']:.3f}")


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m civics_kit.evaluate timeline", description="Score time_expressions on TimeML files."
    )
    parser.add_argument(
        "path",
        help="a folder of TimeML .tml files (searched recursively), one .tml file, "
        "or hand-annotation JSON (a folder of them or one file)",
    )
    parser.add_argument(
        "--split",
        choices=("tune", "check", "all"),
        default="all",
        help="the half whose documents --per-doc lists (both halves' figures are always printed)",
    )
    parser.add_argument("--per-doc", action="store_true", help="print one row per document")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print the first N errors of the tune half")
    parser.add_argument("--texts", help="where the texts of hand-annotation JSON files are (default: the seeds)")
    args = parser.parse_args(argv)
    root = Path(args.path)
    if not root.exists():
        print(f"skipped: {root} not found (give a folder of TimeML .tml files, such as TimeBank + AQUAINT)")
        return 0
    gold_files = [root] if root.suffix == ".json" else [] if root.is_file() else sorted(root.glob("*.json"))
    paths = [] if root.suffix == ".json" else [root] if root.is_file() else sorted(root.rglob("*.tml"))
    if not paths and gold_files:
        from importlib import resources

        texts = Path(args.texts) if args.texts else Path(str(resources.files("civics_kit.seeds")))
        return _score_gold_folder(gold_files, texts)
    if not paths:
        print(f"skipped: no .tml files under {root}")
        return 0
    totals = {"tune": Counts(), "check": Counts(), "all": Counts()}
    documents = dict.fromkeys(totals, 0)
    errors: list[str] = []
    for path in paths:
        doc = read_timeml(path)
        half = half_of(doc.name)
        counts, doc_errors = score(doc)
        for key in (half, "all"):
            totals[key].add(counts)
            documents[key] += 1
        if half == "tune":
            errors += doc_errors
        if args.per_doc and args.split in (half, "all"):
            f = figures(counts)
            print(
                f"{doc.name:32} {half:5} gold {counts.gold:3} system {counts.system:3} "
                f"relaxed F1 {f['relaxed_f1']:.3f} value F1 {f['value_f1']:.3f}"
            )
    for key in ("tune", "check", "all"):
        if documents[key]:
            _print_figures(key, totals[key], documents[key])
    if args.errors and args.split == "check":
        print("errors are shown for the tune half only: read the check half's figures, not its errors")
    for line in errors[: args.errors] if args.split != "check" else []:
        print(line)
    return 0
