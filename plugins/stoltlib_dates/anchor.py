"""Placing relative expressions against the document creation time (the anchor).

A bare weekday, month, month and day, season or quarter names a time that recurs; which
occurrence the text means follows the tense of its clause (past tense: the last one at or
before the anchor; future: the next one at or after it), and then the nearest-date rule (the
occurrence closest to the anchor, the anchor's own year winning ties). The anchor is always the
caller's or the text's publication date: nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

import attrs
import regex

from stoltlib_dates.lexicons import trie

__all__ = [
    "FUTURE",
    "PAST",
    "TENSE_REACH_DAYS",
    "Direction",
    "TenseCues",
    "compile_cues",
    "nearest_year",
    "parse_anchor",
    "tense",
    "weekday_near",
]

PAST = "past"
FUTURE = "future"
#: Which way from the anchor an expression points: ``PAST``, ``FUTURE`` or ``None`` (unknown).
Direction = str | None

# Where a clause ends: sentence punctuation, a semicolon, a blank line. A clause longer than
# the window is cut there: tense cues far away say nothing about the expression.
_CLAUSE_END = regex.compile(r"[.!?;](?=\s|$)|\n\s*\n")
_WINDOW = 120

#: The tense a cue word gives (the values of the ``date_tense_cues`` lexicon).
PAST_CUE, FUTURE_CUE, NOT_A_CUE = "past", "future", "none"


@attrs.frozen
class TenseCues:
    """The tense cues of the ``date_tense_cues`` lexicon, compiled for :func:`tense`."""

    #: Finds a cue: group ``future`` or ``past`` (a listed past form or a regular "-ed" word).
    pattern: regex.Pattern[str]
    #: "-ed" words that are no past verbs ("need", "hundred"), case folded.
    not_past: frozenset[str]


def _apostrophes(phrases: Iterable[str]) -> set[str]:
    """``phrases`` with each straight apostrophe also written curly ("won't", "won’t")."""
    return {form for phrase in phrases for form in (phrase, phrase.replace("'", "’"))}


def compile_cues(cues: Mapping[str, str]) -> TenseCues:
    """Compile a cue table (folded phrase -> "past", "future" or "none") for :func:`tense`."""
    future = _apostrophes(phrase for phrase, kind in cues.items() if kind == FUTURE_CUE)
    past = _apostrophes(phrase for phrase, kind in cues.items() if kind == PAST_CUE)
    pattern = regex.compile(
        rf"""
        (?<![\p{{L}}'’])(?:
            (?P<future>(?i:{trie(future) or "(?!)"}))
          | (?P<past>(?i:{trie(past) or "(?!)"})
                     |\p{{Ll}}{{2,}}ed)          # a regular past form, lower case: not "United"
        )(?![\p{{L}}])
        """,
        regex.VERBOSE,
    )
    not_past = frozenset(phrase for phrase, kind in cues.items() if kind == NOT_A_CUE)
    return TenseCues(pattern, not_past)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``start..end``, at most ``_WINDOW`` characters either side."""
    low = max(0, start - _WINDOW)
    left = low
    for match in _CLAUSE_END.finditer(text, low, start):
        left = match.end()
    high = min(len(text), end + _WINDOW)
    right_match = _CLAUSE_END.search(text, end, high)
    right = right_match.start() if right_match else high
    return left, right


def tense(text: str, start: int, end: int, cues: TenseCues) -> Direction:
    """The direction the clause around ``start..end`` points: past, future or unknown.

    The cue nearest the expression decides: in "He said the talks will resume on Monday" the
    "will" is nearer than "said".
    """
    left, right = _clause(text, start, end)
    best: tuple[int, str] | None = None
    for match in cues.pattern.finditer(text, left, right):
        if start <= match.start() < end:
            continue  # a cue inside the expression ("last Friday") is not the clause's tense
        if match["past"] and match["past"].casefold() in cues.not_past:
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        kind = FUTURE if match["future"] else PAST
        if best is None or distance < best[0]:
            best = (distance, kind)
    return best[1] if best else None


def parse_anchor(published: str | None) -> dt.date | None:
    """The anchor day of a document creation time (an ISO date or datetime), or ``None``."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def weekday_near(anchor: dt.date, weekday: int, direction: Direction) -> dt.date:
    """The day with ISO ``weekday`` the text means, seen from ``anchor``.

    Past: the last such day at or before the anchor; future: the next at or after it; unknown:
    the nearest one (the past one on a tie: news reports more than it announces).
    """
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if direction == PAST:
        return anchor - dt.timedelta(days=back)
    if direction == FUTURE:
        return anchor + dt.timedelta(days=ahead)
    if back <= ahead:
        return anchor - dt.timedelta(days=back)
    return anchor + dt.timedelta(days=ahead)


#: How far (in days) from the anchor the occurrence a clause's tense points to may lie: a
#: month or date named without its year is rarely more than about eight months from the time
#: of writing, so a tense cue pointing further away (a past-tense verb about a coming December)
#: gives way to the nearest occurrence.
TENSE_REACH_DAYS = 240


def _gap(anchor: dt.date, first: dt.date, last: dt.date) -> int:
    """Days between the anchor and an occurrence (0 when the anchor lies inside it)."""
    if first <= anchor <= last:
        return 0
    return min(abs((first - anchor).days), abs((last - anchor).days))


def nearest_year(
    anchor: dt.date,
    bounds: Callable[[int], tuple[dt.date, dt.date] | None],
    direction: Direction,
) -> int | None:
    """The year whose occurrence of a recurring time the text means.

    ``bounds(year)`` gives the first and last day of the occurrence in ``year`` (``None`` when
    there is none, such as February 29 in most years). With a direction, the latest occurrence
    that has begun by the anchor (past) or the earliest that has not ended before it (future),
    as long as it lies within :data:`TENSE_REACH_DAYS` of the anchor; otherwise, and without a
    direction, the occurrence nearest the anchor, the anchor's own year winning a tie.
    """
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            found = bounds(year)
        except (ValueError, OverflowError):
            found = None
        if found is not None:
            candidates.append((year, found[0], found[1]))
    if not candidates:
        return None
    chosen = None
    if direction == PAST:
        begun = [item for item in candidates if item[1] <= anchor]
        chosen = max(begun) if begun else None
    elif direction == FUTURE:
        pending = [item for item in candidates if item[2] >= anchor]
        chosen = min(pending) if pending else None
    if chosen is not None and _gap(anchor, chosen[1], chosen[2]) <= TENSE_REACH_DAYS:
        return chosen[0]
    return min(
        candidates, key=lambda item: (_gap(anchor, item[1], item[2]), abs(item[0] - anchor.year))
    )[0]
