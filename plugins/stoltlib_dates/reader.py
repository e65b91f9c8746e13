"""The base of the family readers: what a match is turned into, and the document's state.

Each family of :mod:`stoltlib_dates.patterns` has a reader method named after it (``b_iso``,
``b_ago``, ...) that checks the guards and works out the TimeML type, value and modifier of a
match. The readers live in three mixins by the job they do (:mod:`stoltlib_dates.read_dates`:
named calendar dates and clock times; :mod:`stoltlib_dates.read_relative`: times placed from
the anchor; :mod:`stoltlib_dates.read_spans`: durations and sets), all built on
:class:`ReaderBase`, which holds the text, the rules and the little state a document carries
along: the last quarter named (financial news says "the quarter" and "a year earlier" of the
quarter it reports on) and the last day named (narrative "the next day").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from fractions import Fraction

import attrs
import regex

from stoltlib_dates import normalize as nz
from stoltlib_dates.anchor import (
    FUTURE,
    NEAREST,
    PAST,
    YEAR_REACH_DAYS,
    Direction,
    choose_year,
    event_ahead,
    fronted_past,
    future_bound_close,
    future_verb_close,
    occurrences,
    past_verb_before,
    past_verb_close,
    past_verb_on,
    settled_year,
    signal_before,
    tense,
)
from stoltlib_dates.lexicons import key
from stoltlib_dates.numbers import parse_number
from stoltlib_dates.patterns import Rules, groups_of

__all__ = [
    "CLAUSE_WORDS",
    "OF_AFTER",
    "POD_NOUNS",
    "REL_STEP",
    "DocumentState",
    "Found",
    "ReaderBase",
    "day_or_none",
    "relative_word",
    "unknown",
]

#: Relative words and the step each takes from the anchor.
REL_STEP = {
    "this": 0, "current": 0, "same": 0, "last": -1, "past": -1, "previous": -1, "prior": -1,
    "latest": -1, "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}  # fmt: skip
# Values of a unit's granularity when no anchor is known.
_UNKNOWN = {
    "Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "Q": "XXXX-QX",
    "DE": "XXX", "CE": "XX", "WE": "XXXX-WXX-WE", "FN": "XXXX-WXX",
}  # fmt: skip
# The year, month, quarter and week a value names: "1988", "1988-06-30", "1988-Q2", "1988-W14" (a
# standard-library pattern: it reads every DATE found, and ``re`` matches it and reads its groups
# by name faster).
_NAMED = re.compile(r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)|Q(?P<q>[1-4])|W(?P<w>\d\d)\Z))?(?:-|\Z)")
# "the first week of March": "of" and the month whose week it is, and a month's value.
_OF_MONTH = regex.compile(r"\s+of\s+")
# A day's value, and "hours" between a part of the day and its day ("the early morning hours
# of Tuesday", "the early hours of Thursday").
_DAY_ONLY = regex.compile(r"\d{4}-\d\d-\d\d\Z")
_HOURS = regex.compile(r"\s+hours\b")
# "ended" or "ending" before the day that closes a span: "the week ended March 7".
_ENDED_ON = regex.compile(r"\s+(?:ended|ending)\s+")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
# "in", "during" or "by" right before a quarter or a half: the time of an event, not the
# adjective of a report ("a third-quarter loss").
_PERIOD_IN_BEFORE = regex.compile(r"(?r)(?<![\p{L}])(?:in|during|by)\s+\Z", regex.IGNORECASE)
# How long after a quarter or half ends a future clause "in" it is mostly its report.
_REPORT_DAYS = 31
# How far back (in characters) the years a story wrote out set its time.
_STORY_REACH = 1000
# How far into a bracket its months may stand and still be of the year before it.
_BRACKET_REACH = 40
#: "of" right after a phrase: "the future of NATO" (any white space: lines may wrap there).
OF_AFTER = regex.compile(r"\s+of\b")
#: Words after an adjective-like time word that end its clause or phrase, so that it stands
#: alone ("paid quarterly in cash", "the present, he said") rather than before its noun.
CLAUSE_WORDS = frozenset(
    {"and", "or", "but", "in", "on", "at", "by", "for", "from", "to", "since", "until", "as",
     "than", "with", "over", "through", "during", "after", "before", "if", "when", "while",
     "because", "so", "the", "a", "an", "this", "that", "it", "he", "she", "they", "we"}
)  # fmt: skip


#: Nouns a part of the day qualifies as an adjective: "the evening session", "the morning news".
POD_NOUNS = frozenset(
    {"session", "sessions", "news", "newspaper", "newspapers", "paper", "papers", "edition",
     "show", "shows", "program", "programs", "programme", "service", "services", "shift",
     "shifts", "prayer", "prayers", "rush", "commute", "flight", "flights", "train", "bulletin"}
)  # fmt: skip


@attrs.frozen
class Found:
    """A time expression before it becomes a :class:`TimeExpression`: offsets, type, value."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


@attrs.define
class DocumentState:
    """What the document has said so far that later expressions lean on."""

    anchor: dt.date | None
    quarter: tuple[int, int] | None = None
    last_day: dt.date | None = None
    #: The last value named of each granularity ("Y", "M", "Q"): what "that year" refers to.
    named: dict[str, str] = attrs.field(factory=dict)
    #: The end and value of the last expression found ("Tuesday" before "at 10 a.m.").
    last_end: int = -1
    last_value: str = ""
    #: Where the weekday closing a range starts, and the day of the one opening it.
    range_opening: tuple[int, dt.date] | None = None
    #: Where each year written out in a DATE ends, and the year: the story's own years.
    years: list[tuple[int, int]] = attrs.field(factory=list)
    #: Where a bracket opens right after a DATE of a known year, and that year: the months
    #: inside are of it ("in 1997 (January to June)", "the first quarter (January-March)").
    bracket: tuple[int, int] | None = None
    #: The last half or month of a year named ("1998-H1", "1998-07"): the period that "the
    #: same period last year" compares with when no quarter was named.
    period: str | None = None
    #: Whether the document writes numeric dates day first (``None`` until first needed).
    day_first: bool | None = None


def relative_word(text: str | None) -> str:
    """A relative word folded, with its intensifier or article left out ("this past" -> "past").

    "this past spring" is "last spring", "this coming Sunday" "next Sunday", and "the previous
    Friday" is a "previous" Friday; "" when there is none.
    """
    folded = key(text or "")
    return folded.removeprefix("this ").removeprefix("the ") if " " in folded else folded


def unknown(unit: str) -> str:
    """The value of a unit's granularity with every part unknown ("XXXX-WXX" for a week)."""
    return _UNKNOWN.get(unit, "XXXX-XX-XX")


def day_or_none(year: int, month: int, day: int) -> dt.date | None:
    """The calendar day, or ``None`` when there is no such day (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class ReaderBase:
    """Reads one document: the text, the rules, the document's state and shared helpers."""

    def __init__(self, text: str, rules: Rules, anchor: dt.date | None) -> None:
        self.text = text
        self.rules = rules
        self.lex = rules.lexicons
        self.state = DocumentState(anchor)
        #: The match being read (its modifier is looked up only when a clause is read).
        self.current: regex.Match[str] | None = None

    def clause_start(self, start: int) -> int:
        """Where the expression at ``start`` begins for its clause: before its modifier.

        "until late Friday": the signal stands before the modifier, which is part of the
        expression (and of no tense); read from the core, "late" would hide "until".
        """
        current = self.current
        if current is None:
            return start
        modifier = current.regs[groups_of(current.re)["pre"]][0]  # by number: see groups_of
        return modifier if 0 <= modifier <= start else start

    def direction(self, start: int, end: int) -> Direction:
        """The way the clause around ``start..end`` points from the anchor (its tense)."""
        return tense(self.text, self.clause_start(start), end, self.rules.tense_cues)

    def year_for(
        self,
        bounds: Callable[[int], tuple[dt.date, dt.date] | None],
        start: int,
        end: int,
        direction: Direction = None,
        story: bool = False,
        spread: int = 1,
    ) -> int | None:
        """The year of a recurring time at ``start..end`` (see :func:`nearest_year`).

        ``direction`` when the expression states it ("last March"; :data:`NEAREST` for no
        direction at all), else its clause's tense; ``None`` without an anchor. ``story``: a
        day named in a past clause may be of the story's own time (:meth:`story_year`), or, after a
        past verb of its own, the one gone up to a year back (:func:`past_verb_on`).
        ``spread``: the years between two occurrences (4 for "Super Tuesday"), the years
        looked at on either side of the anchor's and how far back a past signal reaches.
        """
        anchor = self.state.anchor
        if anchor is None:
            return None
        candidates = occurrences(anchor, bounds, spread)
        if direction == NEAREST:
            return choose_year(anchor, candidates, None, spread=spread)
        if direction is not None:
            return choose_year(anchor, candidates, direction, spread=spread)
        if future_verb_close(self.text, start, self.rules.tense_cues) or future_bound_close(
            self.text, self.clause_start(start), self.rules.tense_cues
        ):
            # "His term ends in January" (said in February), "will stay on until March 31"
            # (said in May): the verb's own time, ahead.
            return choose_year(
                anchor, candidates, FUTURE, reach=YEAR_REACH_DAYS * spread, spread=spread
            )
        settled = settled_year(anchor, candidates, spread)
        if settled is not None and not (story and settled[1] > anchor and self.story_year(start)):
            return settled[0]  # near the anchor every direction gives it: no tense to read
        if signal_before(self.text, self.clause_start(start), self.rules.tense_cues) == PAST:
            # "since February", "the year ended Jan. 31": a time already gone, however far
            # back (a clause's tense is weaker evidence and stops at TENSE_REACH_DAYS).
            return choose_year(
                anchor, candidates, PAST, reach=YEAR_REACH_DAYS * spread, spread=spread
            )
        direction = self.direction(start, end)
        if direction is None and event_ahead(self.text, end, self.rules.tense_cues):
            direction = FUTURE  # "the November election": the one to come
        if direction == PAST and (
            past_verb_close(self.text, start, self.rules.tense_cues)
            or fronted_past(self.text, start, end, self.rules.tense_cues)
            or past_verb_before(self.text, start, self.rules.tense_cues)
        ):
            # "took office in February", "In January, the firm hired ...": the verb's own time.
            return choose_year(
                anchor, candidates, PAST, reach=YEAR_REACH_DAYS * spread, spread=spread
            )
        year = choose_year(anchor, candidates, direction, spread=spread)
        if (
            story
            and direction == PAST
            and year is not None
            and (bounds(year) or (anchor,))[0] > anchor
        ):
            # A past clause placed after the anchor (its past occurrence lay beyond the tense's
            # reach): a story told of earlier years ("In late 2021 ... early 2022 ... On
            # January 26, the US sent ...") means the latest of them it wrote out nearby.
            # Else a day "on" which a past verb of its own says its event happened ("the
            # summit was held on Jan. 5", said on Dec. 20) is the one gone, up to a year back.
            if story_year := self.story_year(start):
                return story_year
            if past_verb_on(self.text, start, self.rules.tense_cues):
                return choose_year(
                    anchor, candidates, PAST, reach=YEAR_REACH_DAYS * spread, spread=spread
                )
        return year

    def story_year(self, start: int) -> int | None:
        """The latest year written out in the stretch before ``start``, if before the anchor's."""
        anchor = self.state.anchor
        recent = []
        for end, year in reversed(self.state.years):  # in text order: the nearest come last
            if start - end > _STORY_REACH:
                break
            recent.append(year)
        if anchor is None or not recent or max(recent) >= anchor.year:
            return None
        return max(recent)

    def period_year(
        self, bounds: Callable[[int], tuple[dt.date, dt.date] | None], start: int, end: int
    ) -> int | None:
        """The year of a quarter or half named without one, placed from the anchor.

        A past tense places it as :meth:`year_for` does; a future one does not: what a future
        clause says of a quarter is mostly its report ("expects to report a third-quarter
        loss" in November is about the quarter just ended), so the nearest one is meant,
        unless the clause puts its event "in" a quarter or half and the last one ended more
        than a month before the anchor: "will close in the fourth quarter", said in March,
        is the one ahead.
        """
        anchor = self.state.anchor
        if anchor is None:
            return None
        candidates = occurrences(anchor, bounds)
        past = choose_year(anchor, candidates, PAST)
        nearest = choose_year(anchor, candidates, None)
        direction = None
        if _PERIOD_IN_BEFORE.search(self.text, max(0, start - 12), start):
            direction = self.direction(start, end)
        if direction == FUTURE:
            # "will close in the fourth quarter", said in March: the time of the event to come,
            # the quarter ahead; but within a month of a quarter's end a future clause is
            # mostly its report ("will report a loss in the third quarter", said in October).
            ended = [item for item in candidates if item[2] < anchor]
            just_ended = ended and (anchor - max(ended)[2]).days <= _REPORT_DAYS
            ahead = [item for item in candidates if item[2] >= anchor]
            if ahead and not just_ended:
                return min(ahead)[0]
        if past == nearest:
            return nearest  # the last quarter is the nearest one: no tense to read
        if direction is None:
            direction = self.direction(start, end)
        return past if direction == PAST else nearest

    def quarter_context(self) -> tuple[int, int] | None:
        """The quarter the document reports on: the last named, else the one before the anchor's."""
        if self.state.quarter is not None:
            return self.state.quarter
        if self.state.anchor is None:
            return None
        # Quarterly news reports on the quarter that ended last.
        year, number = nz.quarter_of(self.state.anchor)
        year, index = divmod(year * 4 + number - 2, 4)
        return year, index + 1

    def remember_quarter(self, year: int, number: int) -> None:
        """Note a quarter named, if it may be the one the report is about.

        That is the latest quarter the text names that has ended by the anchor (results are
        reported once a quarter is over): a report names earlier ones to compare ("after a
        flat second quarter") and the current or coming ones it expects ("a fourth-quarter
        charge"), and neither is what "the quarter" and "a year earlier" mean.
        """
        anchor = self.state.anchor
        if anchor is not None and nz.quarter_of(anchor) <= (year, number):
            return
        if self.state.quarter is None or (year, number) > self.state.quarter:
            self.state.quarter = (year, number)

    def note(self, found: Found) -> None:
        """Remember the year, month and quarter a found DATE names ("that year" looks back)."""
        self.state.last_end, self.state.last_value = found.end, found.value
        if found.type != "DATE":
            return
        value = found.value
        year = value[:4]
        if not year.isdigit():
            return
        # A bracket opening right after it: "1997 (January to June)" (plain string tests: this
        # runs for every date found).
        after = self.text[found.end : found.end + 3]
        if "(" in after and after.lstrip(" \t")[:1] == "(":
            self.state.bracket = (self.text.index("(", found.end) + 1, int(year))
        if year in self.text[found.start : found.end]:
            self.state.years.append((found.end, int(year)))  # a year written out, not worked out
        if len(value) == 4 or (len(value) == 7 and value[5] in "H01"):
            self.state.period = value  # a year, a half ("1998-H1") or a month ("1998-07")
        if match := _NAMED.match(value):
            self.state.named["Y"] = match["y"]
            if match["m"]:
                self.state.named["M"] = f"{match['y']}-{match['m']}"
            if match["q"]:
                self.state.named["Q"] = f"{match['y']}-Q{match['q']}"
            if match["w"]:
                self.state.named["W"] = f"{match['y']}-W{match['w']}"

    def bracket_year(self, start: int) -> int | None:
        """The year of the DATE a bracket holding ``start`` follows, if one does.

        "In 1997 (January to June)", "the first quarter (January-March)": months given in
        brackets after a date spell out part of it, and are of its year.
        """
        bracket = self.state.bracket
        if bracket is None or not 0 <= start - bracket[0] <= _BRACKET_REACH:
            return None
        if ")" in self.text[bracket[0] : start]:
            return None
        return bracket[1]

    def week_of_month(self, end: int, closing: bool) -> tuple[int, str] | None:
        """The end and week value of "the first (last) week" at ``end`` when "of MONTH" follows.

        "the first week of March" is the week holding the month's fourth day, as ISO counts a
        year's first week; "the last week of February" the one holding its fourth last day.
        """
        of = _OF_MONTH.match(self.text, end)
        month = self.rules.by_class["month"].match(self.text, of.end()) if of else None
        found = self.read(month) if month is not None else None
        if found is None or found.type != "DATE" or not _MONTH_VALUE.fullmatch(found.value):
            return None
        year, number = int(found.value[:4]), int(found.value[5:7])
        last = calendar.monthrange(year, number)[1]
        return found.end, nz.week(dt.date(year, number, last - 3 if closing else 4))

    def day_value(self, date: dt.date) -> str:
        """The value of a day, remembered as the last day named ("the next day" follows it)."""
        self.state.last_day = date
        return nz.day(date)

    def month_number(self, name: str) -> int:
        """The number (1-12) of a month name as the lexicon has it."""
        return self.lex.months[key(name)]

    def day_of(self, end: int, hours: bool = False) -> Found | None:
        """The calendar day named after "of" at ``end`` ("the night of Aug. 6"), if one is.

        ``hours``: "hours" may stand before "of" ("the early morning hours of Tuesday").
        """
        if hours and (between := _HOURS.match(self.text, end)) is not None:
            end = between.end()
        of = _OF_MONTH.match(self.text, end)
        day = self.rules.day_after_time.match(self.text, of.end()) if of else None
        found = self.read(day) if day is not None else None
        if found is not None and found.type == "DATE" and _DAY_ONLY.match(found.value):
            return found
        return None

    def day_ending(self, end: int) -> dt.date | None:
        """The calendar day after "ended" or "ending" at ``end`` ("the week ended March 7")."""
        ended = _ENDED_ON.match(self.text, end)
        day = self.rules.day_after_time.match(self.text, ended.end()) if ended else None
        found = self.read(day) if day is not None else None
        if found is not None and found.type == "DATE" and _DAY_ONLY.match(found.value):
            return dt.date.fromisoformat(found.value[:10])
        return None

    def read(self, match: regex.Match[str]) -> Found | None:
        """The expression a match of the master pattern is, or ``None`` when it is none.

        The family that matched is the named outer group that took part; its reader decides.
        """
        spans = match.regs
        family = ""
        for name, index in self.rules.family_groups(match.re):  # a plain loop: no generator
            if spans[index][0] >= 0:
                family = name
                break
        reader: Callable[[regex.Match[str]], Found | None] = getattr(self, family)
        self.current = match
        return reader(match)

    # --- helpers shared by several families ------------------------------------------------

    def amount(self, text: str | None) -> Fraction | None:
        """The count a number phrase states; one when there is none."""
        return parse_number(text, self.lex) if text else Fraction(1)

    def duration_of(self, m: regex.Match[str], start: int, end: int) -> Found | None:
        """The duration of a count and unit match between ``start`` and ``end``."""
        g = groups_of(m.re)
        unit = self.lex.units[key(m[g["unit"]])]
        try:
            amount = parse_number(m[g["num"]], self.lex) if m[g["num"]] else Fraction(1)
        except ValueError:
            return None
        return Found(start, end, "DURATION", nz.duration(amount, unit))

    def singular(self, unit_word: str) -> str:
        """The singular of a plural unit word ("months" -> "month"); others as they are."""
        if unit_word.endswith("s") and unit_word[:-1] in self.lex.units:
            return unit_word[:-1]
        return unit_word
