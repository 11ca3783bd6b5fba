"""The teacher's layer keeps its promises: the summary adds no numbers and reads at grade 8-10, the standards
table uses only codes whose wording is quoted, and the glossary covers the article's terms in both languages."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEACHER = REPO / "teacher"
SEED = (REPO / "seeds" / "000_1fac5e6bc3dcc4cb.txt").read_text(encoding="utf-8")
CODE = r"(?:D[1-4]\.[A-Za-z]*\.?\d+\.\d+-\d+|R[IH]\.\d+-\d+\.\d+)"


def _summary() -> str:
    text = (TEACHER / "summary-grade8-10.md").read_text(encoding="utf-8")
    return re.search(r"<!-- summary:start -->\n(.*?)<!-- summary:end -->", text, re.DOTALL).group(1)


def test_summary_reads_at_grade_8_to_10() -> None:
    import textstat  # the kit pins 0.7.8; the kit's own readability function can replace this later

    grade = textstat.flesch_kincaid_grade(_summary())
    assert 8.0 <= grade <= 10.0, grade
    assert grade < textstat.flesch_kincaid_grade(SEED) - 5  # much easier than the article itself
    stated = f"{grade:.2f}"  # the figure the documents quote must be the one measured now
    assert f"| **{stated}** |" in (TEACHER / "summary-grade8-10.md").read_text(encoding="utf-8")
    assert f"Flesch-Kincaid grade {stated}" in (TEACHER / "README.md").read_text(encoding="utf-8")


def test_summary_adds_no_numbers_and_keeps_the_article_s_own() -> None:
    summary = _summary()
    numbers = set(re.findall(r"\d+(?:-\d+)?", summary))
    assert numbers <= set(re.findall(r"\d+(?:-\d+)?", SEED)), numbers - set(re.findall(r"\d+(?:-\d+)?", SEED))
    for kept in ("11-1", "2008", "70 percent", "40", "Special Order 40"):
        assert kept in summary, kept


def test_summary_keeps_every_name_and_quotes_only_the_article() -> None:
    summary = _summary()
    names = ["Bernard Parks", "Jan Perry", "Charlie Beck", "Patt Morrison", "City News Service", "KPCC"]
    names += ["Illinois", "New York", "Massachusetts", "Homeland Security", "Assembly", "Senate", "LAPD"]
    for name in names:
        assert name in summary and name in SEED, name
    for quoted in re.findall(r'"([^"]+)"', summary):
        assert quoted.rstrip(".,").lower() in SEED.lower(), quoted  # copied from the article, maybe capitalised


def test_standards_table_uses_only_verified_codes() -> None:
    text = (TEACHER / "standards.md").read_text(encoding="utf-8")
    lessons, _, verified = text.partition("## The codes, their wording")
    verified, _, unverified = verified.partition("## Not listed")
    used = set(re.findall(CODE, lessons))
    quoted = {m.group(1) for m in re.finditer(rf"^\| ({CODE}) \| \"[^|]+\" \|", verified, re.MULTILINE)}
    assert used and used <= quoted, used - quoted
    assert not used & set(re.findall(CODE, unverified)), "a code is both used and listed as unverified"
    count = re.search(r"Count: (\d+) codes verified", verified)
    assert count and int(count.group(1)) == len(quoted)
    for lesson in range(11):
        assert re.search(rf"^\| {lesson:02d} ", lessons, re.MULTILINE), f"lesson {lesson:02d} missing"


def test_glossary_has_the_article_terms_in_english_and_spanish() -> None:
    text = (TEACHER / "glossary.md").read_text(encoding="utf-8")
    rows = [r for r in text.splitlines() if r.startswith("| ") and not r.startswith("| term") and "---" not in r]
    assert all(r.count(" | ") == 3 for r in rows), [r for r in rows if r.count(" | ") != 3]
    terms = " ".join(r.split(" | ")[0].lower() for r in rows)
    wanted = ["secure communities", "opt out", "resolution", "council file", "bill", "assembly", "senate", "veto"]
    wanted += ["federal", "jurisdiction", "home rule", "deportation", "detainer", "sanctuary city"]
    wanted += ["legislative analyst", "attribution", "scare quotes"]
    for term in wanted:
        assert term in terms, term


def test_lesson_05_teacher_note_quotes_the_error_students_see() -> None:
    """Run lesson 05's own lookup on a phrase that is not in the article, and find its error text in the note."""
    import nbformat

    import civics_kit as ck

    notebook = nbformat.read(REPO / "notebooks" / "05-tracing-to-the-record.ipynb", as_version=4)
    lookup = next(c.source for c in notebook.cells if c.cell_type == "code" and "def where(" in c.source)
    namespace = {"article": ck.load_article(), "pd": __import__("pandas")}
    exec(compile(lookup.split("\n\nclaims =")[0], "lesson 05", "exec"), namespace)
    try:
        namespace["where"]("most recently Massachusets")  # a typo, as a student might make
    except Exception as error:  # whatever the lesson raises is what the note must quote
        raised = error
    else:
        raise AssertionError("lesson 05's lookup found a phrase that is not in the article")
    message = str(raised)
    advice = message.split("' ", 1)[1].split(";")[0]  # "is not in the article. Copy the words ..."
    assert advice.startswith("is not in the article")
    note = (TEACHER / "lessons" / "05-tracing-to-the-record.md").read_text(encoding="utf-8")
    lesson = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    for text in (note, lesson):
        assert f"{type(raised).__name__}: '...' {advice}" in text
        assert "ValueError" not in text and "substring not found" not in text


def test_readme_gives_one_three_and_five_period_paths_for_both_subjects() -> None:
    text = (TEACHER / "README.md").read_text(encoding="utf-8")
    lessons = {p.name[:2] for p in (REPO / "notebooks").glob("[0-9][0-9]-*.ipynb")}
    for subject in ("Media literacy", "Civics"):
        for word, periods in (("one", 1), ("three", 3), ("five", 5)):
            row = re.search(rf"^\| \*\*{subject}, {word} periods?\*\* \| ([^|]+) \| (\d) \|", text, re.MULTILINE)
            assert row, f"{subject}, {word} period(s)"
            parts = [part.strip() for part in row.group(1).split(",")]
            assert int(row.group(2)) == periods == len(parts), row.group(0)
            assert all(part[:2] in lessons for part in parts), parts


def test_readme_times_are_the_lessons_estimates() -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("estimate_times", REPO / "tools" / "estimate_times.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("estimate_times", module)
    spec.loader.exec_module(module)
    text = (TEACHER / "README.md").read_text(encoding="utf-8")
    for path in module.lessons():
        minutes = module.estimate(path).minutes
        assert f"| `{path.stem}` | {minutes} |" in text, path.stem
        note = (TEACHER / "lessons" / f"{path.stem}.md").read_text(encoding="utf-8")
        assert f"estimated **{minutes} minutes** in class" in note, path.stem
