"""When a claim was made: the time expression its cue governs ("said on Tuesday").

Wire copy dates nearly every statement by the verb that reports it: "Acme said on Tuesday it
...", "the minister told reporters late on Friday that ...", "..., officials said on Monday."
The dates stage has already found and normalised those expressions; a claim takes the one
standing right after its cue, with nothing between them but an optional hearer and a
preposition. Other times in the sentence belong to what was said ("said the vote would be
held in March"), not to the saying, and are left alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from stoltlib import TextSpan, TimeExpression, TimeRef

__all__ = ["claim_time"]

#: What may stand between a cue and the time of the saying: a hearer of a word or two
#: ("told reporters"), "late"/"early", and one preposition ("on", "at", "in", "during").
CUE_TO_TIME = regex.compile(
    r"""
    \s*
    (?:(?:him|her|them|us|me|you|reporters|journalists|analysts|investors|lawmakers
        |parliament|congress|delegates|shareholders|supporters|voters)\s+)?   # the hearer
    (?:(?:late|early|earlier|later)\s+)?                                       # "late on"
    (?:(?:on|at|in|during|over)\s+)?                                           # "on Tuesday"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: The kinds of time expression that date a statement (not a duration or a set).
SAYING_TYPES = frozenset({"DATE", "TIME"})


def claim_time(
    cue: TextSpan | None,
    content: Sequence[TextSpan],
    text: str,
    times: Sequence[TimeExpression],
) -> TimeRef | None:
    """The time of the saying, from the expression right after the ``cue``, or ``None``.

    ``times`` are the document's time expressions sorted by start. An expression inside the
    claim's ``content`` is part of what was said, not when.
    """
    if cue is None or not times:
        return None
    cue_end = cue.end
    index = bisect.bisect_left([time.start for time in times], cue_end)
    if index >= len(times):
        return None
    time = times[index]
    if time.type not in SAYING_TYPES or any(
        piece.start <= time.start < piece.end for piece in content
    ):
        return None
    gap = CUE_TO_TIME.fullmatch(text, cue_end, time.start)
    if gap is None:
        return None
    return TimeRef(time.value, time.start, time.end)
