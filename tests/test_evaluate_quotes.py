"""The evaluation's split and share figures, on documents written here (no evaluation data)."""

from __future__ import annotations

from civics_kit.evaluate.quotes import half, main, share_agreement


def test_the_split_is_a_fixed_hash_of_the_id() -> None:
    ids = [f"article-{n}" for n in range(200)]
    halves = [half(i) for i in ids]
    assert halves == [half(i) for i in ids]
    assert set(halves) == {"tune", "check"}
    assert 60 < halves.count("tune") < 140


def test_share_agreement_compares_top_speakers_and_distance() -> None:
    text = "a b c d e f g h i j"
    gold = [{"start": 0, "end": 11, "speaker": "Ana Ruiz"}, {"start": 12, "end": 19, "speaker": "Tom Lee"}]
    same = [{"start": 0, "end": 11, "speaker": "Ruiz"}, {"start": 12, "end": 19, "speaker": "Tom Lee"}]
    assert share_agreement(text, gold, same) == (True, True, 0.0)
    swapped = [{"start": 0, "end": 19, "speaker": "Tom Lee"}]
    top, top3, distance = share_agreement(text, gold, swapped)
    assert (top, top3) == (False, False) and abs(distance - 0.6) < 1e-9
    unattributed = [{"start": 0, "end": 19, "speaker": None}]
    assert share_agreement(text, gold, unattributed)[2] == 1.0
    assert share_agreement(text, [], same) is None


def test_both_halves_are_printed(tmp_path, capsys) -> None:
    import json

    lines = []
    for n in range(6):
        text = f'Headline {n}\n\n"We will open the school on time," said Ana Ruiz{n}.'
        start = text.index("We")
        lines.append(
            {
                "id": f"doc{n}",
                "text": text,
                "quotes": [
                    {"start": start, "end": text.index(',"'), "speaker": f"Ana Ruiz{n}", "has_quote_marks": True}
                ],
            }
        )
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    assert main([str(path), "--split", "check", "--errors", "3"]) == 0
    out = capsys.readouterr().out
    assert "-- tune:" in out and "-- check:" in out and "-- all:" in out
    assert "top speaker right" in out and "check half stays unread" in out
