"""The rules: for each kind of expression its pattern, its normaliser, and the words that trigger it."""

from __future__ import annotations

import re
from functools import cache

from .arithmetic import relative
from .calendar_handlers import (
    _century,
    _decade,
    _explicit_date,
    _fiscal,
    _iso_date,
    _month_alone,
    _month_day,
    _month_year,
    _slash_date,
    _spoken_year,
    _word_decade,
    _year,
)
from .period_handlers import (
    _adverb_set,
    _compound_duration,
    _duration,
    _fixed,
    _half,
    _present,
    _quarter,
    _reference,
    _set_every,
    _the_quarter,
    _vague_duration,
    _year_period,
)
from .records import _Rule, _rule, _Value
from .relative_handlers import (
    _ago,
    _anchored_day,
    _AnchoredMatch,
    _bare_season,
    _clock_time,
    _deictic_day,
    _edge_period,
    _FakeMatch,
    _holiday,
    _part_of_today,
    _relative_period,
    _the_week,
    _the_year,
    _weekday,
    _year_ago_period,
)
from .vocabulary import (
    _ADVERB_SETS,
    _B,
    _CLOCK,
    _DAY_NUM,
    _E,
    _MODIFIER,
    _MONTH_RE,
    _MONTH_WORDS,
    _NUM,
    _NUMBER_WORD,
    _PART,
    _PARTS,
    _SEASON_WORDS,
    _TZ,
    _UNIT,
    _UNIT_WORDS,
    _WEEKDAY_NAMES,
    _WEEKDAY_RE,
    _WEEKDAY_WORDS,
    _WORD_DECADES,
    _YEAR,
)


@cache
def rules() -> tuple[_Rule, ...]:
    """The tagger's rules, compiled on first use (so that importing civics_kit stays fast)."""
    return (
        _rule(
            "month-day-year",
            _B + rf"(?:(?P<weekday>{_WEEKDAY_RE}),?\s+)?(?P<month>{_MONTH_RE})\s*(?P<day>{_DAY_NUM}),?\s+"
            rf"(?P<year>{_YEAR}){_E}",
            _explicit_date,
            0,
            triggers=_MONTH_WORDS,
        ),
        _rule(
            "day-month-year",
            _B + rf"(?:(?P<weekday>{_WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>{_DAY_NUM})\s+(?:of\s+)?"
            rf"(?P<month>{_MONTH_RE}),?\s+(?P<year>{_YEAR}){_E}",
            _explicit_date,
            0,
            triggers=_MONTH_WORDS,
        ),
        _rule(
            "iso-date",
            r"(?<![\w/-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\w/-])",
            _iso_date,
            triggers=("#4",),
        ),
        _rule(
            "slash-date",
            r"(?<![\w/.$-])(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4}|\d{2})(?![\w/-])",
            _slash_date,
            triggers=("#1", "#2"),
        ),
        _rule(
            "month-day",
            _B + rf"(?:(?:(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridian>[ap]\.?\s?m\b\.?)|"
            rf"(?P<noon>noon|midnight)){_TZ},?\s+)?"
            + rf"(?:(?P<weekday>{_WEEKDAY_RE}),?\s+)?(?P<month>{_MONTH_RE})\s*(?P<day>{_DAY_NUM})(?![\w]|:\d|\.\d|"
            rf",\d{{3}}|\s*%|\s*-\s*\d)",
            _month_day,
            0,
            triggers=_MONTH_WORDS,
        ),
        _rule(
            "day-month",
            _B + rf"(?:(?P<weekday>{_WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<day>{_DAY_NUM})\s+(?:of\s+)?"
            rf"(?P<month>{_MONTH_RE})(?![\w])",
            _month_day,
            0,
            triggers=_MONTH_WORDS,
        ),
        _rule(
            "month-year",
            _B + rf"(?:(?:early|late|mid-?|the\s+(?:middle|end|beginning|"
            rf"start)\s+of)\s*)?(?P<month>{_MONTH_RE}),?\s+(?:of\s+)?(?P<year>{_YEAR}){_E}",
            _month_year,
            0,
            triggers=_MONTH_WORDS,
        ),
        _rule(
            "month",
            _B + r"(?P<mod>(?:(?:early|late|mid|(?:the\s+)?(?:middle|end|beginning|start)\s+of|last|next|"
            r"this(?:\s+(?:past|coming))?)[\s-]*)?)"
            + r"(?P<month>January|February|March|April|June|July|August|September|October|November|December|"
            r"Sept?\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)" + r"(?:\s+(?P<rel>(?:this|last|next)\s+year))?"
            # "last Oct. 23" is a month-day (the last 23 October), not "last October" and a stray number
            # "December's figures" is the month; "May's" stays out (the surname, as in "Theresa May's")
            r"(?!\w|['’](?!s\b)|(?<=May)['’]|\s+\d{1,2}(?:st|nd|rd|th)?(?!\w|[,.]\d))",
            _month_alone,
            0,
            triggers=_MONTH_WORDS,
        ),
        _rule(
            "month-may",
            r"(?:(?<=\b[Ii]n )|(?<=\b[Ss]ince )|(?<=\b[Uu]ntil )|(?<=\b[Bb]y )|(?<=\b[Ll]ast )|"
            r"(?<=\b[Nn]ext )|(?<=\bof )|(?<=\b[Ee]arly )|(?<=\b[Ll]ate )|(?<=\b[Mm]id-)|(?<=\bthis ))"
            + r"(?P<mod>)(?P<month>May)(?:\s+(?P<rel>(?:this|last|next)\s+year))?(?![\w'’])",
            _month_alone,
            0,
            triggers=("may",),
        ),
        _rule(
            "year",
            r"(?<![\w$£€#/.,:+-])(?P<mod>(?:(?:early|late|mid-?|post-|pre-|(?:the\s+)?(?:end|beginning|start|middle)\s+of|"
            r"(?P<half>(?:the\s+)?(?:first|second|last)\s+half\s+of)|(?:(?:the\s+)?(?:calendar|year|model\s+year)\s+))\s*)?)"
            + rf"(?:(?<=\s)|(?<=^)|(?<=[(\"“'])|(?<=mid-)|(?<=post-)|(?<=pre-))(?P<year>{_YEAR})(?![\w$%°]|-\d|"
            rf"\.\d|,\d{{3}}|:\d|/\d)",
            _year,
            0,
            triggers=("#4",),
        ),
        _rule(
            "fiscal",
            r"(?<!\w)(?:(?:the\s+)?fiscal(?:\s+year)?\s+|FY\s?)(?P<year>(?:19|20)\d\d|'?\d\d)(?!\w)",
            _fiscal,
            triggers=("fiscal", "fy"),
        ),
        _rule(
            "decade",
            r"(?<![\w$])(?:the\s+)?(?:(?:early|late|mid-?)[\s-]*)?(?P<decade>1\d\d|20\d|['’]?\d)0['’]?s(?!\w)",
            _decade,
            triggers=("#2", "#3", "#4"),
        ),
        _rule(
            "word-decade",
            r"(?<!\w)(?:the\s+)?(?:(?:early|late|mid-?)[\s-]*)?(?P<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?!\w)",
            _word_decade,
            triggers=tuple(_WORD_DECADES),
        ),
        _rule(
            "century",
            r"(?<!\w)(?:the\s+)?(?:(?:early|late|mid-?)[\s-]*)?(?P<number>\d{1,2})(?:st|nd|rd|th)[\s-]+century(?!\w)",
            _century,
            triggers=("century", "centuries"),
        ),
        _rule(
            "spoken-year",
            r"(?<!\w)(?:the\s+year\s+)?(?P<century>nineteen|eighteen)\s+(?P<rest>(?:twenty|thirty|forty|"
            r"fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
            r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?!\w)",
            _spoken_year,
            triggers=("nineteen", "eighteen"),
        ),
        _rule(
            "year-two-thousand",
            r"(?<!\w)(?:the\s+year\s+)?two\s+thousand(?!\s+(?:and\s+)?\w*(?:teen|ty|one|two|three|four|five|six|seven|eight|nine)\b)(?!\w)",
            _fixed("DATE", "2000"),
            triggers=("thousand",),
        ),
        _rule(
            "deictic-day",
            r"(?<![\w-])(?:(?:early|late|earlier|later)\s+)?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight|overnight)(?:['’]s)?(?:\s+(?:at\s+)?"
            + _PART
            + r")?(?!\w)",
            _deictic_day,
            triggers=("today", "yesterday", "tomorrow", "tonight", "overnight"),
        ),
        _rule(
            "part-of-today",
            r"(?<!\w)(?:(?P<lead>this|last|yesterday|tomorrow|later\s+this|earlier\s+this|early\s+this|late\s+this)\s+)"
            + r"(?P<part>morning|afternoon|mid-?\s?afternoon|evening|night)(?!\w)",
            _part_of_today,
            triggers=_PARTS,
        ),
        _rule(
            "weekday",
            r"(?<![\w-])(?:(?P<lead>last|next|this\s+(?:past|coming)|this|past|coming|earlier|early|late|later|the\s+previous)\s+)?"
            + rf"(?:(?:(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridian>[ap]\.?\s?m\b\.?)|"
            rf"(?P<noon>noon|midnight)){_TZ},?\s+)?"
            + rf"(?P<weekday>{_WEEKDAY_RE}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            rf"Sunday)['’]s)(?:\s+{_PART})?(?![\w])",
            _weekday,
            re.IGNORECASE if False else 0,
            triggers=_WEEKDAY_WORDS,
        ),
        _rule(
            "clock",
            rf"(?<![\w$.:/])(?:(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:{_CLOCK}|(?P<noon>noon|midnight|midday)){_TZ}"
            + rf"(?:,?\s+(?:on\s+)?(?:(?P<dayword>{_WEEKDAY_RE}|today|yesterday|tomorrow)|"
            rf"(?P<cmonth>{_MONTH_RE})\s*(?P<cday>{_DAY_NUM})(?![\w]|:\d|,?\s+\d{{4}})))?(?![\w])",
            _clock_time,
            triggers=("#1", "#2", "noon", "midnight", "midday"),
        ),
        _rule(
            "ago",
            rf"(?<![\w$])(?:{_MODIFIER}\s+)?(?P<number>{_NUM})[\s-]+(?P<unit>{_UNIT})s?(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|(?:before|after)(?=\s*(?:[.,;:!?)]|$))|afterwards?|back|from\s+now|hence)(?!\w)",
            _ago,
            triggers=("ago", "earlier", "later", "before", "after", "afterward", "afterwards", "back", "now", "hence"),
        ),
        _rule(
            "edge-period",
            r"(?<!\w)(?:early|late|earlier|later|mid)\s+(?:in\s+)?(?P<rel>this|last|next)\s+(?P<unit>week|month|year|quarter)(?!\w)",
            _edge_period,
            triggers=("week", "month", "year", "quarter"),
        ),
        _rule(
            "relative-period",
            r"(?<![\w-])(?P<rel>this\s+past|this\s+coming|the\s+coming|the\s+current|the\s+present|the\s+past|the\s+last|the\s+next|the\s+previous|the\s+following|the\s+same|that\s+same|"
            r"this|last|next|past|previous|coming|following|current|that)\s+"
            r"(?P<unit>week|month|year|quarter|weekend|decade|century|spring|summer|fall|autumn|winter)(?!\w|-)",
            _relative_period,
            triggers=(*_UNIT_WORDS, "weekend", *_SEASON_WORDS),
        ),
        _rule(
            "season",
            rf"(?<![\w-])(?:(?:(?:the|early|late|mid)[\s-]+)+|(?<=\b[Ii]n )|"
            rf"(?=\w+\s+of\s+\d))(?P<season>spring|summer|fall|autumn|"
            rf"winter)(?:\s+of\s+(?:(?P<year>{_YEAR})|(?P<spoken>nineteen\s+(?:twenty|thirty|forty|fifty|sixty|"
            rf"seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)))?(?!\w)",
            _bare_season,
            triggers=_SEASON_WORDS,
        ),
        _rule(
            "quarter",
            r"(?<![\w-])(?P<lead>(?:the\s+(?!(?:fiscal\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)-))?(?:(?:year-ago|year-earlier|fiscal|latest|current|calendar|last\s+year['’]s|this\s+year['’]s|next\s+year['’]s|a\s+(?:flat|strong|weak))[\s-]+)*)"
            + r"(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|"
            r"4th)[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<year>" + _YEAR + r"))?(?!\w)",
            _quarter,
            triggers=("quarter", "quarters"),
        ),
        _rule(
            "year-quarter",
            r"(?<![\w-])(?:the\s+)?(?:fiscal\s+)?(?P<year>"
            + _YEAR
            + r")\s+(?:fiscal\s+)?(?P<ordinal>first|second|third|fourth|"
            r"1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter(?!\w)",
            _quarter,
            triggers=("quarter",),
        ),
        _rule(
            "half",
            r"(?<![\w-])(?:the\s+)?(?P<ordinal>first|second)[\s-]+half(?:\s+of\s+(?:fiscal\s+)?(?P<year>"
            + _YEAR
            + r")|(?=\s+(?:profit|earnings|results|sales|revenue)))(?!\w)",
            _half,
            triggers=("half",),
        ),
        _rule(
            "the-quarter",
            r"(?<![\w-])(?:(?P<det>the|this|that)\s+|(?<=\bits\s)|(?<=\btheir\s))(?P<lead>latest|current|most\s+recent|recent|next|year-ago|year-earlier|comparable\s+year-ago|comparable)?\s*(?:fiscal\s+)?quarter(?![\w-]|s)",
            _the_quarter,
            triggers=("quarter",),
        ),
        _rule(
            "year-period",
            r"(?<![\w-])the\s+(?P<year>" + _YEAR + r")\s+(?:fiscal\s+)?(?:quarter|period)(?!\w)",
            _year_period,
            triggers=("quarter", "period"),
        ),
        _rule(
            "duration",
            rf"(?<![\w$.,])(?P<lead>(?:the\s+|each\s+of\s+the\s+)?(?:past|last|next|first|coming|previous|following|"
            r"final|latest|remaining|ensuing|preceding)\s+"
            # a definite duration after "for" or "in" keeps its determiner: "for the nine months"
            rf"|(?:(?<=\b[Ff]or )|(?<=\b[Ii]n ))the\s+(?=(?:\d|{_NUMBER_WORD}\s)))?"
            rf"(?P<mod>{_MODIFIER}\s+)?(?P<extra>another\s+|an?\s+additional\s+)?"
            + rf"(?:(?P<number>{_NUM})\s+(?:more\s+|straight\s+|consecutive\s+|full\s+|trading\s+|business\s+|"
            rf"calendar\s+)?)?(?P<unit>{_UNIT})s?(?:\s+or\s+so)?(?![\w-])",
            _duration,
            triggers=_UNIT_WORDS,
        ),
        _rule(
            "hyphen-duration",
            rf"(?<![\w$.,])(?P<number>\d+(?:\.\d+)?|{_NUMBER_WORD}|half|several|multi)-(?P<unit>second|minute|hour|day|week|month|year|decade|century)(?:-long)?(?![\w-])",
            _compound_duration,
            triggers=_UNIT_WORDS,
        ),
        _rule(
            "vague-duration",
            r"(?:(?<=\bfor )|(?<=\bover ))(?:(?:many|several|some)\s+)?(?P<unit>years|months|weeks|days|"
            r"decades|hours|centuries)(?!\w)",
            _vague_duration,
            triggers=_UNIT_WORDS,
        ),
        _rule(
            "recent",
            r"(?<![\w-])(?<!most )(?:(?:the\s+)?(?:more\s+|most\s+)?recent\s+(?:years?|months?|weeks?|days?|"
            r"decades?|times?|quarters?|history|past)(?:\s+(?:and|or)\s+(?:years|months|weeks|days|"
            r"decades))?|recently|lately|of\s+late)(?!\w)",
            _reference("PAST_REF"),
            triggers=("recent", "recently", "lately", "late"),
        ),
        _rule(
            "past-ref",
            r"(?<![\w-])(?:(?<=\bin )the\s+past|the\s+past\s+(?:few|several)\s+(?:years|months|weeks|days)|"
            r"in\s+years\s+past|years\s+ago|a\s+long\s+time\s+ago|long\s+ago|once\s+upon\s+a\s+time)(?!\w)",
            _reference("PAST_REF"),
            triggers=("past", "ago", "time"),
        ),
        _rule(
            "future-ref",
            r"(?<![\w-])(?:the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|(?:the\s+)?(?:coming|upcoming)\s+(?:years|months|weeks|days|decades)|the\s+(?:years|months|weeks|days)\s+(?:ahead|to\s+come)|as\s+soon\s+as\s+possible|a\s+later\s+date|the\s+near\s+term|the\s+short\s+term|the\s+long\s+term)(?!\w)",
            _reference("FUTURE_REF"),
            triggers=("future", "coming", "upcoming", "ahead", "come", "soon", "possible", "later", "term"),
        ),
        _rule(
            "present-ref",
            r"(?<![\w-])(?:now|right\s+now|currently|nowadays|these\s+days|at\s+the\s+moment|"
            r"(?<=\bat )present|(?<=\bthe )present(?=[\s,.;]+(?!day\b|value|tense|situation|system|case|"
            r"study|government))|(?:(?<=\bat )|(?<=\bby )|(?<=\buntil ))this\s+time|the\s+present\s+day|"
            r"today['’]s)(?!\w)",
            _present,
            triggers=("now", "currently", "nowadays", "days", "moment", "present", "time", "today"),
        ),
        _rule(
            "current",
            r"(?<![\w-])current(?=\s+(?:levels?|rates?|prices?|policy|policies|law|system|situation|conditions?|crisis|climate|economic|economy|contract|agreements?|year|market|session)\b)",
            _present,
            triggers=("current",),
        ),
        _rule(
            "every",
            rf"(?<![\w-])(?:every|each|per|a|once\s+a|twice\s+a)\s+(?:other\s+)?(?P<what>(?:{_WEEKDAY_RE})|day|week|month|year|quarter|hour|minute|morning|afternoon|evening|night|January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+{_PART})?(?!\w)",
            _set_every,
            triggers=(
                *_WEEKDAY_WORDS,
                *_MONTH_WORDS,
                *_PARTS,
                "day",
                "week",
                "month",
                "year",
                "quarter",
                "hour",
                "minute",
            ),
        ),
        _rule(
            "weekday-plural",
            r"(?<![\w-])(?:on\s+)?(?P<what>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)(?:\s+"
            + _PART
            + r"s?)?(?!\w)",
            _set_every,
            0,
            triggers=tuple(day + "s" for day in _WEEKDAY_NAMES),
        ),
        _rule(
            "adverb-set",
            r"(?<![\w-])(?P<word>daily|nightly|weekly|biweekly|monthly|annually|yearly|hourly)(?!\w)",
            _adverb_set,
            triggers=tuple(_ADVERB_SETS),
        ),
        _rule(
            "anchored-day",
            r"(?<![\w-])(?:that\s+(?:same\s+)?|the\s+same\s+|the\s+(?P<rel>next|following|previous|prior)\s+)(?:day|morning|afternoon|evening|night)(?!\w)",
            lambda m, c: _anchored_day(_AnchoredMatch(m), c),
            triggers=("day", *_PARTS),
        ),
        _rule(
            "year-end",
            r"(?<![\w-])(?:(?:the\s+)?end\s+of\s+the\s+year|year[-\s]end|year['’]s\s+end)(?!\w)",
            lambda m, c: relative(c, "year", 0),
            triggers=("end",),
        ),
        _rule(
            "end-of-period",
            r"(?<![\w-])the\s+(?:end|beginning|start|middle)\s+of\s+(?P<rel>this|last|next|the)\s+(?P<unit>week|month|year)(?!\w)",
            lambda m, c: relative(c, m["unit"].lower(), {"this": 0, "the": 0, "last": -1, "next": 1}[m["rel"].lower()]),
            triggers=("end", "beginning", "start", "middle"),
        ),
        _rule(
            "year-ago-period",
            r"(?<![\w-])(?:(?:the\s+)?(?:comparable\s+)?(?:year-(?:ago|earlier)|year\s+(?:ago|earlier))\s+(?:period|quarter)|"
            r"year-(?:ago|earlier)|year\s+(?:ago|earlier))(?![\w-])",
            _year_ago_period,
            triggers=("ago", "earlier"),
        ),
        _rule(
            "latest-period",
            r"(?<![\w-])the\s+(?:latest|most\s+recent|recent|comparable|same)\s+period(?!\w)",
            lambda m, c: (
                _the_quarter(_FakeMatch({"lead": "latest"}, m), c)
                if c.anchor_unit != "year"
                else relative(c, "year", 0)
            ),
            triggers=("period",),
        ),
        _rule(
            "the-year",
            r"(?<![\w-])the\s+(?:(?:full|whole|entire|current|latest|fiscal|calendar)\s+)*(?:fiscal\s+)?year(?![\w-]|\s+(?:ago|earlier|before|after|\d))",
            _the_year,
            triggers=("year",),
        ),
        _rule(
            "the-week",
            r"(?<![\w-])the\s+week(?:end)?(?![\w-]|\s+(?:ago|earlier|before|after|of))",
            _the_week,
            triggers=("week", "weekend"),
        ),
        _rule(
            "holiday",
            r"(?<![\w-])(?:(?P<lead>last|next|this)\s+)?(?P<name>New\s+Year['’]s\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|"
            r"Valentine['’]s\s+Day|Halloween|Veterans\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Martin\s+Luther\s+King\s+Day|Election\s+Day)(?!\w)",
            _holiday,
            0,
            triggers=(
                "christmas",
                "thanksgiving",
                "halloween",
                "independence",
                "july",
                "valentine",
                "veterans",
                "labor",
                "memorial",
                "king",
                "election",
                "year",
            ),
        ),
        _rule(
            "mid-afternoon",
            r"(?<![\w-])mid[-\s]?afternoon(?!\w)",
            lambda m, c: relative(c, "day", 0, "TIME", "TAF"),
            triggers=("afternoon", "midafternoon"),
        ),
        _rule(
            "bare-reference",
            r"(?<![\w-])(?P<word>current)(?!\w|\s+(?:account|assets|liabilities|events|affairs|issues?))",
            lambda m, c: _Value(
                "DATE",
                {"current": "PRESENT_REF", "recent": "PAST_REF", "future": "FUTURE_REF"}[m["word"].lower()],
                True,
            ),
            triggers=("current",),
        ),
    )
