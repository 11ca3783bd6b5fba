"""Dates written out in words, the same on every machine.

``strftime``'s month-name codes give names in the computer's locale ("junio" on a Spanish laptop), and
its no-padding day code is a glibc extension that fails on Windows, so the kit writes dates from this
fixed table instead: stored notebook outputs and exercise checks are then the same everywhere
(``tests/test_dates.py`` fails if the package uses those codes).

    >>> import datetime as dt
    >>> format_day(dt.date(2011, 6, 7)), format_day(dt.date(2011, 6, 7), short=True)
    ('7 June 2011', '7 Jun 2011')
    >>> format_month(dt.date(2011, 9, 1)), format_month(dt.date(2011, 9, 1), short=True)
    ('September 2011', 'Sep 2011')

Only the standard library; the month *words the tagger reads* (with Spanish and abbreviations such as
"Sept.") live in the time tagger, not here: this table is for display.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["MONTHS", "MONTH_ABBREVIATIONS", "format_day", "format_month", "month_name"]

# English month names as the C locale writes them; the short forms are the first three letters.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTHS)


def month_name(day: dt.date, short: bool = False) -> str:
    """The month of ``day`` in English: "June", or "Jun" when ``short``."""
    return (MONTH_ABBREVIATIONS if short else MONTHS)[day.month - 1]


def format_month(day: dt.date, short: bool = False) -> str:
    """ "June 2011" (or "Jun 2011")."""
    return f"{month_name(day, short)} {day.year}"


def format_day(day: dt.date, short: bool = False) -> str:
    """ "7 June 2011" (or "7 Jun 2011"): the day without a leading zero."""
    return f"{day.day} {format_month(day, short)}"
