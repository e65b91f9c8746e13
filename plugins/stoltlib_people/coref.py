"""In-document coreference: which person a surname, a pronoun or a description stands for.

Entities are built from the full names the text gives ("Jens Stoltenberg"); a later (or, in a
headline, earlier) surname alone joins the entity it names. A pronoun is resolved to the person
last named that fits it: of the right gender where the text shows one (an honorific, a gendered
role noun, a common given name, or a pronoun already resolved to that person), a subject of the
sentence before it over an object, the nearer over the farther, within a few paragraphs. A
description ("the minister", "the secretary general", "the alliance chief") is resolved to the
person last named with a role of that title or of its group.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Sequence

import attrs
import regex

from stoltlib.lexicon_files import data_rows
from stoltlib_people.lone_words import DEMONYMS, PLACES

__all__ = ["Entity", "History", "Referent", "portfolio"]

#: How far back (characters) a pronoun looks for the person it stands for.
PRONOUN_REACH = 1500
#: How far back a description looks for a person with its title.
DESCRIPTION_REACH = 20000


@attrs.define
class Entity:
    """A person of the document, as the rules learn about them (mutable while resolving)."""

    name: str
    words: tuple[str, ...]
    gender: str | None = None
    role: str | None = None
    #: Title groups and title words of every role stated for the person.
    groups: set[str] = attrs.field(factory=set)
    titles: set[str] = attrs.field(factory=set)
    #: The capitalised words of every role stated for the person (see :func:`portfolio`).
    portfolio: set[str] = attrs.field(factory=set)

    @property
    def surname(self) -> str:
        """The last word of the name, case folded."""
        return self.words[-1]

    def learn(
        self, gender: str | None, role: str | None, title: str | None, group: str | None
    ) -> None:
        """Record what a mention states: a gender, a role and its title."""
        if gender and self.gender is None:
            self.gender = gender
        if role:
            self.portfolio.update(portfolio(role))
        if role and not self.role:
            self.role = role  # the first role stated is kept: a later one is often shorter
        if title:
            self.titles.add(title)
            self.titles.update(title.split(" "))
        if group:
            self.groups.add(group)


@attrs.define
class Referent:
    """A resolved mention in the history: where it was, whom it names, whether a subject.

    ``head`` is where the mention's phrase starts and ``end`` where the mention ends; whether
    it is a subject (``subject``) is settled from them when a pronoun first asks (``None``
    until then): most mentions are never asked about.
    """

    start: int
    entity: Entity
    head: int
    end: int
    subject: bool | None = None


class History:
    """The persons named so far, in text order, for resolving what comes after them.

    ``is_subject`` tells whether a mention whose phrase runs between two offsets is a subject,
    ``same_clause`` whether two offsets are in one clause (no clause boundary between them).
    """

    def __init__(
        self, is_subject: Callable[[int, int], bool], same_clause: Callable[[int, int], bool]
    ) -> None:
        self.items: list[Referent] = []
        self.is_subject = is_subject
        self.same_clause = same_clause

    def add(self, start: int, entity: Entity, head: int, end: int) -> None:
        """Record a mention of ``entity`` at ``start:end`` whose phrase starts at ``head``."""
        self.items.append(Referent(start, entity, head, end))

    def _subject(self, item: Referent) -> bool:
        """Whether ``item`` is a subject (settled once)."""
        if item.subject is None:
            item.subject = self.is_subject(item.head, item.end)
        return item.subject

    def pronoun(
        self, start: int, gender: str, sentence_start: int, case: str = "subject", own: int = -1
    ) -> Entity | None:
        """The person a pronoun at ``start`` most likely stands for, or ``None``.

        Candidates are the persons named within :data:`PRONOUN_REACH` characters before it whose
        gender is unknown or ``gender``. The nearest subject named since ``sentence_start`` (the
        start of the sentence before the pronoun's) wins; then the nearest person known to be
        of the pronoun's gender; then the nearest of unknown gender. An object pronoun ("him")
        does not stand for the subject of its own sentence (``own``: where that sentence
        starts), which English would name with a reflexive ("himself"): the nearest subject
        before it, when no clause boundary stands between them ("X said Y told him": not Y;
        "X was removed, and Z sued him": X).
        """
        candidates: list[Referent] = []
        for item in reversed(self.items):
            if item.start >= start:
                continue
            if start - item.start > PRONOUN_REACH:
                break
            if item.entity.gender in (None, gender):
                candidates.append(item)
        if case == "object" and own >= 0:
            subject = next((c for c in candidates if c.start >= own and self._subject(c)), None)
            if subject is not None and not self.same_clause(subject.end, start):
                subject = None
            candidates = [
                c for c in candidates if subject is None or c.entity is not subject.entity
            ]
        if not candidates:
            return None
        subjects = [c for c in candidates if c.start >= sentence_start and self._subject(c)]
        for item in subjects:
            if item.entity.gender == gender:
                return item.entity
        if subjects:
            return subjects[0].entity
        for item in candidates:
            if item.entity.gender == gender:
                return item.entity
        return candidates[0].entity

    def alone(self, start: int, gender: str) -> bool:
        """Whether one person only of those named shortly before ``start`` may be of ``gender``.

        Shortly: within :data:`PRONOUN_REACH`; may be: of unknown gender, or of that one.
        """
        found: Entity | None = None
        for item in reversed(self.items):  # in text order: the nearest first
            if item.start >= start:
                continue
            if start - item.start > PRONOUN_REACH:
                break
            entity = item.entity
            if entity is not found and entity.gender in (None, gender):
                if found is not None:
                    return False  # a second person: no need to look further
                found = entity
        return found is not None

    def description(
        self, start: int, title: str, group: str, words: frozenset[str] = frozenset()
    ) -> Entity | None:
        """The person last named with a role of ``title`` (or of its ``group``), or ``None``.

        ``words`` are the description's capitalised words (:func:`portfolio`): past the
        title's own, a person with that title whose roles have others but none of them holds
        another office ("Treasury Secretary" is not the "Commerce Secretary" or the "Secretary
        of State"); past such a person, none of the title's group is looked for either. A person
        of the group only is not held to them: the description then names the office in other
        words ("the Maronite Christian leader", "President").
        """
        parts = title.split(" ")
        several = len(parts) > 1  # a one-word title's words are the title
        own = words.difference(parts)
        other = False  # whether a person of the title but of another office was passed over
        for item in reversed(self.items):  # in text order: the nearest first
            if item.start >= start:
                continue
            if start - item.start > DESCRIPTION_REACH:
                break
            titles = item.entity.titles
            if title in titles or (several and all(word in titles for word in parts)):
                if _same_office(own, item.entity, parts):
                    return item.entity
                other = True
        if other:
            return None  # the holder of another office of the title named: this one is not
        for item in reversed(self.items):
            if item.start >= start:
                continue
            if start - item.start > DESCRIPTION_REACH:
                break
            if group in item.entity.groups:
                return item.entity
        return None


def _same_office(own: frozenset[str], entity: Entity, title: Sequence[str]) -> bool:
    """Whether a description's words past its title (``own``) may name ``entity``'s office.

    They may when either side has no such words, or when the two share one ("U.S. Treasury
    Secretary" and "Treasury Secretary James Baker").
    """
    if not own:
        return True
    theirs = entity.portfolio.difference(title)
    return not theirs or any(_alike(a, b) for a in own for b in theirs)


#: A word that starts another word of a portfolio is short for it from this length ("Fed").
SHORT_WORD = 3


def _alike(one: str, other: str) -> bool:
    """Whether two portfolio words are one, or one is short for the other ("fed", "federal")."""
    short, long = (one, other) if len(one) <= len(other) else (other, one)
    return short == long or (len(short) >= SHORT_WORD and long.startswith(short))


# The capitalised words of a role or description ("Treasury", "U.S.", "Kuwait" of "Kuwait's").
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}.]*")
#: Words before a role of when or how it is held ("Former", "Acting"): no office's.
TENURE_MODIFIERS = frozenset(
    row[0].casefold() for row in data_rows(__package__, "tenure_modifiers.tsv")
)
# Capitalised words that name no office: a sentence's first word, a determiner (function words,
# kept here), a modifier of tenure; and nationalities (a country's initials among them: "U.S.")
# and places, which a role and a description of one person may state or not ("Lebanese
# President", "the Maronite Christian leader").
_NO_OFFICE = frozenset({"the", "this", "that", "a", "an"}) | TENURE_MODIFIERS | DEMONYMS | PLACES


def portfolio(role: str) -> frozenset[str]:
    """The capitalised words of a role, folded: those that may say which office it is.

    "Commerce Secretary" gives commerce and secretary, "the current Secretary-General of NATO"
    secretary, general and nato; a lower-case word ("the alliance chief"), a nationality and a
    place ("Russian", "Kuwait's") are none.
    """
    return frozenset(
        word
        for word in (m.group().casefold().rstrip(".") for m in _CAPITALISED.finditer(role))
        if word not in _NO_OFFICE
    )


def pick_entity(candidates: Sequence[tuple[int, Entity]], start: int) -> Entity | None:
    """Of entities named at the given offsets, the last one before ``start``, else the first.

    ``candidates`` are in order of their offsets.
    """
    index = bisect.bisect_right(candidates, start, key=_offset)
    if index:
        return candidates[index - 1][1]
    return candidates[0][1] if candidates else None


def of_gender(candidates: Sequence[tuple[int, Entity]], start: int, gender: str) -> Entity | None:
    """Of entities named at the given offsets, the last one of ``gender`` before ``start``.

    ``candidates`` are in order of their offsets; ``None`` when none before is of that gender.
    """
    index = bisect.bisect_right(candidates, start, key=_offset)
    for _, entity in reversed(candidates[:index]):
        if entity.gender == gender:
            return entity
    return None


_offset = operator.itemgetter(0)
