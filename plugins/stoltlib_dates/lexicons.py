"""The dates plugin's lexicons: data files in ``data/``, extendable through the lexicon hook.

Each data file is contributed as the entries of one lexicon (``date_months``, ``date_weekdays``,
...); the rules read the combined lexicons (the plugin's own entries plus any other plugin's)
through :func:`stoltlib.lexicon`, indexed once per combination into a :class:`Lexicons` value,
from which :func:`stoltlib_dates.patterns.compile_rules` builds the compiled patterns.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
import dateutil.easter
import regex

from stoltlib.lexicon_files import data_rows

__all__ = [
    "LEXICON_NAMES",
    "Holiday",
    "Lexicons",
    "TimeWord",
    "build",
    "case_classes",
    "data_entries",
    "key",
    "own",
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
    "date_frequencies": "frequencies.tsv",
    "date_tense_cues": "tense_cues.tsv",
    "date_time_signals": "time_signals.tsv",
    "date_identifier_words": "identifier_words.tsv",
    "date_giving_verbs": "giving_verbs.tsv",
}
LEXICON_NAMES = tuple(LEXICON_FILES)


def key(text: str) -> str:
    """A word or phrase as a lookup key: case folded, white space as one space, no final dot."""
    return " ".join(text.casefold().split()).rstrip(".").replace("’", "'")


def _rows(filename: str) -> Iterator[list[str]]:
    """The rows of a data file: tab-separated cells, comments and blank lines left out."""
    return data_rows(__package__, filename)


def _cell(row: list[str], index: int) -> str:
    """A row's cell at ``index``, or "" when the row is shorter (an optional last column)."""
    return row[index] if index < len(row) else ""


@functools.cache
def _data(name: str) -> tuple[Any, ...]:
    """The entries of the data file behind lexicon ``name``, shaped as the lexicon takes them."""
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
    if name == "date_frequencies":
        return tuple({"word": r[0], "value": r[1]} for r in rows)
    if name == "date_tense_cues":
        return tuple({"phrase": r[0], "tense": r[1]} for r in rows)
    # date_count_nouns, date_time_signals, date_identifier_words, date_giving_verbs: plain
    # words.
    return tuple(r[0] for r in rows)


def data_entries(name: str) -> tuple[Any, ...] | None:
    """The plugin's own entries for lexicon ``name``, or ``None`` for a lexicon it lacks."""
    return _data(name) if name in LEXICON_FILES else None


def own() -> Lexicons:
    """The plugin's own lexicons indexed, without any other plugin's entries."""
    return build({name: _data(name) for name in LEXICON_NAMES})


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

    def day(self, year: int) -> dt.date | None:
        """The day the rule gives in ``year`` (``None`` when it names no day that year)."""
        rule, *exceptions = self.rule.split(";")
        rule, _, cycle = rule.partition("/")
        try:
            for exception in exceptions:
                # "2008-02-05": the year the day was moved to another (Super Tuesday, 2008).
                if exception.startswith(f"{year:04d}-"):
                    return dt.date.fromisoformat(exception)
            if cycle and year % int(cycle):
                return None  # "/4": only in the years divisible by four (US elections)
            if rule.startswith("easter"):
                offset = int(rule.removeprefix("easter") or 0)
                return dateutil.easter.easter(year) + dt.timedelta(days=offset)
            if rule.startswith("nth-weekday:"):
                _, month_text, nth_text, weekday_text = rule.split(":")
                # "4+1": the day after the weekday ("Black Friday", after Thanksgiving).
                weekday_text, sign, offset_text = weekday_text.partition("+")
                shift = dt.timedelta(days=int(offset_text) if sign else 0)
                month, nth, weekday = int(month_text), int(nth_text), int(weekday_text)
                if nth > 0:
                    first = dt.date(year, month, 1)
                    ahead = (weekday - first.isoweekday()) % 7 + 7 * (nth - 1)
                    return first + dt.timedelta(days=ahead) + shift
                following = dt.date(year + month // 12, month % 12 + 1, 1)
                last = following - dt.timedelta(days=1)
                return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7) + shift
            month_text, _, day_text = rule.partition("-")
            return dt.date(year, int(month_text), int(day_text))
        except ValueError:
            return None

    @property
    def cycle(self) -> int:
        """The years between two occurrences: 1, or the rule's "/N" (every N years)."""
        _, _, cycle = self.rule.split(";")[0].partition("/")
        return int(cycle) if cycle.isdigit() and int(cycle) > 0 else 1

    @property
    def fixed_day(self) -> str | None:
        """The rule's ``MM-DD`` when it names the same day every year, else ``None``."""
        return self.rule if _FIXED_DAY.fullmatch(self.rule) else None


# A holiday rule that names the same day every year: "12-25".
_FIXED_DAY = regex.compile(r"\d\d-\d\d")


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
    #: words that make a four-digit number before them a count ("2000 people").
    count_nouns: frozenset[str]
    #: frequency adverb -> the TimeML value of its set ("annually" -> "P1Y").
    frequencies: Mapping[str, str]
    #: tense cue -> "past", "future" or "none" (an "-ed" word that is no past verb).
    tense_cues: Mapping[str, str]
    #: prepositions and markers that make an ambiguous word after them a time ("in May").
    time_signals: frozenset[str]
    #: words that make the number after them an identifier ("No. 1998", "flight 2012").
    identifier_words: frozenset[str]
    #: verbs of giving, whose count after them counts recipients ("gave the two countries").
    giving_verbs: frozenset[str]

    def alternation(self, words: Iterable[str]) -> str:
        """A regex matching any of ``words``, spaces matching any white space.

        Written as a trie (shared prefixes factored out): the ``regex`` engine then tries one
        branch per letter instead of every word, which is what keeps the patterns fast.
        """
        return trie(words)


def trie(words: Iterable[str], cases: Mapping[str, str] | None = None) -> str:
    """A regex alternation of ``words`` as a trie; a space in a word matches any white space.

    ``cases`` (from :func:`case_classes`) spells each letter in every form it matches ignoring
    case in ``re`` ("k": "k", "K" and the Kelvin sign), for a trie tried at every word: the
    standard library tests a branch that opens with a plain character (or a class) before it
    enters it, but one ignoring case only inside it. A word's first letter is one branch per
    form ("W..." | "w..."), the cheapest test; the letters after it, a class each ("[Ii]").
    """
    words = set(words)
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}
    cases = cases or {}

    def emit(node: dict[str, Any], first: bool = False) -> str:
        ends = "" in node
        branches = []
        for c, child in sorted(node.items()):
            if not c:
                continue
            rest = emit(child)
            if c == " ":
                branches.append(r"\s+" + rest)
            elif c not in cases:
                branches.append(regex.escape(c) + rest)
            elif first:
                branches += [regex.escape(form) + rest for form in cases[c]]
            else:
                branches.append("[" + "".join(map(regex.escape, cases[c])) + "]" + rest)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return emit(root, first=True)


# Every character that has a case lies below this: the planes above hold none (ideographs,
# private use), so a character there matches only itself ignoring case.
_CASED_BELOW = 0x20000


def case_classes(characters: Iterable[str]) -> dict[str, str]:
    """Each cased one of ``characters`` -> every character it matches in ``re`` ignoring case.

    Found by ``re`` itself over every character that has a case, so that the forms are
    exactly what the character matches under ``(?i)`` ("k": "Kk" and the Kelvin sign; "s":
    "Ss" and "ſ"), itself among them.
    """
    literals = sorted(set(characters) - {" "})
    if not literals:
        return {}
    cased = "".join(map(chr, range(_CASED_BELOW)))
    found = set(re.findall("(?i:" + "|".join(map(re.escape, literals)) + ")", cased))
    forms = {}
    for character in literals:
        ignoring = re.compile("(?i:" + re.escape(character) + ")")
        matched = sorted({character} | {other for other in found if ignoring.fullmatch(other)})
        if matched != [character]:
            forms[character] = "".join(matched)
    return forms


def _mappings(entries: Iterable[Any]) -> Iterator[Mapping[str, Any]]:
    """The entries that are mappings (another plugin may contribute malformed ones)."""
    for entry in entries:
        if isinstance(entry, Mapping):
            yield entry


def build(combined: Mapping[str, tuple[Any, ...]]) -> Lexicons:
    """Index the combined lexicon entries (later entries never override earlier ones)."""

    def words(name: str) -> frozenset[str]:
        """A lexicon of plain words, folded."""
        return frozenset(key(entry) for entry in combined[name] if isinstance(entry, str))

    def table(name: str, word: str, value: Any) -> dict[str, Any]:
        """A lexicon of entries keyed by their folded ``word`` field, first entry winning."""
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
        count_nouns=words("date_count_nouns"),
        frequencies=table("date_frequencies", "word", lambda e: str(e["value"])),
        tense_cues=table("date_tense_cues", "phrase", lambda e: str(e["tense"])),
        time_signals=words("date_time_signals"),
        identifier_words=words("date_identifier_words"),
        giving_verbs=words("date_giving_verbs"),
    )
