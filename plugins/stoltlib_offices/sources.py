"""The speaker of the claim an event is told in."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from stoltlib import Claim, Participant
from stoltlib_offices.drafts import _Draft


class _Sources:
    """The claims' content spans, in order, to find the claim an event is reported in."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.parts = sorted(
            (
                (part.start, part.end, claim.speaker)
                for claim in claims
                if claim.speaker is not None
                for part in claim.content
            ),
            key=lambda part: (part[0], part[1]),  # by span only: speakers do not compare
        )
        self.starts = [start for start, _, _ in self.parts]

    def of(self, draft: _Draft) -> Participant | None:
        """The speaker of the claim whose content holds the event's cue: a reported event."""
        start, end = draft.cue
        index = bisect.bisect_right(self.starts, start) - 1
        # Content spans seldom nest: the few that start last before the cue are the ones.
        for part_start, part_end, speaker in reversed(self.parts[max(0, index - 8) : index + 1]):
            if part_start <= start and end <= part_end and speaker is not None:
                # One spacing for a name read from the text: "media\nreports".
                name = " ".join((speaker.entity or speaker.text).split())
                if name and name != draft.person.name:
                    return Participant(name, speaker.start, speaker.end)
                return None
        return None
