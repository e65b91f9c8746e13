"""The offices plugin's lexicons: data files in ``data/``, extendable through the lexicon hook.

``office_cues`` holds the verbs and phrases that state an office-holder change or tenure, each
with its event type and frame (how person, office and the other roles stand to it: see the data
file); ``positions`` the offices, each with its aliases. The rules read the combined lexicons
through :func:`stoltlib.lexicon`, indexed once per combination.
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

__all__ = [
    "FRAMES",
    "GIVEN_NAMES_LEXICON",
    "LEXICON_FILES",
    "Cue",
    "Lexicons",
    "current",
    "data_entries",
    "key",
]

#: The lexicons this plugin reads and contributes to, with the data file behind each.
LEXICON_FILES = {
    "office_cues": "office_cues.tsv",
    "positions": "positions.tsv",
    "position_heads": "position_heads.tsv",
}

#: Another plugin's lexicon read when it is there: the people plugin's given names, which a
#: name read here must open with (or an initial): "Air Force" is no one's name.
GIVEN_NAMES_LEXICON = "given_names"

#: The frames a cue may have (see ``data/office_cues.tsv``).
FRAMES = frozenset(
    {
        "passive",
        "active",
        "leave",
        "dismiss",
        "succeed",
        "become",
        "hold",
        "extend",
        "helm",
        "nominal",
        "candidate",
    }
)

# Runs of white space and hyphens inside a phrase: "vice-president" is "vice president".
_SEPARATORS = regex.compile(r"[\s\-‐‑–]+")


def key(text: str) -> str:
    """A word or phrase as a lookup key: case folded, hyphens and white space as one space."""
    return _SEPARATORS.sub(" ", text.casefold()).strip()


def _cell(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


@functools.cache
def _data(name: str) -> tuple[Any, ...]:
    """The entries of the data file behind lexicon ``name``, shaped as the lexicon takes them."""
    rows = list(data_rows(__package__, LEXICON_FILES[name]))
    if name == "office_cues":
        return tuple({"cue": r[0], "type": r[1], "frame": r[2]} for r in rows)
    if name == "position_heads":
        return tuple(r[0] for r in rows)
    return tuple(
        {
            "position": r[0],
            "aliases": [a.strip() for a in _cell(r, 1).split(";") if a.strip()],
            "kind": _cell(r, 2) or "both",
        }
        for r in rows
    )


def data_entries(name: str) -> tuple[Any, ...] | None:
    """The plugin's own entries for lexicon ``name``, or ``None`` for a lexicon it lacks."""
    return _data(name) if name in LEXICON_FILES else None


@attrs.frozen
class Cue:
    """What a cue form states: the event type and the frame its roles stand in."""

    type: str
    frame: str


@attrs.frozen(kw_only=True)
class Lexicons:
    """The lexicons indexed for the rules."""

    cues: Mapping[str, Cue]
    #: Every alias of every office (its key) to the office's canonical name.
    positions: Mapping[str, str]
    #: Each canonical office's kind: "corporate", "political" or "both".
    kinds: Mapping[str, str]
    #: Any cue form as a whole word or phrase, any case.
    cue_pattern: regex.Pattern[str] | None
    #: The first word of every cue form, case folded: the pattern is tried only at these.
    cue_first_words: frozenset[str]
    #: Those first words as whole words, for a lower-cased ASCII text (the standard library's
    #: engine finds them far faster than a walk over every word); ``None`` unless all are ASCII.
    ascii_first_word_pattern: re.Pattern[str] | None = None
    #: Any office alias as a whole word or phrase, any case, longest first.
    position_pattern: regex.Pattern[str] | None
    #: A title no office of ``positions`` spells, ending in a head noun ("chief widget
    #: officer"): up to three lower-case words before the noun, the title group ``title``.
    unknown_title_pattern: regex.Pattern[str] | None = None
    #: Given names (case folded) a name read by the rules must open with; empty: any name.
    given_names: frozenset[str] = frozenset()
    #: Every word of a cue form or an office alias (a key's words): what a headline in
    #: capitals is read in lower case for.
    phrase_words: frozenset[str] = frozenset()

    def cue(self, text: str) -> Cue | None:
        """The cue a matched form stands for."""
        return self.cues.get(key(text))

    def position(self, text: str) -> str | None:
        """The canonical name of the office an alias names."""
        return self.positions.get(key(text))


def _mappings(entries: Iterable[Any]) -> Iterator[Mapping[str, Any]]:
    for entry in entries:
        if isinstance(entry, Mapping):
            yield entry


def _phrase_pattern(phrases: Iterable[str]) -> regex.Pattern[str] | None:
    """Any of ``phrases`` as whole words, case-blind; hyphens and spaces alike inside them."""
    spelled = {key(phrase) for phrase in phrases if key(phrase)}
    if not spelled:
        return None
    body = trie_pattern(spelled, space=r"[\s\-‐‑–]{1,3}")
    # A phrase may go on with a hyphen and a word in lower case: "vice president-finance".
    return regex.compile(rf"(?<![\w\-])(?:{body})(?!\w)(?!-(?!\p{{Ll}}))", regex.IGNORECASE)


def _first_word_pattern(words: set[str]) -> re.Pattern[str] | None:
    """Any of ``words`` (lower case, ASCII) standing as a whole word, for ``re``."""
    if not words or not all(word.isascii() for word in words):
        return None
    # A trie: the scan over every word of a text settles a word on its first letters, where an
    # alternation of a hundred words tried each in turn.
    body = trie_pattern(words)
    # A first word may be followed by a hyphen: the cue pattern reads "re-elected" as "re
    # elected".
    return re.compile(rf"(?<![\w\-])(?:{body})(?!\w)")


def _unknown_title_pattern(heads: Iterable[Any]) -> regex.Pattern[str] | None:
    """Up to three lower-case words and a head noun, as whole words: "chief widget officer"."""
    nouns = sorted({key(h) for h in heads if isinstance(h, str) and key(h).isalpha()})
    if not nouns:
        return None
    return regex.compile(
        rf"(?P<title>(?:\p{{Ll}}[\p{{Ll}}\-]*\s+){{0,3}}(?:{'|'.join(nouns)}))(?![\w\-])"
    )


def _build(
    cue_entries: tuple[Any, ...],
    position_entries: tuple[Any, ...],
    head_entries: tuple[Any, ...] = (),
    name_entries: tuple[Any, ...] = (),
) -> Lexicons:
    cues: dict[str, Cue] = {}
    for entry in _mappings(cue_entries):
        form, kind, frame = entry.get("cue"), entry.get("type"), entry.get("frame")
        if isinstance(form, str) and isinstance(kind, str) and frame in FRAMES:
            cues.setdefault(key(form), Cue(kind, str(frame)))
    firsts = {form.split()[0] for form in cues if form.split()}
    positions: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for entry in _mappings(position_entries):
        name = entry.get("position")
        if not isinstance(name, str) or not name.strip():
            continue
        kinds.setdefault(name, str(entry.get("kind") or "both"))
        aliases = entry.get("aliases") or ()
        for alias in [name, *(a for a in aliases if isinstance(a, str))]:
            positions.setdefault(key(alias), name)
    return Lexicons(
        cues=cues,
        positions=positions,
        kinds=kinds,
        cue_pattern=_phrase_pattern(cues),
        cue_first_words=frozenset(firsts),
        ascii_first_word_pattern=_first_word_pattern(firsts),
        position_pattern=_phrase_pattern(positions),
        unknown_title_pattern=_unknown_title_pattern(head_entries),
        given_names=frozenset(
            str(entry["name"]).casefold()
            for entry in _mappings(name_entries)
            if isinstance(entry.get("name"), str)
        ),
        phrase_words=frozenset(word for phrase in (*cues, *positions) for word in phrase.split()),
    )


_INDEX = IndexedLexicons(
    ("office_cues", "positions", "position_heads", GIVEN_NAMES_LEXICON), _build
)


def current() -> Lexicons:
    """The lexicons of the plugin manager running the pipeline (or the default one), indexed."""
    return _INDEX.current()
