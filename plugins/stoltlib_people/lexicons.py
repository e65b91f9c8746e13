"""The people plugin's lexicons: data files in ``data/``, extendable through the lexicon hook.

The plugin contributes each data file as the entries of one lexicon (``person_titles``,
``person_honorifics``, ``person_pronouns``, ``given_names``, ``organization_words``,
``role_modifiers``); the rules read the combined lexicons (its own entries plus any other
plugin's) through :func:`stoltlib.lexicon`, indexed once per combination into a
:class:`Lexicons` value.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
import regex

from stoltlib.lexicon_files import IndexedLexicons, data_rows
from stoltlib.tries import trie_pattern

__all__ = ["LEXICON_FILES", "Lexicons", "Title", "current", "data_entries", "key"]

#: The lexicons this plugin reads and contributes to, with the data file behind each.
LEXICON_FILES = {
    "person_titles": "titles.tsv",
    "person_honorifics": "honorifics.tsv",
    "person_pronouns": "pronouns.tsv",
    "given_names": "given_names.tsv",
    "organization_words": "organization_words.tsv",
    "role_modifiers": "role_modifiers.tsv",
}

#: Words of organisations' names by the kind of organisation they make, and the common nouns
#: standing for each kind (read by :mod:`stoltlib_people.descriptions`).
ORGANIZATION_KINDS_FILE = "organization_kinds.tsv"

#: Another plugin's lexicon read when it is there: the quotes plugin's cue verbs.
CUES_LEXICON = "cue_verbs"

# Hyphens and runs of white space: "Secretary-General" and "secretary  general" are one title.
_SEPARATORS = regex.compile(r"[\s\-‐‑]+")


def key(text: str) -> str:
    """A word or phrase as a lookup key: case folded, hyphens and spaces as one space."""
    folded = text.casefold()
    if folded.isalpha():
        return folded  # the common case, a plain word: nothing to replace
    if folded.replace(" ", "").isalpha() and "  " not in folded and folded.strip(" ") == folded:
        return folded  # plain words one space apart ("prime minister"): already a key
    return _SEPARATORS.sub(" ", folded).strip().replace("’", "'")


def _rows(filename: str) -> Iterator[list[str]]:
    """The rows of a data file: tab-separated cells, comments and blank lines left out."""
    return data_rows(__package__, filename)


def _cell(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


@functools.cache
def _data(name: str) -> tuple[Any, ...]:
    """The entries of the data file behind lexicon ``name``, shaped as the lexicon takes them."""
    rows = list(_rows(LEXICON_FILES[name]))
    if name == "person_titles":
        return tuple(
            {"title": r[0], "gender": _cell(r, 1) or None, "group": _cell(r, 2) or r[0]}
            for r in rows
        )
    if name == "person_honorifics":
        return tuple({"honorific": r[0], "gender": _cell(r, 1) or None} for r in rows)
    if name == "person_pronouns":
        return tuple({"pronoun": r[0], "gender": r[1], "case": r[2]} for r in rows)
    if name == "given_names":
        return tuple({"name": r[0], "gender": r[1]} for r in rows)
    if name == "organization_words":
        # The names' words of the organisation kinds' file join the plugin's own entries.
        kinds = [
            r for r in _rows(ORGANIZATION_KINDS_FILE) if _cell(r, 2) in ("name", "head", "inner")
        ]
        return (
            *({"word": r[0], "kind": r[1]} for r in rows),
            *({"word": r[0], "kind": r[2]} for r in kinds),
        )
    return tuple(r[0] for r in rows)  # role_modifiers: plain words


def data_entries(name: str) -> tuple[Any, ...] | None:
    """The plugin's own entries for lexicon ``name``, or ``None`` for a lexicon it lacks."""
    return _data(name) if name in LEXICON_FILES else None


@attrs.frozen
class Title:
    """A role noun: its gender when it has one, and the group of titles it may stand for."""

    title: str
    gender: str | None
    group: str


@attrs.frozen(kw_only=True)
class Lexicons:
    """The lexicons indexed for the rules (keys as :func:`key` makes them)."""

    titles: Mapping[str, Title]
    #: The most words any title has, and the last word of every title (a quick first test).
    title_words: int
    title_last: frozenset[str]
    honorifics: Mapping[str, str | None]
    pronouns: Mapping[str, tuple[str, str]]
    given_names: Mapping[str, str]
    organization_names: frozenset[str]
    #: Words that open an organisation's name ("Banque Paribas", "Banco Santander").
    organization_heads: frozenset[str]
    #: Words of :attr:`organization_names` that make one only inside a name of more words: alone
    #: they are common nouns at a sentence's start ("Oil prices rose", "Azuma Steel said").
    organization_inner: frozenset[str]
    organization_generic: frozenset[str]
    role_modifiers: frozenset[str]
    #: One-word cue verb forms ("said", "told") from the "cue_verbs" lexicon, when a plugin gives
    #: it (the quotes plugin does): a lone name before one is a person's.
    cue_forms: frozenset[str]
    #: A description: "the minister", "the alliance chief", "the head of the alliance".
    description_pattern: regex.Pattern[str] | None
    #: The same for a text whose letters are all ASCII (:func:`stoltlib.text.ascii_letters`),
    #: for ``re``, the classes as ASCII ranges: two patterns, for a determiner in lower case
    #: and one with a capital, each opening with the determiner's first two letters, which the
    #: engine searches for at C speed (see :func:`stoltlib_people.extract.descriptions`).
    description_ascii: tuple[re.Pattern[str], re.Pattern[str]] | None = None

    def title(self, words: str) -> Title | None:
        """The title ``words`` spell, or ``None``."""
        return self.titles.get(key(words))


def _mappings(entries: Iterable[Any], field: str) -> Iterator[Mapping[str, Any]]:
    """Entries as mappings; a plain string stands for a mapping with only ``field``."""
    for entry in entries:
        yield entry if isinstance(entry, Mapping) else {field: entry}


# What stands between the words of a phrase in :attr:`Lexicons.description_ascii`: white space
# as ``regex`` reads it in a text whose letters are all ASCII, or a hyphen.
_ASCII_GAP = r"[\t-\r \u00a0\-]{1,3}"


def _alternation(phrases: Iterable[str]) -> str:
    """A pattern matching any of ``phrases`` (hyphens and spaces alike), longest first.

    Merged into a trie (:func:`stoltlib.tries.trie_pattern`): the description pattern tries it
    after every "the", where a flat alternation would try each of hundreds of titles in turn.
    """
    return trie_pattern(phrases, space=r"[\s\-]{1,3}")


def _build(
    titles: tuple[Any, ...],
    honorifics: tuple[Any, ...],
    pronouns: tuple[Any, ...],
    given: tuple[Any, ...],
    organizations: tuple[Any, ...],
    modifiers: tuple[Any, ...],
    cues: tuple[Any, ...] = (),
) -> Lexicons:
    by_title: dict[str, Title] = {}
    for entry in _mappings(titles, "title"):
        name = key(entry["title"])
        by_title.setdefault(name, Title(name, entry.get("gender"), key(entry.get("group") or name)))
    words = [word for word in by_title if not word.endswith(".")]
    modifier_words = {key(e["word"]) for e in _mappings(modifiers, "word")}
    pattern = ascii_pattern = None
    if words:
        pattern = regex.compile(
            r"""
            (?<![\p{L}\p{N}])
            (?P<det>[Tt]he|[Tt]his|[Tt]hat)\s{1,3}
            (?P<role>
              (?:                                        # up to three modifiers:
                (?:\p{Lu}[\p{L}\-]{0,20}(?:['’]s)?       #   a capitalised word or possessive
                | (?i:"""
            + _alternation(modifier_words)
            + r""")                                      #   or a role modifier ("former")
                )\s{1,3}
              ){0,3}
              (?P<title>(?i:"""
            + _alternation(words)
            + r""")))
            (?P<of>\s{1,3}of\s{1,3}(?:the\s{1,3})?[\p{L}\-]{2,30})?   # "head of the alliance"
            (?![\p{L}\p{N}\-])
            """,
            regex.VERBOSE,
        )
        # The pattern above spelled for ``re`` on a text whose letters are all ASCII (where
        # ``regex``'s white space is the ASCII one and the no-break space), once for each case
        # of the determiner's first letter, which it then opens with.
        ascii_pattern = (
            _ascii_description("t", modifier_words, words),
            _ascii_description("T", modifier_words, words),
        )
    return Lexicons(
        titles=by_title,
        title_words=max((len(title.split(" ")) for title in by_title), default=1),
        # An abbreviation's last word both with its dot (a word read from the running text:
        # "Sen.") and without (a word of a run, which leaves the dot out).
        title_last=frozenset(
            word
            for title in by_title
            for word in {title.split(" ")[-1], title.split(" ")[-1].rstrip(".")}
        ),
        honorifics={
            key(e["honorific"]).rstrip("."): e.get("gender")
            for e in _mappings(honorifics, "honorific")
        },
        pronouns={
            key(e["pronoun"]): (e.get("gender") or "", e.get("case") or "subject")
            for e in _mappings(pronouns, "pronoun")
        },
        given_names={
            key(e["name"]): e.get("gender") or "" for e in _mappings(given, "name") if e.get("name")
        },
        organization_names=frozenset(
            key(e["word"])
            for e in _mappings(organizations, "word")
            if (e.get("kind") or "name") in ("name", "head", "inner")
        ),
        organization_inner=frozenset(
            key(e["word"]) for e in _mappings(organizations, "word") if e.get("kind") == "inner"
        ),
        organization_heads=frozenset(
            key(e["word"]) for e in _mappings(organizations, "word") if e.get("kind") == "head"
        ),
        organization_generic=frozenset(
            key(e["word"]) for e in _mappings(organizations, "word") if e.get("kind") == "generic"
        ),
        role_modifiers=frozenset(modifier_words),
        cue_forms=frozenset(
            form.casefold()
            for form in (e if isinstance(e, str) else str(e.get("cue", "")) for e in cues)
            if form.isalpha()
        ),
        description_pattern=pattern,
        description_ascii=ascii_pattern,
    )


def _ascii_description(
    first: str, modifiers: Iterable[str], titles: Iterable[str]
) -> re.Pattern[str]:
    """:attr:`Lexicons.description_ascii` for a determiner opening with the letter ``first``."""
    return re.compile(
        r"""
        (?P<det>"""
        + first
        + r"""h(?<![A-Za-z0-9]..)(?:e|is|at))[\t-\r \u00a0]{1,3}
        (?P<role>
          (?:
            (?:[A-Z][A-Za-z\-]{0,20}(?:['’]s)?
            | """
        + trie_pattern(modifiers, space=_ASCII_GAP, cases=True)
        + r"""
            )[\t-\r \u00a0]{1,3}
          ){0,3}
          (?P<title>"""
        + trie_pattern(titles, space=_ASCII_GAP, cases=True)
        + r"""))
        (?P<of>[\t-\r \u00a0]{1,3}of[\t-\r \u00a0]{1,3}
          (?:the[\t-\r \u00a0]{1,3})?[A-Za-z\-]{2,30})?
        (?![A-Za-z0-9\-])
        """,
        re.VERBOSE,
    )


# Indexed once per combination of the lexicons every plugin contributes.
_INDEX = IndexedLexicons((*LEXICON_FILES, CUES_LEXICON), _build)


def current() -> Lexicons:
    """The lexicons of the plugin manager running the pipeline, indexed."""
    return _INDEX.current()
