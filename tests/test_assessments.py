"""The assessment: a test mode for exercise sets, two parallel forms, their sheets and keys, and the pre/post table."""

from __future__ import annotations

import csv
import importlib.util
import math
import re
from pathlib import Path

import nbformat
import pytest

from civics_kit import load_article
from civics_kit.cli import main
from civics_kit.exercises import (
    NO_SOLUTIONS_ENV,
    PROGRESS_DIR_ENV,
    Choice,
    ExerciseSet,
    Labelling,
    Text,
    form_a,
    form_b,
)
from civics_kit.exercises.assessment import SKILLS, estimated_minutes, form
from civics_kit.exercises.prepost import ALL_SKILLS, CLASS, prepost, prepost_lines

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = load_article(form_a.article)
FORMS = (form_a, form_b)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w'’,.-]+", text.replace("’", "'"))).casefold()


def key_answer(item) -> object:
    """The key's answer in the form a student would type it."""
    question = item.question
    if isinstance(question, Choice):
        return question.right if question.multiple else question.right[0]
    if isinstance(question, Labelling):
        return dict(question.items)
    return item.answer


# -- the switch ------------------------------------------------------------------


def test_a_set_without_feedback_records_the_last_answer_and_hides_the_result() -> None:
    test = ExerciseSet("quiz_demo", "Demo", [Text("city", "Apia")], feedback=False)
    namespace: dict = {}
    test.bind(namespace)
    question = test.questions[0]
    namespace["city"] = "Apia"
    first = question.assess()
    namespace["city"] = "Suva"
    second = question.assess()
    for message in (first, second):
        assert message.status == "info" and "recorded" in message.body
        assert "correct" not in message.body.replace("not say whether it is right", "")
    assert question.shown_answer() == "Suva"  # the last answer counts, not the best
    assert question.result_word() == "answered" and test.score() == "all 1 answered"
    assert question.verdict("Suva").status == "incorrect"  # the teacher's re-check still marks it


def test_a_test_gives_no_hints_or_solutions_whatever_the_teacher_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NO_SOLUTIONS_ENV, raising=False)
    test = ExerciseSet(
        "quiz_demo", "Demo", [Text("city", "Apia", hints=("the capital",), solution="Apia")], feedback=False
    )
    namespace: dict = {"city": "Suva"}
    test.bind(namespace)
    question = test.questions[0]
    question.assess()
    assert "no hints" in question.hint_message().body and "the capital" not in question.hint_message().body
    assert "no solutions" in question.solution_message().body and "Apia" not in question.solution_message().body
    practice = ExerciseSet("practice_demo", "Demo", [Text("city", "Apia", hints=("the capital",), solution="Apia")])
    practice.bind(namespace)
    practice.questions[0].assess()
    assert practice.questions[0].hint_message().body == "the capital"
    assert practice.questions[0].solution_message().body == "Apia"


# -- the forms -------------------------------------------------------------------


def test_the_forms_are_parallel_item_for_item() -> None:
    assert 10 <= len(form_a.items) == len(form_b.items) <= 12
    for a, b in zip(form_a.items, form_b.items, strict=True):
        assert a.skill == b.skill
        assert type(a.question) is type(b.question) and a.question.var == b.question.var
        if isinstance(a.question, Choice):
            assert len(a.question.options) == len(b.question.options)
            assert len(a.question.right) == len(b.question.right)
        if isinstance(a.question, Labelling):
            assert sorted(a.question.items.values()) == sorted(b.question.items.values())
    assert [i.skill for i in form_a.items] == sorted((i.skill for i in form_a.items), key=list(SKILLS).index)
    assert set(SKILLS) == {i.skill for i in form_a.items}
    assert form(form_a.key) is form_a and form(form_b.key) is form_b and form("ex00") is None


def test_the_article_is_one_the_lessons_do_not_use() -> None:
    used = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "notebooks").glob("*.ipynb")))
    used += "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "teacher" / "lessons").glob("*.md")))
    assert form_a.article not in used and form_a.article == form_b.article


@pytest.mark.parametrize("assessment", FORMS, ids=lambda f: f.key)
def test_every_key_answer_passes_its_own_checker_and_every_option_is_checked(assessment) -> None:
    for item in assessment.items:
        assert item.question.verdict(key_answer(item)).status == "correct", item.prompt
        if isinstance(item.question, Choice):
            wrong = [k for k in item.question.options if k not in item.question.right]
            assert all(item.question.verdict(k).status == "incorrect" for k in wrong)
            assert item.answer == ", ".join(item.question.right)


@pytest.mark.parametrize("assessment", FORMS, ids=lambda f: f.key)
def test_every_quoted_phrase_and_labelled_statement_is_in_the_article(assessment) -> None:
    text = _words(ARTICLE.text)
    for item in assessment.items:
        phrases = re.findall(r"“([^”]+)”", item.prompt + " " + item.reasoning)
        phrases = [p.rstrip("…").strip(" ,") for p in phrases if not p.startswith("as of when")]
        if isinstance(item.question, Labelling):
            phrases += list(item.question.items)
        for phrase in phrases:
            assert _words(phrase) in text, phrase


def test_the_answers_in_names_and_dates_are_read_from_the_article() -> None:
    for item in (*form_a.items, *form_b.items):
        if item.skill == "voices" and not isinstance(item.question, Choice):
            assert item.answer in ARTICLE.text
    assert "shut down all schools as of November 17" in ARTICLE.text
    assert "declared a state of emergency on November 15" in ARTICLE.text and ARTICLE.published.year == 2019


# -- the sheets, keys and notebooks ------------------------------------------------


def _tool():
    spec = importlib.util.spec_from_file_location("build_assessments", ROOT / "tools" / "build_assessments.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sheets_keys_and_notebook_sources_are_what_the_forms_give(capsys: pytest.CaptureFixture[str]) -> None:
    assert _tool().main(["--check"]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("letter", "ab")
def test_the_sheet_prints_short_and_shows_the_attribution_line(letter: str) -> None:
    sheet = (ROOT / "teacher" / "assessments" / f"form-{letter}.md").read_text(encoding="utf-8")
    page = (ROOT / "teacher" / "assessments" / f"form-{letter}.html").read_text(encoding="utf-8")
    assert ARTICLE.attribution in sheet
    assert len(sheet.split()) < 800  # two printed pages at 10.5 pt
    assert "<script" not in page and "@media print" in page
    key = (ROOT / "teacher" / "assessments" / f"key-{letter}.md").read_text(encoding="utf-8")
    assert key.count("\n**") == 12 and all(SKILLS[skill] in key for skill in SKILLS)


@pytest.mark.parametrize("letter", "ab")
def test_the_teacher_source_outputs_record_answers_and_never_grade_them(letter: str) -> None:
    notebook = nbformat.read(ROOT / "teacher" / "exercises" / f"assessment-form-{letter}.ipynb", as_version=4)
    outputs = [
        str(output.get("text", "")) + str(output.get("data", {}).get("text/plain", ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
    ]
    recorded = [o for o in outputs if o.startswith("Recorded")]
    assert len(recorded) == 12
    assert not any(o.startswith(("Correct", "Incorrect")) for o in outputs)
    assert any(ARTICLE.attribution in o for o in outputs)


def test_estimated_minutes_follow_the_lessons_rule_and_the_notes_say_them() -> None:
    minutes = estimated_minutes(form_a, ARTICLE)
    words = len(re.findall(r"[A-Za-z0-9][\w'’-]*", ARTICLE.text))
    assert minutes >= 4 * len(form_a) + words / 130
    notes = (ROOT / "teacher" / "assessments" / "README.md").read_text(encoding="utf-8")
    assert f"about {minutes} minutes" in notes
    assert f"about {estimated_minutes(form_b, ARTICLE)} minutes" in notes


# -- hand-ins and the pre/post table ------------------------------------------------


def hand_in(folder: Path, name: str, assessment, answers: dict, monkeypatch: pytest.MonkeyPatch) -> Path:
    """One student's sitting: answer, check, hand in; the CSV it wrote."""
    monkeypatch.setenv(PROGRESS_DIR_ENV, str(folder / f"{name}-{assessment.key}"))
    namespace: dict = {}
    assessment.bind(namespace)
    for var, value in answers.items():
        namespace[var] = value
        next(q for q in assessment if q.var == var).assess()
    assessment.progress_message(save=True, name=name)
    (path,) = (folder / f"{name}-{assessment.key}").glob(f"{assessment.key}-*.csv")
    return path


def right_answers(assessment, skip: set[str] = frozenset()) -> dict:
    return {i.question.var: key_answer(i) for i in assessment.items if i.skill not in skip}


@pytest.fixture
def classroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "class"
    # Ana: before, wrong on voices and dates; after, all right.
    hand_in(
        folder, "Ana Ruiz", form_a, right_answers(form_a, {"voices", "dates"}) | {"quoted_person": "Lesa"}, monkeypatch
    )
    hand_in(folder, "Ana Ruiz", form_b, right_answers(form_b), monkeypatch)
    # Ben: only the pre-test, with "A" everywhere a letter is asked for.
    letters = {i.question.var: "A" for i in form_a.items if isinstance(i.question, Choice)}
    hand_in(folder, "Ben Ode", form_a, letters, monkeypatch)
    # Cy: both, and opens the post-test CSV to claim every mark.
    hand_in(folder, "Cy Lam", form_a, right_answers(form_a), monkeypatch)
    edited = hand_in(folder, "Cy Lam", form_b, {"paragraph_kind": "D", "event_date": "15 November"}, monkeypatch)
    rows = list(csv.DictReader(open(edited, encoding="utf-8")))
    assert {r["result"] for r in rows} <= {"answered", "not answered"}  # the hand-in shows no mark
    for row in rows:
        row["result"] = "correct"
    with open(edited, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    capsys.readouterr()
    return folder


def test_the_hand_in_page_shows_no_mark(classroom: Path) -> None:
    page = next(classroom.rglob("form_a-ana-ruiz.html")).read_text(encoding="utf-8")
    assert "answered" in page and ">correct<" not in page and ">incorrect<" not in page


def test_collect_writes_a_pre_post_table_per_student_and_skill(
    classroom: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "grades"
    assert main(["collect", str(classroom), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    table = {(r["student"], r["skill"]): r for r in csv.DictReader(open(out / "prepost.csv", encoding="utf-8"))}
    assert table["Ana Ruiz", "voices"] == {"student": "Ana Ruiz", "skill": "voices", "items": "2", "pre": "0",
                                           "post": "2", "change": "2"}  # fmt: skip
    assert table["Ana Ruiz", "dates"]["change"] == "2" and table["Ana Ruiz", "words"]["change"] == "0"
    assert table["Ana Ruiz", ALL_SKILLS] == {"student": "Ana Ruiz", "skill": ALL_SKILLS, "items": "12", "pre": "8",
                                             "post": "12", "change": "4"}  # fmt: skip
    assert table["Ben Ode", ALL_SKILLS]["post"] == "" and table["Ben Ode", ALL_SKILLS]["change"] == ""
    assert table["Cy Lam", ALL_SKILLS]["pre"] == "12" and table["Cy Lam", ALL_SKILLS]["post"] == "0"  # re-checked
    assert table[CLASS, ALL_SKILLS] == {"student": CLASS, "skill": ALL_SKILLS, "items": "24", "pre": "20",
                                        "post": "12", "change": "-8"}  # fmt: skip
    assert {skill for _, skill in table} == {*SKILLS, ALL_SKILLS}
    assert "Ana Ruiz" in printed and "0 → 2 /2" in printed and (out / "prepost.txt").exists()
    gradebook = list(csv.DictReader(open(out / "gradebook.csv", encoding="utf-8")))
    assert len(gradebook) == 5 * 12


def test_no_table_without_an_assessment_and_text_lines_line_up() -> None:
    assert prepost([{"student": "Ana", "exercise": "ex00", "question": "q1", "result": "correct"}]) == []
    rows = [{"student": "Ana", "exercise": "form_a", "question": "q1", "result": "correct"}]
    table = prepost(rows)
    ana = {r["skill"]: r for r in table if r["student"] == "Ana"}
    assert ana["kind"]["pre"] == 1 and ana["kind"]["post"] is None and ana[ALL_SKILLS]["pre"] == 1
    lines = prepost_lines(table)
    assert lines[1].startswith("student") and "1 → – /1" in lines[2]


# -- the summative task ---------------------------------------------------------------

TASK = ROOT / "teacher" / "assessments" / "summative-task.md"
MODELS = ROOT / "teacher" / "assessments" / "model-answers.md"


def test_the_summative_time_is_the_lessons_rule_on_the_student_sheet() -> None:
    text = TASK.read_text(encoding="utf-8")
    sheet = text.split("## Student sheet", 1)[1].split("\n## ", 1)[0]
    code_cells = len(re.findall(r"```python\n.*?```", sheet, re.S))
    prose = re.sub(r"```python\n.*?```", "", sheet, flags=re.S)
    words = len(re.findall(r"[A-Za-z0-9][\w'’-]*", prose))
    tasks = len(re.findall(r"^### Your turn", sheet, re.M))
    written = len(re.findall(r"^\d+\. ", sheet.split("### Write your report", 1)[1], re.M))
    assert (code_cells, tasks, written) == (4, 2, 4)
    minutes = math.ceil((words + 450) / 130 + 4 * tasks + 5 * written + 2 * code_cells)
    assert text.count(f"about {minutes} minutes") == 2
    assert f"about {minutes} minutes" in (ROOT / "teacher" / "assessments" / "README.md").read_text(encoding="utf-8")


def test_the_rubric_has_four_levels_for_every_criterion() -> None:
    text = TASK.read_text(encoding="utf-8")
    rubric = text.split("## Rubric", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in rubric.splitlines() if line.startswith("| **")]
    assert len(rows) == 4 and all(row.count(" | ") == 4 for row in rows)
    assert "4 · exemplary | 3 · proficient | 2 · developing | 1 · beginning" in rubric


def _model(title: str) -> str:
    return MODELS.read_text(encoding="utf-8").split(title, 1)[1].split("\n## ", 1)[0]


def _quoted(section: str) -> list[str]:
    """Every phrase between straight quotation marks, paired in order."""
    return [" ".join(q.split()) for q in re.findall(r'"([^"]*)"', section)]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("A strong answer", "wikinews_20190207_nevada_majority_female_legislature"),
        ("A middling answer", "wikinews_20200315_montana_ballot_law_lawsuit"),
    ],
)
def test_model_answers_quote_their_article_and_its_credit_and_give_the_kits_figures(title: str, name: str) -> None:
    from civics_kit import quote_share, quotes

    article = load_article(name)
    section = _model(title)
    assert " ".join(article.attribution.split()) in " ".join(section.split())
    student = " ".join(line.lstrip("> ") for line in section.splitlines() if line.startswith(">"))
    for phrase in _quoted(section):  # the article's words, or the student's when the comment quotes them
        assert _words(phrase) in _words(article.text) or _words(phrase) in _words(student), phrase
    shares = quote_share(article)
    student = " ".join(student.split())
    for row in shares.itertuples():  # each speaker the kit finds, with the share it gives, in the student's words
        assert str(row.speaker).split()[-1] in student and f"{round(row.share * 100)}%" in student, row.speaker
    scores = re.findall(r"(Voices|Evidence|Next checks|Accuracy) (\d)", section)
    total = int(re.search(r"\((\d+) of 16\)", MODELS.read_text(encoding="utf-8").split(title, 1)[1]).group(1))
    assert len(scores) == 4 and sum(int(s) for _, s in scores) == total
    speakers = set(quotes(article)["speaker"].dropna())
    if title.startswith("A strong"):  # the strong answer checked every row: the kit names all four speakers
        assert set(shares["speaker"]) == speakers == {"Kelly Dittmar", "Patricia Ann Spearman", "Selena Torres",
                                                      "Jill Tolles"}  # fmt: skip
        rows = {6: "six"}.get(len(quotes(article)), str(len(quotes(article))))
        assert f"the {rows} rows of `quotes`" in " ".join(section.split())
    else:  # the middling answer misses the reported source the kit lists beside the two in its share table
        assert "State legislators supporting the law" in speakers and len(shares) == 2


def test_the_article_handout_keeps_the_words_and_the_credit() -> None:
    handout = (ROOT / "teacher" / "assessments" / "article.md").read_text(encoding="utf-8")
    for paragraph in ARTICLE.text.split("\n\n")[1:]:
        assert paragraph.strip() in handout
    assert ARTICLE.attribution in handout


def test_build_exercises_takes_the_assessment_notebooks_too(tmp_path: Path) -> None:
    from civics_kit.exercise_build import stale_exercises

    stale = stale_exercises(ROOT / "teacher" / "exercises", tmp_path)
    assert {"assessment-form-a.ipynb", "assessment-form-b.ipynb"} <= set(stale)
    assert stale_exercises(ROOT / "teacher" / "exercises", ROOT / "exercises") == []
