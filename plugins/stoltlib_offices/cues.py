"""Where the office cues stand in a text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from stoltlib_offices.lexicons import Lexicons

# A run of letters: where a cue may open (every cue form opens with a word of letters).
_LETTERS = regex.compile(r"[^\W\d_]+")


def _cue_matches(flat: str, lexicons: Lexicons) -> Iterator[regex.Match[str]]:
    """The matches of the cue pattern in ``flat``, in order, as its ``finditer`` gives them.

    A cue opens at a word's start with one of the lexicon's first words: the pattern is tried
    only there, not at every character of the text (a case-blind alternation of a hundred
    phrases tried everywhere cost most of the plugin). On ASCII text the first words are found
    in a lower-cased copy (of the same length) by the standard library's engine; elsewhere
    every word is looked up.
    """
    pattern = lexicons.cue_pattern
    if pattern is None:
        return
    firsts = lexicons.ascii_first_word_pattern
    if firsts is not None and flat.isascii():
        starts: Iterable[int] = (word.start() for word in firsts.finditer(flat.lower()))
    else:
        first_words = lexicons.cue_first_words
        starts = (
            word.start()
            for word in _LETTERS.finditer(flat)
            if word.group().casefold() in first_words
        )
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(flat, start)
        if match is not None:
            end = match.end()
            yield match
