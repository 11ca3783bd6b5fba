"""The boilerplate filter: lines of a web page's extracted body that belong to the site, not the story.

trafilatura keeps the article's paragraphs and drops most of a page's chrome, but
lines inside the article's own container stay: "Read more: ...", "MORE: ...",
"Click here to watch live", "Show all 50", "Copyright 2023 ...", newsletter,
subscription and cookie notices. Left in, they feed readability and the
timeline (a newsletter's "Daily Edition" is read as a daily event).

:func:`drop_boilerplate` removes a line (a paragraph of the extracted text) only
when every sentence in it is one of these:

- a **label** line: "Advertisement", "Top Stories", "Share this article:" ...;
- a **pointer** to other pages: "Read more:", "MORE:", "RELATED:", "Watch: ..."
  (and the commonest Spanish, French and German ones: "Lee también:", "Lire aussi :");
- a **control** of the page: "Show all 50", "Click here to ...", "Tap to ...",
  and paywall prompts ("Already a subscriber? Log in");
- a **copyright** line: "Copyright 2023 ...", "© 2023 ...", "All rights reserved";
- a **promotion** addressed to the reader: sign-up, subscription, newsletter,
  donation, "follow us" and cookie notices ("Get the Tribune Daily Edition",
  "We rely on your support ...", "This site uses cookies ...").

An article sentence is never dropped: promotions are only recognised when they
speak to the reader about the site ("you", "your", "our newsletter", "this
site"), and a line with a quotation or a reporting verb ("said", "told") is
never read as one. The cost is that a promotion written as reported speech stays,
and that promotions in other languages than English stay (only the pointer,
label and copyright lines above are known in Spanish, French and German).
"""

from __future__ import annotations

import re

from .sentences import split_sentences

__all__ = ["drop_boilerplate", "is_boilerplate"]

MAX_WORDS = 40
"""Longer lines are always kept: site furniture is short."""

# Whole lines that only name a part of the page (compared lower-cased, without end punctuation).
LABELS = frozenset(
    label.strip()
    for label in """
    advertisement, advertising, sponsored, sponsored content, paid content, paid post, promoted,
    share, share this, share this article, share this story, share on facebook, share on twitter, share via email,
    comments, write a comment, leave a comment, post a comment, view comments, show comments,
    top stories, trending, trending stories, trending now, most read, most popular, most viewed, popular videos,
    related, related stories, related articles, related coverage, related content, more stories,
    recommended, recommended for you, you may also like, you might also like, watch this next, watch next, up next,
    read next, read more, continue reading, latest news, latest videos, latest stories,
    skip to content, skip to main content, back to top, menu, search, close, print, sign in, log in, log out,
    subscribe, subscribe now, newsletter, newsletters, sign up, follow us, loading,
    publicidad, publicité, anzeige, werbung
    """.split(",")
)

_POINTER = re.compile(
    r"^(?:read\s+(?:more|also|next|this|the\s+latest)|see\s+also|also\s+read|also\s+on\s+\w+|related|more"
    r"|watch|listen|recommended|trending|popular|sponsored|tagged|tags|topics|filed\s+under|share\s+this(?:\s+\w+)?"
    r"|follow\s+us|in\s+case\s+you\s+missed\s+it"
    r"|lee\s+(?:más|también)|leer\s+más|ver\s+también|(?:à\s+)?lire\s+aussi|voir\s+aussi|lesen\s+sie\s+auch|mehr\s+zum\s+thema"
    r")\s*(?::|\||»|›|>|\s[-–—]\s)",
    re.IGNORECASE,
)
_POINTER_CAPS = re.compile(r"^(?:READ MORE|MORE|RELATED|WATCH|LISTEN|SEE ALSO|ALSO READ|READ|TRENDING)\b\s*[:|»›-]?")
_READ_MORE_TITLE = re.compile(r"^(?:Read|See|Watch)\s+(?:more|all|also|next)\s+[A-Z\d]")
_CONTROL = re.compile(
    r"^(?:(?:show|view|see|load)\s+(?:all|more)(?:\s+\d+)?(?:\s+\w+)?"
    r"|(?:click|tap)\s+(?:here|to|on|the|for|below)\b.*"
    r"|(?:next|previous|prev)\s+(?:page|slide|image|photo|article|story)"
    r"|\d+\s+of\s+\d+|page\s+\d+(?:\s+of\s+\d+)?)[.!]?$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*©?|©|\(c\))\s*\d{4}|^©|^copyright\s*©|\ball\s+rights\s+reserved\b"
    r"|\btodos\s+los\s+derechos\s+reservados\b|\btous\s+droits\s+réservés\b|\balle\s+rechte\s+vorbehalten\b",
    re.IGNORECASE,
)
_PAYWALL = re.compile(
    r"^(?:already\s+(?:a\s+)?(?:subscriber|member|registered)|not\s+a\s+(?:subscriber|member)\s+yet"
    r"|(?:for\s+)?subscribers\s+only|this\s+(?:article|story|content)\s+is\s+(?:for|available\s+to)\s+subscribers)\b",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(?:you|your|yours|you['’](?:ll|re|ve|d))\b", re.IGNORECASE)
_SITE = re.compile(
    r"\b(?:our|us|we|we['’](?:ll|re|ve|d))\b|\bthis\s+(?:site|website|page|article|story|form|app|box)\b",
    re.IGNORECASE,
)
_PROMO_OFFER = re.compile(
    r"\b(?:newsletters?|inbox|e-?mail|subscri\w+|sign(?:ing)?[ -]?up|daily\s+edition|weekly\s+edition|digest"
    r"|breaking\s+news\s+alerts|news\s+alerts|support\s+(?:our|local|independent)\s+journalism|your\s+support"
    r"|donat\w+|become\s+a\s+(?:member|subscriber)|log\s+in|sign\s+in|download\s+(?:our|the)\s+\w*\s*app"
    r"|follow\s+us|contact\s+us|find\s+us\s+on|like\s+us\s+on|via\s+this\s+form|this\s+form|free\s+trial"
    r"|already\s+a\s+subscriber|unlimited\s+access|the\s+latest\s+news)",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    r"^(?:get|sign\s+up|subscribe|join|register|download|follow|support|donate|become|submit|send|share"
    r"|never\s+miss|don['’]t\s+miss|stay\s+(?:informed|up\s+to\s+date|in\s+the\s+know)|want\s+more|like\s+this"
    r"|enjoy|simply|try|start\s+your|create\s+(?:a|your)\s+(?:free\s+)?account)\b",
    re.IGNORECASE,
)
_COOKIE = re.compile(
    r"\bcookies?\b.*\b(?:we\s+use|this\s+(?:web)?site|our\s+(?:web)?site|by\s+(?:continuing|using|clicking)|accept"
    r"|consent|settings|preferences|policy|browsing\s+experience)\b"
    r"|\b(?:we\s+use|this\s+(?:web)?site\s+uses|uses)\s+cookies\b",
    re.IGNORECASE,
)
_SOCIAL = re.compile(
    r"\b(?:facebook|twitter|instagram|tiktok|youtube|linkedin|whatsapp)\b.*\b(?:facebook|twitter|instagram|tiktok"
    r"|youtube|linkedin|whatsapp|e-?mail)\b",
    re.IGNORECASE,
)
_REACH = re.compile(r"\b(?:contact|follow|find|like|reach|message)\b", re.IGNORECASE)
_SPEECH = re.compile(
    r"[\"“”«»]|\b(?:said|says|say|told|tells|according\s+to|asked|added|wrote|explained|argued|stated|urged)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


def _label(line: str) -> str:
    return re.sub(r"\s+", " ", line.strip().strip(".:!|»›>-–—•·").strip()).lower()


def _is_promotion(sentence: str) -> bool:
    """A sentence that speaks to the reader about the site: sign-up, subscription, newsletter, donation, contact."""
    if _SPEECH.search(sentence):
        return False
    if _COOKIE.search(sentence):
        return True
    offer = _PROMO_OFFER.search(sentence)
    if offer and (_IMPERATIVE.match(sentence) or (_READER.search(sentence) and _SITE.search(sentence))):
        return True
    return bool(_READER.search(sentence) and _SOCIAL.search(sentence) and _REACH.search(sentence))


def is_boilerplate(sentence: str) -> bool:
    """True when ``sentence`` (a line or one sentence of it) is site furniture, not article text."""
    text = sentence.strip()
    if not text:
        return False
    words = _WORD.findall(text)
    if len(words) > MAX_WORDS:
        return False
    if _label(text) in LABELS or _POINTER.match(text) or (_POINTER_CAPS.match(text) and _is_caps_pointer(text)):
        return True
    if _READ_MORE_TITLE.match(text) or (_COPYRIGHT.search(text) and len(words) <= 25):
        return True
    if _PAYWALL.match(text) or (_CONTROL.match(text) and not _SPEECH.search(text)):
        return True
    return _is_promotion(text)


def _is_caps_pointer(text: str) -> bool:
    """ "MORE: ..." or "READ MORE ..." in capitals, not a sentence that happens to start with "More"."""
    head = re.match(r"^[A-Z ]+", text)
    return bool(head) and (text[len(head.group()) :].lstrip().startswith((":", "|", "»", "›", "-")) or len(text) < 12)


def _line_is_boilerplate(line: str) -> bool:
    if is_boilerplate(line):
        return True
    sentences = [line[s:e] for s, e in split_sentences(line)]
    return len(sentences) > 1 and all(is_boilerplate(s) for s in sentences)


def drop_boilerplate(text: str) -> tuple[str, list[str]]:
    """The extracted body without its boilerplate lines, and the lines dropped (in order).

    ``text`` is trafilatura's output, one paragraph a line; the lines kept are
    returned unchanged, joined by newlines as they were.
    """
    kept: list[str] = []
    dropped: list[str] = []
    for line in text.split("\n"):
        (dropped if _line_is_boilerplate(line) else kept).append(line)
    return "\n".join(kept), [line.strip() for line in dropped if line.strip()]
