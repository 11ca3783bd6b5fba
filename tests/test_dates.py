"""Dates read the same on every machine: month names from the kit's own table, never from the locale."""

from __future__ import annotations

import datetime as dt
import locale
import re
from pathlib import Path

import pytest

import civics_kit as ck
from civics_kit.dates import MONTH_ABBREVIATIONS, MONTHS, format_day, format_month, month_name

PACKAGE = Path(__file__).resolve().parents[1] / "civics_kit"
# strftime codes that depend on the platform (%-d: glibc only; %#d: Windows only) or on the locale (%B, %b).
FORBIDDEN = re.compile(r"%[-#]|%[Bb]")


def test_the_package_source_uses_no_platform_or_locale_date_codes() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if FORBIDDEN.search(line)
    ]
    assert not offenders, "use civics_kit.dates instead of strftime codes:\n" + "\n".join(offenders)


def test_the_package_builds_paths_with_pathlib() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if re.search(r"\bos\.path\b|import os\.path|from os import path", path.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders


def test_the_table_is_the_calendar() -> None:
    assert len(MONTHS) == 12 and MONTHS[0] == "January" and MONTHS[-1] == "December"
    assert MONTH_ABBREVIATIONS[8] == "Sep" and all(len(a) == 3 for a in MONTH_ABBREVIATIONS)
    days = [dt.date(2011, m, 1) for m in range(1, 13)]
    assert [month_name(d) for d in days] == list(MONTHS)


@pytest.mark.parametrize(
    ("day", "long", "short"),
    [
        (dt.date(2011, 6, 7), "7 June 2011", "7 Jun 2011"),
        (dt.date(1999, 12, 31), "31 December 1999", "31 Dec 1999"),
        (dt.datetime(2024, 2, 29, 23, 59), "29 February 2024", "29 Feb 2024"),
    ],
)
def test_formats(day: dt.date, long: str, short: str) -> None:
    assert format_day(day) == long and format_day(day, short=True) == short
    assert format_month(day) == long.split(" ", 1)[1]


def test_the_display_does_not_follow_the_machine_locale() -> None:
    """Under another LC_TIME (where the machine has one) the article and the stale-news check still say June."""
    article = ck.load_article()
    before = article._repr_html_()
    assert "7 June 2011" in before
    saved = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("es_ES.UTF-8", "fr_FR.UTF-8", "de_DE.UTF-8", "C.UTF-8", "C"):
            try:
                locale.setlocale(locale.LC_TIME, name)
            except locale.Error:
                continue
            assert article._repr_html_() == before, name
            described = ck.date_dependent(article).to_string()
            assert "junio" not in described and "juin" not in described
    finally:
        locale.setlocale(locale.LC_TIME, saved)
