"""TimeML calendar values as the days they cover: "2014", "2024-10", "2024-10-01".

Shared by the pipeline (a caller's date against the one a text states) and the timelines (a
tenure's boundaries), so that neither reads dates the other's way.
"""

from __future__ import annotations

import datetime as _dt

import regex

__all__ = ["calendar_days"]

# A calendar date in TimeML: a year, a month or a day. Anything else (quarters, seasons,
# PRESENT_REF, XXXX-06-08) is no calendar date; an ISO week is read apart (_WEEK).
_CALENDAR = regex.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# An ISO week in TimeML ("2025-W27", "last week" in a story of early July 2025).
_WEEK = regex.compile(r"(\d{4})-W(\d{2})")


def calendar_days(value: str | None) -> tuple[_dt.date, _dt.date] | None:
    """The first and last day a TimeML calendar date or week covers, ``None`` for anything else.

    A calendar date is a year, a month or a day ("2014", "2024-10", "2024-10-01"); an ISO week
    ("1987-W09") runs Monday to Sunday. These are the values that date a tenure's boundary.
    Quarters, seasons, ``PRESENT_REF`` and dates beyond the calendar ("2024-13", "2020-W54")
    give ``None``.

    >>> calendar_days("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    >>> calendar_days("2025-W27")
    (datetime.date(2025, 6, 30), datetime.date(2025, 7, 6))
    """
    match = _CALENDAR.fullmatch(value) if value else None
    if match is None:
        return _week_days(value)
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    try:
        if month is None:
            return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
        if day is None:
            first = _dt.date(year, month, 1)
            following = _dt.date(year + month // 12, month % 12 + 1, 1)
            return first, following - _dt.timedelta(days=1)
        return _dt.date(year, month, day), _dt.date(year, month, day)
    except ValueError:
        return None  # "2024-13": not a calendar date, so not a date to set


def _week_days(value: str | None) -> tuple[_dt.date, _dt.date] | None:
    """Monday and Sunday of an ISO week ("2025-W27"), ``None`` for anything else."""
    match = _WEEK.fullmatch(value) if value else None
    if match is None:
        return None
    try:
        monday = _dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return monday, monday + _dt.timedelta(days=6)
    except (ValueError, OverflowError):
        return None  # "2020-W54": no such week; "9999-W53" runs past the calendar
