"""Quotations, speakers and quote share, on short articles written for these tests and on the seed."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import civics_kit as ck
from civics_kit.quotation import QUOTE_COLUMNS, SHARE_COLUMNS, VOICE_COLUMNS, quote_share, quotes, voices

# The seed's hand annotation ships with the tests (the same file as the team's eval/seed_gold.json).
SEED_GOLD = Path(__file__).parent / "data" / "seed_gold.json"

ARTICLES = {
    "said_after": (
        "Town approves budget\n\n"
        "The town council approved a new budget on Monday.\n\n"
        '"This budget protects our libraries," Mayor Ana Torres said.\n\n'
        '"We listened to every resident," said Torres.'
    ),
    "said_colon_and_curly": (
        "Harbour plan\n\n"
        "Port director Samuel Okafor spoke to the board.\n\n"
        "Okafor said: “The new dock will open in May.”\n\n"
        "“Nobody will lose a job,” he said."
    ),
    "appositive_and_indirect": (
        "School vote\n\n"
        "Trustee Maria Lopez, who chairs the finance committee, said the district cannot afford new buses. "
        '"We have to be honest about the numbers," Lopez said.'
    ),
    "told_and_according_to": (
        "Storm damage\n\n"
        "Fire chief Daniel Brooks told reporters that three homes were damaged. "
        "Two roads remain closed, according to the county sheriff."
    ),
    "participle_partial_scare": (
        "Library hours\n\n"
        'Council member Priya Shah criticized the cuts, saying the plan "hurts the students who need it most."\n\n'
        'The "temporary" library has been open for ten years. Opponents call it "a waste of money."'
    ),
    "pronoun_and_floating": (
        "New clinic\n\n"
        "Nurse Helen Park opened the clinic on Friday.\n\n"
        '"We waited ten years for this," she said.\n\n'
        '"Now families can see a doctor close to home."'
    ),
    "ap_multi_paragraph": (
        "Bridge repairs\n\n"
        '"The bridge is safe for cars," engineer Tom Reyes said. "But trucks must wait.\n\n'
        '"We will finish the work before winter."'
    ),
    "unnamed_sources": (
        "Water rates\n\n"
        "City officials said the rates will rise next year. "
        '"The pipes are old," a city spokesperson said. '
        "Critics said the increase is unfair."
    ),
    "guillemets_and_apostrophes": (
        "Neighbours' complaint\n\n"
        "The residents' association met on Tuesday. There’s no agreement yet.\n\n"
        "«We want the park to stay open», said association president Louise Martin."
    ),
    "headline_single_quotes": (
        "Why 'affordable' housing costs so much\n\n"
        'Builder Kevin Moore said prices are high. "Land is expensive," Moore said.'
    ),
    "relayed": (
        "Audit results\n\n"
        'The Daily Ledger reported that auditor Rosa Kim found that "most contracts were never reviewed."'
    ),
    "two_speakers_gender": (
        "Election night\n\n"
        "Senator John Hale and Councilwoman Mary Ford spoke after the count.\n\n"
        '"I am proud of this campaign," Hale said.\n\n'
        '"We will keep working," Ford said. "The city needs us," she said.'
    ),
    "no_quotes": "Rain is expected on Thursday.\n\nThe forecast calls for cooler weather on the weekend.",
}


def _rows(name: str) -> pd.DataFrame:
    return quotes(ck.Article.from_text(ARTICLES[name]))


def _row(frame: pd.DataFrame, words: str) -> dict:
    found = frame[frame["text"].str.contains(words, regex=False)]
    assert len(found) == 1, f"{words!r} in {frame['text'].tolist()}"
    return found.iloc[0].to_dict()


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_columns_and_offsets_slice_back(name: str) -> None:
    article = ck.Article.from_text(ARTICLES[name])
    frame = quotes(article)
    assert list(frame.columns) == list(QUOTE_COLUMNS)
    for row in frame.to_dict("records"):
        assert article.text[row["start"] : row["end"]] == row["text"]
        if row["mention_start"] is not pd.NA and row["mention_start"] is not None:
            assert article.text[row["mention_start"] : row["mention_end"]] == row["speaker_mention"]
        assert row["kind"] in ("direct", "partial", "indirect", "scare")
        assert row["quoted_words"] <= row["words"]


def test_quote_then_said_and_said_then_name() -> None:
    frame = _rows("said_after")
    first = _row(frame, "protects our libraries")
    assert (first["speaker"], first["kind"], first["cue"], first["role"]) == ("Ana Torres", "direct", "said", "Mayor")
    assert first["text"] == "This budget protects our libraries,"
    second = _row(frame, "every resident")
    assert second["speaker"] == "Ana Torres" and second["speaker_mention"] == "Torres"


def test_colon_curly_marks_and_pronoun() -> None:
    frame = _rows("said_colon_and_curly")
    assert _row(frame, "new dock")["speaker"] == "Samuel Okafor"
    job = _row(frame, "lose a job")
    assert job["speaker"] == "Samuel Okafor" and job["speaker_mention"] == "he"


def test_appositive_speaker_and_indirect_speech() -> None:
    frame = _rows("appositive_and_indirect")
    indirect = _row(frame, "cannot afford")
    assert indirect["kind"] == "indirect"
    assert indirect["text"] == "the district cannot afford new buses"
    assert indirect["speaker"] == "Maria Lopez"
    assert indirect["role"] == "Trustee"
    assert _row(frame, "honest about")["speaker"] == "Maria Lopez"


def test_told_and_according_to() -> None:
    frame = _rows("told_and_according_to")
    told = _row(frame, "three homes")
    assert (told["speaker"], told["cue"], told["kind"]) == ("Daniel Brooks", "told", "indirect")
    according = _row(frame, "Two roads")
    assert according["cue"] == "according to"
    assert according["speaker"] == "the county sheriff" and not according["named"]


def test_participle_partial_and_scare_quote() -> None:
    frame = _rows("participle_partial_scare")
    partial = _row(frame, "the plan")
    assert (partial["speaker"], partial["kind"], partial["cue"]) == ("Priya Shah", "partial", "saying")
    assert partial["quoted_words"] == 7 and partial["words"] == 9
    scare = _row(frame, "temporary")
    assert scare["kind"] == "scare"
    assert scare["speaker"] is None
    called = _row(frame, "waste of money")
    assert (called["speaker"], called["kind"], called["text"]) == ("Opponents", "direct", "a waste of money.")


def test_floating_quote_takes_the_previous_speaker() -> None:
    frame = _rows("pronoun_and_floating")
    assert _row(frame, "ten years")["speaker"] == "Helen Park"
    floating = _row(frame, "close to home")
    assert floating["speaker"] == "Helen Park"
    assert floating["cue"] == "said" and floating["speaker_mention"] is None


def test_ap_style_quote_runs_over_paragraphs() -> None:
    article = ck.Article.from_text(ARTICLES["ap_multi_paragraph"])
    frame = quotes(article)
    trucks, winter = _row(frame, "trucks must wait"), _row(frame, "before winter")
    assert trucks["speaker"] == winter["speaker"] == "Tom Reyes"
    assert trucks["paragraph"] + 1 == winter["paragraph"]
    assert trucks["text"] == "But trucks must wait."


def test_unnamed_sources_are_flagged() -> None:
    frame = _rows("unnamed_sources")
    assert {r["speaker"]: r["named"] for r in frame.to_dict("records")} == {
        "City officials": False,
        "a city spokesperson": False,
        "Critics": False,
    }


def test_guillemets_and_apostrophes() -> None:
    frame = _rows("guillemets_and_apostrophes")
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["text"] == "We want the park to stay open"
    assert row["speaker"] == "Louise Martin"
    assert row["role"] == "association president"


def test_single_quoted_headline_term_is_a_label() -> None:
    frame = _rows("headline_single_quotes")
    headline = _row(frame, "affordable")
    assert headline["kind"] == "scare" and headline["speaker"] is None
    assert _row(frame, "Land is expensive")["speaker"] == "Kevin Moore"


def test_relayed_finding_names_the_outlet() -> None:
    row = _row(_rows("relayed"), "never reviewed")
    assert (row["speaker"], row["cue"], row["kind"], row["via"]) == ("Rosa Kim", "found", "direct", "Daily Ledger")


def test_pronouns_follow_gender() -> None:
    frame = _rows("two_speakers_gender")
    assert _row(frame, "proud")["speaker"] == "John Hale"
    assert _row(frame, "keep working")["speaker"] == "Mary Ford"
    assert _row(frame, "city needs us")["speaker"] == "Mary Ford"


# ---------------------------------------------------------------- quote_share and voices


def test_quote_share_sums_to_one_and_counts_own_words() -> None:
    share = quote_share(ck.Article.from_text(ARTICLES["two_speakers_gender"]))
    assert list(share.columns) == list(SHARE_COLUMNS)
    assert share["share"].sum() == pytest.approx(1.0)
    assert dict(zip(share["speaker"], share["words"], strict=True)) == {"Mary Ford": 8, "John Hale": 6}
    by_count = quote_share(ck.Article.from_text(ARTICLES["two_speakers_gender"]), by="quotes")
    assert by_count["share"].sum() == pytest.approx(1.0)
    assert by_count.iloc[0]["speaker"] == "Mary Ford" and by_count.iloc[0]["quotes"] == 2


def test_quote_share_kinds_counts_paraphrase_words() -> None:
    text = ARTICLES["appositive_and_indirect"]
    own = quote_share(text)
    everything = quote_share(text, kinds=("direct", "partial", "indirect"))
    assert own.iloc[0]["words"] == 8
    assert everything.iloc[0]["words"] == 8 + 6


def test_quote_share_rejects_unknown_options() -> None:
    with pytest.raises(ValueError, match="by="):
        quote_share("text", by="letters")
    with pytest.raises(ValueError, match="kind"):
        quote_share("text", kinds=("quoted",))


def test_voices_says_how_each_source_is_heard() -> None:
    table = voices(ck.Article.from_text(ARTICLES["unnamed_sources"]))
    assert list(table.columns) == list(VOICE_COLUMNS)
    heard = dict(zip(table["speaker"], table["heard"], strict=True))
    assert heard == {
        "City officials": "paraphrased only",
        "Critics": "paraphrased only",
        "a city spokesperson": "quoted directly",
    }
    assert dict(zip(table["speaker"], table["official"], strict=True))["City officials"]


# ---------------------------------------------------------------- bad input


def test_no_quotes_gives_empty_frames_with_columns() -> None:
    article = ck.Article.from_text(ARTICLES["no_quotes"])
    assert quotes(article).empty and list(quotes(article).columns) == list(QUOTE_COLUMNS)
    share = quote_share(article)
    assert share.empty and list(share.columns) == list(SHARE_COLUMNS)
    assert voices(article).empty and list(voices(article).columns) == list(VOICE_COLUMNS)
    assert quotes("").empty


@pytest.mark.parametrize(
    "text",
    [
        'She said "one "two" three. "Four',
        '"It never closes, he said.\n\nThe next paragraph has no marks.',
        "He said ''' and \"\"\" and “”‘’ «» ».",
        "\"Outer 'inner quote' and “curly ‘nested’ marks”,\" Ana Lee said.",
        '"' * 9,
    ],
)
def test_odd_unclosed_and_nested_marks_do_not_fail(text: str) -> None:
    article = ck.Article.from_text(text)
    frame = quotes(article)
    for row in frame.to_dict("records"):
        assert text[row["start"] : row["end"]] == row["text"]
        paragraph = article.paragraphs[row["paragraph"]]
        assert paragraph.start <= row["start"] <= row["end"] <= paragraph.end


def test_nested_single_inside_double_is_one_quote() -> None:
    frame = quotes("\"They called it 'the plan' from the start,\" Ana Lee said.")
    assert len(frame) == 1
    assert frame.iloc[0]["text"] == "They called it 'the plan' from the start,"


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = 'Vote count\n\nJo Dunn said: "We will win\n\nThe vote is on Friday.'
    frame = quotes(text)
    assert frame.iloc[0]["text"] == "We will win" and frame.iloc[0]["speaker"] == "Jo Dunn"


@pytest.mark.parametrize("separator", ["\n\n", " "])
def test_two_megabytes_of_text(separator: str) -> None:
    prose = "The council met again on a rainy evening and talked about roads, parks and the budget. " * 6
    block = prose + separator + '"It is safe," Mayor Ana Torres said.' + separator
    copies = 2_000_000 // len(block)
    frame = quotes(block * copies)
    assert len(frame) == copies
    assert set(frame["speaker"]) == {"Ana Torres"}
    assert quote_share(frame)["share"].sum() == pytest.approx(1.0)


def test_quote_share_of_a_frame_without_counted_words() -> None:
    frame = quotes('Critics said the plan "fails."')
    share = quote_share(frame, kinds=("scare",))
    assert share.empty or share["share"].sum() in (0.0, pytest.approx(1.0))


# ---------------------------------------------------------------- the seed


def test_seed_core_facts() -> None:
    frame = quotes(ck.load_article())
    share = quote_share(frame)
    assert share.iloc[0]["speaker"] == "Bernard Parks"
    assert share["share"].sum() == pytest.approx(1.0)
    assert list(share["speaker"][:3]) == ["Bernard Parks", "Jan Perry", "Charlie Beck"]
    beck = frame[frame["speaker"] == "Charlie Beck"].iloc[0]
    assert beck["kind"] == "partial" and beck["role"] == "Los Angeles Police Department chief"
    parks = frame[frame["speaker"] == "Bernard Parks"]
    assert set(parks["speaker_mention"].dropna()) == {"Bernard Parks", "Parks"}
    assert "City Councilman" in parks.iloc[0]["role"]
    assert not frame[frame["speaker"] == "federal officials"].iloc[0]["named"]
    assert (frame["via"] == "City News Service").sum() >= 3
    assert "there’s" in beck["text"]  # the apostrophe did not end the quote


def _matches(row: dict, gold: dict, text: str) -> bool:
    from civics_kit.evaluate.quotes import COVER, INSIDE, strip_span

    gs, ge = strip_span(text, gold["start"], gold["end"])
    ps, pe = strip_span(text, row["start"], row["end"])
    overlap = min(ge, pe) - max(gs, ps)
    return overlap > 0 and overlap / (ge - gs) >= COVER and overlap / (pe - ps) >= INSIDE


def test_seed_agrees_with_gold() -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    article = ck.load_article()
    rows = quotes(article).to_dict("records")
    unmatched = list(range(len(rows)))
    for item in gold["quotes"]:
        found = [i for i in unmatched if _matches(rows[i], item, article.text) and rows[i]["kind"] == item["kind"]]
        assert found, f"gold quote not found: {item['text'][:50]!r}"
        row = rows[found[0]]
        unmatched.remove(found[0])
        assert row["speaker"] in [item["speaker"], *item["also_accept"]], item["text"][:40]
        assert row["cue"] == item["cue"], item["text"][:40]
        assert row["via"] == item["via"], item["text"][:40]
    # Anything left over is a quoted label in a header line, with no speaker.
    for i in unmatched:
        assert rows[i]["kind"] == "scare" and rows[i]["speaker"] is None
        assert article.paragraphs[rows[i]["paragraph"]].role in ("section", "headline")


# ---------------------------------------------------------------- views


def test_plot_quote_share_labels_and_values() -> None:
    ax = ck.plot_quote_share(quote_share(ck.load_article()))
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "Bernard Parks"  # largest on top
    assert any("%" in t.get_text() for t in ax.texts)
    empty = ck.plot_quote_share(quote_share(ARTICLES["no_quotes"]))
    assert "No quotations" in empty.texts[0].get_text()


def test_show_quotes_names_each_speaker() -> None:
    view = ck.show_quotes(ck.load_article())
    assert "Bernard Parks:" in view.html and "Jan Perry:" in view.html
    assert "Bernard Parks:" in str(view)


def test_report_has_who_is_quoted() -> None:
    from civics_kit.report import build_report, render_json, render_text

    sections = build_report(ck.load_article())
    quoted = [s for s in sections if s.key == "quotes"]
    assert quoted and quoted[0].heading == "Who is quoted"
    assert "Bernard Parks" in render_text(sections)
    assert json.loads(render_json(sections))["quotes"]["data"]["share"][0]["speaker"] == "Bernard Parks"
    empty = build_report(ck.Article.from_text(ARTICLES["no_quotes"]))
    assert next(s for s in empty if s.key == "quotes").missing


# ---------------------------------------------------------------- properties

_PIECES = st.sampled_from(
    [
        "Ana Ruiz said",
        '"',
        "“",
        "”",
        "'",
        "’",
        "«",
        "»",
        ", ",
        ". ",
        "\n\n",
        "she said",
        "according to officials",
        "the mayor told reporters that",
        "there’s",
        "Angeles' ",
        "It works",
        "saying",
        "...",
        " ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_gives_rows_that_slice_back(text: str) -> None:
    article = ck.Article.from_text(text)
    frame = quotes(article)
    assert list(frame.columns) == list(QUOTE_COLUMNS)
    for row in frame.to_dict("records"):
        assert article.text[row["start"] : row["end"]] == row["text"]
        assert row["start"] < row["end"]
    share = quote_share(frame)
    assert share.empty or share["share"].sum() == pytest.approx(1.0) or share["words"].sum() == 0


def test_first_name_resolves_to_the_full_name() -> None:
    text = 'Clinic opens\n\nDoctor Amira Haddad runs the clinic.\n\n"We open at eight," Amira said.'
    assert quotes(text).iloc[0]["speaker"] == "Amira Haddad"


def test_quote_broken_by_a_paragraph_without_a_new_mark() -> None:
    text = (
        "Policy email\n\n"
        '"Families may join a treatment session when the doctor agrees\n\n'
        'and only after the veteran has given consent," said analyst Rita Moss in an email.'
    )
    frame = quotes(text)
    assert list(frame["speaker"]) == ["Rita Moss", "Rita Moss"]
    assert list(frame["kind"]) == ["direct", "direct"]
    assert frame.iloc[1]["text"].startswith("and only after")


def test_her_statement_read() -> None:
    text = (
        "Park closure\n\nMinister Dana Cole closed the park on Monday.\n\n"
        '"The trails are not safe," her statement read.'
    )
    row = quotes(text).iloc[0]
    assert (row["speaker"], row["speaker_mention"], row["cue"]) == ("Dana Cole", "her statement", "read")
    assert text[row["mention_start"] : row["mention_end"]] == "her statement"


def test_a_new_clause_after_and_has_its_own_speaker() -> None:
    text = (
        "Team video\n\nThe captain, Jo Park, and his mother approached the coach and asked him about his plans "
        "and Ray Cole suggested he might make a “short video” that was “not too sad.”"
    )
    frame = quotes(text)
    assert set(frame["speaker"]) == {"Ray Cole"}
    assert _row(frame, "he might make")["kind"] == "partial"


def test_the_person_is_not_the_last_named_speaker() -> None:
    text = (
        "Trade\n\n"
        '"We played hard," guard Nate Rowe said after the game.\n\n'
        "The team traded two players on Thursday, a person familiar with the talks said.\n\n"
        "The deal saves money under the salary cap, the person said."
    )
    frame = quotes(text)
    deal = _row(frame, "saves money")
    assert deal["speaker"] == "a person familiar with the talks" and not deal["named"]


def test_province_after_a_place_is_not_the_speaker() -> None:
    text = "Omar Aziz, the owner of a bakery based in Truro, N.S., says the price of flour keeps rising."
    frame = quotes(text)
    assert list(frame["speaker"]) == ["Omar Aziz"]
    assert "N.S." in frame["role"].iloc[0]


def test_country_in_a_role_is_not_the_speaker() -> None:
    frame = quotes("Ann Lee, Canada's ambassador to Japan, told reporters that the talks went well.")
    assert list(frame["speaker"]) == ["Ann Lee"]
    assert frame["role"].iloc[0] == "Canada's ambassador to Japan"


def test_pronoun_after_an_appositive_subject_keeps_the_name_clean() -> None:
    text = (
        "Storm hits coast\n\n"
        "Power lines fell across the county overnight.\n\n"
        "Dana Kirui, chief executive of a firm in the harbour district that repairs boats, lost two docks. "
        '"We will rebuild by spring," he said.'
    )
    frame = quotes(text)
    assert list(frame["speaker"]) == ["Dana Kirui"]


def test_the_city_is_the_city_the_article_names() -> None:
    text = (
        "Rink plan\n\n"
        "The City of Lakeview wants a new arena.\n\n"
        "The old rink will close next year, according to the city."
    )
    assert list(quotes(text)["speaker"]) == ["City of Lakeview"]


def test_the_union_is_not_any_organisation() -> None:
    text = (
        "Ambulance delays\n\n"
        "Metro Health Services said it added two ambulances.\n\n"
        "The union says its paramedics are exhausted."
    )
    assert list(quotes(text)["speaker"]) == ["Metro Health Services", "The union"]


def test_a_name_said_before_a_longer_one_is_not_stretched() -> None:
    text = (
        "App dispute\n\n"
        "Zedbook says Orchard is restoring its access to a developer tool.\n\n"
        "The company ran an app called Zedbook Research for paid testers."
    )
    frame = quotes(text)
    assert frame["speaker"].iloc[0] == "Zedbook"


def test_a_time_before_the_subject_is_not_part_of_the_speaker() -> None:
    frame = quotes("In early March the board announced that the school would close.")
    assert list(frame["speaker_mention"]) == ["the board"]
