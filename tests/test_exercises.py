"""Tests of the exercise checks (civics_kit.exercises) and the exercise build (civics_kit.exercise_build)."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civics_kit import exercises
from civics_kit.cli import main
from civics_kit.errors import ExerciseSetupError
from civics_kit.exercise_build import (
    BEGIN,
    END,
    build_exercises,
    sources,
    stale_exercises,
    strip_solutions,
    student_notebook,
)
from civics_kit.exercises import (
    BLANK,
    NO_SOLUTIONS_ENV,
    PROGRESS_DIR_ENV,
    Choice,
    Discuss,
    ExerciseSet,
    Labelling,
    Message,
    Name,
    Number,
    Predict,
    Table,
    Text,
    cites_article,
)
from civics_kit.exercises import exercise_set as exercise_set_module

REPO = Path(__file__).resolve().parents[1]
TEACHER = REPO / "teacher" / "exercises"
STUDENT = REPO / "exercises"

ARTICLE = (
    "Council backs bike lanes\n\n"
    "The council voted 7-2 on Monday to add bike lanes on Main Street. "
    '"This makes the street safer for everyone," said Councilwoman Ana Ruiz. '
    "Critics said the lanes would hurt shops on the street."
)
STATUSES = {"correct", "incorrect", "unanswered", "info", "error"}


def make_set() -> ExerciseSet:
    """One question of every type, fresh for each test."""
    guess = Predict("guess")
    questions = [
        guess,
        Number("votes_for", lambda: 7, what="the number of votes for", predicted_by=guess, reflect="And then?"),
        Number("share", 0.42, share=True, what="the share"),
        Text("role", "credit", choices=("headline", "credit", "body"), hints=("Look at roles.", "It is 'c...'.")),
        Name("speaker", "Ana Ruiz", explanations={"critics": "Critics are not named."}),
        Table("table", lambda: pd.DataFrame({"name": ["a", "b"], "n": [1, 2]}), columns=("name", "n")),
        Choice(
            "kind",
            {"A": "news report", "B": "opinion", "C": "advert"},
            "A",
            explanations={"A": "It reports.", "B": "It argues for nothing.", "C": "Nothing is for sale."},
            solution="A",
        ),
        Choice("several", {"A": "x", "B": "y", "C": "z"}, ["A", "C"], explanations={"B": "Not y."}, multiple=True),
        Labelling(
            "labels",
            {"s1": "fact", "s2": "opinion", "s3": None},
            ("fact", "claim", "opinion"),
            notes={"s2": "It judges.", "s3": "Either way."},
        ),
        Discuss("essay", ARTICLE, solution="The model answer."),
    ]
    return ExerciseSet("ex99", "Test set", questions)


@pytest.fixture
def ns(capsys: pytest.CaptureFixture[str]) -> dict:
    namespace: dict = {}
    make_set().bind(namespace)
    capsys.readouterr()
    return namespace


def grade(ns: dict, question: str, value: object) -> Message:
    q = ns[question]
    ns[q.var] = value
    return q.assess()


# ---------------------------------------------------------------- binding, unanswered


def test_bind_defines_questions_placeholder_and_progress(ns: dict) -> None:
    assert [ns[f"q{i}"].var for i in (1, 2)] == ["guess", "votes_for"]
    assert ns["____"] is BLANK and repr(BLANK) == "____"
    assert callable(ns["progress"])


def test_bind_rejects_what_is_not_globals() -> None:
    with pytest.raises(ExerciseSetupError, match=r"bind\(globals\(\)\)"):
        make_set().bind(["not", "a", "namespace"])  # type: ignore[arg-type]


@pytest.mark.parametrize("number", range(1, 11))
def test_undefined_or_placeholder_is_not_answered_yet(ns: dict, number: int) -> None:
    q = ns[f"q{number}"]
    message = q.assess()
    assert message.status == "unanswered"
    assert f"set `{q.var} = ...`" in str(message) and "Accepted:" in str(message)
    ns[q.var] = BLANK
    assert q.assess().status == "unanswered"
    assert q.attempts == 0


def test_misspelled_variable_is_pointed_out(ns: dict) -> None:
    ns["votes_fro"] = 7
    assert "`votes_fro`: check the spelling" in str(ns["q2"].assess())


def test_unbound_question_asks_for_the_setup_cell() -> None:
    message = make_set().questions[1].assess()
    assert message.status == "info" and "setup cell" in str(message)


def test_rebinding_keeps_the_progress(ns: dict, capsys: pytest.CaptureFixture[str]) -> None:
    grade(ns, "q2", 3)
    grade(ns, "q7", "A")
    make_set().bind(ns)  # the setup cell again, or a new kernel: a fresh set, the same progress file
    q2, q7 = ns["q2"], ns["q7"]
    assert (q2.attempts, q2.best, q7.attempts, q7.best) == (1, "incorrect", 1, "correct")
    assert "Welcome back: 1 of 10 correct, 9 to do." in capsys.readouterr().out


# ---------------------------------------------------------------- numbers, predictions, shares


def test_number_correct_and_prediction_reported(ns: dict) -> None:
    assert grade(ns, "q1", 10).ok
    message = grade(ns, "q2", 7)
    assert message.ok and "You predicted 10: off by 3" in str(message) and "And then?" in str(message)


def test_prediction_stays_on_record(ns: dict) -> None:
    grade(ns, "q1", 10)
    assert "10, stays on record" in str(grade(ns, "q1", 7))
    assert ns["q1"].recorded() == 10


def test_number_without_prediction_says_so(ns: dict) -> None:
    assert "did not record a prediction in q1" in str(grade(ns, "q2", 7))
    ns["guess"] = BLANK
    assert "did not record a prediction in q1" in str(grade(ns, "q2", 7))


def test_prediction_set_but_not_checked_still_counts(ns: dict) -> None:
    ns["guess"] = 4
    assert "You predicted 4: off by 3" in str(grade(ns, "q2", 7))


@pytest.mark.parametrize("guess", [30, 0.3, "30%"])
def test_share_prediction_is_read_as_a_share(guess: object) -> None:
    guess_q = Predict("guess")
    namespace: dict = {"guess": guess, "share": 0.42}
    ExerciseSet(
        "ex97", "Shares", [guess_q, Number("share", 0.42, share=True, predicted_by=guess_q)]
    ).namespace = namespace
    message = guess_q._set.questions[1].assess()
    assert "You predicted 30%: off by 12 points." in str(message)


@pytest.mark.parametrize(
    "value", [7, 7.0, "7", " 7 ", "about 7 votes", np.int64(7), np.float32(7), pd.Series([7]), Fraction(7)]
)
def test_number_accepts_every_spelling_of_the_value(ns: dict, value: object) -> None:
    assert grade(ns, "q2", value).ok


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (9, "too high"),
        (2, "too low"),
        (7.5, "not a whole number"),
        ("seven", "is text, not a number"),
        ("7 or 8", "is text, not a number"),
        ([7, 2], "Give one number, not a list"),
        ({"for": 7}, "Give one number, not a dict"),
        (float("nan"), "NaN or infinite"),
        (float("inf"), "NaN or infinite"),
        (True, "yes/no value"),
        (None, "not a number"),
        (10**400, "far too large"),
    ],
)
def test_number_wrong_answers_get_a_reason(ns: dict, value: object, reason: str) -> None:
    message = grade(ns, "q2", value)
    assert message.status == "incorrect" and reason in str(message)


@pytest.mark.parametrize("value", [0.42, 42, "42%", "42 %", "0.42", 0.4231, "42.3%", "about 42 percent"])
def test_share_accepts_fraction_percent_and_text(ns: dict, value: object) -> None:
    assert grade(ns, "q3", value).ok


@pytest.mark.parametrize(("value", "reason"), [(0.5, "too high"), (30, "too low"), (150, "between 0 and 1")])
def test_share_wrong_answers(ns: dict, value: object, reason: str) -> None:
    assert reason in str(grade(ns, "q3", value))


@pytest.mark.parametrize("key", [lambda: 1 / 0, lambda: float("nan")])
def test_answer_key_failure_is_not_the_students_fault(key: object) -> None:
    namespace: dict = {"x": 1}
    ExerciseSet("ex98", "Broken", [Number("x", key)]).bind(namespace)
    message = namespace["q1"].assess()
    assert message.status == "error" and "not your fault" in str(message)


# ---------------------------------------------------------------- text and names


@pytest.mark.parametrize("value", ["credit", "CREDIT", "  Credit. ", "credit\n"])
def test_text_ignores_case_space_and_full_stop(ns: dict, value: str) -> None:
    assert grade(ns, "q4", value).ok


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("credt", "check the spelling"),
        ("byline", "not one of the possible answers: headline, credit, body"),
        ("body", "not the answer"),
        (3, "give text in quotation marks"),
        ("A", "not one of the possible answers"),
    ],
)
def test_text_wrong_answers(ns: dict, value: object, reason: str) -> None:
    message = grade(ns, "q4", value)
    assert message.status == "incorrect" and reason in str(message)


@pytest.mark.parametrize(
    "value",
    ["Ana Ruiz", "ana ruiz", "RUIZ", "Ruiz", "Councilwoman Ana Ruiz", "  ana   ruiz ", "Ana Ruiz, a councilwoman"],
)
def test_name_accepts_full_name_or_surname_any_case(ns: dict, value: str) -> None:
    message = grade(ns, "q5", value)
    assert message.ok and "Ana Ruiz" in str(message)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("Ana", "give the surname too"),
        ("Ruis", "check the spelling"),
        ("critics", "not named"),
        (["Ruiz"], "quotation marks"),
    ],
)
def test_name_wrong_answers(ns: dict, value: object, reason: str) -> None:
    message = grade(ns, "q5", value)
    assert message.status == "incorrect" and reason in str(message)


def test_name_states_its_accepted_forms(ns: dict) -> None:
    assert "the full name or the surname, in any capitalisation" in str(ns["q5"].assess())


# ---------------------------------------------------------------- tables


def test_table_correct_in_any_row_order_with_extra_columns(ns: dict) -> None:
    frame = pd.DataFrame({"n": [2, 1], "name": ["b", "a"], "extra": [0, 0]}, index=[5, 9])
    assert grade(ns, "q6", frame).ok


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (pd.DataFrame({"name": ["a", "b"]}), "no column `n`"),
        (pd.DataFrame({"name": ["a", "b"], "n": [1, 2]}).set_index("n"), ".reset_index()"),
        (pd.DataFrame({"name": ["a"], "n": [1]}), "has 1 row; it should have 2"),
        (pd.DataFrame({"name": ["a", "b"], "n": [1, 3]}), "column `n` differs in 1 of 2 rows"),
        ([1, 2], "Turn it into one with `pd.DataFrame(...)`"),
    ],
)
def test_table_wrong_answers(ns: dict, value: object, reason: str) -> None:
    message = grade(ns, "q6", value)
    assert message.status == "incorrect" and reason in str(message)


# ---------------------------------------------------------------- choices


@pytest.mark.parametrize("value", ["A", "a", " news report ", "A news report.", "the News Report", ["A"]])
def test_single_choice_correct(ns: dict, value: object) -> None:
    message = grade(ns, "q7", value)
    assert message.ok and "It reports." in str(message)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("B", "It argues for nothing."),
        ("Z", "not an option: choose from A, B, C"),
        ("A, B", "one option only"),
        (1, "letter"),
    ],
)
def test_single_choice_wrong_answers(ns: dict, value: object, reason: str) -> None:
    message = grade(ns, "q7", value)
    assert message.status == "incorrect" and reason in str(message)


@pytest.mark.parametrize("value", [["A", "C"], "A, C", "c and a", ("C", "A", "A")])
def test_multiple_choice_correct(ns: dict, value: object) -> None:
    assert grade(ns, "q8", value).ok


def test_multiple_choice_explains_wrong_and_counts_missing(ns: dict) -> None:
    assert "left out 1 option that also fit" in str(grade(ns, "q8", ["A"]))
    message = str(grade(ns, "q8", ["A", "B", "C"]))
    assert "Not y." in message and "left out" not in message


# ---------------------------------------------------------------- labelling

RIGHT_LABELS = {"s1": "fact", "s2": "opinion", "s3": ("claim", "because nobody can check it")}


def test_labelling_correct_with_reasoned_contested_item(ns: dict) -> None:
    message = grade(ns, "q9", RIGHT_LABELS)
    assert message.ok and "s3** is a judgement call: Either way." in message._repr_markdown_()


@pytest.mark.parametrize(
    "value",
    [
        {"S1": "Fact", "s2 ": "OPINION", "s3": "fact: it is on the public record"},
        ["fact", "opinion", "opinion because it is a judgement"],
    ],
)
def test_labelling_accepts_case_lists_and_reasons_in_text(ns: dict, value: object) -> None:
    assert grade(ns, "q9", value).ok


def test_labelling_items_by_surname_or_longer_name_and_loose_labels() -> None:
    namespace: dict = {}
    items = {"Ana Ruiz": "named", "critics": "unnamed", "city planner": None}
    ExerciseSet("ex97", "Names", [Labelling("who", items, ("named", "unnamed"))]).bind(namespace)
    namespace["who"] = {
        "Ruiz": "Named source",
        "the critics": "unnamed",
        "the city planner": "named because the office is given",
    }
    assert namespace["q1"].assess().ok
    namespace["who"] = {"Councilwoman Ana Ruiz": "named", "Critics": "unnamed", "planner": "named: office given here"}
    assert namespace["q1"].assess().ok


def test_labelling_says_how_many_then_which_after_three_tries(ns: dict) -> None:
    wrong = {**RIGHT_LABELS, "s2": "fact"}
    for attempt in (1, 2):
        message = str(grade(ns, "q9", wrong))
        assert "1 of 3 labels is wrong" in message and f"this was try {attempt}" in message and "s2" not in message
    message = str(grade(ns, "q9", wrong))
    assert "s2 (you said 'fact'): It judges." in message


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ({**RIGHT_LABELS, "s3": "claim"}, "s3 is a judgement call: any label is fine with a reason"),
        ({**RIGHT_LABELS, "s1": "fcat"}, "Did you mean 'fact'?"),
        ({**RIGHT_LABELS, "s4": "fact"}, "not one of the items: s1, s2, s3"),
        ({"s1": "fact"}, "you have not labelled s2, s3 yet"),
        ("fact", "give a dict from each item"),
        ({"s1": 3, "s2": "opinion", "s3": ("fact", "a b c")}, "is not a label"),
    ],
)
def test_labelling_wrong_answers(ns: dict, value: object, reason: str) -> None:
    message = grade(ns, "q9", value)
    assert message.status == "incorrect" and reason in str(message)


# ---------------------------------------------------------------- discuss


@pytest.mark.parametrize(
    "answer",
    [
        'The quote "safer for everyone" is an opinion from a named source, not a fact.',
        "It is a claim: the council 'voted 7-2 on Monday', but the quote is only her view.",
        "I think the phrase “hurt shops on the street” is a claim by unnamed critics here.",
    ],
)
def test_discuss_accepts_an_answer_that_cites_the_article(ns: dict, answer: str) -> None:
    message = grade(ns, "q10", answer)
    assert message.ok and "q10.solution()" in str(message)


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ('It is "an opinion".', "back your answer up"),
        ('Yes "the council voted".', "at least 6 different words of your own (you have 1)"),
        ("pizza pizza pizza pizza The council voted 7-2 on Monday to add bike lanes", "back your answer up"),
        ('pizza pizza pizza pizza "The council voted 7-2"', "words of your own (you have 1)"),
        ("I think this is an opinion because it says what she believes.", "back your answer up"),
        ('I think "safer for all people" is an opinion by a councilwoman.', "back your answer up"),
        (42, "as text between triple quotes"),
    ],
)
def test_discuss_needs_a_sentence_that_cites(ns: dict, answer: object, reason: str) -> None:
    message = grade(ns, "q10", answer)
    assert message.status == "incorrect" and reason in str(message)


def test_discuss_model_answer_only_after_a_citing_answer(ns: dict) -> None:
    q = ns["q10"]
    assert "Try first" in str(q.solution_message())
    grade(ns, "q10", "Too short.")
    assert "opens once your answer cites" in str(q.solution_message())
    grade(ns, "q10", 'She says the lanes make it "safer for everyone", which is her opinion.')
    assert "The model answer." in str(q.solution_message())


def test_cites_article_definition() -> None:
    assert cites_article('as "Main Street" shows', ARTICLE) == '"Main Street"'
    assert cites_article("one word 'Council' only", ARTICLE) is None  # one quoted word is not enough
    assert cites_article("they voted 7-2 on monday to add roads", ARTICLE) is None  # copied, not quoted
    assert cites_article("‘voted 7-2 on Monday’ it says", ARTICLE) == "‘voted 7-2 on Monday’"
    assert cites_article("voted 7-2 on Tuesday", ARTICLE) is None


# ---------------------------------------------------------------- hints, solutions, teacher switch


def test_hint_levels(ns: dict) -> None:
    q = ns["q4"]
    assert str(q.hint_message()) == "Hint 1 of 2: Look at roles."
    assert str(q.hint_message(2)) == "Hint 2 of 2: It is 'c...'."
    assert "(there are only 2 hints)" in str(q.hint_message(9))
    assert "`q4.hint(1)` to `q4.hint(2)`" in str(q.hint_message("two"))
    assert "no hints" in str(ns["q7"].hint_message())
    assert q.hints_seen == 2


def test_solution_only_after_an_attempt(ns: dict) -> None:
    q = ns["q7"]
    assert "Try first: set `kind = ...`" in str(q.solution_message())
    grade(ns, "q7", "B")
    assert str(q.solution_message()) == "Solution: A"


def test_teacher_switch_by_environment_variable(ns: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    grade(ns, "q7", "B")
    monkeypatch.setenv(NO_SOLUTIONS_ENV, "1")
    assert "turned off for this class" in str(ns["q7"].solution_message())
    monkeypatch.setenv(NO_SOLUTIONS_ENV, "0")
    assert str(ns["q7"].solution_message()) == "Solution: A"


def test_teacher_switch_by_file(ns: dict, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(NO_SOLUTIONS_ENV, raising=False)
    grade(ns, "q7", "B")
    monkeypatch.chdir(tmp_path)
    assert str(ns["q7"].solution_message()) == "Solution: A"
    (tmp_path / ".no-solutions").touch()
    assert "turned off for this class" in str(ns["q7"].solution_message())


# ---------------------------------------------------------------- messages and progress


def test_message_markdown_and_plain_text() -> None:
    message = Message("incorrect", "**B** is wrong.\n\n```python\nx = 1\n```")
    assert message._repr_markdown_().startswith("**Incorrect:** **B** is wrong.")
    assert repr(message) == "Incorrect: B is wrong.\n\nx = 1"
    assert str(Message("correct")) == "Correct."


def test_check_hint_solution_print_plain_text_outside_jupyter(ns: dict, capsys: pytest.CaptureFixture[str]) -> None:
    ns["kind"] = "A"
    ns["q7"].check()
    ns["q7"].solution()
    ns["q4"].hint(1)
    assert capsys.readouterr().out == "Correct: It reports.\nSolution: A\nHint 1 of 2: Look at roles.\n"


def test_progress_shows_a_score_the_best_results_and_the_answers(ns: dict, capsys: pytest.CaptureFixture[str]) -> None:
    grade(ns, "q1", 5)
    grade(ns, "q7", "A")
    grade(ns, "q7", "B")  # a later wrong answer does not undo a right one
    grade(ns, "q2", 1)
    ns["q4"].hint_message(2)
    text = str(ns["q1"]._set.progress_message())
    assert "2 of 10 correct, 8 to do." in text
    assert "| q1 | 5 | recorded | 1 | 0 |" in text
    assert "| q2 | 1 | incorrect | 1 | 0 |" in text
    assert "| q4 | – | not answered | 0 | 2 |" in text
    assert "| q7 | A | correct | 2 | 0 |" in text
    exercises.progress()
    assert capsys.readouterr().out.strip() == text


def test_the_untouched_template_is_not_a_try(ns: dict) -> None:
    for template in ("____", '"""____"""', "...", {"s1": "...", "s2": "...", "s3": "..."}, ""):
        message = grade(ns, "q9" if isinstance(template, dict) else "q4", template)
        assert message.status == "unanswered", template
    assert ns["q4"].attempts == ns["q9"].attempts == 0


def test_progress_lasts_in_a_json_file_without_name_or_clock_time(
    ns: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PROGRESS_DIR_ENV, str(tmp_path))
    essay = 'She says the lanes make the street "safer for everyone", which is her opinion, not a fact at all.'
    grade(ns, "q10", essay)
    data = json.loads((tmp_path / "ex99.json").read_text(encoding="utf-8"))
    record = data["questions"]["q10"]
    assert record["answer"] == essay and record["result"] == "recorded" and record["attempts"] == 1
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
    assert "student" not in json.dumps(data) and ":" not in record["date"]


def test_progress_folder_defaults_to_handin_beside_the_notebook(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(PROGRESS_DIR_ENV)
    monkeypatch.chdir(tmp_path)
    namespace: dict = {"votes_for": 7}
    make_set().bind(namespace)
    namespace["q2"].assess()
    assert (tmp_path / "handin" / "ex99.json").is_file()
    assert "handin/" in (REPO / ".gitignore").read_text(encoding="utf-8").split()


def test_hand_in_asks_the_name_only_then_and_writes_html_and_csv(
    ns: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PROGRESS_DIR_ENV, str(tmp_path))
    grade(ns, "q7", "A")
    grade(ns, "q4", "credt")
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or "Ana Ruiz")
    message = ns["q1"]._set.progress_message(save=True)
    assert asked == ["Your name for the hand-in: "] and "ex99-ana-ruiz.html" in str(message)
    page = (tmp_path / "ex99-ana-ruiz.html").read_text(encoding="utf-8")
    assert "Ana Ruiz" in page and "credt" in page and "@media print" in page
    rows = list(csv.DictReader(open(tmp_path / "ex99-ana-ruiz.csv", encoding="utf-8")))
    assert [r["result"] for r in rows[3:7:3]] == ["incorrect", "correct"]
    assert rows[3]["answer"] == "credt" and rows[0]["student"] == "Ana Ruiz"
    assert "Ana" not in (tmp_path / "ex99.json").read_text(encoding="utf-8")


def test_hand_in_without_a_keyboard_asks_for_the_name_as_an_argument(ns: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("builtins.input", lambda prompt: (_ for _ in ()).throw(EOFError()))
    assert "progress(save=True, name='Your Name')" in str(ns["q1"]._set.progress_message(save=True))


def test_reset_clears_progress_for_the_next_student(ns: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PROGRESS_DIR_ENV, str(tmp_path))
    grade(ns, "q7", "A")
    ns["q1"]._set.progress_message(save=True, name="Ana")
    message = ns["q1"]._set.progress_message(reset=True)
    assert "3 files deleted" in str(message) and list(tmp_path.iterdir()) == []
    assert ns["q7"].attempts == 0 and "0 of 10 correct" in str(ns["q1"]._set.progress_message())


def test_progress_before_any_binding(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(exercise_set_module, "_bound", [])
    exercises.progress()
    assert "no exercise set is bound yet" in capsys.readouterr().out


def test_messages_are_deterministic() -> None:
    texts = []
    for _ in range(2):
        namespace: dict = {"votes_for": 9, "essay": "short"}
        make_set().bind(namespace)
        texts.append([str(q.assess()) for q in namespace["q1"]._set])
    assert texts[0] == texts[1]


# ---------------------------------------------------------------- never a traceback


class Hostile:
    """An answer whose every method raises."""

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("eq")

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        raise RuntimeError("repr")

    def __len__(self) -> int:
        raise RuntimeError("len")

    def __iter__(self):
        raise RuntimeError("iter")


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.binary(),
    st.from_type(complex),
    st.from_type(Fraction),
    st.decimals(),
    st.builds(Hostile),
    st.just(BLANK),
)
anything = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.dictionaries(st.text(max_size=5) | st.sampled_from(["s1", "S2 ", "s3", "name", "n"]), inner, max_size=4),
        st.lists(st.dictionaries(st.sampled_from(["name", "n"]), scalars, max_size=2), max_size=3).map(pd.DataFrame),
    ),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=anything, number=st.integers(1, 10), hint=anything)
def test_no_exception_escapes_a_check(value: object, number: int, hint: object) -> None:
    namespace: dict = {}
    exercise_set = make_set()
    exercise_set.namespace = namespace  # bound without the welcome message
    q = exercise_set.questions[number - 1]
    namespace[q.var] = value
    for _ in range(3):
        assert q.assess().status in STATUSES
    assert isinstance(q.hint_message(hint), Message)
    assert isinstance(q.solution_message(), Message)
    assert isinstance(exercise_set.progress_message(), Message)


# ---------------------------------------------------------------- loading sets


def test_exercise_sets_load_by_name() -> None:
    from civics_kit.exercises import ex00

    assert ex00.key == "ex00" and len(ex00) >= 4
    with pytest.raises(AttributeError):
        exercises.ex98  # noqa: B018
    with pytest.raises(ImportError):
        from civics_kit.exercises import ex97  # noqa: F401


def test_import_stays_light() -> None:
    code = "import sys, civics_kit, civics_kit.exercises; print('pandas' in sys.modules, 'nbformat' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "False False"


# ---------------------------------------------------------------- the build


def test_strip_solutions_keeps_answers_as_placeholders() -> None:
    source = "\n".join(
        [
            "x = 1",
            "if True:",
            f"    {BEGIN}",
            "    helper = [1, 2]",
            "    answer, other = sum(helper), 2",
            "    answer2 = helper[0]",
            f"    {END}",
            f"{BEGIN}",
            "print('no assignment')",
            f"{END}",
            "q1.check()",
        ]
    )
    assert strip_solutions(source) == "x = 1\nif True:\n    answer2 = ____\n# Your code here\nq1.check()"


def test_strip_solutions_needs_an_end_marker() -> None:
    with pytest.raises(ValueError, match="END SOLUTION"):
        strip_solutions(f"{BEGIN}\nx = 1")


def test_student_notebook_drops_teacher_only_cells_and_outputs() -> None:
    source = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("For teachers", metadata={"tags": ["teacher-only"]}),
            nbformat.v4.new_code_cell(
                f"{BEGIN}\nanswer = 42\n{END}\nq1.check()", outputs=[nbformat.v4.new_output("stream", text="old")]
            ),
        ]
    )
    student = student_notebook(source)
    assert sources(student) == [("code", "answer = ____\nq1.check()")]
    assert student.cells[0].outputs == [] and student.cells[0].id == source.cells[1].id


def teacher_sources() -> list[Path]:
    return sorted(TEACHER.glob("[0-9][0-9]-*.ipynb"))


def test_there_are_exercise_sources() -> None:
    assert teacher_sources(), f"no exercise sources in {TEACHER}"


@pytest.mark.parametrize("source", teacher_sources(), ids=lambda p: p.name)
def test_committed_student_copy_matches_the_build(source: Path) -> None:
    target = STUDENT / source.name
    assert target.exists(), f"run civics-kit build-exercises: {target} is missing"
    built = student_notebook(nbformat.read(source, as_version=4))
    assert sources(nbformat.read(target, as_version=4)) == sources(built), "run civics-kit build-exercises"
    assert BEGIN not in target.read_text(encoding="utf-8")
    assert stale_exercises(TEACHER, STUDENT) == []


@pytest.mark.parametrize("source", teacher_sources(), ids=lambda p: p.name)
def test_committed_student_copy_is_executed_and_unanswered(source: Path) -> None:
    notebook = nbformat.read(STUDENT / source.name, as_version=4)
    checks = [cell for cell in notebook.cells if cell.cell_type == "code" and ".check()" in cell.source]
    assert checks and all(cell.execution_count for cell in checks)
    for cell in checks:
        (output,) = cell.outputs
        assert output.data["text/plain"].startswith(
            ("You have not answered yet: set `", "You have not answered yet: `")
        )
        assert output.data["text/markdown"].startswith("**You have not answered yet:**")


@pytest.mark.parametrize("source", teacher_sources(), ids=lambda p: p.name)
def test_every_solution_passes_its_check(
    source: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(STUDENT)
    monkeypatch.setattr(exercise_set_module, "_bound", [])
    namespace: dict = {"__name__": "__main__"}
    notebook = nbformat.read(source, as_version=4)
    assert any(BEGIN in cell.source for cell in notebook.cells)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            exec(compile(cell.source, f"{source.name}:{cell.id}", "exec"), namespace)
    exercise_set = exercise_set_module.last_bound()
    assert exercise_set is not None and len(exercise_set) >= 4
    failed = {q.name: str(q.last) for q in exercise_set if not q.correct}
    assert failed == {}
    assert all(q.attempts >= 1 for q in exercise_set)


# ---------------------------------------------------------------- the command


def test_build_command_writes_and_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source_dir, out_dir = tmp_path / "teacher", tmp_path / "student"
    source_dir.mkdir()
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(f"{BEGIN}\nanswer = 42\n{END}")])
    nbformat.write(notebook, source_dir / "01-demo.ipynb")
    args = ["build-exercises", "--source", str(source_dir), "--out", str(out_dir)]
    assert main([*args, "--check"]) == 1
    assert "out of date" in capsys.readouterr().out
    assert main([*args, "--no-execute"]) == 0
    assert sources(nbformat.read(out_dir / "01-demo.ipynb", as_version=4)) == [("code", "answer = ____")]
    assert main([*args, "--check"]) == 0


def test_build_command_reports_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build-exercises", "--source", str(tmp_path / "nope"), "--out", str(tmp_path)]) == 1
    assert "no folder" in capsys.readouterr().err


@pytest.mark.slow
def test_build_executes_with_deterministic_outputs(tmp_path: Path) -> None:
    source_dir = tmp_path / "teacher"
    source_dir.mkdir()
    cells = [
        nbformat.v4.new_code_cell("from civics_kit.exercises import ex00\nex00.bind(globals())"),
        nbformat.v4.new_code_cell(f"{BEGIN}\nheadline = 'x'\n{END}\nq3.check()"),
    ]
    nbformat.write(nbformat.v4.new_notebook(cells=cells), source_dir / "01-demo.ipynb")
    outputs = []
    for run in ("a", "b"):
        (path,) = build_exercises(source_dir, tmp_path / run, log=lambda _: None)
        notebook = nbformat.read(path, as_version=4)
        outputs.append([cell.outputs for cell in notebook.cells])
        assert "You have not answered yet: `headline` still holds the placeholder" in str(notebook.cells[1].outputs)
        assert str(tmp_path) not in path.read_text(encoding="utf-8")
    assert outputs[0] == outputs[1]


def test_report_command_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report"]) == 0
    assert "L.A. votes to support" in capsys.readouterr().out


def test_env_var_name_is_documented() -> None:
    assert NO_SOLUTIONS_ENV in (REPO / "docs" / "exercises.md").read_text(encoding="utf-8")


def test_in_jupyter_messages_are_displayed_as_rich_output(ns: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    import IPython
    import IPython.display

    shown: list[object] = []
    monkeypatch.setattr(IPython, "get_ipython", lambda: object())
    monkeypatch.setattr(IPython.display, "display", shown.append)
    ns["q7"].check()
    (message,) = shown
    assert (
        isinstance(message, Message) and message._repr_markdown_() == "**You have not answered yet:** " + message.body
    )


# ---------------------------------------------------------------- feedback that is right (issue 18)

PHRASE = "Los Angeles' chief legislative analyst found that nearly 70 percent"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("Los Angeles chief legislative analyst found that nearly 70 percent", "missing an apostrophe"),
        ("Los Angeles' chief legislative analyst found that nearly percent", "1 word more belong"),
        (f'"{PHRASE}"', "quotation marks inside the text"),
        (f"“{PHRASE}”", "quotation marks inside the text"),
        (f"{PHRASE} of people", "2 words too many"),
        ("Los Angeles' chief legislative analist found that nearly 70 percent", "check the spelling"),
        ("the mayor", "not the answer"),
    ],
)
def test_text_feedback_names_the_real_problem(value: str, reason: str) -> None:
    namespace: dict = {"phrase": value}
    ExerciseSet("ex98", "t", [Text("phrase", PHRASE)]).bind(namespace)
    message = str(namespace["q1"].assess())
    assert reason in message
    assert ("check the spelling" in message) == (reason == "check the spelling")


def test_curly_apostrophes_are_accepted() -> None:
    namespace: dict = {"phrase": PHRASE.replace("'", "’")}
    ExerciseSet("ex98", "t", [Text("phrase", PHRASE)]).bind(namespace)
    assert namespace["q1"].assess().ok


def test_answers_are_shown_in_full_up_to_200_characters() -> None:
    long = "Nearly 70 percent " + "of them " * 20 + "minor offences."
    assert len(repr(long)) < 200
    namespace: dict = {"phrase": long}
    ExerciseSet("ex98", "t", [Text("phrase", PHRASE)]).bind(namespace)
    assert repr(long) in str(namespace["q1"].assess())


def test_counts_in_correct_grammar(ns: dict) -> None:
    ns["q4"].hints = ("Only one.",)
    assert "(there is only 1 hint)" in str(ns["q4"].hint_message(3))
    assert "is a whole number (int)" in str(grade(ns, "q4", 3))
    assert "1 of 3 labels is wrong" in str(grade(ns, "q9", {**RIGHT_LABELS, "s2": "fact"}))


def test_a_judgement_call_suggests_only_labels_the_question_accepts() -> None:
    question = Labelling("heard", {"Parks": "own words", "analyst": None}, ("own words", "described by others"))
    namespace: dict = {"heard": {"Parks": "own words", "analyst": "own words"}}
    ExerciseSet("ex98", "t", [question]).bind(namespace)
    message = str(namespace["q1"].assess())
    assert "('own words', 'because ...')" in message and "unnamed" not in message
    assert "unnamed" not in question.accepted


@pytest.mark.parametrize(
    ("value", "ok", "reason"),
    [
        ("2024-03-13", True, ""),
        ("13 March 2024", True, ""),
        ("March 13, 2024", True, ""),
        ("Wednesday, March 13, 2024", True, ""),
        ("Mar. 13 2024", True, ""),
        ("March 13", False, "has no year"),
        ("2024-03-14", False, "not this one"),
        ("the 13th", False, "not a date I can read"),
    ],
)
def test_dates_in_common_forms(value: str, ok: bool, reason: str) -> None:
    from civics_kit.exercises import Date

    namespace: dict = {"day": value}
    ExerciseSet("ex98", "t", [Date("day", "2024-03-13")]).bind(namespace)
    message = namespace["q1"].assess()
    assert message.ok == ok and reason in str(message)
    assert "spelling" not in str(message)


@pytest.mark.parametrize(
    ("value", "out", "printed"),
    [
        ("14 January 2025", "2025-01-14", ""),
        ("January 14, 2025", "2025-01-14", ""),
        ("2025-01-14", "2025-01-14", ""),
        ("", None, ""),
        ("next Tuesday", None, "I cannot read the date 'next Tuesday': write it like 2025-01-14."),
    ],
)
def test_my_date_is_understood_or_refused_in_one_line(
    value: str, out: str | None, printed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from civics_kit.exercise_sets.ex09 import publication_date

    assert publication_date(value) == out
    text = capsys.readouterr().out
    assert text.startswith(printed) and text.count("\n") == (1 if printed else 0)


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("answer = Parks", "put it in quotation marks: `'Parks'`"),
        ("q3.check()", "run the setup cell"),
        ("answer = 'it's Angeles' idea'", "Put the text between triple quotes"),
        ("answer = 'it's", "Put the text between triple quotes"),
        ('answer = """he said "no""""', "runs into the closing"),
        ("answer = “Parks”", "Use straight quotation marks"),
        ('answer = """never closed', "never closes"),
    ],
)
def test_friendly_lines_for_the_common_traps(code: str, line: str) -> None:
    from civics_kit.exercises.traps import explain, is_your_turn

    try:
        exec(compile(code, "cell", "exec"), {})
    except (NameError, SyntaxError) as error:
        assert line in explain(error)
        assert "\n" not in explain(error)
    else:
        raise AssertionError("no error")
    assert is_your_turn("\n# Your turn: your guess\nx = 1") and not is_your_turn("x = 1\n# Your turn")
