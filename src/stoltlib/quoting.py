"""Shared text machinery for quotes and speakers: paragraphs, quote-mark pairing, sentences.

News text writes its quotations in every style: straight and curly double marks, single marks
for quotes inside quotes (or as the only marks, in British copy), guillemets, low-high marks,
and the ``TeX``-style ``\u0060\u0060...''`` of some wire archives (some newspaper archives
write ``''...''`` both ways round). A quotation may run over
several paragraphs, each opening with a mark and only the last one closing. Quote marks are
also apostrophes (``don't``, ``Clinton’s``, ``the members' votes``, ``'90s``), titles and
scare quotes. The helpers here pair the marks that quote something and leave the rest alone;
what a quotation *is* (a quote, a title, a scare quote) is the quote extractor's business.

Every helper returns offsets into the text as given, never into a cleaned copy, and reads
straight and curly marks alike, so that swapping one style for the other changes nothing but
the characters swapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs
import regex

from stoltlib.model import Span, TextSpan
from stoltlib.text import Line, ascii_letters, logical_lines, strip_span

__all__ = [
    "ABBREVIATIONS",
    "DOUBLE_MARKS",
    "SINGLE_MARKS",
    "Quotation",
    "Reading",
    "flat_text",
    "paragraph_lines",
    "quotations",
    "read",
    "sentences",
]


def _word_set(words: str) -> frozenset[str]:
    """The white-space separated words of ``words``, as a set."""
    return frozenset(words.split())


#: Quote marks of the double family: straight, curly (either way round, as German and
#: Swedish copy use them), low-high, guillemets (either way round) and full width.
DOUBLE_MARKS = frozenset('"“”„‟«»＂')
#: Quote marks of the single family, which are also apostrophes.
SINGLE_MARKS = frozenset("'‘’‚‛‹›")

# A quote mark, or a TeX-style pair of backticks or straight single marks (``Q''):
#
#   `` | (?<!')''(?!') | ["“”„‟«»＂'‘’‚‛‹›]
#
# that is, a TeX-style opening (two backticks); two straight single marks (TeX-style closing,
# or either way as some newspapers' archives write double quotes); a single quote mark of any
# style. Spelled with the first character matched first, then what may follow it in the same
# order, so that ``re`` skips to the next mark at C speed (the pattern names no class of
# Unicode, so both engines read it alike on any text; a property test holds it to the above).
_MARK = re.compile(
    r"""
    [`"“”„‟«»＂'‘’‚‛‹›]
    (?:
      (?<=`)`                   # a TeX-style opening
      | (?<=')(?<!'')'(?!')     # two straight single marks
      | (?<!`)                  # a single quote mark (a lone backtick is none)
    )
    """,
    re.VERBOSE,
)

# Every character a mark of _MARK holds (the backtick of a TeX-style pair among them).
_MARK_CHARACTERS = "".join(sorted(DOUBLE_MARKS | SINGLE_MARKS | {"`"}))


def _has_mark(text: str) -> bool:
    """Whether ``text`` holds a character of a quote mark: most paragraphs hold none.

    A search for each character runs at memchr speed; _MARK's scan costs some 13 ns a
    character (a news paragraph's scan took longer than pairing its marks). An ASCII text
    (``str.isascii`` reads a flag, at no cost) can hold only the three ASCII ones: three
    searches, not a generator stepping through all of them (it runs for every paragraph).
    """
    if text.isascii():
        return '"' in text or "'" in text or "`" in text
    return any(character in text for character in _MARK_CHARACTERS)


# Marks that only ever open or only ever close in running text. Every other mark (straight
# marks, and curly marks written the wrong way round) is read from its context.
_OPENING_ONLY = frozenset({"„", "‚", "``"})
# Single marks that may be apostrophes (every one but the low mark, which only opens).
_APOSTROPHES = SINGLE_MARKS - _OPENING_ONLY

# Characters a quotation may follow directly when it opens, besides white space: brackets,
# dashes, slashes and other quote marks ("(“Yes”)", "—‘no’").
_BEFORE_OPENING = frozenset("([{—–-/\u00a0" + "".join(DOUBLE_MARKS | SINGLE_MARKS))
# Characters a closing mark may be followed by, besides white space: punctuation and marks.
_AFTER_CLOSING = frozenset(".,;:!?)]}—–-/…" + "".join(DOUBLE_MARKS | SINGLE_MARKS))

#: How deep quotations nest at most (a quote in a quote in a quote); marks past that are strays.
MAX_NESTING = 4
#: A single-marked quotation longer than this is taken for two apostrophes, not a quotation.
MAX_SINGLE_QUOTATION = 600
#: A double-marked quotation of one paragraph longer than this is taken for a stray mark.
MAX_QUOTATION = 5000


@attrs.frozen
class Quotation:
    """A stretch of text between paired quote marks, possibly over several paragraphs.

    ``start`` is the offset of the opening mark and ``end`` the offset after the closing mark
    (after the last paragraph's text when the last paragraph leaves it open). ``parts`` are the
    quoted text itself, one span per paragraph, without the marks and trimmed of white space.
    ``level`` is 0 for a quotation in running text and 1 or more for one inside another;
    ``opening`` and ``closing`` are the marks (``closing`` is empty when none closes it).
    """

    start: int
    end: int
    parts: tuple[Span, ...]
    opening: str
    closing: str
    level: int = 0

    @property
    def inner(self) -> Span:
        """From the start of the first part to the end of the last."""
        return Span(self.parts[0].start, self.parts[-1].end)

    def contains(self, start: int, end: int) -> bool:
        """Whether ``start..end`` lies inside the quotation, marks included."""
        return self.start <= start and end <= self.end


def paragraph_lines(text: str) -> list[Line]:
    """The paragraphs of ``text`` as lines, blank lines left out.

    A paragraph is a logical line (:func:`stoltlib.text.logical_lines`): scraped news writes one
    paragraph a line, and a paragraph wrapped over several lines is joined into one, so that a
    quotation or a sentence broken over lines is still read as one.
    """
    return [line for line in logical_lines(text) if not line.is_blank]


def flat_text(text: str, lines: Sequence[Line] | None = None) -> str:
    """``text`` with the line breaks inside each paragraph turned into spaces, of the same length.

    Patterns that must not run from one paragraph into the next (a name, a sentence) can then
    use plain spaces, and still read a paragraph wrapped over lines as one: every offset into
    the flat text is the same offset into ``text``. ``lines`` are the paragraphs of
    :func:`paragraph_lines` unless given.
    """
    paragraphs = paragraph_lines(text) if lines is None else lines
    pieces: list[str] = []
    cursor = 0
    for line in paragraphs:
        if line.text != text[line.start : line.end]:
            pieces.append(text[cursor : line.start])
            pieces.append(line.text)
            cursor = line.end
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)


class _Mark(NamedTuple):
    """A quote mark that may open or close a quotation (a tuple: a document has thousands)."""

    at: int
    mark: str
    can_open: bool
    can_close: bool
    #: Where the mark ends.
    end: int
    #: Whether it is of the double family (a TeX-style pair counts as double).
    double: bool


_new_tuple = tuple.__new__


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """The quote marks of ``text[start:end]`` that may open or close a quotation.

    A mark opens when it follows white space, a bracket, a dash or another mark and comes
    before a non-space character; it closes in the mirror case. Single marks inside a word
    (``don't``, ``Clinton’s``) and before a digit after a space (``'90s``) are apostrophes and
    are left out; a single mark after a word's last letter is kept only as a possible closer
    (it is a plural possessive unless a quotation is open).
    """
    found = []
    for match in _MARK.finditer(text, start, end):
        at, stop = match.span()
        mark = match.group()
        before = text[at - 1] if at > start else " "
        after = text[stop] if stop < end else " "
        if mark in _APOSTROPHES and before.isalnum() and after.isalnum():
            continue  # don't, Clinton’s, rock'n'roll: a third of all marks, settled first
        space_before, space_after = before.isspace(), after.isspace()
        opens = (space_before or before in _BEFORE_OPENING) and not space_after
        closes = not space_before and (space_after or after in _AFTER_CLOSING)
        if space_before and at - 2 >= start and text[at - 2] in SINGLE_MARKS:
            # Typewriter spacing between a nested quotation's mark and its outer one
            # ('... the president,' "): the outer mark closes.
            closes = space_after or after in _AFTER_CLOSING
        if mark in _OPENING_ONLY:
            opens, closes = not space_after, False
        elif mark in _APOSTROPHES:
            if opens and after.isdigit():
                continue  # '90s, ’16
        elif not opens and not closes and not (space_before and space_after):
            # A double mark glued to words on both sides ("said"Yes" or 5"4): either way.
            opens = closes = True
        if opens or closes:
            double = mark[0] in DOUBLE_MARKS or len(mark) == 2
            # Made as a tuple, not through the named tuple's constructor (a Python call).
            found.append(_new_tuple(_Mark, (at, mark, opens, closes, stop, double)))
    return found


def _pair(marks: Sequence[_Mark]) -> tuple[list[tuple[_Mark, _Mark, int]], _Mark | None]:
    """Pair one paragraph's marks; the pairs with their nesting level, and an unclosed opener.

    A stack of open marks: a mark that can close closes the innermost open mark of its family
    (double or single), dropping any left open inside it; otherwise a mark that can open opens.
    A single mark that can only close and finds no open single mark is an apostrophe. The
    outermost double mark still open at the paragraph's end is returned: the quotation may go
    on in the next paragraph.
    """
    stack: list[_Mark] = []
    pairs: list[tuple[_Mark, _Mark, int]] = []
    for mark in marks:
        # The innermost open mark of the mark's family, -1 for none: a walk down the short
        # stack (a list of the family's indexes, made for every mark, cost more).
        index = len(stack) - 1
        while index >= 0 and stack[index].double != mark.double:
            index -= 1
        if mark.can_close and index >= 0:
            opener = stack[index]
            if opener.can_open and (mark.at > opener.end):
                del stack[index:]
                pairs.append((opener, mark, index))
                continue
        if mark.can_open:
            if len(stack) >= MAX_NESTING:
                stack[-1] = mark  # deeper nesting is stray marks: keep the work per mark bounded
            elif not mark.double or index < 0:
                stack.append(mark)
            else:
                # A second double opener while one is open: the first was a stray mark
                # (or a nested double quotation, which news copy marks with singles).
                del stack[index:]
                stack.append(mark)
    left = next((mark for mark in stack if mark.double), None)
    return pairs, left


def _continues(text: str, line: Line) -> bool:
    """Whether ``line`` opens with a double quote mark, as a quoted paragraph going on does."""
    start, _ = strip_span(text, line.start, line.end)
    return start < line.end and text[start] in DOUBLE_MARKS and text[start] not in "”»"


def quotations(text: str, lines: Iterable[Line] | None = None) -> list[Quotation]:
    """Every quotation in ``text``, nested ones included, in order of their opening marks.

    Marks pair within a paragraph (``lines``: the paragraphs of :func:`paragraph_lines` unless
    given). A double mark left open at a paragraph's end is the news convention for a quotation
    that goes on: when the next paragraph opens with a double mark, the two are one quotation,
    with one part per paragraph; otherwise the stray mark is dropped. Single-marked quotations
    longer than :data:`MAX_SINGLE_QUOTATION` characters are taken for apostrophes.
    """
    if not _has_mark(text):
        return []  # no mark at all (most short stories but for apostrophes): nothing to pair
    paragraphs = paragraph_lines(text) if lines is None else list(lines)
    found: list[Quotation] = []
    pending: tuple[_Mark, list[Span]] | None = None
    for line in paragraphs:
        stretch = text[line.start : line.end]
        marks = _marks(text, line.start, line.end) if _has_mark(stretch) else []
        if pending is not None and not _continues(text, line):
            pending = None  # the previous paragraph's opener was a stray mark
        if not marks:
            continue
        if pending is not None:
            # Go on with the open quotation: this paragraph's first mark re-opens it.
            first = marks[0]
            opener, parts = pending
            pairs, left = _pair(marks)
            closing = next(
                (pair for pair in pairs if pair[0] is first and pair[2] == 0),
                None,
            )
            if closing is not None:
                parts.append(_inner(text, first.end, closing[1].at))
                found.append(
                    Quotation(opener.at, closing[1].end, tuple(parts), opener.mark, closing[1].mark)
                )
                pending = None
                pairs = [pair for pair in pairs if pair is not closing]
                found.extend(_quotation(text, pair) for pair in pairs)
                if left is not None:
                    pending = (left, [_inner(text, left.end, line.end)])
                continue
            if left is first:
                parts.append(_inner(text, first.end, line.end))
                found.extend(_quotation(text, pair) for pair in pairs)
                continue
            pending = None
        pairs, left = _pair(marks)
        found.extend(_quotation(text, pair) for pair in pairs)
        if left is not None:
            pending = (left, [_inner(text, left.end, line.end)])
    found = [q for q in found if _plausible(q)]
    found.sort(key=lambda quotation: (quotation.start, -quotation.end))
    return found


def _inner(text: str, start: int, end: int) -> Span:
    """The quoted text between two marks, trimmed of white space."""
    return Span(*strip_span(text, start, end))


def _quotation(text: str, pair: tuple[_Mark, _Mark, int]) -> Quotation:
    opener, closer, level = pair
    return Quotation(
        opener.at,
        closer.end,
        (_inner(text, opener.end, closer.at),),
        opener.mark,
        closer.mark,
        level,
    )


def _plausible(quotation: Quotation) -> bool:
    """Whether a pairing quotes something: not empty, and not two apostrophes far apart."""
    if all(len(part) == 0 for part in quotation.parts):
        return False
    length = quotation.end - quotation.start
    if quotation.opening[0] in SINGLE_MARKS and quotation.opening != "``":
        return length <= MAX_SINGLE_QUOTATION
    return len(quotation.parts) > 1 or length <= MAX_QUOTATION


#: Words that end with a full stop without ending a sentence (case-folded, without the dot):
#: titles before names, initials of places and bodies, months, and Latin abbreviations.
ABBREVIATIONS = _word_set(
    """
    mr mrs ms mx dr prof sen sens rep reps gov govs gen lt col maj sgt capt cmdr adm cpl pvt
    pres supt insp det atty rev fr msgr hon amb sec st mt ft ave blvd rd jr sr esq inc corp
    co ltd llc plc bros dept univ assn natl intl govt u.s u.k u.n e.u u.s.a d.c n.y l.a p.m
    a.m e.g i.e cf viz vs v etc al approx est no nos vol vols pp fig op ch art sec para jan
    feb mar apr jun jul aug sep sept oct nov dec ala ariz ark calif colo conn del fla ga ill
    ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis
    wyo
    """
)

# A sentence end: its punctuation with any closing marks or brackets after it, then white
# space, then what can start a sentence (a capital, a digit, an opening mark or bracket).
_SENTENCE_BREAK = regex.compile(
    r"""
    (?P<end>
      [.!?…]{1,4}                        # the final punctuation ("?!", "...")
      [)\]"'”’»]{0,3}                    # closing marks and brackets after it
    )
    (?P<gap>\s{1,20})                    # the space between the sentences
    (?=[\p{Lu}\p{N}"'“‘«(\[¿¡]|``)       # a sentence starts: capital, digit, mark, bracket
    """,
    regex.VERBOSE,
)

# _SENTENCE_BREAK for a text whose letters are all ASCII (:func:`stoltlib.text.ascii_letters`),
# for ``re``: the classes as ASCII ranges (white space as ``regex`` reads it there: ASCII's and
# the no-break space), the final punctuation's first character matched first, so that the
# engine skips to the next one at C speed (a third fewer instructions).
_ASCII_SENTENCE_BREAK = re.compile(
    r"""
    (?P<end>[.!?…][.!?…]{0,3}[)\]"'”’»]{0,3})
    (?P<gap>[\t-\r \u00a0]{1,20})
    (?=[A-Z0-9"'“‘«(\[¿¡]|``)
    """,
    re.VERBOSE,
)

# _ASCII_SENTENCE_BREAK for a stretch with no "!", "?" or "…": its first character the full
# stop alone, a literal, which the engine looks for in a tight loop where it tested each
# character against the class (a third fewer instructions on such paragraphs, most of them).
_FULL_STOP_BREAK = re.compile(
    r"""
    (?P<end>\.[.!?…]{0,3}[)\]"'”’»]{0,3})
    (?P<gap>[\t-\r \u00a0]{1,20})
    (?=[A-Z0-9"'“‘«(\[¿¡]|``)
    """,
    re.VERBOSE,
)

# The number of _SENTENCE_BREAK's group "end" (a number is looked up faster than a name).
_END = _SENTENCE_BREAK.groupindex["end"]
assert _ASCII_SENTENCE_BREAK.groupindex["end"] == _END == _FULL_STOP_BREAK.groupindex["end"]

# The word before a full stop, to tell an abbreviation ("Mr.", "U.S.", "J.") from the end of a
# sentence. Dotted initials run as letters and dots ("U.S", "D.C").
_WORD_BEFORE = regex.compile(r"(?:[\p{L}]\.){1,4}[\p{L}]?$|[\p{L}]{1,12}$")


# _WORD_BEFORE, _INITIALS and _NEXT_WORD for a text whose letters are all ASCII
# (:func:`stoltlib.text.ascii_letters`), for ``re``, whose calls cost a fraction of ``regex``'s:
# a letter is an ASCII one there, a capital one of A-Z.
_ASCII_WORD_BEFORE = re.compile(r"(?:[A-Za-z]\.){1,4}[A-Za-z]?$|[A-Za-z]{1,12}$")
_ASCII_INITIALS = re.compile(r"(?:[A-Z]\.){0,3}[A-Z]")
_ASCII_NEXT_WORD = re.compile(r"[A-Za-z]+")
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _is_abbreviation(text: str, start: int, dot: int, following: int, ascii: bool = False) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial, not a sentence.

    ``following`` is where the next word starts: initials, or an abbreviation that does not
    stand before what it names (:data:`_BEFORE_WHAT_THEY_NAME`), before a word that only opens
    a sentence ("... in the U.S. He said", "... and Co. The") end the sentence as well.
    ``ascii`` tells that the text's letters are all ASCII (:func:`stoltlib.text.ascii_letters`):
    the patterns' ASCII twins then read it.
    """
    lowest = max(start, dot - 12)
    if ascii and "." not in text[lowest:dot]:
        # No dotted initials: the word is the letters right before the dot, found by a strip
        # at C speed; a capital alone is an initial. (Most full stops end a plain word.)
        chunk = text[lowest:dot]
        word = chunk[len(chunk.rstrip(_ASCII_LETTERS)) :]
        if not word:
            return False
        initials = len(word) == 1 and word.isupper()
    else:
        match = (_ASCII_WORD_BEFORE if ascii else _WORD_BEFORE).search(text, lowest, dot)
        if match is None:
            return False
        word = match.group()
        initials = (_ASCII_INITIALS if ascii else _INITIALS).fullmatch(word) is not None
    folded = word.casefold().rstrip(".")
    if initials:
        # Initials ("J. Smith", "said L.K. Evans", "J.P. Morgan"), or an initialism the list
        # does not know: a name goes on after them, unless the next word only opens sentences
        # ("... vitamin C. The study"). A lone lower-case letter ends a sentence.
        pass
    elif folded not in ABBREVIATIONS:
        return False
    elif folded in _BEFORE_WHAT_THEY_NAME:
        return True  # "Mr.", "Jan.", "No.": a name, a date or a number goes on
    # A suffix or an initialism ("Inc.", "Co.", "Me.", "U.S.") may close a sentence.
    opener = (_ASCII_NEXT_WORD if ascii else _NEXT_WORD).match(text, following)
    return opener is None or opener.group() not in _SENTENCE_OPENERS


#: The abbreviations that stand before what they name (a title before a name, a month before
#: a day, "No." before a number), so that a sentence never ends with one; a sentence may end
#: with any other (a company's "Inc.", a state's "Me.") when a word that only opens
#: sentences follows it.
_BEFORE_WHAT_THEY_NAME = _word_set(
    """
    mr mrs ms mx dr prof sen sens rep reps gov govs gen lt col maj sgt capt cmdr adm cpl pvt
    pres supt insp det atty rev fr msgr hon amb sec st mt ft no nos vol vols pp fig op ch art
    para jan feb mar apr jun jul aug sep sept oct nov dec vs v cf viz
    """
)
assert _BEFORE_WHAT_THEY_NAME <= ABBREVIATIONS

# One or more initials: single capitals, each but the last followed by its full stop ("J",
# "L.K", "A.B.C"); the full stop after the last is the one being read.
_INITIALS = regex.compile(r"(?:\p{Lu}\.){0,3}\p{Lu}")

# The word a sentence starts with, and the words that start a sentence, never a name after
# initials or an initialism ("U.S. He", "in Albuquerque, N.M. From", but "U.S. Senate"):
# pronouns, determiners, conjunctions, and prepositions and adverbs that open a clause.
_NEXT_WORD = regex.compile(r"\p{L}+")
_SENTENCE_OPENERS = _word_set(
    """
    He She They It We I You The But And This That These Those His Her Their Its Our My Your As
    So If When While After Before Yet Still From Some In On At For With An There What Who How
    Why Now Then Also However Meanwhile Many Most Both Each Every Since Although Though Because
    Even Only Instead Despite During
    """
)


def sentences(
    text: str,
    start: int = 0,
    end: int | None = None,
    quotes: Sequence[Quotation] = (),
) -> list[TextSpan]:
    """The sentences of ``text[start:end]``, each trimmed of white space, in order.

    The stretch should be one paragraph (see :func:`paragraph_lines`): sentences never run over
    a paragraph's end. A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing marks
    after it) before white space and a capital, a digit or an opening mark; not after a known
    abbreviation or an initial (``Mr.``, ``U.S.``, ``J.``), and not inside any of ``quotes``:
    ``“We will. We must,” she said.`` is one sentence, so that the quotation and its speaker stay
    together.
    """
    stop = len(text) if end is None else end
    inside = [q for q in quotes if q.end > start and q.start < stop]
    return [TextSpan(a, b, text[a:b]) for a, b in _sentence_bounds(text, start, stop, inside)]


def _break_pattern(
    text: str, start: int, stop: int, ascii: bool
) -> re.Pattern[str] | regex.Pattern[str]:
    """The sentence-break pattern for ``text[start:stop]``; the three find the same breaks there.

    ``ascii`` tells that the text's letters are all ASCII (:func:`stoltlib.text.ascii_letters`).
    """
    if not ascii:
        return _SENTENCE_BREAK
    if (
        text.find("!", start, stop) < 0
        and text.find("?", start, stop) < 0
        and text.find("…", start, stop) < 0
    ):
        return _FULL_STOP_BREAK  # searched at memchr speed: most paragraphs have none
    return _ASCII_SENTENCE_BREAK


def _sentence_bounds(
    text: str,
    start: int,
    stop: int,
    inside: Sequence[Quotation],
    ascii: bool = False,
    breaks: Iterable[re.Match[str] | regex.Match[str]] | None = None,
) -> list[tuple[int, int]]:
    """The offsets of the sentences of ``text[start:stop]`` (see :func:`sentences`).

    ``inside`` are the quotations that overlap the stretch (a sentence never ends inside one);
    ``ascii`` tells that the text's letters are all ASCII (:func:`stoltlib.text.ascii_letters`).
    ``breaks`` are the matches of the break pattern inside the stretch, when the caller found
    them already (see :func:`_paragraph_breaks`).
    """
    found: list[tuple[int, int]] = []
    cursor = start
    # The quotations as disjoint open stretches in order, walked with the breaks (which come in
    # order): testing every quotation at every break was quadratic in a paragraph's quotations.
    stretches = _open_union(inside) if inside else None
    ahead = 0  # the first stretch that does not end at or before the current break
    if breaks is None:
        breaks = _break_pattern(text, start, stop, ascii).finditer(text, start, stop)
    for match in breaks:
        cut = match.end(_END)
        if stretches is not None:
            while ahead < len(stretches) and stretches[ahead][1] <= cut:
                ahead += 1
            if ahead < len(stretches) and stretches[ahead][0] < cut:
                continue  # inside a quotation
        final = match.start(_END)
        lone_dot = text[final] == "." and cut - final == 1
        if lone_dot and _is_abbreviation(text, cursor, final, match.end(), ascii):
            continue
        if cursor == start:
            a, b = strip_span(text, cursor, cut)
            if b > a:
                found.append((a, b))
        else:
            # After a break the sentence opens with what the break's lookahead saw and closes
            # with its punctuation: neither is white space, and there is nothing to strip.
            found.append((cursor, cut))
        cursor = match.end()
    a, b = strip_span(text, cursor, stop)
    if b > a:
        found.append((a, b))
    return found


def _open_union(quotations: Sequence[Quotation]) -> list[tuple[int, int]]:
    """The union of the quotations' open stretches ``(start, end)``, as disjoint ones in order.

    Open: an offset is inside a quotation when ``start < offset < end``, so two quotations that
    only touch (one ends where the next starts) stay two stretches.
    """
    union: list[tuple[int, int]] = []
    for first, last in sorted((quotation.start, quotation.end) for quotation in quotations):
        if union and first < union[-1][1]:
            union[-1] = (union[-1][0], max(union[-1][1], last))
        else:
            union.append((first, last))
    return union


@attrs.frozen(eq=False)
class Reading:
    """One text read once for the rules that work on paragraphs, quotations and sentences.

    ``lines`` are its paragraphs (:func:`paragraph_lines`), ``flat`` the text with each
    paragraph's inner line breaks as spaces (:func:`flat_text`), ``quotations`` every quotation
    (:func:`quotations`, nested ones included), and ``sentence_bounds`` the offsets of the
    sentences of every paragraph (:func:`sentences`, read around the outermost quotations), with
    ``sentence_paragraphs`` the index in ``lines`` of each sentence's paragraph.
    """

    text: str
    lines: tuple[Line, ...]
    flat: str
    quotations: tuple[Quotation, ...]
    sentence_bounds: tuple[tuple[int, int], ...]
    sentence_paragraphs: tuple[int, ...]
    #: Whether the flat text's letters are all ASCII (:func:`stoltlib.text.ascii_letters`): the
    #: rules may then scan it with patterns spelled in ASCII ranges.
    ascii_letters: bool = False

    @property
    def sentences(self) -> tuple[TextSpan, ...]:
        """The sentences as text spans (of the document's own text)."""
        text = self.text
        return tuple(TextSpan(a, b, text[a:b]) for a, b in self.sentence_bounds)

    @property
    def outer_quotations(self) -> tuple[Quotation, ...]:
        """The quotations in running text, not inside another (level 0)."""
        return tuple(quotation for quotation in self.quotations if quotation.level == 0)


def _paragraph_breaks(
    text: str, lines: Sequence[Line], ascii: bool
) -> list[list[re.Match[str] | regex.Match[str]]]:
    """The sentence breaks of each of ``lines`` (paragraphs, in order), from one scan of them all.

    What a scan of each paragraph alone finds (starting a scan and choosing its pattern for
    every paragraph was a tenth of the reading's own work on newswire): only white space stands
    between two paragraphs (the blank lines and breaks that part them), where no break starts,
    and a break that runs over a paragraph's end, its space reaching into the next one, is no
    break of either (alone, the paragraph's scan would not have seen past its end). Such a
    break ends where the next paragraph's text starts, so it hides no break of that one.
    """
    found: list[list[re.Match[str] | regex.Match[str]]] = [[] for _ in lines]
    if not lines:
        return found
    start, stop = lines[0].start, lines[-1].end
    index = 0
    end = lines[0].end
    for match in _break_pattern(text, start, stop, ascii).finditer(text, start, stop):
        at = match.start()
        while at >= end:
            index += 1
            end = lines[index].end
        if match.end() < end and at >= lines[index].start:
            found[index].append(match)
    return found


# The last text read and its reading: the plugins of one pipeline read the same document one
# after the other, and the second need not read it again. One entry only, so that nothing is
# kept from one document to the next.
_LAST: list[Reading] = []


def read(text: str) -> Reading:
    """Read ``text`` into its paragraphs, quotations and sentences (see :class:`Reading`).

    The last text read is remembered, so that several plugins reading one document share the
    work; reading another text forgets it.
    """
    if _LAST and (_LAST[0].text is text or _LAST[0].text == text):
        return _LAST[0]
    lines = tuple(paragraph_lines(text))
    flat = flat_text(text, lines)
    found = tuple(quotations(text, lines))
    outer = [quotation for quotation in found if quotation.level == 0]
    bounds: list[tuple[int, int]] = []
    numbers: list[int] = []
    ascii = ascii_letters(flat)
    first = 0  # the first outer quotation that may overlap the paragraph (both are in order)
    count = len(outer)
    breaks = _paragraph_breaks(flat, lines, ascii)
    for number, line in enumerate(lines):
        overlapping = []
        if count:  # most short stories quote nobody
            while first < count and outer[first].end <= line.start:
                first += 1
            # By index, not over outer[first:]: copying the rest of the list for every
            # paragraph was quadratic in a text of many paragraphs and quotations.
            for index in range(first, count):
                if outer[index].start >= line.end:
                    break
                overlapping.append(outer[index])
        # Sentences are read on the flat text; their offsets are the document's own.
        sentence_bounds = _sentence_bounds(
            flat, line.start, line.end, overlapping, ascii, breaks[number]
        )
        bounds.extend(sentence_bounds)
        numbers.extend([number] * len(sentence_bounds))
    reading = Reading(text, lines, flat, found, tuple(bounds), tuple(numbers), ascii)
    _LAST[:] = [reading]
    return reading
