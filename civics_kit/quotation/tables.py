"""The public tables: quotes, quote_share, voices."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..article import Article, as_article
from ..language import warn_if_not_english
from .attribution import TEACHER, Decision, _fill_speakers, corrections, teacher_speaker
from .clustering import _Entity, _Resolver, _same_person
from .lexicon import _OFFICIAL, _WORD
from .records import QuoteRecord, Row, ShareRecord, VoiceRecord
from .reported import _raw_rows

if TYPE_CHECKING:
    import pandas as pd


QUOTE_COLUMNS = (
    "start",
    "end",
    "text",
    "words",
    "quoted_words",
    "speaker",
    "speaker_mention",
    "mention_start",
    "mention_end",
    "role",
    "kind",
    "cue",
    "paragraph",
    "named",
    "via",
    "confidence",
    "how",
)
"""The columns of :func:`quotes`, in order."""

SHARE_COLUMNS = ("speaker", "quotes", "words", "share", "named", "role")
"""The columns of :func:`quote_share`, in order."""

ENTITY_COLUMNS = ("entity", "name", "kind", "role", "mentions", "quotes")
"""The columns of :func:`entities`, in order."""

CONFIDENCE = ("high", "medium", "low")
"""The values of ``confidence`` in :func:`quotes`, surest first."""

VOICE_COLUMNS = ("speaker", "role", "named", "official", "quotes", "direct", "paraphrased", "heard")
"""The columns of :func:`voices`, in order."""

KINDS = ("direct", "partial", "indirect", "scare")
UNATTRIBUTED = "(unattributed)"


def _empty(columns: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def _quoted_words(text: str, row: Row, words: int) -> int:
    """The words of the row inside marks; ``words``: all the words of the row."""
    if len(row.marks) == 1 and row.marks[0].inner_start <= row.start and row.marks[0].inner_end >= row.end:
        return words  # the row is inside its one quotation: every word is quoted
    total = 0
    for mark in row.marks:
        lo, hi = max(mark.inner_start, row.start), min(mark.inner_end, row.end)
        if hi > lo:
            total += len(_WORD.findall(text[lo:hi]))
    return total


def _via(article: Article, row: Row) -> str | None:
    if row.via:
        return row.via
    for excerpt in article.excerpts:
        if excerpt.start <= row.start < excerpt.end:
            return excerpt.source
    return None


def _record(article: Article, decision: Decision, corrected: dict[str, str]) -> QuoteRecord:
    row, entity = decision.row, decision.entity
    text = article.text
    mention = row.speaker if (row.speaker is not None and not row.floating) else None
    if entity is not None:
        name, named = entity.name, entity.named
        role = (mention.role if mention is not None and mention.role else None) or entity.role
    else:
        name, named, role = None, False, mention.role if mention is not None else None
    confidence, how = decision.confidence, decision.how
    teacher = teacher_speaker(text[row.start : row.end], corrected) if row.kind != "scare" else None
    if teacher is not None:
        name, named, confidence, how = teacher, True, "high", TEACHER
        role = None if entity is None or entity.name != teacher else role
    if name is None:
        confidence = "low"
    quoted = text[row.start : row.end]
    words = len(_WORD.findall(quoted))
    return QuoteRecord(
        row.start,
        row.end,
        quoted,
        words,
        _quoted_words(text, row, words),
        name,
        mention.mention if mention is not None else None,
        mention.start if mention is not None else None,
        mention.end if mention is not None else None,
        role,
        row.kind,
        row.cue,
        row.paragraph,
        bool(named),
        _via(article, row),
        confidence,
        how,
    )


def _analyse(article: Article) -> tuple[list[Decision], _Resolver]:
    """The quotation rows of an article with their decisions, and the entity layer (built once per article)."""
    return article._cached(("quotation",), lambda: _decide(article))


def _decide(article: Article) -> tuple[list[Decision], _Resolver]:
    resolver = _Resolver(article)
    rows = _raw_rows(article)
    return (_fill_speakers(article, rows, resolver) if rows else []), resolver


def quote_records(article: Article) -> tuple[QuoteRecord, ...]:
    """The rows of :func:`quotes` as plain records, in reading order (worked out once per article)."""
    corrected = corrections(article)
    return article._cached(("quotes", tuple(sorted(corrected.items()))), lambda: _quote_records(article, corrected))


def _quote_records(article: Article, corrected: dict[str, str]) -> tuple[QuoteRecord, ...]:
    decisions, _ = _analyse(article)
    records = [_record(article, decision, corrected) for decision in decisions]
    records.sort(key=lambda r: (r.start, r.end))
    return tuple(records)


_KIND_NAMES = {"person": "person", "single": "person", "group": "group", "org": "organisation"}


def _all_mentions(text: str, entity: _Entity) -> list[tuple[str, int, int]]:
    """Where the article names an entity: its resolved mentions, and every full name or surname of a person."""
    found = set(entity.mentions)
    if entity.named:
        words = [" ".join(entity.tokens)] if entity.tokens else [entity.name]
        if entity.kind in ("person", "single") and entity.tokens:
            words.append(entity.tokens[-1])
        for word in words:
            for match in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text):
                if not any(s <= match.start() < e for _, s, e in found if (e - s) > len(word)):
                    found.add((match.group(), match.start(), match.end()))
    return sorted(found, key=lambda m: (m[1], -m[2]))


def entities(article: Article | str) -> pd.DataFrame:
    """The people, groups and organisations the article names or quotes: one row each.

    Columns: ``entity`` (a number, in order of first mention), ``name`` (the
    canonical name, or an unnamed source as worded), ``kind`` (person, group,
    organisation or unknown), ``role`` (title or description, else None),
    ``mentions`` (every mention as a ``(text, start, end)`` tuple, with
    ``article.text[start:end] == text``) and ``quotes`` (quotations attributed
    to it, scare quotes not counted). Nobody's gender is in the frame.

    >>> import civics_kit as ck
    >>> people = ck.entities(ck.load_article()).set_index("name")
    >>> people.loc["Bernard Parks", "kind"], int(people.loc["Bernard Parks", "quotes"])
    ('person', 5)
    >>> people.loc["Bernard Parks", "mentions"][:2]              # (text, start, end) of each mention
    [('Bernard Parks', 1614, 1627), ('Parks', 1985, 1990)]
    """
    import pandas as pd

    article = as_article(article)
    decisions, resolver = _analyse(article)
    counts: dict[int, int] = {}
    for decision in decisions:
        if decision.entity is not None and decision.row.kind != "scare":
            counts[id(decision.entity)] = counts.get(id(decision.entity), 0) + 1
    known = list({id(e): e for e in resolver.entities}.values())
    titled = {tokens for _, _, tokens in resolver.titled}
    for _, tokens in resolver.names:  # people the article names but never quotes: with a title, or a he/she
        person = tokens in titled or tokens in resolver.genders
        if person and not any(e.kind in ("person", "single") and _same_person(tokens, e.tokens) for e in known):
            known.append(_Entity(" ".join(tokens), "person", True, None, None, tokens))
    records = []
    for entity in known:
        mentions = _all_mentions(article.text, entity)
        if not mentions:
            continue
        records.append(
            {
                "name": entity.name,
                "kind": _KIND_NAMES.get(entity.kind, "unknown"),
                "role": entity.role,
                "mentions": mentions,
                "quotes": counts.get(id(entity), 0),
            }
        )
    if not records:
        return _empty(ENTITY_COLUMNS)
    records.sort(key=lambda r: (r["mentions"][0][1], r["name"]))
    frame = pd.DataFrame.from_records(records, columns=list(ENTITY_COLUMNS[1:]))
    frame.insert(0, "entity", range(len(frame)))
    frame["role"] = pd.Series([r["role"] for r in records], dtype=object)
    frame["quotes"] = frame["quotes"].astype("int64")
    return frame


def quotes(article: Article | str) -> pd.DataFrame:
    """One row per quotation (act of reported speech) in ``article``, in reading order.

    Columns:

    - ``start``, ``end``, ``text``: what is reported, as offsets into
      ``article.text`` (``text == article.text[start:end]``). For a direct quote,
      the words inside the marks (marks excluded); for reported speech, the
      reported clause, quoted fragments inside it included.
    - ``words``: words in ``text``; ``quoted_words``: those of them inside marks.
    - ``speaker``: the canonical name ("Bernard Parks", not "Parks" or "he"), an
      unnamed source as the article words it ("federal officials"), or None
      when the quote cannot be attributed with confidence.
    - ``speaker_mention``, ``mention_start``, ``mention_end``: the words that
      name the speaker at this quote (None for a quote that continues the
      previous speaker without naming them).
    - ``role``: the title or description the article gives ("City Councilman").
    - ``kind``: ``direct`` (all reported words in marks), ``partial`` (reported
      speech quoting a fragment), ``indirect`` (no marks), ``scare`` (a quoted
      label nobody is saying at that point).
    - ``cue``: the reporting words ("said", "have said", "told", "according to").
    - ``paragraph``: the index of the paragraph in ``article.paragraphs``.
    - ``named``: True for a named person or organisation, False for an unnamed
      or unattributed source.
    - ``via``: the outlet the quote was relayed through (an excerpt "From the
      story:", or "X reported that S found ..."), else None.
    - ``confidence``: ``high``, ``medium`` or ``low``: how sure the kit is of
      the speaker (always ``low`` when ``speaker`` is None).
    - ``how``: in plain words, the rule that named the speaker ("named in the
      same sentence", "'she': the woman quoted just before", "set by the
      teacher").

    A teacher can correct a speaker before class: in the article's sidecar
    (``NAME.json`` beside ``NAME.txt``, or ``meta=`` of :class:`Article`), a
    ``"quote_speakers"`` object maps a quotation's opening words to its speaker.

    >>> import civics_kit as ck
    >>> article = ck.load_article()
    >>> found = ck.quotes(article)
    >>> row = found[found["speaker"] == "Charlie Beck"].iloc[0]
    >>> row.kind, row.role
    ('partial', 'Los Angeles Police Department chief')
    >>> article.text[row.start : row.end] == row.text            # every row points back to the text
    True
    >>> sorted(set(found["kind"]))
    ['direct', 'indirect', 'partial', 'scare']
    >>> row.confidence, row.how                                   # how sure, and why
    ('high', 'named in the same sentence')
    """
    article = as_article(article)
    warn_if_not_english(article)
    return quote_frame(quote_records(article))


def quote_frame(records: Sequence[tuple]) -> pd.DataFrame:
    """The frame of :func:`quotes` from its records (any tuples with those fields first, in that order)."""
    import pandas as pd

    if not records:
        return _empty(QUOTE_COLUMNS)
    columns: dict[str, object] = {}
    for column, values in zip(QUOTE_COLUMNS, zip(*records, strict=False), strict=False):
        if column in ("mention_start", "mention_end"):
            columns[column] = pd.array(values, dtype="Int64")
        elif column in ("start", "end", "words", "quoted_words", "paragraph"):
            columns[column] = pd.array(values, dtype="int64")
        elif column == "named":
            columns[column] = pd.array(values, dtype=bool)
        else:
            columns[column] = pd.Series(values, dtype=object)
    return pd.DataFrame(columns)


def quote_share(
    article: Article | str | pd.DataFrame,
    by: str = "words",
    kinds: tuple[str, ...] | list[str] = ("direct", "partial"),
) -> pd.DataFrame:
    """How much each speaker is quoted: one row per speaker, largest share first.

    Columns: ``speaker`` (unattributed quotes are grouped as "(unattributed)"),
    ``quotes`` (rows counted), ``words`` (words counted: ``quoted_words`` of
    direct, partial and scare rows, all ``words`` of indirect rows), ``share``
    (of all counted ``by="words"`` or ``by="quotes"``; the shares sum to 1),
    ``named`` and ``role``. ``kinds`` chooses which kinds of quotation count
    (default: the speakers' own words, ``direct`` and ``partial``). Accepts an
    article, text, or a frame from :func:`quotes`.

    >>> import civics_kit as ck
    >>> share = ck.quote_share(ck.load_article())
    >>> share.loc[0, "speaker"]                                   # the most quoted speaker
    'Bernard Parks'
    >>> round(float(share["share"].sum()), 6)                      # the shares add up to 1
    1.0
    """
    if by not in ("words", "quotes"):
        raise ValueError(f"quote_share(by={by!r}): use by='words' or by='quotes'.")
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"quote_share(kinds=...): unknown kind {unknown[0]!r}; the kinds are {', '.join(KINDS)}.")
    return share_frame(share_records(_quoted(article), by, kinds))


def _quoted(source: Article | str | pd.DataFrame) -> Sequence[QuoteRecord]:
    """The quotation records of an article, or the rows of a frame from :func:`quotes` as records."""
    if hasattr(source, "columns") and hasattr(source, "itertuples"):  # a DataFrame (pandas is not imported here)
        return _records_of_frame(source)
    article = as_article(source)
    warn_if_not_english(article)
    return quote_records(article)


def _missing(value: object) -> bool:
    """None, NaN or pandas' NA: what ``fillna`` fills."""
    return value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType"


def _records_of_frame(frame: pd.DataFrame) -> list[QuoteRecord]:
    """A frame from :func:`quotes` (the corpus's too: extra columns are fine) read back as records."""
    fields = QuoteRecord._fields
    present = [name for name in fields if name in frame.columns]
    columns = [frame[name].tolist() for name in present]
    blank = dict.fromkeys(fields)
    out = []
    for values in zip(*columns, strict=True):
        row = {**blank, **dict(zip(present, values, strict=True))}
        for name in ("speaker", "role"):
            if _missing(row[name]):
                row[name] = None
        out.append(QuoteRecord(**row))
    return out


def share_records(
    records: Sequence[QuoteRecord], by: str = "words", kinds: tuple[str, ...] | list[str] = ("direct", "partial")
) -> list[ShareRecord]:
    """The rows of :func:`quote_share`, counted from quotation records (no DataFrame)."""
    chosen = set(kinds)
    speakers: dict[str, list] = {}  # speaker -> [quotes, words, named, role]
    for record in records:
        if record.kind not in chosen:
            continue
        counted = int(record.words if record.kind == "indirect" else record.quoted_words)
        speaker = UNATTRIBUTED if _missing(record.speaker) else record.speaker
        tally = speakers.setdefault(speaker, [0, 0, False, ""])
        tally[0] += 1
        tally[1] += counted
        tally[2] = tally[2] or bool(record.named)
        if not tally[3] and record.role:
            tally[3] = record.role
    if not speakers:
        return []
    total = sum(t[0 if by == "quotes" else 1] for t in speakers.values())
    rows = [
        ShareRecord(name, t[0], t[1], (t[0 if by == "quotes" else 1] / total) if total else 0.0, t[2], t[3] or None)
        for name, t in sorted(speakers.items())
    ]
    rows.sort(key=lambda r: (-r.share, -r.quotes))  # stable: names in order within a tie
    return rows


def share_frame(rows: Sequence[ShareRecord]) -> pd.DataFrame:
    """The frame of :func:`quote_share` from its records."""
    import pandas as pd

    if not rows:
        return _empty(SHARE_COLUMNS)
    speaker, quotes_, words, share, named, role = zip(*rows, strict=True)
    return pd.DataFrame(
        {
            "speaker": pd.Series(speaker),  # the default string dtype, as a groupby key becomes
            "quotes": pd.array(quotes_, dtype="int64"),
            "words": pd.array(words, dtype="int64"),
            "share": pd.array(share, dtype="float64"),
            "named": pd.array(named, dtype=bool),
            "role": pd.Series(role, dtype=object),
        }
    )


def voices(article: Article | str | pd.DataFrame) -> pd.DataFrame:
    """Who is heard and how, for the "who is missing?" lesson: one row per speaker.

    Columns: ``speaker``, ``role``, ``named`` (a named person or organisation),
    ``official`` (the role or name points to a government, police or elected
    office: a word-list heuristic), ``quotes`` (quotations, scare quotes not
    counted), ``direct`` (in their own words: direct and partial), ``paraphrased``
    (indirect), and ``heard``: "quoted directly", "quoted and paraphrased" or
    "paraphrased only". Unattributed quotes are one row, "(unattributed)".

    >>> import civics_kit as ck
    >>> heard = ck.voices(ck.load_article())
    >>> heard.set_index("speaker").loc["Charlie Beck", "heard"]
    'quoted directly'
    """
    return voice_frame(voice_records(_quoted(article)))


def _heard(direct: int, paraphrased: int) -> str:
    if direct and paraphrased:
        return "quoted and paraphrased"
    return "quoted directly" if direct else "paraphrased only"


def voice_records(records: Sequence[QuoteRecord]) -> list[VoiceRecord]:
    """The rows of :func:`voices`, counted from quotation records (no DataFrame)."""
    speakers: dict[str, list] = {}  # speaker -> [role, named, quotes, direct, paraphrased]
    for record in records:
        if record.kind == "scare":
            continue
        speaker = UNATTRIBUTED if _missing(record.speaker) else record.speaker
        tally = speakers.setdefault(speaker, [None, False, 0, 0, 0])
        if tally[0] is None and isinstance(record.role, str) and record.role:
            tally[0] = record.role
        tally[1] = tally[1] or bool(record.named)
        tally[2] += 1
        tally[3] += record.kind in ("direct", "partial")
        tally[4] += record.kind == "indirect"
    rows = []
    for speaker, (role, named, count, direct, paraphrased) in sorted(speakers.items()):
        official = speaker != UNATTRIBUTED and bool(_OFFICIAL.search(f"{speaker} {role or ''}"))
        rows.append(
            VoiceRecord(speaker, role, named, official, count, direct, paraphrased, _heard(direct, paraphrased))
        )
    rows.sort(key=lambda r: -r.quotes)  # stable: names in order within a tie
    return rows


def voice_frame(rows: Sequence[VoiceRecord]) -> pd.DataFrame:
    """The frame of :func:`voices` from its records."""
    import pandas as pd

    if not rows:
        return _empty(VOICE_COLUMNS)
    out = pd.DataFrame.from_records([r._asdict() for r in rows], columns=list(VOICE_COLUMNS))
    out["role"] = pd.Series([r.role for r in rows], dtype=object, index=out.index)
    return out
