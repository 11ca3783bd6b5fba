"""Who is quoted and how much: quotations, their speakers, and each speaker's share.

Rule-based and fast (no language model). One module per step:

- :mod:`.lexicon`: every word list, each with a note on where it comes from.
- :mod:`.marks`: quotation marks, paragraph by paragraph (AP-style continuations linked).
- :mod:`.cuewords`: where a unit's reporting verbs can be (their first words, by set look-ups).
- :mod:`.cues`: reporting verbs and the words naming the speaker before or after each.
- :mod:`.mentions`: those words split into name, role and kind.
- :mod:`.aftercue`: how a unit goes on after a cue (it ends, a comma, or what it reports).
- :mod:`.reported`: what each cue reports, and the rows of a whole article.
- :mod:`.roles`: what the article says about each name (appositives, ages, titles, organisations).
- :mod:`.genders`: a name's gender, only as the article shows it (a title, a pronoun bound to it).
- :mod:`.subjects`: the person each sentence opens with, read when a sieve asks.
- :mod:`.clustering`: mentions clustered into entities, most precise sieve first.
- :mod:`.attribution`: each quotation to its entity, with a confidence and how it was decided.
- :mod:`.tables`: the public frames.

Public functions: :func:`quotes`, :func:`quote_share`, :func:`voices`, :func:`entities`.
"""

from .tables import (
    CONFIDENCE,
    ENTITY_COLUMNS,
    KINDS,
    QUOTE_COLUMNS,
    SHARE_COLUMNS,
    UNATTRIBUTED,
    VOICE_COLUMNS,
    entities,
    quote_share,
    quotes,
    voices,
)

__all__ = [
    "CONFIDENCE",
    "ENTITY_COLUMNS",
    "KINDS",
    "QUOTE_COLUMNS",
    "SHARE_COLUMNS",
    "UNATTRIBUTED",
    "VOICE_COLUMNS",
    "entities",
    "quote_share",
    "quotes",
    "voices",
]
