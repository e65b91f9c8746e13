"""Shared text machinery for plugins: lines and paragraphs with their offsets.

Every helper works on the document's text as read and returns spans into it, never a cleaned
copy, so whatever a plugin finds with them slices back to the text it claims.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import Final

import regex

from stoltlib.model import TextSpan

__all__ = [
    "ASCII_LIKE",
    "SENTENCE_END",
    "Line",
    "ascii_letters",
    "has_digit",
    "lines",
    "logical_lines",
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


# A decimal digit, for text that is not ASCII (see has_digit).
_DIGIT = regex.compile(r"\d")

# A word: letters (with marks), digits, and inner apostrophes or hyphens ("don't", "co-op").
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*")


class Line:
    """A line of the text, without its line break; ``number`` counts lines from 0.

    ``is_blank`` (whether the line holds only white space) is computed when the line is made:
    rules ask it of every line, many times over.

    A plain class with slots rather than a frozen attrs class: a page has hundreds of lines
    and each rule reads them all, so making and reading lines is a hot path. Frozen attrs
    instances cost about three times as much to make (every field set through
    ``object.__setattr__``), and a named tuple's fields are slower to read; together they cost
    the outlet plugin a twentieth of its time. Lines are still values: equal when their
    fields are, hashable, and never to be changed once made, since plugins share them (see
    :func:`logical_lines`); the fields are ``Final``, so a type checker rejects an assignment.
    """

    __slots__ = ("end", "is_blank", "number", "start", "text")

    def __init__(self, start: int, end: int, text: str, number: int) -> None:
        self.start: Final = start
        self.end: Final = end
        self.text: Final = text
        self.number: Final = number
        self.is_blank: Final = not text or text.isspace()

    def _key(self) -> tuple[int, int, str, int]:
        return (self.start, self.end, self.text, self.number)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Line) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Line(start={self.start!r}, end={self.end!r}, text={self.text!r}, "
            f"number={self.number!r})"
        )

    @property
    def stripped(self) -> TextSpan:
        """The line without leading and trailing white space."""
        start, end = strip_span(self.text, 0, len(self.text))
        return TextSpan(self.start + start, self.start + end, self.text[start:end])


def lines(text: str) -> Iterator[Line]:
    """Every line of ``text``, blank ones included, with its offsets."""
    return iter(_physical_lines(text))


def _physical_lines(text: str) -> list[Line]:
    # The common case, only \n: str.split is many times faster than a match per line. (The other
    # breaks are looked for with "in", which scans a text for one character seventy times as
    # fast as a pattern's search for any of them.)
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text:
        position = 0
        parts = text.split("\n")
        if len(parts) > 1 and parts[-1] == "":
            parts.pop()  # no empty line after a final line break
        found = []
        for number, part in enumerate(parts):
            found.append(Line(position, position + len(part), part, number))
            position += len(part) + 1
        return found
    found = []
    number = 0
    position = 0
    length = len(text)
    while position <= length:
        match = _LINE.match(text, position)
        assert match is not None  # the pattern matches the empty string
        end = match.end()
        if end == length and position == length and number > 0:
            break  # no empty line after a final line break
        found.append(Line(position, end, text[position:end], number))
        number += 1
        if end >= length:
            break
        # Step over the line break: \r\n counts as one.
        position = end + (2 if text.startswith("\r\n", end) else 1)
    return found


@functools.lru_cache(maxsize=1)
def logical_lines(text: str) -> tuple[Line, ...]:
    """The lines of ``text`` as a reader takes them: a paragraph wrapped over lines is one line.

    Scraped news uses single line breaks as structure (a headline, a byline, a caption, each on
    its line), while newswire text and text re-flowed by an editor wrap paragraphs at a fixed
    width or anywhere: then the line breaks inside a paragraph are only layout. A run of
    non-blank lines is taken as one wrapped paragraph when most of its line breaks
    fall inside a sentence (the next line starts in lower case) or where the next word would
    not have fitted (a fixed-width wrap). An indented line starts a new paragraph (as in
    newswire copy); a blank line always does.

    A joined line spans its physical lines, and its ``text`` is theirs with each line break
    turned into spaces of the same length, so that an offset inside it is an offset into
    ``text``; ``number`` counts logical lines from 0. Blank lines are kept, one line each.

    The lines of the last text asked about are remembered: the metadata and the claims stages
    both read a document by its logical lines, and on short newswire stories the joining cost
    a quarter of the outlet plugin's time.
    """
    return tuple(_logical_lines(text))


def _logical_lines(text: str) -> list[Line]:
    physical = _physical_lines(text)
    # Until a block is joined the logical lines are the physical ones (most texts of scraped
    # pages never join one): ``joined`` is made, and the lines renumbered, only from the first.
    joined: list[Line] | None = None
    index = 0
    count = len(physical)
    while index < count:
        line = physical[index]
        last = index
        # Whether a line after the block's first opens in lower case: a wrapped paragraph has
        # one (see _is_wrapped), and a block of stacked headings and menus is settled on it.
        lower = False
        if not line.is_blank and index + 1 < count and not physical[index + 1].is_blank:
            indent = len(line.text) - len(line.text.lstrip())
            while last + 1 < count and not physical[last + 1].is_blank:
                following = physical[last + 1].text
                opening = following.lstrip()
                following_indent = len(following) - len(opening)
                if following_indent > indent:
                    break  # an indented line opens a paragraph of its own
                indent = following_indent
                lower = lower or opening[:1].islower()
                last += 1
        if lower:
            block = physical[index : last + 1]
            runs = [(0, len(block) - 1)] if _is_wrapped(block) else _runs(block)
        else:
            runs = []  # lines alone (most lines of a scraped page): nothing to join
        if not runs:
            if joined is not None:
                for kept in physical[index : last + 1]:
                    joined.append(Line(kept.start, kept.end, kept.text, len(joined)))
            index = last + 1
            continue
        if joined is None:
            joined = physical[:index]
        at = 0
        for first, final in [*runs, (len(block), len(block))]:
            for kept in block[at:first]:
                number = len(joined)
                joined.append(
                    kept if kept.number == number else Line(kept.start, kept.end, kept.text, number)
                )
            if first < len(block):
                start, end = block[first].start, block[final].end
                flat = text[start:end]
                # Most texts break lines with \n alone: one replace is many times faster than a
                # translation table's look-up per character.
                if "\r" in flat or "\u2028" in flat or "\u2029" in flat:
                    flat = flat.translate(_BREAKS_TO_SPACES)
                else:
                    flat = flat.replace("\n", " ")
                joined.append(Line(start, end, flat, len(joined)))
            at = final + 1
        index = last + 1
    return physical if joined is None else joined


def _runs(block: list[Line]) -> list[tuple[int, int]]:
    """The wrapped paragraphs inside a block that is not one as a whole, as index pairs.

    A block may hold a page's stacked header lines (a caption, "Subscribe") over a story whose
    paragraphs were each re-wrapped: each stretch ending in a line that ends a sentence is
    tried, without up to :data:`MAX_LEADING_LINES` lines at its top, for a wrapped paragraph.
    """
    runs: list[tuple[int, int]] = []
    # lower[i]: how many of the first i lines open in lower case. A wrapped stretch needs a
    # third of its breaks so (see _is_wrapped): most stretches are settled on these counts.
    lower = [0]
    for line in block:
        lower.append(lower[-1] + line.text.lstrip(_CLINGING)[:1].islower())
    begin = 0
    for end, line in enumerate(block):
        if line.text.rstrip()[-1:] not in SENTENCE_END and end < len(block) - 1:
            continue
        for first in range(begin, min(end, begin + MAX_LEADING_LINES + 1)):
            breaks = end - first
            if lower[end + 1] - lower[first + 1] < MIN_LOWER_SHARE * breaks:
                continue
            if _is_wrapped(block[first : end + 1]):
                runs.append((first, end))
                break
        begin = end + 1
    return runs


#: A wrapped paragraph has at least this many physical lines.
MIN_WRAPPED_LINES = 2
#: How many lines over a wrapped paragraph are tried as standing apart from it (a caption, a
#: widget, a dateline's line).
MAX_LEADING_LINES = 8
#: More than this share of a block's line breaks must look like wrapping, and at least this
#: share must go on in lower case.
WRAPPED_SHARE = 0.5
MIN_LOWER_SHARE = 1 / 3
#: A wrapped paragraph has at least this many words, and each of its lines but the last at
#: least this many (menus and lists have one or two a line).
MIN_WRAPPED_WORDS = 12
MIN_WRAPPED_LINE_WORDS = 2
#: A fixed-width wrap leaves lines at least this long (shorter runs are lists and menus).
MIN_WRAP_WIDTH = 40
#: A line was wrapped when the next word would have made it longer than this share of the
#: block's longest line (wrapping widths vary a little within a text).
WRAP_SLACK = 0.9

# Every line break character as a space, for turning the breaks inside a joined line into
# spaces of the same length ("\r\n" into two).
_BREAKS_TO_SPACES = str.maketrans(dict.fromkeys("\n\r\u2028\u2029", " "))


def _is_wrapped(block: list[Line]) -> bool:
    """Whether a run of non-blank lines is one paragraph wrapped over them.

    It must end like a sentence, and more than half of its line breaks must fall after a line
    of a few words (a menu's items are words or pairs of words) and either before a lower-case
    word (inside a sentence) or, after a line that does not end a sentence, before a word
    that would not have fitted the block's width; a third at least must be of the first kind.
    """
    if len(block) < MIN_WRAPPED_LINES or block[-1].text.rstrip()[-1:] not in SENTENCE_END:
        return False  # a paragraph of prose ends like a sentence: most blocks end here
    # Each line's text stripped at either end, once: the tests below read each several times.
    texts = [line.text for line in block]
    openings = [text.lstrip() for text in texts]
    for opening in itertools.islice(openings, 1, None):
        if opening[:1].islower():
            break
    else:
        return False  # no line goes on in lower case
    counts = [len(text.split()) for text in texts]  # word_count, inline: a call per line cost
    if sum(counts) < MIN_WRAPPED_WORDS:
        return False
    endings = [text.rstrip() for text in texts]
    width = max(map(len, endings))
    inside = fitted = 0
    breaks = len(block) - 1
    for index in range(breaks):
        ending = endings[index]
        if counts[index] < MIN_WRAPPED_LINE_WORDS or ending[-1:] == ":":
            continue
        after = openings[index + 1]
        if after.lstrip(_CLINGING)[:1].islower():  # also '"dual-track approach"' in a quote
            inside += 1  # the sentence goes on
        elif ending[-1:] not in SENTENCE_END and width >= MIN_WRAP_WIDTH:
            first_word = after.split(maxsplit=1)[0] if after else ""
            fitted += len(ending) + 1 + len(first_word) > WRAP_SLACK * width
    # Menus of items of one length fit the width test; only prose goes on in lower case.
    return inside >= MIN_LOWER_SHARE * breaks and inside + fitted > WRAPPED_SHARE * breaks


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


def has_digit(text: str) -> bool:
    r"""Whether ``text`` holds a digit (a Unicode decimal digit, as ``\d`` matches).

    Rules ask it of most lines of a page, often several times: on ASCII text ten searches for
    one character each (memchr speed) cost a third of a pattern's search for ``\d``.
    """
    if text.isascii():
        return (
            "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
            or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text
        )  # fmt: skip
    return _DIGIT.search(text) is not None


def word_count(text: str) -> int:
    """How many white-space separated tokens ``text`` has: a cheap length for layout rules."""
    return len(text.split())


def words(text: str) -> list[str]:
    """The words of ``text``: letters and digits, with inner apostrophes and hyphens."""
    return _WORD.findall(text)


#: Non-ASCII characters common in English news that are neither letters, digits nor marks, and
#: that ``re`` and ``regex`` alike take for white space (the no-break space) or not (the rest):
#: curly quotes, dashes, the ellipsis. Any other character of a text is tested on its own (see
#: :func:`ascii_letters`).
ASCII_LIKE: Final = "’“”\u00a0—‘–…―"

# What neither engine may take a character for, for :func:`ascii_letters` to pass it: a letter,
# mark, digit or white space of ``regex``, or a word character or white space of ``re``.
_REGEX_WORDISH = regex.compile(r"[\p{L}\p{M}\p{N}\s]")
_RE_WORDISH = re.compile(r"[\w\s]")
# The characters tested so far, and whether each passes (at most _MAX_NEUTRAL of them).
_NEUTRAL: dict[str, bool] = {}
_MAX_NEUTRAL = 4096


def _neutral(character: str) -> bool:
    """Whether ``character`` is punctuation or a symbol to both engines, with no case."""
    known = _NEUTRAL.get(character)
    if known is None:
        known = (
            _REGEX_WORDISH.match(character) is None
            and _RE_WORDISH.match(character) is None
            and character.lower() == character == character.casefold()
        )
        if len(_NEUTRAL) >= _MAX_NEUTRAL:
            _NEUTRAL.clear()  # a text of every character there is: keep the cache small
        _NEUTRAL[character] = known
    return known


def ascii_letters(text: str) -> bool:
    r"""Whether every letter, digit, mark and space of ``text`` is ASCII (or a no-break space).

    Such a text, whose other characters are punctuation and symbols without case, is read
    alike by a pattern spelled with Unicode classes (``\p{L}``, ``\w``, ``\s``) and by one
    spelled with ASCII ranges (``[A-Za-z]``), which ``re`` scans several times faster. The
    common non-ASCII characters (:data:`ASCII_LIKE`) are looked for by searches that run at C
    speed, and most English news holds no other; a text that does has each of its other
    characters tested once.
    """
    if text.isascii():
        return True
    for character in ASCII_LIKE:
        if character in text:
            text = text.replace(character, "")
    return text.isascii() or all(map(_neutral, _others(text)))


def _others(text: str) -> set[str]:
    """The characters of ``text`` that are not ASCII."""
    return {character for character in set(text) if not character.isascii()}
