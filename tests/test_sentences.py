"""Spanish cases for the sentence splitter (abbreviations and opening marks)."""

from __future__ import annotations

import pytest

from civics_kit import split_sentences


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
