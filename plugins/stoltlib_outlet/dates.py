"""Reading the publication date out of a line: textual, ISO, dotted and slashed dates."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Iterable

import regex

from stoltlib.text import has_digit
from stoltlib_outlet.patterns import DATE, MONTH_DAY, MONTHS

__all__ = ["DATE_LINE_EXTRA_WORDS", "find_dates", "is_date_line", "month_day_in_year"]

#: Lines longer than this are searched for dates only around their years and slashes.
WINDOWED_ABOVE = 120
#: How far before its year (or slash) a date may start ("Wednesday, September 27th, 2023"),
#: and how far after it may end ("2023-12-22", "12/22/2023").
DATE_REACH = 40
DATE_TAIL = 12
#: How many lines' dates are remembered.
DATES_CACHE = 8192
#: A date line has at most this many words besides the date ("Mon 12 Mar 2023 10:04 PM").
DATE_LINE_EXTRA_WORDS = 6

# What every spelling of :data:`DATE` holds: a four-digit year, a slash, dash or dot between
# numbers, or an apostrophe's year ("'23").
_MAYBE_DATE = regex.compile(r"(?:19|20)\d\d|\d[/\-]\d|\d\d\.\d\d\.\d\d|['’]\d\d")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int:
    """The number of a month the date pattern matched, however its letters were cased.

    The pattern matches without regard to case by Unicode's rules, so its month may hold a
    letter that folds to an ASCII one without lower-casing to it ("ſeptember", "AprİL"): those
    are looked up by their letters' base forms.
    """
    number = MONTHS.get(name.lower())
    if number is None:
        base = unicodedata.normalize("NFKD", name.casefold())
        number = MONTHS.get("".join(char for char in base if not unicodedata.combining(char)))
    if number is None:  # a spelling the pattern and this look-up read differently
        raise ValueError(f"not a month: {name!r}")
    return number


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _value(match: regex.Match[str], date_order: str | None) -> str | None:
    """The ISO value of a :data:`DATE` match; ``None`` for impossible or undecidable dates."""
    part = match.group
    if part("mdy_month"):
        year = int(part("mdy_year")) if part("mdy_year") else _year(part("mdy_short_year"))
        return _iso(year, _month(part("mdy_month")), int(part("mdy_day")))
    if part("dmy_month"):
        return _iso(int(part("dmy_year")), _month(part("dmy_month")), int(part("dmy_day")))
    if part("iso_year"):
        return _iso(int(part("iso_year")), int(part("iso_month")), int(part("iso_day")))
    if part("ymd_year"):
        return _iso(int(part("ymd_year")), int(part("ymd_month")), int(part("ymd_day")))
    if part("dot_year"):
        # Dotted numeric dates are day-first wherever they are written (01.10.2024), but for
        # the odd US page, whose 12.22.2023 cannot be read so.
        day, month = int(part("dot_day")), int(part("dot_month"))
        return _iso(int(part("dot_year")), month, day) or _iso(int(part("dot_year")), day, month)
    if part("dot2_year"):  # day first, as with four digits
        return _iso(_year(part("dot2_year")), int(part("dot2_month")), int(part("dot2_day")))
    a, b, year = int(part("slash_a")), int(part("slash_b")), _year(part("slash_year"))
    if a > 12 >= b:
        return _iso(year, b, a)
    if b > 12 >= a:
        return _iso(year, a, b)
    if a == b:
        return _iso(year, a, b)
    # 03/04/2024: the outlet's convention decides; English-language news is mostly US-style.
    return _iso(year, b, a) if date_order == "dmy" else _iso(year, a, b)


@functools.lru_cache(maxsize=DATES_CACHE)
def find_dates(text: str, date_order: str | None = None) -> tuple[tuple[int, int, str], ...]:
    """Every calendar date in ``text`` as ``(start, end, iso_value)``, impossible dates left out.

    Cached: the rules ask about the same header lines several times (bylines, timestamps,
    date lines), and pages repeat their date lines. The metadata rules clear the cache for each
    document.
    """
    first = _MAYBE_DATE.search(text)
    if first is None:
        return ()  # every date has a year or a slash between numbers: most lines have neither
    found: list[tuple[int, int, str]] = []
    # A long line is searched only around its years and slashes: a date spans at most
    # DATE_REACH characters before its year and a few after it (2023-12-22). A short one is
    # searched whole: its first anchor is all it needs.
    windows = (
        [(0, len(text))]
        if len(text) <= WINDOWED_ABOVE
        else _merged(
            (max(0, match.start() - DATE_REACH), match.start() + DATE_TAIL)
            for match in _MAYBE_DATE.finditer(text, first.start())
        )
    )
    for start, end in windows:
        for match in DATE.finditer(text, start, end):
            value = _value(match, date_order)
            if value is not None and (not found or match.start() >= found[-1][1]):
                found.append((match.start(), match.end(), value))
    return tuple(found)


def _merged(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping ``(start, end)`` windows, in order, merged into one."""
    merged: list[tuple[int, int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def month_day_in_year(text: str, anchor: dt.date) -> tuple[int, int, str] | None:
    """Where a yearless "Feb 26" is in ``text``, and its ISO date in the year up to ``anchor``.

    A dateline's day is the day of the story, so at most a day after the document's date: a
    later day of the anchor's year is one of the year before ("Dec 31" in a story dated
    January 2).
    """
    match = MONTH_DAY.search(text)
    if match is None:
        return None
    month, day = _month(match.group("month")), int(match.group("day"))
    value = _iso(anchor.year, month, day)
    if value is not None and dt.date.fromisoformat(value) > anchor + dt.timedelta(days=1):
        value = _iso(anchor.year - 1, month, day)
    return None if value is None else (match.start(), match.end(), value)


def is_date_line(line: str) -> bool:
    """Whether a line is a date with little else: "Dec 12, 2023", "December 22, 2023 10:04 PM"."""
    if not has_digit(line):
        return False  # every date spelling has a digit: most lines are settled here
    dates = find_dates(line)
    if not dates:
        return False
    start, end = dates[0][:2]
    return len(line.split()) - len(line[start:end].split()) <= DATE_LINE_EXTRA_WORDS
