"""Putting the rules together: a document's text in, TimeML time expressions out.

The master pattern (:mod:`stoltlib_dates.patterns`) finds candidates left to right; each family
has a reader here that checks the guards, works out the TimeML type, value and modifier, and
places relative expressions against the anchor (:mod:`stoltlib_dates.anchor`). A little
document state is carried along: the last quarter named (financial news says "the quarter" and
"a year earlier" of the quarter it reports on) and the last day named (narrative "the next
day").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from fractions import Fraction

import attrs
import regex

from stoltlib import TimeExpression
from stoltlib_dates import normalize as nz
from stoltlib_dates.anchor import FUTURE, PAST, Direction, nearest_year, parse_anchor, tense
from stoltlib_dates.anchor import weekday_near as _weekday_near
from stoltlib_dates.guards import (
    TIME_PREPOSITIONS,
    is_bare_month_word,
    is_count,
    is_identifier,
    is_numeric_run,
    preceding_word,
    word_after,
)
from stoltlib_dates.lexicons import Holiday, Lexicons, key
from stoltlib_dates.patterns import SPELLED_YEARS, TIME_JOIN, Rules

__all__ = ["Found", "find_times", "parse_number"]

#: Offsets of boilerplate to leave alone: ``skip(start, end)`` is not ``None`` inside it.
Skip = Callable[[int, int], object]

# Relative words and the step each takes from the anchor.
_REL_STEP = {
    "this": 0, "current": 0, "same": 0, "last": -1, "past": -1, "previous": -1, "prior": -1,
    "latest": -1, "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}  # fmt: skip
# Values of a unit's granularity when no anchor is known.
_UNKNOWN = {
    "Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "Q": "XXXX-QX",
    "DE": "XXX", "CE": "XX", "WE": "XXXX-WXX-WE", "FN": "XXXX-WXX",
}  # fmt: skip
# Frequency adverbs and the TimeML value of the set each names.
_FREQ = {
    "annually": "P1Y", "yearly": "P1Y", "quarterly": "P3M", "monthly": "P1M", "weekly": "P1W",
    "daily": "P1D", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
    "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M", "bimonthly": "P2M",
    "fortnightly": "P2W",
}  # fmt: skip
_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
_ORDINAL_DIGITS = regex.compile(r"(\d+)(?:st|nd|rd|th)", regex.IGNORECASE)
# Words before a duration with an article that make "a year" a rate ("$27 a year").
_RATE_BEFORE = regex.compile(
    r"(?:\d|\b(?:million|billion|trillion|dollars?|cents?|euros?|pounds?|hours?|times|days?"
    r"|percent|miles?|kilometers?|kilometres?|barrels?|tons?|tonnes?)|%)\W{0,2}\Z",
    regex.IGNORECASE,
)
# "of" right after a phrase: "the future of NATO" (any white space: lines may wrap there).
_OF_AFTER = regex.compile(r"\s+of\b")
# Days named in general ("the world of tomorrow"): the references TimeML gives them.
_GENERIC_DAYS = {"today": "PRESENT_REF", "tomorrow": "FUTURE_REF", "yesterday": "PAST_REF"}
# Words after a frequency adverb that end its clause or phrase ("paid quarterly in cash").
_CLAUSE_WORDS = frozenset(
    {"and", "or", "but", "in", "on", "at", "by", "for", "from", "to", "since", "until", "as",
     "than", "with", "over", "through", "during", "after", "before", "if", "when", "while",
     "because", "so", "the", "a", "an", "this", "that", "it", "he", "she", "they", "we"}
)  # fmt: skip
# Verbs and prepositions after which a bare plural unit ("years") is a duration.
_BARE_UNIT_BEFORE = frozenset(
    {"for", "in", "over", "within", "after", "take", "takes", "took", "taking", "spent", "spend",
     "lasted", "lasting", "last", "lasts", "wait", "waited", "those", "these", "many", "few",
     "several", "some", "recent"}
)  # fmt: skip
# Modifiers that only make sense on a span of time ("more than four hours"), not on a year.
_SPAN_ONLY = "span"


@attrs.frozen
class Found:
    """A time expression before it becomes a :class:`TimeExpression`: offsets, type, value."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


@attrs.define
class _State:
    """What the document has said so far that later expressions lean on."""

    anchor: dt.date | None
    quarter: tuple[int, int] | None = None
    last_day: dt.date | None = None


def parse_number(text: str, lexicons: Lexicons) -> Fraction | None:
    """The count a number phrase states ("2 1/2", "twenty-four", "a couple of"); ``None``: "X".

    Raises ``ValueError`` for a phrase that is no number.
    """
    folded = key(text).replace(",", "")
    whole, _, fraction = folded.partition(" ")
    if whole.replace(".", "", 1).isdigit():
        amount = Fraction(whole)
        if fraction and "/" in fraction:
            numerator, _, denominator = fraction.partition("/")
            amount += Fraction(int(numerator), int(denominator))
        return amount
    if folded in lexicons.numbers:
        value = lexicons.numbers[folded]
        return None if value == "X" else Fraction(value)
    total = Fraction(0)
    for part in regex.split(r"[\s-]+", folded):
        word_value = lexicons.numbers.get(part)
        if word_value is None:
            raise ValueError(text)
        if word_value == "X":
            return None
        number = Fraction(word_value)
        total = total * number if number >= 100 and total else total + number
    return total


def _unknown(unit: str) -> str:
    return _UNKNOWN.get(unit, "XXXX-XX-XX")


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _two_digit_year(digits: str, anchor: dt.date | None) -> int:
    """A year written with two digits ("'87"): the century that puts it nearest the anchor."""
    short = int(digits)
    reference = anchor.year if anchor else 2000
    candidates = [century + short for century in (1900, 2000, 2100)]
    return min(candidates, key=lambda year: (abs(year - reference), year))


def _holiday_day(rule: str, year: int) -> dt.date | None:
    """The day a holiday rule (``data/holidays.tsv``) gives in ``year``."""
    if rule.startswith("easter"):
        import dateutil.easter

        return dateutil.easter.easter(year) + dt.timedelta(days=int(rule[6:] or 0))
    if rule.startswith("nth-weekday:"):
        _, month_text, nth_text, weekday_text = rule.split(":")
        month, nth, weekday = int(month_text), int(nth_text), int(weekday_text)
        if nth > 0:
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        last = following - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    month_text, _, day_text = rule.partition("-")
    return _date(year, int(month_text), int(day_text))


class _Reader:
    """Reads one document: interprets each master-pattern match in turn."""

    def __init__(self, text: str, rules: Rules, anchor: dt.date | None) -> None:
        self.text = text
        self.rules = rules
        self.lex = rules.lexicons
        self.state = _State(anchor)

    # --- helpers -----------------------------------------------------------------------------

    def direction(self, start: int, end: int) -> Direction:
        return tense(self.text, start, end)

    def year_for(
        self,
        bounds: Callable[[int], tuple[dt.date, dt.date] | None],
        start: int,
        end: int,
        direction: Direction = None,
    ) -> int | None:
        anchor = self.state.anchor
        if anchor is None:
            return None
        return nearest_year(anchor, bounds, direction or self.direction(start, end))

    def day_value(self, date: dt.date) -> str:
        self.state.last_day = date
        return nz.day(date)

    def month_number(self, name: str) -> int:
        return self.lex.months[key(name)]

    # --- families ----------------------------------------------------------------------------

    def read(self, match: regex.Match[str]) -> Found | None:
        spans = match.regs
        family = next(
            name for name, index in self.rules.family_groups(match.re) if spans[index][0] >= 0
        )
        reader = getattr(self, family)
        found: Found | None = reader(match)
        return found

    def b_iso(self, m: regex.Match[str]) -> Found | None:
        date = _date(int(m["year"]), int(m["monn"]), int(m["day"]))
        if date is None:
            return None
        if m["hh"] is not None:
            value = f"{self.day_value(date)}T{m['hh']}:{m['mm']}"
            return Found(m.start("core"), m.end("core"), "TIME", value)
        return Found(m.start("core"), m.end("core"), "DATE", self.day_value(date))

    def b_dot(self, m: regex.Match[str]) -> Found | None:
        date = _date(int(m["year"]), int(m["monn"]), int(m["day"]))
        if date is None:
            return None
        return Found(m.start("core"), m.end("core"), "DATE", self.day_value(date))

    def b_slash(self, m: regex.Match[str]) -> Found | None:
        first, second = int(m["sa"]), int(m["sb"])
        year_text = m["sy"]
        year = int(year_text) if len(year_text) == 4 else _two_digit_year(year_text, None)
        month, day = (second, first) if first > 12 >= second else (first, second)
        date = _date(year, month, day)
        if date is None:
            return None
        return Found(m.start("core"), m.end("core"), "DATE", self.day_value(date))

    def _month_day(self, m: regex.Match[str]) -> Found | None:
        month, day = self.month_number(m["mon"]), int(m["day"])
        start, end = m.start("core"), m.end("core")
        if not 1 <= day <= 31:
            return None
        if m["year"] is not None:
            date = _date(int(m["year"]), month, day)
            return Found(start, end, "DATE", self.day_value(date)) if date else None
        if m["wd"] is not None and self.state.anchor is not None:
            # A weekday with the day settles the year: the nearest year where they agree.
            weekday = self.lex.weekdays[key(m["wd"])]
            for offset in (0, -1, 1):
                date = _date(self.state.anchor.year + offset, month, day)
                if date is not None and date.isoweekday() == weekday:
                    return Found(start, end, "DATE", self.day_value(date))

        def bounds(year: int) -> tuple[dt.date, dt.date] | None:
            date = _date(year, month, day)
            return (date, date) if date else None

        year = self.year_for(bounds, start, end)
        if year is None:
            if self.state.anchor is not None or _date(2000, month, day) is None:
                return None
            return Found(start, end, "DATE", f"XXXX-{month:02d}-{day:02d}")
        date = _date(year, month, day)
        return Found(start, end, "DATE", self.day_value(date)) if date else None

    b_mdy = _month_day
    b_dmy = _month_day

    def b_my(self, m: regex.Match[str]) -> Found | None:
        year = self._year_number(m["year"]) if m["year"] else None
        if m["yrel"] is not None:
            anchor = self.state.anchor
            if anchor is None:
                value = f"XXXX-{self.month_number(m['mon']):02d}"
                return Found(m.start("core"), m.end("core"), "DATE", value)
            year = anchor.year + _REL_STEP[key(m["yrel"])]
        assert year is not None
        value = nz.month(year, self.month_number(m["mon"]))
        return Found(m.start("core"), m.end("core"), "DATE", value)

    def _year_number(self, text: str) -> int:
        """A year written in digits or spelled out ("nineteen ninety-six")."""
        return int(text) if text.isdigit() else SPELLED_YEARS[key(text).replace("-", " ")]

    def _year_of_phrase(self, phrase: str | None) -> int | None:
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
        ordinal = key(m["qord"])
        half = key(m["qh"]) == "half"
        if ordinal in ("final", "last"):
            number = 2 if half else 4
        else:
            number = self.lex.ordinals.get(ordinal) or int(ordinal[0])
        if number > (2 if half else 4):
            return None
        year = self._year_of_phrase(m["year"]) or self._year_of_phrase(m["qyear"])
        start, end = m.start("core"), m.end("core")
        if m["the"] is not None and self.text[m.end("qord") : m.start("qh")] == "-":
            start = m.start("qord")  # "the third-quarter results": the adjective alone
        months = 6 if half else 3

        def bounds(candidate: int) -> tuple[dt.date, dt.date]:
            first = dt.date(candidate, months * (number - 1) + 1, 1)
            last_month = months * number
            following = dt.date(candidate + last_month // 12, last_month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)

        if year is None:
            year = self.year_for(bounds, start, end)
        letter = "H" if half else "Q"
        if year is None:
            return Found(start, end, "DATE", f"XXXX-{letter}{number}")
        if not half:
            self.state.quarter = (year, number)
        return Found(start, end, "DATE", f"{year:04d}-{letter}{number}")

    def b_qshort(self, m: regex.Match[str]) -> Found | None:
        number = int(m["qn"])
        start, end = m.start("core"), m.end("core")
        if m["year"] is not None:
            year: int | None = int(m["year"])
        else:

            def bounds(candidate: int) -> tuple[dt.date, dt.date]:
                first = dt.date(candidate, 3 * number - 2, 1)
                return first, dt.date(candidate, 3 * number, 28)

            year = self.year_for(bounds, start, end)
        if year is None:
            return Found(start, end, "DATE", f"XXXX-Q{number}")
        self.state.quarter = (year, number)
        return Found(start, end, "DATE", f"{year:04d}-Q{number}")

    def b_decade(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        if m["dec"] is not None:
            value = m["dec"][:3]
        elif m["dec2"] is not None:
            year = _two_digit_year(m["dec2"], self.state.anchor)
            value = f"{year // 10:03d}"
        else:
            value = f"19{_DECADE_WORDS[key(m['decw'])]}"
        return Found(start, end, "DATE", value)

    def b_century(self, m: regex.Match[str]) -> Found | None:
        ordinal = key(m["cent"])
        digits = _ORDINAL_DIGITS.fullmatch(ordinal)
        number = int(digits.group(1)) if digits else self.lex.ordinals.get(ordinal, 0)
        if not 1 <= number <= 30:
            return None
        return Found(m.start("core"), m.end("core"), "DATE", f"{number - 1:02d}")

    def _amount(self, text: str | None) -> Fraction | None:
        return parse_number(text, self.lex) if text else Fraction(1)

    def b_ago(self, m: regex.Match[str]) -> Found | None:
        unit = self.lex.units[key(m["unit"])]
        start, end = m.start("core"), m.end("core")
        direction = key(m["dir"])
        if direction in ("before", "after"):
            # "two years after the war": the distance alone is the expression (TimeML keeps
            # the signal word out); "the day before" at a clause's end is a date, unanchored.
            return self._duration(m, start, m.end("unit"))
        try:
            amount = self._amount(m["num"])
        except ValueError:
            return None
        sign = -1 if direction in ("ago", "earlier") else 1
        anchor = self.state.anchor
        if amount is None:
            return Found(start, end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        mod = "APPROX" if m["orso"] else None
        if unit in ("H", "MIN", "S"):
            # "two hours ago": the anchor's day is the most a date-only anchor says.
            return Found(start, end, "TIME", nz.day(anchor) if anchor else "XXXX-XX-XX", mod)
        steps = int(amount)  # "a year and a half ago": the whole units
        if anchor is None:
            return Found(start, end, "DATE", _unknown(unit), mod)
        if unit == "Y" and steps == 1 and self.state.quarter is not None:
            # "a year earlier" in a quarterly report: the same quarter of the year before.
            year, number = self.state.quarter
            return Found(start, end, "DATE", f"{year - 1:04d}-Q{number}", mod)
        value = nz.shift(anchor, unit, sign * steps)
        return Found(start, end, "DATE", value or _unknown(unit), mod)

    def _quarter_context(self) -> tuple[int, int] | None:
        if self.state.quarter is not None:
            return self.state.quarter
        if self.state.anchor is None:
            return None
        # Quarterly news reports on the quarter that ended last.
        year, number = nz.quarter_of(self.state.anchor)
        year, index = divmod(year * 4 + number - 2, 4)
        return year, index + 1

    def b_relunit(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        rel = key(m["rel"])
        unit_word = key(m["unit"])
        if unit_word == "period":
            if m["num"] is not None or rel not in ("latest", "current", "same"):
                return None
            if rel == "same":
                return None
            context = self._quarter_context()
            value = f"{context[0]:04d}-Q{context[1]}" if context else "XXXX-QX"
            return Found(start, end, "DATE", value)
        unit = self.lex.units[unit_word]
        if m["num"] is not None:
            try:
                amount = parse_number(m["num"], self.lex)
            except ValueError:
                return None
            return Found(start, end, "DURATION", nz.duration(amount, unit))
        step = _REL_STEP[rel]
        if unit_word != self._singular(unit_word):
            # "the coming months", "the last few weeks" without a count: a reference.
            if step == 0:
                return None
            return Found(start, end, "DATE", "PAST_REF" if step < 0 else "FUTURE_REF")
        if m["the"] is not None and rel in ("past", "last", "next", "coming"):
            return Found(start, end, "DURATION", nz.duration(Fraction(1), unit))
        if unit in ("H", "MIN", "S"):
            return Found(start, end, "DURATION", nz.duration(Fraction(1), unit))
        if rel == "past" and m["the"] is None:
            return Found(start, end, "DURATION", nz.duration(Fraction(1), unit))
        if unit == "Q" and rel in ("latest", "current", "this") and rel != "this":
            context = self._quarter_context() if rel == "latest" else None
            if context is not None:
                return Found(start, end, "DATE", f"{context[0]:04d}-Q{context[1]}")
        anchor = self.state.anchor
        if anchor is None:
            return Found(start, end, "DATE", _unknown(unit))
        if unit == "D":
            base = self.state.last_day or anchor
            day = nz.shift(base, "D", step)
            if day is None:
                return None
            self.state.last_day = base + dt.timedelta(days=step)
            return Found(start, end, "DATE", day)
        shifted = nz.shift(anchor, unit, step)
        if shifted is None:
            return None
        value = shifted
        if unit == "Q":
            year, _, number = value.partition("-Q")
            self.state.quarter = (int(year), int(number))
        return Found(start, end, "DATE", value)

    def _singular(self, unit_word: str) -> str:
        """The singular of a plural unit word ("months" -> "month"); others as they are."""
        if unit_word.endswith("s") and unit_word[:-1] in self.lex.units:
            return unit_word[:-1]
        return unit_word

    def b_firstn(self, m: regex.Match[str]) -> Found | None:
        unit_word = key(m["unit"])
        unit = self.lex.units[unit_word]
        try:
            amount = parse_number(m["num"], self.lex) if m["num"] else None
        except ValueError:
            return None
        if m["num"] is None and not unit_word.endswith("s"):
            return None  # "the first day" of something: an ordinal, not a span
        return Found(m.start("core"), m.end("core"), "DURATION", nz.duration(amount, unit))

    def b_yearword(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        anchor = self.state.anchor
        if m["yend"] is not None:
            value = f"{anchor.year:04d}" if anchor else "XXXX"
            return Found(start, end, "DATE", value, "END")
        if m["yunit"] is None:
            start = m.start("yago")  # "the year-earlier profit": the adjective alone
        elif m["the"] is None:
            end = m.end("yago")
        context = self.state.quarter
        unit = key(m["yunit"] or "")
        if context is not None and unit in ("", "quarter", "period"):
            return Found(start, end, "DATE", f"{context[0] - 1:04d}-Q{context[1]}")
        if anchor is None:
            return Found(start, end, "DATE", "XXXX")
        return Found(start, end, "DATE", f"{anchor.year - 1:04d}")

    def b_every(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        if m["wd"] is not None:
            return Found(start, end, "SET", f"XXXX-WXX-{self.lex.weekdays[key(m['wd'])]}")
        if m["mon"] is not None:
            return Found(start, end, "SET", f"XXXX-{self.month_number(m['mon']):02d}")
        if m["season"] is not None:
            return Found(start, end, "SET", f"XXXX-{self.lex.seasons[key(m['season'])]}")
        unit = self.lex.units[key(m["unit"])]
        if m["num"] is not None and key(m["num"]) == "other":
            amount: Fraction | None = Fraction(2)
        else:
            try:
                amount = self._amount(m["num"])
            except ValueError:
                return None
        return Found(start, end, "SET", nz.duration(amount or Fraction(1), unit))

    def b_times(self, m: regex.Match[str]) -> Found | None:
        unit = self.lex.units[key(m["unit"])]
        return Found(m.start("core"), m.end("core"), "SET", nz.duration(Fraction(1), unit))

    def b_freqadv(self, m: regex.Match[str]) -> Found | None:
        after = word_after(self.text, m.end("core"))
        if after[:1].islower() and after not in _CLAUSE_WORDS:
            return None  # "its quarterly dividend": an adjective before a noun, not a set
        return Found(m.start("core"), m.end("core"), "SET", _FREQ[key(m["adv"])])

    def _clock(self, m: regex.Match[str]) -> tuple[int, int] | None:
        if m["noon"] is not None:
            return (12, 0) if key(m["noon"]) in ("noon", "midday") else (24, 0)
        if m["hw"] is not None:
            try:
                amount = parse_number(m["hw"], self.lex)
            except ValueError:
                return None
            if amount is None or amount.denominator != 1 or not 1 <= amount <= 12:
                return None
            hour = int(amount)
        else:
            hour = int(m["hh"])
        minute = int(m["mm"]) if m["mm"] is not None else 0
        ampm = key(m["ampm"] or "").replace(".", "").replace(" ", "")
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm.startswith("p") else 0)
        return hour, minute

    def b_clock(self, m: regex.Match[str]) -> Found | None:
        clock = self._clock(m)
        if clock is None:
            return None
        start, end = m.start("core"), m.end("core")
        hour, minute = clock
        time = f"T{hour:02d}:{minute:02d}"
        # A day named right after the time belongs to it: "5 p.m. EST Nov. 9", "noon Saturday".
        join = TIME_JOIN.match(self.text, m.end())
        day = self.rules.day_after_time.match(self.text, join.end()) if join else None
        found = self.read(day) if day is not None else None
        if found is not None and found.type == "DATE":
            return Found(start, found.end, "TIME", found.value[:10] + time)
        anchor = self.state.anchor
        base = nz.day(anchor) if anchor else "XXXX-XX-XX"
        return Found(start, end, "TIME", base + time)

    def b_holiday(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        holiday: Holiday = self.lex.holidays[key(m["hol"])]
        if m["year"] is not None:
            year: int | None = int(m["year"])
        else:

            def bounds(candidate: int) -> tuple[dt.date, dt.date] | None:
                date = _holiday_day(holiday.rule, candidate)
                return (date, date) if date else None

            year = self.year_for(bounds, start, end)
        if year is None:
            rule = holiday.rule
            value = f"XXXX-{rule}" if regex.fullmatch(r"\d\d-\d\d", rule) else "XXXX-XX-XX"
            return Found(start, end, "DATE", value)
        date = _holiday_day(holiday.rule, year)
        return Found(start, end, "DATE", self.day_value(date)) if date else None

    def b_season(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        word = key(m["season"])
        code = self.lex.seasons[word]
        if m["year"] is not None:
            return Found(start, end, "DATE", f"{self._year_number(m['year']):04d}-{code}")
        rel = key(m["rel"] or "")
        # A bare season is one only after a time preposition ("in summer"); "fall" and
        # "spring" are verbs too often even there ("prices fall in ...").
        bare = not rel and m["the"] is None
        if bare and (
            word in ("fall", "spring") or preceding_word(self.text, start) not in TIME_PREPOSITIONS
        ):
            return None
        first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]

        def bounds(year: int) -> tuple[dt.date, dt.date]:
            first = dt.date(year, first_month, 1)
            return first, first + dt.timedelta(days=91)

        anchor = self.state.anchor
        if anchor is None:
            return Found(start, end, "DATE", f"XXXX-{code}")
        if rel == "this":
            year: int | None = anchor.year
        else:
            direction = {"last": PAST, "past": PAST, "next": FUTURE, "coming": FUTURE}.get(rel)
            year = self.year_for(bounds, start, end, direction)
        if year is None:
            return Found(start, end, "DATE", f"XXXX-{code}")
        return Found(start, end, "DATE", f"{year:04d}-{code}")

    def b_year(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        if m["yy"] is not None:
            year = _two_digit_year(m["yy"], self.state.anchor)
            return Found(start, end, "DATE", f"{year:04d}")
        year = self._year_number(m["year"])
        if m["yprefix"] is None and m["ysuffix"] is None and m["year"].isdigit():
            year_start = m.start("year")
            if is_count(self.text, end, self.lex.count_nouns):
                return None
            if is_identifier(self.text, year_start, end) or is_numeric_run(
                self.text, year_start, end
            ):
                return None
            if year < 1900 and preceding_word(self.text, year_start) not in TIME_PREPOSITIONS:
                return None
        return Found(start, end, "DATE", f"{year:04d}")

    def b_relmonth(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        month = self.month_number(m["mon"])
        rel = key(m["rel"])
        anchor = self.state.anchor
        if anchor is None:
            return Found(start, end, "DATE", f"XXXX-{month:02d}")
        if rel == "this":
            return Found(start, end, "DATE", nz.month(anchor.year, month))
        if rel in ("last", "past"):
            year = anchor.year if month < anchor.month else anchor.year - 1
        else:
            year = anchor.year if month > anchor.month else anchor.year + 1
        return Found(start, end, "DATE", nz.month(year, month))

    def b_month(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        if m["pre"] is None and is_bare_month_word(self.text, start, end, m["mon"]):
            return None
        month = self.month_number(m["mon"])

        def bounds(year: int) -> tuple[dt.date, dt.date]:
            first = dt.date(year, month, 1)
            return first, (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))

        year = self.year_for(bounds, start, end)
        if year is None:
            return Found(start, end, "DATE", f"XXXX-{month:02d}")
        return Found(start, end, "DATE", nz.month(year, month))

    def b_day(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        anchor = self.state.anchor
        rel = key(m["rel"] or "")
        pod = self.lex.parts_of_day.get(key(m["pod"] or ""))
        suffix = f"T{pod}" if pod else ""
        if m["wd"] is not None:
            weekday = self.lex.weekdays[key(m["wd"])]
            if m["plural"] or m["podpl"]:
                return Found(start, end, "SET", f"XXXX-WXX-{weekday}{suffix}")
            if anchor is None:
                value = f"XXXX-WXX-{weekday}"
            else:
                direction = {"last": PAST, "past": PAST, "next": FUTURE, "coming": FUTURE}.get(rel)
                date = _weekday_near(anchor, weekday, direction or self.direction(start, end))
                if rel in ("last", "past") and date == anchor:
                    date -= dt.timedelta(days=7)
                if rel == "next" and date == anchor:
                    date += dt.timedelta(days=7)
                value = self.day_value(date)
            return Found(start, end, "TIME" if pod else "DATE", value + suffix)
        word = key(m["dei"] or rel)
        if not word and m["pre"] is None:
            return None  # "afternoon" alone is no time; "mid-afternoon" and "this afternoon" are
        offsets = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}
        if word == "overnight":
            pod, suffix, offset = "NI", "TNI", -1
        elif word == "tonight":
            pod, suffix, offset = "NI", "TNI", 0
        elif word == "the":
            if pod is None:
                return None
            base = self.state.last_day or anchor
            value = nz.day(base) if base else "XXXX-XX-XX"
            return Found(start, end, "TIME", value + suffix)
        elif word.startswith("the day"):
            offset = -2 if "yesterday" in word else 2
        else:
            offset = offsets.get(word, 0)
        if word == "last" and pod != "NI":
            return None  # "last morning" is not English; "last evening" reads as a time of day
        if word in _GENERIC_DAYS and pod is None and preceding_word(self.text, start) == "of":
            # "the challenges of tomorrow": the future in general, not the day after.
            return Found(start, end, "DATE", _GENERIC_DAYS[word])
        if anchor is None:
            value = "XXXX-XX-XX"
        else:
            value = self.day_value(anchor + dt.timedelta(days=offset))
        return Found(start, end, "TIME" if pod else "DATE", value + suffix)

    def b_word(self, m: regex.Match[str]) -> Found | None:
        folded = key(m["word"])
        word = self.lex.time_words[folded]
        before = self.text[max(0, m.start("core") - 3) : m.start("core")].casefold()
        if folded == "soon" and before == "as " and self.text.startswith(" as", m.end("core")):
            return None  # "as soon as": a conjunction
        after = word_after(self.text, m.end("core"))
        if folded.startswith("the ") and _OF_AFTER.match(self.text, m.end("core")):
            return None  # "the future of NATO": a noun, not a time
        if (
            folded in ("the present", "the past")
            and after[:1].islower()
            and after not in _CLAUSE_WORDS
        ):
            return None  # "the present arrangement": an adjective
        if folded in ("current", "recent") and not word_after(self.text, m.end("core")):
            return None  # an adjective with no noun after it is not the time word
        return Found(m.start("core"), m.end("core"), word.type, word.value)

    def _duration(self, m: regex.Match[str], start: int, end: int) -> Found | None:
        unit = self.lex.units[key(m["unit"])]
        try:
            amount = parse_number(m["num"], self.lex) if m["num"] else Fraction(1)
        except ValueError:
            return None
        return Found(start, end, "DURATION", nz.duration(amount, unit))

    def b_dur(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        unit_word = key(m["unit"])
        unit = self.lex.units[unit_word]
        number_word = key(m["num"] or "")
        if m["half"] is not None:
            return Found(start, end, "DURATION", nz.duration(Fraction(1, 2), unit))
        try:
            amount = parse_number(m["num"], self.lex)
        except ValueError:
            return None
        if unit == "S" and number_word in ("a", "an", "one"):
            return None  # "a second time", "one second thought"
        if unit == "Q" and (
            number_word in ("a", "an", "one", "three") or _OF_AFTER.match(self.text, end)
        ):
            return None  # "a quarter of the vote", "three quarters of them"
        if m["the"] is not None and "-" in self.text[m.end("num") : m.start("unit")]:
            start = m.start("num")  # "the eight-year plan": the adjective alone is the extent
        if m["andhalf"] is not None and amount is not None:
            amount += Fraction(1, 2)
        if number_word in ("a", "an", "one") and m["the"] is None:
            before = self.text[max(0, start - 30) : start]
            if _RATE_BEFORE.search(before):
                # "$27 a year", "20 hours a week": a rate, which TimeML writes as a set.
                return Found(start, end, "SET", nz.duration(Fraction(1), unit))
        return Found(start, end, "DURATION", nz.duration(amount, unit))

    def b_theunit(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        unit = self.lex.units[key(m["unit"])]
        anchor = self.state.anchor
        if unit == "Q":
            context = self._quarter_context()
            value = f"{context[0]:04d}-Q{context[1]}" if context else "XXXX-QX"
            return Found(start, end, "DATE", value)
        if unit == "WE":
            if anchor is None:
                return Found(start, end, "DATE", "XXXX-WXX-WE")
            saturday = _weekday_near(anchor, 6, self.direction(start, end))
            return Found(start, end, "DATE", nz.week(saturday) + "-WE")
        if m["pre"] is not None or m["uadj"] is not None or unit == "W":
            own = nz.shift(anchor, unit, 0) if anchor else None
            return Found(start, end, "DATE", own or _unknown(unit))
        if unit == "Y":
            return Found(start, end, "DURATION", "P1Y")
        return None

    def b_bareunit(self, m: regex.Match[str]) -> Found | None:
        start, end = m.start("core"), m.end("core")
        unit = self.lex.units[key(m["unit"])]
        before = preceding_word(self.text, start)
        if m["the"] is None and m["pre"] is None and before not in _BARE_UNIT_BEFORE:
            return None
        if m["the"] is not None and before not in ("over", "for", "in", "through", "throughout"):
            return None
        return Found(start, end, "DURATION", nz.duration(None, unit))


def _modifier(
    reader: _Reader, m: regex.Match[str], found: Found
) -> tuple[int, str | None, bool] | None:
    """The start and mod a leading modifier gives ``found``; ``None`` when it does not fit.

    The boolean says whether the modifier was kept (when not, the expression starts at its
    core: "over the weekend" is a preposition and a date).
    """
    pre = m["pre"]
    if pre is None:
        return found.start, found.mod, False
    folded = key(pre)
    entry = reader.lex.modifiers.get(folded) or reader.lex.modifiers.get(
        folded.removeprefix("the ")
    )
    if entry is None:
        return found.start, found.mod, False
    mod, applies = entry
    duration = found.type == "DURATION" or m["b_ago"] is not None
    if applies == "point" and duration:
        return None
    if applies == _SPAN_ONLY and not duration:
        if m["b_year"] is not None:
            return None  # "more than 2000": a count, not a year
        return found.start, found.mod, False
    if applies != "point" and reader.text.startswith("the", m.start("core")):
        return found.start, found.mod, False  # "about the future", "around the world"
    return m.start(), mod, True


def _postmod(reader: _Reader, m: regex.Match[str]) -> str | None:
    post = m["post"]
    if post is None:
        return None
    folded = key(post)
    if folded in ("or later", "and beyond"):
        return "ON_OR_AFTER"
    if folded == "or earlier":
        return "ON_OR_BEFORE"
    entry = reader.lex.modifiers.get(folded)
    return entry[0] if entry else None


#: The name the plugin is registered under; facts carry it so the pipeline need not re-stamp
#: each one (it still does when the plugin is registered under another name).
PLUGIN_NAME = "dates"


def _with_interval(text: str, found: Found) -> TimeExpression:
    interval = nz.interval(found.value) if found.type == "DATE" else None
    return TimeExpression(
        plugin=PLUGIN_NAME,
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        type=found.type,
        value=found.value,
        mod=found.mod,
        interval=interval,
    )


# The words before an offset, nearest first: where an expression holding a trigger may begin.
_WORDS_BEFORE = regex.compile(r"(?r)[\p{L}\p{N}]+")
# The first word at a candidate start (or its apostrophe: "'87").
_FIRST_WORD = regex.compile(r"[\p{L}\p{N}]+|['’]")
#: How far before a trigger word an expression may begin ("at least the past 18 months").
_BACK = 48


def _candidates(text: str, rules: Rules, floor: int, at: int) -> list[int]:
    """Where an expression holding the trigger at ``at`` may start, leftmost first.

    Walking back from the trigger over words that may stand inside an expression ("at least
    the past 18 months"), up to the first that may not: the ones that may begin an expression
    are the candidates, then the trigger itself; an apostrophe before digits too ("'87").
    Nothing before ``floor`` (the end of the last expression found).
    """
    starts = [at]
    if at > floor and text[at - 1] in "'’" and text[at : at + 1].isdigit():
        starts.append(at - 1)
    inner, starters = rules.inner, rules.starters
    for word in _WORDS_BEFORE.finditer(text, max(floor, at - _BACK), at):
        folded = word.group().casefold()
        if folded[0].isdigit():
            starts.append(word.start())  # a count before its unit: "5 years"
            continue
        if folded not in inner:
            break
        if folded in starters:
            starts.append(word.start())
    starts.reverse()
    return starts


def _triggers(text: str, rules: Rules) -> Iterator[int]:
    """Where the trigger words of ``text`` start."""
    lowered = text.lower()
    if len(lowered) == len(text):
        for match in rules.trigger.finditer(lowered):
            yield match.start()
    else:
        for found in rules.trigger_any_case.finditer(text):
            yield found.start()


def find_times(
    text: str, rules: Rules, published: str | None, skip: Skip | None = None
) -> Iterator[TimeExpression]:
    """Every time expression in ``text``, in text order, anchored on ``published``.

    ``published`` is the document creation time (an ISO date or datetime) or ``None``;
    ``skip(start, end)`` returns something true for stretches to leave alone (boilerplate).
    """
    reader = _Reader(text, rules, parse_anchor(published))
    position = 0
    pattern_at = rules.pattern_at
    for at in _triggers(text, rules):
        if at < position:
            continue
        for start in _candidates(text, rules, position, at):
            word = _FIRST_WORD.match(text, start)
            pattern = pattern_at(word.group() if word else text[start])
            match = pattern.match(text, start)
            if match is None or match.end() <= at:
                continue
            found = reader.read(match)
            if found is None:
                continue
            found = _finish(reader, match, found)
            position = max(match.end(), found.end)
            if skip is None or not skip(found.start, found.end):
                yield _with_interval(text, found)
            break


def _finish(reader: _Reader, match: regex.Match[str], found: Found) -> Found:
    """``found`` with the match's modifiers read: its final extent and mod."""
    modified = _modifier(reader, match, found)
    if modified is None:
        # The modifier does not fit ("late two years"): read the core alone.
        modified = (found.start, found.mod, False)
    start, mod, _ = modified
    end = found.end
    post = _postmod(reader, match)
    if post is not None and match.end("core") == found.end:
        end, mod = match.end(), mod or post
    if (start, end, mod) == (found.start, found.end, found.mod):
        return found
    return Found(start, end, found.type, found.value, mod)
