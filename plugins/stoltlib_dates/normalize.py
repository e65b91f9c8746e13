"""TimeML values: writing them, moving them by calendar units, and their calendar intervals.

A value is a string as TIMEX3 writes it: ``1998-08-07`` (a day), ``1998-08`` (a month),
``1998`` (a year), ``199`` (a decade), ``19`` (a century), ``1998-W32`` (an ISO week),
``1998-Q3`` (a quarter), ``1998-H2`` (a half), ``1998-SU`` (a season), ``1998-08-07TMO`` (a part
of a day), ``1998-08-07T09:00`` (a clock time), ``P3Y`` / ``PT2H`` (durations), and
``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``. Unknown parts are ``X`` (``XXXX-06-08``).
Everything here is a pure function of its arguments.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from fractions import Fraction

__all__ = [
    "DATE_UNITS",
    "TIME_UNITS",
    "day",
    "duration",
    "interval",
    "month",
    "quarter_of",
    "shift",
    "shift_value",
    "week",
]

#: Duration units written after ``P`` (calendar) and after ``PT`` (clock), by unit code.
DATE_UNITS = {"Y": "Y", "M": "M", "W": "W", "D": "D", "Q": "Q", "WE": "WE", "FN": "W"}
TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
# Units TimeML writes as a number of years (a decade is P10Y, a century P100Y).
_YEARS_PER = {"DE": 10, "CE": 100, "ML": 1000}
# An unspecified count of decades, centuries, millennia, as TimeBank writes them.
_UNKNOWN_LONG = {"DE": "PXDE", "CE": "PXC", "ML": "PXL"}


def day(date: dt.date) -> str:
    """A day value: ``1998-08-07``."""
    return date.isoformat()


def month(year: int, number: int) -> str:
    """A month value: ``1998-08``."""
    return f"{year:04d}-{number:02d}"


def week(date: dt.date) -> str:
    """The ISO week holding ``date``: ``1998-W32``."""
    year, number, _ = date.isocalendar()
    return f"{year:04d}-W{number:02d}"


def quarter_of(date: dt.date) -> tuple[int, int]:
    """The year and quarter (1-4) holding ``date``."""
    return date.year, (date.month - 1) // 3 + 1


def _add_months(date: dt.date, months: int) -> dt.date:
    index = date.year * 12 + date.month - 1 + months
    year, month0 = divmod(index, 12)
    if date.day <= 28:
        return dt.date(year, month0 + 1, date.day)  # a day every month has
    return dt.date(year, month0 + 1, min(date.day, _month_length(year, month0 + 1)))


# The days of each month of a common year (February of a leap year has one more).
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_length(year: int, number: int) -> int:
    if number == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[number - 1]


def _clamp_year(year: int) -> int:
    return min(max(year, 1), 9999)


def shift(anchor: dt.date, unit: str, amount: int) -> str | None:
    """The value of the ``unit`` that lies ``amount`` units from ``anchor``, at that granularity.

    ``shift(1998-08-07, "Y", -1)`` is ``1997``; ``"M"`` gives a month, ``"W"`` an ISO week,
    ``"D"`` a day, ``"Q"`` a quarter, ``"DE"`` a decade, ``"CE"`` a century, ``"WE"`` the weekend
    of a week. ``None`` for units without a calendar value (hours, minutes).
    """
    try:
        if unit == "Y":
            return f"{_clamp_year(anchor.year + amount):04d}"
        if unit == "M":
            moved = _add_months(anchor, amount)
            return month(moved.year, moved.month)
        if unit in ("W", "FN"):
            return week(anchor + dt.timedelta(weeks=amount * (2 if unit == "FN" else 1)))
        if unit == "WE":
            return week(anchor + dt.timedelta(weeks=amount)) + "-WE"
        if unit == "D":
            return day(anchor + dt.timedelta(days=amount))
        if unit == "Q":
            year, number = quarter_of(anchor)
            year, index = divmod(year * 4 + number - 1 + amount, 4)
            return f"{year:04d}-Q{index + 1}"
        if unit == "DE":
            return f"{_clamp_year(anchor.year + 10 * amount) // 10:03d}"
        if unit == "CE":
            return f"{_clamp_year(anchor.year + 100 * amount) // 100:02d}"
    except (OverflowError, ValueError):
        return None
    return None


def shift_value(value: str, unit: str, amount: int) -> str | None:
    """A year, month, week or quarter value moved by ``amount`` of its unit ("1995" -> "1996").

    ``None`` for a value that is not of that unit's shape.
    """
    try:
        if unit == "Y" and _YEAR.fullmatch(value):
            return f"{_clamp_year(int(value) + amount):04d}"
        if unit == "M" and (match := _MONTH.fullmatch(value)):
            moved = _add_months(dt.date(int(match["y"]), int(match["m"]), 1), amount)
            return month(moved.year, moved.month)
        if unit == "W" and (match := _WEEK.fullmatch(value)):
            monday = dt.date.fromisocalendar(int(match["y"]), int(match["w"]), 1)
            return week(monday + dt.timedelta(weeks=amount))
        if unit == "Q" and (match := _QUARTER.fullmatch(value)) and match["p"] == "Q":
            year, index = divmod(int(match["y"]) * 4 + int(match["n"]) - 1 + amount, 4)
            return f"{year:04d}-Q{index + 1}"
    except (OverflowError, ValueError):
        return None
    return None


def _number(amount: Fraction) -> str:
    if amount.denominator == 1:
        return str(amount.numerator)
    return f"{float(amount):g}"


def duration(amount: Fraction | None, unit: str) -> str:
    """A duration value: ``P3Y``, ``PT2H``, ``PXY`` (``amount`` None: an unspecified count).

    Fractions move to the next smaller unit when they can ("2 1/2 years" is ``P2Y6M``, "half an
    hour" ``PT30M``); decades and centuries are written in years, as TimeBank writes them.
    """
    if unit in _YEARS_PER:
        if amount is None:
            return _UNKNOWN_LONG[unit]
        amount, unit = amount * _YEARS_PER[unit], "Y"
    if unit == "Q":
        if amount is None:
            return "PXQ"
        amount, unit = amount * 3, "M"
    if unit == "FN":
        amount, unit = (None if amount is None else amount * 2), "W"
    if unit == "WE":
        return "PXWE" if amount is None else f"P{_number(amount)}WE"  # "weekends": how many unsaid
    clock = unit in TIME_UNITS
    code = TIME_UNITS[unit] if clock else DATE_UNITS.get(unit, unit)
    prefix = "PT" if clock else "P"
    if amount is None:
        return f"{prefix}X{code}"
    if amount.denominator != 1:
        whole = amount.numerator // amount.denominator
        rest = amount - whole
        # The next smaller unit of each (a clock "M" is a minute, whose next is the second).
        smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60)}.get(code)
        if clock and code == "M":
            smaller = ("S", 60)
        if smaller is not None and (rest * smaller[1]).denominator == 1:
            inner = int(rest * smaller[1])
            if code == "Y":
                return f"P{whole}Y{inner}M" if whole else f"P{inner}M"
            if code == "D":
                return f"P{whole}DT{inner}H" if whole else f"PT{inner}H"
            if clock and code == "M":
                return f"PT{whole}M{inner}S" if whole else f"PT{inner}S"  # "PT1M30S"
            return f"PT{whole}H{inner}M" if whole else f"PT{inner}M"
    return f"{prefix}{_number(amount)}{code}"


# Value shapes that resolve to calendar days, with their named parts (standard-library patterns:
# each expression found tries a few, and on such short strings ``re`` is about twice as fast).
_DAY = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T.*)?")
_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)")
_YEAR = re.compile(r"(?P<y>\d{4})")
_WEEK = re.compile(r"(?P<y>\d{4})-W(?P<w>\d\d)(?P<we>-WE)?")
_QUARTER = re.compile(r"(?P<y>\d{4})-(?P<p>Q|H)(?P<n>[1-4])")
_SEASON = re.compile(r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)")
_DECADE = re.compile(r"(?P<d>\d{3})")
_CENTURY = re.compile(r"(?P<c>\d{2})")

# A duration of known counts, part by part: "P2Y3M", "PT1H40M", "P5DT10H" (no weeks, which ISO
# 8601 does not mix with the other parts).
_DURATION_PARTS = re.compile(
    r"P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<D>\d+)D)?(?:T(?:(?P<H>\d+)H)?(?:(?P<TM>\d+)M)?"
    r"(?:(?P<S>\d+)S)?)?"
)
_PART_ORDER = ("Y", "M", "D", "H", "TM", "S")

# Seasons as meteorological months (winter: December of the year before to February).
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (0, 2)}


def _span(first: dt.date, last: dt.date) -> tuple[str, str]:
    return first.isoformat(), last.isoformat()


def _months(year: int, first: int, last: int) -> tuple[str, str]:
    """The days of months ``first`` to ``last`` of ``year`` (0 is the December before)."""
    start_year, start = divmod(year * 12 + first - 1, 12)
    end_year, end = divmod(year * 12 + last - 1, 12)
    last_day = _month_length(end_year, end + 1)
    return _span(dt.date(start_year, start + 1, 1), dt.date(end_year, end + 1, last_day))


def interval(value: str) -> tuple[str, str] | None:
    """``(first_day, last_day)`` of a value that resolves to calendar days, else ``None``."""
    if not value[:2].isdigit() or "X" in value:
        return None  # "PAST_REF", "XXXX-06-08": no calendar days
    if len(value) == 10 and value.isascii() and _DAY.fullmatch(value):
        # A day, most values found: its own first and last day if there is such a day
        # ("1987-02-30" is none), which ``fromisoformat`` checks in one call on this shape.
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return None
        return value, value
    try:
        if match := _DAY.fullmatch(value):
            date = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            return _span(date, date)
        if match := _MONTH.fullmatch(value):
            number = int(match["m"])
            return _months(int(match["y"]), number, number) if 1 <= number <= 12 else None
        if match := _YEAR.fullmatch(value):
            year = int(match["y"])
            return _span(dt.date(year, 1, 1), dt.date(year, 12, 31))
        if match := _WEEK.fullmatch(value):
            monday = dt.date.fromisocalendar(int(match["y"]), int(match["w"]), 1)
            if match["we"]:
                return _span(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
            return _span(monday, monday + dt.timedelta(days=6))
        if match := _QUARTER.fullmatch(value):
            size = 3 if match["p"] == "Q" else 6
            number = int(match["n"])
            if match["p"] == "H" and number > 2:
                return None
            return _months(int(match["y"]), size * (number - 1) + 1, size * number)
        if match := _SEASON.fullmatch(value):
            first, last = _SEASON_MONTHS[match["s"]]
            return _months(int(match["y"]), first, last)
        if match := _DECADE.fullmatch(value):
            start = int(match["d"]) * 10
            if start < 1:
                return None
            return _span(dt.date(start, 1, 1), dt.date(start + 9, 12, 31))
        if match := _CENTURY.fullmatch(value):
            start = max(int(match["c"]) * 100, 1)
            return _span(dt.date(start, 1, 1), dt.date(start + 99, 12, 31))
    except (OverflowError, ValueError):
        return None  # a day beyond the calendar's years ("9999-W52-WE")
    return None


def compound_duration(first: str, second: str) -> str | None:
    """The sum of two durations whose parts follow in order ("P2Y" and "P3M": "P2Y3M").

    ``None`` unless every part of ``second`` is smaller than every part of ``first`` ("two
    years and three months" is one span; "three months and two years" is no such phrase).
    """
    a, b = _DURATION_PARTS.fullmatch(first), _DURATION_PARTS.fullmatch(second)
    if a is None or b is None or first in ("P", "PT") or second in ("P", "PT"):
        return None
    a_parts = [i for i, name in enumerate(_PART_ORDER) if a[name]]
    b_parts = [i for i, name in enumerate(_PART_ORDER) if b[name]]
    if not a_parts or not b_parts or max(a_parts) >= min(b_parts):
        return None
    parts = {name: a[name] or b[name] for name in _PART_ORDER}
    date = "".join(f"{parts[name]}{name}" for name in ("Y", "M", "D") if parts[name])
    clock = "".join(f"{parts[name]}{name[-1]}" for name in ("H", "TM", "S") if parts[name])
    return "P" + date + (f"T{clock}" if clock else "")
