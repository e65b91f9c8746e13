"""The quotes plugin's lexicons: data files in ``data/``, extendable through the lexicon hook.

``cue_verbs`` holds every inflected form of the verbs and phrases that report speech, each with
its lemma and its frame (how speaker, cue and content stand to one another: see the data
file); ``cue_adverbs`` the words that may stand between a speaker and the cue. The rules read
the combined lexicons through :func:`stoltlib.lexicon`, indexed once per combination.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

import attrs
import regex

import stoltlib

__all__ = ["FRAMES", "LEXICON_FILES", "Cue", "Lexicons", "current", "data_entries", "key"]

#: The lexicons this plugin reads and contributes to, with the data file behind each.
LEXICON_FILES = {
    "cue_verbs": "cue_verbs.tsv",
    "cue_adverbs": "cue_adverbs.tsv",
    "speaker_nouns": "speaker_nouns.tsv",
    "quote_labels": "labels.tsv",
}
#: Another plugin's lexicon read when it is there: the people plugin's role titles, whose last
#: words may head a speaker phrase too.
TITLES_LEXICON = "person_titles"

#: The frames a cue may have (see ``data/cue_verbs.tsv``).
FRAMES = frozenset({"say", "tell", "according"})

# White space runs inside a phrase: one space for lookup.
_SPACE = regex.compile(r"\s+")


def key(text: str) -> str:
    """A word or phrase as a lookup key: case folded, white space as one space."""
    folded = text.casefold()
    if folded.isalpha():
        return folded
    return _SPACE.sub(" ", folded).strip().replace("’", "'")


def _rows(filename: str) -> Iterator[list[str]]:
    """The rows of a data file: tab-separated cells, comments and blank lines left out."""
    source = resources.files(__package__).joinpath("data").joinpath(filename)
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]


@functools.cache
def _data(name: str) -> tuple[Any, ...]:
    """The entries of the data file behind lexicon ``name``, shaped as the lexicon takes them."""
    rows = list(_rows(LEXICON_FILES[name]))
    if name == "cue_verbs":
        return tuple({"cue": r[0], "lemma": r[1], "frame": r[2]} for r in rows)
    return tuple(r[0] for r in rows)


def data_entries(name: str) -> tuple[Any, ...] | None:
    """The plugin's own entries for lexicon ``name``, or ``None`` for a lexicon it lacks."""
    return _data(name) if name in LEXICON_FILES else None


@attrs.frozen
class Cue:
    """A cue form's lemma and frame."""

    lemma: str
    frame: str


@attrs.frozen(kw_only=True)
class Lexicons:
    """The lexicons indexed for the rules."""

    cues: Mapping[str, Cue]
    adverbs: frozenset[str]
    #: Lower-case words a speaker phrase without a name may end with.
    speaker_nouns: frozenset[str]
    #: Labels that open a line with a colon without naming a speaker ("Photo:", "Read more:").
    labels: frozenset[str]
    #: Any cue form as a whole word or phrase, any case.
    cue_pattern: re.Pattern[str] | None

    def cue(self, text: str) -> Cue | None:
        """The cue a matched form stands for."""
        return self.cues.get(key(text))


def _mappings(entries: Iterable[Any]) -> Iterator[Mapping[str, Any]]:
    """Entries as mappings; a plain string is a verb form of the "say" frame."""
    for entry in entries:
        if isinstance(entry, Mapping):
            yield entry
        else:
            yield {"cue": entry, "lemma": entry, "frame": "say"}


def _trie(phrases: Iterable[str]) -> str:
    """A pattern matching any of ``phrases``, merged into a trie so that a scan is cheap.

    Whole documents are scanned for cues: a trie settles most positions on their first
    character where a flat alternation of hundreds of forms would try each. Optional tails are
    greedy, so the longest form wins ("said" over "sai-", "pointed out" over "pointed").
    """
    root: dict[str, Any] = {}
    for phrase in set(phrases):
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(root)


def _node_pattern(node: Mapping[str, Any]) -> str:
    branches = []
    for char in sorted(node):
        if not char:
            continue
        head = r"\s{1,3}" if char == " " else re.escape(char)
        branches.append(head + _node_pattern(node[char]))
    if not branches:
        return ""
    ends_here = "" in node
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends_here else "")


def _build(
    cues: tuple[Any, ...],
    adverbs: tuple[Any, ...],
    nouns: tuple[Any, ...],
    labels: tuple[Any, ...] = (),
    titles: tuple[Any, ...] = (),
) -> Lexicons:
    by_form: dict[str, Cue] = {}
    for entry in _mappings(cues):
        form = key(str(entry.get("cue", "")))
        frame = str(entry.get("frame") or "say")
        if form and frame in FRAMES:
            by_form.setdefault(form, Cue(key(str(entry.get("lemma") or form)), frame))
    pattern = None
    if by_form:
        # The standard library's engine: this pattern scans every document whole, and ``re``
        # runs a trie of literals about four times faster than ``regex`` does.
        pattern = re.compile(r"(?<![\w'’\-])(?i:" + _trie(by_form) + r")(?![\w'’\-])")
    return Lexicons(
        cues=by_form,
        adverbs=frozenset(key(str(word)) for word in adverbs if isinstance(word, str)),
        speaker_nouns=frozenset(key(str(word)) for word in nouns if isinstance(word, str))
        | frozenset(
            key(str(entry.get("title", ""))).split(" ")[-1]
            for entry in titles
            if isinstance(entry, Mapping) and entry.get("title")
        ),
        labels=frozenset(key(str(word)) for word in labels if isinstance(word, str)),
        cue_pattern=pattern,
    )


# The combined lexicons are cached tuples owned by the plugin manager: index each combination
# once. The cache holds the tuples themselves, so an id is never reused while its entry lives.
_INDEX: dict[tuple[int, ...], tuple[tuple[Any, ...], Lexicons]] = {}


def current() -> Lexicons:
    """The lexicons of the plugin manager running the pipeline, indexed."""
    combined = tuple(stoltlib.lexicon(name) for name in (*LEXICON_FILES, TITLES_LEXICON))
    cache_key = tuple(id(entries) for entries in combined)
    cached = _INDEX.get(cache_key)
    if cached is None or cached[0] != combined:
        if len(_INDEX) > 16:  # managers come and go in tests; keep the cache small
            _INDEX.clear()
        cached = (combined, _build(*combined))
        _INDEX[cache_key] = cached
    return cached[1]
