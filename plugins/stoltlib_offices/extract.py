"""Office-holder events from a document's text and the mentions, times and claims found in it.

A cue ("was named", "resigned as", "will succeed", "took over as", "previously served as")
opens an event; its frame (see ``data/office_cues.tsv``) says where the person, the office and
the one replaced stand. The person is a person mention of the mentions stage (with the entity
coreference gave it) or a name read here; the office is read from the positions lexicon right
after the cue (or before it, in a title); its organisation after "of"/"at" or before the title;
the time is the clause's time expression; the modality comes from the words between the person
and the cue ("will", "may", "is expected to", "not"). A title before a name ("NATO Secretary
General Jens Stoltenberg", "former Dutch Prime Minister Mark Rutte") states a tenure too.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from stoltlib import Claim, Event, Mention, TimeExpression
from stoltlib_offices.clauses import _clauses
from stoltlib_offices.cues import _cue_matches
from stoltlib_offices.drafting import _Context
from stoltlib_offices.drafts import _Draft
from stoltlib_offices.events import _events
from stoltlib_offices.headlines import _headline_drafts
from stoltlib_offices.lexicons import Lexicons
from stoltlib_offices.limits import REACH
from stoltlib_offices.people import _people

__all__ = ["find_events"]


def find_events(
    text: str,
    lexicons: Lexicons,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    claims: Sequence[Claim] = (),
    *,
    published: str | None = None,
    skip: Callable[[int, int], object] | None = None,
    plugin: str | None = None,
) -> list[Event]:
    """The office-holder events of ``text`` (see the module docstring), in text order.

    ``published`` is the document creation time (an ISO date): an event dated after it is
    announced, not done. ``skip(start, end)`` tells whether a stretch is boilerplate (an event
    there is not this article's); ``plugin`` is recorded on each event.
    """
    if lexicons.cue_pattern is None and lexicons.position_pattern is None:
        return []
    flat, bounds = _clauses(text)
    starts = [a for a, _ in bounds]
    people = _people(flat, mentions, lexicons)
    context = _Context(flat, lexicons, people, mentions, starts)
    drafts: list[_Draft] = []
    by_sentence: dict[int, list[_Draft]] = {}  # the drafts of each sentence, by its start
    if lexicons.cue_pattern is not None:
        for match in _cue_matches(flat, lexicons):
            cue = lexicons.cue(match.group())
            if cue is None or (skip is not None and skip(match.start(), match.end())):
                continue
            index = bisect.bisect_right(starts, match.start()) - 1
            if index < 0 or bounds[index][1] < match.end():
                continue
            # The rules read the sentence around the cue only so far: a sentence may be a
            # whole text without a full stop, and each cue reading all of it was quadratic.
            a, b = bounds[index]
            window = (max(a, match.start() - REACH), min(b, match.end() + REACH))
            earlier = by_sentence.setdefault(a, [])
            found = context.read_cue(cue, match.span(), window, earlier)
            earlier.extend(found)
            drafts.extend(found)
    drafts.extend(context.titled_tenures(drafts, skip))
    drafts.extend(_headline_drafts(flat, lexicons, people, mentions, skip))
    return _events(drafts, flat, times, claims, published, plugin)
