"""Readers of times placed from the anchor or from what the document said before.

"a year ago", "last week", "the past year", "year-end", "last April", "Friday evening",
"tonight", "now", "the quarter".
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import regex

from stoltlib_dates import normalize as nz
from stoltlib_dates.anchor import FUTURE, PAST, weekday_near
from stoltlib_dates.guards import preceding_word, word_after
from stoltlib_dates.lexicons import key
from stoltlib_dates.numbers import parse_number
from stoltlib_dates.patterns import groups_of
from stoltlib_dates.reader import (
    CLAUSE_WORDS,
    OF_AFTER,
    POD_NOUNS,
    REL_STEP,
    Found,
    ReaderBase,
    day_or_none,
    relative_word,
    unknown,
)

__all__ = ["RelativeReaders"]

# The parts of the day that place an hour before them in its half of the day ("eleven in the
# morning" is 11:00, "eight in the evening" 20:00), by their value codes.
_HALF_DAY_PARTS = frozenset({"MO", "AF", "EV"})
# An hour right before "in the" and a part of the day, after a preposition of time: "at eleven
# in", "by 9:30 in" (group ``hour``, an hour in digits ``hh``/``mm`` or one word ``hw``).
# "About" or "around" before the hour is its modifier, inside the expression (group
# ``approx``), as with "about 4 p.m.".
_HOUR_IN_BEFORE = regex.compile(
    r"""(?r)(?<![\p{L}\p{N}])
    (?:(?i:at|by|until|till|from|to|before|after)\s+(?:(?P<approx>(?i:about|around))\s+)?
      |(?P<approx>(?i:about|around))\s+)
    (?P<hour>(?P<hh>[01]?\d)(?::(?P<mm>[0-5]\d))?|(?P<hw>\p{L}+))\s+in\s+\Z""",
    regex.VERBOSE,
)

# Relative words that step from the time the story is at, not from the anchor.
_ANAPHORIC = frozenset({"following", "previous", "prior"})
# Units small enough that "earlier" steps back in the story, not from the report's period.
_SHORT = frozenset({"D", "W", "H", "MIN", "S", "WE", "FN"})
# Units whose span from now and calendar unit differ too much to be told apart: "the past
# century" is the hundred years up to now, not the 1800s.
_LONG = frozenset({"DE", "CE", "ML"})
# Prepositions that make "the next century" a span of a hundred years ("over the next century").
_SPAN_PREPOSITIONS = frozenset({"over", "for", "throughout", "within", "during"})
# "the year ended Sept. 30": a fiscal year, told as a span ending on a day.
_ENDED = regex.compile(r"\s+(?:ended|ending)\b")
# After a weekday, the weekday that closes a range with it: "Thursday through Monday".
_WEEKDAY_RANGE = regex.compile(
    r"\s*(?:[-–]|\s(?:through|to|until|till)\s+)(?P<wd>\p{Lu}\p{Ll}+day)\b"
)
# A distance back or ahead after a count: "30 years ago", "two days later".
_AGO = regex.compile(r"\s+(?:ago|earlier|later|from\s+now|hence)\b", regex.IGNORECASE)
# A year named right after "the full year", "the whole year": its number (not one that opens
# a range: "the fiscal year 1987/88") or its place.
_YEAR_NAMED_AFTER = regex.compile(
    r"\s+(?:(?P<year>1\d\d\d|20\d\d)(?![\p{L}\p{N}%]|[/–-]\d)|(?P<rel>last|this|next)\s+year\b)",
    regex.IGNORECASE,
)
# A negation earlier in the sentence, with no sentence end between: "overnight" under it is
# the idiom for "quickly" ("it won't happen overnight"), no night.
_NEGATION_BEFORE = regex.compile(r"(?i)\b(?:not|never|cannot)\b[^.!?;]*\Z|n['’]t\b[^.!?;]*\Z")
# Before "the day", "the week", "the month", "the year": a stretch of the story's day or the
# anchor's own unit, and the part of it ("later in the day", "earlier in the year").
_IN_THE_UNIT = regex.compile(r"(?i)(?<![\p{L}])(?P<lead>earlier|later|early|late)\s+in\s+\Z")
# The part of the unit each lead-in names (TimeML's mod).
_LEAD_MODS = {"earlier": "START", "early": "START", "later": "END", "late": "END"}
# Days from the end of a quarter back to its middle: the quarter a fiscal one ending on a day
# mostly lies in is the calendar quarter of that middle day.
_HALF_QUARTER_DAYS = 45
# Words after "soon" or "shortly" that make it part of a signal of sequence ("soon after the
# war", "shortly before noon"): it places an event against another, not against a time.
_SEQUENCE_AFTER = frozenset({"after", "afterward", "afterwards", "before", "thereafter"})
# Prepositions that make such a phrase the noun whatever follows ("in the near term prices"),
# but a count ("in the past two elections").
_TIME_PREPOSITIONS = frozenset(
    {"in", "over", "for", "during", "into", "from", "until", "till", "through", "toward",
     "towards"}
)  # fmt: skip
# "once in" before "a while": the idiom of now and then.
_ONCE_IN_BEFORE = regex.compile(r"(?ri)(?<![\p{L}])once\s+in\s+\Z")
# Words before "then current" that make "then" its adverb ("the then current chairman"); after
# others "then" is a time of its own ("since then current prices have fallen").
_THEN_ADJECTIVE_AFTER = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "whose"})
# Lexicon phrases that are adjectives before a noun ("the long term interests"), and the
# verbs after them that show the phrase is the noun, the subject ("the future looks bright").
_NOUN_OR_ADJECTIVE = frozenset(
    {"the present", "the past", "the future", "the short term", "the long term", "the near term",
     "the new year"}
)  # fmt: skip
_VERBS_AFTER = frozenset(
    {"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may",
     "might", "must", "should", "shall", "does", "did", "looks", "looked", "seems", "seemed",
     "remains", "remained", "belongs", "lies", "holds", "promises", "matters"}
)  # fmt: skip
# Words right before a bare "last" and a count or a plural unit that make it the verb
# ("expected to last several weeks", "it will last three days"): what follows is a span.
_VERB_LAST_BEFORE = frozenset(
    {"to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "cannot",
     "not", "did", "does", "do", "ll", "t"}
)  # fmt: skip
# Units after which "last" means "final", not "the one before now": "his last day", "the last
# day of voting", "at the last minute" (English says "yesterday", not "last day"). Only after
# a preposition of a span ("in the last day", "over the last minute") is it the one up to now.
_FINAL_UNITS = frozenset({"D", "MIN", "S"})
_UP_TO_NOW_PREPOSITIONS = _SPAN_PREPOSITIONS | {"in"}
# The time-word value of "the new year": a year placed from the anchor (:meth:`new_year`).
NEW_YEAR = "NEW_YEAR"
# Days named in general ("the world of tomorrow"): the references TimeML gives them.
_GENERIC_DAYS = {"today": "PRESENT_REF", "tomorrow": "FUTURE_REF", "yesterday": "PAST_REF"}


class RelativeReaders(ReaderBase):
    """The readers of times that lean on the anchor or on what the document said before."""

    def b_ago(self, m: regex.Match[str]) -> Found | None:
        """A distance from the anchor ("a year ago", "two days later")."""
        g = groups_of(m.re)
        unit_word = key(m[g["unit"]])
        unit = self.lex.units[unit_word]
        start, end = m.start(g["core"]), m.end(g["core"])
        direction = key(m[g["dir"]])
        if m[g["num"]] is None:
            if unit_word == self.singular(unit_word):
                return None  # "year ago" is no English; "months ago" is
            if direction in ("ago", "earlier"):
                return Found(start, end, "DATE", "PAST_REF")  # "months ago"
            if direction in ("from now", "hence"):
                return Found(start, end, "DATE", "FUTURE_REF")
            # "years later": an unstated count of years after an event of the story.
            return Found(start, m.end(g["unit"]), "DURATION", nz.duration(None, unit))
        if direction in ("before", "after", "later"):
            # "two years after the war", "three days later": a distance from an event the
            # story tells, not from the anchor; TimeML keeps the signal word out.
            return self.duration_of(m, start, m.end(g["unit"]))
        if direction == "earlier" and unit in _SHORT:
            # "a day earlier": a narrative's step back, a duration as TimeBank writes it; "a
            # year earlier" compares with the report's period and stays a date.
            return self.duration_of(m, start, end)
        try:
            amount = self.amount(m[g["num"]])
        except ValueError:
            return None
        if amount != 1 and unit_word == self.singular(unit_word):
            # "versus 307,000 week ago": a figure, then the wire's "a"-less "week ago"; a count
            # other than one never takes a singular unit, so the number is not its count.
            if direction != "ago":
                return None
            start, amount = m.start(g["unit"]), Fraction(1)
        sign = -1 if direction in ("ago", "earlier") else 1
        anchor = self.state.anchor
        if amount is None:
            return Found(start, end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        mod = "APPROX" if m[g["orso"]] else None
        if unit in ("H", "MIN", "S"):
            # "two hours ago": the anchor's day is the most a date-only anchor says.
            return Found(start, end, "TIME", nz.day(anchor) if anchor else "XXXX-XX-XX", mod)
        steps = int(amount)  # "a year and a half ago": the whole units
        if anchor is None:
            return Found(start, end, "DATE", unknown(unit), mod)
        if unit == "Y" and steps == 1 and self.state.quarter is not None:
            # "a year earlier" in a quarterly report: the same quarter of the year before.
            year, number = self.state.quarter
            return Found(start, end, "DATE", f"{year - 1:04d}-Q{number}", mod)
        value = nz.shift(anchor, unit, sign * steps)
        return Found(start, end, "DATE", value or unknown(unit), mod)

    def b_relunit(self, m: regex.Match[str]) -> Found | None:
        """A unit placed relative to the anchor ("last year", "the past three months")."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        rel = relative_word(m[g["rel"]])
        unit_word = key(m[g["unit"]])
        if (
            m[g["the"]] is None
            and key(m[g["rel"]]) == "last"
            and (m[g["num"]] is not None or unit_word != self.singular(unit_word))
            and preceding_word(self.text, start) in _VERB_LAST_BEFORE
        ):
            # "to last several weeks", "will last three days": the verb, with the span it
            # takes; "due to last week's quake" has no count and is the relative word.
            return None
        if self.final_unit(m, start, unit_word):
            return None
        if (
            unit_word == "week"
            and key(m[g["rel"]]) == "last"
            and m[g["the"]] is not None
            and m[g["num"]] is None
            and (week := self.week_of_month(end, closing=True)) is not None
        ):
            return Found(start, week[0], "DATE", week[1])  # "the last week of February"
        if unit_word == "period":
            if m[g["num"]] is not None or rel not in ("latest", "current", "same"):
                return None
            if rel == "same":
                return None
            context = self.quarter_context()
            value = f"{context[0]:04d}-Q{context[1]}" if context else "XXXX-QX"
            return Found(start, end, "DATE", value)
        unit = self.lex.units[unit_word]
        if m[g["num"]] is not None and key(m[g["rel"]]) == "this" and _AGO.match(self.text, end):
            return None  # "you said this 30 years ago": "this" is the object, the time is the ago
        if m[g["num"]] is not None:
            try:
                amount = parse_number(m[g["num"]], self.lex)
            except ValueError:
                return None
            if m[g["halfnum"]] is not None and amount is not None:
                amount += Fraction(1, 2)
            return Found(start, end, "DURATION", nz.duration(amount, unit))
        step = REL_STEP[rel]
        if unit_word != self.singular(unit_word):
            # "the coming months", "the last few weeks" without a count: a reference.
            if step == 0:
                return None
            if rel == "following":
                # "during the following hours" (the TimeML guidelines' own example): the span
                # after a time the story names, a DURATION of unsaid length, not the future.
                return Found(start, end, "DURATION", nz.duration(None, unit))
            return Found(start, end, "DATE", "PAST_REF" if step < 0 else "FUTURE_REF")
        if unit in ("H", "MIN", "S"):
            return Found(start, end, "DURATION", nz.duration(Fraction(1), unit))
        if unit == "D" and m[g["the"]] is not None and rel in ("past", "last"):
            # "in the last day", "over the past day": the day up to now (as "the last 24
            # hours"), not yesterday; "the last day of" is the final one (final_unit above).
            return Found(start, end, "DURATION", nz.duration(Fraction(1), unit))
        if (
            m[g["the"]] is not None
            and rel in ("past", "last", "next", "coming")
            and unit in _LONG
            and not self.calendar_century(start, rel, unit)
        ):
            # "the next decade" is the ten years from now, not the calendar decade after this
            # one; "the past year" is last year, as TimeBank writes it (below).
            return Found(start, end, "DURATION", nz.duration(Fraction(1), unit))
        if rel == "past" and m[g["the"]] is None and not key(m[g["rel"]]).startswith("this"):
            # "past year" bare is a span; "this past week" is last week, as "last" is.
            return Found(start, end, "DURATION", nz.duration(Fraction(1), unit))
        if unit == "Q" and rel in ("latest", "current", "this") and rel != "this":
            context = self.quarter_context() if rel == "latest" else None
            if context is not None:
                return Found(start, end, "DATE", f"{context[0]:04d}-Q{context[1]}")
        told = self.state.named.get(unit) if rel in _ANAPHORIC else None
        if told is not None:
            # "the following year", "the previous month": a step from the one the story is
            # at, not from the anchor ("In 1995 ... the following year" is 1996).
            return Found(start, end, "DATE", nz.shift_value(told, unit, step) or unknown(unit))
        anchor = self.state.anchor
        if anchor is None:
            return Found(start, end, "DATE", unknown(unit))
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
            self.remember_quarter(int(year), int(number))
        return Found(start, end, "DATE", value)

    def final_unit(self, m: regex.Match[str], start: int, unit_word: str) -> bool:
        """Whether "last" before a day or a minute means "final" (see ``_FINAL_UNITS``)."""
        g = groups_of(m.re)
        return (
            key(m[g["rel"]]) == "last"
            and m[g["num"]] is None
            and unit_word == self.singular(unit_word)
            and self.lex.units.get(unit_word) in _FINAL_UNITS
            and preceding_word(self.text, start) not in _UP_TO_NOW_PREPOSITIONS
        )

    def calendar_century(self, start: int, rel: str, unit: str) -> bool:
        """Whether "the next century", "the last century" at ``start`` is a calendar century.

        "into the next century", "in the last century": the century after (before) the
        anchor's, a DATE; "over the next century", "the past century" span a hundred years.
        """
        return (
            unit == "CE"
            and rel != "past"
            and preceding_word(self.text, start) not in _SPAN_PREPOSITIONS
        )

    def b_yearword(self, m: regex.Match[str]) -> Found | None:
        """Year words glued by a hyphen ("year-end", "the year-earlier period")."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        anchor = self.state.anchor
        if m[g["yend"]] is not None:
            step = REL_STEP[key(m[g["yrel"]])] if m[g["yrel"]] else 0  # "last year-end"
            value = f"{anchor.year + step:04d}" if anchor else "XXXX"
            return Found(start, end, "DATE", value, "END")
        if m[g["yunit"]] is None and m[g["ynum"]] is None:
            start = m.start(g["yago"])  # "the year-earlier profit": the adjective alone
        elif m[g["the"]] is None:
            end = m.end(g["yago"])
        if m[g["ynum"]] is not None and m[g["the"]] is not None:
            # "the year-earlier nine months": the span is the expression.
            try:
                amount = parse_number(m[g["ynum"]], self.lex)
            except ValueError:
                return None
            unit = self.lex.units[key(m[g["yspan"]])]
            return Found(start, end, "DURATION", nz.duration(amount, unit))
        context = self.state.quarter
        unit_word = key(m[g["yunit"]] or "")
        if m[g["yord"]] is not None and unit_word == "quarter":
            # "the year-ago third quarter": the third quarter before the one last reported.
            number = self.lex.ordinals[key(m[g["yord"]])]
            if anchor is None:
                return Found(start, end, "DATE", f"XXXX-Q{number}")
            begun = dt.date(anchor.year, 3 * number - 2, 1) <= anchor
            year = anchor.year - (1 if begun else 2)
            return Found(start, end, "DATE", f"{year:04d}-Q{number}")
        if context is not None and unit_word in ("", "quarter", "period"):
            return Found(start, end, "DATE", f"{context[0] - 1:04d}-Q{context[1]}")
        if anchor is None:
            return Found(start, end, "DATE", "XXXX")
        return Found(start, end, "DATE", f"{anchor.year - 1:04d}")

    def b_yearback(self, m: regex.Match[str]) -> Found | None:
        """The period a report compares with ("the same period last year", "last year's period")."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        back = 0 if key(m[g["yrel"]] or "") == "this" else 1
        anchor = self.state.anchor
        if m[g["season"]] is not None:
            # "last year's summer", "next year's spring": the season of the year named.
            code = self.lex.seasons[key(m[g["season"]])]
            if anchor is None:
                return Found(start, end, "DATE", f"XXXX-{code}")
            step = REL_STEP[key(m[g["yrel"]])]
            return Found(start, end, "DATE", f"{anchor.year + step:04d}-{code}")
        unit_word = key(m[g["punit"]])
        if unit_word in ("month", "week", "day"):
            return self.same_unit_a_year_back(start, end, unit_word)
        period = self.state.period
        if self.state.quarter is None and period is not None and key(m[g["punit"]]) != "quarter":
            # No quarter named: the period is the half or month named last ("exports in the
            # first half rose 8% over the same period last year" compares halves).
            return Found(start, end, "DATE", f"{int(period[:4]) - back:04d}{period[4:]}")
        context = self.quarter_context()
        if context is None:
            return Found(start, end, "DATE", "XXXX-QX")
        return Found(start, end, "DATE", f"{context[0] - back:04d}-Q{context[1]}")

    def same_unit_a_year_back(self, start: int, end: int, unit_word: str) -> Found:
        """The month, week or day a year before that "the same month last year" names.

        A month is the one the story named last (else the anchor's), a day the one the story
        is at (else the anchor's), a week the anchor's.
        """
        anchor = self.state.anchor
        if unit_word == "month":
            period = self.state.period
            if period is not None and len(period) == 7 and period[5] in "01":
                # "Sales in March rose 3% from the same month last year": March a year back.
                return Found(start, end, "DATE", f"{int(period[:4]) - 1:04d}{period[4:]}")
            if anchor is None:
                return Found(start, end, "DATE", "XXXX-XX")
            return Found(start, end, "DATE", nz.month(anchor.year - 1, anchor.month))
        if anchor is None:
            return Found(start, end, "DATE", "XXXX-WXX" if unit_word == "week" else "XXXX-XX-XX")
        if unit_word == "week":
            # The same week of the year: 52 weeks back keeps the ISO week number.
            year, week, _ = (anchor - dt.timedelta(weeks=52)).isocalendar()
            return Found(start, end, "DATE", f"{year:04d}-W{week:02d}")
        # The day the story is at ("on Tuesday ... the same day last year"), else the anchor's;
        # no Feb. 29 a year back.
        base = self.state.last_day or anchor
        day = day_or_none(base.year - 1, base.month, base.day)
        return Found(start, end, "DATE", day.isoformat() if day else f"{base.year - 1:04d}")

    def hour_before(self, start: int, pod: str) -> tuple[int, str, str | None] | None:
        """Where an hour before "in the morning" at ``start`` begins, its clock time, its mod.

        Only after a preposition of time ("at eleven in the morning"; "killed three in the
        morning raid" holds a count), and only for the parts of the day that place an hour in
        its half of the day (``pod``: morning, afternoon, evening).
        """
        if pod not in _HALF_DAY_PARTS:
            return None
        found = _HOUR_IN_BEFORE.search(self.text, max(0, start - 30), start)
        if found is None:
            return None
        if found["hh"] is not None:
            hour, minute = int(found["hh"]), int(found["mm"] or 0)
        else:
            try:
                amount = parse_number(found["hw"], self.lex)
            except ValueError:
                return None
            if amount is None or amount.denominator != 1:
                return None
            hour, minute = int(amount), 0
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (0 if pod == "MO" else 12)
        if found["approx"] is not None:
            return found.start("approx"), f"{hour:02d}:{minute:02d}", "APPROX"
        return found.start("hour"), f"{hour:02d}:{minute:02d}", None

    def b_relmonth(self, m: regex.Match[str]) -> Found | None:
        """A month placed relative to the anchor ("last April", "next March")."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        month = self.month_number(m[g["mon"]])
        rel = relative_word(m[g["rel"]])
        anchor = self.state.anchor
        if anchor is None:
            return Found(start, end, "DATE", f"XXXX-{month:02d}")
        if rel == "this":
            return Found(start, end, "DATE", nz.month(anchor.year, month))
        if rel == "last" and month == anchor.month - 1:
            # "last February" said in March: the month just gone is "last month", so the one
            # named is a year before it ("down from 40,012 last February", "crashed last
            # February"); "this past February" is the month just gone. Across the turn of a
            # year, "last December" said in January is as often the one just gone: nearest.
            year = anchor.year - 1
        elif rel in ("last", "past"):
            year = anchor.year if month < anchor.month else anchor.year - 1
        else:
            year = anchor.year if month > anchor.month else anchor.year + 1
        return Found(start, end, "DATE", nz.month(year, month))

    def b_day(self, m: regex.Match[str]) -> Found | None:
        """Weekdays, days near the anchor and parts of days ("last Friday", "tonight")."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        anchor = self.state.anchor
        rel = relative_word(m[g["rel"]])
        pod = self.lex.parts_of_day.get(key(m[g["pod"]] or ""))
        suffix = f"T{pod}" if pod else ""
        if m[g["wd"]] is not None:
            weekday = self.lex.weekdays[key(m[g["wd"]])]
            if m[g["plural"]] or m[g["podpl"]]:
                return Found(start, end, "SET", f"XXXX-WXX-{weekday}{suffix}")
            week_after = m[g["wkafter"]] is not None and not rel and not pod
            if m[g["wkafter"]] is not None and not week_after:
                # "next Tuesday week" is no English form: the expression ends at the weekday.
                end = len(self.text[: m.start(g["wkafter"])].rstrip())
            if anchor is None:
                value = f"XXXX-WXX-{weekday}"
            elif week_after:
                # "Tuesday week" (British): the coming Tuesday's following one, a future day.
                date = weekday_near(anchor + dt.timedelta(days=1), weekday, FUTURE)
                value = self.day_value(date + dt.timedelta(days=7))
            elif rel in ("previous", "following"):
                # "the previous Friday": the one before the day the story is at, not the anchor.
                told = self.state.last_day or anchor
                step = -1 if rel == "previous" else 1
                date = told + dt.timedelta(days=step)
                date = weekday_near(date, weekday, PAST if step < 0 else FUTURE)
                value = self.day_value(date)
            elif not rel and (later := self.range_end_weekday(weekday, start, end)):
                value = self.day_value(later)  # "taken Thursday through Monday"
            else:
                direction = {"last": PAST, "past": PAST, "next": FUTURE, "coming": FUTURE}.get(rel)
                if direction is None and weekday != anchor.isoweekday():
                    # (The anchor's own weekday is the anchor, whichever way the clause points.)
                    direction = self.direction(start, end)
                date = weekday_near(anchor, weekday, direction)
                if rel in ("last", "past") and date == anchor:
                    date -= dt.timedelta(days=7)
                if rel == "next" and date == anchor:
                    date += dt.timedelta(days=7)
                value = self.day_value(date)
            return Found(start, end, "TIME" if pod else "DATE", value + suffix)
        word = key(m[g["dei"]] or rel)
        if not word and m[g["pre"]] is None:
            return None  # "afternoon" alone is no time; "mid-afternoon" and "this afternoon" are
        if not word and pod is not None and (day := self.day_of(end, hours=True)) is not None:
            # "the early morning hours of Tuesday": the part of that day, as one expression.
            return Found(start, day.end, "TIME", day.value + suffix)
        if not word and pod is not None and word_after(self.text, end).casefold() in POD_NOUNS:
            return None  # "his late night show", "an early morning flight": an adjective
        if not word and pod is not None and self.text[start - 1 : start] == "-":
            # "late-night comedians", "late-night-show appearances": a compound adjective
            # before its noun (a lower-case word that opens no clause), which names no time.
            after = word_after(self.text, end)
            glued = self.text[end : end + 1] == "-"
            if glued or (after[:1].islower() and after not in CLAUSE_WORDS):
                return None
        offsets = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}
        if word in ("next", "following", "previous") and pod is not None:
            # "the next morning", "the previous night": of the day after (before) the one the
            # story is at, as "the next day" is.
            if word_after(self.text, end).casefold() in POD_NOUNS:
                return None  # "the next morning session": an adjective
            base = self.state.last_day or anchor
            if base is None:
                return Found(start, end, "TIME", "XXXX-XX-XX" + suffix)
            self.state.last_day = base + dt.timedelta(days=-1 if word == "previous" else 1)
            return Found(start, end, "TIME", nz.day(self.state.last_day) + suffix)
        if word == "overnight" and _NEGATION_BEFORE.search(self.text, max(0, start - 60), start):
            return None  # "can't be done overnight", "not consummated overnight": quickly
        if word == "overnight":
            pod, suffix, offset = "NI", "TNI", -1
        elif word == "tonight":
            pod, suffix, offset = "NI", "TNI", 0
        elif word == "the":
            if pod is None:
                return None
            # "the night of Aug. 6": the part of the day named after it, as one expression.
            day = self.day_of(end, hours=True)
            if day is not None:
                return Found(start, day.end, "TIME", day.value + suffix)
            if word_after(self.text, end).casefold() in POD_NOUNS:
                return None  # "the evening session", "the morning news": an adjective
            base = self.state.last_day or anchor
            value = nz.day(base) if base else "XXXX-XX-XX"
            if (hour := self.hour_before(start, pod)) is not None:
                # "at eleven in the morning": the hour and the half of the day it is in are
                # one time, as the TimeML guidelines tag it (the scan's walk back from the
                # trigger stops at "in", so the clock pattern never sees the hour).
                at, clock, mod = hour
                return Found(at, end, "TIME", f"{value}T{clock}", mod)
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
        elif word == "overnight":
            # "overnight losses in New York" in a story of Friday's trading: the night before
            # the day the story is at, which stays that day.
            value = nz.day((self.state.last_day or anchor) + dt.timedelta(days=offset))
        else:
            value = self.day_value(anchor + dt.timedelta(days=offset))
        return Found(start, end, "TIME" if pod else "DATE", value + suffix)

    def range_end_weekday(self, weekday: int, start: int, end: int) -> dt.date | None:
        """The day of a weekday in a range of weekdays ("Thursday through Monday"), or ``None``.

        In a future clause the first weekday is the next one and the last follows it; else the
        last is placed as a weekday alone is (back in a past clause, else the nearest) and the
        first is the one before it.
        """
        anchor = self.state.anchor
        opening = self.state.range_opening
        if anchor is not None and opening is not None and opening[0] == start:
            # The weekday that closes a range: the first such day after the one opening it.
            return opening[1] + dt.timedelta(days=(weekday - opening[1].isoweekday()) % 7 or 7)
        after = _WEEKDAY_RANGE.match(self.text, end)
        if after is None or anchor is None or key(after["wd"]) not in self.lex.weekdays:
            return None
        last = self.lex.weekdays[key(after["wd"])]
        direction = self.direction(start, after.end())
        if direction == FUTURE:
            first = weekday_near(anchor, weekday, FUTURE)  # "will stay Monday to Friday"
        else:
            closing = weekday_near(anchor, last, direction)
            first = closing - dt.timedelta(days=(last - weekday) % 7 or 7)
        self.state.range_opening = (after.start("wd"), first)
        return first

    def b_word(self, m: regex.Match[str]) -> Found | None:
        """A fixed reference from the lexicon ("now", "recently", "the future")."""
        g = groups_of(m.re)
        folded = key(m[g["word"]])
        word = self.lex.time_words[folded]
        before = self.text[max(0, m.start(g["core"]) - 3) : m.start(g["core"])].casefold()
        if folded == "soon" and before == "as " and self.text.startswith(" as", m.end(g["core"])):
            return None  # "as soon as": a conjunction
        after = word_after(self.text, m.end(g["core"]))
        if folded in ("soon", "shortly") and after.casefold() in _SEQUENCE_AFTER:
            return None  # "soon after the war", "shortly before noon": a signal, no time
        if folded.startswith("the ") and OF_AFTER.match(self.text, m.end(g["core"])):
            return None  # "the future of NATO": a noun, not a time
        if (
            folded in _NOUN_OR_ADJECTIVE
            and after[:1].islower()
            and after not in CLAUSE_WORDS
            and after not in _VERBS_AFTER
            and (
                preceding_word(self.text, m.start(g["core"])) not in _TIME_PREPOSITIONS
                or after.casefold() in self.lex.numbers
                or after in ("few", "several", "many")
            )
        ):
            # "the present arrangement", "the long term interests", "the future king": an
            # adjective before its noun ("the past is never dead" is the noun, with its verb).
            return None
        if folded in ("current", "recent") and not word_after(self.text, m.end(g["core"])):
            return None  # an adjective with no noun after it is not the time word
        if folded == "a while" and _ONCE_IN_BEFORE.search(
            self.text, max(0, m.start(g["core"]) - 12), m.start(g["core"])
        ):
            return None  # "once in a while": now and then, no span
        if (
            folded == "then current"
            and preceding_word(self.text, m.start(g["core"])) not in _THEN_ADJECTIVE_AFTER
        ):
            return None  # "since then current prices": "then" is no adverb of "current"
        start = m.start(g["core"])
        if word.value == NEW_YEAR:
            return Found(start, m.end(g["core"]), word.type, self.new_year())
        if folded.startswith("at "):
            # "at present" is "present": TimeML leaves the preposition out.
            start += len(m[g["word"]]) - len(m[g["word"]][2:].lstrip())
        return Found(start, m.end(g["core"]), word.type, word.value)

    def new_year(self) -> str:
        """The year "the new year" names: the next one, or the one just begun in January.

        "The board meets in the new year", said in November, is next year; "stocks rose in
        the new year", said in January, the year under way.
        """
        anchor = self.state.anchor
        if anchor is None:
            return "XXXX"
        return f"{anchor.year + (anchor.month > 1):04d}"

    def b_that(self, m: regex.Match[str]) -> Found | None:
        """What "that" points back to: the year, quarter or month named last ("that year").

        "that day", "that night" and "that week" are the last day named, its part of the day
        and its week; none when the text named none.
        """
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        if m[g["unit"]] is None or key(m[g["unit"]]) in ("day", "week"):
            told = self.state.last_day
            if told is None:
                return None
            if m[g["pod"]] is not None:
                pod = self.lex.parts_of_day[key(m[g["pod"]])]
                return Found(start, end, "TIME", f"{nz.day(told)}T{pod}")
            return Found(
                start, end, "DATE", nz.week(told) if key(m[g["unit"]]) == "week" else nz.day(told)
            )
        value = self.state.named.get(self.lex.units[key(m[g["unit"]])])
        return Found(start, end, "DATE", value) if value else None

    def b_theunit(self, m: regex.Match[str]) -> Found | None:
        """A unit of the anchor's own time ("the quarter", "the weekend", "the year")."""
        g = groups_of(m.re)
        start, end = m.start(g["core"]), m.end(g["core"])
        unit = self.lex.units[key(m[g["unit"]])]
        anchor = self.state.anchor
        lead = (
            _IN_THE_UNIT.search(self.text, max(0, start - 16), start)
            if m[g["pre"]] is None and m[g["uadj"]] is None and unit in ("D", "W", "M", "Y")
            else None
        )
        if lead is not None:
            # "later in the day": the day the story is at; "earlier in the year", "later in the
            # month": the anchor's own, with the lead-in as one expression, as "earlier this
            # year" is.
            mod = _LEAD_MODS[key(lead["lead"])]
            told = (self.state.last_day or anchor) if unit == "D" else anchor
            own = nz.shift(told, unit, 0) if told else None
            return Found(lead.start(), end, "DATE", own or unknown(unit), mod)
        if unit == "D":
            return None  # "the day" is mostly no time at all
        if unit in ("DE", "CE"):
            if m[g["pre"]] is None:
                return None  # "the crime of the century": no time without "the end of"
            own = nz.shift(anchor, unit, 0) if anchor else None
            return Found(start, end, "DATE", own or unknown(unit))
        if (
            unit == "Q"
            and anchor is not None
            and self.state.quarter is None
            and (last := self.day_ending(end)) is not None
        ):
            # "the quarter ended July 31", no quarter named before: the three months that day
            # closes, valued as the calendar quarter holding most of them (the one of their
            # middle month), not the one before the anchor's; "a year earlier" then looks back
            # from it. A quarter the report named ("its fiscal first quarter") stays its name.
            year, number = nz.quarter_of(last - dt.timedelta(days=_HALF_QUARTER_DAYS))
            self.remember_quarter(year, number)
            return Found(start, end, "DATE", f"{year:04d}-Q{number}")
        if unit == "Q":
            context = self.quarter_context()
            value = f"{context[0]:04d}-Q{context[1]}" if context else "XXXX-QX"
            return Found(start, end, "DATE", value)
        if unit == "WE":
            day = self.day_of(end)
            if day is not None:
                # "the weekend of March 7-8": the weekend of that day, as one expression.
                return Found(
                    start, day.end, "DATE", nz.week(dt.date.fromisoformat(day.value)) + "-WE"
                )
            if anchor is None:
                return Found(start, end, "DATE", "XXXX-WXX-WE")
            saturday = weekday_near(anchor, 6, self.direction(start, end))
            return Found(start, end, "DATE", nz.week(saturday) + "-WE")
        if unit == "W" and (day := self.day_of(end)) is not None:
            # "the week of March 8": the week of that day, as one expression.
            return Found(start, day.end, "DATE", nz.week(dt.date.fromisoformat(day.value)))
        if unit == "W" and (last := self.day_ending(end)) is not None:
            # "the week ended March 7": the week that day closes (the day is its own time).
            return Found(start, end, "DATE", nz.week(last))
        if unit == "Y" and m[g["pre"]] is None and _ENDED.match(self.text, end):
            return Found(start, end, "DURATION", "P1Y")  # "the year ended Sept. 30"
        if unit == "Y" and (named := _YEAR_NAMED_AFTER.match(self.text, end)) is not None:
            if named["year"] is not None:
                # "the full year 1986": that year, as one expression ("fiscal year 1986" is).
                return Found(start, named.end(), "DATE", named["year"])
            if anchor is not None:
                # "the whole year last year": the year that follows names which one it is.
                year = anchor.year + REL_STEP[key(named["rel"])]
                return Found(start, end, "DATE", f"{year:04d}")
        if m[g["pre"]] is not None or m[g["uadj"]] is not None or unit in ("W", "Y"):
            # "for the year", "earlier in the year": the anchor's year, as reports mean it.
            own = nz.shift(anchor, unit, 0) if anchor else None
            return Found(start, end, "DATE", own or unknown(unit))
        return None
