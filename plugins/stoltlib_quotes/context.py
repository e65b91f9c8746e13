"""What the quote rules read a document through: paragraphs, sentences, quotations, cues.

Built once per document by :func:`read`, so that the direct-quote rules and the reported-speech
rules share one reading of the text. Every offset is an offset into the document's text; the
rules match on the *flat* text (:func:`stoltlib.quoting.flat_text`), in which a paragraph
wrapped over lines reads as one line.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from stoltlib import TextSpan
from stoltlib.quoting import Quotation
from stoltlib.quoting import read as read_text
from stoltlib.text import ascii_letters
from stoltlib_quotes.lexicons import Cue, Lexicons
from stoltlib_quotes.speakers import Token, tokens_and_starts

__all__ = ["Context", "CueMatch", "Sentence", "find_cues", "read"]


class CueMatch(NamedTuple):
    """A cue form found in the text, outside any quotation.

    A named tuple rather than an attrs class: one is made for every cue form of the text, and a
    tuple is made in one step, not a field at a time.
    """

    start: int
    end: int
    text: str
    cue: Cue

    @property
    def participle(self) -> bool:
        """Whether the form is a present participle ("saying"): its subject is the sentence's."""
        return self.text.casefold().split()[0].endswith("ing") and self.cue.frame != "according"


class Sentence:
    """A sentence, its paragraph's number, and its tokens (read when first asked for).

    Most sentences hold no cue and no quotation, and are never tokenised. ``toks`` (the
    sentence's tokens) and ``starts`` (where each starts) are slots left empty until first
    read: :meth:`__getattr__`, which Python calls only for an empty slot, fills both, and
    every later read is a plain slot's (a property ran a Python call for each of the rules'
    many reads).
    """

    __slots__ = ("ascii", "end", "paragraph", "start", "starts", "text", "toks")

    toks: list[Token]
    starts: list[int]

    def __init__(
        self, text: str, start: int, end: int, paragraph: int, ascii_letters: bool = False
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.paragraph = paragraph
        #: Whether the text's letters are all ASCII (:func:`stoltlib.text.ascii_letters`).
        self.ascii = ascii_letters

    def __getattr__(self, name: str) -> list[Token] | list[int]:
        if name not in ("toks", "starts"):
            raise AttributeError(name)
        self.toks, self.starts = tokens_and_starts(self.text, self.start, self.end, self.ascii)
        return self.toks if name == "toks" else self.starts

    def index_at(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)


@attrs.define
class Context:
    """One document as the quote rules read it."""

    text: str
    flat: str
    lexicons: Lexicons
    quotes: list[Quotation]
    #: The sentences' offsets, and the number of each one's paragraph.
    sentence_bounds: Sequence[tuple[int, int]]
    sentence_paragraphs: Sequence[int]
    paragraph_spans: list[tuple[int, int]]
    cues: list[CueMatch]
    #: Whether the flat text's letters are all ASCII (:func:`stoltlib.text.ascii_letters`).
    ascii: bool = False
    #: Sentence starts, for finding the sentence at an offset by bisection.
    sentence_starts: list[int] = attrs.field(factory=list)
    quote_starts: list[int] = attrs.field(factory=list)
    cue_starts: list[int] = attrs.field(factory=list)
    #: How many words each quotation holds, by its start: counted once, when first asked.
    quote_words: dict[int, int] = attrs.field(factory=dict)
    #: The sentences made so far, by index (see :meth:`sentence`).
    _made: dict[int, Sentence] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        self.sentence_starts = [start for start, _ in self.sentence_bounds]
        self.quote_starts = [q.start for q in self.quotes]
        self.cue_starts = [cue.start for cue in self.cues]

    @property
    def sentence_count(self) -> int:
        """How many sentences the document has."""
        return len(self.sentence_bounds)

    def sentence(self, index: int) -> Sentence:
        """Sentence ``index``, made when first asked for: most are never looked at."""
        made = self._made.get(index)
        if made is None:
            start, end = self.sentence_bounds[index]
            made = Sentence(self.flat, start, end, self.sentence_paragraphs[index], self.ascii)
            self._made[index] = made
        return made

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``, or ``None`` (between sentences)."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index < 0 or offset >= self.sentence_bounds[index][1]:
            return None
        return self.sentence(index)

    def sentence_index(self, sentence: Sentence) -> int:
        """The position of ``sentence`` among the document's sentences."""
        return bisect.bisect_left(self.sentence_starts, sentence.start)

    def quotes_in(self, start: int, end: int) -> list[Quotation]:
        """The quotations that open inside ``start..end``."""
        first = bisect.bisect_left(self.quote_starts, start)
        last = bisect.bisect_left(self.quote_starts, end)
        return self.quotes[first:last]

    def cues_in(self, start: int, end: int) -> list[CueMatch]:
        """The cues that start inside ``start..end``."""
        first = bisect.bisect_left(self.cue_starts, start)
        last = bisect.bisect_left(self.cue_starts, end)
        return self.cues[first:last]

    def quote_around(self, offset: int) -> Quotation | None:
        """The quotation whose marks enclose ``offset``, or ``None``."""
        index = bisect.bisect_right(self.quote_starts, offset) - 1
        while index >= 0:
            quote = self.quotes[index]
            if quote.start < offset < quote.end:
                return quote
            if quote.end <= offset and index < len(self.quotes) and len(quote.parts) == 1:
                return None
            index -= 1
        return None

    def span(self, start: int, end: int) -> TextSpan:
        """The text span ``start..end`` of the document."""
        return TextSpan(start, end, self.text[start:end])


def read(text: str, lexicons: Lexicons) -> Context:
    """Read ``text`` for the quote rules: its paragraphs, quotations, sentences and cues."""
    reading = read_text(text)
    flat = reading.flat
    quoted = list(reading.outer_quotations)
    cues: list[CueMatch] = []
    starts = [q.start for q in quoted]
    forms = lexicons.cues
    ascii = reading.ascii_letters
    for start, end in find_cues(flat, lexicons, ascii):
        form = flat[start:end]
        folded = form.casefold()
        # A plain word's key is its case folding (:func:`~stoltlib_quotes.lexicons.key`).
        cue = forms.get(folded) if folded.isalpha() else lexicons.cue(form)
        if cue is None or _inside(quoted, starts, start):
            continue
        cues.append(CueMatch(start, end, form, cue))
    return Context(
        text=text,
        flat=flat,
        lexicons=lexicons,
        quotes=quoted,
        sentence_bounds=reading.sentence_bounds,
        sentence_paragraphs=reading.sentence_paragraphs,
        paragraph_spans=[(line.start, line.end) for line in reading.lines],
        cues=cues,
        ascii=ascii,
    )


# Characters that ``re``'s IGNORECASE matches with an ASCII letter although their lower case is
# another character: dotless i and long s (capital dotted I lower-cases to two characters).
_ODD_CASES = ("ı", "i"), ("ſ", "s")


def find_cues(flat: str, lexicons: Lexicons, ascii: bool | None = None) -> list[tuple[int, int]]:
    """Where the cue forms of ``lexicons`` stand in ``flat``, as whole words or phrases, any case.

    The forms are searched for in a lower-cased copy of the text, where a case-sensitive pattern
    runs twice as fast as an IGNORECASE one; a text whose lower case is not as long as it is
    (a capital dotted I) is searched as it is, and so is every text when two of the forms may
    abut (see :attr:`~stoltlib_quotes.lexicons.Lexicons.lower_cue_pattern`). The lower-case
    pattern matches the character before a form too: a space put before the copy stands for
    the text's start, so that a match's start is the form's own start in the text. A text whose
    letters are all ASCII (``ascii``: :func:`stoltlib.text.ascii_letters` of ``flat``, found
    when not given) is scanned by the pattern's ASCII twin.
    """
    pattern = lexicons.lower_cue_pattern
    lowered = flat.lower()
    if pattern is None or len(lowered) != len(flat):
        if lexicons.cue_pattern is None:
            return []
        return [match.span() for match in lexicons.cue_pattern.finditer(flat)]
    if ascii is None:
        ascii = ascii_letters(flat)
    if lexicons.ascii_cue_pattern is not None and ascii:
        pattern = lexicons.ascii_cue_pattern  # no odd case either: they are letters
    else:
        for odd, plain in _ODD_CASES:
            if odd in lowered:
                lowered = lowered.replace(odd, plain)
    return [(match.start(), match.end() - 1) for match in pattern.finditer(" " + lowered)]


def _inside(quotes: Sequence[Quotation], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` lies between the marks of one of ``quotes`` (sorted by start)."""
    index = bisect.bisect_right(starts, offset) - 1
    # Quotations do not overlap at level 0, but a multi-paragraph one is long: look back a few.
    # A loop, not any() over a generator, which costs twice as much: this runs for every cue.
    for quote in quotes[max(0, index - 2) : index + 1]:  # noqa: SIM110
        if quote.start < offset < quote.end:
            return True
    return False
