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

from stoltlib import TextSpan, TimeExpression, TimeRef
from stoltlib_quotes.reported import GAP_EDGES, GAP_HEARERS, GAP_PREPOSITIONS

__all__ = ["SayingTimes"]

#: The kinds of time expression that date a statement (not a duration or a set).
SAYING_TYPES = frozenset({"DATE", "TIME"})

#: What may stand between a cue and the time of the saying, in this order, each at most once:
#: a hearer ("told reporters"), "late"/"early", a preposition ("on", "at", "in", "during"):
#: the words the reported-speech rules pass over between a cue and its content.
_GAP_SLOTS = (GAP_HEARERS, GAP_EDGES, GAP_PREPOSITIONS)


class SayingTimes:
    """A document's time expressions, for the time of each claim's saying."""

    def __init__(self, times: Sequence[TimeExpression]) -> None:
        self.times = sorted(times, key=lambda time: time.start)
        self.starts = [time.start for time in self.times]

    def of(self, cue: TextSpan | None, content: Sequence[TextSpan], text: str) -> TimeRef | None:
        """The time of the saying, from the expression right after the ``cue``, or ``None``.

        An expression inside the claim's ``content`` is part of what was said, not when.
        """
        if cue is None:
            return None
        index = bisect.bisect_left(self.starts, cue.end)
        if index >= len(self.times):
            return None
        time = self.times[index]
        if time.type not in SAYING_TYPES or any(
            piece.start <= time.start < piece.end for piece in content
        ):
            return None
        if not _only_gap_words(text[cue.end : time.start]):
            return None
        return TimeRef(time.value, time.start, time.end)


def _only_gap_words(between: str) -> bool:
    """Whether ``between`` holds only words of :data:`_GAP_SLOTS`, in their order."""
    words = between.casefold().split()
    slot = 0
    for word in words:
        while slot < len(_GAP_SLOTS) and word not in _GAP_SLOTS[slot]:
            slot += 1
        if slot == len(_GAP_SLOTS):
            return False
        slot += 1
    return not between or between[-1:].isspace()
