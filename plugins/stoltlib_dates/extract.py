"""Finding a document's time expressions: the scan that puts the rules together.

The text is scanned for trigger words (every expression holds a digit run, a month, a unit, a
reference word, ...: :attr:`Rules.trigger`); around each, the places an expression may begin
are tried leftmost first with the families that may begin there (:meth:`Rules.pattern_at`),
and the first match a reader accepts (:class:`Reader`) becomes a :class:`TimeExpression` with
its modifiers (:mod:`stoltlib_dates.modifiers`) and, for a calendar date, its interval.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import attrs
import regex

from stoltlib import TimeExpression
from stoltlib_dates import normalize as nz
from stoltlib_dates.anchor import parse_anchor
from stoltlib_dates.guards import is_name
from stoltlib_dates.modifiers import finish
from stoltlib_dates.patterns import Rules
from stoltlib_dates.read_dates import DateReaders
from stoltlib_dates.read_relative import RelativeReaders
from stoltlib_dates.read_spans import SpanReaders
from stoltlib_dates.reader import Found

__all__ = ["PLUGIN_NAME", "Reader", "find_times"]

#: Offsets of boilerplate to leave alone: ``skip(start, end)`` is not ``None`` inside it.
Skip = Callable[[int, int], object]


class Reader(DateReaders, RelativeReaders, SpanReaders):
    """Reads one document: every family's reader, over one text, rules and anchor."""


#: The name the plugin is registered under; facts carry it so the pipeline need not re-stamp
#: each one (it still does when the plugin is registered under another name).
PLUGIN_NAME = "dates"


def _with_interval(text: str, found: Found) -> TimeExpression:
    """``found`` as a :class:`TimeExpression`, with its interval when it is a calendar DATE."""
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
# What joins the parts of a compound duration: "two years and three months".
_AND = regex.compile(r"\s+and\s+")
# An anniversary: a distance back ("three years ago") and, right after it, the anchor's own day,
# week, month or year that says which part of that year it names ("today", "this month").
_AGO_END = regex.compile(r"(?i)\bago\Z")
_ANNIVERSARY_AFTER = regex.compile(
    r"(?i)[ \t]+(?:today|yesterday|tomorrow|this\s+(?:week|month|year))\Z"
)
# A year ("1995") or a month ("1995-08") the anniversary's day, week or month refines.
_YEAR_OR_MONTH = regex.compile(r"\d{4}(?:-[01]\d)?")
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


def _triggers(text: str, rules: Rules) -> list[int]:
    """Where the trigger words of ``text`` start, in text order."""
    lowered = " " + text.lower()
    if len(lowered) == len(text) + 1:
        # The pattern matches from the one character before the word, and the space put in
        # front shifts by one: a match's start is the word's offset in ``text``.
        return list(map(re.Match.start, rules.trigger.finditer(lowered)))
    return [found.start("t") for found in rules.trigger_any_case.finditer(text)]


def find_times(
    text: str, rules: Rules, published: str | None, skip: Skip | None = None
) -> Iterator[TimeExpression]:
    """Every time expression in ``text``, in text order, anchored on ``published``.

    ``published`` is the document creation time (an ISO date or datetime) or ``None``;
    ``skip(start, end)`` returns something true for stretches to leave alone (boilerplate).
    """
    return _compounds(text, _scan(text, rules, published, skip))


def _anniversary(text: str, held: TimeExpression, after: TimeExpression) -> str | None:
    """The value of "three years ago today" when ``held`` and ``after`` are its two parts.

    TimeML tags the pair as one expression (its guidelines' "three years ago today"): the
    year or month the distance reaches, refined by the day, week or month the second part
    names ("1995" and "1998-08-07" make ``1995-08-07``); ``None`` when they are no such pair.
    """
    # The plain string test first: this runs for every two expressions in a row.
    if held.text[-3:].lower() != "ago" or held.type != "DATE" or after.type != "DATE":
        return None
    if _YEAR_OR_MONTH.fullmatch(held.value) is None or _AGO_END.search(held.text) is None:
        return None
    if not _ANNIVERSARY_AFTER.fullmatch(text[held.end : after.end]):
        return None
    value = held.value + after.value[len(held.value) :]
    if len(after.value) <= len(held.value) or nz.interval(value) is None:
        return None  # "a year ago this year" refines nothing; February 29 a year back is none
    return value


def _compounds(text: str, expressions: Iterator[TimeExpression]) -> Iterator[TimeExpression]:
    """``expressions`` with the pairs TimeML tags as one joined ("two years and three months").

    TimeML tags a compound duration as one expression of one value (``P2Y3M``), and a distance
    back with the anchor's part that dates it ("three years ago today") as one date; the scan
    finds their parts one by one.
    """
    held: TimeExpression | None = None
    for expression in expressions:
        if (
            held is not None
            and expression.type == held.type == "DURATION"
            and expression.mod is None
            and _AND.fullmatch(text, held.end, expression.start)
            and (value := nz.compound_duration(held.value, expression.value)) is not None
        ):
            held = attrs.evolve(
                held, end=expression.end, text=text[held.start : expression.end], value=value
            )
            continue
        if held is not None and (value := _anniversary(text, held, expression)) is not None:
            held = attrs.evolve(
                held,
                end=expression.end,
                text=text[held.start : expression.end],
                value=value,
                interval=nz.interval(value),
            )
            continue
        if held is not None:
            yield held
        held = expression
    if held is not None:
        yield held


def _scan(
    text: str, rules: Rules, published: str | None, skip: Skip | None
) -> Iterator[TimeExpression]:
    """The expressions the trigger scan finds, each part of a compound duration alone."""
    reader = Reader(text, rules, parse_anchor(published))
    position = 0
    pattern_at = rules.pattern_at
    for at in _triggers(text, rules):
        if at < position:
            continue
        for start in _candidates(text, rules, position, at):
            word = _FIRST_WORD.match(text, start)
            first = word.group() if word else text[start]
            if len(first) == 3 and first.lower() == "the":
                match = rules.match_at_the(text, start)  # the families the next word allows
            elif (pattern := pattern_at(first)) is rules.master:
                match = rules.match_at_modifier(text, start, first)  # "at least", "about"
            elif pattern is not None:
                match = pattern.match(text, start)
            else:
                match = rules.match_other(text, start, first)  # those the word may begin
            if match is None or match.end() <= at:
                continue
            found = reader.read(match)
            if found is None:
                continue
            found = finish(reader, match, found)
            reader.note(found)
            position = max(match.end(), found.end)
            if skip is not None and skip(found.start, found.end):
                break
            if not is_name(text, found.start, found.end, rules.proper_words):
                yield _with_interval(text, found)
                if (last := reader.range_end(match, found)) is not None:
                    reader.note(last)
                    yield _with_interval(text, last)  # "Aug. 7-8": the range's last day
            break
