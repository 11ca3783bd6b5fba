"""Step 5: each quotation to a mention, each mention to an entity, in reading order."""

from __future__ import annotations

from ..article import Article
from .clustering import _Entity, _Resolver
from .records import Row


def _fill_speakers(article: Article, rows: list[Row]) -> list[tuple[Row, _Entity | None]]:
    """Resolve every row's speaker in reading order; floating quotes take the previous speaker."""
    resolver = _Resolver(article)
    resolved: list[tuple[Row, _Entity | None]] = []
    last: tuple[Row, _Entity] | None = None
    by_mark: dict[int, _Entity | None] = {}
    for row in sorted(rows, key=lambda r: (r.start, r.end)):
        entity = None
        if row.floating:
            chained = [by_mark.get(m.start) for m in row.marks if m.continued]
            newcomer = None if any(chained) else resolver.newcomer(row.start, last[0].end if last else -1)
            if newcomer is not None:
                entity = newcomer
            elif last is not None and (row.paragraph - last[0].paragraph <= 1 or any(chained)):
                entity = last[1]
                row.cue = last[0].cue  # the quote goes on: same speaker, same reporting verb
                row.via = row.via or last[0].via if row.paragraph == last[0].paragraph else row.via
        elif row.speaker is not None:
            entity = resolver.resolve(row.speaker)
        if entity is not None and row.kind != "scare":
            last = (row, entity)
            resolver.recent.append((row.start, entity))
        for mark in row.marks:
            by_mark[mark.start] = entity
        resolved.append((row, entity))
    return _fill_chains_backwards(resolved)


def _fill_chains_backwards(resolved: list[tuple[Row, _Entity | None]]) -> list[tuple[Row, _Entity | None]]:
    """A quote broken over paragraphs takes the speaker named in a later piece ('..., said S')."""
    out = list(resolved)
    for k in range(len(out) - 2, -1, -1):
        row, entity = out[k]
        nxt_row, nxt_entity = out[k + 1]
        if entity is None and row.floating and any(m.continues for m in row.marks) and nxt_entity is not None:
            if any(m.continued for m in nxt_row.marks) or nxt_row.paragraph == row.paragraph + 1:
                out[k] = (row, nxt_entity)
    return out


# ---------------------------------------------------------------- public functions
