"""Titles and the organisations written before them ("NATO Secretary General")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from stoltlib_offices.lexicons import Lexicons
from stoltlib_offices.limits import MAX_ORG_PREFIX_WORDS
from stoltlib_offices.patterns import ORG_NAME, ORG_PREFIX
from stoltlib_offices.roles import split_title
from stoltlib_offices.words import _SENTENCE_OPENERS

# Legal suffixes whose full stop may close a sentence too ("... of Acme Corp. He succeeds").
_LEGAL_SUFFIXES = frozenset({"corp", "inc", "co", "ltd", "plc", "llc", "cos", "bros", "ag", "sa"})


def _org_prefixes(text: str, start: int, stop: int) -> Iterator[regex.Match[str]]:
    """The runs of one to four capitalised words at ``start``, shortest first (see ORG_PREFIX)."""
    for words in range(1, MAX_ORG_PREFIX_WORDS + 1):
        match = ORG_PREFIX[words - 1].match(text, start, stop)
        if match is None:
            return
        yield match


def _before_a_break(words: list[str]) -> list[str]:
    """An organisation's words up to a sentence break the core's reader did not see.

    "of Western Union Corp. Last year, ...": a legal suffix's full stop before a capitalised
    word, or any full stop before a word that opens sentences ("He", "The"), ends the name.
    """
    for index, word in enumerate(words[:-1]):
        if not word.endswith("."):
            continue
        following = words[index + 1]
        if word[:-1].casefold() in _LEGAL_SUFFIXES or following in _SENTENCE_OPENERS:
            return words[: index + 1]
    return words


def _mixed_case(text: str) -> bool:
    """Whether a name is written in mixed case, not shouted ("Olin Corp", not "OLN")."""
    return any(char.islower() for char in text)


def _title_parts(role: str, position: str, lexicons: Lexicons) -> tuple[str, str | None]:
    """The position and organisation of the title ``role`` writes before ``position``.

    "Deputy Oil Minister", "Brazilian Planning Minister" (see ``roles``), "NATO Secretary
    General".
    """
    words = [w for w in role.replace("’", "'").split() if w[:1].isupper()]
    political = lexicons.kinds.get(position) == "political"
    position, words = split_title(words, position, political)
    return position, _organization_before(" ".join(words))


def _organization_before(role: str) -> str | None:
    """The organisation in a role before its office: "NATO" of "NATO Secretary General"."""
    words = [w for w in role.replace("’", "'").split() if w[:1].isupper()]
    if not words:
        return None
    match = ORG_NAME.fullmatch(" ".join(words))
    if match is None:
        return None
    name = match.group().removesuffix("'s")
    return name or None
