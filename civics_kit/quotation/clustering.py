"""Step 4: mentions clustered into entities (people, groups, organisations), most precise sieve first."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from ..article import Article
from .genders import Genders
from .lexicon import (
    _ANY_ORG,
    _NAME_GAP,
    _NOT_NAME_START,
    _NOT_NAMES,
    _ORG_WORDS,
    _PERSON_NOUNS,
    _TIME_WORDS,
    _TITLE_NOUNS,
    _TITLES,
    _UNNAMED_ORG,
    _lazy,
)
from .mentions import _TRAILING_POSSESSIVE
from .records import Speaker
from .roles import (
    _DOCUMENTS,
    _SPACED_OF_FOR_AT_WITH,
    _TRAILING_APOSTROPHE,
    RoleEntry,
    document_owner,
    match_role,
    named_organisation,
    organisation_before,
    role_index,
)
from .subjects import SentenceSubjects

# Patterns the functions below use, compiled once.
_LEADING_ARTICLE = _lazy(r"^(?:the|a|an)\s+")
_PERSON_SUFFIX = _lazy(r"(?:er|or|ist|ian|ent|ant|man|woman|ick)$")
_LEADING_A_OR_AN = _lazy(r"(?:a|an)\s", re.IGNORECASE)
_LEADING_THE = _lazy(r"the\s", re.IGNORECASE)
_INTRODUCING_DETERMINER = _lazy(r"(?:a|an|one|another)\s", re.IGNORECASE)


@dataclass
class _Entity:
    name: str
    kind: str
    named: bool
    role: str | None = None
    gender: str | None = None
    tokens: tuple[str, ...] = ()
    mentions: list[tuple[str, int, int]] = field(default_factory=list)


# The capital comes first and the look-behind after it (the same matches as "(?<![\w'’.-])[A-Z]..."): a
# pattern that opens with a character class lets the engine skip to the next capital.
_NAME_RUN = _lazy(
    r"[A-Z](?<![\w'’.-][A-Z])(?:[\w'’-]+|\.)"
    rf"(?:{_NAME_GAP}(?:(?:de|van|von|da|di|del|la|le|bin|al){_NAME_GAP})?(?:[A-Z][\w'’-]+|[A-Z]\.))+"
)


_TITLES_AND_TIMES = _TITLES | _TIME_WORDS


def _person_names(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """Full names of people anywhere in the text (two or more capitalised words, no organisation word)."""
    found = []
    for match in _NAME_RUN.finditer(text):
        raw = match.group().split()
        tokens = [_TRAILING_APOSTROPHE.sub("", t) if t[-1] in "'’s" else t for t in raw]
        cut = 0
        for k, token in enumerate(tokens):
            lowered = token.lower()
            if lowered in _TITLES_AND_TIMES or token in _NOT_NAME_START or lowered.rstrip(".") in _TITLES:
                cut = k + 1  # "Mayor", "Since October"
            elif raw[k].endswith(("'s", "’s")) and k + 1 < len(tokens):
                cut = k + 1  # "Vancouver's Bo Horvat"
        tokens = tokens[cut:]
        if len(tokens) >= 3 and tokens[0].lower() in _PERSON_NOUNS:
            tokens = tokens[1:]  # "Volunteer Nia Brooks": a role noun that opens the sentence
        if len(tokens) < 2 or len(tokens) > 4:
            continue
        if any(t.lower() in _ORG_WORDS or (t.isupper() and len(t) > 1) for t in tokens) or set(tokens) & _NOT_NAMES:
            continue
        found.append((match.start(), tuple(tokens)))
    return found


# "*+" and "++": a title or a name word is never given back (what follows it is never a word character), so
# these only skip tries that fail (the same matches).
_TITLED_NAME = _lazy(
    r"\b(?P<title>[A-Za-z][\w-]*+)\.?\s++(?P<name>[A-Z][\w'’-]++(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]++){1,2})"
)


def _titled_names(text: str) -> list[tuple[int, str, tuple[str, ...]]]:
    """(position, title, name) for "Mayor Doug McCallum", "police chief Ana Ruiz" anywhere in the text."""
    found = []
    for match in _TITLED_NAME.finditer(text):
        title = match.group("title").lower()
        if title in _TITLES and title not in ("former", "acting", "interim", "then-"):
            found.append((match.start(), title, tuple(match.group("name").split())))
    return found


def _with_titles(entries: list[RoleEntry], titled: list[tuple[int, str, tuple[str, ...]]]) -> list[RoleEntry]:
    """The roles, and each title printed before a name with the office nouns it stands for ("Sen." senator)."""
    extra = [
        RoleEntry(position, name, frozenset({title.rstrip("."), *_TITLE_NOUNS.get(title.rstrip("."), ())}))
        for position, title, name in titled
    ]
    return sorted(entries + extra, key=lambda e: e.position)


_CITY_OF = _lazy(r"\bCity of(?: [A-Z][\w'’-]+){1,2}")


class _Resolver:
    """Turns mentions ("Parks", "he", "the company") into canonical speakers, in reading order."""

    def __init__(self, article: Article) -> None:
        self.entities: list[_Entity] = []
        self.recent: list[tuple[int, _Entity]] = []
        self.names = _person_names(article.text)
        self.name_positions = [p for p, _ in self.names]
        self.text = article.text
        self.by_token: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for position, tokens in self.names:
            for token in {tokens[0], tokens[-1]}:
                self.by_token.setdefault(token, []).append((position, tokens))
        self.by_key: dict[tuple[str, str], _Entity] = {}
        self.subjects = SentenceSubjects(article)
        self.cache: dict[int, tuple[_Entity | None, str, str]] = {}
        self.note: tuple[str, str] | None = None  # (confidence, how) of the sieve that decided

    # What the article says about its names, read the first time a sieve needs it (many articles never do).
    @cached_property
    def genders(self) -> Genders:
        return Genders(self.text, self.names)

    @cached_property
    def titled(self) -> list[tuple[int, str, tuple[str, ...]]]:
        return _titled_names(self.text)

    @cached_property
    def roles(self) -> list[RoleEntry]:
        return _with_titles(role_index(self.text, self.names), self.titled)

    @cached_property
    def city_of(self) -> str | None:
        city = _CITY_OF.search(self.text) if "City of" in self.text else None
        return city.group() if city else None

    def _city(self) -> _Entity:
        """ "the city" is the City of Surrey the article names (the municipality, not the place)."""
        key = (self.city_of.lower(), "org")
        if key not in self.by_key:
            self.by_key[key] = self._add(_Entity(self.city_of, "org", True))
        return self.by_key[key]

    def resolve(self, speaker: Speaker) -> _Entity | None:
        return self.decide(speaker)[0]

    def decide(self, speaker: Speaker) -> tuple[_Entity | None, str, str]:
        """The entity a mention names, the confidence (high, medium, low) and how it was decided."""
        key = id(speaker)
        if key not in self.cache:
            self.note = None
            entity = self._resolve(speaker)
            confidence, how = self.note or _default_note(speaker, entity)
            if entity is not None:
                if entity.role is None and speaker.role:
                    entity.role = speaker.role
                if entity.gender is None and speaker.gender in ("m", "f") and speaker.kind != "pronoun":
                    entity.gender = speaker.gender
                if (speaker.mention, speaker.start, speaker.end) not in entity.mentions:
                    entity.mentions.append((speaker.mention, speaker.start, speaker.end))
            self.cache[key] = (entity, confidence, how)
        return self.cache[key]

    def _say(self, confidence: str, how: str) -> None:
        self.note = (confidence, how)

    def _resolve(self, speaker: Speaker) -> _Entity | None:
        if speaker.kind == "pronoun":
            return self._pronoun(speaker)
        if speaker.kind in ("single", "person") and speaker.named and speaker.name:
            return self._person(speaker)
        name = speaker.name or speaker.mention
        if not speaker.named and _LEADING_A_OR_AN.match(name) and speaker.kind == "person":
            named_later = self._named_later(name, speaker.start)
            if named_later is not None:
                return named_later
        if not speaker.named and _LEADING_THE.match(name):
            known = self._definite(name, speaker.start)
            if known is not None:
                return known
            self.note = None
        key = (_LEADING_ARTICLE.sub("", name.lower()), speaker.kind)
        if key not in self.by_key:
            self.by_key[key] = self._add(_Entity(name, speaker.kind, speaker.named, speaker.role, speaker.gender))
        return self.by_key[key]

    def _definite(self, description: str, position: int = -1) -> _Entity | None:
        """ "the mayor" -> the last named speaker whose role says mayor; "the company" -> the last organisation."""
        words = _SPACED_OF_FOR_AT_WITH.split(description)[0].split()
        head = words[-1].lower()
        for _, entity in reversed(self.recent):
            if entity.named and entity.role and re.search(rf"\b{re.escape(head)}", entity.role, re.IGNORECASE):
                self._say("medium", f"'{description}': {entity.name}, whom the article calls {head}")
                return entity
        found = self._sieve_description(description, head, position)
        if found is not None:
            return found
        if head in _TITLES and len(description.split()) <= 3:
            titled = [t for p, title, t in self.titled if title == head and p < position]
            if len({" ".join(t) for t in titled}) >= 1:
                self._say("medium", f"'{description}': the {head} the article named before")
                return self._person(
                    Speaker(
                        " ".join(titled[-1]), position, position, name=" ".join(titled[-1]), kind="person", named=True
                    )
                )
        if head == "city" and len(words) == 2 and self.city_of is not None:
            self._say("medium", f"'{description}': the {self.city_of} the article names")
            return self._city()
        if head in _UNNAMED_ORG:
            # "the ministry" -> the last organisation named with that word; otherwise it stays unnamed
            for _, entity in reversed(self.recent):
                if entity.kind == "org" and entity.named and (head in entity.name.lower() or head in _ANY_ORG):
                    self._say("medium", f"'{description}': the organisation quoted before, {entity.name}")
                    return entity
            return None
        for _, entity in reversed(self.recent):
            introduced = _INTRODUCING_DETERMINER.match(entity.name)
            if not entity.named and introduced and head in entity.name.lower().split():
                self._say("medium", f"'{description}': {entity.name}, introduced before")
                return entity  # "a person familiar with the talks" ... "the person said"
        # "the self-taught resident said": an office ("the county sheriff") is somebody else unless the role says so
        personal = head in _PERSON_NOUNS or _PERSON_SUFFIX.search(head)
        if len(words) >= 2 and personal and not head.endswith("s") and head not in _ORG_WORDS | _TITLES:
            for _, entity in reversed(self.recent[-3:]):
                if entity.kind == "person" and entity.named:
                    self._say("low", f"'{description}': the person quoted just before")
                    return entity
            self._say("low", f"'{description}': the person the sentences before are about")
            return self._subject_before(position, position - 600)
        return None

    def _sieve_description(self, description: str, head: str, position: int) -> _Entity | None:
        """A document to whoever filed it; a role, age or party to the name it was given; "the department"."""
        if head in _DOCUMENTS:
            owner = document_owner(self.text, head, position)
            if owner is not None:
                self._say("medium", f"'{description}': filed or written by {owner}")
                return self._named(owner, position)
        if head in _UNNAMED_ORG and head not in ("city", "province", "town", "county", "statement", "release"):
            organisation = named_organisation(self.text, head, position)
            if organisation is not None:
                self._say("medium", f"'{description}': the {organisation} the article named before")
                return self._organisation(organisation)
        entry = match_role(self.roles, description, position, ahead=1500 if head not in _UNNAMED_ORG else 0)
        if entry is not None:
            tokens = entry.name
            if len(tokens) == 1:
                tokens = self._scanned(tokens[0], entry.position) or tokens
            self._say("medium", f"'{description}': {' '.join(tokens)}, introduced with that description")
            if any(w.lower() in _ORG_WORDS for w in tokens) or head in _UNNAMED_ORG:
                return self._organisation(" ".join(tokens))
            return self._named(" ".join(tokens), position)
        return None

    def _named_later(self, description: str, position: int) -> _Entity | None:
        """ "A spokeswoman for the minister said ..." and, later, "spokeswoman Ana Ruiz": the same person."""
        entry = match_role(self.roles, description, position, ahead=1500)
        if entry is None or entry.position < position:
            return None
        tokens = entry.name if len(entry.name) > 1 else (self._scanned(entry.name[0], entry.position) or entry.name)
        if any(w.lower() in _ORG_WORDS for w in tokens):
            return None
        self._say("medium", f"'{description}': {' '.join(tokens)}, named with that role later in the article")
        return self._named(" ".join(tokens), position)

    def _named(self, name: str, position: int) -> _Entity:
        note = self.note
        entity = self._person(Speaker(name, position, position, name=name, kind="person", named=True))
        self.note = note
        return entity

    def _organisation(self, name: str) -> _Entity:
        key = (_LEADING_ARTICLE.sub("", name.lower()), "org")
        if key not in self.by_key:
            self.by_key[key] = self._add(_Entity(name, "org", True))
        return self.by_key[key]

    def _add(self, entity: _Entity) -> _Entity:
        self.entities.append(entity)
        return entity

    def _person(self, speaker: Speaker) -> _Entity:
        tokens = tuple(
            t for t in _TRAILING_POSSESSIVE.sub("", speaker.name or "").split() if t.lower().rstrip(".") not in _TITLES
        )
        if not tokens:
            tokens = tuple((speaker.name or speaker.mention).split())
        for entity in reversed(self.entities):
            if entity.kind == "person" and _same_person(tokens, entity.tokens):
                if len(tokens) == 1 and entity.tokens != tokens:
                    self._say("high", f"'{tokens[0]}': {entity.name}, named before")
                else:
                    self._say("high", "named in the same sentence")
                return entity
        if len(tokens) == 1:
            known = self.by_key.get((tokens[0].lower(), "single"))
            if known is not None:
                self._say("high", "named in the same sentence")
                return known
            full = self._scanned(tokens[0], speaker.start)
            if full is not None:
                self._say("high", f"'{tokens[0]}': {' '.join(full)}, named elsewhere in the article")
                gender = speaker.gender or self.genders.get(full)
                return self._add(_Entity(" ".join(full), "person", True, speaker.role, gender, full))
            self._say("medium", "named in the same sentence (one word)")
            kind = "person" if (speaker.role and _has_title(speaker.role)) or speaker.gender else "org"
            entity = self._add(_Entity(tokens[0], kind, True, speaker.role, speaker.gender, tokens))
            self.by_key[(tokens[0].lower(), "single")] = entity
            return entity
        self._say("high", "named in the same sentence")
        gender = speaker.gender or self.genders.get(tokens)
        return self._add(_Entity(" ".join(tokens), "person", True, speaker.role, gender, tokens))

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
            for wanted_named in (False, True) if self._unnamed_last() else (True, False):
                for position, entity in reversed(self.recent):
                    if entity.gender is None:
                        entity.gender = self.genders.get(entity.tokens)
                    if entity.kind == "person" and entity.named == wanted_named and entity.gender in (None, gender):
                        found = (position, entity)
                        break
                if found is not None:
                    break
            person = "man" if gender == "m" else "woman"
            if found is not None:
                known = found[1].gender == gender
                self._say("medium", f"'{word}': the {person if known else 'person'} quoted just before")
            subject = self._subject_before(speaker.start, found[0] if found else -1)
            if subject is not None and subject.gender in (None, gender):
                found = (speaker.start, subject)
                said = "named" if subject.named else "described"
                self._say("medium", f"'{word}': the {person if subject.gender else 'person'} {said} just before")
            if found is None:
                named = self._named_before(speaker.start, gender)
                found = (speaker.start, named) if named is not None else None
                self._say("low", f"'{word}': the last person named before")
            if found is None:
                return None
            found[1].gender = gender
            return found[1]
        wanted = {"they": ("group", "org"), "we": ("group", "org")}.get(word, ("org",))
        for _, entity in reversed(self.recent):
            if entity.kind in wanted:
                noun = "organisation" if entity.kind == "org" else "group"
                self._say("medium", f"'{speaker.mention}': the {noun} quoted just before, {entity.name}")
                return entity
        if word in ("it", "its"):
            organisation = organisation_before(self.text, speaker.start)
            if organisation is not None:
                self._say("medium", f"'{speaker.mention}': the organisation named just before, {organisation}")
                return self._organisation(organisation)
        return None

    def _unnamed_last(self) -> bool:
        """Whether the last person quoted is an unnamed source ("a spokesperson for the employers")."""
        last = next((entity for _, entity in reversed(self.recent) if entity.kind == "person"), None)
        return last is not None and not last.named

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
        return self._subject_before(position, after, within=400)

    def _subject_before(self, position: int, after: int, within: int | None = None) -> _Entity | None:
        """A person named at the start of a sentence after ``after`` and before ``position`` (and ``within`` it)."""
        found = self.subjects.last_before(position)
        if found is None or found[0] <= after:
            return None
        at, tokens = found
        if within is not None and position - at > within:
            return None
        if len(tokens) < 2:
            full = self._scanned(tokens[0], at)
            if full is None:
                return None
            tokens = full
        for entity in reversed(self.entities):
            if entity.kind == "person" and _same_person(tokens, entity.tokens):
                return entity
        named = tokens[-1][:1].isupper()  # "Her neighbor disagreed": a subject, but described, not named
        return self._add(_Entity(" ".join(tokens), "person", named, None, None, tokens))


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return False
    if len(a) == 1:
        return a[0] in (b[-1], b[0])
    return a[-1] == b[-1] and a[0] == b[0]


def _has_title(role: str) -> bool:
    return any(w.lower().strip(",.") in _TITLES for w in role.split())


def _default_note(speaker: Speaker, entity: _Entity | None) -> tuple[str, str]:
    """Confidence and plain words for a mention no particular sieve claimed."""
    if entity is None:
        return "low", "not sure: no person or organisation fits"
    if speaker.named:
        return "high", "named in the same sentence"
    return "medium", "described, not named, in the same sentence"
