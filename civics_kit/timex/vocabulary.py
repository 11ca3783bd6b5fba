"""The tagger's vocabulary: month, weekday, number and unit words, cue words, and shared pattern fragments.

Every list here is written for this project from general English usage and the TimeML annotation
guidelines (TimeML 1.2.1); none is copied from another tagger's resource files."""

from __future__ import annotations

import re

_MONTH_NAMES = "january february march april may june july august september october november december".split()
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)} | {
    name[:3]: number for number, name in enumerate(_MONTH_NAMES, 1) if name != "may"
}
MONTHS["sept"] = 9
_WEEKDAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday".split()
WEEKDAYS = {name: number for number, name in enumerate(_WEEKDAY_NAMES)} | {
    name[:3]: number for number, name in enumerate(_WEEKDAY_NAMES)
}
WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})
_SMALL = {
    word: number
    for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
        " seventeen eighteen nineteen".split()
    )
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_VAGUE_COUNTS = {"several", "a few", "few", "many", "some", "a number of", "numerous", "countless"}
_COUPLE = {"a couple of", "a couple", "a pair of"}
UNITS = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
_PART_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "mid-afternoon": "AF",
    "midafternoon": "AF",
    "mid afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY_RE = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tues?\.|Wed\.|Thur?s?\.|Fri\.|Sat\.|Sun\.)"
)
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|"
    r"six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|a hundred|one hundred|hundreds)"
)
_NUM = rf"(?:\d+(?:\.\d+)?(?: 1/2)?|{_NUMBER_WORD}|a couple of|couple of|a few|few|several|a|an|many|some|half an?)"
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)"
_MODIFIER = (
    r"(?:about|around|nearly|almost|roughly|approximately|more than|less than|at least|over|under|"
    r"up to|some|no more than|fewer than|at most)"
)
_DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d|2100)"
_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|might|may(?!\s+\d)|can|as\s+(?:early|soon)\s+as|planned|planning|going to|"
    r"gonna|scheduled|set\s+(?:to|for)|plans? to|planning to|expects? to|would|is to|are to|due to|"
    r"next|upcoming|coming|until)\b|'ll\b",
    re.IGNORECASE,
)
# A past verb: a lower-case word in -ed (a capitalised one is a name: "the United States", "Mayor Ahmed"; "-eed" is
# "need", "indeed", "speed" unless "agreed", "freed", "guaranteed"; the adjectives and nouns listed are not verbs),
# or one of the common irregular past forms of news English (written for this project).
_PAST_CUE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bto )(?<!\bis )(?<!\bare )"
    r"\b(?:(?!(?:hundred|kindred|sacred|naked|wicked|red|bed)\b)(?-i:[a-z])\w*(?<!e)ed|"
    r"(?-i:[a-z])\w*(?:agre|fre|guarante)ed|said|says|told|was|were|had|did|made|met|took|gave|came|went|"
    r"began|won|lost|fell|rose|got|left|"
    r"held|became|spoke|wrote|sent|ran|saw|found|thought|brought|bought|sold|paid|ago|last|since)\b",
    re.IGNORECASE,
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:[$€£#№]|\b(?:No|Nos|Number|Room|Rm|Suite|Apt|Apartment|Route|Rte|Highway|Hwy|Interstate|I|Flight|Page|Pages|"
    r"Box|Unit|Bus|Line|Lot|Gate|Exit|Model|Version|Chapter|Section|Article|Item|Code|Bill|Case|Precinct|District|"
    r"Channel|Track|Pier|Platform|Engine|Squad|Local|Boeing|Airbus|ZIP|zip|PIN|pin|phone|ext|Ext|extension|Extension|Street|St|Avenue|Ave)"
    r"\.?\s*)$"
)
_NOT_YEAR_AFTER = re.compile(
    r"^(?:\s*(?:%|percent|per cent|-(?:\d)|\.\d|,\d{3}|/|:\d|[a-z]{0,2}\d|"
    r"(?:votes?|voters?|people|persons?|residents?|jobs?|units?|cases?|deaths?|members?|students?|employees?|workers?|"
    r"miles?|feet|foot|meters?|metres?|kilometers?|acres?|dollars?|pounds?|tons?|tonnes?|shares?|copies|signatures?|"
    r"homes?|houses?|cars?|vehicles?|points?|calls?|arrests?|deportations?|immigrants?|children|kids|men|women|"
    r"delegates?|times|words?|pages?|households?|users?|tickets?|troops?|soldiers?|officers?|patients?|beds?|"
    r"rooms?|seats?|barrels?|gallons?|tests?|items?|pieces?|families|adults?|customers?|passengers?|"
    r"ballots?|degrees?|calories?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|"
    r"rpm|mph|km|kg|lbs?|ft|cc|mb|gb|kb|ft)\b))",
    re.IGNORECASE,
)


_WORD_DECADES = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


_ADVERB_SETS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "quarterly": "P1Q",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}


_DEICTIC = {
    "today": ("day", 0, ""),
    "yesterday": ("day", -1, ""),
    "tomorrow": ("day", 1, ""),
    "tonight": ("day", 0, ""),
    "overnight": ("day", 0, "TNI"),
    "the day before yesterday": ("day", -2, ""),
    "the day after tomorrow": ("day", 2, ""),
}


_REL_AMOUNT = {
    "this": 0,
    "the current": 0,
    "current": 0,
    "the present": 0,
    "last": -1,
    "past": -1,
    "the past": -1,
    "this past": -1,
    "the last": -1,
    "previous": -1,
    "the previous": -1,
    "next": 1,
    "the next": 1,
    "this coming": 1,
    "the coming": 1,
    "coming": 1,
    "the following": 1,
    "following": 1,
    "that": 0,
    "the same": 0,
    "that same": 0,
}


_B = r"(?<![\w$£€#/.-])"  # not glued to a word, a currency sign or a number before it
_E = r"(?![\w-]|/\d|,\d{3})"
_CLOCK = r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridian>[ap]\.?\s?m\b\.?)"
_CLOCK_24 = r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?P<meridian>)"
_TZ = r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC)\b)?"
_PART = r"(?P<part>morning|afternoon|mid-?\s?afternoon|evening|night)"
_EARLY_LATE = (
    r"(?:(?:early|late|mid-?|the\s+(?:middle|end|beginning|start)\s+of|the\s+(?:first|last|"
    r"second)\s+half\s+of|around|about|until|since)\s*)?"
)


_MONTH_WORDS = (*_MONTH_NAMES, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_WEEKDAY_WORDS = (*_WEEKDAY_NAMES, "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
_UNIT_WORDS = (
    *(
        form
        for unit in ("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade")
        for form in (unit, unit + "s")
    ),
    "century",
    "centuries",
)
_PARTS = ("morning", "afternoon", "midafternoon", "evening", "night")
_SEASON_WORDS = ("spring", "summer", "fall", "autumn", "winter")
_DATE_WORDS = (*_MONTH_WORDS, *_WEEKDAY_WORDS)


# ---------------------------------------------------------------- names that look like times (not_times.py)
# Written for this project from general news usage; each list names kinds of things, not particular titles.

WORK_NOUNS = frozenset(
    """film films movie movies show shows series sitcom programme program podcast documentary episode album song
    single track book novel memoir play musical opera poem painting exhibition exhibit game newsletter column
    magazine newspaper broadcast""".split()
)
"""Nouns that name a work, a programme or an outlet: a time word in quotation marks next to one is a title."""

SCHEDULE_NOUNS = frozenset(
    """hours schedule schedules timetable timetables service services shift shifts classes routine routines
    closures closure openings
    """.split()
)
"""Nouns after a weekday that name a weekly schedule ("Sunday hours", "Saturday library hours"), not one day."""

OUTLET_NOUNS = frozenset(
    """times telegraph express herald mirror post tribune chronicle journal independent observer star sun
    gazette standard mail news""".split()
)
"""Words that end a newspaper's name: a weekday right before one, capitalised, is a title ("the Sunday Times").

Written for this project from the mastheads of English-language papers (Times, Telegraph, Post ...)."""

ALWAYS_CAPITALISED = frozenset(
    (
        *_MONTH_NAMES,
        *_WEEKDAY_NAMES,
        *"jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split(),
        *"christmas new thanksgiving halloween easter independence valentine veterans labor memorial".split(),
        *"martin election fourth fiscal fy".split(),
    )
)
"""Words a time expression may begin with that English always capitalises: a capital there says nothing."""
