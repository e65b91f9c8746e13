"""Where the story starts: the header zone where titles, bylines and dates stand."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from stoltlib.text import SENTENCE_END, Line
from stoltlib_outlet.lexicons import fold
from stoltlib_outlet.patterns import CONSENT_NOTICE

__all__ = [
    "PROSE_WORDS",
    "TextLineCounts",
    "continues",
    "first_prose",
    "header_end",
    "is_consent_notice",
    "is_prose",
    "more_words_than",
    "same_folded_start",
]

#: A line with at least this many words, ending like a sentence, is story prose.
PROSE_WORDS = 20
#: Fewer characters than this cannot hold that many words (a word and a space at the least).
MIN_PROSE_CHARS = 2 * PROSE_WORDS - 1
#: Lines after the first prose line still searched for bylines and dates (some pages put the
#: byline under the lead paragraph).
AFTER_LEAD = 6
#: The header zone never reaches further than this many lines (navigation-heavy pages).
MAX_HEADER_LINES = 600
#: A story's prose lines follow each other with fewer than this many short lines between them
#: (a subheading, a caption, a share widget).
RUN_LINES = 3
#: How much of two lines' starts is compared to tell a repeated line (alt text over caption).
PREFIX_CHARS = 60


def more_words_than(text: str, count: int) -> bool:
    """Whether ``text`` has more than ``count`` white-space separated tokens (``word_count``).

    Split at most ``count`` times: a rule asking whether a paragraph is short enough for a
    byline or a label makes a dozen strings, not one per word of the paragraph; and not at all
    when the text is too short to hold that many words and the spaces between them.
    """
    return len(text) > 2 * count and len(text.split(None, count)) > count


def is_prose(line: Line) -> bool:
    """Whether a line reads as running text rather than a label, caption or headline."""
    stripped = line.text.rstrip()
    # The cheap tests first: most lines of a page are menu items, far too short for prose.
    return (
        len(stripped) >= MIN_PROSE_CHARS
        and stripped[-1:] in SENTENCE_END
        and more_words_than(stripped, PROSE_WORDS - 1)
    )


def continues(lines: Sequence[Line], index: int) -> bool:
    """Whether line ``index`` runs on into the next line: a paragraph wrapped mid-sentence.

    The next line follows without a blank line and starts in lower case, as a sentence's
    continuation does and a new title, byline or caption does not.
    """
    if index + 1 >= len(lines):
        return False
    following = lines[index + 1].text.lstrip()
    return bool(following) and following[0].islower()


def first_prose(lines: Sequence[Line], counts: TextLineCounts | None = None) -> int | None:
    """The number of the line where the story's prose starts, or ``None``.

    That is the first prose line that another prose line follows closely (within
    :data:`RUN_LINES` lines of text): a story is a run of paragraphs, while a site's blurb, a
    consent notice or a long caption above the story stands alone among short lines. A prose
    line repeated right under itself is an image's alt text over its caption. When no prose
    line has company, the first one is taken. ``counts`` are the lines' counts, when the
    caller has them.
    """
    counts = counts or TextLineCounts.of(lines)
    prose = (
        index
        for index, line in enumerate(lines[:MAX_HEADER_LINES])
        if is_prose(line) and not is_consent_notice(line.text)
    )

    def same_start(one: int, other: int) -> bool:
        return same_folded_start(lines[one].text, lines[other].text)

    # A window over the prose lines, read lazily: the story usually starts within the first few.
    first = previous = current = None
    for following in prose:
        if first is None:
            first = following
        if current is not None and counts.between(current, following) < RUN_LINES:
            repeated = same_start(current, following) or (
                previous is not None
                and counts.between(previous, current) < RUN_LINES
                and same_start(previous, current)
            )
            if not repeated:  # (a repeated line is a caption under its image's alt text)
                return current
        previous, current = current, following
    return first


def same_folded_start(one: str, other: str) -> bool:
    """Whether two lines start alike, folded (the copies may differ in their quote marks).

    Their first :data:`PREFIX_CHARS` folded characters are compared. Two lines whose first
    letters or digits (ASCII) differ are settled on them: folding keeps a line's first letter
    or digit, lowered, as its first character. Most pairs of paragraphs are settled so.
    """
    one, other = one[: PREFIX_CHARS * 2], other[: PREFIX_CHARS * 2]
    first, second = one.lstrip()[:1], other.lstrip()[:1]
    ascii_words = first.isascii() and second.isascii() and first.isalnum() and second.isalnum()
    if ascii_words and first.lower() != second.lower():
        return False
    return fold(one)[:PREFIX_CHARS] == fold(other)[:PREFIX_CHARS]


def is_consent_notice(text: str) -> bool:
    """Whether a line is a cookie or privacy notice (:data:`CONSENT_NOTICE`).

    On ASCII text, the pattern's three words are looked for in the lowered line first
    (ASCII letters match case-blind when they lower alike): most paragraphs have none.
    """
    if text.isascii():
        lowered = text.lower()
        if "cookie" not in lowered and "consent" not in lowered and "privacy" not in lowered:
            return False
    return CONSENT_NOTICE.search(text) is not None


@attrs.frozen
class TextLineCounts:
    """How many lines of text (not blank) stand between two lines, told in constant time.

    Built once per document: the rules ask it for many pairs of lines (each date candidate and
    the byline, each headline candidate and the timestamps).
    """

    #: ``before[i]``: the lines of text among the first ``i`` lines.
    before: tuple[int, ...]

    @classmethod
    def of(cls, lines: Sequence[Line]) -> TextLineCounts:
        """The counts for ``lines``, all the lines of a text (numbered from 0)."""
        counts = [0]
        for line in lines:
            counts.append(counts[-1] + (not line.is_blank))
        return cls(tuple(counts))

    def between(self, first: int, last: int) -> int:
        """How many lines of text stand strictly between lines ``first`` and ``last``."""
        if last <= first + 1:
            return 0
        last = min(last, len(self.before) - 1)
        return max(self.before[last] - self.before[min(first + 1, last)], 0)


def header_end(lines: Sequence[Line], lead: int | None) -> int:
    """The number of the first line after the header zone.

    ``lead`` is where the story's prose starts (:func:`first_prose`), computed once by the
    caller.
    """
    if lead is None:
        return min(len(lines), MAX_HEADER_LINES)
    return min(lead + AFTER_LEAD + 1, len(lines))
