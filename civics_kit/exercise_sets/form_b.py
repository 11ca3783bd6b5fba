"""form_b · Assessment, form B (the post-test): the twelve items of form A, in parallel, on other passages.

Item for item, form B asks the same skill with the same item type as form A (``form_a.py``), on the same
article (``wikinews_20191207_samoa_measles_shutdown``, Wikinews, CC BY 2.5), so the two scores can be
compared skill by skill. The answer options of the shared item types are form A's.
"""

from __future__ import annotations

from ..exercises import Choice, Date, Labelling, Name
from ..exercises.assessment import Assessment, Item
from .form_a import ARTICLE, LATERAL, PARAGRAPH_KINDS, QUOTE_MARKS, TITLE

__all__ = ["EXERCISES", "ITEMS"]

ITEMS = [
    Item(
        "kind",
        "The paragraph that begins “Measles is one of several diseases” is:",
        Choice("paragraph_kind", PARAGRAPH_KINDS, "B"),
        "B",
        "It tells nothing that happened this week: it gives the history of measles and its vaccine, so the "
        "reader sees the outbreak in a longer story. No one is quoted in it (C), and it is not a judgement (D).",
    ),
    Item(
        "voices",
        "Which person from the Samoa Observer does the article quote?",
        Name("quoted_person", "Keni Lesa"),
        "Keni Lesa",
        "“According to Samoa Observer editor Keni Lesa, …” (the surname alone is fine). The article quotes his "
        "words “really hammer home their message”.",
    ),
    Item(
        "voices",
        "Which of these does the article talk about but never quote?",
        Choice(
            "not_quoted",
            {
                "A": "the households asked to place a red flag",
                "B": "UNICEF",
                "C": "the government's Twitter account",
                "D": "the Samoa Observer's editor",
            },
            "A",
        ),
        "A",
        "The households are told what to do, but no family speaks. UNICEF's Sheldon Yett (B), the government's "
        "post (C) and Keni Lesa (D) are all quoted.",
    ),
    Item(
        "words",
        "Which phrase carries a judgement, not just a fact?",
        Choice(
            "loaded_phrase",
            {
                "A": "banned children from public gatherings",
                "B": "introduced in the 1960s",
                "C": "infected over 4,200",
                "D": "drastically reduced the indigenous population",
            },
            "D",
        ),
        "D",
        "“Drastically” is the writer's weighing of how much; the other three are plain facts a reader could check.",
    ),
    Item(
        "words",
        "Why is “village councils, faith-based organizations, and church leaders, village mayors and government "
        "women representatives” in quotation marks?",
        Choice("why_quotes", QUOTE_MARKS, "A"),
        "A",
        "They are the Prime Minister's words: the article quotes whom he called on. Scare quotes (B) would hang "
        "on one word the reporter doubts, with no speaker.",
    ),
    Item(
        "evidence",
        "Label each statement from the article fact, claim or opinion.",
        Labelling(
            "statement_labels",
            {
                "banned children from public gatherings": "fact",
                "coverage had risen to 55 percent": "claim",
                "but not over an entire country like this": "opinion",
            },
            ("fact", "claim", "opinion"),
        ),
        "public gatherings: fact; 55 percent: claim; not over an entire country: opinion",
        "A ban on children at public gatherings is a public order anyone could check: a fact. The 55 percent is "
        "Al Jazeera's report of a figure: checkable, but the article shows no data, so a claim. Yett's “not "
        "over an entire country like this” is his impression from experience: an opinion. All three right for "
        "the mark.",
    ),
    Item(
        "evidence",
        "What evidence does the article give that “one out of every thousand children who contract measles "
        "develop encephalitis”?",
        Choice(
            "evidence_given",
            {
                "A": "a link to the study the figure comes from",
                "B": "none: it is the reporter's guess",
                "C": "it names who says it (the Centers for Disease Control and Prevention), but not which page or "
                "study",
                "D": "a quotation from a doctor",
            },
            "C",
        ),
        "C",
        "“According to the Centers for Disease Control and Prevention in the United States”: a named source, "
        "but no page, study or method, so a reader cannot check it from the article alone.",
    ),
    Item(
        "record",
        "To check that vaccination coverage “had risen to 55 percent”, where should you look first?",
        Choice(
            "where_to_check",
            {
                "A": "Al Jazeera's report of that Thursday, then the figures it used",
                "B": "this article, read again",
                "C": "a social media post that gives the same figure",
                "D": "a news story that repeats the figure without naming a source",
            },
            "A",
        ),
        "A",
        "The article says “Al Jazeera reported on Thursday”: start with that report and follow it to its "
        "figures. Reading again (B) or finding the figure repeated (C, D) is not checking it.",
    ),
    Item(
        "record",
        "The article quotes a post: “3,728 measles cases have been reported”. Which source is closest to the "
        "original record of that count?",
        Choice(
            "closest_to_record",
            {
                "A": "a story by another news site that repeats the count",
                "B": "the Samoan government's own post on its official account",
                "C": "UNICEF's Sheldon Yett",
                "D": "a reader's comment under the article",
            },
            "B",
        ),
        "B",
        "“an official government Twitter account made the following announcement”: the government's own post is "
        "the original. Another story (A) is a copy; Yett (C) is quoted about the campaign, not the count.",
    ),
    Item(
        "dates",
        "On what date did the Samoan government declare a state of emergency?",
        Date("event_date", "2019-11-15"),
        "15 November 2019",
        "“declared a state of emergency on November 15”. The article gives no year there: it was published on "
        "Saturday, December 7, 2019, so the November before it is November 2019.",
    ),
    Item(
        "dates",
        "The government's post says “3,728 measles cases”; the first paragraph says “over 4,200”. Why do they differ?",
        Choice(
            "two_counts",
            {
                "A": "one of them must be a mistake",
                "B": "the post is older (“earlier this week”): more cases had been reported by the time the "
                "article was written",
                "C": "they count different diseases",
                "D": "the article rounds the figure up",
            },
            "B",
        ),
        "B",
        "The post came “earlier this week”, and the article adds that the government “has reported more cases” "
        "since. A count is true for its date: always ask “as of when?”.",
    ),
    Item(
        "behind",
        "The article quotes UNICEF's Sheldon Yett through the Agence France-Presse news service. Before you "
        "trust Agence France-Presse, what should you do first?",
        Choice("before_trusting", LATERAL, "C"),
        "C",
        "Lateral reading: leave the site and see what others say about who runs it. A site's own page (A) and "
        "its look (D) are what it wants you to see; being quoted (B) says nothing about it.",
    ),
]

EXERCISES = Assessment("form_b", "Assessment, form B (post-test)", ARTICLE, TITLE, ITEMS)
