"""Where the story starts: the header zone where titles, bylines and dates stand."""

from __future__ import annotations

from collections.abc import Sequence

from stoltlib.text import SENTENCE_END, Line, word_count
from stoltlib_outlet.lexicons import fold
from stoltlib_outlet.patterns import CONSENT_NOTICE

__all__ = [
    "PROSE_WORDS",
    "continues",
    "first_prose",
    "header_end",
    "is_prose",
    "text_lines_between",
]

#: A line with at least this many words, ending like a sentence, is story prose.
PROSE_WORDS = 20
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


def is_prose(line: Line) -> bool:
    """Whether a line reads as running text rather than a label, caption or headline."""
    stripped = line.text.rstrip()
    return word_count(stripped) >= PROSE_WORDS and stripped[-1:] in SENTENCE_END


def continues(lines: Sequence[Line], index: int) -> bool:
    """Whether line ``index`` runs on into the next line: a paragraph wrapped mid-sentence.

    The next line follows without a blank line and starts in lower case, as a sentence's
    continuation does and a new title, byline or caption does not.
    """
    if index + 1 >= len(lines):
        return False
    following = lines[index + 1].text.lstrip()
    return bool(following) and following[0].islower()


def first_prose(lines: Sequence[Line]) -> int | None:
    """The number of the line where the story's prose starts, or ``None``.

    That is the first prose line that another prose line follows closely (within
    :data:`RUN_LINES` lines of text): a story is a run of paragraphs, while a site's blurb, a
    consent notice or a long caption above the story stands alone among short lines. A prose
    line repeated right under itself is an image's alt text over its caption. When no prose
    line has company, the first one is taken.
    """
    prose = [
        index
        for index, line in enumerate(lines[:MAX_HEADER_LINES])
        if is_prose(line) and not CONSENT_NOTICE.search(line.text)
    ]
    # Compared folded: the two copies may differ in their quote marks.
    starts = [fold(lines[index].text[: PREFIX_CHARS * 2])[:PREFIX_CHARS] for index in prose]
    for at, index in enumerate(prose[:-1]):
        if text_lines_between(lines, index, prose[at + 1]) >= RUN_LINES:
            continue
        if starts[at] == starts[at + 1] or (
            at > 0
            and starts[at] == starts[at - 1]
            and text_lines_between(lines, prose[at - 1], index) < RUN_LINES
        ):
            continue  # a caption repeated under its image's alt text (a gallery's cards)
        return index
    return prose[0] if prose else None


def text_lines_between(lines: Sequence[Line], first: int, last: int) -> int:
    """How many non-blank lines stand between the lines numbered ``first`` and ``last``.

    ``lines`` is a run of consecutive lines (the whole text, or a part of it).
    """
    offset = lines[0].number if lines else 0
    return sum(1 for line in lines[first + 1 - offset : last - offset] if not line.is_blank)


def header_end(lines: Sequence[Line]) -> int:
    """The number of the first line after the header zone."""
    lead = first_prose(lines)
    if lead is None:
        return min(len(lines), MAX_HEADER_LINES)
    return min(lead + AFTER_LEAD + 1, len(lines))
