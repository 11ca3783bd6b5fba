"""form_a · Assessment, form A (the pre-test): twelve items on the Samoa measles article.

Form B (``form_b.py``) asks the same skills with the same item types, in the same order, on other passages
of the same article. The article is one the lessons do not use:
``wikinews_20191207_samoa_measles_shutdown`` (Wikinews, CC BY 2.5; its attribution line is shown with it).
Every answer is read from the article itself; no outside fact is needed (tests/test_assessments.py checks
that every quoted phrase is in the article).
"""

from __future__ import annotations

from ..exercises import Choice, Date, Labelling, Name
from ..exercises.assessment import Assessment, Item

__all__ = ["ARTICLE", "EXERCISES", "ITEMS"]

ARTICLE = "wikinews_20191207_samoa_measles_shutdown"
TITLE = "Samoan government temporarily shuts down for nationwide measles vaccination drive"

# The four answer options of the "what kind of paragraph" item (the same in both forms).
PARAGRAPH_KINDS = {
    "A": "the news: what happened",
    "B": "background that helps the reader understand the news",
    "C": "a quotation from an official",
    "D": "the reporter's opinion",
}
QUOTE_MARKS = {
    "A": "to show these are someone's own words, which the article reports",
    "B": "scare quotes: the reporter hints the words are not to be believed",
    "C": "they are the title of a book or a report",
    "D": "to make the words look more important",
}
LATERAL = {
    "A": "read its own 'About us' page and trust what it says about itself",
    "B": "trust it, because the article quotes it",
    "C": "leave its site and search what other sources say about who runs it",
    "D": "judge it by how professional its website looks",
}

ITEMS = [
    Item(
        "kind",
        "The paragraph that begins “Measles affects the respiratory system” is:",
        Choice("paragraph_kind", PARAGRAPH_KINDS, "B"),
        "B",
        "It tells nothing that happened this week: it explains what measles does, so the reader understands why "
        "the shutdown matters. News (A) would be an event; no one is quoted in it (C); it gives a fact with its "
        "source (the CDC), not a judgement (D).",
    ),
    Item(
        "voices",
        "Which person from UNICEF does the article quote?",
        Name("quoted_person", "Sheldon Yett"),
        "Sheldon Yett",
        "“Sheldon Yett of UNICEF observed, …” (the surname alone is fine). He speaks through the Agence "
        "France-Presse news service: the article relays his words.",
    ),
    Item(
        "voices",
        "Which of these does the article talk about but never quote?",
        Choice(
            "not_quoted",
            {
                "A": "the Samoa Observer's editor",
                "B": "the anti-vaccine movement",
                "C": "the Prime Minister",
                "D": "UNICEF",
            },
            "B",
        ),
        "B",
        "The anti-vaccine movement is described only through Keni Lesa's words; nobody from it speaks. The "
        "editor (A), the Prime Minister (C) and UNICEF's Sheldon Yett (D) are all quoted.",
    ),
    Item(
        "words",
        "Which phrase carries a judgement, not just a fact?",
        Choice(
            "loaded_phrase",
            {
                "A": "businesses and ferries were closed",
                "B": "vaccinated 58,150 individuals",
                "C": "tap into the resulting public mistrust",
                "D": "stay off the roads",
            },
            "C",
        ),
        "C",
        "“Tap into” says the movement used people's mistrust on purpose: a judgement (Keni Lesa's, reported by "
        "the article). The other three are plain facts a reader could check.",
    ),
    Item(
        "words",
        "Why is “really hammer home their message” in quotation marks?",
        Choice("why_quotes", QUOTE_MARKS, "A"),
        "A",
        "They are Keni Lesa's words: the article quotes the editor instead of saying it in its own voice. Scare "
        "quotes (B) would hang on one word the reporter doubts, with no speaker.",
    ),
    Item(
        "evidence",
        "Label each statement from the article fact, claim or opinion.",
        Labelling(
            "statement_labels",
            {
                "businesses and ferries were closed": "fact",
                "the fatalities were all unvaccinated": "claim",
                "really hammer home their message": "opinion",
            },
            ("fact", "claim", "opinion"),
        ),
        "businesses and ferries: fact; the fatalities: claim; hammer home: opinion",
        "Closed businesses and ferries are something anyone in Samoa could see: a fact. That every death was "
        "unvaccinated is the Prime Minister's statement: checkable, but the article shows no data, so a claim. "
        "“Really hammer home their message” is Keni Lesa's judgement: an opinion. All three right for the mark.",
    ),
    Item(
        "evidence",
        "What evidence does the article give that vaccination “covered only about 31 percent of Samoans” "
        "before the outbreak?",
        Choice(
            "evidence_given",
            {
                "A": "a link to the report the figure comes from",
                "B": "none: it is the reporter's guess",
                "C": "it names who measured it (the World Health Organization), but not which report or how",
                "D": "a quotation from a doctor",
            },
            "C",
        ),
        "C",
        "“According to the World Health Organization (WHO)”: a named source, but no report, year or method, so "
        "a reader cannot check it from the article alone.",
    ),
    Item(
        "record",
        "To check that measles cases worldwide in the first half of the year were the most “since 2006”, "
        "where should you look first?",
        Choice(
            "where_to_check",
            {
                "A": "the World Health Organization's own measles figures",
                "B": "this article, read again",
                "C": "a social media post that gives the same figure",
                "D": "a news story that repeats the figure without naming a source",
            },
            "A",
        ),
        "A",
        "The article says the figure is the WHO's (“According to the WHO”), so the record is the WHO's own "
        "data. Reading again (B) or finding the figure repeated (C, D) is not checking it.",
    ),
    Item(
        "record",
        "The article says the outbreak “killed at least 62”. Which source is closest to the original record "
        "of that count?",
        Choice(
            "closest_to_record",
            {
                "A": "a story by another news site that repeats the count",
                "B": "the Samoan government's own reports of deaths",
                "C": "UNICEF's Sheldon Yett",
                "D": "a reader's comment under the article",
            },
            "B",
        ),
        "B",
        "The sentence says “according to government reports”: the government keeps the count. Another story (A) "
        "is a copy; Yett (C) is quoted about the campaign, not the count.",
    ),
    Item(
        "dates",
        "On what date did the Samoan government shut down all schools?",
        Date("event_date", "2019-11-17"),
        "17 November 2019",
        "“shut down all schools as of November 17”. The article gives no year there: it was published on "
        "Saturday, December 7, 2019, so the November before it is November 2019.",
    ),
    Item(
        "dates",
        "The government's post says “53 measles related deaths”; the first paragraph says “at least 62”. Why "
        "do they differ?",
        Choice(
            "two_counts",
            {
                "A": "one of them must be a mistake",
                "B": "the post is older (“earlier this week”): more people had died by the time the article was "
                "written",
                "C": "they count different diseases",
                "D": "the article rounds the figure up",
            },
            "B",
        ),
        "B",
        "The post came “earlier this week”; counts in an outbreak grow by the day. A count is true for its date: "
        "always ask “as of when?”.",
    ),
    Item(
        "behind",
        "The article quotes the editor of the Samoa Observer. Before you trust the Samoa Observer, what should "
        "you do first?",
        Choice("before_trusting", LATERAL, "C"),
        "C",
        "Lateral reading: leave the site and see what others say about who runs it. A site's own page (A) and "
        "its look (D) are what it wants you to see; being quoted (B) says nothing about it.",
    ),
]

EXERCISES = Assessment("form_a", "Assessment, form A (pre-test)", ARTICLE, TITLE, ITEMS)
