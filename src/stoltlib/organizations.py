"""Organisation names grouped: "NATO" and "North Atlantic Treaty Organization" are one.

Names are compared folded (case, accents and punctuation do not count), without a leading
"the" and without a company suffix ("Olin Corp" = "Olin Corporation" = "Olin"); a name of
generic words only ("Corp", "the board") names no organisation. Beyond that, two ways join
names:

- an explicit alias table, :data:`ORGANIZATION_ALIASES` (data: folded name -> the folded name
  of its group, countries' demonyms and other names among them: "Dutch" and "Holland" are the
  Netherlands), that callers extend (``Corpus(organization_aliases=...)``);
- acronyms: a name of several words joins the acronym of its initials, minor words left out
  ("North Atlantic Treaty Organization" -> "nato"), when that acronym is itself a name seen
  (or an alias's group) and no other name seen has the same initials. "Munich Security
  Conference" and "Mediterranean Shipping Company" both seen with "MSC" join neither to it.
  "North Atlantic Treaty Organization (NATO)" is read as the name before the brackets when the
  brackets hold its acronym.

Whether two names join depends on every name seen, so :class:`Organizations` is built from all
of them at once, when a view asks.
"""

from __future__ import annotations

import functools
import types
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import regex

from stoltlib.lexicon_files import data_rows

__all__ = ["MINOR_WORDS", "ORGANIZATION_ALIASES", "Organizations", "acronym", "fold"]


#: Names of one organisation that neither case, articles, company suffixes nor acronyms join:
#: folded name -> the folded name of the group it belongs to. Extend it per corpus with
#: ``Corpus(organization_aliases={...})``.
ORGANIZATION_ALIASES: Mapping[str, str] = {
    "north atlantic alliance": "nato",
    "atlantic alliance": "nato",
    "united nations organization": "un",
    "european union": "eu",
    # Countries by their demonyms and other names ("Dutch", "Britain", "U.S."): data.
    **{name: country for name, country in data_rows("stoltlib", "countries.tsv")},
}

#: The countries of the aliases, folded, shown by their names ("Nigeria" for a group first
#: written "Nigerian": "Nigerian Oil Minister" names Nigeria's office).
COUNTRIES = frozenset(country for _, country in data_rows("stoltlib", "countries.tsv"))

_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")

# Words that an organisation's name may lose without naming another one.
_COMPANY_SUFFIXES = frozenset(
    {"corp", "corporation", "inc", "incorporated", "co", "company", "ltd", "limited", "plc"}
)
# Words that name no organisation on their own ("Corp", "the board", "the group"): a name of
# only these is none, so that unrelated companies a text calls "Corp" never share an office.
_GENERIC = _COMPANY_SUFFIXES | {"board", "group", "firm", "unit", "subsidiary", "holdings"}

#: Words an acronym leaves out ("North Atlantic Treaty Organization": NATO, "of" ignored).
MINOR_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "on", "in"})


def fold(text: str) -> str:
    """Lower case, accents dropped, anything but letters and digits as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NON_WORD.sub(" ", bare.casefold()).strip()


@functools.lru_cache(maxsize=4096)
def _organization_words(name: str) -> tuple[str, ...]:
    """A name's words as compared (empty: no name at all).

    Kept for the names seen last: a grouping asks it of each name several times, and a corpus
    or a story names its organisations again and again.
    """
    return tuple(_words_of(name))


def _words_of(name: str) -> list[str]:
    """:func:`_organization_words`, made."""
    words = fold(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if all(word in _GENERIC for word in words):
        return []
    while len(words) > 1 and words[-1] in _COMPANY_SUFFIXES:
        words = words[:-1]
    return words


def acronym(words: Sequence[str]) -> str | None:
    """The initials of a name's words, minor words left out; ``None`` for fewer than two."""
    initials = [word[0] for word in words if word not in MINOR_WORDS]
    return "".join(initials) if len(initials) > 1 else None


def _folded_aliases(table: Mapping[str, str]) -> dict[str, str]:
    """An alias table as compared: each name's organisation words to its group, folded."""
    return {" ".join(_organization_words(k)): fold(v) for k, v in table.items()}


@functools.cache
def _default_aliases() -> Mapping[str, str]:
    """:data:`ORGANIZATION_ALIASES` folded, once.

    A grouping is made per document by plugins (the people plugin groups a story's companies),
    and folding the table each time cost more than the rest of that plugin's work.
    """
    return types.MappingProxyType(_folded_aliases(ORGANIZATION_ALIASES))


# "North Atlantic Treaty Organization (NATO)": the acronym in brackets says the same name.
_BRACKETED = regex.compile(r"^(?P<name>.*?)\s*\((?P<short>[^()]+)\)\s*$")


class Organizations:
    """How the organisation names of a corpus group: one key per organisation.

    Built from every name seen, since whether "North Atlantic Treaty Organization" joins "NATO"
    depends on the names seen (see the module's docstring).
    """

    def __init__(self, names: Iterable[str], aliases: Mapping[str, str] | None = None) -> None:
        self._aliases = {**_default_aliases(), **_folded_aliases(aliases or {})}
        counts = Counter(name for name in names if _organization_words(name))
        plain = {name: self._unbracketed(name) for name in counts}
        words = {name: _organization_words(plain[name]) for name in counts}
        singles = {w[0] for w in words.values() if len(w) == 1}
        singles |= set(self._aliases.values())
        by_acronym: dict[str, set[str]] = {}
        for name_words in words.values():
            initials = acronym(name_words)
            if initials is not None:
                by_acronym.setdefault(initials, set()).add(" ".join(name_words))
        self._keys: dict[str, str] = {}
        for name, name_words in words.items():
            folded = " ".join(name_words)
            initials = acronym(name_words)
            if folded in self._aliases:
                key = self._aliases[folded]
            elif initials in singles and len(by_acronym[initials]) == 1:
                key = initials
            else:
                key = folded
            self._keys[name] = key
        forms: dict[str, Counter[str]] = {}
        for name, count in counts.items():
            forms.setdefault(self._keys[name], Counter())[plain[name]] += count
        self._display = {
            key: _country_name(key)
            if key in COUNTRIES
            else min(spellings, key=lambda form: (-spellings[form], len(form), form))
            for key, spellings in forms.items()
        }
        self._plain = plain
        self._surface_table: dict[str, tuple[str, ...]] | None = None

    @property
    def _surfaces(self) -> dict[str, tuple[str, ...]]:
        """Every way a key's organisation is written, longest first: what a role is searched for.

        Made on first use: a plugin grouping one story's names asks only for their keys.
        """
        if self._surface_table is None:
            surfaces: dict[str, set[str]] = {}
            for name, key in self._keys.items():
                group = surfaces.setdefault(key, {key})
                group.add(" ".join(_organization_words(self._plain[name])))
            for alias, key in self._aliases.items():
                surfaces.setdefault(key, {key}).add(alias)
            self._surface_table = {
                key: tuple(sorted(group, key=lambda form: (-len(form), form)))
                for key, group in surfaces.items()
            }
        return self._surface_table

    @staticmethod
    def _unbracketed(name: str) -> str:
        match = _BRACKETED.match(name)
        if match is None or not _organization_words(match["name"]):
            return name
        if acronym(_organization_words(match["name"])) == fold(match["short"]).replace(" ", ""):
            return match["name"]
        return name

    def key(self, name: str | None) -> str | None:
        """The group key of an organisation name (``None`` for none)."""
        if name is None or not _organization_words(name):
            return None
        if name in self._keys:
            return self._keys[name]
        folded = " ".join(_organization_words(self._unbracketed(name)))
        if folded in self._aliases:
            return self._aliases[folded]
        for key, surfaces in self._surfaces.items():
            if folded in surfaces:
                return key
        initials = acronym(folded.split())
        return initials if initials in self._surfaces else folded

    def display(self, key: str) -> str:
        """The name shown for an organisation: its most frequent spelling (shortest on ties).

        A country is shown by its name, however the corpus wrote it ("Dutch", "Holland").
        """
        return self._display.get(key, key)

    def surfaces(self, key: str) -> tuple[str, ...]:
        """Every folded way the organisation ``key`` is written in the corpus, longest first."""
        return self._surfaces.get(key, (key,))


def _country_name(folded: str) -> str:
    """A country's folded name as written: "bosnia and herzegovina" is "Bosnia and Herzegovina"."""
    return " ".join(
        word if word in MINOR_WORDS and number else word.capitalize()
        for number, word in enumerate(folded.split())
    )
