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

from stoltlib.lexicon_files import data_rows
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
    fall inside a sentence (the next line starts in lower case, or a full line of prose ends
    with a word such as "of" or "the") or where the next word would not have fitted (a
    fixed-width wrap). When the paragraphs so found show that the text is wrapped at a fixed
    width, a paragraph whose every line break falls where the next word would not have fitted
    that width is one too, whatever the next line opens with (wire copy's short paragraphs,
    broken before a name or a number). An indented line starts a new paragraph (as in
    newswire copy, whose wrapped lines are flush left); a blank line always does.

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
    blocks = _blocks(physical)
    runs: list[list[tuple[int, int]]] = []
    for first, last, lower in blocks:
        if lower:  # most blocks of a scraped page are a line alone, or lines of no sentence
            block = physical[first : last + 1]
            runs.append(_WHOLE if _is_wrapped(block) else _runs(block))
        else:
            runs.append([])
    width = _wrap_width(physical, blocks, runs) if any(runs) else 0
    if width:
        # A text wrapped at a fixed width: lines left apart may still be a paragraph whose
        # breaks all fall where the next word would not have fitted (wire copy's short
        # paragraphs, whose breaks come before a name or a number, not a lower-case word).
        for number, (first, last, _) in enumerate(blocks):
            if runs[number] is not _WHOLE and last > first:
                runs[number] = _fitted_runs(physical[first : last + 1], runs[number], width)
    if not any(runs):
        return physical  # most texts of scraped pages never join a line
    joined: list[Line] = []
    for (first, last, _), found in zip(blocks, runs, strict=True):
        if found is _WHOLE:
            joined.append(_joined(text, physical[first], physical[last], len(joined)))
            continue
        if not found:  # a line alone, or lines kept apart: only renumbered
            for kept in physical[first : last + 1]:
                number = len(joined)
                joined.append(
                    kept if kept.number == number else Line(kept.start, kept.end, kept.text, number)
                )
            continue
        block = physical[first : last + 1]
        at = 0
        for begin, final in [*found, (len(block), len(block))]:
            for kept in block[at:begin]:
                number = len(joined)
                joined.append(
                    kept if kept.number == number else Line(kept.start, kept.end, kept.text, number)
                )
            if begin < len(block):
                joined.append(_joined(text, block[begin], block[final], len(joined)))
            at = final + 1
    return joined


# The runs of a block that is one wrapped paragraph as a whole (one object, told by identity).
_WHOLE: list[tuple[int, int]] = [(0, -1)]


def _blocks(physical: list[Line]) -> list[tuple[int, int, bool]]:
    """The blocks of lines that may be one paragraph each, and whether a sentence may go on.

    Each block is its first and last index, and whether a sentence may go on over one of its
    line breaks (a wrapped paragraph has one, see :func:`_goes_on`). A blank line is a block of
    its own; an indented line starts a block, as a paragraph of newswire copy does (whose lines
    are wrapped flush left, so that its one-line paragraphs follow each other indented alike).
    """
    blocks: list[tuple[int, int, bool]] = []
    index = 0
    count = len(physical)
    while index < count:
        line = physical[index]
        last = index
        lower = False
        if not line.is_blank and index + 1 < count and not physical[index + 1].is_blank:
            indent = len(line.text) - len(line.text.lstrip())
            while last + 1 < count and not physical[last + 1].is_blank:
                following = physical[last + 1].text
                opening = following.lstrip()
                following_indent = len(following) - len(opening)
                if following_indent and following_indent >= indent:
                    # An indented line opens a paragraph of its own (as in newswire copy,
                    # whose one-line paragraphs follow each other indented alike).
                    break
                indent = following_indent
                lower = lower or opening[:1].islower() or _ends_going_on(physical[last].text)
                last += 1
        blocks.append((index, last, lower))
        index = last + 1
    return blocks


def _joined(text: str, first: Line, final: Line, number: int) -> Line:
    """The lines from ``first`` to ``final`` as one, each line break turned into spaces."""
    start, end = first.start, final.end
    flat = text[start:end]
    # Most texts break lines with \n alone: one replace is many times faster than a
    # translation table's look-up per character.
    if "\r" in flat or "\u2028" in flat or "\u2029" in flat:
        flat = flat.translate(_BREAKS_TO_SPACES)
    else:
        flat = flat.replace("\n", " ")
    return Line(start, end, flat, number)


def _runs(block: list[Line]) -> list[tuple[int, int]]:
    """The wrapped paragraphs inside a block that is not one as a whole, as index pairs.

    A block may hold a page's stacked header lines (a caption, "Subscribe") over a story whose
    paragraphs were each re-wrapped: each stretch ending in a line that ends a sentence is
    tried, without up to :data:`MAX_LEADING_LINES` lines at its top, for a wrapped paragraph.
    """
    runs: list[tuple[int, int]] = []
    # going[i]: over how many of the first i line breaks a sentence goes on. A wrapped stretch
    # needs a third of its breaks so (see _is_wrapped): most stretches are settled on these.
    going = [0]
    for line, following in itertools.pairwise(block):
        going.append(going[-1] + _goes_on(line.text, following.text.lstrip()))
    begin = 0
    for end, line in enumerate(block):
        if line.text.rstrip()[-1:] not in SENTENCE_END and end < len(block) - 1:
            continue
        for first in range(begin, min(end, begin + MAX_LEADING_LINES + 1)):
            breaks = end - first
            if going[end] - going[first] < MIN_LOWER_SHARE * breaks:
                continue
            if _is_wrapped(block[first : end + 1]):
                runs.append((first, end))
                break
        begin = end + 1
    return runs


#: Words a sentence goes on after, never the last of a heading (see :func:`_goes_on`).
CONTINUING_WORDS: Final = frozenset(row[0] for row in data_rows("stoltlib", "continuing_words.tsv"))

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
#: A line of running text has at least this many words (see _is_prose_line).
MIN_PROSE_LINE_WORDS = 6
#: A fixed-width wrap leaves lines at least this long (shorter runs are lists and menus).
MIN_WRAP_WIDTH = 34
#: A text's wrap width is read off at least this many wrapped lines, at most this wide (wider
#: lines were broken by an editor, not at a fixed width), and at least this share of them at
#: least this share of the widest.
MIN_WIDTH_EVIDENCE = 1
MAX_WRAP_WIDTH = 100
FIXED_WIDTH_LINES = 0.5
FIXED_WIDTH_SHARE = 0.8
#: A line was wrapped when the next word would have made it longer than this share of the
#: block's longest line (wrapping widths vary a little within a text).
WRAP_SLACK = 0.9

# Initials at the end of a line ("said L.K." / "Evans"): single capitals, each with its full
# stop, after a space; a name follows them, so the line need not end a sentence.
_INITIALS_AT_END = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$")

# Every line break character as a space, for turning the breaks inside a joined line into
# spaces of the same length ("\r\n" into two).
_BREAKS_TO_SPACES = str.maketrans(dict.fromkeys("\n\r\u2028\u2029", " "))


def _wrap_width(
    physical: list[Line], blocks: list[tuple[int, int, bool]], runs: list[list[tuple[int, int]]]
) -> int:
    """The width a text is wrapped at, from the paragraphs already joined; 0 when there is none.

    The lines of a joined paragraph but its last were wrapped: when there are enough of them,
    the longest no longer than :data:`MAX_WRAP_WIDTH`, and most of them near the longest (a
    fixed-width wrap, not lines broken anywhere by an editor), the longest is the text's width.
    """
    lengths: list[int] = []
    for (first, last, _), found in zip(blocks, runs, strict=True):
        for begin, final in [(0, last - first)] if found is _WHOLE else found:
            lengths.extend(
                len(line.text.rstrip()) for line in physical[first + begin : first + final]
            )
    if len(lengths) < MIN_WIDTH_EVIDENCE:
        return 0
    width = max(lengths)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return 0
    near = sum(length >= FIXED_WIDTH_SHARE * width for length in lengths)
    return width if near >= FIXED_WIDTH_LINES * len(lengths) else 0


def _fitted_runs(
    block: list[Line], runs: list[tuple[int, int]], width: int
) -> list[tuple[int, int]]:
    """The wrapped paragraphs of a block of a text wrapped at ``width``, as index pairs.

    The block is cut at every line break that is neither inside one of ``runs`` (paragraphs
    already found) nor a wrap at the width (:func:`_wraps_at`); a piece that holds one of
    ``runs``, or that has two lines or more, ends like a sentence and has the words of a
    paragraph (:data:`MIN_WRAPPED_WORDS`), is one.
    """
    inside: set[int] = set()
    for begin, final in runs:
        inside.update(range(begin, final))
    found: list[tuple[int, int]] = []
    piece = 0
    last = len(block) - 1
    for index in range(len(block)):
        if index < last and (index in inside or _wraps_at(block[index], block[index + 1], width)):
            continue
        if index > piece and (
            any(piece <= begin <= index for begin, _ in runs)
            or _paragraph_like(block[piece : index + 1])
        ):
            found.append((piece, index))
        piece = index + 1
    return found


def _wraps_at(line: Line, following: Line, width: int) -> bool:
    """Whether the line break after ``line`` is a wrap at ``width``.

    It is when the line holds a few words, the two lines are not much longer than the width,
    and the next line, not indented, goes on in lower case or its first word would not have
    fitted (less :data:`WRAP_SLACK`, as widths vary a little within a text).
    """
    ending = line.text.rstrip()
    if (
        WRAP_SLACK * len(ending) > width
        or ending[-1:] == ":"
        or len(line.text.split()) < MIN_WRAPPED_LINE_WORDS
    ):
        return False
    after = following.text.lstrip()
    if len(after) < len(following.text):
        return False  # an indented line opens a paragraph (a line of wire copy it follows)
    if WRAP_SLACK * len(after.rstrip()) > width:
        return False  # a line longer than the width was not wrapped at it: a caption, a list
    if after.lstrip(_CLINGING)[:1].islower():
        return True
    first_word = after.split(maxsplit=1)[0] if after else ""
    return len(ending) + 1 + len(first_word) > WRAP_SLACK * width


def _paragraph_like(block: list[Line]) -> bool:
    """Whether lines may be a paragraph of prose: they end like a sentence, with enough words."""
    return block[-1].text.rstrip()[-1:] in SENTENCE_END and (
        sum(len(line.text.split()) for line in block) >= MIN_WRAPPED_WORDS
    )


def _goes_on(line: str, following: str) -> bool:
    """Whether a sentence may go on from ``line`` into the next line, which opens ``following``.

    It may when the next line opens in lower case (also '"dual-track approach"' in a quote),
    or when the line ends with a word no sentence or heading ends with (:data:`CONTINUING_WORDS`:
    "of the" / "Exchequer Nigel Lawson"): a first test, which :func:`_is_wrapped` settles.
    """
    return following.lstrip(_CLINGING)[:1].islower() or _ends_going_on(line)


def _ends_going_on(line: str) -> bool:
    """Whether ``line`` ends with one of :data:`CONTINUING_WORDS`."""
    last = line[-12:].rsplit(maxsplit=1)[-1:]
    return bool(last) and last[0].lower() in CONTINUING_WORDS


def _is_prose_line(line: str) -> bool:
    """Whether a line reads as running text: enough words, half of them in lower case."""
    words = line.split()
    if len(words) < MIN_PROSE_LINE_WORDS:
        return False
    return 2 * sum(word[:1].islower() for word in words) >= len(words)


def _is_wrapped(block: list[Line]) -> bool:
    """Whether a run of non-blank lines is one paragraph wrapped over them.

    It must end like a sentence, and more than half of its line breaks must fall after a line
    of a few words (a menu's items are words or pairs of words) and either inside a sentence
    (before a lower-case word, or after a full line that ends with a word of
    :data:`CONTINUING_WORDS`) or, after a line that does not end a sentence, before a word that
    would not have fitted the block's width; a third at least must be of the first kind.
    """
    if len(block) < MIN_WRAPPED_LINES or block[-1].text.rstrip()[-1:] not in SENTENCE_END:
        return False  # a paragraph of prose ends like a sentence: most blocks end here
    # Each line's text stripped at either end, once: the tests below read each several times.
    texts = [line.text for line in block]
    openings = [text.lstrip() for text in texts]
    for index in range(len(block) - 1):
        if _goes_on(texts[index], openings[index + 1]):
            break
    else:
        return False  # no sentence goes on over a line break
    # Enough words in all: the lines' words are those of the lines joined with spaces, and a
    # split that stops after as many as needed makes no more of them (making every word of
    # every line was a fifth of the test).
    if len(" ".join(texts).split(None, MIN_WRAPPED_WORDS - 1)) < MIN_WRAPPED_WORDS:
        return False
    endings = [text.rstrip() for text in texts]
    width = max(map(len, endings))
    inside = fitted = 0
    breaks = len(block) - 1
    for index in range(breaks):
        ending = endings[index]
        if (
            ending[-1:] == ":"
            or len(ending.split(None, MIN_WRAPPED_LINE_WORDS - 1)) < MIN_WRAPPED_LINE_WORDS
        ):
            continue
        after = openings[index + 1]
        if after.lstrip(_CLINGING)[:1].islower():
            inside += 1  # the sentence goes on
        elif (
            ending[-1:] not in SENTENCE_END or _INITIALS_AT_END.search(ending) is not None
        ) and width >= MIN_WRAP_WIDTH:
            first_word = after.split(maxsplit=1)[0] if after else ""
            wrapped = len(ending) + 1 + len(first_word) > WRAP_SLACK * width
            # A full line of prose that ends with "of the" ends inside a sentence, whatever
            # case the next opens in; a short one, or one of names, may be an item of a list
            # ("Albania, People's Socialist Republic of").
            if (
                wrapped
                and width <= MAX_WRAP_WIDTH  # full at a fixed width, not a headline's length
                and _ends_going_on(ending)
                and _is_prose_line(ending)
            ):
                inside += 1
            else:
                fitted += wrapped
    # Menus of items of one length fit the width test; only prose goes on inside a sentence.
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
