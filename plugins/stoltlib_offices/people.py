"""The persons a text names: its person mentions, and the names read around titles."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
import regex

from stoltlib import Mention
from stoltlib.persons import GENERATIONAL_SUFFIXES
from stoltlib_offices.clauses import _overlaps
from stoltlib_offices.drafts import _Person
from stoltlib_offices.lexicons import Lexicons
from stoltlib_offices.limits import MAX_TITLE_CHARS
from stoltlib_offices.patterns import ASCII_NAME, AUXILIARIES, GENERATIONAL_SUFFIX, NAME
from stoltlib_offices.words import _DETERMINERS, _PREPOSITIONS, _PRONOUNS

_SUFFIX_AFTER = regex.compile(rf",?\s+(?P<suffix>{GENERATIONAL_SUFFIX})\b\.?")


# A name the mentions stage left unresolved: capitalised words and initials ("Carl Singer"),
# in mixed case (a shouted headline's "PLEADS GUILTY TO TAX" is no name).
_NAME_WORD = r"(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’\-]*\p{Ll})"


_NAME_LIKE = regex.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})+")


# Words a person's name never consists of alone: suffixes and the abbreviated ranks and titles
# a mention may be cut to ("Jr", "Vice Adm").
_NO_NAME_WORDS = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "vice", "adm", "gen", "col", "lt", "sgt", "capt", "cmdr"}
    | {"sen", "rep", "gov", "dr", "mr", "mrs", "ms", "prof"}
)


# Words no title before its head noun holds: verbs of the cues and auxiliaries ("has been
# appointed president"), so that an unknown title is a title.
_NOT_TITLE_WORDS = AUXILIARIES | {"appointed", "named", "elected", "promoted", "chosen", "as"}


# The pronouns of one person, kept as persons when coreference resolves them to no one.
_PERSONAL_PRONOUNS = frozenset({"he", "she"})


def _people(flat: str, mentions: Sequence[Mention], lexicons: Lexicons) -> list[_Person]:
    r"""Every person the rules may take for a role, in text order.

    The mentions stage's person mentions with a resolved entity (names, pronouns and
    descriptions coreference resolved), and names read here where no mention covers them (wire
    copy wraps names over lines: "L.K.\nEvans") that open with an initial or a given name of
    the ``given_names`` lexicon (any, when it is empty).
    """
    given_names = lexicons.given_names
    found = []
    renamed: dict[str, str] = {}  # an entity a mention's title tail opened, to the name after
    for mention in mentions:
        if mention.kind != "person" or mention.end <= mention.start:
            continue
        # "named Nadia Berg CEO": the office's acronym the mention took for a name's end.
        acronym = _acronym_tail(mention, lexicons)
        written = mention.text if acronym is None else mention.text[: acronym - mention.start]
        written = written.rstrip()
        # A name the mentions stage found but resolved to no one is still that name.
        entity = mention.entity or (written if _NAME_LIKE.fullmatch(written) else None)
        if entity is None and mention.text.casefold() in _PERSONAL_PRONOUNS:
            # "He was named president": a pronoun coreference left unresolved is still a
            # person, named as written (the story may name them where the rules do not see).
            entity = mention.text
        if entity is None or (mention.entity is None and lexicons.position(mention.text)):
            # "She replaces Commerce Secretary ...": a title alone, read as a name but resolved
            # to no one, is an office, no person.
            continue
        name, end = " ".join(entity.split()), mention.end
        if _no_name(name):
            continue  # a mention of only a suffix or a rank ("Jr", "Vice Adm") is no one's
        start = mention.start
        title_end = _title_tail(flat, mention, lexicons)
        if title_end is not None:
            # "Staff Howard Baker" of "Chief of Staff Howard Baker": the name after the title.
            cut = len(flat[title_end : mention.end]) - len(flat[title_end : mention.end].lstrip())
            start = title_end + cut
            written = flat[mention.start : title_end]
            if entity.startswith(written):
                name = " ".join(entity[len(written) :].split())
                renamed[" ".join(entity.split())] = name
        if acronym is not None:
            tail = mention.text[acronym - mention.start :]
            if name.endswith(f" {tail}"):
                renamed[name] = name = name[: -len(tail)].rstrip()
            end = mention.start + len(written)
        suffix = _SUFFIX_AFTER.match(flat, end)
        if suffix is not None and mention.text == entity:
            # "John W. Johnstone Jr": the suffix is part of the name the mention left out.
            name, end = f"{name} {suffix.group('suffix')}", suffix.end()
        found.append(_Person(name, start, end))
    if renamed:
        # "his" resolved to "Staff Howard Baker" is Howard Baker's too.
        found = [attrs.evolve(p, name=renamed.get(p.name, p.name)) for p in found]
    # A name read here never overlaps a mention: an organisation's ("The Hallwood Group Inc")
    # is no person, and a person's is read better by the mentions stage.
    covered = sorted((m.start, m.end) for m in mentions)
    for match in (ASCII_NAME if flat.isascii() else NAME).finditer(flat):
        start, end = match.span()
        if _overlaps(covered, start, end):
            continue
        first = match.group().split()[0]
        if given_names and not first.endswith(".") and first.casefold() not in given_names:
            # "Air Force", "Claims Court": a name opens with a given name or initial; but the
            # name may start at the next word ("State Alan Green" of "Secretary of State ...").
            later = _name_after_first_word(flat, match, given_names)
            if later is not None and not _overlaps(covered, *later.span()):
                found.append(_Person(" ".join(later.group().split()), *later.span()))
            continue
        found.append(_Person(" ".join(match.group().split()), start, end))
    return sorted(found, key=lambda p: (p.start, -p.end))


def _name_after_first_word(
    flat: str, match: regex.Match[str] | re.Match[str], given_names: frozenset[str]
) -> regex.Match[str] | re.Match[str] | None:
    """The name a run of capitalised words holds after its first word, if a given name opens it."""
    words = match.group().split()
    if len(words) < 2 or (not words[1].endswith(".") and words[1].casefold() not in given_names):
        return None  # most runs: "Air Force", "New York Stock Exchange"
    second = len(words[0])
    rest = match.group()[second:]
    at = match.start() + second + len(rest) - len(rest.lstrip())
    if at >= match.end():
        return None
    return (ASCII_NAME if flat.isascii() else NAME).match(flat, at)


def _title_tail(flat: str, mention: Mention, lexicons: Lexicons) -> int | None:
    """Where an office's last word ends inside a person mention that starts with it, if one does.

    "Staff Howard Baker" of "White House Chief of Staff Howard Baker": the mention took the
    title's last word for the name's first.
    """
    first = mention.text.split(" ", 1)[0]
    pattern = lexicons.position_pattern
    if (
        pattern is None
        or len(mention.text.split()) < 3
        or first.casefold() not in lexicons.phrase_words
        or lexicons.position(first) is not None  # "Chairman X": a title the mention kept whole
    ):
        return None
    end = mention.start + len(first)
    for title in pattern.finditer(flat, max(0, end - MAX_TITLE_CHARS), end):
        if title.end() == end and title.start() < mention.start:
            return end
    return None


def _acronym_tail(mention: Mention, lexicons: Lexicons) -> int | None:
    """Where an office's acronym ending a person mention starts ("CEO" of "Nadia Berg CEO")."""
    words = mention.text.split()
    last = words[-1] if words else ""
    if len(words) < 3 or len(last) < 2 or not last.isupper() or lexicons.position(last) is None:
        return None
    return mention.start + mention.text.rindex(last)


def _unique_last_names(people: Sequence[_Person]) -> dict[str, str]:
    r"""Each last name that one full name of the text has, to that full name.

    The mentions stage resolves most surnames ("Henske" -> "John M. Henske"); a name read here
    (wire copy's "L.K.\nEvans") has no mention, and its surname standing alone ("Evans had
    been ...") is read, where a rule looks for a person, as that one full name.
    """
    by_last: dict[str, set[str]] = {}
    for person in people:
        # A generational suffix is no last name.
        words = [
            w for w in person.name.split() if w.rstrip(".").casefold() not in GENERATIONAL_SUFFIXES
        ]
        if len(words) > 1 and len(words[-1]) > 2 and words[-1][:1].isupper():
            by_last.setdefault(words[-1], set()).add(person.name)
    return {last: next(iter(names)) for last, names in by_last.items() if len(names) == 1}


def _may_be_title_word(word: str, lexicons: Lexicons) -> bool:
    """Whether a word may stand in a title before its head noun ("chief widget officer").

    Not a verb of the cues, an auxiliary, a preposition, a determiner or a pronoun: "appointed
    by the president", "named to succeed the director" hold no title.
    """
    folded = word.casefold()
    return (
        folded not in _NOT_TITLE_WORDS
        and folded not in _PREPOSITIONS
        and folded not in _DETERMINERS
        and folded not in _PRONOUNS
        and lexicons.cue(folded) is None
    )


def _no_name(name: str) -> bool:
    """Whether a name is only a suffix or a rank ("Jr", "Vice Adm"): no one's name."""
    return all(word.rstrip(".").casefold() in _NO_NAME_WORDS for word in name.split())
