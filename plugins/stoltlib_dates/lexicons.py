"""The dates plugin's lexicons: data files in ``data/``, extendable through the lexicon hook.

Each data file is contributed as the entries of one lexicon (``date_months``, ``date_weekdays``,
...); the rules read the combined lexicons (the plugin's own entries plus any other plugin's)
through :func:`stoltlib.lexicon`, indexed once per combination into a :class:`Lexicons` value
that also holds the compiled patterns built from them (:mod:`stoltlib_dates.patterns`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

import attrs
import regex

__all__ = [
    "LEXICON_NAMES",
    "Holiday",
    "Lexicons",
    "TimeWord",
    "build",
    "data_entries",
    "key",
    "trie",
]

#: The lexicons this plugin reads and contributes to, with the data file behind each.
LEXICON_FILES = {
    "date_months": "months.tsv",
    "date_weekdays": "weekdays.tsv",
    "date_seasons": "seasons.tsv",
    "date_parts_of_day": "parts_of_day.tsv",
    "date_units": "units.tsv",
    "date_numbers": "numbers.tsv",
    "date_ordinals": "ordinals.tsv",
    "date_holidays": "holidays.tsv",
    "date_time_words": "time_words.tsv",
    "date_modifiers": "modifiers.tsv",
    "date_count_nouns": "count_nouns.tsv",
}
LEXICON_NAMES = tuple(LEXICON_FILES)

# White space runs inside a lexicon phrase or a matched text: one space for lookup.
_SPACE = regex.compile(r"\s+")


def key(text: str) -> str:
    """A word or phrase as a lookup key: case folded, white space as one space, no final dot."""
    return _SPACE.sub(" ", text.casefold()).strip().rstrip(".").replace("’", "'")


def _rows(filename: str) -> Iterator[list[str]]:
    source = resources.files(__package__).joinpath("data").joinpath(filename)
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]


def _cell(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


@functools.cache
def _data(name: str) -> tuple[Any, ...]:
    rows = list(_rows(LEXICON_FILES[name]))
    if name == "date_months":
        return tuple({"name": r[0], "month": int(r[1])} for r in rows)
    if name == "date_weekdays":
        return tuple({"name": r[0], "weekday": int(r[1])} for r in rows)
    if name in ("date_seasons", "date_parts_of_day"):
        return tuple({"name": r[0], "code": r[1]} for r in rows)
    if name == "date_units":
        return tuple({"name": r[0], "plural": r[1], "code": r[2]} for r in rows)
    if name in ("date_numbers", "date_ordinals"):
        return tuple({"word": r[0], "value": r[1]} for r in rows)
    if name == "date_holidays":
        return tuple({"name": r[0], "rule": r[1]} for r in rows)
    if name == "date_time_words":
        return tuple({"phrase": r[0], "type": r[1], "value": r[2]} for r in rows)
    if name == "date_modifiers":
        return tuple({"phrase": r[0], "mod": r[1], "applies": _cell(r, 2) or "any"} for r in rows)
    return tuple(r[0] for r in rows)  # date_count_nouns: plain words


def data_entries(name: str) -> tuple[Any, ...] | None:
    """The plugin's own entries for lexicon ``name``, or ``None`` for a lexicon it lacks."""
    return _data(name) if name in LEXICON_FILES else None


@attrs.frozen
class TimeWord:
    """A phrase that is a time expression by itself ("now", "recently", "the future")."""

    type: str
    value: str


@attrs.frozen
class Holiday:
    """A named day and the rule that places it in a year (see ``data/holidays.tsv``)."""

    name: str
    rule: str


@attrs.frozen(kw_only=True)
class Lexicons:
    """The lexicons indexed for the rules: every table keyed by :func:`key`."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    #: unit word (singular and plural) -> unit code ("Y", "M", "H", ...).
    units: Mapping[str, str]
    #: number word -> value ("X" for an unspecified count).
    numbers: Mapping[str, str]
    ordinals: Mapping[str, int]
    holidays: Mapping[str, Holiday]
    time_words: Mapping[str, TimeWord]
    #: modifier phrase -> (mod, applies): applies is "point", "span", "any" or "after".
    modifiers: Mapping[str, tuple[str, str]]
    count_nouns: frozenset[str]

    def alternation(self, words: Iterable[str]) -> str:
        """A regex matching any of ``words``, spaces matching any white space.

        Written as a trie (shared prefixes factored out): the ``regex`` engine then tries one
        branch per letter instead of every word, which is what keeps the patterns fast.
        """
        return trie(words)


def trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie; a space in a word matches any white space."""
    root: dict[str, Any] = {}
    for word in set(words):
        node = root
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [
            (r"\s+" if c == " " else regex.escape(c)) + emit(child)
            for c, child in sorted(node.items())
            if c
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return emit(root)


def _mappings(entries: Iterable[Any]) -> Iterator[Mapping[str, Any]]:
    for entry in entries:
        if isinstance(entry, Mapping):
            yield entry


def build(combined: Mapping[str, tuple[Any, ...]]) -> Lexicons:
    """Index the combined lexicon entries (later entries never override earlier ones)."""

    def table(name: str, word: str, value: Any) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for entry in _mappings(combined[name]):
            if entry.get(word):
                found.setdefault(key(str(entry[word])), value(entry))
        return found

    return Lexicons(
        months=table("date_months", "name", lambda e: int(e["month"])),
        weekdays=table("date_weekdays", "name", lambda e: int(e["weekday"])),
        seasons=table("date_seasons", "name", lambda e: str(e["code"])),
        parts_of_day=table("date_parts_of_day", "name", lambda e: str(e["code"])),
        units={
            **table("date_units", "name", lambda e: str(e["code"])),
            **table("date_units", "plural", lambda e: str(e["code"])),
        },
        numbers=table("date_numbers", "word", lambda e: str(e["value"])),
        ordinals=table("date_ordinals", "word", lambda e: int(e["value"])),
        holidays=table("date_holidays", "name", lambda e: Holiday(key(e["name"]), e["rule"])),
        time_words=table(
            "date_time_words", "phrase", lambda e: TimeWord(str(e["type"]), str(e["value"]))
        ),
        modifiers=table(
            "date_modifiers", "phrase", lambda e: (str(e["mod"]), str(e.get("applies") or "any"))
        ),
        count_nouns=frozenset(
            key(entry) for entry in combined["date_count_nouns"] if isinstance(entry, str)
        ),
    )
