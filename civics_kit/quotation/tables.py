"""The public tables: quotes, quote_share, voices."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..article import Article, as_article
from ..language import warn_if_not_english
from .attribution import TEACHER, Decision, _fill_speakers, corrections, teacher_speaker
from .clustering import _Entity, _Resolver, _same_person
from .lexicon import _OFFICIAL, _WORD
from .records import Row
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


def _quoted_words(text: str, row: Row) -> int:
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


def _record(article: Article, decision: Decision, corrected: dict[str, str]) -> dict[str, object]:
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
    return {
        "start": row.start,
        "end": row.end,
        "text": text[row.start : row.end],
        "words": len(_WORD.findall(text[row.start : row.end])),
        "quoted_words": _quoted_words(text, row),
        "speaker": name,
        "speaker_mention": mention.mention if mention is not None else None,
        "mention_start": mention.start if mention is not None else None,
        "mention_end": mention.end if mention is not None else None,
        "role": role,
        "kind": row.kind,
        "cue": row.cue,
        "paragraph": row.paragraph,
        "named": bool(named),
        "via": _via(article, row),
        "confidence": confidence,
        "how": how,
    }


def _analyse(article: Article) -> tuple[list[Decision], _Resolver]:
    """The quotation rows of an article with their decisions, and the entity layer (built once)."""
    resolver = _Resolver(article)
    rows = _raw_rows(article)
    return (_fill_speakers(article, rows, resolver) if rows else []), resolver


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
    import pandas as pd

    article = as_article(article)
    warn_if_not_english(article)
    decisions, _ = _analyse(article)
    if not decisions:
        return _empty(QUOTE_COLUMNS)
    corrected = corrections(article)
    records = [_record(article, decision, corrected) for decision in decisions]
    records.sort(key=lambda r: (r["start"], r["end"]))
    columns: dict[str, object] = {}
    for column in QUOTE_COLUMNS:
        values = [r[column] for r in records]
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
    import pandas as pd

    if by not in ("words", "quotes"):
        raise ValueError(f"quote_share(by={by!r}): use by='words' or by='quotes'.")
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"quote_share(kinds=...): unknown kind {unknown[0]!r}; the kinds are {', '.join(KINDS)}.")
    frame = article if isinstance(article, pd.DataFrame) else quotes(article)
    frame = frame[frame["kind"].isin(list(kinds))]
    if frame.empty:
        return _empty(SHARE_COLUMNS)
    counted = frame["quoted_words"].where(frame["kind"] != "indirect", frame["words"])
    work = frame.assign(
        speaker=frame["speaker"].fillna(UNATTRIBUTED), counted=counted.astype(int), role=frame["role"].fillna("")
    )
    grouped = work.groupby("speaker", sort=True).agg(
        quotes=("kind", "size"), words=("counted", "sum"), named=("named", "max"), role=("role", _first_role)
    )
    grouped = grouped.reset_index()
    total = grouped["words" if by == "words" else "quotes"].sum()
    if total == 0:
        grouped["share"] = 0.0
    else:
        grouped["share"] = (grouped["words" if by == "words" else "quotes"] / total).astype(float)
    grouped["role"] = grouped["role"].astype(object).where(grouped["role"] != "", None)
    grouped = grouped.sort_values(["share", "quotes", "speaker"], ascending=[False, False, True], kind="stable")
    return grouped[list(SHARE_COLUMNS)].reset_index(drop=True)


def _first_role(roles: pd.Series) -> str:
    return next((r for r in roles if r), "")


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
    import pandas as pd

    frame = article if isinstance(article, pd.DataFrame) else quotes(article)
    frame = frame[frame["kind"] != "scare"]
    if frame.empty:
        return _empty(VOICE_COLUMNS)
    records = []
    for speaker, group in frame.assign(speaker=frame["speaker"].fillna(UNATTRIBUTED)).groupby("speaker", sort=True):
        role = next((r for r in group["role"] if isinstance(r, str) and r), None)
        direct = int(group["kind"].isin(["direct", "partial"]).sum())
        paraphrased = int((group["kind"] == "indirect").sum())
        if direct and paraphrased:
            heard = "quoted and paraphrased"
        elif direct:
            heard = "quoted directly"
        else:
            heard = "paraphrased only"
        official = speaker != UNATTRIBUTED and bool(_OFFICIAL.search(f"{speaker} {role or ''}"))
        records.append(
            {
                "speaker": speaker,
                "role": role,
                "named": bool(group["named"].any()),
                "official": official,
                "quotes": len(group),
                "direct": direct,
                "paraphrased": paraphrased,
                "heard": heard,
            }
        )
    out = pd.DataFrame.from_records(records, columns=list(VOICE_COLUMNS))
    out["role"] = pd.Series([r["role"] for r in records], dtype=object, index=out.index)
    return out.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable").reset_index(drop=True)
