"""Organisations named by their kind: "the company said" after "Heller Pharma cut jobs".

A common noun of an organisation's kind after "the" ("the company", "the bank", "the ministry",
"the club") stands for the organisation of that kind the story named before it, when it named
only one; the kinds are the words of organisations' names ("Pharma", "Motors": a company;
"Rovers": a club), in ``organization_kinds.tsv``, whose name words also make a capitalised name
an organisation's (:mod:`stoltlib_people.lexicons`).
"""

from __future__ import annotations

import heapq
import operator
from collections.abc import Callable, Iterable, Iterator

import regex

from stoltlib import Mention
from stoltlib.lexicon_files import data_rows
from stoltlib.organizations import Organizations
from stoltlib_people.lexicons import ORGANIZATION_KINDS_FILE

__all__ = ["NAME_KINDS", "NOUN_KINDS", "organization_descriptions"]


def _name_kinds(rows: Iterable[list[str]]) -> dict[str, frozenset[str]]:
    """The kinds each word of an organisation's name makes it, from the data file's rows."""
    kinds: dict[str, frozenset[str]] = {}
    for word, kind, use in rows:
        if use in ("name", "head", "inner"):
            kinds[word] = kinds.get(word, frozenset()) | {kind}
    return kinds


_KIND_ROWS = list(data_rows(__package__, ORGANIZATION_KINDS_FILE))
#: The kind of organisation each word of an organisation's name makes it ("Motors": company).
NAME_KINDS = _name_kinds(_KIND_ROWS)
#: The kind of organisation each common noun stands for ("the bank": bank).
NOUN_KINDS = {row[0]: row[1] for row in _KIND_ROWS if row[2] == "noun"}

# A word of an organisation's name.
_NAME_WORD = regex.compile(r"[\p{L}\p{N}]+")

# "the company", "The bank": a determiner and a noun of an organisation's kind, as whole words.
_ORGANIZATION_NOUN = regex.compile(
    r"(?<![\p{L}\p{N}])[Tt]he[ \u00a0]{1,3}(?P<noun>"
    + "|".join(sorted(map(regex.escape, NOUN_KINDS), key=len, reverse=True))
    + r")(?![\p{L}\p{N}'’\-])"
)
# What after such a noun makes it no description of a named organisation: a name ("the company
# Heller Pharma" is the name's mention), "of" ("the bank of England"), a possessive.
_NOT_DESCRIPTION = regex.compile(r"[ \u00a0]{1,3}(?:\p{Lu}|of\b)|['’]s\b")


def _kinds(name: str) -> frozenset[str]:
    """The kinds of organisation a name's words make it."""
    kinds: frozenset[str] = frozenset()
    for word in _NAME_WORD.findall(name.casefold()):
        kinds = kinds | NAME_KINDS.get(word, frozenset())
    return kinds


def organization_descriptions(
    text: str,
    mentions: Iterable[Mention],
    skip: Callable[[int, int], object] | None = None,
    plugin: str | None = None,
) -> Iterator[Mention]:
    """``mentions`` (in text order) with an organisation mention for each "the company" etc.

    A noun of ``organization_kinds.tsv`` after "the" stands for the organisation of its kind
    named before it, when the text named one only; it is then an organisation mention with that
    organisation's name for its entity. Texts with no organisation mention are not scanned.
    """
    resolved = list(mentions)
    organizations = [m for m in resolved if m.kind == "organization" and m.entity]
    if not organizations:
        return iter(resolved)
    # Names of one organisation ("Halvorsen Foods", "Halvorsen Foods Inc") are one candidate,
    # grouped as the timeline groups them (case, articles and company suffixes aside).
    groups = Organizations({m.entity or "" for m in organizations})
    kinds = [
        (m.start, m.entity or "", groups.key(m.entity), _kinds(m.entity or ""))
        for m in organizations
    ]
    kinds.sort(key=operator.itemgetter(0))
    # The organisations of each kind named so far, one fullest name per group: the matches come
    # in text order, so each organisation mention is counted once as the scan passes it (looking
    # back over every earlier mention at each noun made long texts quadratic).
    seen: dict[str, dict[str, str]] = {}
    passed = 0
    extra: list[Mention] = []
    for match in _ORGANIZATION_NOUN.finditer(text, organizations[0].end):
        if _NOT_DESCRIPTION.match(text, match.end()) is not None:
            continue
        if skip is not None and skip(match.start(), match.end()) is not None:
            continue
        while passed < len(kinds) and kinds[passed][0] < match.start():
            _, name, group, of = kinds[passed]
            for kind_of in of:
                names = seen.setdefault(kind_of, {})
                best = names.get(group or name)
                # The first of the fullest names, as max() over them in text order would pick.
                if best is None or _fullness(name) > _fullness(best):
                    names[group or name] = name
            passed += 1
        named = seen.get(NOUN_KINDS[match.group("noun")], {})
        if len(named) == 1:
            extra.append(
                Mention(
                    kind="organization",
                    start=match.start(),
                    end=match.end(),
                    text=match.group(),
                    # The fullest of the names it was given ("Halvorsen Foods Inc"), one in
                    # mixed case before a heading's in capitals.
                    entity=next(iter(named.values())),
                    plugin=plugin,
                )
            )
    if not extra:
        return iter(resolved)
    return heapq.merge(resolved, extra, key=_START)


_START = operator.attrgetter("start")


def _fullness(name: str) -> tuple[bool, int]:
    """How fully a name names its organisation: in mixed case first, then the longer."""
    return not name.isupper(), len(name)
