"""The pieces of an office event being read: the person, the office and the draft event."""

from __future__ import annotations

import attrs

from stoltlib import Participant

# The types that take up an office.
_STARTS = frozenset({"office.start", "office.elect", "office.nominate"})


@attrs.frozen
class _Person:
    """A person standing in a role: the resolved name and the span it was read from."""

    name: str
    start: int
    end: int

    def participant(self) -> Participant:
        return Participant(self.name, self.start, self.end)


@attrs.frozen
class _Office:
    """An office read from the text: its canonical name, the organisation, where it ends."""

    position: str
    organization: str | None
    end: int


@attrs.define
class _Draft:
    """An event being read, before ids and links are given."""

    type: str
    person: _Person
    cue: tuple[int, int]
    sentence: tuple[int, int]
    office: _Office | None = None
    predecessor: _Person | None = None
    modality: str = "asserted"
    partner: _Draft | None = None  # the other half of a replacement
    #: A tenure stated as over ("previously served as", "former chairman"): it says nothing of
    #: the office the person holds now, so no other event takes its office from it.
    past: bool = False
    #: The other tellings of this change merged into it ("He replaces Y, who resigned in
    #: December": the resignation's cue dates Y's end).
    merged: list[_Draft] = attrs.field(factory=list)
    #: Where the evidence starts when the text states the event before its person and cue: a
    #: marked title's marker ("former Dutch Prime Minister X").
    evidence_start: int | None = None
    #: A second office the same statement gives ("president of X and executive vice president
    #: of Y"): its own event, not another telling of the first.
    also: str | None = None
    #: The modality is the clause's, not the person's own verb's: "replacing Y" in "X will
    #: take over, replacing Y, who resigned effective today" (Y's own "resigned" says more).
    borrowed: bool = False
    #: The one who took over, named without an event of their own ("Lowe's predecessor, Y":
    #: Lowe is Y's successor); a replacement's start (:attr:`partner`) names it otherwise.
    successor: _Person | None = None
