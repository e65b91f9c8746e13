"""Tenures stated by the structure of a clause rather than by a cue verb.

Each finder returns where the holder and the office stand; ``extract`` reads the office (the
positions lexicon) and the person (the mentions) there, as it does for a cue's roles.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

__all__ = ["Placed", "in_addition"]

#: "in addition to his duties as treasurer", "in addition to her present role as chairman":
#: the owner's current office beside the new post the clause names (a hold, by the gold
#: guidelines); the owner is the possessive, resolved by coreference.
IN_ADDITION = regex.compile(
    r"""\bin\s+addition\s+to\s+(?P<owner>his|her)\s+
    (?:(?:present|current|existing|other|continuing)\s+)?
    (?:duties|responsibilit(?:y|ies)|role|post|position|job|titles?)\s+(?:as|of)\s+""",
    regex.IGNORECASE | regex.VERBOSE,
)


@attrs.frozen
class Placed:
    """Where a structure puts its holder (``owner``, a span) and its office (``office_at``)."""

    owner: tuple[int, int]
    office_at: int
    evidence_start: int


def in_addition(flat: str) -> Iterator[Placed]:
    """The "in addition to his duties as X" phrases of ``flat``."""
    for match in IN_ADDITION.finditer(flat):
        yield Placed(match.span("owner"), match.end(), match.start())
