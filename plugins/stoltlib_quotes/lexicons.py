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
from typing import Any

import attrs
import regex

from stoltlib.lexicon_files import IndexedLexicons, data_rows
from stoltlib.tries import trie_pattern

__all__ = ["FRAMES", "LEXICON_FILES", "Cue", "Lexicons", "current", "data_entries", "key"]

#: The lexicons this plugin reads and contributes to, with the data file behind each.
LEXICON_FILES = {
    "cue_verbs": "cue_verbs.tsv",
    "cue_adverbs": "cue_adverbs.tsv",
    "speaker_nouns": "speaker_nouns.tsv",
    "quote_labels": "labels.tsv",
    "noun_phrase_cues": "noun_phrase_cues.tsv",
}
#: Another plugin's lexicon read when it is there: the people plugin's role titles, whose last
#: words may head a speaker phrase too.
TITLES_LEXICON = "person_titles"

#: The frames a cue may have (see ``data/cue_verbs.tsv``).
FRAMES = frozenset({"say", "tell", "clause", "according"})

# White space runs inside a phrase: one space for lookup.
_SPACE = regex.compile(r"\s+")


def key(text: str) -> str:
    """A word or phrase as a lookup key: case folded, white space as one space."""
    folded = text.casefold()
    return folded if folded.isalpha() else _spaced(folded)


def _spaced(folded: str) -> str:
    """:func:`key` of a case-folded text that is not one plain word."""
    return _SPACE.sub(" ", folded).strip().replace("’", "'")


def _rows(filename: str) -> Iterator[list[str]]:
    """The rows of a data file: tab-separated cells, comments and blank lines left out."""
    return data_rows(__package__, filename)


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
    #: Lemmas of cues whose content may be a bare noun phrase ("announced his resignation").
    noun_phrase_cues: frozenset[str] = frozenset()
    #: Any cue form as a whole word or phrase, any case.
    cue_pattern: re.Pattern[str] | None
    #: The same forms in lower case only, each after the character before it, for a
    #: lower-cased copy of the text with a space before it (see
    #: :func:`stoltlib_quotes.context.find_cues`); ``None`` unless every form is ASCII and no
    #: two forms may abut (:func:`_may_abut`).
    lower_cue_pattern: re.Pattern[str] | None = None
    #: :attr:`lower_cue_pattern` for a text whose letters are all ASCII
    #: (:func:`stoltlib.text.ascii_letters`): its word characters spelled as ASCII ranges,
    #: which the engine tests at C speed, where ``\w`` looks each character's category up.
    ascii_cue_pattern: re.Pattern[str] | None = None

    def cue(self, text: str) -> Cue | None:
        """The cue a matched form stands for."""
        return self.cues.get(key(text))

    def word_cue(self, low: str) -> Cue | None:
        """The cue a token stands for, given its case-folded text (``Token.low``).

        The same as :meth:`cue` of the token's text, without folding it again: the rules ask
        this of token after token.
        """
        if low.isalpha() or (" " not in low and "’" not in low and low.isprintable()):
            # No white space and no curly apostrophe (every white space character but the
            # space is unprintable): :func:`_spaced` would change nothing. Most tokens that are
            # no plain word are punctuation, which this spares a substitution.
            return self.cues.get(low)
        return self.cues.get(_spaced(low))


def _mappings(entries: Iterable[Any]) -> Iterator[Mapping[str, Any]]:
    """Entries as mappings; a plain string is a verb form of the "say" frame."""
    for entry in entries:
        if isinstance(entry, Mapping):
            yield entry
        else:
            yield {"cue": entry, "lemma": entry, "frame": "say"}


# What may not stand on either side of a cue form (the cue patterns' look-arounds).
_WORD_EDGE = re.compile(r"[\w'’\-]")


def _may_abut(forms: Iterable[str]) -> bool:
    """Whether one form may start right where another ends, so that both are cues.

    Only a form ending in a character that may stand beside a form (not one of
    :data:`_WORD_EDGE`'s) and one starting with such a character can ("said:" and "(quote)"
    in "said:(quote)"). The lower-case pattern, which takes in the character before a form,
    would miss the second; the built-in forms start and end with word characters, and a
    lexicon whose forms can abut is searched with the any-case pattern instead.
    """
    forms = list(forms)
    return any(not _WORD_EDGE.match(form[-1]) for form in forms) and any(
        not _WORD_EDGE.match(form[0]) for form in forms
    )


def _build(
    cues: tuple[Any, ...],
    adverbs: tuple[Any, ...],
    nouns: tuple[Any, ...],
    labels: tuple[Any, ...] = (),
    noun_phrase_cues: tuple[Any, ...] = (),
    titles: tuple[Any, ...] = (),
) -> Lexicons:
    by_form: dict[str, Cue] = {}
    for entry in _mappings(cues):
        form = key(str(entry.get("cue", "")))
        frame = str(entry.get("frame") or "say")
        if form and frame in FRAMES:
            by_form.setdefault(form, Cue(key(str(entry.get("lemma") or form)), frame))
    pattern = lower = ascii_lower = None
    if by_form:
        # The standard library's engine: this pattern scans every document whole, and ``re``
        # runs a trie of literals (:func:`stoltlib.tries.trie_pattern`) about four times faster
        # than ``regex`` does; twice as fast again without IGNORECASE, on lower-cased text.
        trie = trie_pattern(by_form)
        pattern = re.compile(r"(?<![\w'’\-])(?i:" + trie + r")(?![\w'’\-])")
        if all(form.isascii() for form in by_form) and not _may_abut(by_form):
            # The character before the form is matched rather than looked behind at: the
            # engine then skips the letters inside words at once, where it tried the
            # look-behind at every one (a tenth less time).
            lower = re.compile(r"[^\w'’\-](?:" + trie + r")(?![\w'’\-])")
            ascii_lower = re.compile(r"[^A-Za-z0-9_'’\-](?:" + trie + r")(?![A-Za-z0-9_'’\-])")
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
        noun_phrase_cues=frozenset(
            key(str(word)) for word in noun_phrase_cues if isinstance(word, str)
        ),
        cue_pattern=pattern,
        lower_cue_pattern=lower,
        ascii_cue_pattern=ascii_lower,
    )


# Indexed once per combination of the lexicons every plugin contributes.
_INDEX = IndexedLexicons((*LEXICON_FILES, TITLES_LEXICON), _build)


def current() -> Lexicons:
    """The lexicons of the plugin manager running the pipeline, indexed."""
    return _INDEX.current()
