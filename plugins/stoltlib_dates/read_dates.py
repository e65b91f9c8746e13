"""Readers of dates named on the calendar, and of clock times.

"June 8, 2020", "the third quarter of 1989", "the 1990s", "Christmas", "summer 2022", "1998",
"May", "5 p.m. EST Nov. 9".

A date named without its year ("June 8", "the third quarter", "December") is placed from the
anchor by :meth:`ReaderBase.year_for` (its clause's tense, then the nearest occurrence).
"""

from __future__ import annotations

import datetime as dt

import regex

from stoltlib_dates import normalize as nz
from stoltlib_dates.anchor import FUTURE, NEAREST, PAST
from stoltlib_dates.guards import (
    is_bare_month_word,
    is_count,
    is_identifier,
    is_numeric_run,
    preceding_word,
)
from stoltlib_dates.lexicons import Holiday, key
from stoltlib_dates.numbers import DECADE_WORDS, parse_number, spelled_year, two_digit_year
from stoltlib_dates.patterns import TIME_JOIN, groups_of
from stoltlib_dates.reader import OF_AFTER, REL_STEP, Found, ReaderBase, day_or_none

__all__ = ["DateReaders"]

# "fiscal" or "calendar" right before a quarter's ordinal: "the fiscal second-quarter".
_FISCAL_BEFORE = regex.compile(r"(?i)\b(?:fiscal|calendar)\s+\Z")
# After a month, the month that closes a range with it and that month's year, if stated:
# "January-June", "January to June this year", "March and May 1998".
_MONTH_RANGE = regex.compile(
    r"""\s*(?:[-–]|\s(?:to|through|until|till|(?P<and>and))\s+)(?P<mon>\p{Lu}\p{Ll}+)\b
    (?:,?\s+(?:of\s+)?(?P<year>1\d\d\d|20\d\d)(?![\p{N}])|\s+(?P<yrel>this|last|next)\s+year\b)?""",
    regex.VERBOSE,
)
# A month name and a dash right before a month: "January-March" closes a range of months, so
# the month after the dash is no word ("March", "May" stand alone as verbs).
_MONTH_DASH_BEFORE = regex.compile(r"(?r)(\p{Lu}\p{Ll}+)\.?[ \t]*[-–][ \t]*\Z")
# "of that year" after a month ("September of that year"), or after a list of months that it
# closes ("in May, June and September of that year"): the year named last.
_OF_THAT_YEAR = regex.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b")
_LIST_OF_THAT_YEAR = regex.compile(
    r"(?:(?:,\s*|\s+)(?:and\s+|or\s+)?\p{Lu}\p{Ll}+\.?){1,4}\s+of\s+(?:that|the\s+same)\s+year\b"
)
# A day's value, and what may stand between a day and its clock time ("Tuesday at 10 a.m.").
_DAY_VALUE = regex.compile(r"\d{4}-\d\d-\d\d(?!\d)")
_DAY_THEN_TIME = regex.compile(
    r"(?i),?\s+(?:(?:at|from|until|by|after|before)\s+)?(?:(?:about|around|approximately)\s+)?"
)
# A clock time's value, and the bracket that opens a zone's time after it: "10:30 a.m. (0730
# GMT)" is of the local time's day, or of the one after or before when the zone's clock has
# passed midnight ("8 p.m. (0000 GMT)").
_CLOCK_VALUE = regex.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<hh>\d\d):(?P<mm>\d\d)")
_BRACKET_OPENS = regex.compile(r"\s*\(")
# Prepositions before a day of the month standing alone that make it a date ("closed on the
# 12th", "due by the 3rd", "from the 5th"); after anything else it is a rank ("finished the
# 12th", "for the 3rd time" is kept out by the pattern).
_DAY_ALONE_SIGNALS = frozenset({"on", "by", "until", "till", "since", "from", "before", "after"})
# The numeric dates of a document that show its convention: dotted ones with a full year are
# day first ("03.04.2025"; "1.2.10" is a version); a slashed one is day first when its first
# number cannot be a month ("15/09/2019"), month first when its second cannot ("09/15/2019").
_NUMERIC_DATE = regex.compile(
    r"(?<![\d./])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<y>1\d\d\d|20\d\d|\d\d)"
    r"(?![\d/]|\.\d)"  # a full stop may end the sentence
)
# The clock time that ends a range of times: "7 a.m. to 8 p.m.", "9 a.m.-5 p.m.", "10 p.m.
# until noon".
_CLOCK_RANGE_END = regex.compile(
    r"""\s*(?:[-–]|\s(?:to|until|till|and)\s)\s*
        (?:(?P<hh>\d{1,2})(?::(?P<mm>\d\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?
          |(?P<hh>\d{1,2}):(?P<mm>\d\d)
          |(?P<noon>noon|midnight))""",
    regex.IGNORECASE | regex.VERBOSE,
)
_DAY_MINUTES = 24 * 60
# "of" after a half or quarter, and what it is of when that is no year: "the second half of
# July", "the first half of the game" (not "of last year", "of the 1990s", "a loss of $8").
# "of" and a decade after a half: "the last half of the '80s", "the first half of the 1990s".
_OF_DECADE = regex.compile(
    r"\s+of\s+the\s+(?:(?P<dec>1\d\d0|20\d0)['’]?s|['’](?P<dec2>\d0)['’]?s)\b"
)
# A month's value ("1998-03"): what "the second half of" a month is the half of.
_MONTH_VALUE = regex.compile(r"\d{4}-[01]\d")
_OF_OTHER = regex.compile(
    r"""\s+of\s+(?:
        (?P<mon>\p{Lu}\p{Ll}+)\b                  # a month name (the lexicon's)
      | (?:the|a|an|its|his|her|their|this|that)\s+(?!(?:fiscal\s+|calendar\s+)?year\b)\p{Ll}
    )""",
    regex.VERBOSE,
)
# After a season, the noun it qualifies and that noun's year: "summer summit of 2022".
# "the fall in prices": the noun of a decline, unless a preposition of time puts the season
# before it ("in the fall in Ohio").
_IN_AFTER = regex.compile(r"\s+in\b")
_SEASON_PREPOSITIONS = frozenset(
    {"in", "during", "by", "until", "till", "since", "through", "throughout", "into", "over",
     "early", "late", "mid", "this", "last", "next"}
)  # fmt: skip
_SEASON_NOUN_YEAR = regex.compile(r"\s+\p{Ll}+\s+of\s+(?P<year>1\d\d\d|20\d\d)(?![\p{L}\p{N}])")
# A century written with digits: "20th".
_ORDINAL_DIGITS = regex.compile(r"(\d+)(?:st|nd|rd|th)", regex.IGNORECASE)


def _range_end_minutes(end: regex.Match[str]) -> int:
    """The minutes after midnight of the clock time that ends a range (``_CLOCK_RANGE_END``)."""
    if end["noon"] is not None:
        return 12 * 60 if end["noon"].casefold() == "noon" else _DAY_MINUTES
    hour = int(end["hh"]) % 24
    if end["ampm"] is not None:
        hour = hour % 12 + (12 if end["ampm"].casefold() == "p" else 0)
    return hour * 60 + int(end["mm"] or 0)


def _zone_day(local: regex.Match[str], minutes: int) -> str:
    """The day of a zone's clock time (``minutes`` after its midnight) given beside ``local``.

    The two clocks differ by the zone offset, at most twelve hours either way: "8 p.m. (0000
    GMT)" is the next day's midnight in GMT, "10:30 a.m. (0730 GMT)" the same day's.
    """
    at = int(local["hh"]) * 60 + int(local["mm"])
    offset = (at - minutes) % _DAY_MINUTES
    if offset > _DAY_MINUTES // 2:
        offset -= _DAY_MINUTES
    shift = (at - offset) // _DAY_MINUTES
    if shift == 0:
        return local["day"]
    return (dt.date.fromisoformat(local["day"]) + dt.timedelta(days=shift)).isoformat()


class DateReaders(ReaderBase):
    """The readers of dates named on the calendar and of clock times."""

    def b_iso(self, m: regex.Match[str]) -> Found | None:
        """An ISO date, with the clock time glued to it when there is one."""
        g = groups_of(m.re)
        date = day_or_none(int(m[g["year"]]), int(m[g["monn"]]), int(m[g["day"]]))
        if date is None:
            return None
        if m[g["hh"]] is not None:
            value = f"{self.day_value(date)}T{m['hh']}:{m['mm']}"
            return Found(m.start(g["core"]), m.end(g["core"]), "TIME", value)
        return Found(m.start(g["core"]), m.end(g["core"]), "DATE", self.day_value(date))

    def b_dot(self, m: regex.Match[str]) -> Found | None:
        """A dotted numeric date, day first."""
        g = groups_of(m.re)
        date = day_or_none(int(m[g["year"]]), int(m[g["monn"]]), int(m[g["day"]]))
        if date is None:
            return None
        return Found(m.start(g["core"]), m.end(g["core"]), "DATE", self.day_value(date))

    def b_slash(self, m: regex.Match[str]) -> Found | None:
        """A slashed numeric date, month first unless the first number cannot be a month.

        An ambiguous one is day first in a document whose other numeric dates are.
        """
        g = groups_of(m.re)
        first, second = int(m[g["sa"]]), int(m[g["sb"]])
        year_text = m[g["sy"]]
        year = int(year_text) if len(year_text) == 4 else two_digit_year(year_text, None)
        if first > 12 >= second or (second <= 12 and self.day_first()):
            month, day = second, first  # "15/09/2019", or "12/05/2025" in a day-first story
        else:
            month, day = first, second
        date = day_or_none(year, month, day)
        if date is None:
            return None
        return Found(m.start(g["core"]), m.end(g["core"]), "DATE", self.day_value(date))

    def day_first(self) -> bool:
        """Whether the document writes its numeric dates day first (read once, then kept).

        An ambiguous slashed date ("12/05/2025") follows the document's own convention: the
        dates it writes that can be read one way only, more day first than month first.
        """
        if self.state.day_first is None:
            votes = 0
            for found in _NUMERIC_DATE.finditer(self.text):
                first, second = int(found["a"]), int(found["b"])
                if (found["sep"] == "." and len(found["y"]) == 4) or first > 12 >= second:
                    votes += 1
                elif second > 12 >= first:
                    votes -= 1
            self.state.day_first = votes > 0
        return self.state.day_first

    def _month_day(self, m: regex.Match[str]) -> Found | None:
        """A month and day (``b_mdy``, ``b_dmy``).

        The year is the one stated, else the one the weekday settles, else placed from the anchor.
        """
        g = groups_of(m.re)
        month = self.month_number(m[g["mon"]])
        if m[g["day"]]:
            day = int(m[g["day"]])
        elif m[g["dayw"]]:
            day = self.lex.ordinals[key(m[g["dayw"]])]
        else:
            day = int(parse_number(m[g["dayc"]], self.lex) or 0)  # "September one, 1989"
        start, end = m.start(g["core"]), m.end(g["core"])
        if "days" in g and m[g["days"]] is not None:
            end = m.start(g["days"])  # "March 15-17, 1998": the range's first day, of its year
        if not 1 <= day <= 31:
            return None
        if m[g["year"]] is not None:
            date = day_or_none(int(m[g["year"]]), month, day)
            return Found(start, end, "DATE", self.day_value(date)) if date else None
        if "yrel" in g and m[g["yrel"]] is not None:
            # "Jan. 1 next year": the year is the anchor's, stepped.
            if self.state.anchor is None:
                return Found(start, end, "DATE", f"XXXX-{month:02d}-{day:02d}")
            date = day_or_none(self.state.anchor.year + REL_STEP[key(m[g["yrel"]])], month, day)
            return Found(start, end, "DATE", self.day_value(date)) if date else None
        if m[g["wd"]] is not None and self.state.anchor is not None:
            # A weekday with the day settles the year: the nearest year where they agree.
            weekday = self.lex.weekdays[key(m[g["wd"]])]
            for offset in (0, -1, 1):
                date = day_or_none(self.state.anchor.year + offset, month, day)
                if date is not None and date.isoweekday() == weekday:
                    return Found(start, end, "DATE", self.day_value(date))

        def bounds(year: int) -> tuple[dt.date, dt.date] | None:
            date = day_or_none(year, month, day)
            return (date, date) if date else None

        if "mrel" in g and m[g["mrel"]] is not None:
            # "last Nov. 13": the last such day before the anchor; "next", the next one after.
            rel = key(m[g["mrel"]])
            direction = PAST if rel == "last" else FUTURE if rel == "next" else NEAREST
            year = self.year_for(bounds, start, end, direction)
        else:
            year = self.year_for(bounds, start, end, story=True)
        if year is None:
            if self.state.anchor is not None or day_or_none(2000, month, day) is None:
                return None
            return Found(start, end, "DATE", f"XXXX-{month:02d}-{day:02d}")
        date = day_or_none(year, month, day)
        return Found(start, end, "DATE", self.day_value(date)) if date else None

    b_mdy = _month_day

    def b_dmy(self, m: regex.Match[str]) -> Found | None:
        """A day then its month ("8 June"), or a day of the month alone ("on the 12th")."""
        g = groups_of(m.re)
        if m[g["dom"]] is None:
            return self._month_day(m)
        start, end = m.start(g["core"]), m.end(g["core"])
        if preceding_word(self.text, start) not in _DAY_ALONE_SIGNALS:
            return None  # "the 12th." after a noun ("finished the 12th") is a rank
        day = int(m[g["dom"]])
        anchor = self.state.anchor
        if not 1 <= day <= 31:
            return None
        if anchor is None:
            return Found(start, end, "DATE", f"XXXX-XX-{day:02d}")
        date = self.day_of_month_near(anchor, day, self.direction(start, end))
        return Found(start, end, "DATE", self.day_value(date)) if date else None

    def day_of_month_near(self, anchor: dt.date, day: int, direction: str | None) -> dt.date | None:
        """The ``day`` of the anchor's month or of one beside it, the way the clause points.

        Past: the latest by the anchor; future: the earliest from it; else the nearest (the
        past one on a tie, as for weekdays).
        """
        days = []
        for step in (-1, 0, 1):
            month_index = anchor.year * 12 + anchor.month - 1 + step
            date = day_or_none(month_index // 12, month_index % 12 + 1, day)
            if date is not None:
                days.append(date)
        if direction == PAST:
            days = [date for date in days if date <= anchor]
        elif direction == FUTURE:
            days = [date for date in days if date >= anchor]
        if not days:
            return None
        return min(days, key=lambda date: (abs((date - anchor).days), date > anchor))

    def range_end(self, m: regex.Match[str], first: Found) -> Found | None:
        """The last day of a range of days ("Aug. 7-8", "Aug. 17 to 19") after its first day.

        It is an expression of its own, of the first day's month and year (TimeML tags each
        end of a range); ``None`` when ``m`` holds no range or its last day is not after the
        first one.
        """
        g = groups_of(m.re)
        if "day2" not in g or m[g["day2"]] is None or first.type != "DATE":
            return None
        value = first.value
        day = int(m[g["day2"]])
        if len(value) != 10 or not value[8:].isdigit() or not int(value[8:]) < day <= 31:
            return None
        if value[:4].isdigit() and day_or_none(int(value[:4]), int(value[5:7]), day) is None:
            return None
        return Found(m.start(g["day2"]), m.end(g["day2"]), "DATE", f"{value[:8]}{day:02d}")

    def b_my(self, m: regex.Match[str]) -> Found | None:
        """A month of a year ("February 2020", "June last year")."""
        g = groups_of(m.re)
        year = spelled_year(m[g["year"]]) if m[g["year"]] else None
        if m[g["yrel"]] is not None:
            anchor = self.state.anchor
            if anchor is None:
                value = f"XXXX-{self.month_number(m['mon']):02d}"
                return Found(m.start(g["core"]), m.end(g["core"]), "DATE", value)
            year = anchor.year + REL_STEP[key(m[g["yrel"]])]
        assert year is not None
        value = nz.month(year, self.month_number(m[g["mon"]]))
        return Found(m.start(g["core"]), m.end(g["core"]), "DATE", value)

    def year_of_phrase(self, phrase: str | None) -> int | None:
        """The year of "1989", "this year", "last year", "next year"; ``None`` if unknown."""
        if phrase is None:
            return None
        folded = key(phrase)
        if folded[:4].isdigit():
            return int(folded[:4])
        anchor = self.state.anchor
        if anchor is None:
            return None
        return anchor.year + {"this year": 0, "last year": -1, "next year": 1}.get(folded, 0)

    def b_quarter(self, m: regex.Match[str]) -> Found | None:
        """A quarter or half of a year ("the third quarter of 1989", "third-quarter")."""
        g = groups_of(m.re)
        half = key(m[g["qh"]]) == "half"
        if m[g["qmon"]] is not None:
            # "the June quarter": the calendar quarter the month closes; a fiscal quarter
            # closing another month ("the January quarter") is no calendar quarter.
            month = self.month_number(m[g["qmon"]])
            if month % 3:
                return None
            number = month // 3
        elif (ordinal := key(m[g["qord"]])) in ("final", "last"):
            number = 2 if half else 4
        else:
            number = self.lex.ordinals.get(ordinal) or int(ordinal[0])
        if number > (2 if half else 4):
            return None
        year = self.year_of_phrase(m[g["year"]]) or self.year_of_phrase(m[g["qyear"]])
        start, end = m.start(g["core"]), m.end(g["core"])
        if half and year is None and (decade := _OF_DECADE.match(self.text, end)):
            # "the last half of the '80s": the decade, its first or last half as TimeML's mod.
            value = self.decade_value(decade["dec"], decade["dec2"], None)
            return Found(start, decade.end(), "DATE", value, "START" if number == 1 else "END")
        other = _OF_OTHER.match(self.text, end) if m[g["year"]] is None else None
        if half and other is not None and other["mon"] is not None:
            # "the second half of March": the month, its first or last half as TimeML's mod
            # (as "the last half of the '80s" is the decade's), one expression.
            named = self.rules.by_class["month"].match(self.text, other.start("mon"))
            found = self.read(named) if named is not None else None
            if found is not None and found.type == "DATE" and _MONTH_VALUE.fullmatch(found.value):
                return Found(
                    start, found.end, "DATE", found.value, "START" if number == 1 else "END"
                )
        if other is not None and (other["mon"] is None or key(other["mon"]) in self.lex.months):
            return None  # "the second half of July", "the first half of the game": not a year's
        if (
            m[g["the"]] is not None
            and m[g["qord"]] is not None
            and self.text[m.end(g["qord"]) : m.start(g["qh"])] == "-"
        ):
            # "the third-quarter results", "the fiscal second-quarter": the adjective alone.
            fiscal = _FISCAL_BEFORE.search(self.text, start, m.start(g["qord"]))
            start = fiscal.start() if fiscal else m.start(g["qord"])
        months = 6 if half else 3

        def bounds(candidate: int) -> tuple[dt.date, dt.date]:
            first = dt.date(candidate, months * (number - 1) + 1, 1)
            last_month = months * number
            following = dt.date(candidate + last_month // 12, last_month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)

        if year is None and (last := self.day_ending(end)) is not None:
            # "the second quarter ended Oct. 31" (a year back in the story): the year of the
            # day that closes it.
            year = last.year
        if year is None:
            year = self.period_year(bounds, start, end)
        letter = "H" if half else "Q"
        if year is None:
            return Found(start, end, "DATE", f"XXXX-{letter}{number}")
        if not half:
            self.remember_quarter(year, number)
        return Found(start, end, "DATE", f"{year:04d}-{letter}{number}")

    def b_qshort(self, m: regex.Match[str]) -> Found | None:
        """A quarter in the financial shorthand ("Q3 2024", "3Q")."""
        g = groups_of(m.re)
        number = int(m[g["qn"]])
        start, end = m.start(g["core"]), m.end(g["core"])
        if m[g["year"]] is not None:
            year: int | None = int(m[g["year"]])
        else:

            def bounds(candidate: int) -> tuple[dt.date, dt.date]:
                first = dt.date(candidate, 3 * number - 2, 1)
                return first, dt.date(candidate, 3 * number, 28)

            year = self.period_year(bounds, start, end)
        if year is None:
            return Found(start, end, "DATE", f"XXXX-Q{number}")
        self.remember_quarter(year, number)
        return Found(start, end, "DATE", f"{year:04d}-Q{number}")

    def b_decade(self, m: regex.Match[str]) -> Found | None:
        """A decade ("the 1990s", "the '80s", "the nineties")."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        return Found(start, end, "DATE", self.decade_value(m[g["dec"]], m[g["dec2"]], m[g["decw"]]))

    def decade_value(self, dec: str | None, dec2: str | None, decw: str | None) -> str:
        """A decade's value from its four digits ("1990"), two ("'80") or its word ("nineties")."""
        if dec is not None:
            if dec.endswith("00") and dec < "2000":
                return dec[:2]  # "the 1900s", "the early 1800s": a century, as news means it
            return dec[:3]
        if dec2 is not None:
            year = two_digit_year(dec2, self.state.anchor)
            reference = self.state.anchor.year if self.state.anchor else 2000
            if year > reference + 9:
                year -= 100  # "since the '60s", written in 2016: a decade gone, not to come
            return f"{year // 10:03d}"
        return f"19{DECADE_WORDS[key(decw or '')]}"

    def b_century(self, m: regex.Match[str]) -> Found | None:
        """A century ("the 20th century"): TimeML writes its first two digits."""
        g = groups_of(m.re)
        ordinal = key(m[g["cent"]])
        digits = _ORDINAL_DIGITS.fullmatch(ordinal)
        number = int(digits.group(1)) if digits else self.lex.ordinals.get(ordinal, 0)
        if not 1 <= number <= 30:
            return None
        return Found(m.start(g["core"]), m.end(g["core"]), "DATE", f"{number - 1:02d}")

    def clock_of(self, m: regex.Match[str]) -> tuple[int, int] | None:
        """The hour and minute a clock-time match states, or ``None`` when it is no time."""
        g = groups_of(m.re)
        if m[g["noon"]] is not None:
            return (12, 0) if key(m[g["noon"]]) in ("noon", "midday") else (24, 0)
        if m[g["hw"]] is not None:
            try:
                amount = parse_number(m[g["hw"]], self.lex)
            except ValueError:
                return None
            if amount is None or amount.denominator != 1 or not 1 <= amount <= 12:
                return None
            hour = int(amount)
        else:
            hour = int(m[g["hh"]])
        minute = int(m[g["mm"]]) if m[g["mm"]] is not None else 0
        ampm = key(m[g["ampm"]] or "").replace(".", "").replace(" ", "")
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm.startswith("p") else 0)
        elif m[g["daypart"]] is not None and 1 <= hour <= 12:
            # "eleven in the morning" is 11:00, "eight in the evening" 20:00, "ten at night"
            # 22:00 and "twelve at night" midnight (T24:00); "two at night" stays 02:00.
            part = key(m[g["dp"]])
            if part == "morning":
                hour %= 12
            elif part != "night" or hour >= 6:
                hour = 24 if part == "night" and hour == 12 else hour % 12 + 12
        return hour, minute

    def b_clock(self, m: regex.Match[str]) -> Found | None:
        """A clock time, with the day named right after it when there is one."""
        g = groups_of(m.re)
        clock = self.clock_of(m)
        if clock is None:
            return None
        start, end = m.start(g["core"]), m.end(g["core"])
        hour, minute = clock
        time = f"T{hour:02d}:{minute:02d}"
        # A day named right after the time belongs to it: "5 p.m. EST Nov. 9", "noon Saturday".
        join = TIME_JOIN.match(self.text, m.end())
        day = self.rules.day_after_time.match(self.text, join.end()) if join else None
        found = self.read(day) if day is not None else None
        if found is not None and found.type == "DATE":
            # The day names the time's date; it is part of the time's extent unless a bracket
            # or "on" stands between ("10:30 a.m. (0730 GMT) on Friday": three expressions).
            apart = join is not None and (join["apart"] or join["on"])
            return Found(start, end if apart else found.end, "TIME", found.value[:10] + time)
        anchor = self.state.anchor
        base = nz.day(anchor) if anchor else "XXXX-XX-XX"
        last = self.state.last_value
        near = 0 <= start - self.state.last_end <= 24
        local = _CLOCK_VALUE.match(last) if near else None
        if local is not None and _BRACKET_OPENS.fullmatch(self.text, self.state.last_end, start):
            base = _zone_day(local, hour * 60 + minute)  # "10:30 a.m. (0730 GMT)"
        elif (
            near
            and _DAY_VALUE.match(last)
            and _DAY_THEN_TIME.fullmatch(self.text, self.state.last_end, start)
        ):
            base = last[:10]  # "Tuesday at 10 a.m.": the time of the day named right before
        elif (ends := self.range_end_day(m.end(), hour * 60 + minute)) is not None:
            base = ends  # "from 7 a.m. to 8 p.m. Tuesday": the day the range's end names
        elif anchor is not None and hour == 24 and self.direction(start, end) == PAST:
            # "struck at midnight": the midnight gone is the one that closed the day before
            # the anchor's (T24:00 is a day's end), not the one to come tonight.
            base = nz.day(anchor - dt.timedelta(days=1))
        return Found(start, end, "TIME", base + time)

    def range_end_day(self, at: int, minutes: int) -> str | None:
        """The day named after the clock time that ends a range of times opening at ``at``.

        "from 7 a.m. to 8 p.m. Tuesday": the first time (``minutes`` after midnight) is of
        Tuesday too, and of the day before when the range runs over midnight ("from 10 p.m.
        to 6 a.m. Sunday"); ``None`` when no range of clock times with a day after its end
        follows.
        """
        other = _CLOCK_RANGE_END.match(self.text, at)
        join = TIME_JOIN.match(self.text, other.end()) if other else None
        day = self.rules.day_after_time.match(self.text, join.end()) if join else None
        found = self.read(day) if day is not None else None
        if other is None or found is None or found.type != "DATE":
            return None
        if not _DAY_VALUE.match(found.value):
            return None
        if _range_end_minutes(other) > minutes:
            return found.value[:10]
        return (dt.date.fromisoformat(found.value[:10]) - dt.timedelta(days=1)).isoformat()

    def b_holiday(self, m: regex.Match[str]) -> Found | None:
        """A holiday by name, in the year stated or placed from the anchor."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        holiday: Holiday = self.lex.holidays[key(m[g["hol"]])]
        if m[g["year"]] is not None:
            year: int | None = int(m[g["year"]])
        else:

            def bounds(candidate: int) -> tuple[dt.date, dt.date] | None:
                date = holiday.day(candidate)
                return (date, date) if date else None

            # A holiday of every few years ("Super Tuesday") is looked for as many years away.
            year = self.year_for(bounds, start, end, spread=holiday.cycle)
        if year is None:
            rule = holiday.rule
            value = f"XXXX-{rule}" if regex.fullmatch(r"\d\d-\d\d", rule) else "XXXX-XX-XX"
            return Found(start, end, "DATE", value)
        date = holiday.day(year)
        return Found(start, end, "DATE", self.day_value(date)) if date else None

    def b_season(self, m: regex.Match[str]) -> Found | None:
        """A season, of a year, placed from the anchor or (bare) after a time signal."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        word = key(m[g["season"]])
        code = self.lex.seasons[word]
        if m[g["year"]] is not None:
            return Found(start, end, "DATE", f"{spelled_year(m['year']):04d}-{code}")
        rel = key(m[g["rel"]] or "")
        if word in ("fall", "spring") and OF_AFTER.match(self.text, end):
            return None  # "the fall of the World Trade Center", "the spring of discontent"
        if (
            word == "fall"
            and not rel
            and (_IN_AFTER.match(self.text, end) or m[g["the"]] is not None)
            and preceding_word(self.text, start) not in _SEASON_PREPOSITIONS
        ):
            # "due to the fall in value of the dollar", "The fall compares with a decline": a
            # decline, no season, unless a preposition of time stands before ("in the fall").
            return None
        if not rel and (later := _SEASON_NOUN_YEAR.match(self.text, end)):
            # "the summer summit of 2022": the season is the summit's, of the year after it;
            # "the" goes with the summit, the year is an expression of its own.
            return Found(m.start(g["season"]), end, "DATE", f"{int(later['year']):04d}-{code}")
        # A bare season is one only after a time preposition ("in summer"); "fall" and
        # "spring" are verbs too often even there ("prices fall in ...").
        bare = not rel and m[g["the"]] is None
        if bare and (
            word in ("fall", "spring")
            or preceding_word(self.text, start) not in self.lex.time_signals
        ):
            return None
        if m[g["yrel"]] is not None:
            # "the spring of next year": the season of the anchor's year, stepped (not "prices
            # fall next year": a bare "fall" is the verb, as above).
            anchor = self.state.anchor
            if anchor is None:
                return Found(start, end, "DATE", f"XXXX-{code}")
            return Found(start, end, "DATE", f"{anchor.year + REL_STEP[key(m['yrel'])]:04d}-{code}")
        first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]

        def bounds(year: int) -> tuple[dt.date, dt.date]:
            # A year's winter is the one its January opens in (December of the year before),
            # as normalize.interval reads the value.
            first = dt.date(year - 1 if code == "WI" else year, first_month, 1)
            return first, first + dt.timedelta(days=91)

        anchor = self.state.anchor
        if anchor is None:
            return Found(start, end, "DATE", f"XXXX-{code}")
        year: int | None
        if rel == "this":
            # "this winter" said in December is the one it opens, of the next year.
            year = anchor.year + (1 if bounds(anchor.year + 1)[0] <= anchor else 0)
        elif rel in ("last", "past"):
            # "last summer" said in August is the summer before this one: the latest season
            # over by the anchor, however long ago (the word states it; no tense is read).
            year = next(y for y in range(anchor.year, anchor.year - 3, -1) if bounds(y)[1] < anchor)
        elif rel in ("next", "coming"):
            # "next spring" said in April is the one after this one: the first not yet begun.
            year = next(y for y in range(anchor.year, anchor.year + 3) if bounds(y)[0] > anchor)
        else:
            year = self.year_for(bounds, start, end)
        if year is None:
            return Found(start, end, "DATE", f"XXXX-{code}")
        return Found(start, end, "DATE", f"{year:04d}-{code}")

    def b_year(self, m: regex.Match[str]) -> Found | None:
        """A year, unless the number counts, names or measures something else."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        if m[g["yy"]] is not None:
            year = two_digit_year(m[g["yy"]], self.state.anchor)
            return Found(start, end, "DATE", f"{year:04d}")
        if m[g["yto"]] is not None:
            # "the 1997-98 season", "1999-00": the first year after the one opening the range.
            first = int(self.text[m.start(g["yfrom"]) : m.start(g["yto"]) - 1])
            year = int(m[g["yfrom"]] + m[g["yto"]])
            year += 100 if year <= first else 0
            return Found(start, end, "DATE", f"{year:04d}")
        year = spelled_year(m[g["year"]])
        if m[g["yprefix"]] is None and m[g["ysuffix"]] is None and m[g["year"]].isdigit():
            year_start = m.start(g["year"])
            if is_count(self.text, end, self.lex.count_nouns):
                return None
            if is_identifier(
                self.text, year_start, end, self.lex.identifier_words
            ) or is_numeric_run(self.text, year_start, end):
                return None
            if year < 1900 and preceding_word(self.text, year_start) not in self.lex.time_signals:
                return None
        if m[g["ysuffix"]] is not None and key(m[g["ysuffix"]]) == "quarter":
            # "the 1988 quarter": that year's quarter of the one the report is about.
            context = self.quarter_context()
            return Found(start, end, "DATE", f"{year:04d}-Q{context[1] if context else 'X'}")
        return Found(start, end, "DATE", f"{year:04d}")

    def b_month(self, m: regex.Match[str]) -> Found | None:
        """A month named alone, placed from the anchor (unless it is the word, not the month)."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        if (
            m[g["pre"]] is None
            and is_bare_month_word(self.text, start, end, m[g["mon"]], self.lex.time_signals)
            and not self.closes_month_range(start)
        ):
            return None
        month = self.month_number(m[g["mon"]])

        def bounds(year: int) -> tuple[dt.date, dt.date]:
            first = dt.date(year, month, 1)
            return first, (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))

        year = self.bracket_year(start)
        if year is None:
            year = self.range_start_year(month, start, end)
        named = self.state.named.get("Y")
        if year is None and named is not None:
            if own := _OF_THAT_YEAR.match(self.text, end):
                return Found(start, own.end(), "DATE", nz.month(int(named), month))
            if _LIST_OF_THAT_YEAR.match(self.text, end):
                year = int(named)  # "May, June and September of that year"
        if year is None:
            year = self.year_for(bounds, start, end)
        if year is None:
            return Found(start, end, "DATE", f"XXXX-{month:02d}")
        return Found(start, end, "DATE", nz.month(year, month))

    def closes_month_range(self, start: int) -> bool:
        """Whether the month at ``start`` follows another month and a dash ("January-March")."""
        before = _MONTH_DASH_BEFORE.search(self.text, max(0, start - 16), start)
        return before is not None and key(before[1]) in self.lex.months

    def range_start_year(self, month: int, start: int, end: int) -> int | None:
        """The year of a month that opens a range of months, from the month that closes it.

        "from January to June this year", "January-June", "between March and May 1998": the
        first month is of the last one's year (of the year before when it comes later in the
        calendar: "November-February"); ``None`` when no month follows.
        """
        after = _MONTH_RANGE.match(self.text, end)
        if after is None or key(after["mon"]) not in self.lex.months:
            return None
        if after["and"] is not None and preceding_word(self.text, start) != "between":
            return None  # "in February and October": a list of months, each placed alone
        last = self.month_number(after["mon"])
        if after["year"] is not None:
            year = int(after["year"])
        elif after["yrel"] is not None:
            if self.state.anchor is None:
                return None
            year = self.state.anchor.year + REL_STEP[key(after["yrel"])]
        else:

            def bounds(candidate: int) -> tuple[dt.date, dt.date]:
                first = dt.date(candidate, last, 1)
                return first, dt.date(candidate + last // 12, last % 12 + 1, 1) - dt.timedelta(1)

            found = self.year_for(bounds, after.start("mon"), after.end("mon"))
            if found is None:
                return None
            year = found
        return year - 1 if month > last else year
