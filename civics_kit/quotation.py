"""Who is quoted and how much: quotations, their speakers, and each speaker's share.

Rule-based and fast (no language model). The method, in four passes:

1. **Marks.** Each paragraph is scanned for quotation marks: straight and curly
   double marks, guillemets (« » and » «), and single marks where they cannot be
   apostrophes ("there’s", "Angeles' chief" are not quotes). A paragraph that
   ends inside a quote continues when the next one opens with a mark (AP style);
   a mark left open runs to the end of its paragraph, never beyond it. Marks
   inside a quote (single inside double) are part of that quote.
2. **Units.** A paragraph's sentences are joined wherever a quote runs across
   them, so that ``"Q1. Q2," she said.`` is one unit.
3. **Cues.** Outside the marks, each unit is searched for a reporting verb
   (said, told, wrote, according to ...). Its speaker is the noun phrase before
   it (``S said``), after it (``"Q," said S``) or, for a participle
   (``..., saying "Q"``), the subject of the sentence. What is reported lies on
   the other side: the quote or clause before ``, S said``, or the clause after
   ``S said (that)``. A quote alone in its sentence with no cue takes the
   previous speaker (a quote-only paragraph continues the last voice).
4. **Names.** Titles and descriptions are split into ``role``; surnames, first
   names and pronouns are resolved to the full name introduced earlier ("he"
   and "she" to the last named person, "they" to the last group, "it" to the
   last organisation). A pronoun that cannot be resolved is left unattributed
   (``speaker`` is None) rather than guessed.

Public functions: :func:`quotes`, :func:`quote_share`, :func:`voices`.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .article import Article, as_article
from .language import warn_if_not_english

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["QUOTE_COLUMNS", "SHARE_COLUMNS", "VOICE_COLUMNS", "quote_share", "quotes", "voices"]

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
)
"""The columns of :func:`quotes`, in order."""

SHARE_COLUMNS = ("speaker", "quotes", "words", "share", "named", "role")
"""The columns of :func:`quote_share`, in order."""

VOICE_COLUMNS = ("speaker", "role", "named", "official", "quotes", "direct", "paraphrased", "heard")
"""The columns of :func:`voices`, in order."""

KINDS = ("direct", "partial", "indirect", "scare")
UNATTRIBUTED = "(unattributed)"

_MASK = "\x01"


class _LazyPattern:
    """A regular expression compiled on first use, so that ``import civics_kit`` stays fast."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> object:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return getattr(self._compiled, name)


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return _LazyPattern(pattern, flags)  # type: ignore[return-value]


_WORD = _lazy(r"\w+(?:['’\-]\w+)*")

# ---------------------------------------------------------------- lexicons

_SAY_VERBS = {
    # verbs that report speech with a bare clause after them ("S said it works")
    "say": "say says said saying",
    "tell": "tell tells told telling",
    "add": "add adds added adding",
    "write": "write writes wrote writing",
    "note": "note notes noted noting",
    "argue": "argue argues argued arguing",
    "warn": "warn warns warned warning",
    "explain": "explain explains explained explaining",
    "insist": "insist insists insisted insisting",
    "claim": "claim claims claimed claiming",
    "state": "state states stated stating",
    "tweet": "tweet tweets tweeted tweeting",
    "report": "report reports reported reporting",
}
_THAT_VERBS = {
    # verbs that report speech only with "that", a colon or a quotation after them
    "announce": "announce announces announced announcing",
    "concede": "concede concedes conceded conceding",
    "confirm": "confirm confirms confirmed confirming",
    "suggest": "suggest suggests suggested suggesting",
    "allege": "allege alleges alleged alleging",
    "acknowledge": "acknowledge acknowledges acknowledged acknowledging",
    "admit": "admit admits admitted admitting",
    "reply": "reply replies replied replying",
    "respond": "respond responds responded responding",
    "recall": "recall recalls recalled recalling",
    "estimate": "estimate estimates estimated estimating",
    "predict": "predict predicts predicted predicting",
    "declare": "declare declares declared declaring",
    "maintain": "maintain maintains maintained maintaining",
    "contend": "contend contends contended contending",
    "testify": "testify testifies testified testifying",
    "blast": "blast blasts blasted blasting",
    "complain": "complain complains complained complaining",
    "caution": "caution cautions cautioned cautioning",
    "stress": "stress stresses stressed stressing",
    "emphasize": "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
    "find": "find finds found finding",
    "ask": "ask asks asked asking",
    "continue": "continue continues continued continuing",
    "joke": "joke jokes joked joking",
    "promise": "promise promises promised promising",
    "point out": "point out points out pointed out pointing out",
    "go on": "go on goes on went on going on",
    "describe": "describe describes described describing",
    "call": "call calls called calling",
    "chant": "chant chants chanted chanting",
    "urge": "urge urges urged urging",
    "observe": "observe observes observed observing",
    "reiterate": "reiterate reiterates reiterated reiterating",
    "repeat": "repeat repeats repeated repeating",
    "mention": "mention mentions mentioned mentioning",
    "agree": "agree agrees agreed agreeing",
    "believe": "believe believes believed believing",
}
_BARE_CLAUSE = frozenset(w for forms in _SAY_VERBS.values() for w in forms.split())
_THAT_ONLY = frozenset(
    form
    for forms in _THAT_VERBS.values()
    for form in re.findall(r"\w+ (?:out|on)\b|\w+", forms)
    if form not in ("out", "on")
)
_PHRASAL = frozenset(form for forms in _THAT_VERBS.values() for form in re.findall(r"\w+ (?:out|on)\b", forms))
# "called"/"described" introduce speech only before a quotation: 'called it "a disgrace"'.
_MARKS_ONLY = frozenset(
    "describe describes described describing call calls called calling chant chants chanted chanting read reads "
    "ask asks asked asking joke jokes joked joking agree agrees agreed agreeing believe believes believed".split()
)
_VERB_WORDS = sorted(
    _BARE_CLAUSE
    | {"read", "reads"}
    | (_THAT_ONLY - {"go", "goes", "went", "going", "point", "points", "pointed", "pointing"})
    | _PHRASAL,
    key=len,
    reverse=True,
)


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    """The reporting-verb pattern; compiled on first use, which keeps ``import civics_kit`` fast."""
    return re.compile(
        r"(?<![\w'’-])(?P<cue>(?P<aux>(?-i:(?:(?:has|have|had|will|would|could|can|may|might|did|does|do)\s+)?))"
        r"(?P<verb>" + "|".join(re.escape(v) for v in _VERB_WORDS) + r"|according\s+to))(?![\w'’-])",
        re.IGNORECASE,
    )


_PARTICIPLES = frozenset(v for v in _VERB_WORDS if v.split()[0].endswith("ing"))

_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}
_PRONOUNS = {"he": "m", "she": "f", "they": "plural", "it": "org", "we": "plural", "i": None}
_TITLES = frozenset(
    """
    mr mr. mrs mrs. ms ms. mx dr dr. prof prof. sir dame lord lady rev rev. hon hon. sen sen. rep rep. gov gov.
    lt lt. sgt sgt. capt capt. col col. gen gen. cpl cpl. cst cst. det det. insp insp. supt supt. atty atty.
    president vice premier prime minister mayor deputy councilman councilwoman councillor councilor council
    alderman senator congressman congresswoman congressmember representative assemblyman assemblywoman
    assemblymember governor lieutenant chief commissioner superintendent inspector sergeant constable officer
    detective captain judge justice attorney general secretary ambassador chancellor chair chairman chairwoman
    chairperson director executive ceo cfo coo founder president-elect speaker leader mp mpp mla mna mep pm
    professor doctor pastor father bishop cardinal pope rabbi imam king queen prince princess sheriff marshal
    coach manager spokesman spokeswoman spokesperson analyst economist lawyer host reporter correspondent
    hereditary grand elder liberal conservative democrat democratic republican ndp green tory labour
    assistant associate acting interim former then- trustee treasurer auditor comptroller controller clerk
    registrar warden principal dean provost rector superintendent ombudsman ombudsperson delegate coordinator
    organizer organiser activist advocate researcher scientist engineer nurse architect builder farmer
    president-elect nominee candidate chancellor vice-president vp md rn phd esq
    """.split()
)
_PERSON_NOUNS = frozenset(
    """
    man woman boy girl person resident witness source official officer spokesperson spokesman spokeswoman
    analyst expert citizen member worker employee professional father mother son daughter wife husband
    brother sister friend neighbour neighbor victim survivor student teacher doctor nurse lawyer owner
    manager director chief leader activist protester driver passenger researcher scientist professor
    economist minister mayor councillor councilman councilwoman senator governor president investigator
    agent guard soldier parent organizer organiser representative aide adviser advisor staffer insider
    """.split()
)
_GROUP_NOUNS = frozenset(
    """
    officials critics activists residents experts people sources authorities police officers workers
    employees leaders members supporters opponents advocates analysts observers scientists researchers
    protesters demonstrators organizers organisers witnesses lawmakers legislators politicians voters
    parents students teachers doctors families neighbours neighbors chiefs prosecutors investigators
    economists councillors """.split()
)
_ORG_WORDS = frozenset(
    """
    department ministry police service services council board commission agency association union party
    government office company corp corp. corporation inc inc. ltd ltd. llc group institute university college
    school hospital court cross news press times post network bank foundation society committee centre
    center coalition federation assembly nations hydro program programme authority administration bureau
    force army navy statement release report study survey court campaign house senate congress parliament
    organization organisation firm club league church network channel newspaper magazine station radio
    airlines airline fund trust partners capital holdings industries communities affairs""".split()
)
# "the company" is the organisation the article is about; "the ministry" must be named as one
_ANY_ORG = frozenset("company utility firm agency group organization organisation retailer airline".split())
_UNNAMED_ORG = frozenset(
    "company group union government agency firm organization organisation department ministry police utility "
    "province city town county district school hospital university club team league network retailer airline "
    "statement release report study survey campaign council board commission party army".split()
)
_OFFICIAL = _lazy(
    r"\b(?:council\w*|mayor|police|chief|minist\w*|official|officials|government|department|senator|sen\.|"
    r"governor|gov\.|mp|mpp|mla|legislat\w*|congress\w*|assembly\w*|prime|premier|president|secretary|"
    r"commissioner|sheriff|judge|justice|prosecutor|attorney general|rcmp|lapd|fbi|federal|state|city|"
    r"county|municipal|public|agency|authorities|spokesperson for the \w+ (?:department|ministry|government))\b",
    re.IGNORECASE,
)
_LEADING_WORDS = frozenset(
    """
    but and or so yet although though while because since as when after before if whereas however
    meanwhile still now then also and, later earlier instead indeed moreover nevertheless nonetheless
    """.split()
)
_PARTICLES = frozenset("de da di del della der den van von la le du dos das bin ibn al el st st. mac".split())
_STOP_CAPS = frozenset("The A An This That These Those In On At For With From By It He She They We I".split())
_ADJUNCT_START = _lazy(
    r"(?:on|in|at|during|to|by|from|after|before|last|this|late|earlier|early|via|over|through|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|recently|"
    r"repeatedly|previously|also|again|publicly|privately|later|then|once|now|further|frequently)\b",
    re.IGNORECASE,
)
_CLAUSE_START = _lazy(
    r"(?:he|she|they|it|we|i|you|there|this|that|these|those|the|a|an|his|her|their|its|our|my|no|some|"
    r"many|most|all|every|any|each|both|more|less|only|police|people|[A-Z][\w'’.-]*)\b"
)
_SCARE_BEFORE = _lazy(
    r"(?:\b(?:a|an|the|so-called|called|dubbed|term|terms|word|words|label|labels|labelled|labeled|"
    r"as|being|of|its|their|his|her|our|this|that|these|those|calls|call|named|known)\s*)$",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class Mark:
    """A quoted stretch: ``inner_start``/``inner_end`` exclude the marks themselves."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    paragraph: int
    closed: bool = True
    continues: bool = False  # runs on into the next paragraph (AP style)
    continued: bool = False  # continues a quote from the previous paragraph


@dataclass
class Speaker:
    """What the text says about who speaks, before and after resolution."""

    mention: str
    start: int
    end: int
    name: str | None = None
    role: str | None = None
    kind: str = "unknown"  # person, group, org, pronoun, unknown
    named: bool = False
    gender: str | None = None


@dataclass
class Row:
    """One quotation before it becomes a DataFrame row."""

    start: int
    end: int
    kind: str
    paragraph: int
    cue: str | None = None
    speaker: Speaker | None = None
    via: str | None = None
    chain: int | None = None
    floating: bool = False
    marks: list[Mark] = field(default_factory=list)


# ---------------------------------------------------------------- marks

_DOUBLE = {'"': "either", "“": "open", "”": "close", "„": "open", "«": "open", "»": "close"}
_SINGLE = {"'": "either", "‘": "open", "’": "close", "‹": "open", "›": "close"}
_MARK_CHARS = _lazy("[\"“”„«»'‘’‹›]")
_LEFT_BOUNDARY = "([{—–-/…:;,\u00a0"
_RIGHT_BOUNDARY = ".,;:!?)]}—–-…"


def _context(text: str, i: int, lo: int, hi: int) -> tuple[str, str]:
    left = text[i - 1] if i > lo else " "
    right = text[i + 1] if i + 1 < hi else " "
    return left, right


def _double_role(ch: str, left: str, right: str, swapped: bool) -> str:
    role = _DOUBLE[ch]
    if swapped and ch in "«»":
        role = "close" if role == "open" else "open"
    left_edge = left.isspace() or left in _LEFT_BOUNDARY or left in "“‘«"
    right_edge = right.isspace() or right in _RIGHT_BOUNDARY or right in "”’»"
    if role == "either":
        if left_edge and not right_edge:
            return "open"
        if right_edge and not left_edge:
            return "close"
        return "either"
    if role == "close" and left_edge and not right_edge and left.isspace():
        return "open"  # a closing curly mark typed where an opening one belongs
    return role


def _single_role(ch: str, left: str, right: str) -> str | None:
    """'open', 'close' or None for an apostrophe ("there’s", "’90s", "rock ’n’ roll")."""
    left_edge = left.isspace() or left in _LEFT_BOUNDARY or left in '“"«'
    right_edge = right.isspace() or right in _RIGHT_BOUNDARY or right in '”"»'
    if left.isalnum() and right.isalnum():
        return None
    if left_edge and right.isalpha():
        return "open" if _SINGLE[ch] != "close" or left.isspace() else None
    if right_edge and not left.isspace():
        return "close"
    return None


def find_marks(text: str, start: int, end: int, paragraph: int, carried: bool = False) -> list[Mark]:
    """The quoted stretches of ``text[start:end]`` (one paragraph), outermost only.

    ``carried`` says the previous paragraph ended inside a quote and this one
    continues it. The last quote may be left open (``closed=False``); it then
    runs to ``end``.
    """
    found: list[Mark] = []
    swapped = _guillemets_swapped(text, start, end)
    open_at: int | None = None
    open_kind = ""
    single_open: int | None = None
    for match in _MARK_CHARS.finditer(text, start, end):
        i, ch = match.start(), match.group()
        left, right = _context(text, i, start, end)
        if ch in _DOUBLE:
            if open_kind == "single":
                continue  # nested inside a single-quoted stretch
            role = _double_role(ch, left, right, swapped)
            if open_at is None:
                if role in ("open", "either") and not right.isspace():
                    open_at, open_kind = i, "double"
            elif role in ("close", "either"):
                found.append(Mark(open_at, i + 1, open_at + 1, i, paragraph))
                open_at, open_kind = None, ""
        elif open_kind != "double":
            role = _single_role(ch, left, right)
            if role == "open" and single_open is None and open_at is None:
                single_open, open_at, open_kind = i, i, "single"
            elif role == "close" and single_open is not None:
                found.append(Mark(single_open, i + 1, single_open + 1, i, paragraph))
                single_open, open_at, open_kind = None, None, ""
    if open_at is not None and open_kind == "double":
        inner_end = _trim_end(text, open_at + 1, end)
        found.append(Mark(open_at, end, open_at + 1, inner_end, paragraph, closed=False))
    if carried and found and found[0].start == _first_char(text, start, end):
        found[0] = replace(found[0], continued=True)
    return found


def _guillemets_swapped(text: str, start: int, end: int) -> bool:
    first_open, first_close = text.find("«", start, end), text.find("»", start, end)
    return first_close != -1 and (first_open == -1 or first_close < first_open)


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    i = _first_char(text, start, end)
    while i < end and text[i] in ".…":
        i += 1  # "...“Q" opens a cut quotation
    return i < end and text[i] in '"“«„‘'


def article_marks(article: Article) -> dict[int, list[Mark]]:
    """The marks of every paragraph, with AP-style continuations linked."""
    text = article.text
    by_paragraph: dict[int, list[Mark]] = {}
    carried = False
    paragraphs = article.paragraphs
    for position, paragraph in enumerate(paragraphs):
        marks = find_marks(text, paragraph.start, paragraph.end, paragraph.index, carried)
        carried = False
        opening = by_paragraph.get(paragraph.index)
        if opening:  # set by the paragraph before: a quotation that runs on without a new opening mark
            marks = [opening[0], *[m for m in marks if m.start >= opening[0].end]]
        if marks and not marks[-1].closed:
            following = paragraphs[position + 1] if position + 1 < len(paragraphs) else None
            if following is not None and _opens_with_mark(text, following.start, following.end):
                marks[-1] = replace(marks[-1], continues=True)
                carried = True
            elif following is not None and (closer := _stray_closer(text, following.start, following.end)) is not None:
                # "... the decision-maker [new paragraph] based on the recommendation ...," said Nicholson.
                marks[-1] = replace(marks[-1], continues=True)
                run_on = Mark(following.start, closer + 1, following.start, closer, following.index, continued=True)
                by_paragraph[following.index] = [run_on]
        by_paragraph[paragraph.index] = marks
    return by_paragraph


def _stray_closer(text: str, start: int, end: int) -> int | None:
    """Where a paragraph's first double mark closes a quotation it never opened, if it does."""
    for match in _MARK_CHARS.finditer(text, start, min(end, start + 600)):
        ch = match.group()
        if ch not in _DOUBLE:
            continue
        left, right = _context(text, match.start(), start, end)
        role = _double_role(ch, left, right, False)
        if role in ("close", "either") and not left.isspace() and (right.isspace() or right in _RIGHT_BOUNDARY):
            return match.start()
        return None
    return None


# ---------------------------------------------------------------- units


def _units(article: Article, paragraph_index: int, marks: list[Mark]) -> list[tuple[int, int]]:
    """Sentences of one paragraph, joined wherever a quote runs across them."""
    spans = [(s.start, s.end) for s in article.sentences if s.paragraph == paragraph_index]
    units: list[tuple[int, int]] = []
    for start, end in spans:
        if units and any(m.start < units[-1][1] and m.end > start for m in marks):
            units[-1] = (units[-1][0], end)
        elif units and any(m.start < start < m.inner_end for m in marks):
            units[-1] = (units[-1][0], end)
        else:
            units.append((start, end))
    return units


def _masked(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """``text[start:end]`` with each quoted stretch (marks included) replaced by ``_MASK``."""
    chars = list(text[start:end])
    for mark in marks:
        for i in range(max(mark.start, start), min(mark.end, end)):
            chars[i - start] = _MASK
    return "".join(chars)


# ---------------------------------------------------------------- speakers

_TOKEN = _lazy(r"[\w'’.&-]+")
_MALE = frozenset(
    "mr mr. he him his councilman congressman assemblyman spokesman chairman father son husband brother king "
    "prince sir lord man boy".split()
)
_FEMALE = frozenset(
    "mrs mrs. ms ms. she her councilwoman congresswoman assemblywoman spokeswoman chairwoman mother daughter "
    "wife sister queen princess dame lady woman girl".split()
)


_PREFIXED_NAME = _lazy(r"(?:al|el|de|da|di|van|von|bin|ibn|d|o|mc)[-'’][A-Z]")


def _is_name_token(token: str) -> bool:
    if token.lower() in _PARTICLES or _PREFIXED_NAME.match(token):
        return True  # "de", "al-Shabaab", "d'Estaing"
    if re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)*", token):
        return True  # an initial: "Harry J. Kazianis"
    return token[:1].isupper() and token.lower().rstrip(".") not in _TITLES and token.lower() not in _TITLES


def _name_run(tokens: list[re.Match[str]]) -> tuple[int, int] | None:
    """Index range of the proper name at the end of ``tokens`` ("City Councilman [Bernard Parks]")."""
    end = len(tokens)
    while end > 0 and tokens[end - 1].group() in (".",):
        end -= 1
    i = end
    while i > 0:
        word = tokens[i - 1].group()
        if _is_name_token(word):
            i -= 1
        elif word == "and" and i - 1 > 0 and i < end and _is_name_token(tokens[i - 2].group()):
            i -= 1  # "Tore Sohlberg and Lehla Abreder"
        else:
            break
    while i < end and (tokens[i].group() in _STOP_CAPS or tokens[i].group().lower() in _PARTICLES):
        i += 1
    if i >= end or not (tokens[i].group()[:1].isupper() or _PREFIXED_NAME.match(tokens[i].group())):
        return None
    return i, end


def _affiliation(tokens: list) -> int | None:
    """Index of "with"/"from"/"at" after a person's name ("Tim Guest with the health authority")."""
    for k, token in enumerate(tokens):
        if token.group() in ("with", "from", "at", "of") and k >= 2:
            run = _name_run(tokens[:k])
            if (
                run is not None
                and run[1] - run[0] >= 2
                and _name_kind([t.group() for t in tokens[run[0] : k]], "") == "person"
            ):
                return k
    return None


def _affiliated_run(tokens: list, run: tuple[int, int]) -> bool:
    """ "the former sergeant-at-arms of the House of Commons": the capitalised words are where, not who."""
    before = [t.group().lower() for t in tokens[max(0, run[0] - 2) : run[0]]]
    return run[0] >= 2 and bool(before) and (before[-1] in ("of", "for", "at", "from") or before[-2:] == ["of", "the"])


def _common_noun_run(tokens: list, run: tuple[int, int]) -> bool:
    """ "Officials", "Critics", "City officials": a capitalised common noun is not a name."""
    words = [t.group().lower() for t in tokens[run[0] : run[1]]]
    nouns = _GROUP_NOUNS | _PERSON_NOUNS | _UNNAMED_ORG
    return words[-1] in nouns and all(w in nouns or w in ("city", "state", "federal", "local") for w in words)


def _gender(words: list[str]) -> str | None:
    lowered = {w.lower() for w in words}
    if lowered & _MALE:
        return "m"
    if lowered & _FEMALE:
        return "f"
    return None


def _clean_role(role: str) -> str | None:
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(" ,'’\""), flags=re.IGNORECASE)
    role = re.split(r"(?:^|\s+)(?:who|whose|which|that)\b", role)[0].strip(" ,")
    return role or None


def parse_speaker(text: str, start: int, end: int, appositive: str | None = None) -> Speaker | None:
    """Split the words naming a speaker (``text[start:end]``) into name, role and kind."""
    while end > start and text[end - 1] in " ." and not _abbreviation_before(text[start:end], end - start - 1):
        end -= 1  # a full stop that ends the sentence, not "Jr." or "D.C."
    tokens = list(_TOKEN.finditer(text, start, end))
    if not tokens:
        return None
    tokens = _cut_possessive(tokens)
    cut = _cut_statement(tokens)
    if not cut:
        first, last = tokens[0].start(), tokens[-1].end()
        return Speaker(text[first:last], first, last, kind="pronoun", gender="org")  # "a statement said"
    owner = _POSSESSIVE_PRONOUN.get(cut[0].group().lower()) if len(cut) == 1 and len(tokens) > 1 else None
    if owner is not None:
        first, last = tokens[0].start(), tokens[-1].end()
        # "her statement read": she speaks; the mention stays the words of the text
        return Speaker(text[first:last], first, last, name=owner, kind="pronoun", gender=_PRONOUNS[owner])
    tokens = cut
    first, last = tokens[0].start(), tokens[-1].end()
    words = [t.group() for t in tokens]
    if len(words) == 1 and words[0].lower().replace("’", "'") in ("i", "i'd", "i'm", "i've", "me", "we", "we're"):
        return None  # the writer speaking for themselves, not a source
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return Speaker(words[0], first, last, kind="pronoun", gender=_PRONOUNS[words[0].lower()])
    affiliation = _affiliation(tokens)
    if affiliation is not None:
        cut_at = affiliation
        appositive = ", ".join(a for a in (text[tokens[cut_at].start() : tokens[-1].end()], appositive) if a)
        tokens = tokens[:cut_at]
        first, last = tokens[0].start(), tokens[-1].end()
        words = [t.group() for t in tokens]
    run = _name_run(tokens)
    role_extra = _clean_role(appositive) if appositive else None
    if run is None or _common_noun_run(tokens, run) or _affiliated_run(tokens, run):
        return _description(text, tokens, role_extra)
    i, j = run
    if j - i == 1 and words[i].lower().replace("’", "'") in ("i", "i'd", "i'm", "i've", "i'll"):
        return None  # "a sentence I never thought I'd write": the writer, not a source
    name_start, name_end = tokens[i].start(), tokens[j - 1].end()
    name = text[name_start:name_end]
    role = _clean_role(text[first:name_start]) if i > 0 else None
    role = ", ".join(r for r in (role, role_extra) if r) or None
    kind = _name_kind(words[i:j], (role or "").lower())
    mention_start = first if kind == "org" and words[0].lower() == "the" else name_start
    speaker = Speaker(
        text[mention_start:name_end], mention_start, name_end, name=name, role=role, kind=kind, named=True
    )
    speaker.gender = _gender(words + (role_extra or "").split())
    return speaker


def _cut_possessive(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "the union's Friday release" -> "the union" (the owner of the statement speaks)."""
    for k, token in enumerate(tokens[:-1]):
        if token.group().endswith(("'s", "’s")) and k < len(tokens) - 1:
            rest = {t.group().lower() for t in tokens[k + 1 :]}
            if rest & {
                "statement",
                "release",
                "report",
                "email",
                "e-mail",
                "letter",
                "post",
                "tweet",
                "website",
                "spokesperson",
                "spokesman",
                "spokeswoman",
                "study",
                "analysis",
            }:
                return [*tokens[:k], _Stripped(token)]
    return tokens


class _Stripped:
    """A token match without its possessive ending."""

    def __init__(self, match: re.Match[str]) -> None:
        self._text = re.sub(r"['’]s$", "", match.group())
        self._start = match.start()

    def group(self) -> str:
        return self._text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._text)


def _cut_statement(tokens: list) -> list:
    words = [t.group().lower() for t in tokens]
    for k in range(1, len(words) - 1):
        if words[k] in ("from", "by") and words[k - 1] in (
            "statement",
            "release",
            "email",
            "e-mail",
            "letter",
            "spokesperson",
            "spokesman",
            "spokeswoman",
        ):
            return tokens[k + 1 :]
    return _cut_statement_tail(tokens)


def _cut_statement_tail(tokens: list) -> list:
    if len(tokens) > 1 and tokens[-1].group().lower() in ("statement", "release", "email", "e-mail", "letter"):
        rest = tokens[:-1]
        while rest and rest[-1].group().lower() in (
            "news",
            "press",
            "written",
            "emailed",
            "e-mailed",
            "joint",
            "a",
            "an",
            "the",
        ):
            rest = rest[:-1]
        return rest
    return tokens


def _name_kind(words: list[str], role: str) -> str:
    lowered = [w.lower().strip(".") for w in words]
    if any(w in _ORG_WORDS for w in lowered) or any(len(w) > 1 and w.isupper() and w.isalpha() for w in words):
        return "org"
    if re.search(
        r"\b(?:group|company|agency|firm|organi[sz]ation|charity|union|network|party|outlet|newspaper|broadcaster|website)\b",
        role,
    ):
        return "org"
    if "and" in lowered:
        return "group"
    return "person" if len(words) > 1 else "single"


def _description(text: str, tokens: list, role_extra: str | None) -> Speaker | None:
    """An unnamed speaker: "federal officials", "a city spokesperson", "critics"."""
    words = [t.group() for t in tokens]
    cut = len(words)
    for k, word in enumerate(words):
        if k > 0 and word.lower() in (
            "who",
            "whose",
            "which",
            "that",
            "present",
            "speaking",
            "during",
            "but",
        ):
            cut = k
            break
    tokens, words = tokens[:cut], words[:cut]
    if not tokens or len(words) > 8:
        return None
    if any(w.lower() in ("he", "she", "they", "it", "i", "we", "you") for w in words) or _FINITE.search(
        " ".join(words)
    ):
        return None  # a clause, not a description of someone
    if all(w.lower() in ("a", "an", "the", "this", "that", "all", "some") for w in words):
        return None
    before_preposition = re.split(r"\s+(?:of|for|with|at|from|in|on|to)\s+", " ".join(words))[0].split()
    while len(before_preposition) > 1 and before_preposition[-1].lower() in (
        "familiar",
        "close",
        "involved",
        "opposed",
    ):
        before_preposition.pop()
    head = before_preposition[-1].lower()
    if head in _UNNAMED_ORG or words[-1].lower() in ("it",):
        kind = "org"
    elif head in _GROUP_NOUNS or (head.endswith("s") and not head.endswith("ss")):
        kind = "group"
    elif head in _PERSON_NOUNS or head in _TITLES:
        kind = "person"
    else:
        kind = "unknown"
    if not words[0][:1].isalpha() or not (
        words[0][:1].islower() or words[0].lower() in ("the", "a", "an", "another", "one")
    ):
        if kind == "unknown":
            return None
    start, end = tokens[0].start(), tokens[-1].end()
    mention = text[start:end]
    return Speaker(mention, start, end, name=mention, role=role_extra, kind=kind, named=False, gender=_gender(words))


# ---------------------------------------------------------------- attribution in one unit


@dataclass
class _Cue:
    start: int  # absolute offsets of the cue words
    end: int
    cue: str
    verb: str
    speaker: Speaker | None = None
    inverted: bool = False
    inherited: bool = False
    zone_start: int = 0  # where this cue's attribution (speaker and cue) starts
    zone_end: int = 0


_HARD_BOUNDARY = _lazy(r"[\x01;:()\[\]—–]|\s--\s")
_PASSIVE = _lazy(r"(?:\b(?:is|was|were|been|be|being|are|it's)\s+)$", re.IGNORECASE)
_INVERTED_END = _lazy(
    r"[,.;:!?\x01()—–]|\s(?:in|on|at|during|after|before|to|from|with|who|when|while|as|adding|noting|via|over|through|"
    r"last|this|earlier|later|told|said|and\s+(?:added|said))\b"
)


_FIRST_WORDS = frozenset(v.split()[0] for v in _VERB_WORDS) | {"according"}
_LETTERS = _lazy(r"[A-Za-z]+")


def _cue_matches(masked: str) -> list[re.Match[str]]:
    """The cue matches of a unit; a set look-up first, the regular expression only where it can match."""
    found = []
    for word in _LETTERS.finditer(masked):
        if word.group().lower() in _FIRST_WORDS:
            at = max(0, word.start() - 8)
            match = _cue_pattern().search(masked, at, min(len(masked), word.end() + 4))
            while match is not None and match.end("verb") <= word.start():
                match = _cue_pattern().search(masked, match.end(), min(len(masked), word.end() + 4))
            if match is not None and match.start("verb") == word.start():
                found.append(match)
    return found


def _find_cues(text: str, masked: str, offset: int) -> list[_Cue]:
    cues = []
    for match in _cue_matches(masked):
        verb = re.sub(r"\s+", " ", match.group("verb").lower())
        before = masked[: match.start()]
        if match.group("verb")[0].isupper() and (verb != "according to" or before.strip(" \x01,")):
            continue  # "the United States", "Reports"
        after = masked[match.end() : match.end() + 12]
        if verb != "according to" and re.match(r"\s+to\s+(?:be|have)\b", after):
            continue  # "said to be", "believed to have been"
        if verb not in _BARE_CLAUSE and verb != "according to" and re.match(r"\s+to\b", after):
            continue
        if _PASSIVE.search(before) and verb != "according to":
            continue
        if verb not in ("according to",) and before.rstrip().endswith((" to", " not")):
            continue
        if _looks_like_noun(verb, before, masked[match.end() : match.end() + 30]):
            continue
        if verb in _PARTICIPLES and not re.search(
            r"(?:[,;\x01]|\b(?:and|while|before|after|also|quoted as))\s*$", before
        ):
            continue  # "shy away from pointing out", "a day of saying goodbye"
        cue_text = text[offset + match.start("cue") : offset + match.end("cue")]
        cues.append(_Cue(offset + match.start("cue"), offset + match.end("cue"), cue_text, verb))
    return cues


_DETERMINER = _lazy(
    r"(?:^|\s)(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|of|in|on|for|to|with|by|no|any|"
    r"some|each|every|new|first|last|one|state|federal|city|news|press|such|whose|which|final|initial)\s*$",
    re.IGNORECASE,
)
_PAST = _lazy(r"(?:ed|said|told|wrote|found|went on|pointed out)$")


_NP_START = frozenset("the a an his her their its our this that these he she they it we i".split())


def _looks_like_noun(verb: str, before: str, after: str | None = None) -> bool:
    """ "the state Assembly", "a report", "his claims": a cue word used as a noun."""
    if _PAST.search(verb) or verb.endswith("ing") or verb == "according to":
        return False
    if before.rstrip().endswith(",") and not before.rstrip().endswith(_MASK + ",") and after is not None:
        # "In January 2018, reports indicated": a noun; "..., says the mayor": an inverted cue
        following = re.match(r"\s*([A-Za-z]+)", after)
        if following and following.group(1).islower() and following.group(1) not in _NP_START:
            return True
    return _DETERMINER.search(before) is not None or not before.strip()


def _speaker_before(text: str, masked: str, offset: int, cue: _Cue, floor: int) -> tuple[Speaker | None, int]:
    """The speaker named just before the cue (``S said``), and where that naming starts."""
    rel_cue = cue.start - offset
    low = max(floor - offset, rel_cue - 300, 0)
    chunk = masked[low:rel_cue]
    boundaries = [m.end() for m in _HARD_BOUNDARY.finditer(chunk)]
    base = low + (boundaries[-1] if boundaries else 0)
    chunk = masked[base:rel_cue]
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^,]+|(?<=,)(?=,)|(?<=,)$", chunk)]
    if not parts or not chunk.strip():
        return None, base + offset
    appositive = None
    if chunk.rstrip().endswith(","):
        real = [p for p in parts if chunk[p[0] : p[1]].strip()]
        k = len(real) - 1
        while k >= 1 and _looks_like_description(chunk[real[k][0] : real[k][1]]):
            k -= 1  # "Rep. Ana Ruiz, D-Calif., the incoming chairwoman, said": skip every appositive
        if k < len(real) - 1:
            appositive = ", ".join(chunk[a:b].strip() for a, b in real[k + 1 :] if _clean_role(chunk[a:b]))
            part = real[k]
        elif real:
            part = real[-1]
        else:
            return None, base + offset
    else:
        part = parts[-1]
    p_start, p_end = base + part[0], base + part[1]
    pronoun = re.search(r"(?<![\w'’])(he|she|they)\s*$", _strip_trailing_adverbs(masked[p_start:p_end]))
    if pronoun and appositive is None:
        at = p_start + pronoun.start(1)
        return parse_speaker(text, offset + at, offset + at + len(pronoun.group(1))), offset + at
    if re.search(r"\b(?:and|but)\s*$", masked[p_start:p_end]) and len(masked[p_start:p_end].split()) > 2:
        return None, base + offset  # "Pompeo praised China's support and said ...": the subject speaks
    p_start = _skip_leading_words(masked, p_start, p_end)
    when = _TIME_OPENER.match(masked, p_start, p_end)
    if when:
        p_start = when.end()  # "In early March the company announced": the time is not the speaker
    that = list(_SUBORDINATE.finditer(masked[p_start:p_end]))
    if that:
        p_start += that[-1].end()
    # "... asked him about his health and Gillis suggested": a new clause starts after "and"
    joined = list(re.finditer(r"(?:^|\s)[a-z][\w'’-]*,?\s+(?:and|but|or)\s+(?=[A-Z])", masked[p_start:p_end]))
    if joined:
        p_start += joined[-1].end()
    p_end = p_start + len(_strip_trailing_adverbs(masked[p_start:p_end]))
    if len(masked[p_start:p_end].split()) > 12 or not masked[p_start:p_end].strip():
        return None, base + offset
    if not _noun_phrase(masked[p_start:p_end]):
        return None, base + offset
    if re.search(r"\b(?:who|which|where)\s*$", masked[p_start:p_end]):
        return None, base + offset
    speaker = parse_speaker(text, offset + p_start, offset + p_end, appositive)
    return speaker, offset + p_start


_TIME_OPENER = _lazy(
    r"\s*(?:In|On|By|Since|Until|Last|Earlier|Later|This)\s+(?:(?:early|mid|late|mid-)\s*)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"spring|summer|fall|autumn|winter|week|month|year|\d{4})\s+(?=[a-zA-Z])"
)
_SUBORDINATE = _lazy(
    r"\b(?:that|after|before|when|while|because|since|although|though|whereas|but|where|until|unless|as|so|if|"
    r"then|once)\s+"
)
_OPENING_PHRASE = _lazy(
    r"\s*(?:in|on|at|after|before|unlike|like|despite|during|with|for|from|since|while|when|as|although|though|"
    r"because|if|last|this|earlier|later|meanwhile|however|still|instead)\b[^,\x01]{0,60},\s*"
    r"|\s*(?:[A-Z][a-z]+ly|Down|Up|Back|Across|Outside|Inside|Elsewhere|Nearby|Overall|Now|Then|So|Also|Yet|"
    r"Under|Over|Among|Along|Around|Behind|Within|Without|Throughout|Amid|Against|Between|Once|Soon|Next|"
    r"First|Second|Third|Today|Yesterday|Tonight|Asked|Speaking|Asked)(?:\s+[a-z][\w'’-]*){0,5},\s*",
    re.IGNORECASE,
)
_DATELINE = _lazy(r"^[A-Z][A-Z .,'’-]{2,40}(?:\([^)]{1,20}\))?\s*(?:--|—|–|-)\s+")
_QUOTED_AS = _lazy(r"\b(?:was|were|is|are|been|being)\s+quoted\s+as\s*$", re.IGNORECASE)
_ADVERB_TAIL = _lazy(
    r"(?:\s+(?:(?:was|were|is|are|been|being)\s+quoted\s+as|also|later|earlier|then|again|once|still|further|first|previously|recently|repeatedly|"
    r"has|have|had|will|would|could|can|may|might|did|does|do|once|now|even|just|never|always|often|"
    r"[a-z]+ly))+\s*$"
)
_FINITE = _lazy(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|shall|must|"
    r"says|said|comprises|includes|wants|gets|got|made|makes|took|takes|became|becomes|remains|lost|won|"
    r"i'd|i'm|he's|she's|they're|we're|it's|there's|when|because|if)\b",
    re.IGNORECASE,
)


_TIME_TAIL = _lazy(
    r"(?:\s+(?:late|early|on|last|this|earlier|later))?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|yesterday|today|tonight|week|month|year|morning|afternoon|evening|night)\s*$",
    re.IGNORECASE,
)


def _strip_trailing_adverbs(part: str) -> str:
    part = _ADVERB_TAIL.sub("", part)
    trimmed = _TIME_TAIL.sub("", part)
    return trimmed if trimmed.strip() else part


def _noun_phrase(part: str) -> bool:
    """A rough check that the words before a cue name someone rather than say something."""
    if _FINITE.search(part):
        return False
    tokens = part.split()
    for k in range(1, len(tokens)):
        word = tokens[k]
        if word.islower() and word.endswith("ed") and tokens[k - 1][:1].isupper() and k == len(tokens) - 1:
            return False
        if (
            word.islower()
            and re.fullmatch(r"\w+ed", word)
            and tokens[k - 1][:1].isupper()
            and k + 1 < len(tokens)
            and tokens[k + 1].islower()
            and word not in _GROUP_NOUNS
            and word.rstrip("s") not in _PERSON_NOUNS
        ):
            return False  # "Roy Graf protested the bills"
    return len(tokens) <= 12


_ROLE_OF = _lazy(r"^[A-Z][\w'’.-]*\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:to|of|for|at)\s")


def _looks_like_description(part: str) -> bool:
    part = part.strip()
    if re.match(r"(?:who|whose|which)\b", part):
        return True  # "a citizen, whose name is redacted, wrote"
    if _FINITE.search(part) or re.match(r"(?:and|but|or)\b", part):
        return False
    if re.fullmatch(r"[DRI]-[A-Z][\w.]*", part):
        return True  # "Sen. Richard Blumenthal, D-Conn., said"
    if re.fullmatch(r"(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.", part):
        return True  # "a bakery in Truro, N.S., says": a province or state, not the speaker
    words = part.split()
    if words and len(words) <= 6 and words[-1].lower().rstrip(".") in _TITLES:
        return True  # "Jim Eglinski, Yellowhead MP, said"
    if _ROLE_OF.search(part):
        return True  # "Ann Lee, Canada's ambassador to Japan, said": Japan is where, not who
    return bool(part) and (part[0].islower() or re.match(r"(?:a|an|the|who|whose|one|both)\b", part, re.I) is not None)


def _skip_leading_words(masked: str, start: int, end: int) -> int:
    while True:
        match = re.match(r"\s*(\w+)\s+", masked[start:end])
        if match and match.group(1).lower() in _LEADING_WORDS:
            start += match.end()
            continue
        return start + (len(masked[start:end]) - len(masked[start:end].lstrip()))


def _speaker_after(text: str, masked: str, offset: int, cue: _Cue) -> tuple[Speaker | None, int]:
    """The speaker named just after an inverted cue (``"Q," said S``), and where the naming ends."""
    rel = cue.end - offset
    rest = masked[rel:]
    length = len(rest)
    for stop in _INVERTED_END.finditer(rest):
        if stop.group() == "." and _abbreviation_before(rest, stop.start()):
            continue
        if stop.group().strip() == "with" and not re.search(r"[A-Z][\w'’.-]*\s*$", rest[: stop.start()]):
            continue  # "said a person familiar with the talks" (but "said Terry Chapman with the union")
        length = stop.start()
        break
    segment = rest[:length]
    if not segment.strip() or len(segment.split()) > 10:
        return None, cue.end
    start = rel + len(segment) - len(segment.lstrip())
    end = rel + len(segment.rstrip())
    named = re.match(r",\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)\s*(?=[.,;]|$)", masked[end:])
    if named and masked[start:end].split()[-1][:1].islower():
        description = text[offset + start : offset + end]
        name_start = end + named.start(1)
        speaker = parse_speaker(text, offset + name_start, offset + end + named.end(1), description)
        return speaker, offset + end + named.end(1)
    appositive = re.match(r",\s*([^,\x01]{2,120}?),", masked[end:])
    role = appositive.group(1) if appositive and _looks_like_description(appositive.group(1)) else None
    speaker = parse_speaker(text, offset + start, offset + end, role)
    if role is not None and appositive is not None:
        end += appositive.end() - 1
    return speaker, offset + end


def _abbreviation_before(text: str, at: int) -> bool:
    word = re.search(r"([\w.]+)$", text[:at])
    if word is None:
        return False
    token = word.group(1).lower()
    return token + "." in _TITLES or len(token) == 1 or "." in token


def _subject(text: str, masked: str, offset: int, limit: int) -> Speaker | None:
    """The subject at the start of a unit (for "..., saying ..." with no speaker of its own)."""
    dateline = _DATELINE.match(masked)
    start = _skip_leading_words(masked, dateline.end() if dateline else 0, limit - offset)
    opener = _OPENING_PHRASE.match(masked, start)
    if opener and opener.end() < limit - offset:
        start = _skip_leading_words(masked, opener.end(), limit - offset)
    pronoun = re.match(r"(he|she|they|it|we)\b", masked[start:], re.IGNORECASE)
    if pronoun:
        return parse_speaker(text, offset + start, offset + start + pronoun.end())
    tokens = list(_TOKEN.finditer(masked, start, limit - offset))
    end = start
    for token in tokens:
        word = token.group()
        if end > start and "," in masked[end : token.start()] and masked[start:end][:1].isupper():
            break  # "Ken Oduya, chief executive of a bank, said": the appositive is not the name
        if (
            word[:1].isupper()
            or word.lower() in _TITLES
            or word.lower() in ("of", "the", "and", "a", "an")
            or word.lower() in _PERSON_NOUNS
            or word.lower() in _GROUP_NOUNS
        ):
            end = token.end()
            continue
        break
    if end == start:
        return None
    return parse_speaker(text, offset + start, offset + end)


_TELL = frozenset("tell tells told telling".split())
_OBJECT = _lazy(
    r"\s*(?:him|her|them|us|me|you|reporters|journalists|media|(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w'’.&-]*)*|"
    r"(?:the|a|an|his|her|their|its|our)\s+\w+)"
    r"(?:\s+(?:host|anchor|reporter|correspondent|columnist|interviewer|radio|show|program)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
    r"(?=[\s,.;:!?\x01]|$)"
)
_THAT_SOON = _lazy(r"^[^\x01,;:.!?]{0,60}?(?=\bthat\b)")
_DAY = _lazy(
    r"\s*(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:this|last|late|early)\s+(?:week|month|year|morning|afternoon|evening|night))\b",
    re.IGNORECASE,
)
_PREPOSITION = _lazy(
    r"\s*(?:in|at|during|to|by|from|after|before|via|over|through|outside|inside|near|on)\s", re.IGNORECASE
)
_SUBJECT_PRONOUN = _lazy(r"\b(?:he|she|they|it|we|i|there)\b")
_ADJUNCT_TAIL = _lazy(r"^[^\x01,;.!?]{0,80}?(?=[,;.!?]|$)")


def _after_cue(masked: str, rel: int, verb: str, after_quote: bool = False) -> tuple[str, int]:
    """How the unit goes on after a cue: ('end'|'comma'|'content', where the content starts)."""
    rest = masked[rel:]
    stripped = rest.lstrip()
    at = rel + len(rest) - len(stripped)
    if not stripped or stripped[0] in ".!?":
        return "end", at
    if stripped[0] == ",":
        return "comma", at
    if stripped[0] == ":":
        return "content", at + 1
    if stripped[0] == _MASK:
        return "content", at
    if after_quote and not re.match(r"that\b", stripped):
        return "end", at
    that = _THAT_SOON.match(rest)
    if that and _gap_before_that(rest[: that.end()], verb):
        return "content", rel + that.end()
    if verb in _TELL:
        obj = _OBJECT.match(rest)
        if obj:
            rel = rel + obj.end()
            rest = masked[rel:]
            stripped = rest.lstrip()
            at = rel + len(rest) - len(stripped)
            if not stripped or stripped[0] in ".!?":
                return "end", at
            if stripped[0] == ",":
                return "comma", at
    adjunct = _adjunct_length(masked, rel)
    if adjunct:
        tail = masked[rel + adjunct :].lstrip()
        if not tail or tail[0] in ".!?":
            return "end", rel + adjunct
        if tail[0] == ",":
            comma = rel + adjunct + masked[rel + adjunct :].index(",")
            if masked[comma + 1 :].lstrip().startswith(_MASK):
                return "content", comma + 1
            return "comma", comma
        return "content", rel + adjunct
    return "content", at


def _gap_before_that(gap: str, verb: str) -> bool:
    """Whether the words between a cue and "that" are a short time, place or object phrase."""
    words = gap.split()
    if len(words) <= 1:
        return True
    if verb in _TELL and len(words) <= 6:
        return True  # "told the House of Commons that"
    return (len(words) <= 6 and _PREPOSITION.match(gap) is not None) or _DAY.match(gap) is not None


def _adjunct_length(masked: str, rel: int) -> int:
    """Length of a time or place phrase right after a cue ("on Wednesday", "in an email")."""
    rest = masked[rel:]
    day = _DAY.match(rest)
    if day:
        return day.end()
    if not _PREPOSITION.match(rest):
        return 0
    tail = _ADJUNCT_TAIL.match(rest)
    window = rest[: tail.end()] if tail else ""
    pronoun = _SUBJECT_PRONOUN.search(window, 3)
    if pronoun and len(window[: pronoun.start()].split()) <= 8:
        return pronoun.start()
    if tail and len(window.split()) <= 10:
        after = rest[tail.end() :].lstrip()
        if not after or after[0] in ".!?,":
            return tail.end()
    return 0


def _left_content(masked: str, floor: int, zone: int) -> tuple[int, int] | None:
    """The stretch before ``, S said`` (relative offsets), when there is one."""
    left = masked[floor:zone].rstrip()
    if not left.strip(" ,"):
        return None
    if left.endswith((",", _MASK, "?", "!")) or left.endswith((",\x01", "?\x01")):
        return floor, floor + len(left)
    return None


def _attribute_unit(
    article: Article, start: int, end: int, marks: list[Mark], paragraph: int
) -> tuple[list[Row], set[int]]:
    """Rows for the quotations one unit attributes, and the starts of the marks they used."""
    text = article.text
    masked = _masked(text, start, end, marks)
    cues = _find_cues(text, masked, start)
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
            and not re.sub(r"^\s*that\b", "", masked[at : limit - start]).strip()
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


_RELAY = frozenset("reported reports report wrote writes published publishes according to".split()) | {"according to"}


def _continues(masked: str, start: int, end: int) -> bool:
    """Whether the words after ``, S said,`` go on with the quotation (marks, or "but ...")."""
    rest = masked[start:end].strip()
    if rest.startswith(_MASK) or re.match(r"(?:and|but)\s+\x01", rest):
        return True
    return (
        re.match(r"(?:but|and|though|although|while|because|so|yet)\s+\w+", rest) is not None and len(rest.split()) >= 4
    )


def _embedded(masked: str, offset: int, cue: _Cue) -> bool:
    """A cue inside a subordinate clause of what is reported ("they are lying when they say ...")."""
    before = masked[max(0, cue.start - offset - 40) : cue.start - offset]
    return re.search(r"\b(?:when|if|because|than|whether|what|unless|whenever)\s+(?:\w+\s+){1,2}$", before) is not None


def _inverted_position(masked: str, offset: int, zone: int, cue: _Cue) -> bool:
    """True for ``"Q," said S`` and ``CLAUSE, said S``: nothing but a comma before the cue."""
    before = masked[: cue.start - offset].rstrip()
    return before.endswith((",", _MASK, "?", "!")) and cue.verb not in _PARTICIPLES


def _trim_region(text: str, start: int, end: int) -> tuple[int, int]:
    while True:
        old = (start, end)
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        lead = re.match(r"(?:but|and|so|adding|noting)\s+", text[start:end], re.IGNORECASE)
        if lead and lead.end() < end - start:
            start += lead.end()
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
            end -= 1
        tail = re.search(r"\s+(?:and|but|or)$", text[start:end])
        if tail:
            end = start + tail.start()
        if (start, end) == old:
            return start, end


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
    outside_words = len(_WORD.findall(re.sub(r"^that\s+", "", outside, flags=re.IGNORECASE)))
    if inside and outside_words == 0:
        rows = []
        for mark in inside:
            if len(_WORD.findall(text[mark.inner_start : mark.inner_end])) >= 1:
                rows.append(
                    Row(mark.inner_start, mark.inner_end, "direct", paragraph, cue.cue, cue.speaker, marks=[mark])
                )
        return rows
    if outside_words < 3 and not inside:
        return []
    if not inside and not _reports_clause(cue, text, start, end):
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


def _reports_clause(cue: _Cue, text: str, start: int, end: int) -> bool:
    """Whether unmarked words after (or before) a cue are reported speech, not an object."""
    words = text[start:end].split()
    if len(words) < 3 or words[0].lower() in (
        "to",
        "for",
        "by",
        "about",
        "of",
        "with",
        "goodbye",
        "hello",
        "who",
        "whose",
        "which",
        "where",
    ):
        return False
    verb = cue.verb.split()[-1] if cue.verb != "according to" else cue.verb
    if cue.verb.split()[-1] in ("add", "adds", "added", "adding") and words[0][:1].isdigit():
        return False  # "the index added 10 points"
    if cue.verb in _BARE_CLAUSE or cue.verb == "according to":
        return True
    preceded_by_that = re.search(r"\bthat\s*$", text[max(0, start - 8) : start]) is not None
    preceded_by_that = preceded_by_that or words[0].lower() == "that"
    return verb not in _MARKS_ONLY and preceded_by_that


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
    if _BOILERPLATE.match(paragraph) or _CAPTION.search(paragraph):
        return True
    short = len(paragraph.split()) <= 10 and "\n" not in paragraph
    return short and not re.search(r"[.!?:;,\"”’»…)]\s*$", paragraph) and not _MARK_CHARS.search(paragraph)


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
        mark_ends = [m.end for m in marks]
        for start, end in _join_units(article.text, sentences.get(paragraph.index, []), marks):
            first = bisect.bisect_right(mark_ends, start)
            unit_marks = []
            for mark in marks[first:]:
                if mark.start >= end:
                    break
                unit_marks.append(mark)
            if not unit_marks and not any(
                w.group().lower() in _FIRST_WORDS for w in _LETTERS.finditer(text, start, end)
            ):
                continue
            found, used = _attribute_unit(article, start, end, unit_marks, paragraph.index)
            rows.extend(found)
            rows.extend(
                _leftover_rows(text, start, end, [m for m in unit_marks if m.start not in used], paragraph.index)
            )
    return rows


def _leftover_rows(text: str, start: int, end: int, marks: list[Mark], paragraph: int) -> list[Row]:
    """Quotations no cue in their sentence claims: floating quotes and scare quotes."""
    rows = []
    unit_words = len(_WORD.findall(text[start:end]))
    for mark in marks:
        words = len(_WORD.findall(text[mark.inner_start : mark.inner_end]))
        if words == 0:
            continue
        ends = text[max(mark.inner_start, mark.inner_end - 2) : min(len(text), mark.end + 1)]
        sentence_like = re.search(r"[.!?,…]", ends) is not None or not mark.closed or mark.continues
        if mark.continued or (sentence_like and words >= 2 and words * 2 >= unit_words):
            rows.append(Row(mark.inner_start, mark.inner_end, "direct", paragraph, floating=True, marks=[mark]))
        else:
            rows.append(Row(mark.inner_start, mark.inner_end, "scare", paragraph, marks=[mark]))
    return rows


@dataclass
class _Entity:
    name: str
    kind: str
    named: bool
    role: str | None = None
    gender: str | None = None
    tokens: tuple[str, ...] = ()


_NAME_RUN = _lazy(
    r"(?<![\w'’.-])(?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+(?:(?:de|van|von|da|di|del|la|le|bin|al)\s+)?(?:[A-Z][\w'’-]+|[A-Z]\.))+"
)


def _person_names(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """Full names of people anywhere in the text (two or more capitalised words, no organisation word)."""
    found = []
    for match in _NAME_RUN.finditer(text):
        tokens = [re.sub(r"['’]s$", "", t) for t in match.group().split()]
        cut = 0
        for k, token in enumerate(tokens):
            if token.lower() in _TITLES or token.lower().rstrip(".") in _TITLES or token in _STOP_CAPS:
                cut = k + 1
        tokens = tokens[cut:]
        if len(tokens) < 2 or len(tokens) > 4:
            continue
        if any(t.lower() in _ORG_WORDS or (t.isupper() and len(t) > 1) for t in tokens) or set(tokens) & _NOT_NAMES:
            continue
        found.append((match.start(), tuple(tokens)))
    return found


_TITLED_NAME = _lazy(
    r"\b(?P<title>[A-Za-z][\w-]*)\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]+){1,2})"
)


def _titled_names(text: str) -> list[tuple[int, str, tuple[str, ...]]]:
    """(position, title, name) for "Mayor Doug McCallum", "police chief Ana Ruiz" anywhere in the text."""
    found = []
    for match in _TITLED_NAME.finditer(text):
        title = match.group("title").lower()
        if title in _TITLES and title not in ("former", "acting", "interim", "then-"):
            found.append((match.start(), title, tuple(match.group("name").split())))
    return found


_NOT_NAMES = frozenset(
    "I I'm I’m I'd I’d We Maybe Perhaps Yes No Still However Meanwhile Article Continued Below Story Photo Video "
    "Advertisement Read More Watch Click".split()
)


def _sentence_subjects(article: Article) -> list[tuple[int, tuple[str, ...]]]:
    """People named as the subject of a sentence ("Chinese Foreign Ministry spokesperson Lu Kang gave ...")."""
    found = []
    text = article.text
    for sentence in article.body_sentences:
        head = text[sentence.start : min(sentence.end, sentence.start + 160)]
        if not head[:1].isupper() or _BOILERPLATE.match(head) or not re.search(r"[.!?\"”’]\s*$", sentence.text):
            continue  # a subheading is no sentence
        speaker = _subject(text, head, sentence.start, sentence.start + len(head))
        if speaker is not None and speaker.kind in ("person", "single") and speaker.name:
            tokens = tuple(t for t in speaker.name.split() if t.lower().rstrip(".") not in _TITLES)
            if tokens and not set(tokens) & _NOT_NAMES:
                found.append((speaker.start, tokens))
    return found


def _name_genders(text: str, names: list[tuple[int, tuple[str, ...]]]) -> dict[tuple[str, ...], str]:
    """Gender from the word before a name ("husband Mohammad ...", "Mrs. Lee"), where there is one."""
    genders: dict[tuple[str, ...], str] = {}
    for position, tokens in names:
        before = re.search(r"([\w.]+)\W*$", text[max(0, position - 20) : position])
        gender = _gender([before.group(1)]) if before else None
        if gender and tokens not in genders:
            genders[tokens] = gender
    return genders


_CITY_OF = _lazy(r"\bCity of(?: [A-Z][\w'’-]+){1,2}")


class _Resolver:
    """Turns mentions ("Parks", "he", "the company") into canonical speakers, in reading order."""

    def __init__(self, article: Article) -> None:
        self.entities: list[_Entity] = []
        self.recent: list[tuple[int, _Entity]] = []
        self.names = _person_names(article.text)
        self.name_positions = [p for p, _ in self.names]
        self.genders = _name_genders(article.text, self.names)
        self.titled = _titled_names(article.text)
        self.by_token: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for position, tokens in self.names:
            for token in {tokens[0], tokens[-1]}:
                self.by_token.setdefault(token, []).append((position, tokens))
        self.by_key: dict[tuple[str, str], _Entity] = {}
        self.subjects = _sentence_subjects(article)
        self.subject_positions = [p for p, _ in self.subjects]
        self.cache: dict[int, _Entity | None] = {}
        city = _CITY_OF.search(article.text)
        self.city_of = city.group() if city else None

    def _city(self) -> _Entity:
        """ "the city" is the City of Surrey the article names (the municipality, not the place)."""
        key = (self.city_of.lower(), "org")
        if key not in self.by_key:
            self.by_key[key] = self._add(_Entity(self.city_of, "org", True))
        return self.by_key[key]

    def resolve(self, speaker: Speaker) -> _Entity | None:
        key = id(speaker)
        if key not in self.cache:
            entity = self._resolve(speaker)
            if entity is not None:
                if entity.role is None and speaker.role:
                    entity.role = speaker.role
                if entity.gender is None and speaker.gender in ("m", "f") and speaker.kind != "pronoun":
                    entity.gender = speaker.gender
            self.cache[key] = entity
        return self.cache[key]

    def _resolve(self, speaker: Speaker) -> _Entity | None:
        if speaker.kind == "pronoun":
            return self._pronoun(speaker)
        if speaker.kind in ("single", "person") and speaker.named and speaker.name:
            return self._person(speaker)
        name = speaker.name or speaker.mention
        if not speaker.named and re.match(r"the\s", name, re.IGNORECASE):
            known = self._definite(name, speaker.start)
            if known is not None:
                return known
        key = (re.sub(r"^(?:the|a|an)\s+", "", name.lower()), speaker.kind)
        if key not in self.by_key:
            self.by_key[key] = self._add(_Entity(name, speaker.kind, speaker.named, speaker.role, speaker.gender))
        return self.by_key[key]

    def _definite(self, description: str, position: int = -1) -> _Entity | None:
        """ "the mayor" -> the last named speaker whose role says mayor; "the company" -> the last organisation."""
        words = re.split(r"\s+(?:of|for|at|with)\s+", description)[0].split()
        head = words[-1].lower()
        for _, entity in reversed(self.recent):
            if entity.named and entity.role and re.search(rf"\b{re.escape(head)}", entity.role, re.IGNORECASE):
                return entity
        if head in _TITLES and len(description.split()) <= 3:
            titled = [t for p, title, t in self.titled if title == head and p < position]
            if len({" ".join(t) for t in titled}) >= 1:
                return self._person(
                    Speaker(
                        " ".join(titled[-1]), position, position, name=" ".join(titled[-1]), kind="person", named=True
                    )
                )
        if head == "city" and len(words) == 2 and self.city_of is not None:
            return self._city()
        if head in _UNNAMED_ORG:
            # "the ministry" -> the last organisation named with that word; otherwise it stays unnamed
            for _, entity in reversed(self.recent):
                if entity.kind == "org" and entity.named and (head in entity.name.lower() or head in _ANY_ORG):
                    return entity
            return None
        for _, entity in reversed(self.recent):
            introduced = re.match(r"(?:a|an|one|another)\s", entity.name, re.IGNORECASE)
            if not entity.named and introduced and head in entity.name.lower().split():
                return entity  # "a person familiar with the talks" ... "the person said"
        # "the self-taught resident said": an office ("the county sheriff") is somebody else unless the role says so
        personal = head in _PERSON_NOUNS or re.search(r"(?:er|or|ist|ian|ent|ant|man|woman|ick)$", head)
        if len(words) >= 2 and personal and not head.endswith("s") and head not in _ORG_WORDS | _TITLES:
            for _, entity in reversed(self.recent[-3:]):
                if entity.kind == "person" and entity.named:
                    return entity
            return self._subject_before(position, position - 600)
        return None

    def _add(self, entity: _Entity) -> _Entity:
        self.entities.append(entity)
        return entity

    def _person(self, speaker: Speaker) -> _Entity:
        tokens = tuple(
            t for t in re.sub(r"['’]s$", "", speaker.name or "").split() if t.lower().rstrip(".") not in _TITLES
        )
        if not tokens:
            tokens = tuple((speaker.name or speaker.mention).split())
        for entity in reversed(self.entities):
            if entity.kind == "person" and _same_person(tokens, entity.tokens):
                return entity
        if len(tokens) == 1:
            known = self.by_key.get((tokens[0].lower(), "single"))
            if known is not None:
                return known
            full = self._scanned(tokens[0], speaker.start)
            if full is not None:
                return self._add(_Entity(" ".join(full), "person", True, speaker.role, speaker.gender, full))
            kind = "person" if (speaker.role and _has_title(speaker.role)) or speaker.gender else "org"
            entity = self._add(_Entity(tokens[0], kind, True, speaker.role, speaker.gender, tokens))
            self.by_key[(tokens[0].lower(), "single")] = entity
            return entity
        return self._add(_Entity(" ".join(tokens), "person", True, speaker.role, speaker.gender, tokens))

    def _scanned(self, token: str, position: int) -> tuple[str, ...] | None:
        """The full name, seen elsewhere in the text, that ends (or starts) with ``token``: the last one before."""
        found = self.by_token.get(token)
        if not found:
            return None
        positions = [p for p, _ in found]
        k = bisect.bisect_left(positions, position)
        if k > 0:
            return found[k - 1][1]
        # a longer name introduced only later: a surname ("Parks" ... "Bernard Parks"), but "Facebook" said
        # before "Facebook Research" is named is Facebook itself
        later = [tokens for _, tokens in found if tokens[-1] == token]
        return later[0] if later else None

    def _pronoun(self, speaker: Speaker) -> _Entity | None:
        word = (speaker.name or speaker.mention).lower()
        if word in ("he", "she"):
            gender = "m" if word == "he" else "f"
            found: tuple[int, _Entity] | None = None
            # the last named person first (news style); an unnamed one ("a witness") only if nobody is named
            for wanted_named in (True, False):
                for position, entity in reversed(self.recent):
                    if entity.kind == "person" and entity.named == wanted_named and entity.gender in (None, gender):
                        found = (position, entity)
                        break
                if found is not None:
                    break
            subject = self._subject_before(speaker.start, found[0] if found else -1)
            if subject is not None and subject.gender in (None, gender):
                found = (speaker.start, subject)
            if found is None:
                named = self._named_before(speaker.start, gender)
                found = (speaker.start, named) if named is not None else None
            if found is None:
                return None
            found[1].gender = gender
            return found[1]
        wanted = {"they": ("group", "org"), "we": ("group", "org")}.get(word, ("org",))
        for _, entity in reversed(self.recent):
            if entity.kind in wanted:
                return entity
        return None

    def _named_before(self, position: int, gender: str) -> _Entity | None:
        """The last person named before ``position`` whose gender (from a title or relation word) fits."""
        k = bisect.bisect_left(self.name_positions, position)
        for _, tokens in reversed(self.names[max(0, k - 8) : k]):
            known = self.genders.get(tokens)
            if known in (None, gender):
                return self._add(_Entity(" ".join(tokens), "person", True, None, gender, tokens))
        return None

    def newcomer(self, position: int, after: int) -> _Entity | None:
        """A person who is the subject of a sentence between the last quotation and this one."""
        k = bisect.bisect_left(self.subject_positions, position) - 1
        if k < 0 or self.subject_positions[k] <= after or position - self.subject_positions[k] > 400:
            return None
        tokens = self.subjects[k][1]
        if len(tokens) == 1:
            full = self._scanned(tokens[0], self.subject_positions[k])
            if full is None:
                return None
            tokens = full
        for entity in reversed(self.entities):
            if entity.kind == "person" and _same_person(tokens, entity.tokens):
                return entity
        return self._add(_Entity(" ".join(tokens), "person", True, None, None, tokens))

    def _subject_before(self, position: int, after: int) -> _Entity | None:
        """A person named at the start of a sentence after the last speaker and before ``position``."""
        k = bisect.bisect_left(self.subject_positions, position) - 1
        if k < 0 or self.subject_positions[k] <= after:
            return None
        tokens = self.subjects[k][1]
        if len(tokens) < 2:
            full = self._scanned(tokens[0], self.subject_positions[k])
            if full is None:
                return None
            tokens = full
        for entity in reversed(self.entities):
            if entity.kind == "person" and _same_person(tokens, entity.tokens):
                return entity
        return self._add(_Entity(" ".join(tokens), "person", True, None, None, tokens))


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return False
    if len(a) == 1:
        return a[0] in (b[-1], b[0])
    return a[-1] == b[-1] and a[0] == b[0]


def _has_title(role: str) -> bool:
    return any(w.lower().strip(",.") in _TITLES for w in role.split())


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


def _record(article: Article, row: Row, entity: _Entity | None) -> dict[str, object]:
    text = article.text
    mention = row.speaker if (row.speaker is not None and not row.floating) else None
    if entity is not None:
        name, named = entity.name, entity.named
        role = (mention.role if mention is not None and mention.role else None) or entity.role
    else:
        name, named, role = None, False, mention.role if mention is not None else None
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
    }


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
    """
    import pandas as pd

    article = as_article(article)
    warn_if_not_english(article)
    rows = _raw_rows(article)
    if not rows:
        return _empty(QUOTE_COLUMNS)
    records = [_record(article, row, entity) for row, entity in _fill_speakers(article, rows)]
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
