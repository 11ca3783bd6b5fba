"""The news sentence splitter, on tricky cases written for the kit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civics_kit.sentences import naive_split, split_sentences

# Each case: a paragraph and the sentences a careful reader finds in it.
CASES: list[tuple[str, list[str]]] = [
    ("L.A. votes to support an opt-out.", ["L.A. votes to support an opt-out."]),
    ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
    ("He moved to the U.S. The next year he ran.", ["He moved to the U.S.", "The next year he ran."]),
    ("Dr. Ana Ruiz spoke first.", ["Dr. Ana Ruiz spoke first."]),
    ("Mr. and Mrs. Lee agreed.", ["Mr. and Mrs. Lee agreed."]),
    ("Sen. Dianne Feinstein and Rep. Judy Chu wrote.", ["Sen. Dianne Feinstein and Rep. Judy Chu wrote."]),
    ("Gov. Jerry Brown vetoed it. Lawmakers tried again.", ["Gov. Jerry Brown vetoed it.", "Lawmakers tried again."]),
    ("The vote was on Jan. 5 this year.", ["The vote was on Jan. 5 this year."]),
    ("It began Sept. 30, 2012, in Sacramento.", ["It began Sept. 30, 2012, in Sacramento."]),
    ("She lives in Fresno, Calif., with her son.", ["She lives in Fresno, Calif., with her son."]),
    ("She was born in Fresno, Calif. The city is large.", ["She was born in Fresno, Calif.", "The city is large."]),
    ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
    ("The rate rose 3.5 percent. Prices fell.", ["The rate rose 3.5 percent.", "Prices fell."]),
    ("About 70.2% agreed. The rest did not.", ["About 70.2% agreed.", "The rest did not."]),
    ("It cost $4.50 each. Few bought one.", ["It cost $4.50 each.", "Few bought one."]),
    ("Stop! Go now. Really? Yes.", ["Stop!", "Go now.", "Really?", "Yes."]),
    ("Why? Nobody knows.", ["Why?", "Nobody knows."]),
    ("Is it legal?! Lawyers disagree.", ["Is it legal?!", "Lawyers disagree."]),
    ('"It hurts victims," Parks said. "We must act."', ['"It hurts victims," Parks said.', '"We must act."']),
    ('He said, "The plan failed." Then he left.', ['He said, "The plan failed."', "Then he left."]),
    ("“It is over.” She smiled.", ["“It is over.”", "She smiled."]),
    ("'It is over.' She smiled.", ["'It is over.'", "She smiled."]),
    ("for the LAPD ... finding ways to help.", ["for the LAPD ... finding ways to help."]),
    ("It ended… Then it began again.", ["It ended…", "Then it began again."]),
    ('..."One issue is trust," he said.', ['..."One issue is trust," he said.']),
    ("The meeting starts at 9 a.m. and ends at noon.", ["The meeting starts at 9 a.m. and ends at noon."]),
    ("It ends at 5 p.m. The doors close then.", ["It ends at 5 p.m.", "The doors close then."]),
    ("Acme Inc. said profits rose.", ["Acme Inc. said profits rose."]),
    ("He works for Acme Inc. The firm is small.", ["He works for Acme Inc.", "The firm is small."]),
    ("They met in Washington, D.C. on Monday.", ["They met in Washington, D.C. on Monday."]),
    ("The U.N. Security Council met.", ["The U.N. Security Council met."]),
    ("Martin Luther King Jr. marched. Crowds followed.", ["Martin Luther King Jr. marched.", "Crowds followed."]),
    ("See Fig. 2 for details.", ["See Fig. 2 for details."]),
    ("The bill is No. 1081 on the list.", ["The bill is No. 1081 on the list."]),
    ("Apples, pears, etc. are sold here.", ["Apples, pears, etc. are sold here."]),
    ("St. Louis voted too.", ["St. Louis voted too."]),
    ("He was ill. The doctor came.", ["He was ill.", "The doctor came."]),
    ("It's a mass. Many came.", ["It's a mass.", "Many came."]),
    ("The vote was 11-1. Parks smiled.", ["The vote was 11-1.", "Parks smiled."]),
    ("(The council met twice.) Then it voted.", ["(The council met twice.)", "Then it voted."]),
    ("El Sr. García habló. La Sra. López también.", ["El Sr. García habló.", "La Sra. López también."]),
    ("¿Quién paga? ¡Nadie lo sabe!", ["¿Quién paga?", "¡Nadie lo sabe!"]),
    ("Vive en EE. UU. desde 2001.", ["Vive en EE. UU. desde 2001."]),
    ("La Dra. Pérez llegó a EE. UU. El viaje fue largo.", ["La Dra. Pérez llegó a EE. UU.", "El viaje fue largo."]),
    ("No sentence end here", ["No sentence end here"]),
    ("Prof. Smith, Ph.D., testified.", ["Prof. Smith, Ph.D., testified."]),
]


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_tricky_cases(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_enough_cases_and_naive_split_gets_many_wrong() -> None:
    assert len(CASES) >= 40
    naive_wrong = sum(naive_split(text) != expected for text, expected in CASES)
    # The baseline is the rule textstat and many tutorials use; it must do clearly worse.
    assert naive_wrong >= 20


def test_offsets_index_the_original_text() -> None:
    text = "  First one.   Second one!\n\nThird?  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one!", "Third?"]


def test_slice_bounds_are_respected() -> None:
    text = "Skip this. Keep this. And this. Not this."
    spans = split_sentences(text, 11, 31)
    assert [text[s:e] for s, e in spans] == ["Keep this.", "And this."]


@given(st.text())
def test_any_text_gives_ordered_spans_that_slice_back(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        previous_end = end


def test_long_paragraph_splits_correctly() -> None:
    # Its speed is measured in benchmarks/bench_foundation.py, not here.
    paragraph = "The U.S. council met on Jan. 5 at 9 a.m. and voted 11-1 on the bill. " * 1500  # ~100 KB
    spans = split_sentences(paragraph)
    assert len(spans) == 1500
    assert paragraph[spans[-1][0] : spans[-1][1]] == paragraph[:69].strip()


# ---------------------------------------------------------------- Spanish (readability branch)


def pieces(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Sr. Pérez llegó ayer. ¿Qué pasó después? ¡Nada, absolutamente nada!",
            ["El Sr. Pérez llegó ayer.", "¿Qué pasó después?", "¡Nada, absolutamente nada!"],
        ),
        (
            "La Sra. Gómez y el Dr. Ruiz viajaron a EE. UU. en enero. Volvieron en marzo.",
            ["La Sra. Gómez y el Dr. Ruiz viajaron a EE. UU. en enero.", "Volvieron en marzo."],
        ),
        ("Viajó a EE. UU. Allí trabajó diez años.", ["Viajó a EE. UU.", "Allí trabajó diez años."]),
        ("El gobierno de EE. UU. El presidente habló.", ["El gobierno de EE. UU.", "El presidente habló."]),
        ("Ud. sabe que la pág. 5 lo dice. Vale.", ["Ud. sabe que la pág. 5 lo dice.", "Vale."]),
        (
            "La Dra. López dijo: «Es urgente». ¿Por qué? Porque sí.",
            ["La Dra. López dijo: «Es urgente».", "¿Por qué?", "Porque sí."],
        ),
    ],
)
def test_spanish_abbreviations_and_opening_marks(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


def test_spanish_dialogue_dash_does_not_end_the_sentence() -> None:
    text = "—¿Vienes? —preguntó Ana. Sí."
    assert pieces(text) == ["—¿Vienes? —preguntó Ana.", "Sí."]
