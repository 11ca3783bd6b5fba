"""Score :func:`civics_kit.quotation` against hand-annotated quotations.

    python -m civics_kit.evaluate quotes FILE.jsonl [--split tune|check|all] [--errors N]

The articles are split into two halves by a hash of each article's id (SHA-1,
so the same on every machine): **tune**, where errors may be read, and
**check**, where they may not. Both halves and the whole set are printed every
time; ``--split`` chooses the half whose errors ``--errors`` prints (errors are
never printed for the check half).

Per article, the share table is compared with the gold one: the share of
articles whose top speaker is right, whose top three speakers are right as a
set, and the mean total-variation distance between the kit's and the gold's
share of words per speaker (speakers compared by last word, words counted over
each quotation's span, scare rows out, unattributed words one speaker that
never matches). ``high`` gives how often rows marked ``confidence == "high"``
name the right speaker.

Two gold formats are read, one JSON object per line:

- GenderGapTracker style: ``text`` and ``quotes``, each with ``start``, ``end``,
  ``speaker`` and ``has_quote_marks``. Reported speech is one quote, quoted
  fragments inside it included.
- PolNeAR style: ``text`` and ``attributions``, each with ``source``, ``cue``
  and ``content`` lists of ``{start, end}`` spans.

A folder of hand annotations in the kit's own format (``tests/data/gold/NAME.json``
for ``seeds/NAME.txt``, as ``tests/data/seed_gold.json``) is scored the same way,
a speaker counting as right when it equals ``speaker`` or one of ``also_accept``.

Matching (one-to-one, greedy, best overlap first): a predicted quote matches a
gold one when it covers at least 80% of the gold span's characters and at least
half of the predicted span lies inside the gold one, after stripping quote
marks, spaces and end punctuation from both ends of both. ``scare`` rows are not
scored. Attribution counts a match only when the speaker is right too: the
predicted and gold speaker share their last word (case-insensitive); strict
accuracy needs the whole normalised name to be equal.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..article import Article
from ..quotation import quotes
from . import f1, ratio

COVER = 0.8
INSIDE = 0.5
_STRIP = " \t\r\n\"'“”‘’«»„.,;:!?"


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Remove quote marks, spaces and end punctuation from both ends of ``text[start:end]``."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def match_spans(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) matched one-to-one under the coverage rule."""
    candidates = []
    for g, (gs, ge) in enumerate(gold):
        for p, (ps, pe) in enumerate(predicted):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap <= 0 or ge <= gs or pe <= ps:
                continue
            cover, inside = overlap / (ge - gs), overlap / (pe - ps)
            if cover >= COVER and inside >= INSIDE:
                candidates.append((-(cover + inside), g, p))
    pairs, used_g, used_p = [], set(), set()
    for _, g, p in sorted(candidates):
        if g not in used_g and p not in used_p:
            pairs.append((g, p))
            used_g.add(g)
            used_p.add(p)
    return pairs


def _last_word(name: str | None) -> str:
    words = re.findall(r"[\w'’-]+", name.lower() if isinstance(name, str) else "")
    return re.sub(r"['’]s?$", "", words[-1]) if words else ""


def _normalised(name: str | None) -> str:
    name = re.sub(r"[^\w\s'’-]", " ", name.lower() if isinstance(name, str) else "")
    name = re.sub(r"^\s*(?:the|a|an)\s+", "", name)
    return " ".join(name.split())


def speaker_right(predicted: str | None, gold: str | None, strict: bool = False) -> bool:
    """Whether a predicted speaker agrees with the gold one (last word, or whole name when strict)."""
    if strict:
        return _normalised(predicted) == _normalised(gold)
    return _last_word(predicted) == _last_word(gold)


@dataclass
class Tally:
    """Counts for one slice (all, direct or indirect quotes)."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    predicted_matched: int = 0
    speaker: int = 0
    strict: int = 0
    high: int = 0
    high_right: int = 0
    articles: int = 0
    top_right: int = 0
    top3_right: int = 0
    distance: float = 0.0
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        precision = ratio(self.predicted_matched, self.predicted)
        recall = ratio(self.matched, self.gold)
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1(precision, recall),
            "attribution_f1": f1(ratio(self.speaker, self.predicted), ratio(self.speaker, self.gold)),
            "speaker_accuracy": ratio(self.speaker, self.matched),
            "strict_speaker_accuracy": ratio(self.strict, self.matched),
            "high_accuracy": ratio(self.high_right, self.high),
            "top_speaker": ratio(self.top_right, self.articles),
            "top3": ratio(self.top3_right, self.articles),
            "share_distance": self.distance / self.articles if self.articles else 0.0,
        }

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            if name != "errors":
                setattr(self, name, getattr(self, name) + getattr(other, name))


def half(identifier: str) -> str:
    """``tune`` or ``check``: the half an article belongs to, by a hash of its id."""
    return "tune" if hashlib.sha1(identifier.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def _shares(text: str, spans: list[tuple[int, int, str | None]]) -> dict[str, float]:
    """Share of words per speaker (by last word; unattributed words under a key no gold speaker has)."""
    counts: dict[str, int] = {}
    for start, end, speaker in spans:
        key = _last_word(speaker) or "\x00unattributed"
        counts[key] = counts.get(key, 0) + len(re.findall(r"\w+", text[start:end]))
    total = sum(counts.values())
    return {k: v / total for k, v in counts.items()} if total else {}


def _top(shares: dict[str, float], n: int) -> set[str]:
    return {k for k, _ in sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))[:n]}


def share_agreement(text: str, gold: list[dict], predicted: list[dict]) -> tuple[bool, bool, float] | None:
    """(top speaker right, top three right as a set, total-variation distance), or None with no gold words."""
    gold_shares = _shares(text, [(q["start"], q["end"], q.get("speaker")) for q in gold])
    if not gold_shares:
        return None
    kit = _shares(text, [(r["start"], r["end"], r["speaker"]) for r in predicted])
    keys = set(gold_shares) | set(kit)
    distance = 0.5 * sum(abs(gold_shares.get(k, 0.0) - kit.get(k, 0.0)) for k in keys)
    n = min(3, len(gold_shares))
    return _top(kit, 1) == _top(gold_shares, 1), _top(kit, n) == _top(gold_shares, n), distance


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _predict(text: str) -> tuple[list[dict], float]:
    began = time.perf_counter()
    frame = quotes(Article.from_text(text))
    elapsed = time.perf_counter() - began
    rows = frame[frame["kind"] != "scare"].to_dict("records")
    return rows, elapsed


def _located(text: str, quote: dict) -> dict | None:
    """The gold quote with offsets; a quote given without them is found by its text, else dropped."""
    if isinstance(quote.get("start"), int) and isinstance(quote.get("end"), int):
        return quote
    words = (quote.get("quote") or "").strip()
    at = text.find(words) if words else -1
    return {**quote, "start": at, "end": at + len(words)} if at >= 0 else None


def _marked(row: dict) -> bool:
    return row["kind"] in ("direct", "partial")


def score_ggt(documents: Iterable[dict], show_errors: int = 0) -> tuple[dict[str, Tally], list[tuple[float, str]]]:
    """Tallies for all / direct / indirect quotes, and (seconds, id) per article."""
    tallies = {name: Tally() for name in ("all", "direct", "indirect")}
    timings = []
    for number, document in enumerate(documents):
        text = document["text"]
        predicted, elapsed = _predict(text)
        timings.append((elapsed, str(document.get("id", number))))
        gold = [_located(text, q) for q in document.get("quotes", [])]
        gold = [q for q in gold if q is not None]
        gold_spans = [strip_span(text, q["start"], q["end"]) for q in gold]
        pred_spans = [strip_span(text, r["start"], r["end"]) for r in predicted]
        pairs = match_spans(gold_spans, pred_spans)
        matched_gold = {g: p for g, p in pairs}
        matched_pred = {p for _, p in pairs}
        agreement = share_agreement(text, gold, predicted)
        if agreement is not None:
            tallies["all"].articles += 1
            tallies["all"].top_right += agreement[0]
            tallies["all"].top3_right += agreement[1]
            tallies["all"].distance += agreement[2]
        for g, p in pairs:
            if predicted[p].get("confidence") == "high":
                tallies["all"].high += 1
                tallies["all"].high_right += speaker_right(predicted[p]["speaker"], gold[g]["speaker"])
        for name, tally in tallies.items():
            in_gold = [g for g, q in enumerate(gold) if name == "all" or q["has_quote_marks"] == (name == "direct")]
            in_pred = [p for p, r in enumerate(predicted) if name == "all" or _marked(r) == (name == "direct")]
            tally.gold += len(in_gold)
            tally.predicted += len(in_pred)
            tally.predicted_matched += sum(p in matched_pred for p in in_pred)
            for g in in_gold:
                if g not in matched_gold:
                    if name == "all" and len(tally.errors) < show_errors:
                        tally.errors.append(
                            f"MISSED {text[gold[g]['start'] : gold[g]['end']][:90]!r} ({gold[g]['speaker']})"
                        )
                    continue
                row = predicted[matched_gold[g]]
                tally.matched += 1
                tally.speaker += speaker_right(row["speaker"], gold[g]["speaker"])
                tally.strict += speaker_right(row["speaker"], gold[g]["speaker"], strict=True)
                if (
                    name == "all"
                    and not speaker_right(row["speaker"], gold[g]["speaker"])
                    and len(tally.errors) < show_errors
                ):
                    tally.errors.append(f"SPEAKER {row['speaker']!r} != {gold[g]['speaker']!r}: {row['text'][:70]!r}")
        if show_errors:
            for p, row in enumerate(predicted):
                if p not in matched_pred and len(tallies["all"].errors) < show_errors:
                    tallies["all"].errors.append(f"EXTRA {row['kind']} {row['text'][:90]!r} ({row['speaker']})")
    return tallies, timings


def score_polnear(documents: Iterable[dict]) -> tuple[Tally, list[tuple[float, str]]]:
    """Content-span tally for PolNeAR attributions; ``speaker`` counts source overlaps."""
    tally = Tally()
    timings = []
    for number, document in enumerate(documents):
        text = document["text"]
        predicted, elapsed = _predict(text)
        timings.append((elapsed, str(document.get("id", number))))
        gold = [a for a in document.get("attributions", []) if a.get("content")]
        gold_spans = [
            strip_span(text, min(c["start"] for c in a["content"]), max(c["end"] for c in a["content"])) for a in gold
        ]
        pred_spans = [strip_span(text, r["start"], r["end"]) for r in predicted]
        pairs = match_spans(gold_spans, pred_spans)
        tally.gold += len(gold)
        tally.predicted += len(predicted)
        tally.matched += len(pairs)
        tally.predicted_matched += len(pairs)
        for g, p in pairs:
            row = predicted[p]
            sources = gold[g].get("source", [])
            hit = row["mention_start"] is not None and any(
                int(row["mention_start"]) < s["end"] and int(row["mention_end"]) > s["start"] for s in sources
            )
            name_hit = any(speaker_right(row["speaker"], s.get("text")) for s in sources)
            tally.speaker += hit or name_hit
            tally.strict += hit
    return tally, timings


def _print_table(tallies: dict[str, Tally]) -> None:
    print(f"{'':10}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'attrF1':>8}{'spk':>7}{'strict':>8}")
    for name, tally in tallies.items():
        f = tally.figures()
        print(
            f"{name:10}{tally.gold:>6}{tally.predicted:>6}{f['precision']:>7.3f}{f['recall']:>7.3f}{f['f1']:>7.3f}"
            f"{f['attribution_f1']:>8.3f}{f['speaker_accuracy']:>7.3f}{f['strict_speaker_accuracy']:>8.3f}"
        )
    f = tallies["all"].figures()
    print(
        f"share table, {tallies['all'].articles} articles: top speaker right {f['top_speaker']:.3f}, "
        f"top 3 right {f['top3']:.3f}, mean distance {f['share_distance']:.3f}; "
        f"rows marked high: {tallies['all'].high}, right {f['high_accuracy']:.3f}"
    )


def _split_documents(documents: list[dict]) -> dict[str, list[dict]]:
    halves: dict[str, list[dict]] = {"tune": [], "check": []}
    for number, document in enumerate(documents):
        halves[half(str(document.get("id", number)))].append(document)
    return {**halves, "all": documents}


def _print_ggt(documents: list[dict], split: str, show_errors: int) -> None:
    """Figures for the tune half, the check half and the whole set; errors from the chosen half."""
    halves = _split_documents(documents)
    timings: list[tuple[float, str]] = []
    results: dict[str, dict[str, Tally]] = {}
    for name in ("tune", "check"):
        results[name], part_timings = score_ggt(halves[name], show_errors if name == split else 0)
        timings.extend(part_timings)
    results["all"] = {key: Tally() for key in ("all", "direct", "indirect")}
    for name in ("tune", "check"):
        for key, tally in results["all"].items():
            tally.add(results[name][key])
    for name, tallies in results.items():
        print(f"-- {name}: {len(halves[name])} articles")
        _print_table(tallies)
        print(f"marked-quote recall: {tallies['direct'].figures()['recall']:.3f}")
    _print_timing(timings)
    if show_errors and split != "tune":
        print("errors are printed for the tune half only (--split tune): the check half stays unread")
    for line in results["tune"]["all"].errors if split == "tune" else []:
        print(line)


def _print_timing(timings: list[tuple[float, str]]) -> None:
    total = sum(t for t, _ in timings)
    slowest = max(timings) if timings else (0.0, "-")
    print(f"time: {total:.2f} s for {len(timings)} articles; slowest {slowest[1]} ({slowest[0] * 1000:.0f} ms)")


def _kit_gold(folder: Path) -> list[dict]:
    """The bundled articles' hand annotation as GenderGapTracker-style documents (scare items left out)."""
    from ..article import load_article

    documents = []
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = load_article(gold["file"].removesuffix(".txt")).text
        quotes_ = [
            {**q, "has_quote_marks": q["kind"] in ("direct", "partial")} for q in gold["quotes"] if q["kind"] != "scare"
        ]
        documents.append({"id": path.stem, "text": text, "quotes": quotes_})
    return documents


def score_kit_gold(documents: list[dict]) -> tuple[int, int, int, list[str]]:
    """(matched, right by last word, right by whole name or an also_accept name, misses) over the documents."""
    matched = right = strict = 0
    misses = []
    for document in documents:
        text, gold = document["text"], document["quotes"]
        predicted, _ = _predict(text)
        pairs = match_spans(
            [strip_span(text, q["start"], q["end"]) for q in gold],
            [strip_span(text, r["start"], r["end"]) for r in predicted],
        )
        for g, p in pairs:
            names = [gold[g]["speaker"], *gold[g].get("also_accept", [])]
            said = predicted[p]["speaker"]
            matched += 1
            right += any(speaker_right(said, n) for n in names)
            ok = any(speaker_right(said, n, strict=True) for n in names)
            strict += ok
            if not ok:
                misses.append(f"{document['id']}: {said!r} != {names[0]!r}: {predicted[p]['text'][:60]!r}")
    return matched, right, strict, misses


def _print_kit_gold(folder: Path) -> None:
    documents = _kit_gold(folder)
    matched, right, strict, misses = score_kit_gold(documents)
    gold = sum(len(d["quotes"]) for d in documents)
    print(f"{folder.name}: {len(documents)} bundled articles, {gold} quotations (scare items left out)")
    print(
        f"matched {matched} ({ratio(matched, gold):.3f} of the gold); speaker right {ratio(right, matched):.3f}, "
        f"strict {ratio(strict, matched):.3f}"
    )
    for line in misses:
        print("STRICT MISS", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m civics_kit.evaluate quotes")
    parser.add_argument(
        "path", help="a .jsonl file (GenderGapTracker or PolNeAR style), or a folder of the kit's gold .json files"
    )
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="also print up to N errors (tune half)")
    parser.add_argument(
        "--split", choices=("tune", "check", "all"), default="tune", help="the half whose errors --errors prints"
    )
    args = parser.parse_args(argv)
    path = Path(args.path)
    if path.is_dir():
        _print_kit_gold(path)
        return 0
    if not path.is_file():
        print(f"skipped: {path} not found (the evaluation data is not part of civics_kit)")
        return 0
    documents = _read(path)
    print(f"{path.name}: {len(documents)} articles")
    quotes("")  # load pandas before the clock starts
    if documents and "attributions" in documents[0]:
        tally, timings = score_polnear(documents)
        f = tally.figures()
        print(
            f"PolNeAR content spans: gold {tally.gold}, predicted {tally.predicted}, matched {tally.matched}; "
            f"P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f}"
        )
        print(
            f"source of matched: mention overlaps a gold source {f['strict_speaker_accuracy']:.3f}, "
            f"overlap or same last word {f['speaker_accuracy']:.3f}"
        )
        _print_timing(timings)
        return 0
    _print_ggt(documents, args.split, args.errors)
    return 0
