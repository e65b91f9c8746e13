"""The time of a draft: the clause's time expression that dates its event."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from stoltlib import TimeExpression
from stoltlib_offices.drafts import _Draft
from stoltlib_offices.words import _MONTHS

# "since" right before a time: a tenure's start, no change's time.
_SINCE_BEFORE = regex.compile(r"\bsince\s+(?:(?:last|early|late|mid)\s+)?\Z", regex.IGNORECASE)


# A reporting verb right before a time: "..., the company said on Friday" dates the report.
_REPORTED_BEFORE = regex.compile(
    r"\b(?:said|says|announced|reported|added|stated|disclosed|confirmed|told\s+\w+)"
    r"\s+(?:(?:on|late|early|earlier|here)\s+)?\Z",
    regex.IGNORECASE,
)


# The main clause's verb of effect after a relative clause: "..., is effective (on)".
_EFFECTIVE_LATER = regex.compile(
    r",[\"”’']?\s+(?:is|was|will\s+be|becomes|takes\s+effect)\s+(?:effective\s+)?(?:as\s+of\s+|on\s+)?",
    regex.IGNORECASE,
)


# "for" and at most four words before a duration: "for a post-war record of".
# A duration that is an adverbial of its own, no "for" needed: "the past five years"; or a
# term's length: "served a two-year term as".
_BARE_LENGTH = regex.compile(r"the\s+(?:past|last|previous)\s|.*\sterm\Z", regex.IGNORECASE)


_FOR_BEFORE = regex.compile(r"\bfor(?:\s+[\w\-]+){0,4}\s+\Z", regex.IGNORECASE)


# What may stand before a time that opens its sentence: nothing, or a preposition ("On Monday,").
_FRONTED_OPENING = regex.compile(r"\s*(?:(?:on|in|at|by|early|late)\s+)?", regex.IGNORECASE)


# The comma after a fronted time, and the rest of the clause up to its subject or cue.
_FRONTED_COMMA = regex.compile(r"\s*,(?:\s+\S+){0,6}?\s*\Z")


# "effective" after a comma, closing a sentence: ", effective May 1."
_CLOSING_EFFECTIVE = regex.compile(r",\s*effective\s+(?:as\s+of\s+|on\s+|from\s+)?\Z", regex.I)


_CAPITAL = regex.compile(r"\p{Lu}")


_EFFECTIVE_BEFORE = regex.compile(r"\beffective\s+(?:as\s+of\s+|on\s+|from\s+)?\Z", regex.I)


# A relative clause after the office, about something else: "named president of Acme, which
# he joined in 1980": the time after the cue stops there.
_OTHER_CLAUSE = regex.compile(
    r",\s*(?:which|where|whose|a\s+(?:new\s+|newly\s+created\s+)?(?:post|position|job)\b)",
    regex.IGNORECASE,
)  # ", a post vacant since January": the post's time, not the naming's


# A relative clause about a person after the cue: "X takes over from Y, who left in July":
# its time is Y's, not the cue's (but Y's own event, read from the cue, keeps it).
_WHO_CLAUSE = regex.compile(r",\s*(?:who|whom)\b", regex.IGNORECASE)


# A relative clause opening right after a person: "X, who will remain on the board, ...".
_RELATIVE_OPENS = regex.compile(r"\s*,\s*(?:who|which)\b", regex.IGNORECASE)


# A tenure in apposition to its person: "X, formerly president of Acme, ...".
_APPOSITION = regex.compile(r"\s*,\s*")


# A day of the month spelled as a word after a month's name, as wire style writes the first
# nine ("effective April one"): the dates stage reads the month alone. Not a number of
# something else: "in April one of them", "in May one year later", "one-time".
_SPELLED_DAY = regex.compile(
    r"""[ \t]+(?P<day>(?i:one|two|three|four|five|six|seven|eight|nine))\b(?!-)
    (?![ \t]+(?:(?i:of|years?|months?|weeks?|days?|more|other|another|analysts?)\b|\p{Lu}))""",
    regex.VERBOSE,
)  # a capital after it starts a name or a sentence: "in May One Federal Plaza", "in May. One"


_DAY_WORDS = {
    word: number
    for number, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), 1
    )
}


_MONTH_VALUE = regex.compile(r"\d{4}-\d{2}\Z")


# A month's name, capitalised, before a spelled day: "retired March one", "effective June
# Five", which the dates stage leaves unread (a bare "March" or "May" may be a verb).
_MONTH_NAME = regex.compile(r"\b(?P<month>" + "|".join(_MONTHS) + r")\b")


# A time of a part of a day ("this morning": "1987-03-12TMO"): the event is dated to its day.
_DAY_PART = regex.compile(r"(?P<day>\d{4}-\d{2}-\d{2})T")


def _to_day(time: TimeExpression) -> TimeExpression:
    """A time of day as its day: a change is dated to the day ("resigned this morning")."""
    part = _DAY_PART.match(time.value)
    return time if part is None else attrs.evolve(time, value=part.group("day"))


def _spelled_days(
    flat: str, published: str | None, read: Sequence[TimeExpression]
) -> list[TimeExpression]:
    """The month names with a day spelled after them where the dates stage read no time.

    "Bill Britt, who retired March one": the day of the month in the year of the story's date
    (or ``XXXX`` without one).
    """
    found = []
    year = published[:4] if published else None
    for month in _MONTH_NAME.finditer(flat):
        spelled = _SPELLED_DAY.match(flat, month.end())
        # The rare spelled day first: the test over every time read is then seldom run.
        if spelled is None or any(t.start <= month.start() < t.end for t in read):
            continue
        number = _DAY_WORDS[spelled.group("day").casefold()]
        day = f"{year or 'XXXX'}-{_MONTHS[month.group('month')]:02d}-{number:02d}"
        found.append(
            TimeExpression(
                start=month.start(), end=spelled.end(), text=flat[month.start() : spelled.end()],
                type="DATE", value=day, interval=(day, day) if year else None,
            )
        )  # fmt: skip
    return found


def _with_spelled_day(time: TimeExpression, flat: str) -> TimeExpression:
    """A month's time with the day spelled after it, if one is ("April one": the 1st)."""
    if not _MONTH_VALUE.match(time.value) or not flat[time.end : time.end + 1].isspace():
        return time
    spelled = _SPELLED_DAY.match(flat, time.end)
    if spelled is None:
        return time
    day = f"{time.value}-{_DAY_WORDS[spelled.group('day').casefold()]:02d}"
    return attrs.evolve(time, end=spelled.end(), text=flat[time.start : spelled.end()],
                        value=day, interval=(day, day))  # fmt: skip


class _Dated:
    """The dated time expressions of a text, in order, for the events' clauses."""

    def __init__(
        self, times: Sequence[TimeExpression], flat: str, published: str | None = None
    ) -> None:
        self.flat = flat
        dated = [
            _to_day(_with_spelled_day(t, flat))
            for t in times
            if t.type in ("DATE", "TIME") and not t.value.endswith("_REF")
        ]  # "now", "recently": no time of the event's own
        self.times = sorted(
            [*dated, *_spelled_days(flat, published, times)], key=lambda t: (t.start, t.end)
        )
        self.starts = [t.start for t in self.times]
        # "has been chairman for 12 years": a tenure's length, its only time.
        self.durations = sorted(
            (t for t in times if t.type == "DURATION" and t.value.startswith("P")),
            key=lambda t: (t.start, t.end),
        )
        self.duration_starts = [t.start for t in self.durations]

    def of(self, draft: _Draft, since: int, limit: int) -> TimeExpression | None:
        """The clause's time: the first dated expression after the cue, else one before it.

        After the cue only up to ``limit``, where the next cue opens another clause ("will
        continue as chairman until he retires in June 1988": June is the retirement's); before
        it only after ``since``, where the cue before closed its own, and after the person: a
        dateline's date ("BRUSSELS, Feb 26 -") opens the sentence but dates the report.
        """
        a, b = draft.sentence
        stop = min(b, limit)
        if _RELATIVE_OPENS.match(self.flat, draft.person.end, draft.cue[0]):
            # "X, who will remain on the board, has agreed to sell ... in the next year": the
            # relative clause closes at its comma, and its time stands before that.
            comma = self.flat.find(",", draft.cue[1], stop)
            stop = comma if comma >= 0 else stop
        if draft.type == "office.hold" and _APPOSITION.fullmatch(
            self.flat, draft.person.end, draft.cue[0]
        ):
            # "X, formerly a vice president of Acme, was appointed last week": the apposition
            # closes at its comma; the time after it is the main clause's.
            after = draft.office.end if draft.office is not None else draft.cue[1]
            comma = self.flat.find(",", max(after, draft.cue[1]), stop)
            stop = comma if comma >= 0 else stop
        who = _WHO_CLAUSE.search(self.flat, draft.cue[1], stop)
        if who is not None and who.start() != draft.person.end:
            stop = who.start()
        other = _OTHER_CLAUSE.search(self.flat, draft.cue[1], stop)
        if other is not None:
            # "His resignation, which Reagan accepted, is effective on March 20": the time the
            # clause's own verb gives after the relative clause, when it is "effective".
            effect = _EFFECTIVE_LATER.search(self.flat, other.end(), stop)
            if effect is not None:
                index = bisect.bisect_left(self.starts, effect.end())
                if index < len(self.times) and self.times[index].end <= stop:
                    later = self.times[index]
                    if not self.flat[effect.end() : later.start].strip(" on"):
                        return later
            stop = other.start()
        index = bisect.bisect_left(self.starts, draft.cue[1])
        if index < len(self.times) and self.times[index].end <= stop:
            time = self.times[index]
            reported = _REPORTED_BEFORE.search(self.flat, max(a, time.start - 40), time.start)
            if draft.type != "office.hold" and _SINCE_BEFORE.search(self.flat, a, time.start):
                # "succeeding Y, who served in that post since 1972": the start of a tenure
                # the clause describes, never the time of a change.
                return None
            if reported is not None:
                return self._past_attribution(index, stop)
            return time
        closing = self._closing_effective(draft)
        if closing is not None:
            return closing
        if draft.type == "office.hold":
            length = self._length_after(draft.cue[1], stop)
            if length is not None:
                return length
        if since > draft.person.end:
            return None  # another cue stands between: "X, who was named ... in 1985, resigned"
        effective = self._effective_before(draft, a) or self._fronted(draft, a)
        if effective is not None:
            return effective
        floor = max(a, draft.person.end)
        index = bisect.bisect_right(self.starts, draft.cue[0]) - 1
        while index >= 0 and self.times[index].start >= floor:
            time = self.times[index]
            if time.end <= draft.cue[0]:
                # Not a time an apposition or relative clause closed by a comma before the cue
                # holds: "X, who has served there since 1970, will succeed Y".
                return None if "," in self.flat[time.end : draft.cue[0]] else time
            index -= 1
        return None

    def _closing_effective(self, draft: _Draft) -> TimeExpression | None:
        """The date after "effective" that closes the sentence, for every change told in it.

        "X will retire as chairman but remain a director, effective May 1": the date the
        sentence's changes take effect, though the next cue closed this one's clause.
        """
        a, b = draft.sentence
        index = bisect.bisect_left(self.starts, draft.cue[1])
        while index < len(self.times) and self.times[index].end <= b:
            time = self.times[index]
            index += 1
            if not _CLOSING_EFFECTIVE.search(self.flat, max(a, time.start - 30), time.start):
                continue
            # Only one person's clauses: a name between ("X resigned and secretary Y has
            # resigned, effective May 1") opens another's change, which the date is of.
            after = max(draft.cue[1], draft.office.end if draft.office is not None else 0)
            if _CAPITAL.search(self.flat, after, time.start):
                return None
            if not self.flat[time.end : b].strip(" \t\n.;\"'”’"):
                return time
        return None

    def _past_attribution(self, reported: int, stop: int) -> TimeExpression | None:
        """The time after an attribution inside the clause, the report's own time passed.

        "extended the term of X, Y said on Wednesday, keeping her in office until 2028": the
        clause goes on after the attribution's comma, and its time is 2028.
        """
        after = reported + 1
        if after == len(self.times) or self.times[after].end > stop:
            return None
        if not self.flat[self.times[reported].end : self.times[after].start].startswith(","):
            return None
        return self.times[after]

    def _length_after(self, cue_end: int, stop: int) -> TimeExpression | None:
        """The duration a tenure is stated to have lasted, after its cue and "for".

        "has served as chairman for the past two years", "has been prime minister for a record
        of three years": the first duration of the clause, right after "for" and a few words.
        """
        index = bisect.bisect_left(self.duration_starts, cue_end)
        if index == len(self.durations) or self.durations[index].end > stop:
            return None
        length = self.durations[index]
        if _BARE_LENGTH.match(length.text):
            return length  # "was vice president the past two years": a length without "for"
        return length if _FOR_BEFORE.search(self.flat, cue_end, length.start) else None

    def _fronted(self, draft: _Draft, sentence_start: int) -> TimeExpression | None:
        """The time that opens the sentence, a comma between it and the person.

        "Last Tuesday, John Smith resigned", "On Monday, Acme named X president": a fronted
        adverbial dates the clause after it (a dateline's date is followed by a dash instead).
        """
        index = bisect.bisect_right(self.starts, draft.person.start) - 1
        if index < 0 or self.times[index].start < sentence_start:
            return None
        time = self.times[index]
        opening = self.flat[sentence_start : time.start]
        between = self.flat[time.end : min(draft.person.start, draft.cue[0])]
        if _FRONTED_OPENING.fullmatch(opening) and _FRONTED_COMMA.match(between):
            return time
        return None

    def _effective_before(self, draft: _Draft, sentence_start: int) -> TimeExpression | None:
        """The time after "effective" before the person, in the sentence.

        "Effective April 1, X will become president": the date the change takes effect.
        """
        index = bisect.bisect_right(self.starts, draft.person.start) - 1
        while index >= 0 and self.times[index].start >= sentence_start:
            time = self.times[index]
            before = self.flat[max(sentence_start, time.start - 20) : time.start]
            if time.end <= draft.person.start and _EFFECTIVE_BEFORE.search(before):
                return time
            index -= 1
        return None
