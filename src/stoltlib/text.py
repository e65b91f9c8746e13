"""Shared text machinery for plugins: lines and paragraphs with their offsets.

Every helper works on the document's text as read and returns spans into it, never a cleaned
copy, so whatever a plugin finds with them slices back to the text it claims.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from stoltlib.model import TextSpan

__all__ = [
    "SENTENCE_END",
    "Line",
    "lines",
    "paragraphs",
    "split_spans",
    "squash",
    "strip_span",
    "word_count",
    "words",
]

# One line: its content up to (not including) a line break of any convention (\n, \r\n, \r)
# or a Unicode line/paragraph separator. The empty match at the very end is dropped below.
_LINE = regex.compile(r"[^\n\r\u2028\u2029]*")

# Line breaks other than \n, which need the general (slower) path.
_OTHER_BREAKS = regex.compile(r"[\r\u2028\u2029]")

# A word: letters (with marks), digits, and inner apostrophes or hyphens ("don't", "co-op").
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*")


@attrs.frozen
class Line:
    """A line of the text, without its line break; ``number`` counts lines from 0."""

    start: int
    end: int
    text: str
    number: int
    #: Whether the line holds only white space. Computed once: rules ask it of every line,
    #: many times over.
    is_blank: bool = attrs.field(init=False, eq=False, repr=False)

    @is_blank.default
    def _blank(self) -> bool:
        return not self.text or self.text.isspace()

    @property
    def stripped(self) -> TextSpan:
        """The line without leading and trailing white space."""
        start, end = strip_span(self.text, 0, len(self.text))
        return TextSpan(self.start + start, self.start + end, self.text[start:end])


def lines(text: str) -> Iterator[Line]:
    """Every line of ``text``, blank ones included, with its offsets."""
    if not _OTHER_BREAKS.search(text):
        # The common case, only \n: str.split is many times faster than a match per line.
        position = 0
        parts = text.split("\n")
        if len(parts) > 1 and parts[-1] == "":
            parts.pop()  # no empty line after a final line break
        for number, part in enumerate(parts):
            yield Line(position, position + len(part), part, number)
            position += len(part) + 1
        return
    number = 0
    position = 0
    length = len(text)
    while position <= length:
        match = _LINE.match(text, position)
        assert match is not None  # the pattern matches the empty string
        end = match.end()
        if end == length and position == length and number > 0:
            break  # no empty line after a final line break
        yield Line(position, end, text[position:end], number)
        number += 1
        if end >= length:
            break
        # Step over the line break: \r\n counts as one.
        position = end + (2 if text.startswith("\r\n", end) else 1)


def paragraphs(text: str) -> Iterator[TextSpan]:
    """Runs of non-blank lines separated by blank lines, each from its first to last character."""
    start = end = -1
    for line in lines(text):
        if line.is_blank:
            if start >= 0:
                yield TextSpan(start, end, text[start:end])
                start = -1
            continue
        span = line.stripped
        if start < 0:
            start = span.start
        end = span.end
    if start >= 0:
        yield TextSpan(start, end, text[start:end])


def split_spans(
    text: str, start: int, end: int, separator: regex.Pattern[str]
) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` between matches of ``separator``, as offsets.

    Each part is trimmed of white space; empty parts are dropped.
    """
    parts = []
    cursor = start
    for match in separator.finditer(text, start, end):
        parts.append(strip_span(text, cursor, match.start()))
        cursor = match.end()
    parts.append(strip_span(text, cursor, end))
    return [(a, b) for a, b in parts if b > a]


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``start..end`` so that it neither begins nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


#: Characters a sentence may end with: its punctuation, or a closing bracket or quote mark of
#: any style (every style, so that straight and curly quotes are read alike).
SENTENCE_END = ".!?)\"'“”‘’«»"

# Quote marks and brackets that may cling to a name's ends in scraped text.
_CLINGING = "\"'“”‘’«»()[]{}"


def squash(text: str) -> str:
    """A name as a plain value: white space runs as one space, clinging quote marks removed.

    For names taken out of the text (an outlet, a place), not for spans: the same name then
    reads the same whatever quote marks or spacing surround it.
    """
    return " ".join(text.split()).strip(_CLINGING).strip()


def word_count(text: str) -> int:
    """How many white-space separated tokens ``text`` has: a cheap length for layout rules."""
    return len(text.split())


def words(text: str) -> list[str]:
    """The words of ``text``: letters and digits, with inner apostrophes and hyphens."""
    return _WORD.findall(text)
