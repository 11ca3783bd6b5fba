"""Every word list of the quotation package, with where it comes from.

The lists are written for English news prose: reporting verbs from AP and Canadian Press usage, titles and
honorifics as newspapers print them, and the nouns news uses for people, groups and organisations.
"""

from __future__ import annotations

import functools
import re

_MASK = "\x01"


class _LazyPattern:
    """A regular expression compiled on first use, so that ``import civics_kit`` stays fast."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> object:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        value = getattr(self._compiled, name)
        setattr(self, name, value)  # the next ``.search`` is a plain attribute, not a call of this method
        return value


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return _LazyPattern(pattern, flags)  # type: ignore[return-value]


_WORD = _lazy(r"\w+(?:['’\-]\w+)*")
# Between the words of one name: spaces and at most one line break (a hard-wrapped line), never a blank line,
# so that a byline or heading that ends in capitalised words is not glued onto a name opening the next paragraph.
_NAME_GAP = r"(?=\s)[^\S\n]*+\n?[^\S\n]*+"

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
    # less common verbs of saying in news copy (AP Stylebook, "said": the alternatives writers reach for)
    "conclude": "conclude concludes concluded concluding",
    "rejoin": "rejoin rejoins rejoined rejoining",
    "retort": "retort retorts retorted retorting",
    "quip": "quip quips quipped quipping",
    "remark": "remark remarks remarked remarking",
    # verbs that report advice or a request: with "that", or with an object and "to" ("reminded customers to")
    "remind": "remind reminds reminded reminding",
    "advise": "advise advises advised advising",
    "encourage": "encourage encourages encouraged encouraging",
    "instruct": "instruct instructs instructed instructing",
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


def _trie(words: list[str]) -> str:
    """An alternation of literal ``words`` as a tree of their shared beginnings ("sa(?:id|ys?)" for said, say,
    says): each character is tried once, not once per word. A longer word is tried before the word it extends,
    so the words match as in ``word1|word2|...`` with the longest first."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def alternation(node: dict) -> str:
        branches = [re.escape(ch) + alternation(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return alternation(tree)


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    """The reporting-verb pattern; compiled on first use, which keeps ``import civics_kit`` fast."""
    return re.compile(
        r"(?<![\w'’-])(?P<cue>(?P<aux>(?-i:(?:(?:has|have|had|will|would|could|can|may|might|did|does|do)\s+)?))"
        r"(?P<verb>" + _trie(_VERB_WORDS) + r"|according\s+to))(?![\w'’-])",
        re.IGNORECASE,
    )


_PARTICIPLES = frozenset(v for v in _VERB_WORDS if v.split()[0].endswith("ing"))

_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}
_PRONOUNS = {"he": "m", "she": "f", "they": "plural", "it": "org", "we": "plural", "i": None}
# titles, offices and job nouns newspapers print before a name (AP and Canadian Press style), lowercased
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
    strategist officer adviser advisor commander administrator consultant historian physician surgeon
    epidemiologist meteorologist forecaster editor producer planner counsel negotiator curator columnist
    coach manager spokesman spokeswoman spokesperson analyst economist lawyer host reporter correspondent
    hereditary grand elder liberal conservative democrat democratic republican ndp green tory labour
    assistant associate acting interim former then- trustee treasurer auditor comptroller controller clerk
    registrar warden principal dean provost rector superintendent ombudsman ombudsperson delegate coordinator
    organizer organiser activist advocate researcher scientist engineer nurse architect builder farmer
    president-elect nominee candidate chancellor vice-president vp md rn phd esq
    boss campaigner player striker defender goalkeeper midfielder winger quarterback pitcher rookie veteran
    """.split()
)
# singular nouns news uses for one unnamed person ("a witness", "the resident"); written for this kit
_PERSON_NOUNS = frozenset(
    """
    man woman boy girl person resident witness source official officer spokesperson spokesman spokeswoman
    analyst expert citizen member worker employee professional father mother son daughter wife husband
    brother sister friend neighbour neighbor victim survivor student teacher doctor nurse lawyer owner
    manager director chief leader activist protester driver passenger researcher scientist professor
    economist minister mayor councillor councilman councilwoman senator governor president investigator
    agent guard soldier parent organizer organiser representative aide adviser advisor staffer insider
    boss campaigner player striker defender goalkeeper midfielder winger quarterback pitcher rookie veteran
    volunteer firefighter shopkeeper homeowner retiree commuter voter tenant
    """.split()
)
# plural nouns for unnamed groups of sources ("officials", "critics"); written for this kit
_GROUP_NOUNS = frozenset(
    """
    officials critics activists residents experts people sources authorities police officers workers
    employees leaders members supporters opponents advocates analysts observers scientists researchers
    protesters demonstrators organizers organisers witnesses lawmakers legislators politicians voters
    parents students teachers doctors families neighbours neighbors chiefs prosecutors investigators
    economists councillors """.split()
)
# words that make a capitalised name an organisation ("Health Department", "Acme Corp.")
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
    "statement release report study survey campaign council board commission party army account website "
    "bank trust foundation institute museum library church charity".split()
)
# words in a role or name that point to a government, police or elected office (voices' official column)
_OFFICIAL = _lazy(
    r"\b(?:council\w*|mayor|police|chief|minist\w*|official|officials|government|department|senator|sen\.|"
    r"governor|gov\.|mp|mpp|mla|legislat\w*|congress\w*|assembly\w*|prime|premier|president|secretary|"
    r"commissioner|sheriff|judge|justice|prosecutor|attorney general|rcmp|lapd|fbi|federal|state|city|"
    r"county|municipal|public|agency|authorities|spokesperson for the \w+ (?:department|ministry|government))\b",
    re.IGNORECASE,
)
# conjunctions and adverbs that open a clause before its subject ("But Parks said")
_LEADING_WORDS = frozenset(
    """
    but and or so yet although though while because since as when after before if whereas however
    meanwhile still now then also and, later earlier instead indeed moreover nevertheless nonetheless
    """.split()
)
# lowercase particles inside personal names (de, van, bin, al ...), from common naming conventions
_PARTICLES = frozenset("de da di del della der den van von la le du dos das bin ibn al el st st. mac".split())
# determiners and possessives that open a description of a person rather than a name (English grammar)
_DESCRIBING_DETERMINERS = frozenset("the a an his her their its our my".split())
_STOP_CAPS = frozenset("The A An This That These Those In On At For With From By It He She They We I".split())
# Capitalised only because they open a sentence: never the first word of a name ("And Harry", "When Meghan",
# "Both Microsoft", "Currently"). English conjunctions, subordinators, prepositions and sentence adverbs.
_NOT_NAME_START = _STOP_CAPS | frozenset(
    """
    And But Or Nor So Yet When Whenever While After Before Although Though Because Since As If Once Until Unless
    Whereas Both Either Neither Currently Meanwhile However Still Now Then Also Later Earlier Instead Indeed
    Today Yesterday Tonight Recently Previously Finally Ultimately Additionally Moreover Nevertheless Perhaps
    Here There Asked Speaking Like Unlike Despite During Under Over Among Amid Against Without Within Through
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March July September October
    November December Last Next Every Each Many Some Most All Several Other Another Such Only Even
    """.split()
)
# Capitalised words that open a sentence or a page's furniture and are never a name's words
_NOT_NAMES = frozenset(
    "I I'm I’m I'd I’d We Maybe Perhaps Yes No Still However Meanwhile Article Continued Below Story Photo Video "
    "Advertisement Read More Watch Click".split()
)
# Weekdays and months: a time, never a speaker ("Wednesday's vote said"). April, May, June and August are
# also given names, so they are left out.
_TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march july september october
    november december today yesterday tonight
    """.split()
)
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


_TOKEN = _lazy(r"[\w'’.&-]+")
# honorifics, pronouns and gendered role nouns: the only sources of gender (never first names)
_MALE = frozenset(
    "mr mr. he him his councilman congressman assemblyman spokesman chairman father son husband brother king "
    "prince sir lord man boy".split()
)
_FEMALE = frozenset(
    "mrs mrs. ms ms. she her councilwoman congresswoman assemblywoman spokeswoman chairwoman mother daughter "
    "wife sister queen princess dame lady woman girl".split()
)

# finite verbs and clause words: a run of words holding one says something rather than names someone
# (a tree of the words: a word is followed by a word boundary, so at most one of them matches at a place)
_FINITE = _lazy(
    r"\b"
    + _trie(
        """is are was were be been being has have had do does did will would can could should shall must says said
        comprises includes wants gets got made makes took takes became becomes remains lost won i'd i'm he's she's
        they're we're it's there's when because if""".split()
    )
    + r"\b",
    re.IGNORECASE,
)

# US papers put a politician's party and state in brackets after the name: "Sen. Ann Lee (D-Ore.) said",
# "Rep. Tom Cole (R-Okla.)", "(I-Vt.)", "(D)" (AP and Washington Post style); the tag is a role, not a boundary
_PARTY_TAG_END = _lazy(r"\s*\((?P<tag>[DRI](?:-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?)\)\s*$")

# the office noun a later (or earlier) description uses for a title printed before a name (AP and Canadian
# Press abbreviations and court styles): "Justice Sean Dunphy" is "the judge", "Sen. Ann Lee" "the senator"
_TITLE_NOUNS = {
    "justice": ("judge",),
    "judge": ("justice",),
    "sen": ("senator",),
    "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
    "gov": ("governor",),
    "lt": ("lieutenant",),
    "sgt": ("sergeant", "officer"),
    "cpl": ("corporal", "officer"),
    "const": ("constable", "officer"),
    "cst": ("constable", "officer"),
    "det": ("detective", "officer"),
    "insp": ("inspector", "officer"),
    "supt": ("superintendent",),
    "dr": ("doctor", "physician"),
    "prof": ("professor",),
    "rev": ("reverend", "pastor", "priest"),
    "atty": ("attorney", "lawyer"),
}

# verbs that report what someone was told to do, with an object and "to" ("BC Power reminded customers to
# keep freezers shut", "police urged drivers to stay home", "told residents never to"): the advice is reported
_DIRECTIVE = frozenset(
    "remind reminds reminded reminding advise advises advised advising urge urges urged urging encourage "
    "encourages encouraged encouraging instruct instructs instructed instructing tell tells told telling "
    "warn warns warned warning".split()
)
