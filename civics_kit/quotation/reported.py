"""What each cue reports (the quotation or clause on its other side), and the rows of a whole article."""

from __future__ import annotations

import bisect
import re

from ..article import Article
from .aftercue import _after_cue, _left_content, _reports_clause
from .cues import (
    _OPENING_PHRASE,
    _QUOTED_AS,
    _Cue,
    _find_cues,
    _speaker_after,
    _speaker_before,
    _subject,
)
from .cuewords import _FIRST_WORDS, _first_word_spans
from .lexicon import _MARKS_ONLY, _MASK, _PARTICIPLES, _SCARE_BEFORE, _WORD, _lazy
from .marks import _MARK_CHARS, _masked, article_marks
from .mentions import parse_speaker
from .records import Mark, Row, Speaker

# Patterns the functions below use, compiled once.
_LEADING_THAT = _lazy(r"^\s*that\b")
_AND_OR_BUT_THEN_QUOTE = _lazy(r"(?:and|but)\s+\x01")
_CONJUNCTION_THEN_WORD = _lazy(r"(?:but|and|though|although|while|because|so|yet)\s+\w+")
_ENDS_IN_SUBORDINATE_CLAUSE = _lazy(r"\b(?:when|if|because|than|whether|what|unless|whenever)\s+(?:\w+\s+){1,2}$")
_ENDS_WITH_PUNCTUATION = _lazy(r"[.!?:;,\"”’»…)]\s*$")
_SPACED_PREPOSITION = _lazy(r"\s+(?:of|for|from|by|at|in|on)\s+")
_STOP_OR_COMMA = _lazy(r"[.!?,…]")
_LEADING_CONNECTIVE = _lazy(r"(?:but|and|so|adding|noting)\s+", re.IGNORECASE)
_LEADING_THAT_ANY_CASE = _lazy(r"^that\s+", re.IGNORECASE)


def _attribute_unit(
    article: Article,
    start: int,
    end: int,
    marks: list[Mark],
    paragraph: int,
    first_words: list[tuple[int, int]] | None = None,
) -> tuple[list[Row], set[int]]:
    """Rows for the quotations one unit attributes, and the starts of the marks they used.

    ``first_words``: the spans of the cues' first words in the masked unit, when they are known already.
    """
    text = article.text
    masked = _masked(text, start, end, marks)
    cues = _find_cues(text, masked, start, first_words)
    rows: list[Row] = []
    used: set[int] = set()
    floor = start
    previous: Speaker | None = None
    cues = [c for c in cues if not _embedded(masked, start, c)]
    for cue in cues:
        if cue.verb in _PARTICIPLES and not _QUOTED_AS.search(masked[: cue.start - start]):
            speaker, zone = None, cue.start
        else:
            speaker, zone = _speaker_before(text, masked, start, cue, floor)
        cue.zone_start, cue.zone_end = zone, cue.end
        if cue.verb == "according to" or (speaker is None and _inverted_position(masked, start, zone, cue)):
            speaker, cue.zone_end = _speaker_after(text, masked, start, cue)
            cue.inverted = True
            cue.zone_start = cue.start
        if speaker is None and cue.verb != "according to":
            speaker = previous if previous is not None else _subject(text, masked, start, cue.start)
            cue.inherited = True
            cue.zone_start = cue.start
        cue.speaker = speaker
        if speaker is not None:
            previous = speaker
        floor = cue.zone_end
    floor = start
    pending_via: str | None = None
    skipped: set[int] = set()
    for k, cue in enumerate(cues):
        if k in skipped:
            continue
        following = [c for j, c in enumerate(cues) if j > k and j not in skipped]
        limit = following[0].zone_start if following else end
        if cue.speaker is None:
            floor = max(floor, cue.zone_end)
            continue
        quote_before = masked[: cue.zone_start - start].rstrip().endswith((_MASK, "," + _MASK, _MASK + ","))
        mode, at = _after_cue(masked, cue.zone_end - start, cue.verb, quote_before)
        regions: list[tuple[int, int, bool]] = []  # (start, end, is_post)
        left = _left_content(masked, floor - start, cue.zone_start - start)
        if left is not None and _only_an_opening_phrase(masked, *left):
            left = None  # 'In an interview, Lee said, "..."': how she said it, not what
        if cue.verb == "according to" and left is None and mode == "comma":
            regions.append((start + at + 1, limit, False))  # "According to S, CLAUSE."
        elif mode == "content":
            if left is not None and cue.inverted:
                regions.append((start + left[0], start + left[1], True))
            regions.append((start + at, limit, False))
        else:
            if left is not None:
                regions.append((start + left[0], start + left[1], True))
            if mode == "comma" and left is not None and _continues(masked, at + 1, limit - start):
                regions.append((start + at + 1, limit, False))
            elif mode == "comma" and left is None and masked[at + 1 : limit - start].lstrip().startswith(_MASK):
                regions.append((start + at + 1, limit, False))  # 'A statement from the EU said, "Q"'
        made = []
        for r_start, r_end, is_post in regions:
            made.extend(_rows_for_region(text, masked, start, r_start, r_end, marks, cue, paragraph, is_post))
        if (
            not made
            and mode == "content"
            and following
            and not _LEADING_THAT.sub("", masked[at : limit - start]).strip()
        ):
            if cue.verb in _RELAY:
                pending_via = cue.speaker.name or cue.speaker.mention  # "X reported that S found ..."
                floor = max(floor, cue.zone_end)
                continue
            # "Wojtaszek said she agreed with ...": the second verb is part of what is reported
            skipped.add(cues.index(following[0]))
            limit = following[1].zone_start if len(following) > 1 else end
            made = _rows_for_region(text, masked, start, start + at, limit, marks, cue, paragraph, False)
        for row in made:
            if pending_via and row.via is None:
                row.via = pending_via
            used.update(m.start for m in row.marks)
        pending_via = None
        rows.extend(made)
        if made:
            floor = max([floor, cue.zone_end] + [r.end for r in made])
    return rows, used


def _only_an_opening_phrase(masked: str, start: int, end: int) -> bool:
    """Whether the stretch before ``, S said`` is only a phrase that sets the scene ("In a statement,")."""
    opener = _OPENING_PHRASE.match(masked, start)
    return opener is not None and opener.end() >= end and _MASK not in masked[start:end]


_RELAY = frozenset("reported reports report wrote writes published publishes according to".split()) | {"according to"}


def _continues(masked: str, start: int, end: int) -> bool:
    """Whether the words after ``, S said,`` go on with the quotation (marks, or "but ...")."""
    rest = masked[start:end].strip()
    if rest.startswith(_MASK) or _AND_OR_BUT_THEN_QUOTE.match(rest):
        return True
    return _CONJUNCTION_THEN_WORD.match(rest) is not None and len(rest.split()) >= 4


def _embedded(masked: str, offset: int, cue: _Cue) -> bool:
    """A cue inside a subordinate clause of what is reported ("they are lying when they say ...")."""
    before = masked[max(0, cue.start - offset - 40) : cue.start - offset]
    return _ENDS_IN_SUBORDINATE_CLAUSE.search(before) is not None


def _inverted_position(masked: str, offset: int, zone: int, cue: _Cue) -> bool:
    """True for ``"Q," said S`` and ``CLAUSE, said S``: nothing but a comma before the cue."""
    before = masked[: cue.start - offset].rstrip()
    return before.endswith((",", _MASK, "?", "!")) and cue.verb not in _PARTICIPLES


def _trim_region(text: str, start: int, end: int) -> tuple[int, int]:
    while True:
        old = (start, end)
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        lead = _LEADING_CONNECTIVE.match(text, start, end)
        if lead and lead.end() < end:
            start = lead.end()
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
            end -= 1
        end = _before_trailing_conjunction(text, start, end)
        if (start, end) == old:
            return start, end


def _before_trailing_conjunction(text: str, start: int, end: int) -> int:
    r"""Where spaces and a last "and", "but" or "or" start in ``text[start:end]`` (``end`` when it has none).

    The text ends in no space here, so this is where ``\s+(?:and|but|or)$`` matches, found from the end.
    """
    for word in ("and", "but", "or"):
        if text.endswith(word, start, end):
            at = end - len(word)
            while at > start and text[at - 1].isspace():
                at -= 1
            return at if at < end - len(word) else end
    return end


def _rows_for_region(
    text: str,
    masked: str,
    offset: int,
    start: int,
    end: int,
    marks: list[Mark],
    cue: _Cue,
    paragraph: int,
    is_post: bool,
) -> list[Row]:
    start, end = _trim_region(text, start, end)
    if end <= start:
        return []
    inside = [m for m in marks if m.start < end and m.end > start]
    outside = masked[start - offset : end - offset]
    outside_words = len(_WORD.findall(_LEADING_THAT_ANY_CASE.sub("", outside)))
    if inside and outside_words == 0:
        rows = []
        for mark in inside:
            if _WORD.search(text, mark.inner_start, mark.inner_end):
                rows.append(
                    Row(mark.inner_start, mark.inner_end, "direct", paragraph, cue.cue, cue.speaker, marks=[mark])
                )
        return rows
    if outside_words < 3 and not inside:
        return []
    if not inside and not _reports_clause(cue.verb, text, start, end):
        return []
    if cue.verb in _MARKS_ONLY:
        # 'called the plan "a disgrace"': what is reported is the quoted words only
        return [
            Row(m.inner_start, m.inner_end, "direct", paragraph, cue.cue, cue.speaker, marks=[m])
            for m in inside
            if _WORD.search(text, m.inner_start, m.inner_end)
        ]
    if text[start] in "\"“«‘'" and any(m.start == start for m in inside):
        start += 1
    if text[end - 1] in "\"”»’'" and any(m.end == end for m in inside):
        end -= 1
    scare = [m for m in inside if _is_scare(text, masked, offset, m)]
    kind = "partial" if len(scare) < len(inside) else "indirect"
    row = Row(start, end, kind, paragraph, cue.cue, cue.speaker, marks=inside)
    rows = [row]
    for mark in scare:
        rows.append(Row(mark.inner_start, mark.inner_end, "scare", paragraph, cue.cue, cue.speaker, marks=[mark]))
    return rows


def _is_scare(text: str, masked: str, offset: int, mark: Mark) -> bool:
    """A short quoted label inside reported speech ('of being a "sanctuary city"')."""
    words = _WORD.findall(text[mark.inner_start : mark.inner_end])
    if not words or len(words) > 3:
        return False
    before = text[max(0, mark.start - 20) : mark.start]
    return _SCARE_BEFORE.search(before) is not None


# ---------------------------------------------------------------- the whole article

_HEADER = frozenset({"section", "headline", "byline", "credit", "front-matter"})
_CAPTION = _lazy(r"\((?:[^()]{0,60}/[^()]{0,60}|[^()]{0,60}\b(?:Images|Photo|Getty|Reuters)\b[^()]{0,40})\)\s*$")
_BOILERPLATE = _lazy(
    r"(?:(?:READ MORE|RELATED|WATCH|LISTEN|MORE|SEE ALSO|ALSO READ|CLICK HERE)\b\s*[:|]"
    r"|(?:article|story) continue[sd]? below|advertisement\s*$)",
    re.IGNORECASE,
)


def _sentences_by_paragraph(article: Article) -> dict[int, list[tuple[int, int]]]:
    grouped: dict[int, list[tuple[int, int]]] = {}
    for sentence in article.sentences:
        grouped.setdefault(sentence.paragraph, []).append((sentence.start, sentence.end))
    return grouped


def _join_units(text: str, sentences: list[tuple[int, int]], marks: list[Mark]) -> list[tuple[int, int]]:
    """Join sentences wherever a quotation runs across the boundary between them.

    A short attribution split off after a question or exclamation inside marks
    (``"Who cares?" Moore said.``) joins the quotation before it.
    """
    starts = [m.start for m in marks]
    ends = {m.end for m in marks}
    units: list[tuple[int, int]] = []
    for start, end in sentences:
        k = bisect.bisect_left(starts, start) - 1
        crossed = k >= 0 and marks[k].end > start
        if units and units[-1][1] in ends and _attribution_only(text, start, end):
            crossed = True
        if units and crossed:
            units[-1] = (units[-1][0], end)
        else:
            units.append((start, end))
    return units


def _not_prose(paragraph: str) -> bool:
    """Boilerplate ("READ MORE: ..."), photo captions and subheadings inside the body."""
    if _BOILERPLATE.match(paragraph) or (paragraph.rstrip().endswith(")") and _CAPTION.search(paragraph)):
        return True  # a caption ends in its bracket
    short = len(paragraph.split(maxsplit=10)) <= 10 and "\n" not in paragraph
    return short and not _ENDS_WITH_PUNCTUATION.search(paragraph) and not _MARK_CHARS.search(paragraph)


def _attribution_only(text: str, start: int, end: int) -> bool:
    """ "Moore said." / "said Moore, a physicist." / "she asked.": a sentence that only attributes."""
    words = _WORD.findall(text, start, min(end, start + 200))
    if not words or len(words) > 12 or any(ch in text[start:end] for ch in '"“”«»'):
        return False
    return any(w.lower() in _FIRST_WORDS for w in words[:5])


def _raw_rows(article: Article) -> list[Row]:
    text = article.text
    marks_by_paragraph = article_marks(article)
    sentences = _sentences_by_paragraph(article)
    rows: list[Row] = []
    for paragraph in article.paragraphs:
        marks = marks_by_paragraph.get(paragraph.index, [])
        if paragraph.role in _HEADER or _not_prose(paragraph.text):
            rows.extend(
                Row(m.inner_start, m.inner_end, "scare", paragraph.index, marks=[m])
                for m in marks
                if m.inner_end > m.inner_start
            )
            continue
        tweet = _embedded_post(text, paragraph.start, paragraph.end, marks, paragraph.index)
        if tweet is not None:
            rows.append(tweet)
            continue
        mark_ends = [m.end for m in marks]
        for start, end in _join_units(article.text, sentences.get(paragraph.index, []), marks):
            first = bisect.bisect_right(mark_ends, start)
            unit_marks = []
            for mark in marks[first:]:
                if mark.start >= end:
                    break
                unit_marks.append(mark)
            first_words = None  # with no marks, the masked unit is its text: its cue words are read once, here
            if not unit_marks:
                first_words = _first_word_spans(text[start:end])
                if not first_words:
                    continue
            titles = [m for m in unit_marks if _is_title(text, m)]
            rows.extend(Row(m.inner_start, m.inner_end, "scare", paragraph.index, marks=[m]) for m in titles)
            unit_marks = [m for m in unit_marks if m not in titles]
            found, used = _attribute_unit(article, start, end, unit_marks, paragraph.index, first_words)
            rows.extend(found)
            rows.extend(
                _leftover_rows(text, start, end, [m for m in unit_marks if m.start not in used], paragraph.index)
            )
    return [row for row in rows if not _abstract_source(row)]


# what is no voice: a belief, reports, data, records ("a common belief says", "according to city documents")
_ABSTRACT = frozenset(
    "belief beliefs reports rumours rumors data documents records figures statistics numbers polls polling "
    "surveys research evidence estimates projections".split()
)


def _abstract_source(row: Row) -> bool:
    """A row whose speaker is no person or body but a belief, reports or data (unnamed, as worded)."""
    speaker = row.speaker
    if speaker is None or speaker.named or speaker.kind == "pronoun" or row.kind == "scare":
        return False
    head = _SPACED_PREPOSITION.split((speaker.name or speaker.mention).lower())[0].split()
    return bool(head) and head[-1] in _ABSTRACT


_SMALL_WORDS = frozenset("of the and a an in on at to for with de la".split())


def _is_title(text: str, mark: Mark) -> bool:
    """A title or a nickname in marks ('"Parasite" director', 'Sam "The Hammer" Ortiz'), not a quotation."""
    inner = text[mark.inner_start : mark.inner_end]
    words = inner.split()
    if not words or len(words) > 4 or not mark.closed or not inner[-1:].isalnum():
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words):
        return False
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    after = text[mark.end : mark.end + 2]
    return len(after) == 2 and after[0] == " " and after[1].isalnum()


_APPOSITIVE_NAME = _lazy(r"\s*,\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)\s*,")


def _colon_subject(text: str, start: int, mark: Mark) -> Speaker | None:
    """The subject of a sentence that introduces a quotation with a colon ('X issued a statement: "Q"')."""
    lead = text[start : mark.start].rstrip()
    if not lead.endswith(":") or len(lead.split()) > 40 or _MARK_CHARS.search(lead):
        return None
    speaker = _subject(text, lead, start, start + len(lead))
    if speaker is None or speaker.kind == "pronoun":
        return None
    named = _APPOSITIVE_NAME.match(text, speaker.end, start + len(lead))
    if not speaker.named and named:  # "A Republican Assemblywoman, Jill Tolles, also commented ...:"
        return parse_speaker(text, named.start(1), named.end(1), speaker.mention)
    return speaker


# a quotation signed with a dash at the end of its line: '"We will appeal." — Mary Ortiz, board chair'
# (reader reactions, pull quotes, epigraphs); the name is two to five capitalised words
_DASH_SIGNED = _lazy(
    r"[^\S\n]*(?:—|―|–|--?)[^\S\n]*(?P<who>[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){1,4})"
    r"(?:[^\S\n]*,[^\S\n]*(?P<role>[^\n\"“”«»]{1,100}?))?[^\S\n.]*\.?[^\S\n]*(?=\n|$)"
)


def _dash_signed(text: str, mark: Mark) -> Speaker | None:
    """The person who signs a quotation with a dash after it, at the end of the line."""
    signed = _DASH_SIGNED.match(text, mark.end, min(len(text), mark.end + 200))
    if signed is None or not mark.closed:
        return None
    who_end = signed.end("who")
    if text[who_end - 1] == ".":
        who_end -= 1
    speaker = parse_speaker(text, signed.start("who"), who_end, signed.group("role"))
    return speaker if speaker is not None and speaker.named else None


# an embedded post as news pages print it: 'TEXT https://t.co/x — Name (@handle) December 22, 2018'
_POST_SIGNATURE = _lazy(
    r"(?:\s+(?:https?://\S+|pic\.twitter\.com/\S+))*\s*(?:—|―|–|--?)\s*(?P<who>[^\s()@—―–][^()@—―–\n]{0,60}?)"
    r"\s*\(@\w{1,30}\)\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?\s*$"
)


def _embedded_post(text: str, start: int, end: int, marks: list[Mark], paragraph: int) -> Row | None:
    """A post (a tweet) embedded in the article: its words, given to the account that signs it."""
    if text.find("(@", start, end) < 0:
        return None
    signed = _POST_SIGNATURE.search(text, start, end)
    if signed is None:
        return None
    body_start, body_end = start, signed.start()
    while body_start < body_end and text[body_start] in ' \t"“”':
        body_start += 1
    while body_end > body_start and text[body_end - 1] in ' \t"“”':
        body_end -= 1
    if len(_WORD.findall(text, body_start, body_end)) < 2:
        return None
    speaker = parse_speaker(text, signed.start("who"), signed.end("who"))
    if speaker is None or not speaker.named:
        return None
    own = Mark(body_start, body_end, body_start, body_end, paragraph)  # every word is the poster's own
    return Row(body_start, body_end, "direct", paragraph, "posted", speaker, marks=[own, *marks])


def _leftover_rows(text: str, start: int, end: int, marks: list[Mark], paragraph: int) -> list[Row]:
    """Quotations no cue in their sentence claims: floating quotes and scare quotes."""
    rows = []
    unit_words = -1  # counted the first time a mark needs it
    for mark in marks:
        words = len(_WORD.findall(text[mark.inner_start : mark.inner_end]))
        if words == 0:
            continue
        signed = _dash_signed(text, mark) if words >= 2 else None
        if signed is not None:
            rows.append(Row(mark.inner_start, mark.inner_end, "direct", paragraph, "—", signed, marks=[mark]))
            continue
        ends = text[max(mark.inner_start, mark.inner_end - 2) : min(len(text), mark.end + 1)]
        if unit_words < 0:
            unit_words = len(_WORD.findall(text, start, end))
        sentence_like = _STOP_OR_COMMA.search(ends) is not None or not mark.closed or mark.continues
        if words >= 8 and not mark.continued and not (sentence_like and words * 2 >= unit_words):
            # eight words or more are never scare; with no cue and not a sentence of its own, nobody is named
            rows.append(Row(mark.inner_start, mark.inner_end, "direct", paragraph, marks=[mark]))
        elif mark.continued or (sentence_like and words >= 2 and words * 2 >= unit_words):
            introduced = _colon_subject(text, start, mark)
            if introduced is not None:
                rows.append(Row(mark.inner_start, mark.inner_end, "direct", paragraph, ":", introduced, marks=[mark]))
                continue
            rows.append(Row(mark.inner_start, mark.inner_end, "direct", paragraph, floating=True, marks=[mark]))
        else:
            rows.append(Row(mark.inner_start, mark.inner_end, "scare", paragraph, marks=[mark]))
    return rows
