"""What the quote rules read a document through: paragraphs, sentences, quotations, cues.

Built once per document by :func:`read`, so that the direct-quote rules and the reported-speech
rules share one reading of the text. Every offset is an offset into the document's text; the
rules match on the *flat* text (:func:`stoltlib.quoting.flat_text`), in which a paragraph
wrapped over lines reads as one line.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from stoltlib import TextSpan
from stoltlib.quoting import Quotation, flat_text, paragraph_lines, quotations, sentences
from stoltlib_quotes.lexicons import Cue, Lexicons
from stoltlib_quotes.speakers import Token, tokens

__all__ = ["Context", "CueMatch", "Sentence", "read"]


@attrs.frozen
class CueMatch:
    """A cue form found in the text, outside any quotation."""

    start: int
    end: int
    text: str
    cue: Cue

    @property
    def participle(self) -> bool:
        """Whether the form is a present participle ("saying"): its subject is the sentence's."""
        return self.text.casefold().split()[0].endswith("ing") and self.cue.frame != "according"


@attrs.frozen
class Sentence:
    """A sentence, its paragraph's number, and its tokens (read when first asked for)."""

    start: int
    end: int
    paragraph: int
    toks: list[Token] = attrs.field(eq=False, repr=False)

    def index_at(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset``."""
        return bisect.bisect_left([t.start for t in self.toks], offset)


@attrs.define
class Context:
    """One document as the quote rules read it."""

    text: str
    flat: str
    lexicons: Lexicons
    quotes: list[Quotation]
    sentences: list[Sentence]
    paragraph_spans: list[tuple[int, int]]
    cues: list[CueMatch]
    #: Sentence starts, for finding the sentence at an offset by bisection.
    sentence_starts: list[int] = attrs.field(factory=list)
    quote_starts: list[int] = attrs.field(factory=list)

    def __attrs_post_init__(self) -> None:
        self.sentence_starts = [s.start for s in self.sentences]
        self.quote_starts = [q.start for q in self.quotes]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset``, or ``None`` (between sentences)."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index < 0:
            return None
        sentence = self.sentences[index]
        return sentence if offset < sentence.end else None

    def sentence_index(self, sentence: Sentence) -> int:
        """The position of ``sentence`` in :attr:`sentences`."""
        return bisect.bisect_left(self.sentence_starts, sentence.start)

    def quotes_in(self, start: int, end: int) -> list[Quotation]:
        """The quotations that open inside ``start..end``."""
        first = bisect.bisect_left(self.quote_starts, start)
        last = bisect.bisect_left(self.quote_starts, end)
        return self.quotes[first:last]

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
    lines = paragraph_lines(text)
    flat = flat_text(text, lines)
    quoted = [q for q in quotations(text, lines) if q.level == 0]
    found: list[Sentence] = []
    for number, line in enumerate(lines):
        for sentence in sentences(flat, line.start, line.end, quoted):
            found.append(
                Sentence(
                    sentence.start,
                    sentence.end,
                    number,
                    tokens(flat, sentence.start, sentence.end),
                )
            )
    cues: list[CueMatch] = []
    starts = [q.start for q in quoted]
    if lexicons.cue_pattern is not None:
        for match in lexicons.cue_pattern.finditer(flat):
            cue = lexicons.cue(match.group())
            if cue is None or _inside(quoted, starts, match.start()):
                continue
            cues.append(CueMatch(match.start(), match.end(), match.group(), cue))
    return Context(
        text=text,
        flat=flat,
        lexicons=lexicons,
        quotes=quoted,
        sentences=found,
        paragraph_spans=[(line.start, line.end) for line in lines],
        cues=cues,
    )


def _inside(quotes: Sequence[Quotation], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` lies between the marks of one of ``quotes`` (sorted by start)."""
    index = bisect.bisect_right(starts, offset) - 1
    # Quotations do not overlap at level 0, but a multi-paragraph one is long: look back a few.
    return any(quote.start < offset < quote.end for quote in quotes[max(0, index - 2) : index + 1])
