"""Tenures stated by the structure of a clause rather than by a cue verb.

Each finder returns where the holder and the office stand; ``extract`` reads the office (the
positions lexicon) and the person (the mentions) there, as it does for a cue's roles.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

__all__ = ["Placed", "Relation", "in_addition", "relations"]

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


#: A successor or predecessor named in apposition to a noun of relation: "his successor, X",
#: "Smith's predecessor Y", "Smith successor X" (a headline's style); the owner is the other
#: half of the succession. A hedge before the noun ("likely successor") makes it possible.
RELATION = regex.compile(
    r"""(?<![\w\-])(?P<owner>(?i:his|her)|\p{Lu}[\p{L}'’\-]*\p{Ll}(?:['’]s)?)\s+
    (?:(?P<hedge>(?i:likely|possible|probable|eventual|potential))\s+)?
    (?:(?i:new|chosen|designated|named|elected)\s+)?
    (?P<noun>(?i:successor|predecessor))(?:,\s*|\s+)(?=\p{Lu})""",
    regex.VERBOSE,
)


@attrs.frozen
class Relation:
    """A noun of relation and where its owner and the person named after it stand."""

    owner: tuple[int, int]
    noun: str
    hedged: bool
    person_at: int
    evidence_start: int


def relations(flat: str) -> Iterator[Relation]:
    """The "his successor, X" and "Y's predecessor X" phrases of ``flat``."""
    if "cessor" not in flat.lower():
        # Most stories have neither noun: the pattern, which opens with a look-behind and a
        # choice of owners, would be tried at every position of the text.
        return
    for match in RELATION.finditer(flat):
        owner = match.span("owner")
        if flat[owner[1] - 2 : owner[1]] in ("'s", "’s"):
            owner = (owner[0], owner[1] - 2)
        yield Relation(
            owner,
            match.group("noun").casefold(),
            match.group("hedge") is not None,
            match.end(),
            match.start(),
        )
