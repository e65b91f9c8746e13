"""The sentences of a text, and where one runs on past a line break."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from stoltlib.quoting import read
from stoltlib_offices.limits import REACH

# White space as the ``regex`` patterns read it: str.isspace also takes \x1c-\x1f.
_SPACE = regex.compile(r"\s")


# A line break inside a paragraph (not a blank line), with the spacing around it: the rule
# _single_breaks_as_spaces follows, held to this pattern by a property test.
_LINE_BREAK = regex.compile(r"(?<=\S)[ \t]*\r?\n(?=[ \t]*\S)")


# An initial closing a sentence the core's reader ended there: "said L.K." before "Evans".
_INITIAL_AT_END = regex.compile(r"(?<![\w.])(?:\p{Lu}\.){1,3}\Z")


# What ends a sentence, and the closing marks that may follow it.
_STOPS = frozenset(".!?…:;")


_CLOSING_MARKS = "\"'”’)] \t"


def _clauses(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with single line breaks as spaces (offsets kept), and its sentences.

    Wire copy wraps its paragraphs at a fixed width, and a short paragraph of two lines reads
    as two paragraphs to the core's reader: its sentences never cross a line. An office change
    is often told over such a break ("will succeed" / "John M. Henske as chief executive"), so
    a sentence that ends without a full stop, with only a line break before the next one, goes
    on into it.
    """
    flat = _single_breaks_as_spaces(text)
    merged: list[tuple[int, int]] = []
    last: tuple[int, int] | None = None  # the core's sentence that closes the merged one
    for start, end in read(text).sentence_bounds:
        if merged and last is not None and _runs_on(text, last, start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
        last = (start, end)
    return flat, merged


def _single_breaks_as_spaces(text: str) -> str:
    """``text`` with each line break inside a paragraph, and the spacing around it, as spaces.

    A line break between two lines of text (not a blank line, not the text's edge) and the
    spaces or tabs before it become spaces, so the text keeps its length. What
    :data:`_LINE_BREAK` matches, found by a search for each line break rather than a pattern
    tried at every character.
    """
    if "\n" not in text:
        return text
    pieces: list[str] = []
    done = 0
    at = text.find("\n")
    while at >= 0:
        start = at
        if start and text[start - 1] == "\r":
            start -= 1
        while start and text[start - 1] in " \t":
            start -= 1
        after = at + 1
        while after < len(text) and text[after] in " \t":
            after += 1
        if (
            start
            and not _is_space(text[start - 1])
            and after < len(text)
            and (not _is_space(text[after]))
        ):
            pieces.append(text[done:start])
            pieces.append(" " * (at + 1 - start))
            done = at + 1
        at = text.find("\n", at + 1)
    pieces.append(text[done:])
    return "".join(pieces)


def _is_space(char: str) -> bool:
    """Whether ``char`` is white space as the patterns read it (str.isspace takes more)."""
    if char.isascii():
        # The ASCII white space \s reads, without a call into the engine (it is asked
        # thousands of times a story); other characters ask the pattern.
        return char in _ASCII_SPACES
    return _SPACE.match(char) is not None


#: What the ``regex`` module's ``\s`` matches among ASCII characters.
_ASCII_SPACES = frozenset(" \t\n\x0b\x0c\r")


def _runs_on(text: str, sentence: tuple[int, int], following: int) -> bool:
    """Whether a sentence goes on at ``following``: no stop at its end, no blank line between.

    Only the sentence's last few characters are read: a run of merged lines may be long.
    """
    closed = text[max(sentence[0], sentence[1] - REACH) : sentence[1]].rstrip(_CLOSING_MARKS)
    if closed[-1:] in _STOPS and _INITIAL_AT_END.search(closed) is None:
        return False  # a full stop, but not an initial's: "said L.K." / "Evans has been ..."
    return "\n" not in text[sentence[1] : following].replace("\n", "", 1)


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_left(spans, (end, end))
    return any(a < end and start < b for a, b in spans[max(0, index - 8) : index])
